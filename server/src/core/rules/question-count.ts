// question-count: an answer to "What questions do you have for me?" (29, 35) lists too few or too many questions.
import type { StoryRule, StoryRuleContext } from './rule';
import { answerOf } from './kind';
import { askedQuestions } from './questions-to-ask';

export const questionCount: StoryRule = {
  meta: {
    id: 'question-count',
    description: 'Questions to ask the interviewer (questions 29, 35): fewer than 3 or more than 5 questions',
    defaultSeverity: 'warning',
    tags: ['structure', 'questions-to-ask'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { kind, shape } = answerOf(ctx.story);
    if (kind !== 'questions-to-ask' || !shape.count) return;
    const { min, max } = shape.count;
    const n = askedQuestions(ctx.file, ctx.story).length;
    // A fresh template holds only `[...]` prompts: the placeholder rule points at those.
    const written = ctx.story.prose.some((seg) => /[\p{L}\p{N}]/u.test(seg.text.replace(/\[[^\]\n]*\]/g, ' ')));
    if (n === 0 && !written) return;
    if (n === 0) {
      ctx.report({
        message: `This answers "What questions do you have for me?", so it should be a list of ${min}–${max} questions for the interviewer, and it holds none. Write them as a list, each ending with "?".`,
        range: ctx.story.titleRange,
      });
    } else if (n < min) {
      ctx.report({
        message: `Only ${n} question${n === 1 ? '' : 's'} for the interviewer. Prepare ${min}–${max}: some will be answered during the interview, and having none left to ask looks like a lack of interest.`,
        range: ctx.story.titleRange,
      });
    } else if (n > max) {
      ctx.report({
        message: `${n} questions for the interviewer; there is time for ${min}–${max}. Put the ones you most want answered first and keep the rest as spares, or trim the list.`,
        range: ctx.story.titleRange,
        severity: 'info',
      });
    }
  },
};
