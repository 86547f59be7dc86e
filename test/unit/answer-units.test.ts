// The candidate units of answer finding (parse/answer-units.ts, measured by scripts/eval/answer-units.ts): every
// heading, list item, bold line and question line that could open an answer is a candidate, with its body read to the
// next unit of its rank, and features that say what the hand segmenter chose. Fixtures written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitCandidates, unitFeatures } from '../../server/src/core/parse/answer-units';

const BANK = [
  '# My interview answers',
  '',
  '## Tell me about a time you missed a deadline',
  '',
  '### Situation',
  'Our team had promised a billing export by the end of the quarter and I owned the data model.',
  '',
  '### Result',
  'I split the work and we shipped two weeks late with every customer warned ahead.',
  '',
  '## Why do you want this role?',
  '',
  'I want to build tools that other engineers use every day.',
  '',
  '- a list item the scan leaves out',
  '  with a second line',
  '',
].join('\n');

void test('every heading is a candidate, and a heading body runs to the next heading of its level or higher', () => {
  const { units } = unitCandidates(BANK);
  const at = new Map(units.map((u) => [u.line, u]));
  for (const line of [0, 2, 4, 7, 10]) assert.ok(at.has(line), `line ${line} is a candidate`);
  assert.equal(at.get(2)!.heading, 2);
  assert.equal(at.get(2)!.end, 10, 'the first h2 runs to the second');
  assert.equal(at.get(4)!.end, 7, 'an h3 runs to the next h3');
  assert.ok(at.get(2)!.body.firstPerson > 0, 'the teller speaks under the first h2');
  assert.equal(at.get(14)?.dress.includes('item'), true, 'the list item is a candidate');
});

void test('the features say which units the hand segmenter chose and which lie inside its answers', () => {
  const { units } = unitCandidates(BANK);
  const feats = unitFeatures(units, [{ line: 2, last: 9 }, { line: 10, last: 16 }]);
  const of = (line: number): string[] => feats[units.findIndex((u) => u.line === line)];
  assert.ok(of(2).includes('hand') && of(2).includes('asks'));
  assert.ok(!of(4).includes('hand') && of(4).includes('inside-hand') && of(4).includes('parent-hand'));
  assert.ok(of(4).includes('part-label'), '"Situation" is a part label');
  assert.ok(of(0).includes('inner-hand') && of(0).includes('top'));
  assert.ok(!unitFeatures(units, []).some((f) => f.includes('hand')));
});
