// The web worker server's state (VS Code for the Web): the same core and bank service as the Node server, with
// every file read through the client (storybank/listFiles, storybank/readFile: the client answers with
// `vscode.workspace.fs`). Files are keyed by their URI; a story's config is the nearest `.storybank.yml` found in
// the listing, under the editor settings. No worker threads, no file system, no watcher of its own: file changes
// come from the client's watchers (workspace/didChangeWatchedFiles).
import type { Diagnostic } from 'vscode-languageserver';
import { BankService } from './core/bankService';
import { DEFAULT_CONFIG, MAX_CONFIG_BYTES, configFileFinding, configFromSettings, isConfigFileName, mergeConfig, parseConfigLayer, type ConfigLayer } from './core/config';
import { analyzeFile } from './core/analyze';
import { isStoryFile } from './core/parse';
import { ruleDocUrl } from './core/rules';
import type { Config, FileAnalysis } from './core/types';
import { toDiagnostic } from './convert';
import { bankIndexOf } from './bankIndexWire';
import type { EditorHost } from './serving';
import type { BankIndex, ListFilesResult, ReadFileResult, StoryBankSettings } from './protocol';
import { debounceOf } from './settings';

export interface BrowserHost extends EditorHost {
  listFiles(folders: string[]): Promise<ListFilesResult>;
  /** A file's text; with `maxBytes`, a larger file is not read (the answer gives its size). */
  readFile(uri: string, maxBytes?: number): Promise<ReadFileResult>;
}

interface Entry {
  text?: string;
  analysis?: FileAnalysis;
  diagnostics: Diagnostic[];
  published: boolean;
}

const dirOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/'));
const isMarkdown = (uri: string) => /\.(md|markdown)$/i.test(uri.replace(/[?#].*$/, ''));

export class BrowserWorkspace {
  private folders: string[] = [];
  private readonly files = new Map<string, Entry>();
  private readonly configs = new Map<string, ConfigLayer>();
  private readonly publishedConfigs = new Set<string>();
  private readonly service = new BankService();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly settingsCache = new Map<string, StoryBankSettings>();
  private indexing = false;
  private version = 0;
  private updated = new Date().toISOString();
  private run = 0;

  constructor(private readonly host: BrowserHost) {}

  setFolders(uris: string[]): void {
    this.folders = uris.map((u) => u.replace(/\/+$/, ''));
  }

  getFolders(): readonly string[] {
    return this.folders;
  }

  private folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) if (uri.startsWith(f + '/') && (!best || f.length > best.length)) best = f;
    return best;
  }

  private async settingsFor(folder: string | undefined): Promise<StoryBankSettings> {
    const key = folder ?? '';
    let s = this.settingsCache.get(key);
    if (!s) {
      s = await this.host.settings(folder);
      this.settingsCache.set(key, s);
    }
    return s;
  }

  /** The nearest config file above a file (from the listing), within its workspace folder. */
  private configPathOf(uri: string): string | undefined {
    const folder = this.folderOf(uri);
    let best: string | undefined;
    for (const c of this.configs.keys()) {
      const dir = dirOf(c);
      if ((uri.startsWith(dir + '/')) && (folder === undefined || dir === folder || dir.startsWith(folder + '/')) && (!best || dir.length > dirOf(best).length)) best = c;
    }
    return best;
  }

  private async configOf(uri: string): Promise<{ config: Config; path?: string }> {
    const settings = await this.settingsFor(this.folderOf(uri));
    const base = mergeConfig(DEFAULT_CONFIG, configFromSettings(settings).partial);
    const path = this.configPathOf(uri);
    const layer = path !== undefined ? this.configs.get(path) : undefined;
    return layer && path !== undefined ? { config: mergeConfig(base, layer.partial), path } : { config: base };
  }

  async configForUri(uri: string): Promise<Config> {
    return (await this.configOf(uri)).config;
  }

  /** Analyses one file's text and hands it to the bank service (no publishing). */
  private async analyse(uri: string, text: string): Promise<void> {
    const { config, path } = await this.configOf(uri);
    const root = path !== undefined ? dirOf(path) : this.folderOf(uri);
    const e = this.files.get(uri) ?? { diagnostics: [], published: false };
    this.files.set(uri, e);
    e.text = text;
    const analysis = isStoryFile(uri, text, config, root) ? analyzeFile(text, uri, config) : undefined;
    e.analysis = analysis;
    e.diagnostics = analysis ? analysis.findings.map((f) => toDiagnostic(f, ruleDocUrl(f.ruleId))) : [];
    this.service.set(uri, analysis, config, path);
  }

  private publish(uri: string): void {
    const e = this.files.get(uri);
    const bank = this.service.bankFindings(uri).map((f) => toDiagnostic(f, ruleDocUrl(f.ruleId)));
    if (!e) {
      const layer = this.configs.get(uri);
      const all = [...(layer?.findings ?? []).map((f) => toDiagnostic(f, ruleDocUrl(f.ruleId))), ...bank];
      if (all.length === 0 && !this.publishedConfigs.has(uri)) return;
      this.host.publish(uri, all);
      if (all.length > 0) this.publishedConfigs.add(uri);
      else this.publishedConfigs.delete(uri);
      return;
    }
    const diagnostics = [...e.diagnostics, ...bank];
    if (diagnostics.length === 0 && !e.published && !e.analysis) return;
    this.host.publish(uri, diagnostics, this.host.openDocument(uri)?.version);
    e.published = diagnostics.length > 0;
  }

  private settle(also: Iterable<string>): void {
    const todo = new Set<string>(also);
    for (const p of this.service.takeChanges()) todo.add(p);
    if (this.indexing) return;
    for (const u of todo) this.publish(u);
    if (todo.size > 0) this.bump();
  }

  private bump(): void {
    this.version++;
    this.updated = new Date().toISOString();
    this.host.bankChanged(this.version);
  }

  /** Lists the folders through the client, reads every Markdown and config file, analyses, publishes all. */
  async index(): Promise<{ stories: number; files: number }> {
    const run = ++this.run;
    this.indexing = true;
    try {
      const listing = await this.host.listFiles([...this.folders]);
      if (listing.truncated) this.host.log('The workspace has more Markdown files than Story Bank reads on the web; the rest are not checked.');
      const uris = listing.uris.filter((u) => this.folderOf(u) !== undefined);
      const configs = uris.filter((u) => isConfigFileName(u));
      const markdown = uris.filter((u) => !isConfigFileName(u) && isMarkdown(u));
      this.configs.clear();
      for (const c of configs) {
        // Measured before it is read, as on the Node server (configFiles.ts): a config of gigabytes is not read.
        const r = await this.host.readFile(c, MAX_CONFIG_BYTES);
        if (r.text !== undefined) this.configs.set(c, parseConfigLayer(r.text, c));
        else if (r.size !== undefined) {
          const why = `it is ${Math.round(r.size / 1024)} KB; config files over ${MAX_CONFIG_BYTES / 1024} KB are not read`;
          this.configs.set(c, { path: c, partial: {}, findings: [configFileFinding(c, `The config file could not be read (${why}). The defaults are used until it can be read.`)] });
        } else this.host.error(`Story Bank could not read ${c}: ${r.error ?? 'no reason given'}`);
      }
      const seen = new Set<string>();
      // Read a few files at a time: each is a round trip to the client.
      for (let i = 0; i < markdown.length; i += 16) {
        if (run !== this.run) return { stories: 0, files: 0 };
        await Promise.all(
          markdown.slice(i, i + 16).map(async (u) => {
            seen.add(u);
            const open = this.host.openDocument(u);
            const r = open ? { text: open.text } : await this.host.readFile(u);
            if (r.text === undefined) {
              this.host.error(`Story Bank could not read ${u}: ${r.error ?? 'no reason given'}`);
              return;
            }
            await this.analyse(u, r.text);
          }),
        );
      }
      for (const u of [...this.files.keys()]) {
        if (!seen.has(u) && !this.host.openDocument(u)) {
          this.service.drop(u);
          this.files.delete(u);
          this.host.publish(u, []);
        }
      }
    } finally {
      if (run === this.run) this.indexing = false;
    }
    this.service.takeChanges();
    for (const u of this.files.keys()) this.publish(u);
    for (const c of this.configs.keys()) this.publish(c);
    this.bump();
    return { stories: this.service.bank.stories().length, files: this.files.size };
  }

  async didOpen(uri: string): Promise<void> {
    const doc = this.host.openDocument(uri);
    if (!doc) return;
    await this.analyse(uri, doc.text);
    this.settle([uri]);
  }

  async didChange(uri: string): Promise<void> {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    const delay = debounceOf(await this.settingsFor(this.folderOf(uri)));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.didOpen(uri).catch((err: unknown) => this.host.error(`Checking ${uri} failed: ${String(err)}`));
      }, delay),
    );
  }

  /** A closed document goes back to the file's saved text (read through the client); untitled ones are forgotten. */
  async didClose(uri: string): Promise<void> {
    if (this.folderOf(uri) === undefined) {
      this.service.drop(uri);
      this.files.delete(uri);
      this.host.publish(uri, []);
      this.settle([]);
      return;
    }
    await this.fileChanged(uri);
  }

  async fileChanged(uri: string): Promise<void> {
    if (this.host.openDocument(uri)) return;
    const r = await this.host.readFile(uri);
    if (r.text === undefined) return this.fileDeleted(uri);
    await this.analyse(uri, r.text);
    this.settle([uri]);
  }

  fileDeleted(uri: string): void {
    if (!this.files.delete(uri)) return;
    this.service.drop(uri);
    this.host.publish(uri, []);
    this.settle([]);
  }

  async filesChanged(changes: { uri: string; type: 'created' | 'changed' | 'deleted' }[]): Promise<void> {
    // A config file changes what every story under it is checked against: read the bank again.
    if (changes.some((c) => isConfigFileName(c.uri))) {
      await this.index();
      return;
    }
    for (const c of changes) {
      if (!isMarkdown(c.uri) || this.folderOf(c.uri) === undefined) continue;
      if (c.type === 'deleted') this.fileDeleted(c.uri);
      else await this.fileChanged(c.uri);
    }
  }

  async settingsChanged(): Promise<void> {
    this.settingsCache.clear();
    await this.index();
  }

  async analysisFor(uri: string): Promise<FileAnalysis | undefined> {
    const doc = this.host.openDocument(uri);
    const e = this.files.get(uri);
    if (doc && e?.text !== doc.text) await this.analyse(uri, doc.text);
    return this.files.get(uri)?.analysis;
  }

  storiesPerQuestion(): Map<number, number> {
    return new Map(this.service.bank.coverage().questions.map((q) => [q.id, q.stories.length]));
  }

  isIndexing(): boolean {
    return this.indexing;
  }

  bankIndex(): BankIndex {
    return bankIndexOf(this.service.bank, (p) => p, { version: this.version, indexing: this.indexing, updated: this.updated });
  }
}
