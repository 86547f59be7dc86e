// placeholder: template text left unfilled ([Company], [specific ...], [?], TODO, TBD, XX%, [...]), in the title,
// the spoken prose, and the front matter's text values (a snippet's `project: "[project-id]"`).
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

/** A front matter value that is still a template slot: `"[project-id]"`, `TBD`. Lists (`[6, 10]`) are not text. */
function frontMatterHits(ctx: StoryRuleContext): Hit[] {
  const fm = ctx.file.frontMatter;
  if (!fm || ctx.story.index !== 0) return [];
  const out: Hit[] = [];
  for (const e of fm.entries) {
    if (typeof e.value !== 'string') continue;
    const value = e.value.trim();
    if (!/^\[[^[\]\n]*\]$/.test(value) && !/^(?:TODO|TBD|TBC|FIXME|XXX+|\?{3,})$/i.test(value)) continue;
    out.push({ start: e.valueRange.start.offset, end: e.valueRange.end.offset, text: value });
  }
  return out;
}

export const placeholder: StoryRule = {
  meta: {
    id: 'placeholder',
    description: 'Template text left unfilled: `[Company]`, `[specific ...]`, `[?]`, `TODO`, `TBD`, `XX%`, or a front matter value such as `project: "[project-id]"`',
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
    const title = story.titleRange;
    for (const h of frontMatterHits(ctx)) {
      if (h.start < title.end.offset && title.start.offset < h.end) continue; // the front matter title, already checked as the title
      seen.add(h.start);
      ctx.report({ message: `${quote(h.text)} is a template slot that was never filled in. Write the real value, or remove the line.`, range: ctx.range(h.start, h.end) });
    }
  },
};
