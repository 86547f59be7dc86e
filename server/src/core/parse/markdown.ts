// Parses a story file once: front matter, headings, part markers, prose spans, question lines and suppression
// comments, then groups them into one or more stories. Positions come from the syntax tree's offsets; regular
// expressions only ever look inside a single text node or HTML node.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import { isThemeId, parseQuestionId, themesForQuestions } from '../knowledge/index';
import { LineIndex, countSegmentWords, spokenSeconds } from '../text';
import type {
  Config,
  FrontMatter,
  MarkerKind,
  ParsedFile,
  Part,
  PartName,
  ProseSegment,
  QuestionRef,
  Story,
  Suppression,
  ThemeId,
} from '../types';
import { fenceBounds, findFrontMatter, parseFrontMatter, type FenceBounds } from './frontmatter';
import { isQuestionsLabel, isTrailerLabel, matchLabel, type LabelMatch } from './labels';
import { sanitizeForParse } from './sanitize';

/** Files longer than this (in UTF-16 code units) are not parsed: `skipped` says so and no story is returned. */
export const MAX_PARSE_CHARS = 1024 * 1024;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

interface Span {
  start: number;
  end: number;
}

interface HeadingInfo extends Span {
  depth: number;
  text: string;
  label?: LabelMatch;
  trailer: boolean;
}

interface Marker extends Span {
  part: PartName;
  label: string;
  kind: MarkerKind;
  depth?: number;
  /** 4 heading, 3 bold label, 2 plain label line, 1 list item label. */
  strength: number;
  /** A single-letter label (S, T, A, R, L, C). */
  letter: boolean;
}

interface QuestionLine extends Span {
  ids: { raw: string; start: number; end: number }[];
}

interface Collected {
  headings: HeadingInfo[];
  markers: Marker[];
  /** Offsets where material around a story begins (trailer labels); they end the part before them. */
  boundaries: Span[];
  questionLines: QuestionLine[];
  /** Prose text spans in document order. */
  spans: Span[];
  /** Parts of spans that are not speech (marker labels, trailer and question lines). */
  exclusions: Span[];
  suppressions: { kind: Suppression['kind']; rules: string[]; start: number; end: number }[];
  /** Starts of lines labelled "Q:" (a question in a question-and-answer exchange). */
  qLines: number[];
}

const DECOR_LEAD = /^(?:[\s\p{Extended_Pictographic}\p{So}\p{Sk}\p{Co}]|\uFE0F|\u200D|\u20E3)*/u;
const SUPPRESSION = /^<!--\s*storybank-(disable-next-line|disable-file|disable|enable)(?![\w-])([^]*)-->$/;

function off(node: Nodes, which: 'start' | 'end', base: number): number | undefined {
  const p = node.position?.[which];
  return p && typeof p.offset === 'number' ? p.offset + base : undefined;
}

/** Plain text of a node's descendants (node values, not source), without HTML. Iterative: nesting can be deep. */
function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}

/** Reads `<!-- storybank-... -->` comments in an HTML node's source; each comment is looked at on its own. */
function scanSuppressions(src: string, start: number, into: Collected['suppressions']): void {
  if (!src.includes('storybank-')) return;
  let from = 0;
  for (;;) {
    const open = src.indexOf('<!--', from);
    if (open < 0) return;
    const close = src.indexOf('-->', open + 4);
    if (close < 0) return;
    const comment = src.slice(open, close + 3);
    const m = SUPPRESSION.exec(comment);
    if (m) {
      const rules = m[2].split(/[\s,]+/).filter((r) => r.length > 0);
      into.push({ kind: m[1] as Suppression['kind'], rules, start: start + open, end: start + close + 3 });
    }
    from = close + 3;
  }
}

/** A paragraph that is really a GFM table (not parsed as one without the GFM extension). */
function looksLikeTable(src: string): boolean {
  const lines = src.split(/\r\n|\r|\n/);
  if (lines.length < 2) return false;
  return lines.every((l) => l.includes('|')) && lines.some((l) => /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)+\|?\s*$/.test(l) || /^\s*\|?\s*:?-{3,}:?\s*\|\s*$/.test(l));
}

