// The figures block of docs/accuracy.md (between `<!-- figures:start -->` and `<!-- figures:end -->`), written from
// `npm run eval -- --json` reports, so the published figures come from a command anyone can rerun. Besides the
// harness's groups it shows `blind`: the held-out hard cases alone (held-out minus test, the real held-out files).
//
//   node --import tsx scripts/eval/figures.ts END.json [START.json]
//       prints each group's line (and the start's, for comparison) and the held-out rule tables; writes nothing
//   node --import tsx scripts/eval/figures.ts END.json START.json --write --end-sha SHA --start-sha SHA \
//       --when "2026-12-06, end of round 43" --prose PROSE.md [--doc docs/accuracy.md]
//       rewrites the block: the measurement line, the prose (what the round changed, in words), the group table,
//       the start's group lines, and the per-rule tables
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GROUPS, JUDGED_RULES, ruleTable, summaryLine, type Counts, type GroupScore } from './harness';

/** The groups the block shows: the harness's, and the blind hard cases derived from two of them. */
export type FigureGroup = (typeof GROUPS)[number] | 'blind';

/** The `groups` of an eval --json report (the extra ratio fields it carries are not read). */
export type GroupReport = Record<(typeof GROUPS)[number], GroupScore>;

const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

function minusCounts(a: Counts | undefined, b: Counts | undefined): Counts {
  const z = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const x = a ?? z;
  const y = b ?? z;
  return { tp: x.tp - y.tp, fp: x.fp - y.fp, fn: x.fn - y.fn, tn: x.tn - y.tn };
}

/** The held-out hard cases alone: every count of `held-out` less the same count of `test` (the real held-out files). */
export function blindGroup(heldOut: GroupScore, test: GroupScore): GroupScore {
  const rules = Object.fromEntries(Object.keys(heldOut.rules).map((r) => [r, minusCounts(heldOut.rules[r], test.rules[r])]));
  return {
    files: heldOut.files - test.files,
    storiesLabelled: heldOut.storiesLabelled - test.storiesLabelled,
    storiesFound: heldOut.storiesFound - test.storiesFound,
    extraStories: heldOut.extraStories - test.extraStories,
    partsCorrect: heldOut.partsCorrect - test.partsCorrect,
    partsTotal: heldOut.partsTotal - test.partsTotal,
    kindsCorrect: heldOut.kindsCorrect - test.kindsCorrect,
    kindsTotal: heldOut.kindsTotal - test.kindsTotal,
    rules,
  };
}

/** A group by name, `blind` derived. */
export function groupOf(groups: GroupReport, name: FigureGroup): GroupScore {
  return name === 'blind' ? blindGroup(groups['held-out'], groups.test) : groups[name];
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** One row of the group table. */
export function groupRow(name: string, g: GroupScore): string {
  return `| ${name} | ${g.files} | ${g.storiesFound}/${g.storiesLabelled} | ${g.extraStories} | ${pct(g.partsCorrect, g.partsTotal)} (${g.partsCorrect}/${g.partsTotal}) | ${pct(g.kindsCorrect, g.kindsTotal)} (${g.kindsCorrect}/${g.kindsTotal}) |`;
}

const TABLE_GROUPS: readonly FigureGroup[] = ['dev', 'test', 'adversarial', 'held-out', 'blind', 'all'];
const RULE_GROUPS: readonly FigureGroup[] = ['held-out', 'test', 'blind', 'all', 'dev', 'adversarial'];

export interface BlockOptions {
  end: GroupReport;
  start: GroupReport;
  endSha: string;
  startSha: string;
  when: string;
  prose: string;
}

/** The whole block, markers included. */
export function figuresBlock(o: BlockOptions): string {
  const out = [START, `Measured on \`${o.endSha}\` (${o.when}) with \`npm run eval\` (the shared corpus read in place from \`../shared\`).`, ''];
  out.push(o.prose.trim(), '');
  out.push('| group | files | stories found | extra stories | parts recognised | answer kinds |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const n of TABLE_GROUPS) out.push(groupRow(n, groupOf(o.end, n)));
  out.push('', `The same corpus checked by the checker as it was at the start of the round (\`${o.startSha}\`), for comparison (the corpus copied into a worktree of that commit):`, '', '```');
  for (const n of TABLE_GROUPS) out.push(`${n}: ${summaryLine(groupOf(o.start, n), true)}`);
  out.push('```');
  for (const n of RULE_GROUPS) out.push('', `### ${n}`, '', ruleTable(groupOf(o.end, n), JUDGED_RULES));
  out.push(END);
  return out.join('\n');
}

/** The document with its figures block replaced; an error when the markers are missing or out of order. */
export function replaceFigures(doc: string, block: string): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`the document has no figures block: add a line "${START}" and, after it, a line "${END}"`);
  return doc.slice(0, a) + block + doc.slice(b + END.length);
}

function groupsIn(path: string): GroupReport {
  const report = JSON.parse(readFileSync(path, 'utf8')) as { groups?: GroupReport };
  if (!report.groups) throw new Error(`${path} is not an eval report: make one with \`npm run -s eval -- --json > ${path}\``);
  return report.groups;
}

function main(argv: readonly string[]): void {
  const flags = new Map<string, string>();
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--write') flags.set('write', 'yes');
    else if (a.startsWith('--')) flags.set(a.slice(2), argv[++i] ?? '');
    else paths.push(a);
  }
  if (paths.length === 0) throw new Error('usage: figures.ts END.json [START.json] [--write --end-sha SHA --start-sha SHA --when TEXT --prose FILE [--doc FILE]]');
  const end = groupsIn(paths[0]);
  const start = paths[1] ? groupsIn(paths[1]) : undefined;
  if (!flags.has('write')) {
    for (const n of TABLE_GROUPS) {
      console.log(`${n}: ${summaryLine(groupOf(end, n), true)}`);
      if (start) console.log(`${' '.repeat(n.length)}  start: ${summaryLine(groupOf(start, n), true)}`);
    }
    for (const n of ['test', 'blind'] as const) console.log(`\n### ${n}\n\n${ruleTable(groupOf(end, n), JUDGED_RULES)}`);
    return;
  }
  const need = ['end-sha', 'start-sha', 'when', 'prose'].filter((k) => !flags.get(k));
  if (!start || need.length > 0) throw new Error(`--write needs START.json and ${need.map((k) => `--${k}`).join(', ') || 'nothing else'}`);
  const docPath = flags.get('doc') ?? join(__dirname, '..', '..', 'docs', 'accuracy.md');
  const block = figuresBlock({ end, start, endSha: flags.get('end-sha')!, startSha: flags.get('start-sha')!, when: flags.get('when')!, prose: readFileSync(flags.get('prose')!, 'utf8') });
  writeFileSync(docPath, replaceFigures(readFileSync(docPath, 'utf8'), block));
  console.log(`rewrote the figures block of ${docPath}`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
