import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { LinkKind, LinkRef, PageFacts, SourceDocument } from '../types.js';
import type { ResolvedLink } from '../rule-api/index.js';
import type { PageOutcome } from '../engine/page-phase.js';
import { describeFsError } from './read.js';
import { writeFileAtomic } from './write-atomic.js';
import { cacheEntryProblem } from './cache-shape.js';
import { readRegularFile, safeWritePath, UnsafePathError } from './safe-path.js';

export const DEFAULT_CACHE_FILE = '.doclintcache';

/** The start of every cache file doclint writes: how a cache of ours is told from a foreign file. */
const MAGIC = '{"tool":"doclint-cache"';
const FORMAT = 4;

/** A cache larger than this is not read (a string cannot be much longer in V8). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * Whether git tracks `file`: a cache committed to the repository came with the checkout (a pull
 * request's, say) and may have been forged to hide findings, so it is never used. No git, or not
 * a repository: not tracked. Arguments go to git directly (no shell), after `--`.
 */
function trackedByGit(file: string): Promise<boolean> {
  return new Promise((done) => {
    execFile(
      'git',
      ['ls-files', '--error-unmatch', '--', basename(file)],
      { cwd: dirname(file), timeout: 30_000, windowsHide: true },
      (error) => done(!error),
    );
  });
}

/**
 * A link as a tuple, without the page it is in (the entry's key): a guide's cache holds a
 * hundred thousand links, and field names and the repeated path would be two thirds of it.
 * The position is start line, column, offset, then end line, column, offset; then, when the
 * destination's place as written is known, its start line, column, end line, column.
 */
type StoredLink = [url: string, kind: LinkKind, target: ResolvedLink, ...position: number[]];

type StoredFacts = Omit<PageFacts, 'anchors' | 'codeAnchors' | 'links'> & {
  anchors: string[];
  codeAnchors: string[];
  links: StoredLink[];
};
type StoredOutcome = Omit<PageOutcome, 'facts'> & { facts?: StoredFacts };

/** A file's size and modification time (ms): when both are as stored, its text is taken to be as well. */
export type FileStamp = [size: number, mtimeMs: number];

interface StoredPage {
  /** hash of the page's text */
  hash: string;
  /** key of the config the page was linted with */
  config: string;
  /** the file's stamp when the text of `hash` was read, if it can be trusted (see `stampOf`) */
  stamp?: FileStamp;
  outcome: StoredOutcome;
}

/**
 * How long after a file's last change its stamp is trusted (ms). A file written twice within
 * its file system's timestamp granularity (up to 2 s) keeps one mtime; if it also kept its
 * size, its stamp would hide the second write. Git refuses to trust such "racily clean" entries
 * for the same reason.
 */
const SETTLED_MS = 2_000;

/**
 * The stamp of a page file: undefined for a symbolic link (its target may change alone), for
 * anything that is not a regular file, and for a file changed in the last 2 s (see SETTLED_MS).
 */
export function stampOf(file: string, now = Date.now()): FileStamp | undefined {
  let stats;
  try {
    stats = lstatSync(file);
  } catch {
    return undefined;
  }
  if (!stats.isFile() || now - stats.mtimeMs < SETTLED_MS) return undefined;
  return [stats.size, stats.mtimeMs];
}

interface CacheData {
  tool: 'doclint-cache';
  format: number;
  version: string;
  pages: Record<string, StoredPage>;
}

/** A hash of a page's text, to know whether the cached outcome is still the page's. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/**
 * The hash of a page as read: its text's, and for text decoded from bytes that are not UTF-8, the
 * problem too (a file that spells U+FFFD as UTF-8 has the same text and lints clean).
 */
export function documentHash({ text = '', encodingProblem }: SourceDocument): string {
  return encodingProblem ? `${contentHash(text)}!${contentHash(JSON.stringify(encodingProblem))}` : contentHash(text);
}

/** A key for everything besides the text that decides a page's outcome: the config and the rules. */
export function configKey(config: unknown, ruleIds: readonly string[]): string {
  return createHash('sha1')
    .update(JSON.stringify([config, ruleIds]))
    .digest('base64')
    .slice(0, 16);
}

