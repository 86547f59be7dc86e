// Chooses the NLP library for issue 9 by measuring (run once; the result is in docs/benchmarks.md, "NLP library").
//
//   mkdir -p /tmp/nlpc && cd /tmp/nlpc && npm init -y && npm install --save-exact wink-nlp@2.4.0 \
//     wink-eng-lite-web-model@1.8.1 compromise@14.17.0 retext@9.0.0 retext-english@5.0.0 retext-pos@5.0.0 \
//     nlcst-to-string@4.0.0
//   node bench/nlp-libraries.mjs /tmp/nlpc [stories-folder]   (from the repository root; default ../shared corpus)
//
// For each candidate: load time (import + model), time to process one ~400-word story (sentences, tokens, POS,
// negation: what the rules need), p50/p95 over the stories of ../shared/corpus cut to 400 words, minified bundle
// size (esbuild, browser platform: does it bundle for a web worker at all), and accuracy on a labelled sample of
// sentences written for this bench (coarse word classes of marked words, sentence counts, negation).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? '/tmp/nlpc');
const req = createRequire(join(dir, 'package.json'));
const imp = (name) => import(pathToFileURL(req.resolve(name)).href);

// ---- labelled sample: "word/CLASS" marks the words scored (N noun or pronoun, V verb or auxiliary, A adjective);
// "|" separates expected sentences; a trailing "!neg" says the (first) sentence is negated.
const SAMPLE = [
  'The vendor/N sat/V on our ticket for a month, nothing we could do.',
  'She/N said/V it was our fault.',
  'I/N never thought/V it was on them. !neg',
  'With a median latency/N of 40 ms, the rest/N of the team was/V busy/A.',
  'Dr. Smith/N reviewed/V the plan. | Then we/N shipped/V version 2.1 to everyone.',
  'The ops org/N was/V a mess run by a VP who had/V no idea.',
  'My manager/N kept/V changing the scope.',
  'They/N missed/V the deadline again.',
  'I/N did not blame/V the QA team for the slip. !neg',
  'I/N hold/V myself to an impossibly high/A bar.',
  'Sometimes I/N care/V too much about the details.',
  'In 2015 I/N joined/V a bank as an analyst. | Two years later I moved/V to a startup.',
  'We/N paired/V on the migration script.',
  'Priya/N wrote/V the rollback plan.',
  'The design/N team/N reviewed/V our mockups.',
  'Honestly, it was/V kind of a rough/A quarter.',
  'Latency/N dropped/V by 40% after the change.',
  'It was/V not their fault. !neg',
  'Nobody/N on the platform team answered/V our pages.',
  'Ana/N told/V me the release was/V late because of the vendor.',
  'The contractors/N were/V lazy/A and careless/A.',
  'I/N rewrote/V the parser, added/V tests and deployed/V it.',
  'Leadership/N had/V no clue what the customers needed/V.',
  'We/N cut/V the build from 20 minutes to 6.',
  'Management/N didn\'t listen/V to our warnings. !neg',
  'He/N said, "It is basically done." | I checked/V anyway.',
  'I/N led/V the effort; the others/N helped/V with testing.',
  'The legacy/A code/N was/V a disaster/N.',
  'After graduating/V in 2012, I/N worked/V at Acme for three years.',
  'Our QA/N lead/N signed/V off on Friday.',
];

