// The evaluation harness behind `npm run eval`: reads labelled stories (eval/README.md describes the format),
// runs the real analysis core on each (analyzeFile with the DEFAULT_CONFIG, plus the label file's `config:`,
// exactly as the CLI merges a `.storybank.yml`), matches the stories the parser found to the labelled ones and
// scores every judged rule (story-level TP/FP/FN/TN), part recognition and stories found.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyzeFile, configFromSettings, DEFAULT_CONFIG, knownRuleIds, mergeConfig, PART_ORDER } from '../../server/src/core';
import type { Config, FileAnalysis, Finding, Story } from '../../server/src/core';

/** The rules every label of a real story judges (a story that cannot trigger one states `false`). */
export const JUDGED_RULES = [
  'missing-section',
  'empty-section',
  'missing-metric',
  'vague-impact',
  'too-long',
  'too-short',
  'solo-heroics',
  'blame',
  'fake-weakness',
  'badmouthing',
  'resume-recital',
  'filler-phrase',
  'placeholder',
] as const;

export const STORY_KINDS = ['story', 'pitch', 'plan', 'questions-to-ask'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];
export type Split = 'dev' | 'test';
/** Where a labelled file comes from: real published stories, or hard cases we wrote (eval/corpus/adversarial). */
export type Origin = 'real' | 'adversarial';
/**
 * `test` is the real held-out stories; `held-out` is every `split: test` file, real and adversarial (the estimate
 * closest to an independent check on stories and hard cases nobody tuned on).
 */
export type Group = 'dev' | 'test' | 'adversarial' | 'held-out' | 'all';
export const GROUPS: readonly Group[] = ['dev', 'test', 'adversarial', 'held-out', 'all'];

/** Targets of issue 9: per rule precision and recall, and part recognition. */
export const TARGETS = { precision: 0.95, recall: 0.95, parts: 0.98 } as const;

/** `true`: must fire on the story; `false`: must not; lines: must fire on (at least) each of them, ±1. */
export type Expectation = boolean | number[];

export interface LabelledStory {
  title: string;
  line?: number;
  kind: StoryKind;
  /** Part name → 1-based line of its marker, or null when the part is absent. Only the parts listed are scored. */
  parts: Record<string, number | null>;
  expect: Record<string, Expectation>;
  notes?: string;
}

export interface LabelFile {
  /** The labels file (absolute). */
  labelsPath: string;
  /** The story file (absolute). */
  storyPath: string;
  /** Path shown in reports: relative to the corpus root it came from. */
  display: string;
  origin: Origin;
  split: Split;
  config: Config;
  stories: LabelledStory[];
}

