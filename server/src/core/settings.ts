// The settings table: every setting Story Bank has, in one place. Everything else is derived from it:
// - the `Config` type and `DEFAULT_CONFIG` (./config.ts), validation of `.storybank.yml` and of editor settings,
//   merging and copying;
// - the VS Code settings in package.json (`contributes.configuration`), the JSON schema of `.storybank.yml`
//   (schemas/storybank.schema.json) and the key reference in docs/configuration.md, written by
//   `node --import tsx scripts/settings.ts --write` (test/unit/settings.test.ts fails when one is stale).
// Adding a setting = adding one entry here (and, for a `file` setting, using it where it matters).
import { STRUCTURES, partForLabel } from './parse/labels';
import { globProblem } from './glob';
import {
  COMPANY_IDS,
  MAX_CUSTOM_NUMBER,
  QUESTION_SETS,
  QUESTION_SET_IDS,
  THEME_IDS,
  customQuestionNumber,
  type CustomQuestion,
  type QuestionSetId,
} from './knowledge/index';
import { PART_ORDER, type PartName, type SeveritySetting } from './types';

/**
 * Where a setting lives. `file`: in `.storybank.yml` and as an editor setting (`storybank.<key>`), part of
 * `Config`. `server`: an editor setting the language server reads itself. `client`: an editor setting only the
 * VS Code client reads.
 */
export type SettingWhere = 'file' | 'server' | 'client';

/** A value to validate, with the YAML node it came from (absent for editor settings). */
export interface Located {
  value: unknown;
  /** Opaque to the table: the config reader maps it to a range. */
  node?: unknown;
}

/** What a setting's reader may use: child access (YAML or plain values), problem reports, rule ids. */
export interface ReadContext {
  /** Entries of a mapping value (undefined when it is not a mapping). */
  entries(v: Located): { key: string; keyNode?: unknown; value: Located }[] | undefined;
  /** Items of a list value (undefined when it is not a list). */
  items(v: Located): Located[] | undefined;
  /** Reports a problem (a warning) at a value or key. */
  warn(at: Located | { node?: unknown }, message: string): void;
  /** A short human description of a value for messages ("a list", `"stra"`, "number 5"). */
  describe(value: unknown): string;
  /** Rule ids a config may name. */
  ruleIds: ReadonlySet<string>;
  /** ", did you mean …" text for a misspelt name, or ''. */
  suggest(name: string, known: Iterable<string>): string;
}

/** JSON schema fragment (draft-07), as written into package.json and the schema file. */
export type JsonSchema = Record<string, unknown>;

/** What the schema generators know beyond the table: the rule ids, and the rules that take phrases. */
export interface SchemaContext {
  ruleIds: readonly string[];
  phraseRuleIds: readonly string[];
}

export interface SettingSpec<T, W extends SettingWhere = SettingWhere> {
  where: W;
  /** VS Code scope of the editor setting. */
  scope: 'resource' | 'window';
  /** The value used when nothing sets it. */
  default: T;
  /** The default as written in settings and the schema, when it differs from `default` (structure: `scaol`). */
  defaultAsWritten?: unknown;
  /** One line, for messages that list the keys. */
  summary: string;
  /** Markdown, shown for the editor setting and in the schema. */
  description: string;
  /** JSON schema of a value (without description and default). */
  schema(ctx: SchemaContext): JsonSchema;
  /** docs/configuration.md: the type and the allowed values (Markdown, one line each). */
  docType: string;
  docAllowed: string;
  /** docs/configuration.md: the key's section (Markdown), after its heading. */
  doc: string;
  /** Numbers: the inclusive range, and whether only whole numbers are allowed. */
  limits?: { min: number; max: number; integer: boolean };
  /** `replace` (default): a higher layer replaces the value. `perKey`: mappings merge key by key. */
  merge?: 'replace' | 'perKey';
  /** Validates a value; undefined (after `ctx.warn`) when it is not valid, so the lower layer's value is used. */
  read(v: Located, ctx: ReadContext): T | undefined;
}

function setting<T, W extends SettingWhere>(spec: SettingSpec<T, W>): SettingSpec<T, W> {
  return spec;
}

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
export const MAX_PHRASES_PER_RULE = 500;
export const MAX_PHRASE_LENGTH = 200;
export const MAX_GLOBS = 200;

