// scripts/eval/rule-ab.ts: which files a run after a change scores again, and the totals per group before and after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, reported, type Saved } from '../../scripts/eval/rule-ab';

const c = (tp: number, fp: number, fn: number, tn: number) => ({ tp, fp, fn, tn });
const base: Saved = {
  rules: ['missing-metric', 'too-short'],
  files: {
    'a.md': { group: 'studied', fold: 'adv-r30', rules: { 'missing-metric': c(1, 1, 0, 0), 'too-short': c(0, 0, 1, 1) } },
    'b.md': { group: 'heldback', fold: 'real-r40', rules: { 'missing-metric': c(0, 0, 1, 2), 'too-short': c(1, 0, 0, 0) } },
    'c.md': { group: 'heldback', fold: 'real-r40', rules: { 'missing-metric': c(0, 2, 0, 0), 'too-short': c(0, 0, 0, 1) } },
  },
};

void test('only the files where the first rule reported are scored again', () => {
  assert.deepEqual(reported(base, 'missing-metric'), ['a.md', 'c.md']);
  assert.deepEqual(reported(base, 'too-short'), ['b.md']);
});

void test('an after run on a subset is compared over the whole corpus, per group', () => {
  const after: Saved = { rules: base.rules, files: { 'c.md': { ...base.files['c.md'], rules: { 'missing-metric': c(0, 1, 0, 1), 'too-short': c(0, 0, 0, 1) } } } };
  const byGroup = compare(base, after, (f) => f.group);
  assert.deepEqual(byGroup.get('missing-metric')?.get('heldback'), { before: c(0, 2, 1, 2), after: c(0, 1, 1, 3) });
  assert.deepEqual(byGroup.get('missing-metric')?.get('studied'), { before: c(1, 1, 0, 0), after: c(1, 1, 0, 0) });
  assert.deepEqual(byGroup.get('too-short')?.get('heldback'), { before: c(1, 0, 0, 1), after: c(1, 0, 0, 1) });
  assert.deepEqual([...compare(base, after, (f) => f.fold).get('missing-metric')!.keys()].sort(), ['adv-r30', 'real-r40']);
});
