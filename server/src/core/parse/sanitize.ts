// Defuses input that makes the Markdown parser slow before parsing it. The parser slows down sharply (worse
// than quadratic) on thousands of nested list items or block quotes, and on long runs of `*` or `_`; past a
// depth or length no story needs, the characters are replaced by spaces, so every offset stays valid.

/** Deepest container nesting (list items and block quotes together) that is parsed as such. */
export const MAX_NESTING = 24;
/**
 * Indentation (in columns) past which a list marker or `>` no longer opens a container: 20 levels of a list indented
 * by two spaces. No Markdown file we have (2,085: eval/, test/fixtures, examples, docs, the shared corpus) has a
 * marker past 8 columns but one; at 100 columns a 1 MB ladder of nested items took the parser 6–7 s (every line
 * re-enters each of up to 50 open lists), at 40 about 2.5 s.
 */
export const MAX_INDENT = 40;

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
  let afterComment = false;
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
    // An HTML comment that ends on its line (`<!-- storybank-disable blame -->`) is a block of its own: it interrupts
    // the paragraph before it, holds no inline markup, and the block structure starts again after it.
    const comment = !blank && indent <= 3 && c === 60 && oneLineComment(text, j);
    if (comment || afterComment) starts = true;
    afterComment = comment;
    if (starts) {
      runs = 0;
      brackets = 0;
      openers = 0;
      markers = 0;
    }
    if (comment) while (j < n && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
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
  return fillRanges(text, blanked, ' ');
}

/**
 * Most characters the parser's code-span search may scan, in the whole text, from backtick runs that open nothing,
 * beyond the text's length. A run opens a code span only if a run of the same length follows in its paragraph, and
 * the parser looks for that run up to the paragraph's end from every run that could open one: a long paragraph of
 * runs that close nothing takes quadratic time (up to MAX_TEXT_MARKERS scans of the whole paragraph, each a second
 * per megabyte). Such a run is literal text; past this budget each of its backticks becomes `$`, which changes no
 * code span (and, being punctuation too, no emphasis around it; spaces could indent a line into a code block).
 * (Paragraphs are found as the other caps find them, without the parser: in odd block structure, such as a list
 * item's lazy line, a run may be taken for one that opens nothing.) Runs
 * that open nothing in one paragraph have different lengths (two of one length would pair up), so text that uses
 * one length of run (`code`, or ` for an apostrophe) never reaches it.
 */
export const CODE_SCAN_SLACK = 20_000;

/** Where a line's content starts (past spaces and `>`), its indent there, and how many `>` it has. */
function lineContent(text: string, i: number): { j: number; indent: number; quotes: number } {
  let j = i;
  let indent = 0;
  let quotes = 0;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 32) indent++;
    else if (c === 9) indent += 4 - (indent % 4);
    else if (c === 62 /* > */) {
      indent = 0;
      quotes++;
    } else break;
    j++;
  }
  return { j, indent, quotes };
}

/**
 * Whether a line whose content starts at j (indent columns in) surely ends the paragraph before it: a blank line,
 * an ATX heading, a code fence, a thematic break, or a bullet or `1.` item with text.
 */
