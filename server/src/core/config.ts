// Configuration: `.storybank.yml` read with positions, validated key by key, merged over the defaults.
// Layers, lowest first: DEFAULT_CONFIG < editor settings (overrides) < the nearest `.storybank.yml`.
// A bad key or value never stops anything: it becomes a `config-invalid` finding on the config file and the
// default (or the lower layer's value) is used for that key; every other key still applies.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, parse as parsePath, resolve } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { STRUCTURES, partForLabel } from './parse/labels';
import { ALL_RULES_META } from './rules/index';
import { LineIndex } from './text';
import { PART_ORDER, type Config, type ConfigResult, type Finding, type PartName, type Range, type Severity, type SeveritySetting } from './types';

export const CONFIG_FILE_NAME = '.storybank.yml';
/** Names looked for in each folder, in this order. */
export const CONFIG_FILE_NAMES: readonly string[] = [CONFIG_FILE_NAME, '.storybank.yaml'];
export const CONFIG_RULE_ID = 'config-invalid';
/** Config files larger than this are not read (a finding says so). */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** Structure presets (`scaol`, `star`, `car`): the parser's STRUCTURES, one definition for both. */
const STRUCTURE_PRESETS: Readonly<Record<'scaol' | 'star' | 'car', readonly PartName[]>> = STRUCTURES;

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  structure: [...STRUCTURE_PRESETS.scaol],
  include: ['**/stories/**/*.md', '**/*.story.md'],
  exclude: ['**/node_modules/**'],
  wordsPerMinute: 150,
  minSeconds: 45,
  maxSeconds: 180,
  maxStoriesPerProject: 3,
  rules: {},
  phrases: {},
});

/** Allowed ranges of the numeric keys (inclusive). */
export const NUMBER_LIMITS = {
  wordsPerMinute: { min: 60, max: 400, integer: false },
  minSeconds: { min: 0, max: 1200, integer: false },
  maxSeconds: { min: 10, max: 1800, integer: false },
  maxStoriesPerProject: { min: 1, max: 1000, integer: true },
} as const;
type NumberKey = keyof typeof NUMBER_LIMITS;

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
const MAX_PHRASES_PER_RULE = 500;
const MAX_PHRASE_LENGTH = 200;
const MAX_GLOBS = 200;

/** Rule ids a config may name under `rules` and `phrases`: every id in the rule registry. */
export function knownRuleIds(): ReadonlySet<string> {
  // Read at call time (not at module load) so that this module and the registry never wait on each other.
  knownIds ??= new Set(ALL_RULES_META.map((m) => m.id));
  return knownIds;
}
let knownIds: Set<string> | undefined;

function partName(raw: unknown): PartName | undefined {
  return typeof raw === 'string' ? partForLabel(raw) : undefined;
}

/**
 * `scaol`, `star`, `car` (any case) or a list of part names (the labels the parser accepts, such as
 * `situation` or `result`, work too) → the required parts in answer order, duplicates removed. Undefined when the value is not valid.
 */
export function resolveStructure(value: unknown): PartName[] | undefined {
  if (typeof value === 'string') {
    const preset = STRUCTURE_PRESETS[value.trim().toLowerCase() as keyof typeof STRUCTURE_PRESETS];
    return preset ? [...preset] : undefined;
  }
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const set = new Set<PartName>();
  for (const item of value) {
    const p = partName(item);
    if (!p) return undefined;
    set.add(p);
  }
  return PART_ORDER.filter((p) => set.has(p));
}

/** Copies a config so callers may change the result freely. */
export function cloneConfig(c: Readonly<Config>): Config {
  const phrases: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(c.phrases)) phrases[k] = [...v];
  return {
    structure: [...c.structure],
    include: [...c.include],
    exclude: [...c.exclude],
    wordsPerMinute: c.wordsPerMinute,
    minSeconds: c.minSeconds,
    maxSeconds: c.maxSeconds,
    maxStoriesPerProject: c.maxStoriesPerProject,
    rules: { ...c.rules },
    phrases,
  };
}

/**
 * Lays `partial` over `base`. Scalars and lists replace; `rules` and `phrases` merge per rule id (a rule id in
 * `partial` replaces that rule id's entry in `base`, other ids are kept). Undefined values are ignored.
 */
