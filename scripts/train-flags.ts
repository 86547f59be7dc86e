// Learns a sentence-level reader of a red flag (blame, badmouthing) from the labelled corpus, over the features of
// server/src/core/nlp/features.ts, by logistic regression (AdaGrad, L2: scripts/learn/sparse-logistic.ts, the learner
// of scripts/train-kind-model.ts too), and validates it leave-one-round-out against today's hand rule.
//
//   node --import tsx scripts/train-flags.ts --rule blame [--cache /tmp/flags.json] [--out] [--insample] [--show]
//   node --import tsx scripts/train-flags.ts --rule badmouthing --check   (trains again with the settings recorded
//   beside the model, "// trained with ...", and fails unless flag-models.ts holds that model byte for byte)
//   STUDY_THROUGH=N trains on no round after N (scripts/eval/study.ts), like the study scripts.
//   FLAGS_HOLD=adv-r41,adv-r42 keeps those folds out of training and of the left-out figures (a time split: judge the
//   model on them afterwards with scripts/eval/rule-folds.ts --folds adv-r41,adv-r42).
//
// Round 23 measured two maintained learners first: wink-naive-bayes-text-classifier (FLAGS_LEARNER=nb, install it
// with `npm i --no-save wink-naive-bayes-text-classifier@2.2.1`) left out round by round was right 75% of the time at
// 70% recall and, trained on everything, still flagged the no-fault adversarial cases it was trained on (its
// independent-feature odds add up the many correlated features of one sentence); ml-logistic-regression trains by
// full-batch gradient descent on dense matrices (thousands of features x thousands of sentences, a transpose per
// step), too slow for 42 folds. The sparse logistic learner here: 95-98% precision left out.
//
// badmouthing (round 23, measured, not shipped): left out round by round the model alone is right 90% of the time at
// 41% recall (t=2, FLAGS_DROP=^b: FLAGS_L2=0.01), but the rule's hand-written clean fixtures hold sentences it scores
// up to 4 ("The architecture group had to sign off every new service."), and at 4.5 it adds nothing to the rule on
// the left-out folds and nothing on the round-22 proxy (eval: adversarial -1, every other group unchanged). Its
// lexical weights learn the adversarial cases' phrasings; more abstract features (what is said of whom, not words)
// are the next step. FLAGS_* settings used for a model are written beside it in knowledge/flag-models.ts.
//
// Round 24 added the class by meaning of each content word (knowledge/word-classes.ts, from word vectors), alone and
// with who it is said of. badmouthing, shipped with FLAGS_DROP=^b: FLAGS_FIXNEG=1 FLAGS_T=4 (no word pairs; the rule's
// clean fixtures trained on as negatives, else "Our tester could not have found the bug if Priya had not written the
// replay tool" scores 8 and the threshold must rise above it): left out, the model alone 100% precision at 18% recall,
// rule or model +1 story found, +0 false (44 folds); without the classes the model alone is 93% at 26% (t=3). blame:
// the classes did not beat its stems and word pairs left out (model alone at t=4, 89-95% precision with classes, 98%
// without), so its model is unchanged. fake-weakness (its guard: an English sentence in the speaker's own voice in an
// answer to the weakness question), shipped with FLAGS_FIXNEG=1 FLAGS_T=5: left out, the model alone 99% precision at
// 39% recall, rule or model +3 stories, +1 false (errors 18 -> 16); without the classes the same errors at t=6.
//
// Round 33 added the question the answer replies to (rules/util.ts askFeatures: q:kind:*, q:theme:*, q:none, the same
// for every sentence of a story; why-leave answers are where badmouthing lives). badmouthing, retrained with them
// (FLAGS_FIXNEG=1 FLAGS_DROP=^b:, 62 folds), measured and not shipped: rule or model left out +0 TP at t=4..6 and
// +1 TP +3 FP at t=3, with or without the q: features (the hand readers already find what the English model can; the
// misses left are mostly other languages, which the guard keeps from the model, and irony). fake-weakness, retrained
// with them and shipped (FLAGS_FIXNEG=1 FLAGS_T=5): +7 TP +0 FP over the cliché readers left out (t=4.5: +7 TP +1 FP;
// t=4: +9 TP, a false report on the left-out real folds, and the gate's held-back half rose by 2; at 4.5 by 1).
// Trained on the studied half of the dev files and the older adversarial cases only: the same groups as
// the round's landing gate (scripts/learn/gate-groups.ts; never the held-back half, last round's held-out files, the
// proxy, nor split: test files).
// Round 46, a time split (FLAGS_HOLD=adv-r43,adv-r44,adv-r45: trained and thresholded on the studied rounds up to 42,
// judged with scripts/eval/rule-folds.ts --folds adv-r43,adv-r44, totals only; adv-r45 is the gate's proxy). Start, on
// r43+r44 (tp/fp/fn): blame 14/6/20, badmouthing 9/6/33, fake-weakness 11/0/6; proxy 4/4/12, 6/0/12, 7/0/2.
// fake-weakness, shipped at FLAGS_FIXNEG=1 FLAGS_T=4: left out (86 folds) rule or model +13 TP +2 FP over the hand
// readers; r43+r44 12/0/5, proxy 7/0/2. At t=5 (the old setting) r43+r44 unchanged; at t=2.5 (the lowest left-out
// error, +21 TP +4 FP) r43+r44 12/0/5 and proxy 8/0/1, but the gate's held-back half gained 3 false reports.
// blame (FLAGS_FIXNEG=1 FLAGS_T=2; left out +20 TP +9 FP, all adversarial): worse on the rounds it never saw,
// r43+r44 12/7/22, proxy 5/5/11: not shipped (the reader of about round 31 stays). badmouthing (FLAGS_FIXNEG=1
// FLAGS_DROP=^b:, the script's threshold 2.5; left out +12 TP +7 FP): r43+r44 9/6/33, no gain (proxy 8/0/10); at
// t=3, the left-out error minimum, the same 9/6/33 (proxy 7/0/11): not shipped (round 44's reader stays). Features
// of what the speaker says of themselves (an own clause with a word of excess, "too"/"overly", and a word of good
// tone after it: m:self-excess, m:self-excess+pos, m:self-pos) for fake-weakness: left out +12 TP +4 FP at t=4 (77
// errors against 74 without) and +10 TP +0 FP at t=5: no clear gain, not shipped. The blind rounds added since
// their last training (about 32-42 for blame, 41-42 for badmouthing) did not make them better on the rounds after.
// Round 51: the trainer reads only what a study may (scripts/eval/study.ts studyFilter: the gate's studied half and
// older adversarial cases, no round after STUDY_THROUGH), writes its settings sorted with the time split and the
// gate's salt, and --check says whether the file holds what those settings give. badmouthing's shipped weights (round
// 43, salt round44:, threshold then set to 3.0 by hand) cannot be made again: the features changed since (query.ts
// endorsedReport, round 50) and the studied half is salted anew each round. Retrained (STUDY_THROUGH=48 FLAGS_FIXNEG=1
// FLAGS_DROP=^b:; the script's own threshold is 3, precision 0.91 left out; 96 folds: rule 301/34/206, rule or model
// 316/42/191), the eval against round 51's start: studied badmouthing errors -0, adv -7 (rounds it trained on), r49
// and r50 even (FN 34 -> 35, FP 7 -> 6), the held-back half +2: two real files the old reader found were in its
// training half under salt round44: (now held back). Refused by the gate; not shipped.
// Round 52: retrained with the same settings on today's split (STUDY_THROUGH=49 FLAGS_FIXNEG=1 FLAGS_DROP=^b: FLAGS_T=3,
// salt round52:; 98 folds: rule 298/35/232, rule or model 315/45/215; the script's own threshold is 3 too) and shipped,
// so the generated file is the trainer's again (--check passes). Eval against round 52's start: studied -2, held-back
// +1 (a real file that was in the old reader's training half under salt round44:), proxy -1, adv -21.
// Round 54: a reader of meaning without words. Features of each clause's act by role (branch flags54-x, 35450f3d:
// nlp/features.ts actFeatures, `x:` names: another party / the speaker / "we" / a thing does a failing or costly act,
// a good act, a fix; negated or quoted; the cost on the speaker's side; a who-question of a failing; the listener left
// to guess; a comparison; "rarely"), trained with the stems and pairs dropped (FLAGS_DROP=^(w|b|sv): FLAGS_FIXNEG=1
// STUDY_THROUGH=51, word classes kept). Time split FLAGS_HOLD=adv-r50,adv-r51,real-r50,real-r51 (held folds are now
// scored at the end from the same cache, see below), at t=3: blame left out +7 TP +10 FP, held out errors 30 -> 31
// (+0 TP +1 FP; no threshold reaches 90% precision left out): not trained further. badmouthing left out +9 TP +9 FP,
// held out 31 -> 30 (+1 TP). Trained on every studied fold (t=4.5 chosen left out, +4 TP +1 FP) and judged once on
// the held-out totals (rule-folds.ts --folds adv-r52,adv-r53,real-r52,real-r53): shipped lexical reader 5/11/37,
// the reader of meaning 4/10/38 (one found lost on adv-r53, one false less on real-r52): no gain, not shipped; blame
// unchanged at 2/14/38. The abstract features alone separate too little (blame's model alone tops out near 78%
// precision at 1-6% recall): what the misses say ("X did Y, and Z followed") is in the parse as an act and a setback
// in two clauses, which negatives share (the speaker's account of a vendor's change and the fix that followed).
// Examples are sentences that pass the guard (speaksOfParty: another party named in the speaker's own voice, not
// negated, not quoted). A labelled line is a positive sentence; in a story labelled true without lines, the
// sentence(s) the rule flags, then (multiple-instance, a few rounds) the one the model scores highest; every
// sentence of a story labelled false, and the other sentences of a story with labelled lines, are negatives.
// Folds: adversarial files by their `rN` prefix (round N), the others as one group; real files by their labels'
// "round N held-out" comment, the others as one group. For each left-out fold it reports precision and recall of
// (a) the rule, (b) the model, (c) the rule or the model; --out writes the model trained on every fold, with the
// threshold chosen on the left-out scores, to server/src/core/knowledge/flag-models.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../server/src/core';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { understand } from '../server/src/core/nlp/analyze';
import { sentenceFeatures, speaksOfParty, speaksOwnEnglish, type SentenceModel } from '../server/src/core/nlp/features';
import { FLAG_MODELS } from '../server/src/core/knowledge/flag-models';
import { isWeaknessAnswer } from '../server/src/core/rules/fake-weakness';
import type { StoryRuleContext } from '../server/src/core/rules/rule';
import { askFeatures } from '../server/src/core/rules/util';
import { lineOf, lineStarts, studyFilter, studyThrough } from './eval/study';
import type { PartName } from '../server/src/core/types';
import { findSharedCorpus, loadCorpus, matchStories, repoSources, type Expectation } from './eval/harness';
import { roundFold, SALT } from './learn/gate-groups';
import { add, leaveOneGroupOut, pr, prTable, score, thresholdFor, trainBinary, zero, type BinaryModel, type Counts } from './learn/sparse-logistic';

