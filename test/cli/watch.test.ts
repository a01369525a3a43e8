/**
 * `--watch` through the built binary, as a user runs it: the first report, then a page broken and
 * fixed and a config file changed, each seen in a new report and summary line, only the changed
 * page parsed again, and Ctrl-C (SIGINT) ending it with exit code 0. Every step waits for the
 * output it expects (never a fixed sleep), within a bound.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'dist/src/bin.js');

let root: string;
let child: ChildProcess | undefined;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'doclint-watch-'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, '.doclintrc.json'), '{}\n');
  writeFileSync(join(root, 'docs/a.md'), '# A\n\n[b](b.md#setup)\n');
  writeFileSync(join(root, 'docs/b.md'), '# B\n\n## Setup\n');
});
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

const SUMMARY =
  /^doclint: \d\d:\d\d:\d\d: (.*) in (\d+) pages? \(\d+\.\d s\); watching for changes \(Ctrl-C to stop\)$/;

test('reports, re-lints on each change with a summary line, parses only what changed, exits 0 on Ctrl-C', async () => {
  const { CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, ...env } = process.env;
  const watcher = spawn(process.execPath, [bin, '--watch', '-f', 'unix', '--stats'], { cwd: root, env });
  child = watcher;
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  const heard = () => waiters.forEach((check) => check());
  watcher.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), heard()));
  watcher.stderr.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), heard()));
  const summaries = () => stderr.split('\n').flatMap((line) => SUMMARY.exec(line)?.[1] ?? []);
  let seen = 0;
  /** waits for the next summary line that says `expected` (an editor's save may give two runs) */
  const summary = (expected: string) =>
    new Promise<void>((done, fail) => {
      const timeout = setTimeout(
        () => fail(new Error(`no summary \`${expected}\` after ${seen} in:\n${stderr}`)),
        5000,
      );
      const check = () => {
        const at = summaries().indexOf(expected, seen);
        if (at === -1) return;
        seen = at + 1;
        clearTimeout(timeout);
        waiters.delete(check);
        done();
      };
      waiters.add(check);
      check();
    });
  /** waits until stdout holds `text`: the report (stdout) and the summary (stderr) come through two pipes */
  const reported = (text: string) =>
    new Promise<void>((done, fail) => {
      const timeout = setTimeout(() => fail(new Error(`no \`${text}\` on stdout in:\n${stdout}`)), 5000);
      const check = () => {
        if (!stdout.includes(text)) return;
        clearTimeout(timeout);
        waiters.delete(check);
        done();
      };
      waiters.add(check);
      check();
    });
  const exited = new Promise<number | null>((done) => watcher.on('exit', (code) => done(code)));

  await summary('no problems');
  expect(stdout).toBe('');
  expect(stderr).toContain('2 pages: 0 from the cache, 2 parsed');

  writeFileSync(join(root, 'docs/a.md'), '# A\n\n[b](b.md#set-up)\n');
  await summary('1 error, 0 warnings');
  await reported('\n\n1 problem\n');
  expect(stdout.split('\n\n1 problem\n')).toContain(
    'docs/a.md:3:1: Cannot find anchor `#set-up` in `b.md`; did you mean `#setup` [Error/link-anchor-exists]',
  );
  expect(stderr).toContain('2 pages: 1 from the cache, 1 parsed');

  writeFileSync(join(root, '.doclintrc.json'), '{ "rules": { "link-anchor-exists": "warn" } }\n');
  await summary('0 errors, 1 warning');

  writeFileSync(join(root, 'docs/a.md'), '# A\n\n[b](b.md#setup)\n');
  await summary('no problems');
  // not a terminal: the screen is never cleared
  expect(stdout).not.toContain('\u001B');

  watcher.kill('SIGINT');
  expect(await exited).toBe(0);
}, 15_000);