/**
 * `scaol`, `star`, `car` (any case) or a list of part names (the labels the parser accepts, such as
 * `situation` or `result`, work too) → the required parts in answer order, duplicates removed. Undefined when the value is not valid.
 */
export function resolveStructure(value: unknown): PartName[] | undefined {
  if (typeof value === 'string') {
    const preset = STRUCTURES[value.trim().toLowerCase() as keyof typeof STRUCTURES];
    return preset ? [...preset] : undefined;
  }
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const set = new Set<PartName>();
  for (const item of value) {
    const p = typeof item === 'string' ? partForLabel(item) : undefined;
    if (!p) return undefined;
    set.add(p);
  }
  return PART_ORDER.filter((p) => set.has(p));
}

function severitySetting(v: unknown): SeveritySetting | undefined {
  if (v === false) return 'off';
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if (s === 'warn') return 'warning';
  return (SEVERITY_SETTINGS as readonly string[]).includes(s) ? (s as SeveritySetting) : undefined;
}

function code(key: string): string {
  return `\`${key}\``;
}

/** A number within `limits`; the message names the default. */
function readNumber(key: string, limits: { min: number; max: number; integer: boolean }, dflt: number) {
  return (v: Located, ctx: ReadContext): number | undefined => {
    const n = v.value;
    const { min, max } = limits;
    if (typeof n !== 'number' || !Number.isFinite(n)) ctx.warn(v, `${code(key)} is ${ctx.describe(n)}; expected a number from ${min} to ${max}. The default ${dflt} is used.`);
    else if (limits.integer && !Number.isInteger(n)) ctx.warn(v, `${code(key)} is ${n}; expected a whole number from ${min} to ${max}. The default ${dflt} is used.`);
    else if (n < min || n > max) ctx.warn(v, `${code(key)} is ${n}, outside the allowed range ${min}–${max}. The default ${dflt} is used.`);
    else return n;
    return undefined;
  };
}

function numberSetting<W extends SettingWhere>(
  key: string,
  spec: Omit<SettingSpec<number, W>, 'read' | 'schema' | 'limits' | 'docAllowed'> & { limits: { min: number; max: number; integer: boolean }; docAllowed?: string },
): SettingSpec<number, W> & { limits: { min: number; max: number; integer: boolean } } {
  const { limits } = spec;
  return {
    ...spec,
    docAllowed: spec.docAllowed ?? `${limits.min} – ${limits.max}`,
    schema: () => ({ type: limits.integer ? 'integer' : 'number', minimum: limits.min, maximum: limits.max }),
    read: readNumber(key, limits, spec.default),
  };
}

/** A list of glob patterns (a single pattern may be written without the list). */
function readGlobs(key: string, dflt: readonly string[]) {
  return (v: Located, ctx: ReadContext): string[] | undefined => {
    if (typeof v.value === 'string') return v.value.trim() ? [v.value.trim()] : [];
    const items = ctx.items(v);
    if (!items) {
      ctx.warn(v, `${code(key)} is ${ctx.describe(v.value)}; expected a list of glob patterns such as ["stories/**/*.md"]. The default ${JSON.stringify(dflt)} is used.`);
      return undefined;
    }
    const out: string[] = [];
    for (const it of items) {
      if (typeof it.value !== 'string' || !it.value.trim()) {
        ctx.warn(it.node !== undefined ? it : v, `An item of ${code(key)} is ${ctx.describe(it.value)}; each item must be a glob pattern written as text. The item is ignored.`);
        continue;
      }
      if (out.length >= MAX_GLOBS) {
        ctx.warn(it.node !== undefined ? it : v, `${code(key)} has more than ${MAX_GLOBS} patterns; the rest are ignored.`);
        break;
      }
      const problem = globProblem(it.value.trim());
      if (problem !== undefined) {
        ctx.warn(it.node !== undefined ? it : v, `An item of ${code(key)} (${ctx.describe(it.value)}) cannot be used: ${problem}. The item is ignored.`);
        continue;
      }
      out.push(it.value.trim());
    }
    return out;
  };
}

