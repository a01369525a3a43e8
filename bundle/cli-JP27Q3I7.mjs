import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);
import {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  lintRun,
  main
} from "./chunk-QJWIW7M7.mjs";
import "./chunk-LEBMRVUV.mjs";
import "./chunk-EOEWJPJW.mjs";
import "./chunk-5KBWHAPB.mjs";
export {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  lintRun,
  main
};
