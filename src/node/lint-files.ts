/**
 * The Node shell's entry point: lint files on disk. Config files and plugins, discovery,
 * `--changed-since`, the cache, the worker pool, then the engine's cross-file phase. The CLI,
 * the Action and editors call this; they only turn their inputs into `LintFilesOptions` and the
 * results into output.
 */
import { allIgnoredMessage, namedIgnoredMessage, type IgnoreHints } from './all-ignored.js';
import { LargePageWorker } from './large-pages.js';
import { DEFAULT_MAX_PAGE_MEMORY } from './page-memory.js';
import { workerFile } from './pool.js';
import { vmTimeLimit } from './time-limit.js';
import { resolve } from 'node:path';
import type { ChangeSet, LintResult, ParseLimits, Rule, SourceDocument } from '../types.js';
import { discoverForStdin } from './stdin.js';
import { resolveSettings } from '../engine/config/resolve.js';
import { crossCheck } from '../engine/cross-check.js';
import { problemOutcome } from '../engine/page-phase.js';
import { pageConfigs } from '../engine/config/prepare.js';
import type { ConfigResolver } from '../engine/config/cascade.js';
import { analyzePages, type AnalyzeStats, type CacheStrategy, type Concurrency } from './analyze.js';
import { DEFAULT_CACHE_FILE, PageCache } from './cache.js';
import { inShard, type Shard } from './shard.js';
import { createResult } from '../engine/report.js';
import { discover, UsageError } from './discover.js';
import {
  changesSince,
  changesStaged,
  indexedFiles,
  pagesMentioning,
  readStaged,
  stagedPagesMentioning,
  unstagedFiles,
  stagedCacheFile,
} from './git.js';
import { ConfigLoader, type LoadOptions } from './config/load-config.js';
import type { Plugin } from './config/plugins.js';
import { DEFAULT_MAX_FILE_SIZE, readTarget } from './read.js';
import { builtinRules } from '../../rules/index.js';
import { readVersion } from './version.js';

export interface LintFilesOptions extends LoadOptions {
  cwd: string;
  patterns: readonly string[];
  /** a git ref: lint what changed since, and what the change broke elsewhere */
  changedSince?: string;
  /**
   * judge the commit being made (the pre-commit hook): the staged pages, and what staged renames,
   * deletions and lost anchors break elsewhere; links resolve against the index (tracked or
   * staged files), not what else lies in the working tree
   */
  staged?: boolean;
  maxFileSize?: number;
  /** nesting and parse-time limits per page (engine defaults when absent) */
  limits?: ParseLimits;
  /**
   * MB of heap a page's parse and rules may take (default 512): pages are parsed in worker
   * threads bounded so (a page too long to stay under it on the main thread goes to one)
   */
  maxPageMemory?: number;
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
  /** false: lint the pages that `ignores` and `.doclintignore` name too (`--no-ignore`) */
  ignore?: boolean;
  /** a run whose every page is ignored warns instead of throwing a UsageError (`--allow-empty`) */
  allowEmpty?: boolean;
  /** how that message says to lint the ignored pages, or to accept it (the CLI's flags by default) */
  ignoreHints?: IgnoreHints;
  /** non-fatal problems (an unusable cache file): one line each, for stderr */
  warn?: (message: string) => void;
  /** told how the per-page phase went (`--stats`) */
  onStats?: (stats: AnalyzeStats) => void;
  /**
   * lint this page (`--stdin`: its path relative to cwd, its text) instead of `patterns`, in place
   * of the file at its path (which need not exist); links from other pages into it are not linted
   */
  stdin?: SourceDocument;
  /** a cache the caller keeps between runs, in place of the `cache` file (`--watch` keeps one in memory) */
  pageCache?: PageCache;
  /**
   * pages whose text is given in memory (`--fix` between its passes: the fixed text, not yet or
   * never written), by path relative to the root: linted and read by links from it, not from disk
   */
  texts?: ReadonlyMap<string, string>;
}

/** What a folder whose path is too long to list gets: said, never skipped silently. */
const TOO_LONG =
  'Folder path is longer than the system allows (ENAMETOOLONG): the files below it cannot be read, ' +
  'so they are neither linted nor found by links; shorten the folder names';

/** What a run found, and the rules it ran (the built-in rules and the plugins'), for the formatters. */
export interface LintFilesResult {
  results: LintResult[];
  rules: readonly Rule[];
  plugins: readonly Plugin[];
}

/**
 * The shell around the engine: config and plugins, discovery, `--changed-since`, reading,
 * linting. Throws ConfigError or UsageError for problems that stop a run; the CLI and the Action
 * share it. Each page gets the config of its own folder (config files from the project root down
 * to it, and the overrides that match it); pages that `ignores` or `.doclintignore` name are not
 * linted.
 */
