// duplicate-title (bank): two or more stories carry the same title.
// Titles are how a candidate finds a story in the bank (and how the tree views list them); two stories with
// one title are either a copy left behind or two stories that need telling apart.
import type { BankReport, BankRule, BankStoryEntry } from './rule';
import { groupBy, listStories } from './bank-util';

/**
 * Titles compare after removing Markdown emphasis and punctuation, case and extra spaces:
 * "**Cutting** build time!" and "cutting build time" are the same title.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Stories grouped by normalised title (stories without a title are left out). */
export function titleGroups(entries: readonly BankStoryEntry[]): Map<string, BankStoryEntry[]> {
  return groupBy(entries, (e) => titleKey(e.story.title));
}

export const duplicateTitle: BankRule = {
  meta: {
    id: 'duplicate-title',
    description: 'Two stories have the same title',
    defaultSeverity: 'warning',
    tags: ['bank'],
    scope: 'bank',
  },
  reads: (e) => e.story.title,
  groupKey: (e) => titleKey(e.story.title),
  check(entries) {
    const out: BankReport[] = [];
    for (const group of titleGroups(entries).values()) {
      if (group.length < 2) continue;
      for (const e of group) {
        const others = group.filter((o) => o !== e);
        out.push({
          ruleId: 'duplicate-title',
          path: e.path,
          storyIndex: e.story.index,
          range: e.story.titleRange,
          message:
            `${others.length === 1 ? 'Another story has' : `${others.length} other stories have`} the same title: ${listStories(others)}. ` +
            `Give each story a title that says what is different about it, or delete the copy.`,
        });
      }
    }
    return out;
  },
};
