// Question sets, custom questions and dropped questions: the bank's catalog as the config makes it, the findings
// a bad definition gets (with its position), and what follows the catalog (rules, coverage, templates, completion,
// hovers, the built CLI's `questions` and `coverage` run inside a bank).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../server/src/core/analyze';
import { BankIndex } from '../../server/src/core/bank';
import { parseConfigText } from '../../server/src/core/config';
import {
  QUESTIONS,
  QUESTION_SETS,
  ROLE_SPECIFIC_QUESTION_IDS,
  STANDARD_CATALOG,
  parseQuestionId,
  questionCatalog,
  questionLabel,
} from '../../server/src/core/knowledge/index';
import { storyTemplate } from '../../server/src/core/templates';
import { completionsAt } from '../../server/src/features/completion';

const CONFIG = [
  'questionSet: product',
  'customQuestions:',
  '  - id: c1',
  '    theme: collaboration',
  '    text: Tell me about a time you earned the trust of a skeptical team.',
  '    followUps: ["What did it cost you?"]',
  '  - id: c2',
  '    theme: nowhere',
  '    text: A question in no theme.',
  '  - id: seven',
  '    theme: growth',
  '    text: A bad id.',
  '  - id: c3',
  '    theme: growth',
  'dropQuestions: [23, 99]',
  '',
].join('\n');

const parsed = parseConfigText(CONFIG, '/bank/.storybank.yml');
const catalog = questionCatalog(parsed.config);

void test('every shipped set rewords exactly the ML-specific questions and keeps ids, themes and kinds', () => {
  assert.deepEqual(QUESTION_SETS.map((s) => s.id), ['ml', 'software', 'product', 'data', 'management']);
  for (const set of QUESTION_SETS.filter((s) => s.id !== 'ml')) {
    assert.deepEqual(Object.keys(set.rewordings).map(Number).sort((a, b) => a - b), [...ROLE_SPECIFIC_QUESTION_IDS], set.id);
    const c = questionCatalog({ questionSet: set.id });
    assert.equal(c.questions.length, 35);
    for (const q of c.questions) {
      const std = QUESTIONS.find((x) => x.id === q.id)!;
      assert.equal(q.theme, std.theme);
      assert.equal(q.kind, std.kind);
      if (ROLE_SPECIFIC_QUESTION_IDS.includes(q.id)) assert.doesNotMatch(q.text, /\bML\b|machine learning|model/i, `${set.id} Q${q.id}`);
      else assert.equal(q.text, std.text);
    }
  }
  assert.equal(questionCatalog({}), STANDARD_CATALOG);
});

void test('the config builds the catalog: rewording, custom questions in their theme, dropped questions gone', () => {
  assert.equal(parsed.config.questionSet, 'product');
  assert.equal(catalog.byId(30)?.text, 'A key product metric drops suddenly after a release. What do you do?');
  assert.equal(catalog.byId(23), undefined, 'dropped');
  assert.equal(catalog.questions.length, 35, '35 - 1 dropped + 1 custom');
  const c1 = catalog.byId('c1');
  assert.ok(c1);
  assert.equal(c1.id, parseQuestionId('c1'));
  assert.equal(questionLabel(c1.id), 'c1');
  assert.deepEqual(c1.followUps, ['What did it cost you?']);
  assert.ok(catalog.themes.find((t) => t.id === 'collaboration')!.questions.includes(c1.id));
  assert.ok(!catalog.themes.find((t) => t.id === 'problem-solving')!.questions.includes(23));
});

void test('a bad question definition gets a config finding at its position; the good ones still count', () => {
  const at = parsed.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
  const lineOf = (needle: string) => CONFIG.split('\n').findIndex((l) => l.includes(needle)) + 1;
  assert.ok(at.some((a) => a.startsWith(`${lineOf('nowhere')}:`)), `theme finding on its line: ${at.join('; ')}`);
  assert.ok(at.some((a) => a.startsWith(`${lineOf('seven')}:`)), `id finding on its line: ${at.join('; ')}`);
  assert.ok(parsed.findings.some((f) => /c3 has no `text`/.test(f.message)), 'c3 without text');
  assert.ok(at.some((a) => a.startsWith(`${lineOf('dropQuestions')}:`)), '99 is not a standard id');
  assert.ok(parsed.findings.every((f) => f.ruleId === 'config-invalid' && f.severity === 'warning'));
  assert.deepEqual(parsed.config.customQuestions.map((q) => q.id), ['c1']);
  assert.deepEqual(parsed.config.dropQuestions, [23]);
});

