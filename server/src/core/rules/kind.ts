// The answer kind of the story a rule is checking, and how that kind names each part (see ../knowledge/kinds.ts).
import type { PartName, ProseSegment, Story } from '../types';
import type { AnswerKind, AnswerShape } from '../knowledge/types';
import { ANSWER_SHAPES, kindForQuestions, questionKind, shapeOf, shapePartForSlot } from '../knowledge/kinds';
import { QUESTIONS } from '../knowledge/questions';
import { PART_LABELS } from '../parse/labels';
import { QUESTION_NUMBERING, asksTheCompany, isQuestion, namesQuestionsToAsk } from '../parse/segment';
import { EXPERIENCE_NOW_OTHER, FIRST_PERSON_DID_OTHER, FIRST_PERSON_WOULD_OTHER, FIT_ASKS, HYPOTHETICAL_ASK_OTHER, INTRO_NAMED, OTHER_LANGUAGE_CONCEPTS, OTHER_WOULD_NOUNS, OTHER_YOURS, RATE_SELF, SELF_NAMING_OTHER, TERMS_VIEW, TIME_AHEAD_OTHER, TOPIC_CONCEPTS } from '../knowledge/asks';
import { readText } from '../nlp/analyze';
import { englishFunctionWord } from '../nlp/query';
import { inlineRuns } from '../text';
import { memoByText } from '../memo';
import { TEXT_SPEAK, TOPIC_HEADING_WORDS } from '../nlp/lexicon';

export interface StoryAnswer {
  kind: AnswerKind;
  shape: AnswerShape;
  questionIds: number[];
}

/**
 * The kind of answer a story gives. Declared questions decide (knowledge/kinds.ts). A story that names none is
 * read by what it is: a title that is one of the non-story questions in other words ("Why are you looking for a
 * change?", "What would you do if…"), or a body told in the hypothetical ("I would…", "I will…") rather than as
 * something that happened.
 */
export function answerOf(story: Story, file?: { text: string; stories: Story[] }): StoryAnswer {
  let questionIds = answered.get(story);
  if (!questionIds) {
    if (file && !placed.has(story)) placed.set(story, { apart: keptApartQuestion(story, file.text), siblings: file.stories });
    questionIds = story.questions.length > 0 ? ownShare(story) : inferredQuestions(story);
    answered.set(story, questionIds);
  }
  // The story's kind is kept in one place, `Story.kind`: set here the first time anyone asks (analyzeFile asks
  // for every story before the rules run), read from there after.
  story.kind ??= kindForQuestions(questionIds);
  return { kind: story.kind, shape: shapeOf(story.kind), questionIds };
}

/**
 * The declared questions a story answers. Questions declared for the whole file (its front matter) apply to every
 * answer in it (DESIGN §1); when they are of several kinds ("questions: [1, 17, 29]" over a pitch, a story and the
 * questions to ask), each answer is the one its own title and body read as: the declared questions of the kind it is
 * read as, when that kind is among them. (Read otherwise, the kind that asks the most, a story, won for all three.) A
 * story's own `Questions:` line, a file of one answer, or declared questions of one kind are kept as written.
 */
function ownShare(story: Story): number[] {
  const declared = story.questions.map((q) => q.id);
  const siblings = placed.get(story)?.siblings;
  if (!siblings || siblings.length < 2) return declared;
  const shared = story.questions.every((q) => !q.range || q.range.start.line < story.range.start.line);
  const kinds = new Set(declared.map((id) => questionKind(id)).filter((k) => k !== undefined));
  if (!shared || kinds.size < 2) return declared;
  const read = kindForQuestions(inferredQuestions(story));
  fellThrough.delete(story);
  if (!kinds.has(read)) return declared;
  return declared.filter((id) => questionKind(id) === read);
}

/** The questions each story answers (declared, or read from what it says), worked out once for all the rules that ask. */
const answered = new WeakMap<Story, number[]>();

/**
 * Where a story stands in its file, when the caller gave the file (analyzeFile does): the question it is put by when
 * the parser keeps it out of the answer's prose (see keptApartQuestion), and the stories of its file. One entry per
 * story (a bank of thousands of one-line answers paid for two weak tables' entries per answer).
 */
const placed = new WeakMap<Story, { apart: string | undefined; siblings: Story[] }>();
/** How many lines under a story's title are read for a question kept apart, and the longest such line. */
const MAX_QUESTION_LINES = 40;
const MAX_QUESTION_LINE = 600;

/**
 * A heading over answers that is the title of a bank, not a question answered in versions: another answer under it
 * is titled by a question of its own ("# About myself" over "## Strengths", "## Weakness", "## Hobbies"), where
 * "# Tell me about yourself" over "## 30 seconds", "## Technical variation" holds versions of one answer.
 */
function bankSection(story: Story): boolean {
  const others = placed.get(story)?.siblings.filter((s) => s !== story && s.section === story.section) ?? [];
  return others.some(titledByQuestion);
}

/** Whether a story's title is a question of its own, worked out once per story (a bank's siblings ask it of each other). */
function titledByQuestion(story: Story): boolean {
  let asked = ownQuestion.get(story);
  if (asked === undefined) {
    const t = cleanAsked(story.title);
    asked = STORY_QUESTION.test(t) || closestQuestion(t) !== undefined;
    ownQuestion.set(story, asked);
  }
  return asked;
}
const ownQuestion = new WeakMap<Story, boolean>();

/**
 * The question a story is asked by, written in the file but kept out of the answer's prose: under a "## Question"
 * heading below a document title ("# Red Flag Evaluation" … "## Question" … "## Answer"), in an HTML <summary> of a
 * <details> block, or quoted before the answer ("> Give me an example of a time…"). It is a line of the story's own
 * text, after its title and before the answer starts (the first paragraph of prose of a dozen words or more), that
 * no prose segment covers, and that asks: it ends in a question mark, or it is the <summary> of the block (where a
 * request is written without one: "간단한 자기소개를 해주세요."). Markup and an outline number ("#83") are left out.
 */
