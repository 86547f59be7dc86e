// Small questions the rules ask of a sentence: who a phrase names, where a clause's words are, whether the
// speaker takes a share of what went wrong.
import { actorOf, gluedHyphen } from './analyze';
import { ADDRESSED_NOUNS, AGENT_ACTS, ANSWERING_VERBS, FIRST_POSSESSIVE, FREQUENCY_ADVERBS, NEGATORS, OWED_NOUNS, STRANDED_IDIOMS, CESSATION_VERBS } from './lexicon';
import type { Actor, Clause, Sentence, Token } from './types';

/** Another person or group (not the speaker, not "we", not a thing). */
export function isOther(a: Actor): boolean {
  return a === 'person' || a === 'group';
}

/** The speaker alone or with others. */
export function isSelf(a: Actor): boolean {
  return a === 'I' || a === 'we';
}

/** Whether a token is the speaker's own, asserted word: not quoted, not in a negation's scope. */
export function asserted(t: Token): boolean {
  return !t.quoted && !t.negated;
}

/**
 * The tokens of the candidate's own voice in a sentence, as indices: everything outside someone else's words
 * (a quotation attributed to another person or short and unattributed, "she said ...", "as he put it, '...'",
 * "according to ..."). The speaker's own reported words ("as I told my director, ...") stay in. The red-flag
 * rules about what the candidate says (blame, badmouthing, fake-weakness, filler) read only these. Computed once
 * per sentence, when the language layer reads it (Sentence.spoken).
 */
export function spokenTokens(s: Sentence): readonly number[] {
  return s.spoken;
}

/** The clause of token i when the token is in the candidate's own voice (see spokenTokens); else undefined. */
export function spokenClause(s: Sentence, i: number): Clause | undefined {
  if (s.tokens[i]?.quoted) return undefined;
  const c = clauseAt(s, i);
  return c && !c.quoted ? c : undefined;
}

/** The clause holding token index i. */
export function clauseAt(s: Sentence, i: number): Clause | undefined {
  const cs = s.clauses;
  let lo = 0;
  let hi = cs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cs[mid].to <= i) lo = mid + 1;
    else if (cs[mid].from > i) hi = mid - 1;
    else return cs[mid];
  }
  return undefined;
}

/** Whether a negator stands within `span` tokens before index i in the same clause ("never answered"). */
export function negatedAt(s: Sentence, i: number, span = 4): boolean {
  const c = clauseAt(s, i);
  const from = Math.max(c?.from ?? 0, i - span);
  const to = Math.min(i, s.tokens.length);
  for (let k = from; k < to; k++) if (NEGATORS.has(s.tokens[k].lower) || s.tokens[k].lower === "n't") return true;
  // i may be one past the sentence's last token (a caller asking about the word after a closing verb)
  return s.tokens[i]?.negated ?? false;
}

/**
 * Who the noun phrase starting at token i names (skipping determiners and adjectives up to its head), and where
 * it ends. "the vendor's" names the vendor; "our ticket" names a thing on the speaker's side.
 */
