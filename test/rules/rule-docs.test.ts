/**
 * The examples in each rule's doc page are run: the pages of `## Incorrect` (```markdown
 * file=<path> fences, one project) must produce at least one diagnostic of that rule and the
 * pages of `## Correct` none.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../src/types.js';
import { builtinRules } from '../../rules/index.js';
import { lintProject } from '../../src/index.js';
import { parseMarkdown } from '../../src/engine/parse.js';
import { renderedText } from '../../src/helpers/text.js';

/**
 * The `markdown file=<path>` code blocks under a level-2 heading, read with our own parser, and
 * the config of the example: a `json file=.doclintrc.json` block (its `contracts` and `settings`).
 */
function examples(doc: string, heading: string): Record<string, string> {
  const files: Record<string, string> = {};
  let inside = false;
  for (const node of parseMarkdown(doc).children) {
    if (node.type === 'heading' && node.depth <= 2) inside = node.depth === 2 && renderedText(node) === heading;
    else if (inside && node.type === 'code' && (node.lang === 'markdown' || node.lang === 'json')) {
      const path = /^file=(\S+)$/.exec(node.meta ?? '')?.[1];
      if (path && (node.lang === 'markdown' || path === CONFIG)) files[path] = `${node.value}\n`;
    }
  }
  return files;
}

const CONFIG = '.doclintrc.json';

describe.each(builtinRules.map((rule) => [rule.meta.id] as const))('rules/%s.md', (id) => {
  const doc = readFileSync(fileURLToPath(new URL(`../../rules/${id}.md`, import.meta.url)), 'utf8');
  const lint = async ({ [CONFIG]: config, ...files }: Record<string, string>) =>
    (
      await lintProject(
        { documents: Object.entries(files).map(([path, text]) => ({ path, text })) },
        {
          ...(config === undefined ? {} : (JSON.parse(config) as Pick<Config, 'contracts' | 'settings'>)),
          rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta.id === id ? 'error' : 'off'])),
        },
        builtinRules,
      )
    ).flatMap((r) => r.diagnostics.map((d) => `${r.path}:${d.line}:${d.column} ${d.ruleId} ${d.message}`));

  test('the incorrect example is reported', async () => {
    const files = examples(doc, 'Incorrect');
    expect(Object.keys(files).length).toBeGreaterThan(0);
    const found = await lint(files);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.includes(` ${id} `))).toBe(true);
  });

  test('the correct example is clean', async () => {
    const files = examples(doc, 'Correct');
    expect(Object.keys(files).length).toBeGreaterThan(0);
    expect(await lint(files)).toEqual([]);
  });
});