function readPhraseList(ruleId: string, v: Located, ctx: ReadContext): string[] | undefined {
  const items = typeof v.value === 'string' ? [v] : ctx.items(v);
  if (!items) {
    ctx.warn(v, `The phrases for "${ruleId}" are ${ctx.describe(v.value)}; expected a list of phrases written as text. No phrases are added for this rule.`);
    return undefined;
  }
  const out: string[] = [];
  for (const it of items) {
    const at = it.node !== undefined ? it : v;
    if (typeof it.value !== 'string') {
      ctx.warn(at, `A phrase for "${ruleId}" is ${ctx.describe(it.value)}; each phrase must be text (quote numbers: "24/7"). The item is ignored.`);
      continue;
    }
    const p = it.value.trim();
    if (!p) {
      ctx.warn(at, `A phrase for "${ruleId}" is empty. The item is ignored.`);
      continue;
    }
    if (p.length > MAX_PHRASE_LENGTH) {
      ctx.warn(at, `A phrase for "${ruleId}" is ${p.length} characters long; phrases may have at most ${MAX_PHRASE_LENGTH}. The item is ignored.`);
      continue;
    }
    if (out.length >= MAX_PHRASES_PER_RULE) {
      ctx.warn(at, `"${ruleId}" has more than ${MAX_PHRASES_PER_RULE} phrases; the rest are ignored.`);
      break;
    }
    out.push(p);
  }
  return out;
}

const SEVERITY_SCHEMA: JsonSchema = { type: 'string', enum: [...SEVERITY_SETTINGS] };
const GLOBS_SCHEMA: JsonSchema = { type: 'array', items: { type: 'string' } };

