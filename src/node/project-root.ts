/**
 * Where a run's project root is: the folder links resolve against and that no link may leave.
 * Users run doclint from the folder they work in (`cd docs/guide && doclint page.md`) and expect
 * `../index.md` to resolve, as git, ESLint and markdownlint-cli2 find their root above the
 * working directory. So the root is the nearest folder, from the working directory up, that has a
 * doclint config file (or `.doclintignore`), a `.git` entry or a `package.json`; `--root` names
 * it instead. With no marker, it is the working directory.
 *
 * The search never climbs to the user's home folder, nor above it, nor to the file system's root:
 * every file under the root is listed as a link target, and a stray `package.json` (or a dotfiles
 * repository's `.git`) in the home folder would make that the whole home folder. A `.git` marks
 * the top of a work tree, so a `package.json` above a repository is never reached. A run started
 * in the home folder itself, or given `--root`, uses that folder, as the user chose it.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
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
  /**
   * a marker the search found where it stops without taking the folder (the home folder or the
   * file system's root): said when a link leaves the root, as the user may have expected it
   */
  passedOver?: { folder: string; marker: string; kind: 'home folder' | 'file system root' };
}

const exists = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** `folder` and, when it differs, the real path it leads to (a home folder may be a symbolic link). */
function bothPaths(folder: string): string[] {
  try {
    const real = realpathSync(folder);
    return real === folder ? [folder] : [folder, real];
  } catch {
    return [folder];
  }
}

const markerIn = (folder: string) => ROOT_MARKERS.find((name) => exists(join(folder, name)));

/**
 * The project root of a run from `cwd`: `explicit` (`--root`, relative to cwd), or the nearest
 * marked folder from `cwd` up, below `home` (the user's home folder) and the file system's root.
 */
export function findProjectRoot(cwd: string, explicit?: string, home: string = homedir()): ProjectRoot {
  if (explicit !== undefined) return { root: resolve(cwd, explicit), reason: '--root' };
  const start = resolve(cwd);
  const homes = home === '' ? [] : bothPaths(resolve(home));
  for (let folder = start; ; folder = dirname(folder)) {
    const kind = homes.includes(folder) ? 'home folder' : dirname(folder) === folder ? 'file system root' : undefined;
    const marker = markerIn(folder);
    if (kind && folder !== start) {
      return { root: start, reason: 'no marker above', ...(marker ? { passedOver: { folder, marker, kind } } : {}) };
    }
    if (marker) return { root: folder, reason: marker };
    if (kind) return { root: start, reason: 'no marker above' };
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
