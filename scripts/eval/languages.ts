// Answer finding per language of the real labelled files: the answers labelled, found, invented ("extra"), and the
// part and kind misses, read from one or two `npm run eval -- --json` reports of the same corpus. A file's language is
// its name's last `-xx` part when that is a language code (cn and tw count as zh), else an
// unmistakable code earlier in the name (ja, ko, zh, ru, pt, fr), else English. With --group G only the files of one gate
// group are counted (studied, heldback, proxy; test files are never read), so a change can be studied on the studied
// half and judged on the others.
//
//   node --import tsx scripts/eval/languages.ts REPORT.json [OTHER.json] [--group studied]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findSharedCorpus, loadCorpus, repoSources } from './harness';
import { foldCell, foldRows, type FoldFile, type FoldReport } from './folds';
import { gateGrouper } from '../learn/gate-groups';

/** The language codes a file name's last part is read as (others, such as `-hr` or `-qa`, are words of the name). */
const LANGUAGES = new Set(['zh', 'ko', 'ja', 'es', 'pt', 'fr', 'de', 'ru', 'it', 'vi', 'pl', 'tr', 'id', 'nl', 'ar', 'hi', 'uk']);

/** The codes read anywhere in a name when its last part is none. */
const INNER_CODES = new Set(['ja', 'ko', 'zh', 'ru', 'pt', 'fr']);

/** The language of a story file from its name: the last `-xx` part, else English. */
export function fileLanguage(path: string): string {
  const b = basename(path).replace(/\.md$/u, '');
  const parts = b.split('-');
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  if (last === 'cn' || last === 'tw') return 'zh';
  if (last !== undefined && LANGUAGES.has(last)) return last;
  // (a name whose language stands before a last word of its shape, "…-jiko-pr-ja-h2-sections"; only the codes that
  // are no word of a name: "de", "es", "it" often are)
  return [...parts.slice(1)].reverse().find((p) => INNER_CODES.has(p)) ?? 'en';
}

function main(paths: readonly string[], group: string | undefined): void {
  const root = join(__dirname, '..', '..');
  const grouper = gateGrouper(root);
  const files: FoldFile[] = loadCorpus(repoSources(root, findSharedCorpus(root)))
    .files.filter((f) => f.origin === 'real' && f.split !== 'test')
    .filter((f) => group === undefined || grouper(f.storyPath, f.split) === group)
    .map((f) => ({ display: f.display, fold: fileLanguage(f.storyPath), labelled: f.stories.length }));
  const tables = paths.map((p) => foldRows(files, JSON.parse(readFileSync(p, 'utf8')) as FoldReport));
  const langs = [...tables[0].keys()].sort((a, b) => tables[0].get(b)!.labelled - tables[0].get(a)!.labelled);
  console.log(`lang files | ${paths.map((p) => basename(p).padEnd(24)).join(' | ')}`);
  for (const lang of langs) {
    console.log(`${lang.padEnd(4)} ${String(tables[0].get(lang)!.files).padStart(5)} | ${tables.map((t) => foldCell(t.get(lang)!).padEnd(24)).join(' | ')}`);
  }
  console.log(`(found/labelled +invented, p = part misses, k = kind misses; group ${group ?? 'all real dev'})`);
}

if (basename(process.argv[1] ?? '') === 'languages.ts') {
  const args = process.argv.slice(2);
  const gi = args.indexOf('--group');
  const group = gi >= 0 ? args[gi + 1] : undefined;
  const paths = args.filter((a, i) => !a.startsWith('--') && !(gi >= 0 && i === gi + 1));
  if (paths.length === 0) {
    process.stderr.write('usage: node --import tsx scripts/eval/languages.ts REPORT.json [OTHER.json] [--group studied]\n');
    process.exitCode = 2;
  } else main(paths, group);
}
