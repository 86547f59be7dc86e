// Where the placeholder rule's misses come from, sorted into classes (round 49): per fold (scripts/learn/gate-groups.ts
// roundFold), the false reports by the slot's dress and by what stood inside it, and the misses by their cause. Totals
// only: no file, line or text is printed, so the time split's held-out rounds and the gate's proxy can be read too.
//
// False reports, by where they sit:
//   invented      on an answer the labels do not have (the segmenter's, not the rule's)
//   in-answer     on a labelled answer; split by dress and by content:
// Dress: bracket [..], angle <..>, brace {..}, paren (..), emphasis (a line in * or _), marker (TODO, TBD, ???),
//   letter (one capital standing for a thing), run (xxx, 〇〇, XYZ), ellipsis, other.
// Content (what the span holds, read by the language layer for English, by script otherwise):
//   instruction   opens with a verb in the imperative or speaks to the writer ("add the figure", "your result")
//   kind          a common noun or noun phrase ("company", "team size")
//   name          a proper name, a number or a date ("Lana", "2023.02.11")
//   question      ends with a question mark (the interviewer's question put, not a slot)
//   marks         empty, marks or letters only ("?", "X", "...")
//   other-script  words of a script the tagger does not read (Chinese, Korean, …)
//   told          a statement (anything else)
// Misses: unfound (the answer was not found), elsewhere (fired on other lines), silent (found, nothing fired), the
// silent ones split by whether the slot reader finds a slot on the labelled line read alone (silent-unread: the rule
// did not read that line of the answer) or not (silent-<dress>: the line's likeliest dress, none when it has none).
//
//   node --import tsx scripts/eval/placeholder-classes.ts [--folds real-r30,real-r31]
import { join } from 'node:path';
import { evaluate, findSharedCorpus, loadCorpus, repoSources, type LabelFile } from './harness';
import { byFold as foldOrder, roundFold } from '../learn/gate-groups';
import { readFileSync } from 'node:fs';
import { readText } from '../../server/src/core/nlp/analyze';
import { findSlots } from '../../server/src/core/rules/slots';

export const DRESSES = ['bracket', 'angle', 'brace', 'paren', 'emphasis', 'marker', 'letter', 'run', 'ellipsis', 'other'] as const;
export const CONTENTS = ['instruction', 'kind', 'name', 'question', 'marks', 'other-script', 'told'] as const;

/** The dress of a reported span and what it holds. */
export function slotClass(span: string): { dress: (typeof DRESSES)[number]; inner: string } {
  const t = span.trim();
  const wrap = /^([[<{(（【])([\s\S]*)([\]>})）】])$/u.exec(t.replace(/^\\/u, ''));
  if (wrap) {
    const dress = wrap[1] === '[' || wrap[1] === '【' ? 'bracket' : wrap[1] === '<' ? 'angle' : wrap[1] === '{' ? 'brace' : 'paren';
    return { dress, inner: wrap[2].replace(/^[{[]|[}\]]$/gu, '') };
  }
  if (/^[*_]/u.test(t)) return { dress: 'emphasis', inner: t.replace(/^[*_]+|[*_]+$/gu, '') };
  if (/^(?:TODO|TBD|TBC|FIXME|TK|\?{2,})/u.test(t)) return { dress: 'marker', inner: t };
  if (/^[A-Z]$/u.test(t)) return { dress: 'letter', inner: t };
  if (/^(?:[Xx]{2,}|XYZ|ABC|[〇○◯●×□△＊]{2,}|某某|O{2,}|ㅇ{2,}|\*{2,})$/u.test(t)) return { dress: 'run', inner: t };
  if (/^(?:\.{3}|…)$/u.test(t)) return { dress: 'ellipsis', inner: t };
  return { dress: 'other', inner: t };
}

