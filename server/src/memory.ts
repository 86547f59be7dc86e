// Collects the garbage of a whole-bank index. Indexing a bank of 1,000 stories leaves the heap holding the garbage
// of every analysis (parse trees, the tagger's readings), and V8 does not collect it while the server sits idle:
// on bench/server.ts's bank, 109 MB of heap in use right after the index, 51 MB after one full collection (what
// the server keeps: the analyses, the tagger's model, the code). Resident memory stays where the index took it
// (about 210 MB): V8 keeps the pages it has committed. Node runs the server without `--expose-gc` (the client, or
// an editor's launch line, decides the flags), so the collector is reached the documented V8 way: the flag is set
// at run time and a fresh context, which sees it, hands out `gc`.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** Runs one full garbage collection; false when this Node does not allow it (then nothing happens). */
export function collectGarbage(): boolean {
  if (collect === undefined) {
    try {
      const existing = (globalThis as { gc?: unknown }).gc;
      if (typeof existing === 'function') collect = existing as () => void;
      else {
        setFlagsFromString('--expose-gc');
        const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
        collect = typeof gc === 'function' ? (gc as () => void) : null;
      }
    } catch {
      collect = null;
    }
  }
  if (!collect) return false;
  collect();
  return true;
}
