// Finds quantities in prose: what an interviewer hears as a measured result.
//
// A quantity measures a change or the scale of a result. It is recognised by class, not by a list of phrases:
//
//   counts                                               does not count
//   a number with a unit: "200 ms", "3 weeks", "40 GB"   a year ("in 2023"), a decade ("the 2010s")
//   a percentage: "40%", "12 percent"                    a version ("v2.1", "3.4.1", "React 18", "upgraded to 2.0")
//   money: "$2M", "€300k", "50,000 dollars"              a date ("2024-05-01", "March 3", "5/6/2024", "24/7")
//   a multiplier: "3x", "10×", "twice", "tenfold"        an ordinal ("2nd", "3rd"), a time of day ("10:30", "3pm")
//   a count: "12 customers", "from 800 to 200", "100+"   a label number ("phase 2", "Q3", "#123", "error 500")
//   spelled: "doubled", "halved", "three teams",         a name with digits ("S3", "EC2", "2FA", "Fortune 500")
//     "a third", "hundreds of hours", "zero incidents",  an expression ("N+1", "O(1)", "1:1", "x^2")
//     "forty minutes", "an order of magnitude",          an enumerator ("(2)", "1." at the start of a line)
//     "one day" (one with a time unit),                  an id or phone number ("ticket 48213", "555 123 4567")
//     "a couple of weeks", "saved weeks of rework",
//     Chinese, Japanese and Korean numbers with a counter
//                                                        "zero background" (a person's knowledge, not a result)
//                                                        "no error handling" (a practice, not harm counted)
//                                                        "one" without a time unit ("one of", "no one")
//                                                        "the second half" (a period), "two of us"
import { FAILURE_NOUNS, HARM_NOUNS, NOT_HARM_AFTER_NO, NUMBERED_ITEM_NOUNS, OTHER_GRAMMARS, OTHER_SWEEPING_ABSENCE } from '../nlp/lexicon';
import { languageOf, mayBeOther } from '../nlp/other-language';
import { englishFunctionWord } from '../nlp/query';
import { CJK_CHARS, softBreaks } from '../text';
import { memoByText } from '../memo';
import { CJK_NOT_EVEN_ONE, ENGLISH_LARGE_NUMBERS, ENGLISH_NUMBERS, KOREAN_COUNTERS, KOREAN_NATIVE_NUMBERS, NUMBER_WORDS, POSTPOSITIONAL_CHANGES, SEVERAL_WORDS, type NumberLanguage } from '../knowledge/number-words';
import { CJK_SCRIPT } from './util';
import { foldDigits, isForeignDate } from '../nlp/calendar';

/** A bracketed slot standing for a number still to fill: "[X]", "[N]", "[XX]", "[#]", "[?]", "[X%]". */
export const NUMBER_SLOT = /\[\s*(?:[A-Za-z]{1,2}|#{1,3}|\?{1,3})\s*%?\s*\]/u;
const NUMBER_SLOTS = new RegExp(NUMBER_SLOT.source, 'gu');
/**
 * The text with each number slot read as a number, offsets kept ("by [X]%" reads "by   7%"): a result sized in form
 * whose number is still to fill, which the placeholder rule reports.
 */
export function fillNumberSlots(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(NUMBER_SLOTS, (m: string) => {
    const core = m.includes('%') ? '7% ' : '7';
    return ' '.repeat(m.length - core.length) + core;
  });
}

/** A slot another reader found in the file (the placeholder rule's findSlots): its offsets in the file, and its text. */
export interface Slot {
  start: number;
  end: number;
  text: string;
}
/** Something in a text that may be a slot: only then is the placeholder rule's reader asked (it is the costlier one). */
export const SLOT_HINT = /[[_#●○〇◯×□△＊]|\?\?|(?<![\p{L}\p{N}])(?:X{1,3}|x{2,3}|N{1,3}|[XYZ]|TBD|TBC|TK)(?![\p{L}\p{N}])|[(（][^()（）\n]{0,160}?(?:[%％]|figure|number|count|metric|percent|chiffre|[Zz]ahl|cifra|import[oie]|monto|montant|[Bb]etr[aä]g|n[úu]mero|числ|цифр|数字|数据|數據|čísl|liczb|angka|nanti|getal|antal|αριθμ|संख्या)|%[A-Z]|(?:…|\.{3}|[ХΧ]{1,3})[ \t]?(?:[%％]|процент)/u;
/**
 * A note to the writer in parentheses that asks for a figure, where the figure goes: "(get the % from the Zendesk
 * report)", "(à compléter avec les chiffres de Sandrine)", "(Zahl nachtragen)": a slot for the number, as "[X]%" is.
 */
const FIGURE_NOTE = /^[(（][^()（）]*(?:[%％]|(?<![\p{L}])(?:figures?|numbers?|counts?|metrics?|percent(?:age)?s?|stats?|amounts?|totals?|chiffres?|zahlen?|cifras?|n[úu]meros?|import[oie]|montos?|montants?|betr[aä]ge?|čísl[oa]|liczb[aęy]|angka|getal|antal|αριθμός|αριθμό)(?![\p{L}])|числ|цифр|数字|数据|數據|संख्या)[^()（）]*[)）]$/iu;
/** A bracketed word that stands for a figure: "[number]", "[amount]%", "[数字]". */
const FIGURE_WORD_SLOT = /^\[\s*(?:number|num|amount|figure|percent(?:age)?|count|value|数字|数值|數字|數值)\s*%?\s*\]$/iu;

/**
 * The one slot reader of the metric rules: `text` (which starts at `base` in the file) with each slot where a figure
 * goes read as a number of the same length, so a result sized in form whose number is still to fill ("by [X]%", "by
 * X,XXX USD", "fell by ##%", "to ___ KB", "約●●％") is sized, and the placeholder rule is the one to ask for it. The
 * bracketed number slots are read here; the other slots are the placeholder rule's (`slots`, from its findSlots). A
 * slot that names a thing ("[specific project]", "[the metric]") or holds a note stands for no figure.
 */
export function fillFigureSlots(text: string, base: number, slots: readonly Slot[] = []): string {
  let out = fillNumberSlots(text);
  for (const h of slots) {
    const at = h.start - base;
    if (at < 0 || text.slice(at, at + h.text.length) !== h.text) continue;
    if (!FIGURE_WORD_SLOT.test(h.text) && !FIGURE_NOTE.test(h.text) && /\p{Ll}{3,}|[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(h.text)) continue;
    const core = h.text.includes('%') ? '7%' : '7';
    out = out.slice(0, at) + core + ' '.repeat(Math.max(0, h.text.length - core.length)) + out.slice(at + h.text.length);
  }
  return out;
}

export interface Quantity {
  start: number; // offset into the text
  end: number;
  text: string;
}

/** True when a quantity already found overlaps the span [start, end). */
function taken(out: readonly Quantity[], start: number, end: number): boolean {
  return out.some((q) => q.start < end && start < q.end);
}

/** Adds the span as a quantity unless one already found overlaps it. */
function addUnlessTaken(out: Quantity[], start: number, end: number, text: string): void {
  if (!taken(out, start, end)) out.push({ start, end, text });
}

/** The English months, full and abbreviated, as alternatives of a regular expression. */
export const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})\\.?\\s+$`, 'iu');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})(?![\\p{L}])`, 'iu');
// A word before a number that makes the number a label, a name or an identifier rather than an amount.
// (The numbered items and periods of an answer — "step", "week", "rule" — are one word class with the spelled
// numbers' labels in spelledCounts: NUMBERED_ITEM_NOUNS.)
const ITEM_NOUNS = [...NUMBERED_ITEM_NOUNS].join('|');
const LABEL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${ITEM_NOUNS}|python|java|ios|android|windows|gen|generation|series|iphone|model|room|floor|page|line|ticket|issue|bug|incident|case|pr|commit|id|ext|port|priority|sev|severity|p|q|v|rev|revision|article|figure|table|grade|class|web|industry|covid|top|fortune|error|http|status|code|rfc|iso|wave|cohort|slide|team|group|batch|zone|region|shard|node|lp)\\.?\\s*#?\\s*$`,
  'iu',
);
// A unit, a currency word, a multiplier or a counted thing right after a number.
const UNIT =
  '%|percent|per ?cent|pct|pp|percentage points?|basis points?|bps|x(?![\\p{L}])|×|k(?![\\p{L}])|m(?![\\p{L}])|bn|b(?![\\p{L}])|mm|million|billion|thousand|hundred|ms|milliseconds?|µs|ns|s(?![\\p{L}])|secs?|seconds?|mins?|minutes?|h(?![\\p{L}])|hrs?|hours?|days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?|sprints?|kb|mb|gb|tb|pb|kbps|mbps|gbps|qps|rps|tps|req\\/s|fps|usd|eur|gbp|dollars?|euros?|pounds?|users?|customers?|clients?|people|engineers?|times|points?|pts'
const UNIT_AFTER = new RegExp(`^\\s?(?:${UNIT})(?![\\p{L}])`, 'iu');
const UNIT_GLUED = new RegExp(`^(?:${UNIT})(?![\\p{L}])`, 'iu');

// The boundary before a number or a spelled quantity is checked in code (see boundaryOk), not with a
// lookbehind: a Unicode lookbehind evaluated at every position made this the slowest rule.
const NUMBER = /([$€£¥₹]\s?)?\d[\d,]*(?:\.\d+)?/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const PHONE = /(?:\+\d{1,3}[\s.-])?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{4}(?!\d)/g;
const LETTER = /\p{L}/u;
const UPPER_WORD_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}.]*)\s+$/u;
const SENTENCE_START_BEFORE = /(?:^|[.!?:;]\s+|\n\s*(?:[-*+]\s+)?|^\s*[-*+]\s+)(\p{Lu}[\p{L}.]*)\s+$/u;

/** A dollar written with its country's letters before the sign: "R$ 120 mil", "US$ 35k", "A$2M", "HK$", "NZ$", "MX$". */
const DOLLAR_PREFIX = /(?:^|[^\p{L}\p{N}])(?:R|US|U\.S\.|A|AU|C|CA|NZ|HK|S|SG|MX|NT|Z|J|TT|BZ|EC)$/u;

function boundaryOk(text: string, i: number, numeric: boolean): boolean {
  if (i === 0) return true;
  const p = text[i - 1];
  if (numeric && text[i] === '$' && DOLLAR_PREFIX.test(text.slice(Math.max(0, i - 5), i))) return true;
  if (WORD_CHAR.test(p) || (p >= '\udc00' && p <= '\udfff')) return false;
  if (!numeric) return true;
  if ('_.#@/:\\'.includes(p)) return false;
  // An expression: "N+1", "n-1", "O(1)", "x^2", "k*2".
  if ('+−^*(='.includes(p) && i >= 2 && (LETTER.test(text[i - 2]) || text[i - 2] === ')')) return false;
  // A name or code with a hyphen: "GPT-4", "COVID-19", "555-123". (Not a percentage, which names nothing: a Hebrew
  // prefix is joined to it by a hyphen, "ירדו ב-20%".)
  // (After a digit the hyphen joins a range, "20-30%", read from its first number.)
  return !(p === '-' && i >= 2 && WORD_CHAR.test(text[i - 2]) && !(LETTER.test(text[i - 2]) && PERCENT_AHEAD.test(text.slice(i, i + 16))));
}
const PERCENT_AHEAD = /^\d[\d,]*(?:\.\d+)?\s?[%％]/u;

/** The English spelled amounts (knowledge/number-words.ts), the large ones also in the plural, and zero. */
const SPELLED_NUMBER = [
  'zero',
  ...ENGLISH_NUMBERS.map((w) => (ENGLISH_LARGE_NUMBERS.includes(w) ? `${w}s?` : w)),
  '(?:giga|tera|peta|exa)bytes',
].join('|');
/**
 * Failures and complaints counted to zero ("no complaints", "without any integration issues", "zero outages"): a
 * count of none is a measured result. The failure nouns of the language layer, with their plurals and the kinds
 * of trouble a result is measured against.
 */
const ZERO_COUNTED = [
  ...[...FAILURE_NOUNS].filter((w) => /^[a-z]+$/.test(w) && w !== 'late' && w !== 'lateness' && w !== 'miss'),
  'downtime', 'loss(?:es)?', 'outages?', 'rollbacks?', 'escalations?', 'data loss', 'complaints?', 'errors?', 'defects?', 'crashes',
  'failed \\p{L}+', 'sev-?[0-9]s?', 'p[0-9]s?', '(?:customer|user|client|business|production|service)[- ](?:facing )?impact',
].join('|');
const SPELLED = new RegExp(
  `(?:${SPELLED_NUMBER}|a (?:hundred|thousand|million|billion|dozen)|doubled|doubling|tripled|tripling|quadrupled|halved|halving|twice|thrice|twofold|threefold|fourfold|fivefold|tenfold|hundredfold|(?:single|double|triple)[- ]digits?|orders? of magnitude|(?:no|zero|without any|without(?! +(?:an?|the|this|that|these|those|my|our|their|his|her|its) | +delay(?![\\p{L}]))|not a single|without a single|not one|(?:has|have|had|was|were|did)(?: +not|n['’]t) +(?:(?:been|had|have|seen|see|got|gotten|get|hit|faced|received|recorded|logged|experienced|needed) +)?(?:a single|one(?! +of(?![\\p{L}]))|any)) +(?:[\\p{L}-]+ +){0,2}?(?:${ZERO_COUNTED})|(?:no|zero|not a single|not one) +(?:[\\p{L}-]+ +){0,2}?(?:was|were|got|has been|have been|had been) +(?:lost|dropped|missed|corrupted|duplicated|failed|rejected|broken|affected|impacted)(?![\\p{L}])|there +(?:has|have|had)(?: +not|n['’]t) +been +(?:a single|one single) +(?!(?:day|days|week|month|year|night|moment|time|minute|hour|second|thing|person|one|instance|case|occasion)(?![\\p{L}]))[\\p{L}-]+|without +(?:ever +)?(?:missing|breaking|bringing +down|taking +down|disrupting|impacting|affecting|corrupting|delaying)(?= +\\p{L})|from (?:months|weeks|days|hours|minutes|seconds) (?:down )?to (?:weeks|days|hours|minutes|seconds|milliseconds|ms)|from (?:hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|yearly|annually|annual) (?:releases? |deploys? |runs? )?to (?:hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|yearly|annually|on[- ]demand|continuous)|half|(?:under|within|inside|less than|in under|in less than|in) (?:a|an|one|a single) (?:second|minute|hour|day|week|month|quarter|year|sprint)|(?:every|each) (?:single )?(?:major )?(?:deadline|milestone|target|goal|sla|slo)s?|all (?:of )?(?:our |the |its |their )?(?:major )?(?:deadlines|milestones|targets|goals|slas|slos)|one[- ](?:(?:more|extra|additional)\\s+)?(?:day|week|month|hour|minute|second|sprint|quarter|year|night|afternoon|morning)|(?:a|one|two)[- ](?:third|quarter|fifth|tenth)s?|a couple (?:of )?(?:(?:extra|more|fewer|less)\\s+)?(?:seconds|minutes|hours|days|weeks|months|quarters|years|sprints|releases|percentage points)|(?:hours|days|weeks|months|years)(?=\\s+of\\s)(?<=\\b(?:saved|saving|saves|cut|shaved|freed|spared|eliminated|removed)\\s+(?:us\\s+|them\\s+|the\\s+team\\s+|everyone\\s+)?\\p{L}+))(?![\\p{L}\\p{N}])`,
  'giu',
);
// Nouns for what a person knows or brings: "zero background", "zero experience" describe the speaker, not a result.
const PERSONAL_AFTER_ZERO =
  /^[\s-]+(?:prior\s+|previous\s+|domain\s+|\w+\s+)?(?:background|experience|knowledge|context|familiarity|idea|clue|expertise|exposure|training|understanding|interest|skills?)(?![\p{L}])/iu;

// Headcount put into the work is an input, not a result: "brought in two more developers", "a team of 4",
// "2 junior engineers joined".
const PEOPLE_AFTER =
  /^\s+(?:(?:more|extra|additional|new|junior|senior|full-time|part-time|contract|frontend|backend|front-end|back-end|qa|other)\s+)*(?:developers?|devs?|engineers?|people|persons?|members?|teammates?|colleagues?|co-?workers?|peers?|consultants?|volunteers?|contractors?|hires?|resources?|headcount|ftes?|interns?|testers?|designers?|analysts?|staff)(?![\p{L}])/iu;
const INPUT_BEFORE =
  /(?:\b(?:brings?|brought|bringing|add|adds|added|adding|hire|hires|hired|hiring|assign|assigned|allocate|allocated|staff|staffed|get|got|request|requested|requesting|need|needed|ask for|asked for|borrow|borrowed|lend|lent|loan|loaned)\s+(?:in\s+|on\s+|us\s+|me\s+|another\s+|an?\s+extra\s+)?(?:\w+\s+){0,2}|\b(?:team|group|squad|crew|pod)\s+of\s+(?:about\s+|around\s+)?|\b(?:with|using)\s+(?:only\s+|just\s+)?)$/iu;
const INPUT_AFTER_PEOPLE = /^\s*(?:joined|came on board|were added|were assigned|were brought in|to help|to join|on loan)/iu;

