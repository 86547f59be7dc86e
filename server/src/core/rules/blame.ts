// blame: the story puts the fault on someone else.
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases, quote } from './util';

export const blame: StoryRule = {
  meta: {
    id: 'blame',
    description: 'Blaming others ("it was their fault", "they dropped the ball", "because my manager...")',
    defaultSeverity: 'warning',
    tags: ['ownership', 'red-flag', 'phrases'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    for (const m of matchRulePhrases('blame', ctx.config, ctx.story.prose)) {
      ctx.report({
        message: `${quote(m.text)} points at someone else. Interviewers hear a lack of ownership; say what you could have done differently and what you did about it.`,
        range: ctx.range(m.start, m.end),
      });
    }
  },
};
