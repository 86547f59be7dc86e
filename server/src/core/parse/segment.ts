// Finds the repeating units of a bank of answers whatever their layout. A bank is a sequence of units, each opened by
// a delimiter of one dress (a heading level, a `**Question 3:**` field, a numbered prompt line, a `<summary>`, a bold
// or quoted question...) and followed by the answer. Every line that could open a unit is sorted into its dress; the
// dress that repeats with an answer after most of its lines is the bank's delimiter. Ordinary documents (a README,
// notes) are left alone: their lines may repeat a dress, but what follows them is not told in the first person, and
// their titles neither ask nor name a question.
import { COMPANIES, THEMES } from '../knowledge/index';
import { countWords, FENCE_LINE } from '../text';
import { memoByText } from '../memo';
import { isKindTranslatedLabel, isTrailerLabel, matchLabel as matchAnyLabel } from './labels';
import { askSource, CJK_PROMPT_WORDS, CJK_QUESTION_WORDS, INTERVIEWER_NAMES, INTRO_NAMED, TOLD_AT_LENGTH, OTHER_LANGUAGE_CONCEPTS, QUESTION_FIELD_WORDS, QUESTION_OPENERS, TO_INTERVIEWER } from '../knowledge/asks';
import { IRREGULAR_PAST, OTHER_GRAMMARS, PRESENT_BE, SUBJECTLESS_FORMS, firstPersonPattern } from '../nlp/lexicon';
import { asksBySyntax, closesTalk, mayBeOther, opensTalk, subjectlessActs, toldPastActs } from '../nlp/other-language';
import { CONCEPT_FORMS } from '../knowledge/concepts';
import { GUIDANCE_LABELS } from '../knowledge/guidance';
import { readText } from '../nlp/analyze';

/**
 * A part label, as the segmenter asks it of a line that may be a title. The words of the pitch's and plan's
 * per-language tables ("지원 동기", "Why this role", "Aujourd'hui") are titles of answers in a bank as often as parts of
 * one: the segmenter leaves them titles, and the part reader (markdown.ts) takes them as parts only where the file
 * marks enough parts so.
 */
function matchLabel(...args: Parameters<typeof matchAnyLabel>): ReturnType<typeof matchAnyLabel> {
  const m = matchAnyLabel(...args);
  return m && isKindTranslatedLabel(args[0]) ? undefined : m;
}

/** A line that asks an interview question ("Tell me about a time...", "Describe...", "...?"). */
export const QUESTION_HEADING = new RegExp(`(?:\\?["'”’)\\]*]*\\s*$)|^[^\\p{L}]*(?:${askSource('start', ['tell', 'episode', 'question'])})`, 'iu');

/** A heading that names an answer, in English or another language, or a version of one by its length ("30 seconds", "2-4 minutes"). */
export const ANSWER_HEADING = /(?:^|[^\p{L}])(?:answers?|responses?|respuestas?|respostas?|réponses?|antwort(?:en)?|rispost[ae]|versions?\s*\d|version)(?:$|[^\p{L}])|回答|答案|回答例|解答|答え|모범 답변|답변|^\W*\d{1,3}(?:\s*[-–]\s*\d{1,3})?[\s-]*(?:s|secs?|seconds?|mins?|minutes?)\W*$/iu;

/** The mark that sets a question off from "Q" or "Question": "Q:", "Q.", "Q)", "Q -", "Q>", "Q →", "Question =>". */
const Q_MARK = String.raw`(?:[=-]>|[:：.)\-–—>→⇒➜»])`;
/**
 * A question's prefix at the start of a line: "Q:", "Q3.", "Question 2 =>", the same field named with a word or two
 * before or after it or in another language ("Example Question:", "Sample interview question -", "Pregunta de ejemplo:",
 * "Soru:"), or a
 * number alone ("1.", "2)"); the quotes or emphasis that open the question after it go with it.
 */
const QUESTION_PREFIX = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:(?:\p{L}[\p{L}'’]*\s+){0,2}(?:q|question|pregunta|pergunta|frage|domanda|вопрос|soru|pytanie|vraag)(?:\s+(?:d['’]\s*)?\p{L}[\p{L}'’]*){0,2}\s*#?\d{0,3}\s*${Q_MARK}|\d{1,3}\s*[.):\-–—])[\s"“'‘«„*_]*`, 'iu');
/**
 * A question's number or prefix as an outline writes it, for reading the question's words: "Q:", "Question 3 -", a
 * number ("7.", "2)"), an outline number ("2.19"), a keycap ("3️⃣"), or a bare number when a question opens after it
 * ("7 How do you…"; knowledge/asks.ts QUESTION_OPENERS).
 */
export const QUESTION_NUMBERING = new RegExp(
  String.raw`^\W*(?:q(?:uestion)?\s*\d*\s*[:.)-]|\d{1,3}(?:\.\d{1,3})+\.?(?=\s)|\d{1,3}[.)]|\d\uFE0F?\u20E3|\d{1,3}(?=\s+(?:${QUESTION_OPENERS.join('|')})\b))\s*`,
  'iu',
);
/** A question field: "**Question 3:** …", "Q2. …", "> **Prompt:** …", "- Q> …" (its groups: quote, bold, word, number, text). */
const QUESTION_FIELD = new RegExp(String.raw`^[ \t]*(>[ \t]*)?(?:[-*+][ \t]+)?(\*\*|__)?[ \t]*(${QUESTION_FIELD_WORDS.join('|')})[ \t]*#?[ \t]*(\d{0,3})[ \t]*(?:\*\*|__)?[ \t]*${Q_MARK}[ \t]*(?:\*\*|__)?[ \t]*(.*)$`, 'iu');

/**
 * True when a line asks an interview question, after any question prefix ("Q:", "Q3.", "Question 2:", "Q>",
 * "Question =>", "1.", "2.Why ..."): "Q: Tell me about a time you disagreed with your team." asks as much as its "?" form.
 */
export function isQuestion(text: string): boolean {
  if (QUESTION_HEADING.test(text)) return true;
  const bare = text.replace(QUESTION_PREFIX, '');
  // (in another language a line asks without "?" by its grammar: "Décrivez…", "Warum wollen Sie…", "…있습니까")
  return (bare !== text && QUESTION_HEADING.test(bare)) || asksBySyntax(bare);
}

/** A line that opens with a question word ("What's got you…", "When's the last time…", "Can you shift…"). */
const ASKS_OPENING = new RegExp(`^[^\\p{L}]*(?:${QUESTION_OPENERS.join('|')})(?:['’]s)?(?![\\p{L}])`, 'iu');

/**
 * True when a title asks the candidate something, with or without a question mark: a question ("...?", "Tell me about
 * …", after any prefix, isQuestion), a prompt put to them ("Describe a time you…", promptsCandidate), or a line that
 * opens with a question word and puts it to "you" ("What's got you interested in working at Kairos"). A topic's name
 * ("Strengths") asks nothing here: it names what an answer is about.
 */
export function asksCandidate(text: string): boolean {
  if (isQuestion(text) || promptsCandidate(text)) return true;
  // (A polite opener asks as much: "Please tell us about your front-end experience.")
  const bare = plain(text).replace(QUESTION_PREFIX, '').replace(/^(?:please|kindly)[ \t,]+/iu, '');
  if (bare !== text && (isQuestion(bare) || promptsCandidate(bare))) return true;
  return ASKS_OPENING.test(bare) && ADDRESSED.test(bare);
}

/** The teller in a line, as its subject or owner: "What did I do?", "Where we started" (not "Tell me about...", an interviewer's). */
const SPEAKER = firstPersonPattern(['subject', 'owner']);

/**
 * True when sibling questions are ones the teller asks themself ("What was the problem?", "What did I do?", "What
 * changed?"): two or more, one in the first person, none put to "you" as an interviewer asks. They prompt the parts
 * of one story; they are not the questions of a bank.
 */
export function selfAsked(questions: string[]): boolean {
  return questions.length >= 2 && questions.some((q) => SPEAKER.test(q)) && !questions.some((q) => ADDRESSED.test(q));
}

