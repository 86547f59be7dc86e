// Where vague-impact's misses are dropped: for each labelled claim the rule did not report, the furthest of the
// rule's conditions it passes, counted per condition. The conditions, in order:
//   answer not found     the story was not found, so nothing ran on it
//   outcome not read     the labelled lines lie outside the prose the rule reads (the result part, or the closing
//                        paragraph of an answer with no parts): the claim sits in a part read as approach, or before
//                        the closing paragraph of an undivided answer
//   no claim read        the rule's claim finder (rules/vague.ts) finds nothing on the labelled lines, even with every
//                        quantity masked; beside it, what the lines hold by word class (sentenceClass)
//   silenced by a size   a claim is read once the quantities of the text are masked: a number elsewhere in the clause
//                        or sentence (a date, a team size, a duration of the project) sized it
//   claim dropped        the finder reads a claim on the lines, and the rule still drops it (a pitch's whole answer
//                        with no change told, a size on the next line)
// Only studied files are read (the gate's studied half and the older adversarial cases), and only in the folds
// named: name no held-out round. Held-out folds are read by totals only (rule-folds.ts).
//
//   node --import tsx scripts/eval/vague-funnel.ts --folds adv-r20,adv-r21 [--list]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeFile } from '../../server/src/core/analyze';
import { polarity, understand, type Sentence } from '../../server/src/core/nlp';
import { findQuantities } from '../../server/src/core/rules/quantity';
import { findVagueClaims } from '../../server/src/core/rules/vague';
import { answerOf, resultProse } from '../../server/src/core/rules/kind';
import { proseOf } from '../../server/src/core/rules/util';
import { inlineRuns } from '../../server/src/core/text';
import type { ProseSegment, Story } from '../../server/src/core/types';
import { evaluate, type LabelFile } from './harness';
import { lineOf, lineStarts, studyFiles } from './study';

export const CONDITIONS = ['answer not found', 'outcome not read', 'no claim read', 'silenced by a size', 'claim dropped'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** What a sentence that holds no claim the finder reads says, by word class (the first that fits). */
export const CLASSES = ['other language', 'comparative', 'change verb', 'evaluative adjective', 'vague quantifier', 'none of these'] as const;
export type SentenceClass = (typeof CLASSES)[number];

const COMPARATIVE_FORM = /^(?:[\p{L}]{2,}(?:er|ier))$|^(?:more|less|fewer|better|worse)$/u;
const NOT_COMPARATIVE = /^(?:other|over|under|after|never|ever|however|whether|either|neither|rather|together|further|number|member|user|customer|order|layer|server|owner|manager|engineer|developer|leader|partner|paper|water|matter|letter|later|per)$/u;
const CHANGE_STEM = /^(?:improv|enhanc|boost|increas|reduc|decreas|grow|grew|rise|rose|drop|fall|fell|cut|shrink|shrank|lower|rais|speed|sped|accelerat|simplif|strengthen|eas|halv|doubl|tripl|eliminat|minimi|maximi|optimi|lessen|slash|trim|climb|soar|plummet|surg|declin|jump|spik|dip|vanish|disappear)/u;
const VAGUE_QUANTIFIER = /^(?:many|much|lots|plenty|numerous|several|countless|most|few|little|tons|loads|heaps)$/u;
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Thai}]/u;

/** The first class a sentence's own words fit, by the tagger's word classes and the lexicon's polarity. */
export function sentenceClass(text: string, sentences: readonly Sentence[]): SentenceClass {
  if (OTHER_SCRIPT.test(text) || !/\b(?:the|a|and|to|of|was|were|is|we|i|it)\b/iu.test(text)) return 'other language';
  const tokens = sentences.flatMap((s) => s.tokens.filter((t) => !t.quoted));
  if (tokens.some((t) => (t.pos === 'ADJ' || t.pos === 'ADV') && COMPARATIVE_FORM.test(t.lower) && !NOT_COMPARATIVE.test(t.lower))) return 'comparative';
  if (tokens.some((t) => t.pos === 'VERB' && CHANGE_STEM.test(t.lower))) return 'change verb';
  if (tokens.some((t) => t.pos === 'ADJ' && !t.negated && polarity(t.lower) > 0)) return 'evaluative adjective';
  if (tokens.some((t) => VAGUE_QUANTIFIER.test(t.lower))) return 'vague quantifier';
  return 'none of these';
}

