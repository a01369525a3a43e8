/**
 * The site profiles as data and small functions: each generator's heading ids (checked against
 * the generators' own documented examples), where a link lands, and the routes front matter gives.
 * (`doclint init`'s use of the profiles' markers is tested in test/node/init-detect.test.ts.)
 */
import { describe, expect, test } from '@jest/globals';
import { anchorPage, landingFile, SITES, siteProfile } from '../../src/sites/index.js';
import { mdbookId, mdbookSlugger, pythonMarkdownId, pythonMarkdownSlugger } from '../../src/sites/slugs.js';

const slugs = (name: keyof typeof SITES, headings: string[]) => {
  const slugger = SITES[name].slugger();
  return headings.map((heading) => slugger.slug(heading));
};

describe('heading ids', () => {
  test("mdBook's normalize_id: ASCII letters in lower case, other letters kept as they are", () => {
    // mdBook's own tests (src/utils/mod.rs): `it_normalizes_ids`, `it_generates_anchors_from_non_ascii_initial`
    expect(mdbookId('`--passes`: add more rustdoc passes')).toBe('--passes-add-more-rustdoc-passes');
    expect(mdbookId('Method-call 🐙 expressions \u{1f47c}')).toBe('method-call--expressions-');
    expect(mdbookId('中文標題 CJK title')).toBe('中文標題-cjk-title');
    expect(mdbookId('Über')).toBe('Über');
    expect(mdbookId('_-_12345')).toBe('_-_12345');
    // the space before an inline `<a id>` is trimmed (GitHub keeps it: `the-stack-`)
    expect(mdbookId('The Stack ')).toBe('the-stack');
  });

  test("mdBook's unique ids: repeats `-1`, `-2`, counted per id", () => {
    const slugger = mdbookSlugger();
    expect(['Über', '中文標題 CJK title', 'Über', 'Über'].map((h) => slugger.slug(h))).toEqual([
      'Über',
      '中文標題-cjk-title',
      'Über-1',
      'Über-2',
    ]);
  });

  test("Python-Markdown's toc slugify (MkDocs): accents folded, punctuation dropped, `-` runs collapsed", () => {
    expect(pythonMarkdownId('Café settings')).toBe('cafe-settings');
    expect(pythonMarkdownId('Step 1 — Download the package')).toBe('step-1-download-the-package');
    expect(pythonMarkdownId('Use the --force option')).toBe('use-the-force-option');
    expect(pythonMarkdownId('snake_case stays')).toBe('snake_case-stays');
    expect(pythonMarkdownId('中文')).toBe('');
  });

  test("Python-Markdown's unique: `_1`, `_2`, and an empty id is `_1`", () => {
    const slugger = pythonMarkdownSlugger();
    expect(['Example', 'Example', 'Example', 'Example_1', '中文'].map((h) => slugger.slug(h))).toEqual([
      'example',
      'example_1',
      'example_2',
      'example_3',
      '_1',
    ]);
  });

  test('GitHub, Docusaurus, Hugo and Jekyll: github-slugger', () => {
    for (const name of ['github', 'docusaurus', 'hugo', 'jekyll', 'aws-guide'] as const)
      expect(slugs(name, ['Step 1 — Install', 'Step 1 — Install', 'Café'])).toEqual([
        'step-1--install',
        'step-1--install-1',
        'café',
      ]);
  });
});

