import yargs from 'yargs';
import type { ChangeSet, LintResult, ParseLimits } from './types.js';
import { ConfigError, resolveSettings } from './config/config.js';
import { lintProject } from './engine/lint-project.js';
import { DEFAULT_MAX_NESTING, DEFAULT_MAX_PARSE_TIME } from './engine/parse.js';
import { createResult } from './engine/report.js';
import { FORMATS, format, type Format } from './formatters/index.js';
import { sanitizeForTerminal, sanitizeLine } from './formatters/stylish.js';
import { discover, UsageError } from './node/discover.js';
import { changesSince, pagesMentioning } from './node/git.js';
import { loadConfig } from './node/load-config.js';
import { mapLimit } from './node/map-limit.js';
import { DEFAULT_MAX_FILE_SIZE, describeFsError, readDocument, readTarget } from './node/read.js';
import { readVersion } from './node/version.js';
import { writeFileAtomic } from './node/write-atomic.js';
import { resolve } from 'node:path';
import { builtinRules } from '../rules/index.js';

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
}

const version = readVersion();

const EPILOG = `Exit codes: 0 no errors, 1 lint errors (or more warnings than --max-warnings), 2 usage, config or internal error.
Config: .doclintrc.json or doclint.config.json, found from the working directory upward.`;

function parser(argv: readonly string[]) {
  return yargs([...argv])
    .scriptName('doclint')
    .usage('$0 [paths or globs…]\n\nLint Markdown documentation: required page structure and relative links.\nWith no paths, lints every Markdown file under the working directory (honouring .gitignore).')
    .option('format', { alias: 'f', choices: FORMATS, default: 'stylish' as Format, describe: 'Report format' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of looking one up' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only, not warnings' })
    .option('max-warnings', { type: 'number', describe: 'Exit with 1 when there are more warnings than this' })
    .option('max-file-size', { type: 'number', default: DEFAULT_MAX_FILE_SIZE / 1024 / 1024, describe: 'Skip pages larger than this many MB (reported)' })
    .option('max-parse-time', { type: 'number', default: DEFAULT_MAX_PARSE_TIME / 1000, describe: 'Skip pages that take longer than this many seconds to parse (reported)' })
    .option('max-nesting', { type: 'number', default: DEFAULT_MAX_NESTING, describe: 'Skip pages nested deeper than this many levels (reported)' })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to this file (atomically) instead of stdout' })
    .option('changed-since', { type: 'string', describe: 'Lint the pages changed since this git ref, and the pages whose links the change broke' })
    .option('color', { type: 'boolean', describe: 'Force colour on or off (default: on for a terminal, off with NO_COLOR)' })
    .example('$0', 'Lint every Markdown page under the current folder')
    .example('$0 docs/', 'Lint the pages under docs/; links still resolve against the whole tree')
    .example("$0 'guides/**/security.md'", 'Lint the pages a glob matches (quote it)')
    .example('$0 --format json > report.json', 'Machine-readable report (ESLint\'s JSON shape)')
    .example('$0 --max-warnings 0', 'Fail on warnings too')
    .example('$0 --format github', 'Annotations in a GitHub Actions run (at most 10 errors and 10 warnings per step)')
    .example('$0 -f sarif -o doclint.sarif', 'SARIF 2.1.0 for GitHub code scanning')
    .example('$0 -f markdown >> "$GITHUB_STEP_SUMMARY"', 'A job summary (kept under 1 MiB)')
    .example('$0 -f json -o report.json', 'Write the report to a file; the exit code still tells the result')
    .example('$0 --changed-since origin/main', 'Lint what a branch changed, and the pages it broke')
    .epilog(EPILOG)
    .strictOptions()
    .help()
    .alias('h', 'help')
    .version(version)
    .alias('v', 'version')
    .wrap(Math.min(110, process.stdout.columns ?? 80))
    .exitProcess(false);
}

/**
 * The command line as a function: parses argv, discovers and reads the pages, lints them,
 * writes the report and returns the exit code. Everything it prints goes through the streams.
 */
