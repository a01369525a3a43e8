/**
 * Hostile input, run as a user runs doclint: through the built binary (`dist/src/bin.js`), with
 * the exact message and exit code of each case. Every input is generated into a temporary folder
 * (nothing large is committed). docs/hostile-input.md lists the cases and points here.
 *
 * Some cases load a small module with `node --import` before doclint starts, to make a fault
 * happen at a precise moment: a file deleted between discovery and reading, a rule that throws,
 * and a log of every file doclint opens.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = join(repo, 'dist/src/bin.js');
const scratch = mkdtempSync(join(tmpdir(), 'doclint-hostile-'));

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** wall time, ms */
  ms: number;
}

interface RunOptions {
  /** options for node itself, before the script (`--import`, `--max-old-space-size`) */
  node?: string[];
  /** run as this user (root only) */
  uid?: number;
  gid?: number;
}

function run(cwd: string, argv: string[], options: RunOptions = {}): Outcome {
  const { CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, ...env } = process.env;
  const started = Date.now();
  const result = spawnSync(process.execPath, [...(options.node ?? []), bin, ...argv], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

/** Creates the files of a tree: text, bytes, or a symbolic link (`{ link: target }`). */
function makeTree(root: string, files: Record<string, string | Buffer | { link: string }>) {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(join(absolute, '..'), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content)) symlinkSync(content.link, absolute);
    else writeFileSync(absolute, content);
  }
  return root;
}

const folder = (name: string) => {
  const path = join(scratch, name);
  mkdirSync(path, { recursive: true });
  return path;
};

