/**
 * `npx doclint` and `import('doclint')` as a user gets them: copy this checkout's sources as a
 * fresh clone has them (no dist/, no node_modules), `npm ci` and `npm pack` there (the prepack
 * script builds dist/; the stdout of `npm pack` must be the tarball's name alone, as pre-commit
 * reads it), install the tarball into an empty project, import both entry points and run the
 * installed binary on a fixture tree. Needs the npm registry for the dependencies.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout: the nearest folder above this file with a package.json (wherever the test sits). */
function findCheckout(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) || dirname(folder) === folder) return folder;
  }
}

const checkout = findCheckout();
const work = join(tmpdir(), `doclint-pack-${process.pid}`);
/** The sources as a fresh clone has them: what git tracks, or would (not what .gitignore ignores). */
const clean = join(work, 'clone');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let tarball = '';

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'project'), { recursive: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: checkout,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files)
    if (existsSync(join(checkout, file))) cpSync(join(checkout, file), join(clean, file), { recursive: true });
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: clean, stdio: 'ignore' });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('npm pack of a fresh clone builds dist/, prints only the tarball name, with exactly what the package needs', () => {
  expect(existsSync(join(clean, 'dist'))).toBe(false);
  const packed = spawnSync(npm, ['pack', '--pack-destination', work, '--json'], { cwd: clean, encoding: 'utf8' });
  expect(packed.status).toBe(0);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const paths = info!.files.map((f) => f.path);
  expect(paths).toEqual(
    expect.arrayContaining([
      'package.json',
      'README.md',
      'LICENSE',
      'bundle/doclint.mjs',
      'bundle/action.mjs',
      'bundle/lint-worker.mjs',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/testing/index.js',
      'dist/src/node/lint-worker.js',
      'rules/link-file-exists.md',
      'problem-matcher.json',
    ]),
  );
  expect(paths.filter((p) => /^(?:test|fixtures|src|examples|bench|node_modules|scripts)\//.test(p))).toEqual([]);
  tarball = join(work, info!.filename);
  // pre-commit takes the whole stdout of a plain `npm pack` as the file name (.npmrc keeps the
  // prepack script's banner off it).
  const plain = execFileSync(npm, ['pack', '--pack-destination', work], { cwd: clean, encoding: 'utf8' });
  expect(plain).toBe(`${info!.filename}\n`);
}, 300_000);

test('installed from the tarball, npx doclint runs', () => {
  const project = join(work, 'project');
  execFileSync(npm, ['init', '-y'], { cwd: project, stdio: 'ignore' });
  execFileSync(npm, ['install', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'ignore' });
  const version = spawnSync(npm, ['exec', '--no', '--', 'doclint', '--version'], { cwd: project, encoding: 'utf8' });
  expect(version.stdout.trim()).toBe('0.1.0');
  // The library entry points, as documented: `import('doclint')` and `import('doclint/testing')`.
  const imported = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const api = await import('doclint'); const testing = await import('doclint/testing'); console.log(typeof api.lintProject, api.builtinRules.length, typeof testing.RuleTester);",
    ],
    { cwd: project, encoding: 'utf8' },
  );
  expect({ status: imported.status, stdout: imported.stdout, stderr: imported.stderr }).toEqual({
    status: 0,
    stdout: 'function 12 function\n',
    stderr: '',
  });
  cpSync(join(checkout, 'fixtures/projects/guide'), join(project, 'guide'), { recursive: true });
  const run = spawnSync(npm, ['exec', '--no', '--', 'doclint', 'guide/docs/welcome.md'], {
    cwd: project,
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('Cannot find file `setting-up.md`');
  // The worker thread's file is in the package, next to the bin it is started from.
  const threaded = spawnSync(
    npm,
    ['exec', '--no', '--', 'doclint', '--concurrency', '1', '--stats', 'guide/docs/welcome.md'],
    { cwd: project, encoding: 'utf8' },
  );
  expect(threaded.status).toBe(1);
  expect(threaded.stdout).toBe(run.stdout);
  expect(threaded.stderr).toContain('1 parsed in 1 worker thread');
}, 300_000);

test("installed, a project's plugin runs (also in a worker thread) and its test imports doclint/testing", () => {
  // The custom-rule example's plugin and test, in a project where doclint is a dependency.
  const demo = join(work, 'project', 'plugin-demo');
  cpSync(join(checkout, 'examples/custom-rule/doclint-rules'), join(demo, 'doclint-rules'), { recursive: true });
  cpSync(join(checkout, 'examples/custom-rule/test'), join(demo, 'test'), { recursive: true });
  writeFileSync(join(demo, '.doclintrc.json'), JSON.stringify({ plugins: ['./doclint-rules/one-h1.mjs'] }));
  writeFileSync(join(demo, 'page.md'), '## No title\n');
  for (const concurrency of ['off', '1']) {
    const run = spawnSync(npm, ['exec', '--no', '--', 'doclint', '--concurrency', concurrency], {
      cwd: demo,
      encoding: 'utf8',
    });
    expect({ status: run.status, stdout: run.stdout }).toEqual({
      status: 1,
      stdout: expect.stringContaining(
        '1:1  error    Expected a level-1 heading: the title of the page  example/one-h1',
      ),
    });
  }
  const tested = spawnSync(process.execPath, ['--test', join(demo, 'test/one-h1.test.mjs')], {
    cwd: demo,
    encoding: 'utf8',
  });
  expect({ status: tested.status, stderr: tested.stderr }).toEqual({ status: 0, stderr: '' });
  expect(tested.stdout).toMatch(/^# pass 5$/m);
}, 120_000);