export function mergeConfig(base: Readonly<Config>, partial: Partial<Config> | undefined): Config {
  const out = cloneConfig(base);
  if (!partial) return out;
  if (partial.structure !== undefined) out.structure = [...partial.structure];
  if (partial.include !== undefined) out.include = [...partial.include];
  if (partial.exclude !== undefined) out.exclude = [...partial.exclude];
  for (const k of Object.keys(NUMBER_LIMITS) as NumberKey[]) {
    const v = partial[k];
    if (v !== undefined) out[k] = v;
  }
  if (partial.rules) for (const [k, v] of Object.entries(partial.rules)) if (v !== undefined) out.rules[k] = v;
  if (partial.phrases) for (const [k, v] of Object.entries(partial.phrases)) if (v !== undefined) out.phrases[k] = [...v];
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Validation, shared by the YAML file and by editor settings.

interface Problem {
  message: string;
  /** Where it is, as a YAML node (file) — absent for settings. */
  node?: YamlNode | null;
  severity: Severity;
}

/** A value with a way to locate it; for settings there is no node. */
interface Located {
  value: unknown;
  node?: YamlNode | null;
}

function describe(value: unknown): string {
  if (value === ALIAS) return 'a YAML alias';
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `${typeof value} ${String(value)}`;
}

function keyName(key: string): string {
  return `\`${key}\``;
}

/** The config keys, each with a one-line description used in messages. */
export const CONFIG_KEYS: Readonly<Record<keyof Config, string>> = {
  structure: 'which parts a story needs: scaol, star, car, or a list of part names',
  include: 'glob patterns of story files',
  exclude: 'glob patterns of files that are never stories',
  wordsPerMinute: 'speaking rate used to turn words into seconds',
  minSeconds: 'shortest comfortable answer, in seconds',
  maxSeconds: 'longest comfortable answer, in seconds',
  maxStoriesPerProject: 'how many stories may share one project',
  rules: 'severity per rule id: error, warning, info or off',
  phrases: 'extra literal phrases per rule id',
};

type Children = {
  /** Entries of a mapping value: key text, key node, value. */
  entries(v: Located): { key: string; keyNode?: YamlNode | null; value: Located }[] | undefined;
  /** Items of a list value. */
  items(v: Located): Located[] | undefined;
};

/** Child access for plain JS values (editor settings). */
const plainChildren: Children = {
  entries(v) {
    if (v.value === null || typeof v.value !== 'object' || Array.isArray(v.value)) return undefined;
    return Object.entries(v.value as Record<string, unknown>).map(([key, value]) => ({ key, value: { value } }));
  },
  items(v) {
    return Array.isArray(v.value) ? v.value.map((value: unknown) => ({ value })) : undefined;
  },
};

/** Child access for YAML nodes, keeping each node for its range. */
const yamlChildren: Children = {
  entries(v) {
    const n = v.node;
    if (!isMap(n)) return undefined;
    return n.items.map((pair: Pair<unknown, unknown>) => {
      const keyNode = pair.key as YamlNode | null;
      const valueNode = pair.value as YamlNode | null;
      const keyValue = isScalar(keyNode) ? keyNode.value : keyNode === null ? '' : keyNode;
      return { key: String(keyValue), keyNode, value: { value: nodeValue(valueNode), node: valueNode ?? keyNode } };
    });
  },
  items(v) {
    const n = v.node;
    if (!isSeq(n)) return undefined;
    return n.items.map((item) => ({ value: nodeValue(item as YamlNode | null), node: item as YamlNode | null }));
  },
};

/** A YAML node's value for type checks: scalars give their value, collections a marker of their kind. */
function nodeValue(n: YamlNode | null | undefined): unknown {
  if (n === null || n === undefined) return null;
  if (isScalar(n)) return n.value;
  if (isSeq(n)) return n.items.map((i) => nodeValue(i as YamlNode | null));
  if (isMap(n)) {
    const o: Record<string, unknown> = {};
    for (const p of n.items) {
      const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
      o[k] = nodeValue(p.value as YamlNode | null);
    }
    return o;
  }
  if (isAlias(n)) return ALIAS;
  return null;
}
const ALIAS = Symbol('alias');

interface Validated {
  partial: Partial<Config>;
  problems: Problem[];
}

/** Validates a mapping of config keys (from YAML or from settings) into a partial config plus problems. */
function validate(root: Located, children: Children, opts: { ignoreKeys?: readonly string[] } = {}): Validated {
  const partial: Partial<Config> = {};
  const problems: Problem[] = [];
  const warn = (node: YamlNode | null | undefined, message: string) => problems.push({ message, node, severity: 'warning' });
  const entries = children.entries(root);
  if (!entries) {
    problems.push({
      message: `The configuration must be a mapping of keys (such as \`structure: star\`), but it is ${describe(root.value)}. The defaults are used.`,
      node: root.node,
      severity: 'error',
    });
    return { partial, problems };
  }
  const seen = new Set<string>();
  for (const { key, keyNode, value } of entries) {
    if (opts.ignoreKeys?.includes(key)) continue;
    if (value.value === ALIAS) {
      warn(value.node, `${keyName(key)} uses a YAML alias; write the value out instead. The default is used.`);
      continue;
    }
    if (seen.has(key)) continue; // YAML itself reports duplicate keys
    seen.add(key);
    switch (key) {
      case 'structure': {
        const s = resolveStructure(value.value);
        if (s) partial.structure = s;
        else
          warn(value.node, `${keyName('structure')} is ${describe(value.value)}; expected \`scaol\`, \`star\`, \`car\` or a non-empty list of parts (setup, challenge, approach, outcome, learning). The default \`scaol\` (all five parts) is used.`);
        break;
      }
      case 'include':
      case 'exclude': {
        const globs = globList(key, value, children, warn);
        if (globs) partial[key] = globs;
        break;
      }
      case 'wordsPerMinute':
      case 'minSeconds':
      case 'maxSeconds':
      case 'maxStoriesPerProject': {
        const lim = NUMBER_LIMITS[key];
        const v = value.value;
        const dflt = DEFAULT_CONFIG[key];
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          warn(value.node, `${keyName(key)} is ${describe(v)}; expected a number from ${lim.min} to ${lim.max}. The default ${dflt} is used.`);
        } else if (lim.integer && !Number.isInteger(v)) {
          warn(value.node, `${keyName(key)} is ${v}; expected a whole number from ${lim.min} to ${lim.max}. The default ${dflt} is used.`);
        } else if (v < lim.min || v > lim.max) {
          warn(value.node, `${keyName(key)} is ${v}, outside the allowed range ${lim.min}–${lim.max}. The default ${dflt} is used.`);
        } else partial[key] = v;
        break;
      }
      case 'rules': {
        const ruleEntries = children.entries(value);
        if (!ruleEntries) {
          warn(value.node, `${keyName('rules')} is ${describe(value.value)}; expected a mapping of rule id to severity, such as \`filler-phrase: off\`. No rule severities are changed.`);
          break;
        }
        const rules: Record<string, SeveritySetting> = {};
        for (const r of ruleEntries) {
          if (!knownRuleIds().has(r.key)) {
            warn(r.keyNode ?? r.value.node, `Unknown rule id "${r.key}" under \`rules\`${suggest(r.key, knownRuleIds())}. The entry is ignored.`);
            continue;
          }
          const sev = severitySetting(r.value.value);
          if (!sev) {
            warn(r.value.node, `The severity of "${r.key}" is ${describe(r.value.value)}; expected error, warning, info or off. The rule keeps its default severity.`);
            continue;
          }
          rules[r.key] = sev;
        }
        partial.rules = rules;
        break;
      }
      case 'phrases': {
        const phraseEntries = children.entries(value);
        if (!phraseEntries) {
          warn(value.node, `${keyName('phrases')} is ${describe(value.value)}; expected a mapping of rule id to a list of phrases, such as \`filler-phrase: ["at the end of the day"]\`. No phrases are added.`);
          break;
        }
        const phrases: Record<string, string[]> = {};
        for (const p of phraseEntries) {
          if (!knownRuleIds().has(p.key)) {
            warn(p.keyNode ?? p.value.node, `Unknown rule id "${p.key}" under \`phrases\`${suggest(p.key, knownRuleIds())}. The phrases are ignored.`);
            continue;
          }
          const list = phraseList(p.key, p.value, children, warn);
          if (list) phrases[p.key] = list;
        }
        partial.phrases = phrases;
        break;
      }
      default:
        warn(keyNode ?? value.node, `Unknown key "${key}"${suggest(key, Object.keys(CONFIG_KEYS))}. Known keys: ${Object.keys(CONFIG_KEYS).join(', ')}. The key is ignored.`);
    }
  }
  // Cross-check the two time limits when both were given in this layer.
  if (partial.minSeconds !== undefined && partial.maxSeconds !== undefined && partial.minSeconds >= partial.maxSeconds) {
    const minNode = entries.find((e) => e.key === 'minSeconds')?.value.node;
    warn(minNode, `\`minSeconds\` (${partial.minSeconds}) must be less than \`maxSeconds\` (${partial.maxSeconds}). The defaults ${DEFAULT_CONFIG.minSeconds} and ${DEFAULT_CONFIG.maxSeconds} are used.`);
    delete partial.minSeconds;
    delete partial.maxSeconds;
  }
  return { partial, problems };
}

