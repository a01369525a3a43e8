/**
 * `--stdin --stdin-filename <path>`: an editor's unsaved text, linted as the page at that path,
 * in-process through `main()` and through the built binary (both must agree): that path's config,
 * its links resolved from there against the tree on disk, the text in place of the file, and only
 * that page reported.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { runDoclint } from '../support/binary.js';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function inProcess(cwd: string, argv: string[], input: string | Buffer): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: {},
    stdin: Readable.from([Buffer.from(input)]),
  });
  return { code, stdout, stderr };
}

function binary(cwd: string, argv: string[], input: string | Buffer): Outcome {
  const { code, stdout, stderr } = runDoclint(cwd, argv, { input });
  return { code: code ?? -1, stdout, stderr };
}

let root: string;
const tree: Record<string, string> = {
  '.doclintrc.json': '{}\n',
  'docs/a.md': '# A\n\n## Old\n\nSee [b](b.md).\n',
  'docs/b.md': '# B\n\n## Setup\n\n[old](a.md#old)\n',
  'relaxed/.doclintrc.json': '{ "rules": { "link-file-exists": "off" } }\n',
  'relaxed/page.md': '# Relaxed\n',
  '.doclintignore': 'drafts/\n',
  'drafts/wip.md': '# WIP\n',
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'doclint-stdin-'));
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const both = (name: string, fn: (run: typeof inProcess) => Promise<void>) => {
  describe(name, () => {
    test('in-process', () => fn(inProcess));
    test('binary', () => fn(async (cwd, argv, input) => binary(cwd, argv, input)));
  });
};

both('the text, not the file on disk, is linted as that page, its links resolved from its folder', async (run) => {
  const text = '# A\n\n## New\n\n[b](b.md#setup) [gone](b.md#nope) [c](c.md) [me](#new) [me](a.md#old)\n';
  expect(await run(root, ['--stdin', '--stdin-filename', 'docs/a.md', '-f', 'unix'], text)).toEqual({
    code: 1,
    stdout:
      'docs/a.md:5:17: Cannot find anchor `#nope` in `b.md` [Error/link-anchor-exists]\n' +
      'docs/a.md:5:35: Cannot find file `c.md` [Error/link-file-exists]\n' +
      'docs/a.md:5:56: Cannot find anchor `#old` in `a.md` [Error/link-anchor-exists]\n' +
      '\n3 problems\n',
    stderr: '',
  });
  // docs/b.md links to a.md#old, which the text no longer has: only the page given is reported
  expect(await run(root, ['--stdin', '--stdin-filename', 'docs/a.md'], '# A\n')).toEqual({
    code: 0,
    stdout: '',
    stderr: '',
  });
  expect(readFileSync(join(root, 'docs/a.md'), 'utf8')).toBe(tree['docs/a.md']);
});

both('a page that does not exist yet, and that path config', async (run) => {
  const text = '# New\n\n[a](a.md#old) [x](missing.md)\n';
  const shown = await run(root, ['--stdin', '--stdin-filename', 'docs/new.md', '-f', 'unix'], text);
  expect(shown).toEqual({
    code: 1,
    stdout: 'docs/new.md:3:15: Cannot find file `missing.md` [Error/link-file-exists]\n\n1 problem\n',
    stderr: '',
  });
  // relaxed/.doclintrc.json turns link-file-exists off for the pages of its folder
  expect(await run(root, ['--stdin', '--stdin-filename', 'relaxed/new.md'], text)).toEqual({
    code: 0,
    stdout: '',
    stderr: '',
  });
});

both('paths are the working directory’s, in and out', async (run) => {
  const outcome = await run(join(root, 'docs'), ['--stdin', '--stdin-filename', 'a.md', '-f', 'unix'], '[c](c.md)\n');
  expect(outcome).toEqual({
    code: 1,
    stdout: 'a.md:1:1: Cannot find file `c.md` [Error/link-file-exists]\n\n1 problem\n',
    stderr: '',
  });
});

both('read as files are: bytes that are not UTF-8, and past --max-file-size', async (run) => {
  const latin1 = Buffer.concat([Buffer.from('# A\n\ncaf'), Buffer.from([0xe9]), Buffer.from(' [c](c.md)\n')]);
  expect(await run(root, ['--stdin', '--stdin-filename', 'docs/a.md', '-f', 'unix'], latin1)).toEqual({
    code: 1,
    stdout:
      'docs/a.md:3:4: File is not valid UTF-8: byte 0xE9 here is read as U+FFFD, as a browser shows it; ' +
      'save the file as UTF-8 [Error]\n' +
      'docs/a.md:3:6: Cannot find file `c.md` [Error/link-file-exists]\n\n2 problems\n',
    stderr: '',
  });
  const big = `# Big\n\n${'x'.repeat(2000)}\n`;
  expect(
    await run(root, ['--stdin', '--stdin-filename', 'docs/a.md', '-f', 'unix', '--max-file-size', '0.001'], big),
  ).toEqual({
    code: 1,
    stdout:
      'docs/a.md:1:1: File is too large to lint (standard input gave more than the limit of 0.0 MB, ' +
      'see --max-file-size) [Error]\n\n1 problem\n',
    stderr: '',
  });
  expect((await run(root, ['--stdin', '--stdin-filename', 'docs/a.md', '-f', 'unix'], 'a\u0000b')).stdout).toBe(
    'docs/a.md:1:1: File is binary (it contains NUL bytes), not Markdown; delete it or exclude it in .gitignore ' +
      '[Error]\n\n1 problem\n',
  );
});

both('an ignored path gives what naming that ignored file gives', async (run) => {
  const named = await run(root, ['drafts/wip.md'], '');
  expect(named.code).toBe(2);
  expect(named.stderr).toContain('is ignored by `.doclintignore`');
  expect(await run(root, ['--stdin', '--stdin-filename', 'drafts/wip.md'], '# WIP\n')).toEqual(named);
  expect(await run(root, ['--stdin', '--stdin-filename', 'drafts/new.md', '--no-ignore'], '[c](c.md)\n')).toEqual({
    code: 1,
    stdout: expect.stringContaining('Cannot find file `c.md`'),
    stderr: '',
  });
});

const USAGE: Array<[string, string[], string]> = [
  [
    'no --stdin-filename',
    ['--stdin'],
    'doclint: --stdin needs --stdin-filename <path>: the page the text is, relative to the working directory ' +
      '(its config and where its relative links lead depend on it; it need not exist)\n',
  ],
  ['--stdin-filename alone', ['--stdin-filename', 'docs/a.md'], 'doclint: --stdin-filename is for --stdin\n'],
  [
    'paths too',
    ['--stdin', '--stdin-filename', 'docs/a.md', 'docs'],
    'doclint: --stdin takes no paths: the page is the one --stdin-filename names\n',
  ],
  [
    'with --watch',
    ['--stdin', '--stdin-filename', 'a.md', '--watch'],
    'doclint: --stdin cannot be combined with --watch\n',
  ],
  [
    'with --changed-since',
    ['--stdin', '--stdin-filename', 'a.md', '--changed-since', 'main'],
    'doclint: --stdin cannot be combined with --changed-since\n',
  ],
  [
    'outside the root',
    ['--stdin', '--stdin-filename', '../elsewhere.md'],
    'doclint: `../elsewhere.md` is outside the project root; run doclint from a folder that contains it\n',
  ],
  ['the root itself', ['--stdin', '--stdin-filename', '.'], 'doclint: `.` is the project root, not a page\n'],
];

describe.each(USAGE)('usage error (exit 2): %s', (_name, argv, stderr) => {
  test('in-process', async () => {
    expect(await inProcess(root, argv, '# A\n')).toEqual({ code: 2, stdout: '', stderr });
  });
  test('binary', () => {
    expect(binary(root, argv, '# A\n')).toEqual({ code: 2, stdout: '', stderr });
  });
});
