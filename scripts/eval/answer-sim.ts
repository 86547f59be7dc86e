// The answer readers replayed offline (round 43): the real dev files are parsed once with the learned readers turned
// off, and each answer the hand reader found is cached with its features, what the hand reader knows of it (in doubt,
// parts marked), whether a label names it, its file's round fold and gate group. Replaying the readers' decision
// (answer-reader.ts readersKeep) on the cache gives, per real round's fold, answers found and invented exactly as
// `npm run eval` counts them (the readers are the last step that drops answers), in a second instead of minutes, so a
// reader variant (a new model, another threshold, another veto) can be judged on the unstudied rounds' totals before
// any full eval. Totals only: no file, line or title is printed, so it may run on the time split's held-out rounds and
// the gate's proxy.
//
//   node --import tsx scripts/eval/answer-sim.ts --collect /tmp/answers-cache.json   (parse once: minutes)
//   node --import tsx scripts/eval/answer-sim.ts /tmp/answers-cache.json              (replay today's readers)
//
// A variant is a function (features, what the hand reader knows) -> keep; experiments import replay() and compare it
// with readersKeep's rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeFile } from '../../server/src/core';
import { answerFeatures, inDoubt, MAX_READ_ANSWERS, readerSwitch, readersKeep, type AnswerDoubt } from '../../server/src/core/parse/answer-reader';
import { findSharedCorpus, loadCorpus, matchStories, repoSources } from './harness';
import { byFold, gateGrouper, roundFold, type GateGroup } from '../learn/gate-groups';

/** One answer the hand reader found, as cached. */
export interface CachedAnswer extends AnswerDoubt {
  /** Its features (answerFeatures), empty when the file has too many answers to be judged. */
  f: string[];
  /** A label names it. */
  y: boolean;
}

/** One real dev file, as cached. */
export interface CachedFile {
  fold: string;
  group: GateGroup;
  labelled: number;
  /** Questions named in front matter: the readers never judge the file. */
  declared: boolean;
  answers: CachedAnswer[];
}

export type Keep = (f: readonly string[], d: AnswerDoubt) => boolean;

export interface SimRow {
  files: number;
  labelled: number;
  found: number;
  invented: number;
}

/** Answers found and invented per fold when `keep` judges the answers the readers may judge. */
export function replay(files: readonly CachedFile[], keep: Keep): Map<string, SimRow> {
  const rows = new Map<string, SimRow>();
  for (const file of files) {
    let row = rows.get(file.fold);
    if (!row) rows.set(file.fold, (row = { files: 0, labelled: 0, found: 0, invented: 0 }));
    row.files++;
    row.labelled += file.labelled;
    const judged = !file.declared && file.answers.length <= MAX_READ_ANSWERS;
    for (const a of file.answers) {
      if (judged && !keep(a.f, a)) continue;
      if (a.y) row.found++;
      else row.invented++;
    }
  }
  return rows;
}

/** Parses every real dev file with the learned readers off and caches what the readers would judge. */
export function collect(root: string): CachedFile[] {
  const group = gateGrouper(root);
  const { files } = loadCorpus(repoSources(root, findSharedCorpus(root)));
  const out: CachedFile[] = [];
  readerSwitch.on = false;
  try {
    for (const file of files) {
      if (file.origin !== 'real' || file.split === 'test') continue;
      const text = readFileSync(file.storyPath, 'utf8');
      const a = analyzeFile(text, file.storyPath, file.config);
      const found = a.file.stories;
      const match = matchStories(file.stories, found);
      out.push({
        fold: roundFold(file.storyPath, file.labelsPath, false),
        group: group(file.storyPath, file.split),
        labelled: file.stories.length,
        declared: a.file.frontMatter?.data?.questions !== undefined,
        answers: found.map((s, k) => ({
          f: found.length <= MAX_READ_ANSWERS ? answerFeatures(s, found, text) : [],
          y: match.includes(k),
          doubted: inDoubt(s, text),
          doubtedWithParts: inDoubt(s, text, true),
          parts: s.parts.length,
        })),
      });
    }
  } finally {
    readerSwitch.on = true;
  }
  return out;
}

/** The rows as a table, folds in round order. */
export function table(rows: ReadonlyMap<string, SimRow>): string {
  const folds = [...rows.keys()].sort(byFold);
  return ['fold | files | found/labelled | invented', ...folds.map((k) => {
    const r = rows.get(k)!;
    return `${k} | ${r.files} | ${r.found}/${r.labelled} | ${r.invented}`;
  })].join('\n');
}

if (basename(process.argv[1] ?? '') === 'answer-sim.ts') {
  const args = process.argv.slice(2);
  const root = join(__dirname, '..', '..');
  if (args[0] === '--collect' && args[1]) {
    const files = collect(root);
    writeFileSync(args[1], JSON.stringify(files));
    console.log(`cached ${files.length} files, ${files.reduce((n, f) => n + f.answers.length, 0)} answers found`);
  } else if (args[0]) {
    const files = JSON.parse(readFileSync(args[0], 'utf8')) as CachedFile[];
    console.log(table(replay(files, (f, d) => readersKeep(f, d))));
  } else {
    console.error('usage: answer-sim.ts --collect CACHE.json | answer-sim.ts CACHE.json');
    process.exitCode = 2;
  }
}
