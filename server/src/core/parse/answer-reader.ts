// A learned second opinion on the answers the parser found. For each answer found, features of its title line (its
// dress, whether it asks, names one of the interview's questions, is in another script), of its place in the file
// (how many answers there are, first or last, how its siblings are dressed), of the body under it (spoken length,
// parts, who speaks: the teller in the first person or in the past, the reader addressed or instructed, a list of
// questions, table rows or code) and of its siblings (how many have the teller speak or a part marked: a list of
// questions nobody has begun to answer has none; how many tell something or are longer) are scored by a logistic
// model learned from the labelled corpus (scripts/train-answer-reader.ts, weights in
// ../knowledge/answer-reader-model.ts). An answer the model reads as no answer, with confidence, is dropped: notes,
// advice, a guide's section read as an answer are the invented answers that make false findings.
import type { Story } from '../types';
import { ANSWER_READER } from '../knowledge/answer-reader-model';
import { ANSWER_SHAPE } from '../knowledge/answer-shape-model';
import { ANSWER_FORM } from '../knowledge/answer-form-model';
import { ANSWER_PARTS } from '../knowledge/answer-parts-model';
import {
  ANSWER_HEADING, answerLeftEmpty, asksTheCompany, asksForStory, instructs, interviewAsk, isQuestion, namesQuestionsToAsk, namesTopic, nobodySpeaks, notAnAnswer, slotToFill,
  tellerSpeaks, voiceOf,
} from './segment';

