// section-balance: the approach is not the largest part, or setup + challenge take over 40% of the words.
import type { PartName } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';
import { answerOf, partTitleIn } from './kind';
import { findSlots } from './slots';
import { countWords } from '../text';

/** Below this many words in the parts, proportions say little. */
export const MIN_WORDS_FOR_BALANCE = 80;
export const MAX_CONTEXT_SHARE = 0.4;

export const sectionBalance: StoryRule = {
  meta: {
    id: 'section-balance',
    description: 'The approach is not the largest part, or setup + challenge take over 40% of the words',
    defaultSeverity: 'info',
    tags: ['structure', 'time'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { story } = ctx;
    // Proportions are a story's (and a plan's: the steps are its body); a pitch weighs its parts differently.
    const { kind, shape } = answerOf(story);
    if (!shape.balanced) return;
    const name = (p: PartName): string => partTitleIn(kind, p).toLowerCase();
    const words = new Map<PartName, number>();
    // A template slot left to fill ("[metric: what changed, from what to what]", which a quick fix inserts) is
    // not said aloud: its words do not weigh a part.
    const slotWords = (p: (typeof story.parts)[number]): number => {
      let n = 0;
      for (const hit of findSlots(ctx.file.text, p.range.start.offset, p.range.end.offset)) {
        if (p.prose.some((seg) => hit.start >= seg.start && hit.end <= seg.start + seg.text.length)) n += countWords(hit.text);
      }
      return n;
    };
    for (const p of story.parts) {
      const own = Math.max(0, p.wordCount - slotWords(p));
      words.set(p.name, (words.get(p.name) ?? 0) + own);
    }
    const total = [...words.values()].reduce((a, b) => a + b, 0);
    if (total < MIN_WORDS_FOR_BALANCE) return;
    const approach = story.parts.find((p) => p.name === 'approach');
    const approachWords = words.get('approach') ?? 0;
    if (approach) {
      let biggest: PartName | undefined;
      for (const [name, n] of words) if (name !== 'approach' && n > approachWords && (!biggest || n > (words.get(biggest) ?? 0))) biggest = name;
      if (biggest) {
        ctx.report({
          message: `The ${name('approach')} has ${approachWords} words but the ${name(biggest)} has ${words.get(biggest)}. The ${name('approach')} is where you show what you did or would do; make it the longest part and trim the ${name(biggest)}.`,
          range: approach.marker,
        });
      }
    }
    const context = (words.get('setup') ?? 0) + (words.get('challenge') ?? 0);
    const share = context / total;
    if (share > MAX_CONTEXT_SHARE) {
      const first = story.parts.find((p) => p.name === 'setup' || p.name === 'challenge');
      if (first) {
        ctx.report({
          message: `Setup and challenge take ${Math.round(share * 100)}% of the words (${context} of ${total}). Keep the context under 40% — about 30 seconds — so there is time for what you did and what came of it.`,
          range: first.marker,
        });
      }
    }
  },
};
