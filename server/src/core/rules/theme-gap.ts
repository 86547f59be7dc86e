// theme-gap (bank): a theme of the nine with no story at all.
// Interviewers sample every theme; a theme with nothing prepared is a question the candidate meets cold.
import { questionSpan } from './bank-util';
import type { BankReport, BankRule } from './rule';

export const themeGap: BankRule = {
  meta: {
    id: 'theme-gap',
    description: 'A theme of the nine that no story covers',
    defaultSeverity: 'warning',
    tags: ['bank', 'coverage'],
    scope: 'bank',
  },
  reads: (e) => [e.story.themes, e.story.questions.map((q) => q.id)],
  check(_stories, ctx) {
    const out: BankReport[] = [];
    for (const t of ctx.catalog.themes) {
      if ((ctx.storiesByTheme.get(t.id)?.length ?? 0) > 0) continue;
      out.push({
        ruleId: 'theme-gap',
        theme: t.id,
        message: `No story covers the theme ${t.name} (${questionSpan(t.questions)}). Prepare an answer to at least one of its questions.`,
      });
    }
    return out;
  },
};
