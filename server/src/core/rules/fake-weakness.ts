// fake-weakness: a strength dressed up as a weakness, in a story for the weakness question. Recognised by the
// shape of the cliché families, not by fixed wording (see ../nlp): a virtue overdone by the speaker ("I work too
// hard", "I care too much", "I hold myself to an impossibly high bar"), perfectionism named, and impatience with
// other people's quality — said in the speaker's own voice, not negated, not quoted. Users' literal
// `phrases: { fake-weakness: [...] }` still add to it.
import { QUESTION_ID, questionById } from '../knowledge/index';
import { CJK_WEAKNESS_FORMS, OTHER_WEAKNESS_FORMS, DETAIL_WORDS, DISTRESS_VERBS, DRIVE_WORDS, EFFORT_NOUNS, EXCESS, REST_WORDS, SHORTCOMING_NOUNS, GOING_VERBS, GROUP_NOUNS, IMMERSION_VERBS, IMPATIENCE_WORDS, PERFECTION_WORDS, PERSON_NOUNS, SPENDING_VERBS, STANDARD_NOUNS, TIME_UNITS, UNFINISHED_WORDS, VIRTUES, WORK_QUALITIES } from '../nlp/lexicon';
import { polarity } from '../nlp/analyze';
import { ANY_ALPHABETIC, wordsPattern } from '../nlp/other-language';
import { clauseAt, isOther, negatedAt, phraseAt, possessorBefore, spokenTokens } from '../nlp/query';
import type { Sentence, Token } from '../nlp/types';
import type { StoryRule, StoryRuleContext } from './rule';
import { CJK_SCRIPT, answersQuestion, budgetedProse, formsPattern, learnedFlags, matchRulePhrases, quote, storyLanguage } from './util';
import { FLAG_MODELS } from '../knowledge/flag-models';
import { speaksOwnEnglish } from '../nlp/features';

/** "What is your greatest weakness?" in the knowledge base. */
/** A story that declares no question is a weakness answer when its title says so. */
export const WEAKNESS_TITLE = /\b(weakness(es)?|areas? (for|of) improvement|what (would|do) (you|i) improve)\b/i;

/** Verbs a cliché says the speaker does "too much" (not "I take on too much", which is a real weakness). */
const CARE_VERBS = /^(care|cares|cared|caring|work|works|worked|working|invest|invested|give|gave|worry|worried|push|pushed|focus|focused|focusing|pay|paid|love|loves|loved|enjoy|enjoys|enjoyed)$/;
/** Letting go of the work: "I have a hard time leaving a problem alone", "I can't put it down", "walk away". */
const LET_GO = /^(leave|leaving|let|letting|put|putting|walk|walking|step|stepping|log|logging)$/;
/** Working long, told as a boast: "I often stay until midnight", "I work weekends", "the last one in the office". */
const LONG_HOURS = /^(midnight|weekends|nights|overtime|late|evenings|holidays)$/;
/** Polishing past done: "I keep polishing", "redoing it until ...". */
const POLISH = /^(polish|polishing|polished|tweak|tweaking|redo|redoing|refine|refining|rework|reworking)$/;

/** Verbs of work leaving the speaker's hands: "nothing leaves my desk until ...", "I never ship until ...". */
const RELEASE = /^(leave|leaves|left|ship|ships|shipped|go|goes|went|release|releases|released|submit|submits|merge|merges|hand|hands|publish|publishes|send|sends|out)$/;
/** Other people, named generally: "from everyone around me", "of my colleagues". */
const OTHERS = /^(everyone|everybody|others|people|anyone|team|teams|colleagues|teammates|coworkers|reports|peers)$/;
/** Traits of excess: said of the speaker with a virtue as their object, the overly-detail-oriented cliché. */
const OBSESSIVE = /^(obsessive|obsessed|obsessing|fixated|fanatical|compulsive)$/;

/** A difficulty the speaker has: "I have trouble ...", "I find it painful to ...", "I struggle to ...". */
const DIFFICULTY = /^(trouble|hard|harder|difficult|painful|impossible|struggle|struggles|reluctant|hesitant|uncomfortable)$/;
/** Verbs of letting work go: handing it over, calling it done, shipping, submitting. */
const RELEASE_VERBS = /^(hand|hands|handing|call|calls|calling|ship|ships|shipping|submit|submits|submitting|release|releases|releasing|send|sends|sending|let|letting|publish|publishing|merge|merging|declare|declaring)$/;
/** The work said to be finished or good: "finished", "done", "good enough", "right", "perfect". */
const DONE_WORDS = /^(finished|done|complete|ready|enough|right|perfect|spotless|polished|flawless)$/;

/** The word at i, with a hyphenated compound joined ("half-done"). */
function wordAt(t: Sentence['tokens'], i: number): string {
  if (t[i + 1]?.text === '-' && t[i + 2] && t[i + 1].start === t[i].end) return `${t[i].lower}-${t[i + 2].lower}`;
  return t[i].lower;
}

/** What an obsession is about, when it is a virtue: getting it right, the details, quality. */
const QUALITY = /^(detail|details|right|perfect|quality|correct|polish|polished|clean|flawless|precise|precision|every)$/;