export async function lintFiles(options: LintFilesOptions): Promise<LintFilesResult> {
  const { cwd, stdin } = options;
  const discovered = stdin ? await discoverForStdin(cwd, stdin.path) : await discover(cwd, options.patterns);
  // With --staged, what the commit will hold: files in the index (an untracked file does not count)
  const indexed = options.staged ? new Set(await indexedFiles(cwd)) : undefined;
  const paths = indexed ? discovered.paths.filter((path) => indexed.has(path)) : discovered.paths;
  const pages = indexed ? discovered.files.filter((path) => indexed.has(path)) : discovered.files;
  const loader = new ConfigLoader(cwd, builtinRules, options);
  const resolver = await loader.resolverFor(pages);
  const { rules, plugins } = loader;
  const largePages = new LargePageWorker({
    file: workerFile(),
    plugins: plugins.map((plugin) => plugin.url),
    maxPageMemory: options.maxPageMemory ?? DEFAULT_MAX_PAGE_MEMORY,
    ruleIds: rules.map((rule) => rule.meta.id),
    project: resolveSettings(resolver.rootConfig),
    limits: options.limits,
  });
  try {
    const named = new Set(discovered.named);
    const selection = await selectPages(options, pages, resolver, largePages, (path) => named.has(path));
    const project = { paths, tooLong: discovered.tooLong, resolver, rules, plugins, largePages };
    const results = await lintSelected(options, project, selection);
    return { results: withNotices(results, selection.ignoredNamed, resolver, options.ignoreHints), rules, plugins };
  } finally {
    await largePages.close();
  }
}

/** What `lintSelected` takes besides the options and the selection. */
interface Project {
  /** every file links may point at */
  paths: readonly string[];
  /** folders whose path is too long to list */
  tooLong: readonly string[];
  resolver: ConfigResolver;
  /** the built-in rules and the plugins' */
  rules: readonly Rule[];
  plugins: readonly Plugin[];
  largePages: LargePageWorker;
}

