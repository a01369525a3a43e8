import type { ResolvedLink } from '../rule-api/index.js';
import { dirname, join, leavesRoot } from '../util/posix-path.js';

/** `scheme:` (mailto:, https:, arn: …) or protocol-relative `//host`: not a file in the project. */
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export function isAbsoluteUrl(url: string): boolean {
  return ABSOLUTE.test(url);
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Resolves a link destination found in page `from` (POSIX, relative to the root). Query strings
 * are dropped, percent-encoding is decoded, and `/path` is taken from `rootDir` (the folder the
 * site's `/` stands for, relative to the project root) when one is configured.
 */
export function resolveLink(from: string, url: string, rootDir?: string): ResolvedLink {
  const trimmed = url.trim();
  if (trimmed === '' || isAbsoluteUrl(trimmed)) return { kind: 'external' };
  const hash = trimmed.indexOf('#');
  const beforeHash = hash === -1 ? trimmed : trimmed.slice(0, hash);
  const fragment = hash === -1 ? undefined : decode(trimmed.slice(hash + 1));
  const query = beforeHash.indexOf('?');
  const written = decode(query === -1 ? beforeHash : beforeHash.slice(0, query));
  if (written === '') return { kind: 'same-page', fragment: fragment ?? '' };
  if (written.startsWith('/') && rootDir === undefined) return { kind: 'root-relative', written };
  const joined = written.startsWith('/') ? join(rootDir!, written.slice(1)) : join(dirname(from), written);
  if (leavesRoot(joined)) return { kind: 'outside-root', written };
  const path = joined.replace(/\/+$/, '') || '.';
  return fragment === undefined ? { kind: 'file', path, written } : { kind: 'file', path, written, fragment };
}

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;

export function isMarkdownPath(path: string): boolean {
  return MARKDOWN.test(path);
}

const WEB_PAGE = /\.html?$/i;

/**
 * The existing Markdown page a link to `path` lands on: the page itself, or for `page.html` that
 * does not exist, its source `page.md` (a web-style link, which link-file-exists reports).
 */
export function markdownTarget(path: string, exists: (path: string) => boolean): string | undefined {
  if (exists(path)) return isMarkdownPath(path) ? path : undefined;
  const twin = markdownTwin(path);
  return twin !== undefined && exists(twin) ? twin : undefined;
}

/** `page.md` for a link to `page.html` or `page.htm`; undefined for any other path. */
export function markdownTwin(path: string): string | undefined {
  const twin = path.replace(WEB_PAGE, '.md');
  return twin === path ? undefined : twin;
}
