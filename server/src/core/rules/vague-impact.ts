// vague-impact: an unsized claim about the result ("a big drop in costs", "better reliability", "quicker and
// simpler", "significantly"), where a number belongs. Claims are found by shape (./vague.ts); a claim whose clause
// already holds a quantity is sized and passes. Phrases the user adds in config are matched literally on top.
import type { StoryRule, StoryRuleContext } from './rule';
import { fillFigureSlots, findQuantities, hasQuantity } from './quantity';
import { findVagueClaims, pastChangeVerb, posAtTokens } from './vague';
import { findMatches, proseOf, quote, sentenceAt, storyLanguage } from './util';
import { inlineRuns, softBreaks } from '../text';
import { isWeaknessAnswer } from './fake-weakness';
import { compilePhrases, type PhraseMatcher } from '../text';
import { answerOf, resultProse } from './kind';
import { slotsIn } from './slots';

const userMatchers = new WeakMap<readonly string[], PhraseMatcher | undefined>();

function userMatcher(list: unknown): PhraseMatcher | undefined {
  if (!Array.isArray(list)) return undefined;
  if (!userMatchers.has(list)) {
    const phrases = list.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    userMatchers.set(list, phrases.length > 0 ? compilePhrases(phrases) : undefined);
  }
  return userMatchers.get(list);
}

export const vagueImpact: StoryRule = {
  meta: {
    id: 'vague-impact',
    description: 'An unsized claim about the result ("a big drop in costs", "better reliability", "significantly") where a number belongs',
    defaultSeverity: 'info',
    tags: ['impact', 'phrases'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    // Where the result is told: a story's outcome (the whole story when unmarked), a pitch's impact, a plan's
    // real case. A list of questions to ask claims no result.
    const { kind, shape } = answerOf(ctx.story);
    const resultPart = shape.parts.find((p) => p.id === 'outcome' || p.id === 'impact' || p.id === 'case');
    if (!resultPart) return;
    // Read line by line, so a number set in bold or a link still sizes the claim beside it.
    const wholePitch = kind === 'pitch' && ctx.story.parts.length === 0;
    const prose = inlineRuns(ctx.file.text, kind === 'story' ? resultProse(ctx.story, ctx.file.text) : wholePitch ? ctx.story.prose : proseOf(ctx.story, resultPart.slot));
    const seen = new Set<number>();
    const report = (start: number, end: number, text: string): void => {
      if (seen.has(start)) return;
      seen.add(start);
      ctx.report({
        message: `${quote(text)} claims a size without giving it. Replace it with the number (from what to what, or by how much), or drop it.`,
        range: ctx.range(start, end),
      });
    };
    // Word classes come from the story's language analysis, which the other rules share (tagged once per story).
    let tokens: import('../nlp/types').Token[] | undefined;
    // A weakness answer's result is the speaker's own growth ("I have gotten better at saying no"): claims about
    // the speaker are that growth, not a result a number belongs to; claims about anything else still count.
    const options = { aboutSpeaker: isWeaknessAnswer(ctx) };
    for (const seg of prose) {
      if (!/[\p{L}]/u.test(seg.text)) continue;
      if (!tokens) {
        tokens = [];
        for (const s of storyLanguage(ctx).sentences) for (const t of s.tokens) tokens.push(t);
      }
      // A slot left where the number goes sizes the claim in form ("dropped by [X]%", "by X,XXX USD", "to ___ KB"): the
      // placeholder rule asks for it (one slot reader, quantity.ts fillFigureSlots).
      const text = fillFigureSlots(seg.text, seg.start, slotsIn(ctx.file.text, seg));
      let joined: string | undefined; // the run read across its soft line breaks, made once for its claims
      for (const c of findVagueClaims(text, posAtTokens(tokens, seg.start), options)) {
        if (wholePitch && !toldChange(text, c)) continue;
        if (sizedOnNextLine(text, c.end, (joined ??= softBreaks(text)))) continue;
        report(seg.start + c.start, seg.start + c.end, c.text);
      }
    }
    const re = userMatcher(ctx.config.phrases?.['vague-impact']);
    if (re) {
      for (const m of findMatches(prose, re)) {
        if (hasQuantity(sentenceAt(prose, m.start))) continue;
        report(m.start, m.end, m.text);
      }
    }
  },
};

/**
 * A claim whose clause runs on past a soft line break of a hard-wrapped paragraph, and is sized there: "…and contract
 * turnaround fell\nfrom three weeks to four days." The rest of the clause is read across the break (up to its stop);
 * a quantity after the claim that reaches past the break sizes the claim, as one on the same line would. `joined` is
 * `text` with its soft breaks read as spaces (softBreaks).
 */
function sizedOnNextLine(text: string, end: number, joined: string): boolean {
  const nl = text.indexOf('\n', end);
  if (nl < 0 || /[.!?;]/u.test(text.slice(end, nl))) return false;
  if (joined[nl] !== ' ') return false;
  const stop = joined.slice(nl).search(/[.!?;](?=\s|$)|,\s+(?:and|but|while|so|which)\s/u);
  const clause = joined.slice(0, stop < 0 ? joined.length : nl + stop);
  return findQuantities(clause, true).some((q) => q.start >= end && q.end > nl);
}

/**
 * A change told as done: the claim opens with a past verb of change ("increased engineering velocity", after an
 * adverb at most: "greatly improved") or ends with one ("Incident response improved", "costs dropped sharply").
 */
function toldChange(text: string, c: { start: number; end: number; text: string }): boolean {
  // "TypeScript for enhanced type safety": a participle describing a noun after a preposition or an article is no
  // verb that tells what happened.
  if (/\b(?:for|with|of|an?|the)\s+$/iu.test(text.slice(Math.max(0, c.start - 6), c.start))) return false;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(c.text)) return text[c.end] === '了';
  const words = c.text.split(/[^\p{L}'’-]+/u).filter(Boolean);
  if (/ly$/iu.test(words[0] ?? '')) words.shift();
  if (words.length > 1 && /ly$/iu.test(words.at(-1) ?? '')) words.pop();
  // (one word or two: "sped up")
  return [words.slice(0, 1), words.slice(0, 2), words.slice(-1), words.slice(-2)].some((w) => w.length > 0 && pastChangeVerb(w.join(' ')));
}
