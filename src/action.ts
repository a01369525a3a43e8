/**
 * The GitHub Action: inputs from `INPUT_*`, one lint run, then annotations on stdout, a job
 * summary appended to $GITHUB_STEP_SUMMARY, an optional SARIF file, and the outputs `errors`,
 * `warnings` and `exit-code` in $GITHUB_OUTPUT. The step fails as `fail-on` says.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LintResult, Rule } from './types.js';
import { describeError, type Stream } from './cli/output.js';
import { lintFiles } from './node/lint-files.js';
import { formatGithub } from './formatters/github.js';
import { formatMarkdown } from './formatters/markdown.js';
import { formatSarif } from './formatters/sarif.js';
import { readVersion } from './node/version.js';
import { writeFileAtomic } from './node/write-atomic.js';
import { safeWritePath } from './node/safe-path.js';
import { sanitizeLine } from './formatters/escape.js';
import { escapeData } from './formatters/github.js';

const FAIL_ON = ['error', 'warning', 'never'] as const;

/** An input as the runner passes it: `INPUT_` + the name in upper case (hyphens kept). */
const input = (env: Record<string, string | undefined>, name: string) =>
  (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();

/**
 * The Action, whatever happens: the outputs `errors`, `warnings` and `exit-code` are always
 * written, and a failure is one error annotation (never a stack trace only).
 */
export async function runAction(
  env: Record<string, string | undefined>,
  cwd: string,
  stdout: Stream,
  stderr: Stream,
): Promise<number> {
  const counts = { errors: 0, warnings: 0 };
  let exitCode: number;
  try {
    exitCode = await runSteps(env, cwd, stdout, stderr, counts);
  } catch (error) {
    const message = `doclint: ${(error as Error)?.message ?? String(error)}`;
    stderr.write(`${sanitizeLine(message)}\n`);
    stdout.write(`::error title=doclint::${escapeData(message)}\n`);
    exitCode = 2;
  }
  await writeOutputs(env, { ...counts, exitCode }).catch((error: unknown) => {
    stderr.write(
      `doclint: cannot write the step's outputs: ${sanitizeLine(String((error as Error)?.message ?? error))}\n`,
    );
  });
  return exitCode;
}

async function runSteps(
  env: Record<string, string | undefined>,
  cwd: string,
  stdout: Stream,
  stderr: Stream,
  counts: { errors: number; warnings: number },
): Promise<number> {
  const failOn = input(env, 'fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    stdout.write(
      `::error title=doclint::fail-on must be one of ${FAIL_ON.join(', ')}, not ${failOn.replace(/[\r\n%]/g, ' ')}\n`,
    );
    return 2;
  }
  const patterns = input(env, 'paths')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const config = input(env, 'config');
  const changedSince = input(env, 'changed-since');
  const sarifFile = input(env, 'sarif-file');
  const cache = input(env, 'cache') || 'true';
  if (cache !== 'true' && cache !== 'false') {
    stdout.write(`::error title=doclint::cache must be true or false, not ${cache.replace(/[\r\n%]/g, ' ')}\n`);
    return 2;
  }
  const allowEmpty = input(env, 'allow-empty') || 'false';
  if (allowEmpty !== 'true' && allowEmpty !== 'false') {
    stdout.write(
      `::error title=doclint::allow-empty must be true or false, not ${allowEmpty.replace(/[\r\n%]/g, ' ')}\n`,
    );
    return 2;
  }
  // Outside the checkout by default: a cache committed in a pull request could hide findings.
  const cacheLocation =
    input(env, 'cache-location') || (env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'doclint', '.doclintcache') : '');
  if (cache === 'true' && cacheLocation !== '' && !input(env, 'cache-location'))
    await mkdir(dirname(cacheLocation), { recursive: true });
  if (cache === 'true' && cacheLocation === '') {
    stderr.write(
      'doclint: warning: no RUNNER_TEMP and no cache-location: linting without a cache (the workspace is never the default)\n',
    );
  }

  let results: LintResult[];
  let rules: readonly Rule[];
  try {
    ({ results, rules } = await lintFiles({
      cwd,
      patterns,
      ...(config ? { config } : {}),
      ...(changedSince ? { changedSince } : {}),
      cache: cache === 'true' && cacheLocation !== '',
      ...(cacheLocation ? { cacheLocation } : {}),
      allowEmpty: allowEmpty === 'true',
      warn: (message) => stderr.write(`doclint: warning: ${sanitizeLine(message)}\n`),
    }));
  } catch (error) {
    const message = describeError(error).trim();
    stderr.write(`${message}\n`);
    stdout.write(
      `::error title=doclint::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`,
    );
    return 2;
  }

  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  Object.assign(counts, { errors, warnings });
  const internal = results.some((r) => r.diagnostics.some((d) => d.internal));
  const exitCode = internal ? 2 : failOn === 'never' ? 0 : errors > 0 || (failOn === 'warning' && warnings > 0) ? 1 : 0;

  stdout.write(formatGithub(results));
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, formatMarkdown(results));
  if (sarifFile) {
    try {
      // inside the workspace, never through a symbolic link out of it (see safe-path.ts)
      await writeFileAtomic(
        await safeWritePath(cwd, sarifFile),
        formatSarif(results, { rules, version: readVersion() }),
      );
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
      throw new Error(`cannot write the SARIF file \`${sarifFile}\`: ${reason}`);
    }
  }
  return exitCode;
}

async function writeOutputs(
  env: Record<string, string | undefined>,
  { errors, warnings, exitCode }: { errors: number; warnings: number; exitCode: number },
) {
  if (!env.GITHUB_OUTPUT) return;
  await appendFile(env.GITHUB_OUTPUT, `errors=${errors}\nwarnings=${warnings}\nexit-code=${exitCode}\n`);
}
