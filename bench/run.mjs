// `npm run bench`: runs doclint and its peers side by side on the same tree and prints wall time,
// CPU time, peak RSS, files/s and the ratios doclint ÷ peer and tool ÷ parse floor, then checks
// the targets of the issue "Fast at every size". Not a test: the numbers go to stdout and to
// bench/results.md together with the machine they were measured on.
//
// The tree is the AWS corpus (../../shared/corpus/awsdocs from here, or DOCLINT_CORPUS), or any
// folder given as BENCH_TREE, or, when neither exists, a synthetic tree (bench/synthetic.mjs).
// Scaling runs use trees holding 1, 2 and 4 copies of that tree (copy-1/, copy-2/, …).
//
// Every measurement is a fresh process, `node --import bench/usage.mjs <tool's JS entry> …`: the
// wall time is taken here around the process, CPU time (user + system, all threads) and peak RSS
// by the preload from process.resourceUsage(). Tools run in rounds (every tool once, then again)
// so that a slow period of the machine spreads over all of them; the median of the runs is kept.
//
// Environment:
//   BENCH_RUNS=3            runs of each fast tool (median kept)
//   BENCH_RUNS_SLOW=1       runs of the slow peers (linkinator, remark-validate-links)
//   BENCH_RUNS_SCALE=…      runs of each scaling measurement (default BENCH_RUNS)
//   BENCH_STARTUP_RUNS=11   runs of each start-up measurement
//   BENCH_TREE=<folder>     benchmark this folder instead of the corpus
//   DOCLINT_CORPUS=<folder> where the corpus is
//   BENCH_SYNTHETIC_PAGES=2000  size of the synthetic tree used when there is no corpus
//   BENCH_SKIP=a,b          skip measurements by id: read, markdown-it, mdast, mdast-gfm,
//                           markdownlint-links, markdownlint-default, markdown-link-check,
//                           linkinator, remark (remark-validate-links, 6-7 minutes on the corpus),
//                           doclint-single, changed-page, scaling, startup
//   BENCH_OUT=<file>        write the results there instead of bench/results.md
//   BENCH_TIMEOUT_S=3600    kill a measured process after this long
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { arch, availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSyntheticTree } from './synthetic.mjs';
import { copyTree, describeTree, largestGuide, listMarkdown } from './tree.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;
const count = (value, fallback) =>
  value === undefined || value === '' ? fallback : Math.max(1, Math.floor(Number(value)) || fallback);
const RUNS = count(env.BENCH_RUNS, 3);
const RUNS_SLOW = count(env.BENCH_RUNS_SLOW, 1);
const RUNS_SCALE = count(env.BENCH_RUNS_SCALE, RUNS);
const STARTUP_RUNS = count(env.BENCH_STARTUP_RUNS, 11);
const SKIP = new Set(
  (env.BENCH_SKIP ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean),
);
const OUT = env.BENCH_OUT ? resolve(env.BENCH_OUT) : join(here, 'results.md');
const TIMEOUT_MS = count(env.BENCH_TIMEOUT_S, 3600) * 1000;
const corpus = resolve(env.DOCLINT_CORPUS ?? join(here, '../../shared/corpus/awsdocs'));

const bundle = join(here, '../bundle/doclint.mjs');
const peers = join(here, 'peers');
const peer = (path) => join(peers, 'node_modules', path);
const preload = pathToFileURL(join(here, 'usage.mjs')).href;
const log = (line) => process.stderr.write(`${line}\n`);
const loadAtStart = loadavg()[0];

if (!existsSync(bundle)) {
  log('bundle/doclint.mjs is missing: run `npm run build:bundle` first (`npm run bench` does)');
  process.exit(2);
}
// The peers are a separate package (bench/peers) so that the project's own `npm ci` stays small.
if (!existsSync(join(peers, 'node_modules'))) {
  log('bench/peers/node_modules is missing: running `npm ci --prefix bench/peers` to install the peers…');
  execFileSync('npm', ['ci', '--prefix', peers, '--no-audit', '--no-fund'], {
    stdio: ['ignore', 2, 2],
    shell: process.platform === 'win32',
  });
}
const version = (name) => JSON.parse(readFileSync(peer(`${name}/package.json`), 'utf8')).version;

