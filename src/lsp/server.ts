/**
 * `doclint --lsp`: a Language Server Protocol server over stdio. It keeps the project's facts in
 * memory (src/lsp/project.ts), lints an open page from the editor's text a short while after each
 * change, runs the cross-file phase again and publishes the diagnostics of every page whose
 * findings changed (a heading renamed in one page updates the pages that link to it). Quick fixes
 * for fixes and suggestions, completion in link destinations, go-to-definition on links. Config
 * files and files created, deleted or renamed on disk are picked up (from the client's file
 * events, or a watcher of its own when the client sends none).
 */
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, LintResult } from '../types.js';
import { CONFIG_FILE_NAMES, IGNORE_FILE_NAME } from '../node/config/load-config.js';
import { exists } from '../node/exists.js';
import { findProjectRoot } from '../node/project-root.js';
import { toPosix } from '../node/paths.js';
import { readVersion } from '../node/version.js';
import { watchTree, type TreeWatcher } from '../node/watch.js';
import { isMarkdownPath } from '../helpers/links.js';
import { describeError } from '../cli/output.js';
import { LspProject, type ProjectOptions } from './project.js';
import { codeActions, FIX_ALL_KIND, ruleDocUrl, toLspDiagnostic } from './convert.js';
import { completions, definition } from './navigate.js';

/** How long to wait after an edit for more before linting again (ms): a burst of keys is one run. */
export const LSP_DEBOUNCE = 20;

export interface ServerOptions extends Omit<ProjectOptions, 'root' | 'warn'> {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** where the server was started, for a workspace the client does not name */
  cwd: string;
  /** `--root`: the project root, instead of the one found from the workspace folder */
  root?: string;
}

/** Folders whose files never matter to a run. */
const SKIPPED = new Set(['.git', 'node_modules']);

/** Whether a change to this file (relative to the root) changes the config or which pages are linted. */
const isConfigFile = (path: string) => {
  const name = basename(path);
  return CONFIG_FILE_NAMES.includes(name) || name === IGNORE_FILE_NAME || name === '.gitignore';
};

/** Starts the server on the streams; resolves when the connection ends. */
export function startServer(options: ServerOptions): Promise<void> {
  const connection = createConnection(options.input, options.output);
  const server = new Server(connection, options);
  server.listen();
  return new Promise((done) => connection.onExit(() => done()));
}

class Server {
  private project: LspProject | undefined;
  private root = '';
  private readonly documents = new TextDocuments(TextDocument);
  /** the URI the client gave each open page, by path */
  private readonly uris = new Map<string, string>();
  /** what was last published for each page (as JSON), and the findings behind it */
  private readonly published = new Map<string, string>();
  private readonly findings = new Map<string, Diagnostic[]>();
  private readonly dirty = new Set<string>();
  private reload = true;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private watcher: TreeWatcher | undefined;
  private watchedByClient = false;
  private readonly docUrls = new Map<string, string | undefined>();
  private readonly version = readVersion();

