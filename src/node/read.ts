import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
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
  return undefined;
}

const REPLACEMENT = '\uFFFD';

/**
 * A page's text from its bytes. Bytes that are not UTF-8 (a Latin-1 `é` in a UTF-8 page) are
 * decoded as U+FFFD, as browsers and GitHub show them, and the page is linted from that text:
 * one bad byte should not hide every broken link of the page. The first bad byte is reported
 * where it is, in the text's lines and columns (a BOM is not counted, as the engine drops it).
 */
export function decodePage(bytes: Buffer): Pick<SourceDocument, 'text' | 'encodingProblem'> {
  const text = bytes.toString('utf8');
  if (isUtf8(bytes)) return { text };
  // The first U+FFFD that the file does not spell as its three UTF-8 bytes (EF BF BD) is a bad byte.
  let byte = 0;
  let from = 0;
  for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) {
    byte += Buffer.byteLength(text.slice(from, at), 'utf8');
    from = at;
    if (bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd) continue;
    const bad = bytes[byte]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      text,
      encodingProblem: {
        ...pointAt(text, at),
        message:
          `File is not valid UTF-8: byte 0x${bad} here is read as U+FFFD, as a browser shows it; ` +
          'save the file as UTF-8',
      },
    };
  }
  return { text };
}

/** Line and column (1-based, in UTF-16 code units as in mdast) of offset `at`; a BOM is not counted. */
function pointAt(text: string, at: number): { line: number; column: number } {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = start;
  for (let i = start; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

const tooLarge = (size: number, limit: number) =>
  `File is too large to lint (${megabytes(size)}; the limit is ${megabytes(limit)}, see --max-file-size)`;

/**
 * Opening never waits: a named pipe (FIFO) would block a plain open until something writes to it.
 * Windows has no O_NONBLOCK and no named pipes in the file system.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a page for linting; anything that keeps it from being linted becomes `problem`. A symbolic
 * link is followed only to a file inside the root. The file is checked and read through one open
 * handle, and never past the size limit, so a file swapped or growing after discovery cannot make
 * doclint block or read without bound.
 *
 * Synchronous on purpose: for thousands of small pages, blocking reads take a fifth of the time of
 * promise-based ones (no thread-pool round trips), and nothing else waits on this thread.
 */
export function readDocumentSync(root: string, path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): SourceDocument {
  const absolute = join(root, path);
  let fd: number | undefined;
  try {
    const link = lstatSync(absolute);
    if (link.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(absolute);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
          return { path, problem: 'Symbolic link is a loop: following it leads back to itself' };
        }
        return { path, problem: 'Symbolic link is broken: its target does not exist' };
      }
      const realRoot = realpathSync(root);
      if (!real.startsWith(realRoot + sep)) {
        return { path, problem: 'Symbolic link points outside the project root; doclint does not read it' };
      }
    }
    fd = openSync(absolute, OPEN_FLAGS);
    const info = fstatSync(fd);
    if (info.isDirectory()) return { path, problem: 'Path is a directory, not a Markdown file' };
    if (!info.isFile())
      return { path, problem: 'Path is not a regular file (a named pipe, socket or device); doclint does not read it' };
    if (info.size > maxFileSize) return { path, problem: tooLarge(info.size, maxFileSize) };
    // To the end, which a file that grew since it was measured moves: never past the limit.
    let buffer = Buffer.allocUnsafe(Math.min(info.size, maxFileSize) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxFileSize) {
          return {
            path,
            problem:
              `File is too large to lint (it grew past the limit of ${megabytes(maxFileSize)} ` +
              'while being read, see --max-file-size)',
          };
        }
        const larger = Buffer.allocUnsafe(Math.min(2 * buffer.length, maxFileSize + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    const bytes = buffer.subarray(0, length);
    const problem = checkBytes(bytes);
    if (problem) return { path, problem };
    return { path, ...decodePage(bytes) };
  } catch (error) {
    return { path, problem: `File could not be read: ${describeFsError(error)}` };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // closing a file we only read cannot lose anything
      }
    }
  }
}

export async function readDocument(
  root: string,
  path: string,
  maxFileSize = DEFAULT_MAX_FILE_SIZE,
): Promise<SourceDocument> {
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
export async function readTarget(
  root: string,
  path: string,
  maxFileSize = DEFAULT_MAX_FILE_SIZE,
): Promise<string | undefined> {
  const document = await readDocument(root, path, maxFileSize);
  return document.text;
}
