/**
 * Messages that name the cause, run as a user runs doclint: through the built binary
 * (`dist/src/bin.js`), with the exact output and exit code. A page with a byte that is not UTF-8
 * is still linted; links whose destination is wrong in itself say what is wrong with it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDoclint as run } from '../support/binary.js';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = join(repo, 'dist/src/bin.js');
const scratch = mkdtempSync(join(tmpdir(), 'doclint-messages-'));

function project(name: string, files: Record<string, string | Buffer>): string {
  const root = join(scratch, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/src/bin.js is missing: run `npm run build` (npm test does it first)');
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A Latin-1 `é` (0xE9) on line 3, after a U+FFFD that the file spells correctly in UTF-8 on line 1. */
const latin1 = (bad: Buffer) =>
  Buffer.concat([
    Buffer.from('# Menu \uFFFD\n\nPrix: 5 ', 'utf8'),
    bad,
    Buffer.from(' euros\n\nSee [setup](setup.md) and [the menu](#menu-).\n', 'utf8'),
  ]);

describe('a page that is not valid UTF-8', () => {
  test('is linted, with an error at the first bad byte; a binary page is still skipped', () => {
    const root = project('latin1', {
      'menu.md': latin1(Buffer.from([0xe9])),
      '._menu.md': Buffer.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02]),
    });
    const outcome = run(root, []);
    expect(outcome.stdout).toBe(`._menu.md
  1:1  error    File is binary (it contains NUL bytes), not Markdown; delete it or exclude it in .gitignore

menu.md
  3:9  error    File is not valid UTF-8: byte 0xE9 here is read as U+FFFD, as a browser shows it; save the file as UTF-8
  5:5  error    Cannot find file \`setup.md\`                                                                               link-file-exists

\u2716 3 problems (3 errors, 0 warnings)
`);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(1);

    const json = JSON.parse(run(root, ['--format', 'json', 'menu.md']).stdout) as Array<{
      messages: Array<Record<string, unknown>>;
    }>;
    expect(json[0]!.messages[0]).toEqual({
      ruleId: null,
      severity: 2,
      message:
        'File is not valid UTF-8: byte 0xE9 here is read as U+FFFD, as a browser shows it; save the file as UTF-8',
      line: 3,
      column: 9,
    });
  });

  test('the cache tells it from a page that spells U+FFFD in UTF-8, which has the same text', () => {
    const root = project('cached', { 'menu.md': latin1(Buffer.from([0xe9])) });
    const args = ['--cache', '--cache-strategy', 'content'];
    expect(run(root, args).stdout).toContain('3:9  error    File is not valid UTF-8');
    writeFileSync(join(root, 'menu.md'), latin1(Buffer.from('\uFFFD', 'utf8')));
    const outcome = run(root, args);
    expect(outcome.stdout).toBe(`menu.md
  5:5  error    Cannot find file \`setup.md\`  link-file-exists

\u2716 1 problem (1 error, 0 warnings)
`);
    expect(outcome.code).toBe(1);
  });
});

test('destinations wrong in themselves, dead definitions and anchors in code: one finding each, by its cause', () => {
  const root = project('links', {
    'guide.md': [
      '# Guide',
      '',
      'Read the [KEPs][#KEPs], [write to us](team@example.com), see [pricing]() and [setup](#set-up).',
      '',
      '* [KEP-1]:',
      '[https://example.com/kep-1](https://example.com/kep-1)',
      '',
      '[#KEPs]: (#KEPs)',
      '[old]: old-page.md',
      '',
      '```sh',
      'echo',
      '```not a closing fence',
      '',
      '## Set up',
      '',
    ].join('\n'),
  });
  const outcome = run(root, ['--format', 'json']);
  const [page] = JSON.parse(outcome.stdout) as Array<{
    messages: Array<{ ruleId: string; line: number; column: number; message: string }>;
  }>;
  expect(page!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([
    '3:25 link-file-exists Cannot find file `team@example.com`: it is an e-mail address; add `mailto:` (`mailto:team@example.com`)',
    '3:62 link-file-exists Unexpected empty destination: the link goes nowhere; write its URL or path',
    '3:78 link-anchor-exists Cannot find anchor `#set-up` in `guide.md`: it is inside code there (is a code fence left open before it?)',
    "5:3 link-file-exists Unexpected line break after `[KEP-1]:`: CommonMark reads the next line, `[https://example.com/kep-1](https://example.com/kep-1)`, as the definition's URL and shows neither line; write the URL after `[KEP-1]:`, or `[KEP-1]\\:` if this is not a definition",
    '8:1 link-file-exists Unexpected parentheses around the destination `(#KEPs)`: CommonMark reads them as part of the URL; write `[#KEPs]: #KEPs`',
    '9:1 link-definition-used Unexpected definition `old` that no reference link or image uses',
  ]);
  expect(outcome.code).toBe(1);
});
