/**
 * Which pages a contract applies to: by path, title, front matter, or place in the guide's table of contents.
 */
import type { Root } from 'mdast';
import { JSON_SCHEMA, load as loadYaml } from 'js-yaml';
import { matchesGlob, matchesText } from './wildcard.js';
import { pageTitle } from '../helpers/structure.js';
import { normalizeWording, renderedText } from '../helpers/text.js';
import type { CompiledContract } from './compile.js';
import { withoutFinalStop } from './compile.js';

/** What decides, on the page itself, whether a contract applies to it. */
export interface PageIdentity {
  path: string;
  /** the rendered title (first level-1 heading), normalised; undefined without one */
  title?: string;
  /** the YAML front matter, when the page has some that parses to an object */
  frontMatter?: Record<string, unknown>;
}

function readFrontMatter(tree: Root): Record<string, unknown> | undefined {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return undefined;
  try {
    const data = loadYaml(first.value, { schema: JSON_SCHEMA }) as unknown;
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function pageIdentity(path: string, tree: Root): PageIdentity {
  const identity: PageIdentity = { path };
  const title = pageTitle(tree);
  if (title) identity.title = normalizeWording(renderedText(title));
  const frontMatter = readFrontMatter(tree);
  if (frontMatter) identity.frontMatter = frontMatter;
  return identity;
}

/** The values at a dotted key (`a.b`) of front matter, as text: a list gives each item. */
function frontMatterValues(data: Record<string, unknown>, key: string): string[] {
  let value: unknown = data;
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) return [];
    value = (value as Record<string, unknown>)[part];
  }
  const values = Array.isArray(value) ? value : [value];
  return values
    .filter((v) => ['string', 'number', 'boolean'].includes(typeof v))
    .map((v) => normalizeWording(String(v)));
}

/**
 * Why the contract applies to the page by what the page itself shows (path, title, front
 * matter), or undefined. `tocParent` needs the table of contents: see `tocReason`.
 */
export function matchReason(contract: CompiledContract, page: PageIdentity): string | undefined {
  const file = contract.files.find((glob) => matchesGlob(glob, page.path));
  if (file) return `its path matches \`${file.source}\``;
  if (page.title !== undefined) {
    const title = withoutFinalStop(page.title);
    const by = contract.title.find((pattern) => matchesText(pattern, title));
    if (by) return `its title matches \`${by.source}\``;
  }
  if (page.frontMatter) {
    for (const { key, values } of contract.frontMatter) {
      const found = frontMatterValues(page.frontMatter, key);
      const by = values.find((pattern) => found.some((value) => matchesText(pattern, value)));
      if (by) return `its front matter \`${key}\` matches \`${by.source}\``;
    }
  }
  return undefined;
}

export { tocCandidates } from '../helpers/toc.js';

/**
 * Why the page is below one of the contract's `tocParent` entries in a table of contents, or
 * undefined. `toc` is the nearest `index.md`'s entries, `tocPath` its path.
 */
export function tocReason(
  contract: CompiledContract,
  path: string,
  toc: readonly { text: string; target?: string; parent: number }[],
  tocPath: string,
): string | undefined {
  const folder = tocPath.includes('/') ? tocPath.slice(0, tocPath.lastIndexOf('/') + 1) : '';
  const isParent = (entry: { text: string; target?: string }) =>
    contract.tocParent.find((parent) =>
      parent.page !== undefined
        ? entry.target === `${folder}${parent.page}`
        : matchesText(parent.text!, withoutFinalStop(normalizeWording(entry.text))),
    );
  for (const entry of toc) {
    if (entry.target !== path) continue;
    for (let up = entry.parent; up !== -1; up = toc[up]!.parent) {
      const by = isParent(toc[up]!);
      if (by) return `it is below \`${toc[up]!.text}\` in \`${tocPath}\` (\`tocParent\` \`${by.source}\`)`;
    }
  }
  return undefined;
}

/* ------------------------------------------------------------------------------------------ */
/* What a page contains                                                                        */
/* ------------------------------------------------------------------------------------------ */
