// Rhetorical frames read from the parse: the speaker leaves the listener to fill in what happened ("You can guess how
// that went", "I'll let you guess how the deadline went", "Guess who spent Monday on the phone", "Three guesses why",
// "The rest you can imagine"). The frame says nothing by itself; a rule reads what it is told beside.
import type { Sentence } from './types';

/** Words that open a sentence without being its content: "And guess who…", "So who had tested it?", "Well, you can imagine". */
const DISCOURSE_OPENER = /^(and|so|but|now|then|just|well|oh)$/;

/** The first token of a sentence after its discourse openers (and, when `punct`, its punctuation) from `from` on. */
export function pastOpeners(t: Sentence['tokens'], from = 0, punct = true): number {
  let k = from;
  while (k < t.length && ((punct && t[k].pos === 'PUNCT') || DISCOURSE_OPENER.test(t[k].lower))) k++;
  return k;
}

/** Words that leave the listener to infer. */
const INFER = /^(guess|imagine|picture)$/;
/** The words that open what the listener is left to infer. */
const WH = /^(how|who|whose|which|what|why|where)$/;
/** Verbs an outcome is told with after "how": "how that went", "how it turned out", "how the launch ended". */
const OUTCOME = /^(go|goes|went|gone|turned|turn|ended|end|ends|played|landed|worked|panned)$/;
/** Words before "you" that make the clause a general condition, not an invitation: "before you guess", "where you'd guess". */
const SUBORDINATE = /^(before|where|when|until|unless|if|than|what|so|whatever|nobody|no|without|having)$/;

export interface LeftToGuess {
  /** Token index of the verb or noun that invites the guess. */
  at: number;
  /** What is left to infer: an outcome ("how it went"), a person ("who ...", "whose ..."), a cause ("why"), or the rest. */
  asks: 'outcome' | 'who' | 'why' | 'rest' | 'other';
}

/**
 * The sentence leaves the listener to infer what happened: "guess"/"imagine" said to the listener (an imperative
 * opening the sentence, "you can guess", "let you guess", "leave you to guess", "three guesses") with what is to be
 * inferred after it (a wh-word) or before it ("the rest you can imagine"). Not "I guess" (a hedge of the speaker's), not
 * a guess in general ("before you guess", "a guess"), not a quotation, and not a bare "You can guess." with nothing to infer.
 */
export function leftToGuess(s: Sentence): LeftToGuess | undefined {
  const t = s.tokens;
  const first = pastOpeners(t);
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.quoted || x.negated) continue;
    let invites = false;
    if (INFER.test(x.lower)) {
      // an imperative opening the sentence, or said to "you": "you can guess", "you'll never guess", "let you guess",
      // "leave you to guess"
      const you = t.slice(Math.max(0, i - 4), i).findIndex((y) => y.lower === 'you');
      const youAt = you < 0 ? -1 : Math.max(0, i - 4) + you;
      const subordinate = youAt > 0 && SUBORDINATE.test(t[youAt - 1].lower);
      invites = i === first || (youAt >= 0 && !subordinate && !t.slice(youAt + 1, i).some((y) => y.pos === 'NOUN' || y.pos === 'PUNCT'));
    } else if (x.lower === 'guesses' && i === first + 1 && (t[first].pos === 'NUM' || /^(two|three|five)$/.test(t[first].lower))) {
      invites = true; // "Three guesses why"
    }
    if (!invites) continue;
    // what is to be inferred: a wh-word after the verb, or "the rest" before it
    const after = t[i + 1]?.lower ?? '';
    const rest = t.slice(Math.max(0, i - 5), i).some((y, k, a) => y.lower === 'rest' && a[k - 1]?.lower === 'the');
    if (rest) return { at: i, asks: 'rest' };
    if (!WH.test(after)) continue;
    if (after === 'how') {
      // "how that went", "how the deadline went", "how it turned out": an outcome left untold
      const outcome = t.slice(i + 2, i + 7).some((y) => OUTCOME.test(y.lower) && y.pos !== 'NOUN');
      return { at: i, asks: outcome ? 'outcome' : 'other' };
    }
    if (after === 'who' || after === 'whose' || after === 'which') return { at: i, asks: 'who' };
    if (after === 'why') return { at: i, asks: 'why' };
    return { at: i, asks: 'other' };
  }
  return undefined;
}