describe('where a link lands', () => {
  const lands = (name: keyof typeof SITES, files: string[], path: string, written = path, from = 'a.md') =>
    landingFile(SITES[name], { path, written, from }, { hasFile: (p) => files.includes(p) });

  test('mdBook: `x.html` is `x.md`, `index.html` and a folder are its `README.md`', () => {
    const files = ['src/ch01.md', 'src/README.md', 'src/appendix/README.md'];
    expect(lands('mdbook', files, 'src/ch01.html')).toBe('src/ch01.md');
    expect(lands('mdbook', files, 'src/index.html')).toBe('src/README.md');
    expect(lands('mdbook', files, 'src/appendix')).toBe('src/appendix/README.md');
    expect(lands('mdbook', files, 'src/ch02.html')).toBeUndefined();
  });

  test('GitHub and AWS: a link lands only on the file it names', () => {
    expect(lands('github', ['a.md'], 'a.html')).toBeUndefined();
    expect(lands('aws-guide', ['a.md'], 'a.html')).toBeUndefined();
    expect(lands('github', ['a.md'], 'a.md')).toBe('a.md');
  });

  test('Docusaurus: `x` is `x.md` or `x.mdx`, a folder its index, `/x` may be in `static/`', () => {
    const files = ['docs/a.mdx', 'docs/guide/index.md', 'docs/cat/cat.md', 'static/img/x.png'];
    expect(lands('docusaurus', files, 'docs/a', './a')).toBe('docs/a.mdx');
    expect(lands('docusaurus', files, 'docs/guide', './guide/')).toBe('docs/guide/index.md');
    expect(lands('docusaurus', files, 'docs/cat', './cat')).toBe('docs/cat/cat.md');
    expect(lands('docusaurus', files, 'img/x.png', '/img/x.png')).toBe('static/img/x.png');
    expect(lands('docusaurus', files, 'docs/img/x.png', 'img/x.png')).toBeUndefined();
  });

  test('Hugo: pretty URLs, bundles, sections; a leaf page resolves relative URLs from its own URL', () => {
    const files = ['content/a/b.md', 'content/a/c/index.md', 'content/a/_index.md', 'static/logo.svg'];
    expect(lands('hugo', files, 'content/a/b', '/a/b/')).toBe('content/a/b.md');
    expect(lands('hugo', files, 'content/a/c', '/a/c/')).toBe('content/a/c/index.md');
    expect(lands('hugo', files, 'content/a', '/a/')).toBe('content/a/_index.md');
    expect(lands('hugo', files, 'content/logo.svg', '/logo.svg')).toBe('static/logo.svg');
    // `content/a/b.md` is at `/a/b/`: `../c/` is `/a/c/`, not `content/c`
    expect(lands('hugo', files, 'content/c', '../c/', 'content/a/b.md')).toBe('content/a/c/index.md');
    // a bundle's index is at its folder's URL: `../b/` from `/a/c/` is `/a/b/`
    expect(lands('hugo', files, 'content/a/b', '../b/', 'content/a/c/index.md')).toBe('content/a/b.md');
  });

  test('Jekyll: `x.html` and `x` are `x.md` (or `.markdown`), `x/` its `index.md`', () => {
    const files = ['docs/setup.md', 'docs/usage.markdown', 'docs/index.md'];
    expect(lands('jekyll', files, 'docs/setup.html')).toBe('docs/setup.md');
    expect(lands('jekyll', files, 'docs/usage')).toBe('docs/usage.markdown');
    expect(lands('jekyll', files, 'docs')).toBe('docs/index.md');
  });

  test('a URL of the own site (`links.sites`) lands where its page is published from, on any site', () => {
    const files = ['guide/a.md', 'guide/sub/index.md'];
    const published = (name: keyof typeof SITES, path: string) =>
      landingFile(
        SITES[name],
        { path, written: 'https://x.test/', from: 'a.md', published: true },
        {
          hasFile: (p) => files.includes(p),
        },
      );
    expect(published('aws-guide', 'guide/a.html')).toBe('guide/a.md');
    expect(published('github', 'guide/sub')).toBe('guide/sub/index.md');
    expect(
      landingFile(
        siteProfile({}),
        { path: 'guide/a', written: 'x', from: 'a.md', published: true },
        {
          hasFile: (p) => files.includes(p),
        },
      ),
    ).toBe('guide/a.md');
  });

  test('the page published at a path by its front matter, when no file is', () => {
    const lookup = { hasFile: () => false, route: (path: string) => (path === 'docs/x' ? 'docs/01-y.md' : undefined) };
    expect(landingFile(SITES.docusaurus, { path: 'docs/x', written: './x', from: 'docs/a.md' }, lookup)).toBe(
      'docs/01-y.md',
    );
    expect(anchorPage(SITES.docusaurus, { path: 'docs/x', written: './x', from: 'docs/a.md' }, lookup)).toBe(
      'docs/01-y.md',
    );
  });

  test('without a site, a fragment in `page.html` is looked up in `page.md`, as before profiles', () => {
    const lookup = { hasFile: (p: string) => p === 'a.md' };
    expect(anchorPage(siteProfile({}), { path: 'a.html', written: 'a.html', from: 'b.md' }, lookup)).toBe('a.md');
    expect(landingFile(siteProfile({}), { path: 'a.html', written: 'a.html', from: 'b.md' }, lookup)).toBeUndefined();
  });
});

describe('routes from front matter', () => {
  test('Docusaurus: number prefixes dropped, `id` renames, `slug` moves (absolute from /docs)', () => {
    const routes = SITES.docusaurus.routes!;
    expect(routes('docs/01-basics/02-create-a-document.md', {})).toEqual(['docs/basics/create-a-document']);
    expect(routes('docs/basics/a.md', { id: 'create-doc' })).toEqual(['docs/basics/create-doc']);
    expect(routes('docs/guides/deployment.md', { slug: '/deploy' })).toEqual(['docs/deploy']);
    expect(routes('docs/guides/deployment.md', { slug: 'ship' })).toEqual(['docs/guides/ship']);
    expect(routes('docs/intro.md', { slug: '/' })).toEqual(['docs']);
    expect(routes('docs/guides/index.md', {})).toEqual(['docs/guides']);
    expect(routes('blog/post.md', { slug: '/x' })).toEqual([]);
  });

  test('Hugo: `url`, `slug` (beside the page, or its bundle) and `aliases`', () => {
    const routes = SITES.hugo.routes!;
    expect(routes('posts/first.md', { url: '/blog/hello/', aliases: ['/old/hello/', 'relative'] })).toEqual([
      'blog/hello',
      'old/hello',
    ]);
    expect(routes('posts/first.md', { slug: 'hi' })).toEqual(['posts/hi']);
    expect(routes('posts/first/index.md', { slug: 'hi' })).toEqual(['posts/hi']);
  });

  test('Jekyll: a `permalink`, unless it is a pattern', () => {
    expect(SITES.jekyll.routes!('about.md', { permalink: '/about/' })).toEqual(['about']);
    expect(SITES.jekyll.routes!('post.md', { permalink: '/:categories/:title/' })).toEqual([]);
  });
});
