/**
 * The pre-commit hook as pre-commit itself installs and runs it (`pre-commit try-repo` on this
 * checkout, with Debian's pre-commit, which .ci/run installs): a broken link fails the commit,
 * the fixed page passes, and a commit that renames a page other pages link to fails (the fixing
 * hook rewrites the link and fails because it changed a file, then passes once it is staged). Skipped,
 * loudly, where pre-commit is not installed; a failure instead when CI is set, where it must run.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const checkout = fileURLToPath(new URL('../..', import.meta.url));
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const work = join(tmpdir(), `doclint-pre-commit-${process.pid}`);
const repo = join(work, 'docs-repo');
const env = {
  ...process.env,
  PRE_COMMIT_HOME: join(work, 'cache'),
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env });
const tryRepo = (hook = 'doclint') =>
  spawnSync('pre-commit', ['try-repo', checkout, hook], { cwd: repo, env, encoding: 'utf8' });

beforeAll(() => {
  if (!hasPreCommit) return;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(repo, 'docs'), { recursive: true });
  git('init', '-q');
  writeFileSync(join(repo, 'docs/index.md'), '# Guide\n\nSee [setup](setup.md#install).\n');
  writeFileSync(join(repo, 'docs/setup.md'), '# Setup\n\n## Configure\n');
  git('add', '.');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

(hasPreCommit ? test : test.skip)(
  'try-repo: a broken anchor fails the hook, the fixed page passes',
  () => {
    const broken = tryRepo();
    const output = `${broken.stdout}${broken.stderr}`;
    expect(broken.status).toBe(1);
    expect(output).toContain('docs/index.md');
    expect(output).toContain('3:5  error    Cannot find anchor `#install` in `setup.md`  link-anchor-exists');
    writeFileSync(join(repo, 'docs/setup.md'), '# Setup\n\n## Install\n');
    git('add', '.');
    const fixed = tryRepo();
    expect(`${fixed.stdout}${fixed.stderr}`).toMatch(/doclint\.+Passed/);
    expect(fixed.status).toBe(0);
    // the file-based hook lints the staged files it is given
    expect(tryRepo('doclint-files').status).toBe(0);
    git('commit', '-q', '-m', 'docs');
    // A commit that only renames a page stages no Markdown that links to it: the hook still runs
    // and finds the link the rename breaks.
    git('mv', 'docs/setup.md', 'docs/install.md');
    const renamed = tryRepo();
    expect(renamed.status).toBe(1);
    expect(`${renamed.stdout}${renamed.stderr}`).toContain(
      '3:5  error    Cannot find file `setup.md`: it was renamed to `install.md` since `HEAD`',
    );
    // The fixing hook rewrites the link, and fails as a formatter's hook does: it changed a file.
    const fixing = tryRepo('doclint-fix');
    expect(`${fixing.stdout}${fixing.stderr}`).toContain('files were modified by this hook');
    expect(fixing.status).toBe(1);
    expect(readFileSync(join(repo, 'docs/index.md'), 'utf8')).toBe('# Guide\n\nSee [setup](install.md#install).\n');
    git('add', '.');
    const staged = tryRepo('doclint-fix');
    expect(`${staged.stdout}${staged.stderr}`).toMatch(/doclint \(fix\)\.+Passed/);
    expect(staged.status).toBe(0);
  },
  600_000,
);

if (!hasPreCommit) {
  // In CI the hook test must run: .ci/run installs pre-commit, and a skip there would hide a broken hook.
  const inCi = /^(?!(?:false|0)$)./i.test(process.env.CI ?? '');
  const reason =
    "needs `pre-commit` on PATH (`apt-get install pre-commit` or `pip install pre-commit`; .ci/run installs Debian's package)";
  test(`pre-commit hook: SKIPPED, or failed when CI is set (the test ${reason})`, () => {
    if (inCi) throw new Error(`the pre-commit hook test ${reason}: with CI set, it fails instead of being skipped`);
    console.warn(`SKIPPED: the pre-commit hook test ${reason}`);
  });
}
