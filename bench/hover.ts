// Hover latency while a pathological document is open (issue 10: "a hover answers in <= 100 ms while a
// pathological document is open"). The real built server (`node dist/server.js --stdio`) on the protocol tests'
// fixture bank: a story is opened, then for each shape (the slowest of bench/adversarial-shapes.ts, at each size)
// a document of that shape is opened and edited twice while hovers on the story's first part heading are sent
// one after another (50 ms apart) until its diagnostics arrive after the last edit. Prints, per shape, the
// hover latency (wall: p50, p95, slowest, count) and when the document was published, with the load average.
//
//   npm run build && node --import tsx bench/hover.ts [--sizes 100000,990000] [--only name]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol';
import { fileUri, removeDir, ROOT, tempCopy, TestClient } from '../test/protocol/lsp';
import { asStory, generated, SHAPES } from './adversarial-shapes';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (opt('sizes') ?? '100000,990000').split(',').map(Number);
const only = opt('only');
const SLOW = ['part headings', '[a]: b lines', 'a <!-- unclosed, inline', '` runs growing', '- nesting ladder', 'question headings over part headings', 'numbered bold labels', 'questions lists', 'labels beside header fields'];
const shapes: { name: string; make: (n: number) => string }[] = [
  ...SHAPES.filter((s) => SLOW.includes(s.name)),
  { name: 'generated seed 10', make: (n: number) => generated(10, n) },
].filter((s) => !only || s.name.includes(only));

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main(): Promise<void> {
  const dir = tempCopy(join(ROOT, 'test', 'protocol', 'fixture-bank'));
  const client = new TestClient({ settings: { debounceMs: 0 } });
  try {
    const indexed = client.waitForBankChange();
    await client.initialize([dir]);
    await indexed;
    const storyPath = join(dir, 'stories', 'search-outage.md');
    const story = fileUri(storyPath);
    const storyText = readFileSync(storyPath, 'utf8');
    const opened = client.waitForDiagnostics(story);
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: story, languageId: 'markdown', version: 1, text: storyText } });
    await opened;
    const line = storyText.split('\n').findIndex((l) => l.startsWith('## '));
    const hover = async (): Promise<number> => {
      const t = performance.now();
      await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: story }, position: { line, character: 4 } });
      return performance.now() - t;
    };
    for (let i = 0; i < 5; i++) await hover(); // warm

    console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    let worst = { p95: 0, what: '' };
    for (const shape of shapes) {
      for (const n of sizes) {
        const uri = fileUri(join(dir, 'stories', `pathological-${n}.md`));
        const text = asStory(shape.make(n));
        const times: number[] = [];
        const t0 = performance.now();
        let version = 1;
        let last = client.waitForDiagnostics(uri, () => true, { timeout: 120_000 });
        await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
        // Two edits while it is analysed: each is checked again (debounce 0).
        for (const edit of ['\nOne more line.\n', '\nAnd another.\n']) {
          times.push(await hover());
          version++;
          last = client.waitForDiagnostics(uri, () => true, { timeout: 120_000 });
          await client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: text + edit }] });
        }
        let done = false;
        let published = 0;
        void last.then(() => {
          done = true;
          published = performance.now() - t0;
        });
        while (!done) {
          times.push(await hover());
          await new Promise((r) => setTimeout(r, 50));
        }
        const diagnostics = await last;
        await client.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        times.sort((a, b) => a - b);
        const p95 = pct(times, 95);
        if (p95 > worst.p95) worst = { p95, what: `${shape.name} at ${n}` };
        const skipped = diagnostics.some((d) => d.code === 'file-skipped') ? ' (file-skipped)' : '';
        console.log(
          `${shape.name.padEnd(26)} ${String(n).padStart(7)}: hover p50 ${pct(times, 50).toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  slowest ${(times.at(-1) ?? 0).toFixed(0).padStart(5)} ms  (${times.length} hovers); published after ${(published / 1000).toFixed(1)} s${skipped}`,
        );
      }
    }
    console.log(`\nWorst hover p95: ${worst.p95.toFixed(1)} ms (${worst.what}); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  } finally {
    client.kill();
    removeDir(dir);
  }
}

void main();
