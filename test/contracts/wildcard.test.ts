import { describe, expect, test } from '@jest/globals';
import picomatch from 'picomatch';
import {
  compileGlob,
  matchesGlob,
  matchesText,
  matchesUrl,
  PatternError,
  textPattern,
  urlPattern,
} from '../../src/contracts/wildcard.js';
import { normalizeWording } from '../../src/helpers/text.js';

const text = (pattern: string, value: string) => matchesText(textPattern(pattern), normalizeWording(value));
const glob = (pattern: string, path: string) => matchesGlob(compileGlob(pattern), path);

describe('text patterns', () => {
  test.each([
    ['Topics', 'Topics', true],
    ['Topics', 'topics', true],
    ['Topics', 'Security topics', false],
    ['*Topics*', 'Security topics', true],
    ['*Topics*', 'Topics: the list', true],
    ['*Topics*', 'Subtopics', false],
    ['*Topics*', 'Topicship', false],
    ['Security in*', 'Security in Amazon S3', true],
    ['Security in*', 'Security in', true],
    ['Security in*', 'Security infrastructure', false],
    ['Security in *', 'Security in Amazon S3', true],
    ['Compliance validation for *', 'Compliance Validation for Amazon EFS', true],
    ['*shared responsibility*', 'Security is a shared\nresponsibility', true],
    [
      'Your compliance responsibility when using * is determined by*',
      'Your compliance responsibility when using AWS KMS is determined by the sensitivity',
      true,
    ],
    ['a*b*c', 'a x b y c', true],
    ['a*b*c', 'a x c y b', false],
    ['*', 'anything', true],
    ['“Quoted” text', '"quoted" TEXT', true],
    ['Data – protection', 'Data - protection', true],
  ])('%j on %j: %s', (pattern, value, expected) => {
    expect(text(pattern, value)).toBe(expected);
  });

  test('the wildcard is not a regular expression: `(a+)+$` is literal text', () => {
    expect(text('(a+)+$', '(a+)+$')).toBe(true);
    expect(text('(a+)+$', 'aaaa')).toBe(false);
  });

  test('a catastrophic-looking pattern on a long text finishes at once', () => {
    const long = `${'a '.repeat(50_000)}b`;
    const started = process.hrtime.bigint();
    expect(text('*a*a*a*a*a*a*a*a*a*a*c', long)).toBe(false);
    expect(text('(a+)+$', long)).toBe(false);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(500);
  });
});

describe('URL patterns', () => {
  test.each([
    ['https://aws.amazon.com/compliance/programs/', 'http://aws.amazon.com/compliance/programs', true],
    ['https://aws.amazon.com/compliance/programs/', 'https://AWS.amazon.com/compliance/programs/?x=1#top', true],
    ['https://aws.amazon.com/compliance/programs/', 'https://aws.amazon.com/compliance/programs-and-more/', false],
    ['https://aws.amazon.com/compliance/*', 'https://aws.amazon.com/compliance/services-in-scope/', true],
    ['https://*.amazon.com/*', 'https://docs.aws.amazon.com/artifact/', true],
    ['compliance-programs.md', './compliance-programs.md#soc', true],
    ['compliance-programs.md', 'other.md', false],
  ])('%j on %j: %s', (pattern, url, expected) => {
    expect(matchesUrl(urlPattern(pattern), url)).toBe(expected);
  });
});

describe('globs', () => {
  test.each([
    ['security.md', 'security.md', true],
    ['security.md', 'guide/doc_source/security.md', true],
    ['security.md', 'guide/Security.md', false],
    ['**/security.md', 'security.md', true],
    ['**/security.md', 'a/b/security.md', true],
    ['docs/*.md', 'docs/a.md', true],
    ['docs/*.md', 'docs/sub/a.md', false],
    ['docs/**', 'docs/sub/a.md', true],
    ['docs/**/*-compliance.md', 'docs/x/y/kms-compliance.md', true],
    ['*-compliance{,-validation}.md', 'g/sqs-compliance-validation.md', true],
    ['*-compliance{,-validation}.md', 'g/sqs-compliance.md', true],
    ['*-compliance{,-validation}.md', 'g/sqs-compliancex.md', false],
    ['page-[0-9].md', 'page-7.md', true],
    ['page-[!0-9].md', 'page-7.md', false],
    ['page-?.md', 'page-a.md', true],
    ['.hidden/*.md', '.hidden/a.md', true],
  ])('%j on %j: %s', (pattern, path, expected) => {
    expect(glob(pattern, path)).toBe(expected);
  });

  test('agrees with picomatch on ordinary globs', () => {
    const paths = ['a.md', 'docs/a.md', 'docs/b/c.md', 'docs/security.md', 'x/docs/a.md', 'docs/.a.md'];
    for (const pattern of ['docs/*.md', 'docs/**/*.md', '**/security.md', 'docs/{a,b}/**', '*/docs/*.md']) {
      for (const path of paths)
        expect([pattern, path, glob(pattern, path)]).toEqual([pattern, path, picomatch(pattern, { dot: true })(path)]);
    }
  });

  test('a glob that makes picomatch backtrack for seconds finishes at once', () => {
    const name = `${'a'.repeat(10_000)}.md`;
    const started = process.hrtime.bigint();
    expect(glob('*a*a*a*a*a*a*a*a*a*b', name)).toBe(false);
    expect(glob('**/**/**/**/**/**/**/x', `${'d/'.repeat(2_000)}y`)).toBe(false);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });

  test('brace groups that explode are refused', () => {
    expect(() => compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}')).toThrow(PatternError);
  });
});
