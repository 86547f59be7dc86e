// Finds quantities in prose: what an interviewer hears as a measured result.
//
// Counts: a number with a unit ("200 ms", "3 weeks", "40 GB"), a percentage ("40%", "12 percent"), money
// ("$2M", "€300k", "50,000 dollars"), a multiplier ("3x", "10×"), a count ("12 customers", "from 800 to 200"),
// and spelled quantities an interviewer hears the same way: "doubled", "halved", "tripled", "tenfold",
// "half", "a third", "three teams", "hundreds of hours", "zero incidents", "one day" (one with a time unit).
// Does not count: a year ("in 2023"), a version ("v2.1", "3.4.1", "Python 3"), a date ("2024-05-01",
// "March 3", "5/6/2024"), an ordinal ("2nd"), a time of day ("10:30", "3pm"), a label number ("phase 2",
// "step 3", "Q3", "#123"), names with digits ("S3", "EC2", "HL7"), and the spelled "one" without a time unit
// (too common: "one of", "no one").

export interface Quantity {
  start: number; // offset into the text
  end: number;
  text: string;
}

const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})\\.?\\s+$`, 'iu');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})(?![\\p{L}])`, 'iu');
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:phase|step|stage|sprint|round|version|release|tier|level|part|chapter|section|question|questions|day|week|iteration|milestone|option|python|java|ios|android|windows|gen|generation|series|iphone|model|room|floor|page|line|item|ticket|issue|pr|number|no|priority|sev|severity|p|q|v|rev|revision|article|figure|table|episode|season|grade|year|class|web|industry|covid|top)\.?\s*$/iu;
const UNIT_AFTER =
  /^\s?(?:%|percent|pct|pp|percentage points?|x(?![\p{L}])|×|k(?![\p{L}])|m(?![\p{L}])|bn|b(?![\p{L}])|mm|million|billion|thousand|ms|milliseconds?|µs|ns|s(?![\p{L}])|secs?|seconds?|mins?|minutes?|h(?![\p{L}])|hrs?|hours?|days?|weeks?|months?|quarters?|years?|sprints?|kb|mb|gb|tb|pb|qps|rps|tps|req\/s|usd|eur|gbp|dollars?|euros?|pounds?|users?|customers?|clients?|people|engineers?)(?![\p{L}])/iu;

// The boundary before a number or a spelled quantity is checked in code (see boundaryOk), not with a
// lookbehind: a Unicode lookbehind evaluated at every position made this the slowest rule.
const NUMBER = /([$€£¥₹]\s?)?\d[\d,]*(?:\.\d+)?/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function boundaryOk(text: string, i: number, numeric: boolean): boolean {
  if (i === 0) return true;
  const p = text[i - 1];
  if (WORD_CHAR.test(p) || (p >= '\udc00' && p <= '\udfff')) return false;
  if (!numeric) return true;
  if ('_.#@/:\\'.includes(p)) return false;
  return !(p === '-' && i >= 2 && WORD_CHAR.test(text[i - 2]));
}

const SPELLED =
  /(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|doubled|doubling|tripled|quadrupled|halved|halving|twofold|threefold|fourfold|fivefold|tenfold|hundredfold|half|one[- ](?:day|week|month|hour|minute|second|sprint|quarter|year)|(?:a|one|two)[- ]thirds?)(?![\p{L}\p{N}])/giu;

function isYear(digits: string): boolean {
  return /^(19|20)\d\d$/.test(digits);
}

function numberCounts(text: string, start: number, match: string, currency: boolean): boolean {
  const end = start + match.length;
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 16), start);
  const digits = match.replace(/^[$€£¥₹]\s?/, '');
  if (currency) return true;
  // Versions and dates written with separators: 3.4.1, 2024-05-01, 5/6/2024, 10:30.
  if (/^\.\d/.test(after) || /^[-/]\d/.test(after) || /^:\d/.test(after)) return false;
  // Ordinals and times of day: 2nd, 3pm, 11 am.
  if (/^(?:st|nd|rd|th)(?![\p{L}])/iu.test(after) || /^\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu.test(after)) return false;
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return false;
  if (LABEL_BEFORE.test(before)) return false;
  // A numbered list item written inline: "1. First" or "2) Next" at the start of a line.
  if (/^[.)]\s/.test(after) && /(?:^|\n)\s*$/.test(before)) return false;
  const unit = UNIT_AFTER.test(after);
  if (isYear(digits) && !unit) return false;
  return true;
}

/** Every quantity in the text, in order. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text))) {
    const raw = m[0].replace(/,+$/, '');
    if (!boundaryOk(text, m.index, true)) {
      // Skip the rest of this run of digits ("HL7", "v2.1"): it is not a number on its own either.
      continue;
    }
    if (numberCounts(text, m.index, raw, m[1] !== undefined)) {
      out.push({ start: m.index, end: m.index + raw.length, text: raw });
    }
  }
  SPELLED.lastIndex = 0;
  while ((m = SPELLED.exec(text))) {
    if (!boundaryOk(text, m.index, false)) {
      SPELLED.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function hasQuantity(text: string): boolean {
  return findQuantities(text).length > 0;
}
