// over-time (bank): how many stories of the bank run over their time budget (`maxSeconds`), in one finding.
// Each such story also has its own `too-long` finding; this one says how much of the bank needs trimming.
import { listStories } from './bank-util';
import type { BankRule } from './rule';

export const overTime: BankRule = {
  meta: {
    id: 'over-time',
    description: 'Stories of the bank that take longer to say than `maxSeconds`, counted in one finding',
    defaultSeverity: 'info',
    tags: ['bank', 'length'],
    scope: 'bank',
  },
  // Whether the story is over its budget, not its exact time: typing inside a story does not recheck the bank.
  reads: (e) => [e.story.title, e.story.spokenSeconds > e.config.maxSeconds],
  check(stories) {
    const over = stories.filter((e) => e.story.spokenSeconds > e.config.maxSeconds);
    if (over.length === 0) return [];
    const n = over.length;
    return [
      {
        ruleId: 'over-time',
        message: `${n === 1 ? '1 story runs' : `${n} stories run`} over the time budget (\`maxSeconds\`): ${listStories(over)}. Trim the setup and challenge first; keep the approach.`,
      },
    ];
  },
};
