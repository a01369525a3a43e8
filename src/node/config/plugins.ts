/**
 * Plugins on disk: finding the module a `plugins` entry names, importing it, checking the rules
 * it exports, and a fingerprint of its code for the cache key. What a plugin must export is
 * `src/node/config/rule-check.ts`'s; which config files may list plugins is the config loader's.
 *
 * Trust: a plugin is code, and it runs with the user's permissions. A config file found in the
 * project may load a plugin inside the project root only; a `--config` file (the user's own
 * choice) may load one anywhere. A package name resolves from the project root, as Node resolves
 * it (`node_modules` there and above): what is installed was installed by someone who chose it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Rule } from '../../types.js';
import { ConfigError } from '../../engine/config/resolve.js';
import { exportedRules, ruleProblems } from './rule-check.js';
import { normalizeRule } from '../../engine/config/rules.js';
import { builtinRules } from '../../../rules/index.js';
import { isInside } from '../paths.js';

const BUILTIN_IDS: ReadonlySet<string> = new Set(builtinRules.map((rule) => rule.meta.id));

/** A `plugins` entry of a config file. */
export interface PluginSource {
  /** as written in `plugins` */
  specifier: string;
  /** its index in that list, for messages (`plugins[1]`) */
  index: number;
  /** the config file that lists it (absolute), and as messages show it */
  file: string;
  shown: string;
  /** the config file was given with --config (or is extended by it): it may load a plugin from anywhere */
  trusted: boolean;
}

/** A loaded plugin: where it is, what it defines, and a fingerprint of its code. */
export interface Plugin {
  specifier: string;
  /** the config file that lists it, as messages show it */
  listedIn: string;
  /** the module's file URL: what the worker threads import */
  url: string;
  /** a hash of its code (the module and the local files it imports), for the cache key */
  hash: string;
  rules: readonly Rule[];
}

const where = (source: PluginSource) => `${source.shown}: \`plugins[${source.index}]\``;

/**
 * The file a plugin entry names: a path relative to the config file that lists it (inside the
 * project root unless that config is trusted), or a package resolved from the project root.
 */
export async function resolvePlugin(source: PluginSource, root: string, rootReal: string): Promise<string> {
  const { specifier } = source;
  if (/^\.\.?[\\/]/.test(specifier)) {
    const target = resolve(dirname(source.file), specifier);
    let real: string;
    try {
      real = await realpath(target);
    } catch {
      throw new ConfigError(`${where(source)}: cannot find the plugin \`${specifier}\``);
    }
    if (!source.trusted && !isInside(rootReal, real)) {
      throw new ConfigError(
        `${where(source)}: the plugin \`${specifier}\` is outside the project root; ` +
          'a config found in the project may only load plugins inside it (a config given with --config may load any)',
      );
    }
    if (!(await stat(real)).isFile())
      throw new ConfigError(`${where(source)}: the plugin \`${specifier}\` is not a file`);
    return real;
  }
  try {
    return resolvePackage(specifier, root);
  } catch (error) {
    const hint =
      specifier.includes('/') && !specifier.startsWith('@')
        ? ` (a file of the project? write \`./${specifier}\`)`
        : ' (is it installed?)';
    const reason =
      (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND'
        ? `cannot find the package \`${specifier}\` from the project root${hint}`
        : `cannot resolve the package \`${specifier}\`: ${(error as Error).message}`;
    throw new ConfigError(`${where(source)}: ${reason}`);
  }
}

/**
 * A package's entry as Node finds it from the project root. `require.resolve` knows only the
 * `require` conditions, so a package that exports only for `import` is looked up by hand.
 */
function resolvePackage(specifier: string, root: string): string {
  const require = createRequire(join(root, 'package.json'));
  try {
    const file = require.resolve(specifier);
    if (!file.startsWith(sep) && !/^[A-Za-z]:[\\/]/.test(file))
      throw Object.assign(new Error(`\`${specifier}\` is a Node.js module, not a plugin`), { code: 'NOT_A_PLUGIN' });
    return file;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED' && code !== 'MODULE_NOT_FOUND') throw error;
    const found = resolveImportExport(specifier, nodeModulesFolders(root));
    if (found === undefined) throw error;
    return found;
  }
}

/** The `node_modules` folders Node looks in from `root`: its own, then each parent's. */
function nodeModulesFolders(root: string): string[] {
  const folders: string[] = [];
  for (let folder = resolve(root); ; folder = dirname(folder)) {
    if (basename(folder) !== 'node_modules') folders.push(join(folder, 'node_modules'));
    if (dirname(folder) === folder) return folders;
  }
}

/**
 * The `import` (or `node`, `default`) target of a package's `exports` for a subpath, in the first
 * folder that has the package (exact subpaths only, no `*` patterns).
 */
function resolveImportExport(specifier: string, folders: readonly string[]): string | undefined {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = ['.', ...parts.slice(nameLength)].join('/');
  for (const folder of folders) {
    const manifest = join(folder, name, 'package.json');
    if (!existsSync(manifest)) continue;
    const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown };
    if (exports === undefined) return undefined;
    const bySubpath =
      typeof exports === 'object' &&
      exports !== null &&
      !Array.isArray(exports) &&
      Object.keys(exports).some((key) => key.startsWith('.'))
        ? (exports as Record<string, unknown>)
        : { '.': exports };
    const target = conditionalTarget(bySubpath[subpath]);
    return target === undefined ? undefined : join(folder, name, target);
  }
  return undefined;
}

function conditionalTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value.startsWith('./') ? value : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const target = conditionalTarget(item);
      if (target !== undefined) return target;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [condition, target] of Object.entries(value)) {
    if (condition === 'node' || condition === 'import' || condition === 'default') {
      const found = conditionalTarget(target);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Imports a plugin module and returns its rules, checked and in the engine's shape. Throws an
 * Error that says what is wrong (the caller adds which config lists the plugin). The main thread
 * and every worker thread load plugins with this function, so they run the same rules.
 */
export async function importPluginRules(url: string): Promise<Rule[]> {
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`cannot load it: ${describeLoadError(error, url)}`, { cause: error });
  }
  const exported = exportedRules(module);
  if (exported === undefined || exported.length === 0) {
    throw new Error('it exports no rule: export a rule, or a list of rules, as the default export (or as `rules`)');
  }
  const problems: string[] = [];
  exported.forEach((rule, i) => {
    const own = ruleProblems(rule, { plugin: true, builtinIds: BUILTIN_IDS });
    if (own.length === 0) return;
    const id = (rule as { meta?: { id?: unknown } } | null)?.meta?.id;
    const which =
      typeof id === 'string' && id !== '' ? `\`${id}\`` : exported.length === 1 ? '' : `${i + 1} of ${exported.length}`;
    problems.push(`invalid rule${which === '' ? '' : ` ${which}`}: ${own.join('; ')}`);
  });
  if (problems.length > 0) throw new Error(problems.join('; '));
  const rules = (exported as Rule[]).map(normalizeRule);
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.meta.id)) throw new Error(`it defines the rule \`${rule.meta.id}\` twice`);
    seen.add(rule.meta.id);
  }
  return rules;
}

/**
 * An import error as one line. Node's message for a syntax error in an ES module has no place;
 * `node --check` finds it, when the error is in the plugin's own file.
 */
function describeLoadError(error: unknown, url: string): string {
  // By shape: a module's errors may come from another realm (a vm context), where instanceof fails.
  const { name, message: text } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    message?: unknown;
  };
  if (typeof text !== 'string') return String(error);
  const message = typeof name === 'string' && name !== 'Error' ? `${name}: ${text}` : text;
  if (name !== 'SyntaxError') return message;
  const file = fileURLToPath(url);
  const checked = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8', timeout: 10_000 });
  const line = new RegExp(`^${escapeRegExp(file)}:(\\d+)$`, 'm').exec(checked.stderr ?? '')?.[1];
  return line === undefined ? message : `${message} (line ${line})`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A hash of a plugin's code: its module, the local files it imports (relative `import`,
 * `export … from`, `import()` and `require()` of a string, followed through those files), and
 * the package.json of the package it is in, if any (its version). Editing any of them changes
 * the cache key; a dependency from node_modules that a local file imports is not followed.
 */
export async function pluginHash(file: string): Promise<string> {
  const hash = createHash('sha1');
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length > 0 && seen.size < 500) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    let text: string;
    try {
      text = await readFile(next, 'utf8');
    } catch {
      continue;
    }
    hash.update(`${relative(dirname(file), next)}\0${text}\0`);
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])(\.\.?\/[^'"\n]+)\1/g)) {
      const target = resolve(dirname(next), match[2]!);
      for (const candidate of [target, `${target}.js`, `${target}.mjs`, `${target}.cjs`, join(target, 'index.js')]) {
        if (existsSync(candidate) && !seen.has(candidate) && (await stat(candidate)).isFile()) {
          queue.push(candidate);
          break;
        }
      }
    }
  }
  const manifest = packageManifest(file);
  if (manifest) hash.update(`package.json\0${readFileSync(manifest, 'utf8')}`);
  return hash.digest('base64').slice(0, 16);
}

/** The package.json of the package a file is in (inside node_modules), if any. */
function packageManifest(file: string): string | undefined {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at === -1) return undefined;
  const length = parts[at + 1]?.startsWith('@') ? 3 : 2;
  const manifest = [...parts.slice(0, at + 1 + length), 'package.json'].join(sep);
  return existsSync(manifest) ? manifest : undefined;
}

/**
 * Loads the plugins the config lists, each once (a module listed twice is one plugin), and
 * checks that no two define the same rule. Throws a ConfigError naming the config file and the
 * plugin of every problem.
 */
export async function loadPlugins(sources: readonly PluginSource[], root: string, rootReal: string): Promise<Plugin[]> {
  const problems: string[] = [];
  const plugins: Plugin[] = [];
  const byUrl = new Set<string>();
  for (const source of sources) {
    let file: string;
    try {
      file = await resolvePlugin(source, root, rootReal);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    const url = pathToFileURL(file).href;
    if (byUrl.has(url)) continue;
    byUrl.add(url);
    try {
      const rules = await importPluginRules(url);
      plugins.push({ specifier: source.specifier, listedIn: source.shown, url, hash: await pluginHash(file), rules });
    } catch (error) {
      problems.push(`${where(source)}: the plugin \`${source.specifier}\`: ${(error as Error).message}`);
    }
  }
  const owner = new Map<string, Plugin>();
  for (const plugin of plugins) {
    for (const rule of plugin.rules) {
      const first = owner.get(rule.meta.id);
      if (first) {
        problems.push(
          `the rule \`${rule.meta.id}\` is defined by two plugins: ` +
            `\`${first.specifier}\` (listed in ${first.listedIn}) and ` +
            `\`${plugin.specifier}\` (listed in ${plugin.listedIn}); remove one`,
        );
      } else owner.set(rule.meta.id, plugin);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'), problems);
  return plugins;
}
