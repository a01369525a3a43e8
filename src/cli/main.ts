import { existsIn, protectFileArguments } from '../node/argv.js';
import { safeWritePath } from '../node/safe-path.js';
import { printableConfig } from '../engine/config/cascade.js';
import { type AnalyzeStats, type CacheStrategy, type Concurrency } from '../node/analyze.js';
import { parseShard, type Shard } from '../node/shard.js';
import { formatRuleList, listRules } from './explain.js';
import { type Format, format } from '../formatters/index.js';
import { ruleHelpUri } from '../formatters/sarif.js';
import { sanitizeForTerminal, sanitizeLine } from '../formatters/stylish.js';
import { toProjectPath } from '../node/discover.js';
import { ConfigLoader, type LoadOptions } from '../node/config/load-config.js';
import { describeFsError } from '../node/read.js';
import { localRuleDoc, readVersion } from '../node/version.js';
import { writeFileAtomic } from '../node/write-atomic.js';
import type { PageCache } from '../node/cache.js';
import { builtinRules } from '../../rules/index.js';
import type { Rule } from '../types.js';
import type { ExitCode, MainOptions, Stream } from './output.js';
import { createProgress, describeError, describeStats, exitCode, onlyErrors, parseConcurrency } from './output.js';
import { explainPage } from './explain-page.js';
import { readStdinDocument } from '../node/stdin.js';
import { watchAndReport } from './watch.js';
import { startServer } from '../lsp/server.js';
import { profileNotice, runInit } from './init.js';
import { MIN_MAX_PAGE_MEMORY } from '../node/page-memory.js';
import { lintFiles, type LintFilesResult } from '../node/lint-files.js';
import { parser } from './args.js';
import { fixDiff, fixConflict, fixSummary } from './fix.js';
import { fixFiles, type FixFilesResult } from '../node/fix-files.js';
import { join, relative, resolve } from 'node:path';
import { toPosix } from '../node/paths.js';
import {
  findProjectRoot,
  fromWorkingDirectory,
  holdsWorkingDirectory,
  shownRoot,
  type ProjectRoot,
} from '../node/project-root.js';
import type { LintResult } from '../types.js';

const version = readVersion();

/** The parsed command line, as yargs gives it. */
type Args = Awaited<ReturnType<ReturnType<typeof parser>['parseAsync']>>;

/** Where main reads and writes: the working directory, the streams and the environment. */
type Io = Omit<Required<MainOptions>, 'argv' | 'stdin'> & { stdin: () => AsyncIterable<Uint8Array | string> };

/** The numeric limits of the command line, checked and in the units the run takes. */
interface Limits {
  /** undefined or -1: no limit */
  maxWarnings: number | undefined;
  /** in bytes */
  maxFileSize: number;
  /** in whole milliseconds */
  maxParseTime: number;
  maxNesting: number;
  /** MB */
  maxPageMemory: number;
}

/** How a lint run is split: worker threads, and the part of the pages it lints. */
interface Parallelism {
  concurrency: Concurrency;
  shard: Shard | undefined;
}

/**
 * The command line as a function: parses argv, discovers and reads the pages, lints them,
 * writes the report and returns the exit code. Everything it prints goes through the streams.
 */
