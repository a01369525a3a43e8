/**
 * The link policy (`settings.links`) and the site's part in the link rules, through the engine:
 * destinations left alone (`ignore`, a generator's templates), URLs of the project's own site
 * (`sites`) checked as local pages with their fragments, folder links, fragment case, root-relative
 * links on a host of many sites, and the site's table of contents for contracts.
 */
import { describe, expect, test } from '@jest/globals';
import type { Config, RuleSetting } from '../../src/types.js';
import { lintProject } from '../../src/index.js';
import { builtinRules } from '../../rules/index.js';

const LINK_RULES = ['link-file-exists', 'link-anchor-exists'];

/** `path line:column rule/messageId` of each finding of the link rules (the others off). */
async function lint(files: Record<string, string>, config: Config, others: string[] = []): Promise<string[]> {
  const rules: Record<string, RuleSetting> = Object.fromEntries(
    builtinRules.map((r) => [
      r.meta.id,
      LINK_RULES.includes(r.meta.id) || r.meta.id === 'page-contract' ? 'error' : 'off',
    ]),
  );
  const results = await lintProject(
    {
      documents: Object.entries(files).map(([path, text]) => ({ path, text })),
      paths: [...Object.keys(files), ...others],
    },
    { ...config, rules: { ...rules, ...config.rules } },
    builtinRules,
  );
  return results.flatMap((r) => r.diagnostics.map((d) => `${r.path} ${d.line}:${d.column} ${d.ruleId}/${d.messageId}`));
}

describe('links.ignore', () => {
  const page = {
    'a.md': '# A\n\n[std](../std/prelude/index.html) [pdf](manual.pdf) [gone](gone.md) [legacy](#Legacy-Id)\n',
  };

  test('a destination matching a pattern is checked by no link rule; the others still are', async () => {
    expect(await lint(page, { settings: { links: { ignore: ['../std/*', '*.pdf', '#Legacy*'] } } })).toEqual([
      'a.md 3:52 link-file-exists/missingFile',
    ]);
  });

  test('without the patterns, all four are reported', async () => {
    expect(await lint(page, {})).toEqual([
      'a.md 3:1 link-file-exists/outsideRoot',
      'a.md 3:34 link-file-exists/missingFile',
      'a.md 3:52 link-file-exists/missingFile',
      'a.md 3:68 link-anchor-exists/missingAnchor',
    ]);
  });

  test('a pattern matches the whole destination as written: `*` for any characters, nothing else special', async () => {
    const files = { 'a.md': '[a](gone.md) [b](gone.md?x=1) [c](sub/gone.md) [d](gone[1].md)\n' };
    expect(await lint(files, { settings: { links: { ignore: ['gone.md', 'gone[1].md'] } } })).toEqual([
      'a.md 1:14 link-file-exists/missingFile',
      'a.md 1:31 link-file-exists/missingFile',
    ]);
  });
});

describe('links.sites', () => {
  const files = {
    'guide/a.md': '# A\n\n## Limits\n',
    'guide/sub/index.md': '# Sub\n',
    'notes.md':
      '[a](https://docs.example.com/guide/a.html#limits) [b](https://DOCS.example.com/guide/a.html#quotas)\n' +
      '[c](http://docs.example.com/guide/missing.html) [d](https://docs.example.com/guide/sub/)\n' +
      '[e](https://docs.example.com/guidebook/x.html) [f](https://docs.example.com/other/x.html)\n' +
      '[g](//docs.example.com/guide/a.html)\n',
  };
  const config: Config = { settings: { links: { sites: { 'https://docs.example.com/guide/': 'guide' } } } };

  test('a URL under a prefix is checked as the local page it is published from, fragment included', async () => {
    expect(await lint(files, config)).toEqual([
      'notes.md 1:51 link-anchor-exists/missingAnchor',
      'notes.md 2:1 link-file-exists/missingFile',
    ]);
  });

  test('without the prefix, URLs are not checked', async () => {
    expect(await lint(files, {})).toEqual([]);
  });
});

describe('links.folders and the site', () => {
  const files = {
    'README.md': '[adr](docs/adr/) [docs](docs)\n',
    'docs/adr/0001.md': '# 1\n',
    'docs/index.md': '# D\n',
  };

  test('no site: a folder needs an index page', async () => {
    expect(await lint(files, {})).toEqual(['README.md 1:1 link-file-exists/missingIndex']);
  });

  test('github: a folder shows its listing', async () => {
    expect(await lint(files, { settings: { site: 'github' } })).toEqual([]);
  });

  test('links.folders overrides the site either way', async () => {
    expect(await lint(files, { settings: { site: 'github', links: { folders: false } } })).toEqual([
      'README.md 1:1 link-file-exists/missingIndex',
    ]);
    expect(await lint(files, { settings: { links: { folders: true } } })).toEqual([]);
  });

  test('directoryIndex [] still makes any folder fine', async () => {
    const config: Config = {
      settings: { site: 'github', links: { folders: false } },
      rules: { 'link-file-exists': ['error', { directoryIndex: [] }] },
    };
    expect(await lint(files, config)).toEqual([]);
  });
});

