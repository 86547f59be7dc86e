// The Story Bank language server: adapts the core to LSP. Runs over stdio (`storybank-language-server --stdio`)
// or Node IPC (the VS Code client). The analysis is the core's; this file wires the connection to the
// workspace state (workspace.ts) and the features (features/*.ts).
import {
  CancellationTokenSource,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  createConnection,
  type CancellationToken,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import pkg from '../../package.json';
import { fromLspPosition } from './convert';
import { codeActionsFor } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { questionCatalog } from './core/knowledge';
import { completionsAt, frontMatterCouldBeStory } from './features/completion';
import { hoverAt, type BankCounts } from './features/hover';
import { documentSymbols, foldingRanges } from './features/symbols';
import { FrameGuard } from './framing';
import { BankWatcher } from './bankWatcher';
import { ruleDocLinks } from './docLinks';
import { BankIndexRequest, CheckBankRequest, SHOW_RULE_DOC_COMMAND, StatsRequest, type StoryBankInitializationOptions, type StoryBankSettings } from './protocol';
import { asSettings } from './settings';
import { codeActionOptions, describeError, requestGuard, serverCapabilities, serverHost } from './serving';
import { StoryBankWorkspace, type Folder, type Progress } from './workspace';

// Without a transport argument, speak over stdio (what editors other than VS Code expect).
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}

// Over stdio, a guard checks the message framing so that one malformed header cannot stop the server answering.
const connection = process.argv.includes('--stdio')
  ? createConnection(ProposedFeatures.all, process.stdin.pipe(new FrameGuard((m) => reportFramingError(m))), process.stdout)
  : createConnection(ProposedFeatures.all);

function reportFramingError(message: string): void {
  process.stderr.write(`${message}\n`);
  connection.console.error(message);
}
const documents = new TextDocuments(TextDocument);

const describe = describeError;

// Nothing may write to stdout but the protocol: route stray console output to the client's log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (err) => connection.console.error(`Uncaught exception in the Story Bank server: ${describe(err)}`));
process.on('unhandledRejection', (err) => connection.console.error(`Unhandled rejection in the Story Bank server: ${describe(err)}`));

let capabilities: ClientCapabilities = {};
let initOptions: StoryBankInitializationOptions = {};
/** Settings pushed by a client that cannot answer workspace/configuration. */
let pushedSettings: StoryBankSettings | undefined;

/** Each rule's documentation link: the page bundled beside the server when it is there (works offline). */
const docLinks = ruleDocLinks();

const ws = new StoryBankWorkspace(
  serverHost(connection, documents, {
    links: () => docLinks,
    asksConfiguration: () => capabilities.workspace?.configuration === true,
    fallbackSettings: () => pushedSettings ?? initOptions.settings,
  }),
);

/** Runs a request handler; an exception is logged and answered with an error, and the server keeps serving. */
const guard = requestGuard<ResponseError<void>>((m) => connection.console.error(m), ResponseError, ErrorCodes.InternalError);

/** The same for requests without parameters. */
function guard0<R>(name: string, fn: (token: CancellationToken) => R | Promise<R>): (token: CancellationToken) => Promise<R | ResponseError<void>> {
  const g = guard<undefined, R>(name, (_p, token) => fn(token));
  return (token) => g(undefined, token);
}

/** Runs a notification handler; an exception is logged. */
function guardNote<P>(name: string, fn: (params: P) => unknown): (params: P) => void {
  return (params) => {
    try {
      const r = fn(params);
      if (r instanceof Promise) r.catch((err: unknown) => connection.console.error(`${name} failed: ${describe(err)}`));
    } catch (err) {
      connection.console.error(`${name} failed: ${describe(err)}`);
    }
  };
}

function uriOf(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string' || uri.length === 0) throw new Error('the request has no textDocument.uri');
  return uri;
}

function positionOf(params: unknown): { line: number; character: number } {
  const p = (params as { position?: { line?: unknown; character?: unknown } } | undefined)?.position;
  if (!p || typeof p.line !== 'number' || typeof p.character !== 'number') throw new Error('the request has no valid position');
  return { line: p.line, character: p.character };
}

