/**
 * `--fix` and `--fix-dry-run` through the built binary, on small trees written for each case
 * (fixtures/fix/): the exact diff, the files after `--fix` (BOM, CRLF and everything around the
 * destination kept), the site profile deciding `page.html` → `page.md`, renamed files and headings
 * in a git repository, the pages never written (a symbolic link, a read-only file, a page changed
 * while doclint ran), and the options `--fix` cannot come with.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDoclint } from '../support/binary.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'doclint-fix-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of a fixture tree (or an empty folder). */
function copy(fixture?: string): string {
  const to = join(scratch, `${copies++}`);
  if (fixture) cpSync(join(repo, 'fixtures/fix', fixture), to, { recursive: true });
  else execFileSync('mkdir', ['-p', to]);
  return to;
}

const doclint = (cwd: string, ...argv: string[]) => runDoclint(cwd, argv);

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

const README_DIFF = `--- a/README.md
+++ b/README.md
@@ -1,14 +1,14 @@
 # Links to fix
 
-See [set up](./guide/Setup.md#install "Set it up") and [the other page](<guide/Other Page.md>).
-Also [encoded](guide/other%20PAGE.md?plain=1#top) and ![logo](Images/Logo.png).
+See [set up](./guide/setup.md#install "Set it up") and [the other page](<guide/other page.md>).
+Also [encoded](guide/other%20page.md?plain=1#top) and ![logo](images/logo.png).
 
-Read the [reference][ref] and <a class="x" href="guide/SETUP.md">setup</a>.
+Read the [reference][ref] and <a class="x" href="guide/setup.md">setup</a>.
 
-The published pages: [web](guide/setup.html), [web too](./guide/setup.html#install "Install").
+The published pages: [web](guide/setup.md), [web too](./guide/setup.md#install "Install").
 
 Escaped, so not written as parsed: [escaped](guide/Setup\\.md).
 
 Missing, no fix: [gone](guide/missing.md).
 
-[ref]: ./GUIDE/setup.md 'Reference'
+[ref]: ./guide/setup.md 'Reference'
`;

const REST_DIFF = `--- a/guide/bom.md
+++ b/guide/bom.md
@@ -1,3 +1,3 @@
 \uFEFF# With a BOM
 
-😀 [smile](Setup.md) 😀 [again](SETUP.md)
+😀 [smile](setup.md) 😀 [again](setup.md)
--- a/guide/other page.md
+++ b/guide/other page.md
@@ -1,3 +1,3 @@
 # Other page\r
 \r
-Back to [setup](Setup.md#install).\r
+Back to [setup](setup.md#install).\r
--- a/guide/setup.md
+++ b/guide/setup.md
@@ -2,4 +2,4 @@
 
 ## Install
 
-Back to [the start](../readme.md).
+Back to [the start](../README.md).
`;

const REMAINING = `README.md
  10:36  error    Unexpected letter case in \`guide/Setup.md\`: the file is \`guide/setup.md\`  link-file-exists
  12:18  error    Cannot find file \`guide/missing.md\`                                       link-file-exists

✖ 2 problems (2 errors, 0 warnings)
`;

describe('--fix-dry-run', () => {
  test('prints the unified diff of every page that would change, writes nothing, reports what would remain', () => {
    const dir = copy('links');
    const before = read(dir, 'README.md');
    const run = doclint(dir, '--no-config-lookup', '--fix-dry-run');
    expect(run.stdout).toBe(README_DIFF + REST_DIFF);
    expect(run.stderr).toBe(
      `doclint: --fix-dry-run: 12 fixes in 4 files would be applied; nothing was written\n${REMAINING}`,
    );
    expect(run.code).toBe(1);
    expect(read(dir, 'README.md')).toBe(before);
  });

  test('the diff applies with git apply, to what --fix writes', () => {
    const dry = copy('links');
    const diff = doclint(dry, '--no-config-lookup', '--fix-dry-run').stdout;
    execFileSync('git', ['apply', '-'], { cwd: dry, input: diff });
    const fixed = copy('links');
    doclint(fixed, '--no-config-lookup', '--fix');
    for (const page of ['README.md', 'guide/bom.md', 'guide/other page.md', 'guide/setup.md']) {
      expect([page, read(dry, page)]).toEqual([page, read(fixed, page)]);
    }
  });

  test('a machine format needs --output-file, which gets the report', () => {
    const dir = copy('links');
    expect(doclint(dir, '--no-config-lookup', '--fix-dry-run', '-f', 'json')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'doclint: --fix-dry-run prints the diff on stdout: write the json report to a file with --output-file ' +
        '(the stylish report goes to stderr)\n',
    });
    const run = doclint(dir, '--no-config-lookup', '--fix-dry-run', '-f', 'json', '-o', 'report.json');
    expect(run.stdout).toBe(README_DIFF + REST_DIFF);
    const report = JSON.parse(read(dir, 'report.json')) as Array<{ filePath: string; messages: unknown[] }>;
    expect(report.filter((r) => r.messages.length > 0).map((r) => [r.filePath, r.messages.length])).toEqual([
      ['README.md', 2],
    ]);
  });
});

