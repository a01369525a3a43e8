/**
 * Property tests of the cache file as untrusted input (issue 13): a pull request can commit a
 * `.doclintcache`, and a corrupt one can be left behind by anything. Whatever the file holds,
 * checking an entry's shape accepts or rejects it (never throws), opening the cache never throws,
 * a run never crashes on it, and a cache from the checkout (tracked by git) can never remove a
 * finding. A cache outside the checkout is trusted by design (SECURITY.md): there, a finding can
 * only disappear through an entry still keyed to the page exactly as doclint wrote it.
 *
 * The entries mutated are real ones: written by a run of `lintFiles` over a small project with a
 * broken link and a broken anchor. `FC_NUM_RUNS=2000` runs more cases, `FC_SEED=<seed>` replays one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintResult } from '../../src/types.js';
import { cacheEntryProblem } from '../../src/node/cache-shape.js';
import { PageCache } from '../../src/node/cache.js';
import { lintFiles } from '../../src/node/lint-files.js';
import { readVersion } from '../../src/node/version.js';
import type { CacheStrategy } from '../../src/node/analyze.js';

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 300);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const settings = { numRuns: NUM_RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };
/** Runs that lint a project on disk are slower: fewer of them. */
const lintSettings = { ...settings, numRuns: Math.ceil(NUM_RUNS / 3) };

const PAGES: Record<string, string> = {
  'index.md':
    '# Index\n\nSee [setup](setup.md) and [other](other.md#nope).\n\n- [Other](other.md)\n\n<!-- doclint-disable-next-line link-anchor-exists -- fine -->\n[x](#top)\n',
  'other.md': '# Other <a name="here"></a>\n\n## Here {#custom}\n\n[back](index.md#index)\n',
};
/** The findings the project has, as `path ruleId`: none may be hidden by a cache. */
const EXPECTED = ['index.md link-anchor-exists', 'index.md link-file-exists'];

const scratch = mkdtempSync(join(tmpdir(), 'doclint-cache-props-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
/** A project of PAGES, its files' times in the past (so that `metadata` stamps are stored and used). */
function project(options: { git?: boolean } = {}): string {
  const root = join(scratch, `p${counter++}`);
  mkdirSync(root);
  const past = new Date(Date.now() - 60_000);
  for (const [path, text] of Object.entries(PAGES)) {
    writeFileSync(join(root, path), text);
    utimesSync(join(root, path), past, past);
  }
  if (options.git) {
    writeFileSync(join(root, '.doclintcache'), '');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
  }
  return root;
}

interface Run {
  results: LintResult[];
  warnings: string[];
}

async function lint(root: string, strategy: CacheStrategy): Promise<Run> {
  const warnings: string[] = [];
  const { results } = await lintFiles({
    cwd: root,
    patterns: ['.'],
    cache: true,
    cacheStrategy: strategy,
    concurrency: 'off',
    warn: (message) => warnings.push(message),
  });
  return { results, warnings };
}

const findings = (results: readonly LintResult[]) =>
  [...new Set(results.flatMap((r) => r.diagnostics.map((d) => `${r.path} ${d.ruleId}`)))].sort();

/** No crash: no internal or fatal diagnostic, and every finding is on a page of the project at a line it has. */
function expectSane(results: readonly LintResult[]): void {
  for (const result of results) {
    expect(Object.keys(PAGES)).toContain(result.path);
    for (const d of result.diagnostics) {
      const where = `${result.path} ${d.line}:${d.column} ${d.ruleId} ${d.message}`;
      expect([where, d.internal ?? false, d.fatal ?? false]).toEqual([where, false, false]);
    }
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface CacheFile {
  pages: Record<string, { hash: string; config: string; stamp?: [number, number]; outcome: Record<string, Json> }>;
  [key: string]: Json | CacheFile['pages'];
}

/** The cache a real run writes for PAGES (with stamps), and its text. */
let realText: string;
let real: CacheFile;
beforeAll(async () => {
  const root = project();
  const run = await lint(root, 'metadata');
  expect(findings(run.results)).toEqual(EXPECTED);
  expect(run.warnings).toEqual([]);
  realText = readFileSync(join(root, '.doclintcache'), 'utf8');
  real = JSON.parse(realText) as CacheFile;
  expect(Object.keys(real.pages).sort()).toEqual(Object.keys(PAGES).sort());
  expect(real.pages['index.md']!.stamp).toBeDefined();
});

/** Sets an own property, `__proto__` included. */
function setOwn(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

const hostileString = fc.constantFrom(
  '',
  'index.md',
  'other.md',
  'setup.md',
  '../outside.md',
  '/etc/passwd',
  '\n::error file=x.md::forged',
  '\u202e',
  '__proto__',
  'x'.repeat(5_000),
);
const hostileNumber = fc.constantFrom(0, -1, 1, 2, 1e9, -1e9, 1.5, Number.MAX_SAFE_INTEGER, 2 ** 60, -0);
const replacement: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [[]], [{}]) },
);
const key = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'hash',
  'config',
  'stamp',
  'outcome',
  'facts',
  'diagnostics',
  'directives',
  'links',
  'anchors',
  'kept',
  'extra',
);

/** One change to a JSON tree: where (a walk of child indices), and what. */
type Mutation =
  | { at: number[]; op: 'replace'; value: unknown }
  | { at: number[]; op: 'delete' }
  | { at: number[]; op: 'add'; key: string; value: unknown }
  | { at: number[]; op: 'empty' }
  | { at: number[]; op: 'duplicate' };
const mutation: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.array(fc.nat(), { maxLength: 9 }),
    fc.constantFrom('replace', 'delete', 'add', 'empty', 'duplicate'),
    key,
    replacement,
  )
  .map(([at, op, k, value]): Mutation => {
    switch (op) {
      case 'replace':
        return { at, op, value };
      case 'add':
        return { at, op, key: k, value };
      default:
        return { at, op } as Mutation;
    }
  });

