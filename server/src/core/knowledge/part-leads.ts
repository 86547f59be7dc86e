// Leads that name a part by what they say rather than by a part's own name: a short clause with the speaker as
// subject ("What I've delivered", "Where I am now", "Why I'm moving on"), read by its words (the verb, its tense
// and the wh-word), not as a whole string. Typed data, counted by a test (test/unit/parse-part-leads.test.ts).
import type { PartName } from '../types';

/** The speaker as a clause's subject, in the forms a lead takes (normalised: lower case). */
export const LEAD_SUBJECTS: readonly string[] = ['i', 'we'];

/**
 * Verbs by what a lead built on them names, per tense (the forms written out: the engine does not lemmatise).
 * - `perfect`: after "I've"/"I have" ("What I've built") the verb names what the speaker has to show: the result.
 * - `past`: in the simple past ("What I changed", "What I tried") the verb names what the speaker did.
 * - `present`: in the present or progressive ("What I do about it", "What I'm doing") what the speaker does now.
 * - `hindsight`: after "I'd"/"I would" ("What I'd keep", "What I'd change") what the speaker would keep or change.
 * - `learned`: "What I took from it", "What I learned": what the speaker learned, in any tense.
 */
export const LEAD_VERBS: Readonly<Record<'perfect' | 'past' | 'present' | 'hindsight' | 'learned', readonly string[]>> = {
  perfect: [
    'achieved', 'built', 'delivered', 'done', 'changed', 'shipped', 'led', 'accomplished', 'won', 'created', 'made',
    'improved', 'launched', 'grown', 'saved', 'fixed', 'contributed',
  ],
  past: [
    'did', 'changed', 'tried', 'decided', 'proposed', 'chose', 'handled', 'fixed', 'tackled', 'started', 'set up',
    'put in place', 'asked for',
  ],
  present: ['do', 'doing', 'am doing', "'m doing", 'are doing', "'re doing", 'changing', 'working on', 'trying'],
  hindsight: ['keep', 'change', 'do differently', 'do again', 'repeat', 'do the same', 'redo', 'avoid'],
  learned: ['learned', 'learnt', 'learn', 'took from', 'take from', 'took away', 'take away', 'carry forward', 'got from'],
};

/**
 * The part each tense of LEAD_VERBS names. The hindsight of a story is its learning; a weakness answer's "what I'm
 * doing about it" is what the speaker does, its approach.
 */
export const LEAD_VERB_PARTS: Readonly<Record<keyof typeof LEAD_VERBS, PartName>> = {
  perfect: 'outcome',
  past: 'approach',
  present: 'approach',
  hindsight: 'learning',
  learned: 'learning',
};

/**
 * Leads read by their wh-word and what follows (normalised; `S` stands for a subject of LEAD_SUBJECTS, `BE` for its
 * present "be": "'m", " am", "'re", " are"). The pitch's parts as a speaker names them in their own words: where they
 * are now, how they got here, where they are going, why this company.
 */
export const LEAD_PLACES: readonly { words: string; part: PartName }[] = [
  { words: 'where S BE', part: 'setup' },
  { words: 'where S BE now', part: 'setup' },
  { words: 'where S BE today', part: 'setup' },
  { words: 'where S BE at', part: 'setup' },
  { words: 'where S stand', part: 'setup' },
  { words: 'where S work', part: 'setup' },
  { words: 'where S BE headed', part: 'learning' },
  { words: 'where S BE heading', part: 'learning' },
  { words: 'where S BE going', part: 'learning' },
  { words: 'where S see myself', part: 'learning' },
  { words: 'where S want to be', part: 'learning' },
  { words: 'where S want to go', part: 'learning' },
  { words: 'how S got here', part: 'approach' },
  { words: 'how S got there', part: 'approach' },
  { words: 'how S ended up here', part: 'approach' },
  { words: 'what led here', part: 'approach' },
  { words: 'what led me here', part: 'approach' },
  { words: 'what brought me here', part: 'approach' },
  { words: 'where it stands', part: 'outcome' },
  { words: 'where things stand', part: 'outcome' },
  { words: 'how it went', part: 'outcome' },
  { words: 'how it ended', part: 'outcome' },
  { words: 'how it turned out', part: 'outcome' },
  { words: 'what happened', part: 'outcome' },
  { words: 'what happened next', part: 'outcome' },
  { words: 'what S bring', part: 'outcome' },
  { words: "what S'd bring", part: 'outcome' },
  { words: 'what S would bring', part: 'outcome' },
  { words: "what S'd look at first", part: 'setup' },
  { words: 'what S would look at first', part: 'setup' },
  { words: "what S'd check first", part: 'setup' },
  { words: 'what S would check first', part: 'setup' },
  { words: 'what was at stake', part: 'challenge' },
];

/** Words that may follow "why" in a lead about the move ("Why this role", "Why now", "Why I'm leaving"). */
export const WHY_LEAD_STARTS: readonly string[] = [
  'this', 'here', 'now', 'me', 'you', 'us', 'leave', 'leaving', 'move', 'moving', 'change', 'switch', 'apply',
  "i'm leaving", "i'm moving", "i'm looking", "i'm applying", "i'm here", 'i am leaving', 'i am moving', 'i am looking',
  'i am applying', 'i want', 'your',
];

/** Words after "why" that make the lead commentary or a reason inside a story, not the pitch's part ("Why it matters"). */
export const WHY_NOT_LEAD: readonly string[] = ['it', 'that', 'they', 'he', 'she', 'we', 'these', 'those', 'not'];

/** A span of time ahead ("In five years", "Five years from now"): the future part of a pitch. */
export const YEARS_AHEAD: readonly string[] = ['two', 'three', 'five', 'ten', '2', '3', '5', '10'];

/** Words after a part's name that only say it is not final ("Impact so far", "Results to date"). */
export const SO_FAR_TAILS: readonly string[] = ['so far', 'to date', 'until now', 'up to now', 'since then'];

/** "A result I'm proud of", "What I'm proudest of": pride names the result the speaker shows. */
export const PROUD_WORDS: readonly string[] = ['proud', 'proudest', 'most proud'];

/**
 * Nouns a lead may be on its own that name a part ("The stakes:", "Turning points:"). Not "Weakness:": in an answer
 * to the weakness question that lead names the answer's subject, which may be told in any part.
 */
export const LEAD_NOUNS: Readonly<Record<string, PartName>> = {
  'the stakes': 'challenge',
  'what was at stake': 'challenge',
  'turning points': 'approach',
  'turning point': 'approach',
  'the turns that shaped me': 'approach',
  'the turn that shaped me': 'approach',
};

/**
 * The base verb of a question that asks for a part ("What did you learn?", "What would you do differently?", "What
 * have you achieved?"), by the part it asks for.
 */
export const QUESTION_VERBS: Readonly<Partial<Record<PartName, readonly string[]>>> = {
  // Hindsight first: "do differently" asks for the learning before "do" asks for the approach.
  learning: ['learn', 'learned', 'learnt', 'take away', 'take from it', 'do differently', 'change next time', 'keep'],
  outcome: ['achieve', 'achieved', 'deliver', 'delivered', 'build', 'built', 'accomplish', 'accomplished', 'get out of it'],
  approach: ['do', 'change', 'try', 'decide', 'handle', 'tackle', 'fix', 'propose', 'do about it'],
};

/** Nouns for the answer itself: "Why this story", "Why this example" comment on the answer chosen, not on the move. */
export const ANSWER_NOUNS: readonly string[] = ['story', 'answer', 'example', 'one', 'project', 'response', 'pick', 'choice', 'case', 'format'];
