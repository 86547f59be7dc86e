// solo-heroics: the approach is told as one person's work, with nobody else acting. Judged by who acts in each
// clause (see ../nlp): the speaker ("I rewrote"), the speaker with others ("we", "my team and I"), another
// person or group ("Dana added alerts", "the SRE team reviewed it"), or nobody (a subject-less bullet such as
// "Built a script", which counts as neither). Credit counts only when someone other than the speaker does
// something: "with a median latency" names nobody, and "the rest of the team was busy" says nobody acted.
// Users' literal `phrases: { solo-heroics: [...] }` still add to it.
import { ruleSkipsQuestion } from '../knowledge/kinds';
import { actorOf } from '../nlp/analyze';
import { ABSENCE_WORDS, ARRIVAL_VERBS, AUXILIARIES, BURDEN_VERBS, CAUSATIVE_VERBS, CONTRIBUTION_NOUNS, CONDITIONALS, COPULAS, ENCOUNTER_VERBS, FINDING_VERBS, FREQUENCY_ADVERBS, GROUP_NOUNS, HELP_NOUNS, HIRING_VERBS, IDLE_VERBS, IRREGULAR_PAST, pastForm, LEADING_VERBS, MENTAL_VERBS, MISTAKE_NOUNS, MODAL_VERBS, NEGATORS, PARTICLE_RECRUITING_VERBS, PEOPLE_PRONOUNS, PERSON_NOUNS, QUITTING_VERBS, REACTION_VERBS, RECIPIENT_NOUNS, RECRUITING_PARTICLES, RECRUITING_VERBS, RESULT_STATES, SAME_PAST_VERBS, SOLE_LIMITERS, SPEECH_VERBS, STATE_VERBS, OTHER_SOLO_FORMS, OTHER_PRONOUN_VOICES, OTHER_GRAMMARS, SUBJECTLESS_FORMS } from '../nlp/lexicon';
import { ANY_ALPHABETIC, escape, mayBeOther, otherLanguage, proseLanguage, scriptLanguage, subjectlessActs } from '../nlp/other-language';
import type { ProseSegment, Story } from '../types';
import { QUESTION_ID } from '../knowledge/index';
import { clauseAt, hyphenatedWord, isOther, negatedAt, phraseAt, possessorBefore } from '../nlp/query';
import type { Clause, Sentence } from '../nlp/types';
import type { StoryRule, StoryRuleContext } from './rule';
import { answerOf, resultProse } from './kind';
import { introducesSelf, matchRulePhrases, partsNamed, proseOf, quote, sentencesOfPart, storyLanguage } from './util';

/**
 * With this many clauses of "I" doing something (not wanting, needing or being) and nobody else acting, the
 * approach is one person's work. Three is common in short, honest answers ("I researched, built and shipped");
 * the labelled corpus (eval/) puts the bar at four.
 */
export const MIN_I_CLAUSES = 4;

/** Prepositions that bring another actor into the speaker's action: "with Dana", "reviewed by the team". */
const JOINT = new Set(['with', 'alongside', 'by', 'from']);

export interface Voices {
  /** Clauses in which the speaker acts. */
  i: number;
  /** Of those, the ones told as a habit (present tense, "always", "usually"), not as one event. */
  habitual: number;
  /** Clauses or phrases in which someone else acts (we, another person, another group). */
  others: number;
  /**
   * Of those, the phrases that bring people into the speaker's own work ("working closely with the BI team", "had two
   * engineers test it", "asked the forum for help"), not clauses with someone else as their subject.
   */
  joint: number;
  /** "single-handedly", "by myself", "on my own", "without any help", "nobody else": where, if said. */
  solo?: { start: number; end: number };
}

function soloMarker(s: Sentence, i: number): number {
  const t = s.tokens;
  const w = t[i].lower;
  if (w === 'single-handedly' || w === 'singlehandedly' || w === 'single-handed') return i + 1;
  if (w === 'single' && t[i + 2]?.lower === 'handedly') return i + 3;
  if (w === 'alone' && t[i].pos !== 'ADJ') return i + 1;
  if (w === 'by' && t[i + 1]?.lower === 'myself') return i + 2;
  // "I built the whole thing solo", "a solo rewrite", "solo full-stack development"
  if (w === 'solo') return i + 1;
  if (w === 'on' && t[i + 1]?.lower === 'my' && t[i + 2]?.lower === 'own') return i + 3;
  if (w === 'without') return withoutOthers(s, i);
  if ((w === 'nobody' || w === 'noone') && t[i + 1]?.lower === 'else') return i + 2;
  if (w === 'no' && t[i + 1]?.lower === 'one' && t[i + 2]?.lower === 'else') return i + 3;
  // "it was all me", "that part was just me"
  if (w === 'me' && SOLE_LIMITERS.has(t[i - 1]?.lower ?? '') && COPULAS.has(t[i - 2]?.lower ?? '')) return i + 1;
  // "the fix fell to me", "it was left to me", "it came down to me"
  if (w === 'me' && t[i - 1]?.lower === 'to' && BURDEN_VERBS.has(t[i - 2]?.lower ?? '')) return i + 1;
  // emphatic "myself" after the object ("I rebuilt the whole pipeline myself"), not the object ("taught myself Go")
  // (not the object of a verb the tagger read as a noun: "to challenge myself", "teaching myself Go")
  if (w === 'myself' && /^(NOUN|PROPN|PRON)$/.test(t[i - 1]?.pos ?? '') && t[i - 1]?.lower !== 'by' && !reflexiveObject(s, i)) return i + 1;
  return -1;
}


/**
 * A request for help made to people, at token i: "reached out to team mates for help", "asked two seniors for
 * advice". What is asked of people in this way is their part in the work, when nothing after it in the sentence is
 * negated (no reply, nobody answered) and the request itself is not negated or only planned.
 */
function helpAsked(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const w = t[i].lower;
  let j = -1;
  if (/^(reach|reaches|reached|reaching)$/.test(w) && t[i + 1]?.lower === 'out' && t[i + 2]?.lower === 'to') j = i + 3;
  else if (/^(ask|asks|asked|asking)$/.test(w) && t[i].pos === 'VERB') j = i + 1;
  if (j < 0 || t[i].quoted || negatedAt(s, i, 4)) return false;
  const who = phraseAt(s, j);
  // (whoever is asked for help is people, whatever the tagger makes of them: "team mates", "tech communities")
  if (who.end <= j || who.actor === 'I' || /^(it|this|that)$/.test(t[j].lower)) return false;
  if (t[who.end]?.lower !== 'for') return false;
  let k = who.end + 1;
  while (k < t.length && /^(DET|ADJ|PRON)$/.test(t[k].pos) && k - who.end < 4) k++;
  if (!HELP_NOUNS.has(t[k]?.lower ?? '')) return false;
  const c = clauseAt(s, i);
  if (c && t.slice(c.from, i).some((x) => MODAL_VERBS.has(x.lower) || CONDITIONALS.has(x.lower))) return false;
  return !t.slice(k + 1).some((x) => NEGATORS.has(x.lower) || x.lower === "n't");
}

/**
 * Questions the speaker put to people, at token i ("to"): "surfaced specific questions about the edge cases to the
 * domain experts", "sent my open queries to the vendor's team". The people asked answer them: their part in the work.
 * Only in a clause of the speaker, told as done (not negated, planned or conditional), and only a word for people or
 * a pronoun for them after "to".
 */
