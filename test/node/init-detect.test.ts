/**
 * `detectSite`: which site profile a tree's marker files point at, and the settings init writes
 * from them, read through a probe (here, files in memory) so each case is a few lines.
 */
import { describe, expect, test } from '@jest/globals';
import { detectSite, type Probe } from '../../src/node/init/detect.js';
import { initConfig } from '../../src/cli/init.js';
import { SITES, SITES_BY_SPECIFICITY } from '../../src/sites/index.js';

/** A tree of files (by path) and folders (paths ending in `/`). */
function probe(files: Record<string, string>): Probe {
  const paths = Object.keys(files);
  return {
    exists: (path) => paths.some((p) => p === path || p === `${path}/` || p.startsWith(`${path}/`)),
    read: (path) => files[path],
  };
}

describe('detectSite', () => {
  test('an mdBook: book.toml, pages under [book] src, the build folder ignored', () => {
    expect(
      detectSite(probe({ 'book.toml': '[book]\ntitle = "T"\nsrc = "pages"\n[build]\nbuild-dir = "out"\n' })),
    ).toEqual({
      site: 'mdbook',
      preset: 'doclint:mdbook',
      evidence: 'book.toml ([book] src: pages)',
      rootDir: 'pages',
      ignores: ['out/'],
      notes: [],
    });
  });

  test("an mdBook with the defaults: no rootDir to write, the profile's default is `src`", () => {
    const found = detectSite(probe({ 'book.toml': '[book]\ntitle = "T"\n' }));
    expect(found).toMatchObject({ site: 'mdbook', ignores: ['book/'] });
    expect(found.rootDir).toBeUndefined();
  });

  test('a folder that leaves the tree is not used, and the note says so', () => {
    const found = detectSite(probe({ 'book.toml': '[book]\nsrc = "../../etc"\n' }));
    expect(found.rootDir).toBeUndefined();
    expect(found.notes).toEqual(['`[book] src` does not name a folder inside the tree; using `src`']);
    expect(detectSite(probe({ 'book.toml': '[book]\nsrc = "/etc"\n' })).rootDir).toBeUndefined();
  });

  test('invalid TOML: the defaults, with a note', () => {
    const found = detectSite(probe({ 'book.toml': '[book\n' }));
    expect(found).toMatchObject({ site: 'mdbook', ignores: ['book/'] });
    expect(found.notes[0]).toMatch(/could not be read/);
  });

  test('MkDocs: docs_dir and site_dir, with the tags real mkdocs.yml files use (!ENV, !!python/name)', () => {
    const yaml = [
      'site_name: T',
      'docs_dir: documentation',
      'site_dir: public',
      'markdown_extensions:',
      '  - pymdownx.emoji:',
      '      emoji_index: !!python/name:material.extensions.emoji.twemoji',
      'extra:',
      '  analytics: !ENV [GOOGLE_ANALYTICS_KEY, none]',
      '  nested: !custom { a: 1 }',
      '',
    ].join('\n');
    expect(detectSite(probe({ 'mkdocs.yml': yaml }))).toEqual({
      site: 'mkdocs',
      preset: 'doclint:mkdocs',
      evidence: 'mkdocs.yml (docs_dir: documentation)',
      rootDir: 'documentation',
      ignores: ['public/'],
      notes: [],
    });
  });

  test('MkDocs: a YAML alias bomb is refused, and the defaults are used', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 9; i++)
      bomb.push(`${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`);
    const found = detectSite(probe({ 'mkdocs.yml': `${bomb.join('\n')}\ndocs_dir: elsewhere\n` }));
    expect(found).toMatchObject({ site: 'mkdocs', ignores: ['site/'] });
    expect(found.rootDir).toBeUndefined();
    expect(found.notes[0]).toMatch(/could not be read/);
  });

  test('Docusaurus is recognised by the name of its config, which is never read', () => {
    const files = { 'docusaurus.config.ts': 'throw new Error("must not run")', 'docs/intro.md': '' };
    expect(detectSite(probe(files))).toMatchObject({
      site: 'docusaurus',
      evidence: 'docusaurus.config.ts',
      ignores: ['build/', '.docusaurus/'],
    });
  });

  test('Hugo: hugo.toml, or config.toml beside content/; contentDir is the root of links', () => {
    expect(detectSite(probe({ 'hugo.toml': 'contentDir = "site"\n' }))).toMatchObject({
      site: 'hugo',
      rootDir: 'site',
    });
    expect(detectSite(probe({ 'config.yaml': 'title: T\n', 'content/_index.md': '' }))).toMatchObject({
      site: 'hugo',
      ignores: ['public/'],
    });
    // a config.toml alone is not Hugo
    expect(detectSite(probe({ 'config.toml': 'x = 1\n' })).site).toBeUndefined();
  });

  test('Jekyll: _config.yml', () => {
    expect(detectSite(probe({ '_config.yml': 'title: T\n' }))).toMatchObject({ site: 'jekyll', ignores: ['_site/'] });
  });

  test('an AWS guide: doc_source/ with its table of contents', () => {
    expect(detectSite(probe({ 'doc_source/index.md': '', '.git/': '' }))).toMatchObject({
      site: 'aws-guide',
      preset: 'doclint:aws-guide',
      notes: [],
    });
  });

  test('a git repository with no generator: the github profile; nothing at all: doclint:recommended', () => {
    expect(detectSite(probe({ '.git/': '', 'README.md': '' }))).toMatchObject({
      site: 'github',
      preset: 'doclint:github',
    });
    expect(detectSite(probe({ 'README.md': '' }))).toEqual({
      preset: 'doclint:recommended',
      evidence: 'no site generator or repository found',
      ignores: [],
      notes: [],
    });
  });

  test('two generators: the first in order wins, and the note names the other', () => {
    const found = detectSite(probe({ 'book.toml': '', 'mkdocs.yml': 'site_name: T\n', '.git/': '' }));
    expect(found.site).toBe('mdbook');
    expect(found.notes).toEqual(['also found mkdocs.yml (docs_dir: docs); chose book.toml ([book] src: src)']);
  });

  test("every site profile's first marker is found, as that site", () => {
    for (const site of SITES_BY_SPECIFICITY) {
      const [marker] = SITES[site].markers;
      expect(marker).toBeDefined();
      const files = { [marker!.file]: '', ...(marker!.withFolder ? { [`${marker!.withFolder}/x.md`]: '' } : {}) };
      expect(detectSite(probe(files)).site).toBe(site);
    }
  });

  test("a book whose pages are at its root: `rootDir: '.'` is written, since the profile's default is `src`", () => {
    const found = detectSite(probe({ 'book.toml': '[book]\nsrc = "."\n' }));
    expect(found.rootDir).toBe('.');
    expect(initConfig(found, undefined)).toEqual({
      extends: 'doclint:mdbook',
      settings: { rootDir: '.' },
      ignores: ['book/'],
    });
  });
});