/** The per-page phase (cache, workers) and the cross-file phase over the selected pages. */
async function lintSelected(
  options: LintFilesOptions,
  { paths, tooLong, resolver, rules, plugins, largePages }: Project,
  { files, changes, changedPages }: Selection,
): Promise<LintResult[]> {
  const { cwd, stdin, maxFileSize = DEFAULT_MAX_FILE_SIZE } = options;
  const config = resolver.rootConfig;
  // With --staged, the files whose working-tree text is not what is staged: asked of git once
  const unstaged = options.staged ? new Set(await unstagedFiles(cwd)) : undefined;
  if (unstaged) warnUnstaged(files, unstaged, options.warn);
  const warn = options.warn ?? (() => undefined);
  // --staged --cache keeps the cache in the git folder, where no commit can bring one; without
  // one inside the root (a worktree's is elsewhere) it runs without a cache, never one in the tree
  const inGit = options.staged && options.cache && options.cacheLocation === undefined;
  const cacheFile = inGit ? await stagedCacheFile(cwd) : (options.cacheLocation ?? DEFAULT_CACHE_FILE);
  const cache =
    options.pageCache ??
    (options.cache && cacheFile !== undefined
      ? await PageCache.open(resolve(cwd, cacheFile), readVersion(), warn, cacheFile, cwd)
      : undefined);
  const configFor = resolver.uniform ? undefined : (path: string) => resolver.configFor(path);
  const configs = pageConfigs(config, rules, configFor);
  const { outcomes, stats } = await analyzePages({
    cwd,
    files,
    maxFileSize,
    configs,
    rules,
    plugins,
    largePages,
    ...(options.maxPageMemory === undefined ? {} : { maxPageMemory: options.maxPageMemory }),
    ...(cache ? { cache } : {}),
    ...(options.cacheStrategy ? { cacheStrategy: options.cacheStrategy } : {}),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(stdin || options.texts ? { documents: givenDocuments(stdin, options.texts) } : {}),
  });
  options.onStats?.(stats);
  for (const folder of tooLong) outcomes.push(problemOutcome(folder, TOO_LONG));
  const results = await crossCheck(
    outcomes,
    {
      paths,
      readFile: targetReader(cwd, maxFileSize, unstaged, largePages, givenDocuments(stdin, options.texts)),
      ...(changes ? { changes } : {}),
      ...(configFor ? { configFor } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      timeLimit: vmTimeLimit,
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
  return changes ? keepChangeFindings(results, changedPages) : results;
}

/**
 * The results with a warning on each page that was named on the command line but is ignored, in
 * path order: not linted, but never skipped without a word.
 */
function withNotices(
  results: LintResult[],
  ignoredNamed: readonly string[],
  resolver: ConfigResolver,
  hints: IgnoreHints | undefined,
): LintResult[] {
  if (ignoredNamed.length === 0) return results;
  const notices = ignoredNamed.map((path) =>
    createResult(path, [
      {
        ruleId: null,
        severity: 'warning',
        message: namedIgnoredMessage(resolver.ignoredBy(path)!, hints),
        path,
        line: 1,
        column: 1,
      },
    ]),
  );
  return [...results, ...notices].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The pages a run lints, and with `--changed-since` what changed. */
interface Selection {
  files: readonly string[];
  /** pages named on the command line that are ignored (and in the shard): each gets a warning */
  ignoredNamed: readonly string[];
  changes: ChangeSet | undefined;
  /** the pages that changed themselves (empty without `--changed-since`) */
  changedPages: Set<string>;
}

/**
 * Which of the discovered pages to lint: not those that `ignores` or `.doclintignore` name
 * (unless `--no-ignore`; when that leaves none, a UsageError or, with `--allow-empty`, a
 * warning), with `--changed-since` only the changed pages and those that link to what changed,
 * and with `--shard` only the shard's part.
 */
async function selectPages(
  options: LintFilesOptions,
  discovered: readonly string[],
  resolver: ConfigResolver,
  largePages: LargePageWorker,
  isNamed: (path: string) => boolean,
): Promise<Selection> {
  const { cwd, maxFileSize = DEFAULT_MAX_FILE_SIZE } = options;
  const matched =
    options.ignore === false ? discovered : discovered.filter((path) => resolver.ignoredBy(path) === undefined);
  let ignoredNamed =
    options.ignore === false
      ? []
      : discovered.filter((path) => isNamed(path) && resolver.ignoredBy(path) !== undefined);
  if (matched.length === 0 && !(options.staged && discovered.length === 0)) {
    // never silent: an ignore file from the checkout could otherwise hide every page
    const message = allIgnoredMessage(
      discovered,
      (path) => resolver.ignoredBy(path),
      options.allowEmpty === true,
      options.ignoreHints,
    );
    if (!options.allowEmpty) throw new UsageError(message);
    options.warn?.(message);
  }
  let files = matched;
  let changes: ChangeSet | undefined;
  let changedPages = new Set<string>();
  if (options.changedSince !== undefined || options.staged) {
    // the site's anchor sources and slugs, for the anchors pages had at the ref
    const site = resolveSettings(resolver.rootConfig);
    const fits = (text: string) => largePages.fits(text);
    const found =
      options.changedSince === undefined
        ? await changesStaged(cwd, site, options.limits, fits)
        : await changesSince(cwd, options.changedSince, site, options.limits, fits);
    changes = found.changes;
    changedPages = found.changed;
    const linkers = options.staged
      ? await stagedPagesMentioning(cwd, matched, changes)
      : await pagesMentioning(cwd, matched, changes, maxFileSize);
    files = matched.filter((path) => found.changed.has(path) || linkers.has(path));
  }
  if (options.shard) {
    const shard = options.shard;
    files = files.filter((path) => inShard(path, shard));
    ignoredNamed = ignoredNamed.filter((path) => inShard(path, shard));
  }
  return { files, ignoredNamed, changes, changedPages };
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

/**
 * `--staged` reads the pages it lints from the working tree, which is the index under pre-commit
 * (it stashes unstaged changes before the hooks run). Run by hand with unstaged edits to those
 * pages, the findings are about the edited text: say so.
 */
function warnUnstaged(files: readonly string[], unstaged: ReadonlySet<string>, warn?: (message: string) => void) {
  if (!warn) return;
  const edited = files.filter((path) => unstaged.has(path));
  if (edited.length === 0) return;
  const shown = edited
    .slice(0, 3)
    .map((path) => `\`${path}\``)
    .join(', ');
  const more = edited.length > 3 ? ` and ${edited.length - 3} more` : '';
  warn(
    `${shown}${more} also have unstaged changes: --staged lints the working tree's text of the pages it ` +
      'checks (pre-commit stashes unstaged changes first); stage or stash them to lint what will be committed',
  );
}

/**
 * How the cross-file phase reads a linked page that is not linted, for its anchors: from the
 * disk, and with `--staged` from the index where the working tree differs from it (one `git show`
 * per such page; the others are the same on disk, and reading them there is 10 times faster).
 * The cross-file phase parses it on the main thread: a page too long to parse there within the
 * memory bound is given to it only once a bounded worker has parsed it within the limits; one that
 * does not fit is as a page that cannot be read (the links into it are not checked).
 */
function targetReader(
  cwd: string,
  maxFileSize: number,
  unstaged: ReadonlySet<string> | undefined,
  largePages: LargePageWorker,
  given: ReadonlyMap<string, SourceDocument>,
) {
  const read = (path: string) =>
    given.has(path)
      ? Promise.resolve(given.get(path)!.text)
      : unstaged?.has(path)
        ? readStaged(cwd, path)
        : Promise.resolve(readTarget(cwd, path, maxFileSize));
  return async (path: string) => {
    const text = await read(path);
    return text === undefined || (await largePages.fits(text)) ? text : undefined;
  };
}

/** The pages given in memory: `--stdin`'s page, and `texts` (the fixed pages of `--fix`). */
function givenDocuments(
  stdin: SourceDocument | undefined,
  texts: ReadonlyMap<string, string> | undefined,
): Map<string, SourceDocument> {
  const given = new Map<string, SourceDocument>();
  for (const [path, text] of texts ?? []) given.set(path, { path, text });
  if (stdin) given.set(stdin.path, stdin);
  return given;
}