export function phraseAt(s: Sentence, i: number, limit = s.tokens.length): { actor: Actor; ownSide: boolean; end: number } {
  const t = s.tokens;
  let j = i;
  // (a hyphen glued between two words joins them: "the store-ops team", "the back-office group")
  while (j < limit && (/^(DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(t[j].pos) || (j > i && gluedHyphen(t, j)))) {
    // a pronoun after the head starts a new phrase: "a script I wrote" names a script, not "a script and I"
    if (j > i && t[j].pos === 'PRON' && !possessive(t[j].lower)) break;
    j++;
    if (t[j - 1].pos === 'PRON' && !possessive(t[j - 1].lower)) break;
  }
  if (j === i) return { actor: 'none', ownSide: false, end: i };
  const r = actorOf(t, { from: i, to: j });
  return { ...r, end: j };
}

/**
 * The word that starts at token i (dir 1) or ends at it (dir -1), read whole across the glued hyphens the tokenizer
 * splits off ("buy-in", "sign-off", "follow-up" are one word), lower-cased.
 */
export function hyphenatedWord(t: readonly Token[], i: number, dir: 1 | -1 = 1): string {
  const parts = [t[i].lower];
  for (let k = i + dir; gluedHyphen(t, k); k += 2 * dir) parts.push(t[k].lower, t[k + dir].lower);
  return (dir === 1 ? parts : parts.reverse()).join('');
}

/** The owner named by a possessive just before index i: "their fault", "the vendor's fault", "my fault". */
export function possessorBefore(s: Sentence, i: number): Actor | undefined {
  const t = s.tokens;
  let k = i - 1;
  while (k >= 0 && (t[k].pos === 'ADJ' || t[k].pos === 'ADV')) k--; // "their own fault", "entirely their fault"
  const p = t[k];
  if (!p) return undefined;
  if (/^(my|mine)$/.test(p.lower)) return 'I';
  if (/^(our|ours)$/.test(p.lower)) return 'we';
  if (/^(his|her)$/.test(p.lower)) return 'person';
  if (/^(their|theirs)$/.test(p.lower)) return 'group';
  if (p.lower === "'s" || p.lower === '’s' || p.lower === "'") {
    // walk back over the possessor's phrase
    let a = k - 1;
    while (a > 0 && /^(DET|ADJ|NOUN|PROPN|PRON)$/.test(t[a - 1].pos)) a--;
    // (a mark with no word before it, "'0" at a sentence's start, names nobody)
    if (a >= 0 && a <= k - 1) return actorOf(t, { from: a, to: k }).actor;
  }
  return undefined;
}

/** The words of a clause as written, for messages. */
export function clauseSpan(s: Sentence, c: Clause): { start: number; end: number } {
  let a = c.from;
  let b = c.to - 1;
  while (a < b && (s.tokens[a].pos === 'PUNCT' || s.tokens[a].pos === 'CCONJ' || s.tokens[a].pos === 'SCONJ')) a++;
  while (b > a && (s.tokens[b].pos === 'PUNCT' || s.tokens[b].pos === 'CCONJ')) b--;
  return { start: s.tokens[a].start, end: s.tokens[b].end };
}

const PREDICTIVE = /^(will|would|might|may|could|should|shall|must|'ll|'d|’ll|’d|wo)$/;
const NOMINATIVE_PRONOUNS = /^(i|we|he|she|they)$/;

/**
 * Whether the verb at i tells an act of the clause's subject that happened, rather than:
 * - an infinitive ("I wouldn't ask the team *to do* ..."): wanted, asked or planned, not done;
 * - a prediction or a possibility, with a modal not negated ("our client *would lose* trust", "they might leave");
 *   a negated one tells a refusal ("my manager wouldn't push back") and counts as told, but not in a clause of
 *   purpose ("..., so our users would not wait on their schedule", "so that they could not block us"): that is aimed at;
 * - the verb of another subject inside the clause ("something *I* wouldn't do myself").
 */
export function toldAsDone(s: Sentence, c: Clause, i: number): boolean {
  const t = s.tokens;
  let k = i - 1;
  let negator = false;
  let habit = false;
  let o = c.from;
  while (o < c.to && t[o].pos === 'PUNCT') o++;
  const purpose = t[o]?.lower === 'so' && o < (c.subjectFrom ?? c.to) && t[o + 1]?.pos !== 'ADJ' && t[o + 1]?.pos !== 'ADV';
  while (k >= c.from && (t[k].pos === 'AUX' || t[k].pos === 'ADV' || t[k].pos === 'PART' || PREDICTIVE.test(t[k].lower))) {
    const w = t[k].lower;
    if (w === 'to') return false;
    if (purpose && PREDICTIVE.test(w)) return false;
    if (NEGATORS.has(w) || w === "n't") negator = true;
    // ("will always sit on it", "would constantly change the spec": a habit told, not a prediction)
    if (FREQUENCY_ADVERBS.has(w) || /^(constantly|repeatedly|invariably|forever|never|continually)$/.test(w)) habit = true;
    if (PREDICTIVE.test(w) && !negator && !habit && !(t[k + 1]?.lower === 'have')) return false;
    k--;
  }
  // (the pronoun just before the verb group is its subject: "something I wouldn't *do*"; not "the partner we picked
  // *went* quiet", where "we" has its own verb)
  const p = t[k];
  return !(p && k > (c.subjectFrom ?? c.from) && k >= (c.subjectTo ?? c.from) && p.pos === 'PRON' && NOMINATIVE_PRONOUNS.test(p.lower));
}

/** The full verb of a clause's verb group, past its auxiliaries and adverbs ("would *lose*", "had not *sent*"). */
export function mainVerb(s: Sentence, c: Clause): number | undefined {
  if (c.verb === undefined) return undefined;
  const t = s.tokens;
  let k = c.verb;
  while (k + 1 < c.to && (t[k].pos === 'AUX' || PREDICTIVE.test(t[k].lower)) && /^(AUX|ADV|PART|VERB)$/.test(t[k + 1].pos)) k++;
  while (k + 1 < c.to && (t[k].pos === 'ADV' || t[k].pos === 'PART') && /^(ADV|PART|VERB|AUX)$/.test(t[k + 1].pos)) k++;
  return k;
}

/** The commonest English function words: a sentence with none of them among many words is not English. */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'is', 'are', 'was', 'were', 'be', 'been', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'my', 'our', 'your', 'this', 'that', 'not', "n't", 'have', 'has', 'had', 'do', 'did', 'so', 'if', 'as', 'me', 'us', 'them', 'what', 'which', 'who', 'will', 'would', 'can', 'could']);

