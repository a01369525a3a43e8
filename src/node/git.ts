import { vmTimeLimit } from './time-limit.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { isAbsolute, relative, sep } from 'node:path';
import type { ChangeSet, ParseLimits } from '../types.js';
import { collectAnchors, type CollectorOptions } from '../engine/collect.js';
import { parsePage } from '../engine/parse.js';
import { isMarkdownPath } from '../helpers/links.js';
import { fileStem } from '../helpers/suggest.js';
import { UsageError } from './discover.js';
import { mapLimit } from './map-limit.js';
import { readDocument } from './read.js';

const run = promisify(execFile);

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: root, maxBuffer: 1 << 28, encoding: 'utf8' });
  return stdout;
}

/**
 * Whether a page's text may be parsed on the main thread within the memory bound (see
 * `LargePageWorker.fits`); without it, every text is parsed.
 */
export type Fits = (text: string) => Promise<boolean>;

export interface ChangedPages {
  /** Markdown pages added, modified, renamed (new name) or untracked since the ref */
  changed: Set<string>;
  changes: ChangeSet;
}

/**
 * What changed in the working tree since `ref`, from git: the pages to lint, the files deleted or
 * renamed, and the anchors that changed pages lost and gained. Paths are relative to `root` (git's
 * `--relative`), which must be inside a git work tree.
 */
export async function changesSince(
  root: string,
  ref: string,
  anchorSources?: CollectorOptions,
  limits?: ParseLimits,
  fits?: Fits,
): Promise<ChangedPages> {
  await requireRepository(root, '--changed-since');
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(
      `--changed-since: \`${ref}\` is not a commit in this repository (fetch it first in a shallow clone)`,
    );
  }
  const diff = (await git(root, ['diff', '--name-status', '-z', '-M', '--relative', ref, '--'])).split('\0');
  const untracked = (await git(root, ['ls-files', '--others', '--exclude-standard', '-z'])).split('\0').filter(Boolean);
  const current = async (path: string) => (await readDocument(root, path)).text;
  return changesFromDiff(root, ref, ref, diff, untracked, current, { anchorSources, limits, fits });
}

/**
 * What the commit being made changes (`--staged`): the index against HEAD (against nothing in a
 * repository without commits). Pages and their anchors are read from the index, not the working
 * tree, so what is judged is what will be committed.
 */
export async function changesStaged(
  root: string,
  anchorSources?: CollectorOptions,
  limits?: ParseLimits,
  fits?: Fits,
): Promise<ChangedPages> {
  await requireRepository(root, '--staged');
  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).then(
    (out) => out.trim(),
    () => EMPTY_TREE,
  );
  const diff = (await git(root, ['diff', '--cached', '--name-status', '-z', '-M', '--relative', head, '--'])).split(
    '\0',
  );
  const staged = async (path: string) => readStaged(root, path);
  return changesFromDiff(root, 'HEAD', head, diff, [], staged, { anchorSources, limits, fits });
}

/** git's empty tree: what a first commit is compared with. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

async function requireRepository(root: string, option: string): Promise<void> {
  try {
    await git(root, ['rev-parse', '--show-toplevel']);
  } catch {
    throw new UsageError(`${option} needs a git repository, and the working directory is not in one`);
  }
}

/** A file's text as staged (the index), or undefined when it is not in the index or not text. */
export async function readStaged(root: string, path: string): Promise<string | undefined> {
  try {
    const text = await git(root, ['show', `:./${path}`]);
    return text.includes('\0') ? undefined : text;
  } catch {
    return undefined;
  }
}

/** Files below `root` whose working-tree text differs from the index (unstaged changes). */
export async function unstagedFiles(root: string): Promise<string[]> {
  return (await git(root, ['diff', '--name-only', '-z', '--relative', '--'])).split('\0').filter(Boolean);
}

/** The files in the index below `root` (tracked, or staged to be): what a commit will hold. */
/**
 * Where `--staged --cache` keeps its cache: `<git folder>/doclint-cache`, which git never tracks
 * and a pull request cannot write. Undefined when the git folder is not a folder inside `root`
 * (a worktree's or a submodule's `.git` is a file that points elsewhere).
 */
export async function stagedCacheFile(root: string): Promise<string | undefined> {
  const gitDir = (await git(root, ['rev-parse', '--absolute-git-dir']).catch(() => '')).trim();
  if (gitDir === '') return undefined;
  const inRoot = relative(root, gitDir);
  if (inRoot === '' || isAbsolute(inRoot) || inRoot.split(sep).includes('..')) return undefined;
  return `${inRoot.split(sep).join('/')}/doclint-cache`;
}

export async function indexedFiles(root: string): Promise<string[]> {
  await requireRepository(root, '--staged');
  return (await git(root, ['ls-files', '--cached', '-z'])).split('\0').filter(Boolean);
}

/** How a changed page's versions are parsed for their anchors. */
interface AnchorParse {
  anchorSources: CollectorOptions | undefined;
  limits: ParseLimits | undefined;
  fits: Fits | undefined;
}

