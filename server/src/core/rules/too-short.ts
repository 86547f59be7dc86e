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
    const secs = exactSpokenSeconds(spokenWordCount(story), config.wordsPerMinute);
    if (secs >= config.minSeconds) return;
    // A list of questions to ask the interviewer is short by nature (question-count checks it).
    if (answerOf(story).kind === 'questions-to-ask') return;
    ctx.report({
      message:
        spokenWordCount(story) === 0
          ? `This story has no spoken words yet, so it cannot be told in the ${formatSeconds(config.minSeconds)} an answer needs at least. Write out what happened, what you did and what came of it; about two minutes is the usual length.`
          : `Said aloud this story takes about ${formatSeconds(Math.floor(secs))} (${spokenWordCount(story)} words), under the ${formatSeconds(config.minSeconds)} minimum. Add what you did step by step and what came of it; about two minutes is the usual length.`,
      range: story.titleRange,
    });
  },
};