function storeLink({ url, kind, target, position: { start, end }, destination }: LinkRef): StoredLink {
  const stored: StoredLink = [url, kind, target, start.line, start.column, start.offset ?? -1, end.line, end.column];
  stored.push(end.offset ?? -1);
  if (destination)
    stored.push(destination.start.line, destination.start.column, destination.end.line, destination.end.column);
  return stored;
}

function restoreLink(from: string, [url, kind, target, ...at]: StoredLink): LinkRef {
  const point = (line = 1, column = 1, offset = -1) => (offset === -1 ? { line, column } : { line, column, offset });
  const link: LinkRef = {
    from,
    url,
    kind,
    target,
    position: { start: point(at[0], at[1], at[2]), end: point(at[3], at[4], at[5]) },
  };
  if (at.length === 10) link.destination = { start: point(at[6], at[7]), end: point(at[8], at[9]) };
  return link;
}

function store(outcome: PageOutcome): StoredOutcome {
  if (!outcome.facts) return outcome as StoredOutcome;
  const { facts } = outcome;
  return {
    ...outcome,
    facts: {
      ...facts,
      anchors: [...facts.anchors],
      codeAnchors: [...facts.codeAnchors],
      links: facts.links.map(storeLink),
    },
  };
}

function restore(path: string, stored: StoredOutcome): PageOutcome {
  if (!stored.facts) return stored as PageOutcome;
  const { facts } = stored;
  return {
    ...stored,
    facts: {
      ...facts,
      anchors: new Set(facts.anchors),
      codeAnchors: new Set(facts.codeAnchors),
      links: facts.links.map((link) => restoreLink(path, link)),
    },
  };
}

/**
 * The persistent cache of the per-page phase (`--cache`): per page, keyed by its text's hash,
 * the config and doclint's version, the outcome of parsing and walking it. The cross-file phase
 * always runs again from these outcomes, so links into a changed page are re-checked.
 *
 * A cache file of another doclint version is started anew; a file that is not a doclint cache
 * is ignored with a warning and never overwritten; a corrupt one (not JSON, or any entry of the
 * wrong shape, see cache-shape.ts) is warned about once and rebuilt. A cache that came with the
 * checkout cannot be trusted (its entries, stamps included, can be forged to hide findings): one
 * that git tracks, or that is a symbolic link or not a regular file, is refused with a warning,
 * neither read nor overwritten; and it is read and written only inside the folder the user named
 * (see safe-path.ts).
 */
export class PageCache {
  private readonly pages = new Map<string, StoredPage>();
  private changed = false;

  private constructor(
    readonly file: string,
    /** the location as the user gave it, for messages */
    private readonly shown: string,
    private readonly version: string,
    private readonly writable: boolean,
  ) {}

  /**
   * A cache kept in memory only, never read from or written to a file: `--watch` keeps one across
   * its runs, so that a run parses only the pages that changed since the last.
   */
  static inMemory(version: string): PageCache {
    return new PageCache('', '', version, false);
  }