/** An English function word ("the", "and", "I", "to"...): the one cue the layer reads a stretch's language by. */
export function englishFunctionWord(lower: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(lower);
}

/**
 * English function words that are also common words of other languages written in the Latin alphabet: "a", "do",
 * "me", "as" (Portuguese, Spanish), "in", "so", "was", "will", "an" (German), "i" (Italian), "on" (French). They do not
 * tell English from those languages ("solucionar um problema prático e a capacidade ... que me atraíram"), so the
 * language cue counts only the others; "I" written as the English pronoun still counts.
 */
const SHARED_FUNCTION_WORDS = new Set(['a', 'an', 'do', 'me', 'as', 'in', 'on', 'so', 'was', 'will', 'i']);

/** An English function word that no nearby language shares as a common word (see SHARED_FUNCTION_WORDS). */
function distinctlyEnglish(t: Token): boolean {
  return ENGLISH_FUNCTION_WORDS.has(t.lower) && (!SHARED_FUNCTION_WORDS.has(t.lower) || t.text === 'I');
}

/**
 * Whether a sentence reads as English around token `at` (the whole sentence when not given): among the words
 * nearby, some are English function words ("the", "and", "I", "to"...). Words in another language ("..., um
 * zeitlich präzise Versuchsabläufe zu orchestrieren") have none near them, and their words (German "um", "so") are
 * not English words. A short stretch always passes.
 */
export function readsAsEnglish(s: Sentence, at?: number): boolean {
  const from = at === undefined ? 0 : Math.max(0, at - 8);
  const to = at === undefined ? Math.min(s.tokens.length, 40) : Math.min(s.tokens.length, at + 9);
  let words = 0;
  let english = 0;
  for (let i = from; i < to; i++) {
    const t = s.tokens[i];
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM' || i === at) continue;
    words++;
    if (distinctlyEnglish(t)) english++;
  }
  return words < 6 || english * 8 >= words;
}

/**
 * Whether any word of the sentence is an English function word that no nearby language shares ("Quem sabe um Staff
 * Engineer." has none, nor has "Assim, a combinação de solucionar um problema").
 */
export function hasEnglishFunctionWord(s: Sentence): boolean {
  return s.tokens.some(distinctlyEnglish);
}

/**
 * Whether the word at i is used as a noun: tagged a noun with a determiner, a number, an adjective or a possessive
 * before it, or "of" after it ("a block of time", "two short breaks", "the drop in latency", "their sit-down").
 * A verb of failure so used names a thing, not something that went wrong.
 */
export function usedAsNoun(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (t[i]?.pos !== 'NOUN') return false;
  const p = t[i - 1];
  return t[i + 1]?.lower === 'of' || (p !== undefined && (p.pos === 'DET' || p.pos === 'NUM' || p.pos === 'ADJ' || possessive(p.lower)));
}

