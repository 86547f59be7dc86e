// Layout transforms for the metamorphic test of part marking (`npm run metamorphic`, test/unit/metamorphic.test.ts).
// Each transform changes only the DRESS of an answer — heading levels, how a part's label is written, where its body
// sits, line endings — never its words' meaning, so the checker's reading of the answer (answers found, their kind,
// which parts are present, which rules fire) should stay the same. A transform is a small pure function of the text
// and of where the checker found the parts in it; it returns undefined when it does not apply to the file.
import type { PartName, Story } from '../../server/src/core';

/** One part marker as the checker read it in the original text (lines and columns are 1-based). */
export interface MarkerAt {
  part: PartName;
  /** The label as written ("Situation", "S", "What I did"), cleaned of edge punctuation. */
  label: string;
  kind: 'heading' | 'bold' | 'label' | 'list';
  line: number;
  /** Columns of the marker on its line: [start, end). */
  startCol: number;
  endCol: number;
  /** Last line of the part's body (the line before the next marker of the story, or the part's end). */
  bodyEnd: number;
}

export interface StoryAt {
  titleLine: number;
  /** Depth of the title heading, when the title is an ATX heading. */
  titleDepth?: number;
  markers: MarkerAt[];
}

export interface Transform {
  name: string;
  /** The class of layout it exercises (heading, label form, punctuation, decoration, container, whitespace, inline, header). */
  cls: string;
  apply(text: string, stories: readonly StoryAt[]): string | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Lines

interface Doc {
  lines: string[];
  eol: string;
  /** Lines (0-based) inside front matter or a code fence: never touched. */
  frozen: boolean[];
}

function doc(text: string): Doc {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const frozen = lines.map(() => false);
  let i = 0;
  if (lines[0] === '---') {
    frozen[0] = true;
    for (i = 1; i < lines.length; i++) {
      frozen[i] = true;
      if (lines[i] === '---' || lines[i] === '...') {
        i++;
        break;
      }
    }
  }
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[i]);
    if (fence) {
      frozen[i] = true;
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = undefined;
    } else if (m) {
      fence = m[1];
      frozen[i] = true;
    }
  }
  return { lines, eol, frozen };
}

const ATX = /^(#{1,6})(\s+)/;
/** What may stand before a marker on its line for the marker to lead the line: indent, quote marks, a bullet, a symbol. */
const LEADING = /^\s{0,3}(?:>\s?)*(?:[-*+]\s+|\d+[.)]\s+)?(?:[^\p{L}\p{N}\s|<>[\]`]{1,4}\s*)?$/u;

/** Markers that lead their line in a plain dress (headings and bold, plain or list labels; no tables or HTML). */
function simpleMarkers(d: Doc, stories: readonly StoryAt[]): MarkerAt[] {
  const out: MarkerAt[] = [];
  for (const s of stories) {
    for (const m of s.markers) {
      const line = d.lines[m.line - 1];
      if (line === undefined || d.frozen[m.line - 1]) continue;
      const prefix = line.slice(0, m.startCol - 1);
      const marker = line.slice(m.startCol - 1, m.endCol - 1);
      if (marker.includes('<') || marker.includes('|') || !m.label) continue;
      if (m.kind === 'heading' ? !ATX.test(line) : !LEADING.test(prefix)) continue;
      out.push(m);
    }
  }
  return out;
}

/** The text after a marker on its line, without the separator the label left behind (`: `, `** - `). */
function restOf(line: string, m: MarkerAt): string {
  if (m.kind === 'heading') return '';
  // A full stop is a separator only before a space ("..." is a body).
  return line.slice(m.endCol - 1).replace(/^[\s*_]*(?:[:：\-–—)]|\.(?=\s))?[\s*_]*/u, '');
}

/** The marker line's lead-in kept by re-dressing: the list bullet or quote marks before an inline label. */
function leadOf(line: string, m: MarkerAt): string {
  if (m.kind === 'heading') return '';
  const prefix = line.slice(0, m.startCol - 1);
  return /^\s*(?:>\s?)*(?:[-*+]\s+|\d+[.)]\s+)?/.exec(prefix)![0];
}

function isParagraphLine(s: string): boolean {
  return /\S/.test(s) && !/^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||`{3}|~{3}|<)/.test(s);
}

