// Glob matching for `include` / `exclude` that cannot backtrack. A glob is compiled into path segments of
// tokens and matched without regular expressions: a segment by the two-pointer wildcard algorithm (at worst
// name length × pattern length), `**` segments by a set of positions (at worst path segments × pattern
// segments). So a pattern such as `**/*a*a*a*a*a*a*a*a*a*a*b` costs microseconds on any path, where a regex
// built from it backtracks for minutes on a long name.
//
// Syntax (the usual subset): `*` (any characters within one path segment, dot files included), `?` (one
// character), `[abc]`, `[a-z]`, `[!a]` / `[^a]`, `{a,b}` (alternatives, nestable), `**` as a whole segment (any
// number of segments, none included), `\` to escape, a leading `!` to negate, a leading `./` is ignored.
// Extglobs (`@(a|b)`, `+(…)`, `!(…)`, `*(…)`, `?(…)`), POSIX classes (`[[:alpha:]]`) and ranges (`{1..3}`) are
// refused with a message (`globProblem`).

type Token = { t: 'lit'; c: string } | { t: 'any' } | { t: 'star' } | { t: 'class'; neg: boolean; set: string[]; ranges: [string, string][] };
type Segment = 'globstar' | Token[];

/** Most alternatives one pattern's braces may expand to. */
export const MAX_BRACE_EXPANSIONS = 256;

/** Why a pattern is not accepted, written for the person who wrote it; undefined when it is fine. */
export function globProblem(pattern: string): string | undefined {
  if (/[?*+@!]\(/.test(pattern)) return 'extglob patterns such as `@(a|b)` or `+(a)` are not supported; write the alternatives as `{a,b}`';
  if (pattern.includes('[[:')) return 'POSIX classes such as `[[:alpha:]]` are not supported; write the characters, for example `[a-z]`';
  if (/\{[^{}]*\.\.[^{}]*\}/.test(pattern)) return 'ranges such as `{1..3}` are not supported; list the values, for example `{1,2,3}`';
  if (expandBraces(pattern).length > MAX_BRACE_EXPANSIONS) return `its braces expand to more than ${MAX_BRACE_EXPANSIONS} alternatives`;
  return undefined;
}

/** `{a,b}` alternatives expanded (nested too); a brace with no comma at its level is literal. Stops past the cap. */
function expandBraces(p: string): string[] {
  // Find the first top-level brace group that has a comma.
  let depth = 0;
  let open = -1;
  const commas: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) {
        open = i;
        commas.length = 0;
      }
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        if (commas.length > 0) {
          const head = p.slice(0, open);
          const tail = p.slice(i + 1);
          const bounds = [open, ...commas, i];
          const out: string[] = [];
          for (let k = 0; k + 1 < bounds.length; k++) {
            const alt = p.slice((bounds[k] ?? 0) + 1, bounds[k + 1]);
            for (const e of expandBraces(head + alt + tail)) {
              out.push(e);
              if (out.length > MAX_BRACE_EXPANSIONS) return out;
            }
          }
          return out;
        }
        open = -1;
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return [p];
}

function parseSegment(s: string): Segment {
  if (s === '**') return 'globstar';
  const out: Token[] = [];
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (c === '\\' && i + 1 < chars.length) {
      out.push({ t: 'lit', c: chars[++i] ?? '' });
    } else if (c === '*') {
      if (out.at(-1)?.t !== 'star') out.push({ t: 'star' }); // a run of stars is one star
    } else if (c === '?') out.push({ t: 'any' });
    else if (c === '[') {
      // A class runs to the next `]` that is not its first character; without one, `[` is literal.
      let j = i + 1;
      const neg = chars[j] === '!' || chars[j] === '^';
      if (neg) j++;
      const first = j;
      while (j < chars.length && (chars[j] !== ']' || j === first)) j++;
      if (j >= chars.length) {
        out.push({ t: 'lit', c });
        continue;
      }
      const body = chars.slice(first, j);
      const set: string[] = [];
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        let a = body[k] ?? '';
        if (a === '\\' && k + 1 < body.length) a = body[++k] ?? '';
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([a, body[k + 2] ?? '']);
          k += 2;
        } else set.push(a);
      }
      out.push({ t: 'class', neg, set, ranges });
      i = j;
    } else out.push({ t: 'lit', c });
  }
  return out;
}

