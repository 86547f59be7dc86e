// Protocol tests: the real built server (`node dist/server.js --stdio`) on a temp copy of fixture-bank/,
// driven over LSP. Run `npm run build` first (npm test does). Every wait is on a message, with a timeout.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  FileChangeType,
  FoldingRangeRequest,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { QUESTIONS } from '../../server/src/core/knowledge';
import { BankIndexRequest, CheckBankRequest, SHOW_RULE_DOC_COMMAND, StatsRequest, type DiagnosticData } from '../../server/src/protocol';
import { fileUri, removeDir, ROOT, SERVER, tempCopy, TestClient } from './lsp';

const FIXTURE = join(ROOT, 'test', 'protocol', 'fixture-bank');

function rules(d: readonly Diagnostic[] | undefined): string[] {
  return (d ?? []).map((x) => String(x.code)).sort();
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits);
}

void describe('storybank language server over stdio', () => {
  let dir: string;
  let client: TestClient;
  let versions = 0;
  const docs = new Map<string, TextDocument>();

  const path = (rel: string) => join(dir, rel);
  const uri = (rel: string) => fileUri(path(rel));

  async function open(rel: string): Promise<TextDocument> {
    const text = readFileSync(path(rel), 'utf8');
    const doc = TextDocument.create(uri(rel), 'markdown', ++versions, text);
    docs.set(doc.uri, doc);
    // Every story is published on open (with the document's version): wait for it so later waits see only later publications.
    const published = client.waitForDiagnostics(doc.uri);
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: doc.uri, languageId: 'markdown', version: doc.version, text } });
    await published;
    return doc;
  }

  /** Replaces the whole text of an open document and returns the publication that follows. */
  async function change(doc: TextDocument, text: string): Promise<Diagnostic[]> {
    const version = ++versions;
    const next = TextDocument.create(doc.uri, 'markdown', version, text);
    docs.set(doc.uri, next);
    const published = client.waitForDiagnostics(doc.uri);
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc.uri, version }, contentChanges: [{ text }] });
    return published;
  }

  before(async () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
    dir = tempCopy(FIXTURE);
    client = new TestClient({ settings: { debounceMs: 0 } });
    const init = await client.initialize([dir]);
    assert.equal(init.capabilities.hoverProvider, true);
    // Incremental sync (2) and quick fixes: what the editor needs to send edits as ranges and ask for fixes.
    assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.deepEqual((init.capabilities.codeActionProvider as { codeActionKinds?: string[] }).codeActionKinds, ['quickfix']);
    await client.waitForBankChange();
  });

  after(() => {
    client?.kill();
    if (dir) removeDir(dir);
  });

  void it('publishes diagnostics for an unopened story, with rule id, doc link, source and fix data', async () => {
    const d = await client.waitForDiagnostics(uri('stories/search-outage.md'), undefined, { includeLast: true });
    const filler = d.find((x) => x.code === 'filler-phrase');
    assert.ok(filler, `expected a filler-phrase diagnostic, got ${rules(d).join(', ')}`);
    assert.equal(filler.source, 'storybank');
    assert.match(filler.codeDescription?.href ?? '', /filler-phrase/);
    const data = filler.data as DiagnosticData;
    assert.equal(data.ruleId, 'filler-phrase');
    assert.ok(data.fixes && data.fixes.length > 0, 'the filler finding carries its fix');
    const missing = d.find((x) => x.code === 'missing-section');
    assert.ok(missing, 'the story without a Learning part gets missing-section');
    // LSP positions are 0-based: "Basically" opens line 14 (1-based) of the file.
    const text = readFileSync(path('stories/search-outage.md'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('Basically'));
    assert.deepEqual(filler.range.start, { line, character: 0 });
  });

  void it('leaves Markdown files that are not stories alone', () => {
    assert.equal(client.lastDiagnostics(uri('notes.md'))?.length ?? 0, 0);
  });

  void it('answers the bank index: every story, nine themes, 35 questions, not indexing', async () => {
    const index = await client.conn.sendRequest(BankIndexRequest.type);
    assert.equal(index.indexing, false);
    assert.deepEqual(index.stories.map((s) => s.title).sort(), [
      'Bringing search back after a bad index build',
      'Helping two interns ship their first feature',
      'Making the nightly ledger check finish before the morning close',
    ]);
    assert.equal(index.themes.length, 9);
    assert.equal(index.questions.length, 35);
    const q33 = index.questions.find((q) => q.id === 33);
    assert.equal(q33?.stories.length, 1);
    assert.ok(q33?.stories[0].startsWith(uri('stories/mentoring-interns.md')));
    const outage = index.stories.find((s) => s.uri === uri('stories/search-outage.md'));
    assert.ok(outage && outage.problems.warnings + outage.problems.infos > 0, 'problem counts come with each story');
    assert.ok(index.health.some((h) => h.kind === 'too-few-stories'), 'three stories are fewer than the eight a bank needs');
  });

  void it('updates diagnostics on didOpen and didChange', async () => {
    const doc = await open('stories/search-outage.md');
    const first = await client.waitForDiagnostics(doc.uri, (d) => d.some((x) => x.code === 'filler-phrase'), { includeLast: true });
    assert.ok(first.length > 0);
    const edited = await change(doc, doc.getText().replace('Basically, nobody', 'Nobody'));
    assert.ok(!edited.some((x) => x.code === 'filler-phrase'), `filler gone after the edit: ${rules(edited).join(', ')}`);
    const restored = await change(docs.get(doc.uri)!, readFileSync(path('stories/search-outage.md'), 'utf8'));
    assert.ok(restored.some((x) => x.code === 'filler-phrase'));
  });

  void it("applies a rule's quick fix: only its finding goes, the rest of the text is byte-identical", async () => {
    const doc = docs.get(uri('stories/search-outage.md'))!;
    const before = client.lastDiagnostics(doc.uri)!;
    const filler = before.find((x) => x.code === 'filler-phrase')!;
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: doc.uri },
      range: filler.range,
      context: { diagnostics: [filler] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit?.changes?.[doc.uri], `a preferred fix with an edit: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = fix.edit.changes[doc.uri];
    const text = doc.getText();
    const fixed = apply(text, edits);
    const start = doc.offsetAt(edits[0].range.start);
    const end = doc.offsetAt(edits[0].range.end);
    assert.equal(fixed.slice(0, start), text.slice(0, start), 'text before the edit unchanged');
    assert.equal(fixed.slice(start + edits[0].newText.length), text.slice(end), 'text after the edit unchanged');
    const after = await change(doc, fixed);
    assert.deepEqual(rules(after), rules(before.filter((d) => d !== filler)));
  });

  void it('inserts a missing part at the right place with its quick fix', async () => {
    const doc = docs.get(uri('stories/search-outage.md'))!;
    const missing = client.lastDiagnostics(doc.uri)!.find((x) => x.code === 'missing-section')!;
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: doc.uri }, range: missing.range, context: { diagnostics: [missing] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, 'missing-section offers an insertion');
    const fixed = apply(doc.getText(), fix.edit!.changes![doc.uri]);
    assert.ok(fixed.indexOf('## Learning') > fixed.indexOf('## Outcome'), 'the Learning heading goes after the Outcome');
    const after = await change(doc, fixed);
    assert.ok(!after.some((x) => x.code === 'missing-section'), `missing-section gone: ${rules(after).join(', ')}`);
    // Closing falls back to the file on disk, which still has both problems.
    const back = client.waitForDiagnostics(doc.uri, (d) => d.some((x) => x.code === 'missing-section'));
    await client.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: doc.uri } });
    await back;
  });

  void it('offers disable-for-line, disable-for-file and open-doc actions; disabling removes the finding', async () => {
    const doc = await open('stories/ledger-reconciliation.md');
    const text = doc.getText();
    const withFiller = text.replace('I profiled a full run', 'To be honest, I profiled a full run');
    const diags = await change(doc, withFiller);
    const filler = diags.find((x) => x.code === 'filler-phrase');
    assert.ok(filler, `filler found: ${rules(diags).join(', ')}`);
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: doc.uri }, range: filler.range, context: { diagnostics: [filler] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable filler-phrase for this line'), titles.join(' | '));
    assert.ok(titles.includes('Disable filler-phrase for this file'), titles.join(' | '));
    // This client has no command of its own: the action runs the server's (see docs.test.ts for both kinds).
    const docAction = actions.find((a) => a.command?.command === SHOW_RULE_DOC_COMMAND);
    assert.deepEqual(docAction?.command?.arguments, ['filler-phrase', filler.codeDescription?.href]);

    const line = actions.find((a) => a.title === 'Disable filler-phrase for this line')!;
    const suppressed = apply(withFiller, line.edit!.changes![doc.uri]);
    assert.match(suppressed, /<!-- storybank-disable-next-line filler-phrase -->\nTo be honest/);
    const afterLine = await change(docs.get(doc.uri)!, suppressed);
    assert.ok(!afterLine.some((x) => x.code === 'filler-phrase'));

    const file = actions.find((a) => a.title === 'Disable filler-phrase for this file')!;
    const fileSuppressed = apply(withFiller, file.edit!.changes![doc.uri]);
    assert.match(fileSuppressed, /^---\n[\s\S]*?\n---\n<!-- storybank-disable-file filler-phrase -->\n# Making/);
    const afterFile = await change(docs.get(doc.uri)!, fileSuppressed);
    assert.ok(!afterFile.some((x) => x.code === 'filler-phrase'));
    await change(docs.get(doc.uri)!, text);
  });

  void it('hovers a question id with the question, its theme and follow-ups; a theme; a part heading with its budget', async () => {
    const doc = docs.get(uri('stories/ledger-reconciliation.md'))!;
    const lines = doc.getText().split('\n');
    const qLine = lines.findIndex((l) => l.startsWith('questions:'));
    const hover = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line: qLine, character: lines[qLine].indexOf('16') } });
    const value = (hover?.contents as MarkupContent).value;
    assert.ok(value.includes(QUESTIONS[15].text), value);
    assert.ok(value.includes(QUESTIONS[15].followUps[0]), 'follow-ups listed');
    assert.match(value, /Execution|Delivery/);

    const tLine = lines.findIndex((l) => l.startsWith('themes:'));
    const themeHover = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line: tLine, character: lines[tLine].indexOf('execution') + 2 } });
    assert.match((themeHover?.contents as MarkupContent).value, /Q16/);

    const hLine = lines.findIndex((l) => l === '## Approach');
    const partHover = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line: hLine, character: 4 } });
    assert.match((partHover?.contents as MarkupContent).value, /budget 1 min, now \d+ s/);

    const nothing = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line: lines.length - 2, character: 3 } });
    assert.equal(nothing, null);
  });

  void it('completes question ids (with the question as detail), themes, companies and keys in front matter', async () => {
    const doc = docs.get(uri('stories/ledger-reconciliation.md'))!;
    const lines = doc.getText().split('\n');
    const qLine = lines.findIndex((l) => l.startsWith('questions:'));
    const items = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: doc.uri }, position: { line: qLine, character: lines[qLine].length - 1 } })) as CompletionItem[];
    const q8 = items.find((i) => i.label === '8');
    assert.equal(q8?.detail, QUESTIONS[7].text);
    assert.ok(!items.some((i) => i.label === '6'), 'ids already listed are not offered again');

    const cLine = lines.findIndex((l) => l.startsWith('companies:'));
    const companies = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: doc.uri }, position: { line: cLine, character: 'companies: ['.length } })) as CompletionItem[];
    assert.deepEqual(companies.map((i) => i.label).sort(), ['google', 'meta', 'startup']);

    const tLine = lines.findIndex((l) => l.startsWith('themes:'));
    const themes = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: doc.uri }, position: { line: tLine, character: 'themes: ['.length } })) as CompletionItem[];
    assert.equal(themes.length, 7);

    const keys = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: doc.uri }, position: { line: 1, character: 0 } })) as CompletionItem[];
    assert.deepEqual(keys.map((k) => k.label).sort(), ['last-practiced', 'role']);

    const body = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: doc.uri }, position: { line: lines.length - 2, character: 0 } });
    assert.equal(body, null);
  });

  void it('shows a code lens on the title, the parts as symbols, and folding per part', async () => {
    const doc = docs.get(uri('stories/ledger-reconciliation.md'))!;
    const lenses = await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: doc.uri } });
    assert.equal(lenses?.length, 1);
    assert.match(lenses![0].command!.title, /^\d+:\d\d spoken · \d+ words · Q6, Q16 · technical-decision, execution$/);
    // The title comes from the front matter here, so the lens sits above the front matter, not between its lines.
    assert.equal(lenses![0].range.start.line, 0);

    const symbols = (await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: doc.uri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    assert.deepEqual(symbols[0].children?.map((c) => c.name), ['Setup', 'Challenge', 'Approach', 'Outcome', 'Learning']);

    const folds = await client.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: doc.uri } });
    assert.ok(folds && folds.length >= 5, `folding ranges: ${JSON.stringify(folds)}`);
    const approach = doc.getText().split('\n').findIndex((l) => l === '## Approach');
    assert.ok(folds.some((f) => f.startLine === approach && f.endLine > approach));
  });

  void it('re-publishes other files when a bank finding changes (duplicate title), re-analysing one story', async () => {
    const doc = docs.get(uri('stories/ledger-reconciliation.md'))!;
    const other = uri('stories/mentoring-interns.md');
    const statsBefore = await client.conn.sendRequest(StatsRequest.type);
    const dupTitle = 'Helping two interns ship their first feature';
    const otherGetsDup = client.waitForDiagnostics(other, (d) => d.some((x) => x.code === 'duplicate-title'));
    const text = doc.getText().replace(/^title: .*$/m, `title: ${dupTitle}`).replace(/^# Making.*$/m, `# ${dupTitle}`);
    const mine = await change(doc, text);
    assert.ok(mine.some((x) => x.code === 'duplicate-title'));
    await otherGetsDup;
    const statsAfter = await client.conn.sendRequest(StatsRequest.type);
    assert.equal(statsAfter.analyses - statsBefore.analyses, 1, 'only the edited story was analysed again');
    const otherClears = client.waitForDiagnostics(other, (d) => !d.some((x) => x.code === 'duplicate-title'));
    await change(docs.get(doc.uri)!, readFileSync(path('stories/ledger-reconciliation.md'), 'utf8'));
    await otherClears;
  });

  void it('falls back to the file on disk when a document closes', async () => {
    const doc = docs.get(uri('stories/ledger-reconciliation.md'))!;
    await change(doc, doc.getText().replace('I profiled a full run', 'Kind of I profiled a full run'));
    const back = client.waitForDiagnostics(doc.uri, (d) => !d.some((x) => x.code === 'filler-phrase'));
    await client.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: doc.uri } });
    await back;
  });

  void it('re-lints when .storybank.yml changes, and reports a malformed one on the file itself', async () => {
    const cfg = path('.storybank.yml');
    const quiet = client.waitForDiagnostics(uri('stories/search-outage.md'), (d) => d.length > 0 && !d.some((x) => x.code === 'filler-phrase'));
    writeFileSync(cfg, 'structure: scaol\nrules:\n  filler-phrase: "off"\n');
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(cfg), type: FileChangeType.Changed }] });
    await quiet;

    const bad = client.waitForDiagnostics(fileUri(cfg), (d) => d.some((x) => x.code === 'config-invalid'));
    writeFileSync(cfg, 'structure: [setup, nonsense]\nmaxSeconds: -4\n');
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(cfg), type: FileChangeType.Changed }] });
    const cfgDiags = await bad;
    assert.equal(cfgDiags.filter((d) => d.code === 'config-invalid').length, 2, rules(cfgDiags).join(', '));
    // The rest are the bank's own findings, which land on its config file (too few stories, theme gaps, ...).
    assert.ok(cfgDiags.some((d) => d.code === 'too-few-stories'), rules(cfgDiags).join(', '));

    const good = client.waitForDiagnostics(fileUri(cfg), (d) => !d.some((x) => x.code === 'config-invalid'));
    writeFileSync(cfg, readFileSync(join(FIXTURE, '.storybank.yml'), 'utf8'));
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(cfg), type: FileChangeType.Changed }] });
    await good;
  });

  void it('picks up a created story and clears the diagnostics of a deleted one', async () => {
    const created = path('stories/new-story.md');
    writeFileSync(created, readFileSync(path('stories/search-outage.md'), 'utf8').replace(/Bringing search back/g, 'Restoring search'));
    const appeared = client.waitForDiagnostics(fileUri(created), (d) => d.length > 0);
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(created), type: FileChangeType.Created }] });
    await appeared;

    const cleared = client.waitForDiagnostics(fileUri(created), (d) => d.length === 0);
    unlinkSync(created);
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(created), type: FileChangeType.Deleted }] });
    await cleared;
    const index = await client.conn.sendRequest(BankIndexRequest.type);
    assert.ok(!index.stories.some((s) => s.uri === fileUri(created)));
  });

  void it('walks a new folder when only the folder\'s creation is reported (its files\' events can be lost)', async () => {
    const folder = path('stories/unzipped');
    mkdirSync(folder);
    const inner = join(folder, 'from-archive.md');
    writeFileSync(inner, readFileSync(path('stories/search-outage.md'), 'utf8').replace(/Bringing search back/g, 'Search from an archive'));
    const appeared = client.waitForDiagnostics(fileUri(inner), (d) => d.length > 0);
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(folder), type: FileChangeType.Created }] });
    await appeared;
    const index = await client.conn.sendRequest(BankIndexRequest.type);
    assert.ok(index.stories.some((s) => s.uri === fileUri(inner)), 'the story in the new folder is in the bank index');

    const cleared = client.waitForDiagnostics(fileUri(inner), (d) => d.length === 0);
    rmSync(folder, { recursive: true });
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(folder), type: FileChangeType.Deleted }] });
    await cleared;
  });

  void it('reads include globs relative to the nearest .storybank.yml, as the CLI does', async () => {
    const nested = path('nested-bank');
    mkdirSync(join(nested, 'notes'), { recursive: true });
    writeFileSync(join(nested, '.storybank.yml'), 'include: ["notes/*.md"]\n');
    const story = join(nested, 'notes', 'plain.md');
    // No questions in the front matter: only the nested config's include glob makes this a story.
    writeFileSync(story, '# A plain note that is a story\n\nBasically we shipped it.\n');
    const appeared = client.waitForDiagnostics(fileUri(story), (d) => d.some((x) => x.code === 'missing-section'));
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: fileUri(join(nested, '.storybank.yml')), type: FileChangeType.Created }],
    });
    await appeared;
    const cleared = client.waitForDiagnostics(fileUri(story), (d) => d.length === 0);
    rmSync(nested, { recursive: true });
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(nested), type: FileChangeType.Deleted }] });
    await cleared;
  });

  void it('answers a request with garbage params with an error and keeps serving', async () => {
    await assert.rejects(client.conn.sendRequest(HoverRequest.method, { textDocument: 42, position: 'nowhere' }));
    await assert.rejects(client.conn.sendRequest(CodeLensRequest.method, null));
    const index = await client.conn.sendRequest(BankIndexRequest.type);
    assert.equal(index.stories.length, 3);
  });

  void it('pulls the settings again when they change, and re-lints with them (under .storybank.yml)', async () => {
    const outage = uri('stories/search-outage.md');
    const quiet = client.waitForDiagnostics(outage, (d) => d.length > 0 && !d.some((x) => x.code === 'filler-phrase'));
    client.settings = { debounceMs: 0, rules: { 'filler-phrase': 'off' } };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await quiet;
    const loud = client.waitForDiagnostics(outage, (d) => d.some((x) => x.code === 'filler-phrase'));
    client.settings = { debounceMs: 0 };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await loud;
  });

  void it('checks the whole bank on request', async () => {
    const r = await client.conn.sendRequest(CheckBankRequest.type);
    assert.equal(r.stories, 3);
    assert.ok(r.findings > 0);
  });
});

