import { describe, expect, test } from '@jest/globals';
import type { Rule } from '../../src/types.js';
import { lintProject } from '../../src/index.js';
import { ConfigError } from '../../src/engine/config/resolve.js';
import { builtinRules } from '../../rules/index.js';
import { exitCode } from '../../src/cli/output.js';
import { compactLine } from '../support/compact.js';

const lint = async (files: Record<string, string>, rules: readonly Rule[] = builtinRules, config = {}) =>
  (
    await lintProject({ documents: Object.entries(files).map(([path, text]) => ({ path, text })) }, config, rules)
  ).flatMap((r) => r.diagnostics.map((d) => `${r.path} ${compactLine(d)}`));

describe('lintProject', () => {
  test('parses CRLF pages and a UTF-8 BOM with correct positions', async () => {
    expect(await lint({ 'a.md': '\uFEFF# A\r\n\r\nSee [x](x.md).\r\n' })).toEqual([
      'a.md 3:5 error link-file-exists/missingFile Cannot find file `x.md`',
    ]);
  });

  test('a page that could not be read is a fatal diagnostic and other pages are still linted', async () => {
    const results = await lintProject(
      {
        documents: [
          { path: 'bad.md', problem: 'File is binary' },
          { path: 'ok.md', text: '[b](bad.md)\n' },
        ],
      },
      {},
      builtinRules,
    );
    expect(results.map((r) => [r.path, r.diagnostics.map(compactLine)])).toEqual([
      ['bad.md', ['1:1 error (file) File is binary']],
      ['ok.md', []],
    ]);
    expect(results[0]!.diagnostics[0]!.fatal).toBe(true);
    expect(exitCode(results)).toBe(1);
  });

  test('a rule that throws becomes a diagnostic naming it; other rules and pages go on; exit code 2', async () => {
    const broken: Rule = {
      meta: { id: 'broken', description: 'throws', messages: {}, defaultSeverity: 'error' },
      create: (ctx) => ({
        heading() {
          if (ctx.path === 'b.md') throw new Error('boom');
        },
      }),
    };
    const results = await lintProject(
      {
        documents: [
          { path: 'a.md', text: '# A\n' },
          { path: 'b.md', text: '# B\n\n## C\n\n[x](gone.md)\n' },
        ],
      },
      {},
      [...builtinRules, broken],
    );
    expect(results.map((r) => [r.path, r.diagnostics.map(compactLine)])).toEqual([
      ['a.md', []],
      [
        'b.md',
        [
          '1:1 error broken/ Rule `broken` crashed on this page: boom',
          '5:1 error link-file-exists/missingFile Cannot find file `gone.md`',
        ],
      ],
    ]);
    expect(exitCode(results)).toBe(2);
  });

  test('a rule that throws in the cross-file phase is reported, not thrown', async () => {
    const broken: Rule = {
      meta: { id: 'broken-project', description: 'throws', messages: {}, defaultSeverity: 'error' },
      checkProject() {
        throw new Error('bad index');
      },
    };
    const results = await lintProject({ documents: [{ path: 'a.md', text: '# A\n' }] }, {}, [broken]);
    expect(results[0]!.diagnostics.map(compactLine)).toEqual([
      '1:1 error broken-project/ Rule `broken-project` crashed in the cross-file phase: bad index',
    ]);
  });

  test('a report with an unknown messageId is a crash of that rule, not a silent message', async () => {
    const sloppy: Rule = {
      meta: { id: 'sloppy', description: 'bad id', messages: { known: 'Known' }, defaultSeverity: 'warn' },
      create: (ctx) => ({ root: (node) => ctx.report({ node, messageId: 'unknown' }) }),
    };
    expect(await lint({ 'a.md': 'x\n' }, [sloppy])).toEqual([
      'a.md 1:1 error sloppy/ Rule `sloppy` crashed on this page: rule `sloppy` reported the unknown messageId `unknown`',
    ]);
  });

  test('severities come from config; off disables; options are validated first', async () => {
    const files = { 'a.md': '[x](x.md)\n' };
    expect(await lint(files, builtinRules, { rules: { 'link-file-exists': 'warn' } })).toEqual([
      'a.md 1:1 warning link-file-exists/missingFile Cannot find file `x.md`',
    ]);
    expect(await lint(files, builtinRules, { rules: { 'link-file-exists': ['off'] } })).toEqual([]);
    await expect(lint(files, builtinRules, { rules: { 'link-file-exist': 'warn' } })).rejects.toThrow(ConfigError);
  });

  test('linting some pages resolves links against every path, reading each target page once', async () => {
    const reads: string[] = [];
    const results = await lintProject(
      {
        documents: [
          { path: 'docs/a.md', text: '[1](b.md#usage) [2](b.md#install) [3](c.md#x) [4](img.png) [5](b.md)\n' },
        ],
        paths: ['docs/a.md', 'docs/b.md', 'docs/c.md', 'docs/img.png'],
        readFile: (path) => {
          reads.push(path);
          return path === 'docs/b.md' ? '# B\n\n## Usage\n' : undefined;
        },
      },
      {},
      builtinRules,
    );
    expect(reads.sort()).toEqual(['docs/b.md', 'docs/c.md']);
    expect(results.map((r) => r.path)).toEqual(['docs/a.md']);
    expect(results[0]!.diagnostics.map(compactLine)).toEqual([
      '1:17 error link-anchor-exists/missingAnchor Cannot find anchor `#install` in `b.md`',
    ]);
  });

  test('the result does not depend on the order pages are given in', async () => {
    const files: Array<[string, string]> = [
      ['b.md', '# B\n\n[a](a.md#nope)\n'],
      ['a.md', '# A\n\n[b](b.md#b) [c](c.md)\n'],
    ];
    const forward = await lint(Object.fromEntries(files));
    const backward = await lint(Object.fromEntries([...files].reverse()));
    expect(forward).toEqual(backward);
    expect(forward).toEqual([
      'a.md 3:13 error link-file-exists/missingFile Cannot find file `c.md`',
      'b.md 3:1 error link-anchor-exists/missingAnchor Cannot find anchor `#nope` in `a.md`',
    ]);
  });
});

