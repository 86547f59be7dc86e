// filler-phrase: hedges and fillers that weaken a spoken answer ("kind of", "basically", "to be honest").
// Read from the language layer (see ../nlp): the filler word classes, used as fillers ("kind of slow", not
// "this kind of bug"; "I mean," set off, not "I mean it"), in the speaker's own words (not inside someone else's
// quotation or reported speech). Prose in Spanish, Portuguese, French, German or Italian is read by the language it is
// written in (other-language.ts). Users' literal `phrases: { filler-phrase: [...] }` still add to it.
import { FILLER_ADVERBS, FILLER_MARKERS, HESITATIONS, IRREGULAR_PAST, pastForm, MANNER_COMPARED, OTHER_FILLERS, PARENTHETICAL_MARKERS } from '../nlp/lexicon';
import { mayBeOther, otherLanguage, proseLanguage, scriptLanguage, setOffAt, wordsPattern } from '../nlp/other-language';
import { hasEnglishFunctionWord, readsAsEnglish } from '../nlp/query';
import { gluedHyphen } from '../nlp/analyze';
import type { Sentence } from '../nlp/types';
import type { ProseSegment, TextEdit } from '../types';
import type { PhraseMatch } from '../text';
import type { StoryRule, StoryRuleContext } from './rule';
import { matchRulePhrases, quote, storyLanguage } from './util';

/** Words before "kind of" / "sort of" that make it a noun phrase ("this kind of bug", "what sort of tests"). */
const NOUN_USE_BEFORE = /^(what|which|whatever|this|that|these|those|the|a|an|any|some|every|each|one|same|different|other|another|no|all|many|new|right|wrong|first|my|our|their|his|her|its|your)$/;

/**
 * After "kind of" / "sort of", a noun phrase begins ("this kind of bug", "what sort of testing", "that kind of
 * institutional knowledge"), or nothing does: not a subject pronoun ("some kind of I have OCD"), and not a word
 * standing alone before a conjunction, a preposition or an adverb ("so much kind of dedicated or ...", "some kind of
 * obsessed with finishing"). (The tagger may call a noun an adjective or a verb: "this kind of alert fired" is a
 * noun phrase, its verb follows.)
 */
function nounFollows(s: Sentence, k: number): boolean {
  const x = s.tokens[k];
  if (!x || x.pos === 'PUNCT' || /^(NOUN|PROPN|NUM|DET)$/.test(x.pos)) return true;
  if (x.pos === 'PRON') return /^(my|our|their|his|her|its|your|this|that|these|those)$/.test(x.lower);
  if (x.pos !== 'ADJ' && x.pos !== 'VERB') return false;
  // a past verb with its own object hedges: "that kind of slowed my project down" ("that kind of automated testing"
  // is a noun phrase)
  if (x.pos === 'VERB' && pastForm(x.lower) && /^(DET|PRON)$/.test(s.tokens[k + 1]?.pos ?? '')) return false;
  let j = k + 1;
  while (s.tokens[j]?.pos === 'ADJ') j++;
  return !/^(CCONJ|ADP|SCONJ|PART|ADV)$/.test(s.tokens[j]?.pos ?? '');
}

/**
 * "kind"/"sort" inside a noun phrase an article opened, after a noun that qualifies it: "in a more workaround kind
 * of way", "a startup sort of culture" (the noun and "kind" head one phrase; "it was a bug kind of" has nothing after).
 */
function modifiedKind(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (t[i - 1]?.pos !== 'NOUN') return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    if (/^(a|an|the|this|that|our|my|their|some)$/.test(t[k].lower)) return true;
    if (t[k].pos !== 'ADJ' && t[k].pos !== 'ADV' && t[k].pos !== 'NOUN') return false;
  }
  return false;
}

/** Punctuation that sets a phrase off (a comma, a dash, a stop), not a quotation mark or a bracket. */
const SETTING_OFF = /^(,|;|:|\.|!|\?|…|—|–|-|--|\.\.\.)$/;

