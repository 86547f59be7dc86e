// website-question: a question for the interviewer that the company's website or a recruiter already answers
// (what the company does, who its customers are, pay, benefits, leave, office logistics).
// Recognised by topic class: facts about the company as a whole, and terms of employment.
import type { StoryRule, StoryRuleContext } from './rule';
import { answerOf } from './kind';
import { askedQuestions } from './questions-to-ask';
import { quote } from './util';

const COMPANY = String.raw`(?:the company|your company|this company|the business|the firm|the organi[sz]ation|the startup|you(?: guys)?|it)`;
/** Facts about the company as a whole: what it does and sells, its history, size, place, money and mission. */
const COMPANY_FACT = new RegExp(
  [
    String.raw`\bwhat (?:does|do|is) ${COMPANY} (?:do|does|make|sell|offer|build)\b`,
    String.raw`\bwhat (?:kinds? of |types? of )?(?:products?|services?|industry|industries|markets?|business)\b.{0,30}\b(?:do|does|is|are)\b.{0,20}\b(?:offer|sell|make|in|serve)\b`,
    String.raw`\bwho (?:are|is) (?:your|the company's|its) (?:main |biggest |largest )?(?:customers?|clients?|competitors?|users?)\b`,
    String.raw`\bwhen (?:was|were|did) ${COMPANY} (?:founded|started|established|created|launch)`,
    String.raw`\bwho (?:founded|started|runs|owns|is the ceo of) `,
    String.raw`\bwho (?:is|are) (?:the|your) (?:ceo|founders?|owners?)\b`,
    String.raw`\bhow (?:many|big|large) .{0,30}\b(?:employees|people work|staff|offices|locations|customers does|is ${COMPANY})\b`,
    String.raw`\bwhere (?:is|are) ${COMPANY}.{0,20}\b(?:based|located|headquartered)\b`,
    String.raw`\bwhere (?:is|are) (?:your|the) (?:headquarters|hq|offices?)\b`,
    String.raw`\bwhat (?:is|are) (?:the company's|your|its|the) (?:mission|vision|values|history|revenue|funding)\b`,
    String.raw`\b(?:is|are) ${COMPANY} (?:public|publicly traded|profitable|listed)\b`,
    String.raw`\bhow much (?:funding|money|revenue)\b`,
  ].join('|'),
  'iu',
);
/** Terms of employment, which belong with the recruiter or the offer, not the interviewer. */
const EMPLOYMENT_TERMS = new RegExp(
  [
    String.raw`\b(?:salary|salaries|compensation|bonus(?:es)?|stock options?|rsus?|perks|pto|paid time off|parental leave|maternity leave|paternity leave|sick leave|leave policy|health insurance|401\(?k\)?|pension|dress code|relocation package)\b`,
    String.raw`\bpay (?:range|band|scale|structure|rise|raise)s?\b|\bhow much (?:does|do|would|will) (?:it|the role|this role|the job|this job|you) pay\b|\bsalary (?:increase|review)s?\b`,
    String.raw`\b(?:what|which) (?:are (?:the|your) )?benefits\b|\bbenefits? (?:package|plan)s?\b|\bemployee benefits\b|\bbenefits do you offer\b`,
    String.raw`\b(?:vacation|holiday) (?:days|policy|allowance)\b|\bhow much (?:vacation|holiday|time off)\b|\bhow many (?:vacation|holiday|pto) days\b`,
    String.raw`\b(?:remote|hybrid)(?:-| )work(?:ing)? policy\b|\bwork from home policy\b|\bwfh policy\b|\bcan i work (?:remotely|from home)\b`,
  ].join('|'),
  'iu',
);

export const websiteQuestion: StoryRule = {
  meta: {
    id: 'website-question',
    description: "Questions to ask the interviewer (29, 35): a question the company's website or a recruiter already answers (what the company does, pay, benefits)",
    defaultSeverity: 'warning',
    tags: ['questions-to-ask'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    if (answerOf(ctx.story).kind !== 'questions-to-ask') return;
    for (const q of askedQuestions(ctx.file, ctx.story)) {
      if (COMPANY_FACT.test(q.text)) {
        ctx.report({
          message: `${quote(q.text)} is answered on the company's website; asking it shows you did not look. Ask about the work instead: what the team is struggling with, how success is judged in this role, how decisions get made.`,
          range: ctx.range(q.start, q.end),
        });
      } else if (EMPLOYMENT_TERMS.test(q.text)) {
        ctx.report({
          message: `${quote(q.text)} is about the terms of the job, which the recruiter or the offer covers. Ask the interviewer about the work: the team's hardest problem, what success looks like in six months, how the team decides what to build.`,
          range: ctx.range(q.start, q.end),
        });
      }
    }
  },
};
