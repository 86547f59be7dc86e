// What a learned red-flag reader sees of one sentence: features read from the language layer (stems of the
// speaker's own words and their pairs, who acts in each clause and whether it is negated or someone else's words,
// the tone of what is said about another party, tense, a share owned, the part the sentence is in). The weights
// are learned by scripts/train-flags.ts and kept as data (knowledge/flag-models.ts); at run time a sentence's score
// is the sum of the weights of its features: no I/O, the same in the web build.
import type { PartName } from '../types';
import { memoByText } from '../memo';
import { polarity } from './analyze';
import {
  COOPERATION_VERBS,
  ENDLESS_TIME,
  FAILURE_NOUNS,
  FAILURE_VERBS,
  FIRST_POSSESSIVE,
  GROUP_NOUNS,
  GROUP_PRONOUNS,
  HARM_NOUNS,
  MISTAKE_NOUNS,
  MODAL_VERBS,
  pastForm,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
  SPEAKER_OBJECTS,
  STUCK_VERBS,
  TIME_SPENDING_VERBS,
  TIME_UNITS,
  wordClass as lexClass,
} from './lexicon';
import { hasEnglishFunctionWord, isOther, mainVerb, readsAsEnglish, yesNoQuestion } from './query';
import type { Sentence } from './types';
import { wordClass } from './word-class';

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
/** Words whose class by meaning is a feature: what is said, not how the sentence is built. */
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
const OTHER_WORDS = new Set(['their', 'his', 'her', 'theirs', 'them', 'him']);

/** The stems of words met lately (a chain of regular expressions each: a bank repeats its words). */
const stems = memoByText(stemOf, 20000);
/** A crude stem, the same at training and at run time: "delayed", "delays", "delaying" are "delay". */
export function stem(lower: string): string {
  return stems(lower);
}

function stemOf(lower: string): string {
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
  let v = partySpoken.get(s);
  if (v === undefined) {
    v = speaksOfPartyNow(s);
    partySpoken.set(s, v);
  }
  return v;
}
/** speaksOfParty per sentence (blame and badmouthing ask it of every sentence of a story). */
const partySpoken = new WeakMap<Sentence, boolean>();

function speaksOfPartyNow(s: Sentence): boolean {
  if (yesNoQuestion(s) || !readsAsEnglish(s) || !hasEnglishFunctionWord(s)) return false;
  const spoken = new Set(s.spoken);
  for (const c of s.clauses) {
    if (c.quoted || !isOther(c.subject) || c.subjectFrom === undefined) continue;
    if (spoken.has(c.subjectFrom) && !s.tokens[c.subjectFrom].negated) return true;
  }
  for (const i of s.spoken) if (!s.tokens[i].negated && namesParty(s, i)) return true;
  return false;
}

/**
 * The guard in front of a learned reader of what the speaker says of themselves (fake-weakness): an English sentence
 * with words in the speaker's own voice, not a yes-or-no question. Negation and quotation are in its features.
 */
export function speaksOwnEnglish(s: Sentence): boolean {
  return s.spoken.length > 0 && !yesNoQuestion(s) && readsAsEnglish(s) && hasEnglishFunctionWord(s);
}

/**
 * Where the features of a sentence go, in the order they are met: `add` a feature by its name; `word` the feature
 * `w:${neg}${w}` and `pair` the feature `b:${prev}_${w}`, given in pieces so that a scorer can look them up without
 * building their names (see scoreSentence).
 */
interface FeatureSink {
  add(f: string): void;
  word(neg: string, w: string): void;
  pair(prev: string, w: string): void;
  /** Whether the word-class features are wanted (a model with none of them is scored without reading the classes). */
  classes: boolean;
  /** A word-class feature (k:, K:, ask:, apk: ...) by its kind and class (its name is `className(kind, c)`), given only when `classes`. */
  classFeature(kind: number, c: number): void;
}

/**
 * `a + b`, the same string object each time for the same two strings (kept until 50,000 are made): a feature name
 * looked up again is hashed once, where a name made afresh for each sentence is hashed at each lookup.
 */
