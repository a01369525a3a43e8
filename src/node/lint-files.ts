/**
 * The Node shell's entry point: lint files on disk. Config files and plugins, discovery,
 * `--changed-since`, the cache, the worker pool, then the engine's cross-file phase. The CLI,
 * the Action and editors call this; they only turn their inputs into `LintFilesOptions` and the
 * results into output.
 */
import { allIgnoredMessage, type IgnoreHints } from './all-ignored.js';
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
  const { cwd, maxFileSize = DEFAULT_MAX_FILE_SIZE } = options;
  const { stdin } = options;
  const discovered = stdin ? await discoverForStdin(cwd, stdin.path) : await discover(cwd, options.patterns);
  // With --staged, what the commit will hold: files in the index (an untracked file does not count)
  const indexed = options.staged ? new Set(await indexedFiles(cwd)) : undefined;
  const paths = indexed ? discovered.paths.filter((path) => indexed.has(path)) : discovered.paths;
  const pages = indexed ? discovered.files.filter((path) => indexed.has(path)) : discovered.files;
  const loader = new ConfigLoader(cwd, builtinRules, options);
  const resolver = await loader.resolverFor(pages);
  const { rules, plugins } = loader;
  const config = resolver.rootConfig;
  const { files, changes, changedPages } = await selectPages(options, pages, resolver);
  // With --staged, the files whose working-tree text is not what is staged: asked of git once
  const unstaged = options.staged ? new Set(await unstagedFiles(cwd)) : undefined;
  if (unstaged) warnUnstaged(files, unstaged, options.warn);
  const warn = options.warn ?? (() => undefined);
  const cache =
    options.pageCache ??
    (options.cache
      ? await PageCache.open(
          resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE),
          readVersion(),
          warn,
          options.cacheLocation ?? DEFAULT_CACHE_FILE,
          cwd,
        )
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
    ...(cache ? { cache } : {}),
    ...(options.cacheStrategy ? { cacheStrategy: options.cacheStrategy } : {}),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(stdin ? { documents: new Map([[stdin.path, stdin]]) } : {}),
  });
  options.onStats?.(stats);
  for (const folder of discovered.tooLong) outcomes.push(problemOutcome(folder, TOO_LONG));
  const results = await crossCheck(
    outcomes,
    {
      paths,
      readFile: targetReader(cwd, maxFileSize, unstaged, stdin),
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
  return { results: changes ? keepChangeFindings(results, changedPages) : results, rules, plugins };
}

/** The pages a run lints, and with `--changed-since` what changed. */
interface Selection {
  files: readonly string[];
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
): Promise<Selection> {
  const { cwd, maxFileSize = DEFAULT_MAX_FILE_SIZE } = options;
  const matched =
    options.ignore === false ? discovered : discovered.filter((path) => resolver.ignoredBy(path) === undefined);
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
    const found =
      options.changedSince === undefined
        ? await changesStaged(cwd, site, options.limits)
        : await changesSince(cwd, options.changedSince, site, options.limits);
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
  }
  return { files, changes, changedPages };
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
 */
function targetReader(
  cwd: string,
  maxFileSize: number,
  unstaged: ReadonlySet<string> | undefined,
  stdin?: SourceDocument,
) {
  if (stdin) return async (path: string) => (path === stdin.path ? stdin.text : readTarget(cwd, path, maxFileSize));
  if (!unstaged) return (path: string) => readTarget(cwd, path, maxFileSize);
  return (path: string) => (unstaged.has(path) ? readStaged(cwd, path) : readTarget(cwd, path, maxFileSize));
}
