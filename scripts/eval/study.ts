// What the study scripts (the funnels under scripts/eval/ and scripts/train-flags.ts) share: the files of named folds
// that a study may read, and the line of an offset in a file's text.
import { readFileSync } from 'node:fs';
import { analyzeFile } from '../../server/src/core';
import type { FileAnalysis } from '../../server/src/core/types';
import { findSharedCorpus, loadCorpus, repoSources, type LabelFile } from './harness';
import { foldRound, gateGrouper, roundFold } from '../learn/gate-groups';

/**
 * The last round a study may read, from STUDY_THROUGH=N: a helper's time split (rounds after N are its held-out,
 * read by totals only). Unset, a study reads every round the gate lets it. A value that is no whole number is refused.
 */
export function studyThrough(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.STUDY_THROUGH;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/u.test(raw)) throw new Error(`STUDY_THROUGH must be a round number (such as 43), not "${raw}"`);
  return Number(raw);
}

/** Whether a fold (adv-r44, real-r41, adv-early, real-other) is no later than round `through`; a fold with no round is older. */
export function foldWithin(fold: string, through: number | undefined): boolean {
  return through === undefined || (foldRound(fold) ?? 0) <= through;
}

/**
 * Whether a study may read a labelled file: the gate's studied half and the older adversarial cases
 * (scripts/learn/gate-groups.ts), never its held-back half, its proxy or a `split: test` file; and, under a time split
 * (STUDY_THROUGH), no round after it.
 */
export function studyFilter(root: string, through = studyThrough()): (f: LabelFile) => boolean {
  const group = gateGrouper(root);
  return (f) =>
    f.split !== 'test' &&
    ['studied', 'adv'].includes(group(f.storyPath, f.split)) &&
    foldWithin(roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial'), through);
}

/**
 * The labelled files of the named folds (scripts/learn/gate-groups.ts roundFold: adv-r20, real-r41, ...) that a study
 * may read: never a `split: test` file, never the gate's held-back half or its proxy.
 */
export function studyFiles(root: string, folds: ReadonlySet<string>): LabelFile[] {
  const mayStudy = studyFilter(root);
  return loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter((f) => mayStudy(f) && folds.has(roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial')));
}

/** A real dev file of a study of answer finding: its real round's fold, its text and the checker's analysis of it. */
export interface RealDevFile {
  file: LabelFile;
  fold: string;
  round: number;
  text: string;
  analysis: FileAnalysis;
}

/**
 * The real dev files (never `split: test`) of each real round's fold (roundFold) from round `from` on, or of the folds
 * named, each analysed once: what the totals-only studies of answer finding (answer-funnel, segment-classes,
 * boundary-forms) walk. A fold with no round counts as round 0.
 */
export function* realDevFiles(root: string, from = 0, folds?: ReadonlySet<string>): Generator<RealDevFile> {
  for (const file of loadCorpus(repoSources(root, findSharedCorpus(root))).files) {
    if (file.origin !== 'real' || file.split === 'test') continue;
    const fold = roundFold(file.storyPath, file.labelsPath, false);
    if (folds && !folds.has(fold)) continue;
    const round = foldRound(fold) ?? 0;
    if (round < from) continue;
    const text = readFileSync(file.storyPath, 'utf8');
    yield { file, fold, round, text, analysis: analyzeFile(text, file.storyPath, file.config) };
  }
}

/** The offsets where a text's lines start (a line ends at "\n"). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The 1-based line of an offset, from lineStarts. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