const children = (node: unknown): Array<[string | number, unknown]> =>
  Array.isArray(node)
    ? node.map((child, i) => [i, child])
    : typeof node === 'object' && node !== null
      ? Object.entries(node)
      : [];

/** Applies a mutation inside `root` (never to `root` itself), following `at` as far as it goes. */
function mutate(root: object, m: Mutation): void {
  let parent: object = root;
  let [slot] = children(root)[0] ?? [];
  if (slot === undefined) return;
  for (const index of m.at) {
    const own = children(parent);
    const [childKey, child] = own[index % own.length]!;
    slot = childKey;
    if (children(child).length === 0 || typeof child !== 'object' || child === null) break;
    parent = child;
    slot = undefined;
  }
  if (slot === undefined) {
    const own = children(parent);
    [slot] = own[(m.at.at(-1) ?? 0) % own.length]!;
  }
  const target = parent as Record<string | number, unknown>;
  switch (m.op) {
    case 'replace':
      target[slot] = structuredClone(m.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(slot), 1);
      else delete target[slot];
      break;
    case 'add': {
      const node = target[slot];
      if (Array.isArray(node)) node.push(structuredClone(m.value));
      else if (typeof node === 'object' && node !== null) setOwn(node, m.key, structuredClone(m.value));
      else if (Array.isArray(parent)) parent.push(structuredClone(m.value));
      else setOwn(parent, m.key, structuredClone(m.value));
      break;
    }
    case 'empty': {
      const node = target[slot];
      target[slot] = Array.isArray(node) ? [] : typeof node === 'object' && node !== null ? {} : '';
      break;
    }
    case 'duplicate': {
      const node = target[slot];
      if (Array.isArray(node) && node.length > 0) node.push(structuredClone(node[0]));
      else if (Array.isArray(parent)) parent.push(structuredClone(node));
      break;
    }
  }
}

