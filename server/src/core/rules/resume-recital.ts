// resume-recital: "tell me about yourself" answered as a walk through the resume — a chronology of three or
// more career steps, dated or put in order, whatever the wording. A career step is a clause in which the
// speaker (or a subject-less bullet) joins, leaves, graduates, moves, is promoted, works somewhere as
// something; it is dated or ordered when a year, a span of time or an ordering word ("then", "two years
// later") sits in its sentence. Users' literal `phrases: { resume-recital: [...] }` still add to it.
import { ALPHA_SENTENCE, ANY_ALPHABETIC, CJK_TIME } from '../nlp/other-language';
import { CAREER_VERBS, CJK_CAREER_FORMS, OTHER_CAREER_FORMS, FAILURE_NOUNS, FEELING_VERBS, GROUP_NOUNS, MODAL_VERBS, ORDER_WORDS, PERSON_NOUNS, RECIPIENT_NOUNS, WISH_VERBS } from '../nlp/lexicon';
import { polarity } from '../nlp/analyze';
import { QUESTION_ID } from '../knowledge/index';
import { isOther } from '../nlp/query';
import type { Clause, Sentence, Token } from '../nlp/types';
import type { StoryRule, StoryRuleContext } from './rule';
import { CJK_SCRIPT, answersQuestion, budgetedProse, formsPattern, introducesSelf, matchRulePhrases, quote, storyLanguage } from './util';

