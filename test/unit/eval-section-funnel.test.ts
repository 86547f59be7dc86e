// scripts/eval/section-funnel.ts: the dress of a labelled part line and the class of a false missing-section report,
// on lines and answers written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classOf, dressOf } from '../../scripts/eval/section-funnel';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import type { LabelledStory } from '../../scripts/eval/harness';

void test('a part line is read by its dress, and plain prose has none', () => {
  assert.equal(dressOf('### Where we stood'), 'heading');
  assert.equal(dressOf('**The snag:** the export kept timing out.'), 'bold');
  assert.equal(dressOf('- **Fix**: I split the export in pages.'), 'list-bold');
  assert.equal(dressOf('> **Back then:** we had one database.'), 'quote-bold');
  assert.equal(dressOf('Back then: we had one database.'), 'label');
  assert.equal(dressOf('| Result | 40% fewer tickets |'), 'table');
  assert.equal(dressOf('🎯 I want to work on routing next.'), 'emoji');
  assert.equal(dressOf('In the end the export ran in four minutes instead of forty.'), undefined);
  assert.equal(dressOf('- I split the export in pages.'), undefined);
});

const text = ['# Moving the export', '', '## Situation', '', 'We had one database and a slow export.', '', '**The snag:** it timed out at month end.', '', '## Action', '', 'I split the export in pages and ran them at night.', '', '## Result', '', 'It ran in four minutes instead of forty.', '', 'Since then I page every big job first.', ''].join('\n');
const story = analyzeFile(text, 'stories/export.md', DEFAULT_CONFIG).file.stories[0];
const lines = text.split('\n');
const label = (parts: LabelledStory['parts'], kind: LabelledStory['kind'] = 'story'): LabelledStory => ({ title: 'Moving the export', kind, parts, expect: { 'missing-section': false } });

void test('a false report is classed by what the labels give the missing part', () => {
  assert.equal(classOf(label({ challenge: 7 }), story, 'challenge', lines, 'story'), 'dress:bold');
  assert.equal(classOf(label({ learning: 17 }), story, 'learning', lines, 'story'), 'prose');
  assert.equal(classOf(label({ learning: null }), story, 'learning', lines, 'story'), 'label-absent');
  assert.equal(classOf(label({ challenge: 40 }), story, 'challenge', lines, 'story'), 'outside');
  assert.equal(classOf(label({ challenge: 9 }), story, 'challenge', lines, 'story'), 'wrong-part');
});

void test('answers of another kind and answers no label names have classes of their own', () => {
  assert.equal(classOf(label({}), undefined, undefined, lines, 'story'), 'invented');
  assert.equal(classOf(label({}, 'plan'), story, undefined, lines, 'story'), 'not-a-story');
  assert.equal(classOf(label({}, 'pitch'), story, undefined, lines, 'pitch'), 'shape-part');
  assert.equal(classOf(label({}), story, undefined, lines, 'pitch'), 'kind-misread');
});