/** The text with each quantity blanked out (same length, so offsets hold). */
export function maskQuantities(text: string): string {
  let out = text;
  for (const q of findQuantities(text, true)) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

/** The prose vague-impact reads of a story (as the rule does: rules/vague-impact.ts). */
export function readProse(story: Story, fileText: string): ProseSegment[] {
  const { kind, shape } = answerOf(story);
  const part = shape.parts.find((p) => p.id === 'outcome' || p.id === 'impact' || p.id === 'case');
  if (!part) return [];
  const wholePitch = kind === 'pitch' && story.parts.length === 0;
  return inlineRuns(fileText, kind === 'story' ? resultProse(story, fileText) : wholePitch ? story.prose : proseOf(story, part.slot));
}

/** Claims (file offsets) the finder reads in some segments; with `masked`, after blanking the quantities. */
function claimsIn(segs: readonly ProseSegment[], masked: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of segs) {
    const text = masked ? maskQuantities(s.text) : s.text;
    for (const c of findVagueClaims(text)) out.push({ start: s.start + c.start, end: s.start + c.end });
  }
  return out;
}

export interface FunnelResult {
  condition: Condition;
  sentence?: SentenceClass;
}

/**
 * The furthest condition a missed claim passes. `lines`: the labelled lines (1-based; undefined when the label says
 * only that the rule fires somewhere in the story).
 */
export function funnelOf(fileText: string, story: Story | undefined, lines: readonly number[] | undefined): FunnelResult {
  if (!story) return { condition: 'answer not found' };
  const starts = lineStarts(fileText);
  const near = (offset: number): boolean => lines === undefined || lines.some((l) => Math.abs(lineOf(starts, offset) - l) <= 1);
  const read = readProse(story, fileText);
  const onLines = (segs: readonly ProseSegment[]): ProseSegment[] => segs.filter((s) => near(s.start) || near(s.start + s.text.length));
  const readHere = onLines(read);
  if (readHere.length === 0) return { condition: 'outcome not read' };
  if (lines === undefined && claimsIn(read, true).length === 0 && claimsIn(inlineRuns(fileText, story.prose), true).length > 0) return { condition: 'outcome not read' };
  const masked = claimsIn(readHere, true).filter((c) => near(c.start));
  if (masked.length === 0) {
    const text = readHere.map((s) => s.text).join('\n');
    return { condition: 'no claim read', sentence: sentenceClass(text, understand(fileText, readHere).sentences) };
  }
  const plain = claimsIn(readHere, false).filter((c) => near(c.start));
  return { condition: plain.length === 0 ? 'silenced by a size' : 'claim dropped' };
}

function main(argv: string[]): void {
  const foldsAt = argv.indexOf('--folds');
  if (foldsAt < 0) throw new Error('name the folds to read (--folds adv-r20,...): never a held-out round');
  const only = new Set(argv[foldsAt + 1].split(','));
  const list = argv.includes('--list');
  const root = join(__dirname, '..', '..');
  const files = studyFiles(root, only);
  const byDisplay = new Map<string, LabelFile>(files.map((f) => [f.display, f]));
  const { misses } = evaluate(files, { rule: 'vague-impact' });
  const counts = new Map<Condition, number>(CONDITIONS.map((c) => [c, 0]));
  const classes = new Map<SentenceClass, number>(CLASSES.map((c) => [c, 0]));
  for (const m of misses) {
    if (m.rule !== 'vague-impact' || m.kind !== 'FN') continue;
    const file = byDisplay.get(m.file);
    if (!file) continue;
    const text = readFileSync(file.storyPath, 'utf8');
    const { file: parsed } = analyzeFile(text, file.storyPath, file.config);
    const label = file.stories.find((s) => s.title === m.story);
    const want = label?.expect['vague-impact'];
    const found = m.detail.startsWith('the story was not found') ? undefined : (parsed.stories.find((s) => s.title === m.story) ?? (parsed.stories.length === 1 ? parsed.stories[0] : undefined));
    const story = found ?? (m.detail.startsWith('the story was not found') ? undefined : parsed.stories.find((s) => s.titleRange.start.line <= m.line && m.line - s.titleRange.start.line < 400));
    const r = funnelOf(text, story, Array.isArray(want) ? want : undefined);
    counts.set(r.condition, counts.get(r.condition)! + 1);
    if (r.sentence) classes.set(r.sentence, classes.get(r.sentence)! + 1);
    if (list) console.log(`  ${r.condition.padEnd(19)} ${(r.sentence ?? '').padEnd(21)} ${m.file}:${m.line}`);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`vague-impact: ${total} missed claims | ${CONDITIONS.map((c) => `${c} ${counts.get(c)}`).join(' | ')}`);
  console.log(`  no claim read, by what the lines hold: ${CLASSES.map((c) => `${c} ${classes.get(c)}`).join(' | ')}`);
}

if (basename(process.argv[1] ?? '') === 'vague-funnel.ts') main(process.argv.slice(2));
