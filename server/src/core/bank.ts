// The bank index: every analysed story file of a workspace, and what follows from having them all at once —
// coverage of the 9 themes and 35 questions, the bank-level rules (same-project, duplicate-title) and the
// bank-health list. Incremental: `update` replaces one file's entries; the aggregates are recomputed from the
// stored entries on first use after a change (grouping a few hundred stories, no parsing) and cached until the
// next change.
import { isSuppressed } from './analyze';
import { questionCatalog, type QuestionCatalog } from './knowledge/index';
import { listStories } from './rules/bank-util';
import { duplicateTitle, titleGroups } from './rules/duplicate-title';
import { BANK_RULES } from './rules/index';
import type { BankContext, BankReport, BankRule, BankStoryEntry } from './rules/rule';
import { projectGroups, sameProject } from './rules/same-project';
import type { Config, FileAnalysis, Finding, Range, Severity, SeveritySetting, Story, Suppression, ThemeId } from './types';

export { MIN_BANK_STORIES } from './rules/too-few-stories';
export { STALE_DAYS } from './rules/stale';

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
  /** The config file that applies, if any: findings about the whole bank land on it. */
  configPath?: string;
  stories: BankStoryEntry[];
}

/** What the Bank Health view needs beyond a finding: the theme or question, and whether it concerns no story. */
interface FindingInfo {
  theme?: ThemeId;
  question?: number;
  /** About the bank as a whole (put on the config file or the first story file). */
  bankLevel: boolean;
}

interface Aggregates {
  stories?: BankStory[];
  coverage?: Coverage;
  bankFindings?: { day: number; list: Finding[]; byPath: Map<string, Finding[]>; unplaced: Finding[] };
  health?: { day: number; items: BankHealthItem[] };
}

export interface BankIndexOptions {
  /** Bank rules to run; default the registry's BANK_RULES. */
  rules?: readonly BankRule[];
  /** The clock (for `stale`); default the system's. */
  now?: () => Date;
}

function utcDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

