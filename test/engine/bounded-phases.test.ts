/**
 * Every phase of a run is bounded, whatever the pages hold (issue 13, "Bounded time and memory in
 * every phase"): "did you mean" on huge words and across a whole tree, regular expressions that
 * were quadratic on long lines, spreads that overflowed the stack, findings and directives per
 * page, rules on the main thread, and a parse-time limit that is not whole milliseconds. Inputs
 * here are small enough to run fast; bench/hostile.mjs runs the full-size ones.
 */
import { describe, expect, jest, test } from '@jest/globals';
import type { Diagnostic, LintResult, PageFacts, Rule } from '../../src/types.js';
import { lintProject } from '../../src/index.js';
import { lintPage } from '../../src/engine/page-phase.js';
import { prepareConfig } from '../../src/engine/config/prepare.js';
import { vmTimeLimit } from '../../src/node/time-limit.js';
import { MAX_FINDINGS_PER_PAGE } from '../../src/engine/finding-limit.js';
import { MAX_DIRECTIVES_PER_PAGE, parseDirective } from '../../src/engine/directives.js';
import { buildIndex } from '../../src/engine/project-index.js';
import { parsePage } from '../../src/engine/parse.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { didYouMean, MAX_SUGGESTION_LENGTH, SuggestionBudget } from '../../src/helpers/suggest.js';
import { builtinRules } from '../../rules/index.js';
import { compactLine } from '../support/compact.js';

const lint = async (files: Record<string, string>, rules: readonly Rule[] = builtinRules, config = {}, limits = {}) =>
  (
    await lintProject(
      { documents: Object.entries(files).map(([path, text]) => ({ path, text })), limits },
      config,
      rules,
    )
  ).flatMap((r) => r.diagnostics.map((d) => `${r.path} ${compactLine(d)}`));

/**
 * These inputs took minutes before their limits (issue 13); now each test finishes at once. No
 * test measures time (the machine may be busy): a regression shows as this file's 20 s timeout,
 * and `npm run bench:hostile` measures the full-size cases.
 */
jest.setTimeout(20_000);

describe('did you mean', () => {
  test('words longer than the limit are neither suggested nor given a suggestion', () => {
    const huge = 'ab'.repeat(500_000);
    // two 1 MB words: an edit distance of 10^12 steps before; nothing now
    expect(didYouMean(huge, [`${huge}x`, 'setup'])).toBeUndefined();
    expect(didYouMean('instal', [`instal${'x'.repeat(MAX_SUGGESTION_LENGTH)}`, 'install'])).toBe('install');
    expect(didYouMean('a'.repeat(MAX_SUGGESTION_LENGTH), ['a'.repeat(MAX_SUGGESTION_LENGTH - 1)])).toBe(
      'a'.repeat(MAX_SUGGESTION_LENGTH - 1),
    );
  });

  test("one budget for the whole run, besides each page's: once spent, no page gets more", () => {
    const budget = new SuggestionBudget(100, 250);
    expect([budget.spend('a.md', 100), budget.spend('a.md', 1)]).toEqual([true, false]); // a.md's own budget
    expect([budget.spend('b.md', 100), budget.spend('c.md', 60), budget.spend('d.md', 10)]).toEqual([
      true,
      false,
      false,
    ]); // the run's
  });

  test('a 1 MB heading and a broken link with a 1 MB fragment: reported, without a suggestion, at once', async () => {
    const pages = { 'a.md': `# A\n\n## ${'ab'.repeat(50_000)}\n`, 'b.md': `# B\n\n[x](a.md#${'ba'.repeat(50_000)})\n` };
    const found = await lint(pages);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^b\.md 3:1 error link-anchor-exists\/missingAnchor Cannot find anchor `#baba/);
  });
});

describe('regular expressions that were quadratic on a long line', () => {
  test('a 100,000-character `?` query before `#L1` (40 s at 200,000 before)', async () => {
    const found = await lint({
      'a.md': '# A\n',
      'b.md': `# B\n\n[x](a.md${'?'.repeat(100_000)}#L1) [y](a.md?x=1&plain=1#L2)\n`,
    });
    expect(found).toEqual([expect.stringMatching(/^b\.md 3:1 error link-anchor-exists\/lineAnchorInMarkdown /)]);
  });

  test('a directive comment of 200,000 spaces', () => {
    expect(parseDirective(`doclint-disable a${' '.repeat(200_000)}b  -- why  `)).toEqual({
      kind: 'disable',
      rules: ['a', 'b'],
      reason: 'why',
    });
    expect(parseDirective('  doclint-disable-next-line  ')).toEqual({
      kind: 'disable-next-line',
      rules: [],
      reason: '',
    });
    expect(parseDirective('doclint-disablex')).toBeUndefined();
  });

  test('a heading of 200,000 spaces before `}`; attribute blocks still found', async () => {
    const found = await lint({
      'a.md': `# A\n\n## a${' '.repeat(200_000)}b}\n\n## Install {#setup}\n\n## T {#t title="{x}"}\n\n[1](#setup) [2](#t) [3](#install)\n`,
    });
    expect(found).toEqual([
      expect.stringMatching(/^a\.md 9:21 error link-anchor-exists\/missingAnchor\S* Cannot find anchor `#install`/),
    ]);
  });
});

