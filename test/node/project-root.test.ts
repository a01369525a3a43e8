/**
 * Where the project root is found, and what bounds it: the search from the working directory up
 * stops below the user's home folder and the file system's root (a stray `package.json` or a
 * dotfiles `.git` in the home folder must not make the whole home folder the root, whose every
 * file would be listed as a link target), and the walk that lists link targets stops past a limit.
 * The home folder is a fake one in a temporary folder (`HOME` for the binary).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discover, listFiles, UsageError } from '../../src/node/discover.js';
import { findProjectRoot } from '../../src/node/project-root.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'dist/src/bin.js');
const made: string[] = [];

/** A fresh temporary folder (its real path) with these files; `''` as a text makes a folder. */
function tree(files: Record<string, string>): string {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'doclint-root-')));
  made.push(base);
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith('/')) {
      mkdirSync(join(base, path), { recursive: true });
      continue;
    }
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

describe('findProjectRoot', () => {
  test('a package.json in the home folder does not make it the root: the working directory is', () => {
    const base = tree({ 'home/package.json': '{}', 'home/notes/guide/page.md': '' });
    const home = join(base, 'home');
    expect(findProjectRoot(join(home, 'notes/guide'), undefined, home)).toEqual({
      root: join(home, 'notes/guide'),
      reason: 'no marker above',
      passedOver: { folder: home, marker: 'package.json', kind: 'home folder' },
    });
  });

  test("a dotfiles repository's .git in the home folder does not either", () => {
    const base = tree({ 'home/.git/HEAD': '', 'home/notes/page.md': '' });
    const home = join(base, 'home');
    expect(findProjectRoot(join(home, 'notes'), undefined, home)).toMatchObject({
      root: join(home, 'notes'),
      passedOver: { folder: home, marker: '.git' },
    });
  });

  test('the search does not climb above the home folder either', () => {
    // `base` stands for /home: a marker there is never reached from inside the home folder
    const base = tree({ 'package.json': '{}', 'home/notes/page.md': '' });
    const home = join(base, 'home');
    expect(findProjectRoot(join(home, 'notes'), undefined, home)).toEqual({
      root: join(home, 'notes'),
      reason: 'no marker above',
    });
  });

  test('markers below the home folder still count; the nearest wins, and .git ends the search', () => {
    const base = tree({
      'home/package.json': '{}',
      'home/projects/package.json': '{}',
      'home/projects/repo/.git/HEAD': '',
      'home/projects/repo/docs/guide/page.md': '',
      'home/projects/repo/site/package.json': '{}',
      'home/projects/repo/site/docs/page.md': '',
    });
    const home = join(base, 'home');
    const repoRoot = join(home, 'projects/repo');
    // the package.json above the repository is not reached: its .git is the top of the work tree
    expect(findProjectRoot(join(repoRoot, 'docs/guide'), undefined, home)).toEqual({ root: repoRoot, reason: '.git' });
    expect(findProjectRoot(join(repoRoot, 'site/docs'), undefined, home)).toEqual({
      root: join(repoRoot, 'site'),
      reason: 'package.json',
    });
    expect(findProjectRoot(join(home, 'projects'), undefined, home)).toEqual({
      root: join(home, 'projects'),
      reason: 'package.json',
    });
  });

  test('run in the home folder itself, or given --root, the user chose that folder', () => {
    const base = tree({ 'home/package.json': '{}', 'home/notes/page.md': '' });
    const home = join(base, 'home');
    expect(findProjectRoot(home, undefined, home)).toEqual({ root: home, reason: 'package.json' });
    expect(findProjectRoot(join(home, 'notes'), '..', home)).toEqual({ root: home, reason: '--root' });
  });

  test('a home folder reached through a symbolic link is still the home folder', () => {
    const base = tree({ 'real-home/package.json': '{}', 'real-home/notes/page.md': '' });
    symlinkSync(join(base, 'real-home'), join(base, 'home'));
    expect(findProjectRoot(join(base, 'real-home/notes'), undefined, join(base, 'home'))).toMatchObject({
      root: join(base, 'real-home/notes'),
      passedOver: { folder: join(base, 'real-home'), marker: 'package.json' },
    });
  });
});

describe('the binary, with HOME a fake home folder that has a package.json', () => {
  const base = tree({
    'home/package.json': '{"name":"stray"}',
    'home/other.md': '# Other\n',
    'home/notes/page.md': '# Notes\n\n[other](../other.md) [here](here.md)\n',
    'home/notes/here.md': '# Here\n',
  });
  const home = join(base, 'home');
  const binary = (args: string[]) => {
    if (!existsSync(bin)) throw new Error('dist/src/bin.js is missing: run `npm run build` (npm test does it first)');
    const { CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, ...env } = process.env;
    const result = spawnSync(process.execPath, [bin, '--no-config-lookup', ...args], {
      cwd: join(home, 'notes'),
      env: { ...env, HOME: home, USERPROFILE: home },
      encoding: 'utf8',
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  test('the root is the working directory: a link into the home folder leaves it, and stderr says why', () => {
    expect(binary(['page.md'])).toEqual({
      code: 1,
      stdout: expect.stringContaining('Unexpected link to `../other.md`, which is outside the project root'),
      stderr:
        'doclint: the project root is `.` (the working directory: the home folder `..` is never taken as the ' +
        'root, even with its `package.json`); links that leave it are reported; set another with --root\n',
    });
  });

  test('--root .. takes the home folder, as the user asked', () => {
    expect(binary(['--root', '..', 'page.md'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('the walk that lists link targets is bounded', () => {
  const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`docs/page-${i}.md`, '# Page\n']));
  // 7 entries: the folder docs and its 6 pages (node_modules is not walked)
  const root = tree({ ...files, 'node_modules/pkg/a.md': '', 'node_modules/pkg/b.md': '' });

  test('up to the limit, every file is listed', async () => {
    expect((await listFiles(root, 7)).files).toHaveLength(6);
    expect((await discover(root, [], 7)).files).toHaveLength(6);
  });

  test('past it, the run stops with a usage error that says what to do', async () => {
    const stopped = discover(root, [], 6);
    await expect(stopped).rejects.toThrow(UsageError);
    await expect(stopped).rejects.toThrow(
      `The project root \`${root}\` holds more than 6 files and folders (node_modules and .git aside), and ` +
        'doclint lists all of them as link targets: run it in a smaller project, or name one with --root',
    );
  });
});
