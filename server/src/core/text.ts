// Text helpers shared by the parser and the rules: offsets to points, word counting and literal phrase search.
import type { Point, ProseSegment, Range } from './types';
import { compilePhraseList, PhraseMatcher } from './phraseMatcher';

export { PhraseMatcher };

/**
 * The first index in [0, length) at which `before(i)` is false, for a `before` that holds up to some index and not
 * after it: the binary search behind every "first item at or after a place" lookup over sorted offsets.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of `sorted` (ascending numbers) whose value is at least `at`. */
export function lowerBound(sorted: readonly number[], at: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i] < at);
}

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

/** A line that opens or closes a fenced code block: three or more backticks or tildes, indented three spaces at most. */
export const FENCE_LINE = /^[ \t]{0,3}(?:`{3,}|~{3,})/u;

/**
 * Chinese characters and Japanese kana (with the compatibility ideographs and half-width katakana): scripts written
 * without spaces between words. The one definition every module that asks "is this Chinese or Japanese text?" uses.
 */
export const CJK_CHARS = '[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f]';
const CJK = new RegExp(CJK_CHARS, 'gu');
/**
 * Words one CJK character is worth. Chinese and Japanese are spoken at about 250 characters a minute where
 * English is spoken at about 150 words, so 5 characters take about as long to say as 3 English words. (Korean
 * puts spaces between words and is counted like English.)
 */
export const CJK_CHAR_WORDS = 0.6;

/**
 * Words in a piece of prose: runs of letters/digits ("don't", "3.5x", "A/B" counts as two). Text in Chinese or
 * Japanese, which does not put spaces between words, counts by its characters (see CJK_CHAR_WORDS), so a
 * 300-character answer is about 180 words rather than the handful of runs between its punctuation marks.
 */
/**
 * Thai and Lao, Khmer and Myanmar: scripts that write a clause without spaces between its words, with vowels and tone
 * marks as separate code points that would split a run of letters at every mark. They are counted by their code points
 * (letters and marks), at the rate a sentence of each takes to say against its English word count: Thai and Lao about
 * a word per four code points, Khmer and Myanmar (more stacked marks) about one per six.
 */
const THAI_LAO = /[\u0e00-\u0eff]/gu;
const KHMER_MYANMAR = /[\u1000-\u109f\u1780-\u17ff]/gu;
const SPACELESS_SEA = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u;
export const THAI_LAO_CHAR_WORDS = 0.25;
export const KHMER_MYANMAR_CHAR_WORDS = 0.17;

export function countWords(text: string): number {
  let sea = 0;
  if (SPACELESS_SEA.test(text)) {
    let thai = 0;
    let km = 0;
    text = text
      .replace(THAI_LAO, () => {
        thai++;
        return ' ';
      })
      .replace(KHMER_MYANMAR, () => {
        km++;
        return ' ';
      });
    sea = thai * THAI_LAO_CHAR_WORDS + km * KHMER_MYANMAR_CHAR_WORDS;
  }
  let cjk = 0;
  CJK.lastIndex = 0;
  if (CJK.test(text)) {
    CJK.lastIndex = 0;
    text = text.replace(CJK, () => {
      cjk++;
      return ' ';
    });
  }
  return wordRuns(text) + Math.round(cjk * CJK_CHAR_WORDS + sea);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * How many matches of the pattern `[\p{L}\p{N}][\p{L}\p{N}'’\-.]*` (with the `u` flag) the text holds, counted in one pass over its characters
 * without the regex (which made a match array per word; this is the word count of every keystroke and every story):
 * a word starts at a letter or digit outside a word and runs on over letters, digits, apostrophes, hyphens and dots.
 * Tested against the regex (test/unit/spoken-words.test.ts).
 */
export function wordRuns(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    let goesOn: boolean;
    if (c < 0x80) {
      letter = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
      goesOn = letter || c === 0x27 || c === 0x2d || c === 0x2e;
    } else {
      // one code point: a surrogate pair is one character (as under the regex's `u` flag)
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      letter = LETTER_OR_DIGIT.test(pair ? text.slice(i, i + 2) : text[i]);
      goesOn = letter || c === 0x2019;
      if (pair) i++;
    }
    if (inWord) inWord = goesOn;
    else if (letter) {
      n++;
      inWord = true;
    }
  }
  return n;
}

/** A web address written out in prose ("https://…", "www.…"): read, not said, so it is not a spoken word. */
const BARE_URL = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>()[\]]+/giu;

