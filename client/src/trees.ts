// Pure tree building for the Coverage, Stories and Bank Health views: BankIndex in, plain nodes out.
// No vscode imports, so the shapes are unit-tested directly; views.ts turns the nodes into TreeItems.
import type { CompanyId, ThemeId } from '../../server/src/core/types';
import type { CompanyLens, Question, Theme } from '../../server/src/core/knowledge/types';
import type { BankHealthInfo, BankIndex, BankStoryInfo, WireRange } from '../../server/src/protocol';
import { questionLabel } from '../../server/src/core/knowledge/catalog';
import { projectKey } from '../../server/src/core/rules/same-project';
import { plural } from '../../server/src/core/text';

/** How the Coverage view groups questions: by the nine themes, or by a company's values. */
export type LensId = 'theme' | CompanyId;

export interface Knowledge {
  themes: readonly Theme[];
  questions: readonly Question[];
  companies: readonly CompanyLens[];
}

export interface StoryRef {
  kind: 'story';
  /** Unique within its parent: the story key, prefixed by the parent's id. */
  id: string;
  key: string;
  uri: string;
  title: string;
  titleRange: WireRange;
  description: string;
  tooltip: string;
}

export interface QuestionNode {
  kind: 'question';
  id: string;
  question: number;
  label: string;
  description: string;
  tooltip: string;
  covered: boolean;
  children: StoryRef[];
}

export interface GroupNode {
  kind: 'group';
  id: string;
  label: string;
  description: string;
  tooltip: string;
  /** Theme id in the theme lens. */
  theme?: ThemeId;
  covered: number;
  total: number;
  children: QuestionNode[];
}

export type CoverageNode = GroupNode | QuestionNode | StoryRef;

export const LENSES: readonly { id: LensId; label: string }[] = [
  { id: 'theme', label: 'Coverage by Theme' },
  { id: 'amazon', label: 'Coverage for Amazon' },
  { id: 'google', label: 'Coverage for Google' },
  { id: 'meta', label: 'Coverage for Meta' },
  { id: 'startup', label: 'Coverage for Startups' },
];

export function isLensId(value: unknown): value is LensId {
  return LENSES.some((l) => l.id === value);
}

/** Seconds as m:ss, the way a spoken answer is timed. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export { plural };

/**
 * A story's problems as its row says them: errors and warnings, the count the editor's own badge on the file
 * shows; suggestions (info) only in the tooltip (problemDetail).
 */
export function problemText(story: BankStoryInfo): string {
  const n = story.problems.errors + story.problems.warnings;
  return n === 0 ? 'no problems' : plural(n, 'problem');
}

/** Every count, for the tooltip: "1 error, 2 warnings, 3 suggestions". */
export function problemDetail(story: BankStoryInfo): string {
  const { errors, warnings, infos } = story.problems;
  const parts = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : '', infos > 0 ? plural(infos, 'suggestion') : ''].filter(Boolean);
  return parts.length === 0 ? 'no problems' : parts.join(', ');
}

function storiesByKey(index: BankIndex): Map<string, BankStoryInfo> {
  return new Map(index.stories.map((s) => [s.key, s]));
}

/** Story keys answering each question: from the index's question list, or from the stories themselves. */
function answersByQuestion(index: BankIndex): Map<number, string[]> {
  const map = new Map<number, string[]>();
  if (index.questions.length > 0) {
    for (const q of index.questions) map.set(q.id, [...q.stories]);
    return map;
  }
  for (const s of index.stories) {
    for (const q of s.questions) map.set(q, [...(map.get(q) ?? []), s.key]);
  }
  return map;
}

function storyRef(parentId: string, s: BankStoryInfo): StoryRef {
  const lines = [s.title, `${formatDuration(s.spokenSeconds)} spoken · ${plural(s.wordCount, 'word')} · ${problemDetail(s)}`];
  if (s.project) lines.push(`Project: ${s.project}`);
  if (s.lastPracticed) lines.push(`Last practiced: ${s.lastPracticed}`);
  return {
    kind: 'story',
    id: `${parentId}/${s.key}`,
    key: s.key,
    uri: s.uri,
    title: s.title,
    titleRange: s.titleRange,
    description: `${formatDuration(s.spokenSeconds)} · ${problemText(s)}`,
    tooltip: lines.join('\n'),
  };
}

function questionNode(parentId: string, q: Question, keys: string[], stories: Map<string, BankStoryInfo>): QuestionNode {
  const id = `${parentId}/q${q.id}`;
  const children = keys.flatMap((k) => {
    const s = stories.get(k);
    return s ? [storyRef(id, s)] : [];
  });
  const covered = children.length > 0;
  const tooltip = [`${questionLabel(q.id)}. ${q.text}`, '', `What it evaluates: ${q.evaluates}`];
  if (!covered) tooltip.push('', 'No story answers this question yet.');
  return {
    kind: 'question',
    id,
    question: q.id,
    label: `${questionLabel(q.id)} ${q.short}`,
    description: covered ? plural(children.length, 'story', 'stories') : 'no story yet',
    tooltip: tooltip.join('\n'),
    covered,
    children,
  };
}

