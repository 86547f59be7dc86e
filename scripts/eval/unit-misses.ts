// Answers not found and answers invented, sorted into classes by signals that do not need the language (round 35):
// for each story miss of an eval report in one gate group (default: the studied half; the held-back half and the
// proxy are never listed, only counted), the unit's body is read (an invented one: the story the parser found; a
// missing one: its labelled title line to the next heading of its level or higher) and measured: share of list-item
// lines, share of lines that ask (a question mark of any script: ? ？ ؟), slot marks ([...], ___, <...>, …), share of
// lines holding links, words, and the teller's words (segment.ts bodyOf, the first-person machinery per language).
// Each miss gets the first class whose test it meets; the classes are printed biggest first, with examples.
//
//   node --import tsx scripts/eval/unit-misses.ts REPORT.json [--group studied|adv] [--examples N] [--class NAME]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeFile } from '../../server/src/core';
import { bodyOf } from '../../server/src/core/parse/segment';
import { findSharedCorpus, loadCorpus, repoSources } from './harness';
import { gateGrouper } from '../learn/gate-groups';

interface Miss {
  file: string;
  split: string;
  line: number;
  title: string;
  kind: 'missing' | 'extra';
}

/** The body signals of a unit, language aside. */
export interface Signals {
  lines: number;
  items: number;
  asks: number;
  slots: number;
  links: number;
  words: number;
  firstPerson: number;
  secondPerson: number;
  titleAsks: boolean;
  heading: number;
}

const ITEM = /^[ \t>]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)/u;
const ASKS = /[?？؟][ \t"'”’)\]*_]*$/u;
const SLOT = /\[[^\]\n]{0,40}\](?!\()|_{3,}|<[^>\n]{1,30}>|…|\.\.\.|\{\{?[^}\n]{1,30}\}\}?|【[^】]{0,20}】|〇〇|○○|XX/gu;
const LINK = /\]\([^)]*\)|https?:\/\/|\[\[[^\]]+\]\]/u;
const HEADING = /^ {0,3}(#{1,6})[ \t]/u;

/** The signals of lines [from, to) under a title line. */
export function signalsOf(lines: { text: string; start: number }[], title: number, from: number, to: number): Signals {
  const s: Signals = { lines: 0, items: 0, asks: 0, slots: 0, links: 0, words: 0, firstPerson: 0, secondPerson: 0, titleAsks: ASKS.test(lines[title]?.text ?? ''), heading: HEADING.exec(lines[title]?.text ?? '')?.[1].length ?? 0 };
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    if (!t.trim()) continue;
    s.lines++;
    if (ITEM.test(t)) s.items++;
    if (ASKS.test(t)) s.asks++;
    if (LINK.test(t)) s.links++;
    s.slots += (t.match(SLOT) ?? []).length;
  }
  const b = bodyOf(lines, from, to);
  s.words = b.words;
  s.firstPerson = b.firstPerson;
  s.secondPerson = b.secondPerson;
  return s;
}

/** The first class a miss's signals meet. */
export function classOf(kind: string, s: Signals): string {
  const share = (n: number): number => (s.lines === 0 ? 0 : n / s.lines);
  if (s.lines === 0) return `${kind}: empty body`;
  if (s.words < 15) return `${kind}: short body (<15 words)`;
  if (share(s.links) >= 0.5) return `${kind}: links / contents`;
  if (share(s.asks) >= 0.4) return `${kind}: question list`;
  if (s.slots >= 3) return `${kind}: template with slots`;
  const told = s.firstPerson >= 2 && s.firstPerson * 40 >= s.words * 1;
  if (share(s.items) >= 0.6) return `${kind}: list items, ${told ? 'told' : 'not told'}`;
  if (!told) return `${kind}: prose, not told${s.secondPerson > s.firstPerson ? ' (to the reader)' : ''}`;
  return `${kind}: told prose, ${s.titleAsks ? 'title asks' : s.heading ? `h${s.heading} title` : 'other title'}`;
}

