// The bank index: every analysed story file of a workspace, and what follows from having them all at once —
// coverage of the 9 themes and 35 questions, the bank-level rules (same-project, duplicate-title) and the
// bank-health list. Incremental: `update` replaces one file's entries; the aggregates are recomputed from the
// stored entries on first use after a change (grouping a few hundred stories, no parsing) and cached until the
// next change.
import { isSuppressed } from './analyze';
import { QUESTIONS, THEMES } from './knowledge/index';
import { listStories } from './rules/bank-util';
import { duplicateTitle, titleGroups } from './rules/duplicate-title';
import { BANK_RULES } from './rules/index';
import type { BankRule, BankStoryEntry } from './rules/rule';
import { projectGroups, sameProject } from './rules/same-project';
import type { Config, FileAnalysis, Finding, Range, Severity, SeveritySetting, Story, Suppression, ThemeId } from './types';

/** Fewer stories than this is a health item. */
export const MIN_BANK_STORIES = 8;
/** A story last practiced more than this many days ago is stale. */
export const STALE_DAYS = 30;

export interface StoryRef {
  path: string;
  /** Index of the story within its file. */
  index: number;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** One story in the bank, with the config that applies to it and its problem counts. */
export interface BankStory extends BankStoryEntry {
  index: number;
  /** Findings on this story: its file's findings that belong to it plus the bank findings that land on it. */
  problems: ProblemCounts;
}

export interface ThemeCoverage {
  id: ThemeId;
  name: string;
  questions: number[];
  /** How many of the theme's questions have at least one story. */
  coveredQuestions: number;
  /** Stories that name the theme or answer one of its questions. */
  stories: StoryRef[];
}

export interface QuestionCoverage {
  id: number;
  theme: ThemeId;
  stories: StoryRef[];
}

export interface Coverage {
  themes: ThemeCoverage[];
  questions: QuestionCoverage[];
}

/** Kinds of bank-health items (the wire protocol re-exports this union). */
export type BankHealthKind =
  | 'theme-gap'
  | 'question-gap'
  | 'no-failure-story'
  | 'too-few-stories'
  | 'over-time'
  | 'stale'
  | 'same-project'
  | 'duplicate-title';

export interface BankHealthItem {
  kind: BankHealthKind;
  severity: Severity;
  /** Written for the candidate: what is missing or wrong and what to do. */
  message: string;
  /** The story file the item is about, when it is about one. */
  path?: string;
  range?: Range;
  storyIndex?: number;
  theme?: ThemeId;
  question?: number;
}

interface FileEntry {
  path: string;
  analysis: FileAnalysis;
  config: Config;
  stories: BankStoryEntry[];
}

interface Aggregates {
  stories?: BankStory[];
  coverage?: Coverage;
  bankFindings?: Finding[];
  bankFindingsByPath?: Map<string, Finding[]>;
  health?: { day: number; items: BankHealthItem[] };
}

export interface BankIndexOptions {
  /** Bank rules to run; default the registry's BANK_RULES. */
  rules?: readonly BankRule[];
}

export class BankIndex {
  private readonly entries = new Map<string, FileEntry>();
  private readonly rules: readonly BankRule[];
  private cache: Aggregates = {};
  private _version = 0;
  /** Sorted paths, until the set of files changes. */
  private sortedPaths: string[] | undefined;
  /** For rules with a groupKey: key → the stories in that group (by `path#index`). */
  private readonly groups = new Map<BankRule, Map<string, Map<string, BankStoryEntry>>>();
  /** For rules with a groupKey: key → the group's findings (severities and suppressions applied), until it changes. */
  private readonly groupFindings = new Map<BankRule, Map<string, Finding[]>>();
  /** Per file: its stories with problem counts, and the bank findings they were counted with. */
  private readonly storyCache = new Map<string, { bank: readonly Finding[]; stories: BankStory[] }>();

  constructor(opts: BankIndexOptions = {}) {
    this.rules = opts.rules ?? BANK_RULES;
    for (const r of this.rules) {
      if (!r.groupKey) continue;
      this.groups.set(r, new Map());
      this.groupFindings.set(r, new Map());
    }
  }

  /** Increases with every change. */
  get version(): number {
    return this._version;
  }

  /** Number of files held (story files and files that turned out to hold no story). */
  get size(): number {
    return this.entries.size;
  }

