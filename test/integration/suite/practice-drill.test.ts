// The practice drill in a real VS Code: started on a question (as from a question row's context menu) or from the
// quick pick ("A question I have not practiced yet"), shown in one webview panel beside the editor, driven by clicks
// and keys in that page through the harness's browser, and never a modal dialog or a toast. What the page shows is
// read from the page itself: it posts what its DOM holds (storybank.internal.drillState).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { QUESTIONS } from '../../../server/src/core/knowledge';
import type { DrillResult } from '../../../client/src/drill';
import type { DrillPageState } from '../../../client/src/drillHtml';
import type { StoryBankApi } from '../../../client/src/api';
import { activateStoryBank, bankIndexWhere, canUseKeyboard, contributes, countOnPage, inWebview, openInEditor, pressKeys, quickInputTitled, waitFor } from './util';

const DRILL_VIEW_TYPE = 'storybank.practiceDrill';

type Shown = { fn: string; message: string; modal: boolean };

function drillTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(DRILL_VIEW_TYPE));
}

function pageState(afterSeq?: number): Thenable<DrillPageState | undefined> {
  return vscode.commands.executeCommand<DrillPageState | undefined>('storybank.internal.drillState', afterSeq, 15_000);
}

function practiceLog(set?: Record<string, string>): Thenable<Record<string, string>> {
  return vscode.commands.executeCommand<Record<string, string>>('storybank.internal.practiceLog', set);
}

/** Clicks `selector` in the drill's page and resolves with the first state the page posts after it. */
async function clickInDrill(selector: string): Promise<DrillPageState> {
  const before = (await pageState())?.seq ?? 0;
  const next = pageState(before);
  await pressKeys(inWebview(selector), [{ click: inWebview(selector) }]);
  const state = await next;
  assert.ok(state, `the drill page posted nothing after a click on ${selector}`);
  return state;
}

/** Fails when a modal dialog or a notification toast is on the workbench page now. */
async function assertNoDialogOrToast(what: string): Promise<void> {
  if (!canUseKeyboard()) return;
  assert.equal(await countOnPage('.monaco-dialog-box'), 0, `a dialog is on the page ${what}`);
  assert.equal(await countOnPage('.notification-toast'), 0, `a notification toast is on the page ${what}`);
}