function parseSample(line) {
  const neg = line.endsWith('!neg');
  const body = line.replace(/\s*!neg$/, '');
  const parts = body.split(' | ');
  const marks = [];
  const sentences = parts.map((p) =>
    p.replace(/([\p{L}\d'.]+)\/([NVA])/gu, (_m, w, c) => {
      marks.push({ word: w, cls: c });
      return w;
    }),
  );
  return { text: sentences.join(' '), sentences: sentences.length, neg, marks };
}
const LABELLED = SAMPLE.map(parseSample);

// ---- stories: the shared corpus, each cut to its first 400 words
const corpusDir = resolve(process.argv[3] ?? '/work/shared/corpus/public-stories');
const STORIES = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '').replace(/[#*>`|_-]+/g, ' '))
  .map((t) => t.split(/\s+/).filter(Boolean).slice(0, 400).join(' '));

// ---- adapters: text -> { sentences: [{ words: [{ text, cls }] , neg }] }
function coarseUD(pos) {
  if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') return 'N';
  if (pos === 'VERB' || pos === 'AUX') return 'V';
  if (pos === 'ADJ') return 'A';
  return '-';
}
function coarsePTB(tag = '') {
  if (/^(NN|PRP$|PRP|WP)/.test(tag) && tag !== 'PRP$') return 'N';
  if (/^(VB|MD)/.test(tag)) return 'V';
  if (/^JJ/.test(tag)) return 'A';
  return '-';
}
const NEG_WORDS = /^(not|n't|never|no|nobody|nothing|none|neither|nor|cannot)$/i;

const candidates = {
  async 'wink-nlp + wink-eng-lite-web-model'() {
    const winkNLP = (await imp('wink-nlp')).default;
    const model = (await imp('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
    const its = nlp.its;
    return (text) => {
      const doc = nlp.readDoc(text);
      const out = [];
      doc.sentences().each((s) => {
        const toks = s.tokens();
        const words = [];
        let neg = false;
        toks.each((t) => {
          words.push({ text: t.out(), cls: coarseUD(t.out(its.pos)) });
          if (t.out(its.negationFlag)) neg = true;
        });
        out.push({ words, neg });
      });
      return out;
    };
  },
  async compromise() {
    const nlp = (await imp('compromise')).default;
    return (text) =>
      nlp(text)
        .json({ terms: { tags: true } })
        .map((s) => {
          const words = s.terms.map((t) => ({
            text: t.text,
            cls: t.tags.includes('Adjective') ? 'A' : t.tags.includes('Verb') ? 'V' : t.tags.includes('Noun') ? 'N' : '-',
          }));
          return { words, neg: s.terms.some((t) => t.tags.includes('Negative') || NEG_WORDS.test(t.text)) };
        });
  },
  async 'retext + retext-english + retext-pos'() {
    const { retext } = await imp('retext');
    const english = (await imp('retext-english')).default;
    const pos = (await imp('retext-pos')).default;
    const { toString } = await imp('nlcst-to-string');
    const proc = retext().use(english).use(pos);
    return (text) => {
      const tree = proc.runSync(proc.parse(text));
      const out = [];
      for (const p of tree.children)
        for (const s of p.children ?? [])
          if (s.type === 'SentenceNode') {
            const words = s.children
              .filter((w) => w.type === 'WordNode')
              .map((w) => ({ text: toString(w), cls: coarsePTB(w.data?.partOfSpeech) }));
            out.push({ words, neg: words.some((w) => NEG_WORDS.test(w.text) || /n't$/i.test(w.text)) });
          }
      return out;
    };
  },
};

function score(run) {
  let marks = 0, right = 0, sent = 0, negRight = 0;
  for (const item of LABELLED) {
    const res = run(item.text);
    if (res.length === item.sentences) sent++;
    if ((res[0]?.neg ?? false) === item.neg) negRight++;
    const words = res.flatMap((s) => s.words);
    let from = 0;
    for (const m of item.marks) {
      marks++;
      const i = words.findIndex((w, k) => k >= from && w.text.replace(/[.,]$/, '') === m.word.replace(/[.,]$/, ''));
      if (i < 0) continue;
      from = i + 1;
      if (words[i].cls === m.cls) right++;
    }
  }
  return { pos: right / marks, marks, sentences: sent / LABELLED.length, negation: negRight / LABELLED.length };
}

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function bundleSize(name, entry) {
  const tmp = mkdtempSync(join(tmpdir(), 'nlpb-'));
  const src = join(tmp, 'entry.mjs');
  writeFileSync(src, entry);
  const out = join(tmp, 'out.js');
  const esbuild = resolve('node_modules/.bin/esbuild');
  const r = spawnSync(esbuild, [src, '--bundle', '--minify', '--platform=browser', '--format=esm', `--outfile=${out}`, `--log-level=error`], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(dir, 'node_modules') },
  });
  if (r.status !== 0) return `fails: ${r.stderr.split('\n')[0]}`;
  return `${(statSync(out).size / 1024).toFixed(0)} KiB`;
}
const ENTRIES = {
  'wink-nlp + wink-eng-lite-web-model': `import w from '${req.resolve('wink-nlp')}'; import m from '${req.resolve('wink-eng-lite-web-model')}'; console.log(w(m).readDoc('x').out());`,
  compromise: `import nlp from '${req.resolve('compromise')}'; console.log(nlp('x').json());`,
  'retext + retext-english + retext-pos': `import {retext} from '${req.resolve('retext')}'; import e from '${req.resolve('retext-english')}'; import p from '${req.resolve('retext-pos')}'; const r = retext().use(e).use(p); console.log(r.runSync(r.parse('x')));`,
};

const rows = [];
for (const [name, make] of Object.entries(candidates)) {
  const t0 = performance.now();
  const run = await make();
  run('Warm the model up.');
  const load = performance.now() - t0;
  for (let k = 0; k < 3; k++) for (const s of STORIES) run(s);
  const times = [];
  for (let k = 0; k < 10; k++)
    for (const s of STORIES) {
      const a = performance.now();
      run(s);
      times.push(performance.now() - a);
    }
  const acc = score(run);
  rows.push({ name, load, p50: pct(times, 50), p95: pct(times, 95), acc, size: bundleSize(name, ENTRIES[name]) });
}

console.log(`${STORIES.length} stories of ≤400 words, 10 passes; ${LABELLED.length} labelled sentences, ${rows[0].acc.marks} marked words\n`);
console.log('| Library | Load + model | Per 400-word story p50 / p95 | Word classes right | Sentence splits right | Negation right | Browser bundle (min) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.load.toFixed(0)} ms | ${r.p50.toFixed(2)} / ${r.p95.toFixed(2)} ms | ${(r.acc.pos * 100).toFixed(0)}% | ${(r.acc.sentences * 100).toFixed(0)}% | ${(r.acc.negation * 100).toFixed(0)}% | ${r.size} |`,
  );
