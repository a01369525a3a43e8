import { describe, expect, test } from '@jest/globals';
import { applyFixes } from '../../src/engine/apply-fixes.js';
import type { Fix } from '../../src/rule-api/index.js';

const fix = (line: number, column: number, endLine: number, endColumn: number, text: string): Fix => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
  text,
});

describe('applyFixes', () => {
  test('replaces by line and column, keeping every other character', () => {
    expect(
      applyFixes('See [a](A.md).\nAnd [b](b.html).\n', [fix(1, 9, 1, 13, 'a.md'), fix(2, 9, 2, 15, 'b.md')]),
    ).toEqual({
      text: 'See [a](a.md).\nAnd [b](b.md).\n',
      applied: [0, 1],
    });
  });

  test('CRLF is one line ending, as mdast counts; the line endings stay', () => {
    const text = 'one\r\n[x](X.md)\r\nlast\r\n';
    expect(applyFixes(text, [fix(2, 5, 2, 9, 'x.md')]).text).toBe('one\r\n[x](x.md)\r\nlast\r\n');
    // a lone CR is a line ending too
    expect(applyFixes('a\rb[x](X.md)', [fix(2, 6, 2, 10, 'x.md')]).text).toBe('a\rb[x](x.md)');
  });

  test('the byte order mark is kept and not counted', () => {
    expect(applyFixes('\uFEFF[x](X.md)\n', [fix(1, 5, 1, 9, 'x.md')]).text).toBe('\uFEFF[x](x.md)\n');
  });

  test('columns are UTF-16 code units: an astral character takes two', () => {
    // 😀 is two code units: `[` is at column 3
    expect(applyFixes('😀[x](X.md)', [fix(1, 7, 1, 11, 'x.md')]).text).toBe('😀[x](x.md)');
  });

  test('fixes are applied in page order whatever the report order', () => {
    expect(applyFixes('aaa bbb', [fix(1, 5, 1, 8, 'B'), fix(1, 1, 1, 4, 'A')])).toEqual({
      text: 'A B',
      applied: [0, 1],
    });
  });

  test('an overlapping fix is left for the next pass', () => {
    expect(applyFixes('abcdef', [fix(1, 1, 1, 4, 'X'), fix(1, 3, 1, 6, 'Y'), fix(1, 6, 1, 7, 'Z')])).toEqual({
      text: 'XdeZ',
      applied: [0, 2],
    });
  });

  test('insertions at one point go in report order; touching fixes both apply', () => {
    expect(applyFixes('ab', [fix(1, 2, 1, 2, '1'), fix(1, 2, 1, 2, '2'), fix(1, 2, 1, 3, 'B')]).text).toBe('a12B');
  });

  test('the same edit reported twice is made once', () => {
    expect(applyFixes('abc', [fix(1, 2, 1, 3, 'X'), fix(1, 2, 1, 3, 'X')])).toEqual({ text: 'aXc', applied: [0, 1] });
    expect(applyFixes('abc', [fix(1, 2, 1, 2, '!'), fix(1, 2, 1, 2, '!')]).text).toBe('a!bc');
  });

  test('a fix at the end of the text applies; one past the end, or backwards, never does', () => {
    expect(applyFixes('a\n', [fix(2, 1, 2, 1, 'b\n')]).text).toBe('a\nb\n');
    expect(applyFixes('ab', [fix(1, 3, 1, 3, '!')]).text).toBe('ab!');
    expect(applyFixes('ab', [fix(1, 4, 1, 4, '!'), fix(3, 1, 3, 1, '!'), fix(1, 2, 1, 1, '!')])).toEqual({
      text: 'ab',
      applied: [],
    });
  });
});
