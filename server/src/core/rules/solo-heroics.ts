// solo-heroics: the story credits nobody but the speaker.
// Two signals: explicit phrases ("single-handedly", "all by myself"), and many "I" with no "we" and nobody
// credited. Bullets without a subject ("Built a script") count as neither "I" nor "we".
import type { ProseSegment } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases, quote } from './util';

/** "I" must outnumber "we" by more than this, with at least MIN_I uses, and nobody credited. */
export const SOLO_RATIO = 5;
export const MIN_I = 8;

const I_RE = /(?<![\p{L}\p{N}'’])I(?:['’](?:m|ve|d|ll))?(?![\p{L}\p{N}])/gu;
const WE_RE = /(?<![\p{L}\p{N}])(?:we|we['’](?:re|ve|d|ll)|us|our|ours|ourselves)(?![\p{L}\p{N}])/giu;
const CREDIT_RE =
  /(?<![\p{L}\p{N}])(?:team|teams|teammates?|colleagues?|co-?workers?|together|collaborat\w*|paired|partnered|with (?:the|my|a|an|two|three|our|his|her|their)|thanks to|credit|helped|help from|support from|worked with|alongside|mentored|peers?|engineers|analysts|designers|manager|lead|stakeholders?)(?![\p{L}\p{N}])/giu;

function count(re: RegExp, prose: readonly ProseSegment[]): number {
  let n = 0;
  for (const s of prose) {
    re.lastIndex = 0;
    while (re.exec(s.text)) n++;
  }
  return n;
}

export const soloHeroics: StoryRule = {
  meta: {
    id: 'solo-heroics',
    description: '"Single-handedly", "all by myself", or an I:we ratio above the limit with nobody credited',
    defaultSeverity: 'warning',
    tags: ['collaboration', 'red-flag', 'phrases'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const prose = ctx.story.prose;
    for (const m of matchRulePhrases('solo-heroics', ctx.config, prose)) {
      ctx.report({
        message: `${quote(m.text)} makes it sound as if nobody else was involved. Interviewers listen for how you work with people: say what you owned and who else helped.`,
        range: ctx.range(m.start, m.end),
      });
    }
    const i = count(I_RE, prose);
    const we = count(WE_RE, prose);
    if (i < MIN_I || i <= SOLO_RATIO * we || count(CREDIT_RE, prose) > 0) return;
    ctx.report({
      message: `The story says "I" ${i} times and "we" ${we === 0 ? 'never' : `only ${we} time${we === 1 ? '' : 's'}`}, and credits nobody else. Keep "I" for your own decisions, and name who you worked with and what they did.`,
      range: ctx.story.titleRange,
    });
  },
};
