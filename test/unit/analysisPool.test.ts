// The analysis pool: results in job order, the same with or without (failing) workers, and the worker count.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyseMany, indexThreads, poolWorkerCount, runJob, startWorkers, type AnalysisJob } from '../../server/src/analysisPool';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

function story(i: number): string {
  return `---\ntitle: Story ${i}\nquestions: [${1 + (i % 35)}]\n---\n# Story ${i}\n\n## Setup\n\nBasically we had ${i} services.\n\n## Challenge\n\nThe release was late.\n\n## Approach\n\nI split the work.\n\n## Outcome\n\nIt shipped ${i}% faster.\n\n## Learning\n\nSplit early.\n`;
}

const jobs: AnalysisJob[] = [
  ...Array.from({ length: 40 }, (_, i) => ({ path: `/bank/stories/s${i}.md`, text: story(i), config: DEFAULT_CONFIG, storyRoot: '/bank' })),
  { path: '/bank/NOTES.md', text: '# Notes\n\nNo front matter.\n', config: DEFAULT_CONFIG, storyRoot: '/bank' },
];

void describe('analysisPool', () => {
  void it('analyses on the calling thread when a worker cannot start, with the same results as runJob', async () => {
    const failures: string[] = [];
    const results = await analyseMany(jobs, { workers: 2, script: '/nonexistent/storybank-worker.js', onWorkerFailed: (why) => failures.push(why) });
    assert.equal(results.length, jobs.length);
    jobs.forEach((j, i) => assert.deepEqual(results[i]?.analysis, runJob(j).analysis, j.path));
    assert.equal(results.at(-1)?.analysis, undefined, 'NOTES.md is not a story');
    assert.ok(results[0]?.analysis && results[0].analysis.findings.length > 0, 'the stories have findings to compare');
    assert.equal(failures.length, 2, `both workers reported: ${failures.join(' / ')}`);
  });

  void it('gives every job its own result over many chunks on two pre-started workers', async () => {
    // 1,200 jobs, all on the workers: well over 30 chunks each, in job order, some of them not stories.
    const many: AnalysisJob[] = Array.from({ length: 1200 }, (_, i) => ({ ...jobs[i % jobs.length], path: `/bank/stories/m${i}.md` }));
    const failures: string[] = [];
    const pool = startWorkers(2, join(__dirname, 'analysisPool.worker.cjs'));
    const results = await analyseMany(many, { pool, callingThreadWorks: false, onWorkerFailed: (why) => failures.push(why) });
    assert.deepEqual(failures, []);
    assert.equal(results.length, many.length);
    many.forEach((j, i) => assert.deepEqual(results[i]?.analysis, runJob(j).analysis, j.path));
  });

  void it('gives the same results from two child processes, which end with the run', async () => {
    // The language server's whole index runs in child processes (indexThreads): their memory goes back to the system.
    const many: AnalysisJob[] = Array.from({ length: 300 }, (_, i) => ({ ...jobs[i % jobs.length], path: `/bank/stories/p${i}.md` }));
    const failures: string[] = [];
    const progress: number[] = [];
    const pool = startWorkers(2, join(__dirname, 'analysisPool.worker.cjs'), { processes: true });
    const results = await analyseMany(many, { pool, callingThreadWorks: false, onWorkerFailed: (why) => failures.push(why), progress: (done) => progress.push(done), progressMs: 0 });
    assert.deepEqual(failures, []);
    assert.equal(results.length, many.length);
    many.forEach((j, i) => assert.deepEqual(results[i]?.analysis, runJob(j).analysis, j.path));
    assert.ok(progress.length > 2 && progress.at(-1) === many.length, `progress reported from the processes' answers: ${progress.join(', ')}`);
  });

  void it('analyses on the calling thread when a child process cannot start', async () => {
    const failures: string[] = [];
    const pool = startWorkers(1, '/nonexistent/storybank-worker.js', { processes: true });
    const results = await analyseMany(jobs, { pool, callingThreadWorks: false, onWorkerFailed: (why) => failures.push(why) });
    jobs.forEach((j, i) => assert.deepEqual(results[i]?.analysis, runJob(j).analysis, j.path));
    assert.equal(failures.length, 1, failures.join(' / '));
    assert.match(failures[0], /exit code 1: .*Cannot find module/, 'the reason is the one the process gave');
  });

  void it('indexes a bank in child processes, a small one or with STORYBANK_JOBS=1 on the main thread', () => {
    assert.deepEqual(indexThreads(1000, {}, 20, 2), { workers: 1, callingThreadWorks: false, processes: true });
    assert.deepEqual(indexThreads(1000, {}, 20, 16), { workers: 4, callingThreadWorks: false, processes: true });
    assert.deepEqual(indexThreads(1000, { STORYBANK_JOBS: '3' }, 20, 2), { workers: 3, callingThreadWorks: false, processes: true });
    assert.deepEqual(indexThreads(1000, { STORYBANK_JOBS: '1' }, 20, 16), { workers: 0, callingThreadWorks: true, processes: false });
    assert.deepEqual(indexThreads(19, {}, 20, 16), { workers: 0, callingThreadWorks: true, processes: false });
  });

  void it('stops handing out files when asked', async () => {
    const results = await analyseMany(jobs, { workers: 0, script: '', sliceMs: 0, shouldStop: () => true });
    assert.ok(results.every((r) => r === undefined));
  });

  void it('counts workers from STORYBANK_JOBS, else none for small banks', () => {
    assert.equal(poolWorkerCount(500, { STORYBANK_JOBS: '3' }), 2);
    assert.equal(poolWorkerCount(500, { STORYBANK_JOBS: '1' }), 0);
    assert.equal(poolWorkerCount(2, { STORYBANK_JOBS: '8' }), 1);
    assert.equal(poolWorkerCount(199, {}, 200, 16), 0);
    assert.equal(poolWorkerCount(1000, {}, 200, 2), 0, 'two cores: the calling thread alone');
    assert.equal(poolWorkerCount(1000, {}, 200, 4), 1);
    assert.equal(poolWorkerCount(1000, {}, 200, 16), 3);
    assert.equal(poolWorkerCount(250, {}, 200, 16), 1);
  });
});
