// Pure coverage matrix: stories × themes (or × questions), and the coverage as Markdown. No vscode imports.
import { markdownInline } from '../../server/src/core/escape';
import type { BankIndex } from '../../server/src/protocol';
import type { Knowledge } from './trees';
import { questionLabel } from '../../server/src/core/knowledge/catalog';

export interface MatrixColumn {
  id: string;
  /** Short header, e.g. "Q6" or the theme name. */
  label: string;
  /** Longer text for a tooltip. */
  title: string;
  /** By question: the theme's short name, for a header row over its questions. */
  group?: string;
}

export interface MatrixRow {
  key: string;
  uri: string;
  title: string;
  /** One value per column: how many of the story's questions fall in it (a listed theme with no question counts 1). */
  cells: number[];
}

export interface CoverageMatrix {
  by: 'theme' | 'question';
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Per column: how many stories cover it. */
  totals: number[];
  /** The largest cell value (for the heat scale); at least 1. */
  max: number;
}

export function buildMatrix(index: BankIndex, by: 'theme' | 'question', k: Knowledge): CoverageMatrix {
  const columns: MatrixColumn[] =
    by === 'theme'
      ? k.themes.map((t) => ({ id: t.id, label: t.short, title: `${t.name} (${t.questions.map(questionLabel).join(', ')})` }))
      : // By theme first: each theme's questions together, under the theme's name.
        k.themes.flatMap((t) =>
          k.questions.filter((q) => q.theme === t.id).map((q) => ({ id: String(q.id), label: questionLabel(q.id), title: `${questionLabel(q.id)}. ${q.text}`, group: t.short })),
        );
  const themeOf = new Map(k.questions.map((q) => [q.id, q.theme]));
  const rows = index.stories
    .slice()
    .sort((a, b) => a.title.localeCompare(b.title) || a.key.localeCompare(b.key))
    .map((s) => {
      const cells = columns.map((c) => {
        if (by === 'question') return s.questions.includes(Number(c.id)) ? 1 : 0;
        const n = s.questions.filter((q) => themeOf.get(q) === c.id).length;
        return n > 0 ? n : (s.themes as string[]).includes(c.id) ? 1 : 0;
      });
      return { key: s.key, uri: s.uri, title: s.title, cells };
    });
  const totals = columns.map((_, i) => rows.filter((r) => (r.cells[i] ?? 0) > 0).length);
  const max = Math.max(1, ...rows.flatMap((r) => r.cells));
  return { by, columns, rows, totals, max };
}

/**
 * The bank's coverage as a Markdown document that reads at any width: one section per theme, listing its questions
 * with the stories that answer them (or "no story yet"), then every story with the questions it answers. Titles
 * and question texts are shown as text (escaped), never as Markdown or HTML.
 */
export function coverageToMarkdown(index: BankIndex, k: Knowledge, generated?: string): string {
  const stories = index.stories.slice().sort((a, b) => a.title.localeCompare(b.title) || a.key.localeCompare(b.key));
  const answering = (qid: number) => stories.filter((s) => s.questions.includes(qid));
  const covered = k.questions.filter((q) => answering(q.id).length > 0).length;
  const lines = [
    '# Story Bank coverage',
    '',
    `${stories.length} ${stories.length === 1 ? 'story' : 'stories'}${generated ? `, exported ${generated}` : ''}. ` +
      `${covered} of ${k.questions.length} questions have a story.`,
  ];
  for (const t of k.themes) {
    const qs = k.questions.filter((q) => q.theme === t.id);
    const n = qs.filter((q) => answering(q.id).length > 0).length;
    lines.push('', `## ${markdownInline(t.name)} (${n} of ${qs.length})`, '');
    for (const q of qs) {
      const by = answering(q.id);
      const answer = by.length > 0 ? by.map((s) => markdownInline(s.title)).join('; ') : '*no story yet*';
      lines.push(`- **${questionLabel(q.id)}** ${markdownInline(q.short)}: ${answer}`);
    }
  }
  lines.push('', '## Stories', '');
  if (stories.length === 0) lines.push('No stories yet.');
  for (const s of stories) {
    const qs = s.questions.map((id) => questionLabel(id)).join(', ');
    lines.push(`- ${markdownInline(s.title)}: ${qs || '*no question yet*'}`);
  }
  return `${lines.join('\n')}\n`;
}