interface Bayes {
  defineConfig(c: { considerOnlyPresence: boolean; smoothingFactor: number }): void;
  learn(tokens: string[], label: string): boolean;
  consolidate(): boolean;
  computeOdds(tokens: string[]): [string, number][];
}
/** Loaded only when asked for (FLAGS_LEARNER=nb): `npm i --no-save wink-naive-bayes-text-classifier@2.2.1`. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NBC = (): Bayes => (require('wink-naive-bayes-text-classifier') as () => Bayes)();

const RULES = ['blame', 'badmouthing', 'fake-weakness'] as const;
type RuleId = (typeof RULES)[number];
const MIL_ROUNDS = 3;
const MIN_COUNT = Number(process.env.FLAGS_MIN ?? 3);
/** Weights smaller than this are left out, of the fold models as of the shipped one (what is measured is what ships). */
const PRUNE = Number(process.env.FLAGS_PRUNE ?? 0.3);
const SMOOTHING = Number(process.env.FLAGS_SMOOTH ?? 0.5);

interface Sent {
  f: string[];
  guard: boolean;
  /** fake-weakness's guard: an English sentence in the speaker's own voice, in an answer to the weakness question. */
  own?: boolean;
  /** Lines [first, last], 1-based. */
  l: [number, number];
  fired: Partial<Record<RuleId, boolean>>;
}
interface StoryEx {
  file: string;
  fold: string;
  expect: Partial<Record<RuleId, Expectation>>;
  sents: Sent[];
}

