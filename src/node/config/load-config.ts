/**
 * Config files on disk: finding them (from each page's folder up to the project root), reading
 * `.json`, `.jsonc`, `.yaml`/`.yml` and package.json's `doclint` key, following `extends`, and
 * `.doclintignore`. What to do with them is `src/engine/config/cascade.ts`'s (no I/O there).
 *
 * Plugins (`plugins`) add rules, so they are loaded first: from the config at the project root
 * (or `--config`) and what it extends, before any config is checked against the rules.
 *
 * Trust: the project root is the working directory, and a repository may come from a stranger.
 * So a discovered config file is read only when it really is inside the root (not a symbolic link
 * out of it), and its `extends` and `plugins` may not leave the root. A file given with
 * `--config` is the user's own choice: it, what it extends and the plugins they list may be
 * anywhere. A plugin is code: it runs with the user's permissions (see docs/custom-rules.md).
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ignore from 'ignore';
import { loadBoundedYaml as loadYaml, YamlTooLargeError } from './bounded-yaml.js';
import stripJsonComments from 'strip-json-comments';
import type { Config, Rule } from '../../types.js';
import { ConfigError } from '../../engine/config/resolve.js';
import { isRelativePath, pluginSpecifierProblem, validateConfig } from './validate.js';
import {
  combinedError,
  ConfigResolver,
  copyData,
  fileLayers,
  type ConfigFile,
  type ConfigLayer,
  type IgnoreGlob,
} from '../../engine/config/cascade.js';
import { isPresetName, presetConfig } from '../../engine/config/presets.js';
import { combineRules } from '../../engine/config/rules.js';
import { mapLimit } from '../map-limit.js';
import { loadPlugins, type Plugin, type PluginSource } from './plugins.js';
import { describeFsError } from '../read.js';
import { isRecord } from '../../util/objects.js';
import { isInside } from '../paths.js';
import { toPosix } from '../paths.js';

/** The names a config file may have; package.json counts only when it has a `doclint` key. */
export const CONFIG_FILE_NAMES = [
  '.doclintrc.json',
  '.doclintrc.jsonc',
  '.doclintrc.yaml',
  '.doclintrc.yml',
  'doclint.config.json',
  'package.json',
];

/** gitignore-style list of pages not to lint, at the project root. */
export const IGNORE_FILE_NAME = '.doclintignore';

type Format = 'json' | 'jsonc' | 'yaml' | 'package.json';

function formatOf(file: string): Format {
  if (basename(file) === 'package.json') return 'package.json';
  if (/\.jsonc$/i.test(file)) return 'jsonc';
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  return 'json';
}

/** A config is small: a larger file is not one (and is not read whole). */
const MAX_CONFIG_SIZE = 1024 * 1024;

async function readIfExists(path: string, shown: string): Promise<string | undefined> {
  try {
    // A named pipe would make a plain read wait for a writer, forever.
    const info = await stat(path);
    if (!info.isFile()) throw new ConfigError(`${shown}: cannot read the config file: it is not a regular file`);
    if (info.size > MAX_CONFIG_SIZE)
      throw new ConfigError(`${shown}: cannot read the config file: it is larger than 1 MB`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigError(`${shown}: cannot read the config file: ${describeFsError(error)}`);
  }
}

/** Line and column of a 0-based offset, as `:line:column`. */
function place(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  return `:${lines.length}:${lines.at(-1)!.length + 1}`;
}

/** Where in the text a JSON.parse error points, as line:column. */
function jsonErrorPlace(text: string, error: Error): string {
  const at = /position (\d+)/.exec(error.message);
  return at ? place(text, Number(at[1])) : '';
}

/**
 * The data of a config file's text, by format. package.json without a `doclint` key gives
 * undefined (it is not a config file). Errors name the file, the line and the column.
 */
export function parseConfigText(text: string, shown: string, format: Format): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  switch (format) {
    case 'yaml':
      try {
        return loadYaml(source);
      } catch (error) {
        if (error instanceof YamlTooLargeError) throw new ConfigError(`${shown}: invalid YAML: ${error.message}`);
        const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
        const at = mark ? `:${mark.line + 1}:${mark.column + 1}` : '';
        throw new ConfigError(`${shown}${at}: invalid YAML: ${reason ?? (error as Error).message}`);
      }
    default: {
      // Comments and trailing commas become spaces, so that JSON.parse's positions stay true.
      const json = format === 'jsonc' ? stripJsonComments(source, { trailingCommas: true }) : source;
      let data: unknown;
      try {
        data = JSON.parse(json);
      } catch (error) {
        const reason = (error as Error).message.replace(/^JSON\.parse: /, '');
        throw new ConfigError(
          `${shown}${jsonErrorPlace(json, error as Error)}: ` +
            `invalid ${format === 'jsonc' ? 'JSONC' : 'JSON'}: ${reason}`,
        );
      }
      if (format !== 'package.json') return data;
      const isRecord = typeof data === 'object' && data !== null && !Array.isArray(data);
      return isRecord && Object.hasOwn(data as object, 'doclint') ? (data as { doclint: unknown }).doclint : undefined;
    }
  }
}

