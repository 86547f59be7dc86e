// Per-rule precision and recall per leave-one-round-out fold (real-rN by the labels' "round N held-out" comment,
// adv-rN by the adversarial case's prefix; scripts/learn/gate-groups.ts roundFold), for the rules named: the measure
// of whether a rule change generalizes to rounds it was not tuned on. Test files are never read. With --misses, the
// misses of the studied folds are listed (never those of the gate's held-back half or its proxy). With --studied, only
// the files the training scripts may read are scored (the studied half of the dev files and the older adversarial
// cases): the leave-one-round-out figure for the learned readers. The last two rows sum the blind rounds (adv-r20 and
// later) and every fold shown.
//
//   node --import tsx scripts/eval/rule-folds.ts placeholder missing-metric [--misses] [--studied] [--folds real-r20,adv-r20] [--json out.json]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, findSharedCorpus, loadCorpus, precision, recall, repoSources, type Counts, type LabelFile } from './harness';
import { byFold as foldOrder, foldRound, roundFold } from '../learn/gate-groups';
import { studyFilter } from './study';

const pct = (x: number | undefined): string => (x === undefined ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function main(argv: string[]): void {
  const foldsAt = argv.indexOf('--folds');
  const only = foldsAt >= 0 ? new Set(argv[foldsAt + 1].split(',')) : undefined;
  const rules = argv.filter((a, i) => !a.startsWith('--') && !a.endsWith('.json') && (foldsAt < 0 || i !== foldsAt + 1));
  const showMisses = argv.includes('--misses');
  const jsonAt = argv.indexOf('--json');
  const root = join(__dirname, '..', '..');
  const studiedOnly = argv.includes('--studied');
  const mayStudy = studyFilter(root);
  const files = loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter((f) => f.split !== 'test' && (!studiedOnly || mayStudy(f)));
  const byFold = new Map<string, LabelFile[]>();
  for (const f of files) {
    const fold = roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial');
    byFold.set(fold, [...(byFold.get(fold) ?? []), f]);
  }
  const out: Record<string, Record<string, Counts>> = {};
  const folds = [...byFold.keys()].filter((f) => !only || only.has(f)).sort(foldOrder);
  console.log(`fold         files | ${rules.map((r) => `${r} tp/fp/fn P R`.padEnd(34)).join(' | ')}`);
  for (const fold of folds) {
    const fs = byFold.get(fold)!;
    const r = evaluate(fs);
    const g = r.groups.all.rules;
    out[fold] = Object.fromEntries(rules.map((id) => [id, g[id] ?? { tp: 0, fp: 0, fn: 0, tn: 0 }]));
    const cells = rules.map((id) => {
      const c = out[fold][id];
      return `${c.tp}/${c.fp}/${c.fn} ${pct(precision(c))} ${pct(recall(c))}`.padEnd(34);
    });
    console.log(`${fold.padEnd(12)} ${String(fs.length).padStart(5)} | ${cells.join(' | ')}`);
    if (showMisses) {
      const studied = new Set(fs.filter(mayStudy).map((f) => f.display));
      for (const m of r.misses) if (rules.includes(m.rule) && studied.has(m.file)) console.log(`    ${m.kind} ${m.rule} ${m.file}:${m.line} ${m.detail.slice(0, 160)}`);
    }
  }
  const sum = (name: string, keep: (fold: string) => boolean): void => {
    const cells = rules.map((id) => {
      const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
      for (const fold of folds.filter(keep)) for (const k of ['tp', 'fp', 'fn', 'tn'] as const) c[k] += out[fold][id][k];
      return `${c.tp}/${c.fp}/${c.fn} ${pct(precision(c))} ${pct(recall(c))}`.padEnd(34);
    });
    console.log(`${name.padEnd(18)} | ${cells.join(' | ')}`);
  };
  sum('blind adv-r20..', (f) => f.startsWith('adv-') && (foldRound(f) ?? 0) >= 20);
  sum('all shown', () => true);
  if (jsonAt >= 0) writeFileSync(argv[jsonAt + 1], JSON.stringify(out, null, 1));
}

main(process.argv.slice(2));