const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--help']).error === undefined;

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/src/bin.js is missing: run `npm run build` (npm test does it first)');
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('files that are not pages doclint can lint', () => {
  test('binary, invalid UTF-8, UTF-16 (both byte orders), BOM, CRLF, lone CR, empty, a folder named .md, symlink loops, dangling and outside symlinks', () => {
    const root = folder('files/project');
    makeTree(join(scratch, 'files'), { 'outside/secret.md': '# Secret\n\n<a name="x"></a>\n' });
    makeTree(root, {
      '._page.md': Buffer.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, 0x4d, 0x61, 0x63]),
      'latin1.md': Buffer.from('# Caf\xe9\n\nline two\n', 'latin1'),
      'utf16le.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Hi\n', 'utf16le')]),
      'utf16be.md': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('# Hi\n', 'utf16le').swap16()]),
      'bom.md': '\uFEFF# Title\n\nSee [x](x.md).\n',
      'crlf.md': '# Title\r\n\r\nSee [x](x.md).\r\n',
      'lone-cr.md': '# Title\r\rSee [x](x.md).\r',
      'empty.md': '',
      'folder.md/inner.md': 'See [y](y.md).\n',
      loop: { link: '.' },
      'loop-a.md': { link: 'loop-b.md' },
      'loop-b.md': { link: 'loop-a.md' },
      'dangling.md': { link: 'missing-target.md' },
      'outside.md': { link: '../outside/secret.md' },
      'links.md': '[a](outside.md#x) [b](loop-a.md#x) [c](dangling.md#x) [d](folder.md)\n',
    });
    const outcome = run(root, ['.', 'folder.md']);
    expect(outcome.stdout).toBe(`._page.md
  1:1  error    File is binary (it contains NUL bytes), not Markdown; delete it or exclude it in .gitignore

bom.md
  3:5  error    Cannot find file \`x.md\`  link-file-exists

crlf.md
  3:5  error    Cannot find file \`x.md\`  link-file-exists

dangling.md
  1:1  error    Symbolic link is broken: its target does not exist

folder.md/inner.md
  1:5  error    Cannot find file \`y.md\`  link-file-exists

latin1.md
  1:6  error    File is not valid UTF-8: byte 0xE9 here is read as U+FFFD, as a browser shows it; save the file as UTF-8

links.md
  1:55  error    Cannot find an index page in folder \`folder.md\`: add \`index.md\` or \`README.md\`, or link to a page in it  link-file-exists

lone-cr.md
  3:5  error    Cannot find file \`x.md\`  link-file-exists

loop-a.md
  1:1  error    Symbolic link is a loop: following it leads back to itself

loop-b.md
  1:1  error    Symbolic link is a loop: following it leads back to itself

outside.md
  1:1  error    Symbolic link points outside the project root; doclint does not read it

utf16be.md
  1:1  error    File is UTF-16 text; save it as UTF-8 to lint it

utf16le.md
  1:1  error    File is UTF-16 text; save it as UTF-8 to lint it

\u2716 13 problems (13 errors, 0 warnings)
`);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(1);
  });

  (canMakeFifo ? test : test.skip)('a named pipe is never opened: skipped when found, reported when named', () => {
    const root = makeTree(folder('fifo'), { 'page.md': '# Page\n' });
    expect(spawnSync('mkfifo', [join(root, 'pipe.md')]).status).toBe(0);
    symlinkSync('pipe.md', join(root, 'pipe-link.md'));
    expect(run(root, [])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const named = run(root, ['pipe.md', 'pipe-link.md']);
    expect(named.stdout).toBe(`pipe-link.md
  1:1  error    Path is not a regular file (a named pipe, socket or device); doclint does not read it

pipe.md
  1:1  error    Path is not a regular file (a named pipe, socket or device); doclint does not read it

\u2716 2 problems (2 errors, 0 warnings)
`);
    expect(named.code).toBe(1);
  });

  test('a file that cannot be read (permissions) is reported, and the others are still linted', () => {
    const root = makeTree(folder('perm'), { 'secret.md': '# Secret\n', 'page.md': '[s](secret.md) [x](x.md)\n' });
    chmodSync(root, 0o755);
    chmodSync(join(scratch), 0o755);
    chmodSync(join(root, 'secret.md'), 0o000);
    const asRoot = process.getuid?.() === 0;
    // root reads any file, so the case runs as `nobody` when it can; it says so when it cannot
    const nobody = 65534;
    if (asRoot && !canRunAs(nobody)) {
      console.warn(
        'SKIPPED: unreadable-file case: running as root, which reads any file, and cannot switch to the user nobody',
      );
      return;
    }
    const outcome = run(root, [], asRoot ? { uid: nobody } : {});
    expect(outcome.stdout).toBe(`page.md
  1:16  error    Cannot find file \`x.md\`  link-file-exists

secret.md
  1:1  error    File could not be read: permission denied

\u2716 2 problems (2 errors, 0 warnings)
`);
    expect(outcome.code).toBe(1);
  });

  test('a file deleted between discovery and reading is reported, not thrown', () => {
    const root = makeTree(folder('vanish'), {
      'vanishing.md': '# Gone soon\n',
      'page.md': '[v](vanishing.md#gone-soon)\n',
    });
    const hook = join(scratch, 'vanish-hook.mjs');
    writeFileSync(
      hook,
      `import { createRequire, syncBuiltinESMExports } from 'node:module';
const require = createRequire(import.meta.url);
const fs = require('node:fs');
const lstatSync = fs.lstatSync;
// deletes the page just before doclint first looks at it to read it
let deleted = false;
fs.lstatSync = function (path, ...rest) {
  if (!deleted && String(path).endsWith('vanishing.md')) {
    deleted = true;
    fs.unlinkSync(path);
  }
  return lstatSync.call(this, path, ...rest);
};
syncBuiltinESMExports();
`,
    );
    const outcome = run(root, [], { node: ['--import', pathToFileURL(hook).href] });
    expect(outcome.stdout).toBe(`vanishing.md
  1:1  error    File could not be read: it does not exist (it may have been deleted while doclint ran)

\u2716 1 problem (1 error, 0 warnings)
`);
    expect(outcome.code).toBe(1);
    expect(existsSync(join(root, 'vanishing.md'))).toBe(false);
  });
});

function canRunAs(uid: number): boolean {
  const probe = spawnSync(process.execPath, ['-e', 'process.exit(0)'], { uid, gid: uid });
  return probe.status === 0;
}