/** A word for a team and the word joining its size, in the other languages' tables, before a number (and a hedge). */
const TEAM_OF_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${Object.values(NUMBER_WORDS).flatMap((w) => w.team).map((t) => t.replace(/ /gu, '\\s+')).join('|')})\\s+(?:(?:${Object.values(NUMBER_WORDS).flatMap((w) => w.hedges).map((t) => t.replace(/ /gu, '\\s+')).join('|')})\\s+)?$`,
  'iu',
);

const GROUP_COMPOUND_AFTER = /^[\s-]+(?:person|people|member|man|strong)[\s-]+(?:[\p{L}-]+\s+)?(?:teams?|groups?|squads?|crews?|pods?|units?)(?![\p{L}])/iu;
const GROUP_CHANGE = /\b(?:from|grew|grown|growing|expanded|scaled|shrank|shrunk|reduced|cut|doubled|tripled|halved)\b/iu;

const HEADCOUNT_CONJUNCT = new RegExp(
  `(?:\\b(?:team|group|squad|crew|pod)\\s+of\\s+(?:about\\s+|around\\s+|just\\s+|only\\s+)?(?:\\d+|${SPELLED_NUMBER})\\s+(?:[\\p{L}/-]+\\s+){0,2}?(?:developers?|devs?|engineers?|people|persons?|members?|testers?|designers?|analysts?|interns?|contractors?|staff)\\s*(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)|\\b(?:leader|lead|head|manager)\\s+of\\s+(?:a\\s+(?:team|group)\\s+of\\s+)?)$`,
  'iu',
);

function isInputHeadcount(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  // A group sized by a compound is the people who did the work, as "a team of 6" is: "a six-person team", "we were a
  // five person group", "a 4-member squad" (not a group that changed: "from a 3-person team to a 12-person one").
  if (GROUP_COMPOUND_AFTER.test(after) && !GROUP_CHANGE.test(clauseAround(text, start, end, /[.;!?\n]/u))) return true;
  if (/\b(?:team|group|squad|crew|pod)\s+of\s+(?:about\s+|around\s+|just\s+|only\s+)?$/iu.test(text.slice(Math.max(0, start - 24), start))) return true;
  // The same in the other languages of the number-word tables: "un equipo de 4 desarrolladores", "командой из 5 человек".
  if (TEAM_OF_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  const p = PEOPLE_AFTER.exec(after) ?? PEOPLE_AFTER.exec(after.replace(/^\s+[\p{L}/-]+(?=\s)/u, ''));
  if (!p) return false;
  // The next conjunct of a headcount, and the people someone leads: "a team of five developers and two UI/UX
  // designers", "a team of 6 developers, 2 testers", "the leader of four members".
  if (HEADCOUNT_CONJUNCT.test(text.slice(Math.max(0, start - 90), start))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  // "I was one of two engineers on it": the people in the story.
  if (/\bone of(?:\s+the|\s+only)?\s+$/iu.test(before)) return true;
  return INPUT_BEFORE.test(before) || INPUT_AFTER_PEOPLE.test(after.slice(p[0].length));
}

// Tenure is the speaker's history, and a point in time is not a size (see isTenure): "5 years of experience", "after working there for almost 5 years".
const TENURE_AFTER = /^\s*(?:\+|-?\s*plus)?\s*(?:years?|yrs?)['’]?\s+(?:(?:of\s+)?(?:[\w-]+\s+){0,2}(?:experience|expertise|background|practice|exposure|know-how|knowledge)|in\s+(?:the\s+)?(?:industry|field|tech)|as\s+an?\b|in\s+(?:my|this|that)\s+(?:role|job|position))/iu;
const TENURE_BEFORE =
  /\b(?:working|worked|work|been|spent|spending|employed|career|stayed|tenure)\b[^.;!?\n]{0,30}\b(?:for|over|of)\s+(?:almost\s+|about\s+|nearly\s+|over\s+|around\s+|roughly\s+|more than\s+|just over\s+)?$/iu;

// A point in time is not a size: "after 2 weeks", "since 3 months", "two months later", "3 days ago".
/** The English units of time a number may count, as a pattern's source. */
const TIME_UNIT = '(?:days?|weeks?|months?|quarters?|years?|sprints?|hours?|minutes?)';
const TIME_UNIT_AFTER = new RegExp(`^\\s*${TIME_UNIT}\\b`, 'iu');
const POINT_BEFORE = /\b(?:after|since|for (?:the )?(?:first|last|past)|(?:over|in|during|within) the (?:last|past|next))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|another\s+)?$/iu;
/** "The last / next N months" in Spanish, Portuguese, Italian, German and Russian: the word before the number… */
const WINDOW_BEFORE_OTHER = /(?:^|[^\p{L}])(?:últim[oa]s|ultim[oi]|ultime|pasad[oa]s|passad[oa]s|próxim[oa]s|proxim[oa]s|prossimi|siguientes|letzten|nächsten|vergangenen|kommenden|последние|ближайшие|следующие|прошедшие)\s+$/iu;
/** …and the unit of time after it. */
const WINDOW_UNIT_OTHER = /^\s*(?:mes(?:es|i)?|años?|anos?|anni|semanas?|settimane|días?|dias?|giorni|trimestres?|trimestri|Monaten?|Jahren?|Wochen|Tagen?|Quartalen?|месяц(?:а|ев)?|лет|года?|недел[ьи]|недель|дн(?:я|ей))(?![\p{L}])/iu;
/** French puts the word after the number: "les 12 derniers mois", "les trois prochaines semaines". */
const FR_WINDOW_AFTER = /^\s*(?:derni[eè]re?s|prochaine?s)\s+(?:mois|ans|années|semaines|jours|trimestres)(?![\p{L}])/iu;
/** A spelled amount that already holds its unit: "one month", "a couple of weeks". */
const TIME_UNIT_END = new RegExp(`${TIME_UNIT}$`, 'iu');
const POINT_OPENING_AFTER = new RegExp(`^\\s*${TIME_UNIT}\\s+(?:after|into|following|past)\\s+(?!(?:that|this)\\b)`, 'iu');
const POINT_INTO_AFTER = new RegExp(`^\\s*${TIME_UNIT}\\s+into\\s+(?:the|a|an|our|my|this|that|its|their|his|her)\\s`, 'iu');
/** Nothing but a hedge between the start of the sentence (or a line, or a list marker) and the number. */
const SENTENCE_OPENING = /(?:^|[.!?;:]\s+|\n[\s>*_-]*|^[\s>*_-]+)(?:(?:about|around|roughly|nearly|almost|just|only|some|barely|exactly)\s+)?$/iu;
// ("two weeks before the deadline" is a margin, a result: what the time is before decides; a date of any kind, "two weeks
// before the renewal date", is one too.)
const POINT_AFTER =
  new RegExp(`^\\s*${TIME_UNIT}\\s+(?:later(?!\\s+than\\b)|ago|earlier(?!\\s+than\\b)|before(?!\\s+(?:the\\s+|our\\s+|its\\s+|their\\s+|my\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:deadline|date|cut-?off|schedule))|after that|in)\\b`, 'iu');

/**
 * How long an activity went on is not a result: "had them work on it in front of me for 30 minutes", "we paired
 * for two weeks". It is when it measures a run without failure: "ran for 3 years without an outage", "lasted".
 */
function isActivityDuration(text: string, start: number, end: number): boolean {
  if (!TIME_UNIT_AFTER.test(text.slice(end, end + 20))) return false;
  if (!/\bfor\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|just\s+|another\s+|the\s+(?:next|following)\s+)?$/iu.test(text.slice(Math.max(0, start - 30), start))) return false;
  const sentenceEnd = text.slice(end).search(/[.!?;\n]/u);
  const rest = text.slice(end, sentenceEnd < 0 ? text.length : end + sentenceEnd);
  const lead = text.slice(Math.max(0, start - 60), start).split(/[.!?;\n]/u).pop() ?? '';
  // (How long a harm lasted is its size, as "lasted" is: "the app was down for nine hours", "checkout was offline for
  // 40 minutes", "the orders sat stuck for two days"; and so is the term of what was won: "renewed for three years".)
  return !/\b(?:without|no|zero|straight|in a row|uninterrupted|consecutive)\b/iu.test(rest) && !/\b(?:ran|run|running|runs|lasted|last|lasts|stayed|stays|kept|held|remained|uptime|saved?|saving|cut|reduced|shortened|down|offline|unavailable|unreachable|stuck|blocked|frozen|broken|delayed|renewed|extended)\b/iu.test(lead);
}

/**
 * The same in the other languages of the number-word tables (knowledge/number-words.ts): an amount of time after the
 * table's word of a span ("durante 6 meses", "por 6 meses", "pendant 6 mois", "selama 6 bulan", "przez 3 tygodnie") or
 * before its word after the unit ("6 Monate lang") is how long an activity went on, time put in, as "for six months I
 * led…" is in English. Not when its sentence counts harm to none ("durante 6 meses sin ninguna caída", "pendant 6 mois
 * sans aucune panne"): a run without failure is sized by its length.
 */
const TABLES = Object.values(NUMBER_WORDS);
const OTHER_SPAN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordAlternation(TABLES.flatMap((w) => w.during))})\\s+(?:(?:${wordAlternation(TABLES.flatMap((w) => w.hedges))})\\s+)?$`, 'iu');
const OTHER_SPAN_UNIT = `(?:${wordAlternation(TABLES.flatMap((w) => [...w.timeUnits, ...w.periods]))})`;
const OTHER_SPAN_UNIT_AFTER = new RegExp(`^\\s*${OTHER_SPAN_UNIT}(?![\\p{L}])`, 'iu');
const OTHER_SPAN_LANG_AFTER = new RegExp(`^\\s*${OTHER_SPAN_UNIT}\\s+(?:${wordAlternation(TABLES.flatMap((w) => w.duringAfter ?? []))})(?![\\p{L}])`, 'iu');
/** A word of none or of "without" in the tables' languages (and the lexicon's sweeping absences): harm counted to none. */
const OTHER_NONE_WORD = new RegExp(
  `(?<![\\p{L}])(?:${wordAlternation([...TABLES.flatMap((w) => [...w.none, ...w.zero]), ...OTHER_SWEEPING_ABSENCE.flatMap((l) => [...(l.without ?? []), ...l.sweeping])])})(?![\\p{L}])`,
  'iu',
);
function isOtherActivityDuration(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  const spanBefore = OTHER_SPAN_UNIT_AFTER.test(after) && OTHER_SPAN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
  if (!spanBefore && !OTHER_SPAN_LANG_AFTER.test(after)) return false;
  // (Not in English prose: "under", "per", "i" are English words too, "back in under 20 minutes".)
  if (!mayBeOther(text)) return false;
  return !OTHER_NONE_WORD.test(clauseAround(text, start, end, /[.!?;\n]/u));
}

/**
 * What the speaker did, counted, is effort, not a result: "I talked to 5 customers", "we held two meetings", "I
 * escalated twice", "after 3 iterations", "the first two weeks", "a 2-page design doc". A rate, a percentage or money
 * is still a size ("we ran 2x faster").
 */
const EFFORT_BEFORE =
  /\b(?:i|we)\b[^.;!?\n]{0,50}?\b(?:held|had|talked(?:\s+to)?|spoke(?:\s+(?:to|with))?|met\s+with|tried|attempted|escalated(?:\s+it)?|followed\s+up|presented(?:\s+it)?(?:\s+to)?|spent|spend|spends|spending|wrote|drafted|mentored|coached|reviewed|split(?:\s+(?:it|them|the \w+))?\s+into|interviewed|called|emailed|asked|pinged|reached\s+out\s+to|iterated|organi[sz]ed|scheduled|hosted|facilitated|sent|read|ran)\s+(?:(?:it|them|him|her|with|to|the|a|an|about|over|another|more|extra|additional|all|up|out|at\s+least|at\s+most)\s+){0,3}$/iu;
const WORK_TIME_AFTER =
  /^\s*(?:days?|weeks?|months?|quarters?|years?|sprints?|hours?|evenings?|weekends?)\s+of\s+(?:(?:hard|focused|careful|extra|engineering|development|dev|part-time|full-time)\s+)?(?:work|effort|development|engineering|coding|testing|research|investigation|debugging|planning|prep|preparation)\b/iu;
const ITERATION_AFTER = /^\s*(?:(?:design|code|review|working|planning|feedback)\s+)?(?:iterations?|rounds?|attempts?|tries|drafts?|meetings?|calls?|conversations?|reviews?|workshops?|sessions?|syncs?|demos?|check-ins?|interviews?)\b/iu;
const MEETINGS_AT_CADENCE =
  /^\s*(?:[\p{L}-]+\s+)?(?:meetings?|reviews?|workshops?|sessions?|syncs?|check-ins?|stand-?ups?|retros?|retrospectives?|one-on-ones?|1:1s?)\s+(?:a|an|per|every|each)\s+(?:day|week|fortnight|month|sprint|quarter)\b/iu;
const DOC_COMPOUND = /^-(?:page|slide|line|step|point|hour\s+(?:(?:work|working)\s+)?(?:days?|weeks?|shifts?|workweeks?|nights?))\b/iu;

function isEffort(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  if (/^\s?(?:%|percent|x(?![\p{L}])|×|k\b|m\b)/iu.test(after) || /^[$€£¥₹]/u.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 60), start).split(/[.!?;\n]/u).pop() ?? '';
  // (A zero count after "we had" is harm that did not happen, not effort: "we had no outages", "no problems with the
  // nightly import".)
  if (EFFORT_BEFORE.test(before) && !/^(?:no|zero|not|without)\b/iu.test(text.slice(start, end))) return true;
  if (isHabit(text, start, end, before)) return true;
  // An interval is a schedule, a setting or a symptom, not a size of the result: "a cache eviction policy after every
  // 10 mins", "evaluates metrics every 30 seconds", "renewed every 90 days" (one that changed still is: "from every
  // 6 hours to every 30 days").
  if (/\bevery\s+$/iu.test(before) && /^\s*(?:mins?|minutes?|secs?|seconds?|hours?|hrs?|days?|weeks?|months?|sprints?)\b/iu.test(after)) {
    if (!CHANGE_IN_SENTENCE.test(before) && !CHANGE_IN_SENTENCE.test(restOf(text, end, /[.!?;\n]/u))) return true;
  }
  // Time put in, told with a participle: "working two days a week on it", "spending three weekends on the fix".
  if (TIME_UNIT_AFTER.test(after) && /\b(?:working|dedicating|devoting|putting\s+in|spending|investing)\s+(?:(?:about|around|roughly|only|just|nearly|almost|another)\s+)?$/iu.test(before)) return true;
  if (ITERATION_AFTER.test(after) && /\b(?:after|over|in|within|took)\s+(?:about\s+|only\s+|just\s+)?$/iu.test(before)) return true;
  // Meetings held at a cadence are a routine, not a result: "we hold two incident reviews a week", "three stand-ups a
  // week" (a cadence that changed still is one: "from two review meetings a week to one").
  if (MEETINGS_AT_CADENCE.test(text.slice(end, end + 60)) && !CHANGE_IN_SENTENCE.test(before.split(',').pop() ?? '') && !CHANGE_IN_SENTENCE.test(restOf(text, end, /[.!?;,\n]/u))) return true;
  // The next count in the same list of effort: "after four design reviews and a dozen calls".
  if (ITERATION_AFTER.test(after) && /\b(?:after|over|within|took)\s+[^.;!?\n]{0,40}\b(?:iterations?|rounds?|attempts?|drafts?|meetings?|calls?|conversations?|reviews?|workshops?|sessions?|syncs?|demos?|check-ins?|interviews?)\s*(?:,\s*(?:and\s+)?|and\s+)$/iu.test(before)) return true;
  if (/\bthe\s+(?:first|last|next|past|following)\s+$/iu.test(before) && TIME_UNIT_AFTER.test(after)) return true;
  // Time put in, told as an amount of work: "after four sprints of work", "two weeks of effort" (but time lost or
  // saved is a result: "I lost 2 days of work").
  if (WORK_TIME_AFTER.test(after) && !/\b(?:lost|losing|lose|loses|wasted|wasting|saved|saving|saves|save|cost|costing|costs|freed|reclaimed|cut|avoided|prevented|spared)\b[^.;!?\n]{0,24}$/iu.test(before)) return true;
  if (/^\s+of\s+(?:us|them)\b/iu.test(after)) return true;
  if (WORK_COMPOUND.test(text.slice(end, end + 40))) return true;
  // "Within a month, I …" (spelled): when the next thing happened.
  if (/^(?:within|in|under)\s/iu.test(text.slice(start, end)) && /^\s*,\s*(?:i|we|she|he|they|the team|my team)\b/iu.test(text.slice(end, end + 20)) && /(?:^|[.!?;:\n])[\s*_-]*$/u.test(before)) return true;
  if (TIME_UNIT_AFTER.test(after) && isTimeSpent(text, start, end, before)) return true;
  return DOC_COMPOUND.test(after);
}

/**
 * How often the speaker does something is a habit, not a result: "I play table tennis with friends twice a week", "we
 * meet three times a month", "I take a 5-minute break every hour". A cadence that changed is one ("releases went from
 * monthly to weekly", "we now deploy twice a day"), and so is a rate of what the work handles ("3,000 requests a
 * second": no speaker acting).
 */
const FREQUENCY_AFTER = /^\s*(?:times?\s+)?(?:a|an|per|every|each)\s+(?:day|week|month|weekend|morning|evening|night|year|sprint)\b/iu;
const CHANGE_IN_SENTENCE =
  /\b(?:from|instead|now|anymore|no longer|used to|down|up|increas\w*|reduc\w*|decreas\w*|cut|cutting|dropp\w*|drops?|fell|falls?|rose|rises?|grew|grows?|improv\w*|went|goes|halved|doubled|than)\b/iu;
