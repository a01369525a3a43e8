import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ParseLimits, TimeLimit } from '../types.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * Parses a page into mdast, once. CommonMark without extensions: links inside GFM table rows
 * still parse as links, and no built-in rule needs the GFM constructs (tables, autolink
 * literals, footnotes), which nearly double the parse time. YAML front matter (a `---` line
 * first on the page, up to the next `---` line) is a `yaml` node, not a thematic break and a
 * setext heading: it costs nothing measurable (the check runs only at the start of the page).
 *
 * No limits: use `parsePage` for text from pages.
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Deeper than this, a page is not linted. Real documentation nests a few levels (the AWS corpus:
 * 17 at most, block quotes, lists and inline markup counted); the walk and the rules recurse once
 * per level, and from about 10,000 levels Node's stack overflows.
 */
export const DEFAULT_MAX_NESTING = 1000;

/**
 * A page whose parse takes longer than this (ms) is not linted. micromark is quadratic on some
 * inputs (long runs of emphasis markers or brackets, thousands of lists in one page): 300 KB of
 * `*a* ` takes minutes. The slowest page of the AWS corpus (290 KB) parses in under a second.
 */
export const DEFAULT_MAX_PARSE_TIME = 10_000;

export type ParsedPage = { tree: Root; problem?: undefined } | { tree?: undefined; problem: string };

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/**
 * Why a page was stopped for time: its parse, or its rules (a custom rule stuck in a loop; only
 * worker threads can stop those, see src/node/pool.ts), ran past `ms`.
 */
export function tooSlow(phase: 'parse' | 'rules', ms: number): string {
  return phase === 'parse'
    ? `Page takes too long to parse (stopped after ${seconds(ms)}, see --max-parse-time); ` +
        'long runs of brackets or emphasis markers and thousands of lists make Markdown parsing slow'
    : `Page takes too long to lint: its rules ran for more than ${seconds(ms)} (stopped, see --max-parse-time); ` +
        'a custom rule may be stuck in a loop';
}

const tooDeep = (levels: string, line: number, limit: number) =>
  `Page is nested too deeply to lint (${levels} levels of block quotes, lists or inline markup at line ${line}; ` +
  `the limit is ${limit}, see --max-nesting)`;

/**
 * The most block quote and list markers that open on one line (`> > - > …`): a lower bound of the
 * page's nesting, found without parsing, since parsing such a line is itself quadratic. Only
 * markers that open a container wherever the line is are counted: not a marker indented by 4 or
 * more spaces (code, or more of a paragraph), not an ordered list that starts at another number
 * than 1 (more of a paragraph after one), and not markers that make up the rest of the line with
 * white space alone (`- - -`, `* * *`: a thematic break or empty items). A line inside a fenced
 * code block or an HTML block is counted as if it were not.
 */
export function deepestMarkerRun(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    // where the line's tail of only markers and white space starts
    let tail = end;
    while (tail > start && /[-*+> \t]/.test(text[tail - 1]!)) tail--;
    let depth = 0;
    let at = start;
    for (;;) {
      let indent = 0;
      while (at < end && (text[at] === ' ' || text[at] === '\t') && indent < 4) {
        indent += text[at] === '\t' ? 4 : 1;
        at++;
      }
      if (indent >= 4 || at >= tail) break;
      const c = text[at]!;
      if (c === '>') {
        depth++;
        at++;
        continue;
      }
      let after = at;
      if (c === '-' || c === '+' || c === '*') after = at + 1;
      else {
        while (after < end && after - at < 9 && text[after]! >= '0' && text[after]! <= '9') after++;
        if (after === at || (text[after] !== '.' && text[after] !== ')')) break;
        // After a paragraph line, `2)` is more of the paragraph: only a list from 1 interrupts one.
        if (Number(text.slice(at, after)) !== 1) break;
        after++;
      }
      if (after < end && text[after] !== ' ' && text[after] !== '\t') break;
      depth++;
      at = after;
    }
    if (depth > deepest.depth) deepest = { depth, line };
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return deepest;
}

/** The deepest node of a tree (the root is level 0), without recursion. */
export function deepestNode(tree: Root): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  const stack: Array<[node: { children?: unknown[]; position?: { start: { line: number } } }, depth: number]> = [
    [tree, 0],
  ];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line ?? 1 };
    if (Array.isArray(node.children)) {
      for (const child of node.children) stack.push([child as (typeof stack)[number][0], depth + 1]);
    }
  }
  return deepest;
}

/** What a `TimeLimit` (src/types.ts) throws when the time is up. */
export class TimeLimitExceeded extends Error {
  constructor(readonly ms: number) {
    super(`stopped after ${ms} ms`);
    this.name = 'TimeLimitExceeded';
  }
}

const noTimeLimit: TimeLimit = (run) => run();
const isStackOverflow = (error: unknown) => error instanceof RangeError && /call stack/i.test(error.message);

/**
 * Parses a page's text within limits: too deep (see `DEFAULT_MAX_NESTING`) or too slow to parse
 * (`DEFAULT_MAX_PARSE_TIME`), the page gets a `problem`, the reason it is not linted, instead of a
 * tree. Never throws for anything in the text.
 */
export function parsePage(text: string, limits: ParseLimits = {}, timeLimit: TimeLimit = noTimeLimit): ParsedPage {
  const maxNesting = limits.maxNesting ?? DEFAULT_MAX_NESTING;
  const maxParseTime = limits.maxParseTime ?? DEFAULT_MAX_PARSE_TIME;
  const run = deepestMarkerRun(text);
  if (run.depth > maxNesting) return { problem: tooDeep(`at least ${run.depth}`, run.line, maxNesting) };
  let tree: Root;
  try {
    tree =
      maxParseTime > 0 && maxParseTime < Infinity
        ? timeLimit(() => parseMarkdown(text), maxParseTime)
        : parseMarkdown(text);
  } catch (error) {
    if (error instanceof TimeLimitExceeded) return { problem: tooSlow('parse', maxParseTime) };
    if (isStackOverflow(error)) {
      return {
        problem:
          'Page is nested too deeply to parse ' +
          `(the parser ran out of stack; the nesting limit is ${maxNesting}, see --max-nesting)`,
      };
    }
    throw error;
  }
  const deepest = deepestNode(tree);
  if (deepest.depth > maxNesting) return { problem: tooDeep(String(deepest.depth), deepest.line, maxNesting) };
  return { tree };
}
