// same-project (bank): more stories than `maxStoriesPerProject` draw on one project.
// An interviewer who hears the same project three times learns less about the candidate each time; a bank
// with range shows more of the candidate. Each story of an over-used project gets the finding on its title, with a
// short message; the other stories of the project are its related places.
import type { BankReport, BankRule, BankStoryEntry } from './rule';
import { groupBy, storyLabel } from './bank-util';

/** Project names compare trimmed, case-insensitively, with runs of spaces, dashes and underscores alike. */
export function projectKey(project: string | undefined): string {
  return (project ?? '').trim().toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

/** Stories grouped by project (only stories that name one). */
export function projectGroups(entries: readonly BankStoryEntry[]): Map<string, BankStoryEntry[]> {
  return groupBy(entries, (e) => projectKey(e.story.project));
}

export const sameProject: BankRule = {
  meta: {
    id: 'same-project',
    description: 'More stories than `maxStoriesPerProject` share one `project`',
    defaultSeverity: 'info',
    tags: ['bank', 'coverage'],
    scope: 'bank',
  },
  reads: (e) => [e.story.project, e.config.maxStoriesPerProject],
  groupKey: (e) => projectKey(e.story.project),
  check(entries) {
    const out: BankReport[] = [];
    for (const group of projectGroups(entries).values()) {
      for (const e of group) {
        const limit = e.config.maxStoriesPerProject;
        if (group.length <= limit) continue;
        const others = group.filter((o) => o !== e);
        const name = e.story.project?.trim() ?? '';
        // The point and what to do, short; the other stories are listed under the finding (related places).
        out.push({
          ruleId: 'same-project',
          path: e.path,
          storyIndex: e.story.index,
          range: e.story.titleRange,
          message: `${group.length} stories use the project "${name}" (limit ${limit}). Move one to another project, or merge two that show the same strength.`,
          related: others.map((o) => ({ path: o.path, range: o.story.titleRange, message: `${storyLabel(o)} also uses "${name}"` })),
        });
      }
    }
    return out;
  },
};