function addressedTo(s: Sentence, i: number): boolean {
  const t = s.tokens;
  // (the tagger can read "to" as an infinitive's when a participle follows it: "questions to experienced team members")
  const participle = t[i].pos === 'PART' && /ed$/.test(t[i + 1]?.lower ?? '') && /^(NOUN|PROPN)$/.test(t[i + 2]?.pos ?? '');
  if (t[i].lower !== 'to' || (t[i].pos !== 'ADP' && !participle) || t[i].quoted || /^(due|thanks|according|next|compared|close|up|prior)$/.test(t[i - 1]?.lower ?? '')) return false;
  const c = clauseAt(s, i);
  if (!c || c.quoted || c.negated || c.subject !== 'I' || c.verb === undefined || c.verb > i || negatedAt(s, i, 6)) return false;
  if (t.slice(c.from, i).some((x) => MODAL_VERBS.has(x.lower) || CONDITIONALS.has(x.lower))) return false;
  // (a question put to them: what is only shown or told to people — "presented the plan to leadership" — is theirs
  // to hear, not a part they did)
  const asked = t.slice(c.verb + 1, i).some((x) => /^(questions?|queries|query|requests?)$/.test(x.lower) && x.pos === 'NOUN');
  if (!asked) return false;
  const who = phraseAt(s, participle ? i + 2 : i + 1);
  if (who.end <= i + 1 || !isOther(who.actor) || t[who.end]?.lower === "'s" || t[who.end]?.lower === '’s') return false;
  for (let k = i + 1; k < who.end; k++) {
    const w = t[k].lower;
    if (/^(them|him|her)$/.test(w) || ((PERSON_NOUNS.has(w) || GROUP_NOUNS.has(w)) && t[k].pos === 'NOUN')) return true;
  }
  return false;
}

/**
 * A request the speaker made, at token i: "asked for a week to bring data", "asked for a revert", "requested an
 * extension", "sought clarification on the open points". Whoever it was put to grants or answers it: their part.
 * Told in the past, not negated, planned or conditional, and not "asked for nothing".
 */
function requestMade(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const w = t[i].lower;
  // (told as done, in the past: "I ask for an example" in an answer about how one works is a habit, not a request)
  const ask = w === 'asked' && t[i + 1]?.lower === 'for';
  // (not a participle before its noun: "caching for frequently requested data", "the most requested feature")
  let b = i - 1;
  while (b >= 0 && t[b].pos === 'ADV') b--;
  const request = w === 'requested' && t[i].pos === 'VERB' && !(b >= 0 && /^(ADP|DET)$/.test(t[b].pos));
  const seek = w === 'sought' && (HELP_NOUNS.has(t[i + 1]?.lower ?? '') || /^(clarification|approval|sign-off|permission)$/.test(t[i + 1]?.lower ?? ''));
  if (!(ask || request || seek) || t[i].quoted || negatedAt(s, i, 4)) return false;
  if (ask && /^(nothing|none)$/.test(t[i + 2]?.lower ?? '')) return false;
  const c = clauseAt(s, i);
  if (!c || c.quoted || c.subject !== 'I') return false;
  return !t.slice(c.from, i).some((x) => MODAL_VERBS.has(x.lower) || CONDITIONALS.has(x.lower));
}

/**
 * "myself" as the object of the word before it, a verb the tagger may call a noun: after "to", a subject or a
 * helper ("to challenge myself", "I push myself", "would remind myself"), or an -ing form ("teaching myself Go").
 * Emphasis follows the verb's object instead: "I rebuilt the pipeline myself".
 */
function reflexiveObject(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const v = t[i - 1];
  const b = t[i - 2];
  if (!v) return false;
  if (/ing$/.test(v.lower) && v.lower.length > 4) return true;
  return !!b && (/^(to|i|we|never|always|often)$/.test(b.lower) || MODAL_VERBS.has(b.lower) || AUXILIARIES.has(b.lower));
}

/**
 * "had rewritten", "had to rewrite", "she had it ready": "have" as a helper of an action or with the result of
 * one, not possession ("we had a problem").
 */
function auxiliaryHave(s: Sentence, verb: number, to: number): boolean {
  const t = s.tokens;
  if (!/^(have|has|had|'ve|'d|’ve|’d)$/.test(t[verb].lower)) return false;
  let k = verb + 1;
  while (k < to && (t[k].pos === 'ADV' || t[k].pos === 'PART')) k++;
  if (t[k]?.pos === 'VERB' || t[k]?.lower === 'to') return true;
  for (let j = verb + 1; j < Math.min(to, verb + 6); j++) if (RESULT_STATES.has(t[j].lower) && j > verb + 1) return true;
  return false;
}

/** Whether a clause is the content of a finding just before it: "I found | that we were deleting ...". */
function findingOf(s: Sentence, c: Clause): boolean {
  const t = s.tokens;
  let j = c.from - 1;
  while (j >= 0 && (t[j].pos === 'PUNCT' || /^(that|out|then|also|quickly|soon)$/.test(t[j].lower))) j--;
  if (j < 0 || !FINDING_VERBS.has(t[j].lower) || !(t[j].pos === 'VERB' || t[j].pos === 'NOUN')) return false;
  const prev = clauseAt(s, j);
  return prev !== undefined && prev !== c && (prev.subject === 'I' || prev.subject === 'none' || prev.subject === 'thing');
}

/** "by lifting the state up and using hooks": the "-ing" after "and" continues a "by ..." phrase of means. */
function meansBefore(s: Sentence, at: number): boolean {
  const c = clauseAt(s, at - 1);
  if (!c) return false;
  for (let k = c.from; k + 1 < c.to; k++) if (s.tokens[k].lower === 'by' && /ing$/.test(s.tokens[k + 1].lower)) return true;
  return false;
}

/** "I got confused", "I got stuck on the tokens", "I became frustrated": a state the speaker came into, not an action. */
function becameState(s: Sentence, verb: number, to: number): boolean {
  const t = s.tokens;
  if (!/^(get|gets|got|gotten|getting|became|become|grew)$/.test(t[verb].lower)) return false;
  let k = verb + 1;
  while (k < to && t[k].pos === 'ADV') k++;
  const x = t[k];
  if (!x) return false;
  const after = t[k + 1];
  return x.pos === 'ADJ' || (x.pos === 'VERB' && pastForm(x.lower) && (!after || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'CCONJ'));
}

/**
 * Whether the speaker's action in a clause is told as a habit or a general practice ("I listen first", "I always
 * set up a call", "I have been practising"), not as one past event ("I rewrote", "I had rebuilt"). A story's
 * approach is told in the past; an answer about how one usually works is not one person's heroics.
 */