/** Validates config data; problems are prefixed with the file (and package.json's key). */
function checkConfig(data: unknown, shown: string, format: Format, rules: readonly Rule[]): Config {
  const prefix = format === 'package.json' ? `${shown} (\`doclint\` key)` : shown;
  try {
    validateConfig(data, rules);
  } catch (error) {
    if (error instanceof ConfigError) throw combinedError(error.problems.map((problem) => `${prefix}: ${problem}`));
    throw error;
  }
  return data;
}

/** Parses and validates a config file's text; errors name the file and the key. */
export function parseConfig(
  text: string,
  shown: string,
  rules: readonly Rule[],
  format: Format = formatOf(shown),
): Config {
  const data = parseConfigText(text, shown, format);
  if (data === undefined && format === 'package.json') throw new ConfigError(`${shown}: no \`doclint\` key`);
  return checkConfig(data, shown, format, rules);
}

export interface LoadOptions {
  /** `--config`: use this file only */
  config?: string;
  /** false with `--no-config-lookup`: no config files (the defaults, or `--config`) */
  lookup?: boolean;
  /** `--report-unused-disable-directives` */
  reportUnusedDisableDirectives?: boolean;
}

/**
 * Finds, reads and caches config files for a run; `resolverFor` gives the answer for a set of
 * pages. The rules config is checked against are the built-in rules and those of the plugins
 * the root config lists (`rules`, after `loadPlugins`).
 */
export class ConfigLoader {
  private rootReal: Promise<string>;
  private readonly parsed = new Map<string, Promise<{ data: unknown; format: Format }>>();
  private readonly folders = new Map<string, Promise<{ file?: ConfigFile; problems: string[] }>>();
  private current: readonly Rule[];
  private loadedPlugins: readonly Plugin[] = [];
  private pluginsLoaded: Promise<void> | undefined;

  constructor(
    private readonly cwd: string,
    private readonly builtin: readonly Rule[],
    private readonly options: LoadOptions = {},
  ) {
    this.rootReal = realpath(cwd).catch(() => resolve(cwd));
    this.current = builtin;
  }

  /** The rules of the run: the built-in rules, with the plugins' once they are loaded. */
  get rules(): readonly Rule[] {
    return this.current;
  }

  /** The plugins of the run (after `loadPlugins`). */
  get plugins(): readonly Plugin[] {
    return this.loadedPlugins;
  }

  private shown(file: string): string {
    return toPosix(relative(this.cwd, file)) || basename(file);
  }

