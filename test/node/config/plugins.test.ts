/**
 * Custom rules from plugins, through the command line, in temporary projects: a plugin's rules
 * run, are configured and validated like built-in rules, are listed, explained and described in
 * SARIF; a plugin that cannot be loaded, or whose rule throws, stops the run with exit code 2 and
 * a message naming the plugin and the config file; plugin paths out of the project root need
 * --config. Each case runs in-process through `main()` and through the built binary; worker
 * threads and the cache, which need the binary, are checked with it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
/** --list-rules shows a built-in rule's page in the package (here, the checkout) until doclint is published. */
const ruleDoc = (id: string) => join(repo, 'rules', `${id}.md`);
const bin = join(repo, 'dist/src/bin.js');
const scratch = join(tmpdir(), `doclint-plugins-${process.pid}`);

function write(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const project = (name: string, files: Record<string, string>) => write(join(scratch, name), files);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function runInProcess(cwd: string, argv: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: {},
  });
  return { code, stdout, stderr };
}

function runBinary(cwd: string, argv: string[]): Outcome {
  const { CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, ...env } = process.env;
  const result = spawnSync(process.execPath, [bin, ...argv], { cwd, env, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A per-page rule with options and a schema, documented at a URL. */
const NO_TODO = `export default {
  meta: {
    id: 'acme/no-todo',
    description: 'Pages have no leftover TODO notes',
    messages: { found: 'Unexpected \`{{word}}\` note; finish it or file an issue' },
    defaultSeverity: 'warn',
    schema: { type: 'object', additionalProperties: false, properties: { words: { type: 'array', items: { type: 'string' } } } },
    defaultOptions: { words: ['TODO'] },
    url: 'https://example.com/rules/no-todo',
  },
  create(context) {
    return {
      text(node) {
        for (const word of context.options.words) {
          const at = node.value.indexOf(word);
          if (at === -1) continue;
          const start = { line: node.position.start.line, column: node.position.start.column + at };
          context.report({ position: { start, end: { line: start.line, column: start.column + word.length } }, messageId: 'found', data: { word } });
        }
      },
    };
  },
};
`;

/** A cross-file rule from a CommonJS package that exports `rules`, without a documentation URL. */
const PACKAGE = {
  'node_modules/@acme/doclint-rules/package.json': JSON.stringify({
    name: '@acme/doclint-rules',
    version: '1.0.0',
    main: 'lib/index.cjs',
  }),
  'node_modules/@acme/doclint-rules/lib/index.cjs': `module.exports = {
  rules: [{
    meta: { id: 'acme/linked', description: 'Every page is linked from another page', messages: { orphan: 'Expected a link to this page from another page' } },
    checkProject(context) {
      const linked = new Set(context.index.links.filter((link) => link.target.kind === 'file').map((link) => link.target.path));
      for (const path of context.index.pages.keys()) if (path !== 'index.md' && !linked.has(path)) context.report(path, { messageId: 'orphan' });
    },
  }],
};
`,
};

/** A package that exports only for `import`, which `require.resolve` cannot find. */
const ESM_ONLY_PACKAGE = {
  'node_modules/doclint-plugin-esm/package.json': JSON.stringify({
    name: 'doclint-plugin-esm',
    version: '1.0.0',
    type: 'module',
    exports: { '.': { import: './index.js' } },
  }),
  'node_modules/doclint-plugin-esm/index.js': `export const rules = [{
  meta: { id: 'esm/short-pages', description: 'Pages are short', messages: { long: 'Unexpected page of {{lines}} lines' }, defaultSeverity: 'off' },
  create(context) { return { 'root:exit'() { const lines = context.text.split('\\n').length; if (lines > 5) context.report({ node: context.tree, messageId: 'long', data: { lines } }); } }; },
}];
`,
};

let basic = '';
let failures = '';

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/src/bin.js is missing: run `npm run build` (npm test does it first)');
  rmSync(scratch, { recursive: true, force: true });
  basic = project('basic', {
    '.doclintrc.json': JSON.stringify({
      plugins: ['./doclint-rules/no-todo.mjs', '@acme/doclint-rules', 'doclint-plugin-esm'],
      rules: { 'acme/no-todo': ['error', { words: ['TODO', 'FIXME'] }], 'esm/short-pages': 'warn' },
    }),
    'doclint-rules/no-todo.mjs': NO_TODO,
    ...PACKAGE,
    ...ESM_ONLY_PACKAGE,
    'index.md': '# Guide\n\nSee [setup](docs/setup.md).\n',
    'docs/.doclintrc.json': JSON.stringify({ rules: { 'acme/no-todo': 'warn' } }),
    'docs/setup.md':
      '# Setup\n\nTODO: screenshots.\n\n<!-- doclint-disable-next-line acme/no-todo -- tracked in #12 -->\nFIXME later.\n',
    'orphan.md': '# Orphan\n\nA FIXME here.\n',
  });
  failures = join(scratch, 'failures');
  write(failures, {
    'page.md': '# Page\n',
    'rules/syntax.mjs': "export default {\n  meta: { id: 'acme/x' }\n  oops\n};\n",
    'rules/no-export.mjs': 'export const helper = 1;\n',
    'rules/plain-id.mjs':
      "export default { meta: { id: 'no-todo', description: 'd', messages: { a: 'A' } }, create() { return {}; } };\n",
    'rules/builtin-id.mjs':
      "export default { meta: { id: 'link-file-exists', description: 'd', messages: { a: 'A' } }, create() { return {}; } };\n",
    'rules/no-todo.mjs': NO_TODO,
    'rules/no-todo-copy.mjs': NO_TODO,
    'rules/throws-on-load.mjs': "throw new Error('cannot start without ACME_TOKEN');\n",
    'rules/crash.mjs': `export default [
  { meta: { id: 'acme/crash-page', description: 'd', messages: { a: 'A' } }, create() { return { heading() { throw new TypeError('boom in heading'); } }; } },
  { meta: { id: 'acme/crash-project', description: 'd', messages: { a: 'A' } }, checkProject() { throw new Error('boom across pages'); } },
];
`,
    'nested/page.md': '# Nested\n',
  });
  write(scratch, {
    'outside/no-todo.mjs': NO_TODO,
    'outside/config.json': JSON.stringify({ plugins: ['./no-todo.mjs'] }),
  });
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A config for the failures project (written by the case, so that each case has its own). */
const withConfig =
  (config: object, extra: Record<string, string> = {}) =>
  () =>
    write(failures, { '.doclintrc.json': JSON.stringify(config), ...extra });

interface Case {
  name: string;
  cwd: () => string;
  setup?: () => void;
  args: string[];
  code: 0 | 1 | 2;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
  /** why it runs only through the binary */
  binaryOnly?: string;
}

const BASIC_REPORT = `docs/setup.md
  1:1  warning  Unexpected page of 7 lines                          esm/short-pages
  3:1  warning  Unexpected \`TODO\` note; finish it or file an issue  acme/no-todo

orphan.md
  1:1  error    Expected a link to this page from another page       acme/linked
  3:3  error    Unexpected \`FIXME\` note; finish it or file an issue  acme/no-todo

\u2716 4 problems (2 errors, 2 warnings)
`;

const cases = (): Case[] => [
  {
    name: 'plugin rules run: a file, a CommonJS package, an ESM-only package; configured in nested configs; suppressed by directives',
    cwd: () => basic,
    args: [],
    code: 1,
    stdout: BASIC_REPORT,
    stderr: '',
  },
  {
    name: '--list-rules marks each plugin rule with its plugin and docs',
    cwd: () => basic,
    args: ['--list-rules'],
    code: 0,
    stdout: `rule                            default  fixable  presets                                                    plugin                       docs
acme/linked                     error    no       -                                                          @acme/doclint-rules          -
acme/no-todo                    warn     no       -                                                          ./doclint-rules/no-todo.mjs  https://example.com/rules/no-todo
anchor-unique                   warn     no       doclint:recommended, doclint:aws-security, doclint:<site>  (built-in)                   ${ruleDoc('anchor-unique')}
esm/short-pages                 off      no       -                                                          doclint-plugin-esm           -
link-anchor-exists              error    yes      doclint:recommended, doclint:aws-security, doclint:<site>  (built-in)                   ${ruleDoc('link-anchor-exists')}
link-definition-used            warn     no       doclint:recommended, doclint:aws-security, doclint:<site>  (built-in)                   ${ruleDoc('link-definition-used')}
link-file-exists                error    yes      doclint:recommended, doclint:aws-security, doclint:<site>  (built-in)                   ${ruleDoc('link-file-exists')}
link-reference-defined          error    no       doclint:recommended, doclint:aws-security, doclint:<site>  (built-in)                   ${ruleDoc('link-reference-defined')}
link-text-title                 off      no       -                                                          (built-in)                   ${ruleDoc('link-text-title')}
page-contract                   error    no       doclint:recommended, doclint:aws-security, doclint:<site>  (built-in)                   ${ruleDoc('page-contract')}
security-shared-responsibility  error    no       doclint:aws-security, doclint:aws-guide                    (built-in)                   ${ruleDoc('security-shared-responsibility')}
security-topics-list            error    no       doclint:aws-security, doclint:aws-guide                    (built-in)                   ${ruleDoc('security-topics-list')}
toc-entry-exists                off      no       doclint:aws-guide                                          (built-in)                   ${ruleDoc('toc-entry-exists')}
toc-orphan-page                 off      no       doclint:aws-guide                                          (built-in)                   ${ruleDoc('toc-orphan-page')}
toc-topics-match                error    yes      doclint:aws-security, doclint:aws-guide                    (built-in)                   ${ruleDoc('toc-topics-match')}
`,
    stderr: '',
  },
  {
    name: '--print-config shows plugin rules with their options',
    cwd: () => basic,
    args: ['--print-config', 'docs/setup.md'],
    code: 0,
    stdout:
      /^\{\n {2}"rules": \{\n {4}"acme\/linked": "error",\n {4}"acme\/no-todo": \[\n {6}"warn",\n {6}\{\n {8}"words": \[\n {10}"TODO",\n {10}"FIXME"\n/,
  },
  {
    name: '--explain lists the plugins and what set each plugin rule',
    cwd: () => basic,
    args: ['--explain', 'docs/setup.md'],
    code: 0,
    stdout:
      /\nPlugins \(project-wide\):\n {2}\.\/doclint-rules\/no-todo\.mjs \(listed in \.doclintrc\.json\): `acme\/no-todo`\n {2}@acme\/doclint-rules \(listed in \.doclintrc\.json\): `acme\/linked`\n {2}doclint-plugin-esm \(listed in \.doclintrc\.json\): `esm\/short-pages`\n[^]*\n {2}acme\/no-todo {20}warn {3}set by docs\/\.doclintrc\.json; options \{"words":\["TODO","FIXME"\]\} set by \.doclintrc\.json\n/,
  },
  {
    name: "options are checked against the plugin rule's schema",
    cwd: () => failures,
    setup: withConfig({ plugins: ['./rules/no-todo.mjs'], rules: { 'acme/no-todo': ['error', { word: ['x'] }] } }),
    args: [],
    code: 2,
    stdout: '',
    stderr:
      'doclint: invalid configuration\n  .doclintrc.json: options of `rules.acme/no-todo`: unknown option `word`; did you mean `words` (allowed: `words`)\n',
  },
  {
    name: 'a namespaced rule no plugin defines',
    cwd: () => failures,
    setup: withConfig({ rules: { 'acme/no-todo': 'error' } }),
    args: [],
    code: 2,
    stderr:
      'doclint: invalid configuration\n  .doclintrc.json: `rules`: unknown rule `acme/no-todo`: no plugin defines it (plugins are listed in `plugins` of the config at the project root)\n',
  },
  {
    name: 'a syntax error: the plugin, the config file and the line',
    binaryOnly:
      "jest's ES module support (vm modules) reports a dynamically imported module's syntax error again, unhandled, in a later test",
    cwd: () => failures,
    setup: withConfig({ plugins: ['./rules/syntax.mjs'] }),
    args: [],
    code: 2,
    stdout: '',
    stderr:
      /^doclint: invalid configuration\n {2}\.doclintrc\.json: `plugins\[0\]`: the plugin `\.\/rules\/syntax\.mjs`: cannot load it: SyntaxError: Unexpected identifier 'oops' \(line 3\)\n$/,
  },
  {
    name: 'a plugin that throws while loading',
    cwd: () => failures,
    setup: withConfig({ plugins: ['./rules/throws-on-load.mjs'] }),
    args: ['--list-rules'],
    code: 2,
    stderr:
      'doclint: invalid configuration\n  .doclintrc.json: `plugins[0]`: the plugin `./rules/throws-on-load.mjs`: cannot load it: cannot start without ACME_TOKEN\n',
  },
  {
    name: 'a missing file, a module without rules, and a package that is not installed: every problem at once',
    cwd: () => failures,
    setup: withConfig({
      plugins: ['./rules/missing.mjs', './rules/no-export.mjs', 'doclint-plugin-nope', 'rules/no-todo.mjs'],
    }),
    args: [],
    code: 2,
    stderr: `doclint: invalid configuration
  .doclintrc.json: \`plugins[0]\`: cannot find the plugin \`./rules/missing.mjs\`
  .doclintrc.json: \`plugins[1]\`: the plugin \`./rules/no-export.mjs\`: it exports no rule: export a rule, or a list of rules, as the default export (or as \`rules\`)
  .doclintrc.json: \`plugins[2]\`: cannot find the package \`doclint-plugin-nope\` from the project root (is it installed?)
  .doclintrc.json: \`plugins[3]\`: cannot find the package \`rules/no-todo.mjs\` from the project root (a file of the project? write \`./rules/no-todo.mjs\`)
`,
  },
  {
    name: "a rule id without a namespace, and one that is a built-in rule's",
    cwd: () => failures,
    setup: withConfig({ plugins: ['./rules/plain-id.mjs', './rules/builtin-id.mjs'] }),
    args: [],
    code: 2,
    stderr: `doclint: invalid configuration
  .doclintrc.json: \`plugins[0]\`: the plugin \`./rules/plain-id.mjs\`: invalid rule \`no-todo\`: \`meta.id\` \`no-todo\` must be \`<namespace>/<rule-id>\` in kebab-case (such as \`acme/no-todo\`), so that it never collides with a built-in rule
  .doclintrc.json: \`plugins[1]\`: the plugin \`./rules/builtin-id.mjs\`: invalid rule \`link-file-exists\`: \`meta.id\` \`link-file-exists\` is the id of a built-in rule (rules/link-file-exists.md); a plugin's rules are named \`<namespace>/<rule-id>\`, such as \`acme/link-file-exists\`
`,
  },
  {
    name: 'two plugins that define the same rule: both named, with the files that list them',
    cwd: () => failures,
    setup: withConfig(
      { extends: './shared.json', plugins: ['./rules/no-todo.mjs'] },
      { 'shared.json': JSON.stringify({ plugins: ['./rules/no-todo-copy.mjs'] }) },
    ),
    args: [],
    code: 2,
    stderr:
      'doclint: invalid configuration\n  the rule `acme/no-todo` is defined by two plugins: `./rules/no-todo-copy.mjs` (listed in shared.json) and `./rules/no-todo.mjs` (listed in .doclintrc.json); remove one\n',
  },
  {
    name: 'the same plugin listed twice (by the config and what it extends) is loaded once',
    cwd: () => failures,
    setup: withConfig(
      { extends: './shared.json', plugins: ['./rules/no-todo.mjs'] },
      { 'shared.json': JSON.stringify({ plugins: ['./rules/../rules/no-todo.mjs'] }), 'page.md': '# Page\n\nTODO\n' },
    ),
    args: [],
    code: 0,
    stdout: /^page\.md\n {2}3:1 {2}warning {2}Unexpected `TODO` note/,
  },
  {
    name: 'a plugin out of the project root, from a config found in the project: refused',
    cwd: () => failures,
    setup: withConfig({ plugins: ['../outside/no-todo.mjs'] }, { 'page.md': '# Page\n' }),
    args: [],
    code: 2,
    stderr:
      'doclint: invalid configuration\n  .doclintrc.json: `plugins[0]`: the plugin `../outside/no-todo.mjs` is outside the project root; a config found in the project may only load plugins inside it (a config given with --config may load any)\n',
  },
  {
    name: 'a plugin out of the project root, from --config: allowed (the user chose it)',
    cwd: () => failures,
    setup: () => write(failures, { 'page.md': '# Page\n\nTODO\n' }),
    args: ['--config', '../outside/config.json', 'page.md'],
    code: 0,
    stdout: /^page\.md\n {2}3:1 {2}warning {2}Unexpected `TODO` note; finish it or file an issue {2}acme\/no-todo\n/,
  },
  {
    name: 'plugins in a nested config: refused, they are project-wide',
    cwd: () => failures,
    setup: withConfig(
      {},
      {
        'nested/.doclintrc.json': JSON.stringify({
          plugins: ['../rules/no-todo.mjs'],
          rules: { 'acme/no-todo': 'error' },
        }),
      },
    ),
    args: [],
    code: 2,
    stderr:
      'doclint: invalid configuration\n  nested/.doclintrc.json: `plugins`: only the config at the project root (the working directory) or --config, and the files it extends, may list plugins, since they add rules to the whole project; list them there, or run doclint from `nested`\n',
  },
  {
    name: 'a rule that throws: a fatal internal diagnostic naming the rule and the page, exit 2',
    cwd: () => failures,
    setup: () => {
      rmSync(join(failures, 'nested/.doclintrc.json'), { force: true });
      withConfig({ plugins: ['./rules/crash.mjs'] })();
    },
    args: ['page.md'],
    code: 2,
    stdout:
      'page.md\n  1:1  error    Rule `acme/crash-page` crashed on this page: boom in heading                  acme/crash-page\n  1:1  error    Rule `acme/crash-project` crashed in the cross-file phase: boom across pages  acme/crash-project\n\n\u2716 2 problems (2 errors, 0 warnings)\n',
  },
];

describe('plugins through the command line', () => {
  for (const item of cases()) {
    describe(item.name, () => {
      const check = (outcome: Outcome) => {
        expect(outcome.code).toBe(item.code);
        for (const [actual, expected] of [
          [outcome.stdout, item.stdout],
          [outcome.stderr, item.stderr],
        ] as const) {
          if (expected === undefined) continue;
          if (typeof expected === 'string') expect(actual).toBe(expected);
          else expect(actual).toMatch(expected);
        }
      };
      (item.binaryOnly ? test.skip : test)('in-process', async () => {
        item.setup?.();
        check(await runInProcess(item.cwd(), item.args));
      });
      test('binary', () => {
        item.setup?.();
        check(runBinary(item.cwd(), item.args));
      });
    });
  }

  test('SARIF: a descriptor for each plugin rule, with helpUri from meta.url when the plugin gives one', () => {
    const { code, stdout } = runBinary(basic, ['--format', 'sarif']);
    expect(code).toBe(1);
    const rules = (
      JSON.parse(stdout) as {
        runs: Array<{
          tool: { driver: { rules: Array<{ id: string; helpUri?: string; defaultConfiguration: { level: string } }> } };
        }>;
      }
    ).runs[0]!.tool.driver.rules;
    expect(rules.map((rule) => [rule.id, rule.helpUri, rule.defaultConfiguration.level])).toEqual([
      ['acme/linked', undefined, 'error'],
      ['acme/no-todo', 'https://example.com/rules/no-todo', 'warning'],
      ['esm/short-pages', undefined, 'none'],
    ]);
  });

  test('--list-rules --format json: the plugin of each rule', async () => {
    const { stdout } = await runInProcess(basic, ['--list-rules', '--format', 'json']);
    const listing = JSON.parse(stdout) as Array<{ id: string; plugin?: string; url?: string }>;
    expect(listing.filter((rule) => rule.plugin).map(({ id, plugin, url }) => ({ id, plugin, url }))).toEqual([
      { id: 'acme/linked', plugin: '@acme/doclint-rules', url: undefined },
      { id: 'acme/no-todo', plugin: './doclint-rules/no-todo.mjs', url: 'https://example.com/rules/no-todo' },
      { id: 'esm/short-pages', plugin: 'doclint-plugin-esm', url: undefined },
    ]);
  });
});

describe('plugins in worker threads and the cache (binary only)', () => {
  const pages = 30;
  let guide = '';
  const json = (args: string[]) => {
    const outcome = runBinary(guide, ['--format', 'json', ...args]);
    if (outcome.code === 2) throw new Error(`doclint exited with 2: ${outcome.stderr}`);
    return {
      ...outcome,
      results: JSON.parse(outcome.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>,
    };
  };

  beforeAll(() => {
    const files: Record<string, string> = {
      '.doclintrc.json': JSON.stringify({
        plugins: ['./doclint-rules/no-todo.mjs', '@acme/doclint-rules'],
        overrides: [{ files: ['page-1*.md'], rules: { 'acme/no-todo': ['error', { words: ['FIXME'] }] } }],
      }),
      'doclint-rules/no-todo.mjs': NO_TODO.replace("'TODO']", 'WORDS[0]]').replace(
        'export default',
        "import { WORDS } from './words.mjs';\nexport default",
      ),
      'doclint-rules/words.mjs': "export const WORDS = ['TODO'];\n",
      ...PACKAGE,
      // Every fifth page is not linked from the index: acme/linked reports it.
      'index.md': `# Index\n\n${Array.from({ length: pages }, (_, i) => (i % 5 === 4 ? '' : `- [Page ${i}](page-${i}.md)\n`)).join('')}`,
    };
    for (let i = 0; i < pages; i++)
      files[`page-${i}.md`] = `# Page ${i}\n\n${i % 3 === 0 ? 'TODO: write' : 'Done'}. ${i % 4 === 0 ? 'FIXME' : ''}\n`;
    guide = project('threads', files);
  });

  test('a plugin rule finds the same with --concurrency off and --concurrency 2', () => {
    const off = json(['--concurrency', 'off']);
    const two = json(['--concurrency', '2', '--stats']);
    expect(two.stderr).toContain(`${pages + 1} parsed in 2 worker threads`);
    expect(two.stdout).toBe(off.stdout);
    const ids = new Set(off.results.flatMap((result) => result.messages.map((message) => message.ruleId)));
    expect([...ids].sort()).toEqual(['acme/linked', 'acme/no-todo']);
    expect(off.results.find((r) => r.filePath === 'page-12.md')!.messages.map((m) => m.ruleId)).toEqual([
      'acme/no-todo',
    ]);
  });

  test('a rule stuck in a loop on one page: in worker threads the page is stopped at --max-parse-time, the others are linted', () => {
    const root = project('stuck', {
      '.doclintrc.json': JSON.stringify({ plugins: ['./stuck.mjs'] }),
      'stuck.mjs': `export default {
  meta: { id: 'acme/stuck', description: 'Loops forever on a page that says LOOP', messages: { m: 'never' } },
  create(context) {
    return { text(node) { if (node.value.includes('LOOP')) for (;;) {} } };
  },
};
`,
      ...Object.fromEntries(
        Array.from({ length: 6 }, (_, i) => [
          `page-${i}.md`,
          `# Page ${i}\n\n${i === 2 ? 'LOOP' : `[next](page-${i + 1}.md)`}\n`,
        ]),
      ),
    });
    const started = Date.now();
    const outcome = runBinary(root, ['--concurrency', '1', '--max-parse-time', '1']);
    expect(outcome.stdout).toBe(`page-2.md
  1:1  error    Page takes too long to lint: its rules ran for more than 1 s (stopped, see --max-parse-time); a custom rule may be stuck in a loop

page-5.md
  3:1  error    Cannot find file \`page-6.md\`  link-file-exists

\u2716 2 problems (2 errors, 0 warnings)
`);
    expect(outcome.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  test('editing a plugin, or a file it imports, invalidates the cached outcomes', () => {
    const cache = join(guide, '.doclintcache');
    const cold = json(['--cache', '--stats']);
    expect(cold.stderr).toContain(`0 from the cache, ${pages + 1} parsed`);
    const warm = json(['--cache', '--stats', '--concurrency', '2']);
    expect(warm.stderr).toContain(`${pages + 1} from the cache, 0 parsed`);
    expect(warm.stdout).toBe(cold.stdout);
    expect(existsSync(cache)).toBe(true);

    writeFileSync(join(guide, 'doclint-rules/words.mjs'), "export const WORDS = ['Done'];\n");
    const edited = json(['--cache', '--stats']);
    expect(edited.stderr).toContain(`0 from the cache, ${pages + 1} parsed`);
    expect(edited.stdout).toContain('Unexpected `Done` note');
    expect(edited.stdout).toBe(json(['--concurrency', 'off']).stdout);

    const plugin = join(guide, 'doclint-rules/no-todo.mjs');
    writeFileSync(plugin, readFileSync(plugin, 'utf8').replace('finish it or file an issue', 'finish it'));
    const again = json(['--cache', '--stats']);
    expect(again.stderr).toContain(`0 from the cache, ${pages + 1} parsed`);
    expect(again.stdout).not.toContain('file an issue');
  });
});
