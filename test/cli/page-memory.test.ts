/**
 * The memory bound of a page (`--max-page-memory`), through the built binary (`dist/src/bin.js`):
 * a page whose parse needs more is one fatal finding on that page, and every other page is linted,
 * in worker threads and in a run on the main thread. The main thread parses no page that could
 * need more than the bound: the checks below give the main thread's heap less than such a page
 * needs (`--max-old-space-size`), so parsing one there would crash the run. docs/hostile-input.md
 * lists the cases.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDoclint as run } from '../support/binary.js';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = join(repo, 'dist/src/bin.js');
const scratch = mkdtempSync(join(tmpdir(), 'doclint-page-memory-'));

let counter = 0;
function project(files: Record<string, string>): string {
  const root = join(scratch, `p${counter++}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/**
 * 64 KB of list items: about 200 MB of heap to parse (list items take the most memory per
 * character of any Markdown we know), far past a 32 MB bound, and well under the default one.
 */
const HUNGRY = '- a\n'.repeat(16_384);
/** The smallest bound: pages over 8 K characters are parsed in a bounded worker. */
const SMALL = ['--max-page-memory', '32'];
/** A main thread that cannot hold the parse of HUNGRY: parsing it there would crash the run. */
const SMALL_MAIN_HEAP = ['--max-old-space-size=96'];

const MEMORY =
  'Page takes too much memory to lint (stopped at 32 MB, see --max-page-memory); parsing Markdown takes up to ' +
  'a few KB of memory per character, most for list items, links and headings';

const broken = (i: number) => `# Page ${i}\n\n[x](missing-${i}.md)\n`;
/** Six pages with a finding each, around the hungry one (`c.md`): a worker's other pages too. */
const PAGES = {
  'a.md': broken(1),
  'b.md': broken(2),
  'c.md': HUNGRY,
  'd.md': broken(4),
  'e.md': broken(5),
  'f.md': broken(6),
  'g.md': broken(7),
};
const REPORT = `a.md
  3:1  error    Cannot find file \`missing-1.md\`  link-file-exists

b.md
  3:1  error    Cannot find file \`missing-2.md\`  link-file-exists

c.md
  1:1  error    ${MEMORY}

d.md
  3:1  error    Cannot find file \`missing-4.md\`  link-file-exists

e.md
  3:1  error    Cannot find file \`missing-5.md\`  link-file-exists

f.md
  3:1  error    Cannot find file \`missing-6.md\`  link-file-exists

g.md
  3:1  error    Cannot find file \`missing-7.md\`  link-file-exists

\u2716 7 problems (7 errors, 0 warnings)
`;

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/src/bin.js is missing: run `npm run build` (npm test does it first)');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a page that needs more memory than --max-page-memory', () => {
  const root = project(PAGES);

  test('is one fatal finding on that page; the other pages are linted; exit 1 (on the main thread)', () => {
    // seven pages: a run on the main thread, which gives the hungry page to a bounded worker
    const outcome = run(root, SMALL, { node: SMALL_MAIN_HEAP });
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toBe(REPORT);
    expect(outcome.code).toBe(1);
    const json = JSON.parse(run(root, [...SMALL, '-f', 'json']).stdout) as Array<{
      filePath: string;
      messages: unknown[];
    }>;
    expect(json.find((result) => result.filePath === 'c.md')?.messages).toEqual([
      { ruleId: null, severity: 2, message: MEMORY, line: 1, column: 1, fatal: true },
    ]);
    // the default bound (512 MB) lints the same page
    const fits = JSON.parse(run(root, ['-f', 'json']).stdout) as typeof json;
    expect(fits.find((result) => result.filePath === 'c.md')?.messages).toEqual([]);
    expect(fits.filter((result) => result.messages.length === 1)).toHaveLength(6);
  });

  test('in worker threads: the worker is replaced and its other pages are linted by the next one', () => {
    // two workers with two pages each in flight: c.md's worker also holds d.md when it dies. A
    // larger heap for node, as NODE_OPTIONS often sets in CI, which V8 would give the workers too
    const outcome = run(root, [...SMALL, '--concurrency', '2'], { node: ['--max-old-space-size=1024'] });
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toBe(REPORT);
    expect(outcome.code).toBe(1);
    // two hungry pages in a row on one worker: each is reported, and the pages after them linted
    const twice = project({ ...PAGES, 'c2.md': HUNGRY });
    const again = run(twice, [...SMALL, '--concurrency', '1']);
    expect(again.stdout).toBe(
      REPORT.replace('d.md\n', `c2.md\n  1:1  error    ${MEMORY}\n\nd.md\n`).replace(
        '7 problems (7 errors',
        '8 problems (8 errors',
      ),
    );
    expect(again.code).toBe(1);
  });

  test('a bound below 32 MB, or not a whole number, is a usage error', () => {
    for (const value of ['31', '0', '-5', '64.5', 'lots']) {
      expect(run(root, ['--max-page-memory', value])).toMatchObject({
        code: 2,
        stdout: '',
        stderr: 'doclint: --max-page-memory expects a whole number of MB, 32 or more\n',
      });
    }
  });
});

describe('pages parsed on the main thread outside the per-page phase', () => {
  test('a linked page that is not linted is parsed there for its anchors only once a bounded worker has', () => {
    const files = {
      '.doclintignore': 'hungry.md\n',
      'a.md': '# A\n\n[x](hungry.md#nowhere)\n',
      'hungry.md': HUNGRY,
    };
    const root = project(files);
    // the link is checked at the default bound (the page fits) …
    expect(run(root, [])).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('Cannot find anchor `#nowhere` in `hungry.md`') as unknown as string,
    });
    // … and past a bound the page does not fit in, it is not read, as a page that cannot be parsed
    expect(run(root, SMALL, { node: SMALL_MAIN_HEAP })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('--changed-since compares the anchors of a changed page only when it fits', () => {
    const root = project({ 'a.md': '# A\n\n[x](hungry.md#hungry)\n', 'hungry.md': `# Hungry\n\n${HUNGRY}` });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', ...args], {
        cwd: root,
        stdio: 'ignore',
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'one');
    writeFileSync(join(root, 'hungry.md'), `# Renamed\n\n${HUNGRY}`);
    // at the default bound the page fits: the anchor it lost breaks the link from a.md …
    expect(run(root, ['--changed-since', 'HEAD'])).toEqual({
      code: 1,
      stdout: `a.md
  3:1  error    Cannot find anchor \`#hungry\` in \`hungry.md\`: it was removed from \`hungry.md\` since \`HEAD\`  link-anchor-exists

\u2716 1 problem (1 error, 0 warnings)
  1 error and 0 warnings potentially fixable with the \`--fix\` option.
`,
      stderr: '',
    });
    // … past a bound it does not fit in, neither version is parsed on the main thread, and the
    // page is reported when it is linted (in a bounded worker)
    const outcome = run(root, [...SMALL, '--changed-since', 'HEAD'], { node: SMALL_MAIN_HEAP });
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toBe(`hungry.md
  1:1  error    ${MEMORY}

\u2716 1 problem (1 error, 0 warnings)
`);
    expect(outcome.code).toBe(1);
  });
});