describe('stack, findings and directives', () => {
  test('a page of 200,000 links builds the index (push(...links) overflowed the stack)', () => {
    const position = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
    const links = Array.from({ length: 200_000 }, () => ({
      from: 'a.md',
      url: '#top',
      kind: 'html' as const,
      position,
      target: { kind: 'same-page' as const, fragment: 'top' },
    }));
    const facts = {
      path: 'a.md',
      anchors: new Set<string>(),
      anchorSites: [],
      codeAnchors: new Set<string>(),
      links,
    } as unknown as PageFacts;
    expect(buildIndex(['a.md'], new Map([['a.md', facts]]), new Map()).links).toHaveLength(200_000);
  });

  test('the stylish report of 200,000 findings on one page (Math.max(...widths) overflowed the stack)', () => {
    const diagnostics: Diagnostic[] = Array.from({ length: 200_000 }, (_, i) => ({
      ruleId: 'r',
      severity: 'error',
      message: 'm',
      path: 'a.md',
      line: i + 1,
      column: 1,
    }));
    const result: LintResult = { path: 'a.md', diagnostics, errorCount: diagnostics.length, warningCount: 0 };
    expect(formatStylish([result], { color: false }).split('\n')).toHaveLength(200_000 + 4);
  });

  test(`a page keeps its first ${MAX_FINDINGS_PER_PAGE} findings and says how many more there were; other pages keep theirs`, async () => {
    const noisy: Rule = {
      meta: { id: 'noisy', description: 'reports every line', messages: { m: 'line' }, defaultSeverity: 'error' },
      create: (ctx) => ({
        root() {
          if (ctx.path !== 'a.md') return;
          for (let i = 0; i < MAX_FINDINGS_PER_PAGE + 2500; i++)
            ctx.report({
              messageId: 'm',
              position: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } },
            });
        },
      }),
    };
    const results = await lintProject(
      {
        documents: [
          { path: 'a.md', text: '# A\n' },
          { path: 'b.md', text: '[x](nope.md)\n' },
        ],
      },
      {},
      [...builtinRules, noisy],
    );
    const a = results[0]!;
    expect(a.diagnostics).toHaveLength(MAX_FINDINGS_PER_PAGE + 1);
    expect(compactLine(a.diagnostics.at(-1)!)).toBe(
      `${MAX_FINDINGS_PER_PAGE}:1 error (file) 2,500 more problems on this page are not shown (2,500 errors, 0 warnings); a report shows at most 10,000 per page`,
    );
    expect(a.errorCount).toBe(MAX_FINDINGS_PER_PAGE + 1);
    expect(results[1]!.diagnostics.map(compactLine)).toEqual([
      '1:1 error link-file-exists/missingFile Cannot find file `nope.md`',
    ]);
  });

  test(`directives past ${MAX_DIRECTIVES_PER_PAGE} on a page are not applied, and the page says so`, async () => {
    const comments = Array.from(
      { length: MAX_DIRECTIVES_PER_PAGE + 5 },
      () => '<!-- doclint-disable-next-line link-file-exists -->\n',
    ).join('');
    expect(await lint({ 'a.md': `# A\n\n${comments}` })).toEqual([
      'a.md 1:1 error (file) Page has more than 1,000 `doclint-` directive comments (the limit); the 5 after them are not applied',
    ]);
  });
});

describe('time limits', () => {
  test('--max-parse-time that is not whole milliseconds parses and lints (it was an internal error on every page)', async () => {
    expect(parsePage('# A\n', { maxParseTime: 2000.5 }).tree?.type).toBe('root');
    expect(await lint({ 'a.md': '# A\n\n[x](b.md)\n' }, builtinRules, {}, { maxParseTime: 2000.5 })).toEqual([
      'a.md 3:1 error link-file-exists/missingFile Cannot find file `b.md`',
    ]);
  });

  test('rules on the main thread stop at the limit: that page is reported, the others are linted', async () => {
    const stuck: Rule = {
      meta: { id: 'stuck', description: 'loops on one page', messages: {}, defaultSeverity: 'error' },
      create: (ctx) => ({
        root() {
          // eslint-disable-next-line no-empty
          if (ctx.path === 'a.md') for (;;) {}
        },
      }),
    };
    const found = await lint(
      { 'a.md': '# A\n', 'b.md': '[x](nope.md)\n' },
      [...builtinRules, stuck],
      {},
      { maxParseTime: 300 },
    );
    expect(found).toEqual([
      'a.md 1:1 error (file) Page takes too long to lint: its rules ran for more than 0.3 s (stopped, see --max-parse-time); a custom rule may be stuck in a loop',
      'b.md 1:1 error link-file-exists/missingFile Cannot find file `nope.md`',
    ]);
    // a document linted alone, as analyze.ts does on the main thread
    const outcome = lintPage(
      { path: 'a.md', text: '# A\n' },
      prepareConfig({}, [...builtinRules, stuck]),
      { maxParseTime: 200 },
      undefined,
      vmTimeLimit,
    );
    expect(outcome.diagnostics.map(compactLine)).toEqual([
      '1:1 error (file) Page takes too long to lint: its rules ran for more than 0.2 s (stopped, see --max-parse-time); a custom rule may be stuck in a loop',
    ]);
  });
});
