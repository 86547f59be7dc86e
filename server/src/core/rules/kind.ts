// The answer kind of the story a rule is checking, and how that kind names each part (see ../knowledge/kinds.ts).
import type { PartName, ProseSegment, Story } from '../types';
import type { AnswerKind, AnswerShape } from '../knowledge/types';
import { kindForQuestions, shapeOf, shapePartForSlot } from '../knowledge/kinds';

export interface StoryAnswer {
  kind: AnswerKind;
  shape: AnswerShape;
  questionIds: number[];
}

/**
 * The kind of answer a story gives. Declared questions decide (knowledge/kinds.ts). A story that names none is
 * read by what it is: a title that is one of the non-story questions in other words ("Why are you looking for a
 * change?", "What would you do if…"), or a body told in the hypothetical ("I would…", "I will…") rather than as
 * something that happened.
 */
export function answerOf(story: Story): StoryAnswer {
  const known = answers.get(story);
  if (known) return known;
  const questionIds = story.questions.length > 0 ? story.questions.map((q) => q.id) : inferredQuestions(story);
  const kind = kindForQuestions(questionIds);
  const answer = { kind, shape: shapeOf(kind), questionIds };
  answers.set(story, answer);
  return answer;
}

/** Each story's answer, worked out once for all the rules that ask. */
const answers = new WeakMap<Story, StoryAnswer>();

