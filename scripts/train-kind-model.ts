// A learned reader of answer kinds, measured against the hand rules of server/src/core/rules/kind.ts: multinomial
// logistic regression (AdaGrad, L2: scripts/learn/sparse-logistic.ts, the learner of scripts/train-flags.ts too; the
// features and the prediction in scripts/kind-model.ts) over what a story is asked by and how its answer is told,
// trained on the studied half of the eval corpus's dev labels, as the landing gate groups them
// (scripts/learn/gate-groups.ts): never on the held-back half, the proxy (last round's held-out files) nor split: test
// files. Its folds are the rounds whose test files became dev ("# was test (round N" in the labels).
//
//   node --import tsx scripts/train-kind-model.ts --check 10,11,12,13,14   # leave each round out in turn, report on it
//   node --import tsx scripts/train-kind-model.ts --out FILE                 # train on every dev file, write the weights
//   (--cache FILE keeps the answers' features between runs; --show lists the left-out round's default readings it changes)
//
// Round 16 finding: left out round by round (r10-r14), the model reads about 90% of all answers right, but on the
// answers no hand rule reads (the ones that are stories by default) it turns as many stories into pitches or plans
// as it rightly finds (4 right, 5 wrong at p >= 0.95), so the product does not use it yet.
//
// Round 24 finding (kinds24, measured, not shipped): trained on the studied half and the adversarial cases, the same
// features and learner, left out round by round (rounds up to 22: 3,077 default readings, 89 of them labelled another
// kind), it reads 21 of them right and turns 5 stories wrongly at p >= 0.95 (0.9: 28 and 11); files split in two
// halves, each read by a model of the other, 14 right and 6 wrong. Wired into rules/kind.ts for the default readings
// (a pitch as question 2, a plan as 30), the landing gate's held-back half did not hold: its kind misses rose 44 -> 55
// at 0.95 and 44 -> 52 at 0.98, while the studied half's fell 98 -> 19 / 30 (it learns the files it is trained on:
// Chinese and Japanese HR banks, whose answers about the candidate are mostly labelled stories, pull their words
// toward a pitch). The fit talk of the other languages was read by word classes instead (knowledge/asks.ts
// OTHER_LANGUAGE_CONCEPTS \`field\`, \`seek\`, \`join\`, \`know\`, \`us\`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../server/src/core';
import type { AnswerKind } from '../server/src/core/knowledge/types';
import { kindFeatures, predictKind, type KindModel } from './kind-model';
import { askedLines, readByDefault } from '../server/src/core/rules/kind';
import { findSharedCorpus, loadCorpus, matchStories, repoSources } from './eval/harness';
import { gateGrouper } from './learn/gate-groups';
import { leaveOneGroupOut, trainMulticlass } from './learn/sparse-logistic';

const CLASSES: AnswerKind[] = ['story', 'pitch', 'plan', 'questions-to-ask'];
const EPOCHS = Number(process.env.KIND_EPOCHS ?? 20);
const RATE = 0.2;
const L2 = Number(process.env.KIND_L2 ?? 0.01);
/** A feature must be seen in this many training answers to be kept. */
const MIN_COUNT = Number(process.env.KIND_MIN ?? 3);
/** Weights smaller than this (for every class) are left out of the stored model. */
const PRUNE = Number(process.env.KIND_PRUNE ?? 0.1);

interface Example {
  features: string[];
  y: number;
  round: number;
  /** Whether no hand rule of rules/kind.ts read its kind (a story by default). */
  fallback: boolean;
  where: string;
}

function roundOf(labelsPath: string): number {
  const m = /# was test \(round (\d+)/u.exec(readFileSync(labelsPath, 'utf8'));
  return m ? Number(m[1]) : 0;
}

function examples(): Example[] {
  const root = join(__dirname, '..');
  const { files } = loadCorpus(repoSources(root, findSharedCorpus(root)));
  const group = gateGrouper(root);
  const out: Example[] = [];
  for (const file of files) {
    // the studied half of the dev files only, as the landing gate groups them
    if (group(file.storyPath, file.split) !== 'studied') continue;
    const round = roundOf(file.labelsPath);
    const text = readFileSync(file.storyPath, 'utf8');
    const stories = analyzeFile(text, file.storyPath, file.config).file.stories;
    const match = matchStories(file.stories, stories);
    file.stories.forEach((label, i) => {
      const story = stories[match[i]];
      if (!story) return;
      const body = story.prose.map((s) => s.text).join('\n');
      out.push({ features: kindFeatures(askedLines(story), body), y: CLASSES.indexOf(label.kind), round, fallback: readByDefault(story), where: `${file.display}:${label.line ?? 1}` });
    });
  }
  return out;
}

