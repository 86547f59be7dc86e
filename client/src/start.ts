// What both extension entries share (extension.ts for desktop VS Code, browser.ts for VS Code for the Web): the
// language client's options, restarts, the bank-index API the views use, and the client's commands. Each entry
// says how the server is started (a Node process over IPC, or a web worker). The server decides which Markdown
// files are stories.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  State,
  type BaseLanguageClient,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
} from 'vscode-languageclient/node';
import { BankIndexChangedNotification, BankIndexRequest, OPEN_RULE_DOC_COMMAND, REVEAL_RANGE_COMMAND, type BankIndex } from '../../server/src/protocol';
import type { StoryBankApi } from './api';
import { registerFeatures } from './features';

const CLIENT_ID = 'storybank';
const CLIENT_NAME = 'Story Bank';
/** How many crashes within the window are restarted before we give up. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Restarts a crashed server up to MAX_RESTARTS times in three minutes, and tells the person each time. */
class RestartingErrorHandler implements ErrorHandler {
  private readonly crashes: number[] = [];

  constructor(private readonly output: vscode.OutputChannel) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.output.appendLine(`[client] connection error: ${error.message}`);
    // A few transient write errors are survivable; many in a row mean the server is gone.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0] > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) {
      const message = `The Story Bank server stopped unexpectedly and was restarted (${this.crashes.length} of ${MAX_RESTARTS} restarts allowed in 3 minutes).`;
      this.output.appendLine(`[client] ${message}`);
      void vscode.window.showWarningMessage(message, 'Show Output').then((choice) => {
        if (choice) this.output.show(true);
      });
      return { action: CloseAction.Restart, handled: true };
    }
    const message = `The Story Bank server stopped ${this.crashes.length} times in 3 minutes and will not be restarted. Check the "Story Bank" output, then run "Story Bank: Restart Server".`;
    this.output.appendLine(`[client] ${message}`);
    void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => {
      if (choice) this.output.show(true);
    });
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  /** A deliberate restart starts the count afresh. */
  reset(): void {
    this.crashes.length = 0;
  }
}

/** How many of the output's last lines are kept for recentOutput(). */
const OUTPUT_TAIL_LINES = 500;

/**
 * The "Story Bank" output channel, keeping its last lines: integration tests read what a person would read there
 * (StoryBankApi.recentOutput), for instance that a deliberate restart logs no error.
 */
class TailedOutputChannel implements vscode.OutputChannel {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly channel: vscode.OutputChannel) {}

  get name(): string {
    return this.channel.name;
  }

  append(value: string): void {
    this.channel.append(value);
    this.keep(value);
  }

  appendLine(value: string): void {
    this.channel.appendLine(value);
    this.keep(`${value}\n`);
  }

  replace(value: string): void {
    this.channel.replace(value);
    this.lines.length = 0;
    this.partial = '';
    this.keep(value);
  }

  clear(): void {
    this.channel.clear();
    this.lines.length = 0;
    this.partial = '';
  }

  show(columnOrPreserve?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserve === 'boolean' || columnOrPreserve === undefined) this.channel.show(columnOrPreserve);
    else this.channel.show(columnOrPreserve, preserveFocus);
  }

  hide(): void {
    this.channel.hide();
  }

  dispose(): void {
    this.channel.dispose();
  }

  recent(): string[] {
    return this.partial ? [...this.lines, this.partial] : [...this.lines];
  }

  private keep(text: string): void {
    const parts = (this.partial + text).split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > OUTPUT_TAIL_LINES) this.lines.splice(0, this.lines.length - OUTPUT_TAIL_LINES);
  }
}

let client: BaseLanguageClient | undefined;

interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function isWireRange(r: unknown): r is WireRange {
  const ok = (p: unknown): boolean => typeof p === 'object' && p !== null && typeof (p as { line?: unknown }).line === 'number' && typeof (p as { character?: unknown }).character === 'number';
  return typeof r === 'object' && r !== null && ok((r as WireRange).start) && ok((r as WireRange).end);
}

/**
 * After a quick fix inserted a part or a slot (possibly far below the cursor): scroll its editor to it and select
 * the slot, so that typing fills it in. The arguments come from the server (a URI and an LSP range).
 */