void describe('storybank language server with two workspace folders', () => {
  void it('gives each folder its own .storybank.yml and settings', async () => {
    const a = tempCopy(FIXTURE);
    const b = tempCopy(FIXTURE);
    writeFileSync(join(b, '.storybank.yml'), 'rules:\n  filler-phrase: "off"\n');
    const client = new TestClient();
    // Folder b's settings turn missing-section off; folder a gets none.
    const asked: (string | undefined)[] = [];
    client.conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) =>
      p.items.map((i) => {
        asked.push(i.scopeUri);
        return i.scopeUri === fileUri(b) ? { debounceMs: 0, rules: { 'missing-section': 'off' } } : { debounceMs: 0 };
      }),
    );
    try {
      await client.initialize([a, b]);
      await client.waitForBankChange();
      const inA = rules(client.lastDiagnostics(fileUri(join(a, 'stories', 'search-outage.md'))));
      const inB = rules(client.lastDiagnostics(fileUri(join(b, 'stories', 'search-outage.md'))));
      assert.ok(inA.includes('filler-phrase') && inA.includes('missing-section'), inA.join(', '));
      assert.ok(!inB.includes('filler-phrase') && !inB.includes('missing-section'), inB.join(', '));
      assert.ok(asked.includes(fileUri(a)) && asked.includes(fileUri(b)), 'settings are pulled per folder');
      const index = await client.conn.sendRequest(BankIndexRequest.type);
      assert.equal(index.stories.length, 6);
    } finally {
      client.kill();
      removeDir(a);
      removeDir(b);
    }
  });
});

