// missing-metric: the outcome says what happened but not by how much.
// Quantities are found by ./quantity.ts: spelled quantities such as "doubled", "halved" or "three teams" count,
// because an interviewer hears them as numbers; a year, a version or a date does not.
import type { StoryRule, StoryRuleContext } from './rule';
import { fillFigureSlots, findQuantities, hasQuantity, NUMBER_SLOT } from './quantity';
import { CJK_SCRIPT, answersQuestion, onlyPromptInCode, partsNamed } from './util';
import { paragraphRuns } from '../text';
import { MADE_VERBS } from '../nlp/lexicon';
import { metricParts } from '../knowledge/kinds';
import { QUESTION_ID } from '../knowledge/index';
import { answerOf, resultProse } from './kind';
import { slotsIn } from './slots';
import { OTHER_CHANGE } from './vague';

/** "Where do you see yourself in five years?" in the knowledge base, and titles that ask it in other words. */
const FUTURE_TITLE = /\b(?:in|next|for the next)\s+(?:\d+|three|five|ten)[- ]years?\b|\bcareer (?:goals?|plans?|aspirations?)\b|\bwhere do you see yourself\b|\bfive[- ]year\b/iu;

/**
 * A template's prompt in angle brackets is no more a result than one in square brackets: "<your draft answer here —
 * STAR structure: 120–240 spoken seconds; …>", "<the metric>" (an HTML tag holds no words said either). Not a
 * comparison: "< 200 ms" has no letter after the bracket.
 */
const ANGLE_PROMPT = /<(?=\p{L})[^<>\n]{0,300}>/gu;

export const METRIC_PLACEHOLDER = '[metric: what changed, from what to what]';

/**
 * A note the writer left themselves is not the result: "Do not claim zero vulnerabilities unless verified.",
 * "Remember to give the 40% figure.", "Add the numbers once known." — an instruction (an imperative opening the
 * sentence), not something that happened. The whitespace after the sentence end is matched (and kept), not
 * looked behind for: a lookbehind over `\s+` rescans the whole run at each of its characters (quadratic on a
 * long blank run, e.g. a story of `[a]` prompts once they are blanked).
 */