/** A learned reader: bias, threshold (a score below it is no answer), weights of features. */
export interface AnswerModel {
  bias: number;
  /** Answers scoring below this are dropped. */
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

/** Files with more answers than this are left as the parser read them (a long bank is read by its repeating dress). */
export const MAX_READ_ANSWERS = 40;
/** Characters of a body read for its features. */
const MAX_BODY_CHARS = 12_000;

/** A title that names a collection or a guide rather than one answer: "Interview prep", "Behavioral questions", "Notes". */
const COLLECTION_TITLE = /(?:^|[^\p{L}])(?:questions|stories|answers|examples|notes|topics|prep|preparation|bank|guide|tips|checklist|cheat ?sheet|interview|behaviou?ral|entrevistas?|entretien|vorstellungsgespräch|собеседование|面试|面接|면접|mülakat|rozmowa)(?:$|[^\p{L}])/iu;

/** The bucket a count falls in among rising edges ("<2", "2-5", ">=20"): a feature's value. */
export function bucket(x: number, edges: readonly number[]): string {
  let k = 0;
  while (k < edges.length && x >= edges[k]) k++;
  return k === 0 ? `<${edges[0]}` : k === edges.length ? `>=${edges[k - 1]}` : `${edges[k - 1]}-${edges[k]}`;
}

function ratio(a: number, b: number): string {
  if (b === 0) return 'none';
  const r = a / b;
  return r === 0 ? '0' : r < 0.2 ? 'low' : r < 0.5 ? 'mid' : 'high';
}

function scriptOf(s: string): string {
  const letters = s.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 'none';
  const count = (re: RegExp): number => letters.filter((l) => re.test(l)).length;
  const latin = count(/[A-Za-z\u00C0-\u024F]/u);
  const cjk = count(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u);
  const cyr = count(/\p{Script=Cyrillic}/u);
  const best = Math.max(latin, cjk, cyr);
  if (best * 2 < letters.length) return 'other';
  return best === latin ? 'latin' : best === cjk ? 'cjk' : 'cyrillic';
}

/** The dress of a title line: a heading of a level, bold, a list item, numbered, quoted, a "Q:" field, plain. */
export function dressOf(line: string): string {
  const h = /^[ \t]{0,3}(#{1,6})[ \t]/u.exec(line);
  if (h) return `h${h[1].length}`;
  if (/^[ \t]*>/u.test(line)) return 'quote';
  if (/^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)?[ \t]*(?:q|question|pregunta|frage|问题|問題)[ \t]*#?\d{0,3}[ \t]*[:.)：]/iu.test(line)) return 'q-field';
  if (/^[ \t]*\d{1,3}[.)][ \t]/u.test(line)) return 'numbered';
  if (/^[ \t]*[-*+•][ \t]/u.test(line)) return 'item';
  if (/^[ \t]*(?:\*\*|__)/u.test(line)) return 'bold';
  if (/^[ \t]*</u.test(line)) return 'html';
  return 'plain';
}

function lineAt(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return text.slice(from, nl < 0 ? text.length : nl).replace(/\r$/u, '');
}

/** Whether the answer's title line lies inside it (a heading or a line of its own), not taken from elsewhere. */
function isTitled(story: Story): boolean {
  return story.titleRange.start.offset >= story.range.start.offset && story.titleRange.start.offset < story.range.end.offset;
}

/** The body of an answer found: the text under its title (at most MAX_BODY_CHARS). */
function bodyOf(story: Story, text: string): string {
  const from = isTitled(story) ? story.titleRange.end.offset : story.range.start.offset;
  return text.slice(from, Math.min(story.range.end.offset, from + MAX_BODY_CHARS));
}

/** Who speaks in each answer's body, read once per answer (its own features and its siblings' both use it). */
const voiceCache = new WeakMap<Story, ReturnType<typeof voiceOf>>();

function storyVoice(story: Story, text: string): ReturnType<typeof voiceOf> {
  let v = voiceCache.get(story);
  if (!v) {
    v = voiceOf(bodyOf(story, text));
    voiceCache.set(story, v);
  }
  return v;
}

/** Per file's answers: whether the teller speaks under each, or a part is marked (for the siblings' features). */
const voicedCache = new WeakMap<readonly Story[], boolean[]>();

function voicedOf(stories: readonly Story[], text: string): boolean[] {
  let v = voicedCache.get(stories);
  if (!v) {
    v = stories.map((s) => s.parts.length > 0 || storyVoice(s, text).teller > 0);
    voicedCache.set(stories, v);
  }
  return v;
}

/** The features of one answer found, among the answers found in its file. */
export function answerFeatures(story: Story, stories: readonly Story[], text: string): string[] {
  const out = new Set<string>();
  const titleLine = lineAt(text, story.titleRange.start.offset);
  const titled = isTitled(story);
  const body = bodyOf(story, text);
  const title = story.title;
  const dress = titled && titleLine.includes(title.slice(0, 20)) ? dressOf(titleLine) : 'untitled';
  const n = stories.length;
  out.add(`dress:${dress}`);
  out.add(`n:${bucket(n, [2, 4, 10])}`);
  if (n === 1) out.add('only');
  else {
    if (story.index === 0) out.add('first');
    if (story.index === n - 1) out.add('last');
    const same = stories.filter((s) => s !== story && dressOf(lineAt(text, s.titleRange.start.offset)) === dress).length;
    out.add(`siblings-same:${ratio(same, n - 1)}`);
    out.add(`siblings-ask:${ratio(stories.filter((s) => s !== story && (isQuestion(s.title) || interviewAsk(s.title))).length, n - 1)}`);
  }
  // the title
  const asks = isQuestion(title);
  if (asks) out.add('t:question');
  if (interviewAsk(title)) out.add('t:ask');
  if (asksForStory(title)) out.add('t:story');
  if (namesQuestionsToAsk(title)) out.add('t:to-ask');
  if (namesTopic(title)) out.add('t:topic');
  if (ANSWER_HEADING.test(title)) out.add('t:answer');
  if (tellerSpeaks(title)) out.add('t:teller');
  out.add(`t:script:${scriptOf(title)}`);
  out.add(`t:words:${bucket(title.split(/\s+/u).filter(Boolean).length, [2, 5, 10])}`);
  if (story.section !== undefined) {
    out.add('section');
    if (namesQuestionsToAsk(story.section)) out.add('section:to-ask');
  }
  // the body
  out.add(`parts:${bucket(story.parts.length, [1, 2, 3])}`);
  out.add(`words:${bucket(story.wordCount, [1, 20, 60, 150, 400])}`);
  if (story.questions.length > 0) out.add('declares-questions');
  const v = storyVoice(story, text);
  out.add(`v:lines:${bucket(v.lines, [1, 3, 10, 30])}`);
  out.add(`v:teller:${ratio(v.teller, v.said)}`);
  out.add(`v:past:${ratio(v.past, v.said)}`);
  out.add(`v:addressed:${ratio(v.addressed, v.said)}`);
  out.add(`v:imperative:${ratio(v.imperative, v.said)}`);
  out.add(`v:asks:${ratio(v.asks, v.lines)}`);
  out.add(`v:items:${ratio(v.items, v.lines)}`);
  out.add(`v:headings:${ratio(v.headings, v.lines)}`);
  out.add(`v:latin:${v.latin < 0.5 ? 'low' : v.latin < 0.9 ? 'mid' : 'high'}`);
  // two crosses the linear model cannot make itself: who speaks in a lone answer, and under a title that asks
  out.add(`only-${n === 1}:teller:${ratio(v.teller, v.said)}`);
  out.add(`asks-${asks}:teller:${ratio(v.teller, v.said)}`);
  // a lone answer's shape: a file of notes read whole has many lines, list items, sub-headings
  if (n === 1) {
    out.add(`only:dress:${dress}`);
    out.add(`only:items:${ratio(v.items, v.lines)}`);
    out.add(`only:headings:${ratio(v.headings, v.lines)}`);
    out.add(`only:lines:${bucket(v.lines, [3, 10, 30])}`);
    out.add(`only:asks:${ratio(v.asks, v.lines)}`);
  }
  // shapes that need no words: how the siblings are filled (parts marked, something told), what the body is made of
  // (table rows, code), whether the title directs the reader rather than names an answer
  if (n > 1) {
    const others = stories.filter((s) => s !== story);
    out.add(`sib:parts:${ratio(others.filter((s) => s.parts.length > 0).length, n - 1)}`);
    out.add(`sib:told:${ratio(others.filter((s) => s.wordCount >= 20).length, n - 1)}`);
    out.add(`sib:longer:${ratio(others.filter((s) => s.wordCount > story.wordCount).length, n - 1)}`);
    // a list of questions nobody has begun to answer: no sibling has the teller speak (or a part marked)
    const voiced = voicedOf(stories, text).filter((x, i) => stories[i] !== story && x).length;
    out.add(`sib:voiced:${ratio(voiced, n - 1)}`);
    if (voiced === 0) out.add(`sib:unvoiced:words:${bucket(story.wordCount, [1, 20, 60])}`);
  }
  let rows = 0;
  let code = 0;
  let links = 0;
  let prose = 0;
  let spoken = 0;
  let fenced = false;
  let shown = 0;
  for (const l of body.split(/\r?\n/u)) {
    if (/^[ \t]*(?:```|~~~)/u.test(l)) {
      fenced = !fenced;
      code++;
      continue;
    }
    if (!/\S/u.test(l)) continue;
    shown++;
    if (fenced || /^(?: {4}|\t)/u.test(l)) code++;
    else if (/^[ \t]*\|.*\|[ \t]*$/u.test(l)) rows++;
    else {
      // what the line is made of, whatever its language: links (a guide's or an index's), a told sentence of some
      // length (a paragraph or a full-sentence bullet, not a fragment of notes), how long it is in letters
      if (/\]\([^)]*\)|https?:\/\/|\[\[[^\]]+\]\]/u.test(l)) links++;
      const letters = (l.match(/\p{L}/gu) ?? []).length;
      spoken += letters;
      if (letters >= 60 && /[.!?。！？…]["'”’)*_]*[ \t]*$/u.test(l)) prose++;
    }
  }
  out.add(`b:table:${ratio(rows, shown)}`);
  out.add(`b:links:${ratio(links, shown)}`);
  out.add(`b:prose:${ratio(prose, shown)}`);
  out.add(`b:line:${bucket(shown === 0 ? 0 : spoken / shown, [20, 50, 100, 200])}`);
  out.add(`b:code:${ratio(code, shown)}`);
  const directs = asks ? 0 : instructs(title);
  if (directs > 0) out.add(`t:directs:${directs}`);
  if (COLLECTION_TITLE.test(title)) out.add('t:collection');
  // a title that opens a list (ends in a colon) or is a number or a date alone ("2024", "Y1")
  if (/[:：][ \t*_]*$/u.test(title)) out.add('t:colon');
  if (!/\p{L}{2}/u.test(title.replace(/^\p{L}?\d/u, ''))) out.add('t:no-words');
  for (const w of title.toLowerCase().match(/[a-z]{3,}/gu)?.slice(0, 8) ?? []) out.add(`tw:${w}`);
  // the hand reader's own signs
  if (nobodySpeaks(body, title)) out.add('h:nobody-speaks');
  if (notAnAnswer(body, title)) out.add('h:not-an-answer');
  if (slotToFill(body)) out.add('h:slot');
  if (answerLeftEmpty(body)) out.add('h:left-empty');
  return [...out];
}

/** Whether the learned reader judges (the trainer turns it off to see the answers the hand reader finds). */
export const readerSwitch = { on: true };

/**
 * Whether the hand reader's answer is in doubt, for the learned reader to judge: no part marked, no question declared,
 * and not a list of questions for the interviewer (two or more lines that ask the company or the team: an answer of
 * its own kind, questions-to-ask, however little anyone speaks in it).
 */
export function inDoubt(story: Story, text: string, partsToo = false): boolean {
  if ((!partsToo && story.parts.length > 0) || story.questions.length > 0) return false;
  const body = text.slice(story.range.start.offset, Math.min(story.range.end.offset, story.range.start.offset + MAX_BODY_CHARS));
  let toThem = 0;
  for (const l of body.split(/\r?\n/u)) if (asksTheCompany(l) && ++toThem >= 2) return false;
  return true;
}

/**
 * Whether an answer may be dropped, whatever its score: not when the teller speaks in a fifth or more of its
 * sentences (in the first person, in any language). What the reader drops is notes in which nobody tells anything; a
 * bank of told answers read whole as one ("# Interview answers, draft" over "## 1. …" told in the first person) holds
 * answers, and dropping it would lose them all.
 */
export function mayDrop(features: readonly string[]): boolean {
  return !features.includes('v:teller:mid') && !features.includes('v:teller:high');
}

/** The model's score of an answer's features (its log-odds of being an answer). */
export function answerScore(model: AnswerModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

/** What the hand reader knows of an answer found, beside its features: whether it is in doubt (inDoubt), with its parts too. */
export interface AnswerDoubt {
  /** inDoubt(story, text): no part marked, no question declared, not a list of questions to the company. */
  doubted: boolean;
  /** inDoubt(story, text, true): the same with parts marked allowed. */
  doubtedWithParts: boolean;
  /** How many parts are marked. */
  parts: number;
}

/**
 * Whether the learned readers keep one answer found, from its features and what the hand reader knows of it (the
 * decision of keepAnswers for one answer, kept pure so that scripts/eval/answer-sim.ts can replay it on cached
 * features): an answer not in doubt is kept unless a part is marked and the parts reader reads it as no answer; an
 * answer in doubt is kept when the teller speaks in it (mayDrop) or all three readers score it at their thresholds.
 */
export function readersKeep(
  f: readonly string[],
  d: AnswerDoubt,
  model: AnswerModel = ANSWER_READER,
  shape: AnswerModel | null = ANSWER_SHAPE,
  form: AnswerModel | null = ANSWER_FORM,
  parts: AnswerModel | null = ANSWER_PARTS,
): boolean {
  if (!d.doubted) {
    // an answer with a part marked is judged by the parts reader alone, and only when the teller says little in it
    if (parts === null || d.parts === 0 || !d.doubtedWithParts) return true;
    return !mayDrop(f) || answerScore(parts, f) >= parts.threshold;
  }
  if (!mayDrop(f)) return true;
  return answerScore(model, f) >= model.threshold && (shape === null || answerScore(shape, f) >= shape.threshold) && (form === null || answerScore(form, f) >= form.threshold);
}

/**
 * The answers found that the learned readers keep: those any of them is confident are no answer. Three models judge:
 * the first reader (`model`), the shape reader (`shape`, the same features learned again with the siblings' and the
 * body's shapes and stronger regularisation, its threshold a margin below the lowest score of a real answer left out
 * round by round) and the form reader (`form`, round 32: learned again with what a body is made of — links, told
 * sentences, letters a line — and the title's form, on round 32's studied half, its threshold the one that saves the
 * most errors left out round by round); an answer any reads as no answer is dropped. Only answers the hand reader is
 * least sure of are judged (no part marked, no question declared in front matter), in files of at most
 * MAX_READ_ANSWERS answers, and only those in which the teller says little (mayDrop). An answer with a part marked is
 * judged by a fourth reader (`parts`, round 32: the same features learned on every answer found, parts marked or not,
 * its threshold a margin below the lowest score of a real answer with parts left out round by round): a guide that
 * explains the parts of a story ("Situation: where you were…") read whole as one answer. Kept answers are renumbered.
 */
export function keepAnswers(
  stories: Story[],
  text: string,
  model: AnswerModel = ANSWER_READER,
  shape: AnswerModel | null = ANSWER_SHAPE,
  form: AnswerModel | null = ANSWER_FORM,
  parts: AnswerModel | null = ANSWER_PARTS,
): Story[] {
  if (!readerSwitch.on || stories.length === 0 || stories.length > MAX_READ_ANSWERS || Object.keys(model.weights).length === 0) return stories;
  const kept = stories.filter((s) => {
    const doubted = inDoubt(s, text);
    // (features are read only for the answers some reader judges)
    if (!doubted && (parts === null || s.parts.length === 0 || !inDoubt(s, text, true))) return true;
    return readersKeep(answerFeatures(s, stories, text), { doubted, doubtedWithParts: true, parts: s.parts.length }, model, shape, form, parts);
  });
  if (kept.length === stories.length) return stories;
  kept.forEach((s, i) => (s.index = i));
  return kept;
}
