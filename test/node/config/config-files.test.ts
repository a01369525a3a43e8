/**
 * Config files on disk, through `main()`: every file form, where they are looked up and which
 * wins, extends (presets, relative files, cycles, the project-root boundary), overrides, ignores,
 * validation messages naming the file, and no prototype pollution from any format.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../../src/cli/main.js';

const made: string[] = [];

/** A project in a fresh temporary folder; returns its root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'doclint-config-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

async function run(cwd: string, argv: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['--format', 'json', ...argv],
    cwd,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: {},
  });
  return { code, stdout, stderr };
}

/** `path rule severity` for every finding of a run. */
async function findings(cwd: string, argv: string[] = []): Promise<string[]> {
  const { code, stdout, stderr } = await run(cwd, argv);
  if (code === 2) throw new Error(`exit 2: ${stderr}`);
  const report = JSON.parse(stdout) as Array<{
    filePath: string;
    messages: Array<{ ruleId: string | null; severity: number }>;
  }>;
  return report.flatMap((r) =>
    r.messages.map((m) => `${r.filePath} ${m.ruleId} ${m.severity === 2 ? 'error' : 'warn'}`),
  );
}

async function configError(cwd: string, argv: string[] = []): Promise<string> {
  const { code, stdout, stderr } = await run(cwd, argv);
  expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
  return stderr;
}

const BROKEN = '# Page\n\n[x](gone.md)\n';
const WARN = { rules: { 'link-file-exists': 'warn' } };

describe('config file forms', () => {
  test.each<[string, string]>([
    ['.doclintrc.json', JSON.stringify(WARN)],
    ['.doclintrc.jsonc', '// comments and trailing commas\n{ "rules": { /* why */ "link-file-exists": "warn", }, }\n'],
    ['.doclintrc.yaml', '# YAML\nrules:\n  link-file-exists: warn\n'],
    ['.doclintrc.yml', 'rules: { link-file-exists: warn }\n'],
    ['doclint.config.json', JSON.stringify(WARN)],
    ['package.json', JSON.stringify({ name: 'docs', private: true, doclint: WARN })],
  ])('%s', async (name, text) => {
    expect(await findings(project({ [name]: text, 'page.md': BROKEN }))).toEqual(['page.md link-file-exists warn']);
  });

  test('a package.json without a `doclint` key, or a broken one, is not a config file', async () => {
    expect(
      await findings(
        project({ 'package.json': '{"name":"x"}', 'sub/package.json': '{ broken', 'sub/page.md': BROKEN }),
      ),
    ).toEqual(['sub/page.md link-file-exists error']);
  });

  test('two config files in one folder is an error naming both', async () => {
    const root = project({
      '.doclintrc.json': '{}',
      'docs/.doclintrc.yaml': 'rules: {}\n',
      'docs/package.json': JSON.stringify({ doclint: {} }),
      'docs/page.md': BROKEN,
    });
    expect(await configError(root)).toBe(
      'doclint: invalid configuration\n  `docs/.doclintrc.yaml` and `docs/package.json` (`doclint` key): more than one config file in folder `docs`; keep one\n',
    );
  });

  test('syntax errors name the file, line and column', async () => {
    expect(await configError(project({ '.doclintrc.yaml': 'rules:\n  a: [\nb: 1\n', 'page.md': BROKEN }))).toMatch(
      /^doclint: invalid configuration\n {2}\.doclintrc\.yaml:3:\d+: invalid YAML: /,
    );
    expect(
      await configError(project({ '.doclintrc.jsonc': '// why\n{\n  "rules": { "a" }\n}\n', 'page.md': BROKEN })),
    ).toMatch(/^doclint: invalid configuration\n {2}\.doclintrc\.jsonc:3:18: invalid JSONC: /);
  });

  test("validation errors name the file (and package.json's key), every problem at once", async () => {
    const root = project({
      'package.json': JSON.stringify({ doclint: { rules: { 'link-file-exist': 'warn' } } }),
      'docs/.doclintrc.yml':
        'overrides:\n  - files: ["../*.md"]\n    rules: { link-anchor-exists: [warn, { ignorecase: true }] }\n',
      'docs/page.md': BROKEN,
    });
    expect(await configError(root)).toBe(`doclint: invalid configuration
  package.json (\`doclint\` key): \`rules\`: unknown rule \`link-file-exist\`; did you mean \`link-file-exists\` (allowed: \`anchor-unique\`, \`link-anchor-exists\`, \`link-definition-used\`, \`link-file-exists\`, \`link-reference-defined\`, \`link-text-title\`, \`page-contract\`, \`security-shared-responsibility\`, \`security-topics-list\`, \`toc-entry-exists\`, \`toc-orphan-page\`, \`toc-topics-match\`)
  docs/.doclintrc.yml: options of \`overrides[0].rules.link-anchor-exists\`: unknown option \`ignorecase\`; did you mean \`ignoreCase\` (allowed: \`ignoreCase\`)
  docs/.doclintrc.yml: \`overrides[0].files[0]\`: invalid glob \`../*.md\`: a glob cannot leave the config file's folder (\`..\`)
`);
  });
});

