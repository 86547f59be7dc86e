// Analyses many files at once, split over worker threads, for the language server's whole-bank index (and any
// other caller with a bank of files). Each worker thread loads the same bundle as the caller, which must call
// `serveIfAnalysisWorker()` first thing; a worker only runs `isStoryFile` + `analyzeFile` on the jobs it is sent
// and sends the analyses back without the file text (the caller has it). The calling thread analyses files too,
// in short slices so its event loop keeps running. A worker that fails has its files analysed on the calling
// thread, so the results never depend on whether workers ran.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeFile } from './core/analyze';
import { isStoryFile } from './core/parse';
import type { Config, FileAnalysis } from './core/types';

export interface AnalysisJob {
  path: string;
  text: string;
  config: Config;
  /** When set, the file is analysed only if `isStoryFile(path, text, config, root)`; '' means "no root". */
  storyRoot?: string;
}

export interface JobResult {
  /** Undefined when the file is not a story. */
  analysis?: FileAnalysis;
  /** Time spent in the core on this file. */
  ms: number;
}

export const WORKER_FLAG = 'storybankAnalysisWorker';

let defaultScript: string | undefined;

/** The bundle worker threads load (set by the bundle's entry point); until set, no workers are started. */
export function setWorkerScript(path: string): void {
  defaultScript = path;
}

export function workerScript(): string | undefined {
  return defaultScript;
}

/** Files sent to a worker per message. */
const WORKER_CHUNK = 16;

export function runJob(job: AnalysisJob): JobResult {
  const t0 = performance.now();
  const story = job.storyRoot === undefined || isStoryFile(job.path, job.text, job.config, job.storyRoot === '' ? undefined : job.storyRoot);
  const analysis = story ? analyzeFile(job.text, job.path, job.config) : undefined;
  return { analysis, ms: performance.now() - t0 };
}

interface ChunkRequest {
  start: number;
  jobs: AnalysisJob[];
}

interface ChunkReply {
  start: number;
  results: JobResult[];
}

/**
 * In a worker thread started by `analyseMany`, serves analysis jobs and returns true (the bundle then does
 * nothing else); anywhere else returns false.
 */
export function serveIfAnalysisWorker(): boolean {
  if (isMainThread || parentPort === null || (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] !== true) return false;
  const port = parentPort;
  port.on('message', (req: ChunkRequest) => {
    const results = req.jobs.map((j) => {
      const r = runJob(j);
      // The text goes back empty: the caller has it, and copying it again costs time.
      if (r.analysis) r.analysis = { ...r.analysis, file: { ...r.analysis.file, text: '' } };
      return r;
    });
    port.postMessage({ start: req.start, results } satisfies ChunkReply);
  });
  return true;
}

/**
 * How many worker threads to start for `files` files: `STORYBANK_JOBS=N` asks for N threads in all (1: none).
 * Otherwise none below `minFiles` files, and one per two CPUs beyond the first two (at most 3): each V8 isolate
 * keeps about one more core busy with its background compiler and garbage collector while its code is cold, so
 * on two cores a worker slows the calling thread down as much as it helps (measured, see docs/benchmarks.md).
 */
export function poolWorkerCount(files: number, env: NodeJS.ProcessEnv = process.env, minFiles = 200, cpus = availableParallelism()): number {
  const raw = env.STORYBANK_JOBS;
  if (raw !== undefined && /^\d+$/.test(raw)) return Math.max(0, Math.min(Number(raw) - 1, files - 1));
  if (files < minFiles) return 0;
  return Math.max(0, Math.min(3, Math.floor(cpus / 2) - 1, Math.floor(files / 100) - 1));
}

export interface PoolOptions {
  /** Worker threads to start (0: everything on the calling thread); ignored when `pool` is given. */
  workers?: number;
  /** The script the workers run: a bundle that calls `serveIfAnalysisWorker()` before anything else. */
  script?: string;
  /** Workers started earlier with `startWorkers` (so they load while the caller reads files). */
  pool?: WorkerPool;
  /** False: the calling thread analyses only what a failed worker left (default true: it takes files too). */
  callingThreadWorks?: boolean;
  /** The calling thread yields to its event loop after working this long (ms); default 15. */
  sliceMs?: number;
  /** Asked between slices: true stops handing out files (the results of files not analysed stay undefined). */
  shouldStop?: () => boolean;
  /** Told how far the run is, at most every `progressMs` (default 250: each report is a message to the editor). */
  progress?: (done: number, total: number) => void;
  progressMs?: number;
  /** A worker failed; its unfinished files are analysed on the calling thread. */
  onWorkerFailed?: (reason: string) => void;
  /** Told of each result as it comes in (in no fixed order), before `analyseMany` resolves. */
  onResult?: (index: number, result: JobResult) => void;
}

interface PooledWorker {
  worker?: Worker;
  /** Why it failed, once it has. */
  failed?: string;
  /** Told when it fails (set while a run uses it). */
  onFail?: (reason: string) => void;
}