/**
 * A discourse marker ("I mean", "you know") is filler when it is set off from the sentence: punctuation after it
 * ("I mean, it worked", "it was, you know, hard"), or at the end of a clause ("it was hard, you know."), or after
 * a comma before a word it does not govern ("it was slow, I mean really slow"). With an object of its own it is
 * literal: "I mean what I say", "I mean it", "you know how to reach me", "you know the error I mean"; and so is a
 * relative clause of the noun before it: "jobs filled by the people you know".
 */
function isSetOff(s: Sentence, from: number, to: number): boolean {
  const before = s.tokens[from - 1];
  const after = s.tokens[to];
  // "as you know, ...", "as I mean to show": the body of a clause "as" opens, which says something of its own
  if (before && before.lower === 'as') return false;
  // "the people you know", "everyone you know.", "the word I mean": a relative clause of the noun before it
  if (before && (before.pos === 'NOUN' || (before.pos === 'PRON' && /^(everyone|everybody|someone|somebody|anyone|anybody|one|ones|those)$/.test(before.lower)))) return false;
  if (!after) return true;
  if (after.pos === 'PUNCT') return SETTING_OFF.test(after.text);
  if (before && before.pos === 'PUNCT' && SETTING_OFF.test(before.text)) return !GOVERNED.has(after.pos) && !/^(what|how|why|who|whether|if|that|it|this|to)$/.test(after.lower);
  return false;
}
/** Words that would be the object of "mean" / "know" / "see": the phrase is then literal. */
const GOVERNED = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'SCONJ', 'VERB', 'AUX', 'PART']);

/** Words reproduced as they stand, which "literally" qualifies in its own sense (word for word). */
const WORD_FOR_WORD = /^(read|reads|reading|quote|quoted|quoting|copy|copied|copying|translate|translated|translating|repeat|repeated|repeating|transcribe|transcribed|typed|printed|spelled|spelt|directive|instruction|instructions|wording|verbatim)$/;

/** Verbs of telling, whose manner an adverb after their object says ("told them honestly what ..."). */
const SAYING = /^(tell|tells|told|telling|say|says|said|explain|explains|explained|answer|answers|answered|admit|admits|admitted|share|shares|shared|ask|asks|asked|write|wrote|written|show|showed|shown|report|reported|describe|described)$/;

/** Adverbs that also say how something was done ("presented the trade-offs honestly", "translated literally"). */
const MANNER_READING = new Set(['honestly', 'frankly', 'literally']);

/**
 * A filler adverb used as a manner adverb: right after the verb or its object, not set off, and modifying
 * nothing after it ("I presented the trade-offs honestly, including ...", "we answered frankly"). As a hedge it
 * opens the clause, is set off, or stands before what it hedges ("honestly, I", "it was honestly fine").
 */
function mannerUse(s: Sentence, i: number): boolean {
  if (!MANNER_READING.has(s.tokens[i].lower)) return false;
  // "literally" before words reproduced as they stand: "I literally read out the list", "that was literally the
  // directive", "we copied it literally" (word for word, its own sense)
  if (s.tokens[i].lower === 'literally' && s.tokens.slice(Math.max(0, i - 2), i + 4).some((x) => WORD_FOR_WORD.test(x.lower))) return true;
  const prev = s.tokens[i - 1];
  const next = s.tokens[i + 1];
  // before a verb of telling, it says how it is told: "I can honestly say", "she frankly admitted"
  if (next && next.pos === 'VERB' && SAYING.test(next.lower) && s.tokens[i].lower !== 'literally') return true;
  // before a bare verb with no subject, as advice or a note ("Honestly decline, give a good explanation"): how to do
  // it ("honestly thought", "Honestly, I" and "Honestly I" hedge)
  if ((!prev || (prev.pos === 'PUNCT' && prev.text !== ',')) && next && next.pos === 'VERB' && /^[a-z]+$/.test(next.lower) && !/(ed|ing|s)$/.test(next.lower) && !IRREGULAR_PAST.has(next.lower)) return true;
  if (!prev || !/^(VERB|NOUN|PROPN|PRON)$/.test(prev.pos)) return false;
  const afterSubject = prev.pos === 'PRON' && /^(i|we|you|he|she|they|it)$/.test(prev.lower);
  if (afterSubject && next && /^(VERB|AUX|ADJ|ADV)$/.test(next.pos)) return false; // "I honestly thought"
  // before the clause said: "I told the steering group honestly what it would risk", "told them frankly that ..."
  if (next && /^(what|how|why|where|when|whether|that)$/.test(next.lower) && !afterSubject && s.tokens.slice(0, i).some((x) => x.pos === 'VERB' && SAYING.test(x.lower))) return true;
  return !next || (next.pos === 'PUNCT' && next.text !== ',' ? true : next.text === ',' ? /^(VERB|NOUN)$/.test(prev.pos) : /^(ADP|CCONJ|SCONJ)$/.test(next.pos));
}