describe('where config files are found, and which wins', () => {
  const tree = {
    '.doclintrc.json': JSON.stringify({ rules: { 'link-file-exists': 'warn', 'link-definition-used': 'error' } }),
    'docs/.doclintrc.yaml': 'rules:\n  link-file-exists: error\n',
    'page.md': `${BROKEN}\n[unused]: x.md\n`,
    'docs/page.md': `${BROKEN}\n[unused]: x.md\n`,
    'docs/deep/page.md': BROKEN,
    'x.md': '',
    'docs/x.md': '',
  };

  test("from each page's folder up to the root; a nearer file overrides a farther one, key by key", async () => {
    expect(await findings(project(tree))).toEqual([
      'docs/deep/page.md link-file-exists error',
      'docs/page.md link-file-exists error',
      'docs/page.md link-definition-used error',
      'page.md link-file-exists warn',
      'page.md link-definition-used error',
    ]);
  });

  test('--config wins over discovery; --no-config-lookup uses none', async () => {
    const root = project({ ...tree, 'other.json': JSON.stringify({ rules: { 'link-file-exists': 'off' } }) });
    expect(await findings(root, ['--config', 'other.json'])).toEqual([
      'docs/page.md link-definition-used warn',
      'page.md link-definition-used warn',
    ]);
    expect(await findings(root, ['--no-config-lookup'])).toEqual([
      'docs/deep/page.md link-file-exists error',
      'docs/page.md link-file-exists error',
      'docs/page.md link-definition-used warn',
      'page.md link-file-exists error',
      'page.md link-definition-used warn',
    ]);
  });

  test('a config above the project root (--root) is not read', async () => {
    const root = project(tree);
    expect(await findings(join(root, 'docs/deep'), ['--root', '.'])).toEqual(['page.md link-file-exists error']);
  });

  test('without --root, the root is the nearest folder above with a config: its config applies', async () => {
    const root = project({
      '.doclintrc.json': JSON.stringify({ rules: { 'link-file-exists': 'warn' } }),
      'index.md': '# Guide\n',
      'guide/page.md': '# Page\n\n[up](../index.md) [gone](missing.md)\n',
    });
    // `../index.md` resolves (it is inside the root), and the root's config applies
    expect(await findings(join(root, 'guide'))).toEqual(['page.md link-file-exists warn']);
    // with the working directory as the root, the link leaves it
    const { code, stderr } = await run(join(root, 'guide'), ['--root', '.', '--no-config-lookup']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'doclint: the project root is `.` (named with --root); links that leave it are reported; set another with --root\n',
    );
  });

  test('a discovered config that is a symbolic link out of the project is refused', async () => {
    const outside = project({ 'shared.json': JSON.stringify(WARN) });
    const root = project({ 'page.md': BROKEN });
    symlinkSync(join(outside, 'shared.json'), join(root, '.doclintrc.json'));
    expect(await configError(root)).toBe(
      'doclint: invalid configuration\n  .doclintrc.json: a symbolic link to a file outside the project root; doclint does not read it (use --config to read it on purpose)\n',
    );
  });
});

