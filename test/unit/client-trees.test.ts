// The Coverage, Stories and Bank Health trees built from a bank index, and the coverage matrix export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPANIES, QUESTIONS, THEMES } from '../../server/src/core/knowledge/index';
import type { BankIndex, BankStoryInfo } from '../../server/src/protocol';
import { buildCoverageTree, buildHealthTree, buildStoriesTree, formatDuration, LENSES, NO_PROJECT, type Knowledge } from '../../client/src/trees';
import { buildMatrix, coverageToMarkdown } from '../../client/src/matrix';
import { contentSecurityPolicy, heatLevel, matrixHtml } from '../../client/src/matrixHtml';

const K: Knowledge = { themes: THEMES, questions: QUESTIONS, companies: COMPANIES };
const range = { start: { line: 5, character: 0 }, end: { line: 5, character: 20 } };

function story(n: number, title: string, questions: number[], extra: Partial<BankStoryInfo> = {}): BankStoryInfo {
  const uri = `file:///bank/stories/s${n}.md`;
  return {
    key: `${uri}#0`, uri, index: 0, title, titleRange: range, questions, themes: [], companies: [],
    wordCount: 300, spokenSeconds: 120, problems: { errors: 0, warnings: 0, infos: 0 }, ...extra,
  };
}

export function indexOf(stories: BankStoryInfo[]): BankIndex {
  return {
    version: 1, indexing: false, stories, updated: '2026-11-30T00:00:00Z', health: [],
    themes: THEMES.map((t) => ({ id: t.id, questions: t.questions, coveredQuestions: t.questions.filter((q) => stories.some((s) => s.questions.includes(q))).length, stories: stories.filter((s) => s.questions.some((q) => t.questions.includes(q))).map((s) => s.key) })),
    questions: QUESTIONS.map((q) => ({ id: q.id, theme: q.theme, stories: stories.filter((s) => s.questions.includes(q.id)).map((s) => s.key) })),
  };
}

const bank = indexOf([
  story(1, 'Batch to real time', [6, 10], { project: 'fraud', problems: { errors: 0, warnings: 2, infos: 1 } }),
  story(2, 'The outage I caused', [8, 17], { project: 'fraud', spokenSeconds: 95 }),
  story(3, 'Why I left consulting', [1]),
]);

void test('the theme lens has the nine themes with covered counts', () => {
  const tree = buildCoverageTree(bank, 'theme', K);
  const ps = tree.find((g) => g.theme === 'problem-solving');
  assert.equal(ps?.label, 'Problem-Solving', 'a long theme name is shortened for the side bar');
  assert.match(ps?.tooltip ?? '', /^Problem-Solving and Critical Thinking\n/, 'the tooltip starts with the full name');
  assert.equal(tree.length, 9);
  assert.equal(tree.reduce((n, g) => n + g.total, 0), 35);
  const tech = tree.find((g) => g.theme === 'technical-decision');
  assert.ok(tech);
  assert.equal(tech.covered, 3); // 6, 8, 10
  assert.equal(tech.description, '3/5');
  const q6 = tech.children.find((q) => q.question === 6);
  assert.equal(q6?.children[0]?.title, 'Batch to real time');
  assert.equal(q6?.description, '1 story');
  const q7 = tech.children.find((q) => q.question === 7);
  assert.equal(q7?.covered, false);
  assert.equal(q7?.description, 'no story yet');
  assert.match(q7?.tooltip ?? '', /What it evaluates: .+/);
  assert.equal(tree.find((g) => g.theme === 'ethics')?.covered, 0);
});

void test('every lens resolves to groups whose questions exist', () => {
  for (const lens of LENSES) {
    const tree = buildCoverageTree(bank, lens.id, K);
    assert.ok(tree.length > 0, lens.id);
    for (const g of tree) {
      assert.ok(g.children.length > 0, `${lens.id}/${g.label}`);
      assert.ok(g.children.every((q) => q.question >= 1 && q.question <= 35));
    }
  }
  const ids = buildCoverageTree(bank, 'amazon', K).flatMap((g) => [g.id, ...g.children.map((q) => q.id)]);
  assert.equal(new Set(ids).size, ids.length, 'node ids are unique within a tree');
});

