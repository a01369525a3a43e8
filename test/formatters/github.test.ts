import { describe, expect, test } from '@jest/globals';
import type { Diagnostic } from '../../src/types.js';
import { result } from '../support/result.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';

const error = (line: number, message = 'Cannot find file `x.md`'): Omit<Diagnostic, 'path'> => ({
  ruleId: 'link-file-exists',
  severity: 'error',
  message,
  line,
  column: 1,
});
const warning = (line: number): Omit<Diagnostic, 'path'> => ({ ...error(line), severity: 'warning' });

/** Every line is exactly one workflow command of the kinds we emit. */
function expectOneCommandPerLine(output: string) {
  expect(output.endsWith('\n')).toBe(true);
  for (const line of output.slice(0, -1).split(/\r\n|\r|\n/)) {
    expect(line).toMatch(/^::(error |warning |notice::)/);
    // the properties part (before the first `::` after the command) holds no `::`
    const [, properties = ''] = /^::\w+ ?(.*?)::/.exec(line) ?? [];
    expect(properties).not.toContain(':');
  }
}

describe('escaping, as actions/toolkit', () => {
  test('data escapes %, CR and LF, % first', () => {
    expect(escapeData('100% done\r\nnext%0A')).toBe('100%25 done%0D%0Anext%250A');
  });
  test('properties also escape : and ,', () => {
    expect(escapeProperty('a,b:c%.md')).toBe('a%2Cb%3Ac%25.md');
  });
  test('other control characters are shown as \\uXXXX; U+2028 is kept', () => {
    expect(escapeData('a\u001B[31mb\u000Bc\u0085d\u2028e\tf')).toBe('a\\u001b[31mb\\u000bc\\u0085d\u2028e\tf');
  });
});

describe('formatGithub', () => {
  test('nothing to report: empty output', () => {
    expect(formatGithub([])).toBe('');
    expect(formatGithub([result('a.md', [])])).toBe('');
  });

  test('one command per diagnostic, errors first, end fields when present, title', () => {
    const output = formatGithub([
      result('docs/b.md', [
        { ruleId: 'security-topics-list', severity: 'warning', message: 'Expected a topics list', line: 3, column: 1 },
        {
          ruleId: 'link-anchor-exists',
          severity: 'error',
          message: 'Cannot find anchor `#x`',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 20,
        },
      ]),
      result('docs/a.md', [
        { ruleId: null, severity: 'error', message: 'Cannot read the file', line: 1, column: 1, fatal: true },
      ]),
    ]);
    expect(output).toBe(
      [
        '::error file=docs/a.md,line=1,col=1,title=doclint::Cannot read the file',
        '::error file=docs/b.md,line=9,endLine=9,col=5,endColumn=20,title=link-anchor-exists::Cannot find anchor `#x`',
        '::warning file=docs/b.md,line=3,col=1,title=security-topics-list::Expected a topics list',
        '',
      ].join('\n'),
    );
  });

  test('a hostile file name, message and title cannot break or inject a command', () => {
    const output = formatGithub([
      result('a,b:c%.md', [
        { ruleId: 'x::error::y', severity: 'error', message: 'bad\n::error::injected\rtoo %0A', line: 2, column: 3 },
        { ruleId: 'r', severity: 'warning', message: 'esc \u001B[2J and \u0085::warning::nel', line: 4, column: 1 },
      ]),
    ]);
    expect(output).toBe(
      [
        '::error file=a%2Cb%3Ac%25.md,line=2,col=3,title=x%3A%3Aerror%3A%3Ay::bad%0A::error::injected%0Dtoo %250A',
        '::warning file=a%2Cb%3Ac%25.md,line=4,col=1,title=r::esc \\u001b[2J and \\u0085::warning::nel',
        '',
      ].join('\n'),
    );
    expectOneCommandPerLine(output);
    expect(output.split('\n')).toHaveLength(3);
  });

  test('caps at 10 errors and 10 warnings, sorted by path and line, then one notice', () => {
    const results = [
      result('b.md', [
        ...Array.from({ length: 15 }, (_, i) => error(i + 1)),
        ...Array.from({ length: 15 }, (_, i) => warning(i + 1)),
      ]),
      result('a.md', [
        ...Array.from({ length: 15 }, (_, i) => warning(100 - i)),
        ...Array.from({ length: 15 }, (_, i) => error(100 - i)),
      ]),
    ];
    const lines = formatGithub(results).trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    const errors = lines.filter((line) => line.startsWith('::error '));
    const warnings = lines.filter((line) => line.startsWith('::warning '));
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(lines.slice(0, 10)).toEqual(errors);
    // a.md comes first, lines ascending: 86..100 are a.md's errors, the first ten are 86..95
    expect(errors.map((line) => /file=(.*?),line=(\d+)/.exec(line)!.slice(1).join(':'))).toEqual(
      Array.from({ length: 10 }, (_, i) => `a.md:${86 + i}`),
    );
    expect(lines[20]).toBe(
      '::notice::20 errors and 20 warnings not shown (GitHub shows 10 of each per step); run doclint locally or use --format sarif or --format json for the full report',
    );
    expectOneCommandPerLine(`${lines.join('\n')}\n`);
  });

  test('no notice when nothing is left out; singular counts', () => {
    const exact = formatGithub([
      result(
        'a.md',
        Array.from({ length: 10 }, (_, i) => error(i + 1)),
      ),
    ]);
    expect(exact).not.toContain('::notice');
    const one = formatGithub([
      result(
        'a.md',
        Array.from({ length: 11 }, (_, i) => error(i + 1)),
      ),
    ]);
    expect(one.trimEnd().split('\n').at(-1)).toMatch(/^::notice::1 error and 0 warnings not shown/);
  });
});
