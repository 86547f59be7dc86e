// Rule documentation inside the product: a finding's link is the page shipped in the extension (docs/rules),
// and the "open the documentation" quick fix shows it in the Markdown preview, with no network.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateStoryBank, codeOf, openInEditor, storyBankExtension, waitFor, waitForCodes } from './util';

/** No Learning part and one filler word (see extension.test.ts). */
const OPENED = 'stories/checkout-retries.md';

function isMarkdownPreview(tab: vscode.Tab): boolean {
  return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview');
}

suite('Story Bank rule documentation', () => {
  test("a finding links to the page bundled in the extension, and the quick fix shows it in the Markdown preview", async () => {
    await activateStoryBank();
    const editor = await openInEditor(OPENED);
    const list = await waitForCodes(editor.document.uri, ['filler-phrase']);
    const filler = list.find((d) => codeOf(d) === 'filler-phrase');
    assert.ok(filler && typeof filler.code === 'object', 'the finding has a code with a link');
    const target = (filler.code as { target: vscode.Uri }).target;
    assert.equal(target.scheme, 'file', `the link is a local file: ${target.toString()}`);
    const bundled = path.join(storyBankExtension().extensionUri.fsPath, 'docs', 'rules', 'filler-phrase.md');
    assert.equal(target.fsPath, bundled, 'the link is the page shipped in the extension');
    assert.ok(fs.existsSync(bundled));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, filler.range);
    const open = actions.find((a) => a.title === 'Open the documentation for filler-phrase');
    assert.ok(open?.command, `an "open the documentation" action; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(open.command.command, 'storybank.openRuleDoc', "the extension's own command, not the server's");

    const previewOpened = waitFor(vscode.window.tabGroups.onDidChangeTabs, () => vscode.window.tabGroups.all.some((g) => g.tabs.some(isMarkdownPreview)), 20_000, 'a Markdown preview tab');
    await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? []));
    await previewOpened;
    const preview = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(isMarkdownPreview);
    assert.match(preview?.label ?? '', /filler-phrase/, `the preview shows the rule page: ${preview?.label}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
