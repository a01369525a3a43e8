/**
 * `doclint --help` as a user reads it outside a terminal (piped to `less`, into a file, in CI
 * logs): the built binary and the committed bundle (what `bin`, the hook and the Action run).
 * yargs' ES build wraps text every N characters, in the middle of words ("working d / irectory");
 * the help must wrap at word boundaries, within 80 columns, and list each option once.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** Phrases long enough that an 80-column layout must wrap them: each must survive intact. */
const PHRASES = [
  'With no paths, lints every Markdown file under the working directory (honouring .gitignore).',
  'Use this config file instead of looking them up (it may extend files and load plugins outside the project)',
  'How the cache tells a page unchanged: by its size and modification time ("metadata"), reading it only when they differ, or by always reading and hashing it ("content")',
  'Lint part i of n of the pages (for a CI matrix), e.g. 2/4; links still resolve against the whole tree',
  "found from each page's folder up to the project root (see --root); a nearer file overrides a farther one.",
];

describe.each([
  ['the built binary', 'dist/src/bin.js'],
  ['the committed bundle', 'bundle/doclint.mjs'],
])('--help, piped, from %s', (_name, entry) => {
  const { COLUMNS: _columns, ...env } = process.env;
  const run = spawnSync(process.execPath, [join(repo, entry), '--help'], { cwd: repo, env, encoding: 'utf8' });
  const lines = run.stdout.split('\n');

  test('exits 0 and prints to stdout only', () => {
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain('Options:');
  });

  test('no line is wider than 80 columns', () => {
    expect(lines.filter((line) => [...line].length > 80)).toEqual([]);
  });

  test('words are not split across lines', () => {
    const flowing = run.stdout.replace(/\s+/g, ' ');
    for (const phrase of PHRASES) expect(flowing).toContain(phrase);
  });

  test('each option is listed once', () => {
    const options = lines.flatMap((line) => /^ {2}(?:-\w, | {4})(--[\w-]+)/.exec(line)?.[1] ?? []);
    expect(options.length).toBeGreaterThan(20);
    expect(options.filter((option, index) => options.indexOf(option) !== index)).toEqual([]);
    expect(options).toEqual(
      expect.arrayContaining(['--format', '--config', '--config-lookup', '--cache-strategy', '--help', '--version']),
    );
  });
});
