/**
 * `--watch`: lint, then lint again whenever something a run reads changes (src/node/watch.ts), a
 * short while after the last change (an editor's save, a `git checkout`, are many changes). On a
 * terminal each run clears the screen first; after each report a one-line summary with the time
 * goes to stderr (stdout stays the report, in the format asked for). Pages are parsed again only
 * when they changed: a cache is kept in memory between runs (or the `--cache` file is used).
 * Ctrl-C (SIGINT) or SIGTERM stops watching, and doclint exits with 0: stopping is how a watch
 * ends, not a failure (the last run's findings are on the screen).
 */
import { resolve } from 'node:path';
import type { LintResult } from '../types.js';
import { PageCache } from '../node/cache.js';
import type { ProjectRoot } from '../node/project-root.js';
import { readVersion } from '../node/version.js';
import { watchTree } from '../node/watch.js';
import { sanitizeLine } from '../formatters/escape.js';
import type { ExitCode, Stream } from './output.js';
import { plural } from '../util/plural.js';

/** How long to wait after a change for more before linting again (ms). */
export const WATCH_DEBOUNCE = 100;

/** Clears a terminal's screen and its scrollback, and puts the cursor at the top, as `tsc --watch` does. */
const CLEAR = '\u001B[2J\u001B[3J\u001B[H';

interface WatchArgs {
  cache: boolean;
  config?: string | undefined;
  'output-file'?: string | undefined;
}

interface WatchIo {
  cwd: string;
  stdout: Stream;
  stderr: Stream;
}

interface WatchRun {
  root: ProjectRoot;
  pageCache?: PageCache;
  seen?: (results: readonly LintResult[]) => void;
}

/** The line after each run: when, what it found (or that it stopped), how long it took. */
export function watchSummary(results: readonly LintResult[] | undefined, elapsed: number, now: Date): string {
  const time = now.toTimeString().slice(0, 8);
  const seconds = `${(elapsed / 1000).toFixed(1)} s`;
  if (results === undefined) {
    return `doclint: ${time}: the run stopped on the error above (${seconds}); watching for changes (Ctrl-C to stop)\n`;
  }
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  const found = errors + warnings === 0 ? 'no problems' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return (
    `doclint: ${time}: ${found} in ${plural(results.length, 'page')} (${seconds}); ` +
    'watching for changes (Ctrl-C to stop)\n'
  );
}

/** Resolves on the first SIGINT or SIGTERM; a second one ends the process as usual. */
function stopSignal(): Promise<void> {
  return new Promise((stop) => {
    const once = () => {
      process.off('SIGINT', once);
      process.off('SIGTERM', once);
      stop();
    };
    process.on('SIGINT', once);
    process.on('SIGTERM', once);
  });
}

/** Lints with `once` now and after every change that matters, until stopped; then exit code 0. */
export async function watchAndReport<A extends WatchArgs, I extends WatchIo, O extends WatchRun>(
  args: A,
  io: I,
  options: O,
  once: (args: A, io: I, options: O) => Promise<ExitCode>,
): Promise<ExitCode> {
  const pageCache = args.cache ? undefined : PageCache.inMemory(readVersion());
  const outputFile = args['output-file'];
  const run = async () => {
    if (io.stdout.isTTY === true) io.stdout.write(CLEAR);
    const started = Date.now();
    let seen: readonly LintResult[] | undefined;
    const code = await once(args, io, { ...options, ...(pageCache ? { pageCache } : {}), seen: (r) => (seen = r) });
    io.stderr.write(watchSummary(code === 2 ? undefined : seen, Date.now() - started, new Date()));
  };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  const start = () => {
    running = run().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule();
      }
    });
  };
  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running)
        again = true; // one more run when this one ends, for what changed during it
      else start();
    }, WATCH_DEBOUNCE);
  };
  const stopped = stopSignal();
  const watcher = await watchTree(options.root.root, {
    extra: args.config === undefined ? [] : [resolve(io.cwd, args.config)],
    skip: outputFile === undefined ? [] : [resolve(io.cwd, outputFile)],
    onChange: schedule,
    onError: (message) => io.stderr.write(`doclint: warning: cannot watch: ${sanitizeLine(message)}\n`),
  });
  start();
  await stopped;
  closed = true;
  clearTimeout(timer);
  await watcher.close();
  await running;
  return 0;
}
