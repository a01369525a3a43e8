/**
 * A page named on the command line that `.doclintignore` or a config's `ignores` excludes is not
 * linted, and says so: a warning on that page, naming the ignore file (and glob) and the way to
 * lint it anyway, as ESLint's "File ignored because of a matching ignore pattern". Through the
 * built binary (`dist/src/bin.js`) in every format, and the Action's bundle (`bundle/action.mjs`).
 * A page found through a folder or a glob gets none: ignoring it is what the ignore file is for.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDoclint as run } from '../support/binary.js';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = join(repo, 'dist/src/bin.js');
const actionBundle = join(repo, 'bundle/action.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'doclint-ignored-named-'));

const root = join(scratch, 'project');
const FILES: Record<string, string> = {
  '.doclintignore': 'docs/skip.md\n',
  '.doclintrc.json': JSON.stringify({ ignores: ['generated/**'] }),
  'docs/skip.md': '# Skip\n\n[x](missing.md)\n',
  'docs/keep.md': '# Keep\n\n[x](gone.md)\n',
  'docs/clean.md': '# Clean\n\nNothing to see.\n',
  'generated/out.md': '# Out\n\n[x](missing.md)\n',
};

const BY_FILE =
  'File ignored because of a matching ignore pattern in `.doclintignore`: it is not linted; use --no-ignore to lint it';
const BY_GLOB =
  'File ignored because of a matching ignore pattern in `.doclintrc.json` (`generated/**`): it is not linted; ' +
  'use --no-ignore to lint it';
const KEEP = 'docs/keep.md\n  3:1  error    Cannot find file `gone.md`  link-file-exists\n';

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/src/bin.js is missing: run `npm run build` (npm test does it first)');
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a page named on the command line that is ignored', () => {
  test('gets a warning naming the ignore file and --no-ignore (a page found through a folder or glob none)', () => {
    // a page found through a folder, a glob or no argument gets none: that is what ignoring is for
    for (const args of [[], ['.'], ['docs'], ['docs/*.md'], ['generated/**/*.md', 'docs/keep.md']]) {
      expect(run(root, args)).toEqual({
        code: 1,
        stdout: `${KEEP}\n\u2716 1 problem (1 error, 0 warnings)\n`,
        stderr: '',
      });
    }
    expect(run(root, ['docs/skip.md', 'docs/keep.md'])).toEqual({
      code: 1,
      stdout: `${KEEP}
docs/skip.md
  1:1  warning  ${BY_FILE}

\u2716 2 problems (1 error, 1 warning)
`,
      stderr: '',
    });
    // --no-ignore lints it instead
    expect(run(root, ['--no-ignore', 'docs/skip.md', 'docs/clean.md'])).toEqual({
      code: 1,
      stdout: `docs/skip.md
  3:1  error    Cannot find file \`missing.md\`  link-file-exists

\u2716 1 problem (1 error, 0 warnings)
`,
      stderr: '',
    });
  });

  test('names the config file and its glob; a warning alone leaves the exit code at 0', () => {
    expect(run(root, ['generated/out.md', 'docs/skip.md', 'docs/clean.md'])).toEqual({
      code: 0,
      stdout: `docs/skip.md
  1:1  warning  ${BY_FILE}

generated/out.md
  1:1  warning  ${BY_GLOB}

\u2716 2 problems (0 errors, 2 warnings)
`,
      stderr: '',
    });
    // it is a warning like any other: --max-warnings counts it, --quiet leaves it out
    expect(run(root, ['docs/skip.md', 'docs/clean.md', '--max-warnings', '0']).code).toBe(1);
    expect(run(root, ['docs/skip.md', 'docs/clean.md', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('every page named ignored: still exit 2, and with --allow-empty the warning is in the report', () => {
    const refused = run(root, ['docs/skip.md']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^doclint: no pages linted: every page found \(1\) is ignored by `.doclintignore`/);
    const allowed = run(root, ['--allow-empty', 'docs/skip.md']);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toBe(`docs/skip.md\n  1:1  warning  ${BY_FILE}\n\n\u2716 1 problem (0 errors, 1 warning)\n`);
    expect(allowed.stderr).toMatch(/^doclint: warning: no pages linted/);
  });

  test('with --shard, only the shard that would lint the page says so', () => {
    const shards = ['1/2', '2/2'].map((shard) => run(root, ['--shard', shard, 'docs/skip.md', 'docs/clean.md']));
    const warned = shards.filter((outcome) => outcome.stdout.includes(BY_FILE));
    expect(warned).toHaveLength(1);
    for (const outcome of shards) expect(outcome.code).toBe(0);
  });

  test('in every format', () => {
    const args = ['docs/skip.md', 'docs/clean.md', '-f'];
    const json = JSON.parse(run(root, [...args, 'json']).stdout) as unknown;
    expect(json).toEqual([
      { filePath: 'docs/clean.md', messages: [], errorCount: 0, warningCount: 0 },
      {
        filePath: 'docs/skip.md',
        messages: [{ ruleId: null, severity: 1, message: BY_FILE, line: 1, column: 1 }],
        errorCount: 0,
        warningCount: 1,
      },
    ]);
    const sarif = JSON.parse(run(root, [...args, 'sarif']).stdout) as {
      runs: Array<{ results: Array<{ level: string; message: { text: string }; locations: unknown[] }> }>;
    };
    expect(sarif.runs[0]!.results).toHaveLength(1);
    expect(sarif.runs[0]!.results[0]).toMatchObject({ level: 'warning', message: { text: BY_FILE } });
    expect(JSON.stringify(sarif.runs[0]!.results[0]!.locations)).toContain('docs/skip.md');
    const github = run(root, [...args, 'github']);
    expect(github.stdout).toContain('::warning file=docs/skip.md,line=1,col=1');
    expect(github.stdout).toContain(BY_FILE);
    expect(run(root, [...args, 'junit']).stdout).toContain(BY_FILE);
    const markdown = run(root, [...args, 'markdown']).stdout;
    expect(markdown).toContain('File ignored because of a matching ignore pattern in');
    expect(markdown).toMatch(/docs\/skip\.md|docs&#47;skip&#46;md/);
    for (const format of ['json', 'sarif', 'github', 'junit', 'markdown']) {
      expect(run(root, [...args, format]).code).toBe(0);
    }
  });
});

describe('the Action', () => {
  test('a path input that is ignored gets the warning, with the way out the Action has', () => {
    const runnerTemp = join(scratch, 'runner-temp');
    mkdirSync(runnerTemp, { recursive: true });
    const output = join(runnerTemp, 'output.txt');
    writeFileSync(output, '');
    writeFileSync(join(runnerTemp, 'summary.md'), '');
    const result = spawnSync(process.execPath, [actionBundle], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: root,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary.md'),
        RUNNER_TEMP: runnerTemp,
        INPUT_PATHS: 'docs/skip.md\ndocs/clean.md',
      },
    });
    expect(result.stdout).toContain(
      '::warning file=docs/skip.md,line=1,col=1,title=doclint::File ignored because of a matching ignore pattern in ' +
        '`.doclintignore`: it is not linted; remove the ignore rule or narrow it to lint it (the Action has no ' +
        'input to lint ignored pages)',
    );
    expect(result.status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('errors=0\nwarnings=1\nexit-code=0\n');
  });
});
