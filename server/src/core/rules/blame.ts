// blame: the story makes another party the cause of a failure, delay or miss, and the speaker takes no part
// of it. Judged by meaning on each sentence (see ../nlp): who is said to have failed, whether it is the
// speaker's own assertion (not negated, not someone else's quoted or reported words), and whether the speaker
// owns a share in the same sentence. Users' literal `phrases: { blame: [...] }` still add to it.
import {
  ACTIVITY_GROUPS,
  CONDUCT_FAILINGS,
  COPULAS,
  COOPERATION_VERBS,
  DISPARAGING,
  GROUP_NOUNS,
  PERSON_NOUNS,
  FAILURE_NOUNS,
  FAILURE_VERBS,
  FAULT_NOUNS,
  HELPLESS_WORDS,
  pastForm,
  RESOLVING_VERBS,
  SPEAKER_OBJECTS,
  SPEECH_VERBS,
  STUCK_VERBS,
  WAITING_PLACES,
  OTHER_BLAME_FORMS,
  OTHER_GRAMMARS,
  RECIPIENT_NOUNS,
  HANDING_VERBS,
  WAITING_VERBS,
  TIME_SPENDING_VERBS,
  CESSATION_VERBS,
  ENDLESS_TIME,
  EUPHEMISM_MARKERS,
  INTO_WAITING_VERBS,
  STRANDED_IDIOMS,
  STRANDING_VERBS,
  UNINFORMED_IDIOMS,
  RELIANCE_VERBS,
  SOLE_RELIANCE,
  PUBLIC_NOUNS,
  TRANSFER_VERBS,
  LATE_OR_UNDONE,
  PEOPLE_PRONOUNS,
  GROUP_PRONOUNS,
  BLAME_PASSING_VERBS,
  CREDIT_TAKING_VERBS,
  MISCONDUCT_VERBS,
  HARSH_CONDUCT,
  OUTSIDE_BODIES,
  CHANGE_MARKERS,
  TAKEUP_VERBS,
  STANDING_VERBS,
} from '../nlp/lexicon';
import { escape as esc, mayBeOther, otherLanguage, plainBlame } from '../nlp/other-language';
import { actsAsParty, asserted, unrealCondition, endorsedReport, idiomAt, repeatedIn, leftStranded, clauseAt, clauseSpan, isOther, isSelf, negatedAt, phraseAt, possessorBefore, spokenClause, spokenTokens, mainVerb, negativeSubject, toldAsDone, usedAsNoun, yesNoQuestion } from '../nlp/query';
import { polarity } from '../nlp/analyze';
import { leftToGuess, pastOpeners } from '../nlp/rhetoric';
import { paragraphRuns, softBreaks } from '../text';
import type { Clause, Sentence, Token } from '../nlp/types';
import type { StoryRule, StoryRuleContext } from './rule';
import { learnedFlags, matchRulePhrases, quote, sentencesOfPart, storyLanguage } from './util';
import { FLAG_MODELS } from '../knowledge/flag-models';
import { ruleSkipsKind } from '../knowledge/kinds';
import { MONTHS } from './quantity';
import { answerOf } from './kind';

/** Failure verbs that accuse by themselves ("ignored our warnings"); the others need a consequence or a habit. */
const ACCUSING = new Set([
  'ignore', 'ignores', 'ignored', 'ignoring', 'refuse', 'refuses', 'refused', 'refusing', 'neglect', 'neglected',
  'botch', 'botched', 'screw', 'screwed', 'mess', 'messed', 'sit', 'sat', 'sits', 'stonewall', 'stonewalled',
  'dodge', 'dodged', 'sabotage', 'sabotaged', 'undermine', 'undermined', 'bungle', 'bungled', 'derail', 'derailed',
  'ruin', 'ruined', 'forget', 'forgot', 'forgotten', 'mishandle', 'mishandled', 'blew', 'blow', 'blown', 'abandon', 'abandoned',
]);
/** Words of habit that turn a plain report into an accusation ("they missed it again"). */
const HABIT = new Set(['again', 'kept', 'keep', 'keeps', 'always', 'constantly', 'repeatedly', 'never', 'continually', 'yet', 'consistently', 'routinely', 'regularly', 'chronically', 'habitually', 'perpetually']);
/** Nouns of a decision that, disowned ("it wasn't my call"), hand the failure to whoever made it. */
const DISOWNED = new Set(['call', 'decision', 'responsibility', 'doing', 'idea']);
const CAUSE_OPENERS = new Set(['because', 'since', 'due', 'thanks', 'owing', 'courtesy', 'caused', 'blame', 'blamed', 'reason']);
/**
 * Verbs that link a result to its cause: "traces back to", "stemmed from", "came down to", "goes back to". The
 * index of the cause's phrase, or -1.
 */
function causeLinkAt(s: Sentence, i: number): number {
  const t = s.tokens;
  const w = t[i].lower;
  const n1 = t[i + 1]?.lower ?? '';
  const n2 = t[i + 2]?.lower ?? '';
  if (/^(trace|traces|traced|tracing)$/.test(w)) return n1 === 'to' ? i + 2 : n1 === 'back' && n2 === 'to' ? i + 3 : -1;
  if (/^(stem|stems|stemmed|stemming)$/.test(w)) return n1 === 'from' ? i + 2 : -1;
  if (/^(come|comes|came|boil|boils|boiled|go|goes|went)$/.test(w)) return (n1 === 'down' || n1 === 'back') && n2 === 'to' ? i + 3 : -1;
  return -1;
}
/** Participles of wrecking the work, done to it by someone: "was torpedoed by", "scuppered by", "wrecked by". */
const WRECKING = /^(torpedoed|scuppered|wrecked|crippled|sunk|tanked|gutted|hijacked|sabotaged|derailed|ruined|undermined|botched|hobbled|kneecapped)$/;
/** Verbs that make a result in the passive: "was produced by", "was introduced by", "was triggered by". */
const MADE_BY = /^(caused|produced|created|introduced|triggered|started|made)$/;
/** Verbs of churn: done again and again by another party ("kept moving the goalposts"), they cost the work. */
const CHURN = /^(change|changes|changed|changing|move|moves|moved|moving|shift|shifts|shifted|shifting|switch|switches|switched|switching|add|adds|added|adding|reverse|reverses|reversed|reversing|rewrite|rewrites|rewrote|rewriting|reprioritize|reprioritized|reprioritise|reprioritised)$/;
/** The speaker's own lapses: said in a "but I ..." clause, they take a share of what went wrong. */
const OWN_LAPSES = new Set(['skip', 'skipped', 'forgot', 'overlooked', 'misread', 'underestimated', 'misjudged', 'assumed', 'rushed', 'hadn', 'left']);
/** Words of a setback on the speaker's side: "so we built the wrong thing", "it was too late", "we fell behind". */
const SETBACK_WORDS = new Set(['late', 'behind', 'wrong', 'lost', 'useless', 'broken', 'obsolete']);
/** Units of time: "took six weeks to approve", "sat on it for nine days". */
const DURATIONS = /^(minutes?|hours?|days?|weeks?|months?|quarters?|years?|sprints?)$/;
/** Verbs of the other party's state of mind, not an act: negated, they do not withhold anything. */
const MINDS = /^(know|knew|known|want|wanted|need|needed|think|thought|expect|expected|mind|minded|seem|seemed|exist|existed|matter|mattered|like|liked|have|had|be|is|was|were|are|been|mean|meant)$/;

interface Hit {
  start: number;
  end: number;
  why: string;
}

/**
 * The clause's subject is a party that can be blamed: a pronoun or a word for people or a group ("they", "the
 * vendor", "QA", "my manager"). A bare name is not enough here: in engineering stories most names are tools and
 * services ("Kafka dropped messages"), and a tool cannot be blamed.
 */
function party(s: Sentence, c: Clause): boolean {
  // (a subject no noun list knows, shown a party by what the clause does: "the integrator sat on our change request",
  // "the broker refused to sign")
  if (actsAsParty(s, c)) return true;
  if (c.subject === 'thing' && c.subjectFrom === undefined) {
    for (let k = s.clauses.indexOf(c) - 1; k >= 0; k--) if (s.clauses[k].subjectFrom !== undefined) return actsAsParty(s, s.clauses[k]);
  }
  if (!isOther(c.subject)) return false;
  // people in general are no party of the story: "Many developers abandon AI after their first project fails"
  if (c.subjectFrom !== undefined && /^(many|most|few|lots|plenty)$/.test(s.tokens[c.subjectFrom].lower)) return false;
  if (c.subjectFrom !== undefined && c.subjectTo !== undefined) return namesParty(s, c.subjectFrom, c.subjectTo);
  // a coordinated verb shares the subject of an earlier clause: "the agency delivered half the screens and then
  // went quiet", "the account manager had promised features ... and never told engineering"
  for (let k = s.clauses.indexOf(c) - 1; k >= 0; k--) {
    const d = s.clauses[k];
    if (d.subject === c.subject && d.subjectFrom !== undefined && d.subjectTo !== undefined && !/^(who|that|which)$/.test(s.tokens[d.from].lower)) return namesParty(s, d.subjectFrom, d.subjectTo) || actsAsParty(s, d);
  }
  return false;
}

function namesParty(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = s.tokens[k];
    // a group noun that also names an activity is the activity after a modifier ("incorrect dependency management")
    const activity = ACTIVITY_GROUPS.has(x.lower) && k > from && /^(NOUN|PROPN|ADJ)$/.test(s.tokens[k - 1].pos);
    // (a bare function name is its people: "if design had signed off", "operations sat on it")
    const bare = ACTIVITY_GROUPS.has(x.lower) && to - from === 1;
    if (x.pos === 'PRON' || PERSON_NOUNS.has(x.lower) || ((GROUP_NOUNS.has(x.lower) || bare) && !activity)) return true;
    if (/^(who|that)$/.test(x.lower)) return true;
  }
  return false;
}

/** The clause's subject is a pronoun ("it", "that") or names what went wrong ("the slip", "the blame"). */
function failureOrPronoun(s: Sentence, c: Clause): boolean {
  if (c.subjectFrom === undefined || c.subjectTo === undefined) return false;
  for (let k = c.subjectFrom; k < c.subjectTo; k++) {
    const w = s.tokens[k].lower;
    if (/^(it|that|this|which)$/.test(w) || FAILURE_NOUNS.has(w) || FAULT_NOUNS.has(w) || FAILURE_VERBS.has(w)) return true;
  }
  return false;
}

/** The subject before `to` names a mess or a fiasco: "the whole mess", "this fiasco" (DISPARAGING nouns of a thing). */
function messIn(s: Sentence, c: Clause, to: number): boolean {
  for (let k = c.subjectFrom ?? c.from; k < to; k++) if (s.tokens[k].pos === 'NOUN' && DISPARAGING.has(s.tokens[k].lower)) return true;
  return false;
}

/** Gone silent: "went quiet", "went dark", "went missing": another party stopped answering. */
function wentSilent(s: Sentence, i: number): boolean {
  const t = s.tokens;
  return /^(go|goes|went|gone|going)$/.test(t[i].lower) && /^(quiet|silent|dark|missing|awol|mia)$/.test(t[i + 1]?.lower ?? '');
}

/**
 * Left idle: "left our support request unanswered", "left our signed order sitting in a queue", "left the contract
 * in limbo": another party let the speaker's request wait, an act withheld (not "left detailed notes for me").
 */
function leftIdle(s: Sentence, i: number): boolean {
  const t = s.tokens;
  // ("let our renewal ticket sit untouched", "let our capacity request go unanswered": "let" with a verb of staying)
  if (!/^(leave|leaves|left|leaving|let|lets|letting)$/.test(t[i].lower)) return false;
  for (let k = i + 1; k < Math.min(t.length, i + 8); k++) {
    const w = t[k].lower;
    // (a participle before its noun is part of the object: "our signed order")
    const attributive = t[k].pos === 'VERB' && /ed$/.test(w) && t[k + 1]?.pos === 'NOUN';
    if (t[k].pos === 'PUNCT' || (t[k].pos === 'VERB' && !attributive && !/^(sitting|languishing|hanging|waiting|sit|go|stay|languish|hang|wait)$/.test(w))) return false;
    if (/^(unanswered|untouched|unreviewed|unread|unsigned|unapproved|unaddressed|unresolved|unattended|pending|idle|sitting|languishing|hanging|waiting)$/.test(w)) return true;
    if (w === 'in' && t[k + 1]?.lower === 'limbo') return true;
  }
  return false;
}