function severitySetting(v: unknown): SeveritySetting | undefined {
  if (v === false) return 'off';
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if (s === 'warn') return 'warning';
  return (SEVERITY_SETTINGS as readonly string[]).includes(s) ? (s as SeveritySetting) : undefined;
}

function globList(
  key: 'include' | 'exclude',
  value: Located,
  children: Children,
  warn: (n: YamlNode | null | undefined, m: string) => void,
): string[] | undefined {
  const dflt = JSON.stringify(DEFAULT_CONFIG[key]);
  if (typeof value.value === 'string') return value.value.trim() ? [value.value.trim()] : [];
  const items = children.items(value);
  if (!items) {
    warn(value.node, `${keyName(key)} is ${describe(value.value)}; expected a list of glob patterns such as ["stories/**/*.md"]. The default ${dflt} is used.`);
    return undefined;
  }
  const out: string[] = [];
  for (const it of items) {
    if (typeof it.value !== 'string' || !it.value.trim()) {
      warn(it.node ?? value.node, `An item of ${keyName(key)} is ${describe(it.value)}; each item must be a glob pattern written as text. The item is ignored.`);
      continue;
    }
    if (out.length >= MAX_GLOBS) {
      warn(it.node ?? value.node, `${keyName(key)} has more than ${MAX_GLOBS} patterns; the rest are ignored.`);
      break;
    }
    out.push(it.value.trim());
  }
  return out;
}