function joined(a: string, b: string): string {
  let m = joins.get(a);
  if (m === undefined) {
    if (joinCount >= MAX_JOINS) {
      joins.clear();
      joinCount = 0;
    }
    joins.set(a, (m = new Map()));
  }
  let ab = m.get(b);
  if (ab === undefined) {
    ab = a + b;
    m.set(b, ab);
    joinCount++;
  }
  return ab;
}
const joins = new Map<string, Map<string, string>>();
let joinCount = 0;
const MAX_JOINS = 50_000;

const ROLES = ['', 's', 'p'];
const WHO = ['', 'self', 'other', 'thing'];
/** The word-class feature names made so far, by kind (see classKind), then class. */
const classNames: string[][] = [];

/**
 * The kind of a word-class feature, a small number: fine or coarse, role 0 (none), 1 "s" (in the clause's subject)
 * or 2 "p", who 1 "self", 2 "other", 3 "thing", negated or not.
 */
function classKind(coarse: boolean, role: number, who: number, neg: string): number {
  return (((coarse ? 1 : 0) * 3 + role) * 4 + who) * 2 + (neg === '' ? 0 : 1);
}

/** A word-class feature's name, made once: `k:${neg}${c}` (`K:` coarse) when role is 0, else `a${role}k:${who}:${neg}${c}`. */
function className(kind: number, c: number): string {
  const row = (classNames[kind] ??= []);
  let name = row[c];
  if (name === undefined) {
    const neg = kind % 2 === 1 ? 'n:' : '';
    const who = Math.floor(kind / 2) % 4;
    const role = Math.floor(kind / 8) % 3;
    const k = kind >= 24 ? 'K' : 'k';
    name = role === 0 ? `${k}:${neg}${c}` : `a${ROLES[role]}${k}:${WHO[who]}:${neg}${c}`;
    row[c] = name;
  }
  return name;
}

/** Gives `out` the features of one sentence (a feature met again is given again). `part` is the story part it stands in. */
function walkFeatures(s: Sentence, part: PartName | undefined, out: FeatureSink): void {
  const spoken = new Set(s.spoken);
  const t = s.tokens;
  out.add(joined('part:', part ?? 'none'));
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
    out.word(neg, w);
    // the word's class by meaning, and who it is said of: "the vendor *sat* on it" and "the vendor *stalled*" share
    // a class; so do "clueless" and "incompetent" (features k:, K: coarse, and ask:/apk: with the clause's actor)
    const wc = out.classes && CONTENT.has(tok.pos) ? wordClass(tok.lower) : undefined;
    if (wc) {
      if (out.classes) {
        out.classFeature(classKind(false, 0, 0, neg), wc.fine);
        out.classFeature(classKind(true, 0, 0, neg), wc.coarse);
        const c = s.clauses.find((k) => i >= k.from && i < k.to);
        if (c && !c.quoted) {
          const inSubject = c.subjectFrom !== undefined && c.subjectTo !== undefined && i >= c.subjectFrom && i < c.subjectTo;
          const who = c.subject === 'I' || c.subject === 'we' ? 1 : isOther(c.subject) ? 2 : 3;
          const role = inSubject ? 1 : 2;
          out.classFeature(classKind(false, role, who, neg), wc.fine);
          out.classFeature(classKind(true, role, who, neg), wc.coarse);
        }
      }
    }
    if (prev !== undefined) out.pair(prev, w);
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
    out.add(joined(joined('subj:', c.subject), joined(side, neg)));
    if (c.subject === 'I' || c.subject === 'we') self = true;
    if (isOther(c.subject)) other = true;
    const v = mainVerb(s, c) ?? c.verb;
    if (v !== undefined && v < t.length) {
      const vw = t[v].lower;
      out.add(joined(joined(joined('sv:', c.subject), ':'), joined(stem(vw), neg)));
      out.add(joined(joined('tense:', c.subject), pastForm(vw) ? ':past' : ':present'));
      // a modal with "have": "I should have asked", "we could have caught it" (a share owned, or a cost imagined)
      for (let k = c.from; k < Math.min(c.to, v); k++) {
        if (MODAL_VERBS.has(t[k].lower) && t[k + 1]?.lower === 'have') out.add(`modal-have:${c.subject}${neg}`);
      }
    }
  }
  meaningFeatures(s, spoken, out);
  if (self && other) out.add('both:self-other');
  if (!self && other) out.add('only:other');
  if (s.spoken.some((i) => FIRST_POSSESSIVE.has(t[i].lower))) out.add('has:my-our');
  if (/\?\s*$/u.test(t[t.length - 1]?.text ?? '')) out.add('ends:question');
  const first = t.find((k) => WORD.test(k.text));
  if (first && /^(?:if|when|whenever|unless|should)$/u.test(first.lower)) out.add(`opens:${first.lower}`);
}

