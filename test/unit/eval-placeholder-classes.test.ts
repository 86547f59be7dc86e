// scripts/eval/placeholder-classes.ts: the dress and the content of a reported span, on spans written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentClass, slotClass } from '../../scripts/eval/placeholder-classes';

void test('a span is sorted by its dress, and the wrapping is taken off what it holds', () => {
  assert.deepEqual(slotClass('[name of the client]'), { dress: 'bracket', inner: 'name of the client' });
  assert.deepEqual(slotClass('<team size>'), { dress: 'angle', inner: 'team size' });
  assert.deepEqual(slotClass('{{metric}}'), { dress: 'brace', inner: 'metric' });
  assert.equal(slotClass('TBD').dress, 'marker');
  assert.equal(slotClass('X').dress, 'letter');
  assert.equal(slotClass('xxx').dress, 'run');
  assert.equal(slotClass('…').dress, 'ellipsis');
});

void test('what a span holds: marks, a question, a figure, another script, an instruction, a kind of thing', () => {
  assert.equal(contentClass('???'), 'marks');
  assert.equal(contentClass('what did the survey say?'), 'question');
  assert.equal(contentClass('2025.04.02'), 'name');
  assert.equal(contentClass('회사 이름'), 'other-script');
  assert.equal(contentClass('your biggest result'), 'instruction');
  assert.equal(contentClass('add the churn figure'), 'instruction');
  assert.equal(contentClass('number of tickets'), 'kind');
});
