// scripts/eval/figures.ts: the figures block of docs/accuracy.md from eval --json reports; the blind group is the
// held-out group less the real test files; the block replaces only what lies between its markers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blindGroup, figuresBlock, groupRow, replaceFigures, type GroupReport } from '../../scripts/eval/figures';
import type { GroupScore } from '../../scripts/eval/harness';

function group(files: number, found: number, labelled: number, blameTp: number, blameFp: number): GroupScore {
  return {
    files,
    storiesLabelled: labelled,
    storiesFound: found,
    extraStories: files - 1,
    partsCorrect: found * 4,
    partsTotal: labelled * 5,
    kindsCorrect: found,
    kindsTotal: labelled,
    rules: { blame: { tp: blameTp, fp: blameFp, fn: 1, tn: labelled - blameTp - blameFp - 1 } },
  };
}

const REPORT: GroupReport = {
  dev: group(10, 18, 20, 3, 1),
  test: group(2, 3, 5, 0, 1),
  adversarial: group(30, 30, 30, 12, 2),
  'held-out': group(7, 8, 10, 2, 2),
  all: group(40, 48, 50, 15, 3),
};

void test('blind = held-out less test, count by count', () => {
  const b = blindGroup(REPORT['held-out'], REPORT.test);
  assert.equal(b.files, 5);
  assert.equal(b.storiesFound, 5);
  assert.equal(b.storiesLabelled, 5);
  assert.equal(b.extraStories, 5);
  assert.deepEqual(b.rules.blame, { tp: 2, fp: 1, fn: 0, tn: 2 });
});

void test('a group row gives found/labelled, invented, parts and kinds with their percentages', () => {
  assert.equal(groupRow('test', REPORT.test), '| test | 2 | 3/5 | 1 | 48.0% (12/25) | 60.0% (3/5) |');
});

void test('the block names both commits, carries the prose, every group and the per-rule tables', () => {
  const block = figuresBlock({ end: REPORT, start: REPORT, endSha: 'aaaa111', startSha: 'bbbb222', when: 'a day, end of a round', prose: 'What moved, in words.\n' });
  assert.ok(block.startsWith('<!-- figures:start -->\nMeasured on `aaaa111` (a day, end of a round)'));
  assert.ok(block.endsWith('<!-- figures:end -->'));
  assert.ok(block.includes('\nWhat moved, in words.\n'));
  assert.ok(block.includes('(`bbbb222`)'));
  for (const g of ['dev', 'test', 'adversarial', 'held-out', 'blind', 'all']) assert.ok(block.includes(`\n| ${g} |`), g);
  assert.ok(block.includes('\n### blind\n'));
  assert.match(block, /\| blame +\| +2 \| +1 \| +0 \| +2 \| +66\.7% \| +100\.0% \|/u);
});

void test('only the text between the markers changes; a document without them is refused with what to add', () => {
  const doc = 'before\n<!-- figures:start -->\nold\n<!-- figures:end -->\nafter\n';
  assert.equal(replaceFigures(doc, '<!-- figures:start -->\nnew\n<!-- figures:end -->'), 'before\n<!-- figures:start -->\nnew\n<!-- figures:end -->\nafter\n');
  assert.throws(() => replaceFigures('no block here', 'x'), /add a line "<!-- figures:start -->"/u);
});
