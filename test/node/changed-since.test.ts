/**
 * `--changed-since <ref>` against a real git repository built here: the changed pages are linted,
 * and so is every page whose links the change broke (a deleted or renamed file, a removed anchor),
 * with the change named as the cause. Pages the change did not touch or break are left alone.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const repo = join(tmpdir(), `doclint-git-${process.pid}`);
const git = (...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=doclint test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args],
    { cwd: repo, encoding: 'utf8' },
  );
const write = (path: string, text: string) => writeFileSync(join(repo, path), text);

async function run(args: string[], cwd = repo) {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: args,
    cwd,
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
    env: {},
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(join(repo, 'docs'), { recursive: true });
  git('init', '-q');
  write('docs/index.md', '# Guide\n\n+ [Install](install.md#setup)\n+ [Old](old.md)\n+ [Moved](moved.md)\n');
  write('docs/install.md', '# Install\n\n## Setup\n\nRun it.\n\n## Verify\n');
  write('docs/old.md', '# Old page\n');
  write('docs/moved.md', '# Moved page\n');
  write('docs/untouched.md', '# Untouched\n\nAn old broken link nobody changed: [x](nowhere.md).\n');
  write('docs/faq.md', '# FAQ\n\nSee [verifying](install.md#verify).\n');
  git('add', '.');
  git('commit', '-q', '-m', 'guide');
  // The change: a heading renamed (its slug goes), a page deleted, a page renamed, a new page.
  write('docs/install.md', '# Install\n\n## Set up\n\nRun it.\n\n## Verify\n');
  unlinkSync(join(repo, 'docs/old.md'));
  git('rm', '-q', '--cached', 'docs/old.md');
  renameSync(join(repo, 'docs/moved.md'), join(repo, 'docs/renamed.md'));
  git('add', '-A');
  write('docs/new.md', '# New\n\nSee [missing](missing.md).\n');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('--changed-since', () => {
  test('lints the changed pages and the pages the change broke, naming the change', async () => {
    const { code, stdout, stderr } = await run(['--changed-since', 'HEAD', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Array<{
      filePath: string;
      messages: Array<{ line: number; column: number; message: string }>;
    }>;
    expect(report.map((r) => [r.filePath, r.messages.map((m) => `${m.line}:${m.column} ${m.message}`)])).toEqual([
      [
        'docs/index.md',
        [
          '3:3 Cannot find anchor `#setup` in `install.md`: it was removed from `install.md` since `HEAD`',
          '4:3 Cannot find file `old.md`: it was deleted since `HEAD`',
          '5:3 Cannot find file `moved.md`: it was renamed to `renamed.md` since `HEAD`',
        ],
      ],
      ['docs/install.md', []],
      ['docs/new.md', ['3:5 Cannot find file `missing.md`']],
      ['docs/renamed.md', []],
    ]);
  });

  test('a page that mentions a changed page but whose links still work is not reported', async () => {
    const { code, stdout } = await run(['--changed-since', 'HEAD', 'docs/faq.md', 'docs/untouched.md']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  test('an unknown ref is a usage error', async () => {
    const { code, stderr } = await run(['--changed-since', 'no-such-branch']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'doclint: --changed-since: `no-such-branch` is not a commit in this repository (fetch it first in a shallow clone)\n',
    );
  });

  test('outside a git repository it is a usage error', async () => {
    const outside = join(tmpdir(), `doclint-nogit-${process.pid}`);
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'a.md'), '# A\n');
    const { code, stderr } = await run(['--changed-since', 'HEAD'], outside);
    rmSync(outside, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(stderr).toBe('doclint: --changed-since needs a git repository, and the working directory is not in one\n');
  });
});
