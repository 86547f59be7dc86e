// The question an unmarked answer opens with. Many people write the question they are answering as the first
// line (or first short paragraph) of a file, then the answer under it, with no heading: "// Tell me about
// yourself", "What would you do if a teammate's part will miss the deadline?", a question in Chinese. That line
// is material around the answer (DESIGN §1: a list of questions a story answers is not speech): it is the story's
// title, and its words do not count toward spoken time or get scanned as the answer.
import type { ProseSegment } from '../types';
import { CJK_CHARS } from '../text';
import { askSource, CJK_QUESTION_WORDS } from '../knowledge/asks';

export interface OpeningQuestion {
  /** The question as written, without comment marks or an enumerator ("b.", "1)"). */
  title: string;
  /** File offsets of the question's text. */
  start: number;
  end: number;
  /** The answer's prose without the question. */
  rest: ProseSegment[];
}

/** A line that reads as a question or a prompt rather than as the answer. */
const PROMPT_START = new RegExp(`^(?:${askSource('start', ['tell', 'episode', 'question'])})`, 'iu');
const COMMENT_START = /^(?:\/\/+|--|;+|%+)\s*/u;
const ENUMERATOR = /^(?:[A-Za-z]|\d{1,2})[.)]\s+/u;
const CJK_QUESTION = new RegExp(`(?:${CJK_QUESTION_WORDS})`, 'u');
const CJK = new RegExp(CJK_CHARS, 'u');

function readsAsQuestion(raw: string): boolean {
  const line = raw.trim();
  if (!line) return false;
  if (COMMENT_START.test(line)) return true;
  const body = line.replace(ENUMERATOR, '');
  if (/[?？]\s*[*_]*$/u.test(body)) return true;
  if (PROMPT_START.test(body.replace(/^[*_]+/u, ''))) return true;
  // A question written in Chinese or Japanese, ending in "。" or nothing: its last clause asks.
  if (CJK.test(body)) {
    const last = body.split(/[。，,；;]/u).filter((s) => s.trim()).pop() ?? '';
    return CJK_QUESTION.test(last);
  }
  return false;
}

function wordsOf(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length + (s.match(new RegExp(CJK.source, 'gu'))?.length ?? 0) / 2;
}

/**
 * The opening question of an unmarked answer, when its first line (or its first paragraph, when that is short and
 * the answer follows in another one) reads as a question or a prompt. Nothing when the answer would be left empty.
 */
export function openingQuestion(prose: readonly ProseSegment[]): OpeningQuestion | undefined {
  const i = prose.findIndex((s) => /[\p{L}\p{N}]/u.test(s.text));
  if (i < 0) return undefined;
  const first = prose[i];
  const after = prose.slice(i + 1);
  const hasAnswerAfter = after.some((s) => /[\p{L}\p{N}]/u.test(s.text));
  const lead = first.text.length - first.text.trimStart().length;
  const nl = first.text.indexOf('\n', lead);
  // The whole first paragraph, when it is short and the answer is in the next paragraphs.
  if (hasAnswerAfter && wordsOf(first.text) <= 60 && readsAsQuestion(first.text.replace(/\s*\n\s*/gu, ' '))) {
    return make(first, lead, first.text.trimEnd().length, after);
  }
  // Its first line, when the paragraph goes on with the answer.
  if (nl > 0 && wordsOf(first.text.slice(lead, nl)) <= 30 && readsAsQuestion(first.text.slice(lead, nl)) && /[\p{L}\p{N}]/u.test(first.text.slice(nl))) {
    let from = nl + 1;
    while (from < first.text.length && /\s/u.test(first.text[from])) from++;
    return make(first, lead, nl, [{ text: first.text.slice(from), start: first.start + from }, ...after]);
  }
  return undefined;
}

function make(seg: ProseSegment, from: number, to: number, rest: ProseSegment[]): OpeningQuestion {
  let a = from;
  let b = to;
  while (b > a && /\s/u.test(seg.text[b - 1])) b--;
  const raw = seg.text.slice(a, b);
  const title =
    raw
      .replace(COMMENT_START, '')
      .replace(/([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff，。])\s*\n\s*(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff，。])/gu, '$1')
      .replace(/\s*\n\s*/gu, ' ')
      .trim() || raw.trim();
  while (a < b && /\s/u.test(seg.text[a])) a++;
  return { title, start: seg.start + a, end: seg.start + b, rest };
}
