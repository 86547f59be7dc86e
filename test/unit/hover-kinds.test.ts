// Hovers follow the answer kind: a question's hover names its answer shape, and a pitch's or a plan's part
// marker is named and budgeted the way its kind names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { hoverAt } from '../../server/src/features/hover';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const counts = { storiesPerQuestion: new Map<number, number>() };

function hover(text: string, line: number, column: number): string {
  const analysis = analyzeFile(text, '/bank/stories/a.md', DEFAULT_CONFIG);
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
  const h = hoverAt(analysis, { line, column, offset: offset + column - 1 }, counts);
  assert.ok(h, `a hover at ${line}:${column}`);
  return (h.contents as MarkupContent).value;
}

void test('a question hover names the answer shape and, for a pitch, the parts the question needs', () => {
  const text = ['---', 'questions: [2]', '---', '# Why here', '', 'Words.', ''].join('\n');
  const v = hover(text, 2, 13);
  assert.match(v, /Answer shape: Pitch\./);
  assert.match(v, /Parts for this question: Why here\./);
  const story = ['---', 'questions: [16]', '---', '# A story', '', 'Words.', ''].join('\n');
  assert.match(hover(story, 2, 13), /Answer shape: Story\./);
  const ask = ['---', 'questions: [29]', '---', '# Mine', '', '- What is hard here?', ''].join('\n');
  assert.match(hover(ask, 2, 13), /Answer shape: Questions to ask\./);
});

void test('a pitch part marker is named and budgeted by its kind', () => {
  const text = ['---', 'questions: [1]', '---', '# Me', '', '**Arc:** From QA to backend to reliability.', '', '**Why here:** Your payments work.', ''].join('\n');
  const arc = hover(text, 6, 4);
  assert.match(arc, /^\*\*Arc\*\* — budget 45 s/);
  assert.match(arc, /turns in your career/);
  const why = hover(text, 8, 4);
  assert.match(why, /^\*\*Why here\*\* — budget 20 s/);
  const plan = ['---', 'questions: [31]', '---', '# Mess', '', '## Steps', '', 'Ask why first.', ''].join('\n');
  assert.match(hover(plan, 6, 5), /^\*\*Steps\*\* — budget 1 min/);
});
