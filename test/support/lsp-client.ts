/**
 * A language client for tests: starts `node bundle/doclint.mjs --lsp` (or another command) in a
 * folder and speaks JSON-RPC with it over stdio, as an editor does. It keeps the last
 * diagnostics published for each URI, and waits for the ones a test expects (a bounded wait:
 * diagnostics are published a short while after a change, and only when they change).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/** `rule line:column` (1-based) of each diagnostic, as doclint's reports count. */
export const compact = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((d) => `${String(d.code ?? '-')} ${d.range.start.line + 1}:${d.range.start.character + 1}`);

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** how many times diagnostics were published for each URI */
  readonly publications = new Map<string, number>();
  readonly registrations: string[] = [];
  stderr = '';
  private readonly waiters = new Set<() => void>();
  private readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;

  constructor(
    readonly root: string,
    command: readonly string[],
  ) {
    this.child = spawn(process.execPath, [...command], { cwd: root, stdio: 'pipe' });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((done) => this.child.on('exit', (code) => done(code)));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.child.stdout),
      new StreamMessageWriter(this.child.stdin),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      this.diagnostics.set(uri, diagnostics);
      this.publications.set(uri, (this.publications.get(uri) ?? 0) + 1);
      for (const wake of [...this.waiters]) wake();
    });
    this.connection.onRequest(RegistrationRequest.type, ({ registrations }) => {
      for (const registration of registrations) this.registrations.push(registration.method);
    });
    this.connection.listen();
  }

  uri(path: string): string {
    return pathToFileURL(join(this.root, path)).href;
  }

  async initialize(watchedFiles = true): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).href,
      workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'test' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: watchedFiles } } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /**
   * The diagnostics of `path` once `check` accepts them (it is given `rule line:column` of each);
   * fails with what was last published when they do not come within `ms`.
   */
  async waitFor(path: string, check: (found: string[]) => boolean, ms = 20_000): Promise<Diagnostic[]> {
    const uri = this.uri(path);
    const ready = () => {
      const found = this.diagnostics.get(uri);
      return found !== undefined && check(compact(found)) ? found : undefined;
    };
    const now = ready();
    if (now) return now;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        const last = this.diagnostics.get(uri);
        reject(new Error(`no expected diagnostics for ${path}; last: ${JSON.stringify(last && compact(last))}`));
      }, ms);
      const wake = () => {
        const found = ready();
        if (!found) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(found);
      };
      this.waiters.add(wake);
    });
  }

  /** Waits for `path`'s diagnostics to be exactly these (`rule line:column`, in order). */
  expect(path: string, expected: readonly string[], ms?: number): Promise<Diagnostic[]> {
    return this.waitFor(path, (found) => JSON.stringify(found) === JSON.stringify(expected), ms);
  }

  open(path: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uri(path), languageId: 'markdown', version, text },
    });
  }

  /** Replaces the whole text of an open page. */
  change(path: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri(path), version },
      contentChanges: [{ text }],
    });
  }

  close(path: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri(path) } });
  }

  /** Tells of files created (1), changed (2) or deleted (3) on disk. */
  filesChanged(changes: Array<[path: string, type: 1 | 2 | 3]>): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: changes.map(([path, type]) => ({ uri: this.uri(path), type })),
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params);
  }

  /** shutdown, then exit: resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.child.kill();
  }
}
