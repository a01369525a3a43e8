/**
 * Fixes that rewrite part of a link's destination where it is written (`LinkRef.destination`):
 * the path, or the fragment. Everything else stays as the author wrote it: `./`, the folders the
 * path climbs through, percent-encoding, the query, the fragment (or the path), the title, `<…>`.
 */
import type { Fix, LinkRef } from '../rule-api/index.js';
import { basename, dirname, join, relative } from '../util/posix-path.js';

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Characters a destination may hold as they are; any other is percent-encoded in a new segment. */
const PLAIN = /^[^\s<>()\\%#?[\]]*$/;

/**
 * A path segment written as the link writes its segments: percent-encoded, or as it is when it
 * can be (its characters are plain, or the segment it replaces has them as they are: a space
 * inside `<…>`).
 */
function encodeSegment(segment: string, encoded: boolean, replaced = ''): string {
  if (encoded) return encodeURIComponent(segment);
  const asIs = [...segment].every((character) => PLAIN.test(character) || replaced.includes(character));
  return asIs ? segment : encodeURIComponent(segment);
}

/**
 * The written path `raw` (percent-encoded or not), which leads from page `from` to `oldPath`,
 * rewritten to lead to `newPath`: when both have as many segments, only the last ones that differ
 * change (`../Guide/X.md` → `../guide/x.md`); else the path relative to the page (`./` kept).
 * Undefined when `raw` cannot be rewritten safely (an encoded `/`, a root-relative or aliased path).
 */
export function rewritePath(raw: string, from: string, oldPath: string, newPath: string): string | undefined {
  const rawSegments = raw.split('/');
  const written = rawSegments.map(decode);
  if (written.some((segment) => segment === undefined || segment.includes('/'))) return undefined;
  const oldSegments = oldPath.split('/');
  const newSegments = newPath.split('/');
  if (oldSegments.length === newSegments.length) {
    let first = 0;
    while (first < oldSegments.length && oldSegments[first] === newSegments[first]) first++;
    const count = oldSegments.length - first;
    const tail = written.slice(written.length - count);
    if (count <= tail.length && tail.every((segment, i) => segment === oldSegments[first + i])) {
      const out = rawSegments.slice(0, rawSegments.length - count);
      newSegments.slice(first).forEach((segment, i) => {
        const rawSegment = rawSegments[rawSegments.length - count + i]!;
        out.push(encodeSegment(segment, rawSegment !== tail[i], rawSegment));
      });
      return out.join('/');
    }
  }
  // A relative path that leads there from the page: rewritten as one from the page.
  const decoded = written.join('/');
  if (raw.startsWith('/') || join(dirname(from), decoded).replace(/\/+$/, '') !== oldPath) return undefined;
  const path = relative(dirname(from), newPath) || basename(newPath);
  const encoded = raw.includes('%');
  const rewritten = path
    .split('/')
    .map((segment) => (segment === '..' ? segment : encodeSegment(segment, encoded)))
    .join('/');
  return raw.startsWith('./') && !rewritten.startsWith('../') ? `./${rewritten}` : rewritten;
}

/** The fix that makes a link to a file lead to `to` (POSIX, relative to the root) instead, or undefined. */
export function pathFix(link: LinkRef, to: string): Fix | undefined {
  const { destination, url, target } = link;
  if (!destination || target.kind !== 'file' || target.published || url !== url.trim()) return undefined;
  const end = url.search(/[?#]/);
  const raw = end === -1 ? url : url.slice(0, end);
  if (raw === '' || raw.endsWith('/')) return undefined;
  const text = rewritePath(raw, link.from, target.path, to);
  if (text === undefined || text === raw) return undefined;
  const { start } = destination;
  return { start, end: { line: start.line, column: start.column + raw.length }, text };
}

/** The fix that makes a link's `#fragment` name `anchor` instead, or undefined. */
export function fragmentFix(link: LinkRef, anchor: string): Fix | undefined {
  const { destination, url } = link;
  const hash = url.indexOf('#');
  if (!destination || hash === -1 || url !== url.trim()) return undefined;
  const written = url.slice(hash + 1);
  const text = encodeSegment(anchor, written.includes('%'));
  if (text === written) return undefined;
  const { start } = destination;
  return {
    start: { line: start.line, column: start.column + hash + 1 },
    end: { line: start.line, column: start.column + url.length },
    text,
  };
}
