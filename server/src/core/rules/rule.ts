// The shape every rule module exports. One rule per file, registered in ./index.ts.
import type { Config, Finding, Fix, ParsedFile, Range, RuleMeta, Severity, Story } from '../types';

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
}

/** A bank-level finding before severities: reported on one story (its file and, usually, its title). */
export type BankReport = Omit<Finding, 'severity'> & { storyIndex: number };

/** A rule over the whole bank (several stories at once), such as `same-project` and `duplicate-title`. */
export interface BankRule {
  meta: RuleMeta & { scope: 'bank' };
  /** Returns one report per story involved; the bank index applies each story's severity setting. */
  check(stories: readonly BankStoryEntry[]): BankReport[];
  /**
   * Optional, for incremental checking: when given, the rule's reports on a story depend only on the stories
   * with the same key (an empty key: the story is never involved). The bank index then re-checks only the
   * groups a changed file enters or leaves, passing `check` one group at a time.
   */
  groupKey?(story: BankStoryEntry): string;
}
