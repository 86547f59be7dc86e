// The `storybank` command line: check, coverage, questions, init. A thin adapter over the core: it finds story
// files, reads them, asks the core to analyse them, and prints the result as text, JSON or SARIF.
import { statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../package.json';
import { analyseMany, poolWorkerCount, serveIfAnalysisWorker, type AnalysisJob } from './analysisPool';
import { analyzeFile } from './core/analyze';
import { analysisBudgetMs, GuardedAnalyzer, OFF_THREAD_CHARS } from './guardedAnalysis';
import type { BankIndex } from './core/bank';
import { BankService } from './core/bankService';
import { plural } from './core/text';
import { createFileAtomic } from './createFile';
import { ConfigResolver } from './configFiles';
import { globRoot, readStoryText, storyDecision, walkFolder, type LeftOut } from './discovery';
import { markdownTableCell, printable } from './core/escape';
import { QUESTION_SETS, THEMES, isCustomQuestionId, questionCatalog, questionIdAsWritten, questionLabel } from './core/knowledge';
import { ALL_RULES_META, ruleDocUrl, ruleMeta } from './core/rules';
import { ruleDisplayName, ruleDocSummary, ruleDocText } from './core/ruleDocs';
import { readRuleDoc } from './ruleDocFiles';
import { compileRegexOnce } from './regexTier';
import { STARTER_BANK } from './core/templates';
import type { Config, ConfigResult, FileAnalysis, Finding, RuleMeta, Severity } from './core/types';

// Before any analysis: each pattern compiled once (see regexTier.ts).
compileRegexOnce();

const VERSION: string = (pkg as { version: string }).version;
const HOMEPAGE: string = (pkg as { homepage: string }).homepage;

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Where the CLI writes; tests and the benchmark can capture it. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether stdout is a terminal (colours are used only then). */
  isTTY: boolean;
  /** The terminal's width in columns, when stdout is a terminal: text output is wrapped to it. */
  columns?: number;
  env: Record<string, string | undefined>;
}

class UsageError extends Error {}

const USAGE = `Story Bank: check behavioral-interview stories written in Markdown.

Usage:
  storybank check [paths...]      Check story files (default: the current folder)
      --format text|json|sarif      output format (default: text)
      --max-warnings N              exit 1 when there are more than N warnings
      --config FILE                 use this config file instead of the nearest .storybank.yml
      --no-color                    plain text even in a terminal (NO_COLOR works too)
      --verbose                     list the Markdown files left out, and why
      --bank                        run the bank checks (theme gaps, ...) when only files are named
      --summary                     one line per rule (how many, which files) instead of every finding
      --width N                     wrap the text at N columns (default: the terminal's width; none in a pipe)
  storybank coverage [paths...]   Show which themes and questions the bank covers
      --format text|markdown|json
  storybank questions             List the 35 standard questions by theme
      --format text|json
  storybank init [dir]            Write a starter bank into dir (default: the current folder); never overwrites
  storybank explain [rule]        Print a rule's documentation (no rule: list the rules)
  storybank --help | --version

Exit codes: 0 no problems, 1 errors (or more warnings than --max-warnings), 2 usage, config or read error.`;

// ---------------------------------------------------------------------------------------------------------
// Colours

interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

