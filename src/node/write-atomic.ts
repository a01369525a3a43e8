import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `path` so that the file is always either the old one or the new one, whole:
 * the text goes to a temporary file in the same folder (same file system), is flushed to disk,
 * and is renamed over the target. A failed write leaves the target untouched and removes the
 * temporary file. `mode`: the new file's permissions (default 0644, less the umask).
 */
export async function writeFileAtomic(path: string, text: string, mode?: number): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temporary, 'wx', 0o644);
    await handle.writeFile(text, 'utf8');
    // the file it replaces keeps its permissions (the umask would change them)
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
