// section-order: parts out of the setup → challenge → approach → outcome → learning order.
import { PART_ORDER, type Part } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';

export const sectionOrder: StoryRule = {
  meta: {
    id: 'section-order',
    description: 'Parts out of the setup → learning order',
    defaultSeverity: 'info',
    tags: ['structure'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    let latest: Part | undefined;
    const seen = new Set<string>();
    for (const part of ctx.story.parts) {
      if (seen.has(part.name)) continue; // a repeat is duplicate-section's business
      seen.add(part.name);
      const idx = PART_ORDER.indexOf(part.name);
      if (latest && idx < PART_ORDER.indexOf(latest.name)) {
        ctx.report({
          message: `The ${part.name} ("${part.label}") comes after the ${latest.name} ("${latest.label}"). Told in order — setup, challenge, approach, outcome, learning — the story is easier to follow; move it up.`,
          range: part.marker,
        });
      } else {
        latest = part;
      }
    }
  },
};
