import { vmTimeLimit } from './time-limit.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { AnchorSettings, ChangeSet, ParseLimits } from '../types.js';
import { collectAnchors } from '../engine/collect.js';
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

export interface ChangedPages {
  /** Markdown pages added, modified, renamed (new name) or untracked since the ref */
  changed: Set<string>;
  changes: ChangeSet;
}

/**
 * What changed in the working tree since `ref`, from git: the pages to lint, the files deleted or
 * renamed, and the anchors that changed pages lost. Paths are relative to `root` (git's
 * `--relative`), which must be inside a git work tree.
 */
export async function changesSince(
  root: string,
  ref: string,
  anchorSources?: AnchorSettings,
  limits?: ParseLimits,
): Promise<ChangedPages> {
  try {
    await git(root, ['rev-parse', '--show-toplevel']);
  } catch {
    throw new UsageError('--changed-since needs a git repository, and the working directory is not in one');
  }
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(
      `--changed-since: \`${ref}\` is not a commit in this repository (fetch it first in a shallow clone)`,
    );
  }
  const diff = (await git(root, ['diff', '--name-status', '-z', '-M', '--relative', ref, '--'])).split('\0');
  const untracked = (await git(root, ['ls-files', '--others', '--exclude-standard', '-z'])).split('\0').filter(Boolean);

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
  for (const { before, after } of modified) {
    let old: string;
    try {
      old = await git(root, ['show', `${ref}:./${before}`]);
    } catch {
      continue;
    }
    const now = (await readDocument(root, after)).text;
    if (now === undefined) continue;
    // A page too deep or too slow to parse (then or now) is reported when it is linted, if it is.
    const [thenTree, nowTree] = [parsePage(old, limits, vmTimeLimit).tree, parsePage(now, limits, vmTimeLimit).tree];
    if (!thenTree || !nowTree) continue;
    const then = collectAnchors(thenTree, before, anchorSources).anchors;
    const still = collectAnchors(nowTree, after, anchorSources).anchors;
    const lost = new Set([...then].filter((anchor) => !still.has(anchor)));
    if (lost.size > 0) removedAnchors.set(after, lost);
  }
  return { changed, changes: { since: ref, removedFiles, removedAnchors } };
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
  const names = new Set<string>();
  for (const path of [...changes.removedFiles.keys(), ...changes.removedAnchors.keys()]) {
    names.add(fileStem(path));
    names.add(encodeURIComponent(fileStem(path)));
  }
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
