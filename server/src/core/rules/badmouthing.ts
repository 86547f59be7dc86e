// badmouthing: a disparaging judgment of an employer, a manager, a team or colleagues, in any wording. Judged
// by meaning (see ../nlp): what is said of whom — a disparaging predicate or attribute of another person or
// group, "had no idea", the speaker's hatred of them — when it is the speaker's own assertion (not negated, not
// someone else's quoted or reported words). Users' literal `phrases: { badmouthing: [...] }` still add to it.
import { polarity } from '../nlp/analyze';
import { ABILITY_TRAITS, ABSENCE_WORDS, COPULAS, DISPARAGING, GROUP_NOUNS, HOSTILE_VERBS, LACK_NOUNS, PERSON_NOUNS, SPEECH_VERBS, STATE_WORDS, STYLE_WORDS, WORKPLACE_NOUNS } from '../nlp/lexicon';
import { clauseSpan, isOther, isSelf, negatedAt, phraseAt, possessorBefore, spokenClause, spokenTokens } from '../nlp/query';
import type { Clause, Sentence } from '../nlp/types';
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases, quote, storyLanguage } from './util';

interface Hit {
  start: number;
  end: number;
}

/** The clause's subject names an employer's ways ("the culture", "management") or another person or group. */
function aboutOthers(s: Sentence, c: Clause): boolean {
  if (isOther(c.subject)) return true;
  if (c.subjectFrom === undefined || c.subjectTo === undefined) return false;
  for (let i = c.subjectFrom; i < c.subjectTo; i++) if (WORKPLACE_NOUNS.has(s.tokens[i].lower)) return true;
  return false;
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
  return PERSON_NOUNS.has(h) || GROUP_NOUNS.has(h) || (workplace && WORKPLACE_NOUNS.has(h)) || /.(people|person|folks)$/.test(h);
}

/** Words of a group that let a judgment through: "a bunch of clock-watchers", "a pack of amateurs". */
const COLLECTIVES = /^(bunch|pack|band|lot|gang|crowd|collection)$/;

function findBadmouthing(s: Sentence): Hit | undefined {
  const t = s.tokens;
  // only the candidate's own voice: someone else's quoted or reported words are not their judgment
  for (const i of spokenTokens(s)) {
    const tok = t[i];
    const c = spokenClause(s, i);
    if (!c) continue;
    const w = tok.lower;

    // 1. A disparaging predicate of another party: "the ops org was a mess", "management was clueless", "my
    //    manager was a bully", "the culture was rotten", "the team was a bunch of clock-watchers"; or an ability
    //    denied: "they were not very bright".
    // (a word only the lexicon rates must be said of people named by a noun: "they are often negative" may be
    // about things, "Metrics can be misleading" is)
    const rating = tok.pos === 'ADJ' || tok.pos === 'NOUN' ? judging(s, i) : undefined;
    const judged = rating === 'known' || (rating === 'rated' && peopleHead(s, c.subjectFrom, c.subjectTo, true));
    const denied = ABILITY_TRAITS.has(w) && tok.pos === 'ADJ' && negatedAt(s, i, 5);
    if ((judged || denied) && c.verb !== undefined && i > c.verb && aboutOthers(s, c)) {
      const v = t[c.verb];
      let linked = COPULAS.has(v.lower) || v.lower === 'seemed' || v.lower === 'acted' || v.lower === 'proved';
      for (let k = c.verb + 1; k < i; k++) {
        // "was in a bad state", "was asked for poor ..." (but "a bunch of clock-watchers")
        if ((t[k].pos === 'ADP' && !(t[k].lower === 'of' && COLLECTIVES.test(t[k - 1]?.lower ?? ''))) || t[k].pos === 'VERB') linked = false;
        // a clause of its own: "is treated as the expert on what is confusing"
        if (/^(what|which|who|whom|that|whatever|how)$/.test(t[k].lower)) {
          linked = false;
          break;
        }
        if (COPULAS.has(t[k].lower)) linked = true; // "had been", "would be"
      }
      if (linked && (denied || !negatedAt(s, i, 6))) return clauseSpan(s, c);
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
      const people = PERSON_NOUNS.has(head.lower) || GROUP_NOUNS.has(head.lower) || (attribute === 'known' && WORKPLACE_NOUNS.has(head.lower));
      if (k > i + 1 && people && !negatedAt(s, i, 6)) {
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
    // 3c. A sweeping "never" about them: "they never tested anything", "had clearly never heard of tests", "had
    //     never written a test in their lives".
    if (w === 'never' && isOther(c.subject) && t.slice(i + 1, Math.min(c.to, i + 8)).some((x, k, a) => /^(anything|any|once|single|lives|heard)$/.test(x.lower) || (x.lower === 'life' && /^(their|his|her)$/.test(a[k - 1]?.lower ?? '')))) {
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
    if (aboutOthers(s, c) && /^(had|has|have)$/.test(w) && t[i + 1]?.lower === 'no' && LACK_NOUNS.has(t[i + 2]?.lower ?? '')) {
      return clauseSpan(s, c);
    }
    if (aboutOthers(s, c) && (w === 'care' || w === 'cared') && negatedAt(s, i)) return clauseSpan(s, c);
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

    // 5. The speaker's hatred of people or a job: "I hated my boss", "we hated working there".
    if (HOSTILE_VERBS.has(w) && isSelf(c.subject) && !negatedAt(s, i)) {
      const obj = phraseAt(s, i + 1, c.to);
      const objWord = t[i + 1]?.lower ?? '';
      if (isOther(obj.actor) || /^(working|it|there|job|company|place)$/.test(objWord) || t.slice(i + 1, obj.end).some((x) => /^(job|company|team|place|culture)$/.test(x.lower))) {
        return clauseSpan(s, c);
      }
    }
  }
  return undefined;
}

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
    for (const s of storyLanguage(ctx).sentences) {
      const hit = findBadmouthing(s);
      if (!hit) continue;
      seen.add(hit.start);
      ctx.report({
        message: `${quote(ctx.file.text.slice(hit.start, hit.end))} runs down people you worked with; the interviewer will wonder what you would say about them. Describe the situation and what you did, not what you think of them.`,
        range: ctx.range(hit.start, hit.end),
      });
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
