import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);
import {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  lintRun,
  main
} from "./chunk-BALWST3A.mjs";
import "./chunk-LEBMRVUV.mjs";
import "./chunk-25YGIUXQ.mjs";
import "./chunk-5KBWHAPB.mjs";
export {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  lintRun,
  main
};
