// Protocol test: the initial index of a bank split over worker threads publishes exactly what the main thread
// alone publishes. STORYBANK_JOBS (inherited by the spawned server) forces the thread count: 1 = main thread only.
// Run `npm run build` first (npm test does).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { BANK_RULES } from '../../server/src/core/rules/index';
import { BankIndexRequest, type BankIndex } from '../../server/src/protocol';
import { removeDir, TestClient } from './lsp';

const WORDS = 'team service release customer latency budget review pipeline rollout metric incident owner design schedule'.split(' ');

/** A deterministic story file; `i` varies the defects so the bank has file-level and bank-level findings. */
function story(i: number): string {
  const w = (k: number) => WORDS[(i * 7 + k) % WORDS.length];
  const para = (n: number) => Array.from({ length: n }, (_, k) => `${k === 0 ? 'We' : 'then I'} ${w(k)} the ${w(k + 3)} and measured the ${w(k + 5)}`).join('. ') + '.';
  const title = i % 50 === 7 ? 'Same title used twice' : `Story ${i} on the ${w(1)}`;
  const project = i % 40 === 0 ? 'platform' : `project-${Math.floor(i / 3)}`;
  const questions = i % 23 === 0 ? '[99]' : `[${1 + (i % 35)}]`;
  const parts = ['Setup', 'Challenge', 'Approach', 'Outcome', 'Learning'].filter((_, k) => !(i % 11 === 0 && k === 3));
  const filler = i % 4 === 0 ? 'Basically, we were kind of late. ' : '';
  const body = parts.map((p, k) => `## ${p}\n\n${k === 0 ? filler : ''}${para(k === 2 ? 12 : 3)}${p === 'Outcome' ? ` It cut the time by ${10 + (i % 80)}%.` : ''}\n`).join('\n');
  return `---\ntitle: ${title}\nproject: ${project}\nquestions: ${questions}\n---\n# ${title}\n\n${body}`;
}

async function indexWith(dir: string, jobs: string): Promise<{ client: TestClient; published: Map<string, Diagnostic[]>; bank: BankIndex }> {
  const saved = process.env.STORYBANK_JOBS;
  process.env.STORYBANK_JOBS = jobs;
  const client = new TestClient({ settings: { debounceMs: 0 } });
  if (saved === undefined) delete process.env.STORYBANK_JOBS;
  else process.env.STORYBANK_JOBS = saved;
  await client.initialize([dir]);
  await client.waitForBankChange(-1, 60_000);
  const bank = await client.conn.sendRequest(BankIndexRequest.type);
  const published = new Map<string, Diagnostic[]>();
  for (const [uri, list] of client.published) published.set(uri, list.at(-1) ?? []);
  return { client, published, bank };
}

void describe('initial index over worker threads', () => {
  let dir: string;
  const clients: TestClient[] = [];

  before(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'storybank-workers-')));
    mkdirSync(join(dir, 'stories'));
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, 'stories', `story-${String(i).padStart(3, '0')}.md`), story(i));
    writeFileSync(join(dir, 'NOTES.md'), '# Notes\n\nNot a story: no front matter, outside the stories folder.\n');
  });

  after(async () => {
    for (const c of clients) {
      await c.shutdown().catch(() => undefined);
      c.kill();
    }
    removeDir(dir);
  });

  void it('publishes the same diagnostics and bank index on 3 threads as on the main thread alone', async () => {
    const main = await indexWith(dir, '1');
    clients.push(main.client);
    const pooled = await indexWith(dir, '3');
    clients.push(pooled.client);

    assert.ok(main.client.logs.some((l) => l.startsWith('Analysed 201 files on 1 thread')), `main-thread run: ${main.client.logs.join(' / ')}`);
    assert.ok(pooled.client.logs.some((l) => l.startsWith('Analysed 201 files on 3 threads')), `pooled run: ${pooled.client.logs.join(' / ')}`);
    assert.ok(!pooled.client.logs.some((l) => l.includes('worker thread stopped')), 'no worker failed');

    // The bank has findings of both kinds, so the comparison below compares something.
    const all = [...main.published.values()].flat();
    const codes = new Set(all.map((d) => String(d.code)));
    assert.ok(all.length > 100, `expected many diagnostics, got ${all.length}`);
    assert.ok(codes.has('same-project') || codes.has('duplicate-title'), `expected bank-level findings among ${[...codes].join(', ')}`);
    assert.equal(main.bank.stories.length, 200);

    assert.deepEqual([...pooled.published.keys()].sort(), [...main.published.keys()].sort());
    for (const [uri, diagnostics] of main.published) assert.deepEqual(pooled.published.get(uri), diagnostics, `diagnostics of ${uri}`);
    const strip = (b: BankIndex) => ({ ...b, version: 0, updated: '' });
    assert.deepEqual(strip(pooled.bank), strip(main.bank));
  });

  void it('publishes each story as soon as it is analysed, then once more only when it has bank findings', async () => {
    const run = await indexWith(dir, '1');
    clients.push(run.client);
    const bankIds = new Set(BANK_RULES.map((r) => r.meta.id));
    let withBank = 0;
    let without = 0;
    for (const [uri, list] of run.client.published) {
      if (!uri.endsWith('.md') || !uri.includes('/stories/')) continue;
      const last = list.at(-1) ?? [];
      const own = last.filter((d) => !bankIds.has(String(d.code)));
      if (own.length === last.length) {
        without++;
        assert.equal(list.length, 1, `${uri} has no bank findings: published once`);
      } else {
        withBank++;
        // First its own findings, as soon as it was analysed; then the same with its bank findings.
        assert.equal(list.length, 2, `${uri}: ${list.length} publications`);
        assert.deepEqual(list[0], own, `${uri}: the first publication is its own findings`);
      }
    }
    assert.ok(withBank > 3 && without > 10, `both kinds of story in the bank (${withBank} with bank findings, ${without} without)`);
    // The first story analysed was published long before the last one: the index does not hold everything back.
    const times = [...run.client.firstPublishedAt].filter(([u]) => u.includes('/stories/')).map(([, t]) => t);
    assert.ok(Math.max(...times) - Math.min(...times) > 50, `publications spread over the index (${(Math.max(...times) - Math.min(...times)).toFixed(0)} ms)`);
  });
});
