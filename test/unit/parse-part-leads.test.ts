// Part marks read by what they say rather than how they are dressed (round 57): a lead in the speaker's own words
// ("What I've delivered:", "Why I'm moving on:"), read by its verb, tense and wh-word; a question read by its subject
// or verb; a label set off by any spaced sign of Unicode's punctuation or symbol classes ("Problem · …", "Result | …").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { isSpacedSeparator, leadPart, matchLabel, partQuestion } from '../../server/src/core/parse/labels';
import { LEAD_NOUNS, LEAD_PLACES, LEAD_VERBS, QUESTION_VERBS } from '../../server/src/core/knowledge/part-leads';
import type { Story } from '../../server/src/core/types';

function stories(text: string): Story[] {
  return parseFile(text, 'stories/s.md', DEFAULT_CONFIG).stories;
}

function marked(s: Story): string[] {
  return s.parts.map((p) => `${p.name}@${p.marker.start.line}`);
}

void describe('the lead tables', () => {
  void it('holds verbs for every tense, places and nouns, each to a part', () => {
    for (const [tense, verbs] of Object.entries(LEAD_VERBS)) assert.ok(verbs.length >= 5, `${tense} has verbs`);
    assert.ok(LEAD_PLACES.length >= 20);
    assert.ok(Object.keys(LEAD_NOUNS).length >= 5);
    assert.deepEqual(Object.keys(QUESTION_VERBS).sort(), ['approach', 'learning', 'outcome']);
  });
});

void describe('a lead in the speaker’s own words, by verb and tense', () => {
  const cases: [string, string | undefined][] = [
    ["What I've shipped", 'outcome'],
    ['What we have built', 'outcome'],
    ['What I changed', 'approach'],
    ['Something I tried', 'approach'],
    ["What I'm doing about it", 'approach'],
    ['What I do about it', 'approach'],
    ["What I'd do differently", 'learning'],
    ['What I would keep', 'learning'],
    ['What I took away', 'learning'],
    ["A number I'm proud of", 'outcome'],
    ['Outcomes to date', 'outcome'],
    ['Where I am today', 'setup'],
    ['How we got here', 'approach'],
    ["Where I'm heading", 'learning'],
    ['Why this studio', 'learning'],
    ["Why I'm applying", 'learning'],
    ['In ten years', 'learning'],
    // the weakness named (the answer's subject, told in any part), a comment on the answer, a reason inside a story,
    // a clause about someone else, a verb no table holds: no part
    ['My weakness', undefined],
    ["Why I'm mentioning this", undefined],
    ['Why this interests me', undefined],
    ['Why it broke', undefined],
    ['What they wanted', undefined],
    ['What I noticed on the bus', undefined],
  ];
  for (const [lead, part] of cases) {
    void it(`reads "${lead}:" as ${part ?? 'no part'}`, () => {
      assert.equal(matchLabel(lead, false, true)?.part, part);
    });
  }
  void it('reads such a clause only as a lead before a colon or dash, not as a heading or a bare line', () => {
    assert.equal(matchLabel("What I've shipped", false, false), undefined);
    assert.equal(leadPart("what i've shipped"), 'outcome');
  });
  void it('marks the parts of a weakness answer written in such leads, not the lead that names the weakness', () => {
    const text =
      '# What is your biggest weakness?\n\n**The weakness:** I say yes to every request, so my own work slips to the evening.\n\n' +
      "**What I'm doing about it:** I keep a list of what I have promised and check it before I take anything new.\n\n" +
      "**What I've changed:** In the last quarter I handed two standing requests back and finished my own plan on time.\n";
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'approach@5', 'outcome@7']);
  });
});

void describe('a question read by its subject or its verb', () => {
  const asked: [string, string | undefined][] = [
    ['What was the hardest constraint?', undefined],
    ['What was the main obstacle?', 'challenge'],
    ['What were the consequences?', 'outcome'],
    ['What did we learn?', 'learning'],
    ['What would I do differently?', 'learning'],
    ['How did we tackle it?', 'approach'],
    ['What have you delivered?', 'outcome'],
    ['What did they say?', undefined],
  ];
  for (const [q, part] of asked) {
    void it(`reads "${q}" as ${part ?? 'no part'}`, () => assert.equal(partQuestion(q), part));
  }
});

void describe('a label set off by a spaced sign of any punctuation or symbol class', () => {
  void it('takes dots, bars, guillemets and pilcrows; not the signs that join labels or words', () => {
    for (const ch of ['·', '|', '›', '»', '¶', '§', '•', '~', '⁓', '‖']) assert.ok(isSpacedSeparator(ch), ch);
    for (const ch of ['/', '&', '+', ',', '.', ';', '!', '?', '"', '*', 'a', '1']) assert.equal(isSpacedSeparator(ch), false, ch);
  });
  const story = (sep: string): string =>
    `# The ferry that missed its slot\n\nSituation ${sep} I ran the booking desk at a small island harbour.\n\n` +
    `Problem ${sep} The ferry lost its berth for a week when the quay wall cracked.\n\n` +
    `What I did ${sep} I moved every booking onto the mainland service and rang each of the forty passengers.\n\n` +
    `Result ${sep} All forty travelled within a day of their date and none asked for a refund.\n`;
  for (const sep of ['·', '|', '›', '¦']) {
    void it(`reads four parts set off by "${sep}"`, () => {
      const [s] = stories(story(sep));
      assert.deepEqual(marked(s), ['setup@3', 'challenge@5', 'approach@7', 'outcome@9']);
    });
  }
  void it('does not read one lone sentence that starts with a part word before such a sign as a label', () => {
    const text = '# A quiet week\n\nThe desk was calm and nothing much happened at the harbour that week.\n\nResult · a rare thing, a week with no complaints at all.\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), []);
  });
});