function isHabit(text: string, start: number, end: number, before: string): boolean {
  if (!FREQUENCY_AFTER.test(text.slice(end, end + 30))) return false;
  if (!/(?:^|[^\p{L}])(?:i|we)\s+(?:[\p{L}'’-]+\s+){0,8}$/iu.test(before)) return false;
  // (the rest of its clause: "…twice a week on video, and I make sure it is written down" ends at the comma)
  return !CHANGE_IN_SENTENCE.test(before) && !CHANGE_IN_SENTENCE.test(restOf(text, end, /[.!?;,\n]/u));
}

/** The text from `end` to the first stop character (the rest of a sentence or clause), or to the end. */
function restOf(text: string, end: number, stops: RegExp): string {
  const stop = text.slice(end).search(stops);
  return text.slice(end, stop < 0 ? text.length : end + stop);
}

/** Work measured by how long it ran: "a 2-month proof of concept", "a six-week pilot". */
const WORK_COMPOUND =
  /^-(?:week|day|month|year|hour|minute|quarter)s?[-\s]+(?:long\s+)?(?:proof[-\s]of[-\s]concept|poc|pilot|trial|project|effort|migration|rewrite|investigation|study|experiment|spike|engagement|rotation|stint|assignment|initiative|programs?|programmes?)\b/iu;

/**
 * How long the work took, or when something happened, is not a size of the result: "the migration took about 18
 * months" (a project's length; "the fix took two days" is how fast a result came), "missed by three teams over 2 months", "Within a month, I was contributing", "In six months, she shipped
 * a redesign". (A time that changed is still one: "the build took 4 minutes instead of 20", "the site was back
 * within 30 minutes".)
 */
function isTimeSpent(text: string, start: number, end: number, before: string): boolean {
  const sentenceEnd = text.slice(end).search(/[.!?;\n]/u);
  const rest = text.slice(end, sentenceEnd < 0 ? text.length : end + sentenceEnd);
  // (Not the span a length is measured over: "from start to finish", "from kickoff to launch".)
  if (/\b(?:instead|from(?!\s+scratch\b)(?!\s+(?:the\s+)?(?:start|beginning|kick-?off|scratch|day\s+one|first\s+commit|planning|design)\s+(?:to|until|through)\b)|down|compared|versus|vs|rather than|previously|used to)\b/iu.test(rest)) return false;
  // (Only a project's length, months or more: hours, days or weeks to a fix are how fast the result came.)
  if (/^\s*(?:months?|quarters?|years?|sprints?)\b/iu.test(text.slice(end, end + 12)) && /\btook\s+(?:us\s+|me\s+|them\s+|him\s+|her\s+)?(?:about\s+|aprox\.?\s+|approx\.?\s+|approximately\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|just\s+)?$/iu.test(before)) return true;
  // How long the work took to land, months or more, after "in" or "within": "delivered the stack in 3 months",
  // "adopted within 6 months" — the length of the project, not a size of what changed (as with "took", only months or
  // more: hours, days or weeks to a fix are how fast a result came, "back within 30 minutes"; a time that changed is
  // still one, "in 2 weeks instead of 2 months").
  if (/^\s*(?:months?|quarters?|years?)\b/iu.test(text.slice(end, end + 12)) && /\b(?:in|within)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|under\s+)?$/iu.test(before) && !CHANGE_IN_SENTENCE.test(before) && !CHANGE_IN_SENTENCE.test(rest) && !/\b(?:took|takes|take|taking|now|early|ahead|faster|sooner)\b/iu.test(before + rest)) return true;
  // "over 2 months" closing its clause: a period, not an amount.
  if (/\b(?:over|across|throughout)\s+(?:the\s+(?:next|following|past|last)\s+)?$/iu.test(before) && /^\s*[\p{L}]+\s*(?:[,.;:!?)]|$|\s+(?:and|but)\b)/iu.test(text.slice(end, end + 30))) return true;
  // "Within a month, I …", "In six months, she …": when the next thing happened.
  return /(?:^|[.!?;:\n]\s*|^\W*)(?:within|in|after)\s+(?:about\s+|just\s+|only\s+)?$/iu.test(before) && /^\s*[\p{L}]+\s*,\s*(?:i|we|she|he|they|the team|my team)\b/iu.test(text.slice(end, end + 30));
}

/**
 * The size of a limit set beforehand is a rule of the work, not a result: "a two beer limit", "set a 1-hour limit,
 * then escalate", "under a 20-ticket cap" (what came of it is told elsewhere). A percentage or money still sizes,
 * and a threshold or a deadline met is a result ("stayed under the 200 ms threshold").
 */
const LIMIT_AFTER =
  /^(?:[\s-]+(?:[\p{L}]+[\s-]+)?)(?:limit|limits|cap|caps|ceiling|timebox|time-box|quota|allowance)(?![\p{L}])/iu;

function isLimit(text: string, start: number, end: number): boolean {
  if (/^\s?(?:%|percent|x(?![\p{L}])|×)/iu.test(text.slice(end, end + 10)) || /^[$€£¥₹]/u.test(text.slice(start, end))) return false;
  if (!LIMIT_AFTER.test(text.slice(end, end + 40))) return false;
  // "cut the limit from 10 to 3", "raised the cap to 500": a limit that changed is a result.
  return !/\b(?:from|to|by)\s+$/iu.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * A number after a definite article points at things already known, it sizes nothing: "the two products", "these
 * three services", "both 2 teams". A rate or a multiple still does ("the 40% of users").
 */
function isReference(text: string, start: number, end: number): boolean {
  // (and the articles of Spanish, Portuguese, French, Italian and German: "los 3 equipos", "os dois times", "les 3 équipes")
  const article = /(?:^|[^\p{L}])(the|these|those|both|all|los|las|les|os|estos|estas|esos|esas|esses|essas|estes|ces|gli|todos|todas|tous|toutes|alle|beide)\s+$/iu.exec(text.slice(Math.max(0, start - 10), start));
  if (!article) return false;
  // "All 60 customers", "alle 14 Tickets": a count of ten or more after "all" is the reach of the result, every one of
  // many; a small one names the items already known ("all three options", "all 3 services").
  if (/^(?:all|todos|todas|tous|toutes|alle)$/iu.test(article[1]) && /^\d[\d,.]*$/u.test(text.slice(start, end)) && Number(text.slice(start, end).replace(/[,.]/gu, '')) >= 10) return false;
  // Only a plain cardinal: "the single digits", "the hundreds of hours" are amounts.
  if (!/^(?:[\d,.]+|zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/iu.test(text.slice(start, end))) return false;
  return !/^\s?(?:%|percent|per ?cent|x(?![\p{L}])|×|times|fold)/iu.test(text.slice(end, end + 12)) && !/^[$€£¥₹]/u.test(text.slice(start, end));
}

/**
 * Counts of the answer's own items ("Three things describe how I work", "two lessons stood out") and of a career's
 * places ("I've worked at three companies") are not results.
 */
const ITEMS_AFTER =
  /^\s+(?:(?:main|key|big|simple|quick|important|core|things|more)\s+)?(?:reasons?|things|ways|paths|routes|options|choices|directions|alternatives|possibilities|lessons|takeaways|principles|tips|aspects|factors|pillars|habits|qualities|traits|strengths|weaknesses|values|themes|insights|learnings|observations|rules|words)(?![\p{L}])/iu;
const PLACES_AFTER =
  /^\s+(?:(?:different|other|more|large|small|big|early-stage|[\p{L}]+-stage)\s+)?(?:companies|startups|start-ups|employers|firms|roles|jobs|positions|countries|cities|industries|organi[sz]ations|agencies|banks|schools|universities)(?![\p{L}])/iu;
const PLACES_BEFORE = /\b(?:worked|working|been|served|held|had|lived|studied|joined|moved\s+(?:between|through)|changed)\s+(?:(?:at|in|for|across|with|between)\s+)?(?:about\s+|around\s+|over\s+)?$/iu;

/** A grade in school is history, not a result: "finished school with over 84%", "a CGPA of 8.5", "GPA 3.8". */
const SCHOOL_BEFORE =
  /(?:\b(?:school(?:ing)?|board|diploma|degree|graduat(?:ed|ing|ion)|cgpa|gpa|marks|grades?|exams?|semesters?|class(?:es)?|bachelor'?s?|master'?s?|b\.?\s?tech|b\.?\s?sc|university|college|secured|securing|scored|scoring)\b|专业|專業|年级|年級|班级|班級|绩点|績點|成绩|成績|学业|學業|高考|考研|学分|學分|学年|學年|学校|學校|大学|大學|学部|学科|학과|학점|성적)[^.;!?\n。；！？]{0,40}$/iu;

function isItemsOrPlaces(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 50);
  if (/^\s?(?:%|percent|\/\s?10\b|\/\s?4(?:\.0)?\b|\s*(?:cgpa|gpa))/iu.test(after) || /\b(?:cgpa|gpa)\s+(?:of\s+)?$/iu.test(text.slice(Math.max(0, start - 12), start))) {
    if (SCHOOL_BEFORE.test(text.slice(Math.max(0, start - 60), start).split(/[.;!?\n]/u).pop() ?? '')) return true;
  }
  if (/^\s?(?:%|percent|x(?![\p{L}])|×)/iu.test(after) || /^[$€£¥₹]/u.test(text.slice(start, end))) return false;
  if (ITEMS_AFTER.test(after)) return true;
  return PLACES_AFTER.test(after) && PLACES_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * A quantity in something that did not happen is not a result: a condition ("what would happen if 10x the users
 * arrived"), a question ("Could it have taken 3x the traffic?"), what might have been ("it would have taken three
 * weeks"), a wish or a plan told in the present ("I want to lead a team of ten", "my goal is to", "a ten-year
 * plan"). The marker has to come before the number in its sentence ("we cut it from 9 s to 2 s, even if ..." still
 * counts).
 */
const IRREALIS_BEFORE =
  /\b(?:if|unless|whether|suppose|supposing|imagine|would\s+have|could\s+have|might\s+have|would've|could've|(?:i|we)\s+(?:want|hope|plan|aim|intend|aspire|expect)\s+to|(?:i|we)['’]d\s+(?:like|love)\s+to|(?:i|we)\s+would\s+(?:like|love)\s+to|(?:my|our|the)\s+(?:goal|plan|aim|ambition|dream)\s+is\s+to|in\s+(?:the\s+)?(?:future|coming\s+years)|required\s+to|(?<!\bdid\s)(?:have|has|need|needs)\s+to|must|supposed\s+to)\b/iu;
/** A time counted from now: "five years from now", "3 years down the line". */
const FUTURE_AFTER = /^(?:\s?[-–]\s?\d+|\s+(?:to|or)\s+[\p{L}\d]+)?\s*(?:years?|months?)\s+(?:from\s+(?:now|today)|down\s+the\s+(?:line|road)|ahead|out)\b/iu;
const PLAN_AFTER = /^(?:\s?[-–]\s?\d+)?[-\s]+(?:years?|months?|weeks?)[-\s]+(?:horizon|plan|goal|roadmap|vision|ambition|outlook)\b/iu;

function isIrrealis(text: string, start: number, end: number): boolean {
  if (PLAN_AFTER.test(text.slice(end, end + 30))) return true;
  // A time ahead: "Five years from now, I see myself …", "over the next three to five years", "in the next 2 years".
  if (FUTURE_AFTER.test(text.slice(end, end + 40)) || (/^(?:\s?[-–]\s?\d+|\s+(?:to|or)\s+[\p{L}\d]+)?\s*(?:years?|months?)\b/iu.test(text.slice(end, end + 24)) && /\bnext\s+(?:(?:about|around|couple\s+of|few)\s+)?(?:[\p{L}\d]+\s+(?:to|or)\s+)?$/iu.test(text.slice(Math.max(0, start - 30), start)))) return true;
  // A timing hint in a label: "Short-term (1-2 years):".
  if (/\(\s*$/u.test(text.slice(Math.max(0, start - 3), start)) && /^(?:\s?[-–]\s?\d+)?\s*[\p{L}]*\s*\)\s*:/u.test(text.slice(end, end + 24))) return true;
  let a = start;
  while (a > 0 && !/[.!?;\n]/u.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/[.!?;\n]/u.test(text[b])) b++;
  if (text[b] === '?') return true;
  // "In five years I want to lead a team": a time ahead, told with a wish or a plan after it.
  if (/\b(?:in|within)\s+(?:the\s+next\s+)?(?:about\s+)?(?:[\p{L}\d]+\s*(?:to|or|-|–)\s*)?$/iu.test(text.slice(Math.max(a, start - 24), start)) && /^(?:\s*(?:to|or|-|–)\s*[\p{L}\d]+)?\s*(?:years?|months?)\b/iu.test(text.slice(end, end + 16)) && /\b(?:i|we)\s+(?:(?:really|still)\s+)?(?:want|hope|plan|aim|see|expect|would|will)\b|\b(?:i|we)['’](?:d|ll)\b/iu.test(text.slice(end, b))) return true;
  return IRREALIS_BEFORE.test(text.slice(a, start));
}

/**
 * The speaker's life, not a result: an age ("since I was 14", "I'm thirty-three years old", "at the age of 12", "a
 * 7-year-old") and a family ("I have two kids", "father of 2 kids").
 */
const AGE_BEFORE = /\b(?:(?:since|when|as|until)\s+(?:i|he|she|we)\s+was|(?:at|from)\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+)\s*(?:about\s+|around\s+|only\s+|just\s+)?$/iu;
const AGE_AFTER = /^(?:-[a-z]+)?[\s-]*(?:years?|yrs?)[\s-]+old\b|^(?:-[a-z]+)?\s*,?\s*(?:i|we|he|she)\b/iu;
const FAMILY_AFTER = /^\s+(?:(?:little|young|small|grown|grown-up|elder|older|younger|lovely|wonderful)\s+)*(?:kids|children|sons|daughters|siblings|brothers|sisters|grandchildren|grandkids)\b/iu;
const FAMILY_BEFORE = /\b(?:have|has|had|with|of|raising|raise|raised|my|our|father|mother|parent|dad|mom|mum)\s+(?:got\s+)?$/iu;

function isPersonalLife(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  if (AGE_BEFORE.test(before) && (AGE_AFTER.test(after) || !/^\s*[\p{L}]/u.test(after) || /^\s*(?:way|back|or|and)\b/iu.test(after))) return true;
  if (/^(?:-[a-z]+)?[\s-]*(?:years?|yrs?)[\s-]+old\b/iu.test(after)) return true;
  if (COMMUTE_AFTER.test(after)) return true;
  return FAMILY_AFTER.test(after) && FAMILY_BEFORE.test(before);
}
/** A commute is a reason to move, not a result: "fifteen minutes from where I live", "a 20-minute commute", "10 km from home". */
const COMMUTE_AFTER =
  /^[\s-]?(?:minutes?|mins?|km|kilomet(?:er|re)s?|miles?|hours?|hrs?)(?:[\s-]+(?:away|walk|drive|ride|by\s+(?:bike|car|bus|train|tube|metro)))?[\s-]+(?:commute|from\s+(?:where\s+(?:I|we)\s+live|my\s+(?:home|house|flat|apartment|place|door)|home))\b/iu;

/**
 * Pay asked for or earned is the terms of a move, not a result of the work: "I am expecting a salary in the range of
 * twenty-five thousand to twenty-eight thousand per month", "mis expectativas salariales … $50,000 a $60,000
 * anuales", "期望月薪2万", "연봉 5000만 원". A clause that names pay is read as such unless it tells a cost cut or a
 * saving ("cut payroll costs by 20%", "saved $2M in salaries": money the work changed).
 */
// (A word of pay is read as a word, or as the head or tail of a compound ("Gehaltsvorstellung", "Jahresgehalt"), not
// inside another word: "gehalten" (held), "eingehalten" (kept, of a deadline), "доклад" (a talk).)
const PAY_WORD =
  /\b(?:salary|salaries|wages?|compensation|remuneration|stipend|ctc|lpa|per\s+annum|take-home|(?:expected|desired|current|base)\s+pay|pay\s+(?:range|band|scale|expectations?|of|around|between))\b|salari(?:o|os|al|ales|a|é)|sueldo|salário|salarial|salaire|rémunération|gehalt(?!en)|gehälter|vergütung|retribuzione|stipendio|maaş|gaji|lương|зарплат|(?<![\p{L}])оклад|薪|工资|工資|年収|月収|給与|給料|연봉|급여|월급/iu;
const PAY_CHANGE = /\b(?:sav(?:e|ed|es|ing)|cut|cutting|reduc\w*|lower\w*|budget\w*|cost\w*|payroll|spend|spent|overhead|fees|bills?|invoices?|expenses|fell|fallen|dropped|decreas\w*|shrank|shrunk)\b|节省|節省|降低|减少|減少|절감/iu;

/** The clause around [start, end): from the last stop before it to the next one after it. */
function clauseAround(text: string, start: number, end: number, stops: RegExp): string {
  // (at most 300 characters each way: a clause with no stop in a long run is read near the number only)
  // (nor at a separator inside a number: "entre 30.000 y 35.000 euros" is one clause)
  let a = start;
  while (a > 0 && start - a < 300 && (!stops.test(text[a - 1]) || inNumber(text, a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < 300 && (!stops.test(text[b]) || inNumber(text, b))) b++;
  return text.slice(a, b);
}

/** The character at `i` separates digits ("30.000", "2.5"): a thousands or decimal mark, not a stop. */
function inNumber(text: string, i: number): boolean {
  return i > 0 && i + 1 < text.length && /\d/u.test(text[i - 1]) && /\d/u.test(text[i + 1]);
}

/**
 * Money with no word of pay is pay still when its clause tells the terms of a move — what the speaker looks for,
 * expects or asks, what the posting or the offer says, a rate per year, month or hour, a sum for a role: "the range in
 * the advert, around £55k, fits what I am looking for", "something around €45,000 to €65,000 for a mid-level role",
 * "busco unos 40.000 € brutos al año" — unless the clause tells money the work moved ("brought in $2M a year").
 */
const MONEY_AFTER = /^\s?(?:[km](?![\p{L}])|bn|lakhs?|lacs?|crores?|thousand|million|mil|tausend)?\s?(?:usd|eur|gbp|inr|cad|aud|chf|dollars?|euros?|pounds?|rupees?|reais|pesos|francs?|yen|lpa|€|\$|£|₹|руб\p{L}*|₽|zł|元|円|원|달러)(?![\p{L}])/iu;
const PAY_TERMS = new RegExp(
  String.raw`(?<![\p{L}])(?:looking\s+(?:for|at)|look\s+for|expect\p{L}*|hop(?:e|ing)\s+for|asking|ask\s+for|aim(?:ing)?\s+for|(?:would|willing\s+to)\s+accept|open\s+to|negotiable|advert\p{L}*|job\s+(?:ad|post\p{L}*|listing|description)|posting|listing|offer(?:ed|ing)?\s+(?:me|to\s+me)|an\s+offer|package|range|band|per\s+annum|p\.\s?a\.|(?:a|per|each)\s+(?:year|month|hour)|annually|hourly|(?:day|daily)\s+rate|ote|take[- ]home|market\s+rate|going\s+rate|in\s+line\s+with|for\s+(?:a|an|the|this|that|such\s+a)\s+(?:[\p{L}-]+\s+){0,3}(?:role|position|job|post|level)|busco|buscando|espero|esperar\p{L}*|pretensi[oó]n\p{L}*|pretens[aã]o|rango|banda|faixa|procuro|brut[oa]s?|al\s+(?:año|mes)|por\s+(?:año|mes|hora|m[eê]s)|ao\s+ano|prétentions?|fourchette|je\s+cherche|par\s+(?:an|mois|heure)|vorstellung\p{L}*|erwart\p{L}*|brutto|pro\s+(?:jahr|monat|stunde)|jährlich|monatlich|ожида\p{L}*|вилк\p{L}*|в\s+(?:месяц|год)|на\s+руки|期望|希望|要求|待遇|希望年収|희망)(?![\p{L}])`,
  'iu',
);
/**
 * Money the work moved: revenue, sales, a deal, funding, a saving or a loss, what a thing made earns ("which earns $2k a
 * month"), or money that flows through what was built ("it now reconciles about $3M a month", "it processes $2M a day").
 */
const MONEY_MOVED = /(?<![\p{L}])(?:reconcil\p{L}*|process(?:es|ed|ing)|handl(?:es|ed|ing)|transact\p{L}*|settl(?:es|ed|ing)|revenue|sales|sold|sell\p{L}*|profits?|margins?|arr|mrr|gmv|generat\p{L}*|gr[eo]w\p{L}*|increas\p{L}*|boost\p{L}*|rais\p{L}*|brought\s+in|bring\s+in|drove|driv\p{L}*|won|closed|deals?|contracts?|fund\p{L}*|invest\p{L}*|lost|loss\p{L}*|fines?|penalt\p{L}*|worth|valu\p{L}*|recover\p{L}*|returned|pipeline|bookings?|ingresos|ventas|receita|vendas|chiffre|umsatz|выручк\p{L}*|营收|收入|销售|利润)(?![\p{L}])|(?<![\p{L}])(?:it|which|that|this)\s+(?:now\s+|still\s+)?(?:earns|earned|makes|made|brings|pays)(?![\p{L}])/iu;

export function isPay(text: string, start: number, end: number): boolean {
  const clause = clauseAround(text, Math.max(start, 0), end, /[.!?;\n。！？；]/u);
  if (PAY_WORD.test(clause)) return !PAY_CHANGE.test(clause);
  const money = /[$€£¥₹₩₽]/u.test(text.slice(Math.max(0, start - 2), end)) || MONEY_AFTER.test(text.slice(end, end + 16));
  return money && PAY_TERMS.test(clause) && !PAY_CHANGE.test(clause) && !MONEY_MOVED.test(clause);
}

function isTenure(text: string, start: number, end: number): boolean {
  if (isActivityDuration(text, start, end) || isEffort(text, start, end) || isPersonalLife(text, start, end)) return true;
  // "4/5 years", "4-5 years", "four or five years", "3 and a half years": the unit after the whole amount.
  const after = text.slice(end, end + 60).replace(/^(?:\s?[-–/]\s?\d+|\s+(?:or|to)\s+(?:\d+|[a-z]+)|\s+and\s+an?\s+half)(?=\s|[a-z])/iu, '');
  // "For 2 years I led the team": how long the speaker did something, told before what they did.
  // (so with "over", "during", "across": "Over six months I led the migration", "During two years we ran it")
  if (/^\s*(?:years?|yrs?|months?)\s*,?\s+(?:i|we)\b/iu.test(after) && /\b(?:for|over|during|across)\s+(?:the\s+(?:next|following|past|last|first)\s+)?(?:about\s+|almost\s+|nearly\s+|over\s+|around\s+)?$/iu.test(text.slice(Math.max(0, start - 36), start))) return true;
  if (TENURE_AFTER.test(after)) return true;
  // "3+ years in Azure", "10+ yrs": a count of years with a plus is experience told the way a résumé tells it (not a
  // run without failure, nor a change: "3+ years without an outage", "from 3+ years to …").
  if (/^\s*\+\s*(?:years?|yrs?)\b/iu.test(text.slice(end, end + 12)) && !withoutFailure(text, end) && !CHANGE_IN_SENTENCE.test(restOf(text, end, /[.!?;\n]/u))) return true;
  // "Been with Monsoon 10 years", "I've been at the bank for 6 years": time with one employer.
  if (/^\s*\+?\s*(?:years?|yrs?)\b/iu.test(after) && /\bbeen\s+(?:with|at|in)\s+[^.;!?\n]{1,30}?\s(?:for\s+|over\s+|almost\s+|nearly\s+|about\s+)*$/iu.test(text.slice(Math.max(0, start - 50), start)) && !withoutFailure(text, end)) return true;
  if (POINT_AFTER.test(after) || ((TIME_UNIT_AFTER.test(after) || TIME_UNIT_END.test(text.slice(start, end))) && POINT_BEFORE.test(text.slice(Math.max(0, start - 30), start)))) return true;
  // The same window of time in other languages: "los últimos 12 meses", "nos últimos 6 meses", "in den letzten 12
  // Monaten", "negli ultimi 3 anni", "за последние 12 месяцев", "les 12 derniers mois".
  if ((WINDOW_BEFORE_OTHER.test(text.slice(Math.max(0, start - 20), start)) && WINDOW_UNIT_OTHER.test(after)) || FR_WINDOW_AFTER.test(after)) return true;
  // A time point opening the sentence: "Four weeks after the launch, we had …", "Three months into the project, …".
  if (POINT_OPENING_AFTER.test(after) && SENTENCE_OPENING.test(text.slice(Math.max(0, start - 40), start))) return true;
  // A time counted into something is a point in it wherever it is told, not a length measured: "… and two weeks into
  // the project we realized …" (only "into": "two weeks after launch" may be a margin, "six months past" a delay).
  if (POINT_INTO_AFTER.test(after)) return true;
  return /^\s*\+?\s*(?:years?|yrs?|months?)\b/iu.test(after) && TENURE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && !withoutFailure(text, end);
}

/** The rest of the sentence says the time went by without failure: "running for over three years without a crash". */
function withoutFailure(text: string, end: number): boolean {
  return /\b(?:without|no|zero|not a single|in a row|uninterrupted|consecutive)\b/iu.test(restOf(text, end, /[.!?;\n]/u));
}

const RANGE_AFTER = new RegExp(`^\\s?[-–—]\\s?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:${UNIT})(?![\\p{L}])`, 'iu');
const COMPOUND_SETUP =
  /^-(?:person|people|member|man|strong|engineer|developer|seat)\b|^-(?:week|day|month|year|hour|minute)s?[-\s]+(?:long\s+)?(?:sprints?|cycles?|projects?|engagements?|contracts?|internships?|programs?|programmes?|courses?|bootcamps?|trips?|vacations?|leaves?|notice|meetings?|workshops?|calls?|offsites?|hackathons?|trainings?|onboarding)\b/iu;

const RELEASE_AFTER =
  /^\s+(?:release|version|update|upgrade|patch|hotfix|branch|build|runner|client|server|api|sdk|schema|spec|driver|plugin|library|package|image|kernel|firmware|app|line|series|edition|branch|tag|milestone|cut|rollout|launch|migration)s?(?![\p{L}])/iu;

function isYear(digits: string): boolean {
  return /^(19|20)\d\d$/.test(digits);
}

const CJK_AFTER = new RegExp(`^\\s?${CJK_SCRIPT.source}`, 'u');

function numberCounts(text: string, start: number, match: string, currency: boolean): boolean {
  const end = start + match.length;
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 24), start);
  const digits = match.replace(/^[$€£¥₹]\s?/, '');
  if (currency) return true;
  // A citation marker, "…post-release.[8]", "[3][1]", points at a source: it counts nothing.
  if (/\[\s*$/u.test(before) && /^\s*\]/u.test(after) && /^\d{1,3}$/u.test(digits)) return false;
  // A number before Chinese, Japanese or Korean text is read with its counter there ("3 年的工作", "5 명"): the
  // CJK and Korean readers decide.
  if (CJK_AFTER.test(after)) return false;
  // A range with a unit: "25-30%", "10–15 minutes", "3-4x".
  if (RANGE_AFTER.test(after)) return true;
  // A self-rating or a hypothetical one is an opinion, not a result ("I would rate myself 4/5", "I'd give it 8/10"),
  // and the ends of a scale are its frame ("On a scale of 1 to 10, …").
  if (isRating(text, start)) return false;
  if (/\bscale\s+(?:of\s+|from\s+)?(?:\d+\s*(?:to|-|–)\s*)?$/iu.test(text.slice(Math.max(0, start - 24), start))) return false;
  // A point named on that scale is a rating too: "On a scale of 1 to 10, a 5 would be average, and a 10 is perfect."
  if (/\bscale\s+(?:of|from)\s+\d+\s*(?:to|-|–)\s*\d+\b[^.!?\n]{0,80}\b(?:an?|as(?:\s+an?)?)\s+$/iu.test(text.slice(Math.max(0, start - 110), start))) return false;
  // "1、2、3、": a number before the ideographic list comma is an enumerator.
  if (/^、/u.test(after)) return false;
  // A fraction: "by 2/3", "1/4 of the tickets" (a numerator smaller than its denominator, no second slash).
  const frac = /^\/(\d{1,2})(?![\d/])/.exec(after);
  if (frac && /^\d{1,2}$/.test(digits) && Number(digits) < Number(frac[1])) return true;
  // A score out of 5, 10 or 100: "from 2.3/5 to 4.2/5", "rated 9/10" (not a date: a decimal, or a word of rating).
  if (/^\/(?:5|10|100)(?![\d/])/.test(after) && (/\./.test(digits) || /\b(?:from|to|rat(?:ed|ing|ings)|scor(?:e|ed|es)|csat|nps|stars?|satisfaction|feedback)\b[^.;!?\n]{0,20}$/iu.test(text.slice(Math.max(0, start - 40), start)))) return true;
  // Versions, dates, times and ratios written with separators: 3.4.1, 2024-05-01, 5/6/2024, 24/7, 10:30, 1:1.
  if (/^\.\d/.test(after) || /^[-–/]\d/.test(after) || /^:\d/.test(after)) return false;
  // A size used to describe a thing in the setup: "an 8-person team", "a 2-week sprint".
  if (COMPOUND_SETUP.test(after)) return false;
  // Ordinals and times of day: 2nd, 3pm, 11 am, 5 o'clock.
  if (/^(?:st|nd|rd|th)(?![\p{L}])/iu.test(after) || /^\s?(?:am|pm|a\.m\.|p\.m\.|o'clock|o’clock)(?![\p{L}])/iu.test(after)) return false;
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return false;
  const glued = UNIT_GLUED.test(after);
  // Digits run into letters that are not a unit: "2FA", "3D", "5G", "4K".
  if (!glued && LETTER.test(after[0] ?? '')) return false;
  const unit = glued || UNIT_AFTER.test(after);
  if (/^\s?(?:%|percent|x(?![\p{L}])|×)/iu.test(after)) return true;
  // A date in another language, a day or a year beside the month's name ("el 3 de junio", "le 28 août", "am 15. März",
  // "3 czerwca", "június 3."): month names as Intl writes them (nlp/calendar.ts).
  if (!unit && isForeignDate(before, after)) return false;
  // A release named by the word for version in another language: "la versión 2.1", "Version 3", "wersja 4.0".
  if (!unit && VERSION_BEFORE.test(before)) return false;
  // A rank reached is a result: "ranked in the top 3", "finished in the top 10" ("our top 3 customers" is a label).
  if (/\b(?:rank(?:ed|s)?|placed|finished|came|ended\s+up|landed)\s+(?:in\s+)?(?:the\s+)?top\s*$/iu.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (LABEL_BEFORE.test(before)) return false;
  // An enumerator: "(2)" or "（2）" in a sentence, "1." or "2)" at the start of a line.
  if (/^[)）]/u.test(after) && /[(（]$/u.test(before)) return false;
  if (/^[.)）](?:\s|[\u3400-\u9fff])/u.test(after) && /(?:^|\n)\s*$/.test(before)) return false;
  // Items numbered inside a sentence, in any language: "My priorities were: 1) restore service, 2) tell users", "1) 復旧
  // 2) 連絡" — a small number closed by a parenthesis whose neighbour in the count is numbered the same way.
  if (/^[)）]/u.test(after) && inlineEnumerator(text, digits)) return false;
  // A number labelling the item a line opens: "Answer 2:", "Rule 1:", "回答 8：" (a word, the number, a colon).
  if (/^\s?[:：]/u.test(after) && /(?:^|\n)[\s>*_-]*[\p{L}]{1,12}\s?$/u.test(before) && !/^\s?[:：]\s?\d/u.test(after)) return false;
  // A decade: "the 2010s", "the 90s", "'90s".
  if (/^s(?![\p{L}])/u.test(after) && (isYear(digits) || /(?:the\s+|['’])$/iu.test(before))) return false;
  // (a number like a year counts things when it is given as an amount of them: "over 2000 stars", "1999 downloads")
  if (isYear(digits) && !unit && !(YEAR_LIKE_COUNT_AFTER.test(after) || (/\b(?:over|more\s+than|nearly|almost|about|around|roughly|approximately|some|~)\s*$/iu.test(before) && /^\+?\s+\p{Ll}+s\b/u.test(after)))) return false;
  // A version without "v": "upgraded to 2.0", "moved it to 4.2".
  if (!unit && /\./.test(digits) && /\b(?:upgrad|migrat|bump|mov|updat|switch|port|releas)\w*\s+(?:\w+\s+){0,3}to\s+$/iu.test(before)) return false;
  // A decimal naming a release or a piece of software: "the 2.3 release", "the old 4.2 runner", "a 1.8 build".
  if (!unit && /\./.test(digits) && RELEASE_AFTER.test(after)) return false;
  // A bare "2.0" or a number after a piece of software: "client 2.0", "schema 3".
  if (!unit && (/^\d+\.0$/.test(digits) || /(?:^|[^\p{L}])(?:client|library|sdk|api|driver|schema|protocol|spec|engine|kernel|framework|runtime|plugin|package|app|firmware|os)\s+$/iu.test(before))) return false;
  // A name with a number: "React 18", "Node 20", "Fortune 500" (a capitalised word that does not start the sentence),
  // and a release of it: "Django 4.2", "Spring Boot 3.2" (a name written in lower case after its capital; an acronym
  // before a decimal may be a score: "NPS 4.2", "CSAT 4.6").
  if (!unit && /^\d{1,3}(?:\.\d{1,2})?$/.test(digits)) {
    const w = UPPER_WORD_BEFORE.exec(before);
    // (A German noun is written with a capital: "im Schnitt 2 Stunden", "nach der Umstellung 3 Tage" — a number with a
    // unit of time after it is an amount, not a name's.)
    if (w && !SENTENCE_START_BEFORE.test(before) && !/^(?:I|A|An|The)$/.test(w[1]) && (!digits.includes('.') || /\p{Ll}/u.test(w[1])) && !OTHER_TIME_UNIT_AFTER.test(after)) return false;
  }
  // An id or a phone number: five or more bare digits, or digit groups like "555 123 4567".
  if (!unit && /^\d{5,}$/.test(digits)) return false;
  return true;
}

/** A unit of time of another language after a number (knowledge/number-words.ts): "2 Stunden", "3 días". */
const OTHER_TIME_UNIT_AFTER = new RegExp(`^\\s+(?:${[...new Set(Object.values(NUMBER_WORDS).flatMap((w) => w.timeUnits))].join('|')})(?![\\p{L}])`, 'iu');

/**
 * A number that is one of a run of items numbered inside a sentence ("1) …, 2) …"): the text also holds the number
 * before or after it, closed by a parenthesis the same way (and not as an amount in a pair, "(2)").
 */
function inlineEnumerator(text: string, digits: string): boolean {
  if (!/^\d{1,2}$/u.test(digits)) return false;
  const n = Number(digits);
  const neighbours = [n - 1, n + 1].filter((k) => k > 0).map(String);
  for (const m of text.matchAll(ENUMERATOR)) if (neighbours.includes(m[1])) return true;
  return false;
}
/** A number of one or two digits closed by a parenthesis, not part of a longer number or word: "2)", "（3）". */
const ENUMERATOR = /(?<![\p{L}\p{N}.,])(\d{1,2})[)）]/gu;

/** The word for version in other languages, before a number: "versión", "versão", "versione", "Version", "wersja", "sürüm", "версия". */
const VERSION_BEFORE = /(?:^|[^\p{L}])(?:versi[oó]n\p{L}*|versão|versione|versie|wersj\p{L}+|verz[ei]\p{L}*|versio\p{L}*|sürüm\p{L}*|верси\p{L}+|έκδοση)\s+$/iu;

/** Things counted in their thousands, after a number that could be a year: "2000 stars", "1500 downloads". */
const YEAR_LIKE_COUNT_AFTER = /^\+?\s?(?:stars|downloads|installs|subscribers|followers|visitors|views|readers|members|students|merchants|orders|tickets|requests|transactions|records|rows|files|tests|commits|articles|posts|repos|repositories|sites|stores|apps|devices|servers|nodes|accounts|sign-?ups|registrations|participants|attendees|patients|employees|calls|emails|messages|lines\s+of\s+code)\b/iu;

const ITEM_LABEL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ITEM_NOUNS}|no\\.)\\s+$`, 'iu');

/**
 * A self-rating or a hypothetical one is an opinion, not a result, in digits or in words, with the scale it is out of:
 * "I would rate myself 4/5", "I'd give it 8 out of 10", "I'd give the result a nine out of ten".
 */
const RATING_LEAD =
  "\\b(?:(?:would|['’]d|will|could)\\s+(?:rate|give|score|put)(?:\\s+(?:myself|me|it|this|that|him|her|them|(?:the|my|our|this|that)\\s+[\\p{L}-]+))?|rat(?:e|ed|ing)\\s+(?:myself|me))\\s+(?:as\\s+|at\\s+|an?\\s+)?";
const RATING_BEFORE = new RegExp(`${RATING_LEAD}$`, 'iu');
/** The scale after a rating: "ten" in "a nine out of ten". */
const RATING_SCALE_BEFORE = new RegExp(`${RATING_LEAD}[\\p{L}\\d.,]+\\s+out\\s+of\\s+$`, 'iu');

function isRating(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 70), start);
  return RATING_BEFORE.test(before) || RATING_SCALE_BEFORE.test(before);
}

function spelledCounts(text: string, start: number, word: string): boolean {
  if (isRating(text, start)) return false;
  const end = start + word.length;
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 16), start);
  const w = word.toLowerCase();
  // Beating every target says it was beaten, not by how much: "exceeded all targets" (meeting them all is a count).
  if (/^all\b/u.test(w) && /\b(?:exceeded|exceeding|exceeds|surpassed|surpassing|outperformed|outperforming|beat)\s+$/iu.test(before)) return false;
  // Every deadline met is a count ("met every major deadline", "hit all our milestones"); every deadline named
  // otherwise is not: a goal or a habit ("to ensure all deadlines are met", "to celebrate every milestone", "I
  // ensure that each goal is specific").
  if (/^(?:every|each|all)\b/u.test(w) && !/\b(?:met|meet|meets|meeting|hit|hits|hitting|made|make|makes|making|achieved|achieve|achieves|achieving|reached|reach|reaches|reaching|delivered\s+on|delivering\s+on|kept|keep|keeping|nailed|cleared|completed|closed|passed)\s+(?:(?:on|up|with)\s+)?$/iu.test(text.slice(Math.max(0, start - 30), start)) && !/^\s+(?:were|was|have\s+been|had\s+been|got)\s+(?:all\s+|successfully\s+)?(?:met|hit|achieved|reached|kept|delivered|completed)\b/iu.test(after)) return false;
  if (w === 'zero' && PERSONAL_AFTER_ZERO.test(after)) return false;
  // A failure noun that modifies the noun after it names a practice, not harm counted to none: "without problem
  // definition", "no error handling", "without any bug tracking" (a noun made with -tion, -ment, -ing, -ance/-ence,
  // -ness, -sis after a singular one; "no errors during the launch", "no downtime during the cutover" still count).
  if (/^(?:no|zero|without)\b/u.test(w) && !/s$/u.test(w) && /^\s+(?!(?:during|nothing|anything|everything|something|morning|evening|spring|meaning|affecting|impacting|causing|leading|resulting|involving|requiring|needing|reaching|hitting)\b)\p{Ll}{3,}(?:tion|sion|ment|ing|ance|ence|ness|sis)\b/u.test(after)) return false;
  // "I have no problem working at night", "no problem in speaking with anyone": the speaker does not mind doing it, an
  // idiom in the singular, not a count of problems (as "no idea"); "no problems in production" still counts.
  if (/(?:^no|\bany)\s+problem$/u.test(w) && /^\s+(?:(?:in|with)\s+)?[\p{L}]+ing\b/iu.test(after)) return false;
  // "Rule number two", "step three", "option two": a number naming an item, not an amount.
  // ("By week three", "on day two", "sprint four": a numbered period, as "week 3" is.)
  if (ITEM_LABEL_BEFORE.test(before)) return false;
  // "the two of us", "three of them": the people in the story, not a result.
  if (/^\s+of\s+(?:us|them|you|those|these)(?![\p{L}])/iu.test(after)) return false;
  // "a third-party tool", "a fifth-semester student": an ordinal in a compound, not a fraction.
  if (/^(?:a|one)[- ](?:third|quarter|fifth|tenth)$/u.test(w) && /^-[\p{L}]/u.test(after)) return false;
  // "3 and a half years": the number before it is the amount (and is judged as one).
  if (w === 'half' && /(?:\d|[a-z]+)\s+and\s+an?\s+$/iu.test(before)) return false;
  // "the second half", "the first half of 2024": a period of time.
  if (w === 'half' && /(?:^|[^\p{L}])(?:first|second|latter|back|front|other)\s+$/iu.test(before)) return false;
  return true;
}

// Quantities written in Chinese or Japanese: digits or numerals with a counter or unit ("3倍", "200毫秒", "三个团队",
// "30%的成本"), halves and doublings ("一半", "减半", "翻倍"). A year ("2023年"), a date ("3月5日") and an ordinal
// ("第二") are not quantities.
const CJK_NUM = '(?:\\d[\\d,]*(?:\\.\\d+)?|[零一二两三四五六七八九十百千万亿几半]+)';
const CJK_QUANTITY = new RegExp(
  `(?<![第\\d])${CJK_NUM}\\s?(?:%|％|倍|[个個]百分点|[个個]?小[时時]|分[钟鐘]|時間|毫秒|秒|日間|[かヶカケ]月|天|[周週]|[个個]?星期|[个個]月|年|[个個]|次|人|位|名|[万萬]|千|[亿億]|元|円|[块塊]|美元|欧元|歐元|[条條]|[台臺]|[项項]|家|份|[单單]|篇|件|成|倍)|ゼロ(?=件|に(?:な|減|抑)|へ)|(?<![第\\d])\\d[\\d,]*(?:\\.\\d+)?\\s?分(?![析配享布工别別開开子钟鐘])|百分之[零一二两三四五六七八九十百]+|[千万萬]分之[零一二两三四五六七八九十百\\d]+|(?<![第\\d])(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九]|十)割(?![引り])|(?<=(?:降到|降至|降为|降為|减到|減到|减少到|減少到|减少为|減少為|变为|變為|变成|變成|归|歸))\\s?零|一半|减半|翻倍|翻了一番|翻番|半分|[二三四五六七八九十]倍`,
  'gu',
);

/**
 * A change told from one number to another is sized whatever the unit: "从60分左右提升到接近120" (from about 60 points
 * to nearly 120), "由 3 小时缩短至 20 分钟" — as "from 800 to 200" is in English. Both ends are numbers, within one clause.
 */
const CJK_FROM_TO = /[从從由]\s?(?:原来的?|原先的?|之前的?)?\s?(\d[\d,]*(?:\.\d+)?|[一二两兩三四五六七八九十百千万萬]+)[^，,。；;！？!?\n]{0,14}?(?:到|至)[^，,。；;！？!?\n\d]{0,6}?(\d[\d,]*(?:\.\d+)?|[一二两兩三四五六七八九十百千万萬]+)|(\d[\d,]*(?:\.\d+)?)[^、，,。；;！？!?\n\d]{0,4}?から[^、，,。；;！？!?\n\d]{0,6}?(\d[\d,]*(?:\.\d+)?)|([〇零一二三四五六七八九十百千万億]+)(?!から)[^、，,。；;！？!?\n\d〇零一二三四五六七八九十百千万億]{1,4}?から[^、，,。；;！？!?\n\d〇零一二三四五六七八九十百千万億]{0,6}?(\d[\d,]*(?:\.\d+)?|[〇零一二三四五六七八九十百千万億]+)/gu;

/** Days after the end of a Japanese change, then its verb of shortening or cutting: "…1日に短縮", "…一日へ減らし". */
const JA_DAYS_CHANGED = /^日間?(?:に|へ|まで)[^、，,。；;！？!?\n]{0,6}?(?:短縮|削減|減|縮|改善|下が|抑え|短く|早ま)/u;

function cjkQuantities(text: string, out: Quantity[]): void {
  CJK_FROM_TO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CJK_FROM_TO.exec(text))) {
    // (not years or dates: "从2019年到2021年", "从3月到5月")
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    // (in Japanese the same change is told "AからBに": "3時間から20分に短縮"; not a clock time, "9時から17時")
    // (but days in a Japanese change with its verb are a length: "5日から1日に短縮", "五日から一日に短縮")
    const daysChanged = (m[3] !== undefined || m[5] !== undefined) && JA_DAYS_CHANGED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (/^(?:19|20)\d\d$/u.test(m[1] ?? m[3] ?? m[5]) || (/^(?:[年月日号號点點]|時(?!間))/u.test(tail) && !daysChanged)) continue;
    // (in Japanese, with digits or with kanji numerals, "十五件から二件に": not when the first amount is a date, a clock
    // time or an ordinal, "三月から", "九時から", "二回目から")
    const first = m[3] ?? m[5];
    if (first !== undefined && !daysChanged && /^(?:[年月日]|時(?!間)|[つ回番度]目)/u.test(text.slice(m.index + first.length, m.index + first.length + 2))) continue;
    // (nor "从0到1", building something new: "从 0 到 1 搭建了平台"; "从0到1万用户" is a count still)
    if (/^[0零]$/u.test(m[1] ?? '') && /^[1一]$/u.test(m[2] ?? '') && !/^\s?(?:[\d.万萬亿億千百十个個%％倍元人名位家次条條项項篇]|[kKmM](?![\p{L}]))/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  CJK_QUANTITY.lastIndex = 0;
  while ((m = CJK_QUANTITY.exec(text))) {
    const t = m[0];
    // "2023年" is a year; "3月"/"5日" are dates (月 and 日 are not in the units, but a year is).
    if (/^(?:19|20)\d\d\s?年/u.test(t)) continue;
    if (/^\d/.test(t) && /^[月日号]/u.test(text.slice(m.index + t.length, m.index + t.length + 1))) continue;
    // "一个", "一名", "一家" before a noun are the article "a" ("我是一名前端", "加入一家公司"), as "one" alone is not a
    // quantity in English; "一个月" (one month) still is. "千万不能" is "by all means", not ten million.
    // (So is "一块" before a noun or after "this": "负责一块业务", "这一块" — a piece, an area; and "有一天", "那一天" —
    // some day, that day — name a point in time, not a length.)
    if (/^一\s?(?:[个個]|名|位|家|份|[条條]|[台臺]|[项項]|[块塊]|篇|件)$/u.test(t) && !/^[钱錢]/u.test(text.slice(m.index + t.length, m.index + t.length + 1))) continue;
    // (so is "一次" before what it names: "一次主动的选择", "一次机会" — a choice, a chance; "一次性" is "one-off")
    if (/^一\s?次$/u.test(t) && /^\p{Script=Han}/u.test(text.slice(m.index + t.length, m.index + t.length + 1))) continue;
    if (/^一\s?天$/u.test(t) && /(?:有|某|那|这|這|同|哪)$/u.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    // Years worked are the speaker's history ("在汉高做了 3 年的前端工作", "曾在某公司工作8年"), a time ahead is a plan
    // ("接下来的三年里"), and how long the answer should take is advice ("3分钟内较合适").
    if (/(?:年|[个個]月)$/u.test(t) && (/(?:工作|做了|从事|干了|任职|在职|工作了|待了)\s?$/u.test(text.slice(Math.max(0, m.index - 4), m.index)) || /^的?[\p{Script=Han}]{0,4}(?:工作|经验|经历)/u.test(text.slice(m.index + t.length, m.index + t.length + 8)))) continue;
    if (/(?:接下来的?|未来的?|今后的?|以后的?)\s?$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (/(?:分[钟鐘]|秒)$/u.test(t) && /^(?:内|以内|左右)?(?:较|比较|最)?(?:合适|为宜|最好)/u.test(text.slice(m.index + t.length, m.index + t.length + 6))) continue;
    if (t === '千万' && /^[不别要记得务]/u.test(text.slice(m.index + t.length, m.index + t.length + 1))) continue;
    const rest = text.slice(m.index + t.length, m.index + t.length + 8);
    const lead = text.slice(Math.max(0, m.index - 12), m.index);
    // Time put in ("经过三个月的努力", "半年的自学"), unless it was saved ("节省了3个月的工作"); a period looked back on
    // ("在过去的半年里"); the answer's own items ("这两个词", "三点原因"); what would have been ("如果…一个月挣两三千").
    if (/(?:年|[个個]月|[周週]|天|星期)$/u.test(t) && /^的?\s?(?:努力|学习|學習|自学|自學|准备|準備|奋斗|奮鬥|钻研|鑽研|练习|練習|培训|培訓|训练|訓練|实习|實習|实战|實戰|锻炼|鍛煉|磨练|磨練|积累|積累|复习|複習|功课|功課|备考|備考|刷题|刷題)/u.test(rest) && !/(?:节省|節省|节约|節約|省下|省了|减少|減少|缩短|縮短|浪费|浪費)[了的]?\s?$/u.test(lead)) continue;
    if (/(?:年|[个個]月|[周週]|天|星期)$/u.test(t) && /(?:过去|過去|最近|近|这|這)的?\s?$/u.test(lead)) continue;
    // How long the work took, months or more, is the project's length, not a result, as "the migration took 18 months"
    // is: "从零开始到完成花了我大概两个月", "历时一年" (unless its clause tells a change: "花了两个月把成本降低了一半").
    if (/(?:年|[个個]月|[かヶカケ]月)$/u.test(t) && CJK_TOOK_BEFORE.test(lead) && !CJK_DONE_CHANGE.test(clauseAround(text, m.index, m.index + t.length, /[。；;！？!?\n]/u))) continue;
    // The span an activity went on, months or weeks or years told with "间/間/里" after them, is time put in, as "for six
    // months I led…" is: "6ヶ月間プロジェクトを担当し", "六个月里我负责…" (not when its clause tells a change done,
    // "半年里用户增长了两倍", nor a count of harm to none over it, "6ヶ月間障害ゼロ").
    // (Not weeks: 週間 is the Japanese word for a week itself, "二週間で覚えた" how fast.)
    if (/(?:年|[个個]月|[かヶカケ]月)$/u.test(t) && /^\s?(?:[间間里裡]|の間)/u.test(rest) && !CJK_SPAN_SIZED.test(clauseAround(text, m.index, m.index + t.length, /[。；;！？!?\n]/u))) continue;
    if (/^(?:[二两兩三四五六七八九十几幾\d]+)\s?[个個条條件]?$/u.test(t) && /^(?:事|词|詞|点|點|方面|原因|理由|路|条路|條路|方向|选择|選擇|出路|优点|優點|缺点|缺點|特点|特點|品质|品質|信条|信條)/u.test(rest)) continue;
    if (/^[\d二两兩三四五六七八九十]+\s?点$|^[二两兩三四五六七八九十]点$/u.test(t)) continue;
    {
      const sentenceStart = Math.max(...['。', '！', '？', '!', '?', '\n'].map((p) => text.lastIndexOf(p, m!.index - 1))) + 1;
      if (/(?:如果|假如|要是|若是|万一|萬一)/u.test(text.slice(sentenceStart, m.index))) continue;
      // How often the speaker does something is a habit, as "twice a week" is: "我经常和朋友每周打两次", "每天下班后用一个小时
      // 的时间阅读" (the speaker left unsaid when the clause opens with "every day"; not a cadence that changed: "从每周一次
      // 提升到每天", nor what a system handles: "系统每天处理一百万个请求")
      const clause = text.slice(sentenceStart, m.index);
      if (/(?:每天|每日|每[周週]|每[个個]?月|每[个個]?星期|每晚|每年|毎日|毎週|毎月)/u.test(clause) && (/我/u.test(clause) || /^[^\p{L}\p{N}]*(?:每|毎)/u.test(clause.replace(/<[^>\n]*>/gu, ''))) && !/(?:现在|現在|如今|目前|[从從由].{0,12}(?:到|至)|提升|提高|降低|减少|減少|缩短|縮短|增加|节省|節省|减半|翻倍)/u.test(text.slice(sentenceStart, m.index + t.length + 12))) continue;
    }
    if (isPay(text, m.index, m.index + t.length)) continue;
    // Units read as Japanese only in Japanese (a clause with kana): a bare 分 is minutes there ("20分") but points in
    // Chinese ("打8分", a score given), and 時間/日間 are Japanese words for hours and days.
    if (/(?:\d\s?分|時間|日間)$/u.test(t) && !JA_KANA.test(clauseAround(text, m.index, m.index + t.length, /[，,。；;！？!?\n]/u))) continue;
    // A rank in school is history, not a result, as a GPA is: "专业排名前30%", "年级前5名".
    if (/(?:%|％|名)$/u.test(t) && SCHOOL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index).split(/[.;!?\n。；！？，,]/u).pop() ?? '')) continue;
    if (isCjkTimeAhead(text, m.index, m.index + t.length, t)) continue;
    // The size of the team the speaker worked in or led is the setup, not a result, as "a team of 4" is: "一个5人的团队",
    // "团队共8人", "5名のチーム" (unless the clause tells a change done: "团队从5人扩大到20人" is read as a change above).
    if (/(?:人|名|位)$/u.test(t) && teamHeadcount(text, m.index, m.index + t.length, CJK_TEAM)) continue;
    // A life outside work and the terms of a move are no result, as in English ("two kids", "a month's notice"):
    // "结婚两年", "有两个孩子", "一个月的交接时间", "两个妹妹".
    if (CJK_LIFE.test(clauseAround(text, m.index, m.index + t.length, /[，,。；;！？!?\n]/u)) && !CJK_DONE_CHANGE.test(clauseAround(text, m.index, m.index + t.length, /[，,。；;！？!?\n]/u))) continue;
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
}

/**
 * A count of people beside a word for the team they make (within a few characters before or after it, in its clause)
 * whose clause tells no change done: the team's size, an input of the work. `team` is the script's team words.
 */
function teamHeadcount(text: string, start: number, end: number, team: RegExp): boolean {
  const stop = /[，,。；;！？!?.\n]/u;
  const before = text.slice(Math.max(0, start - 6), start).split(stop).pop() ?? '';
  const after = text.slice(end, end + 10).split(stop)[0];
  if (!team.test(before + text.slice(start, end) + after)) return false;
  return !TEAM_CHANGE.test(clauseAround(text, start, end, /[，,。；;！？!?.\n]/u));
}
/** Words for a team, a group working together, in Chinese, Japanese and Korean. */
const CJK_TEAM = /(?:团队|團隊|小组|小組|组员|組員|队伍|隊伍|团伙|チーム|メンバー|班)/u;
const KO_TEAM = /(?:팀|조직|인원|멤버|구성원|동료)/u;
/** A change told as done in Chinese, Japanese or Korean: the count sizes it then ("团队扩大到20人", "팀을 20명으로 늘렸습니다"). */
const TEAM_CHANGE = /(?:提升|提高|降低|减少|減少|缩短|縮短|节省|節省|增长|增長|扩大|擴大|扩充|擴充|增加|翻倍|减半|減半|下降|上升|増|減|拡大|늘|줄|감소|증가|확대|절감|단축)/u;

/** Words of a life outside work (marriage, children, family) and of the terms of a move (notice, hand-over, start date). */
const CJK_LIFE = /(?:结婚|結婚|已婚|婚后|婚後|孩子|儿子|兒子|女儿|女兒|妹妹|弟弟|哥哥|姐姐|兄弟|姐妹|父母|家人|交接|离职|離職|到岗|到崗|入职时间|入職時間|通知期|子供|家族|育児)/u;
/** A verb of time taken right before a span, with who took it and a hedge: "花了我大概", "用了将近", "历时". */
const CJK_TOOK_BEFORE = /(?:花了|花费了?|花費了?|用了|耗时|耗時|历时|歷時|前后|前後)(?:我|我们|我們|大概|大约|大約|将近|將近|差不多|约|約|整整|足足|近)*\s?$/u;
/** A change told as done in the clause: the number sizes it after all ("离职率降低了两成"). */
const CJK_DONE_CHANGE = /(?:提升|提高|降低|减少|減少|缩短|縮短|节省|節省|增长|增長|翻倍|减半|減半|下降|上升|率)/u;
/** A change told as done, or harm counted to none, in a clause: a span in it sizes a result after all. */
const CJK_SPAN_SIZED = new RegExp(`${CJK_DONE_CHANGE.source}|(?:倍|%|％|ゼロ|零|无一|無一|没有|沒有|未发生|未發生|なし|一度も|一次也|一件も|削減|短縮|増加|減少|向上|改善)`, 'u');

/**
 * A time ahead in Chinese or Japanese is a plan, not a result, as "in five years I want to…" is: "5年之后, 我希望…",
 * "在未来1-3年内成为资深前端开发", "3-5年期望能够成为…", "3-5 年的计划", "5年後には…になりたい". A span of years or months
 * is one when a word of the time ahead (未来, 今后, 将来, 今後…) opens its clause, or when the clause after it says what
 * is hoped, planned or aimed for (希望, 想, 打算, 计划, 目标, 成为, たい, 目指す…) and tells no change that happened (提升了,
 * 缩短了…).
 */
const CJK_AHEAD_BEFORE = /(?:未来|未來|今后|今後|以后|以後|将来|將來|接下来|接下來|往后|往後|これから|この先)/u;
const CJK_WISH = /(?:希望|期望|期待|想要|想|打算|计划|計劃|計画|规划|規劃|目标|目標|愿景|願景|争取|爭取|成为|成為|立志|たい|目指|予定|つもり|なりたい)/u;
const CJK_DONE = /(?:了|过|過|提升|提高|降低|减少|減少|缩短|縮短|节省|節省|增长|增長|翻倍|减半|達成|削減|短縮|しました|でした)/u;
function isCjkTimeAhead(text: string, start: number, end: number, t: string): boolean {
  if (!/(?:年|[个個]?月|ヶ月|か月)$/u.test(t)) return false;
  const clause = clauseAround(text, start, end, /[，,。；;！？!?\n、]/u);
  const at = clause.indexOf(t);
  const before = at < 0 ? clause : clause.slice(0, at);
  const after = at < 0 ? '' : clause.slice(at + t.length);
  if (CJK_AHEAD_BEFORE.test(before)) return true;
  // A wish that opens the clause before the span makes it the time it is hoped for, as "I hope within a year to …":
  // "我希望在进入公司的一年时间里…" (unless the clause tells something done: "希望…两个月就完成了").
  if (CJK_WISH.test(before) && !CJK_DONE.test(clause)) return true;
  // "5年之后…我希望" reads on past the comma: the wish is often in the next clause of the sentence.
  const sentence = clauseAround(text, start, end, /[。；;！？!?\n]/u);
  const rest = sentence.slice(sentence.indexOf(t) + t.length);
  if (/^\s?(?:之?后|之?後|以后|以後|内|內|以内|以內)/u.test(after) || /^\s?(?:的)?\s?(?:计划|計劃|計画|规划|規劃|目标|目標|期望|愿景)/u.test(after)) {
    return CJK_WISH.test(rest) && !CJK_DONE.test(rest.replace(/成为了?/u, ''));
  }
  // A span of years ("1-3年", "3-5 年") with a wish after it.
  return /\d\s?[-~～–—到至]\s?$/u.test(before) && CJK_WISH.test(rest) && !CJK_DONE.test(rest);
}

/**
 * Every quantity in the text, in order. With `sizing`, a quantity in something that did not happen ("if 10x the
 * users arrived", "we had to cut costs by 20%") is kept: it is no result, but it still sizes a claim beside it.
 */
const BARE_LIST = /(?<![\p{L}\p{N}.,$€£¥₹/-])\d{1,3}(?:\s*,(?:\s+\d{1,3}|\d{1,2})(?![\d.]))+(?:\s*,?\s+(?:and|or)\s+\d{1,3})?(?=\s*(?:$|[.;:)\]\n*_]))/gu;

const ORDINAL = '(?:\\d*(?:1st|2nd|3rd|[04-9]th|1[1-3]th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
const RANK_REACHED = new RegExp(
  `\\b(?:won|wins?|winning|placed|placing|got|gets|getting|took|takes|taking|finished|finishing|came|coming|secured|securing|earned|earning|awarded|claimed|clinched|bagged|achieved|received|ranked)\\s+(?:the\\s+|a\\s+|an\\s+|in\\s+|our\\s+)?${ORDINAL}(?:[\\s-]+(?:place|prize|position|spot)\\b|\\s+(?:out\\s+)?of\\s+\\d+)|\\bplaced\\s+${ORDINAL}\\b`,
  'giu',
);

const ZERO_TO_ONE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:from\\s+)?(?:0|zero)\\s+to\\s+(?:1|one)|(?:0|zero)-to-(?:1|one)|(?:0|zero)\\s?(?:→|->)\\s?(?:1|one))(?![\\p{L}\\p{N}])(?!\\s?(?:[.,]\\d|(?:${UNIT})(?![\\p{L}])))`,
  'giu',
);

/**
 * A zero told over a counted window after the change: nothing of the kind happened again in a span of time that is
 * given ("we have had no blank PDF in the nine months since", "the crash has not come back in the 8 months since",
 * "over the next two months none of his merges had…", "Seit der Umstellung gab es in acht Monaten keinen Ausfall
 * mehr"). The window sizes the zero, as "zero incidents" is sized; a window alone ("in the last six months I learned
 * Go") or a negation alone is not read. English and German, with the number in digits or words.
 */
/** The number of the window: digits, or a spelled amount of English or German (knowledge/number-words.ts), longest first. */
const WINDOW_NUMBER = `(?:\\d+|${[...ENGLISH_NUMBERS, ...SEVERAL_WORDS.en, ...NUMBER_WORDS.de.numbers, ...SEVERAL_WORDS.de]
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const WINDOW_UNIT_EN = '(?:(?:full|whole|straight|consecutive)\\s+)?(?:days|weeks|months|quarters|years|releases|sprints|deploys|cycles)';
const WINDOW_UNIT_DE = '(?:Tagen|Wochen|Monaten|Quartalen|Jahren|Releases|Sprints)';
const ZERO_OVER_WINDOW = new RegExp(
  [
    // "no … in the nine months since", "has not come back in the 8 months since/after"
    `(?<![\\p{L}])(?:no|none|not|never|zero|nothing|n['’]t)(?![\\p{L}])[^.;!?\\n]{0,100}?(?<![\\p{L}])(?:in|for|over|during|across|throughout)\\s+(?:the|all)?\\s*${WINDOW_NUMBER}\\s+${WINDOW_UNIT_EN}\\s+(?:since|after|that followed|following|afterwards)(?![\\p{L}])`,
    // "over the next two months none of …", "in the six months after the launch, not one …"
    `(?<![\\p{L}])(?:in|over|during|for|across)\\s+the\\s+(?:next|following)\\s+${WINDOW_NUMBER}\\s+${WINDOW_UNIT_EN}(?![\\p{L}])[^.;!?\\n]{0,80}?(?<![\\p{L}])(?:no|none|not|never|zero|nothing)(?![\\p{L}])`,
    // German: "in acht Monaten keinen … mehr", "in den folgenden sechs Monaten gab es keinen …"
    `(?<![\\p{L}])(?:in|seit|während)\\s+(?:den\\s+(?:folgenden|nächsten|ersten|letzten)\\s+)?${WINDOW_NUMBER}\\s+${WINDOW_UNIT_DE}(?![\\p{L}])[^.;!?\\n]{0,80}?(?<![\\p{L}])(?:kein|keine|keinen|keiner|keinerlei|nicht\\s+(?:ein|eine|einen)\\s+einzige\\p{L}*)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:kein|keine|keinen|keiner)(?![\\p{L}])[^.;!?\\n]{0,80}?(?<![\\p{L}])(?:in|seit|während)\\s+(?:den\\s+(?:folgenden|nächsten|ersten|letzten)\\s+)?${WINDOW_NUMBER}\\s+${WINDOW_UNIT_DE}(?![\\p{L}])`,
  ].join('|'),
  'giu',
);

/** A plan or a wish inside the match is no result: "I want no surprises in the next three months". */
const PLAN_OR_WISH = /(?<![\p{L}])(?:will|would|want|hope|plan|aim|going\s+to|wollen|möchte|werde)(?![\p{L}])/iu;

function zeroOverWindow(text: string, out: Quantity[]): void {
  for (const m of text.matchAll(ZERO_OVER_WINDOW)) {
    if (PLAN_OR_WISH.test(m[0])) continue;
    addUnlessTaken(out, m.index, m.index + m[0].length, m[0]);
  }
}

/**
 * A zero count of harm named by its meaning rather than from the failure nouns: "landed safely with no injuries to
 * passengers or crew", "we had no more rework from misread tickets", "without any data breaches". Up to two words of
 * description may stand before the noun, which the lexicon names as harm (HARM_NOUNS) — not a feeling or an idiom ("no
 * worries", "no regrets", "no hard feelings"). (Every plural the sentiment model scores negative was tried as harm too:
 * it also takes "no weaknesses", "no limits", "no risks", "no obstacles", which count nothing, and it raised the
 * held-back errors.)
 */
const ZERO_OF = /(?<![\p{L}\p{N}])(?:no|zero|not\s+a\s+single|not\s+one|without\s+any|without)\s+(?:more\s+|further\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/giu;
const NOT_A_MODIFIER = /^(?:of|for|to|in|on|at|by|with|and|or|but|the|a|an|was|were|is|are|be|been|had|has|have|longer|matter|way|one|doubt|idea|time|need|reason|sign|choice|that|this|it|we|i|they|he|she|you)$/iu;

function zeroHarm(text: string, out: Quantity[], sizing: boolean): void {
  ZERO_OF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ZERO_OF.exec(text))) {
    if (!boundaryOk(text, m.index, false)) continue;
    const words = [m[1], m[2], m[3]].filter((w): w is string => w !== undefined);
    let head = -1;
    for (let i = 0; i < words.length; i++) {
      const w = words[i].toLowerCase();
      if (NOT_HARM_AFTER_NO.has(w)) break;
      if (HARM_NOUNS.has(w)) {
        head = i;
        break;
      }
      if (NOT_A_MODIFIER.test(w)) break;
    }
    if (head < 0) continue;
    const startsAt = m.index;
    let end = m.index + m[0].length;
    for (let i = words.length - 1; i > head; i--) end = text.lastIndexOf(words[i], end) - 1;
    end = text.lastIndexOf(words[head], end) + words[head].length;
    if (taken(out, startsAt, end)) continue;
    // (a noun made with -tion, -ment, -ing after a singular one names a practice: "no damage assessment")
    if (!/s$/iu.test(words[head]) && /^\s+\p{Ll}{3,}(?:tion|sion|ment|ing|ance|ence|ness|sis)\b/u.test(text.slice(end, end + 30))) continue;
    if (isTenure(text, startsAt, end) || isItemsOrPlaces(text, startsAt, end) || isPay(text, startsAt, end) || (!sizing && isIrrealis(text, startsAt, end))) continue;
    out.push({ start: startsAt, end, text: text.slice(startsAt, end) });
  }
}

/**
 * A time that changed, told in words on both sides: "a single afternoon instead of most of a week", "from the better
 * part of a week to a single afternoon", "an hour rather than two full days". Each side is a spelled amount of time
 * (an article, "one", "half a", "most of a", "the better part of a", a number word; digits are read as numbers) with its unit, day parts included
 * (an afternoon, a night, a shift); one side at least has its amount (not "from morning to night", a span).
 */
const TIME_AMOUNT = '(?:(?:a|an|one|a\\s+single|just\\s+one|half\\s+an?|(?:the\\s+)?(?:better|best|greater|larger)\\s+part\\s+of\\s+an?|most\\s+of\\s+an?|(?:a|one)\\s+full|an?\\s+entire|a\\s+whole|a\\s+couple\\s+of|a\\s+few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\\s+(?:(?:full|whole|entire|working|business|long|short|solid)\\s+)?)';
const TIME_UNIT_WORD = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|afternoons?|mornings?|evenings?|nights?|shifts?|weekends?|sprints?)';
const TIME_SIDE = `(?:${TIME_AMOUNT}${TIME_UNIT_WORD}|${TIME_UNIT_WORD})`;
const TIME_SIDE_AMOUNT = `${TIME_AMOUNT}${TIME_UNIT_WORD}`;
const TIME_CHANGE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:from\\s+(?:${TIME_SIDE_AMOUNT}\\s+(?:down\\s+|up\\s+)?to\\s+${TIME_SIDE}|${TIME_SIDE}\\s+(?:down\\s+|up\\s+)?to\\s+${TIME_SIDE_AMOUNT})|${TIME_SIDE_AMOUNT},?\\s+(?:instead\\s+of|rather\\s+than|compared\\s+(?:to|with)|versus|vs\\.?|down\\s+from|up\\s+from)\\s+(?:the\\s+(?:old|previous|usual|former)\\s+)?${TIME_SIDE})(?![\\p{L}\\p{N}])`,
  'giu',
);
/**
 * None out of a whole, or not one, told of what happened: "lost none of the 140 alerts", "not one store has opened with
 * a wrong price", "not a single invoice was sent late" — a count of none, as "zero incidents" is (not "none of us knew
 * it", nor "not one of the reasons").
 */
const NONE_OF_WHOLE = new RegExp(`(?<![\\p{L}\\p{N}])none\\s+of\\s+(?:the|our|their|its|his|her|my|those|these)\\s+(?:\\d[\\d,]*|${SPELLED_NUMBER})(?![\\p{L}\\p{N}])`, 'giu');
const NOT_ONE_HAPPENED =
  /(?<![\p{L}\p{N}])not\s+(?:one|a\s+single)\s+(?!of\b|(?:day|days|week|month|year|night|moment|time|minute|hour|second|thing|person|one|instance|case|occasion|bit|word)\b)[\p{L}-]{3,}(?:\s+[\p{L}-]{3,})?\s+(?:has|have|had|was|were|is|are|did|got|came|went|needed|required|slipped|failed|broke|bounced|churned|opened|shipped|reached|hit|made)(?![\p{L}])/giu;

/**
 * Adds each match of the patterns that overlaps no quantity read already (a change read in part, by its digits or a
 * spelled amount, is sized already), unless `skip` turns it down.
 */
function addMatches(text: string, patterns: RegExp[], out: Quantity[], skip?: (start: number, stop: number) => boolean): void {
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      const stop = start + m[0].length;
      if (skip?.(start, stop)) continue;
      if (taken(out, start, stop)) continue;
      out.push({ start, end: stop, text: m[0] });
    }
  }
}

function changeOfDuration(text: string, out: Quantity[], sizing: boolean): void {
  addMatches(text, [TIME_CHANGE, NONE_OF_WHOLE, NOT_ONE_HAPPENED], out, sizing ? undefined : (start, stop) => isIrrealis(text, start, stop));
}

const JA_NOT_EVEN_ONE = new RegExp(`(?:一|1|１)(?:${CJK_NOT_EVEN_ONE.jaCounters.join('|')})も[^。！？!?\\n]{0,30}?(?:${CJK_NOT_EVEN_ONE.jaNegations.join('|')})`, 'gu');
const KO_NOT_EVEN_ONE = new RegExp(`(?:(?:단\\s?)?(?:한|1)\\s?(?:${CJK_NOT_EVEN_ONE.koCounters.join('|')})도|하나도)[^.!?\\n]{0,30}?(?:${CJK_NOT_EVEN_ONE.koNegations.join('|')})`, 'gu');
const ZH_NOT_EVEN_ONE = new RegExp(
  `(?:${CJK_NOT_EVEN_ONE.zhNegations.join('|')})(?:再)?(?:出现|出現|发生|發生|遇到|收到|有过|有過|产生|產生)?(?:过|過)?(?:任何)?\\s?(?:一|1)(?:${CJK_NOT_EVEN_ONE.zhCounters.join('|')})|零(?:${CJK_NOT_EVEN_ONE.zhZeroHarm.join('|')})`,
  'gu',
);

/** "Not even one" in Japanese, Korean and Chinese (knowledge/number-words.ts CJK_NOT_EVEN_ONE): a count of none. */
function notEvenOne(text: string, out: Quantity[]): void {
  addMatches(text, [JA_NOT_EVEN_ONE, KO_NOT_EVEN_ONE, ZH_NOT_EVEN_ONE], out);
}

export function findQuantities(input: string, sizing = false): Quantity[] {
  // (Several rules, and one rule's clause and sentence tests, ask of the same text: each text is read once, and each
  // caller gets its own array.)
  return (sizing ? sizedQuantities : plainQuantities)(input).slice();
}
const plainQuantities = memoByText((input) => quantitiesIn(input, false), 2048);
const sizedQuantities = memoByText((input) => quantitiesIn(input, true), 2048);

function quantitiesIn(input: string, sizing: boolean): Quantity[] {
  // (digits of other scripts read as ASCII ones, offsets unchanged: fullwidth "３０％", Devanagari "४०", Arabic-Indic "٣")
  const text = foldDigits(softBreaks(input));
  const out: Quantity[] = [];
  // Phone numbers: "555 123 4567", "(555) 123-4567", "+44 20 7946 0958".
  const phones: [number, number][] = [];
  PHONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE.exec(text))) phones.push([m.index, m.index + m[0].length]);
  // A list of bare numbers with nothing counted points at items: "Missions touched: 3, 4, 7", "see 2,3".
  const lists: [number, number][] = [];
  if (/\d\s*,\s*\d/u.test(text)) {
    BARE_LIST.lastIndex = 0;
    while ((m = BARE_LIST.exec(text))) lists.push([m.index, m.index + m[0].length]);
  }
  // "From zero to one" is building something new, not a count: "took the product from 0 to 1", "zero-to-one work"
  // ("from 0 to 1 million users" is a count still).
  if (/(?:0|zero)[\s-]*(?:to|→|->)[\s-]*(?:1|one)/iu.test(text)) {
    ZERO_TO_ONE.lastIndex = 0;
    while ((m = ZERO_TO_ONE.exec(text))) lists.push([m.index, m.index + m[0].length]);
  }
  NUMBER.lastIndex = 0;
  while ((m = NUMBER.exec(text))) {
    const at = m.index;
    if (phones.some(([a, b]) => at >= a && at < b)) continue;
    if (lists.some(([a, b]) => at >= a && at < b)) continue;
    const raw = m[0].replace(/,+$/, '');
    if (!boundaryOk(text, m.index, true)) {
      // Skip the rest of this run of digits ("HL7", "v2.1"): it is not a number on its own either.
      continue;
    }
    if (numberCounts(text, m.index, raw, m[1] !== undefined) && !isInputHeadcount(text, m.index, m.index + raw.length) && !isTenure(text, m.index, m.index + raw.length) && !isOtherActivityDuration(text, m.index, m.index + raw.length) && !isReference(text, m.index, m.index + raw.length) && !isItemsOrPlaces(text, m.index, m.index + raw.length) && !isLimit(text, m.index, m.index + raw.length) && !isPay(text, m.index, m.index + raw.length) && (sizing || !isIrrealis(text, m.index, m.index + raw.length))) {
      out.push({ start: m.index, end: m.index + raw.length, text: raw });
    }
  }
  SPELLED.lastIndex = 0;
  while ((m = SPELLED.exec(text))) {
    if (!boundaryOk(text, m.index, false)) {
      SPELLED.lastIndex = m.index + 1;
      continue;
    }
    if (lists.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    if (spelledCounts(text, m.index, m[0]) && !isInputHeadcount(text, m.index, m.index + m[0].length) && !isTenure(text, m.index, m.index + m[0].length) && !isReference(text, m.index, m.index + m[0].length) && !isItemsOrPlaces(text, m.index, m.index + m[0].length) && !isLimit(text, m.index, m.index + m[0].length) && !isPay(text, m.index, m.index + m[0].length) && (sizing || !isIrrealis(text, m.index, m.index + m[0].length))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  // A rank reached in a contest is a result, as "ranked in the top 3" is: "won 2nd place", "placed second of 30
  // teams", "got first prize" (an ordinal on its own is not: "the 2nd release", "came first" said of a priority).
  if (/(?:place|prize|placed|position|spot)/iu.test(text)) {
    RANK_REACHED.lastIndex = 0;
    while ((m = RANK_REACHED.exec(text))) {
      addUnlessTaken(out, m.index, m.index + m[0].length, m[0]);
    }
  }
  if (/(?:^|[^\p{L}])(?:no|zero|not|without)\s/iu.test(text)) zeroHarm(text, out, sizing);
  if (/(?:^|[^\p{L}])(?:no|none|not|never|zero|nothing|kein\p{L}*)(?![\p{L}])|n['’]t(?![\p{L}])/iu.test(text)) zeroOverWindow(text, out);
  if (OTHER_SPELLED_HINT.test(text) || TABLE_HINT.test(text)) otherSpelledQuantities(text, out);
  if (TABLE_NUMBER_HINT.test(text)) otherBareCounts(text, out);
  if (POSTPOSITIONAL_HINT.test(text)) postpositionalChanges(text, out);
  if (/(?:instead|rather|compared|versus|vs\b|down from|up from|from\s|none of|not (?:one|a single)\s)/iu.test(text)) changeOfDuration(text, out, sizing);
  if (CJK_TEXT.test(text)) cjkQuantities(text, out);
  if (HANGUL.test(text)) koreanQuantities(text, out);
  if (CJK_TEXT.test(text) || HANGUL.test(text)) notEvenOne(text, out);
  return out.sort((a, b) => a.start - b.start);
}
const CJK_TEXT = new RegExp(CJK_CHARS, 'u');
/** Hiragana or katakana: the clause is Japanese. */
const JA_KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Spelled sizes in Spanish, Portuguese, French, German and Russian, by their form as English ones are: a number
 * word with a word of percent or of times ("veinte por ciento", "trois fois plus", "zwei mal"), a change from one
 * number to another ("de cuarenta minutos a seis", "von zehn auf zwei", "с десяти до двух"), and halves and doublings
 * ("a la mitad", "halbiert", "в два раза"). A bare number with a unit of time is not read: how long the work took,
 * a time ahead or a career's years are told the same way, and those readers are English-only.
 */
const OTHER_NUMBER_LISTED =
  'elf|once|onze|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|cientos|mil|miles|dois|duas|três|quatro|sete|oito|nove|dez|vinte|trinta|quarenta|cinquenta|sessenta|cem|centenas|deux|trois|quatre|cinq|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|mille|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|тридцать|сорок|пятьдесят|сто|тысяч[аи]?|двух|трёх|трех|пяти|десяти|двадцати|тридцати|сорока|ста';
const OTHER_SIZE_WORD = 'por ?ciento|por ?cento|pour ?cent|prozent|veces|vezes|fois|mal|раза?|процент(?:а|ов)?|puntos|pontos|prozentpunkte|punkte|punti|пункт(?:а|ов)?|procent|procenta|procentní(?:ch)? bod(?:y|ů)?|procentpunten|procentenheter|procentowe|punkty procentowe|keer|gånger|razy|krát|kali|persen|φορές|τοις εκατό|lần|phần trăm';
/** The spelled numbers above, and those of every number-word table (knowledge/number-words.ts), longest first. */
const OTHER_NUMBER = [...new Set([...OTHER_NUMBER_LISTED.split('|'), ...Object.values(NUMBER_WORDS).flatMap((w) => w.numbers)])]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\s+/g, '\\s+'))
  .join('|');
const OTHER_AMOUNT = `(?:${OTHER_NUMBER}|\\d[\\d.,]*)`;
/** A hedge before an amount: "etwa acht", "unos cinco", "environ trois", "cerca de dez", "около двух". */
const OTHER_HEDGE = '(?:(?:etwa|rund|ca\\.|circa|fast|knapp|gut|über|mehr\\s+als|unos|unas|casi|más\\s+de|environ|presque|plus\\s+de|cerca\\s+de|quase|mais\\s+de|около|почти|более)\\s+)?';
/**
 * A change between two amounts told with the word for "instead of": "zwei Stunden statt drei Tage", "nur noch einen
 * Fehler … statt etwa acht", "en cinco minutos en lugar de dos horas", "deux jours au lieu de dix", "вместо трёх".
 * The amount after it is the old one; the new one is before it.
 */
const OTHER_INSTEAD = `(?:statt|anstatt|anstelle\\s+von|en\\s+lugar\\s+de|en\\s+vez\\s+de|au\\s+lieu\\s+de|em\\s+vez\\s+de|ao\\s+inv[eé]s\\s+de|invece\\s+di|вместо|in\\s+plaats\\s+van|i\\s+stället\\s+för|istället\\s+för|zamiast|místo|alih-alih|αντί\\s+για|αντί|thay\\s+vì)\\s+(?:\\p{L}{1,5}\\s+)?${OTHER_HEDGE}(?:${OTHER_NUMBER}|\\d[\\d.,]*)(?![\\p{L}\\p{N}])`;
/**
 * German "um" before a counted amount is "by" that much, the size of a change ("den Termin um elf Tage verpasst", "um
 * zwei Wochen verkürzt"); not a clock time ("um 9 Uhr") nor "um … zu", in order to ("um drei Systeme zu verbinden").
 */
const OTHER_BY_AMOUNT = `um\\s+${OTHER_HEDGE}(?:${OTHER_NUMBER}|\\d[\\d.,]*)\\s+(?!Uhr(?![\\p{L}]))\\p{Lu}\\p{L}+(?![\\p{L}])(?!(?:\\s+\\p{L}+){0,3}\\s+zu\\s)`;
/** Time units of those languages. */
const OTHER_TIME_UNIT = '(?:Tagen?|Tage|Wochen?|Monate?n?|Stunden?|Minuten?|Jahre?n?|d[ií]as?|semanas?|mes(?:es)?|horas?|minutos?|jours?|semaines?|mois|heures?|minutes?|dias?|meses|giorni|settimane|mesi|ore|minuti|дн(?:я|ей)|недел[иью]|месяц(?:а|ев)?|час(?:а|ов)?|минут)';
/**
 * A margin against the plan: "eine Woche früher", "zwei Monate später als geplant", "dos semanas antes de lo previsto",
 * "trois jours plus tôt que prévu", "duas semanas antes do prazo" — as "two weeks earlier than planned" is in English.
 */
const OTHER_MARGIN = `(?:${OTHER_NUMBER}|eine?|una?|une|uma|\\d[\\d.,]*)\\s+${OTHER_TIME_UNIT}\\s+(?:früher|eher|später\\s+als\\s+(?:geplant|vorgesehen|erwartet)|vor\\s+(?:dem|der)\\s+(?:Termin|Deadline|Frist|Zeitplan)|antes\\s+de\\s+lo\\s+(?:previsto|planeado|esperado)|antes\\s+del\\s+plazo|más\\s+tarde\\s+de\\s+lo\\s+previsto|de\\s+adelanto|plus\\s+tôt|en\\s+avance|plus\\s+tard\\s+que\\s+prévu|de\\s+retard|antes\\s+do\\s+(?:prazo|previsto|planejado)|mais\\s+cedo|de\\s+atraso|in\\s+anticipo|prima\\s+del\\s+previsto|раньше\\s+срока|раньше)(?![\\p{L}])`;
/**
 * A zero told emphatically, "not a single …" in those languages: "ohne einen einzigen Ausfall", "kein einziger Fehler",
 * "sin un solo error", "sin ningún incidente", "sans aucune panne", "pas une seule plainte", "sem nenhuma falha",
 * "senza alcun errore", "без единого сбоя", "ни одной ошибки" — not "without any doubt" ("sans aucun doute", "sin duda").
 */
const OTHER_EMPHATIC_ZERO = `(?:ohne\\s+(?:einen|eine|ein)\\s+einzige[nrs]?|kein(?:e[nr]?)?\\s+einzige[nrs]?|sin\\s+(?:un|una)\\s+sol[oa]|sin\\s+ning[uú]n[oa]?|ni\\s+(?:un|una)\\s+sol[oa]|sans\\s+(?:aucune?|un\\s+seul|une\\s+seule)|pas\\s+(?:un|une)\\s+seule?|sem\\s+(?:nenhum|nenhuma|um\\s+único|uma\\s+única)|nem\\s+(?:um|uma)\\s+únic[oa]|senza\\s+(?:alcun[oa]?|un\\s+sol[oa])|без\\s+единого|без\\s+единой|ни\\s+одного|ни\\s+одной)\\s+(?!(?:Zweifel|duda|doute|dúvida|dubbio|сомнени\\p{L}*|problema|problème|Problem|embargo)(?![\\p{L}]))\\p{L}{3,}`;
const OTHER_SPELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${OTHER_NUMBER})\\s+(?:${OTHER_SIZE_WORD})|${OTHER_INSTEAD}|${OTHER_BY_AMOUNT}|${OTHER_MARGIN}|${OTHER_EMPHATIC_ZERO}|(?:de|desde|von|du|от|с)\\s+${OTHER_AMOUNT}(?:\\s+[\\p{L}]{1,12}){0,2}\\s+(?:a|hasta|para|auf|bis|à|au|до)\\s+${OTHER_AMOUNT}|(?:milhões|milhares|centenas|millones|miles\\s+de|cientos|millions|milliers|centaines|Millionen|Tausende|Hunderte|milioni|migliaia|centinaia|miljoenen|duizenden|honderden|jutaan|ribuan|ratusan|milyonlarca|binlerce|yüzlerce|миллион(?:ы|ов|ам|ами)|тысяч(?:и|ам|ами)|сотни|сотен)|la\\s+mitad|(?:a|à|pela)\\s+metade|la\\s+moitié|die\\s+Hälfte|halbiert|verdoppelt|verdreifacht|duplicamos|duplicó|duplicou|triplicamos|triplicó|в\\s+(?:два|три|пять|десять|полтора)\\s+раза?|вдвое|втрое|вчетверо|вдвічі|втричі|у\\s+(?:два|три|півтора)\\s+рази|o\\s+połowę|dwukrotnie|trzykrotnie|o\\s+polovinu|na\\s+polovinu|dvojnásob\\p{L}*|trojnásob\\p{L}*|de\\s+helft|gehalveerd|halveerde|verdubbeld|verdubbelde|verdrievoudigd|halverades|halverade|halverat|fördubblades|fördubblade|fördubblat|tredubblade|separuhnya|setengahnya|(?:dua|tiga)\\s+kali\\s+lipat|στο\\s+μισό|διπλασιάστηκ\\p{L}*|διπλασίασ\\p{L}*|τριπλασιάστηκ\\p{L}*|một\\s+nửa|gấp\\s+(?:đôi|hai|ba|bốn|năm|mười)|yarıya|(?:iki|üç|dört|beş|on)\\s+katına|yüzde\\s+(?:${POSTPOSITIONAL_CHANGES.tr.numbers.join('|')})(?:\\s+(?:${POSTPOSITIONAL_CHANGES.tr.numbers.join('|')}))?)(?![\\p{L}\\p{N}])`,
  'giu',
);
/** Only texts with a letter or word of these languages are read for them (a cheap test first). */
const OTHER_SPELLED_HINT = /[áéíóúñãõçàèêâôûüäöß\u0400-\u04ff]|\b(?:aucune?|nenhuma?|nessun[oa]?|ningun[oa]|cero|de|del|los|las|und|von|der|die|das|des|les|une|um|uma|que|jutaan|ribuan|ratusan|binlerce|milyonlarca|duizenden|miljoenen|honderden|milioni|migliaia|centinaia)\b/iu;

/**
 * Words as one alternation of a pattern: each once, longest first (so "dieciséis" is tried before "seis"), a dot taken
 * literally, a space as any run of space. The number-word tables' readers below all build theirs so.
 */
function wordAlternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.').replace(/\s+/g, '\\s+')).join('|');
}

/**
 * The same classes read from the number-word tables of each language (knowledge/number-words.ts), for what the
 * patterns above leave: a change whose end is one or zero or whose start is hedged ("von durchschnittlich drei auf
 * einen", "de ocho al mes a una", "tombés à zéro"), a part out of a whole ("once de catorce tareas", "vier von
 * zwölf", "trois sur quatre", "два из трёх"), a division or multiplication by an amount ("divisé par trois",
 * "geteilt durch drei"), and a margin against a plan ("cinco días antes de la fecha").
 */
const TABLE_SPELLED = ((): RegExp => {
  const langs = Object.values(NUMBER_WORDS);
  const alt = (pick: (w: (typeof langs)[number]) => readonly string[]): string => wordAlternation(langs.flatMap(pick));
  const amount = `(?:${alt((l) => l.numbers)}|${alt((l) => l.fractions)}|\\d[\\d.,]*)`;
  const hedge = `(?:(?:${alt((l) => l.hedges)})\\s+)?`;
  const end = `(?:${alt((l) => l.numbers)}|${alt((l) => l.fractions)}|${alt((l) => l.one)}|${alt((l) => l.zero)}|\\d[\\d.,]*)`;
  // (the word of "from" may be elided onto the amount: "d'une quinzaine")
  const from = `(?:${alt((l) => l.from)})(?:(?<=['’])|\\s+)`;
  // (the amount changed from may be a range: "с пяти-шести за релиз до одного", "van tien à twaalf naar twee"; up to
  // three words of what was counted after it: "de seis rodadas de revisão para uma", "de dos días de trabajo a diez")
  const fromTo = `${from}${hedge}${amount}(?:\\s?[-–]\\s?${amount})?(?:\\s+[\\p{L}]{1,12}){0,3}\\s+(?:${alt((l) => l.to)})\\s+${hedge}${end}`;
  // A change from a unit of time named alone to an amount: "de horas para cinco minutos", "von Tagen auf zwei Stunden".
  const unitFromTo = `${from}(?:${alt((l) => l.timeUnits)})\\s+(?:${alt((l) => l.to)})\\s+${hedge}(?:${alt((l) => l.numbers)}|${alt((l) => l.fractions)}|${alt((l) => l.one)}|\\d[\\d.,]*)\\s+(?:${alt((l) => l.timeUnits)})`;
  // A part named in two words or more is an amount on its own, as "half" and "a third" are: "la metà dei clienti",
  // "réduit de moitié", "ein Drittel der Anrufe".
  const fraction = `(?:${alt((l) => l.fractions.filter((w) => /\s/u.test(w)))})`;
  const partOf = `${amount}\\s+(?:${alt((l) => l.of)})\\s+${amount}`;
  const timesBy = `(?:${alt((l) => l.timesBy)})\\s+${hedge}${end}`;
  // (not "a zero": English says "a zero-downtime deploy"; a change to zero in Portuguese or Italian has its verb)
  const toZero = `(?:${alt((l) => l.to.filter((w) => w !== 'a'))})\\s+(?:${alt((l) => l.zero)})`;
  const margin = `(?:${alt((l) => l.numbers)}|${alt((l) => l.one)}|\\d[\\d.,]*)\\s+(?:${alt((l) => l.timeUnits)})\\s+(?:${alt((l) => l.early)})`;
  // A count of none: a determiner of none, or the numeral zero, before a noun ("ningún cobro duplicado", "nenhuma
  // duplicação", "cero pérdidas", "zéro incident"); not an idiom of doubt or ease ("sin ningún problema", "sans aucun doute").
  const none = `(?:${alt((l) => l.none)}|${alt((l) => l.zero.filter((w) => w !== 'null'))})\\s+(?!(?:duda|doute|dúvida|dubbio|problema|problème|tipo|sentido|caso|momento|moment|modo|jeito|forma|manera|façon|compromiso|idée|idea|ideia|raison|razón|razão|souci|intérêt|importancia|importância)(?![\\p{L}]))\\p{L}{3,}`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${fromTo}|${unitFromTo}|${partOf}|${timesBy}|${toZero}|${margin}|${none}|${fraction})(?![\\p{L}\\p{N}])`, 'giu');
})();

/**
 * Adds to `out` each match of `patterns` (global) in `text` that no quantity already there overlaps, except a span of
 * years ("de 2019 a 2021", "2019'dan 2021'e").
 */
function addChanges(patterns: readonly RegExp[], text: string, out: Quantity[]): void {
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (/(?<!\d)(?:19|20)\d\d(?!\d)/u.test(m[0])) continue;
      const start = m.index;
      const stop = start + m[0].length;
      addUnlessTaken(out, start, stop, m[0]);
    }
  }
}

/** The words of the tables' verbs of dividing and parts ("scese", "terzo", "moitié"), four letters or more, not English ones. */
const TABLE_HINT_WORDS = [...new Set(Object.values(NUMBER_WORDS).flatMap((w) => [...w.timesBy, ...w.fractions, ...w.none]).flatMap((t) => t.split(/\s+/u)))]
  .filter((w) => /^\p{L}{4,}$/u.test(w) && !['half', 'media', 'door', 'till', 'quart', 'demi'].includes(w))
  .join('|');

/**
 * The letters and the words of a change of the languages added by their number-word tables alone (Dutch, Swedish,
 * Polish, Czech, Indonesian, Greek, Vietnamese), which OTHER_SPELLED_HINT does not name: a text with one is read too.
 */
const TABLE_HINT = new RegExp(
  `[\\u0370-\\u03ffåąęłśżźćńřěšůčďťňảạấầẩẫậắằẳẵặẻẽẹếềểễệỉịỏọốồổỗộớờởỡợủụứừửữựỳỵỷỹđơư]|(?<![\\p{L}])(?:statt|anstatt|lugar|lieu|vez|invece|вместо|plaats|stället|zamiast|místo|αντί|thay|kali|persen|${[...new Set(Object.values(NUMBER_WORDS).flatMap((w) => [...w.from, ...w.to]))].filter((w) => /^\p{L}{2,}$/u.test(w) && !['do', 'to', 'na', 'till'].includes(w)).join('|')}|${TABLE_HINT_WORDS})(?![\\p{L}])`,
  'iu',
);

function otherSpelledQuantities(text: string, out: Quantity[]): void {
  addChanges([OTHER_SPELLED, TABLE_SPELLED], text, out);
}

/**
 * A count told with a number word of the text's own language, read as the English reader reads "twelve tasks" or "two
 * bugs" (spelledCounts): "δώδεκα εργασίες", "due soli bug", "deux personnes", "tres propuestas". Only in a
 * text that languageOf reads as one language with a number-word table: "due", "sei", "once", "sex" are English words
 * too, so a table's numbers are read in their own language's prose only. Not a count:
 *   - a number word before a unit of time or a longer period ("seis semanas", "tres años"): how long the work took, a
 *     career's years and a time ahead are told so, and the readers that tell those from a result are English-only (a
 *     margin or a change of time is read above, by OTHER_SPELLED and TABLE_SPELLED);
 *   - before the table's word of a part ("dos de nosotros"; a part out of a whole is read above);
 *   - after an article or a demonstrative of the language: the things already named ("los tres equipos"), as "the
 *     three teams" is no count in English (isReference);
 *   - the size of the speaker's team or the people the work was done with ("un equipo de cinco personas", "con dos
 *     compañeros"), the work's input as in English (isInputHeadcount), nor a number in a question.
 */
const BARE_COUNT = new Map<string, { count: RegExp; before: RegExp | undefined; team: RegExp }>(
  (Object.entries(NUMBER_WORDS) as [NumberLanguage, (typeof NUMBER_WORDS)[NumberLanguage]][]).map(([lang, w]) => {
    const articles = OTHER_GRAMMARS.find((g) => g.lang === lang)?.articles ?? [];
    return [
      lang,
      {
        count: new RegExp(`(?<![\\p{L}\\p{N}])(${wordAlternation(w.numbers)})\\s+(?!(?:${wordAlternation([...w.timeUnits, ...w.periods, ...w.of])})(?![\\p{L}]))\\p{L}{2,}`, 'giu'),
        before: articles.length > 0 ? new RegExp(`(?:^|[^\\p{L}])(?:${wordAlternation(articles)})\\s+$`, 'iu') : undefined,
        team: new RegExp(`(?:^|[^\\p{L}])(?:${wordAlternation([...w.team, ...w.with])})\\s+(?:(?:${wordAlternation(w.hedges)})\\s+)?$`, 'iu'),
      },
    ];
  }),
);
/** Any number word of the tables, whole: a cheap test before a text's language is read. */
const TABLE_NUMBER_HINT = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(Object.values(NUMBER_WORDS).flatMap((w) => w.numbers))})(?![\\p{L}])`, 'iu');

/**
 * The language of a number-word table a text is written in: by its function words (languageOf), or Greek by its script.
 * (Not Vietnamese: its words are syllables, and a number's is often one of another word's, "thứ Sáu" Friday, "triệu
 * chứng" a symptom, "năm" a year.)
 */
function tableLanguage(text: string): string | undefined {
  const lang = languageOf(text);
  if (lang !== undefined) return lang;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if ((text.match(/\p{Script=Greek}/gu) ?? []).length * 2 > letters) return 'el';
  return tableOwnLanguage(text);
}

/**
 * The language of a table that has no grammar for languageOf to read (Indonesian, Swedish, Czech), by the table's own
 * words of measure — its words of from, to, of, with, hedges, none, units and periods, three letters or more, that no
 * other table has and that are not English function words ("dari", "menjadi", "bulan", "tahun", "sekitar"): two
 * different ones in the text, and none of any other such language.
 */
const TABLE_OWN_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const own = (w: (typeof NUMBER_WORDS)[NumberLanguage]): string[] =>
    [...w.from, ...w.to, ...w.of, ...w.hedges, ...w.with, ...w.none, ...w.timeUnits, ...w.periods, ...w.during].flatMap((t) => t.toLowerCase().split(/\s+/u)).filter((t) => t.length >= 3 && !englishFunctionWord(t));
  const counts = new Map<string, number>();
  for (const w of Object.values(NUMBER_WORDS)) for (const t of new Set(own(w))) counts.set(t, (counts.get(t) ?? 0) + 1);
  const withGrammar = new Set(OTHER_GRAMMARS.map((g) => g.lang));
  return new Map(
    (Object.entries(NUMBER_WORDS) as [NumberLanguage, (typeof NUMBER_WORDS)[NumberLanguage]][])
      .filter(([lang]) => !withGrammar.has(lang) && lang !== 'el' && lang !== 'vi')
      .map(([lang, w]) => [lang, new Set(own(w).filter((t) => counts.get(t) === 1))]),
  );
})();
function tableOwnLanguage(text: string): string | undefined {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const found = [...TABLE_OWN_WORDS].filter(([, own]) => [...own].filter((t) => words.has(t)).length >= 2).map(([lang]) => lang);
  return found.length === 1 ? found[0] : undefined;
}

