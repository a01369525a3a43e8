import { parentPort } from 'node:worker_threads';
import type { Config, Settings, SourceDocument } from '../types.js';
import { lintDocument, prepareConfig, type PreparedConfig } from '../engine/lint-project.js';
import { builtinRules } from '../../rules/index.js';

/** A message from the pool: a config to remember under a key, or a page to lint with one. */
export type WorkerRequest =
  | { type: 'config'; key: string; config: Config; project: Settings }
  | { type: 'page'; id: number; key: string; document: SourceDocument };

export type WorkerReply =
  | { id: number; outcome: ReturnType<typeof lintDocument> }
  | { id: number; error: string };

/**
 * A worker thread of the pool (src/node/pool.ts): it runs the per-page phase, parse and one walk,
 * and sends back the page's outcome (facts, directives, findings). The tree never leaves it.
 */
if (parentPort) {
  const port = parentPort;
  const configs = new Map<string, PreparedConfig>();
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'config') {
      configs.set(request.key, prepareConfig(request.config, builtinRules, request.project));
      return;
    }
    try {
      const prepared = configs.get(request.key);
      if (!prepared) throw new Error(`no config under the key ${request.key}`);
      port.postMessage({ id: request.id, outcome: lintDocument(request.document, prepared) } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
    }
  });
}
