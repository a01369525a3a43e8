/**
 * First contact: the commands the README gives a new user, run as written in a temporary `git
 * clone` of this checkout. The commands come from the README's own text, from the blocks marked
 * `<!-- readme-test: <name> -->` (the block right after the marker): the report at the top, the
 * quick start and its note on exit codes, the install list (from a clone, from a packed tarball,
 * as a devDependency) and the pre-commit snippet. Edit a command into one that does not work, or
 * drop a marker, and this test fails; add a command to a marked block and it fails until the test
 * runs it too.
 *
 * The substitutions are the ones the README asks of its reader: `[paths…]` is a folder of pages
 * (a copy of examples/guide), the tarball's path is the one `npm pack` made, a git URL is this
 * clone's, and the pre-commit snippet's repository and revision are this clone and its HEAD.
 * npm reads its warm cache first (`npm_config_prefer_offline`), and `npm link` links into a
 * temporary prefix, not the machine's. `npm test` runs in a cheap form: the README's test
 * command must be the chain `.ci/run` runs, and here only the jest step of its script runs, on
 * one test file (the build, type-check and lint steps and the whole suite are the run this file
 * belongs to). `pre-commit try-repo`, which the README also names, is
 * what test/package/pre-commit.test.ts runs.
 *
 * The clone is of HEAD; uncommitted changes of this checkout are copied into it and committed
 * there (the test says which), so that it tests the tree as it is. Without pre-commit, that part
 * is skipped, loudly, and fails instead when CI is set, as in test/package/pre-commit.test.ts.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Nodes, RootContent } from 'mdast';
import { parseMarkdown } from '../../src/engine/parse.js';

const checkout = fileURLToPath(new URL('../..', import.meta.url));
const work = join(tmpdir(), `doclint-readme-${process.pid}`);
const clone = join(work, 'clone');
const inCi = /^(?!(?:false|0)$)./i.test(process.env.CI ?? '');
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
/** The test file `npm test` runs here: the layer rules, over every source file of the clone. */
const ONE_TEST_FILE = 'test/architecture/layers.test.ts';
/** The blocks this file runs; each must be marked in the README, and each marker must be one of them. */
const MARKERS = ['example-report', 'quick-start', 'quick-start-exit-code', 'install', 'pre-commit'];

const {
  FORCE_COLOR: _fc,
  NO_COLOR: _nc,
  npm_config_prefix: _prefix,
  NPM_CONFIG_PREFIX: _PREFIX,
  ...inherited
} = process.env;
const baseEnv: NodeJS.ProcessEnv = {
  ...inherited,
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  GIT_AUTHOR_NAME: 'doclint test',
  GIT_AUTHOR_EMAIL: 'test@doclint.invalid',
  GIT_COMMITTER_NAME: 'doclint test',
  GIT_COMMITTER_EMAIL: 'test@doclint.invalid',
  PRE_COMMIT_HOME: join(work, 'pre-commit-home'),
};
/** Where `npm link` links to: a prefix of the test's own, whose bin folder goes first on PATH. */
const prefix = join(work, 'npm-prefix');
const linkedEnv: NodeJS.ProcessEnv = {
  ...baseEnv,
  npm_config_prefix: prefix,
  PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
};

interface Ran {
  command: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A command line as a reader types it, through sh; never rejects. */
function sh(command: string, cwd: string, env: NodeJS.ProcessEnv = baseEnv): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve({ command, status: null, stdout, stderr: `${stderr}${error.message}` }));
    child.on('close', (status) => resolve({ command, status, stdout, stderr }));
  });
}

/** The blocks of the README by marker: the node right after `<!-- readme-test: name -->`. */
function markedBlocks(markdown: string): Map<string, RootContent> {
  const blocks = new Map<string, RootContent>();
  const children = parseMarkdown(markdown).children;
  children.forEach((node, index) => {
    const name = node.type === 'html' ? /^<!--\s*readme-test:\s*([\w-]+)\s*-->$/.exec(node.value)?.[1] : undefined;
    const next = children[index + 1];
    if (name !== undefined && next !== undefined) blocks.set(name, next);
  });
  return blocks;
}

