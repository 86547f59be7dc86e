// Why missing-section reports a part the labels say is there (round 46): for each false report, the class of the
// first part reported missing, by what the labels give that part and what the parser made of the answer:
//   invented      the answer found is one no label names (the segmenter cut it)
//   not-a-story   the labels call the answer a pitch, a plan or a list of questions; the checker read a story
//   kind-misread  the labels call it a story; the checker read another kind and asked for that kind's parts
//   shape-part    both read the same kind of answer other than a story; a part of its shape was not found
//   outside       the labelled line of the part lies outside the answer found (the answer was cut short or long)
//   wrong-part    the labelled line is a marker the parser read as another part
//   dress:<form>  the labelled line carries a marker dress the reader did not take (heading, bold, label, list,
//                 quote, table, emoji)
//   prose         the labelled line has no marker: the part is told in prose (a paragraph that is the part)
//   label-absent  the labels give the part no line (null or unlisted) yet expect no report (a shorter structure)
//   unmarked      no part found at all (one undivided answer) while the labels give the parts lines: split by the
//                 first labelled line's form as above, prefixed "unmarked/"
// Totals per class and fold only (so held-out folds can be read); with --list, the studied files' reports one a line
// (the gate's studied half and the adversarial cases only; name no held-out round).
//
//   node --import tsx scripts/eval/section-funnel.ts --folds adv-r38,real-r41 [--list]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../../server/src/core/analyze';
import { answerOf } from '../../server/src/core/rules/kind';
import { PART_ORDER, type PartName, type Story } from '../../server/src/core/types';
import { findSharedCorpus, loadCorpus, matchStories, repoSources, type LabelFile, type LabelledStory } from './harness';
import { roundFold } from '../learn/gate-groups';
import { studyFilter } from './study';

