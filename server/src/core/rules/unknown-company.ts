// unknown-company: a company lens in front matter that storybank does not know.
import { COMPANY_IDS, isCompanyId } from '../knowledge/index';
import type { StoryRule, StoryRuleContext } from './rule';
import { closest, listValues } from './list-values';

export const unknownCompany: StoryRule = {
  meta: {
    id: 'unknown-company',
    description: 'A company lens that is not known',
    defaultSeverity: 'warning',
    tags: ['front-matter', 'coverage'],
    scope: 'file',
  },
  check(ctx: StoryRuleContext) {
    for (const { value, range } of listValues(ctx.file, 'companies')) {
      if (isCompanyId(value)) continue;
      const near = closest(String(value), COMPANY_IDS);
      ctx.report({
        message:
          `"${String(value)}" is not a company lens storybank knows. ` +
          (near ? `Did you mean \`${near}\`? ` : '') +
          `Use one of: ${COMPANY_IDS.join(', ')}; other companies can go in a note instead.`,
        range,
        fixes: near ? [{ title: `Change to ${near}`, edits: [{ range, newText: near }] }] : undefined,
      });
    }
  },
};
