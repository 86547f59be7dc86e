// Analyses many files at once, split over worker threads, for the language server's whole-bank index (and any
// other caller with a bank of files). Each worker thread loads the same bundle as the caller, which must call
// `serveIfAnalysisWorker()` first thing; a worker only runs `isStoryFile` + `analyzeFile` on the jobs it is sent
// and sends the analyses back without the file text (the caller has it). The calling thread analyses files too,
// in short slices so its event loop keeps running. A worker that fails has its files analysed on the calling
// thread, so the results never depend on whether workers ran.
import { fork } from 'node:child_process';
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
/** Set in the environment of an analysis child process (see `startWorkers`' `processes`). */
export const CHILD_ENV = 'STORYBANK_ANALYSIS_CHILD';

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
  const serve = (req: ChunkRequest): ChunkReply => ({
    start: req.start,
    results: req.jobs.map((j) => {
      const r = runJob(j);
      // The text goes back empty: the caller has it, and copying it again costs time.
      if (r.analysis) r.analysis = { ...r.analysis, file: { ...r.analysis.file, text: '' } };
      return r;
    }),
  });
  if (isMainThread && process.env[CHILD_ENV] === '1' && typeof process.send === 'function') {
    // A child process started by `startWorkers(…, { processes: true })`: it serves until its parent lets go.
    process.on('message', (req: ChunkRequest) => process.send?.(serve(req)));
    process.on('disconnect', () => process.exit(0));
    return true;
  }
  if (isMainThread || parentPort === null || (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] !== true) return false;
  const port = parentPort;
  port.on('message', (req: ChunkRequest) => port.postMessage(serve(req)));
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

/** Smallest whole-bank index the language server runs in child processes (see `indexThreads`). */
export const INDEX_OFF_THREAD_FILES = 20;

/**
 * How the language server indexes `files` files: in child processes that end with the index (`callingThreadWorks`
 * false, `processes` true), or on its main thread (with worker threads on a machine with cores to spare, as
 * `poolWorkerCount` plans). In child processes, everything the index allocates (the tagger's model, about 60 MB
 * resident, every file's parse and reading, the allocator's arenas) is given back to the system when they exit; the
 * server keeps only the analyses and loads the model when an open document needs it, and its main thread stays
 * free for edits while the bank is read. As many processes analyse as `poolWorkerCount` plans threads
 * (`STORYBANK_JOBS=N`: N processes). `STORYBANK_JOBS=1` keeps it all on the main thread; below `minFiles` files
 * the index is too small for a process's start-up (about as long as loading the model) to pay.
 */
export function indexThreads(files: number, env: NodeJS.ProcessEnv = process.env, minFiles = INDEX_OFF_THREAD_FILES, cpus = availableParallelism()): { workers: number; callingThreadWorks: boolean; processes: boolean } {
  const workers = poolWorkerCount(files, env, undefined, cpus);
  if (env.STORYBANK_JOBS === '1' || files < minFiles) return { workers, callingThreadWorks: true, processes: false };
  return { workers: workers + 1, callingThreadWorks: false, processes: true };
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

/** What the pool needs of a worker: a thread, or a child process (see `startWorkers`). */
interface WorkerChannel {
  postMessage(message: ChunkRequest): void;
  onMessage(listener: (reply: ChunkReply) => void): void;
  /** Told once, when the worker fails or ends. */
  onEnd(listener: (why: unknown) => void): void;
  terminate(): void;
}

function threadWorker(script: string): WorkerChannel {
  const w = new Worker(script, { workerData: { [WORKER_FLAG]: true } });
  return {
    postMessage: (m) => w.postMessage(m),
    onMessage: (f) => w.on('message', f),
    onEnd: (f) => {
      w.once('error', f);
      w.once('exit', f);
    },
    terminate: () => void w.terminate(),
  };
}

function processWorker(script: string): WorkerChannel {
  const child = fork(script, [], {
    env: { ...process.env, [CHILD_ENV]: '1' },
    // Structured clone, as between threads. No stdin/stdout: the server's own stdio may be its LSP channel.
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    execArgv: process.execArgv.filter((a) => !a.startsWith('--inspect')),
  });
  let ended = false;
  const ends: ((why: unknown) => void)[] = [];
  const end = (why: unknown) => {
    if (ended) return;
    ended = true;
    for (const f of ends) f(why);
  };
  // Every error is listened to (a send to a child that has gone emits one), so none can throw in the caller.
  child.on('error', end);
  // What it wrote to stderr (the end of it) says why, if it fails.
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  child.once('close', (code, signal) => {
    const why = /^\w*Error\b.*$/m.exec(stderr)?.[0];
    end(new Error(`exit ${signal ?? `code ${String(code)}`}${why ? `: ${why}` : ''}`));
  });
  return {
    postMessage: (m) => {
      if (child.connected) child.send(m);
      else end(new Error('the analysis process has gone'));
    },
    onMessage: (f) => child.on('message', f as (m: unknown) => void),
    onEnd: (f) => void ends.push(f),
    terminate: () => {
      if (child.connected) child.disconnect(); // the child exits when its channel closes
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

interface PooledWorker {
  worker?: WorkerChannel;
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

/**
 * Starts `count` analysis workers on `script` now; they load while the caller does other work. `processes`: child
 * processes instead of threads (the script serves jobs when `CHILD_ENV` is set): everything they allocate, the
 * memory allocator's arenas included, goes back to the system when they end, where a thread's leaves the process
 * larger than before.
 */
export function startWorkers(count: number, script: string, opts: { processes?: boolean } = {}): WorkerPool {
  const members: PooledWorker[] = [];
  for (let w = 0; w < count; w++) {
    const m: PooledWorker = {};
    const fail = (why: unknown) => {
      if (m.failed !== undefined) return;
      m.failed = why instanceof Error ? why.message : `exit code ${String(why)}`;
      m.onFail?.(m.failed);
    };
    try {
      m.worker = opts.processes ? processWorker(script) : threadWorker(script);
      m.worker.onEnd(fail);
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
        m.worker?.terminate();
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

  const progressMs = opts.progressMs ?? 250;
  let lastProgress = performance.now();
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
          m.worker?.terminate();
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
        m.worker.onMessage((reply: ChunkReply) => {
          reply.results.forEach((r, k) => {
            const i = reply.start + k;
            if (r.analysis) r.analysis.file.text = jobs[i].text;
            results[i] = r;
            opts.onResult?.(i, r);
          });
          done += reply.results.length;
          inFlight.delete(reply.start);
          // When the calling thread does not analyse, the workers' answers drive the progress reports.
          if (opts.progress && opts.callingThreadWorks === false && performance.now() - lastProgress >= progressMs) {
            opts.progress(done, jobs.length);
            lastProgress = performance.now();
          }
          if (!finished) send();
        });
        send();
      }),
  );

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
