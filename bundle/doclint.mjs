#!/usr/bin/env node
import { createRequire as __doclintRequire } from 'node:module'; import { dirname as __doclintDirname } from 'node:path'; import { fileURLToPath as __doclintPath } from 'node:url'; const require = __doclintRequire(import.meta.url); const __dirname = __doclintDirname(__doclintPath(import.meta.url));
import {
  existsIn
} from "./shared.doclint+main.mjs";
import {
  readVersion
} from "./shared.action+doclint+main.mjs";
import "./shared.action+doclint+lint-worker+main.mjs";

// src/bin.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v") && !existsIn(process.cwd())(argv[0])) {
  process.stdout.write(`${readVersion()}
`);
} else {
  const { main } = await import("./main.mjs");
  process.exitCode = await main({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
}