describe('pages built to exhaust time, memory or stack', () => {
  // Each run gets a 1 GB heap: a case that needed more would crash Node, not pass.
  const heap = ['--max-old-space-size=1024'];

  test('a 20 MB page is reported as too large without being read', () => {
    const root = folder('huge');
    writeFileSync(join(root, 'huge.md'), Buffer.alloc(20 * 1024 * 1024, 'word '));
    writeFileSync(join(root, 'page.md'), '# Page\n');
    const outcome = run(root, [], { node: ['--max-old-space-size=64'] });
    expect(outcome.stdout).toBe(`huge.md
  1:1  error    File is too large to lint (20.0 MB; the limit is 10.0 MB, see --max-file-size)

\u2716 1 problem (1 error, 0 warnings)
`);
    expect(outcome.code).toBe(1);
  });

  test('a page of 100,000 links is linted in bounded time and memory, or stopped by --max-page-memory or --max-parse-time', () => {
    const root = folder('links');
    const links = Array.from({ length: 100_000 }, (_, i) =>
      i % 10_000 === 9_999 ? '[l](b.md#missing)' : '[l](b.md#s)',
    );
    writeFileSync(join(root, 'links.md'), `# Links\n\n${links.join('\n')}\n`);
    writeFileSync(join(root, 'b.md'), '# B\n\n## S\n');
    // about 800 MB of heap to parse: past the default --max-page-memory (512 MB), one finding
    const hungry = run(root, ['--max-parse-time', '240', 'links.md'], { node: heap });
    expect(hungry.stdout).toBe(`links.md
  1:1  error    Page takes too much memory to lint (stopped at 512 MB, see --max-page-memory); parsing Markdown takes up to a few KB of memory per character, most for list items, links and headings

\u2716 1 problem (1 error, 0 warnings)
`);
    expect(hungry.code).toBe(1);
    // generous: parsing 1.2 MB of links takes 10 to 40 s on a busy 2-core machine
    const outcome = run(root, ['--max-parse-time', '240', '--max-page-memory', '1024', '--format', 'json'], {
      node: heap,
    });
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout) as Array<{
      filePath: string;
      messages: Array<{ line: number; message: string }>;
    }>;
    const messages = report.find((r) => r.filePath === 'links.md')!.messages;
    expect(messages.map((m) => `${m.line} ${m.message}`)).toEqual(
      Array.from({ length: 10 }, (_, i) => `${(i + 1) * 10_000 + 2} Cannot find anchor \`#missing\` in \`b.md\``),
    );
    const stopped = run(root, ['--max-parse-time', '0.5', 'links.md'], { node: heap });
    expect(stopped.stdout).toBe(`links.md
  1:1  error    Page takes too long to parse (stopped after 0.5 s, see --max-parse-time); long runs of brackets or emphasis markers and thousands of lists make Markdown parsing slow

\u2716 1 problem (1 error, 0 warnings)
`);
    expect(stopped.code).toBe(1);
  });

  test('block quotes, lists and emphasis nested 10,000 deep are reported; 900 levels are linted', () => {
    const root = makeTree(folder('deep'), {
      'quotes.md': `${'>'.repeat(10_000)} x\n`,
      'lists.md': `${'- '.repeat(10_000)}x\n`,
      'mixed.md': `# Mixed\n\n${'> - '.repeat(5_000)}x\n`,
      'emphasis.md': `${'*'.repeat(3_000)}a${'*'.repeat(3_000)}\n`,
      'ok.md': `${'>'.repeat(900)} [x](x.md)\n`,
      'rule.md': `${'- - -\n'.repeat(3)}\n${'* '.repeat(2_000)}\n`,
    });
    const outcome = run(root, [], { node: heap });
    expect(outcome.stdout).toBe(`emphasis.md
  1:1  error    Page is nested too deeply to lint (1502 levels of block quotes, lists or inline markup at line 1; the limit is 1000, see --max-nesting)

lists.md
  1:1  error    Page is nested too deeply to lint (at least 10000 levels of block quotes, lists or inline markup at line 1; the limit is 1000, see --max-nesting)

mixed.md
  1:1  error    Page is nested too deeply to lint (at least 10000 levels of block quotes, lists or inline markup at line 3; the limit is 1000, see --max-nesting)

ok.md
  1:902  error    Cannot find file \`x.md\`  link-file-exists

quotes.md
  1:1  error    Page is nested too deeply to lint (at least 10000 levels of block quotes, lists or inline markup at line 1; the limit is 1000, see --max-nesting)

\u2716 5 problems (5 errors, 0 warnings)
`);
    expect(outcome.code).toBe(1);
    expect(outcome.ms).toBeLessThan(60_000);
    const strict = run(root, ['--max-nesting', '5', 'mixed.md']);
    expect(strict.stdout).toMatch(
      /^mixed\.md\n {2}1:1 {2}error {4}Page is nested too deeply to lint \(at least 10000 levels of block quotes, lists or inline markup at line 3; the limit is 5, see --max-nesting\)\n/,
    );
    expect(run(root, ['--max-nesting', '0'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'doclint: --max-nesting expects a whole number of levels, 1 or more\n',
    });
  });

  test('a line of 1 MB is linted, with the column of what follows it', () => {
    const root = makeTree(folder('long-line'), { 'long.md': `${'a'.repeat(1_000_000)} [x](x.md)\n` });
    const outcome = run(root, [], { node: heap });
    expect(outcome.stdout).toBe(`long.md
  1:1000002  error    Cannot find file \`x.md\`  link-file-exists

\u2716 1 problem (1 error, 0 warnings)
`);
    expect(outcome.code).toBe(1);
  });

  test('thousands of anchors in one HTML block, and thousands of broken links that want suggestions, lint in linear time', () => {
    // each was quadratic in doclint's own code: 40 s and 18 s at these sizes before the fix
    const files: Record<string, string> = {
      'anchors.md': `<div>\n${'<a name="same"></a>\n'.repeat(32_000)}</div>\n`,
      'self.md': `${Array.from({ length: 8_000 }, (_, i) => `[l](#sectoin-${i})`).join('\n')}\n\n${Array.from({ length: 8_000 }, (_, i) => `# section-${i}`).join('\n')}\n`,
      'missing.md': `${Array.from({ length: 20_000 }, (_, i) => `[l](q${i}.md)`).join('\n')}\n`,
    };
    for (let i = 0; i < 1_000; i++) files[`p${i}.md`] = '';
    const root = makeTree(folder('suggestions'), files);
    const outcome = run(root, ['--format', 'json', 'anchors.md', 'self.md', 'missing.md'], { node: heap });
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout) as Array<{
      filePath: string;
      messages: Array<{ line: number; message: string }>;
    }>;
    const matching = (path: string, pattern: RegExp) =>
      report.find((r) => r.filePath === path)!.messages.filter((m) => pattern.test(m.message));
    const count = (path: string, pattern: RegExp) => matching(path, pattern).length;
    // a page's report keeps its first 10,000 findings and says how many more there were
    const more = (count: string, errors: string, warnings: string) => [
      `${count} more problems on this page are not shown (${errors} errors, ${warnings} warnings); a report shows at most 10,000 per page`,
    ];
    expect(count('anchors.md', /^Unexpected duplicate anchor `#same`/)).toBe(10_000);
    expect(matching('anchors.md', /not shown/).map((m) => m.message)).toEqual(more('21,999', '0', '21,999'));
    expect(count('self.md', /^Cannot find anchor/)).toBe(8_000);
    expect(count('missing.md', /^Cannot find file/)).toBe(10_000);
    expect(matching('missing.md', /not shown/).map((m) => m.message)).toEqual(more('10,000', '10,000', '0'));
    // suggestions until the page's budget of 1,000,000 comparisons is spent (8,000 anchors each), none after
    expect(matching('self.md', /did you mean/).map((m) => m.line)).toEqual(
      Array.from({ length: 125 }, (_, i) => i + 1),
    );
    expect(outcome.ms).toBeLessThan(90_000);
  });

  test('inputs that make Markdown parsing quadratic are stopped at --max-parse-time, within a 1 GB heap', () => {
    const root = makeTree(folder('quadratic'), {
      'emphasis-runs.md': '*a* '.repeat(75_000),
      'bracket-runs.md': '[a] '.repeat(75_000),
      'reference-runs.md': '[a][] '.repeat(50_000),
      'thousands-of-lists.md': '- a\n\n# h\n\n'.repeat(100_000),
      'fine.md': '# Fine\n\nNothing to see [here](fine.md#fine).\n',
    });
    const outcome = run(root, ['--max-parse-time', '2'], { node: heap });
    const slow = (path: string) => `${path}
  1:1  error    Page takes too long to parse (stopped after 2 s, see --max-parse-time); long runs of brackets or emphasis markers and thousands of lists make Markdown parsing slow
`;
    expect(outcome.stdout).toBe(
      [
        slow('bracket-runs.md'),
        slow('emphasis-runs.md'),
        slow('reference-runs.md'),
        slow('thousands-of-lists.md'),
        '\u2716 4 problems (4 errors, 0 warnings)\n',
      ].join('\n'),
    );
    expect(outcome.code).toBe(1);
    // four pages stopped at 2 s each, plus start-up and the rest
    expect(outcome.ms).toBeLessThan(60_000);
    // In worker threads the pool stops a page (it terminates the worker, whose other pages go to
    // its replacement): the same report.
    const threads = run(root, ['--max-parse-time', '2', '--concurrency', '2'], { node: heap });
    expect(threads.stdout).toBe(outcome.stdout);
    expect(threads.code).toBe(1);
    expect(run(root, ['--max-parse-time', '0'])).toMatchObject({
      code: 2,
      stderr: 'doclint: --max-parse-time expects a positive number of seconds\n',
    });
    // a limit longer than a timer can wait (about 50 days) is no limit, not an error on every page
    expect(run(root, ['--max-parse-time', '1e9', 'fine.md'])).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('configuration that cannot be used', () => {
  const cases: Array<[name: string, text: string, stderr: string]> = [
    ['not an object', '[]', '  .doclintrc.json: expected a JSON object\n'],
    ['rules of the wrong type', '{ "rules": ["link-file-exists"] }', '  .doclintrc.json: `rules`: expected object\n'],
    [
      'an option of the wrong type',
      '{ "rules": { "link-file-exists": ["error", { "directoryIndex": "index.md" }] } }',
      '  .doclintrc.json: options of `rules.link-file-exists` at `directoryIndex`: expected array\n',
    ],
    [
      'a prototype key',
      '{ "__proto__": { "rules": {} } }',
      '  .doclintrc.json: the config: unknown key `__proto__` (allowed: `$schema`, `extends`, `rules`, `settings`, `plugins`, `overrides`, `ignores`, `requireDirectiveReason`, `reportUnusedDisableDirectives`, `contracts`)\n',
    ],
    [
      'terminal escapes in a rule name are shown, not sent to the terminal',
      '{ "rules": { "\\u001b]0;owned\\u0007\\u001b[2J": "off" } }',
      '  .doclintrc.json: `rules`: unknown rule `\\u001b]0;owned\\u0007\\u001b[2J` (allowed: `anchor-unique`, `link-anchor-exists`, `link-definition-used`, `link-file-exists`, `link-reference-defined`, `link-text-title`, `page-contract`, `security-shared-responsibility`, `security-topics-list`, `toc-entry-exists`, `toc-orphan-page`, `toc-topics-match`)\n',
    ],
    ['UTF-16', '\uFEFF{}', ''],
  ];
  for (const [name, text, stderr] of cases) {
    test(name, () => {
      const root = makeTree(folder(`config-${name.replace(/\W+/g, '-')}`), { 'page.md': '# Page\n' });
      if (name === 'UTF-16')
        writeFileSync(
          join(root, '.doclintrc.json'),
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]),
        );
      else writeFileSync(join(root, '.doclintrc.json'), text);
      const outcome = run(root, []);
      expect(outcome.code).toBe(2);
      expect(outcome.stdout).toBe('');
      if (name === 'UTF-16')
        expect(outcome.stderr).toMatch(/^doclint: invalid configuration\n {2}\.doclintrc\.json: invalid JSON: /);
      else expect(outcome.stderr).toBe(`doclint: invalid configuration\n${stderr}`);
      expect(outcome.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F]|\n\s+at /);
    });
  }
});

describe('config files that are not files', () => {
  (canMakeFifo ? test : test.skip)('a named pipe as .doclintrc.json is reported, not waited on', () => {
    const root = makeTree(folder('config-fifo'), { 'page.md': '# Page\n' });
    expect(spawnSync('mkfifo', [join(root, '.doclintrc.json')]).status).toBe(0);
    const outcome = run(root, []);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(
      /^doclint: invalid configuration\n {2}\S*\.doclintrc\.json: cannot read the config file: it is not a regular file\n$/,
    );
  });
});

describe('arguments that look like options', () => {
  test('a --changed-since ref cannot smuggle an option into git', () => {
    const root = makeTree(folder('git-ref'), { 'a.md': '# A\n' });
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root });
    if (git('init', '-q').status !== 0) {
      console.warn('SKIPPED: --changed-since option injection case: git is not installed');
      return;
    }
    git('add', 'a.md');
    git('commit', '-qm', 'a');
    const outcome = run(root, ['--changed-since=--output=pwned.txt']);
    expect(outcome).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'doclint: --changed-since: `--output=pwned.txt` is not a commit in this repository (fetch it first in a shallow clone)\n',
    });
    expect(existsSync(join(root, 'pwned.txt'))).toBe(false);
  });
});

