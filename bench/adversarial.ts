// Adversarial shapes: how long the checker (parse + every rule) takes on each shape of bench/adversarial-shapes.ts
// and on generated ones, per size. Prints one line per shape and the worst. Figures, not pass/fail: the CI-run
// bounds are in test/unit/adversarial.test.ts. Times are CPU time of this process (process.cpuUsage), which a
// busy shared machine inflates much less than wall time; `--wall` prints wall time instead.
// Usage: node --import tsx bench/adversarial.ts [--sizes 10000,100000] [--seeds 30] [--only name] [--wall]
import { analyzeFile } from '../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { asStory, generated, phraseListAttack, shapeText, SHAPES } from './adversarial-shapes';
import { timed } from './clock';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (opt('sizes') ?? '100000').split(',').map(Number);
const seeds = Number(opt('seeds') ?? 30);
const only = opt('only');
const wall = args.includes('--wall');

function time(text: string, config = DEFAULT_CONFIG): number {
  const t = timed(() => analyzeFile(text, 'adversarial.md', config));
  return wall ? t.wall : t.cpu;
}

time(asStory('warm up the parser and the rules'));
let worst = { ms: 0, what: '' };
for (const shape of SHAPES) {
  if (only && !shape.name.includes(only)) continue;
  const cells = sizes.map((n) => {
    const ms = time(shapeText(shape, n));
    if (ms > worst.ms) worst = { ms, what: `${shape.name} at ${n}` };
    return `${n}: ${ms.toFixed(0).padStart(6)} ms`;
  });
  console.log(`${shape.name.padEnd(30)} ${cells.join('   ')}`);
}
if (!only || 'phrase list'.includes(only)) {
  // A user's phrase list (config) for every phrase rule: 500 phrases of 19 words, on a text of near-misses.
  const rules = ['filler-phrase', 'blame', 'badmouthing', 'solo-heroics', 'fake-weakness', 'resume-recital', 'vague-impact'];
  const cells = sizes.map((n) => {
    const { phrases, text } = phraseListAttack(n);
    const ms = time(asStory(text), { ...DEFAULT_CONFIG, phrases: Object.fromEntries(rules.map((r) => [r, phrases])) });
    if (ms > worst.ms) worst = { ms, what: `phrase list (500 x 19 words) at ${n}` };
    return `${n}: ${ms.toFixed(0).padStart(6)} ms`;
  });
  console.log(`${'phrase list (500 x 19 words)'.padEnd(30)} ${cells.join('   ')}`);
}
if (!only) {
  for (const n of sizes) {
    let w = { ms: 0, seed: 0 };
    for (let seed = 1; seed <= seeds; seed++) {
      const ms = time(asStory(generated(seed, n)));
      if (ms > w.ms) w = { ms, seed };
      if (ms > worst.ms) worst = { ms, what: `generated seed ${seed} at ${n}` };
    }
    console.log(`${`generated (${seeds} seeds)`.padEnd(30)} ${n}: worst ${w.ms.toFixed(0)} ms (seed ${w.seed})`);
  }
}
console.log(`\nWorst: ${worst.ms.toFixed(0)} ms (${worst.what})`);
