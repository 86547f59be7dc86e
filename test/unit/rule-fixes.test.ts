// Quick fixes computed by the rules: applying them gives the text the rule asks for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG, mergeConfig } from '../../server/src/core/config';
import type { Config, Finding, TextEdit } from '../../server/src/core/types';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'rules');
const config = (partial: Partial<Config> = {}): Config => mergeConfig(DEFAULT_CONFIG, partial);

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start.offset - a.range.start.offset)) {
    out = out.slice(0, e.range.start.offset) + e.newText + out.slice(e.range.end.offset);
  }
  return out;
}

function first(findings: Finding[], rule: string): Finding | undefined {
  return findings.find((f) => f.ruleId === rule && f.fixes && f.fixes.length > 0);
}

void test('missing-section: each inserted section is recognised, in order, until none is missing', () => {
  for (const [name, partial] of [
    ['missing-section/fires.md', {}],
    ['section-order/fires.md', {}],
  ] as const) {
    let text = readFileSync(resolve(FIXTURES, name), 'utf8');
    for (let round = 0; round < 6; round++) {
      const f = first(analyzeFile(text, name, config(partial)).findings, 'missing-section');
      if (!f) break;
      text = apply(text, f.fixes![0].edits);
    }
    const after = analyzeFile(text, name, config(partial));
    assert.deepEqual(after.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message), [], `${name} after fixes:\n${text}`);
    const parts = after.file.stories[0].parts.map((p) => p.name);
    for (const p of DEFAULT_CONFIG.structure) assert.ok(parts.includes(p), `${name}: ${p} not recognised after the fix`);
    if (name === 'missing-section/fires.md') {
      assert.deepEqual(parts, ['setup', 'challenge', 'approach', 'outcome', 'learning']);
      assert.match(text, /\n\n## Outcome\n\n\[[^\]]+\]\n\n## Learning\n\n\[[^\]]+\]\n$/);
    }
  }
});

void test('missing-section: a story with no marked parts is offered no insertion (one heading would take over the prose of other parts)', () => {
  const name = 'missing-section/fires-unmarked.md';
  const findings = analyzeFile(readFileSync(resolve(FIXTURES, name), 'utf8'), name, config()).findings.filter((f) => f.ruleId === 'missing-section');
  assert.ok(findings.length > 0);
  for (const f of findings) assert.equal(f.fixes, undefined, f.message);
});

void test('missing-section: an answer with no marked parts gets one finding that names every required part', () => {
  for (const [name, titles] of [
    ['missing-section/fires-unmarked.md', ['Setup', 'Challenge', 'Approach', 'Outcome', 'Learning']],
    ['missing-section/fires-pitch-unmarked.md', ['"Now"', '"Arc"', '"Impact"']],
  ] as const) {
    const findings = analyzeFile(readFileSync(resolve(FIXTURES, name), 'utf8'), name, config()).findings.filter((f) => f.ruleId === 'missing-section');
    assert.equal(findings.length, 1, `${name}: ${findings.map((f) => f.message).join(' | ')}`);
    for (const t of titles) assert.ok(findings[0].message.includes(t), `${name}: ${t} in ${findings[0].message}`);
  }
  // STAR without a lesson: four parts named, Learning not.
  const name = 'missing-section/fires-unmarked.md';
  const [star] = analyzeFile(readFileSync(resolve(FIXTURES, name), 'utf8'), name, config({ structure: ['setup', 'challenge', 'approach', 'outcome'] })).findings.filter((f) => f.ruleId === 'missing-section');
  assert.ok(star && !star.message.includes('Learning'), star?.message);
});

void test('missing-metric: the fix puts a metric placeholder at the end of the outcome\'s first paragraph', () => {
  const name = 'missing-metric/fires.md';
  const text = readFileSync(resolve(FIXTURES, name), 'utf8');
  const f = first(analyzeFile(text, name, config()).findings, 'missing-metric');
  assert.ok(f);
  const fixed = apply(text, f.fixes![0].edits);
  assert.match(fixed, /export tickets to us\. \[metric: [^\]]+\]\n\n## Learning/);
  // The placeholder is itself flagged until it is filled in.
  const after = analyzeFile(fixed, name, config()).findings;
  assert.ok(after.some((x) => x.ruleId === 'placeholder' && fixed.slice(x.range.start.offset, x.range.end.offset).startsWith('[metric:')));
  // ... in place of missing-metric, which no longer fires.
  assert.ok(!after.some((x) => x.ruleId === 'missing-metric'));
});

