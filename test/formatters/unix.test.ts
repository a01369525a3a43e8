import { describe, expect, test } from '@jest/globals';
import { result } from '../support/result.js';
import { formatUnix } from '../../src/formatters/unix.js';
import { format } from '../../src/formatters/index.js';

describe('formatUnix (ESLint unix)', () => {
  test('nothing to report: empty output, as ESLint prints nothing', () => {
    expect(formatUnix([])).toBe('');
    expect(formatUnix([result('a.md', [])])).toBe('');
  });

  test('one line per finding, Error/Warning and the rule, then the count', () => {
    const output = formatUnix([
      result('docs/a.md', [
        { ruleId: 'link-file-exists', severity: 'error', message: 'Cannot find file `x.md`', line: 3, column: 7 },
        { ruleId: 'anchor-unique', severity: 'warning', message: 'Duplicate anchor `#a`', line: 9, column: 1 },
      ]),
      result('docs/b.md', []),
      result('c.md', [{ ruleId: null, severity: 'error', message: 'File is binary', line: 1, column: 1, fatal: true }]),
    ]);
    expect(output).toBe(
      'docs/a.md:3:7: Cannot find file `x.md` [Error/link-file-exists]\n' +
        'docs/a.md:9:1: Duplicate anchor `#a` [Warning/anchor-unique]\n' +
        'c.md:1:1: File is binary [Error]\n' +
        '\n' +
        '3 problems\n',
    );
  });

  test('one problem is singular; format() dispatches to it', () => {
    const results = [result('a.md', [{ ruleId: 'r', severity: 'warning', message: 'm', line: 2, column: 4 }])];
    expect(format('unix', results, { color: true, rules: [], version: '0' })).toBe(
      'a.md:2:4: m [Warning/r]\n\n1 problem\n',
    );
  });

  test('what a page gives stays on its line: line breaks, escapes and a leading :: are shown, not obeyed', () => {
    const output = formatUnix([
      result('::error::x\n.md', [
        { ruleId: 'evil\nrule', severity: 'error', message: 'a\r\nb\u001B[31m\u202Ec', line: 1, column: 2 },
      ]),
    ]);
    expect(output).toBe(
      '\\u003a:error::x\\u000a.md:1:2: a\\u000d\\u000ab\\u001b[31m\\u202ec [Error/evil\\u000arule]\n\n1 problem\n',
    );
  });
});
