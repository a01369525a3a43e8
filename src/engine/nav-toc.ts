/**
 * A table of contents written as YAML: MkDocs' `nav` in `mkdocs.yml`. Each entry is
 * `Title: page.md`, a bare `page.md`, or `Title: [entries]` (a section, nested); pages are
 * relative to the site's pages folder (`docs_dir`, the resolved `rootDir`). External URLs are
 * entries without a page. A hostile file cannot make this run long: aliases are capped by the
 * loader, and at most MAX_NAV_ENTRIES entries and MAX_NAV_DEPTH levels are read.
 */
import { load as loadYaml } from 'js-yaml';
import type { Root } from 'mdast';
import type { Settings, TocEntry } from '../types.js';
import { collectToc } from './collect.js';
import { tocFileOf } from '../sites/index.js';
import { isAbsoluteUrl } from '../helpers/links.js';
import { LENIENT_YAML } from '../helpers/yaml.js';
import { isRecord } from '../util/objects.js';
import { join, normalize } from '../util/posix-path.js';

/** The most entries read from one `nav` (a real one has hundreds). */
export const MAX_NAV_ENTRIES = 20_000;
/** The deepest nesting of sections read. */
export const MAX_NAV_DEPTH = 50;

/** Whether a site's table of contents is a YAML file (`mkdocs.yml`), not a Markdown page. */
export const isYamlToc = (tocFile: string) => /\.ya?ml$/i.test(tocFile);

/**
 * The entries of the table of contents in `text`, the site's TOC file at `path`: the `nav` of a
 * YAML one, the nested list of links of a Markdown one (undefined when `parse` gives no tree).
 */
export function tocOfText(
  text: string,
  path: string,
  settings: Pick<Settings, 'site' | 'rootDir' | 'anchors' | 'links'>,
  parse: (text: string) => Root | undefined,
): TocEntry[] | undefined {
  if (isYamlToc(tocFileOf(settings))) return collectNavToc(text, settings.rootDir);
  const tree = parse(text);
  return tree ? collectToc(tree, path, settings) : undefined;
}

/** The entries of `nav` in the YAML `text`; none when it cannot be read or has no `nav` list. */
export function collectNavToc(text: string, rootDir = '.'): TocEntry[] {
  let data: unknown;
  try {
    data = loadYaml(text, { schema: LENIENT_YAML, maxAliases: 100 });
  } catch {
    return [];
  }
  const nav = isRecord(data) ? data.nav : undefined;
  const toc: TocEntry[] = [];
  if (Array.isArray(nav)) addEntries(nav, -1, 0, toc, rootDir);
  return toc;
}

/** The entries of one list of `nav`, under the entry `parent`, in order. */
function addEntries(items: unknown[], parent: number, depth: number, toc: TocEntry[], rootDir: string): void {
  if (depth >= MAX_NAV_DEPTH) return;
  for (const item of items) {
    if (toc.length >= MAX_NAV_ENTRIES) return;
    if (typeof item === 'string') {
      toc.push(entry(item, item, parent, rootDir));
      continue;
    }
    if (!isRecord(item)) continue;
    for (const [title, value] of Object.entries(item)) {
      if (toc.length >= MAX_NAV_ENTRIES) return;
      if (typeof value === 'string') toc.push(entry(title, value, parent, rootDir));
      else if (Array.isArray(value)) {
        toc.push({ text: title, parent });
        addEntries(value, toc.length - 1, depth + 1, toc, rootDir);
      }
    }
  }
}

/** An entry for a page (relative to the pages folder) or an external URL. */
function entry(text: string, page: string, parent: number, rootDir: string): TocEntry {
  if (isAbsoluteUrl(page) || page.startsWith('/')) return { text, parent };
  const target = normalize(join(rootDir, page.split('#')[0]!));
  return target === '..' || target.startsWith('../') || target === '' ? { text, parent } : { text, target, parent };
}
