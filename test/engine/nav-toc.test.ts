/**
 * MkDocs' `nav` as a table of contents: entries in order, sections nested, pages from the pages
 * folder; the contracts' `tocParent` matches pages by it, as by an `index.md` (through the binary).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectNavToc, MAX_NAV_ENTRIES } from '../../src/engine/nav-toc.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

describe('collectNavToc', () => {
  test('titled pages, bare pages, nested sections, external links; pages from the pages folder', () => {
    const yaml = [
      'site_name: T',
      'theme:',
      '  name: material',
      '  icon: !!python/name:material.icons',
      'nav:',
      '  - Home: index.md',
      '  - about.md',
      '  - Guide:',
      '      - Install: guide/install.md#step-1',
      '      - Deep:',
      '          - Tuning: guide/deep/tuning.md',
      '  - GitHub: https://github.com/example/project',
      '  - Outside: ../../etc/passwd',
      '',
    ].join('\n');
    expect(collectNavToc(yaml, 'docs')).toEqual([
      { text: 'Home', target: 'docs/index.md', parent: -1 },
      { text: 'about.md', target: 'docs/about.md', parent: -1 },
      { text: 'Guide', parent: -1 },
      { text: 'Install', target: 'docs/guide/install.md', parent: 2 },
      { text: 'Deep', parent: 2 },
      { text: 'Tuning', target: 'docs/guide/deep/tuning.md', parent: 4 },
      { text: 'GitHub', parent: -1 },
      { text: 'Outside', parent: -1 },
    ]);
  });

  test('no nav, not YAML, or not a list: no entries', () => {
    expect(collectNavToc('site_name: T\n')).toEqual([]);
    expect(collectNavToc('nav: [\n')).toEqual([]);
    expect(collectNavToc('nav: index.md\n')).toEqual([]);
  });

  test('bounded: an alias bomb is refused, and at most MAX_NAV_ENTRIES entries are read', () => {
    const bomb = ['a: &a [{x: x.md}, {x: x.md}, {x: x.md}, {x: x.md}, {x: x.md}, {x: x.md}, {x: x.md}, {x: x.md}]'];
    const names = 'bcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < 20; i++)
      bomb.push(
        `${names[i]}: &${names[i]} [${Array(8)
          .fill(`S: *${i === 0 ? 'a' : names[i - 1]}`)
          .map((s) => `{${s}}`)
          .join(', ')}]`,
      );
    bomb.push(`nav: *${names[19]}`);
    const started = Date.now();
    const toc = collectNavToc(bomb.join('\n'));
    expect(toc.length).toBeLessThanOrEqual(MAX_NAV_ENTRIES);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('tocParent by the nav of mkdocs.yml', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'doclint-nav-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('a contract for the pages under a nav section applies to them, and only them', () => {
    cpSync(join(repo, 'fixtures/sites/mkdocs'), scratch, { recursive: true });
    const config = {
      extends: 'doclint:mkdocs',
      contracts: {
        'user-guide': {
          description: 'pages of the user guide',
          match: { tocParent: 'User guide' },
          require: [{ section: { heading: 'Requirements' } }],
        },
      },
    };
    writeFileSync(join(scratch, '.doclintrc.json'), JSON.stringify(config));
    const run = (...args: string[]) => {
      const { CI: _ci, ...env } = process.env;
      return spawnSync(process.execPath, [join(repo, 'dist/src/bin.js'), ...args], {
        cwd: scratch,
        env,
        encoding: 'utf8',
      });
    };
    const explain = run('--explain', 'docs/user-guide/installation.md');
    expect(explain.status).toBe(0);
    expect(explain.stdout).toMatch(/user-guide +applies: it is below `User guide` in `mkdocs\.yml`/);
    const lint = run('--format', 'json');
    const results = JSON.parse(lint.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; line: number }>;
    }>;
    const contract = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'page-contract').map(() => r.filePath),
    );
    expect(contract.sort()).toEqual(['docs/user-guide/configuration.md', 'docs/user-guide/installation.md']);
  });
});