/** "Tell me about yourself" in the knowledge base. */
/** Career steps, at least RECITAL_DATED of them dated or ordered, at which the answer reads as a resume. */
export const RECITAL_STEPS = 3;
export const RECITAL_DATED = 2;
/** A story that declares no question is a tell-me-about-yourself answer when its title says so. */
const TMAY_TITLE = /\b(tell me about yourself|about me|introduce yourself|introduction|self-introduction|walk (me )?through your (resume|background|career)|elevator pitch|my background|tmay|life'?s? story|(?:30|60|90)[- ]second (?:pitch|intro|introduction|story))\b/i;

/** Career verbs that are a step by themselves; the others need a place or a role ("moved to Acme", "worked as"). */
const STRONG = new Set(['join', 'joined', 'joining', 'graduate', 'graduated', 'graduating', 'promote', 'promoted', 'hire', 'hired', 'relocate', 'relocated', 'intern', 'interned', 'enroll', 'enrolled', 'study', 'studied', 'found', 'founded', 'co-founded']);
const CAREER_NOUNS = /^(career|job|role|position|degree|university|college|school|bootcamp|company|startup|firm|bank|agency|consultancy|internship|masters|master's|phd|bachelor's|industry)$/;
const YEAR = /^(?:19|20)\d\d(?:s)?$|^(?:19|20)\d\d[-–](?:19|20)?\d\d$/;
const SPAN = /^(years?|months?|decades?|ago|later|earlier|after|since)$/;
const ORDINALS = /^(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|previous|current|latest)$/;

/** A stint of training or schooling one does: "did an apprenticeship", "did a master's". */
const SCHOOLING = /^(internship|apprenticeship|degree|diploma|masters|master's|phd|doctorate|bachelor's|bootcamp|placement|residency|fellowship|traineeship)$/;

/** What one gets or takes as a career step: "got an internship", "pursued a diploma", "took a job", "landed a role". */
const CAREER_OBJECTS = /^(job|jobs|role|position|internship|apprenticeship|degree|diploma|masters|master's|phd|doctorate|bachelor's|bachelor|bachelors|mba|msc|bsc|offer|placement|fellowship|residency|bootcamp|class|classes|course|courses|certification|certificate|major)$/;

interface Step {
  start: number;
  end: number;
  dated: boolean;
}

/** Nouns after "at a ..." that are not a place of work ("at a high level", "at the time"). */
const NOT_A_PLACE = /^(time|point|level|rate|scale|cost|pace|moment|end|start|beginning|least|most|once|same|first|glance|risk|speed|hand|home|night|weekend|weekends|scale)$/;

/** Verbs that do not take a step by their object ("was a job", "wanted a role", "loved the job"). */
const COPULA_LIKE = /^(is|was|were|be|been|being|am|are|want|wanted|wants|need|needed|like|liked|love|loved|enjoy|enjoyed|hate|hated|do|did|does|have|has|had|make|made|see|saw|find|found)$/;

/** Numbers written as words, for ages ("at twenty-five"). */
const NUMBER_WORDS = /^(sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)$/;
/** Groups a person leads as a role: "running its network team", "managing the data group". */
const LEAD_VERBS = /^(lead|leads|led|leading|run|runs|ran|running|manage|manages|managed|managing|head|heads|headed|heading|took|take|taking)$/;
const UNITS = /^(team|teams|group|groups|department|org|organization|organisation|division|unit|office|practice|function)$/;

/** "At twenty-five I ...", "at 30 I ...", "by twenty-six I ...": an age that dates a step. */
function ageAt(t: readonly Token[], i: number): boolean {
  // ("by thirty I was running its network": the age a step was reached by)
  if (t[i].lower !== 'at' && t[i].lower !== 'by') return false;
  let k = i + 1;
  if (!(t[k] && (NUMBER_WORDS.test(t[k].lower) || (/^\d\d$/.test(t[k].text) && +t[k].text >= 15 && +t[k].text <= 80)))) return false;
  k++;
  while (t[k] && (t[k].text === '-' || t[k].pos === 'NUM')) k++;
  // ("at eighteen I ...", "left school at eighteen, ...", "left school at eighteen and did an apprenticeship")
  return !t[k] || t[k].pos === 'PRON' || t[k].pos === 'PUNCT' || t[k].pos === 'CCONJ';
}

/** A stage of life that dates a step: "In college", "at university", "after graduation", "during my masters". */
const LIFE_STAGES = /^(college|university|uni|school|graduation|grad|masters|undergrad|childhood)$/;

function datedToken(t: readonly Token[], x: Token, k: number): boolean {
  if (LIFE_STAGES.test(x.lower) && /^(in|at|after|during|since|from|out|before)$/.test(t[k - 1]?.lower ?? t[k - 2]?.lower ?? '')) return true;
  // "Now I build ...", "Today I lead ...": the present as the last step of a walk
  if (/^(now|today|nowadays)$/.test(x.lower) && (k === 0 || t[k - 1].pos === 'PUNCT' || t[k - 1].pos === 'CCONJ')) return true;
  // "these days I build ...", "at present I lead ...": the same present, in two words
  if ((x.lower === 'days' && t[k - 1]?.lower === 'these') || (x.lower === 'present' && t[k - 1]?.lower === 'at')) return k < 2 || t[k - 2].pos === 'PUNCT' || t[k - 2].pos === 'CCONJ';
  // "Previously, I worked at ...", "Formerly, a tester at ...": a step put before the present, opening its clause (a
  // walk told newest first is in order; "currently" alone places nothing, and "I've previously built X at Y" says
  // what was done, not when)
  if (/^(previously|formerly)$/.test(x.lower) && (k === 0 || t[k - 1].pos === 'PUNCT' || t[k - 1].pos === 'CCONJ')) return true;
  return YEAR.test(x.text) || ORDER_WORDS.has(x.lower) || SPAN.test(x.lower) || ORDINALS.test(x.lower) || ageAt(t, k);
}

/**
 * The first step of a walk said as its start: "I started out selling broadband", "I started my career as a tester",
 * "I began my university journey as a commerce student" (an order, like "first").
 */
function walkStart(t: readonly Token[], k: number, to: number): boolean {
  if (!/^(started|began|start|begin)$/.test(t[k].lower) || t[k].pos !== 'VERB') return false;
  if (/^(out|off)$/.test(t[k + 1]?.lower ?? '')) return true;
  return t[k + 1]?.lower === 'my' && t.slice(k + 2, Math.min(to, k + 5)).some((x) => /^(career|journey|working|professional)$/.test(x.lower));
}

/** Learning told as a step of a life: "I taught myself Python", "I picked up SQL", "I majored in economics". */
function learningStep(t: readonly Token[], i: number, to: number): boolean {
  const w = t[i].lower;
  // (a verb of the speaker's, not a participle after a noun: "a graduate student at CMU majored in EE" is a title)
  const p = t[i - 1];
  if (p && !(p.lower === 'i' || p.lower === 'to' || p.pos === 'ADV' || p.pos === 'CCONJ' || p.pos === 'PUNCT')) return false;
  // "I learned Python on my own", "learnt to code by myself": self-teaching said another way
  if (/^(learned|learnt)$/.test(w)) return t.slice(i + 1, Math.min(to, i + 8)).some((x, n, a) => (x.lower === 'own' && a[n - 1]?.lower === 'my') || (x.lower === 'myself' && a[n - 1]?.lower === 'by'));
  if (/^(taught|teach|teaches)$/.test(w)) return t[i + 1]?.lower === 'myself' && i + 2 < to && /^(NOUN|PROPN|ADJ)$/.test(t[i + 2].pos);
  if (/^(picked|pick|picks)$/.test(w)) return t[i + 1]?.lower === 'up' && i + 2 < to && /^(NOUN|PROPN)$/.test(t[i + 2].pos);
  return /^(majored|major|minored)$/.test(w) && t[i + 1]?.lower === 'in';
}

/** "as a junior developer", "at a travel startup", "at Acme", "for a small agency": a stint named by a role or a place of work. */
function stintAt(t: readonly Token[], i: number, to: number): boolean {
  const w = t[i].lower;
  // "running its network team", "took over the data group": leading a unit is a role
  if (LEAD_VERBS.test(w) && t[i].pos === 'VERB') {
    for (let k = i + 1; k < Math.min(to, i + 6); k++) if (UNITS.test(t[k].lower) && t[k].pos === 'NOUN') return true;
    return false;
  }
  if (w !== 'as' && w !== 'at' && w !== 'for' && w !== 'in') return false;
  // "unique as a developer", "comfortable as a lead": a quality judged in a role, not a role held
  // ("good at communication", "better at planning": a skill, not a place of work)
  if ((w === 'as' || w === 'at') && t[i - 1]?.pos === 'ADJ') return false;
  let k = i + 1;
  while (k < to && k - i <= 5 && (t[k].pos === 'DET' || t[k].pos === 'ADJ' || t[k].pos === 'NUM' || (t[k].pos === 'PRON' && /^(my|our)$/.test(t[k].lower)))) k++;
  // the head of the phrase: the last noun of the run
  let h = -1;
  while (k < to && k - i <= 6 && (t[k].pos === 'NOUN' || t[k].pos === 'PROPN')) h = k++;
  if (h < 0) return false;
  const head = t[h].lower;
  if (NOT_A_PLACE.test(head)) return false;
  // "in a product company", "in a bank": a place of work by its kind (not "in the meeting", "in Berlin")
  if (w === 'in') return CAREER_NOUNS.test(head) && /^(company|startup|firm|bank|agency|consultancy)$/.test(head);
  if (w === 'as') return PERSON_NOUNS.has(head) || /^(engineer|designer|developer|analyst|lead|manager|intern|consultant|scientist|architect|founder|cto|vp)s?$/.test(head);
  // "for a small agency", "for Acme": a place of work, not "for the team" or "for a week"
  // ("for my customers": the people the work is for, not a place of work)
  if (w === 'for') return CAREER_NOUNS.test(head) || (GROUP_NOUNS.has(head) && !UNITS.test(head) && !RECIPIENT_NOUNS.has(head)) || (t[h].pos === 'PROPN' && h === i + 1);
  return true;
}



/**
 * A career verb that takes no step here: work on something ("worked on the SafeJar project", a task, not a stint),
 * work with a team ("worked with a team": how, not where), a state come into ("became more interested"), and
 * the speaker acting on other people ("hired 52 people", "graduated 4 JS devs": a result of theirs, not a move).
 */
function notAStep(t: readonly Token[], i: number, to: number): boolean {
  const w = t[i].lower;
  let k = i + 1;
  while (k < to && t[k].pos === 'ADV') k++;
  const next = t[k];
  if (!next) return false;
  if (/^(work|worked|working)$/.test(w)) {
    if (next.lower === 'on') return true;
    if (next.lower === 'with') {
      for (let j = k + 1; j < Math.min(to, k + 4); j++) if (UNITS.test(t[j].lower) || (PERSON_NOUNS.has(t[j].lower) && t[j].pos === 'NOUN')) return true;
    }
    return false;
  }
  if (/^(become|became)$/.test(w)) return next.pos === 'ADJ' || /^(more|less|very|really|so|quite|increasingly)$/.test(next.lower);
  if (/^(hire|hired|graduate|graduated|promote|promoted)$/.test(w) && t[i - 1]?.lower !== 'was' && t[i - 1]?.lower !== 'got' && t[i - 1]?.lower !== 'been') {
    // "hired 52 great people", "graduated 4 JS devs", "promoted two of my reports"
    for (let j = k; j < Math.min(to, k + 5); j++) {
      // ("three of them": a share of the people)
      if (t[j].lower === 'of' && t[j - 1]?.pos === 'NUM') continue;
      if (t[j].pos === 'ADP' || t[j].pos === 'PUNCT') return false;
      if ((PERSON_NOUNS.has(t[j].lower) || /^(devs|leads|people|folks)$/.test(t[j].lower)) && /^(NOUN|PROPN)$/.test(t[j].pos)) return true;
      // ("promoted three of them", "hired her"): people named by a pronoun
      if (t[j].pos === 'PRON' && /^(them|him|her|us|you)$/.test(t[j].lower)) return true;
    }
  }
  // a step another person takes at the speaker's doing: "helped two of them move into management", "let her join the
  // platform team", "got him promoted" (a verb of causing, then its object, then the step: theirs, not a move of mine)
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    if (t[j].pos === 'PUNCT' || t[j].lower === 'i') break;
    if (/^(help|helps|helped|helping|let|lets|letting|got|get|gets|getting|made|make|encouraged|encourage|mentored|coached|pushed|allowed|enabled)$/.test(t[j].lower) && (t[j].pos === 'VERB' || t[j].pos === 'AUX')) {
      const between = t.slice(j + 1, i);
      return between.some((x) => (x.pos === 'PRON' && x.lower !== 'i' && x.lower !== 'me' && x.lower !== 'myself') || x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'NUM');
    }
  }
  return false;
}