  /** A config file's data, parsed but not checked (undefined: a package.json without `doclint`); read once. */
  private parse(file: string, shown: string): Promise<{ data: unknown; format: Format }> {
    let pending = this.parsed.get(file);
    if (!pending) {
      pending = (async () => {
        const text = await readIfExists(file, shown);
        if (text === undefined) throw new ConfigError(`${shown}: config file not found`);
        const format = formatOf(file);
        return { data: parseConfigText(text, shown, format), format };
      })();
      this.parsed.set(file, pending);
    }
    return pending;
  }

  /** A config file's data checked against the run's rules (undefined: a package.json without `doclint`). */
  private async read(file: string, shown: string): Promise<{ config: Config; format: Format } | undefined> {
    const { data, format } = await this.parse(file, shown);
    if (data === undefined) return undefined;
    return { config: checkConfig(data, shown, format, this.current), format };
  }

  /**
   * Loads the plugins that the config at the project root (or `--config`) and the files it
   * extends list, once; afterwards `rules` has their rules. Problems with those files other
   * than their plugins are left for `resolverFor` to report with the rest.
   */
  loadPlugins(): Promise<void> {
    this.pluginsLoaded ??= (async () => {
      const root = await this.rootConfigFile();
      if (!root) return;
      const sources = await this.pluginSources(root.file, root.shown, root.trusted, new Set([root.real]));
      if (sources.length === 0) return;
      this.loadedPlugins = await loadPlugins(sources, this.cwd, await this.rootReal);
      this.current = combineRules(
        this.builtin,
        this.loadedPlugins.flatMap((plugin) => plugin.rules),
      );
    })();
    return this.pluginsLoaded;
  }

  /** The config that may list plugins: `--config`, or the one at the project root. */
  private async rootConfigFile(): Promise<{ file: string; shown: string; real: string; trusted: boolean } | undefined> {
    if (this.options.config !== undefined) {
      const file = resolve(this.cwd, this.options.config);
      return { file, shown: this.options.config, real: await realpath(file).catch(() => file), trusted: true };
    }
    if (this.options.lookup === false) return undefined;
    const found = await this.locate('').catch(() => undefined);
    return found && { ...found, trusted: false };
  }

  /**
   * Whether what a config file extends and loads may come from anywhere: only when it was given
   * with --config (or extended by such a file) and is itself outside the project root. A file
   * inside the root came with the checkout, whoever named it: a pull request can change it.
   */
  private async trustedFile(file: string, trusted: boolean): Promise<boolean> {
    if (!trusted) return false;
    const real = await realpath(file).catch(() => file);
    return !isInside(await this.rootReal, real);
  }

  /** The `plugins` entries of a config file and of what it extends (theirs first), without checking the rest. */
  private async pluginSources(
    file: string,
    shown: string,
    trusted: boolean,
    seen: Set<string>,
  ): Promise<PluginSource[]> {
    const data = await this.parse(file, shown).then(
      (parsed) => parsed.data,
      () => undefined,
    );
    if (!isRecord(data)) return [];
    trusted = await this.trustedFile(file, trusted);
    const sources: PluginSource[] = [];
    const names = typeof data.extends === 'string' ? [data.extends] : Array.isArray(data.extends) ? data.extends : [];
    for (const name of names) {
      if (typeof name !== 'string' || isPresetName(name) || !isRelativePath(name)) continue;
      const target = resolve(dirname(file), name);
      const real = await realpath(target).catch(() => undefined);
      if (real === undefined || seen.has(real) || (!trusted && !isInside(await this.rootReal, real))) continue;
      seen.add(real);
      sources.push(...(await this.pluginSources(target, this.shown(target), trusted, seen)));
    }
    if (Array.isArray(data.plugins)) {
      data.plugins.forEach((specifier: unknown, index) => {
        if (typeof specifier === 'string' && specifier !== '' && pluginSpecifierProblem(specifier) === undefined) {
          sources.push({ specifier, index, file, shown, trusted });
        }
      });
    }
    return sources;
  }

