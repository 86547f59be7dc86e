// The extension's web build (package.json `browser`: dist/web/client.js, and the language server's
// dist/web/server.js in a web worker) in the browser's web worker extension host of the code-server workbench,
// against the fixture bank served to the browser by code-server. No Node anywhere in the extension: the server reads
// the bank through the client (storybank/listFiles, storybank/readFile → vscode.workspace.fs). Every wait is on an
// event. Run with `npm run test:web`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/browser';
import { QUESTIONS, questionById } from '../../../server/src/core/knowledge';
import { THEMES } from '../../../server/src/core/knowledge';
import type { TreeSnapshot } from '../../../client/src/views';
import type { BankIndex } from '../../../server/src/protocol';
import type { StoryBankApi } from '../../../client/src/api';
import {
  activateStoryBank,
  bankIndexWhere,
  bankUri,
  codeOf,
  codesOn,
  hoverText,
  labelOf,
  openInEditor,
  positionOf,
  storyBankExtension,
  waitFor,
  waitForCodes,
  waitForDiagnostics,
  writeBankFile,
} from '../suite/util';

const OPENED = 'stories/checkout-retries.md';
const UNOPENED = 'stories/onboarding-buddy.md';
const CONFIGURED = 'stories/vendor-outage.md';
const FIXTURE_TITLES = ['Helping a new hire find her feet', 'Making checkout retries safe', 'Riding out a storage vendor outage'];
const SCRATCH = 'stories/web-scratch.md';

const fixtureIndexed = (i: BankIndex): boolean => !i.indexing && FIXTURE_TITLES.every((t) => i.stories.some((s) => s.title === t));