describe('fragment case', () => {
  const files = {
    'a.md': '# A\n\n## Set up\n\n<a name="Legacy"></a>\n\n[1](#Set-Up) [2](#set-up) [3](#Legacy) [4](#legacy)\n',
  };

  test("GitHub's page script also looks a fragment up in lower case: `#Set-Up` finds `set-up`", async () => {
    expect(await lint(files, { settings: { site: 'github' } })).toEqual([
      'a.md 7:40 link-anchor-exists/missingAnchorSuggestion',
    ]);
  });

  test('a static site compares the exact case', async () => {
    for (const site of [undefined, 'mdbook', 'mkdocs', 'docusaurus'] as const) {
      expect(await lint(files, site ? { settings: { site } } : {})).toEqual([
        'a.md 7:1 link-anchor-exists/missingAnchorSuggestion',
        'a.md 7:40 link-anchor-exists/missingAnchorSuggestion',
      ]);
    }
  });

  test('the ignoreCase option overrides the site either way', async () => {
    const option = (ignoreCase: boolean): Config['rules'] => ({ 'link-anchor-exists': ['error', { ignoreCase }] });
    expect(await lint(files, { settings: { site: 'github' }, rules: option(false) })).toEqual([
      'a.md 7:1 link-anchor-exists/missingAnchorSuggestion',
      'a.md 7:40 link-anchor-exists/missingAnchorSuggestion',
    ]);
    expect(await lint(files, { rules: option(true) })).toEqual([]);
  });
});

describe('templates and root-relative links', () => {
  test("Jekyll's and Hugo's templates are the generator's to fill in; without the site they are reported", async () => {
    const files = { 'index.md': '[zip]({{site.baseurl}}/x.zip) [y]({%link%})\n' };
    expect(await lint(files, { settings: { site: 'jekyll' } })).toEqual([]);
    expect(await lint(files, { settings: { site: 'hugo' } })).toEqual([]);
    expect(await lint(files, {})).toEqual([
      'index.md 1:1 link-file-exists/missingFile',
      'index.md 1:31 link-file-exists/missingFile',
    ]);
  });

  test('aws-guide: `/other-guide/…` is a page of docs.aws.amazon.com, checked where links.sites maps it', async () => {
    const files = {
      'doc_source/a.md':
        '[kms](/kms/latest/developerguide/x.html) [own](/ex/latest/ug/b.html#part) [no](/ex/latest/ug/c.html)\n',
      'doc_source/b.md': '# B\n',
    };
    const sites = { 'https://docs.aws.amazon.com/ex/latest/ug/': 'doc_source' };
    expect(await lint(files, { settings: { site: 'aws-guide', links: { sites } } })).toEqual([
      'doc_source/a.md 1:42 link-anchor-exists/missingAnchor',
      'doc_source/a.md 1:75 link-file-exists/missingFile',
    ]);
    expect(await lint(files, { settings: { site: 'aws-guide' } })).toEqual([]);
    expect(await lint(files, {})).toEqual([
      'doc_source/a.md 1:1 link-file-exists/rootRelative',
      'doc_source/a.md 1:42 link-file-exists/rootRelative',
      'doc_source/a.md 1:75 link-file-exists/rootRelative',
    ]);
  });

  test('github: `/path` is the repository root', async () => {
    const files = { 'docs/a.md': '[r](/README.md) [g](/GONE.md)\n', 'README.md': '# R\n' };
    expect(await lint(files, { settings: { site: 'github' } })).toEqual([
      'docs/a.md 1:17 link-file-exists/missingFile',
    ]);
  });

  test("Docusaurus: `@site/` is the site's folder", async () => {
    const files = { 'docs/a.md': '[x](@site/static/x.png) [y](@site/static/y.png)\n' };
    expect(await lint(files, { settings: { site: 'docusaurus' } }, ['static/x.png'])).toEqual([
      'docs/a.md 1:25 link-file-exists/missingFile',
    ]);
  });
});

describe("the site's table of contents", () => {
  const contract: Config['contracts'] = {
    chapter: { match: { tocParent: 'Getting Started' }, require: [{ sentences: ['In this chapter'] }] },
  };
  const files = {
    'src/SUMMARY.md': '# Summary\n\n- [Getting Started](intro.md)\n    - [Install](install.md)\n',
    'src/intro.md': '# Getting Started\n',
    'src/install.md': '# Install\n\nNo overview here.\n',
  };

  test('mdBook: SUMMARY.md places the chapters, so a contract by tocParent applies', async () => {
    expect(await lint(files, { settings: { site: 'mdbook' }, contracts: contract })).toEqual([
      'src/install.md 1:1 page-contract/missingSentence',
    ]);
  });

  test('without the site, the table of contents is index.md, which this book has not', async () => {
    expect(await lint(files, { contracts: contract })).toEqual([]);
  });
});
