/**
 * Where a link's destination is written in the page's source, so that a fix can replace it and
 * nothing else: the title, the `<…>` around it, the link text, a definition's label and the other
 * attributes of an HTML tag stay as written. Found only where the source spells the destination
 * exactly as the parser decoded it (no backslash escapes, no entities): then an edit of the decoded
 * destination is the same edit of the source.
 */

/** How many of the last `](` (or first `]:`) of a link's source are tried: a title may hold one. */
const TRIES = 8;

/** Start and end offsets (end exclusive) of the destination in `source`, when it is `url` as written. */
function destinationAt(source: string, at: number, url: string): [number, number] | undefined {
  while (at < source.length && /[ \t\r\n]/.test(source[at]!)) at++;
  if (source[at] === '<') {
    return source.startsWith(`${url}>`, at + 1) ? [at + 1, at + 1 + url.length] : undefined;
  }
  const after = source[at + url.length];
  return source.startsWith(url, at) && (after === undefined || /[\s)]/.test(after)) ? [at, at + url.length] : undefined;
}

/**
 * The destination `url` in the source of a link or image (`[text](url "title")`) or a definition
 * (`[label]: url "title"`), as offsets into `source`; undefined when it is not written as `url`.
 */
export function markdownDestination(
  source: string,
  url: string,
  kind: 'link' | 'image' | 'definition',
): [number, number] | undefined {
  if (url === '') return undefined;
  if (kind === 'definition') {
    let found = source.indexOf(']:');
    for (let tries = 0; found !== -1 && tries < TRIES; tries++) {
      const span = destinationAt(source, found + 2, url);
      if (span) return span;
      found = source.indexOf(']:', found + 1);
    }
    return undefined;
  }
  let found = source.lastIndexOf('](');
  for (let tries = 0; found !== -1 && tries < TRIES; tries++) {
    const span = destinationAt(source, found + 2, url);
    if (span) return span;
    found = found === 0 ? -1 : source.lastIndexOf('](', found - 1);
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The value of the attribute `name` (`href`, `src`) in the source of an opening tag, as offsets
 * into `tag`, when it is written once and as `url`.
 */
export function htmlDestination(tag: string, name: string, url: string): [number, number] | undefined {
  const pattern = new RegExp(String.raw`\s${escapeRegExp(name)}\s*=\s*`, 'gi');
  const matches = [...tag.matchAll(pattern)];
  if (matches.length !== 1 || url === '') return undefined;
  const at = matches[0]!.index + matches[0]![0].length;
  const quote = tag[at];
  if (quote === '"' || quote === "'") {
    return tag.startsWith(`${url}${quote}`, at + 1) ? [at + 1, at + 1 + url.length] : undefined;
  }
  const after = tag[at + url.length];
  return tag.startsWith(url, at) && (after === undefined || /[\s>]/.test(after)) ? [at, at + url.length] : undefined;
}
