import { vmTimeLimit } from './time-limit.js';
import { join } from 'node:path';
import type { Config, ParseLimits, Rule, SourceDocument } from '../types.js';
import type { Plugin } from './config/plugins.js';
import { lintPage, type PageOutcome } from '../engine/page-phase.js';
import { type PageConfigs } from '../engine/config/prepare.js';
import { configKey, documentHash, stampOf, type FileStamp, type PageCache } from './cache.js';
import { createPool, poolSize, workerFile } from './pool.js';
import { mapLimit } from './map-limit.js';
import { readDocumentSync } from './read.js';
import type { LargePageWorker } from './large-pages.js';
import { DEFAULT_MAX_PAGE_MEMORY } from './page-memory.js';

export type Concurrency = number | 'auto' | 'off';
export type CacheStrategy = 'metadata' | 'content';

export interface AnalyzeOptions {
  cwd: string;
  files: readonly string[];
  maxFileSize: number;
  /** each page's config, and its resolution */
  configs: PageConfigs;
  rules: readonly Rule[];
  /**
   * the plugins whose rules are among `rules`: worker threads import them, and their code is part
   * of the cache key
   */
  plugins?: readonly Pick<Plugin, 'specifier' | 'url' | 'hash'>[];
  cache?: PageCache;
  /**
   * How the cache tells a page unchanged: `metadata` (the default) by the file's size and
   * modification time, reading and hashing it only when they differ; `content` by always
   * reading and hashing it.
   */
  cacheStrategy?: CacheStrategy;
  concurrency?: Concurrency;
  onProgress?: (done: number, total: number) => void;
  /** nesting and parse-time limits per page */
  limits?: ParseLimits;
  /** MB of heap a page may take in a worker thread (default `DEFAULT_MAX_PAGE_MEMORY`) */
  maxPageMemory?: number;
  /**
   * where a run on the main thread lints a page too long to parse there within `maxPageMemory`;
   * without it, every page of such a run is linted on the main thread
   */
  largePages?: LargePageWorker;
  /** pages given in memory (`--stdin`), linted from this text instead of the file, never cached */
  documents?: ReadonlyMap<string, SourceDocument>;
}

/** How the per-page phase went: for `--stats`. */
export interface AnalyzeStats {
  pages: number;
  /** taken from the cache */
  cached: number;
  /** parsed and walked in this run */
  parsed: number;
  /** worker threads used (0: the main thread) */
  workers: number;
}

/** A page to lint in this run, with what the cache needs to remember its outcome. */
interface Miss {
  index: number;
  path: string;
  hash?: string;
  stamp?: FileStamp;
}

/** What the steps of one `analyzePages` run share. */
interface Run {
  options: AnalyzeOptions;
  /** the cache key of a page config */
  keyOf: (config: Config) => string;
  /** a file's stamp, when the cache tells pages unchanged by it */
  stamp: (path: string) => FileStamp | undefined;
  /** records a page's outcome, and reports the progress */
  finish: (index: number, outcome: PageOutcome) => void;
}

/**
 * The per-page phase over the files of a run: each page is read and hashed; a page the cache
 * knows (same text, same config) is not parsed again; the others are linted in worker threads
 * when the run is large enough to pay for them, else on this thread. Only outcomes are kept.
 */
export async function analyzePages(options: AnalyzeOptions): Promise<{ outcomes: PageOutcome[]; stats: AnalyzeStats }> {
  const { cwd, files, cache, onProgress } = options;
  const total = files.length;
  const outcomes = new Array<PageOutcome>(files.length);
  let done = 0;
  const stamps = cache !== undefined && (options.cacheStrategy ?? 'metadata') === 'metadata';
  const run: Run = {
    options,
    keyOf: configKeys(options),
    // Taken before the file is read: a change after it shows in the next run's stamp.
    stamp: (path) => (stamps ? stampOf(join(cwd, path)) : undefined),
    finish: (index, outcome) => {
      outcomes[index] = outcome;
      onProgress?.(++done, total);
    },
  };
  const misses = lookUp(run);
  const file = workerFile();
  const size = file ? poolSize(misses.length, options.concurrency ?? 'auto') : 0;
  if (size === 0) {
    if (typeof options.concurrency === 'number' && options.concurrency > 0) {
      throw new Error('worker threads are not available when running from the TypeScript sources');
    }
    await lintOnThisThread(run, misses);
  } else {
    await lintInWorkers(run, misses, file!, size);
  }
  return { outcomes, stats: { pages: total, cached: total - misses.length, parsed: misses.length, workers: size } };
}

/**
 * The cache key of each page config, made once per distinct config (most runs have one): with the
 * site settings and the plugins' code, it decides a page's outcome, so that editing a plugin
 * invalidates the cache.
 */
