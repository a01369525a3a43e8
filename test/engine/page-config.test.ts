/**
 * The engine with a config per page (`configFor`): each page runs its own rules, severities,
 * options and security-page settings; the cross-file phase reports with the severity and reads
 * the options of the page a finding is on; disable directives are checked for use and reasons.
 */
import { describe, expect, test } from '@jest/globals';
import type { Config, LintInput } from '../../src/types.js';
import { lintProject } from '../../src/index.js';
import { parseDirective } from '../../src/engine/directives.js';
import { resolveConfig } from '../../src/index.js';
import { builtinRules } from '../../rules/index.js';
import { compactLine } from '../support/compact.js';

async function lint(
  files: Record<string, string>,
  config: Config,
  configFor?: LintInput['configFor'],
): Promise<string[]> {
  const results = await lintProject(
    {
      documents: Object.entries(files).map(([path, text]) => ({ path, text })),
      ...(configFor ? { configFor } : {}),
    },
    config,
    builtinRules,
  );
  return results.flatMap((r) => r.diagnostics.map((d) => `${r.path} ${compactLine(d)}`));
}

const links = { 'a.md': '[x](gone.md) [y](b.md#Setup)\n', 'b.md': '# Setup\n\n[z](gone.md) [w](a.md#nope)\n' };

describe('a config per page', () => {
  test('cross-file findings take the severity of the page they are on, and are dropped where the rule is off', async () => {
    const strict: Config = {};
    const relaxed: Config = { rules: { 'link-file-exists': 'warn', 'link-anchor-exists': 'off' } };
    expect(await lint(links, strict, (path) => (path === 'b.md' ? relaxed : strict))).toEqual([
      'a.md 1:1 error link-file-exists/missingFile Cannot find file `gone.md`',
      'a.md 1:14 error link-anchor-exists/missingAnchorSuggestion Cannot find anchor `#Setup` in `b.md`; did you mean `#setup`',
      'b.md 3:1 warning link-file-exists/missingFile Cannot find file `gone.md`',
    ]);
  });

  test('a cross-file rule off at the root still runs for the pages that turn it on', async () => {
    const off: Config = { rules: { 'link-file-exists': 'off' } };
    expect(await lint(links, off, (path) => (path === 'b.md' ? {} : off))).toEqual([
      'a.md 1:14 error link-anchor-exists/missingAnchorSuggestion Cannot find anchor `#Setup` in `b.md`; did you mean `#setup`',
      'b.md 3:1 error link-file-exists/missingFile Cannot find file `gone.md`',
      'b.md 3:14 error link-anchor-exists/missingAnchor Cannot find anchor `#nope` in `a.md`',
    ]);
  });

  test('optionsFor: the options of the page the link is in (ignoreCase on a.md only)', async () => {
    const ignoreCase: Config = { rules: { 'link-anchor-exists': ['error', { ignoreCase: true }] } };
    expect(await lint(links, {}, (path) => (path === 'a.md' ? ignoreCase : {}))).toEqual([
      'a.md 1:1 error link-file-exists/missingFile Cannot find file `gone.md`',
      'b.md 3:1 error link-file-exists/missingFile Cannot find file `gone.md`',
      'b.md 3:14 error link-anchor-exists/missingAnchor Cannot find anchor `#nope` in `a.md`',
    ]);
  });

  test('per-page options of a page rule, and per-page security-page settings', async () => {
    // names AWS, so the security rules check it with no config that sets them
    const page = '# Security in Amazon X\n\nSome text.\n';
    const notSecurity: Config = { settings: { securityPage: { fileNames: [], titlePrefixes: [] } } };
    expect(
      await lint({ 'a.md': page, 'b/a.md': page }, {}, (path) => (path.startsWith('b/') ? notSecurity : {})),
    ).toEqual([
      'a.md 1:1 error security-shared-responsibility/missingSentence Expected the sentence `Security is a shared responsibility between AWS and you` in the shared-responsibility section',
      'a.md 1:1 error security-shared-responsibility/missingModelLink Expected a link to the shared responsibility model (`https://aws.amazon.com/compliance/shared-responsibility-model/`)',
      'a.md 1:1 error security-shared-responsibility/missingItem Expected the item `Security of the cloud` in the shared-responsibility section',
      'a.md 1:1 error security-shared-responsibility/missingItem Expected the item `Security in the cloud` in the shared-responsibility section',
      'a.md 1:1 error security-topics-list/missing Expected a topics list on this security page: a `**Topics**` label followed by a list of links to its child pages',
    ]);
  });

  test("anchors and rootDir are the project's: a page config cannot change them", async () => {
    const files = { 'a.md': '<a id="x"></a>\n\n[y](#x)\n' };
    const noIds: Config = { settings: { anchors: { htmlId: false } } };
    expect(await lint(files, {}, () => noIds)).toEqual([]);
    expect(await lint(files, noIds)).toEqual([
      'a.md 3:1 error link-anchor-exists/missingAnchor Cannot find anchor `#x` in `a.md`',
    ]);
  });

  test('a config with extends or overrides is resolved first (resolveConfig), not silently half-applied', async () => {
    const config: Config = {
      extends: 'doclint:recommended',
      overrides: [{ files: ['b.md'], rules: { 'link-file-exists': 'warn' } }],
    };
    await expect(lint(links, config)).rejects.toThrow(
      'lintProject takes a resolved config, not `extends`, `overrides`: resolve it first with resolveConfig(config, rules) (rootConfig, configFor, ignoredBy)',
    );
    const resolver = resolveConfig(config, builtinRules);
    expect(await lint(links, resolver.rootConfig, (path) => resolver.configFor(path))).toEqual([
      'a.md 1:1 error link-file-exists/missingFile Cannot find file `gone.md`',
      'a.md 1:14 error link-anchor-exists/missingAnchorSuggestion Cannot find anchor `#Setup` in `b.md`; did you mean `#setup`',
      'b.md 3:1 warning link-file-exists/missingFile Cannot find file `gone.md`',
      'b.md 3:14 error link-anchor-exists/missingAnchor Cannot find anchor `#nope` in `a.md`',
    ]);
    expect(() => resolveConfig({ extends: './base.json' }, builtinRules)).toThrow(
      '`extends`: `./base.json` is a file; only presets resolve without reading files (use the CLI, or lintPaths)',
    );
  });

  test('an invalid page config is a ConfigError', async () => {
    await expect(lint({ 'a.md': '# A\n' }, {}, () => ({ rules: { nope: 'error' } }) as Config)).rejects.toThrow(
      'unknown rule `nope`',
    );
  });
});