// Scratch space for copies, caches, reports and usage files; removed however the run ends.
const scratch = mkdtempSync(join(tmpdir(), 'doclint-bench-'));
const cleanUp = () => rmSync(scratch, { recursive: true, force: true });
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// ---------------------------------------------------------------------------------------------
// Measuring one process
// ---------------------------------------------------------------------------------------------

let serial = 0;
/**
 * Runs `node --import usage.mjs ...args` in `cwd` once. Returns wall and CPU seconds, peak RSS in
 * MB, the exit code, and the tool's stdout and stderr (kept in files, not pipes, so a tool that
 * prints a lot is not slowed down by this process reading it).
 */
function runOnce(args, cwd) {
  const id = ++serial;
  const usageFile = join(scratch, `usage-${id}.json`);
  const outFile = join(scratch, `stdout-${id}.txt`);
  const errFile = join(scratch, `stderr-${id}.txt`);
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd,
    stdio: ['ignore', out, err],
    env: { ...env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: TIMEOUT_MS,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  closeSync(err);
  const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const usage = existsSync(usageFile) ? JSON.parse(read(usageFile)) : undefined;
  const run = {
    wall,
    cpu: usage ? (usage.userMicros + usage.systemMicros) / 1e6 : NaN,
    rssMb: usage ? usage.maxRssKb / 1024 : NaN,
    code: result.error?.code === 'ETIMEDOUT' ? 'timeout' : (result.status ?? result.signal ?? String(result.error)),
    stdout: read(outFile),
    stderr: read(errFile),
  };
  for (const file of [usageFile, outFile, errFile]) rmSync(file, { force: true });
  return run;
}

const median = (values) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Median wall, CPU and RSS of the successful samples, and the first sample's findings. */
function summarise(samples) {
  const ok = samples.filter((s) => s.ok);
  return {
    runs: samples.length,
    ok: ok.length > 0 && ok.length === samples.length,
    failure: samples.length === 0 ? 'not run' : samples.find((s) => !s.ok)?.failure,
    wall: median(ok.map((s) => s.wall)),
    cpu: median(ok.map((s) => s.cpu)),
    rssMb: median(ok.map((s) => s.rssMb)),
    findings: ok[0]?.findings,
    digests: ok.map((s) => s.digest),
    note: ok[0]?.note,
  };
}

const secs = (n) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(1));

/**
 * One measurement of a tool: runs it, checks the exit code, extracts its findings with
 * `tool.parse(run)` and prints a progress line.
 */
function sample(tool, label) {
  const run = runOnce(typeof tool.args === 'function' ? tool.args() : tool.args, tool.cwd);
  const ok = (tool.okCodes ?? [0, 1]).includes(run.code) && !Number.isNaN(run.cpu);
  let parsed = {};
  let failure;
  if (ok) {
    try {
      parsed = tool.parse ? tool.parse(run) : {};
    } catch (error) {
      failure = `output not understood: ${error.message}`;
    }
  } else {
    const said = (run.stderr.trim() || run.stdout.trim()).split('\n').slice(-3).join(' / ').slice(0, 300);
    failure =
      run.code === 'timeout'
        ? `killed after ${TIMEOUT_MS / 1000} s (BENCH_TIMEOUT_S)`
        : `exit ${run.code}${said ? `: ${said}` : ''}`;
  }
  log(
    `${label} ${tool.name}: ${failure ? `FAILED (${failure})` : `${secs(run.wall)} s wall, ${secs(run.cpu)} s CPU, ${run.rssMb.toFixed(0)} MB${parsed.findings === undefined ? '' : `, ${parsed.findings} findings`}`}`,
  );
  return { ...run, ...parsed, ok: !failure, failure };
}