  /**
   * Opens the cache at `location` (a file, or a folder to hold `.doclintcache`); messages name
   * it as `shown` (the path as the user wrote it).
   */
  static async open(
    location: string,
    version: string,
    warn: (message: string) => void,
    shown = location,
    cwd = dirname(location),
  ): Promise<PageCache> {
    let file = location;
    try {
      if ((await stat(location)).isDirectory()) file = join(location, DEFAULT_CACHE_FILE);
    } catch {
      // does not exist yet: a file
    }
    const unusable = (message: string) => {
      warn(message);
      return new PageCache(file, shown, version, false);
    };
    let text: string | undefined;
    try {
      // Only a regular file inside the folder the user named, never through a symbolic link.
      file = await safeWritePath(cwd, file);
      text = readRegularFile(file, MAX_CACHE_BYTES)?.toString('utf8');
    } catch (error) {
      if (error instanceof UnsafePathError) {
        if (error.code === 'ENOENT') return new PageCache(file, shown, version, true); // saving says so
        if (error.code === 'ESYMLINK')
          return unusable(
            `the cache file \`${shown}\` is a symbolic link; linting without a cache and leaving it alone`,
          );
        if (error.code === 'ENOTREG')
          return unusable(
            `the cache file \`${shown}\` is not a regular file; linting without a cache and leaving it alone`,
          );
        return unusable(
          `cannot use the cache file \`${shown}\`: ` +
            `${error.message.replace(/; doclint does not write through it$/, '')}; linting without a cache`,
        );
      }
      return unusable(`cannot read the cache file \`${shown}\` (${describeFsError(error)}); linting without it`);
    }
    if (text === undefined || text === '') return new PageCache(file, shown, version, true);
    if (!text.startsWith(MAGIC)) {
      return unusable(
        `\`${shown}\` is not a doclint cache; linting without a cache and leaving the file alone ` +
          '(remove it or pass another --cache-location)',
      );
    }
    if (await trackedByGit(file)) {
      return unusable(
        `the cache file \`${shown}\` is tracked by git: it came with the checkout, so it cannot be trusted; ` +
          'linting without it and leaving it alone (remove it from git and add it to .gitignore)',
      );
    }
    const cache = new PageCache(file, shown, version, true);
    const corrupt = (reason: string) => {
      warn(`the cache file \`${shown}\` is corrupt (${reason}); starting a new one`);
      cache.pages.clear();
      cache.changed = true;
      return cache;
    };
    let data: CacheData;
    try {
      data = JSON.parse(text) as CacheData;
      if (data.format !== FORMAT || typeof data.pages !== 'object' || data.pages === null || Array.isArray(data.pages))
        throw new Error('unknown format');
    } catch (error) {
      // JSON.parse quotes the text it stopped at: keep the reason short, and the warning is escaped
      return corrupt((error as Error).message.slice(0, 200));
    }
    if (data.version !== version) {
      cache.changed = true;
      return cache;
    }
    for (const [path, page] of Object.entries(data.pages)) {
      const problem = cacheEntryProblem(path, page);
      if (problem) return corrupt(`page \`${path.slice(0, 200)}\`: ${problem}`);
      cache.pages.set(path, page);
    }
    return cache;
  }

  /** The cached outcome of this page, if it was linted with the same text and config. */
  get(path: string, hash: string, config: string): PageOutcome | undefined {
    const page = this.pages.get(path);
    if (!page || page.hash !== hash || page.config !== config) return undefined;
    return restore(path, page.outcome);
  }

  /**
   * The cached outcome of this page, if its file's stamp and the config are as stored: the
   * page is not read at all (`--cache-strategy metadata`).
   */
  getByStamp(path: string, stamp: FileStamp, config: string): PageOutcome | undefined {
    const page = this.pages.get(path);
    if (!page?.stamp || page.stamp[0] !== stamp[0] || page.stamp[1] !== stamp[1] || page.config !== config)
      return undefined;
    return restore(path, page.outcome);
  }

  /**
   * Records the stamp of a page whose text was found unchanged (a checkout touched it, say), so
   * that the next run need not read it.
   */
  restamp(path: string, stamp: FileStamp | undefined): void {
    const page = this.pages.get(path);
    if (!page || !stamp || (page.stamp?.[0] === stamp[0] && page.stamp[1] === stamp[1])) return;
    page.stamp = stamp;
    this.changed = true;
  }

  set(path: string, hash: string, config: string, outcome: PageOutcome, stamp?: FileStamp): void {
    this.pages.set(path, { hash, config, ...(stamp ? { stamp } : {}), outcome: store(outcome) });
    this.changed = true;
  }

  /** Forgets the pages that no longer exist. */
  retain(exists: (path: string) => boolean): void {
    for (const path of this.pages.keys()) {
      if (!exists(path)) {
        this.pages.delete(path);
        this.changed = true;
      }
    }
  }

  /** Writes the cache back (atomically), if anything changed. */
  async save(warn: (message: string) => void): Promise<void> {
    if (!this.changed || !this.writable) return;
    const pages: Record<string, StoredPage> = Object.create(null);
    for (const [path, page] of this.pages) pages[path] = page;
    const body = JSON.stringify({ format: FORMAT, version: this.version, pages });
    try {
      // checked again: the folder may have been made (or replaced) since the cache was opened
      await writeFileAtomic(await safeWritePath(dirname(this.file), this.file), `${MAGIC},${body.slice(1)}`);
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'its folder does not exist'
          : error instanceof UnsafePathError
            ? error.message
            : describeFsError(error);
      warn(`cannot write the cache file \`${this.shown}\` (${reason}); the next run will lint every page again`);
    }
  }
}