/** The table. Order: as shown in settings, the schema and the docs. */
export const SETTINGS = {
  structure: setting<PartName[], 'file'>({
    where: 'file',
    scope: 'resource',
    default: [...STRUCTURES.scaol],
    defaultAsWritten: 'scaol',
    summary: 'which parts a story needs: scaol, star, car, or a list of part names',
    description:
      'Which parts every story must have: `scaol` (all five), `star` (no learning), `car` (setup, approach, outcome), or a list such as `[setup, approach, outcome]`.',
    schema: () => ({
      oneOf: [
        {
          type: 'string',
          enum: ['scaol', 'star', 'car'],
          enumDescriptions: [
            'All five parts: setup, challenge, approach, outcome, learning.',
            'Situation–Task–Action–Result: setup, challenge, approach, outcome.',
            'Context–Action–Result: setup, approach, outcome.',
          ],
        },
        { type: 'array', items: { type: 'string', enum: [...PART_ORDER] }, uniqueItems: true, minItems: 1 },
      ],
    }),
    docType: 'preset name or list of parts',
    docAllowed: '`scaol`, `star`, `car`, or a non-empty list of `setup`, `challenge`, `approach`, `outcome`, `learning`',
    doc: [
      'Which parts every story must have; a required part with no marker gets a `missing-section` finding.',
      '',
      '- `scaol` — all five: setup, challenge, approach, outcome, learning.',
      '- `star` — setup, challenge, approach, outcome (Situation, Task, Action, Result).',
      '- `car` — setup, approach, outcome (Context, Action, Result).',
      '- a list, such as `[setup, approach, outcome, learning]`. The usual aliases work in the list too',
      '  (`situation`, `task`, `action`, `result`, `lesson`, ...); order does not matter, the answer order is used.',
      '',
      '```yaml',
      'structure: car',
      '```',
    ].join('\n'),
    read(v, ctx) {
      const s = resolveStructure(v.value);
      if (!s)
        ctx.warn(v, `\`structure\` is ${ctx.describe(v.value)}; expected \`scaol\`, \`star\`, \`car\` or a non-empty list of parts (setup, challenge, approach, outcome, learning). The default \`scaol\` (all five parts) is used.`);
      return s;
    },
  }),
  include: setting<string[], 'file'>({
    where: 'file',
    scope: 'resource',
    default: ['**/stories/**/*.md', '**/*.story.md'],
    summary: 'glob patterns of story files',
    description:
      'Glob patterns of Markdown files that are stories, relative to the folder of the `.storybank.yml` (or to the workspace folder when there is none). Files whose front matter has `questions:` or `themes:` are stories wherever they are.',
    schema: () => GLOBS_SCHEMA,
    docType: 'list of globs',
    docAllowed: 'glob patterns (a single pattern may be written without the list)',
    doc: [
      'Which Markdown files are stories, as glob patterns relative to the folder that holds the config file (or to the',
      'workspace folder when there is no config file). A file whose front matter has `questions:` or `themes:` is a',
      'story wherever it is; `include` adds the files that have neither. `exclude` wins over `include`.',
      '',
      'Patterns use `*` (any characters within a folder or file name, names starting with a dot included), `?` (one',
      'character), `[abc]`, `[a-z]`, `[!a]`, `{a,b}` and `**` as a whole path segment (any number of folders), with `\\`',
      'to escape and a leading `!` to negate. They are matched without regular expressions, so no pattern can slow',
      'the checker down. Extglobs such as `@(a|b)`, POSIX classes such as `[[:alpha:]]` and ranges such as `{1..3}` are',
      'not supported: such a pattern is reported and ignored.',
      '',
      '```yaml',
      'include: ["interview/**/*.md"]',
      '```',
    ].join('\n'),
    read: readGlobs('include', ['**/stories/**/*.md', '**/*.story.md']),
  }),
  exclude: setting<string[], 'file'>({
    where: 'file',
    scope: 'resource',
    default: ['**/node_modules/**'],
    summary: 'glob patterns of files that are never stories',
    description: 'Glob patterns of files never treated as stories, for example `["stories/drafts/**"]`. `exclude` wins over `include`.',
    schema: () => GLOBS_SCHEMA,
    docType: 'list of globs',
    docAllowed: 'glob patterns',
    doc: [
      'Files that are never stories, even when `include` or their front matter says so; relative to the same folder',
      'as `include`.',
      '',
      '```yaml',
      'exclude: ["interview/drafts/**", "interview/README.md"]',
      '```',
    ].join('\n'),
    read: readGlobs('exclude', ['**/node_modules/**']),
  }),
  wordsPerMinute: numberSetting<'file'>('wordsPerMinute', {
    where: 'file',
    scope: 'resource',
    default: 150,
    limits: { min: 60, max: 400, integer: false },
    summary: 'speaking rate used to turn words into seconds',
    description:
      'Your speaking pace, used to turn word counts into spoken time. Time yourself reading a story aloud and divide its words by the minutes it took.',
    docType: 'number',
    doc: [
      'Speaking rate used to turn words into spoken time, everywhere times are shown (code lens, hovers, `too-long`,',
      '`too-short`, the bank\'s over-time item). 150 is a calm interview pace; lower it if you speak slowly.',
    ].join('\n'),
  }),
  minSeconds: numberSetting<'file'>('minSeconds', {
    where: 'file',
    scope: 'resource',
    default: 45,
    limits: { min: 0, max: 1200, integer: false },
    summary: 'shortest comfortable answer, in seconds',
    description:
      'Stories that take less than this many seconds to say get a `too-short` note: the interviewer will have to pull the details out of you.',
    docType: 'number',
    docAllowed: '0 – 1200, and below `maxSeconds`',
    doc: [
      'The shortest comfortable spoken answer. A story under `minSeconds` gets `too-short` (info). When a layer sets',
      'both `minSeconds` and `maxSeconds`, `minSeconds` must be the smaller.',
      '',
      '```yaml',
      'minSeconds: 60',
      '```',
    ].join('\n'),
  }),
  maxSeconds: numberSetting<'file'>('maxSeconds', {
    where: 'file',
    scope: 'resource',
    default: 180,
    limits: { min: 10, max: 1800, integer: false },
    summary: 'longest comfortable answer, in seconds',
    description:
      'Stories that take longer than this many seconds to say get a `too-long` warning (an error past 300 s). About two minutes is the target.',
    docType: 'number',
    doc: [
      'The longest comfortable spoken answer. A story over `maxSeconds` gets `too-long` (a warning, an error past 300',
      'seconds) and appears as over time in the bank\'s health list.',
      '',
      '```yaml',
      'maxSeconds: 150',
      '```',
    ].join('\n'),
  }),
  maxStoriesPerProject: numberSetting<'file'>('maxStoriesPerProject', {
    where: 'file',
    scope: 'resource',
    default: 3,
    limits: { min: 1, max: 1000, integer: true },
    summary: 'how many stories may share one project',
    description:
      'How many stories may share one `project:` before the bank gets a `same-project` note. Interviewers notice when every answer comes from the same project.',
    docType: 'whole number',
    doc: [
      'How many stories may name the same `project` in their front matter before `same-project` reports them.',
      'Project names are compared without regard to case, surrounding spaces, or the difference between spaces, `-` and `_`.',
    ].join('\n'),
  }),
  rules: setting<Record<string, SeveritySetting>, 'file'>({
    where: 'file',
    scope: 'resource',
    default: {},
    merge: 'perKey',
    summary: 'severity per rule id: error, warning, info or off',
    description:
      'Severity per rule id: `error`, `warning`, `info` or `off`. Example: `{ "filler-phrase": "off", "missing-metric": "error" }`. The rules are listed in the Story Bank README.',
    schema: (c) => ({ type: 'object', properties: Object.fromEntries(c.ruleIds.map((id) => [id, SEVERITY_SCHEMA])), additionalProperties: false }),
    docType: 'mapping rule id → severity',
    docAllowed: 'severities `error`, `warning`, `info`, `off` (`warn` and `false` are read as `warning` and `off`)',
    doc: [
      'A severity per rule id, replacing the rule\'s default. `off` turns the rule off. The ids are listed in the',
      '[README](../README.md#rules) and each has a page under [docs/rules/](rules/).',
      '',
      '```yaml',
      'rules:',
      '  section-order: off',
      '  missing-metric: error',
      '  same-project: warning',
      '```',
      '',
      'A single finding can also be silenced inside a story with a comment, such as',
      '`<!-- storybank-disable-next-line filler-phrase -->`.',
    ].join('\n'),
    read(v, ctx) {
      const entries = ctx.entries(v);
      if (!entries) {
        ctx.warn(v, `\`rules\` is ${ctx.describe(v.value)}; expected a mapping of rule id to severity, such as \`filler-phrase: off\`. No rule severities are changed.`);
        return undefined;
      }
      const rules: Record<string, SeveritySetting> = {};
      for (const r of entries) {
        if (!ctx.ruleIds.has(r.key)) {
          ctx.warn({ node: r.keyNode ?? r.value.node }, `Unknown rule id "${r.key}" under \`rules\`${ctx.suggest(r.key, ctx.ruleIds)}. The entry is ignored.`);
          continue;
        }
        const sev = severitySetting(r.value.value);
        if (!sev) {
          ctx.warn(r.value, `The severity of "${r.key}" is ${ctx.describe(r.value.value)}; expected error, warning, info or off. The rule keeps its default severity.`);
          continue;
        }
        rules[r.key] = sev;
      }
      return rules;
    },
  }),
  phrases: setting<Record<string, string[]>, 'file'>({
    where: 'file',
    scope: 'resource',
    default: {},
    merge: 'perKey',
    summary: 'extra literal phrases per rule id',
    description:
      'Extra phrases per rule id, added to the built-in lists. Phrases are matched literally on word boundaries (never as regular expressions). Example: `{ "blame": ["the vendor messed up"] }`.',
    schema: (c) => {
      const list = { type: 'array', items: { type: 'string', minLength: 1, maxLength: MAX_PHRASE_LENGTH }, maxItems: MAX_PHRASES_PER_RULE };
      return { type: 'object', properties: Object.fromEntries(c.phraseRuleIds.map((id) => [id, list])), additionalProperties: false };
    },
    docType: 'mapping rule id → list of phrases',
    docAllowed: `literal phrases, at most ${MAX_PHRASE_LENGTH} characters each and ${MAX_PHRASES_PER_RULE} per rule`,
    doc: [
      'Extra phrases for the rules that look for phrases, added to the built-in lists. Phrases are',
      'matched literally, without regard to case, on word boundaries, with any run of spaces or a line break matching',
      "a space, and `'` matching `’`. They are never treated as regular expressions: all phrases are found in one pass",
      'over the text, so even a long list of long phrases does not slow the checker down.',
      '',
      '```yaml',
      'phrases:',
      '  filler-phrase: ["at the end of the day", "long story short"]',
      '  blame: ["the vendor messed up"]',
      '```',
    ].join('\n'),
    read(v, ctx) {
      const entries = ctx.entries(v);
      if (!entries) {
        ctx.warn(v, `\`phrases\` is ${ctx.describe(v.value)}; expected a mapping of rule id to a list of phrases, such as \`filler-phrase: ["at the end of the day"]\`. No phrases are added.`);
        return undefined;
      }
      const phrases: Record<string, string[]> = {};
      for (const p of entries) {
        if (!ctx.ruleIds.has(p.key)) {
          ctx.warn({ node: p.keyNode ?? p.value.node }, `Unknown rule id "${p.key}" under \`phrases\`${ctx.suggest(p.key, ctx.ruleIds)}. The phrases are ignored.`);
          continue;
        }
        const list = readPhraseList(p.key, p.value, ctx);
        if (list) phrases[p.key] = list;
      }
      return phrases;
    },
  }),
  questionSet: setting<QuestionSetId, 'file'>({
    where: 'file',
    scope: 'resource',
    default: 'ml',
    summary: 'the wording of the standard questions: ml, software, product, data or management',
    description:
      'Which wording of the 35 standard questions the bank uses. `ml` (the default) is the chapter\'s, written for ML engineers; `software`, `product`, `data` and `management` reword its five ML-specific questions for that role. Ids and themes stay the same.',
    schema: () => ({ type: 'string', enum: [...QUESTION_SET_IDS], enumDescriptions: QUESTION_SETS.map((s) => s.name) }),
    docType: 'text',
    docAllowed: QUESTION_SET_IDS.map((id) => `\`${id}\``).join(', '),
    doc: [
      'The 35 standard questions come from a chapter written for ML engineers; five of them are about ML (9, 12, 23,',
      '30, 33). Another set rewords those five for another role and keeps every id, theme and answer kind, so stories',
      'already tagged keep their meaning. `storybank questions` (run inside the bank) prints the bank\'s wording.',
      '',
      ...QUESTION_SETS.map((s) => `- \`${s.id}\` — ${s.name}.`),
      '',
      '```yaml',
      'questionSet: software',
      '```',
    ].join('\n'),
    read(v, ctx) {
      const id = typeof v.value === 'string' ? v.value.trim().toLowerCase() : undefined;
      if (id && (QUESTION_SET_IDS as readonly string[]).includes(id)) return id as QuestionSetId;
      ctx.warn(v, `\`questionSet\` is ${ctx.describe(v.value)}; expected one of ${QUESTION_SET_IDS.join(', ')}${typeof v.value === 'string' ? ctx.suggest(v.value, QUESTION_SET_IDS) : ''}. The default \`ml\` is used.`);
      return undefined;
    },
  }),
  customQuestions: setting<CustomQuestion[], 'file'>({
    where: 'file',
    scope: 'resource',
    default: [],
    summary: 'the bank\'s own questions: a list of { id, theme, text, evaluates?, followUps?, companies? }',
    description:
      'Questions of your own, for example what a target company is known to ask: a list of `{ id: c1, theme: collaboration, text: "..." }` (optional `evaluates`, `followUps`, `companies`). Stories name them in front matter: `questions: [c1]`.',
    schema: () => ({
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'theme', 'text'],
        properties: {
          id: { type: 'string', pattern: '^[cC][0-9]{1,3}$' },
          theme: { type: 'string', enum: [...THEME_IDS] },
          text: { type: 'string', minLength: 1 },
          evaluates: { type: 'string' },
          followUps: { type: 'array', items: { type: 'string' } },
          companies: { type: 'array', items: { type: 'string', enum: [...COMPANY_IDS] } },
        },
        additionalProperties: false,
      },
    }),
    docType: 'list of questions',
    docAllowed: `\`id\` \`c1\` … \`c${MAX_CUSTOM_NUMBER}\` (unique), \`theme\` one of the nine theme ids, \`text\`; optional \`evaluates\`, \`followUps\`, \`companies\``,
    doc: [
      'Your own questions, added to the catalog in the theme you give: coverage, the Coverage view, hovers,',
      'completion, New Story, the matrix, bank health and `storybank questions` / `coverage` all show them. Ids are',
      '`c` and a number (`c1`, `c2`, ...); a story names one in front matter like any other id: `questions: [6, c1]`.',
      'A question with a missing or wrong field gets a finding on the config at that question and is left out; the',
      'others still count.',
      '',
      '```yaml',
      'customQuestions:',
      '  - id: c1',
      '    theme: collaboration',
      '    text: Tell me about a time you earned the trust of a skeptical team.',
      '    evaluates: How you build credibility before you ask for anything.',
      '    followUps: ["What would you do differently?"]',
      '    companies: [amazon]',
      '```',
    ].join('\n'),
    read(v, ctx) {
      const items = ctx.items(v);
      if (!items) {
        ctx.warn(v, `\`customQuestions\` is ${ctx.describe(v.value)}; expected a list of questions such as \`- { id: c1, theme: collaboration, text: "..." }\`. No custom questions are added.`);
        return undefined;
      }
      const out: CustomQuestion[] = [];
      const seen = new Set<number>();
      for (const it of items) {
        const at = it.node !== undefined ? it : v;
        const fields = ctx.entries(it);
        if (!fields) {
          ctx.warn(at, `A custom question is ${ctx.describe(it.value)}; expected a mapping with \`id\`, \`theme\` and \`text\`. It is left out.`);
          continue;
        }
        const field = (k: string) => fields.find((f) => f.key === k);
        const bad = (f: { value: Located } | undefined, message: string): void => ctx.warn(f?.value.node !== undefined ? f.value : at, `${message} The question is left out.`);
        const id = field('id');
        const n = customQuestionNumber(id?.value.value);
        if (!id) { bad(undefined, 'A custom question has no `id`; give it one such as `c1`.'); continue; }
        if (n === undefined) { bad(id, `The custom question id ${ctx.describe(id.value.value)} is not \`c\` followed by a number from 1 to ${MAX_CUSTOM_NUMBER} (such as \`c1\`).`); continue; }
        if (seen.has(n)) { bad(id, `The custom question id "${String(id.value.value)}" is used twice.`); continue; }
        const theme = field('theme');
        const themeId = typeof theme?.value.value === 'string' ? theme.value.value.trim().toLowerCase() : undefined;
        if (!themeId || !(THEME_IDS as readonly string[]).includes(themeId)) {
          bad(theme, theme ? `The theme of ${String(id.value.value)} is ${ctx.describe(theme.value.value)}; expected one of ${THEME_IDS.join(', ')}${themeId ? ctx.suggest(themeId, THEME_IDS) : ''}.` : `Custom question ${String(id.value.value)} has no \`theme\`; give one of ${THEME_IDS.join(', ')}.`);
          continue;
        }
        const text = field('text');
        if (typeof text?.value.value !== 'string' || !text.value.value.trim()) {
          bad(text, `Custom question ${String(id.value.value)} has no \`text\`: write the question as an interviewer asks it.`);
          continue;
        }
        const q: CustomQuestion = { id: `c${n % 1000}`, theme: themeId as CustomQuestion['theme'], text: text.value.value.trim() };
        const evaluates = field('evaluates');
        if (evaluates) {
          if (typeof evaluates.value.value === 'string' && evaluates.value.value.trim()) q.evaluates = evaluates.value.value.trim();
          else ctx.warn(evaluates.value.node !== undefined ? evaluates.value : at, `\`evaluates\` of ${q.id} is ${ctx.describe(evaluates.value.value)}; expected a sentence. It is ignored.`);
        }
        const strings = (k: 'followUps' | 'companies'): string[] | undefined => {
          const f = field(k);
          if (!f) return undefined;
          const list = typeof f.value.value === 'string' ? [f.value] : ctx.items(f.value);
          if (!list || list.some((x) => typeof x.value !== 'string')) {
            ctx.warn(f.value.node !== undefined ? f.value : at, `\`${k}\` of ${q.id} is ${ctx.describe(f.value.value)}; expected a list of text. It is ignored.`);
            return undefined;
          }
          return list.map((x) => String(x.value).trim()).filter(Boolean);
        };
        const followUps = strings('followUps');
        if (followUps) q.followUps = followUps;
        const companies = strings('companies');
        if (companies) {
          const unknown = companies.filter((c) => !(COMPANY_IDS as readonly string[]).includes(c.toLowerCase()));
          if (unknown.length > 0) ctx.warn(field('companies')?.value ?? at, `Unknown company lens ${unknown.map((c) => `"${c}"`).join(', ')} in ${q.id}; the lenses are ${COMPANY_IDS.join(', ')}. It is ignored.`);
          q.companies = companies.map((c) => c.toLowerCase()).filter((c) => (COMPANY_IDS as readonly string[]).includes(c));
        }
        for (const f of fields) {
          if (!['id', 'theme', 'text', 'evaluates', 'followUps', 'companies'].includes(f.key))
            ctx.warn({ node: f.keyNode ?? f.value.node }, `Unknown key "${f.key}" in custom question ${q.id}; the keys are id, theme, text, evaluates, followUps, companies. It is ignored.`);
        }
        seen.add(n);
        out.push(q);
      }
      return out;
    },
  }),
  dropQuestions: setting<number[], 'file'>({
    where: 'file',
    scope: 'resource',
    default: [],
    summary: 'standard question ids the bank leaves out',
    description: 'Standard question ids (1–35) that do not apply to you: they leave the Coverage view, coverage counts and bank health. Example: `[9, 23]`.',
    schema: () => ({ type: 'array', items: { oneOf: [{ type: 'integer', minimum: 1, maximum: 35 }, { type: 'string', pattern: '^[Qq]?[0-9]{1,2}$' }] } }),
    docType: 'list of question ids',
    docAllowed: '1 – 35 (`Q9` works too)',
    doc: [
      'Standard questions that do not apply to you. They leave the catalog: the Coverage view, the coverage counts,',
      'bank health and `storybank questions`. A story that still names one gets an `unknown-question` finding saying',
      'it was dropped.',
      '',
      '```yaml',
      'dropQuestions: [23, 30]',
      '```',
    ].join('\n'),
    read(v, ctx) {
      const items = typeof v.value === 'number' || typeof v.value === 'string' ? [v] : ctx.items(v);
      if (!items) {
        ctx.warn(v, `\`dropQuestions\` is ${ctx.describe(v.value)}; expected a list of question ids such as [9, 23]. No question is dropped.`);
        return undefined;
      }
      const out: number[] = [];
      for (const it of items) {
        const raw = it.value;
        const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(/^q?\s*(\d{1,2})$/i.exec(raw.trim())?.[1] ?? NaN) : NaN;
        if (!Number.isInteger(n) || n < 1 || n > 35) {
          ctx.warn(it.node !== undefined ? it : v, `${ctx.describe(raw)} in \`dropQuestions\` is not a standard question id (1 to 35). It is ignored.`);
          continue;
        }
        if (!out.includes(n)) out.push(n);
      }
      return out;
    },
  }),
  debounceMs: numberSetting<'server'>('debounceMs', {
    where: 'server',
    scope: 'resource',
    default: 200,
    limits: { min: 0, max: 10000, integer: true },
    summary: 'milliseconds to wait after typing before a story is checked again',
    description: 'How long to wait after you stop typing before a story is checked again, in milliseconds.',
    docType: 'whole number',
    doc: 'How long the server waits after your last keystroke before it checks the story again (0: at once).',
  }),
  'trace.server': setting<'off' | 'messages' | 'verbose', 'client'>({
    where: 'client',
    scope: 'window',
    default: 'off',
    summary: 'logging of the messages between the editor and the server',
    description: 'Logs the messages between VS Code and the Story Bank server to the **Story Bank** output. Useful when reporting a bug.',
    schema: () => ({ type: 'string', enum: ['off', 'messages', 'verbose'] }),
    docType: 'text',
    docAllowed: '`off`, `messages`, `verbose`',
    doc: 'Logs the messages between VS Code and the server to the **Story Bank** output (VS Code only; other editors have their own LSP logs).',
    read(v, ctx) {
      if (v.value === 'off' || v.value === 'messages' || v.value === 'verbose') return v.value;
      ctx.warn(v, `\`trace.server\` is ${ctx.describe(v.value)}; expected off, messages or verbose.`);
      return undefined;
    },
  }),
};

