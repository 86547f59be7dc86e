// scripts/eval/precision-funnel.ts: the class of a false missing-metric, too-short or resume-recital report, on answers
// written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLASSES, metricClass, recitalClass, shortClass, unreadForm } from '../../scripts/eval/precision-funnel';
import type { LabelledStory } from '../../scripts/eval/harness';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const answer = (outcome: string): string =>
  ['# Moving the nightly export', '', '## Situation', 'The export ran every night on one box and failed twice a week.', '', '## Action', 'I split it into 4 jobs and moved them to the queue.', '', '## Result', outcome, ''].join('\n');
const storyOf = (text: string) => analyzeFile(text, 'stories/a.md', DEFAULT_CONFIG).file.stories[0];
const label = (kind: LabelledStory['kind'], outcome: number | null = 9): LabelledStory => ({ title: 'Moving the nightly export', kind, parts: { outcome }, expect: {} });

void test('every rule has its classes, the report on a story the labels lack first', () => {
  for (const cls of Object.values(CLASSES)) assert.equal(cls[0], 'extra story');
  assert.equal(metricClass('', undefined, undefined).cls, 'extra story');
  assert.equal(shortClass('', undefined, undefined).cls, 'extra story');
  assert.equal(recitalClass('', undefined, undefined).cls, 'extra story');
});

void test('missing-metric: the kind, the outcome, the form of its size', () => {
  const text = answer('The export now finishes before the office opens.');
  assert.equal(metricClass(text, storyOf(text), label('pitch')).cls, 'kind misread');
  assert.equal(metricClass(text, storyOf(text), label('story', 5)).cls, 'outcome not found');
  assert.equal(metricClass(text, storyOf(text), label('story')).cls, 'size elsewhere');
  const spelled = answer('Zeven van de negen winkels gingen mee over.');
  assert.deepEqual(metricClass(spelled, storyOf(spelled), label('story')), { cls: 'size in unread form', sub: 'number word' });
  const plain = ['# A hard talk', '', '## Situation', 'A colleague and I disagreed on the design.', '', '## Result', 'We agreed on a plan and still work well together.', ''].join('\n');
  assert.equal(metricClass(plain, storyOf(plain), { ...label('story', 6), title: 'A hard talk' }).cls, 'qualitative');
});

void test('the form of a number the quantity reader leaves unread', () => {
  assert.equal(unreadForm('The export took 40 minutes less.'), undefined);
  assert.equal(unreadForm('Zeven van de negen winkels gingen mee over.'), 'number word');
  assert.equal(unreadForm('It was fine in the end.'), undefined);
});

void test('too-short: the kind, and lists', () => {
  const short = answer('It worked.');
  assert.equal(shortClass(short, storyOf(short), label('plan')).cls, 'not a story');
  const listed = ['# Moving the nightly export', '', '## Result', '- faster', '- calmer', ''].join('\n');
  assert.equal(shortClass(listed, storyOf(listed), label('story')).cls, 'lists and tables');
});

void test('resume-recital: what a pitch does beside its walk', () => {
  const pitch = ['# Tell me about yourself', '', 'I joined a bank in 2015, then moved to a startup in 2018, and I cut its cloud bill by 30%.', ''].join('\n');
  assert.equal(recitalClass(pitch, storyOf(pitch), label('pitch')).cls, 'sized impact');
  const why = ['# Tell me about yourself', '', 'I joined a bank in 2015 and moved to a startup in 2018. That is why this role fits me.', ''].join('\n');
  assert.equal(recitalClass(why, storyOf(why), label('pitch')).cls, 'why here');
});