  /**
   * A config file with its `extends` flattened into layers; globs of everything it brings in
   * are relative to `base`. `stack` holds the files being extended, to find a cycle.
   */
  private async flatten(
    file: string,
    shown: string,
    base: string,
    trusted: boolean,
    stack: Array<{ real: string; shown: string }>,
  ): Promise<ConfigFile | undefined> {
    // Before the rules are checked: their plugins are not loaded, and that is what to say.
    const { data } = await this.parse(file, shown);
    if (base !== '' && isRecord(data) && data.plugins !== undefined) {
      throw new ConfigError(
        `${shown}: \`plugins\`: only the config at the project root (the working directory) or --config, ` +
          'and the files it extends, may list plugins, since they add rules to the whole project; ' +
          `list them there, or run doclint from \`${base}\``,
      );
    }
    const loaded = await this.read(file, shown);
    if (!loaded) return undefined;
    const { config } = loaded;
    trusted = await this.trustedFile(file, trusted);
    const names =
      config.extends === undefined ? [] : typeof config.extends === 'string' ? [config.extends] : config.extends;
    const extended: ConfigLayer[] = [];
    const ignores: IgnoreGlob[] = [];
    for (const name of names) {
      if (isPresetName(name)) {
        extended.push({ source: `${name}, extended by ${shown}`, base, config: presetConfig(name, this.current)! });
        continue;
      }
      const target = resolve(dirname(file), name);
      let real: string;
      try {
        real = await realpath(target);
      } catch {
        throw new ConfigError(`${shown}: \`extends\`: cannot find \`${name}\``);
      }
      if (!trusted && !isInside(await this.rootReal, real)) {
        throw new ConfigError(
          base === '' && this.options.config !== undefined
            ? `${shown}: \`extends\`: \`${name}\` is outside the project root; ` +
                'a config file inside the project may only extend files inside it, even when named with --config'
            : `${shown}: \`extends\`: \`${name}\` is outside the project root; ` +
                'a config found in the project may only extend files inside it ' +
                '(a config given with --config may extend any file)',
        );
      }
      const cycle = stack.findIndex((entry) => entry.real === real);
      if (cycle !== -1) {
        const names = [...stack.slice(cycle).map((entry) => entry.shown), this.shown(target)];
        throw new ConfigError(`${shown}: \`extends\`: cycle: ${names.join(' → ')}`);
      }
      const child = await this.flatten(target, this.shown(target), base, trusted, [
        ...stack,
        { real, shown: this.shown(target) },
      ]);
      if (!child) throw new ConfigError(`${shown}: \`extends\`: \`${name}\` has no \`doclint\` key`);
      extended.push(...child.layers.map((layer) => ({ ...layer, source: `${layer.source}, extended by ${shown}` })));
      ignores.push(...child.ignores);
    }
    for (const glob of config.ignores ?? []) ignores.push({ glob, base, source: shown });
    return { shown, folder: base, layers: fileLayers(copyData(config), shown, base, extended), ignores };
  }

  /** The config file of one folder (POSIX, relative to the root), or the problems with it; read once. */
  private folder(folder: string): Promise<{ file?: ConfigFile; problems: string[] }> {
    let pending = this.folders.get(folder);
    if (!pending) {
      pending = this.findIn(folder).then(
        (file) => (file ? { file, problems: [] } : { problems: [] }),
        (error: unknown) => {
          if (!(error instanceof ConfigError)) throw error;
          return { problems: error.problems };
        },
      );
      this.folders.set(folder, pending);
    }
    return pending;
  }

  private async findIn(folder: string): Promise<ConfigFile | undefined> {
    const only = await this.locate(folder);
    if (!only) return undefined;
    return this.flatten(only.file, only.shown, folder, false, [{ real: only.real, shown: only.shown }]);
  }

