import { describe, expect, test } from '@jest/globals';
import { result } from '../support/result.js';
import { escapeMarkdownCell, formatMarkdown, MARKDOWN_MAX_BYTES, utf8Length } from '../../src/formatters/markdown.js';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('escapeMarkdownCell', () => {
  test('no Markdown, HTML, table break, link, math or line break survives', () => {
    expect(
      escapeMarkdownCell(
        'a | b `c` <img src=x onerror=alert(1)> &amp; [l](http://x) *e* _u_ ~~s~~ \\ $x$ www.x.io\r\nnext\u2028line\u001B[2J',
      ),
    ).toBe(
      'a &#124; b &#96;c&#96; &#60;img src=x onerror=alert(1)&#62; &#38;amp; &#91;l&#93;(http&#58;//x) &#42;e&#42; &#95;u&#95; &#126;&#126;s&#126;&#126; &#92; &#36;x&#36; www&#46;x.io next line&#91;2J',
    );
  });
});

describe('utf8Length', () => {
  test('agrees with TextEncoder', () => {
    for (const text of ['', 'abc', 'é', '✓', '\u{1F600}', 'a\u{1F600}é✓z']) expect(utf8Length(text)).toBe(bytes(text));
  });
});

describe('formatMarkdown', () => {
  test('no findings: a short summary', () => {
    expect(formatMarkdown([result('a.md', []), result('b.md', [])])).toBe(
      '## doclint\n\nNo problems found in 2 files.\n',
    );
    expect(formatMarkdown([])).toBe('## doclint\n\nNo problems found in 0 files.\n');
  });

  test('exact output for a small run', () => {
    const output = formatMarkdown([
      result('docs/getting-started.md', [
        {
          ruleId: 'link-file-exists',
          severity: 'error',
          message: 'Cannot find file `message-format.md`',
          line: 15,
          column: 33,
        },
        {
          ruleId: 'link-anchor-exists',
          severity: 'warning',
          message: 'Cannot find anchor `#quotas`',
          line: 20,
          column: 1,
        },
      ]),
      result('docs/ok.md', []),
      result('docs/bin.md', [
        { ruleId: null, severity: 'error', message: 'Cannot lint a binary file', line: 1, column: 1, fatal: true },
      ]),
    ]);
    expect(output).toBe(
      [
        '## doclint',
        '',
        '**3 problems** (2 errors, 1 warning) in 2 files of 3',
        '',
        '| Rule | Errors | Warnings |',
        '| --- | ---: | ---: |',
        '| link-anchor-exists | 0 | 1 |',
        '| link-file-exists | 1 | 0 |',
        '| unreadable-file | 1 | 0 |',
        '',
        '| Location | Severity | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| docs/getting-started.md&#58;15&#58;33 | error | link-file-exists | Cannot find file &#96;message-format.md&#96; |',
        '| docs/getting-started.md&#58;20&#58;1 | warning | link-anchor-exists | Cannot find anchor &#96;#quotas&#96; |',
        '| docs/bin.md&#58;1&#58;1 | error | unreadable-file | Cannot lint a binary file |',
        '',
      ].join('\n'),
    );
  });

  test('a hostile path and message stay inside their cells', () => {
    const output = formatMarkdown([
      result('a|b<i>.md', [
        {
          ruleId: 'r|x',
          severity: 'error',
          message: 'one\n\n| injected | row |\n<script>x</script>',
          line: 1,
          column: 1,
        },
      ]),
    ]);
    const rows = output.split('\n').filter((line) => line.startsWith('| a'));
    expect(rows).toEqual([
      '| a&#124;b&#60;i&#62;.md&#58;1&#58;1 | error | r&#124;x | one  &#124; injected &#124; row &#124; &#60;script&#62;x&#60;/script&#62; |',
    ]);
    // the only unescaped pipes are the table's own: 4 per line of the rule table, 5 per findings line
    const pipes = output
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').length - 1);
    expect(pipes).toEqual([4, 4, 4, 5, 5, 5]);
    expect(output).not.toMatch(/[<>`]/);
  });

  test('stays under 1 MiB and says how many findings were left out', () => {
    const message = `Cannot find file \`${'x'.repeat(180)}.md\` ✓`;
    const count = 8000; // about 1.7 MB of rows
    const results = [
      result(
        'docs/page.md',
        Array.from({ length: count }, (_, i) => ({
          ruleId: 'link-file-exists',
          severity: 'error' as const,
          message,
          line: i + 1,
          column: 1,
        })),
      ),
    ];
    const output = formatMarkdown(results);
    expect(bytes(output)).toBeLessThan(MARKDOWN_MAX_BYTES);
    const shown = output.split('\n').filter((line) => line.startsWith('| docs/page.md')).length;
    expect(shown).toBeGreaterThan(3500);
    expect(shown).toBeLessThan(count);
    expect(
      output.endsWith(
        `\n${count - shown} more findings not shown (the summary has a size limit). Run doclint locally or use \`--format sarif\` for the full report.\n`,
      ),
    ).toBe(true);
    expect(output).toContain(`**${count} problems** (${count} errors, 0 warnings)`);
    // one more row would not have fitted
    const row = output.split('\n').find((line) => line.startsWith('| docs/page.md'))!;
    expect(bytes(output) + bytes(row) + 1).toBeGreaterThanOrEqual(MARKDOWN_MAX_BYTES);
  });

  test('a smaller cap, e.g. for a PR comment', () => {
    const results = [
      result(
        'a.md',
        Array.from({ length: 100 }, (_, i) => ({
          ruleId: 'r',
          severity: 'warning' as const,
          message: 'm',
          line: i + 1,
          column: 1,
        })),
      ),
    ];
    const output = formatMarkdown(results, { maxBytes: 1000 });
    expect(bytes(output)).toBeLessThan(1000);
    expect(output).toMatch(/\n\d+ more findings not shown/);
  });
});
