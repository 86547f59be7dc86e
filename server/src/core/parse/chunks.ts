// Parses a large Markdown text in pieces of bounded size and joins their syntax trees into one, so that the parse
// stays linear in the text's length. The Markdown parser (micromark, through remark) keeps every event of the
// document until the end and builds the tree from them: on a long document of many small blocks its cost per
// character grows several-fold with the document (most of it garbage collection over the live events), up to
// 8 s for 1 MB of short paragraphs or headings. Parsed in pieces of a few kilobytes, each piece's events are
// dropped before the next, and 1 MB of such blocks parses several times faster.
//
// A piece ends only where the block structure surely starts again from nothing: after a blank line, before a
// line that begins in the first column with something that cannot continue a block left open (not a space, not
// a list marker, which could add an item to the list above, not `---`, which would read as front matter), outside a top-level fenced code block or an HTML
// block that runs across blank lines (comments, `<pre>`, `<script>`...), and after the front matter. Each node's
// position is shifted by where its piece starts, so the joined tree has the positions a whole parse gives. A run of
// more than FORCED_CHUNK_CHARS with no such place (a paragraph, list or quote without a blank line) is cut at a line
// that can start a block by itself: there the tree has two blocks where a whole parse has one.
//
// Two things CommonMark shares across the document are restored: a link reference (`[text]`, `[text][label]`)
// resolves when a definition (`[label]: url`) for it is anywhere in the document, so a piece with references to
// labels defined in another piece is parsed again with those definitions added after it (and their nodes
// dropped); and a fenced code or HTML block the scan took for closed but the parser did not (a fence inside an
// HTML block, say) makes the rest of the text one piece.
import type { Nodes, Root, RootContent } from 'mdast';

/** Texts up to this many characters are parsed whole. */
export const CHUNKED_FROM = 16 * 1024;
/** A piece ends at the first boundary after this many characters. */
export const CHUNK_CHARS = 2 * 1024;
/**
 * A run of lines without such a boundary (one paragraph, list or block quote without a blank line) is cut where a
 * line could start a block anyway once its piece is this long; see `mayForce`. The pieces' trees then differ from
 * the whole parse there (two paragraphs or lists where it had one), which only text no story has reaches: of the
 * 3,812 Markdown files of eval/, test/fixtures, examples, docs and the shared corpus, six are long enough to be
 * parsed in pieces and one (eval/README.md, no story) has such a run. 4 KB rather than 16 KB (round 14): the parser
 * keeps every event of a piece until its end, so a list of thousands of items with no blank line (`1. **Situation:**`
 * repeated) cost about twice as much per character in 16 KB pieces, a third of it garbage collection.
 */
export const FORCED_CHUNK_CHARS = 4 * 1024;

type Parse = (text: string) => Root;

export interface Open {
  /** The closing fence's character and least length, for a fenced code block. */
  fence?: { char: number; length: number };
  /** The text that ends an HTML block of kind 1 to 5 (`-->`, `?>`, `>`, `]]>`, `</pre>`...). */
  html?: RegExp;
}

const HTML_RAW = /^<(?:script|pre|style|textarea)(?=[\s>]|$)/i;

/** Whether a line (from `j`, its first non-space character, `indent` columns in) opens a block that blank lines do not end. */
export function opens(line: string, indent: number): Open | undefined {
  if (indent > 3) return undefined;
  const c = line.charCodeAt(0);
  if (c === 96 /* ` */ || c === 126 /* ~ */) {
    let k = 0;
    while (line.charCodeAt(k) === c) k++;
    if (k < 3) return undefined;
    if (c === 96 && line.indexOf('`', k) >= 0) return undefined; // a backtick fence's info has no backtick
    return { fence: { char: c, length: k } };
  }
  if (c !== 60 /* < */) return undefined;
  if (HTML_RAW.test(line)) return { html: /<\/(?:script|pre|style|textarea)>/i };
  if (line.startsWith('<!--')) return { html: /-->/ };
  if (line.startsWith('<?')) return { html: /\?>/ };
  if (line.startsWith('<![CDATA[')) return { html: /\]\]>/ };
  if (/^<![A-Za-z]/.test(line)) return { html: />/ };
  return undefined;
}

/** Columns of a run of spaces and tabs (a tab to the next multiple of 4). */
function columns(space: string): number {
  let n = 0;
  for (const ch of space) n += ch === '\t' ? 4 - (n % 4) : 1;
  return n;
}

/** Whether a fenced code block's closing fence is this line (`indent` columns in). */
export function closesFence(line: string, indent: number, fence: { char: number; length: number }): boolean {
  if (indent > 3) return false;
  let k = 0;
  while (line.charCodeAt(k) === fence.char) k++;
  return k >= fence.length && line.slice(k).trim() === '';
}

