#!/usr/bin/env node
import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);
import {
  existsIn
} from "./chunk-V6FOR3IB.mjs";
import {
  readVersion
} from "./chunk-LEBMRVUV.mjs";
import "./chunk-5KBWHAPB.mjs";

// src/bin.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v") && !existsIn(process.cwd())(argv[0])) {
  process.stdout.write(`${readVersion()}
`);
} else {
  const { main } = await import("./main-XMLLXGIJ.mjs");
  process.exitCode = await main({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
}
