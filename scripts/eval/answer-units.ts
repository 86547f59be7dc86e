// Answer finding as a learned choice among the lines that could open an answer (round 33): every candidate unit
// (server/src/core/parse/answer-units.ts) of every real dev file, labelled positive when a labelled answer starts on
// its line, scored by a logistic model (scripts/learn/sparse-logistic.ts) trained leave-one-round-out on the studied
// half (scripts/learn/gate-groups.ts: never the held-back half, the proxy nor split: test files in training or in the
// choice of thresholds). Per fold it reports the answers (with a labelled line) the hand segmenter finds and invents,
// against the model's own choice and against the hand segmenter with the model as a second opinion (a unit the model
// is sure opens an answer added, an answer found the model is sure is none dropped). The held-back half and the proxy
// are read once, by the model trained on every studied fold, as totals only (their misses are not for study).
//
//   node --import tsx scripts/eval/answer-units.ts [--cache /tmp/units.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../../server/src/core';
import { unitCandidates, unitFeatures } from '../../server/src/core/parse/answer-units';
import { readerSwitch } from '../../server/src/core/parse/answer-reader';
import { findSharedCorpus, loadCorpus, repoSources } from './harness';
import { gateGrouper, roundFold } from '../learn/gate-groups';
import { score, trainBinary, type BinaryModel } from '../learn/sparse-logistic';

interface Cand {
  line: number;
  f: string[];
  y: boolean;
  hand: boolean;
}

interface FileEx {
  file: string;
  group: string;
  fold: string;
  /** 0-based lines of the labelled answers (those with a line). */
  labelled: number[];
  /** 0-based title lines of the answers the hand segmenter finds. */
  hand: number[];
  cands: Cand[];
}

const root = join(__dirname, '..', '..');

function collect(): FileEx[] {
  const group = gateGrouper(root);
  const { files } = loadCorpus(repoSources(root, findSharedCorpus(root)));
  const out: FileEx[] = [];
  let n = 0;
  for (const file of files) {
    if (file.origin !== 'real') continue;
    const g = group(file.storyPath, file.split);
    if (g === 'test' || g === 'adv') continue;
    const text = readFileSync(file.storyPath, 'utf8');
    readerSwitch.on = true;
    const analysis = analyzeFile(text, file.storyPath, file.config);
    // (positions count lines from 1, the scan from 0)
    const hand = analysis.file.stories.map((s) => s.titleRange.start.line - 1);
    const labelled = file.stories.filter((s) => s.line !== undefined).map((s) => s.line! - 1);
    const { units } = unitCandidates(text);
    const feats = unitFeatures(units, analysis.file.stories.map((s) => ({ line: s.titleRange.start.line - 1, last: s.range.end.line - 1 })));
    const lab = new Set(labelled);
    const cands = units.map((u, k) => ({ line: u.line, f: feats[k], y: lab.has(u.line), hand: hand.includes(u.line) }));
    out.push({ file: file.display, group: g, fold: roundFold(file.storyPath, file.labelsPath, false), labelled, hand, cands });
    if (++n % 100 === 0) process.stderr.write(`${n} files\r`);
  }
  return out;
}

const DROP = process.env.UNITS_DROP ? new RegExp(process.env.UNITS_DROP, 'u') : undefined;
const feats = (f: readonly string[]): string[] => (DROP ? f.filter((x) => !DROP.test(x)) : [...f]);

function train(files: readonly FileEx[]): BinaryModel {
  const ex = files.flatMap((f) => f.cands.map((c) => ({ f: feats(c.f), y: c.y })));
  return trainBinary(ex, { epochs: 15, rate: 0.3, l2: Number(process.env.UNITS_L2 ?? 0.003), minCount: 3, prune: 0.02, seed: 33, eps: 1e-8 });
}

/** Found and invented: labelled lines with a chosen line within one line of them (one to one), chosen lines left over. */
function tally(labelled: readonly number[], chosen: readonly number[]): { found: number; invented: number } {
  const used = new Set<number>();
  let found = 0;
  for (const l of labelled) {
    const j = chosen.findIndex((c, k) => !used.has(k) && c === l);
    const k2 = j >= 0 ? j : chosen.findIndex((c, k) => !used.has(k) && Math.abs(c - l) <= 1);
    if (k2 >= 0) {
      used.add(k2);
      found++;
    }
  }
  return { found, invented: chosen.length - used.size };
}

interface Scored {
  fx: FileEx;
  s: number[];
}

type Chooser = (x: Scored) => number[];

