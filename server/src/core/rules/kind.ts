// The answer kind of the story a rule is checking, and how that kind names each part (see ../knowledge/kinds.ts).
import type { PartName, Story } from '../types';
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
