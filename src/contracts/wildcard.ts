/**
 * Patterns that come from config: page titles, headings, sentences, URLs and file globs.
 *
 * None of them is a regular expression, and none is turned into one: a pattern from a config file
 * (a repository anyone can send a pull request to) must not be able to hang the linter, and a
 * backtracking engine gives no such promise (`(a+)+$`, or the glob `*a*a*a*a*b`, which picomatch
 * compiles to a regular expression that takes seconds on a 40-character name). The matchers here
 * are hand-written and never backtrack more than one wildcard at a time, so a match costs at most
 * the text's length times the pattern's, whatever the pattern.
 */
import { normalizeWording } from '../helpers/text.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string) => char !== '' && WORD_CHAR.test(char);

/** The longest pattern accepted, in characters: a pattern is a phrase or a URL, not a document. */
export const MAX_PATTERN_LENGTH = 1000;

/**
 * A text pattern, compared with the rendered text of a title, heading, label, sentence or list
 * item: letter case, smart quotes, dashes and runs of white space do not matter (both sides go
 * through `normalizeWording`). `*` stands for any text, none included. Without `*`, the pattern
 * must equal the whole text. Where a `*` meets a letter or digit of the pattern, the text must
 * have a word break there: `Security in*` matches `Security in Amazon S3` and `Security in`, not
 * `Security infrastructure`; `*Topics*` matches `Security topics`, not `Subtopics`.
 */
export interface TextPattern {
  /** as written in config, for messages */
  source: string;
  /** the normalised pieces between the `*`s; one piece: no wildcard */
  pieces: string[];
  /** the pattern starts (ends) with `*`: the first (last) piece need not be at the text's start (end) */
  open: { start: boolean; end: boolean };
}

/** Compiles a text pattern; `*` runs collapse into one. */
export function textPattern(source: string): TextPattern {
  const parts = source.split('*');
  const pieces = parts.map((part) => normalizeWording(part));
  return {
    source,
    pieces: pieces.filter((piece, i) => piece !== '' || i === 0 || i === pieces.length - 1),
    open: { start: parts.length > 1 && pieces[0] === '', end: parts.length > 1 && pieces.at(-1) === '' },
  };
}

/** The pattern's fixed wording, wildcards left out: what a reworded text is compared with. */
export function patternWording(pattern: TextPattern): string {
  return pattern.pieces.filter(Boolean).join(' ');
}

/**
 * Where `piece` occurs in `text` at or after `from`, with a word break on each side that meets a
 * wildcard (`breakBefore`, `breakAfter`); -1 if nowhere.
 */
function findPiece(text: string, piece: string, from: number, breakBefore: boolean, breakAfter: boolean): number {
  for (let at = text.indexOf(piece, from); at !== -1; at = text.indexOf(piece, at + 1)) {
    const before = !breakBefore || !isWordChar(piece.charAt(0)) || !isWordChar(text.charAt(at - 1));
    const after =
      !breakAfter || !isWordChar(piece.charAt(piece.length - 1)) || !isWordChar(text.charAt(at + piece.length));
    if (before && after) return at;
  }
  return -1;
}

/**
 * Whether normalised `text` matches the pattern. Each piece is placed at its first possible
 * place after the one before it; an earlier place never rules out a later piece, so this finds a
 * match whenever there is one, in at most (text length × pattern length) steps.
 */
export function matchesText(pattern: TextPattern, text: string, { words = true }: { words?: boolean } = {}): boolean {
  const { pieces, open } = pattern;
  if (pieces.length === 1) return text === pieces[0];
  const breaks = (a: string, b: string) => !words || !isWordChar(a) || !isWordChar(b);
  let from = 0;
  if (!open.start) {
    const first = pieces[0]!;
    if (!text.startsWith(first) || !breaks(first.charAt(first.length - 1), text.charAt(first.length))) return false;
    from = first.length;
  }
  for (let k = 1; k < pieces.length - 1; k++) {
    const piece = pieces[k]!;
    const at = findPiece(text, piece, from, words, words);
    if (at === -1) return false;
    from = at + piece.length;
  }
  if (open.end) return true;
  const last = pieces.at(-1)!;
  const end = text.length - last.length;
  return end >= from && text.endsWith(last) && breaks(last.charAt(0), text.charAt(end - 1));
}