  /** Stores (or replaces) one file's analysis; only that file's entries change. */
  update(path: string, analysis: FileAnalysis, config: Config): void {
    const stories = analysis.file.stories.map((story) => ({ path, story, config }));
    const old = this.entries.get(path);
    if (old) this.leaveGroups(old);
    else this.sortedPaths = undefined;
    const entry: FileEntry = { path, analysis, config, stories };
    this.entries.set(path, entry);
    this.enterGroups(entry);
    this.storyCache.delete(path);
    this.changed();
  }

  /** Forgets a file. Returns true when it was held. */
  remove(path: string): boolean {
    const old = this.entries.get(path);
    if (!old) return false;
    this.leaveGroups(old);
    this.entries.delete(path);
    this.storyCache.delete(path);
    this.sortedPaths = undefined;
    this.changed();
    return true;
  }

  /** Forgets every file. */
  clear(): void {
    if (this.entries.size === 0) return;
    this.entries.clear();
    this.storyCache.clear();
    for (const m of this.groups.values()) m.clear();
    for (const m of this.groupFindings.values()) m.clear();
    this.sortedPaths = undefined;
    this.changed();
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** Paths held, sorted. */
  files(): string[] {
    this.sortedPaths ??= [...this.entries.keys()].sort(comparePaths);
    return [...this.sortedPaths];
  }

  /** The analysis stored for a file. */
  analysis(path: string): FileAnalysis | undefined {
    return this.entries.get(path)?.analysis;
  }

  /** Every story, sorted by path then position in the file, with problem counts. */
  stories(): BankStory[] {
    if (this.cache.stories) return this.cache.stories;
    const byPath = this.bankFindingsByPath();
    const out: BankStory[] = [];
    for (const path of this.paths()) {
      const e = this.entries.get(path)!;
      const bank = byPath.get(path) ?? NO_FINDINGS;
      let cached = this.storyCache.get(path);
      if (!cached || !sameFindings(cached.bank, bank)) {
        const findings = bank.length ? [...e.analysis.findings, ...bank] : e.analysis.findings;
        cached = { bank, stories: e.stories.map((s) => ({ ...s, index: s.story.index, problems: countProblems(findings, e.analysis.file.stories, s.story) })) };
        this.storyCache.set(path, cached);
      }
      for (const s of cached.stories) out.push(s);
    }
    this.cache.stories = out;
    return out;
  }

  /** Coverage of the nine themes and 35 questions. */
  coverage(): Coverage {
    if (this.cache.coverage) return this.cache.coverage;
    const byQuestion = new Map<number, StoryRef[]>(QUESTIONS.map((q) => [q.id, []]));
    const byTheme = new Map<ThemeId, StoryRef[]>(THEMES.map((t) => [t.id, []]));
    const themeOfQuestion = new Map<number, ThemeId>(QUESTIONS.map((q) => [q.id, q.theme]));
    for (const s of this.storyEntries()) {
      const ref: StoryRef = { path: s.path, index: s.story.index };
      const themes = new Set<ThemeId>(s.story.themes);
      const questions = new Set(s.story.questions.map((q) => q.id));
      for (const q of questions) {
        byQuestion.get(q)?.push(ref);
        const t = themeOfQuestion.get(q);
        if (t) themes.add(t);
      }
      for (const t of themes) byTheme.get(t)?.push(ref);
    }
    const coverage: Coverage = {
      themes: THEMES.map((t) => ({
        id: t.id,
        name: t.name,
        questions: [...t.questions],
        coveredQuestions: t.questions.filter((q) => (byQuestion.get(q)?.length ?? 0) > 0).length,
        stories: byTheme.get(t.id) ?? [],
      })),
      questions: QUESTIONS.map((q) => ({ id: q.id, theme: q.theme, stories: byQuestion.get(q.id) ?? [] })),
    };
    this.cache.coverage = coverage;
    return coverage;
  }

  /**
   * Findings of the bank rules, each with the severity set for it in the config of the story it lands on
   * (`off` drops it), and without those suppressed by a comment in that story's file.
   */
  bankFindings(): Finding[] {
    if (this.cache.bankFindings) return this.cache.bankFindings;
    const byPath = new Map<string, Finding[]>();
    const add = (f: Finding) => {
      const list = byPath.get(f.path);
      if (list) list.push(f);
      else byPath.set(f.path, [f]);
    };
    for (const rule of this.rules) {
      const groups = this.groups.get(rule);
      const cache = this.groupFindings.get(rule);
      if (!groups || !cache) {
        for (const f of this.runRule(rule, this.storyEntries())) add(f);
        continue;
      }
      for (const [key, members] of groups) {
        let found = cache.get(key);
        if (!found) {
          found = this.runRule(rule, [...members.values()].sort(compareEntries));
          cache.set(key, found);
        }
        for (const f of found) add(f);
      }
    }
    // In path order, then document order: sorting each file's few findings, not the whole list.
    const out: Finding[] = [];
    for (const path of this.paths()) {
      const list = byPath.get(path);
      if (!list) continue;
      list.sort(compareFindings);
      for (const f of list) out.push(f);
    }
    for (const [path, list] of byPath) if (!this.entries.has(path)) for (const f of list.sort(compareFindings)) out.push(f); // a rule naming an unknown path
    this.cache.bankFindings = out;
    this.cache.bankFindingsByPath = byPath;
    return out;
  }

  /** A file's own findings plus the bank findings that land on it, in document order. */
  findingsFor(path: string): Finding[] {
    const own = this.entries.get(path)?.analysis.findings ?? [];
    const bank = this.bankFindingsByPath().get(path);
    if (!bank?.length) return own;
    return [...own, ...bank].sort(compareFindings);
  }

  /**
   * The bank-health list. Stale: a story whose `last-practiced` date is more than STALE_DAYS before `now`
   * gets its own item; stories with no date are summed up in one item (a bank that never records practice
   * would otherwise get one item per story). A date in the future or not in YYYY-MM-DD form is not stale.
   */
  health(now: Date = new Date()): BankHealthItem[] {
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    if (this.cache.health?.day === today) return this.cache.health.items;
    const items: BankHealthItem[] = [];
    const stories = this.storyEntries();
    const coverage = this.coverage();
    const n = stories.length;

    if (n < MIN_BANK_STORIES) {
      items.push({
        kind: 'too-few-stories',
        severity: 'warning',
        message:
          n === 0
            ? `The bank has no stories yet. Aim for at least ${MIN_BANK_STORIES}: enough to answer most questions without telling the same story twice. Run "New Story" or \`storybank init\` to start.`
            : `The bank has ${n} ${n === 1 ? 'story' : 'stories'}; aim for at least ${MIN_BANK_STORIES}, enough to answer most questions without telling the same story twice.`,
      });
    }

    const failureQuestions = QUESTIONS.filter((q) => q.failure);
    const qCoverage = new Map(coverage.questions.map((q) => [q.id, q]));
    if (failureQuestions.length > 0 && failureQuestions.every((q) => (qCoverage.get(q.id)?.stories.length ?? 0) === 0)) {
      const names = failureQuestions.map((q) => `Q${q.id} "${q.short}"`).join(' and ');
      items.push({
        kind: 'no-failure-story',
        severity: 'warning',
        message: `No story answers a failure question (${names}). Almost every interview asks about a failure: prepare one where you own a real mistake, what it cost, and what you do differently since.`,
        question: failureQuestions[0].id,
      });
    }

    const gapThemes = new Set<ThemeId>();
    for (const t of coverage.themes) {
      if (t.stories.length > 0) continue;
      gapThemes.add(t.id);
      items.push({
        kind: 'theme-gap',
        severity: 'warning',
        message: `No story covers the theme ${t.name} (${questionSpan(t.questions)}). Write one story that answers at least one of its questions.`,
        theme: t.id,
      });
    }
    // Questions of a theme that is a gap as a whole are said by the theme item, not one by one.
    const questionById = new Map(QUESTIONS.map((q) => [q.id, q]));
    for (const q of coverage.questions) {
      if (q.stories.length > 0 || gapThemes.has(q.theme)) continue;
      const info = questionById.get(q.id);
      items.push({
        kind: 'question-gap',
        severity: 'info',
        message: `No story answers Q${q.id}${info ? `: "${info.text}"` : ''}. Tag a story that fits with \`questions: [${q.id}]\`, or write one.`,
        theme: q.theme,
        question: q.id,
      });
    }

    // Bank rules, one item per group rather than per story.
    items.push(...this.groupItems('duplicate-title', duplicateTitle, () => titleGroups(stories), (g) =>
      `${g.length} stories share the title "${g[0].story.title.trim()}": ${listStories(g)}. Give each one a title that says what sets it apart.`,
    ));
    items.push(
      ...this.groupItems('same-project', sameProject, () => projectGroups(stories), (g) =>
        `${g.length} stories use the project "${g[0].story.project?.trim() ?? ''}" (the limit is ${Math.min(...g.map((e) => e.config.maxStoriesPerProject))}): ${listStories(g)}. Stories from different projects show more range.`,
      ),
    );

    for (const s of stories) {
      const max = s.config.maxSeconds;
      if (s.story.spokenSeconds > max) {
        items.push({
          kind: 'over-time',
          severity: 'warning',
          message: `"${s.story.title.trim() || 'Untitled story'}" takes about ${formatSeconds(s.story.spokenSeconds)} to say (${s.story.wordCount} words at ${s.config.wordsPerMinute} words a minute), over the ${formatSeconds(max)} budget. Trim the setup and challenge first; keep the approach.`,
          ...storyPlace(s),
        });
      }
    }

    const never: BankStoryEntry[] = [];
    for (const s of stories) {
      if (!s.story.lastPracticed?.trim()) {
        never.push(s);
        continue;
      }
      const day = parseIsoDay(s.story.lastPracticed);
      if (day === undefined) continue;
      const days = Math.floor((today - day) / 86_400_000);
      if (days > STALE_DAYS) {
        items.push({
          kind: 'stale',
          severity: 'info',
          message: `"${s.story.title.trim() || 'Untitled story'}" was last practiced ${days} days ago (${s.story.lastPracticed.trim()}). Say it out loud again, then update \`last-practiced\`.`,
          ...storyPlace(s, this.lastPracticedRange(s)),
        });
      }
    }
    if (never.length > 0) {
      items.push({
        kind: 'stale',
        severity: 'info',
        message: `${never.length === n ? (n === 1 ? 'The story has' : `All ${n} stories have`) : `${never.length} of ${n} stories have`} no \`last-practiced\` date (${listStories(never, 3)}). After rehearsing a story, add \`last-practiced: YYYY-MM-DD\` to its front matter so the bank can say which ones have gone cold.`,
      });
    }
    this.cache.health = { day: today, items };
    return items;
  }

  // -------------------------------------------------------------------------------------------------------

  private changed(): void {
    this._version++;
    this.cache = {};
  }

  private paths(): readonly string[] {
    this.sortedPaths ??= [...this.entries.keys()].sort(comparePaths);
    return this.sortedPaths;
  }

  /** Every story as the bank rules see it, in path order. */
  private storyEntries(): BankStoryEntry[] {
    const out: BankStoryEntry[] = [];
    for (const path of this.paths()) for (const s of this.entries.get(path)!.stories) out.push(s);
    return out;
  }

  /** Runs a bank rule on some stories; applies each story's severity setting and its file's suppressions. */
  private runRule(rule: BankRule, stories: readonly BankStoryEntry[]): Finding[] {
    const out: Finding[] = [];
    for (const r of rule.check(stories)) {
      const file = this.entries.get(r.path);
      const story = file?.stories.find((s) => s.story.index === r.storyIndex);
      const config = story?.config ?? file?.config;
      const severity = resolveSeverity(config?.rules[rule.meta.id], rule.meta.defaultSeverity);
      if (!severity) continue;
      const f: Finding = { ...r, severity };
      if (file && file.analysis.file.suppressions.length > 0 && isSuppressed(f, sortedSuppressions(file))) continue;
      out.push(f);
    }
    return out;
  }

  /** Adds a file's stories to the groups of the grouped rules, dropping the cached findings of those groups. */
  private enterGroups(e: FileEntry): void {
    for (const [rule, groups] of this.groups) {
      const cache = this.groupFindings.get(rule)!;
      for (const s of e.stories) {
        const key = rule.groupKey!(s);
        if (!key) continue;
        let members = groups.get(key);
        if (!members) groups.set(key, (members = new Map()));
        members.set(`${s.path}#${s.story.index}`, s);
        cache.delete(key);
      }
    }
  }

  /** Removes a file's stories from the groups of the grouped rules, dropping the cached findings of those groups. */
  private leaveGroups(e: FileEntry): void {
    for (const [rule, groups] of this.groups) {
      const cache = this.groupFindings.get(rule)!;
      for (const s of e.stories) {
        const key = rule.groupKey!(s);
        if (!key) continue;
        const members = groups.get(key);
        members?.delete(`${s.path}#${s.story.index}`);
        if (members?.size === 0) groups.delete(key);
        cache.delete(key);
      }
    }
  }

  private bankFindingsByPath(): Map<string, Finding[]> {
    this.bankFindings();
    return this.cache.bankFindingsByPath!;
  }

  /** Health items for groups flagged by a bank rule (one per group), only where the rule is not turned off. */
  private groupItems(
    kind: 'same-project' | 'duplicate-title',
    rule: BankRule,
    fallbackGroups: () => Map<string, BankStoryEntry[]>,
    message: (g: BankStoryEntry[]) => string,
  ): BankHealthItem[] {
    const all = this.bankFindings();
    const items: BankHealthItem[] = [];
    const emit = (g: BankStoryEntry[], flagged: ReadonlyMap<string, Finding>) => {
      for (const e of g) {
        const f = flagged.get(`${e.path}#${e.story.index}`);
        if (!f) continue;
        items.push({ kind, severity: f.severity, message: message(g), ...storyPlace(e) });
        return;
      }
    };
    const groups = this.groups.get(rule);
    const cache = this.groupFindings.get(rule);
    if (groups && cache) {
      // The grouped rule's findings are cached per group: only groups with findings are looked at.
      for (const [key, members] of groups) {
        const found = cache.get(key);
        if (!found?.length) continue;
        emit([...members.values()].sort(compareEntries), new Map(found.map((f) => [`${f.path}#${f.storyIndex ?? 0}`, f])));
      }
      // Groups are kept in the order files arrived; list them in bank order.
      return items.sort((a, b) => comparePaths(a.path!, b.path!) || a.storyIndex! - b.storyIndex!);
    }
    const flagged = new Map<string, Finding>();
    for (const f of all) if (f.ruleId === rule.meta.id) flagged.set(`${f.path}#${f.storyIndex ?? 0}`, f);
    if (flagged.size === 0) return [];
    for (const g of fallbackGroups().values()) emit(g, flagged);
    return items;
  }

  /** The front matter `last-practiced` value, when the file holds this one story. */
  private lastPracticedRange(s: BankStoryEntry): Range | undefined {
    const file = this.entries.get(s.path)?.analysis.file;
    if (!file || file.stories.length !== 1) return undefined;
    return file.frontMatter?.entries.find((e) => e.key === 'last-practiced')?.valueRange;
  }
}

function storyPlace(s: BankStoryEntry, range?: Range): { path: string; range: Range; storyIndex: number } {
  return { path: s.path, range: range ?? s.story.titleRange, storyIndex: s.story.index };
}

function resolveSeverity(setting: SeveritySetting | undefined, dflt: Severity): Severity | undefined {
  const s = setting ?? dflt;
  return s === 'off' ? undefined : s;
}

const NO_FINDINGS: readonly Finding[] = [];

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

function compareEntries(a: BankStoryEntry, b: BankStoryEntry): number {
  return comparePaths(a.path, b.path) || a.story.index - b.story.index;
}

function sortedSuppressions(e: FileEntry): Suppression[] {
  return [...e.analysis.file.suppressions].sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** Counts findings by severity for one story: those with its storyIndex, and file-level ones inside its range
 *  (or, outside every story, on the first story). */
function countProblems(findings: readonly Finding[], fileStories: readonly Story[], story: Story): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    let owner = f.storyIndex;
    if (owner === undefined) {
      const o = f.range.start.offset;
      owner = fileStories.find((s) => o >= s.range.start.offset && o < s.range.end.offset)?.index ?? fileStories[0]?.index;
    }
    if (owner !== story.index) continue;
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

function parseIsoDay(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t;
}

function formatSeconds(s: number): string {
  const sec = Math.round(s);
  if (sec < 60) return `${sec} s`;
  const m = Math.floor(sec / 60);
  const r = sec % 60;
  return r === 0 ? `${m} min` : `${m} min ${r} s`;
}

function questionSpan(ids: readonly number[]): string {
  if (ids.length === 0) return 'no questions';
  if (ids.length === 1) return `question ${ids[0]}`;
  const contiguous = ids.every((q, i) => i === 0 || q === ids[i - 1] + 1);
  return contiguous ? `questions ${ids[0]}–${ids[ids.length - 1]}` : `questions ${ids.join(', ')}`;
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  return comparePaths(a.path, b.path) || a.range.start.offset - b.range.start.offset || comparePaths(a.ruleId, b.ruleId);
}
