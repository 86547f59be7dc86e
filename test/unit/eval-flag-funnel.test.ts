// scripts/eval/flag-funnel.ts: the furthest gate a missed story's sentences pass (other language, no party named,
// no judgment word, a judgment word no reader linked), on sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestScore, gateOf, otherGateOf } from '../../scripts/eval/flag-funnel';
import { understand } from '../../server/src/core/nlp';

const read = (text: string) => understand(text, [{ text, start: 0 }]).sentences;

void test('a story in another language stops at the first gate', () => {
  assert.equal(gateOf(read('Der Leiter hat die Planung jede Woche umgeworfen, und niemand wusste warum.')), 'other language');
});

void test('English with nobody else in it names no party', () => {
  assert.equal(gateOf(read('I rebuilt the import job over two weekends and it has run clean since March.')), 'no party');
});

void test('a party named with only irony said of them has no judgment word', () => {
  assert.equal(gateOf(read("My director's plan for the quarter was a slide with three arrows on it.")), 'no judgment word');
});

void test('a party with a word the lexicon rates bad passes every gate', () => {
  assert.equal(gateOf(read('My director was rude to the interns in every meeting.')), 'judgment word');
});

void test('a denied bad word is no judgment word', () => {
  assert.equal(gateOf(read('My director was never rude to anyone on the team.')), 'no judgment word');
});

void test('the learned score is read only where a party is named', () => {
  assert.equal(bestScore('badmouthing', read('I rebuilt the import job over two weekends.')), -Infinity);
  assert.ok(Number.isFinite(bestScore('badmouthing', read('My director was rude to the interns in every meeting.'))));
  assert.equal(bestScore('no-such-rule', read('My director was rude.')), -Infinity);
});

void test('another language is split by where its reading stops', () => {
  // a language with no grammar of its own (Swahili) is not read at all
  assert.deepEqual(otherGateOf('Meneja wetu alikuwa mvivu sana na hakusoma ripoti yoyote ya timu.'), { lang: '? ASCII', gate: 'language unread' });
  // an unread language is told by its script, and a Latin one by letters only some languages use (a hint)
  assert.deepEqual(otherGateOf('Ο προϊστάμενός μας δεν διάβαζε ποτέ τις αναφορές της ομάδας.'), { lang: '? Greek', gate: 'language unread' });
  assert.deepEqual(otherGateOf('Vedoucí našeho týmu nikdy nečetl žádné zprávy a všechno řešil pozdě.'), { lang: '? Latin:cs', gate: 'language unread' });
  // a Spanish party with a word the sentiment table rates bad, in one sentence
  assert.deepEqual(otherGateOf('En la empresa anterior el jefe era un desastre y nadie sabía qué hacer con los pedidos.'), { lang: 'es', gate: 'party and rated word' });
  // a Spanish party and plain words only
  assert.deepEqual(otherGateOf('En la empresa anterior el jefe cambiaba el plan cada semana y nadie sabía por qué.'), { lang: 'es', gate: 'party, no rated word' });
  // a Chinese party: no sentiment table for the language
  assert.deepEqual(otherGateOf('我们的领导每周都改计划，大家都不知道为什么。'), { lang: 'zh', gate: 'party, no table' });
});
