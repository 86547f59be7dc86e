// The bank's question catalog in the real workbench: a custom question written in .storybank.yml shows in the
// Coverage view under its theme and is offered by completion in a story's `questions:`; when the config is put
// back, the custom question leaves the bank. The file runs last (zz-) for another reason: its story is deleted
// while the editor may still hold the document open, and the server keeps a document the editor holds in the
// bank, so a suite after it that counts stories could see it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../../client/src/views';
import { activateStoryBank, bankUri, labelOf, positionOf, waitFor, writeBankFile } from './util';

const C1 = 1001; // custom question c1 inside the product (CUSTOM_ID_BASE + 1)

suite('Question catalog: custom questions from .storybank.yml', () => {
  test('a custom question in .storybank.yml appears in the Coverage tree and in completion', async function () {
    this.timeout(90_000);
    const api = await activateStoryBank();
    const configUri = bankUri('.storybank.yml');
    const original = await vscode.workspace.fs.readFile(configUri);
    const added =
      new TextDecoder().decode(original) +
      '\ncustomQuestions:\n  - id: c1\n    theme: collaboration\n    text: Tell me about a time you earned the trust of a skeptical team.\n';
    const story = 'catalog-tests/earning-trust.md';
    try {
      const hasC1 = waitFor(api.onDidChangeBankIndex, (i) => !i.indexing && i.questions.some((q) => q.id === C1), 30_000, 'c1 in the bank index');
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(added));
      await hasC1;

      // The view follows the index it was last given: look again at each index change until c1 shows.
      const collaborationNode = async () =>
        (await vscode.commands.executeCommand<TreeSnapshot[]>('storybank.internal.viewSnapshot', 'coverage')).find((n) => n.label === 'Collaboration');
      let collaboration = await collaborationNode();
      for (let i = 0; i < 5 && !collaboration?.children.some((n) => n.label.startsWith('c1 ')); i++) {
        await waitFor(api.onDidChangeBankIndex, () => true, 10_000, 'another bank index').catch(() => undefined);
        collaboration = await collaborationNode();
      }
      assert.ok(collaboration, "the Coverage view has the Collaboration theme");
      const c1 = collaboration.children.find((n) => n.label.startsWith('c1 '));
      assert.ok(c1, `c1 is not under Collaboration: ${collaboration.children.map((n) => n.label).join(', ')}`);
      assert.equal(collaboration.description, '1/6');

      const uri = await writeBankFile(story, '---\ntitle: Earning trust\nquestions: []\n---\n# Earning trust\n');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const at = positionOf(doc, 'questions: [', 'questions: ['.length);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at);
      const item = list.items.find((i) => labelOf(i) === 'c1');
      assert.ok(item, `c1 is not offered: ${list.items.slice(-5).map(labelOf).join(', ')}`);
      assert.match(String(item.detail), /skeptical team/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const noC1 = waitFor(api.onDidChangeBankIndex, (i) => !i.indexing && !i.questions.some((q) => q.id === C1), 30_000, 'c1 gone from the bank index');
      await vscode.workspace.fs.writeFile(configUri, original);
      await vscode.workspace.fs.delete(bankUri('catalog-tests'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await noC1;
    }
    assert.equal((await api.getBankIndex()).questions.length, 35, 'the 35 questions again once the config is put back');
  });
});