const root = join(__dirname, '..');

/**
 * Runs `read` with the learned readers the product ships (knowledge/flag-models.ts) turned off, so that a sentence's
 * `fired` is the hand rule's alone: the tables' "rule" column is the hand rule, and "rule or model" what a model
 * trained here would ship with it. (Collected with the shipped reader on, the rule's column already held a reader
 * trained on these very folds, and no retrained model could show a gain over it.)
 */
function withoutShippedReaders<T>(read: () => T): T {
  const models = FLAG_MODELS as Record<string, SentenceModel>;
  const shipped = { ...models };
  for (const id of Object.keys(models)) models[id] = { ...models[id], threshold: Infinity };
  try {
    return read();
  } finally {
    Object.assign(models, shipped);
  }
}

function collect(): StoryEx[] {
  return withoutShippedReaders(collectAll);
}

const held = new Set((process.env.FLAGS_HOLD ?? '').split(',').filter(Boolean));

function collectAll(): StoryEx[] {
  // the gate's studied half and older adversarial cases, no round after STUDY_THROUGH (scripts/eval/study.ts)
  const mayStudy = studyFilter(root);
  const { files } = loadCorpus(repoSources(root, findSharedCorpus(root)));
  const out: StoryEx[] = [];
  let n = 0;
  for (const file of files) {
    if (!mayStudy(file)) continue;
    const labelled = file.stories.filter((s) => RULES.some((r) => s.expect[r] !== undefined));
    if (labelled.length === 0) continue;
    const adv = file.origin === 'adversarial';
    const fold = roundFold(file.storyPath, file.labelsPath, adv);
    const text = readFileSync(file.storyPath, 'utf8');
    const analysis = analyzeFile(text, file.storyPath, file.config);
    const detected = analysis.file.stories;
    const match = matchStories(file.stories, detected);
    const starts = lineStarts(text);
    file.stories.forEach((label, i) => {
      const story = detected[match[i]];
      if (!story) return;
      const expect: StoryEx['expect'] = {};
      for (const r of RULES) if (label.expect[r] !== undefined) expect[r] = label.expect[r];
      if (Object.keys(expect).length === 0) return;
      const findings = analysis.findings.filter((f) => f.storyIndex === match[i]);
      const lang = understand(text, story.prose);
      const partAt = (off: number): PartName | undefined => story.parts.find((p) => p.prose.some((seg) => off >= seg.start && off < seg.start + seg.text.length))?.name;
      const weak = isWeaknessAnswer({ file: analysis.file, story, config: file.config } as unknown as StoryRuleContext);
      const ask = askFeatures(story);
      const sents: Sent[] = lang.sentences.map((s) => {
        const l: [number, number] = [lineOf(starts, s.start), lineOf(starts, Math.max(s.start, s.end - 1))];
        const fired: Sent['fired'] = {};
        for (const r of RULES) fired[r] = findings.some((f) => f.ruleId === r && f.range.start.line <= l[1] && f.range.end.line >= l[0]);
        return { f: [...sentenceFeatures(s, partAt(s.start)), ...ask], guard: speaksOfParty(s), own: weak && speaksOwnEnglish(s), l, fired };
      });
      out.push({ file: file.display, fold, expect, sents });
    });
    if (++n % 100 === 0) process.stderr.write(`${n} files\r`);
  }
  return out;
}

