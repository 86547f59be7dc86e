// unknown-question: a question id in front matter that is not in the bank's catalog (outside 1..35, a custom id
// the config does not define, a question the config drops) or not an id at all.
import { parseQuestionId, questionCatalog, questionLabel, type QuestionCatalog } from '../knowledge/index';
import type { Range } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';

function message(raw: unknown, catalog: QuestionCatalog): string {
  const shown = typeof raw === 'string' ? `"${raw}"` : String(raw);
  const id = parseQuestionId(raw);
  if (id !== undefined && catalog.dropped.has(id))
    return `${questionLabel(id)} is dropped by \`dropQuestions\` in the bank's config. Remove it here, or from \`dropQuestions\`.`;
  if (id !== undefined)
    return `${shown} is not one of the bank's questions: no custom question ${questionLabel(id)} in \`customQuestions\`. \`storybank questions\` lists them.`;
  return `${shown} is not a question id. Use a number from 1 to 35 (Q6 and q06 work too) or a custom id such as c1; \`storybank questions\` lists them.`;
}

export const unknownQuestion: StoryRule = {
  meta: {
    id: 'unknown-question',
    description: 'A question id that is not in the bank\'s catalog (1..35 and custom ids, less dropped ones) or unparseable',
    defaultSeverity: 'error',
    tags: ['front-matter', 'coverage'],
    scope: 'file',
  },
  check(ctx: StoryRuleContext) {
    const entry = ctx.file.frontMatter?.entries.find((e) => e.key === 'questions');
    if (!entry) return;
    const catalog = questionCatalog(ctx.config);
    const check = (raw: unknown, range: Range): void => {
      if (raw === null || typeof raw === 'object') return; // wrong shape: frontmatter-invalid says so
      if (catalog.byId(raw) === undefined) ctx.report({ message: message(raw, catalog), range });
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