/**
 * A condition contrary to fact, with its unreal result in the sentence: "if the architects had been incompetent, this
 * would have taken months", "had the vendor been careless, we could have lost the data", "if they were lazy, we would
 * see it in the logs". What it supposes of people is not said of them.
 */
export function unrealCondition(s: Sentence, c: Clause): boolean {
  const t = s.tokens;
  const head = t[c.from]?.text === ',' ? c.from + 1 : c.from;
  const w = t[head]?.lower;
  const supposed = (w === 'if' && t.slice(head + 1, c.to).some((x) => x.lower === 'had' || x.lower === 'were')) || (w === 'had' && head + 1 < c.to && t[head + 1].pos !== 'VERB');
  if (!supposed) return false;
  return s.clauses.some((d) => d !== c && t.slice(d.from, d.to).some((x) => /^(would|could|might|'d)$/.test(x.lower)));
}

/**
 * A yes-or-no question, also in the word order of a statement: it asks and says nothing of anyone ("Was it the
 * vendor's fault?", "My manager was incompetent? No - she was new"). A question opened by a question word presumes
 * what it asks about ("Why were they so careless?") and is not one.
 */
export function yesNoQuestion(s: Sentence): boolean {
  const t = s.tokens;
  let k = 0;
  while (k < t.length && t[k].pos === 'PUNCT') k++;
  return t.length > 1 && t[t.length - 1].text === '?' && k < t.length && !/^(why|how|what|who|whom|whose|where|when|which)$/.test(t[k].lower);
}

/** A possessive determiner, the speaker's or anyone's: "my", "our", "his", "her", "its", "their", "your". */
function possessive(word: string): boolean {
  return FIRST_POSSESSIVE.has(word) || /^(his|her|its|their|your)$/.test(word);
}

/**
 * Idioms of abandonment with the speaker's side as their object: "left us holding the bag", "left me in the lurch",
 * "left us high and dry", "hung us out to dry", "threw the team under the bus".
 */
export function leftStranded(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const w = t[i].lower;
  if (!/^(leave|leaves|left|leaving|hang|hung|hangs|throw|threw|thrown|throws)$/.test(w)) return false;
  let k = i + 1;
  if (!/^(us|me|our|my)$/.test(t[k]?.lower ?? '')) return false;
  if (/^(our|my)$/.test(t[k].lower)) k++;
  return idiomAt(s, k + 1, STRANDED_IDIOMS);
}

/** Whether one of `idioms` (runs of words) is written from token k on: "holding the bag", "in the dark". */
export function idiomAt(s: Sentence, k: number, idioms: readonly string[]): boolean {
  const t = s.tokens;
  return idioms.some((idiom) => {
    const words = idiom.split(' ');
    return words.every((w, n) => t[k + n]?.lower === w);
  });
}

/** Words for a unit of recurring work or time: "every sprint", "round after round", "four times". */
const RECURRING_UNITS = /^(times?|rounds?|weeks?|days?|sprints?|releases?|months?|quarters?|iterations?|reviews?|builds?|cycles?|demos?|meetings?)$/;

/**
 * The stretch [from, to) tells an act done again and again, in words no adverb list holds: a count of times ("four
 * times in two sprints", "a dozen times", "multiple times"), "every (single) time", "each sprint", "round after round",
 * "week after week", "over and over", "again and again". Not a count of other things ("four screens").
 */
export function repeatedIn(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let k = from; k < to; k++) {
    const w = t[k].lower;
    const n = t[k + 1]?.lower ?? '';
    // "four times", "a dozen times", "several times", "multiple rounds" (a count before a unit of recurrence)
    if (/^(times|rounds|iterations)$/.test(w) && k > from && (t[k - 1].pos === 'NUM' || /^(several|multiple|many|numerous|countless|dozen|few|two|three|four|five|six|seven|eight|nine|ten|twice)$/.test(t[k - 1].lower))) return true;
    if (w === 'twice' || w === 'thrice') return true;
    // "every (single) time", "each sprint", "every other week"
    if (/^(every|each)$/.test(w)) {
      let j = k + 1;
      if (/^(single|other|last)$/.test(t[j]?.lower ?? '')) j++;
      if (RECURRING_UNITS.test(t[j]?.lower ?? '')) return true;
    }
    // "round after round", "week after week", "over and over", "again and again"
    if (RECURRING_UNITS.test(w) && n === 'after' && t[k + 2]?.lower === w) return true;
    if ((w === 'over' || w === 'again') && n === 'and' && t[k + 2]?.lower === w) return true;
  }
  return false;
}

/**
 * A clause's subject read as a thing (no list of party nouns knows "the integrator", "the processor", "the landlord of
 * the data centre") that the clause shows to be a party, a person or an organisation, by what it does: an act only
 * people do ("promised", "refused to sign", "never reviewed it"), what the speaker's side sent handled by it
 * ("ignored our emails", "never answered my tickets", "sat on our change request", "never got back to us"), a debt of
 * its own ("missed their deadline", "dragged their feet", not "its"), gone silent ("went quiet") or left the speaker's
 * side stranded ("left us high and dry"). The subject is
 * headed by a noun or a name; a pronoun ("it", "this") is not read so.
 */
export function actsAsParty(s: Sentence, c: Clause): boolean {
  if (c.subject !== 'thing' || c.verb === undefined) return false;
  const t = s.tokens;
  // (a verb coordinated with no subject of its own has the one before it: "the processor promised a fix and then
  // went quiet")
  let owner: Clause | undefined = c;
  for (let k = s.clauses.indexOf(c) - 1; owner.subjectTo === undefined && k >= 0; k--) owner = s.clauses[k];
  if (owner.subjectTo === undefined || owner.subject !== 'thing') return false;
  const head = t[owner.subjectTo - 1];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return false;
  const end = Math.min(c.to, c.verb + 8);
  for (let k = c.verb; k < end; k++) {
    const x = t[k];
    const w = x.lower;
    if (x.pos === 'PUNCT') break;
    if (x.pos === 'VERB' && AGENT_ACTS.has(w)) return true;
    if (/^(went|go|goes|gone)$/.test(w) && /^(quiet|silent|awol|mia)$/.test(t[k + 1]?.lower ?? '')) return true;
    if (leftStranded(s, k)) return true;
    // (what the speaker's side sent, left unanswered: "left our licence order unanswered", "let our ticket sit
    // untouched"; only a party owes an answer)
    if (/^(leave|leaves|left|let|lets)$/.test(w) && x.pos === 'VERB' && /^(our|my)$/.test(t[k + 1]?.lower ?? '') && t.slice(k + 2, Math.min(c.to, k + 8)).some((y) => /^un(answered|touched|read|reviewed|signed|approved|addressed|acknowledged|actioned|opened)$/.test(y.lower))) return true;
    if (/^(get|got|gets|getting|gotten)$/.test(w) && t[k + 1]?.lower === 'back' && t[k + 2]?.lower === 'to' && /^(us|me)$/.test(t[k + 3]?.lower ?? '')) return true;
    // ("their delivery date", "his own estimate": a modifier or two before the noun)
    if (/^(their|his|her)$/.test(w) && k > c.verb) {
      let n = k + 1;
      while (n < k + 3 && /^(ADJ|NOUN|PROPN)$/.test(t[n]?.pos ?? '') && !OWED_NOUNS.has(t[n].lower)) n++;
      if (OWED_NOUNS.has(t[n]?.lower ?? '')) return true;
    }
    // (or its -ing after a verb of stopping: "stopped answering our emails")
    if ((x.pos === 'VERB' && ANSWERING_VERBS.has(w)) || (w.endsWith('ing') && ANSWERING_VERBS.has(w.slice(0, -3)) && CESSATION_VERBS.has(t[k - 1]?.lower ?? ''))) {
      let j = k + 1;
      // ("sat on", "replied to", "responded to"; "sat" alone is a place: "sat on the shelf" needs what was sent)
      if (/^(on|to)$/.test(t[j]?.lower ?? '')) j++;
      else if (/^(sit|sat|sits)$/.test(w)) continue;
      if (/^(us|me)$/.test(t[j]?.lower ?? '') && !/^(sit|sat|sits)$/.test(w)) return true;
      if (!/^(our|my)$/.test(t[j]?.lower ?? '') && !/^(our|my)$/.test(t[j + 1]?.lower ?? '')) continue;
      for (let n = j; n < Math.min(c.to, j + 5) && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t[n].pos); n++) if (ADDRESSED_NOUNS.has(t[n].lower)) return true;
    }
  }
  return false;
}

/**
 * A subject phrase that opens with a negative quantifier, denying what its clause says of everyone it names: "nobody
 * on that team", "no one in support", "none of them", "neither vendor", "not one engineer", "no engineer".
 */
export function negativeSubject(t: readonly Token[], from: number): boolean {
  const w = t[from]?.lower ?? '';
  const next = t[from + 1]?.lower ?? '';
  return /^(nobody|noone|none|neither)$/.test(w) || (w === 'no' && (next === 'one' || t[from + 1]?.pos === 'NOUN')) || (w === 'not' && /^(one|a)$/.test(next));
}

/** Words of assent to what was said: "she was right", "which was true", "spot on" (denied, "wrong" assents too). */
const ASSENT = /^(right|true|correct|accurate)$/;
const ASSENT_COPULAS = /^(was|is|were|are|'s|’s|be|been)$/;

/**
 * Where the speaker assents to words just reported, at k: a pronoun for the one who said them or for what was said,
 * a copula and "right"/"true"/"correct" ("and she was right", "which was true", "and that was accurate"), or "wrong"
 * denied ("and he wasn't wrong"), or "I agree(d)". Returns the index where the assent starts, or -1.
 */
function assentAt(s: Sentence, from: number): number {
  const t = s.tokens;
  for (let k = from; k < t.length; k++) {
    const w = t[k].lower;
    if (w === 'agree' || w === 'agreed') {
      let p = k - 1;
      while (p >= 0 && /^(fully|completely|entirely|totally|quite|do|did|still)$/.test(t[p].lower)) p--;
      if (t[p]?.lower === 'i' && !negatedAt(s, k, 3)) return p;
      continue;
    }
    const assent = ASSENT.test(w) ? !negatedAt(s, k, 3) : w === 'wrong' && negatedAt(s, k, 3);
    if (!assent) continue;
    let p = k - 1;
    while (p >= 0 && (t[p].lower === 'not' || t[p].lower === "n't" || t[p].lower === 'never' || t[p].pos === 'ADV')) p--;
    if (!ASSENT_COPULAS.test(t[p]?.lower ?? '')) continue;
    const who = t[p - 1]?.lower ?? '';
    if (/^(she|he|they|it|that|which|this)$/.test(who)) return p - 1;
  }
  return -1;
}

/**
 * Another's words the speaker makes their own: words reported after a verb of saying ("Dana said our director was
 * hopeless at planning") with the speaker's assent after them in the sentence ("..., and she was right", "..., which
 * was true", "..., and I agreed") or opening the next one ("She was right."). The sentence is given back with the
 * reported words read as the speaker's own voice, for a rule to read again; undefined when there is no such assent
 * (words reported and not endorsed, or rejected: "..., but that was not true", stay someone else's).
 */
export function endorsedReport(s: Sentence, next: Sentence | undefined): Sentence | undefined {
  const t = s.tokens;
  const first = t.findIndex((x) => x.quoted);
  if (first < 1) return undefined;
  let end = assentAt(s, first);
  if (end < 0) {
    // the assent opening the next sentence, short and whole: "She was right.", "He wasn't wrong."
    const u = next?.tokens ?? [];
    if (!next || u.length > 7 || assentAt(next, 0) !== 0) return undefined;
    end = t.length;
  }
  // (the words reported stop before the assent: "and", a comma)
  let stop = end;
  while (stop > first && (t[stop - 1].pos === 'CCONJ' || t[stop - 1].pos === 'PUNCT')) stop--;
  if (!t.slice(first, stop).some((x) => x.quoted)) return undefined;
  const own = (k: number): boolean => k >= first && k < stop && t[k].quoted;
  const tokens = t.map((x, k) => (own(k) ? { ...x, quoted: false } : x));
  const clauses = s.clauses.map((c) => (c.quoted && c.from >= first && c.from < stop ? { ...c, quoted: false } : c));
  const spoken = [...new Set([...s.spoken, ...t.map((_, k) => k).filter(own)])].sort((a, b) => a - b);
  return { ...s, tokens, clauses, spoken };
}
