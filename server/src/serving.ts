// What the two language servers (Node: server.ts, web worker: browserMain.ts) share in wiring requests: how an
// error is described in the log, the guard that turns a handler's exception into an error answer (so the server
// keeps serving), rule documentation links on diagnostics, and what their workspaces ask of the editor. No Node and no transport imports: each server passes
// its own ResponseError class, so this module fits both bundles.
import type { CancellationToken, Connection, Diagnostic, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionOptions } from './features/codeActions';
import { BankIndexChangedNotification, OPEN_RULE_DOC_COMMAND, REVEAL_RANGE_COMMAND, SHOW_RULE_DOC_COMMAND, type StoryBankInitializationOptions, type StoryBankSettings } from './protocol';
import { asSettings } from './settings';

/**
 * What both servers offer the editor. Incremental sync is 2 (TextDocumentSyncKind.Incremental) and "quickfix" is
 * CodeActionKind.QuickFix, spelled as values so this module needs no runtime import of the transport package.
 * `commands`: the commands the server can run (the Node server opens rule docs; the web worker has none).
 */
export function serverCapabilities(commands: string[] = []): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: 2 },
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['[', ',', ' ', '-'] },
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    codeLensProvider: { resolveProvider: false },
    ...(commands.length > 0 ? { executeCommandProvider: { commands } } : {}),
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

/** An error's stack (or message) for the log. */
export function describeError(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/** The LSP error answer type of the server's transport package (vscode-languageserver/node or /browser). */
export type ErrorAnswer<E> = new (code: number, message: string) => E;

/**
 * A guard for request handlers: an exception is logged and answered with an internal error that names the request;
 * an error answer the handler threw on purpose (cancellation, content modified) is passed through as it is.
 */
export function requestGuard<E>(logError: (message: string) => void, Answer: ErrorAnswer<E>, internalErrorCode: number) {
  return function guard<P, R>(name: string, fn: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R | E> {
    return async (params, token) => {
      try {
        return await fn(params, token);
      } catch (err) {
        if (err instanceof Answer) return err;
        logError(`${name} failed: ${describeError(err)}`);
        return new Answer(internalErrorCode, `Story Bank could not answer ${name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
  };
}

/** The diagnostics with each Story Bank rule's link pointed at the given page (others unchanged). */
export function withRuleLinks(diagnostics: Diagnostic[], links: ReadonlyMap<string, string>): Diagnostic[] {
  return diagnostics.map((d) => {
    const link = d.source === 'storybank' && typeof d.code === 'string' ? links.get(d.code) : undefined;
    return link === undefined || d.codeDescription?.href === link ? d : { ...d, codeDescription: { href: link } };
  });
}

/** Which commands code actions use, from what the client said it has in its initializationOptions. */
export function codeActionOptions(init: StoryBankInitializationOptions): CodeActionOptions {
  return {
    docCommand: init.openRuleDocCommand === true ? OPEN_RULE_DOC_COMMAND : SHOW_RULE_DOC_COMMAND,
    ...(init.revealCommand === true ? { revealCommand: REVEAL_RANGE_COMMAND } : {}),
  };
}

/** What a workspace (workspace.ts, browserWorkspace.ts) asks of the editor, the same in both servers. */
export interface EditorHost {
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void;
  /** Settings for a scope (a workspace folder's URI, or undefined for files outside every folder). */
  settings(scopeUri: string | undefined): Promise<StoryBankSettings>;
  /** The open document with this URI, if the editor has it open. */
  openDocument(uri: string): { text: string; version: number } | undefined;
  bankChanged(version: number): void;
  log(message: string): void;
  error(message: string): void;
}

export interface ServerHostOptions {
  /** Each rule's documentation link, read at each publication (the web server learns its links at initialize). */
  links: () => ReadonlyMap<string, string>;
  /** Whether the client answers workspace/configuration (known once it has initialized). */
  asksConfiguration: () => boolean;
  /** The settings of a client that cannot answer workspace/configuration (pushed, or given at initialize). */
  fallbackSettings: () => unknown;
}

/** The editor, as both servers' workspaces see it: diagnostics, settings, open documents and the log over LSP. */
export function serverHost(connection: Connection, documents: TextDocuments<TextDocument>, opts: ServerHostOptions): EditorHost {
  return {
    publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics: withRuleLinks(diagnostics, opts.links()), version }),
    settings: async (scopeUri) => asSettings(opts.asksConfiguration() ? await connection.workspace.getConfiguration({ scopeUri, section: 'storybank' }) : opts.fallbackSettings()),
    openDocument: (uri) => {
      const doc = documents.get(uri);
      return doc ? { text: doc.getText(), version: doc.version } : undefined;
    },
    bankChanged: (version) => void connection.sendNotification(BankIndexChangedNotification.type, { version }),
    log: (m) => connection.console.log(m),
    error: (m) => connection.console.error(m),
  };
}