function foldersFrom(params: InitializeParams): Folder[] {
  const raw = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : params.rootPath ? [{ uri: URI.file(params.rootPath).toString(), name: '' }] : []);
  return raw.filter((f) => URI.parse(f.uri).scheme === 'file').map((f) => ({ uri: f.uri, path: URI.parse(f.uri).fsPath }));
}

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  initOptions = (params.initializationOptions ?? {}) as StoryBankInitializationOptions;
  if (typeof initOptions.cacheDir === 'string' && initOptions.cacheDir !== '') ws.useCache(initOptions.cacheDir);
  ws.setFolders(foldersFrom(params));
  return {
    capabilities: serverCapabilities([SHOW_RULE_DOC_COMMAND]),
    serverInfo: { name: 'storybank-language-server', version: (pkg as { version: string }).version },
  };
});

async function withProgress<R>(title: string, token: CancellationToken | undefined, run: (token: CancellationToken | undefined, progress: Progress | undefined) => Promise<R>): Promise<R> {
  let reporter: WorkDoneProgressServerReporter | undefined;
  if (capabilities.window?.workDoneProgress) {
    try {
      reporter = await connection.window.createWorkDoneProgress();
      reporter.begin(title, 0, 'Reading stories…', true);
    } catch {
      reporter = undefined;
    }
  }
  // Either the request's token or the progress's cancel button stops the work.
  const source = new CancellationTokenSource();
  const links = [token?.onCancellationRequested(() => source.cancel()), reporter?.token.onCancellationRequested(() => source.cancel())];
  try {
    return await run(source.token, reporter ? { report: (p, m) => reporter?.report(p, m) } : undefined);
  } finally {
    for (const l of links) l?.dispose();
    source.dispose();
    reporter?.done();
  }
}

// Clients that cannot watch files (Neovim on Linux, clients without dynamic registration): the server watches the
// workspace folders itself, so stories changed on disk outside the editor are checked again.
const bankWatcher = new BankWatcher(
  (changes) => void ws.filesChanged(changes).catch((err: unknown) => connection.console.error(`Handling file changes failed: ${describe(err)}`)),
  (message) => connection.console.warn(message),
);
function watchBankOurselves(): void {
  const folders = ws.getFolders().map((f) => f.path);
  bankWatcher.watch(folders);
  if (bankWatcher.active) connection.console.log(`The editor does not watch files for Story Bank: the server watches ${folders.join(', ')} itself.`);
}
connection.onShutdown(() => bankWatcher.stop());

connection.onInitialized(() => {
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'storybank' });
  }
  if (!initOptions.clientWatchesFiles && capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/*.markdown' }, { globPattern: '**/.storybank.{yml,yaml}' }],
      })
      .catch((err: unknown) => {
        connection.console.warn(`The editor refused to watch files (${describe(err)}); the server watches the bank itself.`);
        watchBankOurselves();
      });
  } else if (!initOptions.clientWatchesFiles) {
    watchBankOurselves();
  }
  if (capabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(
      guardNote('workspace folders change', async (e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        const kept = ws.getFolders().filter((f) => !removed.has(f.uri));
        const added = e.added.filter((f) => URI.parse(f.uri).scheme === 'file').map((f) => ({ uri: f.uri, path: URI.parse(f.uri).fsPath }));
        ws.setFolders([...kept, ...added]);
        if (bankWatcher.active) watchBankOurselves();
        await ws.index();
      }),
    );
  }
  withProgress('Story Bank', undefined, async (token, progress) => {
    const started = Date.now();
    const r = await ws.index({ token, progress });
    // A start-up index overtaken by a newer one (settings arrived, folders changed) says nothing: the newer one counts.
    if (!r.cancelled) connection.console.log(`Indexed ${r.stories} ${r.stories === 1 ? 'story' : 'stories'} in ${Date.now() - started} ms.`);
  }).catch((err: unknown) => connection.console.error(`Indexing failed: ${describe(err)}`));
});

// Documents: open, change (debounced per document), close (falls back to the file on disk).
const justOpened = new Set<string>();
documents.onDidOpen(
  guardNote('didOpen', async (e) => {
    justOpened.add(e.document.uri);
    await ws.didOpen(e.document.uri);
  }),
);
documents.onDidChangeContent(
  guardNote('didChange', async (e) => {
    if (justOpened.delete(e.document.uri)) return; // the open event already linted it
    await ws.didChange(e.document.uri);
  }),
);
documents.onDidClose(
  guardNote('didClose', async (e) => {
    justOpened.delete(e.document.uri);
    await ws.didClose(e.document.uri);
  }),
);

