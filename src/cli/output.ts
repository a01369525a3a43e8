/** What the front ends print besides the report: errors, stats, progress, and the exit code. */
import type { LintResult } from '../types.js';
import { ConfigError } from '../engine/config/resolve.js';
import { type AnalyzeStats, type Concurrency } from '../node/analyze.js';
import { createResult } from '../engine/report.js';
import { type Format } from '../formatters/index.js';
import { sanitizeForTerminal, sanitizeLine } from '../formatters/stylish.js';
import { UsageError } from '../node/discover.js';

export type ExitCode = 0 | 1 | 2;

export interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface MainOptions {
  argv: readonly string[];
  cwd: string;
  stdout: Stream;
  stderr: Stream;
  env?: Record<string, string | undefined>;
  /** what `--stdin` reads (default: the process's standard input) */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export function describeStats({ pages, cached, parsed, workers }: AnalyzeStats, elapsed: number): string {
  const where = workers === 0 ? 'on the main thread' : `in ${workers} worker thread${workers === 1 ? '' : 's'}`;
  const seconds = (elapsed / 1000).toFixed(1);
  const count = `${pages} page${pages === 1 ? '' : 's'}`;
  return `doclint: ${count}: ${cached} from the cache, ${parsed} parsed ${where} (${seconds} s so far)\n`;
}

export function parseConcurrency(text: string): Concurrency | undefined {
  if (text === 'auto' || text === 'off') return text;
  if (!/^\d+$/.test(text)) return undefined;
  const count = Number(text);
  return count === 0 ? 'off' : count <= 64 ? count : undefined;
}

/**
 * What to print for an error that stops a run (exit code 2). Config problems quote keys and
 * values from the config file, which may come with a cloned repository, so every message is
 * made safe for a terminal, as reports are.
 */
export function describeError(error: unknown): string {
  if (error instanceof ConfigError) {
    return `doclint: invalid configuration\n${error.problems.map((p) => `  ${sanitizeLine(p)}`).join('\n')}\n`;
  }
  if (error instanceof UsageError) return `doclint: ${sanitizeLine(error.message)}\n`;
  const message = sanitizeForTerminal((error as Error)?.message ?? String(error));
  return `doclint: internal error: ${message}\nPlease report this with the command you ran.\n`;
}

export function onlyErrors(result: LintResult): LintResult {
  return createResult(
    result.path,
    result.diagnostics.filter((d) => d.severity === 'error'),
  );
}

export function exitCode(results: readonly LintResult[], maxWarnings?: number): ExitCode {
  if (results.some((r) => r.diagnostics.some((d) => d.internal))) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) return 1;
  return 0;
}

/**
 * Progress on stderr for long runs: only on a terminal, never in CI, never for machine formats,
 * and only once the run has taken more than a second.
 */
export function createProgress(
  stderr: Stream,
  env: Record<string, string | undefined>,
  formatName: Format,
  clock: () => number = Date.now,
) {
  const enabled = stderr.isTTY === true && !env.CI && formatName === 'stylish';
  const started = clock();
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number) {
      if (!enabled) return;
      const now = clock();
      if (now - started < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      stderr.write(`\r\u001B[2KLinting ${done}/${total} pages…`);
    },
    done() {
      if (shown) stderr.write('\r\u001B[2K');
    },
  };
}