export class BankIndex {
  private readonly entries = new Map<string, FileEntry>();
  private readonly rules: readonly BankRule[];
  private readonly now: () => Date;
  private readonly info = new WeakMap<Finding, FindingInfo>();
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
    this.now = opts.now ?? (() => new Date());
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
  update(path: string, analysis: FileAnalysis, config: Config, configPath?: string): void {
    const single = analysis.file.stories.length === 1;
    const lastPracticedRange = single ? analysis.file.frontMatter?.entries.find((e) => e.key === 'last-practiced')?.valueRange : undefined;
    const stories: BankStoryEntry[] = analysis.file.stories.map((story) => (lastPracticedRange ? { path, story, config, lastPracticedRange } : { path, story, config }));
    const old = this.entries.get(path);
    if (old) this.leaveGroups(old);
    else this.sortedPaths = undefined;
    const entry: FileEntry = { path, analysis, config, stories };
    if (configPath !== undefined) entry.configPath = configPath;
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
    const catalog = this.catalog();
    const byQuestion = new Map<number, StoryRef[]>(catalog.questions.map((q) => [q.id, []]));
    const byTheme = new Map<ThemeId, StoryRef[]>(catalog.themes.map((t) => [t.id, []]));
    const themeOfQuestion = new Map<number, ThemeId>(catalog.questions.map((q) => [q.id, q.theme]));
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
      themes: catalog.themes.map((t) => ({
        id: t.id,
        name: t.name,
        questions: [...t.questions],
        coveredQuestions: t.questions.filter((q) => (byQuestion.get(q)?.length ?? 0) > 0).length,
        stories: byTheme.get(t.id) ?? [],
      })),
      questions: catalog.questions.map((q) => ({ id: q.id, theme: q.theme, stories: byQuestion.get(q.id) ?? [] })),
    };
    this.cache.coverage = coverage;
    return coverage;
  }

  /**
   * Findings of the bank rules, each with the severity set for it in the config of the story it lands on
   * (`off` drops it), and without those suppressed by a comment in that story's file. Findings about the bank
   * as a whole land on the bank's config file (the first story's, in path order), or with none on the first
   * story file, at its first story's title.
   */
  bankFindings(): Finding[] {
    return this.computeBankFindings().list;
  }

  private computeBankFindings(): NonNullable<Aggregates['bankFindings']> {
    const day = utcDay(this.now());
    if (this.cache.bankFindings?.day === day) return this.cache.bankFindings;
    const byPath = new Map<string, Finding[]>();
    const unplaced: Finding[] = [];
    const add = (f: Finding) => {
      const list = byPath.get(f.path);
      if (list) list.push(f);
      else byPath.set(f.path, [f]);
    };
    let ctx: BankContext | undefined;
    const context = () => (ctx ??= this.context(day));
    // A bank without a story gets no findings: before the person has written anything, nine theme gaps and "too
    // few stories" are noise; the editor's views welcome them instead, and the rules speak from the first story on.
    const rules = this.storyEntries().length === 0 ? [] : this.rules;
    for (const rule of rules) {
      const groups = this.groups.get(rule);
      const cache = this.groupFindings.get(rule);
      if (!groups || !cache) {
        for (const f of this.runRule(rule, this.storyEntries(), context())) {
          if (f.path === '') unplaced.push(f);
          else add(f);
        }
        continue;
      }
      for (const [key, members] of groups) {
        let found = cache.get(key);
        if (!found) {
          found = this.runRule(rule, [...members.values()].sort(compareEntries), context());
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
    const others = [...byPath.keys()].filter((p) => !this.entries.has(p)).sort(comparePaths);
    for (const path of others) for (const f of byPath.get(path)!.sort(compareFindings)) out.push(f); // config files
    const result = { day, list: out, byPath, unplaced };
    this.cache.bankFindings = result;
    return result;
  }

  /** Coverage by question and by theme, as the bank rules read it. */
  private context(today: number): BankContext {
    const storiesByQuestion = new Map<number, BankStoryEntry[]>();
    const storiesByTheme = new Map<string, BankStoryEntry[]>();
    const catalog = this.catalog();
    const themeOfQuestion = new Map<number, ThemeId>(catalog.questions.map((q) => [q.id, q.theme]));
    const push = <K>(m: Map<K, BankStoryEntry[]>, k: K, e: BankStoryEntry) => {
      const list = m.get(k);
      if (list) list.push(e);
      else m.set(k, [e]);
    };
    for (const s of this.storyEntries()) {
      const themes = new Set<ThemeId>(s.story.themes);
      for (const q of new Set(s.story.questions.map((x) => x.id))) {
        push(storiesByQuestion, q, s);
        const t = themeOfQuestion.get(q);
        if (t) themes.add(t);
      }
      for (const t of themes) push(storiesByTheme, t, s);
    }
    return { storiesByQuestion, storiesByTheme, today, catalog };
  }

  /** The bank's question catalog: from the config of the bank's anchor (its config file, else its first story). */
  catalog(): QuestionCatalog {
    return questionCatalog(this.anchor()?.config);
  }

  /** Where findings about the whole bank go: the bank's config file, else the first story file. */
  private anchor(): { path: string; config: Config; range: Range; file?: FileEntry } | undefined {
    const paths = this.paths();
    for (const p of paths) {
      const e = this.entries.get(p)!;
      if (e.configPath !== undefined && e.stories.length > 0) return { path: e.configPath, config: e.config, range: ZERO_RANGE };
    }
    for (const p of paths) {
      const e = this.entries.get(p)!;
      if (e.stories.length > 0) return { path: p, config: e.config, range: e.stories[0].story.titleRange, file: e };
    }
    return undefined;
  }

  /** A file's own findings plus the bank findings that land on it, in document order. */
  findingsFor(path: string): Finding[] {
    const own = this.entries.get(path)?.analysis.findings ?? [];
    const bank = this.bankFindingsByPath().get(path);
    if (!bank?.length) return own;
    return [...own, ...bank].sort(compareFindings);
  }

  /**
   * The Bank Health view's list: the bank rules' findings, one item per finding, except that same-project and
   * duplicate-title give one item per group of stories. Items about the whole bank carry no path.
   */
  health(now?: Date): BankHealthItem[] {
    if (now !== undefined) return new BankIndex({ rules: this.rules, now: () => now }).copyFrom(this).health();
    const computed = this.computeBankFindings();
    if (this.cache.health?.day === computed.day) return this.cache.health.items;
    const stories = this.storyEntries();
    const items: BankHealthItem[] = [];
    const grouped = new Set<string>([duplicateTitle.meta.id, sameProject.meta.id]);
    const byRule = new Map<string, BankHealthItem[]>();
    for (const f of [...computed.list, ...computed.unplaced]) {
      if (grouped.has(f.ruleId)) continue;
      const info = this.info.get(f);
      const item: BankHealthItem = { kind: f.ruleId as BankHealthKind, severity: f.severity, message: f.message };
      if (!info?.bankLevel) {
        item.path = f.path;
        item.range = f.range;
        if (f.storyIndex !== undefined) item.storyIndex = f.storyIndex;
      }
      if (info?.theme !== undefined) item.theme = info.theme;
      if (info?.question !== undefined) item.question = info.question;
      const list = byRule.get(f.ruleId) ?? [];
      list.push(item);
      byRule.set(f.ruleId, list);
    }
    // Within a rule: the items on stories first, then the one about the bank.
    for (const [id, list] of byRule) byRule.set(id, [...list.filter((i) => i.path !== undefined), ...list.filter((i) => i.path === undefined)]);
    // Rule order, so the list reads from the biggest gaps to the smallest notes.
    for (const id of HEALTH_ORDER) items.push(...(byRule.get(id) ?? []));
    for (const [id, list] of byRule) if (!HEALTH_ORDER.includes(id)) items.push(...list);
    // Bank rules over groups of stories: one item per group.
    const groupsAt = items.findIndex((i) => i.kind === 'over-time' || i.kind === 'stale');
    const groupItems = [
      ...this.groupItems('duplicate-title', duplicateTitle, () => titleGroups(stories), (g) =>
        `${g.length} stories share the title "${g[0].story.title.trim()}": ${listStories(g)}. Give each one a title that says what sets it apart.`,
      ),
      ...this.groupItems('same-project', sameProject, () => projectGroups(stories), (g) =>
        `${g.length} stories use the project "${g[0].story.project?.trim() ?? ''}" (limit ${Math.min(...g.map((e) => e.config.maxStoriesPerProject))}). Move one to another project, or merge two that show the same strength. The stories: ${listStories(g)}.`,
      ),
    ];
    items.splice(groupsAt < 0 ? items.length : groupsAt, 0, ...groupItems);
    this.cache.health = { day: computed.day, items };
    return items;
  }

  /** Shares another index's entries (for a health list at another date). */
  private copyFrom(other: BankIndex): this {
    for (const e of other.entries.values()) this.update(e.path, e.analysis, e.config, e.configPath);
    return this;
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

  /**
   * Runs a bank rule on some stories; applies each story's severity setting and its file's suppressions. A
   * finding about the whole bank gets the anchor's place and config (path '' when the bank has no story).
   */
  private runRule(rule: BankRule, stories: readonly BankStoryEntry[], ctx: BankContext): Finding[] {
    const out: Finding[] = [];
    let anchor: ReturnType<BankIndex['anchor']> | null = null;
    for (const r of rule.check(stories, ctx) as BankReport[]) {
      const { theme, question, path, range, ...rest } = r;
      let file: FileEntry | undefined;
      let config: Config | undefined;
      let place: { path: string; range: Range };
      if (path !== undefined) {
        file = this.entries.get(path);
        config = (file?.stories.find((s) => s.story.index === r.storyIndex) ?? file)?.config;
        place = { path, range: range ?? file?.stories.find((s) => s.story.index === r.storyIndex)?.story.titleRange ?? ZERO_RANGE };
      } else {
        if (anchor === null) anchor = this.anchor();
        file = anchor?.file;
        config = anchor?.config;
        place = anchor ? { path: anchor.path, range: anchor.range } : { path: '', range: ZERO_RANGE };
      }
      const severity = resolveSeverity(config?.rules[rule.meta.id], rule.meta.defaultSeverity);
      if (!severity) continue;
      const f: Finding = { ...rest, ...place, severity };
      if (path === undefined) delete f.storyIndex;
      if (file && file.analysis.file.suppressions.length > 0 && isSuppressed(f, sortedSuppressions(file))) continue;
      this.info.set(f, { theme, question, bankLevel: path === undefined });
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
    return this.computeBankFindings().byPath;
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

}

function storyPlace(s: BankStoryEntry, range?: Range): { path: string; range: Range; storyIndex: number } {
  return { path: s.path, range: range ?? s.story.titleRange, storyIndex: s.story.index };
}

function resolveSeverity(setting: SeveritySetting | undefined, dflt: Severity): Severity | undefined {
  const s = setting ?? dflt;
  return s === 'off' ? undefined : s;
}

const NO_FINDINGS: readonly Finding[] = [];

const ZERO_RANGE: Range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/** The order of the Bank Health list. */
const HEALTH_ORDER: readonly string[] = ['too-few-stories', 'no-failure-story', 'theme-gap', 'question-gap', 'over-time', 'stale'];

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




function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  return comparePaths(a.path, b.path) || a.range.start.offset - b.range.start.offset || comparePaths(a.ruleId, b.ruleId);
}
