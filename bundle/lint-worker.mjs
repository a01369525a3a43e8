import { createRequire as __doclintRequire } from 'node:module'; import { dirname as __doclintDirname } from 'node:path'; import { fileURLToPath as __doclintPath } from 'node:url'; const require = __doclintRequire(import.meta.url); const __dirname = __doclintDirname(__doclintPath(import.meta.url));
import {
  PAGE,
  PARSE,
  PHASE,
  RULES,
  STARTED,
  builtinRules,
  combineRules,
  importPluginRules,
  lintPage,
  prepareConfig
} from "./shared.action+lint-worker+main.mjs";
import "./shared.action+doclint+lint-worker+main.mjs";

// src/node/lint-worker.ts
import { parentPort, workerData } from "node:worker_threads";
if (parentPort) {
  const port = parentPort;
  const ruleSets = /* @__PURE__ */ new Map();
  const rulesWith = (plugins) => {
    const key = plugins.join("\n");
    let rules = ruleSets.get(key);
    if (!rules) {
      rules = Promise.all(
        plugins.map(
          (url) => importPluginRules(url).catch(
            (error) => Promise.reject(new Error(`cannot load the plugin ${url}: ${error.message}`))
          )
        )
      ).then((loaded) => combineRules(builtinRules, loaded.flat()));
      ruleSets.set(key, rules);
    }
    return rules;
  };
  const { state, base } = workerData;
  const enter = (page, phase) => {
    Atomics.store(state, STARTED, Date.now() - base);
    Atomics.store(state, PHASE, phase);
    Atomics.store(state, PAGE, page);
  };
  const lint = (id, document, setup, pageLimits) => {
    enter(id + 1, PARSE);
    try {
      return lintPage(document, setup, { ...pageLimits, maxParseTime: 0 }, () => enter(id + 1, RULES));
    } finally {
      Atomics.store(state, PAGE, 0);
    }
  };
  const configs = /* @__PURE__ */ new Map();
  const limits = /* @__PURE__ */ new Map();
  port.on("message", (request) => {
    if (request.type === "config") {
      const prepared2 = rulesWith(request.plugins).then(
        (rules) => prepareConfig(request.config, rules, request.project)
      );
      prepared2.catch(() => void 0);
      configs.set(request.key, prepared2);
      limits.set(request.key, request.limits);
      return;
    }
    const prepared = configs.get(request.key) ?? Promise.reject(new Error(`no config under the key ${request.key}`));
    prepared.then(
      (setup) => port.postMessage({
        id: request.id,
        outcome: lint(request.id, request.document, setup, limits.get(request.key))
      })
    ).catch(
      (error) => port.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error)
      })
    );
  });
}
