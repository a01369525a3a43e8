/**
 * Config from a repository cannot take unbounded time or memory: YAML aliases that expand to
 * millions of values, and globs whose brace groups and stars make matching every page cost
 * millions of steps, are refused with a message naming the limit (issue 13, "Bounded time and
 * memory in every phase"). The full-size cases are in bench/hostile.mjs, not here.
 */
import { describe, expect, test } from '@jest/globals';
import { ConfigError } from '../../../src/engine/config/resolve.js';
import { validateConfig } from '../../../src/node/config/validate.js';
import { MAX_EXPANDED_GLOB_LENGTH, MAX_GLOBS_PER_CONFIG } from '../../../src/node/config/glob-limits.js';
import { ConfigResolver, fileLayers, type ConfigFile } from '../../../src/engine/config/cascade.js';
import { expandedSize, loadBoundedYaml, MAX_CONFIG_YAML_VALUES } from '../../../src/node/config/bounded-yaml.js';
import { compileGlob, matchesGlob, matchesGlobOrFolder } from '../../../src/contracts/wildcard.js';
import { parseConfigText } from '../../../src/node/config/load-config.js';
import type { Config } from '../../../src/types.js';
import { builtinRules } from '../../../rules/index.js';

/** YAML whose aliases expand to 10^levels strings. */
function laughs(levels: number): string {
  const lines = ['x:', '  - &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `  - &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

const problems = (config: unknown): string[] => {
  try {
    validateConfig(config, builtinRules);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('YAML aliases', () => {
  test('a few aliases are fine; aliases that expand past the limit are refused, before anything walks the data', () => {
    expect(loadBoundedYaml('a: &x [1, 2]\nb: *x\nc: *x\n')).toEqual({ a: [1, 2], b: [1, 2], c: [1, 2] });
    // 10^12 values once expanded: on today's main anything that walked this ran for hours.
    expect(() => loadBoundedYaml(laughs(12))).toThrow(
      `its aliases (\`*name\`) expand to more than ${MAX_CONFIG_YAML_VALUES.toLocaleString('en-US')} values`,
    );
  });

  test('a config file with such aliases is a config error naming the file', () => {
    expect(() => parseConfigText(laughs(9), '.doclintrc.yaml', 'yaml')).toThrow(
      new ConfigError(
        `.doclintrc.yaml: invalid YAML: its aliases (\`*name\`) expand to more than ${MAX_CONFIG_YAML_VALUES.toLocaleString('en-US')} values; write the values out or use fewer aliases`,
      ),
    );
  });

  test('expandedSize counts each shared node every time it appears, visiting it once', () => {
    const shared = [1, 2, 3];
    expect(expandedSize({ a: shared, b: shared }, 100)).toBe(1 + 4 + 4);
    expect(expandedSize('x', 100)).toBe(1);
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(expandedSize(cycle, 100)).toBe(Infinity);
    // a chain of 100,000 nested lists: no recursion, so no stack overflow
    let deep: unknown[] = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(expandedSize(deep, 1_000_000)).toBe(100_001);
  });

  test('a config with 100,000 wrong values lists the first 100 problems and how many more', () => {
    const listed = problems({ ignores: Array.from({ length: 5000 }, () => 1) });
    expect(listed).toHaveLength(101);
    expect(listed.at(-1)).toBe('… and 4900 more problems');
  });
});

describe('contracts', () => {
  test('a contract of more than 1,000 requirements is refused (20,000 sentences against one page took 206 s)', () => {
    const contract = (count: number) => ({
      contracts: {
        big: {
          match: { files: ['*.md'] },
          require: [{ sentences: Array.from({ length: count }, (_, i) => `Sentence ${i}`) }],
        },
      },
    });
    expect(problems(contract(999))).toEqual([]);
    expect(problems(contract(20_000))).toEqual([
      '`contracts.big.require`: too many requirements: 20001 sentences, links, items and sections; a contract may have at most 1000 (each is looked for in every matching page)',
    ]);
  });
});

describe('globs', () => {
  const long = (i: number) => `${'{a,b}'.repeat(8)}${'*a'.repeat(440)}*b${i}`;

  test('more globs than the limit, or globs too large once their groups are expanded, are refused', () => {
    expect(problems({ ignores: Array.from({ length: MAX_GLOBS_PER_CONFIG + 1 }, (_, i) => `g${i}.md`) })).toEqual([
      `too many globs: ${MAX_GLOBS_PER_CONFIG + 1} in \`ignores\`, \`overrides[].files\` and contracts' \`match.files\` together; the limit is ${MAX_GLOBS_PER_CONFIG}`,
    ]);
    const tooLarge = `the globs are too large to match in reasonable time: with their \`{…}\` groups expanded they are over ${MAX_EXPANDED_GLOB_LENGTH.toLocaleString('en-US')} characters (the limit; 3 globs); use fewer globs or fewer \`{…}\` groups`;
    expect(problems({ ignores: [long(1), long(2), long(3)] })).toEqual([tooLarge]);
    expect(problems({ overrides: [{ files: [long(1), long(2)], rules: {} }], ignores: ['x.md'] })).toEqual([
      tooLarge.replace('3 globs', '3 globs'),
    ]);
    // a real config is far below both limits
    expect(
      problems({
        ignores: ['generated/', 'vendor/**', '**/{CHANGELOG,LICENSE}.md'],
        overrides: [{ files: ['docs/{api,guide}/**/*.md'], rules: {} }],
      }),
    ).toEqual([]);
  });

  test('an unclosed `{` is still reported (without picomatch)', () => {
    expect(problems({ ignores: ['docs/{a,b.md'] })).toEqual([
      '`ignores[0]`: invalid glob `docs/{a,b.md`: it is not a valid glob (an unclosed `{`, `[` or `(`?)',
    ]);
    expect(problems({ ignores: ['docs/\\{a.md', 'docs/{a,b}.md'] })).toEqual([]);
  });

  test('matchesGlobOrFolder is the glob matching the path or one of its folders', () => {
    const byPrefixes = (glob: string, path: string, folderOnly: boolean) => {
      const parts = path.split('/');
      for (let end = parts.length; end >= 1; end--) {
        if (folderOnly && end === parts.length) continue;
        if (matchesGlob(compileGlob(glob), parts.slice(0, end).join('/'))) return true;
      }
      return false;
    };
    const globs = [
      'generated',
      'docs/generated',
      'docs/*',
      '**/x',
      'a/**/b',
      '*.md',
      'docs/**',
      'x.md',
      '{a,docs}/gen*',
      '**',
      '**/**',
      'docs/**/*.md',
    ];
    const paths = [
      'generated/a.md',
      'docs/generated/x.md',
      'docs/a.md',
      'a/x/b/c.md',
      'a/b',
      'x.md',
      'docs/x.md/y.md',
      'other/docs/generated/z.md',
    ];
    for (const glob of globs) {
      for (const path of paths) {
        for (const folderOnly of [false, true]) {
          expect([glob, path, folderOnly, matchesGlobOrFolder(compileGlob(glob), path, folderOnly)]).toEqual([
            glob,
            path,
            folderOnly,
            byPrefixes(glob, path, folderOnly),
          ]);
        }
      }
    }
  });

  test('an ignore glob costs one walk of the path, however deep: 2,000 folders', () => {
    const config: Config = { ignores: ['*a*a*a*a*a*a*a*a*b/'] };
    const file: ConfigFile = {
      shown: '.doclintrc.json',
      folder: '',
      layers: fileLayers(config, '.doclintrc.json', '', []),
      ignores: [{ glob: config.ignores![0]!, base: '', source: '.doclintrc.json' }],
    };
    const resolver = new ConfigResolver({ files: new Map([['', file]]) });
    const deep = `${Array.from({ length: 2000 }, () => 'a'.repeat(30)).join('/')}/page.md`;
    expect(resolver.ignoredBy(deep)).toBeUndefined();
  });
});