const NOTE_TO_SELF =
  /(?:^|(?<=[.!?])(\s+))[(*_\s-]*(?:do not|don['’]t|never|avoid|remember to|make sure to|be sure to|note:|tip:|todo:?|add|mention|quantify|verify|check|confirm|insert|include|fill in|keep (?:it|this|your|the answer)|structure (?:it|this|your)|limit (?:it|this|your)|aim for|rehearse|practi[cs]e (?:it|this|your))\b[^.!?\n]*(?:[.!?]|$)/giu;

/** A verb in the simple past that tells what happened to a measure (not "had increased", the setup's past). */
const RESULT_VERB =
  /\b(?<!\bhad\s)(?:lasted|affected|cut|reduced|saved|dropped|fell|rose|grew|increased|decreased|improved|shrank|doubled|tripled|halved|went (?:from|down|up)|came down|brought (?:down|up)|sped up|shortened|lowered|raised|lifted|boosted|eliminated|removed|freed|recovered|prevented|avoided|caught|resolved|closed|served|reached|hit|gained|lost|won|generated|delivered)\b/iu;
/** (a thousands or decimal mark is no sentence end: "entre 30.000 y 35.000 euros", "from 2.5 s to 0.8 s") */
/** Sentences ended by the given marks; a point between digits ("2.5") ends none. */
const sentencesEndedBy = (ends: string): RegExp => new RegExp(`(?:[^${ends}]|(?<=\\d)\\.(?=\\d))+(?:[${ends}]+|$)`, 'gu');
const SENTENCES = sentencesEndedBy('.!?');
/** The same in Korean: shortened, reduced, increased, improved, saved ("1초 이내로 단축하여", "비용을 30% 절감했습니다"). */
const KO_RESULT_VERB = /(?:단축|감소|증가|개선|향상|절감|절약|줄였|줄어|줄이|늘었|늘렸|늘어|높였|낮췄|낮추)/u;
/**
 * A comparison sized by its number, said of something (a verb before it), is a measured change wherever it is told:
 * "was running 10 times faster", "is now 3x cheaper" (not a note's "Pagination → API 4× faster").
 */
const SIZED_COMPARISON =
  /\b(?:is|are|was|were|be|been|became|becomes|got|gets|ran|runs|running|made|makes|now|performed|performs|loaded|loads|responded|responds|completed|completes|finished|finishes)\s+(?:[\p{L}-]+\s+){0,3}(?:\d[\d.,]*\s?(?:x|×|%|percent|times)|\b(?:twice|two|three|four|five|ten|several)\s+times)\s+(?:as\s+)?(?:faster|quicker|slower|cheaper|smaller|lighter|larger|bigger|fewer|less|more|higher|lower|better|shorter)\b/iu;

function sizedResultSentence(texts: readonly string[]): boolean {
  let first = true;
  for (const t of texts) {
    SENTENCES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SENTENCES.exec(t))) {
      if (!/[\p{L}]/u.test(m[0])) continue;
      if (first) {
        first = false;
        continue;
      }
      // (and a verb of change told as done in Spanish, Portuguese, French, German or Russian: "bajó de cuatro horas a cuarenta minutos")
      if ((RESULT_VERB.test(m[0]) || KO_RESULT_VERB.test(m[0]) || SIZED_COMPARISON.test(m[0]) || OTHER_CHANGE_ONE.test(m[0])) && hasQuantity(m[0])) return true;
      // A rank reached in a contest is a result by its form, wherever it is told: "…we presented it and got 2nd place."
      if (/(?:place|prize|placed|position|spot)/iu.test(m[0]) && findQuantities(m[0]).some((q) => /\b(?:place|prize|placed|position|spot)\b/iu.test(q.text))) return true;
    }
  }
  return false;
}

/**
 * A pitch's sized result (questions 1, 2, 28): a number is one only when it measures something the speaker's work
 * achieved, not when it describes the speaker or the place: an age ("I'm thirty-three"), a family ("two kids"), an
 * internship's length, the answer's own points ("three reasons"), the company's size ("hundreds of thousands of
 * engineers work here"), a commute, a salary asked for. So a quantity counts when it is a size by its form — a
 * percentage, money, a multiplier, a change "from … to …", a zero count of harm, a rank or a score — or when its
 * sentence tells a result with a verb ("shipped 10 apps", "hired 52 people", "it serves 10M predictions a day",
 * "promoted three times").
 */
const PITCH_RESULT_VERB =
  /\b(?:lasted|affected|cut|cuts|reduced|reduces|reducing|saved|saves|saving|dropped|fell|rose|grew|grown|growing|increased|increases|increasing|decreased|improved|improves|improving|shrank|doubled|tripled|halved|sped up|shortened|lowered|raised|lifted|boosted|eliminated|freed|recovered|prevented|caught|resolved|served|serves|serving|reached|reaching|gained|won|winning|generated|generating|delivered|delivering|shipped|shipping|launched|hired|hiring|promoted|achieved|achieving|earned|secured|ranked|scaled|scaling|handled|handles|handling|processed|processes|processing|supports|supported|powers|powered|onboarded|attracted|optimi[sz]ed|accelerated|automated|closed|used by|adopted by)\b/iu;
const SIZE_FORM_AFTER = /^\s?(?:%|％|percent|per ?cent|prozent|por ?ciento|pour ?cent|per ?cento|procent|pro ?cent|процент\p{L}*|pp\b|percentage points?|x(?![\p{L}])|×|times\b|fold\b|(?:k|m|bn|b|million|billion|thousand)?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)\b)/iu;
const SIZE_FORM_WORD = /^(?:doubled|doubling|tripled|tripling|quadrupled|halved|halving|twice|thrice|\p{L}+fold|orders? of magnitude|half|(?:no|zero|without|not a single|not one)\b.*|.*[$€£¥₹].*)$/iu;