/** A heading's words, lower case, its markup and punctuation other than ",&'-" aside. */
const bareName = (text: string): string => text.replace(/[^\p{L}\p{N}\s,&'’-]/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** Names of company principles and of themes, read as headings are: a heading that names one titles a story. */
const KNOWN_NAMES = new Set<string>([...COMPANIES.flatMap((c) => c.groups.map((g) => bareName(g.name))), ...THEMES.map((t) => bareName(t.name))]);

/**
 * True when a heading names a company principle or a theme ("Customer Obsession", "Have Backbone; Disagree and
 * Commit"): the interviewer's prompt "tell me about a time you showed it", so the lines under it reply to it.
 */
export function namesPrinciple(text: string): boolean {
  return KNOWN_NAMES.has(bareName(text));
}

/** True when a heading asks for a story: a question, an interview topic, a principle or theme of the knowledge base. */
export function asksForStory(text: string): boolean {
  return isQuestion(text) || CJK_ASKS.test(text) || namesTopic(text) || namesPrinciple(text);
}

/**
 * True when titles of one dress are a list of a company's principles: most of three or more name one we know, so the
 * rest name principles too ("## Think Big" among "## Ownership", "## Dive Deep": a company's list is longer than
 * ours), and each asks for a story that shows it.
 */
export function promptList(titles: string[]): boolean {
  return titles.length >= 3 && titles.filter((t) => namesPrinciple(t)).length * 2 > titles.length;
}

const TOLD_LENGTH = new RegExp(TOLD_AT_LENGTH, 'iu');
const SPOKEN_LENGTH = new RegExp(INTRO_NAMED.length, 'iu');
const VERSION_NAMED = new RegExp(INTRO_NAMED.version + '|版', 'iu');

/**
 * Whether a line names one telling of an answer by its length, in a few words: "Short version", "Longer answer",
 * "Extended version", "2-minute version", "TL;DR", "Versión corta", "简短版", "짧은 버전"
 * (knowledge/asks.ts TOLD_AT_LENGTH, INTRO_NAMED). A short and a longer version of one answer are two answers, each
 * said as it stands and judged on its own (round 55). A title that only holds a length word ("Long-running
 * migration") names none, nor does a time alone ("30 seconds", "3 分钟": a file may title its answers by their
 * questions beside such headings): the word must qualify a version or an answer, or be "TL;DR" alone.
 */
export function namesLength(t: string): boolean {
  if (isQuestion(t)) return false;
  const words = t.replace(/\([^()]*\)|（[^（）]*）/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > 4) return false;
  const named = ANSWER_HEADING.test(t) || VERSION_NAMED.test(t);
  if (SPOKEN_LENGTH.test(t)) return named;
  if (!TOLD_LENGTH.test(t)) return false;
  return named || /^[^\p{L}]*(?:tl;?\s?dr|tldr)[^\p{L}]*$/iu.test(t);
}

/** True when a heading's text reads as a story's title in a bank: a question, or a principle or theme name. */
export function storyHeadingText(text: string): boolean {
  if (isQuestion(text)) return true;
  // "Story 3: ...", "Example #2 — ...", "STAR story 1".
  if (/^[^\p{L}]*(?:star\s+)?(?:story|example|scenario|case)\s*#?\d{1,3}\b/iu.test(text)) return true;
  // "Sample answer", "Respuesta BUENA", "Weak response", "Version 2": a heading that names an answer.
  if (ANSWER_HEADING.test(text) || namesLength(text)) return true;
  const bare = bareName(text);
  if (KNOWN_NAMES.has(bare)) return true;
  for (const n of KNOWN_NAMES) if (bare.startsWith(n + ' ') && /[:—–(-]/u.test(text)) return true;
  return false;
}

/** A line that opens the answer of a unit: "**Answer:**", "Sample answer:", "My response:", "A:". */
export const ANSWER_FIELD = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?[ \t]*(?:(?:sample |my |the |model |example |spoken |star )?(?:answer|response|story)|a\d{0,3})[ \t]*(?:\*\*|__)?[ \t]*[:.)\-–—][ \t]*(?:\*\*|__)?[ \t]*$/iu;

/** One line that could open a unit. */
export interface Delimiter {
  /** The dress: lines of one dress delimit units of one bank ("h3", "field:b:question", "num:p", "summary"). */
  dress: string;
  /** Offsets of the line (the whole line, without its line break). */
  start: number;
  end: number;
  /** The title it gives the unit: the line's text without markup. */
  text: string;
  /** A Markdown heading (`#`...), whose level ends the units of deeper headings. */
  heading?: number;
}

/** A unit of the bank: its delimiter line, and where its body ends. */
export interface Unit extends Delimiter {
  bodyEnd: number;
  /** The body under it is an answer (or a slot left for one). */
  answered?: boolean;
  /** Nothing at all under a title that asks or names a topic: an answer not written yet. */
  unwritten?: boolean;
  /** A line that goes on with the numbering of a bank of headings: an answer at that heading level. */
  level?: number;
}

/** The teller anywhere in a text, as subject, owner or object (the speaker's words and "me", "us"), counted. */
const FIRST_PERSON = firstPersonPattern(['subject', 'object', 'owner'], { flags: 'gu' });
/**
 * The reader addressed, in English and other languages: "you", "вы"/"ты", "Sie", "usted", "vous", "du", "你", "あなた".
 * Written in lower case but for German "Sie"/"Ihr" (in lower case "she"/"they", "her"). One list, read three ways.
 */
const ADDRESS_SOURCE =
  "(?:^|[^\\p{L}'’])(?:you|your|yours|yourself|you['’](?:re|ve|ll)|вы|вас|вам|вами|ваш\\p{L}*|ты|тебя|тебе|тво\\p{L}+|usted|ustedes|tú|tu|você|vocês|vous|votre|vos|du|dich|dir|dein\\p{L}*|Sie|Ihr\\p{L}*)(?=[^\\p{L}]|$)|你|您|あなた|당신";
/** A question put to the reader, in any case, as an interviewer asks: "Why do you want this job?", "Your biggest failure". */
const ADDRESSED = new RegExp(ADDRESS_SOURCE, 'iu');
/**
 * A sentence of advice to the reader: the words in lower case, inside the sentence ("Keep it short so you finish");
 * a sentence that opens with "You"/"Your" is as often an answer said to the interviewer ("Your fraud work.").
 */
const READER = new RegExp(ADDRESS_SOURCE, 'u');
/**
 * Counts the reader's words in a text, as READER reads them (a body that talks to the reader is a guide or an FAQ; a
 * reply that opens "Your product is…" speaks to the interviewer, advice says "you" inside its sentences).
 */
const ADDRESS = new RegExp(ADDRESS_SOURCE, 'gu');
/**
 * The speaker in other languages: German, French, Spanish, Portuguese, Italian, Russian words (lower case, or capitalised
 * as a sentence starts: "Je lui ai montré", "Yo coordiné"; not "IO", "EU"), and French "I" elided before a word
 * ("J'ai", "j’organise": a mark that ends no word, so apart from the rest); Chinese, Japanese, Korean signs.
 */
const ELIDED_I = /(?:^|[^\p{L}])[Jj]['’](?=\p{L})/gu;
const FIRST_PERSON_OTHER = /(?:^|[^\p{L}])(?:[Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein(?:e[nmrs]?)?|[Ww]ir|[Uu]ns(?:er(?:e[nmrs]?)?)?|[Jj]e|[Mm]oi|[Mm]on|[Mm]es|[Nn]ous|[Nn]otre|[Nn]os|[Yy]o|[Mm]i|[Mm]is|[Nn]osotros|[Nn]uestr[oa]s?|eu|[Mm]eus?|[Mm]inhas?|mim|[Nn]ós|[Nn]oss[oa]s?|io|[Mm]i[oa]|[Mm]iei|mie|[Nn]oi|[Nn]ostr[oaie]|[Яя]|[Мм](?:еня|не|ной|ой|оя|оё|ои|оих|ы)|[Нн](?:ас|ам|ами|аш\p{L}*))(?=[^\p{L}]|$)|我|私|僕|わたし|저는|제가|나는|저의|우리/gu;

/** A title that asks in another language or script: a full-width question mark, or a short title in CJK. */
function asksInOtherScript(text: string): boolean {
  return /[？]/u.test(text) || (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text) && text.length <= 30);
}

/**
 * A heading that asks in Chinese, Japanese or Korean: a question mark or word ("什么", "为什么", "如何", "吗", "か",
 * "なぜ", "어떻게"), or a word naming what an interviewer asks about (introduce yourself, strengths and weaknesses,
 * start date, hobbies, plans and goals, overtime, applying, leaving, pay, questions for them; 志望動機, 長所, 자기소개).
 */
const CJK_TOPIC_WORDS = '介绍|介紹|缺点|優点|优点|长处|短处|長所|短所|入职|爱好|兴趣|趣味|规划|規劃|计划|目标|目標|加班|残業|应聘|應聘|志望|离职|离开|跳槽|転職|薪|给与|給与|年収|反问|逆質問|问题|質問|自己PR|強み|弱み|挫折|ガクチカ|강점|약점|장점|단점|장단점|포부|공백기|지원|소개|입사|퇴사|연봉';
const CJK_ASKS = new RegExp(
  `[？]|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}].*?\\?|${CJK_QUESTION_WORDS}|${CJK_PROMPT_WORDS}|무엇|왜|어떻게|${CJK_TOPIC_WORDS}`,
  'u',
);

/**
 * True when a title is an interviewer's question to the candidate: a prompt put to them ("Tell me about…", "What are
 * your weaknesses?"), a question to "you" in any language ("Why are you leaving?", "你怎么处理…"), or the name of an
 * interview topic ("Salary expectations", "离职原因", "자기소개"). A question about a tool ("How do I install it?")
 * is none.
 */
export function interviewAsk(text: string): boolean {
  return promptsCandidate(text) || ADDRESSED.test(text) || namesTopic(text) || CJK_TOPIC.test(text);
}
const CJK_TOPIC = new RegExp(`${CJK_TOPIC_WORDS}|${CJK_PROMPT_WORDS}`, 'u');

/**
 * A heading that names what an interviewer asks a candidate about, in a few words and no question: "About me",
 * "Strengths", "Weaknesses", "Aspirations", "5 Years", "Salary expectations", "Why hire me" — the English side of
 * CJK_ASKS's topic words. The reply under it answers that question.
 */
const TOPIC_ASKS = new RegExp(`^(?:${askSource('whole', ['topic'])})$`, 'iu');

/** True when a heading's text, its markup, arrows and trailing colon aside, names an interview topic (TOPIC_ASKS). */
export function namesTopic(text: string): boolean {
  const bare = text.replace(/[^\p{L}\p{N}\s&/'’-]+/gu, ' ').replace(/-{2,}|\s-\s/gu, ' ').replace(/\s+/gu, ' ').trim();
  return bare.length > 0 && countWords(bare) <= 6 && TOPIC_ASKS.test(bare);
}

/** Header fields of a unit: metadata, not the answer. */
const FIELD_LINE = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?[\p{L} ]{2,30}?(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(?:\*[^*]*\*|_[^_]*_)?[ \t]*$/u;

/** Text inside HTML tags, without the tags and with entities for the common characters decoded. */
export function htmlText(src: string): string {
  // (without a `<` or a `&` there is no tag or entity: only the spaces to collapse; most headings and lines)
  if (!src.includes('<') && !src.includes('&')) return src.replace(/\s+/gu, ' ').trim();
  return src
    .replace(/<[^<>]{0,200}>/gu, ' ')
    .replace(/&nbsp;/gu, ' ').replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;|&apos;/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Plain text of a line: no bold marks, no HTML tags, entities decoded, spaces collapsed. */
function plain(s: string): string {
  return htmlText(s.replace(/(\*\*|__)/gu, ''));
}

/** True when a title line reads like a prompt or a topic: a question, or a few words with no sentence end. */
function promptLike(text: string): boolean {
  if (isQuestion(text)) return true;
  const words = countWords(text);
  return words >= 1 && words <= 14 && !/[.;,:]["'”’)*_]*$/u.test(text);
}

/** A statement with a question tag ("..., right?", "..., you know?"): said in running speech, it asks nothing. */
const TAG_QUESTION = /,[ \t]*(?:right|yes|no|ok|okay|correct|true|you know|you see|see|yeah|eh|huh|isn['’]t it|aren['’]t (?:they|we|you)|don['’]t (?:you|we|they)|didn['’]t (?:you|we|they|i)|wasn['’]t it|won['’]t (?:you|we|it))[ \t]*[?？]$/iu;

/** The delimiter a line could be, if any. `blockStart`: the line begins a block (after a blank line or a heading). */
export function delimiterOf(line: string, start: number, blockStart: boolean, next = ''): Delimiter | undefined {
  const end = start + line.length;
  // "| Tell me about a time you cut costs |" over "| --- |": a question in a table's header row.
  if (blockStart && /^[ \t]*\|.*\|[ \t]*$/u.test(line) && /^[ \t]*\|?[ \t]*:?-{3,}/u.test(next)) {
    const text = plain(line.replace(/^[ \t]*\|/u, '').replace(/\|[ \t]*$/u, '').split('|')[0]);
    return isQuestion(text) ? { dress: 'table-q', start, end, text } : undefined;
  }
  const h = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u.exec(line);
  if (h) {
    const text = plain(h[2]);
    if (!text || matchLabel(text, true, false, true) || isTrailerLabel(text)) return undefined;
    return { dress: `h${h[1].length}`, start, end, text, heading: h[1].length };
  }
  const hh = /^[ \t]*<h([1-6])\b[^<>]{0,200}>(.{1,400}?)<\/h\1\s*>[ \t]*$/iu.exec(line);
  if (hh) {
    const text = plain(hh[2]);
    if (!text || matchLabel(text, true, false, true) || isTrailerLabel(text)) return undefined;
    return { dress: `hh${hh[1]}`, start, end, text };
  }
  // (A summary may close on the next line: "<summary><b>3. How did you manage?" over "</b></summary>".)
  const sum = /<summary\b[^<>]{0,200}>(.{1,400}?)<\/summary\s*>/iu.exec(line) ?? (/<summary\b[^<>]{0,200}>/iu.test(line) && !/<\/summary/iu.test(line) ? /<summary\b[^<>]{0,200}>(.{1,400}?)[ \t]*$/iu.exec(line + (/^[ \t]*(?:<\/[a-z]{1,6}>[ \t]*)*<\/summary\s*>[ \t]*$/iu.test(next) ? '' : '\u0000')) : null);
  if (sum) {
    const text = plain(sum[1]);
    if (!text || matchLabel(text, true) || isTrailerLabel(text)) return undefined;
    return { dress: 'summary', start, end, text };
  }
  if (!blockStart) return undefined;
  // "**Question 3:** ...", "Q2. ...", "Q: ...", "> **Prompt:** ...": a question field.
  // Any mark may set the question off from its word ("Q> ...", "Question => ...", "Q → ..."); a lone "Q" with a mark
  // other than a colon opens a field only before words that ask.
  const field = QUESTION_FIELD.exec(line);
  if (field && (field[3].length > 1 || field[4] || /[:：]/u.test(line) || isQuestion(plain(field[5])))) {
    const text = plain(line.replace(/^[ \t]*>[ \t]*/u, '').replace(/^[ \t]*[-*+][ \t]+/u, ''));
    if (countWords(field[5]) === 0 && !/\?/u.test(field[5])) {
      // "**Question:**" alone on its line: the question follows it; still a field of the unit.
    }
    const word = field[3].toLowerCase() === 'q' ? 'q' : field[3].toLowerCase();
    return { dress: `field:${field[1] ? 'quote:' : ''}${field[2] ? 'b' : 'p'}:${word}${field[4] ? 'N' : ''}`, start, end, text };
  }
  // "1. A time when you...", "**2. Why this company?**": a numbered prompt; numbered in other ways too — a keycap
  // "1️⃣ Tell me about yourself", a letter "a. 你有没有遇到过…", a bracket "**[Q1] Introduce yourself:**". Each way of
  // numbering is its own dress.
  const num = /^[ \t]{0,3}(\*\*|__)?(?:(\d{1,3})[.)][ \t]+|(\d\uFE0F?\u20E3|\u{1F51F})[ \t]*|([a-h])[.)][ \t]+|\[[ \t]*(q)?[ \t]*\d{1,3}[ \t]*\][ \t]*)(.+)$/iu.exec(line);
  if (num) {
    const text = plain(line);
    const rest = plain(num[6]).replace(/[*_]+$/u, '').replace(/[:：][ \t]*$/u, '');
    const how = num[2] ? 'num' : num[3] ? 'key' : num[4] ? 'let' : 'brk';
    // A letter numbers a prompt only when it asks (a list of options "a) yes" numbers no questions).
    if (how === 'let' ? isQuestion(rest) || CJK_ASKS.test(rest) : promptLike(rest) || CJK_ASKS.test(rest)) return { dress: `${how}:${num[1] ? 'b' : 'p'}`, start, end, text };
    return undefined;
  }
  // "1 Tell me about yourself?", "2 Describe a conflict.": a number without its dot before a question.
  const bareNum = /^[ \t]{0,3}\d{1,3}[ \t]+(\p{Lu}.*)$/u.exec(line);
  if (bareNum && isQuestion(plain(bareNum[1]))) return { dress: 'num0:p', start, end, text: plain(line) };
  // "Why did you pick our company?" on a line of its own at the start of a block: a plain question line, in any
  // language (the question mark says it asks). Answers follow it on the next lines.
  const asks = line.includes('?') || line.includes('？') ? /^[ \t]{0,3}(?![-*+#>|<\d])(\S.{0,300}?[?？])["'”’)]*[ \t]*$/u.exec(line) : null;
  if (asks && countWords(asks[1]) <= 30 && !/^[ \t]*(?:\*\*|__)/u.test(line) && !TAG_QUESTION.test(asks[1])) return { dress: 'q:p', start, end, text: plain(asks[1]) };
  // "<b>2.Why should we hire you?</b>": a whole line in HTML bold, numbered or asking.
  const htmlBold = /^[ \t]*<(b|strong)>(.{1,300}?)<\/\1>[ \t]*$/iu.exec(line);
  if (htmlBold) {
    const text = plain(htmlBold[2]);
    const numbered = /^[^\p{L}\p{N}]*\d{1,3}\s*[.)]\s*/u.exec(text);
    // Numbered and set off in bold on its own line, a title may end like a sentence ("1.“Please introduce yourself.”").
    if (numbered ? countWords(text) <= 20 : isQuestion(text) && !matchLabel(text, true)) return { dress: 'html-b', start, end, text };
    return undefined;
  }
  // "**Tell me about a failure.**", a whole line in bold that asks a question.
  const bold = /^[ \t]*(\*\*|__)(.+)\1[ \t]*$/u.exec(line);
  if (bold) {
    const text = plain(bold[2]);
    if (isQuestion(text) && !matchLabel(text, true)) return { dress: 'bold-q', start, end, text };
    return undefined;
  }
  // '> "Tell me about yourself."': a quoted question.
  const quote = /^[ \t]*>[ \t]*(.+)$/u.exec(line);
  if (quote) {
    const text = plain(quote[1]).replace(/^["“'‘]+|["”'’]+$/gu, '');
    if (isQuestion(text) && countWords(text) <= 40) return { dress: 'quote-q', start, end, text };
  }
  return undefined;
}

/**
 * The marks a title line is dressed in, read from its shape and not from a list of known layouts: a bullet, a quote
 * mark, an emoji or symbol, a number in any form ("(3)", "III.", "#4", "5、", "1,"), a tag in brackets, bold, a line
 * in capitals, a trailing colon or question mark, a line underlined ("-----") or followed by a definition (": …").
 * Each way of dressing is a dress of its own, "g:" and its marks: lines dressed alike delimit the units of one bank.
 */
const SHAPE_TOKENS: { re: RegExp; mark: string }[] = [
  { re: /^>+[ \t]*/u, mark: '>' },
  { re: /^[-*+•·▪▫‣◦►▸▹▶→➤➜✓✔☐☑–—][ \t]+/u, mark: '-' },
  { re: /^(?:\p{Extended_Pictographic}|\p{So})(?:\uFE0F|\u200D(?:\p{Extended_Pictographic}|\p{So}))*[ \t]*/u, mark: 'E' },
  { re: /^\(\d{1,3}\)[ \t]*|^[\u2460-\u2473\u2776-\u277F][ \t]*/u, mark: '(N)' },
  { re: /^\d{1,3}[ \t]*[.)、,，:：．][ \t]*/u, mark: 'N' },
  { re: /^(?:[IVX]{1,5}|[ivx]{1,5})[.)][ \t]+/u, mark: 'R' },
  { re: /^#\d{1,3}\b[ \t]*/u, mark: '#N' },
  { re: /^\[[^\]\n]{1,30}\][ \t]*/u, mark: '[T]' },
];

/** A line enclosed whole in one pair of brackets or quotes: the opening mark, the words, the closing mark. */
const ENCLOSED = /^([[【〔［〖≪«《〈「『])([^\]】〕］〗≫»》〉」』\n]*\p{L}[^\]】〕］〗≫»》〉」』\n]*)([\]】〕］〗≫»》〉」』])$/u;

/** The generic dress of a line at the start of a block that no named dress takes, if it reads as a title (a few words). */
export function shapeOf(line: string, start: number, next = ''): Delimiter | undefined {
  if (line.length > 240 || !/^ {0,3}\S/u.test(line) || /^ {0,3}(?:[|<#]|`{3}|~{3})/u.test(line)) return undefined;
  let rest = line.trim();
  const marks: string[] = [];
  // A headline enclosed whole in a pair of brackets or quotes of any script ("[What I learned on the night shift]",
  // "≪Running the study group≫", "【入社後の目標】"): the pair is its dress, the words inside its title.
  const enclosed = ENCLOSED.exec(rest);
  if (enclosed) {
    marks.push(`${enclosed[1]}${enclosed[3]}`);
    rest = enclosed[2].trim();
  }
  for (let round = 0; round < 4; round++) {
    const tok = SHAPE_TOKENS.find((t) => t.re.test(rest));
    if (!tok) break;
    rest = rest.replace(tok.re, '');
    marks.push(tok.mark);
  }
  // Bold around the whole title ("**Owning a mistake**", "- __Conflict__:"), or none.
  const bold = /^(\*\*|__)(.+?)\1([:：?？]?)[ \t]*$/u.exec(rest);
  if (bold) {
    marks.push('b');
    rest = bold[2] + bold[3];
  } else if (/\*\*|__/u.test(rest)) return undefined;
  const text = plain(rest).replace(/[*_]+$/u, '').trim();
  if (!/\p{L}/u.test(text) || isTrailerLabel(text)) return undefined;
  const words = countWords(text);
  // A title asks or names in a few words: not a sentence of prose (a question may end like one, "I. Tell me about…").
  // (Marks repeated for emphasis, "입학 후 학업 계획!!!", end no sentence.)
  if (words > 16 || (/[.;!。！]["'”’)]*$/u.test(text) && !/[!！]{2,}$/u.test(text) && !isQuestion(text))) return undefined;
  if (/[:：]$/u.test(text)) marks.push(':');
  // (Capitals of a script with case, most of the letters: "DEVIL 프로젝트 …" is a Korean line that names a project.)
  const letters = text.replace(/[^\p{L}]/gu, '');
  const cased = text.replace(/[^\p{Lu}\p{Ll}]/gu, '');
  if (cased.length >= 3 && cased === cased.toUpperCase() && cased.length * 2 > letters.length) marks.push('CAPS');
  if (/^ {0,3}(?:=+|-+)[ \t]*$/u.test(next)) marks.push(next.includes('=') ? 'u=' : 'u-');
  else if (/^ {0,3}:[ \t]+\S/u.test(next)) marks.push('dt');
  // A line with no mark at all is a title alone in its block (a short line, then a blank line), or over a line of
  // prose far longer than itself that it does not run into ("자기소개" over the answer's first line, no blank between):
  // the first line of a paragraph wrapped by hand is as long as the next. (Its own dress: the units of a bank are the
  // lines dressed alike, so one such paragraph alone titles nothing.)
  // (Over a list right under it, "my WEAKNESS" over "- I tend to…": a short line that ends no sentence heads the list,
  // a dress of its own.)
  if (marks.length === 0) {
    if (/\S/u.test(next)) {
      const body = next.trim();
      if (/^[-*+][ \t]+\S/u.test(body) && words <= 8 && text.length <= 40 && !/[.,;]$/u.test(text)) marks.push('line-');
      else if (words > 8 || text.length > 40 || body.length < 30 || body.length < 2 * text.length || /^(?:[-*+>|#<]|\d{1,3}[.)])/u.test(body) || /^ {0,3}(?:=+|-+)[ \t]*$/u.test(next)) return undefined;
      else marks.push('line+');
    } else marks.push('line');
  }
  return { dress: `g:${marks.join('')}`, start, end: start + line.length, text };
}

export interface Body {
  words: number;
  firstPerson: number;
  /** The body says where its answer is: a field line "**Answer:**", "- **回答例**：", "A:", whatever follows it. */
  answerField: boolean;
  /** Words that address the reader ("you", "вы", "Sie"): a guide or an FAQ talks to the reader. */
  secondPerson: number;
  /** Words of the lines that ask a question themselves. */
  askWords: number;
}

/**
 * A line that opens the answer of a unit in any language: an answer word (ANSWER_HEADING's, "A", "A3") in a field of
 * its own, with or without the answer after it ("**Sample answer:** ...", "- **回答例**：", "Antwort: ...").
 */
function answerFieldLine(line: string): boolean {
  const bare = plain(line).replace(/^[ \t>]*(?:[-*+][ \t]+)?/u, '');
  const field = /^([^:：]{1,30}?)[ \t]*[:：]/u.exec(bare);
  if (!field) return false;
  const name = field[1].trim();
  return (ANSWER_HEADING.test(name) && countWords(name) <= 3) || /^a\d{0,3}$/iu.test(name);
}

/** A line's quote, bullet or number mark ("> ", "- ", "3. "), taken off before the line is read as a question or advice. */
const ITEM_MARK = /^[ \t>]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?/u;

/** Words and first-person words of an answer body, header-field lines and markup aside. */
export function bodyOf(lines: { text: string; start: number }[], from: number, to: number): Body {
  let words = 0;
  let firstPerson = 0;
  let answerField = false;
  let secondPerson = 0;
  let askWords = 0;
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    if (!t.trim()) continue;
    const b = lineBody(t);
    if (b.answerField) answerField = true;
    words += b.words;
    askWords += b.askWords;
    firstPerson += b.firstPerson;
    secondPerson += b.secondPerson;
  }
  return { words, firstPerson, answerField, secondPerson, askWords };
}

/**
 * One line's share of `bodyOf`, read once per line text: the bank split asks `bodyOf` of overlapping runs of lines
 * (each heading's own lines, then its lines up to the next answer), which read most lines two or three times.
 * Bounded: cleared when full.
 */
const lineBody = memoByText((t: string): Body => {
  const b: Body = { words: 0, firstPerson: 0, answerField: answerFieldLine(t), secondPerson: 0, askWords: 0 };
  if (!FIELD_LINE.test(t)) {
    const p = plain(t);
    b.words = countWords(p);
    // A question put to the reader ("Tell me about a time you...", "What did you learn?") is an interviewer's line:
    // its "me" is not the teller speaking, so a list of questions holds no answer.
    // (in any script: "公司的企业文化是怎样的？" asks as "…?" does)
    if (isQuestion(p.replace(ITEM_MARK, '')) || /[？]["'”’)\s]*$/u.test(p)) b.askWords = b.words;
    else {
      b.firstPerson = (p.match(FIRST_PERSON) ?? []).length + (p.match(FIRST_PERSON_OTHER) ?? []).length + droppedSubjectActs(p);
      b.secondPerson = (p.match(ADDRESS) ?? []).length;
      if (b.secondPerson === 0) b.firstPerson += (p.match(ELIDED_I) ?? []).length;
    }
  }
  return b;
}, 8192);

/** The function words of each alphabetic language of the other-language grammars (articles, conjunctions, negators). */
const FUNCTION_WORDS = OTHER_GRAMMARS.filter((g) => !g.cjk).map((g) => ({
  lang: g.lang,
  words: new Set([...(g.articles ?? []), ...(g.conjunctions ?? []), ...g.negators].filter((w) => w.length >= 2 && !w.includes(' '))),
}));

/**
 * The speaker's acts told with the pronoun dropped, in a language whose verbs say who acts by their ending (Spanish,
 * Portuguese, Italian: "Empecé en una aseguradora y ahora preparo los modelos", "Implementei o cache que faltava",
 * "ho proposto di misurare…", and "we" in "acordamos", "abbiamo sistemato"): as many first-person words as such verbs.
 * The line's language is the one of the other-language grammars whose function words it holds most of ("los", "que",
 * "não", "il", "les", "und"); read only on a line that may be in another language than English (nlp/other-language.ts
 * mayBeOther) that does not address the reader, and only when that language drops its pronouns (French, German,
 * Turkish do not, or are not known).
 */
function droppedSubjectActs(line: string): number {
  // (A line that talks to the reader, "talvez você responda em outro contexto", is a guide's: an ending in it is a
  // weaker sign than a pronoun and does not outweigh the "you".)
  if (READER.test(line) || !mayBeOther(line)) return 0;
  // (Korean and Japanese drop the subject too, and say the past on the clause's last verb: "…선택했습니다", "…しました")
  const told = toldPastActs(line);
  if (told > 0) return told;
  const tokens = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  let lang = '';
  let most = 0;
  for (const f of FUNCTION_WORDS) {
    const n = tokens.filter((t) => f.words.has(t)).length;
    if (n > most) {
      most = n;
      lang = f.lang;
    } else if (n === most) lang = '';
  }
  const forms = SUBJECTLESS_FORMS.find((x) => x.lang === lang);
  if (!forms) return 0;
  const acts = subjectlessActs(line, forms);
  return acts.own + acts.shared;
}

/**
 * An answer: a paragraph of 20 words or more told in the first person, or under a field that says it is the answer
 * (languages that drop the pronoun, "私は" once or not at all, still label their sample answers).
 */
function answered(b: Body, asked = false): boolean {
  if (b.words >= 20 && (b.firstPerson >= 2 || b.answerField)) return true;
  // Under a line that only asks, the lines that follow reply to it, even when the language drops the pronoun
  // ("Учусь в прикладном плане..."): a reply of a sentence or two that does not itself talk to the reader (an FAQ's
  // answers talk to "you").
  return asked && b.words >= 8 && b.secondPerson <= b.firstPerson;
}

/**
 * True when the words under a title instruct the reader: its first sentence ("Always start with…", "Research the company
 * first."), or under a title that does not ask, any sentence of its first lines ("Prepare two. Don't ask about salary…").
 */
function givesAdvice(lines: { text: string }[], from: number, to: number, anySentence: boolean): boolean {
  for (let i = from; i < Math.min(to, from + 20); i++) {
    const t = plain(lines[i].text).replace(ITEM_MARK, '');
    if (!/\p{L}/u.test(t)) continue;
    const sentences = t.slice(0, 600).split(/(?<=[.!?;])\s/u);
    if (!anySentence) return instructs(sentences[0]) > 0;
    if (sentences.some((x) => instructs(x) > 0)) return true;
  }
  return false;
}

/** Dresses of a line that only asks: a plain question line, a number without its dot before a question. */
const ASKED_DRESS = /^(?:q:p|num0:p|bold-q|quote-q|html-b|turn)$/u;

/**
 * True when a heading is over a story told right under it: forty words or more in the first person (three first-person
 * words or more, outside quotes) before any sub-heading. A heading whose words are under a sub-heading is a topic over the answer's own
 * title.
 */
function toldUnder(lines: { text: string; start: number }[], from: number, to: number): boolean {
  const b = ownBody(lines, from, to);
  return b.words >= 40 && b.firstPerson >= 3;
}

/**
 * The body right under a title (before any sub-heading) in the teller's own words: quoted sentences are samples of
 * speech, in a guide as much as in an answer, and the teller speaks outside quotes.
 */
function ownBody(lines: { text: string; start: number }[], from: number, to: number): Body {
  let end = from;
  while (end < to && !/^ {0,3}#{1,6}[ \t]/u.test(lines[end].text)) end++;
  const own = lines.slice(from, end).map((l) => ({ ...l, text: l.text.replace(/["“][^"”]{0,600}["”]/gu, ' ') }));
  return bodyOf(own, 0, own.length);
}

/** A title that names the candidate's strengths or weaknesses in any language (knowledge/asks.ts, selfTraits). */
const SELF_TRAITS = new RegExp(OTHER_LANGUAGE_CONCEPTS.selfTraits, 'iu');

/**
 * True when headings of one dress are the sections of one talk, not a bank's answers: under one heading that covers
 * them all and asks an interview question ("# 자기소개", "# 自己PR", "# Tell me about yourself"), the talk opens with a
 * greeting or the speaker naming themself (right under that heading, or as the first section: "### 안녕하세요! 저는 …"),
 * and either it closes with thanks or the sections' titles mostly ask nothing (topics of one self-introduction:
 * "관심 있는 분야", "アメリカ育ち"). Fewer than half of the titles may ask. (nlp/other-language.ts opensTalk, closesTalk)
 */
function talkSections(lines: { text: string }[], list: { d: Delimiter; line: number }[], level: number, asking: boolean[]): boolean {
  // (a title asks here as an interviewer's topic does too: "Strengths", "优势", "Schwächen")
  const asks = list.map((x, k) => asking[k] || interviewAsk(x.d.text) || SELF_TRAITS.test(x.d.text));
  if (asks.filter(Boolean).length * 2 >= list.length) return false;
  const headingAt = (i: number): number => /^ {0,3}(#{1,6})[ \t]/u.exec(lines[i].text)?.[1].length ?? 0;
  // (the heading over the dress: the nearest shallower one before its first title, with none as shallow before its last)
  let cover = -1;
  for (let i = list[0].line - 1; i >= 0; i--) {
    const h = headingAt(i);
    if (h > 0 && h < level) {
      cover = i;
      break;
    }
  }
  if (cover < 0) return false;
  const coverLevel = headingAt(cover);
  const last = list[list.length - 1].line;
  let end = lines.length;
  for (let i = cover + 1; i < lines.length; i++) {
    const h = headingAt(i);
    if (h > 0 && h <= coverLevel) {
      end = i;
      break;
    }
  }
  if (end <= last) return false;
  const coverText = lines[cover].text.replace(/^ {0,3}#{1,6}[ \t]+/u, '');
  if (!(isQuestion(coverText) || interviewAsk(coverText) || CJK_ASKS.test(coverText))) return false;
  // (the opening: the lines right under the covering heading, or else the first heading under it with its first lines)
  const textOf = (from: number, to: number): string => lines.slice(from, to).map((l) => plain(l.text.replace(/^ {0,3}#{1,6}[ \t]+/u, ''))).filter((t) => /\p{L}/u.test(t)).join('\n');
  let next = cover + 1;
  while (next < end && headingAt(next) === 0) next++;
  let opening = textOf(cover + 1, next);
  if (!opening) {
    let after = next + 1;
    while (after < end && headingAt(after) === 0) after++;
    opening = textOf(next, Math.min(after, next + 4));
  }
  if (!opensTalk(opening)) return false;
  let lastHeading = end - 1;
  while (lastHeading > cover && headingAt(lastHeading) === 0) lastHeading--;
  // (the close: the last heading under it with its first lines, "## 最後に" over "…ありがとうございました！", or its last lines)
  const close = textOf(lastHeading, end).split('\n');
  return closesTalk(close.slice(0, 3).join('\n')) || closesTalk(close.slice(-2).join('\n')) || !asks.some(Boolean);
}

/**
 * The line where the unit of the k-th delimiter of a dress ends: at the next delimiter of its dress; a heading's unit
 * at the next heading of its level or higher too; a unit that is not a heading at a heading (a new section of the
 * document), unless the heading names its answer or one of its parts ("#### Answer", "### Situation").
 */
function unitEndOf(lines: { text: string }[], found: { d: Delimiter; line: number; at: number }[], list: { d: Delimiter; line: number; at: number }[], k: number, level: number | undefined): number {
  const endLine = k + 1 < list.length ? list[k + 1].line : lines.length;
  if (level !== undefined) {
    // (`found` is in line order: the search starts after this delimiter and stops at the unit's end, so that
    // all the units of a dress take one pass over `found`, not one each.)
    for (let o = list[k].at + 1; o < found.length && found[o].line < endLine; o++) {
      const h = found[o].d.heading;
      if (h !== undefined && h < level) return found[o].line;
    }
    for (let i = list[k].line + 1; i < endLine; i++) {
      const hm = /^ {0,3}(#{1,6})[ \t]/u.exec(lines[i].text);
      if (hm && hm[1].length < level) return i;
    }
    return endLine;
  }
  for (let i = list[k].line + 1; i < endLine; i++) {
    const hm = /^ {0,3}#{1,6}[ \t]+(.*)$/u.exec(lines[i].text);
    if (hm && !ANSWER_HEADING.test(plain(hm[1])) && !matchLabel(plain(hm[1]).replace(/[#\s]+$/u, ''), true, false, true)) return i;
  }
  return endLine;
}

/** A line the scan of segmentUnits takes as a possible delimiter: its delimiter, its line, its place among the named ones (-1: generic). */
export interface ScannedLine {
  d: Delimiter;
  line: number;
  at: number;
}

/**
 * The fenced code block still open after a line (its opening fence, or undefined): a line that opens or closes a
 * fence, and every line inside one, is code, not a unit of the bank.
 */
export function fenceAfter(text: string, fence: string | undefined): string | undefined {
  const f = /^[ \t]{0,3}(`{3,}|~{3,})/u.exec(text);
  if (fence !== undefined) return f && f[1][0] === fence[0] && f[1].length >= fence.length ? undefined : fence;
  return f ? f[1] : undefined;
}

/**
 * The scan of segmentUnits: the source's lines, the lines inside quotation marks, the lines of a named dress
 * (delimiterOf) and those dressed by their marks alone (shapeOf). segmentUnits chooses its bank among them; the answer
 * finder's measurement (scripts/eval/answer-units.ts) reads the same candidates.
 */
/** The lines of `source` from offset `from` on, each without its line break, with the offset where it starts. */
export function sourceLines(source: string, from = 0): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  const re = /[^\n]*(?:\n|$)/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) && m[0].length > 0) {
    lines.push({ text: m[0].replace(/\r?\n$/u, ''), start: m.index });
    if (re.lastIndex >= source.length) break;
  }
  return lines;
}

export function scanDelimiters(source: string, from = 0): { lines: { text: string; start: number }[]; found: ScannedLine[]; generic: ScannedLine[] } {
  const lines = sourceLines(source, from);
  const quoted = quotedLines(lines);
  const found: { d: Delimiter; line: number; at: number }[] = [];
  /** Lines no named dress takes, dressed by their marks alone (shapeOf). */
  const generic: { d: Delimiter; line: number; at: number }[] = [];
  let fence: string | undefined;
  let prevBlank = true;
  let prevHeading = false;
  let prevItem = false;
  /** The indent of the last line with text. */
  let prevIndent = 0;
  /** The last line with text is a line of prose (no item, quote, table row, tag or heading). */
  let prevProse = false;
  /** The number of the last numbered line that opened a unit, if any. */
  let lastNumber: number | undefined;
  /** Lines that open a speaker's turn ("**Interviewer:** …"), for dialogueTurns. */
  const speakers: SpeakerLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    const inCode = fence !== undefined;
    fence = fenceAfter(t, fence);
    if (inCode || fence !== undefined) continue;
    const blank = !/\S/u.test(t);
    if (!blank && speakers.length < MAX_TURNS) {
      const sp = speakerOf(t);
      if (sp) speakers.push({ line: i, ...sp });
    }
    if (!blank && !quoted.has(i)) {
      // A numbered line right after a list item starts an item of its own: a block, as after a blank line. So does
      // one that goes on with the numbering of the lines that opened units before it ("5. Disagreeing with a decision"
      // right under the notes of item 4, with no blank line between): the writer numbered it as the next item.
      // (A keycap, "7️⃣ How do you run stand-ups?", numbers an item wherever its line stands: it is no word of prose.)
      const numbered = /^[ \t]{0,3}(?:\*\*|__)?(\d{1,3})[.)][ \t]/u.exec(t);
      const keycap = /^[ \t]{0,3}(?:\*\*|__)?(?:\d\uFE0F?\u20E3|\u{1F51F})/u.test(t);
      const afterItem = keycap || (numbered !== null && (prevItem || (lastNumber !== undefined && Number(numbered[1]) === lastNumber + 1)));
      // A whole line that asks ("Why this company?") right under a line of prose, over a line that starts a sentence,
      // opens a block too: notes written with no blank line between a question and the answer under it.
      const askUnderProse = !prevBlank && prevProse && /^[ \t]{0,3}\p{Lu}[^\n]{0,200}[?？]["'”’)]*[ \t]*$/u.test(t) && i + 1 < lines.length && /^[ \t]{0,3}\p{Lu}/u.test(lines[i + 1].text);
      const d = delimiterOf(t, lines[i].start, prevBlank || prevHeading || afterItem || askUnderProse, i + 1 < lines.length ? lines[i + 1].text : '');
      if (d) found.push({ d, line: i, at: found.length });
      // A top-level list item right under the nested lines of the item before it ("- Why this role?" after the
      // "  + …" notes of the last question) opens a block of its own: the items of a tight list are siblings.
      // (So does an item right under another item of a tight list when it asks an interview question itself, "- What
      // frustrates you?" right under "- What excites you?": a list of questions, each over its answer or none.)
      const siblingItem = !prevBlank && /^[-*+][ \t]+\S/u.test(t) && (prevIndent > 0 || (prevItem && itemAsks(t)));
      if (d?.heading === undefined && (prevBlank || prevHeading || siblingItem) && generic.length < MAX_GENERIC) {
        const g = shapeOf(t, lines[i].start, i + 1 < lines.length ? lines[i + 1].text : '');
        if (g) generic.push({ d: g, line: i, at: -1 });
      }
      if (d && numbered && d.heading === undefined) lastNumber = Number(numbered[1]);
      prevHeading = /^ {0,3}#{1,6}[ \t]/u.test(t) || /^ {0,3}(?:[-*_][ \t]*){3,}$/u.test(t);
      prevItem = /^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])(?:[ \t]|$)/u.test(t);
      prevIndent = /^[ \t]*/u.exec(t)![0].replace(/\t/gu, '    ').length;
      prevProse = !/^[ \t]*(?:[-*+>|#<]|\d{1,3}[.)])/u.test(t);
    }
    prevBlank = blank;
  }
  const turns = dialogueTurns(lines, speakers);
  if (turns.length > 0) {
    // The asker's turns are the units of the dialogue: each replaces what else the scan read on its line.
    const taken = new Set(turns.map((x) => x.line));
    const merged = [...found.filter((x) => !taken.has(x.line)), ...turns].sort((a, b) => a.line - b.line);
    merged.forEach((x, k) => (x.at = k));
    return { lines, found: merged, generic: generic.filter((x) => !taken.has(x.line)) };
  }
  return { lines, found, generic };
}

/** A line that opens a speaker's turn: the speaker's name as written, the name's key, and the words said on the line. */
interface SpeakerLine {
  line: number;
  name: string;
  key: string;
  said: string;
}

/** Speaker lines read past this many are not read (a file of thousands of "Name: value" lines is no dialogue). */
const MAX_TURNS = 400;
/** The teller's words in reply that make an asker's turn open an answer (a greeting's "Fine, thanks" opens none). */
const TURN_REPLY_WORDS = 20;

/**
 * "**Interviewer:** How are you?", "**ASSISTANT**: …", "Entrevistador:" alone over its words: a name of one to four
 * words (any script, an emoji before it) set off by a colon, in bold or not, at the start of a line. Not a part label
 * ("Situation:"), not a question or answer field ("Q:", "Answer:"): those are handled as fields.
 */
const SPEAKER_LINE = /^[ \t]{0,3}(?:>[ \t]*)?(?:[-*+][ \t]+)?(?:(\*\*|__)([^*_:：\n]{1,40}?)[ \t]*(?:[:：][ \t]*\1|\1[ \t]*[:：])|([^*_:：\n[\](){}<>|#`/]{1,40}?)[ \t]*[:：])(?![/\\])[ \t]*(.*)$/u;

/** The question field's words that name a person, the interviewer (knowledge/asks.ts INTERVIEWER_NAMES): a speaker's name. */
const ASKER_NAMES = new Set(INTERVIEWER_NAMES);

function speakerOf(line: string): { name: string; key: string; said: string } | undefined {
  if (!line.includes(':') && !line.includes('：')) return undefined;
  const m = SPEAKER_LINE.exec(line);
  // (a key of a program's object, `question: "…",`, is no speaker)
  if (!m || /^["'`].*["'`][ \t]*,[ \t]*$/u.test(m[4] ?? '')) return undefined;
  const name = (m[2] ?? m[3] ?? '').trim();
  const words = name.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 1 || words.length > 4 || /^\d/u.test(name)) return undefined;
  if (matchLabel(name, true, false, true) || ANSWER_HEADING.test(name) || (QUESTION_FIELD.test(`${name}:`) && !ASKER_NAMES.has(name.toLowerCase()))) return undefined;
  return { name, key: name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase(), said: plain(m[4] ?? '').replace(/^["“'‘«„*_\s]+/u, '') };
}

/** Whether a turn's words ask: a question mark anywhere in them (an interviewer's turn may thank before it asks). */
const turnAsks = (text: string): boolean => /[?？]/u.test(text) || CJK_ASKS.test(text);

/**
 * The units of a dialogue: two speakers whose turns alternate (four turns or more, two or more each), one of them the
 * asker (half or more of their turns ask) and the other the teller (fewer of theirs ask, and they say more). Each
 * asker's turn that the teller replies to in twenty words or more opens an answer; small talk ("How are you?" over
 * "Fine, thanks") opens none. The same in any language: who asks and who tells is read from the turns, not the names.
 */
function dialogueTurns(lines: { text: string; start: number }[], speakers: SpeakerLine[]): ScannedLine[] {
  if (speakers.length < 4) return [];
  // Each turn's words: the words on its line and the lines under it, up to the next speaker's line or a heading.
  // (what a turn asks is read from its first paragraph: a numbered question further down, after a tip, is not asked by
  // the tip's writer)
  const first: string[] = [];
  const said = speakers.map((sp, k) => {
    const end = k + 1 < speakers.length ? speakers[k + 1].line : lines.length;
    let text = sp.said;
    let head: string | undefined = sp.said || undefined;
    for (let i = sp.line + 1; i < end && i < sp.line + 60; i++) {
      if (/^ {0,3}(?:#{1,6}[ \t]|(?:[-*_][ \t]*){3,}$)/u.test(lines[i].text)) break;
      if (!/\S/u.test(lines[i].text) && /\p{L}/u.test(text)) head ??= text;
      text += ` ${lines[i].text}`;
    }
    first.push(head ?? text);
    return text;
  });
  const out: ScannedLine[] = [];
  // Runs of turns alternating between two speakers.
  let k = 0;
  while (k < speakers.length) {
    let j = k + 1;
    while (j < speakers.length && speakers[j].key !== speakers[j - 1].key && (j - k < 2 || speakers[j].key === speakers[j - 2].key)) j++;
    if (j - k >= 4) {
      const a = speakers[k].key;
      const run = speakers.slice(k, j).map((sp, o) => ({ sp, text: said[k + o], head: first[k + o] }));
      const of = (key: string) => run.filter((x) => x.sp.key === key);
      const keys = [a, speakers[k + 1].key];
      const asking = keys.map((key) => of(key).filter((x) => turnAsks(x.head)).length / of(key).length);
      const words = keys.map((key) => of(key).reduce((n, x) => n + countWords(x.text), 0));
      const asker = asking[0] >= 0.5 && asking[1] < asking[0] && words[1] > words[0] ? 0 : asking[1] >= 0.5 && asking[0] < asking[1] && words[0] > words[1] ? 1 : -1;
      if (asker >= 0) {
        for (let o = 0; o + 1 < run.length; o++) {
          const x = run[o];
          if (x.sp.key !== keys[asker] || countWords(run[o + 1].text) < TURN_REPLY_WORDS) continue;
          const line = lines[x.sp.line];
          const text = plain(x.head).trim().slice(0, 300);
          out.push({ d: { dress: 'turn', start: line.start, end: line.start + line.text.length, text }, line: x.sp.line, at: -1 });
        }
      }
    }
    // (the run's last turn may open the next run: "person" then "Entrevistador" where another dialogue begins)
    k = j - k >= 2 ? j - 1 : k + 1;
  }
  return out.length >= 2 ? out : [];
}

/**
 * The units of a bank: the delimiters of the one dress that repeats with an answer after most of its lines, or []
 * when no dress does (an ordinary document, or one answer). `from` is where the body of the file begins (after its
 * front matter).
 */
export function segmentUnits(source: string, from = 0): Unit[] {
  const { lines, found, generic } = scanDelimiters(source, from);
  const shaped = genericUnits(lines, generic, source);
  if (found.length < 2) return shaped;
  const byDress = new Map<string, ScannedLine[]>();
  for (const x of found) {
    let list = byDress.get(x.d.dress);
    if (!list) byDress.set(x.d.dress, (list = []));
    list.push(x);
  }
  /** The file's first line with text (its title when it is a heading with nothing under it). */
  const firstLine = lines.findIndex((l) => /\S/u.test(l.text));
  let best: { units: Unit[]; good: number; first: number } | undefined;
  /** Every heading dress with the units it would give, which of them are answered and titled: for banks nested in a unit. */
  const byLevel = new Map<number, Evaluated>();
  /** The units of every dress that repeats, for numbering that goes on in another dress. */
  const evaluated: Unit[][] = [];
  for (const [dress, list] of byDress) {
    if (list.length < 2) continue;
    const level = list[0].d.heading;
    const units: Unit[] = [];
    let good = 0;
    let titled = 0;
    let blank = 0;
    let replied = 0;
    const oks: boolean[] = [];
    const titles: boolean[] = [];
    const sizes: Body[] = [];
    // Headings of a list of principles (promptList) are each answered by the lines under them.
    const prompts = level !== undefined && promptList(list.map((x) => x.d.text));
    const ends = list.map((_, k) => unitEndOf(lines, found, list, k, level));
    // A title that asks, in any dress and any language ("你为什么想离开现在的公司", "무엇인가요?(3가지)" as a question).
    const asking = list.map((x) => isQuestion(x.d.text) || CJK_ASKS.test(x.d.text));
    // Units of one dress are of one kind: among titles that ask and are replied to (two or more), a title of the same
    // dress that names a topic in a few words ("4. Rolling back a bad deployment" between "3. How do you…?" and "5. What
    // would you…?") asks as much, and the notes under it reply to it.
    const repliedAsks = list.filter((x, k) => asking[k] && answered(bodyOf(lines, x.line + 1, ends[k]), true)).length;
    // What repeats is the unit: when most titles of a dress ask, one or more of them an interviewer's question to the
    // candidate ("Why are you leaving?", "期望薪资"), and two or more are replied to or are such questions, the dress is
    // a bank of questions, and every title of it that asks or names a topic in a few words is a question of the bank; a
    // reply under it of any length ("- 带好头", "Delegar.", one line of notes) is its answer, however terse (the length rule
    // says it is short). Not a title that ends with a colon ("坑点：", "Notes:"): it heads notes, it asks nothing.
    const interviewAsks = list.filter((x) => interviewAsk(x.d.text)).length;
    // (Replied to however tersely counts: a note of a line in the teller's words, not to the reader and no advice,
    // under each of two titles that ask, "苦手なことは何ですか" over "人前で話すこと", "Onde se vê em cinco anos?" over
    // "Liderando um time pequeno.", replies as much as a paragraph does.)
    const notedAsks = list.filter((x, k) => {
      if (!asking[k]) return false;
      const b = bodyOf(lines, x.line + 1, ends[k]);
      return b.words > b.askWords && b.secondPerson <= b.firstPerson && !givesAdvice(lines, x.line + 1, ends[k], false);
    }).length;
    const askBank = asking.filter(Boolean).length * 2 >= list.length && interviewAsks >= 1 && (repliedAsks >= 2 || interviewAsks >= 2 || notedAsks >= 2);
    for (let k = 0; k < list.length; k++) {
      const endLine = ends[k];
      const body = bodyOf(lines, list[k].line + 1, endLine);
      const empty = unfilledSlot(lines, list[k].line + 1, endLine);
      // A heading in Chinese, Japanese or Korean that asks, or names an interview topic ("自我介绍", "最大的缺点"), is
      // answered by the lines under it without a pronoun: those languages drop "I", so the reply counts as under a line
      // that asks. ("概要", "方針" ask nothing: their sections are no answers.)
      // Whatever its dress, a title that asks an interview question is answered by the lines under it.
      const asks = asking[k];
      // A heading that names a principle ("## Ownership") asks for a story that shows it: the same.
      // (Lines of a list or of bold titles, not headings: a document's sections are named by topics whatever they hold.)
      const topic = level === undefined && repliedAsks >= 2 && promptLike(list[k].d.text.replace(QUESTION_PREFIX, ''));
      const lineAsks = ASKED_DRESS.test(dress) || topic || (level !== undefined && (prompts || asksForStory(list[k].d.text)));
      // A numbered question or a question field followed only by more questions (the next items of its list) is
      // not replied to: its reply is in words that do not ask.
      const reply = lineAsks ? body : { ...body, words: body.words - body.askWords };
      const asked = lineAsks || asks;
      // (Not a reply that gives advice, "Always start with a greeting.": that is a tip under a question or a topic.)
      const terse = askBank && (asks || promptLike(list[k].d.text.replace(QUESTION_PREFIX, ''))) && !/[:：][\s*_]*$/u.test(list[k].d.text) && body.words > body.askWords && body.secondPerson <= body.firstPerson && !givesAdvice(lines, list[k].line + 1, endLine, !asks);
      const ok = answered(reply, asked) || empty || terse;
      if (ok) good++;
      // A question with nothing under it is an answer not written yet: among two or more questions replied to in
      // words of their own (not only by more questions, as in a list of questions), it does not count against the
      // bank.
      // So is a title that names a topic in a few words with nothing at all under it ("## Biggest failure", then the
      // next title): a heading left for its answer.
      // (A heading: beside answers found otherwise, a list item or a line that asks with nothing under it is a
      // question listed, not a slot left.)
      // (The first line of the file with nothing under it is the file's title, "## Amazon loop prep", not a slot.)
      const unwritten = !ok && level !== undefined && list[k].line > firstLine && leftToWrite(list[k].d.text, lines.slice(list[k].line + 1, endLine).map((l) => l.text).join('\n'), level);
      if (unwritten || (!ok && asks && body.words === 0)) blank++;
      if (empty || answered({ ...body, words: body.words - body.askWords }, asked)) replied++;
      const isTitled = empty || ok && (level === undefined || toldUnder(lines, list[k].line + 1, endLine) || storyHeadingText(list[k].d.text) || namesTopic(list[k].d.text) || asksInOtherScript(list[k].d.text) || /^[^\p{L}\p{N}]*\d{1,3}[.):]/u.test(list[k].d.text) || fieldInside(lines, list[k].line + 1, endLine));
      if (isTitled) titled++;
      // (`unwritten` set after the literal: a spread of an empty object for every answered unit went through the
      // runtime's slow path, thousands of times in a bank of one-line answers)
      const unit: Unit = { ...list[k].d, bodyEnd: endLine < lines.length ? lines[endLine].start : source.length, answered: ok };
      if (unwritten) unit.unwritten = unwritten;
      units.push(unit);
      oks.push(ok);
      titles.push(isTitled);
      // (what the teller says under a heading in words of their own: for a group's answers of one size, withNestedBanks)
      sizes.push(level !== undefined && ok ? ownBody(lines, list[k].line + 1, endLine) : NO_BODY);
    }
    // Answers are titled each their own way: lines of one dress that all repeat one title ("#### Key words" under each
    // paragraph) are fields of a form.
    // Headings left for their answers (two or more, "## Why mobile" with nothing under it) beside headings answered in
    // the teller's words are the titles of a bank being written: each answered one is titled by its heading, whatever
    // it names ("## Proudest project", "### Trabajo en equipo").
    if (level !== undefined && blank >= 2 && replied >= 2 && titled * 2 < good) {
      for (let k = 0; k < list.length; k++) if (oks[k] && !titles[k]) {
        titles[k] = true;
        titled++;
      }
    }
    const oneTitle = new Set(list.map((x) => x.d.text.toLowerCase())).size * 2 <= list.length;
    // Headings of one dress in two or more groups (each under a shallower heading), every answered one told in the
    // teller's own words in a body of one size (alike), are a bank's answers however they are titled: the group
    // headings over them are chapters ("## Work history", "## Side work"), not answers.
    const grouped = level !== undefined && titled * 2 < good && alike(list.flatMap((x, k) => (oks[k] ? [{ x: x.d, b: sizes[k] }] : []))) && inGroups(lines, list, level);
    const passes = !oneTitle && !(good < 2 || good * 5 < (list.length - (replied >= 2 ? blank : 0)) * 3 || (titled * 2 < good && !grouped)) && !(level !== undefined && list.every((x) => isQuestion(x.d.text)) && selfAsked(list.map((x) => x.d.text))) && !(level !== undefined && talkSections(lines, list, level, asking));
    if (level !== undefined) byLevel.set(level, { units, oks, titles, passes, sizes });
    evaluated.push(units);
    if (!passes) continue;
    if (!best || good > best.good || (good === best.good && list[0].line < best.first)) best = { units, good, first: list[0].line };
  }
  // A dress read from its marks alone is the bank when it holds more answers than the named dress that won, and the
  // titles of the named units that hold them ask nothing: a file's sections named by headings ("## Open questions")
  // over answers dressed as items ("- 1, …") are groups. (Items under a title that asks, "## Tell me about a
  // conflict", are that answer's notes.)
  if (!best) return shaped;
  // (A named title that is itself a line of that dress, "What are your strengths?" among "my WEAKNESS", "after 5YEARS",
  // each over its list, is one of them: its siblings are no notes of its answer.)
  if (shaped.length > best.good && best.units.every((u) => shaped.some((g) => g.start === u.start) || !shaped.some((g) => g.start > u.end && g.start < u.bodyEnd) || !(asksForStory(u.text) || CJK_ASKS.test(u.text) || interviewAsk(u.text)))) return shaped;
  return numberingGoesOn(withNestedBanks(numberingFilled(splitAtAsks(best.units, found, source), lines, source), byLevel), evaluated);
}

/** A line that asks an interview question: a question, a prompt, or a question in another script. */
function asksInterview(text: string): boolean {
  return isQuestion(text) || CJK_ASKS.test(text) || interviewAsk(text);
}

/** A list item that asks an interview question (asksInterview on its text). */
function itemAsks(line: string): boolean {
  return asksInterview(plain(line.replace(ITEM_MARK, '')));
}

/** The dresses of a line that asks on its own (a plain question line, a bold one, a quoted one). */
const ASK_LINE_DRESS = /^(?:q:p|bold-q|quote-q|html-b|num0:p)$/u;

/**
 * A bank's answers written in one dress with one among them in another ("### Are you open to relocation?", its reply,
 * then "Are you open to working in shifts?" as a plain line over a reply of its own, then "### When can you join?"):
 * a line that puts one interview question to the candidate ("you", or a prompt), at the start of a block inside an
 * answer's body, after a reply of that answer's own and over a reply of its own, is the next answer, at the level of
 * the one it was in. (Not a line of several questions: a list of them, or questions the teller asks themself.)
 */
function splitAtAsks(units: Unit[], found: { d: Delimiter; line: number; at: number }[], source: string): Unit[] {
  const out: Unit[] = [];
  const replyWords = (from: number, to: number): number => countWords(source.slice(from, to).split(/\r?\n/u).filter((l) => !isQuestion(plain(l))).join(' '));
  // (the lines that ask on their own, in the order of the file, walked once beside the units)
  const asks = found.filter((x) => ASK_LINE_DRESS.test(x.d.dress));
  let j = 0;
  for (const u of units) {
    while (j < asks.length && asks[j].d.start <= u.end) j++;
    const inside: typeof asks = [];
    for (let k = j; k < asks.length && asks[k].d.start < u.bodyEnd; k++) {
      const x = asks[k];
      if (x.d.dress !== u.dress && (promptsCandidate(x.d.text) || ADDRESSED.test(x.d.text)) && (x.d.text.match(/[?？]/gu) ?? []).length <= 1) inside.push(x);
    }
    let cur: Unit = u;
    for (const x of inside) {
      if (replyWords(cur.end, x.d.start) < 3) continue;
      const next = inside.find((y) => y.d.start > x.d.start);
      if (replyWords(x.d.end, next ? next.d.start : u.bodyEnd) < 3) continue;
      out.push({ ...cur, bodyEnd: x.d.start });
      cur = { ...x.d, bodyEnd: u.bodyEnd, answered: true, ...(u.heading !== undefined ? { level: u.heading } : u.level !== undefined ? { level: u.level } : {}) };
    }
    out.push(cur);
  }
  return out;
}

/** Quotation marks that open and close differently: a quotation's lines are told between them. */
const QUOTE_PAIRS: [string, string][] = [['“', '”'], ['«', '»'], ['「', '」'], ['『', '』']];
/** How far (in lines) a quotation opened on one line may run before it closes: farther, the mark is a stray. */
const MAX_QUOTED_LINES = 80;

/**
 * The lines inside a quotation that runs over several lines: from a line that opens one (“ more often than it closes
 * it) to the line that closes it, within MAX_QUOTED_LINES. An answer said in quotes over several paragraphs ("“My
 * approach is systematic." … "Any blockers?" … "… verification.”") is one answer: no line of it titles another (a
 * question it asks, a short line of its list). One pass per pair of marks, from the end (where each next close is).
 */
function quotedLines(lines: { text: string }[]): Set<number> {
  const inside = new Set<number>();
  for (const [open, close] of QUOTE_PAIRS) {
    let nextClose = -1;
    const closeAt = new Array<number>(lines.length);
    for (let i = lines.length - 1; i >= 0; i--) {
      closeAt[i] = nextClose;
      if (lines[i].text.includes(close)) nextClose = i;
    }
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i].text;
      if (!t.includes(open)) continue;
      const opens = t.split(open).length - 1;
      const closes = t.split(close).length - 1;
      if (opens <= closes) continue;
      const end = closeAt[i];
      if (end < 0 || end - i > MAX_QUOTED_LINES) continue;
      for (let k = i; k <= end; k++) inside.add(k);
      i = end;
    }
  }
  return inside;
}

/** How many lines of generic dress are looked at (the rest of a long file is passed over). */
const MAX_GENERIC = 400;
/** How many generic dresses are weighed as a bank, those that repeat most. */
const MAX_GENERIC_DRESSES = 8;

/**
 * The units of a bank in a dress nothing names (shapeOf: "(3) …", ">> …", "🔹 …", "- **…**", a line in capitals, a
 * term of a definition list, an underlined title): the dress whose lines repeat, three times or more, each with a
 * title of its own, and whose units are told by their speaker — four in five of them twenty words or more in the
 * first person, or a reply under a title that asks. Read only when no named dress makes a bank: the known dresses
 * come first. A list of a document's sections, told to the reader or about a thing, holds no answer.
 */
function genericUnits(lines: { text: string; start: number }[], generic: { d: Delimiter; line: number; at: number }[], source: string): Unit[] {
  if (generic.length < 3) return [];
  const byDress = new Map<string, ScannedLine[]>();
  for (const x of generic) {
    let list = byDress.get(x.d.dress);
    if (!list) byDress.set(x.d.dress, (list = []));
    list.push(x);
  }
  let best: { units: Unit[]; good: number; first: number } | undefined;
  // (the dresses that repeat most, a few of them: each is read over the lines of its units)
  const lists = [...byDress.values()].filter((l) => l.length >= 3).sort((a, b) => b.length - a.length).slice(0, MAX_GENERIC_DRESSES);
  for (const list of lists) {
    // (titles each their own: a form repeats one title under each paragraph)
    if (new Set(list.map((x) => x.d.text.toLowerCase())).size < list.length) continue;
    if (list.every((x) => isQuestion(x.d.text)) && selfAsked(list.map((x) => x.d.text))) continue;
    // (lines that name a story's parts, "Situation:", "WHAT I DID", are its steps: half of them or more, and the
    // dress is a story's)
    // (Bare lines over prose name the steps of one story as often as the answers of a bank: one of them a part's name,
    // "Context" over its paragraph, and the other lines are that story's own labels.)
    const labelled = list.filter((x) => matchLabel(x.d.text.replace(/[:：]$/u, ''), true, false, true)).length;
    if (labelled * 2 >= list.length || (labelled > 0 && list[0].d.dress === 'g:line+')) continue;
    const read = list.map((x, k) => {
      const endLine = unitEndOf(lines, [], list, k, undefined);
      const body = bodyOf(lines, x.line + 1, endLine);
      const asks = asksInterview(x.d.text);
      const reply = { ...body, words: body.words - body.askWords };
      // (told by the speaker, not to the reader: a guide's sections talk to "you")
      const own = body.secondPerson <= body.firstPerson;
      return { endLine, words: body.words, sure: own && answered(reply, asks), weak: own && ((reply.words >= 12 && reply.firstPerson >= 1) || (asks && reply.words > 0)), straddles: asksInside(lines, x.line + 1, endLine) };
    });
    // (Units that hold an interviewer's question after words of their own run across the answers of another
    // dress: "**Soft skills:**" labels notes inside the answer to "**3) What are your strengths?**".)
    if (read.some((r) => r.straddles)) continue;
    const strong = read.filter((r) => r.sure).length;
    // Beside two units surely answered, a unit of the same dress told once in the first person, or any reply of its
    // own under a title that asks, is one too (units of one dress are of one kind: "asked each lead for a name" tells
    // as much without its "I"; "主要原因有：成长缓慢" replies to "为什么离职").
    const oks = read.map((r) => r.sure || (strong >= 2 && r.weak));
    const good = oks.filter(Boolean).length;
    // (a title with nothing under it is listed, not answered: a question to ask, a slot; it neither counts against
    // the bank nor is a unit of it)
    const blank = read.filter((r) => r.words === 0).length;
    if (strong < 2 || good < 3 || good * 5 < (list.length - blank) * 4) continue;
    const units: Unit[] = list.flatMap((x, k) => (oks[k] ? [{ ...x.d, bodyEnd: read[k].endLine < lines.length ? lines[read[k].endLine].start : source.length, answered: true }] : []));
    if (!best || good > best.good || (good === best.good && list[0].line < best.first)) best = { units, good, first: list[0].line };
  }
  return best ? best.units : [];
}

/**
 * True when a line that puts an interview question to the candidate ("**4) What are your weaknesses?**", "Why do you
 * want to leave?") starts a block of a body after its first line of text: the body runs on into the next answer.
 */
function asksInside(lines: { text: string }[], from: number, to: number): boolean {
  let seenText = false;
  let prevBlank = false;
  for (let i = from; i < Math.min(to, from + 200); i++) {
    const t = lines[i].text;
    // (a rule, "---", sets blocks apart as a blank line does)
    if (!/\S/u.test(t) || /^ {0,3}(?:[-*_][ \t]*){3,}$/u.test(t)) {
      prevBlank = true;
      continue;
    }
    if (seenText && prevBlank && t.length <= 300) {
      const p = plain(t).replace(ITEM_MARK, '').replace(/^[^\p{L}\p{N}]+/u, '');
      if (isQuestion(p) && interviewAsk(p)) return true;
    }
    seenText = true;
    prevBlank = false;
  }
  return false;
}

/**
 * An item of a numbered bank that the prompt test missed ("1. **Erzählen Sie mir etwas über sich.**", "3. The hardest
 * bug I fixed.": a sentence, not a question) is still an item of the list: a numbered line of the bank's shape, at the
 * start of a block, whose number fills a gap in the bank's numbering (the unit after it has the next number and the one
 * before it, if any, the one before) in the same section, is a unit of the bank.
 */
function numberingFilled(units: Unit[], lines: { text: string; start: number }[], source: string): Unit[] {
  const dress = units[0].dress;
  if (!/^num:[bp]$/u.test(dress) || units[0].heading !== undefined) return units;
  const shape = dress === 'num:b' ? /^[ \t]{0,3}(?:\*\*|__)(\d{1,3})[.)][ \t]+\S/u : /^[ \t]{0,3}(\d{1,3})[.)][ \t]+\S/u;
  const isHeading = (t: string): boolean => /^ {0,3}#{1,6}[ \t]/u.test(t);
  // Where the next heading starts after each line (one pass from the end).
  const nextHeading: number[] = new Array<number>(lines.length);
  for (let i = lines.length - 1, h = source.length; i >= 0; i--) {
    nextHeading[i] = h;
    if (isHeading(lines[i].text)) h = lines[i].start;
  }
  const out = [...units];
  let fence = false;
  let prevBlank = true;
  let prevHeading = false;
  let k = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (FENCE_LINE.test(t)) fence = !fence;
    const m = !fence && (prevBlank || prevHeading) ? shape.exec(t) : null;
    prevHeading = isHeading(t);
    prevBlank = !/\S/u.test(t);
    if (!m) continue;
    const at = lines[i].start;
    while (k < out.length && out[k].start <= at) k++;
    if (k === out.length || (k > 0 && out[k - 1].start === at)) continue;
    const n = Number(m[1]);
    // (the next unit has the next number, the one before, if any, the number before; no heading between it and the next)
    if (numberOf(out[k].text) !== n + 1 || (k > 0 && numberOf(out[k - 1].text) !== n - 1) || nextHeading[i] < out[k].start) continue;
    const prev = k > 0 ? out[k - 1] : undefined;
    if (prev && prev.bodyEnd > at) out[k - 1] = { ...prev, bodyEnd: at };
    out.splice(k, 0, { dress, start: at, end: at + t.length, text: plain(t), bodyEnd: out[k].start, answered: true });
    k++;
  }
  return out.length === units.length ? units : out;
}

/**
 * True when a unit is an item of a numbered list with words under it, whose number follows the one of the unit before
 * it or comes before the one of the unit after it ("7. Balancing speed and security" between 6 and 8, over "left
 * shift"): the writer listed it with its neighbours, however short its notes.
 */
export function numberedInRun(units: Unit[], k: number, source: string): boolean {
  const n = numberOf(units[k].text);
  // (an item of a numbered list, not a numbered heading, "## 3. Summary" of a post's sections; with words under it)
  if (n === undefined || units[k].heading !== undefined || !/^num/u.test(units[k].dress) || !/[\p{L}\p{N}]/u.test(source.slice(units[k].end, units[k].bodyEnd))) return false;
  return (k > 0 && numberOf(units[k - 1].text) === n - 1) || (k + 1 < units.length && numberOf(units[k + 1].text) === n + 1);
}

/** The number a title opens with ("2. Why…", "## 3) Strengths"), if any. */
function numberOf(text: string): number | undefined {
  const m = /^[^\p{L}\p{N}]*(\d{1,3})\s*[.):]/u.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Numbered answers go on in another dress ("## 1. Tell me about yourself", "## 2. Why us?", then "3. Why this role?"
 * as a plain numbered line): after the last unit of a bank numbered in order, lines of any dress that go on with its
 * numbering (the next number, then the next) are answers of the bank, at its heading level.
 */
function numberingGoesOn(units: Unit[], evaluated: Unit[][]): Unit[] {
  const last = units[units.length - 1];
  const n = numberOf(last.text);
  if (n === undefined || units.length < 2 || numberOf(units[units.length - 2].text) !== n - 1) return units;
  const after = evaluated.flat().filter((u) => u.start > last.start && u.dress !== last.dress).sort((a, b) => a.start - b.start);
  const more: Unit[] = [];
  let next = n + 1;
  for (const u of after) {
    if (numberOf(u.text) !== next) continue;
    more.push({ ...u, ...(last.heading !== undefined ? { level: last.heading } : {}) });
    next++;
  }
  return more.length === 0 ? units : [...units, ...more];
}

/** How many times the longest of a group's answers may hold the words of the shortest, and the fewest words of one. */
const ALIKE = 4;
const ALIKE_MIN_WORDS = 30;
const NO_BODY: Body = { words: 0, firstPerson: 0, answerField: false, secondPerson: 0, askWords: 0 };

// Answered sub-units told in the teller's own words (outside quotes), in bodies of one size (none more than ALIKE
// times another, each ALIKE_MIN_WORDS or more), whose titles name no part of an answer, are the answers of the
// group they are in, however they are titled ("### Northwind — backend engineer (2019–2021)" over what the teller did
// there, under "## Work history"): a group's answers share one dress and one size, and its title is no answer.
const toldAlike = (b: Body): boolean => b.words >= ALIKE_MIN_WORDS && b.firstPerson >= 2 && b.secondPerson <= b.firstPerson;
function alike(xs: { x: { text: string }; b: Body }[]): boolean {
  if (xs.length < 2 || xs.some(({ x, b }) => !toldAlike(b) || matchLabel(plain(x.text).replace(/[#\s:：]+$/u, ''), true, false, true))) return false;
  const w = xs.map(({ b }) => b.words);
  return Math.max(...w) <= ALIKE * Math.min(...w);
}

/**
 * True when the headings of a dress at `level` sit in two or more groups: each under a shallower heading, and not all
 * under one. (One walk of the lines: the last shallower heading seen is each one's group.)
 */
function inGroups(lines: { text: string }[], list: { line: number }[], level: number): boolean {
  const groups = new Set<number>();
  let group = -1;
  let k = 0;
  for (let i = 0; i < lines.length && k < list.length; i++) {
    if (i === list[k].line) {
      if (group < 0) return false;
      groups.add(group);
      k++;
      continue;
    }
    const hm = /^ {0,3}(#{1,6})[ \t]/u.exec(lines[i].text);
    if (hm && hm[1].length < level) group = i;
  }
  return groups.size >= 2;
}

/** The units one heading level would give, which of them are answered and titled, and whether they make a bank. */
interface Evaluated {
  units: Unit[];
  oks: boolean[];
  titles: boolean[];
  passes: boolean;
  /** What the teller says right under each answered title, outside quotes (NO_BODY for one not answered). */
  sizes: Body[];
}

/**
 * True when the sub-headings under a title are the points of one answer to it: the title asks an interview question
 * other than for an episode ("Describe a time…" may be answered by several) or names an interview topic in any language ("Why did you apply?", "지원동기"), and none of the sub-headings puts a
 * question (a question mark, a prompt to the candidate), names an interview topic of its own or names an answer ("Sample
 * answer"): they name the reasons or sides of the reply. (The caller leaves sub-units that each tell an episode in the
 * teller's words, of like size, to be answers of their own.)
 */
function pointsOfOneAnswer(title: string, subs: string[]): boolean {
  if (!asksInterview(title) || asksForEpisode(title)) return false;
  return subs.every((t) => !/[?？]/u.test(t) && !promptsCandidate(t) && !interviewAsk(t) && !ANSWER_HEADING.test(t));
}

/**
 * Banks at two heading levels are one bank:
 * - a unit whose body holds a bank of its own under deeper headings ("## Amazon principles" over "### Ownership",
 *   "### Earn trust", each answered, titled each their own way) is a group: its sub-units are answers of the bank
 *   too, by the rule that chose the bank (two or more answered, three in five, titled like answers);
 * - answers under shallower headings that make a bank of their own ("## Tell me about yourself", "## Why us") beside
 *   a group of deeper ones are answers too, when each is answered and titled like an answer.
 */
function withNestedBanks(units: Unit[], byLevel: Map<number, Evaluated>): Unit[] {
  const level = units[0].heading;
  if (level === undefined) return units;
  const out = [...units];
  for (const [shallower, ev] of byLevel) {
    if (shallower >= level || !ev.passes) continue;
    // (one that holds answers of the bank is their group heading; one beside them, an answer when titled like one)
    ev.units.forEach((p, i) => {
      if ((ev.oks[i] && ev.titles[i]) || units.some((u) => u.start > p.end && u.start < p.bodyEnd)) out.push(p);
    });
  }
  /** The answers found by their size in each deeper dress, and the groups that hold none yet. */
  const bySize = new Map<number, { x: Unit; b: Body }[]>();
  const left: Unit[] = [];
  for (const u of units) {
    let held = false;
    for (const [deeper, ev] of byLevel) {
      if (deeper <= level) continue;
      const inside = ev.units.map((x, i) => ({ x, i })).filter(({ x }) => x.start > u.end && x.start < u.bodyEnd);
      const good = inside.filter(({ i }) => ev.oks[i]).length;
      const titled = inside.filter(({ i }) => ev.titles[i]).length;
      // (Sub-headings that repeat one title, "#### Key words" under each paragraph, are fields of a form, not answers.)
      const distinct = new Set(inside.map(({ x }) => x.text.toLowerCase())).size === inside.length;
      if (!(good >= 2 && good * 5 >= inside.length * 3 && distinct)) continue;
      // (Under a title that asks an interview question, sub-headings that put no question of their own are the points
      // of its one answer, "## Why this company?" over "### (1) The team's values", "### (2) Room to grow".)
      if (pointsOfOneAnswer(u.text, inside.map(({ x }) => x.text)) && !inside.every(({ i }) => toldAlike(ev.sizes[i]))) continue;
      const answers = inside.filter(({ i }) => ev.oks[i]).map(({ x, i }) => ({ x, b: ev.sizes[i] }));
      const byTitle = titled * 2 >= good;
      if (byTitle || alike(answers)) {
        out.push(...inside.map(({ x }) => x));
        if (!byTitle) bySize.set(deeper, [...(bySize.get(deeper) ?? []), ...answers]);
        held = true;
        break;
      }
    }
    if (!held) left.push(u);
  }
  // A group of one beside them ("## Side work" over one "### …" of that dress and size) holds an answer as they do.
  for (const u of left) {
    for (const [deeper, found] of bySize) {
      const ev = byLevel.get(deeper)!;
      const inside = ev.units.map((x, i) => ({ x, i })).filter(({ x }) => x.start > u.end && x.start < u.bodyEnd);
      if (inside.length === 0 || !inside.every(({ i }) => ev.oks[i])) continue;
      if (alike([...found, ...inside.map(({ x, i }) => ({ x, b: ev.sizes[i] }))])) {
        out.push(...inside.map(({ x }) => x));
        break;
      }
    }
  }
  return out.length === units.length ? units : out.sort((a, b) => a.start - b.start);
}

/**
 * True when a unit is a title left for its answer: a title that asks or names a topic in a few words ("## Biggest
 * failure") with nothing under it but sub-headings or a quoted note to self (not a quote in the first person). `body` is
 * the raw text under the title, `level` the title's heading level.
 */
export function leftToWrite(title: string, body: string, level = 6): boolean {
  if (!(isQuestion(title) || CJK_ASKS.test(title) || promptLike(title))) return false;
  // (A question field, "### Question: Tell me about…" with nothing under it, heads the answers that follow it.)
  if (/^[^\p{L}]*(?:question|pregunta|pergunta|frage|domanda|prompt|q)\s*[:：]/iu.test(title)) return false;
  // (what is under the title up to the next heading of its level or higher: "# Notes on the company" and its notes
  // after an empty "## Conflict with a peer" are not under it)
  const next = new RegExp(`^ {0,3}#{1,${level}}[ \\t]`, 'mu').exec(body);
  if (next) body = body.slice(0, next.index);
  const quoted = body.match(/^[ \t]{0,3}>.*$/gmu) ?? [];
  // (A quote in the first person, "> I am a backend developer…", is the answer given in a quote, not a note.)
  if (quoted.some((q) => tellerSpeaks(q))) return false;
  return !/[\p{L}\p{N}]/u.test(body.replace(/^[ \t]{0,3}(?:#{1,6}[ \t].*|>.*)$/gmu, ''));
}

/**
 * A prompt the interviewer puts to the candidate: an instruction to tell ("Tell me about…", "Describe…", "Give an
 * example…", "Cuéntame…", "Расскажите…", "请谈谈…"), a time or an example asked for, a question about their past ("Did
 * you…", "Have you ever…"), their strengths and failures, or how they handle things. The questions a candidate asks the
 * interviewer (about the team, the role, the company) are seldom in these words.
 */
const CANDIDATE_PROMPT = new RegExp(
  `^[^\\p{L}]*(?:${askSource('start', ['tell', 'candidate'])})|(?<![\\p{L}\\p{N}])(?:${askSource('inside', ['episode', 'candidate'])})`,
  'iu',
);

/**
 * True when a title puts an interview prompt to the candidate ("Q: Describe a time you…", "2. Tell me about…", "What are
 * your weaknesses?"), its question mark, number and markup aside.
 */
export function promptsCandidate(text: string): boolean {
  return CANDIDATE_PROMPT.test(plain(text).replace(QUESTION_PREFIX, ''));
}

/**
 * A heading that names a list of questions for the interviewer by its addressee or its asker: "Questions for
 * employer", "Questions to ask", "Questions about the team and role", "Do you have any questions for us?", "对hr的问题",
 * "询问 HR 的问题", "我可以提的问题".
 */
const QUESTIONS_TO_ASK = /\b(?:questions?|anything) (?:(?:for|to|about) (?:me|us|them|(?:the |your |my |this )?(?:interviewers?|employers?|panel|company|team|role|position|job|hiring managers?|recruiters?|hr))|to ask|i(?: will| would|['’]d|['’]ll| plan to| want to) ask)\b|\bquestions? from (?:the |a )?candidates?\b|\bdo you have any questions\b|(?:对|给|向|问|询问|提问)\s*(?:hr|面试官|公司|团队|领导)\s*(?:的)?\s*问题|我(?:可以|想|要|能|会)(?:提|问)(?:的)?问题/iu;

/**
 * The same list named in the other languages the corpus is written in, by the word for "questions" with the side it is
 * put to, or as questions to ask: German "Fragen an das Team", "Rückfragen"; Spanish "Preguntas para el entrevistador",
 * "Preguntas para hacer"; Portuguese "Perguntas para a empresa"; French "Questions à poser"; Italian "Domande da fare";
 * Russian "Вопросы к работодателю", "Вопросы от кандидата"; Polish "Pytania do rekrutera". (Not "my questions" alone,
 * in any language: a list of the questions one practises is named so as often.)
 */
const QUESTIONS_TO_ASK_OTHER = new RegExp(
  [
    String.raw`(?:fragen|vragen)\s+(?:an|für|aan|voor)\s+(?:das\s+|den\s+|die\s+|het\s+|de\s+)?(?:team|arbeitgeber|firma|unternehmen|interviewer\p{L}*|recruiter\p{L}*|hr|personaler\p{L}*|sie|werkgever|bedrijf)`,
    String.raw`r[üu]ckfragen`,
    String.raw`(?:preguntas|perguntas)\s+(?:para|al|a\s+la|ao|à|a)\s+(?:el\s+|la\s+|o\s+|a\s+)?(?:entrevistador\p{L}*|empresa|reclutador\p{L}*|recrutador\p{L}*|equipo|equipe|rrhh|rh)`,
    String.raw`(?:preguntas|perguntas)\s+(?:(?:que|para)\s+)?(?:hacer|fazer)`,
    String.raw`questions\s+à\s+poser|questions\s+(?:pour|au|à)\s+(?:le\s+|la\s+|l['’]\s*)?(?:recruteur|recruteuse|entreprise|employeur|équipe|interlocuteur)`,
    String.raw`domande\s+da\s+fare|domande\s+(?:per|al|all['’])\s*(?:il\s+|l['’]\s*|la\s+)?(?:selezionator\p{L}*|azienda|intervistator\p{L}*|team|recruiter)`,
    // (questions "to" or "for" the employer's side, or "from" the candidate: "Вопросы от HR" are the ones HR asks)
    String.raw`вопрос\p{L}*\s+(?:к|для)\s+(?:работодател\p{L}*|интервьюер\p{L}*|компани\p{L}*|hr|рекрутер\p{L}*|команд\p{L}*)|вопрос\p{L}*\s+от\s+кандидат\p{L}*`,
    String.raw`pytania\s+do\s+(?:rekrutera|pracodawcy|firmy|zespołu)`,
  ]
    .map((f) => `(?<!\\p{L})(?:${f})(?!\\p{L})`)
    .join('|'),
  'iu',
);

/** True when a heading names the list of questions the candidate will ask ("Questions for the hiring manager", "Questions to ask them", "Meine Fragen an das Team"). */
export function namesQuestionsToAsk(text: string): boolean {
  const p = plain(text);
  return QUESTIONS_TO_ASK.test(p) || QUESTIONS_TO_ASK_OTHER.test(p) || REVERSE_QUESTIONS.test(p.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim());
}

/**
 * The name of the interview's closing turn, when the candidate asks, used alone as a heading: "反问" / "反問" (Chinese),
 * "逆質問" (Japanese), "역질문" (Korean), with the words for the turn, the interviewer or "the questions" after it
 * ("反问环节", "反问面试官", "逆質問タイム"). Alone: in a sentence "反问" is also a rhetorical question.
 */
const REVERSE_QUESTIONS = /^(?:反问|反問|逆質問|역질문)\s*(?:环节|環節|阶段|階段|面试官|面試官|hr|(?:的)?问题|タイム|の時間|시간)?$/iu;

const TO_CANDIDATE = new RegExp(TO_INTERVIEWER.toCandidate, 'iu');
const TELLS_OF_CANDIDATE = new RegExp(TO_INTERVIEWER.tell, 'iu');
const JOINER = new RegExp(TO_INTERVIEWER.joiner, 'iu');
const WORKPLACE = new RegExp(TO_INTERVIEWER.workplace, 'iu');
const ABOUT_CANDIDATE = new RegExp(TO_INTERVIEWER.aboutCandidate, 'iu');
const TEAM_NAMED = new RegExp(TO_INTERVIEWER.team, 'iu');

/**
 * True when a line is a question the candidate puts to the interviewer, read by who is named in which role
 * (knowledge/asks.ts TO_INTERVIEWER): it ends in a question mark, does not name the interviewer's side as "we" or
 * "our" nor the candidate as "yourself", does not ask the candidate to tell about themselves, and either names the
 * asker as the one who would join ("What will I work on in my first month?"), asks about the workplace ("someone in
 * this role", "work-life balance"), or asks about the team, the role or the company without asking about the
 * candidate's past, qualities, plans, fit, habits or a situation put to them ("How does the team plan its work?";
 * not "How do you handle conflict in the team?").
 */
export function asksTheCompany(text: string): boolean {
  // (A question is a line of a few dozen words; a longer line is passed over before any markup is stripped from it.)
  if (text.length > 600) return false;
  const t = plain(text).replace(/[*_`#>[\]]+/gu, ' ').replace(QUESTION_PREFIX, '').replace(/^[^\p{L}]*/u, '').replace(/\s+/gu, ' ').trim();
  if (t.length > 300 || !/[?？]\W*$/u.test(t)) return false;
  if (TO_CANDIDATE.test(t) || TELLS_OF_CANDIDATE.test(t)) return false;
  if (JOINER.test(t) || WORKPLACE.test(t)) return true;
  return !ABOUT_CANDIDATE.test(t) && TEAM_NAMED.test(t);
}

/**
 * True when lines of prose are the interview's own questions and nothing else: three or more questions or prompts,
 * most of the lines, at least two in five of them prompts put to the candidate ("Tell me about a time…", "What are
 * your weaknesses?"), and no one speaking in the lines that do not ask (fewer than three first-person words: a line
 * of introduction to the list). A line that only names a group of them ("Customer Obsession", "Craft": a principle, a
 * topic, or a few words the tagger finds no verb in) is a label, not a line of the list; a topic put to "you" with no
 * question mark ("Last research paper you have read.") is a prompt. A list of questions the candidate will be asked
 * is a question bank with no answer; a list of questions for the interviewer (about the team, the role), or one under
 * a line that names it so ("Questions about the team and role"), is an answer of its own kind.
 */
export function interviewQuestionsOnly(lines: string[], title = ''): boolean {
  // (a title that names the list as questions to ask, "问面试官的问题", makes it an answer)
  if (namesQuestionsToAsk(title)) return false;
  let asks = 0;
  let prompts = 0;
  let total = 0;
  let speaker = 0;
  const named: string[] = [];
  for (const raw of lines) {
    const l = plain(raw).replace(/^[ \t>]*(?:[-*+•·.]+[ \t]*|\/\/[ \t]*|\d{1,3}[.)][ \t]*)*/u, '').trim();
    if (!/\p{L}/u.test(l)) continue;
    // (a line that names the list as questions to ask, "Questions about the team and role", makes it an answer)
    if (namesQuestionsToAsk(l)) return false;
    total++;
    FIRST_PERSON.lastIndex = 0;
    FIRST_PERSON_OTHER.lastIndex = 0;
    const asked = /[?？؟][\s*_)"”’]*$/u.test(l);
    // (a topic put to "you" with no question mark, "Last research paper you have read.", is a prompt too)
    // (and so is a question put to "you" in another language than English, whose prompts CANDIDATE_PROMPT knows
    // fewer of: "¿Cómo priorizas tu trabajo?", "Qu'est-ce qui vous motive ?", "你的优势是什么？")
    const toYou = ADDRESSED.test(l) && !FIRST_PERSON.test(l) && !FIRST_PERSON_OTHER.test(l);
    const prompt = CANDIDATE_PROMPT.test(l) || (toYou && (!asked || (!ENGLISH_WORDS.test(l) && !asksTheCompany(l))));
    if (prompt || asked) {
      asks++;
      if (prompt) prompts++;
    } else {
      speaker += (l.match(FIRST_PERSON) ?? []).length + (l.match(FIRST_PERSON_OTHER) ?? []).length;
      if (countWords(l) <= 6) named.push(l);
    }
  }
  if (asks < 3 || prompts * 5 < asks * 2 || speaker >= 3) return false;
  if (asks * 5 >= total * 3) return true;
  // A name over the questions ("Customer Obsession", "Craft") is a label of the list, not a line of it; the few-word
  // lines are read (the tagger among them) only when leaving them all out could make the questions most of the lines.
  if (named.length > MAX_LABEL_LINES || asks * 5 < (total - named.length) * 3) return false;
  return asks * 5 >= (total - named.filter(labelLine).length) * 3;
}

/** Most few-word lines `interviewQuestionsOnly` reads as possible labels of a list. */
const MAX_LABEL_LINES = 100;

/**
 * A line that only names what follows it: a principle or a topic ("Customer Obsession", "Strengths"), or a few words
 * with no verb and no sentence end, as the tagger reads them ("Craft", "Team and role").
 */
function labelLine(l: string): boolean {
  if (namesPrinciple(l) || namesTopic(l)) return true;
  if (countWords(l) > 4 || /[.!?？。:：]\s*$/u.test(l)) return false;
  const r = readText(l);
  return r.pos.every((p) => p !== 'VERB' && p !== 'AUX');
}

/** A Markdown link, an autolink or a bare web address. */
const LINK = /!?\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)|<https?:[^<>\s]{1,500}>|https?:\/\/\S{1,500}/gu;

/**
 * True when a body holds only references: every line that is not a heading or a rule carries a link and at most a
 * few words beside it ("- [Part 2: conflict stories](./part2.md) - categories 3-4"), two lines or more. A list of links
 * is where to read on, not an answer.
 */
export function referencesOnly(text: string): boolean {
  let lines = 0;
  for (const raw of text.split(/\r?\n/u)) {
    const t = raw.trim();
    if (!t || /^#{1,6}(?:\s|$)/u.test(t) || /^(?:[-*_][ \t]*){3,}$/u.test(t)) continue;
    LINK.lastIndex = 0;
    if (!LINK.test(t)) return false;
    if (countWords(plain(t.replace(LINK, ' '))) > 12) return false;
    lines++;
  }
  // One link alone may be the answer itself (a recording, a write-up); a list of them is reading.
  return lines >= 2;
}

/** A line that is only a slot to fill: "[Add a STAR story about a conflict]", "<your answer>", "TODO: write it". */
const SLOT_LINE = /^[ \t>]*(?:[-*+][ \t]+)?[*_ \t]*(?:\[[^[\]]{3,200}\]|<[^<>]{3,200}>|\{\{?[^{}]{3,200}\}\}?|(?:TODO|TBD|FIXME)\b[^\n]{0,200})[*_ \t.]*$/u;
/** What an answer slot asks for: a story, an example, an answer. */
const ASKS_FOR_STORY = /\b(?:story|stories|STAR|example|answer|situation|experience|time (?:when|you))\b/iu;

/**
 * True when a unit's body is an unfilled answer slot of a bank skeleton: a line or two, each only a slot to fill, that
 * asks for a story ("## Leadership" over "[Add a STAR format story about leading a team]"). The unit is still an
 * answer of the bank (an empty one), so the placeholder is reported on it.
 */
function unfilledSlot(lines: { text: string }[], from: number, to: number): boolean {
  let slots = 0;
  let asks = false;
  let items = 0;
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    if (!t.trim()) continue;
    // An empty list item ("- ", "5. ") is a blank left for the answer.
    if (/^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]*$/u.test(t)) {
      items++;
      continue;
    }
    if (!SLOT_LINE.test(t) || ++slots > 2) return false;
    if (ASKS_FOR_STORY.test(t)) asks = true;
  }
  return (slots > 0 && asks) || (slots === 0 && items > 0);
}

/**
 * True when a body ends with a field for the answer and nothing after it ("*Your answer:*", "My answer:", then the next
 * question or the end): hints above it are guidance, and the answer is a slot still to fill.
 */
export function answerLeftEmpty(text: string): boolean {
  const lines = text.split(/\r?\n/u).filter((l) => /[\p{L}\p{N}]/u.test(l));
  const last = lines[lines.length - 1];
  return last !== undefined && answerFieldLine(last) && !/[\p{L}\p{N}]/u.test(plain(last).replace(/^[^:：]*[:：]/u, ''));
}

/** True when a unit's body has a question or answer field ("**Question:**", "**Answer:**"): a unit of a bank. */
function fieldInside(lines: { text: string }[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 12); i++) {
    if (/^[ \t>]*(?:\*\*|__)?[ \t]*(?:q|question|prompt|(?:sample |my |the )?answer|response)[ \t]*\d{0,3}[ \t]*(?:\*\*|__)?[ \t]*:/iu.test(lines[i].text)) return true;
  }
  return false;
}

const SECOND_PERSON = /\b(?:you|your|yours|yourself|you're|you’re|you'll|you’ll)\b/giu;
/**
 * The reader addressed in the corpus' other languages (words that are no English word and seldom anything else in
 * their own language: not "te", "ta", "ton", "su", "Sie").
 */
const SECOND_PERSON_OTHER = /(?<![\p{L}'’])(?:você|vocês|seu|sua|seus|suas|tú|usted|ustedes|tus|vous|votre|vos|tes|du|dich|dir|dein\p{L}*|tuo|tua|tuoi|ты|тебя|тебе|вы|вас|вам|ваш\p{L}*|твой|твоя|твоё|твои)(?![\p{L}'’])|你|您|あなた|당신/giu;

/**
 * True when a unit of a bank holds no answer: advice to the reader about the question ("Tread carefully here; begin
 * your response by..."), told to "you" more than by "I", or a few words under a title that asks nothing (a credit
 * line, a note). `text` is the unit's speech without its title.
 */
export function notAnAnswer(text: string, title: string, prompt = false): boolean {
  const words = countWords(text);
  if (words < 10) return !prompt && !isQuestion(title) && !namesPrinciple(title) && !/^[^\p{L}\p{N}]*(?:(?:q|star story|story|example|scenario|case)\s*#?)?\d{1,3}\b/iu.test(title);
  // Quoted speech is the sample inside the advice; the advice is what is left.
  // An answer told wholly in quotes is the answer itself.
  let outside = text.replace(/["“][^"”]{0,600}["”]/gu, ' ');
  if (countWords(outside) * 2 < words) outside = text;
  // (the reader and the speaker in the corpus' other languages too: coaching in Portuguese, "você precisa…")
  const fp = (outside.match(FIRST_PERSON) ?? []).length + (outside.match(FIRST_PERSON_OTHER) ?? []).length;
  const sp = (outside.match(SECOND_PERSON) ?? []).length + (outside.match(SECOND_PERSON_OTHER) ?? []).length;
  // A sample answer after the advice (five sentences in the first person) makes it an answer.
  return sp >= 3 && sp > 2 * fp && fp < 5;
}

/**
 * A slot left to fill ("[your result]", "<role>", "{{team}}", TODO): a skeleton of an answer, not advice. The same
 * matches as `/\[[^\]\n]{3,}\]|<[^<>\n/]{3,}>|\{\{[^}\n]+\}\}|\b(?:TODO|TBD|FIXME)\b/u`, in linear time: that
 * pattern retried `\[` and `\{\{` from every one of a run (`![![![…`, 100 KB on one line: 2.4 s, 1 MB: 250 s).
 * Here an attempt starts only where a line, a `]` or a `}` ends, and its first `[` (or `{{`) reaches furthest, so
 * it succeeds exactly when one from any later `[` (`{{`) before the same `]` (`}`) would.
 */
const SLOT_MARKS = [
  /(?:^|[\]\n])[^[\]\n]*\[[^\]\n]{3,}\]/u,
  /<[^<>\n/]{3,}>/u,
  /(?:^|[}\n])(?:[^{}\n]|\{(?!\{))*\{\{[^}\n]+\}\}/u,
  /\b(?:TODO|TBD|FIXME)\b/u,
];
// (each mark is looked for only in a text with its bracket: most lines have none, and each search ran over the whole line)
const hasSlotMark = (text: string): boolean =>
  (text.includes('[') && SLOT_MARKS[0].test(text)) || (text.includes('<') && SLOT_MARKS[1].test(text)) || (text.includes('{{') && SLOT_MARKS[2].test(text)) || SLOT_MARKS[3].test(text);

/** A fenced code block, from its opening fence to the closing one (or the end of the text). */
const FENCED_CODE = /^[ \t]{0,3}(`{3,}|~{3,})[^]*?(?:^[ \t]{0,3}\1|(?![^]))/gmu;
/** A text with its fenced code blocks taken out: code is no one's speech and no slot of the writer's. */
const withoutFences = (text: string): string => text.replace(FENCED_CODE, '');

/**
 * True when a line of a text is only a slot to fill, in words ("<Write a STAR story about a conflict>", "[your
 * result]", "TODO: write it"): a skeleton of an answer. (An HTML tag alone on its line, "<details>", is no slot; nor
 * is a template shown in a code block, for the reader to copy.)
 */
export function slotToFill(text: string): boolean {
  return withoutFences(text).split(/\r?\n/u).some((l) => SLOT_LINE.test(l) && (/\b(?:TODO|TBD|FIXME)\b/u.test(l) || /[[<{][^\]>}]*\p{L}\s+\p{L}/u.test(l)));
}
/** The teller's words, "i", "i'm" in lower case too (notes typed fast). */
const TELLER = firstPersonPattern(['subject', 'object', 'owner'], { lowerI: true });
/** The candidate named in the third person ("the candidate", "los candidatos", "кандидат"): text about answers, not one. */
const CANDIDATE = /(?:^|[^\p{L}])(?:candidates?|candidat[oa]s?|candidat(?:e|es|s)?|kandidat(?:in|en)?|кандидат\p{L}*)(?=[^\p{L}]|$)/iu;
/**
 * Verbs an instruction opens with in English (the imperative is the bare verb, which English does not mark, so the
 * common verbs of advice are named): "Describe …", "Keep it short", "Pick a real weakness".
 */
const ADVICE_VERBS = new Set(
  ('describe discuss share explain outline provide be give mention talk tell show focus keep avoid use prepare pick choose highlight emphasize ' +
    'emphasise research practice practise ask make say think try start begin finish stay remember write include review know read bring ' +
    'follow speak connect align demonstrate quantify frame link stick skip admit relate mirror tailor aim limit sell convey illustrate ' +
    'don’t don\'t never always').split(' '),
);
/** More verbs of advice, read only in a bank beside answers (where a section of tips is one unit among answers). */
const BANK_ADVICE_VERBS = new Set('cover fill tag list note state clarify consider ensure reflect listen pause lead end close'.split(' '));
/**
 * The words an object of an instruction opens with: "Outline the situation", "Practice each story", "Time yourself".
 * A bare verb before one of them, not in a past or -ing form, is an imperative the verb list need not name.
 */
const OBJECT_OPENERS = new Set('the a an each every your yourself yourselves some any this these those them it one two three'.split(' '));
/** Words whose past is their bare form ("Cut costs by 20%", "Set up alerts"): a note of what was done as often as an instruction. */
const PAST_AS_BARE = new Set('cut put set read hit let shut spread split quit cast cost hurt beat bid burst fit upset'.split(' '));
/** Words that open a sentence and are no verb (articles, pronouns, prepositions, conjunctions, question words). */
const NOT_VERBS = new Set(('the a an this that these those each every all both some any no my our his her its their your it he she they we i you ' +
  'in on at of for to from with by about as into over under after before during while if when where why how what which who whom whose ' +
  'and or but so then also just only not very more most much many one two three first next last').split(' '));
/** Past or progressive forms, and third-person -s forms ("Built", "Leading", "Owns"): told, not instructed. */
const TOLD_FORM = /(?:ed|ing|[^su]s)$/u;
const ENGLISH_WORDS = /(?:^|[^\p{L}])(?:the|and|of|to|is|it|a|an|with|for)(?=[^\p{L}]|$)/iu;
const ROMANCE_WORDS = /(?:^|[^\p{L}])(?:el|la|los|las|del|que|y|en|un|una|o|os|as|do|da|dos|das|para|por|con|com|e|de|um|uma|lo|se)(?=[^\p{L}]|$)/iu;
/** A label that names what follows as the answer or its outline: "Strong answer structure:", "Tailor it. General structure:". */
const ANSWER_OUTLINE = /^[ \t>]*(?:[-*+][ \t]+)?(?:[^\n]{0,120}?[.!?][ \t]+)?(?:\*\*|__)?(?![ \t]*how\b)[\p{L} ]{0,30}\b(?:answer|structure|outline|response|script)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*$/imu;
/** Two fields in a row with nothing after their labels ("- Situation:", "- Task:"): a skeleton to fill, not advice. */
const EMPTY_FIELDS = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?[^\n:]{1,40}:[ \t]*(?:\*\*|__)?[ \t]*\r?\n[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?[^\n:]{1,40}:[ \t]*(?:\*\*|__)?[ \t]*$/mu;
/** Words of talk about answering an interview: tips name the answer, the story, the interviewer, the time it takes. */
const ANSWER_TALK = /(?<![\p{L}])(?:answers?|stor(?:y|ies)|STAR|interview(?:er|ers|s)?|responses?|minutes?|mins?|seconds?)(?![\p{L}])/giu;
/** A title that asks for a plan: a situation in the conditional ("How would you…", "What if…"), the first days in a role ("30/60/90"). */
const PLAN_TITLE = /\b(?:would|will|should)\s+you\b|\bwhat if\b|\bsuppose\b|\bimagine\b|\b(?:first|next)\s+\d{1,3}\s+(?:days|weeks|months)\b|\b\d{2}\s*[-/]\s*\d{2}\s*[-/]\s*\d{2,3}\b|\bplan\b/iu;
const ENGLISH_ONLY = /(?<![\p{L}'’])(?:the|and|of|to|is|it|with|for|your|you)(?![\p{L}'’])/giu;
const ROMANCE_ALL = /(?<![\p{L}'’])(?:el|la|los|las|del|que|y|en|un|una|os|as|do|da|dos|das|para|por|con|com|de|um|uma|lo|se|le|les|des|du|et|est|pour|une)(?![\p{L}'’])/giu;
function englishWords(text: string): number {
  return (text.match(ENGLISH_ONLY) ?? []).length;
}
/** English when its function words outnumber those of the Romance languages ("a", "e", "o" are in both). */
function moreEnglishThanRomance(text: string, english = englishWords(text)): boolean {
  return english > (text.match(ROMANCE_ALL) ?? []).length;
}

const FIRST_WORDS = /^[^\p{L}]*([\p{L}'’]+)(?:[^\p{L}'’]+([\p{L}'’]+))?/u;

/** How a sentence instructs the reader: 2 when it addresses "you" or speaks of "the candidate", 1 when it opens with an imperative or an infinitive, else 0. */
export function instructs(sentence: string, english?: boolean): number {
  if (READER.test(sentence) || CANDIDATE.test(sentence)) return 2;
  return opensWithImperative(sentence, english) ? 1 : 0;
}

/** True when a sentence opens with an imperative or an infinitive of instruction ("Prepare three questions…", "Начать с …"). */
function opensWithImperative(sentence: string, english?: boolean): boolean {
  // the first two words (runs of letters and apostrophes, the first starting with a letter)
  const words = FIRST_WORDS.exec(sentence);
  let w = (words?.[1] ?? '').toLowerCase();
  if (/^(?:не|no|não|nicht|ne)$/u.test(w) && words?.[2]) w = words[2].toLowerCase();
  // (The language is the body's: a bullet of advice is often a verb and two nouns, "Practice each story out loud".)
  if (ADVICE_VERBS.has(w)) return english ?? ENGLISH_WORDS.test(sentence);
  // In a bank, the language is the body's; more verbs of advice; and a bare verb before its object's first word
  // ("Outline the situation", "Time yourself").
  const next = (words?.[2] ?? '').toLowerCase();
  if (english && BANK_ADVICE_VERBS.has(w)) return true;
  if (english && /^[a-z]{3,}$/u.test(w) && OBJECT_OPENERS.has(next) && !NOT_VERBS.has(w) && !TOLD_FORM.test(w) && !IRREGULAR_PAST.has(w) && !PAST_AS_BARE.has(w)) return true;
  // An infinitive as an instruction: Russian "Начать с …", "Не ругать …"; Spanish/Portuguese "Describir el contexto".
  if (/^\p{Script=Cyrillic}{3,}(?:ть|ться|ти|чь|йте|ите)$/u.test(w)) return true;
  if (/^\p{L}+(?:ar|er|ir|ír)$/u.test(w) && ROMANCE_WORDS.test(sentence) && !ENGLISH_WORDS.test(sentence)) return true;
  return false;
}

export function tellerSpeaks(s: string): boolean {
  FIRST_PERSON_OTHER.lastIndex = 0;
  return TELLER.test(s) || FIRST_PERSON_OTHER.test(s);
}

/** A quotation on one line (at most 1,200 characters): a sample answer or someone's words inside advice. */
const QUOTED = /["“«„][^"”»“\n]{0,1200}["”»“]/gu;
/** The same with the corner brackets of Chinese and Japanese (「…」). */
const QUOTED_CJK = /["“«„「][^"”»“」\n]{0,1200}["”»“」]/gu;

/**
 * True when a text holds advice to the reader and no one's account: an answer is told by its speaker (first person,
 * past or conditional narration), advice is addressed to the reader (imperatives, "you should", infinitive
 * instructions). At least half of its sentences instruct (one addressed to "you", or two imperatives), none names
 * the speaker outside short quotes, most are not questions (a list of questions to ask is an answer), a sample answer
 * in quotes (12 words or more in the first person) makes it an answer, and a slot to fill makes it an empty answer
 * (its placeholders are still reported). `text` is the raw Markdown of a body, code blocks included (guidance is
 * often indented). In a bank (`bank`: the unit is one of several), a section of tips among answers is written
 * tersely: the language is read from the whole body ("Practice each story out loud" has no English function word),
 * more verbs of advice are known, a bare verb before its object opens an instruction ("Outline the situation"),
 * lines wrapped by their writer are one sentence, and a label of a few words ("Key points:") is not a sentence; a
 * label that names what follows as the answer ("Strong answer structure:", "Answer outline:") makes it one.
 */
export function adviceOnly(text: string, bank = false, title = ''): boolean {
  if (hasSlotMark(text) || answerLeftEmpty(text)) return false;
  if (bank && (ANSWER_OUTLINE.test(text) || EMPTY_FIELDS.test(text))) return false;
  // Read tersely only in a bank, and only a body that talks about answering ("Prepare six stories", "Use STAR", "Keep
  // your answer short"; "your" alone is as often said to the interviewer, "your team"): terse notes of what was done ("- identify the root cause", "- use blue-green
  // deploys", a reminder of what to say in one's own answer) talk about the work, not about answering. Nor under a
  // title that puts a situation to the candidate or asks for a plan: its answer is the steps the candidate would
  // take, written as steps ("Meet every engineer", "Ask what is in the way"). And only under a heading that asks
  // nothing ("Instructions", "The STAR framework"): under a question of the bank, terse lines are the writer's notes
  // for the answer as often as tips.
  const talk = (text.match(ANSWER_TALK) ?? []).length;
  const loose = bank && title.trim() !== '' && !isQuestion(title) && !promptsCandidate(title) && !PLAN_TITLE.test(title) && (talk >= 2 || (talk === 1 && READER.test(text)));
  // (a line that goes on in lower case, not as an item of a list, goes on the line above)
  const joined = loose ? text.replace(/\n[ \t]*(?=\p{Ll})/gu, ' ') : text;
  let quotedAsks = 0;
  for (const q of joined.match(QUOTED) ?? []) {
    if (countWords(q) >= 12 && tellerSpeaks(q)) return false;
    // A quoted question is one to ask (a list of questions for the interviewer is an answer).
    if (/\?\s*["”»“]$/u.test(q)) quotedAsks++;
  }
  const plain = joined
    // Headings name the questions and sections; the advice is in what they hold.
    .replace(/^[ \t]{0,3}#{1,6}[ \t].*$/gmu, '')
    .replace(QUOTED, ' ')
    .replace(/^[ \t>]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+|\|)/gmu, '')
    .replace(/[*_`|#]+/gu, ' ');
  const sentences = plain
    .split(/(?<=[.!?;:])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s) && !(loose && /^[\p{L} ]{1,30}:$/u.test(s)));
  if (sentences.length === 0) return false;
  const en = loose ? englishWords(plain) : 0;
  const english = en > 0 ? moreEnglishThanRomance(plain, en) : undefined;
  let strong = 0;
  let weak = 0;
  let asked = quotedAsks;
  let plainSentences = 0;
  for (const s of sentences) {
    if (tellerSpeaks(s)) return false;
    if (/\?\s*$/u.test(s) && ++asked * 2 >= sentences.length) return false; // mostly questions: not advice, whoever speaks
    const k = instructs(s, english);
    if (k === 2) strong++;
    else if (k === 1) weak++;
    else if (++plainSentences * 2 > sentences.length) return false; // mostly sentences that do not instruct: the same
  }
  // (under a title that asks for a plan, "What would you do in your first week?", bare steps are its answer; only
  // words to the reader, talk about answering or a manner instructed, "Be calm", "Don't…", make it advice)
  if (strong === 0 && PLAN_TITLE.test(title) && talk < 2 && !sentences.some((x) => MANNER_OPENER.test(x))) return false;
  return asked * 2 < sentences.length && (strong > 0 || weak >= 2) && (strong + weak) * 2 >= sentences.length;
}

/** Whether the tagger reads the first of `words` as a verb once "you" is put before them: an imperative's verb. */
function impliedYouVerb(words: readonly string[]): boolean {
  const r = readText(`you ${words[0].toLowerCase()} ${words.slice(1).join(' ')}`);
  return r.pos[1] === 'VERB' || r.pos[1] === 'AUX';
}

/** Words before an instruction's verb that leave it an instruction: "Don't …", "Never …", "Always …", "Just …". */
const INSTRUCTION_LEAD = new Set(['do', 'n\'t', 'n’t', 'never', 'always', 'just', 'please', 'also', 'then', 'now', 'first', 'finally', 'simply', 'really', 'only']);
/** Words that open a statement or a question, not an instruction, whatever the tagger calls them (a modal, "be" conjugated). */
const NOT_IMPERATIVE = new Set('is are was were am will would can could should shall may might must has have had does did being been'.split(' '));
/** A short label that opens a line ("Action:", "Key point -"), taken off before the line's sentence is read. */
const LINE_LABEL = /^[\p{L}][\p{L}'’ /&()]{0,30}?\s?[:：]\s+(?=\S)/u;
/** A label that names a sample or an example answer under the advice ("Example:", "Sample answer:", "例:"). */
const SAMPLE_LABEL = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?[ \t]*(?:an? )?(?:example|sample|e\.g\.|for example|my version|script)s?\b[^:\n]{0,30}:/iu;
/** A title that names questions ("Questions for the employer", "Follow-up questions", "问题", "Preguntas"). */
const NAMES_QUESTIONS = /\bquestions?\b|问题|問題|질문|preguntas?|perguntas?|fragen|questions|вопрос\p{L}*/iu;
/** The interviewer's side named to them: "your company", "your team's mission" (an answer about the company says it). */
const TO_INTERVIEWER_YOUR = /\byour (?:company|team|organi[sz]ation|firm|products?|services?|platform|mission|vision|values|culture|clients|customers|business|brand|industry|department|group|office|work|users)\b/iu;
/** An instruction of manner: "Be honest", "Don't ramble", "Never …", "Avoid …", "Always …". */
const MANNER_OPENER = /^[^\p{L}]*(?:be|don['’]t|do not|never|avoid|always)(?![\p{L}'’])/iu;
/** A line that only labels what follows ("Guidelines (STAR):", "Tips:"): no sentence of its own. */
const LABEL_ONLY = /^[^.!?]{1,40}:$/u;

/**
 * True when a unit's body tells the reader what to do and nobody tells anything: advice, guidelines, a reminder to
 * oneself of how to answer ("Be honest but show ambition. Link it to the role.", "- Pick a real difficulty - Focus on
 * what you learned"). Read clause by clause through the tagger, in English only (HTML tags and code left out): a
 * sentence addressed to the reader ("you", "the candidate") or whose first word is a verb in its bare form (the imperative; "Don't"/"Never" before it
 * too) instructs; a line without a verb (a noun list, "Situation → Task → Action → Result") and a label ("Guidelines:")
 * say nothing either way; a sentence in the first person anywhere (outside short quotes) makes it an answer, and
 * more than one told in the past does too. At least two sentences instruct, more than those that state or tell,
 * most are not questions. Bare steps alone may be the writer's own notes ("Prioritize, communicate early", "- use
 * blue-green deploys"): the text must also address the reader, talk about answering (twice: the answer, the
 * interviewer, STAR, the minutes), or instruct a manner ("Be honest", "Don't …", "Avoid …"). Not under a title that
 * asks the candidate something (their reply, whatever its mood) or asks for a plan (its steps are the answer) or names
 * questions over lines that ask, nor with a slot to fill, a field
 * left for the answer or a field naming a sample ("Example:"), nor with a sample answer in quotes told in the first
 * person. Units with part labels are not read (markdown.ts): a legend is `partsDefined`'s.
 */
export function instructsReader(body: string, title: string): boolean {
  if (body.length > MAX_VOICE_CHARS || countWords(body) < 6) return false;
  // Under a question put to the candidate the text is their reply unless the writer says otherwise (guidanceOnly's
  // labels, adviceOnly's readings): pages of questions give replies as directions in the second person as often as
  // they give advice ("Mention your strengths relevant to the job"), so instructions alone decide nothing there.
  if (isQuestion(title) || interviewAsk(title) || promptsCandidate(title) || asksInOtherScript(title)) return false;
  if (tellerSpeaks(title) || PLAN_TITLE.test(title) || namesQuestionsToAsk(title)) return false;
  if (hasSlotMark(body) || answerLeftEmpty(body) || ANSWER_OUTLINE.test(body) || EMPTY_FIELDS.test(body)) return false;
  for (const q of body.match(QUOTED) ?? []) if (countWords(q) >= 12 && tellerSpeaks(q)) return false;
  // (a heading or a field that names the answer or a sample, "### Answer", "Example:", "Answer: I am…", holds the answer
  // under the advice)
  if (body.split(/\r?\n/u).some(holdsAnswerField)) return false;
  // (code is no one's speech; headings name what the sections hold)
  const rest = withoutFences(body)
    .replace(/^[ \t]{0,3}#{1,6}[ \t].*$/gmu, '')
    .replace(QUOTED, ' "" ');
  const letters = (rest.match(/\p{L}/gu) ?? []).length;
  const latin = (rest.match(/[A-Za-z]/gu) ?? []).length;
  if (letters === 0 || latin * 10 < letters * 9 || !moreEnglishThanRomance(rest)) return false;
  const lines = rest
    .split(/\r?\n/u)
    .map((l) => l.replace(/<[^<>\n]{0,200}>/gu, ' ').replace(LINE_MARKUP, '').replace(/[*_`|#]+/gu, ' ').replace(/\s+/gu, ' ').trim())
    .filter((l) => /\p{L}/u.test(l) && !LABEL_ONLY.test(l))
    // (a line's own label, "Action: Migrated the read path", "Context: the page took 3 s", is no word of its sentence)
    .map((l) => l.replace(LINE_LABEL, ''));
  if (lines.length === 0 || lines.length > MAX_VOICE_LINES) return false;
  // (the speaker anywhere makes it an answer: decided before the tagger reads a line)
  if (lines.some((l) => tellerSpeaks(l) || namesQuestionsToAsk(l))) return false;
  let strong = 0;
  let weak = 0;
  let manner = 0;
  let asks = 0;
  let plain = 0;
  let told = 0;
  for (const l of lines) {
    // (a prompt put to the candidate asks, "Tell me about a conflict", "Describe a time you failed"; one put to no
    // one is an instruction, "Talk about work")
    const lineAsks = /\?["'”’)\]*]*\s*$/u.test(l) || ((isQuestion(l) || promptsCandidate(l)) && (/\b(?:me|us)\b/iu.test(l) || asksForEpisode(l)));
    const r = readText(l);
    for (const [a, b] of r.spans) {
      const words = r.words.slice(a, b + 1);
      const pos = r.pos.slice(a, b + 1);
      if (!words.some((w) => /\p{L}/u.test(w))) continue;
      if (lineAsks || words[words.length - 1] === '?') {
        asks++;
        continue;
      }
      const sentence = words.join(' ');
      // (the candidate named in a line without a verb is what the line is about, "same questions for every candidate";
      // "your company", "your team" is said to the interviewer, in an answer about them)
      if ((READER.test(sentence) && !TO_INTERVIEWER_YOUR.test(sentence)) || (CANDIDATE.test(sentence) && pos.some((p) => p === 'VERB' || p === 'AUX'))) {
        strong++;
        continue;
      }
      let i = 0;
      while (i < words.length && !/\p{L}/u.test(words[i])) i++;
      let led = false;
      while (i + 1 < words.length && INSTRUCTION_LEAD.has(words[i].toLowerCase())) {
        led = led || /^(?:do|never|n['’]t)$/u.test(words[i].toLowerCase());
        i++;
      }
      const w = (words[i] ?? '').toLowerCase();
      const bare = /^[a-z]{2,}$/u.test(w) && !TOLD_FORM.test(w) && !IRREGULAR_PAST.has(w) && !PAST_AS_BARE.has(w) && !NOT_VERBS.has(w) && !NOT_IMPERATIVE.has(w);
      // The tagger often reads a bare verb opening a line as a noun ("Link it to the role", "Limit details"): read
      // with the imperative's own subject put back ("you link it to the role"), a verb is a verb.
      const imperative = bare && (pos[i] === 'VERB' || pos[i] === 'AUX' || impliedYouVerb(words.slice(i)));
      if (!imperative && !pos.some((p) => p === 'VERB' || p === 'AUX')) continue; // a fragment: a noun list, a name
      if (imperative) {
        weak++;
        if (led || w === 'be' || w === 'avoid' || w === 'don') manner++;
      } else if (toldInPast(words, pos)) told++;
      else plain++;
    }
  }
  const instructing = strong + weak;
  if (asks * 2 >= asks + instructing + plain + told || told > 1) return false;
  // (a title that names questions over lines that ask is a list of them, not advice: "Questions for the employer")
  if (asks > 0 && NAMES_QUESTIONS.test(title)) return false;
  // Bare steps alone are as often the writer's notes of their own way ("- use blue-green deploys", "- identify the
  // root cause" under "Rolling back a bad deploy"): instructions count only where the text addresses the reader, talks
  // about answering (twice or more: the answer, the story, the interviewer, STAR, the minutes it takes), or instructs a manner
  // ("Be honest", "Don't …", "Avoid …").
  if (strong === 0 && manner === 0 && (rest.match(ANSWER_TALK) ?? []).length < 2) return false;
  return instructing >= 2 && instructing > plain + told;
}

/** A label of guidance, the whole label (./knowledge/guidance.ts). */
const GUIDANCE = new RegExp(`^(?:${Object.values(GUIDANCE_LABELS).join('|')})$`, 'iu');
/**
 * A label whose head word names guidance, whatever qualifies it: "Answer hint", "Interview tips", "Quick advice",
 * "Key pointers". The head noun says what the block is (a hint, a tip, advice), as "Answer" in "Sample answer" says
 * what that one is; one or two words before it only say about what.
 */
const GUIDANCE_HEAD = /^(?:[\p{L}'’-]+ ){1,2}(?:tips?|hints?|advice|guidelines?|guidance|pointers|pitfalls)$/iu;
/** A label that files what follows under guidance: one of the writer's labels (GUIDANCE) or one headed by a guidance noun. */
const guidanceLabel = (label: string): boolean => GUIDANCE.test(label) || GUIDANCE_HEAD.test(label);
/** A title that opens with a label of guidance ("Tips for success", "Tips umum menjawab…", "回答提示"). */
const GUIDANCE_OPENING = new RegExp(`^(?:${Object.values(GUIDANCE_LABELS).join('|')})(?![\\p{L}])`, 'iu');
/** A label's text: numbering, emoji, markup and the closing colon taken off ("### 🎯 What HR Looks For", "**回答提示：**"). */
function labelText(s: string): string {
  return s
    .replace(/<[^<>\n]{0,200}>/gu, ' ')
    .replace(/[*_`#>|[\]]+/gu, ' ')
    .replace(/^[\s\p{P}\p{S}\p{N}]*/u, '')
    .replace(/[\s:：.\-–—!?？！\p{S}]*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
/** The label a line opens with before a colon ("Tip: name the metric", "**回答提示：** 一般人…"), or the whole line. */
function leadingLabel(line: string): string {
  const m = /^[^:：\n]{1,60}?[:：]/u.exec(line.replace(/^[ \t>]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?/u, ''));
  return labelText(m ? m[0] : line);
}

/**
 * True when a line names the answer or a sample of it, in any language: a field ("Answer:", "Respuesta:", "Example:",
 * "回答：" — not a guidance label such as "回答提示："), or a heading ("### Answer").
 */
function holdsAnswerField(l: string): boolean {
  return ANSWER_FIELD.test(l) || SAMPLE_LABEL.test(l) || (/^[ \t]{0,3}#{1,6}[ \t]/u.test(l) && ANSWER_HEADING.test(l.replace(/^[ \t]*#+/u, ''))) || (/[:：]/u.test(l) && ANSWER_HEADING.test(leadingLabel(l)) && !guidanceLabel(leadingLabel(l)));
}

/**
 * True when the writer files a unit's body under guidance about answering and nobody speaks in it: a title that names
 * guidance ("Tips for success", "🎯 What HR Looks For", "提问意图", "Tips umum menjawab…"), or a body that opens with
 * such a label ("Tip: walk through a framework", "**回答提示：** 一般人回答这个问题…", "Dicas:") and whose lines
 * are all under such labels or after the first one. The labels are the writer's own word for what the block is, in
 * any of the corpus' languages (./knowledge/guidance.ts), so the reading holds where the tagger does not. An answer
 * is said by its speaker: a first person anywhere outside short quotes, a sample in quotes told in the first person,
 * a field for the answer or a sample ("Answer:", "Example:"), or a slot to fill makes it an answer.
 */
export function guidanceOnly(body: string, title: string): boolean {
  if (body.length > MAX_VOICE_CHARS || countWords(body) === 0) return false;
  const titled = GUIDANCE_OPENING.test(labelText(title)) && !tellerSpeaks(title);
  const lines = withoutFences(body)
    .split(/\r?\n/u)
    .filter((l) => /\p{L}/u.test(l));
  if (lines.length === 0 || lines.length > MAX_VOICE_LINES) return false;
  if (!titled && !guidanceLabel(leadingLabel(lines[0]))) return false;
  if (hasSlotMark(body) || answerLeftEmpty(body)) return false;
  // (a field or a heading that names the answer in any language, "Respuesta:", "回答：", "### Answer", holds it)
  if (lines.some(holdsAnswerField)) return false;
  for (const q of body.match(QUOTED_CJK) ?? []) if (countWords(q) >= 12 && tellerSpeaks(q)) return false;
  return !lines.some((l) => tellerSpeaks(l.replace(QUOTED_CJK, ' ')));
}

/**
 * True when a section of a bank, under a title that asks nothing, holds no answer: it talks to the reader or about
 * answering ("you", "the interviewer", "your story") and no one speaks in it (`nobodySpeaks`: no first person, at most
 * one sentence told in the past, three or more statements) — a method explained, tips, the interview's logistics.
 * Under a title that asks ("Q9. What are your salary expectations?", "How do you learn a new stack?") or over a
 * question field ("**Question:** ..."), terse notes in the present are the answer, and are left to it.
 */
export function sectionAboutAnswering(body: string, title: string): boolean {
  // A question about the interview itself, put to no candidate ("What does STAR stand for?", "How long should one
  // answer take?", "What happens after the loop?"), over a reply in which nobody speaks: an item of an FAQ about
  // interviewing, however short, not an answer.
  if (isQuestion(title) && INTERVIEW_TALK.test(title) && !interviewAsk(title) && !promptsCandidate(title) && !namesQuestionsToAsk(title) && !QUOTED_SAMPLE_TEST.test(body)) {
    return countWords(body) < 40 ? !TELLER.test(body) && !FIRST_PERSON_OTHER_ONE.test(body) && !slotToFill(body) && !answerLeftEmpty(body) : nobodySpeaks(body, title);
  }
  if (asksCandidate(title) || interviewAsk(title) || asksInOtherScript(title)) return false;
  if (body.split(/\r?\n/u).some((l) => QUESTION_FIELD.test(l))) return false;
  // Quoted lines are the samples of a guide ("Weak: *"I talked to some customers."*"): read what is said around them.
  // A sample that is a whole answer (50 words or more) makes the section one.
  let samples = false;
  const rest = body.replace(QUOTED_SAMPLE, (q) => {
    if (countWords(q) >= MAX_SAMPLE_WORDS) samples = true;
    return ' ';
  });
  if (samples) return false;
  const talk = (rest.match(ANSWER_TALK) ?? []).length + (rest.match(ADDRESS) ?? []).length;
  return talk >= 2 && nobodySpeaks(rest, title);
}

/** Words that name the interview and its answers, as ANSWER_TALK, or its steps and people (a loop, the panel, the recruiter). */
const INTERVIEW_TALK = /(?<![\p{L}])(?:answers?|stor(?:y|ies)|STAR|interview(?:er|ers|s|ing)?|responses?|loops?|onsites?|panels?|recruiters?|hiring)(?![\p{L}])/iu;

/** The teller in another language (FIRST_PERSON_OTHER), tested for. */
const FIRST_PERSON_OTHER_ONE = new RegExp(FIRST_PERSON_OTHER.source, 'u');
/** A quoted stretch of one line (QUOTED_SAMPLE), tested for. */
const QUOTED_SAMPLE_TEST = /["“][^"”\n]{1,1200}["”]/u;
/** A quoted stretch of one line: a sample in a guide. */
const QUOTED_SAMPLE = /["“][^"”\n]{1,1200}["”]/gu;
/** Fewest words of a quoted sample that is a whole answer, not a fragment showing how to say something. */
const MAX_SAMPLE_WORDS = 50;

/** Most lines `nobodySpeaks` reads with the tagger; a longer body is not judged (it stays an answer). */
const MAX_VOICE_LINES = 200;
/** Most characters of a body `nobodySpeaks` judges. */
const MAX_VOICE_CHARS = 30_000;
/** A line's markup (heading marks, a bullet or number, emphasis, table bars), taken off before the tagger reads it. */
const LINE_MARKUP = /^[ \t>]*(?:#{1,6}[ \t]+|[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?/u;

/** Whether a sentence of the tagger's reading tells an event in the past: a verb in a past form, not after a present "be". */
function toldInPast(words: readonly string[], pos: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (pos[i] !== 'VERB' && pos[i] !== 'AUX') continue;
    const w = words[i].toLowerCase();
    if (IRREGULAR_PAST.has(w)) return true;
    if (/\p{L}{2}ed$/u.test(w) && !(i > 0 && PRESENT_BE.has(words[i - 1].toLowerCase()))) return true;
  }
  return false;
}

/**
 * True when a lone unit whose answer is in doubt (no front matter naming its questions, no part marker) has no one
 * speaking in it: an answer is the candidate telling what they did or would do — in the first person ("I", "we",
 * "my"), or as notes of what happened, in the past ("Rebuilt the export; close went from 3 days to 4 hours", "The
 * project failed because…"). A text with neither, in three or more statements, is about answering or about
 * something else: advice to a reader ("Keep it short", "you should…"), a method or a definition described in the
 * present ("Panels score against a rubric", "It deals with the behaviour of objects"), notes on a topic. Read only
 * where the reading is sure: English text (the tagger's language; another language is left as it is), at least 40
 * words, not mostly questions (a list of questions is read by `interviewQuestionsOnly`, and questions for the
 * interviewer are an answer), no line that names the list of questions to ask, no line left as a slot to fill (a skeleton is
 * an answer not yet written), a title not in the speaker's voice ("…in my first month") nor asking for a plan
 * ("30/60/90 day plan": its steps are bare verbs), and under a title that asks, a text that talks about answering. At most one sentence told in the past passes (a stray "was").
 * `body` is the unit's raw Markdown after its title, quotes and code blocks included: a sample answer in quotes speaks.
 */
export function nobodySpeaks(body: string, title: string): boolean {
  if (body.length > MAX_VOICE_CHARS || countWords(body) < 40) return false;
  if (tellerSpeaks(title) || PLAN_TITLE.test(title) || namesQuestionsToAsk(title) || slotToFill(body) || answerLeftEmpty(body)) return false;
  // English: Latin letters (nine in ten), and English function words outnumber those of the Romance languages.
  const letters = (body.match(/\p{L}/gu) ?? []).length;
  const latin = (body.match(/[A-Za-z]/gu) ?? []).length;
  if (latin * 10 < letters * 9 || !moreEnglishThanRomance(body)) return false;
  const lines = body
    .split(/\r?\n/u)
    .map((l) => l.replace(LINE_MARKUP, '').replace(/[*_`|#]+/gu, ' ').trim())
    .filter((l) => /\p{L}/u.test(l));
  if (lines.length > MAX_VOICE_LINES) return false;
  // Under a title that asks ("Your model's accuracy drops. What do you do?"), bare steps are the reply ("Check the
  // input data", "Roll back"): only a text that talks about answering (the answer, the interviewer, the time it
  // takes) is read as advice there.
  if ((isQuestion(title) || interviewAsk(title) || promptsCandidate(title)) && (body.match(ANSWER_TALK) ?? []).length < 2) return false;
  let asks = 0;
  let toCompany = 0;
  let told = 0;
  let said = 0;
  for (const l of lines) {
    // (A line that names the list of questions to ask, "Questions for the panel:", makes it an answer; one that tells
    // the reader to prepare them, "Bring two questions for the interviewer", is one more instruction.)
    if (namesQuestionsToAsk(l) && !opensWithImperative(l)) return false;
    const lineAsks = isQuestion(l) || promptsCandidate(l);
    const r = readText(l);
    for (const [a, b] of r.spans) {
      const words = r.words.slice(a, b + 1);
      if (!words.some((w) => /\p{L}/u.test(w))) continue;
      if (lineAsks || words[words.length - 1] === '?') {
        asks++;
        if (asksTheCompany(l)) toCompany++;
        continue;
      }
      const sentence = words.join(' ');
      if (tellerSpeaks(sentence)) return false;
      // (what is said to or of "you" is advice or a prompt, not an event told)
      if (!ADDRESSED.test(sentence) && toldInPast(words, r.pos.slice(a, b + 1)) && ++told > 1) return false;
      said++;
    }
  }
  return toCompany < 2 && asks * 2 < asks + said && said - told >= 3;
}


/** Words that name a part of an answer or what one is made of, in English and other languages: a legend defines them. */
const PART_TERMS = /(?:^|[^\p{L}])(?:situations?|tasks?|actions?|results?|outcomes?|context|background|challenges?|lessons?|learnings?|reflections?|steps?|goals?|events?|contexto|contexte|kontext|resultados?|résultats?|ergebnis\p{L}*|tareas?|tâches?|aufgabe\p{L}*|tarefas?|ação|ações|acción|acciones|situación|situação|metas?|objetivos?|objectifs?|ziel\p{L}*)(?=[^\p{L}]|$)|背景|任务|任務|行动|行動|结果|結果|目标|目標/iu;
/** A gloss that opens with a question word (what the part holds, "what you did", "qué hiciste", "ce que vous avez fait"). */
const GLOSS_ASKS = /^(?:what|how|why|who|when|where|which|qué|que|cómo|como|por qué|o que|ce que|ce qui|comment|pourquoi|was|wie|warum|welche\p{L}*)(?![\p{L}])/iu;
/** The teller in another language (FIRST_PERSON_OTHER) in any case, as a sentence opens: "Mon équipe", "J'ai". */
const FIRST_PERSON_ANY_CASE = new RegExp(FIRST_PERSON_OTHER.source, 'iu');
/** Whether a text has the speaker in one of the other languages (FIRST_PERSON_OTHER, any case): "ich", "Je", "我", "저는". */
export function speaksOtherLanguage(text: string): boolean {
  return FIRST_PERSON_ANY_CASE.test(text);
}
/** Most words of one part's gloss in a legend: a definition is a line, a telling runs on. */
const MAX_GLOSS_WORDS = 30;

/**
 * True when the parts of a block define the parts instead of telling them: a legend of the answer's structure ("-
 * Situation: set the scene and give the details of your example", "- Task: what you needed to achieve", "**R**esult —
 * resultado medible + qué aprendiste"), written in a guide, a cheat sheet or notes above the questions. Each part's
 * gloss (what follows its label, up to the first blank line) is empty or one short line that addresses the reader, opens
 * with an instruction ("Describe…", "Explain…") or a question word ("what you did"), or names a part ("Results of
 * the actions taken"); at least two say something; none is told by its speaker (first person) outside an
 * instruction, and no line after a gloss is (a sample told under each definition makes the block an answer). Under a title that asks ("Tell me about a failure") or with a slot to fill ("[Describe the context]"),
 * the same lines are the answer's template, left to write: an answer still. `glosses` is the raw Markdown after each
 * part's label, to the end of the part.
 */
export function partsDefined(glosses: readonly string[], title: string): boolean {
  if (glosses.length < 3) return false;
  if (isQuestion(title) || asksCandidate(title) || interviewAsk(title) || promptsCandidate(title) || asksForStory(title)) return false;
  let said = 0;
  for (const raw of glosses) {
    const cut = raw.search(/\r?\n[ \t>]*\r?\n/u);
    const first = cut < 0 ? raw : raw.slice(0, cut);
    if (hasSlotMark(first) || answerLeftEmpty(first)) return false;
    // A sample told under the definition ("*Example: our team faced a critical bug…*") makes the block an answer.
    // (in any case: "Mon équipe devait…", "J'ai répété…" open their sentences)
    if (cut >= 0 && raw.slice(cut).split(/\r?\n/u).some((l) => !isQuestion(l) && (TELLER.test(l) || FIRST_PERSON_ANY_CASE.test(l)))) return false;
    const gloss = first
      .replace(/<[^<>\n]{0,200}>/gu, ' ')
      .replace(/^[ \t>]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?/gmu, '')
      .replace(/[*_`|#>]+/gu, ' ')
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .replace(/\s+/gu, ' ')
      .trim();
    const words = countWords(gloss);
    if (words === 0) continue;
    if (words > MAX_GLOSS_WORDS) return false;
    said++;
    if (GLOSS_ASKS.test(gloss) || instructs(gloss, true) > 0) continue;
    if (tellerSpeaks(gloss)) return false;
    if (ADDRESSED.test(gloss) || PART_TERMS.test(gloss)) continue;
    return false;
  }
  return said >= 2;
}

/** A word boundary that holds after any letter, accented or not (`\b` is ASCII only). */
const WORD_EDGE = String.raw`(?:(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]))`;
const conceptReader = (src: string): RegExp => new RegExp(src.replace(/\\b/gu, WORD_EDGE), 'iu');
/** Each language's forms of a question of knowledge and the words that make it personal (knowledge/concepts.ts). */
const CONCEPT_READERS = Object.entries(CONCEPT_FORMS).map(([lang, f]) => ({ lang, forms: conceptReader(f.forms), personal: conceptReader(f.personal) }));
const CJK_LANG = (text: string): string | undefined => (/\p{Script=Hangul}/u.test(text) ? 'ko' : /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? 'ja' : /\p{Script=Han}/u.test(text) ? 'zh' : undefined);

/**
 * True when a title asks a question of knowledge about a subject, not about the candidate: what a thing is, what it
 * stands for, how it works, how two things differ ("Q2: What is the difference between `==` and `.equals()`?", "What is
 * DHCP", "什么是闭包？", "require와 import의 차이점", "¿Qué es un índice?"). Its first question is read (a follow-up
 * may ask for the candidate's use of it: "What is Docker? Why did you use it?"), and it puts nothing to the candidate
 * or the workplace (no "you", "your", "I", "the team", "지원자", "你": "What is your greatest weakness?" asks about
 * the candidate). Such a reply is an explanation, not an answer of the behavioral interview.
 */
export function asksAboutConcept(title: string): boolean {
  let bare = plain(title.replace(/~~/gu, '')).replace(QUESTION_NUMBERING, '').replace(QUESTION_PREFIX, '').trim();
  const end = bare.search(/[?？]/u);
  if (end >= 0) bare = bare.slice(0, end + 1);
  if (bare.length < 4 || bare.length > 200) return false;
  const cjk = CJK_LANG(bare);
  for (const r of CONCEPT_READERS) {
    if (cjk ? r.lang !== cjk : r.lang === 'zh' || r.lang === 'ja' || r.lang === 'ko') continue;
    if (r.forms.test(bare) && !r.personal.test(bare)) return true;
  }
  return false;
}

/** An instruction to tell or a past occasion asked for ("Tell me about a challenge…", "a time when…", "讲一下…"). */
const EPISODE_ASK = new RegExp(`^[^\\p{L}]*(?:${askSource('start', ['tell', 'episode'])})|(?<![\\p{L}\\p{N}])(?:${askSource('inside', ['episode'])})|${CJK_PROMPT_WORDS}|경험`, 'iu');

/** True when a title asks the candidate to tell an episode of their own, its numbering and markup aside. */
export function asksForEpisode(text: string): boolean {
  return EPISODE_ASK.test(plain(text).replace(QUESTION_NUMBERING, '').replace(QUESTION_PREFIX, ''));
}

/** How a body is voiced, line by line and sentence by sentence (the answer reader's features, ./answer-reader.ts). */
export interface Voice {
  /** Lines with a letter read (at most MAX_PROFILE_LINES). */
  lines: number;
  /** Lines that ask (a question, a prompt to the candidate). */
  asks: number;
  /** Sentences read, of the lines that do not ask. */
  said: number;
  /** Sentences in the teller's voice (first person, in English or another language). */
  teller: number;
  /** Sentences told in the past. */
  past: number;
  /** Sentences that address the reader ("you", "the candidate"). */
  addressed: number;
  /** Sentences that open with an instruction (an imperative, an infinitive). */
  imperative: number;
  /** Lines that are list items. */
  items: number;
  /** Lines that are headings. */
  headings: number;
  /** Share of letters that are Latin (0-1). */
  latin: number;
}
/**
 * True when what is said under a title is a note to the reader and no one's account (`voiceOf`): no sentence in the
 * teller's voice (first person, any language `tellerSpeaks` reads), none told in the past, and at least half of them
 * addressed to the reader or opening on an instruction ("Note: feel free to mention team size.", "Be honest.").
 * Under a question left unanswered among others, such a note is the writer's hint on how to answer, not the answer.
 */
export function noteToReader(said: string): boolean {
  const v = voiceOf(said);
  const instructing = v.addressed + v.imperative;
  return v.said > 0 && v.teller === 0 && v.past === 0 && instructing > 0 && instructing * 2 >= v.said;
}
/** Fewest sentences `coachesReader` judges: a guide is long; a short text to "you" is as often a reply to the interviewer. */
const MIN_COACHING_SENTENCES = 20;

/**
 * True when a lone unit's text coaches the reader throughout, the writer's own words only as asides: of its sentences
 * (`voiceOf`, read over the whole text, any language whose second person `voiceOf` knows: "you", "vous", "Sie", "вы",
 * "你"), at least 45 in 100 address the reader and at most one in ten is in the teller's voice ("When I interviewed at
 * a startup, I…"), twenty sentences or more. A guide, an article of advice with the author's anecdotes, holds no
 * answer; an answer speaks in the first person far more often, whoever it names as "you". Not with a slot to fill
 * or a field left for the answer (a worksheet), nor under a title naming questions to ask. (A title in the first
 * person is no sign here: "Parlez-moi de vous" quotes the interviewer.)
 */
export function coachesReader(body: string, title: string): boolean {
  if (body.length > MAX_VOICE_CHARS || countWords(body) < 150) return false;
  if (namesQuestionsToAsk(title) || slotToFill(body) || answerLeftEmpty(body)) return false;
  const lines = body.split(/\r?\n/u);
  let said = 0;
  let teller = 0;
  let addressed = 0;
  for (let i = 0; i < lines.length; i += MAX_PROFILE_LINES) {
    const v = voiceOf(lines.slice(i, i + MAX_PROFILE_LINES).join('\n'));
    said += v.said;
    teller += v.teller;
    addressed += v.addressed;
  }
  return said >= MIN_COACHING_SENTENCES && addressed * 100 >= said * 45 && teller * 10 <= said;
}

/** A line that is a list item: a bullet or a number closed by a stop or a parenthesis, also inside a quote. */
export const LIST_ITEM_LINE = /^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]+/u;
/** Lines of a body `voiceOf` reads: the opening of a long body says how it is voiced. */
const MAX_PROFILE_LINES = 40;

/** The voice of a body: who speaks in its sentences (the teller, the reader addressed), in what tense, asking or telling. */
export function voiceOf(body: string): Voice {
  const all = body.split(/\r?\n/u).filter((l) => /\p{L}/u.test(l));
  const raw = all.slice(0, MAX_PROFILE_LINES);
  const letters = (body.slice(0, 4000).match(/\p{L}/gu) ?? []).length;
  const latinLetters = (body.slice(0, 4000).match(/[A-Za-z]/gu) ?? []).length;
  const english = moreEnglishThanRomance(raw.join('\n'));
  const v: Voice = { lines: raw.length, asks: 0, said: 0, teller: 0, past: 0, addressed: 0, imperative: 0, items: 0, headings: 0, latin: letters === 0 ? 0 : latinLetters / letters };
  const told: string[] = [];
  for (const rawLine of raw) {
    if (LIST_ITEM_LINE.test(rawLine)) v.items++;
    if (/^[ \t]*#{1,6}[ \t]/u.test(rawLine)) v.headings++;
    const l = rawLine.replace(LINE_MARKUP, '').replace(/[*_`|#]+/gu, ' ').trim();
    if (l.length > 1000) continue;
    if (isQuestion(l) || promptsCandidate(l)) v.asks++;
    // (each line ends a sentence: a bullet with no stop is a statement of its own)
    else told.push(/[.!?。！？]$/u.test(l) ? l : `${l}.`);
  }
  // Sentences cut at their stops, words as written: the voice needs no tagger (a tagger's reading of every answer
  // found would cost a quarter of a parse). A past form is an irregular past or an -ed word not after a present "be".
  for (const sentence of told.join(' ').split(/(?<=[.!?。！？])\s+/u)) {
    const words = sentence.match(/[\p{L}'’]+/gu) ?? [];
    if (words.length === 0) continue;
    v.said++;
    if (tellerSpeaks(sentence)) v.teller++;
    if (words.some((w, i) => IRREGULAR_PAST.has(w.toLowerCase()) || (/\p{L}{2}[^e]ed$/u.test(w) && !(i > 0 && PRESENT_BE.has(words[i - 1].toLowerCase()))))) v.past++;
    const how = instructs(sentence, english);
    if (how === 2) v.addressed++;
    else if (how === 1) v.imperative++;
  }
  return v;
}

/** Most words of an item of a list of fragments: a keyword, a short phrase ("Ownership mindset", "Looking for larger projects"). */
const MAX_FRAGMENT_WORDS = 8;
/** Most lines of prose (not list items) around the fragments: the instruction that heads them, a label or two. */
const MAX_LEAD_LINES = 3;
/** Most words of a line of prose over the fragments: an instruction is a sentence, not a told paragraph. */
const MAX_LEAD_WORDS = 20;

/**
 * True when a body is a list of fragments headed by an instruction to the reader: "Keep it positive and
 * professional." over "- Limited learning / growth", "- Looking for larger projects"; "Pick 2–3 strengths:" over
 * "- Problem solving", "- Ownership mindset"; "Use the STAR method:" over the part names. Two or more list items of a
 * few words each (no told sentence: none runs past MAX_FRAGMENT_WORDS; no number, past form or name in one), at most a
 * few short lines of prose, each an instruction or a label ("Examples:"); at least one line addresses the reader (a
 * lead line to "you", in any language `instructs` reads) or is an item whose label instructs ("Focus on: …",
 * "Avoid: …"); no quote, no one speaks in any line (the
 * first person of any language), and no slot is left to fill. The fragments are what the reader is told to say, not
 * the speaker's answer. (A bare list of keywords with no instruction over it, "## Strengths" over "- Teamwork", is
 * the writer's own short answer as often: it is left to be one.) One pass over the lines.
 */
export function instructedFragments(body: string): boolean {
  const text = withoutFences(body);
  if (hasSlotMark(text) || answerLeftEmpty(text)) return false;
  let items = 0;
  let lead = 0;
  let instructing = 0;
  // (terse lines may hold no function word of any language, "Use STAR method:": English unless Romance words outnumber)
  const english = englishWords(text) >= (text.match(ROMANCE_ALL) ?? []).length;
  for (const raw of text.split(/\r?\n/u)) {
    if (!/\p{L}/u.test(raw) || /^[ \t]{0,3}#{1,6}[ \t]/u.test(raw)) continue;
    // (a quote is someone's words, a sample answer: not a fragment nor an instruction)
    if (/^[ \t]{0,3}>/u.test(raw)) return false;
    const l = raw.replace(LINE_MARKUP, '').replace(/[*_`|#>]+/gu, ' ').replace(/\s+/gu, ' ').trim();
    if (tellerSpeaks(l)) return false;
    if (LIST_ITEM_LINE.test(raw)) {
      if (countWords(l) > MAX_FRAGMENT_WORDS) return false;
      // (a number or a past form in an item is something told, "Cut deploys to 10 minutes", "Led the migration": the
      // writer's notes of their own answer, however terse)
      if (/\p{N}/u.test(l) || (l.match(/[\p{L}'’]+/gu) ?? []).some((w, i, ws) => IRREGULAR_PAST.has(w.toLowerCase()) || (/\p{L}{2}[^e]ed$/u.test(w) && !(i > 0 && PRESENT_BE.has(ws[i - 1].toLowerCase()))))) return false;
      // (nor a name: a capital after a word in lower case, "Highlight: scalable APIs on AWS", is the writer's own
      // matter, where advice names kinds of things, "Focus on: delegation, motivation")
      if (/\p{Ll}[\p{L}'’]*[ \t]+\p{Lu}/u.test(l)) return false;
      items++;
      // (an item whose label instructs, "Focus on: delegation, motivation", "Avoid: blaming others", is guidance;
      // an item that is a bare step, "Check the logs", may be the answer's own step)
      const label = /^([^:：]{1,30})[:：]/u.exec(l)?.[1];
      if (label !== undefined && instructs(label, english) > 0) instructing++;
      continue;
    }
    if (++lead > MAX_LEAD_LINES || countWords(l) > MAX_LEAD_WORDS) return false;
    // (a label over the list, "Examples:", "Best approach:", instructs nothing and tells nothing)
    if (instructs(l, english) > 1) instructing++;
    else if (instructs(l, english) > 0 || instructs(l.replace(LINE_LABEL, ''), english) > 0) continue;
    else if (!(countWords(l) <= 4 && /[:：]$/u.test(l))) return false;
  }
  return items >= 2 && instructing > 0;
}
