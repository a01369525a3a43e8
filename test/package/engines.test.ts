/**
 * The lowest Node.js that package.json declares (`engines.node`) is one every installed package
 * supports: otherwise `npm ci` on it prints EBADENGINE (strip-json-comments 5.1 wants Node 22)
 * and the package may not run there. Read from package-lock.json, so a dependency bump that
 * raises the floor fails here, on any Node.
 */
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import semver from 'semver';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as unknown;
const pkg = read('package.json') as { engines: { node: string } };
const lock = read('package-lock.json') as { packages: Record<string, { version?: string; engines?: unknown }> };

test('every package in package-lock.json supports the lowest Node.js that package.json declares', () => {
  const lowest = semver.minVersion(pkg.engines.node)!.version;
  expect(lowest).toBe('20.0.0');
  const unsupported = Object.entries(lock.packages).flatMap(([path, entry]) => {
    const range = (entry.engines as { node?: unknown } | undefined)?.node;
    if (path === '' || typeof range !== 'string') return [];
    return semver.satisfies(lowest, range) ? [] : [`${path.replace(/^.*node_modules\//, '')}@${entry.version}: engines.node ${range}`];
  });
  expect(unsupported).toEqual([]);
});
