// Scores red-flag rules, as they ship (hand readers and learned readers together), leave-one-round-out: per fold of
// roundFold() (adversarial rounds by their rN prefix, real files by their labels' round comment), on the groups the
// training scripts may study (the studied half of the dev files and the older adversarial cases; never the held-back
// half, the proxy nor split: test files). The rules read no corpus, so every fold is "left out" for the learned part
// only as far as its training was (scripts/train-flags.ts); the recent blind rounds (adv-r20 ... adv-r26) are the
// figure that predicts unseen writing.
//
//   node --import tsx scripts/learn/rule-folds.ts [--rules blame,badmouthing] [--only adv-r2] [--misses]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../../server/src/core';
import { findSharedCorpus, loadCorpus, matchStories, repoSources } from '../eval/harness';
import { gateGrouper, roundFold } from './gate-groups';

const root = join(__dirname, '..', '..');
const args = process.argv.slice(2);
const rules = (args.includes('--rules') ? args[args.indexOf('--rules') + 1] : 'blame,badmouthing,fake-weakness,solo-heroics,filler-phrase').split(',');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const showMisses = args.includes('--misses');

interface C { tp: number; fp: number; fn: number; tn: number }
const zero = (): C => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const table = new Map<string, Map<string, C>>();
const misses: string[] = [];
const group = gateGrouper(root);
const { files } = loadCorpus(repoSources(root, findSharedCorpus(root)));
for (const file of files) {
  const g = group(file.storyPath, file.split);
  if (g !== 'studied' && g !== 'adv') continue;
  const fold = roundFold(file.storyPath, file.labelsPath, file.origin === 'adversarial');
  if (only && !fold.startsWith(only)) continue;
  if (!file.stories.some((s) => rules.some((r) => s.expect[r] !== undefined))) continue;
  const text = readFileSync(file.storyPath, 'utf8');
  const analysis = analyzeFile(text, file.storyPath, file.config);
  const match = matchStories(file.stories, analysis.file.stories);
  file.stories.forEach((label, i) => {
    const findings = analysis.findings.filter((f) => f.storyIndex === match[i] && match[i] >= 0);
    for (const rule of rules) {
      const want = label.expect[rule];
      if (want === undefined) continue;
      const byFold = table.get(rule) ?? new Map<string, C>();
      table.set(rule, byFold);
      const c = byFold.get(fold) ?? zero();
      byFold.set(fold, c);
      const hits = findings.filter((f) => f.ruleId === rule);
      let kind: keyof C;
      if (want === false) kind = hits.length ? 'fp' : 'tn';
      else if (want === true) kind = hits.length ? 'tp' : 'fn';
      else kind = want.every((l) => hits.some((f) => l >= f.range.start.line - 1 && l <= f.range.end.line + 1)) ? 'tp' : 'fn';
      c[kind]++;
      if (showMisses && (kind === 'fp' || kind === 'fn')) misses.push(`${rule} ${kind} ${fold} ${file.display}${hits[0] ? `:${hits[0].range.start.line} ${hits[0].message.slice(0, 90)}` : ''}`);
    }
  });
}
const pct = (a: number, b: number): string => (b === 0 ? '   —' : `${Math.round((100 * a) / b)}%`.padStart(4));
for (const [rule, byFold] of table) {
  console.log(`\n## ${rule}\n| fold | P | R | tp | fp | fn | err |\n|---|---|---|---|---|---|---|`);
  const all = zero();
  const recent = zero();
  for (const [fold, c] of [...byFold].sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }))) {
    for (const k of ['tp', 'fp', 'fn', 'tn'] as const) {
      all[k] += c[k];
      if (/^adv-r2[0-6]$/.test(fold)) recent[k] += c[k];
    }
    if (c.tp + c.fp + c.fn === 0) continue;
    console.log(`| ${fold} | ${pct(c.tp, c.tp + c.fp)} | ${pct(c.tp, c.tp + c.fn)} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.fp + c.fn} |`);
  }
  for (const [name, c] of [['adv-r20..r26', recent], ['all', all]] as const) console.log(`| **${name}** | ${pct(c.tp, c.tp + c.fp)} | ${pct(c.tp, c.tp + c.fn)} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.fp + c.fn} |`);
}
if (showMisses) console.log(`\n${misses.join('\n')}`);
