// What a learned red-flag reader sees of one sentence: features read from the language layer (stems of the
// speaker's own words and their pairs, who acts in each clause and whether it is negated or someone else's words,
// the tone of what is said about another party, tense, a share owned, the part the sentence is in). The weights
// are learned by scripts/train-flags.ts and kept as data (knowledge/flag-models.ts); at run time a sentence's score
// is the sum of the weights of its features: no I/O, the same in the web build.
import type { PartName } from '../types';
import { polarity } from './analyze';
import { FIRST_POSSESSIVE, GROUP_NOUNS, GROUP_PRONOUNS, MODAL_VERBS, pastForm, PERSON_NOUNS, PERSON_PRONOUNS } from './lexicon';
import { hasEnglishFunctionWord, isOther, mainVerb, readsAsEnglish, yesNoQuestion } from './query';
import type { Sentence } from './types';

/** A learned linear reader of sentences: score = bias + the weights of the sentence's features. */
export interface SentenceModel {
  /** What it recognises, for messages and docs. */
  flag: string;
  bias: number;
  /** A sentence scoring at least this is flagged. */
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

const WORD = /[\p{L}]/u;
const OTHER_WORDS = new Set(['their', 'his', 'her', 'theirs', 'them', 'him']);

/** A crude stem, the same at training and at run time: "delayed", "delays", "delaying" are "delay". */
export function stem(lower: string): string {
  let w = lower.replace(/’/gu, "'");
  if (w.length <= 3) return w;
  if (/ies$/u.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/u.test(w)) return w;
  if (/ing$/u.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/u.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/ly$/u.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/es$/u.test(w) && /(?:sh|ch|x|z)es$/u.test(w)) w = w.slice(0, -2);
  else if (/s$/u.test(w)) w = w.slice(0, -1);
  if (/([^aeiouls])\1$/u.test(w)) w = w.slice(0, -1);
  return w;
}

/** Whether token i names another party: a person or group noun or pronoun, or "their", "his". */
function namesParty(s: Sentence, i: number): boolean {
  const w = s.tokens[i].lower;
  return PERSON_NOUNS.has(w) || GROUP_NOUNS.has(w) || PERSON_PRONOUNS.has(w) || GROUP_PRONOUNS.has(w) || OTHER_WORDS.has(w);
}

/**
 * The guard in front of a learned red flag: the sentence says something in the speaker's own voice of another party
 * (a clause whose subject is another person or group, or a word naming one, not quoted, not in a negation's scope),
 * and is not a yes-or-no question. A denied ("I never thought it was on them") or quoted sentence has none. A
 * sentence in another language is left to the rules' own readers (the models learned English).
 */
export function speaksOfParty(s: Sentence): boolean {
  if (yesNoQuestion(s) || !readsAsEnglish(s) || !hasEnglishFunctionWord(s)) return false;
  const spoken = new Set(s.spoken);
  for (const c of s.clauses) {
    if (c.quoted || !isOther(c.subject) || c.subjectFrom === undefined) continue;
    if (spoken.has(c.subjectFrom) && !s.tokens[c.subjectFrom].negated) return true;
  }
  for (const i of s.spoken) if (!s.tokens[i].negated && namesParty(s, i)) return true;
  return false;
}

/** The features of one sentence (a set: each is present or not). `part` is the story part it stands in. */
export function sentenceFeatures(s: Sentence, part: PartName | undefined): string[] {
  const out = new Set<string>();
  const spoken = new Set(s.spoken);
  const t = s.tokens;
  out.add(`part:${part ?? 'none'}`);
  let prev: string | undefined;
  let quoted = 0;
  let polOther = 0;
  let pol = 0;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (!WORD.test(tok.text)) {
      if (tok.pos === 'PUNCT' && /[,;:()]/u.test(tok.text)) prev = undefined;
      continue;
    }
    if (!spoken.has(i)) {
      quoted++;
      prev = undefined;
      continue;
    }
    const w = tok.pos === 'PROPN' && !/^i$/u.test(tok.lower) ? '<name>' : stem(tok.lower);
    const neg = tok.negated ? 'n:' : '';
    out.add(`w:${neg}${w}`);
    if (prev !== undefined) out.add(`b:${prev}_${w}`);
    prev = w;
    const p = polarity(tok.lower);
    pol += p;
    if (p !== 0) {
      const c = s.clauses.find((k) => i >= k.from && i < k.to);
      if (c && isOther(c.subject)) polOther += tok.negated ? -p : p;
    }
  }
  if (quoted > 0) out.add('has:quoted');
  if (s.spoken.length === 0) out.add('all:quoted');
  out.add(pol <= -1 ? 'pol:neg2' : pol < 0 ? 'pol:neg' : pol > 0 ? 'pol:pos' : 'pol:0');
  if (polOther < 0) out.add(polOther <= -1 ? 'polother:neg2' : 'polother:neg');
  if (polOther > 0) out.add('polother:pos');
  let self = false;
  let other = false;
  for (const c of s.clauses) {
    if (c.quoted) {
      out.add(`qsubj:${c.subject}`);
      continue;
    }
    const side = c.ownSide ? '+own' : '';
    const neg = c.negated ? ':neg' : '';
    out.add(`subj:${c.subject}${side}${neg}`);
    if (c.subject === 'I' || c.subject === 'we') self = true;
    if (isOther(c.subject)) other = true;
    const v = mainVerb(s, c) ?? c.verb;
    if (v !== undefined && v < t.length) {
      const vw = t[v].lower;
      out.add(`sv:${c.subject}:${stem(vw)}${neg}`);
      out.add(pastForm(vw) ? `tense:${c.subject}:past` : `tense:${c.subject}:present`);
      // a modal with "have": "I should have asked", "we could have caught it" (a share owned, or a cost imagined)
      for (let k = c.from; k < Math.min(c.to, v); k++) {
        if (MODAL_VERBS.has(t[k].lower) && t[k + 1]?.lower === 'have') out.add(`modal-have:${c.subject}${neg}`);
      }
    }
  }
  if (self && other) out.add('both:self-other');
  if (!self && other) out.add('only:other');
  if (s.spoken.some((i) => FIRST_POSSESSIVE.has(t[i].lower))) out.add('has:my-our');
  if (/\?\s*$/u.test(t[t.length - 1]?.text ?? '')) out.add('ends:question');
  const first = t.find((k) => WORD.test(k.text));
  if (first && /^(?:if|when|whenever|unless|should)$/u.test(first.lower)) out.add(`opens:${first.lower}`);
  return [...out];
}

/** The score of a sentence's features under a model (its bias plus the weights of the features it knows). */
export function scoreFeatures(model: SentenceModel, features: readonly string[]): number {
  let sum = model.bias;
  for (const f of features) sum += model.weights[f] ?? 0;
  return sum;
}
