// `npm run bench:lsp`: how fast `doclint --lsp` answers an editor, on the largest guide of the
// corpus (DOCLINT_CORPUS, default ../shared/corpus/awsdocs) and on the whole corpus. Not a test:
// the numbers depend on the machine. Over stdio with real JSON-RPC, as an editor does:
// - initialize → the first diagnostics of an opened page, with no cache (cold) and with the cache
//   file the first start wrote (warm; `--cache`, kept in a temporary folder);
// - an edit → the diagnostics of the edited page: EDITS edits (default 50), each adding a broken
//   link that the next diagnostics must report; median and p95, the server's debounce included;
// - the server's memory once loaded (RSS from /proc, heap from the server itself).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const bin = join(repoRoot, 'bundle/doclint.mjs');
const corpus = process.env.DOCLINT_CORPUS || join(repoRoot, '../shared/corpus/awsdocs');
const EDITS = Number(process.env.EDITS ?? 50);
const work = mkdtempSync(join(tmpdir(), 'doclint-bench-lsp-'));

const markdownIn = (folder) =>
  readdirSync(folder, { recursive: true })
    .filter((name) => String(name).endsWith('.md'))
    .map(String);

function largestGuide() {
  const guides = readdirSync(corpus)
    .map((name) => join(corpus, name, 'doc_source'))
    .filter((folder) => existsSync(folder))
    .map((folder) => ({ folder, pages: markdownIn(folder).length }));
  return guides.sort((a, b) => b.pages - a.pages)[0];
}

/** Starts the server on `root`; resolves once it is initialized. */
function start(root, args) {
  const child = spawn(process.execPath, [bin, '--lsp', '--root', root, ...args], { cwd: root, stdio: 'pipe' });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiters = new Set();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    for (const waiter of [...waiters]) waiter(params);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const next = (uri, check = () => true) =>
    new Promise((resolve) => {
      const waiter = (params) => {
        if (params.uri !== uri || !check(params.diagnostics)) return;
        waiters.delete(waiter);
        resolve(params.diagnostics);
      };
      waiters.add(waiter);
    });
  return { child, connection, next };
}

/** initialize → the first diagnostics of `page`; the server is left running. */
async function firstDiagnostics(root, page, args) {
  const server = start(root, args);
  const uri = pathToFileURL(join(root, page)).href;
  const started = performance.now();
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  await server.connection.sendNotification('initialized', {});
  const first = server.next(uri);
  await server.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(root, page), 'utf8') },
  });
  await first;
  return { server, uri, ms: performance.now() - started };
}

async function edits(server, uri, text) {
  const times = [];
  for (let index = 1; index <= EDITS; index++) {
    const missing = `missing-${index}.md`;
    const done = server.next(uri, (diagnostics) => diagnostics.some((d) => d.message.includes(missing)));
    const started = performance.now();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: index + 1 },
      contentChanges: [{ text: `${text}\n[broken](${missing})\n` }],
    });
    await done;
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function memory(server) {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  const usage = await server.connection.sendRequest('doclint/memoryUsage');
  return { rss, heap: usage.heapUsed / 1024 / 1024 };
}

async function stop(server) {
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
  await new Promise((done) => server.child.on('exit', done));
  server.connection.dispose();
}

const mb = (value) => `${value.toFixed(0)} MB`;
const ms = (value) => `${value.toFixed(0)} ms`;
const at = (sorted, share) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];

try {
  if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus} (set DOCLINT_CORPUS)`);
  const guide = largestGuide();
  const pages = markdownIn(guide.folder).sort();
  const page = pages[Math.floor(pages.length / 2)];
  const cache = ['--cache', '--cache-location', join(work, 'guide.doclintcache')];
  const cold = await firstDiagnostics(guide.folder, page, cache);
  await stop(cold.server);
  const warm = await firstDiagnostics(guide.folder, page, cache);
  const times = await edits(warm.server, warm.uri, readFileSync(join(guide.folder, page), 'utf8'));
  const guideMemory = await memory(warm.server);
  await stop(warm.server);
  const all = await firstDiagnostics(corpus, relative(corpus, join(guide.folder, page)), []);
  const allMemory = await memory(all.server);
  await stop(all.server);
  console.log(`doclint --lsp, on the largest guide (${guide.pages} pages) and on the whole corpus`);
  console.log('');
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(`| initialize → first diagnostics, cold (no cache) | ${ms(cold.ms)} |`);
  console.log(`| initialize → first diagnostics, warm cache | ${ms(warm.ms)} |`);
  console.log(`| edit → diagnostics of the edited page, median of ${EDITS} | ${ms(at(times, 0.5))} |`);
  console.log(`| edit → diagnostics of the edited page, p95 | ${ms(at(times, 0.95))} |`);
  console.log(`| server memory, largest guide (RSS / heap used) | ${mb(guideMemory.rss)} / ${mb(guideMemory.heap)} |`);
  console.log(`| initialize → first diagnostics, whole corpus, no cache | ${ms(all.ms)} |`);
  console.log(`| server memory, whole corpus (RSS / heap used) | ${mb(allMemory.rss)} / ${mb(allMemory.heap)} |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