/** The forgeries an attacker would write by hand: findings and links gone, keys kept. */
type Forgery = (cache: CacheFile) => void;
const FORGERIES: Array<[string, Forgery]> = [
  ['no findings', (c) => Object.values(c.pages).forEach((p) => (p.outcome.diagnostics = []))],
  [
    'no links',
    (c) =>
      Object.values(c.pages).forEach((p) => {
        const facts = p.outcome.facts as { links?: Json[] } | undefined;
        if (facts) facts.links = [];
      }),
  ],
  ['no facts', (c) => Object.values(c.pages).forEach((p) => delete p.outcome.facts)],
  [
    'the anchor added',
    (c) => {
      const facts = c.pages['other.md']!.outcome.facts as { anchors: Json[] } | undefined;
      facts?.anchors.push('nope');
    },
  ],
  [
    'every link external',
    (c) =>
      Object.values(c.pages).forEach((p) => {
        const facts = p.outcome.facts as { links: Json[][] } | undefined;
        for (const link of facts?.links ?? []) link[2] = { kind: 'external' };
      }),
  ],
  [
    'a file-wide disable directive',
    (c) =>
      (c.pages['index.md']!.outcome.directives = [
        { kind: 'disable-file', rules: [], line: 1, endLine: 1, column: 1, endColumn: 1, reason: '' },
      ]),
  ],
  ['a stamp of now', (c) => (c.pages['index.md']!.stamp = [1, Date.now()])],
  ['setup.md cached as a page', (c) => (c.pages['setup.md'] = structuredClone(c.pages['other.md']!))],
  ['another version', (c) => (c.version = '0.0.0-forged')],
];

/** A cache file's text: a mutated real cache (with or without forgeries), or anything else. */
const cacheText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.subarray(FORGERIES.map(([, forge]) => forge)),
        fc.array(mutation, { maxLength: 3 }),
        fc.constantFrom('json', 'truncated', 'bom'),
      )
      .map(([forgeries, mutations, form]) => {
        const data = structuredClone(real);
        for (const forge of forgeries) forge(data);
        for (const m of mutations) mutate(data, m);
        const text = JSON.stringify(data);
        return form === 'truncated' ? text.slice(0, text.length - 7) : form === 'bom' ? `\uFEFF${text}` : text;
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .jsonValue({ maxDepth: 3 })
      .map(
        (pages) =>
          `{"tool":"doclint-cache","format":4,"version":${JSON.stringify(readVersion())},"pages":${JSON.stringify(pages)}}`,
      ),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((s) => `{"tool":"doclint-cache"${s}`) },
);

/** Whether the cache entry of `path` is still keyed to the page as doclint wrote it (so a trusted cache may use it). */
function keyedAsWritten(text: string, path: string): boolean {
  let data: CacheFile;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')) as CacheFile;
  } catch {
    return false;
  }
  const entry = data?.pages?.[path];
  const written = real.pages[path]!;
  if (typeof entry !== 'object' || entry === null || entry.config !== written.config) return false;
  const stamp =
    Array.isArray(entry.stamp) && entry.stamp[0] === written.stamp?.[0] && entry.stamp[1] === written.stamp?.[1];
  return entry.hash === written.hash || stamp;
}

describe('cacheEntryProblem, for arbitrary entries', () => {
  test('accepts or rejects any JSON value, never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('index.md', 'other.md'), fc.string({ maxLength: 20 })),
        fc.jsonValue(),
        (path, entry) => {
          const problem = cacheEntryProblem(path, entry);
          expect(problem === undefined || (typeof problem === 'string' && problem.length > 0)).toBe(true);
        },
      ),
      settings,
    );
  });

  test('accepts or rejects any mutation of a real entry, never throws; the real entries are accepted', () => {
    for (const [path, entry] of Object.entries(real.pages)) expect(cacheEntryProblem(path, entry)).toBeUndefined();
    fc.assert(
      fc.property(
        fc.constantFrom('index.md', 'other.md'),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (path, mutations) => {
          const entry = structuredClone(real.pages[path]!);
          for (const m of mutations) mutate(entry, m);
          // as read from a file: JSON.parse makes `__proto__` an own key
          const parsed: unknown = JSON.parse(JSON.stringify(entry));
          for (const candidate of [entry, parsed]) {
            const problem = cacheEntryProblem(path, candidate);
            expect(problem === undefined || typeof problem === 'string').toBe(true);
          }
        },
      ),
      settings,
    );
  });
});