function paint(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

function useColor(io: CliIO, noColor: boolean): boolean {
  if (noColor) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY;
}

// ---------------------------------------------------------------------------------------------------------
// Finding files

/** Relative path from the working folder with forward slashes (what every output shows). */
function display(io: CliIO, abs: string): string {
  const rel = relative(io.cwd, abs);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

interface StoryInput {
  path: string; // absolute
  text: string;
  config: Config;
  configPath?: string;
}

interface Collected {
  stories: StoryInput[];
  /** Config results by config file path (each printed once). */
  configs: Map<string, ConfigResult>;
  /** Paths that were named but could not be read. */
  unreadable: string[];
  /** Markdown files (and links, folders) found but not checked, with the reason. */
  leftOut: LeftOut[];
  /** True when every path named is a file (no folder): bank rules then run only with --bank. */
  onlyFiles: boolean;
}

class ConfigSource {
  private readonly resolver: ConfigResolver;

  constructor(
    io: CliIO,
    forcedPath: string | undefined,
    private readonly configs: Map<string, ConfigResult>,
  ) {
    if (forcedPath !== undefined) {
      const abs = resolve(io.cwd, forcedPath);
      try {
        if (!statSync(abs).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      } catch (e) {
        throw new UsageError(`cannot read config file ${forcedPath}: ${reason(e)}`);
      }
      this.resolver = new ConfigResolver({ configFile: abs });
    } else {
      this.resolver = new ConfigResolver();
    }
  }

  /** The config for a story file (recorded so its findings are printed once). */
  forFile(absPath: string): ConfigResult {
    const result = this.resolver.forFile(absPath);
    this.note(result);
    return result;
  }

  /** A config file found by the walk: its findings are reported even when it applies to no story. */
  found(configPath: string): void {
    this.note(this.resolver.forFile(join(dirname(configPath), '_')));
  }

  private note(result: ConfigResult): void {
    if (result.path !== undefined && !this.configs.has(result.path)) this.configs.set(result.path, result);
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return e instanceof Error ? e.message : String(e);
}

/** The files to check (discovery.ts decides which walked files are stories, the same way as the server). */
function collect(io: CliIO, paths: string[], configPath: string | undefined): Collected {
  const configs = new Map<string, ConfigResult>();
  const source = new ConfigSource(io, configPath, configs);
  const stories: StoryInput[] = [];
  const unreadable: string[] = [];
  const leftOut: LeftOut[] = [];
  const seen = new Set<string>();
  let onlyFiles = true;
  /** A file's text the first time it is met; undefined when met before, or unreadable (said on stderr). */
  const readOnce = (file: string): string | undefined => {
    if (seen.has(file)) return undefined;
    seen.add(file);
    const read = readStoryText(file);
    if (read.text === undefined) {
      io.err(`storybank: cannot read ${display(io, file)}: ${read.reason}\n`);
      unreadable.push(file);
    }
    return read.text;
  };

  const named = paths.length > 0 ? paths : ['.'];
  for (const given of named) {
    const abs = resolve(io.cwd, given);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (e) {
      io.err(`storybank: cannot read ${given}: ${reason(e)}\n`);
      unreadable.push(abs);
      continue;
    }
    if (!isDir) {
      // A file named on the command line is always checked.
      const text = readOnce(abs);
      if (text !== undefined) {
        const result = source.forFile(abs);
        stories.push({ path: abs, text, config: result.config, configPath: result.path });
      }
      continue;
    }
    onlyFiles = false;
    const walked = walkFolder(abs);
    leftOut.push(...walked.leftOut);
    for (const c of walked.configs) source.found(c);
    for (const file of walked.markdown) {
      const text = readOnce(file);
      if (text === undefined) continue;
      const result = source.forFile(file);
      const decision = storyDecision(file, text, result, 'cli-folder', globRoot(result, abs));
      if (!decision.story) {
        leftOut.push({ path: file, reason: decision.reason });
        continue;
      }
      stories.push({ path: file, text, config: result.config, configPath: result.path });
    }
  }
  return { stories, configs, unreadable, leftOut, onlyFiles };
}

// ---------------------------------------------------------------------------------------------------------
// Analysis

interface CheckResult {
  collected: Collected;
  analyses: FileAnalysis[];
  bank: BankIndex;
  findings: Finding[];
  configFindings: Finding[];
  storyCount: number;
}

/**
 * Analyses every story file. Large banks are split over worker threads (analysisPool.ts: each loads this same
 * bundle and runs analyzeFile on the files it is sent); the main thread analyses files too. A worker that fails
 * has its files redone here.
 */
async function analyseAll(io: CliIO, stories: StoryInput[]): Promise<FileAnalysis[]> {
  const jobs: AnalysisJob[] = stories.map((s) => ({ path: s.path, text: s.text, config: s.config }));
  // Large files are checked one at a time in a worker thread under the same time budget as in the editor
  // (guardedAnalysis.ts), so one pathological file cannot stall a CI run: past its budget it gets a
  // `file-skipped` finding. The rest go to the pool.
  const large = jobs.flatMap((j, i) => (j.text.length >= OFF_THREAD_CHARS ? [i] : []));
  const guard = large.length > 0 ? new GuardedAnalyzer(__filename, (chars) => analysisBudgetMs(chars, io.env), 'To check it however long it takes, run storybank with STORYBANK_ANALYSIS_BUDGET_MS=0.') : undefined;
  const guarded = Promise.all(large.map(async (i) => [i, await guard?.run(jobs[i])] as const));
  const isLarge = new Set(large);
  const small = jobs.flatMap((_, i) => (isLarge.has(i) ? [] : [i]));
  const smallResults = await analyseMany(
    small.map((i) => jobs[i]),
    {
      workers: poolWorkerCount(small.length, io.env), // the one worker policy, shared with the server
      script: __filename,
      onWorkerFailed: (why) => io.err(`storybank: a worker thread stopped (${why}); its files were checked on the main thread\n`),
    },
  );
  const results = new Array<FileAnalysis | undefined>(jobs.length);
  smallResults.forEach((r, k) => (results[small[k]] = r?.analysis));
  for (const [i, r] of await guarded) results[i] = r?.analysis; // undefined: the worker failed to start
  guard?.close();
  return results.map((r, i) => r ?? analyzeFile(jobs[i].text, jobs[i].path, jobs[i].config));
}

/**
 * Finds, reads and analyses the files, and runs the bank rules over them, unless only files were named (bank
 * rules judge a bank the user did not ask about then) and `--bank` was not given.
 */
async function analyse(io: CliIO, paths: string[], configPath: string | undefined, opts: { bank?: boolean } = {}): Promise<CheckResult> {
  const collected = collect(io, paths, configPath);
  const service = new BankService();
  const analyses = await analyseAll(io, collected.stories);
  collected.stories.forEach((s, i) => service.set(s.path, analyses[i], s.config, s.configPath));
  service.takeChanges();
  const bank = service.bank;
  const configFindings = [...collected.configs.values()].flatMap((c) => c.findings);
  const withBank = opts.bank === true || !collected.onlyFiles;
  const findings = [...analyses.flatMap((a) => a.findings), ...(withBank ? bank.bankFindings() : [])];
  findings.sort(compareFindings);
  configFindings.sort(compareFindings);
  const storyCount = analyses.reduce((n, a) => n + a.file.stories.length, 0);
  return { collected, analyses, bank, findings, configFindings, storyCount };
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function count(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}


// ---------------------------------------------------------------------------------------------------------
// check

/** What was found but not checked: a count with a hint, or with --verbose the list, one reason each. */
function leftOutText(io: CliIO, leftOut: readonly LeftOut[], verbose: boolean): string[] {
  if (leftOut.length === 0) return [];
  const head = `${plural(leftOut.length, 'file or folder', 'files and folders')} left out`;
  if (!verbose) return [`${head} (run with --verbose to see which and why).`];
  return [`${head}:`, ...leftOut.map((l) => `  ${printable(display(io, l.path))}: ${l.reason}`)];
}

/**
 * Words of `text` in lines of at most `width` characters (a longer word gets a line of its own), each line after
 * the first starting with `indent`. No width: one line.
 */
export function wrapText(text: string, width: number | undefined, indent = '', firstIndent = indent): string[] {
  if (width === undefined) return [firstIndent + text];
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (lineHasWord ? ' ' : '') + word;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}

/** The width text output is wrapped to: --width, else the terminal's (none when stdout is not a terminal). */
function outputWidth(io: CliIO, option: string | undefined): number | undefined {
  if (option !== undefined) {
    if (!/^\d+$/.test(option) || Number(option) < 40) throw new UsageError(`--width needs a whole number of columns, 40 or more, got "${option}"`);
    return Number(option);
  }
  return io.isTTY && io.columns !== undefined && io.columns >= 40 ? io.columns : undefined;
}

function severityWord(c: Paint, s: Severity): string {
  return s === 'error' ? c.red('error  ') : s === 'warning' ? c.yellow('warning') : c.blue('info   ');
}

function summaryLine(c: Paint, all: readonly Finding[], storyCount: number): string {
  const n = count(all);
  const total = n.errors + n.warnings + n.infos;
  const summary = `${plural(total, 'problem')} (${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')}, ${plural(n.infos, 'info')}) in ${plural(storyCount, 'story', 'stories')}`;
  return n.errors > 0 ? c.red(c.bold(summary)) : n.warnings > 0 ? c.yellow(c.bold(summary)) : c.green(c.bold(summary));
}

/** The last line of the text output: what to do next, given what was found. */
function nextStep(all: readonly Finding[], summary: boolean): string {
  const n = count(all);
  if (n.errors + n.warnings + n.infos === 0) return 'Next: "storybank coverage" shows which questions your stories answer and where the gaps are.';
  const explain = '"storybank explain RULE" says what a rule looks for and how to fix what it finds';
  if (summary) return `Next: run the same check without --summary to see each finding at its line; ${explain}.`;
  if (n.errors + n.warnings > 0) return `Next: fix the ${n.errors > 0 ? 'errors' : 'warnings'} first (infos are suggestions); ${explain}.`;
  return `Next: the infos are suggestions, take the ones that fit; ${explain}.`;
}

function formatText(io: CliIO, r: CheckResult, color: boolean, opts: { verbose?: boolean; width?: number; summary?: boolean } = {}): string {
  const c = paint(color);
  const { width } = opts;
  const all = [...r.configFindings, ...r.findings];
  const lines: string[] = [];
  if (opts.summary) {
    lines.push(...formatSummaryRows(io, c, all, width));
  } else {
    let lastFile: string | undefined;
    const byFile = new Map<string, Finding[]>();
    for (const f of all) {
      const list = byFile.get(f.path) ?? [];
      list.push(f);
      byFile.set(f.path, list);
    }
    for (const [path, list] of byFile) {
      if (lastFile !== undefined) lines.push('');
      lastFile = path;
      const file = printable(display(io, path));
      const locs = list.map((f) => `${file}:${f.range.start.line}:${f.range.start.column}`);
      const locWidth = Math.max(...locs.map((l) => l.length));
      list.forEach((f, i) => {
        if (width === undefined) {
          // One line a finding (for pipes, logs and grep).
          lines.push(`${c.bold(locs[i].padEnd(locWidth))}  ${severityWord(c, f.severity)}  ${printable(f.message)}  ${c.dim(f.ruleId)}`);
        } else {
          // In a terminal: where, how bad and which rule on one line; the message wrapped below it.
          lines.push(`${c.bold(locs[i])}  ${severityWord(c, f.severity).trimEnd()}  ${c.dim(f.ruleId)}`);
          lines.push(...wrapText(printable(f.message), width, '    '));
        }
      });
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(c, all, r.storyCount));
  lines.push(...leftOutText(io, r.collected.leftOut, opts.verbose === true).map((l) => c.dim(l)));
  lines.push(...wrapText(nextStep(all, opts.summary === true), width));
  return lines.join('\n') + '\n';
}

/** --summary: one row per rule (most severe first, then the most frequent): severity, rule, count, the files. */
function formatSummaryRows(io: CliIO, c: Paint, all: readonly Finding[], width: number | undefined): string[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of all) {
    const list = byRule.get(f.ruleId) ?? [];
    list.push(f);
    byRule.set(f.ruleId, list);
  }
  const order = { error: 0, warning: 1, info: 2 } as const;
  const worst = (list: Finding[]): Severity => list.reduce<Severity>((w, f) => (order[f.severity] < order[w] ? f.severity : w), 'info');
  const rows = [...byRule.entries()].sort(([a, x], [b, y]) => order[worst(x)] - order[worst(y)] || y.length - x.length || (a < b ? -1 : 1));
  const ruleWidth = Math.max(0, ...rows.map(([id]) => id.length));
  const countWidth = Math.max(0, ...rows.map(([, list]) => String(list.length).length));
  const lines: string[] = [];
  for (const [id, list] of rows) {
    const files = [...new Set(list.map((f) => basename(display(io, f.path))))];
    const named = files.length <= 2 ? files.join(', ') : `${files.slice(0, 2).join(', ')} and ${files.length - 2} more`;
    const head = `${severityWord(c, worst(list))}  ${id.padEnd(ruleWidth)}  ${String(list.length).padStart(countWidth)}  `;
    const plainHead = `${worst(list).padEnd(7)}  ${id.padEnd(ruleWidth)}  ${String(list.length).padStart(countWidth)}  `;
    const pad = ' '.repeat(plainHead.length);
    const wrapped = wrapText(printable(named), width, pad, pad);
    lines.push(head + c.dim(wrapped[0].slice(pad.length)), ...wrapped.slice(1).map((l) => c.dim(l)));
  }
  return lines;
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  message: string;
}

function toJson(io: CliIO, f: Finding): JsonFinding {
  return {
    file: display(io, f.path),
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    rule: f.ruleId,
    severity: f.severity,
    message: f.message,
  };
}


function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'info' ? 'note' : s;
}

/** A SARIF reportingDescriptor: a readable name, the description, and the rule page (bundled with the CLI) as
 * fullDescription (its summary) and help (the whole page, as text and as Markdown). */
function sarifRule(m: RuleMeta): Record<string, unknown> {
  const page = readRuleDoc(m.id);
  const description = m.description.replace(/`/g, '');
  return {
    id: m.id,
    name: ruleDisplayName(m.id),
    shortDescription: { text: description },
    fullDescription: { text: (page !== undefined ? ruleDocSummary(page) : undefined) ?? description },
    ...(page !== undefined ? { help: { text: ruleDocText(page), markdown: page } } : {}),
    helpUri: ruleDocUrl(m.id),
    defaultConfiguration: { level: sarifLevel(m.defaultSeverity) },
    properties: { tags: m.tags },
  };
}

function formatSarif(io: CliIO, r: CheckResult): string {
  const rules: RuleMeta[] = [...ALL_RULES_META];
  const all = [...r.configFindings, ...r.findings];
  for (const f of all) {
    if (!rules.some((m) => m.id === f.ruleId)) rules.push({ id: f.ruleId, description: f.ruleId, defaultSeverity: f.severity, tags: [], scope: 'file' });
  }
  const index = new Map(rules.map((m, i) => [m.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'storybank',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOMEPAGE,
            rules: rules.map((m) => sarifRule(m)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(io.cwd) } },
        results: all.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId) ?? 0,
          level: sarifLevel(f.severity),
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(display(io, f.path)), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: f.range.start.line,
                  startColumn: f.range.start.column,
                  endLine: f.range.end.line,
                  endColumn: f.range.end.column,
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function pathToFileUri(dir: string): string {
  const p = dir.split(sep).join('/');
  return encodeURI(`file://${p.startsWith('/') ? '' : '/'}${p}${p.endsWith('/') ? '' : '/'}`);
}

async function runCheck(io: CliIO, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      'max-warnings': { type: 'string' },
      config: { type: 'string' },
      'no-color': { type: 'boolean', default: false },
      color: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      bank: { type: 'boolean', default: false },
      summary: { type: 'boolean', default: false },
      width: { type: 'string' },
    },
  });
  const format = values.format ?? 'text';
  const width = outputWidth(io, values.width);
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown format "${format}" for check (use text, json or sarif)`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^-?\d+$/.test(raw)) throw new UsageError(`--max-warnings needs a whole number, got "${raw}"`);
    maxWarnings = Number(raw);
  }
  const r = await analyse(io, positionals, values.config, { bank: values.bank === true });
  if (format === 'json') io.out(JSON.stringify([...r.configFindings, ...r.findings].map((f) => toJson(io, f)), null, 2) + '\n');
  else if (format === 'sarif') io.out(formatSarif(io, r));
  else io.out(formatText(io, r, useColor(io, values['no-color'] === true), { verbose: values.verbose === true, width, summary: values.summary === true }));
  if (format !== 'text' && values.verbose === true) for (const l of leftOutText(io, r.collected.leftOut, true)) io.err(l + '\n');

  const configError = r.configFindings.some((f) => f.severity === 'error');
  if (configError || r.collected.unreadable.length > 0) return EXIT_USAGE;
  const n = count([...r.configFindings, ...r.findings]);
  if (n.errors > 0) return EXIT_PROBLEMS;
  if (maxWarnings >= 0 && n.warnings > maxWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------------------
// coverage

interface CoverageStory {
  file: string;
  title: string;
  index: number;
}

export interface CoverageData {
  stories: number;
  questionsCovered: number;
  questionsTotal: number;
  themesCovered: number;
  themesTotal: number;
  themes: {
    id: string;
    name: string;
    covered: boolean;
    stories: CoverageStory[];
    /** 6, or "c1" for a custom question. */
    questions: { id: number | string; short: string; text: string; stories: CoverageStory[] }[];
  }[];
}

function coverageData(io: CliIO, bank: BankIndex): CoverageData {
  const titles = new Map<string, string>();
  for (const s of bank.stories()) titles.set(`${s.path}#${s.index}`, s.story.title);
  const ref = (r: { path: string; index: number }): CoverageStory => ({
    file: display(io, r.path),
    title: titles.get(`${r.path}#${r.index}`) ?? '',
    index: r.index,
  });
  const coverage = bank.coverage();
  const catalog = bank.catalog();
  const byQuestion = new Map(coverage.questions.map((q) => [q.id, q]));
  const themes = coverage.themes.map((t) => {
    const questions = t.questions.map((id) => {
      const q = catalog.byId(id);
      return { id: isCustomQuestionId(id) ? questionIdAsWritten(id) : id, short: q?.short ?? `Question ${id}`, text: q?.text ?? '', stories: (byQuestion.get(id)?.stories ?? []).map(ref) };
    });
    return { id: t.id, name: t.name, covered: t.stories.length > 0, stories: t.stories.map(ref), questions };
  });
  return {
    stories: titles.size,
    questionsCovered: coverage.questions.filter((q) => q.stories.length > 0).length,
    questionsTotal: catalog.questions.length,
    themesCovered: themes.filter((t) => t.covered).length,
    themesTotal: THEMES.length,
    themes,
  };
}

function formatCoverageText(d: CoverageData, color: boolean): string {
  const c = paint(color);
  const lines: string[] = [];
  const width = Math.max(...d.themes.flatMap((t) => t.questions.map((q) => q.short.length)));
  for (const t of d.themes) {
    const covered = t.questions.filter((q) => q.stories.length > 0).length;
    const head = `${printable(t.name)}  ${covered}/${t.questions.length} questions, ${plural(t.stories.length, 'story', 'stories')}`;
    lines.push(t.covered ? c.bold(head) : c.red(c.bold(head)));
    for (const q of t.questions) {
      const id = (typeof q.id === 'number' ? `Q${q.id}` : q.id).padEnd(4);
      if (q.stories.length === 0) {
        lines.push(`  ${c.red('✗')} ${id} ${printable(q.short)} — no story`);
      } else {
        const n = plural(q.stories.length, 'story', 'stories');
        lines.push(`  ${c.green('✓')} ${id} ${printable(q.short).padEnd(width)}  ${n}: ${c.dim(q.stories.map((s) => printable(s.title)).join('; '))}`);
      }
    }
    lines.push('');
  }
  lines.push(
    c.bold(
      `${d.questionsCovered} of ${d.questionsTotal} questions, ${d.themesCovered} of ${d.themesTotal} themes covered by ${plural(d.stories, 'story', 'stories')}`,
    ),
  );
  return lines.join('\n') + '\n';
}

function formatCoverageMarkdown(d: CoverageData): string {
  const lines = ['| Theme | Question | Stories | Count |', '| --- | --- | --- | ---: |'];
  for (const t of d.themes) {
    for (const q of t.questions) {
      const stories = q.stories.length > 0 ? q.stories.map((s) => markdownTableCell(s.title)).join('<br>') : '✗ no story';
      lines.push(`| ${markdownTableCell(t.name)} | ${typeof q.id === 'number' ? `Q${q.id}` : q.id} ${markdownTableCell(q.short)} | ${stories} | ${q.stories.length} |`);
    }
  }
  lines.push('', `${d.questionsCovered} of ${d.questionsTotal} questions, ${d.themesCovered} of ${d.themesTotal} themes covered by ${plural(d.stories, 'story', 'stories')}.`);
  return lines.join('\n') + '\n';
}

async function runCoverage(io: CliIO, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      'no-color': { type: 'boolean', default: false },
    },
  });
  const format = values.format ?? 'text';
  if (!['text', 'markdown', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" for coverage (use text, markdown or json)`);
  const r = await analyse(io, positionals, values.config);
  const d = coverageData(io, r.bank);
  if (format === 'json') io.out(JSON.stringify(d, null, 2) + '\n');
  else if (format === 'markdown') io.out(formatCoverageMarkdown(d));
  else io.out(formatCoverageText(d, useColor(io, values['no-color'] === true)));
  const configError = r.configFindings.some((f) => f.severity === 'error');
  return configError || r.collected.unreadable.length > 0 ? EXIT_USAGE : EXIT_OK;
}

// ---------------------------------------------------------------------------------------------------------
// questions

function runQuestions(io: CliIO, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { format: { type: 'string', default: 'text' }, config: { type: 'string' }, 'no-color': { type: 'boolean', default: false } },
  });
  if (positionals.length > 0) throw new UsageError(`questions takes no paths (got "${positionals[0]}")`);
  const format = values.format ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" for questions (use text or json)`);
  // The catalog of the bank the command runs in: the config that applies to a story in the working folder.
  const config = new ConfigSource(io, values.config, new Map()).forFile(join(io.cwd, '_'));
  for (const f of config.findings) io.err(`${config.path ? display(io, config.path) : '.storybank.yml'}:${f.range.start.line}:${f.range.start.column}  ${printable(f.message)}\n`);
  const catalog = questionCatalog(config.config);
  if (format === 'json') {
    const data = catalog.themes.map((t) => ({
      id: t.id,
      name: t.name,
      questions: t.questions.map((id) => {
        const q = catalog.byId(id);
        return { id: isCustomQuestionId(id) ? questionIdAsWritten(id) : id, short: q?.short, text: q?.text, evaluates: q?.evaluates, followUps: q?.followUps };
      }),
    }));
    io.out(JSON.stringify(data, null, 2) + '\n');
    return EXIT_OK;
  }
  const c = paint(useColor(io, values['no-color'] === true));
  const lines: string[] = [];
  for (const t of catalog.themes) {
    lines.push(c.bold(`${t.name} (${t.id})`));
    for (const id of t.questions) lines.push(`  ${questionLabel(id).padEnd(4)} ${printable(catalog.byId(id)?.text ?? '')}`);
    lines.push('');
  }
  const set = QUESTION_SETS.find((s) => s.id === catalog.set);
  const changes = [catalog.set !== 'ml' && set ? `wording: ${set.name.toLowerCase()}` : '', catalog.dropped.size > 0 ? `${catalog.dropped.size} dropped` : '', catalog.questions.some((q) => isCustomQuestionId(q.id)) ? `${catalog.questions.filter((q) => isCustomQuestionId(q.id)).length} your own` : ''].filter(Boolean);
  lines.push(`${catalog.questions.length} questions in ${THEMES.length} themes${changes.length > 0 ? ` (${changes.join(', ')}; from ${config.path ? display(io, config.path) : 'the config'})` : ''}.`);
  lines.push('Next: tag a story (questions: [6, 10]); edit the list in .storybank.yml.');
  io.out(lines.join('\n') + '\n');
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------------------
// init

