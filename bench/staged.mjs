// `npm run bench:staged`: how long the pre-commit hook (`doclint --staged`) takes on a large
// guide, for the commits a writer makes. Not a test: the numbers depend on the machine.
//
// The tree is the largest guide of the corpus (DOCLINT_CORPUS, default ../shared/corpus/awsdocs),
// copied twice into one git repository so that it has over 2,000 pages, or a synthetic tree of
// 2,400 pages without the corpus. Each case is measured in a fresh process, median of 5 runs.
// STAGED_ARGS adds arguments to each run, e.g. a cache the hook keeps in the git folder:
//   STAGED_ARGS=--cache npm run bench:staged   (the hook's cache, in .git/doclint-cache)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const bin = join(repoRoot, 'bundle/doclint.mjs');
const corpus = process.env.DOCLINT_CORPUS || join(repoRoot, '../shared/corpus/awsdocs');
const RUNS = 5;
const extra = (process.env.STAGED_ARGS ?? '').split(' ').filter(Boolean);
const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.com' };
Object.assign(env, { GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.com' });

const work = mkdtempSync(join(tmpdir(), 'doclint-bench-staged-'));
const git = (...args) => execFileSync('git', args, { cwd: work, env, encoding: 'utf8', maxBuffer: 1 << 28 });

function largestGuide() {
  if (!existsSync(corpus)) return undefined;
  const guides = readdirSync(corpus)
    .map((name) => join(corpus, name, 'doc_source'))
    .filter((folder) => existsSync(folder))
    .map((folder) => ({ folder, pages: readdirSync(folder).filter((name) => name.endsWith('.md')).length }));
  return guides.sort((a, b) => b.pages - a.pages)[0];
}

const guide = largestGuide();
if (guide) {
  cpSync(guide.folder, join(work, 'a'), { recursive: true });
  cpSync(guide.folder, join(work, 'b'), { recursive: true });
} else {
  for (const copy of ['a', 'b']) {
    for (let i = 0; i < 1200; i += 1) {
      const next = `page-${(i + 1) % 1200}.md`;
      writeFileSync(join(work, copy, `page-${i}.md`), `# Page ${i}\n\n## Set up\n\nSee [next](${next}#set-up).\n`, {
        flag: 'w',
      });
    }
  }
}
git('init', '-q');
git('add', '.');
git('commit', '-q', '-m', 'tree');
const pages = git('ls-files')
  .split('\n')
  .filter((path) => path.endsWith('.md'));
const sample = pages.find((path) => path.startsWith('a/') && !path.endsWith('index.md'));

function measure() {
  const times = [];
  let last;
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    last = spawnSync(process.execPath, [bin, '--staged', '--no-color', ...extra], { cwd: work, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    ms: times[Math.floor(times.length / 2)],
    status: last.status,
    findings: (last.stdout.match(/ error /g) ?? []).length,
  };
}

const rows = [];
const row = (name, result) =>
  rows.push(`| ${name} | ${result.ms.toFixed(0)} | ${result.status} | ${result.findings} |`);
row('nothing staged', measure());
writeFileSync(join(work, sample), `${execFileSync('git', ['show', `:${sample}`], { cwd: work })}\nOne more line.\n`);
git('add', sample);
row(`one page edited (\`${sample}\`)`, measure());
git('reset', '-q', '--hard');
git('mv', sample, sample.replace(/\.md$/, '-renamed.md'));
row('one page renamed (`git mv`)', measure());
git('reset', '-q', '--hard');
git('rm', '-q', sample);
row('one page deleted (`git rm`)', measure());
rmSync(work, { recursive: true, force: true });

console.log(
  `\`doclint --staged\` on ${pages.length.toLocaleString('en')} pages ` +
    `(${guide ? `the largest corpus guide, ${guide.pages} pages, twice` : 'a synthetic tree'}); ` +
    `median of ${RUNS} fresh processes, wall time including Node's start` +
    `${extra.length > 0 ? `; with ${extra.join(' ')}` : ''}\n`,
);
console.log('| staged change | wall (ms) | exit | errors reported |\n| --- | --- | --- | --- |');
console.log(rows.join('\n'));