/**
 * Reads a `git diff --name-status -z -M` listing: the pages to lint (added, modified, renamed),
 * the files removed or renamed, and the anchors that modified pages lost (`ref`'s version against
 * `current`'s). `since` is how findings name what was compared with.
 */
async function changesFromDiff(
  root: string,
  since: string,
  ref: string,
  diff: readonly string[],
  untracked: readonly string[],
  current: (path: string) => Promise<string | undefined>,
  { anchorSources, limits, fits }: AnchorParse,
): Promise<ChangedPages> {
  const changed = new Set<string>(untracked.filter(isMarkdownPath));
  const removedFiles = new Map<string, string | undefined>();
  const modified: Array<{ before: string; after: string }> = [];
  for (let i = 0; i < diff.length;) {
    const status = diff[i++] ?? '';
    if (status === '') continue;
    if (status.startsWith('R') || status.startsWith('C')) {
      const before = diff[i++]!;
      const after = diff[i++]!;
      if (status.startsWith('R')) removedFiles.set(before, after);
      if (isMarkdownPath(after)) {
        changed.add(after);
        if (isMarkdownPath(before)) modified.push({ before, after });
      }
    } else {
      const path = diff[i++]!;
      if (status === 'D') removedFiles.set(path, undefined);
      else if (isMarkdownPath(path)) {
        changed.add(path);
        if (status === 'M' || status === 'T') modified.push({ before: path, after: path });
      }
    }
  }

  // A page that lost anchors breaks the links into them: compare its anchors then and now.
  const removedAnchors = new Map<string, Set<string>>();
  const addedAnchors = new Map<string, Set<string>>();
  for (const { before, after } of modified) {
    let old: string;
    try {
      old = await git(root, ['show', `${ref}:./${before}`]);
    } catch {
      continue;
    }
    const now = await current(after);
    if (now === undefined) continue;
    // A page too deep or too slow to parse, or that takes too much memory (then or now), is
    // reported when it is linted, if it is.
    if (fits && !((await fits(old)) && (await fits(now)))) continue;
    const [thenTree, nowTree] = [parsePage(old, limits, vmTimeLimit).tree, parsePage(now, limits, vmTimeLimit).tree];
    if (!thenTree || !nowTree) continue;
    const then = collectAnchors(thenTree, before, anchorSources).anchors;
    const still = collectAnchors(nowTree, after, anchorSources).anchors;
    const lost = new Set([...then].filter((anchor) => !still.has(anchor)));
    if (lost.size > 0) removedAnchors.set(after, lost);
    const gained = new Set([...still].filter((anchor) => !then.has(anchor)));
    if (gained.size > 0) addedAnchors.set(after, gained);
  }
  return { changed, changes: { since, removedFiles, removedAnchors, addedAnchors } };
}

/**
 * Pages that may link to what a change removed: a cheap text filter (the page mentions the name
 * of a removed file or of a page that lost anchors, as written or percent-encoded) ahead of the
 * real check by the link rules. A superset: the caller keeps only what the change caused.
 */
export async function pagesMentioning(
  root: string,
  pages: readonly string[],
  changes: ChangeSet,
  maxFileSize?: number,
): Promise<Set<string>> {
  const names = removedNames(changes);
  const found = new Set<string>();
  if (names.size === 0) return found;
  await mapLimit(pages, async (page) => {
    // as linting reads it: never through a symlink out of the root, never past the size limit
    const text = (await readDocument(root, page, maxFileSize)).text ?? '';
    for (const name of names) {
      if (text.includes(name)) {
        found.add(page);
        return;
      }
    }
  });
  return found;
}

/**
 * `pagesMentioning` for the index (`--staged`): the staged text of the pages, searched by git
 * itself (one `git grep --cached` for every name), which on a 2,500-page guide takes a tenth of
 * the time of reading every page.
 */
export async function stagedPagesMentioning(
  root: string,
  pages: readonly string[],
  changes: ChangeSet,
): Promise<Set<string>> {
  const names = removedNames(changes);
  if (names.size === 0) return new Set();
  const patterns = [...names].flatMap((name) => ['-e', name]);
  let listed: string;
  try {
    listed = await git(root, ['grep', '--cached', '-l', '-z', '-F', '--full-name', ...patterns, '--', '.']);
  } catch (error) {
    // git grep exits with 1 when nothing matches
    if ((error as { code?: number }).code === 1) return new Set();
    throw error;
  }
  const prefix = (await git(root, ['rev-parse', '--show-prefix'])).trim();
  const wanted = new Set(pages);
  const found = new Set<string>();
  for (const path of listed.split('\0')) {
    const inRoot = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
    if (inRoot !== undefined && wanted.has(inRoot)) found.add(inRoot);
  }
  return found;
}

/** The names a link to what a change removed contains: each removed page's stem, as written and percent-encoded. */
function removedNames(changes: ChangeSet): Set<string> {
  const names = new Set<string>();
  for (const path of [...changes.removedFiles.keys(), ...changes.removedAnchors.keys()]) {
    names.add(fileStem(path));
    names.add(encodeURIComponent(fileStem(path)));
  }
  return names;
}
