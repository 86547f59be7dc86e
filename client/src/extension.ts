// The desktop extension entry: starts the Story Bank language server as a Node process over IPC (dist/server.js).
// Everything else is shared with the web entry (start.ts).
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import type { StoryBankApi } from './api';
import { activateWith } from './start';

export { deactivate } from './start';

export function activate(context: vscode.ExtensionContext): Promise<StoryBankApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return activateWith(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options));
}