// ---- Line analysis inside a paragraph -------------------------------------------------------------------

interface Token extends Span {
  kind: 'text' | 'strong' | 'html' | 'other';
  /** Source text for text tokens; plain text for strong/emphasis. */
  text: string;
}

/** Splits a paragraph's inline children into lines of tokens (text split at line endings). */
function paragraphLines(children: Nodes[], source: string, base: number): Token[][] {
  const lines: Token[][] = [[]];
  for (const child of children) {
    const s = off(child, 'start', base);
    const e = off(child, 'end', base);
    if (s === undefined || e === undefined) continue;
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type === 'text') {
      const src = source.slice(s, e);
      const re = /\r\n|\r|\n/g;
      let last = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(src))) {
        if (m.index > last) lines[lines.length - 1].push({ kind: 'text', start: s + last, end: s + m.index, text: src.slice(last, m.index) });
        lines.push([]);
        last = m.index + m[0].length;
      }
      if (last < src.length) lines[lines.length - 1].push({ kind: 'text', start: s + last, end: e, text: src.slice(last) });
      continue;
    }
    if (child.type === 'strong' || child.type === 'emphasis') {
      lines[lines.length - 1].push({ kind: 'strong', start: s, end: e, text: plainText(child) });
      continue;
    }
    lines[lines.length - 1].push({ kind: child.type === 'html' ? 'html' : 'other', start: s, end: e, text: '' });
  }
  return lines;
}

interface LineLabel {
  /** 'bold' when the label is in bold/italics, 'label' when plain. */
  form: 'bold' | 'label';
  label: string;
  /** The label with its separator. */
  start: number;
  end: number;
  /** The whole line. */
  lineStart: number;
  lineEnd: number;
  /** Tokens after the label on this line. */
  rest: Token[];
  /** True when nothing but the label is on the line. */
  alone: boolean;
}

const SEP_AFTER_BOLD = /^[ \t]*(?:\([^()\r\n]{0,40}\)|\[[^[\]\r\n]{0,40}\])?[ \t]*(?:[:—–]|-(?=[ \t]|$))?[ \t]*/u;
const PLAIN_LABEL = /^([^:\r\n—–]{1,40}?)[ \t]*(?:\([^()\r\n]{0,40}\))?[ \t]*([:—–])[ \t]*/u;
const PLAIN_DASH = /^(\p{L}[^:\r\n—–-]{1,39}?)[ \t]+(?:\([^()\r\n]{0,40}\)[ \t]*)?(-)[ \t]+/u;

/** A token that says nothing: whitespace or an HTML comment/tag. */
function blank(t: Token): boolean {
  return t.kind === 'html' || (t.kind === 'text' && t.text.trim() === '');
}

