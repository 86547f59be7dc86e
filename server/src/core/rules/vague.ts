// Finds unsized claims about a result: words that say a result was large or better without saying by how much.
//
// A claim is recognised by its shape, not by a list of phrases. Four shapes:
//   1. a degree adverb made from a word of size:        "significantly", "dramatically", "markedly", "vastly"
//   2. a word of size in front of a change or result:   "a big drop", "a marked drop in churn", "major savings"
//   3. a comparative about the result:                  "better onboarding", "quicker and simpler", "smoother
//                                                        releases", "more reliable", "less toil", "fewer pages"
//   4. a verb of change with no size:                   "improved trust", "reduced manual effort", "sped up CI"
// plus the vague amounts "a lot", "lots of", "tons of", "a great deal".
// A claim is sized — and so not reported — when its clause holds a quantity (./quantity.ts): "cut costs
// significantly, from $40k to $25k a month". Claims about what the speaker understood ("a better understanding"),
// about a choice ("a better option"), negated claims ("did not improve") and set terms ("higher-level",
// "lower priority", "no more") are not results.
import { findQuantities } from './quantity';

export interface VagueClaim {
  start: number; // offset into the text
  end: number;
  text: string;
}

/** Adjectives of size or strength; their -ly adverbs are degree adverbs. */
const SIZE =
  'big|bigger|huge|massive|significant|substantial|dramatic|drastic|considerable|vast|tremendous|immense|enormous|marked|sharp|notable|noticeable|remarkable|meaningful|major|large|larger|great|greater|serious|visible|measurable|real|solid|strong|steep|sizable|sizeable|hefty|impressive|incredible|tangible|clear|positive|good|nice|healthy|material|appreciable|dramatic|outsized|big-time|game-changing|transformative|exponential|unprecedented';
const DEGREE_ADVERB =
  'significantly|dramatically|drastically|substantially|considerably|vastly|massively|hugely|tremendously|immensely|enormously|markedly|sharply|noticeably|remarkably|meaningfully|materially|radically|exponentially|incredibly|greatly|steeply|sizably|appreciably|visibly|measurably|tangibly|exceptionally|vastly|dramatically|quickly|rapidly|swiftly|perfectly|extremely well';
/** Nouns of change or of a result that a size word can inflate. */
const CHANGE_NOUN =
  'drops?|decreases?|declines?|reductions?|cuts?|falls?|dips?|increases?|rises?|growth|gains?|boosts?|jumps?|improvements?|uplifts?|lifts?|speed-?ups?|savings?|wins?|impacts?|differences?|effects?|progress|leaps?|changes?|accelerations?|upticks?|surges?|turnarounds?|returns?|roi|efficienc(?:y|ies)|benefits?|value|success|successes|results?|payoffs?|upgrades?|strides|headway|traction|momentum';
/** Comparative adjectives and adverbs of a result. */
const COMPARATIVE =
  'better|faster|quicker|simpler|smoother|cheaper|easier|safer|cleaner|healthier|happier|stronger|tighter|leaner|lighter|shorter|higher|lower|fewer|less|greater|larger|smaller|bigger|broader|wider|richer|clearer|sharper|sturdier|snappier|speedier|slimmer|calmer|quieter|steadier|saner|nicer|tidier|leaner|deeper|more';
/** Verbs of change that say which way a result moved but not how far. */
const CHANGE_VERB =
  'improv(?:ed|es|ing)|enhanc(?:ed|es|ing)|boost(?:ed|s|ing)|strengthen(?:ed|s|ing)|streamlin(?:ed|es|ing)|accelerat(?:ed|es|ing)|simplif(?:ied|ies|ying)|increas(?:ed|es|ing)|reduc(?:ed|es|ing)|decreas(?:ed|es|ing)|lowered|lowering|grew|grown|rose|risen|declined|shrank|shrunk|climbed|soared|plummeted|surged|minimi[sz](?:ed|es|ing)|maximi[sz](?:ed|es|ing)|sped up|speeds? up|speeding up|cut(?:s|ting)? down on|shortened|tightened|raised|lifted|slashed|trimmed|mitigated';
/** Qualities a result can be said to reach without a measure: "became reliable", "is now predictable". */
const QUALITY =
  'reliable|predictable|maintainable|scalable|stable|robust|consistent|efficient|resilient|secure|usable|intuitive|user-friendly|responsive|performant|smooth|seamless|manageable|readable|testable|observable|accurate|fast|quick|easy|simple|clean|healthy|productive|transparent|dependable|sustainable|flexible|extensible|effortless|painless|frictionless|snappy|rock-solid|bulletproof|error-free|hassle-free|streamlined|optimi[sz]ed';
