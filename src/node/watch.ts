/**
 * `--watch`: tells when something a lint run reads changes under the project root: a Markdown
 * page, a config file, `.doclintignore` or a `.gitignore` (which decide what is linted), or the
 * file `--config` names. Nothing is read here; the run reads what it needs again.
 *
 * chokidar, not `fs.watch(root, { recursive: true })`: on Linux, Node 20's recursive watch puts an
 * inotify watch on every file and folder of the tree, `.git` and `node_modules` included, and its
 * first walk is synchronous; chokidar skips the folders we tell it to (and the files no run reads),
 * and turns an editor's save through a temporary file and a rename into one change.
 */
import { watch } from 'chokidar';
import { basename, relative, resolve } from 'node:path';
import { isMarkdownPath } from '../helpers/links.js';
import { CONFIG_FILE_NAMES, IGNORE_FILE_NAME } from './config/load-config.js';
import { toPosix } from './paths.js';

/** Folders no run reads: their changes never start one, and they are not watched at all. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

export interface WatchTreeOptions {
  /** files outside the rules above that a run reads (the `--config` file), absolute */
  extra?: readonly string[];
  /** files whose changes never start a run (the report `--output-file` writes), absolute */
  skip?: readonly string[];
  /** told of each change that matters, with the path relative to the root */
  onChange: (path: string) => void;
  /** told of a watcher error (a folder that cannot be watched): one line, for stderr */
  onError?: (message: string) => void;
}

export interface TreeWatcher {
  close(): Promise<void>;
}

/** Whether a change to this file (POSIX, relative to the root) can change what a run reports. */
export function mattersToRun(path: string): boolean {
  const name = basename(path);
  return isMarkdownPath(path) || CONFIG_FILE_NAMES.includes(name) || name === IGNORE_FILE_NAME || name === '.gitignore';
}

/** Watches the tree under `root`; resolves once the watch is in place (a change from then on is told). */
export async function watchTree(root: string, options: WatchTreeOptions): Promise<TreeWatcher> {
  const extra = new Set((options.extra ?? []).map((path) => resolve(path)));
  const skip = new Set((options.skip ?? []).map((path) => resolve(path)));
  const inTree = (absolute: string) => toPosix(relative(root, absolute));
  const skipped = (absolute: string) =>
    inTree(absolute)
      .split('/')
      .some((part) => SKIPPED_FOLDERS.has(part));
  const matters = (absolute: string) =>
    !skip.has(absolute) && (extra.has(absolute) || (!skipped(absolute) && mattersToRun(inTree(absolute))));
  const watcher = watch([root, ...extra], {
    ignoreInitial: true,
    // a folder is always looked into (a page may be added to it); a file only when a run reads it
    ignored: (path, stats) => {
      const absolute = resolve(path);
      if (extra.has(absolute)) return false;
      return skipped(absolute) || (stats?.isFile() === true && !matters(absolute));
    },
  });
  watcher.on('all', (event, path) => {
    const absolute = resolve(path);
    if (event === 'addDir') return;
    if (event === 'unlinkDir' || matters(absolute)) options.onChange(inTree(absolute));
  });
  watcher.on('error', (error) => options.onError?.(error instanceof Error ? error.message : String(error)));
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  return { close: () => watcher.close() };
}
