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

type FailOn = (typeof FAIL_ON)[number];

/** The Action's inputs, checked. */
interface Inputs {
  failOn: FailOn;
  patterns: string[];
  config: string;
  changedSince: string;
  sarifFile: string;
  cache: boolean;
  allowEmpty: boolean;
}

/** The steps: check the inputs, lint, then the annotations, the job summary and the SARIF file. */
async function runSteps(
  env: Record<string, string | undefined>,
  cwd: string,
  stdout: Stream,
  stderr: Stream,
  counts: { errors: number; warnings: number },
): Promise<number> {
  const inputs = readInputs(env);
  if (typeof inputs === 'string') {
    stdout.write(`::error title=doclint::${inputs}\n`);
    return 2;
  }
  const cacheLocation = await cacheLocationOf(env, inputs.cache, stderr);
  const run = await lint(cwd, inputs, cacheLocation, stdout, stderr);
  if (!run) return 2;

  const { results, rules } = run;
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  Object.assign(counts, { errors, warnings });
  const exitCode = stepExitCode(results, inputs.failOn, errors, warnings);

  stdout.write(formatGithub(results));
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, formatMarkdown(results));
  if (inputs.sarifFile) await writeSarif(cwd, inputs.sarifFile, results, rules);
  return exitCode;
}

/** An input in an annotation: a line break or `%` would end or escape it, so each is a space. */
const annotated = (value: string) => value.replace(/[\r\n%]/g, ' ');

/** The inputs, or what is wrong with them (for an error annotation). */
function readInputs(env: Record<string, string | undefined>): Inputs | string {
  const failOn = input(env, 'fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    return `fail-on must be one of ${FAIL_ON.join(', ')}, not ${annotated(failOn)}`;
  }
  const cache = input(env, 'cache') || 'true';
  if (cache !== 'true' && cache !== 'false') return `cache must be true or false, not ${annotated(cache)}`;
  const allowEmpty = input(env, 'allow-empty') || 'false';
  if (allowEmpty !== 'true' && allowEmpty !== 'false') {
    return `allow-empty must be true or false, not ${annotated(allowEmpty)}`;
  }
  return {
    failOn: failOn as FailOn,
    patterns: input(env, 'paths')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    config: input(env, 'config'),
    changedSince: input(env, 'changed-since'),
    sarifFile: input(env, 'sarif-file'),
    cache: cache === 'true',
    allowEmpty: allowEmpty === 'true',
  };
}

/**
 * The cache file: the `cache-location` input, else one under RUNNER_TEMP (its folder made when the
 * cache is on); '' when there is neither: the run then goes without a cache, and says so.
 */
async function cacheLocationOf(env: Record<string, string | undefined>, cache: boolean, stderr: Stream) {
  // Outside the checkout by default: a cache committed in a pull request could hide findings.
  const cacheLocation =
    input(env, 'cache-location') || (env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'doclint', '.doclintcache') : '');
  if (cache && cacheLocation !== '' && !input(env, 'cache-location'))
    await mkdir(dirname(cacheLocation), { recursive: true });
  if (cache && cacheLocation === '') {
    stderr.write(
      'doclint: warning: no RUNNER_TEMP and no cache-location: linting without a cache ' +
        '(the workspace is never the default)\n',
    );
  }
  return cacheLocation;
}

/** What the Action says to do about a run whose every page is ignored: its inputs, not CLI flags. */
const ACTION_IGNORE_HINTS = {
  lintThem: 'remove the ignore rule or narrow it (the Action has no input to lint ignored pages)',
  lintIt: 'remove the ignore rule or narrow it to lint it (the Action has no input to lint ignored pages)',
  acceptEmpty: 'set the input `allow-empty: true` to accept a run that lints nothing',
};

/** The lint run; undefined, having reported why (stderr and an error annotation), when it stopped. */
async function lint(
  cwd: string,
  { patterns, config, changedSince, cache, allowEmpty }: Inputs,
  cacheLocation: string,
  stdout: Stream,
  stderr: Stream,
): Promise<{ results: LintResult[]; rules: readonly Rule[] } | undefined> {
  try {
    return await lintFiles({
      cwd,
      patterns,
      ...(config ? { config } : {}),
      ...(changedSince ? { changedSince } : {}),
      cache: cache && cacheLocation !== '',
      ...(cacheLocation ? { cacheLocation } : {}),
      allowEmpty,
      ignoreHints: ACTION_IGNORE_HINTS,
      warn: (message) => stderr.write(`doclint: warning: ${sanitizeLine(message)}\n`),
    });
  } catch (error) {
    const message = describeError(error).trim();
    stderr.write(`${message}\n`);
    stdout.write(
      `::error title=doclint::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`,
    );
    return undefined;
  }
}

/** 2 on an internal error; else 1 when the findings fail the step as `fail-on` says, 0 when not. */
function stepExitCode(results: readonly LintResult[], failOn: FailOn, errors: number, warnings: number): number {
  if (results.some((r) => r.diagnostics.some((d) => d.internal))) return 2;
  if (failOn === 'never') return 0;
  return errors > 0 || (failOn === 'warning' && warnings > 0) ? 1 : 0;
}

/** The SARIF file: inside the workspace, never through a symbolic link out of it (see safe-path.ts). */
async function writeSarif(cwd: string, sarifFile: string, results: LintResult[], rules: readonly Rule[]) {
  try {
    await writeFileAtomic(await safeWritePath(cwd, sarifFile), formatSarif(results, { rules, version: readVersion() }));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
    throw new Error(`cannot write the SARIF file \`${sarifFile}\`: ${reason}`, { cause: error });
  }
}

async function writeOutputs(
  env: Record<string, string | undefined>,
  { errors, warnings, exitCode }: { errors: number; warnings: number; exitCode: number },
) {
  if (!env.GITHUB_OUTPUT) return;
  await appendFile(env.GITHUB_OUTPUT, `errors=${errors}\nwarnings=${warnings}\nexit-code=${exitCode}\n`);
}
