// Configuration: `.storybank.yml` text read with positions, validated key by key against the settings table
// (./settings.ts), merged over the defaults. No I/O here: the CLI and the server find and read config files
// (server/src/configFiles.ts) and hand their text to `parseConfigLayer`.
// Layers, lowest first: DEFAULT_CONFIG < editor settings (overrides) < the nearest `.storybank.yml`.
// A bad key or value never stops anything: it becomes a `config-invalid` finding on the config file and the
// default (or the lower layer's value) is used for that key; every other key still applies.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { ALL_RULES_META } from './rules/index';
import { CONFIG_KEY_LIST, SETTINGS, settingEntries, type ConfigKey, type Located, type ReadContext } from './settings';
import { LineIndex } from './text';
import type { Config, ConfigResult, Finding, Range, Severity } from './types';

export { resolveStructure } from './settings';

export const CONFIG_FILE_NAME = '.storybank.yml';
/** The config file names, looked for in each folder in this order. The one list: CLI, server and client use it. */
export const CONFIG_FILE_NAMES: readonly string[] = [CONFIG_FILE_NAME, '.storybank.yaml'];
export const CONFIG_RULE_ID = 'config-invalid';
/** Config files larger than this are not read (a finding says so). */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** True when a path (with `/` or `\` separators) names a config file by its file name. */
export function isConfigFileName(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return CONFIG_FILE_NAMES.includes(name);
}

/** A JSON-like value copied deeply (settings values are lists, mappings and scalars). */
function copy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copy) as T;
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)])) as T;
  return v;
}

/** Every config key's default, from the settings table. */
export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze(
  Object.fromEntries(CONFIG_KEY_LIST.map((k) => [k, copy(SETTINGS[k].default)])) as Config,
);

/** Allowed ranges of the numeric config keys (inclusive), from the settings table. */
export const NUMBER_LIMITS: Readonly<Partial<Record<ConfigKey, { min: number; max: number; integer: boolean }>>> = Object.fromEntries(
  settingEntries(['file']).flatMap(([k, s]) => (s.limits ? [[k, s.limits]] : [])),
);

/** Rule ids a config may name under `rules` and `phrases`: every id in the rule registry. */
export function knownRuleIds(): ReadonlySet<string> {
  // Read at call time (not at module load) so that this module and the registry never wait on each other.
  knownIds ??= new Set(ALL_RULES_META.map((m) => m.id));
  return knownIds;
}
let knownIds: Set<string> | undefined;

/** Copies a config so callers may change the result freely. */
export function cloneConfig(c: Readonly<Config>): Config {
  return copy(c) as Config;
}

/**
 * Lays `partial` over `base`. Most keys replace; keys the table marks `perKey` (`rules`, `phrases`) merge per
 * entry (an entry in `partial` replaces that entry in `base`, other entries are kept). Undefined values are ignored.
 */
export function mergeConfig(base: Readonly<Config>, partial: Partial<Config> | undefined): Config {
  const out = cloneConfig(base) as Record<ConfigKey, unknown>;
  if (!partial) return out as Config;
  for (const k of CONFIG_KEY_LIST) {
    const v = partial[k];
    if (v === undefined) continue;
    if (SETTINGS[k].merge === 'perKey') {
      const merged = out[k] as Record<string, unknown>;
      for (const [id, x] of Object.entries(v as Record<string, unknown>)) if (x !== undefined) merged[id] = copy(x);
    } else out[k] = copy(v);
  }
  return out as Config;
}

/** The config keys, each with a one-line description used in messages. */
export const CONFIG_KEYS: Readonly<Record<ConfigKey, string>> = Object.fromEntries(CONFIG_KEY_LIST.map((k) => [k, SETTINGS[k].summary])) as Record<ConfigKey, string>;

// ---------------------------------------------------------------------------------------------------------
// Validation, shared by the YAML file and by editor settings.

interface Problem {
  message: string;
  /** Where it is, as a YAML node (file) — absent for settings. */
  node?: YamlNode | null;
  severity: Severity;
}

function describe(value: unknown): string {
  if (value === ALIAS) return 'a YAML alias';
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  // A short word is quoted ("fast", "loud"); any other text is only measured: a config file may be anything
  // (a link to a secret), and messages reach CI logs.
  if (typeof value === 'string') return /^[A-Za-z0-9 .-]{0,12}$/.test(value) ? `"${value}"` : `a text of ${value.length} character${value.length === 1 ? '' : 's'}`;
  return `${typeof value} ${String(value)}`;
}

type Children = Pick<ReadContext, 'entries' | 'items'>;

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

/**
 * Validates a mapping of config keys (from YAML or from settings) into a partial config plus problems. Each
 * key is read by its entry in the settings table; `accept` names the keys read (others are unknown), `ignore`
 * keys that are skipped silently.
 */
function validate(root: Located, children: Children, opts: { ignore?: readonly string[] } = {}): Validated {
  const partial: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const warn = (at: { node?: unknown }, message: string) => problems.push({ message, node: at.node as YamlNode | null | undefined, severity: 'warning' });
  const entries = children.entries(root);
  if (!entries) {
    problems.push({
      message: `The configuration must be a mapping of keys (such as \`structure: star\`), but it is ${describe(root.value)}. The defaults are used.`,
      node: root.node as YamlNode | null | undefined,
      severity: 'error',
    });
    return { partial, problems };
  }
  const ctx: ReadContext = { ...children, warn, describe, suggest, ruleIds: knownRuleIds() };
  const seen = new Set<string>();
  for (const { key, keyNode, value } of entries) {
    if (opts.ignore?.includes(key)) continue;
    if (value.value === ALIAS) {
      warn(value, `\`${key}\` uses a YAML alias; write the value out instead. The default is used.`);
      continue;
    }
    if (seen.has(key)) continue; // YAML itself reports duplicate keys
    seen.add(key);
    if (!(CONFIG_KEY_LIST as readonly string[]).includes(key)) {
      warn({ node: keyNode ?? value.node }, `Unknown key "${key}"${suggest(key, CONFIG_KEY_LIST)}. Known keys: ${CONFIG_KEY_LIST.join(', ')}. The key is ignored.`);
      continue;
    }
    const v = (SETTINGS[key as ConfigKey] as { read(v: Located, c: ReadContext): unknown }).read(value, ctx);
    if (v !== undefined) partial[key] = v;
  }
  // Cross-check the two time limits when both were given in this layer.
  if (typeof partial.minSeconds === 'number' && typeof partial.maxSeconds === 'number' && partial.minSeconds >= partial.maxSeconds) {
    const minAt = entries.find((e) => e.key === 'minSeconds')?.value ?? {};
    warn(minAt, `\`minSeconds\` (${partial.minSeconds}) must be less than \`maxSeconds\` (${partial.maxSeconds}). The defaults ${DEFAULT_CONFIG.minSeconds} and ${DEFAULT_CONFIG.maxSeconds} are used.`);
    delete partial.minSeconds;
    delete partial.maxSeconds;
  }
  return { partial: partial as Partial<Config>, problems };
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
 * described in `problems` (plain sentences: settings have no file to put a finding on). Settings that are not
 * config keys (the server's and the client's own, such as `debounceMs`) are ignored, or the keys in `ignore`
 * (an empty list: every non-config key is reported as unknown, as in a `.storybank.yml`).
 */
export function configFromSettings(
  settings: unknown,
  ignore: readonly string[] = [...settingEntries(['server', 'client']).map(([k]) => k), 'trace'],
): { partial: Partial<Config>; problems: string[] } {
  if (settings === undefined || settings === null) return { partial: {}, problems: [] };
  const { partial, problems } = validate({ value: settings }, plainChildren, { ignore });
  return { partial, problems: problems.map((p) => `Story Bank settings (storybank.*): ${p.message}`) };
}

/** A finding at the start of a config file (for problems that have no better place). */
export function configFileFinding(path: string, message: string): Finding {
  const p = { line: 1, column: 1, offset: 0 };
  return finding(path, 'error', message, { start: p, end: { ...p } });
}
