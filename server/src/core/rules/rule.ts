// The shape every rule module exports. One rule per file, registered in ./index.ts.
import type { Config, Fix, ParsedFile, Range, RuleMeta, Story } from '../types';

export interface Report {
  message: string;
  range: Range;
  fixes?: Fix[];
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
