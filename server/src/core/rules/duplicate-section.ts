// duplicate-section: the same part marked twice in one story.
import type { PartName } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';

export const duplicateSection: StoryRule = {
  meta: {
    id: 'duplicate-section',
    description: 'The same part twice',
    defaultSeverity: 'warning',
    tags: ['structure'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const seen = new Map<PartName, number>();
    for (const part of ctx.story.parts) {
      const first = seen.get(part.name);
      if (first === undefined) {
        seen.set(part.name, part.marker.start.line);
        continue;
      }
      ctx.report({
        message: `A second ${part.name} part ("${part.label}"); the first starts on line ${first}. Merge the two so the story tells each part once.`,
        range: part.marker,
      });
    }
  },
};
