// A pathological document cannot hold the server up: a large open document is analysed in a worker thread
// (guardedAnalysis.ts), so hovers on another file keep answering fast while it is analysed, and past its time
// budget the document gets one file-skipped finding saying it was too complex to check in time. Then the server
// carries on: an ordinary edit of that document is checked normally. The same holds for files on disk: found by
// the index, or changed while not open.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType, HoverRequest } from 'vscode-languageserver-protocol';
import { asStory, SHAPES } from '../../bench/adversarial-shapes';
import { TestClient, fileUri, removeDir, tempCopy } from './lsp';

// Well under what the shape below takes even on a fast idle machine (600 KB of numbered list items: about 7 s at
// load 10 in round 8). Shapes used before got faster: CRLF one-word paragraphs (11 s in round 7, about 3 s since CRLF
// text takes the plain-paragraph path), the `-` nesting ladder (about 1.5 s), part headings (about 2 s).
const BUDGET_MS = 1000;
// 'question headings over part headings': ~4 s for 600 KB in process on an idle machine (round 19). ('numbered items'
// took several seconds until round 14 cut long lists into smaller parse pieces, and 'questions lists' ~5 s until round
// 19 read a file of bare question lists as holding no answer, ~1.1 s since: each sat too close to the 1 s budget.)
const SHAPE = 'question headings over part headings';

void describe('bounded analysis time in the server', () => {
  let dir = '';
  let client: TestClient;
  before(async () => {
    dir = tempCopy(join(__dirname, 'fixture-bank'));
    client = new TestClient({ settings: { debounceMs: 0 }, env: { STORYBANK_ANALYSIS_BUDGET_MS: String(BUDGET_MS) } });
    const indexed = client.waitForBankChange();
    await client.initialize([dir]);
    await indexed;
  });
  after(() => {
    client.kill();
    removeDir(dir);
  });

  void it('answers hovers on another file within 100 ms while a pathological document is analysed, then skips it past the budget', async (t) => {
    const other = fileUri(join(dir, 'stories', 'search-outage.md'));
    const otherText = readFileSync(join(dir, 'stories', 'search-outage.md'), 'utf8');
    const opened = client.waitForDiagnostics(other);
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: other, languageId: 'markdown', version: 1, text: otherText } });
    await opened;
    const line = otherText.split('\n').findIndex((l) => l.startsWith('## '));
    const hover = async (): Promise<number> => {
      const t = performance.now();
      await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line, character: 4 } });
      return performance.now() - t;
    };
    await hover(); // warm

    // About 600 KB of a shape that takes the checker well over the budget (several seconds even on an idle machine).
    const shape = SHAPES.find((s) => s.name === SHAPE);
    assert.ok(shape);
    const bad = fileUri(join(dir, 'stories', 'pathological.md'));
    const text = asStory(shape.make(600_000));
    const published = client.waitForDiagnostics(bad, () => true, { timeout: 60_000 });
    let done = false;
    const t0 = performance.now();
    void published.then(() => (done = true));
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bad, languageId: 'markdown', version: 1, text } });
    const times: number[] = [];
    while (!done && performance.now() - t0 < 30_000) {
      times.push(await hover());
      await new Promise((r) => setTimeout(r, 50));
    }
    const diagnostics = await published;
    const elapsed = performance.now() - t0;
    assert.ok(times.length >= 5, `only ${times.length} hovers before the document was published`);
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    t.diagnostic(`${times.length} hovers while analysing: median ${median.toFixed(1)} ms, slowest ${(times.at(-1) ?? 0).toFixed(1)} ms; published after ${elapsed.toFixed(0)} ms`);
    assert.ok(median < 100, `hover median ${median.toFixed(0)} ms (all: ${times.map((t) => t.toFixed(0)).join(', ')})`);
    assert.ok((times.at(-1) ?? 0) < 1000, `slowest hover ${(times.at(-1) ?? 0).toFixed(0)} ms`);
    // Past the budget: one finding that says why, not a frozen server; published soon after the budget.
    assert.deepEqual(diagnostics.map((d) => d.code), ['file-skipped'], JSON.stringify(diagnostics));
    assert.match(diagnostics[0]?.message ?? '', /took longer than 1\.0 s to check/);
    assert.ok(elapsed < BUDGET_MS + 15_000, `published after ${elapsed.toFixed(0)} ms`);

    // The server carries on: the same document, made ordinary, is checked.
    const fixed = client.waitForDiagnostics(bad, (d) => d.some((x) => x.code !== 'file-skipped'), { timeout: 30_000 });
    const ordinary = `${otherText}\n\nWe basically shipped it.\n`;
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bad, version: 2 }, contentChanges: [{ text: ordinary }] });
    const d2 = await fixed;
    assert.ok(d2.some((x) => x.code === 'filler-phrase'), JSON.stringify(d2.map((x) => x.code)));
  });
});

