import { describe, expect, test } from '@jest/globals';
import { result } from '../support/result.js';
import { formatStylish, sanitizeForTerminal, sanitizeLine } from '../../src/formatters/stylish.js';

describe('sanitizeForTerminal and sanitizeLine', () => {
  test('C0 and C1 controls (ESC, CSI, OSC, BEL, CR, DEL, NEL) are shown as \\uXXXX; tab and LF kept', () => {
    expect(sanitizeForTerminal('a\u001B[2Jb\u009B31mc\u001B]0;t\u0007d\re\u007Ff\u0085g\th\ni\u2028j')).toBe(
      'a\\u001b[2Jb\\u009b31mc\\u001b]0;t\\u0007d\\u000de\\u007ff\\u0085g\th\ni\u2028j',
    );
  });
  test('sanitizeLine also shows a line feed, so text stays on its line', () => {
    expect(sanitizeLine('a\nb\r\nc\u001B')).toBe('a\\u000ab\\u000d\\u000ac\\u001b');
  });
});

describe('formatStylish', () => {
  test('a line after the summary counts what --fix would repair, as ESLint says it', () => {
    const fix = { start: { line: 3, column: 5 }, end: { line: 3, column: 9 }, text: 'y.md' };
    const output = formatStylish(
      [
        result('a.md', [
          { ruleId: 'link-file-exists', severity: 'error', message: 'Wrong case', line: 3, column: 5, fix },
          { ruleId: 'link-anchor-exists', severity: 'warning', message: 'Renamed', line: 4, column: 1, fix },
          { ruleId: 'link-anchor-exists', severity: 'warning', message: 'Missing', line: 5, column: 1 },
        ]),
      ],
      { color: false },
    );
    expect(output.split('\n').slice(-3)).toEqual([
      '\u2716 3 problems (1 error, 2 warnings)',
      '  1 error and 1 warning potentially fixable with the `--fix` option.',
      '',
    ]);
  });

  test('exact output: grouped by file, aligned, summary', () => {
    expect(
      formatStylish(
        [
          result('docs/a.md', [
            { ruleId: 'link-file-exists', severity: 'error', message: 'Cannot find file `x.md`', line: 3, column: 5 },
            {
              ruleId: 'anchor-unique',
              severity: 'warning',
              message: 'Anchor `#a` is defined twice',
              line: 12,
              column: 1,
            },
          ]),
          result('docs/b.md', []),
          result('docs/c.md', [
            { ruleId: null, severity: 'error', message: 'File is binary', line: 1, column: 1, fatal: true },
          ]),
        ],
        { color: false },
      ),
    ).toBe(`docs/a.md
  3:5   error    Cannot find file \`x.md\`       link-file-exists
  12:1  warning  Anchor \`#a\` is defined twice  anchor-unique

docs/c.md
  1:1  error    File is binary

\u2716 3 problems (2 errors, 1 warning)
`);
    expect(formatStylish([result('a.md', [])], { color: false })).toBe('');
  });

  test('a hostile file name and message cannot move the cursor, recolour, retitle or add a line', () => {
    const path = 'evil\u001B[2J\u001B[H\nfake.md\r';
    const message =
      'Cannot find file `\u001B]0;owned\u0007\u001B]8;;https://evil.example\u0007click\u001B]8;;\u0007\n  9:9  error    forged`';
    for (const color of [false, true]) {
      const output = formatStylish(
        [result(path, [{ ruleId: 'link-file-exists', severity: 'error', message, line: 1, column: 1 }])],
        { color },
      );
      // the only escapes are the report's own SGR colours
      expect(output.replace(/\u001B\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
      expect(output.split('\n')).toHaveLength(5);
    }
    expect(
      formatStylish([result(path, [{ ruleId: 'r', severity: 'error', message, line: 1, column: 1 }])], {
        color: false,
      }),
    ).toBe(
      'evil\\u001b[2J\\u001b[H\\u000afake.md\\u000d\n' +
        '  1:1  error    Cannot find file `\\u001b]0;owned\\u0007\\u001b]8;;https://evil.example\\u0007click\\u001b]8;;\\u0007\\u000a  9:9  error    forged`  r\n' +
        '\n\u2716 1 problem (1 error, 0 warnings)\n',
    );
  });
});
