/**
 * The language server's project: the facts of every page (the per-page phase's outcomes) kept in
 * memory, and the cross-file phase run over them again after each change. A page open in the
 * editor is linted from the editor's text, never cached; the others from the disk, through the
 * page cache (the `--cache` file when there is one, so that a start with a warm cache parses
 * nothing). The same shell as the CLI's: config files and plugins (src/node/config/), the files
 * `.gitignore` leaves, the limits on file size, nesting, parse time and memory.
 */
import { resolve } from 'node:path';
import type { Config, LintResult, ParseLimits, PageFacts, Rule, SourceDocument } from '../types.js';
import { analyzePages } from '../node/analyze.js';
import { exists } from '../node/exists.js';
import { DEFAULT_CACHE_FILE, PageCache } from '../node/cache.js';
import { ConfigLoader, type LoadOptions } from '../node/config/load-config.js';
import type { Plugin } from '../node/config/plugins.js';
import { listFiles } from '../node/discover.js';
import { LargePageWorker } from '../node/large-pages.js';
import { workerFile } from '../node/pool.js';
import { readTarget } from '../node/read.js';
import { vmTimeLimit } from '../node/time-limit.js';
import { readVersion } from '../node/version.js';
import { crossCheck } from '../engine/cross-check.js';
import { pageConfigs, type PageConfigs } from '../engine/config/prepare.js';
import type { PageOutcome } from '../engine/page-phase.js';
import type { ConfigResolver } from '../engine/config/cascade.js';
import { resolveSettings } from '../engine/config/resolve.js';
import { isMarkdownPath } from '../helpers/links.js';
import { builtinRules } from '../../rules/index.js';

export interface ProjectOptions {
  /** the project root, absolute */
  root: string;
  loadOptions: LoadOptions;
  maxFileSize: number;
  limits: ParseLimits;
  maxPageMemory: number;
  /** `--cache`: keep the per-page outcomes in the cache file (it is used anyway when it exists) */
  cache: boolean;
  /** `--cache-location`, relative to the root */
  cacheLocation?: string;
  warn: (message: string) => void;
}

/** What a load of the config gives: the rules, and each page's config. */
interface Setup {
  resolver: ConfigResolver;
  rules: readonly Rule[];
  plugins: readonly Plugin[];
  configs: PageConfigs;
  largePages: LargePageWorker;
}

export class LspProject {
  /** every file under the root that links may point at */
  paths = new Set<string>();
  /** the pages linted: Markdown files that no `ignores` names */
  readonly pages = new Set<string>();
  /** the per-page outcomes, by path */
  private readonly outcomes = new Map<string, PageOutcome>();
  /** the pages open in the editor, with the editor's text */
  private readonly open = new Map<string, SourceDocument>();
  private setup: Setup | undefined;
  private cache: PageCache | undefined;
  private fileCache = false;

  constructor(readonly options: ProjectOptions) {}

  get rules(): readonly Rule[] {
    return this.setup?.rules ?? builtinRules;
  }

  get loaded(): boolean {
    return this.setup !== undefined;
  }

  /** The facts of a linted page, as last linted. */
  facts(path: string): PageFacts | undefined {
    return this.outcomes.get(path)?.facts;
  }

  /** The config of a page, for its settings (the site profile, `rootDir`). */
  configOf(path: string): Config | undefined {
    return this.setup?.configs.configOf(path);
  }

  settingsOf(path: string) {
    return this.setup?.configs.preparedOf(path).settings;
  }

  /** The text of a page: the editor's when it is open, else the disk's (undefined when unreadable). */
  async textOf(path: string): Promise<string | undefined> {
    const given = this.open.get(path);
    if (given) return given.text;
    return readTarget(this.options.root, path, this.options.maxFileSize);
  }

  /**
   * (Re)loads everything: the files under the root, the config files and plugins, every page's
   * outcome (from the cache where the page and its config did not change). Throws a ConfigError
   * or a UsageError as the CLI would; the previous state stays then.
   */
  async load(): Promise<void> {
    const { root, loadOptions, limits, maxPageMemory } = this.options;
    const { files } = await listFiles(root);
    const markdown = files.filter((path) => isMarkdownPath(path));
    const loader = new ConfigLoader(root, builtinRules, loadOptions);
    const resolver = await loader.resolverFor(markdown);
    const { rules, plugins } = loader;
    const configFor = resolver.uniform ? undefined : (path: string) => resolver.configFor(path);
    const configs = pageConfigs(resolver.rootConfig, rules, configFor);
    const largePages = new LargePageWorker({
      file: workerFile(),
      plugins: plugins.map((plugin) => plugin.url),
      maxPageMemory,
      ruleIds: rules.map((rule) => rule.meta.id),
      project: resolveSettings(resolver.rootConfig),
      limits,
    });
    const previous = this.setup;
    this.setup = { resolver, rules, plugins, configs, largePages };
    await previous?.largePages.close();
    this.paths = new Set(files);
    this.pages.clear();
    for (const path of markdown) if (resolver.ignoredBy(path) === undefined) this.pages.add(path);
    for (const path of this.open.keys()) if (this.lintable(path)) this.pages.add(path);
    this.cache ??= await this.openCache();
    this.outcomes.clear();
    await this.analyze([...this.pages].sort(), 'auto');
    if (this.fileCache && this.cache) {
      this.cache.retain((path) => this.paths.has(path));
      await this.cache.save(this.options.warn);
    }
  }

