// placeholder: template text left unfilled ([Company], [specific ...], [?], TODO, TBD, XX%, [...]).
// Not placeholders: Markdown links [text](url), reference links [text][ref] and [text]: url definitions,
// task-list boxes [ ] and [x], and numeric citations like [1].
import type { ProseSegment } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';
import { quote } from './util';

const BRACKET = /\[([^[\]\n]{0,120})\]/g;
const WORD_MARKERS = /(?<![\p{L}\p{N}])(?:TODO|TBD|TBC|FIXME|XXX+|XX?%|\$XX+|X{2,}(?:\.X+)?|lorem ipsum)(?![\p{L}\p{N}])|\?{3,}/gu;

interface Hit {
  start: number;
  end: number;
  text: string;
}

function bracketHits(fileText: string, seg: ProseSegment): Hit[] {
  const out: Hit[] = [];
  BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKET.exec(seg.text))) {
    const start = seg.start + m.index;
    const end = start + m[0].length;
    const inner = m[1].trim();
    const after = fileText[end];
    const before = fileText[start - 1];
    if (after === '(' || after === '[' || after === ':' || before === ']' || before === '!') continue; // links, refs, images
    if (/^[ xX]?$/.test(m[1]) && /(?:^|\n)[ \t]*(?:[-*+]|\d+[.)])[ \t]+$/.test(fileText.slice(Math.max(0, start - 12), start))) continue; // task box
    if (/^\d+$/.test(inner) || /^(?:sic|sic!)$/i.test(inner)) continue; // citation, [sic]
    out.push({ start, end, text: m[0] });
  }
  return out;
}

function wordHits(seg: ProseSegment): Hit[] {
  const out: Hit[] = [];
  WORD_MARKERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_MARKERS.exec(seg.text))) out.push({ start: seg.start + m.index, end: seg.start + m.index + m[0].length, text: m[0] });
  return out;
}

export const placeholder: StoryRule = {
  meta: {
    id: 'placeholder',
    description: 'Template text left unfilled: `[Company]`, `[specific ...]`, `[?]`, `TODO`, `TBD`, `XX%`',
    defaultSeverity: 'warning',
    tags: ['draft'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { story, file } = ctx;
    const titleSeg: ProseSegment = {
      start: story.titleRange.start.offset,
      text: file.text.slice(story.titleRange.start.offset, story.titleRange.end.offset),
    };
    const segments = [titleSeg, ...story.prose];
    const seen = new Set<number>();
    for (const seg of segments) {
      for (const h of [...bracketHits(file.text, seg), ...wordHits(seg)]) {
        if (seen.has(h.start)) continue;
        seen.add(h.start);
        ctx.report({
          message: `${quote(h.text)} is template text that was never filled in. Replace it with what you would actually say${/\[/.test(h.text) ? '' : ', or remove it'}.`,
          range: ctx.range(h.start, h.end),
        });
      }
    }
  },
};
