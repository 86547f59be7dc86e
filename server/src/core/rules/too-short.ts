// too-short: the story is over before the interviewer learns anything.
// Spoken time is the story's spoken words (the parts' prose; see DESIGN §1) at `wordsPerMinute`, compared
// unrounded with `minSeconds`: 112 words at 150 a minute is 44.8 s, under 45 s. A story with no spoken words at all
// (a heading over a one-line reminder, an unfilled template) is the shortest answer there is, and says so.
import type { StoryRule, StoryRuleContext } from './rule';
import { formatSeconds, exactSpokenSeconds, spokenWordCount } from './util';
import { answerOf } from './kind';

export const tooShort: StoryRule = {
  meta: {
    id: 'too-short',
    description: 'Spoken time under `minSeconds` (default 45 s)',
    defaultSeverity: 'info',
    tags: ['time'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { story, config } = ctx;
    const words = spokenWordCount(story);
    const secs = exactSpokenSeconds(words, config.wordsPerMinute);
    if (secs >= config.minSeconds) return;
    // A list of questions to ask the interviewer is short by nature (question-count checks it).
    const { kind } = answerOf(story);
    if (kind === 'questions-to-ask') return;
    // What to add depends on the kind of answer: a story tells what happened, a pitch who you are, a plan its steps.
    const noun = kind === 'story' ? 'story' : kind === 'pitch' ? 'answer' : 'plan';
    const write = kind === 'story' ? 'what happened, what you did and what came of it' : kind === 'pitch' ? 'who you are now, how you got here and why this role' : 'the steps you would take and why, with a real case if you have one';
    const add = kind === 'story' ? 'what you did step by step and what came of it' : kind === 'pitch' ? 'what you have done that shows it and why this role fits' : 'the steps you would take, in order, and a real case where you did something like it';
    ctx.report({
      message:
        words === 0
          ? `This ${noun} has no spoken words yet, so it cannot be told in the ${formatSeconds(config.minSeconds)} an answer needs at least. Write out ${write}; about two minutes is the usual length.`
          : `Said aloud this ${noun} takes about ${formatSeconds(Math.floor(secs))} (${words} words), under the ${formatSeconds(config.minSeconds)} minimum. Add ${add}; about two minutes is the usual length.`,
      range: story.titleRange,
    });
  },
};
