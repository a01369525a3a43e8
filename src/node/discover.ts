import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { isAbsolute, join, posix, relative, resolve } from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { isMarkdownPath } from '../helpers/links.js';
import { toPosix } from './paths.js';
import { leavesRoot } from '../util/posix-path.js';

/** A problem with the arguments: the CLI prints it and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Discovery {
  /** the pages to lint, POSIX paths relative to the root, sorted */
  files: string[];
  /** those of them named as files on the command line (not found through a folder or a glob), sorted */
  named: string[];
  /** every file under the root that a link may point at (ignored files excluded) */
  paths: string[];
  /**
   * folders whose files cannot be listed because their path is longer than the system allows
   * (ENAMETOOLONG): what is below them is neither linted nor a link target, and must be said
   */
  tooLong: string[];
}

/**
 * Folder paths from this length (absolute, in characters) are checked for being listable: the
 * shortest PATH_MAX of the systems doclint runs on is 1,024 (macOS); Linux's is 4,096.
 */
const LONG_PATH = 1000;

/** Folders among `entries` (not ignored) that exist but cannot be listed: their path is too long. */
async function tooLongFolders(root: string, folders: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const folder of folders) {
    const absolute = join(root, folder);
    if (absolute.length < LONG_PATH) continue;
    const error = await readdir(absolute).then(
      () => undefined,
      (failure: NodeJS.ErrnoException) => failure.code,
    );
    if (error === 'ENAMETOOLONG') found.push(folder);
  }
  // the shallowest ones: what lies below a folder that cannot be listed is not listed either
  return found.filter((folder) => !found.some((other) => other !== folder && folder.startsWith(`${other}/`))).sort();
}

/** Folders that are never part of the docs, even without a .gitignore. */
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

/**
 * The most files and folders the walk of the project root lists (node_modules and .git are not
 * walked). Every entry is kept in memory, so a root named by mistake (a home folder, `/`) must
 * stop the run, not exhaust it. Measured on 2 cores: 260,000 entries take 2.5 s and 230 MB to
 * list, so the limit is about 10 s and 750 MB; the AWS corpus has 8,300 entries, and a large
 * repository a few hundred thousand.
 */
export const MAX_ROOT_ENTRIES = 1_000_000;

type Entry = fg.Entry;

/** Every entry under the root (symbolic links not followed), or a UsageError past `limit` of them. */
async function walk(root: string, limit: number): Promise<Entry[]> {
  // the stream, not the promise, so that the walk can stop at the limit
  const stream = fg.stream('**/*', {
    cwd: root,
    dot: true,
    ignore: ALWAYS_IGNORED,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    suppressErrors: true,
  }) as Readable;
  const entries: Entry[] = [];
  for await (const entry of stream) {
    if (entries.length === limit) {
      stream.destroy();
      throw new UsageError(
        `The project root \`${root}\` holds more than ${limit.toLocaleString('en-US')} files and folders ` +
          '(node_modules and .git aside), and doclint lists all of them as link targets: run it in a smaller ' +
          'project, or name one with --root',
      );
    }
    entries.push(entry as Entry);
  }
  return entries;
}

/**
 * Every file under the root, .gitignore honoured. Symbolic links are not followed into folders
 * (as git does not: no loops, no escaping the tree); a link to a file counts as that file, and a
 * dangling one is kept so that linting it reports it.
 *
 * One fast-glob walk lists every entry, `.gitignore` files included; their rules are then applied
 * as git applies them (with the \`ignore\` package, which implements the gitignore syntax): each
 * file's rules cover its folder's subtree, deeper files win, and nothing below an ignored folder
 * comes back. globby's \`gitignore\` option did the same in 0.9 s on 8,000 files; this takes 40 ms.
 * The walk stops with a UsageError past `limit` entries.
 */
export async function listFiles(
  root: string,
  limit = MAX_ROOT_ENTRIES,
): Promise<{ files: string[]; tooLong: string[] }> {
  const entries = await walk(root, limit);
  const rules = new Map<string, Ignore>();
  for (const entry of entries) {
    if (entry.name !== '.gitignore' || !entry.dirent.isFile()) continue;
    let text;
    try {
      text = readFileSync(join(root, entry.path), 'utf8');
    } catch {
      continue; // an unreadable .gitignore ignores nothing, as with git
    }
    const folder = posix.dirname(entry.path);
    rules.set(folder === '.' ? '' : folder, ignore().add(text));
  }
  const ignored = rules.size === 0 ? () => false : gitignoreMatcher(rules);

  const files: string[] = [];
  const folders: string[] = [];
  await Promise.all(
    entries.map(async (entry) => {
      if (ignored(entry.path)) return;
      if (entry.dirent.isDirectory()) {
        folders.push(entry.path);
        return;
      }
      if (entry.dirent.isFile()) files.push(entry.path);
      else if (entry.dirent.isSymbolicLink()) {
        const target = await stat(resolve(root, entry.path)).catch(() => undefined);
        if (target === undefined || target.isFile()) files.push(entry.path);
      }
    }),
  );
  return { files: files.sort(), tooLong: await tooLongFolders(root, folders) };
}

