// Literal phrase matching in linear time: an Aho–Corasick automaton over case-folded code points, with every run of
// whitespace read as one space and ’ read as '. Users' phrase lists (config) go through this, so a long list of
// long phrases cannot slow the checker down: one pass over the text, whatever the phrases.
//
// Semantics (the same as the regex alternation it replaces): case-insensitive; the words of a phrase match across
// any whitespace, line breaks included; ' matches ’; a match starts and ends on a word boundary (no letter or digit
// just before or just after); matches never overlap; scanning left to right, at each position the longest phrase
// wins.

/** Most words kept from one phrase, and most characters kept from one word. */
export const MAX_PHRASE_WORDS = 20;
export const MAX_WORD_LENGTH = 100;

const WS = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const APOSTROPHE = 0x27;
const SPACE = 0x20;

const foldCache = new Map<number, number>();

/** One code point, case-folded (lower case when that is a single code point), with ’ read as '. */
function fold(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  if (cp === 0x2019) return APOSTROPHE;
  let f = foldCache.get(cp);
  if (f === undefined) {
    const lower = String.fromCodePoint(cp).toLowerCase();
    const l = lower.codePointAt(0) ?? cp;
    f = lower.length === String.fromCodePoint(l).length ? l : cp;
    foldCache.set(cp, f);
  }
  return f;
}

function isSpace(cp: number): boolean {
  if (cp < 0x80) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
  return WS.test(String.fromCodePoint(cp));
}

function isWordChar(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** The folded code points of one phrase: words joined by one space (empty when the phrase has no words). */
export function normalizePhrase(raw: string): number[] {
  const words = raw.trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_PHRASE_WORDS);
  const out: number[] = [];
  for (const w of words) {
    if (out.length > 0) out.push(SPACE);
    for (const ch of w.slice(0, MAX_WORD_LENGTH)) out.push(fold(ch.codePointAt(0) ?? 0));
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

/** A compiled list of literal phrases. Build it once per list (`compilePhrases`) and call `find` per text. */
export class PhraseMatcher {
  /** Transitions: key `node * 0x110000 + codePoint` → node. */
  private readonly next = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** Length in folded code points of the phrase ending at a node (0: none). */
  private readonly outLen: number[] = [0];
  /** The nearest node on the fail chain (itself excluded) where a phrase ends (0: none). */
  private readonly dict: number[] = [0];
  readonly size: number;

  constructor(phrases: readonly number[][]) {
    let count = 0;
    for (const p of phrases) {
      if (p.length === 0) continue;
      let node = 0;
      for (const cp of p) {
        const key = node * 0x110000 + cp;
        let to = this.next.get(key);
        if (to === undefined) {
          to = this.fail.length;
          this.fail.push(0);
          this.outLen.push(0);
          this.dict.push(0);
          this.next.set(key, to);
        }
        node = to;
      }
      if (this.outLen[node] === 0) count++;
      this.outLen[node] = p.length;
    }
    this.size = count;
    // Breadth-first: fail links and dictionary links. Children are found by scanning the transition map once,
    // grouped by parent.
    const children: [number, number][][] = this.fail.map(() => []);
    for (const [key, to] of this.next) children[Math.floor(key / 0x110000)].push([key % 0x110000, to]);
    const queue: number[] = [];
    for (const [, to] of children[0]) queue.push(to);
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi];
      for (const [cp, to] of children[node]) {
        let f = this.fail[node];
        let target = this.next.get(f * 0x110000 + cp);
        while (target === undefined && f !== 0) {
          f = this.fail[f];
          target = this.next.get(f * 0x110000 + cp);
        }
        const fl = target === undefined || target === to ? 0 : target;
        this.fail[to] = fl;
        this.dict[to] = this.outLen[fl] > 0 ? fl : this.dict[fl];
        queue.push(to);
      }
    }
  }

  private step(node: number, cp: number): number {
    for (;;) {
      const to = this.next.get(node * 0x110000 + cp);
      if (to !== undefined) return to;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }

  /** Every match in `text` (offsets into `text`), left to right, never overlapping, the longest at each start. */
  find(text: string): Span[] {
    // The folded stream: each code point folded, each whitespace run one space. src[i] is the offset in `text` of
    // the stream's i-th code point; after a whitespace run, the stream position maps to the run's first character.
    const n = text.length;
    const src: number[] = [];
    const srcEnd: number[] = [];
    // best[i]: length (stream code points) of the longest phrase starting at stream position i with both boundaries.
    const best: number[] = [];
    let node = 0;
    let i = 0;
    while (i < n) {
      let cp = text.codePointAt(i) ?? 0;
      let width = cp > 0xffff ? 2 : 1;
      const start = i;
      if (isSpace(cp)) {
        let j = i + width;
        while (j < n) {
          const c = text.codePointAt(j) ?? 0;
          if (!isSpace(c)) break;
          j += c > 0xffff ? 2 : 1;
        }
        cp = SPACE;
        width = j - i;
      } else cp = fold(cp);
      const pos = src.length;
      src.push(start);
      srcEnd.push(start + width);
      best.push(0);
      i = start + width;
      node = this.step(node, cp);
      const endNode = this.outLen[node] > 0 ? node : this.dict[node];
      if (endNode === 0) continue;
      // A phrase ends here: it must not be followed by a letter or digit.
      if (i < n && isWordChar(text.codePointAt(i) ?? 0)) continue;
      for (let d = endNode; d !== 0; d = this.dict[d]) {
        const len = this.outLen[d];
        const s = pos - len + 1;
        if (len <= best[s]) continue;
        const before = src[s];
        if (before > 0) {
          const lo = text.charCodeAt(before - 1);
          const prev = lo >= 0xdc00 && lo <= 0xdfff && before >= 2 ? text.codePointAt(before - 2) ?? 0 : lo;
          if (isWordChar(prev)) continue;
        }
        best[s] = len;
      }
    }
    const out: Span[] = [];
    for (let s = 0; s < best.length; ) {
      const len = best[s];
      if (len === 0) {
        s++;
        continue;
      }
      out.push({ start: src[s], end: srcEnd[s + len - 1] });
      s += len;
    }
    return out;
  }
}

/** Compiles literal phrases into one matcher; undefined when no phrase has a word. Never reads text as a pattern. */
export function compilePhraseList(phrases: readonly string[]): PhraseMatcher | undefined {
  const list = phrases.map(normalizePhrase).filter((p) => p.length > 0);
  return list.length > 0 ? new PhraseMatcher(list) : undefined;
}
