import { createRequire as __doclintRequire } from 'node:module'; import { dirname as __doclintDirname } from 'node:path'; import { fileURLToPath as __doclintPath } from 'node:url'; const require = __doclintRequire(import.meta.url); const __dirname = __doclintDirname(__doclintPath(import.meta.url));
import {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  lintRun,
  main
} from "./chunk-LRKIZLYU.mjs";
import "./chunk-H55YGGIS.mjs";
import "./chunk-DY2OBP4F.mjs";
import "./chunk-3X2HXQQ3.mjs";
export {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  lintRun,
  main
};