/** Index (0-based) of the first non-blank line of a marker's body, when it is a paragraph line within the part. */
function firstBodyLine(d: Doc, m: MarkerAt): number | undefined {
  for (let i = m.line; i < m.bodyEnd && i < d.lines.length; i++) {
    if (d.frozen[i]) return undefined;
    if (/\S/.test(d.lines[i])) return isParagraphLine(d.lines[i]) ? i : undefined;
  }
  return undefined;
}

/**
 * Rewrites the marker lines of each story with `dress(marker, line, doc)`: it returns the replacement lines, undefined
 * to leave a marker of another form alone, or null when it cannot dress this marker (then the story is left whole: a
 * story half in one dress and half in another is not the same answer re-dressed). It may clear body lines by index
 * (pulled up into the marker line). A story with a marker that does not lead its line is left alone. Undefined when
 * nothing changed.
 */
function remark(
  text: string,
  stories: readonly StoryAt[],
  dress: (m: MarkerAt, line: string, d: Doc, drop: Set<number>) => string[] | undefined | null,
): string | undefined {
  const d = doc(text);
  const replaced = new Map<number, string[]>();
  const drop = new Set<number>();
  for (const s of stories) {
    const ms = simpleMarkers(d, [s]);
    if (ms.length === 0 || ms.length !== s.markers.length || new Set(ms.map((m) => m.line)).size !== ms.length) continue;
    const mine = new Map<number, string[]>();
    const dropped = new Set<number>();
    let whole = true;
    for (const m of ms) {
      const r = dress(m, d.lines[m.line - 1], d, dropped);
      if (r === null) whole = false;
      else if (r) mine.set(m.line - 1, r);
    }
    if (!whole) continue;
    for (const [k, v] of mine) replaced.set(k, v);
    for (const k of dropped) drop.add(k);
  }
  if (replaced.size === 0) return undefined;
  const out: string[] = [];
  d.lines.forEach((l, i) => {
    if (drop.has(i)) return;
    const r = replaced.get(i);
    if (r) out.push(...r);
    else out.push(l);
  });
  const result = out.join(d.eol);
  return result === text ? undefined : result;
}

/** The marker's first body line pulled up beside the label (for dresses that put the label inline). */
function pullUp(d: Doc, m: MarkerAt, drop: Set<number>): string | undefined {
  const i = firstBodyLine(d, m);
  if (i === undefined) return undefined;
  for (let k = m.line; k <= i; k++) drop.add(k);
  return d.lines[i].trim();
}

function inline(m: MarkerAt, line: string, d: Doc, drop: Set<number>): { lead: string; rest: string } | null {
  if (m.kind === 'heading') {
    const rest = pullUp(d, m, drop);
    return rest === undefined ? null : { lead: '', rest };
  }
  return { lead: leadOf(line, m), rest: restOf(line, m) };
}

// ---------------------------------------------------------------------------------------------------------------
// Whole-file transforms

function shiftHeadings(text: string, by: 1 | -1): string | undefined {
  const d = doc(text);
  const depths = d.lines.map((l, i) => (d.frozen[i] ? 0 : (ATX.exec(l)?.[1].length ?? 0))).filter((n) => n > 0);
  if (depths.length === 0) return undefined;
  if (by === 1 && Math.max(...depths) >= 6) return undefined;
  if (by === -1 && Math.min(...depths) <= 1) return undefined;
  const lines = d.lines.map((l, i) => (d.frozen[i] || !ATX.test(l) ? l : by === 1 ? `#${l}` : l.slice(1)));
  return lines.join(d.eol);
}

const crlf: Transform = {
  name: 'crlf',
  cls: 'whitespace',
  apply: (text) => (text.includes('\r\n') ? undefined : text.replace(/\n/g, '\r\n')),
};

const trailingSpaces: Transform = {
  name: 'trailing-spaces',
  cls: 'whitespace',
  apply: (text) => {
    const d = doc(text);
    return d.lines.map((l, i) => (d.frozen[i] || !/\S/.test(l) ? l : `${l}  `)).join(d.eol);
  },
};