export interface LoadProblem {
  path: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------------------
// Validation

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks a parsed labels document against the schema and the story text it labels. Returns the label (when it is
 * usable) and every problem, each a sentence saying what is wrong and where.
 */
export function validateLabels(
  raw: unknown,
  storyText: string,
  opts: { origin: Origin; requireSource?: boolean },
): { problems: string[]; label?: Omit<LabelFile, 'labelsPath' | 'storyPath' | 'display' | 'origin'> } {
  const problems: string[] = [];
  const lineCount = storyText.split(/\r\n|\r|\n/).length;
  const known = knownRuleIds();
  const lineOk = (v: unknown, where: string): boolean => {
    if (!isInt(v) || v < 1 || v > lineCount) {
      problems.push(`${where} is ${JSON.stringify(v)}; it must be a line number from 1 to ${lineCount} (the story file has ${lineCount} lines).`);
      return false;
    }
    return true;
  };
  if (!isRecord(raw)) return { problems: ['The labels file must be a YAML mapping with `split` and `stories`.'] };
  for (const key of Object.keys(raw)) {
    if (!['source', 'split', 'config', 'stories', 'notes'].includes(key)) problems.push(`Unknown top-level key \`${key}\` (allowed: source, split, config, stories, notes).`);
  }
  if (opts.requireSource) {
    const s = raw.source;
    if (!isRecord(s) || typeof s.repo !== 'string' || typeof s.path !== 'string') problems.push('A real story needs `source:` with at least `repo` and `path` (where it was published).');
  }
  let split: Split = 'dev';
  if (raw.split !== undefined) {
    if (raw.split === 'dev' || raw.split === 'test') split = raw.split;
    else problems.push(`\`split\` is ${JSON.stringify(raw.split)}; it must be \`dev\` or \`test\`.`);
  }
  let config: Config = mergeConfig(DEFAULT_CONFIG, undefined);
  if (raw.config !== undefined) {
    if (!isRecord(raw.config)) problems.push('`config` must be a mapping of .storybank.yml keys (for example `structure: car`).');
    else {
      const { partial, problems: bad } = configFromSettings(raw.config);
      for (const p of bad) problems.push(`config: ${p.replace(/^Story Bank settings \(storybank\.\*\): /, '')}`);
      config = mergeConfig(DEFAULT_CONFIG, partial);
    }
  }
  const rawStories: unknown = raw.stories;
  if (!Array.isArray(rawStories)) {
    problems.push('`stories` must be a list with one entry per story in the file (`[]` when the file holds no answer).');
    return { problems };
  }
  const stories: LabelledStory[] = [];
  rawStories.forEach((s: unknown, i: number) => {
    const at = `stories[${i}]`;
    if (!isRecord(s)) {
      problems.push(`${at} must be a mapping (title, line, parts, expect).`);
      return;
    }
    for (const key of Object.keys(s)) {
      if (!['title', 'line', 'kind', 'parts', 'expect', 'notes'].includes(key)) problems.push(`${at}: unknown key \`${key}\` (allowed: title, line, kind, parts, expect, notes).`);
    }
    const title = typeof s.title === 'string' ? s.title : '';
    if (title.trim() === '') problems.push(`${at}.title must be the story's title as written.`);
    let line: number | undefined;
    if (s.line !== undefined && s.line !== null) {
      if (lineOk(s.line, `${at}.line`)) line = s.line as number;
    } else if (rawStories.length > 1) {
      problems.push(`${at}.line is needed: the file labels ${rawStories.length} stories, so each needs the line of its title.`);
    }
    let kind: StoryKind = 'story';
    if (s.kind !== undefined) {
      if ((STORY_KINDS as readonly unknown[]).includes(s.kind)) kind = s.kind as StoryKind;
      else problems.push(`${at}.kind is ${JSON.stringify(s.kind)}; it must be one of ${STORY_KINDS.join(', ')}.`);
    }
    const parts: Record<string, number | null> = {};
    if (s.parts !== undefined && s.parts !== null) {
      if (!isRecord(s.parts)) problems.push(`${at}.parts must map part names to lines (or null when absent).`);
      else {
        for (const [name, v] of Object.entries(s.parts)) {
          if (!(PART_ORDER as readonly string[]).includes(name)) {
            problems.push(`${at}.parts.${name}: unknown part; the parts are ${PART_ORDER.join(', ')}.`);
            continue;
          }
          if (v === null) parts[name] = null;
          else if (lineOk(v, `${at}.parts.${name}`)) parts[name] = v as number;
        }
      }
    }
    const expect: Record<string, Expectation> = {};
    const rawExpect: unknown = s.expect;
    if (!isRecord(rawExpect)) problems.push(`${at}.expect must map rule ids to true, false or a list of lines.`);
    else {
      for (const [rule, v] of Object.entries(rawExpect)) {
        if (!known.has(rule)) {
          problems.push(`${at}.expect names \`${rule}\`, which is not a rule (see the README's rule table).`);
          continue;
        }
        if (typeof v === 'boolean') expect[rule] = v;
        else if (Array.isArray(v) && v.length > 0) {
          if (v.every((l, j) => lineOk(l, `${at}.expect.${rule}[${j}]`))) expect[rule] = v as number[];
        } else problems.push(`${at}.expect.${rule} is ${JSON.stringify(v)}; it must be true, false or a non-empty list of lines.`);
      }
      if (opts.origin === 'real') {
        const missing = JUDGED_RULES.filter((r) => !(r in rawExpect));
        if (missing.length > 0) problems.push(`${at}.expect must judge every rule for a real story; missing: ${missing.join(', ')}.`);
      }
    }
    const story: LabelledStory = { title, kind, parts, expect };
    if (line !== undefined) story.line = line;
    if (typeof s.notes === 'string') story.notes = s.notes;
    stories.push(story);
  });
  const lines = stories.map((s) => s.line).filter((l): l is number => l !== undefined);
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] <= lines[i - 1]) problems.push(`stories must be in file order: line ${lines[i]} comes after line ${lines[i - 1]}.`);
  }
  return { problems, label: { split, config, stories } };
}

