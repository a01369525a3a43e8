/**
 * Property tests of the engine over arbitrary small trees of Markdown-ish pages: linting never
 * throws and no rule crashes, every diagnostic points inside its page, the result does not depend
 * on the order pages are given in, and linting twice gives the same result.
 *
 * fast-check prints the seed and path of a failure; each one found is kept below as a fixed case
 * with its seed. `FC_NUM_RUNS=2000 npm test -- test/engine/properties` runs more cases, and
 * `FC_SEED=<seed>` replays one run.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { LintInput, LintResult } from '../../src/types.js';
import { lintProject } from '../../src/index.js';
import { pointInside, pointLocator } from '../../src/helpers/position.js';
import { deepestMarkerRun, deepestNode, parseMarkdown } from '../../src/engine/parse.js';
import { builtinRules } from '../../rules/index.js';

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 60);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const settings = { numRuns: NUM_RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

/** Pages a tree may hold: folders, a security page, letter case, spaces, non-ASCII. */
const PAGE_PATHS = [
  'a.md',
  'b.md',
  'security.md',
  'docs/c.md',
  'docs/Install.md',
  'docs/sub/d.md',
  'docs/security.md',
  'x y.md',
  'ünï.md',
  'README.md',
];
/** Files links may point at that are not pages. */
const OTHER_PATHS = ['img.png', 'docs/diagram.svg', 'docs/sub/index.md', 'other.md'];
const ALL_PATHS = [...PAGE_PATHS, ...OTHER_PATHS];

const word = fc.constantFrom(
  'Install',
  'set up',
  'Security in Amazon S3',
  'Topics',
  'data-protection',
  'naïve café',
  '日本語',
  'emoji 😀',
  'a_b*c',
  'x`y',
  '',
  ' ',
  'Q&A <b>bold</b>',
  '\\*esc\\*',
  '&amp; &#x1F600;',
  'Security is a shared responsibility between AWS and you',
);
const anchor = fc.constantFrom(
  'install',
  'set-up',
  'topics',
  'x',
  'Install',
  'top',
  '',
  'L10-L20',
  'naïve-café',
  '%20x',
  'a"b',
  'id with space',
);
const target = fc.oneof(
  fc.constantFrom(
    ...ALL_PATHS,
    '../a.md',
    '../../../../etc/passwd',
    '/etc/passwd',
    '/a.md',
    'docs/',
    'docs/sub',
    'missing.md',
    'A.md',
    'b.html',
    'https://example.com/x.md',
    'mailto:a@b.c',
    'file:///etc/passwd',
    'C:\\x.md',
    '%2e%2e/a.md',
    'a.md?x=1',
    '<a.md>',
    'a%20.md',
    'x%20y.md',
    '',
  ),
  fc.string({ maxLength: 8 }),
);
const link = fc
  .tuple(word, target, fc.option(anchor), fc.constantFrom('', '![', '['))
  .map(([text, to, fragment, kind]) => {
    const url = fragment === null ? to : `${to}#${fragment}`;
    return kind === '![' ? `![${text}](${url})` : `[${text}](${url})`;
  });
