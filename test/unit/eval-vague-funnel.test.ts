// scripts/eval/vague-funnel.ts: the furthest of vague-impact's conditions a missed claim passes, and what a sentence
// with no claim read holds by word class, on answers written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { funnelOf, maskQuantities, sentenceClass } from '../../scripts/eval/vague-funnel';
import { understand } from '../../server/src/core/nlp';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const read = (text: string) => understand(text, [{ text, start: 0 }]).sentences;
const cls = (text: string) => sentenceClass(text, read(text));

const answer = (outcome: string): string =>
  ['# Moving the nightly export', '', '## Situation', 'The export ran every night on one box.', '', '## Action', 'I split it into four jobs and moved them to the queue.', '', '## Result', outcome, ''].join('\n');
const storyOf = (text: string) => analyzeFile(text, 'stories/a.md', DEFAULT_CONFIG).file.stories[0];

void test('a story that was not found stops at the first condition', () => {
  assert.equal(funnelOf('text', undefined, [3]).condition, 'answer not found');
});

void test('a labelled line outside the result part is not read', () => {
  const text = answer('The export has been quiet since the move.');
  assert.equal(funnelOf(text, storyOf(text), [7]).condition, 'outcome not read');
});

void test('an idiom of size in the result is no claim the finder reads', () => {
  const text = answer('The export went from a nightly headache to a non-event.');
  const r = funnelOf(text, storyOf(text), [10]);
  assert.equal(r.condition, 'no claim read');
});

void test('a claim sized only by a duration of the project is silenced by that size', () => {
  const text = answer('In 2 weeks the export got much quicker.');
  assert.equal(funnelOf(text, storyOf(text), [10]).condition, 'silenced by a size');
});

void test('a claim the finder reads, with no size, passes every condition', () => {
  const text = answer('The export was much faster.');
  assert.equal(funnelOf(text, storyOf(text), [10]).condition, 'claim dropped');
});

void test('quantities are blanked with their length kept', () => {
  const t = 'It fell from 40 minutes to 5 minutes.';
  const m = maskQuantities(t);
  assert.equal(m.length, t.length);
  assert.ok(!/\d/.test(m));
});

void test('what a sentence holds, by word class', () => {
  assert.equal(cls('Die Berichte kamen viel schneller an als vorher.'), 'other language');
  assert.equal(cls('The reports were far snappier afterwards.'), 'comparative');
  assert.equal(cls('The team was delighted with the new reports.'), 'evaluative adjective');
  assert.equal(cls('It went from a chore to a non-event.'), 'none of these');
});