/** Whether a line that starts in the first column may continue a list (a bullet or an ordered item's marker). */
export function listMarker(line: string): boolean {
  const c = line.charCodeAt(0);
  const after = (k: number): boolean => {
    const d = line.charCodeAt(k);
    return Number.isNaN(d) || d === 32 || d === 9;
  };
  if (c === 45 || c === 43 || c === 42) return after(1);
  let k = 0;
  while (k < 10 && line.charCodeAt(k) >= 48 && line.charCodeAt(k) <= 57) k++;
  if (k === 0 || k > 9) return false;
  const d = line.charCodeAt(k);
  return (d === 46 || d === 41) && after(k + 1);
}

/**
 * Whether a line inside a run (no blank line before it) may start a piece in a run too long for one: text (a letter
 * or a digit first, up to three spaces in), a list item or a block quote line in the first column. Not a line that
 * could underline a heading or be a thematic break, open code or HTML, or a link reference definition.
 */
function mayForce(line: string, indent: number): boolean {
  if (indent > 3) return false;
  if (/^(?:[-*_])(?:[ \t]*[-*_]){2,}[ \t]*$|^-+[ \t]*$/.test(line)) return false;
  if (listMarker(line) || line.charCodeAt(0) === 62 /* > */) return indent === 0;
  return /^[\p{L}\p{N}]/u.test(line);
}

/** End of the front matter (after its closing `---` line), or 0 when the text has none. */
export function frontMatterEnd(text: string): number {
  const first = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!first) return 0;
  const close = /^---[ \t]*(?:\r\n|\r|\n|$)/gm;
  close.lastIndex = first[0].length;
  const m = close.exec(text);
  return m ? m.index + m[0].length : 0;
}

/**
 * Where the pieces start (the first is 0): offsets of lines where the block structure surely starts again, at
 * least `size` characters apart.
 */
export function chunkStarts(text: string, size = CHUNK_CHARS, forced = FORCED_CHUNK_CHARS): number[] {
  const starts = [0];
  const n = text.length;
  let i = frontMatterEnd(text);
  let open: Open | undefined;
  let blankBefore = false;
  while (i < n) {
    let e = i;
    while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    let next = e;
    if (next < n) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    let j = i;
    let indent = 0;
    for (; j < e; j++) {
      const c = text.charCodeAt(j);
      if (c === 32) indent++;
      else if (c === 9) indent += 4 - (indent % 4);
      else break;
    }
    const blank = j === e;
    const line = text.slice(j, e);
    if (open?.fence) {
      if (closesFence(line, indent, open.fence)) open = undefined;
    } else if (open?.html) {
      if (open.html.test(line)) open = undefined;
    } else if (!blank) {
      const since = i - (starts[starts.length - 1] ?? 0);
      if (blankBefore && indent === 0 && !listMarker(line) && !/^---[ \t]*$/.test(line) && since >= size) starts.push(i);
      else if (!blankBefore && since >= forced && mayForce(line, indent)) starts.push(i);
      const o = opens(line, indent);
      // An HTML block closed on its own line (`<!-- a -->`) stays closed.
      if (o?.html && o.html.test(line.slice(2))) open = undefined;
      else open = o;
    }
    blankBefore = blank && !open;
    i = next;
  }
  return starts;
}

/** Line breaks before each offset of `starts` (sorted), for shifting line numbers. */
function linesBefore(text: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  let lines = 0;
  let at = 0;
  for (const s of starts) {
    for (; at < s; at++) {
      const c = text.charCodeAt(at);
      if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) lines++;
    }
    out.push(lines);
  }
  return out;
}

/**
 * Moves every position in a tree by `offset` characters and `lines` lines (pieces start at a line's start), in
 * place: the parser gives each node points of its own.
 */