function train(data: Example[]): KindModel {
  // A fixed order shuffled by a fixed seed: the same data gives the same weights.
  const m = trainMulticlass(
    data.map((e) => ({ f: e.features, y: e.y })),
    CLASSES.length,
    { epochs: EPOCHS, rate: RATE, l2: L2, minCount: MIN_COUNT, prune: PRUNE, seed: 7, eps: 1e-6 },
  );
  const r2 = (x: number): number => Math.round(x * 100) / 100;
  const weights: Record<string, number[]> = {};
  for (const f of [...m.weights.keys()].sort()) weights[f] = m.weights.get(f)!.map(r2);
  return { classes: CLASSES, bias: m.bias.map(r2), weights };
}

function report(model: KindModel, data: Example[], label: string): void {
  for (const subset of ['all', 'fallback'] as const) {
    const set = subset === 'all' ? data : data.filter((e) => e.fallback);
    for (const threshold of [0.5, 0.8, 0.9, 0.95, 0.98]) {
      let right = 0;
      let changed = 0;
      let fixed = 0;
      let broken = 0;
      for (const e of set) {
        const p = predictKind(model, e.features);
        const k = p.kind !== 'story' && p.p >= threshold ? CLASSES.indexOf(p.kind) : 0;
        if (k === e.y) right++;
        if (k !== 0) {
          changed++;
          if (e.y === k) fixed++;
          else broken++;
        }
      }
      process.stdout.write(`${label} ${subset} n=${set.length} threshold ${threshold}: right ${right}; read as non-story ${changed} (right ${fixed}, wrong ${broken}); non-story labelled ${set.filter((e) => e.y !== 0).length}\n`);
    }
  }
}

function main(argv: string[]): void {
  // --cache FILE: read the answers' features from FILE when it exists, else write them there (for trying settings).
  const cacheAt = argv.indexOf('--cache');
  const cache = cacheAt >= 0 ? argv[cacheAt + 1] : undefined;
  const data: Example[] = cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as Example[]) : examples();
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(data));
  const at = argv.indexOf('--check');
  if (at >= 0) {
    const rounds = argv[at + 1].split(',').map((r) => String(Number(r)));
    for (const { group: r, train: rest, test: left } of leaveOneGroupOut(data, (e) => String(e.round), rounds)) {
      const model = train(rest);
      report(model, left, `round ${r} left out:`);
      if (argv.includes('--show')) {
        for (const e of left.filter((x) => x.fallback)) {
          const p = predictKind(model, e.features);
          if ((p.kind !== 'story' && p.p >= 0.5) || e.y !== 0) process.stdout.write(`  ${CLASSES[e.y]} -> ${p.kind} ${p.p.toFixed(2)} ${e.where}\n`);
        }
      }
    }
    return;
  }
  const model = train(data);
  report(model, data, 'training data:');
  const outAt = argv.indexOf('--out');
  if (outAt < 0) return;
  const out = argv[outAt + 1];
  const lines = Object.entries(model.weights).map(([f, v]) => `    ${JSON.stringify(f)}: [${v.join(', ')}],`);
  writeFileSync(
    out,
    `// Generated by scripts/train-kind-model.ts from the studied half of the eval corpus's dev labels (the held-back\n` +
      `// half, the proxy and test files excluded): ${data.length} answers, ${lines.length} features. Do not edit by hand; retrain.\n` +
      `import type { KindModel } from '../scripts/kind-model';\n\n` +
      `export const KIND_MODEL: KindModel = {\n  classes: ${JSON.stringify(model.classes)},\n  bias: [${model.bias.join(', ')}],\n  weights: {\n${lines.join('\n')}\n  },\n};\n`,
  );
  process.stdout.write(`wrote ${out}: ${lines.length} features\n`);
}

main(process.argv.slice(2));
