// The lines that could open an answer, with features a learned choice among them reads (round 33). The candidates are
// the units the segmenter's scan already takes (segment.ts scanDelimiters: a line of a named dress, or one dressed by
// its marks alone), and beside them every heading, list item, whole bold line and question line the scan left out.
// Each candidate's features are language-neutral first: its dress and level, whether its title asks, the words under
// it up to the next candidate of the same or a higher rank and who speaks there (the counts segment.ts bodyOf gives),
// its siblings of the same dress (how many, how many ask, how many have the teller speak), its place, and whether the
// hand segmenter chose it. Measured leave-one-round-out by scripts/eval/answer-units.ts.
import { bucket } from './answer-reader';
import { matchLabel } from './labels';
import { ANSWER_HEADING, asksForStory, bodyOf, fenceAfter, interviewAsk, isQuestion, namesTopic, scanDelimiters, tellerSpeaks, type Body } from './segment';

/** One line that could open an answer. */
export interface UnitCandidate {
  /** 0-based line. */
  line: number;
  /** The dress, coarse: "h2", "field", "num", "q", "bold", "item", "g", "raw-item"... */
  dress: string;
  /** The title text. */
  text: string;
  /** Markdown heading level, if a heading. */
  heading?: number;
  /** Where the scan took it: a named dress, a generic one, or neither (a line the scan left out). */
  from: 'named' | 'generic' | 'raw';
  /** Its body's counts. */
  body: Body;
  /** The line after its body. */
  end: number;
}

/** Files with more candidate lines than this are read only as far. */
const MAX_CANDIDATES = 1500;

function ratio(a: number, b: number): string {
  if (b === 0) return 'none';
  const r = a / b;
  return r === 0 ? '0' : r < 0.34 ? 'low' : r < 0.67 ? 'mid' : r < 1 ? 'high' : 'all';
}