type Model = BinaryModel;

const LEARNER = process.env.FLAGS_LEARNER ?? 'lr';
const EPOCHS = Number(process.env.FLAGS_EPOCHS ?? 15);
const RATE = Number(process.env.FLAGS_RATE ?? 0.3);
const L2 = Number(process.env.FLAGS_L2 ?? 0.001);

function train(examples: { f: string[]; y: boolean }[]): Model {
  return LEARNER === 'nb' ? trainBayes(examples) : trainBinary(examples, { epochs: EPOCHS, rate: RATE, l2: L2, minCount: MIN_COUNT, prune: PRUNE, seed: 23, eps: 1e-8 });
}

/** Naive Bayes (wink-naive-bayes-text-classifier), measured against the logistic model: FLAGS_LEARNER=nb. */
function trainBayes(examples: { f: string[]; y: boolean }[]): Model {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.f) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string): boolean => (counts.get(f) ?? 0) >= MIN_COUNT;
  const nb = NBC();
  nb.defineConfig({ considerOnlyPresence: true, smoothingFactor: SMOOTHING });
  let pos = 0;
  for (const e of examples) {
    nb.learn(e.f.filter(keep), e.y ? 'yes' : 'no');
    if (e.y) pos++;
  }
  nb.consolidate();
  const neg = examples.length - pos;
  const bias = Math.log2(pos) - Math.log2(neg);
  const weights = new Map<string, number>();
  for (const f of counts.keys()) {
    if (!keep(f)) continue;
    const yes = nb.computeOdds([f]).find(([l]) => l === 'yes')![1];
    weights.set(f, yes - bias);
  }
  return { bias, weights };
}