function phraseList(
  ruleId: string,
  value: Located,
  children: Children,
  warn: (n: YamlNode | null | undefined, m: string) => void,
): string[] | undefined {
  const items = typeof value.value === 'string' ? [value] : children.items(value);
  if (!items) {
    warn(value.node, `The phrases for "${ruleId}" are ${describe(value.value)}; expected a list of phrases written as text. No phrases are added for this rule.`);
    return undefined;
  }
  const out: string[] = [];
  for (const it of items) {
    if (typeof it.value !== 'string') {
      warn(it.node ?? value.node, `A phrase for "${ruleId}" is ${describe(it.value)}; each phrase must be text (quote numbers: "24/7"). The item is ignored.`);
      continue;
    }
    const p = it.value.trim();
    if (!p) {
      warn(it.node ?? value.node, `A phrase for "${ruleId}" is empty. The item is ignored.`);
      continue;
    }
    if (p.length > MAX_PHRASE_LENGTH) {
      warn(it.node ?? value.node, `A phrase for "${ruleId}" is ${p.length} characters long; phrases may have at most ${MAX_PHRASE_LENGTH}. The item is ignored.`);
      continue;
    }
    if (out.length >= MAX_PHRASES_PER_RULE) {
      warn(it.node ?? value.node, `"${ruleId}" has more than ${MAX_PHRASES_PER_RULE} phrases; the rest are ignored.`);
      break;
    }
    out.push(p);
  }
  return out;
}