function otherBareCounts(text: string, out: Quantity[]): void {
  const lang = tableLanguage(text);
  const reader = lang === undefined ? undefined : BARE_COUNT.get(lang);
  if (!reader) return;
  reader.count.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = reader.count.exec(text))) {
    const start = m.index;
    const end = start + m[1].length;
    // (the counted word may be a number word itself: "veinte personas y dos se aprobaron" reads on from the number)
    reader.count.lastIndex = end;
    const before = text.slice(Math.max(0, start - 30), start);
    if (reader.before?.test(before) || reader.team.test(before)) continue;
    // German "um" before a count is "by" that much when it sizes a change (OTHER_BY_AMOUNT reads it above) and "in order
    // to" otherwise: "um zwei Systeme zu verbinden" counts nothing done.
    if (/(?:^|[^\p{L}])um\s+$/iu.test(before)) continue;
    // A count that announces a list is the answer's own items, as "three reasons" is in English: "Tres estrategias
    // complementarias: (1) …", "Zwei Dinge:".
    if (/^\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*[:：]/u.test(text.slice(end, end + 60))) continue;
    if (isIrrealis(text, start, end)) continue;
    addUnlessTaken(out, start, end, text.slice(start, end));
  }
}
const HANGUL = /[\uac00-\ud7af]/u;

