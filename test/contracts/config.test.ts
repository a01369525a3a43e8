/**
 * The `contracts` config key: validation, the cascade (a nearer file's contract replaces one of the
 * same name; globs rebased on the file's folder), patterns that cannot hang a run, and the AWS
 * security contract written in config finding what the two security-page rules find.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config, Contract } from '../../src/types.js';
import { ConfigResolver, fileLayers, type ConfigFile } from '../../src/engine/config/cascade.js';
import { ConfigError, DEFAULT_SETTINGS } from '../../src/engine/config/resolve.js';
import { validateConfig } from '../../src/node/config/validate.js';
import { lintProject } from '../../src/index.js';
import { awsSecurityContract } from '../../src/contracts/aws-security.js';
import { builtinRules } from '../../rules/index.js';

const problems = (config: unknown): string[] => {
  try {
    validateConfig(config, builtinRules);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

const only = (id: string, extra: Config = {}): Config => ({
  ...extra,
  rules: Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta.id === id ? 'error' : 'off'])),
});

describe('validation', () => {
  test.each<[string, unknown, string[]]>([
    [
      'a valid contract',
      {
        contracts: {
          a: { match: { title: 'X*', files: ['docs/**'] }, require: [{ section: { heading: 'Y' }, linkList: true }] },
        },
      },
      [],
    ],
    [
      'a contract without require',
      { contracts: { a: { match: { title: 'X' } } } },
      ['`contracts.a`: missing key `require`'],
    ],
    [
      'an empty match',
      { contracts: { a: { match: {}, require: [{ links: ['x'] }] } } },
      ['`contracts.a.match`: expected at least one key'],
    ],
    [
      'an unknown match key',
      { contracts: { a: { match: { titel: 'X' }, require: [{ links: ['x'] }] } } },
      [
        '`contracts.a.match`: unknown key `titel`; did you mean `title` (allowed: `files`, `title`, `frontMatter`, `tocParent`)',
      ],
    ],
    [
      'an unknown requirement key',
      { contracts: { a: { match: { title: 'X' }, require: [{ sentence: ['x'] }] } } },
      [
        '`contracts.a.require[0]`: unknown key `sentence`; did you mean `sentences` (allowed: `section`, `sentences`, `links`, `items`, `linkList`)',
      ],
    ],
    [
      'a pattern of the wrong type',
      { contracts: { a: { match: { title: 3 }, require: [{ links: ['x'] }] } } },
      ['`contracts.a.match.title`: expected string or array'],
    ],
    [
      'a list of links without its section',
      { contracts: { a: { match: { title: 'X' }, require: [{ linkList: true }] } } },
      ["`contracts.a.require[0].linkList`: a list of links follows a section's heading or label: add `section`"],
    ],
    [
      'a glob that leaves the folder',
      { contracts: { a: { match: { files: ['../x.md'] }, require: [{ links: ['x'] }] } } },
      ["`contracts.a.match.files[0]`: invalid pattern `../x.md`: a glob cannot leave the config file's folder (`..`)"],
    ],
    [
      'brace groups that explode',
      {
        contracts: {
          a: { match: { files: '{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}.md' }, require: [{ links: ['x'] }] },
        },
      },
      [
        '`contracts.a.match.files`: invalid pattern `{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}.md`: its `{…}` groups make more than 256 patterns',
      ],
    ],
    [
      'an over-long pattern',
      { contracts: { a: { match: { title: 'X' }, require: [{ sentences: ['x'.repeat(1001)] }] } } },
      [
        `\`contracts.a.require[0].sentences[0]\`: invalid pattern \`${'x'.repeat(57)}...\`: it is longer than 1000 characters`,
      ],
    ],
  ])('%s', (_name, config, expected) => {
    expect(problems(config)).toEqual(expected);
  });

  test('a regular expression is not refused: it is text, matched literally', () => {
    expect(
      problems({ contracts: { a: { match: { title: '(a+)+$' }, require: [{ sentences: ['(x+x+)+y'] }] } } }),
    ).toEqual([]);
  });
});

describe('the cascade', () => {
  const file = (shown: string, folder: string, config: Config): ConfigFile => ({
    shown,
    folder,
    layers: fileLayers(config, shown, folder, []),
    ignores: [],
  });

  test('a nearer file replaces a contract of the same name and adds its own; its globs are rebased on its folder', () => {
    const root = file('.doclintrc.json', '', {
      contracts: {
        overview: { match: { files: 'overview.md' }, require: [{ section: { label: 'Topics' }, linkList: true }] },
        compliance: {
          match: { title: 'Compliance*' },
          require: [{ links: ['https://aws.amazon.com/compliance/programs/'] }],
        },
      },
    });
    const docs = file('docs/.doclintrc.json', 'docs', {
      contracts: {
        overview: {
          match: { files: ['overview.md', 'guide/*.md'] },
          require: [{ section: { heading: 'Contents' }, linkList: true }],
        },
        api: { match: { frontMatter: { kind: 'api' } }, require: [{ section: { heading: 'Errors' } }] },
      },
    });
    const resolver = new ConfigResolver({
      files: new Map([
        ['', root],
        ['docs', docs],
      ]),
    });
    const contracts = resolver.configFor('docs/a.md').contracts!;
    expect(Object.keys(contracts)).toEqual(['overview', 'compliance', 'api']);
    expect(contracts.overview!.match.files).toEqual(['docs/**/overview.md', 'docs/guide/*.md']);
    expect(contracts.overview!.require).toEqual([{ section: { heading: 'Contents' }, linkList: true }]);
    expect(resolver.configFor('a.md').contracts!.overview!.match.files).toBe('overview.md');
    expect(resolver.explain('docs/a.md').provenance.contracts).toEqual({
      overview: 'docs/.doclintrc.json',
      compliance: '.doclintrc.json',
      api: 'docs/.doclintrc.json',
    });
  });
});

describe('patterns from config cannot hang a run', () => {
  test('`(a+)+$` and a glob of many stars, on a long title and a long file name, finish at once', async () => {
    const contracts: Config['contracts'] = {
      regex: {
        match: { title: '(a+)+$', files: '*a*a*a*a*a*a*a*a*a*b' },
        require: [{ sentences: ['(a+)+$'], items: ['*a*a*a*a*a*a*a*a*c'] }],
      },
    };
    const name = `${'a'.repeat(5_000)}.md`;
    const started = process.hrtime.bigint();
    const results = await lintProject(
      {
        documents: [
          { path: name, text: `# ${'a'.repeat(50_000)}!\n\n${'a '.repeat(50_000)}\n` },
          { path: 'b.md', text: '# (a+)+$\n' },
        ],
      },
      only('page-contract', { contracts }),
      builtinRules,
    );
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2_000);
    expect(
      results.flatMap((r) =>
        r.diagnostics.map((d) => `${r.path === name ? 'long' : r.path}:${d.line}:${d.column} ${d.messageId}`),
      ),
    ).toEqual([
      // the title holds the sentence (headings count); the title is never an item
      'b.md:1:1 missingItem',
    ]);
  });
});

describe('the AWS security contract', () => {
  const contract: Contract = awsSecurityContract(DEFAULT_SETTINGS.securityPage);

  test('is the data the rule doc shows', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../rules/page-contract.md', import.meta.url)), 'utf8');
    const shown = /### The AWS security contract[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const { description: _description, ...data } = contract;
    expect((JSON.parse(shown) as Config).contracts!['aws-security']).toEqual(data);
  });

  test('in config, page-contract finds the parts the two security rules find, at the same places or at the near miss', async () => {
    const root = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));
    for (const folder of ['security-shared-responsibility', 'security-topics-list']) {
      const base = join(root, folder);
      const pages = readdirSync(base, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
        .map((entry) => relative(base, join(entry.parentPath, entry.name)).split('\\').join('/'));
      const documents = pages.map((path) => ({ path, text: readFileSync(join(base, path), 'utf8') }));
      const rules = await lintProject({ documents }, only(folder), builtinRules);
      const contracts = await lintProject(
        { documents },
        only('page-contract', { contracts: { 'aws-security': contract } }),
        builtinRules,
      );
      const requirement = folder === 'security-shared-responsibility' ? 0 : 1;
      const kind: Record<string, string> = {
        missingSentence: 'sentence',
        rewordedSentence: 'sentence',
        missingModelLink: 'link',
        wrongLink: 'link',
        missingLink: 'link',
        missingItem: 'item',
        rewordedItem: 'item',
        missing: 'section',
        missingSection: 'section',
        misnamedSection: 'section',
        missingList: 'list',
        emptyList: 'emptyList',
        notALink: 'notALink',
        emptyItem: 'emptyItem',
      };
      const nearMiss = new Set(['wrongLink', 'rewordedItem', 'misnamedSection']);
      for (const result of rules) {
        const expected = result.diagnostics.map((d) => kind[d.messageId!]);
        const other = contracts
          .find((r) => r.path === result.path)!
          .diagnostics.filter((d) =>
            (requirement === 0
              ? ['sentence', 'link', 'item']
              : ['section', 'list', 'emptyList', 'notALink', 'emptyItem']
            ).includes(kind[d.messageId!]!),
          );
        expect([result.path, other.map((d) => kind[d.messageId!]).sort()]).toEqual([result.path, [...expected].sort()]);
        const places = (list: typeof other) =>
          list
            .filter((d) => !nearMiss.has(d.messageId!))
            .map((d) => `${kind[d.messageId!]} ${d.line}:${d.column}`)
            .sort();
        const exact = other.filter((d) => !nearMiss.has(d.messageId!)).map((d) => kind[d.messageId!]);
        expect([result.path, places(other)]).toEqual([
          result.path,
          result.diagnostics
            .filter((d) => exact.includes(kind[d.messageId!]!))
            .map((d) => `${kind[d.messageId!]} ${d.line}:${d.column}`)
            .sort(),
        ]);
      }
    }
  });
});