const headingsDown: Transform = { name: 'headings-down', cls: 'heading level', apply: (text) => shiftHeadings(text, 1) };
const headingsUp: Transform = { name: 'headings-up', cls: 'heading level', apply: (text) => shiftHeadings(text, -1) };

const partHeadingsDeeper: Transform = {
  name: 'part-headings-deeper',
  cls: 'heading level',
  apply: (text, stories) =>
    remark(text, stories, (m, line) => (m.kind === 'heading' && !line.startsWith('######') ? [`#${line}`] : undefined)),
};

// ---------------------------------------------------------------------------------------------------------------
// Label forms

const headingToBoldLine: Transform = {
  name: 'heading-to-bold-line',
  cls: 'label form',
  apply: (text, stories) => remark(text, stories, (m) => (m.kind === 'heading' ? [`**${m.label}:**`] : undefined)),
};

const headingToBoldInline: Transform = {
  name: 'heading-to-bold-inline',
  cls: 'label form',
  apply: (text, stories) =>
    remark(text, stories, (m, _line, d, drop) => {
      if (m.kind !== 'heading') return undefined;
      const rest = pullUp(d, m, drop);
      return rest === undefined ? null : [`**${m.label}:** ${rest}`];
    }),
};

const inlineToHeading: Transform = {
  name: 'inline-to-heading',
  cls: 'label form',
  apply: (text, stories) => {
    const depth = new Map<MarkerAt, number>();
    // Only under a heading title (or in a file of one answer): in a bank whose titles are bold lines, new headings
    // would cut the file anew, which is a change of meaning, not of dress.
    for (const s of stories) if (s.titleDepth !== undefined || stories.length === 1) for (const m of s.markers) depth.set(m, Math.min(6, (s.titleDepth ?? 1) + 1));
    return remark(text, stories, (m, line) => {
      if (m.kind === 'heading') return undefined;
      if (!depth.has(m)) return null;
      const rest = restOf(line, m);
      const h = `${'#'.repeat(depth.get(m) ?? 2)} ${m.label}`;
      return rest ? [h, '', rest] : [h];
    });
  },
};

const toListItem: Transform = {
  name: 'list-item',
  cls: 'label form',
  apply: (text, stories) =>
    remark(text, stories, (m, line, d, drop) => {
      if (m.kind === 'list') return undefined;
      const r = inline(m, line, d, drop);
      return r ? [`- **${m.label}**: ${r.rest}`.trimEnd()] : null;
    }),
};

const plainLabel: Transform = {
  name: 'plain-label',
  cls: 'label form',
  apply: (text, stories) =>
    remark(text, stories, (m, line, d, drop) => {
      if (m.kind === 'label') return undefined;
      const r = inline(m, line, d, drop);
      return r ? [`${r.lead}${m.label}: ${r.rest}`.trimEnd()] : null;
    }),
};

const STAR_LETTER: Record<string, string> = { situation: 'S', task: 'T', action: 'A', actions: 'A', result: 'R', results: 'R', learning: 'L' };

