// scripts/eval/answer-sim.ts: the answer readers replayed on cached answers, counted per round's fold; and the one
// decision it replays (answer-reader.ts readersKeep), which keepAnswers uses too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replay, table, type CachedFile } from '../../scripts/eval/answer-sim';
import { readersKeep, type AnswerModel } from '../../server/src/core/parse/answer-reader';

const sure = { doubted: false, doubtedWithParts: false, parts: 0 };
const doubted = { doubted: true, doubtedWithParts: true, parts: 0 };
// a reader that reads an answer as none when it has the feature "x"
const reader: AnswerModel = { bias: 1, threshold: 0, weights: { x: -5 } };

void test('an answer the hand reader is sure of is kept whatever its features', () => {
  assert.equal(readersKeep(['x'], sure, reader, null, null, null), true);
});

void test('an answer in doubt that a reader scores below its threshold is dropped, unless the teller speaks in it', () => {
  assert.equal(readersKeep(['x'], doubted, reader, null, null, null), false);
  assert.equal(readersKeep(['y'], doubted, reader, null, null, null), true);
  assert.equal(readersKeep(['x', 'v:teller:high'], doubted, reader, null, null, null), true);
});

void test('an answer with a part marked is judged by the parts reader only', () => {
  const withParts = { doubted: false, doubtedWithParts: true, parts: 2 };
  assert.equal(readersKeep(['x'], withParts, { ...reader, weights: {} }, null, null, reader), false);
  assert.equal(readersKeep(['x'], withParts, reader, null, null, null), true);
});

void test('replay counts found and invented answers per fold, and leaves files it may not judge as they are', () => {
  const files: CachedFile[] = [
    { fold: 'real-r1', group: 'studied', labelled: 2, declared: false, answers: [
      { f: [], y: true, ...doubted },
      { f: ['drop'], y: false, ...doubted },
      { f: ['drop'], y: true, ...doubted },
    ] },
    { fold: 'real-r1', group: 'heldback', labelled: 1, declared: true, answers: [{ f: ['drop'], y: false, ...doubted }] },
  ];
  const rows = replay(files, (f) => !f.includes('drop'));
  assert.deepEqual(rows.get('real-r1'), { files: 2, labelled: 3, found: 1, invented: 1 });
  assert.match(table(rows), /real-r1 \| 2 \| 1\/3 \| 1/u);
});
