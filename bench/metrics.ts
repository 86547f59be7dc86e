// Benchmark for the metric and vague-claim classifiers (missing-metric, vague-impact) and their share of a story's
// analysis: `node --import tsx bench/metrics.ts [--iterations N]`.
// A deterministic story of about 400 words (seeded PRNG over our own sentences: numbers, versions, dates, sized
// and unsized claims) is analysed in process after a warm-up; prints p50/p95 of analyzeFile, of the two rules'
// classifiers on the outcome, and the target (core p95 ≤ 2 ms for a 400-word story).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { analyzeFile } from '../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { findQuantities } from '../server/src/core/rules/quantity';
import { findVagueClaims } from '../server/src/core/rules/vague';
import { countWords } from '../server/src/core/text';
import { timed } from './clock';

const { values } = parseArgs({ options: { iterations: { type: 'string', default: '3000' }, stories: { type: 'string', default: '50' } } });
const ITER = Math.max(100, Number(values.iterations));
const STORIES = Math.max(1, Number(values.stories));

let seed = 42;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const CONTEXT = [
  'Our billing team of six engineers owned the nightly export that large customers downloaded every morning.',
  'In 2023 we moved the service to Node 20 and v3 of the client, and the on-call rota covered it 24/7.',
  'The job had grown slowly for years and nobody had looked at where the time went since the first release.',
  'Support escalated export tickets to us every week, and the product manager asked for a plan before Q3.',
];
const APPROACH = [
  'I read three months of logs with the on-call engineer and we found one slow join against the payments table.',
  'I wrote a short design note comparing two options, and our tech lead pushed back on the extra queue.',
  'We agreed to pilot the event-driven version for one region, and a product manager picked three customers.',
  'I built the consumer, Dana added alerts, and we rehearsed the rollback twice before the cutover on March 3.',
  'When the work grew, my manager brought in two more developers, and we removed an N+1 query on the way.',
];
const OUTCOME = [
  'Export failures fell from twice a month to zero in the following quarter.',
  'The export now finishes in forty minutes instead of six hours, and support tickets dropped 80%.',
  'Releases became smoother and reviews got quicker and simpler for everyone.',
  'We saw a big drop in late files, and the team gained a better understanding of the billing flow.',
  'Costs dropped significantly, from $40k to $25k a month, which finance noticed quickly.',
  'It did not improve the month-end close, and a lot of stress could have been avoided with one message.',
];
const LEARNING = ['I measure where the time goes before I choose a fix.', 'I now write the rollback plan before the rollout plan.'];

function para(pool: readonly string[], words: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const s = pick(pool);
    out.push(s);
    n += countWords(s);
  }
  return out.join(' ');
}

function story(i: number): string {
  return [
    '---',
    `title: Export story ${i}`,
    'questions: [16]',
    '---',
    `# Export story ${i}`,
    '',
    '## Setup',
    '',
    para(CONTEXT, 50),
    '',
    '## Challenge',
    '',
    para(CONTEXT, 40),
    '',
    '## Approach',
    '',
    para(APPROACH, 190),
    '',
    '## Outcome',
    '',
    para(OUTCOME, 80),
    '',
    '## Learning',
    '',
    para(LEARNING, 40),
    '',
  ].join('\n');
}

const texts = Array.from({ length: STORIES }, (_, i) => story(i));
const outcomes = texts.map((t) => t.slice(t.indexOf('## Outcome'), t.indexOf('## Learning')));
const words = texts.map((t) => countWords(t.slice(t.indexOf('## Setup'))));

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Wall time and CPU time (process.cpuUsage, user + system) of each call, in ms. On a loaded machine the CPU time is the steadier figure. */
function time(fn: (i: number) => void): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < 200; i++) fn(i % STORIES);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ITER; i++) {
    const t = timed(() => fn(i % STORIES));
    wall.push(t.wall);
    cpu.push(t.cpu);
  }
  return { wall, cpu };
}

const core = time((i) => analyzeFile(texts[i], `/bank/stories/s${i}.md`, DEFAULT_CONFIG));
const classify = time((i) => {
  findQuantities(outcomes[i]);
  findVagueClaims(outcomes[i]);
});
const fmt = (ms: number): string => `${ms.toFixed(3)} ms`;
const mean = words.reduce((a, b) => a + b, 0) / words.length;
console.log(`Stories: ${STORIES} of about ${Math.round(mean)} words; ${ITER} timed iterations after 200 warm-up`);
const line = (name: string, r: { wall: number[]; cpu: number[] }, target?: number): string =>
  `${name}: wall p50 ${fmt(percentile(r.wall, 50))}, p95 ${fmt(percentile(r.wall, 95))}; CPU p50 ${fmt(percentile(r.cpu, 50))}, p95 ${fmt(percentile(r.cpu, 95))}` +
  (target === undefined ? '' : ` (target p95 ≤ ${target} ms: wall ${percentile(r.wall, 95) <= target ? 'met' : 'NOT met'}, CPU ${percentile(r.cpu, 95) <= target ? 'met' : 'NOT met'})`);
console.log(line('analyzeFile per story', core, 2));
console.log(line('findQuantities + findVagueClaims on the outcome', classify));
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
