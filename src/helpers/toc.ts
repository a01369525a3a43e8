/**
 * A guide's table of contents as the TOC rules read it: which table governs a page (the nearest
 * TOC file in its folder or above), its entries by the page they point at, and each entry's
 * children. Built once per TOC file and shared by every page below it, so a rule over all pages
 * stays linear in the entries and links.
 */
import type { ProjectIndex, TocEntry } from '../rule-api/index.js';

/** One table of contents, indexed for lookups by page. */
export interface PlacedToc {
  /** the TOC file, relative to the project root */
  path: string;
  entries: readonly TocEntry[];
  /** the entries that point at each page, in TOC order (the page as the site lands it) */
  byTarget: ReadonlyMap<string, readonly number[]>;
  /** the entries directly under each entry, in order; `top` for the top level */
  children: ReadonlyMap<number, readonly number[]>;
}

/** The key of the top level in `PlacedToc.children`. */
export const TOP = -1;

/** Where a page's table of contents may be: the TOC file in its folder, then in each folder above. */
export function tocCandidates(path: string, tocFile = 'index.md'): string[] {
  const parts = path.split('/').slice(0, -1);
  const out: string[] = [];
  for (let end = parts.length; end >= 0; end--) out.push([...parts.slice(0, end), tocFile].join('/'));
  return out;
}

/** Indexes the entries of one table of contents; `land` maps an entry's target to the file the site shows. */
export function placeToc(path: string, entries: readonly TocEntry[], land: (target: string) => string): PlacedToc {
  const byTarget = new Map<string, number[]>();
  const children = new Map<number, number[]>();
  entries.forEach((entry, index) => {
    let siblings = children.get(entry.parent);
    if (!siblings) children.set(entry.parent, (siblings = []));
    siblings.push(index);
    if (entry.target === undefined) return;
    const target = land(entry.target);
    let at = byTarget.get(target);
    if (!at) byTarget.set(target, (at = []));
    at.push(index);
  });
  return { path, entries, byTarget, children };
}

/**
 * Finds the table of contents of each page: the nearest TOC file (in the page's folder or above)
 * that the index has entries for. Each TOC file is looked up and indexed once.
 */
export function tocFinder(
  index: Pick<ProjectIndex, 'toc'>,
  tocFile: string,
  land: (target: string) => string,
): { forPage(path: string): PlacedToc | undefined; found(): PlacedToc[] } {
  const placed = new Map<string, PlacedToc | undefined>();
  const at = (candidate: string) => {
    if (!placed.has(candidate)) {
      const entries = index.toc(candidate);
      placed.set(candidate, entries ? placeToc(candidate, entries, land) : undefined);
    }
    return placed.get(candidate);
  };
  return {
    forPage(path) {
      for (const candidate of tocCandidates(path, tocFile)) {
        if (candidate === path) continue;
        const toc = at(candidate);
        if (toc) return toc;
      }
      return undefined;
    },
    found: () => [...placed.values()].filter((toc): toc is PlacedToc => toc !== undefined),
  };
}
