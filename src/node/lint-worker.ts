import { parentPort, workerData } from 'node:worker_threads';
import type { Config, ParseLimits, Rule, Settings, SourceDocument } from '../types.js';
import { lintPage } from '../engine/page-phase.js';
import { prepareConfig, type PreparedConfig } from '../engine/config/prepare.js';
import { combineRules } from '../engine/config/rules.js';
import { importPluginRules } from './config/plugins.js';
import { PAGE, PARSE, PHASE, RULES, STARTED } from './worker-state.js';
import { builtinRules } from '../../rules/index.js';

/**
 * A message from the pool: a config to remember under a key (with the file URLs of the plugins
 * whose rules it may turn on), or a page to lint with one.
 */
export type WorkerRequest =
  | { type: 'config'; key: string; config: Config; project: Settings; plugins: string[]; limits?: ParseLimits }
  | { type: 'page'; id: number; key: string; document: SourceDocument };

export type WorkerReply = { id: number; outcome: ReturnType<typeof lintPage> } | { id: number; error: string };

/**
 * A worker thread of the pool (src/node/pool.ts): it runs the per-page phase, parse and one walk,
 * and sends back the page's outcome (facts, directives, findings). The tree never leaves it.
 * Plugins are imported here too, once per worker, with the loader the main thread used.
 */
if (parentPort) {
  const port = parentPort;
  const ruleSets = new Map<string, Promise<readonly Rule[]>>();
  const rulesWith = (plugins: readonly string[]) => {
    const key = plugins.join('\n');
    let rules = ruleSets.get(key);
    if (!rules) {
      rules = Promise.all(
        plugins.map((url) =>
          importPluginRules(url).catch((error: unknown) =>
            Promise.reject(new Error(`cannot load the plugin ${url}: ${(error as Error).message}`)),
          ),
        ),
      ).then((loaded) => combineRules(builtinRules, loaded.flat()));
      ruleSets.set(key, rules);
    }
    return rules;
  };
  const { state, base } = workerData as { state: Int32Array; base: number };
  // The time limit is the pool's to enforce (it terminates this thread): no watchdog in here.
  const enter = (page: number, phase: number) => {
    Atomics.store(state, STARTED, Date.now() - base);
    Atomics.store(state, PHASE, phase);
    Atomics.store(state, PAGE, page);
  };
  const lint = (id: number, document: SourceDocument, setup: PreparedConfig, pageLimits: ParseLimits | undefined) => {
    enter(id + 1, PARSE);
    try {
      return lintPage(document, setup, { ...pageLimits, maxParseTime: 0 }, () => enter(id + 1, RULES));
    } finally {
      Atomics.store(state, PAGE, 0);
    }
  };
  const configs = new Map<string, Promise<PreparedConfig>>();
  const limits = new Map<string, ParseLimits | undefined>();
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'config') {
      const prepared = rulesWith(request.plugins).then((rules) =>
        prepareConfig(request.config, rules, request.project),
      );
      prepared.catch(() => undefined); // reported with each page that needs it
      configs.set(request.key, prepared);
      limits.set(request.key, request.limits);
      return;
    }
    const prepared = configs.get(request.key) ?? Promise.reject(new Error(`no config under the key ${request.key}`));
    prepared
      .then((setup) =>
        port.postMessage({
          id: request.id,
          outcome: lint(request.id, request.document, setup, limits.get(request.key)),
        } satisfies WorkerReply),
      )
      .catch((error: unknown) =>
        port.postMessage({
          id: request.id,
          error: error instanceof Error ? error.message : String(error),
        } satisfies WorkerReply),
      );
  });
}
