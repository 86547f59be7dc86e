// The rule registry: every rule, listed explicitly, and the metadata the CLI, the server and the docs use.
import pkg from '../../../../package.json';
import type { RuleMeta } from '../types';
import type { BankRule, StoryRule } from './rule';
import { frontmatterInvalid } from './frontmatter-invalid';
import { unknownQuestion } from './unknown-question';
import { unknownTheme } from './unknown-theme';
import { unknownCompany } from './unknown-company';
import { missingSection } from './missing-section';
import { emptySection } from './empty-section';
import { duplicateSection } from './duplicate-section';
import { sectionOrder } from './section-order';
import { sectionBalance } from './section-balance';
import { missingMetric } from './missing-metric';
import { vagueImpact } from './vague-impact';
import { tooLong } from './too-long';
import { tooShort } from './too-short';
import { soloHeroics } from './solo-heroics';
import { blame } from './blame';
import { fakeWeakness } from './fake-weakness';
import { badmouthing } from './badmouthing';
import { resumeRecital } from './resume-recital';
import { fillerPhrase } from './filler-phrase';
import { placeholder } from './placeholder';
import { questionCount } from './question-count';
import { websiteQuestion } from './website-question';
import { sameProject } from './same-project';
import { duplicateTitle } from './duplicate-title';
import { themeGap } from './theme-gap';
import { questionGap } from './question-gap';
import { noFailureStory } from './no-failure-story';
import { tooFewStories } from './too-few-stories';
import { overTime } from './over-time';
import { stale } from './stale';

export type { BankRule, StoryRule } from './rule';

/** File- and story-level rules, in the order of DESIGN §2. */
export const STORY_RULES: readonly StoryRule[] = [
  frontmatterInvalid,
  unknownQuestion,
  unknownTheme,
  unknownCompany,
  missingSection,
  emptySection,
  duplicateSection,
  sectionOrder,
  sectionBalance,
  missingMetric,
  vagueImpact,
  tooLong,
  tooShort,
  soloHeroics,
  blame,
  fakeWeakness,
  badmouthing,
  resumeRecital,
  fillerPhrase,
  placeholder,
  questionCount,
  websiteQuestion,
];

/** Rules over the whole bank (the bank index runs them). */
export const BANK_RULES: readonly BankRule[] = [sameProject, duplicateTitle, tooFewStories, noFailureStory, themeGap, questionGap, overTime, stale];

/** Ids that are findings but not rules a story is checked against: the file was skipped, the config is bad. */
export const SYSTEM_RULES_META: readonly RuleMeta[] = [
  {
    id: 'file-skipped',
    description: 'The file was not analysed: it is over 1 MB or not text',
    defaultSeverity: 'info',
    tags: ['system'],
    scope: 'file',
  },
  {
    id: 'file-encoding',
    description: 'The file is not valid UTF-8 (probably Latin-1 or Windows-1252): some characters could not be read',
    defaultSeverity: 'warning',
    tags: ['system'],
    scope: 'file',
  },
  {
    id: 'config-invalid',
    description: 'A `.storybank.yml` key or value that is not valid (defaults are used instead)',
    defaultSeverity: 'error',
    tags: ['system', 'config'],
    scope: 'file',
  },
];

/** Metadata of every id a finding can carry: story rules, bank rules, then system ids. */
export const ALL_RULES_META: readonly RuleMeta[] = [
  ...STORY_RULES.map((r) => r.meta),
  ...BANK_RULES.map((r) => r.meta),
  ...SYSTEM_RULES_META,
];

const byId = new Map<string, RuleMeta>(ALL_RULES_META.map((m) => [m.id, m]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}

/** The repository's web address, from package.json's `repository` (the one place that names it). */
export const REPOSITORY_URL: string = (pkg as { repository: { url: string } }).repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

export const DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/docs/rules/`;

/** The rule's documentation page. */
export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE_URL}${encodeURIComponent(id)}.md`;
}
