/**
 * Docusaurus: `docusaurus.config.{js,ts}`, docs in `docs/` published under `/docs/`, static
 * files in `static/` published at `/`. Links name `.md`/`.mdx` files or URLs without an
 * extension; `@site/` is the site's folder; a page's URL comes from its path, its number
 * prefixes dropped (`01-intro.md` → `intro`), or its front matter `id` and `slug`. Heading ids
 * are github-slugger's; fragments are matched by the browser, in exact case.
 */
import { basename, dirname } from '../util/posix-path.js';
import type { SiteProfile } from './profile.js';
import { ALL_ANCHORS, at, frontMatterText, inFolder, isExtensionless, stem, trimSlashes } from './profile.js';
import { githubSlugger } from './slugs.js';

const INDEX_PAGES = ['index.md', 'index.mdx', 'README.md', 'README.mdx'];

/** Docusaurus' default number prefix: `01-intro`, `2. setup`, `03_faq`. */
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^-_.\s])/;
const withoutPrefix = (segment: string) => segment.replace(NUMBER_PREFIX, '');

/** The URL path of a doc (relative to `/`), from its path and front matter. */
function docRoute(path: string, frontMatter: Readonly<Record<string, unknown>>): string {
  const folder = dirname(path).split('/').map(withoutPrefix).join('/');
  const name = withoutPrefix(stem(basename(path)));
  const slug = frontMatterText(frontMatter.slug);
  if (slug !== undefined) return trimSlashes(slug.startsWith('/') ? at('docs', slug) : at(folder, slug));
  const id = frontMatterText(frontMatter.id);
  if (id === undefined && (/^(?:index|readme)$/i.test(name) || name === basename(folder))) return trimSlashes(folder);
  return trimSlashes(at(folder, id ?? name));
}

export const docusaurus: SiteProfile = {
  name: 'docusaurus',
  title: 'Docusaurus',
  description:
    'a Docusaurus site: `x` is `x.md` or `x.mdx`, `@site/` is the site folder, `/x` may be in `static/`, ' +
    'docs are also found by their front matter `id` and `slug`',
  markers: [
    { file: 'docusaurus.config.js' },
    { file: 'docusaurus.config.ts' },
    { file: 'docusaurus.config.mjs' },
    { file: 'docusaurus.config.cjs' },
  ],
  anchors: ALL_ANCHORS,
  slugs: 'GitHub (github-slugger, as Docusaurus uses it)',
  slugger: githubSlugger,
  fragmentCase: 'exact',
  folderLinks: false,
  indexPages: INDEX_PAGES,
  rootDir: '.',
  templates: false,
  candidates({ path, written }) {
    const out = [path];
    if (isExtensionless(path)) {
      const own = `${path}/${basename(path)}`;
      out.push(`${path}.md`, `${path}.mdx`, ...inFolder(path, INDEX_PAGES), `${own}.md`, `${own}.mdx`);
    }
    if (written.startsWith('/')) out.push(at('static', trimSlashes(written)));
    return out;
  },
  alias: (written) => (written.startsWith('@site/') ? written.slice('@site/'.length) : undefined),
  routes(path, frontMatter) {
    if (!path.startsWith('docs/')) return [];
    return [docRoute(path, frontMatter)];
  },
};
