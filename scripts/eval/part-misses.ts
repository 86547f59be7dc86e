// Part misses of the studied half (or adv) by class, from a fresh run of the core: which lines the labels call a
// part's marker and what the parser made of them. Classes:
//   not-found     the answer itself was not found
//   not-marker    the labelled line is no marker of any part (the lead-in was not seen)
//   wrong-part    the labelled line is a marker, of another part
//   earlier       the part was found first on an earlier line (a header field or an earlier lead-in)
//   invented      the labels say the answer has no such part; the parser found one
//   later-only    the part was found only on later lines and the labelled line is no marker (counted in not-marker)
// Never run on heldback or proxy (the gate judges those by totals only).
//
// `--through N` keeps only real files of rounds up to N (and those with no round tag), for a time split: the rounds
// after N are a helper's held-out, read by their totals in folds.ts only.
//
//   node --import tsx scripts/eval/part-misses.ts [--group studied|adv] [--through N] [--class not-marker] [--lang en] [--show N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../../server/src/core/analyze';
import { findSharedCorpus, loadCorpus, matchStories, repoSources } from './harness';
import { foldRound, gateGrouper, roundFold } from '../learn/gate-groups';
import { fileLanguage } from './languages';

type Cls = 'not-found' | 'not-marker' | 'wrong-part' | 'earlier' | 'invented';

interface Row {
  file: string;
  lang: string;
  cls: Cls;
  part: string;
  expected: number | null;
  found: number[];
  line: string;
  other?: string;
  read?: boolean;
}

function main(argv: string[]): void {
  const opt = (k: string): string | undefined => {
    const i = argv.indexOf(k);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const group = opt('--group') ?? 'studied';
  if (group !== 'studied' && group !== 'adv') throw new Error('only the studied half or adv may be read');
  const onlyCls = opt('--class');
  const onlyLang = opt('--lang');
  const show = Number(opt('--show') ?? '0');
  const root = join(__dirname, '..', '..');
  const grouper = gateGrouper(root);
  const throughArg = opt('--through') ?? process.env.STUDY_THROUGH;
  const through = throughArg === undefined ? Infinity : Number(throughArg);
  const inTime = (storyPath: string, labelsPath: string): boolean => {
    const round = foldRound(roundFold(storyPath, labelsPath, storyPath.includes('adversarial')));
    return round === undefined || round <= through;
  };
  const files = loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter(
    (f) => grouper(f.storyPath, f.split) === group && inTime(f.storyPath, f.labelsPath),
  );
  const rows: Row[] = [];
  let total = 0;
  for (const file of files) {
    const text = readFileSync(file.storyPath, 'utf8');
    const lines = text.split(/\r?\n/u);
    const detected = analyzeFile(text, file.storyPath, file.config).file.stories;
    const match = matchStories(file.stories, detected);
    const lang = fileLanguage(file.storyPath);
    file.stories.forEach((label, i) => {
      const story = match[i] >= 0 ? detected[match[i]] : undefined;
      for (const [part, want] of Object.entries(label.parts)) {
        total++;
        const found = story ? story.parts.filter((p) => p.name === part).map((p) => p.marker.start.line) : [];
        const ok = story !== undefined && (want === null ? found.length === 0 : found[0] === want);
        if (ok) continue;
        const row: Row = { file: file.display, lang, cls: 'not-found', part, expected: want, found, line: want ? (lines[want - 1] ?? '') : '' };
        if (!story) {
          // inside another answer the parser found (merged, or its title read elsewhere), or outside every answer
          const where = label.line ?? want ?? 0;
          const host = detected.find((d) => d.range.start.line <= where && d.range.end.line >= where);
          row.cls = 'not-found';
          row.other = host ? (match.includes(host.index) ? 'merged' : `titled-at-${host.titleRange.start.line}`) : 'outside';
          row.line = `[${label.line}] ${lines[(label.line ?? 1) - 1]} || host: ${host ? lines[host.titleRange.start.line - 1] : ''}`;
          // whether the parser read this part's labelled line as a marker anyway (in whatever answer it put it)
          if (want !== null) row.read = detected.some((d) => d.parts.some((p) => p.marker.start.line === want && p.name === part));
        }
        else if (want === null) {
          row.cls = 'invented';
          row.line = lines[found[0] - 1] ?? '';
        } else {
          const at = story.parts.find((p) => p.marker.start.line === want);
          if (at && at.name !== part) {
            row.cls = 'wrong-part';
            row.other = at.name;
          } else if (found.length > 0 && found[0] < want) row.cls = 'earlier';
          else row.cls = 'not-marker';
        }
        rows.push(row);
      }
    });
  }
  const by = new Map<string, number>();
  for (const r of rows) by.set(r.cls, (by.get(r.cls) ?? 0) + 1);
  const sub = new Map<string, number>();
  for (const r of rows.filter((x) => x.cls === 'not-found')) {
    const k = r.other?.startsWith('titled') ? 'titled-elsewhere' : (r.other ?? '');
    sub.set(k, (sub.get(k) ?? 0) + 1);
  }
  console.log(`  not-found: ${[...sub].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  const nf = rows.filter((x) => x.cls === 'not-found' && x.expected !== null);
  console.log(`  not-found with a marker line: ${nf.length}, read as that part's marker in some answer ${nf.filter((x) => x.read).length}`);
  console.log(`${group}: ${files.length} files, ${total} labelled parts, ${rows.length} misses`);
  for (const [c, n] of [...by].sort((a, b) => b[1] - a[1])) console.log(`  ${c.padEnd(12)} ${n}`);
  const byLang = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = byLang.get(r.lang) ?? new Map<string, number>();
    m.set(r.cls, (m.get(r.cls) ?? 0) + 1);
    byLang.set(r.lang, m);
  }
  for (const [l, m] of byLang) console.log(`  ${l}: ${[...m].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  if (show > 0) {
    const sel = rows.filter((r) => (!onlyCls || r.cls === onlyCls) && (!onlyLang || r.lang === onlyLang));
    for (const r of sel.slice(0, show)) {
      console.log(`${r.cls} ${r.part}${r.other ? `(as ${r.other})` : ''} ${r.file}:${r.expected} found ${r.found.join(',') || '-'} | ${r.line.slice(0, 100)}`);
    }
  }
}

main(process.argv.slice(2));
