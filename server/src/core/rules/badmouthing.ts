// badmouthing: disparaging an employer, manager or colleagues.
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases, quote } from './util';

export const badmouthing: StoryRule = {
  meta: {
    id: 'badmouthing',
    description: 'Disparaging a current or past employer, manager or colleagues ("toxic", "incompetent", "hated my boss")',
    defaultSeverity: 'warning',
    tags: ['red-flag', 'phrases'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    for (const m of matchRulePhrases('badmouthing', ctx.config, ctx.story.prose)) {
      ctx.report({
        message: `${quote(m.text)} runs down people you worked with; the interviewer will wonder what you would say about them. Describe the situation and what you did, not what you think of them.`,
        range: ctx.range(m.start, m.end),
      });
    }
  },
};
