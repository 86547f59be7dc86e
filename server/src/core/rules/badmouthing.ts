// badmouthing: a disparaging judgment of an employer, a manager, a team or colleagues, in any wording. Judged
// by meaning (see ../nlp): what is said of whom — a disparaging predicate or attribute of another person or
// group, "had no idea", the speaker's hatred of them — when it is the speaker's own assertion (not negated, not
// someone else's quoted or reported words). Users' literal `phrases: { badmouthing: [...] }` still add to it.
import { actorOf, documentSense, polarity } from '../nlp/analyze';
import { ASPECT_NOUNS, ABILITY_TRAITS, ABSENCE_WORDS, ACCLAIM, MADE_VERBS, ACTIVITY_GROUPS, COLLECTIVES, CONDUCT_VIRTUES, COPULAS, DISPARAGING, DUTY_NOUNS, EVASION_VERBS, FAILURE_NOUNS, FAILURE_VERBS, GRASP_NOUNS, GROUP_NOUNS, HOSTILE_VERBS, LACK_NOUNS, NEGATORS, PEOPLE_PRONOUNS, PERSON_NOUNS, QUITTING_VERBS, RANK_WORDS, REGARD_VERBS, SCANT_ADVERBS, SCORN_NOUNS, SPEAKER_OBJECTS, SPEECH_VERBS, STATE_WORDS, STYLE_WORDS, SWEEPING_WORDS, WORKPLACE_NOUNS, SELF_SOURCE_NOUNS, SHOW_OF_WORK, TALENT_NOUNS, FOREIGN_JUDGMENTS, HUMAN_TRAITS, FACULTY_NOUNS, ADMIRED_EXEMPLARS, IRONY_FRAMES, GROUP_PRONOUNS, PERSON_PRONOUNS, REASON_NOUNS, MOTIVE_NOUNS, LEAVING_WORDS, WORKPLACE_PARTIES, OTHER_REASON_FRAMES, OTHER_SWEEPING_ABSENCE, OTHER_GRAMMARS, MISCONDUCT_VERBS, HARSH_CONDUCT, CREDIT_TAKING_VERBS, FREQUENCY_ADVERBS, FOND_ASIDES, LIGHTENED_NOUNS, TREATED_DUTIES, RESPECTED_AS, LESSER_PEOPLE } from '../nlp/lexicon';
import { ANY_ALPHABETIC, escape, languageOf, mayBeOther, otherLanguage, plainJudgments, proseLanguage, RATED_THRESHOLD, ratedJudgments, scriptLanguage, wordsPattern } from '../nlp/other-language';
import { actsAsParty, endorsedReport, clauseAt, clauseSpan, isOther, isSelf, negatedAt, phraseAt, possessorBefore, repeatedIn, spokenClause, spokenTokens, unrealCondition, yesNoQuestion, negativeSubject } from '../nlp/query';
import type { Clause, Sentence } from '../nlp/types';
import type { StoryRule, StoryRuleContext } from './rule';
import { learnedFlags, matchRulePhrases, quote, sentencesOfPart, storyLanguage } from './util';
import { answerOf } from './kind';
import { paragraphRuns, softBreaks } from '../text';
import { FLAG_MODELS } from '../knowledge/flag-models';
import { QUESTION_ID } from '../knowledge/index';

/** The question "Why are you leaving your current role?" (knowledge/questions.ts). */

interface Hit {
  start: number;
  end: number;
}

/**
 * Whether a proposition starts at k: "that ...", or a subject and its verb ("this data existed", "the API had
 * changed") — what someone did not know, a fact, not their judgment ("no idea what they were doing", "no idea how").
 */
function factFollows(t: Sentence['tokens'], k: number): boolean {
  const x = t[k];
  if (!x) return false;
  if (x.lower === 'that' && x.pos === 'SCONJ') return true;
  if (!/^(DET|PRON|NOUN|PROPN)$/.test(x.pos) || /^(what|how|why|where|who|which|whatsoever)$/.test(x.lower)) return false;
  for (let j = k + 1; j < Math.min(t.length, k + 5); j++) {
    if (t[j].pos === 'VERB' || t[j].pos === 'AUX') return true;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t[j].pos)) return false;
  }
  return false;
}

/**
 * The last clause aboutOthers answered for, and its answer: it is asked for every word of a clause in turn, and a
 * subject can be a long phrase. (One entry, not a map per clause: a map costs more than the few words it saves.)
 */
let othersClause: Clause | undefined;
let othersAnswer = false;

/**
 * A word that names a group and also an activity, read as the activity at k: after another noun ("time management",
 * "memory management in the canvas code", "customer support" — the language layer reads these as things too), or
 * before "for" and a thing ("poor support for one-time alerts" is what a tool does). "Management", "the vendor's
 * support" and "poor support from the vendor" stay people.
 */
function activityAt(s: Sentence, k: number, from: number): boolean {
  const t = s.tokens;
  if (!ACTIVITY_GROUPS.has(t[k]?.lower ?? '')) return false;
  // (as the language layer reads it: a noun or a name before it, not a word of rank, "Upper management was ...")
  if (k > from && /^(NOUN|PROPN)$/.test(t[k - 1].pos) && !RANK_WORDS.has(t[k - 1].lower)) return true;
  if (t[k + 1]?.lower !== 'for' || !t[k + 2]) return false;
  // (what it is for may be read as a verb: "support for retries")
  const what = phraseAt(s, k + 2);
  return what.end > k + 2 ? what.actor === 'thing' || what.actor === 'none' : !PEOPLE_PRONOUNS.has(t[k + 2].lower) && !/^(me|us|you)$/.test(t[k + 2].lower);
}

/** The clause's subject names an employer's ways ("the culture", "management") or another person or group. */
function aboutOthers(s: Sentence, c: Clause): boolean {
  if (c === othersClause) return othersAnswer;
  // (or a subject no noun list knows, shown a party by what the clause does: "the integrator never bothered")
  let about = isOther(c.subject) || actsAsParty(s, c);
  if (!about && c.subjectFrom !== undefined && c.subjectTo !== undefined) {
    for (let i = c.subjectFrom; i < c.subjectTo && !about; i++) about = WORKPLACE_NOUNS.has(s.tokens[i].lower) && !activityAt(s, i, c.subjectFrom);
    // a collective that points at people: "the previous lot", "that crowd", "the old gang" (not "the whole lot")
    const head = s.tokens[c.subjectTo - 1];
    const before = s.tokens[c.subjectTo - 2];
    if (!about && head && before && /^(lot|crowd|gang|mob|bunch)$/.test(head.lower)) about = /^(that|those|previous|old|last|other|new|current|former)$/.test(before.lower);
  }
  othersClause = c;
  othersAnswer = about;
  return about;
}

/**
 * A subject the layer read as a thing, headed by a noun of the third person ("the integrator", "the broker's desk"),
 * that a trait only people have may be said of (not "it", not the speaker's own side's work: "our code").
 */
function traitSubject(s: Sentence, c: Clause): boolean {
  if (c.subject !== 'thing' || c.subjectFrom === undefined || c.subjectTo === undefined || c.ownSide) return false;
  const head = s.tokens[c.subjectTo - 1];
  return head !== undefined && head.pos === 'NOUN';
}

/**
 * The clause is about people, not an employer's ways or a thing: another person or group, or a subject the clause
 * shows to be a party by what it does ("the integrator couldn't be bothered").
 */
function peopleAbout(s: Sentence, c: Clause): boolean {
  return aboutOthers(s, c) && (c.subject !== 'thing' || actsAsParty(s, c));
}

/** The word at i, with a hyphenated compound joined ("clock-watchers", "two-faced"). */
function wordAt(s: Sentence, i: number): string {
  const t = s.tokens;
  if (t[i + 1]?.text === '-' && t[i + 2] && t[i + 1].start === t[i].end) return `${t[i].lower}-${t[i + 2].lower}`;
  return t[i].lower;
}

/**
 * A word that judges people badly: a known disparaging word, or an adjective or noun the model's sentiment
 * lexicon rates clearly negative ("rotten", "selfish", "liars"), that is not a feeling or a circumstance
 * ("upset", "understaffed", "new") or a demanding style ("strict", "harsh"). Participles are states
 * ("frustrated", "overworked") unless known as judgments ("disorganized").
 */
function judging(s: Sentence, i: number): 'known' | 'rated' | undefined {
  const x = s.tokens[i];
  // "the least risky person", "less careless than before": the judgment turned round
  if (/^(least|less)$/.test(s.tokens[i - 1]?.lower ?? '')) return undefined;
  const w = wordAt(s, i);
  if (DISPARAGING.has(w) || DISPARAGING.has(x.lower)) return x.pos !== 'VERB' ? 'known' : undefined;
  if (x.pos !== 'ADJ' && x.pos !== 'NOUN') return undefined;
  if (STATE_WORDS.has(x.lower) || STYLE_WORDS.has(x.lower) || ABSENCE_WORDS.has(x.lower) || /ed$/.test(x.lower)) return undefined;
  return polarity(x.lower) <= (x.pos === 'ADJ' ? -0.4 : -0.5) ? 'rated' : undefined;
}

/** Whether a noun for people heads the phrase [from, to): "the salespeople", "the QA group", "the culture". */
function peopleHead(s: Sentence, from: number | undefined, to: number | undefined, workplace: boolean): boolean {
  if (from === undefined || to === undefined) return false;
  let k = to - 1;
  while (k > from && (s.tokens[k].pos === 'PUNCT' || s.tokens[k].pos === 'ADV')) k--;
  const h = s.tokens[k].lower;
  if (activityAt(s, k, from) || documentSense(s.tokens, k, from)) return false;
  return namesPeople(h, workplace);
}

/** A noun for people or a group of them ("the salespeople", "the QA group"); with `workplace`, a workplace too ("the culture"). */
function namesPeople(h: string, workplace: boolean): boolean {
  return PERSON_NOUNS.has(h) || GROUP_NOUNS.has(h) || (workplace && WORKPLACE_NOUNS.has(h)) || /.(people|person|folks)$/.test(h);
}


/**
 * A negation that reaches an attribute: "it was not a toxic team", "no lazy people here" — not the negation of
 * another verb ("you can't reason with toxic people" still calls them toxic).
 */
function attributeNegated(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  // the subject denies it of everyone it names: "Nobody on that team was lazy", "none of them were careless", "no one
  // in support was incompetent" (the attribute in the predicate, after the subject)
  if (c.subjectFrom !== undefined && c.subjectTo !== undefined && i >= c.subjectTo && negativeSubject(t, c.subjectFrom)) return true;
  // a belief denied just before: "I don't think our team was a dysfunctional group"
  const before = s.clauses[s.clauses.indexOf(c) - 1];
  if (before && before.negated && before.verb !== undefined && SPEECH_VERBS.has(t[before.verb].lower)) return true;
  if (before && before.negated && t.slice(before.from, before.to).some((x) => SPEECH_VERBS.has(x.lower) && x.pos === 'VERB')) return true;
  for (let k = i - 1; k >= Math.max(c.from, i - 6); k--) {
    const w = t[k].lower;
    if (w === 'no' || w === 'never' || w === 'not' || w === "n't") {
      // the negator is next to the phrase ("not a toxic", "no lazy") or after a copula ("wasn't a toxic")
      const between = t.slice(k + 1, i).every((x) => x.pos === 'DET' || x.pos === 'ADV' || x.pos === 'ADJ');
      return between || COPULAS.has(t[k - 1]?.lower ?? '');
    }
    if (t[k].pos === 'VERB' && !COPULAS.has(w)) {
      // another verb's negation: it denies the attribute when it denies the encounter ("I never worked with a
      // clueless manager", "I don't think they were ..."), not when it denies an ability or a wish ("you can't
      // reason with toxic people", "I didn't want to argue with an incompetent vendor": they are still so called)
      if (!negatedAt(s, k, 3)) return false;
      const group = t.slice(Math.max(c.from, k - 3), k + 1).map((x) => x.lower);
      return !group.some((x) => /^(can|ca|could|cannot|wo|will|would|want|wanted|like|liked|need|needed|try|tried|bother|bothered)$/.test(x));
    }
  }
  return false;
}

/** Words that make a verb group deny: "not", "n't", "never", "rarely", "hardly". */
function denier(w: string): boolean {
  return w === 'not' || w === "n't" || SCANT_ADVERBS.has(w);
}

/**
 * A virtue of conduct or competence denied of them in a predicate: "our lead was never very professional", "was
 * rarely prepared for anything", "our division is not organized well", "they were not very bright". The denier
 * stands in the verb group between the copula and the word (adverbs between); not a readiness not yet reached ("not
 * yet prepared", "not fully prepared for the load"), nor a willingness ("not prepared to wait").
 */
function virtueDenied(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  const x = t[i];
  if (!(CONDUCT_VIRTUES.has(x.lower) || ABILITY_TRAITS.has(x.lower))) return false;
  if (x.pos !== 'ADJ' && !(x.pos === 'VERB' && /ed$/.test(x.lower))) return false;
  let cop = -1;
  let denied = false;
  for (let k = i - 1; k >= Math.max(c.from, i - 6); k--) {
    const w = t[k].lower;
    if (/^(yet|fully|entirely|quite|still|always)$/.test(w)) return false;
    if (COPULAS.has(w)) {
      cop = k;
      break;
    }
    if (denier(w)) denied = true;
    else if (t[k].pos !== 'ADV' && t[k].pos !== 'AUX' && t[k].pos !== 'PART') return false;
  }
  if (cop < 0 || !denied) return false;
  // who it is said of: the noun phrase just before the copula (the clause's subject, or one the tagger left inside
  // another clause: "The only question is our entire division is not organized well")
  let a = cop;
  while (a > c.from && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t[a - 1].pos) && cop - a < 6) a--;
  if (a === cop || /^(who|that)$/.test(t[a].lower)) {
    // (a verb coordinated with the subject's clause, or a relative clause: "a lead who was never prepared")
    if (!((c.subjectFrom === undefined || a < cop) && peopleAbout(s, c))) return false;
  } else {
    const who = actorOf(t, { from: a, to: cop });
    const workplace = t.slice(a, cop).some((x) => WORKPLACE_NOUNS.has(x.lower));
    if (!isOther(who.actor) && !workplace) return false;
    // (people in general: "most engineers are not punctual")
    if (/^(many|most|some|few)$/.test(t[a].lower)) return false;
  }
  const next = t[i + 1]?.lower ?? '';
  if (next === 'to' || (x.lower === 'prepared' && next === 'for' && !/^(anything|everything)$/.test(t[i + 2]?.lower ?? ''))) return false;
  return true;
}