/** Title shapes of the questions whose answer is not a story, with the question each stands for. */
const TITLE_QUESTIONS: [RegExp, number][] = [
  [/\btell me about yourself\b|\bwalk me through your (?:resume|résumé|cv|background|career)\b|\bintroduce yourself\b|\babout me\b/iu, 1],
  // "Why Shure?", "Why Acme": why this company, by its name.
  [/^\W*(?:\d{1,2}[.)]\s*)?[Ww]hy\s+(?:\p{Lu}[\p{L}&.'’-]*\s*){1,3}\??\s*$/u, 2],
  [/\bwhy (?:do you want to|would you like to|are you interested in|should we hire)\b|\bwhy (?:this|our) (?:company|team|role|job)\b|\bwhy (?:work|join) (?:here|us)\b/iu, 2],
  [/\bwhere do you see yourself\b|\b(?:five|5)[- ]year(?:s| plan)?\b|\bcareer goals?\b/iu, 5],
  [/\bwhy (?:are you |did you |do you want to )?(?:leav|quit)|\blooking for a (?:change|new (?:job|role|opportunity))\b|\breason(?:s)? for leaving\b|\bwhy (?:change|switch)\b/iu, 28],
  [/\b(?:questions?|anything) (?:for (?:me|us|the interviewer|the panel)|to ask)\b|\bdo you have any questions\b|\bquestions i (?:will|would|'d|plan to) ask\b/iu, 29],
  [/\bwhat (?:would|will|should|do) you do\b|\bhow (?:would|will|should) you\b|\bwhat would you\b|\bif you (?:were|had|found|realized|realised|joined|disagreed)\b|\bsuppose\b|\bimagine\b|你怎么办|你该怎么做|怎么处理/iu, 30],
];

/** A question about a past episode: "Tell me about a time…", "Describe a situation in which you…", "Give me an example of…". */
const STORY_QUESTION =
  /\b(?:tell (?:me|us) about (?:a|an|one|when|how you|your (?:biggest|greatest|most|last|proudest|hardest|toughest|best|worst))|describe (?:a|an) (?:time|situation|occasion|instance|project|moment)|give (?:me|us) an example|share (?:a|an) (?:time|example|situation)|talk about a time|a time (?:when )?you (?:had|were|did|made|took|led|failed|disagreed|worked|handled)|have you ever)\b/iu;

const MODAL_I = /\b(?:i|we)(?:'ll|’ll|'d|’d|\s+will|\s+would|\s+should|\s+might)\b/giu;
const PAST_I = /\b(?:i|we)\s+(?:was|were|did|had|went|made|took|saw|found|got|led|built|wrote|told|gave|said|ran|\w+ed)\b/giu;

function inferredQuestions(story: Story): number[] {
  // The title, or a short question or heading-like line the answer opens with ("2. Why Shure?", "// Tell me about
  // yourself" on a line of its own).
  const titles = [story.title];
  const opening = story.prose.find((seg) => /[\p{L}]/u.test(seg.text))?.text.trim().split(/\r?\n/)[0];
  if (opening && (/\?\W*$/u.test(opening) ? opening.split(/\s+/).length <= 20 : opening.split(/\s+/).length <= 8)) {
    titles.push(opening.replace(/^[\s/#>*_-]+/u, ''));
  }
  // A question about something that happened is a story, whatever follow-up it adds ("Tell me about a conflict
  // in your team. How would you deal with it now?").
  if (titles.some((t) => STORY_QUESTION.test(t))) return [];
  for (const t of titles) for (const [re, id] of TITLE_QUESTIONS) if (re.test(t)) return [id];
  // Told in the hypothetical: a plan for a situation, not an episode.
  let modal = 0;
  let past = 0;
  for (const seg of story.prose) {
    modal += seg.text.match(MODAL_I)?.length ?? 0;
    past += seg.text.match(PAST_I)?.length ?? 0;
  }
  return modal >= 2 && modal > 2 * past ? [30] : [];
}

/** What the kind calls the part in this slot: "Why here" for a pitch's learning slot, "setup" for a story. */
export function partTitleIn(kind: AnswerKind, slot: PartName): string {
  if (kind === 'story') return slot;
  return shapePartForSlot(kind, slot)?.title ?? slot;
}

const RESULT_CUE =
  /^(?:as a result|in the end|the (?:end )?result|(?:this|that|it) went|the outcome|the impact|ultimately|eventually|finally|since then|by the end|in total|overall|today|now|afterwards|after (?:that|this|the (?:change|launch|release|rollout|fix|migration))|this (?:has |had |also )?(?:helped|led|resulted|meant|cut|reduced|improved|saved|brought|gave|made|allowed|enabled)|that (?:helped|led|resulted|meant)|(?:we|i|the team) (?:ended up|achieved|delivered|shipped|finished|reduced|cut|saved|managed)|it (?:worked|paid off))\b/iu;
const RESULT_INSIDE = /\b(?:as a result|resulted in|which (?:cut|reduced|saved|improved)|in the end)\b/iu;
const LESSON_CUE =
  /^(?:i (?:learned|learnt|realized|realised|now|took away)|the (?:lesson|takeaway|key lesson)|looking back|in hindsight|in retrospect|going forward|next time|what i learned|my takeaway|lesson)/iu;

/**
 * Where the result is told. A story with parts: its outcome parts. One undivided answer (no part marker): the
 * paragraphs from the last one that opens like a result ("As a result", "In the end", "This helped") to the end,
 * leaving out a closing lesson; without such a paragraph, the last paragraph that is not a lesson.
 */
const SENTENCE = /[^.!?]+(?:[.!?]+|$)/g;

/** The part of a closing paragraph that tells the result: from its last sentence that opens like one, else its last two sentences. */
function closingSentences(seg: ProseSegment): ProseSegment {
  const sentences: { start: number; text: string }[] = [];
  SENTENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE.exec(seg.text))) if (/[\p{L}\p{N}]/u.test(m[0])) sentences.push({ start: m.index, text: m[0] });
  if (sentences.length <= 3) return seg;
  let from = -1;
  for (let i = sentences.length - 1; i >= 0; i--) {
    const t = sentences[i].text.trim();
    if (RESULT_CUE.test(t) || RESULT_INSIDE.test(t)) {
      from = i;
      break;
    }
  }
  let end = sentences.length;
  while (end > 1 && LESSON_CUE.test(sentences[end - 1].text.trim())) end--;
  if (from < 0 || from >= end) from = Math.max(0, end - 2);
  const start = sentences[from].start;
  const stop = end < sentences.length ? sentences[end].start : seg.text.length;
  return { start: seg.start + start, text: seg.text.slice(start, stop) };
}

export function resultProse(story: Story): ProseSegment[] {
  if (story.parts.length > 0) {
    const outcome = story.parts.filter((p) => p.name === 'outcome').flatMap((p) => p.prose);
    if (outcome.length > 0) return outcome;
    // No outcome marked: a closing paragraph of the last part that opens like a result ("This led to…") is one.
    const last = story.parts[story.parts.length - 1].prose;
    for (let i = last.length - 1; i >= 0; i--) {
      const t = last[i].text.trim();
      if (RESULT_CUE.test(t) || RESULT_INSIDE.test(t)) return last.slice(i);
    }
    return [];
  }
  const segs = story.prose.filter((s) => /[\p{L}\p{N}]/u.test(s.text));
  if (segs.length === 0) return [];
  let end = segs.length;
  while (end > 1 && LESSON_CUE.test(segs[end - 1].text.trim())) end--;
  let from = -1;
  for (let i = end - 1; i >= 0; i--) {
    const t = segs[i].text.trim();
    if (RESULT_CUE.test(t) || RESULT_INSIDE.test(t)) {
      from = i;
      break;
    }
  }
  if (from < 0) return [closingSentences(segs[end - 1])];
  // A long paragraph that opens with a result cue is the result itself; a single undivided paragraph is cut down.
  return from === end - 1 && from === 0 ? [closingSentences(segs[from])] : segs.slice(from, end);
}
