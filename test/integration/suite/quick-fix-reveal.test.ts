// A quick fix that inserts a part far below the cursor shows what it inserted: the editor scrolls to it and the
// slot to fill in is selected, so the next keystrokes write the part. Run through VS Code's own quick-fix menu
// (Ctrl+. and Enter, through the harness's browser), as a person does.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateStoryBank, bankIndexWhere, bankUri, canUseKeyboard, codeOf, pressKeys, textsOnPage, waitFor, waitForCodes, waitForDiagnostics, writeBankFile } from './util';

/** A story long enough that its end is out of sight when its title is: no Learning part, nothing else to fix. */
function longStoryWithoutLearning(): string {
  const para = (part: string, n: number): string =>
    Array.from({ length: n }, (_, i) => `In the ${part}, step ${i + 1} went as planned with the team.`).join('\n\n');
  return [
    '---',
    'title: Moving the nightly export to a queue',
    'project: reveal-test',
    'questions: [18]',
    '---',
    '# Moving the nightly export to a queue',
    '',
    '## Setup',
    '',
    para('setup', 3),
    '',
    '## Challenge',
    '',
    para('challenge', 3),
    '',
    '## Approach',
    '',
    para('approach', 30),
    '',
    '## Outcome',
    '',
    'The export finished in 40 minutes instead of 6 hours, and failed runs fell from 9 a month to 1.',
    '',
  ].join('\n');
}

suite('Quick fixes that insert far from the cursor', () => {
  suiteTeardown(async () => {
    // Saved or not, the scratch stories leave the bank: editors closed without saving, then the files deleted.
    for (const name of ['reveal-learning.md', 'reveal-suppress.md']) {
      const uri = bankUri(`stories/${name}`);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc) {
        await vscode.window.showTextDocument(doc, { preview: false });
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    }
  });

  test('"Add a Learning section" scrolls to the new part and selects its prompt', async function () {
    if (!canUseKeyboard()) this.skip();
    const api = await activateStoryBank();
    await bankIndexWhere(api, (i) => !i.indexing && i.stories.length > 0, 'the first bank index');
    const uri = await writeBankFile('stories/reveal-learning.md', longStoryWithoutLearning());
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const list = await waitForCodes(uri, ['missing-section'], 30_000);
    const missing = list.find((d) => codeOf(d) === 'missing-section');
    assert.ok(missing, 'the story has a missing-section finding');
    // The cursor on the title, where the finding is; the end of the story is out of sight.
    editor.selection = new vscode.Selection(missing.range.start, missing.range.start);
    editor.revealRange(missing.range, vscode.TextEditorRevealType.AtTop);
    const lastLine = editor.document.lineCount - 1;
    const lastVisible = (): number => Math.max(...editor.visibleRanges.map((r) => r.end.line));
    if (lastVisible() >= lastLine) {
      await waitFor(vscode.window.onDidChangeTextEditorVisibleRanges, (e) => e.textEditor === editor && lastVisible() < lastLine, 5_000, 'the title to scroll into view');
    }
    assert.ok(lastVisible() < lastLine, `the end of the story is out of sight before the fix (visible to line ${lastVisible() + 1} of ${lastLine + 1})`);

    const gone = waitForDiagnostics(uri, (l) => !l.some((d) => codeOf(d) === 'missing-section'), 20_000, 'the missing-section finding to go');
    const selected = waitFor(
      vscode.window.onDidChangeTextEditorSelection,
      (e) => e.textEditor.document.uri.toString() === uri.toString() && e.textEditor.document.getText(e.selections[0]).startsWith('['),
      20_000,
      'the inserted slot to be selected',
      () => `selection ${JSON.stringify(vscode.window.activeTextEditor?.selection)}`,
    );
    // As a person does: Ctrl+. on the finding, then Enter on the fix, first in the quick-fix menu.
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await pressKeys('.editor-instance .monaco-editor.focused', [{ press: 'Control+.' }]);
    const menu = (await textsOnPage('.action-widget')).join('\n').split('\n');
    assert.equal(menu[1], 'Add a Learning section', `the fix comes first in the quick-fix menu; got ${menu.join(' | ')}`);
    await pressKeys('.action-widget', [{ press: 'Enter' }]);
    await selected;
    await gone;

    const active = vscode.window.activeTextEditor;
    assert.ok(active && active.document.uri.toString() === uri.toString(), 'the story is still the active editor');
    const text = active.document.getText();
    assert.match(text, /\n## Learning\n\n\[[^\]]+\]/, 'a Learning part with a prompt was inserted');
    const sel = active.selection;
    const chosen = active.document.getText(sel);
    assert.match(chosen, /^\[[^\]]+\]$/, `the prompt is selected; got "${chosen}"`);
    assert.ok(sel.start.line > lastVisible() - 60 && active.visibleRanges.some((r) => r.contains(sel)), 'the selected prompt is in sight');
    assert.equal(active.document.lineAt(sel.start.line - 2).text, '## Learning', 'the selection is the new part\'s prompt');

    // Typing replaces the prompt.
    await active.edit((b) => b.replace(active.selection, 'I now queue long exports from the start.'));
    assert.match(active.document.getText(), /## Learning\n\nI now queue long exports from the start\./);
  });

  test('a suppression comment does not move the cursor', async () => {
    await activateStoryBank();
    const uri = await writeBankFile('stories/reveal-suppress.md', longStoryWithoutLearning().replace('reveal-test', 'reveal-test-2').replace(/Moving the nightly export to a queue/g, 'Moving the weekly export to a queue'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const list = await waitForCodes(uri, ['missing-section'], 30_000);
    const missing = list.find((d) => codeOf(d) === 'missing-section');
    assert.ok(missing);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value, 20);
    const add = actions.find((a) => /^Add a Learning section$/.test(a.title));
    assert.ok(add?.command, `"Add a Learning section" runs a command after its edit; got ${actions.map((a) => a.title).join(' | ')}`);
    const disable = actions.find((a) => /^Disable missing-section for this file$/.test(a.title));
    assert.ok(disable?.edit, 'the file-wide suppression is offered');
    assert.equal(disable.command, undefined, 'the suppression runs no command: the cursor stays where the writer is');
  });
});
