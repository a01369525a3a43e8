/**
 * `doclint --lsp` through the bundle (the shipped binary), driven over stdio with real JSON-RPC
 * messages by a language client (test/support/lsp-client.ts), in a temporary project: diagnostics
 * of an opened page (exact rule, line, column), edits that fix and break a link, a heading renamed
 * in one page updating the page that links to it, files created, deleted and renamed on disk and a
 * config change, quick fixes (a suggestion, and a plugin rule's fix), completion of paths and
 * anchors, go-to-definition, shutdown and exit. No sleeps: each step waits (bounded) for the
 * diagnostics it expects.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, CompletionItem, Location } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bundle = join(repo, 'bundle/doclint.mjs');
const scratch = join(tmpdir(), `doclint-lsp-${process.pid}`);

/** A fixable plugin rule: `TODO` in text, fixed to `To do`. */
const TODO_RULE = `export default {
  meta: { id: 'local/todo', description: 'No TODO notes', messages: { found: 'Unexpected \`TODO\`' }, fixable: true },
  create(context) {
    return {
      text(node) {
        const at = node.value.indexOf('TODO');
        if (at < 0) return;
        const start = { line: node.position.start.line, column: node.position.start.column + at };
        const end = { line: start.line, column: start.column + 4 };
        context.report({ position: { start, end }, messageId: 'found', fix: { start, end, text: 'To do' } });
      },
    };
  },
};
`;

const CONFIG = JSON.stringify({ plugins: ['./rules/todo.mjs'], rules: { 'local/todo': 'warn' } });
const A = '# Page A\n\n## Setup\n\nText.\n';
const B = '# Page B\n\nSee [setup](a.md#setup) and [missing](c.md).\n\nAlso [near](a.md#setu), TODO.\n';

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

let root = '';
let client: LspClient;

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error('bundle/doclint.mjs is missing: run `npm run build:bundle`');
  rmSync(scratch, { recursive: true, force: true });
  root = join(scratch, 'project');
  write(root, {
    '.doclintrc.json': CONFIG,
    'rules/todo.mjs': TODO_RULE,
    'a.md': A,
    'b.md': B,
    'docs/guide.md': '# Guide\n\nBack to [B](../b.md).\n',
    'images/logo.png': 'png',
  });
  client = new LspClient(root, [bundle, '--lsp']);
  const { capabilities } = await client.initialize();
  expect(capabilities.definitionProvider).toBe(true);
  expect(capabilities.completionProvider?.triggerCharacters).toEqual(expect.arrayContaining(['/', '#']));
});

