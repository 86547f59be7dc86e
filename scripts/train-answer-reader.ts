// Learns the answer reader (server/src/core/parse/answer-reader.ts): a logistic model over the features of each answer
// the parser finds, labelled by the labels files (an answer a label names = kept, one no label names = invented), and
// validates it leave-one-round-out against today's hand reader (which keeps every answer it finds).
//
//   node --import tsx scripts/train-answer-reader.ts [--cache /tmp/answers.json] [--out] [--show]
//   ANSWERS_OUT=shape ANSWERS_L2=0.01 ANSWERS_THRESHOLD=-3 node --import tsx scripts/train-answer-reader.ts --out   (the shape reader)
//   ANSWERS_OUT=form ANSWERS_L2=0.006 ANSWERS_THRESHOLD=-3 node --import tsx scripts/train-answer-reader.ts --out   (the form reader, round 32)
//   ANSWERS_OUT=parts ANSWERS_THRESHOLD=-4 node --import tsx scripts/train-answer-reader.ts --out   (the parts reader, round 32; -3.5 since round 48)
//   ANSWERS_MAX_ROUND=38 node --import tsx scripts/train-answer-reader.ts   (round 42: a time split, rounds after 38 unseen)
//
// Round 42 finding (answers42, measured, not shipped): the four readers retrained on rounds up to 38 only, without the
// title-word features (ANSWERS_MAX_ROUND=38 ANSWERS_DROP='^tw:', each reader's own L2 and threshold) left the unseen
// rounds as they were (real-r39 33/65 +12 -> 33/65 +13, real-r40 and the proxy unchanged) while the gate's held-back
// half rose by 316 errors: the readers judge too few of the answers invented on unseen rounds (most have the teller
// speak, sit under front matter with a title, or are read whole; scripts/eval/answer-funnel.ts) to be where the
// later rounds' errors can be won.
//
// Round 43 findings (answers43, measured with scripts/eval/answer-sim.ts on a cache of the real dev files, not
// shipped): the readers cannot win the unseen rounds' invented answers with today's features. (1) The teller veto
// (mayDrop): a reader trained on the vetoed answers in doubt (rounds up to 39, studied half, 1222 answers, 100 invented,
// no title words) drops as many real answers as invented ones left out round by round (t=-2: 6 invented, 5 real;
// t=-1.5: 9 and 8) and one invented answer in real-r40, none in real-r41; keeping the veto only for "teller high"
// (-1 real, -4 invented on rounds up to 39), or lifting it when the reader is addressed (-2, -4), moves nothing on
// real-r40, real-r41 or the proxy. (2) A fifth reader over the answers today's readers keep (862 in doubt, 177
// invented): left out round by round 16 invented and 8 real dropped at t=-2.5, 0 or 1 invented answer on r40-r42.
// Most invented answers with the teller speaking in studied rounds are sub-sections of one answer split at its topic
// headings (a self-introduction under "# 自我介绍" with "# 过往工作", "# Backend"…; "### Навыки", "### Pet project"…
// under one speech; a pitch's H2 themes): a merge in the segmenter, not a reader's drop, is where they can be won.
//
// Round 48 findings (answers48, STUDY_THROUGH=44, measured with scripts/eval/answer-sim.ts; real-r45, real-r46 and the
// proxy real-r47 by totals only): (1) this reader retrained on rounds up to 44 (ANSWERS_MAX_ROUND=44, 3840 answers, 362
// invented) beats the hand reader at no threshold left out round by round (t=-3: 15 invented dropped, 5 real; errors
// 48 saved, 29 made; the trainer's rule picks none). (2) A fifth reader over the answers in doubt today's readers keep
// with the teller quiet (781 on the studied half up to 44, 194 invented), without title words, L2 0.01, drops more
// real answers than invented ones on the held-back half (t=-2: 16 invented, 21 real) and wins 0-4 invented on each of
// r45-r47 for up to 2 found lost on each. (3) Body features that carry across languages (share of field lines "X: …", of dated
// lines, of lines that end a sentence, of quoted lines) separate nothing among those answers (real and invented alike).
// (4) Lifting the teller veto (only "teller high", or not when the reader is addressed or instructed, or in bodies under
// 20 words) moves 0-1 invented answer on r45-r47: with the veto lifted the three readers keep those answers anyway.
// (5) On r45-r47 the readers drop only 8 invented answers in all (readers off: r45 84/107 +23, r46 79/144 +57, r47
// 42/67 +20) and most invented answers sit beside found answers in a few files (answer-funnel.ts inv@beside): where an
// answer is cut, not a reader's drop. (6) The parts reader's threshold raised to -3.5 (the lowest real answer it judges
// on rounds 33-44, which it never saw, scores -3.16): invented r46 49 -> 46, the held-back half 391 -> 390, no answer
// found lost on any real fold.
//
// Only the answers the hand reader is least sure of are examples, and only those are judged at run time: no part
// marked, no question declared, in a file without front matter naming its questions, of at most
// MAX_READ_ANSWERS answers; of those, only answers in which the teller says little may be dropped (mayDrop). Trained on the studied half of the dev files and the older adversarial cases only: the
// landing gate's groups (scripts/learn/gate-groups.ts; never the held-back half, round 23's held-out proxy, nor split: test files).
// Folds: adversarial files by their `rN` prefix, the others as one group; real files by their labels' "round N
// held-out" comment, the others as one group. For each threshold it reports, pooled over the left-out folds, the
// answers dropped that were invented (errors saved: the answer, and each judged rule that fired on it) and those
// that were real (errors made: the answer, each rule it should fire, each part labelled); --out writes the model
// trained on every fold, with the threshold chosen on the left-out figures, to knowledge/answer-reader-model.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../server/src/core';
import { answerFeatures, inDoubt, MAX_READ_ANSWERS, mayDrop, readerSwitch } from '../server/src/core/parse/answer-reader';
import { findSharedCorpus, JUDGED_RULES, loadCorpus, matchStories, repoSources } from './eval/harness';
import { foldRound, gateGrouper, roundFold } from './learn/gate-groups';
import { score, trainBinary, type BinaryModel } from './learn/sparse-logistic';

