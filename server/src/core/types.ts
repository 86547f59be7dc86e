// The core's data model. Everything here is plain data: no editor types, no I/O.
// Positions follow unist: `line` and `column` are 1-based, `offset` is a 0-based UTF-16 index into the text.
// The LSP adapter is the one place that turns them into 0-based LSP positions.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type PartName = 'setup' | 'challenge' | 'approach' | 'outcome' | 'learning';
export const PART_ORDER: readonly PartName[] = ['setup', 'challenge', 'approach', 'outcome', 'learning'];

export type ThemeId =
  | 'self-awareness'
  | 'technical-decision'
  | 'collaboration'
  | 'execution'
  | 'problem-solving'
  | 'growth'
  | 'ethics'
  | 'company-fit'
  | 'situational';

export type CompanyId = 'amazon' | 'google' | 'meta' | 'startup';

export interface Point {
  line: number; // 1-based
  column: number; // 1-based, UTF-16 code units
  offset: number; // 0-based
}

export interface Range {
  start: Point;
  end: Point;
}

/** A run of prose (text that would be spoken) as it stands in the source: `text` equals source.slice(start, start + text.length). */
export interface ProseSegment {
  text: string;
  start: number; // offset into the file text
}

export type MarkerKind = 'heading' | 'bold' | 'label' | 'list';

export interface Part {
  name: PartName;
  /** The label as written, e.g. "Situation", "S", "What I did". */
  label: string;
  kind: MarkerKind;
  /** Heading depth when kind is 'heading'. */
  depth?: number;
  /** The marker itself: the heading line, or the bold/plain label text. Findings about the marker point here. */
  marker: Range;
  /** From the marker to the end of the part (next part marker, or a heading of the same or higher level). */
  range: Range;
  /** Prose of the part (marker text excluded). */
  prose: ProseSegment[];
  wordCount: number;
  spokenSeconds: number;
}

export interface FrontMatterItem {
  value: unknown;
  range: Range;
}

export interface FrontMatterEntry {
  key: string;
  keyRange: Range;
  value: unknown;
  valueRange: Range;
  /** For sequence values (flow `[1, 2]` or block `- 1`), each item with its own range. */
  items?: FrontMatterItem[];
}

export interface FrontMatter {
  /** The whole block including the `---` fences. */
  range: Range;
  /** The YAML content between the fences. */
  contentRange: Range;
  /** Parsed data; `{}` when the YAML is invalid or not a mapping. */
  data: Record<string, unknown>;
  entries: FrontMatterEntry[];
  /** YAML syntax errors, each at its position. */
  errors: { message: string; range: Range }[];
}

export interface QuestionRef {
  id: number; // 1..35
  range?: Range; // where it was written (front matter item or `Questions:` line)
}

export interface Story {
  /** 0-based index of the story within its file. */
  index: number;
  title: string;
  /** The title heading, or the front matter `title` value, or the first line when there is neither. */
  titleRange: Range;
  /** The whole story (its heading to the next story, or the whole body). */
  range: Range;
  questions: QuestionRef[];
  /** Explicit `themes:` when given, otherwise derived from the questions. */
  themes: ThemeId[];
  companies: string[];
  project?: string;
  role?: string;
  lastPracticed?: string; // ISO date as written
  /**
   * In a file of several stories, the text of the heading the story's title heading sits under ("Tell me about
   * yourself" over "30-second version"), when there is one: what a group of answers is about.
   */
  section?: string;
  /** Parts in document order (a duplicated part appears twice). */
  parts: Part[];
  /** Prose that counts as speech: the prose of all parts, or the whole body when there is no part marker. */
  prose: ProseSegment[];
  wordCount: number;
  spokenSeconds: number;
  /**
   * The kind of answer the story gives (story, pitch, plan, questions-to-ask): from the questions it declares,
   * else read from its title, opening question and body (rules/kind.ts). Set by analyzeFile through answerOf; the one
   * place the kind is kept (answerOf reads it from here).
   */
  kind?: 'story' | 'pitch' | 'plan' | 'questions-to-ask';
}

export interface Suppression {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  range: Range;
}

export interface ParsedFile {
  path: string;
  text: string;
  frontMatter?: FrontMatter;
  stories: Story[];
  suppressions: Suppression[];
  /** Set when the file was not analysed (too large, binary); the reason is said by a finding. */
  skipped?: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The file the finding is reported on (bank-level findings name one of the stories involved). */
  path: string;
  range: Range;
  /** Quick fixes computed by the rule (the editor does not lint again to build them). */
  fixes?: Fix[];
  /** Index of the story within the file, when the finding belongs to one. */
  storyIndex?: number;
  /**
   * Other places the finding involves (the other stories of a project a bank rule counts), each with a short note:
   * the editor lists them under the finding (LSP relatedInformation), so its message can stay short.
   */
  related?: RelatedPlace[];
}

export interface RelatedPlace {
  /** The file, as findings name files (a path, or a URI where files are not on disk). */
  path: string;
  range: Range;
  message: string;
}

export type RuleScope = 'story' | 'file' | 'bank';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  tags: string[];
  scope: RuleScope;
}

/** The settings that apply to one story: derived from the settings table (./settings.ts). */
import type { Config } from './settings';
export type { Config };

export interface ConfigResult {
  config: Config;
  /** The config file that was read, if any. */
  path?: string;
  /** The keys the config file sets validly (discovery asks whether it sets `include` or `exclude`). */
  fileSets?: readonly string[];
  /** Problems in the config file, reported on that file (rule id `config-invalid`). */
  findings: Finding[];
}

/** What analysing one file yields: the parsed stories and the findings after severities and suppressions. */
export interface FileAnalysis {
  file: ParsedFile;
  findings: Finding[];
}