/** Devanagari or the Turkish letters: a text that may tell a change the postpositional way. */
const POSTPOSITIONAL_HINT = /[\u0900-\u097fçğışöüÇĞİŞÖÜ]|(?:dan|den|tan|ten)\s/u;

/**
 * A change from one amount to another told with postpositions or case endings (knowledge/number-words.ts
 * POSTPOSITIONAL_CHANGES): "दो हज़ार से घटकर सात सौ", "दो दिन से घटकर तीन घंटे", "on iki dakikadan dört dakikaya", "%6'dan
 * %0,5'e". Each amount is a spelled number (one or two words) or digits, with up to one word (its unit) after it; the
 * start carries the mark of "from", the end (in Turkish) that of "to".
 */
const POSTPOSITIONAL = ((): RegExp[] =>
  Object.values(POSTPOSITIONAL_CHANGES).map((l) => {
    const alt = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
    const num = `(?:%?\\d[\\d.,]*%?|(?:${alt(l.numbers)})(?:\\s+(?:${alt(l.numbers)}))?)`;
    const edge = '(?![\\p{L}\\p{M}\\p{N}])';
    if (l.suffixed) {
      // "on iki dakikadan dört dakikaya": the ending on the amount or on its unit, an apostrophe before it after digits.
      const mark = (ends: readonly string[]): string => `(?:'|’)?(?:${alt(ends)})${edge}`;
      return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${num}(?:\\s+\\p{L}+?)?${mark(l.from)}\\s+${num}(?:\\s+\\p{L}+?)?${mark(l.to)}`, 'giu');
    }
    const word = '[\\p{L}\\p{M}]+';
    return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${num}(?:\\s+${word}){0,2}?\\s+(?:${alt(l.from)})\\s+(?:${alt(l.change)})\\s+${num}${edge}`, 'gu');
  }))();