/** The coarse family of a scan dress: "h2", "field", "num", "q", "bold", "quote", "summary", "table", "g-item", "g-line"... */
function family(dress: string): string {
  if (/^h\d$/u.test(dress)) return dress;
  if (/^hh\d$/u.test(dress)) return `h${dress.slice(2)}`;
  if (dress.startsWith('field')) return 'field';
  if (/^(?:num|key|let|brk|num0)/u.test(dress)) return 'num';
  if (dress === 'q:p') return 'q';
  if (dress === 'bold-q' || dress === 'html-b') return 'bold';
  if (dress === 'quote-q') return 'quote';
  if (dress === 'summary') return 'summary';
  if (dress === 'table-q') return 'table';
  if (dress.startsWith('g:')) {
    const m = dress.slice(2);
    if (m.startsWith('>')) return 'g-quote';
    if (m.startsWith('-')) return m.includes('b') ? 'g-item-b' : 'g-item';
    if (/^(?:\(N\)|N|R|#N)/u.test(m)) return 'g-num';
    if (m.startsWith('b')) return 'g-bold';
    if (m.startsWith('line')) return 'g-line';
    return 'g-other';
  }
  return 'other';
}

const RAW_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;
const RAW_ITEM = /^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(\S.*)$/u;
const RAW_BOLD = /^[ \t]*(?:\*\*|__)(.+?)(?:\*\*|__)[:：]?[ \t]*$/u;
const RAW_ASK = /^[ \t]{0,3}(\S.{0,300}[?？])["'”’)*_]*[ \t]*$/u;

/** The candidate lines of a source, in order, with their bodies. */
export function unitCandidates(source: string): { lines: { text: string; start: number }[]; units: UnitCandidate[] } {
  const { lines, found, generic } = scanDelimiters(source);
  const at = new Map<number, UnitCandidate>();
  const put = (line: number, dress: string, text: string, from: UnitCandidate['from'], heading?: number): void => {
    if (at.has(line) || at.size >= MAX_CANDIDATES) return;
    at.set(line, { line, dress, text, heading, from, body: { words: 0, firstPerson: 0, answerField: false, secondPerson: 0, askWords: 0 }, end: line + 1 });
  };
  for (const x of found) put(x.line, family(x.d.dress), x.d.text, 'named', x.d.heading);
  for (const x of generic) put(x.line, family(x.d.dress), x.d.text, 'generic');
  let fence: string | undefined;
  for (let i = 0; i < lines.length && at.size < MAX_CANDIDATES; i++) {
    const t = lines[i].text;
    const inCode = fence !== undefined;
    fence = fenceAfter(t, fence);
    if (inCode || fence !== undefined) continue;
    if (at.has(i)) continue;
    const h = RAW_HEADING.exec(t);
    if (h) {
      put(i, `h${h[1].length}`, h[2].replace(/[*_`]/gu, ''), 'raw', h[1].length);
      continue;
    }
    const item = RAW_ITEM.exec(t);
    if (item) {
      put(i, 'raw-item', item[1].replace(/[*_`]/gu, ''), 'raw');
      continue;
    }
    const bold = RAW_BOLD.exec(t);
    if (bold) {
      put(i, 'raw-bold', bold[1], 'raw');
      continue;
    }
    const ask = RAW_ASK.exec(t);
    if (ask && ask[1].length <= 200) put(i, 'raw-q', ask[1].replace(/[*_`]/gu, ''), 'raw');
  }
  const units = [...at.values()].sort((a, b) => a.line - b.line);
  // A unit's body runs to the next candidate of the same or a higher rank: a heading to the next heading of its level
  // or higher, any other unit to the next unit of its dress or the next heading.
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    let end = lines.length;
    for (let j = k + 1; j < units.length; j++) {
      const v = units[j];
      if (u.heading !== undefined ? v.heading !== undefined && v.heading <= u.heading : v.heading !== undefined || v.dress === u.dress) {
        end = v.line;
        break;
      }
    }
    u.end = end;
    u.body = bodyOf(lines, u.line + 1, Math.min(end, u.line + 400));
  }
  return { lines, units };
}

/** The features of each candidate, given the answers the hand segmenter chose (0-based title line and last line). */
export function unitFeatures(units: readonly UnitCandidate[], hand: readonly { line: number; last: number }[]): string[][] {
  const chosen = new Set(hand.map((h) => h.line));
  const byDress = new Map<string, UnitCandidate[]>();
  for (const u of units) {
    let l = byDress.get(u.dress);
    if (!l) byDress.set(u.dress, (l = []));
    l.push(u);
  }
  const asks = new Map<UnitCandidate, boolean>(units.map((u) => [u, isQuestion(u.text) || interviewAsk(u.text)]));
  const tells = (u: UnitCandidate): boolean => u.body.firstPerson > 0 && u.body.words > u.body.askWords;
  const chosenDress = new Set(units.filter((u) => chosen.has(u.line)).map((u) => u.dress));
  const firstHeading = units.find((u) => u.heading !== undefined);
  return units.map((u, k) => {
    const f: string[] = [];
    const sib = byDress.get(u.dress)!;
    const b = u.body;
    const spoken = b.words - b.askWords;
    f.push(`dress:${u.dress}`, `from:${u.from}`);
    if (chosen.has(u.line)) f.push('hand', `hand:${u.dress}`);
    else if (chosenDress.has(u.dress)) f.push('hand-dress');
    if (chosen.size === 0) f.push('hand:none');
    if (asks.get(u)) f.push('asks', `asks:${u.dress}`);
    if (asksForStory(u.text)) f.push('t:story');
    if (namesTopic(u.text)) f.push('t:topic');
    if (ANSWER_HEADING.test(u.text)) f.push('t:answer');
    if (tellerSpeaks(u.text)) f.push('t:teller');
    if (/[:：]\s*$/u.test(u.text)) f.push('t:colon');
    f.push(`t:words:${bucket(u.text.split(/\s+/u).filter(Boolean).length, [2, 5, 10])}`);
    f.push(`words:${bucket(spoken, [1, 20, 60, 150, 400])}`);
    f.push(`fp:${ratio(b.firstPerson, Math.max(1, spoken))}`, `fp:${b.firstPerson > 0 ? 'some' : 'none'}`);
    f.push(`sp:${b.secondPerson > b.firstPerson ? 'more' : b.secondPerson > 0 ? 'some' : 'none'}`);
    f.push(`askw:${ratio(b.askWords, Math.max(1, b.words))}`);
    if (b.answerField) f.push('answer-field');
    if (asks.get(u) && tells(u)) f.push('asks-told');
    f.push(`sib:${bucket(sib.length, [2, 3, 5, 10, 30])}`);
    f.push(`sib-ask:${ratio(sib.filter((s) => asks.get(s)).length, sib.length)}`);
    f.push(`sib-tell:${ratio(sib.filter(tells).length, sib.length)}`);
    f.push(`${u.dress}:sib-tell:${ratio(sib.filter(tells).length, sib.length)}`);
    if (sib[0] === u) f.push('sib-first');
    if (u === firstHeading) f.push('first-heading');
    if (u === units[0]) f.push('first');
    if (hand.some((h) => u.line > h.line && u.line <= h.last)) f.push('inside-hand');
    if (matchLabel(u.text, true)) f.push('part-label');
    // the units inside its body: how many, whether the hand segmenter chose one, how many ask
    let inner = 0;
    let innerAsk = 0;
    let innerChosen = false;
    for (let j = k + 1; j < units.length && units[j].line < u.end; j++) {
      inner++;
      if (asks.get(units[j])) innerAsk++;
      if (chosen.has(units[j].line)) innerChosen = true;
    }
    f.push(`inner:${bucket(inner, [1, 3, 8])}`);
    if (innerChosen) f.push('inner-hand');
    if (innerAsk > 0) f.push(`inner-ask:${ratio(innerAsk, inner)}`);
    // the heading it sits under
    let parent: UnitCandidate | undefined;
    for (let j = k - 1; j >= 0; j--) {
      const v = units[j];
      if (v.heading !== undefined && (u.heading === undefined || v.heading < u.heading) && v.end > u.line) {
        parent = v;
        break;
      }
    }
    if (!parent) f.push('top');
    else {
      if (chosen.has(parent.line)) f.push('parent-hand');
      if (asks.get(parent)) f.push('parent-asks');
    }
    f.push(`sib-hand:${ratio(sib.filter((s) => chosen.has(s.line)).length, sib.length)}`);
    f.push(`lines:${bucket(u.end - u.line - 1, [1, 3, 10, 40])}`);
    return f;
  });
}
