// filler-phrase: hedges and fillers that weaken a spoken answer ("kind of", "basically", "to be honest").
// Read from the language layer (see ../nlp): the filler word classes, used as fillers ("kind of slow", not
// "this kind of bug"; "I mean," set off, not "I mean it"), in the speaker's own words (not inside someone else's
// quotation or reported speech). Users' literal `phrases: { filler-phrase: [...] }` still add to it.
import { FILLER_ADVERBS, FILLER_MARKERS } from '../nlp/lexicon';
import type { Sentence } from '../nlp/types';
import type { TextEdit } from '../types';
import type { PhraseMatch } from '../text';
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases, quote, storyLanguage } from './util';

/** Words before "kind of" / "sort of" that make it a noun phrase ("this kind of bug", "what sort of tests"). */
const NOUN_USE_BEFORE = /^(what|which|whatever|this|that|these|those|the|a|an|any|some|every|each|one|same|different|other|another|no|all|many|new|right|wrong|first|my|our|their|his|her|its|your)$/;

function isSetOff(s: Sentence, from: number, to: number): boolean {
  const before = s.tokens[from - 1];
  const after = s.tokens[to];
  return !before || before.pos === 'PUNCT' || !after || after.pos === 'PUNCT';
}

/** The filler markers by their first word, in list order (a token is compared only with markers it can start). */
const MARKERS_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const m of FILLER_MARKERS) MARKERS_BY_FIRST.set(m[0], [...(MARKERS_BY_FIRST.get(m[0]) ?? []), m]);
const NO_MARKERS: readonly (readonly string[])[] = [];

/** The fillers in one sentence, as file ranges. */
export function fillersIn(s: Sentence, text: string): PhraseMatch[] {
  const t = s.tokens;
  const out: PhraseMatch[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i].quoted) continue;
    if (FILLER_ADVERBS.has(t[i].lower) && (t[i].pos === 'ADV' || t[i].pos === 'ADJ' || t[i].pos === 'INTJ' || t[i].pos === 'X')) {
      out.push({ start: t[i].start, end: t[i].end, text: text.slice(t[i].start, t[i].end) });
      continue;
    }
    for (const m of MARKERS_BY_FIRST.get(t[i].lower.replace('’', "'")) ?? NO_MARKERS) {
      if (i + m.length > t.length) continue;
      let ok = true;
      for (let k = 0; k < m.length && ok; k++) if (t[i + k].lower.replace('’', "'") !== m[k] || t[i + k].quoted) ok = false;
      if (!ok) continue;
      const key = m.join(' ');
      if ((key === 'kind of' || key === 'sort of') && (NOUN_USE_BEFORE.test(t[i - 1]?.lower ?? '') || t[i - 1]?.pos === 'ADJ' || t[i - 1]?.pos === 'DET')) continue;
      if ((key === 'i mean' || key === 'you know') && !isSetOff(s, i, i + m.length)) continue;
      // "the fix was, you see, small" and "So yeah, we shipped" are filler; "you see the error rate" is not
      if ((key === 'you see' || key === 'so yeah') && t[i + m.length]?.pos !== 'PUNCT') continue;
      // "like" is filler only set off on both sides ("I spent, like, three days"), not "a tool like Grafana"
      if (key === 'like' && !((!t[i - 1] || t[i - 1].pos === 'PUNCT') && t[i + 1]?.pos === 'PUNCT')) continue;
      // a marker ending in a noun that a following noun continues is literal ("at the end of the day shift")
      if (t[i + m.length - 1].pos === 'NOUN' && (t[i + m.length]?.pos === 'NOUN' || t[i + m.length]?.pos === 'PROPN')) continue;
      if (key === 'in a sense' && t[i + 3]?.lower === 'of') continue;
      const end = t[i + m.length - 1].end;
      out.push({ start: t[i].start, end, text: text.slice(t[i].start, end) });
      i += m.length - 1;
      break;
    }
  }
  return out;
}

/** Removes the phrase and one adjacent space (and a comma that set it off), keeping the sentence clean. */
/** Brackets and quotes that would be left empty around a removed filler: "(basically)", "“basically”". */
const WRAPPERS: Record<string, string> = { '(': ')', '[': ']', '“': '”', '‘': '’', '"': '"', "'": "'", '«': '»', _: '_', '*': '*' };

export function removalEdit(text: string, m: PhraseMatch, range: StoryRuleContext['range']): TextEdit {
  let s = m.start;
  let e = m.end;
  // A filler alone in brackets or quotes goes with them, and with one space beside them.
  while (s > 0 && e < text.length && WRAPPERS[text[s - 1] ?? ''] === text[e]) {
    s--;
    e++;
  }
  if (s < m.start) {
    if (text[e] === ' ' && (s === 0 || /\s/.test(text[s - 1] ?? ''))) e++;
    else if (text[s - 1] === ' ') s--;
    const startsSentence = s === 0 || /(?:^|[.!?:]\s+|\n\s*|[-*>]\s+)$/.test(text.slice(Math.max(0, s - 4), s));
    const next = text[e] ?? '';
    if (startsSentence && m.text[0] !== m.text[0]?.toLowerCase() && /\p{Ll}/u.test(next)) return { range: range(s, e + 1), newText: next.toUpperCase() };
    return { range: range(s, e), newText: '' };
  }
  const atSentenceStart = /(?:^|[.!?:]\s+|\n\s*|[-*>]\s+|\*\*\s*)$/.test(text.slice(Math.max(0, s - 4), s)) || s === 0;
  if (text[s - 2] === ',' && text[s - 1] === ' ' && text[e] === ',') {
    // "it was, basically, fine" → "it was fine"
    s -= 2;
    e += 1;
  } else if (text[s - 2] === ',' && text[s - 1] === ' ' && (e >= text.length || /[.!?;:)]/.test(text[e]))) {
    // "it was fine, basically." → "it was fine."
    s -= 2;
  } else {
    if (text[e] === ',') e++;
    if (text[e] === ' ') e++;
    else if (text[s - 1] === ' ') s--;
  }
  let newText = '';
  const next = text[e];
  if (atSentenceStart && m.text[0] !== m.text[0].toLowerCase() && next && /\p{Ll}/u.test(next)) {
    newText = next.toUpperCase();
    e++;
  }
  return { range: range(s, e), newText };
}

export const fillerPhrase: StoryRule = {
  meta: {
    id: 'filler-phrase',
    description: 'Hedges and fillers in your own words ("kind of", "sort of", "basically", "to be honest"), not inside quotes',
    defaultSeverity: 'info',
    tags: ['delivery', 'language'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const text = ctx.file.text;
    const found = storyLanguage(ctx).sentences.flatMap((s) => fillersIn(s, text));
    const seen = new Set(found.map((m) => m.start));
    for (const m of matchRulePhrases('filler-phrase', ctx.config, ctx.story.prose)) if (!seen.has(m.start)) found.push(m);
    found.sort((a, b) => a.start - b.start);
    for (const m of found) {
      ctx.report({
        message: `${quote(m.text)} is filler: it hedges or pads without adding meaning. Drop it and say the sentence plainly.`,
        range: ctx.range(m.start, m.end),
        fixes: [{ title: `Remove ${quote(m.text)}`, edits: [removalEdit(text, m, ctx.range)] }],
      });
    }
  },
};