suite('Story Bank for the Web (web worker extension host)', () => {
  let api: StoryBankApi;

  suiteSetup(async function () {
    this.timeout(120_000);
    // The extension activates on Markdown or on the bank's .storybank.yml; opening a story makes sure.
    await openInEditor(OPENED);
    api = await activateStoryBank();
    await bankIndexWhere(api, fixtureIndexed, 'the fixture bank indexed');
  });

  suiteTeardown(async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(bankUri(SCRATCH), { useTrash: false }).then(undefined, () => undefined);
  });

  test('runs in a web worker with no Node: the browser entry and the web server', () => {
    const g = globalThis as { WorkerGlobalScope?: new () => unknown; process?: { versions?: { node?: string } } };
    assert.equal(typeof g.WorkerGlobalScope, 'function', 'the tests and the extension run in a web worker');
    assert.ok(globalThis instanceof g.WorkerGlobalScope!, 'the global object is a worker scope');
    assert.notEqual(typeof g.process?.versions?.node, 'string', 'there is no Node.js here');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    const manifest = storyBankExtension().packageJSON as { browser?: string };
    assert.equal(manifest.browser, './dist/web/client.js', 'package.json names the web entry');
    assert.equal(api.client.state, State.Running, 'the language client is running');
    assert.match(api.client.initializeResult?.serverInfo?.name ?? '', /\(web\)$/, 'the server is the web build');
  });

  test('the bank index lists the fixture stories, read through vscode.workspace.fs', async () => {
    const index = await bankIndexWhere(api, fixtureIndexed, 'the fixture bank indexed');
    assert.ok(!index.stories.some((s) => s.uri.endsWith('notes/ideas.md')), 'a Markdown file without story front matter is not a story');
    const checkout = index.stories.find((s) => s.title === 'Making checkout retries safe');
    assert.deepEqual(checkout?.questions, [6, 10]);
    assert.equal(checkout?.uri, bankUri(OPENED).toString(), 'stories are known by the URI the editor uses');
  });

  test('an unopened story gets diagnostics', async () => {
    const uri = bankUri(UNOPENED);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the story is not open');
    await waitForCodes(uri, ['blame', 'missing-metric', 'vague-impact'], 30_000);
    assert.ok(!codesOn(uri).includes('missing-section'), `all five parts are present; got ${codesOn(uri).join(', ')}`);
  });

  test("the bank's .storybank.yml is applied (extra phrase, rule turned off)", async () => {
    const uri = bankUri(CONFIGURED);
    const list = await waitForCodes(uri, ['unknown-question', 'blame'], 30_000);
    assert.match(list.find((d) => codeOf(d) === 'unknown-question')?.message ?? '', /42/);
    assert.ok(!codesOn(uri).includes('too-short'), 'too-short is off in the config');
  });

  test('an opened story gets diagnostics, and a quick fix applied is checked again', async () => {
    const uri = bankUri(OPENED);
    const before = await waitForCodes(uri, ['missing-section', 'filler-phrase']);
    const fillers = before.filter((d) => codeOf(d) === 'filler-phrase');
    const original = (await vscode.workspace.openTextDocument(uri)).getText();
    // Seen once in seven runs: an empty answer right after the bank was indexed (cause not found); seen once since
    // (round 22's CI): the request cancelled by the workbench ("Canceled") as the diagnostics of the bank arrived.
    // Either way asked again after the next diagnostics change (or 3 s), at most three times, said in the log.
    let actions: vscode.CodeAction[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, fillers[0].range, vscode.CodeActionKind.QuickFix.value, 20);
      } catch (err) {
        if (!(err instanceof Error && err.message === 'Canceled') || attempt === 3) throw err;
        actions = [];
      }
      if (actions.length > 0) break;
      console.log(`[web test] no code actions on attempt ${attempt}; asking again`);
      await waitForDiagnostics(uri, () => false, 3000).catch(() => undefined);
    }
    const fix = actions.find((a) => a.edit && a.edit.size > 0 && /basically/i.test(a.title) && !/disable|suppress|documentation/i.test(a.title));
    assert.ok(fix?.edit, `a quick fix that removes the filler; got: ${actions.map((a) => a.title).join(' | ')}`);
    const cleared = waitForDiagnostics(uri, (list) => list.filter((d) => codeOf(d) === 'filler-phrase').length === fillers.length - 1, 20_000, 'the filler finding to go');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    await cleared;
    // Back to the original text (saved, so the file and the editor agree again), and the finding comes back.
    const doc = await vscode.workspace.openTextDocument(uri);
    const restore = new vscode.WorkspaceEdit();
    restore.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), original);
    assert.equal(await vscode.workspace.applyEdit(restore), true);
    await doc.save();
    await waitForDiagnostics(uri, (list) => list.filter((d) => codeOf(d) === 'filler-phrase').length === fillers.length, 20_000, 'the filler finding back after revert');
  });

  test("a finding links to the rule's page shipped in the extension, readable offline", async () => {
    const list = await waitForCodes(bankUri(OPENED), ['filler-phrase']);
    const code = list.find((d) => codeOf(d) === 'filler-phrase')?.code;
    assert.ok(code && typeof code === 'object', 'the finding has a code link');
    const target = code.target;
    assert.equal(target.toString(), vscode.Uri.joinPath(storyBankExtension().extensionUri, 'docs', 'rules', 'filler-phrase.md').toString());
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(page, /filler/i, 'the page is there to read');
  });

  test('hover on a question id shows its text', async () => {
    const doc = await vscode.workspace.openTextDocument(bankUri(OPENED));
    const at = positionOf(doc, 'questions: [6', 'questions: ['.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    assert.ok(hoverText(hovers).includes(questionById(6)!.text), `the hover shows question 6; got: ${hoverText(hovers).slice(0, 300)}`);
  });

  test('the Coverage and Stories views show the bank', async () => {
    await vscode.commands.executeCommand('storybank.refreshViews');
    const coverage = await vscode.commands.executeCommand<TreeSnapshot[]>('storybank.internal.viewSnapshot', 'coverage');
    assert.deepEqual(coverage.map((n) => n.label), THEMES.map((t) => t.short));
    assert.equal(coverage.find((n) => n.label === 'Technical Decision-Making')?.description, '2/5');
    const stories = await vscode.commands.executeCommand<TreeSnapshot[]>('storybank.internal.viewSnapshot', 'stories');
    assert.deepEqual(stories.map((n) => n.label), ['checkout', 'platform-onboarding']);
  });

  test('the coverage matrix opens', async () => {
    const shown = await vscode.commands.executeCommand<{ visible: boolean; ready: boolean; stories: number }>('storybank.showCoverageMatrix', 'theme');
    assert.equal(shown.visible, true);
    assert.equal(shown.ready, true, 'the webview ran its script');
    assert.equal(shown.stories, FIXTURE_TITLES.length);
  });

  test('the practice drill opens on a chosen question, and "not practiced yet" skips a practiced one', async () => {
    await vscode.commands.executeCommand('storybank.internal.practiceLog', {});
    const drilled = await vscode.commands.executeCommand<{ question: number; ready: boolean }>('storybank.practice', { question: 6 });
    assert.equal(drilled.question, 6);
    assert.equal(drilled.ready, true, 'the drill page drew the question');
    const state = await vscode.commands.executeCommand<{ heading: string; followUps: string[]; followUpsTotal: number }>('storybank.internal.drillState');
    assert.equal(state.heading, questionById(6)?.text);
    assert.deepEqual(state.followUps, []);
    assert.equal(state.followUpsTotal, questionById(6)?.followUps.length);
    // Every question practised but Q7 and Q11: marking one leaves the other.
    await vscode.commands.executeCommand('storybank.internal.practiceLog', Object.fromEntries(QUESTIONS.filter((q) => q.id !== 7 && q.id !== 11).map((q) => [String(q.id), '2026-11-01'])));
    const first = await vscode.commands.executeCommand<{ question: number }>('storybank.practice', { pick: 'unpracticed' });
    assert.ok([7, 11].includes(first.question), `an unpractised question, not ${first.question}`);
    await vscode.commands.executeCommand('storybank.markPracticed');
    const second = await vscode.commands.executeCommand<{ question: number }>('storybank.nextPracticeQuestion');
    assert.equal(second.question, first.question === 7 ? 11 : 7);
    await vscode.commands.executeCommand('storybank.endPractice');
    await vscode.commands.executeCommand('storybank.internal.practiceLog', {});
  });

  test('a story written to the folder is checked, and completion offers question ids in it', async () => {
    const added = bankIndexWhere(api, (i) => i.stories.some((s) => s.title === 'Web scratch'), 'the new story in the index');
    const uri = await writeBankFile(SCRATCH, '---\ntitle: Web scratch\nquestions: []\n---\n# Web scratch\n\nWe basically shipped it.\n');
    await added;
    await waitForCodes(uri, ['filler-phrase'], 30_000);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, positionOf(doc, 'questions: [', 'questions: ['.length));
    const ids = new Set<number>();
    for (const item of list.items) {
      const m = /\b[Qq]?0*(\d{1,2})\b/.exec(`${labelOf(item)} ${typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? ''}`);
      if (m) ids.add(Number(m[1]));
    }
    assert.deepEqual(QUESTIONS.map((q) => q.id).filter((id) => !ids.has(id)), [], 'every question id is offered');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const gone = bankIndexWhere(api, (i) => !i.stories.some((s) => s.title === 'Web scratch'), 'the deleted story out of the index');
    await vscode.workspace.fs.delete(uri, { useTrash: false });
    await gone;
  });

  test('Restart Server starts a fresh web worker and the diagnostics come back', async () => {
    const uri = bankUri(UNOPENED);
    await waitForCodes(uri, ['blame']);
    const running = waitFor(api.client.onDidChangeState, (e) => e.newState === State.Running, 30_000, 'the client to run again');
    const cleared = waitForDiagnostics(uri, (list) => list.length === 0, 20_000, 'the diagnostics to be cleared by the restart');
    await vscode.commands.executeCommand('storybank.restartServer');
    await cleared;
    await running;
    await waitForCodes(uri, ['blame'], 30_000);
    assert.equal(api.client.state, State.Running);
  });
});