// ---------------------------------------------------------------------------------------------
// The tree
// ---------------------------------------------------------------------------------------------

let tree;
let treeName;
if (env.BENCH_TREE) {
  tree = resolve(env.BENCH_TREE);
  treeName = `${basename(tree)} (BENCH_TREE)`;
} else if (existsSync(corpus)) {
  tree = corpus;
  treeName = 'AWS corpus';
} else {
  const pages = count(env.BENCH_SYNTHETIC_PAGES, 2000);
  log(
    `corpus not found (set DOCLINT_CORPUS or BENCH_TREE): benchmarking a synthetic tree of about ${pages} pages instead`,
  );
  tree = join(scratch, 'synthetic');
  writeSyntheticTree(tree, pages);
  treeName = 'synthetic tree';
}
const shape = describeTree(tree);
const mb = (bytes) => (bytes / 1e6).toFixed(1);
const treeTitle = `${treeName}: ${shape.guides ? `${shape.guides} guide${shape.guides === 1 ? '' : 's'}, ` : ''}${shape.pages.toLocaleString('en')} pages, ${mb(shape.bytes)} MB of Markdown`;
log(`tree: ${treeTitle}`);
if (shape.pages === 0) {
  log(`no Markdown pages under ${tree}: nothing to benchmark`);
  process.exit(2);
}

// Read the tree once so that no tool pays for a cold disk cache.
for (const page of listMarkdown(tree)) readFileSync(join(tree, page));

// Findings of a doclint run, from its JSON report (ESLint's shape), and a digest of them so runs
// can be compared message by message.
function doclintReport(file, stderr) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const messages = report.flatMap((r) =>
    r.messages.map((m) => JSON.stringify([r.filePath, m.ruleId, m.line, m.column, m.message])),
  );
  const stats = /(\d+) pages?: (\d+) from the cache, (\d+) parsed (on the main thread|in (\d+) worker threads?)/.exec(
    stderr,
  );
  return {
    findings: messages.length,
    digest: createHash('sha256').update(messages.sort().join('\n')).digest('hex'),
    note: stats ? `${stats[1]} pages: ${stats[2]} from the cache, ${stats[3]} parsed ${stats[4]}` : undefined,
  };
}

/**
 * A doclint run on `cwd` with `flags` (and `--format json --stats`); each run writes its report to
 * a fresh file in the scratch folder, read back for the findings and then deleted.
 */
function doclintTool(id, name, checks, cwd, flags, extra = {}) {
  let report;
  return {
    id,
    name,
    checks,
    cwd,
    doclint: true,
    ...extra,
    args: () => {
      report = join(scratch, `report-${++serial}.json`);
      return [bundle, '--format', 'json', '--output-file', report, '--stats', ...flags];
    },
    parse: (run) => {
      try {
        return doclintReport(report, run.stderr);
      } finally {
        rmSync(report, { force: true });
      }
    },
  };
}

const countLines = (text, pattern) => text.split('\n').filter((line) => pattern.test(line)).length;
const floor = join(peers, 'floor.mjs');
const cacheFile = join(scratch, 'doclint-cache');