/** A clause opening "that is why ..." / "which is why ...": what came before is named as the cause. */
function whyFollows(s: Sentence, d: Clause): boolean {
  const t = s.tokens;
  let k = d.from;
  while (k < d.to && (t[k].pos === 'CCONJ' || t[k].pos === 'PUNCT')) k++;
  if (!/^(that|which|this)$/.test(t[k]?.lower ?? '')) return false;
  const cop = /^(is|was|'s)$/.test(t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  return /^(why)$/.test(t[cop]?.lower ?? '') && !negatedAt(s, cop, 3);
}

/** The speaker takes a share in this sentence: "I should have...", "my mistake", "partly on me". */
function ownsShare(s: Sentence): boolean {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i].quoted) continue;
    const w = t[i].lower;
    if ((w === 'should' || w === 'could') && t[i + 1]?.lower === 'have' && !negatedAt(s, i + 1)) {
      const c = clauseAt(s, i);
      if (c && isSelf(c.subject)) return true;
    }
    if ((w === 'fault' || w === 'mistake' || w === 'responsibility' || w === 'part') && !t[i].negated) {
      const p = possessorBefore(s, i);
      if (p === 'I' || p === 'we') return true;
    }
    if (w === 'partly' || w === 'partially') return true;
    // "the slip was mostly mine", "that call was ours": the failure owned after a copula (not denied: "it wasn't mine")
    if ((w === 'mine' || w === 'ours') && !negatedAt(s, i, 4) && (COPULAS.has(t[i - 1]?.lower ?? '') || (t[i - 1]?.pos === 'ADV' && COPULAS.has(t[i - 2]?.lower ?? '')))) return true;
    // "that was on me", "the slip was down to me": the speaker's share said after a copula (not denied: "it wasn't on
    // me"; not a duty: "it was on me to approve it")
    if (/^(me|us)$/.test(w) && (t[i - 1]?.lower === 'on' || (t[i - 1]?.lower === 'to' && t[i - 2]?.lower === 'down')) && t[i + 1]?.lower !== 'to' && !negatedAt(s, i, 6)) {
      const on = t[i - 1].lower === 'on' ? i - 1 : i - 2;
      if (COPULAS.has(t[on - 1]?.lower ?? '') || (t[on - 1]?.pos === 'ADV' && COPULAS.has(t[on - 2]?.lower ?? ''))) return true;
    }
    // "..., but I had skipped the staging check": the speaker's own failing, set against the other party's
    if (/^(but|though|although|yet|while)$/.test(w)) {
      const c = clauseAt(s, i + 1);
      if (c && isSelf(c.subject) && !c.quoted && t.slice(c.from, c.to).some((x) => (FAILURE_VERBS.has(x.lower) || OWN_LAPSES.has(x.lower)) && !COOPERATION_VERBS.has(x.lower))) return true;
      // (or an act of theirs the speaker did not do: "..., but I had not told them the date"; not what the speaker
      // could not do, which they suffered: "but I could not reach them")
      if (c && isSelf(c.subject) && !c.quoted && c.verb !== undefined && verbNegated(s, c, mainVerb(s, c) ?? c.verb) && COOPERATION_VERBS.has(t[mainVerb(s, c) ?? c.verb].lower) && !unable(s, c, mainVerb(s, c) ?? c.verb)) return true;
    }
    // "..., because I had sent them the wrong specs": the speaker gives their own lapse as the cause (a clause of their
    // own after "because"/"since" with a failure, a lapse or a word of error in it; not what they could not do, which
    // they suffered: "because we could not reach them")
    if (/^(because|since)$/.test(w) && t[i + 1]?.lower !== 'of' && !negatedAt(s, i, 3)) {
      const c = clauseAt(s, i + 1);
      // (the clause the word opens, not the one it ends: "we missed the window because of them")
      // (nor what was done to them: "because I was set up to fail", "because we were given the wrong data")
      if (c && c.from >= i && c.subjectFrom !== undefined && c.subjectFrom > i && isSelf(c.subject) && !c.quoted && c.verb !== undefined && !unable(s, c, c.verb) && !t.slice(c.from, c.to).some((x, k) => PASSIVE_AUX.test(x.lower) && t[c.from + k + 1]?.pos === 'VERB') && t.slice(c.from, c.to).some((x, k) => !x.quoted && t[c.from + k - 1]?.lower !== 'to' && (FAILURE_VERBS.has(x.lower) || OWN_LAPSES.has(x.lower) || /^(wrong|incorrect|outdated|incomplete|late)$/.test(x.lower)))) return true;
    }
    // "not just me, but ...", "including me", "me too", "like me"
    if ((w === 'me' || w === 'myself') && (/^(just|including|like|and|only)$/.test(t[i - 1]?.lower ?? '') || /^(too|also|included)$/.test(t[i + 1]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * The speaker's own lapse, told in a clause of their own: "I had not pinned the version", "we skipped the dry run",
 * "I never tested it on a copy" (not what they could not do, which they suffered: "we could not log in").
 */
function ownLapse(s: Sentence): boolean {
  const t = s.tokens;
  return s.clauses.some((c) => {
    if (!isSelf(c.subject) || c.quoted) return false;
    if (t.slice(c.from, c.to).some((x) => !x.quoted && OWN_LAPSES.has(x.lower) && x.lower !== 'left' && x.lower !== 'hadn')) return true;
    const v = mainVerb(s, c) ?? c.verb;
    return v !== undefined && t[v].pos === 'VERB' && verbNegated(s, c, v) && !unable(s, c, v) && !MINDS.test(t[v].lower);
  });
}

/**
 * The strict form of helpless, said anywhere in the story: "nothing/little (that) we could do", "out of our
 * hands", "no choice", "helpless", "powerless" — not a bare "nothing" ("nothing reached customers").
 */
function disclaims(s: Sentence): boolean {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.quoted) continue;
    const w = x.lower;
    if (w === 'helpless' || w === 'powerless') return true;
    if (w === 'hands' && t[i - 2]?.lower === 'of' && t[i - 3]?.lower === 'out') return true;
    if (w === 'choice' && t[i - 1]?.lower === 'no') return true;
    // "there was no way around them", "our hands were tied", "out of my control", "we could only wait"
    if (w === 'way' && t[i - 1]?.lower === 'no' && /^(around|round|past)$/.test(t[i + 1]?.lower ?? '')) return true;
    if (w === 'tied' && t.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'hands')) return true;
    if (w === 'control' && t[i - 2]?.lower === 'of' && t[i - 3]?.lower === 'out') return true;
    if (w === 'wait' && t[i - 1]?.lower === 'only' && /^(could|can)$/.test(t[i - 2]?.lower ?? '')) return true;
    if (w === 'nothing' || w === 'little' || (w === 'much' && /^(not|n't)$/.test(t[i - 1]?.lower ?? ''))) {
      let k = i + 1;
      if (t[k]?.lower === 'that') k++;
      const p = phraseAt(s, k);
      if (p.end > k && (isSelf(p.actor) || p.ownSide) && /^(could|can)$/.test(t[p.end]?.lower ?? '')) return true;
    }
  }
  return false;
}

/** "nothing we could do", "out of our hands", "no choice": the speaker says the outcome was not theirs to change. */
function helpless(s: Sentence | undefined): boolean {
  if (!s) return false;
  const t = s.tokens;
  return t.some(
    (x, i) =>
      !x.quoted &&
      ((HELPLESS_WORDS.has(x.lower) && (x.lower !== 'hands' || t[i - 2]?.lower === 'of')) ||
        // "there was little I could do", "not much we could do"
        ((x.lower === 'little' || (x.lower === 'much' && /^(not|n't)$/.test(t[i - 1]?.lower ?? ''))) && (t[i + 1]?.lower === 'i' || t[i + 1]?.lower === 'we') && /^(could|can)$/.test(t[i + 2]?.lower ?? ''))),
  );
}

/**
 * The clause is about a failure: a failure noun stands before the cause marker ("the outage was caused by ...",
 * "the two-week slip in phase one was due to ..."). Read from the clause start, not the tagged subject: the tagger
 * sometimes takes the noun for a verb ("two-week slip").
 */
function failureSubject(s: Sentence, c: Clause | undefined, before: number): boolean {
  if (!c || isSelf(c.subject)) return false;
  for (let k = c.from; k < before; k++) if (FAILURE_NOUNS.has(s.tokens[k].lower)) return true;
  // "the bad forecast", "the corrupted dashboard": a result judged bad in the subject
  if (c.subjectFrom !== undefined && c.subjectTo !== undefined) for (let k = c.subjectFrom; k < Math.min(c.subjectTo, before); k++) if (badlyJudged(s, k)) return true;
  return false;
}

/**
 * Another party's poor conduct as the cause: "QA's sloppiness", "the vendor's delays", "their indecision". The
 * party is the possessor; the head of the phrase is a failing.
 */
function conductOfParty(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  // (or any act of theirs judged badly: "the data team's careless backfill", "their sloppy schema change")
  let judged = false;
  for (let k = from; k < to - 1; k++) if (badlyJudged(s, k)) judged = true;
  if (!CONDUCT_FAILINGS.has(t[to - 1]?.lower ?? '') && !judged) return false;
  for (let k = from; k < to - 1; k++) {
    const w = t[k].lower;
    if (/^(their|his|her)$/.test(w)) return true;
    if ((t[k + 1]?.lower === "'s" || t[k + 1]?.lower === "’s" || w.endsWith("'s")) && namesParty(s, from, k + 1)) return true;
  }
  return false;
}

/**
 * An adjective that judges a thing or an act badly: "careless", "sloppy", "corrupted", "bad", "wrong" (the model's
 * sentiment lexicon, or a word of setback).
 */
function badlyJudged(s: Sentence, k: number): boolean {
  const x = s.tokens[k];
  if (x.pos !== 'ADJ' && !(x.pos === 'VERB' && /ed$/.test(x.lower) && s.tokens[k + 1]?.pos === 'NOUN')) return false;
  return SETBACK_WORDS.has(x.lower) || /^(bad|corrupted|corrupt|careless|sloppy|botched|rushed|untested|faulty|flawed|broken)$/.test(x.lower) || polarity(x.lower) <= -0.4;
}

/** A failure on the speaker's side or of the work in the sentence ("we missed the launch", "the release slipped"). */
function failureInSentence(s: Sentence, except: number): boolean {
  // ("sit" fails only as "sat on it": "take the time to sit and think" is no failure; nor is a problem put right:
  // "problem solved", "I fixed the issue")
  return s.tokens.some((t, i, a) => i !== except && !t.quoted && ((FAILURE_VERBS.has(t.lower) && !usedAsNoun(s, i)) || (FAILURE_NOUNS.has(t.lower) && !resolved(s, i)) || /^(wrong|late|down|lost)$/.test(t.lower)) && !COOPERATION_VERBS.has(t.lower) && (!/^(sit|sat|sits)$/.test(t.lower) || a[i + 1]?.lower === 'on'));
}

/** A failure noun at k put right in its own phrase: "problem solved", "the issue was fixed", "fixed the bug". */
function resolved(s: Sentence, k: number): boolean {
  const t = s.tokens;
  let j = k + 1;
  while (j < t.length && j <= k + 3 && (PASSIVE_AUX.test(t[j].lower) || t[j].pos === 'ADV')) j++;
  if (RESOLVING_VERBS.has(t[j]?.lower ?? '')) return true;
  j = k - 1;
  while (j >= 0 && j >= k - 3 && /^(DET|ADJ|PRON|NUM)$/.test(t[j].pos)) j--;
  return j >= 0 && RESOLVING_VERBS.has(t[j].lower) && t[j].pos === 'VERB';
}

/**
 * A failure on the speaker's side before a "because": "we missed the launch", "my release slipped", "our
 * project was late". Another team's trouble ("the frontend was blocked because three teams ...") is context.
 */
function ownFailure(s: Sentence, before: number, work = false): boolean {
  const t = s.tokens;
  for (const c of s.clauses) {
    if (c.from >= before || c.quoted) continue;
    // the work itself ("the migration stalled because ..."), outside the setup where it may be another team's
    // (a clause with no subject is the speaker's: "Missed the launch because ...", or a subject the tagger broke:
    // "Our go-live still slipped")
    if (!isSelf(c.subject) && !c.ownSide && c.subject !== 'none' && !(work && c.subject === 'thing')) continue;
    for (let k = c.from; k < Math.min(c.to, before); k++) {
      const w = t[k].lower;
      // (a verb of failure used as a noun names a thing: "we had a block of time")
      if (((FAILURE_VERBS.has(w) && !usedAsNoun(s, k)) || FAILURE_NOUNS.has(w) || w === 'late' || w === 'behind') && !COOPERATION_VERBS.has(w)) return true;
    }
  }
  return false;
}

/** Forms of "be" (and "get") that make a following participle passive. */
const PASSIVE_AUX = /^(is|are|was|were|be|been|being|get|gets|got|gotten|getting|'s|'re)$/;

/** The verb at i is a passive participle ("was delayed", "were caused by", "got blocked"). */
function passive(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (!/(ed|en|lost|sat|blew|broke|sank|held|stuck)$/.test(t[i].lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (PASSIVE_AUX.test(t[k].lower)) return true;
    if (t[k].pos !== 'ADV' && t[k].pos !== 'PART') return false;
  }
  return false;
}

/**
 * An unreal condition on another party's action with the speaker's outcome as its result: "had the PM done her
 * job, we would have launched", "if the vendor had answered, the launch would not have slipped". It says the
 * party did not act and that this cost the result. A negated condition credits them ("if QA had not caught it,
 * we would have shipped the bug") and does not count.
 */
function counterfactual(s: Sentence): Hit | undefined {
  const t = s.tokens;
  for (let n = 0; n < s.clauses.length; n++) {
    const c = s.clauses[n];
    if (c.quoted) continue;
    const head = t[c.from]?.lower === ',' ? c.from + 1 : c.from;
    let subjFrom: number | undefined;
    let subjTo: number | undefined;
    if (t[head]?.lower === 'had') {
      const p = phraseAt(s, head + 1, c.to);
      if (isOther(p.actor)) [subjFrom, subjTo] = [head + 1, p.end];
      // (anyone of a party: "had anyone on the vendor side answered", "had someone in legal read it")
      const q = memberOf(s, head + 1, c.to);
      if (subjFrom === undefined && q) [subjFrom, subjTo] = q;
    } else if (t[head]?.lower === 'if' && party(s, c) && c.verb !== undefined && (t[c.verb].lower === 'had' || (c.subjectTo !== undefined && t[c.subjectTo]?.lower === 'had' && c.subjectTo < c.verb))) {
      [subjFrom, subjTo] = [c.subjectFrom, c.subjectTo];
    }
    if (subjFrom === undefined || subjTo === undefined || !namesParty(s, subjFrom, subjTo)) continue;
    // (a negated condition credits them: "if the SRE team had not stepped in"; and a failing as the condition did not
    // happen: "if the vendor had missed their date, we would have lost the quarter" says they did not miss it; but a
    // failing negated did happen: "had the vendor not slipped, we would have made the date")
    const from = subjTo;
    const negated = t.slice(from, c.to).some((x) => NEGATORS_OF_ACTION.test(x.lower));
    // (a failing told by a word judging their conduct too: "if the contractors had been careless, we would have lost
    // the arrays" supposes a carelessness that did not happen; so does credit taken or blame passed: "if my lead had
    // taken the credit, I would have said nothing")
    const failing = t.slice(from, c.to).some((x, k) => (x.pos === 'VERB' && FAILURE_VERBS.has(x.lower) && !usedAsNoun(s, from + k)) || wentSilent(s, from + k) || letDown(s, from + k) || creditOrBlameMoved(s, from + k) || (x.pos === 'ADJ' && (CONDUCT_FAILINGS.has(x.lower) || polarity(x.lower) <= -0.4)));
    if (negated !== failing) continue;
    // ("we'd have made it": the contraction is "would")
    const unrealResult = (d: Clause): boolean => !d.quoted && !isOther(d.subject) && t.slice(d.from, d.to).some((x, k, a) => /^(would|could|'d|’d)$/.test(x.lower) && (a[k + 1]?.lower === 'have' || (NEGATORS_OF_ACTION.test(a[k + 1]?.lower ?? '') && a[k + 2]?.lower === 'have')));
    // (the result told first, the condition after it: "we would have made the date if QA had done their job")
    const result = s.clauses.slice(n + 1).find(unrealResult) ?? (t[head].lower === 'if' ? s.clauses.slice(0, n).find(unrealResult) : undefined);
    if (result) return { start: t[head].start, end: t[Math.max(head, c.to - 1)].end, why: 'implies another party cost you the result' };
  }
  return undefined;
}
const NEGATORS_OF_ACTION = /^(not|n't|never|no)$/;

/**
 * At the verb i, credit taken or blame passed on ("took all the credit", "shifted the blame onto QA"): a party's
 * failing in itself (lexicon CREDIT_TAKING_VERBS, BLAME_PASSING_VERBS), with at most a few determiners between the
 * verb and its object.
 */
function creditOrBlameMoved(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const w = t[i]?.lower ?? '';
  const taking = CREDIT_TAKING_VERBS.has(w);
  const passing = BLAME_PASSING_VERBS.has(w);
  if (!taking && !passing) return false;
  for (let k = i + 1; k < Math.min(t.length, i + 5); k++) {
    if ((taking && t[k].lower === 'credit') || (passing && t[k].lower === 'blame')) return true;
    if (t[k].pos !== 'DET' && !/^(all|full|sole|most)$/.test(t[k].lower)) return false;
  }
  return false;
}

/**
 * Anyone of a party, from i: "anyone on the vendor side", "somebody in procurement", "one of their engineers" —
 * the range of the party's phrase, or undefined. ("anyone" alone names nobody in particular.)
 */
function memberOf(s: Sentence, i: number, limit: number): [number, number] | undefined {
  const t = s.tokens;
  if (!/^(anyone|anybody|someone|somebody|one|any|either)$/.test(t[i]?.lower ?? '') || !/^(in|on|from|at|of)$/.test(t[i + 1]?.lower ?? '')) return undefined;
  const p = phraseAt(s, i + 2, limit);
  return isOther(p.actor) && namesParty(s, i + 2, p.end) ? [i + 2, p.end] : undefined;
}

/**
 * The clause is a restrictive relative clause: "who" or "that" right after the noun it describes, with no comma
 * ("developers who had never seen it"; not "the vendor, who never sent the specs, ...", which tells what they did).
 */
function restrictive(s: Sentence, c: Clause): boolean {
  const t = s.tokens;
  let k = c.from;
  if (t[k]?.text === ',') return false;
  if (!/^(who|that)$/.test(t[k]?.lower ?? '')) {
    // the relative may open a clause that starts at its subject ("that they are not getting")
    k = c.subjectFrom !== undefined ? c.subjectFrom - 1 : -1;
    if (k < c.from - 1 || !/^(that)$/.test(t[k]?.lower ?? '')) return false;
  }
  const head = t[k - 1];
  return head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN' || (head.pos === 'PRON' && /^(what|those|anyone|everyone|people|ones)$/.test(head.lower)));
}

/**
 * The clause opens with a relative pronoun after the noun or name it describes, with or without a comma: "the
 * customers who could not update", "Olu, who sits next to me", "a team that never wrote tests".
 */
function relativeOpening(s: Sentence, c: Clause): boolean {
  const t = s.tokens;
  const k = t[c.from]?.text === ',' ? c.from + 1 : c.from;
  if (!/^(who|whom|whose|that|which)$/.test(t[k]?.lower ?? '') || c.subjectFrom !== k) return false;
  let h = k - 1;
  if (t[h]?.text === ',') h--;
  const head = t[h];
  return head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN' || (head.pos === 'PRON' && /^(those|anyone|anybody|everyone|everybody|someone|somebody|people|ones)$/.test(head.lower)));
}

/**
 * "Sales promised a date nobody had agreed to, so we missed it": another party's act, then the speaker's
 * failure as its result in the same sentence.
 */
function resultOfParty(s: Sentence): Hit | undefined {
  const t = s.tokens;
  for (let n = 0; n + 1 < s.clauses.length; n++) {
    const c = s.clauses[n];
    if (c.quoted || c.negated || !party(s, c) || c.verb === undefined) continue;
    // (a party in the passive suffered what the clause tells, it did not do it: "the support team was swamped by
    // tickets, so I sat with them")
    if (passive(s, mainVerb(s, c) ?? c.verb)) continue;
    for (const d of s.clauses.slice(n + 1, n + 3)) {
      if (d.quoted || !isSelf(d.subject)) continue;
      const head = t[d.from]?.text === ',' ? d.from + 1 : d.from;
      if (!/^(so|and)$/.test(t[head]?.lower ?? '') || (t[head].lower === 'and' && t[head + 1]?.lower !== 'so')) continue;
      // (sitting is a failing only on something, "we sat on it"; not "I sat with them")
      const sitting = (x: Token, k: number): boolean => /^(sit|sat|sits)$/.test(x.lower) && t[k + 1]?.lower !== 'on';
      if (t.slice(d.from, d.to).some((x, k) => !x.negated && (FAILURE_VERBS.has(x.lower) || x.lower === 'late') && !sitting(x, d.from + k) && !COOPERATION_VERBS.has(x.lower) && d.from + k !== d.subjectFrom)) {
        return { ...clauseSpan(s, c), why: 'makes another party the cause of what went wrong' };
      }
    }
  }
  return undefined;
}

/**
 * The verb at i is negated by "not", "n't" or "never" in its own verb group ("never passed on", "did not send"),
 * and its subject is a party, not "nobody" or "none of them" (which say no one did it, not who failed).
 */
function verbNegated(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  if (c.subjectFrom !== undefined && /^(nobody|none|no|noone|neither)$/.test(t[c.subjectFrom].lower)) return false;
  for (let k = i - 1; k >= Math.max(c.from, i - 3); k--) {
    const x = t[k].lower;
    if (x === 'not' || x === "n't" || x === 'never') return true;
    if (t[k].pos !== 'AUX' && t[k].pos !== 'ADV' && t[k].pos !== 'PART') return false;
  }
  return false;
}

/** "took six weeks to approve", "took a month to answer": another party's slowness. */
function tookLong(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (!/^(took|take|takes|taking)$/.test(t[i].lower)) return false;
  // ("took forever", "took ages", "took an eternity", "took their sweet time": a span told as too long by its size)
  const n = t[i + 1]?.lower === 'an' ? i + 2 : i + 1;
  if (ENDLESS_TIME.has(t[n]?.lower ?? '')) return true;
  if (/^(its|their|his|her)$/.test(t[i + 1]?.lower ?? '') && t[i + 2]?.lower === 'sweet' && t[i + 3]?.lower === 'time') return true;
  for (let k = i + 1; k < Math.min(t.length, i + 5); k++) {
    if (DURATIONS.test(t[k].lower)) return t[k + 1]?.lower === 'to' || t[k + 1]?.lower === 'before';
  }
  return false;
}

/**
 * "dropped everything", "dropped what they were doing", "dropped all else": put all other work aside for the speaker,
 * help, not a failing (unlike "dropped our request", "dropped the ball").
 */
function droppedAllElse(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (!/^(drop|drops|dropped|dropping)$/.test(t[i].lower)) return false;
  const n = t[i + 1]?.lower ?? '';
  return n === 'everything' || (n === 'all' && t[i + 2]?.lower === 'else') || (n === 'what' && t.slice(i + 2, i + 6).some((x) => x.lower === 'doing'));
}

/**
 * "took five weeks", "takes a month": a span of days or longer told as taken (the subject is what took it); minutes
 * and hours are a machine's time, "the failover took two minutes".
 */
function spanTaken(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (!/^(took|take|takes|taken)$/.test(t[i].lower) || t[i].pos !== 'VERB') return false;
  for (let k = i + 1; k < Math.min(t.length, i + 5); k++) {
    if (DURATIONS.test(t[k].lower)) return !/^(minutes?|hours?)$/.test(t[k].lower);
    if (!/^(DET|NUM|ADJ|ADV)$/.test(t[k].pos)) return false;
  }
  return false;
}

/**
 * The clause's subject is an act of another party, named by its owner: "Legal's review", "the vendor's reply", "their
 * sign-off" (a noun owned by a party; not the speaker's side, "our review", nor a thing with no owner, "the review").
 */
function actOfParty(s: Sentence, c: Clause): boolean {
  if (c.subjectFrom === undefined || c.subjectTo === undefined || c.ownSide) return false;
  const t = s.tokens;
  // (the reader may leave the owner out of the subject's span: from the clause's start)
  for (let k = c.from; k < c.subjectTo; k++) {
    if (t[k].quoted) continue;
    const owner = /^(their|his|her)$/.test(t[k].lower) || ((t[k].lower === "'s" || t[k].lower === '’s') && k > c.from && namesParty(s, c.from, k));
    if (!owner) continue;
    // (the owned noun follows, past its modifiers: "Legal's "urgent" review")
    for (let j = k + 1; j < c.subjectTo; j++) {
      if (t[j].pos === 'NOUN') return true;
      if (!/^(ADJ|PUNCT|ADV)$/.test(t[j].pos)) return false;
    }
  }
  return false;
}

/**
 * "legal spent five weeks on a two-page contract", "the vendor needed a month to reply": a span of time another
 * party used on the work, told as their slowness (with a cost or a habit, as any act of theirs). Not the speaker's
 * own side ("my team spent two weeks building it").
 */
function spentLong(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  if (c.ownSide || !/^(spent|spend|spends|needed|wasted|burned|burnt)$/.test(t[i].lower)) return false;
  for (let k = i + 1; k < Math.min(c.to, i + 5); k++) {
    if (DURATIONS.test(t[k].lower)) return /^(on|to|before|over|just|deciding)$/.test(t[k + 1]?.lower ?? '') || /ing$/.test(t[k + 1]?.lower ?? '');
    if (!/^(DET|NUM|ADJ|ADV)$/.test(t[k].pos)) return false;
  }
  return false;
}

/** "let us down", "let the whole team down": another party failed the speaker's side. */
function letDown(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (!/^(let|lets|letting)$/.test(t[i].lower)) return false;
  // (the passive is the one let down: "they are let down")
  for (let k = i - 1; k >= Math.max(0, i - 3) && (PASSIVE_AUX.test(t[k].lower) || t[k].pos === 'ADV'); k--) if (PASSIVE_AUX.test(t[k].lower)) return false;
  for (let k = i + 1; k < Math.min(t.length, i + 5); k++) {
    if (t[k].lower === 'down') return k === i + 1 || t.slice(i + 1, k).some((x) => /^(us|me|our|my|everyone|everybody)$/.test(x.lower));
    if (t[k].pos === 'VERB' || t[k].pos === 'PUNCT') return false;
  }
  return false;
}


/**
 * The work stopped at another party: "the feature died in the security team's review queue", "the contract sat in
 * legal's inbox for a month", "the request got stuck with procurement". The verb at i is one of work that stopped
 * or failed; the place is another party's ("their queue", "<party>'s inbox") or the party itself after "with".
 * Not the speaker's side ("sat in our backlog") nor a thing's ("failed at the customer's site" names no waiting).
 */
function stuckAtParty(s: Sentence, c: Clause, i: number): { start: number; end: number } | undefined {
  const t = s.tokens;
  const w = t[i].lower;
  // (work gone into a party's place: "went into their queue and never came back", "fell into legal's backlog, and the
  // pilot slipped"; going there is a failure only with "never" after it or a cost told in the sentence)
  const into = t[i + 1]?.lower === 'into' && INTO_WAITING_VERBS.has(w) && (STUCK_VERBS.has(w) || t.slice(i + 2).some((x) => x.lower === 'never' && !x.quoted) || costIn(s, c));
  if (!STUCK_VERBS.has(w) && !into) return undefined;
  // (the work is what stopped: "I sat with them" is the speaker at a meeting)
  if (c.subject !== 'thing' || negatedAt(s, i)) return undefined;
  const k = i + 1;
  if (t[k]?.lower === 'there') return undefined;
  const prep = t[k]?.lower ?? '';
  if (prep === 'with' || prep === 'at') {
    const p = phraseAt(s, k + 1, c.to);
    if (isOther(p.actor) && !p.ownSide && namesParty(s, k + 1, p.end) && !WAITING_PLACES.has(t[p.end - 1]?.lower ?? '')) return { start: t[c.subjectFrom ?? i].start, end: t[p.end - 1].end };
  }
  if (prep !== 'in' && prep !== 'on' && prep !== 'at' && prep !== 'into') return undefined;
  // "in the security team's review queue", "in their inbox", "on legal's desk"
  let end = k + 1;
  while (end < c.to && /^(DET|ADJ|NOUN|PROPN|PRON|PART)$/.test(t[end].pos) && end - k < 8) end++;
  const head = t[end - 1];
  if (!head || !WAITING_PLACES.has(head.lower)) return undefined;
  for (let j = k + 1; j < end - 1; j++) {
    const x = t[j].lower;
    if (/^(their|his|her)$/.test(x)) return { start: t[c.subjectFrom ?? i].start, end: head.end };
    if ((t[j + 1]?.lower === "'s" || t[j + 1]?.lower === '’s') && namesParty(s, k + 1, j + 1) && !/^(our|my)$/.test(t[k + 1]?.lower ?? '')) return { start: t[c.subjectFrom ?? i].start, end: head.end };
  }
  return undefined;
}

/**
 * An idiom of holding others up: "dragged their feet", "held up the contract", "slow-walked it", "pulled out".
 */
function heldUp(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const w = t[i].lower;
  if (/^(drag|drags|dragged|dragging)$/.test(w)) return t.slice(i + 1, i + 4).some((x) => x.lower === 'feet' || x.lower === 'heels');
  if (/^(hold|holds|held|holding)$/.test(w)) return t[i + 1]?.lower === 'up' || t[i + 2]?.lower === 'up';
  if (/^(pull|pulled|back|backed)$/.test(w)) return t[i + 1]?.lower === 'out';
  return false;
}

/** "... without telling anyone", "without warning", "without asking us": an act that skipped the others. */
function withoutOthers(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  for (let k = i + 1; k < c.to; k++) {
    if (t[k].lower !== 'without') continue;
    const n = t[k + 1]?.lower ?? '';
    // ("without any notice", "without a word"; not the absence of a failure: "without any trouble", "without issues")
    if (/^(telling|asking|warning|checking|testing|consulting|informing|notice|warning)$/.test(n)) return true;
    const m = t[k + 2];
    if (/^(any|a|an)$/.test(n) && m && !(FAILURE_NOUNS.has(m.lower) || polarity(m.lower) < 0 || /^(issues?|problems?|incidents?|errors?|hiccups?|complaints?|downtime)$/.test(m.lower))) return true;
  }
  return false;
}

/**
 * The next sentence tells a setback of the speaker's side or of the work as a fact: "Our nightly sync failed five
 * nights in a row", "Checkout was down for six hours" (not denied, "bookings have not failed once", not put right, not
 * a question, not a condition, no share taken in it).
 */
function setbackAfter(next: Sentence): boolean {
  if (ownsShare(next) || yesNoQuestion(next)) return false;
  const t = next.tokens;
  return next.clauses.some((d) => {
    if (d.quoted || d.negated || d.describes || isOther(d.subject) || inCondition(next, d) || /^(if|unless|whether|when|whenever)$/.test(t[d.from]?.lower ?? '')) return false;
    if (t.slice(d.from, d.to).some((x) => x.negated || NEGATORS_OF_ACTION.test(x.lower))) return false;
    return setbackIn(next, d) && !t.slice(d.from, d.to).some((x, k) => FAILURE_NOUNS.has(x.lower) && resolved(next, d.from + k));
  });
}

/**
 * A cooperation verb whose object is nobody, the act withheld said the other way round: "revoked every account and told
 * nobody", "changed the format and informed no one", "warned none of their customers".
 */
function toldNobody(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (!COOPERATION_VERBS.has(t[i].lower) || t[i].pos !== 'VERB') return false;
  const n = t[i + 1]?.lower ?? '';
  return n === 'nobody' || n === 'noone' || (n === 'no' && /^(one|customer|customers|user|users|client|clients)$/.test(t[i + 2]?.lower ?? '')) || (n === 'none' && t[i + 2]?.lower === 'of');
}

/** "could not log in", "can't reach": an inability of the party, not an act they withheld (they suffered it). */
function unable(s: Sentence, c: Clause, i: number): boolean {
  for (let k = i - 1; k >= Math.max(c.from, i - 3); k--) if (/^(could|can|ca|cannot|able|unable)$/.test(s.tokens[k].lower)) return true;
  return false;
}

/** A word of habit in the clause ("kept", "constantly", "again"). */
function habitIn(s: Sentence, c: Clause): boolean {
  for (let k = c.from; k < c.to; k++) if (HABIT.has(s.tokens[k].lower) && s.tokens[k].lower !== 'never') return true;
  // (or a repetition told in other words: "four times in two sprints", "round after round", "every single time")
  return repeatedIn(s, c.from, c.to);
}

/** The clause's verb is in the present ("when a partner misses a deadline"), not a told past ("when QA missed it"). */
function presentTense(s: Sentence, c: Clause): boolean {
  if (c.verb === undefined) return false;
  const v = s.tokens[c.verb].lower;
  return !pastForm(v);
}

/**
 * The people the work serves were lost, in a clause: "two hospital customers had cancelled their contracts", "the
 * client churned", "users walked away": a setback of the speaker's side told with another noun as its subject.
 */
function servedLost(s: Sentence, d: Clause): boolean {
  if (d.subjectTo === undefined || d.quoted || d.negated || !RECIPIENT_NOUNS.has(s.tokens[d.subjectTo - 1].lower)) return false;
  return s.tokens.slice(d.subjectTo, d.to).some((x) => /^(cancel|cancels|cancelled|canceled|churn|churns|churned|leave|leaves|left|walked|quit|quits|abandoned|dropped)$/.test(x.lower) && x.pos === 'VERB');
}

/** The next sentence opens with the cost of what was just told: "That cost us a month", "This caused a lot of rework". */
function nextCost(next: Sentence | undefined): boolean {
  return next !== undefined && costOpens(next, 0, next.tokens.length);
}

/**
 * The stretch [from, to) of a sentence opens with the cost of what was told before it: "That cost us a month",
 * "..., and that cost us the whole of March", "..., which meant we shipped late".
 */
function costOpens(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  let k = from;
  while (k < to && (t[k].pos === 'PUNCT' || t[k].pos === 'CCONJ')) k++;
  // (read from the words: the tagger takes "cost" in "That cost us a month" for a noun)
  return k < to && !t[k].quoted && /^(this|that|it|which)$/.test(t[k].lower) && /^(cost|costs|caused|causes|meant|means|forced|pushed|delayed|killed|wasted|set)$/.test(t[k + 1]?.lower ?? '') && !negatedAt(s, k + 1);
}

/** Verbs of harm done to the work or the people: "was affecting the team's progress", "impacting morale". */
const HARM = /^(affect|affects|affected|affecting|impact|impacts|impacted|impacting|hurt|hurts|hurting|harm|harms|harmed|harming|damage|damaged|damaging|hamper|hampered|hampering|hinder|hindered|hindering)$/;

/**
 * A clause that says what harm followed, from index `from` of the clause: its verb (past helpers and adverbs) is one
 * of harm, not negated and not "positively" ("which was negatively impacting team morale", "This was affecting the
 * entire team's progress"; not "which positively impacted morale", "it did not affect the release").
 */
function harmAt(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  let k = from;
  while (k < to && (t[k].pos === 'AUX' || t[k].pos === 'ADV' || t[k].pos === 'PART')) {
    if (/^(positively|not|n't|never|barely|hardly)$/.test(t[k].lower)) return false;
    k++;
  }
  return k < to && HARM.test(t[k].lower) && !t[k].quoted;
}

/**
 * The harm their conduct did, told with it: a relative clause or a participle after it in the same sentence
 * ("..., which was negatively impacting team morale", "..., hurting our release"), or the next sentence opening on
 * it ("This was affecting the entire team's progress as we had to ...").
 */
function harmTold(s: Sentence, c: Clause, next: Sentence | undefined): boolean {
  const t = s.tokens;
  for (const d of s.clauses) {
    if (d.from < c.to || d.quoted) continue;
    let k = d.from;
    while (k < d.to && (t[k].pos === 'PUNCT' || t[k].pos === 'CCONJ')) k++;
    if (/^(which|that|this|it)$/.test(t[k]?.lower ?? '') && harmAt(s, k + 1, d.to)) return true;
    if (/ing$/.test(t[k]?.lower ?? '') && harmAt(s, k, d.to) && t[k - 1]?.text === ',') return true;
  }
  if (!next) return false;
  const n = next.tokens;
  let k = 0;
  while (k < n.length && n[k].pos === 'PUNCT') k++;
  return /^(this|that|it)$/.test(n[k]?.lower ?? '') && !n[k].quoted && harmAt(next, k + 1, n.length);
}

/**
 * An act of theirs judged badly in its object: "was displaying non-supportive behavior", "gave careless reviews". A
 * word of praise negated by its prefix is a judgment too ("non-supportive", "unhelpful").
 */
function judgedAct(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  for (let k = i + 1; k < Math.min(c.to, i + 5); k++) {
    if (t[k].pos === 'VERB' || t[k].pos === 'ADP') return false;
    if (badlyJudged(s, k) || (t[k].pos === 'ADJ' && prefixNegated(t[k].lower))) return true;
  }
  return false;
}

/** "non-supportive", "unhelpful", "uncooperative": a word of praise with a negating prefix. */
function prefixNegated(w: string): boolean {
  const m = /^(non-?|un)(\w{4,})$/.exec(w);
  return !!m && polarity(m[2]) >= 0.3;
}

/** The clause tells a failing act: something not done, done without the others, or a failure. */
function failingAct(s: Sentence, d: Clause): boolean {
  const t = s.tokens;
  for (let k = d.from; k < d.to; k++) {
    const x = t[k];
    if (x.quoted || (x.pos !== 'VERB' && !COOPERATION_VERBS.has(x.lower))) continue;
    if ((COOPERATION_VERBS.has(x.lower) || !MINDS.test(x.lower)) && verbNegated(s, d, k)) return true;
    if (withoutOthers(s, d, k) || (ACCUSING.has(x.lower) && !negatedAt(s, k)) || (FAILURE_VERBS.has(x.lower) && !negatedAt(s, k) && !passive(s, k))) return true;
    // "who let the security review sit untouched", "who left our request unanswered"
    if (/^(let|left|leave|leaves)$/.test(x.lower) && t.slice(k + 1, d.to).some((y) => /^un\w+(ed|en)$/.test(y.lower))) return true;
  }
  return false;
}

/** A setback on the speaker's side in a clause: a failure verb or noun, or "late", "behind", "wrong". */
function setbackIn(s: Sentence, d: Clause): boolean {
  const t = s.tokens;
  for (let k = d.from; k < d.to; k++) {
    const x = t[k];
    if (x.quoted) continue;
    // (a failure verb whose object is another party is their setback: "the dependency that was blocking the other team")
    if (FAILURE_VERBS.has(x.lower) && x.pos === 'VERB' && isOther(phraseAt(s, k + 1, d.to).actor)) continue;
    // (a verb of failure used as a noun names a thing: "to make sure we had a block of time")
    if (((FAILURE_VERBS.has(x.lower) && !usedAsNoun(s, k)) || FAILURE_NOUNS.has(x.lower) || SETBACK_WORDS.has(x.lower)) && !COOPERATION_VERBS.has(x.lower) && k !== d.subjectFrom) return true;
    // "our checkout was down for four hours", "the site went down": out of service
    // (or "dark", "offline": "checkout was dark for most of a Friday", "the site went offline")
    if (/^(down|dark|offline)$/.test(x.lower) && k > d.from && /^(was|were|is|are|went|go|goes|gone|been|stayed)$/.test(t[k - 1].lower)) return true;
    // time thrown away: "we burned the whole sprint", "wasted two weeks" (not "spent", which is neutral)
    if (TIME_SPENDING_VERBS.has(x.lower) && /^(burn|burned|burnt|burning|waste|wasted|wasting)$/.test(x.lower) && x.pos === 'VERB' && timeObject(s, k + 1, d.to)) return true;
  }
  return false;
}

/** A span of time as the object from k: "the whole sprint", "two weeks", "a month". */
function timeObject(s: Sentence, k: number, to: number): boolean {
  const t = s.tokens;
  for (let j = k; j < Math.min(to, k + 4); j++) {
    if (DURATIONS.test(t[j].lower)) return true;
    if (!/^(DET|NUM|ADJ|ADV)$/.test(t[j].pos)) return false;
  }
  return false;
}

/**
 * A clause coordinated into a condition: "if you promise something and then don't deliver", "if the vendor slipped
 * and then did not tell us". With no subject of its own it belongs to the condition before it, whatever subject the
 * clause splitter lent it.
 */
function inCondition(s: Sentence, c: Clause): boolean {
  const t = s.tokens;
  let k = s.clauses.indexOf(c);
  while (k > 0) {
    const d = s.clauses[k];
    if (d.subjectFrom !== undefined || !/^(and|or|then|,)$/.test(t[d.from]?.lower ?? '')) return false;
    k--;
    const before = s.clauses[k];
    if (/^(if|unless|whether|when|whenever)$/.test(t[before.from]?.lower ?? '')) return true;
  }
  return false;
}


/**
 * The clause tells a failing of conduct: something withheld, failed, done late or half, done again and again, or
 * judged badly ("kept changing the screens", "waved it through without running the suite", "left the config half
 * done", "pushed an untested config"). A neutral act given as a cause ("because the vendor throttled large files",
 * "because they build trust") is a root cause or a reason, not blame.
 */
function failingConduct(s: Sentence, d: Clause): boolean {
  const t = s.tokens;
  if (d.negated || failingAct(s, d) || habitIn(s, d) || setbackIn(s, d)) return true;
  if (d.verb !== undefined && (spentLong(s, d, mainVerb(s, d) ?? d.verb) || letDown(s, mainVerb(s, d) ?? d.verb))) return true;
  // (what follows it in a relative clause or a coordinated verb is part of the act: "handed over mockups that
  // ignored the spec", "left the config half done and went home")
  const n = s.clauses[s.clauses.indexOf(d) + 1];
  if (n && !n.quoted && (/^(who|that|which)$/.test(t[n.from]?.lower ?? '') || (n.subjectFrom === undefined && /^(and|,)$/.test(t[n.from]?.lower ?? ''))) && failingConduct(s, n)) return true;
  for (let k = d.from; k < d.to; k++) {
    const x = t[k];
    if (x.quoted) continue;
    if (/^(half|late|without|never|untested|unanswered|unreviewed)$/.test(x.lower) || badlyJudged(s, k) || polarity(x.lower) < 0 || NEGATORS_OF_ACTION.test(x.lower)) return true;
  }
  return false;
}

/** A form of "be" just before index `k` (past adverbs and negators): "was my call", "wasn't really my idea". */
function copulaBefore(s: Sentence, k: number): boolean {
  const t = s.tokens;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (COPULAS.has(t[j].lower)) return true;
    if (t[j].pos !== 'ADV' && t[j].pos !== 'PART' && !NEGATORS_OF_ACTION.test(t[j].lower)) return false;
  }
  return false;
}

/**
 * Victim framing: the speaker's side "set up to fail" or "set up for failure", by others unnamed ("we were set up to
 * fail from the start", "I had been set up for failure") or named ("they set us up to fail"). The failure is given to
 * what others arranged, with no share taken. Not "set up a failover" or "set them up to succeed".
 */
function setUpToFail(s: Sentence): Hit | undefined {
  const t = s.tokens;
  for (let i = 0; i + 3 < t.length; i++) {
    if (t[i].lower !== 'set' || t[i].quoted) continue;
    // "were set up", "set us up", "set me up"
    const object = SPEAKER_OBJECTS.has(t[i + 1]?.lower ?? '');
    const up = object ? i + 2 : i + 1;
    if (t[up]?.lower !== 'up') continue;
    const fail = (t[up + 1]?.lower === 'to' && FAILURE_VERBS.has(t[up + 2]?.lower ?? '')) || (t[up + 1]?.lower === 'for' && FAILURE_NOUNS.has(t[up + 2]?.lower ?? ''));
    if (!fail || negatedAt(s, i, 4)) continue;
    const c = clauseAt(s, i);
    if (!c || c.quoted || c.negated) continue;
    // the speaker's side was set up (a passive of I or we), or another party set the speaker up
    // ("my team was set up to fail": the speaker's own side)
    const passiveSelf = (isSelf(c.subject) || (c.ownSide && c.subject !== 'thing')) && t.slice(c.from, i).some((x) => PASSIVE_AUX.test(x.lower));
    const byParty = object && isOther(c.subject);
    if (passiveSelf || byParty) return { start: t[c.subjectFrom ?? i].start, end: t[up + 2].end, why: 'says others set you up to fail' };
  }
  return undefined;
}

/**
 * A cost on the speaker's side or of the work told in another clause of the sentence: "..., and the beta slipped into
 * January", "and we lost the account", "and we went live with two screens missing" (not what a thing does in a
 * present relative clause, not someone else's words).
 */
function costIn(s: Sentence, c: Clause): boolean {
  return s.clauses.some((d) => d !== c && !isOther(d.subject) && !d.quoted && !d.negated && setbackIn(s, d) && !d.describes);
}

/** The head of the phrase [from, to) is a party, or a thing a party owns ("the platform group", "legal", "their sign-off"). */
function partyHead(s: Sentence, from: number, to: number): boolean {
  const head = s.tokens[to - 1];
  if (!head) return false;
  if (head.pos === 'PRON' && /^(them|him|her|they)$/.test(head.lower)) return true;
  if (namesParty(s, to - 1, to) && !(to - 1 > from && ACTIVITY_GROUPS.has(head.lower) && /^(NOUN|PROPN|ADJ)$/.test(s.tokens[to - 2].pos))) return true;
  return ownedByParty(s, from, to);
}

/** A party owns something in the phrase [from, to): "their export", "the partner's API", "the vendor's rushed patch". */
function ownedByParty(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let k = from; k < to - 1; k++) {
    if (/^(their|his)$/.test(t[k].lower)) return true;
    if ((t[k + 1]?.lower === "'s" || t[k + 1]?.lower === '’s') && namesParty(s, from, k + 1)) return true;
  }
  return false;
}

/**
 * The owner of a clause's subject is a party: "their export" or "the partner's API" (the subject phrase may start after
 * the possessive: "The partner's | API went down").
 */
function subjectOwnedByParty(s: Sentence, c: Clause): boolean {
  if (c.subjectFrom === undefined || c.subjectTo === undefined) return false;
  if (ownedByParty(s, c.subjectFrom, c.subjectTo)) return true;
  const t = s.tokens;
  let k = c.subjectFrom - 1;
  while (k >= 0 && (t[k].pos === 'ADJ' || (t[k].pos === 'VERB' && /ed$/.test(t[k].lower)))) k--;
  if (k >= 0 && /^(their|his)$/.test(t[k].lower)) return true;
  if (k < 1 || (t[k].lower !== "'s" && t[k].lower !== '’s')) return false;
  let a = k - 1;
  while (a > 0 && /^(DET|ADJ|NOUN|PROPN)$/.test(t[a - 1].pos)) a--;
  return namesParty(s, a, k);
}

/**
 * The speaker's side waiting on another party, with what it cost: "we spent six weeks waiting on the platform group
 * for a staging cluster, and the beta slipped", "waiting on legal for a sign-off that never came". Not waiting told as
 * context with nothing lost ("while we waited for the legal review, I wrote the scripts").
 */
function waitedOnParty(s: Sentence, c: Clause, i: number, next: Sentence | undefined): boolean {
  const t = s.tokens;
  if (!WAITING_VERBS.has(t[i].lower) || !(isSelf(c.subject) || c.subject === 'none' || c.ownSide) || negatedAt(s, i)) return false;
  // (waiting as an alternative or a means is not waiting that happened: "instead of waiting for users to report it",
  // "by waiting for the vendor")
  if (t[i - 1] && (t[i - 1].pos === 'ADP' || t[i - 1].pos === 'SCONJ' || /^(of|instead|rather|than|without)$/.test(t[i - 1].lower))) return false;
  if (!/^(on|for)$/.test(t[i + 1]?.lower ?? '')) return false;
  const p = phraseAt(s, i + 2, c.to);
  if (p.end <= i + 2 || !isOther(p.actor) || !partyHead(s, i + 2, p.end)) return false;
  const spent = t.slice(c.from, i).some((x) => TIME_SPENDING_VERBS.has(x.lower)) && t.slice(c.from, c.to).some((x) => DURATIONS.test(x.lower));
  const never = t.slice(p.end).some((x) => x.lower === 'never' && !x.quoted);
  return spent || never || costIn(s, c) || nextCost(next);
}

/** Words of a thing handed over unfinished or broken: "half-finished", "untested", "buggy", "full of holes". */
function badThing(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let k = from; k < to; k++) {
    const w = t[k].lower;
    if (badlyJudged(s, k) || (t[k].pos === 'ADJ' && prefixNegated(w)) || /^(half|untested|buggy|unfinished|incomplete|broken|unusable)$/.test(w)) return true;
    if (w === 'full' && t[k + 1]?.lower === 'of') return true;
  }
  return false;
}

/**
 * Another party handed the speaker's side something bad, with what it cost: "the outsourcing firm handed us a
 * half-finished app ..., and we went live with two screens missing", "the previous team left us with an untested
 * billing module, and the first invoice run failed".
 */
function handedBad(s: Sentence, c: Clause, i: number, next: Sentence | undefined): boolean {
  const t = s.tokens;
  if (!HANDING_VERBS.has(t[i].lower) || negatedAt(s, i) || passive(s, i)) return false;
  const rest = t.slice(i + 1, c.to);
  const toUs = rest.some((x) => SPEAKER_OBJECTS.has(x.lower) || /^(our|my)$/.test(x.lower));
  return toUs && badThing(s, i + 1, c.to) && (costIn(s, c) || nextCost(next));
}

/**
 * A thing of another party failed, with the speaker's loss told with it: "the partner's API went down twice during
 * the pilot and we lost the account", "their build broke and we missed the release".
 */
function partyThingFailed(s: Sentence, c: Clause, i: number, next: Sentence | undefined): boolean {
  const t = s.tokens;
  if (c.subject !== 'thing' || !subjectOwnedByParty(s, c)) return false;
  const w = t[i].lower;
  const failed = (FAILURE_VERBS.has(w) && !COOPERATION_VERBS.has(w) && !passive(s, i)) || /^(crash|crashed|crashes)$/.test(w) || (/^(go|goes|went|gone)$/.test(w) && /^(down|dark|offline)$/.test(t[i + 1]?.lower ?? ''));
  return failed && !negatedAt(s, i) && (costIn(s, c) || nextCost(next));
}

/** Nouns of a duty or a fault that "whose ... was it?" asks the owner of: "whose job was it to renew it?". */
const DUTY_ASKED = /^(job|fault|responsibility|call|task|duty|idea|decision|mistake)$/;

/**
 * A rhetorical question that asks who did the harm, answered at once with another party or with a denial of the
 * speaker's side: "Guess which team forgot to renew that certificate? Not ours.", "And whose job was it to renew it?
 * The infrastructure group's, not ours", "And who changed the schema two days before go-live without a word? The
 * platform team." The question asks "who", "whose" or "which" of a failing (a verb of failure, or a duty or fault
 * asked the owner of), and the next sentence opens with a party or "not ours"/"not us". Not a question left open, not
 * one answered with the speaker ("Who missed it? Me."), not one about a success ("Who found the leak? Our tester.").
 */
function rhetoricalCulprit(s: Sentence, next: Sentence | undefined): Hit | undefined {
  const t = s.tokens;
  if (!next || t[t.length - 1]?.text !== '?') return undefined;
  // ("And guess who had signed it off?": the openers, then the invitation to guess)
  let k = pastOpeners(t, 0, false);
  if (t[k]?.lower === 'guess') k = pastOpeners(t, k + 1, false);
  if (!/^(who|whose|which)$/.test(t[k]?.lower ?? '')) return undefined;
  // (or an act whose object is a bad thing: "who had ordered the wrong grade in the first place?")
  const acted = t.findIndex((x, j) => j > k && x.pos === 'VERB' && !MINDS.test(x.lower));
  const failing = t.slice(k + 1).some((x, j) => (FAILURE_VERBS.has(x.lower) && x.pos === 'VERB' && !COOPERATION_VERBS.has(x.lower)) || (t[k].lower === 'whose' && j === 0 && DUTY_ASKED.test(x.lower))) || (acted > 0 && badThing(s, acted + 1, t.length));
  if (!failing || t.slice(k + 1).some((x) => x.lower === 'not' || x.lower === "n't" || x.lower === 'never')) return undefined;
  const u = next.tokens;
  let a = 0;
  while (a < u.length && (/^(exactly|right|yes|well|genau|correct)$/.test(u[a].lower) || u[a].pos === 'PUNCT')) a++;
  if (u[a]?.lower === 'not' && /^(ours|us|mine|me|we)$/.test(u[a + 1]?.lower ?? '')) return { start: s.start, end: u[a + 1].end, why: 'asks who caused the failure and answers with another party' };
  // a party heads the answer: "The infrastructure group's", "The platform team."
  const who = phraseAt(next, a);
  if (who.end <= a || !isOther(who.actor) || !namesParty(next, a, who.end) || /^(i|we|me|us|my|our)$/.test(u[a].lower)) return undefined;
  // (the answer is short, or says it is not the speaker's side: not a sentence the party opens with a new act)
  const rest = u.slice(who.end);
  const short = who.end + 2 >= u.length || /^(,|;|:|'s|’s|—|–|-)$/.test(u[who.end]?.text ?? '') || rest.some((x, j) => x.lower === 'not' && /^(ours|us|mine|me)$/.test(rest[j + 1]?.lower ?? ''));
  return short ? { start: s.start, end: u[who.end - 1].end, why: 'asks who caused the failure and answers with another party' } : undefined;
}

/** A clause of another party's act, told as done (not denied, not quoted, not a condition), in [from, to) of a sentence. */
function partyActIn(s: Sentence, from: number, to: number): boolean {
  return s.clauses.some((c) => c.from >= from && c.from < to && !c.quoted && !c.negated && c.verb !== undefined && party(s, c) && !inCondition(s, c) && !/^(if|unless|whether|when|whenever)$/.test(s.tokens[c.from]?.lower ?? ''));
}

/**
 * The listener left to infer what another party's act cost (nlp/rhetoric.ts leftToGuess): "The requirements changed
 * four times, each on a Friday. I'll let you guess how the deadline went.", "the courier pushed a breaking change
 * without a word. Guess who spent Monday on the phone explaining the delay.", "Three guesses why: marketing. They
 * rewrote the copy twice." The frame asks an outcome, a who, a why or "the rest"; another party acts just before it
 * (or, for a who or a why, answers it after); and a setback is told there, unless the frame itself leaves the outcome
 * to guess. Only where the answer takes no share anywhere (the caller's guard).
 */
function guessedBlame(s: Sentence, prev: Sentence | undefined, next: Sentence | undefined): Hit | undefined {
  const g = leftToGuess(s);
  if (!g || g.asks === 'other') return undefined;
  const t = s.tokens;
  const before = partyActIn(s, 0, g.at) || (prev !== undefined && !ownsShare(prev) && partyActIn(prev, 0, prev.tokens.length));
  const answered = (g.asks === 'who' || g.asks === 'why') && (t.some((x, k) => k > g.at && x.text === ':' && partyActIn(s, k, t.length)) || t.some((x, k) => k > g.at && x.text === ':' && namesParty(s, k + 1, t.length)) || (next !== undefined && partyActIn(next, 0, 1)));
  if (!before && !answered) return undefined;
  // (a why answered with a party asks the cause of what went wrong; not where the frame praises: "guess who loved it")
  if (t.some((x) => !x.quoted && !x.negated && polarity(x.lower) >= 0.4)) return undefined;
  const setback = g.asks === 'outcome' || (g.asks === 'why' && answered) || failureInSentence(s, -1) || (prev !== undefined && failureInSentence(prev, -1)) || (next !== undefined && failureInSentence(next, -1));
  if (!setback) return undefined;
  return { start: s.start, end: s.end, why: 'leaves the listener to infer that another party caused what went wrong' };
}

/** Words of arrival or handing over: what comes late is told by one of them ("arrived", "came in", "was delivered"). */
const ARRIVED = /^(arrive|arrives|arrived|came|come|comes|landed|lands|delivered|delivers|turned|showed|reached|reaches)$/;
/** A time a delivery was due: a week, a day, a month, a weekday, or a month by name (quantity.ts MONTHS). */
const DUE_TIMES = new RegExp(`^(?:week|day|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTHS})$`);
/** A date or a moment work is due by: what "after"/"before" measures lateness against. */
const DUE_POINTS = /^(deadline|deadlines|launch|go-live|golive|cut-off|cutoff|cutover|cut-over|freeze|release|demo|date|due|kickoff|kick-off|start|opening|campaign|sale|audit|review|go)$/;

/**
 * A party's deliverable, or the party delivering it, arrived late against a date, outside the setup: "the agency's
 * photos arrived the night before launch", "the screens from the design agency came in on week five instead of week
 * two", "the vendor delivered the SDK three weeks late". The clause's subject is the party or a thing of theirs (by a
 * possessive or "from" a party); lateness is told by "late", "overdue", "instead of" a time, "after" a due point, or a
 * last-minute "the night before" one. Not negated ("the keys never arrived late"), not when the speaker's side is the
 * subject ("our parts arrived late from the vendor" is still theirs, read by "from").
 */
function lateArrival(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  if (!ARRIVED.test(t[i].lower) || negatedAt(s, i) || isSelf(c.subject) || c.ownSide) return false;
  if (c.subjectFrom === undefined || c.subjectTo === undefined) return false;
  // whose it is: the party ("the vendor delivered ..."), a thing of theirs ("the agency's photos", "their keys"), or
  // a thing "from" a party ("the screens from the design agency")
  let theirs = (party(s, c) && namesParty(s, c.subjectFrom, c.subjectTo)) || subjectOwnedByParty(s, c);
  if (!theirs && c.subject === 'thing') {
    for (let k = c.subjectFrom; k < i && !theirs; k++) if (t[k].lower === 'from' && !t[k].quoted) theirs = namesParty(s, k + 1, i) || partyHead(s, k + 1, Math.min(i, c.subjectTo + 4));
  }
  if (!theirs) return false;
  for (let k = i + 1; k < c.to; k++) {
    const w = t[k].lower;
    if (t[k].quoted) continue;
    if ((w === 'late' || w === 'overdue') && !/^(not|never|n't)$/.test(t[k - 1].lower)) return true;
    if (w === 'instead' && t[k + 1]?.lower === 'of' && t.slice(k + 2, Math.min(c.to, k + 7)).some((x) => x.pos === 'NUM' || DUE_TIMES.test(x.lower))) return true;
    if (w === 'after' || w === 'past') {
      for (let j = k + 1; j < Math.min(c.to, k + 4); j++) if (DUE_POINTS.test(t[j].lower)) return true;
    }
    if (w === 'before' && /^(night|evening|morning|day|hours|hour|minutes)$/.test(t[k - 1]?.lower ?? '')) {
      for (let j = k + 1; j < Math.min(c.to, k + 4); j++) if (DUE_POINTS.test(t[j].lower)) return true;
    }
  }
  return false;
}

/**
 * A cleft that makes a party, or a thing of theirs, what did the harm: "it was the vendor's rushed patch that took
 * checkout down for a day", "it was the ops team who broke the failover". Not one that credits them ("it was the
 * vendor's engineer who found the leak and saved our launch").
 */
function cleftBlame(s: Sentence, c: Clause): Hit | undefined {
  const t = s.tokens;
  if (c.subjectFrom === undefined || t[c.subjectFrom].lower !== 'it' || c.verb === undefined || !COPULAS.has(t[c.verb].lower) || negatedAt(s, c.verb)) return undefined;
  // the focus: a noun phrase, with a possessive and a participle before its noun ("the vendor's rushed patch"), then
  // "that" or "who"
  const at = c.verb + 1;
  let end = at;
  while (end < Math.min(t.length, at + 8) && (/^(DET|ADJ|NUM|NOUN|PROPN|PART)$/.test(t[end].pos) || t[end].lower === "'s" || (t[end].pos === 'VERB' && t[end + 1]?.pos === 'NOUN') || (t[end].pos === 'PRON' && !/^(that|who)$/.test(t[end].lower)))) end++;
  if (end === at || !/^(that|who)$/.test(t[end]?.lower ?? '')) return undefined;
  if (!((isOther(phraseAt(s, at, end).actor) && namesParty(s, at, end)) || ownedByParty(s, at, end))) return undefined;
  const d = clauseAt(s, end);
  if (!d || d.quoted) return undefined;
  for (let k = end + 1; k < d.to; k++) {
    const x = t[k];
    if (x.pos !== 'VERB' || negatedAt(s, k)) continue;
    const w = x.lower;
    const down = t.slice(k + 1, Math.min(d.to, k + 4)).some((y) => y.lower === 'down') && /^(took|take|takes|brought|bring|brings|knocked|knock|pulled)$/.test(w);
    if ((FAILURE_VERBS.has(w) && !COOPERATION_VERBS.has(w)) || HARM.test(w) || down || (/^(cost|costs)$/.test(w) && /^(us|me|our|my)$/.test(t[k + 1]?.lower ?? ''))) {
      return { start: t[c.subjectFrom].start, end: t[Math.min(d.to - 1, k + 3)].end, why: 'gives another party as the cause of the failure' };
    }
  }
  return undefined;
}

/** "replying", "answering", "responding", "testing": the -ing form of a verb of cooperation. */
function cooperationIng(w: string): boolean {
  if (!w.endsWith('ing')) return false;
  const stem = w.slice(0, -3);
  return COOPERATION_VERBS.has(stem) || COOPERATION_VERBS.has(stem + 'e') || (/(.)\1$/.test(stem) && COOPERATION_VERBS.has(stem.slice(0, -1)));
}

/**
 * "by the time ..." after an act, with what the speaker's side lost by then told in the past perfect or as a setback:
 * "by the time the scanners arrived our pilot window had closed", "by the time it came back the budget had been
 * reassigned" (not "by the time they answered, I had already fixed it": the speaker's own clause is no loss).
 */
function lostByThen(s: Sentence, after: number): boolean {
  const t = s.tokens;
  for (let k = after + 1; k + 2 < t.length; k++) {
    if (t[k].lower !== 'by' || t[k + 1].lower !== 'the' || t[k + 2].lower !== 'time' || t[k].quoted || negatedAt(s, k)) continue;
    for (let j = k + 3; j < t.length; j++) {
      // (the past perfect of what was not the speaker's: "our pilot window had closed", "the budget had been reassigned")
      if (t[j].lower === 'had' && (t[j + 1]?.pos === 'VERB' || t[j + 1]?.lower === 'been') && !t[j].quoted && !/^(i|we)$/.test(t[j - 1]?.lower ?? '') && !negatedAt(s, j + 1)) return true;
    }
    return s.clauses.some((d) => d.to > k + 3 && !d.quoted && !isSelf(d.subject) && !isOther(d.subject) && !d.negated && setbackIn(s, d));
  }
  return false;
}

/** A form of "be" or "get" before the participle at i, past adverbs: "I was left", "we were kept", "we got handed". */
function passiveBefore(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  for (let k = i - 1; k >= Math.max(c.from, i - 3); k--) {
    if (PASSIVE_AUX.test(t[k].lower)) return true;
    if (t[k].pos !== 'ADV' && t[k].pos !== 'PART') return false;
  }
  return false;
}

/** The object from k lacks what it needed: "a codebase with no tests", "a schema without documentation". */
function lacking(s: Sentence, k: number, to: number): boolean {
  const t = s.tokens;
  for (let j = k; j < to; j++) if (!t[j].quoted && (t[j].lower === 'without' || (t[j].lower === 'no' && t[j - 1]?.lower === 'with'))) return true;
  return false;
}

/**
 * Victim framing in the passive, the speaker's side as the one acted on: left stranded by others, named or not ("I
 * was left holding the bag when the vendor went quiet", "we were hung out to dry"); kept uninformed, with a cost told
 * ("we were kept in the dark until a week before go-live, so the integration was late"); or, outside the setup, handed
 * something bad, lacking or changing, with a cost told ("we were given a spec that changed every week, and the release
 * slipped", "we were handed a codebase with no tests, and the launch slipped"). Not a condition, a denial, or
 * something handed that cost nothing ("we were given a spec that changed weekly, so I set up a Friday sign-off").
 */
function victimPassive(s: Sentence, next: Sentence | undefined, setupPart: boolean): Hit | undefined {
  const t = s.tokens;
  for (const c of s.clauses) {
    if (c.quoted || c.negated || c.verb === undefined || !(isSelf(c.subject) || (c.ownSide && c.subject !== 'thing'))) continue;
    if (/^(if|unless|whether|when|whenever)$/.test(t[c.from]?.lower ?? '') || inCondition(s, c)) continue;
    for (let i = c.verb; i < Math.min(c.to, c.verb + 4); i++) {
      const w = t[i].lower;
      if (t[i].pos !== 'VERB' || !passiveBefore(s, c, i) || negatedAt(s, i)) continue;
      const hit = { start: t[c.subjectFrom ?? i].start, end: t[Math.min(c.to - 1, i + 4)].end, why: 'casts you as the victim of what others did' };
      if (STRANDING_VERBS.has(w) && idiomAt(s, i + 1, STRANDED_IDIOMS)) return hit;
      // (the cost told after it, not in a relative clause that describes what was handed: "a dataset that had a lot of
      // missing values" is the thing, not a loss)
      const n = s.clauses[s.clauses.indexOf(c) + 1];
      const relative = n !== undefined && !n.quoted && /^(that|which|who)$/.test(t[n.from]?.lower ?? '');
      const cost = s.clauses.some((d) => d.from > c.from && d !== c && !(relative && d === n) && !isOther(d.subject) && !d.quoted && !d.negated && !d.describes && setbackIn(s, d)) || nextCost(next);
      if (STRANDING_VERBS.has(w) && idiomAt(s, i + 1, UNINFORMED_IDIOMS) && cost) return hit;
      if (setupPart || !HANDING_VERBS.has(w) || !cost) continue;
      const changing = relative && (habitIn(s, n) || failingAct(s, n));
      if (badThing(s, i + 1, c.to) || lacking(s, i + 1, c.to) || changing) return hit;
    }
  }
  return undefined;
}

/**
 * Understatement: a thing the speaker's side received judged with an aside that softens it so as to say it ("the
 * handover was, let's say, light", "the documentation was, to put it kindly, thin"), with a cost told in the sentence
 * or opening the next ("..., and we lost three weeks"). Not the speaker's own ("my notes were, let's say, light") and
 * not with a share taken (read before this: "..., and that was on me").
 */
function understated(s: Sentence, next: Sentence | undefined): Hit | undefined {
  const t = s.tokens;
  // (or the sentence opens on a frame that softens what it says: "Let's just say the documentation we inherited was
  // optimistic, and the cutover failed", "Suffice it to say ...")
  let frame = 0;
  while (frame < t.length && t[frame].pos === 'PUNCT') frame++;
  const framed = (t[frame]?.lower === 'let' && t[frame + 1]?.lower === "'s" && (t[frame + 2]?.lower === 'say' || (t[frame + 2]?.pos === 'ADV' && t[frame + 3]?.lower === 'say'))) || (t[frame]?.lower === 'suffice' && t[frame + 1]?.lower === 'it' && t[frame + 3]?.lower === 'say');
  for (const c of s.clauses) {
    // (in the frame, the clause after it opens on a noun phrase with a copula in it, whatever subject a relative
    // clause lent it: "the documentation we inherited from the previous team was optimistic")
    const inFrame = framed && c.from > frame && c.from <= frame + 5 && t[c.from].pos === 'DET' && !/^(my|our)$/.test(t[c.from].lower) && t.slice(c.from, c.to).some((x) => COPULAS.has(x.lower));
    if (inFrame && !c.quoted && !c.negated) {
      if (s.clauses.some((e) => e.from > c.from && !isOther(e.subject) && !e.quoted && !e.negated && !e.describes && setbackIn(s, e)) || nextCost(next)) return { start: t[c.from].start, end: t[c.to - 1].end, why: 'hints that another party cost you the result' };
    }
    if (c.quoted || c.negated || c.verb === undefined || !COPULAS.has(t[c.verb].lower) || isSelf(c.subject) || c.ownSide) continue;
    if (c.subjectFrom !== undefined && (/^(it|this|that|which|there)$/.test(t[c.subjectFrom].lower) || /^(my|our)$/.test(t[c.subjectFrom].lower))) continue;
    if (negatedAt(s, c.verb + 1)) continue;
    // the aside: between commas right after the verb or after what it says ("was, let's say, light", "was thin, to put
    // it kindly,")
    let aside: [number, number] | undefined;
    for (let j = c.verb + 1; j < Math.min(t.length, c.verb + 4) && !aside; j++) {
      if (t[j].text !== ',') continue;
      let close = j + 1;
      while (close < Math.min(t.length, j + 8) && t[close].pos !== 'PUNCT') close++;
      const gentle = t.slice(j + 1, close).some((x, n, a) => EUPHEMISM_MARKERS.has(x.lower) && (x.lower !== 'say' || /^('s|we)$/.test(a[n - 1]?.lower ?? '')));
      if (gentle) aside = [j, close];
    }
    if (!aside) continue;
    const d = clauseAt(s, aside[0] + 1);
    const cost = s.clauses.some((e) => e !== c && e !== d && e.from > c.from && !isOther(e.subject) && !e.quoted && !e.negated && !e.describes && setbackIn(s, e));
    if (cost || nextCost(next)) return { start: t[c.subjectFrom ?? c.from].start, end: t[Math.min(t.length - 1, aside[1])].end, why: 'hints that another party cost you the result' };
  }
  return undefined;
}

/**
 * Sarcasm about another party's conduct: "the data team's idea of a handoff was a Slack emoji", "their idea of testing
 * was clicking around", with a cost told in the sentence or opening the next ("..., and we burned the whole sprint").
 */
function ideaOf(s: Sentence, next: Sentence | undefined): Hit | undefined {
  const t = s.tokens;
  for (let k = 1; k + 2 < t.length; k++) {
    if (t[k].lower !== 'idea' || t[k + 1].lower !== 'of' || t[k].quoted) continue;
    // (only a mind has an idea of how to do its work: whoever owns one is a party, "the reseller's idea of support")
    const owner = possessorBefore(s, k);
    if (!owner || isSelf(owner) || (owner === 'thing' && /^(it|its)$/.test(t[k - 1]?.lower ?? ''))) continue;
    const c = clauseAt(s, k);
    if (!c || c.quoted || c.negated || c.verb === undefined || c.verb <= k || !COPULAS.has(t[c.verb].lower) || negatedAt(s, c.verb)) continue;
    if (costIn(s, c) || nextCost(next)) return { start: t[Math.min(k - 1, c.subjectFrom ?? k - 1)].start, end: t[Math.min(c.to - 1, c.verb + 3)].end, why: 'mocks another party as the cause of what went wrong' };
  }
  return undefined;
}

/**
 * The sentence is a plan, not a report: a clause of the speaker's with "would", "'d", "will" or "'ll" and no "have"
 * after it ("I'd ask the two teams what they are not getting from us", "Then I would pick the smallest thing, because
 * a team that has not shipped needs ..."): what it says of others is what the speaker means to look into.
 */
function planned(s: Sentence): boolean {
  const t = s.tokens;
  return s.clauses.some((c) => {
    if (c.quoted || !isSelf(c.subject) || c.subjectTo === undefined) return false;
    const k = c.subjectTo;
    const m = t[k]?.lower ?? '';
    if (!/^(would|'d|’d|will|'ll|’ll)$/.test(m)) return false;
    const n = NEGATORS_OF_ACTION.test(t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    return t[n]?.lower !== 'have' && t[n]?.pos === 'VERB';
  });
}

/**
 * What went wrong followed from the speaker's own act, told first: "I changed the contract myself without a
 * versioned endpoint, so the agency's build broke twice" (a clause of "I", then "so" or "which meant" before `at`).
 */
function speakerCaused(s: Sentence, at: number): boolean {
  const t = s.tokens;
  const k = t.findIndex((x) => x.start >= at);
  if (k <= 0) return false;
  // (the finding opens the clause "so" opens: "..., so the agency's build broke")
  for (let j = k + 1; j > 0 && j >= k - 2; j--) {
    if (t[j].lower !== 'so' && !(t[j].lower === 'meant' && t[j - 1]?.lower === 'which')) continue;
    if (t[j].lower === 'so' && /^(that|far|much|many|long)$/.test(t[j + 1]?.lower ?? '')) continue;
    // (an act of the speaker's told as a lapse: "without ...", "I forgot", "I misread"; not "I filed the ticket in
    // March, so the vendor sat on it")
    return s.clauses.some((c) => c.to <= j + 1 && c.subject === 'I' && !c.quoted && !c.negated && t.slice(c.from, Math.min(c.to, j)).some((x) => x.lower === 'without' || OWN_LAPSES.has(x.lower) || (FAILURE_VERBS.has(x.lower) && !COOPERATION_VERBS.has(x.lower))));
  }
  return false;
}

/** A word that names another party: a person, a group, a function, a pronoun for others; not the public. */
function partyWord(x: Token): boolean {
  const w = x.lower;
  if (PUBLIC_NOUNS.has(w)) return false;
  return PERSON_NOUNS.has(w) || GROUP_NOUNS.has(w) || ACTIVITY_GROUPS.has(w) || PEOPLE_PRONOUNS.has(w) || GROUP_PRONOUNS.has(w) || /^(him|her)$/.test(w);
}

/** Where the noun phrase from `from` ends: at punctuation (not a possessive's apostrophe), a preposition other than
 * "of", a conjunction, an infinitive's "to" or a relative pronoun. */
function reachOf(s: Sentence, from: number, limit = 8): number {
  const t = s.tokens;
  let j = from;
  while (j < t.length && j < from + limit) {
    const x = t[j];
    if (x.pos === 'PUNCT' && !/^['’]$/.test(x.text)) break;
    if ((/^(ADP|SCONJ|CCONJ)$/.test(x.pos) && x.lower !== 'of') || (x.pos === 'PART' && x.lower === 'to')) break;
    if (j > from && /^(that|who|which|whose)$/.test(x.lower)) break;
    j++;
  }
  return j;
}

const LEARNING_WORDS = /^(learned|learnt|learn|lesson|lessons|taught|realised|realized|takeaway)$/;

/**
 * A lesson of distrust in another party: "I learned that you cannot trust other teams' estimates", "never rely on
 * the platform team's promises", "the vendor's dates can't be trusted", "never take an agency's estimate at face
 * value". The reliance is denied as a rule: to "you" or "one", as advice with no subject, as what the speaker learned
 * not to do, or of the party or their word in the passive. The failure is theirs by implication. Not a reliance
 * spread ("never rely on a single vendor", "not depend solely on the vendor"), a dependency for a purpose ("I learned
 * not to rely on my manager for feedback"), the public ("never trust user input"), the speaker's own side ("not to
 * trust my own estimates"), a condition, or a report of what someone could not do ("the team could not trust the
 * dashboard").
 */
function distrustLesson(s: Sentence): Hit | undefined {
  const t = s.tokens;
  if (yesNoQuestion(s)) return undefined;
  for (const i of spokenTokens(s)) {
    const x = t[i];
    const faceValue = /^(take|takes|took|taken)$/.test(x.lower) && t.slice(i + 1, i + 10).some((y, k, a) => y.lower === 'face' && a[k + 1]?.lower === 'value');
    if ((!RELIANCE_VERBS.has(x.lower) && !faceValue) || x.pos !== 'VERB' || !negatedAt(s, i, 4)) continue;
    const c = clauseAt(s, i);
    if (!c || c.quoted || /^(if|unless|whether|when|whenever|because|since)$/.test(t[c.from]?.lower ?? '')) continue;
    // (nor what someone said or did not say: "nobody said you cannot trust the vendor")
    if (t.slice(Math.max(c.from, i - 3), i).some((y) => SOLE_RELIANCE.has(y.lower)) || t.slice(0, i).some((y) => SPEECH_VERBS.has(y.lower))) continue;
    let from: number;
    let to: number;
    let begin: number | undefined;
    if (/^(be|been)$/.test(t[i - 1]?.lower ?? '')) {
      // the party or their word in the passive: "other teams' estimates can never be trusted"
      from = t[c.from]?.pos === 'SCONJ' || t[c.from]?.lower === 'that' ? c.from + 1 : c.from;
      to = i;
    } else {
      const subject = c.subjectFrom !== undefined ? t[c.subjectFrom].lower : undefined;
      const generic = subject === 'you' || subject === 'one';
      // (advice: the verb opens its clause or follows a colon, with only a negator or an auxiliary before it: "never
      // rely on ...", "The lesson: don't trust ...")
      let open = i - 1;
      while (open >= c.from && /^(never|not|n't|do|does|ever|just|always|simply)$/.test(t[open].lower)) open--;
      const advice = c.subject === 'none' && (open < c.from || t[open].text === ':' || t[open].text === '-' || t[open].text === '—');
      const learned = isSelf(c.subject) && t.slice(0, i).some((y) => LEARNING_WORDS.test(y.lower)) && t[i - 1]?.lower === 'to';
      if (!generic && !advice && !learned) continue;
      if (advice) begin = open + 1;
      from = /^(on|upon|in)$/.test(t[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      to = reachOf(s, from);
      // a dependency for a purpose, not distrust: "not to rely on my manager for feedback", "on others to unblock me"
      if (!faceValue && (t[to]?.lower === 'for' || (t[to]?.lower === 'to' && t[to + 1]?.pos === 'VERB'))) continue;
    }
    const span = t.slice(from, to);
    if (!span.some(partyWord) || span.some((y) => SOLE_RELIANCE.has(y.lower) || /^(my|our|me|us|myself|ourselves)$/.test(y.lower))) continue;
    const first = t[c.from]?.pos === 'SCONJ' || t[c.from]?.lower === 'that' ? c.from + 1 : c.from;
    return { start: t[begin ?? Math.min(first, from)].start, end: t[Math.max(i, to - 1)].end, why: 'draws the lesson that another party cannot be relied on' };
  }
  return undefined;
}

/** A failure on the speaker's side in a clause other than `except` ("the deadline was missed", "we slipped"). */
function failureBeside(s: Sentence, except: Clause): boolean {
  const t = s.tokens;
  return s.clauses.some((d) => {
    if (d === except || d.quoted || (!isSelf(d.subject) && !d.ownSide && d.subject !== 'none' && d.subject !== 'thing')) return false;
    for (let k = d.from; k < d.to; k++) {
      const w = t[k].lower;
      if (((FAILURE_VERBS.has(w) && !usedAsNoun(s, k)) || FAILURE_NOUNS.has(w) || w === 'late' || w === 'behind') && !COOPERATION_VERBS.has(w)) return true;
    }
    return false;
  });
}

/**
 * Work handed over late or never, told in the passive as the cause of the speaker's failure, outside the setup: "the
 * deadline was missed because the specs were handed over late", "we slipped two weeks. The test data was never
 * delivered." The giver goes unnamed, but the cause is their act. Not with an agent on the speaker's side ("sent late
 * by me"), and not with no failure of the speaker's side told with it.
 */
function passiveHandover(s: Sentence, setupPart: boolean, prev?: Sentence): Hit | undefined {
  if (setupPart || yesNoQuestion(s)) return undefined;
  const t = s.tokens;
  for (const c of s.clauses) {
    if (c.quoted || /^(if|unless|whether|once|when|after)$/.test(t[c.from]?.lower ?? '')) continue;
    for (let v = c.from; v < c.to; v++) {
      // (or the work changed under you again and again: "because the requirements were changed three times in the last
      // sprint", "the scope kept being reprioritised")
      const churned = CHURN.test(t[v].lower) && (habitIn(s, c) || repeatedIn(s, c.from, c.to));
      if ((!TRANSFER_VERBS.has(t[v].lower) && !churned) || t[v].pos !== 'VERB' || t[v].quoted) continue;
      // (the participle after a form of "be" or "get", adverbs and negators between: "were sent", "was never delivered")
      let aux = v - 1;
      while (aux > c.from && (t[aux].pos === 'ADV' || t[aux].pos === 'PART')) aux--;
      if (!PASSIVE_AUX.test(t[aux]?.lower ?? '') || v - aux > 3) continue;
      // (late or not at all: "late", "never", "not ... until", "only ... after the freeze")
      const only = t.slice(c.from, c.to).some((y) => y.lower === 'only') && t.slice(v, c.to).some((y) => y.lower === 'after');
      if (!churned && !only && !t.slice(c.from, c.to).some((y) => LATE_OR_UNDONE.has(y.lower))) continue;
      const by = t.findIndex((y, k) => k > v && k < c.to && y.lower === 'by');
      if (by > 0 && isSelf(phraseAt(s, by + 1).actor)) continue;
      // the cause of a failure told in the sentence ("because", "since", or "so" after it), or the failure told just before
      const opener = t[c.from]?.lower ?? '';
      const linked = /^(because|since|as)$/.test(opener) || (/^(due|owing)$/.test(t[c.from - 1]?.lower ?? ''));
      const then = s.clauses.some((d) => d.from > c.from && /^(so|and)$/.test(t[d.from]?.lower ?? ''));
      const before = c === s.clauses[0] && prev !== undefined && !s.clauses.some((d) => isSelf(d.subject)) && ownFailure(prev, prev.tokens.length, true);
      if (((linked || then) && failureBeside(s, c)) || before) return { ...clauseSpan(s, c), why: churned ? 'gives the work changed under you again and again, by someone left unnamed, as the cause of the failure' : 'gives work handed over late or never, by someone left unnamed, as the cause of the failure' };
    }
  }
  return undefined;
}

function findBlame(s: Sentence, next: Sentence | undefined, resultPart: boolean, setupPart: boolean, disowned: boolean, prev?: Sentence, shared = false): Hit | undefined {
  // (the listener left to infer the cost of another party's act: "They changed it four times. I'll let you guess how
  // that went."; the frame's "I'll let you" is no plan of the speaker's)
  const guessed = shared ? undefined : guessedBlame(s, prev, next);
  if (guessed) return guessed;
  const hit = findBlameIn(s, next, resultPart, setupPart, disowned, prev, shared);
  return hit && !planned(s) && !speakerCaused(s, hit.start) && !shareAnswers(next) ? hit : undefined;
}

/**
 * The sentence right after sets the speaker's own share against what was just told, opening with a contrast: "The
 * platform team delivered the API three weeks late. But I had also waited for it instead of building on a stub, and I
 * had not told our customers." (the share said in the same sentence is ownsShare's).
 */
function shareAnswers(next: Sentence | undefined): boolean {
  if (!next) return false;
  const t = next.tokens;
  let k = 0;
  while (k < t.length && t[k].pos === 'PUNCT') k++;
  const contrast = /^(but|though|however|yet|still|equally|admittedly)$/.test(t[k]?.lower ?? '') || (t[k]?.lower === 'that' && t[k + 1]?.lower === 'said') || (t[k]?.lower === 'to' && t[k + 1]?.lower === 'be' && t[k + 2]?.lower === 'fair');
  return contrast && (ownsShare(next) || ownLapse(next));
}

function findBlameIn(s: Sentence, next: Sentence | undefined, resultPart: boolean, setupPart: boolean, disowned: boolean, prev?: Sentence, shared = false): Hit | undefined {
  const t = s.tokens;
  if (ownsShare(s)) return undefined;
  // (a question answered at once with another party asserts: "Guess which team forgot to renew it? Not ours.")
  const culprit = rhetoricalCulprit(s, next);
  if (culprit) return culprit;
  // a yes-or-no question asks, it does not assert: "Was it the vendor's fault? Partly, but I had never asked them"
  if (yesNoQuestion(s)) return undefined;
  const victim = setUpToFail(s) ?? victimPassive(s, next, setupPart) ?? understated(s, next) ?? ideaOf(s, next);
  if (victim) return victim;
  const unreal = counterfactual(s);
  if (unreal) return unreal;
  const caused = resultOfParty(s);
  if (caused) return caused;
  // a lesson of distrust in another party, and work handed over late told in the passive, with no share taken anywhere
  if (!shared) {
    const lesson = distrustLesson(s) ?? passiveHandover(s, setupPart, prev);
    if (lesson) return lesson;
  }
  // only the candidate's own voice: someone else's quoted or reported words are not their judgment
  for (const i of spokenTokens(s)) {
    const tok = t[i];
    const c = spokenClause(s, i);
    if (!c) continue;

    // 1. Fault named: "their fault", "the vendor's fault", "the fault of QA", "X was to blame"; a denied own
    //    fault is a deflection ("it wasn't my fault").
    // (the tagger sometimes calls "fault" a verb after "not": "it was not fault")
    if (FAULT_NOUNS.has(tok.lower) && (tok.pos === 'NOUN' || (tok.pos === 'VERB' && /^(DET|PRON|PART|AUX|ADJ)$/.test(t[i - 1]?.pos ?? '')))) {
      const owner = possessorBefore(s, i) ?? (t[i + 1]?.lower === 'of' || t[i + 1]?.lower === 'lies' || t[i + 1]?.lower === 'was' ? phraseAt(s, t[i + 1].lower === 'of' ? i + 2 : i + 3).actor : undefined);
      // ("I don't think the agency was at fault": the clause's subject is the one at fault, so denying it denies another
      // party's fault, not the speaker's; not when the subject denies it of all it names, "Nobody on the vendor side was
      // at fault")
      const otherAtFault = t[i - 1]?.lower === 'at' && c.subjectFrom !== undefined && c.subjectFrom < i - 1 && !negativeSubject(t, c.subjectFrom) && !isSelf(c.subject) && c.subject !== 'none';
      const negated = negatedAt(s, i, 6);
      const from = possessorBefore(s, i) ? t[Math.max(0, i - 1)].start : tok.start;
      // ("X's doing" names who made a thing, good or bad: blame only with a failure told in the sentence, "the outage was
      // the vendor's doing"; not "the load-balancing script was Ama's doing from start to finish")
      const credit = tok.lower === 'doing' && !failureInSentence(s, i);
      if (owner && isOther(owner) && !negated && !credit) return { start: Math.min(from, tok.start), end: tok.end, why: 'puts the fault on someone else' };
      // (with no owner, only a fault denied by a copula, "it was not a fault"; not a fault of a machine in a clause
      // denied for another reason: "so we would not depend on the vendor for every fault")
      const denied = owner !== undefined || t.slice(c.from, i).some((x) => COPULAS.has(x.lower)) || t[i - 1]?.lower === 'no';
      if ((owner === 'I' || owner === 'we' || owner === undefined) && !otherAtFault && negated && denied && tok.lower === 'fault' && !t.slice(Math.max(0, i - 3), i).some((x) => /^(anyone|anybody|one|nobody)$/.test(x.lower))) return { start: c.subjectFrom !== undefined ? t[c.subjectFrom].start : tok.start, end: tok.end, why: 'denies any fault of yours' };
    }
    // "None of this was my call; the DBA wrote the script": a decision disowned and handed to someone else
    // (the noun is what the copula says it was not: "wasn't my call"; not the object of someone's act: "no one agreed
    // with my idea", "nobody liked my decision")
    if (DISOWNED.has(tok.lower) && tok.pos === 'NOUN' && possessorBefore(s, i) === 'I' && negatedAt(s, i, 6) && copulaBefore(s, i - 1)) {
      const later = s.clauses.filter((d) => d.from > i && !d.quoted);
      const handed = later.some((d) => party(s, d));
      const owned = later.some((d) => s.tokens[d.from].lower === 'but' && isSelf(d.subject));
      if (handed && !owned) return { start: t[c.subjectFrom ?? c.from].start, end: tok.end, why: 'hands the decision to someone else' };
    }
    // "None of that outage was down to me: the network group pushed ...", "it wasn't on us; the vendor shipped a broken
    // SDK": the speaker's share denied, and another party's act told after it (in the sentence or the next one). A share
    // taken is not denied ("the slip was partly down to me"), nor is a duty ("it wasn't on me to approve it").
    if (/^(me|us)$/.test(tok.lower) && (t[i - 1]?.lower === 'on' || (t[i - 1]?.lower === 'to' && t[i - 2]?.lower === 'down')) && t[i + 1]?.lower !== 'to') {
      const denied = c.negated || /^(none|nothing|no|neither)$/.test(t[c.from]?.lower ?? '') || t.slice(c.from, i).some((x) => NEGATORS_OF_ACTION.test(x.lower));
      const linked = c.verb !== undefined && c.verb < i && COPULAS.has(t[c.verb].lower);
      if (denied && linked && !t[i].quoted) {
        const acts = (x: Sentence, from: number) => x.clauses.some((d) => d.from >= from && !d.quoted && party(x, d) && d.verb !== undefined && !verbNegated(x, d, d.verb));
        const owned = s.clauses.some((d) => d.from > i && t[d.from]?.lower === 'but' && isSelf(d.subject));
        if (!owned && (acts(s, i + 1) || (next !== undefined && acts(next, 0) && s.clauses.every((d) => d.from <= i)))) {
          return { start: t[c.subjectFrom ?? c.from].start, end: tok.end, why: 'denies your share and hands the failure to someone else' };
        }
      }
    }
    if (tok.lower === 'blame' && t[i - 1]?.lower === 'to' && party(s, c) && !negatedAt(s, i, 6)) {
      return { ...clauseSpan(s, c), why: 'says who was to blame' };
    }
    // "I blame the vendor", "blamed it on them"
    // (not blame supposed: "If I had blamed the warehouse team, we'd never have found it")
    const supposed = /^(if|unless|had)$/.test(t[c.from]?.lower ?? '') || inCondition(s, c);
    if ((tok.lower === 'blame' || tok.lower === 'blamed') && tok.pos === 'VERB' && isSelf(c.subject) && asserted(tok) && !negatedAt(s, i) && !supposed) {
      const obj = phraseAt(s, i + 1);
      const onThem = t.slice(i + 1, c.to).findIndex((x) => x.lower === 'on');
      const target = onThem >= 0 ? phraseAt(s, i + 2 + onThem).actor : obj.actor;
      if (isOther(target)) return { ...clauseSpan(s, c), why: 'puts the blame on someone else' };
    }
    // "it was on them"
    // (the subject is what went wrong or a pronoun for it, not "my major focus was on Data Analysis"; a contrast
    // may follow: "the slip was on the infra team, not us")
    // "that was down to the data team feeding us stale numbers": the same with "down to"
    const downTo = tok.lower === 'down' && t[i + 1]?.lower === 'to';
    const pronounSubject = /^(it|that|this)$/.test(t[c.subjectFrom ?? -1]?.lower ?? '');
    // (the copula may stand apart from "on": "this slip is entirely on the mobile team")
    let cop = i - 1;
    while (cop > c.from && t[cop].pos === 'ADV') cop--;
    // (a failure noun the tagger read as a verb leaves no subject: "The miss is entirely on the vendor")
    const about = ((c.subject === 'thing' || pronounSubject) && failureOrPronoun(s, c)) || (c.subject === 'none' && t.slice(c.from, cop).some((x) => FAILURE_NOUNS.has(x.lower) || FAILURE_VERBS.has(x.lower)));
    // (or it rests with them: "this delay sits squarely with the mobile squad", "the fault lies with the vendor")
    // (or it belongs to them: "the whole mess belonged to the data team"; a mess is a failure here)
    const belongs = tok.lower === 'to' && /^(belongs|belonged|belong)$/.test(t[cop]?.lower ?? '') && c.verb === cop;
    const restsWith = (tok.lower === 'with' && /^(sits|sat|sit|rests|rested|rest|lies|lay|lie|lain)$/.test(t[cop]?.lower ?? '') && c.verb === cop) || (belongs && (about || messIn(s, c, cop)));
    if ((tok.lower === 'on' || downTo || restsWith) && (about || belongs) && c.verb !== undefined && (restsWith || /^(was|is|were|'s)$/.test(t[cop]?.lower ?? '')) && (c.verb === cop || (c.verb < cop && t[c.verb].pos === 'VERB' && cop - c.verb === 1))) {
      const at = downTo ? i + 2 : i + 1;
      const who = phraseAt(s, at, c.to);
      const rest = t[who.end];
      const ends = who.end >= c.to - 1 || rest?.text === ',' || rest?.text === ';' || rest?.text === ':' || rest?.lower === 'not' || (rest?.pos === 'VERB' && /ing$/.test(rest.lower));
      if (isOther(who.actor) && namesParty(s, at, who.end) && ends && !negatedAt(s, i, 6)) return { ...clauseSpan(s, c), why: 'puts it on someone else' };
    }

    // 1b. Blame by paraphrase, outside the setup: the speaker's side waiting on another party, a party handing the
    //     speaker's side something bad, a thing of theirs failing, each with what it cost; a cleft naming them.
    if (!setupPart && tok.pos === 'VERB' && toldAsDone(s, c, i)) {
      if (waitedOnParty(s, c, i, next)) return { ...clauseSpan(s, c), why: 'makes another party the cause of the delay' };
      if (party(s, c) && handedBad(s, c, i, next)) return { ...clauseSpan(s, c), why: 'makes another party the cause of what went wrong' };
      if (i === mainVerb(s, c) && partyThingFailed(s, c, i, next)) return { ...clauseSpan(s, c), why: 'makes another party the cause of what went wrong' };
      if (!shared && lateArrival(s, c, i)) return { ...clauseSpan(s, c), why: 'makes another party’s late delivery the cause of the miss' };
    }
    if (!setupPart && i === c.from && !c.quoted) {
      const cleft = cleftBlame(s, c);
      if (cleft) return cleft;
    }
    // 2. Another party failed: "the vendor sat on our ticket", "they ignored our warnings", "QA missed it again".
    //    (only for a party's clause; other clauses go on to the cause checks below: "the outage was caused by ...")
    // (an act told as done: not an infinitive, a prediction, or the verb of another subject inside the clause)
    // (or a party's act as the subject, taking long: "Legal's review took five weeks", "their sign-off took a month")
    // (the cheap test first: only a "took"/"takes" with a span after it reads the clause's subject)
    const slowAct = spanTaken(s, i) && !tookLong(s, i) && actOfParty(s, c);
    if ((i === c.verb || (c.verb !== undefined && i > c.verb && i <= c.verb + 3 && tok.pos === 'VERB')) && (party(s, c) || slowAct) && toldAsDone(s, c, i)) {
      const w = tok.lower;
      const negated = negatedAt(s, i);
      const idiom = (/^(drop|dropped|drops)$/.test(w) && t[i + 2]?.lower === 'ball') || (heldUp(s, i) && !passive(s, i)) || letDown(s, i) || leftStranded(s, i);
      const accusing = (idiom || ACCUSING.has(w)) && !negated && (w !== 'sit' && w !== 'sat' && w !== 'sits' ? true : t[i + 1]?.lower === 'on');
      // a passive ("the team was delayed by ...") makes the subject the one who suffered the failure, not its cause
      // (or an act judged badly in what they did, with its harm told: "was displaying non-supportive behavior, which
      // was negatively impacting team morale")
      const harmed = harmTold(s, c, next);
      // (time they spent, "legal spent five weeks on the contract", is a failing only with its cost or a habit told in
      // the sentence, not after a setback told before)
      const failing = ((FAILURE_VERBS.has(w) && !passive(s, i) && !droppedAllElse(s, i)) || (harmed && judgedAct(s, c, i)) || spentLong(s, c, i)) && !negated && !accusing;
      // (not in a relative clause that describes people: "the two engineers who had gone quiet each shipped")
      // any act they did not do ("never passed on the requirements"), done without the others ("changed their API
      // without telling anyone"), or done slowly ("took six weeks to approve")
      const withheld =
        (COOPERATION_VERBS.has(w) && negated) ||
        // (a failing denied is praise: "support never let us down")
        // (not in a restrictive relative clause, which says what kind of people they are: "six developers who had
        // never seen the platform", "patients who did not turn up", "what they need that they are not getting")
        // (nor a misconduct denied, which is praise: "my manager never cancelled our one-to-ones again")
        (tok.pos === 'VERB' && !MINDS.test(w) && !FAILURE_VERBS.has(w) && !MISCONDUCT_VERBS.has(w) && !HARSH_CONDUCT.has(w) && !SPEECH_VERBS.has(w) && !letDown(s, i) && !leftStranded(s, i) && verbNegated(s, c, i) && !unable(s, c, i) && !restrictive(s, c) && !creditOrBlameMoved(s, i)) ||
        (wentSilent(s, i) && !/^(who|that|which)$/.test(t[c.from].lower)) ||
        (!negated && leftIdle(s, i)) ||
        // ("stopped replying", "quit answering our calls": an act of cooperation they ceased)
        (!negated && CESSATION_VERBS.has(w) && cooperationIng(t[i + 1]?.lower ?? '')) ||
        (!negated && withoutOthers(s, c, i)) ||
        // (a cooperation given to nobody is withheld: "told nobody", "informed no one", "warned none of us")
        (!negated && toldNobody(s, i)) ||
        (!negated && (tookLong(s, i) || slowAct));
      const nobody = COOPERATION_VERBS.has(w) && c.subjectFrom !== undefined && /^(nobody|no|none|noone)$/.test(t[c.subjectFrom].lower);
      const habit = t.slice(c.from, c.to).some((x) => HABIT.has(x.lower)) || repeatedIn(s, c.from, c.to);
      const consequence =
        disowned ||
        helpless(s) ||
        helpless(next) ||
        disclaims(s) ||
        (next !== undefined && disclaims(next)) ||
        s.clauses.some((d) => d !== c && !isOther(d.subject) && !d.quoted && ((setbackIn(s, d) && !d.describes) || t.slice(d.from, d.to).some((x) => isSelf(d.subject) && (x.lower === "n't" || x.lower === 'not' || x.lower === 'could')))) ||
        // what they did named as the cause of what followed: "..., and that is why the shadow period was cut"
        s.clauses.some((d) => d.from > c.from && !d.quoted && whyFollows(s, d)) ||
        s.clauses.some((d) => d !== c && servedLost(s, d)) ||
        // ... or its cost, told after it: "..., and that cost us the whole of March", "..., which meant a lost week"
        // (the tagger may read "cost" as a noun and leave no clause there: "..., and that cost us the whole of March")
        t.some((x, k) => k > (c.verb ?? c.to) && (x.text === ',' || x.lower === 'and') && costOpens(s, k, t.length)) ||
        // the harm it did, told with it: "..., which was impacting team morale", "This was affecting the team's progress"
        harmed ||
        // what was lost by then: "..., and by the time the scanners arrived our pilot window had closed"
        lostByThen(s, c.verb ?? c.from);
      // the setback told just before, for what they did not do: "Our launch slipped by three weeks. The partner
      // changed their API without telling anyone." ("QA failed my build three times" after "I was late" is no blame)
      const before = prev !== undefined && ownFailure(prev, prev.tokens.length, true);
      // ... or just after, as its plain consequence, with no share taken in it: "The client's IT department revoked
      // every external VPN account and told nobody. Our nightly sync failed five nights in a row."
      // (for a change made on the speaker's side with nobody told, and only when the answer takes no share anywhere:
      // "I had not pinned the version" elsewhere owns it)
      const unannounced = toldNobody(s, i) || (!negated && withoutOthers(s, c, i));
      const after = unannounced && !shared && next !== undefined && setbackAfter(next);
      // "delivered their API three weeks late": a cooperation done late is a failure
      // ("they will always hand over the final mocks late": any act of theirs done late)
      const lateDone = (COOPERATION_VERBS.has(w) || (tok.pos === 'VERB' && !MINDS.test(w) && !SPEECH_VERBS.has(w) && !/^(stay|stays|stayed|staying|work|works|worked|working|remain|remained)$/.test(w))) && !negated && t.slice(i + 1, c.to).some((x, k, a) => x.lower === 'late' && !/^(in|at|on|last|night|stage|-)$/.test(a[k + 1]?.lower ?? ''));
      // churn done again and again ("kept moving the goalposts", "changed the priorities again and again"), with its
      // cost in the sentence or told next ("That cost us a month of rework")
      const churn = CHURN.test(w) && !negated && habitIn(s, c);
      // a condition or a plan is not a report: "if the vendor missed their date, we would ..."
      // (and a habit stated in general: "when a partner misses a deadline, we lose a week, so I add a buffer")
      const generic = /^(when|whenever)$/.test(t[c.from]?.lower ?? '') && (t[c.from].lower === 'whenever' || presentTense(s, c));
      const condition = /^(if|unless|whether|in)$/.test(t[c.from]?.lower ?? '') || (t[c.from]?.lower === 'had' && c.subjectFrom === c.from + 1) || generic || inCondition(s, c);
      const costNext = churn && nextCost(next);
      // (in the setup, a habit of theirs with no cost told is the situation the story answers: "a teammate kept missing
      // his commitments, and my tickets depended on his work")
      const habitOnly = setupPart && !consequence && !before;
      // (in the setup, an accusing act with no cost told is likewise the situation the story answers: "our new PM
      // refused to listen when we said ..." then what the speaker did about it)
      const accusedOnly = setupPart && !idiom && !consequence && !before && !habit;
      // (their act endorsed in the sentence is no failing of theirs: "She failed my build four times, and each time she
      // was right", "they rightly rejected it")
      const endorsed = t.some((x, k) => !x.quoted && ((x.lower === 'right' && k > 0 && COPULAS.has(t[k - 1].lower) && !negatedAt(s, k, 3)) || /^(rightly|correctly|justifiably)$/.test(x.lower)));
      // (a relative clause that says which people are meant is no report of their failing, short of an accusation:
      // "the help article for the customers who could not update yet", "the riders who abandoned a search",
      // "Olu, who sits next to me, recognised it"; their failing is told, if at all, in a clause of its own)
      const describing = relativeOpening(s, c) && !accusing;
      if (!condition && !endorsed && after) return { start: s.start, end: s.end, why: 'makes another party the cause of what went wrong' };
      if (!condition && !endorsed && !describing && ((accusing && !accusedOnly) || ((failing || withheld || nobody || lateDone) && ((habit && !habitOnly) || consequence)) || ((withheld || nobody || lateDone) && before) || (churn && (consequence || costNext)))) {
        return { ...clauseSpan(s, c), why: 'makes another party the cause of what went wrong' };
      }
    }

    // 3. A failure caused by another party: "we missed the launch because of the design team", "invoices went
    //    out wrong because QA waved it through", "the reason is simple: the PM kept moving the goalposts".
    //    The failure is the speaker's (we, our, my) or, in the outcome or the lesson, the story's result; in
    //    the setup, another team's trouble is context.
    // "the whole mess traces back to the vendor's engineers, who never tested the failover": a cause link to a party
    // whose failing is told with them
    const link = causeLinkAt(s, i);
    if (link > 0 && !negatedAt(s, i, 6)) {
      const cause = phraseAt(s, link);
      const party = isOther(cause.actor) && namesParty(s, link, cause.end);
      const rel = t.findIndex((x, k) => k >= cause.end && /^(who|that)$/.test(x.lower));
      const failed = ownFailure(s, i, !setupPart) || failureSubject(s, c, i) || (resultPart && failureInSentence(s, -1)) || (rel > 0 && failingAct(s, { from: rel, to: t.length, subject: 'group', ownSide: false, negated: false, quoted: false }));
      if (((party && failed) || (conductOfParty(s, link, cause.end) && failed)) && !s.clauses.some((d) => d.from >= cause.end && isSelf(d.subject) && !d.quoted)) {
        return { start: tok.start, end: t[Math.max(link, cause.end - 1)].end, why: 'gives another party as the cause of the failure' };
      }
    }
    // (a "since" that a preposition follows tells time, not a cause: "used twice since by other teams")
    const sinceThen = tok.lower === 'since' && /^(by|in|at|on|then|with|for)$/.test(t[i + 1]?.lower ?? '');
    if (CAUSE_OPENERS.has(tok.lower) && !sinceThen && !negatedAt(s, i, 6) && (ownFailure(s, i, !setupPart) || failureSubject(s, c, i) || (resultPart && failureInSentence(s, -1)))) {
      let j = i + 1;
      // ("owing entirely to", "due mainly to", "thanks largely to": an adverb between the marker and its preposition)
      while (t[j]?.pos === 'ADV' && j < i + 3 && /^(of|to|by)$/.test(t[j + 1]?.lower ?? '')) j++;
      if (/^(of|to|by)$/.test(t[j]?.lower ?? '')) j++;
      const cause = phraseAt(s, j);
      // (the subject of a clause that credits them is a reason, not a cause of the failure: "because they build trust")
      const causeClause = clauseAt(s, j);
      const credited = causeClause !== undefined && causeClause.verb !== undefined && causeClause.verb >= cause.end && !failingConduct(s, causeClause);
      // (a cause told as a prediction is a reason for a choice, not what made something fail: "because our client would
      // lose trust in our data")
      const causeVerb = causeClause && mainVerb(s, causeClause);
      const predicted = causeClause !== undefined && causeVerb !== undefined && causeVerb >= cause.end && !toldAsDone(s, causeClause, causeVerb);
      // ("thanks to", "courtesy of" credit by default: blame only with a failing told of the party: "thanks to QA's
      // sloppiness", "courtesy of the billing team, who left our request unanswered"; not "thanks to the support
      // team's early triage, we caught a bug")
      const after = s.clauses.find((d) => d.from >= cause.end && /^(who|that)$/.test(t[d.from]?.lower ?? '') && d.from <= cause.end + 1);
      const failingNamed = t.slice(j, Math.min(t.length, j + 8)).some((x, n) => CONDUCT_FAILINGS.has(x.lower) || badlyJudged(s, j + n));
      // (... and thanks said to a loss with nothing saved is irony: "we still lost the sale window, with many thanks to
      // the platform crew"; not "we lost only an hour, thanks to the on-call team", "we slipped, but thanks to QA we
      // caught the bug", "thanks to the SRE team, we recovered in minutes")
      const saved = t.some((x, n) => n !== i && !x.quoted && (/^(only|just|barely|merely|less|fewer|little|but|though|although|yet)$/.test(x.lower) || (x.pos === 'VERB' && /^(saved|caught|recovered|avoided|prevented|rescued|limited|contained|kept|helped|fixed|restored)$/.test(x.lower))));
      const ironic = tok.lower === 'thanks' && /^(many|special|big|huge|heartfelt)$/.test(t[i - 1]?.lower ?? '') && ownFailure(s, i, !setupPart) && !saved;
      // (thanks for a catch is credit, whatever it cost: "a week late, thanks to the security team catching a flaw")
      const caught = t.slice(cause.end, cause.end + 2).some((x) => /^(catching|spotting|finding|flagging|noticing|saving|rescuing|stopping)$/.test(x.lower));
      const thanked = /^(thanks|courtesy)$/.test(tok.lower) && ((!failingNamed && !(after && failingConduct(s, after)) && !ironic) || caught);
      // (the interviewer's own people are no party to the story's failure: "because your developer-experience team is
      // working on the same problem")
      const addressee = t[j]?.lower === 'your';
      // (a "they" the language layer read as things is no party: "three fixes sat for eleven days because they missed
      // the cut")
      const things = cause.end === j + 1 && /^(they|them)$/.test(t[j]?.lower ?? '') && causeClause !== undefined && causeClause.subjectFrom === j && causeClause.subject === 'thing';
      if (((isOther(cause.actor) && namesParty(s, j, cause.end)) || conductOfParty(s, j, cause.end)) && !credited && !thanked && !predicted && !things && !addressee) return { start: tok.start, end: t[Math.max(j, cause.end - 1)].end, why: 'gives another party as the cause of the failure' };
      // the clause the marker opens, or the next one after "the reason is:"
      const opened = s.clauses.filter((d) => d.from >= i && !d.quoted && d.subject !== 'none').slice(0, 2);
      const by = opened.find((d) => party(s, d) && !t.slice(d.from, (d.subjectTo ?? d.from) + 1).some((x) => x.lower === 'your') && !d.negated && d.verb !== undefined && failingConduct(s, d) && toldAsDone(s, d, mainVerb(s, d) ?? d.verb));
      if (by && (by.from <= i + 1 || tok.lower === 'reason' || t[by.from - 1]?.text === ':' || t[by.from]?.text === ':')) {
        return { ...clauseSpan(s, by), why: 'gives another party as the cause of the failure' };
      }
    }
    // 3b. The failure came the moment another party acted: "the date was lost the moment the product owner piled
    //     four features into the sprint"; in the outcome or the lesson also "when" and "after".
    const moment = /^(moment|minute|day|instant)$/.test(tok.lower) && t[i - 1]?.lower === 'the';
    const soon = tok.lower === 'soon' && t[i - 1]?.lower === 'as' && t[i + 1]?.lower === 'as';
    if ((moment || soon || (resultPart && !setupPart && /^(when|after|once)$/.test(tok.lower))) && (ownFailure(s, i, !setupPart) || failureSubject(s, c, i))) {
      const j = soon ? i + 2 : i + 1;
      const by = phraseAt(s, j);
      const v = t[by.end];
      if (isOther(by.actor) && namesParty(s, j, by.end) && v && v.pos === 'VERB' && !MINDS.test(v.lower) && !negatedAt(s, by.end) && !passive(s, by.end)) {
        return { start: t[j].start, end: t[Math.min(t.length - 1, by.end)].end, why: 'gives another party as the cause of the failure' };
      }
    }
    // 3c. A failure in the passive with another party as its agent, outside the setup: "we were held up by legal
    //     for six weeks", "the launch was blocked by procurement".
    if (tok.lower === 'by' && !setupPart && i > 1) {
      let v = i - 1;
      if (t[v].lower === 'up' || t[v].lower === 'down' || t[v].pos === 'ADV') v--;
      // "we were badly let down by the agency"
      if (/^(let)$/.test(t[v]?.lower ?? '') && t[v + 1]?.lower === 'down' && !negatedAt(s, v) && t.slice(Math.max(0, v - 3), v).some((x) => PASSIVE_AUX.test(x.lower))) {
        const by = phraseAt(s, i + 1);
        if (isOther(by.actor) && namesParty(s, i + 1, by.end)) return { start: t[v].start, end: t[Math.max(i + 1, by.end - 1)].end, why: 'gives another party as the cause of the failure' };
      }
      // (or a bad result made by them: "the bad forecast was produced by the data team's careless backfill")
      const made = MADE_BY.test(t[v]?.lower ?? '') && failureSubject(s, c, v);
      // (or wrecked by them: "the rollout was torpedoed by the payments squad", "scuppered by procurement"; a verb of
      // wrecking, not one of making worse, "exacerbated by three engineers", which tells a state the story answers)
      const wrecked = WRECKING.test(t[v]?.lower ?? '');
      const failed = FAILURE_VERBS.has(t[v]?.lower ?? '') || /^(held|slowed|stuck)$/.test(t[v]?.lower ?? '') || made || wrecked;
      if (failed && passive(s, v) && !negatedAt(s, v)) {
        const by = phraseAt(s, i + 1);
        if ((isOther(by.actor) && namesParty(s, i + 1, by.end)) || (made && conductOfParty(s, i + 1, by.end))) return { start: t[v].start, end: t[Math.max(i + 1, by.end - 1)].end, why: 'gives another party as the cause of the failure' };
      }
    }
    // 3d. The work stopped at another party, outside the setup: "the feature died in the security team's review
    //     queue", "the contract sat in legal's inbox for a month", "the request got stuck with procurement".
    if (!setupPart && (tok.pos === 'VERB' || tok.lower === 'stuck')) {
      const at = stuckAtParty(s, c, i);
      if (at) return { ...at, why: 'gives another party as the cause of the failure' };
    }
    // "..., and that is why the feature missed the quarter": the clause before "that is why" is the cause
    if (tok.lower === 'why' && !/^(is|'s|’s|was)$/.test(t[i - 1]?.lower ?? '') ? false : tok.lower === 'why' && failureInSentence(s, -1)) {
      // (a party's act, or their omission told short: "Kevin was to renew it. He didn't, and that's why we lost a day")
      const omitted = (d: Clause): boolean => d.negated && d.subjectTo !== undefined && t.slice(d.subjectTo, d.to).every((x) => /^(AUX|PART|PUNCT|CCONJ)$/.test(x.pos));
      const before = s.clauses.filter((d) => d.to <= i && !d.quoted && party(s, d) && (!d.negated || omitted(d)));
      const by = before[before.length - 1];
      if (by) return { ...clauseSpan(s, by), why: 'gives another party as the cause of the failure' };
    }
    if ((tok.lower === 'caused' || tok.lower === 'causes') && party(s, c) && !passive(s, i) && !negatedAt(s, i) && failureInSentence(s, i)) {
      return { ...clauseSpan(s, c), why: 'gives another party as the cause of the failure' };
    }
  }
  return undefined;
}

/**
 * The pattern of notice withheld in a language (lexicon OtherBlameForms `notice`): a verb of telling and a word for
 * nobody, in either order, at most four words apart with no break between; when the verb comes first, with the negator
 * and up to two words before it ("no se lo comunicó a nadie", "n'a prévenu personne"), so the match opens denied as
 * an act withheld does.
 */
function noticePattern(f: (typeof OTHER_BLAME_FORMS)[number]): RegExp {
  if (!f.notice) return /(?!)/gu;
  const g = OTHER_GRAMMARS.find((x) => x.lang === f.lang);
  const whole = (g?.negators ?? []).filter((w) => !/['’]$/u.test(w)).map(esc);
  const elided = (g?.negators ?? []).filter((w) => /['’]$/u.test(w)).map((w) => esc(w).replace(/['’]/gu, "['’]"));
  const neg = `(?:(?:${whole.join('|')})\\s+${elided.length ? `|(?:${elided.join('|')})` : ''})(?:[\\p{L}'’]+\\s+){0,2}`;
  const verb = `(?:${f.notice.verbs.map(esc).join('|')})\\p{L}*`;
  const nobody = `(?:${f.notice.nobody.map(esc).join('|')})(?![\\p{L}])`;
  const gap = `(?:\\s+[\\p{L}'’-]+){0,4}?\\s+`;
  return new RegExp(`(?<![\\p{L}'’])(?:(?:${neg})?${verb}${gap}(?:a\\s+)?${nobody}|${nobody}${gap}${verb})`, 'giu');
}

/** Each language's blame forms and the patterns they are found by; the grammar is the other-language reader's. */
const OTHER_BLAME = OTHER_BLAME_FORMS.map((f) => {
  const read = otherLanguage(f.lang);
  return {
    read,
    notice: noticePattern(f),
    noticeNegated: f.notice?.negated === true,
    // (a marker of fault is a cause marker too, taken first: lexicon OtherBlameForms `faults`)
    causes: read.forms([...(f.faults ?? []), ...f.causes], 'giu'),
    failures: read.forms(read.pastForms(f.failures), 'giu'),
    failuresOnce: read.forms(read.pastForms(f.failures)),
    // (the same, for the sentence after one: the loop over `failures` holds that pattern's place)
    costs: read.forms(read.pastForms(f.failures), 'giu'),
    setbacks: read.forms(f.setbacks ?? ['\u0000']),
    owned: read.forms(f.owned),
    rescued: read.forms(f.rescued ?? ['\u0000']),
    unreal: read.forms(f.unreal ?? ['\u0000']),
    faults: new Set((f.faults ?? []).map((w) => w.toLowerCase())),
    marks: f.marks ?? [],
    everyParty: new RegExp(read.parties.source, read.parties.flags.replace('g', '') + 'g'),
  };
});

/** How far after a cause marker its party may stand ("por culpa del equipo de seguridad"). */
const CAUSE_REACH = 40;

/**
 * Blame in another language, read by the other-language reader (the English tagger does not read these languages),
 * in two forms, each in the speaker's own voice (not quoted, not reported: "el cliente dijo que ..."), not denied
 * just before ("no fue por culpa del proveedor"), with no share taken in the sentence ("culpa mía", "ma faute"):
 * - a cause marker naming a party, in a sentence that tells a failure: "nos retrasamos tres semanas por culpa del
 *   proveedor", "on a pris du retard à cause de l'équipe sécurité", "wegen der Rechtsabteilung ... verpasst";
 * - a party as the subject of a failure, with a second failure (the cost) in the sentence: "el proveedor nunca
 *   respondió y perdimos el lanzamiento", "供应商一直不回复，项目延期了两周".
 */
function* otherBlame(text: string, base: number): Generator<Hit> {
  if (!mayBeOther(text)) return;
  // (one finding a sentence: a cause marker and the party's failure may both be told in it)
  const told = new Set<number>();
  let sentences: { start: number; end: number }[] | undefined;
  for (const l of OTHER_BLAME) {
    if (l.read.headFinal) {
      yield* headFinalBlame(l, text, base, told);
      continue;
    }
    l.causes.lastIndex = 0;
    for (let m = l.causes.exec(text); m; m = l.causes.exec(text)) {
      const from = l.read.sentenceStart(text, m.index);
      const to = l.read.sentenceEnd(text, m.index + m[0].length);
      const sentence = text.slice(from, to);
      const before = text.slice(from, m.index);
      if (l.read.reported(before) || l.read.quoted(text, from, m.index) || l.read.deniedBefore(l.read.cjk ? before : text.slice(l.read.clauseStart(text, m.index), m.index)) || l.read.deniedOpinion(before) || l.owned.test(sentence)) continue;
      const after = text.slice(m.index + m[0].length, Math.min(l.read.clauseEnd(text, m.index + m[0].length), m.index + m[0].length + CAUSE_REACH));
      const who = l.read.parties.exec(after);
      // (nor denied between the marker and its party: "la culpa del retraso no fue del proveedor")
      if (!who || l.read.selfIn(after.slice(0, who.index)) || l.read.negatorIn(after.slice(0, who.index))) continue;
      // (a marker of fault takes the failure as given, "都怪测试组", "por culpa del proveedor", in the speaker's own
      // plain telling: no negator anywhere in the sentence, "non è stata colpa del fornitore", "Schuld war nicht der
      // Dienstleister", and not inside what someone insists or thinks, "insistía en que era culpa de ..."; a mere
      // cause needs the failure told)
      if (told.has(from)) continue;
      if (!l.failuresOnce.test(sentence) && !(l.faults.has(m[0].toLowerCase().replace(/’/gu, "'")) && !l.read.negatorIn(sentence) && !l.read.thatClause(before))) continue;
      told.add(from);
      yield { start: base + m.index, end: base + m.index + m[0].length + who.index + who[0].length, why: 'gives another party as the cause of the failure' };
    }
    // (a party's failing: a failure of the language's list, or notice withheld, told by its grammar)
    for (const [pattern, notice] of [[l.failures, false], [l.notice, true]] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const clause = l.read.clauseStart(text, m.index);
        const before = text.slice(clause, m.index);
        // (a word for nobody that is also a word for a person stands for nobody only with a negator: "personne")
        if (notice && l.noticeNegated && !l.read.negatorIn(text.slice(clause, m.index + m[0].length))) continue;
        // (a failure that opens with a negator is an act withheld, "no respondió", "nunca entregaron": only a party
        // withholds one, so the subject the clause opens with is a party whatever noun names it, "el integrador"; so
        // is notice withheld)
        const withheld = notice || l.read.opensDenied(m[0]);
        let who = l.read.partyBefore(before, l.read.parties, true);
        if (who < 0 && withheld) who = l.read.subjectBefore(before);
        if (who < 0 || l.read.denied(before, m[0])) continue;
        const from = l.read.sentenceStart(text, m.index);
        const to = l.read.sentenceEnd(text, m.index);
        const sentence = text.slice(from, to);
        if (l.read.reported(text.slice(from, m.index)) || l.read.quoted(text, from, m.index) || l.owned.test(sentence)) continue;
        // (the cost told with it: another failure in the sentence, outside this one, or opening on it in the next)
        const rest = text.slice(from, clause + who) + ' ' + text.slice(m.index + m[0].length, to);
        const cost = l.failuresOnce.test(rest) || l.setbacks.test(rest) || (!l.rescued.test(sentence) && !l.unreal.test(sentence) && costNext(l, text, to));
        if (!cost || told.has(from)) continue;
        told.add(from);
        yield { start: base + clause + who, end: base + m.index + m[0].length, why: 'makes another party the cause of what went wrong' };
      }
    }
    // (the sentences split once for every language read, on the first that needs them)
    sentences ??= runOnSentences(text);
    yield* chainedBlame(l, text, sentences, base, told);
  }
}

/**
 * The cost of a party's failing told in the sentence after the one that ends at `end` ("El proveedor cambió el
 * formato sin avisar. El lunes perdimos todos los pedidos."): a setback there, not denied, not itself a party's
 * failing (the party's clause: "Tampoco respondió el equipo de datos"), or the speaker's side kept from its work
 * ("No pudimos cobrar en toda la mañana"), in the speaker's own voice, with no first person, no share taken, nothing
 * rescued and no unreal condition in it.
 */
function costNext(l: (typeof OTHER_BLAME)[number], text: string, end: number): boolean {
  const { read } = l;
  if (end >= text.length || text[end] === '\n') return false;
  const from = end + 1;
  const to = read.sentenceEnd(text, from);
  const next = text.slice(from, to);
  // (and with no first person in it: what the speaker did there is their own telling, "mais le retard venait de notre
  // côté : j'avais validé ...", not a cost)
  if (!/\S/u.test(next) || l.owned.test(next) || l.rescued.test(next) || l.unreal.test(next) || read.selfIn(next)) return false;
  // (the speaker's side kept from its work: a cost whatever opens it)
  const kept = l.setbacks.exec(next);
  if (kept && !read.reported(next.slice(0, kept.index)) && !read.quoted(text, from, from + kept.index)) return true;
  const costs = l.costs;
  costs.lastIndex = 0;
  for (let m = costs.exec(next); m; m = costs.exec(next)) {
    const before = next.slice(0, m.index);
    const clause = text.slice(read.clauseStart(text, from + m.index), from + m.index);
    if (read.opensDenied(m[0]) || read.denied(before, m[0]) || read.partyBefore(clause, read.parties) >= 0) continue;
    if (read.reported(before) || read.quoted(text, from, from + m.index)) continue;
    return true;
  }
  return false;
}

/** A cause marker that names a fault ("por culpa de", "par la faute de", "schuld war", "по вине"), not a mere cause. */
const FAULT_MARK = /culp|colp|faut|schuld|вин|怪|せい|탓/iu;
const STOPS = new Set(['.', ';', '!', '?', '。', '；', '！', '？']);
/**
 * The sentences of a text: a stop ends one, and so does a line break that Markdown does not join (before a blank
 * line, a list item, a quote, a heading: text.ts softBreaks); a hard-wrapped paragraph runs on as one sentence.
 */
function runOnSentences(text: string): { start: number; end: number }[] {
  const joined = softBreaks(text);
  const sentences: { start: number; end: number }[] = [];
  let from = 0;
  for (let k = 0; k <= joined.length; k++) {
    if (k < joined.length && !STOPS.has(joined[k]) && joined[k] !== '\n') continue;
    if (/\S/u.test(joined.slice(from, k))) sentences.push({ start: from, end: k });
    from = k + 1;
  }
  return sentences;
}

/**
 * The coarse reading, the same in every language read here: a sentence that names another party and tells two
 * setbacks (a failing and its cost: "O atraso foi todo por conta da equipe de infraestrutura, que não liberou o
 * servidor a tempo, e perdemos o Dia das Mães"; "El retraso fue cosa del equipo de datos: ... perdimos la campaña"),
 * whatever links them, in the speaker's own voice (not quoted, not reported), with no share taken, nothing rescued,
 * no unreal condition, the speaker not the subject of the party's clause and neither setback denied.
 */
function* chainedBlame(l: (typeof OTHER_BLAME)[number], text: string, sentences: readonly { start: number; end: number }[], base: number, told: Set<number>): Generator<Hit> {
  const { read } = l;
  for (const { start: from, end: to } of sentences) {
    if (told.has(from)) continue;
    const sentence = text.slice(from, to);
    const all = l.everyParty;
    all.lastIndex = 0;
    // (the party, or a marker of fault standing for it: "por culpa da transportadora", a party noun no list holds;
    // not a mere "because", "因为客观原因": a cause that may be no one)
    l.causes.lastIndex = 0;
    let who = all.exec(sentence);
    if (!who) for (let m = l.causes.exec(sentence); m && !who; m = l.causes.exec(sentence)) if (FAULT_MARK.test(m[0])) who = m;
    if (!who) continue;
    l.failures.lastIndex = 0;
    const setbacks: RegExpExecArray[] = [];
    for (let m = l.failures.exec(sentence); m; m = l.failures.exec(sentence)) {
      if (setbacks.length === 0 || m.index >= setbacks[setbacks.length - 1].index + setbacks[setbacks.length - 1][0].length) setbacks.push(m);
    }
    if (setbacks.length < 2) continue;
    if (l.owned.test(sentence) || l.rescued.test(sentence) || l.unreal.test(sentence)) continue;
    const at = from + who.index;
    if (read.reported(text.slice(from, at)) || read.quoted(text, from, at) || read.selfIn(text.slice(read.clauseStart(text, at), at))) continue;
    if (setbacks.some((m) => read.denied(sentence.slice(0, m.index), m[0]) || (read.headFinal && read.deniedAfter(sentence.slice(m.index + m[0].length))))) continue;
    told.add(from);
    const last = setbacks[setbacks.length - 1];
    yield { start: base + Math.min(at, from + setbacks[0].index), end: base + Math.max(at + who[0].length, from + last.index + last[0].length), why: 'makes another party the cause of what went wrong' };
  }
}

/**
 * Blame in a language whose verb comes last (Japanese, Korean): the party and what it did stand before the cause
 * marker, the cost after it ("代行会社が仕様変更を連絡してこなかったせいで、リリースが二週間遅れ", "협력사가 연락을 안 하는
 * 바람에 출시가 늦어졌습니다"); a party as the subject of a failure, with a cost told after it, as in the other languages.
 * A denial or a report follows what it denies or reports ("ベンダーのせいではない", "…と言っていた"); a share taken, a
 * setback undone or a help ("取り戻した", "手伝ってくれたので") and an unreal condition ("もし", "만약") in the sentence
 * keep it from counting.
 */
function* headFinalBlame(l: (typeof OTHER_BLAME)[number], text: string, base: number, told: Set<number>): Generator<Hit> {
  const { read } = l;
  const settled = (from: number, to: number, at: number, end: number): boolean => {
    const sentence = text.slice(from, to);
    return read.reported(text.slice(from, at)) || read.reportedAfter(text.slice(end, to)) || read.quoted(text, from, at) || l.owned.test(sentence) || l.rescued.test(sentence) || l.unreal.test(sentence) || told.has(from);
  };
  // (a party the clause is told of, as its subject or its owner, in a clause the speaker is not a subject of:
  // "ベンダーの対応が遅かった", not "私がベンダーに連絡した")
  const partyOf = (before: string): number => {
    if (read.selfIn(before)) return -1;
    const all = l.everyParty;
    all.lastIndex = 0;
    for (let p = all.exec(before); p; p = all.exec(before)) {
      const rest = before.slice(p.index + p[0].length);
      if (rest.trim() === '' || l.marks.some((k) => rest.startsWith(k) || p[0].endsWith(k))) return p.index;
    }
    return -1;
  };
  l.causes.lastIndex = 0;
  for (let m = l.causes.exec(text); m; m = l.causes.exec(text)) {
    const end = m.index + m[0].length;
    const from = read.sentenceStart(text, m.index);
    const to = read.sentenceEnd(text, end);
    const clause = read.clauseStart(text, m.index);
    const who = partyOf(text.slice(clause, m.index));
    if (who < 0 || read.deniedAfter(text.slice(m.index, to)) || settled(from, to, m.index, end)) continue;
    // (the cost after the marker: "…せいで、リリースが二週間遅れ", "… 때문에 출시가 늦어졌습니다"; a marker of fault,
    // "…のせいで", "… 탓에", takes it as given)
    if (!l.failuresOnce.test(text.slice(end, to)) && !(l.faults.has(m[0]) && !read.negatorIn(text.slice(from, to)) && !read.reportedAfter(text.slice(end, to)))) continue;
    told.add(from);
    yield { start: base + clause + who, end: base + end, why: 'gives another party as the cause of the failure' };
  }
  l.failures.lastIndex = 0;
  for (let m = l.failures.exec(text); m; m = l.failures.exec(text)) {
    const end = m.index + m[0].length;
    const clause = read.clauseStart(text, m.index);
    const who = partyOf(text.slice(clause, m.index));
    if (who < 0) continue;
    const from = read.sentenceStart(text, m.index);
    const to = read.sentenceEnd(text, end);
    if (read.deniedAfter(text.slice(m.index, to)) || settled(from, to, m.index, end)) continue;
    // (the cost told after it, in a later clause of the sentence)
    const later = text.slice(read.clauseEnd(text, end), to);
    if (!l.failuresOnce.test(later)) continue;
    told.add(from);
    yield { start: base + clause + who, end: base + end, why: 'makes another party the cause of what went wrong' };
  }
}

export const blame: StoryRule = {
  meta: {
    id: 'blame',
    description: 'Another party made the cause of a failure, delay or miss, with no share taken ("the vendor sat on our ticket for a month, nothing we could do")',
    defaultSeverity: 'warning',
    tags: ['ownership', 'red-flag', 'language'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    // (a plan or a list of questions tells no setback: the kinds table, knowledge/kinds.ts RULE_SKIPS; the user's
    // own phrases still count)
    if (ruleSkipsKind('blame', answerOf(ctx.story).kind)) {
      userPhrases(ctx, new Set());
      return;
    }
    const { sentences } = storyLanguage(ctx);
    const result = new Set([...sentencesOfPart(ctx, 'outcome'), ...sentencesOfPart(ctx, 'learning')]);
    const setup = new Set(ctx.story.parts.length === 0 ? [] : sentencesOfPart(ctx, 'setup'));
    const whole = ctx.story.parts.length === 0;
    // the speaker says anywhere that the result was out of their hands ("there was little I could do about it")
    const disowned = sentences.some((s) => disclaims(s));
    // the speaker takes a share somewhere in the answer ("I should have ...", "my mistake", "I had not tested it")
    const shared = sentences.some((s) => ownsShare(s) || ownLapse(s));
    const seen = new Set<number>();
    for (let k = 0; k < sentences.length; k++) {
      const inResult = whole || result.has(sentences[k]);
      const inSetup = setup.has(sentences[k]);
      const found = findBlame(sentences[k], sentences[k + 1], inResult, inSetup, disowned, sentences[k - 1], shared);
      // (or in words reported that the speaker makes their own: "my lead said the vendor had sunk it, and he was right")
      const endorsed = found ? undefined : endorsedReport(sentences[k], sentences[k + 1]);
      const hit = found ?? (endorsed ? findBlame(endorsed, sentences[k + 1], inResult, inSetup, disowned, sentences[k - 1], shared) : undefined);
      if (!hit) continue;

      seen.add(hit.start);
      const text = ctx.file.text.slice(hit.start, hit.end);
      ctx.report({
        message: `${quote(text)} ${hit.why}. Interviewers hear a lack of ownership; say what you could have done differently and what you did about it.`,
        range: ctx.range(hit.start, hit.end),
      });
    }
    // the learned reader, for the wordings the hand readers above do not know: a sentence they did not flag
    for (const s of learnedFlags(ctx, FLAG_MODELS.blame)) {
      if ([...seen].some((at) => at >= s.start && at <= s.end)) continue;
      // (not where the speaker takes a share in the same sentence: "We were a green team, me included: none of us
      // had shipped ...", "partly my call")
      // (nor where the sentence after sets the speaker's share against it: "... But I had also waited for it")
      if (sentences.some((x, n) => x.start < s.end && x.end > s.start && (ownsShare(x) || shareAnswers(sentences[n + 1])))) continue;
      seen.add(s.start);
      ctx.report({
        message: `${quote(ctx.file.text.slice(s.start, s.end))} reads as putting what went wrong on another party, with no share of it taken (who acts in it, what is said of them and in what tone). Interviewers hear a lack of ownership; say what you could have done differently and what you did about it.`,
        range: ctx.range(s.start, s.end),
      });
    }
    // the account of the whole answer, for blame told with no judging word: a loss left standing, another party
    // holding the act that was late, and no share or remedy of the speaker's own
    if (seen.size === 0) {
      const account = accountOf(ctx);
      if (account.at && accountBlames(account)) {
        seen.add(account.at.start);
        ctx.report({
          message: `${quote(ctx.file.text.slice(account.at.start, account.at.end))} tells another party's act as what made the outcome a loss, and the answer takes no share of it and says nothing you now do differently. Interviewers hear a lack of ownership; say what you could have done differently (chased sooner, planned slack for them) and what you changed since.`,
          range: ctx.range(account.at.start, account.at.end),
        });
      }
    }
    // (read by paragraph: a hard-wrapped line breaks no sentence)
    for (const seg of paragraphRuns(ctx.file.text, ctx.story.prose)) {
      const text = softBreaks(seg.text);
      // (and in the languages no grammar reads, by the plain reader: a party given as the fault or the cause of a
      // failure, "kvůli dodavateli jsme to nestihli", "beszállító hibája", "वेंडर की वजह से")
      const plain = [...plainBlame(text)].map((h) => ({ start: seg.start + h.start, end: seg.start + h.end, why: 'gives another party as the cause of the failure' }));
      for (const hit of [...otherBlame(text, seg.start), ...plain]) {
        if (seen.has(hit.start)) continue;
        seen.add(hit.start);
        ctx.report({
          message: `${quote(ctx.file.text.slice(hit.start, hit.end))} ${hit.why}. Interviewers hear a lack of ownership; say what you could have done differently and what you did about it.`,
          range: ctx.range(hit.start, hit.end),
        });
      }
    }
    userPhrases(ctx, seen);
  },
};

/** The user's literal `phrases: { blame: [...] }`, where no finding of the readers starts. */
function userPhrases(ctx: StoryRuleContext, seen: ReadonlySet<number>): void {
  for (const m of matchRulePhrases('blame', ctx.config, ctx.story.prose)) {
    if (seen.has(m.start)) continue;
    ctx.report({
      message: `${quote(m.text)} points at someone else (a phrase from your settings). Interviewers hear a lack of ownership; say what you could have done differently and what you did about it.`,
      range: ctx.range(m.start, m.end),
    });
  }
}

// ---- the account: blame told as a story, with no judging word ----------------------------------------------------

/** Words of a loss, a miss or a delay told in the outcome ("we lost the grant", "16 months late", "closed without us"). */
const LOSS = /^(lost|lose|losing|loss|losses|missed|miss|late|delay|delayed|delays|slipped|slip|cancelled|canceled|waited|forfeited|fined|penalty|penalties|overran|behind|postponed|closed|refund|refunded|refunds|abandoned|scrapped)$/;

/** Words of a gain told in the outcome: a measure moved ("fell from 6% to 0.3%", "cut", "saved"). */
const GAIN = /^(fell|dropped|rose|cut|saved|saving|improved|increased|reduced|halved|doubled|tripled|grew|raised|won|kept|renewed|beat|ahead|instead|now)$/;

/** Words of time held: a party's act told as taking long ("for fourteen weeks", "took a month to answer"). */
const HELD_TIME = /^(weeks?|months?|days?|quarters?|years?|sprints?|hours?)$/;

/** Words of the speaker's own side done on time or before it ("five weeks early", "with a week to spare"). */
const ON_TIME = /^(early|spare|ahead|ready|complete|on-time|fine)$/;

/** How another party's act in one clause is told as late, failed or withheld. */
export type HeldBy = 'negated' | 'late' | 'time' | 'stuck' | 'bad' | 'again' | 'without';

/** The story's account read part by part: what {@link accountBlame} weighs. Exported for the study script. */
export interface Account {
  /** Loss words in the outcome, in the speaker's own voice, not negated. */
  loss: number;
  /** The outcome's words of gain against its words of loss, by the polarity table (sum). */
  outcomeTone: number;
  /** Words of a gain in the outcome ("fell from 6% to 0.3%", "saved", "kept"). */
  gain: number;
  /** Clauses in the challenge, approach and outcome where another party holds a late, failed or withheld act, by how. */
  held: Partial<Record<HeldBy, number>>;
  /** The first such sentence, where the finding is shown. */
  at?: Sentence;
  /** The speaker's own acts told as done on time or early ("sent it five weeks early", "with a week to spare"). */
  ownOnTime: number;
  /** The speaker's own acts told as late, failed or withheld (a clause of their own, negated or late). */
  ownHeld: number;
  /** The speaker owns a share anywhere ("I should have chased them", "my order had gone in late"). */
  share: boolean;
  /** The outcome or the learning tells a habit of the speaker's changed since ({@link remedyIn}). */
  remedy: boolean;
  /** The learning has a clause of the speaker's own at all. */
  lessonSelf: boolean;
  /** The learning opens with advice (a bare verb: "Pin the version", "Have a plan"). */
  lessonAdvice: boolean;
  /** The story has a learning part. */
  lesson: boolean;
}

/** How the clause tells a late, failed or withheld act, if it does. */
function heldHow(s: Sentence, c: Clause): HeldBy | undefined {
  const t = s.tokens;
  if (c.negated && !negativeSubject(t, c.subjectFrom ?? c.from)) return 'negated';
  for (let k = c.from; k < c.to; k++) {
    const w = t[k].lower;
    if (t[k].quoted) continue;
    // (not a miss of the speaker's own told inside the clause: "two cases I had missed")
    if (/^(late|later|delay|delayed|overdue|slipped|missed|lapsed|until|belatedly)$/.test(w) && !t.slice(Math.max(c.from, k - 3), k).some((x) => /^(i|we)$/.test(x.lower))) return 'late';
    // ("for fourteen weeks", "took a month to admit it", "sat on it for nine days")
    // (time held, not time worked: "took a month to admit it", "was in their court for fourteen weeks", not "ran the
    // pilot for a week")
    if (HELD_TIME.test(w) && k > c.from && (t[k - 1].pos === 'NUM' || /^(a|an|another)$/.test(t[k - 1].lower))) {
      const took = t.slice(c.from, k).some((x) => /^(took|take|takes|taking|after)$/.test(x.lower));
      const stayed = t.slice(c.from, k).some((x) => /^(for)$/.test(x.lower)) && t.slice(c.from, k).some((x) => /^(was|were|stayed|sat|held|kept|left|remained|lay)$/.test(x.lower));
      if (took || stayed) return 'time';
    }
    // (the clause's own verb: not "deals waiting on it")
    if ((STUCK_VERBS.has(w) || WAITING_VERBS.has(w)) && (k === c.verb || k === mainVerb(s, c))) return 'stuck';
    if (w === 'again' && !t[k].negated) return 'again';
    if (w === 'without' && (/^(warning|notice|word|telling|asking|explanation)$/.test(t[k + 1]?.lower ?? '') || (/^(a|any)$/.test(t[k + 1]?.lower ?? '') && /^(warning|notice|word|explanation)$/.test(t[k + 2]?.lower ?? '')))) return 'without';
    if (t[k].pos !== 'PROPN' && polarity(w) < 0 && !/^(no|not|never|n't)$/.test(w)) return 'bad';
  }
  return undefined;
}

/** Another party named in the clause as the holder of a thing: "the council's court", "the hospital's letter". */
function partyHolds(s: Sentence, c: Clause): boolean {
  const t = s.tokens;
  for (let k = c.from; k + 1 < c.to; k++) {
    if (t[k + 1].lower !== "'s" && t[k + 1].lower !== "'") continue;
    if (PERSON_NOUNS.has(t[k].lower) || GROUP_NOUNS.has(t[k].lower) || OUTSIDE_BODIES.has(t[k].lower)) return true;
  }
  return false;
}

/** The clause's subject names a body outside the speaker's organisation: "the council", "the hospital's research office". */
function bodySubject(s: Sentence, c: Clause): boolean {
  if (c.subjectFrom === undefined || c.subjectTo === undefined) return false;
  for (let k = c.subjectFrom; k < c.subjectTo; k++) if (OUTSIDE_BODIES.has(s.tokens[k].lower)) return true;
  return false;
}

/**
 * A changed habit of the speaker's own, told in a clause whose subject is the speaker: a promise ("next time I will
 * chase at week two", "we'll book the slot first"), a habit taken up ("I have started...", "I learned to build in
 * slack", "we switched to..."), or a first-person act with a marker of change before or in it ("now I order on the
 * estimate", "since then we book...", "these days I chase...", "from then on", "no longer") in the present or the
 * perfect. Where the speaker only stands now ("I now work at a bank", "I enjoy the role") is no remedy.
 */
function remedyIn(s: Sentence): boolean {
  const t = s.tokens;
  return s.clauses.some((c) => {
    if (!isSelf(c.subject) || c.quoted || c.verb === undefined || inCondition(s, c)) return false;
    const first = t[c.verb].lower;
    const main = t[mainVerb(s, c) ?? c.verb].lower;
    const at = Math.max(0, (c.subjectFrom ?? c.from) - 4);
    const window = t.slice(at, c.to).filter((x) => !x.quoted);
    const words = window.map((x) => x.lower);
    // a promise of the speaker's ("I will", "we'll", "next time I'd"), not a refusal ("I will never use them again")
    const promise = /^(will|'ll|’ll|shall)$/.test(first) || (/^(would|'d|’d)$/.test(first) && words.some((w, k) => w === 'next' && words[k + 1] === 'time'));
    if (promise && !c.negated) return true;
    // a habit taken up: "I have started chasing", "I learned to build slack", "we switched to a second supplier"
    for (let k = c.verb; k < c.to; k++)
      if (TAKEUP_VERBS.has(t[k].lower) && t[k].pos === 'VERB' && (t[k + 1]?.lower === 'to' || /ing$/.test(t[k + 1]?.lower ?? '') || /^(have|has|'ve|’ve)$/.test(t[k - 1]?.lower ?? ''))) return true;
    // a marker of change: "now I...", "since then we...", "these days", "from then on", "going forward", "no longer"
    const marked = words.some((w, k) => CHANGE_MARKERS.has(w) && (w !== 'since' || /^(then|that)$/.test(words[k + 1] ?? '')) && (w !== 'longer' || words[k - 1] === 'no') && (w !== 'forward' || words[k - 1] === 'going') && (!/^(onwards?)$/.test(w) || /^(then|that)$/.test(words[k - 1] ?? '')))
      || words.some((w, k) => (w === 'these' && words[k + 1] === 'days') || (w === 'next' && words[k + 1] === 'time'));
    const perfect = /^(have|has|'ve|’ve)$/.test(first) && main !== first;
    return marked && (perfect || !pastForm(first)) && !STANDING_VERBS.has(main);
  });
}

/**
 * The account of the whole answer: a loss left standing in the outcome, another party holding the act that was late
 * or failed, the speaker's own acts on time, and whether the speaker takes any share or tells a remedy of their own.
 */
export function accountOf(ctx: StoryRuleContext): Account {
  const whole = ctx.story.parts.length === 0;
  const { sentences } = storyLanguage(ctx);
  const outcome = sentencesOfPart(ctx, 'outcome');
  const learning = whole ? [] : sentencesOfPart(ctx, 'learning');
  const told = whole ? sentences : [...sentencesOfPart(ctx, 'challenge'), ...sentencesOfPart(ctx, 'approach'), ...outcome];
  let loss = 0;
  let outcomeTone = 0;
  let gain = 0;
  for (const s of outcome)
    for (const k of s.spoken) {
      const x = s.tokens[k];
      if (LOSS.test(x.lower) && !x.negated) loss++;
      if (GAIN.test(x.lower) && !x.negated) gain++;
      if (x.lower === 'without' && /^(us|me)$/.test(s.tokens[k + 1]?.lower ?? '')) loss++;
      if (x.pos !== 'PROPN') outcomeTone += polarity(x.lower);
    }
  const held: Partial<Record<HeldBy, number>> = {};
  let at: Sentence | undefined;
  let ownOnTime = 0;
  let ownHeld = 0;
  for (const s of told) {
    for (const c of s.clauses) {
      if (c.quoted || inCondition(s, c) || unrealCondition(s, c) || c.describes || /^(if|unless|when|whenever|whether)$/.test(s.tokens[c.from]?.lower ?? '')) continue;
      if (isSelf(c.subject)) {
        if (s.tokens.slice(c.from, c.to).some((x) => ON_TIME.test(x.lower) && !x.negated)) ownOnTime++;
        const own = heldHow(s, c);
        if (own !== undefined && own !== 'bad') ownHeld++;
        continue;
      }
      if (!(partyHolds(s, c) || party(s, c) || bodySubject(s, c))) continue;
      // (an event told in the past, not what a party does in general: "whenever I put ideas forward, they ...",
      // "you report a problem, and the team ...")
      if (c.verb === undefined || !(pastForm(s.tokens[c.verb].lower) || /^(could|would|wasn|weren|didn|hadn)$/.test(s.tokens[c.verb].lower))) continue;
      const how = heldHow(s, c);
      if (how === undefined) continue;
      held[how] = (held[how] ?? 0) + 1;
      at ??= s;
    }
  }
  const first = learning[0]?.tokens.find((x) => x.pos !== 'PUNCT');
  return {
    loss,
    outcomeTone,
    gain,
    held,
    at,
    ownOnTime,
    ownHeld,
    // (or joins the party's miss: "..., and so did I")
    share: sentences.some((s) => ownsShare(s) || ownLapse(s) || s.tokens.some((x, k) => x.lower === 'so' && /^(did|was|had)$/.test(s.tokens[k + 1]?.lower ?? '') && /^(i|we)$/.test(s.tokens[k + 2]?.lower ?? ''))),
    remedy: [...outcome, ...learning].some(remedyIn),
    lessonSelf: learning.some((s) => s.clauses.some((c) => isSelf(c.subject) && !c.quoted)),
    lessonAdvice: first !== undefined && first.pos === 'VERB' && !pastForm(first.lower) && !/ing$/.test(first.lower),
    lesson: learning.length > 0,
  };
}


/**
 * Whether the account blames: a loss in the outcome with no gain beside it, no share and no remedy of the speaker's,
 * and another party holding an act told as time held ("took a month to admit it", "in their court for fourteen
 * weeks"), as done without a word, or two acts of theirs not done. Chosen on the studied rounds (scripts/eval/
 * account-study.ts). Round 55 took any present clause of the speaker's for a remedy and found nothing held out; round
 * 56 reads a remedy as a changed habit ({@link remedyIn}): on rounds 54 and 55, held out, blame found 3 -> 4 with no
 * false report added.
 */
export function accountBlames(a: Omit<Account, 'at'>): boolean {
  const h = (k: HeldBy): number => a.held[k] ?? 0;
  return a.loss >= 1 && a.gain === 0 && !a.share && !a.remedy && (h('time') + h('without') >= 1 || h('negated') >= 2);
}