const modelAlone = (t: number): Chooser => (x) => x.fx.cands.filter((c, k) => x.s[k] >= t).map((c) => c.line);
/** The hand segmenter's answers, less those the model scores below `lo`, with the candidates it scores at or above `hi`. */
const second = (hi: number, lo: number): Chooser => (x) => {
  const keep = x.fx.hand.filter((l) => {
    const k = x.fx.cands.findIndex((c) => c.line === l);
    return k < 0 || x.s[k] >= lo;
  });
  const add = x.fx.cands.filter((c, k) => !c.hand && x.s[k] >= hi).map((c) => c.line);
  return [...keep, ...add];
};
const handOnly: Chooser = (x) => x.fx.hand;

function total(xs: readonly Scored[], choose: Chooser): { labelled: number; found: number; invented: number } {
  let labelled = 0;
  let found = 0;
  let invented = 0;
  for (const x of xs) {
    const r = tally(x.fx.labelled, choose(x));
    labelled += x.fx.labelled.length;
    found += r.found;
    invented += r.invented;
  }
  return { labelled, found, invented };
}

const cell = (r: { labelled: number; found: number; invented: number }): string => `${r.found}/${r.labelled} +${r.invented}`;

function main(): void {
  const args = process.argv.slice(2);
  const cacheAt = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : undefined;
  let all: FileEx[];
  if (cacheAt && existsSync(cacheAt)) all = JSON.parse(readFileSync(cacheAt, 'utf8')) as FileEx[];
  else {
    all = collect();
    if (cacheAt) writeFileSync(cacheAt, JSON.stringify(all));
  }
  const studied = all.filter((f) => f.group === 'studied');
  const folds = [...new Set(studied.map((f) => f.fold))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const nc = studied.reduce((a, f) => a + f.cands.length, 0);
  const reach = studied.reduce((a, f) => a + f.labelled.filter((l) => f.cands.some((c) => Math.abs(c.line - l) <= 1)).length, 0);
  const lab = studied.reduce((a, f) => a + f.labelled.length, 0);
  console.log(`# studied: ${studied.length} files, ${nc} candidate lines, ${lab} labelled answers with a line, ${reach} of them within a line of a candidate`);
  const left: Scored[] = [];
  for (const fold of folds) {
    const m = train(studied.filter((f) => f.fold !== fold));
    for (const fx of studied.filter((f) => f.fold === fold)) left.push({ fx, s: fx.cands.map((c) => score(m, feats(c.f))) });
  }
  const choices: { name: string; c: Chooser }[] = [{ name: 'hand', c: handOnly }];
  for (const t of [-1, 0, 1]) choices.push({ name: `model>=${t}`, c: modelAlone(t) });
  for (const hi of [1, 2, 3, 4, 99]) for (const lo of [-99, -4, -3, -2]) if (!(hi === 99 && lo === -99)) choices.push({ name: `hand+>=${hi}-<${lo}`, c: second(hi, lo) });
  console.log('\n## studied half, pooled over the left-out folds (found/labelled +invented; net = found - invented gain vs hand)');
  const h = total(left, handOnly);
  for (const ch of choices) {
    const r = total(left, ch.c);
    console.log(`${ch.name.padEnd(18)} ${cell(r).padEnd(18)} net ${r.found - h.found - (r.invented - h.invented)}`);
  }
  // the second opinion chosen on the studied folds' left-out figures: the best net gain
  let best = choices[1];
  let bestNet = -Infinity;
  for (const ch of choices.filter((c) => c.name.startsWith('hand+'))) {
    const r = total(left, ch.c);
    const net = r.found - h.found - (r.invented - h.invented);
    if (net > bestNet) {
      bestNet = net;
      best = ch;
    }
  }
  console.log(`\n## per fold, left out: hand | ${best.name} (chosen on the pooled left-out figures)`);
  for (const fold of folds) {
    const xs = left.filter((x) => x.fx.fold === fold);
    console.log(`${fold.padEnd(12)} ${cell(total(xs, handOnly)).padEnd(14)} | ${cell(total(xs, best.c))}`);
  }
  // the held-back half and the proxy, by the model trained on every studied fold: totals only
  const m = train(studied);
  for (const g of ['heldback', 'proxy']) {
    const xs = all.filter((f) => f.group === g).map((fx) => ({ fx, s: fx.cands.map((c) => score(m, feats(c.f))) }));
    console.log(`\n## ${g} (${xs.length} files), the model trained on every studied fold`);
    for (const ch of [choices[0], best, ...choices.filter((c) => c.name.startsWith('model'))]) console.log(`${ch.name.padEnd(18)} ${cell(total(xs, ch.c))}`);
  }
  if (args.includes('--weights')) {
    const w = [...m.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
    console.log(`\nbias ${m.bias.toFixed(2)}`);
    for (const [k, v] of w.slice(0, 40)) console.log(`${v.toFixed(2).padStart(7)} ${k}`);
  }
}

main();