async function revealRange(uri: unknown, range: unknown): Promise<void> {
  if (typeof uri !== 'string' || !isWireRange(range)) return;
  const target = vscode.Uri.parse(uri);
  const selection = new vscode.Selection(range.start.line, range.start.character, range.end.line, range.end.character);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
  const editor = visible ?? (await vscode.window.showTextDocument(target, { preview: false }));
  if (visible && vscode.window.activeTextEditor !== visible) await vscode.window.showTextDocument(visible.document, visible.viewColumn);
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** How an entry makes its client: the id, name and options are the shared ones. */
export type MakeClient = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

export interface EntryOptions {
  /**
   * More URI schemes whose Markdown documents go to the server (the web build: in the browser's extension host a
   * folder served by a remote or code-server is `vscode-remote:`, an in-browser one may be anything).
   */
  schemes?: string[];
  /** Extra initializationOptions (the web build's ruleDocsBase). */
  initializationOptions?: Record<string, unknown>;
  /** Called with the client before it starts (the web build answers the server's file requests). */
  beforeStart?: (client: BaseLanguageClient, output: vscode.OutputChannel) => vscode.Disposable[];
}

export async function activateWith(context: vscode.ExtensionContext, makeClient: MakeClient, entry: EntryOptions = {}): Promise<StoryBankApi> {
  const output = new TailedOutputChannel(vscode.window.createOutputChannel(CLIENT_NAME));
  context.subscriptions.push(output);

  const errorHandler = new RestartingErrorHandler(output);
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/.storybank.{yml,yaml}'),
    vscode.workspace.createFileSystemWatcher('**/*.md'),
    // New folders only (creations, no changes or deletions): VS Code can drop the events of files that arrive
    // together with their folder, so the server walks a new folder itself.
    vscode.workspace.createFileSystemWatcher('**/*', false, true, true),
  ];
  context.subscriptions.push(...watchers);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // Virtual workspaces (a GitHub repository opened with Remote Repositories): open stories are checked from
      // their text; the whole-bank index needs files on disk (package.json: capabilities.virtualWorkspaces).
      { scheme: 'vscode-vfs', language: 'markdown' },
      ...(entry.schemes ?? []).map((scheme) => ({ scheme, language: 'markdown' })),
    ],
    // Settings: the server registers for `storybank` changes and pulls them per folder with workspace/configuration.
    synchronize: { fileEvents: watchers },
    // The client already watches the files: the server need not register its own watchers.
    initializationOptions: { clientWatchesFiles: true, openRuleDocCommand: true, revealCommand: true, ...entry.initializationOptions },
    outputChannel: output,
    errorHandler,
  };

  const languageClient = makeClient(CLIENT_ID, CLIENT_NAME, clientOptions);
  client = languageClient;
  if (entry.beforeStart) context.subscriptions.push(...entry.beforeStart(languageClient, output));

  const changed = new vscode.EventEmitter<BankIndex>();
  context.subscriptions.push(changed);

  const getBankIndex = async (): Promise<BankIndex> => {
    if (languageClient.state !== State.Running) await started;
    return languageClient.sendRequest(BankIndexRequest.type);
  };

  // One fetch at a time: changes announced while a fetch runs are folded into one more fetch afterwards, so a
  // burst of edits costs at most two requests and listeners always end with the newest index.
  let fetching = false;
  let again = false;
  const refresh = (): void => {
    if (fetching) {
      again = true;
      return;
    }
    fetching = true;
    getBankIndex()
      .then(
        (index) => changed.fire(index),
        (err: unknown) => output.appendLine(`[client] could not fetch the bank index: ${String(err)}`),
      )
      .finally(() => {
        fetching = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  };

  // Registered before start: the client keeps the handler across restarts.
  let lastAnnounced = -1;
  context.subscriptions.push(
    languageClient.onNotification(BankIndexChangedNotification.type, (params) => {
      if (params.version === lastAnnounced) return;
      lastAnnounced = params.version;
      refresh();
    }),
    // A restarted server counts its versions from the start again.
    languageClient.onDidChangeState((e) => {
      if (e.newState === State.Starting) lastAnnounced = -1;
    }),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand('storybank.restartServer', async () => {
      errorHandler.reset();
      output.appendLine('[client] restarting the server');
      // The Node client restarts itself; the web client is stopped and started again.
      const restartable = languageClient as BaseLanguageClient & { restart?: () => Promise<void> };
      if (restartable.restart) await restartable.restart();
      else {
        await languageClient.stop();
        await languageClient.start();
      }
    }),
    vscode.commands.registerCommand('storybank.showOutput', () => output.show(true)),
    vscode.commands.registerCommand(REVEAL_RANGE_COMMAND, (uri: unknown, range: unknown) => revealRange(uri, range)),
    vscode.commands.registerCommand(OPEN_RULE_DOC_COMMAND, async (url: unknown) => {
      if (typeof url !== 'string' || url.length === 0) return;
      const uri = vscode.Uri.parse(url);
      // The rule pages ship in the extension (docs/rules): shown in the Markdown preview, no network needed
      // (on the web the page is read from the extension's own location, whatever its scheme).
      if (uri.scheme !== 'http' && uri.scheme !== 'https' && uri.path.endsWith('.md')) {
        await vscode.commands.executeCommand('markdown.showPreview', uri);
        return;
      }
      await vscode.env.openExternal(uri);
    }),
  );

  const started = languageClient.start();
  context.subscriptions.push({ dispose: () => void languageClient.stop() });

  const api: StoryBankApi = {
    client: languageClient,
    getBankIndex,
    onDidChangeBankIndex: changed.event,
    output,
    recentOutput: () => output.recent(),
  };

  try {
    await started;
  } catch (err) {
    output.appendLine(`[client] the server did not start: ${err instanceof Error ? err.message : String(err)}`);
    void vscode.window.showErrorMessage('The Story Bank server did not start. See the "Story Bank" output for why.');
  }

  registerFeatures(context, api);
  return api;
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
