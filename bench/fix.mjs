// `npm run bench:fix`: a lint of the whole corpus against `--fix-dry-run` on it (the bundle, fresh
// processes, median wall time), and what the dry run would fix (its summary line). Not a test.
//
// Environment: BENCH_RUNS=3 (median kept), DOCLINT_CORPUS=<folder> (default ../../shared/corpus/awsdocs
// from here), BENCH_ARGS (extra arguments for both runs, such as `--concurrency off`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(process.env.DOCLINT_CORPUS ?? join(here, '../../shared/corpus/awsdocs'));
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const extra = (process.env.BENCH_ARGS ?? '').split(' ').filter(Boolean);
const bundle = join(here, '../bundle/doclint.mjs');
if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus} (set DOCLINT_CORPUS)`);

function measure(argv) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    last = spawnSync(process.execPath, [bundle, '--no-config-lookup', ...extra, ...argv], {
      cwd: corpus,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], run: last };
}

const lint = measure(['--format', 'json']);
const dry = measure(['--fix-dry-run', '--format', 'json', '--output-file', join(here, '.fix-report.json')]);
const summary = dry.run.stderr.split('\n').find((line) => line.startsWith('doclint: --fix-dry-run:')) ?? '(none)';
const diffLines = dry.run.stdout.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line)).length;
console.log(`corpus: ${corpus} (median of ${runs})`);
console.log(`lint:          ${lint.median.toFixed(2)} s (exit ${lint.run.status})`);
console.log(`--fix-dry-run: ${dry.median.toFixed(2)} s (exit ${dry.run.status}), diff ${diffLines} changed lines`);
console.log(summary);
