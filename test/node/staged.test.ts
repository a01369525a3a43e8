/**
 * `--staged` judges the commit being made, as the pre-commit hook runs it: link targets must be in
 * the index (tracked or staged), and a staged rename or deletion is checked for the links it
 * breaks in pages the commit does not touch. Through the built binary, in a real git repository.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repoRoot, 'dist/src/bin.js');
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
const write = (path: string, text: string) => {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const doclint = (...args: string[]) => {
  const run = spawnSync(process.execPath, [bin, '--no-color', ...args], { cwd: repo, env, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
};

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'doclint-staged-'));
  git('init', '-q');
  write('index.md', '# Guide\n\n- [Install](install.md)\n- [Usage](usage.md#run)\n');
  write('install.md', '# Install\n\nThen see [usage](usage.md).\n');
  write('usage.md', '# Usage\n\n## Run\n\nBack to [install](install.md).\n');
  git('add', '.');
  git('commit', '-q', '-m', 'docs');
});

describe('--staged', () => {
  test('nothing staged: nothing to check, exit 0', () => {
    expect(doclint('--staged')).toEqual({ status: 0, out: '' });
  });

  test('a staged rename breaks the links into the old name, in pages the commit does not touch', () => {
    git('mv', 'install.md', 'installation.md');
    const run = doclint('--staged');
    expect(run.status).toBe(1);
    const renamed = 'Cannot find file `install.md`: it was renamed to `installation.md` since `HEAD`';
    expect(run.out).toContain(`index.md\n  3:3  error    ${renamed}`);
    expect(run.out).toContain(`usage.md\n  5:9  error    ${renamed}`);
  });

  test('--cache keeps its cache in the git folder, and a second run reports the same from it', () => {
    git('mv', 'install.md', 'installation.md');
    const first = doclint('--staged', '--cache', '--stats');
    expect(first.status).toBe(1);
    expect(existsSync(join(repo, '.git/doclint-cache'))).toBe(true);
    expect(existsSync(join(repo, '.doclintcache'))).toBe(false);
    const second = doclint('--staged', '--cache', '--stats');
    expect(second.out.replace(/ in [\d.]+ ?m?s/g, '')).toMatch(/ [1-9]\d* from the cache/);
    const report = (out: string) =>
      out
        .split('\n')
        .filter((line) => !line.startsWith('doclint: '))
        .join('\n');
    expect(report(second.out)).toBe(report(first.out));
    expect(git('status', '--porcelain')).not.toMatch(/doclint-cache/);
  });

  test('a staged deletion breaks the links into it', () => {
    git('rm', '-q', 'usage.md');
    const run = doclint('--staged');
    expect(run.status).toBe(1);
    expect(run.out).toContain('Cannot find file `usage.md`: it was deleted since `HEAD`');
    expect(run.out).toContain('index.md');
    expect(run.out).toContain('install.md');
  });

  test('a staged page that links to an untracked file: the commit alone would be broken', () => {
    write('faq.md', '# FAQ\n');
    write('install.md', '# Install\n\nThen see [usage](usage.md) and the [FAQ](faq.md).\n');
    git('add', 'install.md');
    const run = doclint('--staged');
    expect(run.status).toBe(1);
    expect(run.out).toContain('install.md\n  3:36  error    Cannot find file `faq.md`');
    git('add', 'faq.md');
    expect(doclint('--staged').status).toBe(0);
  });

  test('a staged anchor removal breaks the links into it; fixing the link in the same commit passes', () => {
    write('usage.md', '# Usage\n\n## Running\n\nBack to [install](install.md).\n');
    git('add', 'usage.md');
    const run = doclint('--staged');
    expect(run.status).toBe(1);
    expect(run.out).toContain('index.md\n  4:3  error    Cannot find anchor `#run` in `usage.md`');
    write('index.md', '# Guide\n\n- [Install](install.md)\n- [Usage](usage.md#running)\n');
    git('add', 'index.md');
    expect(doclint('--staged')).toEqual({ status: 0, out: '' });
  });

  test('the first commit of a repository', () => {
    repo = mkdtempSync(join(tmpdir(), 'doclint-staged-first-'));
    git('init', '-q');
    write('a.md', '# A\n\n[b](b.md)\n');
    git('add', 'a.md');
    const run = doclint('--staged');
    expect(run.status).toBe(1);
    expect(run.out).toContain('a.md\n  3:1  error    Cannot find file `b.md`');
  });

  test('outside a git repository: a usage error that says so', () => {
    repo = mkdtempSync(join(tmpdir(), 'doclint-staged-nogit-'));
    write('a.md', '# A\n');
    const run = doclint('--staged');
    expect(run.status).toBe(2);
    expect(run.out).toContain('--staged needs a git repository');
  });
});
