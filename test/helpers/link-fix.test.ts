/**
 * rewritePath: the written path of a link, rewritten to lead to another file the way the link
 * writes its paths (src/helpers/link-fix.ts).
 */
import { expect, test } from '@jest/globals';
import { rewritePath } from '../../src/helpers/link-fix.js';

test('only the segments that differ change; ./, encoding and the climb are kept', () => {
  expect(rewritePath('../Guide/Setup.md', 'docs/a.md', 'Guide/Setup.md', 'guide/setup.md')).toBe('../guide/setup.md');
  expect(rewritePath('./Other%20Page.md', 'a.md', 'Other Page.md', 'other page.md')).toBe('./other%20page.md');
  expect(rewritePath('old.md', 'docs/a.md', 'docs/old.md', 'docs/new/page.md')).toBe('new/page.md');
});

test('a path that cannot be rewritten safely is left alone (undefined)', () => {
  expect(rewritePath('/docs/x.md', 'a.md', 'docs/x.md', 'docs/y/z.md')).toBeUndefined();
  expect(rewritePath('a%2Fb.md', 'x.md', 'a/b.md', 'c.md')).toBeUndefined();
});

test('the same file before and after: the path as written, at once (no endless walk over equal segments)', () => {
  expect(rewritePath('docs/a.md', 'x.md', 'docs/a.md', 'docs/a.md')).toBe('docs/a.md');
});
