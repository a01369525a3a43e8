// `npm run bench:hostile`: the full-size hostile inputs of issue 13 ("Bounded time and memory in
// every phase"), each generated into a temporary folder and linted by the built CLI
// (`node bundle/doclint.mjs`) as a user runs it. Prints a Markdown table: case, wall seconds,
// peak RSS, exit code and the first line that names the limit. Not a test: the tests use small
// inputs and check the messages; this shows that the worst cases finish in seconds.
//
// Environment:
//   HOSTILE_BIN=<file>       the CLI to run (default bundle/doclint.mjs), to measure another build
//   HOSTILE_TIMEOUT_S=120    kill a case after this long (reported as "killed")
//   HOSTILE_ONLY=a,b         run only these cases
//   HOSTILE_HEAP_MB=<n>      run doclint with --max-old-space-size=<n>
//
// Peak RSS comes from `/usr/bin/time -v` when it exists, else from a preloaded module
// (bench/usage.mjs) that writes process.resourceUsage().maxRSS on exit (nothing when killed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(process.env.HOSTILE_BIN ?? join(here, '../bundle/doclint.mjs'));
const timeoutMs = Number(process.env.HOSTILE_TIMEOUT_S ?? 120) * 1000;
const only = new Set((process.env.HOSTILE_ONLY ?? '').split(',').filter(Boolean));
const heap = process.env.HOSTILE_HEAP_MB;
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const scratch = mkdtempSync(join(tmpdir(), 'doclint-hostile-bench-'));

function write(root, files) {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
}

/** YAML whose aliases expand to 10^levels strings: a few KB that mean gigabytes once expanded. */
function laughs(levels) {
  const lines = [
    'overrides:',
    '  - files: ["x.md"]',
    '    settings:',
    '      x:',
    '        - &a0 [x, x, x, x, x, x, x, x, x, x]',
  ];
  for (let i = 1; i < levels; i++)
    lines.push(
      `        - &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/**
 * A glob of brace groups and stars, 900 characters: 256 globs once its groups are expanded, each
 * costing (name × pattern) steps on a long name of `a`s.
 */
const braceGlob = (i) => `${'{a,b}'.repeat(8)}${'*a'.repeat(440)}*b${i}`;
const longName = (i) => `${'a'.repeat(200)}${i}.md`;

const page = (title, body = '') => `# ${title}\n\nSome text.\n${body}`;

const cases = [
  {
    id: 'yaml-aliases',
    what: '`.doclintrc.yaml` whose aliases expand to 10^8 strings',
    make: (root) => write(root, { '.doclintrc.yaml': laughs(8), 'a.md': page('A') }),
  },
  {
    id: 'ignores-1000',
    what: '1,000 `ignores` globs of brace groups and stars',
    make: (root) =>
      write(root, {
        '.doclintrc.json': JSON.stringify({ ignores: Array.from({ length: 1000 }, (_, i) => braceGlob(i)) }),
        ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`d/d/d/d/${longName(i)}`, page(`P${i}`)])),
      }),
  },
  {
    id: 'ignores-300x50',
    what: '300 such globs, 50 pages',
    make: (root) =>
      write(root, {
        '.doclintrc.json': JSON.stringify({ ignores: Array.from({ length: 300 }, (_, i) => braceGlob(i)) }),
        ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`d/d/d/d/${longName(i)}`, page(`P${i}`)])),
      }),
  },
  {
    id: 'contract-20000',
    what: 'a contract of 20,000 sentences, one page',
    make: (root) =>
      write(root, {
        '.doclintrc.json': JSON.stringify({
          rules: { 'page-contract': 'error' },
          contracts: {
            big: {
              match: { files: ['*.md'] },
              require: [
                { sentences: Array.from({ length: 20000 }, (_, i) => `Sentence number ${i} says * about the service`) },
              ],
            },
          },
        }),
        'a.md': page(
          'A',
          Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says little about the service.\n`).join('\n'),
        ),
      }),
  },
  {
    id: 'suggest-1mb-anchor',
    what: 'a broken link with a 1 MB fragment into a page with a 1 MB heading',
    make: (root) =>
      write(root, {
        'a.md': `# A\n\n## ${'ab'.repeat(500_000)}\n`,
        'b.md': page('B', `\n[x](a.md#${'ba'.repeat(500_000)})\n`),
      }),
  },
  {
    id: 'query-200k',
    what: 'a link with a 200,000-character `?` query before `#L1`',
    args: ['--concurrency', '2'],
    make: (root) => write(root, { 'a.md': page('A'), 'b.md': page('B', `\n[x](a.md${'?'.repeat(200_000)}#L1)\n`) }),
  },
  {
    id: 'spaces-heading',
    what: 'a heading of 200,000 spaces before `}`',
    make: (root) => write(root, { 'a.md': `# A\n\n## a${' '.repeat(200_000)}b}\n` }),
  },
  {
    id: 'spaces-directive',
    what: 'a directive comment of 200,000 spaces',
    make: (root) => write(root, { 'a.md': `# A\n\n<!-- doclint-disable a${' '.repeat(200_000)}b -->\n` }),
  },
  {
    id: 'links-3000x20',
    what: '3,000 pages × 20 broken links into their folder',
    make: (root) =>
      write(
        root,
        Object.fromEntries(
          Array.from({ length: 3000 }, (_, i) => [
            `docs/page-${i}.md`,
            page(
              `Page ${i}`,
              Array.from({ length: 20 }, (_, j) => `\n[link](page-${(i + j) % 3000}-old.md)\n`).join(''),
            ),
          ]),
        ),
      ),
  },
  {
    id: 'html-150k-hrefs',
    what: '150,000 `<a href>` in one HTML block',
    make: (root) =>
      write(root, {
        'a.md': `# A\n\n<div>${'<a href="#top">x</a>'.repeat(150_000)}</div>\n`,
        'b.md': page('B', '\n[x](missing.md)\n'),
      }),
  },
  {
    id: 'findings-150k',
    what: '150,000 findings on one page',
    make: (root) =>
      write(root, {
        'a.md': `# A\n\n<div>${Array.from({ length: 150_000 }, (_, i) => `<a href="#n${i}">x</a>`).join('')}</div>\n`,
        'b.md': page('B', '\n[x](missing.md)\n'),
      }),
  },
  {
    id: 'frontmatter-unclosed',
    what: 'front matter never closed (7.5 MB)',
    make: (root) => write(root, { 'a.md': `---\n${'key: value, value\n'.repeat(440_000)}` }),
  },
  {
    id: 'definitions-300k',
    what: '300,000 duplicate definitions',
    make: (root) => write(root, { 'a.md': `# A\n\n${'[a]: https://example.com/\n'.repeat(300_000)}` }),
  },
  {
    id: 'definitions-300k-threads',
    what: 'the same page in worker threads (`--concurrency 2`)',
    args: ['--concurrency', '2'],
    make: (root) => write(root, { 'a.md': `# A\n\n${'[a]: https://example.com/\n'.repeat(300_000)}` }),
  },
  {
    id: 'list-items-9mb',
    what: '2,300,000 list items (9 MB): the most memory per byte of Markdown we know of',
    make: (root) => write(root, { 'a.md': '- a\n'.repeat(2_300_000) }),
  },
  {
    id: 'list-items-9mb-slow',
    what: 'the same page with `--max-parse-time 300`: only the memory bound stops it',
    args: ['--max-parse-time', '300'],
    make: (root) => write(root, { 'a.md': '- a\n'.repeat(2_300_000) }),
  },
  {
    id: 'ignored-target',
    what: 'a link into an ignored page (not linted, parsed for its anchors) of 7.5 MB unclosed front matter',
    make: (root) =>
      write(root, {
        '.doclintignore': 'big.md\n',
        'a.md': page('A', '\n[x](big.md#key)\n'),
        'big.md': `---\n${'key: value, value\n'.repeat(440_000)}`,
      }),
  },
  {
    id: 'parse-time-fraction',
    what: '`--max-parse-time 1.0005` (not whole milliseconds)',
    args: ['--max-parse-time', '1.0005'],
    make: (root) => write(root, { 'a.md': page('A'), 'b.md': page('B', '\n[x](a.md)\n') }),
  },
];