function runInit(io: CliIO, args: string[]): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  if (positionals.length > 1) throw new UsageError('init takes one folder');
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const created: string[] = [];
  const skipped: string[] = [];
  for (const file of STARTER_BANK) {
    const target = resolve(dir, file.path);
    const shown = display(io, target);
    try {
      // Atomic and never replacing: an interrupted init leaves no half-written file, a rerun finishes the job.
      (createFileAtomic(target, file.content, dir) === 'created' ? created : skipped).push(shown);
    } catch (e) {
      io.err(`storybank: cannot write ${shown}: ${reason(e)}\n`);
      return EXIT_USAGE;
    }
  }
  const lines: string[] = [];
  for (const f of created) lines.push(`created  ${f}`);
  for (const f of skipped) lines.push(`skipped  ${f} (already exists, left unchanged)`);
  const where = display(io, dir);
  lines.push(
    '',
    created.length > 0 ? `Wrote ${plural(created.length, 'file')}.` : 'Nothing written: every file of the starter bank is already there.',
    'Next steps:',
    `  storybank questions              pick the questions your stories should answer`,
    `  storybank check ${where.padEnd(16)} see what each story still needs`,
    `  storybank coverage ${where.padEnd(13)} see which themes and questions have no story yet`,
  );
  io.out(lines.join('\n') + '\n');
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------------------
// explain

