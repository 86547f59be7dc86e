// unknown-theme: a theme in front matter that is not one of the nine.
import { THEME_IDS, isThemeId } from '../knowledge/index';
import type { Range } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';
import { listValues, closest } from './list-values';

export const unknownTheme: StoryRule = {
  meta: {
    id: 'unknown-theme',
    description: 'A theme that is not one of the nine',
    defaultSeverity: 'error',
    tags: ['front-matter', 'coverage'],
    scope: 'file',
  },
  check(ctx: StoryRuleContext) {
    for (const { value, range } of listValues(ctx.file, 'themes')) {
      if (isThemeId(value)) continue;
      const near = closest(String(value), THEME_IDS);
      report(ctx, String(value), range, near);
    }
  },
};

function report(ctx: StoryRuleContext, value: string, range: Range, near: string | undefined): void {
  ctx.report({
    message:
      `"${value}" is not a theme. ` +
      (near ? `Did you mean \`${near}\`? ` : '') +
      `The themes are: ${THEME_IDS.join(', ')}.`,
    range,
    fixes: near ? [{ title: `Change to ${near}`, edits: [{ range, newText: near }] }] : undefined,
  });
}
