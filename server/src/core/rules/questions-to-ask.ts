// Helpers for answers of kind questions-to-ask (questions 29 and 35): the questions a candidate lists.
import type { ParsedFile, ProseSegment, Story } from '../types';

export interface AskedQuestion {
  /** File offsets of the question (a list item, or one sentence of a paragraph). */
  start: number;
  end: number;
  text: string;
}

const LIST_ITEM_BEFORE = /(?:^|\n)[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$/;

function isListItem(file: ParsedFile, seg: ProseSegment): boolean {
  const lineStart = file.text.lastIndexOf('\n', seg.start - 1) + 1;
  return LIST_ITEM_BEFORE.test(file.text.slice(Math.max(0, lineStart - 1), seg.start));
}

/**
 * The questions in a story's prose. A list item that asks something is one question, however many question marks
 * it holds ("How do you decide? Who has the final say?" is a question and its follow-up); in a paragraph each
 * sentence ending in "?" is one.
 */
export function askedQuestions(file: ParsedFile, story: Story): AskedQuestion[] {
  const out: AskedQuestion[] = [];
  for (const seg of story.prose) {
    if (!seg.text.includes('?')) continue;
    if (isListItem(file, seg)) {
      const text = seg.text.trim();
      const lead = seg.text.indexOf(text);
      out.push({ start: seg.start + lead, end: seg.start + lead + text.length, text });
      continue;
    }
    const re = /[^.!?\n]*\?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg.text))) {
      const text = m[0].trim();
      if (!/\p{L}/u.test(text)) continue;
      const lead = m[0].indexOf(text);
      out.push({ start: seg.start + m.index + lead, end: seg.start + m.index + lead + text.length, text });
    }
  }
  return out;
}
