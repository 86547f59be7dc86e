// Helpers shared by the bank-level rules: grouping stories and naming them in messages.
import { questionIdAsWritten } from '../knowledge/catalog';
import type { BankStoryEntry } from './rule';

/** Groups entries by a key; entries whose key is empty are left out. Groups keep bank order. */
export function groupBy(entries: readonly BankStoryEntry[], key: (e: BankStoryEntry) => string): Map<string, BankStoryEntry[]> {
  const groups = new Map<string, BankStoryEntry[]>();
  for (const e of entries) {
    const k = key(e);
    if (!k) continue;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  return groups;
}

/** How a story is named in a message: "Title" (file.md), with the story number when the file holds several. */
export function storyLabel(e: BankStoryEntry): string {
  const file = basename(e.path);
  const where = e.story.index > 0 ? `${file}, story ${e.story.index + 1}` : file;
  const title = e.story.title.trim();
  return title ? `"${title}" (${where})` : where;
}

/** Names up to `max` stories, then "and N more". */
export function listStories(entries: readonly BankStoryEntry[], max = 4): string {
  const names = entries.slice(0, max).map(storyLabel);
  const more = entries.length - names.length;
  if (more > 0) names.push(`and ${more} more`);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}${more > 0 ? ', ' : ' and '}${names[names.length - 1]}`;
}

/** The file name of a path (either separator). */
export function basename(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** "questions 1–5", "question 29", "questions 28, 30". */
export function questionSpan(ids: readonly number[]): string {
  if (ids.length === 0) return 'no questions';
  const shown = ids.map(questionIdAsWritten);
  if (ids.length === 1) return `question ${shown[0]}`;
  const contiguous = ids.every((q, i) => i === 0 || q === ids[i - 1] + 1);
  return contiguous ? `questions ${shown[0]}–${shown[shown.length - 1]}` : `questions ${shown.join(', ')}`;
}

/** "Untitled story" for a story with no title. */
export function titleOf(e: BankStoryEntry): string {
  return e.story.title.trim() || 'Untitled story';
}
