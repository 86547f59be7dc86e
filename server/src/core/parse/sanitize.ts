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

/** Most `*`/`_` runs, and most `[`/`]`, kept in one paragraph; the rest become spaces. */
export const MAX_INLINE_MARKERS = 128;

/**
 * Most `<` kept in one paragraph; the rest become spaces. Each may open an HTML comment, declaration, instruction
 * or tag that the parser reads to its end or, when it has none, as far as it can (an unclosed `<!--` to the
 * paragraph's end), then again from the next one: quadratic in a paragraph of unclosed `<!--`.
 */
export const MAX_HTML_OPENERS = 32;

/**
 * Most `!`, `&`, `\` and backtick runs kept in one paragraph; the rest become spaces. Where one of them fails to
 * open what it could (an image, a character reference, an escape, a code span), the parser's text is cut into
 * pieces that it merges again with one array splice per piece over the whole paragraph: quadratic in a paragraph
 * made of thousands of them.
 */
export const MAX_TEXT_MARKERS = 128;

/**
 * Blanks `*`/`_` runs and `[`/`]` past MAX_INLINE_MARKERS in one paragraph, `<` past MAX_HTML_OPENERS, and `!`,
 * `&`, `\` and backtick runs past MAX_TEXT_MARKERS (same length, offsets unchanged).
 * The Markdown parser matches emphasis and link brackets by looking back over the whole paragraph for every
 * closer, so a paragraph made of thousands of them takes quadratic time; a real paragraph has a few dozen.
 * A paragraph here ends at a blank line, a heading, or a bullet or `1.` item indented at most three columns
 * (after any `>`): the places where the parser surely starts a new block. Everything else (a lazy continuation
 * line, a `2.` line, a deep indent) counts as the same paragraph, so no arrangement of lines escapes the cap.
 */
export function capInlineMarkers(text: string): string {
  const n = text.length;
  // Blanked ranges as [start, end) pairs, contiguous ones merged.
  const blanked: number[] = [];
  const blankAt = (at: number): void => {
    if (blanked.length > 0 && blanked[blanked.length - 1] === at) blanked[blanked.length - 1] = at + 1;
    else blanked.push(at, at + 1);
  };
  let runs = 0;
  let brackets = 0;
  let openers = 0;
  let markers = 0;
  let i = 0;
  while (i < n) {
    // Line start: skip block-quote markers and spaces, then see whether a new block surely starts.
    let j = i;
    let indent = 0;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === 32) indent++;
      else if (c === 9) indent += 4 - (indent % 4);
      else if (c === 62 /* > */) indent = 0;
      else break;
      j++;
    }
    const c = text.charCodeAt(j);
    const blank = j >= n || c === 10 || c === 13;
    let starts = blank;
    if (!starts && indent <= 3) {
      if (c === 35 /* # */) {
        let k = j;
        while (k < n && text.charCodeAt(k) === 35 && k - j < 7) k++;
        const d = text.charCodeAt(k);
        starts = k - j <= 6 && (k >= n || d === 32 || d === 9 || d === 10 || d === 13);
      } else if (c === 45 || c === 43 || c === 42) {
        const d = text.charCodeAt(j + 1);
        starts = d === 32 || d === 9;
      } else if (c === 49 /* 1 */) {
        const d = text.charCodeAt(j + 1);
        const e = text.charCodeAt(j + 2);
        starts = (d === 46 || d === 41) && (e === 32 || e === 9);
      }
    }
    if (starts) {
      runs = 0;
      brackets = 0;
      openers = 0;
      markers = 0;
    }
    // The rest of the line.
    let prev = -1;
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (ch === 10 || ch === 13) break;
      if (ch === 42 || ch === 95) {
        if (ch !== prev) runs++;
        if (runs > MAX_INLINE_MARKERS) blankAt(j);
      } else if (ch === 91 || ch === 93) {
        brackets++;
        if (brackets > MAX_INLINE_MARKERS) blankAt(j);
      } else if (ch === 60 /* < */) {
        openers++;
        if (openers > MAX_HTML_OPENERS) blankAt(j);
      } else if (ch === 33 /* ! */ || ch === 38 /* & */ || ch === 92 /* \ */ || (ch === 96 /* ` */ && prev !== 96)) {
        markers++;
        if (markers > MAX_TEXT_MARKERS) blankAt(j);
      } else if (ch === 96 && markers > MAX_TEXT_MARKERS) {
        blankAt(j); // the rest of a blanked backtick run
      }
      prev = ch;
      j++;
    }
    // Past the line break.
    if (j < n) {
      if (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) j++;
      j++;
    }
    i = j;
  }
  if (blanked.length === 0) return text;
  const out: string[] = [];
  let last = 0;
  for (let k = 0; k < blanked.length; k += 2) {
    const from = blanked[k] ?? 0;
    const to = blanked[k + 1] ?? from;
    out.push(text.slice(last, from), ' '.repeat(to - from));
    last = to;
  }
  out.push(text.slice(last));
  return out.join('');
}

/** Every cap: what the Markdown parser is given instead of the raw text. */
export function sanitizeForParse(text: string): string {
  return capInlineMarkers(capDelimiterRuns(capNesting(text)));
}