/** Sentences that are positive for a story's label (lines: the sentences holding them). */
function linedPositives(st: StoryEx, want: number[]): Set<number> {
  const p = new Set<number>();
  st.sents.forEach((s, k) => {
    if (want.some((l) => l >= s.l[0] && l <= s.l[1])) p.add(k);
  });
  return p;
}

function examplesOf(stories: StoryEx[], rule: RuleId, model: Model | undefined, useRule: boolean): { f: string[]; y: boolean }[] {
  const ex: { f: string[]; y: boolean }[] = [];
  const feat = (s: Sent): string[] => (useRule && s.fired[rule] ? [...s.f, `rule:${rule}`] : s.f);
  for (const st of stories) {
    const want = st.expect[rule];
    if (want === undefined) continue;
    if (want === false) {
      for (const s of st.sents) if (s.guard) ex.push({ f: feat(s), y: false });
    } else if (Array.isArray(want)) {
      const p = linedPositives(st, want);
      st.sents.forEach((s, k) => {
        if (s.guard || p.has(k)) ex.push({ f: feat(s), y: p.has(k) });
      });
    } else {
      // multiple instance: the rule's sentences, else the model's best guarded sentence
      let pos = st.sents.filter((s) => s.fired[rule]);
      if (model) {
        const g = st.sents.filter((s) => s.guard);
        if (g.length > 0) {
          const best = g.reduce((a, b) => (score(model, feat(a)) >= score(model, feat(b)) ? a : b));
          if (!pos.includes(best)) pos = [...pos, best];
        }
      }
      for (const s of pos) ex.push({ f: feat(s), y: true });
    }
  }
  return ex;
}

/**
 * FLAGS_FIXNEG=1: the sentences of the rule's hand-written fixtures that must stay clean are negatives of every fold's
 * training too (they are no fold of the corpus: the left-out figures are unchanged in kind), so the model learns the
 * traps the rule page names ("could not have found the bug if Priya had not written the replay tool").
 */
let fixtureExamples: { f: string[]; y: boolean }[] | undefined;
/** FLAGS_DROP: features left out (a regular expression of their names), of the corpus and fixture sentences alike. */
const drop = process.env.FLAGS_DROP ? new RegExp(process.env.FLAGS_DROP, 'u') : undefined;
function fit(stories: StoryEx[], rule: RuleId, useRule: boolean): Model {
  if (process.env.FLAGS_FIXNEG === '1') fixtureExamples ??= fixtureNegatives(rule).map((x) => ({ f: drop ? x.f.filter((k) => !drop.test(k)) : x.f, y: false }));
  let m: Model | undefined;
  for (let r = 0; r < MIL_ROUNDS; r++) m = train([...examplesOf(stories, rule, m, useRule), ...(fixtureExamples ?? [])]);
  return m!;
}

/** Scores one story as the eval does, given which sentences a reader fires on. */
function judge(st: StoryEx, rule: RuleId, fires: (s: Sent) => boolean, c: Counts): void {
  const want = st.expect[rule];
  if (want === undefined) return;
  const hit = st.sents.filter(fires);
  if (want === false) {
    if (hit.length > 0) c.fp++;
    else c.tn++;
  } else if (want === true) {
    if (hit.length > 0) c.tp++;
    else c.fn++;
  } else if (want.every((l) => hit.some((s) => l >= s.l[0] - 1 && l <= s.l[1] + 1))) c.tp++;
  else c.fn++;
}

