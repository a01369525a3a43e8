/**
 * Where a run's project root is: the folder links resolve against and that no link may leave.
 * Users run doclint from the folder they work in (`cd docs/guide && doclint page.md`) and expect
 * `../index.md` to resolve, as git, ESLint and markdownlint-cli2 find their root above the
 * working directory. So the root is the nearest folder, from the working directory up, that has a
 * doclint config file (or `.doclintignore`), a `.git` entry or a `package.json`; `--root` names
 * it instead. With no marker up to the file system's root, it is the working directory.
 */
import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, IGNORE_FILE_NAME } from './config/load-config.js';
import { isInside, toPosix } from './paths.js';

/** What makes a folder a project root; `.git` is a folder, or a file in a worktree or submodule. */
export const ROOT_MARKERS: readonly string[] = [
  ...new Set([...CONFIG_FILE_NAMES, IGNORE_FILE_NAME, '.git', 'package.json']),
];

export interface ProjectRoot {
  /** absolute */
  root: string;
  /** why it is the root: the marker found there, `--root`, or `no marker above` */
  reason: string;
}

const exists = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** The project root of a run from `cwd`: `explicit` (`--root`, relative to cwd), or the nearest marked folder. */
export function findProjectRoot(cwd: string, explicit?: string): ProjectRoot {
  if (explicit !== undefined) return { root: resolve(cwd, explicit), reason: '--root' };
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const marker = ROOT_MARKERS.find((name) => exists(join(folder, name)));
    if (marker) return { root: folder, reason: marker };
    if (dirname(folder) === folder) return { root: resolve(cwd), reason: 'no marker above' };
  }
}

/** Whether the working directory lies in the root (`--root` may name a folder that does not hold it). */
export const holdsWorkingDirectory = (root: string, cwd: string) => isInside(root, resolve(cwd));

/**
 * A path or glob typed relative to `cwd`, made relative to `root` (POSIX), as the run takes it.
 * Unchanged when the two are the same folder, or when it is absolute.
 */
export function fromWorkingDirectory(root: string, cwd: string, pattern: string): string {
  const prefix = toPosix(relative(root, resolve(cwd)));
  if (prefix === '' || isAbsolute(pattern)) return pattern;
  const body = pattern.replace(/^\.\/+/, '');
  return body === '' || body === '.' ? prefix : `${prefix}/${body}`;
}

/** How to show the root to the user: relative to the working directory (`../..`), or `.`. */
export function shownRoot(root: string, cwd: string): string {
  return toPosix(relative(resolve(cwd), root)) || '.';
}
