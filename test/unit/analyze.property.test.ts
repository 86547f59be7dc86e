// Property test: analyzeFile on arbitrary and mutated story Markdown never throws, no rule crashes, and every
// finding and quick-fix edit lies inside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG, mergeConfig } from '../../server/src/core/config';
import type { Finding, Range } from '../../server/src/core/types';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'rules');
const corpusLines = readdirSync(FIXTURES).flatMap((d) =>
  readdirSync(join(FIXTURES, d)).flatMap((f) => readFileSync(join(FIXTURES, d, f), 'utf8').split('\n')),
);
const config = mergeConfig(DEFAULT_CONFIG, { phrases: { blame: ['(a+)+$', 'the vendor'], 'filler-phrase': ['[x]', '\\b'] } });

function inside(r: Range, text: string): boolean {
  return r.start.offset >= 0 && r.start.offset <= r.end.offset && r.end.offset <= text.length && r.start.line >= 1 && r.start.column >= 1;
}

function check(text: string): void {
  const { findings } = analyzeFile(text, 'stories/p.md', config);
  for (const f of findings as Finding[]) {
    assert.ok(inside(f.range, text), `${f.ruleId} range outside the text`);
    assert.ok(!/could not run/.test(f.message), `rule crashed: ${f.message}`);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(inside(e.range, text), `${f.ruleId} fix outside the text`);
  }
}

const line = fc.oneof(
  fc.constantFrom(...corpusLines),
  fc.constantFrom('---', '## Outcome', '**Result:**', '- S: ', '<!-- storybank-disable -->', '<!-- storybank-disable-next-line blame -->', '```', '> quote', '[x]', '| a | b |', '\r', '\u0000', '\uFEFF'),
  fc.string({ maxLength: 40 }),
);

void test('analyzeFile survives mutated story Markdown', () => {
  fc.assert(fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => check(lines.join(eol))), { numRuns: 200 });
});

void test('a story whose last word is a copula runs every rule (found by the property above: "Am" crashed blame)', () => {
  for (const text of ['Am', 'Am\n', 'The vendor was', 'It is.']) check(text);
});

void test('analyzeFile survives arbitrary strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 150 });
});
