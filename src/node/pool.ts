import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Config, ParseLimits, Settings, SourceDocument } from '../types.js';
import { problemOutcome, type PageOutcome } from '../engine/page-phase.js';
import { DEFAULT_MAX_PARSE_TIME, tooSlow } from '../engine/parse.js';
import type { WorkerReply, WorkerRequest } from './lint-worker.js';
import { PAGE, PHASE, RULES, STARTED } from './worker-state.js';
import { DEFAULT_MAX_PAGE_MEMORY, tooMuchMemory } from './page-memory.js';

/**
 * The worker's file, next to this module and with its extension: `dist/src/node/lint-worker.js`
 * when run from the compiled sources, `bundle/lint-worker.mjs` from the bundle. Undefined when
 * it cannot be started (the TypeScript sources under a test runner).
 */
export function workerFile(): URL | undefined {
  const extension = extname(fileURLToPath(import.meta.url));
  if (extension === '.ts') return undefined;
  const url = new URL(`./lint-worker${extension}`, import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * V8's young generation per worker, in MB. Parsing Markdown allocates many short-lived objects;
 * with the default (16 MB semi-spaces) V8 spends most of a parse in scavenges, and a larger
 * young generation roughly halves the CPU time (see bench/results.md).
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * V8 flags for the worker threads started from now on. V8 takes `--max-old-space-size` (NODE_OPTIONS
 * often sets one in CI) over a worker's `resourceLimits`: it is set to the bound (the main thread's
 * heap was sized when it started, and does not change). And below 2 GB, V8 lets a heap grow less
 * between collections (1.4 times at 512 MB, against 4 times from 2 GB), which cost 12 to 15% of the
 * CPU time of a run over the AWS corpus: 4 times it is, whatever the size (the bound still holds).
 */
function boundNextWorkers(maxPageMemory: number): void {
  setFlagsFromString(`--max-old-space-size=${maxPageMemory}`);
  setFlagsFromString('--heap-growing-percent=300');
}

export interface Pool {
  /** lints a page with its config; `project` is the site's settings (anchors, rootDir); `limits` the parse limits */
  lint(
    document: SourceDocument,
    configKey: string,
    config: Config,
    project: Settings,
    limits?: ParseLimits,
  ): Promise<PageOutcome>;
  close(): Promise<void>;
}

/**
 * Pages sent to a worker ahead of its replies: enough to keep it busy, few enough to keep copies
 * of page texts out of its heap.
 */
const IN_FLIGHT = 2;

interface Job {
  id: number;
  document: SourceDocument;
  configKey: string;
  config: Config;
  project: Settings;
  limits: ParseLimits | undefined;
  resolve: (outcome: PageOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  configs: Set<string>;
  pending: Map<number, Job>;
  /** what the worker is doing, written by it (see lint-worker.ts): the page, its phase and since when */
  state: Int32Array;
  /** checks the time of the page the worker is on while it has pages */
  timer?: NodeJS.Timeout;
}

/** How many workers a run of `pages` pages deserves: none when the run is too small to pay for them. */
export function poolSize(pages: number, requested: number | 'auto' | 'off', cores = availableParallelism()): number {
  if (requested === 'off') return 0;
  if (requested === 'auto') return pages < 200 || cores < 2 ? 0 : Math.min(cores, Math.ceil(pages / 200));
  return requested;
}

/**
 * Worker threads that run the per-page phase. Pages wait in one queue and go to a worker as it
 * frees up; a worker that dies fails only its own pages and is replaced. `plugins` are the file
 * URLs of the run's plugins: each worker imports them, once, to have the same rules as the main
 * thread.
 *
 * Each worker's heap is bounded (`maxPageMemory`, MB of V8's old generation, see page-memory.ts):
 * a worker whose page needs more dies of it, the page is reported as taking too much memory, and
 * the worker's other pages go to its replacement, as for the time limit below.
 *
 * The parse-time limit (`maxParseTime`) is enforced here, not in the worker: a worker whose page
 * has been parsing for longer (or whose rules have run for longer) is terminated, the page is
 * reported as too slow, and the worker's other pages go to its replacement. This costs nothing
 * per page; vm's watchdog, which the main thread keeps (src/engine/parse.ts), made a run in
 * worker threads 15-25% slower.
 */
export function createPool(
  size: number,
  file: URL,
  plugins: readonly string[] = [],
  maxPageMemory = DEFAULT_MAX_PAGE_MEMORY,
): Pool {
  return new WorkerPool(size, file, plugins, maxPageMemory);
}

/** A page's parse-time limit, in ms. */
const limitOf = (job: Job) => job.limits?.maxParseTime ?? DEFAULT_MAX_PARSE_TIME;

/**
 * The pool `createPool` makes, in three parts: dispatch (the queue, and which worker gets which
 * page), the watchdog (each busy worker's page against its time limit), and the workers' lives
 * (starting one, its replies, its failure, running out of memory, its replacement).
 */
class WorkerPool implements Pool {
  private nextId = 0;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private head = 0;
  /** pages of a terminated worker that it had not done: sent before the queue */
  private readonly retry: Job[] = [];
  // The clock the workers' STARTED times count from: ms since then fit in 32 bits for 24 days.
  private readonly base = Date.now();

  constructor(
    size: number,
    private readonly file: URL,
    private readonly plugins: readonly string[],
    private readonly maxPageMemory: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  lint(
    document: SourceDocument,
    configKey: string,
    config: Config,
    project: Settings,
    limits?: ParseLimits,
  ): Promise<PageOutcome> {
    return new Promise<PageOutcome>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, document, configKey, config, project, limits, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    for (const slot of this.slots) {
      clearTimeout(slot.timer);
      slot.pending.clear();
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  // Dispatch.

  /** Fills every worker up to IN_FLIGHT pages: a terminated worker's pages first, then the queue. */
  private pump(): void {
    for (const slot of this.slots) {
      while (slot.pending.size < IN_FLIGHT && this.retry.length > 0) this.send(slot, this.retry.shift()!);
      while (slot.pending.size < IN_FLIGHT && this.head < this.queue.length) {
        const job = this.queue[this.head]!;
        this.queue[this.head++] = undefined as unknown as Job;
        this.send(slot, job);
      }
    }
  }

  /** Sends a page to a worker, with its config the first time the worker needs that config. */
  private send(slot: Slot, job: Job): void {
    if (!slot.configs.has(job.configKey)) {
      slot.configs.add(job.configKey);
      slot.worker.postMessage({
        type: 'config',
        key: job.configKey,
        config: job.config,
        project: job.project,
        plugins: [...this.plugins],
        ...(job.limits ? { limits: job.limits } : {}),
      } satisfies WorkerRequest);
    }
    slot.pending.set(job.id, job);
    slot.worker.postMessage({
      type: 'page',
      id: job.id,
      key: job.configKey,
      document: job.document,
    } satisfies WorkerRequest);
    if (!slot.timer) this.watchAfter(slot, limitOf(job));
  }

  // The watchdog.

  private watchAfter(slot: Slot, ms: number): void {
    if (!(ms > 0) || !Number.isFinite(ms)) return;
    slot.timer = setTimeout((watched: Slot) => this.watch(watched), Math.min(ms, 2 ** 31 - 1), slot).unref();
  }

  /**
   * Stops the slot's page if it has been in its phase for longer than its limit; else looks again
   * when it would be.
   */
  private watch(slot: Slot): void {
    slot.timer = undefined;
    if (slot.pending.size === 0) return;
    const job = slot.pending.get(Atomics.load(slot.state, PAGE) - 1);
    if (!job) {
      this.watchAfter(slot, limitOf(slot.pending.values().next().value!));
      return;
    }
    const phase = Atomics.load(slot.state, PHASE) === RULES ? 'rules' : 'parse';
    const limit = limitOf(job);
    const elapsed = Date.now() - this.base - Atomics.load(slot.state, STARTED);
    if (elapsed < limit) {
      this.watchAfter(slot, limit - elapsed);
      return;
    }
    this.stop(slot, job, tooSlow(phase, limit));
  }

  /**
   * Ends a worker's page with `problem` (it went past a limit): the worker is replaced, and its
   * other pages go to the replacement first.
   */
  private stop(slot: Slot, job: Job, problem: string): void {
    slot.pending.delete(job.id);
    this.retry.push(...slot.pending.values());
    this.replace(slot);
    job.resolve(problemOutcome(job.document.path, problem));
    this.pump();
  }

  // The workers' lives.

  /** Starts a worker, in a slot of its own. */
  private spawn(): Slot {
    const state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    boundNextWorkers(this.maxPageMemory);
    const worker = new Worker(this.file, {
      workerData: { state, base: this.base },
      resourceLimits: {
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
        maxOldGenerationSizeMb: this.maxPageMemory,
      },
    });
    const slot: Slot = { worker, configs: new Set(), pending: new Map(), state };
    worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
    worker.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') this.outOfMemory(slot);
      else this.fail(slot, new Error(`a worker thread failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (slot.pending.size > 0) this.fail(slot, new Error(`a worker thread exited with code ${code}`));
    });
    return slot;
  }

  /** Settles the page a worker replied about, and gives the worker another. */
  private settle(slot: Slot, reply: WorkerReply): void {
    const job = slot.pending.get(reply.id);
    if (!job) return;
    slot.pending.delete(reply.id);
    if (slot.pending.size === 0) {
      clearTimeout(slot.timer);
      slot.timer = undefined;
    }
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve(reply.outcome);
    this.pump();
  }

  /**
   * A worker ran out of its heap: the page it was on (or, between pages, the next it was given)
   * took too much memory; its other pages go to its replacement.
   */
  private outOfMemory(slot: Slot): void {
    const job = slot.pending.get(Atomics.load(slot.state, PAGE) - 1) ?? slot.pending.values().next().value;
    if (job) this.stop(slot, job, tooMuchMemory(this.maxPageMemory));
    else {
      this.replace(slot);
      this.pump();
    }
  }

  /** A worker failed or exited: its pages fail with `error`, and a new worker takes its place. */
  private fail(slot: Slot, error: Error): void {
    const jobs = [...slot.pending.values()];
    this.replace(slot);
    for (const job of jobs) job.reject(error);
    this.pump();
  }

  /** Replaces a slot's worker with a new one; its pages are the caller's to settle. */
  private replace(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.pending.clear();
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.spawn();
    void slot.worker.terminate();
  }
}
