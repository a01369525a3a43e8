/**
 * The configuration cascade, without I/O: config files (their `extends` already flattened into
 * layers) → the effective config of each page, which pages are ignored, and why (`--explain`).
 *
 * Precedence, lowest first: the defaults; then each config file from the project root down to
 * the page's folder (a nearer file wins over a farther one); within a file, what it extends (in
 * order), its own keys, then each of its `overrides` whose `files` match the page (in order).
 */
import type { Config, ConfigSettings, Rule, RuleSetting, Settings } from '../../types.js';
import { ConfigError, resolveSettings } from './resolve.js';
import { presetConfig } from './presets.js';
import { defaultSeverityOf } from './rules.js';
import { rebaseGlob } from '../../contracts/compile.js';
import { compileGlob as compilePattern, matchesGlob, matchesGlobOrFolder } from '../../contracts/wildcard.js';
import { isRecord as isObject } from '../../util/objects.js';
import { severityOf } from './resolve.js';

/** Keys that must never be copied from config data into an object (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Own enumerable keys that are safe to copy. */
const safeKeys = (value: object): string[] => Object.keys(value).filter((key) => !FORBIDDEN_KEYS.has(key));

/**
 * A deep copy of JSON-like data with `__proto__`, `constructor` and `prototype` keys dropped: what
 * a merge copies from config data, so that no config can reach an object's prototype.
 */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of safeKeys(value)) copy[key] = copyData(value[key]);
  return copy as T;
}

/** One source of config in the cascade: a file's own keys, one of its overrides, or a preset. */
export interface ConfigLayer {
  /** as `--explain` names it: `docs/.doclintrc.json`, `… overrides[0]`, `doclint:recommended (extended by …)` */
  source: string;
  /** the folder (POSIX, relative to the project root, '' for the root) that `files` are relative to */
  base: string;
  /** an override's globs: the layer applies to the pages they match; none: to every page it covers */
  files?: string[];
  /** what it sets: `rules`, `settings` and the directive options (never `extends`, `overrides`, `ignores`) */
  config: Config;
}

export interface IgnoreGlob {
  glob: string;
  /** the folder the glob is relative to, '' for the project root */
  base: string;
  /** the config file it is written in */
  source: string;
}

/** A config file with its `extends` flattened. */
export interface ConfigFile {
  /** its path as messages show it (relative to the working directory) */
  shown: string;
  /** the folder whose pages it applies to, '' for the project root (a `--config` file: '') */
  folder: string;
  /** lowest precedence first: extended configs, its own keys, its overrides */
  layers: ConfigLayer[];
  ignores: IgnoreGlob[];
}

/** The engine's part of a config: what a layer sets. */
export function engineKeys(config: Config): Config {
  const picked: Config = {};
  if (config.rules !== undefined) picked.rules = config.rules;
  if (config.settings !== undefined) picked.settings = config.settings;
  if (config.requireDirectiveReason !== undefined) picked.requireDirectiveReason = config.requireDirectiveReason;
  if (config.reportUnusedDisableDirectives !== undefined)
    picked.reportUnusedDisableDirectives = config.reportUnusedDisableDirectives;
  if (config.contracts !== undefined) picked.contracts = config.contracts;
  return picked;
}

/**
 * The layers of one config file, given the layers of what it extends (already flattened, with
 * globs relative to `base`): those first, then its own keys, then its overrides.
 */
export function fileLayers(
  config: Config,
  source: string,
  base: string,
  extended: readonly ConfigLayer[],
): ConfigLayer[] {
  const layers = [...extended, { source, base, config: engineKeys(config) }];
  (config.overrides ?? []).forEach((override, i) => {
    const own: Config = {};
    if (override.rules !== undefined) own.rules = override.rules;
    if (override.settings !== undefined) own.settings = override.settings;
    layers.push({ source: `${source} overrides[${i}]`, base, files: override.files, config: own });
  });
  return layers;
}

