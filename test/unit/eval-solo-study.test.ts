// scripts/eval/solo-study.ts: the story-level counts of a solo-heroics study, on answers written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../server/src/core';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { understand } from '../../server/src/core/nlp';
import { roles, storyFeatures } from '../../scripts/eval/solo-study';

const read = (text: string) => understand(text, [{ text, start: 0 }]).sentences;

void test('roles counts who is the subject and where other people stand', () => {
  const r = roles(read('I rewrote the importer. We shipped it on Friday. Dana reviewed the plan and I showed it to the support team.'));
  assert.equal(r.sentences, 3);
  assert.ok(r.sI >= 2, `sI ${r.sI}`);
  assert.equal(r.sWe, 1);
  assert.ok(r.sOther >= 1, `sOther ${r.sOther}`);
  assert.ok(r.peopleObj >= 1, `peopleObj ${r.peopleObj}`);
  assert.equal(r.pWe, 1);
});

void test('a story told by one person alone has no credit in its approach', () => {
  const text = [
    '# Rebuilt the billing export',
    '',
    '**Situation:** The nightly billing export had failed three times in a month and my team was busy with a launch.',
    '',
    '**Action:** I traced the failures to a timeout. I rewrote the batching, added a retry and moved the job to a quieter hour.',
    '',
    '**Result:** The export has not failed since.',
    '',
  ].join('\n');
  const a = analyzeFile(text, 'solo.md', DEFAULT_CONFIG);
  const f = storyFeatures({ file: { text }, story: a.file.stories[0] });
  assert.equal(f.hasApproach, 1);
  assert.equal(f.aOthers, 0);
  assert.ok(f.aI >= 3, `aI ${f.aI}`);
  assert.ok(f.w_peopleObj + f.w_peopleSubj >= 1, 'the team of the setting is counted in the whole answer');
});

void test('credit in the approach is counted', () => {
  const text = ['# Export', '', '**Action:** I traced the failures. Dana rewrote the batching and we shipped it together.', ''].join('\n');
  const a = analyzeFile(text, 'team.md', DEFAULT_CONFIG);
  const f = storyFeatures({ file: { text }, story: a.file.stories[0] });
  assert.ok(f.aOthers >= 1, `aOthers ${f.aOthers}`);
});
