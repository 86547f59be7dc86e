// Why missing-metric, too-short and resume-recital report where the labels say no: each false report on the named
// folds put in one class (the first that applies), counted per class, so the largest classes are worked on first and a
// held-out fold can be read by its totals alone.
//
// missing-metric
//   extra story          the report is on a story the parser found that the labels do not have (a heading taken for one)
//   kind misread         the labels give the answer another kind than the checker (a pitch read as a story, a plan …)
//   not a story          the labels' kind is not a story (a pitch, a plan, questions to ask) and the answer is read so
//   outcome not found    the answer has parts, the labels mark an outcome, the checker finds none (or another line)
//   size in unread form  the outcome holds a number the quantity reader does not take: digits, a number word, a
//                        numeral of another script (sub-counted by which)
//   size elsewhere       the outcome has no number, another part has a quantity the reader takes
//   qualitative          no number anywhere near the result: the labels judge the result rightly told without one
// too-short
//   extra story          as above
//   not a story          the labels' kind is not a story (a pitch, a plan, questions to ask)
//   lists and tables     the answer's lines hold list items, table rows or block quotes
//   other script         most of the answer is in a script whose words are not split by spaces (Han, kana, Thai)
//   near the limit       within 10 s of the limit
//   cut short            the answer's text holds far more words than the checker counted (the parts not all read)
//   other                none of these
// resume-recital
//   extra story          as above
//   sized impact         the answer also tells an impact with its size
//   why here             the answer also says why this role or company (a pitch's close)
//   other language       not English
//   other                none of these
// Only studied files are read (the gate's studied half and the older adversarial cases), and only the folds named:
// name no held-out round. --list prints each report's class and place.
//
//   node --import tsx scripts/eval/precision-funnel.ts --folds adv-r20,adv-r21 [--rule missing-metric] [--list]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeFile } from '../../server/src/core/analyze';
import { answerOf, resultProse } from '../../server/src/core/rules/kind';
import { findQuantities } from '../../server/src/core/rules/quantity';
import { partsNamed, spokenWordCount } from '../../server/src/core/rules/util';
import { ENGLISH_NUMBERS, NUMBER_WORDS } from '../../server/src/core/knowledge/number-words';
import { escape } from '../../server/src/core/nlp/other-language';
import type { ParsedFile, Story } from '../../server/src/core/types';
import { evaluate, matchStories, type LabelFile, type LabelledStory } from './harness';
import { lineOf, lineStarts, studyFiles } from './study';

export const RULES = ['missing-metric', 'too-short', 'resume-recital'] as const;
export type FunnelRule = (typeof RULES)[number];

export const CLASSES: Readonly<Record<FunnelRule, readonly string[]>> = {
  'missing-metric': ['extra story', 'kind misread', 'not a story', 'outcome not found', 'size in unread form', 'size elsewhere', 'qualitative'],
  'too-short': ['extra story', 'not a story', 'lists and tables', 'other script', 'near the limit', 'cut short', 'other'],
  'resume-recital': ['extra story', 'sized impact', 'why here', 'other language', 'other'],
};