/** Which config layer set each part of an effective config. */
export interface Provenance {
  rules: Record<string, { severity: string; options?: string }>;
  /** `securityPage.fileNames`, `anchors.htmlId`, `rootDir`, `site`, `links.ignore` → source */
  settings: Record<string, string>;
  requireDirectiveReason?: string;
  reportUnusedDisableDirectives?: string;
  /** contract name → source */
  contracts?: Record<string, string>;
}

const optionsOf = (setting: RuleSetting | undefined) =>
  Array.isArray(setting) && setting.length > 1 ? setting[1] : undefined;

/**
 * Merges `layer` over `target` in place. A severity alone (`"warn"`) keeps the options set
 * earlier; `[severity, options]` replaces them (they are merged over the rule's defaults later).
 * Settings merge key by key (a list replaces the list). Only safe keys are copied.
 */
export function mergeConfig(target: Config, layer: Config, source = '', provenance?: Provenance, base = ''): Config {
  if (isObject(layer.rules)) {
    const rules = (target.rules ??= {});
    for (const id of safeKeys(layer.rules)) {
      const next = layer.rules[id]!;
      const options = optionsOf(next) ?? optionsOf(rules[id]);
      rules[id] = options === undefined ? severityOf(next) : [severityOf(next), copyData(options)];
      if (provenance) {
        const entry = (provenance.rules[id] ??= { severity: source });
        entry.severity = source;
        if (optionsOf(next) !== undefined) entry.options = source;
      }
    }
  }
  if (isObject(layer.settings)) {
    const settings: ConfigSettings = (target.settings ??= {});
    for (const group of ['securityPage', 'anchors'] as const) {
      const values = layer.settings[group];
      if (!isObject(values)) continue;
      const merged = (settings[group] ??= {}) as Record<string, unknown>;
      for (const key of safeKeys(values)) {
        merged[key] = copyData(values[key]);
        if (provenance) provenance.settings[`${group}.${key}`] = source;
      }
    }
    if (typeof layer.settings.rootDir === 'string') {
      settings.rootDir = layer.settings.rootDir;
      if (provenance) provenance.settings.rootDir = source;
    }
    mergeSiteSettings(settings, layer.settings, source, provenance);
  }
  if (typeof layer.requireDirectiveReason === 'boolean') {
    target.requireDirectiveReason = layer.requireDirectiveReason;
    if (provenance) provenance.requireDirectiveReason = source;
  }
  if (typeof layer.reportUnusedDisableDirectives === 'string') {
    target.reportUnusedDisableDirectives = layer.reportUnusedDisableDirectives;
    if (provenance) provenance.reportUnusedDisableDirectives = source;
  }
  if (isObject(layer.contracts)) {
    // A contract replaces one of the same name whole; its globs become relative to the project root.
    const contracts = (target.contracts = { ...target.contracts });
    for (const name of safeKeys(layer.contracts)) {
      const contract = copyData(layer.contracts[name]!);
      const files = contract.match?.files;
      if (files !== undefined && base !== '')
        contract.match.files = [files].flat().map((glob) => rebaseGlob(glob, base));
      contracts[name] = contract;
      if (provenance) (provenance.contracts ??= {})[name] = source;
    }
  }
  return target;
}

/**
 * `settings.site` and `settings.links`: a later layer's site replaces the site; `links.ignore`
 * replaces the list, `links.sites` merges prefix by prefix, `links.folders` replaces.
 */
function mergeSiteSettings(target: ConfigSettings, layer: ConfigSettings, source: string, provenance?: Provenance) {
  if (typeof layer.site === 'string') {
    target.site = layer.site;
    if (provenance) provenance.settings.site = source;
  }
  const links = layer.links;
  if (!isObject(links)) return;
  const merged = (target.links = { ...target.links });
  if (Array.isArray(links.ignore)) merged.ignore = copyData(links.ignore);
  if (isObject(links.sites)) {
    const sites = (merged.sites = { ...merged.sites });
    for (const prefix of safeKeys(links.sites)) sites[prefix] = links.sites[prefix]!;
  }
  if (typeof links.folders === 'boolean') merged.folders = links.folders;
  if (provenance) {
    for (const key of ['ignore', 'sites', 'folders'] as const)
      if (links[key] !== undefined) provenance.settings[`links.${key}`] = source;
  }
}