afterAll(() => {
  client?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

describe('doclint --lsp (the bundle, over stdio)', () => {
  const bFindings = ['link-file-exists 3:29', 'link-anchor-exists 5:6', 'local/todo 5:25'];

  test('an opened page gets its diagnostics: rule, severity, place, the rule page', async () => {
    await client.open('b.md', B);
    const diagnostics = await client.expect('b.md', bFindings);
    expect(diagnostics[0]).toMatchObject({
      code: 'link-file-exists',
      severity: 1,
      source: 'doclint',
      message: 'Cannot find file `c.md`',
      range: { start: { line: 2, character: 28 }, end: { line: 2, character: 43 } },
    });
    expect(diagnostics[0]!.codeDescription!.href).toMatch(/^file:.*\/rules\/link-file-exists\.md$/);
    expect(diagnostics[2]).toMatchObject({ code: 'local/todo', severity: 2 });
    // the server registered for file events, as the client allows
    expect(client.registrations).toContain('workspace/didChangeWatchedFiles');
  });

  test('an edit fixing a link clears its finding; one breaking it brings it back (from the editor text)', async () => {
    await client.change('b.md', B.replace('(c.md)', '(a.md)'), 2);
    await client.expect('b.md', ['link-anchor-exists 5:6', 'local/todo 5:25']);
    await client.change('b.md', B, 3);
    await client.expect('b.md', bFindings);
  });

  test('a heading renamed in page A updates the diagnostics of page B, which links to it', async () => {
    await client.open('a.md', A);
    await client.change('a.md', A.replace('## Setup', '## Install'), 2);
    await client.expect('b.md', ['link-anchor-exists 3:5', ...bFindings]);
    await client.change('a.md', A, 3);
    await client.expect('b.md', bFindings);
  });

  test('a quick fix for a suggestion, and for a plugin rule’s fix', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: client.uri('b.md') },
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 40 } },
      context: { diagnostics: [] },
    });
    expect(actions.map((action) => [action.title, action.edit?.changes?.[client.uri('b.md')]])).toEqual([
      [
        'Change to `#setup`',
        [{ range: { start: { line: 4, character: 16 }, end: { line: 4, character: 21 } }, newText: '#setup' }],
      ],
      [
        'Fix: Unexpected `TODO`',
        [{ range: { start: { line: 4, character: 24 }, end: { line: 4, character: 28 } }, newText: 'To do' }],
      ],
    ]);
    expect(actions[1]).toMatchObject({ kind: 'quickfix', isPreferred: true });
  });

  test('"fix all" (source.fixAll.doclint, as codeActionsOnSave asks): every fix of the page in one action', async () => {
    await client.change('b.md', `${B}\nTODO here.\n`, 4);
    await client.expect('b.md', [...bFindings, 'local/todo 7:1']);
    const ask = (only?: string[]) =>
      client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: client.uri('b.md') },
        range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } },
        context: { diagnostics: [], ...(only ? { only } : {}) },
      });
    const edits = [
      { range: { start: { line: 4, character: 24 }, end: { line: 4, character: 28 } }, newText: 'To do' },
      { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 4 } }, newText: 'To do' },
    ];
    const fixAll = {
      title: 'Fix all doclint problems that have one right fix',
      kind: 'source.fixAll.doclint',
      edit: { changes: { [client.uri('b.md')]: edits } },
    };
    expect(await ask(['source.fixAll'])).toEqual([fixAll]);
    // in the light bulb: the place's own quick fix, then the page-wide one (it does more)
    expect((await ask()).map((action) => action.title)).toEqual(['Fix: Unexpected `TODO`', fixAll.title]);
    expect(await ask(['refactor'])).toEqual([]);
    await client.change('b.md', B, 5);
    await client.expect('b.md', bFindings);
  });

  test('completion of relative paths and of anchors inside a link destination', async () => {
    const text = `${B}\n[x](\n[y](docs/\n[z](a.md#\n`;
    await client.change('b.md', text, 4);
    const at = async (line: number, character: number) =>
      (
        await client.request<CompletionItem[]>('textDocument/completion', {
          textDocument: { uri: client.uri('b.md') },
          position: { line, character },
        })
      ).map((item) => item.label);
    expect(await at(6, 4)).toEqual(['docs/', 'images/', 'rules/', 'a.md', 'b.md']);
    expect(await at(7, 9)).toEqual(['guide.md']);
    expect(await at(8, 9)).toEqual(['page-a', 'setup']);
    // not in a link destination: nothing
    expect(await at(4, 2)).toEqual([]);
    await client.change('b.md', B, 5);
  });

  test('go to definition: a link leads to its file, at the heading its fragment names', async () => {
    const definition = await client.request<Location>('textDocument/definition', {
      textDocument: { uri: client.uri('b.md') },
      position: { line: 2, character: 14 },
    });
    expect(definition).toEqual({
      uri: client.uri('a.md'),
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } },
    });
    const file = await client.request<Location>('textDocument/definition', {
      textDocument: { uri: client.uri('docs/guide.md') },
      position: { line: 2, character: 10 },
    });
    expect(file).toEqual({
      uri: client.uri('b.md'),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
  });

  test('files created, deleted and renamed on disk, and a config change, are picked up', async () => {
    write(root, { 'c.md': '# Page C\n\nSee [A](a.md).\n' });
    await client.filesChanged([['c.md', 1]]);
    await client.expect('b.md', ['link-anchor-exists 5:6', 'local/todo 5:25']);
    // a page that is not open gets its diagnostics too
    renameSync(join(root, 'a.md'), join(root, 'renamed.md'));
    await client.close('a.md');
    await client.filesChanged([
      ['a.md', 3],
      ['renamed.md', 1],
    ]);
    await client.expect('c.md', ['link-file-exists 3:5']);
    await client.expect('b.md', ['link-file-exists 3:5', 'link-file-exists 5:6', 'local/todo 5:25']);
    unlinkSync(join(root, 'c.md'));
    await client.filesChanged([['c.md', 3]]);
    await client.expect('b.md', [
      'link-file-exists 3:5',
      'link-file-exists 3:29',
      'link-file-exists 5:6',
      'local/todo 5:25',
    ]);
    await client.expect('c.md', []);
    write(root, {
      '.doclintrc.json': JSON.stringify({
        ...JSON.parse(CONFIG),
        rules: { 'link-file-exists': 'warn', 'local/todo': 'off' },
      }),
    });
    await client.filesChanged([['.doclintrc.json', 2]]);
    const [first] = await client.expect('b.md', [
      'link-file-exists 3:5',
      'link-file-exists 3:29',
      'link-file-exists 5:6',
    ]);
    expect(first!.severity).toBe(2);
  });

  test('shutdown, then exit: the server ends with 0', async () => {
    expect(await client.stop()).toBe(0);
    expect(client.stderr).toBe('');
  });
});

test('--lsp takes no paths, and does not combine with --stdin or --watch (exit 2)', async () => {
  const { spawnSync } = await import('node:child_process');
  const run = (...args: string[]) => spawnSync(process.execPath, [bundle, '--lsp', ...args], { encoding: 'utf8' });
  expect([run('docs').status, run('docs').stderr]).toEqual([
    2,
    expect.stringContaining("--lsp takes no paths: the pages are those under the editor's workspace"),
  ]);
  expect(run('--watch').stderr).toContain('--lsp cannot be combined with --watch');
});