/** Finds a label at the start of a line: `**Label:** text`, `**Label** (30 s)`, `Label: text`, or a line that is only a label. */
function lineLabel(line: Token[]): LineLabel | undefined {
  if (line.length === 0) return undefined;
  const lineStart = line[0].start;
  const lineEnd = line[line.length - 1].end;
  let i = 0;
  // Skip leading decorations (emoji, spaces) that fill whole text tokens.
  let lead = 0;
  while (i < line.length && line[i].kind === 'text') {
    lead = DECOR_LEAD.exec(line[i].text)![0].length;
    if (lead < line[i].text.length) break;
    i++;
    lead = 0;
  }
  if (i >= line.length) return undefined;
  const tok = line[i];
  if (tok.kind === 'strong') {
    const label = tok.text.trim();
    if (label.length === 0 || label.length > 60) return undefined;
    const next = line[i + 1];
    let end = tok.end;
    let rest = line.slice(i + 1);
    let separated = /[:—–]\s*$/u.test(label);
    if (next && next.kind === 'text') {
      const m = SEP_AFTER_BOLD.exec(next.text)!;
      const consumed = m[0];
      if (/[:—–([]|-/u.test(consumed) || consumed.length === next.text.length) separated = true;
      end = next.start + consumed.length;
      rest = consumed.length < next.text.length ? [{ ...next, start: end, text: next.text.slice(consumed.length) }, ...line.slice(i + 2)] : line.slice(i + 2);
    }
    const alone = rest.every(blank);
    if (!separated && !alone) return undefined;
    return { form: 'bold', label, start: tok.start, end, lineStart, lineEnd, rest, alone };
  }
  if (tok.kind !== 'text') return undefined;
  const text = tok.text.slice(lead);
  const start = tok.start + lead;
  // "Result - we shipped": a hyphen separates only word labels, never a single letter ("A - B testing").
  const colon = PLAIN_LABEL.exec(text);
  const dash = PLAIN_DASH.exec(text);
  const m = colon && dash ? (dash[1].length < colon[1].length ? dash : colon) : (colon ?? dash);
  if (m) {
    const end = start + m[0].length;
    const rest = m[0].length < text.length ? [{ ...tok, start: end, text: text.slice(m[0].length) }, ...line.slice(i + 1)] : line.slice(i + 1);
    const alone = rest.every(blank);
    return { form: 'label', label: m[1], start, end, lineStart, lineEnd, rest, alone };
  }
  // A line that is nothing but a label ("⭐ Situation"): only when the whole line is this one text token
  // (an HTML comment after it is allowed).
  if (line.slice(i + 1).every(blank)) {
    const whole = text.trimEnd();
    if (whole.length > 0 && whole.length <= 60 && /^\p{Lu}/u.test(whole)) {
      return { form: 'label', label: whole, start, end: start + whole.length, lineStart, lineEnd, rest: [], alone: true };
    }
  }
  return undefined;
}

const QUESTION_IDS = /^[ \t]*(?:(?:q[ \t]?)?\d{1,3})(?:[ \t]*(?:,|;|\/|&|\band\b|[ \t])[ \t]*(?:q[ \t]?)?\d{1,3})*[ \t]*\.?[ \t]*$/i;

function parseQuestionTokens(rest: Token[]): QuestionLine['ids'] | undefined {
  const texts = rest.filter((t) => !(t.kind === 'text' && t.text.trim() === ''));
  if (texts.length !== 1 || texts[0].kind !== 'text') return undefined;
  const t = texts[0];
  if (t.text.length > 200 || !QUESTION_IDS.test(t.text)) return undefined;
  const ids: QuestionLine['ids'] = [];
  const re = /(?:q[ \t]?)?\d{1,3}/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t.text))) ids.push({ raw: m[0], start: t.start + m.index, end: t.start + m.index + m[0].length });
  return ids;
}

// ---- Tree walk ------------------------------------------------------------------------------------------

function collect(tree: Root, source: string, base: number): Collected {
  const c: Collected = { headings: [], markers: [], boundaries: [], questionLines: [], spans: [], exclusions: [], suppressions: [], qLines: [] };
  type Frame = { node: Nodes; root: boolean; excluded: boolean; inList: boolean; prose: boolean };
  const stack: Frame[] = [];
  for (let i = tree.children.length - 1; i >= 0; i--) {
    stack.push({ node: tree.children[i] as Nodes, root: true, excluded: false, inList: false, prose: false });
  }
  while (stack.length) {
    const { node, root, excluded, inList, prose } = stack.pop()!;
    const s = off(node, 'start', base);
    const e = off(node, 'end', base);
    switch (node.type) {
      case 'yaml':
      case 'code':
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'thematicBreak':
      case 'break':
        continue;
      case 'html':
        if (s !== undefined && e !== undefined) scanSuppressions(source.slice(s, e), s, c.suppressions);
        continue;
      case 'text':
        if (prose && !excluded && s !== undefined && e !== undefined && e > s) c.spans.push({ start: s, end: e });
        continue;
      case 'heading': {
        if (root && s !== undefined && e !== undefined) {
          const text = plainText(node).replace(/\s+/g, ' ').trim();
          const label = matchLabel(text, true);
          c.headings.push({ start: s, end: e, depth: node.depth, text, label, trailer: !label && isTrailerLabel(text) });
        }
        // Heading text is never speech, but it may hold suppression comments.
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push({ node: node.children[i] as Nodes, root: false, excluded: true, inList, prose: false });
        }
        continue;
      }
      case 'paragraph': {
        let isExcluded = excluded;
        if (!isExcluded && s !== undefined && e !== undefined && looksLikeTable(source.slice(s, e))) isExcluded = true;
        if (!isExcluded) analyzeParagraph(node.children as Nodes[], source, base, inList, c);
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push({ node: node.children[i] as Nodes, root: false, excluded: isExcluded, inList, prose: true });
        }
        continue;
      }
      case 'link': {
        // The link text is prose unless it is the URL itself (an autolink).
        const t = plainText(node).trim();
        const isUrl = t === node.url || /^(?:https?:|mailto:|www\.)/i.test(t);
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push({ node: node.children[i] as Nodes, root: false, excluded: excluded || isUrl, inList, prose });
        }
        continue;
      }
      case 'blockquote': {
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push({ node: node.children[i] as Nodes, root: false, excluded: true, inList, prose: false });
        }
        continue;
      }
      case 'list':
      case 'listItem': {
        // A checklist item ("- [ ] Rehearsed") is a to-do, not speech.
        const checklist = node.type === 'listItem' && s !== undefined && /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\](?:[ \t]|$)/.test(source.slice(s, s + 20));
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push({ node: node.children[i] as Nodes, root: false, excluded: excluded || checklist, inList: true, prose });
        }
        continue;
      }
      default: {
        if ('children' in node) {
          for (let i = node.children.length - 1; i >= 0; i--) {
            stack.push({ node: node.children[i] as Nodes, root: false, excluded, inList, prose });
          }
        }
      }
    }
  }
  return c;
}