/** The page path relative to `base`, or undefined when the page is not below it. */
function relativeTo(base: string, path: string): string | undefined {
  if (base === '') return path;
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : undefined;
}

/**
 * A glob with a `/` matches the path from `base`; one without matches a file name at any depth.
 * Globs come from config files, which come with the repository: they are matched by
 * src/contracts/wildcard.ts, which cannot backtrack (picomatch compiles a glob such as
 * `*a*a*a*a*a*a*a*a*a*b` to a regular expression that takes seconds on a 40-character name).
 */
function compileGlob(glob: string): (path: string) => boolean {
  const compiled = compilePattern(glob);
  return (path) => matchesGlob(compiled, path);
}

const compiled = new WeakMap<object, (path: string) => boolean>();

function layerMatches(layer: ConfigLayer, path: string): boolean {
  if (!layer.files) return true;
  const relative = relativeTo(layer.base, path);
  if (relative === undefined) return false;
  let match = compiled.get(layer);
  if (!match) {
    const globs = layer.files.map(compileGlob);
    match = (p) => globs.some((g) => g(p));
    compiled.set(layer, match);
  }
  return match(relative);
}

/**
 * An ignore glob matches a page, or a folder the page is in (`generated`, `generated/`,
 * `generated/**` all ignore what is below `generated`); a trailing `/` matches folders only.
 */
function ignoreMatches(entry: IgnoreGlob, path: string): boolean {
  const relative = relativeTo(entry.base, path);
  if (relative === undefined) return false;
  let match = compiled.get(entry);
  if (!match) {
    const folderOnly = entry.glob.endsWith('/');
    const glob = compilePattern(entry.glob.replace(/\/+$/, ''));
    match = (p) => matchesGlobOrFolder(glob, p, folderOnly);
    compiled.set(entry, match);
  }
  return match(relative);
}

export interface ResolverOptions {
  /** discovered config files by the folder they are in ('' for the project root) */
  files?: ReadonlyMap<string, ConfigFile>;
  /** `--config`: the only config file, for every page */
  explicit?: ConfigFile;
  /** `--report-unused-disable-directives`: at least `warn` on every page */
  reportUnusedDisableDirectives?: boolean;
  /** another source of ignored pages (`.doclintignore`) */
  ignoreFile?: { source: string; ignores(path: string): boolean };
}

export interface Explanation {
  path: string;
  /** why the page is not linted */
  ignoredBy?: { source: string; glob?: string };
  /** the config files that apply, farthest first, with each layer and whether it applies */
  files: Array<{ shown: string; layers: Array<{ source: string; files?: string[]; applies: boolean }> }>;
  config: Config;
  provenance: Provenance;
}

const CLI_UNUSED = '--report-unused-disable-directives';

const folderOf = (path: string) => {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
};

/** Answers, for any page, which config applies and whether it is ignored. */
export class ConfigResolver {
  private readonly byKey = new Map<string, Config>();
  private readonly ids = new WeakMap<ConfigLayer, number>();
  private nextId = 0;
  readonly rootConfig: Config;

  constructor(private readonly options: ResolverOptions) {
    this.rootConfig = this.fold(this.chain('').flatMap((file) => file.layers.filter((layer) => !layer.files))).config;
  }

  /** The config files that apply in a folder, farthest first. */
  chain(folder: string): ConfigFile[] {
    if (this.options.explicit) return [this.options.explicit];
    const files = this.options.files;
    if (!files || files.size === 0) return [];
    const chain: ConfigFile[] = [];
    const parts = folder === '' ? [] : folder.split('/');
    for (let end = 0; end <= parts.length; end++) {
      const file = files.get(parts.slice(0, end).join('/'));
      if (file) chain.push(file);
    }
    return chain;
  }

