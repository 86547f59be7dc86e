// A shortcut around the Markdown parser for the blocks most stories are made of: paragraphs of plain words, ATX
// headings ("## Approach") and setext headings (a paragraph underlined with `===` or `---`) with nothing in them
// that Markdown reads as markup. micromark (through remark)
// spends about 0.1 ms on every block however short it is (a tokenizer per block and per line of inline text,
// events kept to the end, garbage collection over them), so a story of twenty short blocks costs a millisecond to
// parse, and 100 KB of one-word paragraphs took 4 s. Those blocks' nodes are built here directly; everything else
// (other lists, quotes, indented code, HTML, emphasis, links, tables written in pipes...) goes to the parser in runs.
//
// The tree is the one the parser gives, positions included (test/unit/parse-plain.test.ts compares the two on every
// Markdown file we have and on generated soups of blocks). A block is taken here only where the block structure
// surely starts again: at the start of the text (after its front matter), or after a blank line at the first
// column (not inside a fenced code block or an HTML block that runs across blank lines; the scan is the one
// ./chunks.ts cuts pieces at), and runs to a blank line or the end of the text, or to a line that is not plain
// right after a heading (a heading closes itself; see `plainBlock`). Headings and paragraphs may follow each other
// without blank lines (an ATX heading interrupts a paragraph). A line is plain when
// it holds none of the characters that start inline markup (`\` `` ` `` `*` `_` `[` `]` `<` `&`), no tab, no
// control character, no trailing space (a hard break), and starts with a letter or digit that cannot open a list
// item. Lines end at `\n`, `\r\n` or a lone `\r`, as in the parser (a paragraph's text keeps its line endings as
// written), so a story saved with Windows line endings takes the shortcut too. Tight lists of one-line plain items
// (`- We cut the build time`, `3. I wrote the plan`), all of one kind, between blank lines or right under a heading
// and ended by a heading or a fence (`## Questions to ask` / `- Why?` / `## Questions to ask`), are built
// here too (see `plainList`), with plain lines under an item that continue it lazily (`- Why?` / `Questions:`), items
// that start with a bold label (`1. **Situation:** we had…`), and after a plain paragraph that such a list
// interrupts: the parser spends several tokenizers on every item (about 0.2 ms on an item with a lazy line). So are fenced code blocks opened in
// the first column with at most a one-word language and closed by a fence in the first column (see `fencedCode`):
// their content is taken as written, without a tokenizer per line. Texts with `]:` anywhere (a link definition, which
// references elsewhere in the text would need) are parsed whole.
import type { Code, Heading, Html, List, ListItem, Paragraph, Root, RootContent, Text, Yaml } from 'mdast';
import { closesFence, frontMatterEnd, leftOpen, listMarker, opens, shift, type Open } from './chunks';

type Parse = (text: string) => Root;

/**
 * Whether a text holds a character that may start inline markup (`\` `` ` `` `*` `_` `[` `]` `<` `&`), a control
 * character (the parser rewrites NUL; a tab moves columns) or DEL.
 */
function hasMarkup(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127 || c === 92 || c === 96 || c === 42 || c === 95 || c === 91 || c === 93 || c === 60 || c === 38) return true;
  }
  return false;
}
const LIST_NUMBER = /^\d{1,9}[.)]/;
/**
 * Plain blocks of fewer characters than this between two runs for the parser go to the parser with them (see the
 * end of `parseWithPlainBlocks`).
 */
