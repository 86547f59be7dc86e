// Parses a story file once: front matter, headings, part markers, prose spans, question lines and suppression
// comments, then groups them into one or more stories. Positions come from the syntax tree's offsets; regular
// expressions only ever look inside a single text node or HTML node.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import { isThemeId, parseQuestionId, questionCatalog, themesForQuestions } from '../knowledge/index';
import { LineIndex, countSegmentWords, countWords, lowerBound, partitionPoint, spokenSeconds } from '../text';
import { openingQuestion } from './opening';
import { keepAnswers } from './answer-reader';
import { ANSWER_FIELD, ANSWER_HEADING, namesLength, bodyOf, fenceAfter, sourceLines, LIST_ITEM_LINE, speaksOtherLanguage, adviceOnly, instructedFragments, guidanceOnly, instructsReader, asksAboutConcept, asksCandidate, asksForEpisode, answerLeftEmpty, asksForStory, asksTheCompany, namesQuestionsToAsk, htmlText, interviewAsk, interviewQuestionsOnly, isQuestion, leftToWrite, namesPrinciple, nobodySpeaks, noteToReader, coachesReader, sectionAboutAnswering, referencesOnly, notAnAnswer, numberedInRun, partsDefined, promptList, promptsCandidate, segmentUnits, selfAsked, slotToFill, storyHeadingText, tellerSpeaks, type Unit } from './segment';
import { PART_ORDER } from '../types';
import { LANGUAGE_NAMES } from '../knowledge/language-names';
import { VERSION_WORDS } from '../knowledge/language-names-source';
import { GROUP_NOUNS, PERSON_NOUNS, firstPersonPattern } from '../nlp/lexicon';
import { readText } from '../nlp/analyze';
import { escape, mayBeOther } from '../nlp/other-language';
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
import { isHeaderFieldLabel, isKindLabel, isSpacedSeparator, isKindTranslatedLabel, isQuestionsLabel, isTrailerLabel, isTranslatedLabel, matchLabel, partQuestion, mayStartLabel, normalizeLabel, type LabelMatch } from './labels';
import { sanitizeForParse } from './sanitize';
import { remapTree, unfoldAdmonitions } from './admonition';
import { blankMdx } from './mdx';
import { parseInChunks } from './chunks';
import { parseWithPlainBlocks } from './plain';

/** Files longer than this (in UTF-16 code units) are not parsed: `skipped` says so and no story is returned. */
export const MAX_PARSE_CHARS = 1024 * 1024;
/** At most this many parts per story (see buildFile). */
export const MAX_PARTS = 64;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

interface Span {
  start: number;
  end: number;
}

interface HeadingInfo extends Span {
  depth: number;
  text: string;
  label?: LabelMatch;
  /** The label's form when the heading also carries text ("## Result: 40% faster"): counts only if repeated. */
  weak?: string;
  trailer: boolean;
  /** A title line confirmed as a story's title in a bank without headings (see bankTitles). */
  bank?: boolean;
  /**
   * The bank's reader (./segment.ts segmentUnits) took the lines under this title for its reply: a unit of a dress
   * whose titles ask and are replied to, however terse the reply ("## Biggest mistake" over one line of notes).
   */
  replied?: boolean;
  /** The first cell of a table row whose other cells hold a story's parts (see tableRowTitles). */
  row?: boolean;
  /** The title of an admonition whose type marks it a question (`??? question "Strength"`): see ./admonition.ts. */
  asked?: boolean;
}

interface Marker extends Span {
  part: PartName;
  label: string;
  kind: MarkerKind;
  depth?: number;
  /** 4 heading, 3 bold label, 2 plain label line, 1 list item label, 0 a label inside a line. */
  strength: number;
  /** A single-letter label (S, T, A, R, L, C). */
  letter: boolean;
  /** End of the marker's line. */
  lineEnd: number;
  /** The label's form when prose could also take it (see LineLabel.weak). */
  weak?: string;
  /** The label begins its paragraph, list item or table cell. */
  blockStart?: boolean;
  /** Matched only with words around the part's name ("Always learning", "Key result"). */
  modified?: boolean;
}

interface QuestionLine extends Span {
  ids: { raw: string; start: number; end: number }[];
}

interface Collected {
  headings: HeadingInfo[];
  /** Where the headings that name the answer of the question heading before them stood (pairedAnswerHeadings). */
  answerFields?: Set<number>;
  markers: Marker[];
  /** Offsets where material around a story begins (trailer labels); they end the part before them. */
  boundaries: Span[];
  questionLines: QuestionLine[];
  /** Prose text spans in document order. */
  spans: Span[];
  /** The end of a hard line break that extended the last span: a text starting there continues that span. */
  joinAt?: number;
  /** Parts of spans that are not speech (marker labels, trailer and question lines). */
  exclusions: Span[];
  suppressions: { kind: Suppression['kind']; rules: string[]; start: number; end: number }[];
  /** Starts of lines labelled "Q:" (a question in a question-and-answer exchange). */
  qLines: number[];
  /** Header-field lines (Question, Competency, Role, Company...). */
  headerLines: Span[];
  /** Lines that start with a label of no known part, in a label's dress ("**Cause:**"): see inferByPosition. */
  unknowns: Unknown[];
  /** List items that ask a question and give no answer. */
  qOnly: Span[];
  /** Thematic breaks (`---`) at the top level. */
  breaks: Span[];
  /** Trailer labels alone on their line ("**Why this works:**"), with the strength of their dress. */
  trailerLines: (Span & { strength: number })[];
  /** Where method explainers were dropped (see dropExplainers). */
  explainers: number[];
  /** Label forms used by letters that name no part (a lettered list): markers of those forms do not count. */
  foreign: Set<string>;
  /** Block quotes read as the candidate's own words (not attributed to someone else). */
  quotes: (Span & { answer?: boolean })[];
  /** Paragraphs that could title a story in a bank without headings (a bold line, a question). */
  /** `runOnly`: a title only when its own run of part labels follows it (a question alone in its list item). */
  /** `cell`: the question cell of a question/answer table row (a unit of the bank even when alone in its table). */
  titles: (Span & { text: string; scope?: number; sure?: boolean; runOnly?: boolean; short?: boolean; list?: number; cell?: boolean })[];
}

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
  kind: 'text' | 'strong' | 'html' | 'code' | 'other';
  /** Source text for text tokens; plain text for strong/emphasis; the value of inline code. */
  text: string;
}

/** A line of a paragraph: its tokens, and for a table cell, the whole row it sits in. */
interface Line {
  tokens: Token[];
  row?: Span;
}

const BR = /^<br\s*\/?>$/i;

/**
 * True when an italic span holds text with two or more bold labels of parts inside it: the italics dress a whole
 * answer (or several of its parts), not one phrase.
 */
function wrapsLabels(node: Nodes): boolean {
  if (!('children' in node)) return false;
  let labels = 0;
  let words = false;
  for (const k of node.children as Nodes[]) {
    if (k.type === 'strong') {
      const t = plainText(k).trim();
      if (t.length <= 60 && matchLabel(t.replace(/[:：—–-]\s*$/u, ''), true) !== undefined) labels++;
    } else if (k.type === 'text' && /\p{L}/u.test(k.value)) words = true;
  }
  return labels >= 2 && words;
}

/**
 * Splits a paragraph's inline children into lines of tokens: text is split at line endings, and a `<br>` also
 * starts a line. In a table (`table` true) each cell is a line of its own, with its row recorded.
 */
function paragraphLines(children: Nodes[], source: string, base: number, table: boolean): Line[] {
  const lines: Line[] = [{ tokens: [] }];
  let rowStart = -1;
  const newLine = (): void => {
    lines.push({ tokens: [] });
  };
  const walk = (child: Nodes): void => {
    const s = off(child, 'start', base);
    const e = off(child, 'end', base);
    if (s === undefined || e === undefined) return;
    if (rowStart < 0) rowStart = s;
    if (child.type === 'break') {
      newLine();
      return;
    }
    if (child.type === 'text') {
      const src = source.slice(s, e);
      const re = table ? /\r\n|\r|\n|(?<!\\)\|/g : /\r\n|\r|\n/g;
      let last = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(src))) {
        if (m.index > last) lines[lines.length - 1].tokens.push({ kind: 'text', start: s + last, end: s + m.index, text: src.slice(last, m.index) });
        newLine();
        last = m.index + m[0].length;
      }
      if (last < src.length) lines[lines.length - 1].tokens.push({ kind: 'text', start: s + last, end: e, text: src.slice(last) });
      return;
    }
    // Italics around a whole answer whose part labels are in bold inside it ('*"**Situation:** … **Task:** …"*',
    // speech set off in italics): the italics are the answer's dress, and the bold labels inside them read as they
    // would without it.
    if (child.type === 'emphasis' && wrapsLabels(child)) {
      for (const k of child.children) walk(k as Nodes);
      return;
    }
    if (child.type === 'strong' || child.type === 'emphasis') {
      lines[lines.length - 1].tokens.push({ kind: 'strong', start: s, end: e, text: plainText(child) });
      return;
    }
    if (child.type === 'html' && BR.test(source.slice(s, e).trim())) {
      newLine();
      return;
    }
    if (child.type === 'inlineCode') {
      lines[lines.length - 1].tokens.push({ kind: 'code', start: s, end: e, text: child.value.slice(0, 400) });
      return;
    }
    lines[lines.length - 1].tokens.push({ kind: child.type === 'html' ? 'html' : 'other', start: s, end: e, text: child.type === 'html' ? source.slice(s, Math.min(e, s + 40)) : '' });
  };
  for (const child of children) walk(child);
  if (table) {
    // Each cell's row: from the row's first character to its line end.
    let rs = -1;
    let re = -1;
    for (const l of lines) {
      if (l.tokens.length === 0) continue;
      const ls = lineStartOf(source, l.tokens[0].start);
      if (ls !== rs) {
        rs = ls;
        re = lineEndOf(source, ls);
      }
      l.row = { start: rs, end: re };
    }
  }
  for (const l of lines) l.tokens = htmlEmphasis(l.tokens);
  return lines.filter((l) => l.tokens.length > 0);
}

const HTML_OPEN = /^<(b|strong|em|i)>$/iu;

/** "<strong>Action</strong>", "<b>Result:</b>": emphasis written in HTML reads as one bold token, like `**Action**`. */
function htmlEmphasis(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'html')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const open = t.kind === 'html' ? HTML_OPEN.exec(t.text.trim()) : null;
    const mid = tokens[i + 1];
    const close = tokens[i + 2];
    if (open && mid?.kind === 'text' && close?.kind === 'html' && close.text.trim().toLowerCase() === `</${open[1].toLowerCase()}>`) {
      out.push({ kind: 'strong', start: t.start, end: close.end, text: mid.text });
      i += 2;
    } else out.push(t);
  }
  return out;
}

function lineStartOf(source: string, at: number): number {
  let i = at;
  while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r') i--;
  return i;
}

function lineEndOf(source: string, at: number): number {
  let i = at;
  while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
  return i;
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
  /** The separator written after the label (":", "—", "-", ")", "." or "" for none). */
  sep: string;
  /**
   * The label's form when it is one that ordinary prose can also take ("T-Mobile", "A. first option", "Results.").
   * Such a marker counts only when the file uses the same form for at least two different parts.
   */
  weak?: string;
  /** A single letter that names no part, written in a label form ("B." in a lettered list): taints that form. */
  foreign?: string;
}

/**
 * Characters skipped before a label: anything that is not a letter, a digit or an opening bracket, and a number in
 * digits other than ASCII's before a period or bracket ("१. स्थिति —", "٢) النتيجة": Markdown reads only ASCII ones as
 * a list's numbers).
 */
// A task-list box ("- [x] Situation: …") and an Obsidian call-out's type ("> [!info] Situation") are decoration too.
const LEAD = /^(?:[^\p{L}\p{N}\p{Ps}]|[„‚]|[^\P{Nd}0-9]{1,3}[.)](?=\s)|\[[ xX✓✔]\](?=\s)|\[![\w-]{1,20}\][+-]?)*/u;

/** A token that says nothing: whitespace or an HTML comment/tag. */
function blank(t: Token): boolean {
  return t.kind === 'html' || (t.kind === 'text' && t.text.trim() === '');
}

interface TextLabel {
  label: string;
  /** Length of the label and its separator (and the spaces after it). */
  length: number;
  sep: string;
  match?: LabelMatch;
  weak?: string;
  foreign?: string;
}

