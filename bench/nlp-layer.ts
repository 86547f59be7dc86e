// What the language layer costs (issue 9): the tagger's load, and one pass over a story's prose, in process.
//   node --import tsx bench/nlp-layer.ts [stories-folder]     (default ../shared/corpus/public-stories)
// Reads every story of the folder, cuts its prose to ~400 words, and times `understand()` (wink-nlp plus the
// clause, quote and negation passes) per story: p50/p95 over 20 passes after a warm-up, wall and CPU time, and
// the fastest of the passes for each story (what a story costs when the machine lets it run).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { understand } from '../server/src/core/nlp';
import { parseFile } from '../server/src/core/parse';
import type { ProseSegment } from '../server/src/core/types';

const folder = resolve(process.argv[2] ?? '/work/shared/corpus/public-stories');
const stories: { text: string; prose: ProseSegment[] }[] = [];
for (const f of readdirSync(folder).filter((n) => n.endsWith('.md'))) {
  const text = readFileSync(join(folder, f), 'utf8');
  for (const s of parseFile(text, f, DEFAULT_CONFIG).stories) {
    let words = 0;
    const prose: ProseSegment[] = [];
    for (const seg of s.prose) {
      if (words >= 400) break;
      prose.push(seg);
      words += seg.text.split(/\s+/).filter(Boolean).length;
    }
    if (words >= 100) stories.push({ text, prose });
  }
}

const t0 = performance.now();
understand('Warm.', [{ text: 'I loaded the model.', start: 0 }]);
const load = performance.now() - t0;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const wall: number[] = [];
const cpu: number[] = [];
const best = new Array<number>(stories.length).fill(Infinity);
for (let pass = 0; pass < 23; pass++) {
  stories.forEach((s, i) => {
    const prose = s.prose.map((p) => ({ ...p })); // a fresh array: the cache is per prose array
    const c0 = process.cpuUsage();
    const a = performance.now();
    understand(s.text, prose);
    const ms = performance.now() - a;
    const c = process.cpuUsage(c0);
    if (pass < 3) return;
    wall.push(ms);
    cpu.push((c.user + c.system) / 1000);
    best[i] = Math.min(best[i], ms);
  });
}
console.log(`${stories.length} stories of 100-400 words from ${folder}, 20 passes after 3 warm-up passes`);
console.log(`tagger load (first call): ${load.toFixed(0)} ms`);
console.log(`understand() per story, wall: p50 ${pct(wall, 50).toFixed(3)} ms, p95 ${pct(wall, 95).toFixed(3)} ms`);
console.log(`understand() per story, CPU:  p50 ${pct(cpu, 50).toFixed(3)} ms, p95 ${pct(cpu, 95).toFixed(3)} ms`);
console.log(`understand() per story, fastest of 20 passes: p50 ${pct(best, 50).toFixed(3)} ms, p95 ${pct(best, 95).toFixed(3)} ms`);
