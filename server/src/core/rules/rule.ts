// The shape every rule module exports. One rule per file, registered in ./index.ts.
import type { QuestionCatalog } from '../knowledge/index';
import type { Config, Finding, Fix, ParsedFile, Range, RuleMeta, Severity, Story, ThemeId } from '../types';

export interface Report {
  message: string;
  range: Range;
  fixes?: Fix[];
  /**
   * A severity other than the rule's default for this one finding (too-long escalates to error past 300 s).
   * A severity set for the rule in config wins over it.
   */
  severity?: Severity;
}

export interface StoryRuleContext {
  file: ParsedFile;
  story: Story;
  config: Config;
  /** Maps file offsets to ranges. */
  range(start: number, end: number): Range;
  report(r: Report): void;
}

export interface StoryRule {
  meta: RuleMeta & { scope: 'story' | 'file' };
  check(ctx: StoryRuleContext): void;
}

/** One story as a bank-level rule sees it: where it is, what it says, and the config that applies to it. */
export interface BankStoryEntry {
  path: string;
  story: Story;
  config: Config;
  /** Where the front matter's `last-practiced` value is, when the file holds this one story. */
  lastPracticedRange?: Range;
}

/** What a bank rule gets besides the stories: the bank's coverage and the day it is checked on. */
export interface BankContext {
  /** The bank's question catalog (its question set, custom questions and dropped ones). */
  catalog: QuestionCatalog;
  /** Stories answering each question (all stories, in bank order), by question id. */
  storiesByQuestion: ReadonlyMap<number, readonly BankStoryEntry[]>;
  /** Stories naming each theme or answering one of its questions. */
  storiesByTheme: ReadonlyMap<string, readonly BankStoryEntry[]>;
  /** Today (UTC midnight, in ms). */
  today: number;
}

/**
 * A bank-level finding before severities. With `path` (and `storyIndex`, `range`): on the story it concerns.
 * Without: about the bank as a whole; the bank index puts it on the bank's config file (or, with none, on the
 * first story file).
 */
export type BankReport = Omit<Finding, 'severity' | 'path' | 'range'> & {
  path?: string;
  range?: Range;
  storyIndex?: number;
  /** For the Bank Health view: the theme or question the finding is about. */
  theme?: ThemeId;
  question?: number;
};

/** A rule over the whole bank (several stories at once), such as `same-project` and `too-few-stories`. */
export interface BankRule {
  meta: RuleMeta & { scope: 'bank' };
  /**
   * What the rule reads from one story, as a plain value: when an edit leaves every rule's `reads` of a story
   * unchanged (and its title's place and its suppressions), the bank findings are not recomputed. Prose edits
   * must not change it, so read no spoken time or word count directly (a flag such as "over the budget" is fine).
   */
  reads(story: BankStoryEntry): unknown;
  /** Returns the findings; the bank index applies severity settings and suppressions. */
  check(stories: readonly BankStoryEntry[], ctx: BankContext): BankReport[];
  /**
   * Optional, for incremental checking: when given, the rule's reports on a story depend only on the stories
   * with the same key (an empty key: the story is never involved). The bank index then re-checks only the
   * groups a changed file enters or leaves, passing `check` one group at a time.
   */
  groupKey?(story: BankStoryEntry): string;
}
