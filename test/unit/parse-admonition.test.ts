// MkDocs admonitions and content tabs: their indented bodies are read as Markdown, at the positions written.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { unfoldAdmonitions } from '../../server/src/core/parse/admonition';
import { matchLabel } from '../../server/src/core/parse/labels';

const parse = (text: string) => parseFile(text, 'stories/s.md', DEFAULT_CONFIG);

const BANK = [
  '# Answers', '',
  '!!! question "Tell me about a time you fixed a flaky system."', '',
  '    ??? tip "Short answer"', '',
  '        **Situation:** Our export failed twice a week.', '',
  '        **Action:** I traced it to one query and added a retry.', '',
  '        **Result:** Failures fell from eight a month to one.', '',
  '    ??? tip "Long answer"', '',
  '        **Situation:** Our nightly export failed twice a week and nobody owned it.', '',
  '        **Action:** I traced ten failures to one query, added a retry and wrote a runbook.', '',
  '        **Result:** Failures fell from eight a month to one.', '',
  '!!! question "Describe a disagreement with a teammate."', '',
  '    - **Situation:** We disagreed about splitting a service.',
  '    - **Result:** We shipped on time.', '',
].join('\n');

void describe('admonitions', () => {
  void it('keeps every line start and length when unfolding', () => {
    const a = unfoldAdmonitions(BANK);
    assert.ok(a);
    const before = BANK.split('\n');
    const after = a.text.split('\n');
    assert.equal(after.length, before.length);
    for (let i = 0; i < before.length; i++) assert.equal(after[i].length, before[i].length, `line ${i + 1}`);
    assert.equal(after[2].trimEnd(), '## Tell me about a time you fixed a flaky system.');
    assert.equal(after[6].trimEnd(), '**Situation:** Our export failed twice a week.');
  });

  void it('reads one story per titled admonition, its short and long tellings two answers, markers at the label as written', () => {
    const f = parse(BANK);
    assert.deepEqual(f.stories.map((s) => s.title), ['Short answer', 'Long answer', 'Describe a disagreement with a teammate.']);
    assert.ok(f.stories.slice(0, 2).every((s) => s.section === 'Tell me about a time you fixed a flaky system.'), 'each telling sits under its question');
    const first = f.stories[0];
    const situation = first.parts.find((p) => p.name === 'setup')!;
    assert.equal(situation.marker.start.line, 7);
    // The marker's range points into the text as written (after the eight spaces of indentation).
    const lineStart = BANK.split('\n').slice(0, 6).join('\n').length + 1;
    assert.equal(BANK.slice(lineStart + 8, lineStart + 8 + 13), '**Situation:*');
    assert.equal(situation.marker.start.column, 9);
    assert.equal(situation.marker.start.offset, lineStart + 8);
    // Prose stands in the text as written.
    for (const p of first.prose) assert.equal(BANK.slice(p.start, p.start + p.text.length), p.text);
    assert.equal(f.stories[2].parts.map((p) => p.marker.start.line).join(','), '23,24');
  });

  void it('keeps line lengths when a deep heading mark is longer than the admonition marker it replaces', () => {
    // Under an H5, a typeless `!!! "T"` becomes an H6: '###### ' is one longer than '!!! "' + '"'.
    const text = ['##### Deep', '', '!!! "Why here?"', '', '    I want to build tools for teachers.', ''].join('\n');
    const a = unfoldAdmonitions(text);
    assert.ok(a);
    const before = text.split('\n');
    const after = a.text.split('\n');
    assert.equal(a.text.length, text.length);
    for (let i = 0; i < before.length; i++) assert.equal(after[i].length, before[i].length, `line ${i + 1}`);
    assert.ok(after[2].startsWith('###### Why here'));
  });

  void it('leaves a file without admonitions, and a setext underline, alone', () => {
    assert.equal(unfoldAdmonitions('# Title\n\nText\n===\n'), undefined);
    assert.equal(unfoldAdmonitions('Title\n===\n\n    code\n'), undefined);
  });
});

void describe('labels compounded in Chinese', () => {
  void it('reads two labels written as one word as the first one', () => {
    assert.equal(matchLabel('任務目標', false)?.part, 'challenge');
    assert.equal(matchLabel('背景与任务', false)?.part, 'setup');
    assert.equal(matchLabel('行动措施', false)?.part, 'approach');
  });
  void it('does not read a label followed by other words as a label', () => {
    assert.equal(matchLabel('结果显示', false), undefined);
    assert.equal(matchLabel('背景音乐', false), undefined);
  });
});
