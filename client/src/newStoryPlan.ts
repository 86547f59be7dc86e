// Pure logic of New Story: the order of the question pick (by theme, gaps first), the file name a title gives,
// and where the first slot to write is in a new story. No vscode imports.
import type { Question, Theme } from '../../server/src/core/knowledge/types';
import type { BankIndex } from '../../server/src/protocol';
import { slugify } from './files';
import { standings, type QuestionStanding } from './practice';

export interface PickGroup {
  theme: Theme;
  /** How many of the theme's questions have a story. */
  covered: number;
  /** The theme's questions: those without a story first, each part in catalog order. */
  questions: QuestionStanding[];
}

/**
 * New Story's question pick: one group per theme that has questions; themes with a question still unanswered come
 * first (in catalog order), fully covered themes after them. Inside a theme, questions without a story come first.
 */
export function newStoryGroups(index: BankIndex, questions: readonly Question[], themes: readonly Theme[]): PickGroup[] {
  const all = standings(index, questions);
  const groups: PickGroup[] = [];
  for (const theme of themes) {
    const mine = all.filter((s) => s.question.theme === theme.id);
    if (mine.length === 0) continue;
    const open = mine.filter((s) => s.stories.length === 0);
    const done = mine.filter((s) => s.stories.length > 0);
    groups.push({ theme, covered: done.length, questions: [...open, ...done] });
  }
  const hasGap = (g: PickGroup): number => (g.covered < g.questions.length ? 0 : 1);
  return groups.map((g, i) => ({ g, i })).sort((a, b) => hasGap(a.g) - hasGap(b.g) || a.i - b.i).map(({ g }) => g);
}

/** The file name a story title gives: `delaying-a-launch-over-a-refund-bug.md`; undefined when the title has no letters or digits. */
export function fileNameForTitle(title: string): string | undefined {
  if (!/[\p{L}\p{N}]/u.test(title)) return undefined;
  const slug = slugify(title);
  return `${slug}.md`;
}

/**
 * The first slot to write in a new story's text, as 0-based offsets: the first `[...]` prompt after the front
 * matter (a title still to name, the first part's prompt, the first item of a list). Quoted question lines and
 * the follow-ups comment are not slots. Undefined when there is none.
 */
export function firstSlot(text: string): { start: number; end: number } | undefined {
  let offset = 0;
  let inFrontMatter = false;
  let inComment = false;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const start = offset;
    offset += line.length + 1;
    if (i === 0 && /^---\s*$/.test(line)) {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (/^(?:---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (/^\s*<!--/.test(line)) {
      inComment = !line.includes('-->');
      continue;
    }
    if (/^\s*>/.test(line)) continue;
    const m = /^(?:#\s+|\s*[-*+]\s+|\s*)(\[[^\]\n]+\])\s*$/.exec(line.replace(/\r$/, ''));
    if (m?.[1]) {
      const at = start + line.indexOf(m[1]);
      return { start: at, end: at + m[1].length };
    }
  }
  return undefined;
}