/** The index of a job, a role or a degree the verb at i takes as its object ("got an internship", "took some classes"), or -1. */
function careerObject(t: readonly Token[], i: number, to: number): number {
  let k = i + 1;
  while (k < to && k - i <= 4 && (t[k].pos === 'DET' || t[k].pos === 'ADJ' || t[k].pos === 'NUM' || (t[k].pos === 'NOUN' && !CAREER_OBJECTS.test(t[k].lower)) || (t[k].pos === 'PRON' && /^(my|our|a|first)$/.test(t[k].lower)))) k++;
  return k < to && CAREER_OBJECTS.test(t[k].lower) && t[k].pos === 'NOUN' ? k : -1;
}

/** A course of study followed by the school it was taken at: "a degree in physics from Leeds", "a master's at ETH". */
function degreeFrom(t: readonly Token[], i: number, to: number): boolean {
  for (let k = i + 1; k < Math.min(to - 1, i + 6); k++) {
    if (t[k].pos === 'VERB' || t[k].pos === 'AUX' || t[k].pos === 'PUNCT') return false;
    if (/^(from|at)$/.test(t[k].lower)) return t[k + 1].pos === 'PROPN' || (t[k + 1].pos === 'DET' && t[k + 2]?.pos === 'PROPN') || CAREER_NOUNS.test(t[k + 1].lower) || CAREER_NOUNS.test(t[k + 2]?.lower ?? '');
  }
  return false;
}

/** Verbs of the mind, which say no step even now: "Now I know ...", "Today I believe ...". */
const MIND_VERBS = /^(think|believe|know|feel|see|realize|realise|understand|hope|want|wish|guess|mean|say|need)$/;

/**
 * A clause opened by the present ("now", "today", "nowadays", "these days", "at present") whose subject is the
 * speaker doing something other than thinking or wishing: the current stint. Returns the verb's index, or -1.
 */
function presentStep(t: readonly Token[], c: Clause): number {
  let k = c.from;
  while (k < c.to && (t[k].pos === 'PUNCT' || t[k].pos === 'CCONJ' || t[k].lower === 'and')) k++;
  if (/^(now|today|nowadays)$/.test(t[k]?.lower ?? '')) k++;
  else if ((t[k]?.lower === 'these' && t[k + 1]?.lower === 'days') || (t[k]?.lower === 'at' && t[k + 1]?.lower === 'present')) k += 2;
  else return -1;
  if (t[k]?.text === ',') k++;
  if (t[k]?.lower !== 'i' || c.verb === undefined || c.verb !== k + 1) return -1;
  const v = t[c.verb];
  if (v.pos !== 'VERB' || MIND_VERBS.test(v.lower) || FEELING_VERBS.has(v.lower) || WISH_VERBS.has(v.lower) || v.negated) return -1;
  return c.verb;
}

/** Words after which "to" + a verb is a step sought, not taken: "I'm looking to join", "eager to move", "I'd like to lead". */
const SEEKING = /^(looking|seeking|plan|plans|planning|like|love|eager|keen|excited|ready|aim|aims|aiming|intend|intends|intending|trying|try|expect|expecting|need|needs|hoping)$/;

/** A verb after a wish: "I'm looking to join a smaller company", "I want to move into management" (still ahead). */
function wished(t: readonly Token[], i: number): boolean {
  if (t[i - 1]?.lower !== 'to' || !(t[i].pos === 'VERB' || t[i].pos === 'AUX')) return false;
  const w = t[i - 2]?.lower ?? '';
  return WISH_VERBS.has(w) || SEEKING.test(w);
}

/**
 * A clause told as still ahead: a modal or "going to" in its verb group ("I'll graduate next year", "in September I
 * will join a startup", "I'm going to start a master's"), or a progressive with a time to come ("since I am
 * graduating next year", "I'm starting a graduate scheme soon"). A step still to come is no walk through the past.
 */
