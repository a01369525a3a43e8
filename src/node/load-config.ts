import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Config, Rule } from '../types.js';
import { ConfigError, validateConfig } from '../config/config.js';
import { describeFsError } from './read.js';

export const CONFIG_FILE_NAMES = ['.doclintrc.json', 'doclint.config.json'];

export interface LoadedConfig {
  config: Config;
  /** absolute path of the file, when one was found */
  file?: string;
}

/** A config is small: a larger file is not one (and is not read whole). */
const MAX_CONFIG_SIZE = 1024 * 1024;

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    // A named pipe would make a plain read wait for a writer, forever.
    const info = await stat(path);
    if (!info.isFile()) throw new ConfigError(`${path}: cannot read the config file: it is not a regular file`);
    if (info.size > MAX_CONFIG_SIZE) throw new ConfigError(`${path}: cannot read the config file: it is larger than 1 MB`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw new ConfigError(`${path}: cannot read the config file: ${describeFsError(error)}`);
  }
}

/** Where in the text a JSON.parse error points, as line:column. */
function jsonErrorPlace(text: string, error: Error): string {
  const at = /position (\d+)/.exec(error.message);
  if (!at) return '';
  const before = text.slice(0, Number(at[1]));
  const lines = before.split('\n');
  return `:${lines.length}:${lines.at(-1)!.length + 1}`;
}

/** Parses and validates a config file's text; errors name the file and the key. */
export function parseConfig(text: string, shownPath: string, rules: readonly Rule[]): Config {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = (error as Error).message.replace(/^JSON\.parse: /, '');
    throw new ConfigError(`${shownPath}${jsonErrorPlace(text, error as Error)}: invalid JSON: ${reason}`);
  }
  try {
    validateConfig(data, rules);
  } catch (error) {
    if (error instanceof ConfigError) {
      const problems = error.problems.map((problem) => `${shownPath}: ${problem}`);
      throw new ConfigError(problems.join('\n'), problems);
    }
    throw error;
  }
  return data;
}

/**
 * The config to use: `--config` if given, else the first `.doclintrc.json` or
 * `doclint.config.json` found from `cwd` upward, else the defaults.
 */
export async function loadConfig(cwd: string, rules: readonly Rule[], explicit?: string): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    const text = await readIfExists(file);
    if (text === undefined) throw new ConfigError(`${explicit}: config file not found`);
    return { config: parseConfig(text, explicit, rules), file };
  }
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(folder, name);
      const text = await readIfExists(file);
      if (text !== undefined) {
        return { config: parseConfig(text, relative(cwd, file) || name, rules), file };
      }
    }
    if (dirname(folder) === folder) return { config: {} };
  }
}
