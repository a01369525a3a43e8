#!/usr/bin/env node
import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);
import {
  readVersion
} from "./shared.action+cli+doclint.mjs";
import "./shared.action+cli+doclint+lint-worker.mjs";

// src/bin.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${readVersion()}
`);
} else {
  const { main } = await import("./cli.mjs");
  process.exitCode = await main({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
}