export async function main(options: MainOptions): Promise<ExitCode> {
  const { argv: given, cwd, stdout, stderr, env = process.env } = options;
  let argv = given;
  // process.stdin only when --stdin reads it: touching it opens the stream
  const io: Io = { cwd, stdout, stderr, env, stdin: () => options.stdin ?? process.stdin };
  if (argv[0] === 'init') return initCommand(argv.slice(1), io);
  argv = protectFileArguments(argv, existsIn(cwd)); // a page named --help.md is a page (see argv.ts)
  const args = await parseArguments(argv, io);
  if (typeof args === 'number') return args;
  const limits = checkLimits(args);
  if (typeof limits === 'string') return usageError(stderr, limits);

  const found = findProjectRoot(cwd, args.root);
  if (!holdsWorkingDirectory(found.root, cwd)) {
    return usageError(stderr, `--root \`${sanitizeLine(args.root ?? '')}\` does not contain the working directory`);
  }
  const typed = args._.map(String);
  // paths typed on the command line are the working directory's; the run works from the root
  const fromCwd = (path: string) => fromWorkingDirectory(found.root, cwd, path);
  const patterns = typed.length === 0 && found.root !== cwd ? [fromCwd('.')] : typed.map(fromCwd);
  const loadOptions = loadOptionsOf({
    ...args,
    ...(args.config === undefined ? {} : { config: fromCwd(args.config) }),
  });
  const conflict = singleShotConflict(args, typed) ?? editorConflict(args, typed) ?? fixConflict(args);
  if (conflict !== undefined) return usageError(stderr, conflict);
  if (args.lsp) return languageServer(args, io, loadOptions, limits, options.stdin);
  try {
    const single = {
      ...args,
      ...(args['print-config'] === undefined ? {} : { 'print-config': fromCwd(args['print-config']) }),
      ...(args.explain === undefined ? {} : { explain: fromCwd(args.explain) }),
    };
    const output = await singleShotOutput(single, found.root, loadOptions, limits.maxFileSize);
    if (output !== undefined) {
      stdout.write(output);
      return 0;
    }
  } catch (error) {
    stderr.write(describeError(error));
    return 2;
  }

  const parallelism = checkParallelism(args);
  if (typeof parallelism === 'string') return usageError(stderr, parallelism);
  if (args.staged && args['changed-since'] !== undefined) {
    return usageError(stderr, '--staged cannot be combined with --changed-since: it compares the index with HEAD');
  }
  const cacheLocation = args['cache-location'];
  const rooted = cacheLocation === undefined ? args : { ...args, 'cache-location': fromCwd(cacheLocation) };
  const filename = args['stdin-filename'];
  const run = { patterns, loadOptions, limits, parallelism, root: found };
  const runOptions = filename === undefined ? run : { ...run, stdinPath: fromCwd(filename) };
  if (args.watch) return watchAndReport(rooted, io, runOptions, lintAndReport);
  return lintAndReport(rooted, io, runOptions);
}

const INIT_HELP = [
  'doclint init [--dry-run]',
  '',
  'Write a starter .doclintrc.json for the tree in the working directory: the site profile of the',
  'generator that renders it (mdBook, MkDocs, Docusaurus, Hugo, Jekyll, an AWS guide, a GitHub',
  'repository), the folder `/` stands for, and the generated output not to lint. It reads only the',
  "generators' config files, runs nothing, and never overwrites a config that is there.",
  '',
  '  --dry-run  print the config on stdout instead of writing it',
  '',
  '(To lint a page or folder named `init`, write `./init`.)',
].join('\n');

/** `doclint init`: its own few options, then src/cli/init.ts. */
async function initCommand(argv: readonly string[], { cwd, stdout, stderr }: Io): Promise<ExitCode> {
  if (argv.some((arg) => arg === '--help' || arg === '-h')) {
    stdout.write(`${INIT_HELP}\n`);
    return 0;
  }
  const unknown = argv.find((arg) => arg !== '--dry-run');
  if (unknown !== undefined) {
    return usageError(
      stderr,
      `init takes only --dry-run, not \`${sanitizeLine(unknown)}\`; run \`doclint init --help\``,
    );
  }
  return runInit({ cwd, stdout, stderr, dryRun: argv.includes('--dry-run') });
}

/** A usage error: one line on stderr, and exit code 2. */
function usageError(stderr: Stream, message: string): ExitCode {
  stderr.write(`doclint: ${message}\n`);
  return 2;
}

/**
 * argv through yargs: the arguments, or the exit code when yargs refused them (2) or answered
 * itself (0: --help and --version, whose text it printed).
 */
async function parseArguments(argv: readonly string[], { stdout, stderr }: Io): Promise<Args | ExitCode> {
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
  return args;
}

/** --max-warnings, --max-file-size, --max-parse-time, --max-nesting, --max-page-memory: the limits or the problem. */
function checkLimits(args: Args): Limits | string {
  const maxWarnings = args['max-warnings'];
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < -1)) {
    return '--max-warnings expects a whole number (-1 for no limit)';
  }
  const maxFileSize = args['max-file-size'] * 1024 * 1024;
  if (!(maxFileSize > 0)) return '--max-file-size expects a positive number of megabytes';

  // vm's timeout takes whole milliseconds: 0.0105 s is 11 ms, not an error on every page
  const maxParseTime = Math.ceil(args['max-parse-time'] * 1000);
  if (!(maxParseTime > 0)) return '--max-parse-time expects a positive number of seconds';
  const maxNesting = args['max-nesting'];
  if (!Number.isInteger(maxNesting) || maxNesting < 1) {
    return '--max-nesting expects a whole number of levels, 1 or more';
  }
  const maxPageMemory = args['max-page-memory'];
  if (!Number.isInteger(maxPageMemory) || maxPageMemory < MIN_MAX_PAGE_MEMORY) {
    return `--max-page-memory expects a whole number of MB, ${MIN_MAX_PAGE_MEMORY} or more`;
  }
  return { maxWarnings, maxFileSize, maxParseTime, maxNesting, maxPageMemory };
}