/** Whether git would ignore a file, given the \`.gitignore\` rules of each folder ('' is the root). */
export function gitignoreMatcher(rules: ReadonlyMap<string, Ignore>): (path: string) => boolean {
  const parentOf = (path: string) => {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
  };
  /** the rules of every folder above `path` (root first) decide, the last that matches wins */
  const matches = (path: string, isFolder: boolean) => {
    let result = false;
    let folder = '';
    for (;;) {
      const own = rules.get(folder);
      if (own) {
        const relativePath = folder === '' ? path : path.slice(folder.length + 1);
        const test = own.test(isFolder ? `${relativePath}/` : relativePath);
        if (test.ignored) result = true;
        else if (test.unignored) result = false;
      }
      const next = path.indexOf('/', folder === '' ? 0 : folder.length + 1);
      if (next === -1) return result;
      folder = path.slice(0, next);
    }
  };
  const folders = new Map<string, boolean>([['', false]]);
  const folderIgnored = (folder: string): boolean => {
    let known = folders.get(folder);
    if (known === undefined) {
      known = folderIgnored(parentOf(folder)) || matches(folder, true);
      folders.set(folder, known);
    }
    return known;
  };
  return (path) => folderIgnored(parentOf(path)) || matches(path, false);
}

/**
 * A path given on the command line as a POSIX path relative to the project root; a path outside
 * the root is a usage error. The file need not exist.
 */
export function toProjectPath(root: string, path: string): string {
  const inside = toPosix(relative(root, resolve(root, path)));
  if (inside === '' || leavesRoot(inside) || isAbsolute(inside)) {
    throw new UsageError(
      `\`${path}\` is ` +
        (inside === ''
          ? 'the project root, not a page'
          : 'outside the project root; run doclint from a folder that contains it'),
    );
  }
  return inside;
}

/**
 * Finds the pages to lint and every file links may point at, in one walk of the root. Folders
 * mean every Markdown file below them; globs are matched against that walk (so both honour
 * .gitignore); a file named explicitly is linted even when ignored, as a pre-commit hook expects.
 * A root with more than `maxEntries` files and folders is a UsageError (see MAX_ROOT_ENTRIES).
 */
export async function discover(
  root: string,
  patterns: readonly string[],
  maxEntries = MAX_ROOT_ENTRIES,
): Promise<Discovery> {
  const { files: paths, tooLong } = await listFiles(root, maxEntries);
  const wanted = patterns.length === 0 ? ['.'] : patterns;
  const files = new Set<string>();
  const named = new Set<string>();
  const matchers: Array<(path: string) => boolean> = [];
  for (const pattern of wanted) {
    const absolute = resolve(root, pattern);
    const inside = toPosix(relative(root, absolute));
    if (leavesRoot(inside) || isAbsolute(inside)) {
      throw new UsageError(`\`${pattern}\` is outside the project root; run doclint from a folder that contains it`);
    }
    let info;
    try {
      info = await stat(absolute);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) {
      const prefix = inside === '' ? '' : `${inside}/`;
      matchers.push((path) => path.startsWith(prefix) && isMarkdownPath(path));
    } else if (info) {
      // a file, or something else that exists (a named pipe …): reading reports what it is
      files.add(inside);
      named.add(inside);
    } else if (fg.isDynamicPattern(pattern)) {
      const glob = toPosix(pattern).replace(/^\.\//, '');
      // Two glob engines, on purpose: a glob typed on the command line is the user's own and gets
      // picomatch's full syntax (as fast-glob and their shell give them); globs from config files
      // may come from a stranger's pull request and go through src/contracts/wildcard.ts, which
      // cannot backtrack (docs/architecture.md).
      matchers.push(picomatch(glob, { dot: true }));
    } else {
      throw new UsageError(`No such file or directory: \`${pattern}\``);
    }
  }
  for (const path of paths) {
    if (matchers.some((match) => match(path))) files.add(path);
  }
  if (files.size === 0) {
    throw new UsageError(`No Markdown files found in ${wanted.map((p) => `\`${p}\``).join(', ')}`);
  }
  return { files: [...files].sort(), named: [...named].sort(), paths, tooLong };
}