/** The inline code of a node, in order. */
function inlineCode(node: Nodes): string[] {
  if (node.type === 'inlineCode') return [node.value];
  return 'children' in node ? node.children.flatMap((child) => inlineCode(child as Nodes)) : [];
}

/** What a line or a code span is when it is a command: it starts with a program a reader runs. */
const COMMAND = /^(?:npm|npx|node|git|pre-commit|doclint)(?:\s|$)/;

/** Every block's commands, to check at the end that each was run. */
const allCommands: Commands[] = [];

/** The commands of a block, which the steps take one by one; what no step takes fails the test. */
class Commands {
  private readonly taken = new Set<string>();
  constructor(
    private readonly where: string,
    private readonly commands: readonly string[],
  ) {
    allCommands.push(this);
  }

  /** The first command that starts with `start` (or matches it). */
  take(start: string | RegExp): string {
    const found = this.commands.find((command) =>
      typeof start === 'string' ? command.startsWith(start) : start.test(command),
    );
    if (found === undefined) {
      throw new Error(`README, ${this.where}: no command \`${String(start)}\` among: ${this.commands.join(' | ')}`);
    }
    this.taken.add(found);
    return found;
  }

  /** The commands no step took, named by their block. */
  untested(): string[] {
    return this.commands.filter((command) => !this.taken.has(command)).map((command) => `${this.where}: ${command}`);
  }
}

let readme = '';
let blocks = new Map<string, RootContent>();
let head = '';
/** The README's commands that run in the background while the others do (the slow installs). */
const background: Array<Promise<unknown>> = [];
let gitDependency: Promise<Ran> | undefined;
let hooksInstalled: Promise<Ran> | undefined;

function block(name: string): RootContent {
  const found = blocks.get(name);
  if (found === undefined) throw new Error(`README.md has no block marked <!-- readme-test: ${name} -->`);
  return found;
}

const installItems = new Map<string, Commands>();

/** The commands of the install list's item whose bold label is `label`. */
function installItem(label: string): Commands {
  const known = installItems.get(label);
  if (known) return known;
  const list = block('install');
  if (list.type !== 'list') throw new Error('README: the block marked `install` is not a list');
  const item = list.children.find((child) => {
    const first = child.children[0];
    return (
      first?.type === 'paragraph' && first.children[0]?.type === 'strong' && inlineText(first.children[0]) === label
    );
  });
  if (item === undefined) throw new Error(`README: the install list has no item **${label}**`);
  const commands = new Commands(
    `install, ${label}`,
    inlineCode(item).filter((code) => COMMAND.test(code)),
  );
  installItems.set(label, commands);
  return commands;
}

const inlineText = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map((c) => inlineText(c as Nodes)).join('') : '';

/** A sh or yaml code block's text. */
function codeOf(name: string, lang: string): string {
  const node = block(name);
  if (node.type !== 'code' || node.lang !== lang)
    throw new Error(`README: the block marked \`${name}\` is not ${lang}`);
  return node.value;
}

/** A folder of pages for `[paths…]`: a copy of the example guide, inside `folder`. */
function guideIn(folder: string): string {
  mkdirSync(folder, { recursive: true });
  cpSync(join(clone, 'examples/guide'), join(folder, 'guide'), { recursive: true });
  return 'guide';
}

