// resume-recital: "tell me about yourself" answered as a walk through the resume.
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases } from './util';

/** "Tell me about yourself" in the knowledge base. */
export const TELL_ME_ABOUT_YOURSELF_ID = 1;
/** Transitions ("then I joined", "I graduated") plus distinct years at which the answer reads as a resume. */
export const RECITAL_THRESHOLD = 4;

const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/gu;

export const resumeRecital: StoryRule = {
  meta: {
    id: 'resume-recital',
    description: 'A chronological resume walk-through ("I graduated in..., then I joined...") in a tell-me-about-yourself story',
    defaultSeverity: 'info',
    tags: ['self-awareness', 'phrases'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { story } = ctx;
    if (!story.questions.some((q) => q.id === TELL_ME_ABOUT_YOURSELF_ID)) return;
    const matches = matchRulePhrases('resume-recital', ctx.config, story.prose);
    if (matches.length === 0) return;
    const years = new Set<string>();
    for (const s of story.prose) for (const y of s.text.matchAll(YEAR)) years.add(y[0]);
    const score = matches.length + years.size;
    if (score < RECITAL_THRESHOLD) return;
    const first = matches[0];
    ctx.report({
      message: `This walks through your history in order (${matches.length} transitions like "${first.text}"${years.size ? `, ${years.size} years` : ''}). The interviewer can read your resume; say who you are now, the two or three turns that shaped you, one result you are proud of, and why this role.`,
      range: ctx.range(first.start, first.end),
    });
  },
};