const SANDWICHED_CHARS = 48;
/** A line (from its first non-space character) that may start a list item, in a block quote or not. */
const MAY_START_LIST = /^(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A setext heading's underline (from its first non-space character): `=` or `-` repeated, then spaces or tabs. */
const SETEXT = /^(?:=+|-+)[ \t]*$/;

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Whether a line (no line break, no leading space) can be a line of a plain paragraph. */
function plainLine(line: string): boolean {
  if (line === '' || hasMarkup(line)) return false;
  const c = line.charCodeAt(line.length - 1);
  if (c === 32) return false;
  return /^[\p{L}\p{N}]/u.test(line) && !LIST_NUMBER.test(line);
}

/** `## Title` with a plain title: its depth and where the title starts, else undefined. */
function plainHeading(line: string): { depth: number; at: number } | undefined {
  let depth = 0;
  while (line.charCodeAt(depth) === 35 /* # */) depth++;
  if (depth < 1 || depth > 6 || line.charCodeAt(depth) !== 32) return undefined;
  let at = depth;
  while (line.charCodeAt(at) === 32) at++;
  const title = line.slice(at);
  if (title === '' || title.includes('#') || hasMarkup(title) || title.charCodeAt(title.length - 1) === 32) return undefined;
  return { depth, at };
}

/**
 * An HTML comment on one line in the first column (`<!-- storybank-disable blame -->`): `<!--`, then `-->` somewhere
 * on the line (its dashes may be the opening's, `<!-->`, as in the parser), and no control character. The parser
 * reads the line, whatever follows `-->` on it, as an HTML block that ends with the line; like a heading, it
 * interrupts a paragraph and the block structure starts again after it.
 */
function plainComment(line: string): boolean {
  if (!line.startsWith('<!--') || line.indexOf('-->', 2) < 0) return false;
  for (let i = 4; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 32 || c === 127) return false;
  }
  return true;
}

/**
 * A fence line that opens a fenced code block the shortcut builds: three or more backticks or tildes in the first
 * column, then nothing or one word of letters, digits, `_`, `+` or `-` (the language; no space, escape or entity,
 * nothing after it). The fence's character, its length and the language (null when none); else undefined.
 */
function plainFence(line: string): { char: number; len: number; lang: string | null } | undefined {
  const c = line.charCodeAt(0);
  if (c !== 96 /* ` */ && c !== 126 /* ~ */) return undefined;
  let len = 1;
  while (line.charCodeAt(len) === c) len++;
  if (len < 3) return undefined;
  const info = line.slice(len);
  if (info !== '' && !/^[A-Za-z0-9_+-]+$/.test(info)) return undefined;
  return { char: c, len, lang: info === '' ? null : info };
}
/** Lines a fenced code block built here may have: a longer one goes to the parser (the scan for its end is bounded). */
const MAX_FENCE_LINES = 1000;

/**
 * A line's text that starts with a bold label (`**Situation:**`, `**Situation:** we had a problem`): two asterisks,
 * plain words that start with a letter or a digit and do not end with white space, two asterisks, then nothing or a
 * space and more plain text (no trailing space). The parser reads it as strong emphasis and the text after it; the
 * length of the words between the asterisks, else undefined.
 */
function boldLabel(line: string): number | undefined {
  if (!line.startsWith('**')) return undefined;
  const close = line.indexOf('**', 2);
  if (close < 3) return undefined;
  const inner = line.slice(2, close);
  if (hasMarkup(inner) || !/^[\p{L}\p{N}]/u.test(inner) || /\s$/u.test(inner)) return undefined;
  const rest = line.slice(close + 2);
  if (rest !== '' && (rest.charCodeAt(0) !== 32 || hasMarkup(rest) || rest.trim() === '' || rest.charCodeAt(rest.length - 1) === 32)) return undefined;
  return inner.length;
}

/**
 * A tight list item's line: a marker in the first column (`-`, `*` or `+`, or up to nine digits and `.` or `)`), one
 * to four spaces, then a plain line or one that starts with a bold label (see `boldLabel`), and any spaces. Its kind
 * (the bullet, or the digits' delimiter), where its text starts, for an ordered item its number, the bold label's
 * length and the spaces at the end; else undefined.
 */
