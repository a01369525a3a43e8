/**
 * Reference links (`[text][label]`, `[label][]`, `[label]`) and their definitions (`[label]: url`).
 *
 * CommonMark turns a reference into a `linkReference` node only when its label is defined; an
 * undefined one stays plain text. So finding the broken ones means reading the source of each
 * paragraph or heading for bracket patterns, with everything that is not literal text blanked
 * out: code spans, HTML, autolinks, images, the syntax of the links that did parse, backslash
 * escapes (`\[x\]\[y\]` is not a reference) and the container prefixes (`> `, indentation) of
 * continuation lines. Blanking keeps every offset, so a pattern split across nodes
 * (`[**bold**][label]`) is seen whole and is reported at its exact place.
 */

/**
 * A span of the page that is not literal text, as 0-based offsets `[start, end)`:
 *
 * - `code`: a code span, which may sit inside a label (`` [`option`]: url `` is a fine definition);
 * - `inline`: raw HTML, an image or an autolink, which may sit in the text of a reference but not
 *   in a label (a label with them in it is not one anybody meant);
 * - `link`: the syntax of a link that parsed (brackets, destination), which may sit in neither:
 *   links do not nest, and a label cannot hold brackets.
 */
export interface Mask {
  start: number;
  end: number;
  kind: 'code' | 'inline' | 'link';
}

const OPAQUE = { code: 0, inline: 1, link: 2 } as const;

export type ReferenceForm = 'full' | 'collapsed' | 'shortcut';

export interface ReferenceCandidate {
  /** the label as written (escapes kept, container prefixes of wrapped lines blanked) */
  label: string;
  form: ReferenceForm;
  /** offsets in the page: from `[` (or `!`) to after the closing `]` */
  start: number;
  end: number;
}

/**
 * The key two labels match on (CommonMark): inner white space collapsed, trimmed, case-folded.
 * `toLowerCase().toUpperCase()` is micromark's fold (`ß` and `SS` match).
 */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase();
}

/** A label as a message shows it: on one line. */
export function displayLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}

/** `^note`: a GFM footnote label, never a link reference or link definition. */
export function isFootnoteLabel(label: string): boolean {
  return label.trimStart().startsWith('^');
}

/** CommonMark's limit on the length of a link label. */
const MAX_LABEL = 999;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * The source of a block (`text.slice(from, to)`) with the container prefixes of continuation
 * lines blanked: leading spaces, tabs and `>`. A continuation line of a paragraph cannot begin
 * with `>` (that would start a block quote), so no content is lost.
 */
function withoutLinePrefixes(text: string, from: number, to: number): string[] {
  const chars = text.slice(from, to).split('');
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c !== '\n' && !(c === '\r' && chars[i + 1] !== '\n')) continue;
    for (let j = i + 1; j < chars.length && (chars[j] === ' ' || chars[j] === '\t' || chars[j] === '>'); j++)
      chars[j] = ' ';
  }
  return chars;
}

/**
 * The reference-like bracket patterns in one block of inline content (a paragraph or heading,
 * `text.slice(from, to)`), whose labels may or may not be defined. `masks` are the spans that are
 * not literal text (code spans, HTML, images, link syntax), in page offsets. Full and collapsed
 * references always; shortcut references (`[label]` alone) when `shortcut` is set. Footnote labels
 * (`[^note]`) are never references.
 */
export function findReferenceCandidates(
  text: string,
  from: number,
  to: number,
  masks: readonly Mask[],
  shortcut: boolean,
): ReferenceCandidate[] {
  const plain = withoutLinePrefixes(text, from, to);
  const m = plain.slice();
  const opaque = new Uint8Array(m.length);
  for (const { start, end, kind } of masks) {
    for (let i = Math.max(start, from); i < Math.min(end, to); i++) {
      m[i - from] = ' ';
      opaque[i - from] = Math.max(opaque[i - from]!, OPAQUE[kind]);
    }
  }
  for (let i = 0; i < m.length - 1; i++) {
    if (m[i] === '\\' && ASCII_PUNCTUATION.test(m[i + 1]!)) {
      m[i] = ' ';
      m[i + 1] = ' ';
      i++;
    }
  }

  const found: Array<{ open: number; end: number; key: string; image: boolean; candidate: ReferenceCandidate }> = [];
  const labelOf = (open: number, close: number) => plain.slice(open + 1, close).join('');
  const isLabel = (open: number, close: number) => {
    if (close - open - 1 > MAX_LABEL) return false;
    for (let i = open + 1; i < close; i++) if (m[i] === '[' || m[i] === ']' || opaque[i]) return false;
    const label = labelOf(open, close);
    return label.trim() !== '' && !isFootnoteLabel(label);
  };
  const holdsLink = (open: number, close: number) => {
    for (let i = open + 1; i < close; i++) if (opaque[i] === OPAQUE.link) return true;
    return false;
  };
  // Each candidate is what would be a link if its label alone were defined. So one is dropped
  // when an earlier one with the same label would have prevented it: by taking its first
  // bracket as a label (`[][a][]`), or by being a link inside its text (links do not nest; an
  // image may sit in a link: `[![badge][img]][home]`).
  const add = (open: number, end: number, label: string, form: ReferenceForm) => {
    const key = normalizeLabel(label);
    const prevented = found.some((f) => f.key === key && (f.open < open ? f.end > open : !f.image));
    if (prevented) return;
    const image = open > 0 && m[open - 1] === '!';
    const start = image ? open - 1 : open;
    found.push({ open, end, key, image, candidate: { label, form, start: from + start, end: from + end } });
  };

  const openers: number[] = [];
  for (let i = 0; i < m.length; i++) {
    if (m[i] === '[') {
      openers.push(i);
      continue;
    }
    if (m[i] !== ']') continue;
    const open = openers.pop();
    if (open === undefined) continue;
    if (m[i + 1] === '[' && !holdsLink(open, i)) {
      // `[text][label]` or `[label][]`: the label runs to the next bracket, which must close it.
      let close = i + 2;
      while (close < m.length && m[close] !== '[' && m[close] !== ']') close++;
      const collapsed = close === i + 2;
      if (m[close] === ']' && (collapsed ? isLabel(open, i) : isLabel(i + 1, close))) {
        add(open, close + 1, collapsed ? labelOf(open, i) : labelOf(i + 1, close), collapsed ? 'collapsed' : 'full');
        // The label is not defined, so CommonMark reads on from its `[`, which may open the
        // text of the next reference (`[a][b][c]` holds `[a][b]` and `[b][c]`).
        continue;
      }
    }
    // A shortcut is never followed by `[` (micromark), nor by `(`: that is an inline link that
    // failed (`[text](not a destination)`), not a reference.
    if (shortcut && m[i + 1] !== '(' && m[i + 1] !== '[' && isLabel(open, i))
      add(open, i + 1, labelOf(open, i), 'shortcut');
  }
  const candidates = found.map((f) => f.candidate);
  return candidates;
}