void test('node ids stay unique when a story answers two questions', () => {
  const tree = buildCoverageTree(bank, 'theme', K);
  const ids = tree.flatMap((g) => [g.id, ...g.children.flatMap((q) => [q.id, ...q.children.map((s) => s.id)])]);
  assert.equal(new Set(ids).size, ids.length);
});

void test('a new story changes the counts', () => {
  const before = buildCoverageTree(bank, 'theme', K).find((g) => g.theme === 'ethics');
  const after = buildCoverageTree(indexOf([...bank.stories, story(4, 'Shipping with a known bug', [26])]), 'theme', K).find((g) => g.theme === 'ethics');
  assert.equal(before?.covered, 0);
  assert.equal(after?.covered, 1);
});

void test('stories are grouped by project with time and problems', () => {
  const tree = buildStoriesTree(bank);
  assert.deepEqual(tree.map((p) => p.label), ['fraud', NO_PROJECT]);
  assert.equal(tree[0]?.children.length, 2);
  assert.equal(tree[0]?.description, '2 stories · 3:35');
  const first = tree[0]?.children.find((s) => s.title === 'Batch to real time');
  // the row counts errors and warnings, as the editor's badge on the file does; suggestions are in the tooltip
  assert.equal(first?.description, '2:00 · 2 problems');
  assert.match(first?.tooltip ?? '', /2 warnings, 1 suggestion/);
  assert.equal(formatDuration(59.6), '1:00');
});

void test('bank health puts errors first', () => {
  const tree = buildHealthTree({
    ...bank,
    health: [
      { kind: 'stale', severity: 'info', message: 'stale' },
      { kind: 'no-failure-story', severity: 'error', message: 'no failure story' },
      { kind: 'theme-gap', severity: 'warning', message: 'gap', theme: 'ethics' },
    ],
  });
  assert.deepEqual(tree.map((h) => h.tooltip), ['no failure story', 'gap', 'stale']);
});

void test('bank health rows fit the side bar: short labels, the whole message in the tooltip', () => {
  const long = 'No story answers a failure question (Q8 "Wrong approach" and Q17 "Failed project"). Almost every interview asks about a failure.';
  const tree = buildHealthTree(
    {
      ...bank,
      health: [
        { kind: 'theme-gap', severity: 'warning', message: 'No story covers the theme Ethics and Values (questions 26–27). Prepare one.', theme: 'ethics' },
        { kind: 'question-gap', severity: 'info', message: 'No answer is prepared for Q30: "..." Prepare one.', question: 30 },
        { kind: 'no-failure-story', severity: 'warning', message: long },
        { kind: 'too-few-stories', severity: 'warning', message: 'The bank has 3 stories; aim for at least 8, enough to answer most questions.' },
      ],
    },
    K,
  );
  const of = (kind: string) => tree.find((h) => h.info.kind === kind);
  assert.equal(of('theme-gap')?.label, 'No story: Ethics and Values');
  assert.match(of('question-gap')?.label ?? '', /^No answer: Q30 /);
  for (const h of tree) assert.ok(h.label.length <= 60, `${h.label} (${h.label.length})`);
  assert.equal(of('no-failure-story')?.tooltip, long);
  assert.match(of('no-failure-story')?.label ?? '', /^No story answers a failure question.*…$/);
  assert.equal(of('too-few-stories')?.label, 'The bank has 3 stories; aim for at least 8, enough to…');
});

