/**
 * `settings.site` and `settings.links` in config: what validation refuses (and says), how the
 * site presets carry the site under the user's own settings, that both are project-wide, and
 * what `--print-config` shows.
 */
import { describe, expect, test } from '@jest/globals';
import type { Config } from '../../../src/types.js';
import { ConfigError, resolveConfig, validateConfig } from '../../../src/index.js';
import { ConfigResolver, fileLayers, printableConfig } from '../../../src/engine/config/cascade.js';
import { resolveSettings } from '../../../src/engine/config/resolve.js';
import { MAX_LINK_IGNORE_PATTERNS } from '../../../src/node/config/link-limits.js';
import { builtinRules } from '../../../rules/index.js';

const problems = (config: unknown): string[] => {
  try {
    validateConfig(config, builtinRules);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('validation', () => {
  test('a valid site and link policy pass', () => {
    const config: Config = {
      settings: {
        site: 'mdbook',
        rootDir: 'src',
        links: {
          ignore: ['../std/*', 'https://example.com/*'],
          sites: { 'https://doc.example.org/book/': 'src', 'http://EXAMPLE.org': '.' },
          folders: false,
        },
      },
      overrides: [{ files: ['*.md'], settings: { links: { ignore: ['*.pdf'] } } }],
    };
    expect(problems(config)).toEqual([]);
  });

  test('an unknown site names the sites there are', () => {
    expect(problems({ settings: { site: 'gitbook' } })).toEqual([
      '`settings.site`: expected one of `github`, `aws-guide`, `mdbook`, `mkdocs`, `docusaurus`, `hugo`, `jekyll`',
    ]);
  });

  test('links: unknown keys, wrong types', () => {
    expect(problems({ settings: { links: { exclude: ['x'], folders: 'yes', ignore: [''] } } })).toEqual([
      '`settings.links`: unknown key `exclude` (allowed: `ignore`, `sites`, `folders`)',
      '`settings.links.ignore[0]`: expected a non-empty string',
      '`settings.links.folders`: expected boolean',
    ]);
  });

  test('a site prefix is an http(s) URL without wildcards; its folder is inside the project', () => {
    const sites = {
      'ftp://example.org/': 'docs',
      'https://example.org/*/guide/': 'docs',
      'https://example.org/a?x=1': 'docs',
      '/guide/': 'docs',
      'https://example.org/up/': '../elsewhere',
      'https://example.org/abs/': '/srv/docs',
    };
    expect(problems({ settings: { links: { sites } } })).toEqual([
      '`settings.links.sites` `ftp://example.org/`: expected an http(s) URL prefix without wildcards, query or fragment (`https://docs.example.com/guide/`)',
      '`settings.links.sites` `https://example.org/*/guide/`: expected an http(s) URL prefix without wildcards, query or fragment (`https://docs.example.com/guide/`)',
      '`settings.links.sites` `https://example.org/a?x=1`: expected an http(s) URL prefix without wildcards, query or fragment (`https://docs.example.com/guide/`)',
      '`settings.links.sites` `/guide/`: expected an http(s) URL prefix without wildcards, query or fragment (`https://docs.example.com/guide/`)',
      '`settings.links.sites` `https://example.org/up/`: expected a folder inside the project root, not `../elsewhere`',
      '`settings.links.sites` `https://example.org/abs/`: expected a folder relative to the project root, not `/srv/docs`',
    ]);
  });

  test('ignore patterns are capped in number and size (every link is matched against each)', () => {
    const many = Array.from({ length: MAX_LINK_IGNORE_PATTERNS + 1 }, (_, i) => `https://example.org/${i}/*`);
    expect(problems({ settings: { links: { ignore: many } } })).toEqual([
      '`settings.links.ignore`: too many patterns: 201; the limit is 200 (every link is matched against each)',
    ]);
    const long = Array.from({ length: 20 }, () => `*${'a*'.repeat(300)}`);
    expect(problems({ overrides: [{ files: ['x.md'], settings: { links: { ignore: long } } }] })).toEqual([
      '`overrides[0].settings.links.ignore`: the patterns are too long to match in reasonable time: 12020 characters ' +
        'together; the limit is 10,000',
    ]);
    expect(problems({ settings: { links: { ignore: ['x'.repeat(1001)] } } })).toEqual([
      '`settings.links.ignore[0]`: the pattern is longer than 1000 characters',
    ]);
  });
});

describe('presets carry the site', () => {
  test('doclint:<site> sets the site and turns the link rules on; the security rules only for aws-guide', () => {
    const mdbook = resolveConfig({ extends: 'doclint:mdbook' }, builtinRules).rootConfig;
    expect(mdbook.settings).toEqual({ site: 'mdbook' });
    expect(mdbook.rules?.['link-file-exists']).toBe('error');
    expect(mdbook.rules?.['security-topics-list']).toBe('off');
    const aws = resolveConfig({ extends: 'doclint:aws-guide' }, builtinRules).rootConfig;
    expect(aws.settings).toEqual({ site: 'aws-guide' });
    expect(aws.rules?.['security-topics-list']).toBe('error');
  });

  test("the config's own settings win over the preset's; its links merge", () => {
    const config = resolveConfig(
      { extends: ['doclint:mdbook'], settings: { site: 'github', rootDir: 'book', links: { ignore: ['x'] } } },
      builtinRules,
    ).rootConfig;
    expect(resolveSettings(config)).toMatchObject({
      site: 'github',
      rootDir: 'book',
      links: { ignore: ['x'], sites: {} },
    });
  });

  test("a profile's defaults: the anchors it makes and what `/` is, under what the config sets", () => {
    expect(resolveSettings({ settings: { site: 'github' } })).toMatchObject({
      site: 'github',
      rootDir: '.',
      anchors: { headingSlugs: true, htmlId: true, htmlName: true, customIds: false },
    });
    expect(resolveSettings({ settings: { site: 'github', anchors: { customIds: true } } }).anchors.customIds).toBe(
      true,
    );
    expect(resolveSettings({ settings: { site: 'aws-guide' } }).rootDir).toBeUndefined();
    expect(resolveSettings({}).site).toBeUndefined();
  });
});

describe('project-wide', () => {
  const file = (shown: string, folder: string, config: Config) => ({
    shown,
    folder,
    layers: fileLayers(config, shown, folder, []),
    ignores: [],
  });

  test('a nested config or an override may not set another site or link policy', () => {
    const resolver = new ConfigResolver({
      files: new Map([
        ['', file('.doclintrc.json', '', { settings: { site: 'github', links: { ignore: ['a'] } } })],
        [
          'docs',
          file('docs/.doclintrc.json', 'docs', {
            settings: { site: 'mkdocs', links: { ignore: ['a'], folders: true } },
            overrides: [{ files: ['*.md'], settings: { links: { sites: { 'https://x.org/': 'docs' } } } }],
          }),
        ],
      ]),
    });
    expect(resolver.projectWideProblems()).toEqual([
      'docs/.doclintrc.json: `settings.site` describes the whole site: set it only in the config at the project root',
      'docs/.doclintrc.json: `settings.links.folders` describes the whole site: set it only in the config at the project root',
      'docs/.doclintrc.json overrides[0]: `settings.links.sites` describes the whole site: set it only in the config at the project root',
    ]);
  });
});

test('--print-config shows the site and the link policy, when the config sets them', () => {
  const printed = printableConfig({ settings: { site: 'hugo', links: { folders: true } } }, builtinRules);
  expect(printed.settings).toMatchObject({
    site: 'hugo',
    rootDir: 'content',
    links: { ignore: [], sites: {}, folders: true },
  });
  expect(printableConfig({}, builtinRules).settings).not.toHaveProperty('site');
  expect(printableConfig({}, builtinRules).settings).not.toHaveProperty('links');
});