export function shift(nodes: readonly Nodes[], offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return;
  const stack: Nodes[] = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) {
      p.start.line += lines;
      p.start.offset = (p.start.offset ?? 0) + offset;
      p.end.line += lines;
      p.end.offset = (p.end.offset ?? 0) + offset;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

/** The identifier a label gets (as micromark normalizes it): spaces collapsed, case folded. */
function identifier(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();
}

/** The labels of the definitions among a tree's nodes, read from the source (as written, escapes included). */
function definitionLabels(tree: Root, source: string, offset: number, into: Map<string, string>): Set<string> {
  const own = new Set<string>();
  const stack: Nodes[] = [...tree.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') {
      const s = (node.position?.start.offset ?? 0) + offset;
      const e = (node.position?.end.offset ?? 0) + offset;
      const raw = bracketed(source, source.indexOf('[', s), e);
      if (raw !== undefined) {
        const id = identifier(raw);
        own.add(id);
        if (!into.has(id)) into.set(id, raw);
      }
    } else if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return own;
}

/** The text between `[` at `at` and its closing `]` (backslash escapes skipped), if it closes before `end`. */
function bracketed(source: string, at: number, end: number): string | undefined {
  if (at < 0 || at >= end) return undefined;
  for (let k = at + 1; k < end && k - at <= 1000; k++) {
    const c = source.charCodeAt(k);
    if (c === 92 /* \ */) k++;
    else if (c === 91 /* [ */) return undefined;
    else if (c === 93 /* ] */) return source.slice(at + 1, k);
  }
  return undefined;
}

/** Labels written in brackets in a piece (`[x]`, without brackets inside) that another piece defines. */
function foreignReferences(source: string, from: number, to: number, defined: ReadonlyMap<string, string>, own: ReadonlySet<string>): string[] {
  const found = new Map<string, string>();
  for (let at = source.indexOf('[', from); at >= 0 && at < to; at = source.indexOf('[', at + 1)) {
    const raw = bracketed(source, at, to);
    if (raw === undefined) continue;
    const id = identifier(raw);
    if (id !== '' && !own.has(id) && defined.has(id) && !found.has(id)) found.set(id, defined.get(id) ?? raw);
  }
  return [...found.values()];
}

/** Whether a piece's last block is a fenced code or HTML block the parser left open at the piece's end. */
export function leftOpen(tree: Root, piece: string): boolean {
  const last = tree.children[tree.children.length - 1];
  if (!last || (last.type !== 'code' && last.type !== 'html')) return false;
  const start = last.position?.start.offset ?? 0;
  const src = piece.slice(start, last.position?.end.offset ?? 0);
  const lines = src.split(/\r\n|\r|\n/);
  const first = (lines[0] ?? '').replace(/^[ \t]+/, '');
  let lineStart = start;
  while (lineStart > 0 && piece.charCodeAt(lineStart - 1) !== 10 && piece.charCodeAt(lineStart - 1) !== 13) lineStart--;
  const o = opens(first, columns(piece.slice(lineStart, start) + (lines[0] ?? '').slice(0, (lines[0] ?? '').length - first.length)));
  if (!o) return false;
  if (o.fence) return lines.length < 2 || !closesFence((lines[lines.length - 1] ?? '').replace(/^[ \t]+/, ''), 0, o.fence);
  return !o.html?.test(src.slice(src.indexOf('<') + 2));
}

/**
 * Parses `text` with `parse`, in pieces when it is long (see the top of this file); the tree is the one a whole
 * parse gives, positions included.
 */
export function parseInChunks(text: string, parse: Parse, size = CHUNK_CHARS, from = CHUNKED_FROM, forced = FORCED_CHUNK_CHARS): Root {
  if (text.length <= from) return parse(text);
  const starts = chunkStarts(text, size, forced);
  if (starts.length === 1) return parse(text);
  const trees: Root[] = [];
  const ends: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? 0;
    const last = k === starts.length - 1;
    const e = last ? text.length : (starts[k + 1] ?? text.length);
    const tree = parse(text.slice(s, e));
    if (!last && leftOpen(tree, text.slice(s, e))) {
      // The scan and the parser disagree about a block that runs on: the rest is one piece.
      trees.push(parse(text.slice(s)));
      ends.push(text.length);
      starts.length = k + 1;
      break;
    }
    trees.push(tree);
    ends.push(e);
  }
  // References to definitions in other pieces: parse those pieces again with the definitions before them (a piece
  // starts where the block structure starts again, so definitions and a blank line before it change nothing else),
  // or after the first piece (which may start with front matter, and leaves no block open at its end).
  const before = linesBefore(text, starts);
  const lastStart = starts[starts.length - 1] ?? 0;
  const lastLines = before[before.length - 1] ?? 0;
  const defined = new Map<string, string>();
  const own = trees.map((tree, k) => definitionLabels(tree, text, starts[k] ?? 0, defined));
  if (defined.size > 0) {
    for (let k = 0; k < trees.length; k++) {
      const s = starts[k] ?? 0;
      const refs = foreignReferences(text, s, ends[k] ?? text.length, defined, own[k] ?? new Set());
      if (refs.length === 0) continue;
      const definitions = refs.map((raw) => `[${raw}]: #`).join('\n');
      if (k === 0) {
        const piece = text.slice(s, ends[k]);
        const tree = parse(`${piece}\n\n${definitions}\n`);
        tree.children = tree.children.filter((child) => (child.position?.start.offset ?? 0) < piece.length);
        trees[k] = tree;
        continue;
      }
      const prefix = `${definitions}\n\n`;
      const tree = parse(prefix + text.slice(s, ends[k]));
      tree.children = tree.children.filter((child) => (child.position?.start.offset ?? 0) >= prefix.length);
      trees[k] = tree;
      starts[k] = s - prefix.length;
      before[k] = (before[k] ?? 0) - refs.length - 1;
    }
  }
  const children: RootContent[] = [];
  for (let k = 0; k < trees.length; k++) {
    const tree = trees[k];
    if (!tree) continue;
    shift(tree.children, starts[k] ?? 0, before[k] ?? 0);
    for (const child of tree.children) children.push(child);
  }
  const end = pointAt(text, text.length, lastLines, lastStart);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** The 1-based point of `offset`, counting lines from a line start `from` that has `lines` line breaks before it. */
function pointAt(text: string, offset: number, lines: number, from: number): { line: number; column: number; offset: number } {
  let line = lines + 1;
  let lineStart = from;
  for (let i = from; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}
