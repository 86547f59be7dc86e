// unknown-question: a question id in front matter outside 1..35 or not a number.
import { parseQuestionId } from '../knowledge/index';
import type { Range } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';

function message(raw: unknown): string {
  const shown = typeof raw === 'string' ? `"${raw}"` : String(raw);
  return `${shown} is not a question id. Use a number from 1 to 35 (Q6 and q06 work too); \`storybank questions\` lists them.`;
}

export const unknownQuestion: StoryRule = {
  meta: {
    id: 'unknown-question',
    description: 'A question id outside 1..35 or unparseable',
    defaultSeverity: 'error',
    tags: ['front-matter', 'coverage'],
    scope: 'file',
  },
  check(ctx: StoryRuleContext) {
    const entry = ctx.file.frontMatter?.entries.find((e) => e.key === 'questions');
    if (!entry) return;
    const check = (raw: unknown, range: Range): void => {
      if (raw === null || typeof raw === 'object') return; // wrong shape: frontmatter-invalid says so
      if (parseQuestionId(raw) === undefined) ctx.report({ message: message(raw), range });
    };
    if (Array.isArray(entry.value)) {
      for (const item of entry.items ?? []) check(item.value, item.range);
    } else if (typeof entry.value === 'number') {
      check(entry.value, entry.valueRange);
    } else if (typeof entry.value === 'string' && /\d/.test(entry.value)) {
      for (const token of entry.value.split(/[,;\s]+/).filter(Boolean)) {
        if (/^[Qq]$/.test(token)) continue;
        check(token, entry.valueRange);
      }
    }
  },
};
