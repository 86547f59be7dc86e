// scripts/eval/segment-classes.ts: each invented answer of a real file is sorted by where the segmenter put it against
// the file's labelled answers (a file that labels none, a file cut at another level, before, after or between the
// answers matched), so the classes can be counted per round without printing any file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inventedPlaces, titleDepth } from '../../scripts/eval/segment-classes';
import type { LabelledStory } from '../../scripts/eval/harness';

/** An answer found, titled on line `title` (1-based) and running to line `end`. */
const found = (title: number, end: number) => ({
  title: `unit on ${title}`,
  titleRange: { start: { line: title, column: 1, offset: 0 }, end: { line: title, column: 10, offset: 0 } },
  range: { start: { line: title, column: 1, offset: 0 }, end: { line: end, column: 1, offset: 0 } },
});
const label = (line: number, title = `answer on ${line}`): LabelledStory => ({ line, title }) as LabelledStory;

const LINES = [
  '# Interview notes', // 1
  '', // 2
  '## How I prepare', // 3
  '', // 4
  '## Tell me about a launch that slipped', // 5
  '', // 6
  '### What I changed', // 7
  '', // 8
  '## Tell me about a hard call', // 9
  '', // 10
  '## Links', // 11
];

void test('heading depth of a title line: ATX headings only', () => {
  assert.equal(titleDepth('## Tell me'), 2);
  assert.equal(titleDepth('   ### Indented'), 3);
  assert.equal(titleDepth('####### seven'), 0);
  assert.equal(titleDepth('**Bold title**'), 0);
  assert.equal(titleDepth('#hashtag'), 0);
});

void test('a file that labels no answer: one unit is the whole file read as one, several are sections read as answers', () => {
  assert.deepEqual(inventedPlaces([], [found(1, 11)], LINES), [{ k: 0, place: 'none-lone' }]);
  assert.deepEqual(
    inventedPlaces([], [found(3, 4), found(5, 8)], LINES).map((x) => x.place),
    ['none-multi', 'none-multi'],
  );
});

void test('answers matched: what comes before is a title block, after a trailer, deeper between them inner, else sibling', () => {
  const places = inventedPlaces([label(5), label(9)], [found(3, 4), found(5, 6), found(7, 8), found(9, 10), found(11, 11)], LINES);
  assert.deepEqual(places, [
    { k: 0, place: 'title-block' },
    { k: 2, place: 'inner' },
    { k: 4, place: 'trailer' },
  ]);
  const sibling = inventedPlaces([label(5), label(11)], [found(5, 8), found(9, 10), found(11, 11)], LINES);
  assert.deepEqual(sibling, [{ k: 1, place: 'sibling' }]);
});

void test('no answer matched: a unit holding a labelled line below its title is coarse, one holding none is fine', () => {
  const coarse = inventedPlaces([label(5), label(9)], [found(1, 11)], LINES);
  assert.deepEqual(coarse, [{ k: 0, place: 'coarse' }]);
  const fine = inventedPlaces([label(3)], [found(7, 8), found(11, 11)], LINES);
  assert.deepEqual(fine.map((x) => x.place), ['fine', 'fine']);
});
