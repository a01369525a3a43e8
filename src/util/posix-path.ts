/**
 * POSIX path operations for the pure layers, on the project-relative paths they work with
 * (`docs/a.md`, never absolute, never with `\`). They behave as `node:path`'s `posix` functions
 * do for such paths (a property test compares them), without importing Node or reading
 * `process.cwd()`, which `posix.relative` does. Libraries that offer this (pathe,
 * path-browserify) also call `process.cwd()` for relative paths, and pathe turns `\` into `/`,
 * which would change how a link with a backslash resolves.
 */

/** Whether a normalized relative path climbs above the folder it is relative to (`..`, `../x`). */
export function leavesRoot(path: string): boolean {
  return path === '..' || path.startsWith('../');
}

/** `a/./b/../c` → `a/c`; `''` → `.`; keeps leading `..` segments and a leading `/`. */
export function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else {
      out.push(segment);
    }
  }
  const joined = out.join('/');
  const trailing = path.endsWith('/');
  if (joined === '') return absolute ? '/' : trailing ? './' : '.';
  return `${absolute ? '/' : ''}${joined}${trailing ? '/' : ''}`;
}

export function join(...parts: string[]): string {
  const joined = parts.filter((part) => part !== '').join('/');
  return joined === '' ? '.' : normalize(joined);
}

/** `a/b/c.md` → `a/b`; `c.md` → `.`; `/c.md` → `/` (node's algorithm, repeated slashes kept). */
export function dirname(path: string): string {
  if (path === '') return '.';
  const hasRoot = path.startsWith('/');
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; i -= 1) {
    if (path[i] === '/') {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

/** `a/b/c.md` → `c.md`. */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** The path from folder `from` to `to`, both relative to the same root: `relative('a/b', 'a/c/d')` → `../c/d`. */
export function relative(from: string, to: string): string {
  const source = segments(from);
  const target = segments(to);
  let common = 0;
  while (common < source.length && common < target.length && source[common] === target[common]) common += 1;
  return [...source.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

function segments(path: string): string[] {
  const normalized = normalize(path);
  return normalized === '.'
    ? []
    : normalized
        .replace(/^\/+/, '')
        .split('/')
        .filter((part) => part !== '');
}
