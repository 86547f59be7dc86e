// Question sets: the chapter's 35 questions are written for ML engineers (set `ml`, the default). Five of them are
// about ML; the other sets reword those five for another role, keeping each question's id, theme and kind, so
// that stories tagged with the ids keep their meaning. Wording is the project's own.
import type { Question } from './types';

export const QUESTION_SET_IDS = ['ml', 'software', 'product', 'data', 'management'] as const;
export type QuestionSetId = (typeof QUESTION_SET_IDS)[number];

/** What a set changes in one question: its wording and short label, and what the interviewer evaluates. */
export type QuestionRewording = Pick<Question, 'text' | 'short'> & Partial<Pick<Question, 'evaluates'>>;

export interface QuestionSet {
  id: QuestionSetId;
  /** "Software engineering", shown in docs and `storybank questions`. */
  name: string;
  /** Rewordings by question id; every other question keeps the chapter's wording. */
  rewordings: Readonly<Record<number, QuestionRewording>>;
}

/** The ids of the ML-specific questions that the other sets reword. */
export const ROLE_SPECIFIC_QUESTION_IDS: readonly number[] = [9, 12, 23, 30, 33];

export const QUESTION_SETS: readonly QuestionSet[] = [
  { id: 'ml', name: 'Machine learning engineering (the chapter\'s wording)', rewordings: {} },
  {
    id: 'software',
    name: 'Software engineering',
    rewordings: {
      9: { text: 'How do you stay current with the fast-moving tools and practices of software engineering?', short: 'Staying current' },
      12: { text: 'How do you explain a complex technical design to a non-technical audience?', short: 'Explaining to non-experts' },
      23: { text: 'Tell me about a time you had to debug a hard problem in a production system.', short: 'Debugging a system' },
      30: { text: 'Your service\'s error rate jumps suddenly in production. What do you do?', short: 'Production incident' },
      33: { text: 'How would you onboard a new engineer to your team?', short: 'Onboarding an engineer' },
    },
  },
  {
    id: 'product',
    name: 'Product management',
    rewordings: {
      9: { text: 'How do you stay current with your market, your users and product practice?', short: 'Staying current' },
      12: { text: 'How do you explain a complex product trade-off to people outside the team?', short: 'Explaining trade-offs' },
      23: { text: 'Tell me about a time you had to find out why a product or feature was not working for users.', short: 'Diagnosing a product' },
      30: { text: 'A key product metric drops suddenly after a release. What do you do?', short: 'Metric drop' },
      33: { text: 'How would you onboard a new product manager to your team?', short: 'Onboarding a PM' },
    },
  },
  {
    id: 'data',
    name: 'Data science and analytics',
    rewordings: {
      9: { text: 'How do you stay current with methods and tools in data science?', short: 'Staying current' },
      12: { text: 'How do you explain a complex analysis or statistical result to a non-technical audience?', short: 'Explaining to non-experts' },
      23: { text: 'Tell me about a time you had to track down an error in a data pipeline or an analysis.', short: 'Debugging data' },
      30: { text: 'A dashboard metric everyone relies on suddenly looks wrong. What do you do?', short: 'Metric looks wrong' },
      33: { text: 'How would you onboard a new data scientist to your team?', short: 'Onboarding an analyst' },
    },
  },
  {
    id: 'management',
    name: 'Engineering management',
    rewordings: {
      9: { text: 'How do you keep your technical and management skills current?', short: 'Staying current' },
      12: { text: 'How do you explain a complex technical situation to executives or other non-technical leaders?', short: 'Explaining upward' },
      23: { text: 'Tell me about a time you had to find the root cause of a recurring problem in your team\'s delivery.', short: 'Diagnosing delivery' },
      30: { text: 'A system your team owns has a serious outage. What do you do?', short: 'Team outage' },
      33: { text: 'How would you onboard a new engineer or manager to your organisation?', short: 'Onboarding a report' },
    },
  },
];
