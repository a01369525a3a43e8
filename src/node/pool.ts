import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config, ParseLimits, Settings, SourceDocument } from '../types.js';
import type { PageOutcome } from '../engine/lint-project.js';
import type { WorkerReply, WorkerRequest } from './lint-worker.js';

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

export interface Pool {
  /** lints a page with its config; `project` is the site's settings (anchors, rootDir); `limits` the parse limits */
  lint(document: SourceDocument, configKey: string, config: Config, project: Settings, limits?: ParseLimits): Promise<PageOutcome>;
  close(): Promise<void>;
}

/** Pages sent to a worker ahead of its replies: enough to keep it busy, few enough to keep copies of page texts out of its heap. */
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
}

/** How many workers a run of `pages` pages deserves: none when the run is too small to pay for them. */
export function poolSize(pages: number, requested: number | 'auto' | 'off', cores = availableParallelism()): number {
  if (requested === 'off') return 0;
  if (requested === 'auto') return pages < 200 || cores < 2 ? 0 : Math.min(cores, Math.ceil(pages / 200));
  return requested;
}

/**
 * Worker threads that run the per-page phase. Pages wait in one queue and go to a worker as it
 * frees up; a worker that dies (out of memory, say) fails only its own pages and is replaced.
 * `plugins` are the file URLs of the run's plugins: each worker imports them, once, to have
 * the same rules as the main thread.
 */
export function createPool(size: number, file: URL, plugins: readonly string[] = []): Pool {
  let nextId = 0;
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let head = 0;

  const send = (slot: Slot, job: Job) => {
    if (!slot.configs.has(job.configKey)) {
      slot.configs.add(job.configKey);
      slot.worker.postMessage({ type: 'config', key: job.configKey, config: job.config, project: job.project, plugins: [...plugins], ...(job.limits ? { limits: job.limits } : {}) } satisfies WorkerRequest);
    }
    slot.pending.set(job.id, job);
    slot.worker.postMessage({ type: 'page', id: job.id, key: job.configKey, document: job.document } satisfies WorkerRequest);
  };
  const pump = () => {
    for (const slot of slots) {
      while (slot.pending.size < IN_FLIGHT && head < queue.length) {
        const job = queue[head]!;
        queue[head++] = undefined as unknown as Job;
        send(slot, job);
      }
    }
  };

  const spawn = (): Slot => {
    const worker = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, configs: new Set(), pending: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.outcome);
      pump();
    });
    const fail = (error: Error) => {
      for (const job of slot.pending.values()) job.reject(error);
      slot.pending.clear();
      const index = slots.indexOf(slot);
      if (index >= 0) slots[index] = spawn();
      pump();
    };
    worker.on('error', (error) => fail(new Error(`a worker thread failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (slot.pending.size > 0) fail(new Error(`a worker thread exited with code ${code}`));
    });
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    lint(document, configKey, config, project, limits) {
      return new Promise<PageOutcome>((resolve, reject) => {
        queue.push({ id: nextId++, document, configKey, config, project, limits, resolve, reject });
        pump();
      });
    },
    async close() {
      for (const slot of slots) slot.pending.clear();
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
