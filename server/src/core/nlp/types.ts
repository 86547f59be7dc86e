// The language layer's data: sentences of a story's prose with file offsets, tokens with word classes,
// negation scope, quoted and reported speech, and the clauses with who acts in each.

/** Universal Dependencies coarse part of speech, as the tagger gives it. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/**
 * Who a clause's subject is: the speaker (`I`), the speaker with others (`we`, "my team and I"), another
 * person (a name, "he", "my manager"), another group ("they", "the vendor", "the ops org"), a thing
 * ("the pipeline", "it"), or nobody (a subject-less bullet such as "Built a script").
 */
export type Actor = 'I' | 'we' | 'person' | 'group' | 'thing' | 'none';

export interface Token {
  /** The word as written (contractions are split: "didn't" is "did" + "n't"). */
  text: string;
  lower: string;
  pos: Pos;
  /** File offsets. */
  start: number;
  end: number;
  /** Inside the scope of a negation ("I never thought *it was on them*"). */
  negated: boolean;
  /**
   * Someone else's words: inside quotation marks not attributed to the speaker, or reported speech of another
   * party ("she said *it was our fault*"). Rules about the candidate's own voice skip these tokens.
   */
  quoted: boolean;
  /**
   * A comment set off by commas right after a clause's verb, with the commas: "was*, to put it kindly,* hopeless",
   * "were*, frankly,* useless". What the verb says of its subject is read past it.
   */
  aside?: boolean;
}

export interface Clause {
  /** Token indices within the sentence, [from, to). */
  from: number;
  to: number;
  subject: Actor;
  /** Token index range of the subject phrase, when there is one. */
  subjectFrom?: number;
  subjectTo?: number;
  /** Index of the main verb (the first verb or auxiliary after the subject). */
  verb?: number;
  /** The subject is possessed by the speaker ("my manager", "our vendor"). */
  ownSide: boolean;
  /** The clause's verb is negated ("did not", "never"). */
  negated: boolean;
  /** The whole clause is someone else's words (quoted or reported). */
  quoted: boolean;
  /**
   * A relative clause in the present that says what a thing does, not what happened: "a build *that fails* when their
   * schema changes" (how it works), not "a build that broke checkout" (an event, told in the past).
   */
  describes?: boolean;
}

export interface Sentence {
  /** File offsets of the first and last token. */
  start: number;
  end: number;
  tokens: Token[];
  clauses: Clause[];
  /**
   * Indices of the tokens in the candidate's own voice, in order: the tokens of the clauses that are not someone
   * else's words, less the quoted tokens among them (see `spokenTokens` in query.ts).
   */
  spoken: readonly number[];
}

export interface ProseLanguage {
  sentences: Sentence[];
}
