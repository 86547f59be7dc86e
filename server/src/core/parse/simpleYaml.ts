// The common shape of story front matter read without the YAML parser: one `key: value` per line, where the
// value is a plain word run, a quoted string on one line or a one-line `[a, b]` list. Anything else (comments,
// block lists, nested maps, multi-line values, escapes, numbers other than plain integers, `null`/`true`...)
// returns undefined and goes to the YAML parser. Where it answers, the answer is the parser's: the same values
// and the same offsets (checked against `yaml` on every front matter we have and on generated ones, in
// test/unit/simple-yaml.test.ts). The YAML parser builds a whole document (about 0.1–0.3 ms for a few lines);
// this reads the same lines in a few microseconds.

/** One scalar: its value and its offsets in the content (the parser's node range: start, end of the value). */
export interface SimpleScalar {
  value: unknown;
  start: number;
  end: number;
}

/** One `key: value` line. `items` for a `[a, b]` list (then `value` is the array of their values). */
export interface SimplePair {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: unknown;
  valueStart: number;
  valueEnd: number;
  items?: SimpleScalar[];
}

export interface SimpleYaml {
  /** What the parser's `toJS()` gives. */
  data: Record<string, unknown>;
  pairs: SimplePair[];
}

const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Characters the fast path accepts anywhere: printable, no tab, no byte order mark or line separator, surrogates only in pairs. */
const PRINTABLE = /^(?:[\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;
/** The YAML 1.2 core schema's non-string plain scalars (null, booleans, numbers), as the parser resolves them. */
const NOT_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** Integers the fast path reads itself (no sign, no leading zero, exact as a double). */
const SMALL_INT = /^(?:0|[1-9][0-9]{0,14})$/;
/** Characters that cannot start a plain scalar (YAML indicators, space), or that the fast path leaves to the parser. */
const NOT_FIRST = new Set([...'-?:,[]{}#&*!|>\'"%@`~. ']);

/** A plain scalar's value, or undefined when it is not one the fast path reads (a null, a boolean, most numbers). */
function plainValue(s: string): unknown {
  if (SMALL_INT.test(s)) return Number(s);
  for (const re of NOT_STRING) if (re.test(s)) return undefined;
  return s;
}

/** Reads a scalar of `line` from `at` up to `stop` (exclusive); `flow` inside `[...]`. Undefined when not simple. */
function scalar(line: string, at: number, stop: number, flow: boolean): SimpleScalar | undefined {
  const c = line[at];
  if (c === '"' || c === "'") {
    const close = line.indexOf(c, at + 1);
    if (close < 0 || close >= stop) return undefined;
    const inner = line.slice(at + 1, close);
    if (c === '"' && inner.includes('\\')) return undefined;
    // after the closing quote: only spaces up to the stop
    if (/[^ ]/.test(line.slice(close + 1, stop))) return undefined;
    return { value: inner, start: at, end: close + 1 };
  }
  if (c === undefined || NOT_FIRST.has(c)) return undefined;
  let end = stop;
  while (end > at && line[end - 1] === ' ') end--;
  const text = line.slice(at, end);
  // ": " or a final ":" would start a mapping; " #" a comment; in a list, any ":" or "#" goes to the parser
  if (/:(?: |$)| #/.test(text) || text.endsWith(':')) return undefined;
  if (flow && /[:#'"]/.test(text)) return undefined;
  const value = plainValue(text);
  if (value === undefined) return undefined;
  return { value, start: at, end };
}

/**
 * The front matter content read as simple `key: value` lines, or undefined when it is anything else. Offsets are
 * inside `content`.
 */
export function readSimpleYaml(content: string): SimpleYaml | undefined {
  if (content.includes('\r') || !PRINTABLE.test(content.replace(/\n/g, ' '))) return undefined;
  const data: Record<string, unknown> = {};
  const pairs: SimplePair[] = [];
  const seen = new Set<string>();
  let lineStart = 0;
  while (lineStart < content.length) {
    let lineEnd = content.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = content.length;
    const line = content.slice(lineStart, lineEnd);
    const next = lineEnd + 1;
    if (line === '') {
      lineStart = next;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon);
    if (key.length > 100 || !KEY.test(key) || plainValue(key) !== key || seen.has(key)) return undefined;
    seen.add(key);
    const pair: SimplePair = { key, keyStart: lineStart, keyEnd: lineStart + colon, value: null, valueStart: 0, valueEnd: 0 };
    if (colon === line.length - 1) {
      // `key:` and nothing: a null at the end of the key's colon
      pair.valueStart = pair.valueEnd = lineStart + colon + 1;
    } else {
      if (line[colon + 1] !== ' ') return undefined;
      let at = colon + 1;
      while (line[at] === ' ') at++;
      if (at === line.length) return undefined;
      if (line[at] === '[') {
        const close = line.indexOf(']', at);
        if (close < 0 || /[^ ]/.test(line.slice(close + 1))) return undefined;
        const body = line.slice(at + 1, close);
        if (/[[\]{}]/.test(body)) return undefined;
        const items: SimpleScalar[] = [];
        if (body.trim() !== '') {
          let from = at + 1;
          for (;;) {
            let comma = line.indexOf(',', from);
            if (comma < 0 || comma > close) comma = close;
            let s = from;
            while (line[s] === ' ') s++;
            const item = scalar(line, s, comma, true);
            if (!item) return undefined;
            items.push({ value: item.value, start: lineStart + item.start, end: lineStart + item.end });
            if (comma === close) break;
            from = comma + 1;
          }
        }
        pair.value = items.map((i) => i.value);
        pair.items = items;
        pair.valueStart = lineStart + at;
        pair.valueEnd = lineStart + close + 1;
      } else {
        const v = scalar(line, at, line.length, false);
        if (!v) return undefined;
        pair.value = v.value;
        pair.valueStart = lineStart + v.start;
        pair.valueEnd = lineStart + v.end;
      }
    }
    data[key] = pair.value;
    pairs.push(pair);
    lineStart = next;
  }
  return pairs.length > 0 ? { data, pairs } : undefined;
}