/**
 * A URL reduced to what link patterns compare: for `http:`, `https:` and `//` URLs, no scheme,
 * the host in lower case, no `?query`, no `#fragment` and no trailing `/`; any other destination
 * as written, trimmed, without its `#fragment`.
 */
export function urlKey(url: string): string {
  const trimmed = url.trim();
  const match = /^(?:https?:)?\/\/([^/?#]+)([^?#]*)/i.exec(trimmed);
  if (!match) return trimmed.replace(/#.*$/, '').replace(/^\.\//, '');
  return `${match[1]!.toLowerCase()}${match[2]!.replace(/\/+$/, '')}`;
}

/** A URL pattern: `*` stands for any characters; compared on `urlKey` of both sides. */
export interface UrlPattern {
  source: string;
  compiled: TextPattern;
}

export function urlPattern(source: string): UrlPattern {
  const key = urlKey(source);
  const parts = key.split('*');
  return {
    source,
    compiled: {
      source,
      pieces: parts.filter((piece, i) => piece !== '' || i === 0 || i === parts.length - 1),
      open: { start: parts.length > 1 && parts[0] === '', end: parts.length > 1 && parts.at(-1) === '' },
    },
  };
}

export function matchesUrl(pattern: UrlPattern, url: string): boolean {
  return matchesText(pattern.compiled, urlKey(url), { words: false });
}

/* ------------------------------------------------------------------------------------------ */
/* Globs                                                                                       */
/* ------------------------------------------------------------------------------------------ */

/** At most this many patterns come out of one glob's `{a,b}` groups. */
export const MAX_BRACE_EXPANSION = 256;

type Token =
  | { kind: 'text'; char: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> };

/** One path segment of a glob: `**`, or tokens matched against one segment of the path. */
type Segment = { kind: 'globstar' } | { kind: 'tokens'; tokens: Token[] };

/** A glob compiled for matching: one list of segments per alternative of its `{a,b}` groups. */
export interface Glob {
  source: string;
  alternatives: Segment[][];
}

export class PatternError extends Error {}

/** Expands `{a,b}` groups (nested too) into plain globs; an unclosed `{` is literal. */
function expandBraces(glob: string): string[] {
  let depth = 0;
  let open = -1;
  const commas: number[] = [];
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '\\') {
      i++;
    } else if (char === '{') {
      if (depth === 0) {
        open = i;
        commas.length = 0;
      }
      depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        if (commas.length === 0) {
          // `{x}` is not a group: keep it literal and look further.
          const rest = expandBraces(glob.slice(i + 1));
          return rest.map((tail) => `${glob.slice(0, i + 1)}${tail}`);
        }
        const head = glob.slice(0, open);
        const options: string[] = [];
        let start = open + 1;
        for (const comma of [...commas, i]) {
          options.push(glob.slice(start, comma));
          start = comma + 1;
        }
        const tails = expandBraces(glob.slice(i + 1));
        const out: string[] = [];
        for (const option of options) {
          for (const expanded of expandBraces(option)) {
            for (const tail of tails) {
              out.push(`${head}${expanded}${tail}`);
              if (out.length > MAX_BRACE_EXPANSION)
                throw new PatternError(`its \`{…}\` groups make more than ${MAX_BRACE_EXPANSION} patterns`);
            }
          }
        }
        return out;
      }
    } else if (char === ',' && depth === 1) {
      commas.push(i);
    }
  }
  return [glob];
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '\\' && i + 1 < segment.length) {
      tokens.push({ kind: 'text', char: segment[++i]! });
    } else if (char === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') {
      tokens.push({ kind: 'any' });
    } else if (char === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        tokens.push({ kind: 'text', char });
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: Array<[string, string]> = [];
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-' && j + 2 < body.length) {
          ranges.push([body[j]!, body[j + 2]!]);
          j += 2;
        } else ranges.push([body[j]!, body[j]!]);
      }
      tokens.push({ kind: 'class', negated, ranges });
      i = close;
    } else {
      tokens.push({ kind: 'text', char });
    }
  }
  return tokens;
}

