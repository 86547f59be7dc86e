// The answer kinds per leave-one-round-out fold (round 51): for each fold (scripts/learn/gate-groups.ts roundFold,
// real and adversarial), the answers found whose kind is right, and the misread ones by labelled kind → kind found
// (story→pitch, pitch→story, questions-to-ask→story, ...), with the story rules' false reports (missing-section,
// missing-metric, too-short, vague-impact) beside them. Totals only, unless --misses: then the misreads of the files a
// study may read (scripts/eval/study.ts studyFilter: the studied half and the older adversarial cases, under
// STUDY_THROUGH no round after it) are listed with their file, line and title. Test files are never read.
//
//   STUDY_THROUGH=48 node --import tsx scripts/eval/kind-folds.ts [--folds real-r49,adv-r49] [--from N] [--misses] [--grep REGEX]   (--grep: only the files whose text matches)
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { evaluate, findSharedCorpus, loadCorpus, repoSources, type LabelFile } from './harness';
import { byFold, foldRound, roundFold } from '../learn/gate-groups';
import { studyFilter } from './study';

const STORY_RULES = ['missing-section', 'missing-metric', 'too-short', 'vague-impact'] as const;
const SHORT: Record<string, string> = { story: 'S', pitch: 'P', plan: 'L', 'questions-to-ask': 'Q' };

export interface KindRow {
  files: number;
  found: number;
  right: number;
  /** "S>P" (labelled story, found pitch) and so on. */
  confusion: Record<string, number>;
  falseReports: Record<string, number>;
}

function main(argv: string[]): void {
  const root = join(__dirname, '..', '..');
  const foldsAt = argv.indexOf('--folds');
  const only = foldsAt >= 0 ? new Set(argv[foldsAt + 1].split(',')) : undefined;
  const fromAt = argv.indexOf('--from');
  const from = fromAt >= 0 ? Number(argv[fromAt + 1]) : undefined;
  const showMisses = argv.includes('--misses');
  const grepAt = argv.indexOf('--grep');
  const grep = grepAt >= 0 ? new RegExp(argv[grepAt + 1], 'u') : undefined;
  const mayStudy = studyFilter(root);
  const files = loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter((f) => f.split !== 'test');
  const byFoldFiles = new Map<string, LabelFile[]>();
  for (const f of files) {
    const fold = roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial');
    if (only && !only.has(fold)) continue;
    if (from !== undefined && (foldRound(fold) ?? 0) < from) continue;
    if (grep && !grep.test(readFileSync(f.storyPath, 'utf8'))) continue;
    byFoldFiles.set(fold, [...(byFoldFiles.get(fold) ?? []), f]);
  }
  const total: KindRow = { files: 0, found: 0, right: 0, confusion: {}, falseReports: {} };
  console.log(`fold         files  kinds right/found        ${STORY_RULES.map((r) => r.replace(/-.*/u, '')).join(' ')} fp | misread (labelled>found)`);
  for (const fold of [...byFoldFiles.keys()].sort(byFold)) {
    const fs = byFoldFiles.get(fold)!;
    const r = evaluate(fs);
    const g = r.groups.all;
    const row: KindRow = { files: fs.length, found: g.kindsTotal, right: g.kindsCorrect, confusion: {}, falseReports: {} };
    for (const m of r.kindMisses) {
      const key = `${SHORT[m.expected] ?? m.expected}>${SHORT[m.found] ?? m.found}`;
      row.confusion[key] = (row.confusion[key] ?? 0) + 1;
    }
    for (const id of STORY_RULES) row.falseReports[id] = g.rules[id]?.fp ?? 0;
    total.files += row.files;
    total.found += row.found;
    total.right += row.right;
    for (const [k, v] of Object.entries(row.confusion)) total.confusion[k] = (total.confusion[k] ?? 0) + v;
    for (const [k, v] of Object.entries(row.falseReports)) total.falseReports[k] = (total.falseReports[k] ?? 0) + v;
    console.log(line(fold, row));
    if (showMisses) {
      const studied = new Set(fs.filter(mayStudy).map((f) => f.display));
      for (const m of r.kindMisses) if (studied.has(m.file)) console.log(`    ${SHORT[m.expected]}>${SHORT[m.found]} ${m.file}:${m.line} ${m.story.slice(0, 120)}`);
    }
  }
  console.log(line('all shown', total));
}

function line(name: string, row: KindRow): string {
  const pct = row.found ? ((100 * row.right) / row.found).toFixed(1) : '-';
  const conf = Object.entries(row.confusion).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  return `${name.padEnd(12)} ${String(row.files).padStart(5)}  ${`${row.right}/${row.found} ${pct}%`.padEnd(22)} ${STORY_RULES.map((r) => String(row.falseReports[r]).padStart(3)).join(' ')} | ${conf}`;
}

if (basename(process.argv[1] ?? '') === 'kind-folds.ts') main(process.argv.slice(2));
