/**
 * The custom-rule example (examples/custom-rule) is what docs/custom-rules.md shows users, so it
 * must work as a user runs it: its tests pass under `node --test` with the RuleTester from
 * `doclint/testing`, its rules type-check against the published types (JSDoc, `checkJs`), and
 * doclint run in its folder loads the plugins and reports what the README says, in-process and
 * through the built binary, on the main thread and in worker threads. The code that
 * docs/custom-rules.md shows is these files, word for word.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { parseMarkdown } from '../../src/engine/parse.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const example = join(repo, 'examples/custom-rule');
const bin = join(repo, 'dist/src/bin.js');

const REPORT = `docs/install.md
  5:1  error    Unexpected second level-1 heading \`Install on Windows\`; the title is on line 1  example/one-h1

docs/notes.md
  1:1  error    Expected a level-1 heading: the title of the page  example/one-h1

docs/old-install.md
  1:1  error    Unexpected title \`install\`: \`docs/install.md\` has the same title  example/unique-titles

\u2716 3 problems (3 errors, 0 warnings)
`;

async function inProcess(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd: example,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: {},
  });
  return { code, stdout, stderr };
}

function binary(argv: string[]) {
  const { CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, ...env } = process.env;
  const result = spawnSync(process.execPath, [bin, ...argv], { cwd: example, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('examples/custom-rule', () => {
  test('its tests pass with node --test and the exported RuleTester', () => {
    expect(existsSync(join(repo, 'dist/src/testing/index.js'))).toBe(true);
    const tests = ['one-h1.test.mjs', 'unique-titles.test.mjs'].map((file) => join(example, 'test', file));
    const result = spawnSync(process.execPath, ['--test', ...tests], { cwd: example, encoding: 'utf8' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/^# pass 8$/m);
    expect(result.stdout).toMatch(/^# fail 0$/m);
  });

  test('its rules type-check against the published types (checkJs)', () => {
    const result = spawnSync(
      process.execPath,
      [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(example, 'tsconfig.json')],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  test('doclint in its folder loads the plugins and reports (in-process)', async () => {
    expect(await inProcess([])).toEqual({ code: 1, stdout: REPORT, stderr: '' });
  });

  test('the same through the binary, on the main thread and in 2 worker threads', () => {
    expect(binary(['--concurrency', 'off'])).toEqual({ code: 1, stdout: REPORT, stderr: '' });
    const threaded = binary(['--concurrency', '2', '--stats']);
    expect(threaded.stdout).toBe(REPORT);
    expect(threaded.stderr).toMatch(/^doclint: 6 pages: 0 from the cache, 6 parsed in 2 worker threads \(/);
  });

  test("docs/custom-rules.md shows the example's files as they are (```js file=<path> blocks)", () => {
    const blocks = parseMarkdown(readFileSync(join(repo, 'docs/custom-rules.md'), 'utf8')).children.flatMap((node) => {
      const path = node.type === 'code' ? /^file=(\S+)$/.exec(node.meta ?? '')?.[1] : undefined;
      return node.type === 'code' && path ? [[path, `${node.value}\n`] as const] : [];
    });
    expect(blocks.map(([path]) => path)).toEqual([
      'examples/custom-rule/doclint-rules/one-h1.mjs',
      'examples/custom-rule/doclint-rules/unique-titles.mjs',
      'examples/custom-rule/test/one-h1.test.mjs',
    ]);
    for (const [path, text] of blocks)
      expect({ path, text }).toEqual({ path, text: readFileSync(join(repo, path), 'utf8') });
  });

  test('the README lists what the folder holds', () => {
    const readme = readFileSync(join(example, 'README.md'), 'utf8');
    for (const file of ['doclint-rules/one-h1.mjs', 'doclint-rules/unique-titles.mjs', '.doclintrc.json'])
      expect(readme).toContain(`\`${file}\``);
  });
});