type Table = typeof SETTINGS;
export type SettingKey = keyof Table;
type ValueOf<S> = S extends SettingSpec<infer T, SettingWhere> ? T : never;
type KeysWhere<W extends SettingWhere> = { [K in SettingKey]: Table[K]['where'] extends W ? K : never }[SettingKey];

/** Keys of `.storybank.yml` (and of the matching editor settings). */
export type ConfigKey = KeysWhere<'file'>;
/** Settings the language server reads: the config keys and its own. */
export type ServerSettingKey = KeysWhere<'file' | 'server'>;

/** The settings that apply to one story. Derived from the table. */
export type Config = { [K in ConfigKey]: ValueOf<Table[K]> };

/** The table's entries as a list, typed loosely for generic code. */
export function settingEntries(where?: readonly SettingWhere[]): [SettingKey, SettingSpec<unknown>][] {
  return (Object.entries(SETTINGS) as [SettingKey, SettingSpec<unknown>][]).filter(([, s]) => !where || where.includes(s.where));
}

/** The config keys, in table order. */
export const CONFIG_KEY_LIST: readonly ConfigKey[] = settingEntries(['file']).map(([k]) => k as ConfigKey);

/** The keys the server pulls from editor settings. */
export const SERVER_SETTING_KEYS: readonly ServerSettingKey[] = settingEntries(['file', 'server']).map(([k]) => k as ServerSettingKey);

/** `storybank.*` settings as the server pulls them per resource: raw, validated by the server. */
export type StoryBankSettings = { [K in ServerSettingKey]?: unknown };