/** The verb at i is denied in its own verb group: "did not appreciate", "never valued", "rarely listened". */
function verbDenied(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  for (let k = i - 1; k >= Math.max(c.from, i - 3); k--) {
    if (t[k].pos !== 'AUX' && t[k].pos !== 'ADV' && t[k].pos !== 'PART') return false;
    if (denier(t[k].lower) || NEGATORS.has(t[k].lower)) return true;
  }
  return false;
}

/** The speaker or their work: "me", "my work", "how hard I was working", "what I did". */
function speakerObject(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const w = t[k].lower;
    if (w === 'me' || w === 'my' || w === 'myself') return true;
    if (w === 'i' && k > from) return /^(how|what|that|all)$/.test(t[from]?.lower ?? '') || /^(how|what)$/.test(t[from + 1]?.lower ?? '');
    if (t[k].pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * A grasp of things denied with a word that sweeps, from the verb at i: "had zero clue", "was not having any
 * knowledge about the database side", "had no feel at all for", "lacked any real understanding of engineering";
 * "had no idea", "had no clue" sweep by themselves. Not unawareness of a fact ("had no idea this data existed", "did
 * not have any knowledge of the outage").
 */
function graspDenied(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  const w = t[i].lower;
  const lack = /^(lack|lacks|lacked|lacking)$/.test(w);
  if (!lack && !/^(have|has|had|having|show|shows|showed|possess|possessed)$/.test(w)) return false;
  let sweeping = false;
  let none = lack;
  if (!lack) for (let k = Math.max(c.from, i - 3); k < i; k++) if (t[k].lower === 'not' || t[k].lower === "n't" || t[k].lower === 'never') none = true;
  let k = i + 1;
  for (; k < Math.min(c.to, i + 6); k++) {
    const x = t[k].lower;
    if (x === 'no' || x === 'zero' || x === 'little') none = true;
    if (SWEEPING_WORDS.has(x)) sweeping = true;
    if (GRASP_NOUNS.has(x) && t[k].pos === 'NOUN') break;
    if (!/^(DET|ADJ|ADV|NUM)$/.test(t[k].pos) && x !== 'no') return false;
  }
  const noun = t[k];
  if (!noun || !GRASP_NOUNS.has(noun.lower) || !none || factFollows(t, k + 1)) return false;
  // what follows it: "at all", "whatsoever" sweep too; an event or an artefact is a fact not known
  const rest = t.slice(k + 1, Math.min(c.to, k + 6));
  if (rest.some((x, n) => x.lower === 'whatsoever' || (x.lower === 'all' && rest[n - 1]?.lower === 'at'))) sweeping = true;
  const of = rest.findIndex((x) => /^(of|about|on)$/.test(x.lower));
  if (of >= 0) {
    let h = of + 1;
    while (h < rest.length && /^(DET|ADJ|PRON|NUM)$/.test(rest[h].pos)) h++;
    const obj = rest[h]?.lower ?? '';
    if (FAILURE_NOUNS.has(obj) || /^(change|changes|incident|incidents|decision|decisions|meeting|email|emails|request|requests|ticket|tickets|update|updates|release|deadline|plan|plans|deal|move|problem|problems|issue|issues|bug|bugs)$/.test(obj)) return false;
  }
  // (an idiom of the lacking noun sweeps by itself: "no idea", "no clue"; "lacked understanding" needs a word more)
  return sweeping || (!lack && t[i + 1]?.lower === 'zero') || (LACK_NOUNS.has(noun.lower) && /^(no|zero)$/.test(t[k - 1]?.lower ?? '') && /^(idea|clue)$/.test(noun.lower));
}


/**
 * The people a judgment at i is said of across a relative clause: "the consultants who built that first version were
 * clueless", "the agency that ran it was shambolic" (the clause splitter gives the copula to the relative clause).
 * The copula stands just before the judgment (adverbs, "not", an article between), the relative pronoun before it
 * with a verb of its own between them, and a noun for people or an employer just before the pronoun: its index, or -1.
 */
function relativeHead(s: Sentence, i: number, human = false): number {
  const t = s.tokens;
  let k = i - 1;
  while (k > 0 && (t[k].pos === 'ADV' || t[k].pos === 'PART' || t[k].pos === 'DET' || NEGATORS.has(t[k].lower))) k--;
  if (k <= 1 || !COPULAS.has(t[k].lower)) return -1;
  let verb = false;
  for (let r = k - 1; r > 0 && r >= k - 12; r--) {
    const x = t[r];
    if (x.quoted || /^[.;:!?()]$/.test(x.text) || COPULAS.has(x.lower)) return -1;
    if (x.pos === 'VERB') verb = true;
    if (/^(who|that|which)$/.test(x.lower) && (x.pos === 'PRON' || x.pos === 'DET' || x.pos === 'SCONJ')) {
      const head = t[r - 1];
      // ("that" with no verb after it yet is a determiner: "who built that first version")
      if (!verb) continue;
      if (!head || !/^(NOUN|PROPN)$/.test(head.pos)) return -1;
      const h = head.lower;
      // (a trait only people have makes any noun before "who"/"that" people: "the integrator that built it was inept")
      return namesPeople(h, true) || h === 'people' || (human && head.pos === 'NOUN') ? r - 1 : -1;
    }
  }
  return -1;
}

/**
 * A word of a good quality, or its superlative: an ability or a virtue of conduct ("sharp", "organised"), acclaim
 * ("genius"), or a word the sentiment lexicon rates positive ("bright", "reliable"). "sharpest" is read as "sharp".
 */
function goodQuality(w: string): boolean {
  const base = [w, w.replace(/est$/, ''), w.replace(/iest$/, 'y'), w.replace(/(.)\1est$/, '$1'), w.replace(/est$/, 'e')];
  return base.some((b) => ABILITY_TRAITS.has(b) || CONDUCT_VIRTUES.has(b) || ACCLAIM.has(b) || (b.length > 2 && polarity(b) > 0));
}

/** Sincere praise after "but" later in the sentence: "not the most organised, but generous and fair" is balanced. */
function praiseFollows(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const but = t.findIndex((x, k) => k > i && (x.lower === 'but' || x.lower === 'though' || x.lower === 'although'));
  if (but < 0) return false;
  for (let k = but + 1; k < Math.min(t.length, but + 10); k++) if (t[k].pos === 'ADJ' && goodQuality(t[k].lower) && !negatedAt(s, k, 3)) return true;
  return false;
}

/**
 * Understatement: a good quality denied of them by a superlative or "exactly" — "my manager was not the sharpest
 * knife in the drawer", "the contractors were not exactly geniuses", "she was never the most reliable lead", "he
 * is not known for his patience". The negator stands at i, after a copula; the speaker's own ("I was not the
 * sharpest engineer") and a limit named beside sincere praise ("not the most organised, but the fairest") are not.
 */
function understatement(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  if (!/^(not|n't|never)$/.test(t[i].lower)) return false;
  if (!peopleAbout(s, c)) return false;
  let k = i + 1;
  if (t[k]?.lower === 'known' && t[k + 1]?.lower === 'for' && /^(his|her|their)$/.test(t[k + 2]?.lower ?? '')) return !praiseFollows(s, i);
  if (c.verb === undefined || c.verb > i || !COPULAS.has(t[c.verb].lower)) return false;
  let good = false;
  if (t[k]?.lower === 'exactly') {
    k++;
    if (/^(a|an|the)$/.test(t[k]?.lower ?? '')) k++;
    // ("not exactly a rocket scientist": the quality or the acclaimed role may come after a noun)
    for (let n = k; n < Math.min(t.length, k + 3) && !good; n++) good = goodQuality(t[n].lower) || ACCLAIM.has(t[n].lower) || /scientists?$/.test(t[n].lower);
  } else if (t[k]?.lower === 'the') {
    k++;
    if (t[k]?.lower === 'most') k++;
    const w = t[k]?.lower ?? '';
    good = (/est$/.test(w) || t[k - 1]?.lower === 'most') && goodQuality(w);
  }
  return good && !praiseFollows(s, i);
}

/**
 * Praise that is the praised person's own claim, which is scorn: "a visionary by his own account", "a brilliant
 * engineer, or so he kept telling us", "an expert in his own mind". At i stands "own" (after "by/in his") or "so"
 * (after "or", before "he/she/they" and a verb); praise of another party stands before it in the sentence.
 */
function selfSourcedPraise(s: Sentence, i: number): number {
  const t = s.tokens;
  const w = t[i].lower;
  let marker = false;
  if (w === 'own' && /^(his|her|their)$/.test(t[i - 1]?.lower ?? '') && /^(by|in|to)$/.test(t[i - 2]?.lower ?? '') && SELF_SOURCE_NOUNS.has(t[i + 1]?.lower ?? '')) marker = true;
  if (w === 'so' && t[i - 1]?.lower === 'or' && /^(he|she|they)$/.test(t[i + 1]?.lower ?? '') && /^(VERB|AUX)$/.test(t[i + 2]?.pos ?? '')) marker = true;
  if (!marker) return -1;
  // (the praise names a person: acclaim, "a brilliant engineer", or a good word said of another party: "the lead
  // was brilliant, or so she said"; not a thing praised on someone's word: "the plan was solid, or so he said")
  for (let k = i - 2; k >= Math.max(0, i - 10); k--) {
    const x = t[k];
    if (x.pos !== 'ADJ' && x.pos !== 'NOUN') continue;
    if (ACCLAIM.has(x.lower)) return k;
    if (polarity(x.lower) < 0.4 || negatedAt(s, k, 3)) continue;
    const person = [t[k + 1], t[k + 2]].some((y) => y !== undefined && (PERSON_NOUNS.has(y.lower) || ACCLAIM.has(y.lower)));
    const c = clauseAt(s, k);
    if (person || (c !== undefined && isOther(c.subject) && c.verb !== undefined && c.verb < k && COPULAS.has(t[c.verb].lower))) return k;
  }
  return -1;
}

/**
 * Irony of a talent for what is no work: "had a real gift for slide decks and very little else", "a remarkable
 * talent for scheduling meetings that decided nothing", "a knack for excuses". At i stands the talent noun, said of
 * another party; its object is a show of work, or a thing the lexicon rates negative, or the sentence sweeps it
 * away ("nothing", "little else"). "A real talent for calming angry customers" is praise.
 */
function ironicTalent(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  // (or the talent said to be it: "whose main talent is forwarding emails upward", "his one gift was slide decks")
  const said = COPULAS.has(t[i + 1]?.lower ?? '');
  if (!TALENT_NOUNS.has(t[i].lower) || t[i].pos !== 'NOUN' || (t[i + 1]?.lower !== 'for' && !said)) return false;
  // (another's talent: said of another party, or owned by one: "whose", "his", "their")
  // ("the consultants' one real talent": a party's possessive)
  const owned = t.slice(Math.max(0, i - 4), i).some((x, n, a) => /^(whose|his|her|their)$/.test(x.lower) || (/^('|'s|’|’s)$/.test(x.lower) && n > 0 && (PERSON_NOUNS.has(a[n - 1].lower) || GROUP_NOUNS.has(a[n - 1].lower))));
  if (!aboutOthers(s, c) && !isOther(c.subject) && !owned) return false;
  if (negatedAt(s, i, 4)) return false;
  let show = false;
  let k = i + 2;
  for (; k < Math.min(t.length, i + 6); k++) {
    const w = t[k].lower;
    if (SHOW_OF_WORK.has(w) || (/^(VERB|NOUN)$/.test(t[k].pos) && polarity(w) < 0)) show = true;
    if (t[k].text === ',' || t[k].pos === 'CCONJ') break;
  }
  const rest = t.slice(i + 2, Math.min(t.length, i + 14)).map((x) => x.lower);
  const swept = rest.some((x, n) => x === 'nothing' || (x === 'else' && /^(little|nothing)$/.test(rest[n - 1] ?? '')));
  return show || swept;
}

/**
 * Irony of a standard: "our director's idea of strategy is a new slide template every quarter", "their idea of a
 * handoff was a Slack emoji and an empty wiki page". At i stands "idea", owned by another party ("their", "his", a
 * party's "'s"), then "of" what they should have done, a form of "be", and what they did instead: a show of work, a
 * thing the lexicon rates negative, or a thing made small ("just", "only", "one", "a single", "nothing but"). Not
 * "her idea of a good review is one where everyone learns something" (nothing made small or bad).
 */
function ironicStandard(s: Sentence, i: number): number {
  const t = s.tokens;
  if (t[i].lower !== 'idea' || t[i + 1]?.lower !== 'of' || negatedAt(s, i, 4)) return -1;
  let owner = -1;
  if (/^(their|his|her)$/.test(t[i - 1]?.lower ?? '')) owner = i - 1;
  else if (/^('s|’s)$/.test(t[i - 1]?.lower ?? '')) {
    let a = i - 2;
    while (a > 0 && /^(DET|ADJ|NOUN|PROPN)$/.test(t[a - 1].pos) && t[a - 1].lower !== 'our' && t[a - 1].lower !== 'my') a--;
    const p = phraseAt(s, a, i - 1);
    const c = clauseAt(s, a);
    if (isOther(p.actor) || (c !== undefined && aboutOthers(s, c)) || GROUP_NOUNS.has(t[i - 2].lower) || PERSON_NOUNS.has(t[i - 2].lower)) owner = a;
  }
  if (owner < 0) return -1;
  let k = i + 2;
  while (k < Math.min(t.length, i + 8) && !COPULAS.has(t[k].lower)) k++;
  if (!COPULAS.has(t[k]?.lower ?? '') || negatedAt(s, k, 2)) return -1;
  const end = Math.min(t.length, k + 12);
  for (let n = k + 1; n < end; n++) {
    const w = t[n].lower;
    if (t[n].pos === 'PUNCT' && w !== '-' && n > k + 2) break;
    if (SHOW_OF_WORK.has(w) || (/^(NOUN|ADJ|VERB)$/.test(t[n].pos) && polarity(w) < -0.2) || /^(just|only|merely|empty|single)$/.test(w) || (w === 'nothing' && t[n + 1]?.lower === 'but')) return owner;
  }
  return -1;
}

/**
 * Incompetence said sideways by two idioms of irony, at i: "could not organise a two-line email, let alone a renewal"
 * (an ability denied, then a harder task waved away with "let alone"), and "about as useful as a chocolate teapot"
 * ("about as" a word of praise "as" something: the praise is taken back). The clause must be about other people.
 */
function sidewaysIncompetence(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  const w = t[i].lower;
  // (or "never mind", "much less", "still less": "couldn't plan a bath, never mind a rewrite")
  if (waveAway(s, i)) {
    // the denied ability before it: "could not", "can't", "couldn't even", "were unable to"
    const d = clauseAt(s, Math.max(0, i - 2));
    if (!d || d.quoted || !peopleAbout(s, d) || d.verb === undefined) return false;
    const before = t.slice(d.from, i);
    const denied = before.some((x, n) => /^(could|can|ca|cannot)$/.test(x.lower) && (x.lower === 'cannot' || NEGATORS.has(before[n + 1]?.lower ?? '') || before[n + 1]?.lower === "n't")) || before.some((x) => x.lower === 'unable');
    return denied && !unrealCondition(s, d);
  }
  // (a simile with a thing, "as a chocolate teapot", "as a brick wall"; not a measure against people, "about as
  // productive as a senior engineer", or a hope, "about as good as we hoped")
  if (/^(about|roughly)$/.test(w) && t[i + 1]?.lower === 'as' && t[i + 3]?.lower === 'as' && t[i + 2] && polarity(t[i + 2].lower) > 0.2 && /^(a|an)$/.test(t[i + 4]?.lower ?? '')) {
    let k = i + 5;
    while (k < t.length && /^(ADJ|NOUN|PROPN)$/.test(t[k].pos) && t[k + 1] && /^(ADJ|NOUN|PROPN)$/.test(t[k + 1].pos)) k++;
    if (PERSON_NOUNS.has(t[k]?.lower ?? '') || GROUP_NOUNS.has(t[k]?.lower ?? '')) return false;
    return !c.quoted && aboutOthers(s, c) && !negatedAt(s, i, 4);
  }
  return false;
}

/** At i a harder task is waved away: "let alone", "never mind", "much less", "still less". */
function waveAway(s: Sentence, i: number): boolean {
  const w = s.tokens[i].lower;
  const n = s.tokens[i + 1]?.lower;
  return (w === 'let' && n === 'alone') || (w === 'never' && n === 'mind') || ((w === 'much' || w === 'still') && n === 'less');
}

/**
 * A human faculty of theirs compared to a thing, at i (the faculty), and the index of the thing's noun, or -1: "he had the people skills of a parking ticket",
 * "a manager with the attention span of a goldfish". The thing is no person, group or admired model ("the patience
 * of a saint", "the precision of a surgeon" are praise, as is anything the lexicon rates well), and the clause is
 * about another party or the faculty is theirs.
 */
function facultySimile(s: Sentence, c: Clause, i: number): number {
  const t = s.tokens;
  if (!FACULTY_NOUNS.has(t[i].lower) || t[i].pos !== 'NOUN' || t[i + 1]?.lower !== 'of' || !/^(a|an)$/.test(t[i + 2]?.lower ?? '')) return -1;
  let d = i - 1;
  while (d >= 0 && /^(ADJ|NOUN)$/.test(t[d].pos)) d--;
  if (t[d]?.lower !== 'the') return -1;
  let k = i + 3;
  while (k + 1 < t.length && /^(ADJ|NOUN|PROPN)$/.test(t[k].pos) && /^(ADJ|NOUN|PROPN)$/.test(t[k + 1].pos)) k++;
  const head = t[k];
  const agent = /(?:er|or|ist|ian|ant|ent)$/u.test(head?.lower ?? '') && (head?.lower.length ?? 0) > 5;
  if (!head || head.pos !== 'NOUN' || PERSON_NOUNS.has(head.lower) || GROUP_NOUNS.has(head.lower) || ADMIRED_EXEMPLARS.has(head.lower) || agent || polarity(head.lower) > 0) return -1;
  if (negatedAt(s, i, 6)) return -1;
  const withParty = t[d - 1]?.lower === 'with' && t.slice(Math.max(0, d - 5), d - 1).some((x) => PERSON_NOUNS.has(x.lower) || GROUP_NOUNS.has(x.lower));
  return isOther(c.subject) || aboutOthers(s, c) || withParty ? k : -1;
}

/**
 * Incompetence by hyperbole: a task they could not have done "to save their lives", "if their lives depended on
 * it", "with a map and a torch" — the frame at i ("life"/"lives" or "map"), a negated clause about another party
 * before it in the sentence. "I could not have done it to save my life" is the speaker's.
 */
function hyperbole(s: Sentence, i: number): number {
  const t = s.tokens;
  const w = t[i].lower;
  const life = (w === 'life' || w === 'lives') && /^(his|her|their)$/.test(t[i - 1]?.lower ?? '') && (t[i - 2]?.lower === 'save' || /^(depended|depends|depend)$/.test(t[i + 1]?.lower ?? ''));
  const map = w === 'map' && t[i - 1]?.lower === 'a' && t[i - 2]?.lower === 'with';
  if (!life && !map) return -1;
  for (const d of s.clauses) {
    if (d.from >= i || !peopleAbout(s, d)) continue;
    const neg = d.negated || t.slice(d.from, Math.min(d.to, i)).some((x) => x.lower === 'not' || x.lower === "n't");
    const modal = t.slice(d.from, Math.min(d.to, i)).some((x) => /^(could|would|can|ca|wo|couldn't|wouldn't)$/.test(x.lower));
    if (neg && modal) return d.from;
  }
  return -1;
}

/**
 * An ability denied of another party at the verb i ("could not have found", "wouldn't spot") with an indefinite
 * object ("a bug") and a condition in which the object itself acts on them or is put before them ("if it bit him",
 * "if it had been printed on their screens"): the hyperbole says they miss even the obvious.
 */
function absurdCondition(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  if (!(peopleAbout(s, c) || traitSubject(s, c)) || !negatedAt(s, i)) return false;
  let modal = false;
  for (let k = i - 1; k >= Math.max(c.from, i - 4); k--) if (/^(could|would|can|ca|wo|cannot)$/.test(t[k].lower)) modal = true;
  if (!modal || !/^(an?)$/.test(t[i + 1]?.lower ?? '')) return false;
  let k = i + 2;
  while (k < Math.min(t.length, i + 7) && t[k].lower !== 'if' && t[k].pos !== 'PUNCT') k++;
  if (t[k]?.lower !== 'if' || t[k + 1]?.lower !== 'it') return false;
  for (let j = k + 2; j < Math.min(t.length, k + 14) && !/^[,;.!?]$/.test(t[j].text); j++) if (/^(him|her|them|their|his)$/.test(t[j].lower)) return true;
  return false;
}

/**
 * After a negator at i, a verb of making, an object that sweeps ("anything", "a single", "a line of") and a span of
 * years ("in years", "in a decade", "in their lives"): "had not shipped a line of production code in years".
 */
function sweptOverYears(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  let v = i + 1;
  while (v < c.to && (t[v].pos === 'ADV' || t[v].pos === 'AUX')) v++;
  if (!(MADE_VERBS.has(t[v]?.lower ?? '') || /^(written|wrote|write|coded|code|tested|test|build|ship|design|deliver|release)$/.test(t[v]?.lower ?? ''))) return false;
  const rest = t.slice(v + 1, Math.min(c.to, v + 12));
  const sweep = rest.some((x, k, a) => /^(anything|single)$/.test(x.lower) || (x.lower === 'line' && a[k + 1]?.lower === 'of'));
  const years = rest.some((x, k, a) => /^(years|decades|decade|ages|lives|life)$/.test(x.lower) && /^(in|for|a|their|his|her)$/.test(a[k - 1]?.lower ?? ''));
  return sweep && years;
}

/**
 * People at work named as the problem or as the reason you are leaving, with nothing else said of them: "The reason is
 * the leadership.", "my reason for moving comes down to leadership", "The problem was my direct manager.", "I'm leaving
 * mainly because of my boss." The people are made the fault in one stroke. Not denied ("the reason isn't my manager"),
 * not quoted, not a reason said with what it is about ("the reason was my manager's move to Berlin", "the problem was
 * the team's build server": a thing of theirs), not a reason for anything but leaving ("the reason I joined was the
 * team"), and not another kind of noun ("the problem was the vendor's API").
 */
function partyAsReason(s: Sentence, leaving: boolean): Hit | undefined {
  const t = s.tokens;
  // (nothing more said of them: the sentence ends, or the next clause opens; "my manager, who moved to Berlin" describes)
  const ends = (k: number): boolean => k >= t.length || /^[.;:!?—–)-]$/.test(t[k].text) || (t[k].text === ',' && /^(and|so|but)$/.test(t[k + 1]?.lower ?? ''));
  // the people named from k: a determiner or possessive, adjectives, then a noun run whose last word is people at work
  const partyFrom = (k: number): number => {
    let j = k;
    while (j < t.length && (t[j].pos === 'ADV' || t[j].text === ':' || /^(simple|simply|mainly|mostly|largely|really|just|honestly|frankly)$/.test(t[j].lower))) j++;
    while (j < t.length && /^(DET|PRON|ADJ|NUM)$/.test(t[j].pos) && !WORKPLACE_PARTIES.has(t[j].lower)) j++;
    let head = -1;
    while (j < t.length && (/^(NOUN|PROPN)$/.test(t[j].pos) || WORKPLACE_PARTIES.has(t[j].lower))) head = j++;
    // ("the leadership there", "my manager at the time": a place or a time after the people)
    if (head >= 0 && /^(there|here|then)$/.test(t[j]?.lower ?? '')) j++;
    return head >= 0 && WORKPLACE_PARTIES.has(t[head].lower) && !t[head].quoted && ends(j) ? head : -1;
  };
  // "The reason is the leadership", "my reason for moving comes down to leadership", "the reason I left was my boss"
  for (let r = 0; r < t.length; r++) {
    if (!REASON_NOUNS.has(t[r].lower) || t[r].pos !== 'NOUN' || t[r].quoted || t[r].negated) continue;
    // (the noun opens its phrase: "the reason", "my main reason", "the real problem"; not "a reason", "no problem")
    let d = r - 1;
    while (d >= 0 && t[d].pos === 'ADJ') d--;
    if (d < 0 || !/^(the|my|our|this|that|one)$/.test(t[d].lower)) continue;
    // the link: the first "is", "was" or "comes down to" after it, with what the reason is for in between
    let k = r + 1;
    while (k < t.length && k < r + 8 && !/^(is|was|'s|comes|came|boils|boiled)$/.test(t[k].lower)) k++;
    if (k >= t.length || k >= r + 8) continue;
    const between = t.slice(r + 1, k);
    if (between.some((x) => /^[,;:.]$/.test(x.text) || NEGATORS.has(x.lower) || x.lower === "n't")) continue;
    // (a reason for an act other than leaving is not why you leave: "the reason I joined was the team")
    // (an auxiliary of a later verb is that verb's tense, not an act of its own: "the reason I'm leaving", "the
    // reason I have been looking"; the tagger may call the verb a noun, "am leaving")
    const acts = between.filter((x, n) => x.pos === 'VERB' || (x.pos === 'AUX' && !between.slice(n + 1).some((y) => y.pos === 'VERB' || LEAVING_WORDS.has(y.lower))));
    if (acts.some((x) => !LEAVING_WORDS.has(x.lower))) continue;
    const context = leaving || between.some((x) => LEAVING_WORDS.has(x.lower));
    if (MOTIVE_NOUNS.has(t[r].lower) && !context) continue;
    let to = k;
    if (/^(comes|came|boils|boiled)$/.test(t[k].lower)) {
      if (t[k + 1]?.lower !== 'down' || t[k + 2]?.lower !== 'to') continue;
      to = k + 2;
    }
    const c = clauseAt(s, k);
    if (!c || c.quoted || unrealCondition(s, c) || t[to + 1]?.lower === 'not' || t[to + 1]?.lower === "n't" || t[to + 1]?.lower === 'never') continue;
    const head = partyFrom(to + 1);
    if (head >= 0) return { start: t[d].start, end: t[head].end };
  }
  // "I'm leaving mainly because of my boss."
  for (let k = 0; k < t.length - 2; k++) {
    if (t[k].lower !== 'because' || t[k + 1]?.lower !== 'of' || t[k].quoted || t[k].negated) continue;
    const c = clauseAt(s, k);
    if (!c || c.quoted || c.negated || unrealCondition(s, c)) continue;
    if (!leaving && !t.slice(0, k).some((x) => LEAVING_WORDS.has(x.lower))) continue;
    const head = partyFrom(k + 2);
    if (head >= 0) return { start: t[k].start, end: t[head].end };
  }
  return undefined;
}

/** Words that tell an act done again and again ("always", "kept", "routinely"), beside `FREQUENCY_ADVERBS`. */
const HABIT_WORDS = /^(always|constantly|repeatedly|continually|perpetually|routinely|regularly|habitually|invariably|forever|kept|keeps|keep)$/;

/**
 * The stretch from `from` tells a habit: a frequency adverb, "kept", "used to", "every review", "each Monday", "in a
 * row", a count of times, the pattern named ("again", "as usual", "as ever"); in the answer to why you are leaving also the present of the verb right after the people
 * ("my manager books our one-to-ones and then spends them ...").
 */
function habitFrom(s: Sentence, p: number, leaving: boolean): boolean {
  const t = s.tokens;
  for (let k = p + 1; k < t.length; k++) {
    const w = t[k].lower;
    if (t[k].quoted) continue;
    if (HABIT_WORDS.test(w) || FREQUENCY_ADVERBS.has(w)) return true;
    if (/^(every|each)$/.test(w) && /^(NOUN|PROPN|NUM|ADJ)$/.test(t[k + 1]?.pos ?? '')) return true;
    if (w === 'row' && t[k - 1]?.lower === 'a' && t[k - 2]?.lower === 'in') return true;
    if (w === 'used' && t[k + 1]?.lower === 'to') return true;
    // the pattern named: "again", "yet again", "as usual", "per usual", "as ever" (not "never again", a promise)
    if (w === 'again' && t[k - 1]?.lower !== 'never' && !t[k].negated) return true;
    if (w === 'usual' && /^(as|per)$/.test(t[k - 1]?.lower ?? '')) return true;
    if (w === 'ever' && t[k - 1]?.lower === 'as' && !/^(NOUN|ADJ|ADV|VERB)$/.test(t[k + 1]?.pos ?? '')) return true;
  }
  if (repeatedIn(s, p + 1, t.length)) return true;
  let v = p + 1;
  while (t[v]?.pos === 'ADV') v++;
  return leaving && /^[a-z]+[^su's]s$/.test(t[v]?.lower ?? '') && t[v].pos !== 'PRON';
}

/**
 * Where people at work open a clause: "my manager", "our former director", "the VP", "my lead" (after the sentence's
 * start, a colon, a comma or a conjunction), or "he"/"she" with such people named earlier in the sentence or the one
 * before. Returns the index of the head, or -1. Not the speaker's own team ("our team"), nor the interviewer's ("your").
 */
function workplaceOpener(s: Sentence, prev: Sentence | undefined): number[] {
  const t = s.tokens;
  const out: number[] = [];
  const named = (x: Sentence['tokens'][number], k: number, a: readonly Sentence['tokens'][number][]) => WORKPLACE_PARTIES.has(x.lower) && x.lower !== 'team' && /^(my|our|the|his|her)$/.test(a[k - 1]?.lower ?? a[k - 2]?.lower ?? '');
  for (let p = 0; p < t.length; p++) {
    const w = t[p].lower;
    if (t[p].quoted) continue;
    let d = p - 1;
    if (WORKPLACE_PARTIES.has(w)) {
      if (w === 'team') continue;
      while (d >= 0 && (t[d].pos === 'ADJ' || t[d].pos === 'NOUN' || t[d].pos === 'PROPN')) d--;
      if (d < 0 || !/^(my|our|the)$/.test(t[d].lower)) continue;
      d--;
    } else if (/^(he|she)$/.test(w)) {
      const before = [...(prev?.tokens ?? []), ...t.slice(0, p)];
      if (!before.some((x, k, a) => named(x, k, a))) continue;
    } else continue;
    if (d >= 0 && !/^[:,;—–-]$/.test(t[d].text) && !/^(and|but|because|as|since|now|today|then)$/.test(t[d].lower)) continue;
    out.push(p);
  }
  return out;
}

/**
 * The speaker tells what they did about the act at k, later in the sentence or at the start of the next ("..., so I
 * booked time with the directors", "I raised it with him the next day."): the act is the situation the story answers.
 */
function situationAnswered(s: Sentence, k: number, next: Sentence | undefined): boolean {
  const then = next !== undefined && next.clauses[0] !== undefined && isSelf(next.clauses[0].subject) && !next.clauses[0].negated;
  return speakerActsAfter(s, k) || then;
}

/** A clause after k in the sentence has the speaker acting, in their own words: "..., so I booked time with them". */
function speakerActsAfter(s: Sentence, k: number): boolean {
  return s.clauses.some((d) => d.from > k && isSelf(d.subject) && !d.quoted && !d.negated);
}

/** The next sentence opens with the speaker acting and names a person again: "I raised it with him", "I asked my lead to ...". */
function turnedTo(next: Sentence | undefined): boolean {
  const first = next?.clauses[0];
  if (!next || !first || !isSelf(first.subject) || first.negated || first.quoted) return false;
  return spokenTokens(next).some((k) => /^(him|her|them|he|she|they)$/.test(next.tokens[k].lower) || namesPeople(next.tokens[k].lower, false));
}

/**
 * Badmouthing by conduct, with no judging word: a manager or a colleague told doing to others, again and again, what
 * reads as mistreatment ("my manager cancelled our one-to-ones eleven weeks in a row", "our director changed the plan
 * every Monday and blamed us on Friday", "my manager books our one-to-ones and then spends them scrolling through his
 * phone", "my old manager took the credit in every review"). The act is one of `MISCONDUCT_VERBS` with the speaker's
 * side in the sentence, one of `HARSH_CONDUCT`, or credit taken; the habit is told (or, in the answer to why you are
 * leaving, the present tells it). Not denied ("he never blamed us"), not in a condition or a question, not someone
 * else's words, not an act they were driven to ("was stretched across three teams and often had to cancel our
 * one-on-ones"), and, outside the answer to why you are leaving, not in the setup nor when the speaker tells next what
 * they did about it ("..., so I booked time with the directors instead"): that is the situation the story answers.
 */
function conductAsComplaint(s: Sentence, prev: Sentence | undefined, next: Sentence | undefined, leaving: boolean, setupPart: boolean): Hit | undefined {
  const t = s.tokens;
  if ((setupPart && !leaving) || yesNoQuestion(s) || /\?\s*$/.test(t[t.length - 1]?.text ?? '')) return undefined;
  for (const p of workplaceOpener(s, prev)) {
    const c = clauseAt(s, p);
    if (!c || c.quoted || unrealCondition(s, c) || /^(if|unless|whether|when|whenever|once)$/.test(t[c.from]?.lower ?? '')) continue;
    for (let k = p + 1; k < t.length; k++) {
      const x = t[k];
      // (the speaker acts from here on: "..., and I ...")
      if (x.pos === 'PRON' && /^(i|we)$/.test(x.lower)) break;
      if (x.quoted || negatedAt(s, k, 4)) continue;
      const credit = x.lower === 'credit' && x.pos === 'NOUN' && t.slice(Math.max(p + 1, k - 3), k).some((y) => CREDIT_TAKING_VERBS.has(y.lower));
      const harsh = HARSH_CONDUCT.has(x.lower) && x.pos === 'VERB';
      const misconduct = MISCONDUCT_VERBS.has(x.lower) && x.pos === 'VERB' && t.slice(p + 1).some((y) => /^(our|my|us|me)$/.test(y.lower) || (PERSON_NOUNS.has(y.lower) && y.pos === 'NOUN'));
      if (!credit && !harsh && !misconduct) continue;
      // (an act they were driven to is no conduct of theirs: "was stretched across three teams and often had to cancel
      // our one-on-ones", "needed to reschedule")
      if (t.slice(p + 1, k).some((y, n, a) => /^(had|has|have|needed|needs|forced|obliged|asked|told)$/.test(y.lower) && a[n + 1]?.lower === 'to')) continue;
      if (!habitFrom(s, p, leaving) && !(credit && t.slice(k + 1, k + 4).some((y) => /^(my|our)$/.test(y.lower)))) continue;
      if (!leaving && situationAnswered(s, k, next)) return undefined;
      let end = k;
      while (end + 1 < t.length && !/^[.,;:!?]$/.test(t[end + 1].text) && t[end + 1].pos !== 'CCONJ' && end < k + 10) end++;
      let start = p;
      while (start > 0 && /^(DET|PRON|ADJ|NOUN|PROPN)$/.test(t[start - 1].pos) && !/^[:,;]$/.test(t[start - 1].text)) start--;
      return { start: t[start].start, end: t[end].end };
    }
  }
  return undefined;
}

/**
 * Another party treating people or duties as less: people treated as a thing or as lesser people ("our VP treated
 * engineers like vending machines", "my manager treated the whole team like children"), or duties waved away ("he
 * treats every deadline as a suggestion and every question as an attack"). The clause's subject is another party,
 * named; not denied, quoted, in a condition or a question; not people treated with respect ("treated us like
 * adults", "as partners") nor anything the lexicon rates well ("treated the launch as a priority").
 */
function treatedAsLess(s: Sentence): Hit | undefined {
  const t = s.tokens;
  if (yesNoQuestion(s) || /\?\s*$/.test(t[t.length - 1]?.text ?? '')) return undefined;
  for (let v = 0; v < t.length; v++) {
    if (!/^(treat|treats|treated|treating)$/.test(t[v].lower) || t[v].pos !== 'VERB' || t[v].quoted || negatedAt(s, v, 4)) continue;
    const c = clauseAt(s, v);
    if (!c || c.quoted || c.negated || unrealCondition(s, c) || /^(if|unless|whether|when|whenever)$/.test(t[c.from]?.lower ?? '')) continue;
    if (!(isOther(c.subject) && (peopleAbout(s, c) || aboutOthers(s, c) || /^(he|she|they)$/.test(t[c.subjectFrom ?? -1]?.lower ?? '')))) continue;
    // the object, up to "as" or "like"
    let k = v + 1;
    while (k < t.length && k < v + 7 && !/^(as|like)$/.test(t[k].lower) && !/^[,;:.!?]$/.test(t[k].text)) k++;
    if (!/^(as|like)$/.test(t[k]?.lower ?? '') || k === v + 1) continue;
    const object = t.slice(v + 1, k);
    const people = object.some((x) => /^(us|me|them|him|her|everyone|everybody)$/.test(x.lower) || PERSON_NOUNS.has(x.lower) || GROUP_NOUNS.has(x.lower));
    const duty = object.some((x) => TREATED_DUTIES.has(x.lower));
    if (!people && !duty) continue;
    // what they are treated as: the head of the phrase after "as"/"like" ("a suggestion", "vending machines", "optional")
    let j = k + 1;
    while (j < t.length && /^(DET|NUM)$/.test(t[j].pos)) j++;
    let head = -1;
    // ("vending machines": a gerund the tagger calls a verb before a noun)
    for (; j < t.length && j < k + 6 && (/^(ADJ|NOUN|PROPN)$/.test(t[j].pos) || (/ing$/.test(t[j].lower) && t[j + 1]?.pos === 'NOUN')) && !t[j].quoted; j++) head = j;
    if (head < 0) continue;
    const h = t[head].lower;
    if (RESPECTED_AS.has(h) || polarity(h) > 0 || t.slice(k + 1, head + 1).some((x) => polarity(x.lower) > 0.2)) continue;
    // (duties waved away are a judgment of them when told as their habit, "every deadline", "deadlines", "always";
    // one date waved away with its cost told is blame, the blame rule's: "treated our staging date as a suggestion,
    // and we went live three weeks late")
    const habit = object.some((x) => /^(every|each|all|any)$/.test(x.lower) || (TREATED_DUTIES.has(x.lower) && /s$/.test(x.lower))) || habitFrom(s, c.from, false);
    const lightened = duty && habit && (LIGHTENED_NOUNS.has(h) || polarity(h) < 0);
    const lessened = people && t[head].pos === 'NOUN' && (LESSER_PEOPLE.has(h) || polarity(h) < 0 || (!PERSON_NOUNS.has(h) && !GROUP_NOUNS.has(h) && !WORKPLACE_PARTIES.has(h)));
    if (!lightened && !lessened) continue;
    const span = clauseSpan(s, c);
    return { start: span.start, end: Math.max(span.end, t[head].end) };
  }
  return undefined;
}

/** Verbs of handing over or showing a piece of work, which "as his own" turns into passing it off. */
const PASSING = /^(present|presents|presented|presenting|pass|passes|passed|passing|submit|submits|submitted|send|sends|sent|show|shows|showed|shown|pitch|pitches|pitched|sell|sells|sold|take|takes|took|taking|claim|claims|claimed|publish|published|repackaged|rebranded)$/;

/**
 * Credit taken from the speaker's side, told as conduct: another party takes or claims the credit ("my old lead took
 * the credit for everything the team shipped", "she grabbed the credit at board level"), passes the speaker's side's
 * work off as their own ("presented our slides as his own"), or puts their name on it ("sent my report out under his
 * name"). No word of it rates the person; the act is the verdict. The one who takes it is another person or group (the
 * clause's subject, or the people a relative clause is about: "a lead who took credit for ..."); not the speaker,
 * not denied ("never took credit"), quoted, reported, in a condition or a question, nor work that was theirs ("took
 * credit for the campaign they ran"). Outside the answer to why you are leaving, not in the setup nor when the speaker
 * tells next what they did about it with the person ("I raised it with him"): that is the situation the story answers.
 */
function creditTaken(s: Sentence, next: Sentence | undefined, leaving: boolean, setupPart: boolean): Hit | undefined {
  const t = s.tokens;
  if ((setupPart && !leaving) || yesNoQuestion(s) || /\?\s*$/.test(t[t.length - 1]?.text ?? '')) return undefined;
  const spoken = new Set(spokenTokens(s));
  for (let i = 1; i < t.length; i++) {
    const w = t[i].lower;
    // (a verb of claiming reads as speech to the language layer, what follows as words reported: "claimed all the
    // credit" claims a thing, so the credit's own flag is not asked, only the verb's, below)
    if ((t[i].quoted && w !== 'credit') || t[i].negated) continue;
    const at = clauseAt(s, i);
    if (!at) continue;
    let verb = -1;
    if (w === 'credit' && t[i].pos === 'NOUN') {
      // the verb of taking just before it, past an article or a quantity ("took all the credit", "claimed full credit")
      // (the clause reader may start a clause at the quantity: the verb's clause is the one read below)
      for (let k = i - 1; k >= Math.max(0, i - 4) && verb < 0; k--) {
        if (CREDIT_TAKING_VERBS.has(t[k].lower) && t[k].pos === 'VERB') verb = k;
        else if (!/^(DET|ADJ|ADV|PRON)$/.test(t[k].pos)) break;
      }
    } else if (w === 'own' && /^(his|her|their)$/.test(t[i - 1].lower) && t[i - 2]?.lower === 'as') {
      // "presented our deck as his own", "as his own work": the verb of the clause, a piece of work (not people) its
      // object ("treated the interns as his own family" is no passing off)
      const n = t[i + 1];
      if (n && n.pos === 'NOUN' && !/^(work|idea|ideas|design|designs|analysis|research|code|findings)$/.test(n.lower)) continue;
      for (let k = i - 3; k >= at.from && verb < 0; k--) if (t[k].pos === 'VERB' && PASSING.test(t[k].lower)) verb = k;
      if (verb >= 0 && t.slice(verb + 1, i - 2).some((x) => /^(us|me|everyone|everybody)$/.test(x.lower) || PERSON_NOUNS.has(x.lower))) verb = -1;
    } else if (w === 'name' && /^(his|her|their)$/.test(t[i - 1].lower) && (t[i - 2]?.lower === 'under' || /^(on|to)$/.test(t[i + 1]?.lower ?? ''))) {
      // "sent it out under his name", "put her name on our design": the speaker's side's work in the sentence
      if (!t.slice(0, i).some((x) => /^(my|our)$/.test(x.lower) || /^(me|us)$/.test(x.lower)) && !/^(my|our)$/.test(t[i + 2]?.lower ?? '')) continue;
      for (let k = i - 2; k >= at.from && verb < 0; k--) if (t[k].pos === 'VERB') verb = k;
    }
    if (verb < 0 || !spoken.has(verb) || negatedAt(s, verb, 4) || saidDenied(s, verb)) continue;
    const c = clauseAt(s, verb);
    if (!c || c.quoted || c.negated || unrealCondition(s, c) || /^(if|unless|whether|when|whenever)$/.test(t[c.from]?.lower ?? '')) continue;
    // (the work was theirs: "took credit for the campaign they designed", "as her own, which it was")
    const rest = t.slice(i + 1);
    const theirs = rest.some((x, k) => /^(he|she|they)$/.test(x.lower) && (rest[k + 1]?.pos === 'VERB' || (rest[k + 1]?.pos === 'AUX' && rest[k + 2]?.pos === 'VERB'))) && !rest.some((x) => /^(my|our|we|us|me|i)$/.test(x.lower));
    const granted = rest.some((x, k) => x.lower === 'which' && /^(it|they)$/.test(rest[k + 1]?.lower ?? '') && /^(was|were|is|are)$/.test(rest[k + 2]?.lower ?? ''));
    if (theirs || granted) continue;
    // (outside the answer to why you are leaving, the situation the story answers when you tell what you did about it
    // with them: "..., so I raised it with him", "I asked her for a meeting." — not "We shipped late.")
    if (!leaving && (speakerActsAfter(s, i) || turnedTo(next))) continue;
    // who takes it: the clause's subject, another party; or the people a relative clause is about ("a lead who ...")
    const rel = /^(who|that)$/.test(t[c.from]?.lower ?? '') && c.from > 0 && namesPeople(t[c.from - 1].lower, false);
    if (!rel && !(isOther(c.subject) && (peopleAbout(s, c) || /^(he|she|they)$/.test(t[c.subjectFrom ?? -1]?.lower ?? '')))) continue;
    const span = clauseSpan(s, c);
    return { start: rel ? t[c.from - 1].start : span.start, end: Math.max(span.end, t[i].end) };
  }
  return undefined;
}

function findBadmouthing(s: Sentence): Hit | undefined {
  const t = s.tokens;
  // (a yes-or-no question asks: "Was my manager incompetent? No - she was new")
  if (yesNoQuestion(s)) return undefined;
  // only the candidate's own voice: someone else's quoted or reported words are not their judgment
  for (const i of spokenTokens(s)) {
    const tok = t[i];
    const c = spokenClause(s, i);
    // (nor what a condition contrary to fact supposes: "if the architects had been incompetent, this would have
    // taken months")
    if (!c || unrealCondition(s, c)) continue;
    const w = tok.lower;

    // 1. A disparaging predicate of another party: "the ops org was a mess", "management was clueless", "my
    //    manager was a bully", "the culture was rotten", "the team was a bunch of clock-watchers"; or an ability
    //    denied: "they were not very bright".
    // (a word only the lexicon rates must be said of people named by a noun: "they are often negative" may be
    // about things, "Metrics can be misleading" is)
    const rating = tok.pos === 'ADJ' || tok.pos === 'NOUN' ? judging(s, i) : undefined;
    const judged = rating === 'known' || (rating === 'rated' && peopleHead(s, c.subjectFrom, c.subjectTo, true));
    const denied = ABILITY_TRAITS.has(w) && tok.pos === 'ADJ' && negatedAt(s, i, 5);
    // (a trait only people have makes its subject people, whatever noun names them: "the integrator was incompetent")
    // (said of the subject by its copula, nothing between: not "making me look incompetent")
    const trait = rating === 'known' && HUMAN_TRAITS.has(wordAt(s, i)) && traitSubject(s, c) && c.verb !== undefined && COPULAS.has(t[c.verb].lower) && !t.slice(c.verb + 1, i).some((x) => x.pos === 'VERB' || x.pos === 'PRON');
    if ((judged || denied) && c.verb !== undefined && i > c.verb && (aboutOthers(s, c) || trait)) {
      const v = t[c.verb];
      let linked = COPULAS.has(v.lower) || v.lower === 'seemed' || v.lower === 'acted' || v.lower === 'proved';
      for (let k = c.verb + 1; k < i; k++) {
        // (an aside set off by commas is passed over: "was, to put it kindly, hopeless"; see Token.aside)
        if (t[k].aside) continue;
        // "was in a bad state", "was asked for poor ..." (but "a bunch of clock-watchers")
        if ((t[k].pos === 'ADP' && !(t[k].lower === 'of' && COLLECTIVES.has(t[k - 1]?.lower ?? ''))) || t[k].pos === 'VERB') linked = false;
        // a clause of its own: "is treated as the expert on what is confusing"
        if (/^(what|which|who|whom|that|whatever|how)$/.test(t[k].lower)) {
          linked = false;
          break;
        }
        if (COPULAS.has(t[k].lower)) linked = true; // "had been", "would be"
      }
      // (not when the subject denies it of all it names: "Nobody on that team was lazy or careless")
      const deniedOfAll = c.subjectFrom !== undefined && negativeSubject(t, c.subjectFrom);
      if (linked && (denied || !negatedAt(s, i, 6)) && !deniedOfAll) return clauseSpan(s, c);
    }

    // 1a. The same said across a relative clause: "the consultants who built that first version were clueless"
    if ((rating !== undefined || denied) && (denied || !negatedAt(s, i, 6)) && !isSelf(c.subject)) {
      const h = relativeHead(s, i, HUMAN_TRAITS.has(wordAt(s, i)));
      if (h >= 0 && (rating === 'known' || denied || PERSON_NOUNS.has(t[h].lower) || GROUP_NOUNS.has(t[h].lower) || /(people|person|folks)$/.test(t[h].lower))) return { start: t[h].start, end: tok.end };
    }

    // 1b. A virtue of conduct denied of them: "our lead was never very professional", "the division is not
    //     organized well" (not a state: "was not available", "was not happy").
    if ((tok.pos === 'ADJ' || tok.pos === 'VERB') && virtueDenied(s, c, i)) return clauseSpan(s, c);
    // 1c. A grasp of the field denied: "had zero clue about infra", "was not having any knowledge about the database
    //     side", "lacked any real understanding of engineering".
    if (tok.pos !== 'NOUN' && peopleAbout(s, c) && graspDenied(s, c, i)) return clauseSpan(s, c);
    // 1d. A duty dodged: "a backend developer who likes to avoid taking responsibility", "they dodged any ownership".
    if (EVASION_VERBS.has(w) && peopleAbout(s, c) && !negatedAt(s, i, 4)) {
      let k = i + 1;
      while (k < Math.min(c.to, i + 4) && (/^(DET|ADJ)$/.test(t[k].pos) || /^(taking|any|all|their|his|her)$/.test(t[k].lower))) k++;
      if (DUTY_NOUNS.has(t[k]?.lower ?? '')) return clauseSpan(s, c);
    }
    // 1e. No regard for the speaker, said of them: "nobody appreciated how hard I was working", "my manager never
    //     valued my work", "everyone was against me" (not of a thing: "nobody listened to the alert").
    if (peopleAbout(s, c) && c.subjectFrom !== undefined) {
      const nobody = /^(nobody|noone|none)$/.test(t[c.subjectFrom].lower) || (t[c.subjectFrom].lower === 'no' && /^(one|body)$/.test(t[c.subjectFrom + 1]?.lower ?? ''));
      const sweeping = nobody || /^(everyone|everybody|they|all)$/.test(t[c.subjectFrom].lower);
      if (REGARD_VERBS.has(w) && tok.pos === 'VERB' && (nobody ? !verbDenied(s, c, i) : verbDenied(s, c, i))) {
        const obj = w.startsWith('listen') && t[i + 1]?.lower === 'to' ? i + 2 : i + 1;
        if (speakerObject(s, obj, c.to)) return clauseSpan(s, c);
      }
      if (w === 'against' && sweeping && c.verb !== undefined && c.verb < i && COPULAS.has(t[c.verb].lower) && SPEAKER_OBJECTS.has(t[i + 1]?.lower ?? '') && !verbDenied(s, c, i)) return clauseSpan(s, c);
    }

    // 2. A disparaging attribute of a person, a group or an employer: "a clueless VP", "the toxic culture" (not
    //    the speaker's own: "I was a lousy reviewer").
    const selfPredicate = isSelf(c.subject) && c.verb !== undefined && c.verb < i && COPULAS.has(t[c.verb].lower);
    const attribute = tok.pos === 'ADJ' && !selfPredicate ? judging(s, i) : undefined;
    if (attribute) {
      let k = i + 1;
      while (k < t.length && (t[k].pos === 'ADJ' || t[k].pos === 'NOUN' || t[k].pos === 'PROPN') && k - i < 4) k++;
      const head = t[k - 1];
      // (a word only the lexicon rates must describe people: "a lower environment" is a server)
      // (an activity is no people: "poor support for retries", "sloppy branch management")
      // (nor a document: "vague bug reports", "static Excel reports" judge what was written, not who wrote it)
      const people = (PERSON_NOUNS.has(head.lower) || GROUP_NOUNS.has(head.lower) || (attribute === 'known' && WORKPLACE_NOUNS.has(head.lower))) && !activityAt(s, k - 1, i + 1) && !documentSense(t, k - 1);
      if (k > i + 1 && people && !attributeNegated(s, c, i)) {
        const own = i > 0 && /^(my|our)$/.test(t[i - 1].lower) && head.lower !== 'manager' && head.lower !== 'boss';
        // "poor" and "bad" before a person are judgments; before "communication" they describe a thing, not people
        if (!own) return { start: tok.start, end: head.end };
      }
    }

    // 3. A disparaging noun owned by another party: "their incompetence".
    if (DISPARAGING.has(w) && tok.pos === 'NOUN') {
      const owner = possessorBefore(s, i);
      if (owner && isOther(owner) && !negatedAt(s, i, 6)) return { start: t[i - 1].start, end: tok.end };
    }

    // 3b. What they made, disparaged: "my teammates wrote garbage", "the previous team left a mess" (not what
    //     they called something: "a teammate called the old process a joke" is their words).
    const naming = c.verb !== undefined && (SPEECH_VERBS.has(t[c.verb].lower) || /^(call|calls|called|dubbed|labelled|labeled|named)$/.test(t[c.verb].lower));
    if (DISPARAGING.has(w) && tok.pos === 'NOUN' && c.verb !== undefined && i > c.verb && isOther(c.subject) && !COPULAS.has(t[c.verb].lower) && !naming && !negatedAt(s, i, 6)) {
      return clauseSpan(s, c);
    }
    // 3f. Judgment said sideways: understatement ("not the sharpest knife in the drawer", "not exactly geniuses"),
    //     praise that is their own claim ("a visionary by his own account"), an ironic talent ("a gift for slide
    //     decks"), incompetence by hyperbole ("could not have shipped it if their lives depended on it").
    if (understatement(s, c, i)) return clauseSpan(s, c);
    if (w === 'own' || w === 'so') {
      const k = selfSourcedPraise(s, i);
      if (k >= 0) return { start: t[k].start, end: t[i + 1].end };
    }
    if (ironicTalent(s, c, i)) return clauseSpan(s, c);
    if ((w === 'let' || w === 'never' || w === 'much' || w === 'still' || w === 'about' || w === 'roughly') && sidewaysIncompetence(s, c, i)) {
      // (for "let alone", from the ability denied before it: "could not organise a two-line email, let alone a renewal")
      const wave = waveAway(s, i);
      const from = wave ? (clauseAt(s, Math.max(0, i - 2)) ?? c) : c;
      return { start: clauseSpan(s, from).start, end: t[Math.min(t.length - 1, wave ? i + 1 : i + 5)].end };
    }
    if (w.length > 3 && FACULTY_NOUNS.has(w)) {
      const k = facultySimile(s, c, i);
      if (k >= 0) return { start: clauseSpan(s, c).start, end: t[k].end };
    }
    if (w === 'idea') {
      const k = ironicStandard(s, i);
      if (k >= 0) return { start: t[k].start, end: t[Math.min(t.length - 1, i + 2)].end };
    }
    if (w === 'life' || w === 'lives' || w === 'map') {
      const k = hyperbole(s, i);
      if (k >= 0) return { start: t[k].start, end: tok.end };
    }
    // 3g. Effort denied by idiom: "never lifted a finger", "nobody lifted a finger to help".
    if (w === 'finger' && t[i - 1]?.lower === 'a' && /^(lift|lifts|lifted|lifting)$/.test(t[i - 2]?.lower ?? '') && peopleAbout(s, c)) {
      const nobody = c.subjectFrom !== undefined && /^(nobody|noone|none|no)$/.test(t[c.subjectFrom].lower);
      if (nobody !== negatedAt(s, i - 2)) return clauseSpan(s, c);
    }
    // 3c. A sweeping "never" about them: "they never tested anything", "had clearly never heard of tests", "had
    //     never written a test in their lives".
    if (w === 'never' && isOther(c.subject) && !failureDenied(s, i) && t.slice(i + 1, Math.min(c.to, i + 8)).some((x, k, a) => /^(anything|any|once|single|lives|heard)$/.test(x.lower) || (x.lower === 'life' && /^(their|his|her)$/.test(a[k - 1]?.lower ?? '')))) {
      return clauseSpan(s, c);
    }
    // 3d. Idioms of incompetence and contempt: "out of their depth", "in over their heads", "in their infinite
    //     wisdom", "did the bare minimum", "too proud to admit it", "only cared about billable hours".
    const own = /^(their|his|her)$/.test(t[i - 1]?.lower ?? '');
    if (aboutOthers(s, c) || own) {
      if (w === 'depth' && own && t[i - 2]?.lower === 'of' && t[i - 3]?.lower === 'out') return clauseSpan(s, c);
      if ((w === 'head' || w === 'heads') && own && t[i - 2]?.lower === 'over' && t[i - 3]?.lower === 'in') return clauseSpan(s, c);
      if (w === 'wisdom' && t[i - 1]?.lower === 'infinite') return { start: t[Math.max(0, i - 3)].start, end: tok.end };
    }
    // 3d'. Wisdom credited to them in an aside, which is scorn: "in his boundless wisdom", "in their great wisdom,
    //      the board decided ..." (the possessor is another party; "in my wisdom" is the speaker's irony on themself).
    if (w === 'wisdom' && !negatedAt(s, i, 4)) {
      let k = i - 1;
      while (k > 0 && (t[k].pos === 'ADJ' || t[k].pos === 'ADV') && i - k < 4) k--;
      // ("in its endless wisdom" of an organisation the clause is about: the board, the company; not a tool's)
      const whose = /^(his|her|their)$/.test(t[k]?.lower ?? '') || (t[k]?.lower === 'its' && peopleAbout(s, c));
      if (whose && t[k - 1]?.lower === 'in') return { start: t[k - 1].start, end: tok.end };
    }
    // 3e. Refusing what the speaker makes out to be trivial: "the device team were not ready to do a very simple job".
    if (aboutOthers(s, c) && c.negated && /^(simple|trivial|basic|easy|small)$/.test(w) && /^(very|most|even|such|so|really|fairly|pretty)$/.test(t[i - 1]?.lower ?? '')) {
      return clauseSpan(s, c);
    }
    if (aboutOthers(s, c) && !negatedAt(s, i, 6)) {
      if (w === 'minimum' && t[i - 1]?.lower === 'bare') return clauseSpan(s, c);
      if (w === 'too' && /^(proud|stubborn|lazy|arrogant|self-important|important)$/.test(t[i + 1]?.lower ?? '') && t[i + 2]?.lower === 'to') return clauseSpan(s, c);
      if ((w === 'cared' || w === 'care' || w === 'cares') && t.slice(Math.max(c.from, i - 2), i + 2).some((x) => x.lower === 'only') && t[i + 1]?.lower !== 'for') return clauseSpan(s, c);
    }

    // 4. "had no idea", "had no clue what they were doing", "didn't care", "didn't know what they were doing".
    // (not unawareness of a fact: "they had no idea this data existed", "had no idea that the API had changed")
    if (aboutOthers(s, c) && /^(had|has|have)$/.test(w) && t[i + 1]?.lower === 'no' && LACK_NOUNS.has(t[i + 2]?.lower ?? '') && !factFollows(t, i + 3)) {
      return clauseSpan(s, c);
    }
    // (the verb "care", not the noun of "take care of": "projects don't take care of themselves")
    if (aboutOthers(s, c) && (w === 'care' || w === 'cared') && negatedAt(s, i) && !/^(take|takes|took|taking|taken)$/.test(t[i - 1]?.lower ?? '')) return clauseSpan(s, c);
    if (aboutOthers(s, c) && w === 'know' && negatedAt(s, i) && t[i + 1]?.lower === 'what' && t.slice(i + 2, i + 5).some((x) => x.lower === 'doing')) {
      return clauseSpan(s, c);
    }

    // 4b. They gave up on the work: "people who had stopped caring", "the team quit trying".
    if (aboutOthers(s, c) && /^(stopped|stop|stops|quit|ceased|gave|given)$/.test(w) && !negatedAt(s, i)) {
      const k = w === 'gave' || w === 'given' ? (t[i + 1]?.lower === 'up' ? i + 2 : -1) : i + 1;
      if (k > 0 && /^(caring|trying|listening|bothering|thinking)$/.test(t[k]?.lower ?? '')) return clauseSpan(s, c);
    }
    // 4c. They never knew their own mind: "leadership never knew what it wanted", "he didn't know what he was doing".
    if (aboutOthers(s, c) && /^(know|knew|understand|understood)$/.test(w) && negatedAt(s, i) && /^(what|how)$/.test(t[i + 1]?.lower ?? '')) {
      const who = t[i + 2]?.lower ?? '';
      if (/^(they|it|he|she)$/.test(who) && t.slice(i + 3, i + 6).some((x) => /^(wanted|want|wants|needed|need|doing|do)$/.test(x.lower))) return clauseSpan(s, c);
    }

    // 4d. A label that reduces them to a chore, in a dismissive collective: "a bunch of box-tickers", "a pack of
    //     rubber-stampers" (an agent compound "<thing>-<doer>s"; not "a bunch of problem-solvers", whose first part
    //     is a trouble fought, nor "self-starters", nor one praised: "eager problem-solvers").
    if (COLLECTIVES.has(w) && t[i + 1]?.lower === 'of' && aboutOthers(s, c) && c.verb !== undefined && c.verb < i && COPULAS.has(t[c.verb].lower) && !negatedAt(s, i, 6)) {
      let k = i + 2;
      let praised = false;
      for (; k < t.length && t[k].pos === 'ADJ'; k++) if (polarity(t[k].lower) > 0) praised = true;
      const first = t[k]?.lower ?? '';
      const doer = t[k + 1]?.text === '-' && /ers$/.test(t[k + 2]?.lower ?? '') ? t[k + 2].lower : '';
      if (doer && !praised && first !== 'self' && polarity(first) === 0 && polarity(doer) <= 0) return clauseSpan(s, c);
    }
    // 4e. Their weight not pulled: "the other engineers weren't pulling their weight", "never carried their weight".
    if (w === 'weight' && /^(their|his|her)$/.test(t[i - 1]?.lower ?? '') && /^(pull|pulls|pulled|pulling|carry|carries|carried|carrying)$/.test(t[i - 2]?.lower ?? '') && aboutOthers(s, c) && negatedAt(s, i - 2)) {
      return clauseSpan(s, c);
    }
    // 4f. Ignorance by hyperbole: "people who could not tell a database from a spreadsheet", "wouldn't know a test
    //     if it bit them" (things named generically, "a ... from a ..."; not "could not tell the old screen from the
    //     new one", and not users, for whom not telling two versions apart is the goal).
    // ("could not have told a test from a TODO": the past participle too)
    if (/^(tell|told|know|knew|known)$/.test(w) && aboutOthers(s, c) && negatedAt(s, i) && /^(an?)$/.test(t[i + 1]?.lower ?? '') && !/^(users?|customers?|clients?|testers?)$/.test(t[(c.subjectTo ?? 1) - 1]?.lower ?? '')) {
      const rest = t.slice(i + 2, Math.min(t.length, i + 9)).map((x) => x.lower);
      const from = rest.indexOf('from');
      if ((/^(tell|told)$/.test(w) && from >= 0 && /^(an?)$/.test(rest[from + 1] ?? '')) || (!/^(tell|told)$/.test(w) && rest.includes('if'))) return clauseSpan(s, c);
    }
    // 4f'. Incompetence by the way-out idiom: an ability denied of them, "couldn't find his way out of a paper bag",
    //      "could not code their way out of a wet cardboard box" (any verb: the idiom is "<their> way out of a ...";
    //      not the speaker's: "I could not find my way out of the maze").
    if (w === 'way' && /^(his|her|their)$/.test(t[i - 1]?.lower ?? '') && t[i + 1]?.lower === 'out' && t[i + 2]?.lower === 'of' && /^(an?)$/.test(t[i + 3]?.lower ?? '') && (peopleAbout(s, c) || traitSubject(s, c)) && negatedAt(s, i - 2, 4) && t.slice(Math.max(c.from, i - 6), i).some((x) => /^(could|can|ca|cannot|couldn't|would|wo)$/.test(x.lower))) {
      return clauseSpan(s, c);
    }
    // 4f'''. Incompetence by an absurd condition: an ability denied of them with the thing made impossible to miss,
    //        the thing itself acting on them in the condition — "couldn't have found a bug if it bit him", "wouldn't
    //        spot an outage if it was printed on their screens" (any verb; not the speaker's, "I could not have found
    //        a bug if it bit me", nor a real condition on the work, "could not have found the bug if it had not logged").
    if (tok.pos === 'VERB' && absurdCondition(s, c, i)) return clauseSpan(s, c);
    // 4f''''. Work denied by a sweep over time: "had not shipped a line of production code in years", "hadn't
    //         designed anything in years" (a verb of making, an object that sweeps, a span of years; "had never ..." is
    //         3c below).
    if ((w === 'not' || w === "n't") && peopleAbout(s, c) && sweptOverYears(s, c, i)) return clauseSpan(s, c);
    // 4f'''''. Even the least of their work doubted, after a comma: "skimmed the spec at best, if they opened it at
    //          all", "answered in a week, if they answered at all" (a condition on another party's own act; not "we
    //          check if they used it at all", a question asked, nor "if at all" of the work, "we ship monthly, if at all").
    if (w === 'all' && t[i - 1]?.lower === 'at' && peopleAbout(s, c) && t[c.from]?.lower === 'if' && t[c.from - 1]?.text === ',' && c.subjectFrom === c.from + 1 && !c.negated) {
      return { start: t[c.from].start, end: tok.end };
    }
    // 4f''. Praise held to one thing, which is scorn: "my current company is great at exactly one thing: holding
    //       meetings", "our lead was good at only one thing", "great at one thing: meetings" (not a strength named:
    //       "good at one thing above all: listening", "great at one thing: calming angry customers").
    if (w === 'thing' && t[i - 1]?.lower === 'one' && aboutOthers(s, c) && !negatedAt(s, i, 6)) {
      let k = i - 2;
      if (/^(exactly|only|just|precisely)$/.test(t[k]?.lower ?? '')) k--;
      const limited = k < i - 2;
      // (with no "exactly"/"only", the one thing must be a show of work: "great at one thing: meetings")
      const show = t[i + 1]?.text === ':' && t.slice(i + 2, Math.min(t.length, i + 7)).some((x) => SHOW_OF_WORK.has(x.lower));
      if (t[k]?.lower === 'at' && t[k - 1]?.pos === 'ADJ' && goodQuality(t[k - 1].lower) && (limited || show) && !/^(above|before)$/.test(t[i + 1]?.lower ?? '')) return clauseSpan(s, c);
    }
    // 4g. A scare word on their role: "our so-called architect", "the self-proclaimed experts".
    if (/^(so-called|self-proclaimed|self-styled|would-be)$/.test(wordAt(s, i)) || (w === 'so' && t[i + 1]?.text === '-' && t[i + 2]?.lower === 'called') || (w === 'self' && t[i + 1]?.text === '-' && /^(proclaimed|styled)$/.test(t[i + 2]?.lower ?? ''))) {
      let k = w === 'so' || w === 'self' ? i + 3 : i + 1;
      while (k < t.length && (t[k].pos === 'ADJ' || t[k].pos === 'NOUN') && !(PERSON_NOUNS.has(t[k].lower) || GROUP_NOUNS.has(t[k].lower) || ACCLAIM.has(t[k].lower)) && k - i < 5) k++;
      const head = t[k]?.lower ?? '';
      if ((PERSON_NOUNS.has(head) || GROUP_NOUNS.has(head) || ACCLAIM.has(head)) && !negatedAt(s, i, 6)) return { start: tok.start, end: t[k].end };
    }
    // 4h. Praise said in scorn, set off beside them: "our new VP, clearly a visionary, decided after one meeting that
    //     nobody needed the platform", "the director, ever the genius, cancelled the load tests" (the praise is
    //     belied by what they did; "our director, clearly an expert, walked me through it" is praise).
    if (t[i - 1]?.text === ',' && /^(clearly|obviously|apparently|supposedly|ever|always|evidently|truly)$/.test(w) && /^(a|an|the|our)$/.test(t[i + 1]?.lower ?? '')) {
      const head = t[i + 2];
      const close = t.slice(i + 2, Math.min(t.length, i + 6)).findIndex((x) => x.text === ',');
      const who = phraseAt(s, c.from);
      const praise = head !== undefined && (ACCLAIM.has(head.lower) || polarity(head.lower) > 0);
      if (praise && close >= 0 && isOther(who.actor)) {
        // what they did, up to where the speaker takes over ("..., so I ran a smaller test")
        const mine = s.clauses.find((d) => d.from > i && isSelf(d.subject));
        const after = t.slice(i + 3 + close, mine ? mine.from : t.length);
        // (a sweeping denial, "nobody needed the platform", a failure or a cancellation; not "never doubted")
        if (after.some((x) => /^(nobody|nothing|none|no)$/.test(x.lower) || FAILURE_VERBS.has(x.lower) || /^(cancel|cancels|cancelled|canceled|scrap|scrapped|kill|killed|veto|vetoed|overrule|overruled|axed)$/.test(x.lower))) {
          return { start: t[i - 1].start + 1, end: t[i + 2 + close - 1].end };
        }
      }
    }

    // 6. Scorn for other people's effort: "some other students just gave up with the excuse ...", "the contractors
    //    made excuses", "they couldn't be bothered", "nobody on that team even tried" (what they did, told as a lack
    //    of effort; "they gave up the weekend to help" or "we gave up on the approach" is not).
    if (peopleAbout(s, c)) {
      const none = c.negated || (c.subjectFrom !== undefined && /^(nobody|none|no|noone|neither)$/.test(t[c.subjectFrom].lower));
      const quit = !c.negated && QUITTING_VERBS.has(w) && tok.pos === 'VERB' && (w.startsWith('quit') ? t[i - 1]?.lower === 'just' : t[i + 1]?.lower === 'up' && /^(just|simply|quickly|immediately)$/.test(t[i - 1]?.lower ?? '') && !/^(DET|PRON|NOUN)$/.test(t[i + 2]?.pos ?? ''));
      const excuse = !c.negated && SCORN_NOUNS.has(w) && tok.pos === 'NOUN' && !negatedAt(s, i, 4) && t.slice(c.from, i).some((x) => /^(with|made|make|making|gave|give|found|had)$/.test(x.lower));
      const bothered = w === 'bothered' && t[i - 1]?.lower === 'be' && (none || negatedAt(s, i, 4));
      const noTry = /^(try|tried|bother)$/.test(w) && t[i - 1]?.lower === 'even' && (none || negatedAt(s, i, 4));
      if (quit || excuse || bothered || noTry) return clauseSpan(s, c);
    }
    // 5. The speaker's hatred of people or a job: "I hated my boss", "we hated working there".
    // ...or their intolerance of someone: "I could not stand working for her", "I couldn't bear my lead" (not
    // "couldn't stand by while ...", "couldn't bear to see it wasted", "could not stand the noise").
    if (/^(stand|bear|stomach|tolerate|abide)$/.test(w) && isSelf(c.subject) && negatedAt(s, i) && !/^(by|up|with|to|out|for|behind|still|back|in)$/.test(t[i + 1]?.lower ?? '')) {
      let k = i + 1;
      if (/^(working|being|dealing|reporting)$/.test(t[k]?.lower ?? '') && /^(for|with|under|to)$/.test(t[k + 1]?.lower ?? '')) k += 2;
      const obj = phraseAt(s, k, c.to);
      // (a demonstrative before a word for people points at them: "that man", "those people"; alone it is a thing)
      // (the tagger may read the demonstrative as a conjunction: "reporting to that woman")
      let n = k + 1;
      while (n < Math.min(c.to, k + 4) && /^(ADJ|NOUN|PROPN)$/.test(t[n].pos) && !namesPeople(t[n].lower, false)) n++;
      const pointed = /^(that|this|those|these)$/.test(t[k]?.lower ?? '') && namesPeople(t[n]?.lower ?? '', false);
      if ((isOther(obj.actor) && !/^(it|that|this)$/.test(t[k]?.lower ?? '')) || pointed) return clauseSpan(s, c);
    }
    if (HOSTILE_VERBS.has(w) && isSelf(c.subject) && !negatedAt(s, i)) {
      const obj = phraseAt(s, i + 1, c.to);
      const objWord = t[i + 1]?.lower ?? '';
      // (or the people of a time or a task: "every day of working under that director", "every meeting with my manager"
      // ... or the one they answered to: "I hated reporting to him", "I dread answering to her every Monday")
      const under = t.slice(i + 1, c.to).findIndex((x, k, a) => /^(under|with|for)$/.test(x.lower) || (x.lower === 'to' && /^(reporting|answering|report|answer)$/.test(a[k - 1]?.lower ?? '')));
      const their = under >= 0 && isOther(phraseAt(s, i + 2 + under, c.to).actor);
      // (an aspect of something is a thing, whoever it involves: "I hate the networking side of this industry", "the
      // sales side of this business")
      const aspect = t.slice(i + 1, Math.min(c.to, i + 6)).findIndex((x, k, a) => ASPECT_NOUNS.has(x.lower) && a[k + 1]?.lower === 'of');
      if (aspect >= 0) continue;
      if (isOther(obj.actor) || their || /^(working|it|there|job|company|place)$/.test(objWord) || t.slice(i + 1, obj.end).some((x) => /^(job|company|team|place|culture)$/.test(x.lower))) {
        return clauseSpan(s, c);
      }
    }
  }
  return undefined;
}

/** The judgments of each language and the patterns they are found by; the grammar is the other-language reader's. */
const FOREIGN = FOREIGN_JUDGMENTS.map((l) => {
  const read = otherLanguage(l.lang);
  return {
    read,
    // (in a language of case endings by the stem: "некомпетентен", "дилетантом", "бездарным")
    judgment: read.inflected && !read.headFinal ? wordsPattern(l.judgments, false, 'giu', '\\p{L}{0,4}') : read.forms(l.judgments, 'giu'),
    traits: new Set(l.traits.map((w) => w.toLowerCase())),
  };
});

/**
 * Judgments of people in another language ("mi jefe no tenía ni idea", "mon chef était incompétent", "mein
 * Teamleiter hatte keine Ahnung", "领导完全不懂技术"), read by the other-language reader (the English tagger does
 * not read these languages): a judgment of the language's list with a word for people earlier in its sentence (a
 * comma ends it in Chinese), no first-person subject between them, not denied just before ("no era incompetente"),
 * not in quotation marks, not reported ("dijo que ...").
 */
function* foreignJudgments(text: string, base: number): Generator<Hit> {
  if (!mayBeOther(text)) return;
  for (const l of FOREIGN) {
    l.judgment.lastIndex = 0;
    for (let m = l.judgment.exec(text); m; m = l.judgment.exec(text)) {
      // (a comma ends the stretch in Chinese, where a sentence runs on through its clauses)
      const from = l.read.cjk ? l.read.clauseStart(text, m.index) : l.read.sentenceStart(text, m.index);
      const before = text.slice(from, m.index);
      let who = l.read.partyBefore(before, l.read.parties);
      // (a trait only people have makes the subject its clause opens with people: "o integrador era incompetente")
      const w = m[0].toLowerCase();
      if (who < 0 && (l.traits.has(w) || (l.read.inflected && !l.read.headFinal && [...l.traits].some((t) => w.startsWith(t))))) who = l.read.subjectBefore(before);
      // (words reported in any of these languages: "El cliente dijo que ..." is not the Italian reader's to miss)
      if (who < 0 || l.read.reported(before) || (!l.read.cjk && ANY_ALPHABETIC.reported(before))) continue;
      // (a judgment that opens with a negator is itself the denial: "no sabía nada", "keine Ahnung", "ni idea")
      if (l.read.denied(before, m[0])) continue;
      // (or denied as an opinion before the party: "não acho que a equipe fosse incompetente")
      if (l.read.deniedOpinion(before.slice(0, who))) continue;
      if (l.read.quoted(text, from, m.index)) continue;
      // (in a language whose verb comes last the denial and the report follow: "無能ではない", "…と言っていた")
      if (l.read.headFinal) {
        const rest = text.slice(m.index + m[0].length, l.read.sentenceEnd(text, m.index + m[0].length));
        if (l.read.deniedAfter(rest) || l.read.reportedAfter(rest)) continue;
      }
      yield { start: base + from + who, end: base + m.index + m[0].length };
    }
  }
}

/**
 * The frames of OTHER_REASON_FRAMES as patterns: a determiner, the noun of a reason or a problem, at most four words of
 * what it is for, the language's copula (in French also "c'est" after a comma), determiners, at most one word, then a
 * word for people at work and at most one word more, ending the sentence or the clause.
 */
const REASON_READERS = OTHER_REASON_FRAMES.map((f) => {
  const g = OTHER_GRAMMARS.find((x) => x.lang === f.lang);
  const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  const det = alt(f.determiners);
  const copulas = alt(g?.copulas ?? []);
  const people = alt([...(g?.parties ?? []), ...f.people]);
  const noun = alt([...f.nouns, ...f.motives]);
  const pattern = new RegExp(`(?<!\\p{L})(?:${det})\\s+(?:\\p{L}+\\s+)?(${noun})((?:\\s+[\\p{L}'’]+){0,4}?)\\s*,?\\s*(?:c['’]\\s*)?(?:${copulas})\\s+(?:(?:${det})\\s+){0,2}(?:\\p{L}+\\s+)?(?:${people})(?:\\s+\\p{L}+)?\\s*(?=[.;:!?]|$)`, 'giu');
  return { frame: f, pattern, read: otherLanguage(f.lang), leaving: new RegExp(`(?<!\\p{L})(?:${alt(f.leaving)})(?!\\p{L})`, 'iu'), motives: new Set(f.motives) };
});

/**
 * People at work named as the problem or the reason for leaving in another language (OTHER_REASON_FRAMES), in the
 * paragraph's language: "El problema es mi jefe directo.", "O motivo da saída é a diretoria." Not denied ("el problema
 * no es mi jefe"), reported or quoted; a reason (not a problem) only with the leaving told or asked.
 */
function* otherReasons(text: string, base: number, leaving: boolean, fallback: string | undefined): Generator<Hit> {
  const lang = languageOf(text) ?? fallback;
  for (const r of REASON_READERS) {
    if (r.frame.lang !== lang) continue;
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
      // (a reason said with what it is for must be for leaving, "el motivo de mi salida", not "de mi entrada"; a bare
      // one, "el motivo es ...", in the answer to why you are leaving)
      if (r.motives.has(m[1].toLowerCase()) && (m[2].trim() ? !r.leaving.test(m[2]) : !leaving)) continue;
      const from = r.read.sentenceStart(text, m.index);
      const before = text.slice(from, m.index);
      if (r.read.negatorIn(m[0]) || r.read.reported(before) || ANY_ALPHABETIC.reported(before) || r.read.quoted(text, from, m.index)) continue;
      yield { start: base + m.index, end: base + m.index + m[0].length };
    }
  }
}

/** Each language's heads and sweeping quantifiers (lexicon OTHER_SWEEPING_ABSENCE) as patterns, read with its grammar. */
const SWEEPING_READERS = new Map(
  OTHER_SWEEPING_ABSENCE.map((f) => {
    const read = otherLanguage(f.lang);
    const g = OTHER_GRAMMARS.find((x) => x.lang === f.lang);
    const alt = f.heads.map(escape).join('|');
    // (a head ends a compound in German, "Abteilungsleiter"; takes a case ending in Russian, "руководителя"; a particle
    // in Korean, "팀장님은"; stands as written in Chinese and Japanese)
    const heads = read.cjk ? new RegExp(`(?:${alt})`, 'u') : g?.agglutinative ? new RegExp(`(?<![\\p{L}])(?:${alt})`, 'iu') : g?.compounds ? new RegExp(`(?:${alt})(?![\\p{L}])`, 'iu') : read.inflected ? wordsPattern(f.heads, false, 'iu', '\\p{L}{0,3}') : wordsPattern(f.heads);
    const without = f.without?.length ? new RegExp(`(?<![\\p{L}])(?:${f.without.map(escape).join('|')})\\s+$`, 'iu') : undefined;
    // (one or two words before the head, in its clause)
    const linked = f.linked?.length ? new RegExp(`(?<![\\p{L}'’])(?:${f.linked.map(escape).join('|')})(?:\\s+|(?<=['’]))(?:[\\p{L}'’]+\\s+)?$`, 'iu') : undefined;
    return [f.lang, { read, heads, sweeping: read.forms(f.sweeping, 'giu'), without, linked }] as const;
  }),
);

/** The readers of the languages written in the Latin alphabet, for a paragraph whose language does not show. */
const ALPHABETIC_SWEEPING = [...SWEEPING_READERS.values()].filter((l) => !l.read.cjk && !l.read.headFinal && l.read.lang !== 'ru');

/** How far before a sweeping quantifier the head it is told of may stand, in one sentence. */
const HEAD_REACH = 160;

/**
 * Badmouthing by sweeping absence, in another language: a head (a boss, a manager, the leadership) told doing nothing,
 * not a single thing, not once ("mi jefa no se leía ni un ticket", "за два года он не принял ни одного решения", "领导
 * 什么事都不管", "결정은 아무것도 내리지 않았습니다"): a negative quantifier of the whole makes what they did a verdict on
 * them, whatever the verb. The head stands before the quantifier in its sentence with the speaker not named between
 * (not "mi jefe me pidió que no tocara nada": what the speaker did or was told); not quoted, not someone else's
 * reported words, not "sin ningún problema" (an absence of trouble).
 */
function* sweepingAbsence(text: string, base: number, fallback: string | undefined): Generator<Hit> {
  if (!mayBeOther(text)) return;
  // (the paragraph's language, else the answer's; a short paragraph may show neither, and is read by each alphabetic
  // language's forms in turn, as blame reads it: the heads and quantifiers are each language's own words)
  const lang = scriptLanguage(text) ?? languageOf(text) ?? fallback;
  const readers = lang ? [SWEEPING_READERS.get(lang)] : ALPHABETIC_SWEEPING;
  let last = -1;
  for (const l of readers) {
    if (!l) continue;
    const { read } = l;
    l.sweeping.lastIndex = 0;
    for (let m = l.sweeping.exec(text); m; m = l.sweeping.exec(text)) {
      const from = Math.max(read.sentenceStart(text, m.index), m.index - HEAD_REACH);
      if (from === last) continue;
      const before = text.slice(from, m.index);
      if (l.without?.test(before)) continue;
      const who = l.heads.exec(before);
      if (!who) continue;
      // (the head is the one who does nothing, not the object, complement or predicate of another verb)
      if (l.linked?.test(text.slice(read.clauseStart(text, from + who.index), from + who.index))) continue;
      const between = before.slice(who.index + who[0].length);
      if (read.selfIn(between) || read.reported(before) || ANY_ALPHABETIC.reported(before) || read.quoted(text, from, m.index) || read.deniedOpinion(before)) continue;
      last = from;
      yield { start: base + from + who.index, end: base + m.index + m[0].length };
    }
  }
}

/** Token sequences (lower case, `*` for any word) by their first word, each as its words. */
function byFirstWord(frames: readonly string[]): ReadonlyMap<string, readonly string[][]> {
  const table = new Map<string, string[][]>();
  for (const f of frames) {
    const words = f.split(' ');
    const list = table.get(words[0]) ?? [];
    list.push(words);
    table.set(words[0], list);
  }
  return table;
}
/** The irony frames by their first word. */
const FRAMES_BY_FIRST = byFirstWord(IRONY_FRAMES);
/** The asides of fondness (FOND_ASIDES) by their first word. */
const FOND_BY_FIRST = byFirstWord(FOND_ASIDES);

/** The sequence of `table` that the sentence's tokens spell from token i, if any. */
function frameAt(table: ReadonlyMap<string, readonly string[][]>, t: Sentence['tokens'], i: number): readonly string[] | undefined {
  return table.get(t[i].lower)?.find((f) => f.every((w, k) => w === '*' || t[i + k]?.lower === w));
}

/**
 * After an aside of fondness ending at `end` (set off by commas or dashes), the clause's own words come to nothing:
 * a negator, "nothing", "never", "no idea" ("bless him, couldn't find the repository", "could talk for an hour and
 * say nothing at all"). Read to the sentence's end or its next semicolon.
 */
function comesToNothing(s: Sentence, end: number): boolean {
  const t = s.tokens;
  if (!/^[,—–-]$/.test(t[end]?.text ?? '')) return false;
  for (let k = end + 1; k < t.length && !/^[;:.!?]$/.test(t[k].text); k++) {
    // ("say nothing" is no one's words reported)
    const saidNothing = t[k].lower === 'nothing' && SPEECH_VERBS.has(t[k - 1].lower);
    if ((t[k].quoted && !saidNothing) || !/^(not|n't|never|nothing|nobody|no|cannot|none)$/.test(t[k].lower)) continue;
    if (!failureDenied(s, k)) return true;
  }
  return false;
}

/**
 * The denier at k denies a failure, which is praise: "never missed a single regression", "never once let us down",
 * "didn't complain once" (a verb of failure, one the lexicon rates bad, or missing, letting down, complaining).
 */
function failureDenied(s: Sentence, k: number): boolean {
  return s.tokens.slice(k + 1, k + 4).some((x) => (x.pos === 'VERB' && (FAILURE_VERBS.has(x.lower) || polarity(x.lower) < 0)) || /^(miss|missed|misses|let|lets|complain|complained|complains|skipped|dropped)$/.test(x.lower));
}

/** Before i, a saying or a thought denied: "nobody said ...", "I never thought ...", "no one called it ...". */
function saidDenied(s: Sentence, i: number): boolean {
  const t = s.tokens;
  return t.slice(0, i).some((x, k) => (SPEECH_VERBS.has(x.lower) || /^(thought|think|called|call)$/.test(x.lower)) && (x.negated || NEGATORS.has(t[k - 1]?.lower ?? '') || /^(nobody|no one|none)$/.test(t[k - 1]?.lower ?? '')));
}

/**
 * Irony or understatement said of another party (IRONY_FRAMES): a frame in the speaker's own words ("to put it
 * charitably", "let's just say", "could best be described as", "in a rare burst of competence") in a sentence whose
 * clause is about another person or group (its subject, or a word naming one in the frame's clause), not denied,
 * not quoted, not a question. The frame marks what is said of them as a judgment, whatever its words.
 */
function ironicJudgment(s: Sentence): Hit | undefined {
  const t = s.tokens;
  if (yesNoQuestion(s)) return undefined;
  for (const i of spokenTokens(s)) {
    const fond = frameAt(FOND_BY_FIRST, t, i);
    // (an aside of fondness set off in the sentence, with what follows it coming to nothing: "my lead, bless him,
    // couldn't find the repository")
    const frame = fond && /^[,(—–-]$/.test(t[i - 1]?.text ?? '') && comesToNothing(s, i + fond.length) ? fond : frameAt(FRAMES_BY_FIRST, t, i);
    if (!frame) continue;
    if (t.slice(i, i + frame.length).some((x) => x.quoted) || negatedAt(s, i, 3)) continue;
    // (nor inside what was denied being said or thought: "nobody said the plan was, to put it mildly, optimistic")
    if (saidDenied(s, i)) continue;
    // (the party: a clause's subject that is another party, or a word naming people, in the sentence's own words)
    const party = s.clauses.some((c) => !c.quoted && !c.negated && isOther(c.subject) && c.subjectFrom !== undefined && !t[c.subjectFrom].quoted) ||
      spokenTokens(s).some((k) => !t[k].negated && (PERSON_NOUNS.has(t[k].lower) || GROUP_NOUNS.has(t[k].lower) || PERSON_PRONOUNS.has(t[k].lower) || GROUP_PRONOUNS.has(t[k].lower)));
    if (!party) continue;
    const c = clauseAt(s, i) ?? s.clauses[0];
    const span = c ? clauseSpan(s, c) : { start: t[i].start, end: t[i + frame.length - 1].end };
    return { start: Math.min(span.start, t[i].start), end: Math.max(span.end, t[i + frame.length - 1].end) };
  }
  return undefined;
}

/** A person no one in particular: the archetype a rhetorical question describes ("someone who ...", "a boss who ..."). */
const ANYONE = /^(someone|somebody|anyone|anybody|person|people|boss|manager|lead|leader|director|executive|team)$/;
/** Words of rank or time before the party a sentence names as the archetype: "my current director", "our old CTO". */
const PARTY_DEGREE = /^(current|last|old|former|previous|then|new|own|first|direct)$/;

/**
 * A person one names as a type drawn in a rhetorical question: "Have you ever worked for someone who finds out what
 * their team shipped from the newsletter? That was my manager." The question asks about a person nobody in particular
 * ("someone who", "a boss that") and the next sentence names one of the speaker's own people as that person ("That
 * is my current director", "Meet my old team lead", "That's our CTO in a nutshell"). The meaning is in the pairing,
 * whatever the type's words: it is a verdict on that person. Not when the type is praised ("someone who makes every
 * review better", words the sentiment lexicon rates good), nor a question about the interviewer's team.
 */
function archetypeNamed(s: Sentence, next: Sentence | undefined): Hit | undefined {
  const t = s.tokens;
  if (!next || t[t.length - 1]?.text !== '?') return undefined;
  let who = -1;
  for (let k = 0; k + 1 < t.length && who < 0; k++) if (ANYONE.test(t[k].lower) && /^(who|that|whose)$/.test(t[k + 1].lower) && !t[k].quoted) who = k;
  if (who < 0) return undefined;
  // (a type praised is an example held up, not a verdict)
  if (t.slice(who + 2).some((x) => polarity(x.lower) >= 0.4 && !negatedAt(s, t.indexOf(x)))) return undefined;
  const u = next.tokens;
  let k = 0;
  const first = u[0]?.lower ?? '';
  if (/^(that|this|such)$/.test(first) && /^(is|was|'s|’s|describes|described|sums)$/.test(u[1]?.lower ?? '')) k = 2;
  else if (first === 'meet') k = 1;
  else if (/^(yes|well|so)$/.test(first) && /^(that|this)$/.test(u[1]?.lower ?? '') && /^(is|was|'s|’s)$/.test(u[2]?.lower ?? '')) k = 3;
  else return undefined;
  if (u[k]?.lower === 'up' || u[k]?.lower === 'exactly') k++;
  if (!/^(my|our)$/.test(u[k]?.lower ?? '')) return undefined;
  k++;
  while (k < u.length && (PARTY_DEGREE.test(u[k].lower) || u[k].pos === 'ADJ')) k++;
  // the party: one word for people at work, or two ("team lead", "engineering director")
  const head = u[k + 1] && namesPeople(u[k + 1].lower, true) && u[k + 1].pos !== 'PUNCT' ? k + 1 : k;
  if (!u[head] || !(namesPeople(u[head].lower, true) || RANK_WORDS.has(u[head].lower))) return undefined;
  if (next.tokens.some((x, j) => x.lower === 'not' && j <= head + 1)) return undefined;
  return { start: s.start, end: u[head].end };
}

/** The message of a judgment of people at work, whichever reader found it. */
const runsDown = (said: string): string =>
  `${quote(said)} runs down people you worked with; the interviewer will wonder what you would say about them. Describe the situation and what you did, not what you think of them.`;

export const badmouthing: StoryRule = {
  meta: {
    id: 'badmouthing',
    description: 'A disparaging judgment of an employer, manager, team or colleagues, in any wording ("the ops org was a mess run by a VP who had no idea")',
    defaultSeverity: 'warning',
    tags: ['red-flag', 'language'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const seen = new Set<number>();
    // (the answer to why you are leaving: people named as the reason are the reason you leave)
    const leaving = answerOf(ctx.story).questionIds.includes(QUESTION_ID.whyLeaving);
    const sentences = storyLanguage(ctx).sentences;
    const setup = new Set(ctx.story.parts.length === 0 ? [] : sentencesOfPart(ctx, 'setup'));
    for (let n = 0; n < sentences.length; n++) {
      const s = sentences[n];
      const found = findBadmouthing(s) ?? ironicJudgment(s) ?? treatedAsLess(s) ?? creditTaken(s, sentences[n + 1], leaving, setup.has(s)) ?? (yesNoQuestion(s) ? undefined : partyAsReason(s, leaving)) ?? conductAsComplaint(s, sentences[n - 1], sentences[n + 1], leaving, setup.has(s)) ?? archetypeNamed(s, sentences[n + 1]);
      // (or in words reported that the speaker makes their own: "Dana said our director was hopeless, and she was right")
      const endorsed = found ? undefined : endorsedReport(s, sentences[n + 1]);
      const hit = found ?? (endorsed ? findBadmouthing(endorsed) : undefined);
      if (!hit) continue;
      seen.add(hit.start);
      ctx.report({
        message: runsDown(ctx.file.text.slice(hit.start, hit.end)),
        range: ctx.range(hit.start, hit.end),
      });
    }
    // the learned reader (knowledge/flag-models.ts): a sentence the hand readers above did not flag, weighed by its
    // words' classes by meaning and who they are said of, for judgments in words no list holds
    for (const s of learnedFlags(ctx, FLAG_MODELS.badmouthing)) {
      if ([...seen].some((at) => at >= s.start && at <= s.end)) continue;
      seen.add(s.start);
      ctx.report({
        message: `${quote(ctx.file.text.slice(s.start, s.end))} reads as running down people you worked with (what is said of them, in what words and tone); the interviewer will wonder what you would say about them. Describe the situation and what you did, not what you think of them.`,
        range: ctx.range(s.start, s.end),
      });
    }
    // (read by paragraph: a hard-wrapped line breaks no sentence, "Die sogenannten\nArchitekten hatten keine Ahnung")
    const runs = paragraphRuns(ctx.file.text, ctx.story.prose).map((r) => ({ start: r.start, text: softBreaks(r.text) }));
    for (const seg of runs) {
      for (const hit of foreignJudgments(seg.text, seg.start)) {
        if (seen.has(hit.start)) continue;
        seen.add(hit.start);
        ctx.report({
          message: runsDown(ctx.file.text.slice(hit.start, hit.end)),
          range: ctx.range(hit.start, hit.end),
        });
      }
    }
    // and in the languages no grammar reads, by the plain reader: a judgment of a party at work ("můj šéf byl
    // naprosto neschopný", "müdürüm tam bir beceriksizdi", "मैनेजर बिल्कुल निकम्मा था")
    for (const seg of runs) {
      for (const h of plainJudgments(seg.text)) {
        const start = seg.start + h.start;
        const end = seg.start + h.end;
        if (seen.has(start) || [...seen].some((at) => at >= start && at < end)) continue;
        seen.add(start);
        ctx.report({
          message: runsDown(ctx.file.text.slice(start, end)),
          range: ctx.range(start, end),
        });
      }
    }
    // people at work named as the problem or the reason for leaving, in another language
    for (const seg of runs) {
      for (const hit of otherReasons(seg.text, seg.start, leaving, proseLanguage(ctx.story.prose))) {
        if (seen.has(hit.start)) continue;
        seen.add(hit.start);
        ctx.report({
          message: `${quote(ctx.file.text.slice(hit.start, hit.end))} makes people you worked with the problem; the interviewer will wonder what you would say about them. Describe the situation and what you did, not what you think of them.`,
          range: ctx.range(hit.start, hit.end),
        });
      }
    }
    // a word the language's sentiment lexicon rates bad, predicated of a party ("el proveedor era un desastre"): the
    // judgment by meaning where the language's list above has no such word
    const storyLang = proseLanguage(ctx.story.prose);
    for (const seg of runs) {
      for (const hit of ratedJudgments(seg.text, RATED_THRESHOLD, storyLang)) {
        const start = seg.start + hit.start;
        if (seen.has(start) || [...seen].some((at) => at >= start && at < seg.start + hit.end)) continue;
        seen.add(start);
        ctx.report({
          message: `${quote(ctx.file.text.slice(start, seg.start + hit.end))} judges people you worked with ("${hit.word}"); the interviewer will wonder what you would say about them. Describe the situation and what you did, not what you think of them.`,
          range: ctx.range(start, seg.start + hit.end),
        });
      }
    }
    // a head told doing nothing, not once ("领导什么事都不管"): sweeping absence as a verdict on them
    for (const seg of runs) {
      for (const hit of sweepingAbsence(seg.text, seg.start, storyLang)) {
        if (seen.has(hit.start) || [...seen].some((at) => at >= hit.start && at < hit.end)) continue;
        seen.add(hit.start);
        ctx.report({
          message: `${quote(ctx.file.text.slice(hit.start, hit.end))} sums up someone you worked under as doing nothing at all; the interviewer will wonder what you would say about them. Describe the situation and what you did, not what you think of them.`,
          range: ctx.range(hit.start, hit.end),
        });
      }
    }
    for (const m of matchRulePhrases('badmouthing', ctx.config, ctx.story.prose)) {
      if (seen.has(m.start)) continue;
      ctx.report({
        message: `${quote(m.text)} runs down people you worked with (a phrase from your settings). Describe the situation and what you did, not what you think of them.`,
        range: ctx.range(m.start, m.end),
      });
    }
  },
};