  constructor(
    private readonly connection: Connection,
    private readonly options: ServerOptions,
  ) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.initialized());
    documents.onDidChangeContent(({ document }) => this.edited(document));
    documents.onDidClose(({ document }) => this.closed(document));
    connection.onDidChangeWatchedFiles(({ changes }) => {
      for (const change of changes) this.fileEvent(change.uri, change.type);
      this.schedule();
    });
    connection.onCodeAction(({ textDocument, range, context }) => {
      const document = documents.get(textDocument.uri);
      const path = this.pathOf(textDocument.uri);
      if (!document || path === undefined) return [];
      return codeActions(document, this.findings.get(path) ?? [], range, (id) => this.docUrl(id), context.only);
    });
    connection.onCompletion(({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      const path = this.pathOf(textDocument.uri);
      if (!document || path === undefined || !this.project) return [];
      const lineBefore = document.getText({ start: { line: position.line, character: 0 }, end: position });
      return completions(this.project, path, lineBefore, position);
    });
    connection.onDefinition(async ({ textDocument, position }) => {
      const path = this.pathOf(textDocument.uri);
      if (path === undefined || !this.project) return null;
      const found = await definition(this.project, path, position, this.options.limits);
      return found ? { uri: this.uriOf(found.path), range: found.range } : null;
    });
    // for `npm run bench:lsp`: the server's memory, as Node counts it
    connection.onRequest('doclint/memoryUsage', () => process.memoryUsage());
    connection.onShutdown(() => this.shutdown());
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const start = folder?.startsWith('file:') ? fileURLToPath(folder) : (params.rootPath ?? this.options.cwd);
    this.root = findProjectRoot(start, this.options.root).root;
    this.watchedByClient = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.project = new LspProject({
      ...this.options,
      root: this.root,
      warn: (message) => this.connection.console.warn(`doclint: ${message}`),
    });
    // the project loads while the client finishes its start: the first diagnostics come sooner
    this.schedule(0);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: ['(', '/', '#', '"', ' '] },
        definitionProvider: true,
      },
      serverInfo: { name: 'doclint', version: this.version },
    };
  }

  private async initialized(): Promise<void> {
    if (this.watchedByClient) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*' }],
      });
      return;
    }
    this.watcher = await watchTree(this.root, {
      onChange: (path) => void this.changedOnDisk(path),
      onError: (message) => this.connection.console.warn(`doclint: cannot watch: ${message}`),
    });
  }

  /** A change the watcher of our own saw: which kind it is, from the disk. */
  private async changedOnDisk(path: string): Promise<void> {
    const kind = !(await exists(join(this.root, path)))
      ? FileChangeType.Deleted
      : this.project?.paths.has(path)
        ? FileChangeType.Changed
        : FileChangeType.Created;
    this.fileEvent(pathToFileURL(join(this.root, path)).href, kind);
    this.schedule();
  }

  /** A file created, changed or deleted on disk: what it changes is done at the next run. */
  private fileEvent(uri: string, type: FileChangeType): void {
    const path = this.pathOf(uri);
    const project = this.project;
    if (path === undefined || !project || path.split('/').some((part) => SKIPPED.has(part))) return;
    const config = this.options.loadOptions.config;
    const named = config !== undefined && resolve(this.root, config) === join(this.root, path);
    if (isConfigFile(path) || named) {
      this.reload = true;
    } else if (type === FileChangeType.Created) {
      // a new page (its folder may have a config of its own), or a file links may now reach
      if (isMarkdownPath(path)) this.reload = true;
      else project.paths.add(path);
    } else if (type === FileChangeType.Deleted) {
      const prefix = `${path}/`;
      // a folder: every file below it is gone
      if ([...project.paths].some((known) => known.startsWith(prefix))) this.reload = true;
      else project.deleted(path);
    } else if (isMarkdownPath(path) && !project.isOpen(path)) {
      this.dirty.add(path);
    }
  }

  private edited(document: TextDocument): void {
    const path = this.pathOf(document.uri);
    if (path === undefined || !this.project) return;
    this.uris.set(path, document.uri);
    this.project.setText(path, document.getText());
    this.dirty.add(path);
    this.schedule();
  }

  private closed(document: TextDocument): void {
    const path = this.pathOf(document.uri);
    if (path === undefined || !this.project) return;
    this.project.closeDocument(path);
    this.uris.delete(path);
    this.dirty.add(path);
    this.schedule();
  }

  /** Runs `flush` a short while after the last change; one run at a time, one more for what came during it. */
  private schedule(delay = LSP_DEBOUNCE): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.running) {
        this.again = true;
        return;
      }
      this.running = this.flush()
        .catch((error: unknown) => this.connection.console.error(describeError(error)))
        .finally(() => {
          this.running = undefined;
          if (this.again) {
            this.again = false;
            this.schedule(0);
          }
        });
    }, delay);
  }

  /** Lints what changed (everything after a config change), the cross-file phase, then publishes. */
  private async flush(): Promise<void> {
    const project = this.project;
    if (!project) return;
    if (this.reload) {
      this.reload = false;
      this.dirty.clear();
      try {
        await project.load();
      } catch (error) {
        void this.connection.window.showErrorMessage(describeError(error).trim());
        if (!project.loaded) return;
      }
    } else if (this.dirty.size > 0) {
      const paths = [...this.dirty];
      this.dirty.clear();
      await project.relint(paths);
    } else if (!project.loaded) return;
    this.publish(await project.check());
  }

  /** Sends the diagnostics of each page whose findings changed since they were last sent, open pages first. */
  private publish(results: readonly LintResult[]): void {
    const seen = new Set<string>();
    const ordered = [...results].sort((a, b) => Number(this.uris.has(b.path)) - Number(this.uris.has(a.path)));
    for (const result of ordered) {
      seen.add(result.path);
      this.send(result.path, result.diagnostics);
    }
    for (const path of [...this.published.keys()]) if (!seen.has(path)) this.send(path, []);
    for (const path of this.uris.keys()) if (!seen.has(path)) this.send(path, []);
  }

  private send(path: string, diagnostics: Diagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    const before = this.published.get(path);
    if (before === key || (before === undefined && diagnostics.length === 0 && !this.uris.has(path))) return;
    this.published.set(path, key);
    this.findings.set(path, diagnostics);
    void this.connection.sendDiagnostics({
      uri: this.uriOf(path),
      diagnostics: diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, (id) => this.docUrl(id))),
    });
  }

  private docUrl(ruleId: string): string | undefined {
    if (!this.docUrls.has(ruleId)) {
      const rule = this.project?.rules.find((candidate) => candidate.meta.id === ruleId);
      this.docUrls.set(ruleId, rule && ruleDocUrl(rule, this.version, this.root));
    }
    return this.docUrls.get(ruleId);
  }

  /** A page's path relative to the root, from a `file:` URI inside it; else undefined. */
  private pathOf(uri: string): string | undefined {
    if (!uri.startsWith('file:') || this.root === '') return undefined;
    let inside: string;
    try {
      inside = relative(this.root, fileURLToPath(uri));
    } catch {
      return undefined;
    }
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
    return toPosix(inside);
  }

  private uriOf(path: string): string {
    return this.uris.get(path) ?? pathToFileURL(join(this.root, path)).href;
  }

  private async shutdown(): Promise<void> {
    clearTimeout(this.timer);
    await this.running;
    await this.watcher?.close();
    await this.project?.dispose();
  }
}