describe('a rule that crashes', () => {
  test('is a fatal diagnostic naming the rule and the page; the other pages are linted; exit 2', () => {
    const root = makeTree(folder('crash'), {
      'crash.md': '# Crash here\n\n[x](x.md)\n',
      'fine.md': '# Fine\n\n[y](y.md)\n',
    });
    const hook = join(scratch, 'crash-hook.mjs');
    // the same module instance the binary loads: its registry, with one rule made to throw
    writeFileSync(
      hook,
      `import { builtinRules } from ${JSON.stringify(pathToFileURL(join(repo, 'dist/rules/index.js')).href)};
const rule = builtinRules.find((r) => r.meta.id === 'security-topics-list');
const create = rule.create;
rule.create = function (ctx) {
  if (ctx.path === 'crash.md') return { heading() { throw new TypeError("Cannot read properties of undefined (reading 'children')"); } };
  return create.call(this, ctx);
};
`,
    );
    const outcome = run(root, [], { node: ['--import', pathToFileURL(hook).href] });
    expect(outcome.stdout).toBe(`crash.md
  1:1  error    Rule \`security-topics-list\` crashed on this page: Cannot read properties of undefined (reading 'children')  security-topics-list
  3:1  error    Cannot find file \`x.md\`                                                                                     link-file-exists

fine.md
  3:1  error    Cannot find file \`y.md\`  link-file-exists

\u2716 3 problems (3 errors, 0 warnings)
`);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(2);
  });
});

