/**
 * What a site profile is: the data and the few small functions that say how a site generator
 * (GitHub, mdBook, MkDocs …) turns Markdown pages into a site, as far as links are concerned.
 * Pure: no Node, no file system; the engine and the rules ask it questions with what they know.
 */
import type { AnchorSettings, SiteName } from '../rule-api/index.js';
import { basename, dirname, join } from '../util/posix-path.js';

/** Makes the heading ids of one page, in page order (a repeated heading gets a numbered id). */
export interface Slugger {
  slug(text: string): string;
}

/**
 * A file that identifies the site generator, for `doclint init`: its name relative to the folder
 * looked at, and what else must be there for it to count.
 */
export interface SiteMarker {
  /** a file name or path (`book.toml`, `docusaurus.config.js`, `doc_source/index.md`) */
  file: string;
  /** a folder that must be there too (Hugo's `content`, whose config file `config.toml` is common) */
  withFolder?: string;
  /** text the file must contain (a `_config.yml` is Jekyll's only with …); none: any content */
  contains?: string;
}

/** A link as a profile sees it when asked where it lands. */
export interface LinkTarget {
  /** the file or folder it names, POSIX relative to the project root */
  path: string;
  /** the destination as written, without `?query` and `#fragment` (an absolute URL for `links.sites`) */
  written: string;
  /** the page the link is in */
  from: string;
  /** a URL of the project's own site (`links.sites`): it names the published page */
  published?: boolean;
}

export interface SiteProfile {
  name: SiteName | 'default';
  /** the generator's own name, as its users write it */
  title: string;
  /** one line: what the profile changes, for `--explain` and the README */
  description: string;
  /** files that identify the site (any one of them), for `doclint init` */
  markers: readonly SiteMarker[];
  /** the anchor sources the generator makes; `settings.anchors` overrides each */
  anchors: AnchorSettings;
  /** how heading ids are made, in words */
  slugs: string;
  /** a new slugger for one page */
  slugger(): Slugger;
  /**
   * how a fragment meets an anchor: `exact` (a browser on a static page), or `lowercase` (GitHub's
   * page script also tries the fragment in lower case, so `#Setup` finds the heading `setup`)
   */
  fragmentCase: 'exact' | 'lowercase';
  /** a link to a folder shows something (a listing) even without an index page */
  folderLinks: boolean;
  /** the pages that stand for their folder, in order */
  indexPages: readonly string[];
  /** the file name of a table of contents (`index.md`, mdBook's `SUMMARY.md`); none: the default */
  tocFile?: string;
  /** what `/` is when `settings.rootDir` is not set: a folder of the project (`.` for a repository's root) */
  rootDir?: string;
  /**
   * the host that root-relative links are on, when they lead to other sites under one domain
   * (AWS guides link `/kms/latest/…`): such a link is checked when `links.sites` maps it, else not
   */
  origin?: string;
  /**
   * links to a page name its Markdown file (`x.md`), which the generator (or GitHub) turns into the
   * page's URL, so a link to a missing `x.html` is fixed to `x.md`; false where links are URLs
   * (Hugo's `x/`) and `x.md` would not be the one right answer. Unset: true.
   */
  linksToMarkdown?: boolean;
  /** destinations with `{{ }}` or `{% %}` are templates the generator fills in: not checked */
  templates: boolean;
  /** the files a link may land on, best first; the first that exists is where it lands */
  candidates(target: LinkTarget): string[];
  /** a destination the generator rewrites to a path from the project root (Docusaurus `@site/…`) */
  alias?(written: string): string | undefined;
  /**
   * the site paths (relative to `/`, no `/` at either end) a page is published at by its front
   * matter (Docusaurus `id`/`slug`, Jekyll `permalink`, Hugo `url`/`slug`/`aliases`), beyond its file
   */
  routes?(path: string, frontMatter: Readonly<Record<string, unknown>>): string[];
}

const MARKDOWN_EXTENSION = /\.(?:md|markdown|mdown|mkd|mdx)$/i;
const WEB_PAGE = /\.html?$/i;

/** `page` for `page.md`, `page.html`; the path itself when it has neither. */
export const stem = (path: string) => path.replace(MARKDOWN_EXTENSION, '').replace(WEB_PAGE, '');

export const isWebPage = (path: string) => WEB_PAGE.test(path);

/** The last segment has no extension (`guide/setup`, `guide/setup/`): a URL of a page, not a file. */
export const isExtensionless = (path: string) => !basename(path).includes('.');

/** Joined and without a trailing `/`: a path in the project. */
export const at = (...parts: string[]) => join(...parts).replace(/\/+$/, '') || '.';

/** `a/b/<name>` for each index page name of folder `a/b`. */
export const inFolder = (folder: string, names: readonly string[]) => names.map((name) => at(folder, name));

/**
 * Where a URL of the published site lands in the sources, whatever the generator: `x.html` is
 * `x.md`, `x/` or `x` is `x.md` or the folder's index page. For `links.sites` and pretty URLs.
 */
export function publishedCandidates(path: string, indexPages: readonly string[]): string[] {
  if (isWebPage(path)) {
    const page = stem(path);
    return basename(page) === 'index' ? [`${page}.md`, ...inFolder(dirname(page), indexPages)] : [`${page}.md`];
  }
  if (isExtensionless(path)) return [`${path}.md`, ...inFolder(path, indexPages)];
  return [];
}

/** A front matter value as text, when it is one. */
export const frontMatterText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** A site path without `/` at either end (`/a/b/` → `a/b`; `/` → ``). */
export const trimSlashes = (path: string) => path.replace(/^\/+/, '').replace(/\/+$/, '');

/** Every anchor source on: what doclint assumes without a site. */
export const ALL_ANCHORS: AnchorSettings = { headingSlugs: true, htmlId: true, htmlName: true, customIds: true };
