// scripts/eval/study.ts: the time split a study may be held to (STUDY_THROUGH) and which folds it lets through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldWithin, studyThrough } from '../../scripts/eval/study';

void test('STUDY_THROUGH names the last round a study may read; unset or empty means no bound', () => {
  assert.equal(studyThrough({ STUDY_THROUGH: '43' }), 43);
  assert.equal(studyThrough({}), undefined);
  assert.equal(studyThrough({ STUDY_THROUGH: '' }), undefined);
});

void test('a STUDY_THROUGH that is no round number is refused with a message naming it', () => {
  assert.throws(() => studyThrough({ STUDY_THROUGH: 'r43' }), /STUDY_THROUGH must be a round number .* not "r43"/u);
  assert.throws(() => studyThrough({ STUDY_THROUGH: '4.5' }), /not "4\.5"/u);
});

void test('under a bound, a fold of a later round is left out and older folds pass', () => {
  assert.equal(foldWithin('adv-r43', 43), true);
  assert.equal(foldWithin('real-r12', 43), true);
  assert.equal(foldWithin('adv-r44', 43), false);
  assert.equal(foldWithin('real-r46', 43), false);
  // (the folds with no round are the oldest files)
  assert.equal(foldWithin('adv-early', 43), true);
  assert.equal(foldWithin('real-other', 43), true);
});

void test('with no bound, every fold passes', () => {
  assert.equal(foldWithin('adv-r99', undefined), true);
});
