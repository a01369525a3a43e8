/**
 * Site profiles: which site generator renders the pages (`settings.site`), as data plus small
 * resolver functions, one file each. Settings carry the profile's name (they cross to worker
 * threads and into the cache key as JSON); `siteProfile(settings)` gives the profile object.
 */
import type { LinkRef, LinkSettings, ProjectIndex, Settings, SiteName } from '../rule-api/index.js';
import { isMarkdownPath, markdownTarget } from '../helpers/links.js';
import type { LinkTarget, SiteProfile } from './profile.js';
import { ALL_ANCHORS, publishedCandidates } from './profile.js';
import { githubSlugger } from './slugs.js';
import { awsGuide } from './aws-guide.js';
import { docusaurus } from './docusaurus.js';
import { github } from './github.js';
import { hugo } from './hugo.js';
import { jekyll } from './jekyll.js';
import { mdbook } from './mdbook.js';
import { mkdocs } from './mkdocs.js';

export type { LinkTarget, SiteMarker, SiteProfile, Slugger } from './profile.js';

/** Every profile, by the name `settings.site` gives. */
export const SITES: Readonly<Record<SiteName, SiteProfile>> = {
  github,
  'aws-guide': awsGuide,
  mdbook,
  mkdocs,
  docusaurus,
  hugo,
  jekyll,
};

export const SITE_NAMES = Object.keys(SITES) as SiteName[];

/**
 * The sites in the order `doclint init` looks for their markers: a generator's own config first
 * (a repository with `mkdocs.yml` is an MkDocs site even though GitHub shows it too).
 */
export const SITES_BY_SPECIFICITY: readonly SiteName[] = [
  'mdbook',
  'mkdocs',
  'docusaurus',
  'hugo',
  'jekyll',
  'aws-guide',
  'github',
];

/**
 * No site set: doclint's behaviour before profiles, exactly. Links land only on the file they
 * name; a folder needs an index page (`link-file-exists`' `directoryIndex`); `/path` is checked
 * only with `settings.rootDir`; fragments match in exact case.
 */
export const DEFAULT_SITE: SiteProfile = {
  name: 'default',
  title: 'none',
  description: 'no site set: links name files, folders need an index page, `/path` needs `settings.rootDir`',
  markers: [],
  anchors: ALL_ANCHORS,
  slugs: 'GitHub (github-slugger)',
  slugger: githubSlugger,
  fragmentCase: 'exact',
  folderLinks: false,
  indexPages: [],
  templates: false,
  candidates: ({ path }) => [path],
};

/** The profile of the site the settings name (the default without one). */
export function siteProfile(settings: Pick<Settings, 'site'>): SiteProfile {
  return settings.site === undefined ? DEFAULT_SITE : SITES[settings.site];
}

/** The link policy when the config sets none. */
export const DEFAULT_LINKS: LinkSettings = { ignore: [], sites: {} };

/** Whether a link to a folder without an index page is fine: `links.folders`, else the site's answer. */
export function folderLinksAllowed(settings: Pick<Settings, 'site' | 'links'>): boolean {
  return settings.links.folders ?? siteProfile(settings).folderLinks;
}

/** What a landing looks files up in: the project index, or part of it. */
export type FileLookup = Pick<ProjectIndex, 'hasFile'> & Partial<Pick<ProjectIndex, 'route'>>;

/**
 * The existing file a link lands on, or undefined: the first of the site's candidates that
 * exists (for a URL of the project's own site, `links.sites`, also where its published page comes
 * from), else the page published at that path by its front matter.
 */
export function landingFile(site: SiteProfile, target: LinkTarget, lookup: FileLookup): string | undefined {
  for (const candidate of site.candidates(target)) if (lookup.hasFile(candidate)) return candidate;
  if (target.published) {
    const indexPages = site.indexPages.length > 0 ? site.indexPages : ['index.md', 'README.md'];
    for (const candidate of publishedCandidates(target.path, indexPages))
      if (lookup.hasFile(candidate)) return candidate;
  }
  return lookup.route?.(target.path);
}

/**
 * The Markdown page whose anchors a link's `#fragment` is looked up in, or undefined (not
 * Markdown, or missing). Without a profile, a `page.html` that does not exist is its `page.md`
 * (a web-style link, which link-file-exists reports), as before profiles.
 */
export function anchorPage(site: SiteProfile, target: LinkTarget, lookup: FileLookup): string | undefined {
  const landed = site.name === 'default' && !target.published ? undefined : landingFile(site, target, lookup);
  if (landed !== undefined) return isMarkdownPath(landed) ? landed : undefined;
  return markdownTarget(target.path, lookup.hasFile);
}

/** A link to a file or folder of the project, as profiles see it; undefined for any other link. */
export function linkTarget(link: LinkRef): LinkTarget | undefined {
  const { target } = link;
  if (target.kind !== 'file') return undefined;
  const { path, written } = target;
  return target.published ? { path, written, from: link.from, published: true } : { path, written, from: link.from };
}

/** The table of contents file of a site that names none: a guide's `index.md`. */
export const TOC_FILE = 'index.md';

/** The file that is the site's table of contents: its profile's (`SUMMARY.md`, `mkdocs.yml`), else `index.md`. */
export const tocFileOf = (settings: Pick<Settings, 'site'>): string => siteProfile(settings).tocFile ?? TOC_FILE;

/**
 * The file the site shows for a link to `path` from `from` (mdBook's `x.html` is `x.md`), or
 * `path` itself when none is found: how the TOC rules compare links with TOC entries.
 */
export function lander(settings: Pick<Settings, 'site'>, lookup: FileLookup) {
  const site = siteProfile(settings);
  return (path: string, from = path, written = path, published = false): string =>
    landingFile(site, published ? { path, written, from, published } : { path, written, from }, lookup) ?? path;
}
