// The client's views and commands in a real VS Code, against the real server and the fixture bank:
// tree providers, lenses, New Story, the coverage matrix and Check Whole Bank (the practice drill: practice-drill.test.ts).
// Every file these tests write is removed at the end, and the index is back to the fixture's three stories.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';
import { COMPANIES, THEMES } from '../../../server/src/core/knowledge';
import type { BankIndex } from '../../../server/src/protocol';
import type { TreeSnapshot } from '../../../client/src/views';
import { activateStoryBank, bankIndexWhere, bankUri, waitFor, writeBankFile } from './util';
import type { StoryBankApi } from '../../../client/src/api';

const FIXTURE_TITLES = ['Helping a new hire find her feet', 'Making checkout retries safe', 'Riding out a storage vendor outage'];
/** Outside stories/: its files are stories only through their front matter, so emptying them ends that. */
const TEST_FOLDER = 'client-tests';

function snapshot(view: 'coverage' | 'stories' | 'health'): Thenable<TreeSnapshot[]> {
  return vscode.commands.executeCommand<TreeSnapshot[]>('storybank.internal.viewSnapshot', view);
}

function group(tree: TreeSnapshot[], label: string): TreeSnapshot {
  const g = tree.find((n) => n.label === label);
  assert.ok(g, `no node "${label}" in ${tree.map((n) => n.label).join(', ')}`);
  return g;
}

const onlyFixture = (i: BankIndex): boolean =>
  !i.indexing && i.stories.length === FIXTURE_TITLES.length && FIXTURE_TITLES.every((t) => i.stories.some((s) => s.title === t));

