/** The cascade without a disk: merging, overrides, ignores, presets, validation, and no prototype pollution. */
import { describe, expect, test } from '@jest/globals';
import type { Config } from '../../../src/types.js';
import {
  ConfigResolver,
  copyData,
  fileLayers,
  mergeConfig,
  printableConfig,
  type ConfigFile,
} from '../../../src/engine/config/cascade.js';
import { ConfigError } from '../../../src/engine/config/resolve.js';
import { validateConfig } from '../../../src/node/config/validate.js';
import { presetConfig } from '../../../src/engine/config/presets.js';
import { builtinRules } from '../../../rules/index.js';

function file(shown: string, folder: string, config: Config): ConfigFile {
  const extended = [config.extends ?? []].flat().map((name) => ({
    source: `${name}, extended by ${shown}`,
    base: folder,
    config: presetConfig(name, builtinRules)!,
  }));
  return {
    shown,
    folder,
    layers: fileLayers(config, shown, folder, extended),
    ignores: (config.ignores ?? []).map((glob) => ({ glob, base: folder, source: shown })),
  };
}

const problems = (config: unknown): string[] => {
  try {
    validateConfig(config, builtinRules);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('merging', () => {
  test('a severity alone keeps the options set before; [severity, options] replaces them; settings merge key by key', () => {
    const merged = mergeConfig(
      mergeConfig(
        {},
        {
          rules: { 'security-topics-list': ['error', { labels: ['In this section'] }] },
          settings: { securityPage: { fileNames: ['a.md'] }, anchors: { htmlId: false } },
        },
      ),
      {
        rules: { 'security-topics-list': 'warn', 'link-file-exists': ['warn'] },
        settings: { securityPage: { titlePrefixes: [] } },
      },
    );
    expect(merged).toEqual({
      rules: { 'security-topics-list': ['warn', { labels: ['In this section'] }], 'link-file-exists': 'warn' },
      settings: { securityPage: { fileNames: ['a.md'], titlePrefixes: [] }, anchors: { htmlId: false } },
    });
  });

  test('__proto__, constructor and prototype keys never reach a prototype, at any depth', () => {
    const hostile = JSON.parse(`{
      "__proto__": { "polluted": "top" },
      "constructor": { "prototype": { "polluted": "ctor" } },
      "rules": {
        "__proto__": { "polluted": "rules" },
        "constructor": "error",
        "security-topics-list": ["error", { "__proto__": { "polluted": "options" }, "labels": ["Topics"], "constructor": { "prototype": { "polluted": "deep" } } }]
      },
      "settings": { "__proto__": { "polluted": "settings" }, "securityPage": { "__proto__": { "polluted": "group" }, "fileNames": ["s.md"] } }
    }`) as Config;
    const merged = mergeConfig(mergeConfig({}, hostile), hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(merged.rules)).toBe(Object.prototype);
    expect(Object.keys(merged.rules!)).toEqual(['security-topics-list']);
    expect(merged.rules!['security-topics-list']).toEqual(['error', { labels: ['Topics'] }]);
    expect(merged.settings).toEqual({ securityPage: { fileNames: ['s.md'] } });
    expect(Object.keys(copyData(hostile))).toEqual(['rules', 'settings']);
    // And validation names the keys, so that such a file is refused before anything merges it.
    expect(problems(hostile)).toEqual([
      'the config: unknown key `__proto__` (allowed: `$schema`, `extends`, `rules`, `settings`, `plugins`, `overrides`, `ignores`, `requireDirectiveReason`, `reportUnusedDisableDirectives`, `contracts`)',
      'the config: unknown key `constructor` (allowed: `$schema`, `extends`, `rules`, `settings`, `plugins`, `overrides`, `ignores`, `requireDirectiveReason`, `reportUnusedDisableDirectives`, `contracts`)',
      '`rules`: unknown rule `__proto__` (allowed: `anchor-unique`, `link-anchor-exists`, `link-definition-used`, `link-file-exists`, `link-reference-defined`, `link-text-title`, `page-contract`, `security-shared-responsibility`, `security-topics-list`, `toc-entry-exists`, `toc-orphan-page`, `toc-topics-match`)',
      '`rules`: unknown rule `constructor` (allowed: `anchor-unique`, `link-anchor-exists`, `link-definition-used`, `link-file-exists`, `link-reference-defined`, `link-text-title`, `page-contract`, `security-shared-responsibility`, `security-topics-list`, `toc-entry-exists`, `toc-orphan-page`, `toc-topics-match`)',
      'options of `rules.security-topics-list`: unknown option `__proto__` (allowed: `labels`, `onlyAwsPages`)',
      'options of `rules.security-topics-list`: unknown option `constructor` (allowed: `labels`, `onlyAwsPages`)',
      '`settings`: unknown key `__proto__` (allowed: `securityPage`, `anchors`, `rootDir`, `site`, `links`)',
      '`settings.securityPage`: unknown key `__proto__` (allowed: `fileNames`, `titlePrefixes`)',
    ]);
  });
});

describe('the cascade', () => {
  const root = file('.doclintrc.json', '', {
    extends: 'doclint:recommended',
    rules: { 'link-definition-used': 'off' },
    overrides: [{ files: ['*.draft.md'], rules: { 'link-file-exists': 'warn' } }],
    ignores: ['generated/', 'tmp'],
  });
  const docs = file('docs/.doclintrc.yaml', 'docs', {
    extends: ['doclint:aws-security'],
    rules: { 'link-file-exists': ['error', { directoryIndex: ['index.md'] }] },
    overrides: [
      { files: ['api/**'], rules: { 'link-anchor-exists': 'off' }, settings: { securityPage: { fileNames: [] } } },
    ],
  });
  const resolver = new ConfigResolver({
    files: new Map([
      ['', root],
      ['docs', docs],
    ]),
  });

  test('nearer files override farther ones; overrides apply to the pages their globs match, relative to their file', () => {
    expect(resolver.configFor('a.md').rules).toEqual({
      ...presetConfig('doclint:recommended', builtinRules)!.rules,
      'link-definition-used': 'off',
    });
    expect(resolver.configFor('x/b.draft.md').rules!['link-file-exists']).toBe('warn');
    const page = resolver.configFor('docs/api/x.md');
    expect(page.rules).toMatchObject({
      // The nearer file's preset wins over the farther file's own keys: the whole nearer file does.
      'link-definition-used': 'warn',
      'security-topics-list': 'error',
      'link-file-exists': ['error', { directoryIndex: ['index.md'] }],
      'link-anchor-exists': 'off',
    });
    expect(page.settings).toEqual({ securityPage: { fileNames: [] } });
    expect(resolver.configFor('api/x.md').rules!['link-anchor-exists']).toBe('error');
  });

  test('globs from config cannot hang the linter: a backtracking glob on a long name is matched in linear time', () => {
    const evil = '*a*a*a*a*a*a*a*a*a*a*a*a*b';
    const hostile = new ConfigResolver({
      files: new Map([
        [
          '',
          file('.doclintrc.json', '', {
            overrides: [{ files: [evil, `docs/${evil}`], rules: { 'link-file-exists': 'warn' } }],
            ignores: [evil],
          }),
        ],
      ]),
    });
    const name = `docs/${'a'.repeat(5000)}.md`;
    const started = performance.now();
    expect(hostile.ignoredBy(name)).toBeUndefined();
    expect(hostile.configFor(name).rules?.['link-file-exists']).toBeUndefined();
    expect(hostile.configFor('docs/aaaaaaaaaaaaab').rules?.['link-file-exists']).toBe('warn');
    // picomatch's regular expression for the same glob takes seconds on a 40-character name
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('pages with the same layers share one config object (the engine resolves it once)', () => {
    expect(resolver.configFor('docs/a.md')).toBe(resolver.configFor('docs/b/c.md'));
    expect(resolver.configFor('docs/a.md')).not.toBe(resolver.configFor('docs/api/a.md'));
    expect(resolver.uniform).toBe(false);
    expect(new ConfigResolver({ files: new Map([['', file('.doclintrc.json', '', { rules: {} })]]) }).uniform).toBe(
      true,
    );
  });

  test('ignores: a page or a folder it is in; a trailing / means folders only; a glob without / at any depth', () => {
    expect(resolver.ignoredBy('generated/a.md')).toEqual({ source: '.doclintrc.json', glob: 'generated/' });
    expect(resolver.ignoredBy('docs/generated/a.md')).toEqual({ source: '.doclintrc.json', glob: 'generated/' });
    expect(resolver.ignoredBy('generated.md')).toBeUndefined();
    expect(resolver.ignoredBy('tmp')).toEqual({ source: '.doclintrc.json', glob: 'tmp' });
    expect(resolver.ignoredBy('a/tmp/b.md')).toEqual({ source: '.doclintrc.json', glob: 'tmp' });
    expect(resolver.ignoredBy('a.md')).toBeUndefined();
  });

  test('--report-unused-disable-directives makes them at least warnings', () => {
    const flagged = new ConfigResolver({
      files: new Map([
        ['', file('c', '', { reportUnusedDisableDirectives: 'error' })],
        ['x', file('x/c', 'x', { reportUnusedDisableDirectives: 'off' })],
      ]),
      reportUnusedDisableDirectives: true,
    });
    expect(flagged.configFor('a.md').reportUnusedDisableDirectives).toBe('error');
    expect(flagged.configFor('x/a.md').reportUnusedDisableDirectives).toBe('warn');
  });

  test('anchors and rootDir may only be set at the project root', () => {
    const nested = new ConfigResolver({
      files: new Map([
        [
          '',
          file('.doclintrc.json', '', {
            settings: { anchors: { htmlId: false } },
            overrides: [{ files: ['a/**'], settings: { rootDir: 'a' } }],
          }),
        ],
        ['b', file('b/.doclintrc.json', 'b', { settings: { anchors: { htmlId: false, htmlName: false } } })],
      ]),
    });
    expect(nested.projectWideProblems()).toEqual([
      '.doclintrc.json overrides[0]: `settings.rootDir` describes the whole site: set it only in the config at the project root',
      'b/.doclintrc.json: `settings.anchors.htmlName` describes the whole site: set it only in the config at the project root',
    ]);
  });

  test('printableConfig: every rule with its severity and full options, every setting', () => {
    const printed = printableConfig(resolver.configFor('docs/index.md'), builtinRules);
    expect(printed.rules).toEqual({
      'anchor-unique': 'warn',
      'link-anchor-exists': ['error', {}],
      'link-definition-used': ['warn', { ignoredDefinitions: ['//'] }],
      'link-file-exists': ['error', { directoryIndex: ['index.md'] }],
      'link-reference-defined': ['error', { shortcut: false }],
      'page-contract': 'error',
      'security-shared-responsibility': [
        'error',
        builtinRules.find((r) => r.meta.id === 'security-shared-responsibility')!.meta.defaultOptions,
      ],
      'security-topics-list': ['error', { labels: ['Topics'], onlyAwsPages: false }],
      'link-text-title': 'off',
      'toc-entry-exists': ['off', { allowDuplicates: false }],
      'toc-orphan-page': 'off',
      'toc-topics-match': ['error', { labels: ['Topics', 'Security topics'], order: false }],
    });
    expect(printed.requireDirectiveReason).toBe(false);
    expect(() => validateConfig(printed, builtinRules)).not.toThrow();
  });
});

describe('presets', () => {
  test('recommended: the link rules at their defaults, the security rules off; aws-security adds them', () => {
    expect(presetConfig('doclint:recommended', builtinRules)).toEqual({
      rules: {
        'anchor-unique': 'warn',
        'link-anchor-exists': 'error',
        'link-definition-used': 'warn',
        'link-file-exists': 'error',
        'link-reference-defined': 'error',
        'page-contract': 'error',
        'security-shared-responsibility': 'off',
        'security-topics-list': 'off',
        'link-text-title': 'off',
        'toc-entry-exists': 'off',
        'toc-orphan-page': 'off',
        'toc-topics-match': 'off',
      },
    });
    expect(presetConfig('doclint:aws-security', builtinRules)!.rules).toMatchObject({
      'security-shared-responsibility': 'error',
      'security-topics-list': 'error',
      'link-file-exists': 'error',
    });
  });
});

describe('validation of the new keys', () => {
  test.each<[string, unknown, string[]]>([
    [
      'an unknown preset',
      { extends: 'doclint:recomended' },
      [
        '`extends`: unknown preset `doclint:recomended`; did you mean `doclint:recommended` (allowed: `doclint:recommended`, `doclint:aws-security`, `doclint:github`, `doclint:aws-guide`, `doclint:mdbook`, `doclint:mkdocs`, `doclint:docusaurus`, `doclint:hugo`, `doclint:jekyll`)',
      ],
    ],
    [
      'a bare name in extends',
      { extends: ['./a.json', 'base.json'] },
      [
        '`extends[1]`: expected a preset (`doclint:recommended`, `doclint:aws-security`, `doclint:github`, `doclint:aws-guide`, `doclint:mdbook`, `doclint:mkdocs`, `doclint:docusaurus`, `doclint:hugo`, `doclint:jekyll`) or a path relative to this file starting with `./` or `../`, not `base.json`',
      ],
    ],
    ['extends of the wrong type', { extends: 3 }, ['`extends`: expected string or array']],
    ['an override without files', { overrides: [{ rules: {} }] }, ['`overrides[0]`: missing key `files`']],
    ['an override with no globs', { overrides: [{ files: [] }] }, ['`overrides[0].files`: expected at least 1 item']],
    [
      'an unknown key in an override',
      { overrides: [{ files: ['a'], rule: {} }] },
      ['`overrides[0]`: unknown key `rule`; did you mean `rules` (allowed: `files`, `rules`, `settings`)'],
    ],
    [
      'an unknown rule in an override',
      { overrides: [{ files: ['a'], rules: { 'link-file-exits': 'off' } }] },
      [
        '`overrides[0].rules`: unknown rule `link-file-exits`; did you mean `link-file-exists` (allowed: `anchor-unique`, `link-anchor-exists`, `link-definition-used`, `link-file-exists`, `link-reference-defined`, `link-text-title`, `page-contract`, `security-shared-responsibility`, `security-topics-list`, `toc-entry-exists`, `toc-orphan-page`, `toc-topics-match`)',
      ],
    ],
    [
      'an unknown option in an override',
      { overrides: [{ files: ['a'], rules: { 'link-anchor-exists': ['warn', { ignorecase: true }] } }] },
      [
        'options of `overrides[0].rules.link-anchor-exists`: unknown option `ignorecase`; did you mean `ignoreCase` (allowed: `ignoreCase`)',
      ],
    ],
    [
      'a wrong severity in an override',
      { overrides: [{ files: ['a'], rules: { 'link-anchor-exists': 'warning' } }] },
      ['`overrides[0].rules.link-anchor-exists`: expected one of `off`, `warn`, `error`'],
    ],
    [
      'a glob that leaves the folder',
      { ignores: ['../x/*.md'] },
      ["`ignores[0]`: invalid glob `../x/*.md`: a glob cannot leave the config file's folder (`..`)"],
    ],
    [
      'an absolute glob',
      { overrides: [{ files: ['ok/*.md', '/abs/*.md'] }] },
      [
        "`overrides[0].files[1]`: invalid glob `/abs/*.md`: globs are relative to the config file's folder; remove the leading `/`",
      ],
    ],
    [
      'an unclosed brace',
      { ignores: ['{a,b'] },
      ['`ignores[0]`: invalid glob `{a,b`: it is not a valid glob (an unclosed `{`, `[` or `(`?)'],
    ],
    [
      'a negated glob',
      { ignores: ['!keep.md'] },
      ['`ignores[0]`: invalid glob `!keep.md`: negated globs are not supported; list the pages to include instead'],
    ],
    ['an empty glob', { ignores: [''] }, ['`ignores[0]`: expected a non-empty string']],
    [
      'requireDirectiveReason of the wrong type',
      { requireDirectiveReason: 'yes' },
      ['`requireDirectiveReason`: expected boolean'],
    ],
    [
      'reportUnusedDisableDirectives with a wrong value',
      { reportUnusedDisableDirectives: true },
      ['`reportUnusedDisableDirectives`: expected one of `off`, `warn`, `error`'],
    ],
    [
      'a misspelt top-level key',
      { ignore: [] },
      [
        'the config: unknown key `ignore`; did you mean `ignores` (allowed: `$schema`, `extends`, `rules`, `settings`, `plugins`, `overrides`, `ignores`, `requireDirectiveReason`, `reportUnusedDisableDirectives`, `contracts`)',
      ],
    ],
  ])('%s', (_name, config, expected) => {
    expect(problems(config)).toEqual(expected);
  });

  test('a valid config with every key passes', () => {
    expect(
      problems({
        $schema: './node_modules/doclint/schema/doclint.schema.json',
        extends: ['doclint:recommended', './shared.json'],
        rules: { 'link-anchor-exists': 'warn' },
        settings: { securityPage: { fileNames: ['security.md'] } },
        overrides: [
          {
            files: ['api/**', '*.draft.md'],
            rules: { 'link-file-exists': 'off' },
            settings: { securityPage: { titlePrefixes: [] } },
          },
        ],
        ignores: ['generated/', '**/CHANGELOG.md'],
        requireDirectiveReason: true,
        reportUnusedDisableDirectives: 'warn',
      }),
    ).toEqual([]);
  });
});