function ahead(s: Sentence, c: Clause): boolean {
  const t = s.tokens;
  if (c.verb === undefined) return false;
  const end = Math.min(c.to, c.verb + 3);
  for (let k = c.from; k < end; k++) {
    const w = t[k].lower;
    if (MODAL_VERBS.has(w) && (t[k].pos === 'AUX' || t[k].pos === 'VERB') && k <= c.verb + 1) return true;
    if ((w === 'going' || w === 'about') && t[k + 1]?.lower === 'to' && k <= c.verb + 1) return true;
  }
  const progressive = t.slice(c.from, end).some((x, n, a) => /^(am|'m|’m|is|are)$/.test(x.lower) && /ing$/.test(a[n + 1]?.lower ?? ''));
  return progressive && t.slice(c.from, c.to).some((x, n, a) => x.lower === 'soon' || (x.lower === 'next' && a[n + 1]?.pos === 'NOUN'));
}

/**
 * A career verb left open before a colon, its places given as a list: "I worked at:", "Before GlobalLogic, I worked
 * at:", "I have worked for: Acme (current), Globex, Initech". Returns the index just after the colon, or -1. Only a
 * place of work follows "at" or "for" ("worked with:" lists tools or people, "worked in:" fields).
 */
function openPlaces(s: Sentence): number {
  const t = s.tokens;
  for (let k = 1; k + 1 < t.length; k++) {
    if (t[k + 1].text !== ':' || !/^(at|for)$/.test(t[k].lower) || t[k].quoted) continue;
    const v = t[k - 1];
    if (!CAREER_VERBS.has(v.lower) || v.pos !== 'VERB') continue;
    const c = s.clauses.find((d) => d.from <= k - 1 && k - 1 < d.to);
    if (!c || c.negated || c.quoted || !(c.subject === 'I' || c.subject === 'none')) continue;
    return k + 2;
  }
  return -1;
}

/**
 * A place named as a list item: a short run of words with no verb of its own, headed by a name or a word for a place
 * of work ("Persistent Systems", "Acme Bank (2012-2015), as a risk analyst", "a small agency").
 */
function placeItem(t: readonly Token[], from: number, to: number): boolean {
  const words = t.slice(from, to).filter((x) => x.pos !== 'PUNCT' && x.pos !== 'SYM');
  if (words.length === 0 || words.length > 12) return false;
  if (words.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || (x.pos === 'PRON' && /^(i|we|you|he|she|they|it)$/.test(x.lower)))) return false;
  return words.some((x) => x.pos === 'PROPN' || CAREER_NOUNS.test(x.lower));
}

export function steps(sentences: readonly Sentence[]): Step[] {
  const out: Step[] = [];
  // the step last ordered backwards ("Before that ..."), while no step has followed it
  let backAt = -1;
  // a list of places opened by "I worked at:" (its items are stints; in order when the opening line is)
  let list: { dated: boolean } | undefined;
  // turns told for what they taught (see lessonIn): after one, the present is their end, not a step of a walk
  let turns = 0;
  // an undated stint of the sentence before, and of this one (see `held` below)
  let prevHeld: Step | undefined;
  let held: Step | undefined;
  for (const s of sentences) {
    const t = s.tokens;
    const sentFrom = out.length;
    prevHeld = held;
    held = undefined;
    const sentenceDated = t.some((x, k) => !x.quoted && datedToken(t, x, k));
    // an item of the list (a line of its own): one stint each
    if (list && placeItem(t, 0, t.length)) {
      let last = t.length - 1;
      while (last > 0 && t[last].pos === 'PUNCT') last--;
      out.push({ start: t[0].start, end: t[last].end, dated: list.dated || t.some((x) => YEAR.test(x.text)) });
      continue;
    }
    list = undefined;
    const open = openPlaces(s);
    if (open >= 0) {
      const back = t.slice(0, open).some((x, n, a) => x.lower === 'before' || x.lower === 'previously' || (x.lower === 'prior' && a[n + 1]?.lower === 'to'));
      // (ordered backwards: the step told before it is in order too)
      if (back && out.length > 0) out[out.length - 1].dated = true;
      list = { dated: back || t.slice(0, open).some((x, k) => datedToken(t, x, k)) };
      // the places given after the colon in the same line, cut at commas: "I have worked at: Acme (current), Globex"
      let from = open;
      for (let k = open; k <= t.length; k++) {
        if (k < t.length && !(t[k].text === ',' || t[k].text === ';' || (t[k].text === '.' && k === t.length - 1))) continue;
        if (k > from && placeItem(t, from, k)) out.push({ start: t[from].start, end: t[k - 1].end, dated: list.dated || t.slice(from, k).some((x) => YEAR.test(x.text)) });
        from = k + 1;
      }
      continue;
    }
    // a date or an order framing the whole sentence: "At twenty-five I was ...", "My third, the one I have now, is ..."
    let frameDated = false;
    for (let k = 0; k < Math.min(t.length, 4) && !frameDated; k++) frameDated = datedToken(t, t[k], k);
    let found = false;
    for (const c of s.clauses) {
      if (c.quoted || c.negated || isOther(c.subject) || c.subject === 'we' || ahead(s, c)) continue;
      let clauseDated = false;
      for (let k = c.from; k < c.to && !clauseDated; k++) clauseDated = datedToken(t, t[k], k) || walkStart(t, k, c.to);
      const dated = clauseDated || sentenceDated;
      // ordered backwards: "Before that I ...", "Before GlobalLogic, I worked at ...", "Prior to that ...": a walk told
      // newest first, which puts the step after it in order too
      // a place put first with the present perfect: "At Maitri Services I've worked on ...", the current stint
      const current = t.slice(c.from, c.to).some((x, n, a) => /^(have|has|'ve)$/.test(x.lower) && a[n + 1]?.pos === 'VERB' && /(ed|en)$/.test(a[n + 1].lower));
      const back = t.slice(c.from, Math.min(c.to, c.from + 3)).some((x, n, a) => (x.lower === 'before' || (x.lower === 'prior' && a[n + 1]?.lower === 'to') || x.lower === 'previously') && !x.quoted);
      let step: Step | undefined;
      // (a second step coordinated in the clause: "I left school at eighteen and did an apprenticeship")
      const more: Step[] = [];
      let stepAt = -1;
      // (a second step joined by a conjunction, a comma or a word of time order: "I started my career in marketing
      // after graduating in 2011", "I joined Acme when I left school")
      const free = (i: number): boolean => !step || ((t[i].pos === 'VERB' || t[i].pos === 'AUX') && i - stepAt > 2 && t.slice(stepAt + 1, i).some((x) => x.pos === 'CCONJ' || x.text === ',' || (/^(after|before|since|when|until|once)$/.test(x.lower) && (x.pos === 'ADP' || x.pos === 'SCONJ' || x.pos === 'ADV'))));
      const take = (i: number, st: Step): void => {
        if (step) more.push(step);
        step = st;
        stepAt = i;
      };
      const stints: Step[] = [];
      let lastStint = -10;
      for (let i = c.from; i < c.to; i++) {
        const w = t[i].lower;
        if (wished(t, i)) continue;
        if (free(i) && learningStep(t, i, c.to) && (c.subject === 'I' || c.subject === 'none')) {
          take(i, { start: t[c.subjectFrom ?? i].start, end: t[Math.min(c.to - 1, i + 2)].end, dated });
        } else if (free(i) && /^(got|get|gets|getting|went|go|moved|move|switched|branched)$/.test(w) && t[i + 1]?.lower === 'into' && (t[i + 2]?.pos === 'VERB' || t[i + 2]?.pos === 'NOUN') && !(polarity(t[i + 2].lower) < 0 || FAILURE_NOUNS.has(t[i + 2].lower) || /^(details?|weeds|argument|arguments|debt|habit|habits)$/.test(t[i + 2].lower)) && (c.subject === 'I' || c.subject === 'none') && !notAStep(t, i, c.to)) {
          // a move into a field of work: "then I got into building software", "went into consulting"
          take(i, { start: t[c.subjectFrom ?? i].start, end: t[i + 2].end, dated });
        } else if (free(i) && CAREER_VERBS.has(w) && (t[i].pos === 'VERB' || t[i].pos === 'NOUN') && (c.subject === 'I' || c.subject === 'none') && !notAStep(t, i, c.to)) {
          // (up to a wish: "I started out wanting to be an artist" names no place or role of the step)
          let restEnd = c.to;
          for (let k = i + 1; k < c.to; k++) if (WISH_VERBS.has(t[k].lower)) restEnd = Math.min(restEnd, k);
          const rest = t.slice(i + 1, restEnd);
          // the step names a place or a role: "as an analyst", "at Acme", "to fintech", "into consulting"
          const placed = rest.some(
            (x, k) =>
              x.lower === 'as' ||
              CAREER_NOUNS.test(x.lower) ||
              (UNITS.test(x.lower) && x.pos === 'NOUN' && k < 4) ||
              (x.pos === 'NOUN' && PERSON_NOUNS.has(x.lower)) ||
              x.pos === 'PROPN' ||
              (/^(at|to|for|from|into|in)$/.test(x.lower) && rest.slice(k + 1, k + 4).some((y) => y.pos === 'NOUN' || y.pos === 'PROPN')),
          );
          if (STRONG.has(w) || placed) take(i, { start: t[c.subjectFrom ?? i].start, end: t[i].end, dated });
          else {
            // (or its object is one: "I took some classes", "I completed a diploma")
            const k = careerObject(t, i, c.to);
            if (k > 0) take(i, { start: t[c.subjectFrom ?? i].start, end: t[k].end, dated });
          }
        } else if (free(i) && (c.subject === 'I' || c.subject === 'none') && ((t[i].pos === 'VERB' && !COPULA_LIKE.test(w)) || (/^(do|did|does)$/.test(w) && (t[i].pos === 'VERB' || t[i].pos === 'AUX') && SCHOOLING.test(t[i + 2]?.lower ?? '')))) {
          // any verb whose object is a job, a role or a degree: "got an internship at ...", "pursued a diploma"
          const k = careerObject(t, i, c.to);
          if (k > 0) take(i, { start: t[c.subjectFrom ?? i].start, end: t[k].end, dated });
        }
        else if (!step && SCHOOLING.test(w) && t[i].pos === 'NOUN' && (c.subject === 'I' || c.subject === 'none') && degreeFrom(t, i, c.to)) {
          // a course of study named with its school: "I'm an engineer with a degree in computer science from Parma"
          take(i, { start: t[i].start, end: t[Math.min(c.to - 1, i + 4)].end, dated });
        }
        if (stintAt(t, i, c.to) && (clauseDated || frameDated || c.subject !== 'I' || (i === c.from && current)) && !t.slice(0, i).some((x) => FEELING_VERBS.has(x.lower) && x.pos === 'VERB')) {
          // a stint told without a verb of moving: "my second role was as a developer at a startup",
          // "four years at a game studio, followed by three at a bank" ("as X at Y" is one stint)
          // ("at Acme in Chennai as a QA engineer" is one stint, however long the place's name: a new one follows a
          // comma, a conjunction or an ordering word: "at a vendor, then at a bank")
          const apart = i - lastStint > 6 && t.slice(Math.max(c.from, lastStint + 1), i).some((x) => (x.pos === 'PUNCT' && /^[,;]$/.test(x.text)) || x.pos === 'CCONJ' || ORDER_WORDS.has(x.lower) || YEAR.test(x.text));
          if (lastStint < 0 || apart) stints.push({ start: t[Math.max(c.from, i - 3)].start, end: t[Math.min(c.to - 1, i + 3)].end, dated });
          lastStint = i;
        } else if (!held && c.subject === 'I' && !c.negated && stintAt(t, i, c.to) && !t.slice(0, i).some((x) => FEELING_VERBS.has(x.lower) && x.pos === 'VERB')) {
          // an undated stint of the speaker's ("I lead the checkout team at a grocery company"): the current one when
          // the next sentence steps back from it ("Previously, I was ...")
          held = { start: t[Math.max(c.from, i - 3)].start, end: t[Math.min(c.to - 1, i + 3)].end, dated: true };
        }
      }
      // "I spent my first year at a vendor, the next two at a bank and the last four at a startup": one verb,
      // three stints
      // the present told as the last step of a walk already under way: "these days I build gameplay systems there",
      // "Now I lead the payments team" (what the speaker does now, after earlier steps)
      if (!step && stints.length === 0 && out.length > 0 && turns === 0 && c.subject === 'I') {
        const v = presentStep(t, c);
        if (v >= 0) step = { start: t[c.from].start, end: t[v].end, dated: true };
      }
      if (back && prevHeld) {
        out.push(prevHeld);
        prevHeld = undefined;
      }
      const before = out.length;
      if (stints.length >= 2) out.push(...stints);
      else if (step) out.push(...more, step);
      else out.push(...stints);
      if (step || stints.length > 0) found = true;
      if (back && out.length > before) {
        backAt = before;
        // (and the step it is before is in order: "that")
        if (before > 0) out[before - 1].dated = true;
      }
      else if (backAt >= 0 && out.length > before) {
        // the step told after a backward one is earlier still: in order
        out[before].dated = true;
        backAt = -1;
      }
    }
    // A dated line with no verb: "2016–2019: data analyst at a retail bank", "Acme Bank, 2015–2017: backend
    // developer" (a stint as a resume line, the year anywhere in it)
    const year = t.findIndex((x) => YEAR.test(x.text) && !x.quoted);
    // (a line with a verb of its own, even one the tagger calls an auxiliary, "I did 5 talks in 2019", is no such line)
    if (!found && year >= 0 && t.length <= 20 && !t.some((x) => x.pos === 'VERB' || x.pos === 'AUX') && t.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')) {
      out.push({ start: t[0].start, end: t[Math.min(t.length - 1, year + 2)].end, dated: true });
    } else if (!found && year < 0 && t.length <= 20 && !t.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.quoted)) {
      // a line with no verb and no year that names a stint, a role at a place or a course of study: "Now: staff
      // engineer at a payments company", "First job: junior developer at an agency", "Degree in maths at Bristol"
      // (in order when an ordering word, a span or "now" is in it)
      const lead = t.findIndex((x) => x.pos !== 'PUNCT' && x.pos !== 'DET');
      const stint = t.some((x, k) => (x.lower === 'as' || x.lower === 'at') && stintAt(t, k, t.length)) && t.some((x) => x.pos === 'NOUN' && (PERSON_NOUNS.has(x.lower) || /^(engineer|designer|developer|analyst|lead|manager|intern|consultant|scientist|architect|founder)s?$/.test(x.lower)));
      const study = lead >= 0 && SCHOOLING.test(t[lead].lower) && t[lead + 1]?.lower === 'in';
      if (stint || study) out.push({ start: t[Math.max(0, lead)].start, end: t[t.length - 1].end, dated: t.some((x, k) => datedToken(t, x, k)) });
    }
    // a step told for what it taught ("I started in support, which taught me how people use software") is a turn
    // that shaped the speaker, the shape the question asks for, not a line of the resume
    // (a sentence that gave a step holds no stint for the next one)
    if (out.length > sentFrom) held = undefined;
    if (out.length > sentFrom && lessonIn(t)) {
      out.length = sentFrom;
      turns++;
    }
  }
  return out;
}

/** A lesson drawn in the sentence: "which taught me ...", "that job showed me ...", "it made me realise ...". */
function lessonIn(t: readonly Token[]): boolean {
  return t.some((x, k) => !x.quoted && (/^(taught|teaches|showed|shows|showed)$/.test(x.lower) || (x.lower === 'made' && /^(realise|realize|understand|see)$/.test(t[k + 2]?.lower ?? ''))) && /^(me|us)$/.test(t[k + 1]?.lower ?? ''));
}

const CJK_TITLE = formsPattern(CJK_CAREER_FORMS.title);
const CJK_STEPS = formsPattern(CJK_CAREER_FORMS.step, 'gu');
/** Studying at a school, and graduating: told one after the other they are one step of a life, not two. */
const CJK_STUDY = /^(?:就读|就讀|考入|学び|専攻|재학)$/u;
const CJK_GRADUATE = /^(?:毕业|畢業|卒業|졸업)$/u;
const CJK_ORDER = new RegExp(`${CJK_CAREER_FORMS.order.join('|')}|[\\d一二两兩三四五六七八九十几幾]\\s?(?:年|년)`, 'u');
/**
 * A wish or a modal just before a step form: the step is hoped for or still ahead, not taken ("我想加入贵公司",
 * "希望能加入", "打算转行", "近期可入职", "即将加入").
 */
const CJK_WISH_BEFORE = /(?:(?:想|希望|打算|计划|計劃|期待|渴望|愿意|願意|梦想|夢想)(?:能|能够|能夠|可以|要|去)?|(?:可|能|可以|能够|能夠|将|將|即将|即將|准备|準備)(?:随时|隨時)?)$/u;
/** A wish or a plan anywhere in a clause: what it names is still ahead. */
const CJK_WISH_IN = /想|希望|打算|计划|計劃|期待|渴望|愿意|願意|梦想|夢想|准备|準備|即将|即將|将要|將要|目标|目標|たい|つもり|予定|싶|계획|예정/u;
/** A place a career is spent in, or a post held there ("在一家电商公司", "担任测试负责人", "株式会社…", "회사"). */
const CJK_PLACE = formsPattern([...CJK_CAREER_FORMS.place, ...CJK_CAREER_FORMS.post]);
/** Another party as the clause's subject: "公司现在有…", "他们之后…", "团队…" (the clause is about them, not a step of mine). */
const CJK_OTHER_SUBJECT = /^[\s*_-]*(?:我们|我們|他们|他們|他|她|公司|团队|團隊|部门|部門|领导|領導|老板|老闆|同事|客户|客戶|会社は|チーム|회사는|팀은)/u;

/**
 * The clauses of a story's prose (cut by `clause`), each with its offset in the file, over the budgeted prose only
 * (budgetedProse): the step readers below stay linear however long the answer is.
 */
function* budgetedClauses(prose: readonly { text: string; start: number }[], clause: RegExp): Generator<{ text: string; from: number }> {
  for (const seg of budgetedProse(prose)) for (const c of seg.text.matchAll(clause)) yield { text: c[0], from: seg.start + (c.index ?? 0) };
}

/**
 * Career steps written in Chinese, Japanese or Korean, which the tagger does not split into words: a clause (cut at
 * commas and sentence ends) holding a career step ("16年毕业于...", "从17年开始从事测试工作", "在我最近的一份工作",
 * "18년도에는 ... 배웠으며"), dated when a year, a span of years, an ordering word, a clause opening with the present
 * ("今 …で働いています") or an event time is counted from ("卒業から…", "毕业后…", an anchor, not a step) sits in its
 * sentence (CJK_TIME, the shared reader's time in these scripts).
 */
export function cjkSteps(prose: readonly { text: string; start: number }[]): Step[] {
  const out: Step[] = [];
  // (sentences end at a full stop, a Chinese or Japanese one, and at a "." that is not a decimal point: Korean writes
  // "."; clauses within them at commas)
  for (const s of budgetedClauses(prose, /(?:[^。！？!?\n.]|\.(?=\d))+/gu)) {
    if (!CJK_SCRIPT.test(s.text)) continue;
    const clauses = [...s.text.matchAll(/[^，,、；;]+/gu)];
    // a clause is placed in time by an order word or a year, by opening with the present ("今 …で働いています"), or by
    // an event time is counted from ("卒業からずっと…", "毕业后…")
    // (in a clause: Chinese strings a whole paragraph of steps on commas, and a year in one clause dates that one)
    const found: { at: number; len: number; clause: number; dated: boolean }[] = [];
    // (studying at a school and graduating from it are one step: "本科就读于…，2021年毕业于…")
    let studied = false;
    // (a clause that only sets the time, "本科阶段，" or "目前，", places the clause after it)
    let setting = false;
    for (const c of clauses) {
      let any = false;
      let anchored = false;
      const ordered = CJK_ORDER.test(c[0]);
      let dated = ordered || CJK_TIME.opensWithNow(c[0]) || setting;
      const before = found.length;
      for (const m of c[0].matchAll(CJK_STEPS)) {
        const at = m.index ?? 0;
        // (a step wished for is none taken: "我想加入贵公司", "希望加入", "入社したい")
        if (CJK_WISH_BEFORE.test(c[0].slice(Math.max(0, at - 6), at)) || /^[^，,。]{0,2}たい/u.test(c[0].slice(at + m[0].length))) {
          any = true;
          continue;
        }
        // (a thing moved, not the speaker: "我们把服务转到了 Kubernetes 上", "把团队调到…": the object put before the verb)
        if (/[把將]/u.test(c[0].slice(0, at))) continue;
        // (the event time is counted from is the anchor of the step after it, not a step of its own: "卒業からずっと
        // IT 業界で働いています" is one step, in order; "毕业后我进入一家游戏公司" is told by its place)
        if (CJK_TIME.countsFrom(c[0].slice(at + m[0].length))) {
          dated = anchored = true;
          studied = false;
          continue;
        }
        any = true;
        const graduating = CJK_GRADUATE.test(m[0]);
        if (graduating && studied) {
          studied = false;
          if (dated && found.length > 0) found[found.length - 1].dated = true;
          continue;
        }
        studied = CJK_STUDY.test(m[0]);
        found.push({ at: (c.index ?? 0) + at, len: m[0].length, clause: c.index ?? 0, dated });
      }
      // A clause with no step verb that is dated, names a place of work or a post, and is not about another party is a
      // stint of the speaker's, told by where and when rather than by a verb of moving: "之后在一家电商公司做了三年测试
      // 工程师", "现在在一家创业公司担任测试负责人", "毕业后我进入一家游戏公司".
      // (not a place only hoped for: "毕业后想去一家互联网公司", "卒業後は商社で働きたい", "나중에 회사에서 일하고 싶습니다")
      if (!any && (anchored || CJK_ORDER.test(c[0]) || CJK_TIME.opensWithNow(c[0])) && !CJK_OTHER_SUBJECT.test(c[0]) && !CJK_WISH_IN.test(c[0])) {
        const p = CJK_PLACE.exec(c[0]);
        if (p) found.push({ at: (c.index ?? 0) + p.index, len: p[0].length, clause: c.index ?? 0, dated: true });
      }
      setting = !any && found.length === before && CJK_TIME.setting(c[0], ordered);
    }
    for (const f of found) {
      const clauseText = s.text.slice(f.clause);
      const clauseLen = clauseText.search(/[，,、；;]/u);
      const end = Math.min(f.clause + (clauseLen < 0 ? clauseText.length : clauseLen), f.at + f.len + 12);
      // (the first step of a clause is reported from the clause's start)
      const start = f.at === found.find((g) => g.clause === f.clause)?.at ? f.clause : f.at;
      out.push({ start: s.from + start, end: s.from + end, dated: f.dated });
    }
  }
  return out;
}

const OTHER_STEP = new RegExp(`(?<!\\p{L})(?:${OTHER_CAREER_FORMS.step.join('|')})(?!\\p{L})`, 'giu');
const OTHER_STAGE = new RegExp(`(?<!\\p{L})(?:${OTHER_CAREER_FORMS.stage.join('|')})(?!\\p{L})`, 'iu');
/** A time told relative to now: "vor knapp einem Jahr", "hace tres años", "il y a deux ans", "due anni fa". */
const OTHER_AGO = new RegExp(`(?<!\\p{L})(?:${OTHER_CAREER_FORMS.ago.filter((w) => w !== 'fa').join('|')})\\s+(?:[\\p{L}\\d]+\\s+){0,2}(?:${OTHER_CAREER_FORMS.years.join('|')}|jahren|años|ans|anos)(?!\\p{L})|(?<!\\p{L})(?:${OTHER_CAREER_FORMS.years.join('|')})\\s+fa(?!\\p{L})`, 'iu');
const OTHER_PLACE = new RegExp(`(?<!\\p{L})(?:${OTHER_CAREER_FORMS.place.join('|')})(?!\\p{L})|(?<=\\p{L}-?)(?:${OTHER_CAREER_FORMS.compoundPlace.join('|')})(?!\\p{L})`, 'iu');
/** A role at a place in one clause, in either order: "als Entwickler bei einem Zulieferer", "chez Thales comme chef de projet". */
const OTHER_ROLE_AS = `(?<!\\p{L})(?:${OTHER_CAREER_FORMS.roleAs.join('|')})\\s+\\p{L}{3,}`;
const OTHER_ROLE_AT = `(?<!\\p{L})(?:${OTHER_CAREER_FORMS.roleAt.join('|')})\\s+\\p{L}`;
const OTHER_ROLE = new RegExp(`${OTHER_ROLE_AS}.*?${OTHER_ROLE_AT}|${OTHER_ROLE_AT}.*?${OTHER_ROLE_AS}`, 'iu');
const OTHER_ORDER = new RegExp(`(?<!\\p{L})(?:${OTHER_CAREER_FORMS.order.join('|')})(?!\\p{L})|(?<!\\d)(?:19|20)\\d\\d(?!\\d)|(?<!\\p{L})(?:\\d+|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|zwei|drei|vier|fünf|dois|três|quatro|due|tre|quattro)\\s+(?:${OTHER_CAREER_FORMS.years.join('|')})(?!\\p{L})`, 'iu');

/**
 * Career steps written in Spanish, French, German, Portuguese or Italian: a clause (cut at commas and sentence ends)
 * holding a career step of the speaker's ("Estudié informática", "j'ai rejoint la SNCF", "bin zu Zalando gewechselt"),
 * dated when a year, a span of years or an ordering word sits in the clause ("En 2016 me fui a Glovo", "J'ai ensuite
 * rejoint ..."). Each step form in a clause is a step.
 */
export function otherSteps(prose: readonly { text: string; start: number }[]): Step[] {
  const out: Step[] = [];
  // (a step is dated by its sentence: "En 2016, me fui a Glovo" puts the year in a clause of its own)
  for (const s of budgetedClauses(prose, ALPHA_SENTENCE)) {
    const dated = OTHER_ORDER.test(s.text) || OTHER_STAGE.test(s.text) || OTHER_AGO.test(s.text);
    for (const c of s.text.matchAll(/[^,]+/gu)) {
      const from = s.from + (c.index ?? 0);
      let found = false;
      for (const m of c[0].matchAll(OTHER_STEP)) {
        const at = m.index ?? 0;
        found = true;
        out.push({ start: from + at, end: from + at + m[0].length, dated });
      }
      // A dated clause of the speaker's (the first person in it, and no other party before the place) that names a
      // place of work or a post is a step told by where and when, whatever its verb: "Zuletzt habe ich eine Stelle
      // beim Startup Robotise angenommen", "je suis aujourd'hui dans une entreprise de paiement".
      if (!found && dated && ANY_ALPHABETIC.selfIn(c[0])) {
        const p = OTHER_PLACE.exec(c[0]) ?? OTHER_ROLE.exec(c[0]);
        if (p && ANY_ALPHABETIC.partyBefore(c[0].slice(0, p.index), ANY_ALPHABETIC.parties) < 0) out.push({ start: from + p.index, end: from + p.index + p[0].length, dated });
      }
    }
  }
  return out;
}

/** A year a sentence is dated by (1960-2039), not a figure ("2,500", "2019%", "12019"). */
const YEAR_IN = /(?<![\d.,])(?:19[6-9]\d|20[0-3]\d)(?![\d%])/u;

/**
 * A walk told by its years, in whatever language: the sentences of the answer that hold a year, when there are at
 * least RECITAL_STEPS of them with as many different years, their first years running one way (oldest first or
 * newest first), in other-language.ts ALPHA_SENTENCE's sentences. A year is written the same in every language, so this reads the walks no step reader above knows
 * the words of (Turkish, Dutch, Hindi, Thai …); a history of the company told in one sentence ("founded in 2010,
 * bought in 2015, spun out in 2020") is one sentence, not three steps.
 */
export function yearSteps(prose: readonly { text: string; start: number }[]): Step[] {
  const found: { start: number; year: number }[] = [];
  for (const s of budgetedClauses(prose, ALPHA_SENTENCE)) {
    const m = YEAR_IN.exec(s.text);
    if (m) found.push({ start: s.from + m.index, year: Number(m[0]) });
  }
  const years = found.map((f) => f.year);
  const oneWay = years.every((y, i) => i === 0 || y >= years[i - 1]) || years.every((y, i) => i === 0 || y <= years[i - 1]);
  if (!oneWay || new Set(years).size < RECITAL_STEPS) return [];
  return found.map((f) => ({ start: f.start, end: f.start + 4, dated: true }));
}

/**
 * The line the story is titled by, as written. A heading such as "# My background" can be read as a part marker
 * (background is a name for the setup), and the story's title is then the file's name: the line still says what
 * the answer is.
 */
function titleLine(ctx: StoryRuleContext): string {
  const text = ctx.file.text;
  const at = ctx.story.titleRange.start.offset;
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? Math.min(text.length, at + 200) : Math.min(end, at + 200));
}

export const resumeRecital: StoryRule = {
  meta: {
    id: 'resume-recital',
    description: 'A chronology of three or more dated or ordered career steps in a tell-me-about-yourself answer',
    defaultSeverity: 'info',
    tags: ['self-awareness', 'language'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { story } = ctx;
    // (a self-introduction titled in Chinese, Japanese or Korean: "自我介绍", "自己紹介", "1분 자기소개")
    const cjkTitle = story.questions.length === 0 && CJK_TITLE.test(titleLine(ctx));
    if (!answersQuestion(story, QUESTION_ID.tellMeAboutYourself, TMAY_TITLE) && !(story.questions.length === 0 && (introducesSelf(story) || TMAY_TITLE.test(titleLine(ctx)))) && !cjkTitle) return;
    // (an answer told in English and again in Chinese is one walk told twice: the longer telling counts, not both)
    const latin = steps(storyLanguage(ctx).sentences);
    const cjk = cjkSteps(story.prose);
    const other = otherSteps(story.prose);
    // (two tellings as long: the one that places more of its steps in time)
    const placed = (x: Step[]): number => x.filter((s) => s.dated).length;
    const years = yearSteps(story.prose);
    const found = [latin, cjk, other, years].reduce((a, b) => (b.length > a.length || (b.length === a.length && placed(b) > placed(a)) ? b : a));
    const dated = found.filter((s) => s.dated).length;
    const user = matchRulePhrases('resume-recital', ctx.config, story.prose);
    if (found.length >= RECITAL_STEPS && dated >= RECITAL_DATED) {
      const first = found[0];
      ctx.report({
        message: `This walks through your history in order (${found.length} career steps, from ${quote(ctx.file.text.slice(first.start, first.end), 40)}). The interviewer can read your resume; say who you are now, the two or three turns that shaped you, one result you are proud of, and why this role.`,
        range: ctx.range(first.start, first.end),
      });
    } else if (user.length > 0) {
      ctx.report({
        message: `${quote(user[0].text)} reads as a walk through your resume (a phrase from your settings). Say who you are now, the two or three turns that shaped you, one result you are proud of, and why this role.`,
        range: ctx.range(user[0].start, user[0].end),
      });
    }
  },
};
