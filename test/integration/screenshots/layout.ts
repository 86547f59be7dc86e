// Lays out the workbench for the README's pictures (a story in the editor, the Story Bank views in the side bar at
// the default width, the Problems panel below) and asks the harness, which drives the browser, to take them.
import * as vscode from 'vscode';
import { activateStoryBank, contributes, openInEditor, waitFor, waitForDiagnostics } from '../suite/util';

/**
 * Asks the harness for a picture of the page once `selectors` are visible; resolves with the file's path. The
 * picture starts below the title bar: a test run is an extension development window, whose title VS Code always
 * starts with "[Extension Development Host]", which a user of the installed extension never sees.
 */
export async function shoot(name: string, selectors: string[] = []): Promise<string> {
  const harness = process.env.STORYBANK_HARNESS_URL;
  if (!harness) throw new Error('STORYBANK_HARNESS_URL is not set (only the code-server harness can take screenshots)');
  const query = new URLSearchParams({ name, below: '.part.titlebar' });
  for (const selector of selectors) query.append('waitFor', selector);
  const res = await fetch(`${harness}/screenshot?${query.toString()}`, { method: 'POST' });
  const body = (await res.json()) as { path?: string; error?: string; missing?: string[] };
  if (!res.ok || !body.path) throw new Error(body.error ?? `the harness answered ${res.status}`);
  console.log(`[screenshot] saved ${body.path}${body.missing?.length ? ` (never appeared: ${body.missing.join(', ')})` : ''}`);
  return body.path;
}

/** Opens `story` with the Story Bank views and the Problems panel, then takes the picture `name`. */
export async function takeWorkbenchScreenshot(name: string, story: string): Promise<string> {
  const api = await activateStoryBank();
  // The views are built from the bank index: wait until the first indexing is over.
  const indexed = waitFor(api.onDidChangeBankIndex, (index) => !index.indexing, 30_000, 'the bank to be indexed');
  if (!(await api.getBankIndex()).indexing) indexed.catch(() => undefined);
  else await indexed;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('notifications.clearAll');
  const editor = await openInEditor(story);
  await waitForDiagnostics(editor.document.uri, (list) => list.length > 0);

  const containers = (contributes().viewsContainers as { activitybar?: { id: string }[] } | undefined)?.activitybar ?? [];
  const selectors = ['.markers-panel .monaco-list-row', '.monaco-editor .codelens-decoration'];
  if (containers.length > 0) {
    await vscode.commands.executeCommand(`workbench.view.extension.${containers[0].id}`);
    selectors.push('.part.sidebar .monaco-list-row');
  }
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.window.showTextDocument(editor.document, { preview: false, preserveFocus: false });
  // Toasts that came up meanwhile (VS Code's own offer of a new theme) are not part of the picture.
  await vscode.commands.executeCommand('notifications.clearAll');
  return shoot(name, selectors);
}
