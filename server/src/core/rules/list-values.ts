// Reads a front matter key that holds a list of ids (themes, companies), item by item with ranges.
import type { ParsedFile, Range } from '../types';

export interface ListValue {
  value: string | number | boolean;
  range: Range;
}

/** Scalar values of a list key (or a single scalar written without brackets); other shapes are skipped. */
export function listValues(file: ParsedFile, key: string): ListValue[] {
  const entry = file.frontMatter?.entries.find((e) => e.key === key);
  if (!entry) return [];
  const isScalar = (v: unknown): v is string | number | boolean =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (Array.isArray(entry.value)) {
    return (entry.items ?? []).filter((i) => isScalar(i.value)).map((i) => ({ value: i.value as string | number | boolean, range: i.range }));
  }
  if (typeof entry.value === 'string' && entry.value.trim() !== '') return [{ value: entry.value, range: entry.valueRange }];
  return [];
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The known id closest to what was written, when it is plausibly a typo or a different spelling. */
export function closest(written: string, known: readonly string[]): string | undefined {
  const w = written.trim().toLowerCase().replace(/[\s_]+/g, '-').slice(0, 60);
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    if (k === w || (w.length >= 3 && (k.startsWith(w) || w.startsWith(k)))) return k;
    const d = distance(w, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 4)) ? best : undefined;
}
