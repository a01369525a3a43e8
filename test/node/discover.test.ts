import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listFiles } from '../../src/node/discover.js';

let root: string;

const files: Record<string, string> = {
  '.gitignore': 'build/\n/top-only.md\n*.tmp.md\n!keep.tmp.md\n',
  'top-only.md': '',
  'docs/top-only.md': '',
  'docs/page.md': '',
  'docs/scratch.tmp.md': '',
  'docs/keep.tmp.md': '',
  'build/out.md': '',
  'docs/build/out.md': '',
  'docs/.gitignore': 'drafts\n!drafts/kept.md\nlocal.md\n',
  'docs/drafts/kept.md': '',
  'docs/drafts/draft.md': '',
  'docs/local.md': '',
  'docs/sub/local.md': '',
  'other/local.md': '',
  'other/.gitignore': '!*.tmp.md\n',
  'other/x.tmp.md': '',
  'node_modules/pkg/README.md': '',
  '.git/HEAD.md': '',
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'doclint-discover-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  symlinkSync('page.md', join(root, 'docs/alias.md'));
  symlinkSync('nowhere.md', join(root, 'docs/dangling.md'));
  symlinkSync('..', join(root, 'docs/loop'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listFiles: .gitignore as git applies it', () => {
  test('nested files, negation, folder-only and anchored patterns; nothing below an ignored folder', async () => {
    expect((await listFiles(root)).files).toEqual([
      '.gitignore',
      'docs/.gitignore',
      'docs/alias.md', // a link to a file is that file
      'docs/dangling.md', // kept, so that linting it reports it
      'docs/keep.tmp.md', // re-included by `!keep.tmp.md`
      'docs/page.md',
      'docs/top-only.md', // `/top-only.md` is anchored to the root's folder
      'other/.gitignore',
      'other/local.md', // `local.md` in docs/.gitignore covers docs/ only
      'other/x.tmp.md', // a deeper file's negation wins
    ]);
    // Not listed: build/ and docs/build/ (folder pattern at any depth), docs/drafts/kept.md (its
    // folder is ignored, so the negation cannot bring it back, as in git), docs/local.md and
    // docs/sub/local.md, *.tmp.md, node_modules and .git, and the folder symlink `loop`.
  });

  test('lists what git itself lists as not ignored', async () => {
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    if (git('--version').status !== 0) {
      console.warn('SKIPPED: comparison with git: git is not installed');
      return;
    }
    const copy = mkdtempSync(join(tmpdir(), 'doclint-discover-git-'));
    try {
      spawnSync('cp', ['-a', `${root}/.`, copy]);
      rmSync(join(copy, '.git'), { recursive: true, force: true });
      rmSync(join(copy, 'docs/loop'));
      rmSync(join(copy, 'node_modules'), { recursive: true }); // doclint always skips it; git needs a rule
      expect(spawnSync('git', ['init', '-q'], { cwd: copy }).status).toBe(0);
      const listed = spawnSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: copy, encoding: 'utf8' })
        .stdout.split('\n')
        .filter(Boolean)
        .sort();
      expect((await listFiles(copy)).files).toEqual(listed);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
