// Helpers for the copy guard: the reference chapter's facts may be used, its prose may not.
// The chapter lives outside the repository (../shared/reference/ beside the working tree); tests that need
// it skip when it is absent, e.g. on a fresh clone in CI.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const CANDIDATES = [
  process.env.STORYBANK_REFERENCE_CHAPTER,
  resolve(__dirname, '../../../../shared/reference/behavioral-questions-chapter.txt'),
].filter((p): p is string => typeof p === 'string' && p.length > 0);

export function chapterText(): string | undefined {
  for (const p of CANDIDATES) if (existsSync(p)) return readFileSync(p, 'utf8');
  return undefined;
}

/** Lowercased words with punctuation and LaTeX dashes removed. */
export function words(text: string): string[] {
  return text
    .replace(/\\text\{---\}/g, ' ')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/** Every run of `n` consecutive words, joined by spaces. */
export function shingles(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/**
 * A checker for runs of `n` words that a text shares with the chapter, ignoring runs that come from `exempt`
 * texts (the question wording, which the product may use as it stands).
 */
export function copyGuard(chapter: string, exempt: readonly string[], n = 8): (text: string) => string[] {
  const fromChapter = shingles(chapter, n);
  for (const e of exempt) for (const s of shingles(e, n)) fromChapter.delete(s);
  return (text) => [...shingles(text, n)].filter((s) => fromChapter.has(s));
}
