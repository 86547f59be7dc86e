// Shapes of the knowledge base. The data lives beside this file and is counted by tests.
import type { CompanyId, PartName, ThemeId } from '../types';

export interface Theme {
  id: ThemeId;
  name: string;
  /** The name for narrow places (the side bar at its default width, matrix headers); the name when it fits. */
  short: string;
  /** One or two sentences, in the project's own words: what interviewers probe in this theme. */
  summary: string;
  /** Question ids in this theme, ascending. */
  questions: number[];
}

export interface Question {
  id: number; // 1..35, numbered as in the chapter
  /** The question as an interviewer asks it. */
  text: string;
  /** A short label for trees and matrices, e.g. "Biggest failure". */
  short: string;
  theme: ThemeId;
  /** What the interviewer is really evaluating (own words). */
  evaluates: string;
  /** Follow-up questions worth preparing (own words). */
  followUps: string[];
  /** True for questions that need a failure story (8 and 17). */
  failure?: boolean;
  /** The shape of a good answer to this question (see ./kinds.ts). */
  kind: AnswerKind;
  /**
   * For kinds whose parts depend on the question (pitch): the ids of the kind's parts this question needs,
   * e.g. "Tell me about yourself" needs now, arc, impact and why-here; "Why do you want to work here?" only why-here.
   * Absent: the kind's own `required` list.
   */
  parts?: string[];
}

/**
 * What kind of answer a question calls for.
 * - `story`: a real episode told in parts (setup, challenge, approach, outcome, learning; the `structure` setting).
 * - `pitch`: a short account of yourself (who you are now, the turns that led here, one result with a number, why
 *   this company) — or the parts of that which fit the question.
 * - `plan`: for a hypothetical situation, the steps you would take, best backed by a real case.
 * - `questions-to-ask`: a short list of questions for the interviewer, not a story.
 */
export type AnswerKind = 'story' | 'pitch' | 'plan' | 'questions-to-ask';

/** One part of an answer shape. */
export interface ShapePart {
  /** Stable id, used in `Question.parts` and messages: 'now', 'steps', 'setup'... */
  id: string;
  /** How the part is named to the user and in templates ("Why here"). */
  title: string;
  /**
   * The parser's slot this part is read into. The parser knows five slots (the story's parts); the other kinds'
   * parts map onto them, so every part-based rule works unchanged on the slot and names the part by `title`.
   */
  slot: PartName;
  /**
   * Labels (normalised: lower case, single spaces) that mark this part beyond the slot's own story labels.
   * The parser accepts them in every file, so they must not name another slot's story part, and must not be
   * phrases people use as a story's title ("Why this company", "Why I am leaving"): a title heading that is
   * also a label would be read as a part.
   */
  labels: string[];
  /** A bracketed template prompt for the part (own words). */
  prompt: string;
  /** A spoken-time budget for the part, in seconds. */
  seconds: number;
  /** Own words, one sentence: why an answer of this kind needs the part (used when it is missing). */
  why: string;
}

export interface AnswerShape {
  kind: AnswerKind;
  /** "Story", "Pitch", "Plan", "Questions to ask". */
  name: string;
  /** Own words: what this kind of answer is made of. */
  summary: string;
  /** The parts, in the order they are told. Empty for a kind that is not told in parts. */
  parts: ShapePart[];
  /**
   * Ids of the parts an answer of this kind must have: 'structure' means the configured `structure` setting
   * (story kind). A question may narrow it with `Question.parts`.
   */
  required: 'structure' | string[];
  /** Ids of the parts whose prose must give a quantified result (missing-metric); the whole answer when unmarked. */
  metric: string[];
  /** Whether a story of this kind is told in order, part after part (section-order). */
  ordered: boolean;
  /** Whether the approach-like part should be the longest (section-balance). */
  balanced: boolean;
  /** For a list answer: how many items make a good list. */
  count?: { min: number; max: number };
}

export interface CompanyGroup {
  /** e.g. "Customer Obsession" for Amazon, "Googleyness" for Google. */
  name: string;
  /** Own words: what this value means in an interview. */
  description: string;
  questions: number[];
}

export interface CompanyLens {
  id: CompanyId;
  name: string;
  summary: string;
  groups: CompanyGroup[];
}