const PITCH_RATE_AFTER =
  /^\+?\s?(?:[kmb](?![\p{L}])\+?\s?)?(?:(?:daily|nightly|weekly|monthly|hourly|yearly|annual|concurrent|active)\s+|(?:[\p{L}-]+\s+){0,3}(?:a|an|per|each|every)\s+(?:second|minute|hour|day|night|week|month|quarter|year)\b|[\p{L}-]+\s?\/\s?(?:s|sec|second|min|minute|h|hr|hour|d|day|week|wk|mo|month|yr|year)\b)/iu;

const PITCH_REACH_AFTER =
  /^\+?\s?(?:[kmb](?![\p{L}])\+?\s?)?(?:(?:monthly|daily|weekly|active|paying|registered|unique|github|app|store)\s+)*(?:downloads|installs|stars|subscribers|followers|visitors|views|readers|paying\s+customers|active\s+users|monthly\s+users|daily\s+users|signups|sign-ups)\b/iu;

/** The same in Chinese, Japanese and Korean: raised, cut, saved, shortened, won, reached, serves, shipped … */
const CJK_PITCH_RESULT_VERB =
  /(?:提升|提高|降低|减少|減少|增加|增长|增長|节省|節省|节约|節約|缩短|縮短|减半|減半|获得|獲得|收获|收穫|达到|達到|赢得|贏得|带来|帶來|服务了|服務了|支撑|支撐|覆盖|覆蓋|上线后|上線後|排名|向上(?=[しさ])|削減|短縮|増加|達成|獲得|改善し|향상|개선|절감|단축|증가|감소|달성|확보|줄였|높였|늘렸)/u;
const CJK_SCHOOL_RANK = /(?:专业|專業|年级|年級|班级|班級|绩点|績點|成绩|成績|学业|學業|学校|學校|院系|学院|學院)\s?(?:的)?\s?排名/gu;
/**
 * A verb of publishing right before a count, in Chinese: published, wrote, filed ("发表两篇论文", "撰写了两个专利").
 * (Not a verb of building: in "…与反作弊专家模型搭建两个项目" the count points at the projects just named.)
 */
const CJK_MADE_BEFORE = /(?:发表|發表|撰写|撰寫|出版|申请|申請)(?:了|过|過)?\s?$/u;
/** A size by its form: a percentage, a multiple, money, a half, a doubling ("30%", "3倍", "5万元", "一半", "翻倍", "두 배"). */
const CJK_SIZE_FORM = /(?:%|％|倍|元|[块塊]|美元|欧元|歐元|円|원|달러|百分之|一半|减半|翻倍|翻了一番|翻番|절반|배)/u;
/** The reach of what the speaker made: users, downloads, stars, visits ("10万用户", "2000 多个 star"). */
const CJK_REACH_AFTER = /^\s?(?:多|余|餘)?\s?(?:[个個名位]\s?)?(?:用户|用戶|下载|下載|日活|月活|访问|訪問|访客|訪客|粉丝|粉絲|订阅|訂閱|star|ユーザー|ダウンロード|사용자|다운로드)/iu;

/**
 * What the speaker's work did to things, counted, with the verb right before the number: "retired 1,300 standing
 * keys", "migrated 40 services", "decommissioned 12 servers", "trained 200 colleagues".
 */
const DONE_TO_COUNT = 'retired|migrated|decommissioned|consolidated|replaced|converted|fixed|trained|mentored|rewrote|refactored|cleaned\\s+up';
/** What the speaker made, counted: a verb of making right before the number ("built 20+", "published three"). */
const MADE_BEFORE = new RegExp(`\\b(?:${[...MADE_VERBS].join('|')}|${DONE_TO_COUNT})\\s+(?:(?:over|more\\s+than|about|around|nearly|almost)\\s+)?$`, 'iu');

