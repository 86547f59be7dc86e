// Answer kinds: the shape a good answer takes for each kind of question (facts from the reference chapter,
// wording our own). A question's kind is in questions.ts; a story's kind follows the questions it answers.
//
// The parser reads every answer into five slots (setup, challenge, approach, outcome, learning). The other kinds'
// parts map onto those slots, so one parser serves every kind and the part-based rules work on the slot while
// naming the part the way the kind does:
//
//   kind              parts (slot)
//   story             Setup (setup), Challenge (challenge), Approach (approach), Outcome (outcome), Learning (learning)
//   pitch             Now (setup), Arc (approach), Impact (outcome), Why here (learning)
//   plan              Situation (setup), Steps (approach), Real case (outcome), Principle (learning)
//   questions-to-ask  no parts: a list of questions for the interviewer
import type { PartName, Story } from '../types';
import type { AnswerKind, AnswerShape, ShapePart } from './types';
import { QUESTIONS } from './questions';

export const ANSWER_KINDS: readonly AnswerKind[] = ['story', 'pitch', 'plan', 'questions-to-ask'];

const STORY_PARTS: ShapePart[] = [
  {
    id: 'setup',
    title: 'Setup',
    slot: 'setup',
    labels: [],
    prompt: '[Where and when: the team, the system, what was at stake, in one or two sentences]',
    why: 'the listener needs a sentence of context before the problem makes sense.',
    seconds: 15,
  },
  {
    id: 'challenge',
    title: 'Challenge',
    slot: 'challenge',
    labels: [],
    prompt: '[What made it hard, and what you were responsible for]',
    why: 'without it the listener cannot tell what was hard or what you owned.',
    seconds: 15,
  },
  {
    id: 'approach',
    title: 'Approach',
    slot: 'approach',
    labels: [],
    prompt: '[What you did, step by step, with "I" for your part and who you worked with]',
    why: 'this is where you show what you did, the part interviewers weigh most.',
    seconds: 60,
  },
  {
    id: 'outcome',
    title: 'Outcome',
    slot: 'outcome',
    labels: [],
    prompt: '[What changed, with a number: from what to what, in how long]',
    why: 'the interviewer needs to hear how it ended, ideally with a number.',
    seconds: 15,
  },
  {
    id: 'learning',
    title: 'Learning',
    slot: 'learning',
    labels: [],
    prompt: '[What you took from it and what you do differently now]',
    why: 'saying what you took from it shows you grow from experience.',
    seconds: 15,
  },
];

const PITCH_PARTS: ShapePart[] = [
  {
    id: 'now',
    title: 'Now',
    slot: 'setup',
    labels: [
      'now', 'today', 'present', 'the present', 'right now', 'who i am', 'who i am now', 'where i am now',
      'current role', 'currently', 'present role', 'where i am today',
    ],
    prompt: '[Who you are now: your role, your specialty, the kind of problems you own]',
    why: 'the interviewer first wants to place you: your role and what you are good at today.',
    seconds: 15,
  },
  {
    id: 'arc',
    title: 'Arc',
    slot: 'approach',
    labels: [
      'arc', 'career arc', 'my arc', 'path', 'my path', 'career path', 'journey', 'my journey', 'career journey',
      'turns', 'career turns', 'key turns', 'transitions', 'key transitions', 'career transitions',
      'how i got here', 'how i got here so far', 'past', 'the past', 'career story',
    ],
    prompt: '[Two or three turns in your career that led here, and why you took each one]',
    why: 'two or three turns, each with its reason, show a direction rather than a list of jobs.',
    seconds: 45,
  },
  {
    id: 'impact',
    title: 'Impact',
    slot: 'outcome',
    labels: [
      'biggest impact', 'achievement', 'key achievement', 'proudest achievement', 'biggest achievement',
      'highlight', 'career highlight', 'proof point', 'proof', 'biggest win', 'signature result',
    ],
    prompt: '[One result you are proud of, with a number: what changed, from what to what]',
    why: 'one result with its size is the proof that the rest of the pitch is true.',
    seconds: 20,
  },
  {
    id: 'why-here',
    title: 'Why here',
    slot: 'learning',
    labels: [
      'why here', 'why you',
      'why now', 'why me', 'why i am here', "why i'm here", 'why i applied', 'future', 'the future', 'next',
      "what's next", 'what is next', 'where i am going', "where i'm going", 'where i am heading',
      "where i'm heading", 'direction', 'looking for', 'what i am looking for', "what i'm looking for", 'motivation', 'my motivation',
      'moving toward', 'fit',
      'why the fit', 'company fit',
    ],
    prompt: '[Why this company and this role: the specific work, team or problem that draws you, and how it fits where you are heading]',
    why: 'the answer has to land on this company and this role, or it could be said anywhere.',
    seconds: 20,
  },
];

