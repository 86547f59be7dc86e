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

  void it('reads the answer under a heading that names it, with words in italics or code, and not the header fields', () => {
    const text = [
      '# Q4 — a time you cut a slow manual step',
      '',
      '**Principles:** Invent and Simplify; Deliver Results.',
      '',
      '## Answer (about 300 words)',
      '',
      'The slow part was not the build but the *checking*: after each nightly run someone on my team read the `diff.log` by hand and decided which changes were real.',
      '',
      'I wrote a small classifier that sorted each change into *expected*, *suspicious* or *unknown*, and I tuned it on two weeks of old logs with the person who had done the reading.',
      '',
      'We kept the manual read for the unknown pile only, and I added a button so anyone could mark a verdict wrong and feed it back.',
      '',
      'Reflection: I should have asked the reader for her rules on day one instead of guessing them.',
      '',
    ].join('\n');
    const story = parse(text).stories[0];
    assert.deepEqual(story.parts.map((p) => p.name), ['learning']);
    assert.ok(story.wordCount >= 90, `the answer under "## Answer" counts (${story.wordCount} words)`);
    assert.ok(!story.prose.some((s) => /Invent and Simplify/u.test(s.text)), 'the header field above the answer is not speech');
  });

  void it('does not read notes under another heading between the title and the first part as speech', () => {
    const text = [
      '# What is the piece of work you are proudest of?',
      '',
      'My proudest piece of work was moving our billing exports onto a queue.',
      '',
      '### Why it mattered to me:',
      '',
      'Our old exports ran as one nightly job that I watched fail every other week, and every failure meant my team reran it by hand in the morning.',
      '',
      '### Result',
      '',
      'Failed exports went from eight a month to none in the quarter after the move.',
      '',
    ].join('\n');
    const story = parse(text).stories[0];
    assert.deepEqual(story.parts.map((p) => p.name), ['outcome']);
    assert.equal(story.wordCount, story.parts[0].wordCount);
  });
});

void describe('an answer given as a block quote', () => {
  void it('counts a first-person block quote that is all an answer under its heading holds', () => {
    const text = [
      '## Phrases I can reuse',
      '',
      '- "I own the sync layer"',
      '- "apps that work on bad networks"',
      '',
      '## Introduction, long version',
      '',
      "> I'm a mobile engineer, and for the last six years I've built apps that have to work on bad networks.",
      '>',
      "> At my current job I own the offline sync layer, and I've spent most of this year making it cheaper to run.",
      '',
      '## Introduction, short version',
      '',
      "> I'm a mobile engineer who likes hard network problems, and I'd like to work on them at a larger scale with you.",
      '',
    ].join('\n');
    const stories = parse(text).stories;
    const long = stories.find((st) => /long version/u.test(st.title));
    assert.ok(long && long.wordCount >= 40, `the quoted answer is speech (${long?.wordCount} words)`);
  });

  void it('does not count a quotation of someone else under a heading', () => {
    const text = [
      '## A principle I keep coming back to',
      '',
      '> Leaders start with the customer and work backwards. They work hard to earn and keep customer trust, and although they pay attention to competitors, they obsess over customers.',
      '',
    ].join('\n');
    const story = parse(text).stories[0];
    assert.equal(story?.wordCount ?? 0, 0);
  });
});