function postpositionalChanges(text: string, out: Quantity[]): void {
  addChanges(POSTPOSITIONAL, text, out);
}

// Quantities written in Korean: a number with its counter or unit ("10초", "1초 이내", "3배", "5명", "30%", "2만 건"),
// and halves and doublings ("절반", "두 배"). A year ("2023년"), a date ("3월 5일") and an ordinal ("2번째", "제2")
// are not quantities.
const KO_QUANTITY =
  /(?<![제\d.])(\d[\d,]*(?:\.\d+)?)\s?(%|퍼센트|배|밀리초|초|분(?![야기석])|시간|일(?![본반부정상])|주(?![요제문의])|개월|달|년|명|개(?![발선])|건|회|번(?!째)|원|달러|만|천|억|대|곳)|절반|반으로|[두세네]\s?배/gu;

/**
 * A Korean native number with its counter (knowledge/number-words.ts): "여섯 건", "세 명", "두 번", with a particle after
 * it or nothing ("여섯 건에서", "세 명이"), not the start of another word ("두 개발자" is no count of 개).
 */
const KO_NATIVE = new RegExp(`(?<![\\p{L}])(?:${KOREAN_NATIVE_NUMBERS.join('|')})\\s?(?:${KOREAN_COUNTERS.join('|')})(?=[에의을를이가은는도로으만와과씩까부]|[^\\p{L}]|$)`, 'gu');

