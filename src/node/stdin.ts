/**
 * A page given on standard input (`--stdin`): an editor's unsaved text, linted as the page at
 * `--stdin-filename`. Read as files are (src/node/read.ts): never past `--max-file-size`, binary and
 * UTF-16 text refused, bytes that are not UTF-8 decoded as U+FFFD and reported where they are.
 */
import type { SourceDocument } from '../types.js';
import { checkBytes, decodePage } from './read.js';
import { listFiles, type Discovery } from './discover.js';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The page at `path` (relative to the project root) from `input`, read to its end or, past
 * `maxFileSize` bytes, no further: the rest is left unread (the stream is closed) and the page is
 * reported as too large, as a file on disk is.
 */
export async function readStdinDocument(
  input: AsyncIterable<Uint8Array | string>,
  path: string,
  maxFileSize: number,
): Promise<SourceDocument> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    length += bytes.length;
    if (length > maxFileSize) {
      // leaving the loop closes the stream: nothing more is read or kept
      return {
        path,
        problem:
          `File is too large to lint (standard input gave more than the limit of ${megabytes(maxFileSize)}, ` +
          'see --max-file-size)',
      };
    }
    chunks.push(bytes);
  }
  const bytes = Buffer.concat(chunks, length);
  const problem = checkBytes(bytes);
  if (problem) return { path, problem };
  return { path, ...decodePage(bytes) };
}

/**
 * The discovery of a run that lints the page given on standard input: that page alone, and every
 * file under the root as link targets (.gitignore honoured, as `discover` lists them), with the
 * page among them whether or not it exists on disk. The page counts as named on the command line
 * (an ignored one gets the notice a named ignored file gets).
 */
export async function discoverForStdin(root: string, path: string): Promise<Discovery> {
  const { files, tooLong } = await listFiles(root);
  const paths = files.includes(path) ? files : [...files, path].sort();
  return { files: [path], paths, tooLong, named: [path] };
}