/**
 * What befell us: words of a loss, delay, failure or stall said in the speaker's own voice ("lost the pilot slot",
 * "went dark", "five weeks of silence"), beside the lexicon's verbs and nouns of failure.
 */
const SETBACK_WORDS = lexClass(
  'churn churned dark dead down offline outage silence unanswered ghosted lapsed expired wrecked killed cost costs',
  'derailed late later overdue behind scrambling scramble rebuild rebuilt rebuilding redo redid rework unusable useless',
  'broken crashed crash crashes dropped lost losing wasted burned burnt stuck waiting waited blocked stranded',
);
const SPAN_WORDS = lexClass('several few many two three four five six seven eight nine ten whole entire full another extra');
const BY_WORDS = lexClass('by thanks courtesy');

function setback(s: Sentence, i: number): boolean {
  const w = s.tokens[i].lower;
  return FAILURE_VERBS.has(w) || FAILURE_NOUNS.has(w) || HARM_NOUNS.has(w) || STUCK_VERBS.has(w) || TIME_SPENDING_VERBS.has(w) || SETBACK_WORDS.has(w);
}

/**
 * Coarse features of blame as a meaning (round 26): who acts (another party as a clause's subject, the agent after
 * "by", or the owner of "their"/"the vendor's" thing), whether a setback is told in the same sentence and in whose
 * clause, whether it hit us ("us", "our"), whether a span of time is counted ("five weeks", "for ages"), and whether
 * the speaker takes a share in it ("I should have", "my mistake", "I missed"): `m:` names, combined, so that a reader
 * learns "another party caused our loss" whatever the words.
 */
function meaningFeatures(s: Sentence, spoken: ReadonlySet<number>, out: FeatureSink): void {
  const t = s.tokens;
  let other = false;
  let otherHarm = false;
  let selfHarm = false;
  let thingHarm = false;
  let harm = false;
  let us = false;
  let span = false;
  let byParty = false;
  let owner = false;
  let share = false;
  let refused = false;
  let named = false;
  for (const c of s.clauses) {
    if (c.quoted) continue;
    const o = isOther(c.subject) && c.subjectFrom !== undefined && spoken.has(c.subjectFrom) && !t[c.subjectFrom].negated;
    const me = c.subject === 'I';
    const we = c.subject === 'we';
    if (o) other = true;
    for (let i = c.from; i < c.to; i++) {
      if (!spoken.has(i)) continue;
      const w = t[i].lower;
      if (o && c.negated && COOPERATION_VERBS.has(w)) refused = true;
      if (t[i].negated || !setback(s, i)) continue;
      harm = true;
      if (o) otherHarm = true;
      else if (me) selfHarm = true;
      else if (we) us = true;
      else thingHarm = true;
    }
    if (me || we) {
      for (let k = c.from; k < c.to - 1; k++) if (MODAL_VERBS.has(t[k].lower) && t[k + 1].lower === 'have' && !c.negated) share = true;
    }
  }
  for (let k = 0; k < t.length; k++) {
    if (!spoken.has(k) || t[k].negated) continue;
    const w = t[k].lower;
    if (SPEAKER_OBJECTS.has(w) || FIRST_POSSESSIVE.has(w)) us = true;
    if (namesParty(s, k)) named = true;
    if (MISTAKE_NOUNS.has(w) && k > 0 && FIRST_POSSESSIVE.has(t[k - 1].lower)) share = true;
    if (TIME_UNITS.has(w) && k > 0 && (t[k - 1].pos === 'NUM' || SPAN_WORDS.has(t[k - 1].lower))) span = true;
    if (ENDLESS_TIME.has(w)) span = true;
    if (BY_WORDS.has(w)) {
      for (let j = k + 1; j < Math.min(t.length, k + 5); j++) {
        if (namesParty(s, j) || (t[j].pos === 'PROPN' && j > k + 1)) {
          byParty = true;
          break;
        }
        if (t[j].pos === 'VERB' || t[j].pos === 'PUNCT') break;
      }
    }
    if ((w === 'their' || w === 'his' || w === 'her' || w === "'s" || w === '’s') && k > 0) owner = true;
  }
  const agent = other || byParty;
  if (refused) out.add('m:refused');
  if (harm) out.add('m:harm');
  if (otherHarm) out.add('m:harm@other');
  if (thingHarm) out.add('m:harm@thing');
  if (selfHarm) out.add('m:harm@self');
  if (byParty) out.add('m:by-party');
  if (span) out.add('m:span');
  if (share) out.add('m:share');
  if (agent && (harm || refused)) {
    out.add('m:agent+harm');
    if (us) out.add('m:agent+harm+us');
    if (span) out.add('m:agent+harm+span');
    if (!share && !selfHarm) out.add('m:agent+harm-noshare');
    if (owner) out.add('m:agent+harm+owner');
  }
  if (owner && harm && !share) out.add('m:owner+harm');
  if (named && harm && !agent) out.add(share || selfHarm ? 'm:named+harm+share' : 'm:named+harm');
}

