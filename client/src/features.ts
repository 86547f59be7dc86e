// The client's features (views, commands, status, webview) hang off this one hook, called by extension.ts
// once the language client is running.
import type * as vscode from 'vscode';
import type { StoryBankApi } from './api';

export function registerFeatures(_context: vscode.ExtensionContext, _api: StoryBankApi): void {
  // Filled in by the client views and commands.
}