// ---------------------------------------------------------------------------------------------------------
// Loading

function walkLabels(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walkLabels(p, out);
    else if (name.endsWith('.labels.yml')) out.push(p);
  }
}

export interface CorpusSource {
  /** Folder of labels files. */
  labelsDir: string;
  /** Folder of the stories; a labels file `x.labels.yml` labels `x.md` (or `x` when it already ends in .md). */
  storiesDir: string;
  /** Relative paths are shown from here. */
  displayRoot: string;
  /** Whether stories need `source:` (real stories kept in the repository). */
  requireSource: boolean;
  /** Overrides the origin; otherwise files under an `adversarial` folder are adversarial, others real. */
  origin?: Origin;
  /** Labels files are shown relative to this (default: displayRoot). */
  labelsDisplayRoot?: string;
}

export function storyFileFor(labelsPath: string, labelsDir: string, storiesDir: string): string {
  const rel = relative(labelsDir, labelsPath).replace(/\.labels\.yml$/, '');
  return join(storiesDir, /\.md$/i.test(rel) ? rel : `${rel}.md`);
}

/** Reads and validates every labels file of the sources; unusable files are reported, not thrown. */
export function loadCorpus(sources: readonly CorpusSource[]): { files: LabelFile[]; problems: LoadProblem[] } {
  const files: LabelFile[] = [];
  const problems: LoadProblem[] = [];
  for (const src of sources) {
    if (!existsSync(src.labelsDir)) continue;
    const found: string[] = [];
    walkLabels(src.labelsDir, found);
    for (const labelsPath of found) {
      const shown = relative(src.labelsDisplayRoot ?? src.displayRoot, labelsPath);
      const storyPath = storyFileFor(labelsPath, src.labelsDir, src.storiesDir);
      let text: string;
      let raw: unknown;
      try {
        text = readFileSync(storyPath, 'utf8');
      } catch {
        problems.push({ path: shown, message: `the story it labels, ${relative(src.displayRoot, storyPath)}, cannot be read.` });
        continue;
      }
      try {
        raw = parseYaml(readFileSync(labelsPath, 'utf8'));
      } catch (e) {
        problems.push({ path: shown, message: `not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` });
        continue;
      }
      const origin: Origin = src.origin ?? (relative(src.labelsDir, labelsPath).split(sep).includes('adversarial') ? 'adversarial' : 'real');
      const { problems: bad, label } = validateLabels(raw, text, { origin, requireSource: src.requireSource && origin === 'real' });
      for (const m of bad) problems.push({ path: shown, message: m });
      if (bad.length > 0 || !label) continue;
      files.push({ ...label, labelsPath, storyPath, display: relative(src.displayRoot, storyPath), origin });
    }
  }
  return { files, problems };
}

/**
 * Where the shared real stories are: STORYBANK_SHARED_CORPUS, else `shared/corpus/public-stories` beside the
 * repository or one or two folders above it (worktrees live deeper than the main checkout).
 */