export async function main({ argv, cwd, stdout, stderr, env = process.env }: MainOptions): Promise<ExitCode> {
  let failure: string | undefined;
  let printed = '';
  const cli = parser(argv).fail((message, error) => {
    failure = error?.message ?? message;
  });
  let args;
  try {
    args = await cli.parseAsync([...argv], {}, (_error, _argv, output) => {
      printed = output;
    });
  } catch (error) {
    failure ??= (error as Error).message;
  }
  if (failure !== undefined) {
    stderr.write(`doclint: ${sanitizeForTerminal(failure)}\nRun \`doclint --help\` for usage.\n`);
    return 2;
  }
  if (printed !== '') {
    stdout.write(`${printed}\n`);
    return 0;
  }
  if (!args) return 2;
  if (args.help || args.version) return 0;

  const maxWarnings = args['max-warnings'];
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < -1)) {
    stderr.write('doclint: --max-warnings expects a whole number (-1 for no limit)\n');
    return 2;
  }
  const maxFileSize = args['max-file-size'] * 1024 * 1024;
  if (!(maxFileSize > 0)) {
    stderr.write('doclint: --max-file-size expects a positive number of megabytes\n');
    return 2;
  }

  const maxParseTime = args['max-parse-time'] * 1000;
  if (!(maxParseTime > 0)) {
    stderr.write('doclint: --max-parse-time expects a positive number of seconds\n');
    return 2;
  }
  const maxNesting = args['max-nesting'];
  if (!Number.isInteger(maxNesting) || maxNesting < 1) {
    stderr.write('doclint: --max-nesting expects a whole number of levels, 1 or more\n');
    return 2;
  }

  try {
    const progress = createProgress(stderr, env, args.format);
    let results = await lintPaths({
      cwd,
      patterns: args._.map(String),
      ...(args.config === undefined ? {} : { config: args.config }),
      ...(args['changed-since'] === undefined ? {} : { changedSince: args['changed-since'] }),
      maxFileSize,
      limits: { maxNesting, maxParseTime },
      onProgress: progress.update,
    });
    progress.done();
    if (args.quiet) results = results.map(onlyErrors);
    const color = args.color ?? (args['output-file'] === undefined && stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb');
    const report = format(args.format, results, { color, rules: builtinRules, version });
    const outputFile = args['output-file'];
    if (outputFile === undefined) stdout.write(report);
    else {
      try {
        await writeFileAtomic(resolve(cwd, outputFile), report);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : describeFsError(error);
        stderr.write(`doclint: cannot write the report to \`${sanitizeLine(outputFile)}\`: ${sanitizeForTerminal(reason)}\n`);
        return 2;
      }
    }
    return exitCode(results, maxWarnings);
  } catch (error) {
    stderr.write(describeError(error));
    return 2;
  }
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
  return `doclint: internal error: ${sanitizeForTerminal((error as Error)?.message ?? String(error))}\nPlease report this with the command you ran.\n`;
}

export interface LintPathsOptions {
  cwd: string;
  patterns: readonly string[];
  /** a config file, instead of looking one up */
  config?: string;
  /** a git ref: lint what changed since, and what the change broke elsewhere */
  changedSince?: string;
  maxFileSize?: number;
  /** nesting and parse-time limits per page (engine defaults when absent) */
  limits?: ParseLimits;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The shell around the engine: config, discovery, `--changed-since`, reading, linting. Throws
 * ConfigError or UsageError for problems that stop a run; the CLI and the Action share it.
 */
export async function lintPaths(options: LintPathsOptions): Promise<LintResult[]> {
  const { cwd, maxFileSize = DEFAULT_MAX_FILE_SIZE } = options;
  const { config } = await loadConfig(cwd, builtinRules, options.config);
  const { files: matched, paths } = await discover(cwd, options.patterns);
  let files = matched;
  let changes: ChangeSet | undefined;
  let changedPages = new Set<string>();
  if (options.changedSince !== undefined) {
    const found = await changesSince(cwd, options.changedSince, resolveSettings(config).anchors, options.limits);
    changes = found.changes;
    changedPages = found.changed;
    const linkers = await pagesMentioning(cwd, matched, changes, maxFileSize);
    files = matched.filter((path) => found.changed.has(path) || linkers.has(path));
  }
  const documents = await mapLimit(files, (path) => readDocument(cwd, path, maxFileSize));
  const results = await lintProject(
    {
      documents,
      paths,
      readFile: (path) => readTarget(cwd, path, maxFileSize),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(changes ? { changes } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    },
    config,
    builtinRules,
  );
  return changes ? keepChangeFindings(results, changedPages) : results;
}

/**
 * With `--changed-since`: every finding on a changed page, and on the other pages only what the
 * change broke; the pages read only because they might link to something removed are dropped
 * when the change broke nothing there.
 */
function keepChangeFindings(results: readonly LintResult[], changed: ReadonlySet<string>): LintResult[] {
  return results.flatMap((result) => {
    if (changed.has(result.path)) return [result];
    const diagnostics = result.diagnostics.filter((d) => d.causedByChange);
    if (diagnostics.length === 0) return [];
    return [createResult(result.path, diagnostics)];
  });
}

function onlyErrors(result: LintResult): LintResult {
  return createResult(result.path, result.diagnostics.filter((d) => d.severity === 'error'));
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
export function createProgress(stderr: Stream, env: Record<string, string | undefined>, formatName: Format, clock: () => number = Date.now) {
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
