// scripts/learn/sparse-logistic.ts, the learner of the training scripts, on tiny invented data sets: it learns a
// separable rule, gives the same weights for the same data, its folds keep groups apart, and its threshold chooser
// and table count what they say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  leaveOneGroupOut,
  probabilities,
  prTable,
  score,
  thresholdFor,
  trainBinary,
  trainMulticlass,
  zero,
  type Example,
  type LearnOptions,
} from '../../scripts/learn/sparse-logistic';

const OPTIONS: LearnOptions = { epochs: 30, rate: 0.3, l2: 0.001, minCount: 2, seed: 23, eps: 1e-8 };

/** Invented: a sentence is positive when it has the word "blamed", whatever else it has. */
function blameData(): Example[] {
  const fill = ['team', 'deadline', 'release', 'client', 'server', 'review'];
  const out: Example[] = [];
  for (let i = 0; i < 24; i++) {
    const others = [fill[i % 6], fill[(i * 5 + 1) % 6]];
    out.push({ f: ['w:blamed', ...others], y: true });
    out.push({ f: ['w:thanked', ...others], y: false });
    out.push({ f: [...others], y: 0 });
  }
  return out;
}

void test('binary: learns a separable rule, with the deciding feature weighted most', () => {
  const data = blameData();
  const m = trainBinary(data, OPTIONS);
  for (const e of data) assert.equal(score(m, e.f) > 0, e.y === true, JSON.stringify(e));
  const top = [...m.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0];
  assert.equal(top[0], 'w:blamed');
  assert.ok(top[1] > 1, `weight of w:blamed ${top[1]}`);
  // an unseen sentence with the word is read as positive, one without it as negative
  assert.ok(score(m, ['w:blamed', 'w:unseen']) > 0);
  assert.ok(score(m, ['w:unseen', 'team']) < 0);
});

void test('binary: the same data and seed give the same weights; a feature under minCount is not learned; prune drops small weights', () => {
  const data = [...blameData(), { f: ['w:once'], y: true }];
  const a = trainBinary(data, OPTIONS);
  const b = trainBinary(data, OPTIONS);
  assert.deepEqual([...a.weights], [...b.weights]);
  assert.equal(a.bias, b.bias);
  assert.ok(!a.weights.has('w:once'));
  const pruned = trainBinary(data, { ...OPTIONS, prune: 2 });
  assert.ok(pruned.weights.size < a.weights.size);
  for (const w of pruned.weights.values()) assert.ok(Math.abs(w) >= 2);
  // a different seed shuffles differently: the weights differ (but the rule is still learned)
  const c = trainBinary(data, { ...OPTIONS, seed: 7 });
  assert.notDeepEqual([...c.weights], [...a.weights]);
  for (const e of data.slice(0, -1)) assert.equal(score(c, e.f) > 0, e.y === true);
});

void test('binary: feature maps carry values (a feature worth 2 counts twice its weight)', () => {
  const data: Example[] = [];
  for (let i = 0; i < 20; i++) {
    data.push({ f: new Map([['n:metrics', 3], ['bias', 1]]), y: 1 });
    data.push({ f: new Map([['n:metrics', 0.1], ['bias', 1]]), y: 0 });
  }
  const m = trainBinary(data, OPTIONS);
  const w = m.weights.get('n:metrics')!;
  assert.ok(w > 0);
  assert.ok(Math.abs(score(m, new Map([['n:metrics', 2]])) - (m.bias + 2 * w)) < 1e-12);
  assert.ok(score(m, new Map([['n:metrics', 3], ['bias', 1]])) > 0);
  assert.ok(score(m, new Map([['n:metrics', 0.1], ['bias', 1]])) < 0);
});

void test('multiclass: learns which of three words marks the class', () => {
  const marks = ['w:did', 'w:would', 'w:ask'];
  const data: Example[] = [];
  for (let i = 0; i < 30; i++) for (let c = 0; c < 3; c++) data.push({ f: [marks[c], `x:${i % 4}`, 'bias'], y: c });
  const m = trainMulticlass(data, 3, { ...OPTIONS, epochs: 20, rate: 0.2, l2: 0.01, eps: 1e-6, seed: 7 });
  for (const e of data) {
    const p = probabilities(m, e.f);
    assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    assert.equal(p.indexOf(Math.max(...p)), e.y);
  }
  assert.equal(m.weights.get('w:would')!.length, 3);
  assert.throws(() => trainMulticlass(data, 1, OPTIONS));
});

void test('leaveOneGroupOut: one fold a group, never a group on both sides, every item tested once', () => {
  const items = ['r10-a', 'r10-b', 'r11-a', 'r12-a', 'r12-b', 'r12-c'];
  const group = (s: string): string => s.slice(0, 3);
  const folds = leaveOneGroupOut(items, group);
  assert.deepEqual(folds.map((f) => f.group), ['r10', 'r11', 'r12']);
  for (const f of folds) {
    assert.ok(f.test.every((x) => group(x) === f.group));
    assert.ok(f.train.every((x) => group(x) !== f.group));
    assert.equal(f.train.length + f.test.length, items.length);
  }
  assert.deepEqual(folds.flatMap((f) => f.test).sort(), [...items].sort());
  // groups given: in that order, and only those
  assert.deepEqual(leaveOneGroupOut(items, group, ['r12', 'r10']).map((f) => [f.group, f.test.length]), [['r12', 3], ['r10', 2]]);
});

void test('thresholdFor: the lowest threshold that keeps the precision, stopping at the first that does not', () => {
  const c = (tp: number, fp: number) => ({ ...zero(), tp, fp });
  const rows = [
    { t: 4, c: c(0, 0) }, // fires on nothing: passes no row
    { t: 3, c: c(9, 0) },
    { t: 2, c: c(18, 2) }, // 90%: passes
    { t: 1, c: c(20, 5) }, // 80%: stops here
    { t: 0, c: c(40, 1) }, // would pass again, but the scan has stopped
  ];
  assert.equal(thresholdFor(rows, 0.9), 2);
  assert.equal(thresholdFor([...rows].reverse(), 0.9), 2);
  assert.equal(thresholdFor(rows, 0.99), 3);
  assert.equal(thresholdFor([{ t: 1, c: c(1, 1) }], 0.9), Infinity);
});

void test('prTable: a row a group with precision, recall and errors, and a summed last row', () => {
  const a = { tp: 9, fp: 1, fn: 3, tn: 10 };
  const b = { tp: 1, fp: 0, fn: 1, tn: 5 };
  const table = prTable(['rule', 'model'], [
    { name: 'g1', n: 23, counts: [a, b] },
    { name: 'g2', n: 7, counts: [b, zero()] },
  ]).split('\n');
  assert.equal(table[0], '| fold | stories | rule P R err | model P R err |');
  assert.equal(table[1], '|---|---|---|---|');
  assert.equal(table[2], '| g1 | 23 |  90%  75%   4 | 100%  50%   1 |');
  assert.equal(table[3], '| g2 | 7 | 100%  50%   1 |    —    —   0 |');
  assert.equal(table[4], '| all | 30 |  91%  71%   5 | 100%  50%   1 |');
});