  private fold(layers: readonly ConfigLayer[], provenance?: Provenance): { config: Config } {
    const config: Config = {};
    for (const layer of layers) mergeConfig(config, layer.config, layer.source, provenance, layer.base);
    if (this.options.reportUnusedDisableDirectives && (config.reportUnusedDisableDirectives ?? 'off') === 'off') {
      config.reportUnusedDisableDirectives = 'warn';
      if (provenance) provenance.reportUnusedDisableDirectives = CLI_UNUSED;
    }
    return { config };
  }

  private layersFor(path: string): ConfigLayer[] {
    return this.chain(folderOf(path)).flatMap((file) => file.layers.filter((layer) => layerMatches(layer, path)));
  }

  /**
   * The effective config of a page: plain JSON with `rules`, `settings` and the directive
   * options. Pages with the same layers share one object, so that the engine resolves it once.
   */
  configFor(path: string): Config {
    const layers = this.layersFor(path);
    const key = layers
      .map((layer) => {
        let id = this.ids.get(layer);
        if (id === undefined) this.ids.set(layer, (id = this.nextId++));
        return id;
      })
      .join(',');
    let config = this.byKey.get(key);
    if (!config) {
      config = this.fold(layers).config;
      this.byKey.set(key, config);
    }
    return config;
  }

  /** Whether every page gets the root config (no nested file, no override): one config for all. */
  get uniform(): boolean {
    if (this.options.explicit) return !this.options.explicit.layers.some((layer) => layer.files);
    const files = this.options.files;
    if (!files) return true;
    for (const [folder, file] of files) {
      if (folder !== '' || file.layers.some((layer) => layer.files)) return false;
    }
    return true;
  }

  /** Why a page is not to be linted, or undefined. */
  ignoredBy(path: string): { source: string; glob?: string } | undefined {
    for (const file of this.chain(folderOf(path))) {
      for (const entry of file.ignores)
        if (ignoreMatches(entry, path)) return { source: entry.source, glob: entry.glob };
    }
    const extra = this.options.ignoreFile;
    if (extra?.ignores(path)) return { source: extra.source };
    return undefined;
  }

  /** Everything `--explain` shows about a page. */
  explain(path: string): Explanation {
    const provenance: Provenance = { rules: {}, settings: {} };
    const chain = this.chain(folderOf(path));
    const layers = chain.flatMap((file) => file.layers.filter((layer) => layerMatches(layer, path)));
    const ignoredBy = this.ignoredBy(path);
    return {
      path,
      ...(ignoredBy ? { ignoredBy } : {}),
      files: chain.map((file) => ({
        shown: file.shown,
        layers: file.layers.map((layer) => ({
          source: layer.source,
          ...(layer.files ? { files: layer.files } : {}),
          applies: layerMatches(layer, path),
        })),
      })),
      config: this.fold(layers, provenance).config,
      provenance,
    };
  }

  /**
   * `settings.anchors`, `rootDir`, `site` and `links` describe the site, so they hold for the
   * whole project: only the config at the project root sets them. A nested file or an override
   * that sets a different value is an error rather than silently ignored.
   */
  projectWideProblems(): string[] {
    const root = resolveSettings(this.rootConfig);
    const rootLayers = new Set(this.chain('').flatMap((file) => file.layers.filter((layer) => !layer.files)));
    const files = this.options.explicit ? [this.options.explicit] : [...(this.options.files?.values() ?? [])];
    const problems: string[] = [];
    for (const file of files) {
      for (const layer of file.layers) {
        if (rootLayers.has(layer)) continue;
        const settings = layer.config.settings;
        if (!settings) continue;
        const differs: string[] = [];
        for (const key of Object.keys(settings.anchors ?? {}) as Array<keyof typeof root.anchors>) {
          if (settings.anchors![key] !== root.anchors[key]) differs.push(`settings.anchors.${key}`);
        }
        if (settings.rootDir !== undefined && settings.rootDir !== root.rootDir) differs.push('settings.rootDir');
        if (settings.site !== undefined && settings.site !== root.site) differs.push('settings.site');
        differs.push(...linkSettingsDiffer(settings.links, root.links));
        for (const key of differs) {
          problems.push(
            `${layer.source}: \`${key}\` describes the whole site: set it only in the config at the project root`,
          );
        }
      }
    }
    return problems;
  }
}

