import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
// yargs' CommonJS build: its ES build wraps help text in the middle of words ("working d / irectory").
import yargs from 'yargs/yargs';
import type { Root } from 'mdast';
import type { ChangeSet, LintResult, ParseLimits, Rule, Settings, TocEntry } from './types.js';
import { printableConfig } from './config/cascade.js';
import { ConfigError, resolveSettings } from './config/config.js';
import { crossCheck, pageConfigs } from './engine/lint-project.js';
import { analyzePages, type AnalyzeStats, type CacheStrategy, type Concurrency } from './node/analyze.js';
import { DEFAULT_CACHE_FILE, PageCache } from './node/cache.js';
import { inShard, parseShard, type Shard } from './node/shard.js';
import { formatExplanation, formatRuleList, listRules, type PluginListing } from './config/explain.js';
import { collectToc } from './engine/collect.js';
import { DEFAULT_MAX_NESTING, DEFAULT_MAX_PARSE_TIME, parseMarkdown } from './engine/parse.js';
import { createResult } from './engine/report.js';
import { FORMATS, format, type Format } from './formatters/index.js';
import { ruleHelpUri } from './formatters/sarif.js';
import { sanitizeForTerminal, sanitizeLine } from './formatters/stylish.js';
import { compileContracts, matchReason, pageIdentity, tocCandidates, tocReason } from './helpers/contract.js';
import { pageTitle, securityPageReason } from './helpers/structure.js';
import { renderedText } from './helpers/text.js';
import { discover, toProjectPath, UsageError } from './node/discover.js';
import { changesSince, pagesMentioning } from './node/git.js';
import { ConfigLoader, type LoadOptions } from './node/load-config.js';
import type { Plugin } from './node/plugins.js';
import { DEFAULT_MAX_FILE_SIZE, describeFsError, readDocument, readTarget } from './node/read.js';
import { localRuleDoc, readVersion } from './node/version.js';
import { writeFileAtomic } from './node/write-atomic.js';
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
Config: .doclintrc.json, .doclintrc.jsonc, .doclintrc.yaml (.yml), doclint.config.json or a "doclint" key in package.json, found from each page's folder up to the working directory (the project root); a nearer file overrides a farther one.
Pages not to lint: "ignores" in config, or a .doclintignore file (gitignore syntax) at the project root.`;

function parser(argv: readonly string[]) {
  return yargs([...argv])
    .scriptName('doclint')
    .usage('$0 [paths or globs…]\n\nLint Markdown documentation: required page structure and relative links.\nWith no paths, lints every Markdown file under the working directory (honouring .gitignore).')
    .option('format', { alias: 'f', choices: FORMATS, default: 'stylish' as Format, describe: 'Report format' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of looking them up (it may extend files and load plugins outside the project)' })
    .option('config-lookup', { type: 'boolean', default: true, describe: 'Look up config files (--no-config-lookup: use none; every rule at its default unless --config)' })
    .option('print-config', { type: 'string', describe: 'Print the config that applies to this page, as JSON, and exit' })
    .option('explain', { type: 'string', describe: 'Explain which rules apply to this page, with what severity and options, and which config set them' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'List every rule (built-in and from plugins) with its default severity, presets and docs, and exit' })
    .option('report-unused-disable-directives', { type: 'boolean', default: false, describe: 'Report doclint-disable comments that suppressed nothing (as warnings)' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only, not warnings' })
    .option('max-warnings', { type: 'number', describe: 'Exit with 1 when there are more warnings than this' })
    .option('max-file-size', { type: 'number', default: DEFAULT_MAX_FILE_SIZE / 1024 / 1024, describe: 'Skip pages larger than this many MB (reported)' })
    .option('max-parse-time', { type: 'number', default: DEFAULT_MAX_PARSE_TIME / 1000, describe: 'Skip pages that take longer than this many seconds to parse (reported)' })
    .option('max-nesting', { type: 'number', default: DEFAULT_MAX_NESTING, describe: 'Skip pages nested deeper than this many levels (reported)' })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to this file (atomically) instead of stdout' })
    .option('changed-since', { type: 'string', describe: 'Lint the pages changed since this git ref, and the pages whose links the change broke' })
    .option('cache', { type: 'boolean', default: false, describe: 'Remember each page\'s parse between runs; only changed pages are parsed again (links are always re-checked)' })
    .option('cache-location', { type: 'string', describe: `The cache file, or a folder for it (default: ${DEFAULT_CACHE_FILE})` })
    .option('cache-strategy', {
      type: 'string',
      choices: ['metadata', 'content'],
      default: 'metadata',
      describe: 'How the cache tells a page unchanged: by its size and modification time ("metadata"), reading it only when they differ, or by always reading and hashing it ("content")',
    })
    .option('concurrency', { type: 'string', default: 'auto', describe: 'Worker threads for parsing: a number, "auto" (by the run\'s size and the cores) or "off"' })
    .option('shard', { type: 'string', describe: 'Lint part i of n of the pages (for a CI matrix), e.g. 2/4; links still resolve against the whole tree' })
    .option('stats', { type: 'boolean', default: false, describe: 'Print on stderr how many pages were parsed, taken from the cache, and in how many worker threads' })
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
    .example('$0 --cache', 'Re-parse only the pages that changed since the last run')
    .example('$0 --shard 1/3', 'The first of three CI jobs; together they report what one run would')
    .example('$0 --print-config docs/security.md', 'The config that applies to a page, as JSON')
    .example('$0 --explain docs/security.md', 'Which rules apply to a page, and which config file or override set them')
    .example('$0 --list-rules', 'Every rule: default severity, fixable, presets, docs')
    .example('$0 -c ../shared/doclint.yaml', 'One config file for every page (it may extend files outside the project)')
    .example('$0 --no-config-lookup', 'Ignore the config files: every rule at its default')
    .example('$0 --report-unused-disable-directives', 'Also warn about doclint-disable comments that suppress nothing')
    .epilog(EPILOG)
    .strictOptions()
    .help()
    .alias('h', 'help')
    .version(version)
    .alias('v', 'version')
    .wrap(Math.min(80, process.stdout.columns ?? 80))
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


  const patterns = args._.map(String);
  const loadOptions: LoadOptions = {
    ...(args.config === undefined ? {} : { config: args.config }),
    lookup: args['config-lookup'],
    reportUnusedDisableDirectives: args['report-unused-disable-directives'],
  };
  const single = (['print-config', 'explain', 'list-rules'] as const).filter((name) => args[name] !== undefined && args[name] !== false);
  if (single.length > 1 || (single.length === 1 && patterns.length > 0)) {
    stderr.write(`doclint: --${single[0]} ${single.length > 1 ? `cannot be combined with --${single[1]}` : 'takes no other paths'}\n`);
    return 2;
  }
  try {
    if (args['list-rules']) {
      // The plugins of the config at the project root (or --config) add their rules.
      const loader = new ConfigLoader(cwd, builtinRules, loadOptions);
      await loader.loadPlugins();
      const pluginOf = new Map(loader.plugins.flatMap((plugin) => plugin.rules.map((rule) => [rule.meta.id, plugin.specifier] as const)));
      const docs = (rule: Rule) => ruleHelpUri(rule.meta, version) ?? localRuleDoc(rule.meta.id, cwd);
      const listing = listRules(loader.rules, docs, (rule) => pluginOf.get(rule.meta.id));
      stdout.write(args.format === 'json' ? `${JSON.stringify(listing, null, 2)}\n` : formatRuleList(listing));
      return 0;
    }
    if (args['print-config'] !== undefined) {
      const path = toProjectPath(cwd, args['print-config']);
      const loader = new ConfigLoader(cwd, builtinRules, loadOptions);
      const resolver = await loader.resolverFor([path]);
      stdout.write(`${JSON.stringify(printableConfig(resolver.configFor(path), loader.rules), null, 2)}\n`);
      return 0;
    }
    if (args.explain !== undefined) {
      stdout.write(await explainPage(cwd, args.explain, loadOptions, maxFileSize));
      return 0;
    }
  } catch (error) {
    stderr.write(describeError(error));
    return 2;
  }


  const concurrency = parseConcurrency(args.concurrency);
  if (concurrency === undefined) {
    stderr.write(`doclint: --concurrency expects a whole number of worker threads, "auto" or "off", not \`${sanitizeForTerminal(args.concurrency)}\`\n`);
    return 2;
  }
  const shard = args.shard === undefined ? undefined : parseShard(args.shard);
  if (args.shard !== undefined && shard === undefined) {
    stderr.write(`doclint: --shard expects i/n with 1 ≤ i ≤ n (such as 2/4), not \`${sanitizeForTerminal(args.shard)}\`\n`);
    return 2;
  }

  const started = Date.now();
  try {
    const progress = createProgress(stderr, env, args.format);
    const run = await lintRun({
      cwd,
      patterns,
      ...loadOptions,
      ...(args['changed-since'] === undefined ? {} : { changedSince: args['changed-since'] }),
      maxFileSize,
      limits: { maxNesting, maxParseTime },
      onProgress: progress.update,
      cache: args.cache,
      ...(args['cache-location'] === undefined ? {} : { cacheLocation: args['cache-location'] }),
      cacheStrategy: args['cache-strategy'] as CacheStrategy,
      concurrency,
      ...(shard ? { shard } : {}),
      warn: (message) => stderr.write(`doclint: warning: ${sanitizeForTerminal(message)}\n`),
      ...(args.stats ? { onStats: (stats: AnalyzeStats) => stderr.write(describeStats(stats, Date.now() - started)) } : {}),
    });
    progress.done();
    const { rules } = run;
    const results = args.quiet ? run.results.map(onlyErrors) : run.results;
    const color = args.color ?? (args['output-file'] === undefined && stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb');
    const report = format(args.format, results, { color, rules, version });
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

function describeStats({ pages, cached, parsed, workers }: AnalyzeStats, elapsed: number): string {
  const where = workers === 0 ? 'on the main thread' : `in ${workers} worker thread${workers === 1 ? '' : 's'}`;
  return `doclint: ${pages} page${pages === 1 ? '' : 's'}: ${cached} from the cache, ${parsed} parsed ${where} (${(elapsed / 1000).toFixed(1)} s so far)\n`;
}

function parseConcurrency(text: string): Concurrency | undefined {
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
  return `doclint: internal error: ${sanitizeForTerminal((error as Error)?.message ?? String(error))}\nPlease report this with the command you ran.\n`;
}

/** `--explain <file>`: reads the page (for its title) and says what applies to it and why. */
async function explainPage(cwd: string, file: string, loadOptions: LoadOptions, maxFileSize: number): Promise<string> {
  const path = toProjectPath(cwd, file);
  if (!(await stat(resolve(cwd, path)).then((info) => info.isFile(), () => false))) throw new UsageError(`No such file: \`${file}\``);
  const document = await readDocument(cwd, path, maxFileSize);
  if (document.text === undefined) throw new UsageError(`Cannot explain \`${file}\`: ${document.problem ?? 'it cannot be read'}`);
  const loader = new ConfigLoader(cwd, builtinRules, loadOptions);
  const resolver = await loader.resolverFor([path]);
  const explanation = resolver.explain(path);
  const tree = parseMarkdown(document.text);
  const title = pageTitle(tree);
  const settings = resolveSettings(explanation.config);
  return formatExplanation({
    explanation,
    rules: loader.rules,
    securityReason: securityPageReason(path, tree, settings),
    title: title ? renderedText(title) : undefined,
    plugins: loader.plugins.map((plugin): PluginListing => ({ specifier: plugin.specifier, listedIn: plugin.listedIn, ruleIds: plugin.rules.map((rule) => rule.meta.id) })),
    contracts: await explainContracts(cwd, path, tree, settings, maxFileSize),
  });
}

/** Why each contract of the page's config applies to it: by the page itself, or by its place in the nearest `index.md`. */
async function explainContracts(cwd: string, path: string, tree: Root, settings: Settings, maxFileSize: number) {
  const identity = pageIdentity(path, tree);
  let toc: { path: string; entries: TocEntry[] } | null | undefined;
  const tocOf = async () => {
    if (toc !== undefined) return toc;
    toc = null;
    for (const candidate of tocCandidates(path)) {
      const page = await readDocument(cwd, candidate, maxFileSize).catch(() => undefined);
      if (page?.text === undefined) continue;
      toc = { path: candidate, entries: collectToc(parseMarkdown(page.text), candidate, settings.rootDir) };
      break;
    }
    return toc;
  };
  const out: Array<{ name: string; description?: string; reason?: string }> = [];
  for (const contract of compileContracts(settings.contracts)) {
    let reason = matchReason(contract, identity);
    if (reason === undefined && contract.tocParent.length > 0) {
      const found = await tocOf();
      reason = found ? tocReason(contract, path, found.entries, found.path) : undefined;
    }
    const { description } = contract.contract;
    out.push({ name: contract.name, ...(description === undefined ? {} : { description }), ...(reason === undefined ? {} : { reason }) });
  }
  return out;
}

export interface LintPathsOptions extends LoadOptions {
  cwd: string;
  patterns: readonly string[];
  /** a git ref: lint what changed since, and what the change broke elsewhere */
  changedSince?: string;
  maxFileSize?: number;
  /** nesting and parse-time limits per page (engine defaults when absent) */
  limits?: ParseLimits;
  onProgress?: (done: number, total: number) => void;
  /** keep the per-page phase's outcomes between runs (`--cache`) */
  cache?: boolean;
  /** the cache file, or a folder for `.doclintcache` (relative to cwd) */
  cacheLocation?: string;
  /** how the cache tells a page unchanged (default `metadata`) */
  cacheStrategy?: CacheStrategy;
  /** worker threads for the per-page phase: a number, 'auto' (by the run's size) or 'off' */
  concurrency?: Concurrency;
  /** lint only this part of the pages (`--shard 2/4`); links still resolve against the whole tree */
  shard?: Shard;
  /** non-fatal problems (an unusable cache file): one line each, for stderr */
  warn?: (message: string) => void;
  /** told how the per-page phase went (`--stats`) */
  onStats?: (stats: AnalyzeStats) => void;
}

/** What a run found, and the rules it ran (the built-in rules and the plugins'), for the formatters. */
export interface LintRun {
  results: LintResult[];
  rules: readonly Rule[];
  plugins: readonly Plugin[];
}

/** `lintRun`, for callers that want only the results. */
export async function lintPaths(options: LintPathsOptions): Promise<LintResult[]> {
  return (await lintRun(options)).results;
}

/**
 * The shell around the engine: config and plugins, discovery, `--changed-since`, reading,
 * linting. Throws ConfigError or UsageError for problems that stop a run; the CLI and the Action
 * share it. Each page gets the config of its own folder (config files from the project root down
 * to it, and the overrides that match it); pages that `ignores` or `.doclintignore` name are not
 * linted.
 */
export async function lintRun(options: LintPathsOptions): Promise<LintRun> {
  const { cwd, maxFileSize = DEFAULT_MAX_FILE_SIZE } = options;
  const discovered = await discover(cwd, options.patterns);
  const { paths } = discovered;
  const loader = new ConfigLoader(cwd, builtinRules, options);
  const resolver = await loader.resolverFor(discovered.files);
  const { rules, plugins } = loader;
  const config = resolver.rootConfig;
  const matched = discovered.files.filter((path) => resolver.ignoredBy(path) === undefined);
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
  if (options.shard) {
    const shard = options.shard;
    files = files.filter((path) => inShard(path, shard));
  }
  const warn = options.warn ?? (() => undefined);
  const cache = options.cache
    ? await PageCache.open(resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE), version, warn, options.cacheLocation ?? DEFAULT_CACHE_FILE)
    : undefined;
  const configFor = resolver.uniform ? undefined : (path: string) => resolver.configFor(path);
  const configs = pageConfigs(config, rules, configFor);
  const { outcomes, stats } = await analyzePages({
    cwd,
    files,
    maxFileSize,
    configs,
    rules,
    plugins,
    ...(cache ? { cache } : {}),
    ...(options.cacheStrategy ? { cacheStrategy: options.cacheStrategy } : {}),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  options.onStats?.(stats);
  const results = await crossCheck(
    outcomes,
    {
      paths,
      readFile: (path) => readTarget(cwd, path, maxFileSize),
      ...(changes ? { changes } : {}),
      ...(configFor ? { configFor } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    },
    config,
    rules,
    configs,
  );
  if (cache) {
    const known = new Set(paths);
    cache.retain((path) => known.has(path));
    await cache.save(warn);
  }
  return { results: changes ? keepChangeFindings(results, changedPages) : results, rules, plugins };
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
