// One measured run, in a fresh process: `node bench/measure.mjs <lint|parse> <folder>`.
// Prints one JSON line: wall and CPU seconds, peak RSS, pages, findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode, folder] = process.argv.slice(2);
const started = process.hrtime.bigint();
let pages = 0;
let findings = 0;

if (mode === 'lint') {
  const { main } = await import('../dist/src/cli.js');
  let out = '';
  await main({
    argv: ['--format', 'json'],
    cwd: folder,
    stdout: { write: (chunk) => (out += chunk) },
    stderr: { write: (chunk) => process.stderr.write(chunk) },
    env: {},
  });
  const report = JSON.parse(out);
  pages = report.length;
  findings = report.reduce((sum, r) => sum + r.messages.length, 0);
} else if (mode === 'parse') {
  // The floor: read every page and parse it with remark-parse (CommonMark, no GFM), nothing else.
  const { globby } = await import('globby');
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const processor = unified().use(remarkParse);
  for (const path of await globby('**/*.md', { cwd: folder, dot: true, gitignore: true })) {
    const bytes = readFileSync(join(folder, path));
    if (bytes.subarray(0, 8000).includes(0)) continue;
    processor.parse(bytes.toString('utf8'));
    pages++;
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}

const wall = Number(process.hrtime.bigint() - started) / 1e9;
const usage = process.resourceUsage();
console.log(JSON.stringify({
  wall,
  cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  maxRssMb: usage.maxRSS / 1024,
  pages,
  findings,
}));