function habitualAt(s: Sentence, from: number, verb: number, to: number): boolean {
  const t = s.tokens;
  for (let k = from; k < to; k++) if (FREQUENCY_ADVERBS.has(t[k].lower)) return true;
  const v = t[verb].lower;
  if (MODAL_VERBS.has(v)) return false; // a plan or a wish, counted by neither
  if (/^(am|'m|’m|is|are|do|does|have|has|'ve|’ve)$/.test(v)) return true; // "I am learning", "I do", "I have been working on"
  if (/^(was|were|did|had|'d|’d)$/.test(v) || AUXILIARIES.has(v)) return false;
  if (pastForm(v)) return false;
  // a verb the same in both tenses ("put", "set", "read") says nothing: not a habit on its own
  if (SAME_PAST_VERBS.has(v)) return false;
  return t[verb].pos === 'VERB';
}

/** "I was the only engineer", "the sole developer", "a team of one", "a one-person team": the speaker was alone. */
function soleMarker(s: Sentence, i: number): number {
  const t = s.tokens;
  const w = t[i].lower;
  if ((w === 'only' || w === 'sole' || w === 'lone') && /^(the|a)$/.test(t[i - 1]?.lower ?? '')) {
    let k = i + 1;
    while (k < t.length && k - i <= 3 && (t[k].pos === 'ADJ' || t[k].pos === 'NOUN' || t[k].pos === 'PROPN') && !PERSON_NOUNS.has(t[k].lower) && t[k].lower !== 'one') k++;
    const head = t[k]?.lower ?? '';
    const c = clauseAt(s, i);
    // "I was the only developer", "despite being the only developer on it"
    const mine = c?.subject === 'I' || (c?.subject === 'none' && c.verb !== undefined && t[c.verb].lower === 'being');
    // (not the only one behind: "I was the only person who hadn't finished their part", "the only one not to submit")
    // ("the only developer on the team who had not moved their services": the relative clause right after the phrase)
    const rel = c ? s.clauses[s.clauses.indexOf(c) + 1] : undefined;
    const relative = rel !== undefined && /^(who|that)$/.test(t[rel.from]?.lower ?? '') && rel.from - k <= 6;
    const behind = (relative && rel.negated) || (t[k + 1]?.lower === 'not' && t[k + 2]?.lower === 'to');
    if ((PERSON_NOUNS.has(head) || head === 'one') && mine && c?.verb !== undefined && (COPULAS.has(t[c.verb].lower) || t[c.verb].lower === 'being') && !c.negated && !behind) return k + 1;
  }
  if (w === 'team' && t[i + 1]?.lower === 'of' && /^(one|1)$/.test(t[i + 2]?.lower ?? '')) return i + 3;
  if (/^one-(person|man|woman)$/.test(w) || (w === 'one' && t[i + 1]?.text === '-' && /^(person|man|woman)$/.test(t[i + 2]?.lower ?? ''))) return w === 'one' ? i + 3 : i + 1;
  return -1;
}

/** "without looping in a single colleague", "without asking anyone", "without any help": working alone. */
function withoutOthers(s: Sentence, i: number): number {
  const t = s.tokens;
  if (t[i].lower !== 'without') return -1;
  for (let k = i + 1; k < Math.min(t.length, i + 6); k++) {
    const x = t[k].lower;
    if (t[k].pos === 'PUNCT') return -1;
    // (the people the work is for, as the object of what was not done to them, are no colleagues left out: "without
    // angering the clients", "without disrupting users")
    if (RECIPIENT_NOUNS.has(x) && t.slice(i + 1, k).some((y) => /ing$/.test(y.lower) && y.pos === 'VERB')) return -1;
    if (/^(help|support|assistance|input)$/.test(x) || PEOPLE_PRONOUNS.has(x) || ((PERSON_NOUNS.has(x) || GROUP_NOUNS.has(x)) && t[k].pos === 'NOUN')) return k + 1;
  }
  return -1;
}

/**
 * ", rewrote the caching layer": a past-tense verb the tagger read as a noun, opening a clause of a run of
 * coordinated actions, makes the clause look like one with "rewrote" as its subject. It is the previous
 * subject's action: read it as a clause of that subject, with the misread word as its verb.
 */
function misreadAction(s: Sentence, c: Clause, previous: Clause['subject'] | undefined): Clause {
  if (previous === undefined || c.subject !== 'thing' || c.subjectFrom === undefined || !misreadVerb(s, c.subjectFrom)) return c;
  return { ...c, subject: previous, subjectFrom: undefined, subjectTo: undefined, verb: c.subjectFrom };
}

/** A past-tense verb read as a noun or adjective after a comma or "and", before its object: ", rewrote the cache". */
function misreadVerb(s: Sentence, k: number): boolean {
  const t = s.tokens;
  const prev = t[k - 1];
  const w = t[k];
  const next = t[k + 1];
  if (!prev || !next || !((prev.pos === 'PUNCT' && /^[,;]$/.test(prev.text)) || prev.pos === 'CCONJ')) return false;
  if (w.pos !== 'NOUN' && w.pos !== 'ADJ') return false;
  const base = unprefixed(w.lower);
  if (!(IRREGULAR_PAST.has(base) || (/[^e]ed$/.test(base) && base.length > 4))) return false;
  return next.pos === 'DET' || (next.pos === 'PRON' && /^(my|our|their|his|her|its|it|them)$/.test(next.lower));
}

/** A verb without a prefix glued by a hyphen: "re-ran" is "ran", "over-tuned" is "tuned". */
function unprefixed(w: string): string {
  const v = w.replace(/^(re|pre|over|under|double|hand|back)-/, '');
  // ("redrew", "rebuilt", "overran": a prefix glued to an irregular past)
  const glued = /^(re|over|under|out)(.+)$/.exec(v);
  return glued && IRREGULAR_PAST.has(glued[2]) ? glued[2] : v;
}

/** Misread past-tense verbs inside a clause of the speaker, after its own verb: "I profiled the build, rewrote the cache". */
function extraActions(s: Sentence, c: Clause): number {
  const t = s.tokens;
  let n = 0;
  for (let k = (c.verb ?? c.from) + 1; k < c.to; k++) {
    if (misreadVerb(s, k)) n++;
    // "with the help of a script I wrote", "the dashboard I built": a thing the speaker made, inside the clause
    else if (t[k].lower === 'i' && t[k].pos === 'PRON' && (t[k - 1].pos === 'NOUN' || t[k - 1].pos === 'PROPN') && t[k + 1]?.pos === 'VERB' && (pastAction(t[k + 1].lower) || (SAME_PAST_VERBS.has(t[k + 1].lower) && c.verb !== undefined && pastAction(t[c.verb].lower)))) n++;
  }
  return n;
}

/**
 * Whether the speaker's clause is not a piece of work: its main verb (past "had", "have") is one of knowing or
 * wanting ("I had known that ...", "I learned that ..."), or it makes a mistake ("I made a mistake in ...").
 */
function notWork(s: Sentence, verb: number, to: number): boolean {
  const t = s.tokens;
  let k = verb;
  while (k + 1 < to && (AUXILIARIES.has(t[k].lower) || t[k].pos === 'AUX' || t[k].pos === 'ADV' || t[k].pos === 'PART') && (t[k + 1].pos === 'VERB' || t[k + 1].pos === 'ADV' || t[k + 1].pos === 'PART' || t[k + 1].pos === 'AUX')) k++;
  const main = t[k].lower;
  // (learning a thing is a step of the work: "I learned the tool, imported our resources ..."; learning that
  // something is so is not)
  if (/^(learn|learned|learnt)$/.test(main)) return !t[k + 1] || !/^(DET|NOUN|PROPN|ADJ)$/.test(t[k + 1].pos) || /^(that|a lot|lots)$/.test(t[k + 1].lower);
  if (MENTAL_VERBS.has(main)) return true;
  // arriving is no work: "when I joined", "I had just returned from leave", "I came back", "I got back from ..."
  // ("came up with a plan", "joined the two tables" are work)
  if (ARRIVAL_VERBS.has(main) || (/^(get|gets|got)$/.test(main) && t[k + 1]?.lower === 'back')) {
    const next = t[k + 1];
    if (/^(come|comes|came)$/.test(main)) return next?.lower === 'back' || next?.lower === 'in' || next?.lower === 'to';
    // (joining a place or people, "joined the team", "joined Acme in 2019", not joining things: "joined the two tables")
    if (/^(join|joins|joined)$/.test(main)) return !next || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'ADV' || isOther(phraseAt(s, k + 1, to).actor);
    return true;
  }
  if (/^(made|make|makes|making)$/.test(main)) {
    for (let j = k + 1; j < Math.min(to, k + 4); j++) if (MISTAKE_NOUNS.has(t[j].lower) && t[j].pos === 'NOUN') return true;
  }
  return false;
}

/** A past-tense verb of doing (not of being, having or wanting). */
function pastAction(w: string): boolean {
  return pastForm(w) && !COPULAS.has(w) && !STATE_VERBS.has(w) && !/^(was|were|did|had|got|said|told|thought|felt|knew|meant)$/.test(w);
}

/**
 * Whether the clause of token i is a general trait, a wish or a plan, not a piece of work done: "I will always try
 * to solve problems without troubling my manager", "I can work on my own", "I usually work alone".
 */
function generalAt(s: Sentence, i: number): boolean {
  const c = clauseAt(s, i);
  if (!c) return false;
  for (let k = c.from; k < i; k++) {
    const w = s.tokens[k].lower;
    if (MODAL_VERBS.has(w) || FREQUENCY_ADVERBS.has(w) || ((w === 'try' || w === 'tries' || w === 'prefer' || w === 'prefers' || w === 'like' || w === 'enjoy') && s.tokens[k].pos === 'VERB')) return true;
  }
  return false;
}

/** The subject a sentence leaves open before a closing colon ("..., I:", "Together we then:"), if any. */
function openSubject(s: Sentence): Clause['subject'] | undefined {
  const t = s.tokens;
  let k = t.length - 1;
  if (k < 1 || t[k].text !== ':') return undefined;
  k--;
  while (k > 0 && t[k].pos === 'ADV') k--;
  const w = t[k].lower;
  if (w === 'i') return 'I';
  if (w === 'we') return 'we';
  return undefined;
}

/** The first word of a clause, past punctuation and list marks. */
function firstWord(s: Sentence, c: Clause): number {
  let k = c.from;
  while (k < c.to && (s.tokens[k].pos === 'PUNCT' || s.tokens[k].pos === 'SYM' || s.tokens[k].pos === 'X')) k++;
  return k;
}

/** The clause's full verb, past auxiliaries and adverbs, in lower case ("did not *answer*", "was *asked*"). */
function mainWord(s: Sentence, c: Clause): string {
  const t = s.tokens;
  let k = c.verb ?? c.from;
  while (k + 1 < c.to && (t[k].pos === 'AUX' || t[k].pos === 'ADV' || t[k].pos === 'PART') && /^(VERB|AUX|ADV|PART)$/.test(t[k + 1].pos)) k++;
  return t[k].lower;
}

/**
 * A clause in which its subject meets a problem or a sight rather than acting: "we faced a backlog", "we noticed
 * that ...", "we ran into a leak", "we came across a bug", "we saw errors" (not "we ran the migration", "we saw to
 * it", "we faced the client together and ...": a verb of meeting followed by one of doing, coordinated, is work).
 */
function encounter(s: Sentence, c: Clause): boolean {
  const t = s.tokens;
  let k = c.verb ?? c.from;
  while (k + 1 < c.to && (t[k].pos === 'AUX' || t[k].pos === 'ADV' || t[k].pos === 'PART') && /^(VERB|AUX|ADV|PART)$/.test(t[k + 1].pos)) k++;
  const w = t[k].lower;
  const next = t[k + 1]?.lower ?? '';
  if (/^(run|ran|come|came)$/.test(w)) return (w.startsWith('r') && next === 'into') || (w.startsWith('c') && next === 'across');
  if (/^(see|sees|saw)$/.test(w) && /^(to|through|off)$/.test(next)) return false;
  return true;
}

/** The clause's verb is a simple present ("uses", "are structured", "know"), not a told past or a participle. */
function presentNow(s: Sentence, c: Clause): boolean {
  // (a verb with no subject of its own, or after "to", is no statement of the present: "... and DevOps teams to rotate")
  if (c.verb === undefined || c.subjectFrom === undefined || s.tokens[c.verb - 1]?.lower === 'to') return false;
  const x = s.tokens[c.verb];
  const w = x.lower;
  if (/^(is|are|am|'s|'re|'m|do|does|has|have|'ve)$/.test(w)) return true;
  if (x.pos !== 'VERB' || /(ed|ing)$/.test(w) || IRREGULAR_PAST.has(w) || IRREGULAR_PAST.has(unprefixed(w)) || SAME_PAST_VERBS.has(w)) return false;
  return true;
}

/**
 * Whether a verb of leading or of bringing people in at i has people for its object: "led a team of six",
 * "delegated X across the SMEs", "brought in two contractors"; after a verb of hiring any noun is someone hired ("hired
 * a freelance translator"). ("I:" before a list leaves the clause without a subject of its own: "none" is the speaker.)
 */
function ledPeople(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const c = clauseAt(s, i);
  if (!c || c.quoted || (c.subject !== 'I' && c.subject !== 'we' && c.subject !== 'none')) return false;
  const hiring = HIRING_VERBS.has(t[i].lower);
  if (RECRUITING_VERBS.has(t[i].lower) && !LEADING_VERBS.has(t[i].lower) && !hiring) {
    // "brought in two contractors", "roped in a designer", "found contract freelancers" (not "brought them two
    // glasses", "found an incorrect $group field": whoever heads the object is people, after "in" for bring and rope)
    const particle = RECRUITING_PARTICLES.has(t[i + 1]?.lower ?? '');
    if (PARTICLE_RECRUITING_VERBS.has(t[i].lower) && !particle) return false;
    const who = phraseAt(s, particle ? i + 2 : i + 1, c.to);
    // (the people as the subject of what was found: "I found the billing customers were affected", "found two users
    // had lost data": a finding, not people brought in)
    const next = t[who.end];
    if (next && who.end < c.to && (next.pos === 'AUX' || next.pos === 'VERB') && !/ing$/.test(next.lower)) return false;
    return who.actor === 'person' || who.actor === 'group';
  }
  const end = Math.min(c.to, i + 9);
  for (let k = i + 1; k < end; k++) {
    const x = t[k];
    if (x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'SCONJ') return false;
    if (k > i + 1 && x.pos === 'ADP' && !/^(to|among|amongst|across|between|of|with)$/.test(x.lower)) return false;
    if ((PERSON_NOUNS.has(x.lower) || GROUP_NOUNS.has(x.lower) || PEOPLE_PRONOUNS.has(x.lower) || /^(them|everyone|everybody|others)$/.test(x.lower)) && x.pos !== 'ADJ') return true;
    // (the head of the object: the last noun before anything else)
    if (hiring && x.pos === 'NOUN' && t[k + 1]?.pos !== 'NOUN') return true;
  }
  return false;
}

/**
 * A clause with no subject of its own, opened by "and", "or" or a comma, whose verb is bare ("flag", not "flagged")
 * and follows a clause that ends in an infinitive: "to parse the logs | and flag the outliers", "to quantify the
 * results, | and make the process data driven". It goes on with the purpose.
 */
function purposeGoesOn(s: Sentence, c: Clause): boolean {
  const t = s.tokens;
  const prev = s.clauses[s.clauses.indexOf(c) - 1];
  if (!prev || c.verb === undefined || !/^(and|or|,)$/.test(t[c.from]?.lower ?? '')) return false;
  const v = t[c.verb];
  if (v.pos !== 'VERB' || /(ed|ing|s)$/.test(v.lower) || IRREGULAR_PAST.has(v.lower) || SAME_PAST_VERBS.has(v.lower) || MODAL_VERBS.has(v.lower)) return false;
  // the last verb of the clause before is an infinitive ("to parse"), with nothing after it but its object
  let last = -1;
  for (let k = prev.from; k < prev.to; k++) if (t[k].pos === 'VERB' || t[k].pos === 'AUX') last = k;
  return last > prev.from && t[last - 1].lower === 'to' && (prev.verb === undefined || last > prev.verb);
}

/** Who acts in these sentences. */
export function voices(sentences: readonly Sentence[]): Voices {
  const v: Voices = { i: 0, habitual: 0, others: 0, joint: 0 };
  // others' clauses told in the present ("the team uses Kafka"): a description, unless the answer is told so too
  let othersNow = 0;
  // "I was the sole developer": every bare "we" of the approach is the speaker
  let sole = false;
  for (const s of sentences) for (let i = 0; i < s.tokens.length && !sole; i++) if (!s.tokens[i].quoted && soleMarker(s, i) > 0) sole = true;
  // "Using a diagnostic mindset, I: - Broke the problem ... - Discovered ...": a subject left open before a colon
  // is the subject of each subject-less line that follows, until a sentence names a subject of its own.
  let listSubject: Clause['subject'] | undefined;
  for (const s of sentences) {
    const t = s.tokens;
    let lastActor: Clause['subject'] | undefined;
    const opened = openSubject(s);
    if (!opened && listSubject !== undefined && s.clauses.some((c) => c.subjectFrom !== undefined && c.subject !== 'thing')) listSubject = undefined;
    for (const c1 of s.clauses) {
      // (a list line whose first word is a past verb the tagger read as a noun, "rewrote the retry logic", "split the
      // suite across eight runners", is that subject's too)
      const lead = firstWord(s, c1);
      const leadWord = unprefixed(t[lead]?.lower ?? '');
      const misreadLead = listSubject !== undefined && !opened && c1.subject === 'thing' && c1.subjectFrom === lead && (t[lead].pos === 'NOUN' || t[lead].pos === 'ADJ' || t[lead].pos === 'PROPN') && (IRREGULAR_PAST.has(leadWord) || SAME_PAST_VERBS.has(leadWord) || /[^e]ed$/.test(leadWord)) && /^(DET|PRON|NUM|ADJ|NOUN)$/.test(t[lead + 1]?.pos ?? '');
      // (a verb the same in both tenses, "set up a trace", "cut three SDKs", is the subject's action in such a list too)
      const c0 = misreadLead
        ? { ...c1, subject: listSubject!, subjectFrom: undefined, subjectTo: undefined, verb: lead }
        : listSubject !== undefined && !opened && c1.subject === 'none' && c1.verb !== undefined && c1.verb === firstWord(s, c1) && (pastAction(t[c1.verb].lower) || SAME_PAST_VERBS.has(t[c1.verb].lower)) ? { ...c1, subject: listSubject } : c1;
      const c = misreadAction(s, c0, lastActor);
      if (c0.subjectFrom !== undefined && c === c0) lastActor = c0.subject;
      if (c.quoted || c.verb === undefined) continue;
      const bareWe = c.subject === 'we' && (c.subjectFrom === undefined || (c.subjectTo === c.subjectFrom + 1 && /^(we|us)$/.test(t[c.subjectFrom].lower)));
      if (c.subject === 'I' || (sole && bareWe)) {
        // "I wrote a script to parse the logs and flag the outliers": a bare verb run on after an infinitive is part
        // of the purpose, not another thing the speaker did
        if (c.subjectFrom === undefined && purposeGoesOn(s, c)) continue;
        // "I wanted to", "I was", "I had": what the speaker had or was, not something they did
        const verb = t[c.verb].lower;
        // ", successfully landing the file": a participle after a comma says more about the action before it
        // ", successfully landing the file", "by lifting state up and using hooks": a participle with no subject of
        // its own says more about the action before it
        const elaboration = c.subjectFrom === undefined && /ing$/.test(verb) && (t[c.from]?.pos === 'PUNCT' || (t[c.from]?.pos === 'CCONJ' && meansBefore(s, c.from)));
        if (!c.negated && !COPULAS.has(verb) && (!STATE_VERBS.has(verb) || auxiliaryHave(s, c.verb, c.to)) && !elaboration && !MODAL_VERBS.has(verb) && !becameState(s, c.verb, c.to) && !notWork(s, c.verb, c.to)) {
          v.i += 1 + extraActions(s, c);
          if (habitualAt(s, c.from, c.verb, c.to)) v.habitual++;
        }
        continue;
      }
      if (c.subject === 'we' || isOther(c.subject)) {
        if (c.negated) continue;
        // "I noticed that we were merging carts by device": what the speaker found out, not someone acting
        if (findingOf(s, c)) continue;
        const head = c.subjectFrom !== undefined ? t[c.subjectFrom].lower : '';
        // "ensuring that if they did trigger, ...": a condition someone might meet, not something anyone did
        if (CONDITIONALS.has(t[firstWord(s, c)]?.lower ?? '')) continue;
        if (/^(nobody|noone|none|no)$/.test(head)) continue; // "nobody helped"
        // a state is not an action: "the rest of the team was busy", "we had a problem", "the team wanted speed"
        const verb = t[c.verb].lower;
        // (what someone else thought or said is taking part: "he thought I could handle it")
        let acts = !COPULAS.has(verb) && (!STATE_VERBS.has(verb) || SPEECH_VERBS.has(verb) || auxiliaryHave(s, c.verb, c.to));
        if (!acts) {
          // "were reviewing" is an action; "was busy", "were all focused", "were asked" say what they were
          let k = c.verb + 1;
          while (k < c.to && (t[k].pos === 'ADV' || t[k].pos === 'PART' || t[k].pos === 'AUX' || t[k].pos === 'DET')) k++;
          acts = t[k]?.pos === 'VERB' && /ing$/.test(t[k].lower);
        }
        // ", making it private": a participle after a comma adds to the clause before, it is not a new actor
        if (c.subjectFrom === undefined && /ing$/.test(t[c.verb].lower)) acts = false;
        // "where we would move the load balancer", "users can see each other's cursors": a plan or what the product
        // lets people do, not something anyone did
        // (up to the verb group's end: the tagger can take a subject for the verb, "so people/VERB can now see")
        for (let k = c.from; k < Math.min(c.to, c.verb + 3) && acts; k++) if (MODAL_VERBS.has(t[k].lower) && (k <= c.verb || /^(AUX|VERB)$/.test(t[k].pos))) acts = false;
        // "a client escalated an issue", "the customer thanked us": the people the work is for asked for it or
        // reacted to it; they did none of it
        const headWord = c.subjectFrom !== undefined && c.subjectTo !== undefined ? t[c.subjectTo - 1].lower : '';
        if (acts && RECIPIENT_NOUNS.has(headWord) && REACTION_VERBS.has(mainWord(s, c))) acts = false;
        // "some other students just gave up", "the contractor quit": dropping out is not taking part
        const mw = mainWord(s, c);
        if (acts && QUITTING_VERBS.has(mw) && (/^quit/.test(mw) || t.slice(c.verb, c.to).some((x) => x.lower === 'up'))) acts = false;
        // "while they waited", "the customer waited for a table": waiting is no part of the work
        if (acts && IDLE_VERBS.has(mw)) acts = false;
        // meeting the problem is the situation, not a share of the work: "we noticed intermittent errors", "we faced
        // a backlog", "the team ran into a leak" (not "we ran the tests", "we saw to it")
        if (acts && ENCOUNTER_VERBS.has(mw) && encounter(s, c)) acts = false;
        // "I used Prometheus and Grafana to analyze the metrics": a name before an infinitive is a tool the speaker
        // used for a purpose; "... with the DevOps teams to rotate the keys" names people, who act
        if (acts && t[c.verb - 1]?.lower === 'to' && !PERSON_NOUNS.has(headWord) && !GROUP_NOUNS.has(headWord) && !GROUP_NOUNS.has(headWord.replace(/s$/, '')) && !PERSON_NOUNS.has(headWord.replace(/s$/, '')) && c.subject !== 'we') acts = false;
        if (acts) {
          v.others++;
          // "the team uses Kafka", "many developers struggle with ...": a description in the present, counted apart
          // (a story told in the past does not credit anyone with it)
          if (presentNow(s, c)) othersNow++;
        }
      }
    }
    if (opened) listSubject = opened;
    for (let i = 0; i < t.length; i++) {
      if (t[i].quoted) continue;
      const end = Math.max(soloMarker(s, i), soleMarker(s, i));
      if (end > 0 && !negatedAt(s, i, 5) && !generalAt(s, i)) {
        v.solo ??= { start: t[i].start, end: t[end - 1].end };
        continue;
      }
      // "their buy-in", "Dana's review", "the SRE team's help": a contribution of someone else
      // (a word the tokenizer split at its hyphens is read whole: "their buy-in", "the CFO's sign-off")
      const compound = hyphenatedWord(t, i);
      if (((CONTRIBUTION_NOUNS.has(t[i].lower) && t[i].pos === 'NOUN') || (compound !== t[i].lower && CONTRIBUTION_NOUNS.has(compound))) && !negatedAt(s, i, 4)) {
        const owner = possessorBefore(s, i);
        if (owner && (isOther(owner) || owner === 'we')) {
          v.others++;
          v.joint++;
          continue;
        }
      }
      // "had two other engineers test the fixes", "asked Dana to review it", "let the intern run the drill": the
      // people after a causative verb do the next verb.
      // (a verb, not part of a compound word: "the on-call engineers")
      if (CAUSATIVE_VERBS.has(t[i].lower) && !(t[i - 1]?.text === '-' && t[i - 1].end === t[i].start) && (t[i].pos === 'VERB' || !/^call/.test(t[i].lower)) && !negatedAt(s, i, 4) && !t[i].quoted) {
        // the people: up to the first word for a person or a group ("2 other engineers", "Dana", "them"); then
        // their verb, bare or after "to" (the tagger may read a bare verb as a noun: "engineers test the fixes")
        let j = i + 1;
        while (j < Math.min(t.length, i + 5) && /^(DET|NUM|ADJ|PRON|PROPN|NOUN)$/.test(t[j].pos) && !(PERSON_NOUNS.has(t[j].lower) || GROUP_NOUNS.has(t[j].lower) || t[j].pos === 'PROPN' || /^(him|her|them)$/.test(t[j].lower))) j++;
        // (to the head of a compound: "the team lead", "the data team")
        while (j + 1 < Math.min(t.length, i + 6) && t[j + 1].pos === 'NOUN' && (PERSON_NOUNS.has(t[j + 1].lower) || GROUP_NOUNS.has(t[j + 1].lower))) j++;
        const who = j < t.length && j < i + 6 ? actorOf(t, { from: i + 1, to: j + 1 }).actor : 'none';
        const next = t[j + 1]?.lower === 'to' ? j + 2 : j + 1;
        const verb = t[next];
        if (isOther(who) && verb && (verb.pos === 'VERB' || (verb.pos === 'NOUN' && next === j + 1 && /^(DET|PRON|ADJ|NOUN)$/.test(t[next + 1]?.pos ?? ''))) && !/ing$/.test(verb.lower) && !COPULAS.has(verb.lower)) {
          v.others++;
          v.joint++;
          continue;
        }
      }
      // "reached out to teammates for help", "asked the community for advice": the people asked for help give it,
      // unless the sentence says they did not ("asked the platform group for help but never heard back")
      if (helpAsked(s, i)) {
        v.others++;
        v.joint++;
        continue;
      }
      // "surfaced the questions to the domain experts", "asked for a week to bring data": the people the speaker put
      // a question or a request to answer it
      if (addressedTo(s, i) || requestMade(s, i)) {
        v.others++;
        v.joint++;
        continue;
      }
      // "rallied the team", "delegated the updates across the subject matter experts", "split the work among three
      // engineers": people the speaker led through the work do it (their object or the phrase after to/among/across)
      if ((LEADING_VERBS.has(t[i].lower) || RECRUITING_VERBS.has(t[i].lower)) && t[i].pos === 'VERB' && !negatedAt(s, i, 4) && !generalAt(s, i) && ledPeople(s, i)) {
        v.others++;
        v.joint++;
        continue;
      }
      // "worked on three apps in teams", "built it in a team of five", "as part of a team": the speaker's work done
      // in a team is done with others (not "a bug in the payments team's service": the team must head the phrase)
      if ((t[i].lower === 'in' || (t[i].lower === 'of' && t[i - 1]?.lower === 'part')) && t[i].pos === 'ADP' && !negatedAt(s, i, 4)) {
        const who = phraseAt(s, i + 1);
        const head = t[who.end - 1]?.lower ?? '';
        const c = clauseAt(s, i);
        if (who.end > i + 1 && /^(teams?|squads?|pairs?)$/.test(head) && t[who.end]?.lower !== "'s" && c && !c.quoted && (c.subject === 'I' || c.subject === 'none')) {
          v.others++;
          v.joint++;
          continue;
        }
      }
      // "worked with Dana", "paired with the SRE team", "reviewed by two seniors", "help from the data team",
      // "approval from my team lead"
      if (JOINT.has(t[i].lower) && t[i].pos === 'ADP') {
        if (t[i].lower === 'from' && !CONTRIBUTION_NOUNS.has(i > 0 ? hyphenatedWord(t, i - 1, -1) : '')) continue;
        let j = i + 1;
        if (t[j]?.lower === 'the' && t[j + 1]?.lower === 'help' && t[j + 2]?.lower === 'of') j += 3;
        let who = phraseAt(s, j);
        // ("with Omar pairing on the retry code": the "-ing" word the tagger read into the phrase is what they did)
        if (!isOther(who.actor) && who.end - 1 > j && /ing$/.test(t[who.end - 1].lower) && t[who.end - 1].pos === 'NOUN' && t[i].lower === 'with') {
          const named = phraseAt(s, j, who.end - 1);
          if (isOther(named.actor)) who = named;
        }
        const c = clauseAt(s, i);
        // "with my manager away and the others on the launch, I ...": others' state, not working with them
        const absent = t[i].lower === 'with' && t.slice(who.end, Math.min(t.length, who.end + 3)).some((x) => ABSENCE_WORDS.has(x.lower));
        if ((isOther(who.actor) || who.actor === 'we') && !absent) {
          // ("a framework that could be adopted by all teams": what others might do, not what they did)
          const possible = c !== undefined && s.tokens.slice(c.from, i).some((x) => MODAL_VERBS.has(x.lower));
          if (!negatedAt(s, i, 4) && !(c && c.quoted) && !possible) {
            v.others++;
            // (not the people the work is for: "when working with enterprise customers")
            if (!RECIPIENT_NOUNS.has(t[who.end - 1]?.lower ?? '')) v.joint++;
          }
        }
      }
    }
  }
  // an answer told in the past: what others do now describes the world, not their part in the work
  if (v.i - v.habitual > v.habitual) {
    v.others -= othersNow;
  }
  return v;
}

/**
 * Answers about the speaker alone, where working with others is not the point: the kinds table says which
 * (knowledge/kinds.ts, RULE_SKIPS: the weakness question, and the kinds not told as a story). The questions are
 * the declared ones, or those the answer is read to answer (its title by meaning); an answer that opens by
 * introducing the speaker is one too.
 */
export function aboutSelfOnly(story: Story): boolean {
  const { questionIds } = answerOf(story);
  if (questionIds.length > 0 && questionIds.every((id) => ruleSkipsQuestion('solo-heroics', id))) return true;
  return story.questions.length === 0 && introducesSelf(story);
}

/**
 * An answer with no parts marked: its closing result ("As a result, we passed every test ...") tells how it ended,
 * not who did the work, so the approach is read without it. Only when the result is a closing share of the
 * answer, not all of it.
 */
export function withoutResult(story: Story, sentences: readonly Sentence[]): readonly Sentence[] {
  if (story.parts.length > 0) return sentences;
  const result = resultProse(story);
  if (result.length === 0) return sentences;
  const from = result[0].start;
  const kept = sentences.filter((s) => s.start < from);
  return kept.length >= 2 ? kept : sentences;
}


/** Verbs of a change made by the work, opening a result after ", which": "..., which improved response time by 60%". */
const RESULT_VERBS = new Set(['improved', 'reduced', 'cut', 'saved', 'increased', 'decreased', 'lowered', 'raised', 'boosted', 'halved', 'doubled', 'tripled', 'shortened', 'sped', 'eliminated', 'led', 'resulted', 'brought', 'enabled', 'allowed', 'helped', 'made', 'gave', 'dropped', 'prevented']);

/**
 * The work told before a result given in a relative clause (", which improved ...", ", which cut ..."), as Voices;
 * undefined when the sentence has no such clause.
 */
function workBeforeResult(s: Sentence): Voices | undefined {
  const t = s.tokens;
  const at = t.findIndex((x, k) => x.lower === 'which' && t[k - 1]?.text === ',' && RESULT_VERBS.has(t[k + 1]?.lower ?? ''));
  if (at < 0) return undefined;
  const clauses = s.clauses.filter((c) => c.to <= at);
  if (clauses.length === 0) return undefined;
  return voices([{ ...s, tokens: t.slice(0, at), clauses }]);
}

/** Each language's forms of working alone and the patterns they are found by; the grammar is the other-language reader's. */
const OTHER_SOLO = OTHER_SOLO_FORMS.map((f) => {
  const read = otherLanguage(f.lang);
  return { read, forms: read.forms(f.forms, 'giu') };
});

/**
 * Working alone said in another language, in prose the English tagger does not read: a form of OTHER_SOLO_FORMS
 * in the speaker's own voice (not quoted, not reported, not denied just before, no other party as the subject before
 * it: "mi jefe lo hizo solo"), in prose that names nobody else (no word for people of the language anywhere in it:
 * "con mi equipo" took part). The first such form, or undefined.
 */
function otherSolo(prose: readonly ProseSegment[]): { start: number; end: number } | undefined {
  if (!prose.some((seg) => mayBeOther(seg.text))) return undefined;
  for (const l of OTHER_SOLO) {
    if (prose.some((seg) => l.read.parties.test(seg.text))) continue;
    for (const seg of prose) {
      const text = seg.text;
      l.forms.lastIndex = 0;
      for (let m = l.forms.exec(text); m; m = l.forms.exec(text)) {
        const from = l.read.sentenceStart(text, m.index);
        const before = text.slice(from, m.index);
        // (denied just before, or the sentence opens denied: "No lo hice yo solo", "nicht im Alleingang")
        if (l.read.reported(before) || l.read.quoted(text, from, m.index) || l.read.denied(before, m[0]) || l.read.opensDenied(before.trimStart())) continue;
        // (in a language whose verb comes last the denial and the report follow: "一人でやったわけではない", "…라고 했다")
        if (l.read.headFinal) {
          const rest = text.slice(m.index + m[0].length, l.read.sentenceEnd(text, m.index + m[0].length));
          // (or a negation in the words right after it, in its clause: "一人ではできない", "혼자 해결이 안 되는")
          const near = text.slice(m.index + m[0].length, Math.min(l.read.clauseEnd(text, m.index + m[0].length), m.index + m[0].length + 12));
          if (l.read.reportedAfter(rest) || /(?:わけではな|のではな|ではなく|じゃな|것은 아니|건 아니|지 않)/u.test(rest) || /(?:ない|ません|ず|(?:^|\s)(?:안|못)\s|지 않|지 못|아니)/u.test(near)) continue;
        }
        return { start: seg.start + m.index, end: seg.start + m.index + m[0].length };
      }
    }
  }
  return undefined;
}

/**
 * An approach told with the subject dropped, in a language whose verbs say who acts by their ending (Spanish,
 * Portuguese, Italian: "Analicé los registros, reescribí la consulta, añadí un índice y desplegué el cambio"): at
 * least MIN_I_CLAUSES past verbs of the speaker, none of "we", and no word for other people of any of these
 * languages ("mi compañera", "a minha colega", "il team"), in prose written in the language of the forms (proseLanguage). The
 * speaker's first act, or undefined.
 */
function subjectlessSolo(prose: readonly ProseSegment[]): { start: number; end: number } | undefined {
  if (!prose.some((seg) => mayBeOther(seg.text))) return undefined;
  if (prose.some((seg) => ANY_ALPHABETIC.parties.test(seg.text))) return undefined;
  const lang = proseLanguage(prose);
  for (const forms of SUBJECTLESS_FORMS) {
    // (only prose written in the forms' language: Turkish "değiştirdim" is no Portuguese past, French "j'ai vérifié" no
    // Spanish one)
    if (forms.lang !== lang) continue;
    let own = 0;
    let shared = 0;
    let first: { start: number; end: number } | undefined;
    for (const seg of prose) {
      const acts = subjectlessActs(seg.text, forms);
      own += acts.own;
      shared += acts.shared;
      if (acts.first && !first) first = { start: seg.start + acts.first.start, end: seg.start + acts.first.end };
    }
    if (shared === 0 && own >= MIN_I_CLAUSES && first) return first;
  }
  return undefined;
}

/** Each language's pronoun voices (lexicon OTHER_PRONOUN_VOICES) as patterns: the speaker, and anyone else acting. */
const PRONOUN_VOICES = OTHER_PRONOUN_VOICES.map((v) => {
  const g = OTHER_GRAMMARS.find((x) => x.lang === v.lang);
  const cjk = g?.cjk === true;
  const word = (w: string): string => escape(w).replace(/['’]/gu, "['’]");
  const alt = (ws: readonly string[]): string => ws.map(word).join('|');
  // (a form ending in an apostrophe runs on into its verb: "j'ai")
  const edge = (ws: readonly string[]): string => (cjk ? `(?:${alt(ws)})` : `(?<![\\p{L}'’])(?:${alt(ws)})(?:(?<=['’])|(?![\\p{L}]))`);
  const self = new RegExp(cjk && v.notAfterSelf ? `(?:${alt(v.self)})(?![${escape(v.notAfterSelf)}])` : edge(v.self), 'giu');
  const others = [...v.shared, ...(g?.others ?? []), ...(v.others ?? [])];
  return { lang: v.lang, self, others: new RegExp(edge(others), 'iu'), parties: otherLanguage(v.lang).parties };
});

/**
 * An approach told with subject pronouns in a language the tagger does not read ("J'ai analysé ... Ensuite j'ai réécrit
 * ... Puis j'ai ajouté ... Enfin j'ai déployé", "Ich habe ..., ich habe ..."): at least MIN_I_CLAUSES forms of the
 * speaker as a subject, and none of "we", of a pronoun of the third person or of a word for people at work, in prose
 * written in that language (by its script, else its function words). The speaker's first form, or undefined.
 */
function pronounSolo(prose: readonly ProseSegment[]): { start: number; end: number } | undefined {
  if (!prose.some((seg) => mayBeOther(seg.text))) return undefined;
  const text = prose.map((seg) => seg.text).join('\n');
  const lang = scriptLanguage(text) ?? proseLanguage(prose);
  const v = PRONOUN_VOICES.find((x) => x.lang === lang);
  if (!v || prose.some((seg) => v.others.test(seg.text) || v.parties.test(seg.text))) return undefined;
  let own = 0;
  let first: { start: number; end: number } | undefined;
  for (const seg of prose) {
    v.self.lastIndex = 0;
    for (let m = v.self.exec(seg.text); m; m = v.self.exec(seg.text)) {
      own++;
      first ??= { start: seg.start + m.index, end: seg.start + m.index + m[0].length };
    }
  }
  return own >= MIN_I_CLAUSES ? first : undefined;
}

export const soloHeroics: StoryRule = {
  meta: {
    id: 'solo-heroics',
    description: 'The approach is told as one person’s work: "I" acts throughout and nobody else does anything',
    defaultSeverity: 'warning',
    tags: ['collaboration', 'red-flag', 'language'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { story } = ctx;
    if (aboutSelfOnly(story)) {
      // A pitch is about the speaker, so the count does not apply; saying outright that the work was done alone
      // ("I built several large projects completely by myself") still is the red flag.
      if (answerOf(story).questionIds.includes(QUESTION_ID.greatestWeakness)) return;
      const whole = voices(storyLanguage(ctx).sentences);
      // (learning alone is not working alone: "I taught myself Go on my own", "I learned to code by myself")
      const lead = whole.solo ? ctx.file.text.slice(Math.max(0, whole.solo.start - 60), whole.solo.start) : '';
      const learning = /\b(learn\w*|taught|teach\w*|stud(y|ied|ying)|picked up|practi[cs]\w*|read)\b[^.!?]*$/i.test(lead);
      if (whole.solo && !learning && whole.others === 0 && whole.i >= 1) {
        const r = ctx.range(whole.solo.start, whole.solo.end);
        ctx.report({
          message: `${quote(ctx.file.text.slice(r.start.offset, r.end.offset))}: this says you did the work alone and names nobody else. Interviewers listen for how you work with people: say what you owned and who else did what.`,
          range: r,
        });
      }
      return;
    }
    const approach = partsNamed(story, 'approach');
    const all = storyLanguage(ctx).sentences;
    const sentences = approach.length > 0 ? sentencesOfPart(ctx, 'approach') : withoutResult(story, all);
    let v = voices(sentences);
    // An unmarked answer's result is cut where it is guessed to begin; people brought into the speaker's own work in
    // it ("..., which I reached by working it through with the warehouse supervisors") still took part.
    if (approach.length === 0 && sentences !== all && v.others === 0) {
      const cut = all.filter((s) => !sentences.includes(s));
      const rest = voices(cut);
      if (rest.joint > 0) v = { ...v, others: rest.joint };
      // The result guessed from a sentence that tells it in a relative clause after the work: "I implemented caching
      // with Redis and optimized queries, which improved response time by 60%": the clauses before ", which" are
      // the approach.
      else if (rest.others === 0 && cut.length > 0) {
        const head = workBeforeResult(cut[0]);
        if (head) v = { ...v, i: v.i + head.i, habitual: v.habitual + head.habitual };
      }
    }
    // An unmarked answer whose "result" holds all of its narration (nothing before it has anyone acting: a
    // header line, a one-sentence setting) was cut in the wrong place: the whole answer is the approach.
    if (approach.length === 0 && sentences !== all && v.i === 0 && v.others === 0) v = voices(all);
    // Saying you worked alone is weighed against everyone in the answer, its result included.
    if (v.solo && approach.length === 0) v = voices(storyLanguage(ctx).sentences);
    // An answer told as a habit ("I listen first. I ask for an example.") is about how one works, not one
    // person doing a piece of work alone: the count does not apply to it (a said "on my own" still does). When
    // a marked approach is a habit but the answer around it narrates work ("I created ..., I automated ..."),
    // the whole answer is read instead, by its narrated actions only.
    let habit = v.habitual > v.i - v.habitual;
    if (habit && approach.length > 0 && !v.solo) {
      const whole = voices(storyLanguage(ctx).sentences);
      if (whole.i - whole.habitual >= MIN_I_CLAUSES && whole.habitual <= whole.i - whole.habitual) {
        v = whole;
        habit = false;
      }
    }
    // (working alone said in another language the tagger does not read: "lo hice todo yo solo")
    // (the English reading may take a word of it for its own, "solo", and count nobody: the other language decides)
    const foreign = otherSolo(approach.length > 0 ? proseOf(story, 'approach') : story.prose);
    if (foreign) {
      ctx.report({
        message: `${quote(ctx.file.text.slice(foreign.start, foreign.end))}: the approach has you doing everything and nobody else doing anything. Interviewers listen for how you work with people: say what you owned and who else did what.`,
        range: ctx.range(foreign.start, foreign.end),
      });
    } else if (v.others === 0 && v.i < MIN_I_CLAUSES && !v.solo && approach.length > 0 && (subjectlessSolo(proseOf(story, 'approach')) ?? pronounSolo(proseOf(story, 'approach')))) {
      // (the acts told with the subject dropped, in a language the tagger does not read: "Analicé ..., reescribí ...";
      // only in a marked approach: an answer with no parts tells its setting, "trabajé como ...", and its lesson,
      // "aprendí que ...", in the same first person, and where its work begins is not known from the verbs alone)
      ctx.report({
        message: `The approach says what you did again and again and never what anyone else did. Keep "I" for your own decisions, and name who you worked with and what they did.`,
        range: approach[0]?.marker ?? story.titleRange,
      });
    } else if (v.others === 0 && ((!habit && v.i >= MIN_I_CLAUSES) || (v.solo && v.i >= 1))) {
      const r = v.solo ? ctx.range(v.solo.start, v.solo.end) : (approach[0]?.marker ?? story.titleRange);
      ctx.report({
        message: v.solo
          ? `${quote(ctx.file.text.slice(r.start.offset, r.end.offset))}: the approach has you doing everything and nobody else doing anything. Interviewers listen for how you work with people: say what you owned and who else did what.`
          : `The approach says what you did ${v.i} times and never what anyone else did. Keep "I" for your own decisions, and name who you worked with and what they did.`,
        range: r,
      });
    }
    for (const m of matchRulePhrases('solo-heroics', ctx.config, story.prose)) {
      ctx.report({
        message: `${quote(m.text)} makes it sound as if nobody else was involved (a phrase from your settings). Say what you owned and who else helped.`,
        range: ctx.range(m.start, m.end),
      });
    }
  },
};