/** The marker dress of a line, or undefined when it is plain prose. */
export function dressOf(line: string): string | undefined {
  const t = line.replace(/^\uFEFF/u, '');
  if (/^ {0,3}#{1,6}(?:[ \t]|$)/u.test(t)) return 'heading';
  if (/^[ \t]*\|/u.test(t)) return 'table';
  const body = t.replace(/^[ \t]*(?:>[ \t]*)+/u, '');
  const quoted = body !== t;
  const item = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+/u.exec(body);
  const rest = item ? body.slice(item[0].length) : body;
  if (/^(?:\*\*|__)[^\n]{1,80}?(?:\*\*|__)/u.test(rest) || /^(?:\*|_)[^*_\n]{1,60}(?:\*|_)[ \t]*[:：—–-]/u.test(rest)) return item ? 'list-bold' : quoted ? 'quote-bold' : 'bold';
  if (/^[\p{Extended_Pictographic}\u2600-\u27BF]/u.test(rest)) return 'emoji';
  if (/^[\p{L}][\p{L}\p{M}'’ /&-]{0,40}?[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*[:：—–][ \t]*/u.test(rest) && rest.split(/[:：—–]/u)[0].trim().split(/\s+/u).length <= 5) return item ? 'list-label' : quoted ? 'quote-label' : 'label';
  return undefined;
}

export type Klass = string;

/** The class of one false report of a part missing (see the header). */
export function classOf(label: LabelledStory, story: Story | undefined, missing: PartName | undefined, lines: readonly string[], coreKind: string): Klass {
  if (!story) return 'invented';
  if (label.kind !== 'story') return coreKind === 'story' ? 'not-a-story' : coreKind === label.kind ? 'shape-part' : 'not-a-story';
  if (coreKind !== 'story') return 'kind-misread';
  const lineClass = (want: number): Klass => {
    if (want < story.range.start.line || want > story.range.end.line) return 'outside';
    if (story.parts.some((p) => p.marker.start.line === want)) return 'wrong-part';
    const d = dressOf(lines[want - 1] ?? '');
    return d ? `dress:${d}` : 'prose';
  };
  if (story.parts.length === 0) {
    const wants = Object.values(label.parts).filter((v): v is number => typeof v === 'number');
    return wants.length === 0 ? 'unmarked/label-absent' : `unmarked/${lineClass(Math.min(...wants))}`;
  }
  const want = missing ? label.parts[missing] : undefined;
  return typeof want === 'number' ? lineClass(want) : 'label-absent';
}

interface Report {
  fold: string;
  file: string;
  line: number;
  part: string;
  cls: Klass;
  text: string;
}

/** The false reports of missing-section in some files, one per answer, classed. */
export function falseReports(files: readonly LabelFile[]): Report[] {
  const out: Report[] = [];
  for (const file of files) {
    const text = readFileSync(file.storyPath, 'utf8');
    const lines = text.split(/\r?\n/u);
    const analysis = analyzeFile(text, file.storyPath, file.config);
    const detected = analysis.file.stories;
    const match = matchStories(file.stories, detected);
    const fold = roundFold(file.storyPath, file.labelsPath, file.origin === 'adversarial');
    const fired = new Set(analysis.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.range.start.line));
    const firedOn = (s: Story): boolean => fired.has(s.titleRange.start.line);
    const missingOf = (s: Story): PartName | undefined => {
      const present = new Set(s.parts.map((p) => p.name));
      return PART_ORDER.find((n) => file.config.structure.includes(n) && !present.has(n));
    };
    file.stories.forEach((label, i) => {
      if (label.expect['missing-section'] !== false) return;
      const story = match[i] >= 0 ? detected[match[i]] : undefined;
      if (!story || !firedOn(story)) return;
      const kind = answerOf(story).kind;
      const part = kind === 'story' ? missingOf(story) : undefined;
      const cls = classOf(label, story, part, lines, kind);
      const want = part ? label.parts[part] : undefined;
      out.push({ fold, file: file.display, line: typeof want === 'number' ? want : story.titleRange.start.line, part: part ?? kind, cls, text: typeof want === 'number' ? (lines[want - 1] ?? '') : '' });
    });
    if (file.stories.some((l) => 'missing-section' in l.expect) || file.stories.length === 0) {
      detected.forEach((d, k) => {
        if (match.includes(k) || !firedOn(d)) return;
        out.push({ fold, file: file.display, line: d.titleRange.start.line, part: '-', cls: 'invented', text: lines[d.titleRange.start.line - 1] ?? '' });
      });
    }
  }
  return out;
}

function main(argv: string[]): void {
  const foldsAt = argv.indexOf('--folds');
  if (foldsAt < 0) throw new Error('name the folds: --folds adv-r38,real-r41');
  const folds = new Set(argv[foldsAt + 1].split(','));
  const list = argv.includes('--list');
  const root = join(__dirname, '..', '..');
  const files = loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter(
    (f) => f.split !== 'test' && folds.has(roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial')),
  );
  const reports = falseReports(files);
  const classes = [...new Set(reports.map((r) => r.cls))].sort();
  console.log(`fold         FP | ${classes.join(' | ')}`);
  for (const fold of [...folds]) {
    const rs = reports.filter((r) => r.fold === fold);
    console.log(`${fold.padEnd(12)} ${String(rs.length).padStart(3)} | ${classes.map((c) => `${c} ${rs.filter((r) => r.cls === c).length}`).join(' | ')}`);
  }
  console.log(`all          ${String(reports.length).padStart(3)} | ${classes.map((c) => `${c} ${reports.filter((r) => r.cls === c).length}`).join(' | ')}`);
  const parts = new Map<string, number>();
  for (const r of reports) parts.set(r.part, (parts.get(r.part) ?? 0) + 1);
  console.log(`by part reported missing: ${[...parts].map(([p, n]) => `${p} ${n}`).join(', ')}`);
  if (list) {
    const mayStudy = studyFilter(root);
    const studied = new Set(files.filter(mayStudy).map((f) => f.display));
    for (const r of reports.filter((x) => studied.has(x.file))) console.log(`  ${r.cls} ${r.part} ${r.file}:${r.line} | ${r.text.slice(0, 110)}`);
  }
}

if (require.main === module) main(process.argv.slice(2));
