// Reads a story's prose with wink-nlp (tokens, sentences, part of speech, negation scope) and adds what the
// rules need on top: file offsets, quoted and reported speech, and the clauses with who acts in each.
// The tagger and its model load on first use (about 100 ms), not when the server or CLI starts.
import type { ProseSegment } from '../types';
import { partitionPoint } from '../text';
import {
  ACTIVITY_GROUPS,
  CLAUSE_OPENERS,
  COPULAS,
  FIRST_PLURAL,
  FIRST_POSSESSIVE,
  FIRST_SINGULAR,
  GROUP_NOUNS,
  GROUP_PRONOUNS,
  IRREGULAR_PAST, pastForm,
  MODAL_VERBS,
  NEGATORS,
  PEOPLE_PRONOUNS,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
  RANK_WORDS,
  SPEECH_VERBS,
  BELIEF_VERBS,
  VIEW_NOUNS,
  TOOL_NAMES,
} from './lexicon';
import { memoByText } from '../memo';
import { POLARITY_JSON } from './polarity-table';
import { readWinkModel } from './model';
import type { Actor, Clause, Pos, ProseLanguage, Sentence, Token } from './types';

interface Engine {
  readDoc(text: string): WinkDoc;
  its: Record<'pos' | 'negationFlag' | 'span' | 'sentiment' | 'normal', unknown>;
}
interface WinkCollection {
  out(f?: unknown): unknown[];
}
interface WinkDoc {
  tokens(): WinkCollection;
  sentences(): WinkCollection;
  out(f?: unknown): unknown;
}

let engine: Engine | undefined;

function load(): Engine {
  if (!engine) {
    // Required here, not imported at the top, so the model is read on the first analysis only. esbuild bundles
    // both packages and keeps their evaluation lazy. (model.ts: the package's model without its deep copy)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Engine;
    const model = readWinkModel();
    // (no sentiment pipe: it ran its automaton over every text, about a fifth of the tagger's time, for the polarity
    // of single words, which `polarity` reads from a table made from the same model instead)
    engine = winkNLP(model, ['sbd', 'negation', 'pos']);
  }
  return engine;
}

let sentimentEngine: Engine | undefined;

/** A second engine with the sentiment pipe, made only for a word the tokenizer splits (about 140 ms to make). */
function loadSentiment(): Engine {
  if (!sentimentEngine) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Engine;
    const model = readWinkModel();
    sentimentEngine = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
  }
  return sentimentEngine;
}

let polarityTable: Map<string, number> | undefined;
/** The polarity of each word met lately, by its lower case. */
const polarities = memoByText((w: string): number => {
  if (!w || !/^[\p{L}'-]+$/u.test(w)) return 0;
  const nlp = load();
  const normals = nlp.readDoc(w).tokens().out(nlp.its.normal) as string[];
  if (normals.length === 1) {
    polarityTable ??= new Map(JSON.parse(POLARITY_JSON) as [string, number][]);
    return polarityTable.get(normals[0]) ?? 0;
  }
  const sent = loadSentiment();
  return Number(sent.readDoc(w).out(sent.its.sentiment)) || 0;
}, 4096);

/**
 * The evaluative polarity of one word from the model's sentiment lexicon, about -1 (strongly negative: "rotten",
 * "liar") to +1 ("excellent"); 0 for words it does not rate. The lexicon rates words in general, so feelings
 * ("upset", "worried") are negative too: rules decide what a word is said about. Cached per word.
 * A word the tokenizer reads as one token is looked up by its normal form in POLARITY_JSON (made from the sentiment
 * model by scripts/polarity-table.mjs, which checks it equals the pipe on every word of the lexicon); a word it
 * splits ("well-known") is read by an engine with the sentiment pipe, as before.
 */
export function polarity(word: string): number {
  return polarities(word.toLowerCase());
}

// ---- the text the tagger reads ---------------------------------------------------------------------------

interface Chunk {
  doc: number;
  file: number;
  len: number;
}

/** A gap between two prose segments that ends a sentence: a new block, a table cell, a `<br>`. */
const BLOCK_GAP = /\n[ \t]*(?:\n|[-*+>#|]|\d+[.)])|\||<br\s*\/?>/i;

const LONG_WORD = 48;
const MAX_SENTENCE_TOKENS = 150;
const UNATTRIBUTED_OWN = 12;
// Anchored at a run's start: unanchored, the engine retried from every character of every word (quadratic in
// word length). The matches are the same: a run long enough always matches from its first character.
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${LONG_WORD + 1},}`, 'g');

/**
 * Dots inside names ("Node.js", "e.g.") and at the head of file names (".env", ".gitignore") are not sentence
 * ends; the splitter would cut there. They become "_" (same length, so offsets hold).
 */
function calmDots(t: string): string {
  if (t.indexOf('.') < 0) return t;
  return t.replace(/(^|[\s(`'"])\.(?=[A-Za-z])/g, '$1_').replace(/\.(?<=[A-Za-z]\.)(?=[A-Za-z])/g, '_'); // (a dot between letters; the dot first: 3x faster)
}

/**
 * The text handed to the tagger, built piece by piece. What the joins ask about the text so far (does it end a
 * sentence, with a letter, with how long a word) is kept as it grows: asking the string itself would read (and, for
 * a string built by `+=`, flatten) the whole text at every segment, which is quadratic in a story of many parts.
 */
class DocText {
  private readonly pieces: string[] = [];
  length = 0;
  /** The last two code units. */
  private tail = '';
  /** The last character that is not white space, and the character just before it. */
  private mark = '';
  private beforeMark = '';
  /** The length of the last word (the trailing run without white space), counted up to LONG_WORD + 1. */
  run = 0;

  add(piece: string): void {
    if (!piece) return;
    this.pieces.push(piece);
    this.length += piece.length;
    let k = piece.length - 1;
    while (k >= 0 && /\s/.test(piece[k])) k--;
    if (k >= 0) {
      this.mark = piece[k];
      this.beforeMark = k > 0 ? piece[k - 1] : this.tail.slice(-1);
    }
    this.tail = (this.tail + piece.slice(-2)).slice(-2);
    let i = piece.length - 1;
    let run = 0;
    while (i >= 0 && run <= LONG_WORD && !/\s/.test(piece[i])) {
      i--;
      run++;
    }
    this.run = i < 0 ? Math.min(this.run + run, LONG_WORD + 1) : run;
  }

  /** Whether the text ends with a sentence end: `/[.!?:]["'”’)]?\s*$/`. */
  endsSentence(): boolean {
    if (!this.mark) return false;
    if ('.!?:'.includes(this.mark)) return true;
    return `"'”’)`.includes(this.mark) && this.beforeMark !== '' && '.!?:'.includes(this.beforeMark);
  }

  /** Whether the text ends with a letter or a digit. */
  endsWord(): boolean {
    return /[\p{L}\p{N}]$/u.test(this.tail);
  }

  toString(): string {
    return this.pieces.join('');
  }
}

function buildText(fileText: string, segments: readonly ProseSegment[]): { text: string; chunks: Chunk[] } {
  const text = new DocText();
  const chunks: Chunk[] = [];
  let prevEnd = -1;
  for (const s of segments) {
    if (!s.text) continue;
    if (prevEnd >= 0) {
      const gap = fileText.slice(prevEnd, s.start);
      if (BLOCK_GAP.test(gap)) text.add(text.endsSentence() ? '\n\n' : '.\n\n');
      else if (/\s/.test(gap) || (gap.length > 0 && text.endsWord() && /^[\p{L}\p{N}]/u.test(s.text))) text.add(' ');
      // Segments joined without a space make one word of their runs: keep that word within LONG_WORD too (the
      // runs between the inline HTML of `**</a>**</a>…` would otherwise be one word of the whole text).
      else if (text.run + (/^\S*/.exec(s.text)?.[0].length ?? 0) > LONG_WORD) text.add(' ');
    }
    // The tagger's time grows with the square of a word's length: a run of more than LONG_WORD characters
    // without a space (a hash, a URL in prose, a pasted blob) is read as one short placeholder word.
    LONG_RUN.lastIndex = 0;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = LONG_RUN.exec(s.text))) {
      if (m.index > from) {
        chunks.push({ doc: text.length, file: s.start + from, len: m.index - from });
        text.add(calmDots(s.text.slice(from, m.index)));
      }
      chunks.push({ doc: text.length, file: s.start + m.index, len: 1 });
      text.add('x');
      from = m.index + m[0].length;
    }
    if (from < s.text.length) {
      chunks.push({ doc: text.length, file: s.start + from, len: s.text.length - from });
      text.add(calmDots(s.text.slice(from)));
    }
    prevEnd = s.start + s.text.length;
  }
  return { text: text.toString(), chunks };
}

function toFile(chunks: readonly Chunk[], docPos: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid].doc <= docPos) lo = mid;
    else hi = mid - 1;
  }
  const c = chunks[lo];
  if (!c) return 0;
  return c.file + Math.min(Math.max(0, docPos - c.doc), c.len);
}

// ---- quotations -------------------------------------------------------------------------------------------