const inline = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 4, arbitrary: link },
  { weight: 1, arbitrary: word.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: word.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `[${a}][${b}]`) },
  { weight: 1, arbitrary: word.map((w) => `[${w}]`) },
  { weight: 1, arbitrary: anchor.map((a) => `<a name="${a}"></a>`) },
  { weight: 1, arbitrary: anchor.map((a) => `<span id="${a}">x</span>`) },
  { weight: 1, arbitrary: target.map((t) => `<a href="${t}">h</a> <img src="${t}">`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<',
      '>',
      '[',
      ']',
      '(',
      ')',
      '*',
      '_',
      '`',
      '\\',
      '&',
      '<!--',
      '-->',
      '{#x}',
      '\t',
      '\u0000',
      '\u200b',
      '\ud800',
      '\u{1F600}',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
);
const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  { weight: 3, arbitrary: line },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 6 }), line, fc.option(anchor))
      .map(([d, text, id]) => `${'#'.repeat(d)} ${text}${id === null ? '' : ` {#${id}}`}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(line, { minLength: 1, maxLength: 4 })
      .map((items) => items.map((item) => `- ${item}`).join('\n')),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(line, { minLength: 1, maxLength: 3 })
      .map((items) => items.map((item, i) => `${'  '.repeat(i)}1. ${item}`).join('\n')),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(line, { minLength: 1, maxLength: 3 })
      .map((items) => items.map((item) => `> ${item}`).join('\n')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('```', '~~~', '    '), line, fc.boolean())
      .map(([fence, text, closed]) =>
        fence === '    ' ? `    ${text}` : `${fence}md\n${text}\n${closed ? fence : ''}`,
      ),
  },
  { weight: 1, arbitrary: fc.tuple(word, target).map(([label, to]) => `[${label}]: ${to || '<>'}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '**Topics**',
      '+ [Data protection](data-protection.md)',
      '---',
      '***',
      'Title\n===',
      '<div id="x">\n\n</div>',
      '<!-- doclint-disable -->',
      '<!-- doclint-enable link-file-exists -->',
      '<!-- doclint-disable-next-line -->',
      '<!-- doclint-disable-file link-anchor-exists -- why -->',
      '| a | [b](b.md#x) |\n| - | - |',
      '<pre>\n<a name="pre">\n</pre>',
      '[//]: # (comment)',
      '[^note]: footnote',
    ),
  },
);
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
const page = fc
  .tuple(fc.array(block, { maxLength: 8 }), lineEnding, fc.boolean(), fc.constantFrom('', '\n', '\n\n'))
  .map(([blocks, eol, bom, end]) => {
    const text = blocks.join('\n\n') + end;
    return (bom ? '\uFEFF' : '') + text.replace(/\r\n|\r|\n/g, eol);
  });
const tree = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...PAGE_PATHS), { minLength: 1, maxLength: 5 }),
    fc.array(page, { minLength: 5, maxLength: 5 }),
    fc.array(page, { minLength: 2, maxLength: 2 }),
  )
  .map(([paths, texts, targets]) => ({
    documents: paths.map((path, i) => ({ path, text: texts[i]! })),
    /** pages that are not linted but that links may point into (read for their anchors) */
    unlinted: { 'other.md': targets[0]!, 'docs/sub/index.md': targets[1]! } as Record<string, string>,
  }));

type Tree = { documents: Array<{ path: string; text: string }>; unlinted: Record<string, string> };

const input = (t: Tree, documents = t.documents): LintInput => ({
  documents,
  paths: [...new Set([...ALL_PATHS.filter((p) => !PAGE_PATHS.includes(p)), ...t.documents.map((d) => d.path)])].sort(),
  readFile: (path) => t.unlinted[path],
});

const lint = (t: Tree, documents?: Tree['documents']) => lintProject(input(t, documents), {}, builtinRules);

/** Lines as micromark counts them: LF, CRLF and a lone CR each end one. */
const linesOf = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);

function expectInside(results: readonly LintResult[], t: Tree) {
  for (const result of results) {
    const text = t.documents.find((d) => d.path === result.path)!.text;
    const lines = linesOf(text);
    for (const d of result.diagnostics) {
      const where = `${result.path} ${d.line}:${d.column} ${d.ruleId} ${d.message}`;
      expect([where, d.internal ?? false]).toEqual([where, false]);
      expect([where, d.line >= 1 && d.line <= lines.length]).toEqual([where, true]);
      expect([where, d.column >= 1 && d.column <= lines[d.line - 1]!.length + 1]).toEqual([where, true]);
      if (d.endLine !== undefined) {
        expect([where, d.endLine >= d.line && d.endLine <= lines.length]).toEqual([where, true]);
        expect([where, d.endColumn! >= 1 && d.endColumn! <= lines[d.endLine - 1]!.length + 1]).toEqual([where, true]);
      }
    }
  }
}

describe('lintProject, for arbitrary trees of Markdown pages', () => {
  test('never throws, no rule crashes, every diagnostic points inside its page', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (t) => {
        expectInside(await lint(t), t);
      }),
      settings,
    );
  });

  test('the result does not depend on the order pages are given in, and is the same twice', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.func(fc.integer()), async (t, order) => {
        const first = await lint(t);
        const shuffled = [...t.documents]
          .map((d, i) => ({ d, key: order(i) }))
          .sort((a, b) => a.key - b.key)
          .map(({ d }) => d);
        expect(await lint(t, [...t.documents].reverse())).toEqual(first);
        expect(await lint(t, shuffled)).toEqual(first);
        expect(await lint(t)).toEqual(first);
      }),
      { ...settings, numRuns: Math.ceil(NUM_RUNS / 2) },
    );
  });

  test('links never make the engine read outside the files it was given', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (t) => {
        const reads: string[] = [];
        const base = input(t);
        await lintProject({ ...base, readFile: (path) => (reads.push(path), base.readFile!(path)) }, {}, builtinRules);
        for (const path of reads) expect(base.paths).toContain(path);
      }),
      settings,
    );
  });
});

describe('helpers the guards rely on', () => {
  test('pointLocator finds the same points as a walk from the start (LF, CRLF, lone CR)', () => {
    const naive = (value: string, offset: number) => {
      let line = 3;
      let column = 5;
      for (let i = 0; i < offset && i < value.length; i++) {
        if (value[i] === '\n' || (value[i] === '\r' && value[i + 1] !== '\n')) {
          line++;
          column = 1;
        } else column++;
      }
      return { line, column, offset: 40 + offset };
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'é', '😀') }), fc.nat(40), (value, offset) => {
        const start = { line: 3, column: 5, offset: 40 };
        expect(pointLocator(start, value)(offset)).toEqual(naive(value, offset));
        expect(pointInside(start, value, offset)).toEqual(naive(value, offset));
      }),
      settings,
    );
  });

  test('the nesting found before parsing never exceeds the nesting of the tree, outside code and HTML', () => {
    // Found by this property (seed -1606554140, path "14:4:8:10:10"): after a paragraph line,
    // `2)` does not start a list, so the line is more of the paragraph; it was counted as 3 levels.
    expect(deepestMarkerRun('x\n2) > > x').depth).toBe(0);
    expect(deepestNode(parseMarkdown('x\n2) > > x')).depth).toBe(2);
    const container = fc.constantFrom('> ', '- ', '* ', '+ ', '1. ', '2) ', '  ', ' ', '>', '\t');
    const text = fc
      .array(fc.tuple(fc.array(container, { maxLength: 12 }), fc.constantFrom('x', '', '-', '- -', '* * *', 'a > b')), {
        maxLength: 6,
      })
      .map((lines) => lines.map(([prefix, rest]) => prefix.join('') + rest).join('\n'));
    fc.assert(
      fc.property(text, (markdown) => {
        const tree = parseMarkdown(markdown);
        if (tree.children.some((node) => node.type === 'code' || node.type === 'html')) return;
        expect(deepestMarkerRun(markdown).depth).toBeLessThanOrEqual(deepestNode(tree).depth);
      }),
      settings,
    );
  });
});
