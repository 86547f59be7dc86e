// The knowledge base: the nine themes, the 35 questions and the company lenses, with lookups.
import type { CompanyId, ThemeId } from '../types';
import type { CompanyLens, Question, Theme } from './types';
import { THEME_DATA } from './themes';
import { QUESTIONS as QUESTION_DATA } from './questions';
export { QUESTION_ID } from './questions';
import { COMPANIES as COMPANY_DATA } from './companies';
import { buildCatalog, customQuestionNumber, type CatalogSettings, type QuestionCatalog } from './catalog';

export type { AnswerKind, AnswerShape, CompanyGroup, CompanyLens, Question, ShapePart, Theme } from './types';
export {
  catalogOf,
  CUSTOM_ID_BASE,
  MAX_CUSTOM_NUMBER,
  customQuestionNumber,
  isCustomQuestionId,
  questionIdAsWritten,
  questionLabel,
  type CatalogSettings,
  type CustomQuestion,
  type QuestionCatalog,
} from './catalog';
export { QUESTION_SETS, QUESTION_SET_IDS, ROLE_SPECIFIC_QUESTION_IDS, type QuestionSetId } from './questionSets';
export {
  ANSWER_KINDS,
  ANSWER_SHAPES,
  KIND_PRECEDENCE,
  kindForQuestions,
  metricParts,
  questionKind,
  requiredParts,
  shapeOf,
  shapePartForSlot,
  storyKind,
} from './kinds';

export const QUESTIONS: Question[] = [...QUESTION_DATA];

/** Themes in the chapter's order; each theme's `questions` is derived from the questions' `theme`. */
export const THEMES: Theme[] = THEME_DATA.map((t) => ({
  ...t,
  questions: QUESTIONS.filter((q) => q.theme === t.id)
    .map((q) => q.id)
    .sort((a, b) => a - b),
}));

export const COMPANIES: CompanyLens[] = [...COMPANY_DATA];

export const THEME_IDS: readonly ThemeId[] = THEMES.map((t) => t.id);
export const COMPANY_IDS: readonly CompanyId[] = COMPANIES.map((c) => c.id);

/** The lowest and highest question ids. */
export const MIN_QUESTION_ID = 1;
export const MAX_QUESTION_ID = QUESTIONS.length;

const questionMap = new Map<number, Question>(QUESTIONS.map((q) => [q.id, q]));
const themeMap = new Map<string, Theme>(THEMES.map((t) => [t.id, t]));
const companyMap = new Map<string, CompanyLens>(COMPANIES.map((c) => [c.id, c]));

/** The question with this id; accepts anything `parseQuestionId` accepts (6, "6", "Q6", "q06"). */
export function questionById(id: unknown): Question | undefined {
  const n = parseQuestionId(id);
  return n === undefined ? undefined : questionMap.get(n);
}

/** The theme with this id (exact, case-insensitive, surrounding spaces ignored). */
export function themeById(id: unknown): Theme | undefined {
  if (typeof id !== 'string') return undefined;
  return themeMap.get(id.trim().toLowerCase());
}

/** The company lens with this id (exact, case-insensitive, surrounding spaces ignored). */
export function companyById(id: unknown): CompanyLens | undefined {
  if (typeof id !== 'string') return undefined;
  return companyMap.get(id.trim().toLowerCase());
}

/** True when `id` is one of the nine theme ids, exactly as written. */
export function isThemeId(id: unknown): id is ThemeId {
  return typeof id === 'string' && themeMap.has(id);
}

/** True when `id` is one of the company lens ids, exactly as written. */
export function isCompanyId(id: unknown): id is CompanyId {
  return typeof id === 'string' && companyMap.has(id);
}

const QUESTION_ID_PATTERN = /^q?\s*(\d{1,3})$/i;

/** The default catalog: the chapter's 35 questions in its own wording. */
export const STANDARD_CATALOG: QuestionCatalog = buildCatalog(QUESTION_DATA, THEME_DATA, {});

const catalogs = new Map<string, QuestionCatalog>();

/** The question catalog of a config (its questionSet, customQuestions and dropQuestions); cached by content. */
export function questionCatalog(settings: CatalogSettings | undefined): QuestionCatalog {
  if (!settings || ((settings.questionSet ?? 'ml') === 'ml' && !settings.customQuestions?.length && !settings.dropQuestions?.length)) return STANDARD_CATALOG;
  const key = JSON.stringify([settings.questionSet ?? 'ml', settings.customQuestions ?? [], settings.dropQuestions ?? []]);
  let c = catalogs.get(key);
  if (!c) {
    if (catalogs.size > 50) catalogs.clear();
    c = buildCatalog(QUESTION_DATA, THEME_DATA, settings);
    catalogs.set(key, c);
  }
  return c;
}

/**
 * A question id from front matter or user input, or undefined when it is not one of 1..35 or a custom id (`c1`,
 * returned as CUSTOM_ID_BASE + 1; whether the bank defines it is the catalog's business).
 * Accepts integers (6), digit strings ("6", "06"), and a Q prefix in either case with optional space
 * ("Q6", "q06", "Q 6"); surrounding whitespace is ignored. Rejects fractions (6.5, "6.5"), signs,
 * other text ("abc", "Q6a"), and numbers outside 1..35.
 */
export function parseQuestionId(raw: unknown): number | undefined {
  let n: number;
  if (typeof raw === 'number') {
    n = raw;
  } else if (typeof raw === 'string') {
    const custom = customQuestionNumber(raw);
    if (custom !== undefined) return custom;
    const m = QUESTION_ID_PATTERN.exec(raw.trim());
    if (!m?.[1]) return undefined;
    n = Number(m[1]);
  } else {
    return undefined;
  }
  if (!Number.isInteger(n) || n < MIN_QUESTION_ID || n > MAX_QUESTION_ID) return undefined;
  return n;
}

/** Themes a list of question ids belongs to, in theme order, without duplicates. Unknown ids are ignored. */
export function themesForQuestions(ids: readonly unknown[], catalog: QuestionCatalog = STANDARD_CATALOG): ThemeId[] {
  const wanted = new Set<ThemeId>();
  for (const raw of ids) {
    const q = catalog.byId(raw);
    if (q) wanted.add(q.theme);
  }
  return THEME_IDS.filter((t) => wanted.has(t));
}

/** Question ids that need a failure story (8 and 17). */
export const FAILURE_QUESTION_IDS: readonly number[] = QUESTIONS.filter((q) => q.failure).map((q) => q.id);