  /** The config file in a folder, if any: one name of CONFIG_FILE_NAMES, really inside the root. */
  private async locate(folder: string): Promise<{ file: string; shown: string; real: string } | undefined> {
    const absolute = join(this.cwd, folder);
    let entries: string[];
    try {
      entries = await readdir(absolute);
    } catch {
      return undefined;
    }
    const present = new Set(entries);
    const found: Array<{ file: string; shown: string; real: string }> = [];
    for (const name of CONFIG_FILE_NAMES) {
      if (!present.has(name)) continue;
      const file = join(absolute, name);
      const shown = this.shown(file);
      const real = await realpath(file).catch(() => undefined);
      if (real === undefined) continue;
      if (name === 'package.json') {
        // Only a package.json with a `doclint` key is a config file; a broken one (an example
        // in the docs, say) is not one, and one linked from outside the root is not read.
        if (!isInside(await this.rootReal, real)) continue;
        let data: unknown;
        try {
          data = parseConfigText((await readIfExists(file, shown)) ?? '', shown, 'package.json');
        } catch {
          continue;
        }
        if (data === undefined) continue;
      }
      if (!isInside(await this.rootReal, real)) {
        throw new ConfigError(
          `${shown}: a symbolic link to a file outside the project root; ` +
            'doclint does not read it (use --config to read it on purpose)',
        );
      }
      found.push({ file, shown, real });
    }
    if (found.length > 1) {
      const named = found.map((f) =>
        basename(f.file) === 'package.json' ? `\`${f.shown}\` (\`doclint\` key)` : `\`${f.shown}\``,
      );
      throw new ConfigError(
        `${named.slice(0, -1).join(', ')} and ${named.at(-1)}: ` +
          `more than one config file in ${folder === '' ? 'the project root' : `folder \`${folder}\``}; keep one`,
      );
    }
    return found[0];
  }

  private async ignoreFile(): Promise<ConstructorParameters<typeof ConfigResolver>[0]['ignoreFile']> {
    const text = await readIfExists(join(this.cwd, IGNORE_FILE_NAME), IGNORE_FILE_NAME);
    if (text === undefined) return undefined;
    const matcher = ignore().add(text);
    return { source: IGNORE_FILE_NAME, ignores: (path) => matcher.ignores(path) };
  }

  /**
   * The resolver for a run over `pages` (POSIX paths relative to the root): every config file
   * from each page's folder up to the root is read (once per folder), or only `--config`.
   * Throws a ConfigError listing the problems of every file.
   */
  async resolverFor(pages: readonly string[]): Promise<ConfigResolver> {
    await this.loadPlugins();
    const ignoreFile = await this.ignoreFile();
    const common = {
      ...(ignoreFile ? { ignoreFile } : {}),
      ...(this.options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: true } : {}),
    };
    let resolver: ConfigResolver;
    if (this.options.config !== undefined) {
      const file = resolve(this.cwd, this.options.config);
      const shown = this.options.config;
      const real = await realpath(file).catch(() => file);
      // Globs of a --config file are relative to the project root, as with ESLint's --config.
      const explicit = await this.flatten(file, shown, '', true, [{ real, shown }]);
      if (!explicit) throw new ConfigError(`${shown}: no \`doclint\` key`);
      resolver = new ConfigResolver({ explicit, ...common });
    } else if (this.options.lookup === false) {
      resolver = new ConfigResolver(common);
    } else {
      const folders = new Set<string>(['']);
      for (const page of pages) {
        const parts = page.split('/').slice(0, -1);
        for (let end = 1; end <= parts.length; end++) folders.add(parts.slice(0, end).join('/'));
      }
      // Every folder at once; problems in folder order, so that the report is the same every run.
      const sorted = [...folders].sort();
      const found = await mapLimit(sorted, (folder) => this.folder(folder));
      const files = new Map<string, ConfigFile>();
      const problems: string[] = [];
      sorted.forEach((folder, i) => {
        const { file, problems: own } = found[i]!;
        if (file) files.set(folder, file);
        problems.push(...own);
      });
      if (problems.length > 0) throw combinedError([...new Set(problems)]);
      resolver = new ConfigResolver({ files, ...common });
    }
    const problems = resolver.projectWideProblems();
    if (problems.length > 0) throw combinedError(problems);
    return resolver;
  }
}