/** The features of one sentence (a set: each is present or not). `part` is the story part it stands in. */
export function sentenceFeatures(s: Sentence, part: PartName | undefined): string[] {
  const out = new Set<string>();
  walkFeatures(s, part, { classes: true, add: (f) => out.add(f), classFeature: (kind, c) => out.add(className(kind, c)), word: (neg, w) => out.add(`w:${neg}${w}`), pair: (prev, w) => out.add(`b:${prev}_${w}`) });
  return [...out];
}

/** The score of a sentence's features under a model (its bias plus the weights of the features it knows). */
export function scoreFeatures(model: SentenceModel, features: readonly string[]): number {
  let sum = model.bias;
  for (const f of features) sum += model.weights[f] ?? 0;
  return sum;
}

/**
 * The names of the features the models met so far, each with one id shared by every model (so a sentence's features
 * are looked up once for all the models that read it): by name, and the word and pair features by their pieces.
 */
const names = {
  byName: new Map<string, number>(),
  /** The word and pair features by their words (see WordIds). */
  words: new Map<string, WordIds>(),
};

/**
 * The ids of the features a word stands in: `w:${w}` (own; `w:n:${x}` is also `own` of the word "n:x", as the name
 * reads), `w:n:${w}` (negated), and the pairs `b:${w}_${next}` by next (a name with several "_" under each way of
 * cutting it). -1: no model met so far knows the feature.
 */
interface WordIds {
  own: number;
  negated: number;
  next: Map<string, number>;
}
const NO_WORD: WordIds = { own: -1, negated: -1, next: new Map() };

function wordIds(w: string): WordIds {
  let x = names.words.get(w);
  if (x === undefined) names.words.set(w, (x = { own: -1, negated: -1, next: new Map() }));
  return x;
}

/** The shared id of a feature name, given one the first time it is met. */
function nameId(f: string): number {
  let id = names.byName.get(f);
  if (id !== undefined) return id;
  id = names.byName.size;
  names.byName.set(f, id);
  if (f.startsWith('w:')) {
    wordIds(f.slice(2)).own = id;
    if (f.startsWith('w:n:')) wordIds(f.slice(4)).negated = id;
  } else if (f.startsWith('b:')) {
    for (let k = f.indexOf('_', 2); k >= 0; k = f.indexOf('_', k + 1)) wordIds(f.slice(2, k)).next.set(f.slice(k + 1), id);
  }
  return id;
}

/** A model's weights indexed for scoreSentence: the model's own number of each feature, by its shared id. */
interface Indexed {
  weight: number[];
  /** By shared id: the model's number of the feature (its place in `weight`), or -1 when it does not know it. */
  local: Int32Array;
  /** Per model number: the last scoring that met the feature (so each feature counts once per sentence). */
  met: Float64Array;
  /** The model weighs word classes (k:, K:, ask:, apk: ...). */
  classes: boolean;
}
const indexed = new WeakMap<SentenceModel, Indexed>();
let scoring = 0;

