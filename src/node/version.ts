import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** doclint's package.json above this module (from src/, dist/src/ or bundle/): its folder and version. */
function findPackage(): { root: string; version: string } | undefined {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'doclint' && pkg.version) return { root: folder, version: pkg.version };
    } catch {
      // not here; look further up
    }
    if (dirname(folder) === folder) return undefined;
  }
}

/** doclint's version, from the package.json above this module (from src/ or from dist/src/). */
export function readVersion(): string {
  return findPackage()?.version ?? '0.0.0';
}

/**
 * A built-in rule's documentation page on this machine, in the installed package (or the
 * checkout): relative to `cwd` when it is below it (`node_modules/doclint/rules/<id>.md`), else
 * absolute (the pages ship with the package: `files` in package.json). Undefined for a plugin's
 * rule (a namespaced id).
 */
export function localRuleDoc(id: string, cwd: string): string | undefined {
  const root = id.includes('/') ? undefined : findPackage()?.root;
  if (root === undefined) return undefined;
  const page = join(root, 'rules', `${id}.md`);
  const below = relative(cwd, page);
  return below.startsWith('..') || isAbsolute(below) ? page : below.split(sep).join('/');
}
