// Shapes of the knowledge base. The data lives beside this file and is counted by tests.
import type { CompanyId, ThemeId } from '../types';

export interface Theme {
  id: ThemeId;
  name: string;
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
