// The web build of the language server (dist/web/server.js): runs in a web worker that the VS Code for the Web
// client starts, speaks LSP over postMessage, and reads the bank through the client (browserWorkspace.ts). The
// analysis and the features are the Node server's; what the web build leaves out: worker threads (one thread
// analyses), its own file watcher (the client watches), the server-side documentation command (the client opens
// the bundled page itself), and the whole-bank check request with progress (the index runs at start and on changes).
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  DidChangeConfigurationNotification,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  TextDocuments,
  createConnection,
  type ClientCapabilities,
  type InitializeResult,
} from 'vscode-languageserver/browser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import pkg from '../../package.json';
import { fromLspPosition } from './convert';
import { codeActionsFor } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { questionCatalog } from './core/knowledge';
import { ALL_RULES_META } from './core/rules';
import { completionsAt, frontMatterCouldBeStory } from './features/completion';
import { hoverAt } from './features/hover';
import { documentSymbols, foldingRanges } from './features/symbols';
import { BankIndexRequest, CheckBankRequest, ListFilesRequest, ReadFileRequest, type StoryBankInitializationOptions } from './protocol';
import { BrowserWorkspace } from './browserWorkspace';
import { codeActionOptions, describeError, requestGuard, serverCapabilities, serverHost } from './serving';

declare const self: object;

const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
const documents = new TextDocuments(TextDocument);

const describe = describeError;

let capabilities: ClientCapabilities = {};
let initOptions: StoryBankInitializationOptions = {};
/** Each rule's link: the page inside the extension (ruleDocsBase from the client), so it opens with no network. */
let docLinks = new Map<string, string>();


const ws = new BrowserWorkspace({
  ...serverHost(connection, documents, {
    links: () => docLinks,
    asksConfiguration: () => capabilities.workspace?.configuration === true,
    fallbackSettings: () => initOptions.settings,
  }),
  listFiles: (folders) => connection.sendRequest(ListFilesRequest.type, { folders }),
  readFile: (uri, maxBytes) => connection.sendRequest(ReadFileRequest.type, maxBytes === undefined ? { uri } : { uri, maxBytes }),
});

/** Runs a request handler; an exception is logged and answered with an error, and the server keeps serving. */
const guard = requestGuard<ResponseError<void>>((m) => connection.console.error(m), ResponseError, ErrorCodes.InternalError);

function note<P>(name: string, fn: (params: P) => Promise<unknown>): (params: P) => void {
  return (params) => void fn(params).catch((err: unknown) => connection.console.error(`${name} failed: ${describe(err)}`));
}

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  initOptions = (params.initializationOptions ?? {}) as StoryBankInitializationOptions;
  const base = initOptions.ruleDocsBase?.replace(/\/+$/, '');
  docLinks = new Map(base ? ALL_RULES_META.map((m) => [m.id, `${base}/${m.id}.md`]) : []);
  ws.setFolders((params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : [])).map((f) => f.uri));
  return {
    capabilities: serverCapabilities(),
    serverInfo: { name: 'storybank-language-server (web)', version: (pkg as { version: string }).version },
  };
});

const reindex = async (): Promise<void> => {
  const t0 = Date.now();
  const r = await ws.index();
  connection.console.log(`Indexed ${r.stories} stories in ${r.files} files in ${Date.now() - t0} ms (web worker).`);
};

connection.onInitialized(() => {
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'storybank' });
  }
  if (capabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(
      note('workspace folders change', async (e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        ws.setFolders([...ws.getFolders().filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)]);
        await reindex();
      }),
    );
  }
  void reindex().catch((err: unknown) => connection.console.error(`Indexing failed: ${describe(err)}`));
});

const justOpened = new Set<string>();
documents.onDidOpen(note('didOpen', async (e) => {
  justOpened.add(e.document.uri);
  await ws.didOpen(e.document.uri);
}));
documents.onDidChangeContent(note('didChange', async (e) => {
  if (justOpened.delete(e.document.uri)) return;
  await ws.didChange(e.document.uri);
}));
documents.onDidClose(note('didClose', async (e) => {
  justOpened.delete(e.document.uri);
  await ws.didClose(e.document.uri);
}));

connection.onDidChangeWatchedFiles(note('didChangeWatchedFiles', async (params) => {
  const kinds = { [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted' } as const;
  await ws.filesChanged(params.changes.map((c) => ({ uri: c.uri, type: kinds[c.type] ?? 'changed' })));
}));

connection.onDidChangeConfiguration(note('didChangeConfiguration', () => ws.settingsChanged()));

connection.onHover(guard('hover', async (params) => {
  const analysis = await ws.analysisFor(params.textDocument.uri);
  if (!analysis) return null;
  return hoverAt(analysis, fromLspPosition(params.position, analysis.file.text), { storiesPerQuestion: ws.storiesPerQuestion(), catalog: questionCatalog(await ws.configForUri(params.textDocument.uri)) });
}));

connection.onCompletion(guard('completion', async (params) => {
  const uri = params.textDocument.uri;
  const doc = documents.get(uri);
  if (!doc) return null;
  const items = completionsAt(doc.getText(), params.position, questionCatalog(await ws.configForUri(uri)));
  if (!items) return null;
  if (!(await ws.analysisFor(uri)) && !frontMatterCouldBeStory(doc.getText())) return null;
  return items;
}));

connection.onCodeAction(guard('codeAction', (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  return codeActionsFor(params.textDocument.uri, doc.getText(), params.context.diagnostics, params.context.only, codeActionOptions(initOptions));
}));

connection.onCodeLens(guard('codeLens', async (params) => {
  const analysis = await ws.analysisFor(params.textDocument.uri);
  return analysis ? codeLenses(analysis) : [];
}));
connection.onDocumentSymbol(guard('documentSymbol', async (params) => {
  const analysis = await ws.analysisFor(params.textDocument.uri);
  return analysis ? documentSymbols(analysis) : [];
}));
connection.onFoldingRanges(guard('foldingRange', async (params) => {
  const analysis = await ws.analysisFor(params.textDocument.uri);
  return analysis ? foldingRanges(analysis) : [];
}));

connection.onRequest(BankIndexRequest.type, (token) => guard('storybank/bankIndex', () => ws.bankIndex())(undefined, token));
connection.onRequest(CheckBankRequest.type, (token) => guard('storybank/checkBank', async () => {
  await ws.index();
  const index = ws.bankIndex();
  return { stories: index.stories.length, findings: index.stories.reduce((n, s) => n + s.problems.errors + s.problems.warnings + s.problems.infos, 0) };
})(undefined, token));

documents.listen(connection);
connection.listen();
