// A quick before/after of a rule change: each labelled file's counts (tp/fp/fn/tn) of the named rules, saved once for
// the code before the change, then scored again after it on only the files where the first rule reported at the
// start (for a change that can only silence a rule, the other files cannot move), and compared by the gate's groups
// (scripts/learn/gate-groups.ts) and by fold. A full `npm run eval` takes minutes and more on a shared machine; this
// takes seconds to a few minutes, so each piece of a change can be measured alone. Totals only: no file is named, so
// the held-out folds and the gate's held-back half and proxy are read as the gate reads them. Test files are never read.
//
//   node --import tsx scripts/eval/rule-ab.ts save BASE.json missing-metric too-short       (before the change)
//   node --import tsx scripts/eval/rule-ab.ts after BASE.json AFTER.json [--all]             (after it; --all: every file)
//   node --import tsx scripts/eval/rule-ab.ts compare BASE.json AFTER.json [--folds adv-r44,real-r44]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, findSharedCorpus, loadCorpus, repoSources, type Counts, type LabelFile } from './harness';
import { gateGrouper, roundFold } from '../learn/gate-groups';

export interface FileCounts {
  group: string;
  fold: string;
  rules: Record<string, Counts>;
}
export interface Saved {
  rules: string[];
  files: Record<string, FileCounts>;
}

const ZERO = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/** The files of a saved run where `rule` reported (a true or a false report): the only ones a silencing change can move. */
export function reported(saved: Saved, rule: string): string[] {
  return Object.entries(saved.files)
    .filter(([, f]) => (f.rules[rule]?.tp ?? 0) + (f.rules[rule]?.fp ?? 0) > 0)
    .map(([name]) => name);
}

/**
 * Totals per key (a gate group, a fold) of each rule, before and after: the after run overlays the base for the
 * files it scored again, so a run on a subset is compared over the whole corpus.
 */
export function compare(base: Saved, after: Saved, keyOf: (f: FileCounts) => string): Map<string, Map<string, { before: Counts; after: Counts }>> {
  const out = new Map<string, Map<string, { before: Counts; after: Counts }>>();
  for (const [name, b] of Object.entries(base.files)) {
    const a = after.files[name] ?? b;
    const key = keyOf(b);
    for (const rule of base.rules) {
      const perKey = out.get(rule) ?? new Map<string, { before: Counts; after: Counts }>();
      out.set(rule, perKey);
      const cell = perKey.get(key) ?? { before: ZERO(), after: ZERO() };
      perKey.set(key, cell);
      for (const k of ['tp', 'fp', 'fn', 'tn'] as const) {
        cell.before[k] += b.rules[rule]?.[k] ?? 0;
        cell.after[k] += a.rules[rule]?.[k] ?? 0;
      }
    }
  }
  return out;
}

function score(files: readonly LabelFile[], rules: readonly string[], root: string): Record<string, FileCounts> {
  const group = gateGrouper(root);
  const out: Record<string, FileCounts> = {};
  for (const f of files) {
    const g = evaluate([f]).groups.all.rules;
    out[f.display] = { group: group(f.storyPath, f.split), fold: roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial'), rules: Object.fromEntries(rules.map((r) => [r, g[r] ?? ZERO()])) };
  }
  return out;
}

function main(argv: string[]): void {
  const root = join(__dirname, '..', '..');
  const [cmd, ...rest] = argv;
  const files = (): LabelFile[] => loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter((f) => f.split !== 'test');
  if (cmd === 'save') {
    const [out, ...rules] = rest;
    writeFileSync(out, JSON.stringify({ rules, files: score(files(), rules, root) } satisfies Saved));
  } else if (cmd === 'after') {
    const [basePath, out] = rest;
    const base = JSON.parse(readFileSync(basePath, 'utf8')) as Saved;
    const keep = rest.includes('--all') ? undefined : new Set(reported(base, base.rules[0]));
    writeFileSync(out, JSON.stringify({ rules: base.rules, files: score(files().filter((f) => !keep || keep.has(f.display)), base.rules, root) } satisfies Saved));
  } else if (cmd === 'compare') {
    const [basePath, afterPath] = rest;
    const [base, after] = [basePath, afterPath].map((p) => JSON.parse(readFileSync(p, 'utf8')) as Saved);
    const foldsAt = rest.indexOf('--folds');
    const folds = foldsAt >= 0 ? new Set(rest[foldsAt + 1].split(',')) : undefined;
    const row = (c: Counts): string => `${c.tp}/${c.fp}/${c.fn}`;
    for (const [title, keyOf] of [['gate group', (f: FileCounts) => f.group], ['fold', (f: FileCounts) => (folds?.has(f.fold) ? f.fold : 'other folds')]] as const) {
      if (title === 'fold' && !folds) continue;
      for (const [rule, perKey] of compare(base, after, keyOf)) {
        for (const [key, c] of [...perKey].sort(([x], [y]) => x.localeCompare(y))) console.log(`${rule.padEnd(16)} ${key.padEnd(12)} tp/fp/fn ${row(c.before).padEnd(16)} -> ${row(c.after)}`);
      }
    }
  } else {
    process.stderr.write('usage: rule-ab.ts save BASE.json RULE... | after BASE.json AFTER.json [--all] | compare BASE.json AFTER.json [--folds F,...]\n');
    process.exitCode = 2;
  }
}

if (require.main === module) main(process.argv.slice(2));