export function findSharedCorpus(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.STORYBANK_SHARED_CORPUS) return existsSync(env.STORYBANK_SHARED_CORPUS) ? resolve(env.STORYBANK_SHARED_CORPUS) : undefined;
  let dir = resolve(repoRoot);
  for (let i = 0; i < 3; i++) {
    dir = dirname(dir);
    const candidate = join(dir, 'shared', 'corpus', 'public-stories');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Scoring

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Miss {
  group: Group;
  split: Split;
  file: string;
  line: number;
  story: string;
  rule: string;
  kind: 'FP' | 'FN';
  detail: string;
}

export interface PartMiss {
  file: string;
  split: Split;
  origin: Origin;
  story: string;
  part: string;
  expected: number | null;
  found: number[];
}

export interface StoryMiss {
  file: string;
  split: Split;
  line: number;
  title: string;
  /** `missing`: a labelled story the parser did not find; `extra`: a story the parser found that no label names. */
  kind: 'missing' | 'extra';
}

export interface KindMiss {
  file: string;
  split: Split;
  line: number;
  story: string;
  expected: string;
  found: string;
}

export interface GroupScore {
  files: number;
  storiesLabelled: number;
  storiesFound: number;
  /** Stories the parser found that no label names (each is a story the user would see that is not there). */
  extraStories: number;
  partsCorrect: number;
  partsTotal: number;
  kindsCorrect: number;
  kindsTotal: number;
  rules: Record<string, Counts>;
}

export interface EvalResult {
  groups: Record<Group, GroupScore>;
  misses: Miss[];
  partMisses: PartMiss[];
  storyMisses: StoryMiss[];
  /** Stories found whose kind is not the labelled one (stories not found are counted as story misses). */
  kindMisses: KindMiss[];
  /** Whether the core reports a kind per story (kind accuracy is only meaningful then). */
  kindReported: boolean;
}

function emptyGroup(): GroupScore {
  return { files: 0, storiesLabelled: 0, storiesFound: 0, extraStories: 0, partsCorrect: 0, partsTotal: 0, kindsCorrect: 0, kindsTotal: 0, rules: {} };
}

function normTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[*_`#>[\]()~]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Assigns each labelled story the detected story that stands for it (by title line ±1, then by title), or -1. */
export function matchStories(labelled: readonly LabelledStory[], detected: readonly Story[]): number[] {
  const used = new Set<number>();
  const result = labelled.map(() => -1);
  // By line first.
  labelled.forEach((l, i) => {
    if (l.line === undefined) return;
    const j = detected.findIndex((d, k) => !used.has(k) && Math.abs(d.titleRange.start.line - l.line!) <= 1);
    if (j >= 0) {
      result[i] = j;
      used.add(j);
    }
  });
  // Then by title.
  labelled.forEach((l, i) => {
    if (result[i] >= 0) return;
    const t = normTitle(l.title);
    const j = detected.findIndex((d, k) => !used.has(k) && t !== '' && (normTitle(d.title) === t || (normTitle(d.title).includes(t) && t.length >= 8)));
    if (j >= 0) {
      result[i] = j;
      used.add(j);
    }
  });
  // A one-story label without a line stands for the first detected story when titles differ (front matter, no heading).
  if (labelled.length === 1 && result[0] < 0 && labelled[0].line === undefined && detected.length > 0) {
    const j = detected.findIndex((_, k) => !used.has(k));
    if (j >= 0) result[0] = j;
  }
  return result;
}

function findingLines(f: Finding): [number, number] {
  return [f.range.start.line, f.range.end.line];
}

/** Which detected story a finding belongs to: its storyIndex, else the story whose range holds its line. */
function storyOf(f: Finding, detected: readonly Story[]): number {
  if (f.storyIndex !== undefined) return f.storyIndex;
  const line = f.range.start.line;
  return detected.findIndex((s) => s.range.start.line <= line && line <= s.range.end.line);
}

/** The kind the core gives a story, when it gives one (answer kinds are new in issue 9). */
function detectedKind(s: Story): string | undefined {
  const o = s as unknown as Record<string, unknown>;
  const k = o.kind ?? o.answerKind;
  return typeof k === 'string' ? k : undefined;
}

function groupsOf(file: LabelFile): Group[] {
  const groups: Group[] = file.origin === 'adversarial' ? ['adversarial'] : [file.split];
  if (file.split === 'test') groups.push('held-out');
  groups.push('all');
  return groups;
}

export interface EvalOptions {
  /** Score only this rule. */
  rule?: string;
  /** Analyse with this function instead of the core (tests of the harness itself use the core too). */
  analyze?: (text: string, path: string, config: Config) => FileAnalysis;
}

/** Runs the checker on every labelled file and scores it. */
export function evaluate(files: readonly LabelFile[], options: EvalOptions = {}): EvalResult {
  const analyze = options.analyze ?? analyzeFile;
  const groups = Object.fromEntries(GROUPS.map((g) => [g, emptyGroup()])) as Record<Group, GroupScore>;
  const misses: Miss[] = [];
  const partMisses: PartMiss[] = [];
  const storyMisses: StoryMiss[] = [];
  const kindMisses: KindMiss[] = [];
  let kindReported = false;
  const judged = (rule: string): boolean => options.rule === undefined || options.rule === rule;

  for (const file of files) {
    const text = readFileSync(file.storyPath, 'utf8');
    const analysis = analyze(text, file.storyPath, file.config);
    const detected = analysis.file.stories;
    const match = matchStories(file.stories, detected);
    const gs = groupsOf(file).map((g) => groups[g]);
    const bump = (rule: string, key: keyof Counts): void => {
      for (const g of gs) {
        g.rules[rule] ??= { tp: 0, fp: 0, fn: 0, tn: 0 };
        g.rules[rule][key]++;
      }
    };
    const miss = (m: Omit<Miss, 'group' | 'split' | 'file'>): void => {
      misses.push({ ...m, group: file.origin === 'adversarial' ? 'adversarial' : file.split, split: file.split, file: file.display });
    };
    for (const g of gs) {
      g.files++;
      g.storiesLabelled += file.stories.length;
      g.storiesFound += match.filter((j) => j >= 0).length;
      g.extraStories += detected.filter((_, k) => !match.includes(k)).length;
    }
    // Findings per detected story.
    const byStory = new Map<number, Finding[]>();
    for (const f of analysis.findings) {
      const k = storyOf(f, detected);
      if (!byStory.has(k)) byStory.set(k, []);
      byStory.get(k)!.push(f);
    }

    file.stories.forEach((label, i) => {
      const j = match[i];
      const story = j >= 0 ? detected[j] : undefined;
      const findings = j >= 0 ? (byStory.get(j) ?? []) : [];
      const where = label.line ?? story?.titleRange.start.line ?? 1;
      if (!story) storyMisses.push({ file: file.display, split: file.split, line: where, title: label.title, kind: 'missing' });
      // Rules.
      for (const [rule, want] of Object.entries(label.expect)) {
        if (!judged(rule)) continue;
        const hits = findings.filter((f) => f.ruleId === rule);
        const fired = hits.length > 0;
        const at = hits.map((f) => findingLines(f)[0]);
        if (want === false) {
          if (fired) {
            bump(rule, 'fp');
            miss({ line: at[0], story: label.title, rule, kind: 'FP', detail: hits[0].message });
          } else bump(rule, 'tn');
        } else if (want === true) {
          if (fired) bump(rule, 'tp');
          else {
            bump(rule, 'fn');
            miss({ line: where, story: label.title, rule, kind: 'FN', detail: story ? 'did not fire' : 'the story was not found, so nothing fired on it' });
          }
        } else {
          const uncovered = want.filter((l) => !hits.some((f) => {
            const [s, e] = findingLines(f);
            return l >= s - 1 && l <= e + 1;
          }));
          if (uncovered.length === 0) bump(rule, 'tp');
          else {
            bump(rule, 'fn');
            miss({
              line: uncovered[0],
              story: label.title,
              rule,
              kind: 'FN',
              detail: fired ? `fired on line ${at.join(', ')} but not on line ${uncovered.join(', ')}` : story ? 'did not fire' : 'the story was not found, so nothing fired on it',
            });
          }
        }
      }
      // Parts.
      for (const [part, want] of Object.entries(label.parts)) {
        const found = story ? story.parts.filter((p) => p.name === part).map((p) => p.marker.start.line) : [];
        // A part starts at its first marker: an earlier marker of the same part (a header field read as a part) is wrong.
        const ok = story !== undefined && (want === null ? found.length === 0 : found[0] === want);
        for (const g of gs) {
          g.partsTotal++;
          if (ok) g.partsCorrect++;
        }
        if (!ok) partMisses.push({ file: file.display, split: file.split, origin: file.origin, story: label.title, part, expected: want, found });
      }
      // Kind, when the core reports one.
      const k = story ? detectedKind(story) : undefined;
      if (k !== undefined) kindReported = true;
      for (const g of gs) {
        g.kindsTotal++;
        if ((k ?? 'story') === label.kind && story) g.kindsCorrect++;
      }
      if (story && (k ?? 'story') !== label.kind) kindMisses.push({ file: file.display, split: file.split, line: where, story: label.title, expected: label.kind, found: k ?? 'story' });
    });

    // Findings on stories no label names: a warning on a story that is not there is a false positive (for the
    // rules this file's labels judge).
    // A file labelled `stories: []` holds no answer (notes, a list of questions): every judged rule firing on a
    // story found there is a false positive.
    const fileRules = new Set(file.stories.length === 0 ? JUDGED_RULES : file.stories.flatMap((l) => Object.keys(l.expect)));
    detected.forEach((d, k) => {
      if (match.includes(k)) return;
      storyMisses.push({ file: file.display, split: file.split, line: d.titleRange.start.line, title: d.title || '(untitled)', kind: 'extra' });
      const fired = new Set((byStory.get(k) ?? []).map((f) => f.ruleId));
      for (const rule of fired) {
        if (!fileRules.has(rule) || !judged(rule)) continue;
        bump(rule, 'fp');
        miss({ line: d.titleRange.start.line, story: d.title || '(untitled)', rule, kind: 'FP', detail: 'fired on a story the parser found that the labels do not have (a heading taken for a story?)' });
      }
    });
  }
  misses.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
  return { groups, misses, partMisses, storyMisses, kindMisses, kindReported };
}

// ---------------------------------------------------------------------------------------------------------
// Figures and reports

export function precision(c: Counts): number | undefined {
  return c.tp + c.fp === 0 ? undefined : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number | undefined {
  return c.tp + c.fn === 0 ? undefined : c.tp / (c.tp + c.fn);
}

function pct(v: number | undefined): string {
  return v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;
}

/** Every target missed on the whole corpus (group `all`), as sentences. Empty when all are met. */
export function missedTargets(r: EvalResult, rules: readonly string[]): string[] {
  const out: string[] = [];
  const all = r.groups.all;
  for (const rule of rules) {
    const c = all.rules[rule];
    if (!c) continue;
    const p = precision(c);
    const rc = recall(c);
    if (p !== undefined && p < TARGETS.precision) out.push(`${rule}: precision ${pct(p)} < ${pct(TARGETS.precision)}`);
    if (rc !== undefined && rc < TARGETS.recall) out.push(`${rule}: recall ${pct(rc)} < ${pct(TARGETS.recall)}`);
  }
  if (all.partsTotal > 0 && all.partsCorrect / all.partsTotal < TARGETS.parts) out.push(`parts recognised ${pct(all.partsCorrect / all.partsTotal)} < ${pct(TARGETS.parts)}`);
  return out;
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** The per-rule table of one group, as Markdown. */
export function ruleTable(g: GroupScore, rules: readonly string[]): string {
  const head = `| ${pad('rule', 16)} | ${pad('TP', 4, true)} | ${pad('FP', 4, true)} | ${pad('FN', 4, true)} | ${pad('TN', 4, true)} | precision | recall |`;
  const sep2 = `| ${'-'.repeat(16)} | ---: | ---: | ---: | ---: | --------: | -----: |`;
  const rows = rules
    .filter((r) => g.rules[r])
    .map((r) => {
      const c = g.rules[r];
      return `| ${pad(r, 16)} | ${pad(String(c.tp), 4, true)} | ${pad(String(c.fp), 4, true)} | ${pad(String(c.fn), 4, true)} | ${pad(String(c.tn), 4, true)} | ${pad(pct(precision(c)), 9, true)} | ${pad(pct(recall(c)), 6, true)} |`;
    });
  return [head, sep2, ...rows].join('\n');
}

/** One group's figures on one line: files, stories found and invented, parts and (when reported) kinds. */
export function summaryLine(g: GroupScore, kindReported: boolean): string {
  const parts = g.partsTotal === 0 ? '—' : `${pct(g.partsCorrect / g.partsTotal)} (${g.partsCorrect}/${g.partsTotal})`;
  const kinds = kindReported ? `; answer kinds ${pct(g.kindsTotal ? g.kindsCorrect / g.kindsTotal : undefined)} (${g.kindsCorrect}/${g.kindsTotal})` : '';
  return `${g.files} files; stories found ${g.storiesFound}/${g.storiesLabelled}, ${g.extraStories} extra; parts recognised ${parts}${kinds}`;
}

export interface ReportOptions {
  rules: readonly string[];
  skipped: readonly string[];
  problems: readonly LoadProblem[];
}

/** The human report: per group the summary and the rule table; the misses of dev stories; test misses counted. */
export function formatReport(r: EvalResult, o: ReportOptions): string {
  const out: string[] = [];
  for (const p of o.problems) out.push(`labels problem: ${p.path}: ${p.message}`);
  for (const s of o.skipped) out.push(`note: ${s}`);
  if (out.length > 0) out.push('');
  for (const g of GROUPS) {
    const score = r.groups[g];
    out.push(`## ${g}: ${summaryLine(score, r.kindReported)}`, '');
    if (score.files > 0) out.push(ruleTable(score, o.rules), '');
  }
  const shown = r.misses.filter((m) => m.split === 'dev');
  const held = r.misses.filter((m) => m.split === 'test');
  out.push(`## Misses (dev and adversarial-dev stories; ${held.length} in test-split stories are not listed)`, '');
  if (shown.length === 0) out.push('none');
  for (const m of shown) out.push(`${m.file}:${m.line}  ${m.rule}  ${m.kind}  [${m.group}] ${m.story}: ${m.detail}`);
  const partsShown = r.partMisses.filter((p) => p.split === 'dev');
  const partsHeld = r.partMisses.length - partsShown.length;
  out.push('', `## Part misses (dev stories; ${partsHeld} in test-split stories are not listed)`, '');
  if (partsShown.length === 0) out.push('none');
  for (const p of partsShown) {
    const found = p.found.length === 0 ? 'not found' : `found on line ${p.found.join(', ')}`;
    out.push(`${p.file}:${p.expected ?? '-'}  ${p.part}  ${p.expected === null ? 'should be absent' : `expected on line ${p.expected}`}, ${found}  [${p.story}]`);
  }
  const kindsShown = r.kindMisses.filter((m) => m.split === 'dev');
  out.push('', `## Kind misses (dev stories found; ${r.kindMisses.length - kindsShown.length} in test-split stories are not listed)`, '');
  if (kindsShown.length === 0) out.push('none');
  for (const m of kindsShown) out.push(`${m.file}:${m.line}  kind ${m.expected}, found ${m.found}  [${m.story}]`);
  const storiesShown = r.storyMisses.filter((m) => m.split === 'dev');
  out.push('', `## Stories not found or invented (dev stories; ${r.storyMisses.length - storiesShown.length} in test-split files are not listed)`, '');
  if (storiesShown.length === 0) out.push('none');
  for (const m of storiesShown) out.push(`${m.file}:${m.line}  ${m.kind === 'missing' ? 'labelled story not found' : 'story found that no label names'}: ${m.title}`);
  const missed = missedTargets(r, o.rules);
  out.push('', missed.length === 0 ? 'Targets (all): met.' : `Targets (all) missed: ${missed.join('; ')}`);
  return out.join('\n') + '\n';
}

