// too-long: the story takes longer to say than the configured budget (error past five minutes).
import type { StoryRule, StoryRuleContext } from './rule';
import { exactSpokenSeconds, formatSeconds, spokenWordCount } from './util';
import { answerOf } from './kind';

/** Past this many seconds the story is an error whatever maxSeconds says. */
export const HARD_LIMIT_SECONDS = 300;

export const tooLong: StoryRule = {
  meta: {
    id: 'too-long',
    description: 'Spoken time over `maxSeconds` (default 180 s); error over 300 s',
    defaultSeverity: 'warning',
    tags: ['time'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { story, config } = ctx;
    // Compared unrounded: 451 words at 150 a minute is 180.4 s, over 180 s.
    const words = spokenWordCount(story);
    const secs = exactSpokenSeconds(words, config.wordsPerMinute);
    const hard = secs > HARD_LIMIT_SECONDS;
    if (secs <= config.maxSeconds && !hard) return;
    // A list of questions to ask the interviewer is not told as one answer; question-count judges how many there are.
    if (answerOf(story).kind === 'questions-to-ask') return;
    const limit = secs > config.maxSeconds ? config.maxSeconds : HARD_LIMIT_SECONDS;
    ctx.report({
      message:
        `Said aloud this story takes about ${formatSeconds(Math.ceil(secs))} (${words} words at ${config.wordsPerMinute} words a minute), over the ${formatSeconds(limit)} budget. ` +
        (hard
          ? 'Past five minutes an interviewer stops listening; cut it to about two minutes. '
          : 'Aim for about two minutes. ') +
        'Shorten the setup and challenge to a sentence or two each and keep only the steps that show your judgment.',
      range: story.titleRange,
      severity: hard ? 'error' : undefined,
    });
  },
};
