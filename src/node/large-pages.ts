import type { Config, ParseLimits, Settings, SourceDocument } from '../types.js';
import type { PageOutcome } from '../engine/page-phase.js';
import { createPool, type Pool } from './pool.js';
import { mainThreadChars } from './page-memory.js';

/** The config key of the check that a text parses within the limits: no rule runs. */
const CHECK_KEY = '\u0000parse-only';

export interface LargePageOptions {
  /** the worker's file (`workerFile()`); undefined when workers cannot start: nothing is bounded */
  file: URL | undefined;
  /** the file URLs of the run's plugins, which the worker imports as the pool's workers do */
  plugins: readonly string[];
  /** MB of heap for a page (see page-memory.ts) */
  maxPageMemory: number;
  /** every rule of the run, by id: the check turns them all off */
  ruleIds: readonly string[];
  /** the site's settings */
  project: Settings;
  /** the parse limits of the run */
  limits: ParseLimits | undefined;
}

/**
 * The main thread's way to parse a page that is too long to parse there within the memory bound
 * (see `mainThreadChars`): one worker thread of the pool's kind, bounded, started for the first
 * such page and stopped by `close`. A run on the main thread (a small run, `--concurrency off`)
 * lints a long page there; the phases that parse on the main thread outside the per-page phase (the
 * anchors of pages that are linked to but not linted, and with `--changed-since` or `--staged` a
 * changed page's anchors then and now) first have the worker parse it, and parse it themselves only
 * when it fits: its parse then needs no more than the bound there either.
 */
export class LargePageWorker {
  private pool: Pool | undefined;
  private readonly longest: number;

  constructor(private readonly options: LargePageOptions) {
    this.longest = mainThreadChars(options.maxPageMemory);
  }

  /** Whether a page's text is too long to parse on the main thread (never without a worker to use). */
  isLarge(text: string | undefined): boolean {
    return this.options.file !== undefined && text !== undefined && text.length > this.longest;
  }

  /** Lints a page in the bounded worker, with its config. */
  lint(document: SourceDocument, configKey: string, config: Config): Promise<PageOutcome> {
    return this.started().lint(document, configKey, config, this.options.project, this.options.limits);
  }

  /**
   * Whether a text may be parsed on the main thread: it is not too long, or the bounded worker
   * parsed it (and walked it, without rules) within the memory, time and nesting limits. A worker
   * that cannot run says no.
   */
  async fits(text: string): Promise<boolean> {
    if (!this.isLarge(text)) return true;
    const off = Object.fromEntries(this.options.ruleIds.map((id) => [id, 'off' as const]));
    const outcome = await this.lint({ path: 'check.md', text }, CHECK_KEY, { rules: off }).catch(() => undefined);
    return outcome !== undefined && !outcome.diagnostics.some((diagnostic) => diagnostic.fatal);
  }

  /** Stops the worker, if it was started. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }

  private started(): Pool {
    const { file, plugins, maxPageMemory } = this.options;
    if (!file) throw new Error('worker threads are not available when running from the TypeScript sources');
    this.pool ??= createPool(1, file, plugins, maxPageMemory);
    return this.pool;
  }
}
