/**
 * The VS Code client: starts `doclint --lsp` for the Markdown pages of the first workspace folder.
 * In a trusted workspace, the workspace's own doclint (`node_modules/.bin/doclint`) when it has one,
 * so that the editor reports what its CI does; else the server bundled with the extension. In an
 * untrusted workspace, always the bundled server, with `--no-config-lookup`: no config file of the
 * checkout is read, so no plugin of it runs (SECURITY.md).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** How to start the server for a workspace folder (undefined: none open). */
export function serverOptions(folder: string | undefined, extensionPath: string, trusted: boolean): ServerOptions {
  const args = ['--lsp', ...(trusted ? [] : ['--no-config-lookup'])];
  const name = process.platform === 'win32' ? 'doclint.cmd' : 'doclint';
  const local = folder === undefined ? undefined : join(folder, 'node_modules', '.bin', name);
  if (trusted && local !== undefined && existsSync(local)) {
    return { command: local, args, options: { cwd: folder!, shell: process.platform === 'win32' } };
  }
  const bundled = join(extensionPath, 'server', 'bundle', 'doclint.mjs');
  return {
    module: bundled,
    args,
    transport: TransportKind.stdio,
    ...(folder === undefined ? {} : { options: { cwd: folder } }),
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*') },
  };
  const start = async () => {
    await client?.stop();
    const options = serverOptions(folder, context.extensionPath, vscode.workspace.isTrusted);
    client = new LanguageClient('doclint', 'doclint', options, clientOptions);
    await client.start();
  };
  // trusting the workspace lets its config, plugins and own doclint in: start again with them
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void start()));
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
