import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { lintPage } from '../../src/engine/page-phase.js';
import { prepareConfig } from '../../src/engine/config/prepare.js';
import { DEFAULT_CACHE_FILE, PageCache, configKey, contentHash, stampOf } from '../../src/node/cache.js';
import { inShard, parseShard } from '../../src/node/shard.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'doclint-cache-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const TEXT =
  '# Title <a name="top-anchor"></a>\n\nSee [a](other.md#x) and ![b](img.png "t").\n\n```html\n<a id="in-code"></a>\n```\n\n<!-- doclint-disable-line link-file-exists -->\n';
const outcome = () => lintPage({ path: 'docs/page.md', text: TEXT }, prepareConfig({}, builtinRules));

describe('PageCache', () => {
  test('gives back exactly the outcome it was given, after a save and a fresh open', async () => {
    const file = join(folder, 'cache.json');
    const warnings: string[] = [];
    const first = await PageCache.open(file, '1.0.0', (m) => warnings.push(m));
    const original = outcome();
    expect(original.facts!.links).toHaveLength(2);
    first.set('docs/page.md', contentHash(TEXT), 'k', original);
    await first.save((m) => warnings.push(m));

    const second = await PageCache.open(file, '1.0.0', (m) => warnings.push(m));
    expect(second.get('docs/page.md', contentHash(TEXT), 'k')).toEqual(original);
    expect(second.get('docs/page.md', contentHash(`${TEXT} `), 'k')).toBeUndefined();
    expect(second.get('docs/page.md', contentHash(TEXT), 'other config')).toBeUndefined();
    expect(second.get('docs/other.md', contentHash(TEXT), 'k')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  test('another doclint version starts anew, silently', async () => {
    const file = join(folder, 'cache.json');
    const first = await PageCache.open(file, '1.0.0', () => undefined);
    first.set('docs/page.md', contentHash(TEXT), 'k', outcome());
    await first.save(() => undefined);
    const warnings: string[] = [];
    const next = await PageCache.open(file, '1.1.0', (m) => warnings.push(m));
    expect(next.get('docs/page.md', contentHash(TEXT), 'k')).toBeUndefined();
    expect(warnings).toEqual([]);
    await next.save(() => undefined);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('1.1.0');
  });

  test('a corrupt cache of ours is reported and replaced', async () => {
    const file = join(folder, 'cache.json');
    writeFileSync(file, '{"tool":"doclint-cache","format":4,"version":"1.0.0","pages":{"a.md":{"ha');
    const warnings: string[] = [];
    const cache = await PageCache.open(file, '1.0.0', (m) => warnings.push(m));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^the cache file `.*cache\.json` is corrupt \(.+\); starting a new one$/);
    expect(cache.get('a.md', 'x', 'k')).toBeUndefined();
    await cache.save(() => undefined);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      tool: 'doclint-cache',
      format: 4,
      version: '1.0.0',
      pages: {},
    });
  });

  test('a file that is not a doclint cache is never read as one, nor overwritten', async () => {
    const file = join(folder, 'README.md');
    writeFileSync(file, '# My notes\n');
    const warnings: string[] = [];
    const cache = await PageCache.open(file, '1.0.0', (m) => warnings.push(m));
    expect(warnings).toEqual([
      `\`${file}\` is not a doclint cache; linting without a cache and leaving the file alone (remove it or pass another --cache-location)`,
    ]);
    cache.set('docs/page.md', contentHash(TEXT), 'k', outcome());
    await cache.save(() => undefined);
    expect(readFileSync(file, 'utf8')).toBe('# My notes\n');
  });

  test('a folder as the location holds .doclintcache', async () => {
    const cache = await PageCache.open(folder, '1.0.0', () => undefined);
    cache.set('docs/page.md', contentHash(TEXT), 'k', outcome());
    await cache.save(() => undefined);
    expect(readFileSync(join(folder, DEFAULT_CACHE_FILE), 'utf8')).toMatch(/^\{"tool":"doclint-cache","format":4,/);
  });

  test('an unwritable location is a warning, not a failure', async () => {
    const file = join(folder, 'missing-folder', 'cache.json');
    const cache = await PageCache.open(file, '1.0.0', () => undefined);
    cache.set('docs/page.md', contentHash(TEXT), 'k', outcome());
    const warnings: string[] = [];
    await cache.save((m) => warnings.push(m));
    expect(warnings).toEqual([
      `cannot write the cache file \`${file}\` (its folder does not exist); the next run will lint every page again`,
    ]);
  });

  test('forgets pages that no longer exist', async () => {
    const file = join(folder, 'cache.json');
    const cache = await PageCache.open(file, '1.0.0', () => undefined);
    cache.set('docs/page.md', contentHash(TEXT), 'k', outcome());
    cache.set('docs/gone.md', contentHash(TEXT), 'k', outcome());
    cache.retain((path) => path !== 'docs/gone.md');
    await cache.save(() => undefined);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).pages)).toEqual(['docs/page.md']);
  });

  test('stamps: a page is found by its file size and mtime, with its config; a restamp is saved', async () => {
    const file = join(folder, 'cache.json');
    const cache = await PageCache.open(file, '1.0.0', () => undefined);
    const original = outcome();
    cache.set('docs/page.md', contentHash(TEXT), 'k', original, [120, 1_700_000_000_123.456]);
    // the same text at another path (an entry's outcome, facts and findings are of its own page)
    cache.set('docs/other.md', contentHash(TEXT), 'k', {
      ...original,
      path: 'docs/other.md',
      facts: { ...original.facts!, path: 'docs/other.md' },
    });
    expect(cache.getByStamp('docs/page.md', [120, 1_700_000_000_123.456], 'k')).toEqual(original);
    expect(cache.getByStamp('docs/page.md', [121, 1_700_000_000_123.456], 'k')).toBeUndefined();
    expect(cache.getByStamp('docs/page.md', [120, 1_700_000_000_123.457], 'k')).toBeUndefined();
    expect(cache.getByStamp('docs/page.md', [120, 1_700_000_000_123.456], 'other config')).toBeUndefined();
    // a page stored without a stamp is found by its hash only
    expect(cache.getByStamp('docs/other.md', [120, 1_700_000_000_123.456], 'k')).toBeUndefined();
    cache.restamp('docs/other.md', [5, 1_600_000_000_000]);
    await cache.save(() => undefined);

    const reopened = await PageCache.open(file, '1.0.0', () => undefined);
    expect(reopened.getByStamp('docs/page.md', [120, 1_700_000_000_123.456], 'k')).toEqual(original);
    const restamped = reopened.getByStamp('docs/other.md', [5, 1_600_000_000_000], 'k');
    expect(restamped?.facts?.links.map((link) => link.url)).toEqual(['other.md#x', 'img.png']);
  });

  test('a file’s stamp: none for a file changed in the last 2 s, a symbolic link, a folder or a missing file', () => {
    const page = join(folder, 'page.md');
    writeFileSync(page, 'twelve bytes');
    expect(stampOf(page)).toBeUndefined();
    const past = new Date('2026-01-02T03:04:05Z');
    utimesSync(page, past, past);
    expect(stampOf(page)).toEqual([12, past.getTime()]);
    // changed 1.9 s before the run: its file system may give a second write within 2 s the same mtime
    expect(stampOf(page, past.getTime() + 1_900)).toBeUndefined();
    expect(stampOf(page, past.getTime() + 2_000)).toEqual([12, past.getTime()]);
    symlinkSync(page, join(folder, 'link.md'));
    expect(stampOf(join(folder, 'link.md'))).toBeUndefined();
    expect(stampOf(folder)).toBeUndefined();
    expect(stampOf(join(folder, 'missing.md'))).toBeUndefined();
  });

  test('the config key changes with the config and with the rules', () => {
    const ids = builtinRules.map((rule) => rule.meta.id);
    expect(configKey({}, ids)).toBe(configKey({}, ids));
    expect(configKey({ rules: { 'anchor-unique': 'off' } }, ids)).not.toBe(configKey({}, ids));
    expect(configKey({}, ids.slice(1))).not.toBe(configKey({}, ids));
  });
});

describe('shards', () => {
  test('parses i/n and refuses the rest', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/2', '3/2', '1/0', '1', '1/2/3', 'a/b', '-1/2', '1.5/2'])
      expect(parseShard(bad)).toBeUndefined();
  });

  test('every page is in exactly one shard, and stays there when other pages come and go', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `guide/doc_source/page-${i}.md`);
    const owner = (path: string, count: number) =>
      [...Array(count).keys()].filter((i) => inShard(path, { index: i + 1, count }));
    for (const path of paths) expect(owner(path, 4)).toHaveLength(1);
    const sizes = [1, 2, 3, 4].map((index) => paths.filter((path) => inShard(path, { index, count: 4 })).length);
    for (const size of sizes) expect(size).toBeGreaterThan(80);
    expect(inShard('guide/doc_source/page-7.md', { index: 1, count: 1 })).toBe(true);
  });
});
