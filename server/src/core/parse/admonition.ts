// MkDocs / Python-Markdown admonitions and collapsible blocks (pymdownx.details):
//
//     !!! question "What project are you most proud of?"
//
//         ??? tip "Short answer"
//
//             **Situation**
//             ...
//
// A plain Markdown reader sees the indented body as a code block, so the answer's labels, paragraphs and lists are
// lost. Before parsing, each admonition line becomes a heading carrying its title (one level under the heading
// it sits under, one more per nesting level; an admonition without a title is blanked), and its body lines are
// shifted left by the admonition's indentation: the indentation moves to the end of the line, so every line keeps
// its start and length (line numbers stay exact). After parsing, `remapTree` moves every position of the tree back
// to the text as written. One pass over the lines, and only when the text holds `!!!` or `???` at a line start.
import type { Nodes, Root } from 'mdast';
import { matchLabel } from './labels';

/** `!!! type "Title"`, `??? type "Title"`, `???+ type`: indent, marker, type words, quoted title. */
const HEADER = /^([ ]*)(!!!|\?\?\?\+?|===\+?)[ \t]+([A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)*)?[ \t]*(?:"([^"\n]*)")?[ \t]*$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
/** A directive's fence: `:::tip`, `:::tip Title`, `:::tip[Title]`, `:::tip{title="Title"}`, `::: {.note}`, a bare `:::`. */
const DIRECTIVE = /^ {0,3}:{3,}[ \t]*(?:([A-Za-z][\w-]*|\{[^{}\n]*\})(?:[ \t]+([^[{\n][^\n]*?)|\[([^\]\n]+)\]|\{[^{}\n]*?title=["']([^"'\n]+)["'][^{}\n]*\})?)?[ \t]*:*[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** One line's mapping: transformed [at, at + len) holds original [from, from + len). */
interface Segment {
  at: number;
  from: number;
  len: number;
}

export interface Admonitions {
  text: string;
  /** Line starts of the text (the same in both texts). */
  starts: number[];
  /** Line index → the segment of that line that moved. */
  moved: Map<number, Segment>;
  /** Offsets (of their line starts) of the admonitions whose type asks a question (`question`, `faq`, `help`). */
  asked: Set<number>;
}

/** Admonition types that mark their title as a question put to the reader (MkDocs Material's question and its aliases). */
const ASKING = /^(?:question|faq|help|quiz)$/iu;

/** Whether a line holds only spaces or tabs. */
function blank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * The text with its admonitions made readable as Markdown (see the top of this file), or undefined when it has none.
 */
export function unfoldAdmonitions(text: string): Admonitions | undefined {
  if (!/^[ ]*(?:!!!|\?\?\?|===\+?[ \t]+"|:::)/m.test(text)) return undefined;
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const out: string[] = [];
  const moved = new Map<number, Segment>();
  const asked = new Set<number>();
  /** Open admonitions: the indentation of their bodies. */
  const open: number[] = [];
  let heading = 0;
  let fence: string | undefined;
  let any = false;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? 0;
    const e = k + 1 < starts.length ? (starts[k + 1] ?? text.length) - 1 : text.length;
    let line = text.slice(s, e);
    const cr = line.endsWith('\r') ? '\r' : '';
    if (cr) line = line.slice(0, -1);
    // Close admonitions whose body this line is not in.
    if (!blank(line)) {
      const ind = indentOf(line);
      while (open.length > 0 && ind < (open[open.length - 1] ?? 0)) open.pop();
    }
    const shiftBy = open.length > 0 && !blank(line) ? (open[open.length - 1] ?? 0) : 0;
    const body = line.slice(shiftBy);
    // Fences inside a body are read as written: no header inside them.
    const f = FENCE.exec(body);
    if (fence) {
      if (f && f[1]!.startsWith(fence) && f[1]![0] === fence[0]) fence = undefined;
    } else if (f) {
      fence = f[1];
    } else if (open.length === 0) {
      const h = ATX.exec(line);
      if (h) heading = h[1]!.length;
    }
    // A directive (Docusaurus, Pandoc: `:::tip Situation`, `:::note[Result]`, a bare `:::` closing it) is markup: its
    // title is a heading when it names a part of the answer (a tab of the answer), else the line is blanked.
    const d = fence === undefined && !f && open.length === 0 ? DIRECTIVE.exec(line) : null;
    if (d) {
      any = true;
      const title = (d[2] ?? d[3] ?? d[4] ?? '').trim();
      const label = title && title.length <= 60 ? matchLabel(title, false, false, true) : undefined;
      if (!label) {
        out.push(' '.repeat(line.length) + cr);
        continue;
      }
      const mark = '#'.repeat(Math.min(6, heading + 1)) + ' ';
      const shown = title.slice(0, Math.max(0, line.length - mark.length));
      out.push((mark + shown).padEnd(line.length, ' ') + cr);
      moved.set(k, { at: s + mark.length, from: s + line.indexOf(title), len: shown.length });
      continue;
    }
    let m = fence === undefined && !f ? HEADER.exec(body) : null;
    // Content tabs (`=== "Tab"`) need their title: a bare `===` underlines a setext heading.
    if (m && m[2]!.startsWith('=') && (m[4] === undefined || m[3] !== undefined)) m = null;
    if (m) {
      any = true;
      const depth = Math.min(6, heading + 1 + open.length);
      const title = (m[4] ?? '').trim();
      const ownIndent = shiftBy + (m[1] ?? '').length;
      open.push(ownIndent + 4);
      if (title === '') {
        out.push(' '.repeat(line.length) + cr);
        continue;
      }
      const titleFrom = s + line.indexOf('"', ownIndent) + 1 + (m[4] ?? '').indexOf(title);
      const mark = '#'.repeat(depth) + ' ';
      // (the heading must not outgrow the line — `!!! "T"` under an H5 becomes `###### T`, one longer — or every
      // later offset would move: the title is cut to the room the line has)
      const shown = title.slice(0, Math.max(0, line.length - mark.length));
      out.push((mark + shown).padEnd(line.length, ' ') + cr);
      moved.set(k, { at: s + mark.length, from: titleFrom, len: shown.length });
      if (ASKING.test((m[3] ?? '').split(/[ \t]+/u)[0] ?? '')) asked.add(s);
      continue;
    }
    if (shiftBy > 0) {
      out.push(body + ' '.repeat(shiftBy) + cr);
      moved.set(k, { at: s, from: s + shiftBy, len: body.length });
      continue;
    }
    out.push(line + cr);
  }
  if (!any) return undefined;
  return { text: out.join('\n'), starts, moved, asked };
}

/** The offset in the text as written of `offset` in the unfolded text. */
function original(a: Admonitions, offset: number): number {
  let lo = 0;
  let hi = a.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((a.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = a.moved.get(lo);
  if (!seg) return offset;
  if (offset < seg.at) return a.starts[lo] ?? offset;
  return seg.from + Math.min(offset - seg.at, seg.len);
}

/** Moves every position in `tree` (parsed from `a.text`) back to the text as written. */
export function remapTree(tree: Root, a: Admonitions): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) {
      for (const pt of [p.start, p.end]) {
        if (typeof pt.offset !== 'number') continue;
        const o = original(a, pt.offset);
        pt.offset = o;
        pt.column = o - (a.starts[pt.line - 1] ?? 0) + 1;
      }
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}