/** Worker threads started ahead of `analyseMany`; used by one run, then terminated by it. */
export interface WorkerPool {
  readonly size: number;
  /** Terminates the workers (when the run that would use them does not happen). */
  close(): void;
  /** @internal */
  readonly members: PooledWorker[];
}

/** Starts `count` analysis workers on `script` now; they load while the caller does other work. */
export function startWorkers(count: number, script: string): WorkerPool {
  const members: PooledWorker[] = [];
  for (let w = 0; w < count; w++) {
    const m: PooledWorker = {};
    const fail = (why: unknown) => {
      if (m.failed !== undefined) return;
      m.failed = why instanceof Error ? why.message : `exit code ${String(why)}`;
      m.onFail?.(m.failed);
    };
    try {
      m.worker = new Worker(script, { workerData: { [WORKER_FLAG]: true } });
      m.worker.once('error', fail);
      m.worker.once('exit', fail);
    } catch (e) {
      fail(e);
    }
    members.push(m);
  }
  return {
    size: count,
    members,
    close() {
      for (const m of members) {
        m.failed ??= 'closed';
        void m.worker?.terminate();
      }
    },
  };
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Analyses every job; the result at index i is job i's (undefined only when `shouldStop` stopped the run first).
 * Results are the same whether workers ran or not.
 */
export async function analyseMany(jobs: readonly AnalysisJob[], opts: PoolOptions): Promise<(JobResult | undefined)[]> {
  const results = new Array<JobResult | undefined>(jobs.length);
  const sliceMs = opts.sliceMs ?? 15;
  let next = 0;
  let done = 0;
  let stopped = false;
  /** Ranges a failed worker left unfinished, for the calling thread. */
  const orphaned: [number, number][] = [];
  const stop = () => {
    if (!stopped && opts.shouldStop?.()) stopped = true;
    return stopped;
  };

  const pool = opts.pool ?? startWorkers(jobs.length > 0 ? (opts.workers ?? 0) : 0, opts.script ?? '');
  const workers = pool.members.map(
    (m) =>
      new Promise<void>((resolveWorker) => {
        /** Chunks sent and not answered yet, by first index: two at a time, so a worker never waits for the calling thread to yield. */
        const inFlight = new Map<number, [number, number]>();
        let chunks = 0;
        let finished = false;
        const finish = () => {
          if (finished) return;
          finished = true;
          m.onFail = undefined;
          void m.worker?.terminate();
          resolveWorker();
        };
        const fail = (why: string) => {
          if (finished) return;
          opts.onWorkerFailed?.(why);
          orphaned.push(...inFlight.values());
          inFlight.clear();
          finish();
        };
        const send = () => {
          while (inFlight.size < 2 && !stop() && next < jobs.length) {
            const start = next;
            // Small chunks first, so the first answers come back while the worker's code is still cold.
            next = Math.min(jobs.length, next + (chunks < 2 ? 4 : WORKER_CHUNK));
            chunks++;
            inFlight.set(start, [start, next]);
            m.worker?.postMessage({ start, jobs: jobs.slice(start, next) } satisfies ChunkRequest);
          }
          if (inFlight.size === 0) finish();
        };
        if (m.failed !== undefined || !m.worker) {
          if (m.failed !== 'closed') opts.onWorkerFailed?.(m.failed ?? 'not started');
          finish();
          return;
        }
        m.onFail = fail;
        m.worker.on('message', (reply: ChunkReply) => {
          reply.results.forEach((r, k) => {
            const i = reply.start + k;
            if (r.analysis) r.analysis.file.text = jobs[i].text;
            results[i] = r;
            opts.onResult?.(i, r);
          });
          done += reply.results.length;
          inFlight.delete(reply.start);
          if (!finished) send();
        });
        send();
      }),
  );

  const progressMs = opts.progressMs ?? 250;
  let lastProgress = performance.now();
  const runRange = async (from: () => number | undefined) => {
    let sliceStart = performance.now();
    for (let i = from(); i !== undefined; i = from()) {
      const r = runJob(jobs[i]);
      results[i] = r;
      done++;
      opts.onResult?.(i, r);
      if (performance.now() - sliceStart > sliceMs) {
        if (opts.progress && sliceStart - lastProgress >= progressMs) {
          opts.progress(done, jobs.length);
          lastProgress = sliceStart;
        }
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
  };
  // The calling thread takes one file at a time from the same queue as the workers.
  if (opts.callingThreadWorks !== false || pool.size === 0) await runRange(() => (stop() || next >= jobs.length ? undefined : next++));
  await Promise.all(workers);
  // Files no worker took (every worker failed before the queue emptied).
  if (next < jobs.length && !stop()) orphaned.push([next, jobs.length]);
  // Files a failed worker did not finish.
  for (;;) {
    const range = orphaned.shift();
    if (!range) break;
    let i = range[0];
    await runRange(() => (stop() || i >= range[1] ? undefined : i++));
  }
  pool.close();
  opts.progress?.(done, jobs.length);
  return results;
}
