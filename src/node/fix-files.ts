/**
 * `--fix` and `--fix-dry-run`: lint, apply each page's fixes in one pass (src/engine/apply-fixes.ts),
 * lint the fixed text again, up to 10 passes (as ESLint does), until no fix applies. The fixed
 * text stays in memory between passes; `--fix` writes each changed page once at the end,
 * atomically, and only a page that is still the file that was read.
 */
import { access, constants, lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic, Fix } from '../types.js';
import { applyFixes } from '../engine/apply-fixes.js';
import { isMarkdownPath } from '../helpers/links.js';
import { PageCache } from './cache.js';
import { lintFiles, type LintFilesOptions, type LintFilesResult } from './lint-files.js';
import { checkBytes, decodePage, describeFsError } from './read.js';
import { readVersion } from './version.js';
import { writeFileAtomic } from './write-atomic.js';

/** ESLint's bound: a rule whose fixes keep making work for another stops here. */
export const MAX_FIX_PASSES = 10;

/** A page the fixes changed: its text as read and as fixed. */
export interface FixedPage {
  path: string;
  before: string;
  after: string;
  /** how many fixes were applied to it, over every pass */
  fixes: number;
}

export interface FixFilesResult extends LintFilesResult {
  /** the pages the fixes changed, in path order (written, with `write`, unless in `skipped`) */
  fixed: FixedPage[];
  /** pages with fixes that were not fixed, and why (a symbolic link, read-only, changed on disk …) */
  skipped: Array<{ path: string; reason: string }>;
  /** lint passes run */
  passes: number;
}

/** A page as read before its first fix: its bytes (to tell whether it changed since), text and mode. */
interface Original {
  bytes: Buffer;
  text: string;
  mode: number;
}

/** The page's file as read for fixing, or why it is not fixed. */
async function readOriginal(cwd: string, path: string, write: boolean): Promise<Original | string> {
  if (!isMarkdownPath(path)) return 'it is not a Markdown page';
  const file = join(cwd, path);
  try {
    const stats = await lstat(file);
    if (stats.isSymbolicLink()) return 'it is a symbolic link (doclint fixes only regular files)';
    if (!stats.isFile()) return 'it is not a regular file';
    if (write) {
      const denied = await access(file, constants.W_OK).then(
        () => (stats.mode & 0o222) === 0,
        () => true,
      );
      if (denied) return 'it is read-only';
    }
    const bytes = await readFile(file);
    const problem = checkBytes(bytes);
    if (problem) return problem;
    const { text, encodingProblem } = decodePage(bytes);
    if (encodingProblem || text === undefined) {
      return 'it is not valid UTF-8 (a fix would write U+FFFD for the bad bytes)';
    }
    return { bytes, text, mode: stats.mode & 0o7777 };
  } catch (error) {
    return `it could not be read: ${describeFsError(error)}`;
  }
}

/** What the passes share. */
interface State {
  originals: Map<string, Original>;
  /** each changed page's text after the fixes so far */
  texts: Map<string, string>;
  /** per page, the edits made (rule, replaced text, new text): the same edit is never made twice */
  made: Map<string, Set<string>>;
  counts: Map<string, number>;
  skipped: Map<string, string>;
}

const editKey = (ruleId: string | null, replaced: string, fix: Fix) => JSON.stringify([ruleId, replaced, fix.text]);

/** Applies one pass of fixes to every page that has some; whether any applied. */
async function fixPass(cwd: string, write: boolean, results: LintFilesResult['results'], state: State) {
  let changed = false;
  for (const result of results) {
    const withFix = result.diagnostics.filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined);
    if (withFix.length === 0 || state.skipped.has(result.path)) continue;
    let text = state.texts.get(result.path);
    if (text === undefined) {
      const original = await readOriginal(cwd, result.path, write);
      if (typeof original === 'string') {
        state.skipped.set(result.path, original);
        continue;
      }
      state.originals.set(result.path, original);
      text = original.text;
    }
    const made = state.made.get(result.path) ?? new Set<string>();
    const keys: string[] = [];
    const applied = applyFixes(
      text,
      withFix.map((d) => d.fix),
      (replaced, fix, index) => {
        const key = editKey(withFix[index]!.ruleId, replaced, fix);
        keys[index] = key;
        return made.has(key);
      },
    );
    if (applied.applied.length === 0 || applied.text === text) continue;
    for (const index of applied.applied) made.add(keys[index]!);
    state.made.set(result.path, made);
    state.counts.set(result.path, (state.counts.get(result.path) ?? 0) + applied.applied.length);
    state.texts.set(result.path, applied.text);
    changed = true;
  }
  return changed;
}

/** Writes each fixed page that is still the file that was read; the others are skipped. */
async function writeFixed(cwd: string, state: State): Promise<void> {
  for (const [path, text] of state.texts) {
    const original = state.originals.get(path)!;
    if (text === original.text) continue;
    const file = join(cwd, path);
    const now = await readFile(file).catch(() => undefined);
    const stats = await lstat(file).catch(() => undefined);
    if (!now || !stats?.isFile() || !now.equals(original.bytes)) {
      state.skipped.set(path, 'it changed on disk while doclint ran; run doclint --fix again');
      continue;
    }
    try {
      await writeFileAtomic(file, text, original.mode);
    } catch (error) {
      state.skipped.set(path, `it could not be written: ${describeFsError(error)}`);
    }
  }
}

/**
 * Lints, fixes, and lints again until no fix applies (at most `MAX_FIX_PASSES` lint passes); with
 * `write`, writes the fixed pages. The results are what remains: of the fixed text, or, when a
 * page could not be written, of the files on disk as they are.
 */
export async function fixFiles(options: LintFilesOptions, write: boolean): Promise<FixFilesResult> {
  const state: State = {
    originals: new Map(),
    texts: new Map(),
    made: new Map(),
    counts: new Map(),
    skipped: new Map(),
  };
  // Pages the fixes did not touch are not parsed again in the next pass.
  const pageCache = options.pageCache ?? (options.cache ? undefined : PageCache.inMemory(readVersion()));
  const lintPass = () => lintFiles({ ...options, ...(pageCache ? { pageCache } : {}), texts: state.texts });
  let run = await lintPass();
  let passes = 1;
  while (passes < MAX_FIX_PASSES && (await fixPass(options.cwd, write, run.results, state))) {
    run = await lintPass();
    passes++;
  }
  if (write) {
    const before = state.skipped.size;
    await writeFixed(options.cwd, state);
    // Some fixed text is not on disk: report what the files hold.
    if (state.skipped.size > before) run = await lintFiles({ ...options, ...(pageCache ? { pageCache } : {}) });
  }
  const fixed = [...state.texts]
    .filter(([path, text]) => text !== state.originals.get(path)!.text && !(write && state.skipped.has(path)))
    .map(([path, after]) => ({ path, before: state.originals.get(path)!.text, after, fixes: state.counts.get(path)! }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const skipped = [...state.skipped].map(([path, reason]) => ({ path, reason }));
  return { ...run, fixed, skipped, passes };
}
