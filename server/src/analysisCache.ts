// The analyses of the last whole index, kept in a file between two runs of the language server, so that reopening
// the editor on the same bank analyses only the stories that changed. An analysis is a pure function of a file's
// path, text, config and story root and of the checker's code (the bank rules, which read the date, run on every
// index and are not kept): each entry is keyed by a hash of the first four, and the whole file by a hash of the
// server bundle, so a new version of the checker starts from an empty cache. Only the files analysed by `runJob`
// are kept (never a large file analysed within a time budget, whose result depends on the machine's speed).
// Used only when the client names a folder for it (`initializationOptions.cacheDir`); any failure to read or write
// the file leaves the server working as without it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AnalysisJob, JobResult } from './analysisPool';
import type { Config } from './core/types';

/** Bump when the file's layout changes. */
const FORMAT = 1;
export const CACHE_FILE = 'storybank-analyses.bin';

interface CacheFile {
  format: number;
  code: string;
  entries: Map<string, JobResult>;
}

/** A hash of the checker's code (the bundle file); '' when it cannot be read (then nothing is cached). */
export function codeIdOf(script: string | undefined): string {
  if (script === undefined) return '';
  try {
    return createHash('sha256').update(readFileSync(script)).digest('base64');
  } catch {
    return '';
  }
}

export class AnalysisCache {
  private entries = new Map<string, JobResult>();
  private readonly configJson = new WeakMap<Config, string>();

  private constructor(
    readonly file: string,
    private readonly code: string,
  ) {}

  /** Opens the cache file in `dir` (an empty cache when it is missing, unreadable or from other code). */
  static open(dir: string, code: string): AnalysisCache {
    const cache = new AnalysisCache(join(dir, CACHE_FILE), code);
    try {
      const data = deserialize(readFileSync(cache.file)) as Partial<CacheFile> | undefined;
      if (data?.format === FORMAT && data.code === code && code !== '' && data.entries instanceof Map) cache.entries = data.entries;
    } catch {
      // missing or damaged: start empty
    }
    return cache;
  }

  get size(): number {
    return this.entries.size;
  }

  private keyOf(job: AnalysisJob): string {
    let config = this.configJson.get(job.config);
    if (config === undefined) {
      config = JSON.stringify(job.config);
      this.configJson.set(job.config, config);
    }
    return createHash('sha256')
      .update(`${job.path}\0${job.storyRoot === undefined ? '\u0001' : job.storyRoot}\0${config}\0`)
      .update(job.text)
      .digest('base64');
  }

  /** The kept result of a job with this very path, text, config and story root, or undefined. */
  get(job: AnalysisJob): JobResult | undefined {
    const kept = this.entries.get(this.keyOf(job));
    if (!kept) return undefined;
    // The text is not kept (the caller has it); the rest is shared with the cache, and nobody changes an analysis.
    return { ms: 0, analysis: kept.analysis && { ...kept.analysis, file: { ...kept.analysis.file, text: job.text } } };
  }

  /**
   * Keeps exactly these results (those of the index just done: entries of files gone or changed are dropped) and
   * writes the file. Returns an error message when it could not be written.
   */
  save(done: readonly (readonly [AnalysisJob, JobResult])[]): string | undefined {
    if (this.code === '') return undefined;
    const entries = new Map<string, JobResult>();
    for (const [job, result] of done) {
      entries.set(this.keyOf(job), { ms: 0, analysis: result.analysis && { ...result.analysis, file: { ...result.analysis.file, text: '' } } });
    }
    this.entries = entries;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize({ format: FORMAT, code: this.code, entries } satisfies CacheFile));
      renameSync(tmp, this.file);
      return undefined;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
}