const OTHER_CHANGE_ONE = new RegExp(OTHER_CHANGE.source, 'iu');
/** A quantity read as a change from one number to another in Spanish, Portuguese, French, German or Russian. */
const OTHER_FROM_TO = /^(?:de|desde|del|da|do|von|vom|с|со|od|z|ze)\s.+\s(?:a|à|al|ao|para|auf|bis|zu|до|na|do)\s/iu;

/**
 * A size or a reach after a number in Spanish, Portuguese, French, German, Italian or Russian: a percentage or a
 * multiple in words, or people and downloads counted (with a large unit before them or not).
 */
const OTHER_SIZE_AFTER =
  /^\s?(?:por\s?ciento|por\s?cento|pour\s?cent|prozent|per\s?cento|процент\p{L}*|veces|vezes|fois|mal(?!\p{L})|раза?(?!\p{L})|(?:(?:mil|milhão|milhões|millón|millones|million|millions|millionen|milioni|миллион\p{L}*|тысяч\p{L}*)\s+)?(?:de\s+|d[eu]\s+)?(?:usuári|usuari|utilisat|nutzer|kund|client|utent|пользовател|клиент|download|descarga|téléchargement))/iu;

/** Sentences as SENTENCES reads them, and ended by a Chinese or Japanese full stop too (a pitch's result is one sentence's). */
const PITCH_SENTENCES = sentencesEndedBy('.!?。！？');

