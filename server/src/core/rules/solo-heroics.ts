// solo-heroics: the story credits nobody but the speaker.
// Two signals: explicit phrases ("single-handedly", "all by myself"), and many "I" with no "we" and nobody
// credited. Bullets without a subject ("Built a script") count as neither "I" nor "we".
import type { ProseSegment } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases, quote } from './util';

/** "I" must outnumber "we" by more than this, with at least MIN_I uses, and nobody credited. */
export const SOLO_RATIO = 5;
export const MIN_I = 8;

// Counting only needs ASCII word boundaries (pronouns and these nouns are ASCII); plain regexes without the
// Unicode flag keep this rule cheap.
const I_RE = /\bI(?:['’](?:m|ve|d|ll))?(?![\w'’])/g;
const WE_RE = /\b(?:we(?:['’](?:re|ve|d|ll))?|us|our|ours|ourselves)(?![\w'’])/gi;
const CREDIT_RE =
  /\b(?:team|teams|teammates?|colleagues?|co-?workers?|together|collaborat\w*|paired|partnered|thanks|credit|helped|alongside|mentored|peers?|engineers|analysts|designers|manager|lead|stakeholders?|with (?:the|my|a|an|two|three|our|his|her|their)|help from|support from|worked with)\b/gi;

interface Voice {
  i: number;
  we: number;
  credits: number;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** How often the prose says "I" and "we", and how often it mentions other people. */
export function voice(prose: readonly ProseSegment[]): Voice {
  const v: Voice = { i: 0, we: 0, credits: 0 };
  for (const s of prose) {
    v.i += count(I_RE, s.text);
    v.we += count(WE_RE, s.text);
    v.credits += count(CREDIT_RE, s.text);
  }
  return v;
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
    const { i, we, credits } = voice(prose);
    if (i < MIN_I || i <= SOLO_RATIO * we || credits > 0) return;
    ctx.report({
      message: `The story says "I" ${i} times and "we" ${we === 0 ? 'never' : `only ${we} time${we === 1 ? '' : 's'}`}, and credits nobody else. Keep "I" for your own decisions, and name who you worked with and what they did.`,
      range: ctx.story.titleRange,
    });
  },
};
