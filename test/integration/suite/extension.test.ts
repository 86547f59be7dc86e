// The extension against the real language server, through the VS Code API, in the fixture bank
// (test/integration/fixture-bank, copied to a temp folder per run). Every wait is on an event.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { QUESTIONS, questionById } from '../../../server/src/core/knowledge';
import {
  activateStoryBank,
  bankUri,
  codeOf,
  codesOn,
  contributes,
  hoverText,
  labelOf,
  openInEditor,
  positionOf,
  storyBankExtension,
  waitFor,
  waitForCodes,
  waitForDiagnostics,
  writeBankFile,
} from './util';

/** Opened in the editor by the tests: no Learning part, one filler word. */
const OPENED = 'stories/checkout-retries.md';
/** Never opened: the server finds its problems by indexing the bank. */
const UNOPENED = 'stories/onboarding-buddy.md';
/** Never opened: a question id out of range, and a blame phrase that only the bank's .storybank.yml adds. */
const CONFIGURED = 'stories/vendor-outage.md';

suite('Story Bank extension', () => {
  test('activates when a story opens and returns its API', async () => {
    const editor = await openInEditor(OPENED);
    // Diagnostics on the story can only come from the extension's server: they prove it activated.
    await waitForDiagnostics(editor.document.uri, (list) => list.length > 0);
    const ext = storyBankExtension();
    assert.equal(ext.isActive, true, 'the extension is active once a story is open');
    const api = await ext.activate();
    assert.strictEqual(api, ext.exports, 'activate() returns the same API object each time');
    assert.equal(api.client.state, State.Running, 'the language client is running');
    assert.equal(typeof api.output.appendLine, 'function', 'the API exposes the output channel');
    assert.equal(typeof api.onDidChangeBankIndex, 'function', 'the API exposes the bank-index event');
  });

  test('the bank index lists the fixture stories and leaves plain notes out', async () => {
    const api = await activateStoryBank();
    const complete = (index: Awaited<ReturnType<typeof api.getBankIndex>>): boolean =>
      !index.indexing && [OPENED, UNOPENED, CONFIGURED].every((p) => index.stories.some((s) => s.uri === bankUri(p).toString()));
    const pending = waitFor(api.onDidChangeBankIndex, complete, 30_000, 'a complete bank index');
    let index = await api.getBankIndex();
    if (complete(index)) pending.catch(() => undefined);
    else index = await pending;
    // Other test files may add stories of their own: look for the fixture's.
    const titles = index.stories.map((s) => s.title);
    for (const title of ['Helping a new hire find her feet', 'Making checkout retries safe', 'Riding out a storage vendor outage']) {
      assert.ok(titles.includes(title), `"${title}" is in the bank index; got ${titles.join(' | ')}`);
    }
    assert.ok(!index.stories.some((s) => s.uri.endsWith('notes/ideas.md')), 'a Markdown file without story front matter is not a story');
    const checkout = index.stories.find((s) => s.title === 'Making checkout retries safe');
    assert.deepEqual(checkout?.questions, [6, 10]);
  });

  test('an opened story gets diagnostics with the expected rule codes', async () => {
    const uri = bankUri(OPENED);
    const list = await waitForCodes(uri, ['missing-section', 'filler-phrase']);
    const filler = list.find((d) => codeOf(d) === 'filler-phrase');
    assert.ok(filler);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(filler.range).toLowerCase(), 'basically', 'the filler finding covers the filler word');
    const missing = list.find((d) => codeOf(d) === 'missing-section');
    assert.match(missing?.message ?? '', /learning/i, 'the missing part is the learning');
  });

  test('an unopened story gets diagnostics with the expected rule codes', async () => {
    const uri = bankUri(UNOPENED);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the story is not open');
    await waitForCodes(uri, ['blame', 'missing-metric', 'vague-impact'], 30_000);
    assert.ok(!codesOn(uri).includes('missing-section'), `all five parts are present; got ${codesOn(uri).join(', ')}`);
  });

  test("the bank's .storybank.yml is applied (extra phrase, rule turned off)", async () => {
    const uri = bankUri(CONFIGURED);
    const list = await waitForCodes(uri, ['unknown-question', 'blame'], 30_000);
    const unknown = list.find((d) => codeOf(d) === 'unknown-question');
    assert.equal(unknown?.severity, vscode.DiagnosticSeverity.Error);
    assert.match(unknown?.message ?? '', /42/);
    assert.ok(!codesOn(uri).includes('too-short'), 'too-short is off in the config');
  });

  test('a quick fix from executeCodeActionProvider, applied, removes its finding', async () => {
    const uri = bankUri(OPENED);
    const before = await waitForCodes(uri, ['filler-phrase']);
    const fillers = before.filter((d) => codeOf(d) === 'filler-phrase');
    const target = fillers[0];
    // The last argument asks VS Code to resolve the actions, so lazily computed edits are filled in.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value, 20,
    );
    const describe = actions.map((a) => `${a.title} [${a.edit ? `${a.edit.size} file(s) edited` : 'no edit'}]`).join(' | ');
    // VS Code's command drops the actions' `diagnostics`, so the fix is known by its title: the one that edits
    // the text and names the filler, not "disable the rule" or "open the documentation".
    const fix = actions.find((a) => a.edit && a.edit.size > 0 && /basically/i.test(a.title) && !/disable|suppress|documentation/i.test(a.title));
    assert.ok(fix?.edit, `a quick fix that removes the filler; got: ${describe}`);
    const cleared = waitForDiagnostics(uri, (list) => list.filter((d) => codeOf(d) === 'filler-phrase').length === fillers.length - 1,
      20_000, `the filler finding to go after "${fix.title}"`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, `applying "${fix.title}"`);
    await cleared;
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.ok(!/\bbasically\b/i.test(doc.getText()), 'the filler word is gone from the text');
    await doc.save();
  });

  test('completion in front matter offers question ids', async () => {
    const uri = await writeBankFile('stories/scratch-completion.md', '---\ntitle: Scratch\nquestions: []\n---\n# Scratch\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const at = positionOf(doc, 'questions: [', 'questions: ['.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at);
    const ids = new Set<number>();
    for (const item of list.items) {
      const text = `${labelOf(item)} ${typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? ''}`;
      const m = /\b[Qq]?0*(\d{1,2})\b/.exec(text);
      if (m) ids.add(Number(m[1]));
    }
    const missing = QUESTIONS.map((q) => q.id).filter((id) => !ids.has(id));
    assert.deepEqual(missing, [], `every question id is offered; labels: ${list.items.slice(0, 8).map(labelOf).join(', ')}...`);
    const six = list.items.find((i) => /\b[Qq]?0*6\b/.test(labelOf(i)));
    const described = `${six?.detail ?? ''} ${typeof six?.documentation === 'string' ? six.documentation : six?.documentation?.value ?? ''}`;
    assert.ok(described.includes(questionById(6)!.text) || described.includes(questionById(6)!.short), `item 6 describes question 6: ${described}`);
  });

  test('hover on a question id shows its text', async () => {
    const doc = await vscode.workspace.openTextDocument(bankUri(OPENED));
    const at = positionOf(doc, 'questions: [6', 'questions: ['.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hoverText(hovers);
    assert.ok(text.includes(questionById(6)!.text), `the hover shows question 6 ("${questionById(6)!.text}"); got: ${text.slice(0, 300)}`);
  });

  test('the contributed snippets exist and are offered in Markdown', async () => {
    const snippets = (contributes().snippets as { language: string; path: string }[] | undefined) ?? [];
    assert.ok(snippets.length > 0, 'package.json contributes snippets');
    const root = storyBankExtension().extensionPath;
    const prefixes: string[] = [];
    for (const s of snippets) {
      const file = path.join(root, s.path);
      assert.ok(fs.existsSync(file), `snippet file ${s.path} exists`);
      const body = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[] }>;
      const entries = Object.entries(body);
      assert.ok(entries.length > 0, `${s.path} holds snippets`);
      for (const [name, snippet] of entries) {
        assert.ok(snippet.prefix && snippet.body, `snippet "${name}" in ${s.path} has a prefix and a body`);
        if (s.language === 'markdown') prefixes.push(...[snippet.prefix].flat());
      }
    }
    assert.ok(prefixes.length > 0, 'at least one snippet is for Markdown');
    const uri = await writeBankFile('notes/snippet-scratch.md', '\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, 0));
    const offered = new Set(list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf));
    const absent = prefixes.filter((p) => !offered.has(p));
    assert.deepEqual(absent, [], 'VS Code offers every contributed Markdown snippet');
  });

  test("the extension's commands are registered", async () => {
    await activateStoryBank();
    const declared = ((contributes().commands as { command: string }[] | undefined) ?? []).map((c) => c.command);
    assert.ok(declared.includes('storybank.restartServer'), 'Restart Server is contributed');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], 'every contributed command has a handler');
  });

  test('the restart command brings diagnostics back', async () => {
    const api = await activateStoryBank();
    const uri = bankUri(OPENED);
    await waitForCodes(uri, ['missing-section']);
    const stopped = waitFor(api.client.onDidChangeState, (e) => e.newState === State.Stopped, 20_000, 'the client to stop');
    const running = waitFor(api.client.onDidChangeState, (e) => e.newState === State.Running, 30_000, 'the client to run again');
    const cleared = waitForDiagnostics(uri, (list) => list.length === 0, 20_000, 'the diagnostics to be cleared by the restart');
    const before = api.recentOutput().length;
    await vscode.commands.executeCommand('storybank.restartServer');
    await stopped;
    await running;
    await cleared;
    await waitForCodes(uri, ['missing-section'], 30_000);
    await waitForCodes(bankUri(UNOPENED), ['blame'], 30_000);
    assert.equal(api.client.state, State.Running);
    // A deliberate restart is a normal event: the output says so and logs nothing at error or warning level.
    const logged = api.recentOutput().slice(before);
    assert.ok(logged.some((line) => line.includes('restarting the server')), `the restart is logged; got:\n${logged.join('\n')}`);
    const alarming = logged.filter((line) => /^\[(Error|Warn)\b|exited with code|stopped unexpectedly/.test(line));
    assert.deepEqual(alarming, [], 'a deliberate restart logs nothing alarming');
  });
});
