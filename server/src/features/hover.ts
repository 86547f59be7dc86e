// Hover: on a question id, theme or company in front matter, and on a part's marker (its time budget against
// its current spoken time). Reads the parsed file and the knowledge base; computes nothing new about the story.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { ANSWER_SHAPES, COMPANIES, STANDARD_CATALOG, companyById, parseQuestionId, questionLabel, shapePartForSlot, storyKind, themeById, type QuestionCatalog } from '../core/knowledge';
import type { FileAnalysis, PartName, Point } from '../core/types';
import { rangeContains, toLspRange } from '../convert';

/** The time budget of each part of a spoken answer, in seconds (about two minutes in all). */
export const PART_BUDGET_SECONDS: Record<PartName, number> = { setup: 15, challenge: 15, approach: 60, outcome: 15, learning: 15 };

const PART_TITLES: Record<PartName, string> = { setup: 'Setup', challenge: 'Challenge', approach: 'Approach', outcome: 'Outcome', learning: 'Learning' };

const PART_PURPOSE: Record<PartName, string> = {
  setup: 'Where you were and what was at stake: just enough context for the rest to make sense.',
  challenge: 'The specific problem or goal that made this hard, and why it was yours to solve.',
  approach: 'What you did, the options you weighed and why you chose as you did. This is the heart of the answer.',
  outcome: 'What changed because of it, in numbers where you can.',
  learning: 'What you took from it and what you do differently now.',
};

export interface BankCounts {
  /** How many stories in the bank answer each question id. */
  storiesPerQuestion: Map<number, number>;
  /** The bank's question catalog (question set, custom and dropped questions); the standard one when absent. */
  catalog?: QuestionCatalog;
}

function seconds(s: number): string {
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const r = s % 60;
  return r === 0 ? `${m} min` : `${m} min ${r} s`;
}

function questionHover(id: number, counts: BankCounts): string | undefined {
  const q = (counts.catalog ?? STANDARD_CATALOG).byId(id);
  if (!q) return undefined;
  const theme = themeById(q.theme);
  const shape = ANSWER_SHAPES[q.kind];
  const lines = [`**${questionLabel(q.id)} · ${q.text}**`, '', `Theme: ${theme?.name ?? q.theme}`, '', `**What the interviewer evaluates:** ${q.evaluates}`];
  // The answer shape (knowledge/kinds.ts): the parts this question asks for when they differ from the kind's.
  const parts = q.parts ? shape.parts.filter((p) => q.parts?.includes(p.id)).map((p) => p.title) : shape.parts.map((p) => p.title);
  lines.push('', `**Answer shape: ${shape.name}.** ${shape.summary}${q.kind !== 'story' && parts.length > 0 ? ` Parts for this question: ${parts.join(', ')}.` : ''}`);
  if (q.followUps.length > 0) {
    lines.push('', '**Follow-ups to prepare:**', ...q.followUps.map((f) => `- ${f}`));
  }
  const lenses = COMPANIES.flatMap((c) => c.groups.filter((g) => g.questions.includes(q.id)).map((g) => `${c.name}: ${g.name}`));
  if (lenses.length > 0) lines.push('', `Company lenses: ${lenses.join('; ')}`);
  const n = counts.storiesPerQuestion.get(q.id) ?? 0;
  lines.push('', n === 0 ? 'No story in your bank answers this question yet.' : n === 1 ? '1 story in your bank answers this question.' : `${n} stories in your bank answer this question.`);
  return lines.join('\n');
}

function themeHover(raw: unknown, counts: BankCounts): string | undefined {
  const known = themeById(raw);
  const t = known && (counts.catalog ?? STANDARD_CATALOG).themes.find((x) => x.id === known.id);
  if (!t) return undefined;
  const covered = t.questions.filter((id) => (counts.storiesPerQuestion.get(id) ?? 0) > 0).length;
  const lines = [`**${t.name}** (\`${t.id}\`)`, '', t.summary, '', '**Questions:**'];
  for (const id of t.questions) {
    const q = (counts.catalog ?? STANDARD_CATALOG).byId(id);
    const n = counts.storiesPerQuestion.get(id) ?? 0;
    lines.push(`- ${questionLabel(id)} · ${q?.short ?? ''}${n === 0 ? ' — no story yet' : ` — ${n} ${n === 1 ? 'story' : 'stories'}`}`);
  }
  lines.push('', `Your bank covers ${covered} of ${t.questions.length} questions in this theme.`);
  return lines.join('\n');
}

function companyHover(raw: unknown): string | undefined {
  const c = companyById(raw);
  if (!c) return undefined;
  const lines = [`**${c.name}** (\`${c.id}\`)`, '', c.summary, ''];
  for (const g of c.groups) lines.push(`- **${g.name}** — ${g.description} (${g.questions.map((q) => `Q${q}`).join(', ')})`);
  return lines.join('\n');
}

export function hoverAt(analysis: FileAnalysis, p: Point, counts: BankCounts): Hover | null {
  const file = analysis.file;
  if (file.skipped) return null;
  const fm = file.frontMatter;
  if (fm && rangeContains(fm.range, p)) {
    for (const entry of fm.entries) {
      const key = entry.key.toLowerCase();
      const items = entry.items ?? [{ value: entry.value, range: entry.valueRange }];
      for (const item of items) {
        if (!rangeContains(item.range, p)) continue;
        let md: string | undefined;
        if (key === 'questions' || key === 'question') {
          const id = parseQuestionId(item.value);
          md = id === undefined ? undefined : questionHover(id, counts);
        } else if (key === 'themes' || key === 'theme') md = themeHover(item.value, counts);
        else if (key === 'companies' || key === 'company') md = companyHover(item.value);
        if (md) return { contents: { kind: MarkupKind.Markdown, value: md }, range: toLspRange(item.range) };
      }
    }
    return null;
  }
  for (const story of file.stories) {
    for (const q of story.questions) {
      if (q.range && rangeContains(q.range, p)) {
        const md = questionHover(q.id, counts);
        if (md) return { contents: { kind: MarkupKind.Markdown, value: md }, range: toLspRange(q.range) };
      }
    }
    const kind = storyKind(story);
    for (const part of story.parts) {
      if (!rangeContains(part.marker, p)) continue;
      // A pitch or a plan names its parts its own way and budgets them differently (knowledge/kinds.ts).
      const kindPart = kind === 'story' ? undefined : shapePartForSlot(kind, part.name);
      const budget = kindPart?.seconds ?? PART_BUDGET_SECONDS[part.name];
      const now = part.spokenSeconds;
      const verdict =
        now > budget ? `${seconds(now - budget)} over budget: cut what the listener does not need.` : now === 0 ? 'No prose yet.' : `Within budget (${seconds(budget - now)} to spare).`;
      const md = [
        `**${kindPart?.title ?? PART_TITLES[part.name]}** — budget ${seconds(budget)}, now ${seconds(now)} (${part.wordCount} words)`,
        '',
        verdict,
        '',
        kindPart ? `${kindPart.prompt.slice(1, -1)}: ${kindPart.why}` : PART_PURPOSE[part.name],
        '',
        `Whole story: ${seconds(story.spokenSeconds)} spoken, ${story.wordCount} words (about two minutes is the target).`,
      ].join('\n');
      return { contents: { kind: MarkupKind.Markdown, value: md }, range: toLspRange(part.marker) };
    }
  }
  return null;
}