function tokenMatches(t: Token, c: string): boolean {
  switch (t.t) {
    case 'lit':
      return t.c === c;
    case 'any':
      return true;
    case 'class': {
      const inside = t.set.includes(c) || t.ranges.some(([a, b]) => c >= a && c <= b);
      return inside !== t.neg;
    }
    default:
      return false;
  }
}

/** One segment against one path segment: greedy, back to the last star on a mismatch (never exponential). */
function segmentMatches(tokens: Token[], name: string): boolean {
  if (name === '') return tokens.length === 0;
  // `.` and `..` are matched only by themselves, never by a wildcard (as in picomatch, dot files or not).
  if (name === '.' || name === '..') return tokens.length === name.length && tokens.every((t) => t.t === 'lit' && t.c === '.');
  const s = Array.from(name);
  let ti = 0;
  let si = 0;
  let starT = -1;
  let starS = 0;
  while (si < s.length) {
    const t = tokens[ti];
    if (t !== undefined && t.t === 'star') {
      starT = ti++;
      starS = si;
    } else if (t !== undefined && tokenMatches(t, s[si] ?? '')) {
      ti++;
      si++;
    } else if (starT >= 0) {
      ti = starT + 1;
      si = ++starS;
    } else return false;
  }
  while (tokens[ti]?.t === 'star') ti++;
  return ti === tokens.length;
}

interface Compiled {
  negated: boolean;
  alternatives: Segment[][];
}

function compile(pattern: string): Compiled {
  let p = pattern;
  let negated = false;
  while (p.startsWith('!') && !p.startsWith('!(')) {
    negated = !negated;
    p = p.slice(1);
  }
  p = p.replace(/^(?:\.\/)+/, '');
  const alternatives = expandBraces(p)
    .slice(0, MAX_BRACE_EXPANSIONS)
    .map((alt) => {
      const segs = alt.split('/').map(parseSegment);
      // `a/**/**/b` is `a/**/b`; a trailing slash matches the folder itself.
      return segs.filter((s, i) => !(s === 'globstar' && segs[i - 1] === 'globstar'));
    });
  return { negated, alternatives };
}

/** Pattern segments against path segments: the set of pattern positions reachable after each path segment. */
function pathMatches(pat: Segment[], parts: string[]): boolean {
  let states = new Uint8Array(pat.length + 1);
  const close = (st: Uint8Array): void => {
    for (let i = 0; i < pat.length; i++) if (st[i] && pat[i] === 'globstar') st[i + 1] = 1; // `**` may match no segment
  };
  states[0] = 1;
  close(states);
  for (const part of parts) {
    const next = new Uint8Array(pat.length + 1);
    let any = false;
    for (let i = 0; i < pat.length; i++) {
      if (!states[i]) continue;
      const seg = pat[i];
      if (seg === 'globstar') {
        if (part === '.' || part === '..') continue;
        next[i] = 1;
        any = true;
      } else if (seg !== undefined && segmentMatches(seg, part)) {
        next[i + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    close(next);
    states = next;
  }
  return states[pat.length] === 1;
}

/** A matcher for a list of globs (true when any matches); patterns with a `globProblem` never match. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const compiled = globs.filter((g) => globProblem(g) === undefined).map(compile);
  return (path: string): boolean => {
    const parts = path.split('/');
    return compiled.some((c) => c.alternatives.some((alt) => pathMatches(alt, parts)) !== c.negated);
  };
}