void test('the matrix: theme columns under short names, question columns grouped by theme', () => {
  const m = buildMatrix(bank, 'theme', K);
  assert.equal(m.columns.length, 9);
  assert.equal(m.rows.length, 3);
  const row = m.rows.find((r) => r.title === 'The outage I caused');
  assert.equal(row?.cells[THEMES.findIndex((t) => t.id === 'technical-decision')], 1);
  assert.equal(row?.cells[THEMES.findIndex((t) => t.id === 'execution')], 1);
  assert.ok(m.columns.some((c) => c.label === 'Problem-Solving' && c.title.startsWith('Problem-Solving and Critical Thinking')), 'short label, full name in the tooltip');
  const byQuestion = buildMatrix(bank, 'question', K);
  assert.equal(byQuestion.columns.length, 35);
  assert.equal(byQuestion.totals[byQuestion.columns.findIndex((c) => c.id === '6')], 1);
  // Each theme's questions together, in theme order, under the theme's short name.
  const groups = byQuestion.columns.map((c) => c.group);
  assert.deepEqual([...new Set(groups)], THEMES.map((t) => t.short));
  for (const t of THEMES) {
    const at = byQuestion.columns.flatMap((c, i) => (c.group === t.short ? [i] : []));
    assert.equal(at.length, t.questions.length);
    assert.equal(at[at.length - 1] - at[0] + 1, at.length, `${t.name}'s questions are adjacent`);
  }
  const html = matrixHtml(byQuestion, 'N', 's');
  assert.match(html, /<th scope="colgroup" colspan="5" class="group" title="Technical Decision-Making">/);
  assert.match(html, /th\[scope=row\] \{[^}]*white-space: nowrap[^}]*text-overflow: ellipsis/, 'a story title stays on one line, cut with an ellipsis');
  assert.match(html, /<th scope="row" title="The outage I caused">/, 'the whole title is the tooltip');
});

void test('the coverage export is a readable list: a section per theme with its questions and stories, then the stories', () => {
  const md = coverageToMarkdown(bank, K, '2026-11-30');
  const lines = md.split('\n');
  assert.ok(!lines.some((l) => l.startsWith('|')), 'no table');
  assert.ok(lines.every((l) => l.length <= 200), 'no line wider than a short paragraph');
  for (const t of THEMES) assert.ok(lines.some((l) => l.startsWith(`## ${t.name} (`)), `a section for ${t.name}`);
  assert.equal(lines.filter((l) => /^- \*\*Q\d+\*\* /.test(l)).length, 35, 'every question once');
  assert.match(md, /^- \*\*Q8\*\* [^:]+: The outage I caused$/m);
  assert.match(md, /^- \*\*Q26\*\* [^:]+: \*no story yet\*$/m);
  assert.match(md, /^## Ethics and Values \(0 of 2\)$/m);
  for (const s of bank.stories) assert.ok(lines.includes(`- ${s.title}: ${s.questions.map((q) => `Q${q}`).join(', ')}`), s.title);
});

void test('a title with Markdown in it stays text in the export', () => {
  const md = coverageToMarkdown(indexOf([story(1, 'A | B *c*', [6])]), K);
  assert.ok(md.includes('- A \\| B \\*c\\*: Q6'));
});

void test('the matrix page has a strict CSP, a nonce on its script and no remote resources', () => {
  const html = matrixHtml(buildMatrix(bank, 'theme', K), 'NONCE123', 'vscode-webview://x');
  assert.ok(html.includes(`content="${contentSecurityPolicy('NONCE123', 'vscode-webview://x')}"`));
  assert.match(contentSecurityPolicy('N', 's'), /default-src 'none'/);
  assert.doesNotMatch(contentSecurityPolicy('N', 's'), /unsafe-inline|unsafe-eval/);
  assert.equal((html.match(/<script/g) ?? []).length, (html.match(/<script nonce="NONCE123">/g) ?? []).length);
  assert.doesNotMatch(html, /https?:\/\//);
  assert.match(html, /var\(--vscode-charts-green\)/);
  assert.doesNotMatch(matrixHtml(buildMatrix(indexOf([story(1, '<img src=x>', [6])]), 'theme', K), 'N', 's'), /<img/);
  assert.equal(heatLevel(0, 3), 0);
  assert.equal(heatLevel(3, 3), 4);
  assert.equal(heatLevel(1, 3), 2);
});

void test('the Stories view groups projects as the same-project rule does', () => {
  const base = { version: 1, indexing: false, themes: [], questions: [], health: [], updated: '' };
  const tree = buildStoriesTree({ ...base, stories: [story(1, 'A', [6], { project: 'Fraud Platform' }), story(2, 'B', [7], { project: 'fraud-platform' }), story(3, 'C', [8], { project: 'fraud_platform ' })] });
  assert.equal(tree.length, 1, tree.map((p) => p.label).join(', '));
  assert.equal(tree[0].label, 'Fraud Platform');
  assert.equal(tree[0].children.length, 3);
});
