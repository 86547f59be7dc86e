// The closed word classes the placeholder rule's slot reader keeps beside its patterns (server/src/core/rules/slots.ts),
// counted so that a change to them is a change someone meant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEY_NAMES, MEASURE_WORDS, findSlots } from '../../server/src/core/rules/slots';

void test('the measure words of Chinese, Japanese and Korean and the keyboard keys are counted, each once', () => {
  assert.deepEqual([MEASURE_WORDS.length, new Set(MEASURE_WORDS).size, KEY_NAMES.size], [53, 53, 35]);
  for (const k of KEY_NAMES) assert.equal(k, k.toLowerCase(), `${k} is looked up lower-cased`);
});

void test('a letter before a measure word is a slot, a key in angles inside backticks is not', () => {
  const slots = (text: string) => findSlots(text, 0, text.length).map((h) => h.text);
  assert.deepEqual(slots('我们在 X 天内交付了新版本。'), ['X']);
  assert.deepEqual(slots('Press `<Enter>` to send the report, then `<Company>` goes in the greeting.'), ['`<Company>`']);
});

void test('a comment opened before the text read hides it to its close, and only to its close', () => {
  const text = 'Notes\n<!-- Layout:\n**Tags:** [list the questions this answers]\n-->\nWe chose [Company] for the pilot.\n';
  const from = text.indexOf('**Tags');
  assert.deepEqual(findSlots(text, from, text.length).map((h) => h.text), ['[Company]']);
  // (no close after it: an opener mentioned in passing hides nothing)
  const open = 'Type <!-- to start a note.\n\n**Tags:** [list the questions this answers]\n';
  assert.deepEqual(findSlots(open, open.indexOf('**Tags'), open.length).map((h) => h.text), ['[list the questions this answers]']);
});
