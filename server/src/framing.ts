// A guard in front of the JSON-RPC reader on a byte stream (stdio). vscode-jsonrpc stops reading for good when a
// header block has no usable Content-Length: it reports the error once and then treats every later message as
// part of the broken one, so the server stays alive and never answers again. This stream checks each header block
// itself, passes well-framed messages through unchanged, and on a bad one reports what is wrong and skips ahead to
// the next `Content-Length:` header, so the messages that follow are answered.
import { Transform, type TransformCallback } from 'node:stream';

const TERMINATOR = Buffer.from('\r\n\r\n', 'ascii');
/** A header block longer than this is not a header block. */
const MAX_HEADER_BYTES = 8 * 1024;
/** A message longer than this is refused (and skipped) rather than buffered. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
const CONTENT_LENGTH = /content-length[ \t]*:/i;

type Header = { ok: true; length: number } | { ok: false; reason: string };

function parseHeader(block: string): Header {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return { ok: false, reason: 'a header line is not "Name: value"' };
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (!/^\d+$/.test(value)) return { ok: false, reason: 'its Content-Length is not a whole number of bytes' };
      length = Number(value);
      if (length > MAX_MESSAGE_BYTES) return { ok: false, reason: `its Content-Length is over ${MAX_MESSAGE_BYTES} bytes` };
    }
  }
  if (length === undefined) return { ok: false, reason: 'it has no Content-Length header' };
  return { ok: true, length };
}

/**
 * Passes LSP base-protocol messages through; calls `onError` with a sentence for each header block it has to skip.
 * The skipped bytes are never quoted (they may be anything).
 */
export class FrameGuard extends Transform {
  private buf: Buffer = Buffer.alloc(0);
  /** Bytes of the current message's body still to pass through; -1 while reading a header. */
  private bodyLeft = -1;
  /** After a bad header: skipping to the next `Content-Length:`. */
  private resyncing = false;

  constructor(private readonly onError: (message: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    try {
      this.drain();
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  private drain(): void {
    for (;;) {
      if (this.bodyLeft >= 0) {
        if (this.buf.length === 0) return;
        const n = Math.min(this.bodyLeft, this.buf.length);
        this.push(this.buf.subarray(0, n));
        this.buf = this.buf.subarray(n);
        this.bodyLeft -= n;
        if (this.bodyLeft > 0) return;
        this.bodyLeft = -1;
        continue;
      }
      if (this.resyncing) {
        // Look for the next header start; keep a tail in case it is split over two chunks.
        const text = this.buf.toString('latin1');
        const at = text.search(CONTENT_LENGTH);
        if (at < 0) {
          this.buf = this.buf.subarray(Math.max(0, this.buf.length - 16));
          return;
        }
        this.buf = this.buf.subarray(at);
        this.resyncing = false;
      }
      const end = this.buf.indexOf(TERMINATOR);
      if (end < 0) {
        if (this.buf.length > MAX_HEADER_BYTES) this.skip(`a header block runs past ${MAX_HEADER_BYTES} bytes without the blank line that ends it`);
        else return;
        continue;
      }
      const block = this.buf.subarray(0, end).toString('latin1');
      const header = parseHeader(block);
      if (!header.ok) {
        this.skip(header.reason);
        continue;
      }
      this.push(Buffer.from(`Content-Length: ${header.length}\r\n\r\n`, 'ascii'));
      this.buf = this.buf.subarray(end + TERMINATOR.length);
      this.bodyLeft = header.length;
      if (this.bodyLeft === 0) this.bodyLeft = -1;
    }
  }

  /** Reports a bad header and skips to the next `Content-Length:` after its first byte. */
  private skip(reason: string): void {
    this.onError(`Story Bank's language server received a message it cannot read (${reason}) and skipped it. The editor or client sent a malformed JSON-RPC header; the messages that follow are answered.`);
    this.buf = this.buf.subarray(1);
    this.resyncing = true;
  }
}
