// The wire contract between the Story Bank language server and its clients: settings, the bank-index request
// and its change notification. Typed once here; the VS Code client imports this module.
// Positions on the wire are LSP positions (0-based line and character).
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { BankHealthKind } from './core/bank';
import type { CompanyId, PartName, ThemeId } from './core/types';

/** `storybank.*` settings as the server pulls them per resource with workspace/configuration (from the settings table). */
import type { StoryBankSettings } from './core/settings';
export type { StoryBankSettings };

export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface BankStoryInfo {
  /** Stable key: `${uri}#${index}`. */
  key: string;
  uri: string;
  /** Index of the story within its file. */
  index: number;
  title: string;
  titleRange: WireRange;
  project?: string;
  questions: number[];
  themes: ThemeId[];
  companies: string[];
  lastPracticed?: string;
  wordCount: number;
  spokenSeconds: number;
  problems: ProblemCounts;
}

export interface BankQuestionInfo {
  /** 1..35, or CUSTOM_ID_BASE + n for the bank's custom question `cn`. */
  id: number;
  theme: ThemeId;
  /** The bank's wording (its question set, or the custom question's text), a short label, what it evaluates. */
  text?: string;
  short?: string;
  evaluates?: string;
  /** Follow-up questions worth preparing (the practice drill shows them; a custom question's come from the config). */
  followUps?: string[];
  /** Keys of the stories that answer it. */
  stories: string[];
}

export interface BankThemeInfo {
  id: ThemeId;
  questions: number[];
  coveredQuestions: number;
  stories: string[];
}

/** Kinds of bank-health items: defined once by the core's bank index. */
export type { BankHealthKind };

export interface BankHealthInfo {
  kind: BankHealthKind;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** What the item is about, when it is about a file. */
  uri?: string;
  range?: WireRange;
  theme?: ThemeId;
  question?: number;
}

export interface BankIndex {
  /** Increases with every change of the index. */
  version: number;
  /** True while the initial indexing runs. */
  indexing: boolean;
  stories: BankStoryInfo[];
  themes: BankThemeInfo[];
  questions: BankQuestionInfo[];
  health: BankHealthInfo[];
  /** ISO time of the last analysis. */
  updated: string;
}

export namespace BankIndexRequest {
  export const method = 'storybank/bankIndex';
  export const type = new RequestType0<BankIndex, void>(method);
}

export interface BankIndexChangedParams {
  version: number;
}

export namespace BankIndexChangedNotification {
  export const method = 'storybank/bankIndexChanged';
  export const type = new NotificationType<BankIndexChangedParams>(method);
}

/** Asks the server to re-read and re-check every story in the workspace (the Check Whole Bank command). */
export namespace CheckBankRequest {
  export const method = 'storybank/checkBank';
  export const type = new RequestType0<{ stories: number; findings: number }, void>(method);
}

/** Counters for benchmarks and tests: how much work the server has done since it started. */
export interface ServerStats {
  /** Files analysed (each `analyzeFile` call). */
  analyses: number;
  /** Milliseconds spent in the core deciding what is a story and analysing it (`isStoryFile` + `analyzeFile`). */
  analysisMs: number;
  /** Story files in the index. */
  stories: number;
  /** Diagnostics publications sent. */
  publishes: number;
  /** Memory of the server process in MB: resident set and the JavaScript heap in use. */
  rssMb: number;
  heapUsedMb: number;
  indexing: boolean;
}

export namespace StatsRequest {
  export const method = 'storybank/stats';
  export const type = new RequestType0<ServerStats, void>(method);
}

/** Client-side command the "open the rule's documentation" code action runs in VS Code, with the doc URL as its
 * argument (the client says it has it with `initializationOptions.openRuleDocCommand`). */
export const OPEN_RULE_DOC_COMMAND = 'storybank.openRuleDoc';

/** Server-side command (executeCommandProvider) for other clients, with the rule id and the doc URL: the server
 * asks the client to show the bundled page (window/showDocument), or says where it is. */
export const SHOW_RULE_DOC_COMMAND = 'storybank.server.showRuleDocumentation';

/** Client-side command a quick fix runs after its edit, with the document URI and the range (in the edited text) to
 * show: the editor scrolls to it and selects it (the client says it has it with `initializationOptions.revealCommand`). */
export const REVEAL_RANGE_COMMAND = 'storybank.revealRange';

/** What a diagnostic's `data` carries: the rule id and the fixes computed by the rule, in LSP positions. */
export interface DiagnosticData {
  ruleId: string;
  fixes?: { title: string; edits: { range: WireRange; newText: string }[] }[];
}

/** `initializationOptions` a client may send. */
export interface StoryBankInitializationOptions {
  /** The client watches `**\/*.md` and `.storybank.yml` itself; the server then registers no watchers. */
  clientWatchesFiles?: boolean;
  /** The client has OPEN_RULE_DOC_COMMAND: code actions use it instead of the server's SHOW_RULE_DOC_COMMAND. */
  openRuleDocCommand?: boolean;
  /** The client has REVEAL_RANGE_COMMAND: a fix that inserts text to fill in (a part, a metric) runs it after its edit. */
  revealCommand?: boolean;
  /** Settings for clients without workspace/configuration (used for every resource). */
  settings?: StoryBankSettings;
  /**
   * A folder where the server keeps the analyses of its whole index between runs (a file path), so that the next
   * run analyses only the stories that changed; none is kept without it.
   */
  cacheDir?: string;
  /** Web build: the URI of the extension's docs/rules folder; findings link to `<ruleDocsBase>/<id>.md`. */
  ruleDocsBase?: string;
}

export type { CompanyId, ThemeId, PartName };

// The web build (VS Code for the Web): the server runs in a web worker with no file system, and reads the bank
// through the client, which answers with `vscode.workspace.fs` (client/src/browser.ts).

/** The bank's candidate files under the workspace folders: Markdown files and config files (no node_modules). */
export interface ListFilesResult {
  uris: string[];
  /** Set when the listing stopped at its limit; the files beyond it are not checked. */
  truncated?: boolean;
}

/** Server → client: the Markdown and config files of the workspace folders. */
export namespace ListFilesRequest {
  export const method = 'storybank/listFiles';
  export const type = new RequestType<{ folders: string[] }, ListFilesResult, void>(method);
}

/** A file's text, or why it could not be read (the file is then left out, and the reason logged). */
export interface ReadFileResult {
  text?: string;
  error?: string;
  /** The file's size in bytes, when it was not read because it is larger than the request's `maxBytes`. */
  size?: number;
}

/**
 * Server → client: one file's text, read with the editor's file system. With `maxBytes`, a larger file is not read:
 * the answer is an error with its `size` (config files are asked for with MAX_CONFIG_BYTES, as the Node server
 * measures them before reading).
 */
export namespace ReadFileRequest {
  export const method = 'storybank/readFile';
  export const type = new RequestType<{ uri: string; maxBytes?: number }, ReadFileResult, void>(method);
}
