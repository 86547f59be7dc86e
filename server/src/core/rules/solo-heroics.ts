// solo-heroics: the approach is told as one person's work, with nobody else acting. Judged by who acts in each
// clause (see ../nlp): the speaker ("I rewrote"), the speaker with others ("we", "my team and I"), another
// person or group ("Dana added alerts", "the SRE team reviewed it"), or nobody (a subject-less bullet such as
// "Built a script", which counts as neither). Credit counts only when someone other than the speaker does
// something: "with a median latency" names nobody, and "the rest of the team was busy" says nobody acted.
// Users' literal `phrases: { solo-heroics: [...] }` still add to it.
import { questionById } from '../knowledge/index';
import { ABSENCE_WORDS, BURDEN_VERBS, CONTRIBUTION_NOUNS, COPULAS, SOLE_LIMITERS, SPEECH_VERBS, STATE_VERBS } from '../nlp/lexicon';
import type { Story } from '../types';
import { WEAKNESS_QUESTION_ID } from './fake-weakness';
import { clauseAt, isOther, negatedAt, phraseAt, possessorBefore } from '../nlp/query';
import type { Sentence } from '../nlp/types';
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases, partsNamed, quote, sentencesOfPart, storyLanguage } from './util';

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
  /** Clauses or phrases in which someone else acts (we, another person, another group). */
  others: number;
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
  if (w === 'on' && t[i + 1]?.lower === 'my' && t[i + 2]?.lower === 'own') return i + 3;
  if (w === 'without' && t.slice(i + 1, i + 4).some((x) => /^(help|support|assistance)$/.test(x.lower))) return i + 2;
  if ((w === 'nobody' || w === 'noone') && t[i + 1]?.lower === 'else') return i + 2;
  if (w === 'no' && t[i + 1]?.lower === 'one' && t[i + 2]?.lower === 'else') return i + 3;
  // "it was all me", "that part was just me"
  if (w === 'me' && SOLE_LIMITERS.has(t[i - 1]?.lower ?? '') && COPULAS.has(t[i - 2]?.lower ?? '')) return i + 1;
  // "the fix fell to me", "it was left to me", "it came down to me"
  if (w === 'me' && t[i - 1]?.lower === 'to' && BURDEN_VERBS.has(t[i - 2]?.lower ?? '')) return i + 1;
  // emphatic "myself" after the object ("I rebuilt the whole pipeline myself"), not the object ("taught myself Go")
  if (w === 'myself' && /^(NOUN|PROPN|PRON)$/.test(t[i - 1]?.pos ?? '') && t[i - 1]?.lower !== 'by') return i + 1;
  return -1;
}

/** "had rewritten", "had to rewrite": "have" as a helper of an action, not possession ("we had a problem"). */
function auxiliaryHave(s: Sentence, verb: number, to: number): boolean {
  const t = s.tokens;
  if (!/^(have|has|had|'ve|'d)$/.test(t[verb].lower)) return false;
  let k = verb + 1;
  while (k < to && (t[k].pos === 'ADV' || t[k].pos === 'PART')) k++;
  return t[k]?.pos === 'VERB' || t[k]?.lower === 'to';
}

/** Who acts in these sentences. */
export function voices(sentences: readonly Sentence[]): Voices {
  const v: Voices = { i: 0, others: 0 };
  for (const s of sentences) {
    const t = s.tokens;
    for (const c of s.clauses) {
      if (c.quoted || c.verb === undefined) continue;
      if (c.subject === 'I') {
        // "I wanted to", "I was", "I had": what the speaker had or was, not something they did
        const verb = t[c.verb].lower;
        // ", successfully landing the file": a participle after a comma says more about the action before it
        const elaboration = c.subjectFrom === undefined && /ing$/.test(verb) && t[c.from]?.pos === 'PUNCT';
        if (!c.negated && !COPULAS.has(verb) && (!STATE_VERBS.has(verb) || auxiliaryHave(s, c.verb, c.to)) && !elaboration) v.i++;
        continue;
      }
      if (c.subject === 'we' || isOther(c.subject)) {
        if (c.negated) continue;
        const head = c.subjectFrom !== undefined ? t[c.subjectFrom].lower : '';
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
        // "where we would move the load balancer": a plan, not something anyone did
        for (let k = c.from; k < c.verb + 1 && acts; k++) if (/^(would|could|should|might|may)$/.test(t[k].lower)) acts = false;
        if (acts) v.others++;
      }
    }
    for (let i = 0; i < t.length; i++) {
      if (t[i].quoted) continue;
      const end = soloMarker(s, i);
      if (end > 0 && !negatedAt(s, i, 5)) {
        v.solo ??= { start: t[i].start, end: t[end - 1].end };
        continue;
      }
      // "their buy-in", "Dana's review", "the SRE team's help": a contribution of someone else
      if (CONTRIBUTION_NOUNS.has(t[i].lower) && t[i].pos === 'NOUN' && !negatedAt(s, i, 4)) {
        const owner = possessorBefore(s, i);
        if (owner && (isOther(owner) || owner === 'we')) {
          v.others++;
          continue;
        }
      }
      // "worked with Dana", "paired with the SRE team", "reviewed by two seniors", "help from the data team"
      if (JOINT.has(t[i].lower) && t[i].pos === 'ADP') {
        if (t[i].lower === 'from' && !/^(help|support|input|feedback|advice|review)$/.test(t[i - 1]?.lower ?? '')) continue;
        let j = i + 1;
        if (t[j]?.lower === 'the' && t[j + 1]?.lower === 'help' && t[j + 2]?.lower === 'of') j += 3;
        const who = phraseAt(s, j);
        const c = clauseAt(s, i);
        // "with my manager away and the others on the launch, I ...": others' state, not working with them
        const absent = t[i].lower === 'with' && t.slice(who.end, Math.min(t.length, who.end + 3)).some((x) => ABSENCE_WORDS.has(x.lower));
        if ((isOther(who.actor) || who.actor === 'we') && !absent) {
          if (!negatedAt(s, i, 4) && !(c && c.quoted)) v.others++;
        }
      }
    }
  }
  return v;
}

/**
 * Answers about the speaker alone, where working with others is not the point: the weakness question, and the
 * kinds that are not told as a story (a pitch, a plan, questions to ask). A story that declares no question is
 * judged by its title.
 */
function aboutSelfOnly(story: Story): boolean {
  if (story.questions.length > 0) {
    return story.questions.every((q) => q.id === WEAKNESS_QUESTION_ID || (questionById(q.id)?.kind ?? 'story') !== 'story');
  }
  return /\b(weakness(es)?|tell me about yourself|about me|why (do you want|this company|here)|questions? (to ask|for (me|us|the interviewer)))\b/i.test(story.title);
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
    if (aboutSelfOnly(story)) return;
    const approach = partsNamed(story, 'approach');
    const sentences = approach.length > 0 ? sentencesOfPart(ctx, 'approach') : storyLanguage(ctx).sentences;
    const v = voices(sentences);
    if (v.others === 0 && (v.i >= MIN_I_CLAUSES || (v.solo && v.i >= 1))) {
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
