/**
 * The findings are the same however the per-page phase runs: on the main thread, in worker
 * threads, from the cache (cold, warm, after edits), or split into shards. Each run goes through
 * the built binary, as a user runs it, on a generated guide large enough to start workers.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'dist/src/bin.js');
const scratch = join(tmpdir(), `doclint-parallel-${process.pid}`);
const guide = join(scratch, 'guide');
const PAGES = 240;

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: 1 | 2; line: number; column: number; message: string }>;
}

function run(args: string[]): { code: number; results: JsonResult[]; stderr: string } {
  const { CI: _ci, ...env } = process.env;
  const result = spawnSync(process.execPath, [bin, '-f', 'json', ...args], { cwd: guide, env, encoding: 'utf8' });
  if (result.status === 2) throw new Error(`doclint exited with 2: ${result.stderr}`);
  return { code: result.status ?? -1, results: JSON.parse(result.stdout) as JsonResult[], stderr: result.stderr };
}

/** A page with a bit of everything the rules look at, some of it broken, varying with `i`. */
function page(i: number): string {
  const next = (i + 1) % PAGES;
  const lines = [
    `# Page ${i}<a name="page-${i}"></a>`,
    '',
    `See [the next page](page-${next}.md#section-b-of-${next}) and [a missing one](missing-${i % 7}.md).`,
    `Also [wrong case](Page-${(i + 3) % PAGES}.md), [a bad anchor](page-${(i + 5) % PAGES}.md#nowhere-${i % 3}) and [a reference][ref-${i % 4}].`,
    '',
    `## Section A of ${i}`,
    '',
    `<a id="dup-${i}"></a><a id="dup-${i}"></a>`,
    '',
    `## Section B of ${i}`,
    '',
    i % 5 === 0 ? '<!-- doclint-disable-next-line link-file-exists -- known gap -->' : '',
    `[Gone](gone-${i}.md) and [self](#section-a-of-${i}) and [self broken](#section-c-of-${i}).`,
    '',
    '[ref-0]: page-0.md',
    '[ref-1]: page-1.md#section-a-of-1',
    `[unused-${i}]: page-2.md`,
    '',
  ];
  return lines.join('\n');
}

function writeGuide(): void {
  const docs = join(guide, 'doc_source');
  mkdirSync(docs, { recursive: true });
  // Pages with different configs: workers must lint each page with its own.
  writeFileSync(
    join(guide, '.doclintrc.json'),
    JSON.stringify({
      overrides: [{ files: ['doc_source/page-1*.md'], rules: { 'link-file-exists': 'warn', 'anchor-unique': 'off' } }],
      // Pages below "Compliance" in index.md must link the programs: only the cross-file phase knows which.
      contracts: {
        compliance: {
          match: { tocParent: 'Compliance' },
          require: [{ links: ['https://aws.amazon.com/compliance/programs/'] }],
        },
      },
    }),
  );
  writeFileSync(
    join(docs, 'index.md'),
    `# Guide\n\n## Contents\n+ [Compliance](page-0.md)\n${[1, 2, 3, 4].map((i) => `   + [Page ${i}](page-${i}.md)\n`).join('')}+ [Other](page-5.md)\n`,
  );
  for (let i = 0; i < PAGES; i++) writeFileSync(join(docs, `page-${i}.md`), page(i));
  writeFileSync(
    join(docs, 'security.md'),
    [
      '# Security in Example',
      '',
      'Security is a shared responsibility between AWS and you.',
      '',
      '**Topics**',
      '+ [Page 0](page-0.md)',
      '',
    ].join('\n'),
  );
}

const key = (results: JsonResult[]) => JSON.stringify(results);

