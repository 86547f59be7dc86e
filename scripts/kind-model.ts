// The features and the prediction of the learned answer-kind reader that scripts/train-kind-model.ts trains and
// measures: multinomial logistic regression over what a story is asked by (its title and opening question) and how
// its answer is told (words, word endings, characters of unspaced scripts, tense counts).
import type { AnswerKind } from '../server/src/core/knowledge/types';

export interface KindModel {
  /** The classes, in the order of each weight vector. */
  classes: readonly AnswerKind[];
  bias: readonly number[];
  /** Feature → one weight per class. */
  weights: Readonly<Record<string, readonly number[]>>;
}

/** Runs of the scripts that are written without spaces between words: read by characters and pairs of them. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
/** How much of the answer is read: its opening, where the tense and the person are set. */
const BODY_WORDS = 120;
const BODY_CHARS = 400;

/** The features of a short text, each prefixed: words, word endings (the inflection: "-rei", "-ría", "-겠"), characters of unspaced scripts. */
function textFeatures(text: string, prefix: string, maxWords: number, out: Set<string>): void {
  const t = text.toLowerCase().slice(0, BODY_CHARS * 2);
  let n = 0;
  for (const w of t.replace(UNSPACED, ' ').match(WORD) ?? []) {
    if (++n > maxWords) break;
    out.add(`${prefix}w:${w}`);
    if (w.length >= 5 && !/\d/u.test(w)) out.add(`${prefix}e:${w.slice(-3)}`);
    else if (w.length >= 3 && /\p{Script=Hangul}/u.test(w)) out.add(`${prefix}e:${w.slice(-2)}`);
  }
  for (const run of t.slice(0, BODY_CHARS).match(UNSPACED) ?? []) {
    for (let i = 0; i < run.length; i++) {
      out.add(`${prefix}c:${run[i]}`);
      if (i + 1 < run.length) out.add(`${prefix}c:${run.slice(i, i + 2)}`);
    }
  }
}

/** "I would", "we'll": the first person in the hypothetical or the future; "I did", "we built": in the past. */
const MODAL_I = /\b(?:i|we)(?:'ll|’ll|'d|’d|\s+will|\s+would|\s+should|\s+might)\b(?!\s+(?:like|love|prefer|enjoy)\b)/giu;
const PAST_I = /\b(?:i|we)\s+(?:was|were|did|had|went|made|took|saw|found|got|led|built|wrote|told|gave|said|ran|\w+ed)\b/giu;
const PRESENT_I = /\b(?:i(?:'m|’m|\s+am)|i\s+(?:have|work|lead|build|love|enjoy|specialize|focus|own))\b/giu;

/**
 * The features of a story for the model: what it is asked by (`asked`, its title first) and the opening of its
 * answer (`body`, the answer's prose).
 */
export function kindFeatures(asked: readonly string[], body: string): string[] {
  const out = new Set<string>(['bias']);
  const title = asked[0] ?? '';
  const question = asked.find((l) => /[?？]\W*$/u.test(l)) ?? title;
  for (const l of asked.slice(0, 3)) textFeatures(l, 't', 40, out);
  const first = question.toLowerCase().match(WORD)?.slice(0, 2) ?? [];
  if (first[0]) out.add(`f:${first[0]}`);
  if (first.length === 2) out.add(`f2:${first.join(' ')}`);
  if (asked.some((l) => /[?？]\W*$/u.test(l))) out.add('asks');
  if (!/[?？]/u.test(title) && (title.match(WORD)?.length ?? 0) <= 3) out.add('short-title');
  textFeatures(body, 'b', BODY_WORDS, out);
  const lines = body.split(/\r?\n/u).map((l) => l.trim()).filter((l) => /\p{L}/u.test(l));
  const asks = lines.filter((l) => /[?？][\s*_)"”]*$/u.test(l)).length;
  if (asks >= 3 && asks >= 0.6 * lines.length) out.add('b:question-list');
  else if (asks >= 2) out.add('b:questions');
  const head = body.slice(0, BODY_CHARS * 3);
  const modal = head.match(MODAL_I)?.length ?? 0;
  const past = head.match(PAST_I)?.length ?? 0;
  const present = head.match(PRESENT_I)?.length ?? 0;
  if (modal >= 2 && modal > past) out.add('b:modal-over-past');
  if (past >= 2 && past > modal) out.add('b:past-over-modal');
  if (present >= 2 && present > past) out.add('b:present-over-past');
  if (/\d/u.test(head)) out.add('b:number');
  const words = body.match(WORD)?.length ?? 0;
  out.add(words < 40 ? 'b:short' : words < 150 ? 'b:medium' : 'b:long');
  return [...out];
}

/** The probability of each class for these features. */
export function kindProbabilities(model: KindModel, features: readonly string[]): number[] {
  const z = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let k = 0; k < z.length; k++) z[k] += w[k];
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The most likely kind and its probability. */
export function predictKind(model: KindModel, features: readonly string[]): { kind: AnswerKind; p: number } {
  const p = kindProbabilities(model, features);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
  return { kind: model.classes[best], p: p[best] };
}
