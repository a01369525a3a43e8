/**
 * Which site generator a folder is written for, from its files: for `doclint init`, which
 * proposes the preset and the settings (and says why); never applied at lint time. Pure: the
 * caller lists the folder and reads the few configuration files named in `SITE_CONFIG_FILES`.
 */
import type { SiteName } from '../rule-api/index.js';
import type { SiteProfile } from './profile.js';
import { awsGuide } from './aws-guide.js';
import { docusaurus } from './docusaurus.js';
import { github } from './github.js';
import { hugo } from './hugo.js';
import { jekyll } from './jekyll.js';
import { mdbook } from './mdbook.js';
import { mkdocs } from './mkdocs.js';

/** A file of the folder: its path relative to it (POSIX), and its text when the caller read it. */
export interface ListedFile {
  path: string;
  text?: string;
}

export interface DetectedSite {
  site: SiteName;
  profile: SiteProfile;
  /** the preset to extend: `doclint:<site>` */
  preset: string;
  /** the marker file that identified it, to tell the user */
  marker: string;
  /** what to write in the config's `settings`: the site, and the folder `/` stands for where the file says */
  settings: { site: SiteName; rootDir?: string };
}

/** The configuration files whose text `detectSite` reads for settings (the others only need to exist). */
export const SITE_CONFIG_FILES = [
  'book.toml',
  'mkdocs.yml',
  'mkdocs.yaml',
  'hugo.toml',
  'hugo.yaml',
  'config.toml',
  '_config.yml',
  '_config.yaml',
];

/** Most specific first: a repository with `mkdocs.yml` is an MkDocs site even though GitHub shows it too. */
const ORDER: readonly SiteProfile[] = [mdbook, mkdocs, docusaurus, hugo, jekyll, awsGuide, github];

/** A relative folder inside the project, as written in a generator's config, or undefined. */
function folderSetting(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const folder = value.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
  if (folder.startsWith('/') || folder === '..' || folder.startsWith('../') || /^[A-Za-z]:/.test(folder))
    return undefined;
  return folder;
}

/** A top-level `key: value` of YAML, unquoted, without a trailing comment. */
function yamlValue(text: string, key: string): string | undefined {
  const match = new RegExp(`^${key}[ \\t]*:[ \\t]*(.*)$`, 'm').exec(text);
  return match ? unquote(match[1]!.replace(/[ \t]+#.*$/, '')) : undefined;
}

/** `key = "value"` of TOML, in `[section]` (or at the top without one). */
function tomlValue(text: string, section: string | undefined, key: string): string | undefined {
  let current: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[([^\]]+)\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      current = header[1]!.trim();
      continue;
    }
    const pair = new RegExp(`^\\s*${key}\\s*=\\s*(.*)$`).exec(line);
    if (pair && current === section) return unquote(pair[1]!.replace(/\s+#.*$/, ''));
  }
  return undefined;
}

const unquote = (value: string) => {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? quoted[2]! : trimmed === '' ? undefined : trimmed;
};

/** The folder `/` stands for, from the generator's own config file. */
function rootDirFor(profile: SiteProfile, marker: string, text: string | undefined): string | undefined {
  const own = text === undefined ? undefined : configuredRoot(profile.name, marker, text);
  return folderSetting(own) ?? profile.rootDir;
}

function configuredRoot(site: SiteProfile['name'], marker: string, text: string): string | undefined {
  switch (site) {
    case 'mdbook':
      return tomlValue(text, 'book', 'src');
    case 'mkdocs':
      return yamlValue(text, 'docs_dir');
    case 'hugo':
      return marker.endsWith('.toml') ? tomlValue(text, undefined, 'contentDir') : yamlValue(text, 'contentDir');
    case 'jekyll':
      return yamlValue(text, 'source');
    default:
      return undefined;
  }
}

/**
 * The site the files are written for, or undefined when nothing identifies one. `files` lists
 * the folder (paths relative to it; a folder counts when a file lies below it), with the text of
 * the files in `SITE_CONFIG_FILES` that exist.
 */
export function detectSite(files: Iterable<ListedFile>): DetectedSite | undefined {
  const texts = new Map<string, string | undefined>();
  const folders = new Set<string>();
  for (const file of files) {
    texts.set(file.path, file.text);
    const parts = file.path.split('/');
    for (let end = 1; end < parts.length; end++) folders.add(parts.slice(0, end).join('/'));
  }
  const exists = (path: string) => texts.has(path) || folders.has(path);
  for (const profile of ORDER) {
    const marker = profile.markers.find(
      (m) =>
        exists(m.file) &&
        (m.withFolder === undefined || folders.has(m.withFolder)) &&
        (m.contains === undefined || (texts.get(m.file) ?? '').includes(m.contains)),
    );
    if (!marker) continue;
    const site = profile.name as SiteName;
    const rootDir = rootDirFor(profile, marker.file, texts.get(marker.file));
    return {
      site,
      profile,
      preset: `doclint:${site}`,
      marker: marker.file,
      settings: rootDir === undefined || rootDir === profile.rootDir ? { site } : { site, rootDir },
    };
  }
  return undefined;
}
