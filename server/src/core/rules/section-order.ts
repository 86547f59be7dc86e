// section-order: parts out of the setup → challenge → approach → outcome → learning order.
import { PART_ORDER, type Part } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';
import { answerOf, partTitleIn } from './kind';

export const sectionOrder: StoryRule = {
  meta: {
    id: 'section-order',
    description: 'Parts out of the setup → learning order',
    defaultSeverity: 'info',
    tags: ['structure'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    // A pitch can start anywhere that sets up the next part; a list of questions has no parts.
    const { kind, shape } = answerOf(ctx.story);
    if (!shape.ordered) return;
    const title = (p: Part): string => partTitleIn(kind, p.name).toLowerCase();
    const order = kind === 'story' ? 'setup, challenge, approach, outcome, learning' : shape.parts.map((p) => p.title.toLowerCase()).join(', ');
    let latest: Part | undefined;
    const seen = new Set<string>();
    for (const part of ctx.story.parts) {
      if (seen.has(part.name)) continue; // a repeat is duplicate-section's business
      seen.add(part.name);
      const idx = PART_ORDER.indexOf(part.name);
      if (latest && idx < PART_ORDER.indexOf(latest.name)) {
        ctx.report({
          message: `The ${title(part)} ("${part.label}") comes after the ${title(latest)} ("${latest.label}"). Told in order — ${order} — the answer is easier to follow; move it up.`,
          range: part.marker,
        });
      } else {
        latest = part;
      }
    }
  },
};
