/**
 * mdBook: `book.toml`, the chapters in `src/` (`[book] src`), `SUMMARY.md` as the table of
 * contents. Chapters link each other as `x.md` or as the published `x.html` (both work in the
 * book); a folder's `README.md` becomes its `index.html`. `{{#include …}}` is a preprocessor
 * directive in the text, not a link, and is left alone.
 */
import { basename, dirname } from '../util/posix-path.js';
import type { SiteProfile } from './profile.js';
import { ALL_ANCHORS, inFolder, isWebPage, stem } from './profile.js';
import { mdbookSlugger } from './slugs.js';

const INDEX_PAGES = ['README.md', 'index.md'];

export const mdbook: SiteProfile = {
  name: 'mdbook',
  title: 'mdBook',
  description:
    'an mdBook book: `x.html` is the chapter `x.md`, `index.html` and folders are `README.md`, ' +
    "`SUMMARY.md` is the table of contents, mdBook's heading ids",
  markers: [{ file: 'book.toml' }],
  anchors: ALL_ANCHORS,
  slugs: 'mdBook: letters, digits, `_` and `-` kept, ASCII in lower case, spaces to `-`; repeats `-1`, `-2`',
  slugger: mdbookSlugger,
  fragmentCase: 'exact',
  folderLinks: false,
  indexPages: INDEX_PAGES,
  tocFile: 'SUMMARY.md',
  rootDir: 'src',
  templates: false,
  candidates({ path }) {
    if (!isWebPage(path)) return [path, ...inFolder(path, INDEX_PAGES)];
    const page = stem(path);
    return basename(page) === 'index'
      ? [path, `${page}.md`, ...inFolder(dirname(page), INDEX_PAGES)]
      : [path, `${page}.md`];
  },
};