interface Example {
  file: string;
  fold: string;
  title: string;
  line: number;
  f: string[];
  /** A label names it. */
  y: boolean;
  /** Errors its dropping saves (invented) or makes (real). */
  cost: number;
}

const root = join(__dirname, '..');
const MIN_COUNT = Number(process.env.ANSWERS_MIN ?? 3);
const EPOCHS = Number(process.env.ANSWERS_EPOCHS ?? 20);
const RATE = Number(process.env.ANSWERS_RATE ?? 0.3);
const L2 = Number(process.env.ANSWERS_L2 ?? 0.003);
const PRUNE = Number(process.env.ANSWERS_PRUNE ?? 0.05);
const DROP = process.env.ANSWERS_DROP ? new RegExp(process.env.ANSWERS_DROP, 'u') : undefined;
/**
 * ANSWERS_OUT=parts (round 32): the parts reader. Its examples are every answer found, parts marked or not; it judges
 * (and its figures count) only the answers with a part marked, which the other readers never judge.
 */
const PARTS = process.env.ANSWERS_OUT === 'parts';
/** Whether an example may be dropped by the reader being trained: the teller says little, and (the parts reader) a part is marked. */
const mayJudge = (f: readonly string[]): boolean => mayDrop(f) && (!PARTS || !f.includes('parts:<1'));
/**
 * ANSWERS_MAX_ROUND=N (round 42): train only on the folds of rounds up to N (real and adversarial) and the untagged
 * files, so that the rounds after N are a time split the model never saw (judged by scripts/eval/folds.ts).
 */
const MAX_ROUND = process.env.ANSWERS_MAX_ROUND ? Number(process.env.ANSWERS_MAX_ROUND) : undefined;
const beyond = (fold: string): boolean => MAX_ROUND !== undefined && (foldRound(fold) ?? 0) > MAX_ROUND;