describe('--fix', () => {
  test('writes the fixed pages (BOM, CRLF and permissions kept) and reports what remains', () => {
    const dir = copy('links');
    chmodSync(join(dir, 'guide/setup.md'), 0o640);
    const run = doclint(dir, '--no-config-lookup', '--fix');
    expect(run).toEqual({ code: 1, stdout: REMAINING, stderr: 'doclint: applied 12 fixes in 4 files\n' });
    expect(read(dir, 'README.md')).toContain(
      'See [set up](./guide/setup.md#install "Set it up") and [the other page](<guide/other page.md>).\n',
    );
    expect(readFileSync(join(dir, 'guide/bom.md'))).toEqual(
      Buffer.from('\uFEFF# With a BOM\n\n😀 [smile](setup.md) 😀 [again](setup.md)\n'),
    );
    expect(read(dir, 'guide/other page.md')).toBe('# Other page\r\n\r\nBack to [setup](setup.md#install).\r\n');
    expect(statSync(join(dir, 'guide/setup.md')).mode & 0o777).toBe(0o640);
    // nothing left to fix: a second run changes nothing
    expect(doclint(dir, '--no-config-lookup', '--fix')).toEqual({
      code: 1,
      stdout: REMAINING,
      stderr: 'doclint: applied 0 fixes in 0 files\n',
    });
  });

  test('the site profile decides: mdBook links to chapter.html are right, without a profile they become .md', () => {
    const book = copy('mdbook');
    expect(doclint(book, '--fix')).toEqual({ code: 0, stdout: '', stderr: 'doclint: applied 1 fix in 1 file\n' });
    expect(read(book, 'src/intro.md')).toBe(
      '# Introduction\n\nRead [the chapter](chapter.html) and [its section](chapter.html#a-section), or [the Chapter](chapter.md).\n',
    );
    const plain = copy('mdbook');
    expect(doclint(plain, '--fix', '--no-config-lookup').stderr).toBe('doclint: applied 3 fixes in 1 file\n');
    expect(read(plain, 'src/intro.md')).toBe(
      '# Introduction\n\nRead [the chapter](chapter.md) and [its section](chapter.md#a-section), or [the Chapter](chapter.md).\n',
    );
  });

  test('a topics list gains the children the table of contents places under its page, once', () => {
    const guide = copy();
    cpSync(join(repo, 'fixtures/rules/toc-topics-match'), guide, { recursive: true });
    const fixed = doclint(guide, '--fix', 'security.md', '--no-config-lookup');
    expect(fixed.stderr).toBe('doclint: applied 3 fixes in 1 file\n');
    expect(read(guide, 'security.md')).toBe(
      [
        '# Security in Example Service',
        '',
        'Security is a shared responsibility between AWS and you\\.',
        '',
        '**Topics**',
        '+ [Data protection in Example Service](data-protection.md)',
        '+ [Identity and access management for Example Service](example_managing_access.md)',
        '+ [Monitoring Example Service](monitoring.md)',
        '+ [Identity and access management for Example Service](security-iam.md)',
        '+ [Logging Example Service API calls](logging.md)',
        '+ [Resilience in Example Service](resilience.md)',
        '',
      ].join('\n'),
    );
    // what has no one right answer stays reported: the renamed child's stale item, the page that moved
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toContain('Unexpected topic `example_managing_access.md`');
    expect(fixed.stdout).toContain('Unexpected topic `monitoring.md`');
    const again = doclint(guide, '--fix-dry-run', 'security.md', '--no-config-lookup');
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('doclint: --fix-dry-run: 0 fixes in 0 files would be applied; nothing was written');
  });

  test('a file renamed and a heading renamed since --changed-since: the links follow them', () => {
    const dir = copy();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', ...args], { cwd: dir });
    writeFileSync(join(dir, 'index.md'), '# Index\n\n[Setup](docs/old-name.md) and [its part](docs/b.md#set-up).\n');
    execFileSync('mkdir', ['docs'], { cwd: dir });
    writeFileSync(join(dir, 'docs/old-name.md'), '# Setup\n');
    writeFileSync(join(dir, 'docs/b.md'), '# B\n\n## Set up\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'docs');
    git('mv', 'docs/old-name.md', 'docs/new-name.md');
    writeFileSync(join(dir, 'docs/b.md'), '# B\n\n## Install\n');
    const run = doclint(dir, '--changed-since', 'HEAD', '--fix-dry-run');
    expect(run.stdout).toBe(`--- a/index.md
+++ b/index.md
@@ -1,3 +1,3 @@
 # Index
 
-[Setup](docs/old-name.md) and [its part](docs/b.md#set-up).
+[Setup](docs/new-name.md) and [its part](docs/b.md#install).
`);
    expect(run.code).toBe(0);
    expect(doclint(dir, '--changed-since', 'HEAD', '--fix').code).toBe(0);
    expect(read(dir, 'index.md')).toBe('# Index\n\n[Setup](docs/new-name.md) and [its part](docs/b.md#install).\n');
  });
});

describe('pages --fix never writes', () => {
  test('a symbolic link and a read-only page: said on stderr, left as they are, still reported', () => {
    const dir = copy();
    writeFileSync(join(dir, 'a.md'), '[b](B.md)\n');
    writeFileSync(join(dir, 'b.md'), '# B\n');
    writeFileSync(join(dir, 'real.md'), '[b](B.md)\n');
    symlinkSync('real.md', join(dir, 'link.md'));
    chmodSync(join(dir, 'a.md'), 0o444);
    const run = doclint(dir, '--no-config-lookup', '--fix', '-f', 'unix', 'a.md', 'link.md');
    expect(run.stderr).toBe(
      'doclint: warning: `a.md` was not fixed: it is read-only\n' +
        'doclint: warning: `link.md` was not fixed: it is a symbolic link (doclint fixes only regular files)\n' +
        'doclint: applied 0 fixes in 0 files\n',
    );
    expect(run.stdout).toBe(
      'a.md:1:1: Unexpected letter case in `B.md`: the file is `b.md` [Error/link-file-exists]\n' +
        'link.md:1:1: Unexpected letter case in `B.md`: the file is `b.md` [Error/link-file-exists]\n\n2 problems\n',
    );
    expect(run.code).toBe(1);
    expect(read(dir, 'a.md')).toBe('[b](B.md)\n');
    expect(read(dir, 'real.md')).toBe('[b](B.md)\n');
  });

  test('a page that is not valid UTF-8 is not fixed (its bad bytes would become U+FFFD)', () => {
    const dir = copy();
    writeFileSync(
      join(dir, 'a.md'),
      Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' [b](B.md)\n')]),
    );
    writeFileSync(join(dir, 'b.md'), '# B\n');
    const run = doclint(dir, '--no-config-lookup', '--fix', '-f', 'unix');
    expect(run.stderr).toBe(
      'doclint: warning: `a.md` was not fixed: it is not valid UTF-8 (a fix would write U+FFFD for the bad bytes)\n' +
        'doclint: applied 0 fixes in 0 files\n',
    );
    expect(readFileSync(join(dir, 'a.md'))[3]).toBe(0xe9);
  });

  test('a page that changed on disk while doclint ran is not overwritten', () => {
    const dir = copy();
    // A plugin rule that offers a fix, and changes the page on disk when the fixed text is linted again.
    writeFileSync(
      join(dir, 'meddle.mjs'),
      `import { appendFileSync } from 'node:fs';
let runs = 0;
export default {
  meta: { id: 'test/meddle', description: 'x', messages: { x: 'x' }, fixable: true },
  checkProject(context) {
    runs++;
    if (runs === 1) context.report('a.md', { messageId: 'x', fix: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 }, text: 'B' } });
    else appendFileSync(new URL('a.md', import.meta.url), 'edited\\n');
  },
};
`,
    );
    writeFileSync(
      join(dir, '.doclintrc.json'),
      JSON.stringify({ plugins: ['./meddle.mjs'], rules: { 'test/meddle': 'error' } }),
    );
    writeFileSync(join(dir, 'a.md'), 'a\n');
    const run = doclint(dir, '--fix');
    expect(run.stderr).toBe(
      'doclint: warning: `a.md` was not fixed: it changed on disk while doclint ran; run doclint --fix again\n' +
        'doclint: applied 0 fixes in 0 files\n',
    );
    expect(run.code).toBe(0);
    expect(read(dir, 'a.md')).toBe('a\nedited\nedited\n');
  });
});

describe('what --fix cannot come with (exit 2)', () => {
  test.each([
    [
      ['--fix', '--fix-dry-run'],
      '--fix cannot be combined with --fix-dry-run: --fix-dry-run shows the fixes, --fix writes them',
    ],
    [['--fix', '--stdin', '--stdin-filename', 'a.md'], '--stdin cannot be combined with --fix'],
    [['--fix-dry-run', '--watch'], '--watch cannot be combined with --fix-dry-run'],
    [['--fix', '--list-rules'], '--list-rules cannot be combined with --fix'],
    [
      ['--fix-dry-run', '--format', 'sarif'],
      '--fix-dry-run prints the diff on stdout: write the sarif report to a file with --output-file (the stylish report goes to stderr)',
    ],
  ])('%j', (argv, message) => {
    expect(doclint(copy('links'), ...argv)).toEqual({ code: 2, stdout: '', stderr: `doclint: ${message}\n` });
  });
});
