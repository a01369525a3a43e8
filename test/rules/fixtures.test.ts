/**
 * Every folder fixtures/rules/<rule-id>/ is one small project, linted with only that rule on.
 * Each page's diagnostics must equal its `<case>.expected` file line for line (compact format:
 * `line:column severity rule/messageId message`); a page without one must be clean.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../src/types.js';
import { lintProject } from '../../src/index.js';
import { builtinRules } from '../../rules/index.js';
import { compactLine } from '../support/compact.js';

const root = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

const ruleIds = readdirSync(root).sort();

test('every built-in rule has fixtures, and every fixture folder is a rule', () => {
  expect(ruleIds).toEqual(builtinRules.map((rule) => rule.meta.id));
});

for (const ruleId of ruleIds) {
  describe(`fixtures/rules/${ruleId}`, () => {
    const folder = join(root, ruleId);
    const files = filesUnder(folder);
    const pages = files.filter((file) => file.endsWith('.md'));
    for (const expected of files.filter((file) => file.endsWith('.expected'))) {
      test(`${expected} belongs to a page`, () => {
        expect(pages).toContain(expected.replace(/\.expected$/, '.md'));
      });
    }
    // A folder may carry the contracts and settings its pages are linted with.
    const configFile = join(folder, '.doclintrc.json');
    const extra = existsSync(configFile)
      ? (JSON.parse(readFileSync(configFile, 'utf8')) as Pick<Config, 'contracts' | 'settings'>)
      : {};
    let results: Awaited<ReturnType<typeof lintProject>> | undefined;
    const lint = async () =>
      (results ??= await lintProject(
        {
          documents: pages.map((path) => ({ path, text: readFileSync(join(folder, path), 'utf8') })),
          paths: files,
        },
        {
          ...extra,
          rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta.id === ruleId ? 'error' : 'off'])),
        },
        builtinRules,
      ));
    for (const page of pages) {
      test(page, async () => {
        const result = (await lint()).find((r) => r.path === page)!;
        const expectedFile = join(folder, page.replace(/\.md$/, '.expected'));
        const expected = existsSync(expectedFile)
          ? readFileSync(expectedFile, 'utf8')
              .split('\n')
              .filter((line) => line.trim() !== '')
          : [];
        expect(result.diagnostics.map(compactLine)).toEqual(expected);
      });
    }
  });
}