function pitchResult(text: string): boolean {
  PITCH_SENTENCES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PITCH_SENTENCES.exec(text))) {
    const sentence = m[0];
    const qs = findQuantities(sentence);
    if (qs.length === 0) continue;
    // Chinese, Japanese and Korean: the same test, with their own forms of size and verbs of result.
    if (CJK_SCRIPT.test(sentence)) {
      // (a rank in school is history, as a GPA is: "专业排名前30%", "年级排名第一")
      if (CJK_PITCH_RESULT_VERB.test(sentence.replace(CJK_SCHOOL_RANK, ''))) return true;
      for (const q of qs) {
        // What the speaker made, counted, with the verb right before it: "发表两篇论文", "撰写了两个专利" (as "published
        // three papers").
        if (CJK_MADE_BEFORE.test(sentence.slice(Math.max(0, q.start - 6), q.start))) return true;
        // A change from one number to another is a size by its form ("从四秒降到了一秒多", "由 3 小时缩短至 20 分钟").
        if (/^[从從由]/u.test(q.text)) return true;
        if (CJK_SIZE_FORM.test(q.text) || SIZE_FORM_AFTER.test(sentence.slice(q.end, q.end + 16)) || CJK_REACH_AFTER.test(sentence.slice(q.end, q.end + 12))) return true;
      }
      continue;
    }
    if (PITCH_RESULT_VERB.test(sentence) || /\bfrom\s+\S+[^.;!?\n]{0,40}\bto\s|\b(?:instead of|compared (?:to|with)|down from|up from)\b/iu.test(sentence)) return true;
    // In Spanish, Portuguese, French and German, a verb of change told as done sizes the sentence's number as an
    // English verb of result does ("der die Kilometer um 12 Prozent gesenkt hat", "las ventas aumentaron un 30 %").
    if (OTHER_CHANGE_ONE.test(sentence)) return true;
    for (const q of qs) {
      // A change from one number to another in those languages is a size by its form ("bajó de cinco días a dos",
      // "est passé de dix jours à deux", "von zehn auf zwei").
      if (OTHER_FROM_TO.test(q.text)) return true;
      // A size or a reach named after the number in those languages, as "%" or "users" is in English: "in 78 Prozent
      // der Fälle", "subió un 30 por ciento", "1,2 milhão de usuários ativos", "deux fois plus".
      if (OTHER_SIZE_AFTER.test(sentence.slice(q.end, q.end + 40))) return true;
      if (SIZE_FORM_WORD.test(q.text) || SIZE_FORM_AFTER.test(sentence.slice(q.end, q.end + 16))) return true;
      // A rank reached in a contest: "my team placed 2nd", "won first prize".
      if (/\b(?:place|prize|position|spot|placed)\b/iu.test(q.text)) return true;
      // What the speaker made, counted: "built 20+ microservices", "published three papers", "developed 4 mobile apps".
      if (MADE_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) return true;
      // The reach of what the speaker made: "700K downloads", "over 2,000 stars", "5,000 active users".
      if (PITCH_REACH_AFTER.test(sentence.slice(q.end, q.end + 40))) return true;
      // Recognition counted: "receiving 3 promotions and 4 awards", "two patents", "a hackathon won twice" is sized too.
      if (/^\s?(?:[\p{L}-]+\s+)?(?:promotions?|awards?|prizes?|patents?|medals?)\b/iu.test(sentence.slice(q.end, q.end + 40))) return true;
      // The reach of what the speaker made, told by who uses it: "the booking system that 60 client sites now use".
      if (/^\s?(?:[\p{L}-]+\s+){1,3}(?:now\s+|still\s+|all\s+|today\s+|daily\s+)?(?:use|uses|rely\s+on|relies\s+on|run\s+on|runs\s+on|depend\s+on|depends\s+on)\b/iu.test(sentence.slice(q.end, q.end + 60)) && /\b(?:that|which)\s+$/iu.test(sentence.slice(Math.max(0, q.start - 12), q.start))) return true;
      // A rate: "40,000 stops a night", "2M+ metrics/min", "10M daily predictions".
      if (PITCH_RATE_AFTER.test(sentence.slice(q.end, q.end + 50))) return true;
      const before = sentence.slice(Math.max(0, q.start - 30), q.start);
      if (/\b(?:top|rank(?:ed)?|rank of|rated|scored?|score of|gpa|cgpa)\s+(?:of\s+)?$/iu.test(before) || /^\s?(?:\/|out of)\s?(?:5|10|100)\b/u.test(sentence.slice(q.end, q.end + 10))) return true;
    }
  }
  return false;
}

/** A marker word that stands for a whole passage still to write, not for a number: "TBD", "TODO", "???". */
const MARKER_ALONE = /^(?:TODO|TBD|TBC|FIXME|TK|\?{3,})$/iu;

/**
 * A run whose result is sized in form with a slot where its figure goes: the placeholder rule's slots (slots.ts
 * slotsIn) read as numbers (quantity.ts fillFigureSlots), and a quantity found over one of them. A marker word counts
 * only with a percent sign after it ("by TK%").
 */
function sizedBySlot(fileText: string, seg: { start: number; text: string }): boolean {
  // (A bracketed slot is read above, where only one with a letter or two is a figure's: "[TIME]", "[A] to [B]" may
  // stand for anything.)
  const slots = slotsIn(fileText, seg).filter((h) => !h.text.startsWith('[') && (!MARKER_ALONE.test(h.text.trim()) || /^\s?[%％]/u.test(fileText.slice(h.end, h.end + 3))));
  if (slots.length === 0) return false;
  const filled = withoutNotes(fillFigureSlots(seg.text, seg.start, slots));
  return findQuantities(filled).some((q) => slots.some((h) => q.start < h.end - seg.start && h.start - seg.start < q.end));
}

function withoutNotes(text: string): string {
  return text.replace(NOTE_TO_SELF, (m: string, space: string | undefined) => (space ?? '') + ' '.repeat(m.length - (space?.length ?? 0)));
}

