// The story-level blame reader's study (blame.ts accountOf): for each labelled story of the files a study may read
// (STUDY_THROUGH; never a test file, the held-back half or the proxy), its blame label, whether the rule fired, and the
// account's parts (loss in the outcome, another party holding a late or failed act, a share or a remedy of the
// speaker's own). Cached to JSON once; then each candidate decision is scored offline on the cache in a second.
//
// Round 55 (flags55, STUDY_THROUGH=52): blame.ts accountBlames chosen on the studied rounds adds 4 found, 0 false on the
// studied hard cases and 0/0 on the studied real files (looser shapes: any party act 7/54 and 0/7 real; no judged-bad
// word 6/18; +no gain in the outcome 5/12). Judged once on adv-r53, adv-r54, real-r53, real-r54: blame 1/10/46 before
// and after (+0 found, +0 false), so it was not shipped. The funnel on those folds (totals only): of 44 missed blame
// stories, 20 tell a loss in the outcome, 13 with no gain beside it, 10 with no share, and 1 with no remedy read; on the
// studied hard cases 31 -> 25 -> 23 -> 15 of 180. The remedy gate (a present-tense clause of the speaker's own in the
// outcome or learning) is where the blind stories drop out: read it before any new party feature.
//
// Round 56 (flags56, STUDY_THROUGH=53): the remedy narrowed to a changed habit of the speaker's own (blame.ts
// remedyIn: a promise, a habit taken up, or a first-person act after a marker of change; not a verb of standing). On
// the studied hard cases the missed stories with no share go 23 -> 17 with no remedy (round-55 test: 11) -> 6 with a
// party's act held -> 0 more decided; held-out totals (adv and real r54, r55): 10 -> 5 (was 1) -> 2. rule-folds on
// those folds: blame 3/13/47 -> 4/13/46 (tp/fp/fn).
//
//   STUDY_THROUGH=52 node --import tsx scripts/eval/account-study.ts --collect /tmp/account.json
//   node --import tsx scripts/eval/account-study.ts /tmp/account.json [--list]
//   node --import tsx scripts/eval/account-study.ts --funnel adv-r53,adv-r54    (totals only: any folds)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, knownRuleIds } from '../../server/src/core';
import { accountBlames, accountOf, type Account } from '../../server/src/core/rules/blame';
import { ruleSkipsKind } from '../../server/src/core/knowledge/kinds';
import { answerOf } from '../../server/src/core/rules/kind';
import { findSharedCorpus, loadCorpus, matchStories, repoSources, type LabelFile } from './harness';
import { roundFold } from '../learn/gate-groups';
import { studyFilter } from './study';

interface Row extends Omit<Account, 'at'> {
  file: string;
  fold: string;
  adv: boolean;
  expect: boolean;
  fired: boolean;
  skipped: boolean;
  at?: string;
}

function rowsOf(files: readonly LabelFile[]): Row[] {
  const rows: Row[] = [];
  for (const f of files) {
    const text = readFileSync(f.storyPath, 'utf8');
    const rules = Object.fromEntries([...knownRuleIds()].filter((id) => id !== 'blame').map((id) => [id, 'off' as const]));
    const analysis = analyzeFile(text, f.storyPath, { ...f.config, rules: { ...f.config.rules, ...rules } });
    const detected = analysis.file.stories;
    const match = matchStories(f.stories, detected);
    f.stories.forEach((label, i) => {
      const e = label.expect.blame;
      if (e === undefined || match[i] < 0) return;
      const story = detected[match[i]];
      const fired = analysis.findings.some((x) => x.ruleId === 'blame' && (x.storyIndex === match[i] || (x.storyIndex === undefined && story.range.start.line <= x.range.start.line && x.range.start.line <= story.range.end.line)));
      const ctx = { file: analysis.file, story, config: f.config } as unknown as Parameters<typeof accountOf>[0];
      const skipped = ruleSkipsKind('blame', answerOf(story, analysis.file).kind);
      const a = accountOf(ctx);
      rows.push({ ...a, at: a.at ? text.slice(a.at.start, a.at.end).slice(0, 140) : undefined, file: f.display, fold: roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial'), adv: f.origin === 'adversarial', expect: e !== false, fired, skipped });
    });
  }
  return rows;
}

function collect(out: string): void {
  const root = join(__dirname, '..', '..');
  const files = loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter(studyFilter(root));
  const rows = rowsOf(files);
  writeFileSync(out, JSON.stringify(rows));
  console.log(`${rows.length} stories from ${files.length} files`);
}

/** The gates in order, for the funnel: how far each missed blame story's account gets. */
const GATES: [string, (r: Omit<Account, 'at'>) => boolean][] = [
  ['a loss in the outcome', (r) => r.loss >= 1],
  ['no gain beside it', (r) => r.gain === 0],
  ['no share taken', (r) => !r.share],
  ['no remedy told (a changed habit)', (r) => !r.remedy],
  ['another party holds a late or failed act', (r) => Object.values(r.held).some((n) => (n ?? 0) > 0)],
  ['held by time, "without a word" or two acts not done', accountBlames],
];

/**
 * Totals only, for any folds (held-out ones too: no file, line or text is printed and nothing is written): of the
 * blame stories the rule misses and of the stories that must stay clean, how many pass each gate in turn.
 */
function funnel(folds: ReadonlySet<string>): void {
  const root = join(__dirname, '..', '..');
  const files = loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter((f) => f.split !== 'test' && folds.has(roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial')));
  const rows = rowsOf(files).filter((r) => !r.skipped && !r.fired);
  for (const [name, keep] of [['blame stories missed', (r: Row) => r.expect], ['clean stories not flagged', (r: Row) => !r.expect]] as const) {
    let left = rows.filter(keep);
    const line = [`${name} ${left.length}`];
    for (const [gate, pass] of GATES) {
      left = left.filter(pass);
      line.push(`${gate} ${left.length}`);
    }
    console.log(line.join(' -> '));
  }
}


function score(cache: string): void {
  const rows = (JSON.parse(readFileSync(cache, 'utf8')) as Row[]).filter((r) => !r.skipped);
  for (const adv of [true, false]) {
    const g = rows.filter((r) => r.adv === adv);
    const newTp = g.filter((r) => r.expect && !r.fired && accountBlames(r));
    const newFp = g.filter((r) => !r.expect && !r.fired && accountBlames(r));
    const base = { tp: g.filter((r) => r.expect && r.fired).length, fp: g.filter((r) => !r.expect && r.fired).length, fn: g.filter((r) => r.expect && !r.fired).length };
    console.log(`${adv ? 'adv ' : 'real'} stories ${g.length}: base ${base.tp}/${base.fp}/${base.fn}; the account adds ${newTp.length} found, ${newFp.length} false`);
    if (process.argv.includes('--list')) for (const r of [...newTp.map((x) => ['TP', x] as const), ...newFp.map((x) => ['FP', x] as const)]) console.log(`  ${r[0]} ${r[1].file} loss=${r[1].loss} held=${JSON.stringify(r[1].held)} own=${r[1].ownOnTime}/${r[1].ownHeld} tone=${r[1].outcomeTone.toFixed(2)} selfLesson=${r[1].lessonSelf} | ${r[1].at}`);
  }
}

if (process.argv[2] === '--collect') collect(process.argv[3]);
else if (process.argv[2] === '--funnel') funnel(new Set(process.argv[3].split(',')));
else score(process.argv[2]);
