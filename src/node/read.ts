import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join, sep } from 'node:path';
import type { SourceDocument } from '../types.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why `bytes` is not a Markdown page we can lint, if it is not. */
export function checkBytes(bytes: Buffer): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'File is UTF-16 text; save it as UTF-8 to lint it';
  }
  if (bytes.subarray(0, 8000).includes(0)) {
    return 'File is binary (it contains NUL bytes), not Markdown; delete it or exclude it in .gitignore';
  }
  if (!isUtf8(bytes)) {
    const text = bytes.toString('utf8');
    const at = text.indexOf('\uFFFD');
    const line = text.slice(0, Math.max(at, 0)).split('\n').length;
    return `File is not valid UTF-8 (first invalid byte on line ${line}); save it as UTF-8 to lint it`;
  }
  return undefined;
}

/**
 * Reads a page for linting; anything that keeps it from being linted becomes `problem`.
 * Synchronous on purpose: for thousands of small pages, blocking reads take a fifth of the time
 * of promise-based ones (no thread-pool round trips), and nothing else waits on this thread.
 */
export function readDocumentSync(root: string, path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): SourceDocument {
  const absolute = join(root, path);
  try {
    let info = lstatSync(absolute);
    if (info.isSymbolicLink()) {
      let real;
      try {
        real = realpathSync(absolute);
      } catch {
        return { path, problem: 'Symbolic link is broken: its target does not exist' };
      }
      const realRoot = realpathSync(root);
      if (!real.startsWith(realRoot + sep)) {
        return { path, problem: 'Symbolic link points outside the project root; doclint does not read it' };
      }
      info = statSync(absolute);
    }
    if (info.isDirectory()) return { path, problem: 'Path is a directory, not a Markdown file' };
    // A FIFO or a device would block the read forever.
    if (!info.isFile()) return { path, problem: 'Path is not a regular file (a pipe, socket or device); doclint does not read it' };
    if (info.size > maxFileSize) {
      return { path, problem: `File is too large to lint (${megabytes(info.size)}; the limit is ${megabytes(maxFileSize)}, see --max-file-size)` };
    }
    const bytes = readFileSync(absolute);
    const problem = checkBytes(bytes);
    if (problem) return { path, problem };
    return { path, text: bytes.toString('utf8') };
  } catch (error) {
    return { path, problem: `File could not be read: ${describeFsError(error)}` };
  }
}

export async function readDocument(root: string, path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<SourceDocument> {
  return readDocumentSync(root, path, maxFileSize);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist (it may have been deleted while doclint ran)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a page that links point into, for its anchors only; undefined when it cannot be used. */
export async function readTarget(root: string, path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<string | undefined> {
  const document = await readDocument(root, path, maxFileSize);
  return document.text;
}
