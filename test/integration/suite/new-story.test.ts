// New Story as a person runs it, at the keyboard in the real workbench: the question pick (by theme, questions
// without a story first), then the title; the file is named from the title, never overwrites, has its front matter
// filled and the template of the question's kind, and opens in a normal tab with the first slot selected. The "+"
// beside a question in the Coverage view starts at the title.
import * as assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import * as vscode from 'vscode';
import { THEMES } from '../../../server/src/core/knowledge/index';
import { activateStoryBank, bankUri, canUseKeyboard, pressKeys, quickInputTitled, waitFor } from './util';

const frontMatter = (text: string): Record<string, unknown> => parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

suite('New Story at the keyboard', () => {
  const made: vscode.Uri[] = [];

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of made) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  });

  test('pick the first question offered, type a title: a story named after it, open at its first slot', async function () {
    if (!canUseKeyboard()) this.skip();
    this.timeout(90_000);
    const api = await activateStoryBank();
    let index = await api.getBankIndex();
    if (index.indexing) index = await waitFor(api.onDidChangeBankIndex, (i) => !i.indexing, 30_000, 'the bank indexed');
    // What should be on top: the first theme (catalog order) with a question nobody answered, and that question.
    const open = new Set(index.questions.filter((q) => q.stories.length === 0).map((q) => q.id));
    const theme = THEMES.find((t) => index.questions.some((q) => q.theme === t.id && open.has(q.id)));
    assert.ok(theme, 'the fixture bank leaves some question open');
    const expected = index.questions.find((q) => q.theme === theme.id && open.has(q.id))?.id;

    const created = vscode.commands.executeCommand<vscode.Uri | undefined>('storybank.newStory');
    await pressKeys(quickInputTitled('New Story (1/2)'), [{ press: 'Enter' }]);
    await pressKeys(quickInputTitled('New Story (2/2)'), [{ type: 'Calming a tense release review' }, { press: 'Enter' }]);
    const uri = await created;
    assert.ok(uri, 'a story was created');
    made.push(uri);
    assert.match(uri.path, /\/stories\/calming-a-tense-release-review\.md$/);

    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const fm = frontMatter(text);
    assert.equal(fm.title, 'Calming a tense release review');
    assert.deepEqual(fm.questions, [expected], `the first question offered is Q${expected}, the first open one of ${theme.name}`);
    assert.deepEqual(fm.themes, [theme.id]);
    assert.match(text, /^# Calming a tense release review$/m);

    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString(), 'the new story is the active editor');
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, false, 'a normal tab, not a preview the next click replaces');
    const selected = editor.document.getText(editor.selection);
    assert.match(selected, /^\[[^\]]+\]$/, `the first slot is selected: "${selected}"`);
    const before = editor.document.getText(new vscode.Range(new vscode.Position(0, 0), editor.selection.start));
    assert.match(before, /\n## [^\n]+\n\n$/, 'the slot is the first part\'s prompt, under its heading');
  });

  test('the "+" beside a question asks only for the title, and a taken name gets -2 without touching the first', async function () {
    if (!canUseKeyboard()) this.skip();
    this.timeout(90_000);
    await activateStoryBank();
    const create = async (): Promise<vscode.Uri> => {
      // The tree's "+" passes the question node; the command also takes the bare id.
      const created = vscode.commands.executeCommand<vscode.Uri | undefined>('storybank.newStoryForQuestion', { question: 29 });
      await pressKeys(quickInputTitled('New Story (2/2)'), [{ type: 'Questions for the payments team' }, { press: 'Enter' }]);
      const uri = await created;
      assert.ok(uri, 'a story was created');
      made.push(uri);
      return uri;
    };
    const first = await create();
    assert.match(first.path, /\/questions-for-the-payments-team\.md$/);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(first));
    assert.deepEqual(frontMatter(text).questions, [29]);
    // Q29 is answered with questions to ask: a list, and its first item is the slot.
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.lineAt(editor.selection.start.line).text.slice(0, editor.selection.start.character), '- ');

    await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount, 0), 'My own words.\n'));
    await editor.document.save();
    const second = await create();
    assert.match(second.path, /\/questions-for-the-payments-team-2\.md$/);
    assert.ok(new TextDecoder().decode(await vscode.workspace.fs.readFile(first)).endsWith('My own words.\n'), 'the first file is untouched');
  });

  test('Escape at the title creates nothing', async function () {
    if (!canUseKeyboard()) this.skip();
    this.timeout(60_000);
    await activateStoryBank();
    const before = (await vscode.workspace.fs.readDirectory(bankUri('stories'))).length;
    const created = vscode.commands.executeCommand<vscode.Uri | undefined>('storybank.newStoryForQuestion', 6);
    await pressKeys(quickInputTitled('New Story (2/2)'), [{ type: 'Half a title' }, { press: 'Escape' }]);
    assert.equal(await created, undefined);
    assert.equal((await vscode.workspace.fs.readDirectory(bankUri('stories'))).length, before);
  });
});
