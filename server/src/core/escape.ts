// Escaping for everything the product writes out from a user's text: Markdown table cells and inline text
// (the coverage exports), HTML (the webview), and plain text for a terminal (the CLI). A story's title comes
// from someone's repository, so it may hold HTML, Markdown syntax, pipes, backslashes, line breaks or terminal
// control codes; each function returns text that shows exactly those characters and nothing more.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/** Every kind of line break (CRLF, a lone CR, LF, and the Unicode line and paragraph separators). */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/**
 * Text shown literally inside Markdown (a paragraph or a list), on one line: HTML is written as entities, and
 * the characters that start Markdown syntax (emphasis, links and images, code, strikethrough, headings, lists,
 * quotes) are backslash-escaped, so a title cannot add markup, an image that loads a remote address, or a new block.
 */
export function markdownInline(text: string): string {
  return text
    .replace(LINE_BREAK, ' ')
    .replace(/[\\`*_[\]~!#|]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML[c] ?? c)
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2');
}

/**
 * Text shown literally in one cell of a Markdown table: as `markdownInline`, and a pipe never ends the cell
 * (`a\|b` in a title stays `a\|b`, and a lone CR cannot split the row).
 */
export function markdownTableCell(text: string): string {
  return markdownInline(text).trim();
}

/**
 * Text safe to print to a terminal: control characters (escape sequences, a carriage return that rewrites the
 * line, bells) and the invisible bidirectional overrides are shown as `\xNN` / `\u{NNNN}` instead of acting.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
  });
}
