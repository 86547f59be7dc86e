// Defuses input that makes the Markdown parser slow before parsing it. The parser slows down sharply (worse
// than quadratic) on thousands of nested list items or block quotes, and on long runs of `*` or `_`; past a
// depth or length no story needs, the characters are replaced by spaces, so every offset stays valid.

/** Deepest container nesting (list items and block quotes together) that is parsed as such. */
export const MAX_NESTING = 24;
/** Indentation (in columns) past which a list marker or `>` no longer opens a container. */
export const MAX_INDENT = 100;

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** Returns `text` with container markers past MAX_NESTING (or past MAX_INDENT columns) blanked out. */
export function capNesting(text: string): string {
  let out: string[] | undefined;
  let last = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // At a line start.
    let depth = 0;
    let col = 0;
    let j = i;
    for (;;) {
      while (j < n && isSpace(text.charCodeAt(j))) {
        col += text.charCodeAt(j) === 9 ? 4 - (col % 4) : 1;
        j++;
      }
      if (j >= n) break;
      const c = text.charCodeAt(j);
      let len = 0;
      if (c === 62 /* > */) len = 1;
      else if ((c === 45 || c === 42 || c === 43) && (j + 1 >= n || isSpace(text.charCodeAt(j + 1)))) len = 1;
      else if (c >= 48 && c <= 57) {
        let k = j;
        while (k < n && k - j < 9 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
        const d = text.charCodeAt(k);
        if ((d === 46 || d === 41) && (k + 1 >= n || isSpace(text.charCodeAt(k + 1)))) len = k + 1 - j;
      }
      if (len === 0) break;
      depth++;
      if (depth > MAX_NESTING || col > MAX_INDENT) {
        out ??= [];
        out.push(text.slice(last, j), ' '.repeat(len));
        last = j + len;
      }
      j += len;
      col += len;
    }
    // Skip to the next line.
    while (j < n) {
      const c = text.charCodeAt(j);
      j++;
      if (c === 10) break;
      if (c === 13) {
        if (text.charCodeAt(j) === 10) j++;
        break;
      }
    }
    i = j;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** Longest run of `*` or `_` kept as is; the rest of a longer run becomes spaces. */
export const MAX_DELIMITER_RUN = 32;

/** Blanks the tail of very long `*`/`_` runs (same length, offsets unchanged). */
export function capDelimiterRuns(text: string): string {
  if (text.length < MAX_DELIMITER_RUN) return text;
  return text.replace(/\*{33,}|_{33,}/g, (run) => run.slice(0, MAX_DELIMITER_RUN) + ' '.repeat(run.length - MAX_DELIMITER_RUN));
}

/** Both caps: what the Markdown parser is given instead of the raw text. */
export function sanitizeForParse(text: string): string {
  return capDelimiterRuns(capNesting(text));
}
