// V8 runs a regular expression first through its bytecode interpreter (compiling it to bytecode) and compiles it to
// machine code on its next use ("tier-up"), so every pattern used twice is compiled twice. The checker's patterns are
// many and large (case-insensitive Unicode alternations of words in a dozen languages take tens of milliseconds each
// to compile), and a pattern a rule uses is used again on the next sentence: compiling each once, straight to machine
// code, took about 15% off the first pass over the eval corpus's real files and about 9% off `storybank check` of one
// file, and changed nothing once the patterns were compiled (docs/benchmarks.md, round 21). What a pattern matches is
// the same in both tiers. Node only (the web build has no `node:v8`); the flag is process-wide, so worker threads
// started from the same bundle have it too.
import { setFlagsFromString } from 'node:v8';

/** Makes V8 compile each regular expression once, to machine code, on its first use. */
export function compileRegexOnce(): void {
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // (a runtime without the flag: patterns keep the default tiers)
  }
}
