// too-few-stories (bank): fewer than eight stories.
// With fewer, the candidate ends up telling one story for several questions, and the interviewer notices.
import type { BankRule } from './rule';

/** Fewer stories than this is a finding. */
export const MIN_BANK_STORIES = 8;

export const tooFewStories: BankRule = {
  meta: {
    id: 'too-few-stories',
    description: `The bank has fewer than ${MIN_BANK_STORIES} stories`,
    defaultSeverity: 'warning',
    tags: ['bank', 'coverage'],
    scope: 'bank',
  },
  reads: () => 1,
  check(stories) {
    const n = stories.length;
    if (n >= MIN_BANK_STORIES) return [];
    return [
      {
        ruleId: 'too-few-stories',
        message:
          n === 0
            ? `The bank has no stories yet. Aim for at least ${MIN_BANK_STORIES}: enough to answer most questions without telling the same story twice. Run "New Story" or \`storybank init\` to start.`
            : `The bank has ${n} ${n === 1 ? 'story' : 'stories'}; aim for at least ${MIN_BANK_STORIES}, enough to answer most questions without telling the same story twice.`,
      },
    ];
  },
};
