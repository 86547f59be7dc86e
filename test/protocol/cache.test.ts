// Protocol test: analyses kept between runs of the server (initializationOptions.cacheDir, analysisCache.ts). A
// second run on the same bank analyses only the story that changed and publishes exactly what a server without the
// cache publishes; a damaged cache file is ignored. Run `npm run build` first (npm test does).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { CACHE_FILE } from '../../server/src/analysisCache';
import { BankIndexRequest, type BankIndex } from '../../server/src/protocol';
import { removeDir, TestClient } from './lsp';

const WORDS = 'team service release customer latency budget review pipeline rollout metric incident owner design schedule'.split(' ');

/** A story of our own words; `i` varies the defects (fillers, a missing part, shared titles and projects). */
function story(i: number, extra = ''): string {
  const w = (k: number) => WORDS[(i * 5 + k) % WORDS.length];
  const para = (n: number) => Array.from({ length: n }, (_, k) => `${k === 0 ? 'We' : 'then I'} ${w(k)} the ${w(k + 2)} and checked the ${w(k + 4)}`).join('. ') + '.';
  const title = i % 9 === 4 ? 'A title two stories share' : `Story ${i} about the ${w(1)}`;
  const parts = ['Setup', 'Challenge', 'Approach', 'Outcome', 'Learning'].filter((_, k) => !(i % 7 === 0 && k === 3));
  const body = parts.map((p, k) => `## ${p}\n\n${k === 0 && i % 3 === 0 ? 'Basically, ' : ''}${para(k === 2 ? 10 : 3)}${p === 'Outcome' ? ` It saved ${5 + i} hours a week.` : ''}${k === 2 ? extra : ''}\n`).join('\n');
  return `---\ntitle: ${title}\nproject: project-${Math.floor(i / 4)}\nquestions: [${1 + (i % 35)}]\n---\n# ${title}\n\n${body}`;
}

async function run(dir: string, cacheDir: string | undefined): Promise<{ client: TestClient; published: Map<string, Diagnostic[]>; bank: BankIndex }> {
  const client = new TestClient({ settings: { debounceMs: 0 } });
  await client.initialize([dir], cacheDir === undefined ? {} : { cacheDir });
  await client.waitForBankChange(-1, 60_000);
  const bank = await client.conn.sendRequest(BankIndexRequest.type);
  const published = new Map<string, Diagnostic[]>();
  for (const [uri, list] of client.published) published.set(uri, list.at(-1) ?? []);
  return { client, published, bank };
}

async function stop(client: TestClient): Promise<void> {
  await client.shutdown().catch(() => undefined);
  client.kill();
}

/** Waits until the server has written its cache file (after its index is published), at most 10 s. */
async function written(file: string, since: number): Promise<void> {
  const fresh = () => {
    try {
      return statSync(file).mtimeMs >= since;
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 200 && !fresh(); i++) await new Promise((r) => setTimeout(r, 50));
}

void describe('analyses kept between runs', () => {
  let dir: string;
  let cacheDir: string;
  const N = 30;

  before(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'storybank-cache-bank-')));
    cacheDir = realpathSync(mkdtempSync(join(tmpdir(), 'storybank-cache-dir-')));
    mkdirSync(join(dir, 'stories'));
    for (let i = 0; i < N; i++) writeFileSync(join(dir, 'stories', `story-${String(i).padStart(2, '0')}.md`), story(i));
    writeFileSync(join(dir, 'NOTES.md'), '# Notes\n\nNot a story.\n');
  });

  after(() => {
    removeDir(dir);
    removeDir(cacheDir);
  });

  void it('analyses only what changed on the next run, and publishes what a server without the cache publishes', async () => {
    const file = join(cacheDir, CACHE_FILE);
    const t0 = Date.now() - 1000;
    const first = await run(dir, cacheDir);
    await written(file, t0);
    assert.ok(first.client.logs.some((l) => l.startsWith(`Analysed ${N + 1} files on`) && l.includes('; 0 unchanged since the last run')), first.client.logs.join(' / '));
    await stop(first.client);
    assert.ok(existsSync(file), 'the cache file was written');

    // One story changes on disk (a sentence with a filler and a vague claim).
    writeFileSync(join(dir, 'stories', 'story-05.md'), story(5, ' Basically it was kind of a lot better.'));
    const second = await run(dir, cacheDir);
    await stop(second.client);
    assert.ok(second.client.logs.some((l) => l.startsWith('Analysed 1 files on') && l.includes(`; ${N} unchanged since the last run`)), second.client.logs.join(' / '));

    const fresh = await run(dir, undefined);
    await stop(fresh.client);
    assert.ok(!fresh.client.logs.some((l) => l.includes('unchanged since the last run')), 'no cache without cacheDir');
    const all = [...fresh.published.values()].flat();
    assert.ok(all.length > 20, `the bank has findings to compare (${all.length})`);
    assert.deepEqual([...second.published.keys()].sort(), [...fresh.published.keys()].sort());
    for (const [uri, diagnostics] of fresh.published) assert.deepEqual(second.published.get(uri), diagnostics, `diagnostics of ${uri}`);
    const strip = (b: BankIndex) => ({ ...b, version: 0, updated: '' });
    assert.deepEqual(strip(second.bank), strip(fresh.bank));
    // The changed story was analysed again, not taken from the cache: its findings moved.
    const uri5 = [...second.published.keys()].find((u) => u.endsWith('story-05.md')) ?? '';
    assert.notDeepEqual(second.published.get(uri5), first.published.get(uri5), 'story-05 was analysed again');
  });

  void it('ignores a damaged cache file and analyses everything', async () => {
    writeFileSync(join(cacheDir, CACHE_FILE), 'not a cache');
    const r = await run(dir, cacheDir);
    await stop(r.client);
    assert.ok(r.client.logs.some((l) => l.startsWith(`Analysed ${N + 1} files on`)), r.client.logs.join(' / '));
    assert.ok([...r.published.values()].flat().length > 20);
  });
});
