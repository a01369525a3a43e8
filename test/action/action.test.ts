/**
 * The GitHub Action as the runner runs it: the committed bundle started with `INPUT_*` variables
 * and the runner's GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files, on a fixture tree.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bundle = join(repo, 'bundle/action.mjs');
const guide = join(repo, 'fixtures/projects/guide');
const scratch = join(tmpdir(), `doclint-action-${process.pid}`);

function runAction(inputs: Record<string, string>, workspace = guide) {
  const summary = join(scratch, `summary-${Math.random().toString(36).slice(2)}.md`);
  const output = join(scratch, `output-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
  };
  // The cache is on by default: keep it out of the fixture trees.
  const withCache = { 'cache-location': join(scratch, `cache-${Math.random().toString(36).slice(2)}`), ...inputs };
  for (const [name, value] of Object.entries(withCache)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [bundle], { cwd: workspace, env, encoding: 'utf8' });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    summary: readFileSync(summary, 'utf8'),
    outputs: readFileSync(output, 'utf8'),
  };
}

beforeAll(() => {
  mkdirSync(scratch, { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('action (bundle/action.mjs)', () => {
  test('annotations, job summary, outputs, and a failed step on errors', () => {
    const run = runAction({
      paths: 'docs/welcome.md\n',
      'fail-on': 'error',
      config: '',
      'changed-since': '',
      'sarif-file': '',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      '::error file=docs/welcome.md,line=3,endLine=3,col=67,endColumn=94,title=link-file-exists::Cannot find file `setting-up.md`\n' +
        '::error file=docs/welcome.md,line=7,endLine=7,col=70,endColumn=107,title=link-file-exists::Unexpected letter case in `Data-Protection.md`: the file is `data-protection.md`\n',
    );
    expect(run.summary).toMatch(/^## doclint\n/);
    expect(run.summary).toContain('| link-file-exists | 2 | 0 |');
    expect(run.summary).toContain('Cannot find file &#96;setting-up.md&#96;');
    expect(run.outputs).toBe('errors=2\nwarnings=0\nexit-code=1\n');
  });

  test('fail-on never keeps the step green and still reports; a SARIF file is written', () => {
    const sarif = join(scratch, 'doclint.sarif');
    const run = runAction({ 'fail-on': 'never', 'sarif-file': sarif });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(5);
    expect(run.outputs).toBe('errors=5\nwarnings=0\nexit-code=0\n');
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results).toHaveLength(5);
  });

  test('a clean tree passes with empty annotations', () => {
    const run = runAction({}, join(repo, 'fixtures/projects/clean'));
    expect(run).toMatchObject({ code: 0, stdout: '', outputs: 'errors=0\nwarnings=0\nexit-code=0\n' });
    expect(run.summary).toContain('No problems found');
  });

  test('the cache is on by default, at cache-location, and gives the same annotations; cache false writes none', () => {
    const cache = join(scratch, 'action.cache');
    const cold = runAction({ 'cache-location': cache });
    expect(readFileSync(cache, 'utf8')).toMatch(/^\{"tool":"doclint-cache",/);
    const warm = runAction({ 'cache-location': cache });
    expect(warm).toMatchObject({ code: 1, stdout: cold.stdout, stderr: '' });
    const off = join(scratch, 'off.cache');
    expect(runAction({ cache: 'false', 'cache-location': off })).toMatchObject({ code: 1, stdout: cold.stdout });
    expect(existsSync(off)).toBe(false);
  });

  test('a bad input or config is an error annotation and exit code 2', () => {
    expect(runAction({ 'fail-on': 'sometimes' })).toMatchObject({
      code: 2,
      stdout: '::error title=doclint::fail-on must be one of error, warning, never, not sometimes\n',
    });
    expect(runAction({ cache: 'yes' })).toMatchObject({
      code: 2,
      stdout: '::error title=doclint::cache must be true or false, not yes\n',
    });
    const run = runAction({}, join(repo, 'fixtures/projects/bad-config'));
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^::error title=doclint::doclint: invalid configuration%0A {2}\.doclintrc\.json: `rules`: unknown rule `link-file-exits`/,
    );
    expect(run.outputs).toBe('errors=0\nwarnings=0\nexit-code=2\n');
  });
});