function collect(): Example[] {
  readerSwitch.on = false;
  const group = gateGrouper(root);
  const { files } = loadCorpus(repoSources(root, findSharedCorpus(root)));
  const out: Example[] = [];
  let n = 0;
  for (const file of files) {
    const g = group(file.storyPath, file.split);
    if (g !== 'studied' && g !== 'adv') continue;
    const adv = file.origin === 'adversarial';
    const fold = roundFold(file.storyPath, file.labelsPath, adv);
    if (beyond(fold)) continue;
    const text = readFileSync(file.storyPath, 'utf8');
    const analysis = analyzeFile(text, file.storyPath, file.config);
    const detected = analysis.file.stories;
    if (detected.length === 0 || detected.length > MAX_READ_ANSWERS) continue;
    const fm = analysis.file.frontMatter?.data ?? {};
    // (a title alone in front matter is judged at run time since round 42; questions named declare an answer)
    if (fm.questions !== undefined) continue;
    const match = matchStories(file.stories, detected);
    const judged = new Set<string>(adv ? file.stories.flatMap((s) => Object.keys(s.expect)) : JUDGED_RULES);
    detected.forEach((story, k) => {
      if (!inDoubt(story, text, PARTS)) return;
      const li = match.indexOf(k);
      let cost: number;
      if (li >= 0) {
        const l = file.stories[li];
        cost = 1 + Object.values(l.expect).filter((e) => e !== false).length + Object.keys(l.parts).length;
      } else {
        cost = 1 + new Set(analysis.findings.filter((f) => f.storyIndex === k && judged.has(f.ruleId)).map((f) => f.ruleId)).size;
      }
      let f = answerFeatures(story, detected, text);
      if (DROP) f = f.filter((x) => !DROP.test(x));
      out.push({ file: file.display, fold, title: story.title.slice(0, 60), line: story.titleRange.start.line, f, y: li >= 0, cost });
    });
    if (++n % 100 === 0) process.stderr.write(`${n} files\r`);
  }
  readerSwitch.on = true;
  return out;
}

/** Binary logistic regression by the project's one sparse learner (scripts/learn/sparse-logistic.ts), weights rounded. */
function train(examples: readonly Example[]): BinaryModel {
  const m = trainBinary(examples, { epochs: EPOCHS, rate: RATE, l2: L2, minCount: MIN_COUNT, prune: PRUNE, seed: 24, eps: 1e-8 });
  const weights = new Map<string, number>();
  for (const [f, w] of m.weights) weights.set(f, Math.round(w * 100) / 100);
  return { bias: Math.round(m.bias * 100) / 100, weights };
}

const THRESHOLDS = [-4, -3.5, -3, -2.5, -2, -1.75, -1.5, -1.25, -1, -0.75, -0.5, -0.25, 0];

interface Row {
  t: number;
  droppedInvented: number;
  droppedReal: number;
  saved: number;
  made: number;
  rounds: Set<string>;
}