export const missingMetric: StoryRule = {
  meta: {
    id: 'missing-metric',
    description: 'The outcome has no quantified result (number with unit, %, currency, multiplier, duration, count)',
    defaultSeverity: 'warning',
    tags: ['impact', 'red-flag'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    // The kind of answer decides which part carries the number: a story's outcome, a pitch's impact; a plan or
    // a list of questions to ask has none to give.
    const { kind, shape } = answerOf(ctx.story);
    const metricPart = shape.parts.find((p) => shape.metric.includes(p.id));
    if (!metricPart) return;
    const outcomes = partsNamed(ctx.story, metricPart.slot);
    // Read line by line, so a number split off by bold or a link ("by **40**%") is read with its unit.
    const prose = paragraphRuns(ctx.file.text, outcomes.flatMap((p) => p.prose));
    const required = kind === 'story' || metricParts(kind).length > 0;
    const withoutPrompts = (t: string): string => withoutNotes(t.replace(/\[[^\]\n]*\]/g, ' ').replace(ANGLE_PROMPT, ' '));
    const title = metricPart.title.toLowerCase();
    if (outcomes.length === 0 || outcomes.every((p) => p.wordCount === 0)) {
      // An answer with no spoken words at all (a heading over a reminder) has no result either.
      if (!required) return;
      if (ctx.story.parts.length === 0) {
        // An unmarked pitch: its one impact with a number can sit anywhere, as in the chapter's model answer (who
        // I am, then "it now serves 10M daily predictions", then why here); history and inputs are not quantities.
        // (Not an answer about the years ahead: there the numbers are plans, and the closing sentences decide.)
        const future = kind === 'pitch' && answersQuestion(ctx.story, QUESTION_ID.fiveYears, FUTURE_TITLE);
        if (kind === 'pitch' && !future) {
          if (paragraphRuns(ctx.file.text, ctx.story.prose).some((s) => pitchResult(withoutPrompts(s.text)))) return;
        }
        // One undivided answer: the result is told at the end (see resultProse); a number in the setup is not one.
        else if (paragraphRuns(ctx.file.text, resultProse(ctx.story, ctx.file.text)).some((s) => hasQuantity(withoutPrompts(s.text)))) return;
        // Or a sentence after the opening one that tells a change or a consequence with its size: "The outage
        // lasted 45 minutes and affected several teams", "That cut review time from two days to four hours".
        if (sizedResultSentence(ctx.story.prose.map((s) => withoutPrompts(s.text)))) return;
        ctx.report({
          message:
            kind === 'pitch'
              ? 'The pitch gives no number. Name one result you are proud of with its size, e.g. "cut checkout errors from 4% to 0.5%" or "a pipeline that serves 2 million requests a day".'
              : 'The story gives no number for its result. Say what changed and by how much, e.g. "p95 latency went from 900 ms to 250 ms" or "churn fell 12% in two quarters".',
          range: ctx.story.titleRange,
        });
        return;
      }
      // A pitch told under labels of its own ("Current role", "Key strengths") with no impact part: its one sized
      // result can sit under any of them, as in an unmarked pitch (missing-section asks for the part).
      if (kind === 'pitch' && outcomes.length === 0 && !answersQuestion(ctx.story, QUESTION_ID.fiveYears, FUTURE_TITLE) && paragraphRuns(ctx.file.text, ctx.story.prose).some((s) => pitchResult(withoutPrompts(s.text)))) return;
      // An outcome that holds only a note to self in code ("**RESULT** — `[?] how many repos use it now?`") is a
      // prompt still to fill, as a bracketed prompt is: the placeholder rule points at it.
      if (outcomes.length > 0 && outcomes.every((p) => onlyPromptInCode(p, ctx.file.text))) return;
      // The part that should carry the number is missing or empty: missing-section or empty-section says so too,
      // but the answer still ends without a measured result.
      const empty = outcomes.find((p) => p.wordCount === 0);
      ctx.report({
        message: `The ${kind === 'story' ? 'story' : kind} ends without a measured result: ${empty ? `the ${title} is empty` : `there is no ${title}`}. Add it with a number, e.g. "p95 latency went from 900 ms to 250 ms" or "churn fell 12% in two quarters".`,
        range: empty ? empty.marker : ctx.story.titleRange,
      });
      return;
    }
    // Template prompts in brackets ("[The result in numbers ...]") are not results; an outcome that is only a
    // prompt is the placeholder rule's business.
    // A note in parentheses on its own ("(quantify!)", "_(repeat to 5–6)_") is a reminder, not the result.
    const written = prose.map((s) => withoutNotes(s.text.replace(/\[[^\]\n]*\]/g, ' ').replace(ANGLE_PROMPT, ' ').replace(/^[\s_*]*\([^()\n]*\)[\s_*]*$/, ' ')));
    // (Labels over the prompts — "Metric 1: [number]", "Business impact: [what changed]" — are the skeleton too.)
    const LABEL = /^[^.!?\n]{0,60}:[\s\p{P}]*$/u;
    if (written.every((t) => !/[\p{L}\p{N}]/u.test(t) || LABEL.test(t.trim())) && prose.some((seg) => /\[[^\]\n]*\]|<\p{L}[^<>\n]{0,300}>/u.test(seg.text))) return;
    if (written.some((t) => hasQuantity(t))) return;
    // A slot left where the number goes, with its unit or its counted thing ("[X]% reduction in crash rate",
    // "unblocked release by [Y] weeks", "[N] critical issues resolved"): the result is sized in form and the number
    // is still to fill, which the placeholder rule reports. (Here a bracketed slot, with the narrower reading brackets
    // need: "[TIME]" or "from [A] to [B]" may stand for anything; slots in other dress are read just below.)
    if (prose.some((seg) => NUMBER_SLOT.test(seg.text) && hasQuantity(withoutNotes(fillFigureSlots(seg.text, seg.start).replace(/\[[^\]\n]*\]/g, ' '))))) return;
    // The same for a slot in any other dress, read by the placeholder rule's slot reader as vague-impact reads it
    // ("fell by ##%", "from NNN ms to NN ms", "by X,XXX USD", "went from _____ to _____", "by TK%"), when the slot
    // is where a figure goes: a marker word alone ("Result: TBD") stands for the whole result, not for its number.
    if (prose.some((seg) => sizedBySlot(ctx.file.text, seg))) return;
    // The metric slot this rule's own fix inserts: the placeholder rule points at it until it is filled in.
    if (prose.some((seg) => seg.text.includes(METRIC_PLACEHOLDER))) return;
    const first = outcomes.find((p) => p.wordCount > 0) ?? outcomes[0];
    const text = ctx.file.text;
    const seg = first.prose.find((s) => /[\p{L}\p{N}]/u.test(s.text));
    const fixes = [];
    if (seg) {
      // The end of the first paragraph: the first blank line after the segment starts, within the part.
      const limit = Math.min(first.range.end.offset, text.length);
      const rest = text.slice(seg.start, limit);
      const blank = rest.search(/\r?\n[ \t]*\r?\n/);
      let at = blank < 0 ? limit : seg.start + blank;
      while (at > seg.start && /\s/.test(text[at - 1])) at--;
      fixes.push({ title: 'Insert a metric placeholder', edits: [{ range: ctx.range(at, at), newText: ` ${METRIC_PLACEHOLDER}` }] });
    }
    ctx.report({
      message: kind === 'pitch'
        ? `The ${title} has no number. Give the result its size, e.g. "p95 latency went from 900 ms to 250 ms" or "churn fell 12% in two quarters"; a number makes the claim stick.`
        : 'The outcome has no number. Say what changed and by how much, e.g. "p95 latency went from 900 ms to 250 ms" or "churn fell 12% in two quarters"; without one the result sounds small or guessed.',
      range: first.marker,
      fixes,
    });
  },
};