describe('inline directives', () => {
  const page = [
    '<!-- doclint-disable-next-line link-file-exists -->',
    '[a](gone-1.md)',
    '[b](gone-2.md) <!-- doclint-disable-line link-file-exists -- a release adds it -->',
    '<!-- doclint-disable link-file-exists, link-anchor-exists -->',
    '[c](gone-3.md) [d](#nope)',
    '<!-- doclint-enable link-file-exists -->',
    '[e](gone-5.md) [f](#nope-either)',
    '<!-- doclint-enable -->',
    '[g](#still-nope)',
    '<!-- doclint-disable-next-line security-topics-list -->',
    '[h](gone-6.md)',
    '```',
    '<!-- doclint-disable -->',
    '```',
    '[i](gone-7.md)',
    '',
  ].join('\n');

  test('disable, enable, next line and this line apply to cross-file findings; directives in code do not count', async () => {
    expect(await lint({ 'a.md': page })).toEqual([
      'a.md 7:1 error link-file-exists/missingFile Cannot find file `gone-5.md`',
      'a.md 9:1 error link-anchor-exists/missingAnchor Cannot find anchor `#still-nope` in `a.md`',
      'a.md 11:1 error link-file-exists/missingFile Cannot find file `gone-6.md`',
      'a.md 15:1 error link-file-exists/missingFile Cannot find file `gone-7.md`',
    ]);
  });

  test('disable-file, for one rule or all', async () => {
    expect(await lint({ 'a.md': '[a](x.md) [b](#y)\n\n<!-- doclint-disable-file link-anchor-exists -->\n' })).toEqual([
      'a.md 1:1 error link-file-exists/missingFile Cannot find file `x.md`',
    ]);
    expect(await lint({ 'a.md': '[a](x.md) [b](#y)\n\n<!-- doclint-disable-file -->\n' })).toEqual([]);
  });

  test('problems with the file itself are never suppressed', async () => {
    const results = await lintProject({ documents: [{ path: 'a.md', problem: 'File is binary' }] }, {}, builtinRules);
    expect(results[0]!.diagnostics).toHaveLength(1);
  });
});