function wordsIn(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from + 1; i < to; i++) {
    const w = /[\p{L}\p{N}]/u.test(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Character ranges [open, close, words inside] of quotations in the text (straight and curly double quotes; curly and straight singles). */
function quoteSpans(text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  let straight = -1;
  let curly = -1;
  let single = -1;
  let plain = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (straight < 0) straight = i;
      else {
        out.push([straight, i, wordsIn(text, straight, i)]);
        straight = -1;
      }
    } else if (c === "'") {
      // a straight single quote opens after a space or an opening mark and before a letter ("as she put it, 'the
      // org was a mess'"); it closes after a letter or a stop and before a space or a stop. Apostrophes inside a
      // word ("don't") have letters on both sides and are neither.
      const before = text[i - 1] ?? ' ';
      const after = text[i + 1] ?? ' ';
      const wordBefore = /[\p{L}\p{N}]/u.test(before);
      const wordAfter = /[\p{L}\p{N}]/u.test(after);
      if (plain < 0 && !wordBefore && wordAfter && /[\s([“"—–-]/.test(before)) plain = i;
      else if (plain >= 0 && !wordAfter && /[\p{L}\p{N}.!?,]/u.test(before) && (i - plain) < 400) {
        out.push([plain, i, wordsIn(text, plain, i)]);
        plain = -1;
      }
    } else if (c === '“') curly = i;
    else if (c === '”' && curly >= 0) {
      out.push([curly, i, wordsIn(text, curly, i)]);
      curly = -1;
    } else if (c === '‘' && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) single = i;
    else if (c === '’' && single >= 0 && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')) {
      out.push([single, i, wordsIn(text, single, i)]);
      single = -1;
    } else if (c === '\n' && text[i + 1] === '\n') {
      straight = curly = single = plain = -1; // quotations do not run across blocks
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

// ---- clauses ------------------------------------------------------------------------------------------------

const NOMINAL: ReadonlySet<Pos> = new Set<Pos>(['NOUN', 'PROPN', 'PRON']);
const NP_PART: ReadonlySet<Pos> = new Set<Pos>(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const BOUNDARY_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')', '--', '-']);
/** Heads that take their class from an "of" phrase: "the rest of the team", "most of them". */
const PARTITIVE = new Set(['rest', 'most', 'all', 'some', 'half', 'many', 'few', 'one', 'two', 'three', 'each', 'none', 'majority', 'members', 'member', 'part', 'several', 'both', 'any']);

function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

interface NP {
  from: number;
  to: number;
}

/**
 * A noun for people read in its sense of a document at `at`: "reports" are people only when someone's ("my
 * reports", "her two direct reports", "the director's reports"); "crash reports dropped", "the weekly reports
 * showed", "vague bug reports", "static Excel reports" are documents. The phrase's words back to `from` (its first
 * word; else the determiner or possessive that opens it) are read.
 */
export function documentSense(tokens: readonly Token[], at: number, from = -1): boolean {
  if (!/^reports?$/.test(tokens[at]?.lower ?? '')) return false;
  for (let k = at - 1; k >= 0 && (from < 0 ? at - k <= 5 : k >= from); k--) {
    const x = tokens[k];
    if (/^(my|his|her|their|our|your|direct|'s|’s)$/.test(x.lower)) return false;
    if (from < 0 && !/^(ADJ|NOUN|PROPN|NUM|ADV|PART)$/.test(x.pos)) break;
  }
  return true;
}

/** Who a noun phrase names. */
export function actorOf(tokens: readonly Token[], np: NP): { actor: Actor; ownSide: boolean } {
  let ownSide = false;
  let speaker = false;
  let others = false;
  let head: Token | undefined;
  for (let i = np.from; i < np.to; i++) {
    const t = tokens[i];
    if (FIRST_POSSESSIVE.has(t.lower)) ownSide = true;
    if (t.pos === 'CCONJ') continue;
    if (FIRST_SINGULAR.has(t.lower) && t.pos === 'PRON') speaker = true;
    else if (NOMINAL.has(t.pos) && !FIRST_POSSESSIVE.has(t.lower)) {
      head = t;
      if (!FIRST_PLURAL.has(t.lower)) others = true;
    }
    if (FIRST_PLURAL.has(t.lower)) return { actor: 'we', ownSide };
  }
  if (speaker) return { actor: others ? 'we' : 'I', ownSide };
  if (!head) return { actor: 'none', ownSide };
  const w = head.lower;
  if (PERSON_PRONOUNS.has(w)) return { actor: 'person', ownSide };
  if (GROUP_PRONOUNS.has(w) || PEOPLE_PRONOUNS.has(w)) return { actor: 'group', ownSide };
  if (head.pos === 'PRON') return { actor: 'thing', ownSide };
  if (documentSense(tokens, tokens.indexOf(head), np.from)) return { actor: 'thing', ownSide };
  if (PERSON_NOUNS.has(w)) return { actor: 'person', ownSide };
  const compound = tokens[tokens.indexOf(head) - 1];
  if (ACTIVITY_GROUPS.has(w) && compound && (compound.pos === 'NOUN' || compound.pos === 'PROPN') && !RANK_WORDS.has(compound.lower) && tokens.indexOf(head) - 1 >= np.from) return { actor: 'thing', ownSide };
  if (GROUP_NOUNS.has(w)) return { actor: 'group', ownSide };
  // a bare function name standing alone is the people doing it: "Design had signed off", "operations sat on it"
  // ("the design was flawed" names a thing)
  if (ACTIVITY_GROUPS.has(w) && np.to - np.from === 1 && head.pos === 'NOUN') return { actor: 'group', ownSide };
  // "the ops org", "the design team": a group noun anywhere in a compound head
  // (not a word for people just before the head noun it qualifies: "the partner demo", "a customer survey" name
  // things; "the platform team members" names people)
  const at = tokens.indexOf(head);
  const qualified = (i: number): boolean => i === at - 1 && head.pos === 'NOUN' && !/^(members?|folks|staff|reps?|representatives?|crew|side)$/.test(w);
  for (let i = np.from; i < np.to; i++) {
    if (GROUP_NOUNS.has(tokens[i].lower) && tokens[i].pos !== 'ADJ' && !ACTIVITY_GROUPS.has(tokens[i].lower) && !qualified(i)) return { actor: 'group', ownSide };
    if (PERSON_NOUNS.has(tokens[i].lower) && tokens[i].pos === 'NOUN' && !qualified(i)) return { actor: 'person', ownSide };
  }
  // a capitalised name is a person ("Dana", "Dana Reyes"), unless it is the name of a thing: a run of three or more
  // capitalised words ("Security Transparency Dashboard") or one after an article ("a Grafana board")
  // (nor the name of a widely used tool: "caching with Redis", "in Python with Flask")
  if (head.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(head.text) && !TOOL_NAMES.has(w)) {
    const at = tokens.indexOf(head);
    let run = 1;
    while (at - run >= np.from && tokens[at - run].pos === 'PROPN') run++;
    const article = tokens.slice(np.from, at).some((x) => /^(a|an|the)$/.test(x.lower));
    if (run < 3 && !article) return { actor: 'person', ownSide };
  }
  // "salespeople", "businesspeople", "the salesperson", "craftsmen"
  if (/.(people|person|persons|folks?|men|women)$/.test(w) && head.pos === 'NOUN') return { actor: 'person', ownSide };
  // "who" stands only for people: "the provider's support desk, who sat on every ticket", "the night shift, who ..."
  const after = tokens[np.to]?.text === ',' ? tokens[np.to + 1] : tokens[np.to];
  if (after?.lower === 'who' && after.pos === 'PRON' && head.pos === 'NOUN') return { actor: 'group', ownSide };
  return { actor: 'thing', ownSide };
}

/** The noun phrases of a token range, each marked whether it sits inside a prepositional phrase. */
function nounPhrases(tokens: readonly Token[], from: number, to: number): (NP & { inPP: boolean })[] {
  const out: (NP & { inPP: boolean })[] = [];
  let i = from;
  let inPP = false;
  while (i < to) {
    const t = tokens[i];
    if (t.pos === 'ADP') {
      inPP = true;
      i++;
      continue;
    }
    if (NP_PART.has(t.pos)) {
      const s = i;
      // a nominative pronoun is never the object of a preposition: "Two years in I was promoted", "Straight out
      // of school I joined" ("in", "out of" are particles there)
      if (t.pos === 'PRON' && NOMINATIVE.has(t.lower)) inPP = false;
      // Personal pronouns stand alone ("nothing we could do" is two phrases); "my team and I" is one.
      if (t.pos === 'PRON' && !FIRST_POSSESSIVE.has(t.lower) && !/^(his|her|their|its|your)$/.test(t.lower)) i++;
      else {
        while (i < to && NP_PART.has(tokens[i].pos)) {
          // an article after the noun of a prepositional phrase opens the next phrase: "In the end | the previous team
          // left ...", "By March | the vendor had ..." (a noun's phrase never runs on into a determiner)
          // (or a possessive: "On the first call | their operations head told us ...")
          if (inPP && i > s && ((tokens[i].pos === 'DET' && ARTICLES.has(tokens[i].lower)) || (tokens[i].pos === 'PRON' && /^(my|our|their|his|her|its|your)$/.test(tokens[i].lower))) && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN')) break;
          if (i > s && tokens[i].pos === 'PRON' && !FIRST_POSSESSIVE.has(tokens[i].lower) && !/^(his|her|their|its|your)$/.test(tokens[i].lower)) break; // a pronoun starts a new phrase
          i++;
          if (tokens[i - 1].pos === 'PRON' && !/^(my|our|his|her|their|its|your)$/.test(tokens[i - 1].lower)) break;
        }
      }
      while (i + 1 < to && tokens[i].pos === 'CCONJ' && tokens[i].lower === 'and' && NP_PART.has(tokens[i + 1].pos) && FIRST_SINGULAR.has(tokens[i + 1].lower)) i += 2;
      out.push({ from: s, to: i, inPP });
      inPP = false;
      continue;
    }
    // a verb or a comma ends the prepositional phrase: "Three years on, I switched", "At Acme, I built"; so does
    // an adverb that is its whole object: "by then the team was ...", "since then the vendor has ..."
    if (isVerb(t) || (t.pos === 'PUNCT' && BOUNDARY_PUNCT.has(t.text)) || (t.pos === 'ADV' && tokens[i - 1]?.pos === 'ADP')) inPP = false;
    i++;
  }
  return out;
}

const NOMINATIVE = new Set(['i', 'we', 'he', 'she', 'they']);
/** Determiners that open a noun phrase of their own. */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'every', 'each']);
const VERB_LIKE: ReadonlySet<Pos> = new Set<Pos>(['NOUN', 'PROPN', 'ADJ', 'X']);

/**
 * Repairs the tagger's commonest slip on this kind of prose: an unknown past-tense verb read as a noun. After
 * a subject pronoun ("I rewrote"), or at the head of a bullet before its object ("Migrated the jobs"), a word
 * the tagger calls a noun is the verb.
 */
function repairVerbs(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A word for people or a team, tagged as a verb, adjective or adverb where a noun stands: after a
    // determiner, a possessive or a modifier ("the infra team", "my lead"), or opening a clause before its verb
    // ("because legal kept the contract"). The tagger reads "team", "lead", "legal", "design" by their other uses.
    if ((t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'ADV') && (GROUP_NOUNS.has(t.lower) || PERSON_NOUNS.has(t.lower))) {
      const p = tokens[i - 1];
      const n = tokens[i + 1];
      const afterModifier = p !== undefined && (p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'NUM' || (p.pos === 'PRON' && /^(my|our|their|his|her|its|your)$/.test(p.lower)) || (p.pos === 'ADV' && (GROUP_NOUNS.has(p.lower) || ACTIVITY_GROUPS.has(p.lower))));
      const headless = !n || !(n.pos === 'NOUN' || n.pos === 'PROPN');
      const opens = (!p || p.pos === 'SCONJ' || p.pos === 'CCONJ' || p.pos === 'PUNCT') && n !== undefined && (n.pos === 'VERB' || n.pos === 'AUX') && t.pos !== 'VERB';
      if ((afterModifier && headless && !(t.pos === 'VERB' && p?.pos === 'PRON' && NOMINATIVE.has(p.lower))) || opens) {
        if (p && p.pos === 'ADV' && afterModifier) p.pos = 'NOUN';
        t.pos = 'NOUN';
        continue;
      }
    }
    // "they were hacks who ...", "are liars.": a plural after a form of "be", before a relative or a stop, is a noun
    if (t.pos === 'VERB' && /[^s]s$/.test(t.lower) && /^(was|were|are|is|be|been)$/.test(tokens[i - 1]?.lower ?? '') && (!tokens[i + 1] || tokens[i + 1].pos === 'PUNCT' || /^(who|that|and)$/.test(tokens[i + 1].lower))) {
      t.pos = 'NOUN';
      continue;
    }
    // "our legal counsel rewrote the contract": an irregular past after a word for people, before its object, is
    // their verb (the tagger reads "rewrote" as a noun there; "redrew", "outgrew": a prefix on an irregular past)
    const prefixed = /^(re|over|under|out)(.{3,})$/.exec(t.lower);
    if (t.pos === 'NOUN' && (IRREGULAR_PAST.has(t.lower) || (prefixed !== null && IRREGULAR_PAST.has(prefixed[2]))) && i > 0 && (PERSON_NOUNS.has(tokens[i - 1].lower) || GROUP_NOUNS.has(tokens[i - 1].lower)) && /^(DET|PRON|NUM)$/.test(tokens[i + 1]?.pos ?? '')) {
      t.pos = 'VERB';
      continue;
    }
    // "our outside counsel", "the inside team": a preposition between a determiner and a noun modifies the noun
    // (after an article or a possessive only: "all of engineering" keeps its "of")
    // ("the offshore contractor", "the overseas team": an adverb there modifies the noun too)
    if ((t.pos === 'ADP' || (t.pos === 'ADV' && !NEGATORS.has(t.lower))) && t.lower !== 'of' && i > 0 && /^(the|a|an|my|our|their|his|her|its|your)$/.test(tokens[i - 1].lower) && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN')) {
      t.pos = 'ADJ';
      continue;
    }
    // "the hosting partner", "the consulting firm": a participle between a determiner and a noun modifies it
    // "the outsourced testers", "our delayed order": a past participle between an article or a possessive and a noun
    // modifies it too (not after "that": "that caused problems" is a verb)
    if (t.pos === 'VERB' && /[^e]ed$/.test(t.lower) && t.lower.length > 4 && i > 0 && /^(the|a|an|my|our|their|his|her|its|your|'s|’s)$/.test(tokens[i - 1].lower) && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN')) {
      t.pos = 'ADJ';
      continue;
    }
    // (also after a possessive "'s": "the gateway's hosting company")
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && i > 0 && (tokens[i - 1].pos === 'DET' || /^(my|our|their|his|her|its|your|'s|’s)$/.test(tokens[i - 1].lower)) && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN')) {
      t.pos = 'ADJ';
      continue;
    }
    if (!VERB_LIKE.has(t.pos)) continue;
    // "the offshore contractor botched the data load": a past form between a noun and the determiner of its object,
    // with no verb before it in its clause, is the verb (no adjective stands between a noun and a determiner)
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && i > 1 && /[^e]ed$/.test(t.lower) && t.lower.length > 4 && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN') && /^(DET)$/.test(tokens[i + 1]?.pos ?? '') && ARTICLES.has(tokens[i + 1].lower)) {
      let verbBefore = false;
      for (let k = i - 1; k >= 0 && !verbBefore && !(tokens[k].pos === 'PUNCT' || tokens[k].pos === 'CCONJ' || tokens[k].pos === 'SCONJ'); k--) verbBefore = isVerb(tokens[k]);
      if (!verbBefore) {
        t.pos = 'VERB';
        continue;
      }
    }
    // ", rewrote the scoring loop", "and added a cache": a past-tense form after a comma or "and", before its object,
    // once the sentence has had a verb, is the next verb of a run of coordinated actions (the tagger calls it a noun).
    if ((t.pos === 'NOUN' || t.pos === 'ADJ') && i > 1 && (IRREGULAR_PAST.has(t.lower) || (/[^e]ed$/.test(t.lower) && t.lower.length > 4))) {
      const p = tokens[i - 1];
      const n = tokens[i + 1];
      if (((p.pos === 'PUNCT' && p.text === ',') || p.pos === 'CCONJ') && n && (n.pos === 'DET' || (n.pos === 'PRON' && /^(my|our|their|his|her|its|it|them)$/.test(n.lower)))) {
        let earlier = false;
        for (let k = 0; k < i - 1 && !earlier; k++) earlier = tokens[k].pos === 'VERB';
        if (earlier) {
          t.pos = 'VERB';
          continue;
        }
      }
    }
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // (a past form right after the pronoun is its verb wherever the clause starts: "Last year I rewrote the pipeline")
    const past = IRREGULAR_PAST.has(t.lower) || (/[^e]ed$/.test(t.lower) && t.lower.length > 4);
    if (prev && prev.pos === 'PRON' && NOMINATIVE.has(prev.lower) && (i < 2 || past || tokens[i - 2].pos === 'PUNCT' || tokens[i - 2].pos === 'CCONJ' || tokens[i - 2].pos === 'SCONJ' || tokens[i - 2].pos === 'ADV')) {
      t.pos = 'VERB';
    } else if (i === 0 && next && (next.pos === 'DET' || (next.pos === 'PRON' && /^(my|our|their|his|her|its|the)$/.test(next.lower))) && /^\p{Lu}/u.test(t.text)) {
      t.pos = 'VERB';
    }
  }
}

/** Whether the nearest negator before token i is "without" (a phrase of manner, not a negated clause). */
function withoutScope(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = tokens[k].lower;
    if (w === 'without') return true;
    if (NEGATORS.has(w) || w === "n't" || tokens[k].pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * The verb of the main clause after a relative clause inside its subject: past the relative's verb group and its
 * object ("who reviewed my change | missed"), a finite verb with no subject of its own, or -1.
 */
function verbAfterRelative(tokens: readonly Token[], verb: number, b: number): number {
  let k = verb;
  while (k < b && (tokens[k].pos === 'AUX' || tokens[k].pos === 'PART' || tokens[k].pos === 'ADV')) k++;
  if (k < b && tokens[k].pos === 'VERB') k++;
  for (let i = k; i < b && i - k <= 6; i++) {
    const x = tokens[i];
    if (isVerb(x)) return tokens[i - 1].lower !== 'to' && !/ing$/.test(x.lower) ? i : -1;
    if (!NP_PART.has(x.pos) && x.pos !== 'ADP' && x.pos !== 'ADV') return -1;
    if (x.pos === 'PRON' && NOMINATIVE.has(x.lower)) return -1;
  }
  return -1;
}

/** Whether token k is a hyphen glued between two words ("web-side", "buy-in"): such a hyphen joins, it does not cut. */
export function gluedHyphen(t: readonly Token[], k: number): boolean {
  return k > 0 && t[k]?.text === '-' && t[k - 1].end === t[k].start && t[k + 1]?.start === t[k].end;
}

function splitClauses(tokens: Token[]): Clause[] {
  repairVerbs(tokens);
  // 1. chunks between boundaries
  const cuts: number[] = [0];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // a hyphen inside a word ("web-side", "mail-queue") joins, it does not cut
    const glued = gluedHyphen(tokens, i);
    const boundary =
      (t.pos === 'PUNCT' && BOUNDARY_PUNCT.has(t.text) && !glued) ||
      t.pos === 'CCONJ' ||
      t.pos === 'SCONJ' ||
      (CLAUSE_OPENERS.has(t.lower) && (t.pos === 'PRON' || t.pos === 'ADV'));
    if (boundary && i !== cuts[cuts.length - 1]) cuts.push(i);
  }
  cuts.push(tokens.length);
  let spans: [number, number][] = [];
  for (let k = 0; k + 1 < cuts.length; k++) if (cuts[k + 1] > cuts[k]) spans.push([cuts[k], cuts[k + 1]]);
  // 2. a speech verb followed by another clause without "that" splits there: "she said it was our fault"
  const split: [number, number][] = [];
  for (const [a, b] of spans) {
    let cut = -1;
    for (let i = a; i < b; i++) {
      if (!SPEECH_VERBS.has(tokens[i].lower) || !isVerb(tokens[i])) continue;
      for (let j = i + 2; j < b; j++) if (isVerb(tokens[j]) && !/^(to)$/.test(tokens[j - 1].lower)) {
        cut = i + 1;
        break;
      }
      break;
    }
    if (cut > a && cut < b) split.push([a, cut], [cut, b]);
    else split.push([a, b]);
  }
  spans = split;
  // 2b. a comment set off by commas between a verb of being and what it says ("the vendor was, to put it kindly,
  //     hopeless"; "to put it mildly", "to be fair") is an aside: the three chunks are one clause
  for (let k = 1; k + 1 < spans.length; k++) {
    const [a, b] = spans[k];
    const beforeEnd = spans[k - 1][1] - 1;
    const aside = tokens[a].text === ',' && tokens[a + 1]?.lower === 'to' && isVerb(tokens[a + 2] ?? tokens[a]) && b - a <= 6 && tokens[spans[k + 1][0]].text === ',';
    if (aside && COPULAS.has(tokens[beforeEnd].lower)) {
      spans.splice(k - 1, 3, [spans[k - 1][0], spans[k + 1][1]]);
      k--;
    }
  }
  // 2c. a comment set off by commas between a subject and its verb ("the vendor, as usual, missed the date",
  //     "Procurement, true to form, took their sweet time", "our manager, to her credit, stepped in"): the chunks are one
  //     clause, the comment an aside (Token.aside) that gives the clause neither its subject nor its verb. The subject
  //     is a bare noun phrase opening the sentence or a chunk; the comment is short; the verb follows its closing comma.
  //     (A name set off so is the subject's name, read as before: "My lead, Dana, reviewed the plan".)
  for (let k = 1; k + 1 < spans.length; k++) {
    const [a0, b0] = spans[k - 1];
    // (the chunk may open with the boundary that cut it: "and", a comma, a semicolon, a colon, a dash or a bracket,
    // "we shipped late (the data team, as usual, had not ...)")
    const s0 = tokens[a0].pos === 'CCONJ' || /^[,;:(—–]$/.test(tokens[a0].text) ? a0 + 1 : a0;
    if (s0 >= b0 || tokens[s0].lower === 'when' || !tokens.slice(s0, b0).every((x) => NP_PART.has(x.pos) || x.lower === "'s" || x.lower === '’s')) continue;
    const last = tokens[b0 - 1];
    if (!(last.pos === 'NOUN' || last.pos === 'PROPN' || (last.pos === 'PRON' && !/^(my|our|your|his|her|its|their)$/.test(last.lower)))) continue;
    // the comment runs over one or more chunks up to a comma that a verb follows
    let end = k;
    while (end < spans.length && !(tokens[spans[end][0]].text === ',' && end > k && (isVerb(tokens[spans[end][0] + 1] ?? tokens[0]) || (tokens[spans[end][0] + 1]?.pos === 'ADV' && isVerb(tokens[spans[end][0] + 2] ?? tokens[0]))))) end++;
    if (end >= spans.length || tokens[spans[k][0]].text !== ',') continue;
    const from = spans[k][0];
    const to = spans[end][0];
    const words = tokens.slice(from + 1, to);
    if (words.length === 0 || words.length > 5 || words.some((x) => x.text === ',' || x.pos === 'PRON' && NOMINATIVE.has(x.lower)) || words.every((x) => x.pos === 'PROPN')) continue;
    // (a verb in it only as an infinitive or a participle: "true to form", "as expected")
    if (words.some((x, n) => isVerb(x) && words[n - 1]?.lower !== 'to' && !/^(expected|predicted|feared|always|ever)$/.test(x.lower))) continue;
    for (let j = from; j <= to; j++) tokens[j].aside = true;
    spans.splice(k - 1, end - k + 2, [a0, spans[end][1]]);
  }
  // 3. chunks with no verb join a neighbour: a bare subject joins the next chunk ("My team | and I rebuilt"),
  //    anything else joins the previous one ("..., for a month").
  const merged: [number, number][] = [];
  // prefix counts keep this linear however many chunks merge
  // (plain arrays: a typed array costs more to allocate than these few numbers cost to keep)
  const verbs: number[] = [0];
  const nonNP: number[] = [0];
  for (let i = 0; i < tokens.length; i++) {
    verbs[i + 1] = verbs[i] + (isVerb(tokens[i]) ? 1 : 0);
    nonNP[i + 1] = nonNP[i] + (NP_PART.has(tokens[i].pos) || tokens[i].pos === 'CCONJ' ? 0 : 1);
  }
  for (let k = 0; k < spans.length; k++) {
    const [a, b] = spans[k];
    if (verbs[b] - verbs[a] === 0) {
      const next = spans[k + 1];
      const onlyNP = nonNP[b] - nonNP[a] === 0;
      if (next && onlyNP && tokens[next[0]].lower === 'and') {
        spans[k + 1] = [a, next[1]];
        continue;
      }
      if (merged.length > 0) {
        merged[merged.length - 1][1] = b;
        continue;
      }
      if (next) {
        // a leading phrase joins the clause it introduces: "With a median latency of 40 ms, the job ..."
        spans[k + 1] = [a, next[1]];
        continue;
      }
    }
    merged.push([a, b]);
  }
  // 4. the subject of each clause
  const clauses: Clause[] = [];
  for (const [a, b] of merged) {
    let verb: number | undefined;
    for (let i = a; i < b; i++) if (isVerb(tokens[i]) && !tokens[i].aside) {
      verb = i;
      break;
    }
    let end = verb ?? b;
    // "The leads there were ...", "Leadership there changed ...": "there" after a noun phrase is a place
    // "Hook: broken invoices ...", "Answer: I traced ...": a phrase before a colon opening the clause is a label, not
    // its subject
    let nps = nounPhrases(tokens, a, end).filter((np, k, all) => !np.inPP && !tokens[np.from].aside && !(k > 0 && np.to - np.from === 1 && /^(there|here)$/.test(tokens[np.from].lower) && all[k - 1].to === np.from) && !(k === 0 && tokens[np.to]?.text === ':' && np.to < end));
    // "load-tested", "hand-rolled", "double-checked": a word glued by a hyphen to the verb is part of the verb, not
    // its subject.
    if (verb !== undefined && verb >= 2 && tokens[verb - 1].text === '-' && tokens[verb - 1].start === tokens[verb - 2].end && tokens[verb - 1].end === tokens[verb].start) {
      const last = nps[nps.length - 1];
      if (last && last.to === verb - 1 && last.to - last.from === 1) nps = nps.slice(0, -1);
    }
    // A relative clause without "that": "The agency we hired delivered ...", "the tool I wrote saved ...". A
    // noun phrase, then a pronoun subject and its verb, then a second verb with no subject of its own: the
    // first phrase is the subject of the second verb.
    if (verb !== undefined && nps.length >= 2) {
      const last = nps[nps.length - 1];
      const before = nps[nps.length - 2];
      const pro = tokens[last.from];
      const head = tokens[before.to - 1];
      if (last.to - last.from === 1 && pro.pos === 'PRON' && NOMINATIVE.has(pro.lower) && before.to === last.from && (head.pos === 'NOUN' || head.pos === 'PROPN')) {
        // past the inner verb group ("had agreed", "was helping")
        let k = verb;
        while (k < b && (tokens[k].pos === 'AUX' || tokens[k].pos === 'PART' || tokens[k].pos === 'ADV')) k++;
        if (k < b && tokens[k].pos === 'VERB') k++;
        let v2 = -1;
        for (let i = k; i < b && i - k <= 3; i++) {
          const x = tokens[i];
          if ((x.pos === 'PRON' && NOMINATIVE.has(x.lower)) || x.pos === 'PUNCT') break;
          if (isVerb(x) && tokens[i - 1].lower !== 'to' && !/ing$/.test(x.lower)) {
            v2 = i;
            break;
          }
        }
        if (v2 > 0) {
          verb = v2;
          end = v2;
          nps = [before];
        }
      }
    }
    // A relative clause inside the subject: "The offshore team that wrote the planner was useless", "the contractors who
    // built it were lazy". The relative pronoun stands for the phrase before it, which is the subject of both verbs.
    // The clause's own verb is the one after the relative clause ("The engineer who reviewed my change missed the bug":
    // missed), and so it is when the relative has a subject of its own ("The vendor that we hired ignored our
    // tickets": the vendor ignored them, not we).
    if (nps.length >= 2) {
      const last = nps[nps.length - 1];
      const before = nps[nps.length - 2];
      const rel = tokens[last.from];
      // (or set off by a comma, for "who" only, which stands for people: "The platform group, who had not built
      // anything in years, owned every library")
      const adjoining = before.to === last.from || (rel.lower === 'who' && tokens[before.to]?.text === ',' && before.to + 1 === last.from);
      if (last.to - last.from === 1 && (rel.lower === 'who' || rel.lower === 'that') && rel.pos === 'PRON' && adjoining && before.from === a) {
        nps = [before];
        const v2 = verb === undefined ? -1 : verbAfterRelative(tokens, verb, b);
        if (v2 > 0) verb = v2;
      } else if (nps.length >= 3 && verb !== undefined) {
        const ante = nps[nps.length - 3];
        const that = tokens[before.from];
        const pro = tokens[last.from];
        if (before.to - before.from === 1 && /^(that|whom)$/.test(that.lower) && ante.from === a && ante.to === before.from && last.to - last.from === 1 && pro.pos === 'PRON' && NOMINATIVE.has(pro.lower) && before.to === last.from && last.to === verb) {
          const v2 = verbAfterRelative(tokens, verb, b);
          if (v2 > 0) {
            verb = v2;
            nps = [ante];
          }
        }
      }
    }
    let np: NP | undefined = nps[nps.length - 1];
    const opener = tokens[a];
    let actor: Actor = 'none';
    let ownSide = false;
    const prev = clauses[clauses.length - 1];
    if (np) {
      // "the rest of the team": a partitive head takes the class of its "of" phrase
      const headTok = tokens[np.to - 1];
      if (PARTITIVE.has(headTok.lower) && tokens[np.to]?.lower === 'of') {
        const inner = nounPhrases(tokens, np.to + 1, end)[0];
        if (inner) np = { from: np.from, to: inner.to };
        const r = actorOf(tokens, inner ?? np);
        actor = r.actor;
        ownSide = r.ownSide;
      } else {
        const r = actorOf(tokens, np);
        actor = r.actor;
        ownSide = r.ownSide;
      }
      // a relative pronoun stands for the phrase before it: "a VP who had no idea"
      if ((opener.lower === 'who' || opener.lower === 'that' || opener.lower === 'which') && np.from === a && prev) {
        const before = nounPhrases(tokens, prev.from, prev.to);
        const ante = before[before.length - 1];
        // (the relative and the predicate of the phrase before it in one clause: "because the partner | who owned
        // the API changed it without notice": the partner changed it)
        if (opener.lower === 'who' && verb !== undefined && ante && ante.to === a) {
          const v2 = verbAfterRelative(tokens, verb, b);
          if (v2 > 0) verb = v2;
        }
        if (ante) {
          const r = actorOf(tokens, ante);
          actor = opener.lower === 'which' ? 'thing' : r.actor;
          ownSide = r.ownSide;
          // the complement of "I am" / "we were" is the speaker: "I'm someone who doesn't give up easily", "I was the
          // one who pushed for it" (not a phrase after a preposition: "I was part of the team that shipped it")
          const cop = prev.verb;
          const complement = cop !== undefined && COPULAS.has(tokens[cop].lower) && ante.from > cop && !ante.inPP && tokens.slice(cop + 1, ante.from).every((x) => x.pos === 'ADV' || x.pos === 'PART' || x.pos === 'DET');
          if (opener.lower !== 'which' && complement && (prev.subject === 'I' || prev.subject === 'we')) {
            actor = prev.subject;
            ownSide = prev.ownSide;
          }
        }
      }
    } else if (prev && verb !== undefined && (opener.pos === 'CCONJ' || opener.text === ',' || opener.text === ';' || opener.pos === 'ADV')) {
      // coordinated verbs share the subject of the last main clause that has one: "I paused the release and
      // dived deep", "I removed the file -- cached, added a rule, ..., so others know, and rotated the key"
      let main: Clause | undefined;
      for (let k = clauses.length - 1; k >= 0 && !main; k--) {
        const d = clauses[k];
        const o = tokens[d.from];
        // ("so I traced the records, wrote a script and reran the exports": "so" with a subject of its own opens a
        // consequence, whose run of verbs is that subject's; "so that ..." is a purpose)
        const consequence = o.lower === 'so' && tokens[d.from + 1]?.lower !== 'that' && d.subjectFrom !== undefined && d.subjectFrom === d.from + 1 && (d.subject === 'I' || d.subject === 'we');
        const subordinate = (o.pos === 'SCONJ' || CLAUSE_OPENERS.has(o.lower) || o.lower === 'so') && !consequence;
        if (d.subject !== 'none' && !subordinate) main = d;
      }
      // ... except a verb coordinated inside a relative clause about people, in the same form as the relative's verb:
      // "a team member who was missing deadlines and not pulling their weight"
      const o = tokens[prev.from];
      // (relatives about people only: "bundles that could be built and tested" keeps the narrator's reading)
      const rel = (o.lower === 'who' || o.lower === 'that') && o.pos === 'PRON' && opener.lower === 'and' && prev.verb !== undefined && (prev.subject === 'person' || prev.subject === 'group');
      let v = a + 1;
      while (v < b && (tokens[v].pos === 'PART' || tokens[v].pos === 'ADV' || NEGATORS.has(tokens[v].lower))) v++;
      const form = (x: Token) => (/ing$/.test(x.lower) ? 'ing' : pastForm(x.lower) ? 'ed' : 'other');
      // (the relative's main verb: its last full verb, past auxiliaries and adverbs: "was consistently missing")
      let pv = prev.verb ?? prev.from;
      for (let k = pv; k < prev.to; k++) if (tokens[k].pos === 'VERB') pv = k;
      // ... and a bare verb coordinated with a clause of what someone can do: "so that users could create, edit and
      // delete notes" (they edit and delete, not the narrator of the sentence)
      const able = prev.subject !== 'none' && prev.subject !== 'I' && prev.subject !== 'we' && prev.verb !== undefined && MODAL_VERBS.has(tokens[prev.verb].lower) && v < b && tokens[v].pos === 'VERB' && form(tokens[v]) === 'other' && !MODAL_VERBS.has(tokens[v].lower);
      const from = (rel && v < b && tokens[v].pos === 'VERB' && form(tokens[v]) !== 'other' && form(tokens[v]) === form(tokens[pv])) || able ? prev : (main ?? prev);
      actor = from.subject;
      ownSide = from.ownSide;
    }
    // The clause is negated by a negator of its verb: before it ("never answered", "did not"), or just after an
    // auxiliary ("was not", "could never"). A contrast after a comma ("..., not as an opinion") is not.
    let negated = false;
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      const negator = ((t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'AUX') && NEGATORS.has(t.lower)) || t.lower === "n't" || t.lower === 'cannot';
      if (!negator) continue;
      if (verb === undefined || i <= verb) negated = true;
      else {
        let k = verb + 1;
        while (k < i && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k++;
        if (k === i) negated = true;
      }
    }
    // The tagger's negation scope runs on to the next punctuation it knows; a new clause with its own subject
    // after a dash, a comma, a semicolon or "but" is out of it ("he didn't agree - he thought ...").
    const fresh = np !== undefined && a > 0 && (BOUNDARY_PUNCT.has(tokens[a].text) || tokens[a].lower === 'but' || BOUNDARY_PUNCT.has(tokens[a - 1].text));
    if (fresh && !negated) for (let i = a; i < b; i++) tokens[i].negated = false;
    // ... and so is a finite verb joined by "and"/"or" to a "without ...-ing" phrase: "I listened without
    // interrupting and used plain words" (used is done); "without testing or reviewing it" stays in the scope.
    if (!negated && verb !== undefined && tokens[verb].negated && opener.pos === 'CCONJ' && withoutScope(tokens, a) && !/ing$/.test(tokens[verb].lower)) for (let i = a; i < b; i++) tokens[i].negated = false;
    if (verb !== undefined && tokens[verb].negated) negated = true;
    clauses.push({
      from: a,
      to: b,
      subject: actor,
      subjectFrom: np?.from,
      subjectTo: np?.to,
      verb,
      ownSide,
      negated,
      quoted: false,
    });
  }
  markAsidesAndDescriptions(tokens, clauses);
  invertedQuestions(tokens, clauses);
  return clauses;
}

/**
 * A question opened by "why" (or "how come") with its auxiliary before the subject, "Why did the platform team sit
 * on it for a month?": the phrase after the auxiliary is the subject, and the full verb after it the clause's verb
 * (the splitter reads the auxiliary as the verb of a clause with no subject). Such a question presumes what it asks.
 */
function invertedQuestions(tokens: Token[], clauses: Clause[]): void {
  for (const c of clauses) {
    if (c.subject !== 'none' || c.subjectFrom !== undefined || tokens[c.from]?.lower !== 'why' || tokens[c.from + 1]?.pos !== 'AUX') continue;
    const from = c.from + 2;
    let to = from;
    while (to < c.to && NP_PART.has(tokens[to].pos) && to - from < 6) to++;
    const verb = tokens[to]?.pos === 'VERB' ? to : tokens[to]?.pos === 'ADV' && tokens[to + 1]?.pos === 'VERB' ? to + 1 : -1;
    if (to === from || verb < 0) continue;
    const r = actorOf(tokens, { from, to });
    c.subject = r.actor;
    c.ownSide = r.ownSide;
    c.subjectFrom = from;
    c.subjectTo = to;
    c.verb = verb;
  }
}

/**
 * Marks the comments set off by commas right after a clause's verb ("was, to put it kindly, hopeless", at most six
 * tokens from comma to comma: Token.aside), and the relative clauses in the present that describe a thing
 * (Clause.describes: "our build that fails when their schema changes").
 */
function markAsidesAndDescriptions(tokens: Token[], clauses: Clause[]): void {
  for (let n = 0; n < clauses.length; n++) {
    const c = clauses[n];
    if (c.verb === undefined) continue;
    const open = c.verb + 1;
    if (tokens[open]?.text === ',') {
      for (let k = open + 1; k < tokens.length && k - open <= 6; k++) {
        if (tokens[k].text !== ',') continue;
        for (let j = open; j <= k; j++) tokens[j].aside = true;
        break;
      }
    }
    // (the noun before may be tagged a verb after a determiner or a possessive: "our build that fails")
    const noun = tokens[c.from - 1]?.pos === 'NOUN' || tokens[c.from - 1]?.pos === 'PROPN' || /^(DET|PRON)$/.test(tokens[c.from - 2]?.pos ?? '');
    const v = tokens[c.verb];
    if (/^(that|which)$/.test(tokens[c.from]?.lower ?? '') && noun && v.pos === 'VERB' && !pastForm(v.lower)) c.describes = true;
  }
}

/** Verbs of saying or writing words to someone (not of thinking or feeling): what their subject utters. */
const SAYING_VERBS = /^(say|says|said|tell|tells|told|write|writes|wrote|claim|claims|claimed|complain|complains|complained|insist|insisted|state|states|stated|argue|argued|email|emailed|post|posted|message|messaged|allege|alleged|remark|remarked|comment|commented|reply|replied|respond|responded|announce|announced|warn|warned)$/;
/** Verbs of writing, which report words only before "that": "wrote that", "emailed us that". */
const WRITING_VERBS = /^(write|writes|wrote|written|email|emails|emailed|message|messaged|text|texted|post|posted|tweeted)$/;

/** Verbs of answering: at the end of a clause of time they tell when an answer came, not what it said. */
const ANSWERING = /^(reply|replies|replied|respond|responds|responded|answer|answers|answered)$/;

/** A verb of speech in the clause has a word naming another party (not the speaker) right before it: "our VP said". */
function speakerBeforeSpeech(tokens: Token[], c: Clause): boolean {
  // (not a condition or a time: "Had the account manager told us about it, ...", "When the lead said so, ...")
  if (/^(had|if|when|whenever|unless|once|after|before|until|as)$/.test(tokens[c.from]?.lower ?? '')) return false;
  for (let i = c.from + 1; i < c.to; i++) {
    if (!SPEECH_VERBS.has(tokens[i].lower) || !isVerb(tokens[i])) continue;
    // (the words said follow the verb: "our VP said the slip was ...", not "told us about the process")
    if (/^(us|me|him|her|them|about|to|so|nothing|anything)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    const w = tokens[i - 1].lower;
    if (PERSON_NOUNS.has(w) || GROUP_NOUNS.has(w) || PERSON_PRONOUNS.has(w) || GROUP_PRONOUNS.has(w)) return true;
  }
  return false;
}

/** Marks reported speech: what another party says, tells or claims ("she said *it was our fault*"). */
function markReported(tokens: Token[], clauses: Clause[]): void {
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k];
    // (a clause the tagger gave no party subject, when a word naming one stands right before its verb of speech: "In
    // the next board update our VP said the slip was ...", where "update" was read as the clause's verb)
    // (or a noun the lexicon does not know for people, as the subject of a verb of saying or writing, the clause's own:
    // "the broker wrote that ...", "a large customer told our CEO that ...": a thing that says something is someone)
    const said = c.verb !== undefined && SAYING_VERBS.test(tokens[c.verb].lower) && isVerb(tokens[c.verb]);
    const nounSpeaker = c.subject === 'thing' && said && c.subjectFrom !== undefined && c.subjectTo !== undefined && tokens.slice(c.subjectFrom, c.subjectTo).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
    if (c.subject !== 'person' && c.subject !== 'group' && !nounSpeaker && !speakerBeforeSpeech(tokens, c)) continue;
    let speech = -1;
    // (a verb of writing reports words when "that" opens what was written: "the broker wrote to our CEO that our support
    // team was useless"; not "the contractors wrote sloppy code")
    const after = clauses[k + 1];
    // "that" opens what was written only when a determiner, pronoun or name starts the written clause ("wrote that our
    // team…", "wrote that the desk…"); before a bare adjective or noun it points at the thing written ("the developers who
    // wrote that first version were clueless": the writers are judged, nobody is quoted).
    const opener = after !== undefined ? tokens[after.from + 1] : undefined;
    const thatFollows = after !== undefined && tokens[after.from]?.lower === 'that' && opener !== undefined && (opener.pos === 'DET' || opener.pos === 'PRON' || opener.pos === 'PROPN');
    for (let i = c.from; i < c.to; i++) {
      if ((SPEECH_VERBS.has(tokens[i].lower) || BELIEF_VERBS.has(tokens[i].lower) || (thatFollows && after.from - i <= 5 && WRITING_VERBS.test(tokens[i].lower))) && isVerb(tokens[i])) {
        // (the first: what follows it is reported, a verb of speech inside it too: "everyone assumed the cache was to blame")
        speech = i;
        break;
      }
    }
    if (speech < 0) continue;
    // Speech that did not happen reports no words: "changed the API without telling anyone, so ...", "never told
    // engineering, and ...". What follows is the speaker's own narration.
    const prior = tokens[speech - 1]?.lower ?? '';
    if (prior === 'without' || tokens[speech].negated || NEGATORS.has(prior) || prior === "n't") continue;
    // Only when words follow that say something ("she said it was late"), not "she told me" alone.
    const next = clauses[k + 1];
    if (speech === c.to - 1 && !next) continue;
    // A question asked in a clause of time, then the speaker's own answer: "When my skip-level asked, I said ..."
    // (the words after the comma are the speaker's, not what was asked).
    if (speech === c.to - 1 && /^(when|after|once|as|before|whenever)$/.test(tokens[c.from].lower) && next && (next.subject === 'I' || next.subject === 'we')) continue;
    // An answer that came at a time, with no words of it given: "by the time anyone replied | the certificate had
    // lapsed", "until the vendor responded, ..." (a verb of answering takes no clause of words without "that").
    let o = c.from;
    while (o < c.to && (tokens[o].pos === 'CCONJ' || tokens[o].pos === 'PUNCT')) o++;
    const timed = /^(when|after|once|before|whenever|until|till)$/.test(tokens[o]?.lower ?? '') || (tokens[o]?.lower === 'by' && tokens[o + 2]?.lower === 'time');
    if (speech === c.to - 1 && timed && ANSWERING.test(tokens[speech].lower)) continue;
    for (let i = speech + 1; i < c.to; i++) tokens[i].quoted = true;
    // The clauses after it, until the speaker takes the word back ("..., but I ..."). Words reported inside a
    // subordinate clause end with it: the main clause after its comma is the speaker's ("If the data team had told
    // anyone they were renaming the fields, we'd have been live", "Because the vendor said it was stable, we skipped
    // the soak test").
    const subordinate = /^(if|unless|when|whenever|because|since|although|though|once|after|before|until|while)$/.test(tokens[o]?.lower ?? '');
    for (let j = k + 1; j < clauses.length; j++) {
      const d = clauses[j];
      const back = ((d.subject === 'I' || d.subject === 'we') && /^(but|;|and|so|yet|\.)$/.test(tokens[d.from].lower)) || (subordinate && tokens[d.from].text === ',' && d.subjectFrom !== undefined && d.subjectFrom > d.from);
      if (back || d.quoted) break;
      d.quoted = true;
      for (let i = d.from; i < d.to; i++) tokens[i].quoted = true;
    }
  }
  // "my director's view was that the vendor let us down", "their take was that ...": a view owned by another party,
  // then what it holds (after a verb of being); the clauses after it are that party's, until the speaker takes the
  // word back ("...; I did not agree")
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!VIEW_NOUNS.has(tokens[i].lower) || tokens[i].pos !== 'NOUN' || !COPULAS.has(tokens[i + 1].lower)) continue;
    const o = tokens[i - 1].lower;
    const owned = /^(his|her|their)$/.test(o) || ((o === "'s" || o === '’s') && i >= 2 && tokens[i - 2].lower !== 'it' && tokens[i - 2].lower !== 'that');
    if (!owned) continue;
    const k = clauses.findIndex((c) => c.from <= i && i < c.to);
    if (k < 0) continue;
    for (let j = i + 2; j < clauses[k].to; j++) tokens[j].quoted = true;
    for (let j = k + 1; j < clauses.length; j++) {
      const d = clauses[j];
      const back = (d.subject === 'I' || d.subject === 'we') && /^(but|;|and|so|yet|\.)$/.test(tokens[d.from].lower);
      if (back || d.quoted) break;
      d.quoted = true;
      for (let x = d.from; x < d.to; x++) tokens[x].quoted = true;
    }
  }
  // "according to X, ..."
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].lower === 'according' && tokens[i + 1].lower === 'to') {
      for (const t of tokens) t.quoted = true;
      for (const c of clauses) c.quoted = true;
      break;
    }
  }
}

/**
 * Whether token i introduces someone's words: a verb of speech ("said", "wrote", "put it"), or "words" owned
 * by someone ("in her words", "his words were").
 */
function speechAt(tokens: readonly Token[], i: number): 'verb' | 'owner' | undefined {
  const t = tokens[i];
  if (SPEECH_VERBS.has(t.lower) && (isVerb(t) || t.pos === 'NOUN')) return 'verb';
  if (/^(put|puts|phrased|wrote|writes|written|quipped|called)$/.test(t.lower) && (tokens[i + 1]?.lower === 'it' || t.lower !== 'put')) return 'verb';
  if (t.lower === 'quote' && tokens[i - 1]?.lower === 'to') return 'verb';
  if ((t.lower === 'words' || t.lower === 'word') && /^(my|our|his|her|their|its)$/.test(tokens[i - 1]?.lower ?? '')) return 'owner';
  return undefined;
}

/** The speaker of the last quotation that ran on past its sentence, for the sentences it runs into. */
let lastQuote: { open: number; close: number; speaker: Actor | undefined } = { open: -1, close: -1, speaker: undefined };

/** Nouns of what someone said, which an owner makes theirs ("his instruction was: ...", "the CTO's reply was: ..."). */
const WORDS_SAID = /^(answer|answers|reply|replies|response|responses|instruction|instructions|words|message|comment|comments|advice|order|orders|verdict|feedback|line|email|note|question|pitch|summary|take|view|words)$/;

/** Whose words "in her words" names. */
function ownerOfWords(tokens: readonly Token[], i: number): Actor {
  const o = tokens[i - 1]?.lower ?? '';
  if (o === 'my') return 'I';
  if (o === 'our') return 'we';
  return o === 'their' ? 'group' : 'person';
}

/** Quotation marks in a sentence: the words inside are someone else's unless the speaker says them. */
function markQuotes(tokens: Token[], clauses: Clause[], spans: readonly [number, number, number][]): void {
  if (spans.length === 0) return;
  for (const [open, close, words] of spans) {
    // tokens are in file order: find the first after the opening mark, then walk to the closing one
    const lo = partitionPoint(tokens.length, (i) => tokens[i].start <= open);
    let first = -1;
    let last = -1;
    for (let i = lo; i < tokens.length && tokens[i].start < close; i++) {
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) continue;
    // Attribution: a speech verb before the opening mark in the same clause ("she said, "...""), or after
    // the closing mark ("...", she said).
    let speaker: Actor | undefined;
    for (let i = first - 1; i >= Math.max(0, first - 6) && !speaker; i--) {
      const w = speechAt(tokens, i);
      if (w === 'verb') speaker = clauses.find((c) => c.from <= i && i < c.to)?.subject ?? 'none';
      else if (w === 'owner') speaker = ownerOfWords(tokens, i);
    }
    // After the closing mark: `"...", she said`
    if (!speaker) {
      for (let i = last + 1; i < Math.min(tokens.length, last + 5); i++) {
        if (speechAt(tokens, i) === 'verb') {
          const np = nounPhrases(tokens, last + 1, i).pop() ?? nounPhrases(tokens, i + 1, Math.min(tokens.length, i + 4))[0];
          speaker = np ? actorOf(tokens, np).actor : 'none';
          break;
        }
      }
    }
    // A quotation a colon opens, after an owned noun of words earlier in the sentence: "My manager's answer in the
    // stand-up was: "...", "His instruction, word for word, was: "..."" (the owner's words, or the speaker's own
    // with "my", "our")
    if (!speaker && (tokens[first - 1]?.text === ':' || (tokens[first - 2]?.text === ':' && tokens[first - 1]?.pos === 'PUNCT'))) {
      for (let i = first - 2; i >= Math.max(0, first - 16) && !speaker; i--) {
        if (!WORDS_SAID.test(tokens[i].lower) || tokens[i].pos !== 'NOUN') continue;
        const o = tokens[i - 1]?.lower ?? '';
        if (o === "'s" || o === '’s') speaker = /^(i|we)$/.test(tokens[i - 2]?.lower ?? '') ? 'I' : 'person';
        else if (/^(my|our|his|her|their)$/.test(o)) speaker = ownerOfWords(tokens, i);
      }
    }
    // (a quotation that runs on from an earlier sentence keeps the speaker found there)
    if (!speaker && open < tokens[0].start && lastQuote.open === open && lastQuote.close === close) speaker = lastQuote.speaker;
    if (speaker && close > tokens[tokens.length - 1].end) lastQuote = { open, close, speaker };
    if (speaker === 'I' || speaker === 'we') continue;
    // An unattributed quotation of many words is the candidate's own answer written as speech ("Certainly. On
    // a project to ..."); someone else's words come with a speaker, and scare quotes are short.
    if (speaker === undefined && words > UNATTRIBUTED_OWN) continue;
    for (let i = first; i <= last; i++) tokens[i].quoted = true;
  }
  for (const c of clauses) {
    let all = true;
    for (let i = c.from; i < c.to; i++) if (!tokens[i].quoted && tokens[i].pos !== 'PUNCT') all = false;
    if (all && c.to > c.from) c.quoted = true;
  }
}

/** The tagger leaves "I'm", "I've", "I'd", "I'll" whole (and calls them names); split them as it splits "we're". */
function splitContractions(toks: Token[]): Token[] {
  if (!toks.some((t) => /^i['’](m|d|ll|ve)$/i.test(t.text))) return toks;
  const out: Token[] = [];
  for (const t of toks) {
    if (!/^i['’](m|d|ll|ve)$/i.test(t.text)) {
      out.push(t);
      continue;
    }
    out.push({ ...t, text: t.text[0], lower: 'i', pos: 'PRON', end: t.start + 1 });
    const rest = t.text.slice(1);
    out.push({ ...t, text: rest, lower: rest.toLowerCase().replace('’', "'"), pos: 'AUX', start: t.start + 1 });
  }
  return out;
}

/**
 * Terse notes start a sentence with a lower-case word for a party that the tagger reads as an adverb or a verb
 * ("infra never provisioned the cluster", "mgmt pushed the date", "design handed over late"): a word for people or
 * a group first in its sentence (after a bullet or a label's punctuation), with a verb next (adverbs between), is
 * the subject, a noun. Only the first word is looked at.
 */
function partyFirst(toks: Token[]): Token[] {
  let k = 0;
  while (k < toks.length && (toks[k].pos === 'PUNCT' || toks[k].pos === 'SYM')) k++;
  const x = toks[k];
  if (!x || x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON') return toks;
  if (!(GROUP_NOUNS.has(x.lower) || PERSON_NOUNS.has(x.lower))) return toks;
  let j = k + 1;
  while (j < toks.length && j - k < 3 && toks[j].pos === 'ADV') j++;
  const v = toks[j];
  if (!v || (v.pos !== 'VERB' && v.pos !== 'AUX')) return toks;
  // (a word read as a verb is a subject only before a told verb: "lead shipped it", not "help build it")
  if (x.pos === 'VERB' && v.pos === 'VERB' && !pastForm(v.lower)) return toks;
  toks[k] = { ...x, pos: 'NOUN' };
  return toks;
}

// ---- the tagger's reading, block by block -------------------------------------------------------------------

/** What the tagger says about a text: its tokens, their tags and negation, and its sentences (token spans). */
export interface Reading {
  words: string[];
  pos: Pos[];
  neg: boolean[];
  spans: [number, number][];
}

/**
 * A possessive glued to the mark after it ("the team's.", "Dana's,"): the tagger reads it as one word, unlike "the
 * team's plan" (a word and "'s"), and keeps that one word in its cache, so every later "team's" it reads would be one
 * word too and a story's reading would depend on what was read before it. A space before the mark gives the one
 * reading always; the words are found back in the text by their spelling (`tokenAt`), so the space moves nothing.
 */
const GLUED_POSSESSIVE = String.raw`(?<=[\p{L}\p{N}]['’][sS])(?=[^\s\p{L}\p{N}])`;

/**
 * A number glued to letters after a dot inside a word ("r6.8xlarge", "1.10M–1.25M", "model-2.1-9b"): the tagger splits
 * the word at the dot and keeps the piece after it ("8xlarge", "25M") in its cache as one word, though read on its own
 * that piece is a number and a unit; every later "25M" would then be one word. A space between the digits and the
 * letters gives the reading a number and its unit always get ("1.25 M" reads as "1.25M" does on its own).
 */
const GLUED_UNIT_AFTER_DOT = String.raw`(?<=[\p{L}\p{N}]\.[\p{N}-]*\p{N})(?=\p{L})`;

/** Both places where a space keeps the tagger's cache out of a reading, found in one pass over the text. */
const CACHE_SPLITS = new RegExp(`${GLUED_POSSESSIVE}|${GLUED_UNIT_AFTER_DOT}`, 'gu');

export function readText(text: string): Reading {
  const nlp = load();
  const its = nlp.its;
  const doc = nlp.readDoc(text.replace(CACHE_SPLITS, ' '));
  const tokens = doc.tokens();
  return {
    words: tokens.out() as string[],
    pos: tokens.out(its.pos) as Pos[],
    neg: tokens.out(its.negationFlag) as boolean[],
    spans: doc.sentences().out(its.span) as [number, number][],
  };
}

/**
 * Readings of recent blocks, by text. Typing changes one block of a story; the other blocks are read from here
 * instead of by the tagger again. Bounded: the oldest entries go first.
 */
const blockReadings = new Map<string, Reading>();
const MAX_BLOCK_READINGS = 256;
/** The blocks of the last few texts read whole: a text sharing a block with one of them is an edit of it. */
const recentTexts: Set<string>[] = [];
const MAX_RECENT_TEXTS = 4;

/** The text cut into blocks at blank lines (each block keeps its blank run; see `readBlocks`). */
function blocksOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    const gap = text.indexOf('\n\n', from);
    let to = gap < 0 ? text.length : gap + 2;
    while (to < text.length && /\s/.test(text[to])) to++; // the whole blank run stays in one block (one token)
    out.push(text.slice(from, to));
    from = to;
  }
  return out;
}

/**
 * The tagger's reading of a text. A text at least half of whose blocks were read lately (an edit of one: a
 * keystroke in an open story) is read block by block, each block's reading cached, so only the edited block
 * costs the tagger; any other text (a bank being indexed) is read whole, which makes less garbage than many
 * small reads.
 */
export function readProse(text: string): Reading {
  const blocks = blocksOf(text);
  let known = 0;
  for (const b of blocks) if (blockReadings.has(b) || recentTexts.some((r) => r.has(b))) known++;
  if (known > 0 && 2 * known >= blocks.length) return readBlocks(text, blocks);
  recentTexts.push(new Set(blocks));
  if (recentTexts.length > MAX_RECENT_TEXTS) recentTexts.shift();
  return readText(text);
}

/**
 * The same reading as `readText` of the whole text (tested, and on every story of the eval corpus), one block at a
 * time, each block's reading cached. Blocks end at a blank line: `buildText` ends every block with a sentence end
 * and a blank line, so no sentence runs across blocks.
 */
export function readBlocks(text: string, blocks: readonly string[] = blocksOf(text)): Reading {
  if (text.length === 0) return readText(text);
  const out: Reading = { words: [], pos: [], neg: [], spans: [] };
  for (const block of blocks) {
    let r = blockReadings.get(block);
    if (r) {
      blockReadings.delete(block); // most recently used last
    } else {
      r = readText(block);
      if (blockReadings.size >= MAX_BLOCK_READINGS) blockReadings.delete(blockReadings.keys().next().value as string);
    }
    blockReadings.set(block, r);
    const base = out.words.length;
    for (let i = 0; i < r.words.length; i++) {
      out.words.push(r.words[i]);
      out.pos.push(r.pos[i]);
      out.neg.push(r.neg[i]);
    }
    // Read whole, the blank line after a block's last sentence starts the next sentence; read alone, the block
    // ends with a sentence of that blank line only. Give it to the next sentence, as the whole reading does.
    let k = 0;
    const last = out.spans[out.spans.length - 1];
    if (last && r.spans.length > 0 && out.pos.slice(last[0], last[1] + 1).every((p) => p === 'SPACE')) {
      out.spans.pop();
      out.spans.push([last[0], r.spans[0][1] + base]);
      k = 1;
    }
    for (; k < r.spans.length; k++) out.spans.push([r.spans[k][0] + base, r.spans[k][1] + base]);
  }
  return out;
}

// ---- entry point ------------------------------------------------------------------------------------------------

const cache = new WeakMap<readonly ProseSegment[], ProseLanguage>();

/**
 * Most characters of a story's prose the language layer reads: about 8,000 words, close to an hour said aloud,
 * where too-long already asks for two minutes. A longer story (a pasted transcript, a generated or hostile file) is
 * read up to there, so the wording checks that use the language (blame, solo-heroics, badmouthing...) look at its
 * first 50,000 characters only and a 1 MB story is analysed in seconds. Every other check reads the whole story.
 */
export const MAX_LANGUAGE_CHARS = 50_000;

/**
 * Most prose segments (paragraphs, list items, runs of text between inline code or tags) of a story the language
 * layer reads. The tagger and every per-sentence step cost something per block however short it is, so 100 KB of
 * one-word paragraphs (33,000 blocks, 17,000 of them within MAX_LANGUAGE_CHARS) took longer than 100 KB of prose.
 * The longest story of the eval corpus and the shared corpus has 97 segments (5,351 stories), so only a generated
 * or hostile file reaches this; like MAX_LANGUAGE_CHARS, the wording checks then look at its first segments.
 */
export const MAX_LANGUAGE_SEGMENTS = 1_000;

/**
 * The segments the language layer reads: all of them, or the first MAX_LANGUAGE_SEGMENTS of them within
 * MAX_LANGUAGE_CHARS, the last one cut at a space.
 */
export function readableSegments(segments: readonly ProseSegment[], max = MAX_LANGUAGE_CHARS, maxSegments = MAX_LANGUAGE_SEGMENTS): readonly ProseSegment[] {
  let total = 0;
  for (let i = 0; i < segments.length; i++) {
    if (i >= maxSegments) return segments.slice(0, i);
    const s = segments[i];
    if (total + s.text.length <= max) {
      total += s.text.length;
      continue;
    }
    const room = max - total;
    const space = s.text.slice(Math.max(0, room - 200), room).search(/\s\S*$/);
    const cut = space >= 0 ? Math.max(0, room - 200) + space : room;
    const out = segments.slice(0, i);
    if (cut > 0) out.push({ text: s.text.slice(0, cut), start: s.start });
    return out;
  }
  return segments;
}

/**
 * The language of a run of prose (a story's or a part's `prose`): sentences, tokens with file offsets, negation,
 * quoted and reported speech, clauses with their subjects. Cached per segments array, so the rules of one
 * analysis share one pass of the tagger.
 */
export function understand(fileText: string, segments: readonly ProseSegment[]): ProseLanguage {
  const hit = cache.get(segments);
  if (hit) return hit;
  const { text, chunks } = buildText(fileText, readableSegments(segments));
  const result: ProseLanguage = { sentences: [] };
  if (text.trim()) {
    const { words, pos, neg, spans } = readProse(text);
    const docStart: number[] = new Array<number>(words.length);
    const tokens: Token[] = new Array<Token>(words.length);
    let cursor = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      let at = tokenAt(text, w, cursor);
      if (at < 0 || at - cursor > 40) at = cursor;
      docStart[i] = at;
      cursor = at + w.length;
      const start = toFile(chunks, at);
      // a curly apostrophe reads as a straight one ("don’t" negates as "don't" does)
      const lower = w.toLowerCase();
      tokens[i] = { text: w, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, pos: pos[i], start, end: start + w.length, negated: !!neg[i], quoted: false };
    }
    const quotes = quoteSpans(text);
    let q = 0;
    // Real sentences are far shorter; cutting runaway ones keeps every per-sentence step (and the rules'
    // per-sentence questions) bounded, so a pasted log cannot make the analysis quadratic.
    const pieces: [number, number][] = [];
    for (const [a, b] of spans) for (let x = a; x <= b; x += MAX_SENTENCE_TOKENS) pieces.push([x, Math.min(b, x + MAX_SENTENCE_TOKENS - 1)]);
    for (const [a, b] of pieces) {
      const toks = partyFirst(splitContractions(tokens.slice(a, b + 1).filter((t) => t.pos !== 'SPACE')));
      const idx: number[] = [];
      for (let i = a; i <= b; i++) if (tokens[i].pos !== 'SPACE') idx.push(i);
      if (toks.length === 0) continue;
      const clauses = splitClauses(toks);
      markReported(toks, clauses);
      const sStart = docStart[idx[0]];
      const sEnd = docStart[idx[idx.length - 1]] + words[idx[idx.length - 1]].length;
      while (q < quotes.length && quotes[q][1] < sStart) q++;
      const inside: [number, number, number][] = [];
      for (let k = q; k < quotes.length && quotes[k][0] <= sEnd; k++) inside.push([toFile(chunks, quotes[k][0]), toFile(chunks, quotes[k][1]), quotes[k][2]]);
      markQuotes(toks, clauses, inside);
      result.sentences.push({ start: toks[0].start, end: toks[toks.length - 1].end, tokens: toks, clauses, spoken: ownWords(toks, clauses) });
    }
    resolveThey(result.sentences);
  }
  cache.set(segments, result);
  return result;
}

/**
 * Where a token's word is found from `cursor` on: `text.indexOf(word, cursor)`, found without a search in the usual
 * case, where the word starts right after the white space at the cursor. (A word that does not start with white
 * space cannot start inside that white space, so the first place it starts there is the first place at all.)
 */
function tokenAt(text: string, word: string, cursor: number): number {
  let p = cursor;
  if (word.length > 0 && !isSpaceCode(word.charCodeAt(0))) while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
  return text.startsWith(word, p) ? p : text.indexOf(word, cursor);
}

/** Space, tab, line feed, carriage return (the white space between the tagger's tokens). */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** The tokens outside someone else's words: of the clauses not quoted, the tokens not quoted (Sentence.spoken). */
function ownWords(tokens: readonly Token[], clauses: readonly Clause[]): number[] {
  const out: number[] = [];
  for (const c of clauses) {
    if (c.quoted) continue;
    for (let i = c.from; i < c.to; i++) if (!tokens[i].quoted) out.push(i);
  }
  return out;
}

// ---- "they" for things ------------------------------------------------------------------------------------------

/** A word that can stand for people: a pronoun for them, a word for a person or a group, a name. */
function peopleWord(t: Token, next: Token | undefined): boolean {
  const w = t.lower;
  if (GROUP_PRONOUNS.has(w) || w === 'their' || PEOPLE_PRONOUNS.has(w) || PERSON_PRONOUNS.has(w)) return true;
  if (t.pos === 'PROPN') return true;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'VERB' && t.pos !== 'ADV') return false;
  // (a function name before a noun is an activity: "the design docs", "support tickets")
  if (ACTIVITY_GROUPS.has(w)) return !(next && next.pos === 'NOUN');
  const sing = w.endsWith('s') ? w.slice(0, -1) : w;
  return GROUP_NOUNS.has(w) || PERSON_NOUNS.has(w) || GROUP_NOUNS.has(sing) || PERSON_NOUNS.has(sing) || /.(people|persons|folks|men|women)$/.test(w);
}

const SPANS_OF_TIME = /^(seconds|minutes|hours|days|weeks|months|quarters|years|decades|sprints|nights|evenings|weekends|mornings|afternoons)$/;

/** A plural noun that names things: "the changes", "our tests" (not "the engineers", not a name). */
function pluralThing(t: Token, next: Token | undefined): boolean {
  // (not a span of time, which no "they" stands for: "Three weeks before the switch the integrator walked away, and
  // they left us holding the bag")
  return t.pos === 'NOUN' && /[^s']s$/.test(t.lower) && !peopleWord(t, next) && !(next && next.pos === 'NOUN') && !SPANS_OF_TIME.test(t.lower);
}

/**
 * "They" standing for things: "I hadn't tested the changes, and they didn't work", "The alerts were noisy; they fired
 * all night". A clause whose subject is a bare "they" is about things when the words before it (in its sentence, back
 * to the sentence before) name plural things and nobody who could be "they" (no people, group, name or earlier
 * "they"). Its subject, and that of the verbs coordinated with it, becomes a thing.
 */
function resolveThey(sentences: readonly Sentence[]): void {
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n];
    const t = s.tokens;
    for (let k = 0; k < s.clauses.length; k++) {
      const c = s.clauses[k];
      if (c.subject !== 'group' || c.subjectFrom === undefined || c.subjectTo !== c.subjectFrom + 1 || t[c.subjectFrom].lower !== 'they') continue;
      // (a "they" or "them" already standing for the things counts for neither)
      let people = false;
      let things = false;
      const look = (x: readonly Token[], to: number) => {
        let state = '';
        for (let i = 0; i < to; i++) {
          const w = x[i].lower;
          if ((GROUP_PRONOUNS.has(w) || w === 'their') && state === 'thing') continue;
          if (peopleWord(x[i], x[i + 1])) {
            people = true;
            state = 'people';
          } else if (pluralThing(x[i], x[i + 1])) {
            things = true;
            state = 'thing';
          }
        }
      };
      // the nearest words decide: the clause's own sentence, else the sentence before it
      look(t, c.subjectFrom);
      const prev = sentences[n - 1];
      if (!people && !things && prev) look(prev.tokens, prev.tokens.length);
      if (people || !things) continue;
      c.subject = 'thing';
      for (let j = k + 1; j < s.clauses.length; j++) {
        const d = s.clauses[j];
        if (d.subjectFrom !== undefined || d.subject !== 'group') break;
        d.subject = 'thing';
      }
    }
  }
}

/**
 * Lets go of the cached language of this prose once its analysis is done. Kept, it would live as long as the
 * story does (the server keeps every story of the bank): about 45 KB a story, 45 MB for 1,000 stories. A later
 * call to `understand` reads the prose again.
 */
export function forgetLanguage(segments: readonly ProseSegment[]): void {
  cache.delete(segments);
}

/** The sentences of `lang` that lie within the given prose (a part's segments inside the story's). */
export function sentencesIn(lang: ProseLanguage, segments: readonly ProseSegment[]): Sentence[] {
  if (segments.length === 0) return [];
  // both run in file order: one walk over each
  const out: Sentence[] = [];
  let g = 0;
  for (const s of lang.sentences) {
    // (a sentence is placed by its first word: a bullet character or a mark the parser left at the end of the part
    // before — "... wait times.\n•" then "Result: We managed ..." — does not bring the next part's sentence in)
    const from = wordStart(s);
    while (g < segments.length && segments[g].start + segments[g].text.length <= from) g++;
    if (g >= segments.length) break;
    if (s.end > segments[g].start) out.push(s);
  }
  return out;
}

/** Where a sentence's first word starts (past leading punctuation and symbols); its start when it has none. */
function wordStart(s: Sentence): number {
  for (const t of s.tokens) if (/[\p{L}\p{N}]/u.test(t.text)) return t.start;
  return s.start;
}

/** The text of a token range as written in the file. */
export function tokenText(fileText: string, tokens: readonly Token[], from = 0, to = tokens.length): string {
  if (to <= from) return '';
  return fileText.slice(tokens[from].start, tokens[to - 1].end);
}
