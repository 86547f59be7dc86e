// scripts/eval/boundary-forms.ts: the form of the line that opened an answer the parser swallowed into another one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundaryForm, emptyFormRow, headingDepth, lastStudiedRound } from '../../scripts/eval/boundary-forms';

void test('heading depth reads ATX and setext headings, and nothing else', () => {
  assert.equal(headingDepth('### Why we moved'), 3);
  assert.equal(headingDepth('Why we moved', '======'), 1);
  assert.equal(headingDepth('Why we moved', '---'), 2);
  assert.equal(headingDepth('- a list item', '---'), 0);
  assert.equal(headingDepth('Just a sentence.'), 0);
});

void test('a heading below its holder is deeper; at or above its level the holder ran past its end', () => {
  assert.equal(boundaryForm('### The second project', '', '## Projects'), 'heading-deeper');
  assert.equal(boundaryForm('## The second project', '', '## The first project'), 'heading-level');
  assert.equal(boundaryForm('## Another one', '', 'Plain opening line'), 'heading-deeper');
});

void test('bold lines, question fields, numbered lines, items and table rows are told apart', () => {
  assert.equal(boundaryForm('**When did a plan of yours fail?**', '', '# Bank'), 'bold');
  assert.equal(boundaryForm('- **Leading without authority**', '', '# Bank'), 'bold');
  assert.equal(boundaryForm('**Situation:** we were late, **Task:** ship', '', '# Bank'), 'plain');
  assert.equal(boundaryForm('Q3. Why this company?', '', '# Bank'), 'q-field');
  assert.equal(boundaryForm('Pregunta: ¿por qué aquí?', '', '# Bank'), 'q-field');
  assert.equal(boundaryForm('4. Describe a hard trade-off', '', '# Bank'), 'numbered');
  assert.equal(boundaryForm('* Situation:', '', '## Initiative'), 'item');
  assert.equal(boundaryForm('| Why us? | Because the team ships weekly |', '', '# Bank'), 'table-row');
});

void test('a record field in code or data, a plain question and any other line', () => {
  assert.equal(boundaryForm('    "title": "Moving the billing job",', '', '['), 'data-field');
  assert.equal(boundaryForm("  question: 'Why do you want to join?',", '', 'export const bank = ['), 'data-field');
  assert.equal(boundaryForm('Why do you want to leave your job?', '', '# Notes'), 'question');
  assert.equal(boundaryForm('Leaving my last job', '', '# Notes'), 'plain');
});

void test('an empty row counts nothing, and only rounds up to the time split may be shown', () => {
  const r = emptyFormRow();
  assert.equal(r.missed, 0);
  assert.equal(Object.values(r).reduce((a, b) => a + b, 0), 0);
  assert.equal(lastStudiedRound({ STUDY_THROUGH: '44' }), 44);
  assert.equal(lastStudiedRound({ STUDY_THROUGH: '43' }), 43);
  assert.equal(lastStudiedRound({}), Number.NEGATIVE_INFINITY);
});
