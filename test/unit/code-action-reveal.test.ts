// Quick fixes that insert a slot to fill in (a missing part, a metric placeholder) tell the client where the slot
// ends up once the edit is applied, so the editor can scroll to it and select it: slotAfterEdits computes that
// range in the edited text; codeActionsFor attaches the client's reveal command to such fixes only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TextEdit } from 'vscode-languageserver';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { codeActionsFor, slotAfterEdits } from '../../server/src/features/codeActions';
import { toDiagnostic } from '../../server/src/convert';
import { REVEAL_RANGE_COMMAND } from '../../server/src/protocol';

/** Applies LSP edits (non-overlapping) to a text. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

function textAt(text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  assert.equal(r.start.line, r.end.line, 'a slot is on one line');
  return (lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
}

void test('the slot of one insertion is found at its place in the edited text', () => {
  const text = 'a\nb\nc\n';
  const edit: TextEdit = { range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, newText: '\n\n## Learning\n\n[What you took from it]' };
  const slot = slotAfterEdits([edit]);
  assert.ok(slot);
  assert.deepEqual(slot, { start: { line: 5, character: 0 }, end: { line: 5, character: 23 } });
  assert.equal(textAt(applyEdits(text, [edit]), slot), '[What you took from it]');
});

void test('edits before the slot shift it by their lines and, on the same line, by their characters', () => {
  const text = 'one two\nthree four\nfive\n';
  const edits: TextEdit[] = [
    // On the slot's line, before it: replaces "three" with two lines.
    { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, newText: 'THREE\nAND A HALF' },
    // The slot, later on that line (listed first: order in the list does not matter).
    { range: { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } }, newText: ' [metric: from what to what]' },
    // Before everything: removes a line.
    { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: '' },
  ].reverse();
  // Overlap check: the first and last edits touch at (1,0) only.
  const slot = slotAfterEdits(edits);
  assert.ok(slot);
  assert.equal(textAt(applyEdits(text, edits), slot), '[metric: from what to what]');
});

void test('a removal or a replacement word has no slot', () => {
  assert.equal(slotAfterEdits([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, newText: '' }]), undefined);
  assert.equal(slotAfterEdits([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, newText: 'amazon' }]), undefined);
});

void test("a missing part's fix carries the reveal command with the slot's range; suppressions and removals do not", () => {
  const text = [
    '---',
    'title: Moving the export to a queue',
    'questions: [18]',
    '---',
    '# Moving the export to a queue',
    '',
    '## Setup',
    '',
    'The nightly export ran for six hours on a shared database and basically blocked the morning reports.',
    '',
    '## Challenge',
    '',
    'I owned the export and had two weeks before the quarter closed.',
    '',
    '## Approach',
    '',
    'I moved the export to a queue with ten workers and checked each batch against the source.',
    '',
    '## Outcome',
    '',
    'The export finished in 40 minutes instead of 6 hours.',
    '',
  ].join('\n');
  const analysis = analyzeFile(text, '/bank/stories/export.md', DEFAULT_CONFIG);
  const diagnostics = analysis.findings.map((f) => toDiagnostic(f, undefined));
  const uri = 'file:///bank/stories/export.md';
  const actions = codeActionsFor(uri, text, diagnostics, undefined, { revealCommand: REVEAL_RANGE_COMMAND });
  const add = actions.find((a) => a.title === 'Add a Learning section');
  assert.ok(add?.command, `the fix runs a command; got ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(add.command.command, REVEAL_RANGE_COMMAND);
  const [target, range] = add.command.arguments as [string, Parameters<typeof textAt>[1]];
  assert.equal(target, uri);
  const edited = applyEdits(text, add.edit?.changes?.[uri] ?? []);
  assert.match(textAt(edited, range), /^\[What you took from it[^\]]*\]$/, 'the range is the inserted prompt, in the edited text');
  for (const a of actions.filter((x) => x !== add)) assert.equal(a.command?.command === REVEAL_RANGE_COMMAND, false, `"${a.title}" does not move the cursor`);
  assert.ok(actions.some((a) => /^Remove /.test(a.title)), 'the filler removal is offered too (and runs no reveal)');
  // A client without the command gets the same fixes without it.
  const plain = codeActionsFor(uri, text, diagnostics);
  assert.equal(plain.find((a) => a.title === 'Add a Learning section')?.command, undefined);
});
