// The desktop extension entry: starts the Story Bank language server as a Node process over IPC (dist/server.js).
// Everything else is shared with the web entry (start.ts).
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import type { StoryBankApi } from './api';
import { activateWith } from './start';

export { deactivate } from './start';

/**
 * The Node language client, with one change: vscode-languageclient logs every exit of the server process at error
 * level, also the clean exit (code 0) that ends every stop and Restart Server. A clean exit is logged as
 * information; any other exit code or a signal is still an error, and a crash still reaches the error handler.
 */
class StoryBankLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    if (/^Server process exited with code 0\.?$/.test(message)) {
      this.info('The server process ended normally (exit code 0).', undefined, false);
      return;
    }
    super.error(message, data, showNotification);
  }
}

export function activate(context: vscode.ExtensionContext): Promise<StoryBankApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // The server keeps its analyses between runs in the workspace's storage folder (none without a workspace).
  const cacheDir = context.storageUri?.scheme === 'file' ? context.storageUri.fsPath : undefined;
  return activateWith(context, (id, name, options) => new StoryBankLanguageClient(id, name, serverOptions, options), { initializationOptions: { cacheDir } });
}