let baseline: ReturnType<typeof run>;

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/src/bin.js is missing: run `npm run build` (npm test does it first)');
  rmSync(scratch, { recursive: true, force: true });
  writeGuide();
  baseline = run(['--concurrency', 'off']);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the same findings however the pages are linted', () => {
  test('the baseline has findings of every kind (so the comparisons below mean something)', () => {
    expect(baseline.code).toBe(1);
    expect(baseline.results).toHaveLength(PAGES + 2);
    const rules = new Set(baseline.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect([...rules].sort()).toEqual([
      'anchor-unique',
      'link-anchor-exists',
      'link-definition-used',
      'link-file-exists',
      'link-reference-defined',
      'page-contract',
      'security-shared-responsibility',
    ]);
    const contract = baseline.results
      .filter((r) => r.messages.some((m) => m.ruleId === 'page-contract'))
      .map((r) => r.filePath);
    expect(contract).toEqual([
      'doc_source/page-1.md',
      'doc_source/page-2.md',
      'doc_source/page-3.md',
      'doc_source/page-4.md',
    ]);
    const severities = (path: string) =>
      new Set(
        baseline.results
          .find((r) => r.filePath === path)!
          .messages.filter((m) => m.ruleId === 'link-file-exists')
          .map((m) => m.severity),
      );
    expect(severities('doc_source/page-12.md')).toEqual(new Set([1]));
    expect(severities('doc_source/page-22.md')).toEqual(new Set([2]));
  });

  test('worker threads: auto (the run is large enough) and 2', () => {
    const auto = run(['--stats']);
    expect(key(auto.results)).toBe(key(baseline.results));
    const where = availableParallelism() >= 2 ? 'in 2 worker threads' : 'on the main thread';
    expect(auto.stderr).toMatch(
      new RegExp(`^doclint: ${PAGES + 2} pages: 0 from the cache, ${PAGES + 2} parsed ${where} \\(`),
    );
    const two = run(['--concurrency', '2', '--stats']);
    expect(key(two.results)).toBe(key(baseline.results));
    expect(two.stderr).toContain(`${PAGES + 2} parsed in 2 worker threads`);
    expect(baseline.stderr).toBe('');
  });

  test('shards: each page in exactly one shard, and together they are the whole run', () => {
    const shards = [1, 2, 3].map((i) => run(['--shard', `${i}/3`]).results);
    for (const shard of shards) expect(shard.length).toBeGreaterThan(PAGES / 6);
    const merged = shards.flat().sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    expect(key(merged)).toBe(key(baseline.results));
  });

  test('cache: cold, warm, and after an edit that breaks links on pages that did not change', () => {
    const cache = join(scratch, 'lint.cache');
    const cold = run(['--cache', '--cache-location', cache]);
    expect(key(cold.results)).toBe(key(baseline.results));
    expect(readFileSync(cache, 'utf8').startsWith('{"tool":"doclint-cache"')).toBe(true);
    const warm = run(['--cache', '--cache-location', cache, '--concurrency', '2', '--stats']);
    expect(key(warm.results)).toBe(key(baseline.results));
    expect(warm.stderr).toContain(`${PAGES + 2} from the cache, 0 parsed`);

    // page-7 loses the heading every other page's "next page" link into it points at.
    const edited = join(guide, 'doc_source/page-7.md');
    const original = readFileSync(edited, 'utf8');
    writeFileSync(edited, original.replace('## Section B of 7', '## Section Bee of 7'));
    try {
      const fresh = run(['--concurrency', 'off']);
      const cached = run(['--cache', '--cache-location', cache, '--stats']);
      expect(key(cached.results)).toBe(key(fresh.results));
      expect(cached.stderr).toContain(`${PAGES + 1} from the cache, 1 parsed`);
      const onPage6 = cached.results.find((r) => r.filePath === 'doc_source/page-6.md')!.messages;
      expect(onPage6.some((m) => m.message.includes('`#section-b-of-7`'))).toBe(true);
    } finally {
      writeFileSync(edited, original);
    }
    expect(key(run(['--cache', '--cache-location', cache]).results)).toBe(key(baseline.results));

    // index.md moves page-3 out of the compliance section: page-3 comes from the cache, unchanged,
    // and its kept contract findings are no longer reported.
    const toc = join(guide, 'doc_source/index.md');
    const before = readFileSync(toc, 'utf8');
    writeFileSync(
      toc,
      before
        .replace('   + [Page 3](page-3.md)\n', '')
        .replace('+ [Other](page-5.md)\n', '+ [Other](page-5.md)\n+ [Page 3](page-3.md)\n'),
    );
    try {
      const fresh = run(['--concurrency', 'off']);
      const cached = run(['--cache', '--cache-location', cache, '--concurrency', '2', '--stats']);
      expect(key(cached.results)).toBe(key(fresh.results));
      expect(cached.stderr).toContain(`${PAGES + 1} from the cache, 1 parsed`);
      expect(
        cached.results.filter((r) => r.messages.some((m) => m.ruleId === 'page-contract')).map((r) => r.filePath),
      ).toEqual(['doc_source/page-1.md', 'doc_source/page-2.md', 'doc_source/page-4.md']);
    } finally {
      writeFileSync(toc, before);
    }
  });
});

describe('cache strategies', () => {
  const tree = join(scratch, 'stamps');
  const json = (args: string[]) => {
    const { CI: _ci, ...env } = process.env;
    const result = spawnSync(process.execPath, [bin, '-f', 'json', '--stats', '--cache', ...args], {
      cwd: tree,
      env,
      encoding: 'utf8',
    });
    if (result.status === 2) throw new Error(`doclint exited with 2: ${result.stderr}`);
    const messages = (JSON.parse(result.stdout) as JsonResult[]).flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.message}`),
    );
    return { messages, stderr: result.stderr };
  };
  const past = new Date('2026-01-02T03:04:05Z');
  const write = (path: string, text: string, mtime = past) => {
    writeFileSync(join(tree, path), text);
    utimesSync(join(tree, path), mtime, mtime);
  };

  test('metadata (the default) trusts a page whose size and mtime are as cached, content reads every page', () => {
    mkdirSync(tree, { recursive: true });
    write('a.md', '# A\n\n[b](b.md#one)\n');
    write('b.md', '# B\n\n## One\n');
    const cold = json([]);
    expect(cold.messages).toEqual([]);
    expect(cold.stderr).toContain('0 from the cache, 2 parsed');

    // b.md's heading changes, keeping its size; a checkout or an editor gives it a new mtime
    write('b.md', '# B\n\n## Two\n', new Date(past.getTime() + 60_000));
    const edited = json([]);
    expect(edited.messages).toEqual(['a.md:3:1 Cannot find anchor `#one` in `b.md`']);
    expect(edited.stderr).toContain('1 from the cache, 1 parsed');

    // The same size and the same mtime as cached (a copy that kept the old mtime): metadata
    // cannot see the edit; content can. This is the trade-off --cache-strategy content is for.
    write('b.md', '# B\n\n## One\n', new Date(past.getTime() + 60_000));
    expect(json([]).messages).toEqual(edited.messages);
    const content = json(['--cache-strategy', 'content']);
    expect(content.messages).toEqual([]);
    expect(content.stderr).toContain('1 from the cache, 1 parsed');
  });
});
