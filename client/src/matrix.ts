// Pure coverage matrix: stories × themes (or × questions), and its Markdown export. No vscode imports.
import { markdownInline, markdownTableCell } from '../../server/src/core/escape';
import type { BankIndex } from '../../server/src/protocol';
import type { Knowledge } from './trees';
import { questionLabel } from '../../server/src/core/knowledge/catalog';

export interface MatrixColumn {
  id: string;
  /** Short header, e.g. "Q6" or the theme name. */
  label: string;
  /** Longer text for a tooltip. */
  title: string;
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
      ? k.themes.map((t) => ({ id: t.id, label: t.name, title: `${t.name} (${t.questions.map(questionLabel).join(', ')})` }))
      : k.questions.map((q) => ({ id: String(q.id), label: questionLabel(q.id), title: `${questionLabel(q.id)}. ${q.text}` }));
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

/** The matrix as a Markdown document: a heading, a table with one row per story, and a totals row. */
export function matrixToMarkdown(m: CoverageMatrix, generated?: string): string {
  const header = ['Story', ...m.columns.map((c) => c.label)];
  const lines = [
    `# Story Bank coverage by ${m.by}`,
    '',
    `${m.rows.length} ${m.rows.length === 1 ? 'story' : 'stories'}${generated ? `, exported ${generated}` : ''}. A number is how many of the story's questions fall in the column; empty means none.`,
    '',
    `| ${header.map(markdownTableCell).join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : ':---:')).join(' | ')} |`,
  ];
  for (const r of m.rows) {
    lines.push(`| ${[markdownTableCell(r.title), ...r.cells.map((c) => (c > 0 ? String(c) : ''))].join(' | ')} |`);
  }
  lines.push(`| ${['**Stories covering it**', ...m.totals.map((t) => `**${t}**`)].join(' | ')} |`);
  const gaps = m.columns.filter((_, i) => m.totals[i] === 0).map((c) => c.label);
  lines.push('');
  lines.push(gaps.length === 0 ? `Every ${m.by} has at least one story.` : `No story yet for: ${gaps.map(markdownInline).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
