/**
 * Jekyll (and GitHub Pages): `_config.yml`, pages published as `x.html` (or at their front matter
 * `permalink`); `jekyll-relative-links` turns links to `x.md` into the page's URL. A folder's
 * page is its `index.md` or `index.html` (or `README.md`, on GitHub Pages). kramdown's GFM parser
 * makes GitHub-style heading ids and reads `{#id}`. `{{ site.baseurl }}` and `{% link %}` are
 * Liquid templates, left alone.
 */
import type { SiteProfile } from './profile.js';
import { ALL_ANCHORS, frontMatterText, inFolder, isExtensionless, isWebPage, stem, trimSlashes } from './profile.js';
import { githubSlugger } from './slugs.js';

const INDEX_PAGES = ['index.md', 'index.markdown', 'index.html', 'README.md'];

export const jekyll: SiteProfile = {
  name: 'jekyll',
  title: 'Jekyll',
  description:
    'a Jekyll site (GitHub Pages): `x.html` is `x.md`, `x/` is its `index.md`, pages also at their ' +
    'front matter `permalink`, Liquid templates left alone',
  markers: [{ file: '_config.yml' }, { file: '_config.yaml' }],
  anchors: ALL_ANCHORS,
  slugs: "GitHub style (kramdown's GFM parser)",
  slugger: githubSlugger,
  fragmentCase: 'exact',
  folderLinks: false,
  indexPages: INDEX_PAGES,
  rootDir: '.',
  templates: true,
  candidates({ path }) {
    if (isWebPage(path)) return [path, `${stem(path)}.md`, `${stem(path)}.markdown`];
    if (isExtensionless(path))
      return [path, `${path}.md`, `${path}.markdown`, `${path}.html`, ...inFolder(path, INDEX_PAGES)];
    return [path];
  },
  routes(_path, frontMatter) {
    const permalink = frontMatterText(frontMatter.permalink);
    // `/:categories/:title/` is a pattern for many pages, not one page's URL
    return permalink === undefined || permalink.includes(':') ? [] : [trimSlashes(permalink)];
  },
};
