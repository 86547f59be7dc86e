// `polarity(word)` reads a table made from wink's sentiment model (scripts/polarity-table.mjs) instead of running the
// sentiment pipe on every text: it must give what the pipe gives, for words the table holds, words it does not, and
// words the tokenizer splits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { polarity } from '../../server/src/core/nlp/analyze';
import { POLARITY_JSON, POLARITY_MODEL_VERSION } from '../../server/src/core/nlp/polarity-table';

const require = createRequire(__filename);

interface Engine {
  readDoc(text: string): { out(f?: unknown): unknown };
  its: Record<string, unknown>;
}

function pipe(): (word: string) => number {
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Engine;
  const model = require('wink-eng-lite-web-model') as unknown;
  const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
  return (word) => Number(nlp.readDoc(word.toLowerCase()).out(nlp.its.sentiment)) || 0;
}

void test('the table was made from the installed model', () => {
  const installed = (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
  assert.equal(POLARITY_MODEL_VERSION, installed, 'run `node scripts/polarity-table.mjs` after updating the model');
});

void test('polarity gives what the sentiment pipe gives', () => {
  const sentiment = pipe();
  const table = JSON.parse(POLARITY_JSON) as [string, number][];
  assert.ok(table.length > 5000);
  // every 25th word of the table, and words it does not hold, split words, odd case, non-words
  const words = table.filter((_, i) => i % 25 === 0).map(([w]) => w);
  words.push('excellent', 'Rotten', 'liar', 'upset', 'table', 'deadline', 'well-known', 'ill-advised', "didn't", 'cannot', "n't", 'don', 'zzqx', 'résumé', 'naïve', 'co-operate', '');
  for (const w of words) assert.equal(polarity(w), /^[\p{L}'-]+$/u.test(w.toLowerCase()) ? sentiment(w) : 0, w);
  assert.ok(polarity('excellent') > 0.5);
  assert.ok(polarity('rotten') < 0);
  assert.equal(polarity('table'), 0);
  assert.equal(polarity('3.5'), 0, 'not a word');
});
