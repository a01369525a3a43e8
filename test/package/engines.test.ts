/**
 * The lowest Node.js that package.json declares (`engines.node`) is one every package a user
 * installs supports: otherwise `npm install doclint` on it prints EBADENGINE (strip-json-comments
 * 5.1 wants Node 22) and doclint may not run there. The development tools (ESLint 10 wants Node
 * 20.19) need what `devEngines` declares for working on doclint itself. Read from
 * package-lock.json, so a dependency bump that raises either floor fails here, on any Node.
 */
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import semver from 'semver';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as unknown;
const pkg = read('package.json') as {
  engines: { node: string };
  devEngines: { runtime: { name: string; version: string } };
};
const lock = read('package-lock.json') as {
  packages: Record<string, { version?: string; engines?: unknown; dev?: boolean }>;
};

function unsupportedOn(version: string, dev: boolean): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    const range = (entry.engines as { node?: unknown } | undefined)?.node;
    if (path === '' || typeof range !== 'string' || (entry.dev === true) !== dev) return [];
    const name = `${path.replace(/^.*node_modules\//, '')}@${entry.version}`;
    return semver.satisfies(version, range) ? [] : [`${name}: engines.node ${range}`];
  });
}

test('every package a user installs supports the lowest Node.js that package.json declares', () => {
  const lowest = semver.minVersion(pkg.engines.node)!.version;
  expect(lowest).toBe('20.0.0');
  expect(unsupportedOn(lowest, false)).toEqual([]);
});

test('every development package supports the lowest Node.js that devEngines declares', () => {
  expect(pkg.devEngines.runtime.name).toBe('node');
  const lowest = semver.minVersion(pkg.devEngines.runtime.version)!.version;
  expect(semver.gte(lowest, semver.minVersion(pkg.engines.node)!.version)).toBe(true);
  expect(unsupportedOn(lowest, true)).toEqual([]);
});
