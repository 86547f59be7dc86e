// Pure logic of the practice drill. No vscode imports.
import { ANSWER_SHAPES } from '../../server/src/core/knowledge/kinds';
import { questionLabel } from '../../server/src/core/knowledge/catalog';
import type { Question, Theme } from '../../server/src/core/knowledge/types';
import type { BankIndex, BankStoryInfo } from '../../server/src/protocol';

export interface QuestionStanding {
  question: Question;
  /** Stories that answer it. */
  stories: BankStoryInfo[];
  /** The most recent `last-practiced` among those stories, if any. */
  lastPracticed?: string;
}

/** Each question with the stories that answer it, from the server's coverage (`index.questions`), computed once. */
export function standings(index: BankIndex, questions: readonly Question[]): QuestionStanding[] {
  const byKey = new Map(index.stories.map((s) => [s.key, s]));
  const covered = new Map(index.questions.map((q) => [q.id, q.stories]));
  return questions.map((q) => {
    const stories = (covered.get(q.id) ?? []).flatMap((k) => byKey.get(k) ?? []);
    const dates = stories.flatMap((s) => (s.lastPracticed ? [s.lastPracticed] : [])).sort();
    return { question: q, stories, lastPracticed: dates[dates.length - 1] };
  });
}

/**
 * Questions in drill order: weakly covered first (fewest stories), then least recently practiced (never
 * practiced before any date), then by id. Questions with no story at all come first: saying an answer
 * out loud is the quickest way to find out you need one.
 */
export function rankForPractice(index: BankIndex, questions: readonly Question[]): QuestionStanding[] {
  return standings(index, questions).sort(
    (a, b) =>
      a.stories.length - b.stories.length ||
      (a.lastPracticed ?? '').localeCompare(b.lastPracticed ?? '') ||
      a.question.id - b.question.id,
  );
}

/** Picks one of the `spread` best-ranked questions; `random` in [0, 1) (Math.random in the editor). */
export function choosePracticeQuestion(index: BankIndex, questions: readonly Question[], random: number, spread = 3): QuestionStanding | undefined {
  const ranked = rankForPractice(index, questions);
  if (ranked.length === 0) return undefined;
  const pool = ranked.slice(0, Math.max(1, Math.min(spread, ranked.length)));
  return pool[Math.min(pool.length - 1, Math.floor(random * pool.length))];
}

/** The story to record a practice on: the one practiced longest ago (never practiced first). */
export function storyToRecord(standing: QuestionStanding): BankStoryInfo | undefined {
  return standing.stories.slice().sort((a, b) => (a.lastPracticed ?? '').localeCompare(b.lastPracticed ?? '') || a.title.localeCompare(b.title))[0];
}

/** The local date as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Which questions the drill has seen practised in this workspace: question id → the local date (YYYY-MM-DD) of the
 * last time the person marked it practised. Kept in the editor's workspace state, never in the stories.
 */
export type PracticeLog = Readonly<Record<string, string>>;

/** The date a question was last marked practised, if ever. */
export function practicedOn(log: PracticeLog, id: number): string | undefined {
  const d = log[String(id)];
  return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined;
}

/** A log read back from storage: anything that is not a date per id is dropped. */
export function cleanLog(raw: unknown): Record<string, string> {
  const log: Record<string, string> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return log;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (/^\d+$/.test(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) log[k] = v;
  }
  return log;
}

export interface DrillChoice {
  standing: QuestionStanding;
  /** True when every question had been practised, so the one practised longest ago was taken. */
  allPracticed: boolean;
}

/**
 * "A question I have not practised yet": among the questions never marked practised (other than `exclude`, the one
 * just drilled), one of the `spread` best-ranked (weakly covered first, see rankForPractice). When every question
 * has been practised, the one practised longest ago.
 */
export function chooseUnpracticed(
  index: BankIndex,
  questions: readonly Question[],
  log: PracticeLog,
  random: number,
  exclude?: number,
  spread = 3,
): DrillChoice | undefined {
  const ranked = rankForPractice(index, questions).filter((s) => s.question.id !== exclude);
  const open = ranked.filter((s) => practicedOn(log, s.question.id) === undefined);
  if (open.length > 0) {
    const pool = open.slice(0, Math.max(1, Math.min(spread, open.length)));
    const standing = pool[Math.min(pool.length - 1, Math.floor(random * pool.length))];
    return standing ? { standing, allPracticed: false } : undefined;
  }
  const oldest = ranked.slice().sort((a, b) => (practicedOn(log, a.question.id) ?? '').localeCompare(practicedOn(log, b.question.id) ?? '') || a.question.id - b.question.id)[0];
  return oldest ? { standing: oldest, allPracticed: true } : undefined;
}

