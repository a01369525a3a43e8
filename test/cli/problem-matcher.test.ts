/**
 * The problem matcher shipped at the package root (`problem-matcher.json`, for `::add-matcher::` in
 * GitHub Actions and, copied into tasks.json, VS Code): its regexp, applied to what the built
 * binary prints with `--format unix`, gives back every finding exactly as the JSON report has it.
 * The README's tasks.json example must use the same pattern.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'dist/src/bin.js');

interface Pattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  message: number;
  severity: number;
  code: number;
}
const matcher = JSON.parse(readFileSync(join(repo, 'problem-matcher.json'), 'utf8')) as {
  problemMatcher: Array<{ owner: string; pattern: Pattern[] }>;
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'doclint-matcher-'));
  // a file name with colons and a message with brackets, colons and a rule-like tail
  writeFileSync(join(root, 'notes:v2.md'), '# Notes\n\nSee [the guide](guide.md) and [x](./missing:1:2.md).\n');
  writeFileSync(join(root, 'guide.md'), '# Guide\n\n[unused]: https://example.com/a\n\n[y](./notes:v2.md#nowhere)\n');
  writeFileSync(join(root, 'plain.md'), '# Plain\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });

test('the package ships it', () => {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { files: string[] };
  expect(pkg.files).toContain('problem-matcher.json');
  expect(matcher.problemMatcher.map((m) => [m.owner, m.pattern.length])).toEqual([['doclint', 1]]);
});

test('its regexp reads back every finding of --format unix: file, line, column, severity, message, rule', () => {
  const unix = run(['--format', 'unix']);
  const json = run(['--format', 'json']);
  expect([unix.status, unix.stderr]).toEqual([1, '']);
  const pattern = matcher.problemMatcher[0]!.pattern[0]!;
  const regexp = new RegExp(pattern.regexp);
  const lines = unix.stdout.split('\n');
  const matched = lines.flatMap((line) => {
    const m = regexp.exec(line);
    if (!m) return [];
    return [
      {
        file: m[pattern.file],
        line: Number(m[pattern.line]),
        column: Number(m[pattern.column]),
        severity: m[pattern.severity]!.toLowerCase(),
        message: m[pattern.message],
        code: m[pattern.code],
      },
    ];
  });
  const report = JSON.parse(json.stdout) as Array<{
    filePath: string;
    messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number }>;
  }>;
  const expected = report.flatMap((result) =>
    result.messages.map((m) => ({
      file: result.filePath,
      line: m.line,
      column: m.column,
      severity: m.severity === 2 ? 'error' : 'warning',
      message: m.message,
      code: m.ruleId,
    })),
  );
  expect(expected.map((e) => `${e.file} ${e.severity} ${e.code}`)).toEqual([
    'guide.md warning link-definition-used',
    'guide.md error link-anchor-exists',
    'notes:v2.md error link-file-exists',
  ]);
  expect(matched).toEqual(expected);
  // the lines it does not match: the empty line and the count
  expect(lines.filter((line) => !regexp.test(line))).toEqual(['', '3 problems', '']);
});

test("README's tasks.json example uses the same pattern", () => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const block = /```jsonc?\n(\{\n\s+"version": "2\.0\.0"[\s\S]*?)\n```/.exec(readme);
  expect(block).not.toBeNull();
  const tasks = JSON.parse(block![1]!) as { tasks: Array<{ problemMatcher: { pattern: Pattern } }> };
  const { pattern } = tasks.tasks[0]!.problemMatcher;
  const shipped = matcher.problemMatcher[0]!.pattern[0]!;
  expect(pattern).toEqual(shipped);
});
