/**
 * The memory bound of one page's parse and per-page rules. Only a worker thread can be given one
 * (`resourceLimits.maxOldGenerationSizeMb`): a worker whose page needs more dies of it, and the
 * pool reports that page (src/node/pool.ts). The main thread cannot be bounded, so it parses only
 * pages too small to reach the bound (see `mainThreadChars`); larger ones go to a bounded worker
 * (src/node/large-pages.ts).
 */

/**
 * MB of V8's old generation a worker thread may use for a page (and for doclint's own modules,
 * about 10 MB). The largest page of the AWS corpus (290 KB) needs under 50 MB; the hostile pages
 * of docs/hostile-input.md took 0.9 to 2.7 GB before they were stopped by the parse-time limit.
 */
export const DEFAULT_MAX_PAGE_MEMORY = 512;

/** The smallest bound a run may set: below it, a worker cannot hold doclint and a page. */
export const MIN_MAX_PAGE_MEMORY = 32;

/**
 * Bytes of heap a character of Markdown may take while it is parsed and walked, at most. Measured
 * in a bounded worker on pages made of one construct repeated (16 KB to 128 KB each): list items
 * (`- a`) take the most, 2.9 to 3.2 KB a character; empty links 2.5 KB, headings and lists
 * separated by headings 1.6 to 2 KB; links about 0.8 KB; plain prose next to nothing. The AWS
 * corpus' largest page takes 0.15 KB.
 */
export const HEAP_PER_CHAR = 4096;

/**
 * The longest page (in characters) that may be parsed on the main thread: one that cannot need
 * more than `maxPageMemory` MB at `HEAP_PER_CHAR` (128 K characters at the default). Longer pages
 * are parsed in a worker thread that is bounded.
 */
export function mainThreadChars(maxPageMemory: number): number {
  return Math.floor((maxPageMemory * 1024 * 1024) / HEAP_PER_CHAR);
}

/** Why a page was stopped for memory: its parse or its rules needed more than `mb` MB. */
export function tooMuchMemory(mb: number): string {
  return (
    `Page takes too much memory to lint (stopped at ${mb} MB, see --max-page-memory); ` +
    'parsing Markdown takes up to a few KB of memory per character, most for list items, links and headings'
  );
}
