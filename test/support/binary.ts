/**
 * Runs the built command line (`dist/src/bin.js`) as a user's shell would: a child process
 * without the test runner's CI, colour and GitHub Actions variables, so what it prints is what a
 * terminal-less user sees.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const bin = join(repo, 'dist/src/bin.js');

export interface Outcome {
  /** the exit code; null when the process was killed (a timeout) */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** options for node itself, before the script (`--max-old-space-size=…`) */
  node?: string[];
  /** variables added to the cleaned environment */
  env?: Record<string, string>;
  /** standard input */
  input?: string | Buffer;
  /** milliseconds before the process is killed (default two minutes) */
  timeout?: number;
}

export function runDoclint(cwd: string, argv: readonly string[], options: RunOptions = {}): Outcome {
  const { CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, GITHUB_ACTIONS: _ga, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [...(options.node ?? []), bin, ...argv], {
    cwd,
    env: { ...inherited, ...options.env },
    encoding: 'utf8',
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout ?? 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
