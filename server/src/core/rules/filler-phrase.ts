// filler-phrase: hedges and fillers that weaken a spoken answer ("kind of", "basically", "to be honest").
import type { TextEdit } from '../types';
import type { PhraseMatch } from '../text';
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases, quote } from './util';

// "kind of" / "sort of" after these words is a noun phrase ("this kind of bug"), not a hedge.
const NOUN_USE = /(?:^|[^\p{L}])(?:what|this|that|these|those|the|a|an|any|some|which|every|each|one|same|different|other|another|no|all|many|new|right|wrong|first|whatever|what's)\s+$/iu;
const NOUN_PHRASES = new Set(['kind of', 'sort of']);

function isNounUse(text: string, m: PhraseMatch): boolean {
  if (!NOUN_PHRASES.has(m.text.toLowerCase().replace(/\s+/g, ' '))) return false;
  return NOUN_USE.test(text.slice(Math.max(0, m.start - 20), m.start));
}

/** Removes the phrase and one adjacent space (and a comma that set it off), keeping the sentence clean. */
export function removalEdit(text: string, m: PhraseMatch, range: StoryRuleContext['range']): TextEdit {
  let s = m.start;
  let e = m.end;
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
    description: 'Hedges and fillers ("kind of", "sort of", "basically", "to be honest")',
    defaultSeverity: 'info',
    tags: ['delivery', 'phrases'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const text = ctx.file.text;
    for (const m of matchRulePhrases('filler-phrase', ctx.config, ctx.story.prose)) {
      if (isNounUse(text, m)) continue;
      ctx.report({
        message: `${quote(m.text)} is filler: it hedges or pads without adding meaning. Drop it and say the sentence plainly.`,
        range: ctx.range(m.start, m.end),
        fixes: [{ title: `Remove ${quote(m.text)}`, edits: [removalEdit(text, m, ctx.range)] }],
      });
    }
  },
};
