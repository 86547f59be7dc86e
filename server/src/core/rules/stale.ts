// stale (bank): stories not practiced lately. A story whose `last-practiced` date is more than 30 days old gets
// the finding on that date; stories with no date are named together in one finding about the bank (a bank that
// never records practice would otherwise get one finding per story). A date in the future or not in
// YYYY-MM-DD form is not stale (frontmatter-invalid reports a malformed date).
import { listStories, titleOf } from './bank-util';
import type { BankReport, BankRule, BankStoryEntry } from './rule';

/** A story last practiced more than this many days ago is stale. */
export const STALE_DAYS = 30;

export function parseIsoDay(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t;
}

export const stale: BankRule = {
  meta: {
    id: 'stale',
    description: `Stories not practiced in the last ${STALE_DAYS} days, or with no \`last-practiced\` date`,
    defaultSeverity: 'info',
    tags: ['bank', 'practice'],
    scope: 'bank',
  },
  reads: (e) => [e.story.title, e.story.lastPracticed, e.lastPracticedRange?.start.offset],
  check(stories, ctx) {
    const out: BankReport[] = [];
    const never: BankStoryEntry[] = [];
    for (const s of stories) {
      if (!s.story.lastPracticed?.trim()) {
        never.push(s);
        continue;
      }
      const day = parseIsoDay(s.story.lastPracticed);
      if (day === undefined) continue;
      const days = Math.floor((ctx.today - day) / 86_400_000);
      if (days <= STALE_DAYS) continue;
      out.push({
        ruleId: 'stale',
        path: s.path,
        storyIndex: s.story.index,
        range: s.lastPracticedRange ?? s.story.titleRange,
        message: `"${titleOf(s)}" was last practiced ${days} days ago (${s.story.lastPracticed.trim()}). Say it out loud again, then update \`last-practiced\`.`,
      });
    }
    if (never.length > 0) {
      const n = stories.length;
      out.push({
        ruleId: 'stale',
        message: `${never.length === n ? (n === 1 ? 'The story has' : `All ${n} stories have`) : `${never.length} of ${n} stories have`} no \`last-practiced\` date (${listStories(never, 3)}). After rehearsing a story, add \`last-practiced: YYYY-MM-DD\` to its front matter so the bank can say which ones have gone cold.`,
      });
    }
    return out;
  },
};
