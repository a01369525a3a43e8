/**
 * An untrusted pull request's checkout, linted as CI lints it: through the built binary
 * (`dist/src/bin.js`) and the Action's bundle (`bundle/action.mjs`). Each case is something a
 * committed file (a cache, a page name, an ignore file, a symbolic link, a config) could do to
 * hide findings, write outside the workspace, hang the job or forge a log line; the rules are in
 * SECURITY.md and each case is listed in docs/hostile-input.md.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDoclint as run } from '../support/binary.js';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const actionBundle = join(repo, 'bundle/action.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'doclint-untrusted-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
/**
 * A fresh project: files (text, or `{ link }` for a symbolic link), optionally a git repository
 * with everything added.
 */
function project(files: Record<string, string | { link: string }>, options: { git?: boolean } = {}): string {
  const root = join(scratch, `p${counter++}`);
  mkdirSync(root, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(join(absolute, '..'), { recursive: true });
    if (typeof content === 'object') symlinkSync(content.link, absolute);
    else writeFileSync(absolute, content);
  }
  if (options.git) {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
  }
  return root;
}

const BROKEN = { 'index.md': '# Index\n\nSee [setup](setup.md).\n' };
const FINDING = /index\.md\n {2}3:5 {2}error {4}Cannot find file `setup\.md`/;

/** A cache of a run over `files`, then forged: every finding and link removed. */
function forgedCache(files: Record<string, string>): string {
  const source = project(files);
  expect(run(source, ['--cache']).code).toBe(1);
  const data = JSON.parse(readFileSync(join(source, '.doclintcache'), 'utf8')) as {
    pages: Record<string, { outcome: { diagnostics: unknown[]; facts?: { links: unknown[] } } }>;
  };
  for (const page of Object.values(data.pages)) {
    page.outcome.diagnostics = [];
    if (page.outcome.facts) page.outcome.facts.links = [];
  }
  return JSON.stringify(data);
}

/** Every line a GitHub runner would read as a workflow command (it trims leading white space). */
const workflowCommands = (text: string) => text.split(/\r?\n|\r/).filter((line) => line.trimStart().startsWith('::'));

