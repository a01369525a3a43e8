import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);
import {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  lintRun,
  main
} from "./chunk-YDJ2VDCF.mjs";
import "./chunk-K6ROXSDM.mjs";
import "./chunk-NYBNK2FK.mjs";
import "./chunk-5KBWHAPB.mjs";
export {
  createProgress,
  describeError,
  exitCode,
  lintPaths,
  lintRun,
  main
};