/** "Any question": one of all the questions (other than `exclude`), each as likely. */
export function chooseAny(index: BankIndex, questions: readonly Question[], random: number, exclude?: number): QuestionStanding | undefined {
  const all = standings(index, questions).filter((s) => s.question.id !== exclude);
  return all[Math.min(all.length - 1, Math.floor(random * all.length))];
}

/** How a date reads in the drill: "today", "yesterday", or the date. */
export function dateWords(date: string, today: string): string {
  if (date === today) return 'today';
  const t = new Date(`${today}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return date === t.toISOString().slice(0, 10) ? 'yesterday' : date;
}

/** The drill pick's description of a question: its stories, and whether (and when) it was practised. */
export function standingWords(s: QuestionStanding, log: PracticeLog, today: string): string {
  const stories = s.stories.length === 0 ? 'no story yet' : s.stories.length === 1 ? '1 story' : `${s.stories.length} stories`;
  const on = practicedOn(log, s.question.id);
  return `${stories} · ${on ? `practiced ${dateWords(on, today)}` : 'not practiced yet'}`;
}

/** Everything the drill panel shows about one question (drillHtml.ts turns it into HTML). */
export interface DrillView {
  id: number;
  /** "Q6", or "c1" for a custom question. */
  label: string;
  text: string;
  theme: string;
  evaluates: string;
  shape: { name: string; summary: string; parts: { title: string; seconds: number; hint: string }[]; count?: { min: number; max: number } };
  /** What the timer aims at, in seconds (about two minutes; less for a short answer). */
  targetSeconds: number;
  stories: { key: string; uri: string; title: string; spokenSeconds: number; lastPracticed?: string }[];
  followUps: string[];
  /** "today", "yesterday" or the date it was last marked practised; undefined when never. */
  practiced?: string;
  /** How many of the bank's questions are marked practised, of how many. */
  progress: { practiced: number; total: number };
  /** A line about how the question was chosen, e.g. when every question had been practised. */
  note?: string;
  /** The story the date can be written into (the one practised longest ago). */
  recordStory?: { key: string; title: string };
}

/** The timer's aim: the answer shape's time budget, kept between one and two minutes. */
export const DRILL_SECONDS = 120;

export function drillView(s: QuestionStanding, themes: readonly Theme[], all: readonly Question[], log: PracticeLog, today: string, note?: string): DrillView {
  const q = s.question;
  const shape = ANSWER_SHAPES[q.kind];
  const parts = q.parts ? shape.parts.filter((p) => q.parts?.includes(p.id)) : shape.parts;
  const budget = parts.reduce((n, p) => n + p.seconds, 0);
  const on = practicedOn(log, q.id);
  const record = storyToRecord(s);
  return {
    id: q.id,
    label: questionLabel(q.id),
    text: q.text,
    theme: themes.find((t) => t.id === q.theme)?.name ?? q.theme,
    evaluates: q.evaluates,
    shape: {
      name: shape.name,
      summary: shape.summary,
      parts: parts.map((p) => ({ title: p.title, seconds: p.seconds, hint: p.prompt.replace(/^\[|\]$/g, '') })),
      ...(shape.count ? { count: { ...shape.count } } : {}),
    },
    targetSeconds: budget === 0 ? 60 : Math.max(60, Math.min(DRILL_SECONDS, budget)),
    stories: s.stories.map((x) => ({ key: x.key, uri: x.uri, title: x.title, spokenSeconds: x.spokenSeconds, ...(x.lastPracticed ? { lastPracticed: x.lastPracticed } : {}) })),
    followUps: [...q.followUps],
    ...(on ? { practiced: dateWords(on, today) } : {}),
    progress: { practiced: all.filter((x) => practicedOn(log, x.id) !== undefined).length, total: all.length },
    ...(note ? { note } : {}),
    ...(record ? { recordStory: { key: record.key, title: record.title } } : {}),
  };
}
