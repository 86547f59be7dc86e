// The 35 standard behavioral questions, numbered and grouped as in the reference chapter.
// `text` is the question as interviewers commonly ask it; `short`, `evaluates` and `followUps`
// are the project's own words.
import type { Question } from './types';

export const QUESTIONS: readonly Question[] = [
  // Self-Awareness and Motivation (1–5)
  {
    id: 1,
    text: 'Tell me about yourself.',
    short: 'Tell me about yourself',
    theme: 'self-awareness',
    kind: 'pitch',
    parts: ['now', 'arc', 'impact', 'why-here'],
    evaluates:
      'Whether you can give a short, connected account of your career that starts from where you are now and points at this role, instead of reading out your CV.',
    followUps: [
      'Which move in your career changed your direction the most, and why did you make it?',
      'What result are you proudest of from your current job, in numbers?',
      'What made you apply for this particular role now?',
    ],
  },
  {
    id: 2,
    text: 'Why do you want to work here?',
    short: 'Why this company',
    theme: 'self-awareness',
    kind: 'pitch',
    parts: ['why-here'],
    evaluates:
      'Whether your interest is specific and researched — their product, their technical problems, their people — and whether you are likely to stay once hired.',
    followUps: [
      'What do you know about the problems this team is working on right now?',
      'Which other companies are you talking to, and how does this one compare?',
      'What would make you leave after a year?',
    ],
  },
  {
    id: 3,
    text: 'What is your greatest strength?',
    short: 'Greatest strength',
    theme: 'self-awareness',
    kind: 'story',
    evaluates:
      'Whether you can name a strength that matters for this job and prove it with a concrete episode rather than adjectives.',
    followUps: [
      'Tell me about a time that strength got you into trouble.',
      'How would your last manager describe the same strength?',
      'How will that strength show up in your first three months here?',
    ],
  },
  {
    id: 4,
    text: 'What is your greatest weakness?',
    short: 'Greatest weakness',
    theme: 'self-awareness',
    kind: 'story',
    evaluates:
      'Honesty about a real shortcoming that affects your work, plus evidence that you are working on it and have made some progress.',
    followUps: [
      'When did this weakness last cost your team something?',
      'What have you done about it in the last month?',
      'Would a former colleague name the same weakness?',
    ],
  },
  {
    id: 5,
    text: 'Where do you see yourself in five years?',
    short: 'Five-year plan',
    theme: 'self-awareness',
    kind: 'pitch',
    parts: ['now', 'why-here'],
    evaluates:
      'That you have a sense of direction, that it fits what the company can offer, and that you will neither stall nor outgrow the role too fast.',
    followUps: [
      'Do you want to grow as an individual contributor or as a manager, and why?',
      'What skills are you missing for that goal today?',
      'How does this role move you toward it?',
    ],
  },

  // Technical Decision-Making (6–10)
  {
    id: 6,
    text: 'Tell me about a technical decision you made that had significant impact.',
    short: 'High-impact decision',
    theme: 'technical-decision',
    kind: 'story',
    evaluates:
      'Your eye for decisions with leverage and your reasoning: the options you weighed, the costs you accepted, and how you brought skeptics along.',
    followUps: [
      'What alternatives did you reject, and what would have happened with them?',
      'Who disagreed with the decision, and how did you handle it?',
      'How did you measure the impact afterwards?',
      'Would you make the same call today?',
    ],
  },
  {
    id: 7,
    text: 'Describe a time you had to choose between two good options.',
    short: 'Two good options',
    theme: 'technical-decision',
    kind: 'story',
    evaluates:
      'Whether you make tradeoffs explicit and decide on criteria you can state, rather than on instinct or on who argued loudest.',
    followUps: [
      'What criteria did you use, and who agreed on them?',
      'What evidence would have changed your choice?',
      'What did the option you did not pick cost you?',
    ],
  },
  {
    id: 8,
    text: 'Tell me about a time you chose the wrong approach and had to change course.',
    short: 'Wrong approach',
    theme: 'technical-decision',
    kind: 'story',
    failure: true,
    evaluates:
      'How quickly you notice that you are on the wrong path, how openly you admit it, and what you change in your habits afterwards.',
    followUps: [
      'What was the earliest signal you missed, and why did you miss it?',
      'How much time or money did the detour cost?',
      'How did you tell your team and stakeholders?',
      'What do you check first now, before committing to an approach?',
    ],
  },
  {
    id: 9,
    text: 'How do you stay current with the rapidly evolving ML/AI field?',
    short: 'Staying current',
    theme: 'technical-decision',
    kind: 'story',
    evaluates:
      'Genuine, self-driven curiosity with a filter: you tell lasting ideas from fashion and you put what you read into practice.',
    followUps: [
      'What is something you read recently that you actually used at work?',
      'Which popular idea do you think is overrated, and why?',
      'How do you decide what is worth your time to try?',
    ],
  },
  {
    id: 10,
    text: 'Tell me about a time you had to make a decision with incomplete information.',
    short: 'Incomplete information',
    theme: 'technical-decision',
    kind: 'story',
    evaluates:
      'Whether you can move forward under uncertainty with a reasoned bet and a way back out, instead of waiting for data that will not come in time.',
    followUps: [
      'What information did you wish you had, and what would it have cost to get it?',
      'What was your fallback if the bet failed?',
      'How did you know when you had enough to decide?',
    ],
  },

  // Collaboration and Communication (11–15)
  {
    id: 11,
    text: 'Tell me about a time you had a disagreement with a colleague.',
    short: 'Disagreement with colleague',
    theme: 'collaboration',
    kind: 'story',
    evaluates:
      'Whether you argue about ideas rather than people, look for evidence both sides accept, and settle things without escalating or leaving resentment.',
    followUps: [
      'What was the strongest point in your colleague\'s position?',
      'How is your working relationship with that person now?',
      'What would you have done if the data had gone against you?',
    ],
  },
  {
    id: 12,
    text: 'How do you explain a complex ML concept to a non-technical audience?',
    short: 'Explaining to non-experts',
    theme: 'collaboration',
    kind: 'story',
    evaluates:
      'Whether you can pitch an explanation at the listener\'s level — analogies, decisions, consequences — without talking down or hiding behind jargon.',
    followUps: [
      'Walk me through how you would explain one of your own projects to a sales lead.',
      'How do you check that the audience really understood?',
      'Tell me about an explanation that did not land.',
    ],
  },
  {
    id: 13,
    text: 'Tell me about a time you worked with a difficult stakeholder.',
    short: 'Difficult stakeholder',
    theme: 'collaboration',
    kind: 'story',
    evaluates:
      'Whether you stay professional under pressure, work out what the other person actually needs, and keep the relationship working.',
    followUps: [
      'What was driving the stakeholder\'s behaviour, in your view?',
      'What did you give up to reach agreement?',
      'What would you do differently from the first meeting?',
    ],
  },
  {
    id: 14,
    text: 'Describe a time you received critical feedback. How did you respond?',
    short: 'Critical feedback',
    theme: 'collaboration',
    kind: 'story',
    evaluates:
      'Whether you can take criticism without getting defensive and show a concrete change in behaviour that followed it.',
    followUps: [
      'What was your first reaction, honestly?',
      'How did you check later that the change had stuck?',
      'Have you given similar feedback to someone else since?',
    ],
  },
  {
    id: 15,
    text: 'Tell me about a time you had to persuade someone to change their mind.',
    short: 'Persuading someone',
    theme: 'collaboration',
    kind: 'story',
    evaluates:
      'Influence without authority: understanding the other person\'s concern and moving them with evidence and empathy, not rank or pressure.',
    followUps: [
      'What was their main objection, and how did you address it?',
      'What if they had not changed their mind?',
      'Have you ever been the one persuaded? What did it take?',
    ],
  },

  // Project Execution and Delivery (16–20)
  {
    id: 16,
    text: 'Tell me about a project you are most proud of.',
    short: 'Proudest project',
    theme: 'execution',
    kind: 'story',
    evaluates:
      'What you count as good work, whether you can state its impact plainly, and whether you give credit to the people who built it with you.',
    followUps: [
      'What part of it was yours, and what did others do?',
      'What was the hardest moment in the project?',
      'What would you build differently now?',
      'How do you know it mattered to users or the business?',
    ],
  },
  {
    id: 17,
    text: 'Tell me about a project that failed.',
    short: 'Failed project',
    theme: 'execution',
    kind: 'story',
    failure: true,
    evaluates:
      'Ownership of a real failure, told without excuses or pointing at others, and a lesson that visibly changed how you work.',
    followUps: [
      'What was your own part in the failure?',
      'When could the failure have been spotted, and by whom?',
      'What did you do differently on the next project?',
      'Was anything salvaged from it?',
    ],
  },
  {
    id: 18,
    text: 'Describe a time you delivered under a tight deadline.',
    short: 'Tight deadline',
    theme: 'execution',
    kind: 'story',
    evaluates:
      'Whether you can narrow scope sensibly under time pressure — knowing which corners are safe to cut and which protect quality.',
    followUps: [
      'What did you leave out, and how did you decide?',
      'Did any shortcut come back to bite you later?',
      'How did you keep stakeholders informed along the way?',
    ],
  },
  {
    id: 19,
    text: 'How do you handle shifting priorities or changing requirements?',
    short: 'Shifting priorities',
    theme: 'execution',
    kind: 'story',
    evaluates:
      'Adaptability: whether you adjust plans calmly and productively, and push back only where the change really costs something.',
    followUps: [
      'Tell me about a change you pushed back on. What happened?',
      'How do you protect work already done when goals move?',
      'How do you explain the cost of a change to the person requesting it?',
    ],
  },
  {
    id: 20,
    text: 'Tell me about a time you managed multiple competing projects.',
    short: 'Competing projects',
    theme: 'execution',
    kind: 'story',
    evaluates:
      'How you rank work and manage a portfolio — what you said no to, and how you avoided bouncing between tasks.',
    followUps: [
      'Which project did you deprioritise, and who did you have to tell?',
      'What system do you use to track commitments?',
      'What slipped, and how did you handle it?',
    ],
  },

  // Problem-Solving and Critical Thinking (21–23)
  {
    id: 21,
    text: 'Describe a complex problem you solved.',
    short: 'Complex problem',
    theme: 'problem-solving',
    kind: 'story',
    evaluates:
      'Whether you break a tangled problem into parts you can test, and work through them in a deliberate order rather than by trial and error.',
    followUps: [
      'How did you decide which part to attack first?',
      'Which hypothesis turned out to be wrong?',
      'How did you know the problem was really solved?',
    ],
  },
  {
    id: 22,
    text: 'How do you approach a problem you have never seen before?',
    short: 'Unfamiliar problem',
    theme: 'problem-solving',
    kind: 'story',
    evaluates:
      'A repeatable way of working through the unknown: framing the question, finding prior work, starting simple, and learning as you go.',
    followUps: [
      'Give me a concrete example where you used that method.',
      'How do you know when to ask for help?',
      'What do you do when your first simple attempt fails?',
    ],
  },
  {
    id: 23,
    text: 'Tell me about a time you had to debug a machine learning system.',
    short: 'Debugging ML system',
    theme: 'problem-solving',
    kind: 'story',
    evaluates:
      'Methodical debugging: checking data, pipeline and model in a sensible order and isolating the cause instead of tweaking until it works.',
    followUps: [
      'What did you check first, and why there?',
      'What monitoring would have caught it sooner?',
      'How did you stop the same bug from coming back?',
    ],
  },

  // Growth Mindset and Learning (24–25)
  {
    id: 24,
    text: 'Tell me about a time you had to learn a new technology or domain quickly.',
    short: 'Learning fast',
    theme: 'growth',
    kind: 'story',
    evaluates:
      'How fast and how independently you get up to speed, and whether you pick the right things to learn first.',
    followUps: [
      'What did you learn first, and what did you decide to skip?',
      'Who or what helped you most?',
      'What mistake did you make because you were new to it?',
    ],
  },
  {
    id: 25,
    text: 'What is the most impactful thing you have learned in the past year?',
    short: 'Recent learning',
    theme: 'growth',
    kind: 'story',
    evaluates:
      'Whether you are still growing, and whether what you learn is relevant enough to change how you work.',
    followUps: [
      'How has it changed something you actually do?',
      'How did you come across it?',
      'What are you trying to learn next?',
    ],
  },

  // Ethics and Values (26–27)
  {
    id: 26,
    text: 'Tell me about a time you did the right thing even when it was hard.',
    short: 'Doing the right thing',
    theme: 'ethics',
    kind: 'story',
    evaluates:
      'Integrity under pressure: that you speak up about a real risk or harm even when it is awkward or costly for you.',
    followUps: [
      'What did speaking up cost you or the team?',
      'Who did you raise it with first, and why them?',
      'What would you have done if you had been overruled?',
    ],
  },
  {
    id: 27,
    text: "How do you handle a situation where you disagree with your company's direction?",
    short: 'Disagreeing with direction',
    theme: 'ethics',
    kind: 'story',
    evaluates:
      'Whether you raise disagreement through the right channels, argue constructively, and can commit to a decision you would not have made.',
    followUps: [
      'Tell me about a time you committed to a decision you disagreed with.',
      'Where is the line at which you would not go along?',
      'How did you express the disagreement, and to whom?',
    ],
  },

  // Company and Role Fit (28–29)
  {
    id: 28,
    text: 'Why are you leaving your current role?',
    short: 'Why leaving',
    theme: 'company-fit',
    kind: 'pitch',
    parts: ['now', 'why-here'],
    evaluates:
      'Whether you are moving toward something you want rather than away from something you resent, and whether there is a warning sign behind the move.',
    followUps: [
      'What would your current employer have to change for you to stay?',
      'What will you miss about your current team?',
      'How does this role give you what is missing there?',
    ],
  },
  {
    id: 29,
    text: 'What questions do you have for me?',
    short: 'Questions for interviewer',
    theme: 'company-fit',
    kind: 'questions-to-ask',
    evaluates:
      'Real curiosity and preparation: questions that show you researched the team and that you think about how the work gets done.',
    followUps: [
      'Which answer from the interviewer would make you turn the offer down?',
      'What do you still want to know about the team before deciding?',
    ],
  },

  // Situational and Hypothetical (30–35)
  {
    id: 30,
    text: "Your model's performance drops suddenly in production. What do you do?",
    short: 'Production model drop',
    theme: 'situational',
    kind: 'plan',
    evaluates:
      'Calm, ordered incident handling: limit the damage, confirm the drop is real, find the cause step by step and prevent a repeat.',
    followUps: [
      'What is the first thing you would look at, and why?',
      'When would you roll back rather than keep investigating?',
      'Who would you tell, and when?',
      'Tell me about a real incident like this you handled.',
    ],
  },
  {
    id: 31,
    text: 'You join a team and realize the codebase is a mess. What do you do?',
    short: 'Messy codebase',
    theme: 'situational',
    kind: 'plan',
    evaluates:
      'Pragmatism over perfectionism: improving things step by step, earning trust first, and not insulting the people who wrote the code.',
    followUps: [
      'What would you fix first, and how would you justify the time?',
      'How would you win over the people who wrote the code?',
      'When is a rewrite the right answer?',
    ],
  },
  {
    id: 32,
    text: 'Your manager asks you to do something you think is technically wrong. What do you do?',
    short: 'Manager asks wrong thing',
    theme: 'situational',
    kind: 'plan',
    evaluates:
      'Respectful pushback: stating the technical concern with evidence, understanding the manager\'s constraints, and knowing when to commit anyway.',
    followUps: [
      'How would you raise it without undermining your manager?',
      'What if your manager still insists?',
      'Has this happened to you? What did you do?',
    ],
  },
  {
    id: 33,
    text: 'How would you onboard a new ML engineer to your team?',
    short: 'Onboarding an engineer',
    theme: 'situational',
    kind: 'plan',
    evaluates:
      'Whether you care about building the team and can give a newcomer the structure, context and early wins to succeed.',
    followUps: [
      'What should they have shipped after their first two weeks?',
      'How would you find out what they already know?',
      'What did your own best onboarding look like?',
    ],
  },
  {
    id: 34,
    text: 'What would you do if you realized halfway through a project that the approach was not going to work?',
    short: 'Mid-project pivot',
    theme: 'situational',
    kind: 'plan',
    evaluates:
      'The nerve to stop your own work when the evidence says so, and the discipline to tell people early and propose what to do instead.',
    followUps: [
      'How would you tell a real dead end from an approach that is merely hard?',
      'How would you break the news to stakeholders?',
      'What would you keep from the abandoned work?',
    ],
  },
  {
    id: 35,
    text: 'Do you have any questions about the role or team?',
    short: 'Closing questions',
    theme: 'situational',
    kind: 'questions-to-ask',
    evaluates:
      'How you use the last minutes: well-chosen questions that show interest and draw out any doubt the interviewer still holds, while you can still answer it.',
    followUps: [
      'Prepare a question that invites the interviewer to name any concern about your fit.',
      'Prepare a question about what success looks like in the first six months.',
    ],
  },
];

/**
 * The standard questions that some rules single out, by name, so that no rule carries a bare id.
 * A test checks that each name points at the question it says.
 */
export const QUESTION_ID = {
  tellMeAboutYourself: 1,
  greatestWeakness: 4,
  fiveYears: 5,
  whyLeaving: 28,
} as const;
