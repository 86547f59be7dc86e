// scripts/eval/folds.ts: the answers found, invented and the part and kind misses per leave-one-round-out fold, from
// an eval --json report; files are matched by the report's path or the labels' display path, test files never read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldCell, foldFiles, foldRows, type FoldFile } from '../../scripts/eval/folds';
import type { LabelFile } from '../../scripts/eval/harness';

const FILES: FoldFile[] = [
  { display: 'public/a.md', fold: 'real-r20', labelled: 3 },
  { display: 'public/b.md', fold: 'real-r20', labelled: 2 },
  { display: 'public/c.md', fold: 'real-r21', labelled: 4 },
];

void test('per fold: labelled answers, found = labelled - missing, invented, part and kind misses', () => {
  const rows = foldRows(FILES, {
    storyMisses: [
      { file: 'eval/corpus/public/a.md', kind: 'missing' },
      { file: 'eval/corpus/public/a.md', kind: 'extra' },
      { file: 'eval/corpus/public/b.md', kind: 'extra' },
      { file: 'eval/corpus/public/c.md', kind: 'missing' },
      { file: 'eval/corpus/public/elsewhere.md', kind: 'missing' },
    ],
    partMisses: [{ file: 'eval/corpus/public/c.md' }, { file: 'eval/corpus/public/c.md' }, { file: 'eval/corpus/public/b.md' }],
    kindMisses: [{ file: 'eval/corpus/public/a.md' }],
  });
  assert.deepEqual(rows.get('real-r20'), { files: 2, labelled: 5, missing: 1, extra: 2, parts: 1, kinds: 1 });
  assert.deepEqual(rows.get('real-r21'), { files: 1, labelled: 4, missing: 1, extra: 0, parts: 2, kinds: 0 });
  assert.equal(foldCell(rows.get('real-r20')!), '4/5 +2 p1 k1');
  assert.equal(rows.size, 2);
});

void test('a report with no misses leaves every answer found', () => {
  const rows = foldRows(FILES, { storyMisses: [], partMisses: [], kindMisses: [] });
  assert.equal(foldCell(rows.get('real-r21')!), '4/4 +0 p0 k0');
});

void test('only real dev files are folded: adversarial cases and test files are left out', () => {
  const base = { labelsPath: '/nonexistent.labels.yml', storyPath: '/x.md', config: {}, stories: [] } as unknown as LabelFile;
  const files = [
    { ...base, display: 'adversarial/blame/x.md', origin: 'adversarial', split: 'dev' },
    { ...base, display: 'public/t.md', origin: 'real', split: 'test' },
  ] as LabelFile[];
  assert.deepEqual(foldFiles(files), []);
});