// The peers and the doclint runs on the tree, in the order they appear in the table.
const tools = [
  {
    id: 'read',
    name: 'read every file (Node)',
    checks: 'nothing: reads and decodes every page (the floor for anything)',
    args: [floor, 'read', tree],
    okCodes: [0],
  },
  {
    id: 'markdown-it',
    name: `markdown-it ${version('markdown-it')}`,
    checks: 'nothing: tokenises every page (default preset)',
    args: [floor, 'markdown-it', tree],
    okCodes: [0],
  },
  {
    id: 'mdast',
    name: `mdast-util-from-markdown ${version('mdast-util-from-markdown')}`,
    checks: 'nothing: parses every page to mdast, no GFM (**the parse floor**)',
    args: [floor, 'mdast', tree],
    okCodes: [0],
  },
  {
    id: 'mdast-gfm',
    name: `mdast-util-from-markdown + GFM (micromark-extension-gfm ${version('micromark-extension-gfm')}, mdast-util-gfm ${version('mdast-util-gfm')})`,
    checks: 'nothing: parses every page to mdast with GFM',
    args: [floor, 'mdast-gfm', tree],
    okCodes: [0],
  },
  {
    id: 'markdownlint-links',
    name: `markdownlint-cli2 ${version('markdownlint-cli2')}, link rules`,
    checks: 'MD051 link fragments, MD052/MD053 reference links (within each page only)',
    args: [
      peer('markdownlint-cli2/markdownlint-cli2-bin.mjs'),
      '--config',
      join(peers, 'link-rules.markdownlint-cli2.jsonc'),
      '**/*.md',
    ],
    parse: (run) => ({ findings: countLines(run.stderr, / (error|warning) MD\d{3}\//) }),
  },
  {
    id: 'markdownlint-default',
    name: `markdownlint-cli2 ${version('markdownlint-cli2')}, default rules`,
    checks: 'all markdownlint rules (style and structure, within each page)',
    args: [
      peer('markdownlint-cli2/markdownlint-cli2-bin.mjs'),
      '--config',
      join(peers, 'default-rules.markdownlint-cli2.jsonc'),
      '**/*.md',
    ],
    parse: (run) => ({ findings: countLines(run.stderr, / (error|warning) MD\d{3}\//) }),
  },
  {
    // markdown-link-check 3.x takes several file or folder arguments (a folder means every .md
    // under it) and checks them one after the other in one process, so it is given the tree.
    // Its config ignores http(s) and mailto links: relative links and #fragments only, no network.
    id: 'markdown-link-check',
    name: `markdown-link-check ${version('markdown-link-check')}`,
    checks: 'relative links and #fragments of the same page (external links ignored)',
    args: [
      peer('markdown-link-check/markdown-link-check'),
      '--quiet',
      '--config',
      join(peers, 'markdown-link-check.json'),
      '.',
    ],
    parse: (run) => ({ findings: countLines(run.stdout, /\[✖\]/) }),
  },
  {
    // Every page is a start page; linkinator serves the tree on localhost, renders the Markdown
    // and checks each link and #fragment once. Links not to localhost (external, mailto) are skipped.
    id: 'linkinator',
    name: `linkinator ${version('linkinator')}`,
    checks: 'relative links and #fragments between pages (markdown mode, --check-fragments, external links skipped)',
    args: [
      peer('linkinator/build/src/cli.js'),
      '**/*.md',
      '--markdown',
      '--check-fragments',
      '--skip',
      '^(?!http://localhost)',
      '--format',
      'json',
    ],
    parse: (run) => ({ findings: JSON.parse(run.stdout).links.filter((link) => link.state === 'BROKEN').length }),
    slow: true,
  },
  {
    id: 'remark',
    name: `remark-cli ${version('remark-cli')} + remark-validate-links ${version('remark-validate-links')}`,
    checks: 'relative links and #headings between pages',
    // The plugin is given by path (remark-cli would look it up from the tree); no git remote lookup.
    args: [
      peer('remark-cli/cli.js'),
      '.',
      '--quiet',
      '--no-color',
      '--no-config',
      '--use',
      `${peer('remark-validate-links/index.js')}=repository:false`,
    ],
    parse: (run) => {
      // remark-validate-links only warns: an error means remark itself failed (e.g. the plugin).
      const summary = run.stderr.trim().split('\n').at(-1) ?? '';
      if (/\d+ errors?\b/.test(summary))
        throw new Error(run.stderr.trim().split('\n').slice(-3).join(' / ').slice(0, 300));
      return { findings: countLines(run.stderr, /^\s*\d+:\d+(-\d+:\d+)?\s+warning\s/) };
    },
    slow: true,
  },
  doclintTool('doclint-cold', 'doclint, cold run', 'all rules (`--concurrency auto`, no cache)', tree, [
    '--concurrency',
    'auto',
  ]),
  doclintTool(
    'doclint-cold-cache',
    'doclint, cold run writing the cache',
    'all rules (`--cache`, empty cache; makes the cache for the warm run)',
    tree,
    ['--cache', '--cache-location', cacheFile],
    { runs: 1 },
  ),
  doclintTool('doclint-warm', 'doclint, warm run', 'all rules (`--cache`, nothing changed)', tree, [
    '--cache',
    '--cache-location',
    cacheFile,
  ]),
  doclintTool('doclint-single', 'doclint, single thread', 'all rules (`--concurrency off`, no cache)', tree, [
    '--concurrency',
    'off',
  ]),
].filter((tool) => !SKIP.has(tool.id));
for (const tool of tools) {
  tool.cwd ??= tree;
  tool.runs ??= tool.slow ? RUNS_SLOW : RUNS;
  tool.samples = [];
}

// ---------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------

const rounds = Math.max(...tools.map((tool) => tool.runs));
for (let round = 1; round <= rounds; round++) {
  for (const tool of tools) {
    if (round > tool.runs) continue;
    // The warm run needs the cache a cold run wrote: that run comes first, and only once.
    if (tool.id === 'doclint-warm' && !existsSync(cacheFile)) {
      log(
        `(the warm run needs a cache: skipped, the cold run writing it ${tools.some((t) => t.id === 'doclint-cold-cache') ? 'failed' : 'is skipped'})`,
      );
      continue;
    }
    tool.samples.push(sample(tool, `[round ${round}/${rounds}]`));
  }
}
for (const tool of tools) tool.result = summarise(tool.samples);

// One changed page in the largest guide, pre-commit style: a copy of the guide (the corpus is not
// touched), a cache made by a full run from inside it, then for each sample a line appended to a
// page and doclint run from inside the guide on that one page with --cache. Wall time includes
// the process start, as a pre-commit hook pays it.
let changed;
if (!SKIP.has('changed-page')) {
  const guide = largestGuide(tree);
  const guideCopy = join(scratch, 'changed', basename(guide.folder));
  copyTree(guide.folder, guideCopy); // real copies: a page is modified below
  copyConfigs(tree, dirname(guideCopy));
  const all = listMarkdown(guideCopy);
  const pages = all.length > 1 ? all.filter((page) => !/(^|[\\/])index\.md$/.test(page)) : all;
  // A page of typical size (the median), not the largest: what a commit usually touches.
  const bySize = pages
    .map((page) => ({ page, size: statSync(join(guideCopy, page)).size }))
    .sort((a, b) => a.size - b.size);
  const { page } = bySize[Math.floor(bySize.length / 2)];
  const guideCache = join(scratch, 'guide-cache');
  const prime = doclintTool('changed-prime', 'doclint, whole largest guide (makes its cache)', '', guideCopy, [
    '--cache',
    '--cache-location',
    guideCache,
  ]);
  const primed = sample(prime, '[prepare]');
  const tool = doclintTool('changed-page', 'doclint, one changed page in the largest guide', '', guideCopy, [
    '--cache',
    '--cache-location',
    guideCache,
    page,
  ]);
  const samples = [];
  if (primed.ok) {
    chmodSync(join(guideCopy, page), 0o644);
    for (let i = 1; i <= RUNS; i++) {
      appendFileSync(join(guideCopy, page), `\nA line the benchmark appended (${i}).\n`);
      samples.push(sample(tool, `[${i}/${RUNS}]`));
    }
  }
  changed = {
    guide: basename(guide.folder),
    guidePages: guide.pages,
    pageBytes: statSync(join(guide.folder, page)).size,
    result: primed.ok
      ? summarise(samples)
      : { ok: false, failure: `making the cache failed: ${primed.failure}`, runs: 0 },
  };
}

/** Copies the doclint config files at the root of `from` (if any) into `to`. */
function copyConfigs(from, to) {
  for (const name of readdirSync(from)) {
    if (/^(\.doclintrc|doclint\.config)/.test(name) && statSync(join(from, name)).isFile())
      copyFileSync(join(from, name), join(to, name));
  }
}

// Scaling: doclint's cold run on trees holding 1, 2 and 4 copies of the tree (copy-1/, copy-2/,
// …, hard links when possible), built one after the other in the same folder.
const scaling = [];
if (!SKIP.has('scaling')) {
  const scaled = join(scratch, 'scaled');
  mkdirSync(scaled);
  copyConfigs(tree, scaled);
  let copies = 0;
  for (const factor of [1, 2, 4]) {
    while (copies < factor) {
      copies++;
      log(`[scaling] making copy ${copies} of the tree…`);
      copyTree(tree, join(scaled, `copy-${copies}`), { link: true });
    }
    const tool = doclintTool('scaling', `doclint, cold run on ${factor}× the tree`, '', scaled, [
      '--concurrency',
      'auto',
    ]);
    const samples = [];
    for (let i = 1; i <= RUNS_SCALE; i++) samples.push(sample(tool, `[scaling ${factor}×, ${i}/${RUNS_SCALE}]`));
    scaling.push({ factor, pages: shape.pages * factor, result: summarise(samples) });
  }
  rmSync(scaled, { recursive: true, force: true });
}

// Start-up: what a pre-commit hook or `npx doclint` pays before any linting, against Node's own
// start. Plain processes (no preload), wall time only.
let startup = [];
if (!SKIP.has('startup')) {
  const timeCommand = (label, args, cwd) => {
    const samples = [];
    for (let i = 0; i < STARTUP_RUNS; i++) {
      const started = process.hrtime.bigint();
      spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    log(`[start-up] ${label}: ${median(samples).toFixed(0)} ms`);
    return [label, median(samples)];
  };
  const example = join(here, '../examples/guide');
  startup = [
    timeCommand("node -e 0 (Node's own start)", ['-e', '0'], here),
    timeCommand('doclint --version', [bundle, '--version'], here),
    timeCommand('doclint on one page (examples/guide, no cache)', [bundle, 'doc_source/welcome.md'], example),
  ];
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const byId = Object.fromEntries(tools.map((tool) => [tool.id, tool.result]));
const cold = byId['doclint-cold'];
const parseFloor = byId.mdast;
const good = (r) => r !== undefined && r.ok && !Number.isNaN(r.wall);
const ratio = (a, b) => (good(a) && good(b) ? a.wall / b.wall : NaN);
const times = (n) => (Number.isNaN(n) ? '–' : `${n.toFixed(2)}×`);
// Text safe inside a Markdown table cell.
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const int = (n) => (n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en'));

const lines = [];
lines.push(`## ${treeTitle}`, '');
lines.push(
  '| tool | what it checks | runs | wall (s) | CPU (s) | peak RSS (MB) | files/s | findings | doclint cold ÷ this (wall) | this ÷ parse floor (wall) |',
);
lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const row = (name, checks, r, pages) => {
  if (!(r.wall >= 0))
    return `| ${name} | ${checks} | ${r.runs} | failed: ${cell(r.failure ?? 'not run')} | | | | | | |`;
  const cells = [
    name,
    checks + (r.note ? ` — ${r.note}` : '') + (r.ok ? '' : ` — **some runs failed**: ${cell(r.failure)}`),
    r.runs,
    secs(r.wall),
    secs(r.cpu),
    int(r.rssMb),
    pages ? int(pages / r.wall) : '–',
    r.findings ?? '–',
    times(ratio(cold, r)),
    times(ratio(r, parseFloor)),
  ];
  return `| ${cells.join(' | ')} |`;
};
for (const tool of tools) lines.push(row(tool.name, tool.checks, tool.result, shape.pages));
if (changed) {
  lines.push(
    row(
      'doclint, one changed page (pre-commit style)',
      `all rules on one page of typical size (${(changed.pageBytes / 1000).toFixed(0)} kB) with a line appended, run from inside the largest guide (${changed.guide}, ${changed.guidePages.toLocaleString('en')} pages) with \`--cache\` made by a full run of the guide; wall includes the process start`,
      changed.result,
      0,
    ),
  );
}
lines.push(
  '',
  'files/s: pages of the tree ÷ wall time. findings: what each tool reports (their checks differ, so counts are not comparable across tools).',
  'The parse floor is mdast-util-from-markdown without GFM, single-threaded, default Node flags. Ratios above 1 in "doclint cold ÷ this" mean doclint is slower.',
);

// doclint's findings must be the same whichever way it ran (cold, with the cache, single thread).
const consistency = tools.filter((tool) => tool.doclint && good(tool.result));
const digests = new Set(consistency.flatMap((tool) => tool.result.digests));
const findingsLine = consistency
  .map((tool) => `${tool.name.replace('doclint, ', '')} ${tool.result.findings}`)
  .join(', ');
let warning;
if (digests.size > 1) {
  warning = `WARNING: doclint's findings differ between its runs (${findingsLine})`;
  log(warning);
}
lines.push(
  '',
  `doclint findings per run: ${findingsLine}${digests.size > 1 ? ' — **they differ**' : digests.size === 1 ? ' — identical, message by message' : ''}.`,
);

if (scaling.length) {
  const base = scaling[0].result;
  lines.push('', `## Scaling: doclint cold run on 1, 2 and 4 copies of the tree`, '');
  lines.push(
    '| tree | pages | runs | wall (s) | CPU (s) | peak RSS (MB) | files/s | findings | wall ÷ 1× | peak RSS ÷ 1× |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { factor, pages, result: r } of scaling) {
    if (!good(r)) {
      lines.push(`| ${factor}× | ${int(pages)} | ${r.runs} | failed: ${cell(r.failure ?? 'not run')} | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${factor}× (${factor} ${factor === 1 ? 'copy' : 'copies'}) | ${int(pages)} | ${r.runs} | ${secs(r.wall)} | ${secs(r.cpu)} | ${int(r.rssMb)} | ${int(pages / r.wall)} | ${r.findings} | ${times(ratio(r, base))} | ${good(base) ? times(r.rssMb / base.rssMb) : '–'} |`,
    );
  }
}

if (startup.length) {
  lines.push(
    '',
    '## Start-up',
    '',
    `| start-up | median wall of ${STARTUP_RUNS} (ms) |`,
    '| --- | ---: |',
    ...startup.map(([label, ms]) => `| ${label} | ${ms.toFixed(0)} |`),
  );
}

// Targets of the issue "Fast at every size".
const targets = [];
const target = (name, measured, pass) =>
  targets.push([name, measured, pass === undefined ? 'not measured' : pass ? 'PASS' : 'FAIL']);
const w = (r) => `${secs(r.wall)} s`;
{
  const r = ratio(cold, parseFloor);
  target(
    'cold run ≤ 0.8 × the parse floor (mdast-util-from-markdown, no GFM) wall',
    good(cold) && good(parseFloor) ? `${times(r)} (${w(cold)} vs ${w(parseFloor)})` : '–',
    Number.isNaN(r) ? undefined : r <= 0.8,
  );
}
for (const [id, label, factor] of [
  ['markdownlint-links', 'markdownlint-cli2 link rules', 2.5],
  ['remark', 'remark-validate-links', 12],
]) {
  const r = ratio(byId[id], cold);
  target(
    `cold run ≥ ${factor}× faster than ${label}`,
    Number.isNaN(r) ? '–' : `${label} wall ÷ cold wall = ${times(r)} (${w(byId[id])} vs ${w(cold)})`,
    Number.isNaN(r) ? undefined : r >= factor,
  );
}
target(
  'cold run peak RSS < 600 MB',
  good(cold) ? `${int(cold.rssMb)} MB` : '–',
  good(cold) ? cold.rssMb < 600 : undefined,
);
{
  const warm = byId['doclint-warm'];
  const r = ratio(warm, cold);
  target(
    'warm run < 5% of the cold run (wall)',
    Number.isNaN(r) ? '–' : `${(r * 100).toFixed(1)}% (${w(warm)} vs ${w(cold)})`,
    Number.isNaN(r) ? undefined : r < 0.05,
  );
}
{
  const r = changed?.result;
  target(
    'one changed page in the largest guide < 0.5 s wall',
    r && good(r) ? w(r) : '–',
    r && good(r) ? r.wall < 0.5 : undefined,
  );
}
{
  const base = scaling[0]?.result;
  for (const [factor, limit] of [
    [2, 2.1],
    [4, 4.3],
  ]) {
    const r = scaling.find((s) => s.factor === factor)?.result;
    const t = ratio(r, base);
    target(
      `${factor}× the tree ≤ ${limit}× the 1× wall`,
      Number.isNaN(t) ? '–' : `${times(t)} (${w(r)} vs ${w(base)})`,
      Number.isNaN(t) ? undefined : t <= limit,
    );
    const growth = good(r) && good(base) ? r.rssMb / base.rssMb - 1 : NaN;
    const allowed = (factor - 1) / 2;
    target(
      `${factor}× the tree: peak RSS grows by < ${(allowed * 100).toFixed(0)}% of the 1× RSS`,
      Number.isNaN(growth) ? '–' : `+${(growth * 100).toFixed(0)}% (${int(r.rssMb)} MB vs ${int(base.rssMb)} MB)`,
      Number.isNaN(growth) ? undefined : growth < allowed,
    );
  }
}
lines.push(
  '',
  '## Targets (issue "Fast at every size")',
  '',
  '| target | measured | result |',
  '| --- | --- | --- |',
  ...targets.map((t) => `| ${t.join(' | ')} |`),
);
lines.push(
  '',
  '"Peak memory growing by less than half as much" is read as: when the tree grows by a factor k, peak RSS grows by less than half as much as the tree, RSS(k×) ÷ RSS(1×) − 1 < (k − 1) ÷ 2, i.e. under +50% at 2× and under +150% at 4×.',
  'The "1×" of the scaling targets is the scaling series\' own 1× run (one copy of the tree, in the same temporary folder as the 2× and 4× copies).',
);

const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu} (available parallelism ${availableParallelism()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${type()} ${release()} ${arch()}, Node ${process.version}`;
const load = `1-minute load average ${loadAtStart.toFixed(2)} at the start of the run, ${loadavg()[0].toFixed(2)} at the end`;
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const runsText = (n) => (n === 1 ? '1 run' : `the median of ${n} runs`);
const header = [
  '# Benchmark results',
  '',
  `Produced by \`npm run bench\` (bench/run.mjs) on ${date}. Not a test: the numbers depend on the machine and on what else ran on it.`,
  '',
  `Machine: ${machine}; ${load}.`,
  '',
  `Each measurement is a fresh process: ${runsText(RUNS)} of each fast tool, ${runsText(RUNS_SLOW)} of the slow ones (linkinator, remark-validate-links), 1 run of doclint's cold run writing the cache, ${runsText(RUNS_SCALE)} for each scaling tree; tools run in rounds (each tool once, then again). Wall time is measured by the parent around the process; CPU time (user + system, all threads) and peak RSS come from \`process.resourceUsage()\` in the process (bench/usage.mjs). The pages are in the OS file cache (the tree is read once before the first measurement); "cold" means without doclint's cache. Peer versions are pinned in bench/peers/package.json.`,
];
const text = [...header, '', ...(warning ? [`**${warning}**`, ''] : []), ...lines, ''].join('\n');
writeFileSync(OUT, text);
console.log(text);
log(`written to ${OUT.startsWith(here) ? relative(process.cwd(), OUT) : OUT}`);
