// Finds unsized claims about a result: words that say a result was large or better without saying by how much.
//
// A claim is recognised by its shape, not by a list of phrases. Four shapes:
//   1. a degree adverb made from a word of size:        "significantly", "dramatically", "markedly", "vastly"
//   2. a word of size in front of a change or result:   "a big drop", "a marked drop in churn", "major savings"
//   3. a comparative about the result:                  "better onboarding", "quicker and simpler", "smoother
//                                                        releases", "more reliable", "less toil", "fewer pages"
//   4. a verb of change with no size:                   "improved trust", "reduced manual effort", "sped up CI"
// plus the vague amounts "a lot", "lots of", "tons of", "a great deal", and a near-zero told with a hedge instead of a count
// ("all but disappeared", "practically vanished", "se quedaron en casi nada": "disappeared" alone is a zero, a count).
// A claim is sized — and so not reported — when its clause holds a quantity (./quantity.ts): "cut costs
// significantly, from $40k to $25k a month". Claims about what the speaker understood ("a better understanding"),
// about a choice ("a better option"), negated claims ("did not improve") and set terms ("higher-level",
// "lower priority", "no more") are not results. What a claim is about decides whether a number belongs: a
// claim whose target (the noun phrase after it, else its subject) is a soft outcome — trust, morale, awareness,
// a person — is not reported; "more" + an adjective counts only for a quality of a result (word classes come from
// the language layer, nlp/).
import { findQuantities } from './quantity';
import { CJK_SCRIPT } from './util';
import { understand } from '../nlp/analyze';
import { pastForm } from '../nlp/lexicon';
import { CJK_CHANGE_OF_STATE, CJK_CHANGE_VERBS, CJK_NOT_A_RESULT_BEFORE, CJK_SIZE_ADVERBS, EMPTY_WORDS, NOT_A_RESULT_BEFORE, SOFT_OUTCOMES, UNSIZED_CHANGE_FORMS } from '../knowledge/change-words';
import type { Pos, Token } from '../nlp/types';

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
  'drops?|decreases?|declines?|reductions?|cuts?|falls?|dips?|increases?|rises?|growth|revenue|profits?|sales|losses|gains?|boosts?|jumps?|improvements?|uplifts?|lifts?|speed-?ups?|savings?|wins?|impacts?|differences?|effects?|progress|leaps?|changes?|accelerations?|upticks?|surges?|turnarounds?|returns?|roi|efficienc(?:y|ies)|benefits?|value|success|successes|results?|payoffs?|upgrades?|strides|headway|traction|momentum';
/** Comparative adjectives and adverbs of a result. */
const COMPARATIVE =
  'better|faster|quicker|simpler|smoother|cheaper|easier|safer|cleaner|healthier|happier|stronger|tighter|leaner|lighter|shorter|higher|lower|fewer|less|greater|larger|smaller|bigger|broader|wider|richer|clearer|sharper|sturdier|snappier|speedier|slimmer|calmer|quieter|steadier|saner|nicer|tidier|leaner|deeper|more';
/** Verbs of change that say which way a result moved but not how far. */
const CHANGE_VERB =
  'improv(?:ed|es|ing)|enhanc(?:ed|es|ing)|boost(?:ed|s|ing)|strengthen(?:ed|s|ing)|streamlin(?:ed|es|ing)|accelerat(?:ed|es|ing)|simplif(?:ied|ies|ying)|increas(?:ed|es|ing)|reduc(?:ed|es|ing)|decreas(?:ed|es|ing)|lowered|lowering|grew|grown|rose|risen|declined|shrank|shrunk|climbed|soared|plummeted|surged|minimi[sz](?:ed|es|ing)|maximi[sz](?:ed|es|ing)|sped up|speeds? up|speeding up|(?:went|gone|goes) (?:way |well |much |far |right )?(?:up|down)|came down|come down|dropped|fell|fallen|(?:is|are|was|were) (?:way |well |much )?(?:down|up)|jumped|spiked|dipped|skyrocketed|dwindl(?:ed|es|ing)|plung(?:ed|es|ing)|tumbl(?:ed|es|ing)|nosedived|balloon(?:ed|s|ing)|shot up|crept (?:up|down)|taper(?:ed|s|ing) off|cut(?:s|ting)? down on|shortened|tightened|raised|lifted|slashed|trimmed|mitigated|cut|cuts|cutting|saved|saving|saves';
/** Qualities a result can be said to reach without a measure: "became reliable", "is now predictable". */
const QUALITY =
  'reliable|predictable|maintainable|scalable|stable|robust|consistent|efficient|resilient|secure|usable|intuitive|user-friendly|responsive|performant|smooth|seamless|manageable|readable|testable|observable|accurate|fast|quick|easy|simple|clean|healthy|productive|transparent|dependable|sustainable|flexible|extensible|effortless|painless|frictionless|snappy|rock-solid|bulletproof|error-free|hassle-free|streamlined|optimi[sz]ed';
/** Adjectives that judge a whole result as good without sizing it: "ended up being financially successful". */
const VERDICT_ADJ = 'successful|profitable|effective|impactful|lucrative|well[- ]received|a (?:great |big |huge |massive |real )?(?:success|hit)';
const BECAME = 'became|become|becomes|becoming|got|gets|turned|is now|are now|was now|were now|feels|felt|stayed|remained|been';
/** Results that an intensified grade sizes without a number: "very high quality", "really strong adoption". */
const GRADED_RESULT =
  'quality|results?|outcomes?|performance|adoption|uptake|reliability|availability|stability|throughput|efficiency|productivity|satisfaction|engagement|retention|accuracy|coverage|conversion|growth|returns?';
/** A change named as the result: "led to an increase in sign-ups", "we saw improvements across the board". */
const RESULT_CHANGE = 'improvements?|increases?|reductions?|decreases?|gains?|savings|drops?|declines?|uplifts?|boosts?|speed-?ups?|rises?|jumps?|growth';
const VAGUE_AMOUNT = "a fraction of|a lot|lots of|tons of|a ton of|a great deal|loads of|heaps of|way more|way less|far more|far less|much more|much less|so much";

