// empty-section: a part marker with no prose after it.
import type { StoryRule, StoryRuleContext } from './rule';
import { answerOf, partTitleIn } from './kind';

export const emptySection: StoryRule = {
  meta: {
    id: 'empty-section',
    description: "A part's marker with no prose after it",
    defaultSeverity: 'warning',
    tags: ['structure'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { kind } = answerOf(ctx.story);
    for (const part of ctx.story.parts) {
      if (part.wordCount > 0) continue;
      ctx.report({
        message: `"${part.label}" has nothing under it. Write the ${partTitleIn(kind, part.name).toLowerCase()} in a few spoken sentences, or remove the marker if the story does not need it.`,
        range: part.marker,
      });
    }
  },
};
