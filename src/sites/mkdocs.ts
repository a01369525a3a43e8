/**
 * MkDocs: `mkdocs.yml`, the pages in `docs_dir` (`docs/`). MkDocs resolves every relative link
 * from the page's file and rewrites it to the page's URL, so links name `.md` files; a folder's
 * page is its `index.md` (or `README.md`). Python-Markdown's `toc` makes the heading ids. A
 * `/path` link is a URL of the site (`docs_dir` is `/`); the `nav` of `mkdocs.yml` is the table of
 * contents (src/engine/nav-toc.ts).
 */
import type { SiteProfile } from './profile.js';
import { ALL_ANCHORS, inFolder, publishedCandidates } from './profile.js';
import { pythonMarkdownSlugger } from './slugs.js';

const INDEX_PAGES = ['index.md', 'README.md'];

export const mkdocs: SiteProfile = {
  name: 'mkdocs',
  title: 'MkDocs',
  description:
    "an MkDocs site: pages in `docs_dir` (`/` there), a folder's page is its `index.md` or `README.md`, " +
    'Python-Markdown heading ids (`_1` for repeats)',
  markers: [{ file: 'mkdocs.yml' }, { file: 'mkdocs.yaml' }],
  anchors: ALL_ANCHORS,
  slugs:
    'Python-Markdown `toc`: accents and non-ASCII dropped, punctuation dropped, lower case, ' +
    'spaces and `-` runs to one `-`; repeats `_1`, `_2`',
  slugger: pythonMarkdownSlugger,
  fragmentCase: 'exact',
  folderLinks: false,
  indexPages: INDEX_PAGES,
  rootDir: 'docs',
  tocFile: 'mkdocs.yml',
  templates: false,
  candidates({ path, written }) {
    // `/guide/setup/` is a URL of the site; a relative link names a file.
    if (written.startsWith('/')) return [path, ...publishedCandidates(path, INDEX_PAGES)];
    return [path, ...inFolder(path, INDEX_PAGES)];
  },
};