void describe('bounded analysis time while indexing the bank', () => {
  let dir = '';
  let client: TestClient | undefined;
  before(() => {
    dir = tempCopy(join(__dirname, 'fixture-bank'));
    const shape = SHAPES.find((s) => s.name === SHAPE);
    assert.ok(shape);
    writeFileSync(join(dir, 'stories', 'pathological.md'), asStory(shape.make(600_000)));
  });
  after(() => {
    client?.kill();
    removeDir(dir);
  });

  void it('skips a pathological file on disk past its budget and checks the rest of the bank', async () => {
    client = new TestClient({ settings: { debounceMs: 0 }, env: { STORYBANK_ANALYSIS_BUDGET_MS: String(BUDGET_MS) } });
    const bad = client.waitForDiagnostics(fileUri(join(dir, 'stories', 'pathological.md')), (d) => d.length > 0, { timeout: 60_000 });
    const good = client.waitForDiagnostics(fileUri(join(dir, 'stories', 'search-outage.md')), (d) => d.length > 0, { timeout: 60_000 });
    const t0 = performance.now();
    await client.initialize([dir]);
    const g = await good;
    assert.ok(g.some((d) => d.code === 'filler-phrase'));
    const b = await bad;
    assert.deepEqual(b.map((d) => d.code), ['file-skipped'], JSON.stringify(b));
    assert.match(b[0]?.message ?? '', /took longer than 1\.0 s to check/);
    assert.ok(performance.now() - t0 < BUDGET_MS + 20_000);
  });

  void it('checks a large file changed on disk (not open) in the worker too: hovers keep answering, then it is skipped', async () => {
    assert.ok(client);
    const other = fileUri(join(dir, 'stories', 'search-outage.md'));
    const otherText = readFileSync(join(dir, 'stories', 'search-outage.md'), 'utf8');
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: other, languageId: 'markdown', version: 1, text: otherText } });
    const line = otherText.split('\n').findIndex((l) => l.startsWith('## '));
    const hover = async (): Promise<number> => {
      assert.ok(client);
      const t = performance.now();
      await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line, character: 4 } });
      return performance.now() - t;
    };
    await hover();
    const shape = SHAPES.find((s) => s.name === SHAPE);
    assert.ok(shape);
    const path = join(dir, 'stories', 'ledger-reconciliation.md');
    const uri = fileUri(path);
    const skipped = client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'file-skipped'), { timeout: 60_000 });
    let done = false;
    void skipped.then(() => (done = true));
    writeFileSync(path, asStory(shape.make(600_000)));
    const t0 = performance.now();
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
    const times: number[] = [];
    while (!done && performance.now() - t0 < 30_000) {
      times.push(await hover());
      await new Promise((r) => setTimeout(r, 50));
    }
    const d = await skipped;
    assert.deepEqual(d.map((x) => x.code), ['file-skipped'], JSON.stringify(d));
    assert.ok(times.length >= 3, `only ${times.length} hovers before the file was published`);
    times.sort((a, b) => a - b);
    // On the main thread (before), the whole analysis (seconds) held every hover; in the worker they stay fast.
    assert.ok((times.at(-1) ?? 0) < 1000, `slowest hover ${(times.at(-1) ?? 0).toFixed(0)} ms (all: ${times.map((x) => x.toFixed(0)).join(', ')})`);
  });
});
