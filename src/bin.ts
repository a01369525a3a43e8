#!/usr/bin/env node
import { readVersion } from './node/version.js';
import { existsIn } from './node/argv.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v') && !existsIn(process.cwd())(argv[0])) {
  // What editors and `npx doclint --version` ask most: answered before the linter is loaded.
  process.stdout.write(`${readVersion()}\n`);
} else {
  const { main } = await import('./cli/main.js');
  process.exitCode = await main({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
}
