// What the scripts that write a knowledge file from Intl share (scripts/month-names.ts, scripts/language-names.ts):
// a list of names as TypeScript string items wrapped to the project's line width, and writing the file or, with
// --check, failing when the file on disk differs from what the script would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');

/** The path of a file under server/src/core/knowledge. */
export function knowledgeFile(name: string): string {
  return join(ROOT, 'server', 'src', 'core', 'knowledge', name);
}

/** Names as quoted items, `'a', 'b',`, two spaces in, each line at most 118 characters. */
export function wrapNames(names: readonly string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const n of names) {
    const item = ` '${n}',`;
    if (line.length + item.length > 118) {
      lines.push(line);
      line = ' ';
    }
    line += item;
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * Writes `text` to `out`, or with --check on the command line exits with a message when `out` holds something else
 * (the generated file was edited by hand, or the runtime's Intl data changed).
 */
export function writeOrCheck(out: string, text: string, script: string): void {
  if (!process.argv.includes('--check')) {
    writeFileSync(out, text);
    return;
  }
  if (readFileSync(out, 'utf8') !== text) {
    console.error(`${relative(ROOT, out)} differs from what Intl gives; run node --import tsx scripts/${script}`);
    process.exit(1);
  }
}
