/**
 * Where doclint may write, and how it opens files it did not find as pages: the report of
 * `--output-file`, the Action's SARIF file and the cache.
 *
 * The rule: a path the user typed is trusted, a symbolic link in the checkout is not. A relative
 * path (or an absolute one inside the working directory) must stay inside the working directory
 * once every symbolic link on it is resolved: a committed `reports -> /home/runner` cannot take a
 * write out of the workspace. An absolute path outside the working directory (such as
 * `$RUNNER_TEMP/doclint.sarif`) is the user's own choice, up to its folder. In both cases the file
 * itself must not be a symbolic link or anything but a regular file: doclint refuses to write
 * through it rather than silently replacing it.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isInside } from './paths.js';

/** Why a path cannot be written or read safely; the message completes "cannot write `x`: …". */
export class UnsafePathError extends Error {
  constructor(
    message: string,
    readonly code: 'ENOENT' | 'ESYMLINK' | 'EOUTSIDE' | 'ENOTREG',
  ) {
    super(message);
  }
}

/**
 * The real path to write `path` (relative to `cwd`) to, checked as the module comment says.
 * Throws UnsafePathError: the folder does not exist, a symbolic link on the path leads out of
 * the working directory, or the file is a symbolic link or not a regular file.
 */
export async function safeWritePath(cwd: string, path: string): Promise<string> {
  const target = resolve(cwd, path);
  const folder = dirname(target);
  const root = isInside(resolve(cwd), target) ? resolve(cwd) : folder;
  let realFolder: string;
  let realRoot: string;
  try {
    realFolder = await realpath(folder);
    realRoot = await realpath(root);
  } catch {
    throw new UnsafePathError('its folder does not exist', 'ENOENT');
  }
  if (!isInside(realRoot, realFolder)) {
    throw new UnsafePathError(
      'a symbolic link on its path leads out of the working directory; doclint does not write through it',
      'EOUTSIDE',
    );
  }
  const real = join(realFolder, basename(target));
  let info;
  try {
    info = lstatSync(real);
  } catch {
    return real; // a new file
  }
  if (info.isSymbolicLink())
    throw new UnsafePathError(
      'it is a symbolic link; doclint does not write through it (remove it, or name another file)',
      'ESYMLINK',
    );
  if (!info.isFile())
    throw new UnsafePathError(info.isDirectory() ? 'it is a directory' : 'it is not a regular file', 'ENOTREG');
  return real;
}

/**
 * Opening never follows a symbolic link and never waits (a named pipe would block a plain open
 * until something writes to it), as pages are read in read.ts. Windows has neither flag.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * The bytes of a regular file, read through one handle that was checked to be a regular file,
 * never past `maxBytes` (undefined when the file does not exist). A symbolic link (`/dev/stdin`,
 * `/proc/self/fd/1` …), a named pipe or a device is an UnsafePathError: never opened for reading,
 * or opened without blocking and left unread.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer | undefined {
  let info;
  try {
    info = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
      return undefined;
    throw error;
  }
  if (info.isSymbolicLink()) throw new UnsafePathError('it is a symbolic link', 'ESYMLINK');
  if (!info.isFile()) throw new UnsafePathError('it is not a regular file', 'ENOTREG');
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new UnsafePathError('it is not a regular file', 'ENOTREG');
    if (opened.size > maxBytes)
      throw new UnsafePathError(`it is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, 'ENOTREG');
    const buffer = Buffer.allocUnsafe(opened.size);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
