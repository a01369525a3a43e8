import { describe, expect, test } from '@jest/globals';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { result } from '../support/result.js';
import { escapeXml, formatJunit } from '../../src/formatters/junit.js';

/** Characters XML 1.0 forbids (the validator does not check character ranges, so we do). */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(FORBIDDEN.test(xml)).toBe(false);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    textNodeName: 'text',
    parseAttributeValue: false,
    parseTagValue: false,
    htmlEntities: true, // decode numeric character references too
    isArray: (name) => name === 'testcase' || name === 'failure',
  }).parse(xml) as {
    testsuites: {
      tests: string;
      failures: string;
      testsuite: { testcase: { name: string; failure?: { message: string; type: string; text: string }[] }[] };
    };
  };
}

describe('escapeXml', () => {
  test('escapes markup and keeps whitespace as references', () => {
    expect(escapeXml(`<a href="x">&'</a>\t\r\n`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;&#9;&#13;&#10;',
    );
  });
  test('removes characters XML 1.0 forbids, keeps surrogate pairs', () => {
    expect(escapeXml('a\u0000b\u001Bc\uFFFEd\uFFFFe\uD800f\uDC00g\u{1F600}h')).toBe('abcdefg\u{1F600}h');
  });
});

describe('formatJunit', () => {
  test('exact output for a small run', () => {
    const xml = formatJunit([
      result('docs/a.md', [
        { ruleId: 'link-file-exists', severity: 'error', message: 'Cannot find file `b.md`', line: 3, column: 5 },
        { ruleId: 'security-topics-list', severity: 'warning', message: 'Expected a topics list', line: 1, column: 1 },
      ]),
      result('docs/ok.md', []),
      result('docs/bin.md', [
        { ruleId: null, severity: 'error', message: 'Cannot lint a binary file', line: 1, column: 1, fatal: true },
      ]),
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="doclint" tests="3" failures="2" errors="0">',
        '  <testsuite name="doclint" tests="3" failures="2" errors="0">',
        '    <testcase name="docs/a.md" classname="doclint">',
        '      <failure message="link-file-exists: Cannot find file `b.md`" type="link-file-exists">3:5 error Cannot find file `b.md`</failure>',
        '      <failure message="security-topics-list (warning): Expected a topics list" type="security-topics-list">1:1 warning Expected a topics list</failure>',
        '    </testcase>',
        '    <testcase name="docs/ok.md" classname="doclint" />',
        '    <testcase name="docs/bin.md" classname="doclint">',
        '      <failure message="unreadable-file: Cannot lint a binary file" type="unreadable-file">1:1 error Cannot lint a binary file</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    const parsed = parse(xml).testsuites;
    expect(parsed.tests).toBe('3');
    expect(parsed.testsuite.testcase.map((testcase) => testcase.name)).toEqual([
      'docs/a.md',
      'docs/ok.md',
      'docs/bin.md',
    ]);
  });

  test('no results: an empty, valid suite', () => {
    const xml = formatJunit([]);
    expect(xml).toContain('<testsuites name="doclint" tests="0" failures="0" errors="0">');
    parse(xml);
  });

  test('a hostile page and file name still give well-formed XML that reads back', () => {
    const path = `<x a="1">&amp;'\u0001.md`;
    const message = `]]><!-- --><script>alert("x")</script>\u0000\u001B[31m\uFFFF\uD800 & <\r\n\tnext ✓ \u{1F600}`;
    const xml = formatJunit([result(path, [{ ruleId: 'r"<&>', severity: 'error', message, line: 1, column: 2 }])]);
    const testcase = parse(xml).testsuites.testsuite.testcase[0]!;
    expect(testcase.name).toBe(`<x a="1">&amp;'.md`);
    const expected = `]]><!-- --><script>alert("x")</script>[31m & <\r\n\tnext ✓ \u{1F600}`;
    expect(testcase.failure![0]!.type).toBe('r"<&>');
    expect(testcase.failure![0]!.message).toBe(`r"<&>: ${expected}`);
    expect(testcase.failure![0]!.text).toBe(`1:2 error ${expected}`);
  });
});