async function closeWithoutSaving(uri: vscode.Uri): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('Story Bank client: views and commands', () => {
  let api: StoryBankApi;
  const opened: vscode.Uri[] = [];

  suiteSetup(async function () {
    this.timeout(60_000);
    api = await activateStoryBank();
    await bankIndexWhere(api, onlyFixture, 'the fixture bank indexed');
    await vscode.commands.executeCommand('storybank.refreshViews');
  });

  suiteTeardown(async function () {
    this.timeout(120_000);
    for (const uri of opened.filter((u) => u.scheme === 'untitled')) await closeWithoutSaving(uri);
    for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
      if (tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('storybank.coverageMatrix')) await vscode.window.tabGroups.close(tab);
    }
    await vscode.commands.executeCommand('storybank.switchLens', 'theme');
    // VS Code keeps documents a test opened alive for a while, and the server keeps analysing an open document
    // even when its file is deleted. So each story written here is first emptied and saved (outside stories/
    // and without front matter it is no story), then deleted.
    const folder = bankUri(TEST_FOLDER);
    const entries = await vscode.workspace.fs.readDirectory(folder).then(undefined, () => [] as [string, vscode.FileType][]);
    for (const [name] of entries) {
      const uri = vscode.Uri.joinPath(folder, name);
      const doc = await vscode.workspace.openTextDocument(uri);
      if (doc.isDirty) {
        await vscode.window.showTextDocument(doc, { preview: false });
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), '');
      await vscode.workspace.applyEdit(edit);
      await doc.save();
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await bankIndexWhere(api, onlyFixture, 'the bank back to the fixture stories');
    for (const [name] of entries) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name), { useTrash: false });
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('the Coverage view has the nine themes with the fixture bank’s counts', async () => {
    const tree = await snapshot('coverage');
    // Short names where the full one would be cut at the default side-bar width (the tooltip has the full one).
    assert.deepEqual(tree.map((n) => n.label), THEMES.map((t) => t.short));
    assert.ok(tree.every((n) => n.label.length <= 30), 'every theme label fits the default side bar');
    // checkout-retries answers 6 and 10; onboarding-buddy 12; vendor-outage 17 (and an unknown 42)
    assert.equal(group(tree, 'Technical Decision-Making').description, '2/5');
    assert.equal(group(tree, 'Collaboration').description, '1/5');
    assert.equal(group(tree, 'Project Execution and Delivery').description, '1/5');
    assert.equal(group(tree, 'Ethics and Values').description, '0/2');
    const tech = group(tree, 'Technical Decision-Making').children;
    const q6 = tech.find((q) => q.label.startsWith('Q6 '));
    assert.ok(q6);
    assert.equal(q6.contextValue, 'question');
    assert.deepEqual(q6.children.map((s) => s.label), ['Making checkout retries safe']);
    const q7 = tech.find((q) => q.label.startsWith('Q7 '));
    assert.equal(q7?.contextValue, 'question-gap');
    assert.equal(q7?.description, 'no story yet');
  });

  test('the Stories view groups the stories by project with time and problems', async () => {
    const tree = await snapshot('stories');
    assert.deepEqual(tree.map((n) => n.label), ['checkout', 'platform-onboarding']);
    assert.deepEqual(group(tree, 'checkout').children.map((s) => s.label).sort(), ['Making checkout retries safe', 'Riding out a storage vendor outage']);
    for (const s of tree.flatMap((p) => p.children)) assert.match(s.description ?? '', /^\d+:\d\d · (no problems|\d+ problems?)$/);
  });

  test('the Bank Health view lists the bank-level findings', async () => {
    const index = await api.getBankIndex();
    const tree = await snapshot('health');
    assert.equal(tree.length, index.health.length);
    assert.ok(tree.length > 0, 'a three-story bank has gaps to report');
    assert.ok(tree.every((n) => n.contextValue?.startsWith('health-')));
  });

  test('the coverage matrix opens and its Markdown export lists every story', async () => {
    const shown = await vscode.commands.executeCommand<{ visible: boolean; ready: boolean; by: string }>('storybank.showCoverageMatrix', 'theme');
    assert.equal(shown.visible, true);
    assert.equal(shown.ready, true, 'the webview ran its script');
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    assert.ok(tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('storybank.coverageMatrix')), 'a matrix tab is open');

    const index = await api.getBankIndex();
    const exported = await vscode.commands.executeCommand<vscode.Uri>('storybank.exportCoverageMatrix');
    opened.push(exported);
    assert.equal(exported.scheme, 'untitled');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === exported.toString());
    assert.ok(doc, 'the export is open');
    assert.equal(doc.languageId, 'markdown');
    const text = doc.getText();
    // A readable list, not a wide table: a section per theme with its questions, then every story.
    assert.ok(!text.split('\n').some((l) => l.startsWith('|')), 'no table in the export');
    for (const s of index.stories) assert.ok(text.includes(`\n- ${s.title.replace(/[\\`*_[\]~!#|]/g, (c) => `\\${c}`)}: `), `the export lists "${s.title}"`);
    for (const t of THEMES) assert.ok(text.includes(`## ${t.name} (`), t.name);
    assert.match(text, /^- \*\*Q35\*\* /m);
  });

  test('the trees change when a story is added', async () => {
    const changed = waitFor(api.onDidChangeBankIndex, (i) => i.stories.some((s) => s.title === 'Shipping with a known bug'), 30_000, 'the new story in the index');
    await writeBankFile(`${TEST_FOLDER}/known-bug.md`, '---\ntitle: Shipping with a known bug\nproject: payments\nquestions: [26]\n---\n# Shipping with a known bug\n\n## Setup\n\nWe were two days from launch.\n\n## Challenge\n\nA rounding bug hit 3% of refunds.\n\n## Approach\n\nI told my manager and we delayed the launch by two days.\n\n## Outcome\n\nWe fixed it for 1,200 customers before launch.\n\n## Learning\n\nI raise a risk the day I find it.\n');
    await changed;
    const tree = await snapshot('coverage');
    assert.equal(group(tree, 'Ethics and Values').description, '1/2');
    const stories = await snapshot('stories');
    assert.deepEqual(group(stories, 'payments').children.map((s) => s.label), ['Shipping with a known bug']);
  });

  test('every lens resolves', async () => {
    for (const lens of ['amazon', 'google', 'meta', 'startup', 'theme'] as const) {
      assert.equal(await vscode.commands.executeCommand('storybank.switchLens', lens), lens);
      const tree = await snapshot('coverage');
      const expected = lens === 'theme' ? THEMES.map((t) => t.short) : (COMPANIES.find((c) => c.id === lens)?.groups.map((g) => g.name) ?? []);
      assert.deepEqual(tree.map((n) => n.label), expected, lens);
      for (const g of tree) {
        assert.ok(g.children.length > 0, `${lens}: ${g.label} has questions`);
        assert.ok(g.children.every((q) => /^Q\d+ /.test(q.label)), `${lens}: ${g.label}`);
        assert.match(g.description ?? '', /^\d+\/\d+$/);
      }
    }
  });

  test('New Story creates a story with valid front matter and never overwrites', async () => {
    const folder = bankUri(TEST_FOLDER).toString();
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('storybank.newStory', { question: 27, title: 'Raising a pricing concern', folder, fileName: 'values.md' });
    assert.ok(uri, 'a file was created');
    opened.push(uri);
    assert.equal(uri.toString(), bankUri(`${TEST_FOLDER}/values.md`).toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    assert.ok(fm, 'the file starts with front matter');
    const data = parseYaml(fm[1] ?? '') as Record<string, unknown>;
    assert.deepEqual(data.questions, [27]);
    assert.deepEqual(data.themes, ['ethics']);
    for (const part of ['Setup', 'Challenge', 'Approach', 'Outcome', 'Learning']) assert.match(text, new RegExp(`^## ${part}$`, 'm'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new story is open');

    // the same name again: refused, and the file is untouched
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${text}\nMy own words.\n`));
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('storybank.newStory', { question: 27, title: 'Raising a pricing concern', folder, fileName: 'values.md' });
    assert.equal(again, undefined);
    assert.ok(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).endsWith('My own words.\n'));

    // without a name: named from the title, then a unique one; without a title either: named from the question
    const first = await vscode.commands.executeCommand<vscode.Uri>('storybank.newStory', { question: 27, title: '', folder });
    const second = await vscode.commands.executeCommand<vscode.Uri>('storybank.newStory', { question: 27, title: '', folder });
    opened.push(first, second);
    assert.ok(first && second);
    assert.notEqual(first.toString(), second.toString());
    assert.match(first.path, /\/q27-[a-z0-9-]+\.md$/);
    assert.match(second.path, /\/q27-[a-z0-9-]+-2\.md$/);

    // the server sees it as a story, with its front matter accepted
    const index = await bankIndexWhere(api, (i) => i.stories.some((s) => s.uri === uri.toString() && s.questions.includes(27)), 'the new story indexed');
    assert.deepEqual(index.stories.find((s) => s.uri === uri.toString())?.themes, ['ethics']);
  });

  test('New Story and Set Up write nothing through a folder link that leads out of the workspace', async () => {
    // A folder of the workspace that is a link to a folder elsewhere: a file made "in" it would land outside.
    const outside = mkdtempSync(join(tmpdir(), 'storybank-outside-'));
    const link = bankUri(`${TEST_FOLDER}-link`);
    symlinkSync(outside, link.fsPath, 'dir');
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('storybank.newStory', { question: 27, title: 'Through a link', folder: link.toString(), fileName: 'linked.md' });
      assert.equal(uri, undefined, 'no story was created');
      // Set Up in a folder whose stories folder is such a link.
      const setUp = bankUri(`${TEST_FOLDER}-setup`);
      mkdirSync(setUp.fsPath, { recursive: true });
      symlinkSync(outside, join(setUp.fsPath, 'stories'), 'dir');
      await vscode.commands.executeCommand('storybank.initBank', setUp.toString());
      assert.deepEqual(readdirSync(outside), [], 'nothing was written outside the workspace');
    } finally {
      rmSync(link.fsPath, { force: true });
      rmSync(bankUri(`${TEST_FOLDER}-setup`).fsPath, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('Check Whole Bank asks the server to check every story', async () => {
    const result = await vscode.commands.executeCommand<{ stories: number; findings: number } | undefined>('storybank.checkBank');
    assert.ok(result, 'the server answered');
    const index = await api.getBankIndex();
    assert.ok(result.stories >= FIXTURE_TITLES.length && result.stories <= index.stories.length, `checked ${result.stories} of ${index.stories.length}`);
    assert.ok(result.findings > 0, 'the fixture bank has findings');
  });
});
