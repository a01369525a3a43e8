/**
 * The JSON Schema shipped for editors, and the docs of every config key and rule option, cannot
 * drift from `configSchema(builtinRules)`: the committed schema file is regenerated and compared,
 * and every key path of the schema must have a row in README's configuration table (and every
 * row a key), every rule option a row in its rule page's options table, with its default.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { configSchema } from '../../../src/node/config/validate.js';
import { builtinRules } from '../../../rules/index.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const read = (path: string) => readFileSync(join(repo, path), 'utf8');

type Schema = { properties?: Record<string, Schema>; items?: Schema; $ref?: string; type?: string | string[] };

const schema = configSchema(builtinRules, { anyPluginRule: true }) as Schema & { $defs: Record<string, Schema> };

const resolveRef = (node: Schema): Schema => (node.$ref ? schema.$defs[node.$ref.replace('#/$defs/', '')]! : node);

/**
 * `settings.anchors.htmlId`, `overrides[].files`: every key path down to the leaves. A rule map
 * is a leaf (rules have their own pages), and so is a nested `$ref` (documented "as `settings`").
 */
function keyPaths(node: Schema, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const target = resolveRef(child);
    if (key === 'rules' || (child.$ref && prefix !== '')) out.push(path);
    else if (target.properties) out.push(...keyPaths(target, path));
    else if (target.items?.properties) out.push(path, ...keyPaths(target.items, `${path}[]`));
    else out.push(path);
  }
  return out;
}

describe('schema/doclint.schema.json', () => {
  test('is what `npm run build:schema` makes from the rules (run it and commit the file when this fails)', () => {
    expect(read('schema/doclint.schema.json')).toBe(
      `${JSON.stringify(configSchema(builtinRules, { anyPluginRule: true }), null, 2)}\n`,
    );
  });

  test('compiles in strict mode, and accepts the config files of the repository', () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false, allowMatchingProperties: true });
    const validate = ajv.compile(JSON.parse(read('schema/doclint.schema.json')) as object);
    const files = [
      'examples/guide/.doclintrc.json',
      'fixtures/projects/config-cascade/.doclintrc.json',
      'examples/custom-rule/.doclintrc.json',
    ];
    for (const file of files)
      expect({ file, valid: validate(JSON.parse(read(file))), errors: validate.errors ?? null }).toEqual({
        file,
        valid: true,
        errors: null,
      });
    expect(validate({ rules: { 'link-file-exists': ['warn', { directoryIndex: 'index.md' }] } })).toBe(false);
    // An editor cannot know a project's plugins: any namespaced rule id is accepted, a misspelt built-in one is not.
    expect(validate({ plugins: ['./rules/x.js'], rules: { 'acme/no-todo': ['warn', { words: ['x'] }] } })).toBe(true);
    expect(validate({ rules: { 'link-file-exist': 'warn' } })).toBe(false);
  });

  test('is shipped in the package', () => {
    expect((JSON.parse(read('package.json')) as { files: string[] }).files).toContain('schema');
  });
});

describe('the docs cover every key and option', () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Configuration\n'), readme.indexOf('### Inline suppressions'));
  const documented = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);

  test('README: a row for every key path of the schema, and no row for a key that does not exist', () => {
    const paths = keyPaths(schema, '');
    expect(paths).toEqual(
      expect.arrayContaining(['extends', 'settings.anchors.htmlId', 'overrides[].files', 'requireDirectiveReason']),
    );
    expect([...documented].sort()).toEqual([...paths].sort());
  });

  test('README: every rule is in the rules table', () => {
    for (const { meta } of builtinRules)
      expect(readme).toContain(`| [\`${meta.id}\`](rules/${meta.id}.md) | ${meta.defaultSeverity} |`);
  });

  test.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))(
    'rules/%s.md: a row for each option, with its default; no row for an option that does not exist',
    (id, rule) => {
      const page = read(`rules/${id}.md`);
      const options = page.slice(page.indexOf('## Options'), page.indexOf('\n## ', page.indexOf('## Options') + 1));
      const rows = new Map([...options.matchAll(/^\| `([^`]+)` \|(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
      const names = Object.keys((rule.meta.schema as Schema | undefined)?.properties ?? {});
      expect([...rows.keys()].sort()).toEqual([...names].sort());
      const squash = (text: string) => text.replace(/\s+/g, '');
      for (const name of names) {
        // an option without a default (its meaning comes from elsewhere, such as the site) says `unset`
        const fallback = rule.meta.defaultOptions?.[name];
        expect({ name, row: squash(rows.get(name)!) }).toEqual({
          name,
          row: expect.stringContaining(fallback === undefined ? 'unset' : squash(`\`${JSON.stringify(fallback)}\``)),
        });
      }
    },
  );

  test('every rule page exists for the rules folder', () => {
    const pages = readdirSync(join(repo, 'rules'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3));
    expect(pages.sort()).toEqual(builtinRules.map((rule) => rule.meta.id).sort());
  });
});