function isSpaceChar(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** The form signature of a label that prose could also produce, or undefined for a clear label form. */
function weakForm(letter: boolean, sep: string, glued: boolean, bracketed: boolean): string | undefined {
  if (bracketed) return undefined;
  if (sep === ':' || sep === '—' || sep === '–') return undefined;
  if (sep === '-') return letter ? 'L-' : glued ? 'W-' : undefined;
  if (sep === '.' || sep === ')') return (letter ? 'L' : 'W') + sep;
  return undefined;
}

const Q_LABEL = /^\W*q\W*$/i;

/**
 * The shape of a label of no known part: up to four words, the first capitalised or of a script without case (Hindi,
 * Chinese, Japanese, Arabic...), with the combining marks of scripts that write vowels so ("स्थिति", "कार्रवाई").
 */
const UNKNOWN_LABEL = /^(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’&/-]*(?: [\p{L}\p{M}'’&/-]+){0,3}$/u;

/** Brackets that can wrap a label at a line's start: ASCII and the full-width forms of CJK writing ("【状況】"). */
/**
 * Brackets of any script (Unicode's opening and closing punctuation: "(S)", "【状況】", "〈課題〉", "«Résultat»" aside):
 * a label may stand in them. The low quotation marks that Unicode also files as opening („‚) are quotes, not brackets.
 */
const OPENING_BRACKET = /^[^\P{Ps}„‚]$/u;
const CLOSING_BRACKET = /^\p{Pe}$/u;
/** A letter of a script written without spaces between words (Chinese, Japanese). */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The weak form of a capital part letter glued by a hyphen to a lower-case word ("S-reviews took…", "R-median time
 * fell…"): ordinary words take it too ("C-suite", "T-shirt"), so it counts only in a run of three or more parts.
 */
const GLUED_LOWER = 'L-l';

/** Arrow signs that can follow a label like a dash. */
const ARROWS = '→⇒➜➔➡⟶▸►▶';
/** An arrow further on in a line (a chain of steps). */
const ARROW_AFTER = /[→⇒➜➔➡⟶▸►▶]|[-=]>/u;
/** The form of a part letter before an arrow ("S ▸ We had…", "R → errors fell…"): a label in a run of three or more. */
const LETTER_ARROW = 'L>';
/** The form of a heading that asks for a part ("## What did you do?"): a label where three or more parts are asked so. */
const PART_QUESTION = 'Q?';

/**
 * Reads a label at the start of `text` (decorations already skipped): a word or letter followed by any of
 * `:` `—` `–` `-` `)` `.`, with or without a space ("Situation: ...", "S-We had ...", "R) ...", "(S) ...").
 * Tries each separator in the first few words and takes the first that ends a known label: a part label, a header
 * field or trailer, a questions label, or "Q".
 */
function scanTextLabel(text: string): TextLabel | undefined {
  const limit = Math.min(text.length, 72);
  // Most lines are prose: unless the first word can begin a label, only a colon or dash ("Team Context:") can
  // make one.
  if (!mayStartLabel(text) && !/[:—–→⇒➜➔➡⟶]/u.test(text.slice(0, limit))) return undefined;
  let depth = 0;
  let words = 0;
  for (let p = 0; p < limit; p++) {
    const ch = text[p];
    if (ch === '\n' || ch === '\r') break;
    if (ch === ' ' && p > 0 && text[p - 1] !== ' ' && ++words > 6) break;
    if (OPENING_BRACKET.test(ch)) {
      depth++;
      continue;
    }
    let bracketed = false;
    if (CLOSING_BRACKET.test(ch)) {
      if (depth > 0) {
        depth--;
        // "(S) We had": a bracketed label at the very start is a label and its separator.
        // "(S)ituation": a bracketed initial inside the label word is no separator. Scripts written without spaces
        // run the text on after the bracket ("【状況】私の…", "（结果）上线后…"): there the bracket alone ends the label.
        if (
          depth === 0 && OPENING_BRACKET.test(text[0]) && p <= 12 && !text.slice(1, p).includes(text[0]) &&
          (!/\p{L}/u.test(text[p + 1] ?? '') || (ch !== ')' && ch !== ']') || UNSPACED_SCRIPT.test(text[p + 1]))
        ) bracketed = true;
        else continue;
      } else if (ch !== ')') continue;
    }
    // An arrow after the label ("Result → ...", "Goal -> ...", "Outcome => ...") separates like a dash.
    const arrow = depth === 0 && p > 0 && (ARROWS.includes(ch) || ((ch === '-' || ch === '=') && text[p + 1] === '>'));
    // A sign spaced on both sides ("Context · …", "Result | …", "Task › …") separates by its Unicode class
    // (labels.ts isSpacedSeparator): a known part's label only, in a form the file must use for two parts.
    if (!bracketed && !arrow && depth === 0 && p > 0 && isSpaceChar(text[p - 1]) && isSpaceChar(text[p + 1]) && !':—–-).：'.includes(ch) && isSpacedSeparator(ch)) {
      const match = matchLabel(text.slice(0, p), false, true);
      if (match) return { label: text.slice(0, p), length: p + 2, sep: '—', match, weak: `S${ch}` };
      continue;
    }
    if (!bracketed && !arrow && (depth > 0 || p === 0 || !':—–-).：'.includes(ch))) continue;
    if (arrow) {
      const raw = text.slice(0, p);
      if (raw.trim().length === 0) continue;
      let length = p + (ARROWS.includes(ch) ? 1 : 2);
      // "Brief background → Highlight → Why here": a chain of steps joined by arrows names a sequence (a structure to
      // follow), not a label and its text.
      if (ARROW_AFTER.test(text.slice(length, 400))) return undefined;
      while (length < text.length && isSpaceChar(text[length])) length++;
      // Words only: "A -> B" names two things.
      const match = matchLabel(raw, false, true);
      if (match) return { label: raw, length, sep: '—', match };
      // A lone part letter before an arrow: a label only where the file writes three or more parts so.
      const letter = raw.trim().length === 1 ? matchLabel(raw.trim(), true) : undefined;
      if (letter?.letter && /^\p{Lu}$/u.test(raw.trim())) return { label: raw, length, sep: '—', match: letter, weak: LETTER_ARROW };
      // A short phrase of no known part before an arrow ("Yaptıklarım ➜ …"): a label for its siblings to decide, as
      // after a colon (inferByPosition).
      if (raw.trim().length > 1 && UNKNOWN_LABEL.test(raw.trim()) && !isTrailerLabel(raw) && !isQuestionsLabel(raw)) return { label: raw, length, sep: '—' };
      continue;
    }
    const next = text[p + 1];
    const glued = next !== undefined && !isSpaceChar(next);
    // "e.g.", "3.5", "S.T.A.R": a period inside a word is no separator; "http://" neither.
    if (ch === '.' && glued) continue;
    if (ch === ':' && next === '/') continue;
    if (ch === '-' && next === '-') continue;
    // "T-shirt", "e-mail", "A-B test", "X-ray": a letter joined to a word by a hyphen is one word, not a label.
    if (ch === '-' && p === 1 && /\p{L}/u.test(text[0]) && (/^\p{Ll}/u.test(next ?? '') || /^[^\P{L}I](?!\p{L})/u.test(text.slice(2, 4)))) {
      if (/^[^\P{L}I](?!\p{L})/u.test(text.slice(2, 4))) return { label: text.slice(0, 1), length: 2, sep: '-', foreign: 'L-' };
      // "S-reviews took four days": a capital part letter glued to a lower-case word may still be a label, when
      // the file writes three or more parts so (keepCorroborated); "C-suite" or "T-shirt" alone never is.
      const glued = /^\p{Lu}$/u.test(text[0]) ? matchLabel(text[0], true) : undefined;
      if (glued?.letter) return { label: text[0], length: 2, sep: '-', match: glued, weak: GLUED_LOWER };
      continue;
    }
    const raw = bracketed ? text.slice(0, p + 1) : text.slice(0, p);
    if (raw.trim().length === 0) continue;
    const sep = bracketed ? ')' : ch === '：' ? ':' : ch;
    let length = p + 1;
    while (length < text.length && isSpaceChar(text[length])) length++;
    // "a) Situation — …", "b. Task: …", "ii) Result: …": an enumerator of a lettered or numbered list before a word
    // label (its own colon or dash after it) numbers the parts; the word names the part, whatever the letter is.
    if (!glued && (sep === ')' || sep === '.') && /^(?:\p{L}|\d{1,2}|[ivxIVX]{2,4})$/u.test(raw.trim())) {
      const inner = scanTextLabel(text.slice(length));
      if (inner?.match && !inner.match.letter && !inner.weak && !inner.foreign && (inner.sep === ':' || inner.sep === '—' || inner.sep === '–')) {
        return { label: text.slice(0, length) + inner.label, length: length + inner.length, sep: inner.sep, match: inner.match };
      }
    }
    // A hyphen with a space on each side ("Lessons we learned - ...") separates like a dash.
    const match = matchLabel(raw, true, sep === ':' || sep === '—' || sep === '–' || (sep === '-' && !glued && isSpaceChar(text[p - 1])));
    // "A - B testing": a letter, a dash and another lone letter is a pair of names, not a label.
    if (match?.letter && sep === '-' && /^[^\P{L}I](?!\p{L})/u.test(text.slice(length, length + 2))) return { label: raw, length, sep, foreign: 'L-' };
    if (match) {
      const weak = weakForm(match.letter, sep, glued && ch === '-' && /\p{L}/u.test(text[p - 1] ?? ''), bracketed);
      const out: TextLabel = { label: raw, length, sep, match, ...(weak ? { weak } : {}) };
      // "S - Situation: we had", "S: Situation": the letter repeated as a word is one label.
      if (match.letter) {
        const inner = scanTextLabel(text.slice(length));
        if (inner?.match && !inner.match.letter && inner.match.part === match.part && !inner.weak) {
          return { label: text.slice(0, length) + inner.label, length: length + inner.length, sep: inner.sep, match };
        }
        const whole = text.slice(length).trim();
        if (whole.length > 0 && whole.length <= 40 && matchLabel(whole, false)?.part === match.part) {
          return { label: text.slice(0, length) + whole, length: text.length, sep, match };
        }
      }
      return out;
    }
    const norm = raw.trim();
    if (norm.length === 1 && /\p{L}/u.test(norm) && (sep === '.' || sep === ')' || sep === '-')) {
      // A letter that names no part ("B.", "D)"): the same form is a lettered list here, not part labels.
      return { label: raw, length, sep, foreign: 'L' + sep };
    }
    if (Q_LABEL.test(raw) && (sep === ':' || sep === '.' || sep === ')')) return { label: raw, length, sep };
    // A letter that names no part, with a colon ("O: ..."): a label whose part its siblings decide (inferByPosition).
    if (norm.length === 1 && /\p{L}/u.test(norm) && sep === ':') return { label: raw, length, sep };
    if ((sep === ':' || sep === '—' || sep === '–') && (isTrailerLabel(raw) || isQuestionsLabel(raw))) return { label: raw, length, sep };
    // A short capitalised phrase and a colon or dash ("Service oriented: ...", "Answer: ..."): a label of no known
    // part, for its siblings to decide (inferByPosition, dropStrays) or to lead into a part label after it.
    if ((sep === ':' || sep === '—' || sep === '–') && depth === 0 && UNKNOWN_LABEL.test(raw.trim())) {
      return { label: raw, length, sep };
    }
  }
  return undefined;
}

/**
 * Finds a label at the start of a line (see firstLabel). A lead-in of no part before a part label ("**Answer:**
 * **(S)ituation:** ...", "Answer: Situation: ...") gives way to that part label, and the marker covers both.
 */
function lineLabel(tokens: Token[]): LineLabel | undefined {
  const ll = firstLabel(tokens);
  if (!ll || ll.alone || ll.foreign || (ll.sep !== ':' && ll.sep !== '—' && ll.sep !== '–') || ll.label.length > 40) return ll;
  if (matchLabel(ll.label, true, true) || Q_LABEL.test(ll.label) || isQuestionsLabel(ll.label) || isHeaderFieldLabel(ll.label)) return ll;
  const inner = firstLabel(ll.rest);
  if (!inner || inner.foreign || inner.weak || !matchLabel(inner.label, true, /[:—–]/u.test(inner.sep))) return ll;
  return { ...inner, start: ll.start, lineStart: ll.lineStart, lineEnd: ll.lineEnd };
}

/** Finds a label at the start of a line: `**Label:** text`, `**S**—text`, `➤ Label: text`, `S-text`, or a line that is only a label. */
function firstLabel(tokens: Token[]): LineLabel | undefined {
  if (tokens.length === 0) return undefined;
  const lineStart = tokens[0].start;
  const lineEnd = tokens[tokens.length - 1].end;
  let i = 0;
  // Skip leading decorations (emoji, arrows, bullets, spaces) that fill whole text tokens.
  let lead = 0;
  /** Where a ticked box or a call-out's type begins, when one leads the line: the marker covers it (it is not speech). */
  let boxAt: number | undefined;
  while (i < tokens.length && (tokens[i].kind === 'text' || tokens[i].kind === 'html')) {
    if (tokens[i].kind === 'html') {
      i++;
      continue;
    }
    lead = LEAD.exec(tokens[i].text)![0].length;
    if (boxAt === undefined && lead > 0 && /\[(?:[ xX✓✔]|!)/u.test(tokens[i].text.slice(0, lead))) boxAt = tokens[i].start;
    if (lead < tokens[i].text.length) break;
    i++;
    lead = 0;
  }
  if (i >= tokens.length) return undefined;
  const tok = tokens[i];
  if (tok.kind === 'strong') {
    let label = tok.text.trim();
    if (label.length === 0 || label.length > 200) return undefined;
    // "**Situation - Delegation**", "**Result: 40% faster**": a label and a few words about the part, all in bold.
    if (label.length > 60 || !matchLabel(label, true, true)) {
      const inner = scanTextLabel(label.slice(LEAD.exec(label)![0].length));
      if (inner?.match && !inner.weak && !inner.match.letter && inner.sep !== ')' && inner.sep !== '.') label = inner.label.trim();
      else if (label.length > 60) return undefined;
    }
    let end = tok.end;
    let rest = tokens.slice(i + 1);
    // "**S**ituation": a bold first letter that begins the label word.
    if (/^\p{Lu}$/u.test(label) && rest[0]?.kind === 'text' && /^\p{Ll}/u.test(rest[0].text)) {
      const t0 = rest[0];
      const w = /^\p{L}+/u.exec(t0.text)![0];
      if (matchLabel(label + w, false)) {
        label += w;
        end = t0.start + w.length;
        rest = w.length < t0.text.length ? [{ ...t0, start: end, text: t0.text.slice(w.length) }, ...rest.slice(1)] : rest.slice(1);
      }
    }
    const next = rest[0];
    const inside = /[:—–.)：-]\s*$/u.exec(label);
    let sep = inside ? inside[0].trim().replace('：', ':') : '';
    if (next && next.kind === 'text') {
      const m = /^[ \t]*(?:\([^()\r\n]{0,40}\)|\[[^[\]\r\n]{0,40}\])?[ \t]*(?:[:—–)：→⇒➜➔➡⟶]|[-=]>|\.(?=[ \t]|$)|-+)?[ \t]*/u.exec(next.text)!;
      const consumed = m[0];
      const sepm = /[:—–).：→⇒➜➔➡⟶]|[-=]>|-/u.exec(consumed.replace(/\([^()]*\)|\[[^[\]]*\]/gu, ''));
      // An arrow after the label separates like a dash.
      if (sepm) sep = sepm[0] === '：' ? ':' : /^(?:[→⇒➜➔➡⟶]|[-=]>)$/u.test(sepm[0]) ? '—' : sepm[0];
      else if (/[([]/u.test(consumed)) sep = sep || ' ';
      if (consumed.length > 0) end = next.start + consumed.length;
      rest = consumed.length < next.text.length ? [{ ...next, start: next.start + consumed.length, text: next.text.slice(consumed.length) }, ...rest.slice(1)] : rest.slice(1);
      // "**S** - Situation: we had": the letter repeated as a word is part of the label.
      if (sep && rest[0]?.kind === 'text' && /^\W*\p{L}$/u.test(label)) {
        const inner = scanTextLabel(rest[0].text);
        const own = matchLabel(label, true);
        if (inner?.match && own && inner.match.part === own.part && !inner.weak) {
          end = rest[0].start + inner.length;
          rest = inner.length < rest[0].text.length ? [{ ...rest[0], start: end, text: rest[0].text.slice(inner.length) }, ...rest.slice(1)] : rest.slice(1);
        }
      }
    }
    const alone = rest.every(blank);
    // A bold label run into its text with no separator ("**Situation** We had") is a label only when the file
    // writes other parts the same way.
    const weak = !sep && !alone ? 'B' : undefined;
    return { form: 'bold', label, start: boxAt ?? tok.start, end, lineStart, lineEnd, rest, alone, sep, ...(weak ? { weak } : {}) };
  }
  if (tok.kind !== 'text') return undefined;
  const text = tok.text.slice(lead);
  const start = tok.start + lead;
  const found = scanTextLabel(text);
  const markStart = boxAt ?? start;
  if (found) {
    const end = start + found.length;
    const rest = found.length < text.length ? [{ ...tok, start: end, text: text.slice(found.length) }, ...tokens.slice(i + 1)] : tokens.slice(i + 1);
    const alone = rest.every(blank);
    return {
      form: 'label', label: found.label, start: markStart, end, lineStart, lineEnd, rest, alone, sep: found.sep,
      ...(found.weak ? { weak: found.weak } : {}), ...(found.foreign ? { foreign: found.foreign } : {}),
    };
  }
  // A line that is nothing but a label ("⭐ Situation", "▍背景"): only when the whole line is this one text token
  // (an HTML comment after it is allowed), starting with a capital, a letter of a script without case (Han, Devanagari,
  // Arabic...) or a bracket.
  if (tokens.slice(i + 1).every(blank)) {
    const whole = text.trimEnd();
    if (whole.length > 0 && whole.length <= 60 && /^(?:\p{Lu}|\p{Lo}|[^\P{Ps}„‚])/u.test(whole)) {
      return { form: 'label', label: whole, start, end: start + whole.length, lineStart, lineEnd, rest: [], alone: true, sep: '' };
    }
    // A lower-case word alone on its line ("* task", then the text in a sub-list): a label only when the file writes
    // other parts the same way.
    if (whole.length > 0 && whole.length <= 30 && /^\p{Ll}[\p{L} '’-]*$/u.test(whole) && matchLabel(whole, false)) {
      return { form: 'label', label: whole, start, end: start + whole.length, lineStart, lineEnd, rest: [], alone: true, sep: '', weak: 'lc' };
    }
  }
  return undefined;
}

/**
 * A sentence end before an inline label: ". ", "! ", "? ", with closing quotes or brackets; or a bar or a bullet set
 * off by spaces, as parts written side by side on one line are divided ("**S**: … | **T**: …", "Situation: … • Task: …").
 */
const SENTENCE_END = /(?:[.!?]["'”’)\]]*[ \t]+|(?:^|[ \t])[|•·][ \t]*)$/u;
/** A divider between parts written side by side on one line: a bar or a bullet set off by spaces. */
const SIDE_BY_SIDE = /(?:^|[ \t])[|•·][ \t]*$/u;
/**
 * A label starting a sentence inside a line: after ". " a capitalised label (or one in a script with no capitals,
 * as Korean writes "... 했습니다. 결과: ...") and ": "; after a full stop of Chinese or Japanese ("。", "！", "？", no
 * space) a label in those scripts and a colon of either width.
 */
const INLINE_LABEL = /(?:(?:[.!?]["'”’)\]]*[ \t]+|[ \t][|•·][ \t]+)(\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,3}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,6})[ \t]*:[ \t]+|[。！？][」』”’）)]*[ \t]*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,6})[ \t]*(?:：|:[ \t]*))/gu;

/** A bracketed word after a sentence's end inside a line ("… three days. (Task) I had to…"), of any script. */
const INLINE_BRACKETED = /(?:[.!?]["'”’]*[ \t]+|[。！？][」』”’]*[ \t]*)([([（]\p{L}[\p{L}\p{M}'’ ]{0,30}[)\]）])[ \t]*/gu;

/** A label written as a word in brackets: "(Situation)", "[Task]", "（背景）". */
const BRACKETED_WORD = /^[([（]\p{L}[\p{L}\p{M}'’ ]{0,30}[)\]）]$/u;

interface InlineLabel {
  label: string;
  part: PartName;
  start: number;
  end: number;
  form: 'bold' | 'label';
  letter: boolean;
}

/**
 * Labels that start a sentence inside a line ("... for phase two. Lesson: say it early."): a capitalised part
 * label with a colon after a sentence end, or a bold one. Word labels only; a single letter counts only where the
 * line itself opens with a letter label and a bar or bullet divides the parts written side by side ("**S**: … | **T**: …").
 */
function inlineLabels(tokens: Token[], from: number, letters = false, bracketed = false): InlineLabel[] {
  const out: InlineLabel[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.end <= from) continue;
    if (t.kind === 'text' && bracketed) {
      // A line that opens with a part's name in brackets ("(Situation) At my last job… (Task) I had to…"): the same
      // dress after a sentence's end names the next parts told on that line.
      INLINE_BRACKETED.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = INLINE_BRACKETED.exec(t.text))) {
        const at = t.start + m.index + m[0].indexOf(m[1]);
        if (at < from) continue;
        const lm = matchLabel(m[1], false);
        if (lm) out.push({ label: m[1], part: lm.part, start: at, end: t.start + m.index + m[0].length, form: 'label', letter: false });
      }
    }
    if (t.kind === 'text') {
      if (t.text.indexOf(':') < 0 && t.text.indexOf('：') < 0) continue;
      INLINE_LABEL.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = INLINE_LABEL.exec(t.text))) {
        const label = m[1] ?? m[2];
        const at = t.start + m.index + m[0].indexOf(label);
        if (at < from) continue;
        const lm = matchLabel(label, false);
        // A word of the per-language tables is a label only at the start of a line (see isTranslatedLabel).
        if (lm && !isTranslatedLabel(label)) out.push({ label, part: lm.part, start: at, end: t.start + m.index + m[0].length, form: 'label', letter: false });
      }
    } else if (t.kind === 'strong' && k > 0 && t.start >= from) {
      const prev = tokens[k - 1];
      if (prev.kind !== 'text' || !SENTENCE_END.test(prev.text)) continue;
      const next = tokens[k + 1];
      const colonInside = /[:—–]\s*$/u.test(t.text);
      const sepAfter = next?.kind === 'text' ? /^[ \t]*[:—–][ \t]*/u.exec(next.text) : null;
      if (!colonInside && !sepAfter) continue;
      const lm = matchLabel(t.text, letters && SIDE_BY_SIDE.test(prev.text));
      if (lm) out.push({ label: t.text, part: lm.part, start: t.start, end: sepAfter ? next.start + sepAfter[0].length : t.end, form: 'bold', letter: lm.letter });
    }
  }
  return out;
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
  const c: Collected = {
    headings: [], markers: [], boundaries: [], questionLines: [], spans: [], exclusions: [], suppressions: [], qLines: [], headerLines: [],
    foreign: new Set(), quotes: [], titles: [], unknowns: [], explainers: [], breaks: [], qOnly: [], trailerLines: [],
  };
  type Frame = { node: Nodes; root: boolean; excluded: boolean; inList: boolean; prose: boolean };
  /** List items alone in their list ("1. Who was your most difficult customer?" between paragraphs). */
  const lone = new Set<Nodes>();
  /** The list each item belongs to (the list's start). */
  const listOf = new Map<Nodes, number>();
  const stack: Frame[] = [];
  for (let i = tree.children.length - 1; i >= 0; i--) {
    stack.push({ node: tree.children[i] as Nodes, root: true, excluded: false, inList: false, prose: false });
  }
  while (stack.length) {
    const { node, root, excluded, inList, prose } = stack.pop()!;
    const s = off(node, 'start', base);
    const e = off(node, 'end', base);
    switch (node.type) {
      case 'code':
        // Sentences indented by hand (a tab or four spaces under a heading, as notes are typed) are read as an
        // indented code block, but they are speech: prose when the block is not fenced and reads as sentences.
        if (root && !excluded && s !== undefined && e !== undefined && !/^[ \t]*(?:`{3,}|~{3,})/u.test(source.slice(s, e)) && indentedProse(node.value)) c.spans.push({ start: s, end: e });
        continue;
      case 'yaml':
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'definition':
        continue;
      case 'break': {
        // A hard line break (two spaces or a backslash at a line's end) splits a paragraph's text no more than a soft
        // one does: the line before it, the break and the line after it are one run of prose.
        const last = c.spans[c.spans.length - 1];
        if (prose && !excluded && last && s !== undefined && e !== undefined && last.end === s) {
          last.end = e;
          c.joinAt = e;
        }
        continue;
      }
      case 'thematicBreak':
        if (root && s !== undefined && e !== undefined) c.breaks.push({ start: s, end: e });
        continue;
      case 'html':
        if (s !== undefined && e !== undefined) {
          scanSuppressions(source.slice(s, e), s, c.suppressions);
          if (root) htmlTitles(source.slice(s, e), s, c);
          if (root && !excluded) htmlBlock(source.slice(s, e), s, c);
        }
        continue;
      case 'text':
        if (prose && !excluded && s !== undefined && e !== undefined && e > s) {
          const last = c.spans[c.spans.length - 1];
          if (last && c.joinAt === s && last.end === s) last.end = e;
          else c.spans.push({ start: s, end: e });
        }
        continue;
      case 'heading': {
        // (A heading with no words, "#" alone on its line, is a spacer the writer drew: it titles and ends nothing.)
        if (root && s !== undefined && e !== undefined && /[\p{L}\p{N}]/u.test(plainText(node))) c.headings.push(headingInfo(plainText(node), s, e, node.depth));
        // Heading text is never speech, but it may hold suppression comments.
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push({ node: node.children[i] as Nodes, root: false, excluded: true, inList, prose: false });
        }
        continue;
      }
      case 'paragraph': {
        let isExcluded = excluded;
        if (!isExcluded && s !== undefined && e !== undefined) {
          // A table (read as a paragraph without the GFM extension) is not speech, unless its cells hold the parts.
          const table = looksLikeTable(source.slice(s, e)) ? { start: s, end: e } : undefined;
          const found = analyzeParagraph(node.children as Nodes[], source, base, inList, table, c, root);
          if (table && found === 0) isExcluded = true;
        }
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
        // A block quote is the candidate's own answer (often the body of a part, written as what they would say),
        // unless it is attributed to someone else or is a call-out note.
        const last = c.quotes.length > 0 ? c.quotes[c.quotes.length - 1].end : -1;
        const plain = plainText(node);
        const voiced = !excluded && s !== undefined && e !== undefined && voicedQuote(source, s, e, plain, last);
        if (voiced) c.quotes.push({ start: s!, end: e!, ...(answerQuote(source, s!, plain) || soleSample(source, s!) ? { answer: true } : {}) });
        // '> "Tell me about yourself."' over a plain paragraph: a quoted question may title the answer below it.
        if (root && s !== undefined && e !== undefined && node.children.length === 1 && node.children[0].type === 'paragraph') {
          const q = plain.replace(/\s+/gu, ' ').trim();
          if (q.length >= 3 && q.length <= 300 && isQuestion(q)) c.titles.push({ start: s, end: e, text: q });
        }
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push({ node: node.children[i] as Nodes, root: false, excluded: !voiced, inList, prose: false });
        }
        continue;
      }
      case 'list':
      case 'listItem': {
        if (node.type === 'list' && node.children.length === 1) lone.add(node.children[0] as Nodes);
        if (node.type === 'list' && s !== undefined) for (const item of node.children) listOf.set(item as Nodes, s);
        if (node.type === 'listItem' && s !== undefined && e !== undefined) questionItem(node, source, s, e, base, c, lone.has(node), listOf.get(node));
        // "1. **Conflict with the platform team**" with the parts in its sub-list: a story's title in a bank.
        const head = node.type === 'listItem' ? node.children[0] : undefined;
        if (head?.type === 'paragraph' && node.children.length > 1 && e !== undefined) {
          titleCandidate(head.children as Nodes[], off(head, 'start', base), off(head, 'end', base), c, e);
        }
        // A checklist item ("- [ ] Rehearsed") is a to-do, not speech.
        // One that starts with a part label ("- [x] Situation: …") is a part written as a ticked box.
        const box = node.type === 'listItem' && s !== undefined ? /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\](?:[ \t]+|$)/.exec(source.slice(s, s + 20)) : null;
        const boxLabel = box ? scanTextLabel(source.slice(s! + box[0].length, s! + box[0].length + 80)) : undefined;
        const checklist = box !== null && !(boxLabel?.match && !boxLabel.match.letter && !boxLabel.weak);
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

/** A heading's record: a part label ("## Situation", "## Result: 40% faster"), a trailer, or a title. */
function headingInfo(raw: string, start: number, end: number, depth: number): HeadingInfo {
  const text = raw.replace(/\s+/g, ' ').trim();
  // A heading may qualify its label with a tail ("## Key lesson to emphasize", "## Challenges along the way").
  let label = matchLabel(text, true, false, true);
  // A word of the pitch's and plan's per-language tables is as often an answer's title in a bank ("## 지원 동기").
  let weak: string | undefined = label && isKindTranslatedLabel(text) ? KIND_HEADING : undefined;
  if (!label) {
    // "## Situation: the old billing system": a label, then a few words about the part.
    const lead = LEAD.exec(text)![0].length;
    const t = scanTextLabel(text.slice(lead));
    if (t?.match && !t.weak && t.sep !== ')') {
      label = t.match;
      weak = 'H';
    }
  }
  if (!label) {
    // "## What did you do?": a question that asks for a part, where the file asks three or more so (keepCorroborated).
    const q = partQuestion(text);
    if (q) {
      label = { part: q, letter: false };
      weak = PART_QUESTION;
    }
  }
  return { start, end, depth, text, label, ...(weak ? { weak } : {}), trailer: !label && isTrailerLabel(text) };
}

/**
 * Titles written in HTML: a heading tag on its own (`<h3>Situation</h3>`, `<h2>Tell me about...</h2>`) is a heading
 * like `###`; a `<summary>` (a story folded in `<details>`) may title a story in a bank, like a bold line.
 */
function htmlTitles(src: string, start: number, c: Collected): void {
  if (src.length > 4000) return;
  if (COMPONENT_TITLED.test(src)) componentLabels(src, start, c);
  if (!/<(?:h[1-6]|summary)\b/iu.test(src)) return;
  const h = /^\s*<h([1-6])\b[^<>]{0,200}>([^]{0,400}?)<\/h\1\s*>\s*$/iu.exec(src);
  if (h) {
    const text = htmlText(h[2]);
    if (text.length > 0) c.headings.push(headingInfo(text, start, start + src.length, Number(h[1])));
    return;
  }
  const re = /<summary\b[^<>]{0,200}>([^]{0,400}?)<\/summary\s*>/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    const text = htmlText(m[1]);
    const at = start + m.index;
    const end = at + m[0].length;
    // "<summary>Situation</summary>" over the part's text in its fold: the summary names the part, as a heading would.
    const label = text.length > 0 && text.length <= 60 ? matchLabel(text, true, false, true) : undefined;
    if (label) c.markers.push({ part: label.part, label: cleanLabel(text), kind: 'label', start: at, end, strength: 2, letter: label.letter, lineEnd: lineEndOf(src, m.index) + start, blockStart: true });
    else if (text.length >= 3 && !isTrailerLabel(text)) c.titles.push({ start: at, end, text });
  }
}

/** A JSX component's opening tag (MDX, Docusaurus: capitalised name) with a title attribute: `<TabItem value="s" label="Situation">`. */
const COMPONENT_TITLED = /<[A-Z][A-Za-z0-9]*\b[^<>]{0,300}?\b(?:label|title|summary|heading)\s*=/u;
const COMPONENT_TITLE = /<[A-Z][A-Za-z0-9]*\b[^<>]{0,300}?\b(?:label|title|summary|heading)\s*=\s*(?:"([^"\n<>]{1,100})"|'([^'\n<>]{1,100})'|\{\s*["'`]([^"'`\n<>]{1,100})["'`]\s*\})[^<>]{0,300}>/gu;

/**
 * The title a JSX component gives its content (MDX and Docusaurus dress: `<TabItem label="Situation">`, `<Admonition
 * title="Result">`, `<Accordion title="Action">`) names a part, as `<summary>Situation</summary>` does, when it reads as
 * a part label. A title that names anything else is left alone: tabs of languages or versions are no answer.
 */
function componentLabels(src: string, start: number, c: Collected): void {
  COMPONENT_TITLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMPONENT_TITLE.exec(src))) {
    const text = htmlText(m[1] ?? m[2] ?? m[3] ?? '');
    const label = text.length > 0 && text.length <= 60 ? matchLabel(text, false, false, true) : undefined;
    if (!label) continue;
    const at = start + m.index;
    c.markers.push({ part: label.part, label: cleanLabel(text), kind: 'label', start: at, end: at + m[0].length, strength: 2, letter: false, lineEnd: lineEndOf(src, m.index) + start, blockStart: true });
  }
}

/**
 * HTML headings folded inside a `<details>` block under its `<summary>` ("<summary>2. Your strengths?</summary>" then
 * "<h3>Conclusion</h3>") are the sub-titles of the summary's answer, below it whatever their level: they are not
 * headings of the file and end nothing. (Part labels among them stay part markers; Markdown headings in the fold,
 * "### Self Introduction" under "<summary>Self Introduction</summary>", are read as they were.)
 */
function foldedHeadings(c: Collected, source: string): void {
  if (c.titles.length < 2 || !/<\/details\s*>/iu.test(source)) return;
  const folded: Span[] = [];
  for (const t of c.titles) {
    if (!/^<summary\b/iu.test(source.slice(t.start, t.start + 8))) continue;
    const close = source.slice(t.end, t.end + 40000).search(/<\/details\s*>/iu);
    const open = source.slice(t.end, t.end + 40000).search(/<details\b/iu);
    if (close >= 0 && (open < 0 || open > close)) folded.push({ start: t.end, end: t.end + close });
  }
  if (folded.length < 2) return;
  // (The cheap test first: only HTML headings are looked up among the folds.)
  const inside = (h: HeadingInfo): boolean => !h.label && /^[ \t]*<h[1-6]\b/iu.test(source.slice(h.start, h.end)) && folded.some((f) => h.start >= f.start && h.start < f.end);
  const gone = new Set(c.headings.filter(inside));
  if (gone.size === 0) return;
  c.headings = c.headings.filter((h) => !gone.has(h));
  for (const h of gone) c.exclusions.push({ start: h.start, end: h.end });
  c.exclusions.sort((a, b) => a.start - b.start);
}

/**
 * A block that wraps Markdown's text in a container: `<details>`, `<div>`, `<section>` or a JSX component (MDX,
 * Docusaurus: `<Tabs>`, `<TabItem label="Action">`, `<Admonition>`). With no blank line after its tag, Markdown reads
 * the text under the tag as part of the HTML block; it is still the writer's text (an answer folded in a tab).
 */
const HTML_CONTAINER = /<\/?(?:[dD]etails|[dD]iv|[sS]ection|[A-Z][A-Za-z0-9]*)(?=[\s>/])/u;

/**
 * A bank written in HTML (`<h3>1. Tell me about yourself</h3>` then `<p>` answers with `<br>`s), in one HTML block:
 * its heading tags are headings, and the text between its tags is prose; so is the text of a block made of containers
 * alone (HTML_CONTAINER), whose `<summary>` titles the fold and is no speech. A block that is one heading tag alone is
 * read by htmlTitles; other HTML (comments, a `<br>`) is left alone.
 */
function htmlBlock(src: string, start: number, c: Collected): void {
  // (a block of containers alone, with no paragraph or heading tag, is read for its text; its `<summary>` titles the
  // fold and is no speech)
  const foldOnly = !/<(?:h[1-6]|p)\b/iu.test(src);
  if ((foldOnly && !HTML_CONTAINER.test(src)) || /^\s*<h([1-6])\b[^<>]{0,200}>[^]{0,400}?<\/h\1\s*>\s*$/iu.test(src)) return;
  const tag = /<(\/?)([a-z][a-z0-9]*)\b[^<>]{0,300}>|<!--[^]*?(?:-->|$)/giu;
  let last = 0;
  let heading: { level: number; start: number; textStart: number } | undefined;
  let skip = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(src))) {
    if (!heading && skip === 0 && m.index > last && /[\p{L}\p{N}]/u.test(src.slice(last, m.index))) {
      c.spans.push({ start: start + last, end: start + m.index });
    }
    last = m.index + m[0].length;
    const name = (m[2] ?? '').toLowerCase();
    const level = /^h([1-6])$/u.exec(name);
    if (name === 'script' || name === 'style' || (name === 'summary' && foldOnly)) skip = Math.max(0, skip + (m[1] ? -1 : 1));
    else if (level && !m[1]) heading = { level: Number(level[1]), start: m.index, textStart: last };
    else if (level && m[1] && heading) {
      const text = htmlText(src.slice(heading.textStart, m.index));
      if (text.length > 0) c.headings.push(headingInfo(text, start + heading.start, start + last, heading.level));
      heading = undefined;
    }
  }
  if (!heading && skip === 0 && last < src.length && /[\p{L}\p{N}]/u.test(src.slice(last))) c.spans.push({ start: start + last, end: start + src.length });
}

/**
 * A list item that asks a question on its first line ("- Tell me about a conflict?") and answers it below in the
 * same item titles a story (a list of questions where some are answered); an item with the question alone is
 * material around the stories, unless it is alone in its list and part labels follow it (see below).
 */
function questionItem(node: Nodes, source: string, s: number, e: number, base: number, c: Collected, alone: boolean, list?: number): void {
  const head = 'children' in node ? node.children[0] : undefined;
  if (head?.type !== 'paragraph' || e - s > 20000) return;
  const hs = off(head, 'start', base);
  if (hs === undefined) return;
  const firstEnd = lineEndOf(source, hs);
  const first = source.slice(hs, firstEnd).replace(/[*_]/gu, '').trim();
  if (first.length > 300) return;
  // An item that puts the interviewer's ask without a question mark ("1. Explain to me your toughest project", "1.
  // Teach me something you've learned"), answered under it, is one more question of a list whose other items ask and
  // are answered: confirmed with them (bankTitles), never alone.
  if (!isQuestion(first)) {
    if (list !== undefined && first.length <= 200 && !/[:：]\s*$/u.test(first) && interviewAsk(first) && countWords(source.slice(firstEnd, e)) > 0) c.titles.push({ start: hs, end: firstEnd, text: first, short: true, list });
    return;
  }
  const words = countWords(source.slice(firstEnd, e));
  if (words >= 15) c.titles.push({ start: hs, end: firstEnd, text: first, sure: true, list });
  // A short answer ("- i want to work here as ...", "- TODO"): a title when answered items of its list are.
  else if (words > 0) c.titles.push({ start: hs, end: firstEnd, text: first, short: true, list });
  else if (words === 0) {
    c.qOnly.push({ start: s, end: e });
    // A question alone in its list may still title the run of part labels after it ("1. Who was your most
    // difficult customer?" then "S: ...", "T: ..."): bankTitles confirms it when such a run follows. One of a list
    // of questions is one of the questions a story answers, not its title.
    if (alone) c.titles.push({ start: hs, end: firstEnd, text: first, runOnly: true });
  }
}

/** Words that introduce or sign someone's words: "she said:", "my manager's feedback was:", "his comment:". */
const ATTRIBUTION = /\b(?:said|says|say|saying|wrote|writes|written|told|tells|asked|asks|replied|replies|responded|commented|noted|put it|feedback|comments?|review|message|messaged|emailed|e-?mail|words|quoted?|explained|shared|mentioned|posted|texted|remarked|added|pointed out|according to|response|reply|praise|testimonial|recommendation|shout-?out|slacked|DM'?d)\b/iu;
/** The candidate quoting themselves ("I told the team:", "what I said was:"). */
const OWN_SPEECH = /\b(?:I|we)(?:['’](?:d|ll|m|ve))?\b(?:\s+\S+){0,2}?\s+(?:said|say|wrote|write|told|tell|asked|ask|replied|responded|explained|shared|mentioned|posted|texted|remarked|added|put it|messaged|emailed|answered|pointed out)\b/u;

/** The nearest non-blank line before `start` (trimmed), or '' at the start of the text. */
function lineBefore(source: string, start: number): { text: string; start: number } {
  let ls = lineStartOf(source, start);
  while (ls > 0) {
    const pe = ls - 1 - (source[ls - 2] === '\r' && source[ls - 1] === '\n' ? 1 : 0);
    const ps = lineStartOf(source, Math.max(0, pe));
    const t = source.slice(ps, Math.max(ps, pe)).trim();
    if (t.length > 0) return { text: t, start: ps };
    ls = ps;
  }
  return { text: '', start: 0 };
}

/** A line's text without Markdown dress: heading hashes, list markers, quote markers, emphasis. */
function bareLine(line: string): string {
  return line.replace(/^(?:[#>\s]+|(?:[-*+]|\d{1,3}[.)])\s+)+/u, '').replace(/[*_`]/gu, '').trim();
}

/** The part label that a line starts with, and what follows it on the line. */
function leadingPartLabel(line: string): { rest: string } | undefined {
  const t = bareLine(line);
  const lead = LEAD.exec(t)![0].length;
  let found = scanTextLabel(t.slice(lead));
  // "Answer: (S)ituation: ...": a lead-in before the part label.
  if (found && !found.match && !found.foreign && found.sep === ':') {
    const inner = scanTextLabel(t.slice(lead + found.length));
    if (inner?.match) found = { ...inner, length: found.length + inner.length };
  }
  if (found?.match) return { rest: t.slice(lead + found.length) };
  return matchLabel(t, true) ? { rest: '' } : undefined;
}

/**
 * A block quote right under a question line ("**Q: Tell me about a time you disagreed.**" then "> In my last
 * team..."), that is not itself a question: the answer to it, in the candidate's voice.
 */
function answerQuote(source: string, start: number, plain: string): boolean {
  const prev = lineBefore(source, start);
  if (prev.text.length === 0 || prev.text.length > 300 || /^>/u.test(prev.text)) return false;
  const first = plain.trim().split(/\r?\n/u)[0] ?? '';
  // (A line or two in nobody's voice is a note beside the question, "> Ask whether they know our products", not the
  // answer: a short answer in a quote says who speaks.)
  const words = countWords(plain);
  return (isQuestion(bareLine(prev.text)) || ANSWER_FIELD.test(prev.text)) && !isQuestion(first) && words >= 5 && (words >= MIN_UNVOICED_QUOTE || FIRST_PERSON.test(plain) || speaksOtherLanguage(plain));
}
/** Whether a body holds a block quote in someone's voice: long enough to be an answer, or said in the first person. */
function holdsVoicedQuote(body: string): boolean {
  const quoted = body.split(/\r\n|\r|\n/u).filter((l) => /^[ \t]*>/u.test(l)).map((l) => l.replace(/^[ \t]*(?:>[ \t]?)+/u, '')).join('\n');
  if (quoted.trim().length === 0) return false;
  return countWords(quoted) >= MIN_UNVOICED_QUOTE || FIRST_PERSON.test(quoted) || speaksOtherLanguage(quoted);
}
/** Fewest words of a quote under a question that is its answer with no first person in it. */
const MIN_UNVOICED_QUOTE = 12;

/**
 * Whether a block quote is the candidate's own answer. It is when it is the body of a part: right under a part
 * label ("**Situation**" then "> We had..."), starting with one ("> **S:** ..."), or continuing such a quote; and
 * it is not when it is attributed to someone else (the line before introduces their words: "my manager's
 * feedback was:"), signed ("— Dana, my lead"), or a call-out ("> [!NOTE]").
 */
function voicedQuote(source: string, start: number, end: number, plain: string, lastVoicedEnd: number): boolean {
  // A call-out is a note, unless its title names a part ("> [!info] Situation", "> [!example] Action").
  const callout = /^\s*\[![\w-]+\][+-]?[ \t]*([^\r\n]*)/u.exec(plain);
  if (callout) {
    const title = callout[1].trim();
    return title.length > 0 && title.length <= 60 && matchLabel(title, false) !== undefined;
  }
  if (answerQuote(source, start, plain)) return true;
  const body = source.slice(start, end).split(/\r\n|\r|\n/);
  for (let i = body.length - 1; i >= 0; i--) {
    const l = body[i].replace(/^[\s>]+/u, '');
    if (l.length === 0) continue;
    if (/^(?:—|–|--|~)\s*(?:\p{Lu}|(?:my|our|from)\b)/u.test(l) && l.length <= 80) return false;
    break;
  }
  const prev = lineBefore(source, start);
  const before = prev.text.length <= 300 ? bareLine(prev.text) : '';
  const label = leadingPartLabel(before);
  const rest = label ? label.rest : before;
  if (/[:,"“”]$/u.test(rest) && ATTRIBUTION.test(rest) && !OWN_SPEECH.test(rest)) return false;
  if (label && label.rest.trim().length === 0) return true;
  if (leadingPartLabel(body.find((l) => l.replace(/^[\s>]+/u, '').length > 0) ?? '')) return true;
  // A quote that tells its answer in parts ("> Here's how I'd put it:" then "> **Situation:** …", "> **Task:** …"):
  // lines in it that open with labels of two or more different parts, told in the first person (a legend of the
  // parts, "> **S**ituation — set the context", tells nothing).
  if (partsInQuote(body) >= 2 && FIRST_PERSON.test(plain)) return true;
  if (lastVoicedEnd >= 0 && !/\S/u.test(source.slice(lastVoicedEnd, start).replace(/>/gu, ''))) return true;
  // Right under a heading and told in the first person ("## Long monologue" over "> I'm a senior engineer, and
  // I've spent…"): what the speaker says under that heading (an answer with no other words counts it, ./markdown.ts).
  if (/^#{1,6}\s/u.test(prev.text) && countWords(plain) >= 30 && firstPersonWords(plain) >= 3) return true;
  return soleSample(source, start);
}

/** How many different parts the lines of a block quote open with labels of (at most 200 lines are read). */
function partsInQuote(body: string[]): number {
  const parts = new Set<PartName>();
  for (const l of body.slice(0, 200)) {
    const t = bareLine(l);
    if (t.length === 0 || !mayStartLabel(t.slice(LEAD.exec(t)![0].length))) continue;
    const found = scanTextLabel(t.slice(LEAD.exec(t)![0].length));
    if (found?.match && !found.weak) parts.add(found.match.part);
    else if (t.length <= 40 && !/[.!?]$/u.test(t)) {
      const m = matchLabel(t, false);
      if (m) parts.add(m.part);
    }
  }
  return parts.size;
}

/**
 * A quote that is an answer by itself: the first thing of its section (under a heading, or at the top of the
 * file), after one short line that introduces it with a colon and names no one who said it ("**Example - Bad**:",
 * "**What it sounds like:**"). With no other words of the section before it, the quote is what the answer says.
 */
function soleSample(source: string, start: number): boolean {
  const prev = lineBefore(source, start);
  const before = prev.text.length <= 300 ? bareLine(prev.text) : '';
  if (!/[:：]$/u.test(before) || countWords(before) > 8 || /\bfrom\b/iu.test(before)) return false;
  if (before.split(/[^\p{L}'’-]+/u).some((w) => PERSON_NOUNS.has(w.toLowerCase()) || GROUP_NOUNS.has(w.toLowerCase()))) return false;
  if (/^\s*>/u.test(prev.text)) return false;
  let above = lineBefore(source, prev.start);
  // A fenced code block between the heading and the intro line is not speech either (a template to fill, "**STAR
  // Template:**" over a fence of "S: … T: …"): the quote is still the first thing said in the section. Looked
  // back over at most one fence of 60 lines and the short label line introducing it.
  if (/^(?:`{3,}|~{3,})/u.test(above.text)) {
    let at = above.start;
    let opened = false;
    for (let n = 0; n < 60 && at > 0; n++) {
      const line = lineBefore(source, at);
      if (line.text.length === 0) break;
      at = line.start;
      if (/^(?:`{3,}|~{3,})/u.test(line.text)) {
        opened = true;
        break;
      }
    }
    if (!opened) return false;
    above = lineBefore(source, at);
    const label = bareLine(above.text);
    if (/[:：]$/u.test(label) && countWords(label) <= 8) above = lineBefore(source, above.start);
  }
  return above.text.length === 0 || /^#{1,6}\s/u.test(above.text);
}

/**
 * Notes a paragraph that could be a story's title where a bank uses no headings: one bold or italic phrase on its
 * own at the top level ("**Conflict with the platform team**"), or a one-line question ("Tell me about a time...?").
 */
function titleCandidate(children: Nodes[], start: number | undefined, end: number | undefined, c: Collected, scope?: number): void {
  if (start === undefined || end === undefined || end - start > 400) return;
  const content = children.filter((ch) => !(ch.type === 'text' && ch.value.trim() === ''));
  // (A question in bold may wrap over a few lines, "**Can you tell us about your experience…\n…Are you client-facing?**";
  // any other title is one short line.)
  if (end - start > 240 && !(content.length === 1 && content[0].type === 'strong' && isQuestion(plainText(content[0]).trim()))) return;
  let text: string | undefined;
  if (content.length === 1 && (content[0].type === 'strong' || content[0].type === 'emphasis')) text = plainText(content[0]).trim();
  else if (content.length === 1 && content[0].type === 'text' && !/[\r\n]/u.test(content[0].value)) {
    // A question; or, for a list item holding a sub-list, a short plain name ("- Payments migration").
    const plain = content[0].value.trim();
    if (isQuestion(plain) || (scope !== undefined && shortTitle(plain))) text = plain;
  }
  // A bold phrase ending in a colon introduces what follows ("**Immediate response:**"); it titles nothing. As the
  // head of a list item over its own sub-list ("2. **Proudest moment:**" over "- *Situation:* …", "- *Task:* …"), a
  // short name with a colon may title the run of part labels in that sub-list: only when the run starts over
  // (bankTitles, runOnly), the same parts told again being a new answer in any language.
  let runOnly = false;
  if (text && scope !== undefined && /[:：]$/u.test(text) && content.length === 1 && content[0].type === 'strong') {
    const name = text.replace(/[\s:：]+$/u, '');
    if (shortTitle(name) && !matchLabel(name, true) && !isTrailerLabel(name)) {
      text = name;
      runOnly = true;
    }
  }
  if (!text || text.length < 3 || /[:：]$/u.test(text) || matchLabel(text, true) || isTrailerLabel(text)) return;
  if (scope !== undefined && !runOnly && text !== plainText(content[0]).trim()) return;
  c.titles.push({ start, end, text, ...(scope !== undefined ? { scope } : {}), ...(runOnly ? { runOnly } : {}) });
}

/**
 * A short plain line that could name a story ("Payments migration (2022)", "Story 2 - The outage"): up to twelve
 * words, not ending like a sentence or an introduction.
 */
function shortTitle(text: string): boolean {
  return text.length <= 120 && countWords(text) <= 12 && !/[.:;,：]$/u.test(text) && /\p{L}/u.test(text);
}

/**
 * A title that names its answer by number: "story 3: (ownership)", "Example #2 — the outage", "STAR story 1"; with a
 * colon and nothing after it ("story 6:") too, the colon introducing nothing but the answer.
 */
const NUMBERED_STORY = /^[^\p{L}]*(?:star\s+)?(?:story|example|scenario|case)\s*#?\d{1,3}\s*(?:[:.)\-–—]|$)/iu;

/**
 * The text of a line that could title a story: a bold or italic phrase alone, or a question in plain text; with
 * `loose`, also a bold phrase with a few words after it ("**Payments migration** — 2022") or a short plain line.
 */
function lineTitleText(line: Line, loose = false): string | undefined {
  const content = line.tokens.filter((t) => !blank(t));
  if (content.length === 0) return undefined;
  let text: string | undefined;
  // "<b>1. Please introduce yourself.</b>": bold written in HTML.
  const toks = line.tokens.filter((t) => !(t.kind === 'text' && t.text.trim() === ''));
  const htmlBold = toks.length === 3 && toks[1].kind === 'text' && /^<(b|strong|em|i)>$/iu.test(toks[0].text.trim()) && new RegExp(`^</${/^<(\w+)/u.exec(toks[0].text.trim())![1]}>$`, 'iu').test(toks[2].text.trim());
  if (htmlBold) text = toks[1].text.trim();
  else if (content.length === 1 && content[0].kind === 'strong') text = content[0].text.trim();
  // "`18) What was the last project you led?`": a question set off as inline code.
  else if (content.length === 1 && content[0].kind === 'code') {
    const code = content[0].text.replace(/\s+/gu, ' ').trim();
    if (isQuestion(code)) text = code;
  }
  else if (content.every((t) => t.kind === 'text')) {
    const plain = content.map((t) => t.text).join('').trim();
    if (isQuestion(plain) || (loose && (shortTitle(plain) || NUMBERED_STORY.test(plain)))) text = plain;
  } else if (loose && content[0].kind === 'strong' && content.every((t) => t.kind === 'text' || t.kind === 'strong')) {
    const whole = content.map((t) => t.text).join('').replace(/\s+/gu, ' ').trim();
    if (shortTitle(whole)) text = whole;
  }
  // A bold phrase ending in a colon introduces what follows ("**Immediate response:**"); it titles nothing.
  // (A question in bold may run longer, wrapped over a few lines: "**Can you tell us about… Are you client-facing?**".)
  if (!text || text.length < 3 || text.length > ((htmlBold || (content.length === 1 && content[0].kind === 'strong')) && isQuestion(text) ? 400 : 240) || (/[:：]$/u.test(text) && !NUMBERED_STORY.test(text)) || matchLabel(text, true) || isTrailerLabel(text)) return undefined;
  return text;
}

/**
 * A paragraph at the top level that could title a story in a bank without headings: its first line is a bold or
 * italic phrase or a question, and what follows it in the paragraph is part labels ("Tell me about a conflict?"
 * then "S: ..." on the next line), after nothing but lines without words (a separator such as "%").
 */
function paragraphTitle(lines: Line[], found: number, firstLabelled: number, c: Collected): void {
  if (lines.length === 0) return;
  const wordlessLine = (l: Line): boolean => l.tokens.every((t) => blank(t) || (t.kind === 'text' && !/[\p{L}\p{N}]/u.test(t.text)));
  // A line framed by lines without words ("═════", the line, "═════"; "-----" above it) is a headline drawn by hand:
  // alone in its paragraph, as a line with nothing around it is.
  if (found === 0 && lines.length > 1 && wordlessLine(lines[0])) {
    const lead = lines.findIndex((l) => !wordlessLine(l));
    if (lead < 0 || lines.some((l, i) => i > lead && !wordlessLine(l))) return;
    const text = lineTitleText(lines[lead], true);
    const own = lines[lead].tokens;
    if (text) c.titles.push({ start: own[0].start, end: own[own.length - 1].end, text });
    return;
  }
  // The lines between the title and the first label (or the paragraph's end) carry no words.
  const between = lines.slice(1, found > 0 ? firstLabelled : lines.length);
  // A second wording of the question ("Q> Tell me about your hardest project." then "Q> Describe a time you led.")
  // belongs to the title above it, as lines without words do.
  const asks = isQuestion(lines[0].tokens.map((t) => t.text).join('').trim());
  const wordless = between.every((l) => l.tokens.every((t) => blank(t) || (t.kind === 'text' && !/[\p{L}\p{N}]/u.test(t.text))) || (asks && isQuestion(l.tokens.map((t) => t.text).join('').trim())));
  if (found > 0 && firstLabelled < 1) return;
  // With words after it and no labels: only a question or a line all in bold titles the answer told below it in
  // the same paragraph ("**2. Why should we hire you?**" then the answer on the next line).
  if (!wordless && found > 0) return;
  // A short plain line is a title only right above its labels (or alone in its paragraph).
  const text = lineTitleText(lines[0], wordless && (found > 0 || lines.length === 1));
  if (!text) return;
  const first = lines[0].tokens;
  c.titles.push({ start: first[0].start, end: first[first.length - 1].end, text });
}

/** A "Question: ..." or "Q: ..." line: in a bank without headings, it may title the story that follows. */
function questionTitle(ll: LineLabel, c: Collected): void {
  const text = ll.rest.map((t) => t.text).join('').trim();
  if (text.length >= 3 && text.length <= 300) c.titles.push({ start: ll.lineStart, end: ll.lineEnd, text });
}

/** The 0-based column of a table cell starting at `at`: the cell borders before it on its row. */
function columnOf(source: string, rowStart: number, at: number): number {
  let n = 0;
  let i = rowStart;
  while (i < at && (source[i] === ' ' || source[i] === '\t')) i++;
  const leading = source[i] === '|';
  for (let k = i; k < at; k++) if (source.charCodeAt(k) === 124 && source[k - 1] !== '\\') n++;
  return leading ? n - 1 : n;
}

/**
 * A table whose header row names the parts ("| Question | Situation | Task | Action | Result |") holds one story per
 * row: each cell under a part column starts that part, and the row's first other cell (the question, a title)
 * titles the story. Returns the number of part markers found, or -1 when the table is not laid out that way.
 */
function columnTable(lines: Line[], source: string, table: Span, c: Collected): number {
  const header = lines.filter((l) => l.row?.start === table.start);
  const parts = new Map<number, { part: PartName; label: string }>();
  for (const cell of header) {
    const text = cell.tokens.map((t) => (t.kind === 'text' || t.kind === 'strong' ? t.text : '')).join('').trim();
    const m = matchLabel(text, true);
    if (m) parts.set(columnOf(source, cell.row!.start, cell.tokens[0].start), { part: m.part, label: cleanLabel(text) });
  }
  if (new Set([...parts.values()].map((p) => p.part)).size < 2) return qaTable(lines, header, source, table, c) ? -2 : -1;
  let found = 0;
  let row = -1;
  for (const cell of lines) {
    if (!cell.row || cell.row.start === table.start) continue;
    const text = cell.tokens.map((t) => (t.kind === 'text' || t.kind === 'strong' ? t.text : '')).join('').trim();
    if (/^[\s:|-]*$/u.test(text)) continue;
    const col = columnOf(source, cell.row.start, cell.tokens[0].start);
    const start = cell.tokens[0].start + (/^\s*/u.exec(cell.tokens[0].text)?.[0].length ?? 0);
    const end = cell.tokens[cell.tokens.length - 1].end;
    const p = parts.get(col);
    if (p) {
      c.markers.push({ part: p.part, label: p.label, kind: 'label', start, end: start, strength: 2, letter: false, lineEnd: cell.row.end });
      found++;
    } else {
      // Cells outside the part columns (the question, tags) are not speech; the first one titles the row's story.
      c.exclusions.push({ start: cell.tokens[0].start, end });
      if (row !== cell.row.start) {
        row = cell.row.start;
        c.titles.push({ start: cell.row.start, end, text: text.slice(0, 200) });
      }
    }
  }
  if (found > 0) {
    for (let i = table.start; i < table.end; i++) {
      if (source.charCodeAt(i) === 124 /* | */ && source[i - 1] !== '\\') c.exclusions.push({ start: i, end: i + 1 });
    }
  }
  return found;
}

const QA_QUESTION = /^(?:(?:the |interview |behaviou?ral )?(?:question|prompt)s?|q)$/u;
/** A label or column that names the answer itself ("Answer", "My response", "Sample answer"), as normalised. */
export const QA_ANSWER = /^(?:(?:my |the |sample |star |example )?(?:answer|response|story|stories|example)s?)$/u;

/**
 * A table whose header names a question column and an answer column ("| Question | Answer |") holds one story per
 * row: the question titles it, the answer is its text (with no part markers). Cells in other columns are not speech.
 */
function qaTable(lines: Line[], header: Line[], source: string, table: Span, c: Collected): boolean {
  let qCol = -1;
  let aCol = -1;
  for (const cell of header) {
    const text = normalizeLabel(cell.tokens.map((t) => (t.kind === 'text' || t.kind === 'strong' ? t.text : '')).join(''));
    const col = columnOf(source, cell.row!.start, cell.tokens[0].start);
    if (qCol < 0 && QA_QUESTION.test(text)) qCol = col;
    else if (aCol < 0 && QA_ANSWER.test(text)) aCol = col;
  }
  if (qCol < 0 || aCol < 0) [qCol, aCol] = askedAndAnswered(lines, source, table);
  if (qCol < 0 || aCol < 0) return false;
  for (const cell of lines) {
    if (!cell.row || cell.row.start === table.start) continue;
    const text = cell.tokens.map((t) => (t.kind === 'text' || t.kind === 'strong' ? t.text : '')).join('').trim();
    if (/^[\s:|-]*$/u.test(text)) continue;
    const col = columnOf(source, cell.row.start, cell.tokens[0].start);
    const end = cell.tokens[cell.tokens.length - 1].end;
    if (col === aCol) continue;
    c.exclusions.push({ start: cell.tokens[0].start, end });
    if (col === qCol) c.titles.push({ start: cell.row.start, end, text: text.slice(0, 200), sure: true, cell: true });
  }
  for (let i = table.start; i < table.end; i++) {
    if (source.charCodeAt(i) === 124 /* | */ && source[i - 1] !== '\\') c.exclusions.push({ start: i, end: i + 1 });
  }
  return true;
}

/**
 * The question and answer columns of a table whose header names neither ("| Asked | What I said |", "| Câu hỏi |
 * Trả lời |"): its body rows each put a question in one column and a told answer (12 words or more) in a later one,
 * in every row that holds anything. Returns [-1, -1] when the rows are not laid out that way.
 */
function askedAndAnswered(lines: Line[], source: string, table: Span): [number, number] {
  const rows = new Map<number, Map<number, string>>();
  for (const cell of lines) {
    if (!cell.row || cell.row.start === table.start) continue;
    const text = cell.tokens.map((t) => (t.kind === 'text' || t.kind === 'strong' ? t.text : '')).join('').trim();
    if (/^[\s:|-]*$/u.test(text)) continue;
    const col = columnOf(source, cell.row.start, cell.tokens[0].start);
    const row = rows.get(cell.row.start) ?? new Map<number, string>();
    row.set(col, `${row.get(col) ?? ''} ${text}`.trim());
    rows.set(cell.row.start, row);
  }
  if (rows.size < 2) return [-1, -1];
  const strict = askedInEveryRow(rows);
  return strict[0] >= 0 ? strict : toldByTopic(rows);
}

/**
 * A table of three rows or more, each a short title in its first column and one told answer (12 words or more) in one
 * later column ("| **Why this company** | I want to… |" under "| Key | Value |"): in half the rows or more the title
 * asks or names an interview topic, and in two rows in three or more the answer is told in the first person.
 */
function toldByTopic(rows: Map<number, Map<number, string>>): [number, number] {
  if (rows.size < 3) return [-1, -1];
  let qCol = -1;
  let aCol = -1;
  let topics = 0;
  let told = 0;
  for (const row of rows.values()) {
    const cols = [...row.keys()].sort((a, b) => a - b);
    const q = cols[0];
    const title = row.get(q)!;
    if ((qCol >= 0 && q !== qCol) || countWords(title) > 8) return [-1, -1];
    const long = cols.filter((k) => k > q && countWords(row.get(k)!) >= 12);
    if (long.length !== 1 || (aCol >= 0 && long[0] !== aCol)) return [-1, -1];
    qCol = q;
    aCol = long[0];
    if (isQuestion(title) || interviewAsk(title)) topics++;
    if (FIRST_PERSON.test(row.get(aCol)!)) told++;
  }
  return topics * 2 >= rows.size && told * 3 >= rows.size * 2 ? [qCol, aCol] : [-1, -1];
}

/** The question and answer columns when every row asks in one column and answers in one later column (askedAndAnswered). */
function askedInEveryRow(rows: Map<number, Map<number, string>>): [number, number] {
  let qCol = -1;
  let aCol = -1;
  for (const row of rows.values()) {
    const cols = [...row.keys()].sort((a, b) => a - b);
    const q = cols.find((k) => isQuestion(row.get(k)!));
    if (q === undefined || (qCol >= 0 && q !== qCol)) return [-1, -1];
    const told = cols.filter((k) => k > q && countWords(row.get(k)!) >= 12);
    if (told.length !== 1 || (aCol >= 0 && told[0] !== aCol)) return [-1, -1];
    qCol = q;
    aCol = told[0];
  }
  return [qCol, aCol];
}

/** Finds the markers, question lines, header fields and trailers of one paragraph; returns how many part markers it holds. */
function analyzeParagraph(children: Nodes[], source: string, base: number, inList: boolean, table: Span | undefined, c: Collected, root = false): number {
  const lines = paragraphLines(children, source, base, table !== undefined);
  let found = 0;
  /** A table of questions and answers: its answers are speech even without markers. */
  let qaTableFound = false;
  /** Index of the first line that holds a label (a marker, a header field, a question line), or -1. */
  let firstLabelled = -1;
  const markersBefore = c.markers.length;
  /** Lines that start with a bracketed letter label ("(S) I had..."): later tags in the paragraph may follow. */
  const tagLed: { li: number; end: number; part: PartName; strength: number; kind: MarkerKind }[] = [];
  /** Lines that start with a part label. */
  const labelledLines = new Set<number>();
  if (table) {
    // The header row and the delimiter row of a table are never speech.
    const firstRowEnd = lineEndOf(source, table.start);
    const second = lineEndOf(source, Math.min(source.length, firstRowEnd + 1));
    c.exclusions.push({ start: table.start, end: Math.min(table.end, second) });
    const byColumn = columnTable(lines, source, table, c);
    if (byColumn >= 0) return byColumn;
    qaTableFound = byColumn === -2;
  }
  // In a question-and-answer exchange ("Q: ...", "A: ..."), "A:" is an answer, not the Action part.
  const qa = lines.some((l) => l.tokens[0]?.kind === 'text' && /^\s*Q\s*[:.)]/.test(l.tokens[0].text));
  /** The last line that started with a part label. */
  let prevLabelled = -2;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    // A table's header row names its columns ("| Principle | How I showed it |"); it marks no part.
    if (table && line.row?.start === table.start) continue;
    let ll = lineLabel(line.tokens);
    // "**Learning** (the one I repeat to every new product manager)" over the lesson on the next line of the paragraph:
    // a bold label and a note in brackets that closes its line is a label with its text below, not bold run into prose.
    if (ll?.weak === 'B' && ll.form === 'bold' && li + 1 < lines.length && ll.rest.every((t) => t.kind === 'text' || blank(t)) &&
      /^[ \t]*\([^()\r\n]{1,120}\)[ \t]*$/u.test(ll.rest.map((t) => (t.kind === 'text' ? t.text : '')).join(''))) {
      const { weak: _weak, ...strong } = ll;
      ll = { ...strong, sep: ' ' };
    }
    const whole = line.row ?? (ll ? { start: ll.lineStart, end: ll.lineEnd } : undefined);
    /** The line opens with a letter label ("**S**: …"): letters after a divider on it may label parts too. */
    let leadLetter = false;
    let leadBracket = false;
    let from = line.tokens[0].start;
    if (ll) {
      from = ll.end;
      if (ll.foreign) {
        c.foreign.add(ll.foreign);
        ll = undefined;
      }
    }
    if (ll) {
      if (Q_LABEL.test(ll.label) && (ll.form === 'bold' || /[:.)]/.test(ll.sep))) {
        // A question-and-answer exchange (rehearsing follow-ups) is material around the story.
        if (firstLabelled < 0) firstLabelled = li;
        c.qLines.push(ll.lineStart);
        c.boundaries.push(whole!);
        c.exclusions.push(whole!);
        questionTitle(ll, c);
        continue;
      }
      if (isQuestionsLabel(ll.label)) {
        const ids = parseQuestionTokens(ll.rest);
        if (ids) {
          if (firstLabelled < 0) firstLabelled = li;
          c.questionLines.push({ start: ll.lineStart, end: ll.lineEnd, ids });
          c.boundaries.push(whole!);
          c.exclusions.push(whole!);
          continue;
        }
      }
      // A plain line with nothing but a label must be a word label ("Situation"), not a letter; in a table, a letter
      // alone in the first cell of a row that goes on in other cells ("| S | Our billing run… |") labels that row, when
      // the table's first column names two or more parts so.
      const cellLetter = table !== undefined && ll.form === 'label' && ll.alone && ll.sep === '' && /^\p{Lu}$/u.test(ll.label.trim()) && line.row !== undefined &&
        columnOf(source, line.row.start, line.tokens[0].start) === 0 && lines[li + 1]?.row?.start === line.row.start;
      if (cellLetter) ll = { ...ll, weak: 'LT' };
      const allowLetter = cellLetter || !(ll.form === 'label' && ll.alone && !/[:—–]/u.test(ll.sep));
      // Modifiers before a label word ("Key Leadership Lesson:") only where the label's end is marked: by a colon or
      // dash after it (a hyphen with spaces round it is a dash), or, outside lists, by its bold closed and a separator
      // after it ("**Lessons we learned** - ...", "**Challenges faced**. ..."); a bold lead-in of a list item with a
      // hyphen or a full stop is as often a point's own name ("- **Faster onboarding** - ...").
      const closed = (ll.form === 'bold' && ll.sep !== '' && ll.sep !== ' ') || (ll.sep === '-' && /\s-[ \t]*$/u.test(source.slice(ll.start, ll.end)));
      const modifiers = /[:—–]/u.test(ll.sep) || /[:—–]\s*$/u.test(ll.label) || (closed && !inList);
      // "- S" alone on a list item (its sentences in a sub-list): a letter label only when the file writes other
      // parts the same way, and no letter that names no part ("- B") is written so.
      const letterAlone = inList && ll.form === 'label' && ll.alone && ll.sep === '' && /^\p{Lu}$/u.test(ll.label.trim());
      let m = letterAlone ? matchLabel(ll.label, true) : matchLabel(ll.label, allowLetter, modifiers);
      // A word that names both the question and a problem ("问题") is the challenge when it comes right after the
      // situation and says no question ("**背景：** … **问题：** 阿琳习惯在群里直接改需求…"): a STAR note's second part, not
      // the question field a Q&A file opens its answers with ("问题：What do you think of your major?").
      if (!m && PROBLEM_OR_QUESTION.has(normalizeLabel(ll.label)) && !/[?？]/u.test(source.slice(ll.end, ll.lineEnd))) {
        const last = c.markers[c.markers.length - 1];
        // (the situation's label the last one before it, with no heading between: the same story)
        if (last?.part === 'setup' && last.lineEnd <= ll.lineStart && ll.lineStart - last.lineEnd < 1500 && !/\n[ \t]*#/u.test(source.slice(last.lineEnd, ll.lineStart))) m = { part: 'challenge', letter: false };
      }
      if (letterAlone && !m) c.foreign.add('LA');
      // "| B | …" beside "| A | …": a lettered list of rows, not part letters.
      if (cellLetter && !m) c.foreign.add('LT');
      if (letterAlone && m) ll = { ...ll, weak: 'LA' };
      if (m && !(qa && m.letter && ll.form === 'label')) {
        const modified = modifiers && !matchLabel(ll.label, allowLetter, false, false);
        c.markers.push({
          part: m.part,
          label: cleanLabel(ll.label),
          kind: inList ? 'list' : ll.form,
          start: ll.start,
          end: ll.end,
          strength: inList ? 1 : ll.form === 'bold' ? 3 : 2,
          letter: m.letter,
          lineEnd: ll.lineEnd,
          // The label begins its block, or follows a labelled line ("➤ Task: ..." then "→ Action) ...").
          ...(ll.weak ? { weak: ll.weak, blockStart: li === 0 || line.row !== undefined || prevLabelled === li - 1 } : {}),
          ...(modified ? { modified } : {}),
        });
        prevLabelled = li;
        leadLetter = m.letter;
        leadBracket = !m.letter && BRACKETED_WORD.test(ll.label.trim());
        labelledLines.add(li);
        found++;
        if (firstLabelled < 0) firstLabelled = li;
        if (m.letter && BRACKETED_LETTER.test(ll.label)) tagLed.push({ li, end: ll.end, part: m.part, strength: inList ? 1 : ll.form === 'bold' ? 3 : 2, kind: inList ? 'list' : ll.form });
      } else if ((ll.sep !== '' || ll.alone) && isTrailerLabel(ll.label)) {
        if (firstLabelled < 0) firstLabelled = li;
        c.boundaries.push(whole!);
        c.exclusions.push(whole!);
        if (isHeaderFieldLabel(ll.label)) c.headerLines.push({ start: ll.lineStart, end: ll.lineEnd });
        else if (ll.alone) c.trailerLines.push({ start: ll.lineStart, end: ll.lineEnd, strength: inList ? 1 : ll.form === 'bold' ? 3 : 2 });
        if (/^(?:interview )?(?:question|prompt)$/u.test(normalizeLabel(ll.label))) questionTitle(ll, c);
        continue;
      } else if (!m && unknownLabelShape(ll)) {
        if (firstLabelled < 0) firstLabelled = li;
        c.unknowns.push({
          start: ll.start, end: ll.end, lineEnd: ll.lineEnd, label: ll.label, kind: inList ? 'list' : ll.form,
          strength: inList ? 1 : ll.form === 'bold' ? 3 : 2, letter: /^[^\p{L}\p{N}]*\p{L}[^\p{L}\p{N}]*$/u.test(ll.label),
          other: mayBeOther(source.slice(ll.lineStart, ll.lineEnd)),
          colon: /[:：]/u.test(ll.sep),
        });
      }
    }
    // A label that starts a sentence inside the line ("... phase two. Lesson: say it early.").
    for (const il of inlineLabels(line.tokens, from, leadLetter, leadBracket)) {
      c.markers.push({
        part: il.part, label: cleanLabel(il.label), kind: il.form, start: il.start, end: il.end, strength: 0, letter: il.letter,
        lineEnd: line.tokens[line.tokens.length - 1].end, weak: 'inline',
      });
    }
  }
  if (tagLed.length > 0) found += innerTags(lines, tagLed, labelledLines, c);
  if (found === 0) found = trailingTags(lines, c);
  if (root && !table) paragraphTitle(lines, found, firstLabelled, c);
  if (table && found > 0) tableRowTitles(lines, table, c, markersBefore);
  if (qaTableFound && found === 0) return -1;
  if (table && found > 0) {
    // The cell borders of a table that holds the parts are not words.
    for (let i = table.start; i < table.end; i++) {
      if (source.charCodeAt(i) === 124 /* | */ && source[i - 1] !== '\\') c.exclusions.push({ start: i, end: i + 1 });
    }
  }
  return found;
}

/**
 * A table whose rows each tell a story in their cells ("| Search relevance | **S:** ...<br>**T:** ... |"): a row
 * whose first cell holds no part label and whose other cells name two or more parts is a story, titled by that
 * first cell (which is not speech), and ends with its row.
 */
/** Labels that name the question a file asks and also a problem met (Chinese "问题"; see the challenge reading above). */
const PROBLEM_OR_QUESTION = new Set(['问题', '問題']);

function tableRowTitles(lines: Line[], table: Span, c: Collected, markersBefore: number): void {
  const added = c.markers.slice(markersBefore);
  let k = 0;
  for (let i = 0; i < lines.length; ) {
    const row = lines[i].row;
    let j = i + 1;
    while (j < lines.length && lines[j].row?.start === row?.start) j++;
    if (row && row.start !== table.start) {
      const first = lines[i].tokens.filter((t) => !blank(t));
      const parts = new Set<PartName>();
      let inFirst = false;
      while (k < added.length && added[k].start < row.start) k++;
      for (let q = k; q < added.length && added[q].start < row.end; q++) {
        parts.add(added[q].part);
        if (first.length > 0 && added[q].start <= first[first.length - 1].end) inFirst = true;
      }
      const text = first.map((t) => t.text).join('').replace(/[*_`]/gu, '').replace(/\s+/gu, ' ').trim();
      if (!inFirst && parts.size >= 2 && text.length >= 3 && text.length <= 200 && /\p{L}/u.test(text)) {
        const start = first[0].start;
        const end = first[first.length - 1].end;
        c.headings.push({ start, end, depth: 7, text, trailer: false, row: true });
        c.exclusions.push({ start, end });
        // The story ends with its row: a row of notes below it is not its last part.
        c.boundaries.push({ start: row.end, end: row.end });
      }
    }
    i = j;
  }
}

/** A part letter in brackets: "(S)", "[T]". */
const BRACKETED_LETTER = /^\s*[([]\s*[STARLC]\s*[)\]]\s*$/u;
const INNER_TAG = /([.!?;:]["'”’)]*[ \t]+|[ \t]+)([([])([STARLC])[)\]](?=[ \t]*\p{Lu}|[ \t]+\p{L})/gu;

/**
 * Letter tags inside the lines of a paragraph whose lines start with one ("(S) I joined a new team. (T) I had to
 * ... (A) So I ... (R) Now ..."): each tag after a sentence end, in the same brackets and in the order of the parts,
 * starts its part. Returns the number of markers added.
 */
function innerTags(lines: Line[], led: { li: number; end: number; part: PartName; strength: number; kind: MarkerKind }[], labelled: Set<number>, c: Collected): number {
  let added = 0;
  const order = (p: PartName): number => PART_ORDER.indexOf(p);
  for (const l of led) {
    const found: { part: PartName; letter: string; start: number; end: number; lineEnd: number }[] = [];
    // The led line and the lines that continue it (up to the next line that starts with a label).
    for (let li = l.li; li < lines.length && (li === l.li || !labelled.has(li)); li++) {
    const lineEnd = lines[li].tokens[lines[li].tokens.length - 1].end;
    for (const t of lines[li].tokens) {
      if (t.kind !== 'text' || t.end <= l.end || (t.text.indexOf('(') < 0 && t.text.indexOf('[') < 0)) continue;
      INNER_TAG.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = INNER_TAG.exec(t.text))) {
        const at = t.start + m.index + m[1].length;
        found.push({ part: PART_LETTERS_TAG[m[3]], letter: m[2] === '(' ? `(${m[3]})` : `[${m[3]}]`, start: at, end: at + 3, lineEnd });
      }
    }
    }
    if (found.length === 0) continue;
    // In the order of the parts, from the part that leads the line.
    let inOrder = true;
    let prev = order(l.part);
    for (const x of found) {
      if (order(x.part) < prev) inOrder = false;
      prev = order(x.part);
    }
    if (!inOrder) continue;
    for (const x of found) {
      c.markers.push({ part: x.part, label: x.letter, kind: l.kind, start: x.start, end: x.end, strength: l.strength, letter: true, lineEnd: x.lineEnd });
      added++;
    }
  }
  return added;
}

const TAG = /\[([STARLC])\](?=[\s.,;:!?"”’)]|$)/gu;

/**
 * Part letters tagged after their sentences ("... on project direction [S]. As lead, I needed ... [T]. ... [A].
 * ... by 15% [R]."): two or more different parts, in order, in one paragraph. Each part starts where the text after
 * the previous tag starts (the first at the paragraph's first word), and the tags are not speech. Returns the
 * number of parts marked.
 */
function trailingTags(lines: Line[], c: Collected): number {
  const tags: { part: PartName; letter: string; start: number; end: number; lineEnd: number }[] = [];
  for (const line of lines) {
    const lineEnd = line.tokens[line.tokens.length - 1].end;
    for (const t of line.tokens) {
      if (t.kind !== 'text' || t.text.indexOf('[') < 0) continue;
      TAG.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TAG.exec(t.text))) {
        if (m.index === 0 || !/[\p{L}\p{N}.,;:!?%)"”’ ]/u.test(t.text[m.index - 1])) continue;
        tags.push({ part: PART_LETTERS_TAG[m[1]], letter: m[1], start: t.start + m.index, end: t.start + m.index + m[0].length, lineEnd });
      }
    }
  }
  if (tags.length < 2 || new Set(tags.map((x) => x.part)).size < 2) return 0;
  for (let i = 1; i < tags.length; i++) if (PART_ORDER.indexOf(tags[i].part) < PART_ORDER.indexOf(tags[i - 1].part)) return 0;
  const first = lines[0].tokens.find((t) => t.kind === 'text' || t.kind === 'strong');
  if (!first) return 0;
  tags.forEach((x, i) => {
    const start = i === 0 ? first.start : tags[i - 1].end;
    c.markers.push({ part: x.part, label: `[${x.letter}]`, kind: 'label', start, end: start, strength: 2, letter: false, lineEnd: x.lineEnd });
    c.exclusions.push({ start: x.start, end: x.end });
  });
  return tags.length;
}

const PART_LETTERS_TAG: Record<string, PartName> = { S: 'setup', C: 'setup', T: 'challenge', A: 'approach', R: 'outcome', L: 'learning' };

interface Unknown extends Span {
  lineEnd: number;
  label: string;
  kind: MarkerKind;
  strength: number;
  letter: boolean;
  /** The line is in a language other than English (nlp/other-language.ts mayBeOther): its label may be a part's. */
  other: boolean;
  /** A colon follows the label ("**Hoy:** …"), not a dash (in Russian prose "Моя зона — импорт" is a sentence). */
  colon?: boolean;
}

const NON_ASCII_LETTER = /[^\P{L}a-zA-Z]/u;

/**
 * The part sequences a run of labels can spell whole, by its length: the five parts; the four of STAR or of a pitch
 * or plan (now, arc, impact, why here: the slots setup, approach, outcome, learning); the three of CAR.
 */
const WHOLE_RUNS: Readonly<Record<number, readonly (readonly PartName[])[]>> = {
  5: [PART_ORDER],
  4: [['setup', 'challenge', 'approach', 'outcome'], ['setup', 'approach', 'outcome', 'learning']],
  3: [['setup', 'approach', 'outcome']],
};

/**
 * The parts a run of labels of which none is known spells, by its length: five are the five parts; four or three
 * with no word known are the slots of a pitch or a plan, whose labels vary most (who you are now, the turns or steps,
 * one impact, why this role: setup, approach, outcome, learning; with three, the turns are left out), as the four
 * of STAR are the labels every table knows.
 */
const UNANCHORED_RUNS: Readonly<Record<number, readonly PartName[]>> = {
  5: PART_ORDER,
  4: ['setup', 'approach', 'outcome', 'learning'],
  3: ['setup', 'outcome', 'learning'],
};

/**
 * The labels of no known part of a run in another language, each group filling exactly the places the known labels
 * leave around it in the five parts' order ("难题" … "解决过程" … "结果": the one place between the challenge and the
 * outcome is the approach), or undefined when a group does not fit its places.
 */
function gapsFilled(run: { part?: PartName; u?: Unknown }[], skipped?: Set<Unknown>): Map<Unknown, PartName> | undefined {
  const out = new Map<Unknown, PartName>();
  const none: Unknown[] = [];
  let last = -1;
  for (let i = 0; i < run.length; ) {
    if (run[i].part) {
      const at = PART_ORDER.indexOf(run[i].part!);
      if (at <= last) return undefined;
      last = at;
      i++;
      continue;
    }
    let j = i;
    while (j < run.length && !run[j].part) j++;
    const to = j < run.length ? PART_ORDER.indexOf(run[j].part!) : PART_ORDER.length;
    const slots = PART_ORDER.slice(last + 1, to);
    // Between two known labels that leave no place ("문제" … "원인" … "해결": the challenge, then the approach), the
    // labels are points of the part before them ("the cause" of the problem), as long as another group is read.
    if (slots.length === 0 && i > 0 && j < run.length && skipped) {
      for (let k = i; k < j; k++) none.push(run[k].u!);
      i = j;
      continue;
    }
    // After the last known label only the learning, after the outcome: more labels there ("机器学习", "职业目标" after
    // the approach) are topics of their own.
    if (slots.length !== j - i || (j === run.length && (slots.length !== 1 || last !== PART_ORDER.indexOf('outcome')))) return undefined;
    for (let k = i; k < j; k++) out.set(run[k].u!, slots[k - i]);
    last = to - 1;
    i = j;
  }
  if (out.size === 0) return undefined;
  for (const u of none) skipped?.add(u);
  return out;
}

/**
 * The parts of a run of labels dressed alike in a language other than English, read by their places: the run spells a
 * whole answer (WHOLE_RUNS) and its known labels stand at their own places in it, so each label of no known part
 * takes the place it stands in ("**Situatie:** … **Taak:** … **Aanpak:** … **Resultaat:** … **Les:** …": the last is
 * the learning). With no known label at all, only a run of five (every part, in order) or of three after a heading of
 * its own is read so. English labels are known well enough that one of no part there is a sub-point (see
 * inferByPosition), so every label filled here must be on a line of another language.
 */
function wholeRun(items: { start: number; part?: PartName; label?: string; u?: Unknown; other?: boolean }[], alone = false, skipped?: Set<Unknown>): Map<Unknown, PartName> | undefined {
  // A lead-in opening the run with nothing after it on its line, right before the next label ("**参考回答**：" then
  // "**难题**：…"): it introduces the parts and is none of them.
  const run = items.filter((x, k) => !(k === 0 && x.u && x.u.lineEnd - x.u.end <= 2 && k + 1 < items.length && items[k + 1].start - x.u.lineEnd <= 3));
  if (!run.every((x) => x.part || (x.u && x.u.other && !x.u.letter))) return undefined;
  // Each label once: a label said again and again ("**Candidate:**" after each "**Interviewer:**") marks turns in
  // a dialogue, not parts.
  const names = run.map((x) => normalizeLabel(x.u?.label ?? x.label ?? ''));
  if (new Set(names).size < names.length) return undefined;
  // The known labels are in another language too ("Situatie", "Durum", "स्थिति"): after English ones ("Situation" …
  // "Result") a label of no part is material around the story ("Key metrics for the role", "Verwendbar für Fragen").
  // (or a word shared with English, "Problema", "Solution", on a line of another language)
  if (!run.every((x) => !x.part || isTranslatedLabel(x.label ?? '') || NON_ASCII_LETTER.test(x.label ?? '') || x.other === true)) return undefined;
  const known = run.filter((x) => x.part).length;
  // Known labels outnumber the ones read by place; or the run is all five parts, its known labels each at its own
  // place among them ("**Context:** … **Repte:** … **Què vaig fer:** … **Resultat:** … **Què en vaig aprendre:**"):
  // five labels dressed alike, in another language, with two of them where the five parts put them, leave each
  // other label one place only.
  const fiveInPlace = run.length === 5 && known >= 2 && run.every((x, i) => !x.part || x.part === PART_ORDER[i]);
  if (known > 0 && run.length - known >= known && !fiveInPlace) return undefined;
  // With none known, a run of five labels each leading sentences of its own on its line (a sentence or more each,
  // sixty characters a label on average): fields with short values ("**Категория:** Conflict") and numbered steps of
  // a procedure are no answer's parts.
  const bodies = run.map((x) => (x.u ? x.u.lineEnd - x.u.end : 0));
  // Four or three labels with none known: only with a colon after each, opening the answer with no other part label
  // near (`alone`: a lead-in before them announces topics or aspects, "three things matter: …").
  if (known === 0 && run.length < 5 && (!alone || !run.every((x) => x.u!.colon))) return undefined;
  if (known === 0 && (!UNANCHORED_RUNS[run.length] || run.some((x) => x.u!.kind === 'list') || Math.min(...bodies) < 30 || bodies.reduce((a, b) => a + b, 0) < 60 * run.length)) return undefined;
  const fits = known === 0 ? [UNANCHORED_RUNS[run.length]] : (WHOLE_RUNS[run.length] ?? []).filter((seq) => run.every((x, i) => !x.part || x.part === seq[i]));
  if (fits.length === 0) return known > 0 ? gapsFilled(run, skipped) : undefined;
  // Two sequences fit (a pitch or STAR, only the setup known): the places of the unknown labels must agree.
  if (!run.every((x, i) => x.part || fits.every((f) => f[i] === fits[0][i]))) return undefined;
  const out = new Map<Unknown, PartName>();
  run.forEach((x, i) => {
    if (x.u) out.set(x.u, fits[0][i]);
  });
  return out;
}

/**
 * A label of no known part, written the way labels are: a short phrase (up to four words, or one letter) at the
 * start of a line followed by a colon or a dash ("**Cause:** ...", "Obstacle — ...", "O: ..."). Whether it marks a
 * part is decided by its siblings (see inferByPosition).
 */
function unknownLabelShape(ll: LineLabel): boolean {
  if (ll.sep !== ':' && ll.sep !== '—' && ll.sep !== '–') return false;
  const t = cleanLabel(ll.label);
  if (t.length === 0 || t.length > 40 || !/^[\p{L}][\p{L}\p{M}'’&/ -]*$/u.test(t)) return false;
  const words = t.split(/\s+/u);
  if (words.length > 4) return false;
  // Plain text needs a capital ("Obstacle:") or a script without case ("परिणाम:"); "so the fix was:" is a sentence.
  return ll.form === 'bold' || /^(?:\p{Lu}|\p{Lo})/u.test(t);
}

/**
 * What may stand before a part's label at a line start, setting it apart from the prose as bold or a colon would: a
 * time stamp in brackets ("[0:45]", "(1:30)"), a hash glued to the word ("#result"), quotation marks or guillemets
 * around it ("«Résultat»"), a section sign and number ("§2"), a keycap digit ("2️⃣"), an underline tag ("<u>Task</u>"),
 * a numeral in full-width brackets ("（二）"). Each opening has the closing that may follow the label.
 */
const DECORATED_LABEL =
  /^[ \t]*(?:(?<time>[[(]\d{1,2}:\d{2}[\])])[ \t]*|(?<hash>#)(?=\p{L})|(?<quote>[«“„"‹])[ \t]*|(?<sect>§)[ \t]*\d{1,2}[ \t]*|(?<key>\d\uFE0F?\u20E3)[ \t]*|(?<u><u>)[ \t]*|(?<num>[（(][一二三四五六七八九十]{1,3}[）)])[ \t]*)(?<label>\p{L}[\p{L}\p{M}'’ ]{0,40}?)(?![\p{L}\p{M}])(?:[ \t]*(?:[»”"›]|<\/u>))?/u;

/**
 * Part labels after a decoration at the line start (DECORATED_LABEL): counted only when three or more lines of the
 * answer's prose are dressed the same way and name three or more different parts, as a weak form is (a single
 * "#result" or "«Problème»" in a sentence marks nothing).
 */
function decoratedLabels(c: Collected, source: string): void {
  if (c.spans.length === 0 || !/(?:^|\n)[ \t]*(?:[[(（]|#\p{L}|[«“„"‹§]|<u>|\d\uFE0F?\u20E3)/u.test(source)) return;
  const found = new Map<string, Marker[]>();
  let marked: Set<number> | undefined; // line starts of the markers already read (made once, when first needed)
  let at = 0;
  while (at < source.length) {
    const end = lineEndOf(source, at);
    const line = source.slice(at, end);
    const m = DECORATED_LABEL.exec(line);
    if (m?.groups) {
      const dress = Object.entries(m.groups).find(([k, v]) => k !== 'label' && v !== undefined)?.[0] ?? '';
      const label = m.groups.label.trim();
      const labelAt = at + line.indexOf(m.groups.label, m.index);
      // (in the prose: the last span starting at or before the label runs past it; a binary search, as a bank holds
      // thousands of lines)
      const k = partitionPoint(c.spans.length, (i) => c.spans[i].start <= labelAt) - 1;
      const inProse = k >= 0 && c.spans[k].end > labelAt;
      const known = inProse ? matchLabel(label, false) : undefined;
      if (known && !known.letter && !(marked ??= new Set(c.markers.filter((o) => o.strength > 0).map((o) => lineStartOf(source, o.start)))).has(at)) {
        const list = found.get(dress) ?? [];
        list.push({ part: known.part, label: cleanLabel(label), kind: 'label', start: at + (m[0].length - m[0].trimStart().length), end: at + m[0].length, strength: 2, letter: false, lineEnd: end });
        found.set(dress, list);
      }
    }
    at = end + 1;
  }
  for (const list of found.values()) {
    if (list.length < 3 || new Set(list.map((x) => x.part)).size < 3) continue;
    c.markers.push(...list);
    c.exclusions.push(...list.map((x) => ({ start: x.start, end: x.end })));
  }
  c.markers.sort((a, b) => a.start - b.start);
  c.exclusions.sort((a, b) => a.start - b.start);
}

/**
 * Headings of no known part between two part headings of their level take the places the parts around them leave
 * open, when they are exactly as many ("## What stood in the way" and "## How I went about it" between "##
 * Situation" and "## Result" are the challenge and the approach; "## Handling" between "## Uppgift" and "##
 * Resultat" is the action): a section of the answer's own level, between two of its parts, is a part, whatever its
 * words. Not where something inside them marks parts of its own, nor a heading that asks or runs long.
 */
function headingsByPlace(c: Collected, text: string): void {
  const hs = c.headings;
  const plain = (h: HeadingInfo): boolean => !h.label && !h.trailer && !h.row && !h.bank && !h.asked;
  for (let i = 0; i < hs.length; i++) {
    const a = hs[i];
    if (!a.label || a.trailer || a.label.letter) continue;
    let j = i + 1;
    while (j < hs.length && hs[j].depth === a.depth && plain(hs[j])) j++;
    if (j === i + 1 || j >= hs.length) continue;
    const b = hs[j];
    if (!b.label || b.trailer || b.depth !== a.depth || b.label.letter) continue;
    const slots = PART_ORDER.slice(PART_ORDER.indexOf(a.label.part) + 1, PART_ORDER.indexOf(b.label.part));
    const group = hs.slice(i + 1, j);
    if (slots.length !== group.length) continue;
    if (group.some((h) => {
      const name = cleanLabel(h.text);
      return name.length === 0 || name.split(/\s+/u).length > 8 || !/\p{L}/u.test(name) || /[?？]\s*$/u.test(name);
    })) continue;
    if (c.markers.some((m) => m.strength > 0 && m.start > a.end && m.start < b.start)) continue;
    if (group.some((h, k) => saidIn(text, h.end, k + 1 < group.length ? group[k + 1].start : b.start) === 0)) continue;
    group.forEach((h, k) => {
      h.label = { part: slots[k], letter: false };
    });
    i = j - 1;
  }
}

/**
 * Labels of no known part take their part from their place among siblings dressed the same way (same kind of
 * marker, word or letter): "**Cause:**" before "**Action:**" and "**Result:**" is the setup; "O:" between "S:" and
 * "A:" is the obstacle (the challenge), after "A:" the outcome. A label counts only where the parts around it leave
 * exactly the places it can fill: between two known parts, a letter fills the parts missing between them (as many
 * letters as missing parts); before the first known part of a run, a word label is the setup when only the setup
 * (or the setup and the challenge) comes before; right after the approach, as the last label of its run, a letter
 * is the outcome. A word between known parts is not inferred (see below). A heading that is not a part label ends
 * a run.
 */
function inferByPosition(c: Collected, source: string): void {
  if (c.unknowns.length === 0) return;
  const order = (p: PartName): number => PART_ORDER.indexOf(p);
  type Item = { start: number; dress: string; part?: PartName; label?: string; u?: Unknown; brk?: boolean; other?: boolean };
  const items: Item[] = [];
  for (const m of c.markers) {
    if (m.strength > 0) items.push({ start: m.start, dress: `${m.kind}/${m.letter ? 'L' : 'W'}`, part: m.part, label: m.label, other: mayBeOther(source.slice(lineStartOf(source, m.start), m.lineEnd)) });
  }
  for (const u of c.unknowns) items.push({ start: u.start, dress: `${u.kind}/${u.letter ? 'L' : 'W'}`, u });
  for (const h of c.headings) if (!h.label && !h.trailer) items.push({ start: h.start, dress: '', brk: true });
  items.sort((a, b) => a.start - b.start);
  const added: Marker[] = [];
  const byDress = new Map<string, Item[][]>();
  // Runs: per dress, the items between two headings that are not part labels.
  const open = new Map<string, Item[]>();
  const flush = (): void => {
    for (const [d, run] of open) {
      let list = byDress.get(d);
      if (!list) byDress.set(d, (list = []));
      list.push(run);
    }
    open.clear();
  };
  for (const it of items) {
    if (it.brk) {
      flush();
      continue;
    }
    let run = open.get(it.dress);
    if (!run) open.set(it.dress, (run = []));
    run.push(it);
  }
  flush();
  // A run stands alone when it opens its answer (nothing but markup between the heading or title line before it and
  // its first label) and no label of a known part, of any dress or strength, stands between the headings around it.
  const alone = (run: Item[]): boolean => {
    const at = run[0].start;
    let from = -1;
    for (const h of c.headings) if (h.end <= at && h.end > from) from = h.end;
    for (const t of c.titles) if (t.end <= at && t.end > from) from = t.end;
    if (from < 0 || source.slice(from, at).replace(/[\s*_>#~-]+/gu, '').length > 0) return false;
    const last = run[run.length - 1].start;
    let segStart = -1;
    let segEnd = source.length;
    for (const h of c.headings) {
      if (h.label || h.trailer) continue;
      if (h.start < at && h.start > segStart) segStart = h.start;
      if (h.start > last && h.start < segEnd) segEnd = h.start;
    }
    return !c.markers.some((m) => m.start > segStart && m.start < segEnd) && !c.headings.some((h) => h.label && h.start > segStart && h.start < segEnd);
  };
  // The same lead-ins recur in each answer of a bank, in the same order: a label read by its place in one answer
  // (or found to be a point of the part before it) is read so in the answers where its place alone does not settle
  // it ("**문제:** … **원인:** … **대응:** … **검증:** … **배운 점:**", "원인" and "검증" read in the other answers).
  const readings = new Map<string, PartName | null>();
  const retry: Item[][] = [];
  const wholes = new Map<Item[], Map<Unknown, PartName>>();
  for (const runs of byDress.values()) {
    for (const run of runs) {
      if (!run.some((x) => x.u)) continue;
      const skipped = new Set<Unknown>();
      const whole = wholeRun(run, alone(run), skipped);
      if (!whole) {
        retry.push(run);
        continue;
      }
      wholes.set(run, whole);
      // (a label read two ways in two answers is read neither way)
      for (const [u, part] of whole) {
        const key = normalizeLabel(u.label);
        readings.set(key, readings.has(key) && readings.get(key) !== part ? null : part);
      }
      for (const u of skipped) {
        const key = normalizeLabel(u.label);
        if (!readings.has(key)) readings.set(key, null);
      }
    }
  }
  if (readings.size > 0) {
    for (const run of retry) {
      // Each label of no known part read in another answer takes that reading (a point of a part drops out); the
      // others are read by their places among them.
      if (!run.some((x) => x.u && readings.has(normalizeLabel(x.u.label)))) continue;
      // (as in wholeRun: labels of another language's lines, no letters, each once)
      if (!run.every((x) => x.part || (x.u && x.u.other && !x.u.letter))) continue;
      const names = run.map((x) => normalizeLabel(x.u?.label ?? x.label ?? ''));
      if (new Set(names).size < names.length) continue;
      const read = run.flatMap((x) => {
        const key = x.u ? normalizeLabel(x.u.label) : undefined;
        if (!x.u || key === undefined || !readings.has(key)) return [x];
        const part = readings.get(key);
        return part ? [{ ...x, part, label: x.u.label, fixed: x.u }] : [];
      });
      const byPlace = read.some((x) => x.u && !x.part) ? gapsFilled(read) : new Map<Unknown, PartName>();
      if (!byPlace) continue;
      const whole = new Map<Unknown, PartName>();
      for (const x of read as (Item & { fixed?: Unknown })[]) if (x.fixed && x.part) whole.set(x.fixed, x.part);
      for (const [u, part] of byPlace) whole.set(u, part);
      // (the parts still in order, each once)
      const seq = read.map((x) => (x.part ?? byPlace.get(x.u!))!).map((p) => PART_ORDER.indexOf(p));
      if (whole.size > 0 && seq.every((v, k) => k === 0 || v > seq[k - 1])) wholes.set(run, whole);
    }
  }
  for (const runs of byDress.values()) {
    for (const run of runs) {
      const whole = wholes.get(run);
      if (whole) {
        for (const [u, part] of whole) added.push({ part, label: cleanLabel(u.label), kind: u.kind, start: u.start, end: u.end, strength: u.strength, letter: u.letter, lineEnd: u.lineEnd });
        continue;
      }
      if (!run.some((x) => x.u) || run.filter((x) => x.part).length < 2) continue;
      for (let i = 0; i < run.length; ) {
        if (!run[i].u) {
          i++;
          continue;
        }
        // A group of unknown labels between two known ones (or a run's edge).
        let j = i;
        while (j < run.length && run[j].u) j++;
        const group = run.slice(i, j);
        const prev = i > 0 ? run[i - 1].part : undefined;
        const next = j < run.length ? run[j].part : undefined;
        let slots: PartName[] = [];
        const letters = group.some((g) => g.u!.letter);
        // Between two known parts or after the approach, only a letter takes a place: the letters are a closed
        // code ("O" of SOAR between "S" and "A"), while a word there ("The Mistake", "Investigation", "My
        // Initiative", "The Conflict" between the situation and the action) is a sub-point or a note, which
        // readers do not count as a part (real answers in six repositories, none the other way).
        if (prev && next && order(prev) < order(next)) {
          if (letters) slots = PART_ORDER.slice(order(prev) + 1, order(next));
        } else if (next && !letters && (!prev || order(prev) >= order(next))) {
          const before = PART_ORDER.slice(0, order(next));
          slots = group.length === 1 && before.length <= 2 ? before.slice(0, 1) : before;
        } else if (prev === 'approach' && (!next || order(next) <= order(prev)) && group.length === 1) {
          if (letters) slots = ['outcome'];
        }
        if (slots.length === group.length) {
          group.forEach((g, k) => {
            const u = g.u!;
            added.push({ part: slots[k], label: cleanLabel(u.label), kind: u.kind, start: u.start, end: u.end, strength: u.strength, letter: u.letter, lineEnd: u.lineEnd });
          });
        }
        i = j;
      }
    }
  }
  if (added.length === 0) return;
  c.markers.push(...added);
  c.markers.sort((a, b) => a.start - b.start);
}

/** Letters and digits in a stretch of source: how much is said there, markup aside. */
function saidIn(text: string, from: number, to: number): number {
  return (text.slice(from, Math.max(from, to)).match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** Whether a run of names could be the parts of one answer: distinct short names (up to five words), none a question. */
function partNames(names: string[]): boolean {
  if (names.some((t) => t.length === 0 || t.length > 40 || t.split(' ').length > 5 || !/\p{L}/u.test(t) || isQuestion(t))) return false;
  return new Set(names.map((t) => t.toLowerCase())).size === names.length;
}

/**
 * The parts of an answer read by their places, whatever the words or the language (round 33): an answer in which no
 * part is marked, whose own sub-headings (all of one level, nothing deeper) or whose labels of no known part dressed
 * alike ("- **Dove sono oggi** — …", "**Olukord:** …") come three to five in a row, each a short name over something
 * said of its own, and open the answer (at most a line before the first), is marked by them in the order every
 * answer tells its parts: five are the five parts; four or three take the slots of UNANCHORED_RUNS (a pitch's now,
 * arc, impact and why here). The answer was already found whole (its sub-headings were not read as answers of their
 * own), so its sections can only be its parts; names a reader knows need no place (./labels.ts).
 */
function partsByPlace(c: Collected, r: { start: number; end: number; heading?: HeadingInfo }, text: string, declared: boolean): Marker[] {
  if (startingIn(c.markers, r.start, r.end).length > 0) return [];
  const from = r.heading && r.heading.start >= r.start ? r.heading.end : r.start;
  const order = (k: number): readonly PartName[] | undefined => (k === 5 ? PART_ORDER : declared && k === 4 ? UNANCHORED_RUNS[k] : undefined);
  const own = startingIn(c.headings, from, r.end).filter((h) => h !== r.heading && h.depth <= 6);
  if (own.length >= 3 && own.every((h) => h.depth === own[0].depth && !h.label && !h.trailer && !h.row && !h.bank && !h.asked)) {
    const seq = order(own.length);
    const names = own.map((h) => cleanLabel(h.text));
    const said = own.map((h, i) => saidIn(text, h.end, i + 1 < own.length ? own[i + 1].start : r.end));
    // An outline, not an answer's parts: elsewhere in the file headings of the same level name other things (each
    // section of a guide has its own sub-topics; a bank of answers marked alike repeats the same names).
    const known = new Set(names.map((t) => t.toLowerCase()));
    const outline = (): boolean => c.headings.some((h) => h.depth === own[0].depth && (h.start < from || h.start >= r.end) && !h.label && !h.trailer && !known.has(cleanLabel(h.text).toLowerCase()));
    if (seq && partNames(names) && Math.min(...said) >= 30 && saidIn(text, from, own[0].start) <= 120 && !outline() && !notAnAnswer(text.slice(own[0].end, r.end), r.heading?.text ?? '')) {
      return own.map((h, i) => ({ part: seq[i], label: names[i], kind: 'heading', depth: h.depth, start: h.start, end: h.end, strength: 4, letter: false, lineEnd: h.end }));
    }
  }
  const inRange = startingIn(c.unknowns, from, r.end).filter((u) => !u.letter);
  const dresses = new Set(inRange.map((u) => u.kind));
  for (const kind of dresses) {
    const run = inRange.filter((u) => u.kind === kind).sort((a, b) => a.start - b.start);
    const seq = order(run.length);
    // Labelled list items are more often points of a list (strengths, steps) than parts: read so only in a file that
    // says which question it answers and holds that one answer.
    if (!seq || inRange.length !== run.length || own.length > 0 || (kind === 'list' && !declared)) continue;
    const names = run.map((u) => cleanLabel(u.label));
    if (!partNames(names) || saidIn(text, from, run[0].start) > 120) continue;
    // Each label leads something said of its own on its line (a sentence, not a field's value).
    if (run.some((u) => saidIn(text, u.end, u.lineEnd) < 30)) continue;
    return run.map((u, i) => ({ part: seq[i], label: names[i], kind: u.kind, start: u.start, end: u.end, strength: u.strength, letter: false, lineEnd: u.lineEnd }));
  }
  return [];
}

/**
 * A label matched only through words around a part's name ("Always learning:", "Key result:") whose neighbours
 * dressed the same way are labels of no part ("Service oriented:", "Loyal:", "Connector:") is one more item of
 * that list (traits, topics), not a part.
 */
/**
 * A line that names the method's parts in a row ("**Situation → Approach → Tools → Result**", "S / T / A / R",
 * "Situation, Task, Action, Result") before any heading is a legend of the answers' shape, not the marker of one
 * part: three or more part names joined by arrows, slashes, commas, pipes or dashes, and nothing else on the line.
 */
function dropLegends(c: Collected, source: string): void {
  if (c.markers.length === 0) return;
  // (Under a heading, a lone label line already reads as a note on the group it heads; before any heading it would
  // open the one story of the whole file.)
  // (A loop, not Math.min(...starts): a spread of some 120,000 headings overflows the call stack.)
  let firstHeading = source.length;
  for (const h of c.headings) if (h.start < firstHeading) firstHeading = h.start;
  c.markers = c.markers.filter((m) => {
    if (m.start > firstHeading) return true;
    const line = bareLine(source.slice(lineStartOf(source, m.start), lineEndOf(source, m.start)));
    const names = line.split(/\s*(?:[→⇒➜➔➡⟶>|/,+]|->|=>|\s[-–—]\s)\s*/u).map((x) => x.trim()).filter((x) => x.length > 0);
    if (names.length < 3 || names.length > 8) return true;
    const named = names.filter((x) => matchLabel(x, true) !== undefined);
    return !(named.length >= 3 && named.length * 4 >= names.length * 3 && new Set(named.map((x) => matchLabel(x, true)!.part)).size >= 3);
  });
}

function dropStrays(c: Collected): void {
  if (c.unknowns.length < 2 || !c.markers.some((m) => m.modified)) return;
  type Item = { start: number; dress: string; m?: Marker };
  const items: Item[] = [];
  for (const m of c.markers) if (m.strength > 0) items.push({ start: m.start, dress: `${m.kind}/${m.letter ? 'L' : 'W'}`, m });
  for (const u of c.unknowns) items.push({ start: u.start, dress: `${u.kind}/${u.letter ? 'L' : 'W'}` });
  items.sort((a, b) => a.start - b.start);
  const byDress = new Map<string, Item[]>();
  for (const it of items) {
    let list = byDress.get(it.dress);
    if (!list) byDress.set(it.dress, (list = []));
    list.push(it);
  }
  const drop = new Set<Marker>();
  // Only where it would be the section's one part marker: "- **A key lesson:**" among bold sub-points of a marked
  // story stays.
  const alone = (m: Marker): boolean => {
    const k = firstAtOrAfter(c.headings, m.start);
    const from = k > 0 ? c.headings[k - 1].end : 0;
    const to = k < c.headings.length ? c.headings[k].start : Infinity;
    return startingIn(c.markers, from, to).every((o) => o === m || o.strength === 0);
  };
  for (const list of byDress.values()) {
    if (list.filter((x) => !x.m).length < 2) continue;
    list.forEach((it, i) => {
      if (!it.m?.modified) return;
      const around = [list[i - 1], list[i + 1]].filter((x): x is Item => x !== undefined);
      if (around.length > 0 && around.every((x) => !x.m) && alone(it.m)) drop.add(it.m);
    });
  }
  if (drop.size === 0) return;
  c.markers = c.markers.filter((m) => !drop.has(m));
  // Each is one more label of no known part among its siblings (partsByPlace may read the run by its places).
  for (const m of drop) c.unknowns.push({ start: m.start, end: m.end, lineEnd: m.lineEnd, label: m.label, kind: m.kind, strength: m.strength, letter: m.letter, other: false });
}

/**
 * Part labels written under a trailer label alone on its line ("**Why this works:**" then "- Learning: shows
 * growth") comment on the story; they mark no part. The trailer's material runs to the next label dressed at least
 * as strongly, or the next heading.
 */
function trailerMaterial(c: Collected): void {
  if (c.trailerLines.length === 0) return;
  c.trailerLines.sort((a, b) => a.start - b.start);
  const drop = new Set<Marker>();
  for (const t of c.trailerLines) {
    const h = c.headings[firstAtOrAfter(c.headings, t.end)];
    const limit = h ? h.start : Infinity;
    for (let i = firstAtOrAfter(c.markers, t.end); i < c.markers.length && c.markers[i].start < limit; i++) {
      const m = c.markers[i];
      if (m.strength >= t.strength) break;
      if (m.strength > 0) drop.add(m);
    }
  }
  if (drop.size > 0) c.markers = c.markers.filter((m) => !drop.has(m));
}

/** Words that show a line explains a part rather than tells it: addressed to the reader, or a prompt. */
const EXPLAINS = /^[^\p{L}]*(?:describe|explain|set|share|give|state|tell|mention|outline|highlight|summari[sz]e|quantify|include|detail|focus|keep|show|what|how|why|where|who|when|which)\b|\b(?:you|your|yourself)\b|\(\s*~?\d+(?:\s*[-–]\s*\d+)?\s*(?:%|s|sec|secs|seconds?|min|mins|minutes?|sentences?|lines?|bullets?)\s*\)/iu;
/** The teller's words ("we", "our", "me", ...): a body that speaks so tells, it does not explain. */
const FIRST_PERSON = firstPersonPattern(['subject', 'object', 'owner'], { flags: 'iu' });
const FIRST_PERSON_ALL = firstPersonPattern(['subject', 'object', 'owner'], { flags: 'giu' });
/** The teller as subject or owner ("I", "we", "my"): "me" alone is as often the interviewer's ("Tell me about..."). */
const TELLER = firstPersonPattern(['subject', 'owner'], { flags: 'giu' });

/**
 * Drops the markers of a method explainer ("- **S**ituation: set the context", "- **A**ction: what you did"): three
 * or more parts labelled on consecutive lines, each followed on its line by a few words (12 or fewer) that, for at
 * least half of them, address the reader, prompt ("What was your role?") or give a timing ("(15%)"), and none of
 * which speaks in the first person plural or possessive. They define the parts; they tell no story.
 */
/**
 * True when the text of an indented code block reads as sentences, not code: five words or more, letters and spaces
 * for nine characters in ten, and no line that ends or opens the way code does (`;`, `{`, `}`, `=`, `()`, `</`).
 */
function indentedProse(value: string): boolean {
  if (countWords(value) < 5) return false;
  if (/[;{}]\s*$|^\s*[{}<$#]|=>|==|\w\(\)|<\/|\b(?:function|return|const|let|var|def|import|class|public|void)\b/mu.test(value)) return false;
  const chars = value.replace(/\s/gu, '');
  const letters = (chars.match(/[\p{L}\p{N},.'’!?-]/gu) ?? []).length;
  return letters >= chars.length * 0.9;
}

/** A fenced block's fence line, its info string and what it holds, up to the closing fence. */
const FENCED = /^[ \t>]*(`{3,}|~{3,})[ \t]*([^\n`]*)\n([\s\S]*?)^[ \t>]*\1[ \t]*$/gmu;
/** Code in a block: statements, braces, calls, tags, shell prompts, a line opened by a keyword and no sentence. */
const CODE_LIKE = /[;{}]\s*$|^\s*[{}<$#]|=>|==|!=|\w\(\)|\w\([\w.,\s'"]*\)\s*$|<\/|^\s*(?:function|return|const|let|var|def|import|class|public|void|if|for|while)\b[^.!?]*$/mu;

/**
 * True when a text holds a fenced block (no language named, or a text one) of twenty words or more in the speaker's
 * voice and no code: a reply written inside the fence, as some writers keep their answers verbatim.
 */
function fencedReply(text: string): boolean {
  if (text.length > 20000) return false;
  for (const m of text.matchAll(FENCED)) {
    const lang = m[2].trim().toLowerCase();
    if (lang !== '' && !/^(?:text|txt|plain|plaintext|markdown|md|none|answer)$/u.test(lang)) continue;
    const body = m[3];
    if (countWords(body) >= 20 && !CODE_LIKE.test(body) && tellerSpeaks(body)) return true;
  }
  return false;
}

/** True when a text is questions only: every sentence ends with a question mark. */
function questionsOnly(text: string): boolean {
  const sentences = text.replace(/[*_`]+/gu, ' ').split(/(?<=[.!?？])\s+/u).map((x) => x.trim()).filter((x) => /\p{L}/u.test(x));
  return sentences.length > 0 && sentences.every((x) => /[?？]["'”’)]*$/u.test(x));
}

function dropExplainers(c: Collected, source: string): void {
  const ms = c.markers;
  const drop = new Set<Marker>();
  let i = 0;
  while (i < ms.length) {
    let j = i;
    // A run of markers on consecutive lines, each with its text on its own line.
    while (
      j + 1 < ms.length && ms[j].strength > 0 && ms[j + 1].strength > 0 && ms[j + 1].start > ms[j].lineEnd &&
      !/[\p{L}\p{N}]/u.test(source.slice(ms[j].lineEnd, ms[j + 1].start)) && (source.slice(ms[j].lineEnd, ms[j + 1].start).match(/\n/gu)?.length ?? 0) === 1
    ) j++;
    const run = ms.slice(i, j + 1);
    i = j + 1;
    if (run.length < 3 || new Set(run.map((m) => m.part)).size < 3 || run.some((m) => m.kind === 'heading')) continue;
    const bodies = run.map((m) => source.slice(m.end, m.lineEnd));
    // (Prompts may run longer: a body of questions only, "What needed to be done? What was the goal?", asks, it tells nothing.)
    if (bodies.some((b) => countWords(b) === 0 || (countWords(b) > 12 && !questionsOnly(b)) || FIRST_PERSON.test(b))) continue;
    if (bodies.filter((b) => EXPLAINS.test(b)).length * 2 < bodies.length) continue;
    for (const m of run) drop.add(m);
    c.explainers.push(run[0].start);
  }
  // An outline of what an answer should hold ("Good pattern:" over "1. short context", "2. what the problem was",
  // "3. what you personally did", "4. result", "5. short takeaway"): one tight list of short items, none in the
  // teller's words and nothing under any of them, three or more of them a part's name alone and at least one other
  // saying what to tell (a wh-word clause, or words to "you"), no item a field waiting for its text. It names the
  // parts an answer should have and tells none of them: guidance, not an answer's parts.
  const seen = new Set<number>();
  for (const m of ms) {
    if (drop.has(m) || m.kind !== 'list' || m.strength === 0) continue;
    const block = outlineList(source, m.start);
    if (!block || seen.has(block.start)) continue;
    seen.add(block.start);
    const inside = ms.filter((o) => o.kind === 'list' && o.strength > 0 && o.start >= block.start && o.start < block.end);
    if (inside.length < 3 || new Set(inside.map((o) => o.part)).size < 3) continue;
    if (inside.some((o) => countWords(source.slice(o.end, o.lineEnd)) > 0)) continue;
    // (A skeleton to fill, "- Situation:" … "- What you'd do differently:", is a story left to write: its fields end
    // in the colon that waits for the answer. An outline's items are names, with nothing to fill after them.)
    if (block.items.some((it) => /[:：\-–—]\s*$/u.test(it.text))) continue;
    const others = block.items.filter((it) => !inside.some((o) => o.start >= it.start && o.start < it.end));
    if (others.length === 0 || !others.some((it) => EXPLAINS.test(it.text))) continue;
    for (const o of inside) drop.add(o);
    c.explainers.push(block.start);
  }
  if (drop.size > 0) c.markers = c.markers.filter((m) => !drop.has(m));
}

/**
 * The tight list around a line: its contiguous list-item lines of one indentation, each a short item (eight words
 * at most) not told in the first person, with no line under it and no indented block after it (an item's own body).
 */
function outlineList(source: string, at: number): { start: number; end: number; items: { start: number; end: number; text: string }[] } | undefined {
  const ls = lineStartOf(source, at);
  const le = lineEndOf(source, at);
  const own = LIST_LINE.exec(source.slice(ls, le));
  if (!own) return undefined;
  const indent = own[1].length;
  let start = ls;
  for (const line of linesBeside(source, ls, le, -1, 40)) start = line.start;
  const items: { start: number; end: number; text: string }[] = [];
  let at0 = start;
  while (at0 < source.length) {
    const e0 = lineEndOf(source, at0);
    const line = source.slice(at0, e0);
    if (line.trim().length === 0) break;
    const li = LIST_LINE.exec(line);
    if (!li) {
      // The line that introduces the list ("Good pattern:") may sit right above it.
      if (items.length === 0 && /[:：]\s*$/u.test(line)) { at0 = e0 + 1; start = at0; continue; }
      return undefined;
    }
    if (li[1].length !== indent) return undefined;
    const text = bareLine(li[2]);
    if (countWords(text) > 8 || FIRST_PERSON.test(text)) return undefined;
    items.push({ start: at0, end: e0, text });
    if (items.length > 40) return undefined;
    at0 = e0 + 1;
  }
  if (items.length < 4) return undefined;
  // What follows the blank line must not be indented under the list (a body of the last item).
  const rest = source.slice(at0).replace(/^\s*\n/u, '');
  const next = /^([ \t]*)\S/u.exec(rest);
  if (next && next[1].length > indent) return undefined;
  return { start, end: at0, items };
}

/**
 * The lines beside the line from `ls` to `le`, going up (-1, nearest first) or down (1), `most` of them at the most,
 * up to the first blank line: what outlineList and promptItemsOf walk to read the list a line belongs to.
 */
function* linesBeside(source: string, ls: number, le: number, dir: -1 | 1, most: number): Generator<{ start: number; end: number; text: string }> {
  let at = dir < 0 ? ls : le;
  for (let n = 0; n < most; n++) {
    if (dir < 0 ? at === 0 : at >= source.length) return;
    const start = dir < 0 ? lineStartOf(source, at - 1) : at + 1;
    const end = lineEndOf(source, start);
    at = dir < 0 ? start : end;
    const text = source.slice(start, end);
    if (text.trim().length === 0) return;
    yield { start, end, text };
  }
}

/** A list item's line: its indentation and its text after the bullet or number. */
const LIST_LINE = /^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(.*)$/u;

/**
 * A part label among the points of a checklist of what to say ("Key points to hit:" over "- What the decision was",
 * "- How you raised it", "- Outcome — whether you convinced them"): the other points of its list each say what to
 * tell (a wh-word clause, or words to "you"), none tells anything in the first person, and the label's own words do
 * not either. The label names a point to cover, not a part told; it marks no part. (It still shows where the file
 * writes something under a question, so the answers are found with it; a run of three or more such labels is
 * dropExplainers' case.)
 */
function promptItemsOf(c: Collected, source: string): Set<Marker> {
  const drop = new Set<Marker>();
  for (const m of c.markers) {
    if (m.kind !== 'list' || m.strength === 0) continue;
    const ls = lineStartOf(source, m.start);
    const le = lineEndOf(source, m.start);
    const own = LIST_LINE.exec(source.slice(ls, le));
    if (!own || FIRST_PERSON.test(source.slice(m.end, le))) continue;
    const indent = own[1].length;
    // The items of the same list, up and down from the label's line (deeper lines belong to an item).
    const items: string[] = [];
    let labels = 1;
    for (const dir of [-1, 1] as const) {
      for (const line of linesBeside(source, ls, le, dir, 40)) {
        const li = LIST_LINE.exec(line.text);
        const depth = li ? li[1].length : line.text.length - line.text.trimStart().length;
        if (depth > indent) continue;
        if (!li || depth < indent) break;
        if (c.markers.some((o) => o !== m && o.strength > 0 && o.start >= line.start && o.start < line.end)) labels++;
        else items.push(bareLine(li[2]));
      }
    }
    if (items.length >= 2 && items.length > labels && items.every((t) => EXPLAINS.test(t) && !FIRST_PERSON.test(t))) drop.add(m);
  }
  return drop;
}

/**
 * In a question-and-answer exchange ("**Q:** Why here?" then "**A:** I have..."), "A" is the answer, not the Action
 * part: a letter "A" whose nearest labelled line before it (up to three lines back, in its section) is a "Q" line,
 * in a section with no other part letter (S, T, R, L), marks no part. (Within one paragraph, analyzeParagraph already
 * reads a plain "A:" after "Q:" so.)
 */
const Q_LINE = /^[\s>*_~-]*(?:\d{1,3}[.)]\s*)?Q\s*\d{0,3}\s*[*_]*\s*[:.)：]/u;
function qaAnswers(c: Collected, source: string): void {
  const answers = c.markers.filter((m) => m.letter && m.part === 'approach' && normalizeLabel(m.label) === 'a');
  if (answers.length === 0) return;
  const drop = new Set<Marker>();
  // Markers in order of start, and per section (between two headings) whether it has a letter of another part: each
  // found by a binary search or once per section, so that thousands of answer letters cost no more than a pass
  // each (they were tested against every marker: quadratic).
  const markers = [...c.markers].sort((a, b) => a.start - b.start);
  const otherLetter = new Map<number, boolean>();
  for (const m of answers) {
    const k = firstAtOrAfter(c.headings, m.start);
    const from = k > 0 ? c.headings[k - 1].end : 0;
    const to = k < c.headings.length ? c.headings[k].start : source.length;
    let other = otherLetter.get(k);
    if (other === undefined) {
      other = false;
      for (let i = firstAtOrAfter(markers, from); i < markers.length && markers[i].start < to; i++) {
        if (markers[i].letter && markers[i].part !== 'approach') {
          other = true;
          break;
        }
      }
      otherLetter.set(k, other);
    }
    if (other) continue;
    let at = lineStartOf(source, m.start);
    for (let seen = 0; seen < 3 && at > from; ) {
      const prev = lineBefore(source, at);
      if (prev.text.length === 0 || prev.start < from) break;
      if (Q_LINE.test(prev.text)) {
        drop.add(m);
        break;
      }
      const next = markers[firstAtOrAfter(markers, prev.start)];
      if (next && next.start < at) break;
      at = prev.start;
      seen++;
    }
  }
  if (drop.size > 0) c.markers = c.markers.filter((m) => !drop.has(m));
}

/** The label as a person wrote it, without emphasis, separators or trailing punctuation. */
function cleanLabel(raw: string): string {
  return raw
    .replace(/<!--[^]*?(?:-->|$)/g, '')
    // "【状況】": a label in full-width brackets is the word inside them.
    .replace(/^\s*[（【〔［〖]\s*([^（【〔［〖）】〕］〗]{1,40}?)\s*[）】〕］〗]\s*$/u, '$1')
    .replace(/(?:[\p{Extended_Pictographic}\p{So}*_~`#]|\uFE0F|\u200D)/gu, '')
    .replace(/[\s:;,.!?\-–—]+$/u, '')
    .replace(/^[^\p{L}\p{N}([]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a name of one telling of an answer: "2-minute version", "Short answer", "Sample response (90 s)". */
const TELLING_WORDS = new Set(
  ('answer answers response version versions short shorter long longer full brief quick detailed sample example model my the a ' +
    'spoken final draft first second third alternative alt best good better strong weak minute minutes min mins sec secs seconds s ' +
    'star one two three four five respuesta respuestas resposta respostas réponse réponses antwort antworten risposta versión versão courte longue kurze lange corta larga')
    .split(' '),
);

/** A telling named by its length: "30 seconds", "2-minute version", "5 min". */
const TIMED = /\d|\b(?:seconds?|secs?|minutes?|mins?)\b/iu;

/**
 * Whether a line names one telling of an answer ("2-minute version", "Short answer"). (Only a name of a few words:
 * "Why do you want to work here? TODO: search for answer" and "Story: the Log4j response" are titles that happen to
 * hold the word.)
 */
function namesTelling(t: string): boolean {
  const words = t.replace(/\([^()]*\)/gu, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return ANSWER_HEADING.test(t) && !isQuestion(t) && words.length <= 4 && words.every((w) => TELLING_WORDS.has(w) || /^\d{1,3}$/u.test(w));
}

/** A language's name anywhere in a line (knowledge/language-names.ts), longest first. */
const LANGUAGE_NAME = new RegExp(LANGUAGE_NAMES.map(escape).join('|'), 'gu');
const VERSION_WORD = new Set(VERSION_WORDS);
/** Scripts written without spaces between words: a language's name in them needs no word boundary ("中文版"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Whether a line only names the language of a telling of an answer ("English", "中文", "English version", "Versión en
 * español", "中文版", "한국어 버전"): a language's name, as a word of its own, and beside it nothing but words that name a
 * version or a telling. An answer written out in two languages, one under each such heading, is one answer.
 */
export function namesLanguage(t: string): boolean {
  let named = false;
  const rest = t
    .replace(/\([^()]*\)|（[^（）]*）/gu, ' ')
    .toLowerCase()
    .replace(LANGUAGE_NAME, (m: string, at: number, all: string) => {
      if (!UNSPACED.test(m) && (/\p{L}/u.test(all.charAt(at - 1)) || /\p{L}/u.test(all.charAt(at + m.length)))) return m;
      named = true;
      return ' ';
    });
  if (!named) return false;
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= 3 && words.every((w) => VERSION_WORD.has(w) || TELLING_WORDS.has(w) || /^\d{1,3}$/u.test(w));
}

/**
 * Whether sibling lines are tellings of one answer: each names one (namesTelling) or the language it is told in
 * (namesLanguage: "## English" and "## 中文" under "# Self-introduction"), or two or more share the word that
 * names the answer and each qualifies it in a word or two of its own ("❌ Respuesta Mala" and "✅ Respuesta Buena",
 * "Weak answer" and "Strong answer", "Antwort (kurz)" and "Antwort (ausführlich)"): the file's own pattern says what
 * the qualifier is, whatever language it is in. (Timed versions are answers of their own: each is said as it stands.)
 */
function tellingsOf(texts: string[], over: string): boolean {
  if (texts.length === 0 || texts.some((t) => TIMED.test(t))) return false;
  // (Nor are versions of one answer told at two lengths, "Short version" and "Longer version": each is an answer.)
  if (texts.length >= 2 && texts.some(namesLength)) return false;
  if (texts.every((t) => namesTelling(t) || namesLanguage(t))) return true;
  // (Only under a question: a document's title over "Good answer example" and "Bad answer example" holds two answers.)
  if (texts.length < 2 || !(isQuestion(over) || interviewAsk(over))) return false;
  const named = texts.map((t) => {
    const m = ANSWER_HEADING.exec(t);
    const words = t.replace(/\([^()]*\)/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
    return m && !isQuestion(t) && words.length <= 4 ? m[0].replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase() : undefined;
  });
  return named[0] !== undefined && named.every((n) => n === named[0]);
}

/**
 * In a bank without headings, a bold line or a question that is followed by its own run of part markers (two or
 * more parts, starting over from an earlier part than the one before it) titles a story: when two or more do, each
 * becomes a heading of its own for the story split. Titles of answers told without labels count too:
 * - in such a bank, a title written the same way (bold, or a question) with a paragraph of its own (30 words or
 *   more) after it;
 * - in a file with no confirmed title, two or more questions (plain or bold), each followed by a paragraph of its
 *   own (15 words or more), when nothing but headings comes before the first one ("**Tell me about a failure.**",
 *   then the answer in prose).
 * A title that is not confirmed but sits right before a confirmed one (a card number over the question) is
 * material around the story: it ends the part before it and is not speech.
 */
function bankTitles(c: Collected, source: string): void {
  if (c.titles.length < 2) return;
  c.titles.sort((a, b) => a.start - b.start || Number(b.sure ?? false) - Number(a.sure ?? false));
  // One line read as a title twice (a list item's question that also heads its sub-list) is one title: the sure one.
  c.titles = c.titles.filter((t, i) => i === 0 || t.start !== c.titles[i - 1].start);
  // Items of one list that ask in a word or two ("- What ????", "- Why ????", "- Your Role ????", "- Impact ????"),
  // most of them one word, are the prompts of one answer's parts, not questions of a bank.
  const bareAsk = (t: string): number => countWords(t.replace(/[?？]+/gu, ' '));
  const lists = new Map<number, typeof c.titles>();
  for (const t of c.titles) {
    if (t.list === undefined) continue;
    const items = lists.get(t.list);
    if (items) items.push(t);
    else lists.set(t.list, [t]);
  }
  for (const items of lists.values()) {
    if (items.length >= 2 && items.filter((t) => bareAsk(t.text) <= 1).length * 2 >= items.length) {
      const prompts = new Set(items.filter((t) => bareAsk(t.text) <= 2));
      c.titles = c.titles.filter((t) => !prompts.has(t));
    }
  }
  // A bold line that names a version of the answer ("**2-minute version**", "**Short answer**") under a heading of
  // the file is one telling of that heading's answer, not an answer of its own: the heading titles the story, and the
  // first telling gives its parts.
  // (Two or more such lines under one heading, one of them naming its length, "**Short version**" and "**Longer
  // version**", "**2-minute version**" and "**4-minute version**", are answers of their own: each is said as it stands.)
  const headed = c.headings.find((h) => h.depth <= 6 && !h.trailer);
  if (headed) {
    const tellings = c.titles.filter((t) => !t.sure && t.start >= headed.start && (namesTelling(t.text) || namesLength(t.text)));
    const under = (t: Collected['titles'][number]): number => c.headings[firstAtOrAfter(c.headings, t.start) - 1]?.start ?? -1;
    const told = new Map<number, Collected['titles']>();
    for (const t of tellings) {
      const group = told.get(under(t));
      if (group) group.push(t);
      else told.set(under(t), [t]);
    }
    const own = new Set([...told.values()].filter((ts) => ts.length >= 2 && ts.some((t) => namesLength(t.text))).flat());
    c.titles = c.titles.filter((t) => t.sure || t.start < headed.start || own.has(t) || !namesTelling(t.text));
  }
  if (c.titles.length < 2) return;
  const order = (p: PartName): number => PART_ORDER.indexOf(p);
  const confirmed = new Set<number>();
  const until = (i: number): number => {
    const t = c.titles[i];
    return Math.min(i + 1 < c.titles.length ? c.titles[i + 1].start : source.length, t.scope ?? Number.MAX_SAFE_INTEGER);
  };
  for (let i = 0; i < c.titles.length; i++) {
    const t = c.titles[i];
    if (t.sure) {
      confirmed.add(i);
      continue;
    }
    const inside = startingIn(c.markers, t.end, until(i));
    if (new Set(inside.map((m) => m.part)).size < 2) continue;
    const before = c.markers[firstAtOrAfter(c.markers, t.start) - 1];
    if (before && order(inside[0].part) > order(before.part)) continue;
    confirmed.add(i);
  }
  // Among questions answered in their list items, one answered in a few words (or a note to self) is an answer too.
  const answeredIn = new Map<number, number>();
  for (const i of confirmed) if (c.titles[i].sure && c.titles[i].list !== undefined) answeredIn.set(c.titles[i].list!, (answeredIn.get(c.titles[i].list!) ?? 0) + 1);
  for (let i = 0; i < c.titles.length; i++) if (c.titles[i].short && (answeredIn.get(c.titles[i].list ?? -1) ?? 0) >= 2) confirmed.add(i);
  /** The titles were confirmed as a bank of answers told without labels. */
  let unmarked = false;
  // (A title in bold that puts an interviewer's ask with no question mark, "**What's got you interested in working at
  // Kairos**", asks as much as one with it.)
  const dress = (i: number): string => {
    const bold = /^\s*[*_<]/u.test(source.slice(c.titles[i].start, c.titles[i].end));
    return isQuestion(c.titles[i].text) || (bold && asksCandidate(c.titles[i].text)) ? 'q' : bold ? 'b' : 'p';
  };
  const proseAfter = (i: number): number => {
    if (startingIn(c.markers, c.titles[i].end, until(i)).length > 0) return 0;
    return countWords(source.slice(c.titles[i].end, Math.min(until(i), c.titles[i].end + 4000)));
  };
  // The file's own pattern: a title dressed like confirmed ones (two or more, or one it is numbered on from), over a
  // run of label lines of its own (two or more, one at least of a known part), is one more answer however few of its
  // labels name a part we know ("**Example 2: ...**" over "**Situation**:", "**Assessment**:", "**Decision**:" beside
  // an example labelled Situation, Action, Result). A title numbered like a confirmed one ("Example 3", "Story 12")
  // starts over whatever label comes first; any other starts at an earlier part than the label before it, or after a
  // heading.
  if (confirmed.size >= 1) {
    const dresses = new Set([...confirmed].map(dress));
    const unknowns = c.unknowns.slice().sort((a, b) => a.start - b.start);
    const numbered = (t: string): string | undefined => /^[^\p{L}\p{N}]*(\p{L}{1,20})[ \t]*#?\d{1,3}\b/u.exec(t)?.[1].toLowerCase();
    const series = new Set<string | undefined>([...confirmed].map((i) => numbered(c.titles[i].text)).filter((x) => x !== undefined));
    const alike = confirmed.size >= 2;
    for (let i = 0; i < c.titles.length; i++) {
      if (confirmed.has(i) || c.titles[i].runOnly || !dresses.has(dress(i))) continue;
      const inSeries = series.has(numbered(c.titles[i].text));
      if (!alike && !inSeries) continue;
      const inside = startingIn(c.markers, c.titles[i].end, until(i));
      if (inside.length === 0 || inside.length + startingIn(unknowns, c.titles[i].end, until(i)).length < 2) continue;
      const before = c.markers[firstAtOrAfter(c.markers, c.titles[i].start) - 1];
      let headed = false;
      if (before && !inSeries) for (let j = firstAtOrAfter(c.headings, before.start + 1); j < c.headings.length && c.headings[j].start < c.titles[i].start && !headed; j++) headed = !c.headings[j].label && !c.headings[j].trailer;
      if (!inSeries && before && !headed && order(inside[0].part) > order(before.part)) continue;
      confirmed.add(i);
    }
  }
  if (confirmed.size >= 2) {
    const dresses = new Set([...confirmed].map(dress));
    for (let i = 0; i < c.titles.length; i++) {
      if (!confirmed.has(i) && !c.titles[i].runOnly && dress(i) !== 'p' && dresses.has(dress(i)) && proseAfter(i) >= 30) confirmed.add(i);
    }
  } else if (confirmed.size === 0) {
    unmarked = true;
    const questions = c.titles.map((_, i) => i).filter((i) => dress(i) === 'q' && c.titles[i].scope === undefined && !c.titles[i].runOnly);
    const firstSpan = c.spans[0];
    const leads = questions.length > 0 && (!firstSpan || firstSpan.start >= c.titles[questions[0]].start);
    // Two questions need a paragraph each; three or more in a row, a sentence each (short answers of a bank).
    const least = questions.length >= 3 ? 5 : 15;
    if (leads && questions.length >= 2 && questions.every((i) => proseAfter(i) >= least)) for (const i of questions) confirmed.add(i);
  }
  if (confirmed.size < 2) return;
  // In a list of questions where some are answered, the unanswered ones are not part of any answer.
  if (c.titles.some((t) => t.sure)) for (const q of c.qOnly) c.exclusions.push(q);
  for (let i = 0; i < c.titles.length; i++) {
    const t = c.titles[i];
    if (confirmed.has(i)) {
      c.headings.push({ start: t.start, end: t.end, depth: 7, text: t.text, trailer: false, ...(unmarked || t.cell ? { bank: true } : {}) });
      if (/^<summary\b/iu.test(source.slice(t.start, t.start + 8))) htmlUnitBody(c, source, t.end, until(i));
      // (A name with a colon over its sub-list, "1. **Setting goals:**", titles the run below it: no part of it.)
      if (t.runOnly && t.scope !== undefined) c.markers = c.markers.filter((m) => m.start < t.start || m.start >= t.end);
      // The title line is not part of the answer.
      c.exclusions.push({ start: t.start, end: t.end });
    } else if (confirmed.has(i + 1) && !/[\p{L}\p{N}]/u.test(source.slice(t.end, c.titles[i + 1].start))) {
      c.boundaries.push({ start: t.start, end: t.end });
      c.exclusions.push({ start: t.start, end: t.end });
    }
  }
  c.headings.sort((a, b) => a.start - b.start);
  c.boundaries.sort((a, b) => a.start - b.start);
  c.exclusions.sort((a, b) => a.start - b.start);
  // A heading named like a trailer ("## Short answers") over the first of these titles is the bank's heading.
  const firstTitle = c.titles[Math.min(...confirmed)];
  // (The list marker of a title written as a list item, "1. ", is no word between them.)
  for (const h of c.headings) if (h.trailer && h.start < firstTitle.start && !/[\p{L}\p{N}]/u.test(source.slice(h.end, firstTitle.start).replace(/^\s*(?:[-*+]|\d{1,3}[.)])[ \t]/gmu, ''))) h.trailer = false;
}

/**
 * The sections under headings that name the candidate's questions for the interviewer ("## Questions for the
 * Interviewer", "## Questions from candidate", "## Questions I'll ask them"): the lines in them, numbered or bold,
 * whatever notes on why to ask each follow, are the items of that one list. The heading titles one answer
 * (questions-to-ask); no line in it titles an answer of its own.
 */
function askListZones(c: Collected, source: string): Span[] {
  const zones: Span[] = [];
  for (let i = 0; i < c.headings.length; i++) if (c.headings[i].depth <= 6 && namesQuestionsToAsk(c.headings[i].text)) zones.push({ start: c.headings[i].end, end: sectionEnd(c.headings, i, source.length) });
  return zones;
}

/**
 * Drops the titles read from lines (not Markdown headings) inside a list of questions for the interviewer
 * (askListZones), and returns the zones for the bank segmenter (they come from Markdown headings, which this keeps).
 */
function askListItems(c: Collected, source: string): Span[] {
  const zones = askListZones(c, source);
  if (zones.length > 0) c.headings = c.headings.filter((h) => h.depth <= 6 || !zones.some((z) => h.start >= z.start && h.start < z.end));
  return zones;
}

/**
 * The units of a bank in a layout nothing else recognised (./segment.ts): each unit's delimiter line becomes a
 * title of the bank, a heading already there or a title line like bankTitles' (its line is not speech). Returns
 * whether it found a bank.
 */
function segmentBank(c: Collected, source: string, from: number, lists: readonly Span[], found: Section[] = []): boolean {
  let units = segmentUnits(source, from);
  // (A heading that names the answer of the question heading before it titles nothing: it is that answer's field.)
  if (c.answerFields) units = units.filter((u) => !c.answerFields!.has(u.start));
  if (units.length < 2) return false;
  if (lists.length > 0) {
    units = units.filter((u) => u.level !== undefined || !lists.some((z) => u.start >= z.start && u.start < z.end));
    if (units.length < 2) return false;
  }
  // The units' reading of the lines under their titles holds whether or not the bank is read from them here (the
  // headings may already have given its stories): a heading whose unit was replied to is an answer however terse.
  // (Headings and units both in order: one pass over the two.)
  for (let k = 0, j = 0; k < units.length; k++) {
    const u = units[k];
    while (j < c.headings.length && c.headings[j].start < u.start) j++;
    if (u.answered && j < c.headings.length && c.headings[j].start < u.end) c.headings[j].replied = true;
  }
  // Beside stories already found under headings, the bank is read only when it holds more answers than they, among
  // them every story found (a group of answers under a heading named like material around them).
  if (found.length > 0) {
    // A story found under a heading that holds two or more of the units is a group of answers in another dress ("##
    // About your work" over "**Q: ...**" lines, "## The questions" over "**1. ...**"): the units are its answers.
    // Stories found that hold none of the units stay what they were. A heading that names one answer ("### Generic
    // answer", not "## Questions and answers") is that answer, whatever questions follow it.
    // (A story found is a unit when its title is on the unit's line: "1. " before a list item's title is the unit's.)
    // (Each question below is answered by binary searches over the units and the stories found in order of start,
    // not by a walk of every unit per story: a bank of thousands of question headings made this quadratic.)
    const byStart = new SpanIndex(units);
    const isUnitOf = (h: Section): boolean => h.heading !== undefined && byStart.covers(h.heading.start);
    const held = (h: Section): number => byStart.countStartingIn(h.start + 1, h.end) - (h.heading === undefined ? 0 : byStart.countCovering(h.heading.start, h.start + 1, h.end));
    const namesAnswer = (t: string): boolean => ANSWER_HEADING.test(t) && !COLLECTION.test(t);
    const groups = found.filter((h) => !isUnitOf(h) && held(h) >= 2 && !namesAnswer(h.heading?.text ?? ''));
    const inGroups = new Set(groups);
    // (Units that all lie outside the stories found, none of them a unit or holding one, are answers of the file's
    // other part in another dress: "**Q: …**" lines under a later heading, after sections each titling one answer.
    // Apart both ways: no story found starts in a unit's body either. Units whose bodies hold the stories found are
    // the sections that group them ("## 1. Introduction" over "### Tell me about yourself", "## 2. Stories" over two
    // stories), not answers beside them.)
    const bodies = new SpanIndex(units.map((u) => ({ start: u.start, end: u.bodyEnd })));
    const apart = groups.length === 0 && units.length >= 2 && found.every((h) => h.heading && !isUnitOf(h) && held(h) === 0 && !bodies.covers(h.start));
    if (!apart && !found.every((h) => h.heading && (isUnitOf(h) || inGroups.has(h) || (groups.length > 0 && held(h) === 0)))) return false;
    // (only the units answered or left to write, or numbered on from the stories found, beside them: a titled note
    // among them stays what it was)
    // (and every unit of a group: the group is read as answers, answered or not yet)
    // (and the items of a numbered run: "7. Balancing speed and security" over two words, between 6 and 8)
    const all = units;
    const foundTitles = found.flatMap((h) => (h.heading === undefined ? [] : [h.heading.start])).sort((a, b) => a - b);
    const titleIn = (u: Unit): boolean => {
      const k = lowerBound(foundTitles, u.start);
      return k < foundTitles.length && foundTitles[k] < u.end;
    };
    const groupsByStart = new SpanIndex(groups);
    units = units.filter((u, k) => u.answered || u.unwritten || u.level !== undefined || numberedInRun(all, k, source) || titleIn(u) || groupsByStart.coversOpen(u.start));
    if (!apart && units.length <= found.length) return false;
    if (apart && units.length < 2) return false;
  }
  // A unit that starts inside one story's run of parts (its parts go on in order after it) is a step of that
  // story, not an answer of its own: the file is no bank. (A unit that puts a question to the candidate, "Q: Describe
  // a time...", opens an answer of its own whatever parts come before and after it: steps are named, not asked.)
  const order = (p: PartName): number => PART_ORDER.indexOf(p);
  const asked = units.filter((u) => promptsCandidate(u.text));
  const prompts = asked.length >= 2 ? new Set(asked) : new Set<Unit>();
  for (const u of units.slice(1)) {
    if (prompts.has(u)) continue;
    const k = firstAtOrAfter(c.markers, u.start);
    if (k > 0 && k < c.markers.length && order(c.markers[k].part) > order(c.markers[k - 1].part)) return false;
  }
  // Labels before the first unit with a few words each ("1. Present (who you are now)") outline the answers below.
  const before = c.markers.filter((m) => m.start < units[0].start);
  if (before.length > 0) {
    const next = (i: number): number => (i + 1 < c.markers.length ? Math.min(c.markers[i + 1].start, units[0].start) : units[0].start);
    const outline = before.every((m, i) => countWords(source.slice(m.end, next(i))) < 8);
    if (outline) c.markers = c.markers.filter((m) => m.start >= units[0].start);
  }
  // (The heading on a unit's line is found by a binary search when the headings and the units are in order and no
  // unit folds headings away; otherwise by a walk of the headings, as any order allows.)
  const known = c.headings.length;
  const ordered = units.every((u, k) => u.dress !== 'summary' && (k === 0 || units[k - 1].start < u.start)) && c.headings.every((x, k) => k === 0 || c.headings[k - 1].start <= x.start);
  const headingStarts = ordered ? c.headings.map((x) => x.start) : [];
  const headingOn = (u: Unit): HeadingInfo | undefined => {
    if (!ordered) return c.headings.find((x) => x.start >= u.start && x.start < u.end);
    const lo = lowerBound(headingStarts, u.start);
    return lo < known && c.headings[lo].start < u.end ? c.headings[lo] : undefined;
  };
  for (const u of units) {
    if (u.dress === 'summary') {
      // HTML headings folded inside the unit ("<h3>Conclusion</h3>" under its "<summary>") are the answer's own
      // sub-titles, not headings of the file: they end nothing.
      const inner = c.headings.filter((x) => x.start >= u.end && x.start < u.bodyEnd && /^[ \t]*<h[1-6]\b/iu.test(source.slice(x.start, x.end)));
      if (inner.length > 0) {
        c.headings = c.headings.filter((x) => !inner.includes(x));
        for (const x of inner) c.exclusions.push({ start: x.start, end: x.end });
      }
    }
    const h = headingOn(u);
    if (h) {
      h.bank = true;
      h.trailer = false;
      if (u.answered) h.replied = true;
      continue;
    }
    c.headings.push({ start: u.start, end: u.end, depth: u.level ?? 7, text: u.text, trailer: false, bank: true, ...(u.answered ? { replied: true } : {}) });
    c.exclusions.push({ start: u.start, end: u.end });
    // (A title read by its dress alone, "🔹 Biggest win", names the answer: a part word in it marks no part.)
    if (u.dress.startsWith('g:')) c.markers = c.markers.filter((m) => m.start < u.start || m.start >= u.end);
    if (u.dress === 'summary') htmlUnitBody(c, source, u.end, u.bodyEnd);
    if (u.dress === 'table-q') tableUnitBody(c, source, u.end, u.bodyEnd);
  }
  c.headings.sort((a, b) => a.start - b.start);
  c.exclusions.sort((a, b) => a.start - b.start);
  // A heading named like material around a story ("## Questions") over two or more of the units is the bank's.
  const unitStarts = new SpanIndex(units);
  for (let i = 0; i < c.headings.length; i++) {
    const h = c.headings[i];
    if (!h.trailer) continue;
    const end = sectionEnd(c.headings, i, source.length);
    if (unitStarts.countStartingIn(h.start + 1, end) >= 2) h.trailer = false;
  }
  return true;
}

/** A top-level list item ("- Why are you leaving?", "* **What is your biggest weakness?**"): its text. */
const TOP_ITEM = /^ ?[-*+][ \t]+(\S.*)$/u;
const TOP_ITEMS = /^ ?[-*+][ \t]+\S/mu;

/**
 * A list of interview questions inside an answer found under a heading that asks nothing, with no part marked: two or more top-level
 * items that ask ("- Why are you leaving?"), each over a reply of its own (its indented or quoted lines or sub-items,
 * eight words or more that do not ask, the teller speaking more than the reader is addressed). Each such item opens
 * one answer, titled by its question (a title line like bankTitles'); the heading keeps what it says before the first
 * item, or names the group when it says nothing. An answer with parts marked is left alone: questions after a story's
 * parts are its follow-ups. Returns whether it added any title.
 */
function askItemsInside(c: Collected, source: string, heads: readonly { heading?: HeadingInfo; start: number; end: number }[]): boolean {
  let lines: { text: string; start: number }[] | undefined;
  let starts: number[] = [];
  let added = false;
  // (With no story found by headings, every heading's own section is a holder: the file's one answer is under one of them.)
  const holders: { heading?: HeadingInfo; start: number; end: number }[] =
    heads.length > 0 ? [...heads].sort((a, b) => a.start - b.start) : c.headings.flatMap((x, i) => (x.depth <= 6 && !x.label && !x.trailer ? [{ heading: x, start: x.start, end: c.headings.slice(i + 1).find((y) => y.depth <= 6)?.start ?? source.length }] : []));
  for (let k = 0; k < holders.length; k++) {
    const h = holders[k];
    // (Items under a heading that asks, "## What are your strengths?", are the points of that answer.)
    if (!h.heading || h.heading.depth > 6 || isQuestion(h.heading.text) || interviewAsk(h.heading.text)) continue;
    const end = Math.min(h.end, k + 1 < holders.length ? holders[k + 1].start : source.length);
    if (!TOP_ITEMS.test(source.slice(h.heading.end, end)) || startingIn(c.markers, h.heading.end, end).length > 0) continue;
    if (!lines) {
      lines = sourceLines(source);
      starts = lines.map((l) => l.start);
    }
    const items: { start: number; end: number; text: string }[] = [];
    let fence: string | undefined;
    for (let i = lowerBound(starts, h.heading.end); i < lines.length && lines[i].start < end; i++) {
      const t = lines[i].text;
      const inCode = fence !== undefined;
      fence = fenceAfter(t, fence);
      if (inCode || fence !== undefined) continue;
      const m = TOP_ITEM.exec(t);
      if (!m) continue;
      const text = m[1].replace(/[*_`]/gu, '').trim();
      // (Not an item that ends with a colon, "- Strengths:": it heads notes, it asks nothing.)
      if (!(isQuestion(text) || interviewAsk(text)) || /[:：]$/u.test(text) || (text.match(/[?？]/gu) ?? []).length > 1 || matchLabel(text, true)) continue;
      // its reply: the lines under it up to the next top-level item, a heading, or a line neither indented nor quoted
      // after a blank one
      let j = i + 1;
      let blank = false;
      for (; j < lines.length && lines[j].start < end; j++) {
        const u = lines[j].text;
        if (!u.trim()) {
          blank = true;
          continue;
        }
        if (TOP_ITEM.test(u) || /^ {0,3}#/u.test(u) || (blank && !/^(?: {2,}|\t| {0,3}>)/u.test(u))) break;
        blank = false;
      }
      const b = bodyOf(lines, i + 1, j);
      const latin = /\p{Script=Latin}/u.test(source.slice(lines[i].start, j < lines.length ? lines[j].start : source.length));
      if (b.words - b.askWords >= 8 && b.secondPerson <= b.firstPerson && (b.firstPerson >= 1 || !latin)) items.push({ start: lines[i].start, end: lines[i].start + t.length, text });
    }
    if (items.length < 2) continue;
    for (const x of items) {
      c.headings.push({ start: x.start, end: x.end, depth: 7, text: x.text, trailer: false, bank: true, replied: true });
      c.exclusions.push({ start: x.start, end: x.end });
    }
    added = true;
  }
  if (added) {
    c.headings.sort((a, b) => a.start - b.start);
    c.exclusions.sort((a, b) => a.start - b.start);
  }
  return added;
}

/** The rows of a table whose header row asks the question: each row's cells are the answer's speech. */
function tableUnitBody(c: Collected, source: string, from: number, to: number): void {
  const row = /^[ \t]*\|(.*)\|[ \t]*$/gmu;
  row.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = row.exec(source)) && m.index < to) {
    if (/^[\s|:-]*$/u.test(m[1])) continue;
    const start = m.index + m[0].indexOf('|') + 1;
    if (overlapsSpan(c.spans, start, start + m[1].length)) continue;
    c.spans.push({ start, end: start + m[1].length });
    c.exclusions.push(...[...m[1].matchAll(/\|/gu)].map((x) => ({ start: start + x.index, end: start + x.index + 1 })));
  }
  c.spans.sort((a, b) => a.start - b.start);
  c.exclusions.sort((a, b) => a.start - b.start);
}

/**
 * The answer folded under a `<summary>` that titles a unit, when it is written in HTML (`<ul><li><b>Situation:
 * </b>...`): the text between its tags is prose, and a bold label opening an item or paragraph marks a part.
 */
function htmlUnitBody(c: Collected, source: string, from: number, to: number): void {
  const close = source.slice(from, to).search(/<\/details\s*>/iu);
  const end = close >= 0 ? from + close : to;
  const tag = /<(\/?)([a-z][a-z0-9]*)\b[^<>]{0,300}>/giu;
  tag.lastIndex = from;
  let last = from;
  let opened = true;
  let m: RegExpExecArray | null;
  const added: Span[] = [];
  while ((m = tag.exec(source)) && m.index < end) {
    if (m.index > last && /[\p{L}\p{N}]/u.test(source.slice(last, m.index)) && !overlapsSpan(c.spans, last, m.index)) added.push({ start: last, end: m.index });
    const name = m[2].toLowerCase();
    // "<li><b>Situation: </b>...": a label in bold at the start of an item or paragraph.
    if (!m[1] && (name === 'b' || name === 'strong') && opened) {
      const lab = new RegExp(`^([^<]{1,60})<\\/${name}\\s*>`, 'iu').exec(source.slice(m.index + m[0].length, end));
      const text = lab ? lab[1].replace(/[\s:.\-–—]+$/u, '').trim() : '';
      const match = text ? matchLabel(text, false) : undefined;
      if (lab && match) {
        const mEnd = m.index + m[0].length + lab[0].length;
        c.markers.push({ part: match.part, label: cleanLabel(text), kind: 'bold', start: m.index, end: mEnd, strength: 3, letter: false, lineEnd: lineEndOf(source, m.index), blockStart: true });
        tag.lastIndex = mEnd;
        last = mEnd;
        opened = false;
        continue;
      }
    }
    opened = !m[1] && (name === 'li' || name === 'p' || name === 'div' || name === 'td' || name === 'dd');
    last = m.index + m[0].length;
  }
  if (last < end && /[\p{L}\p{N}]/u.test(source.slice(last, end)) && !overlapsSpan(c.spans, last, end)) added.push({ start: last, end });
  if (added.length === 0) return;
  c.spans.push(...added);
  c.spans.sort((a, b) => a.start - b.start);
  c.markers.sort((a, b) => a.start - b.start);
}

/**
 * A question on its own line (bold or plain, ending in "?") after the text of a part, with no part marker after it
 * before the next heading — a follow-up the candidate rehearses after the story ("**What would you do
 * differently?**") — ends the part before it, and the question itself is not speech.
 */
function followUpQuestions(c: Collected, source: string): void {
  const titled = new Set(c.headings.map((h) => h.start));
  for (const t of c.titles) {
    if (t.scope !== undefined || titled.has(t.start) || !/\?["'”’)\]*_]*\s*$/u.test(t.text)) continue;
    // Only after the part has some text of its own: a prompt right under a label is that part's body.
    const prev = c.markers[firstAtOrAfter(c.markers, t.start) - 1];
    if (!prev || !/[\p{L}\p{N}]/u.test(source.slice(prev.end, t.start)) || /^\s*\[/u.test(t.text)) continue;
    const nextMarker = c.markers[firstAtOrAfter(c.markers, t.end)];
    const nextHeading = c.headings[firstAtOrAfter(c.headings, t.end)];
    const limit = nextHeading ? nextHeading.start : source.length;
    if (nextMarker && nextMarker.start < limit) continue;
    c.boundaries.push({ start: t.start, end: t.end });
    c.exclusions.push({ start: t.start, end: t.end });
  }
  c.boundaries.sort((a, b) => a.start - b.start);
  c.exclusions.sort((a, b) => a.start - b.start);
}

/**
 * A heading whose own sub-headings name two or more other parts is the section around them ("## Reflection (STAR)"
 * over "### Situation", "### Task", "### Action", with nothing of its own before them), not a part of its own.
 */
function dropContainers(ms: Marker[], headings: HeadingInfo[], source: string): Marker[] {
  if (!ms.some((m) => m.kind === 'heading')) return ms;
  return ms.filter((m, i) => {
    if (m.kind !== 'heading' || m.depth === undefined) return true;
    let end = Infinity;
    for (let k = firstAtOrAfter(headings, m.start + 1); k < headings.length; k++) {
      if (headings[k].depth <= m.depth) {
        end = headings[k].start;
        break;
      }
    }
    const inner = new Set<PartName>();
    let first: Marker | undefined;
    for (let j = i + 1; j < ms.length && ms[j].start < end; j++) {
      const o = ms[j];
      if (o.kind === 'heading' && o.depth !== undefined && o.depth > m.depth && o.part !== m.part) {
        inner.add(o.part);
        first ??= o;
      }
    }
    // It says nothing of its own before them (a part heading over text, then deeper headings, is a part).
    return inner.size < 2 || first === undefined || /[\p{L}\p{N}]/u.test(source.slice(m.end, first.start));
  });
}

/**
 * Whether heading `i` continues a run of part headings: the two headings before it at its level or above are of
 * its level and label earlier parts than it, in order ("### Situation", "### Task" before "### Action").
 */
function inPartRun(headings: readonly HeadingInfo[], i: number): boolean {
  const h = headings[i];
  if (!h.label) return false;
  let next = PART_ORDER.indexOf(h.label.part);
  let seen = 0;
  for (let k = i - 1; k >= 0 && seen < 2; k--) {
    const o = headings[k];
    if (o.depth > h.depth || o.row || o.bank) continue;
    if (o.depth !== h.depth || !o.label || o.label.letter || PART_ORDER.indexOf(o.label.part) >= next) return false;
    next = PART_ORDER.indexOf(o.label.part);
    seen++;
  }
  return seen === 2;
}

/**
 * Parts come in their order. A lone marker of a stronger dress that opens the answer before a run of weaker ones
 * telling three or more parts in order from an earlier part ("**Goal**: show humility" over "- **S**: …", "- **T**: …",
 * "- **A**: …", "- **R**: …") is a note on what the answer should show, not its part: the run is the answer's parts,
 * whatever the lead-in's word. A lead-in of the run's own first part or an earlier one ("**Situation:**" over "- Task",
 * "- Action") stays the leader.
 */
function dropLoneLead(ms: Marker[]): Marker[] {
  const marked = ms.filter((m) => m.strength > 0);
  if (marked.length < 4) return ms;
  const top = Math.max(...marked.map((m) => m.strength));
  const strong = marked.filter((m) => m.strength === top);
  if (strong.length !== 1 || strong[0] !== marked[0]) return ms;
  const lead = strong[0];
  const order = (p: PartName): number => PART_ORDER.indexOf(p);
  const run = marked.slice(1);
  if (order(run[0].part) >= order(lead.part) || !run.every((m) => m.kind === run[0].kind && m.letter === run[0].letter)) return ms;
  for (let i = 1; i < run.length; i++) if (order(run[i].part) <= order(run[i - 1].part)) return ms;
  return ms.filter((m) => m !== lead);
}

/** A field's value: a few characters with a number and no end of sentence ("10년", "2019–2023", "5 yrs"). */
const FIELD_VALUE = /^(?=[^.。!?！？]*\p{N})[^.。!?！？\n]{1,16}$/u;

/**
 * Drops the markers of the pitch's and plan's per-language tables that are a header field with its value on the
 * same line ("**경력:** 10년" in a résumé's header: experience, ten years): a part holds a sentence, a field a fact.
 */
function dropKindFields(c: Collected, text: string): void {
  c.markers = c.markers.filter((m) => {
    if (m.strength === 0 || !isKindTranslatedLabel(m.label)) return true;
    const rest = text.slice(m.end, m.lineEnd).replace(/[*_`\s]+$/u, '').trim();
    return !FIELD_VALUE.test(rest);
  });
}

/** The form of a label of the per-language tables, for keepCorroborated. */
const TRANSLATED = 'TR';
/** The form of a heading of the pitch's and plan's per-language tables (labels.ts isKindTranslatedLabel). */
const KIND_HEADING = 'KH';

/**
 * Drops markers written in a form that prose can also take ("T-Mobile", "A. first option", "**Action** items",
 * "## Result: 40% faster") unless the file writes at least two different parts in that same form, and no letter
 * that names no part ("B.", "D)") uses it (a lettered list).
 */
function keepCorroborated(c: Collected, source?: string): void {
  const parts = new Map<string, Set<PartName>>();
  const note = (form: string, part: PartName): void => {
    let set = parts.get(form);
    if (!set) parts.set(form, (set = new Set()));
    set.add(part);
  };
  // A word of the per-language tables ("Результат", "Kết quả") is an ordinary noun of its language: like a weak form
  // it is a label when the file marks two or more parts so.
  // (read once per marker and heading: the loops below ask each several times)
  const markerForms = new Map(c.markers.map((m) => [m, m.weak ?? (isTranslatedLabel(m.label) ? TRANSLATED : undefined)]));
  const headingForms = new Map(
    c.headings.map((h) => [h, h.weak ?? (h.label && isKindTranslatedLabel(h.text) ? KIND_HEADING : h.label && isTranslatedLabel(h.text) ? TRANSLATED : undefined)]),
  );
  const formOf = (m: Marker): string | undefined => markerForms.get(m);
  const headingForm = (h: HeadingInfo): string | undefined => headingForms.get(h);
  for (const m of c.markers) {
    const form = formOf(m);
    if (!form || form === 'inline') continue;
    note(form, m.part);
    // A letter glued to a lower-case word ("S-reviews") and one glued to a capital ("A-I split") are one form.
    if (m.weak === GLUED_LOWER) note('L-', m.part);
    else if (m.weak === 'L-') note(GLUED_LOWER, m.part);
  }
  for (const h of c.headings) {
    const form = h.label ? headingForm(h) : undefined;
    if (form) note(form, h.label!.part);
  }
  if (parts.size === 0) return;
  const ok = (form: string): boolean =>
    !c.foreign.has(form) && !(form === GLUED_LOWER && c.foreign.has('L-')) && (parts.get(form)?.size ?? 0) >= (form === GLUED_LOWER || form === LETTER_ARROW || form === PART_QUESTION || form === KIND_HEADING ? 3 : 2);
  // Parts marked in clear label forms: when two or more are, a weak-form label that begins its own block
  // ("» Result. Errors fell...", "★ Action) I rewrote...") is a label in a story marked the same way elsewhere.
  const clear = new Set<PartName>();
  for (const m of c.markers) if (!formOf(m) && m.strength > 0) clear.add(m.part);
  for (const h of c.headings) if (h.label && !headingForm(h)) clear.add(h.label.part);
  // A word of the pitch's and plan's tables ("Proudest work", "Aujourd'hui") joins only labels of those kinds ("Now",
  // "Steps"): beside a story's Situation and Result it is more often a word of the story's own.
  const clearKind = new Set<PartName>();
  for (const m of c.markers) if (!formOf(m) && m.strength > 0 && isKindLabel(m.label)) clearKind.add(m.part);
  for (const h of c.headings) if (h.label && !headingForm(h) && isKindLabel(h.text)) clearKind.add(h.label.part);
  const crossed = (m: Marker): boolean =>
    m.weak === undefined ? (isKindTranslatedLabel(m.label) ? clearKind.size >= 2 : clear.size >= 2) : m.blockStart === true && m.weak !== 'B' && !c.foreign.has(m.weak) && clear.size >= 2;
  c.markers = c.markers.filter((m) => {
    const form = formOf(m);
    const kept = !form || form === 'inline' || ok(form) || crossed(m);
    // A word of another language's table left alone in its form ("**कदम:**" among "**स्थिति:**", "**चुनौती:**" that no
    // table lists) is still a label dressed like its siblings: it joins them as one more label of no known part, so
    // the run is read by its places (inferByPosition), not left a word of the part before it.
    if (!kept && form === TRANSLATED && m.strength > 0 && !m.letter && source !== undefined) {
      c.unknowns.push({ start: m.start, end: m.end, lineEnd: m.lineEnd, label: m.label, kind: m.kind, strength: m.strength, letter: false, other: true, colon: /[:：]/u.test(source.slice(m.start, m.end)) });
    }
    return kept;
  });
  for (const h of c.headings) {
    const form = h.label ? headingForm(h) : undefined;
    if (h.label && form && !ok(form) && !(form === TRANSLATED && clear.size >= 2)) {
      h.label = undefined;
      h.trailer = isTrailerLabel(h.text);
    }
  }
}

/**
 * A `Context:` (or `Background:`) line written beside header fields (`**Question:**`, `**Role:**`...) is a header
 * field too when the story gives its setup under another marker, or when what it says is a fact about the story
 * rather than a sentence of it (`Context: fintech, 2023`, `Context: asked in the manager round`; see headerFact): it
 * ends the part before it and is not speech.
 */
function headerContexts(c: Collected, source: string): void {
  if (c.headerLines.length === 0) return;
  const adjacent = (a: number, b: number): boolean => a <= b && !/[\p{L}\p{N}]/u.test(source.slice(a, b));
  // Linear in the markers (thousands of `Context:` lines beside header fields were quadratic: 5 s at 100 KB). A
  // header line is beside a marker when nothing but marks lies between them; the nearest one before it (largest
  // end) and after it (smallest start) are the ones to test, as any farther one has their gap inside its own. The
  // header lines' ends and starts are kept sorted for that, the dropped markers added as they are found.
  const ends = c.headerLines.map((h) => h.end).sort((a, b) => a - b);
  const starts = c.headerLines.map((h) => h.start).sort((a, b) => a - b);
  // A later setup marker with another label, for each marker: labels read once, from the end.
  const setupLabels = c.markers.map((o) => (o.part === 'setup' && o.strength > 0 ? normalizeLabel(o.label) : undefined));
  const laterOther = { context: new Array<boolean>(c.markers.length), background: new Array<boolean>(c.markers.length) };
  for (let k = c.markers.length - 1, ctx = false, bg = false; k >= 0; k--) {
    laterOther.context[k] = ctx;
    laterOther.background[k] = bg;
    const l = setupLabels[k];
    if (l !== undefined && l !== 'context') ctx = true;
    if (l !== undefined && l !== 'background') bg = true;
  }
  const drop = new Set<Marker>();
  for (let i = 0; i < c.markers.length; i++) {
    const m = c.markers[i];
    if (m.part !== 'setup' || m.kind === 'heading' || m.strength === 0) continue;
    const label = setupLabels[i];
    if (label !== 'context' && label !== 'background') continue;
    const before = lowerBound(ends, m.start + 1) - 1;
    const after = lowerBound(starts, m.lineEnd);
    const beside = (before >= 0 && adjacent(ends[before], m.start)) || (after < starts.length && adjacent(m.lineEnd, starts[after]));
    if (!beside) continue;
    // (A dropped marker comes before the one asked about: it is never among the later ones.)
    if (!laterOther[label][i] && !headerFact(source.slice(m.end, m.lineEnd))) continue;
    drop.add(m);
    c.boundaries.push({ start: m.start, end: m.lineEnd });
    c.exclusions.push({ start: m.start, end: m.lineEnd });
    c.headerLines.push({ start: m.start, end: m.lineEnd });
    ends.splice(lowerBound(ends, m.lineEnd), 0, m.lineEnd);
    starts.splice(lowerBound(starts, m.start), 0, m.start);
  }
  if (drop.size > 0) c.markers = c.markers.filter((m) => !drop.has(m));
}

/**
 * Whether the text of a field is a fact noted about a story, not a sentence of its telling: a few words in which no
 * verb has a subject before it, as the tagger reads them ("Enterprise client, first quarter", "B2B analytics product,
 * 2023", "Asked in the second round", "Amazon - Earn Trust"), where a setup says what was the case ("Our app was
 * English-only", "pages went off forty times a night").
 */
function headerFact(text: string): boolean {
  const t = text.replace(/[*_`]/gu, ' ').trim();
  if (t.length === 0 || t.length > 120 || countWords(t) > 12) return false;
  const r = readText(t);
  for (let k = 1; k < r.pos.length; k++) {
    if ((r.pos[k] === 'VERB' || r.pos[k] === 'AUX') && (r.pos[k - 1] === 'NOUN' || r.pos[k - 1] === 'PRON' || r.pos[k - 1] === 'PROPN')) return false;
  }
  return true;
}

/**
 * A heading named like material around a story ("### Questions", "## Notes") that comes before every part marker
 * and holds the parts of stories under it (two or more different parts), or is a level-1 heading ("# My answers"),
 * is the heading of the file or of a bank, not a trailer.
 */
function containerTrailers(c: Collected, docEnd: number): void {
  let first = Infinity;
  for (const m of c.markers) first = Math.min(first, m.start);
  for (const h of c.headings) if (h.label) first = Math.min(first, h.start);
  for (let i = 0; i < c.headings.length; i++) {
    const h = c.headings[i];
    if (!h.trailer || h.start > first) continue;
    // "# My answers", "# Notes": a file's first heading, at level 1, titles the file.
    if (h.depth === 1 && i === 0) {
      h.trailer = false;
      continue;
    }
    const end = sectionEnd(c.headings, i, docEnd);
    const parts = new Set<PartName>();
    for (const m of startingIn(c.markers, h.end, end)) parts.add(m.part);
    /** Sub-headings that ask interview questions ("## Answers" over "### Why are you leaving?"...). */
    let asked = 0;
    for (let j = i + 1; j < c.headings.length && c.headings[j].start < end; j++) {
      const lab = c.headings[j].label;
      if (lab) parts.add(lab.part);
      else if (c.headings[j].depth > h.depth && !c.headings[j].trailer && isQuestion(c.headings[j].text)) asked++;
    }
    if (parts.size >= 2 || asked >= 2) h.trailer = false;
  }
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
  /** Parts named by the markers directly in this section. */
  parts: Set<PartName>;
  /** The markers directly in this section. */
  own: Marker[];
}

/** A heading that names a collection rather than a story ("General and Opening Questions", "My stories"). */
const COLLECTION = /\b(?:questions|stories|answers|examples|notes|topics|prep|preparation|bank)\s*:?\s*$/iu;

/** A heading that names a group of things: a plural at its end ("Real projects", "Past experiences:"). */
const GROUP_NAME = /\p{L}{3,}s\s*:?\s*$/u;
/** A heading that names the method or the answer rather than the story ("STAR", "Answer", "Details"). */
const METHOD_NAME = /^[^\p{L}]*(?:star|car|carl|scaol|soar|par|stars|answer|response|details?|story|example|the story)[^\p{L}]*$/iu;

/** A heading that names the question field of an answer and nothing else ("Question", "## Prompt:", "### Pregunta"). */
const QUESTION_FIELD_HEADING = /^[^\p{L}\p{N}]*(?:the\s+)?(?:question|prompt|pregunta|pergunta|frage|domanda|q|问题|题目|質問|질문)\s*[:：]?[^\p{L}\p{N}]*$/iu;

/** Groups markers under the non-marker headings and picks the headings that each start a story. */
function storyHeads(headings: HeadingInfo[], markers: Marker[], titleHeading: HeadingInfo | undefined, docEnd: number, source: string, notes: Set<Marker>): Section[] {
  const wordsIn = (sec: Section): number => {
    const from = sec.heading ? sec.heading.end : sec.start;
    const to = sec.children.length > 0 ? sec.children[0].start : sec.end;
    return countWords(source.slice(from, Math.max(from, Math.min(to, from + 2000))));
  };
  const root: Section = { depth: 0, start: 0, end: docEnd, children: [], direct: 0, total: 0, parts: new Set(), own: [] };
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
      const sec: Section = { heading: h, depth: h.depth, start: h.start, end: docEnd, children: [], direct: 0, total: 0, parts: new Set(), own: [] };
      stack[stack.length - 1].children.push(sec);
      stack.push(sec);
      open.push(sec);
    } else if (ev.marker) {
      const m = ev.marker;
      // (A part's heading closes the headings at or under its level, not a bank's title line, read at depth 7:
      // "<summary>2. How do you handle feedback?</summary>" over "<h3>Situation</h3>" holds that part.)
      if (m.kind === 'heading' && m.depth !== undefined) {
        while (stack.length > 1 && stack[stack.length - 1].depth >= m.depth && !(stack[stack.length - 1].depth > 6 && stack[stack.length - 1].heading?.bank === true)) stack.pop();
      }
      stack[stack.length - 1].direct++;
      stack[stack.length - 1].own.push(m);
      stack[stack.length - 1].parts.add(m.part);
    }
  }
  const totals = (s: Section): number => {
    let t = s.direct;
    for (const ch of s.children) t += totals(ch);
    s.total = t;
    return t;
  };
  totals(root);
  /** The words under a section's heading, its sub-sections' too (the first 3,000 characters). */
  const spokenIn = (sec: Section): number => (sec.heading ? countWords(source.slice(sec.heading.end, Math.max(sec.heading.end, Math.min(sec.end, sec.heading.end + 3000)))) : 0);
  /** Every heading numberedRun read as one of a run. */
  const runMembers = new Set<Section>();
  /**
   * Sibling headings numbered one after another ("## 1. Why I am leaving", "## 2. What I did", "## 3. …"), three or
   * more, most of them over a spoken answer's length of their own (thirty words or more): the writer's own units, a
   * list of answers, whatever their titles name. Each of them (with a few words or more under it) reads as an answer.
   */
  const numberedRun = (kids: Section[]): Set<Section> => {
    const out = new Set<Section>();
    const num = (ch: Section): number | undefined => {
      const m = /^[^\p{L}\p{N}]*(\d{1,3})[ \t]*[.)、:：][ \t]*[^\d\s]/u.exec(ch.heading!.text);
      return m ? Number(m[1]) : undefined;
    };
    let cur: Section[] = [];
    const close = (): void => {
      if (cur.length >= 3 && cur.filter((ch) => spokenIn(ch) >= 30).length * 2 > cur.length) for (const ch of cur) if (spokenIn(ch) >= 3) out.add(ch);
      for (const ch of out) runMembers.add(ch);
      cur = [];
    };
    let last: number | undefined;
    for (const ch of kids) {
      const n = num(ch);
      if (n !== undefined && last !== undefined && n === last + 1 && cur.length > 0) cur.push(ch);
      else if (n !== undefined) {
        close();
        cur = [ch];
      } else {
        close();
      }
      last = n;
    }
    close();
    return out;
  };
  /** The sub-headings of a heading that asks are its answer's points (see readSection): none asks or holds a story or sub-headings. */
  // (Not under a title that asks for an episode, "Describe a time you…": each sub-heading may tell one. Not
  // sub-headings that name an answer, "#### Sample answer", or a version of one by its length, "#### 简短版", or an interview topic of their own, "### 优点" under
  // "## 优缺点"; nor ones each over an episode told in the teller's words, "#### Case 1: slow query" under "### Describe
  // your process…": those are answers of their own.)
  const toldEpisode = (ch: Section): boolean => wordsIn(ch) >= 30 && (source.slice(ch.heading!.end, Math.min(ch.end, ch.heading!.end + 2000)).match(TELLER) ?? []).length >= 2;
  const pointsOf = (over: string, kids: Section[]): boolean =>
    (isQuestion(over) || interviewAsk(over)) && !asksForEpisode(over) && !namesQuestionsToAsk(over) &&
    kids.every((ch) => {
      const t = ch.heading!.text;
      return ch.heading!.depth <= 6 && ch.parts.size < 2 && kidsOf(ch).length === 0 && !/[?？]/u.test(t) && !promptsCandidate(t) && !asksForStory(t) && !interviewAsk(t) && !ANSWER_HEADING.test(t) && !namesLength(t);
    }) && !kids.every(toldEpisode);
  /** Group headings whose one label is a note on the group (see heads). */
  const regrouped = new Set<Section>();
  const kidsOf = (s: Section): Section[] => s.children.filter((ch) => ch.heading && !ch.heading.trailer);
  /** A group heading over two or more titles of an unmarked bank ("## Extended questions" over "### 10. ..."). */
  const bankGroup = (s: Section): boolean => s.children.filter((ch) => ch.heading?.bank === true).length >= 2;
  /** Headings that title the one unit of a bank right under them (see heads). */
  const titling = new Set<Section>();
  // Each reading of a section is worked out once (memo, per section and per kind of reading) and asked again from
  // the memo: a group is read once to decide whether it is in a bank and again to expand it, and a section with a
  // label of its own is read both ways, so without it a section six levels down was read up to 2^6 times. Reading a
  // section only adds to the sets above for its own sub-sections, before reading them, so a second reading is the
  // first one's.
  const memo = [new Map<Section, Section[]>(), new Map<Section, Section[]>()];
  const heads = (s: Section, kidsOnly = false): Section[] => {
    const m = memo[kidsOnly ? 1 : 0];
    let r = m.get(s);
    if (r === undefined) {
      r = readSection(s, kidsOnly);
      m.set(s, r);
    }
    return r;
  };
  const readSection = (s: Section, kidsOnly: boolean): Section[] => {
    const kids = kidsOf(s);
    if (titling.has(s)) return [s];
    // Sibling headings that each have nothing of their own but one unit of a bank right under them ("## Question 1:
    // Your Educational Path" over "**Why did you choose your degree?**" and its answer), most siblings alike: each
    // heading titles its unit, the line under it is the unit's question. (One such heading alone, or one among groups
    // of several units, leaves the unit its own title; so does a unit that is a heading itself, "#### Imagine you had a
    // low performer..." under "### Low Performer": a heading titles by its own markup.)
    const overOne = kids.filter((ch) => {
      const inner = kidsOf(ch);
      return ch.heading!.depth <= 6 && ch.direct === 0 && inner.length === 1 && inner[0].heading!.bank === true && inner[0].heading!.depth > 6 && inner[0].direct === 0 && kidsOf(inner[0]).length === 0 && wordsIn(ch) === 0;
    });
    if (overOne.length >= 2 && overOne.length * 2 >= kids.length && !kids.some((ch) => kidsOf(ch).filter((k) => k.heading!.bank === true).length >= 2)) for (const ch of overOne) titling.add(ch);
    // A titled section whose sub-headings are the fields of one answer: the question it answers, under a heading that
    // names that field and no more ("## Question" over "**What is your favorite project?**"), then the answer and
    // its retellings ("## STAR Answer", "## Strong spoken version"). It is one answer, and its own heading titles it:
    // the fields are not answers of a bank, however they are named.
    // (The question's heading is often read as material around the answer, a trailer: it is a field all the same.)
    // (The question's line under it may have been read as a bank's title: it is the field's content.)
    const fields = s.children.filter((ch) => ch.heading);
    if (s.heading && s.heading.bank !== true && fields.length >= 2 && QUESTION_FIELD_HEADING.test(fields[0].heading!.text) && fields[0].total === 0) {
      const [asked, ...told] = fields;
      if (kidsOf(asked).length <= 1 && told.every((ch) => kidsOf(ch).length === 0 && !QUESTION_FIELD_HEADING.test(ch.heading!.text))) return [s];
    }
    // A titled section whose sub-headings are the fields of one answer, one of them the answer itself ("## Observability"
    // over "### Job requirement:", "### What the project shows:", "### Interview answer:"): each field a short name (a
    // label's colon, or four words at most) that asks nothing, marks no part and has no sub-heading, and only one names
    // an answer. The section is one answer and its heading titles it; the fields are not answers of their own.
    if (s.heading && s.heading.bank !== true && s.heading.depth <= 6 && s.direct === 0 && fields.length >= 2 && fieldsOfOneAnswer(fields, source)) return [s];
    // A heading whose sub-headings each name one telling of its answer and nothing more ("### Why us?" over "####
    // Short answer" and "#### Long answer") is one answer told more than once: the heading titles it, and the first
    // telling gives its parts. (Versions timed for a length, "## 30 seconds", "## 2-minute version", are answers of
    // their own: each is said as it stands, and judged on its length.)
    if (s.heading && s.heading.depth <= 6 && s.direct === 0 && kids.length >= 1 && !namesTelling(s.heading.text) && kids.every((ch) => kidsOf(ch).length === 0) && tellingsOf(kids.map((ch) => ch.heading!.text), s.heading.text)) return [s];
    // A heading that asks an interview question, with no part marked of its own, over sub-headings that put no question
    // and hold no story of their own ("### Why did you apply here?" over "#### (1) The team's values", "#### (2) Room to
    // grow"; "## 优点" over "### 性格上", "### 技术上"): the sub-headings are the points of its one answer.
    if (s.heading && s !== root && s.heading !== titleHeading && s.heading.depth <= 6 && s.direct === 0 && kids.length >= 2 && pointsOf(s.heading.text, kids)) return [s];
    // A title of a bank with nothing under it but its answer is one story ("### Topic" over "#### Question").
    if (s.heading?.bank === true && s.direct === 0 && kids.length === 0) return [s];
    if (s.direct > 0 && !kidsOnly) {
      // A story whose sub-headings each hold a whole story of their own (a bank nested under a first story).
      // (Or a group with nothing marked of its own over two or more such stories: "## Platform work" over "### Scaled
      // the warehouse" and "### Merged the legacy systems", each with its labelled parts.)
      const whole = kids.filter((ch) => ch.parts.size >= 2 || (ch.direct === 0 && kidsOf(ch).filter((g) => g.parts.size >= 2).length >= 2));
      // A group heading with one label of its own ("### Customer Obsession", "**Principle**: ...") over a story
      // under a sub-heading: the label is a note on the group, and the sub-heading titles the story.
      // (So are the labels under the file's title when nobody tells anything there: a legend of the fields each story
      // below fills in, "**Format**:" over "- **Impact**: the result, sized", "- **Context**: the problem".)
      const legend = s.heading !== undefined && s.heading === titleHeading && s.children.length > 0 && (source.slice(s.heading.end, Math.max(s.heading.end, s.children[0].start)).match(TELLER) ?? []).length === 0;
      if ((s.direct === 1 || legend) && whole.length > 0) {
        for (const m of s.own) notes.add(m);
        regrouped.add(s);
        return whole.flatMap((ch) => expand(ch));
      }
      if (whole.length > 0) return [s, ...whole.flatMap((ch) => expand(ch))];
      // Two readings of a section with a part label of its own: one answer (the label one of its parts), or the
      // answers of its sub-headings (the label a stray or a note). One label names no set of parts, so it makes no
      // answer of the whole: when the sub-headings read as a bank's answers by themselves, they are the answers.
      // (A heading that asks, or one below the file's title that names an interview topic, "### Self introduction",
      // titles one answer: its sub-headings are that answer's pieces, "## Why this role", "### Shorter version".)
      if (s.parts.size < 2 && !(s.heading && (isQuestion(s.heading.text) || (s.heading !== titleHeading && asksForStory(s.heading.text))))) {
        const alt = heads(s, true);
        if (alt.length >= 2 && !alt.includes(s)) return alt;
      }
      return [s];
    }
    // Sibling headings that read as stories (they hold part markers, ask a question, or name a principle or a
    // theme): when most siblings do, each sibling is a story, with or without marked parts.
    // "### Question: ..." with nothing under it, over the answers' own headings, is their header field.
    const fieldOnly = (ch: Section): boolean => ch.total === 0 && ch.children.length === 0 && /^[^\p{L}]*(?:question|pregunta|pergunta|frage|domanda|q)\s*:/iu.test(ch.heading!.text) && wordsIn(ch) === 0;
    // Question headings the teller asks themself ("What did I do?", "What changed?"), none of them put to "you" as an
    // interviewer asks, are the prompts of one story's parts, not the questions of a bank.
    const asked = kids.filter((ch) => isQuestion(ch.heading!.text));
    const selfPrompts = selfAsked(asked.map((ch) => ch.heading!.text));
    const askedSet = new Set(asked);
    // A run of three or more sibling headings that each put an interviewer's ask ("离职原因", "当前工作有哪些地方跟预期
    //不符？", "Salary expectations", "Questions to ask the interviewer"), most of the siblings, is a bank too, whatever
    // the ask's language or dress: each heading is an answer, told or left to write.
    // (Only when one of them at least is answered: a list of questions with nothing but questions under them, an
    // interviewer's bank, holds no answer.)
    // (A heading over advice to the reader, "## Why this job?" over "Research the company first.", answers nothing:
    // it is no ask of the run.)
    const ownOf = (ch: Section): string => source.slice(ch.heading!.end, Math.max(ch.heading!.end, ch.children.length > 0 ? ch.children[0].start : ch.end));
    const asking = selfPrompts ? [] : kids.filter((ch) => !fieldOnly(ch) && (asksForStory(ch.heading!.text) || namesQuestionsToAsk(ch.heading!.text)) && !(countWords(ownOf(ch)) > 0 && adviceOnly(ownOf(ch), true, ch.heading!.text)));
    const told = (ch: Section): boolean => countWords(ownOf(ch).split(/\r?\n/u).filter((l) => /[\p{L}\p{N}]/u.test(l) && !questionsOnly(l) && !asksForStory(bareLine(l))).join('\n')) >= 3;
    const askRun = asking.length >= 3 && asking.length * 2 > kids.length && asking.some(told) ? new Set(asking) : new Set<Section>();
    const run = numberedRun(kids);
    const storyLike = kids.filter((ch) => ch.total > 0 || ch.heading!.bank === true || ch.heading!.asked === true || (storyHeadingText(ch.heading!.text) && !fieldOnly(ch) && !(selfPrompts && askedSet.has(ch))) || askRun.has(ch) || run.has(ch) || bankGroup(ch));
    // (membership by a set: a bank of thousands of sibling headings asked `includes` once per sibling, n²)
    const isStoryLike = new Set(storyLike);
    if (storyLike.length >= 2 && storyLike.length * 2 >= kids.length) {
      // Beside groups of answers of a bank, a group heading over one answer of it ("# Negotiating the salary" over "###
      // What are your salary expectations?") is a group too.
      if (storyLike.some(bankGroup)) {
        for (const ch of kids) {
          if (!isStoryLike.has(ch) && ch.direct === 0 && kidsOf(ch).length === 1 && kidsOf(ch)[0].heading?.bank === true && wordsIn(ch) === 0) {
            storyLike.push(ch);
            isStoryLike.add(ch);
          }
        }
      }
      // Among such siblings, one with a paragraph or more of text is a story too ("One weakness", then an answer).
      // A sibling with a few words of its own between two such stories ("## Ability to work in a team", then one
      // line of notes) is a short answer of the same bank.
      // A group with no labels that holds answers of its own ("# Questions asked" over answered question items) too.
      const inBank = kids.map((ch) => isStoryLike.has(ch) || wordsIn(ch) >= 30 || (ch.total === 0 && heads(ch).length >= 2));
      return expandAll(kids.filter((ch, i) => inBank[i] || (i > 0 && i + 1 < kids.length && inBank[i - 1] && inBank[i + 1] && wordsIn(ch) >= 3)));
    }
    const withMarkers = s.children.filter((ch) => ch.total > 0);
    if (withMarkers.length === 0) {
      if (kids.length === 1) return heads(kids[0]);
      // Several groups ("# Teamwork:", "# Common topics:"), each holding its own stories under sub-headings.
      const inner = kids.flatMap((k) => heads(k));
      return inner.length >= 2 ? inner : [];
    }
    if (withMarkers.length === 1) {
      // Groups of stories beside the one with markers ("# Teamwork" over question headings told in prose, then
      // "# Common topics" whose stories carry labels): each group gives its stories.
      const groups = kids.map((k) => (k === withMarkers[0] ? expand(k) : k.total === 0 ? heads(k) : []));
      if (groups.some((g, i) => kids[i] !== withMarkers[0] && g.length >= 2)) return groups.flat();
      // Beside a group of answers, a group heading over one sub-heading that asks an interview question and is
      // answered under it in the teller's words ("## 1. Self introduction" over "### Tell me about yourself" and a
      // paragraph, before "## 2. Stories" over two stories): that answer is one of the bank's too.
      // (The section with markers may be no titled kid, a trailer: then there is no group to stand beside.)
      const at = kids.indexOf(withMarkers[0]);
      if (at >= 0 && groups[at].length >= 2) {
        const lone = kids.flatMap((k, i) => (k !== withMarkers[0] && groups[i].length === 0 && k.total === 0 ? loneAnswer(k) : []));
        if (lone.length > 0) return [...groups.flat(), ...lone].sort((a, b) => a.start - b.start);
      }
      return heads(withMarkers[0]);
    }
    // The same beside several sections with markers: a group of answers told without labels gives its stories too.
    const unmarked = kids.filter((k) => k.total === 0).map((k) => heads(k)).filter((g) => g.length >= 2);
    if (unmarked.length > 0) return [...expandAll(withMarkers), ...unmarked.flat()].sort((a, b) => a.start - b.start);
    return expandAll(withMarkers);
  };
  /**
   * A heading that asks, told in the teller's own words before its first sub-heading, over sub-headings that are
   * answers of their own ("## Why should we hire you?" and a paragraph in the first person, then "### Do you prefer
   * to work alone?" and the bank's next answers, a level written one step too high): the heading is an answer too,
   * its range ending where its first sub-heading begins. Whatever the heading's level or the bank's dress, a question
   * followed by the speaker's own account opens an answer. (A group heading names a topic and does not ask; a heading
   * that asks over advice to the reader, or over words that tell nothing of the speaker, stays a group.)
   */
  const toldOver = (ch: Section): boolean => {
    const h = ch.heading;
    if (!h || h.depth > 6 || h.trailer || ch.direct > 0 || ch.children.length === 0) return false;
    if (!(isQuestion(h.text) || asksForStory(h.text) || interviewAsk(h.text)) || namesQuestionsToAsk(h.text)) return false;
    const own = source.slice(h.end, Math.max(h.end, Math.min(ch.children[0].start, h.end + 3000)));
    const words = wordsIn(ch);
    if (words < 8 || questionsOnly(own) || adviceOnly(own, true, h.text) || nobodySpeaks(own, h.text)) return false;
    // (Told in the first person, or a reply of the same kind as the answers under it: most of its sub-headings ask
    // too, so the heading is one of their run written a level higher, whatever its reply's voice.)
    const kids = kidsOf(ch);
    const asking = kids.filter((k) => isQuestion(k.heading!.text) || asksForStory(k.heading!.text) || interviewAsk(k.heading!.text)).length;
    return (words >= 25 && tellerSpeaks(own)) || (kids.length >= 2 && asking * 2 > kids.length);
  };
  /** The one sub-heading of a group heading with nothing of its own, when it asks an interview question and is told under it. */
  const loneAnswer = (k: Section): Section[] => {
    const inner = kidsOf(k);
    if (k.direct > 0 || inner.length !== 1 || kidsOf(inner[0]).length > 0 || inner[0].heading!.depth > 6 || wordsIn(k) > 0) return [];
    const text = inner[0].heading!.text;
    if (!(asksForStory(text) || interviewAsk(text))) return [];
    const own = source.slice(inner[0].heading!.end, Math.min(inner[0].end, inner[0].heading!.end + 2000));
    return wordsIn(inner[0]) >= 30 && (own.match(TELLER) ?? []).length >= 2 ? [inner[0]] : [];
  };
  /**
   * Siblings, each either one story or a group of stories. When some sibling is a group (a theme heading with
   * stories under it), a sibling holding one story under a sub-heading is a group of one: the sub-heading,
   * not the theme, titles the story ("## Conflict" then only "### Disagreeing on the API").
   */
  const expand = (ch: Section): Section[] => {
    const inner = heads(ch);
    return inner.length >= 2 ? inner : [ch];
  };
  const expandAll = (sibs: Section[]): Section[] => {
    const inner = sibs.map((ch) => heads(ch));
    const grouped = inner.some((x) => x.length >= 2);
    return sibs.flatMap((ch, i) => {
      // (A numbered heading of a run with a few words of its own over one sub-heading, "## 7. A mistake" over "###
      // Example question: …" and its answer: the sub-heading titles the answer.)
      // (Only a sub-heading that asks, under a title that does not: "### Model answer" under "## 1. \"Tell me about…\""
      // names the answer, and the title over it keeps titling it.)
      if (runMembers.has(ch) && ch.direct === 0 && ch.heading && !isQuestion(ch.heading.text) && wordsIn(ch) < 30) {
        const only = kidsOf(ch);
        if (only.length === 1 && only[0].heading!.depth <= 6 && !ANSWER_HEADING.test(only[0].heading!.text) && (isQuestion(only[0].heading!.text) || promptsCandidate(only[0].heading!.text))) return expand(only[0]);
      }
      const x = inner[i];
      if (x.length >= 2) return toldOver(ch) ? [ch, ...x] : x;
      if (grouped && x.length === 1 && x[0] !== ch && x[0].heading && ch.direct === 0) return x;
      // Among stories told right under their headings, a heading that names a group ("## Real projects", a plural)
      // with nothing of its own over one story under a sub-heading ("### The festival campaign"): the sub-heading
      // titles the story. A sub-heading that names the method ("### STAR") leaves the title where it is.
      if (
        x.length === 1 && x[0] !== ch && x[0].heading && x[0].heading.depth <= 6 && ch.direct === 0 && ch.heading &&
        sibs.some((o) => o !== ch && o.direct > 0) && wordsIn(ch) === 0 && GROUP_NAME.test(ch.heading.text) && !METHOD_NAME.test(x[0].heading.text)
      ) return x;
      if (regrouped.has(ch)) return x;
      // A heading over one story told under a sub-heading of its own, with labelled parts, whose own words speak to the
      // reader rather than tell anything ("## Time management", then what employers look for and a list of questions,
      // then "### KPI Project" with Situation, Task...): the heading names a group, and the sub-heading titles the story.
      // (A sub-heading that names the method or the answer, "### STAR", "### Answer", leaves the title where it is.)
      // (Only the one sub-heading: "### Quick talking points" beside "### Long form" are two tellings of the heading's
      // answer; and not when the words are only the question it answers, "**Question:** Tell me about...".)
      if (x.length === 1 && x[0] !== ch && x[0].heading && x[0].heading.depth <= 6 && ch.direct === 0 && ch.heading && kidsOf(ch).length === 1 && x[0].parts.size >= 2 && !METHOD_NAME.test(x[0].heading.text) && !ANSWER_HEADING.test(x[0].heading.text)) {
        const own = source.slice(ch.heading.end, Math.max(ch.heading.end, ch.children.length > 0 ? ch.children[0].start : ch.end));
        const lines = own.split(/\r?\n/u).filter((l) => /[\p{L}\p{N}]/u.test(l));
        if (lines.length > 0 && !(lines.length === 1 && isQuestion(bareLine(lines[0]))) && (own.match(TELLER) ?? []).length === 0) return x;
      }
      return [ch];
    });
  };
  return [...heads(root)];
}

/** The sub-headings of one answer's fields (see readSection): short names, no question, one of them the answer, told. */
function fieldsOfOneAnswer(fields: readonly Section[], source: string): boolean {
  let answer: Section | undefined;
  for (const ch of fields) {
    const t = ch.heading!.text.trim();
    if (ch.heading!.depth > 6 || ch.total > 0 || ch.children.some((g) => g.heading) || isQuestion(t)) return false;
    if (!/[:：]$/u.test(t) && countWords(t) > 4) return false;
    if (ANSWER_HEADING.test(t) || namesLength(t)) {
      if (answer) return false;
      answer = ch;
    }
  }
  if (!answer || answer === fields[0]) return false;
  return countWords(source.slice(answer.heading!.end, Math.min(answer.end, answer.heading!.end + 3000))) >= 20;
}

/**
 * Stories told one after another with no title, separated by thematic breaks (`---`): each run of part markers
 * between two breaks that names two or more parts and starts over from an earlier part than the run before it is a
 * story of its own. Returns the runs (where each begins, and its first marker), or [] when the file is not laid out
 * that way.
 */
function breakGroups(c: Collected, source: string): { start: number; first: number }[] {
  if (c.breaks.length === 0 || c.markers.length < 4) return [];
  const order = (p: PartName): number => PART_ORDER.indexOf(p);
  const cuts = c.breaks.filter((b) => b.start > c.markers[0].start && b.start < c.markers[c.markers.length - 1].start);
  if (cuts.length === 0) return [];
  const groups: { start: number; first: number }[] = [];
  let from = 0;
  let prevLast: PartName | undefined;
  for (let i = 0; i <= cuts.length; i++) {
    const to = i < cuts.length ? cuts[i].start : source.length;
    const ms = startingIn(c.markers, from, to);
    if (ms.length === 0) {
      from = i < cuts.length ? cuts[i].end : to;
      continue;
    }
    if (new Set(ms.map((m) => m.part)).size < 2) return [];
    if (prevLast !== undefined && order(ms[0].part) > order(prevLast)) return [];
    groups.push({ start: from, first: ms[0].start });
    prevLast = ms[ms.length - 1].part;
    from = i < cuts.length ? cuts[i].end : to;
  }
  return groups;
}

function spansIn(spans: Span[], exclusions: Span[], start: number, end: number, source: string): ProseSegment[] {
  const out: ProseSegment[] = [];
  // First span ending after `start`.
  const lo = partitionPoint(spans.length, (i) => spans[i].end <= start);
  for (let i = lo; i < spans.length && spans[i].start < end; i++) {
    const span = { start: Math.max(start, spans[i].start), end: Math.min(end, spans[i].end) };
    // The span without the exclusions, in one pass over them (they are sorted by start): the pieces between them.
    // Exclusions never overlap each other much and are short: look back a little from the span's start.
    const pieces: Span[] = [];
    let from = span.start;
    for (let k = Math.max(0, firstAtOrAfter(exclusions, span.start) - 4); k < exclusions.length && exclusions[k].start < span.end; k++) {
      const x = exclusions[k];
      if (x.end <= from) continue;
      if (x.start > from) pieces.push({ start: from, end: x.start });
      from = x.end;
      if (from >= span.end) break;
    }
    if (from < span.end) pieces.push({ start: from, end: span.end });
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
  return partitionPoint(items.length, (i) => items[i].start < at);
}

/**
 * Spans in order of start, with the furthest end reached so far: which of them cover a place or start in a range,
 * each answered by a binary search (spans may overlap or nest).
 */
class SpanIndex {
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly reach: number[];
  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((x) => x.start);
    this.ends = sorted.map((x) => x.end);
    this.reach = [];
    let far = -Infinity;
    for (const e of this.ends) this.reach.push((far = Math.max(far, e)));
  }
  /** Some span has start <= at < end. */
  covers(at: number): boolean {
    const k = lowerBound(this.starts, at + 1) - 1;
    return k >= 0 && this.reach[k] > at;
  }
  /** Some span has start < at < end. */
  coversOpen(at: number): boolean {
    const k = lowerBound(this.starts, at) - 1;
    return k >= 0 && this.reach[k] > at;
  }
  /** How many spans start in [from, to). */
  countStartingIn(from: number, to: number): number {
    return to <= from ? 0 : Math.max(0, lowerBound(this.starts, to) - lowerBound(this.starts, from));
  }
  /** How many spans start in [from, to) and cover `at` (start <= at < end). */
  countCovering(at: number, from: number, to: number): number {
    let n = 0;
    for (let k = lowerBound(this.starts, Math.min(at + 1, to)) - 1; k >= 0 && this.starts[k] >= from; k--) if (this.ends[k] > at) n++;
    return n;
  }
}

/** Items (sorted by start) whose start lies in [start, end). */
/** Where the section of heading `i` ends: at the next heading of its level or above, else at `docEnd`. */
/**
 * A section under a heading that names the questions the candidate will ask the interviewer ("## Questions to ask
 * the interviewer", "### Questions for employer", "## 反问"), with at least one line in it that asks, is an answer of
 * its own (questions-to-ask) wherever it stands: at the end of a bank of answers, or of a list of the interview's
 * questions read as no answer. It was left out when its questions were read as the interview's own or as a note, or
 * ran on as the tail of the answer above it; it is given back, and an answer it ran on from ends at it (what ran on
 * after it, a closing note, is no answer; nor is a title left with no words of its own). Sub-headings that group the
 * questions by whom they are for ("### Recruiters", "### Managers") are the answers, one a group; sub-headings that are
 * themselves the questions ("##### 1. What is the culture like?") are items of the one answer.
 */
function questionsToAskSections(headings: HeadingInfo[], ranges: { start: number; end: number; heading?: HeadingInfo }[], text: string): void {
  const asks = (from: number, to: number): boolean => text.slice(from, to).split(/\r?\n/u).some((l) => /[\p{L}\p{N}]/u.test(l) && /[?？][\s*_)"”’]*$/u.test(l.trim()));
  const sections: { heading: HeadingInfo; end: number }[] = [];
  // (the least depth of the headings before the one read, kept as the loop goes: no pass over them for each heading)
  let shallowest = Infinity;
  let seen = 0;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (h.depth > 6 || h.label || !namesQuestionsToAsk(h.text)) continue;
    for (; seen < i; seen++) shallowest = Math.min(shallowest, headings[seen].depth);
    const end = sectionEnd(headings, i, text.length);
    const inner: HeadingInfo[] = [];
    for (let j = i + 1; j < headings.length && headings[j].start < end; j++) if (headings[j].depth <= 6) inner.push(headings[j]);
    let top = Infinity;
    for (const x of inner) top = Math.min(top, x.depth);
    const groups = inner.filter((x) => x.depth === top);
    // (under the file's title; a heading that is the file's own title, "# Questions to ask interviewers" over "## The
    // role", "## The company", holds one answer whatever groups it has)
    const titled = shallowest < h.depth;
    if (inner.length === 0 || !titled || groups.some((x) => isQuestion(x.text))) {
      if (asks(h.end, end)) sections.push({ heading: h, end });
    } else if (inner.length === groups.length && text.slice(h.end, groups[0].start).trim() === '') {
      groups.forEach((g, k) => {
        const gEnd = k + 1 < groups.length ? groups[k + 1].start : end;
        if (asks(g.end, gEnd)) sections.push({ heading: g, end: gEnd });
      });
    }
    while (i + 1 < headings.length && headings[i + 1].start < end) i++;
  }
  if (sections.length === 0) return;
  // The ranges are in order and apart (each ends at or before the next one's start: see buildFile), so they are
  // searched by halving and their headings counted in a map (a bank of thousands of such sections scanned every range
  // for each one, n²). The splices below keep them in order and apart.
  const headed = new Map<HeadingInfo, number>();
  const countHeading = (r: { heading?: HeadingInfo }, by: number): void => {
    if (r.heading) headed.set(r.heading, (headed.get(r.heading) ?? 0) + by);
  };
  for (const r of ranges) countHeading(r, 1);
  /** The first range whose start is after `at` (`strict`) or at or after it. */
  const firstFrom = (at: number, strict: boolean): number =>
    partitionPoint(ranges.length, (i) => ranges[i].start < at || (strict && ranges[i].start === at));
  for (const { heading: h, end } of sections) {
    const from = firstFrom(h.start, false);
    if ((headed.get(h) ?? 0) > 0 || (from < ranges.length && ranges[from].start < end)) continue;
    // (apart, only the last range that starts before the heading can run over it)
    const k = from > 0 && ranges[from - 1].end > h.start ? from - 1 : -1;
    if (k >= 0) {
      const outer = ranges[k];
      ranges.splice(k + 1, 0, { start: h.start, end: Math.min(end, outer.end), heading: h });
      countHeading(ranges[k + 1], 1);
      outer.end = h.start;
      // (a title over nothing but the heading that names the questions, "# Behavioral" over "## Questions to Ask" over
      // its groups, is left with no answer)
      const own = text.slice(outer.heading && outer.heading.start >= outer.start ? outer.heading.end : outer.start, outer.end);
      if (!own.split(/\r?\n/u).some((l) => /[\p{L}\p{N}]/u.test(l) && !(/^[ \t]{0,3}#{1,6}[ \t]/u.test(l) && namesQuestionsToAsk(l)))) {
        countHeading(outer, -1);
        ranges.splice(k, 1);
      }
      continue;
    }
    const at = firstFrom(h.start, true);
    ranges.splice(at, 0, { start: h.start, end, heading: h });
    countHeading(ranges[at], 1);
  }
}

function sectionEnd(headings: HeadingInfo[], i: number, docEnd: number): number {
  for (let j = i + 1; j < headings.length; j++) if (headings[j].depth <= headings[i].depth) return headings[j].start;
  return docEnd;
}

/** True when [a, b) overlaps one of `spans` (sorted by start). */
function overlapsSpan(spans: Span[], a: number, b: number): boolean {
  const k = firstAtOrAfter(spans, a);
  return (k > 0 && spans[k - 1].end > a) || (k < spans.length && spans[k].start < b);
}

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

function deriveThemes(fm: FrontMatter | undefined, questions: QuestionRef[], config: Config): ThemeId[] {
  const explicit = asList(fm?.data.themes);
  if (explicit.length > 0) {
    const out: ThemeId[] = [];
    for (const t of explicit) if (isThemeId(t) && !out.includes(t)) out.push(t);
    return out;
  }
  return themesForQuestions(questions.map((q) => q.id), questionCatalog(config));
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
  let asked: ReadonlySet<number> | undefined;
  try {
    const prepared = sanitizeForParse(blankMdx(text.slice(base)));
    const folded = unfoldAdmonitions(prepared);
    tree = parseInChunks(folded ? folded.text : prepared, (piece) => parseWithPlainBlocks(piece, (run) => processor.parse(run)));
    if (folded) {
      remapTree(tree, folded);
      asked = folded.asked;
    }
  } catch {
    tree = undefined;
  }
  if (!tree) return flatParse(text, path, config, lines, base);
  try {
    return buildFile(tree, text, path, config, lines, base, asked);
  } catch {
    return flatParse(text, path, config, lines, base);
  }
}

function buildFile(tree: Root, text: string, path: string, config: Config, lines: LineIndex, base: number, asked?: ReadonlySet<number>): ParsedFile {
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
  if (asked) for (const h of c.headings) if (asked.has(h.start - base)) h.asked = true;
  c.markers.sort((a, b) => a.start - b.start);
  const wpm = config.wordsPerMinute;
  dropKindFields(c, text);
  decoratedLabels(c, text);
  keepCorroborated(c, text);
  headingsByPlace(c, text);
  inferByPosition(c, text);
  dropLegends(c, text);
  dropStrays(c);
  trailerMaterial(c);
  dropExplainers(c, text);
  const promptItems = promptItemsOf(c, text);
  qaAnswers(c, text);
  headerContexts(c, text);
  containerTrailers(c, text.length);

  // A heading read as a part label with words around it ("## Biggest challenge at BDO") over a run of labelled parts
  // of its own that starts at an earlier part (Situation, Task...) titles that story: it is no part.
  for (let i = 0; i < c.headings.length; i++) {
    const h = c.headings[i];
    if (!h.label || h.label.letter || normalizeLabel(h.text) === normalizeLabel(h.label.part)) continue;
    // One of a run of part headings: the two headings before it at its level or above are of its level and label
    // earlier parts in order ("### Situation", "### Task" before "### Action"). It is the next part of that answer,
    // whatever labels its own text holds (a numbered list of steps, "**Identified the problem**", read as parts).
    if (inPartRun(c.headings, i)) continue;
    const end = sectionEnd(c.headings, i, text.length);
    const own = startingIn(c.markers, h.end, end);
    if (own.length >= 2 && new Set(own.map((m) => m.part)).size >= 2 && PART_ORDER.indexOf(own[0].part) < PART_ORDER.indexOf(h.label.part)) {
      h.label = undefined;
      h.trailer = false;
    }
  }

  // Part labels come as a set: a story marks two or more of its parts. A heading of the file's top level that reads
  // as a part label when no other heading of that level does, among three or more that name other things ("#
  // Motivation" among "# Selbstvorstellung", "# Beruf/Arbeit", "# Erfolge"), is one more section of the file, not a
  // part of a story that would swallow all the others.
  const top = Math.min(...c.headings.filter((h) => !h.row && !h.bank).map((h) => h.depth));
  const tops = c.headings.filter((h) => h.depth === top && !h.row && !h.bank);
  const topLabels = tops.filter((h) => h.label && !h.trailer);
  if (topLabels.length === 1 && tops.filter((h) => !h.label && !h.trailer).length >= 3 && !topLabels[0].label!.letter) topLabels[0].label = undefined;

  // The title heading: a heading that is neither a part label nor a trailer, before the first part marker;
  // the first level-1 one if there is one, else the first.
  let firstMarker = Infinity;
  for (const m of c.markers) firstMarker = Math.min(firstMarker, m.start);
  for (const h of c.headings) if (h.label) firstMarker = Math.min(firstMarker, h.start);
  const candidates = c.headings.filter((h) => !h.label && !h.trailer && h.start < firstMarker);
  let titleHeading = candidates.find((h) => h.depth === 1) ?? candidates[0];
  // "# General questions" over a single "## Walk me through your resume": the question titles the story.
  if (titleHeading && COLLECTION.test(titleHeading.text)) {
    const under = candidates.filter((h) => h.depth > titleHeading!.depth);
    if (under.length === 1 && isQuestion(under[0].text) && c.headings.filter((h) => !h.label && !h.trailer && h.depth > titleHeading!.depth).length === 1) titleHeading = under[0];
  }
  for (const h of c.headings) {
    if (h === titleHeading || !h.label) continue;
    c.markers.push({
      part: h.label.part, label: cleanLabel(h.weak ? h.text.split(/\s*[:—–]\s*|\s+-\s+/u)[0] : h.text), kind: 'heading', depth: h.depth,
      start: h.start, end: h.end, strength: 4, letter: h.label.letter, lineEnd: h.end,
    });
  }
  c.markers.sort((a, b) => a.start - b.start);
  // Nothing under a trailer heading ("## Follow-up questions", "### Summary") is a part of the story.
  const zones: Span[] = [];
  for (let i = 0; i < c.headings.length; i++) {
    const h = c.headings[i];
    if (!h.trailer) continue;
    const end = sectionEnd(c.headings, i, text.length);
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


  pairedAnswerHeadings(c, text);
  foldedHeadings(c, text);
  bankTitles(c, text);
  followUpQuestions(c, text);
  const askLists = askListItems(c, text);
  const notes = new Set<Marker>();
  let heads = storyHeads(c.headings, c.markers, titleHeading, text.length, text, notes);
  // No bank found by headings, titles or breaks: look for any repeating unit (./segment.ts).
  if (breakGroups(c, text).length < 2 && (heads.length < 2 ? segmentBank(c, text, bodyStart, askLists) : segmentBank(c, text, bodyStart, askLists, heads))) {
    notes.clear();
    heads = storyHeads(c.headings, c.markers, titleHeading, text.length, text, notes);
  }
  if (askItemsInside(c, text, heads)) {
    notes.clear();
    heads = storyHeads(c.headings, c.markers, titleHeading, text.length, text, notes);
  }
  if (notes.size > 0) c.markers = c.markers.filter((m) => !notes.has(m));
  if (c.explainers.length > 0 && heads.length >= 2) {
    // A section that only explains the method ("## What is STAR?") is not a story of the bank.
    heads = heads.filter((h, i) => {
      const end = i + 1 < heads.length ? heads[i + 1].start : text.length;
      return !(c.explainers.some((x) => x >= h.start && x < end) && startingIn(c.markers, h.start, end).length === 0);
    });
  }
  const stories: Story[] = [];
  /** How many of the stories built have nothing said under their title: no word, no part, no slot or blank item. */
  let unsaid = 0;
  const fmQuestions = frontMatterQuestions(frontMatter);
  const fmTitle = scalarString(frontMatter?.data.title)?.trim();
  const fmTitleEntry = frontMatter?.entries.find((e) => e.key === 'title');

  // The answers' ranges are in order and apart (each ends at or before the next one's start): built here from the
  // title headings in document order, and every later step (the filters, questionsToAskSections' splices) keeps them
  // so. test/unit/parse-ranges.test.ts holds the segmenter to it.
  heads.sort((a, b) => a.start - b.start);
  const ranges: { start: number; end: number; heading?: HeadingInfo }[] = [];
  // One table row that tells a story: the row is the story, its first cell the title.
  if (heads.length === 1 && heads[0].heading?.row === true && !fmTitle) ranges.push({ start: heads[0].start, end: text.length, heading: heads[0].heading });
  else if (heads.length >= 2) {
    for (let i = 0; i < heads.length; i++) {
      const end = i + 1 < heads.length ? heads[i + 1].start : Math.max(heads[i].end, heads[i].start);
      ranges.push({ start: heads[i].start, end: Math.min(end, text.length), heading: heads[i].heading });
    }
  } else {
    const groups = breakGroups(c, text);
    if (groups.length >= 2) {
      const base = fmTitle || titleHeading?.text || fileTitle(path);
      groups.forEach((g, i) => {
        const end = i + 1 < groups.length ? groups[i + 1].start : text.length;
        if (i === 0) ranges.push({ start: bodyStart, end, heading: titleHeading });
        else ranges.push({ start: g.start, end, heading: { start: g.first, end: lineEndOf(text, g.first), depth: 7, text: `${base} (story ${i + 1})`, trailer: false } });
      });
    } else ranges.push({ start: bodyStart, end: text.length, heading: titleHeading });
  }
  askingHeadingsOverLines(ranges, c.headings, text);

  // Titles with nothing at all under any of them (a list of questions written as headings) hold no answer, not a
  // bank of empty answers; an empty list item left under a title ("- ") is a blank for its answer, so a bank.
  if (ranges.length >= 3 && c.markers.length === 0) {
    const empty = ranges.every((r) => r.heading !== undefined && !/[\p{L}\p{N}]/u.test(text.slice(r.heading.end, r.end)) && !/^[ \t>]*[-*+•][ \t]*$/mu.test(text.slice(r.heading.end, r.end)));
    // (and a file that answers none of its questions holds no answer: round 19 lead decision on empty question headings)
    if (empty) ranges.length = 0;
  }
  // One answer in the file, under the file's name ("# Behavioural", "# Sample" over "## General BQs") that has no words
  // of its own: the interviewer's question or topic right over the answer ("### Introduce yourself") titles it.
  if (ranges.length === 1 && titleHeading && ranges[0].heading === titleHeading && !fmTitle) {
    const lone = loneAnswerTitle(c.headings, titleHeading, text);
    if (lone) ranges[0] = { ...ranges[0], heading: lone };
  }
  /** The part markers of a range, without the letter labels that answer a "Q:" line ("A:"); worked out once per range. */
  const markersOf = new Map<{ start: number; end: number }, Marker[]>();
  const rangeMarkers = (r: { start: number; end: number }): Marker[] => {
    let found = markersOf.get(r);
    if (!found) {
      const all = startingIn(c.markers, r.start, r.end);
      const firstQ = c.qLines.find((q) => q >= r.start && q < r.end);
      if (firstQ === undefined) found = all;
      else {
        // Letters of two or more parts after the question ("**Q:** Tell me about...", then S:, T:, A:, R:) are the
        // answer's parts; an exchange of questions and answers has only "A:" after its "Q:".
        const after = all.filter((m) => m.letter && m.kind !== 'heading' && m.start > firstQ);
        found = new Set(after.map((m) => m.part)).size >= 2 ? all : all.filter((m) => !after.includes(m));
      }
      markersOf.set(r, found);
    }
    return found;
  };
  // With no parts, a block quote is more often the question or a quotation than the answer: not speech (an answer
  // given as a block quote under its question counts).
  const looseQuotes = c.quotes.filter((q) => !q.answer);
  const unmarkedExclusions = looseQuotes.length > 0 ? [...c.exclusions, ...looseQuotes].sort((a, b) => a.start - b.start) : c.exclusions;
  // Questions the candidate will put to the interviewer, written as headings ("### What will I work on first?",
  // "### How does the team plan its work?"), are the items of one list, not answers of their own: a unit titled by
  // such a question (./segment.ts asksTheCompany), with no part and no one speaking in it (a note on why to ask it
  // is not an answer; an answer speaks in the first person), joins the unit before it when that unit is such a question too or names the list ("Questions
  // for the employer"), or when the unit after it is such a question (a run of them).
  const lists = ranges.length > 1 ? questionItemsJoined(ranges, text, (r) => rangeMarkers(r).some((m) => m.strength > 0) || (spansIn(c.spans, unmarkedExclusions, r.start, r.end, text).map((p) => p.text).join('\n').match(FIRST_PERSON_ALL) ?? []).length >= 3) : new Set<object>();
  const multi = ranges.length > 1;
  // A lone unit made of three or more headings with next to nothing said under them (two words a heading at most: a
  // link, a word of a note) is a list of questions or topics written as headings, which the file answers none of, not
  // one answer (round 19 lead decision on empty question headings, for the lists read as one unit): no slot or
  // blank item left to fill, no field for the answer.
  const headingsOnly = (r: { start: number; end: number }): boolean => {
    const hs = c.headings.filter((h) => h.start >= r.start && h.start < r.end && h.depth <= 6 && !h.label && h.text !== '').length;
    if (hs < 3) return false;
    const body = text.slice(r.start, r.end);
    if (slotToFill(body) || answerLeftEmpty(body) || /^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]*$/mu.test(body)) return false;
    return countSegmentWords(spansIn(c.spans, unmarkedExclusions, r.start, r.end, text)) <= 2 * hs;
  };
  // In a bank, a unit with no parts that holds advice to the reader or a stray note is no answer (./segment.ts
  // notAnAnswer): decided from its speech before any story is built, and only while some unit of the bank is one.
  // A unit that holds only advice to the reader (imperatives, "you should", infinitive instructions, notes about "the
  // candidate"), with no one's account in it, is no answer either, bank or not, parts or not: a guide, a method
  // explained, guidance under each question (./segment.ts adviceOnly, read from its raw body, code blocks too).
  // (and one read through the tagger: instructions to the reader, in the imperative or to "you", and no one telling
  // anything, ./segment.ts instructsReader; and one the writer files under guidance, "Tip:", "回答提示：", "What HR
  // looks for", with no one speaking in it, ./segment.ts guidanceOnly)
  const advice = ranges.map((r) => {
    const own = text.slice(r.heading && r.heading.start >= r.start ? r.heading.end : r.start, r.end);
    return adviceOnly(own, ranges.length > 1, r.heading?.text) || (!rangeMarkers(r).some((m) => m.strength > 0) && (instructsReader(own, r.heading?.text ?? '') || guidanceOnly(own, r.heading?.text ?? '')));
  });
  if (multi) {
    // A section that only lists links ("## Related documents") is where to read on, not an answer.
    // (A unit that ends with a field for its answer left empty, "*Your answer:*", is an answer still to write, whatever
    // guidance to the reader is above it.)
    // (A few words under a title of a list of principles, "## Think Big" among principle names, are a short answer.)
    const prompts = promptList(ranges.filter((r) => r.heading && r.heading.depth <= 6).map((r) => r.heading!.text));
    // (A slot to fill, "<Write a STAR story about a conflict>", is an answer not yet written, not a stray note; so is a
    // title that asks or names a topic with nothing under it, "## Biggest failure" then the next title.)
    // (where the file's text begins: a heading there is its title, not an answer left to write)
    const firstText = bodyStart + Math.max(0, text.slice(bodyStart).search(/\S/u));
    const body = (r: { start: number; end: number; heading?: HeadingInfo }): string => text.slice(r.heading && r.heading.start >= r.start ? r.heading.end : r.start, r.end);
    // (A title the bank's reader found replied to, "## Biggest mistake" over one line of notes among questions answered
    // as tersely, is a short answer of the bank, not a stray note: when the reply is prose, not only a code block.)
    // (A title that asks, replied to in the speaker's words inside a fenced block, "### Example question: ..." over
    // "```" and "S: At 2 AM our service failed... I was on call...", is answered: the fence wraps the reply, which is
    // not read as prose, but it is a reply all the same.)
    const repliedNot = (said: string, h: HeadingInfo, r: { start: number; end: number }): boolean =>
      notAnAnswer(said, h.text, prompts || (h.replied === true && /[\p{L}\p{N}]/u.test(said))) && !((isQuestion(h.text) || interviewAsk(h.text)) && fencedReply(text.slice(h.end, r.end)));
    // (A list that questions were joined into is an answer: the questions are its items, whatever few words are under them.)
    const none = ranges.map((r, i) => !lists.has(r) && !answerLeftEmpty(body(r)) && (advice[i] || referencesOnly(body(r)) || (r.heading !== undefined && !rangeMarkers(r).some((m) => m.strength > 0) && !slotToFill(body(r)) && !(r.heading.depth <= 6 && r.heading.start > firstText && leftToWrite(r.heading.text, body(r), r.heading.depth)) && repliedNot(spansIn(c.spans, unmarkedExclusions, r.start, r.end, text).map((p) => p.text).join(' '), r.heading, r))));
    // A section of a bank with no part, under a title that asks nothing, that talks about answering and in which
    // nobody speaks outside its quoted samples (./segment.ts sectionAboutAnswering) is no answer either: a method
    // explained, tips, logistics.
    const about = ranges.map((r, i) => !none[i] && !lists.has(r) && fmQuestions.length === 0 && r.heading !== undefined && !rangeMarkers(r).some((m) => m.strength > 0) && sectionAboutAnswering(body(r), r.heading.text));
    for (let i = 0; i < none.length; i++) if (about[i]) none[i] = true;
    // A unit of a bank with no part whose body is a few fragments under an instruction to the reader ("Pick 2–3
    // strengths:" over "- Problem solving", "- Ownership mindset") is advice on what to say, not the answer
    // (./segment.ts instructedFragments).
    const fragments = ranges.map((r, i) => !none[i] && !lists.has(r) && !rangeMarkers(r).some((m) => m.strength > 0) && instructedFragments(body(r)));
    // (only two or more, in a bank where no one speaks in any unit: a guide that coaches each question so; in a bank of
    // answers told in the first person, such a unit is as often the writer's own outline of what to say)
    if (fragments.filter(Boolean).length >= 2 && !ranges.some((r) => tellerSpeaks(body(r)))) for (let i = 0; i < none.length; i++) if (fragments[i]) none[i] = true;
    // A unit of a bank whose body is a list of the interview's own questions and nothing else (its raw lines, quotes
    // and code too, most of them list items), with no part and no one speaking (./segment.ts interviewQuestionsOnly,
    // read for a lone unit below), is a list of questions the candidate will be asked, not an answer: under a title that
    // does not ask itself (a group's name, "### Teamwork"; under a question, the list is its follow-ups), and unless
    // the title or the heading it sits under names the list as questions to ask ("Questions to ask them" over "### Team").
    const askedOnly = ranges.map((r, i) => !none[i] && !lists.has(r) && fmQuestions.length === 0 && !rangeMarkers(r).some((m) => m.strength > 0) && !(r.heading !== undefined && (isQuestion(r.heading.text) || interviewAsk(r.heading.text))) && listOfItems(body(r)) && interviewQuestionsOnly(body(r).split(/\r?\n/u), r.heading?.text) && !namesQuestionsToAsk(parentHeading(c.headings, r.heading)?.text ?? ''));
    for (let i = 0; i < none.length; i++) if (askedOnly[i]) none[i] = true;
    // A unit under a question of knowledge ("What is DNS?", "Difference between an image and a container", "什么是闭包")
    // with no part is an explanation, not an answer of the interview (./segment.ts asksAboutConcept), in a file that
    // asks two or more (one alone among answers is as often about the company: "携程和美团的区别"): when nobody speaks
    // in it, or when the file asks three or more such questions (a technical section, where "In my project I used…"
    // illustrates the explanation).
    const concept = ranges.map((r) => !lists.has(r) && fmQuestions.length === 0 && r.heading !== undefined && !rangeMarkers(r).some((m) => m.strength > 0) && asksAboutConcept(r.heading.text));
    const concepts = concept.filter(Boolean).length;
    for (let i = 0; i < none.length; i++) if (concept[i] && concepts >= 2 && (concepts >= 3 || firstPersonWords(spansIn(c.spans, unmarkedExclusions, ranges[i].start, ranges[i].end, text).map((p) => p.text).join(' ')) === 0)) none[i] = true;
    // In a section of the file whose units mostly ask such questions (two or more), the others ask about the subject
    // too ("Can you explain the architecture of your project?", "How did you implement authentication?"): explanations,
    // unless one asks for an episode ("Tell me about a challenge you faced…") or has parts.
    if (concepts >= 2) for (const i of technicalSection(ranges, c.headings, concept)) if (!lists.has(ranges[i]) && !rangeMarkers(ranges[i]).some((m) => m.strength > 0) && !asksForEpisode(ranges[i].heading?.text ?? '')) none[i] = true;
    // When every unit is no answer and at least half hold advice or explanations, the file holds no story (a guide, notes).
    // A guide whose units are mostly advice (half or more, three units or more) writes its other units as it writes
    // those: a question with a note under it in which nobody speaks — no first person in any language, no part, no
    // slot left to fill, no list of questions to ask — is one more note, not an answer. The writer's own sections
    // tell how the file is meant: where most coach, a short one that coaches less plainly still coaches.
    if (ranges.length >= 3 && advice.filter(Boolean).length * 2 >= ranges.length) {
      ranges.forEach((r, i) => {
        if (none[i] || lists.has(r) || rangeMarkers(r).some((m) => m.strength > 0)) return;
        const b = body(r);
        if (answerLeftEmpty(b) || slotToFill(b)) return;
        if (r.heading !== undefined && namesQuestionsToAsk(r.heading.text)) return;
        const said = spansIn(c.spans, unmarkedExclusions, r.start, r.end, text).map((p) => p.text).join('\n');
        if (!tellerSpeaks(said)) none[i] = true;
      });
    }
    const drop = none.some(Boolean) && (!none.every(Boolean) || (advice.filter(Boolean).length + about.filter(Boolean).length + fragments.filter(Boolean).length + askedOnly.filter(Boolean).length + concept.filter((k, i) => k && none[i]).length) * 2 >= ranges.length);
    if (drop) ranges.splice(0, ranges.length, ...ranges.filter((_, i) => !none[i]));
    // A bank that answers none of its questions — every title kept has nothing said under it (no spoken word, no slot or
    // blank list item left for the answer, no part), whatever notes stood under the titles dropped — is a list of questions, not a
    // bank of answers left to write: it holds no answer (round 19 lead decision on empty question headings).
    // (A block quote under a title is a note beside the question, "> Ask whether they know our products", unless it
    // is in someone's voice — long, or in the first person: then it is the answer given as a quote.)
    // (Lines under a title that only ask more of the interview's questions, "~~8. Tell me about a conflict?~~", are the
    // list going on, not its answer.)
    const unsaid = (r: { start: number; end: number; heading?: HeadingInfo }): boolean => {
      const said = spansIn(c.spans, unmarkedExclusions, r.start, r.end, text);
      if (countSegmentWords(said) === 0) return true;
      const lines = said.flatMap((p) => p.text.split(/\r?\n/u)).map((l) => l.replace(/~~/gu, '').replace(/\s*\([^()]{0,4}\)\s*$/u, '').trim()).filter((l) => /\p{L}/u.test(l));
      // (a label of a group or a question wrapped onto a second line among many is no answer either: a fifth at most)
      // (questions the candidate will put to the interviewer are an answer: questions-to-ask)
      if (lines.length > 100 || (r.heading !== undefined && namesQuestionsToAsk(r.heading.text))) return false;
      const bad = lines.filter((l) => asksTheCompany(l) || namesQuestionsToAsk(l) || !(isQuestion(l) || promptsCandidate(l) || ASKING_END.test(l))).length;
      return bad === 0 || (lines.length >= 5 && bad * 5 <= lines.length);
    };
    // (In such a list, a title with a note to the reader under it, "Note: feel free to mention team size. Be honest.",
    // is one more question left unanswered, when most of the titles have nothing said under them: two in three, three
    // or more. The note is the writer's hint on how to answer (./segment.ts noteToReader), not the answer.)
    // (One pass that stops at the first title that is neither: the body of each is read once.)
    let blank = 0;
    let hinted = 0;
    const allOpen = ranges.length > 0 && ranges.every((r) => {
      if (r.heading === undefined || lists.has(r) || rangeMarkers(r).some((m) => m.strength > 0)) return false;
      const said = body(r);
      if (slotToFill(said) || /^[ \t>]*[-*+•][ \t]*$/mu.test(said) || holdsVoicedQuote(said) || fencedReply(said)) return false;
      if (unsaid(r)) blank++;
      else if (noteToReader(said)) hinted++;
      else return false;
      return true;
    });
    if (allOpen && (hinted === 0 || (blank >= 3 && blank * 3 >= ranges.length * 2))) ranges.length = 0;
  } else if (advice[0]) ranges.length = 0;
  // A file that only lists the interview's questions ("Tell me about a time you…", "What are your weaknesses?") with
  // no part and no one speaking holds no answer (./segment.ts interviewQuestionsOnly); a list of questions for the
  // interviewer is an answer (questions-to-ask).
  else if (ranges.length === 1 && rangeMarkers(ranges[0]).every((m) => m.strength === 0) && interviewQuestionsOnly(spansIn(c.spans, unmarkedExclusions, ranges[0].start, ranges[0].end, text).flatMap((p) => p.text.split(/\r?\n/u)), ranges[0].heading?.text)) ranges.length = 0;
  // A lone unit whose answer is in doubt (no front matter naming its questions or its title, no part marker) in which
  // no one speaks — nobody tells what they did or would do, in the first person or in the past — holds no answer: a
  // method described, advice, notes on a topic (./segment.ts nobodySpeaks). Better no answer than an invented one.
  else if (ranges.length === 1 && fmQuestions.length === 0 && !fmTitle && rangeMarkers(ranges[0]).every((m) => m.strength === 0)) {
    const r = ranges[0];
    const from = r.heading && r.heading.start >= r.start ? r.heading.end : r.start;
    // (with no heading, the question the answer opens with is its title: "What would you do if…?" over the reply)
    const title = r.heading?.text ?? openingQuestion(spansIn(c.spans, unmarkedExclusions, r.start, r.end, text))?.title ?? '';
    if (nobodySpeaks(text.slice(from, r.end), title) || headingsOnly(r)) ranges.length = 0;
  }
  // A lone unit with no part marked and no front matter naming its questions that coaches the reader throughout, its
  // writer's own words only as asides, holds no answer: a guide or a blog post of advice with the author's anecdotes,
  // titled or not (./segment.ts coachesReader).
  if (ranges.length === 1 && fmQuestions.length === 0 && rangeMarkers(ranges[0]).every((m) => m.strength === 0)) {
    const r = ranges[0];
    if (coachesReader(text.slice(r.heading && r.heading.start >= r.start ? r.heading.end : r.start, r.end), r.heading?.text ?? '')) ranges.length = 0;
  }
  questionsToAskSections(c.headings, ranges, text);
  // The last heading before a title heading that is above its level and no part label, trailer or empty heading: the
  // section the story sits under. Found in one sweep over the headings, as the title headings come in order (a
  // search from the first heading for each story was quadratic in a bank of thousands of titled answers).
  const lastAbove = new Map<number, number>(); // depth -> index in c.headings of the last such heading
  let swept = 0;
  const sectionOver = (h: HeadingInfo): HeadingInfo | undefined => {
    if (swept > 0 && c.headings[swept - 1].start >= h.start) {
      swept = 0;
      lastAbove.clear();
    }
    for (; swept < c.headings.length && c.headings[swept].start < h.start; swept++) {
      const o = c.headings[swept];
      if (!o.label && !o.trailer && o.text) lastAbove.set(o.depth, swept);
    }
    let best = -1;
    for (const [depth, k] of lastAbove) if (depth < h.depth && k > best) best = k;
    return best >= 0 ? c.headings[best] : undefined;
  };
  // Answers with no part marked whose sections or labels of no known part spell the parts by their places: read once
  // the answers are settled, so they mark the parts of an answer and never decide whether a unit is one.
  c.unknowns.sort((a, b) => a.start - b.start);
  const placed = ranges.flatMap((r) => partsByPlace(c, r, text, ranges.length === 1 && fmQuestions.length > 0));
  if (placed.length > 0) {
    c.markers.push(...placed);
    c.markers.sort((a, b) => a.start - b.start);
    markersOf.clear();
  }
  for (let index = 0; index < ranges.length; index++) {
    const r = ranges[index];
    let markers = rangeMarkers(r);
    if (promptItems.size > 0) markers = markers.filter((m) => !promptItems.has(m));
    // Markers of the strongest kind present lead (headings, then bold labels, plain labels, list items); weaker
    // ones only add parts the leaders lack, so "- Impact: 40%" under "## Result" stays prose.
    markers = dropContainers(markers, c.headings, text);
    markers = dropLoneLead(markers);
    const strongest = [4, 3, 2, 1].find((st) => markers.some((m) => m.strength === st));
    if (strongest !== undefined) {
      const led = new Set(markers.filter((m) => m.strength === strongest).map((m) => m.part));
      markers = markers.filter((m) => m.strength >= strongest || m.strength === 0 || !led.has(m.part));
      // A label inside a line starts a part only where the story has no marker for that part (the lesson at the
      // end of the result bullet), and only in a story whose parts are marked at line starts too.
      // A weaker label inside a stronger one's part that names an earlier part ("- **Diagnosed the real issue**:"
      // under "## Action") is a sub-point of that part, not a part of its own.
      let leader: Marker | undefined;
      markers = markers.filter((m) => {
        if (m.strength === 0) return true;
        if (leader && m.strength < leader.strength && PART_ORDER.indexOf(m.part) < PART_ORDER.indexOf(leader.part)) return false;
        if (!leader || m.strength >= leader.strength) leader = m;
        return true;
      });
      const present = new Set(markers.filter((m) => m.strength > 0).map((m) => m.part));
      markers = markers.filter((m) => m.strength > 0 || (!present.has(m.part) && (present.add(m.part), true)));
    } else {
      // No part marked at a line start: labels inside lines mark the story only when they name three or more parts
      // ("… a timetable tool. Situation: 40 teachers … Task: get … Action: I read …"), as a weak form does.
      const present = new Set<PartName>();
      markers = markers.filter((m) => m.strength === 0 && !present.has(m.part) && (present.add(m.part), true));
      if (present.size < 3) markers = [];
    }
    // A story has a handful of parts (12 at most in every story we have); thousands of part labels are a list or a
    // generated file, not a story. Past MAX_PARTS the rest of the story is read as the last part, so the rules that
    // look at every part stay bounded on such files and the words still count.
    const capped = markers.length > MAX_PARTS;
    if (capped) markers = markers.slice(0, MAX_PARTS);
    const parts: Part[] = [];
    for (let i = 0; i < markers.length; i++) {
      const m = markers[i];
      let end = i + 1 < markers.length ? markers[i + 1].start : r.end;
      for (let k = capped && i === markers.length - 1 ? c.headings.length : firstAtOrAfter(c.headings, m.start + 1); k < c.headings.length && c.headings[k].start < end; k++) {
        const h = c.headings[k];
        if (m.kind !== 'heading' || m.depth === undefined || h.depth <= m.depth || h.trailer) {
          end = h.start;
          break;
        }
      }
      const b = capped && i === markers.length - 1 ? undefined : c.boundaries[firstAtOrAfter(c.boundaries, m.start + 1)];
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
    // Labels of several parts on one line with words under one of them at most are a STAR table's header row whose
    // cells could not be lined up under it (a table nested in a list item): a guess at parts, not a reading of them.
    // The answer is read as unmarked rather than as parts left empty.
    if (parts.length >= 2 && parts.every((p) => p.marker.start.line === parts[0].marker.start.line) && parts.filter((p) => p.wordCount > 0).length <= 1) parts.length = 0;
    // Parts whose words define the parts ("- Situation: set the scene", "- Task: what you had to achieve", "- Result:
    // results of the actions taken") are a legend of the answer's structure in a guide or notes, not an answer
    // (./segment.ts partsDefined); a file whose front matter names its questions or title is an answer whatever it holds.
    if (parts.length >= 3 && fmQuestions.length === 0 && !fmTitle && partsDefined(parts.map((p) => text.slice(p.marker.end.offset, p.range.end.offset)), r.heading?.text ?? '')) continue;
    let prose: ProseSegment[];
    if (parts.length > 0) {
      prose = parts.flatMap((p) => p.prose);
      const lead = leadProse(c, r, markers[0].start, text);
      if (lead.length > 0) prose = [...lead, ...prose];
    }
    else {
      prose = spansIn(c.spans, unmarkedExclusions, r.start, r.end, text);
      // An answer that is nothing but block quotes ("## Long monologue" over "> I'm a senior engineer…" in eight
      // paragraphs) is said as the quotes: with no other word of its own, a quote told in the first person is the
      // candidate's answer, not someone else's words.
      if (looseQuotes.length > 0 && countSegmentWords(prose) === 0) {
        const quoted = spansIn(c.spans, c.exclusions, r.start, r.end, text);
        if (countSegmentWords(quoted) >= 30 && firstPersonWords(quoted.map((q) => q.text).join(' ')) >= 3) prose = quoted;
      }
      // Material under a trailer heading ("# Keywords" over a list, "## Notes", "# Question" restating what is
      // asked above "# Answer") is not speech in an unmarked answer either, unless it is all the answer has.
      const around = zones.filter((z) => z.end > r.start && z.start < r.end);
      if (around.length > 0) {
        const without = spansIn(c.spans, [...unmarkedExclusions, ...around].sort((a, b) => a.start - b.start), r.start, r.end, text);
        if (countSegmentWords(without) > 0) prose = without;
      }
    }
    // An unmarked answer with no title of its own that opens with the question it answers: that line is its title,
    // not speech (./opening.ts).
    const opening = parts.length === 0 && !r.heading && !fmTitle ? openingQuestion(prose) : undefined;
    if (opening) prose = opening.rest;
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
    } else if (opening) {
      title = opening.title;
      titleRange = lines.range(opening.start, opening.end);
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
      index: stories.length,
      title,
      titleRange,
      range: lines.range(r.start, Math.max(r.start, trimEnd(text, r.start, r.end))),
      questions,
      themes: deriveThemes(frontMatter, questions, config),
      companies: asList(data.companies).map((x) => scalarString(x)).filter((x): x is string => x !== undefined),
      parts,
      prose,
      wordCount: words,
      spokenSeconds: spokenSeconds(words, wpm),
    };
    // The heading a story's title heading sits under ("# Tell me about yourself" over "## 30-second version"): what a
    // group of answers is about.
    if (multi && r.heading && r.heading.depth <= 6) {
      const section = sectionOver(r.heading);
      if (section) story.section = section.text;
    }
    const project = scalarString(data.project);
    if (project !== undefined) story.project = project;
    const role = scalarString(data.role);
    if (role !== undefined) story.role = role;
    const lp = isoDate(data['last-practiced'] ?? data.lastPracticed ?? data.last_practiced);
    if (lp !== undefined) story.lastPracticed = lp;
    stories.push(story);
    if (multi && words === 0 && parts.length === 0 && r.heading !== undefined && !lists.has(r)) {
      const under = text.slice(r.heading.start >= r.start ? r.heading.end : r.start, r.end);
      if (!slotToFill(under) && !/^[ \t>]*[-*+•][ \t]*$/mu.test(under) && !fencedReply(under)) unsaid++;
    }
  }
  // The same once the units are built: when the only units with words were legends of the method or other material
  // dropped on the way ("### STAR Technique" over its definitions, then empty principle headings), no question of the
  // bank is answered, and it holds no answer.
  if (multi && stories.length > 0 && unsaid === stories.length) stories.length = 0;
  // A second opinion on the answers the hand reader is least sure of (no part marked, no question declared): the
  // learned answer reader (./answer-reader.ts) drops those it reads, with confidence, as no answer. Questions named in
  // front matter declare the file an answer; a title alone does not: blog and wiki pages carry one ("title: How to
  // prepare for a behavioral interview"), and a guide under it is judged like any other (round 42).
  const read = fmQuestions.length > 0 ? stories : keepAnswers(stories, text);

  const suppressions: Suppression[] = c.suppressions
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ kind: s.kind, rules: s.rules, range: lines.range(s.start, s.end) }));
  return { path, text, ...(frontMatter ? { frontMatter } : {}), stories: read, suppressions };
}

/**
 * A question and its answer under two sibling headings: a heading with only the question under it ("## Question 2"
 * over "> Tell me about a challenge you faced."), then a heading of
 * the same level that names the answer and no more ("## Answer 2", "## Sample answer"). They are one answer, titled by
 * the first: the second heading is that answer's field, not a title of its own, and is dropped; the first is asked
 * (the question under it is what it titles, "## Question 2" or "## Introduction" over "> Tell me about yourself."),
 * and a first heading that asks nothing itself takes that question for its text.
 */
function pairedAnswerHeadings(c: Collected, source: string): void {
  const drop = new Set<HeadingInfo>();
  for (let i = 0; i + 1 < c.headings.length; i++) {
    const q = c.headings[i];
    const a = c.headings[i + 1];
    // (A bare field name, "### Q" or "## Question" over "## STAR Answer", is one field of the answer its parent heading
    // titles: storyHeads reads those fields.)
    if (q.label || a.label || q.depth > 6 || a.depth !== q.depth || drop.has(q) || QUESTION_FIELD_HEADING.test(q.text)) continue;
    const name = a.text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    // (Not when the first names an answer too: "## 15-second version" and "## 2-3 minutes" are two tellings.)
    if (!ANSWER_HEADING.test(a.text) || ANSWER_HEADING.test(q.text) || isQuestion(a.text) || countWords(name) > 4) continue;
    // (What stands between them only asks: the question on a line of its own. A heading that asks with nothing under
    // it, over "### Weak answer" and "### Strong answer", is over tellings that are answers of their own.)
    const between = source.slice(q.end, a.start).replace(/^[ \t]*>[ \t]?/gmu, '').trim();
    const lines = between.split(/\n/u).map((l) => bareLine(l).replace(/^(?:question|q)\s*[:：]\s*/iu, '').trim()).filter(Boolean);
    const asksOnly = lines.length === 1 && (isQuestion(lines[0]) || asksCandidate(lines[0]));
    // (Its "me" is the interviewer's: a line that asks holds no words of the teller's.)
    if (!asksOnly) continue;
    drop.add(a);
    q.trailer = false;
    q.asked = true;
    if (!isQuestion(q.text) && !interviewAsk(q.text)) q.text = lines[0];
  }
  if (drop.size > 0) {
    c.headings = c.headings.filter((h) => !drop.has(h));
    c.answerFields = new Set([...drop].map((h) => h.start));
  }
}

/**
 * A heading that asks ("### 5. Tell me about a time you failed") over nothing but one answer whose title is a line of
 * its own ("**STAR outline**", "**My answer - the billing rewrite**"), a line that asks nothing: the heading is the
 * answer's title, the line under it the writer's name for how it is told. The answer then begins at the heading (its
 * range takes the heading from the answer before it). Read from the structure alone: the heading is no answer's title,
 * no word stands between the two, and no other answer begins in the heading's section. A line that asks under a
 * heading that names a topic ("## Ownership" over "1. Tell me about a time you owned a mistake") keeps its own title.
 */
function askingHeadingsOverLines(ranges: { start: number; end: number; heading?: HeadingInfo }[], headings: readonly HeadingInfo[], text: string): void {
  if (ranges.length < 2) return;
  const starts = new Set(ranges.map((r) => r.heading?.start));
  const asks = (t: string): boolean => isQuestion(t) || asksCandidate(t) || interviewAsk(cjkJoined(t));
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    const t = r.heading;
    if (!t || t.depth !== 7 || t.start !== r.start || asks(t.text)) continue;
    const k = partitionPoint(headings.length, (j) => headings[j].start < t.start) - 1;
    const h = k >= 0 ? headings[k] : undefined;
    if (!h || h.depth > 6 || h.label || h.trailer || starts.has(h.start) || h.end > t.start) continue;
    if (/[\p{L}\p{N}]/u.test(text.slice(h.end, t.start)) || !asks(h.text)) continue;
    if (i > 0 && ranges[i - 1].start >= h.start) continue;
    // (No other answer begins in the heading's section: its one answer is the line's. The ranges are in the order of
    // the text and none before this one starts after the heading, so the next range is the one to ask.)
    let n = k + 1;
    while (n < headings.length && headings[n].depth > h.depth) n++;
    const sectionEnd = n < headings.length ? headings[n].start : text.length;
    if (i + 1 < ranges.length && ranges[i + 1].start < sectionEnd) continue;
    if (i > 0) ranges[i - 1].end = Math.min(ranges[i - 1].end, h.start);
    ranges[i] = { ...r, start: h.start, heading: h };
  }
}

/**
 * The answer told before a story's first part marker ("### Your answer", four paragraphs, then "### Key lesson"):
 * a paragraph or more (30 words or more) in the first person, under the story's own title with no other heading
 * between. It is speech, though it is no part.
 */
function leadProse(c: Collected, r: { start: number; heading?: HeadingInfo }, first: number, text: string): ProseSegment[] {
  let from = r.heading ? r.heading.end : r.start;
  // It is what stands under the title, up to the first other heading; a heading that names the answer ("## Answer
  // (core, ~300 words)", "### Your answer:") is the title's own, and the answer is what it holds (not the header
  // fields above it). Under any other heading ("### Why it was significant", "### Why this answer works") are notes.
  let to = first;
  for (let k = firstAtOrAfter(c.headings, from); k < c.headings.length && c.headings[k].start < first; k++) {
    const h = c.headings[k];
    if (h.trailer || !ANSWER_HEADING.test(h.text)) {
      to = h.start;
      break;
    }
    from = h.end;
  }
  if (to - from < 150) return [];
  const segs = spansIn(c.spans, c.exclusions, from, to, text);
  // Questions (the ones the story answers, prompts) are not the answer.
  // It is told in sentences: neither a list of questions (the ones the story answers) nor short items (a table of
  // principles, a list of tags). Judged line by line as written: a sentence with a word in italics or code is
  // several pieces of prose ("it said *where* a mismatch was"), not several short items.
  const lines: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    const joined = i > 0 && !/[\r\n]/u.test(text.slice(segs[i - 1].start + segs[i - 1].text.length, segs[i].start));
    if (joined) lines[lines.length - 1] += ` ${segs[i].text}`;
    else lines.push(segs[i].text);
  }
  if (lines.filter((s) => /\?["'”’)\]*_]*\s*$/u.test(s) || countWords(s) < 5).length * 3 > lines.length) return [];
  if (countSegmentWords(segs) < 30) return [];
  return firstPersonWords(segs.map((s) => s.text).join(' ')) >= 3 ? segs : [];
}

/**
 * A heading that titles one answer of a collection: "Story 1 — …", "Example: …", "Scenario 2: …", or a short title in
 * Chinese, Japanese or Korean ("自己紹介", "项目经历").
 */
const ONE_ANSWER_TITLE = /^[^\p{L}]*(?:(?:star\s+)?(?:story|example|scenario|case)\s*#?\d{0,3}\s*[:—–-]|(?:star\s+)?(?:story|example|scenario|case)\s*#?\d{1,3}\b)|^[^\p{L}]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,12}[^\p{L}]*$/iu;

/**
 * The heading that titles a file's one answer when the file's title heading only names the file: the title asks
 * nothing and has no words of its own, the other headings (not part labels) come after it, each deeper than the one
 * before with nothing between them (three at most: "# Sample", "## General BQs", "### Self introduction"), and the last
 * is an interviewer's question to the candidate or an interview topic, names a principle, or names the list of
 * questions for the interviewer ("## Meine Fragen an das Team"). So is a heading that titles one answer of a
 * collection (ONE_ANSWER_TITLE: "## Example: Incident bridge", "## Story 1 — …", "### 自己紹介") under a title with a
 * short note of its own in which nobody speaks ("Document real scenarios…", a profile line). Else undefined.
 */
function loneAnswerTitle(headings: HeadingInfo[], title: HeadingInfo, source: string): HeadingInfo | undefined {
  if (asksForStory(title.text)) return undefined;
  const others = headings.filter((h) => h !== title && !h.label && !h.trailer);
  if (others.length === 0 || others.length > 3 || others[0].start < title.start) return undefined;
  let prev = title;
  /** The title has a note of its own before the heading under it: words about the file, in which nobody speaks. */
  let noted = false;
  // (A note set off in a block quote under a heading, "> **Format:** each answer is written as spoken", is about the
  // file, not the answer: no words of the heading's own.)
  for (const h of others) {
    if (h.depth <= prev.depth) return undefined;
    const between = source.slice(prev.end, h.start).replace(/^[ \t]{0,3}>.*$/gmu, '').replace(/<[^<>]{0,400}>/gu, ' ');
    if (/[\p{L}\p{N}]/u.test(between)) {
      // (Under the file's title only, a line or two that say what the file holds, "Each story here has a note on what
      // is easy to overclaim", "Document real scenarios that show leadership", a profile line, with no one speaking in
      // them: the heading under them titles the answer when it is the title of one answer of a collection.)
      if (prev !== title || countWords(between) > 40 || firstPersonWords(between) > 0 || speaksOtherLanguage(between)) return undefined;
      noted = true;
    }
    prev = h;
  }
  // (A list of questions for the interviewer named so, "## Questions for the hiring manager", is an answer too.)
  const text = cjkJoined(prev.text);
  if (interviewAsk(text) || namesPrinciple(text) || namesQuestionsToAsk(text)) return prev;
  return noted && ONE_ANSWER_TITLE.test(text) && !ANSWER_HEADING.test(text) ? prev : undefined;
}

/** Chinese or Japanese with a Latin word or a number set off by spaces ("自己 PR", "5 年后"): read with the spaces out, as the same words run together. */
function cjkJoined(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[ \t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \t]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, '');
}

/**
 * Joins the units titled by a candidate's question for the interviewer into the unit before them (see the call). `told`
 * says whether a unit holds an answer of its own (part markers, or someone speaking in the first person). Returns the
 * units that questions were joined into.
 */
function questionItemsJoined(ranges: { start: number; end: number; heading?: HeadingInfo }[], text: string, told: (r: { start: number; end: number }) => boolean): Set<object> {
  const item = ranges.map((r) => r.heading !== undefined && r.heading.depth <= 6 && asksTheCompany(r.heading.text));
  const lists = new Set<object>();
  const kept: { start: number; end: number; heading?: HeadingInfo }[] = [];
  let lastJoins = false;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    const prev = kept[kept.length - 1];
    const listBefore: boolean = prev !== undefined && (lastJoins || item[i - 1] || (prev.heading !== undefined && namesQuestionsToAsk(prev.heading.text)));
    // (A question left with nothing under it between two such questions is one of them, worded another way:
    // "Are people able to grow here? Any help with certifications?")
    const between: boolean = lastJoins && item[i + 1] === true && r.heading !== undefined && /[?？]\W*$/u.test(r.heading.text) && !/[\p{L}\p{N}]/u.test(text.slice(r.heading.end, r.end));
    const joins: boolean = prev !== undefined && (item[i] || between) && (listBefore || item[i + 1] === true) && !told(r);
    if (joins) {
      lists.delete(prev);
      kept[kept.length - 1] = { ...prev, end: r.end };
      lists.add(kept[kept.length - 1]);
    } else kept.push(r);
    lastJoins = joins;
  }
  if (kept.length < ranges.length) ranges.splice(0, ranges.length, ...kept);
  return lists;
}

/**
 * The units (indices into `ranges`) that sit in a section of the file, under the same heading above their titles, in
 * which two or more units, at least half of them, ask questions of knowledge (`concept`), those units aside. One sweep
 * over the headings, as ranges and headings come in order.
 */
function technicalSection(ranges: { start: number; heading?: HeadingInfo }[], headings: HeadingInfo[], concept: boolean[]): number[] {
  const sectionOf: number[] = [];
  const lastAt = new Map<number, number>(); // depth -> index in headings of the last heading of that depth
  const titles = new Set(ranges.map((r) => r.heading));
  let k = 0;
  for (const r of ranges) {
    const h = r.heading;
    if (!h) {
      sectionOf.push(-1);
      continue;
    }
    for (; k < headings.length && headings[k].start < h.start; k++) {
      const o = headings[k];
      if (titles.has(o) || o.label || o.trailer) continue;
      lastAt.set(o.depth, k);
      for (const d of [...lastAt.keys()]) if (d > o.depth) lastAt.delete(d);
    }
    let best = -1;
    for (const [d, at] of lastAt) if (d < h.depth && at > best) best = at;
    sectionOf.push(best);
  }
  const count = new Map<number, { all: number; concept: number }>();
  sectionOf.forEach((s, i) => {
    const n = count.get(s) ?? { all: 0, concept: 0 };
    n.all++;
    if (concept[i]) n.concept++;
    count.set(s, n);
  });
  const out: number[] = [];
  sectionOf.forEach((s, i) => {
    const n = count.get(s);
    if (!concept[i] && n && n.concept >= 2 && n.concept * 2 >= n.all) out.push(i);
  });
  return out;
}

/**
 * How a line that asks or requests ends in Korean, Japanese and Chinese ("…알려주세요.", "…있나요", "…ですか", "…吗"):
 * the interviewer's question or prompt, with no question mark needed.
 */
const ASKING_END = /(?:주세요|보세요|하세요|나요|가요|까요|니까|인가|인지|는지|ですか|ますか|ください|吗|嗎|呢)\s*[.。?？!！]?$/u;

/** List items (bullets, numbers) make three in five of a body's lines that hold a letter or more. */
function listOfItems(body: string): boolean {
  let items = 0;
  let total = 0;
  for (const l of body.split(/\r?\n/u)) {
    if (!/\p{L}/u.test(l)) continue;
    total++;
    if (LIST_ITEM_LINE.test(l)) items++;
  }
  return total > 0 && items * 5 >= total * 3;
}

/**
 * The heading a heading sits under (the nearest one before it of a lower level), looked for among the 64 headings
 * before it at most: a bounded walk, not a scan of the file per unit.
 */
function parentHeading(headings: readonly HeadingInfo[], h: HeadingInfo | undefined): HeadingInfo | undefined {
  if (h === undefined) return undefined;
  const at = headings.indexOf(h);
  for (let k = at - 1; k >= 0 && k >= at - 64; k--) if (headings[k].depth < h.depth) return headings[k];
  return undefined;
}

/** How many times the speaker says "I", "my", "we" or "our" in `text`. */
function firstPersonWords(text: string): number {
  return (text.match(/\b(?:I|I'm|I’m|I've|I’ve|my|we|our)\b/gu) ?? []).length;
}

/**
 * The first line of a story with no title: its first line that is not blank and not an HTML comment standing on
 * lines of its own (a `storybank-disable-next-line` comment put above the story is not where its findings go, or
 * the comment would be disabling the line after itself and never the finding).
 */
function firstLineRange(text: string, start: number, end: number, lines: LineIndex) {
  let s = start;
  for (;;) {
    while (s < end && /\s/.test(text[s])) s++;
    if (!text.startsWith('<!--', s)) break;
    // Searched within 4 KB of the comment's start (and of the story): linear however many stories start so.
    const close = text.slice(s + 4, Math.min(end, s + 4096)).indexOf('-->');
    if (close < 0) break;
    let after = s + 4 + close + 3;
    while (after < end && (text[after] === ' ' || text[after] === '\t')) after++;
    if (after >= end || (text[after] !== '\n' && text[after] !== '\r')) break;
    s = after;
  }
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
    themes: deriveThemes(frontMatter, questions, config),
    companies: asList(data.companies).map((x) => scalarString(x)).filter((x): x is string => x !== undefined),
    parts: [],
    prose,
    wordCount: words,
    spokenSeconds: spokenSeconds(words, config.wordsPerMinute),
  };
  return { path, text, ...(frontMatter ? { frontMatter } : {}), stories: [story], suppressions: [] };
}
