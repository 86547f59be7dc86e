// Text helpers shared by the parser and the rules: offsets to points, word counting and literal phrase search.
import type { Point, ProseSegment, Range } from './types';

/** Maps offsets to 1-based line/column points; built once per file. Handles \n, \r\n and lone \r. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1, offset: o };
  }

  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }

  /** Offset of the start of a 1-based line (clamped). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu;

/** Words in a piece of prose: runs of letters/digits ("don't", "3.5x", "A/B" counts as two). */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

export function countSegmentWords(segments: readonly ProseSegment[]): number {
  let n = 0;
  for (const s of segments) n += countWords(s.text);
  return n;
}

export function spokenSeconds(words: number, wordsPerMinute: number): number {
  const wpm = wordsPerMinute > 0 ? wordsPerMinute : 150;
  return Math.round((words / wpm) * 60);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles literal phrases (from the knowledge base or user config) into one safe matcher: each phrase is
 * escaped, words are joined by \s+, apostrophes match ' and ’, and matches sit on word boundaries.
 * Never treats config text as a regular expression.
 */
export function compilePhrases(phrases: readonly string[]): RegExp | undefined {
  const parts: string[] = [];
  for (const raw of phrases) {
    const words = raw.trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 20);
    if (words.length === 0) continue;
    parts.push(words.map((w) => escapeRegExp(w.slice(0, 100)).replace(/['’]/g, "['’]")).join('\\s+'));
  }
  if (parts.length === 0) return undefined;
  parts.sort((a, b) => b.length - a.length); // prefer the longest phrase at a position
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export interface PhraseMatch {
  start: number; // offset into the file
  end: number;
  text: string;
}

/** Finds every literal phrase in the prose segments; positions are file offsets. */
export function findPhrases(segments: readonly ProseSegment[], phrases: readonly string[] | RegExp | undefined): PhraseMatch[] {
  const re = phrases instanceof RegExp || phrases === undefined ? phrases : compilePhrases(phrases);
  if (!re) return [];
  const out: PhraseMatch[] = [];
  for (const seg of segments) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg.text))) {
      out.push({ start: seg.start + m.index, end: seg.start + m.index + m[0].length, text: m[0] });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/** "1 story", "3 stories": a count with its noun, for messages and views. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