/** How to find and load the config files: --config, --no-config-lookup and the directives option. */
function loadOptionsOf(args: Args): LoadOptions {
  return {
    ...(args.config === undefined ? {} : { config: args.config }),
    lookup: args['config-lookup'],
    reportUnusedDisableDirectives: args['report-unused-disable-directives'],
  };
}

/**
 * `--lsp`: the language server on stdin and stdout until the client ends it. The limits, config
 * options and `--cache` of the command line apply to it.
 */
async function languageServer(
  args: Args,
  io: Io,
  loadOptions: LoadOptions,
  limits: Limits,
  input: MainOptions['stdin'],
): Promise<ExitCode> {
  const cacheLocation = args['cache-location'];
  await startServer({
    input: (input ?? process.stdin) as NodeJS.ReadableStream,
    output: io.stdout as unknown as NodeJS.WritableStream,
    cwd: io.cwd,
    ...(args.root === undefined ? {} : { root: resolve(io.cwd, args.root) }),
    loadOptions: {
      ...loadOptions,
      ...(loadOptions.config === undefined ? {} : { config: resolve(io.cwd, loadOptions.config) }),
    },
    maxFileSize: limits.maxFileSize,
    limits: { maxNesting: limits.maxNesting, maxParseTime: limits.maxParseTime },
    maxPageMemory: limits.maxPageMemory,
    cache: args.cache,
    ...(cacheLocation === undefined ? {} : { cacheLocation: resolve(io.cwd, cacheLocation) }),
  });
  return 0;
}

/** The commands that print something and exit instead of linting. */
const SINGLE_SHOT = ['print-config', 'explain', 'list-rules'] as const;

/** The options that cannot come with --stdin or --watch. */
const NOT_WITH_EDITORS = ['changed-since', 'staged', 'shard', 'fix', 'fix-dry-run', ...SINGLE_SHOT] as const;

/**
 * What is wrong with --stdin, --stdin-filename and --watch as given; else undefined. A page on
 * standard input needs its path: its config and where its relative links lead depend on it.
 */
function editorConflict(args: Args, typed: readonly string[]): string | undefined {
  if (args['stdin-filename'] !== undefined && !args.stdin) return '--stdin-filename is for --stdin';
  const mode = args.lsp ? 'lsp' : args.stdin ? 'stdin' : args.watch ? 'watch' : undefined;
  if (mode === undefined) return undefined;
  if (args.lsp && (args.stdin || args.watch))
    return `--lsp cannot be combined with --${args.stdin ? 'stdin' : 'watch'}`;
  if (args.lsp && typed.length > 0) return "--lsp takes no paths: the pages are those under the editor's workspace";
  if (args.stdin && args.watch) return '--stdin cannot be combined with --watch';
  const other = NOT_WITH_EDITORS.find((name) => args[name] !== undefined && args[name] !== false);
  if (other !== undefined) return `--${mode} cannot be combined with --${other}`;
  if (!args.stdin) return undefined;
  if (typed.length > 0) return '--stdin takes no paths: the page is the one --stdin-filename names';
  if (args['stdin-filename'] === undefined || args['stdin-filename'] === '') {
    return (
      '--stdin needs --stdin-filename <path>: the page the text is, relative to the working directory ' +
      '(its config and where its relative links lead depend on it; it need not exist)'
    );
  }
  return undefined;
}

/** What is wrong when a single-shot command comes with another one or with paths; else undefined. */
function singleShotConflict(args: Args, typed: readonly string[]): string | undefined {
  const single = SINGLE_SHOT.filter((name) => args[name] !== undefined && args[name] !== false);
  if (single.length > 1 || (single.length === 1 && typed.length > 0)) {
    return `--${single[0]} ${single.length > 1 ? `cannot be combined with --${single[1]}` : 'takes no other paths'}`;
  }
  return undefined;
}