function main(): void {
  const args = process.argv.slice(2);
  const cacheAt = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : undefined;
  let all: Example[];
  if (cacheAt && existsSync(cacheAt)) all = JSON.parse(readFileSync(cacheAt, 'utf8')) as Example[];
  else {
    all = collect();
    if (cacheAt) writeFileSync(cacheAt, JSON.stringify(all));
  }
  if (DROP) all = all.map((e) => ({ ...e, f: e.f.filter((x) => !DROP.test(x)) }));
  const folds = [...new Set(all.map((e) => e.fold))].sort();
  console.log(`# ${all.length} answers found (${all.filter((e) => !e.y).length} invented) in ${new Set(all.map((e) => e.file)).size} files, ${folds.length} folds`);
  const left: { e: Example; s: number }[] = [];
  for (const fold of folds) {
    const m = train(all.filter((e) => e.fold !== fold));
    for (const e of all.filter((x) => x.fold === fold)) left.push({ e, s: score(m, e.f) });
  }
  const rows: Row[] = THRESHOLDS.map((t) => {
    const r: Row = { t, droppedInvented: 0, droppedReal: 0, saved: 0, made: 0, rounds: new Set() };
    for (const { e, s } of left) {
      if (s >= t || !mayJudge(e.f)) continue;
      if (e.y) {
        r.droppedReal++;
        r.made += e.cost;
      } else {
        r.droppedInvented++;
        r.saved += e.cost;
        r.rounds.add(e.fold);
      }
    }
    return r;
  });
  console.log('threshold | invented dropped | real dropped | errors saved | errors made | net | folds where an invented one is dropped');
  for (const r of rows) console.log(`${r.t} | ${r.droppedInvented} | ${r.droppedReal} | ${r.saved} | ${r.made} | ${r.saved - r.made} | ${r.rounds.size}`);
  // per fold, at the chosen threshold: the hand reader (drops nothing) against the model
  const best = rows.filter((r) => r.droppedReal * 10 <= r.droppedInvented).reduce<Row | undefined>((b, r) => (!b || r.saved - r.made > b.saved - b.made ? r : b), undefined);
  // (ANSWERS_THRESHOLD sets it by hand: a margin below the lowest score of a real answer left out)
  const chosen = process.env.ANSWERS_THRESHOLD ? Number(process.env.ANSWERS_THRESHOLD) : best && best.saved - best.made > 0 ? best.t : undefined;
  console.log(`# chosen threshold: ${chosen ?? 'none (the hand reader is not beaten on the left-out folds)'}`);
  if (chosen !== undefined) {
    console.log('fold | invented (hand reader keeps all) | invented dropped | real dropped | net errors');
    for (const fold of folds) {
      const xs = left.filter((x) => x.e.fold === fold);
      const inv = xs.filter((x) => !x.e.y).length;
      const di = xs.filter((x) => !x.e.y && x.s < chosen && mayJudge(x.e.f));
      const dr = xs.filter((x) => x.e.y && x.s < chosen && mayJudge(x.e.f));
      if (inv + dr.length === 0) continue;
      console.log(`${fold} | ${inv} | ${di.length} | ${dr.length} | ${dr.reduce((a, x) => a + x.e.cost, 0) - di.reduce((a, x) => a + x.e.cost, 0)}`);
    }
  }
  if (args.includes('--show')) {
    const t = chosen ?? -1;
    for (const { e, s } of left.filter((x) => x.s < t + 1 && mayJudge(x.e.f)).sort((a, b) => a.s - b.s)) console.log(`${s.toFixed(2)} ${e.y ? 'REAL' : 'inv '} ${e.fold} ${e.file}:${e.line} ${e.title}`);
  }
  if (args.includes('--out') && chosen !== undefined) {
    const m = train(all);
    const r = rows.find((x) => x.t === chosen)!;
    const w = [...m.weights].sort(([a], [b]) => (a < b ? -1 : 1));
    const env = Object.entries(process.env).filter(([k]) => k.startsWith('ANSWERS_')).map(([k, v]) => `${k}=${v}`).join(' ') || 'the defaults';
    const body = `// The learned answer reader's weights (written by scripts/train-answer-reader.ts; do not edit by hand): the bias, the
// threshold below which an answer found is read as no answer, and the weight of each feature of
// ../parse/answer-reader.ts, with the figures the threshold was chosen on.
import type { AnswerModel } from '../parse/answer-reader';

// trained with ${env} on ${all.length} answers found (${all.filter((e) => !e.y).length} invented) in ${new Set(all.map((e) => e.file)).size} files
// left out round by round (${folds.length} folds), at the threshold: ${r.droppedInvented} invented answers dropped, ${r.droppedReal} real ones; errors ${r.saved} saved, ${r.made} made
export const ANSWER_READER: AnswerModel = {
  bias: ${m.bias},
  threshold: ${chosen},
  weights: {
${w.map(([f, x]) => `    ${JSON.stringify(f)}: ${x},`).join('\n')}
  },
};
`;
    // ANSWERS_OUT=shape writes the second reader (the sibling and body-shape model judged beside the first),
    // ANSWERS_OUT=form the third (round 32: what a body is made of, trained on round 32's studied half)
    const which = process.env.ANSWERS_OUT === 'shape' || process.env.ANSWERS_OUT === 'form' || PARTS ? (process.env.ANSWERS_OUT as string) : 'reader';
    const out = which === 'reader' ? body : body.replace('export const ANSWER_READER:', `export const ANSWER_${which.toUpperCase()}:`).replace("The learned answer reader's weights", `The learned ${which} reader's weights`);
    writeFileSync(join(root, `server/src/core/knowledge/answer-${which}-model.ts`), out);
    console.log(`# wrote ${w.length} weights`);
  }
}

main();
