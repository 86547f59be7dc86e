// A text's reading must not depend on what the process read before it. The tagger keeps words it did not know in a
// cache; a possessive glued to the mark after it ("the team's.") once went into that cache as one word, and from then
// on every "team's" read as one word, so a story's findings changed with the stories checked before it; a number and
// its unit glued to a dot ("r6.8xlarge") did the same to every later "8xlarge". Each test file runs in a process of
// its own, so the first read here is the first read of the engine: the test of history comes first.
// (scripts/eval/order.ts checks the whole corpus in two orders and names any file read differently.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../server/src/core/nlp/analyze';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const STORY = `---
questions: [6]
---
# Closing the quarter

**Situation:** I work in the finance group of a shipping firm, five of us in all.

**Task:** A system update broke the intercompany report three days before the quarter closed.

**Action:** Rosa's help, to be kind about it, was cheering from the side. I rebuilt the report from the raw
ledgers, matched every line by hand over two nights, wrote the correcting entries, and walked the controller through
each of them the next morning.

**Result:** We filed on time with all 3,100 lines matched and no audit finding.

**Learning:** Keep a manual route for every automated control.
`;

const ruleIds = (): string[] => analyzeFile(STORY, '/bank/closing.md', DEFAULT_CONFIG).findings.map((f) => `${f.ruleId}@${f.range.start.line}`).sort();

void test("a story's reading and findings are the same before and after the engine has read other texts", () => {
  const before = readText("Rosa's help was cheering from the side.");
  const findingsBefore = ruleIds();
  // texts that once put "Rosa's" into the tagger's cache as one word
  readText("The plan was Rosa's.");
  readText("It was Rosa's, in the end.");
  const after = readText("Rosa's help was cheering from the side.");
  assert.deepEqual(after, before);
  assert.deepEqual(ruleIds(), findingsBefore);
});

void test('a number and its unit read the same before and after a text that glued them to a dot', () => {
  const before = readText('Weekly orders went from 9M to 12M in a year.');
  // texts that once put "12M" and "8xlarge" into the tagger's cache as one word each
  readText('Volume ranged (10.40M–11.12M orders) all spring.');
  readText('We moved the cluster from r6.8xlarge to m7g.8xlarge nodes.');
  const after = readText('Weekly orders went from 9M to 12M in a year.');
  assert.deepEqual(after, before);
  assert.deepEqual(after.words.slice(7, 9), ['12', 'M']);
});

void test('a possessive before a mark reads as a word and "\'s", as it does before a space', () => {
  assert.deepEqual(readText("We used Rosa's.").words, ['We', 'used', 'Rosa', "'s", '.']);
  assert.deepEqual(readText("It was Rosa's, not mine.").words.slice(0, 4), ['It', 'was', 'Rosa', "'s"]);
  assert.deepEqual(readText('It was Rosa’s.').words.slice(2, 4), ['Rosa', '’s']);
});
