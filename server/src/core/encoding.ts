// Decoding a story file's bytes (pure: the caller reads them). UTF-8 is the format; UTF-16 (with a byte order
// mark, or ASCII-heavy text whose every other byte is 0) is decoded too, since some editors on Windows save it.
// Bytes that are not valid UTF-8 become U+FFFD, and `encodingFinding` (analyze.ts) then says so on the file.

export type StoryEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The mark a decoder leaves where bytes could not be read. */
export const REPLACEMENT = '\uFFFD';

function swapped(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/** UTF-16 without a byte order mark: in the first 4 KB, most odd (LE) or even (BE) bytes are 0 and the others not. */
function sniffUtf16(bytes: Uint8Array): StoryEncoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.6 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.6 && oddZero <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * A story file's text from its bytes, and the encoding it was read as. A UTF-8 byte order mark is kept (as
 * U+FEFF, as before); a UTF-16 one is dropped, as editors do. Never throws.
 */
export function decodeStoryBytes(bytes: Uint8Array): { text: string; encoding: StoryEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16le').decode(swapped(bytes.subarray(2))), encoding: 'utf-16be' };
  const sniffed = sniffUtf16(bytes);
  if (sniffed === 'utf-16le') return { text: new TextDecoder('utf-16le').decode(bytes), encoding: sniffed };
  if (sniffed === 'utf-16be') return { text: new TextDecoder('utf-16le').decode(swapped(bytes)), encoding: sniffed };
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
}

/**
 * The message for a text holding U+FFFD (bytes that were not valid UTF-8 when the file was read, by us or the
 * editor), with where the first one is; undefined for a clean text.
 */
export function replacementProblem(text: string): { offset: number; count: number; message: string } | undefined {
  const offset = text.indexOf(REPLACEMENT);
  if (offset < 0) return undefined;
  let count = 0;
  for (let i = offset; i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) count++;
  const where = count === 1 ? 'One character here' : `${count} characters, the first here,`;
  return {
    offset,
    count,
    message:
      `${where} could not be read as UTF-8 and ${count === 1 ? 'shows' : 'show'} as �: the file was probably saved in another encoding ` +
      '(such as Latin-1 or Windows-1252), so accented letters and curly quotes are lost. Reopen it in the encoding it was ' +
      'saved in and save it as UTF-8 (VS Code: click the encoding in the status bar, "Reopen with Encoding", then ' +
      '"Save with Encoding" → UTF-8). The rest of the story is still checked.',
  };
}