const PLAN_PARTS: ShapePart[] = [
  {
    id: 'situation',
    title: 'Situation',
    slot: 'setup',
    labels: ['first read', 'assessment', 'how i read it', 'what i would check first', 'triage'],
    prompt: '[How you would read the situation first: what you would check, and what decides how urgent it is]',
    why: 'saying how you would read the situation first shows you would not rush in.',
    seconds: 15,
  },
  {
    id: 'steps',
    title: 'Steps',
    slot: 'approach',
    labels: [
      'steps', 'my steps', 'the steps', 'plan', 'my plan', 'the plan', 'action plan', 'what i would do',
      "what i'd do", 'how i would approach it', "how i'd approach it", 'how i would handle it',
      "how i'd handle it", 'first steps', 'playbook', 'my approach',
    ],
    prompt: '[The steps you would take, in order, and why each one comes where it does]',
    why: 'the interviewer is judging how you would act, so the steps are the answer.',
    seconds: 60,
  },
  {
    id: 'case',
    title: 'Real case',
    slot: 'outcome',
    labels: [
      'real case', 'a real case', 'real example', 'a real example', 'from experience', 'from my experience',
      'in practice', 'when it happened', 'when it happened to me', 'when i did this', 'case study', 'past example',
      'example from experience', 'evidence',
    ],
    prompt: '[A time you faced something like this: what you did and how it turned out, with a number if you have one]',
    why: 'a time you did something like it turns a plan into evidence.',
    seconds: 30,
  },
  {
    id: 'principle',
    title: 'Principle',
    slot: 'learning',
    labels: ['principle', 'principles i follow', 'rule of thumb', 'guiding principle', 'key principle'],
    prompt: '[The principle behind the plan, in one sentence]',
    why: 'one line on the principle behind the plan shows judgment you can reuse.',
    seconds: 10,
  },
];

/** The shape of each kind of answer. */
export const ANSWER_SHAPES: Record<AnswerKind, AnswerShape> = {
  story: {
    kind: 'story',
    name: 'Story',
    summary: 'A real episode told in parts: the setting, what made it hard, what you did, how it ended (with a number), and what you took from it.',
    parts: STORY_PARTS,
    required: 'structure',
    metric: ['outcome'],
    ordered: true,
    balanced: true,
  },
  pitch: {
    kind: 'pitch',
    name: 'Pitch',
    summary: 'A short account of yourself that starts from now: who you are, the two or three turns that led here, one result with a number, and why this company — or the parts of that the question asks for.',
    parts: PITCH_PARTS,
    required: ['now', 'arc', 'impact', 'why-here'],
    metric: ['impact'],
    ordered: false,
    balanced: false,
  },
  plan: {
    kind: 'plan',
    name: 'Plan',
    summary: 'For a hypothetical situation: the steps you would take, in order and with reasons, best backed by a real case where you did something like it.',
    parts: PLAN_PARTS,
    required: ['steps'],
    metric: [],
    ordered: true,
    balanced: true,
  },
  'questions-to-ask': {
    kind: 'questions-to-ask',
    name: 'Questions to ask',
    summary: 'A short list of questions for the interviewer about the work, the team and how success is judged — things the company website cannot tell you.',
    parts: [],
    required: [],
    metric: [],
    ordered: false,
    balanced: false,
    count: { min: 3, max: 5 },
  },
};

/**
 * When a story answers questions of different kinds, the kind that asks for the most wins:
 * story > plan > pitch > questions-to-ask. A real episode told in parts also serves a pitch or a plan (it is the
 * "real case"), and a pitch or a plan can hold a list of questions, but not the other way round.
 * A story that names no known question is a `story`.
 */
export const KIND_PRECEDENCE: readonly AnswerKind[] = ['story', 'plan', 'pitch', 'questions-to-ask'];

const kindById = new Map<number, AnswerKind>(QUESTIONS.map((q) => [q.id, q.kind]));

/** The kind of one question id (1..35), or undefined for an unknown id. */
export function questionKind(id: number): AnswerKind | undefined {
  return kindById.get(id);
}

/** The kind of an answer to these question ids (see KIND_PRECEDENCE); `story` when none is known. */
export function kindForQuestions(ids: readonly number[]): AnswerKind {
  const kinds = new Set<AnswerKind>();
  for (const id of ids) {
    const k = kindById.get(id);
    if (k) kinds.add(k);
  }
  return KIND_PRECEDENCE.find((k) => kinds.has(k)) ?? 'story';
}

/** The kind of a parsed story, from the questions it answers. */
export function storyKind(story: Pick<Story, 'questions'>): AnswerKind {
  return kindForQuestions(story.questions.map((q) => q.id));
}

export function shapeOf(kind: AnswerKind): AnswerShape {
  return ANSWER_SHAPES[kind];
}

/** The part of a kind that a parser slot holds (pitch: outcome → Impact), or undefined when the kind leaves it unused. */
export function shapePartForSlot(kind: AnswerKind, slot: PartName): ShapePart | undefined {
  return ANSWER_SHAPES[kind].parts.find((p) => p.slot === slot);
}

/**
 * The parts an answer to these questions must have, in told order. Story kind: the configured structure.
 * Other kinds: the union of what each question of that kind asks for (`Question.parts`), else the kind's list.
 */
