import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);
import {
  builtinRules,
  lintDocument,
  prepareConfig
} from "./chunk-TQYBKETT.mjs";
import "./chunk-5KBWHAPB.mjs";

// src/node/lint-worker.ts
import { parentPort } from "node:worker_threads";
if (parentPort) {
  const port = parentPort;
  const configs = /* @__PURE__ */ new Map();
  port.on("message", (request) => {
    if (request.type === "config") {
      configs.set(request.key, prepareConfig(request.config, builtinRules, request.project));
      return;
    }
    try {
      const prepared = configs.get(request.key);
      if (!prepared) throw new Error(`no config under the key ${request.key}`);
      port.postMessage({ id: request.id, outcome: lintDocument(request.document, prepared) });
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