/** The checkout's changes that a clone of HEAD would not have: copied into the clone and committed. */
function bringUncommittedChanges(): string[] {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: checkout, encoding: 'utf8' }).split('\0').filter(Boolean);
  // staged or not, deleted or not, and files git does not track yet (but would)
  const changed = [
    ...new Set([
      ...git('diff', '--name-only', '-z', 'HEAD'),
      ...git('ls-files', '-z', '--others', '--exclude-standard'),
    ]),
  ];
  for (const path of changed) {
    rmSync(join(clone, path), { recursive: true, force: true });
    if (!existsSync(join(checkout, path))) continue; // deleted
    mkdirSync(dirname(join(clone, path)), { recursive: true });
    cpSync(join(checkout, path), join(clone, path));
  }
  if (changed.length > 0) {
    execFileSync('git', ['add', '-A'], { cwd: clone });
    execFileSync('git', ['commit', '-q', '--no-verify', '-m', 'The uncommitted changes of the checkout'], {
      cwd: clone,
      env: baseEnv,
    });
  }
  return changed;
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  execFileSync('git', ['clone', '-q', '--no-hardlinks', checkout, clone]);
  const changed = bringUncommittedChanges();
  if (changed.length > 0) {
    console.warn(
      `readme.test: HEAD lacks ${changed.length} uncommitted change(s) of this checkout (${changed.slice(0, 5).join(', ')}` +
        `${changed.length > 5 ? ', …' : ''}); the clone has them, committed there: commit them to test HEAD alone`,
    );
  }
  head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: clone, encoding: 'utf8' }).trim();
  readme = readFileSync(join(clone, 'README.md'), 'utf8');
  blocks = markedBlocks(readme);
  // The two slowest installs run while the other steps do: each starts from the clone's commits.
  gitDependency = startGitDependency();
  if (hasPreCommit) hooksInstalled = startPreCommit();
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(background);
  removeNpxInstalls();
  // Five node_modules trees: removing them took 46 s on a busy machine, which no test waits for.
  spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref();
}, 120_000);

test('README: every block this test runs is marked, and every marker names one', () => {
  const names = [...readme.matchAll(/<!--\s*readme-test:\s*([\w-]+)\s*-->/g)].map((match) => match[1]);
  expect([...names].sort()).toEqual([...MARKERS].sort());
  expect([...blocks.keys()].sort()).toEqual([...MARKERS].sort());
});

/** A report's last line when it has warnings only, and when it has errors. */
// the summary, and ESLint's line on what --fix would repair when something would
const FIXABLE = '(?: {2}\\d+ errors? and \\d+ warnings? potentially fixable with the `--fix` option\\.\\n)?$';
const WARNINGS_ONLY = new RegExp(`✖ [1-9]\\d* problems? \\(0 errors, [1-9]\\d* warnings?\\)\\n${FIXABLE}`);
const WITH_ERRORS = new RegExp(`✖ [1-9]\\d* problems? \\([1-9]\\d* errors?, \\d+ warnings?\\)\\n${FIXABLE}`);

/** Commands already run in the clone, which a later block that repeats them does not run again. */
const ranInClone = new Set<string>();

/** A command in the clone, remembered as run when it passed. */
async function inClone(command: string, env: NodeJS.ProcessEnv = baseEnv): Promise<Ran> {
  const ran = await sh(command, clone, env);
  if (ran.status === 0) ranInClone.add(command);
  return ran;
}

