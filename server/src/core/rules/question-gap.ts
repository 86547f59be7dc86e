// question-gap (bank): a standard question no file answers, in a theme that has answers for other questions
// (a theme with none at all is one theme-gap finding, not one per question). The message follows the
// question's answer kind: a story, a pitch, a plan, or a list of questions to ask the interviewer.
import { questionIdAsWritten, questionLabel } from '../knowledge/index';
import type { AnswerKind } from '../knowledge/index';
import type { BankReport, BankRule } from './rule';

const WHAT: Record<AnswerKind, string> = {
  story: 'Tag a story that fits with `questions: [ID]`, or write one.',
  pitch: 'Prepare a short pitch for it (a file with `questions: [ID]`): who you are now, the turns that led here, one result with a number, why this role.',
  plan: 'Prepare the steps you would take (a file with `questions: [ID]`), ideally backed by a time you did something like it.',
  'questions-to-ask': 'Keep a list of questions to ask the interviewer in a file with `questions: [ID]`.',
};

export const questionGap: BankRule = {
  meta: {
    id: 'question-gap',
    description: 'A question of the bank\'s catalog that no story answers (in a theme that has answers for others)',
    defaultSeverity: 'info',
    tags: ['bank', 'coverage'],
    scope: 'bank',
  },
  reads: (e) => [e.story.themes, e.story.questions.map((q) => q.id)],
  check(_stories, ctx) {
    const out: BankReport[] = [];
    for (const q of ctx.catalog.questions) {
      if ((ctx.storiesByQuestion.get(q.id)?.length ?? 0) > 0) continue;
      if ((ctx.storiesByTheme.get(q.theme)?.length ?? 0) === 0) continue; // said once by theme-gap
      const answer = q.kind === 'story' ? 'story answers' : q.kind === 'questions-to-ask' ? 'file answers' : 'answer is prepared for';
      out.push({
        ruleId: 'question-gap',
        theme: q.theme,
        question: q.id,
        message: `No ${answer} ${questionLabel(q.id)}: "${q.text}". ${WHAT[q.kind].replace('ID', questionIdAsWritten(q.id))}`,
      });
    }
    return out;
  },
};