function main(report: string, group: string, examples: number, only: string | undefined): void {
  const root = join(__dirname, '..', '..');
  const grouper = gateGrouper(root);
  const corpus = loadCorpus(repoSources(root, findSharedCorpus(root))).files;
  const byDisplay = new Map(corpus.map((f) => [f.display, f]));
  const misses = (JSON.parse(readFileSync(report, 'utf8')) as { storyMisses: Miss[] }).storyMisses;
  const counts = new Map<string, { n: number; files: Set<string>; ex: string[] }>();
  let other = 0;
  const spans: { file: string; kind: string; from: number; to: number }[] = [];
  const pending: { m: Miss; s: Signals; cls: string; from: number; to: number }[] = [];
  const analyses = new Map<string, ReturnType<typeof analyzeFile>>();
  for (const m of misses) {
    const f = byDisplay.get(m.file);
    if (!f || f.split === 'test') continue;
    const g = grouper(f.storyPath, f.split);
    if (g !== group) {
      other++;
      continue;
    }
    const text = readFileSync(f.storyPath, 'utf8');
    const lines: { text: string; start: number }[] = [];
    let at = 0;
    for (const t of text.split('\n')) {
      lines.push({ text: t, start: at });
      at += t.length + 1;
    }
    let title = Math.max(0, m.line - 1);
    let end = lines.length;
    if (m.kind === 'extra') {
      if (!analyses.has(f.storyPath)) analyses.set(f.storyPath, analyzeFile(text, f.storyPath, f.config));
      const st = analyses.get(f.storyPath)!.file.stories.find((x) => x.titleRange.start.line === m.line);
      if (st) {
        // (the core's lines count from 1)
        title = st.titleRange.start.line - 1;
        end = Math.min(lines.length, st.range.end.line);
      }
    } else {
      // (the labelled line ±1: the one holding the title's first word)
      const word = /\p{L}{3,}|\p{L}/u.exec(m.title)?.[0] ?? '';
      for (const c of [m.line - 1, m.line, m.line - 2]) if (c >= 0 && c < lines.length && word && lines[c].text.includes(word)) { title = c; break; }
      const level = HEADING.exec(lines[title].text)?.[1].length ?? 7;
      end = title + 1;
      while (end < lines.length && !(HEADING.exec(lines[end].text) && HEADING.exec(lines[end].text)![1].length <= level)) end++;
      end = Math.min(end, title + 120);
    }
    const s = signalsOf(lines, title, title + 1, end);
    spans.push({ file: m.file, kind: m.kind, from: title, to: end });
    const cls = classOf(m.kind, s);
    pending.push({ m, s, cls, from: title, to: end });
  }
  // How a miss stands to the file's other misses: an invented unit inside an answer not found (the answer read at a
  // deeper level, split), an answer not found inside an invented unit (read at a shallower level, merged), or a
  // title a line or two off.
  const relation = (x: { m: Miss; from: number; to: number }): string => {
    for (const y of spans) {
      if (y.file !== x.m.file || y.kind === x.m.kind) continue;
      if (Math.abs(y.from - x.from) <= 2) return 'shifted';
    }
    for (const y of spans) {
      if (y.file !== x.m.file || y.kind === x.m.kind) continue;
      if (y.from > x.from && y.from < x.to) return x.m.kind === 'missing' ? 'split (found deeper)' : 'merged (holds an answer)';
      if (x.from > y.from && x.from < y.to) return x.m.kind === 'missing' ? 'merged (inside a unit found)' : 'split (part of an answer)';
    }
    return '';
  };
  for (const { m, s, cls: c0, from, to } of pending) {
    const rel = relation({ m, from, to });
    const cls = rel ? `${m.kind}: ${rel}` : c0;
    if (only && cls !== only) continue;
    const c = counts.get(cls) ?? { n: 0, files: new Set(), ex: [] };
    c.n++;
    c.files.add(m.file);
    if (c.ex.length < examples) c.ex.push(`${basename(m.file)}:${m.line} ${m.title.slice(0, 50)} [w${s.words} fp${s.firstPerson} you${s.secondPerson} l${s.lines} it${s.items} q${s.asks} sl${s.slots} ln${s.links}]`);
    counts.set(cls, c);
  }
  for (const [cls, c] of [...counts].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`${String(c.n).padStart(4)} in ${String(c.files.size).padStart(3)} files  ${cls}`);
    for (const e of c.ex) console.log(`        ${e}`);
  }
  console.log(`(group ${group}; ${other} misses of other groups not read)`);
}

if (basename(process.argv[1] ?? '') === 'unit-misses.ts') {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const group = opt('--group') ?? 'studied';
  if (group !== 'studied' && group !== 'adv') {
    process.stderr.write('only the studied half and the adversarial cases are listed\n');
    process.exitCode = 2;
  } else main(args[0], group, Number(opt('--examples') ?? 3), opt('--class'));
}