describe('nothing outside the project root is read, nothing but the report is written', () => {
  /** A module that logs every file doclint opens or reads to `log`, one absolute path a line. */
  function openLogHook(log: string): string {
    const hook = join(scratch, `open-log-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(
      hook,
      `import { createRequire, syncBuiltinESMExports } from 'node:module';
const require = createRequire(import.meta.url);
const fs = require('node:fs');
const path = require('node:path');
const note = (file) => fs.appendFileSync(${JSON.stringify(log)}, path.resolve(String(file)) + '\\n');
for (const name of ['open', 'readFile']) {
  const original = fs.promises[name];
  fs.promises[name] = function (file, ...rest) { note(file); return original.call(this, file, ...rest); };
}
for (const name of ['openSync', 'readFileSync']) {
  const original = fs[name];
  fs[name] = function (file, ...rest) { if (typeof file !== 'number') note(file); return original.call(this, file, ...rest); };
}
syncBuiltinESMExports();
`,
    );
    return hook;
  }

  test('links out of the root, absolute paths and symlinks out are reported and never opened', () => {
    const base = folder('escape');
    makeTree(base, {
      'secret.md': '# Secret\n\n<a name="x"></a>\n',
      'project/.doclintrc.json': JSON.stringify({ settings: { rootDir: 'docs/../..' } }),
      'project/docs/page.md': [
        '[a](../../secret.md#x)',
        '[b](../../../../../../../../etc/passwd#x)',
        '[c](/etc/passwd#x)',
        '[d](%2e%2e/%2e%2e/secret.md#x)',
        '[e](file:///etc/passwd#x)',
        '[f](inside.md#y)',
        '<a href="../../secret.md#x">g</a>',
        '',
      ].join('\n'),
      'project/docs/inside.md': { link: '../../secret.md' },
    });
    const root = join(base, 'project');
    const log = join(scratch, 'escape-opens.log');
    const outcome = run(root, [], { node: ['--import', pathToFileURL(openLogHook(log)).href] });
    expect(outcome.stdout).toBe(`docs/inside.md
  1:1  error    Symbolic link points outside the project root; doclint does not read it

docs/page.md
  1:1  error    Unexpected link to \`../../secret.md\`, which is outside the project root                     link-file-exists
  2:1  error    Unexpected link to \`../../../../../../../../etc/passwd\`, which is outside the project root  link-file-exists
  3:1  error    Unexpected link to \`/etc/passwd\`, which is outside the project root                         link-file-exists
  4:1  error    Unexpected link to \`../../secret.md\`, which is outside the project root                     link-file-exists
  7:1  error    Unexpected link to \`../../secret.md\`, which is outside the project root                     link-file-exists

\u2716 6 problems (6 errors, 0 warnings)
`);
    expect(outcome.code).toBe(1);
    const opened = [...new Set(readFileSync(log, 'utf8').trim().split('\n'))];
    // outside the project, only doclint's own package.json (for its version) is opened; the config
    // lookup would walk up from the working directory, but stops at the project's own config
    const outside = opened.filter((file) => relative(root, file).startsWith('..') && !file.startsWith(repo + sep));
    expect(outside).toEqual([]);
    expect(opened).toEqual(expect.arrayContaining([join(root, '.doclintrc.json'), join(root, 'docs/page.md')]));
    expect(opened).not.toContain(join(base, 'secret.md'));
  });

  test('a run in every format writes the report file and nothing else, and changes no page', () => {
    const root = makeTree(folder('writes'), {
      'docs/a.md': '# A\n\n[b](b.md#nope) [c](c.md)\n',
      'docs/b.md': '# B\n',
      '.doclintrc.json': '{}',
    });
    const snapshot = () => {
      const files: Record<string, string> = {};
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) walk(path);
          else
            files[relative(root, path)] =
              `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${statSync(path).mtimeMs}`;
        }
      };
      walk(root);
      return files;
    };
    const before = snapshot();
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'unix']) {
      const outcome = run(root, ['--format', format, '--output-file', `report.${format}`]);
      expect([format, outcome.code, outcome.stdout, outcome.stderr]).toEqual([format, 1, '', '']);
    }
    const after = snapshot();
    const reports = Object.keys(after)
      .filter((path) => !(path in before))
      .sort();
    expect(reports).toEqual([
      'report.github',
      'report.json',
      'report.junit',
      'report.markdown',
      'report.sarif',
      'report.stylish',
      'report.unix',
    ]);
    for (const path of reports) delete after[path];
    expect(after).toEqual(before);
  });

  test('every write in the sources goes through write-atomic.ts, except the runner files the Action appends to', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts')) sources.push(path);
      }
    };
    walk(join(repo, 'src'));
    walk(join(repo, 'rules'));
    // what each file takes from node:fs: writing needs one of these, or a handle from `open`
    const imports: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      const name = relative(repo, file).split(sep).join('/');
      // Code loaded at run time: the bin loads the CLI lazily (a module of ours); plugins.ts imports
      // the plugins a config lists, which are code by design (SECURITY.md). Nothing else may.
      const dynamic = /\brequire\s*\(|import\s*\(|import\s+(?:\*|\w+)[^;]*from\s+'(?:node:)?fs/.test(text);
      const lazy = ['src/bin.ts', 'src/node/config/plugins.ts'];
      expect([name, dynamic]).toEqual([name, lazy.includes(name)]);
      for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(?:node:)?fs(?:\/promises)?'/g)) {
        const names = match[1]!
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part && !part.startsWith('type '));
        imports.push(`${name}: ${names.sort().join(', ')}`);
      }
    }
    expect(imports.sort()).toEqual([
      // GitHub's runner gives each step these files to append to ($GITHUB_STEP_SUMMARY, $GITHUB_OUTPUT):
      // replacing them would drop what earlier steps wrote
      // and the Action makes the default cache's folder in $RUNNER_TEMP (outside the checkout)
      'src/action.ts: appendFile, mkdir',
      'src/cli/explain-page.ts: stat',
      // whether an argument that looks like an option names a file (then it is a path)
      'src/node/argv.ts: lstatSync',
      // the pages' stamps (size, mtime) for --cache-strategy metadata
      'src/node/cache.ts: lstatSync',
      // the cache is read through safe-path.ts and written through write-atomic.ts
      'src/node/cache.ts: stat',
      'src/node/config/load-config.ts: readFile, readdir, realpath, stat',
      // plugin files are read to hash them for the cache key
      'src/node/config/plugins.ts: existsSync, readFileSync',
      'src/node/config/plugins.ts: readFile, realpath, stat',
      'src/node/discover.ts: readFileSync',
      // whether a folder with a long path can be listed (ENAMETOOLONG)
      'src/node/discover.ts: readdir, stat',
      // whether a file is there (the language server: a cache file, a file the watcher told of)
      'src/node/exists.ts: stat',
      // --fix: a page's bytes before and after (never through a symbolic link: lstat first);
      // the fixed page is written through write-atomic.ts
      'src/node/fix-files.ts: access, constants, lstat, readFile',
      // init's probe: whether a generator's marker files are there (never followed)
      'src/node/init/detect.ts: lstatSync',
      'src/node/pool.ts: existsSync',
      // whether a folder has a root marker (a config file, .git, package.json): never read; the home folder's real path
      'src/node/project-root.ts: lstatSync, realpathSync',
      // `openSync` with O_RDONLY (and O_NONBLOCK) only
      'src/node/read.ts: closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync',
      // the cache: `openSync` with O_RDONLY, O_NONBLOCK and O_NOFOLLOW only; real paths of where a write goes
      'src/node/safe-path.ts: closeSync, constants, fstatSync, lstatSync, openSync, readSync',
      'src/node/safe-path.ts: realpath',
      'src/node/version.ts: readFileSync',
      // a temporary file opened with 'wx' beside the target, then renamed over it
      'src/node/write-atomic.ts: open, rename, rm',
    ]);
    expect(readFileSync(join(repo, 'src/node/read.ts'), 'utf8')).toMatch(
      /const OPEN_FLAGS = constants\.O_RDONLY \| \(constants\.O_NONBLOCK \?\? 0\);/,
    );
  });
});

