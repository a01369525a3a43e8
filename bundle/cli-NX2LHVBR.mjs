import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);
import {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  main
} from "./chunk-MRLBFNBW.mjs";
import "./chunk-LEBMRVUV.mjs";
import "./chunk-TQYBKETT.mjs";
import "./chunk-5KBWHAPB.mjs";
export {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  main
};
