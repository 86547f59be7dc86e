// The client's features (views, commands, status, webview) hang off this one hook, called by extension.ts
// once the language client is running.
import type * as vscode from 'vscode';
import type { StoryBankApi } from './api';
import { BankModel } from './bankModel';
import { registerCommands } from './commands';
import { DrillPanel } from './drill';
import { registerFirstRun } from './firstRun';
import { registerStatus } from './status';
import { registerTemplateSuggestions } from './templateSuggest';
import { registerViews } from './views';
import { MatrixPanel } from './webview';

export function registerFeatures(context: vscode.ExtensionContext, api: StoryBankApi): void {
  const model = new BankModel(api);
  const matrix = new MatrixPanel(model);
  const drill = new DrillPanel(model, context.workspaceState);
  context.subscriptions.push(model, matrix, drill);
  const views = registerViews(context, model);
  registerStatus(context, api, model);
  registerCommands(context, api, model, views, matrix, drill);
  registerTemplateSuggestions(context, model);
  registerFirstRun(context, model);
  void model.refresh();
}