/** Compiles a glob: `*`, `?`, `[abc]`, `[!a-z]`, `**` as a whole segment, `{a,b}`; `\` escapes. */
export function compileGlob(source: string): Glob {
  if (source.length > MAX_PATTERN_LENGTH) throw new PatternError(`it is longer than ${MAX_PATTERN_LENGTH} characters`);
  const alternatives = expandBraces(source).map((glob) =>
    glob
      .replace(/^\.\//, '')
      .split('/')
      .map((part): Segment => (part === '**' ? { kind: 'globstar' } : { kind: 'tokens', tokens: tokenize(part) })),
  );
  return { source, alternatives };
}

function tokenMatches(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'text':
      return token.char === char;
    case 'any':
      return true;
    case 'class':
      return token.ranges.some(([low, high]) => char >= low && char <= high) !== token.negated;
    default:
      return false;
  }
}

/**
 * Wildcard matching of one path segment: the classic two-pointer walk that remembers only the
 * last `*`, so it never backtracks further than that: at most (segment × tokens) steps.
 */
function segmentMatches(tokens: readonly Token[], text: string): boolean {
  let t = 0;
  let p = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const token = tokens[p];
    if (token && token.kind !== 'star' && tokenMatches(token, text[t]!)) {
      t++;
      p++;
    } else if (token?.kind === 'star') {
      star = p++;
      resume = t;
    } else if (star !== -1) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (tokens[p]?.kind === 'star') p++;
  return p === tokens.length;
}

/** The same walk over path segments, `**` standing for any number of segments. */
function segmentsMatch(segments: readonly Segment[], parts: readonly string[]): boolean {
  let t = 0;
  let p = 0;
  let star = -1;
  let resume = 0;
  const matches = (segment: Segment | undefined, part: string) =>
    segment?.kind === 'tokens' && segmentMatches(segment.tokens, part);
  while (t < parts.length) {
    const segment = segments[p];
    if (segment?.kind === 'globstar') {
      star = p++;
      resume = t;
    } else if (matches(segment, parts[t]!)) {
      t++;
      p++;
    } else if (star !== -1) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (segments[p]?.kind === 'globstar') p++;
  return p === segments.length;
}

/**
 * Whether a POSIX path matches the glob (dotfiles included). A glob without `/` matches the file
 * name at any depth, as `overrides[].files` does (`security.md` matches `guide/security.md`).
 */
export function matchesGlob(glob: Glob, path: string): boolean {
  const parts = path.split('/');
  return glob.alternatives.some((segments) =>
    segments.length === 1 ? segmentsMatch(segments, parts.slice(-1)) : segmentsMatch(segments, parts),
  );
}

/**
 * Whether the glob matches the path or a folder the path is in (`folderOnly`: a folder only), in
 * one walk: the glob with `/**` after it (`/*` + `/**` for a folder only), so the cost stays
 * (path × glob) however deep the path; matching each of the path's folders in turn cost that
 * times the depth.
 */
export function matchesGlobOrFolder(glob: Glob, path: string, folderOnly = false): boolean {
  const parts = path.split('/');
  const below: Segment[] = folderOnly
    ? [{ kind: 'tokens', tokens: [{ kind: 'star' }] }, { kind: 'globstar' }]
    : [{ kind: 'globstar' }];
  const star: Segment = { kind: 'tokens', tokens: [{ kind: 'star' }] };
  return glob.alternatives.some((segments) => {
    // `**` alone stands for a folder or a page, never for the empty path above the first folder
    if (segments.every((segment) => segment.kind === 'globstar'))
      return segmentsMatch([star, { kind: 'globstar' }, ...below], parts);
    return segmentsMatch(
      segments.length === 1 ? [{ kind: 'globstar' }, ...segments, ...below] : [...segments, ...below],
      parts,
    );
  });
}