/** Spoken words of prose segments: as countWords, leaving out web addresses written out in the text. */
export function countSegmentWords(segments: readonly ProseSegment[]): number {
  let n = 0;
  for (const s of segments) n += countWords(s.text.indexOf('http') >= 0 || s.text.indexOf('www.') >= 0 ? s.text.replace(BARE_URL, ' ') : s.text);
  return n;
}

export function spokenSeconds(words: number, wordsPerMinute: number): number {
  const wpm = wordsPerMinute > 0 ? wordsPerMinute : 150;
  return Math.round((words / wpm) * 60);
}

/**
 * Compiles literal phrases (from the knowledge base or user config) into one matcher that runs in one pass over
 * the text (./phraseMatcher.ts): case-insensitive, words joined by any whitespace, apostrophes match ' and ’,
 * matches sit on word boundaries, never overlap, and the longest phrase wins at a position. Never treats config
 * text as a regular expression.
 */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher | undefined {
  return compilePhraseList(phrases);
}

export interface PhraseMatch {
  start: number; // offset into the file
  end: number;
  text: string;
}

/** Finds every literal phrase in the prose segments; positions are file offsets. */
export function findPhrases(
  segments: readonly ProseSegment[],
  phrases: readonly string[] | PhraseMatcher | undefined,
): PhraseMatch[] {
  const matcher = phrases instanceof PhraseMatcher || phrases === undefined ? phrases : compilePhrases(phrases);
  if (!matcher) return [];
  const out: PhraseMatch[] = [];
  for (const seg of segments) {
    for (const m of matcher.find(seg.text)) {
      out.push({ start: seg.start + m.start, end: seg.start + m.end, text: seg.text.slice(m.start, m.end) });
    }
  }
  return out;
}

/** "1 story", "3 stories": a count with its noun, for messages and views. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The prose as it reads line by line: segments that the parser split at inline formatting ("Data loss dropped to
 * **0%**.", "cut costs by [30%](link)") are joined back into one, so a claim and the number that sizes it are read in
 * one sentence. Segments are joined only when what lies between them in the file is inline markup on the same line
 * (no line break, table cell or `<br>`); that markup is read as spaces, so offsets into the joined text still map
 * one to one onto the file (`start + i`).
 */
export function inlineRuns(fileText: string, segments: readonly ProseSegment[]): ProseSegment[] {
  const out: ProseSegment[] = [];
  for (const seg of segments) {
    const last = out[out.length - 1];
    const gapStart = last ? last.start + last.text.length : -1;
    const gap = last && seg.start >= gapStart ? fileText.slice(gapStart, seg.start) : undefined;
    if (last && gap !== undefined && gap.length <= 300 && !/[\n|]|<br\s*\/?>/iu.test(gap)) {
      out[out.length - 1] = { start: last.start, text: last.text + ' '.repeat(gap.length) + seg.text };
    } else out.push(seg);
  }
  return out;
}

/**
 * The prose as it reads sentence by sentence: inline runs (see inlineRuns) joined across a soft line break too, when
 * nothing but the break and indentation lies between them (a hard-wrapped paragraph: "…contract turnaround fell\nfrom
 * three weeks to four days."). A list item, a quote, a table row or a blank line still starts a new run, since its
 * marker or the blank line lies in the gap. The break is read as a space, so offsets still map one to one.
 */
export function paragraphRuns(fileText: string, segments: readonly ProseSegment[]): ProseSegment[] {
  const out: ProseSegment[] = [];
  for (const seg of inlineRuns(fileText, segments)) {
    const last = out[out.length - 1];
    const gapStart = last ? last.start + last.text.length : -1;
    const gap = last && seg.start >= gapStart ? fileText.slice(gapStart, seg.start) : undefined;
    if (last && gap !== undefined && /^[ \t]*\r?\n[ \t]*$/u.test(gap) && /[\p{L}\p{N},]\s*$/u.test(last.text)) {
      out[out.length - 1] = { start: last.start, text: last.text + ' '.repeat(gap.length) + seg.text };
    } else out.push(seg);
  }
  return out;
}

/**
 * A line break inside a paragraph is a space (Markdown's soft break): a hard-wrapped line ("…and it now reconciles
 * about\n$3M a month") is one sentence, read across the break. A break before a blank line, a list item, a quote, a
 * heading or a table row still ends the line. (Replaced by spaces of the same length, so offsets stay.)
 */
const SOFT_BREAK = /\r?\n(?![ \t]*(?:$|\r?\n|[-*+>#|]|\d{1,3}[.)](?:\s|$)))/gu;
export function softBreaks(text: string): string {
  return text.includes('\n') ? text.replace(SOFT_BREAK, (m: string) => ' '.repeat(m.length)) : text;
}