const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set([...ENGLISH_NUMBERS, ...Object.values(NUMBER_WORDS).flatMap((w) => w.numbers)])].map(escape).join('|')})(?![\\p{L}])`,
  'iu',
);
const OTHER_NUMERAL = /[一二三四五六七八九十百千万億亿两]|[\p{Nd}](?<![0-9])/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/** The form of a number in a text that the quantity reader left unread, or undefined when there is none. */
export function unreadForm(text: string): string | undefined {
  if (findQuantities(text).length > 0) return undefined;
  if (/[0-9]/.test(text.replace(/\b(?:19|20)\d\d\b/g, ''))) return 'digits';
  if (OTHER_NUMERAL.test(text)) return 'other numerals';
  if (NUMBER_WORD.test(text)) return 'number word';
  if (/\b(?:doubl|tripl|halv|half|twice)/iu.test(text)) return 'change word';
  return undefined;
}

export interface FunnelClass {
  cls: string;
  sub?: string;
}

/** The class of one false missing-metric report on a story (undefined: a story the labels do not have). */
export function metricClass(text: string, story: Story | undefined, label: LabelledStory | undefined): FunnelClass {
  if (!story || !label) return { cls: 'extra story' };
  const { kind } = answerOf(story);
  if (label.kind !== kind) return { cls: 'kind misread', sub: `${label.kind} read as ${kind}` };
  if (kind !== 'story') return { cls: 'not a story', sub: kind };
  const starts = lineStarts(text);
  const outcomes = partsNamed(story, 'outcome');
  const want = label.parts.outcome;
  if (story.parts.length > 0 && typeof want === 'number' && !outcomes.some((p) => Math.abs(lineOf(starts, p.marker.start.offset) - want) <= 1)) return { cls: 'outcome not found' };
  const result = resultProse(story, text)
    .map((s) => s.text)
    .join('\n');
  const form = unreadForm(result);
  if (form) return { cls: 'size in unread form', sub: form };
  if (story.prose.some((s) => findQuantities(s.text).length > 0)) return { cls: 'size elsewhere' };
  return { cls: 'qualitative' };
}

/** The class of one false too-short report. */
export function shortClass(text: string, story: Story | undefined, label: LabelledStory | undefined, wordsPerMinute = 150, minSeconds = 45): FunnelClass {
  if (!story || !label) return { cls: 'extra story' };
  if (label.kind !== 'story') return { cls: 'not a story', sub: label.kind };
  const body = text.slice(story.range.start.offset, story.range.end.offset);
  if (/^\s*(?:[-*+]\s|\d+[.)]\s|\||>)/mu.test(body)) return { cls: 'lists and tables' };
  const letters = body.match(/\p{L}/gu)?.length ?? 0;
  if ((body.match(UNSPACED)?.length ?? 0) > letters / 3) return { cls: 'other script' };
  const words = spokenWordCount(story);
  if ((words / wordsPerMinute) * 60 >= minSeconds - 10) return { cls: 'near the limit' };
  const written = body.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (written > words * 1.5 + 10) return { cls: 'cut short' };
  return { cls: 'other' };
}

const WHY_HERE = /\b(?:why (?:this|your|here)|this role|this position|your (?:team|company|mission)|that(?:'s| is) why|which is why|excit(?:es|ed) me|i(?:'m| am) (?:applying|looking))\b/iu;

/** The class of one false resume-recital report. */
export function recitalClass(text: string, story: Story | undefined, label: LabelledStory | undefined): FunnelClass {
  if (!story || !label) return { cls: 'extra story' };
  const prose = story.prose.map((s) => s.text).join('\n');
  if (!/\b(?:the|and|i|my|was|to)\b/iu.test(prose)) return { cls: 'other language' };
  if (findQuantities(prose).some((q) => /%|[$€£]|\b(?:x|times|users|customers|million|thousand)\b/iu.test(q.text + prose.slice(q.end, q.end + 12)))) return { cls: 'sized impact' };
  if (WHY_HERE.test(prose)) return { cls: 'why here' };
  return { cls: 'other' };
}

function main(argv: string[]): void {
  const foldsAt = argv.indexOf('--folds');
  if (foldsAt < 0) throw new Error('name the folds to read (--folds adv-r20,...): never a held-out round');
  const ruleAt = argv.indexOf('--rule');
  const rules: readonly FunnelRule[] = ruleAt >= 0 ? [argv[ruleAt + 1] as FunnelRule] : RULES;
  const list = argv.includes('--list');
  const root = join(__dirname, '..', '..');
  const files = studyFiles(root, new Set(argv[foldsAt + 1].split(',')));
  const byDisplay = new Map<string, LabelFile>(files.map((f) => [f.display, f]));
  const { misses } = evaluate(files);
  // (a file with several false reports is read and analysed once)
  const analysed = new Map<string, { text: string; parsed: ParsedFile }>();
  for (const rule of rules) {
    const counts = new Map<string, number>(CLASSES[rule].map((c) => [c, 0]));
    const subs = new Map<string, number>();
    for (const m of misses) {
      if (m.rule !== rule || m.kind !== 'FP') continue;
      const file = byDisplay.get(m.file);
      if (!file) continue;
      let read = analysed.get(file.storyPath);
      if (!read) {
        const text = readFileSync(file.storyPath, 'utf8');
        analysed.set(file.storyPath, (read = { text, parsed: analyzeFile(text, file.storyPath, file.config).file }));
      }
      const { text, parsed } = read;
      const match = matchStories(file.stories, parsed.stories);
      const extra = m.detail.startsWith('fired on a story the parser found');
      const at = extra ? -1 : match.findIndex((d, i) => d >= 0 && (file.stories[i].title === m.story || parsed.stories[d].title === m.story));
      const story = at >= 0 ? parsed.stories[match[at]] : undefined;
      const label = at >= 0 ? file.stories[at] : undefined;
      const r =
        rule === 'missing-metric'
          ? metricClass(text, story, label)
          : rule === 'too-short'
            ? shortClass(text, story, label, file.config.wordsPerMinute, file.config.minSeconds)
            : recitalClass(text, story, label);
      counts.set(r.cls, (counts.get(r.cls) ?? 0) + 1);
      if (r.sub) subs.set(`${r.cls}: ${r.sub}`, (subs.get(`${r.cls}: ${r.sub}`) ?? 0) + 1);
      if (list) console.log(`  ${rule.padEnd(15)} ${r.cls.padEnd(20)} ${(r.sub ?? '').padEnd(22)} ${m.file}:${m.line}`);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(`${rule}: ${total} false reports | ${[...counts].map(([c, n]) => `${c} ${n}`).join(' | ')}`);
    if (subs.size > 0) console.log(`  by form or kind: ${[...subs].map(([c, n]) => `${c} ${n}`).join(' | ')}`);
  }
}

if (basename(process.argv[1] ?? '') === 'precision-funnel.ts') main(process.argv.slice(2));
