// Where the answers the checker invents in real files come from, sorted by the place the segmenter gave them (round
// 44): per real round's fold (scripts/learn/gate-groups.ts roundFold), the answers found that no label names, by
// where they sit against the file's labelled answers, and the labelled answers not found. Totals only: no file, line
// or title is printed, so the time split's held-out rounds and the gate's proxy can be read too.
//
// Invented, in a file that labels no answer:
//   none-lone     the file read as one answer (a README, a list of questions, notes)
//   none-multi    the file cut into several answers (a guide's sections, a list's items)
// Invented, in a file that labels answers (against the answers found that a label names):
//   coarse        no answer found is one a label names, and this one holds a labelled answer's line below its title
//                 (the file read as one answer, or cut at a shallower level than its answers)
//   fine          no answer found is one a label names, and this one holds none (cut at a deeper level, or beside)
//   title-block   before the first answer matched (a title block, an introduction, a table of contents)
//   trailer       after the last answer matched (notes, tips, follow-ups, a closing section)
//   inner         between answers matched, at a deeper heading than they are (a part or a point of the answer above)
//   sibling       between answers matched, at their level or above
// Each class is split by whether the invented answer has a part marked (+parts) or not.
//
//   node --import tsx scripts/eval/segment-classes.ts [--folds real-r41,real-r42] [--from N]
import { basename, join } from 'node:path';
import type { Story } from '../../server/src/core/types';
import { matchStories, type LabelledStory } from './harness';
import { byFold, foldRound } from '../learn/gate-groups';
import { realDevFiles } from './study';

export const INVENTED_PLACES = ['none-lone', 'none-multi', 'coarse', 'fine', 'title-block', 'trailer', 'inner', 'sibling'] as const;
export type InventedPlace = (typeof INVENTED_PLACES)[number];

export interface PlaceRow {
  files: number;
  labelled: number;
  found: number;
  invented: Record<string, number>;
}

/** The heading depth of a found answer's title line (0 when the title is not an ATX heading). */
export function titleDepth(line: string): number {
  return /^ {0,3}(#{1,6})(?:[ \t]|$)/u.exec(line)?.[1].length ?? 0;
}

/** The place of each invented answer of one file (indices of `found` no label names), in found order. */
export function inventedPlaces(labels: readonly LabelledStory[], found: readonly Pick<Story, 'title' | 'titleRange' | 'range'>[], lines: readonly string[]): { k: number; place: InventedPlace }[] {
  const match = matchStories(labels, found as Story[]);
  const matched = new Set(match.filter((k) => k >= 0));
  const inv = found.map((_, k) => k).filter((k) => !matched.has(k));
  if (labels.length === 0) return inv.map((k) => ({ k, place: found.length === 1 ? 'none-lone' : 'none-multi' }));
  if (matched.size === 0) {
    const holds = (k: number): boolean => labels.some((l) => l.line !== undefined && l.line > found[k].titleRange.start.line + 1 && l.line <= found[k].range.end.line);
    return inv.map((k) => ({ k, place: holds(k) ? 'coarse' : 'fine' }));
  }
  const at = (k: number): number => found[k].titleRange.start.line;
  const depth = (k: number): number => titleDepth(lines[at(k) - 1] ?? '') || 7;
  const ms = [...matched];
  const first = Math.min(...ms.map(at));
  const last = Math.max(...ms.map(at));
  const level = Math.min(...ms.map(depth));
  return inv.map((k) => ({ k, place: at(k) < first ? 'title-block' : at(k) > last ? 'trailer' : depth(k) > level ? 'inner' : 'sibling' }));
}

function main(folds: Set<string> | undefined, from: number): void {
  const rows = new Map<string, PlaceRow>();
  for (const { file: f, fold, text, analysis } of realDevFiles(join(__dirname, '..', '..'), from, folds)) {
    const found = analysis.file.stories;
    let row = rows.get(fold);
    if (!row) rows.set(fold, (row = { files: 0, labelled: 0, found: 0, invented: {} }));
    row.files++;
    row.labelled += f.stories.length;
    row.found += matchStories(f.stories, found).filter((k) => k >= 0).length;
    for (const { k, place } of inventedPlaces(f.stories, found, text.split(/\r?\n/u))) {
      const key = found[k].parts.length > 0 ? `${place}+parts` : place;
      row.invented[key] = (row.invented[key] ?? 0) + 1;
    }
  }
  const keys = INVENTED_PLACES.flatMap((p) => [p, `${p}+parts`]);
  const sum = (name: string, which: string[]): void => {
    const t: PlaceRow = { files: 0, labelled: 0, found: 0, invented: {} };
    for (const w of which) {
      const r = rows.get(w)!;
      t.files += r.files;
      t.labelled += r.labelled;
      t.found += r.found;
      for (const [k, v] of Object.entries(r.invented)) t.invented[k] = (t.invented[k] ?? 0) + v;
    }
    const inv = Object.values(t.invented).reduce((a, b) => a + b, 0);
    console.log([name, t.files, `${t.found}/${t.labelled}`, `+${inv}`, ...keys.map((k) => t.invented[k] ?? 0)].join(' | '));
  };
  console.log(['fold', 'files', 'found', 'invented', ...keys].join(' | '));
  const names = [...rows.keys()].sort(byFold);
  for (const n of names) sum(n, [n]);
  const studied = names.filter((n) => n === 'real-other' || (foldRound(n) ?? 0) <= 40);
  if (studied.length > 1) sum('studied (<= r40, untagged)', studied);
}

if (basename(process.argv[1] ?? '') === 'segment-classes.ts') {
  const args = process.argv.slice(2);
  const i = args.indexOf('--folds');
  const j = args.indexOf('--from');
  main(i >= 0 ? new Set(args[i + 1].split(',')) : undefined, j >= 0 ? Number(args[j + 1]) : 0);
}
