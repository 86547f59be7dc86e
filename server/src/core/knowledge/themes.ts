// The nine themes of the behavioral interview. Names and membership follow the reference chapter;
// summaries are the project's own words. Each theme's `questions` list is derived from QUESTIONS in
// index.ts, so the two can never disagree.
import type { ThemeId } from '../types';

export interface ThemeData {
  id: ThemeId;
  name: string;
  /** The name for narrow places (the side bar at its default width, matrix headers); the name when it fits. */
  short: string;
  summary: string;
}

export const THEME_DATA: readonly ThemeData[] = [
  {
    id: 'self-awareness',
    name: 'Self-Awareness and Motivation',
    short: 'Self-Awareness and Motivation',
    summary:
      'Who you are and why you are here: an honest picture of your strengths and weak spots, what drives you, and where your career is heading. Interviewers use it to guess how you will behave on the team.',
  },
  {
    id: 'technical-decision',
    name: 'Technical Decision-Making',
    short: 'Technical Decision-Making',
    summary:
      'How you choose between technical options: naming the tradeoffs, collecting evidence, committing without perfect data, and changing your mind when the evidence turns.',
  },
  {
    id: 'collaboration',
    name: 'Collaboration and Communication',
    short: 'Collaboration',
    summary:
      'How you work with people inside and outside your team: disagreeing without damage, explaining technical ideas to non-specialists, taking feedback and winning people over with evidence.',
  },
  {
    id: 'execution',
    name: 'Project Execution and Delivery',
    short: 'Project Execution and Delivery',
    summary:
      'Whether you get things shipped: planning, scoping, trading off under deadlines and shifting goals, and owning the result when a project goes badly.',
  },
  {
    id: 'problem-solving',
    name: 'Problem-Solving and Critical Thinking',
    short: 'Problem-Solving',
    summary:
      'How you take apart a hard or unfamiliar problem: breaking it down, forming hypotheses, testing them in a sensible order and not guessing at random.',
  },
  {
    id: 'growth',
    name: 'Growth Mindset and Learning',
    short: 'Growth Mindset and Learning',
    summary:
      'Whether you keep learning on purpose: picking up new tools or domains fast and turning what you learn into changes in your work.',
  },
  {
    id: 'ethics',
    name: 'Ethics and Values',
    short: 'Ethics and Values',
    summary:
      'Where you draw lines: raising uncomfortable concerns, weighing harm against convenience, and staying constructive when you disagree with decisions above you.',
  },
  {
    id: 'company-fit',
    name: 'Company and Role Fit',
    short: 'Company and Role Fit',
    summary:
      'Why this company and this role, and why now: your reasons for moving on and the questions you ask show judgment, research and genuine interest.',
  },
  {
    id: 'situational',
    name: 'Situational and Hypothetical',
    short: 'Situational and Hypothetical',
    summary:
      'What you would do in a scenario you may not have lived yet: production incidents, inherited messes, pushback on a manager, onboarding others, abandoning a plan. A real past example makes the answer credible.',
  },
];
