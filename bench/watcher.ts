// The server's own file watcher (server/src/bankWatcher.ts: Node's recursive fs.watch) on a generated bank:
// how long starting it takes, what it costs in memory, and how long a story written on disk takes to be reported.
// Run: node --import tsx bench/watcher.ts [--stories 1000] [--folders 50]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { BankWatcher, type WatchedChange } from '../server/src/bankWatcher';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '1000' }, folders: { type: 'string', default: '50' } } });
const stories = Number(values.stories);
const folders = Number(values.folders);
const dir = mkdtempSync(join(tmpdir(), 'storybank-watch-bench-'));
for (let f = 0; f < folders; f++) {
  mkdirSync(join(dir, 'stories', `team-${f}`), { recursive: true });
}
for (let i = 0; i < stories; i++) writeFileSync(join(dir, 'stories', `team-${i % folders}`, `story-${i}.md`), `---\ntitle: Story ${i}\n---\n# Story ${i}\n`);

async function main(): Promise<void> {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let resolveNext: ((c: WatchedChange[]) => void) | undefined;
  const watcher = new BankWatcher((c) => resolveNext?.(c), (m) => console.error(m), 50);
  const t0 = performance.now();
  watcher.watch([dir]);
  const startMs = performance.now() - t0;
  // Node's recursive watch on Linux adds its folder watches asynchronously: wait for one event to be sure.
  const latencies: number[] = [];
  for (let i = 0; i < 20; i++) {
    const path = join(dir, 'stories', `team-${(i * 7) % folders}`, `story-${i}.md`);
    const got = new Promise<WatchedChange[]>((res) => (resolveNext = res));
    const t = performance.now();
    writeFileSync(path, `---\ntitle: Story ${i} changed\n---\n`);
    const changes = await Promise.race([got, new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`no event for ${path} in 5 s`)), 5000))]);
    if (!changes.some((c) => c.uri.endsWith(`story-${i}.md`))) throw new Error(`wrong event: ${JSON.stringify(changes)}`);
    latencies.push(performance.now() - t);
  }
  const rssAfter = process.memoryUsage().rss;
  watcher.stop();
  latencies.sort((a, b) => a - b);
  const p = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  console.log(`bank: ${stories} stories in ${folders + 1} folders; node ${process.version}; load ${loadavg()[0]!.toFixed(1)}`);
  console.log(`watch() call: ${startMs.toFixed(1)} ms; RSS +${((rssAfter - rssBefore) / 1e6).toFixed(1)} MB (with 20 events handled)`);
  console.log(`write → change reported (includes the 50 ms gathering delay): median ${p(0.5).toFixed(0)} ms, max ${p(1).toFixed(0)} ms`);
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
