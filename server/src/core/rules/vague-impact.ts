// vague-impact: words that claim size without giving it ("significantly", "a lot"), where a number belongs.
import type { StoryRule, StoryRuleContext } from './rule';
import { hasQuantity } from './quantity';
import { matchRulePhrases, outcomeOrWhole, quote, sentenceAt } from './util';

export const vagueImpact: StoryRule = {
  meta: {
    id: 'vague-impact',
    description: 'Vague impact words ("significantly", "a lot", "huge improvement") where a number belongs',
    defaultSeverity: 'info',
    tags: ['impact', 'phrases'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const prose = outcomeOrWhole(ctx.story);
    for (const m of matchRulePhrases('vague-impact', ctx.config, prose)) {
      // "cut costs significantly, from $40k to $25k a month" already gives the number.
      if (hasQuantity(sentenceAt(prose, m.start))) continue;
      ctx.report({
        message: `${quote(m.text)} claims a size without giving it. Replace it with the number (from what to what, or by how much), or drop it.`,
        range: ctx.range(m.start, m.end),
      });
    }
  },
};
