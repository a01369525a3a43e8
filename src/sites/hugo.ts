/**
 * Hugo: `hugo.toml` (or `config.toml` beside `content/`), pages in `content/` published with
 * pretty URLs (`content/a/b.md` at `/a/b/`), page bundles (`b/index.md`), sections
 * (`_index.md`), static files in `static/`. Its static link forms are URLs: `/a/b/` is
 * `content/a/b.md`, `b/index.md` or `b/_index.md`; a relative URL in a page that is not an
 * index is resolved from the page's own URL. `{{< ref >}}` shortcodes are templates, left alone.
 */
import { basename, leavesRoot } from '../util/posix-path.js';
import type { LinkTarget, SiteProfile } from './profile.js';
import { ALL_ANCHORS, at, frontMatterText, inFolder, isExtensionless, stem, trimSlashes } from './profile.js';
import { githubSlugger } from './slugs.js';

const INDEX_PAGES = ['index.md', '_index.md'];

const isMarkdownLink = (written: string) => /\.(?:md|markdown)$/i.test(written);

/** `a/b` → `a/b.md`, `a/b/index.md`, `a/b/_index.md`; a file with an extension is only itself. */
const pageCandidates = (path: string, written: string) =>
  isExtensionless(path) || written.endsWith('/') ? [path, `${path}.md`, ...inFolder(path, INDEX_PAGES)] : [path];

function candidates({ path, written, from }: LinkTarget): string[] {
  const out = pageCandidates(path, written);
  if (written.startsWith('/')) out.push(at('static', trimSlashes(written)));
  // `content/a/b.md` is published at `/a/b/`: a relative URL in it starts from there.
  const leaf = !INDEX_PAGES.includes(basename(from));
  if (leaf && !written.startsWith('/') && !isMarkdownLink(written)) {
    const fromUrl = at(stem(from), written);
    if (!leavesRoot(fromUrl)) out.push(...pageCandidates(fromUrl, written));
  }
  return out;
}

export const hugo: SiteProfile = {
  name: 'hugo',
  title: 'Hugo',
  description:
    'a Hugo site: pages in `content/` (`/` there) at pretty URLs (`/a/b/` is `a/b.md`, `a/b/index.md` or ' +
    '`a/b/_index.md`), `/x` may be in `static/`, front matter `url`/`slug`/`aliases`, shortcodes left alone',
  markers: [
    { file: 'hugo.toml' },
    { file: 'hugo.yaml' },
    { file: 'hugo.yml' },
    { file: 'hugo.json' },
    { file: 'config.toml', withFolder: 'content' },
    { file: 'config.yaml', withFolder: 'content' },
    { file: 'config.yml', withFolder: 'content' },
    { file: 'config.json', withFolder: 'content' },
  ],
  anchors: ALL_ANCHORS,
  slugs: 'GitHub style (Hugo\'s default `autoHeadingIDType = "github"`)',
  slugger: githubSlugger,
  fragmentCase: 'exact',
  folderLinks: false,
  indexPages: INDEX_PAGES,
  rootDir: 'content',
  templates: true,
  // `x.md` is not a URL Hugo serves (without a render hook): no fix from `x.html` to it
  linksToMarkdown: false,
  candidates,
  routes(path, frontMatter) {
    const routes: string[] = [];
    const url = frontMatterText(frontMatter.url);
    if (url !== undefined) routes.push(trimSlashes(url));
    const slug = frontMatterText(frontMatter.slug);
    const folder = INDEX_PAGES.includes(basename(path)) ? at(path, '..', '..') : at(path, '..');
    if (slug !== undefined) routes.push(trimSlashes(at(folder, slug)));
    const aliases = Array.isArray(frontMatter.aliases) ? frontMatter.aliases : [];
    for (const alias of aliases) {
      const text = frontMatterText(alias);
      if (text !== undefined && text.startsWith('/')) routes.push(trimSlashes(text));
    }
    return routes;
  },
};
