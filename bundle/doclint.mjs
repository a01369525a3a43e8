#!/usr/bin/env node
import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);
import {
  readVersion
} from "./chunk-LEBMRVUV.mjs";
import "./chunk-5KBWHAPB.mjs";

// src/bin.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${readVersion()}
`);
} else {
  const { main } = await import("./main-JUGWHSDM.mjs");
  process.exitCode = await main({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
}
