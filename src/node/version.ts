import { readFileSync } from 'node:fs';
import { dirname,join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** doclint's version, from the package.json above this module (from src/ or from dist/src/). */
export function readVersion(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'doclint' && pkg.version) return pkg.version;
    } catch {
      // not here; look further up
    }
    if (dirname(folder) === folder) return '0.0.0';
  }
}
