/**
 * The bundle (what `doclint` runs) parses with a patched mdast-util-from-markdown: its compile
 * loop reuses one context object instead of copying it for every event (scripts/build-bundle.mjs).
 * These tests bundle the parser the same way and check that it builds the very same trees as the
 * unpatched library, on every Markdown file of the repository, a sample of the AWS corpus when it
 * is there, and generated pages; and that a patch that no longer matches fails the build.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import { parseMarkdown } from '../../src/engine/parse.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const corpus = process.env.DOCLINT_CORPUS ?? join(repo, '../shared/corpus/awsdocs');

interface BuildScript {
  patchPlugin: unknown;
  applyPatches(path: string, source: string): string;
  patches: Array<{ file: RegExp; replacements: Array<[string, string]> }>;
}
// A JavaScript module of the build, loaded at run time (it has no types).
const script = (await import(pathToFileURL(join(repo, 'scripts/build-bundle.mjs')).href)) as BuildScript;

let folder: string;
let patchedParse: (text: string) => Root;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'doclint-patch-'));
  const outfile = join(folder, 'parse.mjs');
  await build({
    stdin: {
      contents: `export { parseMarkdown } from ${JSON.stringify(join(repo, 'src/engine/parse.ts'))};`,
      resolveDir: repo,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    outfile,
    plugins: [script.patchPlugin as never],
  });
  const bundled = readFileSync(outfile, 'utf8');
  // the patch is in: one context, its sliceSerialize set per event
  expect(bundled).toMatch(/context\d*\.sliceSerialize = events\[index\d*\]\[2\]\.sliceSerialize;/);
  patchedParse = ((await import(pathToFileURL(outfile).href)) as { parseMarkdown: (text: string) => Root })
    .parseMarkdown;
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const same = (text: string) => expect(patchedParse(text)).toEqual(parseMarkdown(text));

describe('the bundle’s patched parser', () => {
  test('builds the same trees as the library on every Markdown file of the repository', () => {
    const files = execFileSync('git', ['ls-files', '*.md'], { cwd: repo, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) same(readFileSync(join(repo, file), 'utf8'));
  });

  (existsSync(corpus) ? test : test.skip)(
    'builds the same trees on a sample of the AWS corpus (every 25th page)',
    () => {
      let count = 0;
      for (const guide of readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
        const dir = join(corpus, guide.name, 'doc_source');
        if (!existsSync(dir)) continue;
        readdirSync(dir)
          .filter((name) => name.endsWith('.md'))
          .sort()
          .forEach((name, i) => {
            if (i % 25 !== 0) return;
            same(readFileSync(join(dir, name), 'utf8'));
            count++;
          });
      }
      expect(count).toBeGreaterThan(200);
    },
  );
  if (!existsSync(corpus)) {
    test('corpus sample', () =>
      console.warn(`SKIPPED: the corpus sample needs the AWS corpus at ${corpus} (set DOCLINT_CORPUS)`));
  }

  test('builds the same trees on generated pages (lists, quotes, references, HTML, code, front matter)', () => {
    const inline = fc.constantFrom(
      'text',
      '*em*',
      '__strong__',
      '`code`',
      '[a](b.md#c)',
      '![i](i.png "t")',
      '[ref][r]',
      '[r]',
      '<a name="x"></a>',
      '&amp;',
      '\\*',
      'https://x.y',
      '<https://x.y>',
      '  \n',
      '\\\n',
    );
    const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
    const block = fc.oneof(
      line,
      line.map((text) => `# ${text}`),
      line.map((text) => `${text}\n---`),
      line.map((text) => `- ${text}\n  - ${text}\n\n  ${text}`),
      line.map((text) => `1. ${text}\n2) ${text}`),
      line.map((text) => `> ${text}\n> > - ${text}`),
      fc.constant('```js\ncode [a](b)\n```'),
      fc.constant('    indented code'),
      fc.constant('<div>\n\n*x*\n\n</div>'),
      fc.constant('[r]: https://example.com "title"'),
      fc.constant('| a | b |\n| - | - |\n| [c](d.md) | e |'),
      fc.constant('***'),
    );
    const page = fc
      .tuple(fc.boolean(), fc.array(block, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
      .map(([matter, blocks, eol]) =>
        `${matter ? '---\ntitle: x\n---\n' : ''}${blocks.join('\n\n')}`.replace(/\n/g, eol),
      );
    fc.assert(
      fc.property(page, (text) => same(text)),
      { numRuns: 300 },
    );
  });

  test('a patch that no longer matches the dependency’s code fails the build', () => {
    const [patch] = script.patches;
    const path = '/x/node_modules/mdast-util-from-markdown/lib/index.js';
    expect(patch!.file.test(path)).toBe(true);
    expect(() => script.applyPatches(path, 'export function compile() {}')).toThrow('no longer applies');
    const [from] = patch!.replacements[0]!;
    expect(() => script.applyPatches(path, `${from}\n${from}`)).toThrow('no longer applies');
  });
});
