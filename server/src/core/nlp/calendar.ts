// Digits and month names of every script and language the runtime knows, read from the Unicode character classes and
// from Intl (ECMA-402) rather than from hand-kept lists: the quantity reader (rules/quantity.ts) folds digits of other
// scripts to ASCII before it reads numbers, and treats a number beside a month's name as a date, in any language Intl
// names months for.
import { MONTH_NAMES, SHORT_MONTH_NAMES } from '../knowledge/month-names';

const NON_ASCII = /[^ -~\t\n\r]/u;
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;

/** The value of a decimal digit of any script: Unicode lays each script's ten digits out in a row, zero first. */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  let back = 0;
  while (back < 9 && /\p{Nd}/u.test(String.fromCodePoint(cp - back - 1))) back++;
  // (a block of several rows of ten, as the mathematical digits are, starts each row at a zero)
  return back % 10;
}

/**
 * The text with each decimal digit of another script written as its ASCII digit: fullwidth "３０％" as "30％",
 * Devanagari "४०" as "40", Arabic-Indic "٣" as "3". Only digits of one UTF-16 unit are folded, so every offset into
 * the folded text is the same offset into the text given.
 */
export function foldDigits(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  OTHER_DIGIT.lastIndex = 0;
  if (!OTHER_DIGIT.test(text)) return text;
  return text.replace(OTHER_DIGIT, (d: string) => (d.length === 1 ? String(digitValue(d)) : d));
}

/**
 * Languages whose dates put a number beside a month's name ("3 de junio", "28 août", "15. März", "3 czerwca",
 * "június 3."). English months are read by the quantity reader's own pattern; Chinese, Japanese and Korean dates by
 * their counters (月, 日, 월, 일). knowledge/month-names.ts holds their month names, made from Intl by
 * scripts/month-names.ts.
 */
export const DATE_LOCALES: readonly string[] = [
  'es', 'pt', 'fr', 'de', 'it', 'nl', 'ca', 'ro', 'sv', 'da', 'nb', 'fi', 'et', 'lv', 'lt', 'pl', 'cs', 'sk', 'sl', 'hr',
  'sr-Latn', 'hu', 'tr', 'id', 'ms', 'ru', 'uk', 'be', 'bg', 'sr', 'el',
];

/**
 * The names of the months in those languages as Intl writes them: alone (the nominative) and in a date (the genitive
 * or partitive that Polish, Russian, Czech, Finnish and Greek use there: "czerwca", "июня", "kesäkuuta"). Names of
 * three letters or fewer are kept apart (`short`: "mai" is also "more" in Romanian, so in the Latin script they are read
 * only after a day with its ordinal point, "2. Mai", "3. maj"; Cyrillic "5 мая" is read as it is), and any name with a digit in it is left out (Vietnamese "tháng 6").
 * Longest first.
 */
export function intlMonthNames(locales: readonly string[], short = false): string[] {
  const names = new Set<string>();
  for (const locale of locales) {
    let alone: Intl.DateTimeFormat;
    let dated: Intl.DateTimeFormat;
    try {
      alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
      dated = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    } catch {
      continue;
    }
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2021, m, 15));
      const forms = [alone.format(d), ...dated.formatToParts(d).filter((p) => p.type === 'month').map((p) => p.value)];
      for (const f of forms) {
        const name = f.toLocaleLowerCase(locale).replace(/\.$/u, '').trim();
        if (name.length > 3 !== short && name.length > 1 && !/\d/u.test(name) && /^[\p{L}\p{M}]+$/u.test(name)) names.add(name);
      }
    }
  }
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b, 'en'));
}

const MONTHS = MONTH_NAMES.join('|');
// "3 de junio", "3 de março", "1 d'abril", "28 août", "15. März", "3 czerwca", "3. kesäkuuta"
const MONTH_AFTER = new RegExp(`^(?:\\.?\\s*(?:de\\s+|del\\s+|d['’]\\s*)?(?:${MONTHS})|\\.\\s*(?:${SHORT_MONTH_NAMES.join('|')})|\\s+(?:${SHORT_MONTH_NAMES.filter((n) => !/[a-z]/iu.test(n.normalize('NFD'))).join('|')}))(?![\\p{L}\\p{M}])`, 'iu');
// "junio 3", "június 3.", "Juni 2024"
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${MONTHS})\\.?\\s+$`, 'iu');

/**
 * Whether a number is a day or a year beside a month's name in one of those languages: `after` is the text right after
 * the number, `before` the text right before it.
 */
export function isForeignDate(before: string, after: string): boolean {
  return MONTH_AFTER.test(after) || MONTH_BEFORE.test(before);
}
