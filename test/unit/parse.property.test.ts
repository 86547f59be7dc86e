// Property tests: arbitrary text and mutated Markdown never make the parser throw, and every position it
// reports lies inside the text, agrees with its line/column, and every prose segment equals its source slice.
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseFile } from '../../server/src/core/parse';
import { TEST_CONFIG, assertInside } from './helpers/parse-check';

const FRAGMENTS = [
  '---\n', '---\r\n', 'title: A story\n', 'questions: [6, "Q10", 99]\n', 'themes:\n  - growth\n  - nope\n', 'last-practiced: 2026-01-02\n',
  '# Title\n', '## Situation\n', '### **Task**\n', '### ✅ A - Action\n', '#### Result <!-- expect: missing-metric -->\n', '## Context switching costs\n',
  '**Situation:** ', '**RESULT** (30 seconds)\n', '**Lesson** — ', 'Situation:\n', 'Result: we shipped it.\n', 'Actions speak louder.\n',
  '- **Situation**: ', '- S: ', '- **A** — ', '  - nested item\n', '1. first\n', '> quoted text\n', '>>> deep\n',
  '```\ncode block\n', '```\n', '`inline code` ', '[link text](https://example.com) ', '<https://x.y> ', '<!-- storybank-disable blame -->\n',
  '<!-- storybank-disable-next-line -->', '<details>\n<summary>S</summary>\n\n', '</details>\n', '| a | b |\n| - | - |\n',
  '**Questions:** Q6, Q10\n', 'Questions: 8, 17\n', '⭐ Situation\n', '\n', '\r\n', '\r', '\n\n', ' ', '\t', '\u0000', '\uFEFF', '\uD800', '😀',
  'We cut latency by 40% in 3 weeks. ', 'I single-handedly fixed it. ', '*', '**', '_', '[', ']', '(', ')', '<', '>', '#', '-', ':', '|', '\\',
];

const fragmentDoc = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** A document with random slices deleted and random characters inserted. */
const mutatedDoc = fc
  .tuple(fragmentDoc, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 3 })), { maxLength: 6 }))
  .map(([doc, edits]) => {
    let s = doc;
    for (const [at, del, ins] of edits) {
      const i = s.length === 0 ? 0 : at % (s.length + 1);
      s = s.slice(0, i) + ins + s.slice(i + del);
    }
    return s;
  });

function check(text: string): void {
  assertInside(parseFile(text, 'stories/p.md', TEST_CONFIG));
}

void describe('parser properties', () => {
  void it('arbitrary strings (any code unit, including lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 300 });
  });

  void it('arbitrary ASCII with Markdown punctuation', () => {
    const md = fc.string({ unit: fc.constantFrom('#', '*', '_', '-', '>', '`', '[', ']', '(', ')', '<', '!', ':', ' ', '\n', '\r', 'a', 'S', '1', '.', '|'), maxLength: 300 });
    fc.assert(fc.property(md, check), { numRuns: 300 });
  });

  void it('random concatenations of story fragments', () => {
    fc.assert(fc.property(fragmentDoc, check), { numRuns: 400 });
  });

  void it('mutated story fragments (deletions and insertions)', () => {
    fc.assert(fc.property(mutatedDoc, check), { numRuns: 400 });
  });
});
