// The analyses kept between runs of the language server: a kept result is returned only for the very same path,
// text, config, story root and checker code, equal to a fresh analysis; anything else, or a damaged file, misses.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { AnalysisCache, CACHE_FILE } from '../../server/src/analysisCache';
import { runJob, type AnalysisJob } from '../../server/src/analysisPool';
import { DEFAULT_CONFIG, mergeConfig } from '../../server/src/core/config';

function story(i: number): string {
  return `---\ntitle: Story ${i}\nquestions: [${1 + (i % 35)}]\n---\n# Story ${i}\n\n## Setup\n\nBasically we had ${i} services.\n\n## Challenge\n\nThe release was late.\n\n## Approach\n\nI split the work.\n\n## Outcome\n\nIt shipped ${i}% faster.\n\n## Learning\n\nSplit early.\n`;
}

const jobs: AnalysisJob[] = [
  ...Array.from({ length: 6 }, (_, i) => ({ path: `/bank/stories/s${i}.md`, text: story(i), config: DEFAULT_CONFIG, storyRoot: '/bank' })),
  { path: '/bank/NOTES.md', text: '# Notes\n\nNo front matter.\n', config: DEFAULT_CONFIG, storyRoot: '/bank' },
];

void describe('AnalysisCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storybank-cache-unit-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  void it('returns what was kept for the same job only, equal to a fresh analysis', () => {
    const first = AnalysisCache.open(dir, 'code-1');
    assert.equal(first.size, 0);
    assert.equal(first.save(jobs.map((j) => [j, runJob(j)] as const)), undefined);

    const next = AnalysisCache.open(dir, 'code-1');
    assert.equal(next.size, jobs.length);
    for (const j of jobs) {
      const kept = next.get(j);
      assert.ok(kept, j.path);
      assert.deepEqual(kept.analysis, runJob(j).analysis, j.path);
    }
    assert.equal(next.get(jobs[6])?.analysis, undefined, 'a file that is not a story is kept as such');
    // Anything that an analysis depends on misses: text, path, config, story root.
    assert.equal(next.get({ ...jobs[0], text: jobs[0].text.replace('late', 'early') }), undefined);
    assert.equal(next.get({ ...jobs[0], path: '/bank/stories/other.md' }), undefined);
    assert.equal(next.get({ ...jobs[0], config: mergeConfig(DEFAULT_CONFIG, { maxSeconds: 123 }) }), undefined);
    assert.equal(next.get({ ...jobs[0], storyRoot: '/elsewhere' }), undefined);
    assert.equal(next.get({ ...jobs[0], storyRoot: undefined }), undefined);
  });

  void it('starts empty for other code, a damaged file or none, and keeps only the last index', () => {
    assert.equal(AnalysisCache.open(dir, 'code-2').size, 0, 'other code');
    assert.equal(AnalysisCache.open(join(dir, 'missing'), 'code-1').size, 0, 'no file');
    assert.equal(AnalysisCache.open(dir, '').size, 0, 'unknown code');

    const c = AnalysisCache.open(dir, 'code-1');
    c.save([[jobs[1], runJob(jobs[1])]]);
    const again = AnalysisCache.open(dir, 'code-1');
    assert.equal(again.size, 1);
    assert.equal(again.get(jobs[0]), undefined, 'a file not in the last index is dropped');
    assert.ok(again.get(jobs[1]));

    writeFileSync(join(dir, CACHE_FILE), 'damaged');
    assert.equal(AnalysisCache.open(dir, 'code-1').size, 0, 'damaged');
    assert.match(AnalysisCache.open(join(dir, CACHE_FILE, 'below-a-file'), 'code-1').save([[jobs[0], runJob(jobs[0])]]) ?? '', /./, 'an unwritable folder is reported');
  });
});