/** Another party supposing stands before `at` in the sentence: "colleagues might guess", "they would expect", "you'd think". */
function supposedBefore(s: Sentence, at: number): boolean {
  const t = s.tokens;
  // (someone else's supposing: "I'd think my weakness is ..." is the speaker's own hedged answer)
  return t.some((x, i) => {
    if (x.start >= at || x.quoted || !/^(guess|expect|assume|think|imagine|predict|bet)$/.test(x.lower)) return false;
    const m = t[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
    return /^(might|would|could|may|'d|’d)$/.test(t[m]?.lower ?? '') && t[m - 1]?.lower !== 'i';
  });
}

/**
 * A later sentence of the answer says what the habit cost, in the speaker's voice: "cost" said of it or of us ("it
 * actually cost us something", "that cost me a promotion"), or a setback "because of it".
 */
function costToldLater(sentences: readonly Sentence[], k: number): boolean {
  for (let j = k + 1; j < sentences.length; j++) {
    const t = sentences[j].tokens;
    if (t.some((x, i) => !x.quoted && !x.negated && ((/^(cost|costs)$/.test(x.lower) && /^(us|me|my|our|the|a|two|three|it)$/.test(t[i + 1]?.lower ?? '') && t.slice(Math.max(0, i - 3), i).some((y) => /^(it|this|that|habit)$/.test(y.lower))) || (x.lower === 'because' && t[i + 1]?.lower === 'of' && /^(it|this|that|me)$/.test(t[i + 2]?.lower ?? '') && costIn(sentences[j]))))) return true;
  }
  return false;
}

/** The sentence says what the habit cost ("so I missed two deadlines"): a real weakness, not a boast. */
function costIn(s: Sentence, except = -1): boolean {
  // ("lose focus", "lose sight of", "get lost in" are the habit itself, not what it cost)
  return s.tokens.some((x, k, a) => k !== except && /^(missed|miss|misses|slipped|late|cost|costs|lost|lose|loses|burned|burnt|burnout|failed|hurt|delayed|suffered|dropped|wasted|waste|wastes)$/.test(x.lower) && !(/^(lost|lose|loses)$/.test(x.lower) && /^(focus|sight|track|in|myself)$/.test(a[k + 1]?.lower ?? '')));
}

/** "stop polishing", "stop re-testing", "stop checking": going over done work again. */
function stopsPolishing(s: Sentence, i: number): boolean {
  const t = s.tokens;
  // ("re-testing" is one word, or "re", "-", "testing")
  const k = /^(re|over)$/.test(t[i + 1]?.lower ?? '') && t[i + 2]?.text === '-' ? i + 3 : i + 1;
  const w = (t[k]?.lower ?? '').replace(/^(re|over)-/, '');
  return /^(working|thinking|checking|rechecking|improving|testing|retesting|reviewing|rereading|reading)$/.test(w) || POLISH.test(w);
}

type Family = 'overdone virtue' | 'perfectionism' | 'impatience offered as drive' | 'impatience with others';

function aboutMe(s: Sentence, i: number): boolean {
  const c = clauseAt(s, i);
  if (!c) return false;
  if (c.subject === 'I') return true;
  // "my standards are too high", "my bar is impossibly high"
  if (c.subjectFrom !== undefined && s.tokens[c.subjectFrom]?.lower === 'my') return true;
  // what "my weakness" is said to be: "One of my weaknesses is getting too focused on details", "my greatest flaw is
  // that I ..." (the subject names the speaker's shortcoming; the complement, in its clause or the next, is about them)
  const k = s.clauses.indexOf(c);
  for (const d of [c, s.clauses[k - 1]]) {
    if (!d || d.subjectFrom === undefined || d.subjectTo === undefined) continue;
    const subj = s.tokens.slice(d.subjectFrom, d.subjectTo).map((x) => x.lower);
    if (subj.some((x, n) => SHORTCOMING_NOUNS.has(x) && subj.slice(0, n).includes('my'))) return true;
  }
  return s.tokens.slice(c.from, c.to).some((t) => t.lower === 'myself' || t.lower === 'me');
}

/**
 * The candidate's own voice, and what they say about themselves through someone else in a hypothetical ("they
 * might say I am too detail-oriented", answering "what would your manager say"): a report with "might/would/could
 * say" whose words are about "I". A habit of someone else ("my manager likes to say I'm a perfectionist") is theirs.
 */
function ownVoice(s: Sentence): number[] {
  const out = Array.from(spokenTokens(s));
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    // (with adverbs between: "she would probably say", "my lead would likely say that")
    let m = k - 1;
    while (m > 0 && t[m].pos === 'ADV') m--;
    // ("she'll tell you that ...", "she'd probably tell you ...": a prediction of what they would tell)
    if (!/^(say|describe|call|tell)$/.test(t[k].lower) || !/^(might|would|could|will|'ll|'d)$/.test(t[m]?.lower ?? '') || t[k].quoted) continue;
    let at = t[k].lower === 'tell' && /^(you|me|anyone|everyone|people)$/.test(t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    if (t[at]?.lower === 'that') at++;
    const d = clauseAt(s, at);
    // (words about the speaker: "I am ...", or the speaker's own bar or habit, "my bar sits higher than ...")
    const mine = d !== undefined && d.subjectFrom !== undefined && t.slice(d.subjectFrom, d.subjectTo ?? d.subjectFrom + 1).some((x) => x.lower === 'my');
    if (!d || !d.quoted || (d.subject !== 'I' && !mine)) continue;
    for (let i = k + 1; i < t.length && (t[i].quoted || t[i].lower === 'that'); i++) out.push(i);
  }
  return out;
}

/** Said as a mention, not a claim: "it would be easy to say I'm a perfectionist", "people expect me to say". */
function mentioned(s: Sentence, i: number): boolean {
  const t = s.tokens;
  for (let k = Math.max(0, i - 8); k < i; k++) {
    // (or of naming oneself: "it is tempting to call myself a perfectionist", "easy to describe it as ...")
    if (!/^(say|claim|answer|tell|call|describe|label)$/.test(t[k].lower)) continue;
    const before = t.slice(Math.max(0, k - 4), k).map((x) => x.lower);
    if (before.some((x) => /^(easy|tempting|tempted|expect|expects|expected|want|usual|cliché|cliche)$/.test(x))) return true;
    // "I could say ...", "it would be easy to say"; not "my manager might say I am ..." (see ownVoice), nor the
    // speaker naming themselves with a hedge: "I would describe myself as a perfectionist", "I'd call myself impatient"
    const c = clauseAt(s, k);
    const selfNamed = /^(call|describe|label)$/.test(t[k].lower) && t[k + 1]?.lower === 'myself' && c?.subject === 'I' && before.some((x) => /^(would|'d)$/.test(x));
    if (before.some((x) => /^(would|could|might)$/.test(x)) && !(c && isOther(c.subject)) && !selfNamed) return true;
  }
  return false;
}

/**
 * A virtue word set aside as the goal to drop: "progress rather than perfection", "done instead of perfect", "speed
 * over perfection", "not perfection". Said in the remedy, it is not the weakness claimed.
 */
function rejected(s: Sentence, i: number): boolean {
  const t = s.tokens;
  let k = i - 1;
  while (k > 0 && (t[k].pos === 'DET' || t[k].pos === 'ADJ')) k--;
  const w = t[k]?.lower ?? '';
  if ((w === 'of' && t[k - 1]?.lower === 'instead') || (w === 'than' && t[k - 1]?.lower === 'rather') || w === 'over' || w === 'not' || w === 'without') return true;
  // named, then denied in the next clause: "People guess perfectionism; it is not." ("it isn't", "that's not it")
  let j = i + 1;
  while (j < t.length && t[j].pos !== 'PUNCT') j++;
  if (!/^[;,:—–-]$/.test(t[j]?.text ?? '')) return false;
  const rest = t.slice(j + 1, Math.min(t.length, j + 7)).map((x) => x.lower);
  if (rest[0] === 'but') rest.shift();
  return /^(it|that|which)$/.test(rest[0] ?? '') && /^(is|was|'s|isn't|wasn't)$/.test(rest[1] ?? '') && /^(not|n't)$/.test(rest[2] ?? '') && (rest[3] === undefined || rest[3] === '.' || rest[3] === 'it' || rest[3] === ';' || rest[3] === ',');
}

/**
 * The detail-oriented cliché told as being absorbed: "I get lost in the details", "I dive too deep into the
 * technical details", "I lose focus on the whole project while plunging into detailed problems" — a verb of
 * immersion said of the speaker with the details as where they go (not told with what it cost: "... and we missed
 * the cut-over date" is a real weakness).
 */

function lostInDetails(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (!(IMMERSION_VERBS.has(t[i].lower) || GOING_VERBS.has(t[i].lower)) || costIn(s, i) || negatedAt(s, i)) return false;
  // "I dive too deep into a problem", "I go way too deep into whatever I'm debugging", "I get too deep into a task":
  // the immersion itself said to be overdone, whatever it is in
  let k = i + 1;
  while (k < t.length && /^(way|much|far|often|sometimes|usually|always)$/.test(t[k].lower)) k++;
  if (EXCESS.has(t[k]?.lower ?? '') && t[k].lower !== 'so' && /^(deep|deeply|far)$/.test(t[k + 1]?.lower ?? '') && /^(into|in|down|on)$/.test(t[k + 2]?.lower ?? '')) {
    const c0 = clauseAt(s, i);
    return !!c0 && (aboutMe(s, i) || c0.subject === 'none');
  }
  if (GOING_VERBS.has(t[i].lower)) return false;
  // (the verb may be read as a noun or glued by a hyphen: "deep-dive", "plunge into")
  const c = clauseAt(s, i);
  if (!c || !(aboutMe(s, i) || c.subject === 'none')) return false;
  const rest = t.slice(i + 1, Math.min(t.length, i + 8));
  const into = rest.findIndex((x) => /^(into|in|on|over|down|about)$/.test(x.lower));
  return into >= 0 && rest.slice(into).some((x) => DETAIL_WORDS.has(x.lower) && x.lower !== 'edge');
}

/** "I spent four days on a flaky test", "I might spend 3 hours ...": a time spent, counted. */
function timeSpent(s: Sentence): boolean {
  const t = s.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (!SPENDING_VERBS.has(t[i].lower) || negatedAt(s, i)) continue;
    for (let k = i + 1; k < Math.min(t.length - 1, i + 4); k++) if ((t[k].pos === 'NUM' || /^(a|an|whole|entire)$/.test(t[k].lower)) && TIME_UNITS.has(t[k + 1].lower)) return true;
  }
  return false;
}

/**
 * What a trait of impatience is about, when "with", "when", "at" or "if" follows it: other people ("impatient with
 * colleagues", "when others are slow"), or the speaker themselves ("impatient with myself", a real weakness).
 * Neither is told when the speaker's own wanting or a pace follows ("impatient when expecting timely results").
 */
function othersAfter(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const k = t.slice(i + 1, i + 4).findIndex((x) => /^(with|when|whenever|at|if|by)$/.test(x.lower));
  if (k < 0) return false;
  const at = i + 2 + k;
  if (/^(myself|me)$/.test(t[at]?.lower ?? '')) return true;
  const who = phraseAt(s, at);
  if (isOther(who.actor) || OTHERS.test(t[at]?.lower ?? '')) return true;
  const d = /^(when|whenever|if)$/.test(t[at - 1].lower) ? clauseAt(s, at) : undefined;
  return !!d && d.subject !== 'I' && d.subject !== 'none';
}

/** Virtue words a prefix does not overdo as a trait ("overhigh", "over-committed" name an amount or a load). */
const NOT_PREFIXED = /^(much|high|hard|deeply|involved|invested|committed)$/;

/**
 * Excess told by a prefix of the virtue word itself: "hyper-focused", "over-focused", "ultra-thorough",
 * "hyperfocused". Returns the index of the virtue's last token, or -1.
 */
function prefixedVirtue(t: Sentence['tokens'], i: number): number {
  const w = t[i].lower;
  const m = /^(hyper|over|ultra)(.+)$/.exec(w);
  if (m && VIRTUES.has(m[2]) && !NOT_PREFIXED.test(m[2])) return i;
  if (!/^(hyper|over|ultra)$/.test(w) || t[i + 1]?.text !== '-' || !t[i + 2] || t[i + 1].start !== t[i].end || t[i + 2].start !== t[i + 1].end) return -1;
  const v = t[i + 2].lower;
  return VIRTUES.has(v) && !NOT_PREFIXED.test(v) ? i + 2 : -1;
}

function findCliche(s: Sentence): { start: number; end: number; family: Family; absorbed?: boolean } | undefined {
  const t = s.tokens;
  // only the candidate's own voice: someone else's quoted or reported words are not their judgment
  for (const i of ownVoice(s)) {
    const tok = t[i];
    const c = clauseAt(s, i);
    if (!c) continue;
    const w = tok.lower;
    if (mentioned(s, i)) continue;

    // Perfectionism told without the word: "I never settle for good enough", "nothing is ever good enough for me",
    // "I keep polishing long past done", "before I'm satisfied with a solution".
    if (w === 'settle' && negatedAt(s, i, 3) && t[i + 1]?.lower === 'for' && aboutMe(s, i)) return { start: t[c.subjectFrom ?? c.from].start, end: t[Math.min(t.length - 1, i + 3)].end, family: 'perfectionism' };
    if (w === 'enough' && t[i - 1]?.lower === 'good' && negatedAt(s, i - 1, 5) && aboutMe(s, i)) return { start: t[c.from].start, end: tok.end, family: 'perfectionism' };
    if (POLISH.test(w) && aboutMe(s, i) && !negatedAt(s, i) && (/^(keep|kept|keeps)$/.test(t[i - 1]?.lower ?? '') || t.slice(i + 1, Math.min(t.length, i + 8)).some((x, k, a) => (x.lower === 'past' && /^(long|way|well)$/.test(a[k - 1]?.lower ?? '')) || x.lower === 'endlessly' || (x.lower === 'over' && a[k + 2]?.lower === 'over')))) {
      return { start: t[c.subjectFrom ?? c.from].start, end: tok.end, family: 'perfectionism' };
    }
    // Going on past where one should stop, whatever the work: "I'll keep investigating a bug past the point of
    // diminishing returns", "I keep tuning it well past the point where anyone would notice" (a gerund after "keep",
    // then "past the point", "long past" or "well past"; not told with its cost).
    if (/^(keep|kept|keeps|keeping)$/.test(w) && /ing$/.test(t[i + 1]?.lower ?? '') && aboutMe(s, i) && !negatedAt(s, i) && !costIn(s)) {
      const rest = t.slice(i + 2, Math.min(t.length, i + 12));
      const past = rest.findIndex((x, k, a) => (x.lower === 'past' || x.lower === 'beyond') && (a[k + 1]?.lower === 'the' && a[k + 2]?.lower === 'point' || /^(long|well|way|far)$/.test(a[k - 1]?.lower ?? '')));
      if (past >= 0) return { start: t[c.subjectFrom ?? c.from].start, end: t[i + 2 + past].end, family: 'perfectionism' };
    }
    // Absorbed in the work until time goes: "I get absorbed in hard problems and lose track of time", "I go deep on
    // problems and lose track of time" (the speaker's, with being absorbed or deep in the work said in the sentence;
    // not "I lose track of time in long meetings", nor told with its cost).
    if (/^(lose|lost|loses|losing)$/.test(w) && t[i + 1]?.lower === 'track' && t[i + 2]?.lower === 'of' && t[i + 3]?.lower === 'time' && aboutMe(s, i) && !negatedAt(s, i) && !costIn(s)) {
      const absorbed = t.some((x, k) => /^(absorbed|immersed|engrossed|deep|deeply|wrapped|hooked)$/.test(x.lower) || (x.lower === 'caught' && t[k + 1]?.lower === 'up'));
      if (absorbed && !t.some((x) => /^(meeting|meetings|call|calls)$/.test(x.lower))) return { start: t[c.subjectFrom ?? c.from].start, end: t[i + 3].end, family: 'overdone virtue' };
    }
    if (/^(satisfied|happy|content)$/.test(w) && /^(before|until|till)$/.test(t.slice(Math.max(0, i - 4), i).find((x) => /^(before|until|till)$/.test(x.lower))?.lower ?? '') && t.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'i' || x.lower === "'m")) {
      return { start: t[c.from].start, end: tok.end, family: 'perfectionism' };
    }
    // Nothing is let go until all of it is perfect: "nothing leaves my desk until every edge case is handled",
    // "I never ship until everything is spotless" (not with what it cost: "I held every release until each
    // stakeholder signed off, and that cost us two launches" is a real weakness).
    if (/^(until|till|unless)$/.test(w) && /^(every|everything|all|each)$/.test(t[i + 1]?.lower ?? '') && !costIn(s)) {
      // (or the release told as something the speaker cannot bring themselves to do: "I find it almost impossible to
      // hand in work until ...", "I struggle to hand over a design until ...", "it is hard for me to release ...")
      const unable = t.slice(c.from, i).some((x, k, a) => (/^(impossible|hard|difficult|unable|reluctant)$/.test(x.lower) || /^(struggle|struggles|struggled)$/.test(x.lower)) && !x.quoted && (a[k + 1]?.lower === 'to' ? RELEASE.test(a[k + 2]?.lower ?? '') : a[k + 1]?.lower === 'for' && a[k + 2]?.lower === 'me' && a[k + 3]?.lower === 'to' && RELEASE.test(a[k + 4]?.lower ?? '')));
      const held = unable || t.slice(c.from, i).some((x, k, a) => (/^(nothing|never)$/.test(x.lower) || (x.lower === "n't" && /^(leaves?|ships?|goes|go|submit|merge|release|hand)$/.test(a[k + 1]?.lower ?? ''))) && !x.quoted);
      const release = t.slice(c.from, i).some((x) => RELEASE.test(x.lower));
      if (held && release && (aboutMe(s, i) || t.slice(c.from, i).some((x) => x.lower === 'my'))) return { start: t[c.from].start, end: t[i + 1].end, family: 'perfectionism' };
    }
    // Holding everyone to the speaker's own bar, whatever the bar is called: "I expect the same rigour from everyone
    // around me that I demand from myself", "I ask the same thoroughness of my colleagues that I ask of myself".
    if (/^(expect|expects|expected|demand|demands|demanded|require|requires|required|hold|holds|held|ask|asks|asked)$/.test(w) && c.subject === 'I' && !negatedAt(s, i)) {
      // (in the speaker's voice or said of them through someone in a hypothetical: ownVoice gives only those)
      const window = t.slice(i + 1, Math.min(t.length, i + 16));
      const same = window.findIndex((x) => x.lower === 'same');
      const mirror = window.findIndex((x) => x.lower === 'myself');
      // (what is the same is a bar: rigour, care, attention, a standard; not "the same question")
      const bar = window[same + 1];
      if (same >= 0 && same < 4 && mirror > same && bar && (STANDARD_NOUNS.has(bar.lower) || WORK_QUALITIES.has(bar.lower) || polarity(bar.lower) > 0) && !costIn(s)) {
        const others = namesOthers(window.slice(same + 1, mirror));
        if (others) return { start: t[c.subjectFrom ?? c.from].start, end: t[i + 1 + mirror].end, family: 'perfectionism' };
      }
      // or by comparison with the speaker: "I expect everyone on my team to be as thorough as I am", "I expect
      // everyone to test as carefully as I do" (a virtue of work between the two "as")
      const as = window.findIndex((x, n, a) => x.lower === 'as' && a[n + 2]?.lower === 'as' && a[n + 3]?.lower === 'i');
      const virtue = window[as + 1];
      if (as > 0 && virtue && (polarity(virtue.lower) > 0 || WORK_QUALITIES.has(virtue.lower)) && !costIn(s)) {
        const others = namesOthers(window.slice(0, as));
        if (others) return { start: t[c.subjectFrom ?? c.from].start, end: t[Math.min(t.length - 1, i + 5 + as)].end, family: 'perfectionism' };
      }
    }
    // An obsession with getting it right: "I am obsessive about getting every detail exactly right", "I'm fixated on
    // quality", "obsessed with the details" (an excess trait said of the speaker with a virtue as its object).
    if (OBSESSIVE.test(w) && aboutMe(s, i) && !negatedAt(s, i, 6) && /^(about|with|on|over)$/.test(t[i + 1]?.lower ?? '') && !costIn(s)) {
      const what = t.slice(i + 2, Math.min(t.length, i + 9)).map((x) => x.lower);
      if (what.some((x) => QUALITY.test(x))) return { start: t[c.subjectFrom ?? c.from].start, end: t[i + 1].end, family: 'perfectionism' };
    }
    // Extra time spent making the work better: "I take extra time to make my work better", "I often spend extra
    // hours making my work better than it needs to be".
    if (/^(take|takes|took|spend|spends|spent|put|puts)$/.test(w) && aboutMe(s, i) && !negatedAt(s, i) && !costIn(s)) {
      const rest = t.slice(i + 1, Math.min(t.length, i + 10)).map((x) => x.lower);
      const extra = rest.findIndex((x, k) => /^(extra|additional|more|longer)$/.test(x) || (x === 'too' && rest[k + 1] === 'long'));
      if (extra >= 0 && extra < 3 && rest.slice(extra).some((x) => /^(time|hours|days|nights|effort|long|longer)$/.test(x)) && rest.slice(extra).some((x) => /^(better|perfect|perfecting|polishing|right|cleaner|nicer|polished|flawless)$/.test(x))) {
        return { start: t[c.subjectFrom ?? c.from].start, end: t[i + 1 + extra].end, family: 'perfectionism' };
      }
    }
    // Working too hard told without "too": "I have a hard time leaving a problem alone", "I stay until midnight
    // because I love the work", "I give everything to my job", "the last one in the office".
    // ("putting off" is putting things off, not failing to let go; told with its cost it is a real weakness)
    if (LET_GO.test(w) && !(/^put/.test(w) && t[i + 1]?.lower === 'off') && !costIn(s) && aboutMe(s, i) && t.slice(Math.max(c.from, i - 4), i).some((x, k, a) => (x.lower === 'time' && a[k - 1]?.lower === 'hard') || /^(struggle|struggles|cannot|can't|n't|never|unable)$/.test(x.lower) || (/^(hard|impossible|difficult|tough)$/.test(x.lower) && a[k + 1]?.lower === 'to'))) {
      const rest = t.slice(i + 1, Math.min(t.length, i + 6)).map((x) => x.lower);
      // (or left unfinished: "I just can't leave anything incomplete")
      const unfinished = rest.some((x) => /^(incomplete|unfinished|undone|half-done|half-finished|imperfect|rough)$/.test(x)) || rest.some((x, k) => x === 'half' && /^(done|finished)$/.test(rest[k + 2] ?? ''));
      if (rest.includes('alone') || rest.includes('go') || rest.includes('down') || rest.includes('away') || rest.includes('off') || unfinished || (w.startsWith('leav') && rest.some((x) => /^(work|office|problem|problems|bug|task)$/.test(x)))) {
        return { start: t[c.subjectFrom ?? c.from].start, end: t[Math.min(t.length - 1, i + 2)].end, family: 'overdone virtue' };
      }
    }
    if (w === 'last' && aboutMe(s, i) && t.slice(i + 1, i + 6).some((x) => /^(office|leave|building|desk)$/.test(x.lower))) return { start: t[c.subjectFrom ?? c.from].start, end: tok.end, family: 'overdone virtue' };
    if (/^(give|gave|giving)$/.test(w) && aboutMe(s, i) && /^(everything|all|110|120|100)$/.test(t[i + 1]?.lower ?? '') && !negatedAt(s, i)) return { start: t[c.subjectFrom ?? c.from].start, end: t[i + 1].end, family: 'overdone virtue' };
    if (LONG_HOURS.test(w) && aboutMe(s, i) && !negatedAt(s, i, 6) && t.slice(Math.max(c.from, i - 4), i).some((x) => /^(stay|stayed|staying|work|worked|working|answer|answering|until|till)$/.test(x.lower)) && t.some((x, k) => x.lower === 'love' || x.lower === 'loves' || (x.lower === 'free' && t[k - 1]?.lower === 'for'))) {
      return { start: t[c.subjectFrom ?? c.from].start, end: tok.end, family: 'overdone virtue' };
    }
    // Holding others to one's own bar: "I expect the same excellence from my team that I demand from myself",
    // "I set the bar higher than most people can reach".
    if (/^(expect|expected|demand|demanded|require|required|hold|held)$/.test(w) && c.subject === 'I' && !negatedAt(s, i)) {
      const std = t.slice(i + 1, Math.min(t.length, i + 7)).findIndex((x) => STANDARD_NOUNS.has(x.lower) || x.lower === 'excellence');
      if (std >= 0 && t.slice(i + 1, Math.min(t.length, i + 12)).some((x) => /^(team|others|people|everyone|colleagues|teammates)$/.test(x.lower))) return { start: t[c.subjectFrom ?? c.from].start, end: t[i + 1 + std].end, family: 'perfectionism' };
    }
    // The bar above what the work needs, said by comparison: "I hold my own code to a standard that is probably higher
    // than it needs to be", "I care about quality more than is good for deadlines" (not with its cost told).
    if (/^(hold|holds|held|set|sets|care|cares|cared)$/.test(w) && c.subject === 'I' && !negatedAt(s, i) && !costIn(s)) {
      const rest = t.slice(i + 1, Math.min(t.length, i + 16));
      const std = rest.findIndex((x) => STANDARD_NOUNS.has(x.lower) || WORK_QUALITIES.has(x.lower) || DETAIL_WORDS.has(x.lower));
      const over = rest.findIndex((x, n, a) => /^(higher|more|stricter|tighter)$/.test(x.lower) && a[n + 1]?.lower === 'than' && a.slice(n + 2, n + 6).some((y) => /^(needs?|needed|necessary|required|requires|good|healthy|useful|warranted|called|expects|expected|asks|asked)$/.test(y.lower)));
      if (std >= 0 && over > std) return { start: t[c.subjectFrom ?? c.from].start, end: t[i + 1 + over + 1].end, family: 'perfectionism' };
    }
    if (STANDARD_NOUNS.has(w) && /^(higher|high)$/.test(t[i + 1]?.lower ?? '') && t.slice(i + 2, i + 6).some((x) => x.lower === 'than') && aboutMe(s, i) && !costIn(s)) {
      return { start: t[c.subjectFrom ?? c.from].start, end: t[i + 1].end, family: 'perfectionism' };
    }

    // Letting finished work go, told as hard: "I have trouble calling a pull request finished", "I find it almost
    // painful to hand over anything that is merely good enough", "I struggle to call a design done" — perfectionism
    // without the word (a difficulty of the speaker's, a verb of releasing work, and the work's being done or right;
    // not negated, not told with its cost).
    if (DIFFICULTY.test(w) && aboutMe(s, i) && !negatedAt(s, i, 6) && !costIn(s)) {
      const r = t.slice(i + 1, Math.min(t.length, i + 6)).findIndex((x) => RELEASE_VERBS.test(x.lower) && !x.quoted);
      if (r >= 0) {
        const v = i + 1 + r;
        const done = t.slice(v + 1, Math.min(t.length, v + 9)).findIndex((x, n, a) => DONE_WORDS.test(x.lower) && (x.lower !== 'enough' || a[n - 1]?.lower === 'good'));
        if (done >= 0) return { start: t[c.subjectFrom ?? c.from].start, end: t[v + 1 + done].end, family: 'perfectionism' };
      }
    }
    // Caring for the work above one's own life: "I care about my team's success more than about my own evenings",
    // "I value the product more than my own sleep" (the speaker's own time or comfort put second).
    if (/^(care|cares|cared|value|values|valued|prioritise|prioritize|prioritised|prioritized|put|puts)$/.test(w) && c.subject === 'I' && !negatedAt(s, i) && !costIn(s)) {
      const rest = t.slice(i + 1, Math.min(t.length, i + 14));
      const than = rest.findIndex((x, n, a) => /^(more|above|before|over|ahead)$/.test(x.lower) && (x.lower !== 'more' || a[n + 1]?.lower === 'than'));
      if (than >= 0 && rest.slice(than + 1, than + 6).some((x, n, a) => (x.lower === 'own' && a[n - 1]?.lower === 'my') || x.lower === 'myself')) {
        return { start: t[c.subjectFrom ?? c.from].start, end: t[Math.min(t.length - 1, i + 1 + than + 1)].end, family: 'overdone virtue' };
      }
    }
    if (lostInDetails(s, i)) return { start: t[c.subjectFrom ?? c.from].start, end: tok.end, family: 'perfectionism', absorbed: true };
    // Effort poured into the job: "I put too much time into my work", "I pour too many hours into my job because I
    // love what I build" (into the work itself, or for love of it; "too much time in status meetings" is a real one).
    if (EXCESS.has(w) && /^(much|many)$/.test(t[i + 1]?.lower ?? '') && EFFORT_NOUNS.has(t[i + 2]?.lower ?? '') && aboutMe(s, i) && !negatedAt(s, i, 6) && !costIn(s)) {
      const rest = t.slice(i + 3, Math.min(t.length, i + 12)).map((x) => x.lower);
      const job = rest[0] === 'into' || (/^(on|to)$/.test(rest[0] ?? '') && /^(my|the)$/.test(rest[1] ?? '') && /^(work|job|craft|code|projects?)$/.test(rest[2] ?? ''));
      const love = t.some((x) => /^(love|loves|care|cares|passionate|enjoy)$/.test(x.lower));
      if (job || love) return { start: t[c.subjectFrom ?? c.from].start, end: t[i + 2].end, family: 'overdone virtue' };
    }
    // The bar told as higher than others ask: "The standard I hold my own work to is higher than anything a manager
    // has asked of me".
    if (STANDARD_NOUNS.has(w) && (t[i + 1]?.lower === 'i' || possessorBefore(s, i) === 'I') && !negatedAt(s, i, 6)) {
      const k = t.slice(i + 1, Math.min(t.length, i + 12)).findIndex((x, n, a) => /^(higher|high)$/.test(x.lower) && a[n + 1]?.lower === 'than');
      if (k >= 0) return { start: tok.start, end: t[i + 2 + k].end, family: 'perfectionism' };
    }

    // Perfectionism told as what unfinished work does to the speaker: "unfinished work really bothers me",
    // "incomplete work bothers me", "loose ends drive me crazy", "I can't stand leaving a task half-done" (not
    // negated: "loose ends don't bother me as much as they should" is a real one; not told with its cost).
    if (UNFINISHED_WORDS.has(wordAt(t, i)) && !(w === 'loose' && !/^ends?$/.test(t[i + 1]?.lower ?? '')) && !costIn(s)) {
      const end = wordAt(t, i) === w ? i : i + 2; // ("half-done": three tokens)
      const after = t.slice(end + 1, Math.min(t.length, end + 6));
      const v = after.findIndex((x) => DISTRESS_VERBS.has(x.lower));
      const me = v >= 0 && t.slice(end + 2 + v, Math.min(t.length, end + 5 + v)).some((x) => x.lower === 'me');
      const before = t.slice(Math.max(c.from, i - 4), i).map((x) => x.lower);
      const intolerant = c.subject === 'I' && before.some((x) => /^(stand|bear|tolerate|abide)$/.test(x)) && negatedAt(s, i, 5);
      if ((me && !negatedAt(s, end + 1 + v, 3 + v)) || intolerant) return { start: t[c.subjectFrom ?? c.from].start, end: t[me ? end + 1 + v : end].end, family: 'perfectionism' };
    }

    // Perfectionism named: "I'm a perfectionist", "my perfectionism", "a bit of a workaholic".
    if (PERFECTION_WORDS.has(w) && rejected(s, i)) continue;
    // (not someone else's flaw: "my old team lead's weakness was perfectionism")
    const owner = c.subjectTo !== undefined ? possessorBefore(s, c.subjectTo - 1) : undefined;
    // (the weakness named in a fragment with no verb is no one's act: "Perfectionism.", "Sort of a perfectionist?", a
    // list item "1. Perfectionism"; the tagger may take its capital for a name and read a person there)
    const fragment = c.verb === undefined && !t.slice(c.from, c.to).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.lower === "'s") && owner === undefined;
    if (PERFECTION_WORDS.has(w) && w !== 'perfect' && w !== 'perfection' && !negatedAt(s, i, 6) && (!isOther(c.subject) || fragment) && !(owner && isOther(owner))) {
      return { start: tok.start, end: tok.end, family: 'perfectionism' };
    }
    // "everything has to be perfect", "I want it perfect"
    if ((w === 'perfect' || w === 'perfection') && (aboutMe(s, i) || /^(everything|things|it|work)$/.test(t[c.subjectFrom ?? -1]?.lower ?? '')) && !negatedAt(s, i, 6)) {
      return { start: t[c.from].start, end: tok.end, family: 'perfectionism' };
    }

    // A virtue overdone by its prefix: "I can get hyper-focused on certain problems", "I'm over-thorough" (not
    // negated; told with its cost it is a real weakness)
    const pv = prefixedVirtue(t, i);
    if (pv >= 0 && aboutMe(s, i) && !negatedAt(s, i, 6) && !costIn(s)) return { start: t[c.subjectFrom ?? c.from].start, end: t[pv].end, family: 'overdone virtue' };
    // A virtue overdone: too/overly/impossibly + hard, much, dedicated, high (standards), detail-oriented...
    if (EXCESS.has(w) && (w !== 'way' || t[i + 1]?.lower === 'too')) {
      let j = i + 1;
      while (j < t.length && (EXCESS.has(t[j].lower) || t[j].pos === 'ADV') && j - i < 3 && !VIRTUES.has(t[j].lower)) j++;
      const v = t[j];
      const word = v && t[j + 1]?.text === '-' && t[j + 2] ? `${v.lower}-${t[j + 2].lower}` : v?.lower; // "detail-oriented"
      if (!v || !word || !(VIRTUES.has(word) || VIRTUES.has(v.lower)) || negatedAt(s, i, 6) || !aboutMe(s, i)) continue;
      const verb = c.verb !== undefined ? t[c.verb].lower : '';
      // (the splitter opens a clause at "so": "I invest | so much of myself in the people I manage that ...";
      // the verb it overdoes stands just before)
      const opens = c.from >= i - 1;
      const window = t.slice(Math.max(opens ? 0 : c.from, i - 4), Math.min(c.to, j + 4));
      const near = window.map((x) => x.lower);
      const careNear = window.some((x) => CARE_VERBS.test(x.lower) && (x.pos === 'VERB' || x.pos === 'AUX'));
      if (w === 'so' && v.lower !== 'much' && v.lower !== 'deeply') continue; // "so careful" is not yet a cliché
      if ((v.lower === 'much' || v.lower === 'deeply') && !(CARE_VERBS.test(verb) && !opens) && !careNear && !near.some((x) => /^(attention|detail|details|effort)$/.test(x))) continue;
      if (v.lower === 'high' && !near.some((x) => STANDARD_NOUNS.has(x))) continue;
      if (v.lower === 'hard' && !near.some((x) => /^(work|works|worked|working|push|pushed|pushing|myself|on)$/.test(x))) continue;
      // (from the subject of the verb it overdoes, when the clause opened at "so")
      const from = opens ? clauseAt(s, Math.max(0, c.from - 1)) : c;
      const start = Math.min(from?.subjectFrom ?? from?.from ?? i, i);
      return { start: t[start].start, end: t[Math.min(t.length - 1, j + (t[j + 1]?.pos === 'NOUN' ? 1 : 0))].end, family: 'overdone virtue' };
    }

    // The overdone virtue told as an inability: "I cannot say no", "I find it hard to switch off".
    // ("I find it very hard to stop polishing", "I struggle to stop tweaking": perfectionism as an inability)
    if ((w === 'say' && t[i + 1]?.lower === 'no') || ((w === 'switch' || w === 'turn' || w === 'shut') && t[i + 1]?.lower === 'off') || w === 'unplug' || w === 'disconnect' || (w === 'stop' && stopsPolishing(s, i))) {
      const before = t.slice(Math.max(c.from, i - 4), i).map((x) => x.lower);
      const unable = before.some((x) => /^(cannot|can't|n't|hard|difficult|struggle|never|unable)$/.test(x)) || tok.negated;
      // told with what it cost ("so I missed two deadlines"), it is a real weakness, not a boast
      const cost = costIn(s);
      if (unable && !cost && aboutMe(s, i)) return { start: t[c.subjectFrom ?? c.from].start, end: t[i + (t[i + 1]?.lower === 'no' || t[i + 1]?.lower === 'off' ? 1 : 0)].end, family: 'overdone virtue' };
    }

    // Standards held high: "I have very high standards", "I hold myself to a high bar".
    if (STANDARD_NOUNS.has(w) && w !== 'quality' && t.slice(Math.max(0, i - 3), i).some((x) => /^(high|higher|exacting|lofty|demanding|sky-high)$/.test(x.lower))) {
      const owner = possessorBefore(s, i);
      if ((owner === 'I' || aboutMe(s, i)) && !negatedAt(s, i, 6)) return { start: t[c.subjectFrom ?? c.from].start, end: tok.end, family: 'perfectionism' };
    }

    // Working too hard told as never resting: "I don't take breaks", "I rarely take time off", "I don't balance work
    // and life" (the speaker's rest, negated; told with what it cost, it is a real weakness)
    if (REST_WORDS.has(w) && aboutMe(s, i) && !costIn(s) && (c.subject === 'I' || c.subject === 'none')) {
      const verb = t.slice(c.from, i).findIndex((x) => /^(take|takes|took|taking|balance|balancing|rest|have)$/.test(x.lower) || (w === 'balance' && x === tok));
      const neg = t.slice(c.from, i + 1).some((x) => /^(not|n't|never|rarely|seldom|hardly|no)$/.test(x.lower));
      const off = w !== 'time' && w !== 'day' && w !== 'days' ? true : t[i + 1]?.lower === 'off';
      if ((verb >= 0 || w === 'balance') && neg && off && (w !== 'balance' || t.slice(i, Math.min(t.length, i + 6)).some((x) => /^(work|life)$/.test(x.lower)) || t.slice(c.from, i).some((x) => x.lower === 'balance'))) {
        return { start: t[c.subjectFrom ?? c.from].start, end: tok.end, family: 'overdone virtue' };
      }
    }
    // Impatience offered as drive: "I consider myself impatient, I like to see results earlier", "I'm not a patient
    // person ... I want to move faster" (the speaker's trait, with speed or results wanted and no cost told)
    // ("I can be impatient when expecting timely results", "impatient with slow progress": what follows "when" or
    // "with" is the speaker's own wanting or a pace, not other people, who are the next family's)
    const impatientTrait = (IMPATIENCE_WORDS.has(w) && /^(impatient|impatience)$/.test(w)) || (w === 'patient' && negatedAt(s, i, 4));
    if (impatientTrait && aboutMe(s, i) && !costIn(s) && !othersAfter(s, i)) {
      if (t.some((x) => DRIVE_WORDS.has(x.lower) && !x.quoted)) return { start: t[c.subjectFrom ?? c.from].start, end: tok.end, family: 'impatience offered as drive' };
    }

    // Impatience with others' quality: "I get impatient with people who...", "frustrated when others don't...",
    // "I lose patience with teammates who cut corners", "very little patience for sloppy work" (said of the
    // speaker: "the team was frustrated with him" is not).
    const lostPatience = w === 'patience' && t.slice(Math.max(0, i - 3), i).some((x) => /^(lose|lost|losing|little|no|short|zero|limited)$/.test(x.lower));
    // (a temper written with a hyphen, "short-tempered", or "short" with people: "I get short with teammates who ...")
    const temper = (w === 'tempered' && t[i - 1]?.text === '-' && /^(short|hot|quick|ill)$/.test(t[i - 2]?.lower ?? '')) || (w === 'short' && t[i + 1]?.lower === 'with' && /^(get|gets|got|am|'m|was|can|become|became)$/.test(t[i - 1]?.lower ?? ''));
    if ((IMPATIENCE_WORDS.has(w) || lostPatience || temper) && c.subject === 'I' && !negatedAt(s, i, lostPatience ? 0 : 6)) {
      const k = t.slice(i + 1, i + 4).findIndex((x) => /^(with|when|at|if|by|for)$/.test(x.lower));
      if (k >= 0) {
        const at = i + 2 + k;
        const who = phraseAt(s, at);
        const others = isOther(who.actor) || /^(others|people|colleagues|teammates|coworkers)$/.test(t[at]?.lower ?? '');
        if (others) return { start: temper && w === 'tempered' ? t[i - 2].start : tok.start, end: t[Math.max(at, who.end - 1)].end, family: 'impatience with others' };
      }
      // the others told first, in a clause of their own: "When colleagues skip the tests, I get irritated"
      const self = t.slice(i + 1, i + 4).some((x) => x.lower === 'myself');
      const when = s.clauses.find((d) => d.to <= c.from && /^(when|whenever|if)$/.test(t[d.from].lower) && isOther(d.subject));
      if (k < 0 && !self && when && !costIn(s)) return { start: t[when.from].start, end: tok.end, family: 'impatience with others' };
    }
  }
  return undefined;
}

/** A denial after a form, in the languages whose verb comes last: "하지 않", "지 못", "ではない", "すぎない". */
const CJK_DENIED_AFTER = /^[^\s]{0,3}\s?(?:지 않|지는 않|지 못|ではな|じゃな|すぎな|過ぎな)/u;

const CJK = {
  weakness: formsPattern(CJK_WEAKNESS_FORMS.weakness),
  strength: formsPattern(CJK_WEAKNESS_FORMS.strength),
  perfection: formsPattern(CJK_WEAKNESS_FORMS.perfection),
  excess: formsPattern(CJK_WEAKNESS_FORMS.excess),
  virtue: formsPattern(CJK_WEAKNESS_FORMS.virtue),
  impatience: formsPattern(CJK_WEAKNESS_FORMS.impatience),
  others: formsPattern(CJK_WEAKNESS_FORMS.others),
  cost: formsPattern(CJK_WEAKNESS_FORMS.cost),
  negation: formsPattern(CJK_WEAKNESS_FORMS.negation),
};

/** A weakness answer titled in Chinese, Japanese or Korean ("优缺点", "あなたの弱みは何ですか？", "단점"). */
function cjkWeaknessTitle(ctx: StoryRuleContext): boolean {
  const first = ctx.story.prose[0]?.text.split('\n', 1)[0] ?? '';
  return ctx.story.questions.length === 0 && (CJK.weakness.test(ctx.story.title) || (first.length <= 120 && CJK.weakness.test(first)));
}

const OTHER = {
  weakness: wordsPattern(OTHER_WEAKNESS_FORMS.weakness),
  perfection: wordsPattern(OTHER_WEAKNESS_FORMS.perfection, false, 'iu', '\\p{L}*'),
  // an excess word before a virtue, one word between at most ("demasiado exigente", "trop souvent exigeant"), or right
  // after it ("detalhista demais"; not "responsable de demasiados proyectos", a load taken on)
  overdone: new RegExp(
    `(?<!\\p{L})(?:(?:${OTHER_WEAKNESS_FORMS.excess.join('|')})\\s+(?:\\p{L}+\\s+)?(?:${OTHER_WEAKNESS_FORMS.virtue.join('|')})|(?:${OTHER_WEAKNESS_FORMS.virtue.join('|')})\\s+(?:${OTHER_WEAKNESS_FORMS.excess.join('|')}))(?!\\p{L})`,
    'iu',
  ),
  // working or giving oneself too much, said by the speaker: the verb opens its clause or follows its subject or "que"
  // ("trabajo demasiado", "que trabajo demasiado", "je travaille trop", "ich arbeite zu viel"; not "un trabajo demasiado largo")
  overwork: new RegExp(
    `(?:^|[,;:]\\s*|(?<!\\p{L})(?:que|yo|je|ich|eu|io|я|y|e|et|und|dass ich|weil ich|porque|parce que)\\s+)(?:${OTHER_WEAKNESS_FORMS.work.join('|')})\\s+(?:${OTHER_WEAKNESS_FORMS.excess.join('|')})(?!\\p{L})`,
    'iu',
  ),
  // an excess degree word grading anything, not an amount ("trop de tâches", "troppo di", "demasiado tiempo en"
  // is read by `overdone` and `overwork` when it is one of theirs)
  degree: new RegExp(`(?<![\\p{L}'’])(?:${OTHER_WEAKNESS_FORMS.degree.join('|')})(?![\\p{L}])(?!\\s+(?:de|d'|d’|des|di|del|della|of)(?![\\p{L}]))`, 'iu'),
  sayNo: wordsPattern(OTHER_WEAKNESS_FORMS.sayNo),
  unable: wordsPattern(OTHER_WEAKNESS_FORMS.unable),
  cost: new RegExp(`(?<!\\p{L})(?:${OTHER_WEAKNESS_FORMS.cost.join('|')})`, 'iu'),
};

/** A weakness answer titled in one of the other languages ("¿Cuál es tu mayor debilidad?", "Was ist Ihre größte Schwäche?"). */
function otherWeaknessTitle(ctx: StoryRuleContext): boolean {
  const first = ctx.story.prose[0]?.text.split('\n', 1)[0] ?? '';
  return ctx.story.questions.length === 0 && (OTHER.weakness.test(ctx.story.title) || (first.length <= 120 && /[?？]\s*$/u.test(first) && OTHER.weakness.test(first)));
}

/**
 * An answer to the weakness question, in any language: by the question it names, or by its title ("What is your
 * greatest weakness?", "缺点", "短所", "본인의 단점은 무엇인가요?", "¿Cuál es tu mayor debilidad?"). vague-impact reads
 * such an answer's result as the speaker's own growth.
 */
export function isWeaknessAnswer(ctx: StoryRuleContext): boolean {
  return answersQuestion(ctx.story, QUESTION_ID.greatestWeakness, WEAKNESS_TITLE) || cjkWeaknessTitle(ctx) || otherWeaknessTitle(ctx);
}

/**
 * The weakness clichés in Spanish, French, German, Portuguese, Italian and Russian, which the English tagger does not
 * read: perfectionism named ("soy perfeccionista", "je suis perfectionniste"), a virtue overdone ("trop exigeant avec
 * moi-même", "detalhista demais", "trabajo demasiado"; or anything graded as too much in the sentence that names the
 * weakness: "mi debilidad es que me preocupo más de la cuenta") and not being able to say no ("ich kann nicht Nein sagen"),
 * sentence by sentence, not denied in the three words before ("je ne suis pas perfectionniste") and not told with
 * its cost in the same sentence ("... y retrasé la entrega": a real weakness).
 */
function otherCliches(ctx: StoryRuleContext): { start: number; end: number; family: Family }[] {
  const out: { start: number; end: number; family: Family }[] = [];
  for (const { text, start: segStart } of budgetedProse(ctx.story.prose)) {
    // (sentences, clauses, negation, quotation and reported words by the one other-language reader, nlp/other-language)
    for (const span of ANY_ALPHABETIC.sentences(text)) {
      const sentence = text.slice(span.start, span.end);
      if (OTHER.cost.test(sentence)) continue;
      const at = segStart + span.start;
      // denied by a negator among the three words before it in its clause ("je ne suis pas perfectionniste", "não sou
      // tão perfeccionista"), or someone else's words: quoted, or reported ("mi jefe dice que soy perfeccionista")
      const denied = (k: number): boolean => {
        const before = text.slice(ANY_ALPHABETIC.clauseStart(text, span.start + k), span.start + k);
        const words = before.trim().split(/\s+/u);
        return ANY_ALPHABETIC.deniedBefore(before) || ANY_ALPHABETIC.deniedBefore(words.slice(0, -1).join(' ') + ' ') || ANY_ALPHABETIC.quoted(text, span.start, span.start + k) || ANY_ALPHABETIC.reported(sentence.slice(0, k));
      };
      const p = OTHER.perfection.exec(sentence);
      if (p && !denied(p.index)) {
        out.push({ start: at + p.index, end: at + p.index + p[0].length, family: 'perfectionism' });
        continue;
      }
      const o = OTHER.overdone.exec(sentence) ?? OTHER.overwork.exec(sentence);
      if (o && !denied(o.index)) {
        const lead = /^[\s,;:]*/u.exec(o[0])?.[0].length ?? 0;
        out.push({ start: at + o.index + lead, end: at + o.index + o[0].length, family: 'overdone virtue' });
        continue;
      }
      // the sentence that names the weakness grades it as too much of something ("Il mio punto debole è che sono troppo
      // precisa", "Meine größte Schwäche ist, dass ich mich zu sehr ... identifiziere"): whatever is overdone, it is
      // offered as a virtue when no cost is told with it
      const w = OTHER.weakness.exec(sentence);
      const d = w ? OTHER.degree.exec(sentence.slice(w.index + w[0].length)) : null;
      if (w && d) {
        const k = w.index + w[0].length + d.index;
        // (nor the weakness said not to be it: "Meine größte Schwäche ist nicht, dass ich zu sehr ...", "mi debilidad no
        // es que sea demasiado ...": a negator anywhere between the two)
        if (!denied(k) && !ANY_ALPHABETIC.negatorIn(sentence.slice(w.index + w[0].length, k))) {
          // (shown with what it grades: the word after it, "troppo scrupolosa", or the word before, "me preocupo más de la
          // cuenta")
          // (not a short function word: "zu sehr mit" shows "mich zu sehr")
          const after = /^\s+[\p{L}'’-]+/u.exec(sentence.slice(k + d[0].length));
          const next = after && after[0].trim().length > 3 ? after : null;
          const prev = /[\p{L}'’-]+\s+$/u.exec(sentence.slice(0, k));
          const from = !next && prev ? prev.index : k;
          out.push({ start: at + from, end: at + k + d[0].length + (next?.[0].length ?? 0), family: 'overdone virtue' });
          continue;
        }
      }
      const n = OTHER.sayNo.exec(sentence);
      if (n && OTHER.unable.test(sentence.slice(0, n.index) + ' ' + sentence.slice(n.index + n[0].length))) {
        out.push({ start: at + n.index, end: at + n.index + n[0].length, family: 'overdone virtue' });
      }
    }
  }
  return out;
}

/**
 * The weakness clichés written in Chinese, Japanese or Korean (no spaces, so read by forms inside a clause, not by
 * the tagger): a virtue overdone ("对自己的要求过高", "細部にこだわりすぎる"), perfectionism named ("完美主义",
 * "细节控"), and impatience with others ("比较急躁 ... 我带的几个校招生 ..."), in the weakness part of the answer
 * (from its "缺点" label to a "优点" label, when it has them), not denied just before, and not told with its cost
 * in the same sentence ("导致项目延期": a real weakness).
 */
function cjkCliches(ctx: StoryRuleContext): { start: number; end: number; family: Family }[] {
  const out: { start: number; end: number; family: Family }[] = [];
  // the weakness part: from the first weakness label in the prose on, up to a strength label after it
  let inPart = !ctx.story.prose.some((p) => CJK.weakness.test(p.text));
  let impatient: { start: number; end: number } | undefined;
  let others = false;
  for (const { text, start: segStart } of budgetedProse(ctx.story.prose)) {
    if (!CJK_SCRIPT.test(text)) continue;
    // sentences, then clauses
    for (const m of text.matchAll(/[^。！？!?\n]+/gu)) {
      const sentence = m[0];
      const at = segStart + (m.index ?? 0);
      const w = CJK.weakness.exec(sentence);
      const st = CJK.strength.exec(sentence);
      if (w && (!st || st.index < w.index)) inPart = true;
      else if (st && inPart && (!w || w.index < st.index)) inPart = false;
      if (!inPart) continue;
      if (CJK.others.test(sentence)) others = true;
      if (CJK.cost.test(sentence)) continue;
      for (const c of sentence.matchAll(/[^，,；;：:、]+/gu)) {
        const clause = c[0];
        const from = at + (c.index ?? 0);
        // (denied just before, or in Japanese and Korean, where the verb comes last, right after: "너무 과몰입하지 않고",
        // "こだわりすぎないように")
        const denied = (k: number, end = k): boolean => CJK.negation.test(clause.slice(Math.max(0, k - 4), k)) || CJK_DENIED_AFTER.test(clause.slice(end, end + 8));
        const p = CJK.perfection.exec(clause);
        if (p && !denied(p.index, p.index + p[0].length)) {
          out.push({ start: from + p.index, end: from + p.index + p[0].length, family: 'perfectionism' });
          continue;
        }
        const v = CJK.virtue.exec(clause);
        const e = CJK.excess.exec(clause);
        if (v && e && !denied(Math.min(v.index, e.index), Math.max(v.index + v[0].length, e.index + e[0].length))) {
          const a = Math.min(v.index, e.index);
          const b = Math.max(v.index + v[0].length, e.index + e[0].length);
          out.push({ start: from + a, end: from + b, family: 'overdone virtue' });
          continue;
        }
        const i = CJK.impatience.exec(clause);
        if (i && !impatient && !denied(i.index)) impatient = { start: from + i.index, end: from + i.index + i[0].length };
      }
    }
  }
  if (impatient && others) out.push({ ...impatient, family: 'impatience with others' });
  return out;
}

export const fakeWeakness: StoryRule = {
  meta: {
    id: 'fake-weakness',
    description: 'A strength posing as a weakness (working too hard, caring too much, perfectionism, impatience with others) in a story for the weakness question',
    defaultSeverity: 'warning',
    tags: ['self-awareness', 'red-flag', 'language'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    if (!isWeaknessAnswer(ctx)) return;
    const short = questionById(QUESTION_ID.greatestWeakness)?.short ?? 'weakness';
    const seen = new Set<number>();
    const sentences = storyLanguage(ctx).sentences;
    for (let k = 0; k < sentences.length; k++) {
      const hit = findCliche(sentences[k]);
      if (!hit) continue;
      // being absorbed, told with what it cost in the next sentence ("I get lost in the details. Last year ... we
      // missed the cut-over date", "I might spend 3 hours making a query 5 ms faster"), is a real weakness
      if (hit.absorbed && sentences[k + 1] && (costIn(sentences[k + 1]) || timeSpent(sentences[k + 1]))) continue;
      // a habit told with what it cost later in the answer, in a sentence that says so ("Last quarter it actually cost
      // us something: ... our request waited a month because of it") is a real weakness; a virtue named as too much
      // of itself stays a cliché whatever it cost ("I am too thorough for my own good. Last year it cost us a week")
      if (hit.family !== 'overdone virtue' && costToldLater(sentences, k)) continue;
      // nor what others might suppose the answer would be ("Colleagues might guess I'd say I work too hard")
      if (supposedBefore(sentences[k], hit.start)) continue;
      seen.add(hit.start);
      ctx.report({
        message: `${quote(ctx.file.text.slice(hit.start, hit.end))} is a strength posing as a weakness (${hit.family}), and interviewers have heard it many times. For "${short}", pick a real one that has cost you something, and say what you are doing about it.`,
        range: ctx.range(hit.start, hit.end),
      });
    }
    // the learned reader (knowledge/flag-models.ts): an English sentence of your own the cliché readers above did not
    // flag, weighed by its words, their classes by meaning and who they are said of; not one told with its cost next
    for (const s of learnedFlags(ctx, FLAG_MODELS['fake-weakness'], speaksOwnEnglish)) {
      if ([...seen].some((at) => at >= s.start && at <= s.end)) continue;
      const next = sentences[sentences.indexOf(s) + 1];
      if (next && (costIn(next) || timeSpent(next))) continue;
      seen.add(s.start);
      ctx.report({
        message: `${quote(ctx.file.text.slice(s.start, s.end))} reads as a strength posing as a weakness (what it says of you, in what words), and interviewers have heard it many times. For "${short}", pick a real one that has cost you something, and say what you are doing about it.`,
        range: ctx.range(s.start, s.end),
      });
    }
    for (const hit of [...cjkCliches(ctx), ...otherCliches(ctx)]) {
      seen.add(hit.start);
      ctx.report({
        message: `${quote(ctx.file.text.slice(hit.start, hit.end))} is a strength posing as a weakness (${hit.family}), and interviewers have heard it many times. For "${short}", pick a real one that has cost you something, and say what you are doing about it.`,
        range: ctx.range(hit.start, hit.end),
      });
    }
    for (const m of matchRulePhrases('fake-weakness', ctx.config, ctx.story.prose)) {
      if (seen.has(m.start)) continue;
      ctx.report({
        message: `${quote(m.text)} is a strength posing as a weakness (a phrase from your settings). For "${short}", pick a real one that has cost you something, and say what you are doing about it.`,
        range: ctx.range(m.start, m.end),
      });
    }
  },
};

/** Whether the words name other people: "everyone", "my team", "colleagues", "the juniors". */
function namesOthers(words: readonly Token[]): boolean {
  return words.some((x) => OTHERS.test(x.lower) || PERSON_NOUNS.has(x.lower) || GROUP_NOUNS.has(x.lower));
}
