/**
 * The VS Code extension in editors/vscode/: its manifest, its build (`scripts/build-vscode.mjs`,
 * offline), which server its client starts (the workspace's doclint only in a trusted workspace),
 * and the server it bundles answering over stdio with the `--stdio` that language clients add.
 * `@vscode/test-electron` would download VS Code, which this project's machines cannot: the
 * editor's side is the protocol, tested in server.test.ts and here with a client of our own.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAMES } from '../../src/node/config/load-config.js';
import { LspClient } from '../support/lsp-client.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const extension = join(repo, 'editors/vscode');
const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const scratch = join(tmpdir(), `doclint-vscode-${process.pid}`);

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-vscode.mjs'], { cwd: repo });
  rmSync(scratch, { recursive: true, force: true });
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('the manifest: activated by Markdown, the config schema for every JSON config file name', () => {
  expect(manifest.activationEvents).toEqual(['onLanguage:markdown']);
  expect(manifest.engines.vscode).toBe('^1.91.0');
  expect(manifest.main).toBe('./dist/extension.cjs');
  const [validation] = manifest.contributes.jsonValidation;
  const json = CONFIG_FILE_NAMES.filter((name) => /\.jsonc?$/.test(name) && name !== 'package.json');
  expect(validation.fileMatch).toEqual(expect.arrayContaining(['.doclintrc', ...json]));
  // the schema shipped is the one `npm run build:schema` makes
  expect(readFileSync(join(extension, validation.url), 'utf8')).toBe(
    readFileSync(join(repo, 'schema/doclint.schema.json'), 'utf8'),
  );
});

/** What the built client would start, with the `vscode` module stubbed (it is the editor's). */
function serverOptions(folder: string, trusted: boolean): { command?: string; module?: string; args: string[] } {
  const script = `
const Module = require('node:module');
const load = Module._load;
const vscode = new Proxy({}, { get: () => class {} });
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
const { serverOptions } = require(${JSON.stringify(join(extension, 'dist/extension.cjs'))});
process.stdout.write(JSON.stringify(serverOptions(${JSON.stringify(folder)}, ${JSON.stringify(extension)}, ${trusted})));
`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

test("the client starts the workspace's doclint only in a trusted workspace; else the bundled one, without config", () => {
  const folder = join(scratch, 'with-local');
  mkdirSync(join(folder, 'node_modules/.bin'), { recursive: true });
  writeFileSync(join(folder, 'node_modules/.bin/doclint'), '#!/bin/sh\n');
  expect(serverOptions(folder, true)).toMatchObject({
    command: join(folder, 'node_modules/.bin/doclint'),
    args: ['--lsp'],
  });
  const bundled = join(extension, 'server/bundle/doclint.mjs');
  expect(serverOptions(folder, false)).toMatchObject({ module: bundled, args: ['--lsp', '--no-config-lookup'] });
  expect(serverOptions(join(scratch, 'none'), true)).toMatchObject({ module: bundled, args: ['--lsp'] });
});

test('the bundled server answers over stdio, with the --stdio the client adds', async () => {
  const root = join(scratch, 'project');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, '.doclintrc.json'), '{}');
  const text = '# Page\n\nSee [gone](gone.md).\n';
  writeFileSync(join(root, 'page.md'), text);
  const client = new LspClient(root, [join(extension, 'server/bundle/doclint.mjs'), '--lsp', '--stdio']);
  try {
    const { serverInfo } = await client.initialize(false);
    expect(serverInfo).toEqual({
      name: 'doclint',
      version: JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version,
    });
    await client.open('page.md', text);
    const [diagnostic] = await client.expect('page.md', ['link-file-exists 3:5']);
    // the rule's page shipped with the extension's server
    expect(diagnostic!.codeDescription!.href).toBe(`file://${join(extension, 'server/rules/link-file-exists.md')}`);
    expect(await client.stop()).toBe(0);
  } finally {
    client.kill();
  }
});
