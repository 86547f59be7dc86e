// placeholder: template slots left unfilled, in any dress: a bracketed prompt ([Company], [project-id],
// [Your result], [?]), an angle or brace slot (<title>, {{metric}}, {company}), a marker word (TODO, TBD, FIXME),
// a letter where a number goes (XX%, N%, $X, "X customers"), a blank (___) or a written prompt ("(insert number
// here)"). Read from the story's text as written, not only its prose, because a slot is often markup (`<title>`
// is HTML to a Markdown parser) or a note to self in backticks.
// Not placeholders: links [text](url), reference links and definitions, footnotes [^1], alerts [!NOTE], task
// boxes [ ] / [x], citations [1], [sic], HTML tags that are really HTML (<br>, <kbd>…</kbd>), code in fenced
// blocks and code spans (`ports[i]`, `{{ .Values.replicas }}`), HTTP status classes (2xx, 5XX), "Company X".
import type { StoryRule, StoryRuleContext } from './rule';
import { quote } from './util';
import { POINTER_WORDS } from '../nlp/lexicon';
import { countWords, FENCE_LINE } from '../text';
import { findSlots, TITLE_SLOT, TITLE_WORD, trailingTag, type Hit } from './slots';

// The slots are read by slots.ts (shared with the metric rules); this rule reports them, a note that stands for the
// whole answer, a heading that is only a title still to write, and the front matter's slots.

/**
 * Front matter text values that are still a slot (`project: "[project-id]"`, `role: TBD`, `title: <title>`).
 * Lists such as `questions: [6]` are YAML, not slots. Only once per file, with its first story.
 */
function frontMatterHits(ctx: StoryRuleContext): Hit[] {
  const fm = ctx.file.frontMatter;
  if (!fm || ctx.story.index !== 0) return [];
  const out: Hit[] = [];
  for (const e of fm.entries) {
    if (typeof e.value !== 'string') continue;
    const value = e.value.trim();
    const slot = /^\[[^[\]\n]*\]$|^<[^<>\n]+>$|^\{\{?[^{}\n]+\}\}?$|^_{3,}$/.test(value) || /^(?:TODO|TBD|TBC|FIXME|XXX+|\?{3,})$/i.test(value);
    if (slot) out.push({ start: e.valueRange.start.offset, end: e.valueRange.end.offset, text: value });
  }
  return out;
}

/** A note wholly in parentheses, ASCII or full-width, a full stop after it at most. */
const WHOLE_NOTE = /^[(（]([^()（）]*)[)）][.。]?$/u;

/**
 * The answer's one note in parentheses when it is all the answer says: at least two words (or four characters of a
 * script written without spaces), and not a pointer to another answer.
 */
function noteOnlyAnswer(prose: readonly { text: string; start: number }[]): Hit | undefined {
  if (prose.length === 0) return undefined;
  const first = prose[0];
  const last = prose[prose.length - 1];
  const joined = prose.map((p) => p.text).join(' ');
  const lead = joined.length - joined.trimStart().length;
  const m = WHOLE_NOTE.exec(joined.trim());
  if (!m) return undefined;
  const inner = m[1].trim();
  const firstWord = /^[\p{L}]+/u.exec(inner)?.[0]?.toLowerCase() ?? '';
  const enough = countWords(inner) >= 2 || (inner.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu) ?? []).length >= 4;
  if (!enough || POINTER_WORDS.has(firstWord)) return undefined;
  const start = first.start + lead;
  const end = last.start + last.text.trimEnd().length;
  return { start, end, text: joined.trim() };
}