export function requiredParts(kind: AnswerKind, questionIds: readonly number[], structure: readonly PartName[]): ShapePart[] {
  const shape = ANSWER_SHAPES[kind];
  if (shape.required === 'structure') return shape.parts.filter((p) => structure.includes(p.slot));
  const wanted = new Set<string>();
  let any = false;
  for (const id of questionIds) {
    const q = QUESTIONS.find((x) => x.id === id);
    if (!q || q.kind !== kind) continue;
    any = true;
    for (const p of q.parts ?? shape.required) wanted.add(p);
  }
  if (!any) for (const p of shape.required) wanted.add(p);
  return shape.parts.filter((p) => wanted.has(p.id));
}

/**
 * The parts whose prose must give a number: a story's outcome, a pitch's impact (whatever the pitch question: one
 * sized result makes the rest believable); none for a plan or a list of questions to ask.
 */
export function metricParts(kind: AnswerKind): ShapePart[] {
  const shape = ANSWER_SHAPES[kind];
  return shape.parts.filter((p) => shape.metric.includes(p.id));
}

/** Extra part labels of the non-story kinds, for the parser: normalised label → slot. */
export const KIND_PART_LABELS: ReadonlyMap<string, PartName> = new Map(
  ANSWER_KINDS.flatMap((k) => ANSWER_SHAPES[k].parts.flatMap((p) => p.labels.map((l) => [l, p.slot] as [string, PartName]))),
);

/**
 * Answers a rule does not judge by its usual measure, by kind and by question. solo-heroics counts who acts in a
 * story told as an episode of work; a pitch, a plan and a list of questions are about the speaker or the future,
 * and the weakness question (a story by kind) is about the speaker alone, so working with others is not the point
 * there: only a said "I did it all by myself" still counts. blame judges what happened in a setback the speaker
 * tells: a plan says what the speaker would do in a situation put to them ("a teammate who keeps missing reviews"),
 * and a list of questions asks; neither tells a setback anyone caused, so the other party in it is the premise, not
 * the one blamed.
 */
export const RULE_SKIPS: Readonly<Record<string, { kinds: readonly AnswerKind[]; questions: readonly number[] }>> = {
  'solo-heroics': { kinds: ['pitch', 'plan', 'questions-to-ask'], questions: [4] },
  blame: { kinds: ['plan', 'questions-to-ask'], questions: [] },
};

/** Whether a rule skips an answer of this kind (RULE_SKIPS). */
export function ruleSkipsKind(ruleId: string, kind: AnswerKind): boolean {
  return RULE_SKIPS[ruleId]?.kinds.includes(kind) ?? false;
}

/** Whether a rule skips answers to this question (by the question, or by its kind; an unknown id is a story). */
export function ruleSkipsQuestion(ruleId: string, questionId: number): boolean {
  return (RULE_SKIPS[ruleId]?.questions.includes(questionId) ?? false) || ruleSkipsKind(ruleId, questionKind(questionId) ?? 'story');
}

/**
 * Words that speak to the listener's company in the second person, by language: a pitch's last part ("why here")
 * turns to the interviewer ("your team", "vous", "Ihr Team", "贵公司"). A word written with a capital is matched
 * with its capital only (German "Sie" is the listener, "sie" is she or they). Typed data, counted by a test.
 */
export const LISTENER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['you', 'your', "you're", "you've", 'yours'],
  es: ['ustedes', 'usted', 'vuestro', 'vuestra', 'vuestros', 'vuestras', 'vosotros'],
  pt: ['vocês', 'você', 'vosso', 'vossa', 'teu', 'tua'],
  fr: ['vous', 'votre', 'vos'],
  de: ['Sie', 'Ihr', 'Ihre', 'Ihrem', 'Ihren', 'Ihnen', 'euch', 'eure', 'euer'],
  it: ['voi', 'vostro', 'vostra', 'vostri', 'vostre'],
  nl: ['jullie', 'uw'],
  zh: ['你们', '您', '贵公司', '贵司', '你們', '貴公司'],
  ja: ['御社', '貴社', '皆さん', '皆様'],
  ko: ['귀사', '여러분'],
};

const LATIN_LISTENER_WORDS = Object.entries(LISTENER_WORDS).filter(([l]) => !['zh', 'ja', 'ko'].includes(l)).flatMap(([, ws]) => ws);
const latinWords = (ws: readonly string[], flags: string): RegExp => new RegExp(`(?<![\\p{L}\\p{M}'’])(?:${ws.join('|')})(?![\\p{L}\\p{M}])`, flags);
const LISTENER_LATIN = latinWords(LATIN_LISTENER_WORDS.filter((w) => w === w.toLowerCase()), 'iu');
const LISTENER_CASED = latinWords(LATIN_LISTENER_WORDS.filter((w) => w !== w.toLowerCase()), 'u');
const LISTENER_CJK = new RegExp(['zh', 'ja', 'ko'].flatMap((l) => LISTENER_WORDS[l]).join('|'), 'u');

/** Whether a text speaks to the listener in the second person (LISTENER_WORDS). */
export function addressesListener(text: string): boolean {
  return LISTENER_LATIN.test(text) || LISTENER_CASED.test(text) || LISTENER_CJK.test(text);
}
