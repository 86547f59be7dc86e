// The first ten minutes, in an empty folder (runTest.js opens one, with fresh user data, after the main suite):
// no warnings before the person has written anything; the Stories view welcomes them with New Story and the
// walkthrough, in plain text; the walkthrough opens; New Story from the welcome makes the first story, and from
// then on the bank advice speaks.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FirstRunResult } from '../../../client/src/firstRun';
import type { TreeSnapshot } from '../../../client/src/views';
import { activateStoryBank, canUseKeyboard, pressKeys, quickInputTitled, textsOnPage, waitFor } from '../suite/util';

const WELCOME = '.part.sidebar .welcome-view-content';
const button = (label: string) => `${WELCOME} .monaco-button:has-text(${JSON.stringify(label)})`;

suite('First run in an empty folder', () => {
  test('no warnings, a welcome with New Story and the walkthrough, then the first story', async function () {
    if (!canUseKeyboard()) this.skip();
    this.timeout(120_000);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the empty folder is open');
    assert.equal((await vscode.workspace.fs.readDirectory(folder.uri)).length, 0, 'the folder is empty');

    // Opening the Story Bank view is all it takes (nothing else in an empty folder activates the extension).
    await vscode.commands.executeCommand('workbench.view.extension.storybank');
    const api = await activateStoryBank();
    let index = await api.getBankIndex();
    if (index.indexing) index = await waitFor(api.onDidChangeBankIndex, (i) => !i.indexing, 30_000, 'the empty bank indexed');
    assert.equal(index.stories.length, 0);
    assert.deepEqual(index.health, [], 'no bank advice before the first story');
    const diagnostics = vscode.languages.getDiagnostics().filter(([, list]) => list.length > 0);
    assert.deepEqual(diagnostics.map(([uri]) => uri.toString()), [], 'no problems anywhere');
    const health = await vscode.commands.executeCommand<TreeSnapshot[]>('storybank.internal.viewSnapshot', 'health');
    assert.deepEqual(health, [], 'the Bank Health view is empty');

    // The welcome, as shown: one next step and the walkthrough, no Markdown punctuation showing.
    await vscode.commands.executeCommand('storybank.stories.focus');
    const welcome = (await textsOnPage(WELCOME)).join('\n');
    assert.match(welcome, /No stories yet/);
    assert.match(welcome, /New Story/);
    assert.match(welcome, /Open the Walkthrough/);
    assert.doesNotMatch(welcome, /[`*]/, `raw Markdown in the welcome: ${welcome}`);

    // The walkthrough opens from the welcome.
    const walkthrough = waitFor(vscode.window.tabGroups.onDidChangeTabs, () => /Welcome|Walkthrough|Story Bank/i.test(vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? ''), 20_000, 'the walkthrough tab');
    await pressKeys(button('Open the Walkthrough'), [{ click: button('Open the Walkthrough') }]);
    await walkthrough;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    // New Story from the welcome: the question (Enter takes the first offered), then the title.
    await vscode.commands.executeCommand('storybank.stories.focus');
    const indexed = waitFor(api.onDidChangeBankIndex, (i) => !i.indexing && i.stories.length === 1, 30_000, 'the first story in the bank');
    await pressKeys(button('New Story'), [{ click: button('New Story') }]);
    await pressKeys(quickInputTitled('New Story (1/2)'), [{ press: 'Enter' }]);
    await pressKeys(quickInputTitled('New Story (2/2)'), [{ type: 'My first story' }, { press: 'Enter' }]);
    const first = await indexed;
    assert.match(first.stories[0]?.uri ?? '', /\/stories\/my-first-story\.md$/);
    // The file is indexed as soon as it is written; the editor opens it right after.
    const isOpen = (e: vscode.TextEditor | undefined) => e?.document.uri.toString() === first.stories[0]?.uri;
    if (!isOpen(vscode.window.activeTextEditor)) await waitFor(vscode.window.onDidChangeActiveTextEditor, isOpen, 20_000, 'the new story open in the editor');
    // From the first story on, the bank advice speaks (fewer than eight stories, themes without a story).
    const advice = first.health.length > 0 ? first.health : (await waitFor(api.onDidChangeBankIndex, (i) => i.health.length > 0, 20_000, 'bank advice')).health;
    assert.ok(advice.some((h) => h.kind === 'too-few-stories'), advice.map((h) => h.kind).join(', '));

    // The first-run step itself: the Stories view; no story opened over the one being written.
    const result = await vscode.commands.executeCommand<FirstRunResult>('storybank.internal.firstRun');
    assert.equal(result.stories, 1);
    assert.equal(result.opened, undefined);
  });
});
