import * as posix from '../util/posix-path.js';
import type { ChangeSet, LinkRef, PageFacts, ProjectIndex, TocEntry } from '../types.js';

/**
 * The one cross-file index: every known file (exact case), the folders they imply, and the
 * anchors of linted pages and of target pages read for their anchors.
 */
export function buildIndex(
  paths: Iterable<string>,
  pages: ReadonlyMap<string, PageFacts>,
  targets: ReadonlyMap<string, Pick<PageFacts, 'anchors' | 'codeAnchors'>>,
  changes?: ChangeSet,
  tocs: ReadonlyMap<string, TocEntry[]> = new Map(),
): ProjectIndex {
  const files = new Set<string>();
  const folded = new Map<string, string>();
  const directories = new Map<string, string[]>();
  const add = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    const lower = path.toLowerCase();
    if (!folded.has(lower)) folded.set(lower, path);
    let child = path;
    let directory = posix.dirname(path);
    for (;;) {
      let entries = directories.get(directory);
      const isNew = entries === undefined;
      if (!entries) directories.set(directory, (entries = []));
      entries.push(child);
      if (!isNew || directory === '.') break;
      child = directory;
      directory = posix.dirname(directory);
    }
  };
  for (const path of paths) add(path);
  for (const path of pages.keys()) add(path);

  const links: LinkRef[] = [];
  // One at a time: `push(...page.links)` overflows the stack past about 120,000 links on a page.
  for (const page of pages.values()) for (const link of page.links) links.push(link);
  // The site paths pages are published at by their front matter; the first page to claim one keeps it.
  const routes = new Map<string, string>();
  for (const page of pages.values())
    for (const route of page.routes ?? []) if (!routes.has(route)) routes.set(route, page.path);

  return {
    hasFile: (path) => files.has(path),
    hasDirectory: (path) => directories.has(path),
    findIgnoringCase: (path) => folded.get(path.toLowerCase()),
    filesIn: (directory) => directories.get(directory) ?? [],
    anchors: (path) => (pages.get(path) ?? targets.get(path))?.anchors,
    codeAnchors: (path) => (pages.get(path) ?? targets.get(path))?.codeAnchors,
    pages,
    route: (path) => routes.get(path),
    toc: (path) => pages.get(path)?.toc ?? tocs.get(path),
    links,
    ...(changes ? { changes } : {}),
  };
}
