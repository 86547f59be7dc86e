// The first run in a workspace: once the bank is indexed for the first time, the Story Bank view comes into sight;
// with stories, the first one opens when no editor is open (its findings are the quickest tour); without, the
// Stories view's welcome offers New Story and the walkthrough. Once per workspace, and never while tests run (an
// editor opening by itself would race the tests'); tests call storybank.internal.firstRun.
import * as vscode from 'vscode';
import type { BankModel } from './bankModel';

const WELCOMED_KEY = 'storybank.welcomed';
export const WALKTHROUGH_ID = 'storybank.getStarted';

export interface FirstRunResult {
  /** The story opened, when one was. */
  opened?: string;
  stories: number;
}

async function welcome(context: vscode.ExtensionContext, model: BankModel): Promise<FirstRunResult> {
  await context.workspaceState.update(WELCOMED_KEY, true);
  const stories = model.index.stories.filter((s) => s.uri.startsWith('file:') || s.uri.startsWith('vscode-'));
  // The Stories view: its welcome when the bank is empty, the list of stories otherwise.
  await vscode.commands.executeCommand('storybank.stories.focus');
  if (stories.length === 0 || vscode.window.visibleTextEditors.length > 0) return { stories: stories.length };
  const first = [...stories].sort((a, b) => a.uri.localeCompare(b.uri) || a.index - b.index)[0]!;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(first.uri));
  const at = new vscode.Position(first.titleRange.start.line, first.titleRange.start.character);
  await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false, selection: new vscode.Range(at, at) });
  return { opened: first.uri, stories: stories.length };
}

export function registerFirstRun(context: vscode.ExtensionContext, model: BankModel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('storybank.openWalkthrough', () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false),
    ),
    vscode.commands.registerCommand('storybank.internal.firstRun', () => welcome(context, model)),
  );
  if (context.extensionMode === vscode.ExtensionMode.Test || context.workspaceState.get(WELCOMED_KEY)) return;
  if ((vscode.workspace.workspaceFolders ?? []).length === 0) return;
  // The server can answer with an empty, finished-looking index before its start-up index has begun: an empty bank
  // brings the Stories view (its welcome) into sight, and the welcome proper waits for the first story.
  let focused = false;
  const once = model.onDidChange((index) => {
    if (index.indexing || index.version < 0) return;
    if (index.stories.length === 0) {
      if (!focused) void vscode.commands.executeCommand('storybank.stories.focus').then(undefined, () => undefined);
      focused = true;
      return;
    }
    once.dispose();
    void welcome(context, model).catch(() => undefined);
  });
  context.subscriptions.push(once);
}
