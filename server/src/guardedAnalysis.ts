// Analysis of one large document off the main thread (the language server's, the CLI's), with a deadline. The parser and the rules are
// synchronous: a document of a pathological shape could otherwise hold the main thread for seconds, and every
// other request (a hover on another file, a completion) would wait. Here a document over `OFF_THREAD_CHARS` is
// analysed in a worker thread (the same bundle, see analysisPool.ts); past its budget the worker is terminated,
// the document gets one `file-skipped` finding that says it was too complex to check in time, and the server
// carries on. Small documents stay on the main thread, where they take a few milliseconds.
import { Worker } from 'node:worker_threads';
import { type AnalysisJob, type JobResult, WORKER_FLAG } from './analysisPool';
import { analysisBudgetMs as coreBudgetMs, BUDGETED_CHARS, tooComplex } from './core/budget';
import { DEFAULT_CONFIG } from './core/config';

/** Documents at least this long (characters) are analysed off the main thread when a worker script is known. */
export const OFF_THREAD_CHARS = BUDGETED_CHARS;

/**
 * The time budget for one document (core/budget.ts: 2 s, plus 4 s per million characters).
 * `STORYBANK_ANALYSIS_BUDGET_MS` sets a fixed budget (tests use a small one; 0 means no limit).
 */
export function analysisBudgetMs(chars: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.STORYBANK_ANALYSIS_BUDGET_MS;
  if (raw !== undefined && /^\d+$/.test(raw)) return Number(raw) === 0 ? Infinity : Number(raw);
  return coreBudgetMs(chars);
}

/** A worker with nothing to do for this long is terminated (and started again when needed). */
const IDLE_MS = 60_000;

interface Pending {
  resolve: (r: JobResult | undefined) => void;
  timer?: NodeJS.Timeout;
}

/**
 * One worker thread that analyses one document at a time, each within its budget. `run` resolves to the
 * result, to a `tooComplex` analysis when the budget ran out (the worker is then terminated and replaced on
 * the next call), or to undefined when the worker failed (the caller then analyses on its own thread).
 */
export class GuardedAnalyzer {
  private worker?: Worker;
  /** Resolves when the current worker has answered its warm-up job (loading the bundle is not counted). */
  private ready?: Promise<boolean>;
  private pending?: Pending;
  private queue: Promise<unknown> = Promise.resolve();
  private idle?: NodeJS.Timeout;

  /**
   * @param budget the time budget for a text of so many characters (Infinity: none)
   * @param more what the `file-skipped` message adds on how to give a file more time
   */
  constructor(
    private readonly script: string,
    private readonly budget: (chars: number) => number = analysisBudgetMs,
    private readonly more?: string,
  ) {}

  private start(): Promise<boolean> {
    const worker = new Worker(this.script, { workerData: { [WORKER_FLAG]: true } });
    this.worker = worker;
    const failed = (): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.ready = undefined;
      const p = this.pending;
      this.pending = undefined;
      if (p) {
        clearTimeout(p.timer);
        p.resolve(undefined);
      }
    };
    worker.on('error', failed);
    worker.on('exit', failed);
    worker.on('message', (reply: { results: JobResult[] }) => {
      const p = this.pending;
      this.pending = undefined;
      if (p) {
        clearTimeout(p.timer);
        p.resolve(reply.results[0]);
      }
      // Idle, the worker does not keep the process alive; while it has a job it does (the CLI waits for it).
      if (!this.pending) worker.unref();
    });
    return new Promise<boolean>((resolve) => {
      this.pending = { resolve: (r) => resolve(r !== undefined) };
      worker.postMessage({ start: 0, jobs: [{ path: 'warm-up.md', text: '# Warm up\n\n## Setup\n\nWe shipped it.\n', config: DEFAULT_CONFIG }] });
    });
  }

  /** Starts the worker now, so that the first large document does not wait for it to load. */
  warm(): void {
    if (!this.ready) this.ready = this.start();
  }

  run(job: AnalysisJob): Promise<JobResult | undefined> {
    clearTimeout(this.idle);
    const next = this.queue.then(() => this.runNow(job));
    this.queue = next.catch(() => undefined);
    // A worker holds its own copy of the checker in memory: let it go after a minute without large documents.
    void next.finally(() => {
      clearTimeout(this.idle);
      this.idle = setTimeout(() => this.close(), IDLE_MS);
      this.idle.unref();
    });
    return next;
  }

  private async runNow(job: AnalysisJob): Promise<JobResult | undefined> {
    this.ready ??= this.start();
    if (!(await this.ready) || !this.worker) {
      this.ready = undefined;
      return undefined;
    }
    const worker = this.worker;
    const budgetMs = this.budget(job.text.length);
    const t0 = performance.now();
    return new Promise<JobResult | undefined>((resolve) => {
      const pending: Pending = { resolve };
      if (Number.isFinite(budgetMs)) {
        pending.timer = setTimeout(() => {
          if (this.pending !== pending) return;
          this.pending = undefined;
          this.worker = undefined;
          this.ready = undefined;
          void worker.terminate();
          resolve({ analysis: tooComplex(job.path, job.text, budgetMs, this.more), ms: performance.now() - t0 });
        }, budgetMs);
      }
      this.pending = pending;
      worker.ref();
      worker.postMessage({ start: 0, jobs: [job] });
    }).then((r) => {
      // The worker sends the analysis back without the text (the caller has it).
      if (r?.analysis && r.analysis.file.text === '') r.analysis.file.text = job.text;
      return r;
    });
  }

  close(): void {
    const w = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    void w?.terminate();
  }
}