const BECAME = 'became|become|becomes|becoming|got|gets|turned|is now|are now|was now|were now|feels|felt|stayed|remained|been';
const VAGUE_AMOUNT = "a lot|lots of|tons of|a ton of|a great deal|loads of|heaps of|way more|way less|far more|far less|much more|much less|so much";

const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(${DEGREE_ADVERB})|(?:an?\\s+|the\\s+)?(${SIZE})(?:\\s+(?:and\\s+)?[\\p{L}-]+)?\\s+(${CHANGE_NOUN})|(${COMPARATIVE})|(${CHANGE_VERB})|(${VAGUE_AMOUNT})|(?:${BECAME})\\s+(?:(?:more|much more|far more|far|much|very|really|so|truly|fully|completely|significantly|noticeably|extremely|incredibly|super)\\s+)?(${QUALITY})(?:\\s+and\\s+(?:more\\s+)?(?:${QUALITY}))?)(?![\\p{L}\\p{N}-])`,
  'giu',
);

/** What follows a comparative and makes it something other than a claim about a result. */
const NOT_RESULT_AFTER =
  /^\s+(?:(?:and\s+\w+\s+)?(?:understanding|sense|idea|grasp|picture|appreciation|feel|insights?|perspective|knowledge|awareness|judgment|judgement|intuition|mental model|option|options|approach|way|choice|fit|solution|plan|alternative|candidate|question|off)|priority|priorities|level|levels|ups?|management|leadership|tier|tiers|environments?|bound|half|end|part|or less|often than not|importantly|specifically|generally|broadly|so|of (?:a|an|the)\b)(?![\p{L}])/iu;
const SELF_BEFORE =
  /(?:\b(?:i|i've|i have|i had)\s+(?:also\s+|really\s+)?(?:became|become|got|grew|feel|felt|am|was|have been|had been)\s+(?:\w+\s+)?|\bi'm\s+(?:\w+\s+)?|\b(?:made|make|makes|helped|help|helps|left)\s+me\s+(?:\w+\s+)?)$/iu;
/** "I became more confident with X and more diligent": everything in that clause describes the speaker. */
const SELF_STATE_BEFORE = /\b(?:i|i've|i have|i had)\s+(?:also\s+|really\s+)?(?:became|become|got|grew|feel|felt|am|was|have become)\b[^.;!?\n]{0,80}$/iu;
const INTENT_BEFORE =
  /\b(?:in order|so as|aim(?:ed|ing|s)?|want(?:ed|ing|s)?|tr(?:ied|y|ying)|plan(?:ned|ning|s)?|goal (?:was|is)|hop(?:ed|ing|e)|intend(?:ed|s)?|sought|seek(?:ing)?|need(?:ed|s)?|meant|asked|expected)\s+to\s+(?:\w+\s+){0,3}$/iu;
const COUNTERFACTUAL = /\b(?:could|would|might|should)(?:n't|\s+not)?\s+have\b|\b(?:could|would|might|should)'ve\b/iu;
const SELF_AFTER = /^\s+(?:(?:both\s+)?my|myself|me)\b/iu;
const NEGATION_BEFORE = /(?:\bnot|n't|\bnever|\bno|\bwithout|\bnor|\bneither|\bhardly|\bbarely|\bstopped|\bceased|\bkept)\s+(?:\w+\s+){0,2}$/iu;
const SET_TERM_BEFORE = /(?:\bno|\bany|\bonce|\bmore\s+or|\bmore\s+and)\s+$/iu;

const FUNCTION_WORD =
  /^(?:and|or|but|nor|the|a|an|to|than|for|in|on|of|with|by|because|as|at|after|before|from|into|over|under|it|its|this|that|these|those|our|their|my|his|her|we|they|i|you|was|were|is|are|be|been|so|then|when|while|if|across|through|during|since|until|without|via|per|now|today|again|overall|too|also|still|yet|there|here|than|ever|afterwards|later|since|thanks|due)$/iu;

const INPUT_NOUN =
  /^\s+(?:(?:junior|senior|experienced|skilled|qualified)\s+)?(?:resources?|developers?|devs?|engineers?|headcount|staff|hands|contractors?|hires?|budget|funding|people\s+(?:on|to)\b|help|support\s+from|time\s+to)(?![\p{L}])/iu;

/** Clause boundaries: sentence ends, semicolons, line breaks, dashes, ", and/but/while…", and "and/but" before a new verb. */
const CLAUSE_BREAK = /[.!?;](?=\s|$)|\n|\s[—–-]\s|,\s+(?:and|but|while|whereas|so|which|yet|though|although)\s|\s(?:and|but)\s(?=\w+ed\b)/giu;

function clauseBounds(text: string): number[] {
  const cuts = [0];
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(text))) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  return cuts;
}

/** Every unsized claim about a result in the text, in order. */
export function findVagueClaims(text: string): VagueClaim[] {
  const out: VagueClaim[] = [];
  let bounds: number[] | undefined;
  let sized: boolean[] | undefined;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 50);
    const word = m[0].toLowerCase();
    if (NEGATION_BEFORE.test(before)) continue;
    // An aim is not a result: "in order to improve", "the goal was to reduce", "wanted to make it faster".
    if (INTENT_BEFORE.test(before)) continue;
    // A counterfactual is not a result: "a lot of stress could have been avoided".
    if (COUNTERFACTUAL.test(text.slice(start, Math.min(text.length, end + 60)).split(/[.;!?\n]/)[0]) || /\b(?:could|would|might|should)(?:\s+not)?\s+have\s+(?:\w+\s+)?$/iu.test(before)) continue;
    // What the speaker became or learned is not an impact claim: "improved my judgment", "I became more confident".
    if (SELF_BEFORE.test(before) || SELF_STATE_BEFORE.test(text.slice(Math.max(0, start - 100), start)) || SELF_AFTER.test(after) || (/^(?:grew|grown)$/.test(word) && /\b(?:i|i've|i have)\s+$/iu.test(before))) continue;
    // "the sooner we resolve it, the better": a saying, not a result.
    if (/\bthe\s+$/iu.test(before) && /^(?:better|sooner|faster|more|less|easier|bigger)$/u.test(word) && (/\bthe\s+\w+er\b/iu.test(text.slice(Math.max(0, start - 80), start - 4)) || /^[\s,]+the\s+\w+er\b/iu.test(after))) continue;
    // "done is better than perfect": a maxim comparing two ideas, not a result against its past.
    if (word === 'better' && /^\s+than\b/iu.test(after) && !/^\s+than\s+(?:before|ever|the old|the previous|last|expected|planned|the original|the baseline)/iu.test(after)) continue;
    if (m[4] !== undefined) {
      if (SET_TERM_BEFORE.test(before) || NOT_RESULT_AFTER.test(after)) continue;
      // "more" and "less" compare only when an adjective, an adverb or a result noun follows ("more reliable",
      // "less toil"); "more than once" or a bare "more" is not a claim.
      if ((word === 'more' || word === 'less') && (!/^\s+[\p{L}]/u.test(after) || /^\s+than\b/iu.test(after))) continue;
      if (word === 'better' && /^\s+to\b/iu.test(after)) continue;
      // More hands or money put in is an input, not a result: "adding more resources", "two more developers".
      if (/^(?:more|extra|fewer|less)$/.test(word) && INPUT_NOUN.test(after)) continue;
      // A sentence adverb ("Notably, …") is handled by the degree class; a comparative in a hyphenated term
      // ("higher-level") was already excluded by the boundary.
    }
    if (m[1] !== undefined && /^notably$/i.test(word)) continue;
    if (m[5] !== undefined && NOT_RESULT_AFTER.test(after)) continue;
    // Sized in its clause?
    bounds ??= clauseBounds(text);
    if (!sized) {
      sized = [];
      for (let i = 0; i + 1 < bounds.length; i++) sized.push(findQuantities(text.slice(bounds[i], bounds[i + 1])).length > 0);
    }
    let c = 0;
    while (c + 2 < bounds.length && bounds[c + 1] <= start) c++;
    if (sized[c]) continue;
    // Name the claim with the word it is about: "better reliability", "more reliable", "reduced manual".
    let e = end;
    if (m[4] !== undefined || m[5] !== undefined) {
      const words = m[5] !== undefined ? 3 : 1;
      let rest = after;
      for (let i = 0; i < words; i++) {
        const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(rest);
        if (!next || FUNCTION_WORD.test(next[1])) break;
        e += next[0].length;
        rest = rest.slice(next[0].length);
      }
    }
    let s = start;
    const lead = /(?:^|\s)((?:much|far|way|even|a lot|significantly|considerably|vastly)\s+)$/iu.exec(before);
    if (lead && m[4] !== undefined) s = start - lead[1].length;
    const last = out[out.length - 1];
    if (last && s < last.end) continue;
    out.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return out;
}
