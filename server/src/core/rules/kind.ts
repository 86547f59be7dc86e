// The answer kind of the story a rule is checking, and how that kind names each part (see ../knowledge/kinds.ts).
import type { PartName, ProseSegment, Story } from '../types';
import type { AnswerKind, AnswerShape } from '../knowledge/types';
import { shapeOf, shapePartForSlot, storyKind } from '../knowledge/kinds';

export interface StoryAnswer {
  kind: AnswerKind;
  shape: AnswerShape;
  questionIds: number[];
}

export function answerOf(story: Story): StoryAnswer {
  const kind = storyKind(story);
  return { kind, shape: shapeOf(kind), questionIds: story.questions.map((q) => q.id) };
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
  if (story.parts.length > 0) return story.parts.filter((p) => p.name === 'outcome').flatMap((p) => p.prose);
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