/** What a span holds (see the header). */
export function contentClass(inner: string): (typeof CONTENTS)[number] {
  const t = inner.trim();
  if (!/[\p{L}\p{N}]/u.test(t) || /^[A-Za-z]$|^[Xx]+$/u.test(t)) return 'marks';
  if (/[?？]\s*$/u.test(t)) return 'question';
  if (/^[\p{N}\p{P}\s]+$/u.test(t)) return 'name';
  if (!/[A-Za-z]/u.test(t)) return 'other-script';
  if (/\b(?:your|you)\b/iu.test(t)) return 'instruction';
  const r = readText(t);
  if (r.pos[0] === 'VERB') return 'instruction';
  if (r.pos.every((p) => p === 'PROPN' || p === 'PUNCT' || p === 'NUM')) return 'name';
  if (r.pos.some((p) => p === 'VERB' || p === 'AUX')) return 'told';
  return 'kind';
}

/** Why a found answer's slot line was not reported (see the header). */
export function silentClass(path: string | undefined, line: number | undefined): string {
  if (!path || line === undefined) return 'silent-unknown';
  const text = readFileSync(path, 'utf8').split(/\r?\n/u)[line - 1] ?? '';
  if (findSlots(text, 0, text.length).length > 0) return 'silent-unread';
  const dress = /\[[^\]]*\]/u.test(text)
    ? 'bracket'
    : /[(（][^)）]*[)）]/u.test(text)
      ? 'paren'
      : /<[^>]*>|\{[^}]*\}/u.test(text)
        ? 'angle-brace'
        : /(?<![\p{L}])[\p{Lu}](?![\p{L}])/u.test(text)
          ? 'letter'
          : /\.{3}|…|_{2,}|\*{2,}|[?？]{2,}/u.test(text)
            ? 'marks'
            : 'none';
  return `silent-${dress}`;
}

interface Row {
  tp: number;
  fp: number;
  fn: number;
  classes: Map<string, number>;
}

function main(argv: string[]): void {
  const foldsAt = argv.indexOf('--folds');
  const only = foldsAt >= 0 ? new Set(argv[foldsAt + 1].split(',')) : undefined;
  const root = join(__dirname, '..', '..');
  const files = loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter((f) => f.split !== 'test');
  const byFold = new Map<string, LabelFile[]>();
  for (const f of files) {
    const fold = roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial');
    if (!only || only.has(fold)) byFold.set(fold, [...(byFold.get(fold) ?? []), f]);
  }
  const byDisplay = new Map(files.map((f) => [f.display, f.storyPath]));
  const total: Row = { tp: 0, fp: 0, fn: 0, classes: new Map() };
  const print = (name: string, row: Row): void => {
    const cls = [...row.classes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`);
    console.log(`${name.padEnd(12)} ${row.tp}/${row.fp}/${row.fn}  ${cls.join(', ')}`);
  };
  console.log('fold         tp/fp/fn  classes');
  for (const fold of [...byFold.keys()].sort(foldOrder)) {
    const r = evaluate(byFold.get(fold)!);
    const c = r.groups.all.rules.placeholder ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    const row: Row = { tp: c.tp, fp: c.fp, fn: c.fn, classes: new Map() };
    const bump = (k: string): void => {
      row.classes.set(k, (row.classes.get(k) ?? 0) + 1);
      total.classes.set(k, (total.classes.get(k) ?? 0) + 1);
    };
    for (const m of r.misses) {
      if (m.rule !== 'placeholder') continue;
      if (m.kind === 'FP') {
        if (m.detail.startsWith('fired on a story the parser found')) bump('FP invented');
        else {
          const span = /^"(.*?)(?:…)?" is /su.exec(m.detail)?.[1] ?? /^"(.*?)"/su.exec(m.detail)?.[1] ?? '';
          const { dress, inner } = slotClass(span);
          bump(`FP ${dress}:${contentClass(inner)}`);
        }
      } else if (m.detail.startsWith('the story was not found')) bump('FN unfound');
      else if (m.detail.startsWith('fired on line')) bump('FN elsewhere');
      else bump(`FN ${silentClass(byDisplay.get(m.file), m.line)}`);
    }
    for (const k of ['tp', 'fp', 'fn'] as const) total[k] += row[k];
    print(fold, row);
  }
  print('all shown', total);
}

if (require.main === module) main(process.argv.slice(2));