void describe('storybank language server lifecycle', () => {
  void it('exits with code 0 on shutdown then exit', async () => {
    const dir = tempCopy(FIXTURE);
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      await client.waitForBankChange();
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
      removeDir(dir);
    }
  });

  void it('exits by itself when the process that started it dies', async () => {
    const dir = tempCopy(FIXTURE);
    // A stand-in parent that lives until we end it.
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const parentGone = new Promise((resolve) => parent.on('exit', resolve));
    const client = new TestClient();
    try {
      await client.initialize([dir], {}, parent.pid);
      await client.waitForBankChange();
      parent.kill();
      await parentGone;
      // The server checks its parent every few seconds; not having been sent shutdown, it exits with code 1.
      assert.equal(await client.waitForExit(15_000), 1);
    } finally {
      if (parent.exitCode === null) parent.kill();
      client.kill();
      removeDir(dir);
    }
  });

  void it('gives a document over 1 MB one information diagnostic and no analysis', async () => {
    const dir = tempCopy(FIXTURE);
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      await client.waitForBankChange();
      const big = `---\nquestions: [6]\n---\n# Big\n\n## Setup\n\n${'word '.repeat(230_000)}\n`;
      const u = fileUri(join(dir, 'stories', 'big.md'));
      const published = client.waitForDiagnostics(u);
      await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: u, languageId: 'markdown', version: 1, text: big } });
      const d = await published;
      assert.equal(d.length, 1);
      assert.equal(d[0].severity, 3);
    } finally {
      client.kill();
      removeDir(dir);
    }
  });
});
