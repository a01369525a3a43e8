#!/usr/bin/env node
import { createRequire as __doclintRequire } from 'node:module'; import { dirname as __doclintDirname } from 'node:path'; import { fileURLToPath as __doclintPath } from 'node:url'; const require = __doclintRequire(import.meta.url); const __dirname = __doclintDirname(__doclintPath(import.meta.url));
import {
  existsIn
} from "./chunk-BMRB46M4.mjs";
import {
  readVersion
} from "./chunk-H55YGGIS.mjs";
import "./chunk-3X2HXQQ3.mjs";

// src/bin.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v") && !existsIn(process.cwd())(argv[0])) {
  process.stdout.write(`${readVersion()}
`);
} else {
  const { main } = await import("./main-J7OUS4CS.mjs");
  process.exitCode = await main({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
}
