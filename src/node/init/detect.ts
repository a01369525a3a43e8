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
import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag } from 'js-yaml';
import { loadBoundedYaml } from '../config/bounded-yaml.js';
import { isRecord } from '../../util/objects.js';
import { normalize } from '../../util/posix-path.js';
import { readRegularFile } from '../safe-path.js';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';

/** The largest marker file read: site configs are a few KB. */
const MAX_MARKER_BYTES = 1024 * 1024;

export interface Detection {
  /** the site profile, or undefined when nothing was recognised (the config extends doclint:recommended) */
  site?: SiteName;
  /** the preset the config extends */
  preset: string;
  /** what was found, for the user: `book.toml ([book] src = "src")` */
  evidence: string;
  /** settings to write: the folder `/` stands for */
  rootDir?: string;
  /** folders of generated output, not to lint */
  ignores: string[];
  /** what the user should know: other markers found, values not used and why */
  notes: string[];
}

export type SiteName = 'mdbook' | 'mkdocs' | 'docusaurus' | 'hugo' | 'jekyll' | 'aws-guide' | 'github';

/** What a detector needs from the tree: whether a path exists, and a small file's text. */
export interface Probe {
  exists(path: string): boolean;
  /** the text of a regular file (undefined when it is missing), or throws when it cannot be read */
  read(path: string): string | undefined;
}

type Found = Omit<Detection, 'preset' | 'notes'> & { notes?: string[] };
type Detector = (probe: Probe) => Found | undefined;

/** A folder named in a site config, made a project path; undefined when it is absolute or leaves the tree. */
function insideFolder(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '' || value.startsWith('/') || /^[a-z]:/i.test(value)) {
    return undefined;
  }
  const folder = normalize(value.replace(/\\/g, '/')).replace(/\/+$/, '');
  return folder === '..' || folder.startsWith('../') ? undefined : folder || '.';
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

/** mdBook: `book.toml`; pages under `[book] src` (default `src`). */
const mdbook: Detector = (probe) => {
  if (!probe.exists('book.toml')) return undefined;
  const notes: string[] = [];
  let data: unknown;
  try {
    data = parseToml(probe.read('book.toml') ?? '');
  } catch {
    notes.push('`book.toml` is not valid TOML; assuming the default `src` folder');
  }
  const src = folderSetting(at(data, 'book', 'src'), 'src', '[book] src', notes);
  const build = folderSetting(at(data, 'build', 'build-dir'), 'book', '[build] build-dir', notes);
  return { site: 'mdbook', evidence: `book.toml ([book] src = "${src}")`, rootDir: src, ignores: [`${build}/`], notes };
};

/**
 * The YAML tags site configs use that a plain loader refuses (`!ENV`, `!!python/name:…` in
 * mkdocs.yml): read as plain values, since only a few plain keys are needed.
 */
const LENIENT_YAML = CORE_SCHEMA.withTags(
  ['!', 'tag:yaml.org,2002:python/'].flatMap((prefix) => [
    defineScalarTag(prefix, { matchByTagPrefix: true, resolve: (source) => source, identify: () => false }),
    defineSequenceTag<unknown[]>(prefix, {
      matchByTagPrefix: true,
      create: () => [],
      addItem: (list, item) => void list.push(item),
      identify: () => false,
    }),
    defineMappingTag<Record<string, unknown>>(prefix, {
      matchByTagPrefix: true,
      create: () => ({}),
      addPair: (map, key, value) => {
        if (typeof key === 'string') Object.defineProperty(map, key, { value, enumerable: true, writable: true });
        return '';
      },
      has: (map, key) => typeof key === 'string' && Object.hasOwn(map, key),
      keys: (map) => Object.keys(map),
      get: (map, key) => (typeof key === 'string' ? map[key] : undefined),
      identify: () => false,
    }),
  ]),
);