function analyzeParagraph(children: Nodes[], source: string, base: number, inList: boolean, c: Collected): void {
  const lines = paragraphLines(children, source, base);
  // In a question-and-answer exchange ("Q: ...", "A: ..."), "A:" is an answer, not the Action part.
  const qa = lines.some((l) => l[0]?.kind === 'text' && /^\s*Q\s*[:.)]/.test(l[0].text));
  for (const line of lines) {
    const ll = lineLabel(line);
    if (!ll) continue;
    if (/^\W*q\W*$/i.test(ll.label) && (ll.form === 'bold' || /[:.)]/.test(source.slice(ll.start, ll.end)))) {
      // A question-and-answer exchange (rehearsing follow-ups) is material around the story.
      c.qLines.push(ll.lineStart);
      c.boundaries.push({ start: ll.lineStart, end: ll.lineEnd });
      c.exclusions.push({ start: ll.lineStart, end: ll.lineEnd });
      continue;
    }
    if (isQuestionsLabel(ll.label)) {
      const ids = parseQuestionTokens(ll.rest);
      if (ids) {
        c.questionLines.push({ start: ll.lineStart, end: ll.lineEnd, ids });
        c.boundaries.push({ start: ll.lineStart, end: ll.lineEnd });
        c.exclusions.push({ start: ll.lineStart, end: ll.lineEnd });
        continue;
      }
    }
    // A plain line with nothing but a label must be a word label ("Situation"), not a letter.
    const allowLetter = !(ll.form === 'label' && ll.alone && !/[:—–]\s*$/u.test(source.slice(ll.start, ll.end)));
    const m = matchLabel(ll.label, allowLetter);
    if (m && !(qa && m.letter && ll.form === 'label')) {
      c.markers.push({
        part: m.part,
        label: cleanLabel(ll.label),
        kind: inList ? 'list' : ll.form,
        start: ll.start,
        end: ll.end,
        strength: inList ? 1 : ll.form === 'bold' ? 3 : 2,
        letter: m.letter,
      });
      continue;
    }
    if ((ll.form === 'bold' || ll.alone || /:/.test(source.slice(ll.start, ll.end))) && isTrailerLabel(ll.label)) {
      c.boundaries.push({ start: ll.lineStart, end: ll.lineEnd });
      c.exclusions.push({ start: ll.lineStart, end: ll.lineEnd });
    }
  }
}

