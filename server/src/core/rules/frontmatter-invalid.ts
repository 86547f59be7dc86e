// frontmatter-invalid: YAML that does not parse, or a known key whose value has the wrong type.
import type { FrontMatterEntry } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';

const QUESTION_TOKENS = /^\s*[Qq]?\s*\d+(\s*[,;\s]\s*[Qq]?\s*\d+)*\s*$/;

function isScalar(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'number';
}

function isIsoDate(v: unknown): boolean {
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) && !Number.isNaN(Date.parse(v.trim()));
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return 'a date';
  if (typeof v === 'object') return 'a set of keys';
  if (typeof v === 'string') return `the text "${v.length > 30 ? `${v.slice(0, 29)}…` : v}"`;
  return `${typeof v === 'number' ? 'the number' : 'the value'} ${String(v)}`;
}

/** A message when the entry's value has the wrong type, else undefined. Items of lists are checked by item. */
function typeProblem(e: FrontMatterEntry): string | undefined {
  const v = e.value;
  switch (e.key) {
    case 'title':
    case 'project':
    case 'role':
      return isScalar(v) ? undefined : `\`${e.key}\` should be a single line of text, not ${describe(v)}. Write it as \`${e.key}: Your ${e.key === 'title' ? 'story title' : e.key}\`.`;
    case 'questions':
      if (Array.isArray(v) || typeof v === 'number') return undefined;
      if (typeof v === 'string' && QUESTION_TOKENS.test(v)) return undefined;
      return `\`questions\` should be a list of question numbers from 1 to 35, not ${describe(v)}. Write it as \`questions: [6, 10]\`.`;
    case 'themes':
    case 'companies':
      if (Array.isArray(v) || typeof v === 'string') return undefined;
      return `\`${e.key}\` should be a list of ${e.key === 'themes' ? 'theme ids' : 'company ids'}, not ${describe(v)}. Write it as \`${e.key}: [${e.key === 'themes' ? 'technical-decision' : 'amazon'}]\`.`;
    case 'last-practiced':
      return isIsoDate(v) ? undefined : `\`last-practiced\` should be a date written as YYYY-MM-DD, not ${describe(v)}. Write it as \`last-practiced: 2026-01-31\`.`;
    default:
      return undefined;
  }
}

const LIST_KEYS = new Set(['questions', 'themes', 'companies']);

export const frontmatterInvalid: StoryRule = {
  meta: {
    id: 'frontmatter-invalid',
    description: 'Front matter that is not valid YAML, or a key with the wrong type',
    defaultSeverity: 'error',
    tags: ['front-matter'],
    scope: 'file',
  },
  check(ctx: StoryRuleContext) {
    const fm = ctx.file.frontMatter;
    if (!fm) return;
    for (const err of fm.errors) {
      const first = err.message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '').trim();
      const what = /^front matter/i.test(first) ? first.replace(/\.$/, '') : `The front matter is not valid YAML: ${first.replace(/\.$/, '')}`;
      ctx.report({
        message: `${what}. Fix it so storybank can read the story's questions and themes; the rest of the story is still checked.`,
        range: err.range,
      });
    }
    for (const e of fm.entries) {
      const problem = typeProblem(e);
      if (problem) {
        ctx.report({ message: problem, range: e.valueRange });
        continue;
      }
      if (LIST_KEYS.has(e.key) && e.items) {
        for (const item of e.items) {
          if (item.value !== null && typeof item.value === 'object') {
            ctx.report({
              message: `Each entry of \`${e.key}\` should be a single value, not ${describe(item.value)}. Write the list flat, e.g. \`${e.key}: [a, b]\`.`,
              range: item.range,
            });
          }
        }
      }
    }
  },
};
