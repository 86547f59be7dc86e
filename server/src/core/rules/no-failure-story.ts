// no-failure-story (bank): no story answers a failure question (8 and 17).
// Almost every interview asks about a failure, and it is the answer candidates most often have not prepared.
import { FAILURE_QUESTION_IDS, QUESTIONS } from '../knowledge/index';
import type { BankReport, BankRule } from './rule';

export const noFailureStory: BankRule = {
  meta: {
    id: 'no-failure-story',
    description: 'No story answers a failure question (8 or 17)',
    defaultSeverity: 'warning',
    tags: ['bank', 'coverage'],
    scope: 'bank',
  },
  reads: (e) => e.story.questions.map((q) => q.id),
  check(_stories, ctx) {
    if (FAILURE_QUESTION_IDS.length === 0 || FAILURE_QUESTION_IDS.some((id) => (ctx.storiesByQuestion.get(id)?.length ?? 0) > 0)) return [];
    const names = FAILURE_QUESTION_IDS.map((id) => `Q${id} "${QUESTIONS.find((q) => q.id === id)?.short ?? ''}"`).join(' and ');
    const out: BankReport = {
      ruleId: 'no-failure-story',
      question: FAILURE_QUESTION_IDS[0],
      message: `No story answers a failure question (${names}). Almost every interview asks about a failure: prepare one where you own a real mistake, what it cost, and what you do differently since.`,
    };
    return [out];
  },
};