/** Verbs after which "like" compares ("looked like forty"), and words it then follows ("something like 40"). */
const LIKE_COMPARES = /^(look|looks|looked|looking|seem|seems|seemed|sound|sounds|sounded|feel|feels|felt|something|anything|nothing|more|less|just|exactly|much)$/;

/** The filler markers by their first word, in list order (a token is compared only with markers it can start). */
const MARKERS_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const m of FILLER_MARKERS) MARKERS_BY_FIRST.set(m[0], [...(MARKERS_BY_FIRST.get(m[0]) ?? []), m]);
const NO_MARKERS: readonly (readonly string[])[] = [];

/** A form of "be", written out or contracted ("is", "was", "it's", "they’re"). */
function copula(w: string | undefined): boolean {
  return !!w && /^(be|is|are|was|were|been|being|am|['’](s|re|m))$/.test(w);
}

/**
 * "we had like forty alerts": "like" hedging a number, after a verb or a preposition (not "looked like 40"). After a
 * form of "be", a number that heads a scene is a comparison: "it's like two people navigating a maze" ("it was like
 * 40 minutes" hedges).
 */
function likeBeforeNumber(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const next = t[i + 1];
  const prev = t[i - 1];
  if (!next || !(next.pos === 'NUM' || /^\d/.test(next.text))) return false;
  if (t[i].pos === 'VERB' && prev?.pos === 'PRON') return false; // "I like 3 of them"
  // (the tagger may call the scene's verb a noun: "two teams building the same bridge")
  const scene = t[i + 3] && ((t[i + 3].pos === 'VERB' && /(ing|ed)$/.test(t[i + 3].lower)) || (/..ing$/.test(t[i + 3].lower) && /^(DET|PRON)$/.test(t[i + 4]?.pos ?? '')));
  if (copula(prev?.lower) && t[i + 2]?.pos === 'NOUN' && scene) return false;
  return !prev || !LIKE_COMPARES.test(prev.lower);
}

/**
 * "we have done like stress testing", "the app has like tons of screens", "we follow like agile": "like" between a
 * verb and the bare noun phrase it hedges. Not a comparison after a verb of manner or a copula ("acted like owners",
 * "it was like a fire drill"), not the verb "like", not "like a ..." (a comparison with an article).
 */
function likeBeforePhrase(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const prev = t[i - 1];
  const next = t[i + 1];
  if (!prev || !next || t[i].pos === 'VERB') return false;
  // (after a modal or "to" it is the verb: "What I'd like next is ...", "we would like more time")
  if (/^(would|'d|’d|should|could|might|to)$/.test(prev.lower)) return false;
  // (after a form of "be", contracted too, it compares: "it's like polishing a gem")
  if (!(prev.pos === 'VERB' || prev.pos === 'AUX') || MANNER_COMPARED.has(prev.lower) || copula(prev.lower) || LIKE_COMPARES.test(prev.lower)) return false;
  return next.pos === 'NOUN' || next.pos === 'ADJ' || (next.pos === 'ADV' && t[i + 2]?.pos === 'NOUN');
}

/**
 * A marker said as a parenthesis: it opens its clause ("To be honest, it ...", "..., and at the end of the day we
 * ...") or is set off after it ("it worked, to be honest."). Inside a clause it is the clause's own words.
 */
function parenthetical(s: Sentence, from: number, to: number): boolean {
  const after = s.tokens[to];
  return opensClause(s, from) || !after || (after.pos === 'PUNCT' && SETTING_OFF.test(after.text));
}

/** "I guess the lesson is ...", "Honestly, I suppose it was": the hedge opens its clause (sentence start, after a comma or a conjunction). */
function opensClause(s: Sentence, i: number): boolean {
  const prev = s.tokens[i - 1];
  return !prev || (prev.pos === 'PUNCT' && SETTING_OFF.test(prev.text)) || prev.pos === 'CCONJ' || /^(so|but|and|well|now|then)$/.test(prev.lower);
}

/** The clause holding token i has a verb before it that is not a form of "be" (an act the words after it may date). */
function actedBefore(s: Sentence, i: number): boolean {
  const c = s.clauses.find((k) => i >= k.from && i < k.to);
  if (!c || c.verb === undefined || c.verb >= i) return false;
  return s.tokens[c.verb].pos === 'VERB' && !copula(s.tokens[c.verb].lower);
}

/** The fillers in one sentence, as file ranges. */
export function fillersIn(s: Sentence, text: string): PhraseMatch[] {
  const t = s.tokens;
  const out: PhraseMatch[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i].quoted) continue;
    // a part of a word joined by a hyphen is no word of its own: "a do-er", "honestly-priced"
    if (gluedHyphen(t, i - 1) || gluedHyphen(t, i + 1)) continue;
    // a hesitation written out ("such as, ehm, Terraform"), whatever the tagger calls it
    // (in an English sentence: German "um", "so dass" are words of the language)
    // (a short line with no English word at all is another language's, unless the sound is set off: Portuguese
    // "Quem sabe um Staff Engineer." has an article, "it was, um, late" a pause)
    // (German "um ... zu" is a conjunction of purpose: ", um die Projekte zu verstehen")
    if (t[i].lower === 'um' && !SETTING_OFF.test(t[i + 1]?.text ?? '') && t.slice(i + 2, i + 14).some((x) => x.lower === 'zu')) continue;
    // (whether the sound is set off is asked of a hesitation only, not of every token)
    if (HESITATIONS.has(t[i].lower) && t[i].pos !== 'PROPN' && t[i].text === t[i].lower && readsAsEnglish(s, i) && (SETTING_OFF.test(t[i + 1]?.text ?? '') || SETTING_OFF.test(t[i - 1]?.text ?? '') || hasEnglishFunctionWord(s))) {
      out.push({ start: t[i].start, end: t[i].end, text: text.slice(t[i].start, t[i].end) });
      continue;
    }
    if (FILLER_ADVERBS.has(t[i].lower) && (t[i].pos === 'ADV' || t[i].pos === 'ADJ' || t[i].pos === 'INTJ' || t[i].pos === 'X') && !mannerUse(s, i)) {
      out.push({ start: t[i].start, end: t[i].end, text: text.slice(t[i].start, t[i].end) });
      continue;
    }
    for (const m of MARKERS_BY_FIRST.get(t[i].lower.replace('’', "'")) ?? NO_MARKERS) {
      if (i + m.length > t.length) continue;
      let ok = true;
      for (let k = 0; k < m.length && ok; k++) if (t[i + k].lower.replace('’', "'") !== m[k] || t[i + k].quoted) ok = false;
      if (!ok) continue;
      const key = m.join(' ');
      // (a noun phrase only when one follows: "some kind of I have OCD", "so much kind of dedicated" hedge)
      if ((key === 'kind of' || key === 'sort of') && (NOUN_USE_BEFORE.test(t[i - 1]?.lower ?? '') || t[i - 1]?.pos === 'ADJ' || t[i - 1]?.pos === 'DET' || modifiedKind(s, i)) && nounFollows(s, i + 2)) continue;
      // "pretty much information": "much" is the quantity of the noun after it, not a hedge ("pretty much all" is)
      if (key === 'pretty much' && t[i + 2]?.pos === 'NOUN') continue;
      if ((key === 'i mean' || key === 'you know' || key === 'i guess' || key === 'i suppose') && !isSetOff(s, i, i + m.length) && !(key === 'i guess' || key === 'i suppose' ? opensClause(s, i) : false)) continue;
      // "the fix was, you see, small" and "So yeah, we shipped" are filler; "you see the error rate" and
      // 'you see "skill mismatch" as ...' are not
      if ((key === 'you see' || key === 'so yeah') && !(t[i + m.length]?.pos === 'PUNCT' && SETTING_OFF.test(t[i + m.length].text))) continue;
      // "like" is filler set off on both sides ("I spent, like, three days") or before a number it hedges ("we
      // got like forty alerts"); not "a tool like Grafana", "I like Go" or "it looked like forty"
      if (key === 'like' && !((!t[i - 1] || t[i - 1].pos === 'PUNCT') && t[i + 1]?.pos === 'PUNCT') && !likeBeforeNumber(s, i) && !likeBeforePhrase(s, i)) continue;
      if (PARENTHETICAL_MARKERS.has(key) && !parenthetical(s, i, i + m.length)) continue;
      // a time told right after the verb it dates is literal: "the billing job ran at the end of the day, so ..."
      // ("It is about trust at the end of the day." and "At the end of the day, ..." hedge)
      // (and a time told after the object of a verb that is not a form of "be": "ran its stock reconciliation at the end
      // of the day, after the last shift left")
      if (key === 'at the end of the day' && !opensClause(s, i) && (t[i - 1]?.pos === 'VERB' || ((t[i - 1]?.pos === 'NOUN' || t[i - 1]?.pos === 'PROPN') && actedBefore(s, i)))) continue;
      // marking the quoted phrase just before it as a figure of speech: 'the "tricks of the trade" so to speak'
      if ((key === 'so to speak' || key === 'as it were' || key === 'if you will') && /^["'”’»]$/.test(text[t[i].start - 2] ?? '') && text[t[i].start - 1] === ' ') continue;
      // a marker ending in a noun that a following noun continues is literal ("at the end of the day shift")
      if (t[i + m.length - 1].pos === 'NOUN' && (t[i + m.length]?.pos === 'NOUN' || t[i + m.length]?.pos === 'PROPN')) continue;
      if (key === 'in a sense' && t[i + 3]?.lower === 'of') continue;
      const end = t[i + m.length - 1].end;
      out.push({ start: t[i].start, end, text: text.slice(t[i].start, end) });
      i += m.length - 1;
      break;
    }
  }
  return out;
}

/** Removes the phrase and one adjacent space (and a comma that set it off), keeping the sentence clean. */
/** Brackets and quotes that would be left empty around a removed filler: "(basically)", "“basically”". */
const WRAPPERS: Record<string, string> = { '(': ')', '[': ']', '“': '”', '‘': '’', '"': '"', "'": "'", '«': '»', _: '_', '*': '*' };

export function removalEdit(text: string, m: PhraseMatch, range: StoryRuleContext['range']): TextEdit {
  let s = m.start;
  let e = m.end;
  // A filler alone in brackets or quotes goes with them, and with one space beside them.
  while (s > 0 && e < text.length && WRAPPERS[text[s - 1] ?? ''] === text[e]) {
    s--;
    e++;
  }
  if (s < m.start) {
    if (text[e] === ' ' && (s === 0 || /\s/.test(text[s - 1] ?? ''))) e++;
    else if (text[s - 1] === ' ') s--;
    const startsSentence = s === 0 || /(?:^|[.!?:]\s+|\n\s*|[-*>]\s+)$/.test(text.slice(Math.max(0, s - 4), s));
    const next = text[e] ?? '';
    if (startsSentence && m.text[0] !== m.text[0]?.toLowerCase() && /\p{Ll}/u.test(next)) return { range: range(s, e + 1), newText: next.toUpperCase() };
    return { range: range(s, e), newText: '' };
  }
  const atSentenceStart = /(?:^|[.!?:]\s+|\n\s*|[-*>]\s+|\*\*\s*)$/.test(text.slice(Math.max(0, s - 4), s)) || s === 0;
  if (text[s - 2] === ',' && text[s - 1] === ' ' && text[e] === ',') {
    // "it was, basically, fine" → "it was fine"
    s -= 2;
    e += 1;
  } else if (text[s - 2] === ',' && text[s - 1] === ' ' && (e >= text.length || /[.!?;:)]/.test(text[e]))) {
    // "it was fine, basically." → "it was fine."
    s -= 2;
  } else {
    if (text[e] === ',') e++;
    if (text[e] === ' ') e++;
    else if (text[s - 1] === ' ') s--;
  }
  let newText = '';
  const next = text[e];
  if (atSentenceStart && m.text[0] !== m.text[0].toLowerCase() && next && /\p{Ll}/u.test(next)) {
    newText = next.toUpperCase();
    e++;
  }
  return { range: range(s, e), newText };
}

/** Each language's fillers as two patterns: markers filler wherever they stand, and markers filler only set off. */
const OTHER = new Map(
  OTHER_FILLERS.map((f) => {
    // (sorted longest first: "就是说" before "就是"; Chinese and Japanese have no spaces to bound a word)
    const cjk = otherLanguage(f.lang).cjk;
    const forms = (ws: readonly string[]): RegExp => wordsPattern([...ws].sort((a, b) => b.length - a.length), cjk, 'giu');
    return [f.lang, { anywhere: forms(f.anywhere), setOff: forms(f.setOff) }];
  }),
);

/**
 * Fillers of speech in prose written in Spanish, Portuguese, French, German, Italian, Russian, Korean, Japanese or
 * Chinese (the language the story's prose is written in, by its closed-class words, other-language.ts `languageOf`, or
 * else by its script, `scriptLanguage`), which the English tagger does not read:
 * a marker of OTHER_FILLERS that has no use as a word of content ("o sea", "du coup", "sozusagen"), or one that has,
 * set off as a parenthesis ("Bueno, ...", ", tipo, ", ", né?": `setOffAt`); not inside quotation marks, not in someone
 * else's reported words, and in German not written with a capital inside a sentence (a noun: "ohne Halt").
 */
function otherFillers(prose: readonly ProseSegment[]): PhraseMatch[] {
  if (!prose.some((seg) => mayBeOther(seg.text))) return [];
  const lang = proseLanguage(prose) ?? scriptLanguage(prose.map((seg) => seg.text).join('\n'));
  const forms = lang ? OTHER.get(lang) : undefined;
  if (!lang || !forms) return [];
  const read = otherLanguage(lang);
  const out: PhraseMatch[] = [];
  for (const seg of prose) {
    const text = seg.text;
    for (const [pattern, needsSetOff] of [[forms.anywhere, false], [forms.setOff, true]] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (needsSetOff && !setOffAt(text, start, end)) continue;
        const from = read.sentenceStart(text, start);
        if (read.quoted(text, from, start) || read.reported(text.slice(from, start))) continue;
        if (lang === 'de' && m[0][0] !== m[0][0].toLowerCase() && text.slice(from, start).trim() !== '') continue;
        if (out.some((o) => o.start <= start && o.end >= end)) continue;
        out.push({ start: seg.start + start, end: seg.start + end, text: m[0] });
      }
    }
  }
  return out;
}

export const fillerPhrase: StoryRule = {
  meta: {
    id: 'filler-phrase',
    description: 'Hedges and fillers in your own words ("kind of", "sort of", "basically", "to be honest"), not inside quotes',
    defaultSeverity: 'info',
    tags: ['delivery', 'language'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const text = ctx.file.text;
    const found = storyLanguage(ctx).sentences.flatMap((s) => fillersIn(s, text));
    const seen = new Set(found.map((m) => m.start));
    for (const m of otherFillers(ctx.story.prose)) {
      if (seen.has(m.start)) continue;
      seen.add(m.start);
      found.push(m);
    }
    for (const m of matchRulePhrases('filler-phrase', ctx.config, ctx.story.prose)) if (!seen.has(m.start)) found.push(m);
    found.sort((a, b) => a.start - b.start);
    for (const m of found) {
      ctx.report({
        message: `${quote(m.text)} is filler: it hedges or pads without adding meaning. Drop it and say the sentence plainly.`,
        range: ctx.range(m.start, m.end),
        fixes: [{ title: `Remove ${quote(m.text)}`, edits: [removalEdit(text, m, ctx.range)] }],
      });
    }
  },
};
