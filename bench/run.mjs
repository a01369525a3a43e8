// `npm run bench`: times a full doclint run against the floor (reading and parsing every page with
// remark-parse, nothing else) on the AWS corpus, or on synthetic guides of 1x, 2x and 4x a base
// size when the corpus is absent. Each measurement is a fresh process; the median of RUNS is kept.
// Not a test: numbers go to stdout and to bench/results.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticGuide } from './synthetic.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const corpus = process.env.DOCLINT_CORPUS ?? join(here, '../../shared/corpus/awsdocs');

function measure(mode, folder) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, [join(here, 'measure.mjs'), mode, folder], { encoding: 'utf8', maxBuffer: 1 << 30 });
    samples.push(JSON.parse(out.trim().split('\n').at(-1)));
  }
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { wall: median('wall'), cpu: median('cpu'), maxRssMb: median('maxRssMb'), pages: samples[0].pages, findings: samples[0].findings };
}

const targets = [];
let scratch;
if (existsSync(corpus)) {
  targets.push({ name: 'AWS corpus (25 guides)', folder: corpus });
} else {
  console.error(`corpus not found at ${corpus}: benchmarking synthetic guides instead`);
  scratch = mkdtempSync(join(tmpdir(), 'doclint-bench-'));
  for (const factor of [1, 2, 4]) {
    const folder = join(scratch, `x${factor}`);
    writeSyntheticGuide(folder, 1000 * factor);
    targets.push({ name: `synthetic guide, ${1000 * factor} pages`, folder });
  }
}

const rows = [];
for (const { name, folder } of targets) {
  process.stderr.write(`measuring ${name} (${RUNS} runs each)…\n`);
  const lint = measure('lint', folder);
  const parse = measure('parse', folder);
  rows.push({ name, lint, parse });
}
if (scratch) rmSync(scratch, { recursive: true, force: true });

// Start-up: what a pre-commit hook or `npx doclint` pays before any linting, against Node's own start.
function timeCommand(args, cwd) {
  const samples = [];
  for (let i = 0; i < 11; i++) {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, args, { cwd, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples.sort((a, b) => a - b)[5];
}
const bundle = join(here, '../bundle/doclint.mjs');
const example = join(here, '../examples/guide');
const startup = [
  ['node -e 0 (Node\'s own start)', timeCommand(['-e', '0'], here)],
  ['doclint --version (bundle)', timeCommand([bundle, '--version'], here)],
  ['doclint on one page (bundle, pre-commit style)', timeCommand([bundle, 'doc_source/welcome.md'], example)],
];

const f = (n, d = 1) => n.toFixed(d);
const lines = [
  '| tree | pages | tool | wall (s) | CPU (s) | peak RSS (MB) | pages/s | wall vs parse floor |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
];
for (const { name, lint, parse } of rows) {
  lines.push(`| ${name} | ${lint.pages} | doclint (all rules, ${lint.findings} findings) | ${f(lint.wall)} | ${f(lint.cpu)} | ${f(lint.maxRssMb, 0)} | ${f(lint.pages / lint.wall, 0)} | ${f(lint.wall / parse.wall, 2)}x |`);
  lines.push(`| ${name} | ${parse.pages} | parse floor (read + remark-parse) | ${f(parse.wall)} | ${f(parse.cpu)} | ${f(parse.maxRssMb, 0)} | ${f(parse.pages / parse.wall, 0)} | 1.00x |`);
}
lines.push('', '| start-up | median wall (ms) |', '| --- | ---: |', ...startup.map(([name, ms]) => `| ${name} | ${f(ms, 0)} |`));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${f(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`;
const table = lines.join('\n');
console.log(table);
console.log(`\nmachine: ${machine}; median of ${RUNS} runs`);
writeFileSync(
  join(here, 'results.md'),
  `# Benchmark results\n\nProduced by \`npm run bench\` (median of ${RUNS} fresh-process runs).\n\nMachine: ${machine}\n\n${table}\n`,
);
