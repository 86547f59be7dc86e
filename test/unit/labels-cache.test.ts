// normalizeLabel keeps the labels it has normalised (the same few recur in every story of a bank): a label read again,
// after the store was cleared, or too long to keep, must read as it did the first time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeLabel } from '../../server/src/core/parse/labels';

const CASES: [string, string][] = [
  ['**Situation:**', 'situation'],
  ['(S)ituation', 'situation'],
  ['Action — 20 seconds', 'action'],
  ['情境：', '情境'],
  ['1️⃣ Result', 'result'],
  ['→ Result (30 seconds)', 'result'],
];

void test('a label normalises the same the first time, again, and after the store is cleared', () => {
  for (const [raw, want] of CASES) assert.equal(normalizeLabel(raw), want, raw);
  for (const [raw, want] of CASES) assert.equal(normalizeLabel(raw), want, `${raw} (again)`);
  for (let i = 0; i < 5000; i++) assert.equal(normalizeLabel(`Label ${i}:`), `label ${i}`);
  for (const [raw, want] of CASES) assert.equal(normalizeLabel(raw), want, `${raw} (after clearing)`);
});

void test('a label over 200 characters is normalised but not kept', () => {
  const long = `**${'Situation '.repeat(25)}:**`;
  assert.equal(normalizeLabel(long), 'situation '.repeat(25).trim());
  assert.equal(normalizeLabel(long), 'situation '.repeat(25).trim());
});
