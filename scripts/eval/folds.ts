// Answer finding per leave-one-round-out fold: for each real round's held-out files (the "round N held-out" tag of
// their labels; scripts/learn/gate-groups.ts roundFold), the answers labelled, found, invented ("extra"), and the part
// and kind misses, read from one or two `npm run eval -- --json` reports of the same corpus. The measure of whether a
// change to answer finding generalizes: it should gain on folds it was not trained on, not only on the studied half.
//
//   node --import tsx scripts/eval/folds.ts REPORT.json [OTHER.json]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findSharedCorpus, loadCorpus, repoSources, type LabelFile } from './harness';
import { byFold, roundFold } from '../learn/gate-groups';

/** The parts of an eval --json report the table reads. */
export interface FoldReport {
  partMisses: readonly { file: string }[];
  storyMisses: readonly { file: string; kind: string }[];
  kindMisses: readonly { file: string }[];
}

export interface FoldRow {
  files: number;
  labelled: number;
  missing: number;
  extra: number;
  parts: number;
  kinds: number;
}

/** A real, non-test labelled file: its path as the reports show it, its fold, and how many answers it labels. */
export interface FoldFile {
  display: string;
  fold: string;
  labelled: number;
}

/** The real dev files of a corpus with their folds (test files are never read: they stay unseen). */
export function foldFiles(files: readonly LabelFile[]): FoldFile[] {
  return files
    .filter((f) => f.origin === 'real' && f.split !== 'test')
    .map((f) => ({ display: f.display, fold: roundFold(f.storyPath, f.labelsPath, false), labelled: f.stories.length }));
}

/** Per fold, the answers labelled and the misses a report gives for its files. */
export function foldRows(files: readonly FoldFile[], report: FoldReport): Map<string, FoldRow> {
  const rows = new Map<string, FoldRow>();
  const foldOf = new Map<string, FoldRow>();
  for (const f of files) {
    const r = rows.get(f.fold) ?? { files: 0, labelled: 0, missing: 0, extra: 0, parts: 0, kinds: 0 };
    r.files++;
    r.labelled += f.labelled;
    rows.set(f.fold, r);
    foldOf.set(f.display, r);
    foldOf.set(basename(f.display), r);
  }
  // reports name a file by its path under the repository (eval/corpus/public/x.md); labels by their display path
  const at = (file: string): FoldRow | undefined => foldOf.get(file) ?? foldOf.get(file.replace(/^eval\/corpus\//u, '')) ?? foldOf.get(basename(file));
  for (const m of report.storyMisses) {
    const r = at(m.file);
    if (r && m.kind === 'extra') r.extra++;
    else if (r) r.missing++;
  }
  for (const m of report.partMisses) {
    const r = at(m.file);
    if (r) r.parts++;
  }
  for (const m of report.kindMisses) {
    const r = at(m.file);
    if (r) r.kinds++;
  }
  return rows;
}

/** One cell: found/labelled, +invented, part misses, kind misses. */
export function foldCell(r: FoldRow): string {
  return `${r.labelled - r.missing}/${r.labelled} +${r.extra} p${r.parts} k${r.kinds}`;
}

function main(paths: readonly string[]): void {
  const root = join(__dirname, '..', '..');
  const files = foldFiles(loadCorpus(repoSources(root, findSharedCorpus(root))).files);
  const tables = paths.map((p) => foldRows(files, JSON.parse(readFileSync(p, 'utf8')) as FoldReport));
  const folds = [...tables[0].keys()].sort(byFold);
  console.log(`fold        files | ${paths.map((p) => basename(p).padEnd(28)).join(' | ')}`);
  for (const fold of folds) {
    console.log(`${fold.padEnd(12)} ${String(tables[0].get(fold)!.files).padStart(4)} | ${tables.map((t) => foldCell(t.get(fold)!).padEnd(28)).join(' | ')}`);
  }
  console.log('(found/labelled +invented, p = part misses, k = kind misses)');
}

if (basename(process.argv[1] ?? '') === 'folds.ts') {
  const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    process.stderr.write('usage: node --import tsx scripts/eval/folds.ts REPORT.json [OTHER.json]\n');
    process.exitCode = 2;
  } else main(paths);
}