describe('extends', () => {
  test('presets: recommended leaves the security rules off; aws-security turns them on', async () => {
    const files = { 'security.md': '# Security in X\n\nText.\n', 'page.md': BROKEN };
    expect(await findings(project({ ...files, '.doclintrc.json': '{"extends":"doclint:recommended"}' }))).toEqual([
      'page.md link-file-exists error',
    ]);
    expect(await findings(project({ ...files, '.doclintrc.json': '{"extends":"doclint:aws-security"}' }))).toEqual([
      'page.md link-file-exists error',
      'security.md security-shared-responsibility error',
      'security.md security-shared-responsibility error',
      'security.md security-shared-responsibility error',
      'security.md security-shared-responsibility error',
      'security.md security-topics-list error',
    ]);
  });

  test("relative files, resolved from the file that extends; later entries and the file's own keys win", async () => {
    const root = project({
      'config/base.yaml': 'extends: ./inner.json\nrules:\n  link-definition-used: off\n',
      'config/inner.json': JSON.stringify({
        extends: 'doclint:recommended',
        rules: { 'link-file-exists': 'warn', 'link-definition-used': 'error' },
      }),
      '.doclintrc.json': JSON.stringify({ extends: ['./config/base.yaml'], rules: { 'anchor-unique': 'error' } }),
      'page.md': `${BROKEN}\n<a name="a"></a><a name="a"></a>\n\n[unused]: x.md\n`,
      'x.md': '',
    });
    expect(await findings(root)).toEqual(['page.md link-file-exists warn', 'page.md anchor-unique error']);
    const { stdout } = await run(root, ['--explain', 'page.md']);
    expect(stdout).toContain('    config/inner.json, extended by config/base.yaml, extended by .doclintrc.json\n');
    expect(stdout).toContain(
      '  link-definition-used            off    set by config/base.yaml, extended by .doclintrc.json; options {"ignoredDefinitions":["//"]}\n',
    );
  });

  test('a cycle is an error that shows it', async () => {
    const root = project({
      '.doclintrc.json': '{"extends":"./a.json"}',
      'a.json': '{"extends":["doclint:recommended","./b.json"]}',
      'b.json': '{"extends":"./a.json"}',
      'page.md': BROKEN,
    });
    expect(await configError(root)).toBe(
      'doclint: invalid configuration\n  b.json: `extends`: cycle: a.json → b.json → a.json\n',
    );
  });

  test('a file that does not exist', async () => {
    expect(await configError(project({ '.doclintrc.json': '{"extends":"./nope.json"}', 'page.md': BROKEN }))).toBe(
      'doclint: invalid configuration\n  .doclintrc.json: `extends`: cannot find `./nope.json`\n',
    );
  });

  test('leaving the project root: refused from a config in the project (found, or named with --config; also through a symbolic link), allowed from a --config outside it', async () => {
    const outside = project({ 'shared.json': JSON.stringify(WARN) });
    const root = project({
      'docs/.doclintrc.json': JSON.stringify({ extends: `../../${outside.split('/').pop()}/shared.json` }),
      'docs/page.md': BROKEN,
    });
    expect(await configError(root)).toBe(
      `doclint: invalid configuration\n  docs/.doclintrc.json: \`extends\`: \`../../${outside.split('/').pop()}/shared.json\` is outside the project root; a config found in the project may only extend files inside it (a config given with --config may extend any file)\n`,
    );
    // a file of the checkout is not the user's own, even when --config names it
    expect(await configError(root, ['--config', 'docs/.doclintrc.json'])).toBe(
      `doclint: invalid configuration\n  docs/.doclintrc.json: \`extends\`: \`../../${outside.split('/').pop()}/shared.json\` is outside the project root; a config file inside the project may only extend files inside it, even when named with --config\n`,
    );
    const own = project({
      'own.json': JSON.stringify({ extends: './shared.json' }),
      'shared.json': JSON.stringify(WARN),
    });
    expect(await findings(root, ['--config', join(own, 'own.json')])).toEqual(['docs/page.md link-file-exists warn']);
    const linked = project({ '.doclintrc.json': '{"extends":"./shared.json"}', 'page.md': BROKEN });
    symlinkSync(join(outside, 'shared.json'), join(linked, 'shared.json'));
    expect(await configError(linked)).toMatch(
      /^doclint: invalid configuration\n {2}\.doclintrc\.json: `extends`: `\.\/shared\.json` is outside the project root;/,
    );
  });
});

