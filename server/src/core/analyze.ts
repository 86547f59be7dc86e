// Analyses one file: parse once, run every story rule, then apply config severities and suppression comments.
import { forgetLanguage } from './nlp/index';
import { parseFile } from './parse';
import { STORY_RULES } from './rules/index';
import { answerOf } from './rules/kind';
import type { Report, StoryRule, StoryRuleContext } from './rules/rule';
import { memoByText } from './memo';
import { LineIndex } from './text';
import { replacementProblem } from './encoding';
import type { Config, FileAnalysis, Finding, ParsedFile, Range, Severity, Story, Suppression } from './types';

/** Files larger than this (in UTF-8 bytes) are not analysed; they get one `file-skipped` finding. */
export const MAX_FILE_BYTES = 1_000_000;

/** How many characters at the start are looked at to decide whether a file is text. */
const BINARY_SNIFF_CHARS = 8000;

/** The UTF-8 length of the text, counted without Node's Buffer (the core also runs in a web worker). */
export function utf8Bytes(text: string): number {
  if (text.length > MAX_FILE_BYTES) return text.length; // at least one byte per code unit: over the limit anyway
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair: one code point of four bytes
      i++;
    } else n += 3; // lone surrogates become U+FFFD, three bytes, as Buffer counts them
  }
  return n;
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`;
}

const START: Range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function skipped(text: string, path: string, reason: string, message: string): FileAnalysis {
  const file: ParsedFile = { path, text, stories: [], suppressions: [], skipped: reason };
  const finding: Finding = { ruleId: 'file-skipped', severity: 'info', message, path, range: START };
  return { file, findings: [finding] };
}

/** Why the file should not be analysed, if it should not. */
function skipReason(text: string, path: string): FileAnalysis | undefined {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_FILE_BYTES) {
    const size = text.length > MAX_FILE_BYTES ? `over ${formatBytes(MAX_FILE_BYTES)}` : formatBytes(bytes);
    return skipped(
      text,
      path,
      'too-large',
      `This file is ${size}, more than the ${formatBytes(MAX_FILE_BYTES)} storybank analyses, so it was not checked. Split it into one file per story (or a few stories per file).`,
    );
  }
  if (text.slice(0, BINARY_SNIFF_CHARS).includes('\u0000')) {
    return skipped(
      text,
      path,
      'binary',
      'This file contains NUL bytes and does not look like text, so it was not checked. Save the story as plain UTF-8 Markdown.',
    );
  }
  return undefined;
}

function effectiveSeverity(ruleId: string, config: Config, fallback: Severity): Severity | undefined {
  const setting = config.rules?.[ruleId];
  if (setting === 'off') return undefined;
  if (setting === 'error' || setting === 'warning' || setting === 'info') return setting;
  return fallback;
}

/**
 * One copy of each message and fix text among recent findings. A rule builds its message anew for every story
 * ("The story has no Outcome part: ..."), so a file of thousands of answers kept thousands of equal strings alive
 * until the analysis ended (half of what the analysis of a 300 KB bank of one-line answers held, and the young
 * generation's collector copied them all, twice). Bounded: cleared past MAX_INTERNED entries.
 */
const intern = memoByText((text) => text, 4096);

function runRule(rule: StoryRule, file: ParsedFile, story: Story, config: Config, range: StoryRuleContext['range'], out: Finding[]): void {
  const storyIndex = rule.meta.scope === 'story' ? story.index : undefined;
  const push = (r: Report): void => {
    // A severity set in config wins; otherwise the report's own (too-long past 300 s), then the default.
    const severity = effectiveSeverity(rule.meta.id, config, r.severity ?? rule.meta.defaultSeverity);
    if (severity === undefined) return;
    const f: Finding = { ruleId: rule.meta.id, severity, message: intern(r.message), path: file.path, range: r.range };
    if (r.fixes && r.fixes.length > 0) {
      for (const fix of r.fixes) {
        fix.title = intern(fix.title);
        for (const edit of fix.edits) edit.newText = intern(edit.newText);
      }
      f.fixes = r.fixes;
    }
    if (storyIndex !== undefined) f.storyIndex = storyIndex;
    out.push(f);
  };
  try {
    // One object literal of a fixed shape (a spread of a shared base object went through the runtime on every call).
    // (`range` is made once per file: a closure per rule and story was most of what a story of a bank of thousands
    // of short answers allocated here)
    const ctx: StoryRuleContext = { file, story, config, range, report: push };
    rule.check(ctx);
  } catch (err) {
    // A rule bug must not take the other rules (or the editor) down; say so instead of failing silently.
    if (effectiveSeverity(rule.meta.id, config, 'info') === undefined) return;
    const why = err instanceof Error ? err.message : String(err);
    out.push({
      ruleId: rule.meta.id,
      severity: 'info',
      message: `storybank could not run the ${rule.meta.id} rule on this story (${why}). Other rules still ran; please report this.`,
      path: file.path,
      range: story.titleRange,
      ...(storyIndex !== undefined ? { storyIndex } : {}),
    });
  }
}

/**
 * The findings no suppression comment silences, in their order: the same decision as `isSuppressed` for each,
 * in one pass over the comments and the findings (sorted by offset) instead of every comment for every finding,
 * so a file of thousands of comments and findings stays linear. `suppressions` must be sorted by start offset.
 */
export function unsuppressed(findings: readonly Finding[], suppressions: readonly Suppression[]): Finding[] {
  if (suppressions.length === 0) return [...findings];
  const fileAll = suppressions.some((s) => s.kind === 'disable-file' && s.rules.length === 0);
  if (fileAll) return [];
  const fileRules = new Set(suppressions.filter((s) => s.kind === 'disable-file').flatMap((s) => s.rules));
  const nextLine = new Map<number, { all: boolean; rules: Set<string> }>();
  for (const s of suppressions) {
    if (s.kind !== 'disable-next-line') continue;
    const line = s.range.end.line + 1;
    const entry = nextLine.get(line) ?? { all: false, rules: new Set<string>() };
    if (s.rules.length === 0) entry.all = true;
    for (const r of s.rules) entry.rules.add(r);
    nextLine.set(line, entry);
  }
  const ranges = suppressions.filter((s) => s.kind === 'disable' || s.kind === 'enable');
  const order = findings.map((f, i) => i).sort((a, b) => (findings[a]?.range.start.offset ?? 0) - (findings[b]?.range.start.offset ?? 0));
  const silenced = new Uint8Array(findings.length);
  let all = false;
  const off = new Set<string>();
  const on = new Set<string>();
  let k = 0;
  for (const i of order) {
    const f = findings[i];
    if (!f) continue;
    // Apply every disable/enable comment that starts at or before the finding.
    for (; k < ranges.length; k++) {
      const s = ranges[k];
      if (!s || s.range.start.offset > f.range.start.offset) break;
      if (s.rules.length === 0) {
        all = s.kind === 'disable';
        off.clear();
        on.clear();
      } else {
        for (const r of s.rules) {
          if (s.kind === 'disable') {
            off.add(r);
            on.delete(r);
          } else {
            on.add(r);
            off.delete(r);
          }
        }
      }
    }
    const next = nextLine.get(f.range.start.line);
    if (fileRules.has(f.ruleId) || (next && (next.all || next.rules.has(f.ruleId))) || off.has(f.ruleId) || (all && !on.has(f.ruleId))) silenced[i] = 1;
  }
  return findings.filter((_, i) => silenced[i] === 0);
}

/** Decides whether each finding is silenced by a suppression comment. */
export function isSuppressed(f: Finding, suppressions: readonly Suppression[]): boolean {
  const names = (s: Suppression): boolean => s.rules.length === 0 || s.rules.includes(f.ruleId);
  let all = false;
  const off = new Set<string>();
  const on = new Set<string>();
  for (const s of suppressions) {
    if (!names(s)) continue;
    switch (s.kind) {
      case 'disable-file':
        return true;
      case 'disable-next-line':
        if (f.range.start.line === s.range.end.line + 1) return true;
        break;
      case 'disable':
      case 'enable':
        if (s.range.start.offset > f.range.start.offset) break; // only comments before the finding count
        if (s.rules.length === 0) {
          all = s.kind === 'disable';
          off.clear();
          on.clear();
        } else if (s.kind === 'disable') {
          off.add(f.ruleId);
          on.delete(f.ruleId);
        } else {
          on.add(f.ruleId);
          off.delete(f.ruleId);
        }
        break;
    }
  }
  return off.has(f.ruleId) || (all && !on.has(f.ruleId));
}

/**
 * Analyses one file: the parsed stories, and the findings of every story rule after config severities
 * (`off` drops a rule) and suppression comments. Never throws on bad input.
 */
export function analyzeFile(text: string, path: string, config: Config): FileAnalysis {
  const skip = skipReason(text, path);
  if (skip) return skip;
  let file: ParsedFile;
  try {
    file = parseFile(text, path, config);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return skipped(text, path, 'parse-error', `storybank could not read this file (${why}), so it was not checked. Please report this with the file.`);
  }
  const lines = new LineIndex(file.text);
  // Sets each story's kind (Story.kind), which the rules then read through answerOf.
  for (const story of file.stories) answerOf(story, file);
  const findings: Finding[] = [];
  const suppressions = [...file.suppressions].sort((a, b) => a.range.start.offset - b.range.start.offset);
  // The last range made is given again for the same offsets (a rule's fixes for one story often insert at one
  // place); ranges are never changed once made, and findings already share their story's title range.
  let lastStart = -1;
  let lastEnd = -1;
  let lastRange: Range | undefined;
  const range = (s: number, e: number): Range => {
    if (lastRange === undefined || s !== lastStart || e !== lastEnd) {
      lastStart = s;
      lastEnd = e;
      lastRange = lines.range(s, e);
    }
    return lastRange;
  };
  for (const rule of STORY_RULES) {
    if (config.rules?.[rule.meta.id] === 'off') continue;
    if (rule.meta.scope === 'file') {
      const first = file.stories[0];
      const story: Story = first ?? emptyStory(file, lines);
      runRule(rule, file, story, config, range, findings);
    } else {
      for (const story of file.stories) runRule(rule, file, story, config, range, findings);
    }
  }
  for (const story of file.stories) forgetLanguage(story.prose); // the rules are done with it; see forgetLanguage
  const encoding = replacementProblem(text);
  const encodingSeverity = encoding ? effectiveSeverity('file-encoding', config, 'warning') : undefined;
  if (encoding && encodingSeverity) {
    findings.push({ ruleId: 'file-encoding', severity: encodingSeverity, message: encoding.message, path, range: lines.range(encoding.offset, encoding.offset + 1) });
  }
  const kept = unsuppressed(findings, suppressions);
  kept.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
  return { file, findings: kept };
}

/** A stand-in story for file-scope rules when the parser found none (an empty file). */
function emptyStory(file: ParsedFile, lines: LineIndex): Story {
  const r = lines.range(0, 0);
  return { index: 0, title: '', titleRange: r, range: lines.range(0, file.text.length), questions: [], themes: [], companies: [], parts: [], prose: [], wordCount: 0, spokenSeconds: 0 };
}