/** The keys of `settings.links` a layer sets to something other than the project's. */
function linkSettingsDiffer(links: ConfigSettings['links'], root: Settings['links']): string[] {
  if (!isObject(links)) return [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const differs: string[] = [];
  if (links.ignore !== undefined && !same(links.ignore, root.ignore)) differs.push('settings.links.ignore');
  if (
    links.sites !== undefined &&
    Object.entries(links.sites).some(([prefix, folder]) => root.sites[prefix] !== folder)
  )
    differs.push('settings.links.sites');
  if (links.folders !== undefined && links.folders !== root.folders) differs.push('settings.links.folders');
  return differs;
}

/**
 * The config of a page as `--print-config` shows it: every rule with its severity (and its full
 * options when it has any), every setting, and the directive options.
 */
export function printableConfig(config: Config, rules: readonly Rule[]): Config {
  const printed: Record<string, RuleSetting> = {};
  for (const rule of [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    const setting = config.rules?.[rule.meta.id];
    const severity = setting === undefined ? defaultSeverityOf(rule.meta) : severityOf(setting);
    const options = { ...rule.meta.defaultOptions, ...optionsOf(setting) };
    printed[rule.meta.id] = rule.meta.schema || Object.keys(options).length > 0 ? [severity, options] : severity;
  }
  const settings = resolveSettings(config);
  return {
    rules: printed,
    settings: {
      securityPage: settings.securityPage,
      anchors: settings.anchors,
      ...(settings.rootDir === undefined ? {} : { rootDir: settings.rootDir }),
      ...(settings.site === undefined ? {} : { site: settings.site }),
      links: settings.links,
    },
    requireDirectiveReason: config.requireDirectiveReason ?? false,
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives ?? 'off',
    ...(config.contracts && Object.keys(config.contracts).length > 0 ? { contracts: config.contracts } : {}),
  };
}

/** A ConfigError with the problems of many files. */
export function combinedError(problems: readonly string[]): ConfigError {
  return new ConfigError(problems.join('\n'), [...problems]);
}

/**
 * A resolver for one config object given in code (the programmatic API): its presets, overrides
 * and ignores, with globs relative to the project root. Extending a file needs the config loader
 * (`src/node/config/load-config.ts`), which reads files. The config must have passed
 * validation (`validateConfig`); the public `resolveConfig` (src/index.ts) validates it first.
 */
export function resolveConfig(config: Config, rules: readonly Rule[]): ConfigResolver {
  if (config.plugins !== undefined) {
    throw new ConfigError(
      '`plugins`: plugin modules are loaded by the command line and lintPaths; in code, import the rules ' +
        'and pass them with the built-in rules (`[...builtinRules, ...myRules]`)',
    );
  }
  const source = 'the config';
  const extended = [config.extends ?? []].flat().map((name): ConfigLayer => {
    const preset = presetConfig(name, rules);
    if (!preset)
      throw new ConfigError(
        `\`extends\`: \`${name}\` is a file; only presets resolve without reading files (use the CLI, or lintPaths)`,
      );
    return { source: `${name}, extended by ${source}`, base: '', config: preset };
  });
  const file: ConfigFile = {
    shown: source,
    folder: '',
    layers: fileLayers(copyData(config), source, '', extended),
    ignores: (config.ignores ?? []).map((glob) => ({ glob, base: '', source })),
  };
  return new ConfigResolver({ explicit: file });
}