void test('unknown-question follows the catalog: a custom id is known, an undefined one and a dropped one are not', () => {
  const text = '---\ntitle: Trust\nquestions: [c1, c9, 23, 6]\n---\n# Trust\n\n## Setup\n\nWe had 3 teams.\n';
  const a = analyzeFile(text, '/bank/stories/trust.md', parsed.config);
  assert.deepEqual(a.file.stories[0].themes, ['technical-decision', 'collaboration'], 'c1 gives its theme; the dropped 23 gives none');
  const unknown = a.findings.filter((f) => f.ruleId === 'unknown-question').map((f) => f.message);
  assert.equal(unknown.length, 2, unknown.join('\n'));
  assert.match(unknown[0], /"c9" is not one of the bank's questions/);
  assert.match(unknown[1], /Q23 is dropped by `dropQuestions`/);
  const plain = analyzeFile(text, '/bank/stories/trust.md', parseConfigText('', '/x/.storybank.yml').config);
  assert.equal(plain.findings.filter((f) => f.ruleId === 'unknown-question').length, 2, 'c1 and c9 without custom questions');
});

void test('coverage and bank rules read the catalog of the bank config', () => {
  const bank = new BankIndex();
  const text = '---\ntitle: Trust\nquestions: [c1, 21]\n---\n# Trust\n';
  bank.update('/bank/stories/trust.md', analyzeFile(text, '/bank/stories/trust.md', parsed.config), parsed.config, '/bank/.storybank.yml');
  const cov = bank.coverage();
  assert.equal(cov.questions.length, 35);
  const collaboration = cov.themes.find((t) => t.id === 'collaboration')!;
  assert.equal(collaboration.questions.length, 6);
  assert.equal(collaboration.coveredQuestions, 1);
  const gaps = bank.bankFindings().filter((f) => f.ruleId === 'question-gap').map((f) => f.message);
  assert.ok(gaps.some((m) => m.includes('Q12: "How do you explain a complex product trade-off')), `the gap uses the bank wording: ${gaps.join('\n')}`);
  assert.ok(gaps.some((m) => m.includes('Q22')), 'Q22 is a gap in a theme with an answer');
  assert.ok(!gaps.some((m) => m.includes('Q23')), 'no gap for a dropped question');
});

void test('templates, completion and the hover data follow the catalog', () => {
  const t = storyTemplate({ questions: ['c1'], catalog });
  assert.match(t, /^questions: \[c1\]$/m);
  assert.match(t, /^themes: \[collaboration\]$/m);
  assert.match(t, /^> c1\. Tell me about a time you earned the trust/m);
  assert.match(t, /What did it cost you\?/);
  const doc = '---\nquestions: [\n---\n';
  const items = completionsAt(doc, { line: 1, character: 'questions: ['.length }, catalog) ?? [];
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('c1'));
  assert.ok(!labels.includes('23'));
  assert.equal(items.find((i) => i.label === '30')?.detail, 'A key product metric drops suddenly after a release. What do you do?');
});

void test('the built CLI: questions and coverage run inside a bank list its catalog', () => {
  const ROOT = resolve(__dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'storybank-qs-'));
  try {
    writeFileSync(join(dir, '.storybank.yml'), CONFIG);
    mkdirSync(join(dir, 'stories'));
    writeFileSync(join(dir, 'stories', 'trust.md'), '---\ntitle: Trust\nquestions: [c1]\n---\n# Trust\n');
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'storybank.js'), ...args, '--no-color'], { cwd: dir, encoding: 'utf8' });
    const q = run('questions');
    assert.equal(q.status, 0, q.stderr);
    assert.match(q.stdout, /^ {2}c1 {3}Tell me about a time you earned the trust of a skeptical team\.$/m);
    assert.doesNotMatch(q.stdout, /Q23 /);
    assert.match(q.stdout, /^ {2}Q30 {2}A key product metric drops/m);
    assert.match(q.stdout, /^35 questions in 9 themes \(wording: product management, 1 dropped, 1 your own/m);
    assert.match(q.stderr, /\.storybank\.yml:\d+:\d+ +The theme of c2 is "nowhere"/);
    const c = run('coverage');
    assert.match(c.stdout, /^ {2}✓ c1 +.* 1 story: Trust$/m);
    const json = JSON.parse(run('coverage', '--format', 'json').stdout) as { questionsTotal: number; themes: { id: string; questions: { id: number | string }[] }[] };
    assert.equal(json.questionsTotal, 35);
    assert.ok(json.themes.find((t) => t.id === 'collaboration')!.questions.some((x) => x.id === 'c1'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
