// A bank's question catalog: the standard 35 in the wording of the bank's `questionSet`, minus `dropQuestions`,
// plus `customQuestions`. Coverage, hovers, completion, templates, the views and the CLI read the catalog of the
// config that applies, never the bare list. A custom question's id is written `c1`, `c2`, ... (in config and in
// front matter); inside the product it is the number CUSTOM_ID_BASE + n, so ids stay numbers everywhere.
import type { ThemeId } from '../types';
import type { Question, Theme } from './types';
import { QUESTION_SETS, type QuestionSetId } from './questionSets';

/** Custom question `cN` has the internal id CUSTOM_ID_BASE + N. */
export const CUSTOM_ID_BASE = 1000;
/** The highest N in `cN`. */
export const MAX_CUSTOM_NUMBER = 999;

/** A bank's own question, as read from `customQuestions:` (validated by the settings table). */
export interface CustomQuestion {
  /** As written: `c1`. */
  id: string;
  theme: ThemeId;
  text: string;
  evaluates?: string;
  followUps?: string[];
  companies?: string[];
}

/** The part of the config the catalog depends on. */
export interface CatalogSettings {
  questionSet?: QuestionSetId;
  customQuestions?: readonly CustomQuestion[];
  dropQuestions?: readonly number[];
}

export interface QuestionCatalog {
  set: QuestionSetId;
  /** The bank's questions: standard ones in id order, then the custom ones in the order written. */
  questions: readonly Question[];
  /** The nine themes, each with the bank's question ids in catalog order. */
  themes: readonly Theme[];
  /** Standard ids the bank dropped. */
  dropped: ReadonlySet<number>;
  /** The question with this id in the bank (anything `parseQuestionId` accepts), or undefined. */
  byId(raw: unknown): Question | undefined;
}

const CUSTOM_ID = /^c(\d{1,3})$/i;

/** The internal id of a custom question id as written (`c1` → 1001), or undefined when it is not `c` + 1..999. */
export function customQuestionNumber(raw: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = CUSTOM_ID.exec(raw.trim());
  if (!m?.[1]) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= MAX_CUSTOM_NUMBER ? CUSTOM_ID_BASE + n : undefined;
}

/** True for the internal id of a custom question. */
export function isCustomQuestionId(id: number): boolean {
  return id > CUSTOM_ID_BASE && id <= CUSTOM_ID_BASE + MAX_CUSTOM_NUMBER;
}

/** How an id is shown: `Q6` for a standard question, `c1` for a custom one. */
export function questionLabel(id: number): string {
  return isCustomQuestionId(id) ? `c${id - CUSTOM_ID_BASE}` : `Q${id}`;
}

/** How an id is written in front matter: `6`, or `c1`. */
export function questionIdAsWritten(id: number): string {
  return isCustomQuestionId(id) ? `c${id - CUSTOM_ID_BASE}` : String(id);
}

/** A short label for trees from a custom question's text: its first words, at most about 28 characters. */
function shortLabel(text: string): string {
  const plain = text.trim().replace(/[.?!]+$/, '').replace(/^(tell me about a time (when )?you|describe a time (when )?you)\s+/i, '');
  if (plain.length <= 28) return plain.charAt(0).toUpperCase() + plain.slice(1);
  const cut = plain.slice(0, 27);
  const at = cut.lastIndexOf(' ');
  const words = at > 12 ? cut.slice(0, at) : cut;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}…`;
}

/** A custom question as a catalog question: a story, with what the bank gave. */
export function customToQuestion(c: CustomQuestion): Question | undefined {
  const id = customQuestionNumber(c.id);
  if (id === undefined) return undefined;
  return {
    id,
    text: c.text,
    short: shortLabel(c.text),
    theme: c.theme,
    kind: 'story',
    evaluates: c.evaluates ?? 'Your own question: what it evaluates is up to you (add `evaluates:` to it in .storybank.yml).',
    followUps: c.followUps ?? [],
  };
}

export function buildCatalog(standard: readonly Question[], themes: readonly Omit<Theme, 'questions'>[], settings: CatalogSettings): QuestionCatalog {
  const set = QUESTION_SETS.find((s) => s.id === settings.questionSet) ?? QUESTION_SETS[0];
  const dropped = new Set((settings.dropQuestions ?? []).filter((id) => standard.some((q) => q.id === id)));
  const questions: Question[] = standard.filter((q) => !dropped.has(q.id)).map((q) => (set.rewordings[q.id] ? { ...q, ...set.rewordings[q.id] } : q));
  const seen = new Set(questions.map((q) => q.id));
  for (const c of settings.customQuestions ?? []) {
    const q = customToQuestion(c);
    if (q && !seen.has(q.id)) {
      seen.add(q.id);
      questions.push(q);
    }
  }
  return catalogOf(questions, themes, set.id, dropped);
}

/** A catalog over a given list of questions (the client builds one from the bank index). */
export function catalogOf(
  questions: readonly Question[],
  themes: readonly Omit<Theme, 'questions'>[],
  set: QuestionSetId = 'ml',
  dropped: ReadonlySet<number> = new Set(),
): QuestionCatalog {
  const map = new Map(questions.map((q) => [q.id, q]));
  return {
    set,
    questions,
    themes: themes.map((t) => ({ ...t, questions: questions.filter((q) => q.theme === t.id).map((q) => q.id) })),
    dropped,
    byId(raw: unknown) {
      const custom = customQuestionNumber(raw);
      if (custom !== undefined) return map.get(custom);
      if (typeof raw === 'number' && isCustomQuestionId(raw)) return map.get(raw);
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(/^q?\s*(\d{1,3})$/i.exec(raw.trim())?.[1] ?? NaN) : NaN;
      return Number.isInteger(n) ? map.get(n) : undefined;
    },
  };
}