suite('Story Bank practice drill', () => {
  let api: StoryBankApi;
  // Every message the extension shows, recorded on its way to VS Code: VS Code refuses to draw modal dialogs while
  // extension tests run (it answers them as dismissed), so a modal can only be seen here.
  const shown: Shown[] = [];
  const originals: Partial<Record<'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage', unknown>> = {};

  suiteSetup(async function () {
    this.timeout(60_000);
    api = await activateStoryBank();
    await bankIndexWhere(api, (i) => !i.indexing && i.stories.some((s) => s.title === 'Making checkout retries safe'), 'the fixture bank indexed');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
    await practiceLog({});
    const w = vscode.window as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const fn of ['showInformationMessage', 'showWarningMessage', 'showErrorMessage'] as const) {
      const original = w[fn];
      originals[fn] = original;
      w[fn] = (...args: unknown[]) => {
        const options = args[1];
        const modal = typeof options === 'object' && options !== null && (options as { modal?: boolean }).modal === true;
        shown.push({ fn, message: String(args[0]), modal });
        return original.apply(vscode.window, args);
      };
    }
  });

  suiteTeardown(async function () {
    this.timeout(60_000);
    const w = vscode.window as unknown as Record<string, unknown>;
    for (const [fn, original] of Object.entries(originals)) w[fn] = original;
    await vscode.commands.executeCommand('storybank.endPractice');
    await practiceLog({});
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a question row offers the drill, and the command palette has it', () => {
    const menus = contributes().menus as Record<string, { command: string; when?: string }[]>;
    assert.ok(menus['view/item/context']?.some((m) => m.command === 'storybank.practiceQuestion' && /viewItem =~ \/\^question\//.test(m.when ?? '')), 'on every question row');
    assert.ok(menus['view/title']?.some((m) => m.command === 'storybank.practice' && m.when === 'view == storybank.coverage'));
    assert.ok(menus['view/title']?.some((m) => m.command === 'storybank.practice' && m.when === 'view == storybank.stories'));
    assert.ok(!menus.commandPalette?.some((m) => m.command === 'storybank.practice'), 'Practice a Question is in the palette');
  });

  test('drilling a chosen question opens one panel beside the editor, with the question and its follow-ups one by one', async function () {
    this.timeout(90_000);
    const editor = await openInEditor('stories/checkout-retries.md');
    const q6 = QUESTIONS.find((q) => q.id === 6);
    assert.ok(q6 && q6.followUps.length >= 2);

    // As the context menu of the Q6 row calls it (with the row's node; a number works the same).
    const started = await vscode.commands.executeCommand<DrillResult>('storybank.practiceQuestion', { kind: 'question', question: 6 });
    assert.equal(started?.question, 6);
    assert.equal(started.ready, true, 'the page drew the question');
    const tabs = drillTabs();
    assert.equal(tabs.length, 1, 'one drill panel');
    assert.notEqual(tabs[0]?.group.viewColumn, vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === editor.document.uri.toString()))?.viewColumn, 'beside the story, not over it');
    assert.equal(tabs[0]?.label, 'Practice Q6');

    let state = await pageState();
    assert.ok(state);
    assert.equal(state.question, 6);
    assert.equal(state.heading, q6.text, 'the page shows the question');
    assert.deepEqual(state.followUps, [], 'no follow-up before the answer');
    assert.equal(state.followUpsTotal, q6.followUps.length);
    assert.match(state.status, /^Not practiced yet · 0 of \d+ questions practiced$/);
    assert.equal(state.timer.running, false);

    if (canUseKeyboard()) {
      state = await clickInDrill('#reveal');
      assert.deepEqual(state.followUps, q6.followUps.slice(0, 1), 'the first follow-up, alone');
      state = await clickInDrill('#reveal');
      assert.deepEqual(state.followUps, q6.followUps.slice(0, 2), 'then the second');
      state = await clickInDrill('#toggle');
      assert.equal(state.timer.running, true, 'Start timer starts it');
      state = await clickInDrill('#toggle');
      assert.equal(state.timer.running, false, 'Stop timer stops it');
    }

    // The same panel is reused for another question.
    const again = await vscode.commands.executeCommand<DrillResult>('storybank.practice', { question: 12 });
    assert.equal(again?.question, 12);
    assert.equal(drillTabs().length, 1, 'still one drill panel');
    assert.equal((await pageState())?.heading, QUESTIONS.find((q) => q.id === 12)?.text);
    assert.deepEqual(shown.filter((s) => s.modal), [], 'no modal dialog');
    await assertNoDialogOrToast('while drilling');
  });

  test('"A question I have not practiced yet" picks one, and marking it practiced changes the next pick', async function () {
    this.timeout(120_000);
    // Everything practised but three questions.
    const open = [7, 11, 20];
    await practiceLog(Object.fromEntries(QUESTIONS.filter((q) => !open.includes(q.id)).map((q) => [String(q.id), '2026-11-01'])));

    await vscode.commands.executeCommand('storybank.endPractice');
    await openInEditor('stories/checkout-retries.md');
    let first: DrillResult | undefined;
    if (canUseKeyboard()) {
      const picked = vscode.commands.executeCommand<DrillResult>('storybank.practice');
      await pressKeys(quickInputTitled('Practice a Question'), [{ type: 'not practiced yet' }, { press: 'Enter' }]);
      first = await picked;
    } else {
      first = await vscode.commands.executeCommand<DrillResult>('storybank.practice', { pick: 'unpracticed' });
    }
    assert.ok(first && open.includes(first.question), `an unpractised question, not ${first?.question}`);
    assert.equal(first.allPracticed, false);

    // Mark practiced (the page's button, or the command a keybinding runs).
    let state: DrillPageState | undefined;
    if (canUseKeyboard()) state = await clickInDrill('#practiced');
    else {
      const before = (await pageState())?.seq ?? 0;
      await vscode.commands.executeCommand('storybank.markPracticed');
      state = await pageState(before);
    }
    assert.match(state?.status ?? '', /^Practiced today · 33 of 35 questions practiced$/);
    assert.ok((await practiceLog())[String(first.question)], 'kept in the workspace state');

    // Next question: one of the two left, never the one just practised.
    let second: number | undefined;
    if (canUseKeyboard()) second = (await clickInDrill('#next')).question;
    else second = (await vscode.commands.executeCommand<DrillResult>('storybank.nextPracticeQuestion'))?.question;
    assert.ok(second !== undefined && open.includes(second) && second !== first.question, `the next unpractised question, not ${second}`);
    await vscode.commands.executeCommand('storybank.markPracticed');
    const third = await vscode.commands.executeCommand<DrillResult>('storybank.nextPracticeQuestion');
    assert.deepEqual([first.question, second, third?.question].sort((a, b) => (a ?? 0) - (b ?? 0)), open, 'the last one left');
    await vscode.commands.executeCommand('storybank.markPracticed');

    // All practised: the drill takes the one practised longest ago and says so on the page, not in a dialog.
    await practiceLog({ ...(await practiceLog()), '9': '2026-01-01' });
    const oldest = await vscode.commands.executeCommand<DrillResult>('storybank.practice', { pick: 'unpracticed' });
    assert.equal(oldest?.question, 9);
    assert.equal(oldest.allPracticed, true);
    assert.deepEqual(shown.filter((s) => s.modal), [], 'no modal dialog');
    assert.deepEqual(shown, [], 'no message at all');
    await assertNoDialogOrToast('after the picks');
  });

  test('writing the date into a story shows the edit unsaved, and End closes the panel without a dialog', async function () {
    this.timeout(90_000);
    const index = await api.getBankIndex();
    const story = index.stories.find((s) => s.title === 'Making checkout retries safe');
    assert.ok(story);
    const uri = vscode.Uri.parse(story.uri);
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    await practiceLog({});
    await vscode.commands.executeCommand<DrillResult>('storybank.practice', { question: 10 });
    if (canUseKeyboard()) {
      await clickInDrill('#record');
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.match(doc.getText(), /^last-practiced: \d{4}-\d{2}-\d{2}$/m);
      assert.ok(doc.isDirty, 'the edit is shown, not saved behind the person’s back');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), before, 'nothing written to disk');
      assert.ok((await practiceLog())['10'], 'and the question is marked practiced');
      assert.equal(drillTabs().length, 1, 'the drill stays open');
      const closed = waitFor(vscode.window.tabGroups.onDidChangeTabs, () => drillTabs().length === 0, 20_000, 'the drill panel to close');
      await pressKeys(inWebview('#end'), [{ click: inWebview('#end') }]);
      await closed;
    } else {
      await vscode.commands.executeCommand('storybank.endPractice');
    }
    if (drillTabs().length > 0) await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => drillTabs().length === 0, 10_000, 'the drill panel to close');
    assert.equal(drillTabs().length, 0, 'End closed the panel');
    assert.deepEqual(shown.filter((s) => s.modal), [], 'no modal dialog');
    await assertNoDialogOrToast('after End');
  });
});