/** What --list-rules, --print-config or --explain prints; undefined when none of them was given. */
async function singleShotOutput(
  args: Args,
  cwd: string,
  loadOptions: LoadOptions,
  maxFileSize: number,
): Promise<string | undefined> {
  if (args['list-rules']) return ruleList(cwd, loadOptions, args.format);
  if (args['print-config'] !== undefined) return printConfig(cwd, args['print-config'], loadOptions);
  if (args.explain !== undefined) return explainPage(cwd, args.explain, loadOptions, maxFileSize);
  return undefined;
}

/** `--list-rules`: the built-in rules and those of the plugins of the config at the project root (or --config). */
async function ruleList(cwd: string, loadOptions: LoadOptions, formatName: Format): Promise<string> {
  const loader = new ConfigLoader(cwd, builtinRules, loadOptions);
  await loader.loadPlugins();
  const pluginOf = new Map(
    loader.plugins.flatMap((plugin) => plugin.rules.map((rule) => [rule.meta.id, plugin.specifier] as const)),
  );
  const docs = (rule: Rule) => ruleHelpUri(rule.meta, version) ?? localRuleDoc(rule.meta.id, cwd);
  const listing = listRules(loader.rules, docs, (rule) => pluginOf.get(rule.meta.id));
  return formatName === 'json' ? `${JSON.stringify(listing, null, 2)}\n` : formatRuleList(listing);
}

/** `--print-config <file>`: the config that applies to the page, as JSON. */
async function printConfig(cwd: string, file: string, loadOptions: LoadOptions): Promise<string> {
  const path = toProjectPath(cwd, file);
  const loader = new ConfigLoader(cwd, builtinRules, loadOptions);
  const resolver = await loader.resolverFor([path]);
  return `${JSON.stringify(printableConfig(resolver.configFor(path), loader.rules), null, 2)}\n`;
}

/** --concurrency and --shard: how to split the run, or what is wrong with them. */
function checkParallelism(args: Args): Parallelism | string {
  const concurrency = parseConcurrency(args.concurrency);
  if (concurrency === undefined) {
    return (
      '--concurrency expects a whole number of worker threads, "auto" or "off", ' +
      `not \`${sanitizeForTerminal(args.concurrency)}\``
    );
  }
  const shard = args.shard === undefined ? undefined : parseShard(args.shard);
  if (args.shard !== undefined && shard === undefined) {
    return `--shard expects i/n with 1 ≤ i ≤ n (such as 2/4), not \`${sanitizeForTerminal(args.shard)}\``;
  }
  return { concurrency, shard };
}

/** What a lint run takes besides the arguments: the checked options. */
interface RunOptions {
  patterns: string[];
  loadOptions: LoadOptions;
  limits: Limits;
  parallelism: Parallelism;
  /** the project root the run uses, and why */
  root: ProjectRoot;
  /** with --stdin: the page's path (--stdin-filename), relative to the root */
  stdinPath?: string;
  /** with --watch: the cache kept between runs, and who is told each run's results */
  pageCache?: PageCache;
  seen?: (results: readonly LintResult[]) => void;
}