function plainItem(line: string): { kind: string; at: number; start: number | null; bold?: number; trail: number } | undefined {
  const c = line.charCodeAt(0);
  let at: number;
  let kind: string;
  let start: number | null = null;
  if (c === 45 || c === 42 || c === 43) {
    at = 1;
    kind = line[0];
  } else {
    at = 0;
    while (at < 10 && line.charCodeAt(at) >= 48 && line.charCodeAt(at) <= 57) at++;
    if (at === 0 || at > 9 || (line.charCodeAt(at) !== 46 && line.charCodeAt(at) !== 41)) return undefined;
    kind = line[at];
    start = Number.parseInt(line.slice(0, at), 10);
    at++;
  }
  // One to four spaces, then the text (five or more would make it indented code inside the item); spaces after it
  // are not the text's (the sanitizer leaves `1.   Situation:  ` where it blanked a long list's `**`).
  let sp = at;
  while (line.charCodeAt(sp) === 32) sp++;
  if (sp === at || sp - at > 4) return undefined;
  let end = line.length;
  while (end > sp && line.charCodeAt(end - 1) === 32) end--;
  const content = line.slice(sp, end);
  const trail = line.length - end;
  if (plainLine(content)) return { kind, at: sp, start, trail };
  const bold = boldLabel(content);
  return bold === undefined ? undefined : { kind, at: sp, start, bold, trail };
}

/**
 * Whether a line in the first column is a plain list item that may interrupt a paragraph: a bullet, or an ordered
 * item numbered 1.
 */
function startsList(line: string): boolean {
  const item = plainItem(line);
  return item !== undefined && (item.start === null || item.start === 1);
}

function point(line: number, column: number, offset: number): Point {
  return { line, column, offset };
}

/** Leading spaces of a line (up to its end). */
function indentOf(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && text.charCodeAt(k) === 32) k++;
  return k - from;
}

/**
 * Parses `text` like `parse` does, building plain paragraphs and headings directly and giving the rest to `parse`
 * in runs.
 */
