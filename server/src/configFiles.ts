// Finding and reading config files: the Node side of configuration (the core only parses text). The CLI and
// the server both use ConfigResolver; `readConfigFile` is the one place a config file is read from disk.
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, parse as parsePath, relative, resolve, isAbsolute } from 'node:path';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, MAX_CONFIG_BYTES, configFileFinding, isConfigFileName, mergeConfig, parseConfigLayer, type ConfigLayer } from './core/config';
import type { Config, ConfigResult } from './core/types';

/**
 * Reads a config file: its text, or `undefined` when there is no such file. Throws (with a message for a
 * person) when the file exists but cannot be read.
 */
export function readConfigFile(path: string, inside?: string): string | undefined {
  let link;
  try {
    link = lstatSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new Error(`it cannot be looked at (${code ?? 'unknown error'})`);
  }
  // Only a regular file inside the folder tree is read: a link out of it (to /proc/self/environ, a key), a device
  // or a pipe is refused before it is opened, and nothing of its content is ever quoted.
  if (link.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      throw new Error('it is a link to a file that does not exist');
    }
    const root = inside ?? dirname(path);
    let realRoot = root;
    try {
      realRoot = realpathSync(root);
    } catch {
      // keep the given root
    }
    const rel = relative(realRoot, target);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error('it is a link to a file outside the folder, which Story Bank does not read');
  } else if (!link.isFile()) {
    throw new Error('it is not a regular file');
  }
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error('it is not a regular file');
    // Measured before it is read: a file of gigabytes (a sparse one costs nothing to make) took minutes to read.
    if (st.size > MAX_CONFIG_BYTES) throw new Error(`it is ${Math.round(st.size / 1024)} KB; config files over ${MAX_CONFIG_BYTES / 1024} KB are not read`);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

export interface ConfigResolverOptions {
  /** Editor settings, laid over the defaults and under the config file. */
  overrides?: Partial<Config>;
  /** Reads a file (default `readConfigFile`): its text, `undefined` when it does not exist; throws when it exists but cannot be read. */
  readFile?: (path: string) => string | undefined;
  /** The walk up stops after this folder (inclusive). Default: the filesystem root. */
  stopAt?: string;
  /** Use this config file for every story instead of searching (the CLI's `--config`). */
  configFile?: string;
}

const NO_CONFIG = null;

/**
 * Finds and reads the config that applies to each story: the nearest `.storybank.yml` (or `.yaml`) walking up
 * from the story's folder. Folder lookups and parsed files are cached until `invalidate`.
 */
export class ConfigResolver {
  private overrides: Partial<Config> | undefined;
  private readonly readFile: (path: string) => string | undefined;
  private readonly stopAt: string | undefined;
  private readonly configFile: string | undefined;
  /** folder → config file path, or null when there is none up to the stop. */
  private readonly folderCache = new Map<string, string | null>();
  /** config file path → its layer, or null when it does not exist. */
  private readonly fileCache = new Map<string, ConfigLayer | null>();
  /** config file path ('' for none) → the merged result, for the current overrides. */
  private readonly resultCache = new Map<string, ConfigResult>();

  constructor(opts: ConfigResolverOptions = {}) {
    this.overrides = opts.overrides;
    this.readFile = opts.readFile ?? ((p) => readConfigFile(p, opts.stopAt));
    this.stopAt = opts.stopAt !== undefined ? resolve(opts.stopAt) : undefined;
    this.configFile = opts.configFile !== undefined ? resolve(opts.configFile) : undefined;
  }

  /** Replaces the editor-settings layer (drops merged results; parsed files stay cached). */
  setOverrides(overrides: Partial<Config> | undefined): void {
    this.overrides = overrides;
    this.resultCache.clear();
  }

  /** The config that applies to a story file (or to a folder, when given a path ending in a separator). */
  forFile(storyPath: string): ConfigResult {
    const configPath = this.configFile ?? this.configPathFor(storyPath);
    const key = configPath ?? '';
    const cached = this.resultCache.get(key);
    if (cached) return cached;
    const base = mergeConfig(DEFAULT_CONFIG, this.overrides);
    let result: ConfigResult;
    if (configPath === undefined) result = { config: base, findings: [] };
    else {
      const layer = this.layer(configPath);
      if (layer === NO_CONFIG) {
        // Only reachable with an explicit configFile that does not exist.
        result = { config: base, path: configPath, findings: [configFileFinding(configPath, `The config file ${configPath} does not exist. The defaults are used.`)] };
      } else result = { config: mergeConfig(base, layer.partial), path: configPath, fileSets: Object.keys(layer.partial), findings: layer.findings };
    }
    this.resultCache.set(key, result);
    return result;
  }

  /** The nearest config file for a story file, or undefined. */
  configPathFor(storyPath: string): string | undefined {
    const start = dirname(resolve(storyPath));
    const visited: string[] = [];
    let dir = start;
    let found: string | null | undefined;
    for (;;) {
      const c = this.folderCache.get(dir);
      if (c !== undefined) {
        found = c;
        break;
      }
      visited.push(dir);
      const hit = CONFIG_FILE_NAMES.map((n) => join(dir, n)).find((p) => this.layer(p) !== NO_CONFIG);
      if (hit) {
        found = hit;
        break;
      }
      const parent = dirname(dir);
      if (parent === dir || (this.stopAt !== undefined && dir === this.stopAt) || dir === parsePath(dir).root) {
        found = null;
        break;
      }
      dir = parent;
    }
    for (const v of visited) this.folderCache.set(v, found ?? null);
    return found ?? undefined;
  }

  /** Reads and parses one config file (cached); null when it does not exist. */
  private layer(configPath: string): ConfigLayer | null {
    const cached = this.fileCache.get(configPath);
    if (cached !== undefined) return cached;
    let layer: ConfigLayer | null;
    try {
      const text = this.readFile(configPath);
      layer = text === undefined ? NO_CONFIG : parseConfigLayer(text, configPath);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      layer = { path: configPath, partial: {}, findings: [configFileFinding(configPath, `The config file could not be read (${reason}). The defaults are used until it can be read.`)] };
    }
    this.fileCache.set(configPath, layer);
    return layer;
  }

  /**
   * Forgets cached lookups. With no path, everything. With the path of a config file (created, changed or
   * deleted), that file's parse and every folder lookup. With any other path (a folder that was renamed or
   * removed), every folder lookup. Parsed files of other config files stay cached.
   */
  invalidate(path?: string): void {
    this.resultCache.clear();
    this.folderCache.clear();
    if (path === undefined) {
      this.fileCache.clear();
      return;
    }
    const abs = resolve(path);
    if (isConfigFileName(abs)) this.fileCache.delete(abs);
    else for (const k of [...this.fileCache.keys()]) if (k.startsWith(abs)) this.fileCache.delete(k);
  }

  /** True when a path names a config file (by its file name). */
  static isConfigFile(path: string): boolean {
    return isConfigFileName(path);
  }
}
