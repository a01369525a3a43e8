/**
 * Link destinations that are wrong in themselves, whatever they point at: the writer meant
 * something else than what CommonMark reads. Each problem names its cause, so that a link is not
 * reported by the symptom ("Cannot find file `(`").
 */
import type { Definition } from 'mdast';
import type { LinkKind, Visitors } from '../rule-api/index.js';
import { isFootnoteLabel, normalizeLabel } from './references.js';

export type DestinationProblem =
  /** `[text]()`, `[text](<>)`, `[label]: <>` */
  | { kind: 'empty' }
  /** `https:`, `https://`, `mailto:`: a scheme and nothing else */
  | { kind: 'schemeOnly' }
  /** `(#KEPs)`: CommonMark keeps balanced parentheses as part of the destination */
  | { kind: 'parenthesized'; inner: string }
  /** `someone@example.com`: an e-mail address without `mailto:` is a relative path */
  | { kind: 'email' };

const SCHEME_ONLY = /^[a-z][a-z0-9+.-]*:\/*$/i;

/**
 * An e-mail address as HTML defines a valid one (the `input type=email` rule of the WHATWG HTML
 * standard), with a dot in the domain and a last label of letters: `someone@example.com`.
 */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const EMAIL = new RegExp(`^[a-z0-9.!#$%&'*+/=?^_\`{|}~-]+@${LABEL}(?:\\.${LABEL})*\\.[a-z]{2,63}$`, 'i');

/** Names of files that hold an `@` (`logo@2x.png`, `page@v2.md`): their extension is a file type's. */
const FILE_EXTENSION =
  /\.(?:md|markdown|mdown|mkd|html?|png|jpe?g|gif|svg|webp|ico|pdf|zip|gz|tgz|txt|json|ya?ml|xml|csv|js|ts|py|sh)$/i;

/** The text inside `(…)` when the parentheses enclose all of `url` as one pair, else undefined. */
function insideParentheses(url: string): string | undefined {
  if (url.length < 3 || !url.startsWith('(') || !url.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = 0; i < url.length; i++) {
    const c = url[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0 && i < url.length - 1) return undefined;
  }
  return url.slice(1, -1);
}

/**
 * What is wrong with a destination as written (`url`, as the parser decoded it), if anything.
 * An empty destination counts in Markdown syntax only: in HTML, `href=""` is the page itself.
 */
export function destinationProblem(url: string, kind: LinkKind): DestinationProblem | undefined {
  const trimmed = url.trim();
  if (trimmed === '') return kind === 'html' ? undefined : { kind: 'empty' };
  if (SCHEME_ONLY.test(trimmed)) return { kind: 'schemeOnly' };
  const inner = insideParentheses(trimmed);
  if (inner !== undefined && inner.trim() !== '') return { kind: 'parenthesized', inner: inner.trim() };
  if (trimmed.length <= 254 && EMAIL.test(trimmed) && !FILE_EXTENSION.test(trimmed)) return { kind: 'email' };
  return undefined;
}

/** What a line of Markdown that is not a URL starts with: a link, an image, a list item, a quote, a table, code. */
const MARKDOWN_LINE = /^(?:[[!*+>|`-]|\d{1,9}[.)]$)/;

/**
 * Whether the definition's `[label]:` ends its line and the destination CommonMark took from the
 * next line is Markdown, not a URL: a line the writer meant to show (`* [a]:` followed by
 * `[https://…](https://…)`), which the definition swallowed. A bare URL or path on the next line
 * is a definition written on two lines, which is fine.
 */
export function swallowsNextLine(node: Definition, text: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || !MARKDOWN_LINE.test(node.url)) return false;
  const source = text.slice(start, end);
  // The label ends at the first `]` that is not escaped (a label holds no other brackets).
  let close = 1;
  while (close < source.length && source[close] !== ']') close += source[close] === '\\' ? 2 : 1;
  if (source[close + 1] !== ':') return false;
  return /^[ \t]*(?:\r\n?|\n)/.test(source.slice(close + 2));
}

/** A definition's start as `line:column`: how a per-page finding names a link of the page's facts. */
export const startKey = (position: { start: { line: number; column: number } } | undefined) =>
  position ? `${position.start.line}:${position.start.column}` : '';

/**
 * Visitors that find a page's dead definitions: those no reference on the page uses, and every
 * definition of a label after the first (CommonMark uses the first). Nothing renders them, so
 * their destinations lead no reader anywhere. `dead()` gives their starts (`startKey`) once the
 * walk is done; footnote definitions (`[^note]: text`) are not link definitions.
 */
export function deadDefinitions(): {
  visitors: Pick<Visitors, 'definition' | 'linkReference' | 'imageReference'>;
  dead: () => string[];
} {
  const definitions: Array<{ key: string; at: string }> = [];
  const used = new Set<string>();
  const use = (node: { label?: string | null; identifier: string }) =>
    used.add(normalizeLabel(node.label ?? node.identifier));
  return {
    visitors: {
      definition(node) {
        const label = node.label ?? node.identifier;
        if (!isFootnoteLabel(label)) definitions.push({ key: normalizeLabel(label), at: startKey(node.position) });
      },
      linkReference: use,
      imageReference: use,
    },
    dead() {
      const first = new Set<string>();
      return definitions.flatMap(({ key, at }) => {
        const repeat = first.has(key);
        first.add(key);
        return repeat || !used.has(key) ? [at] : [];
      });
    },
  };
}
