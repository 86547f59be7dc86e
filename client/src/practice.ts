// Pure logic of the practice drill. No vscode imports.
import type { Question } from '../../server/src/core/knowledge/types';
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
