import { describe, expect, test } from '@jest/globals';
import { createCollector } from '../../src/engine/collect.js';
import { walk } from '../../src/engine/dispatch.js';
import { parseMarkdown } from '../../src/engine/parse.js';

/** Each link's destination as the source slice its recorded place covers (undefined: none recorded). */
function written(markdown: string): Array<string | undefined> {
  const { facts, visitors } = createCollector('page.md', {}, markdown);
  walk(parseMarkdown(markdown), [visitors]);
  const lines = markdown.split(/\r\n|\r|\n/);
  return facts.links.map(({ destination }) => {
    if (!destination) return undefined;
    const { start, end } = destination;
    expect(end.line).toBe(start.line);
    return lines[start.line - 1]!.slice(start.column - 1, end.column - 1);
  });
}

describe('where a destination is written', () => {
  test('links and images: the destination only, not `<>`, the title or the text', () => {
    expect(
      written('[a](./a.md#x "t") [b](<b c.md>) ![i](img.png \'t\')\n[**e** `](x)`](d.md) [t](t.md "](x.md)")\n'),
    ).toEqual(['./a.md#x', 'b c.md', 'img.png', 'd.md', 't.md']);
  });

  test('a destination on the line after `](`, with astral characters before it', () => {
    expect(written('😀 [a](\n  a.md)\n')).toEqual(['a.md']);
  });

  test('definitions, CRLF pages', () => {
    expect(written('[x]: x.md "title"\r\n[y]:\r\n  <y.md>\r\n[z\\]:]: z.md\r\n\r\n[x] [y] [z\\]:]\r\n')).toEqual([
      'x.md',
      'y.md',
      'z.md',
    ]);
  });

  test('HTML: the attribute value, quoted or not', () => {
    expect(written('<a href="a.md">a</a> <img alt="x" src=\'i.png\'> <a class=x href=b.md>b</a>\n')).toEqual([
      'a.md',
      'i.png',
      'b.md',
    ]);
  });

  test('not recorded where the source does not spell the destination as parsed', () => {
    expect(written('[a](a\\_b.md) [c](c&#46;md) <a href="d&amp;e.md">d</a> <a href=x href=y>z</a>\n')).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