const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(${DEGREE_ADVERB})|(?:an?\\s+|the\\s+)?(${SIZE})(?:\\s+(?:and\\s+)?(?!(?:the|a|an|this|that|these|those|our|my|their|his|her|its)\\s)[\\p{L}-]+)?\\s+(${CHANGE_NOUN})|(${COMPARATIVE})|(${CHANGE_VERB})|(${VAGUE_AMOUNT})|(?:${BECAME})\\s+(?:(?:more|much more|far more|far|much|very|really|so|truly|fully|completely|significantly|noticeably|extremely|incredibly|super)\\s+)?(${QUALITY})(?:\\s+and\\s+(?:more\\s+)?(?:${QUALITY}))?|(?:${BECAME}|was|were|is|are|being|end(?:ed|s)?\\s+up(?:\\s+being)?|proved(?:\\s+to\\s+be)?|turned\\s+out(?:\\s+to\\s+be)?)\\s+(?:(?:very|really|highly|hugely|extremely|quite|truly|[\\p{L}]+ly)\\s+)?(${VERDICT_ADJ})|(?:very|really|extremely|incredibly|exceptionally|super|truly|consistently)\\s+(?:high|good|great|excellent|outstanding|strong|positive|impressive|solid)[-\\s]+(${GRADED_RESULT})|(?:(?:saw|seen|see|sees|brought|brings|delivered|drove|achieved|achieving|noticed|observed|recorded|led\\s+to|leads\\s+to|resulted\\s+in|results\\s+in|produced|yielded|there\\s+(?:was|were|has\\s+been))\\s+(?:an?\\s+|some\\s+)?(?:(?:overall|general|steady|consistent|further)\\s+)?|(?:an?|some)\\s+(?=(?:${RESULT_CHANGE})\\s+in\\s))(${RESULT_CHANGE})|(?:is|are|was|were|became|become|becomes|got|has\\s+been|have\\s+been)\\s+(?:now\\s+)?(?:(?:almost|nearly|virtually|practically)\\s+)?(minimal|negligible|rare|marginal|nonexistent|non-existent|a\\s+thing\\s+of\\s+the\\s+past|a\\s+rarity|a\\s+rare\\s+(?:sight|event|occurrence|thing)|few\\s+and\\s+far\\s+between)|(?:exceed|exceeded|exceeding|exceeds|surpass|surpassed|surpasses|surpassing|outperformed|outperforming|beat)\\s+(?:(?!(?:and|or|but|with|while|by|in|on|to)\\s)[\\p{L}'’-]+\\s+){0,3}(targets?|expectations?|goals?|projections?|forecasts?|estimates?|kpis?|benchmarks?|quotas?)|(ahead\\s+of\\s+(?:the\\s+)?(?:schedule|plan|deadline|timeline)|(?:well|comfortably|way|far|long|much|easily)\\s+(?:before|ahead\\s+of|in\\s+advance\\s+of|inside|within|under)\\s+(?:the\\s+|our\\s+|its\\s+|their\\s+)?(?:(?:planned|promised|original|agreed|committed|expected|target|estimated|allotted|official|new|revised|final|hard|tight)\\s+)?(?:schedule|plan|deadline|timeline|due\\s+date|launch\\s+date|date|estimate|budget|time(?:frame|line)?)|in\\s+advance\\s+of\\s+(?:the\\s+|our\\s+)?(?:(?:planned|promised|original|agreed|committed|target|new|revised|final|hard|tight)\\s+)?(?:deadline|due\\s+date|launch\\s+date|schedule)|(?:earlier|sooner|faster|quicker)\\s+than\\s+(?:planned|promised|scheduled|estimated|expected|forecast|committed|agreed)|(?:under|below)\\s+budget|(?:beat|beats|beating|beaten)\\s+(?:the\\s+|our\\s+|its\\s+|their\\s+)?(?:(?:planned|promised|original|agreed|committed|target|estimated)\\s+)?(?:date|deadline|schedule|timeline|estimate|due\\s+date|launch\\s+date))|(?:all\\s+but|almost|nearly|practically|virtually|more\\s+or\\s+less|largely|mostly)\\s+(disappeared|vanished|dried\\s+up|evaporated|went\\s+away|faded\\s+away|died\\s+(?:down|out)))(?![\\p{L}\\p{N}-])`,
  'giu',
);

/** What follows a comparative and makes it something other than a claim about a result. */
const NOT_RESULT_AFTER =
  /^\s+(?:about\b|(?:and\s+\w+\s+)?(?:understanding|sense|idea|grasp|picture|appreciation|feel|insights?|perspective|knowledge|awareness|judgment|judgement|intuition|mental model|option|options|approach|way|choice|fit|solution|plan|alternative|candidate|question|off)|priority|priorities|level|levels|studies|education|ups?|suited|known|placed|equipped|prepared|positioned|informed|management|leadership|tier|tiers|environments?|bound|half|end|part|or less|often than not|importantly|specifically|generally|broadly|so|of (?:a|an|the)\b)(?![\p{L}])/iu;
const SELF_BEFORE =
  /(?:\b(?:i|we)\s+(?:\w+\s+)?(?:learned|learnt|learn|gained|gain|grew|grow|picked up|took away)\s+(?:so\s+|quite\s+)?|\b(?:i|i've|i have|i had)\s+(?:also\s+|really\s+)?(?:became|become|got|gotten|getting|grew|feel|felt|am|was|have been|had been)\s+(?:\w+\s+){0,2}|\b(?:i'm|i am)\s+(?:\w+\s+)?)$/iu;
/** "I became more confident with X and more diligent": everything in that clause describes the speaker. */
const SELF_STATE_BEFORE = /\b(?:i|i've|i have|i had)\s+(?:also\s+|really\s+)?(?:became|become|got|grew|feel|felt|am|was|have become)\b[^.;!?\n]{0,80}$/iu;
/** The speaker as the subject of the clause so far: "I", "I'm", "I have", "helps me". */
const SPEAKER_SUBJECT = /\b(?:i|i'm|i've|i'd|i am|i have|i had)\b/iu;
/**
 * A comparison with another way of working, not with the past: "stronger results than we could individually",
 * "better ideas than any of us alone".
 */
const THAN_ALTERNATIVE =
  /^\s+(?:[\p{L}-]+\s+){0,2}than\s+(?:[\p{L}']+\s+){0,3}(?:could|would|might|can|alone|individually|separately|on\s+(?:my|our|their|his|her)\s+own|by\s+(?:myself|ourselves|themselves))\b/iu;
const INTENT_BEFORE =
  /\b(?:in order|so as|aim(?:ed|ing|s)?|want(?:ed|ing|s)?|prefer(?:s|red|ring)?|(?:would|'d)\s+(?:like|love|prefer)|(?:i|we)\s+(?:like|love)|tr(?:ied|y|ying)|plan(?:ned|ning|s)?|goal (?:was|is)|hop(?:ed|ing|e)|intend(?:ed|s)?|sought|seek(?:ing)?|need(?:ed|s)?|meant|asked|expected)\s+to\s+(?:[\w'’-]+\s+){0,8}$/iu;
/**
 * What a comparison is made with when it tells a change in a result: the past ("than before", "than it was", "than
 * the old system", "than last quarter") or the plan ("than expected", "than the target"). Any other thing after
 * "than" is another option, and the comparison a choice between them.
 */
const THAN_PAST_OR_PLAN =
  /^\s+than\s+(?:(?:it|they|we|this|that|things|i)\s+(?:was|were|used\s+to|had|did|were\s+before|could\s+before)\b|(?:[\p{L}'’-]+\s+){1,4}(?:ever\s+(?:did|had|was|were|could|managed)|used\s+to)\b|before|ever|previously|earlier|expected|planned|anticipated|estimated|forecast|projected|promised|predicted|usual|normal|average|originally|initially|at\s+(?:the\s+)?(?:start|launch|beginning)|in\s+the\s+past|(?:the|our|its|their|my|his|her)\s+(?:[\p{L}-]+\s+)?(?:old|previous|prior|former|original|legacy|existing|current|last|baseline|manual|earlier|first|target|goal|plan|estimate|forecast|budget|sla|benchmark)\b|(?:the\s+)?(?:old|previous|prior|former|original|legacy|existing|current|manual)\b|last\s+(?:[\p{L}]+\s+)?(?:year|quarter|month|week|sprint|release|time|season)|(?:a|one|two|three|six)\s+(?:years?|quarters?|months?|weeks?)\s+(?:ago|earlier|before)|the\s+(?:year|quarter|month|week|sprint)\s+before|(?:the\s+)?(?:baseline|target|goal|plan|budget|estimate|forecast|benchmark))/iu;
/** "by", "from" or "to" giving a size ("improved by 30%", "from 9 to 4"); "by volunteering" gives the means. */
const SIZED_BY = /^\s+(?:from|to|by(?!\s+[\p{L}]+ing\b))\b/iu;
const COUNTERFACTUAL = /\b(?:could|would|might|should)(?:n't|\s+not)?\s+have\b|\b(?:could|would|might|should)'ve\b/iu;
const SELF_AFTER = /^\s+(?:(?:both\s+)?my|myself|me)\b/iu;
// (the lookahead names the letters a negator starts with, so most places fail at once: same matches, about 4x faster)
const NEGATION_BEFORE = /(?=[nchwbsk])(?:\bnot|\bcannot|n't|\bnever|\bno|\bwithout|\bnor|\bneither|\bhardly|\bbarely|\bstopped|\bceased|\bkept)\s+(?:\w+\s+){0,2}$/iu;
const SET_TERM_BEFORE = /(?:\bno|\bany|\bonce|\bmore\s+or|\bmore\s+and)\s+$/iu;
/** A count before "more"/"fewer" makes it an amount, not a comparison: "one more day", "two more developers", "3 fewer steps". */
const COUNT_BEFORE = /(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|couple\s+of|\d+(?:[.,]\d+)?)|\ba\s+couple)\s+$/iu;

/**
 * What a claim is about decides whether a number belongs there. Soft outcomes — how people relate, feel or think —
 * are not sized in an answer ("improved trust with the client", "the team became more cost-aware", "more
 * responsibility"); a claim about them is not vague impact. Results that are counted or timed are:
 * "better onboarding", "fewer incidents", "productivity increased".
 */
// (and a chance of harm rather than a count of it: "minimized risk", "reduced regression risk", "deployed it with lower
// risk", "less uncertainty" — how likely a bad thing is, which nobody measures in a story; "fewer regressions" and
// "reduced manual errors and compliance risks" still claim by their counted head)
const SOFT_TARGET =
  /^(?:risks?|uncertaint(?:y|ies)|likelihood|odds|chances?|danger|trust|lives|life|world|society|communit(?:y|ies)|well-being|wellbeing|gratitude|thanks|praise|kudos|compliments|trusted|morale|relationships?|relations|rapport|collaboration|communication|confidence|comfort|comfortable|comfortably|responsibilit(?:y|ies)|ownership|awareness|aware|[\p{L}]+-aware|conscious|[\p{L}]+-conscious|mindful|careful|cautious|understanding|appreciation|questions?|habits?|culture|buy-in|alignment|aligned|credibility|respect|reputation|mood|spirit|tone|atmosphere|climate|empathy|teamwork|partnership|perspective|judg(?:e)?ment|mindset|transparency|happier|happy|excited|motivated|engaged|empowered|invested|eager|willing|open|receptive|proactive|disciplined|independent|autonomous|goodwill|friendship|bond|bonds|camaraderie|cohesion|visibility|voice|say|influence|recognition|exposure|role|roles|title|opportunit(?:y|ies)|career|skills?|expertise|know-how|capabilit(?:y|ies)|abilit(?:y|ies)|mentoring|coaching|engineers?|developers?|leaders?|managers?|communicators?|person|colleagues?|teammates?|listeners?|mentors?|professionals?|people)$/iu;
/** A noun phrase that ends in "between"/"among"/"with" people or teams. */
const RELATION_AFTER =
  /^\s*(?:[\p{L}'’-]+\s+){1,4}?(?:between|among|amongst|with)\s+(?:(?:the|our|my|their|both|two|three|all|other|different|partner|sister|[\p{L}]+'s)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:teams?|people|us|them|groups?|departments?|squads?|sides|colleagues|teammates|members|engineers|developers|designers|managers|leads|stakeholders|partners|vendors?|clients?|customers?|(?:[\p{L}-]+\s+and\s+[\p{L}-]+))(?![\p{L}])/iu;
/** Nouns naming an aspect of a thing, whose kind is the thing's: "the state of our relationship", "the health of our tests". */
const ASPECT_HEAD = /^(?:nature|state|health|condition|dynamics?|character|quality)$/iu;
const MEASURED_TARGET =
  /^(?:productivity|efficiency|performance|latency|speed|throughput|costs?|spend|spending|bill|bills|revenue|sales|profit|margin|conversions?|retention|churn|errors?|incidents?|outages?|bugs?|defects?|failures?|tickets?|complaints?|escalations?|pages?|alerts?|load|uptime|availability|reliability|adoption|usage|engagement|sign-?ups?|traffic|savings|coverage|accuracy|quality|satisfaction|scores?|nps|csat|time|times|hours|minutes|days|onboarding|releases?|deploys?|deployments?|builds?|toil|effort|workload|backlog|downtime|rework|waste|response|responses|wait|waits|queue|queues|delays?|lead|cycle|velocity|output|yield|growth|users?|customers?|orders?|requests?|calls?|volume)$/iu;

const FUNCTION_WORD =
  /^(?:and|or|but|nor|the|a|an|to|than|for|in|on|of|with|by|because|as|at|after|before|from|into|over|under|it|its|this|that|these|those|our|their|my|his|her|we|they|i|you|was|were|is|are|be|been|so|then|when|while|if|across|through|during|since|until|without|via|per|now|today|again|overall|too|also|still|yet|there|here|than|ever|afterwards|later|since|thanks|due|once|until|unless)$/iu;

/** Verbs of asking for, needing, gathering or being granted something, before "more": the thing is an input ("while we gathered more data"). */
const REQUEST_BEFORE =
  /\b(?:need|needs|needed|needing|require[sd]?|requir(?:ing)|ask(?:ed|s|ing)?\s+for|gather(?:ed|s|ing)?|collect(?:ed|s|ing)?|wait(?:ed|s|ing)?\s+for|look(?:ed|s|ing)?\s+for|seek(?:s|ing)?|sought|dig(?:s|ging)?\s+(?:up|for)|dug\s+(?:up|for)|request(?:ed|s|ing)?|secur(?:e|ed|es|ing)|negotiat(?:e|ed|es|ing)|allocat(?:e|ed|es|ing)|grant(?:ed|s|ing)?|g[ai]ve|given|giving|buy|bought|win|won|earn(?:ed)?)\s+(?:(?:us|me|them|him|her|the\s+team|a\s+bit|a\s+little|some|much|a\s+lot)\s+)?$/iu;
const INPUT_NOUN =
  /^\s+(?:(?:junior|senior|experienced|skilled|qualified)\s+)?(?:resources?|developers?|devs?|engineers?|headcount|staff|hands|contractors?|hires?|budget|funding|people\s+(?:on|to)\b|help|support\s+from|time\s+to)(?![\p{L}])/iu;


const WORDS = /[\p{L}][\p{L}'’-]*/gu;

/** The words of a text, lower-cased. */
function wordsOf(text: string): string[] {
  return (text.match(WORDS) ?? []).map((w) => w.toLowerCase());
}

/** Words that end a noun phrase (adverbs in -ly too, but not the adjectives "daily", "weekly", "costly"). */
const PHRASE_STOP =
  /^(?:in|of|for|with|to|on|at|by|from|than|across|after|before|during|over|under|among|between|within|since|because|so|while|when|once|until|unless|whenever|although|though|whereas|if|which|that|who|as|into|through|thanks|due|without|per|but|or|now|today|overall|too|also|again|is|are|was|were|be|been|has|have|had|early|earlier|later|first|then|instead|already|together|anymore|afterwards|(?!(?:daily|weekly|monthly|yearly|quarterly|hourly|nightly|friendly|costly|timely|early)$)[\p{L}]+ly)$/iu;
const LEADING = /^(?:the|a|an|my|our|their|his|her|its|this|that|these|those|both|much|far|way|even|more|less|a lot|significantly|considerably|very|really|so|overall|much)$/iu;

/** The head words of the noun phrase right after a claim: the last word of each conjunct. */
function targetHeads(afterText: string): string[] {
  const phrase: string[] = [];
  const ws = wordsOf(afterText.split(/[,.;:!?()]/u)[0]);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    // ("the overall performance": a leading word is skipped before it could end the phrase)
    if (phrase.length === 0 && LEADING.test(w)) continue;
    // "thanks" ends the phrase only as "thanks to"; else it is a noun ("the team's thanks").
    if ((PHRASE_STOP.test(w) && !(w === 'thanks' && ws[k + 1] !== 'to')) || (phrase.length === 0 && /^(?:and|people|everyone|everybody|we|they|i)$/u.test(w))) break;
    if (phrase.length === 0 && LEADING.test(w)) continue;
    if (phrase.length > 0 && DETERMINER.test(w)) break; // a new noun phrase: "a larger role the next cycle"
    phrase.push(w);
    // (conjunctions join heads; they do not count: "better time estimation and project management skills")
    if (phrase.filter((x) => x !== 'and' && x !== 'or').length >= 5) break;
  }
  // The head of each conjunct is its last word: "developer experience" is an experience, "stakeholder trust" trust.
  const heads: string[] = [];
  let chunk: string[] = [];
  for (const w of [...phrase, 'and']) {
    if (w === 'and' || w === 'or') {
      if (chunk.length > 0) heads.push(chunk[chunk.length - 1]);
      chunk = [];
    } else chunk.push(w);
  }
  return heads;
}

/**
 * "This" or "That" opening a sentence before a verb in -ed is its subject, and the verb tells the result: "This reduced
 * upload errors drastically", "This saved significant debugging time", "That reduced failed deploys" — unless
 * another verb follows in the clause, which makes the participle an adjective of the subject: "This improved version
 * shipped on Monday".
 */
function pronounSubjectVerb(before: string, clauseAfter: string): boolean {
  if (!/(?:^|[.!?;:]\s+|\n[\s>*_-]*|^[\s>*_-]+|\*\*\s*)(?:this|that)\s+$/iu.test(before)) return false;
  const rest = clauseAfter.split(/[,;]|\s(?:and|but|by|from|while|which|so)\s/iu)[0];
  return !/\b(?:is|are|was|were|has|have|had|will|would|can|could|let|lets|made|makes|helped|helps|[\p{L}]{3,}ed)\b/iu.test(rest);
}

/** The head of "my …" after a claim, "overall" and the like skipped: "improved my overall productivity" → productivity. */
function ownedHead(after: string): string {
  const phrase: string[] = [];
  for (const w of wordsOf(after.split(/[,.;:!?()]/u)[0]).slice(1)) {
    if (/^(?:overall|general|daily|own|whole)$/u.test(w) || (phrase.length === 0 && w === 'my')) continue;
    if (PHRASE_STOP.test(w) || w === 'and' || w === 'or' || phrase.length >= 3) break;
    phrase.push(w);
  }
  return phrase[phrase.length - 1] ?? '';
}

/**
 * Whether the claim is about a soft outcome only. Its target is the noun phrase right after it ("more confidence
 * in the release process", "improving both morale and productivity"), else its subject ("Morale improved", "the
 * team became more cost-aware"): soft when that names something soft and nothing counted or timed.
 */
function aboutSoftOnly(before: string[], claim: string[], afterText: string): boolean {
  // A vague amount is about what it counts: "a lot of drivers' appreciation" is about appreciation.
  const ofAmount = /(?:lot|lots|tons?|deal|loads|heaps|fraction)$/u.test(claim[claim.length - 1] ?? '') || claim[claim.length - 1] === 'of';
  // ("lots of people": people are not a result)
  if (ofAmount && /^\s*(?:of\s+)?(?:(?:other|new|different|smart|talented|great)\s+)?(?:people|persons|colleagues|folks|friends|teammates|strangers)\b/iu.test(afterText)) return true;
  // A degree told as an amount after a verb of change is no object: "Trust between the teams grew a lot", "morale
  // improved a great deal" are about their subject ("a lot of sign-ups" still counts what follows "of").
  const degreeAfter = !ofAmount && DEGREE_AMOUNT.test(afterText);
  let heads = degreeAfter ? [] : targetHeads(ofAmount ? afterText.replace(/^\s*of\b/iu, '') : afterText).map((h) => h.replace(/['’]s?$/u, ''));
  // ("improved the state of our relationship with sales": the aspect's kind is what it is of.)
  if (heads.length === 1 && ASPECT_HEAD.test(heads[0])) {
    const of = new RegExp(`\\b${heads[0]}\\s+of\\s+([^,.;:!?()]*)`, 'iu').exec(afterText);
    if (of) heads = targetHeads(' ' + of[1]);
  }
  const judge = (words: string[]): 'measured' | 'soft' | undefined => {
    let soft = false;
    for (const w of words) {
      if (MEASURED_TARGET.test(w)) return 'measured';
      if (SOFT_TARGET.test(w)) soft = true;
    }
    return soft ? 'soft' : undefined;
  };
  const own = judge([...claim, ...heads]);
  if (own) return own === 'soft';
  // Something between people is how they relate: "reduced the friction between the two teams", "smoother hand-offs
  // with the design team" ("errors between services" is no relation between people).
  if (heads.length > 0 && RELATION_AFTER.test(afterText)) return true;
  // A head of its own that is neither ("significantly faster development cycles"): a claim about that thing.
  if (heads.length > 0) return false;
  // The subject's head comes before its modifiers: "confidence in releases increased" is about confidence.
  let from = 0;
  for (let i = before.length - 1; i >= 0; i--) if (/^(?:and|or|but|that|which|when|while|because|so)$/u.test(before[i])) { from = i + 1; break; }
  const subject = before.slice(from);
  const prep = subject.findIndex((w) => /^(?:in|of|about|for|with|on|among|across|around|between|toward|towards)$/u.test(w));
  // A head that names an aspect of something takes its kind from what follows "of": "the state of our relationship"
  // is about the relationship, "the quality of our releases" about releases.
  if (prep > 0 && subject[prep] === 'of' && ASPECT_HEAD.test(subject[prep - 1] ?? '')) {
    const rest = subject.slice(prep + 1);
    const next = rest.findIndex((w) => /^(?:in|of|about|for|with|on|among|across|around|between|toward|towards)$/u.test(w));
    return judge(next > 0 ? rest.slice(0, next) : rest) === 'soft';
  }
  return judge(prep > 0 ? subject.slice(0, prep) : before) === 'soft';
}

/** An amount of degree standing for an adverb, not followed by "of": "a lot", "a great deal", "quite a bit", "so much". */
const DEGREE_AMOUNT = /^\s*(?:(?:quite|so|very|really)\s+)?(?:a\s+(?:lot|great\s+deal|good\s+deal|bit|little|ton|whole\s+lot)|lots|tons|so\s+much|very\s+much)(?![\p{L}'’-])(?!\s+of\b)/iu;

/** A verdict on the whole result ("It was a big win.", "The launch was a massive success."): short, about it. */
const VERDICT = /^\s*(?:(?:it|this|that|the \w+(?: \w+)?)\s+(?:was|is|proved|turned out to be|became)\s+(?:(?:widely\s+|generally\s+)?(?:considered|deemed|seen\s+as|regarded\s+as|viewed\s+as|called|hailed\s+as)\s+)?)?(?:an?\s+)?(?:\w+\s+){0,2}(?:success|win|improvement|hit|step forward|game[- ]changer|turnaround|achievement|milestone)(?:\s+(?:by|for|with)\s+(?:[\p{L}'’-]+\s+){0,7}[\p{L}'’-]+)?\s*[.!,]?\s*$/iu;

/**
 * Clause boundaries: sentence ends, semicolons, line breaks, dashes, ", and/but/while…", "while" before a verb in
 * -ing ("cut spend by 30% while handling more traffic": the size belongs to the first), and "and/but" before a new verb.
 */
const CLAUSE_BREAK = /[.!?;](?=\s|$)|\n|\s[—–-]\s|\s?(?:→|⇒|⟶|->|=>)\s?|,\s+(?:and|but|while|whereas|so|which|yet|though|although)\s|\s(?:while|whereas)\s+(?=[\p{L}]+ing\b)|\s(?:and|but)\s(?=\w+ed\b)|,\s+(?=\w+ed\b)/giu;

/** "and"/"but" before a determiner that may open a new subject. */
const NEW_SUBJECT = /\s(?:and|but)\s+(?=(the|our|my|their|its|his|her|this|these|those|a|an|some|many|most|several)\s)/giu;

/** "and" or "as well as" before an indefinite article: the next result in a list of results. */
const AND_RESULT = /\s(?:and|as\s+well\s+as|plus)\s+(?=an?\s)/giu;

/** "and"/"but" before a word, for coordinated verb phrases: "cut release time by 80% and made releases smoother". */
const AND_WORD = /\s(?:and|but)\s+(?=([\p{L}]+)\b)/gu;
/** A comma before a word, for the coordinated verb phrases of a list: "cut build time by 60%, made releases simpler". */
const COMMA_WORD = /,\s+(?=([\p{L}]+)\b)/gu;

function clauseBounds(text: string, posOf?: PosAt): number[] {
  const cuts = [0];
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(text))) cuts.push(m.index + m[0].length);
  // Each verb phrase of a list is a claim of its own, so a size in one does not size the next: a comma followed by
  // a finite verb (the tagger's VERB, not a participle in -ing, which goes on the same claim: "fell, reaching 2 s").
  if (posOf) {
    COMMA_WORD.lastIndex = 0;
    while ((m = COMMA_WORD.exec(text))) {
      const at = m.index + m[0].length;
      if (!/ing$/iu.test(m[1]) && posOf(at) === 'VERB') cuts.push(at);
    }
    // "and"/"but" before a new subject with its own verb opens a clause: in "we cut bugs by 35% and the codebase
    // became much cleaner" the size belongs to the first ("cut errors by 35% and the p95 by half" has no new verb).
    NEW_SUBJECT.lastIndex = 0;
    while ((m = NEW_SUBJECT.exec(text))) {
      const at = m.index + m[0].length;
      const ws = /^(?:[\p{L}'’-]+\s+){1,4}/u.exec(text.slice(at + m[1].length + 1));
      if (!ws) continue;
      let o = at + m[1].length + 1;
      for (const w of ws[0].split(/(?<=\s)(?=\S)/u)) {
        const pos = posOf(o);
        if ((pos === 'VERB' || pos === 'AUX') && !/ing\s*$/iu.test(w)) {
          cuts.push(at);
          break;
        }
        // (a hyphenated modifier, "on-call", is tagged by its parts)
        if (pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PROPN' && !/^[\p{L}]+-[\p{L}]/u.test(w)) break;
        o += w.length;
      }
    }
    cuts.sort((a, b) => a - b);
  }
  cuts.push(text.length);
  return cuts;
}


/**
 * The clause bounds with a cut before each verb phrase joined by "and"/"but", for what sizes a claim: in "we cut
 * release time from three hours to 35 minutes and made releases much smoother" the size belongs to the first verb
 * phrase (the clauses read for conditions, aims and beliefs run on: "it helps me learn … and deliver better results").
 */
function verbPhraseBounds(text: string, bounds: readonly number[], posOf: PosAt): number[] {
  const cuts = [...bounds];
  AND_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AND_WORD.exec(text))) {
    const at = m.index + m[0].length;
    // (a verb told as done, in the past: "and made releases smoother"; "and extend the coverage" is a plan)
    if (pastForm(m[1].toLowerCase()) && posOf(at) === 'VERB') cuts.push(at);
  }
  // Results listed as noun phrases each carry their own size: in "a 50% reduction in response times and a much
  // smoother user experience" the number sizes the first, not the second.
  AND_RESULT.lastIndex = 0;
  while ((m = AND_RESULT.exec(text))) cuts.push(m.index + m[0].length);
  // A result added after a comma and "with" is one of its own: in "engagement rose by 60%, with much longer sessions"
  // the number sizes the rise, not the sessions (withResultCut lets the clause before it be sized by what follows).
  WITH_RESULT.lastIndex = 0;
  while ((m = WITH_RESULT.exec(text))) cuts.push(m.index + m[0].length);
  return cuts.length === bounds.length ? cuts : cuts.sort((a, b) => a - b);
}

/** A comma and "with" opening a result added to the one before it: "rose by 60%, with much longer sessions". */
const WITH_RESULT = /,\s+with\s+/giu;

/** Whether a cut of verbPhraseBounds is one made after ", with": the clause before it may be sized by the clause after. */
function withResultCut(text: string, at: number): boolean {
  return /,\s+with\s+$/iu.test(text.slice(Math.max(0, at - 12), at));
}

/** The word class of the word starting at an offset of the text a claim was found in. */
export type PosAt = (offset: number) => Pos | undefined;

/** A PosAt over tokens with file offsets, for text that starts at file offset `base`. */
export function posAtTokens(tokens: readonly Token[], base: number): PosAt {
  return (offset: number) => {
    const at = base + offset;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < at) lo = mid + 1;
      else if (tokens[mid].start > at) hi = mid - 1;
      else return tokens[mid].pos;
    }
    return undefined;
  };
}

function tagText(text: string): PosAt {
  const lang = understand(text, [{ text, start: 0 }]);
  return posAtTokens(lang.sentences.flatMap((s) => s.tokens), 0);
}

/** One word of a verb of change ("dropped", "grew", "improved"). */
const CHANGE_WORD = new RegExp(`^(?:${CHANGE_VERB})$`, 'iu');
/** A verb of change in the past ("improved", "grew", "sped up"): a change told as done. */
export function pastChangeVerb(words: string): boolean {
  const verb = words.split(' ')[0].toLowerCase();
  return CHANGE_WORD.test(words) && pastForm(verb);
}
const CORRELATIVE = /\bthe\s+(?:more|less|fewer|better|worse|\w+er)\b[^.!?;]*?[,;]?\s*the\s+(?:more|less|fewer|better|worse|\w+er)\b/iu;
const QUALITY_WORD = new RegExp(`^(?:${QUALITY})$`, 'iu');
const DETERMINER = /^(?:the|a|an|my|our|their|his|her|its|this|that|these|those|some|any|all|both|each)$/iu;
/** Verbs of thinking, feeling and speaking. */
const MENTAL_VERB =
  /^(?:realized|realised|learned|learnt|noticed|found|agreed|decided|understood|saw|discovered|identified|figured|appreciated|enjoyed|valued|admired|respected|regretted|thanked|apologized|apologised|explained|asked|told|said|reached|escalated|acknowledged|recognized|recognised|accepted|adapted|adjusted|felt|became|got|moved|pivoted|switched|turned|went|came|jumped|dove|dived|stepped|volunteered|offered)$/iu;

/** Objects of a verb of change that are not results: "raised the issue", "lowered the priority". */
const NOT_RESULT_OBJECT =
  /^(?:issues?|concerns?|questions?|points?|topics?|flags?|alarms?|priorit(?:y|ies)|problems?|scope|bar|ideas?|objections?|matters?|hands?|voice|stakes|awareness|eyebrows|funds|money|capital|round|stake|profile|visibility)$/iu;

const GENERIC_BEFORE =
  /\b(?:leads?|makes?|helps?|tends?\s+to|usually|often|always|generally|typically|(?:can|could|will|would|should|may|might|must)(?!\s+now\b)|work(?:ing)?\s+on|focus(?:ing)?\s+on|strive\s+to|striving\s+to|aim\s+for)\s+(?:[\p{L}'’-]+\s+){0,4}$|\bhelps\s+(?:me|us)\b[^.;!?\n]*$/iu;
const LESSON_BEFORE = /\b(?:i|we)\s+(?:have\s+)?(?:learned|learnt|realized|realised|understood|now know|took away)\b|\btaught\s+(?:me|us)\b|\blessons?\b|\btakeaway\b/iu;

/** `.`, `!`, `?` or a line break: where the sentence scans below stop (a character code test, not a pattern per character). */
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

function sentenceStart(text: string, at: number, within = Infinity): number {
  let a = at;
  const stop = Math.max(0, at - within);
  while (a > stop && !endsSentence(text.charCodeAt(a - 1))) a--;
  return a;
}

/** The sentence around a span of the text. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !endsSentence(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && !endsSentence(text.charCodeAt(b))) b++;
  return text.slice(a, Math.min(text.length, b + 1));
}

/** The sentence before the one holding `start`. */
function previousSentence(text: string, start: number): string {
  let a = start;
  while (a > 0 && !endsSentence(text.charCodeAt(a - 1))) a--;
  let b = a - 1;
  while (b > 0 && !endsSentence(text.charCodeAt(b - 1))) b--;
  return a > 0 ? text.slice(Math.max(0, b), a) : '';
}

/** The sentence after the one holding `end`. */
function nextSentence(text: string, end: number): string {
  let b = end;
  while (b < text.length && !/[.!?\n]/u.test(text[b])) b++;
  b++;
  let c = b;
  while (c < text.length && !/[.!?]/u.test(text[c])) c++;
  return text.slice(b, c + 1);
}

/** Systems that can be up or down: when one "went down" it failed. */
const SYSTEM_NOUN =
  /^(?:service|services|site|sites|website|websites|server|servers|app|apps|application|applications|database|databases|db|dbs|cdn|api|apis|cluster|clusters|network|platform|system|systems|production|prod|portal|backend|back-end|frontend|front-end|node|nodes|host|hosts|machine|machines|checkout|gateway|instance|instances|environment|staging|everything|it|storefront|shop|store|broker|queue|cache|vpn|email|dns|login|auth)$/iu;

/** The speaker holding a view, in the present: a belief, a confidence, an opinion, a preference. */
const BELIEF =
  /(?:^|[^\p{L}'])(?:(?:i|we)\s+(?:(?:also|really|truly|strongly|firmly|genuinely|still|do|personally)\s+)*(?:think|believe|feel|trust|hope|reckon)|(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:(?:very|really|quite|fully|also|absolutely)\s+)?(?:confident|sure|certain|convinced|positive)|in\s+my\s+(?:opinion|view|experience)|what\s+(?:i|we)\s+(?:really\s+)?(?:like|love|enjoy|value)(?:\s+most)?)(?![\p{L}'])/giu;
/** A word that tells something done or that was: a past verb or a past auxiliary. */
const PAST_AUX = /^(?:was|were|had|did|got|became|came|went|made)$/iu;

/**
 * Whether the claim at [start, end) is told inside a view the speaker holds now (BELIEF, earlier in its sentence),
 * about how things are or will be: nothing between the view and the claim, nor the claim itself, is in the past, and
 * the claim is not said to hold "now" (a present result: "we feel releases are much smoother now").
 */
function heldBelief(text: string, start: number, end: number, posOf: PosAt): boolean {
  const from = sentenceStart(text, start, 300);
  BELIEF.lastIndex = 0;
  const head = text.slice(from, start);
  let m: RegExpExecArray | null;
  let at = -1;
  while ((m = BELIEF.exec(head))) at = m.index + m[0].length;
  if (at < 0) return false;
  const claim = text.slice(start, end).toLowerCase();
  if (pastChangeVerb(claim.split(/\s+/u).slice(0, 2).join(' ')) || pastChangeVerb(claim.split(/\s+/u)[0] ?? '')) return false;
  // ("cut" is the same in both tenses: past unless a modal or "to" puts it ahead — "I believe the change cut errors")
  if (/^cut\b/u.test(claim) && !/\b(?:will|would|can|could|may|might|should|must|to|helps?|lets?|makes?)\s+(?:[\p{L}]+\s+)?$/iu.test(head)) return false;
  const rest = text.slice(end, end + 60).split(/[.;!?\n]/u)[0];
  if (/\b(?:now|today|since|anymore|any\s+more)\b/iu.test(rest) || /\bnow\b/iu.test(head.slice(at))) return false;
  const WORD = /[\p{L}][\p{L}'-]*/gu;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(head.slice(at)))) {
    const word = w[0].toLowerCase();
    if (PAST_AUX.test(word)) return false;
    if (pastForm(word) && posOf(from + at + w.index) === 'VERB') return false;
  }
  return true;
}

/** Things the speaker builds or works on: a verb of change on one is a step of the work, not a result. */
const ARTIFACT =
  /^(?:code|codebase|validations?|checks?|flows?|forms?|pages?|screens?|modules?|components?|functions?|queries|query|schemas?|configs?|configuration|scripts?|docs|documentation|tests?|suites?|layouts?|ui|apis?|endpoints?|handlers?|logic|rules?|templates?|prompts?|dashboards?|designs?|drafts?|prototypes?|models?|algorithms?|implementation|setup|steps?)$/iu;

/** The head of the object after a verb: its last word before a preposition, a stop or a new clause. */
function objectHead(afterWords: readonly string[]): string {
  let head = '';
  for (const w of afterWords) {
    if (PHRASE_STOP.test(w) || w === 'and' || w === 'or') break;
    if (DETERMINER.test(w)) continue;
    head = w;
  }
  return head;
}

/** Whether the speaker is the one acting in the sentence so far: "I ...", "I built X, simplified ...". */
function speakerActs(text: string, start: number): boolean {
  // (back to a full stop followed by a space, so "Next.js" does not end the sentence)
  let a = start;
  while (a > 0 && !(/[.!?]/u.test(text[a - 1]) && /\s/u.test(text[a] ?? ' ')) && text[a - 1] !== '\n') a--;
  return /(?:^|[^\p{L}])(?:i|we)\s+(?!(?:was|were|am|felt|feel|think|thought|believe|found|saw|noticed)\b)/iu.test(text.slice(a, start));
}

/** Whether an object phrase names something measured, by its first or last word: "the time required", "costs". */
function measuredObject(phrase: string): boolean {
  const ws = wordsOf(phrase).filter((w) => !DETERMINER.test(w));
  return ws.length > 0 && (MEASURED_TARGET.test(ws[0]) || MEASURED_TARGET.test(ws[ws.length - 1]));
}

/**
 * A past form after "that" opening a relative clause, the verb of that clause: "a hybrid architecture that optimized
 * performance", "a cache that improved load times" — "that" right after a noun, and the form a past one ("the
 * enhanced dashboard" and "that improved version" keep the participle an adjective: no noun before "that").
 */
function relativeThatVerb(before: string, start: number, word: string, posOf: PosAt): boolean {
  const rel = /([\p{L}][\p{L}'-]*)\s+that\s+$/u.exec(before);
  if (!rel || !pastChangeVerb(word)) return false;
  const pos = posOf(start - before.length + rel.index);
  return pos === 'NOUN' || pos === 'PROPN';
}

/** Whether a verb is followed by its object ("priorities improved my productivity"), not a full stop or an adverb. */
function takesObject(after: string, end: number, posOf: (offset: number) => Pos | undefined): boolean {
  const w = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(after);
  if (!w) return false;
  if (DETERMINER.test(w[1])) return true;
  const pos = posOf(end + w[0].length - w[1].length);
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'NUM' || pos === 'PRON';
}

/** Every unsized claim about a result in the text, in order. */
export interface VagueOptions {
  /**
   * The answer is about the speaker's own growth (the weakness question): a claim whose subject is the speaker
   * ("I have made real progress on it") tells how they changed, not a result that a number belongs to.
   */
  aboutSpeaker?: boolean;
}

/**
 * A verb of change with no size, in Chinese, Japanese or Korean: "顧客満足度を向上させました" (raised customer
 * satisfaction), "客户影响降到最低" (customer impact brought to a minimum), "정확도를 높일 수 있었습니다" (could raise
 * the accuracy). Read clause by clause (a full-width comma ends a clause): a quantity in the clause sizes it ("效率提升
 * 40%"). Not claims: a negated change ("没有提高"), an aim, a wish, a plan or a condition ("为了提高", "希望提升",
 * "如果…会提高", "向上させたい", "높이기 위해"), a promotion ("被提升为"), 向上 in Chinese ("upward": "积极向上", "向上管理"; it is "improvement" in Japanese), and growth
 * in the speaker or in a soft outcome (ability, confidence, trust, communication, relationships).
 */
// (and the changes told of the thing itself, intransitive: "줄었습니다", "빨라졌고", "減った", "速くなった", "变快了")
const CJK_CHANGE = new RegExp(
  // (a verb of change by its word, or an adverb of size before a change of state by its form: "大幅に減り", "훨씬 빨라졌")
  `(?:${CJK_CHANGE_VERBS.join('|')}|(?:${CJK_SIZE_ADVERBS.map(([, a]) => a).join('|')})[^。！？!?；;，,、\\n]{0,12}?(?:${CJK_CHANGE_OF_STATE.map(([, f]) => f).join('|')}))`,
  'gu',
);
const CJK_NOT_RESULT_BEFORE = new RegExp(`(?:${CJK_NOT_A_RESULT_BEFORE.join('|')})`, 'u');
// (nor the change named as work done, "プロセス改善を行い", "进行优化", nor a time after it, "优化以后，…")
// (and a Korean aim or a change named as a way or a thing: "개선하려고" (so as to improve), "줄이는 방법" (the way to
// reduce))
const CJK_NOT_RESULT_AFTER = /^(?:为|為|させたい|したい|하고\s?싶|하기\s?위|시키기\s?위|기\s?위|고\s?싶|하?려고|하?려는|하고자|(?:하|시키)?는\s?(?:방법|법)|を行|を実施|を進め|に取り組|以后|之后|以後|之後|后[，,]|後[、，,])/u;
/** A Chinese aim told by the means before it: "通过…来提高", "以减少" (a change not followed by 了 or 过). */
// (not 来 ending a word of its own, "带来", "起来", "后来", nor 以 in "所以", "得以", "加以")
const ZH_PURPOSE_BEFORE = /(?:(?<![带帶起下出过過后後原本未以上进進回])[来來]|(?<![所得予加难難可足])以)\s*$/u;
/** Examples or a list of topics named in the sentence: "比如性能优化、稳定性提升", "…优化和服务器维护等". */
const ZH_EXAMPLES_BEFORE = /(?:比如|例如|譬如|诸如|諸如|包括)/u;
const ZH_ETC_AFTER = /^[^。！？!?\n了]*?等(?![待候级級到于於同])/u;
const CJK_SOFT = /(?:能力|技能|信心|自信|信任|信頼|沟通|溝通|关系|關係|関係|意识|意識|认识|認識|理解|自己|自我|经验|經驗|知识|知識|士气|士氣|积极|積極|역량|능력|자신감|신뢰|소통|관계|스스로|저\s?자신|실력|성장)/u;
const CJK_CLAUSE = /[^。！？!?；;，,\n]+/gu;
/** The speaker's modal of what will happen, in Chinese and Japanese: will, want, plan, hope ("我会", "我们打算", "〜たい"). */
const CJK_MODAL = /(?:我|我们|我們)[^，,。]{0,4}?(?:会|會|将|將|(?<![主重需只总總])要|想|希望|打算|计划|計劃|准备|準備)|(?:たい|つもり|予定)/u;
/** Japanese: a wish, a plan, a belief or an ability closing the sentence ("〜たい", "〜と考えています", "〜と思います", "〜できる"). */
const JA_VIEW_AFTER = /(?:たい|たく|と考え|と思[いうっ]|つもり|予定|ことができ|できると|できれば)/u;

function findCjkClaims(text: string): VagueClaim[] {
  const out: VagueClaim[] = [];
  CJK_CLAUSE.lastIndex = 0;
  let c: RegExpExecArray | null;
  // Whether the clause before, in the same sentence, told a change that had not happened ("我会提高效率"): a clause
  // after its comma that opens with the next verb of the series shares its modal ("…，减少不必要的加班").
  let unreal: boolean = false;
  while ((c = CJK_CLAUSE.exec(text))) {
    const clause = c[0];
    const continues = c.index > 0 && /[，,、]/u.test(text[c.index - 1]);
    const carried: boolean = unreal && continues;
    unreal = carried;
    CJK_CHANGE.lastIndex = 0;
    const m = CJK_CHANGE.exec(clause);
    // A clause with a modal and no change of its own opens a series that shares it: "平时我会先把任务拆细，提高…，减少…".
    if (!m) {
      if (CJK_MODAL.test(clause)) unreal = true;
      continue;
    }
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + m[0].length);
    if (carried && /^\s*(?:也|并|並|并且|並且|还|還|同时|同時|再|进而|進而)?\s*$/u.test(before) && !/^[了过過]/u.test(clause.slice(m.index + m[0].length))) continue;
    if (findQuantities(clause, true).length > 0) continue;
    if (CJK_NOT_RESULT_BEFORE.test(before)) unreal = true;
    if (CJK_NOT_RESULT_BEFORE.test(before) || CJK_NOT_RESULT_AFTER.test(after) || CJK_SOFT.test(clause)) continue;
    // (向上 is "improvement" in Japanese only: in Chinese it is "upward" — "积极向上", "向上管理", "向上的职业选择")
    if (m[0] === '向上' && (/[积積]极\s?$/u.test(before) || !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(clause))) continue;
    const start = c.index + m.index;
    const sentenceStart = Math.max(...['。', '！', '？', '!', '?', '\n'].map((p) => text.lastIndexOf(p, start - 1))) + 1;
    // A change not told as done (no 了 or 过 after it) that is an aim ("通过参与项目来提高技术水平") or an item of a list of
    // examples or topics ("比如性能优化、稳定性提升", "产品性能优化，安全性优化和部署维护等"): work named, not a result.
    if (!/^[了过過]/u.test(after) && /\p{Script=Han}/u.test(m[0])) {
      if (ZH_PURPOSE_BEFORE.test(before)) continue;
      if (ZH_EXAMPLES_BEFORE.test(text.slice(sentenceStart, start)) || ZH_ETC_AFTER.test(text.slice(start + m[0].length))) continue;
    }
    // A condition opening the sentence reaches over its clauses: "如果是工作需求，…，我也会提高工作效率".
    if (/(?:如果|假如|若是|要是|万一|萬一)/u.test(text.slice(sentenceStart, start))) continue;
    // A wish, a plan or a belief closing the Japanese sentence governs the change in it: "改善していきたいと考えております",
    // "能力の向上に加え、…できると考えています" (what the speaker hopes or thinks they can do, not a result).
    const sentenceEnd = text.slice(start).search(/[。！？!?\n]/u);
    if (JA_VIEW_AFTER.test(text.slice(start, sentenceEnd < 0 ? text.length : start + sentenceEnd))) continue;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}


/**
 * A verb of change told as done, with no size, in Spanish, Portuguese, French and German: "las ventas mejoraron
 * muchísimo", "reduzimos o tempo de resposta", "nous avons nettement amélioré la conversion", "die Kosten deutlich
 * gesenkt", "die Ladezeit sank deutlich"; and a comparative raised by a word of degree, in any of them ("viel seltener",
 * "mucho más rápido", "beaucoup plus stable": German comparatives in lower case, its nouns being capitalised). Read clause by clause (a comma ends a clause), as the Chinese reader does: a quantity in the clause sizes
 * it; not an aim, a wish, a condition or a plan ("para mejorar", "si reducimos", "quiero mejorar", "um … zu
 * verbessern"), a negated change ("no mejoró", "nicht verbessert"), or a soft outcome (communication, trust,
 * relationships, skills, knowledge).
 */
export const OTHER_CHANGE = new RegExp(`(?<![\\p{L}])(?:${UNSIZED_CHANGE_FORMS.map(([, form]) => form).join('|')})(?![\\p{L}])`, 'giu');
const OTHER_NOT_RESULT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NOT_A_RESULT_BEFORE.join('|')})(?![\\p{L}])`, 'iu');
const OTHER_SOFT = new RegExp(`(?<![\\p{L}])(?:${SOFT_OUTCOMES.join('|')})(?![\\p{L}])`, 'iu');
const OTHER_CLAUSE = /(?:(?!\s(?:y|e|et|und|pero|mas|mais|aber|ma|и|но|а|ve|ama|dan|tetapi|namun|và|nhưng|maar|ale|och|і|та|और|ו)\s)[^.!?;:,\n।])+/giu;
/** Words that name nothing: adverbs of degree, articles, pronouns, auxiliaries. */
const OTHER_EMPTY = new RegExp(`^(?:${EMPTY_WORDS.join('|')})$`, 'iu');

function findOtherLatinClaims(text: string): VagueClaim[] {
  const out: VagueClaim[] = [];
  OTHER_CLAUSE.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = OTHER_CLAUSE.exec(text))) {
    const clause = c[0];
    OTHER_CHANGE.lastIndex = 0;
    const m = OTHER_CHANGE.exec(clause);
    if (!m) continue;
    if (OTHER_NOT_RESULT_BEFORE.test(clause.slice(0, m.index)) || OTHER_SOFT.test(clause)) continue;
    // (a German comparative is written in lower case; "viel Wasser" is a noun: the pattern reads case-blind)
    if (/^(?:viel|deutlich|wesentlich|erheblich|spürbar|merklich|weit|stark)\s/iu.test(m[0]) && (!/\s\p{Ll}[\p{L}]*$/u.test(m[0]) || /\s(?:unter|oder|aber|wieder|immer|daher|hier|vier|jeder|einer|keiner|seiner|ihrer|unserer|euer|weiter|wer|der|über)$/u.test(m[0]))) continue;
    // Nothing named but the change ("mejoró notablemente": the subject left unsaid, often a person getting better):
    // no result to size.
    const named = (clause.slice(0, m.index) + ' ' + clause.slice(m.index + m[0].length)).match(/[\p{L}]+/gu) ?? [];
    if (!named.some((w) => w.length > 1 && !OTHER_EMPTY.test(w))) continue;
    if (findQuantities(clause, true).length > 0) continue;
    // The size told right after a comma is the claim's own: "die Ladezeit sank deutlich, von 6 auf 2 Sekunden",
    // "los errores bajaron mucho, de 40 a 3 por semana" (a number opening the next stretch, not one further on).
    const next = /^,\s*([^.!?;,\n]*)/u.exec(text.slice(c.index + clause.length));
    if (next && findQuantities(next[1], true).some((q) => q.start <= 12)) continue;
    out.push({ start: c.index + m.index, end: c.index + m.index + m[0].length, text: m[0] });
  }
  return out;
}
/** Only texts with a letter of those languages are read for them (a cheap test first). */
const OTHER_LATIN = /[áéíóúñãõçàèêâôûüäößşğıươđåæø\u0400-\u04ff]|\p{Script=Devanagari}|\p{Script=Hebrew}|\b(?:und|wurden?|haben|wir|los|las|el|se|del|nous|avons|nós|eles|les|sont|une|ficaram|muito|abbiamo|sono|che|kami|saya|yang|dengan|dan)\b|[ąęłńśźż]/iu;

/**
 * A change told as one quality turning into another, with no measure of either: "pages went from sluggish to
 * snappy", "releases went from painful to routine" (words, not amounts: "from 6 to 2 s", "from weekly to daily" are
 * read as quantities).
 */
const FROM_QUALITY_TO_QUALITY = /(?<![\p{L}])(?:went|gone|go|goes|moved|changed|turned|shifted|flipped)\s+from\s+([\p{L}-]{3,})\s+to\s+([\p{L}-]{3,})(?![\p{L}])/giu;

function qualityChanges(text: string, posAt: PosAt | undefined, found: VagueClaim[]): VagueClaim[] {
  if (!/\bfrom\s/iu.test(text)) return found;
  const out = [...found];
  let tagged = posAt;
  FROM_QUALITY_TO_QUALITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FROM_QUALITY_TO_QUALITY.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    // A person changing is growth, not a result: "I went from nervous to confident".
    if (/(?:^|[^\p{L}])(?:i|we|he|she|they|you)\s+(?:(?:have|had|quickly|slowly|soon|eventually|really)\s+)?$/iu.test(text.slice(Math.max(0, start - 30), start))) continue;
    // Both ends are qualities (adjectives), not things or amounts ("from Jenkins to GitHub", "from hourly to daily").
    tagged ??= tagText(text);
    const a = start + m[0].indexOf(m[1], m[0].search(/\sfrom\s/iu));
    const b = end - m[2].length;
    if (tagged(a) !== 'ADJ' || tagged(b) !== 'ADJ') continue;
    if (findQuantities(m[0], true).length > 0) continue;
    out.push({ start, end, text: m[0] });
  }
  return out.length === found.length ? found : out.sort((x, y) => x.start - y.start);
}

export function findVagueClaims(raw: string, posAt?: PosAt, options: VagueOptions = {}): VagueClaim[] {
  let found = findLatinClaims(raw, posAt, options);
  if (!options.aboutSpeaker) found = qualityChanges(raw, posAt, found);
  if (OTHER_LATIN.test(raw) && !options.aboutSpeaker) found = [...found, ...findOtherLatinClaims(raw).filter((c) => !found.some((f) => c.start < f.end && f.start < c.end))].sort((a, b) => a.start - b.start);
  if (!CJK_SCRIPT.test(raw) || options.aboutSpeaker) return found;
  return [...found, ...findCjkClaims(raw).filter((c) => !found.some((f) => c.start < f.end && f.start < c.end))].sort((a, b) => a.start - b.start);
}

function findLatinClaims(raw: string, posAt?: PosAt, options: VagueOptions = {}): VagueClaim[] {
  // Curly apostrophes read as straight ones ("I’m improving"); same length, so offsets hold.
  const text = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  const out: VagueClaim[] = [];
  let tagged: PosAt | undefined = posAt;
  // The word class at an offset, from the caller's tagged prose, or from tagging this text on demand.
  const posOf = (offset: number): Pos | undefined => {
    tagged ??= tagText(text);
    return tagged(offset);
  };
  let bounds: number[] | undefined;
  let sized: (boolean | undefined)[] | undefined;
  let sizeBounds: number[] | undefined;
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
    if (INTENT_BEFORE.test(text.slice(Math.max(sentenceStart(text, start), start - 120), start))) continue;
    // A counterfactual is not a result: "a lot of stress could have been avoided".
    if (COUNTERFACTUAL.test(text.slice(start, Math.min(text.length, end + 60)).split(/[.;!?\n]/)[0]) || /\b(?:could|would|might|should)(?:\s+not)?\s+have\s+(?:\w+\s+)?$/iu.test(before)) continue;
    // What the speaker became or learned is not an impact claim: "improved my judgment", "I became more confident".
    // ("I got a lot of comments" is an amount received, not the speaker's state.)
    // (the "of" may be the amount's own: "I got lots of sign-ups")
    const received = m[6] !== undefined && /\b(?:got|get|gets|getting|received)\s+$/iu.test(before) && (/^\s+of\b/iu.test(after) || /\bof$/iu.test(word));
    if (!received && (SELF_BEFORE.test(before) || SELF_STATE_BEFORE.test(text.slice(Math.max(0, start - 100), start))) || (SELF_AFTER.test(after) && !(/^\s+(?:both\s+)?my\b/iu.test(after) && MEASURED_TARGET.test(ownedHead(after)))) || (/^(?:grew|grown)$/.test(word) && /\b(?:i|i've|i have)\s+$/iu.test(before))) continue;
    // "the sooner we resolve it, the better": a saying, not a result.
    if (/\bthe\s+$/iu.test(before) && /^(?:better|sooner|faster|more|less|easier|bigger)$/u.test(word) && (/\bthe\s+\w+er\b/iu.test(text.slice(Math.max(0, start - 80), start - 4)) || /^[\s,]+the\s+\w+er\b/iu.test(after))) continue;
    // "done is better than perfect": a maxim comparing two ideas, not a result against its past.
    // So is any comparison between two options, not with the past or a plan: "GCP was cheaper than AWS for our case",
    // "a queue is simpler than a cron job" ("faster than before", "cheaper than last year", "smoother than expected"
    // still compare a result with what it was or was meant to be).
    if (m[4] !== undefined && /^\s+(?:[\p{L}-]+\s+){0,2}than\b/iu.test(after) && !THAN_PAST_OR_PLAN.test(after.replace(/^\s+(?:[\p{L}-]+\s+){0,2}(?=than\b)/iu, ' '))) continue;
    if (m[4] !== undefined) {
      if (SET_TERM_BEFORE.test(before) || NOT_RESULT_AFTER.test(after)) continue;
      if (/^(?:more|fewer|less)$/u.test(word) && COUNT_BEFORE.test(before)) continue;
      // "more" and "less" compare only when an adjective, an adverb or a result noun follows ("more reliable",
      // "less toil"); "more than once" or a bare "more" is not a claim.
      if ((word === 'more' || word === 'less') && (!/^\s+[\p{L}]/u.test(after) || /^\s+than\b/iu.test(after))) continue;
      // "more" after a verb and before a preposition tells how much the doing counted, not a size of a result:
      // "it mattered more for trust than the code did", "we relied more on reviews" ("grew more in a month" is
      // a change, and stays).
      if ((word === 'more' || word === 'less') && /^\s+(?:for|on|in|with|about|to|from|at)\b/iu.test(after)) {
        const prev = /([\p{L}]+)\s+$/u.exec(before);
        if (prev && !CHANGE_WORD.test(prev[1]) && posOf(start - prev[0].length) === 'VERB') continue;
      }
      if (word === 'better' && /^\s+to\b/iu.test(after)) continue;
      // More hands or money put in is an input, not a result: "adding more resources", "two more developers".
      if (/^(?:more|extra|fewer|less)$/.test(word) && INPUT_NOUN.test(after)) continue;
      // What is asked for or granted is an input too: "I would need more time", "secured more time for the team",
      // "asked for more budget".
      if (/^(?:more|extra)$/.test(word) && REQUEST_BEFORE.test(before)) continue;
      // A sentence adverb ("Notably, …") is handled by the degree class; a comparative in a hyphenated term
      // ("higher-level") was already excluded by the boundary.
    }
    if (m[1] !== undefined && /^notably$/i.test(word)) continue;
    // What stayed as it was claims no change, so no size belongs to it: "the system remained stable under load"
    // ("remained far more stable than before" still compares).
    if (m[7] !== undefined && /^(?:stayed|remained)\s+(?!(?:more|much|far|significantly|noticeably)\b)/iu.test(m[0])) continue;
    // Advice to the reader is not the speaker's result: "show how you improved it", "Describe a situation where your
    // new system led to a better outcome" (the reader, not "I" or "we", is who the sentence is about so far).
    {
      const so = text.slice(sentenceStart(text, start), start);
      if (/\b(?:you|your|you've|you're|you'll)\b/iu.test(so) && !/\b(?:i|i'm|i've|i'd|me|my|we|we've|we're|our|us)\b/iu.test(so)) continue;
    }
    if (m[5] !== undefined && NOT_RESULT_AFTER.test(after)) continue;
    bounds ??= clauseBounds(text, posOf);
    let ci = 0;
    while (ci + 2 < bounds.length && bounds[ci + 1] <= start) ci++;
    const beforeWords = wordsOf(text.slice(bounds[ci], start));
    const afterWords = wordsOf(text.slice(end, bounds[ci + 1]));
    const comparative = m[4] !== undefined;
    // Something gained is a result only when it is counted: "gained more users", not "gained more notability".
    if (comparative && word === 'more' && /\b(?:gained|gain|gains|gaining|earned|earn|got|get|received|acquired|obtained|won)\s+$/iu.test(before) && !MEASURED_TARGET.test(afterWords[0] ?? '')) continue;
    const clauseBefore = text.slice(bounds[ci], start);
    // A claim inside a condition or a time that has not come is not a result: "until I have more time available",
    // "if the tests got faster", "If the cache is warm, the page loads much faster", "when he knows which task is
    // going to take more time" (a clause after the comma of "When we shipped it, errors dropped" is the result, and
    // stays a claim).
    if (/\b(?:if|unless|until|whenever|when\s+(?:he|she|they|you|someone|somebody|people|one|a\s+person)\b)\s*[^,;:]*$/iu.test(clauseBefore) || /^[\s*_>"“(-]*(?:if|unless|whenever)\b/iu.test(text.slice(sentenceStart(text, start), start))) continue;
    // A change told in a clause of time before the main clause is the circumstance the story turns on, not its
    // result: "as API calls increased, we needed more workers", "When traffic grew, the queue backed up" (the main
    // clause after the comma still holds the result: "When we shipped it, errors dropped").
    // (The clause may wrap onto the next line: looked for in the last words before the claim.)
    if (m[5] !== undefined && /^[^.;!?,]{0,80},\s*[\p{L}]/u.test(text.slice(end, end + 90))) {
      const when = /(?:^|[^\p{L}])(?:as|when|once|while|whenever)\s+(?!a\s+result\b)((?:[\p{L}'’-]+\s+){1,4})$/iu.exec(text.slice(Math.max(0, start - 60), start));
      if (when && !/\b(?:i|we)\b/iu.test(when[1])) continue;
    }
    // …and in one after the main clause, closing the sentence: "consistency held as the product grew", "we kept the bill
    // flat while traffic rose" (the change is the setting the result held against; "as a result, errors fell" is none).
    if (m[5] !== undefined && /^\s*(?:[.!?;]|$)/u.test(text.slice(end, end + 3).replace(/^\s+(?:too|again|fast|quickly|steadily)\b/iu, ''))) {
      const when = /[\p{L}\p{N}%)]\s+(?:as|while)\s+(?!a\s+result\b|well\b|such\b)((?:[\p{L}'’-]+\s+){1,4})$/iu.exec(text.slice(Math.max(0, start - 60), start));
      if (when && !/\b(?:i|we|me|us|my|our)\b/iu.test(when[1])) continue;
    }
    // A belief or a general rule is not a result of this story: "feedback leads to better solutions", "escalating
    // quickly can cause harm", "I learned that …", "work on improving them".
    // A gerund of change among the items of the work ("Notable projects include implementing …, enhancing container
    // orchestration …", "my role involved streamlining the release process") names what was worked on, not a result.
    if (m[5] !== undefined && /ing$/u.test(word) && /\b(?:include[sd]?|including|involv(?:e|es|ed|ing)|such\s+as|responsible\s+for|tasked\s+with|worked\s+on|focus(?:ed|es)?\s+on)\s+(?:[\p{L}]+ing\b[^.;:!?]*,\s*(?:and\s+)?)?$/iu.test(text.slice(sentenceStart(text, start, 300), start))) continue;
    if (GENERIC_BEFORE.test(clauseBefore) || LESSON_BEFORE.test(sentenceAround(text, start, end).slice(0, Math.max(0, start - sentenceStart(text, start))))) continue;
    if (/^(?:grew|grown|learned|learnt)$/u.test(word) && /\b(?:i|you|we|he|she|they)\s+(?:\w+\s+(?:and\s+)?)?$/iu.test(before)) continue;
    // An ability, not a result: "better at saying no", "improving at estimates", "a lot better at it" (like "a
    // better engineer"); "improving in time management" when the speaker is the one improving.
    const skillAfter = m[6] !== undefined ? after.replace(/^\s+(?:more|less|[\p{L}]+er)\b/iu, '') : after;
    if ((comparative || m[5] !== undefined || m[6] !== undefined) && (/^\s+at\b/iu.test(skillAfter) || (/^\s+in\b/iu.test(skillAfter) && SPEAKER_SUBJECT.test(clauseBefore)))) continue;
    // What someone learned, however the sentence began: "we will be proud of it and learned lots of things".
    if (m[6] !== undefined && /\b(?:learned|learnt|learning|learn|learns)\s+(?:so\s+|quite\s+|really\s+)?$/iu.test(before)) continue;
    // People growing in a skill: "we all improved a lot in Java programming and teamwork", "she grew a lot as a
    // speaker" (a measured thing after "in" is still a result: "we improved a lot in latency").
    if ((m[5] !== undefined || m[6] !== undefined) && /\b(?:i|we|he|she|they|you)\s+(?:(?:have|had|all|both|also|really)\s+)*(?:improved|grew|grown|developed|progressed|matured)?\s*$/iu.test(before)) {
      const inSkill = /^\s+(?:(?:a\s+lot|a\s+great\s+deal|so\s+much|[\p{L}]+ly)\s+)?(?:in|at|as)\s+([^,.;:!?()]*)/iu.exec(m[6] !== undefined ? ' ' + after : after);
      if (inSkill && !targetHeads(' ' + inSkill[1]).some((h) => MEASURED_TARGET.test(h))) continue;
    }
    // The speaker changing, with no object: "I keep improving", "I'm improving steadily".
    if (m[5] !== undefined && (SPEAKER_SUBJECT.test(clauseBefore) || (options.aboutSpeaker && !/[\p{L}]/u.test(clauseBefore.replace(/\b(?:currently|now|still|slowly|steadily|constantly|continuously|always|also|and)\b/giu, '')))) && !takesObject(after, end, posOf) && !SIZED_BY.test(after)) continue;
    // One step in what the speaker did to the thing they built: "got feedback, then improved it".
    if (m[5] !== undefined && /^\s+(?:it|them)\b(?!\s+(?:by|from|to)\b)/iu.test(after) && /\b(?:i|we)\b/iu.test(text.slice(sentenceStart(text, start), start))) continue;
    // In an answer about the speaker's own growth, what the speaker did or became is that growth.
    // A measured thing is still a result there: "paid off in increased productivity".
    if (options.aboutSpeaker && SPEAKER_SUBJECT.test(clauseBefore) && !targetHeads(text.slice(end, bounds[ci + 1])).some((h) => MEASURED_TARGET.test(h))) continue;
    // Picking things out of a set ("the less urgent ones"), or comparing with another way of working ("than we
    // could alone"): no change of a result.
    if (comparative && (/^\s+(?:[\p{L}-]+\s+)?ones?\b/iu.test(after) || THAN_ALTERNATIVE.test(after))) continue;
    // A size that picks or shapes things, not a change in a result: "the larger disks sit at the bottom", "broke the
    // work into smaller parts" ("the faster builds" of a measured thing still claims).
    // ("into smaller, manageable parts": a list of adjectives before the thing shaped.)
    // (a degree word between may qualify the size: "presented it to the much wider engineering organisation")
    // (after a preposition of scope the size names which things, a kind, not a change: "kept the rule for smaller
    // accounts", "the layout on larger screens", "across bigger teams")
    if (comparative && /\b(?:the|into|in|for|on|across|among)\s+(?:(?:much|far|even|slightly|somewhat|considerably)\s+)?$/iu.test(before) && /^(?:larger|smaller|bigger|wider|broader|narrower|longer|shorter|deeper|higher|lower|heavier|lighter)$/u.test(word) && afterWords.length > 0 && !MEASURED_TARGET.test(afterWords[0]) && (!QUALITY_WORD.test(afterWords[0]) || (/\binto\s+$/iu.test(before) && /^,/u.test(after)))) continue;
    // "a lot" as the subject of a statement ("a lot is based on luck"), not an amount of a result.
    if (m[6] !== undefined && /^\s+(?:is|was|are|were|depends|depended|comes|came|happens|happened)\b/iu.test(after)) continue;
    // A label opening a line ("- Better: ownership, shown by ...", "**Faster:** ..."): a heading, not a claim.
    if (/^[\s*_#>-]*(?:[\p{L}]+\s+){0,2}$/u.test(text.slice(Math.max(text.lastIndexOf('\n', start - 1) + 1, 0), start)) && /^[*_]*:/u.test(text.slice(end))) continue;
    // A habit is a way of working, not a result: "by always taking steps to rectify it quickly".
    if (/\b(?:always|usually|generally|typically|normally)\b/iu.test(clauseBefore)) continue;
    // How fast the speaker acted is the manner of an action, not the size of a result: "I quickly analyzed the
    // logs", "Quickly escalating the issue to experts" ("latency quickly dropped" still claims).
    if (m[1] !== undefined && /^(?:quickly|rapidly|swiftly)$/u.test(word)) {
      const next = /^\s+([\p{L}])/u.exec(after);
      const opensClause = /^[\s*_>"(-]*$/u.test(text.slice(sentenceStart(text, start), start));
      if (/\b(?:i|we)\s+(?:(?:then|also|immediately|very|so)\s+)?$/iu.test(before) || (opensClause && next !== null && posOf(end + next[0].length - 1) === 'VERB')) continue;
    }
    // "quickly", "rapidly", "swiftly" size a result only on a change ("latency quickly dropped", "adoption grew
    // rapidly"); on any other verb they tell how an action was done: "adapt quickly", "by resolving issues quickly".
    if (m[1] !== undefined && /^(?:quickly|rapidly|swiftly)$/u.test(word)) {
      const prev = beforeWords[beforeWords.length - 1] ?? '';
      const next = afterWords[0] ?? '';
      // (a return to health is a change of a result too: "the service recovered quickly")
      // (not the speaker getting over something: "I recovered quickly from the flu")
      const change = (w: string): boolean => CHANGE_WORD.test(w) || /^(?:became|become|becomes|got|gets|grown)$/u.test(w) || (/^(?:recovered|rebounded|stabili[sz]ed)$/u.test(w) && !/\b(?:i|we|i've|we've)\b/iu.test(clauseBefore));
      // (Still a claim: a comparison, "more quickly"; and what was done to the result, "the issue was resolved
      // quickly", a time to the result left unsized.)
      const passive = /^(?:was|were|got|been|is|are|be)$/u.test(beforeWords[beforeWords.length - 2] ?? '') && /(?:ed|en|t)$/u.test(prev);
      if (!change(prev) && !change(next) && !beforeWords.slice(-3).some(change) && !/^(?:more|less)$/u.test(prev) && !passive) continue;
    }
    // A verb of change in the infinitive after the work is its purpose, not its result: "changes to our processes to
    // enhance efficiency and better handle similar challenges" ("helped to reduce", "allowed us to cut", "were able
    // to lower" still tell a result).
    if ((m[5] !== undefined || comparative) && /\bto\s+(?:(?:further|also|significantly|greatly|better)\s+)?$/iu.test(before) && !/\b(?:help(?:ed|s|ing)?|managed|able|succeeded|allow(?:ed|s|ing)?|enabl(?:ed|es|ing)|let|lets|led|leading|leads|due|thanks|contributed|contributing|went|going|up|down|from|next|close|according|compared|similar|equal|back|ratio)\s+(?:[\p{L}]+\s+)?to\s+(?:(?:further|also|significantly|greatly|better)\s+)?$/iu.test(before) && posOf(start) !== 'NOUN') {
      const head = /([\p{L}]+)\s+to\s+(?:(?:further|also|significantly|greatly|better)\s+)?$/iu.exec(before)?.[1] ?? '';
      if (!/^(?:is|are|was|were|be|been|has|have|had)$/iu.test(head)) continue;
    }
    // Something about the future is not a result yet: "better handle similar challenges in the future", "built better
    // test coverage for future integrations" ("will" alone stays a claim: it says what the work does from now on).
    if (/\b(?:in\s+the\s+future|for\s+future|going\s+forward|next\s+time)\b/iu.test(text.slice(start, bounds[ci + 1]))) continue;
    // What one can do is a trait, not a result: "I can quickly get up to speed" ("can now" still claims).
    if (/\b(?:can|cannot|can't)\s+(?!now\b)(?:[\p{L}'’-]+\s+){0,3}$/iu.test(clauseBefore)) continue;
    // A label over a list ("**Broader impact:**"): a heading, not a claim.
    if (/^[\s*_#>-]*[\p{L}' -]{0,40}:[\s*_]*$/u.test(text.slice(sentenceStart(text, start), (text.indexOf('\n', end) + 1 || text.length + 1) - 1))) continue;
    // "the more I read, the more excited I became": a correlative saying, not a result.
    if (comparative && beforeWords[beforeWords.length - 1] === 'the' && CORRELATIVE.test(sentenceAround(text, start, end))) continue;
    // A change named as the result is about what follows "in"/"of": "an increase in trust" is soft, "a reduction
    // in scope" a decision; a low amount ("is now minimal") claims a size only of something measured.
    if (m[10] !== undefined) {
      const of = /^\s+(?:in|of|to|across)\s+([^,.;:!?()]*)/iu.exec(after);
      const heads = of ? targetHeads(' ' + of[1]) : [];
      if (heads.length > 0 && heads.every((h) => SOFT_TARGET.test(h) || NOT_RESULT_OBJECT.test(h))) continue;
    }
    if (m[11] !== undefined) {
      // The subject's head, before its modifiers: "deploy latency" → latency; "the risk of a bad release" → risk;
      // "support questions about billing" → questions.
      let from = 0;
      for (let i = beforeWords.length - 1; i >= 0; i--) if (/^(?:and|or|but|that|which|when|while|because|so)$/u.test(beforeWords[i])) { from = i + 1; break; }
      const words = beforeWords.slice(from);
      const prep = words.findIndex((w) => /^(?:of|about|for|from|in|on|with|at|by|to|across|during|after|before|among|per)$/u.test(w));
      const subject = prep > 0 ? words.slice(0, prep) : words;
      const head = subject[subject.length - 1] ?? '';
      // (so are things that come in to be handled, counted as they arrive: "the setup questions to support became rare")
      if (!MEASURED_TARGET.test(head) && !/^(?:number|amount|count|share|rate|volume|level|percentage|frequency|questions|emails|messages|timeouts|crashes|exceptions|rollbacks|regressions)$/u.test(head)) continue;
    }
    // A word of size on a difference or an impact made in something soft: "a real difference in people's lives", "a
    // positive impact on morale" (what follows "in"/"on" is what changed).
    if (m[2] !== undefined && /(?:difference|impact|effect|change)s?$/iu.test(m[0])) {
      const inSoft = /^\s+(?:in|on|to|for)\s+([^,.;:!?()]*)/iu.exec(after);
      const heads = inSoft ? targetHeads(' ' + inSoft[1]).map((h) => h.replace(/['’]s?$/u, '')) : [];
      if (heads.length > 0 && heads.every((h) => SOFT_TARGET.test(h))) continue;
    }
    // A degree adverb on growth in a soft quality: "she grew immensely in confidence and skill".
    if (m[1] !== undefined) {
      const inSoft = /^\s+(?:in|at)\s+([^,.;:!?()]*)/iu.exec(after);
      const heads = inSoft ? targetHeads(' ' + inSoft[1]) : [];
      if (heads.length > 0 && heads.every((h) => SOFT_TARGET.test(h))) continue;
    }
    // A claim about a soft outcome (trust, morale, awareness, responsibility): a number does not belong there.
    if (aboutSoftOnly(beforeWords, wordsOf(m[0]), text.slice(end, bounds[ci + 1]))) continue;
    // "more"/"less" + a word: a claim when the word is a quality of a result ("more reliable", "less flaky") or
    // a thing that is counted ("more sign-ups", "less toil"); not a plain description ("more complex than the old
    // one", "more senior").
    if ((comparative && (word === 'more' || word === 'less')) || (m[6] !== undefined && /(?:more|less)$/u.test(word))) {
      const next = afterWords[0] ?? '';
      const at = end + (after.search(/[\p{L}]/u) >= 0 ? after.search(/[\p{L}]/u) : 0);
      const pos = posOf(at);
      // (A word of fit judges a choice, not a result: "more suitable for our use case".)
      const quality = (QUALITY_WORD.test(next) || /(?:able|ible)$/u.test(next)) && !/^(?:suitable|preferable|applicable|feasible|viable|advisable|appropriate|reasonable|acceptable)$/u.test(next);
      // (A participle used as an adjective is one: "more nuanced", "more determined".)
      if (!quality && !MEASURED_TARGET.test(next) && !/less$/u.test(word) && (pos === 'ADJ' || pos === 'ADV' || pos === undefined || (pos === 'VERB' && /ed$/u.test(next)))) continue;
    }
    // A verb of change whose object is not a result: "raised the issue", "lowered the priority", "reduced the
    // problem to one join".
    if (m[5] !== undefined && NOT_RESULT_OBJECT.test(afterWords.find((w) => !DETERMINER.test(w)) ?? '')) continue;
    // The same with the thing as subject: "Scope was reduced", "the priority got lowered" (a decision, not a result).
    if (m[5] !== undefined && NOT_RESULT_OBJECT.test(/([\p{L}]+)\s+(?:(?:was|were|is|are|got|get|gets|has been|have been|had been|being)\s+)?$/iu.exec(before)?.[1] ?? '') && !takesObject(after, end, posOf)) continue;
    // Verbs that mean a change of size only with something measured as their object: "raised prices", but "raised
    // the freeze rule at the all-hands", "lowered the priority".
    if (m[5] !== undefined && /^(?:raised|raising|lifted|lifting|lowered|lowering|cut|cuts|cutting|slashed|trimmed|saved|saving|saves)$/u.test(word) && !targetHeads(text.slice(end, bounds[ci + 1])).some((w) => MEASURED_TARGET.test(w))) continue;
    // A participle used as an adjective names a thing, it claims no change: "the enhanced dashboard", "our
    // simplified flow".
    // "This improved the performance" is a verb: its object follows with a determiner of its own.
    // After "for" it names what the work was for: "monitoring tools for improved system reliability".
    if (m[5] !== undefined && /ed$/u.test(word) && /\bfor\s+$/iu.test(before) && /^\s+[\p{L}]/u.test(after) && !DETERMINER.test(afterWords[0] ?? '')) continue;
    // ("that" after a noun opens a clause of its own, and the past form after it is its verb: "a cache that improved
    // performance" tells a change as "the cache improved performance" does.)
    if (m[5] !== undefined && /(?:\b(?:the|a|an|our|their|this|that|these|those|my|his|her|its|your)\s+)$/iu.test(before) && /^\s+[\p{L}]/u.test(after) && !DETERMINER.test(afterWords[0] ?? '') && !pronounSubjectVerb(before, text.slice(end, bounds[ci + 1])) && !relativeThatVerb(before, start, word, posOf)) continue;
    // Turning a thing into another is not a change of size: "reducing complex alert streams to actionable
    // intelligence", "simplified the output into one score" ("reduced errors to a minimum" still claims one).
    if (m[5] !== undefined && /^(?:reduc|simplif|condens|distill|boil|narrow)/u.test(word) && !measuredObject(text.slice(end, bounds[ci + 1]).split(/\b(?:to|into)\b/iu)[0]) && /^\s+(?:[\p{L}'’-]+\s+){1,5}(?:to|into|down\s+to)\s+(?!(?:a\s+|the\s+|almost\s+|nearly\s+|near\s+|close\s+to\s+)?(?:minimum|fraction|trickle|handful|nothing|zero|bare|almost|near|few)\b)[\p{L}]/iu.test(text.slice(end, bounds[ci + 1]))) continue;
    // A degree adverb on a verb of thinking, feeling or speaking sizes no result: "I quickly realized", "we
    // quickly agreed", "I greatly appreciated".
    if (m[1] !== undefined && MENTAL_VERB.test(afterWords[0] ?? '')) continue;
    // …or after it, at the end of the clause: "they appreciated my suggestion greatly".
    if (m[1] !== undefined && afterWords.length === 0 && beforeWords.some((w) => /^(?:appreciated|enjoyed|valued|admired|respected|thanked|liked|loved|welcomed|praised)$/u.test(w))) continue;
    // A vague amount of what the problem cost is the problem told, not a result claimed: "this caused a lot of rework".
    if (m[6] !== undefined && /\b(?:caused|causing|causes|created|creating|required|requiring|involved|needed|meant|took|added)\s+(?:us\s+|me\s+|them\s+)?$/iu.test(before)) continue;
    // A participle opening its clause and naming the subject, which a verb follows, is an adjective: "improved
    // version accepted", "the redesigned flow shipped" (a measured subject still claims: "reduced latency meant ...").
    if (m[5] !== undefined && /ed$/u.test(word) && beforeWords.length === 0 && afterWords.length >= 2 && !MEASURED_TARGET.test(afterWords[0]) && posOf(end + after.search(/[\p{L}]/u)) === 'NOUN') {
      const second = /^\s+[\p{L}'’-]+\s+([\p{L}])/u.exec(after);
      if (second && posOf(end + second[0].length - 1) === 'VERB') continue;
    }
    // A system that "went down" failed; no amount moved: "our internal CDN went down due to a memory overflow", "the
    // payments API was down for the evening", "Redis went down" ("latency went down" still claims a change).
    if (m[5] !== undefined && /\bdown$/u.test(word) && beforeWords.length > 0) {
      const head = beforeWords[beforeWords.length - 1];
      const at = start - 1 - (/([\p{L}][\p{L}'’-]*)\s*$/u.exec(text.slice(0, start))?.[1].length ?? 0);
      if (SYSTEM_NOUN.test(head) || (!MEASURED_TARGET.test(head) && posOf(at + 1) === 'PROPN')) continue;
    }
    // Intransitive verbs of change with an object are other verbs: "dropped the feature", "fell behind".
    if (m[5] !== undefined && /^(?:dropped|fell|fallen)$/u.test(word) && /^\s+(?:the|a|an|my|our|their|his|her|its|this|that|these|those|it|them|him|us|me|behind|apart|through|into|ill|asleep|out|off|on|short|back|over|in)\b/iu.test(after)) continue;
    // A verdict on the whole result, sized in the sentence before or after it: "It was a big win. Tickets fell from
    // 120 to 35.", "… 67% of investors asked about it. The IPO was successful."
    // (The verdict is its own clause: "The campaign was a major success, and the design was reused later".)
    if (((m[2] !== undefined && (VERDICT.test(sentenceAround(text, start, end)) || VERDICT.test(text.slice(sentenceStart(text, start), bounds[ci + 1]).replace(/[,;]?\s*(?:and|but|while|whereas|so|which|yet|though|although)?\s*$/iu, '')))) || m[8] !== undefined) && (findQuantities(nextSentence(text, end), true).length > 0 || findQuantities(previousSentence(text, start), true).length > 0)) continue;
    // What something would do is an expectation, not a result: "a static image would serve our customers better"
    // ("will" and "could now" say what it does from now on, and stay claims).
    if (/\b(?:would|might)\s+(?:not\s+)?(?:[\p{L}'’-]+\s+){0,6}$/iu.test(clauseBefore)) continue;
    // A belief, an opinion or a preference about how things are or will be is not a result of the story: "I also think
    // buy-in is critical, as it makes adoption much smoother", "I believe weaknesses can become strengths when we keep
    // improving", "I'm confident this role will let me make a positive impact", "What I like most is making people's
    // lives easier". A past event told inside one is still a claim: "I believe the change cut errors significantly".
    if (heldBelief(text, start, end, posOf)) continue;
    // A comparative in a belief from experience is a general judgment, not a result: "I've found it's much easier to
    // agree", "I find it simpler to ask first".
    if (/\b(?:(?:i|we)(?:'ve|\s+have)\s+(?:always\s+)?found|(?:i|we)\s+(?:usually\s+|often\s+)?find|in\s+my\s+experience,?)\s+(?:that\s+)?it(?:'s|\s+is|\s+gets)?\b/iu.test(text.slice(sentenceStart(text, start), start))) continue;
    // A verdict on the whole result ("The rollout was successful, and we cut errors by 20%") is sized anywhere in
    // its own sentence.
    if (m[8] !== undefined && findQuantities(sentenceAround(text, start, end), true).length > 0) continue;
    // A plain verdict with no word of size ("My solution was a success.") sums up the result told around it: a
    // number anywhere in its paragraph sizes it.
    if (m[8] !== undefined && !/\b(?:great|big|huge|massive|real|tremendous|resounding|major|enormous|smashing|runaway)\b/iu.test(m[0]) && findQuantities(text, true).length > 0) continue;
    // "It was a success", "the rollout was successful" with nothing qualifying it says that it worked, a plain
    // outcome, not a size ("a huge success", "financially successful", "highly successful" still claim one).
    if (m[8] !== undefined && /^(?:a\s+)?(?:success|successful)$/iu.test(m[8]) && /\b(?:was|were|is|are|been)\s+$/iu.test(m[0].slice(0, m[0].length - m[8].length))) continue;
    // A verb of change done by the speaker to a thing they built is a step of the work, not a result: "I built a
    // guest checkout, simplified the validations and reduced steps" (the result is what it did to sales).
    if (m[5] !== undefined && /^(?:simplif|streamlin|enhanc|improv|optimi|refin|strengthen|tighten|clean|reduc)/u.test(word) && speakerActs(text, start) && ARTIFACT.test(objectHead(afterWords))) continue;
    // Sized in its clause?
    // (each clause read for quantities once, when a claim in it gets here: not every clause of the text)
    sized ??= [];
    sizeBounds ??= verbPhraseBounds(text, bounds, posOf);
    let c = 0;
    while (c + 2 < sizeBounds.length && sizeBounds[c + 1] <= start) c++;
    sized[c] ??= findQuantities(text.slice(sizeBounds[c], sizeBounds[c + 1]), true).length > 0;
    if (sized[c]) continue;
    // ("costs fell sharply, with savings of $40k a month": the size added after ", with" sizes the claim before it.)
    if (c + 2 < sizeBounds.length && withResultCut(text, sizeBounds[c + 1])) {
      sized[c + 1] ??= findQuantities(text.slice(sizeBounds[c + 1], sizeBounds[c + 2]), true).length > 0;
      if (sized[c + 1]) continue;
    }
    // A clause in -ing after a dash goes on with the one before it, as after a comma: "Availability rose from 99.5% to
    // 99.97% — exceeding the target" is sized by the clause it goes on from.
    if (c > 0 && /\s[—–-]\s$/u.test(text.slice(Math.max(0, sizeBounds[c] - 3), sizeBounds[c])) && /^[\p{L}]+ing\b/u.test(text.slice(sizeBounds[c], end))) {
      sized[c - 1] ??= findQuantities(text.slice(sizeBounds[c - 1], sizeBounds[c]), true).length > 0;
      if (sized[c - 1]) continue;
    }
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
    out.push({ start: s, end: e, text: raw.slice(s, e) });
  }
  return out;
}