/** MkDocs: `mkdocs.yml`; pages under `docs_dir` (default `docs`), `site_dir` generated. */
const mkdocs: Detector = (probe) => {
  const name = ['mkdocs.yml', 'mkdocs.yaml'].find((file) => probe.exists(file));
  if (name === undefined) return undefined;
  const notes: string[] = [];
  let data: unknown;
  try {
    data = loadBoundedYaml(probe.read(name) ?? '', { schema: LENIENT_YAML });
  } catch {
    notes.push(`\`${name}\` could not be read as YAML; assuming the default \`docs\` folder`);
  }
  const docs = folderSetting(at(data, 'docs_dir'), 'docs', 'docs_dir', notes);
  const site = folderSetting(at(data, 'site_dir'), 'site', 'site_dir', notes);
  return { site: 'mkdocs', evidence: `${name} (docs_dir: ${docs})`, rootDir: docs, ignores: [`${site}/`], notes };
};

/** Docusaurus: `docusaurus.config.*` (recognised by name; never run). */
const docusaurus: Detector = (probe) => {
  const name = ['js', 'ts', 'mjs', 'cjs', 'mts', 'cts']
    .map((ext) => `docusaurus.config.${ext}`)
    .find((file) => probe.exists(file));
  if (name === undefined) return undefined;
  return { site: 'docusaurus', evidence: name, ignores: ['build/', '.docusaurus/'] };
};

/** Hugo: `hugo.*`, or `config.*` beside a `content` folder; pages under `contentDir` (default `content`). */
const hugo: Detector = (probe) => {
  const names = ['toml', 'yaml', 'yml', 'json'].flatMap((ext) => [`hugo.${ext}`, `config.${ext}`]);
  const name = names.find((file) => probe.exists(file) && (file.startsWith('hugo.') || probe.exists('content')));
  if (name === undefined) return undefined;
  const notes: string[] = [];
  let data: unknown;
  try {
    const text = probe.read(name) ?? '';
    data = name.endsWith('.toml') ? parseToml(text) : name.endsWith('.json') ? JSON.parse(text) : loadBoundedYaml(text);
  } catch {
    notes.push(`\`${name}\` could not be read; assuming the default \`content\` folder`);
  }
  const content = folderSetting(at(data, 'contentDir'), 'content', 'contentDir', notes);
  const publish = folderSetting(at(data, 'publishDir'), 'public', 'publishDir', notes);
  return {
    site: 'hugo',
    evidence: `${name} (contentDir: ${content})`,
    rootDir: content,
    ignores: [`${publish}/`],
    notes,
  };
};

/** Jekyll: `_config.yml`; the site is the tree, `_site` generated. */
const jekyll: Detector = (probe) => {
  const name = ['_config.yml', '_config.yaml'].find((file) => probe.exists(file));
  if (name === undefined) return undefined;
  return { site: 'jekyll', evidence: name, rootDir: '.', ignores: ['_site/'] };
};

/** An AWS guide as published on GitHub: `doc_source/` with `index.md`, its table of contents. */
const awsGuide: Detector = (probe) => {
  if (probe.exists('doc_source/index.md')) return { site: 'aws-guide', evidence: 'doc_source/index.md', ignores: [] };
  return undefined;
};

/** A repository rendered by GitHub: a `.git` entry (a folder, or a file in a worktree). */
const github: Detector = (probe) =>
  probe.exists('.git')
    ? { site: 'github', evidence: '.git (a git repository, as GitHub renders it)', ignores: [] }
    : undefined;

/** In order: a site generator's own config wins over the layout of the repository it sits in. */
const DETECTORS: ReadonlyArray<[SiteName, Detector]> = [
  ['mdbook', mdbook],
  ['mkdocs', mkdocs],
  ['docusaurus', docusaurus],
  ['hugo', hugo],
  ['jekyll', jekyll],
  ['aws-guide', awsGuide],
  ['github', github],
];

/** What the tree probed is rendered by, and what its config should say. */
export function detectSite(probe: Probe): Detection {
  const found: Found[] = [];
  for (const [, detector] of DETECTORS) {
    const result = detector(probe);
    if (result) found.push(result);
  }
  const [first, ...others] = found;
  if (!first) {
    return { preset: 'doclint:recommended', evidence: 'no site generator or repository found', ignores: [], notes: [] };
  }
  const notes = [...(first.notes ?? [])];
  const alsoSites = others.filter((other) => other.site !== 'github').map((other) => other.evidence);
  if (alsoSites.length > 0) notes.push(`also found ${alsoSites.join(', ')}; chose ${first.evidence}`);
  return { ...first, preset: `doclint:${first.site!}`, notes };
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
