// The server's state: every Markdown file of the workspace folders, which of them are stories, their last
// analysis, the bank index built from them, and the diagnostics last published for each. It adapts the core to
// the editor (reading files, pulling settings, publishing) and adds nothing of its own to the analysis.
import { statSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { GuardedAnalyzer, OFF_THREAD_CHARS } from './guardedAnalysis';
import { collectGarbage } from './memory';
import { analyseMany, indexThreads, poolWorkerCount, runJob, startWorkers, workerScript, type AnalysisJob, type JobResult, type WorkerPool } from './analysisPool';
import { AnalysisCache, codeIdOf } from './analysisCache';
import { BankService } from './core/bankService';
import { DEFAULT_CONFIG, configFromSettings, isConfigFileName, mergeConfig, parseConfigLayer } from './core/config';
import { ConfigResolver, readConfigFile } from './configFiles';
import { SKIPPED_FOLDERS, globRoot, isMarkdownPath, readStoryText, reachedWithoutLinks, walkFolder } from './discovery';
import { ruleDocUrl } from './core/rules';
import type { Config, FileAnalysis, Finding } from './core/types';
import { toDiagnostic } from './convert';
import type { BankIndex, ServerStats, StoryBankSettings } from './protocol';
import { debounceOf } from './settings';
import { bankIndexOf } from './bankIndexWire';
import type { EditorHost } from './serving';

/** What the workspace needs from the connection; server.ts provides it, tests and benchmarks can too. */
export type Host = EditorHost;

export interface Progress {
  report(percentage: number, message: string): void;
}

export interface Folder {
  uri: string;
  path: string;
}

interface FileEntry {
  /** The file system path for file: URIs, the URI itself otherwise (untitled documents). */
  key: string;
  uri: string;
  folder?: Folder;
  /** The text last analysed. */
  text?: string;
  /** Set while the file is a story. */
  analysis?: FileAnalysis;
  /** The text from disk being analysed in the guarded worker (see `analyseFromDisk`). */
  pending?: string;
  fileDiagnostics: Diagnostic[];
  /** True when the last publication for this file was not empty. */
  published: boolean;
}

export function isConfigPath(path: string): boolean {
  return isConfigFileName(path);
}

export { isMarkdownPath };

export function keyOf(uri: string): string {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : uri;
}

function uriOfPath(path: string): string {
  return URI.file(path).toString();
}

/** The URI to publish on for a key: file paths become file: URIs, other keys already are URIs. */
function uriOfKey(key: string): string {
  return key.startsWith('/') || /^[A-Za-z]:[\\/]/.test(key) || key.startsWith('\\\\') ? uriOfPath(key) : key;
}

/** True for an existing folder; false for files, missing paths and unreadable ones. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readText(path: string): string | undefined {
  return readStoryText(path).text;
}


export class StoryBankWorkspace {
  private folders: Folder[] = [];
  private readonly files = new Map<string, FileEntry>();
  /** Config files seen: their own findings, the bank findings that land on them, and whether the last publication was not empty. */
  private readonly configFiles = new Map<string, { findings: Finding[]; published: boolean }>();
  private readonly resolvers = new Map<string, ConfigResolver>();
  private readonly settingsCache = new Map<string, StoryBankSettings>();
  private readonly pendingSettings = new Map<string, Promise<StoryBankSettings>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Open documents: key → URI as the editor spells it. */
  private readonly open = new Map<string, string>();
  /** The bank, computed by the core's service: story analyses, bank findings, which files' findings changed. */
  private readonly service = new BankService();
  private indexing = false;
  /**
   * Files published during the current whole index as soon as they were analysed, with their own findings only
   * (bank findings need the whole bank): key → the diagnostics published. At the end of the index a file is
   * published again only if it has bank findings or was analysed again meanwhile.
   */
  private readonly early = new Map<string, Diagnostic[]>();
  /**
   * Files (and config files) whose publication a whole index held back: analysed while it ran (a document opened,
   * created or edited meanwhile), published when it ends, whether or not its walk saw them.
   */
  private readonly held = new Set<string>();
  private version = 0;
  private updated = new Date().toISOString();
  private readonly counters = { analyses: 0, publishes: 0, analysisMs: 0 };
  /** Incremented per (re)index so an older run stops when a newer one starts. */
  private indexRun = 0;
  private guard?: GuardedAnalyzer;
  /** Analyses kept between runs of the server (see analysisCache.ts), when the client names a folder for them. */
  private cache?: AnalysisCache;
  /** Whether this thread has analysed a file yet (see didOpen). */
  private analysedHere = false;

  constructor(private readonly host: Host) {}

  /** Keeps the analyses of each whole index in `dir`, and starts the next run of the server from them. */
  useCache(dir: string): void {
    this.cache = AnalysisCache.open(dir, codeIdOf(workerScript()));
  }

  setFolders(folders: Folder[]): void {
    this.folders = folders.map((f) => ({ uri: f.uri, path: f.path.replace(/[\\/]+$/, '') || f.path }));
  }

  getFolders(): readonly Folder[] {
    return this.folders;
  }

  // ----------------------------------------------------------------------------------------------------------
  // Settings and config

  private folderFor(key: string): Folder | undefined {
    let best: Folder | undefined;
    for (const f of this.folders) {
      if ((key === f.path || key.startsWith(f.path + sep)) && (!best || f.path.length > best.path.length)) best = f;
    }
    return best;
  }

  private scopeOf(folder: Folder | undefined): string {
    return folder?.uri ?? '';
  }

  /** Settings for a folder, pulled once and cached until the client says they changed. */
  async settingsFor(folder: Folder | undefined): Promise<StoryBankSettings> {
    const scope = this.scopeOf(folder);
    const cached = this.settingsCache.get(scope);
    if (cached) return cached;
    let pending = this.pendingSettings.get(scope);
    if (!pending) {
      pending = this.host.settings(folder?.uri).then(
        (s) => s,
        (err: unknown) => {
          this.host.error(`Could not read the storybank settings: ${String(err)}`);
          return {};
        },
      );
      this.pendingSettings.set(scope, pending);
    }
    const settings = await pending;
    if (this.pendingSettings.get(scope) === pending) {
      this.pendingSettings.delete(scope);
      this.settingsCache.set(scope, settings);
      const { partial, problems } = configFromSettings(settings);
      for (const p of problems) this.host.log(p);
      const resolver = this.resolvers.get(scope);
      if (resolver) resolver.setOverrides(partial);
      else this.resolvers.set(scope, new ConfigResolver({ overrides: partial }));
    }
    return settings;
  }

  private resolverFor(folder: Folder | undefined): ConfigResolver {
    const scope = this.scopeOf(folder);
    let r = this.resolvers.get(scope);
    if (!r) {
      r = new ConfigResolver({});
      this.resolvers.set(scope, r);
    }
    return r;
  }

  private configFor(key: string, uri: string, folder: Folder | undefined): Config {
    const resolver = this.resolverFor(folder);
    if (URI.parse(uri).scheme !== 'file') {
      // An untitled document has no folder to search for a config file: settings over the defaults.
      const settings = this.settingsCache.get(this.scopeOf(folder));
      return mergeConfig(DEFAULT_CONFIG, configFromSettings(settings).partial);
    }
    return resolver.forFile(key).config;
  }

  /**
   * The folder that `include`/`exclude` globs are relative to: the nearest config file's folder (as in the CLI),
   * else the workspace folder; '' for documents outside any folder.
   */
  private storyRootFor(key: string, uri: string, folder: Folder | undefined): string {
    if (URI.parse(uri).scheme === 'file') return globRoot(this.resolverFor(folder).forFile(key), folder?.path ?? '');
    return folder?.path ?? '';
  }

  /** The config file that applies to a file on disk, if any. */
  private configPathOf(e: FileEntry): string | undefined {
    return URI.parse(e.uri).scheme === 'file' ? this.resolverFor(e.folder).forFile(e.key).path : undefined;
  }

  /** The walk's link policy for a path the editor reports: inside a workspace folder, reached through no link. */
  private reachable(path: string): boolean {
    const folder = this.folderFor(path);
    return folder !== undefined && reachedWithoutLinks(path, folder.path);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Analysing one file

  private entry(key: string, uri: string): FileEntry {
    let e = this.files.get(key);
    if (!e) {
      e = { key, uri, folder: this.folderFor(key), fileDiagnostics: [], published: false };
      this.files.set(key, e);
    }
    return e;
  }

  /** Analyses one file's text (no publishing). `changed`: it is, or was, a story (its diagnostics may differ). */
  private analyse(e: FileEntry, text: string): { changed: boolean } {
    this.analysedHere = true;
    const config = this.configFor(e.key, e.uri, e.folder);
    return this.apply(e, text, config, runJob({ path: e.key, text, config, storyRoot: this.storyRootFor(e.key, e.uri, e.folder) }));
  }

  /**
   * `analyse` for a text read from disk (a file changed while not open, or closed): a large one goes to the guarded
   * worker with its time budget, like a large open document, so a pathological file on disk cannot hold up the
   * main thread either. Undefined when a newer text of the file, or its opening in the editor, took over meanwhile.
   */
  private async analyseFromDisk(e: FileEntry, text: string): Promise<{ changed: boolean } | undefined> {
    const guard = text.length >= OFF_THREAD_CHARS ? this.guardedAnalyzer() : undefined;
    if (!guard) return this.analyse(e, text);
    const config = this.configFor(e.key, e.uri, e.folder);
    e.pending = text;
    const result = await guard.run({ path: e.key, text, config, storyRoot: this.storyRootFor(e.key, e.uri, e.folder) });
    if (e.pending !== text || this.files.get(e.key) !== e || this.open.has(e.key)) return undefined;
    e.pending = undefined;
    return result ? this.apply(e, text, config, result) : this.analyse(e, text);
  }

  /** Takes in one file's analysis (from `runJob`, here or in a worker thread) and hands it to the bank service. */
  private apply(e: FileEntry, text: string, config: Config, result: JobResult, diagnostics?: Diagnostic[]): { changed: boolean } {
    const wasStory = e.analysis !== undefined;
    e.text = text;
    this.counters.analysisMs += result.ms;
    const analysis = result.analysis;
    if (analysis) this.counters.analyses++;
    e.analysis = analysis;
    e.fileDiagnostics = analysis ? (diagnostics ?? analysis.findings.map((f) => toDiagnostic(f, ruleDocUrl(f.ruleId)))) : [];
    this.service.set(e.key, analysis, config, this.configPathOf(e));
    return { changed: wasStory || analysis !== undefined };
  }

  /** After analysing one file outside indexing: publish it, and every file whose bank findings moved. */
  private settle(e: FileEntry, r: { changed: boolean }): void {
    this.refreshBank(r.changed || e.published ? [e.key] : []);
  }

  private publish(e: FileEntry): void {
    const bank = this.service.bankFindings(e.key);
    // Published during the index with exactly these diagnostics (same analysis, no bank findings): nothing new.
    const early = this.early.get(e.key);
    this.early.delete(e.key);
    if (early !== undefined && early === e.fileDiagnostics && bank.length === 0) return;
    const diagnostics = bank.length === 0 ? e.fileDiagnostics : [...e.fileDiagnostics, ...bank.map((f) => toDiagnostic(f, ruleDocUrl(f.ruleId)))];
    if (diagnostics.length === 0 && !e.published && !e.analysis) return;
    const doc = this.open.has(e.key) ? this.host.openDocument(e.uri) : undefined;
    this.host.publish(e.uri, diagnostics, doc?.version);
    this.counters.publishes++;
    e.published = diagnostics.length > 0;
  }

  /** During a whole index: a document's own findings, before the bank's (see `early`). */
  private publishOwn(e: FileEntry): void {
    const doc = this.host.openDocument(e.uri);
    this.host.publish(e.uri, e.fileDiagnostics, doc?.version);
    this.counters.publishes++;
    e.published = e.fileDiagnostics.length > 0;
    this.early.set(e.key, e.fileDiagnostics);
  }

  /**
   * Re-publishes the files given plus every file whose findings the bank service says changed (story files and
   * config files that bank findings land on). During a whole index they are held and published when it ends,
   * with the whole bank's findings; meanwhile an open document that shows no bank findings yet gets its own.
   */
  private refreshBank(changed: Iterable<string>): void {
    const toPublish = new Set<string>(changed);
    for (const p of this.service.takeChanges()) toPublish.add(p);
    if (this.indexing) {
      for (const k of toPublish) {
        this.held.add(k);
        const e = this.files.get(k);
        if (e && this.open.has(k) && (!e.published || this.early.has(k))) this.publishOwn(e);
      }
      return;
    }
    for (const k of this.held) toPublish.add(k);
    this.held.clear();
    if (toPublish.size === 0) return;
    for (const k of toPublish) {
      const e = this.files.get(k);
      if (e) this.publish(e);
      else if (this.configFiles.has(k)) this.publishConfig(k);
      else if (isConfigPath(k)) this.publishConfigFile(k); // a config file outside the walked folders
    }
    this.bumpVersion();
  }

  private bumpVersion(): void {
    this.version++;
    this.updated = new Date().toISOString();
    if (!this.indexing) this.host.bankChanged(this.version);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Whole-bank indexing

  /** Reads a config file again and publishes its findings (with the bank findings that land on it). */
  private publishConfigFile(path: string): void {
    let text: string | undefined;
    try {
      text = readConfigFile(path);
    } catch {
      text = undefined;
    }
    const findings = text === undefined ? [] : parseConfigLayer(text, path).findings;
    const c = this.configFiles.get(path) ?? { findings: [], published: false };
    c.findings = findings;
    this.configFiles.set(path, c);
    this.publishConfig(path);
    if (text === undefined) this.configFiles.delete(path);
  }

  private publishConfig(path: string): void {
    const c = this.configFiles.get(path);
    if (!c) return;
    const all = [...c.findings, ...this.service.bankFindings(path)];
    if (all.length === 0 && !c.published) return;
    this.host.publish(uriOfPath(path), all.map((f) => toDiagnostic(f, ruleDocUrl(f.ruleId))));
    this.counters.publishes++;
    c.published = all.length > 0;
  }

  /**
   * Reads and analyses every Markdown file under `roots` (default: every workspace folder), then publishes
   * diagnostics for all of them. Yields to the event loop between slices so edits and cancellation get through.
   */
  async index(opts: { token?: CancellationToken; progress?: Progress; roots?: string[] } = {}): Promise<{ stories: number; findings: number; cancelled: boolean }> {
    const run = ++this.indexRun;
    const whole = opts.roots === undefined;
    const roots = opts.roots ?? this.folders.map((f) => f.path);
    this.indexing = whole;
    let cancelled = false;
    let pool: WorkerPool | undefined;
    try {
      // Ask for the settings first and read the files while the client answers (the configs wait for both).
      const settings = Promise.all(this.folders.map((f) => this.settingsFor(f)));
      const md: string[] = [];
      const configs: string[] = [];
      for (const r of roots) {
        const walked = walkFolder(r);
        md.push(...walked.markdown);
        configs.push(...walked.configs);
      }
      // Open documents under the roots that the walk did not find (deleted or renamed on disk while the editor
      // keeps them) are analysed again too: kept as they were, they would keep the config they were analysed with.
      const walkedSet = new Set(md);
      for (const k of this.open.keys()) {
        if (!walkedSet.has(k) && this.files.get(k)?.analysis && roots.some((r) => k === r || k.startsWith(r + sep))) md.push(k);
      }

      // Read every file, then analyse them all (split over worker threads for a large bank on enough CPUs), then
      // take the analyses in, in walk order, and publish each file once, with its bank findings. Worker threads
      // start loading now, while this thread reads the files.
      const script = workerScript();
      // The thread plan and the pool, made once, for the number of files there is to analyse: a whole index of a
      // real bank runs in child processes that end with it (see indexThreads), so the server keeps the analyses,
      // not the model and the memory it took to make them.
      let started: { plan: { workers: number; callingThreadWorks: boolean; processes: boolean }; workers: WorkerPool } | undefined;
      const startPool = (files: number): NonNullable<typeof started> => {
        if (!started) {
          const plan = script === undefined ? { workers: 0, callingThreadWorks: true, processes: false } : whole ? indexThreads(files) : { workers: poolWorkerCount(files), callingThreadWorks: true, processes: false };
          started = { plan, workers: startWorkers(plan.workers, script ?? '', { processes: plan.processes }) };
          pool = started.workers;
        }
        return started;
      };
      // Without analyses kept from the last run that is every file read, and the workers start loading now, while
      // this thread reads them; with kept analyses (see analysisCache.ts) it is known only once the files are read
      // and compared with them, and the workers start then.
      const cache = whole ? this.cache : undefined;
      if (!cache || cache.size === 0) startPool(md.length);
      const seen = new Set<string>();
      const read: { e: FileEntry; text: string }[] = [];
      for (const path of md) {
        if (opts.token?.isCancellationRequested || run !== this.indexRun) break;
        seen.add(path);
        const uri = this.open.get(path) ?? uriOfPath(path);
        const doc = this.open.has(path) ? this.host.openDocument(uri) : undefined;
        const text = doc?.text ?? readText(path);
        if (text === undefined) continue;
        read.push({ e: this.entry(path, uri), text });
      }
      await settings;
      for (const c of configs) this.publishConfigFile(c);
      const withConfig = read.map((r) => ({ ...r, config: this.configFor(r.e.key, r.e.uri, r.e.folder) }));
      const jobs: AnalysisJob[] = withConfig.map((r) => ({ path: r.e.key, text: r.text, config: r.config, storyRoot: this.storyRootFor(r.e.key, r.e.uri, r.e.folder) }));
      // During a whole index a story never published before is published as soon as it is analysed, with its own
      // findings: the first diagnostics of an unopened story do not wait for the whole bank. Its bank findings
      // follow at the end. (A file already published keeps what it shows until then, so nothing flickers.)
      const earlyDiagnostics = new Map<number, Diagnostic[]>();
      const publishEarly = (i: number, result: JobResult) => {
        const r = withConfig[i];
        const analysis = result.analysis;
        if (!analysis || run !== this.indexRun || this.files.get(r.e.key) !== r.e) return;
        if (r.e.analysis !== undefined || r.e.published) return;
        const doc = this.open.has(r.e.key) ? this.host.openDocument(r.e.uri) : undefined;
        if (doc && doc.text !== r.text) return;
        const diagnostics = analysis.findings.map((f) => toDiagnostic(f, ruleDocUrl(f.ruleId)));
        earlyDiagnostics.set(i, diagnostics);
        this.host.publish(r.e.uri, diagnostics, doc?.version);
        this.counters.publishes++;
        r.e.published = diagnostics.length > 0;
        this.early.set(r.e.key, diagnostics);
      };
      // Large files go to the guarded worker (a time budget each, see guardedAnalysis.ts), the rest to the pool.
      const guard = this.guardedAnalyzer();
      const large = new Set(guard ? jobs.flatMap((j, i) => (j.text.length >= OFF_THREAD_CHARS ? [i] : [])) : []);
      const smallIndex = jobs.flatMap((_, i) => (large.has(i) ? [] : [i]));
      // Files unchanged since the last run (same path, text, config and story root) take their kept analysis.
      const kept = new Map<number, JobResult>();
      if (cache) {
        for (const i of smallIndex) {
          const r = cache.get(jobs[i]);
          if (!r) continue;
          kept.set(i, r);
          publishEarly(i, r);
        }
      }
      const toAnalyse = kept.size === 0 ? smallIndex : smallIndex.filter((i) => !kept.has(i));
      const { plan, workers } = startPool(toAnalyse.length);
      if (plan.callingThreadWorks && toAnalyse.length > 0) this.analysedHere = true;
      const guarded = guard
        ? Promise.all(
            [...large].map(async (i) => {
              const job = jobs[i];
              const result = job && run === this.indexRun ? await guard.run(job) : undefined;
              if (result && whole) publishEarly(i, result);
              return [i, result] as const;
            }),
          )
        : Promise.resolve([]);
      const smallResults = await analyseMany(
        toAnalyse.map((i) => jobs[i] as AnalysisJob),
        {
          pool: workers,
          callingThreadWorks: plan.callingThreadWorks,
          onResult: whole ? (k, result) => publishEarly(toAnalyse[k] ?? k, result) : undefined,
          shouldStop: () => opts.token?.isCancellationRequested === true || run !== this.indexRun,
          progress: (done, total) => opts.progress?.report(Math.round((100 * done) / Math.max(1, total)), `${done} of ${total} files`),
          onWorkerFailed: (why) => this.host.log(`An analysis worker thread stopped (${why}); its files were analysed on the main thread.`),
        },
      );
      const results = new Array<JobResult | undefined>(jobs.length);
      smallResults.forEach((r, k) => (results[toAnalyse[k] ?? k] = r));
      for (const [i, r] of kept) results[i] = r;
      // A large file the worker could not take (it failed to start) is analysed here, as before.
      for (const [i, r] of await guarded) results[i] = r ?? (run === this.indexRun && jobs[i] ? runJob(jobs[i]) : undefined);
      cancelled = seen.size < md.length || results.some((r) => r === undefined);
      const analysing = workers.size + (plan.callingThreadWorks ? 1 : 0);
      if (whole) {
        const where = `${analysing} ${analysing === 1 ? 'thread' : 'threads'}${plan.processes ? ` (in ${workers.size === 1 ? 'a separate process' : 'separate processes'})` : ''}`;
        this.host.log(`Analysed ${jobs.length - kept.size} files on ${where}${cache ? `; ${kept.size} unchanged since the last run, kept in ${cache.file}` : ''}.`);
      }
      // (Nothing to write when every file was kept and none is gone.)
      if (cache && !cancelled && run === this.indexRun && !(kept.size === smallIndex.length && cache.size === kept.size)) {
        // What was analysed by runJob (not within a time budget) is kept for the next run, once this one is published.
        const done = smallIndex.flatMap((i) => (results[i] ? [[jobs[i], results[i]] as const] : []));
        setImmediate(() => {
          const failed = cache.save(done);
          if (failed) this.host.log(`Could not keep the analyses for the next run (${failed}).`);
        });
      }
      if (run !== this.indexRun) return { stories: 0, findings: 0, cancelled: true }; // a newer run took over
      const toPublish: string[] = [];
      withConfig.forEach((r, i) => {
        const result = results[i];
        if (result === undefined || this.files.get(r.e.key) !== r.e) return; // not analysed, or forgotten meanwhile
        // An open document edited while the bank was being analysed has been analysed again by the edit.
        if (this.open.has(r.e.key) && this.host.openDocument(r.e.uri)?.text !== r.text) return;
        if (this.apply(r.e, r.text, r.config, result, earlyDiagnostics.get(i)).changed || r.e.published) toPublish.push(r.e.key);
      });
      if (run !== this.indexRun) return { stories: 0, findings: 0, cancelled: true }; // a newer run took over
      if (!cancelled) {
        // Files that were known under these roots and are gone now.
        for (const [k, e] of [...this.files]) {
          if (seen.has(k) || this.open.has(k)) continue;
          if (roots.some((r) => k === r || k.startsWith(r + sep))) {
            this.forget(e);
          }
        }
      }
      this.indexing = false;
      this.refreshBank(toPublish);
      let stories = 0;
      let findings = 0;
      for (const e of this.files.values()) {
        if (e.analysis) stories += e.analysis.file.stories.length;
        findings += e.fileDiagnostics.length + this.service.bankFindings(e.key).length;
      }
      // The index's garbage (every file's parse and reading) is collected now, not whenever V8 next needs room:
      // the server then sits at what it keeps (see memory.ts).
      if (whole && !cancelled) setImmediate(() => collectGarbage());
      return { stories, findings, cancelled };
    } finally {
      pool?.close(); // (already closed when the analysis ran; not when something failed before it)
      if (run === this.indexRun) {
        this.indexing = false;
        if (this.held.size > 0) this.refreshBank([]); // an index that failed: what it held back
        this.early.clear();
      }
    }
  }

  private forget(e: FileEntry): void {
    const timer = this.timers.get(e.key);
    if (timer) clearTimeout(timer);
    this.timers.delete(e.key);
    this.service.drop(e.key);
    e.analysis = undefined;
    e.fileDiagnostics = [];
    if (e.published) {
      this.host.publish(e.uri, []);
      this.counters.publishes++;
    }
    this.files.delete(e.key);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Open documents

  private async lintOpen(uri: string): Promise<void> {
    const key = keyOf(uri);
    const e = this.entry(key, uri);
    e.uri = uri;
    await this.settingsFor(e.folder);
    const doc = this.host.openDocument(uri);
    if (!doc) return;
    const guard = doc.text.length >= OFF_THREAD_CHARS ? this.guardedAnalyzer() : undefined;
    if (guard) {
      // A large document is analysed in a worker thread within a time budget (guardedAnalysis.ts), so a
      // pathological one cannot hold up the other requests.
      const text = doc.text;
      const config = this.configFor(e.key, e.uri, e.folder);
      const result = await guard.run({ path: e.key, text, config, storyRoot: this.storyRootFor(e.key, e.uri, e.folder) });
      if (!this.open.has(key) || this.host.openDocument(uri)?.text !== text || this.files.get(key) !== e) return; // edited or closed meanwhile
      if (result) {
        this.settle(e, this.apply(e, text, config, result));
        return;
      }
    }
    this.settle(e, this.analyse(e, doc.text));
  }

  /** The worker for large open documents (undefined where no worker script is known, as in unit tests). */
  private guardedAnalyzer(): GuardedAnalyzer | undefined {
    const script = workerScript();
    if (script === undefined) return undefined;
    this.guard ??= new GuardedAnalyzer(script);
    return this.guard;
  }

  async didOpen(uri: string): Promise<void> {
    const key = keyOf(uri);
    this.open.set(key, uri);
    const doc = this.host.openDocument(uri);
    const e = this.files.get(key);
    // Already analysed with this very text (indexed from disk): just re-publish with the document's version.
    if (doc && e && e.text === doc.text && !this.indexing) {
      e.uri = uri;
      if (e.analysis || e.published) this.publish(e);
      // The bank may have been indexed in other processes (see indexThreads), so this thread may not have analysed
      // a story yet: do it once now, with the diagnostics out, so that the first edit does not also pay for loading
      // the language model and compiling the analysis (about half a second).
      if (e.analysis && !this.analysedHere) {
        this.analysedHere = true;
        const job: AnalysisJob = { path: e.key, text: doc.text, config: this.configFor(e.key, e.uri, e.folder) };
        setImmediate(() => runJob(job));
      }
      return;
    }
    if (doc && doc.text.length >= OFF_THREAD_CHARS) this.guardedAnalyzer()?.warm(); // loads while settings are read
    await this.lintOpen(uri);
  }

  /** Re-lints an open document after the debounce its settings ask for (0 = now). */
  async didChange(uri: string): Promise<void> {
    const key = keyOf(uri);
    const folder = this.folderFor(key);
    const settings = this.settingsCache.get(this.scopeOf(folder)) ?? (await this.settingsFor(folder));
    const delay = debounceOf(settings);
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.delete(key);
    if (delay === 0) {
      await this.lintOpen(uri);
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.lintOpen(uri).catch((err: unknown) => this.host.error(`Re-linting ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
      }, delay),
    );
  }

  /** Closing falls back to the file on disk; an untitled document's diagnostics are cleared. */
  async didClose(uri: string): Promise<void> {
    const key = keyOf(uri);
    this.open.delete(key);
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    const e = this.files.get(key);
    if (!e) return;
    const text = URI.parse(uri).scheme === 'file' ? readText(key) : undefined;
    if (text === undefined) {
      this.forget(e);
      this.refreshBank([]);
      return;
    }
    e.uri = uriOfPath(key);
    await this.settingsFor(e.folder);
    if (text === e.text) {
      if (e.analysis || e.published) this.publish(e);
      return;
    }
    const r = await this.analyseFromDisk(e, text);
    if (r) this.settle(e, r);
  }

  /** The freshest analysis of a document: a pending debounced re-lint runs now. */
  async analysisFor(uri: string): Promise<FileAnalysis | undefined> {
    const key = keyOf(uri);
    if (this.timers.has(key)) {
      clearTimeout(this.timers.get(key));
      this.timers.delete(key);
      await this.lintOpen(uri);
    }
    const e = this.files.get(key);
    if (!e && this.open.has(key)) {
      await this.lintOpen(uri);
      return this.files.get(key)?.analysis;
    }
    return e?.analysis;
  }

  /** The config that applies to a document (for features such as hover that show budgets). */
  async configForUri(uri: string): Promise<Config> {
    const key = keyOf(uri);
    const folder = this.folderFor(key);
    await this.settingsFor(folder);
    return this.configFor(key, uri, folder);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Files changed on disk and settings

  async filesChanged(changes: { uri: string; type: 'created' | 'changed' | 'deleted' }[]): Promise<void> {
    const configDirs = new Set<string>();
    const newDirs = new Set<string>();
    const touched = new Set<string>();
    for (const c of changes) {
      if (URI.parse(c.uri).scheme !== 'file') continue;
      const path = keyOf(c.uri);
      if (isConfigPath(path)) {
        for (const r of this.resolvers.values()) r.invalidate(path);
        this.publishConfigFile(path);
        configDirs.add(dirname(path));
        continue;
      }
      if (c.type !== 'deleted' && !this.reachable(path)) continue; // through a link, or outside every folder: never indexed
      if (c.type === 'created' && !isMarkdownPath(path) && isDirectory(path)) {
        // A new folder (unzipped, checked out, made by New Story): editors may drop the events of files created
        // together with it, so walk it.
        newDirs.add(path);
        continue;
      }
      if (c.type === 'deleted') {
        const gone = this.files.get(path);
        if (gone) {
          if (this.open.has(path)) continue; // the editor still has it: keep analysing the open text
          this.forget(gone);
        } else {
          // A folder was removed or renamed: forget everything under it.
          for (const e of [...this.files.values()]) {
            if (e.key.startsWith(path + sep) && !this.open.has(e.key)) {
              this.forget(e);
            }
          }
          for (const r of this.resolvers.values()) r.invalidate(path);
        }
        continue;
      }
      if (!isMarkdownPath(path) || this.open.has(path)) continue;
      const text = readText(path);
      if (text === undefined) continue;
      const e = this.entry(path, uriOfPath(path));
      if (e.text === text || e.pending === text) continue; // the same event twice (client and server watchers), or a touch
      await this.settingsFor(e.folder);
      const r = await this.analyseFromDisk(e, text);
      if (r && (r.changed || e.published)) touched.add(path);
    }
    if (configDirs.size > 0 || newDirs.size > 0) {
      // A config change can change every story below it, and which files are stories at all; a new folder may
      // hold stories nobody told us about: walk again below them (only inside the workspace folders).
      const roots = new Set<string>();
      const within = (a: string, b: string) => a === b || a.startsWith(b + sep);
      for (const d of configDirs) {
        if (this.folders.some((f) => within(d, f.path))) roots.add(d);
        else for (const f of this.folders) if (within(f.path, d)) roots.add(f.path);
      }
      for (const d of newDirs) {
        const inside = this.folders.find((f) => within(d, f.path));
        // Skip folders the walk would skip (node_modules, dot folders) anywhere below the workspace folder.
        const skipped = inside && d.slice(inside.path.length).split(sep).some((n) => SKIPPED_FOLDERS.has(n) || n.startsWith('.'));
        if (inside && !skipped) roots.add(d);
      }
      const clipped = [...roots];
      if (clipped.length > 0) await this.index({ roots: clipped });
    }
    this.refreshBank(touched);
  }

  /** Settings changed: drop the cache, pull them again and re-lint every file. */
  async settingsChanged(): Promise<void> {
    const before = JSON.stringify([...this.settingsCache.entries()].sort());
    const had = this.settingsCache.size > 0;
    const hadOutside = this.settingsCache.has('');
    // The first index is pulling the settings right now: it will see the new ones.
    if (!had && this.indexing) return;
    this.settingsCache.clear();
    this.pendingSettings.clear();
    for (const f of this.folders) await this.settingsFor(f);
    if (hadOutside) await this.settingsFor(undefined);
    // Clients announce the settings once at start-up: nothing to do when nothing changed.
    if (had && JSON.stringify([...this.settingsCache.entries()].sort()) === before) return;
    await this.index();
  }

  /** The Check Whole Bank command: forget every cached config and read every file again. */
  async checkBank(token?: CancellationToken, progress?: Progress): Promise<{ stories: number; findings: number; cancelled: boolean }> {
    for (const r of this.resolvers.values()) r.invalidate();
    for (const e of this.files.values()) e.text = undefined;
    return this.index({ token, progress });
  }

  // ----------------------------------------------------------------------------------------------------------
  // What the client's views are built from

  stats(): ServerStats {
    let stories = 0;
    for (const e of this.files.values()) if (e.analysis) stories += e.analysis.file.stories.length;
    const mem = process.memoryUsage();
    const mb = (n: number) => Math.round(n / (1024 * 1024));
    return {
      analyses: this.counters.analyses,
      analysisMs: Math.round(this.counters.analysisMs),
      publishes: this.counters.publishes,
      stories,
      indexing: this.indexing,
      rssMb: mb(mem.rss),
      heapUsedMb: mb(mem.heapUsed),
    };
  }

  isIndexing(): boolean {
    return this.indexing;
  }

  /** How many stories answer each question (the bank's coverage). */
  storiesPerQuestion(): Map<number, number> {
    return new Map(this.service.bank.coverage().questions.map((q) => [q.id, q.stories.length]));
  }

  bankIndex(): BankIndex {
    const uriOf = (path: string) => this.files.get(path)?.uri ?? uriOfKey(path);
    return bankIndexOf(this.service.bank, uriOf, { version: this.version, indexing: this.indexing, updated: this.updated });
  }
}