/** Prints the rule page that ships with the CLI (docs/rules/<id>.md), or the list of rules. */
function runExplain(io: CliIO, args: string[]): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  if (positionals.length > 1) throw new UsageError('explain takes one rule id, for example "storybank explain missing-metric"');
  const id = positionals[0];
  if (id === undefined) {
    const width = Math.max(...ALL_RULES_META.map((m) => m.id.length));
    const lines = ALL_RULES_META.map((m) => `  ${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)}  ${m.description.replace(/`/g, '')}`);
    io.out(`Rules (id, default severity, what it finds). "storybank explain <rule>" prints a rule's page.\n\n${lines.join('\n')}\n`);
    return EXIT_OK;
  }
  if (ruleMeta(id) === undefined) {
    const near = ALL_RULES_META.map((m) => m.id).filter((r) => r.includes(id) || id.includes(r) || r.split('-').some((w) => w.length > 3 && id.includes(w)));
    const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ' "storybank explain" lists the rules.';
    throw new UsageError(`there is no rule "${id}".${hint}`);
  }
  const page = readRuleDoc(id);
  if (page === undefined) {
    io.err(`storybank: the page for "${id}" is not installed with this copy (docs/rules/${id}.md is missing). It is also at ${ruleDocUrl(id)}\n`);
    return EXIT_USAGE;
  }
  io.out(page.endsWith('\n') ? page : `${page}\n`);
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------------------
// main

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.out(USAGE + '\n');
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command === '-v' || command === '--version') {
      io.out(VERSION + '\n');
      return EXIT_OK;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(USAGE + '\n');
      return EXIT_OK;
    }
    switch (command) {
      case 'check':
        return await runCheck(io, rest);
      case 'coverage':
        return await runCoverage(io, rest);
      case 'questions':
        return runQuestions(io, rest);
      case 'init':
        return runInit(io, rest);
      case 'explain':
        return runExplain(io, rest);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (e instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.err(`storybank: ${(e as Error).message}\nRun "storybank --help" for usage.\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

function processIO(): CliIO {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
    env: process.env,
  };
}

// This module is the bundle's entry point (dist/cli.js, loaded by bin/storybank.js): it runs on load. In a worker
// thread started by analyseAll (analysisPool.ts) it serves analysis jobs instead.
if (!serveIfAnalysisWorker()) {
  main(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`storybank: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