/** The label as a person wrote it, without emphasis, separators or trailing punctuation. */
function cleanLabel(raw: string): string {
  return raw
    .replace(/<!--[^]*?(?:-->|$)/g, '')
    .replace(/(?:[\p{Extended_Pictographic}\p{So}*_~`#]|\uFE0F|\u200D)/gu, '')
    .replace(/[\s:;,.!?\-–—]+$/u, '')
    .replace(/^[\s:;,.\-–—]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- Stories --------------------------------------------------------------------------------------------

interface Section {
  heading?: HeadingInfo;
  depth: number;
  start: number;
  end: number;
  children: Section[];
  direct: number;
  total: number;
}

/** Groups markers under the non-marker headings and picks the headings that each start a story. */
function storyHeads(headings: HeadingInfo[], markers: Marker[], titleHeading: HeadingInfo | undefined, docEnd: number): Section[] {
  const root: Section = { depth: 0, start: 0, end: docEnd, children: [], direct: 0, total: 0 };
  type Ev = { at: number; heading?: HeadingInfo; marker?: Marker };
  const events: Ev[] = [];
  for (const h of headings) if (!h.label || h === titleHeading) events.push({ at: h.start, heading: h });
  for (const m of markers) events.push({ at: m.start, marker: m });
  events.sort((a, b) => a.at - b.at);
  const stack: Section[] = [root];
  /** Sections whose end is not known yet, by increasing depth. */
  const open: Section[] = [];
  for (const ev of events) {
    if (ev.heading) {
      const h = ev.heading;
      while (open.length > 0 && open[open.length - 1].depth >= h.depth) open.pop()!.end = h.start;
      while (stack.length > 1 && stack[stack.length - 1].depth >= h.depth) stack.pop();
      const sec: Section = { heading: h, depth: h.depth, start: h.start, end: docEnd, children: [], direct: 0, total: 0 };
      stack[stack.length - 1].children.push(sec);
      stack.push(sec);
      open.push(sec);
    } else if (ev.marker) {
      const m = ev.marker;
      if (m.kind === 'heading' && m.depth !== undefined) {
        while (stack.length > 1 && stack[stack.length - 1].depth >= m.depth) stack.pop();
      }
      stack[stack.length - 1].direct++;
    }
  }
  const totals = (s: Section): number => {
    let t = s.direct;
    for (const ch of s.children) t += totals(ch);
    s.total = t;
    return t;
  };
  totals(root);
  const heads = (s: Section): Section[] => {
    if (s.direct > 0) return [s];
    const withMarkers = s.children.filter((ch) => ch.total > 0);
    if (withMarkers.length === 0) return [];
    if (withMarkers.length === 1) return heads(withMarkers[0]);
    return withMarkers.flatMap((ch) => {
      const inner = heads(ch);
      return inner.length >= 2 ? inner : [ch];
    });
  };
  return heads(root);
}

function spansIn(spans: Span[], exclusions: Span[], start: number, end: number, source: string): ProseSegment[] {
  const out: ProseSegment[] = [];
  // First span ending after `start`.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i].start < end; i++) {
    const span = { start: Math.max(start, spans[i].start), end: Math.min(end, spans[i].end) };
    let pieces: Span[] = [span];
    // Exclusions never overlap each other much and are short: look back a little from the span's start.
    for (let k = Math.max(0, firstAtOrAfter(exclusions, span.start) - 4); k < exclusions.length && exclusions[k].start < span.end; k++) {
      const x = exclusions[k];
      const next: Span[] = [];
      for (const p of pieces) {
        if (x.end <= p.start || x.start >= p.end) next.push(p);
        else {
          if (x.start > p.start) next.push({ start: p.start, end: x.start });
          if (x.end < p.end) next.push({ start: x.end, end: p.end });
        }
      }
      pieces = next;
      if (pieces.length === 0) break;
    }
    for (const p of pieces) {
      let a = p.start;
      let b = p.end;
      while (a < b && /\s/.test(source[a])) a++;
      while (b > a && /\s/.test(source[b - 1])) b--;
      if (b > a) out.push({ text: source.slice(a, b), start: a });
    }
  }
  return out;
}

/** Index of the first item whose `start` is >= `at` (items sorted by start). */
function firstAtOrAfter<T extends Span>(items: T[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items (sorted by start) whose start lies in [start, end). */
function startingIn<T extends Span>(items: T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, start); i < items.length && items[i].start < end; i++) out.push(items[i]);
  return out;
}

function trimEnd(source: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(source[e - 1])) e--;
  return e;
}

function asList(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function isoDate(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return undefined;
}

function scalarString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function fileTitle(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.story\.md$|\.(?:md|markdown|mdx?)$/i, '') || name;
}

function frontMatterQuestions(fm: FrontMatter | undefined): QuestionRef[] {
  const entry = fm?.entries.find((e) => e.key === 'questions');
  if (!entry) return [];
  const out: QuestionRef[] = [];
  if (entry.items) {
    for (const item of entry.items) {
      const id = parseQuestionId(item.value);
      if (id !== undefined) out.push({ id, range: item.range });
    }
  } else {
    const id = parseQuestionId(entry.value);
    if (id !== undefined) out.push({ id, range: entry.valueRange });
  }
  return out;
}

function deriveThemes(fm: FrontMatter | undefined, questions: QuestionRef[]): ThemeId[] {
  const explicit = asList(fm?.data.themes);
  if (explicit.length > 0) {
    const out: ThemeId[] = [];
    for (const t of explicit) if (isThemeId(t) && !out.includes(t)) out.push(t);
    return out;
  }
  return themesForQuestions(questions.map((q) => q.id));
}

function dedupeQuestions(qs: QuestionRef[]): QuestionRef[] {
  const seen = new Set<number>();
  return qs.filter((q) => (seen.has(q.id) ? false : (seen.add(q.id), true)));
}

// ---- Entry point ----------------------------------------------------------------------------------------

/** Parses a story file into its front matter, stories (with parts and prose) and suppression comments. Never throws. */
export function parseFile(text: string, path: string, config: Config): ParsedFile {
  if (text.length > MAX_PARSE_CHARS) {
    return { path, text, stories: [], suppressions: [], skipped: `The file has ${text.length} characters; files over ${MAX_PARSE_CHARS} are not analysed.` };
  }
  const lines = new LineIndex(text);
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let tree: Root | undefined;
  try {
    tree = processor.parse(sanitizeForParse(text.slice(base)));
  } catch {
    tree = undefined;
  }
  if (!tree) return flatParse(text, path, config, lines, base);
  try {
    return buildFile(tree, text, path, config, lines, base);
  } catch {
    return flatParse(text, path, config, lines, base);
  }
}

function buildFile(tree: Root, text: string, path: string, config: Config, lines: LineIndex, base: number): ParsedFile {
  let frontMatter: FrontMatter | undefined;
  let bodyStart = base;
  const first = tree.children[0];
  if (first && first.type === 'yaml') {
    const s = off(first, 'start', base);
    const e = off(first, 'end', base);
    if (s !== undefined && e !== undefined) {
      const bounds = fenceBounds(text, s, e);
      frontMatter = parseFrontMatter(text, bounds, lines);
      bodyStart = e;
    }
  }
  const c = collect(tree, text, base);
  c.headings.sort((a, b) => a.start - b.start);
  const wpm = config.wordsPerMinute;

  // The title heading: a heading that is neither a part label nor a trailer, before the first part marker;
  // the first level-1 one if there is one, else the first.
  let firstMarker = Infinity;
  for (const m of c.markers) firstMarker = Math.min(firstMarker, m.start);
  for (const h of c.headings) if (h.label) firstMarker = Math.min(firstMarker, h.start);
  const candidates = c.headings.filter((h) => !h.label && !h.trailer && h.start < firstMarker);
  const titleHeading = candidates.find((h) => h.depth === 1) ?? candidates[0];
  for (const h of c.headings) {
    if (h === titleHeading || !h.label) continue;
    c.markers.push({ part: h.label.part, label: cleanLabel(h.text), kind: 'heading', depth: h.depth, start: h.start, end: h.end, strength: 4, letter: h.label.letter });
  }
  c.markers.sort((a, b) => a.start - b.start);
  // Nothing under a trailer heading ("## Follow-up questions", "### Summary") is a part of the story.
  const zones: Span[] = [];
  for (let i = 0; i < c.headings.length; i++) {
    const h = c.headings[i];
    if (!h.trailer) continue;
    let end = text.length;
    for (let j = i + 1; j < c.headings.length; j++) {
      if (c.headings[j].depth <= h.depth) {
        end = c.headings[j].start;
        break;
      }
    }
    zones.push({ start: h.start, end });
    while (i + 1 < c.headings.length && c.headings[i + 1].start < end) i++;
  }
  if (zones.length > 0) {
    let z = 0;
    c.markers = c.markers.filter((m) => {
      while (z < zones.length && zones[z].end <= m.start) z++;
      return !(z < zones.length && m.start > zones[z].start && m.start < zones[z].end);
    });
  }
  c.exclusions.sort((a, b) => a.start - b.start);
  c.boundaries.sort((a, b) => a.start - b.start);
  c.questionLines.sort((a, b) => a.start - b.start);


  const heads = storyHeads(c.headings, c.markers, titleHeading, text.length);
  const stories: Story[] = [];
  const fmQuestions = frontMatterQuestions(frontMatter);
  const fmTitle = scalarString(frontMatter?.data.title)?.trim();
  const fmTitleEntry = frontMatter?.entries.find((e) => e.key === 'title');

  const ranges: { start: number; end: number; heading?: HeadingInfo }[] = [];
  if (heads.length >= 2) {
    for (let i = 0; i < heads.length; i++) {
      const end = i + 1 < heads.length ? heads[i + 1].start : Math.max(heads[i].end, heads[i].start);
      ranges.push({ start: heads[i].start, end: Math.min(end, text.length), heading: heads[i].heading });
    }
  } else {
    ranges.push({ start: bodyStart, end: text.length, heading: titleHeading });
  }

  for (let index = 0; index < ranges.length; index++) {
    const r = ranges[index];
    const multi = ranges.length > 1;
    let markers = startingIn(c.markers, r.start, r.end);
    // After a "Q:" line, a lone letter label ("A:") answers it; it is not the Action part.
    const firstQ = c.qLines.find((q) => q >= r.start && q < r.end);
    if (firstQ !== undefined) markers = markers.filter((m) => !(m.letter && m.kind !== 'heading' && m.start > firstQ));
    // Markers of the strongest kind present lead (headings, then bold labels, plain labels, list items); weaker
    // ones only add parts the leaders lack, so "- Impact: 40%" under "## Result" stays prose.
    const strongest = [4, 3, 2, 1].find((st) => markers.some((m) => m.strength === st));
    if (strongest !== undefined) {
      const led = new Set(markers.filter((m) => m.strength === strongest).map((m) => m.part));
      markers = markers.filter((m) => m.strength >= strongest || !led.has(m.part));
    }
    const parts: Part[] = [];
    for (let i = 0; i < markers.length; i++) {
      const m = markers[i];
      let end = i + 1 < markers.length ? markers[i + 1].start : r.end;
      for (let k = firstAtOrAfter(c.headings, m.start + 1); k < c.headings.length && c.headings[k].start < end; k++) {
        const h = c.headings[k];
        if (m.kind !== 'heading' || m.depth === undefined || h.depth <= m.depth || h.trailer) {
          end = h.start;
          break;
        }
      }
      const b = c.boundaries[firstAtOrAfter(c.boundaries, m.start + 1)];
      if (b && b.start < end) end = b.start;
      end = Math.max(m.end, trimEnd(text, m.end, end));
      const prose = spansIn(c.spans, c.exclusions, m.end, end, text);
      const words = countSegmentWords(prose);
      parts.push({
        name: m.part,
        label: m.label,
        kind: m.kind,
        ...(m.depth !== undefined ? { depth: m.depth } : {}),
        marker: lines.range(m.start, m.end),
        range: lines.range(m.start, end),
        prose,
        wordCount: words,
        spokenSeconds: spokenSeconds(words, wpm),
      });
    }
    let prose: ProseSegment[];
    if (parts.length > 0) prose = parts.flatMap((p) => p.prose);
    else prose = spansIn(c.spans, c.exclusions, r.start, r.end, text);
    const words = countSegmentWords(prose);

    // Title.
    let title: string;
    let titleRange;
    if (multi && r.heading) {
      title = r.heading.text || fileTitle(path);
      titleRange = lines.range(r.heading.start, r.heading.end);
    } else if (fmTitle) {
      title = fmTitle;
      titleRange = fmTitleEntry ? fmTitleEntry.valueRange : lines.range(r.start, r.start);
    } else if (r.heading) {
      title = r.heading.text || fileTitle(path);
      titleRange = lines.range(r.heading.start, r.heading.end);
    } else {
      title = fileTitle(path);
      titleRange = firstLineRange(text, r.start, r.end, lines);
    }

    // Questions: in a file of several stories, a story's own `Questions:` line, else the front matter; in a
    // single story, the front matter, else `Questions:` lines.
    const own: QuestionRef[] = [];
    for (const q of startingIn(c.questionLines, r.start, r.end)) {
      for (const id of q.ids) {
        const n = parseQuestionId(id.raw.replace(/\s+/g, ''));
        if (n !== undefined) own.push({ id: n, range: lines.range(id.start, id.end) });
      }
    }
    const fmHasQuestions = frontMatter?.entries.some((e) => e.key === 'questions') ?? false;
    const questions = dedupeQuestions(multi ? (own.length > 0 ? own : fmQuestions) : fmHasQuestions ? fmQuestions : own);
    const data = frontMatter?.data ?? {};
    const story: Story = {
      index,
      title,
      titleRange,
      range: lines.range(r.start, Math.max(r.start, trimEnd(text, r.start, r.end))),
      questions,
      themes: deriveThemes(frontMatter, questions),
      companies: asList(data.companies).map((x) => scalarString(x)).filter((x): x is string => x !== undefined),
      parts,
      prose,
      wordCount: words,
      spokenSeconds: spokenSeconds(words, wpm),
    };
    const project = scalarString(data.project);
    if (project !== undefined) story.project = project;
    const role = scalarString(data.role);
    if (role !== undefined) story.role = role;
    const lp = isoDate(data['last-practiced'] ?? data.lastPracticed ?? data.last_practiced);
    if (lp !== undefined) story.lastPracticed = lp;
    stories.push(story);
  }

  const suppressions: Suppression[] = c.suppressions
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ kind: s.kind, rules: s.rules, range: lines.range(s.start, s.end) }));
  return { path, text, ...(frontMatter ? { frontMatter } : {}), stories, suppressions };
}

function firstLineRange(text: string, start: number, end: number, lines: LineIndex) {
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  let e = s;
  while (e < end && text[e] !== '\n' && text[e] !== '\r') e++;
  e = trimEnd(text, s, e);
  return lines.range(s, e);
}

/** The fallback parse on its own (exported for tests): what parseFile returns if the Markdown parser throws. */
export function parseFlat(text: string, path: string, config: Config): ParsedFile {
  return flatParse(text, path, config, new LineIndex(text), text.charCodeAt(0) === 0xfeff ? 1 : 0);
}

/** The safe fallback when the Markdown parser fails: front matter, then the body as one undivided answer. */
function flatParse(text: string, path: string, config: Config, lines: LineIndex, base: number): ParsedFile {
  let frontMatter: FrontMatter | undefined;
  let bodyStart = base;
  let bounds: FenceBounds | undefined;
  try {
    bounds = findFrontMatter(text, base);
  } catch {
    bounds = undefined;
  }
  if (bounds) {
    frontMatter = parseFrontMatter(text, bounds, lines);
    bodyStart = bounds.end;
  }
  const prose: ProseSegment[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = bodyStart;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].trim()) prose.push({ text: m[0], start: m.index });
  const words = countSegmentWords(prose);
  const questions = frontMatterQuestions(frontMatter);
  const data = frontMatter?.data ?? {};
  const title = scalarString(data.title)?.trim() || fileTitle(path);
  const story: Story = {
    index: 0,
    title,
    titleRange: firstLineRange(text, bodyStart, text.length, lines),
    range: lines.range(bodyStart, text.length),
    questions,
    themes: deriveThemes(frontMatter, questions),
    companies: asList(data.companies).map((x) => scalarString(x)).filter((x): x is string => x !== undefined),
    parts: [],
    prose,
    wordCount: words,
    spokenSeconds: spokenSeconds(words, config.wordsPerMinute),
  };
  return { path, text, ...(frontMatter ? { frontMatter } : {}), stories: [story], suppressions: [] };
}
