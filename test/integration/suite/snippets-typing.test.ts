// Templates where the person types: in a new story file, typing the start of a snippet prefix opens the
// suggestion list (VS Code keeps quick suggestions off in Markdown) and the list offers the template.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateStoryBank, bankUri, labelOf, waitFor, writeBankFile } from './util';

interface TemplateOffer {
  uri: string;
  line: number;
  typed: string;
}

suite('Templates offered as you type', () => {
  test('typing "sto" at the start of a new story offers the story template', async function () {
    this.timeout(60_000);
    await activateStoryBank();
    const uri = await writeBankFile('stories/typed-template.md', '');
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      const offer = vscode.commands.executeCommand<TemplateOffer>('storybank.internal.nextTemplateOffer');
      for (const ch of 'sto') {
        const typed = waitFor(vscode.workspace.onDidChangeTextDocument, (e) => e.document === doc, 10_000, `"${ch}" typed`);
        await vscode.commands.executeCommand('type', { text: ch });
        await typed;
      }
      assert.equal(editor.document.getText(), 'sto');
      const o = await offer;
      assert.equal(o.uri, uri.toString());
      assert.equal(o.typed, 'sto');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, 3));
      const story = list.items.find((i) => i.kind === vscode.CompletionItemKind.Snippet && labelOf(i) === 'story');
      assert.ok(story, `the story template is offered: ${list.items.map(labelOf).join(', ')}`);
      // Suggestions opened by Story Bank in stories only: VS Code's quick suggestions for Markdown are left alone.
      assert.notEqual(vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get('quickSuggestions'), true);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(bankUri('stories/typed-template.md'), { useTrash: false }).then(undefined, () => undefined);
    }
  });
});
