// scripts/eval/answer-funnel.ts: where a labelled answer not found went (inside the file's one answer, inside another
// answer, no answer found, outside every answer) and which step let an invented answer through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { advises, besideSite, emptyRow, inventedClass, inventedPlace, missingClass } from '../../scripts/eval/answer-funnel';

void test('a missing answer inside the only answer found is a file read whole', () => {
  assert.equal(missingClass(12, [{ title: 1, end: 40 }]), 'whole-file');
});

void test('a missing answer inside one of several answers found is merged into it', () => {
  assert.equal(missingClass(12, [{ title: 1, end: 20 }, { title: 21, end: 40 }]), 'merged');
});

void test('a title line next to a found title is not inside it (the harness matches titles a line apart)', () => {
  assert.equal(missingClass(2, [{ title: 1, end: 20 }]), 'outside');
});

void test('no answer found at all, and a line no answer covers', () => {
  assert.equal(missingClass(5, []), 'none-found');
  assert.equal(missingClass(50, [{ title: 1, end: 20 }]), 'outside');
  assert.equal(missingClass(undefined, [{ title: 1, end: 20 }]), 'outside');
});

void test('an invented answer is charged to the last step that could have dropped it', () => {
  const base = { frontMatter: false, tooMany: false, doubted: true, parts: 0, teller: false };
  assert.equal(inventedClass({ ...base, frontMatter: true, teller: true }), 'front-matter');
  assert.equal(inventedClass({ ...base, tooMany: true }), 'other');
  assert.equal(inventedClass({ ...base, teller: true, parts: 3 }), 'teller');
  assert.equal(inventedClass({ ...base, doubted: false, parts: 2 }), 'parts');
  assert.equal(inventedClass(base), 'judged');
  assert.equal(inventedClass({ ...base, doubted: false }), 'other');
});

void test('an empty row counts nothing in every class', () => {
  const r = emptyRow();
  assert.equal(r.files, 0);
  assert.deepEqual(Object.values(r.missing), [0, 0, 0, 0]);
  assert.deepEqual(Object.values(r.invented), [0, 0, 0, 0, 0]);
  assert.deepEqual(Object.values(r.place), [0, 0, 0]);
  assert.deepEqual(Object.values(r.site), [0, 0, 0]);
  assert.equal(r.tellerAdvising, 0);
});

void test('an invented answer sits in a file of notes, in a file whose answers were none found, or beside found ones', () => {
  assert.equal(inventedPlace(0, 0), 'notes');
  assert.equal(inventedPlace(3, 0), 'unfound');
  assert.equal(inventedPlace(3, 1), 'beside');
});

void test('an answer advises when the reader is addressed or instructed in a fifth of its sentences or more', () => {
  assert.equal(advises(['v:teller:mid', 'v:addressed:mid', 'v:imperative:0']), true);
  assert.equal(advises(['v:teller:high', 'v:addressed:low', 'v:imperative:high']), true);
  assert.equal(advises(['v:teller:high', 'v:addressed:low', 'v:imperative:low']), false);
  assert.equal(advises(['v:teller:mid', 'v:addressed:0', 'v:imperative:0']), false);
});

void test('an invented answer beside found ones sits before the first labelled answer, between two, or after the last', () => {
  assert.equal(besideSite(2, [10, 30, 50]), 'head');
  assert.equal(besideSite(20, [30, 10, 50]), 'within');
  assert.equal(besideSite(60, [10, 30, 50]), 'tail');
  assert.equal(besideSite(50, [10, 30, 50]), 'within');
  assert.equal(besideSite(5, [undefined, 10]), 'head');
  assert.equal(besideSite(5, [undefined]), 'head');
});