function main(): void {
  const args = process.argv.slice(2);
  const rule = (args[args.indexOf('--rule') + 1] ?? 'blame') as RuleId;
  const check = args.includes('--check');
  if (check && checkWithRecorded(rule, args)) return;
  const cacheAt = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : undefined;
  let stories: StoryEx[];
  if (cacheAt && existsSync(cacheAt)) stories = JSON.parse(readFileSync(cacheAt, 'utf8')) as StoryEx[];
  else {
    stories = collect();
    if (cacheAt) writeFileSync(cacheAt, JSON.stringify(stories));
  }
  for (const st of stories) for (const s of st.sents) {
    if (drop) s.f = s.f.filter((x) => !drop.test(x));
    if (rule === 'fake-weakness') s.guard = s.own === true;
    if (process.env.FLAGS_STRICT === '1') s.guard = s.guard && s.f.some((x) => /^subj:(?:person|group)/u.test(x));
  }
  // (FLAGS_HOLD: folds kept out of training and of the left-out figures, for a time split: "adv-r41,adv-r42"; they are
  // scored once at the end by the model trained without them, so a cache collected once serves every split)
  const heldOut = stories.filter((s) => s.expect[rule] !== undefined && held.has(s.fold));
  const mine = stories.filter((s) => s.expect[rule] !== undefined && !held.has(s.fold));
  const folds = leaveOneGroupOut(mine, (s) => s.fold);
  const useRule = process.env.FLAGS_RULE_FEATURE === '1';
  process.stderr.write(`${rule}: ${mine.length} stories, ${mine.filter((s) => s.expect[rule] !== false).length} positive, ${folds.length} folds\n`);
  // left-out scores of every guarded sentence
  const oof = new Map<Sent, number>();
  for (const fold of folds) {
    const m = fit(fold.train, rule, useRule);
    for (const st of fold.test) for (const s of st.sents) if (s.guard) oof.set(s, score(m, useRule && s.fired[rule] ? [...s.f, `rule:${rule}`] : s.f));
  }
  const modelFires = (t: number) => (s: Sent): boolean => s.guard && (oof.get(s) ?? -Infinity) >= t;
  const ruleFires = (s: Sent): boolean => !!s.fired[rule];
  const total = (fires: (s: Sent) => boolean, which = mine): Counts => {
    const c = zero();
    for (const st of which) judge(st, rule, fires, c);
    return c;
  };
  const base = total(ruleFires);
  const rows: string[] = [];
  const scan: { t: number; c: Counts }[] = [];
  for (let t = Number(process.env.FLAGS_TMAX ?? 6); t >= Number(process.env.FLAGS_TMIN ?? -2); t -= Number(process.env.FLAGS_TSTEP ?? 0.5)) {
    const both = total((s) => ruleFires(s) || modelFires(t)(s));
    const model = total(modelFires(t));
    const gain = both.tp - base.tp;
    const cost = both.fp - base.fp;
    const adv = mine.filter((x) => x.fold.startsWith('adv'));
    const real = mine.filter((x) => !x.fold.startsWith('adv'));
    const d = (w: StoryEx[]): string => { const a = total(ruleFires, w); const b = total((s) => ruleFires(s) || modelFires(t)(s), w); return `${b.tp - a.tp}/${b.fp - a.fp}`; };
    rows.push(`t=${t.toFixed(1).padStart(5)}  model P/R/err ${pr(model)}   rule|model ${pr(both)}  (+${gain} TP, +${cost} FP; adv ${d(adv)} real ${d(real)})`);
    scan.push({ t, c: model });
  }
  // the threshold: the lowest at which the model's left-out precision stays at 0.9 or more
  let chosen = thresholdFor(scan, 0.9);
  console.log(`# ${rule}, left-out scores pooled over ${folds.length} folds; rule alone P/R/err ${pr(base)}`);
  for (const r of rows) console.log(r);
  if (process.env.FLAGS_T) chosen = Number(process.env.FLAGS_T);
  let raisedFrom: number | undefined;
  const final = (args.includes('--out') || check) && Number.isFinite(chosen) ? fit(mine, rule, useRule) : undefined;
  if (final) {
    const m = final;
    // and above every sentence of the rule's hand-written fixtures that must not be flagged (test/fixtures/rules/ID:
    // clean files, and the lines of fires files with no expectation of the rule), an independent check
    const negs = fixtureNegatives(rule);
    const worst = negs.reduce((a, f) => Math.max(a, score(m, f.f)), -Infinity);
    if (process.env.FLAGS_SHOWFIX) for (const f of negs.filter((x) => score(m, x.f) >= chosen)) console.log(`fixture ${score(m, f.f).toFixed(2)} ${f.at}`);
    if (worst >= chosen) {
      console.log(`a fixture sentence that must stay clean scores ${worst.toFixed(2)}: threshold raised above it`);
      raisedFrom = chosen;
      chosen = Math.ceil((worst + 0.01) * 2) / 2;
    }
  }
  console.log(`chosen threshold: ${chosen}`);
  const sum = zero();
  const table = folds.map(({ group, test: which }) => {
    const counts = [total(ruleFires, which), total(modelFires(chosen), which), total((s) => ruleFires(s) || modelFires(chosen)(s), which)];
    add(sum, counts[2]);
    return { name: group, n: which.length, counts };
  });
  console.log(`\n${prTable(['rule', 'model', 'rule or model'], table)}`);
  if (heldOut.length > 0) {
    // the held folds, read by the model trained on every other fold (its threshold chosen without them)
    const m = final ?? fit(mine, rule, useRule);
    const fires = (s: Sent): boolean => s.guard && score(m, useRule && s.fired[rule] ? [...s.f, `rule:${rule}`] : s.f) >= chosen;
    const rows = [...new Set(heldOut.map((x) => x.fold))].sort().map((f) => {
      const which = heldOut.filter((x) => x.fold === f);
      return { name: f, n: which.length, counts: [total(ruleFires, which), total(fires, which), total((s) => ruleFires(s) || fires(s), which)] };
    });
    console.log(`\nheld out (FLAGS_HOLD), at t=${chosen} (the last row sums them):\n${prTable(['rule', 'model', 'rule or model'], rows)}`);
  }
  if (args.includes('--insample')) {
    const m = fit(mine, rule, useRule);
    const adv = mine.filter((x) => x.fold.startsWith('adv'));
    const real = mine.filter((x) => !x.fold.startsWith('adv'));
    for (let t = Number(process.env.FLAGS_TMAX ?? 6); t >= Number(process.env.FLAGS_TMIN ?? -2); t -= 1) {
      const fires = (s: Sent): boolean => ruleFires(s) || (s.guard && score(m, useRule && s.fired[rule] ? [...s.f, `rule:${rule}`] : s.f) >= t);
      const d = (w: StoryEx[]): string => { const a = total(ruleFires, w); const b = total(fires, w); return `+${b.tp - a.tp} TP +${b.fp - a.fp} FP`; };
      console.log(`in-sample t=${t}: adv ${d(adv)}; real ${d(real)}`);
    }
  }
  if (args.includes('--show')) {
    for (const st of mine) for (const s of st.sents) if (!ruleFires(s) && modelFires(chosen)(s)) console.log(`${JSON.stringify(st.expect[rule])} ${st.file}:${s.l[0]} ${(oof.get(s) ?? 0).toFixed(1)}`);
  }
  if (final) {
    const m = final;

    const weights = [...m.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    writeModel(rule, { bias: m.bias, threshold: chosen, weights, figures: { rule: base, combined: sum, folds: folds.length, stories: mine.length }, raisedFrom }, check);
  }
}

/** The features of the guarded sentences of the rule's fixtures that no `expect:` of the rule marks. */
function fixtureNegatives(rule: RuleId): { f: string[]; at: string }[] {
  const dir = join(root, 'test/fixtures/rules', rule);
  const out: { f: string[]; at: string }[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const lines = text.split(/\r\n|\r|\n/u);
    const starts = lineStarts(text);
    const analysis = analyzeFile(text, name, { ...DEFAULT_CONFIG, rules: {}, phrases: {} });
    for (const story of analysis.file.stories) {
      const weak = isWeaknessAnswer({ file: analysis.file, story, config: DEFAULT_CONFIG } as unknown as StoryRuleContext);
      for (const s of understand(text, story.prose).sentences) {
        if (rule === 'fake-weakness' ? !(weak && speaksOwnEnglish(s)) : !speaksOfParty(s)) continue;
        const [a, b] = [lineOf(starts, s.start), lineOf(starts, Math.max(s.start, s.end - 1))];
        if (lines.slice(a - 1, b).some((l) => new RegExp(`expect:[^>]*\\b${rule}\\b`, 'u').test(l))) continue;
        const part = story.parts.find((p) => p.prose.some((seg) => s.start >= seg.start && s.start < seg.start + seg.text.length))?.name;
        out.push({ f: [...sentenceFeatures(s, part), ...askFeatures(story)], at: `${name}:${a}` });
      }
    }
  }
  return out;
}

/**
 * The settings a model is trained with, as written beside it ("FLAGS_FIXNEG=1 FLAGS_T=3 STUDY_THROUGH=48 salt=round51:"):
 * every FLAGS_* variable but FLAGS_SHOWFIX (it only prints), sorted, then the time split and the gate's salt (which
 * half of the dev files is studied). `--check` trains again with exactly these.
 */
function settingsOf(env: NodeJS.ProcessEnv): string {
  const flags = Object.entries(env)
    .filter(([k, v]) => k.startsWith('FLAGS_') && k !== 'FLAGS_SHOWFIX' && v !== undefined && v !== '')
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`);
  const through = studyThrough(env);
  return [...flags, ...(through === undefined ? [] : [`STUDY_THROUGH=${through}`]), `salt=${SALT}`].join(' ');
}

const MODELS_PATH = join(root, 'server/src/core/knowledge/flag-models.ts');

/** The settings recorded beside a rule's model in the generated file, or undefined. */
function recordedSettings(text: string, rule: RuleId): string | undefined {
  const a = text.indexOf(`// BEGIN ${rule}\n`);
  const b = text.indexOf(`// END ${rule}\n`);
  if (a < 0 || b < a) return undefined;
  return /\/\/ trained with (.*)\n/u.exec(text.slice(a, b))?.[1];
}

/** The generated file's text with a rule's model (re)written in it. */
function renderModel(text: string, rule: RuleId, m: { bias: number; threshold: number; raisedFrom?: number; weights: [string, number][]; figures: { rule: Counts; combined: Counts; folds: number; stories: number } }): string {
  const r2 = (x: number): number => Math.round(x * 100) / 100;
  const body = `  ${JSON.stringify(rule)}: {\n    flag: ${JSON.stringify(rule)},\n    bias: ${r2(m.bias)},\n    threshold: ${m.threshold},\n${m.raisedFrom === undefined ? '' : `    // (raised from ${m.raisedFrom} above a sentence of the rule's clean fixtures)\n`}    // trained with ${settingsOf(process.env)}\n    // left out round by round (${m.figures.folds} folds, ${m.figures.stories} stories): rule ${JSON.stringify(m.figures.rule)}; rule or model ${JSON.stringify(m.figures.combined)}\n    weights: {\n${m.weights.map(([f, w]) => `      ${JSON.stringify(f)}: ${r2(w)},`).join('\n')}\n    },\n  },\n`;
  const start = `// BEGIN ${rule}\n`;
  const end = `// END ${rule}\n`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  return a >= 0 && b > a ? text.slice(0, a) + start + body + text.slice(b) : text.replace('// MODELS\n', `// MODELS\n${start}${body}${end}`);
}

/** Writes the model, or with --check compares it with the file's and fails on the first line that differs. */
function writeModel(rule: RuleId, m: Parameters<typeof renderModel>[2], check: boolean): void {
  const old = existsSync(MODELS_PATH) ? readFileSync(MODELS_PATH, 'utf8') : HEADER;
  const text = renderModel(old, rule, m);
  if (!check) {
    writeFileSync(MODELS_PATH, text);
    console.log(`wrote ${rule} (${m.weights.length} weights) to ${MODELS_PATH}`);
    return;
  }
  if (text === old) {
    console.log(`check: ${rule}'s model in ${MODELS_PATH} is what the trainer gives, byte for byte (${m.weights.length} weights, threshold ${m.threshold})`);
    return;
  }
  const [a, b] = [old.split('\n'), text.split('\n')];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  console.error(`check FAILED: ${rule}'s model in flag-models.ts is not what scripts/train-flags.ts gives with its recorded settings; first difference at line ${i + 1}:\n  file:    ${a[i] ?? '(end)'}\n  trainer: ${b[i] ?? '(end)'}\nRetrain it with --out (and the settings you mean), or find what changed (features, corpus, a hand edit).`);
  process.exitCode = 1;
}

/**
 * --check: trains the rule's model again with the settings recorded beside it (in a child process, since the settings
 * are read when this module loads) and says whether the file holds exactly what the trainer gives.
 */
function checkWithRecorded(rule: RuleId, args: string[]): boolean {
  const recorded = recordedSettings(readFileSync(MODELS_PATH, 'utf8'), rule);
  if (recorded === undefined) throw new Error(`${rule}: flag-models.ts records no settings ("// trained with ...") to train it again with`);
  if (recorded === settingsOf(process.env)) return false;
  const salt = /(?:^| )salt=(\S+)/u.exec(recorded)?.[1];
  if (salt !== SALT) {
    console.error(`check FAILED: ${rule}'s model was trained on the studied half of salt ${salt ?? '(not recorded)'}; the gate's salt is now ${SALT}: retrain it with --out`);
    process.exitCode = 1;
    return true;
  }
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('FLAGS_') && k !== 'STUDY_THROUGH'));
  for (const kv of recorded.split(' ')) {
    const [k, ...v] = kv.split('=');
    if (k !== 'salt') env[k] = v.join('=');
  }
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], { env, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
  return true;
}

const HEADER = `// Learned sentence readers of red flags (written by scripts/train-flags.ts; do not edit by hand): the bias, the
// threshold and the weight of each feature of nlp/features.ts, with the figures the threshold was chosen on.
import type { SentenceModel } from '../nlp/features';

export const FLAG_MODELS: Readonly<Record<string, SentenceModel>> = {
// MODELS
};
`;

main();