describe('hostile file names and page text, through every format', () => {
  // a file name with an escape sequence, a newline and a workflow command in it, and a link whose
  // decoded target carries an OSC title change, a bell and HTML
  const name = 'evil\u001B[31m\n::error::pwned%0A<b>|.md';
  const page = '# Evil\n\n[x](<%1B]0;owned%07%0D%0A::warning::x\\<img src=x onerror=alert(1)\\>.md>)\n';
  let root: string;

  beforeAll(() => {
    root = makeTree(folder('names'), { [name]: page });
  });

  const lint = (format: string) => {
    const outcome = run(root, ['--format', format]);
    expect([outcome.code, outcome.stderr]).toEqual([1, '']);
    return outcome.stdout;
  };

  test('stylish: control characters are shown as \\uXXXX, never sent to the terminal', () => {
    const out = lint('stylish');
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(out).toBe(`evil\\u001b[31m\\u000a::error::pwned%0A<b>|.md
  3:1  error    Cannot find file \`\\u001b]0;owned\\u0007\\u000d\\u000a::warning::x<img src=x onerror=alert(1)>.md\`  link-file-exists

\u2716 1 problem (1 error, 0 warnings)
`);
  });

  test('github: one workflow command, nothing injected', () => {
    const out = lint('github');
    expect(out.split('\n')).toHaveLength(2);
    expect(out).toBe(
      '::error file=evil\\u001b[31m%0A%3A%3Aerror%3A%3Apwned%250A<b>|.md,line=3,endLine=3,col=1,endColumn=73,title=link-file-exists::' +
        'Cannot find file `\\u001b]0;owned\\u0007%0D%0A::warning::x<img src=x onerror=alert(1)>.md`\n',
    );
  });

  test('unix: one line for the finding, nothing injected, then the count', () => {
    expect(lint('unix')).toBe(
      'evil\\u001b[31m\\u000a::error::pwned%0A<b>|.md:3:1: ' +
        'Cannot find file `\\u001b]0;owned\\u0007\\u000d\\u000a::warning::x<img src=x onerror=alert(1)>.md` ' +
        '[Error/link-file-exists]\n\n1 problem\n',
    );
  });

  test('markdown: no HTML, no line break, no extra table cell', () => {
    const out = lint('markdown');
    const row = out.split('\n').find((line) => line.startsWith('| evil'))!;
    expect(row).toBe(
      '| evil&#91;31m &#58;&#58;error&#58;&#58;pwned%0A&#60;b&#62;&#124;.md&#58;3&#58;1 | error | link-file-exists | Cannot find file &#96;&#93;0;owned &#58;&#58;warning&#58;&#58;x&#60;img src=x onerror=alert(1)&#62;.md&#96; |',
    );
    expect(out).not.toMatch(/[<>\u0000-\u0009\u000B-\u001F]/);
  });

  test('json, sarif, junit: the name and message read back exactly', () => {
    const message = 'Cannot find file `\u001B]0;owned\u0007\r\n::warning::x<img src=x onerror=alert(1)>.md`';
    const json = JSON.parse(lint('json')) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
    expect(json.map((r) => [r.filePath, r.messages.map((m) => m.message)])).toEqual([[name, [message]]]);
    const sarif = JSON.parse(lint('sarif')) as {
      runs: Array<{
        results: Array<{
          message: { text: string };
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
      }>;
    };
    const result = sarif.runs[0]!.results[0]!;
    expect(result.message.text).toBe(message);
    expect(decodeURIComponent(result.locations[0]!.physicalLocation.artifactLocation.uri)).toBe(name);
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^[A-Za-z0-9%._~\-!$&'()*+,;=@/]+$/);
    const junit = lint('junit');
    expect(junit).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(junit).toContain('<testcase name="evil[31m&#10;::error::pwned%0A&lt;b&gt;|.md" classname="doclint">');
  });
});

describe('folders nested past the length of path the system allows', () => {
  test('are reported as such, never skipped without a word; the other pages are linted', () => {
    const root = folder('too-long');
    makeTree(root, { 'top.md': '# Top\n\n[gone](missing.md)\n' });
    // 80 folders of 60 letters: 4,880 characters, past Linux's PATH_MAX of 4,096. Node cannot
    // make such a path (it passes whole paths to the system); a shell going down one `cd` at a
    // time can.
    const name = 'd'.repeat(60);
    const made = spawnSync(
      'bash',
      ['-c', `for i in $(seq 80); do mkdir ${name} && cd ${name} || exit 1; done; echo '# Deep' > deep.md`],
      {
        cwd: root,
      },
    );
    expect(made.status).toBe(0);
    let outcome: Outcome;
    try {
      outcome = run(root, ['--no-color']);
    } finally {
      // Node's rmSync cannot remove a path that long either: the scratch folder's cleanup would
      // fail; GNU rm walks down folder by folder
      expect(spawnSync('rm', ['-rf', name], { cwd: root }).status).toBe(0);
    }
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('top.md\n  3:1  error    Cannot find file `missing.md`');
    expect(outcome.stdout).toContain(
      'error    Folder path is longer than the system allows (ENAMETOOLONG): the files below it cannot be read',
    );
    // the folder reported is the first one that cannot be listed, named from the project root
    expect(outcome.stdout).toMatch(new RegExp(`(?:^|\\n)(?:${name}/)+${name}\\n  1:1  error    Folder path is longer`));
  });
});