describe('PageCache.open, for arbitrary cache files', () => {
  test('never throws, warns at most once, and what it accepts can be read back', async () => {
    const root = join(scratch, 'open');
    mkdirSync(root);
    const file = join(root, '.doclintcache');
    await fc.assert(
      fc.asyncProperty(cacheText, async (text) => {
        writeFileSync(file, text);
        const warnings: string[] = [];
        const cache = await PageCache.open(file, readVersion(), (m) => warnings.push(m), '.doclintcache', root);
        expect(warnings.length).toBeLessThanOrEqual(1);
        for (const warning of warnings) expect(warning).not.toMatch(/[\n\r]/);
        for (const [path, entry] of Object.entries(real.pages)) {
          cache.get(path, entry.hash, entry.config);
          if (entry.stamp) cache.getByStamp(path, entry.stamp, entry.config);
        }
        await cache.save(() => undefined);
      }),
      settings,
    );
  });
});

describe('a run with a hostile cache file', () => {
  test('a cache from the checkout (tracked by git), whatever it holds, is refused and never removes a finding', async () => {
    const root = project({ git: true });
    await fc.assert(
      fc.asyncProperty(cacheText, fc.constantFrom<CacheStrategy>('metadata', 'content'), async (text, strategy) => {
        writeFileSync(join(root, '.doclintcache'), text);
        const { results, warnings } = await lint(root, strategy);
        expectSane(results);
        expect(findings(results)).toEqual(EXPECTED);
        expect(warnings.length).toBeLessThanOrEqual(1);
        if (text.startsWith('{"tool":"doclint-cache"')) expect(warnings[0]).toMatch(/is tracked by git/);
        // never read, never overwritten
        expect(readFileSync(join(root, '.doclintcache'), 'utf8')).toBe(text);
      }),
      lintSettings,
    );
  });

  test('a cache outside the checkout never crashes a run; a finding disappears only through an entry keyed as written', async () => {
    const root = project();
    let hidden = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(cacheText, fc.constantFrom<CacheStrategy>('metadata', 'content'), async (text, strategy) => {
        writeFileSync(join(root, '.doclintcache'), text);
        const { results, warnings } = await lint(root, strategy);
        expectSane(results);
        expect(warnings.length).toBeLessThanOrEqual(1);
        for (const warning of warnings) expect(warning).not.toMatch(/[\n\r]/);
        const found = findings(results);
        if (warnings.length === 0) accepted++;
        if (found.length < EXPECTED.length) hidden++;
        for (const expected of EXPECTED) {
          if (found.includes(expected)) continue;
          // hidden: only a well-formed cache, silently accepted, whose entry still matches the page
          expect([expected, warnings]).toEqual([expected, []]);
          expect([expected, keyedAsWritten(text, 'index.md') || keyedAsWritten(text, 'other.md')]).toEqual([
            expected,
            true,
          ]);
        }
        // a corrupt cache was rebuilt: the next run reads it without a word and with every finding
        if (warnings.some((warning) => warning.includes('is corrupt'))) {
          const next = await lint(root, strategy);
          expect(next.warnings).toEqual([]);
          expect(findings(next.results)).toEqual(EXPECTED);
        }
      }),
      lintSettings,
    );
    // the runs reach caches that are used (a trusted cache may hide findings through entries keyed as written)
    expect(accepted).toBeGreaterThan(0);
    if (process.env.FC_STATS) console.log(`accepted silently: ${accepted}, with a finding hidden: ${hidden}`);
  });
});
