// Company lenses: which of the 35 questions each company's interviewers lean on. The mappings follow the
// reference chapter; names of Amazon's principles are Amazon's own; every description is the project's words.
import type { CompanyLens } from './types';

export const COMPANIES: readonly CompanyLens[] = [
  {
    id: 'amazon',
    name: 'Amazon',
    summary:
      'Amazon scores every behavioral answer against its Leadership Principles; each interviewer is usually assigned a few principles to probe, so have a story ready for each.',
    groups: [
      {
        name: 'Customer Obsession',
        description: 'You start from what the customer or user needs and work backwards, even when an internal stakeholder is pulling elsewhere.',
        questions: [13, 16],
      },
      {
        name: 'Ownership',
        description: 'You act for the long term and take responsibility beyond your own task, including for failures and for stopping work that is not paying off.',
        questions: [17, 26, 34],
      },
      {
        name: 'Invent and Simplify',
        description: 'You look for simpler or new solutions and can show why the one you picked beat the alternatives.',
        questions: [6, 7],
      },
      {
        name: 'Are Right, A Lot',
        description: 'Your judgment is usually sound, you seek out views that contradict yours, and you change course when you turn out to be wrong.',
        questions: [8, 10],
      },
      {
        name: 'Learn and Be Curious',
        description: 'You keep learning without being told to and bring what you learn back into your work.',
        questions: [9, 24, 25],
      },
      {
        name: 'Hire and Develop the Best',
        description: 'You raise the level of the team by helping new people and colleagues grow.',
        questions: [33],
      },
      {
        name: 'Insist on the Highest Standards',
        description: 'You keep quality high when time is short or the code you inherit is poor, and you fix problems so they stay fixed.',
        questions: [18, 31],
      },
      {
        name: 'Bias for Action',
        description: 'You move quickly on decisions that can be reversed instead of waiting for certainty.',
        questions: [10, 19],
      },
      {
        name: 'Earn Trust',
        description: 'You listen, speak candidly, accept criticism and treat people with respect while you disagree with them.',
        questions: [11, 14, 15],
      },
      {
        name: 'Dive Deep',
        description: 'You go down to the details and the data yourself to find the real cause of a problem.',
        questions: [21, 23],
      },
      {
        name: 'Have Backbone; Disagree and Commit',
        description: 'You challenge decisions you think are wrong, respectfully and with evidence, and then commit fully once a decision is made.',
        questions: [27, 32],
      },
    ],
  },
  {
    id: 'google',
    name: 'Google',
    summary:
      'Google looks for "Googleyness": humility about being wrong, working across teams without ego, comfort with ambiguity and ethical judgment.',
    groups: [
      {
        name: 'Googleyness',
        description: 'Stories where you admit mistakes gracefully, collaborate without ego, reason through unclear problems and weigh ethical questions.',
        questions: [4, 8, 11, 14, 22, 26, 27],
      },
    ],
  },
  {
    id: 'meta',
    name: 'Meta',
    summary:
      'Meta rewards speed, boldness and measurable impact: shipping early, iterating in production and moving quickly across teams.',
    groups: [
      {
        name: 'Move fast',
        description: 'Stories with concrete impact numbers, short iteration cycles and a willingness to ship something imperfect and improve it.',
        questions: [6, 16, 18, 19, 20],
      },
    ],
  },
  {
    id: 'startup',
    name: 'Startups',
    summary:
      'Startups want people who can do a lot with little: switch roles, decide with thin data, take on unglamorous work and learn fast.',
    groups: [
      {
        name: 'Scrappiness',
        description: 'Stories of resourcefulness under tight constraints, quick decisions with limited information and fast learning.',
        questions: [10, 18, 19, 22, 24],
      },
    ],
  },
];
