import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { posix } from 'node:path';
import { basename, dirname, join, leavesRoot, normalize, relative } from '../../src/util/posix-path.js';

// Project-relative paths as the engine sees them: segments of letters, `.` and `..`, `/` between.
const segment = fc.constantFrom('a', 'b', 'docs', 'x.md', '.', '..', '', 'a b', 'é');
const path = fc.array(segment, { maxLength: 6 }).map((parts) => parts.join('/'));
const projectPath = fc
  .array(fc.constantFrom('a', 'b', 'docs', 'x.md', 'é'), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join('/'));

describe('posix-path matches node:path posix on project paths', () => {
  test('normalize, join, dirname, basename', () => {
    fc.assert(
      fc.property(path, path, (a, b) => {
        expect(normalize(a)).toBe(posix.normalize(a));
        expect(join(a, b)).toBe(posix.join(a, b));
        expect(dirname(a)).toBe(posix.dirname(a));
        expect(basename(a)).toBe(posix.basename(a));
      }),
      { numRuns: 2000 },
    );
  });

  test('relative between folders and files of the project', () => {
    fc.assert(
      fc.property(projectPath, projectPath, (from, to) => {
        expect(relative(from, to)).toBe(posix.relative(from, to));
      }),
      { numRuns: 2000 },
    );
  });

  test('examples', () => {
    expect(join('docs/guide', '../index.md')).toBe('docs/index.md');
    expect(join('docs', '../../x.md')).toBe('../x.md');
    expect(join('', 'a/')).toBe('a/');
    expect(dirname('/x.md')).toBe('/');
    expect(relative('docs/a', 'docs/b/c.md')).toBe('../b/c.md');
    expect(relative('docs', 'docs')).toBe('');
  });
});

describe('leavesRoot', () => {
  test('only a path whose first segment is `..` leaves the folder', () => {
    expect(['..', '../a', '../../a/b.md'].map(leavesRoot)).toEqual([true, true, true]);
    expect(['.', 'a', '..a', 'a/..', '...', 'a/../..x'].map(leavesRoot)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
