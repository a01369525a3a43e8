import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);
import {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  lintRun,
  main
} from "./shared.action+cli.mjs";
import "./shared.action+cli+doclint.mjs";
import "./shared.action+cli+lint-worker.mjs";
import "./shared.action+cli+doclint+lint-worker.mjs";
export {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  lintRun,
  main
};
