// What counts as the candidate's speech around part markers: an answer told before the first marker, and material
// (questions, a table of principles) that is not speech.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const parse = (text: string) => parseFile(text, 'stories/s.md', { ...DEFAULT_CONFIG, include: ['**/*.md'] });

void describe('speech before the first part marker', () => {
  void it('counts an answer told in the first person before a lone lesson label', () => {
    const text = [
      '## How do you handle a disagreement about a design?',
      '',
      '### My answer',
      '',
      'I listen first and try to say the other view back in my own words before I argue for mine.',
      '',
      'Early on I rewrote a shared config without asking, and my lead showed me it broke a job I did not know about. I put it back and asked him to walk me through it.',
      '',
      'Since then I ask the owner before I touch shared code, and our reviews got shorter because of it.',
      '',
      '### Key lesson to remember',
      '',
      'Being fast alone is not the same as being helpful.',
      '',
    ].join('\n');
    const story = parse(text).stories[0];
    assert.deepEqual(story.parts.map((p) => p.name), ['learning']);
    assert.ok(story.wordCount >= 70, `the told answer counts (${story.wordCount} words)`);
    assert.equal(story.parts[0].wordCount, 10);
  });

  void it('does not count a list of questions or a table of principles before the parts', () => {
    const text = [
      '# Retiring the image server',
      '',
      'Questions this answers:',
      '- Tell me about a decision you made that had a big impact.',
      '- How do you handle changing priorities?',
      '- Tell me about a time you persuaded someone.',
      '',
      '| Principle | How I showed it |',
      '| --- | --- |',
      '| Ownership | I carried the migration to the end, including the parts nobody asked for. |',
      '| Frugality | We reused the CDN contract we already had instead of buying a new service. |',
      '',
      '## Situation',
      'One server resized every image on request and was out of support.',
      '## Result',
      'We switched it off two weeks early.',
      '',
    ].join('\n');
    const story = parse(text).stories[0];
    assert.deepEqual(story.parts.map((p) => p.name), ['setup', 'outcome']);
    assert.equal(story.wordCount, story.parts.reduce((n, p) => n + p.wordCount, 0));
  });
});