describe('hiding findings: a cache from the checkout', () => {
  test('a committed (git-tracked) cache with forged entries is refused with a warning, never used or overwritten', () => {
    const forged = forgedCache(BROKEN);
    const root = project({ ...BROKEN, '.doclintcache': forged }, { git: true });
    for (const strategy of ['metadata', 'content']) {
      const result = run(root, ['--cache', '--cache-strategy', strategy]);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(FINDING);
      expect(result.stderr).toBe(
        'doclint: warning: the cache file `.doclintcache` is tracked by git: it came with the checkout, so it cannot be trusted; linting without it and leaving it alone (remove it from git and add it to .gitignore)\n',
      );
      expect(readFileSync(join(root, '.doclintcache'), 'utf8')).toBe(forged);
    }
  });

  test('a cache file that is a symbolic link (to a FIFO, /dev/stdin, /proc/self/fd/1, a file) is refused without opening it', () => {
    spawnSync('mkfifo', [join(scratch, 'fifo')]);
    for (const target of [join(scratch, 'fifo'), '/dev/stdin', '/proc/self/fd/1', join(scratch, 'elsewhere.cache')]) {
      const root = project({ ...BROKEN, '.doclintcache': { link: target } });
      const result = run(root, ['--cache']);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(FINDING);
      expect(result.stderr).toBe(
        'doclint: warning: the cache file `.doclintcache` is a symbolic link; linting without a cache and leaving it alone\n',
      );
      expect(lstatSync(join(root, '.doclintcache')).isSymbolicLink()).toBe(true);
    }
  }, 60_000);

  test('a cache file that is a FIFO or a device is refused without opening it', () => {
    const root = project(BROKEN);
    spawnSync('mkfifo', [join(root, '.doclintcache')]);
    const result = run(root, ['--cache']);
    expect(result).toMatchObject({
      code: 1,
      stderr:
        'doclint: warning: the cache file `.doclintcache` is not a regular file; linting without a cache and leaving it alone\n',
    });
    expect(run(root, ['--cache', '--cache-location', '/dev/null'])).toMatchObject({
      code: 1,
      stderr:
        'doclint: warning: the cache file `/dev/null` is not a regular file; linting without a cache and leaving it alone\n',
    });
  }, 60_000);

  test('entries of the wrong shape are a corrupt cache: one escaped warning, then rebuilt, never an internal error', () => {
    const good = JSON.parse(forgedCache(BROKEN)) as { pages: Record<string, { outcome: Record<string, unknown> }> };
    const page = () => structuredClone(good.pages['index.md']!);
    const hostile = '\n::error file=x.md::forged\u001b[31m\u202e';
    const variants: Array<(entry: ReturnType<typeof page>) => void> = [
      (entry) => (entry.outcome.diagnostics = 'none' as unknown as unknown[] as never),
      (entry) =>
        (entry.outcome.diagnostics = [
          { ruleId: 'x', severity: 'error', message: hostile, path: 'index.md', line: -1, column: 1 },
        ] as never),
      (entry) =>
        (entry.outcome.diagnostics = [
          { ruleId: 'x', severity: 'fatal', message: 'm', path: 'index.md', line: 1, column: 1 },
        ] as never),
      (entry) =>
        (entry.outcome.diagnostics = [
          { ruleId: 'x', severity: 'error', message: 'm', path: 'other.md', line: 1, column: 1 },
        ] as never),
      (entry) => ((entry.outcome.facts as { links: unknown }).links = [[hostile, 'link', { kind: 'file' }, 1, 1]]),
      (entry) => ((entry.outcome.facts as { anchors: unknown }).anchors = [1, 2]),
      (entry) =>
        ((entry.outcome as { directives: unknown }).directives = [{ kind: 'disable-file', rules: [], line: 'x' }]),
      (entry) => (entry.outcome = null as never),
      (entry) => ((entry as unknown as { hash: unknown }).hash = 5),
      (entry) => ((entry as unknown as { stamp: unknown }).stamp = ['1', 2]),
    ];
    for (const forge of variants) {
      const entry = page();
      forge(entry);
      const root = project({ ...BROKEN, '.doclintcache': JSON.stringify({ ...good, pages: { 'index.md': entry } }) });
      const result = run(root, ['--cache', '--cache-strategy', 'content']);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(FINDING);
      expect(result.stderr).toMatch(
        /^doclint: warning: the cache file `\.doclintcache` is corrupt \(page `index\.md`: [^\n]+\); starting a new one\n$/,
      );
      expect(workflowCommands(result.stderr + result.stdout)).toEqual([]);
      // rebuilt: the next run uses it without a word
      expect(run(root, ['--cache'])).toMatchObject({ code: 1, stderr: '' });
    }
  }, 120_000);

  test('a cache that is not JSON, with a workflow command after a line break, is warned about on one escaped line', () => {
    const root = project({ ...BROKEN, '.doclintcache': '{"tool":"doclint-cache",\n::error file=x.md::forged\n' });
    const result = run(root, ['--cache']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(workflowCommands(result.stderr)).toEqual([]);
  });
});

describe('hiding findings: page names that look like options', () => {
  const pages = {
    '--help.md': '# Help\n\nSee [x](missing-from-help.md).\n',
    '--config=x.md': '# X\n',
    '--output-file=index.md': '# Out\n',
    '-v': 'not a page\n',
    ...BROKEN,
  };

  test('an argument that looks like an option but names an existing file is a path (doclint *.md)', () => {
    const root = project(pages);
    const result = run(root, ['--config=x.md', '--help.md', '--output-file=index.md', 'index.md']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^--help\.md\n {2}3:5 {2}error {4}Cannot find file `missing-from-help\.md`/);
    expect(result.stdout).toMatch(FINDING);
    expect(readFileSync(join(root, 'index.md'), 'utf8')).toBe(BROKEN['index.md']);
    expect(run(root, ['--help.md']).stdout).toMatch(/^--help\.md\n/);
    expect(run(root, ['--', '--help.md']).stdout).toMatch(/^--help\.md\n/);
  });

  test('options still work: a value after -o, --output-file out.txt with out.txt existing, and --help when no such file exists', () => {
    const root = project({ ...BROKEN, 'out.txt': 'old\n', 'report.md': 'old\n' });
    expect(run(root, ['--output-file', 'out.txt']).code).toBe(1);
    expect(readFileSync(join(root, 'out.txt'), 'utf8')).toMatch(FINDING);
    expect(run(root, ['-o', 'report.md', '-f', 'json']).code).toBe(1);
    expect(JSON.parse(readFileSync(join(root, 'report.md'), 'utf8'))[0].filePath).toBe('index.md');
    expect(run(root, ['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('File names are never options') as unknown as string,
    });
    expect(run(root, ['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('a page named --version is linted, not answered with the version', () => {
    const root = project({ '--version': '# V\n\n[x](nope.md)\n', ...BROKEN });
    const result = run(root, ['--version']);
    expect(result.code).toBe(1);
  });

  test('the pre-commit hook passes -- before the staged names', () => {
    expect(readFileSync(join(repo, '.pre-commit-hooks.yaml'), 'utf8')).toMatch(/^ {2}args: \[.*'--'\]$/m);
  });
});

describe('hiding findings: ignoring every page', () => {
  test('a .doclintignore (or config ignores) that matches every page is exit 2 with a message, with --config and a named page too', () => {
    const withIgnoreFile = project({ ...BROKEN, '.doclintignore': '*\n', 'own.json': '{}\n' });
    const expected =
      'doclint: no pages linted: every page found (1) is ignored by `.doclintignore`; run with --no-ignore to lint them, or --allow-empty to accept a run that lints nothing\n';
    for (const args of [[], ['index.md'], ['--config', 'own.json'], ['--no-config-lookup']]) {
      expect(run(withIgnoreFile, args)).toMatchObject({ code: 2, stdout: '', stderr: expected });
    }
    expect(run(withIgnoreFile, ['--allow-empty'])).toMatchObject({
      code: 0,
      stdout: '',
      stderr: expected
        .replace('doclint: ', 'doclint: warning: ')
        .replace(/; run with[^\n]*/, '; run with --no-ignore to lint them'),
    });
    expect(run(withIgnoreFile, ['--no-ignore'])).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(FINDING) as unknown as string,
    });
    const withConfig = project({ ...BROKEN, 'a.md': '# A\n', '.doclintrc.json': '{ "ignores": ["**"] }\n' });
    expect(run(withConfig, [])).toMatchObject({
      code: 2,
      stderr:
        'doclint: no pages linted: every page found (2) is ignored by `.doclintrc.json` (`**`); run with --no-ignore to lint them, or --allow-empty to accept a run that lints nothing\n',
    });
  });
});

describe('writing where it must not', () => {
  test('--output-file through a symbolic link (the file, or a folder on its path) out of the working directory is refused', () => {
    const outside = join(scratch, `outside-${counter}`);
    mkdirSync(outside);
    writeFileSync(join(outside, 'victim.txt'), 'precious\n');
    const root = project({
      ...BROKEN,
      reports: { link: outside },
      'report.txt': { link: join(outside, 'victim.txt') },
    });
    expect(run(root, ['-o', 'reports/new.txt'])).toMatchObject({
      code: 2,
      stderr:
        'doclint: cannot write the report to `reports/new.txt`: a symbolic link on its path leads out of the working directory; doclint does not write through it\n',
    });
    expect(run(root, ['-o', 'report.txt'])).toMatchObject({
      code: 2,
      stderr:
        'doclint: cannot write the report to `report.txt`: it is a symbolic link; doclint does not write through it (remove it, or name another file)\n',
    });
    expect(readdirSync(outside)).toEqual(['victim.txt']);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('precious\n');
    expect(lstatSync(join(root, 'report.txt')).isSymbolicLink()).toBe(true);
    // a path the user typed, outside the working directory, is theirs to choose
    expect(run(root, ['-o', join(outside, 'mine.txt')]).code).toBe(1);
    expect(readFileSync(join(outside, 'mine.txt'), 'utf8')).toMatch(FINDING);
  });

  test('the cache is never written through a symbolic link out of the working directory', () => {
    const outside = join(scratch, `outside-${counter}`);
    mkdirSync(outside);
    const root = project({ ...BROKEN, cache: { link: outside } });
    const result = run(root, ['--cache', '--cache-location', 'cache/']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'doclint: warning: cannot use the cache file `cache/`: a symbolic link on its path leads out of the working directory; linting without a cache\n',
    );
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('escaping what doclint did not write', () => {
  test('a file name that is a workflow command is never a line of its own, in stylish or on stderr', () => {
    const root = project({ '::error file=a.md::forged.md': '# A\n\n[x](nope.md)\n' });
    const result = run(root, []);
    expect(result.code).toBe(1);
    expect(workflowCommands(result.stdout)).toEqual([]);
    const folder = project({
      '::warning::x/.doclintrc.json': '{ "rules": { "nope": "error" } }\n',
      '::warning::x/a.md': '# A\n',
    });
    const bad = run(folder, []);
    expect(bad.code).toBe(2);
    expect(workflowCommands(bad.stderr)).toEqual([]);
  });

  test('bidirectional controls are shown as escapes in stylish, github, markdown and junit; @mentions do not notify', () => {
    const root = project({ 'index.md': '# I\n\n[x](a\u202eb.md) [y](@octocat.md)\n' });
    const stylish = run(root, []).stdout;
    expect(stylish).not.toContain('\u202e');
    expect(stylish).toContain('a\\u202eb.md');
    for (const format of ['github', 'markdown', 'junit'])
      expect(run(root, ['-f', format]).stdout).not.toContain('\u202e');
    const markdown = run(root, ['-f', 'markdown']).stdout;
    expect(markdown).not.toMatch(/@octocat/);
    expect(markdown).toContain('@&#8203;octocat');
    expect(JSON.parse(run(root, ['-f', 'json']).stdout)[0].messages[0].message).toContain('a\u202eb.md');
  });
});

describe('configuration from the checkout', () => {
  test('--config naming a file inside the project may not extend files outside it', () => {
    const root = project({
      ...BROKEN,
      'ci/doclint.json': '{ "extends": "../../../../../../../../proc/self/environ" }\n',
    });
    const result = run(root, ['--config', 'ci/doclint.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'doclint: invalid configuration\n  ci/doclint.json: `extends`: `../../../../../../../../proc/self/environ` is outside the project root; a config file inside the project may only extend files inside it, even when named with --config\n',
    );
  });

  test('contracts named constructor or __proto__, and a frontMatter key constructor, are refused with the file named, never silently dropped', () => {
    const contract = (name: string) =>
      `{ "contracts": { "${name}": { "match": { "files": "*.md" }, "require": [{ "links": ["https://example.com/"] }] } } }\n`;
    for (const name of ['toString', 'hasOwnProperty']) {
      const result = run(project({ 'index.md': '# I\n', '.doclintrc.json': contract(name) }), []);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`(contract \`${name}\`)`);
    }
    for (const name of ['constructor', '__proto__']) {
      expect(run(project({ 'index.md': '# I\n', '.doclintrc.json': contract(name) }), [])).toMatchObject({
        code: 2,
        stderr: `doclint: invalid configuration\n  .doclintrc.json: \`contracts.${name}\`: \`${name}\` cannot name a contract (it is reserved in JavaScript objects); rename it\n`,
      });
    }
    const frontMatter = project({
      'index.md': '---\nconstructor: x\n---\n# I\n',
      '.doclintrc.json':
        '{ "contracts": { "c": { "match": { "frontMatter": { "constructor": "x" } }, "require": [{ "links": ["https://example.com/"] }] } } }\n',
    });
    expect(run(frontMatter, [])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^doclint: invalid configuration\n {2}\.doclintrc\.json: `contracts\.c\.match\.frontMatter\.constructor`: `constructor` cannot be matched/,
      ) as unknown as string,
    });
  });
});

describe('the Action on an untrusted checkout', () => {
  function action(workspace: string, inputs: Record<string, string>, extra: Record<string, string> = {}) {
    const runnerTemp = join(scratch, `runner-temp-${counter++}`);
    mkdirSync(runnerTemp);
    const output = join(runnerTemp, 'output.txt');
    const summary = join(runnerTemp, 'summary.md');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: runnerTemp,
      ...extra,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = spawnSync(process.execPath, [actionBundle], {
      cwd: workspace,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return {
      code: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      outputs: readFileSync(output, 'utf8'),
      runnerTemp,
    };
  }

  test('the cache lives in RUNNER_TEMP by default: a cache in the checkout is not read or written', () => {
    const forged = forgedCache(BROKEN);
    const root = project({ ...BROKEN, '.doclintcache': forged });
    const result = action(root, {});
    expect(result.code).toBe(1);
    expect(result.outputs).toBe('errors=1\nwarnings=0\nexit-code=1\n');
    expect(readFileSync(join(root, '.doclintcache'), 'utf8')).toBe(forged);
    expect(existsSync(join(result.runnerTemp, 'doclint/.doclintcache'))).toBe(true);
  });

  test('every page ignored fails the step unless allow-empty', () => {
    const root = project({ ...BROKEN, '.doclintignore': '*\n' });
    const failed = action(root, {});
    expect(failed.code).toBe(2);
    expect(failed.outputs).toBe('errors=0\nwarnings=0\nexit-code=2\n');
    expect(failed.stdout).toMatch(/^::error title=doclint::doclint: no pages linted/);
    // the way out names the Action's input, not a command-line flag it has no way to pass
    expect(failed.stdout).toContain('set the input `allow-empty: true` to accept a run that lints nothing');
    expect(failed.stdout).not.toContain('--allow-empty');
    expect(action(root, { 'allow-empty': 'true' })).toMatchObject({
      code: 0,
      outputs: 'errors=0\nwarnings=0\nexit-code=0\n',
    });
  });

  test('outputs are always written: an invalid input, a missing sarif-file folder, a sarif-file through a symbolic link', () => {
    const root = project({ ...BROKEN, reports: { link: scratch } });
    const invalid = action(root, { 'fail-on': 'sometimes' });
    expect(invalid).toMatchObject({ code: 2, outputs: 'errors=0\nwarnings=0\nexit-code=2\n' });
    const missing = action(root, { 'sarif-file': 'no/such/folder/doclint.sarif' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(missing.stdout).toContain(
      '::error title=doclint::doclint: cannot write the SARIF file `no/such/folder/doclint.sarif`: its folder does not exist',
    );
    expect(missing.outputs).toBe('errors=1\nwarnings=0\nexit-code=2\n');
    const through = action(root, { 'sarif-file': 'reports/doclint.sarif' });
    expect(through.code).toBe(2);
    expect(through.stdout).toContain('a symbolic link on its path leads out of the working directory');
    expect(through.outputs).toBe('errors=1\nwarnings=0\nexit-code=2\n');
    expect(existsSync(join(scratch, 'doclint.sarif'))).toBe(false);
  });
});