/** The lint run: lints the pages, writes the report and gives the exit code. */
async function lintAndReport(args: Args, io: Io, options: RunOptions): Promise<ExitCode> {
  const { stdout, env } = io;
  try {
    const notice = args.config === undefined && args['config-lookup'] ? profileNotice(options.root.root) : undefined;
    if (notice !== undefined) io.stderr.write(notice);
    const run = await lint(args, { ...io, cwd: options.root.root }, options);
    noteRoot(run.results, options.root, io);
    const shown = shownFrom(run.results, options.root.root, io.cwd);
    const dryRun = args['fix-dry-run'];
    if ('fixed' in run) {
      const show = (path: string) => shownPath(path, options.root.root, io.cwd);
      if (dryRun) stdout.write(fixDiff(run.fixed, show));
      io.stderr.write(fixSummary(run, dryRun, show));
    }
    const results = args.quiet ? shown.map(onlyErrors) : shown;
    options.seen?.(results);
    const color =
      args.color ??
      (args['output-file'] === undefined && stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb');
    const report = format(args.format, results, { color, rules: run.rules, version });
    // --fix-dry-run: the diff has stdout; the report goes to stderr, or to --output-file
    const to = dryRun && args['output-file'] === undefined ? { ...io, stdout: io.stderr } : io;
    if (!(await writeReport(report, args['output-file'], to))) return 2;
    return exitCode(results, options.limits.maxWarnings);
  } catch (error) {
    io.stderr.write(describeError(error));
    return 2;
  }
}

/** lintFiles with the command line's options, progress on a terminal and, with --stats, the stats. */
async function lint(
  args: Args,
  { cwd, stderr, env, stdin }: Io,
  { patterns, loadOptions, limits, parallelism, stdinPath, pageCache }: RunOptions,
): Promise<LintFilesResult | FixFilesResult> {
  const page =
    stdinPath === undefined
      ? undefined
      : await readStdinDocument(stdin(), toProjectPath(cwd, stdinPath), limits.maxFileSize);
  const started = Date.now();
  const progress = createProgress(stderr, env, args.format);
  const fixing = args.fix || args['fix-dry-run'];
  const run = await (fixing ? (o: Parameters<typeof lintFiles>[0]) => fixFiles(o, args.fix) : lintFiles)({
    cwd,
    patterns,
    ...loadOptions,
    ...(args['changed-since'] === undefined ? {} : { changedSince: args['changed-since'] }),
    ...(args.staged ? { staged: true } : {}),
    ...(page ? { stdin: page } : {}),
    ...(pageCache ? { pageCache } : {}),
    maxFileSize: limits.maxFileSize,
    limits: { maxNesting: limits.maxNesting, maxParseTime: limits.maxParseTime },
    maxPageMemory: limits.maxPageMemory,
    onProgress: progress.update,
    cache: args.cache,
    ...(args['cache-location'] === undefined ? {} : { cacheLocation: args['cache-location'] }),
    cacheStrategy: args['cache-strategy'] as CacheStrategy,
    concurrency: parallelism.concurrency,
    ...(parallelism.shard ? { shard: parallelism.shard } : {}),
    ignore: args.ignore,
    allowEmpty: args['allow-empty'],
    warn: (message) => stderr.write(`doclint: warning: ${sanitizeLine(message)}\n`),
    ...(args.stats
      ? { onStats: (stats: AnalyzeStats) => stderr.write(describeStats(stats, Date.now() - started)) }
      : {}),
  });
  progress.done();
  return run;
}

/** The report to stdout, or to --output-file (atomically); false, having said why, when it cannot be written. */
async function writeReport(report: string, outputFile: string | undefined, { cwd, stdout, stderr }: Io) {
  if (outputFile === undefined) {
    stdout.write(report);
    return true;
  }
  try {
    await writeFileAtomic(await safeWritePath(cwd, outputFile), report);
    return true;
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : describeFsError(error);
    stderr.write(
      `doclint: cannot write the report to \`${sanitizeLine(outputFile)}\`: ${sanitizeForTerminal(reason)}\n`,
    );
    return false;
  }
}

/**
 * A link that leaves the project root is reported against the root the run used; when that root
 * was found above the working directory or named with --root, or when the search passed over a
 * marker in the home folder, say which it is and how to change it.
 */
function noteRoot(results: readonly LintResult[], found: ProjectRoot, { cwd, stderr }: Io) {
  const { root, reason, passedOver } = found;
  if (root === cwd && reason !== '--root' && passedOver === undefined) return;
  const outside = results.some((result) => result.diagnostics.some((d) => d.messageId === 'outsideRoot'));
  if (!outside) return;
  const why =
    reason === '--root'
      ? 'named with --root'
      : passedOver
        ? `the working directory: the ${passedOver.kind} \`${sanitizeLine(shownRoot(passedOver.folder, cwd))}\` ` +
          `is never taken as the root, even with its \`${passedOver.marker}\``
        : `the nearest folder with \`${reason}\``;
  stderr.write(
    `doclint: the project root is \`${sanitizeLine(shownRoot(root, cwd))}\` (${why}); ` +
      'links that leave it are reported; set another with --root\n',
  );
}

/** A path relative to the root, relative to the working directory instead. */
const shownPath = (path: string, root: string, cwd: string) =>
  root === cwd ? path : toPosix(relative(cwd, join(root, path)));

/** Results with paths relative to the working directory, as typed and as a terminal opens them. */
function shownFrom(results: readonly LintResult[], root: string, cwd: string): LintResult[] {
  if (root === cwd) return [...results];
  const show = (path: string) => shownPath(path, root, cwd);
  return results.map((result) => ({
    ...result,
    path: show(result.path),
    diagnostics: result.diagnostics.map((diagnostic) => ({ ...diagnostic, path: show(diagnostic.path) })),
  }));
}