export const placeholder: StoryRule = {
  meta: {
    id: 'placeholder',
    description: 'Template text left unfilled: `[Company]`, `<title>`, `{{metric}}`, `TODO`, `TBD`, `XX%`, `___`, "(insert number here)"',
    defaultSeverity: 'warning',
    tags: ['draft'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { story, file } = ctx;
    const text = file.text;
    // The title, and the answer from the line of its first spoken words to the line of its last: a note in
    // backticks between two paragraphs is in; a rehearsal log or a tag list after the answer is the author's
    // bookkeeping, not the answer.
    const ranges: [number, number][] = [[story.titleRange.start.offset, story.titleRange.end.offset]];
    const headings: [number, number][] = [[story.titleRange.start.offset, story.titleRange.end.offset]];
    // What follows the title, to the story's end: from the story's own start for a later story of a bank whose title
    // is the file's, above the first story (the stories before it are theirs; reading them again for each story
    // made a bank of n such stories cost n², and reported a slot in one of them once per later story).
    const from = story.index > 0 && story.titleRange.end.offset < story.range.start.offset ? story.range.start.offset : story.titleRange.end.offset;
    const first = story.prose[0];
    const last = story.prose[story.prose.length - 1];
    // An answer with no spoken words at all is read whole, to the next story: its slots are often markup
    // ("<Write a STAR story about a conflict>" on its own line is an HTML block to a Markdown parser).
    if (!first) ranges.push([from, story.range.end.offset]);
    if (first && last) {
      const a = text.lastIndexOf('\n', first.start - 1) + 1;
      const nl = text.indexOf('\n', last.start + last.text.length);
      let b = nl < 0 ? text.length : nl;
      // a note right after the answer that it is unfinished ("TODO: the conflict with a customer") is part of it
      const note = /^(?:[ \t]*\n)*[ \t]*(?:[-*+>][ \t]+)?[*_]{0,2}(?:TODO|TBD|TBC|FIXME)\b[^\n]*/.exec(text.slice(b + 1, Math.min(text.length, story.range.end.offset, b + 600)));
      if (nl >= 0 && note) b = b + 1 + note[0].length;
      // the answer's parts are its text to their ends: a last part holding only a note in code ("**RESULT**
      // `[?] how many repos now?`") ends the answer with a slot, not with bookkeeping
      for (const p of story.parts) if (p.range.end.offset > b) b = p.range.end.offset;
      if (a < ranges[0][1] && b > ranges[0][0]) ranges[0] = [Math.min(a, ranges[0][0]), Math.max(b, ranges[0][1])];
      else ranges.push([Math.max(a, ranges[0][1]), b]);
    }
    // The answer's own headings below its title are its text too: a list of questions to ask, one per heading.
    let fence = false;
    for (const line of text.slice(from, story.range.end.offset).matchAll(/^[^\n]*$/gm)) {
      if (FENCE_LINE.test(line[0])) fence = !fence;
      else if (!fence && /^[ \t]{0,3}#{1,6}[ \t]+\S/.test(line[0])) {
        const at = from + line.index;
        headings.push([at, at + line[0].length]);
        if (!ranges.some(([a, b]) => at >= a && at < b)) ranges.push([at, at + line[0].length]);
      }
    }
    const seen = new Set<number>();
    // An answer whose only spoken words are one note in parentheses is not written yet, in any language: "(Hier noch
    // etwas über die Produkte ergänzen)", "（ここに具体的なエピソードを書く）", "(the reporting migration, Q3)". The
    // note is what stands where the answer goes. A pointer to another answer ("(See my answer above.)") is not.
    const note = noteOnlyAnswer(story.prose);
    if (note) {
      seen.add(note.start);
      ctx.report({ message: `${quote(note.text)} is a note where the answer goes: the answer is not written yet. Write what you would say, or remove the question.`, range: ctx.range(note.start, note.end) });
    }
    // A heading that is only a few words in parentheses, where the title goes: "## 1. (제목)", "### (Title)".
    for (const [x, y] of headings) {
      const slot = TITLE_SLOT.exec(text.slice(x, y));
      if (!slot || !TITLE_WORD.test(slot[1].slice(1, -1))) continue;
      const at = x + slot[0].indexOf(slot[1]);
      seen.add(at);
      ctx.report({ message: `${quote(slot[1])} is template text that was never filled in. Replace it with what you would actually say.`, range: ctx.range(at, at + slot[1].length) });
    }
    for (const [a, b] of ranges) {
      if (b <= a) continue;
      for (const h of findSlots(file.text, a, b)) {
        if (seen.has(h.start)) continue;
        // a note in a heading on how to answer ("Strengths (mention three, with a story)") asks the question; the
        // answer is what would be unfilled
        if (h.text.startsWith('(') && headings.some(([x, y]) => h.start >= x && h.start < y)) continue;
        // a bracket closing a heading or the question after its own sentence names the story to use, not a slot
        if (h.text.startsWith('[') && headings.some(([x, y]) => h.start >= x && h.start < y) && trailingTag(file.text, h.start, h.end, h.text.slice(1, -1))) continue;
        // a note used as the label of what follows it on its line ("**(Explain the why):** "It frustrates me because
        // …"") names a step of an outline that is filled in, not a blank
        if (h.text.startsWith('(') && /^[*_]*[ \t]*:[*_]*[ \t]*[^\s*_]/u.test(file.text.slice(h.end, h.end + 20))) continue;
        seen.add(h.start);
        ctx.report({
          message: `${quote(h.text)} is template text that was never filled in. Replace it with what you would actually say${/^[[<{]/.test(h.text) ? '' : ', or remove it'}.`,
          range: ctx.range(h.start, h.end),
        });
      }
    }
    for (const h of frontMatterHits(ctx)) {
      if (seen.has(h.start)) continue; // the front matter title, already checked as the title
      seen.add(h.start);
      ctx.report({ message: `${quote(h.text)} is a template slot that was never filled in. Write the real value, or remove the line.`, range: ctx.range(h.start, h.end) });
    }
  },
};