void test('filler-phrase: a filler alone in brackets or quotes goes with them', () => {
  // Quoted words are not the writer's own fillers for the built-in list, but a user's phrase is found anywhere.
  const withPhrase = config({ phrases: { 'filler-phrase': ['long story short'] } });
  const cases: [string, string][] = [
    ['I (basically) rewrote the join.', 'I rewrote the join.'],
    ['We chose, (kind of) a rewrite.', 'We chose, a rewrite.'],
    ['It was “long story short” a rewrite.', 'It was a rewrite.'],
    ['(Basically) we rewrote it.', 'We rewrote it.'],
  ];
  for (const [text, want] of cases) {
    const story = `# T\n\n## Approach\n\n${text}\n`;
    const f = analyzeFile(story, 't.md', withPhrase).findings.find((x) => x.ruleId === 'filler-phrase');
    assert.ok(f?.fixes, text);
    assert.equal(apply(story, f.fixes[0].edits), `# T\n\n## Approach\n\n${want}\n`);
  }
});

void test('filler-phrase: applying every fix leaves clean sentences and no filler', () => {
  const name = 'filler-phrase/fires.md';
  let text = readFileSync(resolve(FIXTURES, name), 'utf8');
  const fillers = analyzeFile(text, name, config()).findings.filter((f) => f.ruleId === 'filler-phrase');
  assert.equal(fillers.length, 3);
  text = apply(text, fillers.flatMap((f) => f.fixes![0].edits));
  assert.match(text, /\nThe batch had grown to six hours/);
  assert.match(text, /\nI was asked to make it reliable/);
  assert.match(text, /\nNobody else wanted the job\./);
  assert.equal(analyzeFile(text, name, config()).findings.filter((f) => f.ruleId === 'filler-phrase').length, 0);
});

void test('unknown-theme and unknown-company offer the close id', () => {
  const name = 'unknown-company/fires.md';
  const text = readFileSync(resolve(FIXTURES, name), 'utf8');
  const found = analyzeFile(text, name, config()).findings.filter((f) => f.ruleId === 'unknown-company');
  const amazn = found.find((f) => text.slice(f.range.start.offset, f.range.end.offset) === 'amazn');
  assert.ok(amazn?.fixes);
  assert.equal(amazn.fixes[0].edits[0].newText, 'amazon');
  const netflix = found.find((f) => text.slice(f.range.start.offset, f.range.end.offset) === 'netflix');
  assert.ok(netflix && !netflix.fixes);
});

void test('missing-section matches how the story marks its parts (list labels stay in the list)', () => {
  let text = '---\nquestions: [6]\n---\n# Exports\n\n- **Situation**: our exports failed twice a month.\n- **Action**: I fixed the slow join with Dana.\n';
  for (let round = 0; round < 4; round++) {
    const f = first(analyzeFile(text, 'l.md', config()).findings, 'missing-section');
    if (!f) break;
    text = apply(text, f.fixes![0].edits);
  }
  assert.match(text, /- \*\*Situation\*\*: our exports failed twice a month\.\n- \*\*Task\*\*: \[[^\]]+\]\n- \*\*Action\*\*: /);
  const parts = analyzeFile(text, 'l.md', config()).file.stories[0].parts;
  assert.deepEqual(parts.map((p) => `${p.name}:${p.kind}`), ['setup:list', 'challenge:list', 'approach:list', 'outcome:list', 'learning:list']);
});

void test('too-short: the advice follows the kind of answer (a story adds what it did, a plan its steps)', () => {
  const message = (name: string): string =>
    analyzeFile(readFileSync(resolve(FIXTURES, name), 'utf8'), name, config()).findings.find((f) => f.ruleId === 'too-short')?.message ?? '';
  assert.match(message('too-short/fires.md'), /^Said aloud this story .* Add what you did step by step/);
  assert.match(message('too-short/fires-plan.md'), /^Said aloud this plan .* Add the steps you would take/);
});
