import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { globby, isDynamicPattern } from 'globby';
import picomatch from 'picomatch';
import { isMarkdownPath } from '../helpers/links.js';

/** A problem with the arguments: the CLI prints it and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Discovery {
  /** the pages to lint, POSIX paths relative to the root, sorted */
  files: string[];
  /** every file under the root that a link may point at (ignored files excluded) */
  paths: string[];
}

/** Folders that are never part of the docs, even without a .gitignore. */
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Every file under the root, .gitignore honoured. Symbolic links are not followed into folders
 * (as git does not: no loops, no escaping the tree); a link to a file counts as that file, and a
 * dangling one is kept so that linting it reports it.
 */
async function listFiles(root: string): Promise<string[]> {
  const entries = await globby('**/*', {
    cwd: root,
    dot: true,
    gitignore: true,
    ignore: ALWAYS_IGNORED,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    suppressErrors: true,
  });
  const files: string[] = [];
  await Promise.all(
    entries.map(async (entry) => {
      if (entry.dirent.isFile()) files.push(entry.path);
      else if (entry.dirent.isSymbolicLink()) {
        const target = await stat(resolve(root, entry.path)).catch(() => undefined);
        if (target === undefined || target.isFile()) files.push(entry.path);
      }
    }),
  );
  return files.sort();
}

/**
 * Finds the pages to lint and every file links may point at, in one walk of the root. Folders
 * mean every Markdown file below them; globs are matched against that walk (so both honour
 * .gitignore); a file named explicitly is linted even when ignored, as a pre-commit hook expects.
 */
export async function discover(root: string, patterns: readonly string[]): Promise<Discovery> {
  const paths = await listFiles(root);
  const wanted = patterns.length === 0 ? ['.'] : patterns;
  const files = new Set<string>();
  const matchers: Array<(path: string) => boolean> = [];
  for (const pattern of wanted) {
    const absolute = resolve(root, pattern);
    const inside = toPosix(relative(root, absolute));
    if (inside === '..' || inside.startsWith('../') || isAbsolute(inside)) {
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
    } else if (isDynamicPattern(pattern)) {
      const glob = toPosix(pattern).replace(/^\.\//, '');
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
  return { files: [...files].sort(), paths };
}