export function parseWithPlainBlocks(text: string, parse: Parse): Root {
  if (text.includes(']:')) return parse(text);
  const bodyFrom = frontMatterEnd(text);
  // An opening `---` that is not closed leaves the parser unable to start lists anywhere after it (a quirk of the
  // front matter extension): only a whole parse gives that.
  if (bodyFrom === 0 && text.startsWith('---')) return parse(text);
  const n = text.length;
  // Line starts and ends (before the line ending: `\n`, `\r\n` or `\r`).
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= n; ) {
    starts.push(i);
    let e = i;
    while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    ends.push(e);
    if (e >= n) break;
    i = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
  const lineEnd = (k: number): number => ends[k] ?? n;
  const isBlank = (k: number): boolean => {
    for (let i = starts[k], e = lineEnd(k); i < e; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  };

  /** A paragraph's text: its lines from `p` to `j` (exclusive) without their indent, joined by their line endings as written. */
  const paragraphText = (p: number, j: number): Text => {
    let joined = '';
    for (let q = p; q < j; q++) {
      if (q > p) joined += text.slice(lineEnd(q - 1), starts[q]);
      joined += text.slice(starts[q] + indentOf(text, starts[q], lineEnd(q)), lineEnd(q));
    }
    const ps = starts[p] + indentOf(text, starts[p], lineEnd(p));
    const pe = lineEnd(j - 1);
    return { type: 'text', value: joined, position: { start: point(p + 1, ps - starts[p] + 1, ps), end: point(j, pe - starts[j - 1] + 1, pe) } };
  };
  /**
   * The fenced code block whose opening fence (see `plainFence`) is line `k`, up to its closing fence: a line of the
   * same character at least as long, in the first column with nothing after it. Undefined (the parser's) when a line
   * might close it otherwise (indented up to three spaces, or with spaces after), when it is not closed within
   * MAX_FENCE_LINES lines, or when it holds a NUL (which the parser rewrites). The value is the text between the
   * fences' lines, line endings as written.
   */
  const fencedCode = (k: number, fence: { char: number; len: number; lang: string | null }): { node: Code; next: number } | undefined => {
    for (let q = k + 1; q < starts.length && starts[q] < n && q <= k + MAX_FENCE_LINES; q++) {
      const s = starts[q];
      const e = lineEnd(q);
      let i = s;
      while (i < e && i - s < 3 && text.charCodeAt(i) === 32) i++;
      let run = 0;
      while (i + run < e && text.charCodeAt(i + run) === fence.char) run++;
      if (run >= fence.len) {
        let j = i + run;
        while (j < e && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
        if (j === e) {
          // A closing fence: built here only when it stands in the first column with nothing after it.
          if (i > s || i + run < e) return undefined;
          const value = q === k + 1 ? '' : text.slice(starts[k + 1], lineEnd(q - 1));
          if (value.includes('\0')) return undefined;
          const node: Code = { type: 'code', lang: fence.lang, meta: null, value, position: { start: point(k + 1, 1, starts[k]), end: point(q + 1, e - s + 1, e) } };
          return { node, next: q + 1 };
        }
      }
    }
    return undefined;
  };

  /**
   * The plain blocks from line `k` (where the block structure starts again) up to a blank line or the end of the text:
   * ATX headings, paragraphs, paragraphs underlined as setext headings and fenced code blocks (see `fencedCode`), one
   * after another, or undefined when a line among them is not plain. An ATX heading or a fence interrupts a
   * paragraph, and after a heading of either kind or a fenced code block the
   * block structure starts again: a line that is not plain right after a heading is where the parser takes over (the
   * blocks before it are kept), unless it starts with `---` (at the start of a text the parser would read front
   * matter); after a paragraph it could continue the paragraph, so the paragraph goes to the parser with it.
   * `indentOk` says whether the first line may be indented (up to three spaces), `listOk` whether a list of plain
   * items (see `plainList`) may start at it.
   */
  const plainBlock = (k: number, indentOk: boolean, listOk: boolean): { nodes: (Heading | Paragraph | Code | List | Html)[]; next: number } | undefined => {
    const out: (Heading | Paragraph | Code | List | Html)[] = [];
    let q = k;
    let mayIndent = indentOk;
    // The blocks up to the last heading, and the line after it.
    let kept = 0;
    let keptNext = k;
    const stop = (): { nodes: (Heading | Paragraph | Code | List | Html)[]; next: number } | undefined =>
      kept > 0 && !text.startsWith('---', starts[keptNext]) ? { nodes: out.slice(0, kept), next: keptNext } : undefined;
    while (q < starts.length && starts[q] < n && !isBlank(q)) {
      const s = starts[q];
      const e = lineEnd(q);
      const indent = indentOf(text, s, e);
      const line = text.slice(s + indent, e);
      const fence = indent === 0 ? plainFence(line) : undefined;
      if (fence) {
        const code = fencedCode(q, fence);
        if (!code) return stop();
        out.push(code.node);
        q = code.next;
        mayIndent = true;
        kept = out.length;
        keptNext = q;
        continue;
      }
      if (indent === 0 && plainComment(line)) {
        out.push({ type: 'html', value: line, position: { start: point(q + 1, 1, s), end: point(q + 1, e - s + 1, e) } });
        q++;
        mayIndent = true;
        kept = out.length;
        keptNext = q;
        continue;
      }
      const heading = indent === 0 ? plainHeading(line) : undefined;
      if (heading) {
        const title: Text = { type: 'text', value: text.slice(s + heading.at, e), position: { start: point(q + 1, heading.at + 1, s + heading.at), end: point(q + 1, e - s + 1, e) } };
        out.push({ type: 'heading', depth: heading.depth as Heading['depth'], children: [title], position: { start: point(q + 1, 1, s), end: point(q + 1, e - s + 1, e) } });
        q++;
        mayIndent = true;
        kept = out.length;
        keptNext = q;
        continue;
      }
      // A list of plain items where a block starts: the first line when `listOk`, or right after a heading, a fenced
      // code block or a list (which close themselves); it ends at a blank line or at a heading or fence.
      if (indent === 0 && (q === k ? listOk : kept === out.length) && plainItem(line)) {
        const list = plainList(q);
        if (!list) return stop();
        for (const node of list.nodes) out.push(node);
        q = list.next;
        mayIndent = true;
        kept = out.length;
        keptNext = q;
        continue;
      }
      if ((indent > 0 && !mayIndent) || indent > 3 || !plainLine(line)) return stop();
      // A paragraph: plain lines up to a blank line, the end, an ATX heading or a setext underline.
      let j = q + 1;
      let depth: 1 | 2 | undefined;
      let listAfter = false;
      while (j < starts.length && starts[j] < n && !isBlank(j)) {
        const js = starts[j];
        const je = lineEnd(j);
        const ji = indentOf(text, js, je);
        const next = text.slice(js + ji, je);
        if (ji === 0 && (plainHeading(next) || plainFence(next) || plainComment(next))) break;
        if (ji === 0 && startsList(next)) {
          listAfter = true;
          break;
        }
        if (ji <= 3 && SETEXT.test(next)) {
          depth = next.charCodeAt(0) === 61 /* = */ ? 1 : 2;
          break;
        }
        if (ji > 3 || !plainLine(next)) return stop();
        j++;
      }
      const value = paragraphText(q, j);
      if (depth) {
        const ue = lineEnd(j);
        out.push({ type: 'heading', depth, children: [value], position: { start: { ...value.position!.start }, end: point(j + 1, ue - starts[j] + 1, ue) } });
        q = j + 1;
        kept = out.length;
        keptNext = q;
      } else {
        out.push({ type: 'paragraph', children: [value], position: { start: { ...value.position!.start }, end: { ...value.position!.end } } });
        q = j;
      }
      if (listAfter) {
        // A list of plain items interrupts the paragraph (`Questions:` then `- Why?`): the blocks end with it.
        const list = plainList(j);
        if (!list) return stop();
        for (const node of list.nodes) out.push(node);
        q = list.next;
        kept = out.length;
        keptNext = q;
      }
      mayIndent = true;
    }
    return out.length > 0 ? { nodes: out, next: q } : undefined;
  };

  /**
   * Lists of one-line plain items from line `k` (see `plainItem`) up to a line that is not such an item, as the
   * parser builds them: an item of another kind (another bullet, or the other delimiter) starts a new list, and blank
   * lines between two items of one kind make their list loose (`spread`). Items may nest: an item indented to the
   * first column of the text of the item above (`- a` then `  - b`, `1. a` then `   1. b`) starts a list inside it,
   * and one indented as an open list's items are is the next item of that list (or a new list beside it, when its
   * kind differs); any other indent goes to the parser. A plain line in the first column right under an item of a
   * list without nested lists continues that item's paragraph (a lazy line). Undefined when another line right under
   * an item is not an item (it may continue the item or start a block), when the next line after blank lines could continue the list (indented, or a
   * list marker the shortcut does not take: the parser would make one list of both), or when blank lines follow
   * nested items and a list item or an indented line comes after them (looseness across levels is the parser's).
   */
  const plainList = (k: number): { nodes: List[]; next: number } | undefined => {
    const lists: List[] = [];
    // The open lists, outermost first: each one's items' marker column, its current item and that item's text column.
    const open: { list: List; kind: string; marker: number; item: ListItem; content: number }[] = [];
    let nested = false;
    let last = k;
    // Spaces at the end of the last item's line (a lazy line after them would follow a hard break or lose them).
    let lastTrail = 0;
    let blankBefore = false;
    for (let q = k; q < starts.length && starts[q] < n; q++) {
      if (isBlank(q)) {
        blankBefore = true;
        continue;
      }
      const s = starts[q];
      const e = lineEnd(q);
      const d = indentOf(text, s, e);
      const item = blankBefore && (nested || d > 0) ? undefined : plainItem(text.slice(s + d, e));
      if (!item) {
        if (!blankBefore && d === 0 && (plainHeading(text.slice(s, e)) || plainFence(text.slice(s, e)))) break; // a heading or a fence ends every list
        if (!blankBefore) {
          // A plain line in the first column right under an item of a list that has no list inside continues the
          // item's paragraph lazily (`- Why?` then `Questions:`); anything else may be a block of its own.
          if (d > 0 || nested || open.length !== 1 || lastTrail > 0 || !plainLine(text.slice(s, e))) return undefined;
          const level = open[0];
          const paragraph = level.item.children[0] as Paragraph;
          const value = paragraph.children[paragraph.children.length - 1];
          if (value.type !== 'text') return undefined;
          value.value = text.slice(value.position!.start.offset, e);
          value.position = { start: value.position!.start, end: point(q + 1, e - s + 1, e) };
          paragraph.position = { start: paragraph.position!.start, end: point(q + 1, e - s + 1, e) };
          level.item.position = { start: level.item.position!.start, end: point(q + 1, e - s + 1, e) };
          level.list.position = { start: level.list.position!.start, end: point(q + 1, e - s + 1, e) };
          last = q;
          continue;
        }
        const c = text.charCodeAt(s);
        if (c === 32 || c === 9 || listMarker(text.slice(s, e))) return undefined;
        break;
      }
      const ts = s + d + item.at;
      const te = e - item.trail;
      lastTrail = item.trail;
      const paragraph: Paragraph = { type: 'paragraph', children: [], position: { start: point(q + 1, d + item.at + 1, ts), end: point(q + 1, e - s + 1, e) } };
      if (item.bold === undefined) {
        paragraph.children.push({ type: 'text', value: text.slice(ts, te), position: { start: point(q + 1, d + item.at + 1, ts), end: point(q + 1, te - s + 1, te) } });
      } else {
        // `**label**` and the text after it, if any.
        const ie = ts + 2 + item.bold;
        const label: Text = { type: 'text', value: text.slice(ts + 2, ie), position: { start: point(q + 1, ts + 2 - s + 1, ts + 2), end: point(q + 1, ie - s + 1, ie) } };
        paragraph.children.push({ type: 'strong', children: [label], position: { start: point(q + 1, ts - s + 1, ts), end: point(q + 1, ie + 2 - s + 1, ie + 2) } });
        if (ie + 2 < te) paragraph.children.push({ type: 'text', value: text.slice(ie + 2, te), position: { start: point(q + 1, ie + 2 - s + 1, ie + 2), end: point(q + 1, te - s + 1, te) } });
      }
      const listItem: ListItem = { type: 'listItem', spread: false, checked: null, children: [paragraph], position: { start: point(q + 1, d + 1, s + d), end: point(q + 1, e - s + 1, e) } };
      const newList = (): List => ({ type: 'list', ordered: item.start !== null, start: item.start, spread: false, children: [], position: { start: point(q + 1, d + 1, s + d), end: point(q + 1, 1, s) } });
      // Which open list the item belongs to (`at`), or that it starts a list inside the current item.
      let at = -1;
      for (let i = 0; i < open.length; i++) if (open[i].marker === d) at = i;
      if (at >= 0) {
        open.length = at + 1;
        const level = open[at];
        if (level.kind === item.kind) {
          if (blankBefore) level.list.spread = true;
        } else {
          level.list = newList();
          level.kind = item.kind;
          if (at === 0) lists.push(level.list);
          else open[at - 1].item.children.push(level.list);
        }
        level.item = listItem;
        level.content = d + item.at;
      } else if (d === 0) {
        const list = newList();
        lists.push(list);
        open.push({ list, kind: item.kind, marker: 0, item: listItem, content: item.at });
      } else if (open.length > 0 && d === open[open.length - 1].content && (item.start === null || item.start === 1)) {
        // (Only a list that starts at 1 may interrupt the item's paragraph: `2.` would continue it.)
        const list = newList();
        open[open.length - 1].item.children.push(list);
        open.push({ list, kind: item.kind, marker: d, item: listItem, content: d + item.at });
        nested = true;
      } else {
        return undefined;
      }
      open[open.length - 1].list.children.push(listItem);
      // The item ends every open list and item around it.
      for (const level of open) {
        level.list.position = { start: level.list.position!.start, end: point(q + 1, e - s + 1, e) };
        level.item.position = { start: level.item.position!.start, end: point(q + 1, e - s + 1, e) };
      }
      last = q;
      blankBefore = false;
    }
    return lists.length > 0 ? { nodes: lists, next: last + 1 } : undefined;
  };

  type Run = { from: number; to: number; line: number };
  const nodes: { at: number; node: RootContent }[] = [];
  // The text in order: runs for the parser, and the plain blocks built here.
  const segs: ({ run: Run } | { plain: RootContent[] })[] = [];
  let runFrom = 0;
  let runLine = 0;
  let open: Open | undefined;
  let fresh = true; // the block structure starts again at the next non-blank line
  let afterPlain = true; // ...and nothing but plain blocks (or the text's start) came before: a paragraph may start indented
  // A list the parser reads may still be open: a line after blank lines that is a list marker would add an item to it.
  // (A line in the first column after a blank line that is not a list marker closes every list.)
  let listMayContinue = false;
  // The last line before (blank lines aside) went to the parser indented four columns or more, or with a tab: after
  // an indented code block the parser reads an ordered list that does not start at 1 as a paragraph.
  let codeBefore = false;
  let k = 0;
  let plainCount = 0;
  let frontMatter: Yaml | undefined;
  // The front matter: built here when both fences are exactly `---`, else it belongs to the first run.
  while (k < starts.length && starts[k] < bodyFrom) k++;
  if (bodyFrom > 0) {
    afterPlain = false;
    const close = starts[k - 1];
    // (The parser turns NUL into U+FFFD in the value, and the value is cut at `\n` line endings here: front matter
    // with NUL or `\r` goes to the parser.)
    if (text.startsWith('---\n') && k >= 2 && lineEnd(k - 1) - close === 3 && !/[\0\r]/.test(text.slice(0, close))) {
      const value: Yaml = { type: 'yaml', value: close > 4 ? text.slice(4, close - 1) : '', position: { start: point(1, 1, 0), end: point(k, 4, close + 3) } };
      nodes.push({ at: 0, node: value });
      frontMatter = value;
      runFrom = starts[k] ?? n;
      runLine = k;
      plainCount++;
    }
  }
  while (k < starts.length) {
    const s = starts[k];
    if (s >= n && k > 0) break;
    const e = lineEnd(k);
    if (isBlank(k)) {
      if (!open) fresh = true;
      k++;
      continue;
    }
    const indent = indentOf(text, s, e);
    const line = text.slice(s + indent, e);
    if (!open && fresh) {
      const block = plainBlock(k, indent === 0 || (afterPlain && indent <= 3), !listMayContinue && !(codeBefore && !startsList(line)));
      if (block) {
        if (runFrom < s) segs.push({ run: { from: runFrom, to: s, line: runLine } });
        segs.push({ plain: block.nodes });
        plainCount++;
        const j = block.next;
        runFrom = j < starts.length ? starts[j] : n;
        runLine = j;
        k = j;
        fresh = false;
        afterPlain = true;
        listMayContinue = false;
        codeBefore = false;
        continue;
      }
    }
    // Not plain: the line goes to the parser; track blocks that run across blank lines, as ./chunks.ts does.
    codeBefore = indent >= 4 || text.charCodeAt(s + indent) === 9;
    if (!open) {
      if (fresh && indent === 0 && !listMarker(line)) listMayContinue = false;
      else if (MAY_START_LIST.test(line)) listMayContinue = true;
    }
    if (open?.fence) {
      if (closesFence(line, indent, open.fence)) open = undefined;
    } else if (open?.html) {
      if (open.html.test(line)) open = undefined;
    } else {
      const o = opens(line, indent);
      if (o?.html && o.html.test(line.slice(2))) open = undefined;
      else open = o;
    }
    fresh = false;
    afterPlain = false;
    k++;
  }
  if (plainCount === 0) return parse(text);
  if (runFrom < n) segs.push({ run: { from: runFrom, to: n, line: runLine } });

  // Each parser call has a cost of its own (the parser's set-up, about as much as a short block), so short plain
  // blocks between two runs (under SANDWICHED_CHARS in all) go to the parser with them, as one run: cutting them
  // out would cost more than it saves (thousands of `<details>` blocks around one plain line each took 1.5 s for
  // 100 KB, now 1.0 s; real stories parse as fast or a little faster). Blank lines between plain blocks are no run.
  const blankRun = (r: Run): boolean => r.from > 0 && /^[ \t\r\n]*$/.test(text.slice(r.from, r.to));
  const runs: Run[] = [];
  let before: Run | undefined; // the run right before (blank lines aside)
  for (let i = 0; i < segs.length; ) {
    const seg = segs[i];
    if ('run' in seg) {
      if (!blankRun(seg.run)) {
        runs.push(seg.run);
        before = seg.run;
      }
      i++;
      continue;
    }
    let j = i;
    let count = 0;
    for (let g = segs[j]; g && ('plain' in g || blankRun(g.run)); g = segs[++j]) {
      if ('plain' in g) for (const node of g.plain) count += (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0);
    }
    const after = segs[j];
    if (before && after && 'run' in after && count < SANDWICHED_CHARS) {
      before.to = after.run.to;
      i = j + 1;
      continue;
    }
    for (let q = i; q < j; q++) {
      const g = segs[q];
      if (g && 'plain' in g) for (const node of g.plain) nodes.push({ at: node.position?.start.offset ?? 0, node });
    }
    before = undefined;
    i = j;
  }

  for (const run of runs) {
    if (run.from > 0 && /^[ \t\r\n]*$/.test(text.slice(run.from, run.to))) continue; // blank lines between plain blocks
    if (frontMatter && run.from === bodyFrom) {
      // Blocks right after the front matter go to the parser with it: a piece of their own would start at the
      // first line, where a `---` opens front matter.
      nodes.splice(nodes.findIndex((x) => x.node === frontMatter), 1);
      run.from = 0;
      run.line = 0;
    }
    const piece = text.slice(run.from, run.to);
    // A run after a plain block starts with a blank line. The parser reads a line after any block as if it might
    // interrupt it (an ordered list that does not start at 1 is then a paragraph), so a paragraph is put before the
    // run for the parser to read it as it reads the whole text, and dropped.
    const prefix = '';
    const tree = parse(prefix + piece);
    // The scan and the parser disagree about a block that runs on (a fence the scan did not see): parse it all.
    if (run.to < n && leftOpen(tree, prefix + piece)) return parse(text);
    for (const child of tree.children) {
      if ((child.position?.start.offset ?? 0) < prefix.length) continue;
      shift([child], run.from - prefix.length, run.line - (prefix ? 1 : 0));
      nodes.push({ at: child.position?.start.offset ?? run.from, node: child });
    }
  }
  nodes.sort((a, b) => a.at - b.at);
  const last = starts.length - 1;
  return {
    type: 'root',
    children: nodes.map((x) => x.node),
    position: { start: point(1, 1, 0), end: point(last + 1, n - starts[last] + 1, n) },
  };
}

