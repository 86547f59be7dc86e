// The language server's position conversion (core 1-based points ↔ LSP 0-based positions) and its pure
// text helpers for completion and quick fixes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromLspPosition, toDiagnostic, toLspRange } from '../../server/src/convert';
import { codeActionsFor } from '../../server/src/features/codeActions';
import { completionsAt, frontMatterLines } from '../../server/src/features/completion';
import { LineIndex } from '../../server/src/core/text';

void test('core ranges become 0-based LSP ranges', () => {
  const text = 'ab\ncd\r\nef';
  const idx = new LineIndex(text);
  assert.deepEqual(toLspRange(idx.range(3, 5)), { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
  assert.deepEqual(toLspRange(idx.range(7, 9)), { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
});

void test('LSP positions become core points with offsets, clamped inside the text (CRLF and lone CR too)', () => {
  const text = 'ab\r\ncd\ref';
  assert.deepEqual(fromLspPosition({ line: 1, character: 1 }, text), { line: 2, column: 2, offset: 5 });
  assert.deepEqual(fromLspPosition({ line: 2, character: 0 }, text), { line: 3, column: 1, offset: 7 });
  assert.deepEqual(fromLspPosition({ line: 9, character: 99 }, text), { line: 3, column: 3, offset: 9 });
  assert.equal(fromLspPosition({ line: 0, character: 50 }, text).offset, 4, 'past the end of a line stops at the next line start');
  // Round trip: a point from the core maps to the same offset.
  const idx = new LineIndex(text);
  for (let o = 0; o <= text.length; o++) {
    const p = idx.point(o);
    const back = fromLspPosition(toLspRange({ start: p, end: p }).start, text);
    if (text[o - 1] !== '\r' || text[o] !== '\n') assert.equal(back.offset, o);
  }
});

void test('a finding becomes a diagnostic with code, doc link, source and fix data', () => {
  const idx = new LineIndex('x basically y');
  const d = toDiagnostic(
    { ruleId: 'filler-phrase', severity: 'info', message: 'm', path: '/a.md', range: idx.range(2, 11), fixes: [{ title: 'Remove', edits: [{ range: idx.range(2, 12), newText: '' }] }] },
    'https://example.test/filler-phrase',
  );
  assert.equal(d.code, 'filler-phrase');
  assert.equal(d.source, 'storybank');
  assert.equal(d.severity, 3);
  assert.deepEqual(d.codeDescription, { href: 'https://example.test/filler-phrase' });
  assert.deepEqual(d.data, { ruleId: 'filler-phrase', fixes: [{ title: 'Remove', edits: [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 12 } }, newText: '' }] }] });
});

void test('completion works only inside the front matter, on half-typed YAML', () => {
  const text = '---\nquestions: [6, \nthemes:\n  - ex\n---\n# T\n';
  assert.deepEqual(frontMatterLines(text.split('\n')), { start: 1, end: 4 });
  const qs = completionsAt(text, { line: 1, character: 15 }) ?? [];
  assert.equal(qs.length, 34);
  assert.ok(!qs.some((i) => i.label === '6'));
  const themes = completionsAt(text, { line: 3, character: 6 }) ?? [];
  assert.equal(themes.length, 9);
  assert.equal(completionsAt(text, { line: 5, character: 1 }), null);
  assert.equal(completionsAt('# no front matter\n', { line: 0, character: 2 }), null);
});

void test('disable-for-line goes above the line, never inside front matter; disable-for-file after it', () => {
  const text = '---\nquestions: [99]\n---\n# T\n\n  - kind of odd\n';
  const diag = (line: number, code: string) => ({ range: { start: { line, character: 4 }, end: { line, character: 11 } }, message: 'm', source: 'storybank', code, data: { ruleId: code } });
  const inBody = codeActionsFor('file:///a.md', text, [diag(5, 'filler-phrase')]);
  const line = inBody.find((a) => a.title === 'Disable filler-phrase for this line');
  assert.deepEqual(line?.edit?.changes?.['file:///a.md'], [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '  <!-- storybank-disable-next-line filler-phrase -->\n' }]);
  const file = inBody.find((a) => a.title === 'Disable filler-phrase for this file');
  assert.deepEqual(file?.edit?.changes?.['file:///a.md'][0].range.start, { line: 3, character: 0 });
  const inFm = codeActionsFor('file:///a.md', text, [diag(1, 'unknown-question')]);
  assert.ok(!inFm.some((a) => a.title.includes('for this line')));
  assert.ok(inFm.some((a) => a.title === 'Disable unknown-question for this file'));
  assert.deepEqual(codeActionsFor('file:///a.md', text, [{ ...diag(5, 'x'), source: 'other' }]), []);
});

void test("a finding's related places become relatedInformation with file URIs (a URI key stays as it is)", () => {
  const idx = new LineIndex('# One\n');
  const d = toDiagnostic(
    {
      ruleId: 'same-project', severity: 'info', message: 'm', path: '/b/one.md', range: idx.range(2, 5),
      related: [
        { path: '/b/two words.md', range: idx.range(2, 5), message: '"Two" (two words.md) also uses "x"' },
        { path: 'vscode-vfs://github/o/r/three.md', range: idx.range(0, 1), message: 'three' },
      ],
    },
    undefined,
  );
  assert.deepEqual(d.relatedInformation, [
    { location: { uri: 'file:///b/two%20words.md', range: { start: { line: 0, character: 2 }, end: { line: 0, character: 5 } } }, message: '"Two" (two words.md) also uses "x"' },
    { location: { uri: 'vscode-vfs://github/o/r/three.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, message: 'three' },
  ]);
  assert.equal(toDiagnostic({ ruleId: 'x', severity: 'info', message: 'm', path: '/a.md', range: idx.range(0, 1) }, undefined).relatedInformation, undefined);
});