const starLetters: Transform = {
  name: 'star-letters',
  cls: 'label form',
  apply: (text, stories) => {
    const all = stories.flatMap((s) => s.markers);
    if (all.length === 0 || !all.every((m) => STAR_LETTER[m.label.toLowerCase()])) return undefined;
    return remark(text, stories, (m, line, d, drop) => {
      const r = inline(m, line, d, drop);
      const bold = m.kind === 'heading' || line.slice(m.startCol - 1, m.endCol - 1).includes('**');
      const letter = STAR_LETTER[m.label.toLowerCase()];
      return r ? [`${r.lead}${bold ? `**${letter}:**` : `${letter}:`} ${r.rest}`.trimEnd()] : null;
    });
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Label punctuation: `**Situation**<sep>text` (bold kept as the file had it)

function separator(name: string, sep: string): Transform {
  return {
    name,
    cls: 'punctuation',
    apply: (text, stories) =>
      remark(text, stories, (m, line) => {
        if (m.kind === 'heading') return undefined;
        const rest = restOf(line, m);
        if (!rest) return null;
        const bold = line.slice(m.startCol - 1, m.endCol - 1).includes('**');
        return [`${leadOf(line, m)}${bold ? `**${m.label}**` : m.label}${sep}${rest}`];
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Decoration

function decorate(name: string, symbol: string): Transform {
  return {
    name,
    cls: 'decoration',
    apply: (text, stories) =>
      remark(text, stories, (m, line) => {
        if (m.kind === 'heading') return [line.replace(ATX, `$1$2${symbol} `)];
        const lead = leadOf(line, m);
        return [`${lead}${symbol} ${line.slice(lead.length)}`];
      }),
  };
}

function relabel(name: string, f: (label: string) => string): Transform {
  return {
    name,
    cls: 'decoration',
    apply: (text, stories) =>
      remark(text, stories, (m, line) => {
        const at = line.indexOf(m.label, m.kind === 'heading' ? 0 : m.startCol - 1);
        if (at < 0) return null;
        const next = f(m.label);
        return next === m.label ? undefined : [line.slice(0, at) + next + line.slice(at + m.label.length)];
      }),
  };
}

const titleCase = (s: string): string => s.replace(/\p{L}+/gu, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());

// ---------------------------------------------------------------------------------------------------------------
// Containers

const bodyBlockquote: Transform = {
  name: 'body-blockquote',
  cls: 'container',
  apply: (text, stories) => {
    const d = doc(text);
    const quote = new Set<number>();
    const split = new Map<number, string[]>();
    for (const m of simpleMarkers(d, stories)) {
      let end = Math.min(m.bodyEnd, d.lines.length);
      for (let i = m.line; i < end; i++) if (d.frozen[i] || /^\s*(?:#{1,6}\s|\|)/.test(d.lines[i])) end = i;
      for (let i = m.line; i < end; i++) quote.add(i);
      const line = d.lines[m.line - 1];
      const rest = restOf(line, m);
      if (rest) split.set(m.line - 1, [line.slice(0, m.endCol - 1).trimEnd(), `> ${rest}`]);
    }
    if (quote.size === 0 && split.size === 0) return undefined;
    const out: string[] = [];
    d.lines.forEach((l, i) => {
      if (split.has(i)) out.push(...split.get(i)!);
      else out.push(quote.has(i) && /\S/.test(l) ? `> ${l}` : l);
    });
    return out.join(d.eol);
  },
};

/** The body of each simple marker of one story as one table-cell text (paragraphs and list items joined by `<br>`). */
function cells(d: Doc, story: StoryAt): { label: string; body: string; from: number; to: number }[] | undefined {
  const ms = simpleMarkers(d, [story]);
  if (ms.length < 2 || ms.length !== story.markers.length) return undefined;
  const out: { label: string; body: string; from: number; to: number }[] = [];
  for (const m of ms) {
    const line = d.lines[m.line - 1];
    const parts: string[] = [];
    let para: string[] = [];
    const flush = (): void => {
      if (para.length) parts.push(para.join(' '));
      para = [];
    };
    const rest = restOf(line, m);
    if (rest) para.push(rest);
    const end = Math.min(m.bodyEnd, d.lines.length);
    for (let i = m.line; i < end; i++) {
      const l = d.lines[i];
      if (d.frozen[i] || /^\s*(?:#{1,6}\s|\|)/.test(l)) return undefined;
      if (!/\S/.test(l)) flush();
      else if (/^\s*(?:[-*+]\s|\d+[.)]\s)/.test(l)) {
        flush();
        para.push(l.trim());
        flush();
      } else para.push(l.trim());
    }
    flush();
    if (parts.length === 0) return undefined;
    out.push({ label: m.label, body: parts.join('<br>').replace(/\|/g, '\\|'), from: m.line - 1, to: end - 1 });
  }
  return out;
}

function tabled(name: string, render: (rows: { label: string; body: string }[]) => string[]): Transform {
  return {
    name,
    cls: 'container',
    apply: (text, stories) => {
      const d = doc(text);
      const blocks: { from: number; to: number; lines: string[] }[] = [];
      for (const s of stories) {
        const rows = cells(d, s);
        if (!rows) continue;
        blocks.push({ from: rows[0].from, to: rows[rows.length - 1].to, lines: ['', ...render(rows), ''] });
      }
      if (blocks.length === 0) return undefined;
      const out: string[] = [];
      let i = 0;
      for (const b of blocks) {
        while (i < b.from) out.push(d.lines[i++]);
        out.push(...b.lines);
        i = b.to + 1;
      }
      while (i < d.lines.length) out.push(d.lines[i++]);
      return out.join(d.eol);
    },
  };
}

const tableRows = tabled('table-rows', (rows) => ['| Part | Answer |', '| --- | --- |', ...rows.map((r) => `| **${r.label}** | ${r.body} |`)]);
const tableOneCell = tabled('table-one-cell-br', (rows) => ['| Answer |', '| --- |', `| ${rows.map((r) => `**${r.label}:** ${r.body}`).join('<br>')} |`]);

// ---------------------------------------------------------------------------------------------------------------
// Blank lines

const blankRemoved: Transform = {
  name: 'blank-removed',
  cls: 'whitespace',
  apply: (text, stories) => {
    const d = doc(text);
    const drop = new Set<number>();
    for (const m of simpleMarkers(d, stories)) {
      if (restOf(d.lines[m.line - 1], m)) continue;
      let i = m.line;
      while (i < m.bodyEnd && i < d.lines.length && !/\S/.test(d.lines[i])) i++;
      // Only between a label and its body: a rule or a setext underline after an empty part would make the label a heading.
      if (i === m.line || i >= m.bodyEnd || i >= d.lines.length || /^\s*(?:[-*_=]\s*){3,}$/.test(d.lines[i])) continue;
      for (let k = m.line; k < i; k++) drop.add(k);
    }
    if (drop.size === 0) return undefined;
    return d.lines.filter((_, i) => !drop.has(i)).join(d.eol);
  },
};

const blankAdded: Transform = {
  name: 'blank-added',
  cls: 'whitespace',
  apply: (text, stories) =>
    remark(text, stories, (m, line, d) => {
      const rest = restOf(line, m);
      if (rest) return [line.slice(0, m.endCol - 1).trimEnd(), '', rest];
      return /\S/.test(d.lines[m.line] ?? '') ? [line, ''] : undefined;
    }),
};

// ---------------------------------------------------------------------------------------------------------------
// Inline result: the outcome's label starts a sentence at the end of the approach paragraph

const inlineResult: Transform = {
  name: 'inline-result',
  cls: 'inline',
  apply: (text, stories) => {
    const d = doc(text);
    const simple = new Set(simpleMarkers(d, stories));
    const edits: { at: number; append: string; drop: number[] }[] = [];
    for (const s of stories) {
      const k = s.markers.findIndex((m, i) => m.part === 'outcome' && i > 0 && s.markers[i - 1].part === 'approach');
      if (k < 0) continue;
      const o = s.markers[k];
      const a = s.markers[k - 1];
      if (!simple.has(o) || !simple.has(a)) continue;
      // The approach's last non-blank line: a paragraph line.
      let last = o.line - 2;
      while (last >= a.line - 1 && !/\S/.test(d.lines[last])) last--;
      if (last < a.line - 1 || (last === a.line - 1 && !restOf(d.lines[last], a)) || d.frozen[last] || !isParagraphLine(d.lines[last].replace(/^\S*\*\*[^*]+\*\*\S*\s*/, 'x '))) continue;
      const drop: number[] = [];
      let body = restOf(d.lines[o.line - 1], o);
      for (let i = last + 1; i < o.line; i++) drop.push(i);
      if (!body) {
        const first = firstBodyLine(d, o);
        if (first === undefined) continue;
        for (let i = o.line - 1; i <= first; i++) drop.push(i);
        body = d.lines[first].trim();
      } else drop.push(o.line - 1);
      const end = d.lines[last].trimEnd();
      // Written as the script writes it: "… shipped. Result: …", "…上线了。结果：…" (Korean spaces as English does).
      // (a letter label is said as its word here: a lone letter inside a sentence is no label)
      const label = o.label.length === 1 ? 'Result' : o.label;
      const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(label);
      const stop = /[.!?。！？]$/u.test(end) ? '' : cjk ? '。' : '.';
      edits.push({ at: last, append: cjk ? `${stop}${label}：${body}` : `${stop} ${label}: ${body}`, drop });
    }
    if (edits.length === 0) return undefined;
    const drop = new Set(edits.flatMap((e) => e.drop));
    const add = new Map(edits.map((e) => [e.at, e.append]));
    return d.lines
      .map((l, i) => (add.has(i) ? l.trimEnd() + add.get(i) : l))
      .filter((_, i) => !drop.has(i))
      .join(d.eol);
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Header fields above the answer

const HAS_FIELD = /^[\s>*_-]*(?:\*\*|__)?(?:question|prompt|competency|competencies|category|role|company|tags?)\b[^:：\n]{0,20}[:：]/iu;

const headerFields: Transform = {
  name: 'header-fields',
  cls: 'header',
  apply: (text, stories) => {
    const d = doc(text);
    const at = new Set<number>();
    for (const s of stories) {
      // Above the answer: before its first part marker, in a story whose markers all lead their lines (a marker in a
      // table row or mid-paragraph has no line above it that is outside the answer).
      const ms = simpleMarkers(d, [s]);
      const first = s.markers[0];
      if (!first || ms.length !== s.markers.length || d.frozen[first.line - 1]) continue;
      // A story that already names its question or competency above the answer keeps its own fields.
      if (d.lines.slice(s.titleLine - 1, first.line - 1).some((l) => HAS_FIELD.test(l))) continue;
      at.add(first.line - 1);
    }
    if (at.size === 0) return undefined;
    const out: string[] = [];
    d.lines.forEach((l, i) => {
      if (at.has(i)) out.push('**Question:** Tell me about a time you had to deliver under pressure.', '**Competency:** Ownership', '');
      out.push(l);
    });
    return out.join(d.eol);
  },
};

export const TRANSFORMS: readonly Transform[] = [
  headingsDown,
  headingsUp,
  partHeadingsDeeper,
  headingToBoldLine,
  headingToBoldInline,
  inlineToHeading,
  toListItem,
  plainLabel,
  starLetters,
  separator('sep-colon', ': '),
  separator('sep-colon-tight', ':'),
  separator('sep-colon-spaced', ' : '),
  separator('sep-hyphen', ' - '),
  separator('sep-en-dash', ' – '),
  separator('sep-em-dash', ' — '),
  separator('sep-em-dash-tight', '—'),
  separator('sep-paren', ') '),
  separator('sep-period', '. '),
  decorate('emoji-target', '🎯'),
  decorate('symbol-arrow', '▶'),
  decorate('emoji-keycap', '#️⃣'),
  relabel('label-upper', (s) => s.toUpperCase()),
  relabel('label-title-case', titleCase),
  bodyBlockquote,
  tableRows,
  tableOneCell,
  crlf,
  trailingSpaces,
  blankRemoved,
  blankAdded,
  inlineResult,
  headerFields,
];

/** Where the checker found each story's title and part markers (the input of every transform). */
export function storiesAt(text: string, stories: readonly Story[]): StoryAt[] {
  const lines = text.split(/\r?\n/);
  return stories.map((s) => {
    const title = lines[s.titleRange.start.line - 1] ?? '';
    const depth = ATX.exec(title)?.[1].length;
    const markers: MarkerAt[] = s.parts
      .filter((p) => p.marker.start.line === p.marker.end.line)
      .map((p, i, all) => ({
        part: p.name,
        // Hints in brackets ("Situation (the context)", "Action [~60 s]") and edge punctuation are not the label.
        label: p.label.replace(/[([]\s*(\p{L})\s*[)\]](?=\p{L})/gu, '$1').replace(/\s*[([（【][^)\]）】]*[)\]）】]?/gu, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
        kind: p.kind,
        line: p.marker.start.line,
        startCol: p.marker.start.column,
        endCol: p.marker.end.column,
        bodyEnd: Math.min(p.range.end.line, (all[i + 1]?.marker.start.line ?? Infinity) - 1),
      }));
    return { titleLine: s.titleRange.start.line, titleDepth: s.titleRange.start.line !== (s.parts[0]?.marker.start.line ?? 0) ? depth : undefined, markers };
  });
}