/** A line's commands: what `&&` chains, without its comment. */
const chain = (line: string) =>
  line
    .replace(/\s#.*$/, '')
    .split('&&')
    .map((part) => part.trim());

/** The jest step of an `npm test` or `npm run <script>` command: the last command of its script's chain. */
function jestStepOf(command: string): string | undefined {
  const name = /^npm (?:test|t|run (\S+))$/.exec(command);
  const scripts = (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  const script = name ? scripts[name[1] ?? 'test'] : undefined;
  const step = script?.split('&&').at(-1)?.trim();
  return step !== undefined && /\bjest\b/.test(step) ? step : undefined;
}

/**
 * The quick start's lines: the one whose last command runs the test suite (a package.json script
 * whose last step is jest), and the others, which install and run doclint.
 */
function quickStart() {
  const lines = codeOf('quick-start', 'sh')
    .split('\n')
    .filter((line) => COMMAND.test(line));
  const commands = new Commands('quick start', lines);
  const testLine = lines.find((line) => jestStepOf(chain(line).at(-1) ?? '') !== undefined);
  return {
    run: lines.filter((line) => line !== testLine).map((line) => commands.take(line)),
    test: testLine === undefined ? undefined : commands.take(testLine),
  };
}

test('quick start: the lines that install and run (`npm ci && npm start`) lint the example guide (warnings, exit 0)', async () => {
  const { run } = quickStart();
  expect(run.length).toBeGreaterThan(0);
  for (const line of run) {
    const ran = await sh(line, clone);
    expect({ line, status: ran.status, stdout: ran.stdout }).toEqual({
      line,
      status: 0,
      stdout: expect.stringMatching(WARNINGS_ONLY),
    });
    for (const part of chain(line)) ranInClone.add(part);
  }
}, 300_000);

test(
  'quick start: `npm ci && npm test` is the chain .ci/run runs; here only the jest step of npm test runs, on ' +
    `one test file (${ONE_TEST_FILE}): the build, type-check and lint steps and the whole suite are the run ` +
    'this file is part of',
  async () => {
    const { test: line } = quickStart();
    if (line === undefined) throw new Error('README: no line of the quick start runs the test suite (`npm test`)');
    const parts = chain(line);
    const ci = readFileSync(join(clone, '.ci/run'), 'utf8')
      .split('\n')
      .map((ciLine) => ciLine.trim())
      .filter((ciLine) => ciLine !== '' && !ciLine.startsWith('#'));
    const same = (ciLine: string | undefined, part: string) => ciLine === part || ciLine?.startsWith(`${part} -`);
    const at = ci.findIndex((_, i) => parts.every((part, k) => same(ci[i + k], part)));
    expect({ readme: parts, inCiRun: at >= 0 }).toEqual({ readme: parts, inCiRun: true });
    for (const [index, part] of parts.entries()) {
      if (ranInClone.has(part)) continue; // `npm ci`, which the quick start's first line ran in this clone
      const command = index === parts.length - 1 ? `${jestStepOf(part)} ${ONE_TEST_FILE}` : part;
      const ran = await inClone(command);
      expect(ran).toMatchObject({ command, status: 0 });
      if (command.endsWith(ONE_TEST_FILE)) expect(ran.stderr).toMatch(/^Tests: +\d+ passed, \d+ total$/m);
    }
  },
  300_000,
);

test("quick start, its note on exit codes: the quick start's run exits 0 with warnings; every rule at its default severity, 1", async () => {
  const commands = inlineCode(block('quick-start-exit-code')).filter((code) => COMMAND.test(code));
  const note = new Commands('quick start, the note on exit codes', commands);
  // the last command of the quick start's lines that run doclint (`npm start`): the note says it exits 0
  const runCommands = new Set(quickStart().run.map((line) => chain(line).at(-1)));
  for (const command of new Set(commands)) {
    const ran = await inClone(note.take(command));
    expect({ command, status: ran.status, stdout: ran.stdout }).toEqual(
      runCommands.has(command)
        ? { command, status: 0, stdout: expect.stringMatching(WARNINGS_ONLY) }
        : { command, status: 1, stdout: expect.stringMatching(WITH_ERRORS) },
    );
  }
}, 120_000);

test('install, from a clone: `node bundle/doclint.mjs [paths…]` lints; `npm link` puts doclint on PATH (a temporary prefix)', async () => {
  const item = installItem('From a clone');
  const install = item.take('npm ci');
  if (!ranInClone.has(install)) expect(await inClone(install)).toMatchObject({ status: 0 });
  const lint = await inClone(item.take('node ').replace('[paths…]', 'examples/guide'));
  expect({ status: lint.status, stdout: lint.stdout }).toEqual({
    status: 0,
    stdout: expect.stringMatching(WARNINGS_ONLY),
  });
  expect(await inClone(item.take('npm link'), linkedEnv)).toMatchObject({ status: 0 });
  const version = (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { version: string }).version;
  // `doclint` on PATH, run from elsewhere: the linked bin
  expect(await sh(`${item.take(/^doclint$/)} --version`, work, linkedEnv)).toMatchObject({
    status: 0,
    stdout: `${version}\n`,
  });
}, 120_000);

test('the report at the top of the README is what its command prints (with the linked doclint)', async () => {
  const [first = '', ...output] = codeOf('example-report', 'text').split('\n');
  expect(first).toMatch(/^\$ /);
  const ran = await sh(first.slice(2), clone, linkedEnv);
  expect({ status: ran.status, stdout: ran.stdout, stderr: ran.stderr }).toEqual({
    status: 1,
    stdout: `${output.join('\n')}\n`,
    stderr: '',
  });
}, 120_000);

let tarball = '';

test('install, from a packed tarball: `npm pack` names the tarball; `npx --yes file:<it> [paths…]` lints anywhere', async () => {
  const item = installItem('From a packed tarball');
  const pack = await inClone(item.take('npm pack'));
  expect(pack).toMatchObject({ status: 0 });
  const name = pack.stdout.trim();
  tarball = join(clone, name);
  const npx = item.take('npx ');
  expect(npx).toContain(`file:./${name}`); // the tarball the README names is the one npm pack makes
  const anywhere = join(work, 'anywhere');
  const paths = guideIn(anywhere);
  const ran = await sh(npx.replace(`./${name}`, tarball).replace('[paths…]', paths), anywhere);
  expect({ status: ran.status, stdout: ran.stdout }).toEqual({
    status: 0,
    stdout: expect.stringMatching(WARNINGS_ONLY),
  });
}, 300_000);

test('install, as a devDependency from the tarball: `npx doclint` lints the project, and the entry points import', async () => {
  expect(tarball).not.toBe('');
  const item = installItem('As a devDependency');
  const project = join(work, 'project');
  guideIn(project);
  execFileSync('npm', ['init', '-y'], { cwd: project, env: baseEnv, stdio: 'ignore' });
  cpSync(tarball, join(project, basename(tarball))); // the README's `./<tarball>`, in the project
  expect(await sh(item.take(/^npm i -D \S+\.tgz$/), project)).toMatchObject({ status: 0 });
  const lint = await sh(item.take('npx doclint'), project);
  expect({ status: lint.status, stdout: lint.stdout }).toEqual({
    status: 0,
    stdout: expect.stringMatching(WARNINGS_ONLY),
  });
  // `import('doclint')` and `doclint/testing`, as the README names them
  const codes = inlineCode(block('install'));
  const specifiers = [
    ...codes.flatMap((code) => /^import\('([^']+)'\)$/.exec(code)?.[1] ?? []),
    ...codes.filter((code) => /^doclint\/[\w-]+$/.test(code)),
  ];
  expect(specifiers.length).toBeGreaterThanOrEqual(2);
  expect(await importsIn(project, specifiers)).toMatchObject({ status: 0, stdout: `${specifiers.length}\n` });
}, 300_000);

/** Imports each module specifier in `folder`; prints how many had exports. */
function importsIn(folder: string, specifiers: readonly string[]): Promise<Ran> {
  const script =
    `let n = 0; for (const s of ${JSON.stringify(specifiers)}) ` +
    'if (Object.keys(await import(s)).length > 0) n++; console.log(n);';
  return sh(`node --input-type=module -e ${shellQuote(script)}`, folder);
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** `npm i -D git+https://<host>/<owner>/doclint.git`, with this clone's URL, in a project of its own. */
function startGitDependency(): Promise<Ran> {
  let command: string;
  try {
    command = installItem('As a devDependency').take(/^npm i -D git\+/);
  } catch (error) {
    return Promise.resolve({ command: '', status: null, stdout: '', stderr: (error as Error).message });
  }
  const project = join(work, 'project-git');
  guideIn(project);
  const substituted = command.replace(/git\+https:\/\/\S+/, `git+file://${clone}`);
  const promise = sh(`npm init -y >/dev/null && ${substituted}`, project);
  background.push(promise);
  return promise;
}

test('install, as a git devDependency: `npx doclint` works, and the library API does not (as the README says)', async () => {
  expect(await gitDependency).toMatchObject({ status: 0 });
  const project = join(work, 'project-git');
  const lint = await sh(installItem('As a devDependency').take('npx doclint'), project);
  expect({ status: lint.status, stdout: lint.stdout }).toEqual({
    status: 0,
    stdout: expect.stringMatching(WARNINGS_ONLY),
  });
  const imported = await importsIn(project, ['doclint']);
  expect(imported.status).not.toBe(0);
  expect(imported.stderr).toMatch(/ERR_MODULE_NOT_FOUND|Cannot find/);
}, 300_000);

/** A git repository of docs with the README's `.pre-commit-config.yaml`, its hooks installed. */
function startPreCommit(): Promise<Ran> {
  const docs = join(work, 'docs-repo');
  let config: string;
  try {
    config = codeOf('pre-commit', 'yaml')
      .replace(/^(\s*(?:- )?repo:\s*).*$/m, `$1${clone}`)
      .replace(/^(\s*rev:\s*).*$/m, `$1${head}`);
  } catch (error) {
    return Promise.resolve({ command: '', status: null, stdout: '', stderr: (error as Error).message });
  }
  mkdirSync(join(docs, 'docs'), { recursive: true });
  writeFileSync(join(docs, '.pre-commit-config.yaml'), `${config}\n`);
  writeFileSync(join(docs, 'docs/index.md'), '# Guide\n\nSee [setup](setup.md#install).\n');
  writeFileSync(join(docs, 'docs/setup.md'), '# Setup\n\n## Configure\n');
  const promise = sh('git init -q && git add -A && pre-commit install && pre-commit install-hooks', docs);
  background.push(promise);
  return promise;
}

(hasPreCommit ? test : test.skip)(
  "pre-commit: the README's .pre-commit-config.yaml (this clone, its HEAD) fails a commit with a broken anchor, passes the fix",
  async () => {
    expect(await hooksInstalled).toMatchObject({ status: 0 });
    const docs = join(work, 'docs-repo');
    const broken = await sh('git commit -q -m docs', docs);
    expect(broken.status).toBe(1);
    expect(`${broken.stdout}${broken.stderr}`).toContain(
      'docs/index.md\n  3:5  error    Cannot find anchor `#install` in `setup.md`  link-anchor-exists',
    );
    writeFileSync(join(docs, 'docs/setup.md'), '# Setup\n\n## Install\n');
    const fixed = await sh('git add -A && git commit -q -m docs', docs);
    expect({ status: fixed.status, output: `${fixed.stdout}${fixed.stderr}` }).toEqual({
      status: 0,
      output: expect.stringMatching(/doclint\.+Passed/),
    });
  },
  300_000,
);

if (!hasPreCommit) {
  const reason =
    "needs `pre-commit` on PATH (`apt-get install pre-commit` or `pip install pre-commit`; .ci/run installs Debian's package)";
  test(`pre-commit snippet of the README: SKIPPED, or failed when CI is set (the test ${reason})`, () => {
    if (inCi) throw new Error(`the README's pre-commit test ${reason}: with CI set, it fails instead of being skipped`);
    console.warn(`SKIPPED: the README's pre-commit test ${reason}`);
  });
}

test('every command of the marked blocks was run', () => {
  expect(allCommands.flatMap((commands) => commands.untested())).toEqual([]);
});

/** What `npx file:<tarball>` installed in npm's cache for this test's tarball (npm keeps it). */
function removeNpxInstalls() {
  const cache = spawnSync('npm', ['config', 'get', 'cache'], { env: baseEnv, encoding: 'utf8' }).stdout.trim();
  const npx = join(cache, '_npx');
  if (cache === '' || !existsSync(npx)) return;
  for (const entry of readdirSync(npx)) {
    const manifest = join(npx, entry, 'package.json');
    if (existsSync(manifest) && readFileSync(manifest, 'utf8').includes(work)) {
      rmSync(join(npx, entry), { recursive: true, force: true });
    }
  }
}