function groupNode(id: string, label: string, summary: string, questionIds: readonly number[], k: Knowledge, index: BankIndex, theme?: ThemeId, fullName = label): GroupNode {
  const stories = storiesByKey(index);
  const answers = answersByQuestion(index);
  const children = questionIds.flatMap((qid) => {
    const q = k.questions.find((x) => x.id === qid);
    return q ? [questionNode(id, q, answers.get(qid) ?? [], stories)] : [];
  });
  const covered = children.filter((c) => c.covered).length;
  const total = children.length;
  return {
    kind: 'group',
    id,
    label,
    // Short enough for the default side-bar width; the tooltip says it in words.
    description: `${covered}/${total}`,
    tooltip: `${fullName}\n\n${summary}\n\n${covered} of ${plural(total, 'question')} have a story.`,
    theme,
    covered,
    total,
    children,
  };
}

/** The Coverage view's top level for a lens: themes (or company values) → questions → stories. */
export function buildCoverageTree(index: BankIndex, lens: LensId, k: Knowledge): GroupNode[] {
  if (lens === 'theme') {
    // The short name fits the default side-bar width; the tooltip starts with the full name.
    return k.themes.map((t) => groupNode(`theme/${t.id}`, t.short, t.summary, t.questions, k, index, t.id, t.name));
  }
  const company = k.companies.find((c) => c.id === lens);
  if (!company) return [];
  return company.groups.map((g, i) => groupNode(`${lens}/${i}`, g.name, g.description, g.questions, k, index));
}

export interface ProjectNode {
  kind: 'project';
  id: string;
  label: string;
  description: string;
  children: StoryRef[];
}

export const NO_PROJECT = '(no project)';

/**
 * The Stories view: stories grouped by project (alphabetical, stories without a project last). Projects are
 * grouped by the same key as the `same-project` rule (`Fraud Platform` and `fraud-platform` are one project),
 * labelled as the first story (by title) spells it.
 */
export function buildStoriesTree(index: BankIndex): ProjectNode[] {
  const groups = new Map<string, BankStoryInfo[]>();
  for (const s of index.stories) {
    const p = projectKey(s.project) || NO_PROJECT;
    groups.set(p, [...(groups.get(p) ?? []), s]);
  }
  const labelled = [...groups].map(([key, list]) => {
    const sorted = list.slice().sort((a, b) => a.title.localeCompare(b.title));
    return { key, name: key === NO_PROJECT ? NO_PROJECT : (sorted[0]?.project?.trim() ?? key), stories: sorted };
  });
  labelled.sort((a, b) => (a.key === NO_PROJECT ? 1 : b.key === NO_PROJECT ? -1 : a.name.localeCompare(b.name)));
  return labelled.map(({ name, stories }) => {
    const total = stories.reduce((sum, s) => sum + s.spokenSeconds, 0);
    return {
      kind: 'project',
      id: `project/${name}`,
      label: name,
      description: `${plural(stories.length, 'story', 'stories')} · ${formatDuration(total)}`,
      children: stories.map((s) => storyRef(`project/${name}`, s)),
    };
  });
}

export interface HealthNode {
  kind: 'health';
  id: string;
  /** Short, for the default side-bar width; the whole message is the tooltip. */
  label: string;
  tooltip: string;
  severity: BankHealthInfo['severity'];
  info: BankHealthInfo;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The Bank Health view: one node per bank-level finding, errors first. */
export function buildHealthTree(index: BankIndex, k?: Knowledge): HealthNode[] {
  return index.health
    .map((h, i) => ({ h, i }))
    .sort((a, b) => SEVERITY_ORDER[a.h.severity] - SEVERITY_ORDER[b.h.severity] || a.i - b.i)
    .map(({ h, i }) => ({ kind: 'health', id: `health/${i}`, label: healthLabel(h, k), tooltip: h.message, severity: h.severity, info: h }));
}

/** A Bank Health row's label: what it is about in a few words (the message, in full, is the tooltip). */
export function healthLabel(h: BankHealthInfo, k?: Knowledge): string {
  const theme = h.theme ? k?.themes.find((t) => t.id === h.theme)?.name : undefined;
  const question = h.question !== undefined ? k?.questions.find((q) => q.id === h.question) : undefined;
  if (h.kind === 'theme-gap' && theme) return `No story: ${theme}`;
  if (h.kind === 'question-gap' && question) return `No answer: ${questionLabel(question.id)} ${question.short}`;
  // Otherwise the message's first sentence, cut at a word near 60 characters.
  const first = /^(.*?[.!?])(?:\s|$)/.exec(h.message)?.[1] ?? h.message;
  if (first.length <= 60) return first.replace(/\.$/, '');
  return `${first.slice(0, 58).replace(/\s+\S*$/, '')}…`;
}
