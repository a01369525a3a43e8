/**
 * What `doclint init` finds in a tree: which site generator renders it, so which site profile
 * (`doclint:<site>`) and settings its config should start from. Only marker files are read
 * (`book.toml`, `mkdocs.yml`, …), each as a bounded regular file; nothing is executed (a
 * `docusaurus.config.js` is recognised by its name, never loaded), and a value that would point
 * outside the tree is not used.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { loadBoundedYaml } from '../config/bounded-yaml.js';
import { LENIENT_YAML } from '../../helpers/yaml.js';
import { isRecord } from '../../util/objects.js';
import { SITES, SITES_BY_SPECIFICITY, type SiteProfile } from '../../sites/index.js';
import type { SiteName } from '../../types.js';
import { leavesRoot, normalize } from '../../util/posix-path.js';
import { readRegularFile } from '../safe-path.js';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';

/** The largest marker file read: site configs are a few KB. */
const MAX_MARKER_BYTES = 1024 * 1024;

export interface Detection {
  /** the site profile, or undefined when nothing was recognised (the config extends doclint:recommended) */
  site?: SiteName;
  /** the preset the config extends */
  preset: string;
  /** what was found, for the user: `book.toml ([book] src: src)` */
  evidence: string;
  /** settings to write: the folder `/` stands for */
  rootDir?: string;
  /** folders of generated output, not to lint */
  ignores: string[];
  /** what the user should know: other markers found, values not used and why */
  notes: string[];
}

/** What a detector needs from the tree: whether a path exists, and a small file's text. */
export interface Probe {
  exists(path: string): boolean;
  /** the text of a regular file (undefined when it is missing), or throws when it cannot be read */
  read(path: string): string | undefined;
}

/** What a site's own config file adds: the folder `/` stands for, the output folders, notes. */
interface Found {
  evidence: string;
  rootDir?: string;
  ignores: string[];
  notes: string[];
}

/** Reads what a marker file says, for the sites whose config names folders; the others need only the marker. */
type Reader = (probe: Probe, marker: string) => Found;

/** A folder named in a site config, made a project path; undefined when it is absolute or leaves the tree. */
function insideFolder(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '' || value.startsWith('/') || /^[a-z]:/i.test(value)) {
    return undefined;
  }
  const folder = normalize(value.replace(/\\/g, '/')).replace(/\/+$/, '');
  return leavesRoot(folder) ? undefined : folder || '.';
}

/** The value at `keys` in parsed data, if every level is an object. */
function at(data: unknown, ...keys: string[]): unknown {
  let value = data;
  for (const key of keys) value = isRecord(value) ? value[key] : undefined;
  return value;
}

/** A folder value of a site config, or the generator's default, noting a value that cannot be used. */
function folderSetting(value: unknown, fallback: string, key: string, notes: string[]): string {
  if (value === undefined) return fallback;
  const folder = insideFolder(value);
  if (folder !== undefined) return folder;
  notes.push(`\`${key}\` does not name a folder inside the tree; using \`${fallback}\``);
  return fallback;
}

/** A marker file's data: TOML, JSON or YAML by its extension; undefined, with a note, when it cannot be read. */
function parseMarker(probe: Probe, marker: string, fallback: string, notes: string[]): unknown {
  try {
    const text = probe.read(marker) ?? '';
    if (marker.endsWith('.toml')) return parseToml(text);
    if (marker.endsWith('.json')) return JSON.parse(text) as unknown;
    return loadBoundedYaml(text, { schema: LENIENT_YAML });
  } catch {
    notes.push(`\`${marker}\` could not be read; assuming the default \`${fallback}\` folder`);
    return undefined;
  }
}

/**
 * A reader for a site whose config names the pages' folder and the output folder: where each
 * key is, and the generator's defaults.
 */
function folders(
  pages: { keys: string[]; fallback: string; shown: string },
  output?: { keys: string[]; fallback: string; shown: string },
): Reader {
  return (probe, marker) => {
    const notes: string[] = [];
    const data = parseMarker(probe, marker, pages.fallback, notes);
    const rootDir = folderSetting(at(data, ...pages.keys), pages.fallback, pages.shown, notes);
    const out = output && folderSetting(at(data, ...output.keys), output.fallback, output.shown, notes);
    return { evidence: `${marker} (${pages.shown}: ${rootDir})`, rootDir, ignores: out ? [`${out}/`] : [], notes };
  };
}