describe('overrides and ignores', () => {
  test('overrides: globs relative to the config file; a glob without / matches a name at any depth; later overrides win', async () => {
    const root = project({
      'docs/.doclintrc.json': JSON.stringify({
        overrides: [
          { files: ['api/**'], rules: { 'link-file-exists': 'warn' } },
          { files: ['*.draft.md'], rules: { 'link-file-exists': 'off' } },
        ],
      }),
      'api/page.md': BROKEN,
      'docs/api/page.md': BROKEN,
      'docs/api/x.draft.md': BROKEN,
      'docs/x.draft.md': BROKEN,
    });
    expect(await findings(root)).toEqual([
      'api/page.md link-file-exists error',
      'docs/api/page.md link-file-exists warn',
    ]);
  });

  test('--config: globs are relative to the project root', async () => {
    const root = project({
      'config/doclint.json': JSON.stringify({
        overrides: [{ files: ['docs/**'], rules: { 'link-file-exists': 'warn' } }],
        ignores: ['old/'],
      }),
      'docs/page.md': BROKEN,
      'page.md': BROKEN,
      'old/page.md': BROKEN,
    });
    expect(await findings(root, ['-c', 'config/doclint.json'])).toEqual([
      'docs/page.md link-file-exists warn',
      'page.md link-file-exists error',
    ]);
  });

  test('ignores in config and .doclintignore: not linted, even when named (a warning says so); links into them still resolve', async () => {
    const root = project({
      '.doclintrc.yaml': 'ignores: ["drafts/", "**/CHANGELOG.md"]\n',
      '.doclintignore': '# generated\n/generated\n*.tmp.md\n',
      'docs/.doclintrc.json': JSON.stringify({ ignores: ['legacy'] }),
      'page.md': '[a](drafts/a.md) [b](generated/b.md) [c](docs/legacy/c.md#x)\n',
      'drafts/a.md': BROKEN,
      'generated/b.md': BROKEN,
      'docs/legacy/c.md': '# X\n\n[x](gone.md)\n',
      'docs/CHANGELOG.md': BROKEN,
      'docs/page.tmp.md': BROKEN,
      'legacy/page.md': BROKEN,
    });
    expect(await findings(root)).toEqual(['legacy/page.md link-file-exists error']);
    // named, they are not linted either, and each says so (a warning, not a finding of a rule)
    expect(await findings(root, ['drafts/a.md', 'generated/b.md', '--allow-empty'])).toEqual([
      'drafts/a.md null warn',
      'generated/b.md null warn',
    ]);
    // a run that lints nothing because of ignores says so, and fails unless --allow-empty
    expect(await run(root, ['drafts/a.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(
        /^doclint: no pages linted: every page found \(1\) is ignored by `\.doclintrc\.yaml` \(`drafts\/`\)/,
      ),
    });
    const { code, stdout } = await run(root, ['drafts/a.md', '--allow-empty']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        filePath: 'drafts/a.md',
        messages: [
          {
            ruleId: null,
            severity: 1,
            message:
              'File ignored because of a matching ignore pattern in `.doclintrc.yaml` (`drafts/`): it is not linted; ' +
              'use --no-ignore to lint it',
            line: 1,
            column: 1,
          },
        ],
        errorCount: 0,
        warningCount: 1,
      },
    ]);
  });

  test('anchors and rootDir belong to the config at the project root', async () => {
    const root = project({
      'docs/.doclintrc.json': JSON.stringify({ settings: { anchors: { htmlId: false }, rootDir: 'docs' } }),
      'docs/page.md': BROKEN,
    });
    expect(await configError(root)).toBe(
      'doclint: invalid configuration\n' +
        '  docs/.doclintrc.json: `settings.anchors.htmlId` describes the whole site: set it only in the config at the project root\n' +
        '  docs/.doclintrc.json: `settings.rootDir` describes the whole site: set it only in the config at the project root\n',
    );
  });
});