function keptApartQuestion(story: Story, text: string): string | undefined {
  const from = story.titleRange.end.offset;
  const to = Math.min(story.range.end.offset, text.length);
  if (to <= from) return undefined;
  const answerStart = story.prose.find((seg) => seg.start >= from && (seg.text.match(/\S+/gu)?.length ?? 0) >= 12)?.start ?? to;
  // The question sits just under the title: a few dozen lines at most are read, and a line too long to be a
  // question is passed over before any markup is stripped from it, so that the work stays linear in the file
  // whatever its shape (a line of 100,000 '<' would otherwise cost each tag pattern quadratic time).
  const lines = text.slice(from, Math.min(to, answerStart)).split('\n', MAX_QUESTION_LINES);
  const prose = story.prose.filter((seg) => seg.start < from + lines.join('\n').length && /\p{L}/u.test(seg.text));
  let at = from;
  for (const raw of lines) {
    const start = at;
    at += raw.length + 1;
    if (raw.length > MAX_QUESTION_LINE) continue;
    const covered = prose.some((seg) => seg.start < start + raw.length && seg.start + seg.text.length > start);
    if (covered) continue;
    const summary = /<summary\b/iu.test(raw);
    const line = raw
      .replace(/<code\b[^>]*>\s*#?\d{1,4}\s*<\/code>/giu, ' ')
      .replace(/<[^>]+>/gu, ' ')
      .replace(/^[\s>#*_-]+|[\s*_]+$/gu, '')
      .replace(/^#?\d{1,4}[.)]?\s+/u, '')
      .trim();
    // (A situation put at length, then the question, runs to sixty or seventy words: "Supongamos que… ¿Cómo resolverías…?".)
    if (!/\p{L}/u.test(line) || line.split(/\s+/u).length > 80) continue;
    if (summary || /[?？]\W*$/u.test(line)) return line;
  }
  return undefined;
}

// ---- Which question a story answers, when it names none ----------------------------------------------------
//
// The title and the opening question are matched against the catalog questions by meaning: each is reduced to
// concepts (a light stem, with words of one sense folded together: "introduce", "intro", "introduction" and
// "pitch" are one concept), and the question whose text, short name and senses (below) cover most of the
// title's weighted concepts wins when the cover is high enough. The body's shape is evidence too: a list of
// questions, steps told in the hypothetical, a present-tense self-description, or parts labelled the way a pitch
// or a plan is.

/** Other wordings of the non-story questions, in our own words: documents for the similarity, not patterns. */
const SENSES: Record<number, string[]> = {
  1: [
    'introduce yourself', 'self introduction', 'about me', 'about yourself', 'describe yourself', 'who are you',
    'walk me through your background resume career', 'elevator pitch', 'personal pitch', 'your life story', 'my background',
  ],
  2: [
    'why this company', 'why this role', 'why join us', 'why should we hire you', 'what draws you to this role position',
    'why are you interested in this job', 'motivation for applying', 'why you fit this team', 'company fit',
    // What they know of the company, what they would do for it, and the terms of joining: the fit talk, not an episode.
    'what do you know about us', 'what do you know about the company',
    'salary expectations', 'expected salary', 'when can you start', 'notice period',
  ],
  3: ['what are you good at', 'your strong points'],
  4: ['what would you like to improve', 'areas for improvement', 'weak points'],
  5: ['career goals', 'future plans ambitions', 'long term goal', 'what next for you', 'ten years from now', 'career planning'],
  28: [
    // What they did not like where they are is the why-leaving question asked sideways.
    'what did you dislike about your previous job or company', 'what do you not like in your current role',
    'why leave', 'reason for leaving', 'career switch', 'looking for a change', 'why switch jobs', 'why quit', 'why move on'],
  29: ['questions for the interviewer', 'questions to ask them', 'reverse interview', 'my questions for you'],
  35: ['questions to ask at the end', 'closing questions for the panel'],
  30: ['what would you do if', 'hypothetical scenario', 'suppose it happens', 'imagine this situation'],
  32: ['how would you handle it', 'how would you respond'],
  34: ['how would you approach it', 'what would you do next'],
};

/** Words of one sense, folded into one concept. */
const FOLD: Record<string, string> = {};
for (const [concept, words] of Object.entries({
  intro: 'introduce introduction intro introducing pitch elevator',
  self: 'yourself myself self oneself',
  background: 'background resume résumé cv career journey path bio biography',
  leave: 'leave leaving left quit quitting switch switching departure exit transition transitioning resign resigning resigned resignation',
  company: 'company organization organisation firm employer here us',
  // (An internship, an apprenticeship or a traineeship is the job applied for, as a role is: "What excites you about
  // this internship?".)
  role: 'role job position opportunity internship apprenticeship traineeship vacancy',
  future: 'future five ten goal goals ambition aspiration',
  question: 'question questions ask asking',
  interviewer: 'interviewer interviewers panel them reverse',
  hire: 'hire hiring',
  draw: 'draw attract interest interested excite excited motivation motivate appeal',
  hypothetical: 'would if suppose imagine hypothetical scenario',
  handle: 'handle respond react approach deal',
  salary: 'salary salaries compensation pay',
  dislike: 'dislike dislikes disliked hate hated',
})) for (const w of words.split(' ')) FOLD[w] = concept;

const STOP = new Set(
  ('a an the of to in on at for and or but is are was were be been being do does did done have has had i my we our ' +
    'your you it its this that these those with as by from what how tell give can could should will please ' +
    'some any so very just q ' +
    // A verb of asking says how the question is put, not what it asks: "walk me through your resume" asks for the
    // resume, as "tell me about" does; "a bit", "a little", "a brief overview", "a short summary" only soften it.
    'walk through bit little brief briefly short quick quickly overview summary summarize summarise ' +
    // The superlatives a question asks by ("your greatest weakness", "your biggest weaknesses", "your top strength")
    // do not change which question it is.
    'greatest biggest strongest best top main ' +
    // nor do the words that say which job it was about ("your last role", "your previous job", "a former employer").
    'last previous former prior').split(' '),
);

function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  // "planning" is "plan", "running" "run": a doubled consonant before -ing is one.
  if (w.endsWith('ing') && w.length > 5) return /([b-df-hj-np-tv-z])\1ing$/u.test(w) && !/(?:ll|ss|ff|zz)ing$/u.test(w) ? w.slice(0, -4) : w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  // A plural in -es after a hissing sound ("weaknesses", "approaches", "boxes") drops both letters.
  if (/(?:ss|sh|ch|x|z)es$/u.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The concepts of a short text: stop words out, words stemmed, words of one sense folded. */
export function conceptsOf(text: string): Set<string> {
  const out = new Set<string>();
  // "not like", "didn't you enjoy" say "dislike".
  // The interviewer's "me" or "us" after a verb of asking ("tell me about…", "walk us through…", "give me…") is who
  // hears the answer, not what it is about: "Tell me about your daily routine" shares nothing with "About me".
  const said = text
    .toLowerCase()
    .replace(/(?:\bnot|n['’]t)\s+(?:you\s+)?(?:like|enjoy|love)\b/gu, ' dislike ')
    // A change of job is leaving: "job change", "career change", "changing jobs", "change employers".
    .replace(/\b(?:job|career|employer|company)\s+chang(?:e|es|ing)\b|\bchang(?:e|es|ing)\s+(?:jobs|employers|companies|careers)\b/gu, ' leave ')
    .replace(/\b(tell|give|walk|show|take|talk)\s+(?:me|us)\b/gu, '$1')
    // "about you" at the end of what is asked is "about yourself" ("Tell me something about you").
    .replace(/\babout\s+you(?=\s*(?:[?.!,;:]|$))/gu, 'about yourself');
  for (const raw of said.replace(/['’]s\b/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []) {
    const w = FOLD[raw] ?? FOLD[stem(raw)] ?? (STOP.has(raw) ? undefined : stem(raw));
    if (w) out.add(w);
  }
  return out;
}

interface QuestionDoc {
  id: number;
  concepts: Set<string>;
  weight: number;
}

let docs: QuestionDoc[] | undefined;
const idf = new Map<string, number>();
let unknownIdf = 1;

/** One document per wording of each catalog question (its text, short name, senses), built on first use. */
function questionDocs(): QuestionDoc[] {
  if (docs) return docs;
  docs = [];
  for (const q of QUESTIONS) {
    for (const text of [q.text, q.short, ...(SENSES[q.id] ?? [])]) docs.push({ id: q.id, concepts: conceptsOf(text), weight: 0 });
  }
  const df = new Map<string, number>();
  for (const d of docs) for (const c of d.concepts) df.set(c, (df.get(c) ?? 0) + 1);
  for (const [c, n] of df) idf.set(c, Math.log(1 + docs.length / n));
  unknownIdf = Math.log(1 + docs.length);
  for (const d of docs) for (const c of d.concepts) d.weight += idf.get(c)!;
  return docs;
}

/**
 * The catalog question a short text (a title, an opening question) is, or undefined. `title` is how much of the
 * text's weighted concepts the closest wording covers, `wording` how much of that wording the text says; both
 * must be high, so a title that shares one word with a question ("The hiring loop") is not that question.
 */
export function closestQuestion(text: string, threshold: typeof MATCH = MATCH): { id: number; title: number; wording: number } | undefined {
  const all = questionDocs();
  const q = conceptsOf(text);
  // A name the questions do not know, capitalised inside the line ("What do you know about Assurant?", "Why I want
  // to join Warp"), stands where "the company" stands: a question names the company it is asked at. (Only in a
  // line that asks: a title in title case, "Joining Stripe", names a project.)
  const asks = /\?\W*$/u.test(text) || /^\W*(?:why|what|how|where|who|which)\b/iu.test(text);
  // (Not a name that a verb of using takes, "Why did you use Redis?", "Why adopt Kafka?": a tool, a technical choice.)
  if (asks) for (const m of text.slice(1).matchAll(/(?<=[\s"'“(])\p{Lu}[\p{L}&'’-]+/gu)) {
    const name = m[0];
    if (TOOL_VERB.test(text.slice(0, m.index + 1)) || TOOL_VERB.test(`${name} `)) continue;
    const c = name.toLowerCase().replace(/['’]s$/u, '');
    if (q.has(c) && !idf.has(c) && !FOLD[c] && c.length > 1) {
      q.delete(c);
      q.add('company');
    }
  }
  // "Who" asks who you are only as the question's own word ("Who are you?", "…a few words about who you are?"); a
  // relative "who" after a noun names someone in the story ("The broker who complained", "A teammate who kept slipping").
  if (q.has('who') && !ASKS_WHO.test(text)) q.delete('who');
  // A bare "Question" or "Questions" names a header, not what is asked.
  if (q.size === 0 || q.size > 14 || /^\W*questions?\W*$/iu.test(text)) return undefined;
  let total = 0;
  for (const c of q) total += idf.get(c) ?? unknownIdf * 0.5;
  let best: { id: number; title: number; wording: number; shared: number; score: number } | undefined;
  let bestPassing: { id: number; title: number; wording: number; score: number } | undefined;
  for (const d of all) {
    let hit = 0;
    let shared = 0;
    for (const c of q) if (d.concepts.has(c)) {
      hit += idf.get(c)!;
      shared++;
    }
    if (hit === 0) continue;
    const title = hit / total;
    const wording = hit / d.weight;
    const score = Math.min(title, wording) + 0.01 * (title + wording);
    if (!best || score > best.score) best = { id: d.id, title, wording, shared, score };
    if (passes(title, wording, threshold) && (!bestPassing || score > bestPassing.score)) bestPassing = { id: d.id, title, wording, score };
  }
  if (!best) return undefined;
  if (!passes(best.title, best.wording, threshold)) {
    // A near tie (scores within 0.02) is no evidence against a wording that passes: "Why I want this role" says
    // "why this role" whole and covers "Why do you want to work here?" in part about as well.
    if (!bestPassing || best.score - bestPassing.score > TIE) return undefined;
    return { id: bestPassing.id, title: bestPassing.title, wording: bestPassing.wording };
  }
  return { id: best.id, title: best.title, wording: best.wording };
}

/** A verb that takes a tool as its object, just before a name: "use", "adopt", "implement", "migrate to". */
const TOOL_VERB = /\b(?:use|used|using|adopt|adopted|adopting|implement|implemented|integrate|integrated|deploy|deployed|install|installed|migrate\s+to|migrated\s+to|switch\s+to|switched\s+to)\s+$/iu;

/** "Design a … system", in the imperative, in English and the other languages the corpus is written in. */
const DESIGN_TASK =
  /^\W*(?:\d{1,2}[.)]\s*)?(?:design|diseñ[ae]|conce(?:vez|vois)|entw(?:irf|erfen\s+sie)|projete|progett[ai]|спроектируй(?:те)?)\s+(?:an?|un[ae]?|ein(?:e|en)?|uma?|один|одну)\s+(?:[\p{L}-]+\s+){0,3}?(?:system|sistema|syst[èe]me|систему)(?!\p{L})|^\W*(?:\d{1,2}[.)]\s*)?(?:设计|設計)(?:一个|一個|一套)[^，。？?]{0,12}系统/iu;

/** "Who" as the word that asks: first in the line (after a number), or "who you are". */
const ASKS_WHO = /^\W*(?:q\W*)?(?:\d{1,3}[.)]?\s*)?who\s+(?:are|were|r)\s+(?:you|u)\b|\bwho\s+(?:you|u)\s+(?:are|really\s+are|were)\b|\bwho\s+you['’]re\b/iu;

const MATCH = { title: 0.6, wording: 0.7, whole: 0.45 };
/** Scores closer than this are a tie. */
const TIE = 0.02;

/** The whole of a wording said, in a longer line ("Good morning! Please introduce yourself."), or most of both. */
function passes(title: number, wording: number, threshold: typeof MATCH): boolean {
  return (wording >= 0.95 && title >= threshold.whole) || (title >= threshold.title && wording >= threshold.wording);
}

/**
 * "Why me?", "Why you?", "Why hire me?", and the same in the other languages ("Warum ich?", "Pourquoi moi ?", "¿Por qué
 * tú?", "Perché io?", "Почему я?"): why this candidate, question 2, as "Why should we hire you?" is.
 */
const WHY_SELF =
  /^\W*(?:\d{1,2}[.)]\s*)?(?:why\s+(?:(?:should\s+(?:we|i)\s+)?(?:hire|choose|pick)\s+)?(?:me|you)|warum\s+(?:ich|du|sie|gerade\s+(?:ich|du|sie))|pourquoi\s+(?:moi|toi|vous)|por\s+qu[ée]\s+(?:yo|t[uú]|usted|eu|voc[êe])|perch[ée]\s+(?:io|tu|te|lei)|почему\s+(?:я|вы|ты|именно\s+(?:я|вы|ты))|waarom\s+(?:ik|jij|u)|dlaczego\s+(?:ja|ty|pan|pani))[\s?？!.]*$/iu;

/**
 * "Warum Firma?", "Perché Google?", "¿Por qué Python?", "Pourquoi le conseil ?": why and a word or two, and nothing else,
 * in the other languages: why this company or this line of work, as "Why Acme?" and "Why frontend?" are in English.
 * (Not "why not", "why so", "why this": a function word names nothing.)
 */
const OTHER_WHY_SHORT =
  /^\W*(?:\d{1,2}[.)]\s*)?(?:warum|weshalb|wieso|pourquoi|por\s+qu[ée]|perch[ée]|почему|waarom|dlaczego|neden|mengapa|kenapa)\s+(?:(?:gerade|el|la|los|las|le|les|l['’]|il|lo|i|gli|de|het|die|der|das|o|a|os|as)\s*)?(?!(?:nicht|pas|no|non|не|niet|nie|so|así|ainsi|così|так|das|dies|ça|cela|eso|esto|isso|isto|questo|это|dat|dit|to|jetzt|maintenant|ahora|agora|ora|сейчас|nu|teraz)(?![\p{L}]))(\p{L}[\p{L}.&'’-]*)(?:\s+\p{L}[\p{L}.&'’-]*)?[\s?？!.]*$/iu;

/** "Why Shure?", "Why Acme", "Why Samsung? Why now?": why this company, by its name. */
const WHY_NAME = /^\W*(?:\d{1,2}[.)]\s*)?[Ww]hy\s+(?!(?:Did|Do|Does|Is|Are|Was|Were|Would|Should|Could|Can|Will|Has|Have|Had|Not|You|We|I|They|It)\b)(?:\p{Lu}[\p{L}&.'’-]*\s*){1,3}(?:\?\s*$|\?\s+\p{Lu}|$)/u;

/**
 * The English "why" (or "why not") before a name in Chinese, Japanese or Korean, and nothing else ("why 广发", "why not
 * 量化", "Why 銀行?", "why 삼성"): a bilingual note's why this company or this line of work, as "Why Acme?" is; the
 * script has no capitals to tell a name by, so a word of it, alone, is the name.
 */
const WHY_NAME_CJK = /^\W*(?:\d{1,2}[.)]\s*)?why\s+(?:not\s+)?[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}ー・]{1,10}\s*[?？]?\s*$/iu;

/**
 * The questions the candidate should put, named in other languages ("Preguntas que TÚ debes hacer", "Poser des
 * questions", "Đặt câu hỏi ngược", "你还有其他想问的吗"): a list of questions to ask, read on the heading itself, before
 * a question its body puts is taken for what it asks.
 */
const QUESTIONS_TO_PUT_OTHER = /(?<!\p{L})(?:câu\s+hỏi\s+ngược|đặt\s+câu\s+hỏi(?:\s+cho\s+nhà\s+tuyển\s+dụng)?|preguntas\s+que\s+(?:t[úu]\s+)?(?:debes|puedes|deber[ií]as|tienes\s+que)\s+hacer|preguntas\s+para\s+hacer|poser\s+des\s+questions|perguntas\s+(?:para\s+fazer|que\s+(?:voc[êe]\s+)?(?:deve|pode)\s+fazer)|domande\s+da\s+fare)(?!\p{L})|(?:还有|有没有)[^？?。]{0,6}(?:想|要)问/iu;

/**
 * Where the NLP gives nothing: the non-story questions in other languages (a short fallback). A question word and
 * the word that carries the question may stand apart ("¿Por qué te gustaría trabajar en nuestra empresa?",
 * "Pourquoi voulez-vous rejoindre notre entreprise ?", "Почему нам надо нанять именно вас?"), as in English.
 */
const OTHER_LANGUAGES: [RegExp, number][] = [
  // "About me" as a title, in the other languages ("Sobre mí", "À propos de moi", "Über mich", "Chi sono", "Обо мне",
  // "关于我", "私について", "Về tôi"): who the writer is, question 1, as the English "About me" is. (The whole title: "¿Qué
  // dirían de mí?" is not one.)
  // So is a self-introduction named as the whole title ("个人介绍", "简单介绍", "Presentación personal", "Presentazione",
  // "Selbstvorstellung", "Giới thiệu bản thân"), as "Self-introduction" is in English.
  [/^\W*(?:\d{1,2}\s*[.、．)]\s*)?(?:个人介绍|個人介紹|个人简介|個人簡介|简单介绍|簡單介紹|presentaci[óo]n(?:\s+personal)?|presentazione(?:\s+personale)?|apresenta[çc][ãa]o(?:\s+pessoal)?|présentation(?:\s+personnelle)?|presentation\s+personnelle|selbstvorstellung|самопрезентаци\p{L}*|giới\s+thiệu(?:\s+bản\s+thân)?|perkenalan(?:\s+diri)?|autoprezentacja|kendini\s+tanıt\p{L}*)\W*$/iu, 1],
  // A Korean cover letter's section of one's career and specialties ("경력 및 특기", "경력 및 업무 경험"): the
  // background, question 1, as "Career summary" is.
  [/^\W*(?:\d{1,2}\s*[.)]\s*)?경력\s*(?:및|과|·)\s*(?:특기|업무\s*경험|역량|사항)\W*$/u, 1],
  [/^\W*(?:sobre\s+m[ií]m?|acerca\s+de\s+m[ií]|[àa]\s+propos\s+de\s+moi|über\s+mich|chi\s+sono|su\s+di\s+me|обо\s+мне|о\s+себе|over\s+mij|tentang\s+saya|về\s+(?:tôi|bản\s+thân)|o\s+mnie|hakkımda|关于我|關於我|私について|저에\s*대해|나에\s*대해)\W*$/iu, 1],
  // Chinese: the words that carry the question, with room for the words between them ("为什么你是这份工作最佳的候选人").
  [/自我介绍|介绍一下(?:你|自己)(?:自己)?(?![^，。？?！!]{0,4}(?:做过|参与|负责|的项目|项目|经历过))|^\W*(?:请)?简单(?:地)?介绍|自己紹介|자기\s*소개|présentez[- ]vous|parlez[- ](?:moi|nous) de vous|pr[ée]sentation (?:rapide|courte|br[eè]ve)|pr[ée]sentation personnelle|pres[ée]ntate|(?:cu[ée]nta(?:me|nos)|cont(?:ar|arme|arnos)|h[áa]bla(?:me|nos)|hablar(?:me|nos)|di(?:me|nos)|decir(?:me|nos))(?: un poco| algo)? (?:sobre|de|acerca de) ti\b|(?:fale|conte)(?:[- ](?:me|nos))?(?: um pouco)? sobre (?:voc[êe]|si)(?!\p{L})|apresente[- ]se|stell(?:en sie)? (?:dich|sich) (?:(?:bitte|kurz|doch|einmal|mal) ){0,2}vor(?!\s*[,:–—-]\s*\p{L})|erzählen sie (?:mir |uns )?(?:etwas )?über sich|расскажи(?:те)? (?:немного )?о себе|представьтесь/iu, 1],
  [/为(?:什么|啥|何)[^？?。！!]{0,12}(?:选择|想来|加入|申请|应聘|投递?(?:简历)?(?:这|我们|我司|贵司|本公司|你们)|候选人|适合|合适|人选|录用|喜欢|转行)|吸引你的(?:地方|原因|是)|(?:公司|我们|贵司)[^，。？?！!]{0,6}吸引你|对(?:于)?(?:我们|我司|贵司|本公司|公司|[^，。？?！!\s]{1,10}(?:公司|集团|银行|证券|企业))[^，。？?！!]{0,16}?(?:了解|认识|看法|印象|预测|前景|期待)|(?:什么|哪些|几个|(?:其他|别的)(?:公司|家)?(?:的)?)\s*offer|offer[^？?。]{0,6}(?:怎么|如何)(?:考虑|选择)|(?:薪资|薪水|薪酬|工资|待遇)[^，。？?！!]{0,4}(?:要求|期望|预期|多少)|(?:期望|要求|谈)[^，。？?！!]{0,3}(?:薪|待遇)|^\W*(?:\d{1,2}\s*[、.．)]\s*)?(?:薪资|薪水|薪酬|工资|待遇)\W*$|(?:회사|기업)[을를]?\s*선택한\s*이유|(?:회사|기업)(?:만)?의\s*장점|了解(?:我们|我司|贵司|本公司)|qu[ée] sabes (?:de|sobre) (?:nosotros|nuestra|esta|la) ?(?:empresa|compa[ñn][ií]a)?|que savez[- ]vous (?:de|sur) (?:nous|notre|cette|l['’]entreprise)|was wissen sie über (?:uns|unser|dieses)|o que (?:voc[êe] )?sabe (?:sobre|da|de) (?:n[óo]s|nossa|esta|a empresa)|なぜ当社|志望動機|志望(?:した|の)理由|지원\s*동기|지원[\s·・,/]*(?:(?:및|과|와)\s*)?(?:\p{L}{1,3}[\s·・]*)?(?:동기|배경)|pourquoi[^?]{0,30}(?:rejoindre|notre entreprise|cette entreprise|chez nous|ce poste|vous embaucher|vous recruter)|pourquoi (?:nous|notre|cette entreprise)|por qu[ée][^?]{0,30}(?:trabajar (?:aqu[ií]|con nosotros|en (?:nuestra|esta))|nuestra empresa|esta empresa|unirte|este puesto|contratarte|te contratemos)|por qu[ée] (?:quieres trabajar|nosotros|esta empresa)|por que[^?]{0,30}(?:trabalhar (?:aqui|conosco|na nossa|nesta)|nossa empresa|esta empresa|esta vaga|te contratar|contratar voc[êe])|warum (?:wir|unser|dieses unternehmen|möchten sie|haben sie sich (?:bei|für))|почему[^?]{0,30}(?:нанять|взять|выбрать (?:вас|именно)|именно (?:вас|нашу|мы|к нам)|(?:к )?нам|наш(?:у|ей) компани)|почему (?:(?:вы )?выбрали|(?:вы )?хотите (?:работать|к нам)|именно (?:нашу|мы))|зарплатн|ожидани[яй] по (?:зарплате|доходу)|когда (?:вы )?(?:готовы|сможете|можете) (?:выйти|приступить)|expectativas?[^?]{0,20}salarial(?:es)?|pr[ée]tentions? salariales?|quel salaire|salaire (?:souhait[ée]|attendu|demand[ée])|gehaltsvorstellung|pourquoi (?:avez[- ]vous|as[- ]tu) choisi (?:le|la|l['’]|les) ?(?:d[ée]veloppement|ing[ée]nierie|informatique|programmation|design|data|m[ée]tier|domaine)|por qu[ée] (?:elegiste|escogiste|decidiste (?:estudiar|dedicarte a)) (?:(?:el|la|los|las) )?(?:desarrollo|ingenier[ií]a|inform[áa]tica|programaci[óo]n|dise[ñn]o|datos|carrera|profesi[óo]n)|por que (?:voc[êe] )?escolheu (?:o |a )?(?:desenvolvimento|engenharia|inform[áa]tica|programa[çc][ãa]o|carreira|[áa]rea)|pretensi[óo]n(?:es)? salarial(?:es)?|pretens[ãa]o salarial|期望薪资|薪资期望|期望的薪资|什么时候[^？?。]{0,4}(?:入职|到岗)|希望年収|희망\s*연봉/iu, 2],
  [/职业规划|未来(?:的)?规划|发展方向|發展方向|(?:短期|长期|职业|未来)(?:的)?(?:目标|规划|计划)|(?:\d+|[一二三四五六七八九十])\s*年(?:之|以)?后|今後のキャリア|キャリアプラン|wo sehen sie sich|где (?:вы )?видите себя|развити[ея] (?:вашей )?карьеры|карьерн(?:ый|ого) (?:рост|план)|(?:\d+|다섯|십)\s*년\s*(?:후|뒤|계획)|(?:오래|오랫동안|얼마나(?:\s*오래)?)\s*(?:다닐|근무할|일할)|cu[áa]nto tiempo[^?]{0,30}(?:quedarte|permanecer|trabajar con nosotros)|quanto tempo[^?]{0,30}(?:ficar|permanecer)|combien de temps[^?]{0,30}rester|wie lange[^?]{0,30}bleiben|(?:能|打算|准备)[^？?。]{0,8}(?:干|待|做|呆)多久|입사 후 (?:포부|계획|목표)|커리어 (?:계획|목표)|(?:역할|직무|업무)\s*목표|d[óo]nde te ves|onde (?:voc[êe] )?se v[êe]|o[uù] vous voyez[- ]vous/iu, 5],
  [/离职原因|(?:当前|目前|现在|上一份|之前|上家)的?(?:工作|公司)[^？?。！!]{0,10}(?:不符|不满|不喜欢|不足|不好)|为(?:什么|啥|何)[^？?。！!]{0,6}(?:离开|离职|跳槽|换工作)|换工作的原因|退職理由|転職(?:を考え|理由|の理由)|pourquoi quitte|pourquoi[^?]{0,30}quitt(?:er|é|ez)|por qu[ée] dejas|por qu[ée][^?]{0,30}(?:dejar|irte de|cambiar de (?:trabajo|empleo|empresa))|por que[^?]{0,30}(?:sair|saiu|deixar|deixou) (?:d[oa]|seu|sua|o|a)\b|warum (?:wechseln|verlassen)|warum[^?]{0,40}(?:verlassen|wechseln|kündigen)|что (?:вам )?не нрави(?:лось|тся) (?:на|в) (?:прошлой|предыдущей|текущей|нынешней|последней)|qu['’]est-ce qui ne vous pla[iî]sait|qu[ée] no te gust(?:aba|a) de tu (?:[úu]ltimo|anterior|actual)|почему (?:вы )?(?:уходите|ищете|ищите|увольняетесь|решили сменить)|이직\s*(?:사유|이유)|퇴사\s*(?:사유|이유)|왜[^?？]{0,15}(?:이직|퇴사)|(?:이직|퇴사)(?:을|를)?\s*하려(?:고|는)|离职的话|离职(?:的)?(?:理由)|busca(?:s|ndo)?\s+(?:un\s+)?nuevo\s+(?:trabajo|empleo)/iu, 28],
  [/反问|你有什么问题|有什么(?:想要?|要|需要)问|(?:还有|还要|想)[^？?。]{0,4}问(?:什么|的)?问题|질문(?:할|하실)?\s*(?:것|게|거|사항)?(?:이|가|은|는)?\s*(?:있(?:습니까|나요|으신가요|으세요|어요|으십니까)|하실)|逆質問|何か質問はありますか|questions? (?:à|a) poser|preguntas para el entrevistador|fragen an (?:den|die) interviewer|есть (?:ли )?(?:у вас )?вопросы/iu, 29],
  // A situation put to the candidate: the conditional addressed to them ("¿Cómo resolverías…?", "que feriez-vous",
  // — not a polite request to describe or rate, "¿Cómo describirías…?", "Wie würden Sie sich beschreiben?" —
  // "что вы будете делать", "어떻게 대처할 것인가요", "你会怎么做"), a supposition ("Supongamos…", "如果你…", "假如…").
  [/怎么办|你该怎么做|你应该怎么做|你会怎么|如果(?:你|我|他|她|公司|领导|同事|团队)|假如|假设你|que feriez[- ]vous|(?<!\p{L})(?!d[ée]cri|d[ée]fini|qualifi|[ée]valu|r[ée]sum|caract[ée]ris|not)\p{L}{2,}riez[- ]vous|qu[ée] har[ií]as|¿?c[óo]mo (?!describ|defin|calific|valor|evalu|resum|caracteriz)\p{L}{2,}r[ií]as|\bsupongamos\b|\bimagina que\b|o que (?:voc[êe] )?faria(?![^?]{0,12}(?:escolher|preferir|aceitar|querer|vir\b|deixar|sair|mudar))|was würden sie tun|wie würden sie(?! (?:\p{L}+ ){0,4}?(?:beschreiben|bewerten|einschätzen|definieren|charakterisieren)\b)|(?<![\p{L}\p{N}])если(?![\p{L}\p{N}])[^?]{0,80}(?:ваши действия|(?:вы|ты) (?:будете|будешь|сделаете|сделаешь|поступите|поступишь))|ваши (?:первые )?(?:действия|шаги)|что (?:вы )?(?:будете|сделаете) (?:делать)?|(?:할|하실|하시겠|대처할|대응할)\s*(?:것인가요|건가요|겁니까|것입니까)|하시겠습니까|어떻게\s*(?:하시겠|하겠|대처하시겠|대처하겠|대응하시겠|대응하겠)|場合[、,]?\s*(?:どう|どのように)(?:対応|対処)?しますか|どう(?:対応|対処)しますか|(?<!\p{L})(?:cosa|che cosa|come)\s+(?!descriv|defin|valut|riassum|caratterizz)\p{L}{2,}(?:resti|reste)(?!\p{L})|(?<!\p{L})(?:wat|hoe)\s+zou(?:den)?\s+(?:je|jij|u|jullie)(?!\p{L})/iu, 30],
];

/**
 * Korean's future of intent, "어떻게 …ㄹ 건가요?" ("교육이 힘들면 어떻게 따라갈 건가요?", "어떻게 설득할 것입니까?"): "how" and a
 * verb in its future form (a syllable closed by ㄹ) before "것/건/겁", a situation put to the candidate as "How will
 * you…?" is. The syllables closed by ㄹ are those whose index from 가 leaves 8 by 28.
 */
const KO_RIEUL = Array.from({ length: 11172 / 28 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 8)).join('');
const KO_HOW_WILL = new RegExp(`어떻게[^?？.]{0,24}[${KO_RIEUL}]\\s*(?:것인가요|건가요|겁니까|것입니까|거예요|건지요?|것인지)`, 'u');

/**
 * The fit questions read by their concepts in the other languages, where the patterns above name no wording: the
 * question word "why" and the verb of leaving ("Почему вы ушли с прошлой работы?", "왜 전 직장을 그만두셨나요?"), "why"
 * and joining or the company ("Perché vuoi lavorare con noi?", "なぜ弊社を志望したのですか"), knowing the company
 * ("Что вы знаете о нашей компании?"), the years ahead ("Dove ti vedi tra cinque anni?", "5年後どうなっていたいですか"),
 * and telling about oneself ("Parlami di te", "说说你自己", "自己PR"). Each concept is a word class across languages
 * (knowledge/asks.ts OTHER_LANGUAGE_CONCEPTS); a question about a past episode has already been read as a story.
 */
// (read once per line: an answer's asked line and its title are often the same text, and a bank repeats them)
const otherLanguageIntent = memoByText(otherLanguageIntentNow, 4096);

function otherLanguageIntentNow(asked: string): number | undefined {
  const title = cjkJoined(asked);
  const has = (k: keyof typeof OTHER_LANGUAGE_CONCEPTS): boolean => OTHER_CONCEPT_RES[k].test(title);
  if (has('why') && has('leave')) return 28;
  // The employer left, asked about as a question or named as a topic, and not an episode there (a project, what was
  // done or met with there).
  if (has('previousJob') && (/[?？]/u.test(title) || (title.match(/\p{L}+/gu)?.length ?? 0) <= 4) && !EPISODE_THERE.test(title) && !PAST_ASK.test(title)) return 28;
  if (has('why') && (has('join') || has('us'))) return 2;
  // Why a line of work, an industry or a field of study, named ("Pourquoi avez-vous choisi ce cursus ?", "Warum
  // interessiert Sie gerade der Bereich…?", "なぜ教育業界を見ていたか?") or asked bare in Chinese or Japanese ("なぜ金融か？",
  // "为什么是前端？", as "Why frontend?" is in English): the reasons for the work, the fit talk. (Not an episode there.)
  if (has('why') && (has('field') || WHY_BARE_CJK.test(title)) && !EPISODE_THERE.test(title) && !PAST_ASK.test(title)) return 2;
  // Knowing the company, or the position applied for ("Bạn biết gì về vị trí … mà bạn đang ứng tuyển?", "Comment vous
  // êtes-vous renseigné sur notre entreprise ?"), or the line of work ("Was wissen Sie über die Aufgaben dieses
  // Bereichs?"): the fit talk. (Not an episode there.)
  if (has('know') && (has('us') || has('join') || has('field')) && !EPISODE_THERE.test(title)) return 2;
  // What the candidate knows of a company named as a topic ("对联易融的了解", "对贵司的认识"): the fit talk.
  if (has('know') && /^\W*对[^，。？?！!\s]{1,14}?的?(?:了解|认识)\W*$/u.test(title)) return 2;
  if (has('ahead')) return 5;
  // A list of questions named by whom it is for ("Вопросы к работодателю", "Fragen an den Arbeitgeber"), as a title of a
  // few words: questions to ask.
  if (has('questionsFor') && (title.match(/\p{L}+/gu)?.length ?? 0) <= 6) return 29;
  // A wish asked with the company addressed ("Bạn mong muốn học được gì từ công ty chúng tôi?"), or what sets the
  // candidate apart, asked ("O que você considera como seu principal diferencial?"): the fit talk.
  if (has('wish') && has('us')) return 2;
  // A wish asked of the candidate with no company named ("Bạn mong đợi học được gì từ vị trí thực tập?"): what they
  // seek, all the same. (Not a time told, "Kể về một lần bạn không đạt kỳ vọng": an episode.)
  if (has('wish') && /[?？]/u.test(title) && !PAST_ASK.test(title) && !EPISODE_THERE.test(title) && !VI_EPISODE.test(title)) return 2;
  if (has('apart') && /[?？]/u.test(title) && !PAST_ASK.test(title)) return 2;
  if (has('tellSelf')) return 1;
  if (has('seek')) return 2;
  // What the candidate would bring to the company or the position ("¿Qué puedes aportar a este puesto?", "Was können
  // Sie bei uns einbringen?"): why hire them; unless what is brought is named as a trait ("Welche Ihrer Stärken würden
  // Sie in dieser Position einbringen?" asks what you are like, a story, as in English).
  if (has('offer') && (has('us') || has('join')) && !has('traits')) return 2;
  // Pay named in a line that asks, or as a topic of a few words ("Berapa ekspektasi gaji Anda?", "Mức lương mong muốn").
  if (has('pay') && (/[?？]/u.test(title) || (title.match(/\p{L}+/gu)?.length ?? 0) <= 4)) return 2;
  // The terms of the move (start date, notice, relocation, the hours and shifts one can work), asked of the candidate
  // or named as a topic ("Are you willing to relocate?", "Notice period", "入职时间", "是否可以接受加班"): the fit
  // talk. Not a view of the hours ("How do you feel about overtime?": a way of working), nor a habit ("How do you
  // handle salary talks?"), an act ("Relocating the warehouse") or an episode ("Did you ever work night shifts?").
  if ((has('terms') || (has('hours') && !TERMS_VIEW_RE.test(title))) && !PAST_ASK.test(title) && !HABIT.test(title) && termsAsked(title)) return 2;
  // How and how much they can work, in a line that asks them ("Are you open to working onsite?", "Remote or onsite?").
  // (Not a habit, "7. How do you keep in touch with remote colleagues?", nor a word that only says which people or
  // things: "remote team members", "hybrid meetings".)
  if (has('arrangement') && /[?？]/u.test(title) && arrangementAsked(title)) return 2;
  if (has('askUs')) return 29;
  // A question the candidate puts about the process, the team or the work in the position ("Wie gestaltet sich der
  // weitere Bewerbungsprozess?", "Welche Erwartungen haben Sie an meine Arbeit…?"), with no "your" of the candidate's
  // in it: a question to ask.
  if (has('workplace') && /[?？]\W*$/u.test(title) && !OTHER_YOURS_RE.test(title)) return 29;
  return undefined;
}
const TERMS_VIEW_RE = new RegExp(TERMS_VIEW, 'iu');
/** A Vietnamese question about a time: "một lần" (once), "khi" (when), "kể" (tell of), "đã từng" (ever). */
const VI_EPISODE = /(?<!\p{L})(?:lần|khi|kể|đã\s+từng|trải\s+nghiệm)(?!\p{L})/iu;
/** "Why" and a bare noun in Chinese or Japanese, the noun in kanji, katakana or Latin letters ("なぜ金融か？", "为什么是前端？", "なぜコンサル?"). */
const WHY_BARE_CJK = /^\W*(?:なぜ|何故|为什么|為什麼|为啥)\s*(?:是|選|选)?\s*[\p{Script=Han}\p{Script=Katakana}A-Za-z][\p{Script=Han}\p{Script=Katakana}A-Za-zー・ ]{0,9}?\s*(?:なのか|なの|か|呢)?\s*[?？]?[\s\p{P}\p{S}]*$/u;
const ARRANGEMENT_G = new RegExp(OTHER_LANGUAGE_CONCEPTS.arrangement, 'giu');

/** The nouns a word of the work arrangement can qualify and still name it: "remote work", "a hybrid role", "full-time job". */
const ARRANGEMENT_NOUNS = /^(?:work|working|job|jobs|role|roles|position|positions|arrangement|arrangements|setup|basis|option|options|model|schedule|environment|employment|contract|opportunit(?:y|ies))$/iu;

/**
 * The way of working asked of the candidate ("Are you open to working onsite?", "Remote or onsite?", "How many hours per
 * week can you commit?"): a line addressed to "you" or a short one, no habit, view, situation or past asked, and the
 * arrangement word not a modifier of the people or things of the work ("remote team members", read by the tagger).
 */
function arrangementAsked(line: string): boolean {
  const title = line.replace(/^\W*(?:q\W*)?\d{1,3}[.)]?\s*\W*/iu, '');
  if (!(/\b(?:you|your)\b/iu.test(title) || (title.match(/\p{L}+/gu)?.length ?? 0) <= 6)) return false;
  if (PAST_ASK.test(title) || HABIT.test(title) || TERMS_VIEW_RE.test(title) || TERMS_SITUATION.test(title)) return false;
  const r = readText(title);
  // Each token's offset in the line, so that the word after a match is read with its tag.
  const at: number[] = [];
  let from = 0;
  for (const w of r.words) {
    const k = title.indexOf(w, from);
    at.push(k);
    if (k >= 0) from = k + w.length;
  }
  for (const m of title.matchAll(ARRANGEMENT_G)) {
    const end = m.index + m[0].length;
    const next = at.findIndex((k) => k >= end);
    // (A word that names the arrangement by itself, "remote", "hybrid", before a noun of the people or things of the
    // work only qualifies them.)
    const noun = next >= 0 && /^\s*$/u.test(title.slice(end, at[next])) && (r.pos[next] === 'NOUN' || r.pos[next] === 'PROPN');
    if (!noun || ARRANGEMENT_NOUNS.test(r.words[next])) return true;
  }
  return false;
}
/**
 * A title in Chinese or Japanese with a Latin word or a number set off by spaces ("自己 PR", "谈谈 offer 的选择", "5 年后"),
 * as many writers space them: the spaces taken out, so it reads as the same words run together ("自己PR"). (Not Korean,
 * which spaces its own words.)
 */
function cjkJoined(title: string): string {
  return CJK_NEAR_SPACE.test(title) ? title.replace(CJK_SPACE_LATIN, '') : title;
}
const CJK_NEAR_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\s|\s[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_SPACE_LATIN = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[ \t\u3000]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \t\u3000]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

/** An episode at an employer (a project, something done, met with or achieved there), or what should be improved there (a way of working). */
const EPISODE_THERE = /项目|做过|经历|遇到|成就|挑战|困难|失败|改进|改善|プロジェクト|経験した|프로젝트|proyecto|projeto|projet|projekt/iu;
/** A situation put around the terms ("How would you handle a crash during non-working hours?"); "Would you be willing to relocate?" puts none. */
const TERMS_SITUATION = /\b(?:if|suppose|imagine|what\s+would\s+you\s+do|how\s+(?:would|will|should)\s+you\s+(?:handle|deal|respond|react|approach|manage|tackle|proceed))\b/iu;
const RATE_SELF_RE = new RegExp(RATE_SELF, 'iu');
const OTHER_YOURS_RE = new RegExp(OTHER_YOURS, 'iu');

/** A line in another language than English (another script, letters with accents, or three words and no English function word) that asks (a question mark). */
function asksOtherTongue(title: string): boolean {
  if (!/[?？]/u.test(title)) return false;
  const words = title.toLowerCase().match(/\p{L}+/gu) ?? [];
  return /[^\p{Script=Latin}\p{P}\p{S}\s\d]|[À-ɏḀ-ỿ]/u.test(title) || (words.length >= 3 && !words.some(englishFunctionWord));
}
/** A way of working asked in the other languages ("¿Cómo manejas…?", "Comment gérez-vous…?", "Wie gehen Sie mit… um?", "你怎么处理…"): a habit, a story. */
const OTHER_HABIT = /(?<!\p{L})(?:c[óo]mo\s+(?:manejas|gestionas|afrontas|enfrentas|resuelves|organizas|lidias|trabajas)|comment\s+(?:g[ée]rez|g[ée]res|faites|fais|abordez|organisez|travaillez)|wie\s+gehen\s+sie|wie\s+(?:organisieren|arbeiten|l[öo]sen)\s+sie|como\s+(?:voc[êe]\s+)?(?:lida|gerencia|resolve|organiza|trabalha)|come\s+(?:gestisci|affronti|organizzi|lavori)|как\s+(?:вы|ты)\s+(?:справляетесь|решаете|работаете|организуете))(?!\p{L})|怎么处理|如何处理|怎么应对|如何应对|どう対処|どのように(?:対処|対応)/iu;
/** A line that asks (a question mark, a question's first word) or a topic of a few words that is not an act ("Relocating the office"). */
function termsAsked(title: string): boolean {
  // (Asked of the candidate: "you" in English, "What makes a good handover between shifts?" asks about the work; and
  // no situation put around them, "How would you handle a crash during non-working hours?" being a plan.)
  if (/[?？]/u.test(title) || /^\W*(?:are|is|can|could|would|will|do|does|when|what|which|how|have|why)\b/iu.test(title)) {
    // (Or in another language: another script, letters with accents, or three words and no English function word
    // among them, "¿Tienes otras ofertas en proceso?".)
    const words = title.toLowerCase().match(/\p{L}+/gu) ?? [];
    const otherTongue = /[^\p{Script=Latin}\p{P}\p{S}\s\d]|[À-ɏḀ-ỿ]/u.test(title) || (words.length >= 3 && !words.some(englishFunctionWord));
    return (/\b(?:you|your)\b/iu.test(title) || otherTongue) && !TERMS_SITUATION.test(title);
  }
  return (title.match(/\p{L}+/gu)?.length ?? 0) <= 4 && !/^\W*\p{L}+ing\b/iu.test(title);
}
const OTHER_CONCEPT_RES = Object.fromEntries(
  Object.entries(OTHER_LANGUAGE_CONCEPTS).map(([k, src]) => [k, new RegExp(src, 'iu')]),
) as Record<keyof typeof OTHER_LANGUAGE_CONCEPTS, RegExp>;

/** A question about a past episode: "Tell me about a time…", "Describe a situation in which you…", "Give me an example of…". */
const STORY_QUESTION =
  /\b(?:tell (?:me|us) about (?:a|an|one|when|how you|your (?:biggest|greatest|most|last|proudest|hardest|toughest|best|worst))|describe (?:a|an) (?:time|situation|occasion|instance|project|moment)|give (?:me|us) an example|share (?:a|an) (?:time|example|situation)|talk about a time|a time (?:when )?you (?:had|were|did|made|took|led|failed|disagreed|worked|handled)|have you ever)\b|有没有遇到过|遇到过[^？?。]{0,20}(?:情况|时候|问题)|举(?:一)?个例子|经历过|cu[ée]ntame (?:de |sobre )?(?:una|un) (?:vez|situaci[óo]n|momento|ocasi[óo]n)|descr[ií]be(?:me)? una situaci[óo]n|h[áa]blame de (?:una|un) (?:vez|situaci[óo]n|momento)|conte(?:-me)? (?:sobre )?uma (?:vez|situa[çc][ãa]o)|descreva uma situa[çc][ãa]o|parlez[- ]moi d['’]une (?:fois|situation)|d[ée]crivez une situation|расскажите о (?:случае|ситуации)|приведите пример|был ли у вас (?:опыт|случай)|erzählen sie (?:mir |uns )?von einer situation|beschreiben sie eine situation/iu;

/** Yourself, and then work set aside: "…about yourself that's not related to work", "…about you outside (of) work". */
const OUTSIDE_WORK = /\b(?:yourself|you)\b[^?.!]{0,30}?\b(?:(?:not|isn['’]t|unrelated)\s+(?:(?:related|connected)\s+)?to\s+(?:work|your\s+(?:job|work|career))|outside\s+(?:of\s+)?(?:work|your\s+(?:job|work|career))|(?:besides|beyond|apart\s+from|aside\s+from)\s+(?:work|your\s+(?:job|work|career)))\b/iu;

const TITLE_QUESTIONS: [RegExp, number][] = [
  [/\btell (?:me|us) (?:something |a (?:little|bit) |more )?about yourself\b|\bwalk me through your (?:resume|résumé|cv|background|career)(?![\p{L}\p{N}])|\bintroduce yourself\b|\babout me\b|\btmay\b|\b(?:version|summary|overview|rundown) of your (?:career|background)\b|\bsummari[sz]e your (?:career|background)\b/iu, 1],
  // "Why Shure?", "Why Acme": why this company, by its name.
  [/^\W*(?:\d{1,2}[.)]\s*)?[Ww]hy\s+(?:\p{Lu}[\p{L}&.'’-]*\s*){1,3}\??\s*$/u, 2],
  [/\bwhy (?:do you want to|would you like to|are you interested in|should we hire)\b|\bwhy (?:this|our) (?:company|team|role|job)\b|\bwhy (?:work|join) (?:here|us)\b/iu, 2],
  [/\bwhere do you see yourself\b|\b(?:five|5)[- ]year(?:s| plan)?\b|\bcareer goals?\b|\bhow long (?:do|will|are|can) you (?:plan(?:ning)? |intend(?:ing)? |expect(?:ing)? |going |want |think you(?:'ll|’ll| will) )?(?:to )?(?:stay|work|remain|be) (?:with|at|here|in (?:this|our|the) (?:company|role|job))/iu, 5],
  [/\bwhy (?:are you |did you |do you want to )?(?:leav|quit)|\b(?:looking|look|searching|search) for (?:a )?(?:change|new (?:job|role|position|opportunity))\b|\breason(?:s)? for leaving\b|\bwhy (?:change|switch)\b/iu, 28],
  [/\b(?:questions?|anything) (?:for (?:me|us|the interviewer|the panel)|to ask)\b|\b(?:anything|something|questions?)\b[^?]{0,30}\bask\s+(?:us|me|them|the (?:team|panel|interviewers?))\b|\bdo you have any questions\b|\bquestions i (?:will|would|'d|plan to) ask\b/iu, 29],
  // "What do you do?" alone asks about now ("…outside work?"), "What do you do when…" about a habit (a story, as
  // "How do you handle…" is); "What do you do if…" puts a situation: a plan.
  [/\bwhat (?:would|will|should) you do\b|\bwhat do you do (?:if|in case)\b|\bhow (?:would|will|should) you\b(?!\s+(?:describe|rate|define|characteri[sz]e|summari[sz]e|sum\s+up|assess|evaluate|grade|score|compare)\b)|\bwhat would you\b|\bif you (?:were|had|found|realized|realised|joined|disagreed)\b|\bsuppose\b|\bimagine\b|你怎么办|你该怎么做/iu, 30],
];


const HABIT = /^\W*(?:how do you (?!see\b|picture\b|envision\b|imagine\b|feel\b)\p{L}+|what do you (?:usually |typically |normally )?do (?:when|whenever)\b)/iu;

/** A statement of a situation (a sentence that ends before it), then a short question asking what "you" do about it. */
const SCENARIO_ASK =
  /[^?\s][^?]*[.!;]\s+(?:so,?\s+|then,?\s+)?(?:what (?:do|would|will|should|can) you do(?: (?:next|first|now|about it))?|how (?:do|would|will|should|can) you (?:handle|approach|deal with|respond to|react to|tackle|manage|proceed)(?: (?:it|this|that|the situation))?|what(?:'s|’s| is| are) your (?:next |first )?(?:steps?|move|approach|plan|actions?)|(?:so,?\s+)?what (?:now|next)|(?:and\s+)?your (?:next |first )?(?:move|call|plan|response)|how (?:do|would|will|should) you (?:proceed|respond|react|go about it))\s*\?\W*$|^\W*given\s+(?:that\s+)?[^,?]{3,160},\s*(?:how|what)\s+(?:do|would|will|should|can)\s+you\b/iu;

/**
 * A situation stated in a sentence of five words or more, then a question of at most six words, the title's last
 * sentence: what the candidate does about it, in any language. In English the question is put to "you" in the
 * present and nothing of it or of the statement is in the past ("How did you handle it?", "You led a team…"); a
 * request to tell ("Tell me…", "Describe…") states nothing.
 */
function situationThenAsk(title: string): boolean {
  const m = SITUATION_THEN_ASK.exec(title.replace(/^\W*(?:q\d*\W*)?\d{0,2}[.)]?\s*/iu, ''));
  if (!m) return false;
  const [, stated, ask] = m;
  if (ask.trim().split(/\s+/u).length > 6 || stated.trim().split(/\s+/u).length < 5 || REQUEST_TO_TELL.test(stated)) return false;
  // (The question read alone names a catalog question of its own, or asks the reasons, "Why you?": that decides.)
  const alone = closestQuestion(ask);
  if ((alone && questionKind(alone.id) !== 'plan') || fitQuestion(cleanAsked(ask)) || OTHER_CONCEPT_RES.why.test(ask)) return false;
  if (!ask.split(/[^\p{L}'’]+/u).some((w) => englishFunctionWord(w.toLowerCase()))) return true;
  return /^\W*(?:so,?\s+|and\s+|then,?\s+)?(?:how|what|where|which)\b/iu.test(ask) && /\byou\b/iu.test(ask) && !ENGLISH_PAST.test(ask) && !SAID_PAST.test(stated);
}
/** A stop that ends a sentence: after a word, not after a lone letter ("wie z. B. …?" is one question). */
const SENTENCE_STOP = '(?<!(?:^|[\\s.])\\p{L})[.!;…。！]';
const SITUATION_THEN_ASK = new RegExp(`^([^?？]{20,}?${SENTENCE_STOP})\\s+([^.!?？。]{2,60}[?？])\\W*$`, 'u');
const REQUEST_TO_TELL = /^\W*(?:please\s+)?(?:tell|describe|give|discuss|share|walk|talk|explain|name|recall|think)\b/iu;
const ENGLISH_PAST = /\b(?:did|was|were|had|have|has|been)\b|\b\p{L}+ed\b/iu;
const SAID_PAST = /\b(?:i|we|you)\s+(?:was|were|did|had|\p{L}+ed)\b/iu;

/**
 * A situation told, then a request to tell the response rather than a question: "A service's error rate spiked at
 * 3am. Walk me through your response.", "…, talk us through your first steps."
 */
const SCENARIO_WALK =
  /[^?\s][^?]*[.!;,—–-]\s+(?:so,?\s+|now,?\s+)?(?:please\s+)?(?:walk|talk|take)\s+(?:me|us)\s+through\s+(?:your|the)\s+(?:\p{L}+\s+){0,2}?(?:response|reaction|approach|plan|steps|actions|process|thinking|moves)\W*$/iu;

/** A request to tell how the candidate would act: "Walk me through how you would…", "Describe how you'd…", "Tell me what you would do…". */
const TELL_HOW = /^\W*(?:please\s+)?(?:(?:walk|talk|take)\s+(?:me|us)\s+through|describe|explain|tell\s+(?:me|us)|share)\s+(?:how|what)\s+you\b/iu;

/** A sentence that asks, opens with a question word or a supposition, or requests to tell how the candidate would act. */
function asksOrTellsHow(sentence: string): boolean {
  return /\?/u.test(sentence) || /^(?:what|how|suppose|imagine|if|say)\b/iu.test(sentence) || TELL_HOW.test(sentence);
}
/** The sentences of a line: cut after a stop that ends a word, not after a lone letter's abbreviation ("z. B."). */
function sentencesOf(line: string): string[] {
  return line.split(SENTENCE_BREAK);
}
const SENTENCE_BREAK = new RegExp(`(?<=${SENTENCE_STOP})\\s+`, 'u');

/** A question that puts a situation to the candidate: a conditional addressed to "you", or a supposition (not what you would bring, contribute or offer: the fit talk). */
const HYPOTHETICAL_ASK =
  /\b(?:would|will|should|could)\s+you\s+(?!like\b|love\b|prefer\b|enjoy\b|want\b|mind\b|be\s+(?:interested|willing|open|comfortable|happy|keen|excited|glad)\b|say\b|describe\b|rate\b|call\b|define\b|have\b|bring\b|contribute\b|offer\b)\p{L}+|\byou(?:'d|’d|\s+would|\s+will|\s+should)\s+(?!like\b|love\b|prefer\b|enjoy\b|want\b|mind\b|be\s+(?:interested|willing|open|comfortable|happy|keen|excited|glad)\b|have\b|bring\b|contribute\b|offer\b)\p{L}+|\bif (?:you|your|a|an|the|someone|one|two|three|four|several|multiple|some|half|most|all|every|\d+|our|their|his|her|my|we|they|it|this|that|there|nobody|no\s+one|everyone|somebody|people|customers|users|clients|stakeholders|teammates|colleagues)\b|\bwhat\s+would\s+(?:be\s+)?your\s+(?:first\s+|next\s+)?(?:steps?|moves?|approach|plan|priorit\p{L}*|actions?|response|reaction)\b|\bhow\s+can\s+you\s+(?:handle|deal\s+with|tackle|respond\s+to|react\s+to|resolve|mitigate|recover\s+from)\b|\bsuppose\b|\bimagine\b|\bwhat if\b|\bhypothetical|(?:^|[.!?:]\s+)\W*let['’]?s\s+(?:say|assume|suppose|imagine)\b|(?:^|[.!?:]\s+)\W*say\s+(?:that\s+)?(?:you|your|the|a|an|we|someone|one|two|three|\d+)\b|\bassum(?:e|ing)\s+(?:that\s+)?(?:you|your|the|a|an|we|someone)\b/iu;

/**
 * "What would you do differently?" asked of something that happened (the follow-up that tests what was learned
 * from a past episode), "What could you have done better?" (a modal, then "have" and a past participle), "What would
 * you change in your current team?", "What would you improve in your projects?" (the candidate's own work or
 * workplace, judged as it is): a look back, not a situation put to the candidate. (What they would bring to ours,
 * "What would you change about our onboarding?", puts one.)
 */
const LOOK_BACK = /\b(?:would|could|should|might)\s+(?:you\s+)?(?:\p{L}+\s+){0,3}?differently\b|\b(?:would|could|should|might)\s+(?:you\s+)?have\s+\p{L}+|\b(?:would|could|should|might)\s+you\s+(?:\p{L}+\s+){0,2}?(?:change|improve|fix|redo|do\s+better)\s+(?:about|in|on|with|from)\s+(?:your|yours)\b/iu;
/**
 * The same look at oneself beyond English, in the conditional: what the candidate would improve or change in
 * themselves or their own ways ("Que pourriez-vous améliorer dans votre personnalité ?", "¿Qué mejorarías de ti?"), or
 * how they would place or see themselves ("Как бы ты себя позиционировал — middle, senior?", as "How would you describe
 * yourself?"): what you are like, a story, not a situation put. (Not with a condition: "Как бы вы повели себя, если…".)
 */
const LOOK_BACK_OTHER = /^(?![^?]*(?<!\p{L})(?:если|si|wenn|falls|se|jika|nếu|eğer|agar)(?!\p{L}))(?:[^?]*(?<!\p{L})(?:am[ée]lior\p{L}*|chang\p{L}*|mejor\p{L}*|cambi\p{L}*|verbesser\p{L}*|änder\p{L}*|melhor\p{L}*|mud\p{L}*|miglior\p{L}*|улучш\p{L}*|измени\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:dans|chez|en|de|à|an|bei|em|n[ao]s?|di|in|в)\s+(?:votre|vos|vous|ton|ta|tes|toi|ti|tu|tus|usted|su|sus|dir|ihnen|sich|deine\p{L}*|ihre\p{L}*|voc[êe]|si|seu|sua|te|lei|себе|своём|своем|вашем|твоём|твоем)(?!\p{L})|[^?]*(?<!\p{L})(?:бы\s+(?:вы|ты)|(?:вы|ты)\s+бы)\s+себя(?!\p{L}))/iu;

/** A situation put to the candidate, and not a look back at one. */
function putsSituation(t: string): boolean {
  return HYPOTHETICAL_ASK.test(t) && !LOOK_BACK.test(t);
}

/** The conditional or the future put to "you", and the first person's would and did, in the other languages (knowledge/asks.ts). */
const HYPOTHETICAL_OTHER = new RegExp(HYPOTHETICAL_ASK_OTHER, 'iu');
const WOULD_OTHER = new RegExp(FIRST_PERSON_WOULD_OTHER, 'giu');
const WOULD_NOUN = new RegExp(`^(?:yo\\s+)?${OTHER_WOULD_NOUNS}`, 'iu');
const DID_OTHER = new RegExp(FIRST_PERSON_DID_OTHER, 'giu');

/** "I would…", "we'll…", "I should…": told in the hypothetical (a wish, "I would like to…", "I'd love…", is not). */
const MODAL_I = /\b(?:i|we)(?:'ll|’ll|'d|’d|\s+will|\s+would|\s+should|\s+might)\b(?!\s+(?:like|love|prefer|enjoy)\b)/giu;
const PAST_I = /\b(?:i|we)\s+(?:was|were|did|had|went|made|took|saw|found|got|led|built|wrote|told|gave|said|ran|\w+ed)\b/giu;

/** A self-description in the present, as a pitch opens: "I'm a backend engineer…", "I have eight years of experience…". */
const SELF_NOW =
  /\b(?:my name(?: is|['’]s)|i(?:'m|’m| am) (?:currently )?(?:an? |the )(?:[\p{L}-]+ ){0,4}(?:engineer|developer|scientist|designer|manager|analyst|architect|student|graduate|lead|consultant|researcher|specialist|programmer|professional)|i have (?:over |more than |nearly |about |almost )?[\w+]+\+? years of (?:\w+ )?experience|i(?:['’]ve| have) spent (?:over |more than |nearly |about |almost |the (?:last|past) )?[\w+]+\+? years (?:at|as|in)\b|i(?:['’]ve| have) (?:been working|worked) (?:as|at|for) [^.!?]{0,60}?\b(?:for (?:over |more than |nearly |about |almost |the (?:last|past) )?)[\w+]+\+? years)\b/iu;

/**
 * An answer that opens by introducing the speaker: by name ("Hi Warp team! I'm David Parker, a…", "Myself N. Rao,
 * from…", "我是…", "我叫…"), or by role in the present ("As a web developer, I have a passion for…").
 */
const NAMED_SELF =
  /^[^.!?]{0,40}?(?:^|[.!?,;:]\s*|\s)(?:[Ii](?:'m|’m| am)|[Mm]y name is|[Mm]yself|[Tt]his is)\s+\p{Lu}[\p{L}.'’-]*|^\P{L}{0,3}(?:hi|hello|你好|您好|大家好|各位好|面试官(?:你|您)好)?\P{L}{0,3}我(?:是|叫|的名字(?:是|叫))|^\P{L}{0,3}(?:안녕하세요|안녕하십니까)\P{L}{0,3}(?:저는|제 이름은)|^\P{L}{0,3}(?:はじめまして|初めまして)|^[^。]{0,40}と申します/u;
/** The years of experience had now, in the other languages (knowledge/asks.ts EXPERIENCE_NOW_OTHER). */
const EXPERIENCE_OTHER = new RegExp(EXPERIENCE_NOW_OTHER, 'iu');
/** The same opening in the other languages the corpus is written in (knowledge/asks.ts SELF_NAMING_OTHER). */
const NAMED_SELF_OTHER = new RegExp(SELF_NAMING_OTHER, 'iu');

/** An opening that names the speaker in another language (NAMED_SELF_OTHER); a name after the formula is capitalised. */
function namedSelfOther(head: string): boolean {
  const m = NAMED_SELF_OTHER.exec(head);
  if (!m) return false;
  const first = m[1] ?? m[2];
  return first === undefined || (first !== first.toLowerCase() && first === first.toUpperCase());
}
/**
 * More openings of a pitch, by their shape rather than a job's name: a title by its letters ("I'm a TPM who…", "I am an
 * SRE at…"), a career dated from its start ("I've been a professional engineer since 2015", "I have been working in
 * fintech since 2019"), and the years one brings ("my 12 years of backend work", "my 5+ years in data").
 */
const SELF_NOW_SHAPE =
  /\b[Ii](?:'m|’m| am) (?:currently )?(?:an? |the )(?:[\p{L}-]+ ){0,3}\p{Lu}{2,5}(?=\s*[,.;:!]|\s+(?:who|at|with|for|in|on|and|based|working|specializing|specialising)\b)|\b[Ii](?:['’]ve| have) been (?:(?:working|employed) )?(?:as |in |at |an? )[^.!?]{0,60}?\bsince (?:19|20)\d\d\b|\b[Mm]y (?:\d{1,2}\+?|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) ?\+? years (?:of|in|as)\b/u;
/** An opening that names the job applied for: "I'm applying for the Junior Analyst position because…". */
const APPLYING = /\bi(?:['’]m| am) (?:currently )?applying (?:for|to)\b/iu;
const ROLE_SELF =
  /^as an? (?:[\p{L}-]+ ){0,3}(?:engineer|developer|scientist|designer|manager|analyst|architect|student|graduate|consultant|researcher|programmer|professional),? i(?:'m| am| have| love| enjoy| bring| specialize| focus| build| work)\b/iu;

/** The first person's intentions and the time ahead: "I plan to", "we hope to", "my goal is", "in the long term". */
const INTENT_I = /\b(?:i|we)\s+(?:plan|hope|aim|intend|aspire|want|wish)\s+to\b|\bmy\s+(?:goal|plan|aim|ambition|aspiration|dream)\s+is\b|\bin\s+the\s+(?:future|long\s+term|next\s+(?:few|\d+|two|three|five)\s+years)\b/giu;

/** The role or the company addressed as the one applied to: "this role", "your company", "join your team". */
const WHY_HERE_BODY = /\b(?:this|your)\s+(?:role|position|opportunity|company|organi[sz]ation)\b|\bjoin(?:ing)?\s+(?:your|this)\s+(?:team|company)\b/iu;

/** Normalised part label → the non-story kind it belongs to, for labels only that kind uses. */
const KIND_LABELS = new Map<string, AnswerKind>();
for (const k of ['pitch', 'plan'] as const) for (const p of ANSWER_SHAPES[k].parts) for (const l of [p.title, ...p.labels]) KIND_LABELS.set(l.toLowerCase(), k);

function normLabel(label: string): string {
  return label.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The short lines a story is asked by: its title and an opening question or heading-like line. */
export function askedLines(story: Story): string[] {
  const lines = [story.title];
  const opening = story.prose.find((seg) => /[\p{L}]/u.test(seg.text))?.text.trim().split(/\r?\n/)[0];
  if (opening && (/\?\W*$/u.test(opening) ? opening.split(/\s+/).length <= 24 : opening.split(/\s+/).length <= 8)) {
    lines.push(opening.replace(/^[\s/#>*_-]+/u, ''));
  }
  // A title that asks nothing ("Red Flag Evaluation", a file name) over a body that starts by putting the question
  // ("Why are you interested in working at …?" alone on its line, after a line or two of preamble): that question.
  const put = bodyQuestion(story);
  if (put && !lines.includes(put)) lines.push(put);
  return lines.map(cleanAsked).filter((l) => l.length > 0);
}

/**
 * The question a line asks first, when it asks two or more one after the other: the first is what is asked, and those
 * after it follow it up ("How long did you spend on the test? What would you add with more time?" asks what the
 * candidate did; "How would you track down a slow service? Have you ever had to?" puts a situation, and the follow-up
 * asks for a case to back the plan). A situation stated before the first question stays with it. Read by the question
 * marks, in any language. The line stays whole when the first question has fewer than three words ("Why?"), when the
 * questions are alternatives set apart by a mark ("What are your best qualities? | Why should we hire you?"), or when
 * an English first question is not put to the candidate ("How are secrets handled in this design? How would you do
 * it?": the follow-up is the ask).
 */
function mainAsk(line: string): string {
  const m = FIRST_OF_QUESTIONS.exec(line);
  if (!m || (m[1].match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) return line;
  const first = m[1].trim();
  if (!/[^\p{ASCII}’‘“”]/u.test(first) && !/\byou(?:r|rs|rself)?\b/iu.test(first)) return line;
  return first;
}
const FIRST_OF_QUESTIONS = /^([^?？]*[?？])(?:\s+|(?<=？))(?=["“'‘(¿]?\p{L}[^?？]*[?？])/u;

/** A "Q:" or "Question 3:" prefix, an outline number ("2.19", "7)", a keycap "3️⃣") names the line, it is not a word of it; a bare number ("7 How do you…") too, when a question follows it. */
function cleanAsked(line: string): string {
  // A prefix and a number after it ("Q.6 What are…", "Q: 3. Why…") are both taken off.
  // A note in brackets after the question mark ("What are you looking for in this role? (asked to see if you fit)")
  // is the writer's aside on why it is asked, not a word of the question.
  const t = line.replace(QUESTION_NUMBERING, '').replace(QUESTION_NUMBERING, '').replace(/[*_`]+/gu, '').trim().replace(ASIDE_AFTER_QUESTION, '$1');
  // A question quoted inside a line that introduces it ('When asked: "Why data analysis?"', 'The classic "Tell me
  // about yourself"') is what is asked.
  const quoted = QUOTED_QUESTION.exec(t);
  return spelledOut(quoted && quoted.index > 0 ? quoted[1].trim() : t);
}
const ASIDE_AFTER_QUESTION = /([?？])\s*[(（][^()（）]{1,160}[)）]\s*$/u;
const QUOTED_QUESTION = /[“"«„「『]([^"“”«»„「」『』]{4,200}?[?？])\s*[”"»“」』]/u;

/**
 * Text-message spellings written out, so the questions read as the catalog's do: "Introduce urself", "tell me
 * something abt urself", "Where do u see urself after 5 yrs?", "How would u be an asset to our company?".
 */
function spelledOut(line: string): string {
  return line.replace(TEXT_SPEAK_WORD, (w) => TEXT_SPEAK[w] ?? w);
}
// (Whole words by letters of any script: "\\b" knows only ASCII letters, so the "u" of the Vietnamese "Nếu", "điều"
// would read as "you".)
const TEXT_SPEAK_WORD = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${Object.keys(TEXT_SPEAK).join('|')})(?![\\p{L}\\p{N}'’])`, 'gu');

/**
 * The question the body puts when the title asks nothing: a question alone on its line at the top of the prose
 * (putQuestion), or one the parser keeps out of the prose ("## Question", an HTML <summary>, a quoted prompt).
 */
function bodyQuestion(story: Story): string | undefined {
  if (/\?/u.test(story.title)) return undefined;
  return putQuestion(story) ?? placed.get(story)?.apart;
}

/** A line that asks: a question mark, or the parser's test of a line that asks (../parse/segment.ts isQuestion). */
function asks(line: string): boolean {
  return /[?？]/u.test(line) || isQuestion(line);
}

/**
 * The question a body puts before its answer: a paragraph that is one line ending in "?", addressed to "you", among
 * the first four paragraphs with fewer than 40 words before it (a question inside a story's telling is not alone on
 * its line, or comes later).
 */
function putQuestion(story: Story): string | undefined {
  let before = 0;
  let seen = 0;
  for (const seg of story.prose) {
    const t = seg.text.trim();
    if (!/[\p{L}]/u.test(t)) continue;
    if (++seen > 4) return undefined;
    const words = t.split(/\s+/u).length;
    if (!/\n/u.test(t) && /\?\W*$/u.test(t) && words <= 30 && /\b(?:you|your|yourself)\b/iu.test(t)) return t.replace(/^[\s/#>*_-]+/u, '');
    before += words;
    if (before >= 40) return undefined;
  }
  return undefined;
}

function inferredQuestions(story: Story): number[] {
  const ids = askedQuestions(story);
  // A situation question answered with an episode told in a story's parts ("What do you do when your list
  // overflows?" → Situation, Action, Result) is answered as a story: the shape of the answer decides between a plan
  // and a story, as it does for the writer. (A pitch question keeps its kind: "Why this role?" in S/T/A/R is still
  // a why-this-role answer.)
  // (Not an answer told in the hypothetical under a story's labels: "S: Let's say I'm testing a feature… A: I'd start
  // by…" is still what the candidate would do.)
  if (kindForQuestions(ids) === 'plan' && toldAsEpisode(story) && !toldHypothetically(story)) return [];
  return ids;
}

/** How often the answer speaks in the hypothetical ("I would", "I'd", "ich würde") and in the past ("I built", "j'ai"). */
function tenseCounts(story: Story): { modal: number; past: number } {
  let counts = tenses.get(story.prose);
  if (counts) return counts;
  const text = story.prose.map((s) => s.text).join('\n');
  const modal = (text.match(MODAL_I)?.length ?? 0) + (text.match(WOULD_OTHER) ?? []).filter((w) => !WOULD_NOUN.test(w)).length;
  const past = (text.match(PAST_I)?.length ?? 0) + (text.match(DID_OTHER)?.length ?? 0);
  counts = { modal, past };
  tenses.set(story.prose, counts);
  return counts;
}
/** tenseCounts per story's prose: bodyShape, toldHypothetically and inferredQuestions each ask it of one answer. */
const tenses = new WeakMap<readonly ProseSegment[], { modal: number; past: number }>();

/** An answer told in the hypothetical: the first person's "would" at least twice, and more than twice as often as its past. */
function toldHypothetically(story: Story): boolean {
  const { modal, past } = tenseCounts(story);
  return modal >= 2 && modal > 2 * past;
}

/** An answer told in three or more of a story's parts, under a story's labels ("Situation", "Action", "R"; not a plan's "Steps", "Real case"). */
function toldAsEpisode(story: Story): boolean {
  const slots = new Set<PartName>();
  for (const p of story.parts) {
    const l = normLabel(p.label);
    if (/^\p{L}$/u.test(l) || STORY_LABELS.has(l)) slots.add(p.name);
  }
  return slots.size >= 3;
}

const STORY_LABELS = new Set(Object.values(PART_LABELS).flat());

/** The questions a story answers, read from what it is asked and, when that says nothing, from its body's shape. */
function askedQuestions(story: Story): number[] {
  const asked = askedLines(story).map(mainAsk);
  // A question about something that happened is a story, whatever follow-up it adds ("Tell me about a conflict
  // in your team. How would you deal with it now?").
  if (asked.some((t) => STORY_QUESTION.test(t))) return [];
  // A rating of oneself is a claim to back with a case (round 19 lead decision), in whatever mood it is asked.
  if (asked.some((t) => RATE_SELF_RE.test(t))) return [];
  // You outside work ("Tell me about yourself outside work", "…about you outside of work"):
  // your life and hobbies, what you are like, a story, not the introduction question 1 is.
  if (asked.some((t) => OUTSIDE_WORK.test(t))) return [];
  for (const t of asked) if (WHY_NAME.test(t)) return [2];
  if (asked[0] && WHY_NAME_CJK.test(asked[0])) return [2];
  if (asked[0] && (WHY_SELF.test(asked[0]) || OTHER_WHY_SHORT.test(asked[0]))) return [2];
  // A question the candidate puts to the interviewer ("What will I work on first?", "How does the team plan its
  // work?"), or a heading that names the list of them ("Questions for the hiring manager"): its answer is the list
  // of such questions, whatever the body says about why to ask them.
  // (Not a question of fit, which names the candidate's next role or what they seek: "What are you looking for in
  // your next role?")
  if ((asksTheCompany(story.title) && !fitQuestion(cleanAsked(story.title))) || namesQuestionsToAsk(story.title)) return [29];
  if (QUESTIONS_TO_PUT_OTHER.test(cjkJoined(story.title.normalize('NFC')))) return [29];
  let [title] = asked;
  // A title that asks nothing and names no question ("Red Flag Evaluation (20251221)", "Practice log 12", a file
  // name) over a body that puts the question: that question is what the answer answers, and it is read as a title.
  const put = bodyQuestion(story);
  if (put && title && !asks(title) && !closestQuestion(title) && !questionList(story)) title = cleanAsked(put);
  if (title) for (const [re, id] of OTHER_LANGUAGES) if (re.test(cjkJoined(title)) && !(id === 30 && LOOK_BACK_OTHER.test(title))) return [id];
  if (title && KO_HOW_WILL.test(title)) return [30];
  // (Read on the title as written too: a text-message spelling of English, "u" for "you", is a word of another language.)
  const intent = title ? otherLanguageIntent(title) ?? otherLanguageIntent(story.title) : undefined;
  if (intent) return [intent];
  // A habit asked in the simple present ("How do you prioritize your work?", "What do you do when opinions
  // collide?") is answered with what you do and an example, as the catalog's "How do you handle shifting
  // priorities?" is: a story, even when the answer is written as "I would…". It is read before the meaning: its
  // other words ("when a deadline starts slipping") can share a word or two with a short wording ("when can you
  // start") and say nothing of what is asked. (Not a question of fit put as a habit: "How do you stand out from the
  // other applicants?")
  if (title && HABIT.test(title) && !(fitQuestion(title) && NAMES_US.test(title))) return [];
  // The title by meaning, then a list of questions in the body. (An opening line matched by meaning misleads: a
  // story often opens with a question of its own.)
  // A title that puts a catalog question whole and then names its answer ("Tell me about yourself: the project I'm
  // proudest of", "Why this role — the short version") is asked by that question, whatever the tail shares with another.
  const head = title?.split(/\s*[:：]\s+|\s+[—–]\s+/u)[0];
  const byHead = head && head !== title ? closestQuestion(head) : undefined;
  if (byHead && byHead.title >= 0.95 && byHead.wording >= 0.95) return [byHead.id];
  const byTitle = title ? closestQuestion(title) : undefined;
  // (Not a plan's wording matched by a look back: "What would you do differently?" asks what a past episode taught.)
  if (byTitle && !(questionKind(byTitle.id) === 'plan' && LOOK_BACK.test(title!))) return [byTitle.id];
  // Leaving one's own job named as a topic ("Leaving my first job", "Quitting my last role", "Leaving the company"):
  // why you left, question 28 (not leaving a thing or a place: "Leaving the monolith", "Leaving London").
  if (title && LEAVING_JOB.test(title)) return [28];
  const topic = title ? topicQuestion(title) : undefined;
  if (topic) return [topic];
  // A title that names the answer as an introduction ("2–3 Minute Principal-Level Introduction", "Revised
  // Introduction with Interviewers' Names"): question 1, whatever qualifies it.
  if (title && introductionNamed(title)) return [1];
  // An introduction named by its length or where it is used ("30 秒项目介绍", "LinkedIn About", "1分钟版本"): question 1.
  if (title && introductionTimed(title, story)) return [1];
  // A file with no heading is titled by its name ("r3-my-background.md"); its first part label, when a non-story
  // question's wording ("My background") and not one of a story's own labels ("Background"), says what it answers.
  if (FILE_NAME.test(story.title) && story.parts[0] && !STORY_LABELS.has(normLabel(story.parts[0].label))) {
    const byPart = closestQuestion(story.parts[0].label);
    if (byPart && questionKind(byPart.id) !== 'story') return [byPart.id];
    // A pitch's own label ("Why me", "Why here", "Career arc"), or a plan's ("Steps"), says the kind as well.
    const k = KIND_LABELS.get(normLabel(story.parts[0].label));
    if (k === 'pitch') return [1];
    if (k === 'plan') return [30];
  }
  // A file with no heading whose first line names a list of questions for the interviewer ("Questions about the team
  // and role"), as such a heading does.
  if (FILE_NAME.test(story.title) && asked.slice(1).some((t) => namesQuestionsToAsk(t))) return [29];
  if (questionList(story)) return [29];
  // An opening line in another language, after the list of questions as the English patterns are: a list of
  // interview questions that starts "Cuéntame sobre ti." is not an answer to it.
  for (const t of asked.slice(1)) for (const [re, id] of OTHER_LANGUAGES) if (re.test(t)) return [id];
  const fit = title ? fitQuestion(title) : undefined;
  if (fit) return [fit];
  for (const t of asked) for (const [re, id] of TITLE_QUESTIONS) if (re.test(t) && !(id === 30 && LOOK_BACK.test(t))) return [id];
  // The candidate's time ahead ("Where do you want to be in 2-3 years?", "Skill to grow in the next 6 months?"):
  // where they are going, question 5 (not a look back: "What did you learn in your first 6 months?").
  if (title && FUTURE_TIME.test(title) && !PAST_ASK.test(title) && !putsSituation(title)) return [5];
  // The first days in the job, planned ("30 / 60 / 90 day plan", "My first 90 days", "What will you do in your first
  // month?"): what the candidate would do on joining, a plan (not a look back: "What did you ship in your first 90 days?").
  if (title && FIRST_DAYS.test(title) && !PAST_ASK.test(title)) return [33];
  // A situation put to the candidate in the conditional ("How would you…", "What do you do if you…", "Suppose…"):
  // whatever the situation is about, the answer is a plan.
  // (Asked as a question, or as a request to tell how: "Walk me through how you would approach a new project.",
  // "Describe how you would handle a situation if…".)
  // (Any sentence of the line may put it: "The database slowed down overnight. Walk me through how you'd find out why.")
  if (asked.some((t) => sentencesOf(t).some(asksOrTellsHow) && putsSituation(t))) return [30];
  // A situation told, then "What do you do?" / "How do you handle it?": the catalog's situational questions in
  // their own shape ("Your model's performance drops suddenly in production. What do you do?").
  if (asked.some((t) => SCENARIO_ASK.test(t) || SCENARIO_WALK.test(t))) return [30];
  // The same by its form in any language: a situation stated, then a short question of the present that asks for
  // the move ("Two urgent modules land on the same day. How do you prioritize?", "Stel dat… Wat doe je?", "Un client
  // menace de partir. Par quoi commencez-vous ?"). Not a request to tell ("Describe a time… How did you react?").
  if (title && situationThenAsk(title)) return [30];
  // A system to design, put as a task ("Design a notification system for a delivery app", "Diseña un sistema de
  // pagos"): what the candidate would build, a plan, as a situation put to them is.
  if (title && DESIGN_TASK.test(title)) return [30];
  // The same put in another language: the conditional or the future addressed to "you", or a supposition
  // ("Come ti comporteresti se…?", "Apa yang akan kamu lakukan jika…?", "어떻게 행동하실 건가요?").
  // (The title, or a line that asks: an answer's own opening line, "如果公司需要加班，我会…", is not what is asked.)
  if (asked.some((t, i) => (i === 0 || /[?？]\W*$/u.test(t)) && HYPOTHETICAL_OTHER.test(t) && !LOOK_BACK.test(t) && !LOOK_BACK_OTHER.test(t))) return [30];
  // A title that asks in the present or the past without putting a situation ("How do you feel about working
  // weekends?", "What makes a good analyst?", "Where do you want to be in three years?") has said what it asks: the
  // answer's own "I would…", "I'll…", "we should…" is how the writer speaks, not a plan.
  // A strength or a weakness asked in another language ("你最大的缺点是什么？", "¿Cuál es tu mayor defecto?", "Điểm yếu
  // của bạn?"): what you are like, a claim to back with a case (questions 3 and 4), however the answer opens ("我是一个
  // 完美主义者…" names a trait, not the speaker).
  // The company or the position named to the candidate in another language, in a line that asks and puts no situation
  // ("Quelles sont selon vous les principales difficultés liées à ce poste ?", "Welche Kompetenzen sind Ihnen für diese
  // Rolle besonders wichtig?", "Theo bạn, giá trị cốt lõi của công ty là gì?"): the fit talk, what the candidate makes
  // of the job, as "What do you know about us?" is. (Not an episode there, nor a habit asked.)
  // (Nor the candidate's own strengths brought there, "Welche Ihrer Stärken würden Sie in dieser Position einbringen?":
  // what you are like, a story; the qualities the position needs, "selon vous", are the job's.)
  if (title && asksOtherTongue(title) && OTHER_CONCEPT_RES.us.test(cjkJoined(title)) && !EPISODE_THERE.test(title) && !OTHER_HABIT.test(title) && !(OTHER_CONCEPT_RES.traits.test(title) && OTHER_YOURS_RE.test(title))) return [2];
  if (title && OTHER_CONCEPT_RES.selfTraits.test(cjkJoined(title)) && (/[?？]/u.test(title) || (title.match(/\p{L}+/gu)?.length ?? 0) <= 4)) return [];
  const shape = bodyShape(story, !(title && asksPlainly(title)));
  if (shape.length > 0) return shape;
  // A title that asks nothing under a heading that asks ("# Tell me about yourself" over "## 30 seconds", "## Technical
  // variation"): a version of the answer to that heading's question. (Not an episode told in its own parts, and not
  // a title that asks a question of its own. A heading about questions, "Behavioral questions", names a bank, not a
  // list of questions to ask.)
  if (story.section && !toldAsEpisode(story) && !/\?/u.test(title ?? '') && !bankSection(story)) {
    const bySection = closestQuestion(story.section.replace(/^\W*(?:part|section|chapter|step)\s*\d{1,3}\s*[:.)\-–—]\s*/iu, '').replace(QUESTION_NUMBERING, ''));
    const k = bySection ? questionKind(bySection.id) : undefined;
    if (bySection && (k === 'pitch' || k === 'plan')) return [bySection.id];
  }
  // No reading of the hand rules: a story, the default (scripts/train-kind-model.ts measures a learned reader on these).
  fellThrough.add(story);
  return [];
}

/** Stories whose kind no hand rule read: they are stories by default. */
const fellThrough = new WeakSet<Story>();

/** Whether no hand rule read this story's kind, so that it is a story by default (known once answerOf has run). */
export function readByDefault(story: Story): boolean {
  return fellThrough.has(story);
}

/**
 * A topic heading of a word or two that names a fit question on its own ("Leaving", "Salary Discussion (If It Comes
 * Up)", "About future goals?", "Aspirations -->", "Five years"): the concept that carries the question (leaving, pay,
 * the time ahead), with at most words that only say it is a topic ("discussion", "expectations", "plans", "career").
 * "Leaving the agency" or "Hiring" name an episode or an act, not the question; a word the topic concepts do not
 * carry keeps the title a story's.
 */
function topicQuestion(title: string): number | undefined {
  const t = title
    .replace(/\s*\([^)]*\)\s*/gu, ' ')
    .replace(/^\W*about\s+(?:my\s+|your\s+)?/iu, '')
    .replace(/[\s\-–—>:?.!*_]+$/u, '')
    .trim();
  const words = t.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > 3 || asks(t)) return undefined;
  const c = conceptsOf(t);
  let id: number | undefined;
  for (const concept of c) {
    const carried = TOPIC_CONCEPTS[concept];
    if (carried !== undefined) {
      if (id !== undefined && id !== carried) return undefined;
      id = carried;
    } else if (!TOPIC_HEADING_WORDS.has(concept)) return undefined;
  }
  return id;
}


/**
 * A noun phrase whose head noun is an introduction or a pitch ("A quick introduction", "Principal-Level
 * Introduction", "Introduction, full version"): the words before the first preposition or comma, with no verb but a
 * participle ("Revised"), end in a word of that sense; "Introduction to Kafka" (introducing a subject) is not one.
 */
function introductionNamed(title: string): boolean {
  const t = title.replace(/\([^)]*\)/gu, ' ').replace(/[^\p{L}\p{N}\s,'’-]+/gu, ' ').trim();
  // (Only a title with one of those words can be one: the tagger is not run on the others.)
  if (t.length === 0 || t.length > 120 || !/intro/iu.test(t) || asks(t)) return false;
  const r = readText(t);
  let end = r.words.findIndex((w, i) => r.pos[i] === 'ADP' || w === ',' || r.pos[i] === 'CCONJ');
  if (end < 0) end = r.words.length;
  else if (r.pos[end] === 'ADP' && /^(?:to|of|into|on|about)$/iu.test(r.words[end]) && !/^(?:yourself|myself|me)$/iu.test(r.words[end + 1] ?? '')) return false;
  let head = -1;
  for (let i = 0; i < end; i++) {
    if ((r.pos[i] === 'VERB' || r.pos[i] === 'AUX') && !/ed$/iu.test(r.words[i])) return false;
    if (r.pos[i] === 'NOUN' || r.pos[i] === 'PROPN') head = i;
  }
  return head >= 0 && head === end - 1 && /^(?:introduction|intro|self-introduction)$/iu.test(r.words[head]);
}

const INTRO_LENGTH = new RegExp(INTRO_NAMED.length, 'iu');
const INTRO_PIECE = new RegExp(INTRO_NAMED.piece, 'iu');
const INTRO_VERSION = new RegExp(INTRO_NAMED.version, 'iu');
const INTRO_CHANNEL = new RegExp(INTRO_NAMED.channel, 'iu');
const INTRO_PROJECT = new RegExp(INTRO_NAMED.project, 'iu');

/**
 * A title that names an introduction by its length or by where it is used (knowledge/asks.ts INTRO_NAMED): a length
 * and an introduction ("1 分钟自我介绍", "2-minute intro"), a length and a version when the answer is not an episode
 * told in its parts ("1分钟版本"), or the channel ("中文 30 秒电梯介绍", "LinkedIn About", "Cold Email / DM 开场").
 * Not a project's introduction by its length ("项目介绍（1分钟）", "Project intro (60 seconds)"): what was built, told, is
 * labelled a story as often as a pitch. A title that asks something asks its own question.
 */
function introductionTimed(title: string, story: Story): boolean {
  if (title.length > 120 || /[?？]/u.test(title)) return false;
  if (INTRO_CHANNEL.test(title)) return true;
  if (!INTRO_LENGTH.test(title) || INTRO_PROJECT.test(title)) return false;
  return INTRO_PIECE.test(title) || (INTRO_VERSION.test(title) && !toldAsEpisode(story));
}

/** "Leaving my first job", "Quitting the company", "Leaving my current role": the leaving question named as a topic. */
const LEAVING_JOB = /^\W*(?:\d{1,2}[.)]\s*)?(?:leaving|quitting)\s+(?:my|the|your|a)\s+(?:(?:first|last|previous|current|old|former|second|third|previous|day|full-time|\d{4})\s+)?(?:job|role|position|company|employer|post)\W*$/iu;

/** A title taken from a file's name: one run of letters and digits joined by hyphens or underscores ("why-acme", "intro_v2"). */
const FILE_NAME = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+$/u;

/** What a candidate offers or seeks: "what can you bring", "what can you do for us", "what sets you apart", "what are you looking for". */
const OFFER_SEEK = new RegExp(FIT_ASKS.offerSeek, 'iu');
const OFFER = new RegExp(FIT_ASKS.offer, 'iu');
/** What a candidate is like, named: skills, strengths, qualities, traits. */
const TRAITS = new RegExp(FIT_ASKS.traits, 'iu');
/**
 * A habit ("How do you…") is a question of fit only when it names the company or the other candidates ("How do you
 * stand out from other applicants?", "How do you see yourself contributing to our team?"); "How do you contribute
 * to a positive team culture?" asks how you work.
 */
const NAMES_US = new RegExp(FIT_ASKS.namesUs, 'iu');
/** The company or the job applied to, named: "us", "our product", "this opening", "the position". */
const US_NAMED = String.raw`(?:us|our\s+\p{L}+|(?:this|the)\s+(?:company|role|position|job|opportunity|opening|vacancy|posting|listing|advert|organi[sz]ation|internship|apprenticeship|traineeship))\b`;
/**
 * A verb of knowing, hearing or finding, then the company or the job: "what you know about the role", "hear about the
 * position", "come across this opening", "find this job".
 */
const KNOWS_US = new RegExp(
  String.raw`\b(?:know|knew|hear|heard|learn|learned|learnt|found out|find out|read|researched|think|thought|opinion)\b[^?.!]{0,30}?\b(?:about|of)\s+${US_NAMED}|\b(?:come|came)\s+across\s+${US_NAMED}|\b(?:find|found|discover|discovered|spot|spotted)\s+${US_NAMED}`,
  'iu',
);
/** The candidate named as the one to pick: "the best candidate", "the right person for this job", "a good fit". */
const CANDIDATE_FIT = /\b(?:the\s+(?:best|right|ideal|strongest|perfect)\s+(?:candidate|person|fit|choice|hire)|an?\s+(?:good|great|strong|perfect|ideal|right)\s+(?:fit|match|candidate|hire))\b/iu;
/** "Why should we choose you…?", "Why would we hire you over…?": why this candidate, asked by the company. */
const WHY_CHOOSE_YOU = /\bwhy\s+(?:should|would|must|shall)\s+(?:we|i|they|the\s+(?:company|team|school|program(?:me)?|university|committee))\s+(?:hire|choose|pick|select|take|recruit|employ|consider|accept|admit)\s+you\b/iu;
/** A time in the past named ("when you led…", "during the migration", "a time"): an episode, not the fit talk. */
const EPISODE_TIME = /\b(?:when|while|after|during|before)\s+(?:you|your|the|a|an)\b|\ba time\b/iu;
/** What draws, excites or attracts someone to something. */
const DRAWN = /\b(?:brings?\s+you|brought\s+you|pulls?\s+you|pulled\s+you|draws?|drew|drawn|attract(?:s|ed|ive)?|excit(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|interest(?:s|ed|ing)?|motivat(?:e|es|ed))\b/iu;
/** What the candidate likes about the company, asked of them: "What do you like about our company?", "What do you admire about us?". */
const LIKED_ABOUT_US = /\b(?:like|love|enjoy|appreciate|admire|value)\b[^?.!]{0,20}?\babout\s+(?:us\b|our\s+(?:company|organi[sz]ation|firm|team|product|products|mission|culture|values)\b)/iu;
/** A line of work, last in a question about what draws one to it: "…about coding?", "…about software engineering?". */
const DRAWN_TO_FIELD = /\b(?:about|to|toward|towards|into)\s+(?:coding|programming|software|tech|technology|computing|(?:[\p{L}-]+\s+){0,2}tooling|(?:[\p{L}-]+\s+){0,2}(?:development|engineering|science|design|security|analytics))\s*\??\W*$/iu;
/** A line of work named as such: "this technology", "the field", "this industry", "this line of work". */
const FIELD_NAMED = /\b(?:this|the|that)\s+(?:technology|field|industry|domain|sector|profession|line\s+of\s+work|career\s+path)\b/iu;
/** A wish or a liking: "would you enjoy", "do you like", "interesting for you", "keen on". */
const WISH = /\b(?:enjoy|like|love|want|wish|interest(?:ed|ing)?|keen|excited|happy|glad)\b/iu;
/** Working at the company or on its work: "working on our product", "work for us", "work in this team". */
const WORK_HERE = /\bwork(?:ing)?\s+(?:on|at|for|with|in)\s+(?:us\b|ours\b|our\s+\p{L}+|(?:this|the)\s+(?:company|team|role|position|job|project|product|internship))/iu;
/** "…if you are hired?", "…if you get the job?", "…if we hire you?", "…if you join us?": the condition of joining. */
const IF_HIRED =
  /\bif\s+(?:you\s+(?:are|were|get|got)\s+(?:hired|selected|chosen|offered|accepted|the\s+(?:job|role|position|offer))|(?:we|i)\s+(?:hire|select|offer)\s+you|you\s+join(?:ed)?(?:\s+us)?)\b/giu;
/** The candidate's job now: "your (current) role(s) and responsibilities", "your current job/position". */
const OWN_ROLE =
  /^\W*(?:what\s+(?:is|are)|describe|tell(?:\s+(?:me|us))?(?:\s+about)?|explain)\s+(?:me\s+)?your\s+(?:(?:current|present|day-to-day|daily)\s+)?(?:roles?(?:\s*(?:and|&|\/)\s*responsibilit(?:y|ies))?|responsibilit(?:y|ies)|(?:current|present)\s+(?:job|position))\b/iu;

/** What the candidate works on now, at their employer or now: "What are you working on at Initech?", "What are you currently working on?". */
const WORKING_ON_NOW = /^\W*(?:\d{1,2}[.)]\s*)?(?:(?:so|and|well)\W+)?what\s+do\s+you\s+do(?:\s+for\s+(?:a\s+living|work))?\s*\?\W*$|^\W*(?:\d{1,2}[.)]\s*)?what\s+are\s+you\s+(?:currently\s+|presently\s+)?working\s+on(?:\s+(?:at|in|for)\s+[^?]{1,40}?|\s+(?:now|currently|these\s+days|right\s+now|at\s+the\s+moment|at\s+present))?\s*\?\W*$/iu;

/** What the candidate does now, asked: "Are you currently studying or working?", "Are you employed?", "Are you still a student?". */
const STATUS_NOW = /^\W*(?:\d{1,2}[.)]\s*)?are\s+you\s+(?:currently\s+|still\s+|now\s+|presently\s+)?(?:studying|employed|enrolled|a\s+student|working(?!\s+(?:on|with|in\s+a|as\s+a\s+team)\b))\b/iu;

const WHOLE_EXPERIENCE =
  /\b(?:about|describe|summari[sz]e|walk\s+(?:me\s+|us\s+)?through)\s+(?:your|my)\s+(?:overall\s+|total\s+|work\s+|professional\s+|relevant\s+)?experience(?:\s+so\s+far)?\W*$|\bthe\s+experience\s+you\s+have\W*$/iu;

/** "Why did you apply?", "Why have you applied to us?", "Why did you decide to join?": why here, asked of the choice made. */
function appliedHere(title: string): boolean {
  const m = /^\W*(?:\d{1,2}[.)]\s*)?why\s+(?:(?:did|have)\s+you|you(?:['’]ve|\s+have))\s+(?:decide\s+to\s+|want(?:ed)?\s+to\s+)?(?:apply|applied|join|joined|choose|chosen|pick|picked)\b(.*)$/iu.exec(title);
  if (!m) return false;
  // The company named after "to", "at" or "for" ("Why did you apply to Globex?", "Why have you applied at Zalando?").
  if (/^\s*(?:to|at|for|with)\s+[\p{L}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}&.'’-]*)?\s*\??\W*$/u.test(m[1])) return true;
  // Nothing after the verb but the company or the role ("…for this job", "…to us", "…our company").
  return [...conceptsOf(m[1])].every((c) => c === 'company' || c === 'role' || c === 'here');
}

/** "Why are you moving on?", "Why are you interested in…": why the candidate is making a move, asked now. */
const WHY_NOW = /^\W*why\s+are\s+you\s+(\p{L}+ing|interested|keen|excited)\b/iu;
const MOVING = /^(?:moving|leaving|quitting|switching|changing|transitioning|looking|exiting|stepping|walking)$/iu;
/** Why the candidate would come: "why …", "want", "join", "apply", "fit". */
const MOTIVE = /^\W*why\b|\b(?:want|wants|join|joining|apply|applying|fit)\b/iu;
/** A question about a past episode, or the part played in one ("the biggest risk you have taken"), rather than about who the candidate is now. */
const PAST_ASK = /\b(?:did|was|were|had|have you ever|a time|an? (?:example|situation|occasion|instance)|when you|you \p{L}+ed|your role (?:in|on|at|as))\b|\byou(?:'ve|’ve|\s+have)\s+(?:ever\s+|recently\s+|personally\s+|previously\s+)?(?:\p{L}+ed|been|done|had|made|taken|given|seen|led|faced|built|written|run|won|lost|met|found|gone|broken|chosen|brought|dealt|held|kept|left|learnt|taught|told)\b/iu;

/**
 * A span of time ahead: "in 2-3 years", "after 5 yrs", "in the next six months", "ten years from now", "in the
 * upcoming years"; or the same in another language ("daqui 5 anos", "dentro de cinco años", "dans 5 ans", knowledge/asks.ts).
 */
const FUTURE_TIME = new RegExp(
  String.raw`\b(?:in|after|within|over|next|in the next|over the next|for the next)\s+(?:\d{1,2}(?:\s*[-–~]\s*\d{1,2})?|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|few|a couple of|the coming|the upcoming|the next few)\s*(?:years?|yrs?|months?)\b|\b(?:\d{1,2}|two|three|five|ten)\s+(?:years?|yrs?) from now\b|${TIME_AHEAD_OTHER}`,
  'iu',
);

/** The first days or weeks in a job: "30-60-90 day plan", "first 90 days", "your first month", "a 100-day plan". */
const FIRST_DAYS =
  /\b\d{2,3}\s*(?:[-/–]\s*\d{2,3}\s*)+[- ]?days?\b|\b\d{2,3}[- ]days?\s+plan\b|\b(?:my|your|the)\s+first\s+(?:\d{1,3}|thirty|sixty|ninety|hundred|few)\s+(?:days|weeks)\b|\b(?:my|your|the)\s+first\s+(?:week|month|quarter)\b/iu;

/** A situation put to the candidate ("What would you do if…"): a plan, whoever it is about. */
const SITUATION_ASK = /\b(?:if|suppose|imagine|would you (?:do|handle|respond|react|deal))\b/iu;

/**
 * A question put to the candidate about who they are, what they seek or offer, and why this company or role, in
 * words no catalog wording shares ("What sets you apart from other candidates?", "How can you contribute to our
 * company?", "Why are you transitioning from PHP?"): a question addressed to "you", in the present or future,
 * that asks about no past episode, about leaving (28), their background (1), why this company or role (2, with a
 * motive or an offer), or what they offer or seek (2), or the future (5). Returns that pitch question.
 */
function fitQuestion(heading: string): number | undefined {
  if (!/\?\W*$/u.test(heading) && !/^\W*(?:what|why|how|where|who|tell|describe|explain)\b/iu.test(heading)) return undefined;
  // A heading of the candidate's own notes puts the question in the first person ("What I could bring to a role", "Why
  // I want to join", "What I'm looking for in my next role"): the same question asked of them.
  const title = OWN_NOTE_HEADING.test(heading) && !/\b(?:you|your|yourself)\b/iu.test(heading) ? heading.replace(FIRST_TO_SECOND, (w) => SECOND_OF[w.toLowerCase().replace('’', "'")] ?? w) : heading;
  // "Why frontend?", "Why data science?": why this line of work, named by a noun or two.
  if (whyThisLine(title)) return 2;
  // The candidate's experience as a whole, asked about ("Tell me about the experience you have.", "About my
  // experience?", "Summarise your professional experience"): their background, question 1. (Experience of something,
  // "your experience with MongoDB", "your front-end experience", is a skill shown by a case: a story.)
  if (WHOLE_EXPERIENCE.test(title) && !PAST_ASK.test(title)) return 1;
  if (!/\b(?:you|your|yourself)\b/iu.test(title)) return undefined;
  // What the candidate knows of the company, or what drew them to it, whenever they learnt it ("How did you hear
  // about the position?", "What have you learned about us that excited you?"); why they applied ("Why did you
  // apply?", "Why did you choose us?"): the fit talk, in any tense.
  if (WHY_CHOOSE_YOU.test(title)) return 2;
  // What draws them to their line of work ("What excites you about coding?", "What interests you about data
  // science?"): why this line, as "Why frontend?" is.
  if (DRAWN.test(title) && (DRAWN_TO_FIELD.test(title) || FIELD_NAMED.test(title)) && !PAST_ASK.test(title)) return 2;
  if (((KNOWS_US.test(title) || (DRAWN.test(title) && NAMES_US.test(title)) || LIKED_ABOUT_US.test(title)) && !EPISODE_TIME.test(title)) || appliedHere(title)) return 2;
  // Working here, wished or liked ("Would you enjoy working on our product?", "Will it be interesting for you to work on
  // our project?", "Do you like working for a startup like ours?"): why here, asked of the candidate's wish.
  if (WISH.test(title) && WORK_HERE.test(title) && !PAST_ASK.test(title)) return 2;
  // A condition of being hired ("…if you are hired?", "…if you join us?") puts no situation to the candidate.
  const asked = title.replace(IF_HIRED, ' ');
  if (PAST_ASK.test(asked) || SITUATION_ASK.test(asked) || SCENARIO_ASK.test(asked)) return undefined;
  // The candidate as the one to pick, asked now ("What makes you the best candidate?", "Why are you a good fit?").
  if (CANDIDATE_FIT.test(title)) return 2;
  // The candidate's job now, named as such ("Describe your current role", "What are your roles and responsibilities?"),
  // or what they do now asked ("Are you currently studying or working?", "Are you employed at the moment?").
  if (OWN_ROLE.test(title) || STATUS_NOW.test(title) || WORKING_ON_NOW.test(title)) return 1;
  const c = conceptsOf(title);
  // Their pay ("What are your salary requirements?"): the terms of the move.
  if (c.has('salary')) return 2;
  if (c.has('leave')) return 28;
  const why = WHY_NOW.exec(title);
  if (why) return MOVING.test(why[1]) ? 28 : 2;
  if (c.has('background') || c.has('intro')) return 1;
  // What the candidate brings, unless what is brought is named as a skill or a trait ("What soft skills do you
  // bring?", "What strengths will you bring to this role?" ask what you are like: a story, as "What are your
  // strengths?" is), whether or not the role is named.
  const traitsBrought = OFFER.test(title) && TRAITS.test(title);
  if ((c.has('company') || c.has('role') || c.has('draw') || c.has('hire')) && (MOTIVE.test(title) || (OFFER_SEEK.test(title) && !traitsBrought))) return 2;
  if (OFFER_SEEK.test(title) && !traitsBrought) return 2;
  // The time ahead, unless a situation is put ("How would you split the work across five engineers?").
  if (c.has('future') && !putsSituation(title)) return 5;
  return undefined;
}

/** A wh-word and then the speaker as the subject: a heading of one's own notes ("What I bring", "Why I'm leaving"). */
const OWN_NOTE_HEADING = /^\W*(?:\d{1,2}[.)]\s*)?(?:what|why|where|how)\s+(?:i|i['’]m|i['’]d|i['’]ve)\b/iu;
const FIRST_TO_SECOND = /\b(?:i['’]m|i['’]d|i['’]ve|i|my|me|myself|mine)\b/giu;
const SECOND_OF: Record<string, string> = { i: 'you', "i'm": "you're", "i'd": "you'd", "i've": "you've", my: 'your', me: 'you', myself: 'yourself', mine: 'yours' };

/**
 * "Why frontend?", "Why data science?": "why" and one to three nouns or adjectives, and nothing else. Or the same
 * asked of the choice made ("Why did you choose web development as a career?", "Why did you pick backend work?",
 * "Why did you choose cybersecurity?"): the reasons for a line of work, not an episode. That form names a field
 * of work (a noun such as "…work", "…development", "…security", or "as a career"), so that "Why did you choose
 * microservices?" (a technical decision, a story) is not read as one.
 */
function whyThisLine(title: string): boolean {
  // (A career named before its field, "a career in software development", "a career as a tester", says the same.)
  const chose = /^\W*(?:\d{1,2}[.)]\s*)?why\s+did\s+(?:you|i)\s+(?:(?:decide|choose|want)\s+to\s+)?(?:choose|pick|select|pursue|go\s+into|get\s+into|decide\s+on|opt\s+for|learn|study|enter|switch\s+to|move\s+into)\s+(?:(?:a|your|this)\s+(?:career|profession|job)\s+(?:in|as)\s+(?:an?\s+)?)?([\p{L}][\p{L} &/-]{0,40}?)(\s+as\s+(?:a|your)\s+(?:career|profession|field|job))?\s*\??\W*$/iu.exec(title);
  const careerNamed = chose !== null && /\b(?:career|profession|job)\s+(?:in|as)\s/iu.test(title);
  // The line of work named by the one who does it: "Why did you choose to become a developer?", "Why did you become a
  // data analyst?", "What made you want to be a designer?" (a role, a noun or two after "a"/"an").
  const became = /^\W*(?:\d{1,2}[.)]\s*)?(?:why\s+did\s+you\s+(?:(?:choose|decide|want|wish)\s+to\s+)?(?:become|be)|what\s+made\s+you\s+(?:(?:choose|decide|want)\s+to\s+)?(?:become|be))\s+(?:a|an)\s+([\p{L}][\p{L} -]{0,40}?)\s*\??\W*$/iu.exec(title);
  if (became) {
    const r = readText(became[1]);
    const tags = r.pos.filter((_, i) => /[\p{L}]/u.test(r.words[i]));
    // (Not a person one grew into, "a better listener", "a more patient lead": a comparative is a change of trait.)
    const comparative = r.words.some((w, i) => (r.pos[i] === 'ADJ' || r.pos[i] === 'ADV') && /^(?:better|worse|more|less)$|[^e]er$/iu.test(w));
    if (!comparative && tags.length >= 1 && tags.length <= 3 && tags.every((t) => t === 'NOUN' || t === 'PROPN' || t === 'ADJ') && (tags[tags.length - 1] === 'NOUN' || tags[tags.length - 1] === 'PROPN')) return true;
  }
  // How one came into a line of work ("How did you get into tech?", "What got you into data engineering?"): the same
  // reasons asked of the way in, when a field of work is named ("How did you get into the project?" is an episode).
  const into = INTO_FIELD.exec(title);
  if (into && FIELD_OF_WORK.test(into[1].trim().replace(/^(?:this|that|your|the|a|an|my)\s+/iu, ''))) return true;
  const m = chose ?? /^\W*(?:\d{1,2}[.)]\s*)?why\s+([\p{L}][\p{L} &/-]{0,40}?)\s*\??\W*$/iu.exec(title);
  if (!m) return false;
  // Alternatives after a slash ("Computer Science / your field", "frontend / UI work") each name the line of work;
  // a determiner before one ("this field", "your field") is not a word of it.
  return m[1].split('/').some((alt) => {
    const named = alt.trim().replace(/^(?:this|that|your|the|a|an|my|our)\s+/iu, '');
    if (chose && !chose[2] && !careerNamed && !FIELD_OF_WORK.test(named)) return false;
    const r = readText(named);
    const tags = r.pos.filter((_, i) => /[\p{L}]/u.test(r.words[i]));
    // (One word alone names the field even when the tagger reads it as an adjective: "Why mobile?", "Why backend?"; not a
    // comparative, "Why faster?".)
    const one = tags.length === 1 && tags[0] === 'ADJ' && !/^(?:better|worse|more|less)$|[^e]er$|est$/iu.test(named);
    return one || (tags.length >= 1 && tags.length <= 3 && tags.every((t) => t === 'NOUN' || t === 'PROPN' || t === 'ADJ') && tags.some((t) => t !== 'ADJ'));
  });
}

/** "How did you get into…", "How did you end up in…", "What got you into…", "What led you to…", then what was got into. */
const INTO_FIELD =
  /^\W*(?:\d{1,2}[.)]\s*)?(?:how\s+did\s+(?:you|i)\s+(?:get|break|end\s+up|wind\s+up|come)\s+(?:into|in)|what\s+(?:got|brought|led|drew)\s+(?:you|me)\s+(?:into|to))\s+([\p{L}][\p{L} &/-]{0,40}?)\s*\??\W*$/iu;

/** A title that is a question (a question mark, or a question word first) and puts no situation to the candidate. */
function asksPlainly(title: string): boolean {
  if (!/\?\W*$/u.test(title) && !/^\W*(?:what|why|how|where|who|which|when|do|does|did|are|is|have|can)\b/iu.test(title)) return false;
  return !putsSituation(title) && !SCENARIO_ASK.test(title) && !(TITLE_QUESTIONS.some(([re, id]) => id === 30 && re.test(title)) && !LOOK_BACK.test(title));
}

/** The last word of a field of work: "web development", "backend work", "cybersecurity", "data science". */
const FIELD_OF_WORK = /(?:work|development|engineering|science|security|design|programming|management|analytics|research|marketing|sales|finance|technology|tech|testing|operations|devops|field|career|industry|profession|domain)$/iu;

/** A body that is a list of questions: three or more lines, most of its lines, end in a question mark. */
function questionList(story: Story): boolean {
  const lines = story.prose.flatMap((s) => s.text.split(/\r?\n/)).map((l) => l.trim()).filter((l) => /\p{L}/u.test(l));
  const asks = lines.filter((l) => /[?？][\s*_)"”]*$/u.test(l)).length;
  // A title that is one of the questions ("What do you enjoy most about working here?" over two more) counts.
  const titled = /[?？][\s*_)"”]*$/u.test(story.title) && asks >= 2 && asks === lines.length ? 1 : 0;
  return asks + titled >= 3 && asks >= 0.6 * lines.length;
}

/** The question kind the body's shape gives when the title gives none. */
function bodyShape(story: Story, readTense = true): number[] {
  // Parts labelled the way a pitch or a plan is ("Now", "Arc", "Why here"; "Steps", "Real case").
  const byKind = new Map<AnswerKind, Set<PartName>>();
  for (const p of story.parts) {
    const k = KIND_LABELS.get(normLabel(p.label));
    if (k) byKind.set(k, (byKind.get(k) ?? new Set()).add(p.name));
  }
  if ((byKind.get('pitch')?.size ?? 0) >= 2) return [1];
  if ((byKind.get('plan')?.size ?? 0) >= 2) return [30];
  const text = story.prose.map((s) => s.text).join('\n');
  // Told in the hypothetical: a plan for a situation, not an episode.
  const { modal, past } = tenseCounts(story);
  if (readTense && toldHypothetically(story)) return [30];
  // A present-tense self-description opening an undivided answer: a pitch.
  if (story.parts.length === 0) {
    const head = text.slice(0, 300);
    if (APPLYING.test(head.slice(0, 120))) return [2];
    if (SELF_NOW.test(head) || SELF_NOW_SHAPE.test(head) || EXPERIENCE_OTHER.test(head) || NAMED_SELF.test(head) || namedSelfOther(head.trimStart()) || ROLE_SELF.test(head.trimStart())) return [1];
    // The same greeting and name formula opening the second or third paragraph, under a line or two of the writer's
    // own notes on what to say ("姓名、学校、技术栈" over "面试官您好，我叫…"): the introduction itself.
    const paragraphs = story.prose.filter((seg) => /\p{L}/u.test(seg.text));
    if (paragraphs.slice(1, 3).some((seg) => namedSelfOther(seg.text.trimStart().slice(0, 120)))) return [1];
    // An opening that speaks of this role or this company to the interviewer, in the first person ("Amazon is a
    // company that… my skills would help me thrive in this role"): why here, under a title that asks nothing (a
    // question asked plainly, "What makes you unique?", has said what it asks).
    if (readTense && WHY_HERE_BODY.test(head) && /\b(?:I|I'm|I’m|my)\b/u.test(head) && past * 2 <= modal + 1) return [2];
    // The writer's intentions, told more often than anything they did ("I plan to focus on…", "I hope to…", "my goal
    // is…", "in the long term…"): where they are going, question 5.
    const intent = text.match(INTENT_I)?.length ?? 0;
    if (readTense && intent >= 2 && intent > 2 * past) return [5];
  }
  return [];
}

/** What the kind calls the part in this slot: "Why here" for a pitch's learning slot, "setup" for a story. */
export function partTitleIn(kind: AnswerKind, slot: PartName): string {
  if (kind === 'story') return slot;
  return shapePartForSlot(kind, slot)?.title ?? slot;
}

const RESULT_CUE =
  /^(?:as a result|in the end|the (?:end )?result|(?:this|that|it) went|the outcome|the impact|ultimately|eventually|finally|since then|by the end|in total|overall|today|now|afterwards|after (?:that|this|the (?:change|launch|release|rollout|fix|migration))|this (?:has |had |also )?(?:helped|led|resulted|meant|cut|reduced|improved|saved|brought|gave|made|allowed|enabled)|that (?:helped|led|resulted|meant)|(?:we|i|the team) (?:ended up|achieved|delivered|shipped|finished|reduced|cut|saved|managed)|it (?:worked|paid off))\b/iu;
const RESULT_INSIDE = /\b(?:as a result|resulted in|which (?:cut|reduced|saved|improved)|in the end)\b/iu;
/** A line for the reader, not part of the answer: "Tip: know yourself", "Note: ...", "Back to TOC", "See also ...". */
const READER_NOTE = /^[\s*_>-]*(?:(?:pro )?tips?|notes?|hints?|advice|reminder|remember|source|sources|references?)\s*[:：]|^[\s*_>-]*(?:back to|return to|go to|see also|up to)\b[^.!?]{0,40}$/iu;
/**
 * Closing lines that are not the answer either: a reviewer's comment on it ("**Análisis:** STAR completo, impacto
 * medible…", "Why this works: …", "Feedback: …"). (A bare label closing the story, "*Your answer:*", is not passed
 * over: what stands before it is the template's coaching, not a result.)
 */
const COMMENTARY =
  /^[\s*_>-]*(?:analysis|análisis|analyse|análise|analisi|why (?:this|it) works|what makes (?:this|it) (?:good|work|strong)|evaluation|evaluación|avaliação|feedback|commentary|comentarios?|coment[áa]rio|verdict|score|puntaje|pontua[çc][ãa]o)[\s*_]*[:：]/iu;
/** A closing lesson named by its label in another language: "Вывод:", "Lección:", "Fazit:", "教训：", "学び：", "배운 점:". */
const OTHER_LESSON_LABEL =
  /^[\s*_>-]*(?:выводы?|урок[иа]?|lecci[óo]n(?:es)?|aprendizajes?|aprendizados?|li[çc][ãa]o|le[çc]ons?|lektionen?|erkenntnis(?:se)?|fazit|lezioni?|教训|教訓|收获|收穫|反思|学び|教訓|배운\s?점|교훈)[\s*_]*[:：]/iu;
const LESSON_CUE =
  /^(?:i (?:learned|learnt|realized|realised|now|took away)|the (?:lesson|takeaway|key lesson)|looking back|in hindsight|in retrospect|going forward|next time|what i learned|my takeaway|lesson)/iu;

/**
 * Where the result is told. A story with parts: its outcome parts. One undivided answer (no part marker): the
 * paragraphs from the last one that opens like a result ("As a result", "In the end", "This helped") to the end,
 * leaving out a closing lesson; without such a paragraph, the last paragraph that is not a lesson.
 */
/** A sentence: up to a stop followed by a space or the end ("Next.js" and "v2.1" do not end one). */
const SENTENCE = /(?:[^.!?]|[.!?](?=[^\s.!?]))+(?:[.!?]+|$)/g;

/** The part of a closing paragraph that tells the result: from its last sentence that opens like one, else its last two sentences. */
function closingSentences(seg: ProseSegment): ProseSegment {
  const sentences: { start: number; text: string }[] = [];
  SENTENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE.exec(seg.text))) if (/[\p{L}\p{N}]/u.test(m[0])) sentences.push({ start: m.index, text: m[0] });
  if (sentences.length <= 3) return seg;
  let from = -1;
  for (let i = sentences.length - 1; i >= 0; i--) {
    const t = sentences[i].text.trim();
    if (RESULT_CUE.test(t) || RESULT_INSIDE.test(t)) {
      from = i;
      break;
    }
  }
  // A result told in consecutive sentences that each open like one ("This reduced ... The impact was ...") starts
  // at the first of them.
  while (from > 0 && (RESULT_CUE.test(sentences[from - 1].text.trim()) || RESULT_INSIDE.test(sentences[from - 1].text.trim()))) from--;
  let end = sentences.length;
  while (end > 1 && LESSON_CUE.test(sentences[end - 1].text.trim())) end--;
  if (from < 0 || from >= end) from = Math.max(0, end - 2);
  const start = sentences[from].start;
  const stop = end < sentences.length ? sentences[end].start : seg.text.length;
  return { start: seg.start + start, text: seg.text.slice(start, stop) };
}

export function resultProse(story: Story, fileText?: string): ProseSegment[] {
  // (with the file's text, segments the parser split at inline formatting are read joined back into their line — a
  // paragraph "Sign-ups rose by [18%](link) in a month, and tickets fell to **a third**." is one, not five)
  const joined = (segs: readonly ProseSegment[]): readonly ProseSegment[] => (fileText === undefined ? segs : inlineRuns(fileText, segs));
  if (story.parts.length > 0) {
    const outcome = story.parts.filter((p) => p.name === 'outcome').flatMap((p) => p.prose);
    if (outcome.length > 0) return outcome;
    // No outcome marked: a closing paragraph of the last part that opens like a result ("This led to…") is one.
    const last = joined(story.parts[story.parts.length - 1].prose);
    for (let i = last.length - 1; i >= 0; i--) {
      const t = last[i].text.trim();
      if (RESULT_CUE.test(t) || RESULT_INSIDE.test(t)) return last.slice(i);
    }
    return [];
  }
  const segs = joined(story.prose).filter((s) => /[\p{L}\p{N}]/u.test(s.text));
  if (segs.length === 0) return [];
  let end = segs.length;
  // Closing lines addressed to the reader (a tip, a note, a link back to the contents) are not the answer.
  while (end > 1 && (READER_NOTE.test(segs[end - 1].text.trim()) || COMMENTARY.test(segs[end - 1].text.trim()))) end--;
  while (end > 1 && (LESSON_CUE.test(segs[end - 1].text.trim()) || OTHER_LESSON_LABEL.test(segs[end - 1].text.trim()))) end--;
  let from = -1;
  for (let i = end - 1; i >= 0; i--) {
    const t = segs[i].text.trim();
    if (RESULT_CUE.test(t) || RESULT_INSIDE.test(t)) {
      from = i;
      break;
    }
  }
  if (from < 0) return [closingSentences(segs[end - 1])];
  // A long paragraph that opens with a result cue is the result itself; a single undivided paragraph is cut down,
  // and so is a paragraph whose result starts inside it ("... I implemented a fix. As a result, we passed ...").
  if (from === end - 1 && (from === 0 || !RESULT_CUE.test(segs[from].text.trim()))) return [closingSentences(segs[from])];
  return segs.slice(from, end);
}
