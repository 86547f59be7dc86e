// fake-weakness: a strength dressed up as a weakness, in a story for the weakness question.
import { questionById } from '../knowledge/index';
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases, quote } from './util';

/** "What is your greatest weakness?" in the knowledge base. */
export const WEAKNESS_QUESTION_ID = 4;

export const fakeWeakness: StoryRule = {
  meta: {
    id: 'fake-weakness',
    description: 'Weakness clichés ("I work too hard", "I care too much", "perfectionist") in stories for the weakness question',
    defaultSeverity: 'warning',
    tags: ['self-awareness', 'red-flag', 'phrases'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    if (!ctx.story.questions.some((q) => q.id === WEAKNESS_QUESTION_ID)) return;
    const short = questionById(WEAKNESS_QUESTION_ID)?.short ?? 'weakness';
    for (const m of matchRulePhrases('fake-weakness', ctx.config, ctx.story.prose)) {
      ctx.report({
        message: `${quote(m.text)} is a strength posing as a weakness, and interviewers have heard it many times. For "${short}", pick a real one that has cost you something, and say what you are doing about it.`,
        range: ctx.range(m.start, m.end),
      });
    }
  },
};