describe('directives', () => {
  test("requireDirectiveReason in a folder's config; --report-unused-disable-directives on the command line", async () => {
    const page =
      '<!-- doclint-disable-next-line link-file-exists -->\n[x](gone.md)\n\n<!-- doclint-disable anchor-unique -- generated anchors -->\n';
    const root = project({
      'docs/.doclintrc.json': '{"requireDirectiveReason":true}',
      'docs/page.md': page,
      'page.md': page,
    });
    expect(await findings(root)).toEqual(['docs/page.md doclint/disable-directive-reason error']);
    expect(await findings(root, ['--report-unused-disable-directives'])).toEqual([
      'docs/page.md doclint/disable-directive-reason error',
      'docs/page.md doclint/unused-disable-directive warn',
      'page.md doclint/unused-disable-directive warn',
    ]);
  });
});

describe('prototype pollution', () => {
  test.each<[string, string]>([
    ['.doclintrc.json', '{"__proto__": {"polluted": 1}, "rules": {"constructor": {"prototype": {"polluted": 2}}}}'],
    ['.doclintrc.jsonc', '{"__proto__": {"polluted": 1}, "settings": {"__proto__": {"polluted": 2}}}'],
    [
      '.doclintrc.yaml',
      '__proto__:\n  polluted: 1\nrules:\n  security-topics-list: [error, { __proto__: { polluted: 2 } }]\n',
    ],
  ])('%s: refused with the key named, and nothing polluted', async (name, text) => {
    const stderr = await configError(project({ [name]: text, 'page.md': BROKEN }));
    expect(stderr).toMatch(/unknown (?:key|rule|option) `(?:__proto__|constructor)`/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a config extending a hostile file: same', async () => {
    const stderr = await configError(
      project({
        '.doclintrc.json': '{"extends":"./evil.jsonc"}',
        'evil.jsonc': '{"__proto__": {"rules": {"link-file-exists": "off"}}}',
        'page.md': BROKEN,
      }),
    );
    expect(stderr).toBe(
      'doclint: invalid configuration\n  evil.jsonc: the config: unknown key `__proto__` (allowed: `$schema`, `extends`, `rules`, `settings`, `plugins`, `overrides`, `ignores`, `requireDirectiveReason`, `reportUnusedDisableDirectives`, `contracts`)\n',
    );
    expect(({} as Record<string, unknown>).rules).toBeUndefined();
  });
});

describe('--explain', () => {
  test('a security page by its title; the settings that say so', async () => {
    const root = project({
      '.doclintrc.json': JSON.stringify({
        settings: { securityPage: { fileNames: [], titlePrefixes: ['Security for'] } },
      }),
      'docs/compliance.md': '# Security for *Acme*\n\nText.\n',
      'docs/other.md': '# Compliance\n',
    });
    const { code, stdout } = await run(root, ['--explain', 'docs/compliance.md']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Security page: yes, by title prefix: the title starts with `Security for`, one of `settings.securityPage.titlePrefixes`\n',
    );
    expect(stdout).toContain('  securityPage.titlePrefixes  ["Security for"]  set by .doclintrc.json\n');
    const other = await run(root, ['--explain', 'docs/other.md']);
    expect(other.stdout).toContain(
      'Security page: no: its file name is not one of (none), and its title `Compliance` does not start with one of `Security for`\n',
    );
  });
});