/** The machine report: figures per group, dev misses, counts of held-out misses. */
export function toJson(r: EvalResult, o: ReportOptions): unknown {
  const groups = Object.fromEntries(
    GROUPS.map((g) => {
      const s = r.groups[g];
      const rules = Object.fromEntries(o.rules.filter((id) => s.rules[id]).map((id) => [id, { ...s.rules[id], precision: precision(s.rules[id]) ?? null, recall: recall(s.rules[id]) ?? null }]));
      return [g, { ...s, partsAccuracy: s.partsTotal ? s.partsCorrect / s.partsTotal : null, kindAccuracy: r.kindReported && s.kindsTotal ? s.kindsCorrect / s.kindsTotal : null, rules }];
    }),
  );
  return {
    groups,
    misses: r.misses.filter((m) => m.split === 'dev'),
    partMisses: r.partMisses.filter((p) => p.split === 'dev'),
    storyMisses: r.storyMisses.filter((m) => m.split === 'dev'),
    kindMisses: r.kindMisses.filter((m) => m.split === 'dev'),
    heldOut: {
      misses: r.misses.filter((m) => m.split === 'test').length,
      partMisses: r.partMisses.filter((p) => p.split === 'test').length,
      storyMisses: r.storyMisses.filter((m) => m.split === 'test').length,
      kindMisses: r.kindMisses.filter((m) => m.split === 'test').length,
    },
    targets: TARGETS,
    missedTargets: missedTargets(r, o.rules),
    skipped: o.skipped,
    problems: o.problems,
  };
}

