// too-short: the story is over before the interviewer learns anything.
import type { StoryRule, StoryRuleContext } from './rule';
import { formatSeconds } from './util';
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
    if (story.wordCount === 0 || story.spokenSeconds >= config.minSeconds) return;
    // A list of questions to ask the interviewer is short by nature (question-count checks it).
    if (answerOf(story).kind === 'questions-to-ask') return;
    ctx.report({
      message: `Said aloud this story takes about ${formatSeconds(story.spokenSeconds)} (${story.wordCount} words), under the ${formatSeconds(config.minSeconds)} minimum. Add what you did step by step and what came of it; about two minutes is the usual length.`,
      range: story.titleRange,
    });
  },
};