function indexOf(model: SentenceModel): Indexed {
  let x = indexed.get(model);
  if (x) return x;
  const entries = Object.entries(model.weights);
  const ids = entries.map(([f]) => nameId(f));
  x = { weight: [], local: new Int32Array(names.byName.size).fill(-1), met: new Float64Array(entries.length), classes: false };
  for (let k = 0; k < entries.length; k++) {
    const [f, w] = entries[k];
    x.local[ids[k]] = x.weight.length;
    x.weight.push(w);
    if (/^(?:k|K|a[sp][kK]):/u.test(f)) x.classes = true;
  }
  indexed.set(model, x);
  return x;
}

/** The shared ids of the word-class features by kind and class (as classNames), read when `classIdsKnown` names were known. */
const classIds: number[][] = [];
let classIdsKnown = -1;

function classId(kind: number, c: number): number {
  if (classIdsKnown !== names.byName.size) {
    classIds.length = 0;
    classIdsKnown = names.byName.size;
  }
  const row = (classIds[kind] ??= []);
  let id = row[c];
  if (id === undefined) row[c] = id = names.byName.get(className(kind, c)) ?? -1;
  return id;
}

/**
 * What walkFeatures gives for one sentence, kept so that the learned readers of one analysis (blame and
 * badmouthing read the same sentences; fake-weakness many of them) walk each sentence once: the shared id of each
 * feature in the order the sink is called (-1: no model indexed so far knows it), and whether it is a word-class
 * feature. The ids are read as the walk makes the features, against the names of the models indexed by then
 * (`known`); a model indexed later has the sentence walked again.
 */
interface Walk {
  part: PartName | undefined;
  ids: number[];
  /** Whether each feature is a word-class one (read only by a model that weighs word classes). */
  classes: boolean[];
  known: number;
}
const walks = new WeakMap<Sentence, Walk>();

/** The ids of the features walkFeatures gives for this sentence (word classes read), walked once per sentence and part. */
function walkOf(s: Sentence, part: PartName | undefined): Walk {
  const x = walks.get(s);
  if (x && x.part === part && x.known === names.byName.size) return x;
  const w: Walk = { part, ids: [], classes: [], known: names.byName.size };
  const { byName } = names;
  // a pair is given right after its second word: the ids of that word and of the one before it are at hand
  let last: string | undefined;
  let lastIds = NO_WORD;
  let before: string | undefined;
  let beforeIds = NO_WORD;
  walkFeatures(s, part, {
    classes: true,
    add: (f) => {
      w.ids.push(byName.get(f) ?? -1);
      w.classes.push(false);
    },
    classFeature: (kind, c) => {
      w.ids.push(classId(kind, c));
      w.classes.push(true);
    },
    word: (neg, word) => {
      before = last;
      beforeIds = lastIds;
      last = word;
      lastIds = names.words.get(word) ?? NO_WORD;
      w.ids.push(neg === '' ? lastIds.own : lastIds.negated);
      w.classes.push(false);
    },
    pair: (prev, word) => {
      const from = prev === before ? beforeIds : (names.words.get(prev) ?? NO_WORD);
      w.ids.push(from.next.get(word) ?? -1);
      w.classes.push(false);
    },
  });
  walks.set(s, w);
  return w;
}

/**
 * The score of a sentence under a model: the same number as `scoreFeatures(model, sentenceFeatures(s, part))`, to
 * the last bit (the weights of the features the model knows, added in the order the features are first met), without
 * building the names of the sentence's word and pair features (the learned reader runs on every analysis), from the
 * sentence's walk shared by the models.
 */
export function scoreSentence(model: SentenceModel, s: Sentence, part: PartName | undefined): number {
  const x = indexOf(model);
  const { ids, classes } = walkOf(s, part);
  const { local, met, weight } = x;
  const stamp = ++scoring;
  let sum = model.bias;
  for (let k = 0; k < ids.length; k++) {
    const g = ids[k];
    if (g < 0 || g >= local.length || (classes[k] && !x.classes)) continue;
    const id = local[g];
    if (id < 0 || met[id] === stamp) continue;
    met[id] = stamp;
    sum += weight[id];
  }
  return sum;
}