connection.onDidChangeWatchedFiles(
  guardNote('didChangeWatchedFiles', async (params) => {
    const kinds = { [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted' } as const;
    await ws.filesChanged(params.changes.map((c) => ({ uri: c.uri, type: kinds[c.type] ?? 'changed' })));
  }),
);

connection.onDidChangeConfiguration(
  guardNote('didChangeConfiguration', async (params) => {
    if (!capabilities.workspace?.configuration) {
      const s = (params.settings as { storybank?: unknown } | null | undefined)?.storybank;
      pushedSettings = s === undefined ? undefined : asSettings(s);
    }
    await ws.settingsChanged();
  }),
);

/** Stories per question, from the bank's one coverage computation (core/bank.ts). */
function bankCounts(): BankCounts {
  return { storiesPerQuestion: ws.storiesPerQuestion() };
}

connection.onHover(
  guard('hover', async (params) => {
    const uri = uriOf(params);
    const pos = positionOf(params);
    const analysis = await ws.analysisFor(uri);
    if (!analysis) return null;
    return hoverAt(analysis, fromLspPosition(pos, analysis.file.text), { ...bankCounts(), catalog: questionCatalog(await ws.configForUri(uri)) });
  }),
);

connection.onCompletion(
  guard('completion', async (params) => {
    const uri = uriOf(params);
    const pos = positionOf(params);
    const doc = documents.get(uri);
    if (!doc) return null;
    const items = completionsAt(doc.getText(), pos, questionCatalog(await ws.configForUri(uri)));
    if (!items) return null;
    // Offer front-matter completion in stories, and in Markdown files whose front matter could become one.
    const analysis = await ws.analysisFor(uri);
    if (!analysis && !frontMatterCouldBeStory(doc.getText())) return null;
    return items;
  }),
);

connection.onCodeAction(
  guard('codeAction', (params) => {
    const uri = uriOf(params);
    const doc = documents.get(uri);
    if (!doc) return [];
    return codeActionsFor(uri, doc.getText(), params.context?.diagnostics ?? [], params.context?.only, codeActionOptions(initOptions));
  }),
);

// The "open the documentation" action for clients without a command of their own: ask the client to show the
// bundled page; a client that cannot show documents is told where the page is.
connection.onExecuteCommand(
  guard('executeCommand', async (params) => {
    if (params.command !== SHOW_RULE_DOC_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `Story Bank has no command "${params.command}".`);
    const [id] = (params.arguments ?? []) as unknown[];
    const link = typeof id === 'string' ? docLinks.get(id) : undefined;
    if (link === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `"${String(id)}" is not a Story Bank rule, so it has no documentation page.`);
    const local = link.startsWith('file:');
    if (capabilities.window?.showDocument?.support) {
      const shown = await connection.window.showDocument({ uri: link, external: !local, takeFocus: true });
      if (shown.success) return null;
    }
    const where = local ? URI.parse(link).fsPath : link;
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `The documentation for ${id} is at ${where} (also: storybank explain ${id}).` });
    return null;
  }),
);

connection.onCodeLens(
  guard('codeLens', async (params) => {
    const analysis = await ws.analysisFor(uriOf(params));
    return analysis ? codeLenses(analysis) : [];
  }),
);

connection.onDocumentSymbol(
  guard('documentSymbol', async (params) => {
    const analysis = await ws.analysisFor(uriOf(params));
    return analysis ? documentSymbols(analysis) : [];
  }),
);

connection.onFoldingRanges(
  guard('foldingRange', async (params) => {
    const analysis = await ws.analysisFor(uriOf(params));
    return analysis ? foldingRanges(analysis) : [];
  }),
);

connection.onRequest(BankIndexRequest.type, guard0('storybank/bankIndex', () => ws.bankIndex()));
connection.onRequest(StatsRequest.type, guard0('storybank/stats', () => ws.stats()));
connection.onRequest(
  CheckBankRequest.type,
  guard0('storybank/checkBank', async (token) => {
    const r = await withProgress('Story Bank: checking the whole bank', token, (t, progress) => ws.checkBank(t, progress));
    if (r.cancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The bank check was cancelled.');
    return { stories: r.stories, findings: r.findings };
  }),
);

documents.listen(connection);
connection.listen();