/** How each site's config file is read; a site not here is recognised by its marker alone. */
const READERS: Partial<Record<SiteName, Reader>> = {
  mdbook: folders(
    { keys: ['book', 'src'], fallback: 'src', shown: '[book] src' },
    { keys: ['build', 'build-dir'], fallback: 'book', shown: '[build] build-dir' },
  ),
  mkdocs: folders(
    { keys: ['docs_dir'], fallback: 'docs', shown: 'docs_dir' },
    { keys: ['site_dir'], fallback: 'site', shown: 'site_dir' },
  ),
  hugo: folders(
    { keys: ['contentDir'], fallback: 'content', shown: 'contentDir' },
    { keys: ['publishDir'], fallback: 'public', shown: 'publishDir' },
  ),
  jekyll: folders(
    { keys: ['source'], fallback: '.', shown: 'source' },
    { keys: ['destination'], fallback: '_site', shown: 'destination' },
  ),
  docusaurus: (_probe, marker) => ({ evidence: marker, ignores: ['build/', '.docusaurus/'], notes: [] }),
};

/** The first marker of a profile that the tree has (and the folder or text it asks for). */
function markerOf(profile: SiteProfile, probe: Probe): string | undefined {
  return profile.markers.find(
    (m) =>
      probe.exists(m.file) &&
      (m.withFolder === undefined || probe.exists(m.withFolder)) &&
      (m.contains === undefined || (probe.read(m.file) ?? '').includes(m.contains)),
  )?.file;
}

/**
 * What the tree probed is rendered by, and what its config should say: the profiles' markers
 * (src/sites/), most specific first; the site's own config file for its folders. `rootDir` is
 * given only where it differs from the profile's default.
 */
export function detectSite(probe: Probe): Detection {
  const found: Array<{ site: SiteName; found: Found }> = [];
  for (const site of SITES_BY_SPECIFICITY) {
    const profile = SITES[site];
    let marker;
    try {
      marker = markerOf(profile, probe);
    } catch {
      marker = undefined; // a marker that is not a readable regular file does not count
    }
    if (marker === undefined) continue;
    const read = READERS[site];
    found.push({ site, found: read ? read(probe, marker) : { evidence: marker, ignores: [], notes: [] } });
  }
  const [first, ...others] = found;
  if (!first) {
    return { preset: 'doclint:recommended', evidence: 'no site generator or repository found', ignores: [], notes: [] };
  }
  const { site, found: what } = first;
  const notes = [...what.notes];
  const also = others.filter((other) => other.site !== 'github').map((other) => other.found.evidence);
  if (also.length > 0) notes.push(`also found ${also.join(', ')}; chose ${what.evidence}`);
  const rootDir =
    what.rootDir === undefined || what.rootDir === (SITES[site].rootDir ?? '.') ? {} : { rootDir: what.rootDir };
  return { site, preset: `doclint:${site}`, evidence: what.evidence, ...rootDir, ignores: what.ignores, notes };
}

/** A probe of the folder `root` on disk: entries by lstat (a link is not followed), files bounded in size. */
export function diskProbe(root: string): Probe {
  return {
    exists(path) {
      try {
        lstatSync(join(root, path));
        return true;
      } catch {
        return false;
      }
    },
    read(path) {
      return readRegularFile(join(root, path), MAX_MARKER_BYTES)?.toString('utf8');
    },
  };
}

/** The config file in folder `root` (package.json only with a `doclint` key), or undefined. */
export function configFileIn(root: string): string | undefined {
  const probe = diskProbe(root);
  return CONFIG_FILE_NAMES.find((name) => {
    if (!probe.exists(name)) return false;
    if (name !== 'package.json') return true;
    try {
      const data: unknown = JSON.parse(probe.read(name) ?? '');
      return isRecord(data) && data.doclint !== undefined;
    } catch {
      return false;
    }
  });
}
