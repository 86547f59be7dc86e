// The language layer the rules share (wink-nlp underneath; see docs/benchmarks.md, "NLP library").
export { actorOf, forgetLanguage, polarity, sentencesIn, tokenText, understand } from './analyze';
export type { Actor, Clause, Pos, ProseLanguage, Sentence, Token } from './types';
export * as words from './lexicon';
