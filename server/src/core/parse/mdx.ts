// MDX syntax that is no text of the writer's: ESM statements at the top level (`import Tabs from '@theme/Tabs';`,
// `export const meta = {…}`) and JSX comments (`{/* draft */}`). A Markdown reader takes them for paragraphs, so their
// words would be read as the answer's. Before parsing they are blanked: every character but a line break becomes a
// space, so every offset stays where it was written. One pass over the text, and only when it holds one of them.

/** `import X from "y";`, `import { A, B } from 'y'`, `import 'y';`, a one-line `export …`. */
const ESM_LINE = /^(?:import[ \t]+(?:[\w$*{}, \t]+[ \t]+from[ \t]+)?["'][^"'\n]{1,300}["'];?|export[ \t]+(?:const|let|var|function|default|async|\{)[^\n]{0,2000}?)[ \t]*$/u;
/** An export whose value opens a brace or bracket left open on its line: it runs to the line that closes it. */
const OPEN_EXPORT = /^export[ \t]+(?:const|let|var|default)[^\n]*[{[(][ \t]*$/u;
const CLOSE_EXPORT = /^[}\])][;)\]}]*[ \t]*$/u;
/** Lines an open export is read over, at most. */
const MAX_EXPORT_LINES = 60;
/** A JSX comment, `{/* … *\/}`, within a few lines. */
const JSX_COMMENT = /\{\/\*[^]{0,2000}?\*\/\}/gu;

const blank = (s: string): string => s.replace(/[^\n\r]/gu, ' ');

/** The text with its MDX statements and comments blanked (see the top of this file); the same string when it has none. */
export function blankMdx(text: string): string {
  const esm = /^(?:import|export)[ \t]/mu.test(text);
  const comments = text.includes('{/*');
  if (!esm && !comments) return text;
  // Only in a Markdown document (front matter or a heading of its own): a program's source saved as Markdown (a page's
  // component, an array of questions and answers) is read as the text it is, its exports holding its answers.
  if (!/^---\r?\n/u.test(text) && !/^ {0,3}#{1,6}[ \t]+\S/mu.test(text)) return text;
  let out = text;
  if (esm) {
    const lines = out.split('\n');
    let fence: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].replace(/\r$/u, '');
      const f = /^ {0,3}(`{3,}|~{3,})/u.exec(line);
      if (fence !== undefined) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
        continue;
      }
      if (f) {
        fence = f[1];
        continue;
      }
      const open = OPEN_EXPORT.test(line);
      if (!open && !ESM_LINE.test(line)) continue;
      if (open) {
        let j = i + 1;
        while (j < lines.length && j - i <= MAX_EXPORT_LINES && !CLOSE_EXPORT.test(lines[j].replace(/\r$/u, ''))) j++;
        if (j < lines.length && j - i <= MAX_EXPORT_LINES) {
          for (let k = i; k <= j; k++) lines[k] = blank(lines[k]);
          i = j;
          continue;
        }
        if (!ESM_LINE.test(line)) continue;
      }
      lines[i] = blank(lines[i]);
    }
    out = lines.join('\n');
  }
  if (comments) out = out.replace(JSX_COMMENT, blank);
  return out;
}