/** ", did you mean `x`?" when a known name is one or two edits away. */
function suggest(name: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestD = 3;
  const lower = name.toLowerCase();
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

// ---------------------------------------------------------------------------------------------------------
// The YAML file.

/** What one config file contributes: only the keys it sets validly, plus its findings. */
export interface ConfigLayer {
  path: string;
  partial: Partial<Config>;
  findings: Finding[];
}

function finding(path: string, severity: Severity, message: string, range: Range): Finding {
  return { ruleId: CONFIG_RULE_ID, severity, message, path, range };
}

/** Parses a config file's text into the keys it sets validly, with one finding per problem. */
export function parseConfigLayer(text: string, path: string): ConfigLayer {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - src.length;
  const lines = new LineIndex(text);
  const rangeOf = (start: number, end: number) => lines.range(start + shift, end + shift);
  const wholeFirstLine = () => lines.range(0, Math.max(0, lines.lineCount > 1 ? lines.lineStart(2) - 1 : text.length));

  if (text.length > MAX_CONFIG_BYTES) {
    return { path, partial: {}, findings: [finding(path, 'error', `The config file is ${Math.round(text.length / 1024)} KB; config files over ${MAX_CONFIG_BYTES / 1024} KB are not read. The defaults are used.`, wholeFirstLine())] };
  }
  const doc = parseDocument(src, { prettyErrors: false, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) {
    const findings = doc.errors.slice(0, 20).map((e) => {
      const [s, en] = e.pos;
      const msg = e.message.replace(/\s+/g, ' ').trim();
      return finding(path, 'error', `The config file is not valid YAML: ${msg}. Until it is fixed, the whole file is ignored and the defaults are used.`, rangeOf(s, Math.max(s + 1, en)));
    });
    return { path, partial: {}, findings };
  }
  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { path, partial: {}, findings: [] }; // an empty file (or only comments) means "all defaults"
  }
  const { partial, problems } = validate({ value: nodeValue(contents), node: contents }, yamlChildren);
  const findings = problems.map((p) => {
    const r = p.node?.range;
    const range = r ? rangeOf(r[0], Math.max(r[1], r[0] + 1)) : wholeFirstLine();
    return finding(path, p.severity, p.message, range);
  });
  return { path, partial, findings };
}

/** Parses a config file's text into a whole config (defaults for every key it leaves out or gets wrong). */
export function parseConfigText(text: string, path: string): ConfigResult {
  const layer = parseConfigLayer(text, path);
  return { config: mergeConfig(DEFAULT_CONFIG, layer.partial), path, findings: layer.findings };
}

/**
 * Editor settings (`storybank.*`) → a partial config to use as overrides. Bad values are left out and
 * described in `problems` (plain sentences: settings have no file to put a finding on). Keys that are not
 * config keys (such as `debounceMs`) are ignored.
 */
export function configFromSettings(settings: unknown, ignoreKeys: readonly string[] = ['debounceMs', 'trace']): { partial: Partial<Config>; problems: string[] } {
  if (settings === undefined || settings === null) return { partial: {}, problems: [] };
  const { partial, problems } = validate({ value: settings }, plainChildren, { ignoreKeys });
  return { partial, problems: problems.map((p) => `Story Bank settings (storybank.*): ${p.message}`) };
}

// ---------------------------------------------------------------------------------------------------------
// Finding the nearest config file.

export interface ConfigResolverOptions {
  /** Editor settings, laid over the defaults and under the config file. */
  overrides?: Partial<Config>;
  /** Reads a file: its text, `undefined` when it does not exist; throws when it exists but cannot be read. */
  readFile?: (path: string) => string | undefined;
  /** The walk up stops after this folder (inclusive). Default: the filesystem root. */
  stopAt?: string;
  /** Use this config file for every story instead of searching (the CLI's `--config`). */
  configFile?: string;
}

function defaultReadFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
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
    this.readFile = opts.readFile ?? defaultReadFile;
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
        result = {
          config: base,
          path: configPath,
          findings: [finding(configPath, 'error', `The config file ${configPath} does not exist. The defaults are used.`, zeroRange())],
        };
      } else result = { config: mergeConfig(base, layer.partial), path: configPath, findings: layer.findings };
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
      layer = {
        path: configPath,
        partial: {},
        findings: [finding(configPath, 'error', `The config file could not be read (${reason}). The defaults are used until it can be read.`, zeroRange())],
      };
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
    if (CONFIG_FILE_NAMES.includes(basename(abs))) this.fileCache.delete(abs);
    else for (const k of [...this.fileCache.keys()]) if (k.startsWith(abs)) this.fileCache.delete(k);
  }

  /** True when a path names a config file (by its file name). */
  static isConfigFile(path: string): boolean {
    return CONFIG_FILE_NAMES.includes(basename(path));
  }
}

function zeroRange(): Range {
  const p = { line: 1, column: 1, offset: 0 };
  return { start: p, end: { ...p } };
}