  /** Whether a page would be linted: a Markdown file inside the root that no `ignores` names. */
  private lintable(path: string): boolean {
    return isMarkdownPath(path) && this.setup?.resolver.ignoredBy(path) === undefined;
  }

  /** The cache file when `--cache` asks for it or one is there already; else one in memory. */
  private async openCache(): Promise<PageCache> {
    const { root, cacheLocation, cache, warn } = this.options;
    const location = cacheLocation ?? DEFAULT_CACHE_FILE;
    const file = resolve(root, location);
    if (!cache && !(await exists(file))) return PageCache.inMemory(readVersion());
    this.fileCache = true;
    return PageCache.open(file, readVersion(), warn, location, root);
  }

  /** Lints `files` (open pages from the editor's text) and keeps their outcomes. */
  private async analyze(files: readonly string[], concurrency: 'auto' | 'off'): Promise<void> {
    const setup = this.setup;
    if (!setup || files.length === 0) return;
    const { root, maxFileSize, limits, maxPageMemory } = this.options;
    const documents = new Map<string, SourceDocument>();
    for (const path of files) {
      const given = this.open.get(path);
      if (given) documents.set(path, given);
    }
    const { outcomes } = await analyzePages({
      cwd: root,
      files,
      maxFileSize,
      configs: setup.configs,
      rules: setup.rules,
      plugins: setup.plugins,
      largePages: setup.largePages,
      maxPageMemory,
      limits,
      concurrency,
      documents,
      ...(this.cache ? { cache: this.cache } : {}),
    });
    for (const outcome of outcomes) this.outcomes.set(outcome.path, outcome);
  }

  /** A page opened or edited in the editor: linted from this text from now on. */
  setText(path: string, text: string): void {
    const bytes = Buffer.byteLength(text, 'utf8');
    const megabytes = (this.options.maxFileSize / 1024 / 1024).toFixed(1);
    this.open.set(
      path,
      bytes > this.options.maxFileSize
        ? { path, problem: `File is too large to lint (more than the limit of ${megabytes} MB, see --max-file-size)` }
        : { path, text },
    );
    if (this.lintable(path)) this.pages.add(path);
  }

  /** A page closed in the editor: linted from the disk again (it is dropped if it is not there). */
  closeDocument(path: string): void {
    this.open.delete(path);
    if (!this.paths.has(path)) {
      this.pages.delete(path);
      this.outcomes.delete(path);
    }
  }

  isOpen(path: string): boolean {
    return this.open.has(path);
  }

  /** Lints these pages again (open ones from the editor's text); pages no longer linted are dropped. */
  async relint(paths: Iterable<string>): Promise<void> {
    const wanted: string[] = [];
    for (const path of paths) {
      if (this.pages.has(path)) wanted.push(path);
      else this.outcomes.delete(path);
    }
    await this.analyze(wanted.sort(), 'off');
  }

  /** A file deleted on disk: links to it break (an open page stays, from the editor's text). */
  deleted(path: string): void {
    this.paths.delete(path);
    if (!this.open.has(path)) {
      this.pages.delete(path);
      this.outcomes.delete(path);
    }
  }

  /** The cross-file phase over every page's outcome: each linted page's result. */
  async check(): Promise<LintResult[]> {
    const setup = this.setup;
    if (!setup) return [];
    const { root, maxFileSize, limits } = this.options;
    const { configs, rules, resolver, largePages } = setup;
    const outcomes = [...this.pages].sort().flatMap((path) => this.outcomes.get(path) ?? []);
    const readFile = async (path: string) => {
      const text = this.open.get(path)?.text ?? (await readTarget(root, path, maxFileSize));
      return text === undefined || (await largePages.fits(text)) ? text : undefined;
    };
    return crossCheck(
      outcomes,
      {
        paths: [...this.paths, ...this.open.keys()],
        readFile,
        ...(resolver.uniform ? {} : { configFor: (path: string) => resolver.configFor(path) }),
        limits,
        timeLimit: vmTimeLimit,
      },
      resolver.rootConfig,
      rules,
      configs,
    );
  }

  /** Stops the bounded worker. */
  async dispose(): Promise<void> {
    await this.setup?.largePages.close();
  }
}