function configKeys(options: AnalyzeOptions): (config: Config) => string {
  const { configs, rules, plugins = [] } = options;
  const ruleIds = rules.map((rule) => rule.meta.id);
  const code = plugins.map((plugin) => [plugin.specifier, plugin.hash]);
  // what a page may take decides whether it is linted (a page stopped for memory is remembered)
  const memory = options.maxPageMemory ?? DEFAULT_MAX_PAGE_MEMORY;
  const keys = new Map<Config, string>();
  return (config: Config) => {
    let key = keys.get(config);
    if (key === undefined)
      keys.set(
        config,
        (key = configKey(
          code.length === 0
            ? [config, configs.project, options.limits, memory]
            : [config, configs.project, options.limits, memory, code],
          ruleIds,
        )),
      );
    return key;
  };
}

/**
 * Pages to lint in this run; the pages the cache knows are finished here. With a cache, a page
 * whose file stamp is as cached is a hit without being read (`metadata`); the others are read and
 * hashed, and only the misses are kept (by path). Without a cache every page is a miss and nothing
 * is read yet. A miss is read again just before it is linted, so at most a few pages' text is in
 * memory at once.
 */
function lookUp(run: Run): Miss[] {
  const { cwd, files, maxFileSize, configs, cache } = run.options;
  const misses: Miss[] = [];
  files.forEach((path, index) => {
    if (!cache || run.options.documents?.has(path)) {
      misses.push({ index, path });
      return;
    }
    const key = run.keyOf(configs.configOf(path));
    const stamped = run.stamp(path);
    const known = stamped && cache.getByStamp(path, stamped, key);
    if (known) {
      run.finish(index, known);
      return;
    }
    const document = readDocumentSync(cwd, path, maxFileSize);
    if (document.text === undefined) {
      misses.push({ index, path });
      return;
    }
    const hash = documentHash(document);
    const cached = cache.get(path, hash, key);
    if (cached) {
      cache.restamp(path, stamped);
      run.finish(index, cached);
    } else misses.push({ index, path, hash });
  });
  return misses;
}

/**
 * Lints the misses one after the other on this thread, with vm's watchdog for the parse time; a
 * page too long to parse here within the memory bound goes to the bounded worker of `largePages`.
 */
async function lintOnThisThread(run: Run, misses: readonly Miss[]): Promise<void> {
  const { configs, limits, largePages } = run.options;
  for (const miss of misses) {
    const document = load(run, miss);
    let outcome: PageOutcome;
    if (largePages?.isLarge(document.text)) {
      const config = configs.configOf(miss.path);
      outcome = await largePages.lint(document, run.keyOf(config), config).catch((error) => failed(miss, error));
    } else {
      try {
        outcome = lintPage(document, configs.preparedOf(miss.path), limits, undefined, vmTimeLimit);
      } catch (error) {
        outcome = failed(miss, error);
      }
    }
    remember(run, miss, outcome);
  }
}

/** Lints the misses in `size` worker threads started from `file`, and stops them. */
async function lintInWorkers(run: Run, misses: readonly Miss[], file: URL, size: number): Promise<void> {
  const { configs, plugins = [] } = run.options;
  const pool = createPool(
    size,
    file,
    plugins.map((plugin) => plugin.url),
    run.options.maxPageMemory,
  );
  try {
    // A few pages queued per worker: enough to keep each busy, and no more text read than that.
    await mapLimit(
      misses,
      async (miss) => {
        const config = configs.configOf(miss.path);
        const outcome = await pool
          .lint(load(run, miss), run.keyOf(config), config, configs.project, run.options.limits)
          .catch((error: unknown) => failed(miss, error));
        remember(run, miss, outcome);
      },
      size * 4,
    );
  } finally {
    await pool.close();
  }
}

/** A miss's text, read now; with a cache, its hash (and stamp) are of the text read now. */
function load(run: Run, miss: Miss): SourceDocument {
  const { cwd, maxFileSize, cache } = run.options;
  const given = run.options.documents?.get(miss.path);
  if (given) return given;
  const stamped = run.stamp(miss.path);
  const document = readDocumentSync(cwd, miss.path, maxFileSize);
  if (cache && document.text !== undefined) {
    miss.hash = documentHash(document);
    if (stamped) miss.stamp = stamped;
  } else delete miss.hash;
  return document;
}

/** Finishes a miss with its outcome, and keeps the outcome in the cache. */
function remember(run: Run, miss: Miss, outcome: PageOutcome): void {
  const { configs, cache } = run.options;
  // A page doclint failed on is not remembered: the next run tries it again.
  const failedHere = outcome.diagnostics.some((diagnostic) => diagnostic.internal && diagnostic.ruleId === null);
  if (cache && miss.hash !== undefined && !failedHere)
    cache.set(miss.path, miss.hash, run.keyOf(configs.configOf(miss.path)), outcome, miss.stamp);
  run.finish(miss.index, outcome);
}

/**
 * A page that made doclint itself fail (a parser crash, a worker that crashed): the run goes on,
 * and exits with 2. (A worker out of memory is the page's own problem, reported as one.)
 */
function failed(miss: Miss, error: unknown): PageOutcome {
  return {
    path: miss.path,
    directives: [],
    diagnostics: [
      {
        ruleId: null,
        severity: 'error',
        message: `doclint failed on this page: ${error instanceof Error ? error.message : String(error)}`,
        path: miss.path,
        line: 1,
        column: 1,
        fatal: true,
        internal: true,
      },
    ],
  };
}
