/** Path checks the Node shell shares: where a real path lies, and OS paths as POSIX ones. */
import { isAbsolute, relative, sep } from 'node:path';

/** `path` is `root` or below it (both absolute, real paths when links matter). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** An OS path as the POSIX path doclint reports (`docs\\a.md` → `docs/a.md` on Windows). */
export function toPosix(path: string): string {
  return path.split(sep).join('/');
}