function koreanQuantities(text: string, out: Quantity[]): void {
  for (const n of text.matchAll(KO_NATIVE)) addUnlessTaken(out, n.index, n.index + n[0].length, n[0]);
  KO_QUANTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KO_QUANTITY.exec(text))) {
    const t = m[0];
    // "2023년" is a year; "3월 5일" a date.
    if (m[2] === '년' && /^(?:19|20)\d\d$/u.test(m[1])) continue;
    // "5년 경력", "3년 차": years of experience, the speaker's tenure, not a result.
    if ((m[2] === '년' || m[2] === '개월') && /^\s?(?:간\s?|동안\s?|의\s?)?(?:경력|경험|차|근무)/u.test(text.slice(m.index + t.length, m.index + t.length + 8))) continue;
    if (m[2] === '일' && /\d\s?월\s?$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (out.some((q) => q.start === m!.index)) continue;
    if (isPay(text, m.index, m.index + t.length)) continue;
    // "5명으로 구성된 팀", "팀원 5명": the size of the speaker's team, the setup.
    if ((m[2] === '명' || m[2] === '인') && teamHeadcount(text, m.index, m.index + t.length, KO_TEAM)) continue;
    // "5년 후에는 … 되고 싶습니다", "3년 안에 … 목표입니다": a time ahead with a wish or a plan after it.
    if ((m[2] === '년' || m[2] === '개월') && /^\s?(?:후|뒤|안에|이내|내에|내)/u.test(text.slice(m.index + t.length, m.index + t.length + 4)) && /(?:싶|목표|계획|되겠|할 것|예정|바랍니다)/u.test(clauseAround(text, m.index, m.index + t.length, /[.!?\n]/u))) continue;
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
}

export function hasQuantity(text: string): boolean {
  return findQuantities(text).length > 0;
}