/** The corpus sources of a repository checkout (and the shared real stories when they are there). */
export function repoSources(repoRoot: string, sharedDir: string | undefined): CorpusSource[] {
  const corpus = join(repoRoot, 'eval', 'corpus');
  const sources: CorpusSource[] = [{ labelsDir: corpus, storiesDir: corpus, displayRoot: repoRoot, requireSource: true }];
  if (sharedDir) sources.push({ labelsDir: join(repoRoot, 'eval', 'labels', 'shared'), storiesDir: sharedDir, displayRoot: dirname(sharedDir), labelsDisplayRoot: repoRoot, requireSource: false, origin: 'real' });
  return sources;
}

interface JsonGroup {
  partsCorrect: number;
  partsTotal: number;
  storiesFound: number;
  storiesLabelled: number;
  rules: Record<string, Counts>;
}

/**
 * A Markdown table comparing an earlier `--json` report (`before`) with this result, per rule, for one group:
 * precision and recall before → now, and part recognition and stories found.
 */
export function compareTable(before: unknown, r: EvalResult, rules: readonly string[], group: Group = 'all'): string {
  const b = (before as { groups?: Record<string, JsonGroup> }).groups?.[group];
  if (!b) throw new Error(`the earlier report has no "${group}" group; give the output of npm run eval -- --json`);
  const now = r.groups[group];
  const cell = (c: Counts | undefined, f: (c: Counts) => number | undefined): string => (c ? pct(f(c)) : '—');
  const rows = rules.map((id) => `| ${id} | ${cell(b.rules[id], precision)} | ${cell(now.rules[id], precision)} | ${cell(b.rules[id], recall)} | ${cell(now.rules[id], recall)} |`);
  const share = (n: number, d: number): string => (d ? `${pct(n / d)} (${n}/${d})` : '—');
  return [
    `| rule (${group}) | precision before | precision now | recall before | recall now |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    `| parts recognised | ${share(b.partsCorrect, b.partsTotal)} | ${share(now.partsCorrect, now.partsTotal)} | | |`,
    `| stories found | ${share(b.storiesFound, b.storiesLabelled)} | ${share(now.storiesFound, now.storiesLabelled)} | | |`,
  ].join('\n');
}