function breaksParagraph(text: string, j: number, indent: number): boolean {
  const n = text.length;
  const c = text.charCodeAt(j);
  if (j >= n || c === 10 || c === 13) return true;
  if (indent > 3) return false;
  const textAfter = (k: number): boolean => {
    const d = text.charCodeAt(k);
    if (d !== 32 && d !== 9) return false;
    for (; k < n; k++) {
      const e = text.charCodeAt(k);
      if (e === 10 || e === 13) return false;
      if (e !== 32 && e !== 9) return true;
    }
    return false;
  };
  if (c === 35 /* # */) {
    let k = j;
    while (k < n && text.charCodeAt(k) === 35 && k - j < 7) k++;
    const d = text.charCodeAt(k);
    return k - j <= 6 && (k >= n || d === 32 || d === 9 || d === 10 || d === 13);
  }
  if (isFence(text, j)) return true;
  if (c === 45 || c === 42 || c === 95) {
    // a thematic break: three or more of one of - * _, spaces between
    let count = 0;
    let k = j;
    for (; k < n; k++) {
      const e = text.charCodeAt(k);
      if (e === c) count++;
      else if (e !== 32 && e !== 9) break;
    }
    if (count >= 3 && (k >= n || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) return true;
  }
  if (c === 45 || c === 43 || c === 42) return textAfter(j + 1);
  if (c === 49 /* 1 */) return (text.charCodeAt(j + 1) === 46 || text.charCodeAt(j + 1) === 41) && textAfter(j + 2);
  return false;
}

/**
 * Whether an HTML comment that the parser ends on its line starts at j: `<!--`, then `-->` before the line ends (its
 * dashes may be the opening's: `<!-->` is a whole comment to the parser).
 */
function oneLineComment(text: string, j: number): boolean {
  if (!text.startsWith('<!--', j)) return false;
  for (let k = j + 2; k + 2 < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return false;
    if (c === 45 && text.charCodeAt(k + 1) === 45 && text.charCodeAt(k + 2) === 62) return true;
  }
  return false;
}

/** Whether a code fence starts at j: three or more backticks or tildes (a backtick fence has no backtick after). */
function isFence(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if ((c !== 96 && c !== 126) || text.charCodeAt(j + 1) !== c || text.charCodeAt(j + 2) !== c) return false;
  if (c === 126) return true;
  let k = j + 3;
  while (k < text.length && text.charCodeAt(k) === 96) k++;
  for (; k < text.length; k++) {
    const e = text.charCodeAt(k);
    if (e === 10 || e === 13) return true;
    if (e === 96) return false;
  }
  return true;
}

/**
 * The paragraphs the scan caps look at, as [start, end) pairs: lines between the places where the parser surely
 * starts a new block (see breaksParagraph), an ATX heading on its own, code fence lines left out. Found without
 * the parser, so a paragraph here may hold several of the parser's (never part of one, in the usual shapes).
 */
function proseParagraphs(text: string): number[] {
  const n = text.length;
  const out: number[] = [];
  let from = -1;
  const close = (end: number): void => {
    if (from >= 0 && end > from) out.push(from, end);
    from = -1;
  };
  let quotes = 0;
  let i = 0;
  while (i < n) {
    const line = lineContent(text, i);
    const start = line.j;
    if (breaksParagraph(text, start, line.indent) || line.quotes > quotes) close(i);
    quotes = line.quotes;
    const fence = line.indent <= 3 && isFence(text, start);
    const heading = line.indent <= 3 && text.charCodeAt(start) === 35 && breaksParagraph(text, start, line.indent);
    let j = start;
    while (j < n && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
    if (!fence && from < 0 && j > start) from = i;
    if (j < n) {
      if (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) j++;
      j++;
    }
    if (fence || heading) close(fence ? i : j);
    i = j;
  }
  close(n);
  return out;
}

/**
 * Replaces the [start, end) ranges of `text` (given flat as start, end, start, end …, sorted, not overlapping) by as
 * many `mark` characters, so every offset after them stays where it was.
 */
function fillRanges(text: string, ranges: readonly number[], mark: string): string {
  if (ranges.length === 0) return text;
  const out: string[] = [];
  let last = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    const from = ranges[k] ?? 0;
    const to = ranges[k + 1] ?? from;
    out.push(text.slice(last, from), mark.repeat(to - from));
    last = to;
  }
  out.push(text.slice(last));
  return out.join('');
}

/**
 * Replaces the backtick runs that open no code span, once their scans pass the text's length plus `slack`, by
 * `$` (same length, offsets unchanged). It follows the parser: from each run that can open a span (a backslash
 * before it takes one backtick), the span closes at the next run of the same length; if there is none, the run
 * is text.
 */
export function capCodeSpanScans(text: string, slack = CODE_SCAN_SLACK): string {
  if (!text.includes('`')) return text;
  const budget = text.length + slack;
  let spent = 0;
  const replaced: number[] = [];
  const paragraphs = proseParagraphs(text);
  for (let p = 0; p < paragraphs.length; p += 2) {
    const from = paragraphs[p] ?? 0;
    const end = paragraphs[p + 1] ?? from;
    // The paragraph's runs, three numbers each: start, length, and the length it opens with.
    const runs: number[] = [];
    for (let j = text.indexOf('`', from); j >= 0 && j < end; j = text.indexOf('`', j)) {
      const at = j;
      while (j < end && text.charCodeAt(j) === 96) j++;
      let slashes = 0;
      while (at - slashes - 1 >= from && text.charCodeAt(at - slashes - 1) === 92) slashes++;
      runs.push(at, j - at, j - at - (slashes % 2));
    }
    const count = runs.length / 3;
    if (count === 0) continue;
    // For each run, the next run whose length is the one it opens with.
    const closer = new Int32Array(count).fill(-1);
    const nearest = new Map<number, number>();
    for (let k = count - 1; k >= 0; k--) {
      const opens = runs[3 * k + 2] ?? 0;
      if (opens > 0) closer[k] = nearest.get(opens) ?? -1;
      nearest.set(runs[3 * k + 1] ?? 0, k);
    }
    for (let k = 0; k < count; ) {
      if ((runs[3 * k + 2] ?? 0) === 0) {
        k++;
      } else if ((closer[k] ?? -1) >= 0) {
        k = (closer[k] ?? 0) + 1; // a code span: the runs inside it are its text
      } else {
        const at = runs[3 * k] ?? 0;
        const after = at + (runs[3 * k + 1] ?? 0);
        const cost = end - after;
        if (spent + cost > budget) replaced.push(at, after);
        else spent += cost;
        k++;
      }
    }
  }
  return fillRanges(text, replaced, '$');
}

/**
 * Replaces the `<` that open no inline HTML, once their scans pass the text's length plus `slack`, by `$` (same
 * length, offsets unchanged). Inline HTML ends at a `>`: a comment at `-->`, an instruction at `?>`, CDATA at
 * `]]>`, a declaration, a tag or an autolink at the next `>`; the parser reads from a `<` with none of that after it
 * up to the paragraph's end (an unclosed `<!--` or quoted attribute) before it gives up, and then from the next
 * `<`. Such a `<` is literal text. A `<` that starts a line is left alone (it may start an HTML block).
 */
export function capHtmlScans(text: string, slack = CODE_SCAN_SLACK): string {
  if (!text.includes('<')) return text;
  const budget = text.length + slack;
  let spent = 0;
  const replaced: number[] = [];
  const paragraphs = proseParagraphs(text);
  for (let p = 0; p < paragraphs.length; p += 2) {
    const from = paragraphs[p] ?? 0;
    const end = paragraphs[p + 1] ?? from;
    const first = text.indexOf('<', from);
    if (first < 0 || first >= end) continue;
    // Where the last `>` of each ending is, by one scan of the paragraph from its first `<`.
    let gt = -1;
    let comment = -1;
    let instruction = -1;
    let cdata = -1;
    for (let j = text.indexOf('>', first); j >= 0 && j < end; j = text.indexOf('>', j + 1)) {
      gt = j;
      const b = text.charCodeAt(j - 1);
      if (b === 45 && text.charCodeAt(j - 2) === 45) comment = j;
      else if (b === 63) instruction = j;
      else if (b === 93 && text.charCodeAt(j - 2) === 93) cdata = j;
    }
    for (let j = first; j >= 0 && j < end; j = text.indexOf('<', j + 1)) {
      if (startsLine(text, j, from)) continue;
      const c = text.charCodeAt(j + 1);
      let closes: boolean;
      if (c === 33 /* ! */) {
        if (text.startsWith('--', j + 2)) closes = comment >= j + 4;
        else if (text.startsWith('[CDATA[', j + 2)) closes = cdata >= j + 11;
        else if (isAsciiLetter(text.charCodeAt(j + 2))) closes = gt > j + 2;
        else continue; // not HTML: text at once
      } else if (c === 63 /* ? */) closes = instruction >= j + 2;
      else if (isAsciiLetter(c) || c === 47 /* / */) closes = gt > j + 1;
      else continue; // `< ` or `<1`: text at once
      if (closes) continue;
      const cost = end - j;
      if (spent + cost > budget) replaced.push(j, j + 1);
      else spent += cost;
    }
  }
  return fillRanges(text, replaced, '$');
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether only spaces and `>` come before offset j on its line (`from` is a line start). */
function startsLine(text: string, j: number, from: number): boolean {
  let k = j;
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 62) return false;
  }
  return true;
}

/** Every cap: what the Markdown parser is given instead of the raw text. */
export function sanitizeForParse(text: string): string {
  return capHtmlScans(capCodeSpanScans(capInlineMarkers(capDelimiterRuns(capNesting(text)))));
}