describe('disable directives', () => {
  test('parseDirective keeps the reason', () => {
    expect(parseDirective(' doclint-disable-next-line a b -- the release adds it ')).toEqual({
      kind: 'disable-next-line',
      rules: ['a', 'b'],
      reason: 'the release adds it',
    });
    expect(parseDirective('doclint-disable')).toEqual({ kind: 'disable', rules: [], reason: '' });
    expect(parseDirective('doclint-disable a --')).toEqual({ kind: 'disable', rules: ['a'], reason: '' });
  });

  const page = [
    '<!-- doclint-disable-next-line link-file-exists -- added by the release -->',
    '[a](gone.md)',
    '',
    '<!-- doclint-disable-next-line link-file-exists -->',
    'Nothing to suppress here.',
    '',
    '[b](gone.md) <!-- doclint-disable-line link-file-exists link-anchor-exists -->',
    '',
    '<!-- doclint-disable -->',
    'Nothing.',
    '<!-- doclint-enable -->',
    '',
  ].join('\n');

  test('off by default: unused directives are not reported', async () => {
    expect(await lint({ 'a.md': page }, {})).toEqual([]);
  });

  test('reportUnusedDisableDirectives: a directive, or a rule in it, that suppressed nothing', async () => {
    expect(await lint({ 'a.md': page }, { reportUnusedDisableDirectives: 'warn' })).toEqual([
      'a.md 4:1 warning doclint/unused-disable-directive/unusedDirective Unused `doclint-disable-next-line link-file-exists` directive: it suppressed no problem; remove it',
      'a.md 7:14 warning doclint/unused-disable-directive/unusedDirectiveRule Unused rule `link-anchor-exists` in the `doclint-disable-line link-file-exists link-anchor-exists` directive: it suppressed no problem of that rule; remove `link-anchor-exists` from it',
      'a.md 9:1 warning doclint/unused-disable-directive/unusedDirective Unused `doclint-disable` directive: it suppressed no problem; remove it',
    ]);
  });

  test('requireDirectiveReason: every disable directive needs `-- reason` (enable does not)', async () => {
    expect(
      await lint({ 'a.md': page }, { requireDirectiveReason: true, reportUnusedDisableDirectives: 'error' }),
    ).toEqual([
      'a.md 4:1 error doclint/disable-directive-reason/missingReason Expected a reason in the `doclint-disable-next-line link-file-exists` directive, after `--` (`requireDirectiveReason` is on): `<!-- doclint-disable-next-line link-file-exists -- why -->`',
      'a.md 4:1 error doclint/unused-disable-directive/unusedDirective Unused `doclint-disable-next-line link-file-exists` directive: it suppressed no problem; remove it',
      'a.md 7:14 error doclint/disable-directive-reason/missingReason Expected a reason in the `doclint-disable-line link-file-exists link-anchor-exists` directive, after `--` (`requireDirectiveReason` is on): `<!-- doclint-disable-line link-file-exists link-anchor-exists -- why -->`',
      'a.md 7:14 error doclint/unused-disable-directive/unusedDirectiveRule Unused rule `link-anchor-exists` in the `doclint-disable-line link-file-exists link-anchor-exists` directive: it suppressed no problem of that rule; remove `link-anchor-exists` from it',
      'a.md 9:1 error doclint/disable-directive-reason/missingReason Expected a reason in the `doclint-disable` directive, after `--` (`requireDirectiveReason` is on): `<!-- doclint-disable -- why -->`',
      'a.md 9:1 error doclint/unused-disable-directive/unusedDirective Unused `doclint-disable` directive: it suppressed no problem; remove it',
    ]);
  });

  test('a directive that suppresses a cross-file finding is used; directive problems are per page', async () => {
    const files = {
      'a.md': '[x](gone.md) <!-- doclint-disable-line link-file-exists -- x -->\n',
      'b.md': '<!-- doclint-disable-file -->\n',
    };
    const config: Config = { reportUnusedDisableDirectives: 'warn' };
    expect(await lint(files, {}, (path) => (path === 'b.md' ? config : {}))).toEqual([
      'b.md 1:1 warning doclint/unused-disable-directive/unusedDirective Unused `doclint-disable-file` directive: it suppressed no problem; remove it',
    ]);
  });

  test('a directive for a rule that is off on the page suppresses nothing', async () => {
    const files = { 'a.md': '<!-- doclint-disable-next-line link-file-exists -- x -->\n[x](gone.md)\n' };
    expect(await lint(files, { reportUnusedDisableDirectives: 'warn', rules: { 'link-file-exists': 'off' } })).toEqual([
      'a.md 1:1 warning doclint/unused-disable-directive/unusedDirective Unused `doclint-disable-next-line link-file-exists` directive: it suppressed no problem; remove it',
    ]);
  });
});