/** The first line of output that names a limit or an error, shortened. */
function limitLine(stdout, stderr) {
  const lines = `${stderr}\n${stdout}`
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const limitWords = new RegExp(
    'limit|memory|too (?:long|large|many|slow|deep)|more than|at most|refus|alias|stack|heap|internal|crash' +
      '|findings? (?:were|are)|not shown',
    'i',
  );
  const pick =
    lines.find((line) => limitWords.test(line)) ?? lines.find((line) => /problem/.test(line)) ?? lines[0] ?? '';
  const short = pick.length > 160 ? `${pick.slice(0, 157)}...` : pick;
  return short.replace(/\|/g, '\\|');
}

const rows = [];
for (const c of cases) {
  if (only.size > 0 && !only.has(c.id)) continue;
  const root = join(scratch, c.id);
  mkdirSync(root, { recursive: true });
  c.make(root);
  const usageFile = join(scratch, `${c.id}.usage.json`);
  const node = [
    ...(heap ? [`--max-old-space-size=${heap}`] : []),
    ...(timeBin ? [] : ['--import', pathToFileURL(join(here, 'usage.mjs')).href]),
  ];
  const argv = [...node, bin, ...(c.args ?? []), '.'];
  const [command, args] = timeBin ? [timeBin, ['-v', process.execPath, ...argv]] : [process.execPath, argv];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: timeoutMs,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let stderr = result.stderr ?? '';
  let rssKb;
  if (timeBin) {
    rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]) || undefined;
    stderr = stderr
      .replace(/\n?\tCommand being timed:[^]*$/, '')
      .replace(/Command (?:exited with non-zero status|terminated by signal) \d+\n?/, '');
  } else if (existsSync(usageFile)) {
    rssKb = JSON.parse(readFileSync(usageFile, 'utf8')).maxRssKb;
  }
  const killed = result.signal !== null || (result.error && /ETIMEDOUT/.test(String(result.error.code)));
  const exit = timeBin ? Number(/Exit status: (\d+)/.exec(result.stderr ?? '')?.[1] ?? result.status) : result.status;
  const row = {
    id: c.id,
    what: c.what,
    seconds: killed ? `> ${timeoutMs / 1000} (killed)` : seconds.toFixed(1),
    rss: rssKb === undefined ? '?' : `${Math.round(rssKb / 1024)} MB`,
    exit: killed ? '-' : String(exit),
    message: limitLine(result.stdout ?? '', stderr),
  };
  rows.push(row);
  process.stderr.write(`${row.id}: ${row.seconds} s, ${row.rss}, exit ${row.exit}: ${row.message}\n`);
  rmSync(root, { recursive: true, force: true });
}
rmSync(scratch, { recursive: true, force: true });

const table = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}${heap ? `, --max-old-space-size=${heap}` : ''}.`,
  '',
  '| case | input | wall s | peak RSS | exit | message |',
  '| --- | --- | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.id} | ${r.what} | ${r.seconds} | ${r.rss} | ${r.exit} | ${r.message} |`),
];
process.stdout.write(`${table.join('\n')}\n`);
