// Part labels: which words mark which part of an answer, and how a written label is normalised before matching.
import type { PartName } from '../types';
import { ANSWER_SHAPES, KIND_PART_LABELS } from '../knowledge/kinds';
import { KIND_PART_LABEL_TRANSLATIONS, PART_LABEL_TRANSLATIONS } from '../knowledge/part-label-translations';
import { IRREGULAR_PAST, SAME_PAST_VERBS } from '../nlp/lexicon';
import {
  ANSWER_NOUNS, LEAD_NOUNS, LEAD_PLACES, LEAD_SUBJECTS, LEAD_VERB_PARTS, LEAD_VERBS, PROUD_WORDS, QUESTION_VERBS, SO_FAR_TAILS, WHY_LEAD_STARTS,
  WHY_NOT_LEAD, YEARS_AHEAD,
} from '../knowledge/part-leads';

/** Required parts of each structure preset. */
export const STRUCTURES: Record<'scaol' | 'star' | 'car', PartName[]> = {
  scaol: ['setup', 'challenge', 'approach', 'outcome', 'learning'],
  star: ['setup', 'challenge', 'approach', 'outcome'],
  car: ['setup', 'approach', 'outcome'],
};

/**
 * Accepted labels per part (normalised: lower case, single spaces), as data: a new label for a part is one more
 * string here. Plurals and common variants included. A label is recognised from its shape on the line (see
 * markdown.ts), so each form (bold, heading, list item, "S-", "**R**—", "➤ Situation:") needs no entry of its own.
 */
const BASE_LABELS: Readonly<Record<PartName, readonly string[]>> = {
  setup: [
    'setup', 'set up', 'set-up', 'situation', 'situations', 'context', 'background', 'scenario', 'the setting',
    'circumstances', 'backstory', 'the situation', 'the context',
    // Other languages (the letters S/C stay the same in most of them).
    'situación', 'contexto', 'antecedentes', 'situação', 'contexte', 'hintergrund', 'kontext', 'ausgangslage',
    'situazione', 'contesto', '情境', '情景', '情况', '背景', '状況', '상황', '起因',
    // Chinese in traditional characters (Taiwan, Hong Kong): the same labels in the other script.
    '情況', '場景',
  ],
  challenge: [
    'challenge', 'challenges', 'task', 'tasks', 'problem', 'problems', 'goal', 'goals', 'obstacle', 'obstacles',
    'objective', 'objectives', 'the ask', 'my task', 'my role and task', 'responsibility', 'my responsibility',
    'issue', 'the issue', 'the problem', 'the challenge', 'complication', 'difficulty', 'hurdle', 'mission',
    'assignment', 'the task', 'the goal',
    'tarea', 'reto', 'desafío', 'problema', 'objetivo', 'tarefa', 'desafio', 'tâche', 'défi', 'problème', 'objectif',
    'aufgabe', 'herausforderung', 'ziel', 'compito', 'sfida', 'obiettivo', '任务', '挑战', '目标', '課題', '目標', '과제',
    '任務', '挑戰',
    // The difficulty met, as Chinese notes name it: "难点：…", "遇到的问题：…".
    '难点', '難點', '难题', '難題', '遇到的问题', '遇到的問題',
  ],
  approach: [
    'approach', 'action', 'actions', 'what i did', 'what we did', 'actions taken', 'action taken', 'steps taken',
    'steps i took', 'solution', 'my approach', 'how i did it', 'execution', 'how i handled it', 'how i approached it',
    'how i solved it', 'what i did about it', 'my actions', 'the approach', 'the fix', 'the solution',
    'acción', 'acciones', 'enfoque', 'solución', 'ação', 'ações', 'abordagem', 'approche', 'handlung', 'maßnahmen',
    'vorgehen', 'ansatz', 'azione', 'azioni', 'approccio', '行动', '行为', '做法', '措施', '行動', '対応', '행동',
    '行為', '过程', '過程', '解决方案', '解決方案',
  ],
  outcome: [
    'outcome', 'outcomes', 'result', 'results', 'impact', 'resolution', 'results and impact', 'the result',
    'effect', 'effects', 'consequence', 'consequences', 'benefit', 'benefits', 'end result', 'the outcome',
    'the impact', 'aftermath', 'payoff',
    'resultado', 'resultados', 'impacto', 'résultat', 'résultats', 'ergebnis', 'ergebnisse', 'resultat', 'risultato',
    'risultati', 'impatto', '结果', '成果', '影响', '結果', '결과',
    '影響',
  ],
  learning: [
    'learning', 'learnings', 'lesson', 'lessons', 'lesson learned', 'lessons learned', 'lessons learnt', 'learned',
    'reflection', 'reflections', 'takeaway', 'takeaways', 'what i learned', 'what i learnt',
    "what i'd do differently", 'what i would do differently', 'in hindsight', 'looking back', 'retrospective',
    'take away', 'take aways',
    'insights', 'what i took away', "what i'd change", 'what i would change', 'next time',
    'if i did it again', 'key learning', 'learnt', 'what stuck with me', 'what stayed with me',
    'aprendizaje', 'aprendizajes', 'lección', 'lecciones', 'reflexión', 'aprendizado', 'aprendizados', 'lição',
    'lições', 'reflexão', 'apprentissage', 'apprentissages', 'leçon', 'leçons', 'réflexion', 'erkenntnis',
    'erkenntnisse', 'lektion', 'reflexion', 'apprendimento', 'lezione', 'lezioni', 'riflessione', '反思', '收获',
    '教训', '学习', '心得', '经验教训', '学び', '教訓', '振り返り', '교훈', '배운 점',
    '學習', '收穫', '經驗教訓',
  ],
};

/** The labels of every part: the base list and the per-language tables (knowledge/part-label-translations.ts). */
export const PART_LABELS: Readonly<Record<PartName, readonly string[]>> = Object.fromEntries(
  (Object.keys(BASE_LABELS) as PartName[]).map((part) => [
    part,
    [...new Set([...BASE_LABELS[part], ...Object.values(PART_LABEL_TRANSLATIONS).flatMap((t) => t[part])])],
  ]),
) as unknown as Record<PartName, readonly string[]>;

/**
 * Single-letter labels (they count only in label form: "S:", "**S**", "S-We ...", a heading "S"). P is the problem
 * of PAR. O (the obstacle of SOAR, or the outcome of SAO) is not here: its place among the other letters decides.
 */
export const PART_LETTERS: Readonly<Record<string, PartName>> = {
  s: 'setup', c: 'setup', t: 'challenge', p: 'challenge', a: 'approach', r: 'outcome', l: 'learning',
};
const LETTERS = PART_LETTERS;
const PART_LABELS_SET = new Set(Object.values(PART_LABELS).flat());

const WORD_LABELS = new Map<string, PartName>();
for (const [part, labels] of Object.entries(PART_LABELS) as [PartName, string[]][]) {
  for (const l of labels) WORD_LABELS.set(l, part);
}
// The labels of the other answer kinds (pitch "Why here", plan "Steps"...), kept as data in the knowledge base.
for (const [l, part] of KIND_PART_LABELS) if (!WORD_LABELS.has(l)) WORD_LABELS.set(l, part);
/** The pitch's and plan's labels in other languages, each to the slot its part fills (knowledge/kinds.ts). */
const KIND_TRANSLATED: [string, PartName][] = [];
for (const shape of [ANSWER_SHAPES.pitch, ANSWER_SHAPES.plan]) {
  for (const p of shape.parts) {
    for (const t of Object.values(KIND_PART_LABEL_TRANSLATIONS)) {
      for (const l of t[p.id as keyof typeof t] ?? []) KIND_TRANSLATED.push([l, p.slot]);
    }
  }
}
for (const [l, part] of KIND_TRANSLATED) if (!WORD_LABELS.has(l)) WORD_LABELS.set(l, part);
/**
 * The labels a run of modifiers may stand before ("Key Leadership Lesson"): the base list and the kinds' labels. A
 * translated label counts only whole (or numbered, qualified): the modifier test knows only English sentence words,
 * so "Меня мотивирует когда задача — …" would otherwise read as a label.
 */
const MODIFIABLE = new Map<string, PartName>();
for (const [part, labels] of Object.entries(BASE_LABELS) as [PartName, string[]][]) for (const l of labels) MODIFIABLE.set(l, part);
for (const [l, part] of KIND_PART_LABELS) if (!MODIFIABLE.has(l)) MODIFIABLE.set(l, part);

/** A qualifier in front of a label that leaves its meaning alone: "Key Learnings", "Immediate Action", "The Result". */
const QUALIFIERS = new Set([
  'my', 'the', 'our', 'key', 'main', 'immediate', 'final', 'overall', 'initial', 'business', 'personal', 'core',
  'measurable', 'quantified', 'concrete', 'biggest', 'primary', 'actual', 'short', 'brief',
]);

/**
 * Header fields: facts about the story written above it (the question, the competency, the role, the company...).
 * They are not part of the spoken answer; like trailers they end the part before them and their text is not speech.
 */
const HEADER_FIELDS = new Set([
  'question', 'questions', 'interview question', 'prompt', 'competency', 'competencies', 'role', 'my role', 'company',
  'employer', 'level', 'seniority', 'date', 'dates', 'timeframe', 'time frame', 'tags', 'tag', 'position',
  'interviewer', 'category', 'categories', 'difficulty', 'duration', 'tech stack', 'technologies', 'company values',
  'best for', 'use for', 'good for',
  // The question in other languages.
  'pregunta', 'pergunta', 'frage', 'domanda', '问题', '題目', '質問', '질문',
]);

/**
 * Labels of material that sits around a story rather than in it (a list of questions, the principles it shows,
 * a practice log, a one-line summary). Such a label ends the part before it, and its text is not speech.
 */
const TRAILERS = new Set([
  'questions', 'question', 'questions it answers', 'question it answers', 'also answers', 'answers',
  'maps to', 'mapped to', 'principles', 'principles covered', 'leadership principles', 'leadership principle',
  'lp', 'lps', 'skills', 'competencies', 'tags', 'keywords', 'themes', 'theme', 'rehearsed', 'practiced',
  'practised', 'last practiced', 'notes', 'note', 'follow-ups', 'follow ups', 'followups', 'follow-up questions',
  'likely follow-ups', 'summary', 'one-line summary', 'one line summary', 'tl;dr', 'tldr', 'verbal summary',
  '30-second verbal summary', '30 second summary', 'elevator pitch', 'related', 'see also', 'why this works',
  'why this story works', 'tip', 'tips', 'hint',
  ...HEADER_FIELDS,
]);

/**
 * Nouns that name material around a story rather than the story (the questions it answers, the principles it
 * shows, its tags, notes and tips). In front of a label word they make the phrase about that material: "Question fit",
 * "Principles impact", "Tags result" name no part of the answer.
 */
const AROUND_NOUNS = new Set([
  'question', 'questions', 'prompt', 'prompts', 'principle', 'principles', 'lp', 'lps', 'competency', 'competencies',
  'tag', 'tags', 'keyword', 'keywords', 'theme', 'themes', 'note', 'notes', 'tip', 'tips',
]);

/** First words of every label, trailer and qualifier: a phrase starting with any other word is none of them. */
const FIRST_WORDS = new Set<string>(['step', 'part', 'q', 'qs']);
const FIRST_WORD = /\p{L}[\p{L}'’]*/u;
const LAST_WORD = /(\p{L}+)[^\p{L}]*$/u;
for (const l of [...WORD_LABELS.keys(), ...TRAILERS, ...QUALIFIERS]) {
  const m = FIRST_WORD.exec(l);
  if (m) FIRST_WORDS.add(m[0]);
}
// The first words of the leads read by their words (leadPart): "Something I changed", "Five years", "Weakness".
for (const l of [...LEAD_PLACES.map((p) => p.words), ...Object.keys(LEAD_NOUNS), ...YEARS_AHEAD, 'something', 'one', 'why', 'in']) {
  const m = FIRST_WORD.exec(l);
  if (m) FIRST_WORDS.add(m[0]);
}

/** A cheap test that rules out most phrases before normalising them: false when `raw` cannot be a label. */
function mayBeLabel(raw: string, modifiers: boolean): boolean {
  const m = FIRST_WORD.exec(raw);
  if (!m) return false;
  const w = m[0].toLowerCase();
  if (w.length === 1 || FIRST_WORDS.has(w) || /^[ivx]{2,4}$/u.test(w) || CJK_QUALIFIER.test(w) || cjkCompound(w) !== undefined || cjkModified(w) !== undefined) return true;
  // A compound written apart: "Back-story", "Pay off".
  const pair = /^\p{L}+[ -]\p{L}+/u.exec(raw.slice(m.index, m.index + 30));
  if (pair && WORD_LABELS.has(pair[0].replace(/[ -]/u, '').toLowerCase())) return true;
  if (!modifiers) return false;
  const last = LAST_WORD.exec(raw);
  return last !== null && WORD_LABELS.has(last[1].toLowerCase());
}

/**
 * True when a line could start with a label: its first word begins some label, trailer or qualifier, or is a
 * single letter, or the line starts with a number or a bracket ("1. Situation", "(S)"). A cheap test run on every
 * line before looking for separators.
 */
export function mayStartLabel(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 40 || c === 91) return true;
  const m = FIRST_WORD.exec(text.slice(0, 40));
  if (!m) return false;
  if (m.index > 0 && /[^\s]/u.test(text.slice(0, m.index))) return true;
  const w = m[0].toLowerCase();
  if (w.length === 1 || FIRST_WORDS.has(w)) return true;
  // A compound written apart: "Back-story", "Pay off" (as mayBeLabel reads it).
  const pair = /^\p{L}+[ -]\p{L}+/u.exec(text.slice(m.index, m.index + 30));
  return pair !== null && WORD_LABELS.has(pair[0].replace(/[ -]/u, '').toLowerCase());
}

const DECOR = /(?:[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Co}*_~`#]|\uFE0F|\u200D|\u20E3)/gu;

/** Labels already normalised (the same few recur in every story of a bank); cleared when full. */
const normalized = new Map<string, string>();
const MAX_NORMALIZED = 4096;

/** Lower-cases a label and drops decorations: emoji, emphasis markers, HTML comments, timing hints, trailing punctuation. */
export function normalizeLabel(raw: string): string {
  if (raw.length > 200) return normalize(raw);
  let s = normalized.get(raw);
  if (s === undefined) {
    s = normalize(raw);
    if (normalized.size >= MAX_NORMALIZED) normalized.clear();
    normalized.set(raw, s);
  }
  return s;
}

function normalize(raw: string): string {
  // Full-width punctuation (CJK writing) reads as its ASCII form: "情境：", "（S）".
  let s = raw.replace(/<!--[^]*?(?:-->|$)/g, ' ').replace(/[^\P{Ps}([{„‚]/gu, '(').replace(/[^\P{Pe})\]}]/gu, ')').replace(/：/gu, ':');
  // Keycap numbers ("1️⃣ Situation") are decoration.
  s = s.replace(/[0-9#*]\uFE0F?\u20E3/gu, ' ');
  s = s.replace(DECOR, ' ');
  // "(S)ituation", "[R]esult": the initial letter set off in brackets inside the word.
  s = s.replace(/[([]\s*(\p{L})\s*[)\]](?=\p{L})/gu, '$1');
  const wrapped = /^\s*[([]\s*([^()[\]]{1,40}?)\s*[)\]][\s:.\-–—]*$/u.exec(s);
  if (wrapped) s = wrapped[1];
  // Timing or other hints in parentheses/brackets at the end: "(30 seconds)", "[~15 s]".
  for (let i = 0; i < 3; i++) s = s.replace(/\s*(?:\([^()]*\)|\[[^[\]]*\])\s*[:.\-–—]*\s*$/u, '');
  // A timing hint after a dash or colon: "Situation — 20 seconds", "Action: ~60s".
  s = s.replace(/\s*[-–—:|]\s*[~≈]?\s*\d+(?:\s*[-–]\s*\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\.?\s*$/iu, '');
  s = s.replace(/[\s:;,.!?\-–—|：；，。！？]+$/u, '');
  // Symbols before the label, inside its emphasis or not: "**+ Reflection:**", "→ Result", "• Action".
  s = s.replace(/^[^\p{L}\p{N}([]+/u, '');
  // A count of the parts before the label, in any digits: "(1/5) Situation", "2/4 — Task", "[३/५] परिणाम".
  s = s.replace(/^[([]?\s*\p{Nd}{1,2}\s*\/\s*\p{Nd}{1,2}\s*[)\]]?[\s:.\-–—]*(?=\p{L})/u, '');
  // "(S)", "[Result]": a label wrapped in brackets; "S)" or "(S": a bracket left over from a separator.
  s = s.replace(/^[([]\s*(?=[^()[\]]*$)|\s*[)\]]$(?<=^[^()[\]]*[)\]])/gu, '');
  s = s.replace(/\s+/g, ' ').trim().toLowerCase();
  return s;
}

const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{3,10}$/u;
/** Joining words between two labels written without a space ("情境与任务", "任務及目標"). */
const CJK_JOINERS = /^(?:与|與|和|及|跟|、|兼|・)/u;

/**
 * Two labels written as one word in Chinese, Japanese or Korean, as those languages compound ("任務目標" task and
 * goal, "背景情况", "行动与措施"): the first label names the part, as "Situation & Task" does. Both halves must be labels;
 * a label followed by other words ("结果显示…") is not one.
 */
function cjkCompound(s: string): PartName | undefined {
  if (!CJK_WORD.test(s.replace(CJK_JOINERS, ''))) return undefined;
  for (let i = 1; i < s.length - 1 && i <= 4; i++) {
    const head = WORD_LABELS.get(s.slice(0, i));
    if (!head) continue;
    const rest = s.slice(i).replace(CJK_JOINERS, '');
    if (rest.length > 0 && WORD_LABELS.has(rest)) return head;
  }
  return undefined;
}

/** Qualifiers in Chinese and Japanese (key, main, core, my, final), written before a label with no space. */
const CJK_QUALIFIER = /^(?:关键|關鍵|主要|核心|我的|最终|最終|重要|主な|私の)/u;

/**
 * Nouns of presentation after a label: "Problem statement", "Background information", "Impact summary", and in
 * Chinese "背景介绍", "结果概述", "反思总结". The label names the part; the noun says it is set out.
 */
const PRESENTATION_NOUNS = new Set(['statement', 'description', 'overview', 'summary', 'details', 'information', 'introduction', 'recap', 'breakdown']);
const CJK_PRESENTATION = /(?:介绍|介紹|描述|总结|總結|概述|说明|說明|概况|概況)$/u;
/** A Chinese or Japanese label written as one word with a noun of presentation after it ("背景介绍", "反思总结"). */
function cjkModified(s: string): PartName | undefined {
  if (!CJK_WORD.test(s) || s.length < 4 || s.length > 6) return undefined;
  const p = CJK_PRESENTATION.exec(s);
  return p ? WORD_LABELS.get(s.slice(0, p.index)) : undefined;
}

/** Words that make a phrase a sentence rather than a label with modifiers ("what we did", "it was the result"). */
const SENTENCE_WORDS = new Set([
  'i', 'we', 'you', 'he', 'she', 'they', 'it', 'is', 'was', 'were', 'are', 'be', 'been', 'had', 'has', 'have', 'did',
  'do', 'does', 'not', 'no', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'for', 'with', 'to', 'of', 'in',
  'on', 'at', 'by', 'as', 'if', 'so', 'from', 'all', 'any', 'next', 'action', 'follow',
]);

/** Articles and possessives: inside a run of modifiers they start a verb's object ("Found the real issue"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'his', 'her', 'its']);

/** Words that make a tail after a label a clause rather than a qualifier ("Result of this was"). */
const CLAUSE_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'is', 'was', 'were', 'are', 'be', 'been', 'had', 'has', 'have', 'did', 'do', 'does', 'not']);

/**
 * A label with a qualifying tail after it: "Key lesson to emphasize", "Challenges along the way", "Result for the
 * team", "What I learned from it". The tail is a preposition and up to four words that make no clause.
 */
const TAIL = /^(.+?) (?:to|for|along|from|of|on|in|at|with|during|after|about|behind|across|over|under|since) ((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*){0,3})$/u;

const TRAILER_TAIL = /^(.+?) (?:for|on|about|from) ((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*){0,3})$/u;

function lookupWords(s: string, modifiers = false, tail = false): PartName | undefined {
  const direct = WORD_LABELS.get(s) ?? joined(s);
  if (direct) return direct;
  if (tail) {
    const r = reducedClause(s);
    if (r) return r;
    const t = TAIL.exec(s);
    // "Learning to review code properly", "Setting up the on-call rota": a gerund taking its infinitive is a verb
    // phrase (a title), not a label with a tail ("Key lesson to emphasize" is a noun's).
    const gerund = t !== null && /ing$/u.test(t[1]) && s.startsWith(`${t[1]} to `);
    if (t && !gerund && !t[2].split(' ').some((w) => CLAUSE_WORDS.has(w))) {
      const head = lookupWords(t[1], modifiers, false) ?? reducedClause(t[1]);
      if (head) return head;
    }
  }
  const compound = cjkCompound(s);
  if (compound) return compound;
  // "关键学习", "主要结果": a qualifier written without a space before a label in Chinese or Japanese.
  const cjk = CJK_QUALIFIER.exec(s);
  if (cjk && cjk[0].length < s.length) {
    const q = WORD_LABELS.get(s.slice(cjk[0].length));
    if (q) return q;
  }
  const modified = cjkModified(s);
  if (modified) return modified;
  const sp = s.indexOf(' ');
  if (sp > 0 && QUALIFIERS.has(s.slice(0, sp))) {
    const q = WORD_LABELS.get(s.slice(sp + 1));
    if (q) return q;
  }
  // "Problem statement", "Background information": a label and a noun of presentation after it.
  const last = s.lastIndexOf(' ');
  if (last > 0 && PRESENTATION_NOUNS.has(s.slice(last + 1))) {
    const q = WORD_LABELS.get(s.slice(0, last));
    if (q) return q;
  }
  // A one-word label with up to three modifiers before it: "Key Leadership Lesson", "Business Impact". The
  // modifiers make a noun phrase: an article or a possessive after the first word ("Found the real issue", "Show
  // the Positive Result", "Proposing the Solution") makes the first word a verb with an object, a sub-point or an
  // instruction rather than a label.
  const words = modifiers ? s.split(' ') : [];
  if (words.length >= 2 && words.length <= 4) {
    const head = MODIFIABLE.get(words[words.length - 1]);
    if (
      head && words.slice(0, -1).every((w) => /^\p{L}[\p{L}'’-]*$/u.test(w) && !SENTENCE_WORDS.has(w) && !AROUND_NOUNS.has(w)) &&
      !words.slice(1, -1).some((w) => DETERMINERS.has(w))
    ) return head;
  }
  return undefined;
}

/** Past participles that do not end in "-ed" ("Steps taken", "Lessons learnt"); with a subject any past form counts. */
const PARTICIPLES = new Set([
  'taken', 'learnt', 'seen', 'done', 'given', 'shown', 'known', 'grown', 'chosen', 'driven', 'drawn', 'gotten',
  'written', 'undertaken', 'overcome', 'won', 'made', 'built', 'met', 'found', 'brought', 'taught', 'kept', 'faced',
]);
/** Verbs that make "Result was", "Action had" a clause with its own predicate to come, not a label. */
const NOT_PARTICIPLES = new Set(['was', 'were', 'had', 'did', 'got', 'went', 'came', 'said', 'meant', 'felt']);
const REDUCED = /^(.+?) (?:(?:that|which) )?(?:(i|we|my team|our team|the team) )?(\p{L}[\p{L}'’]*)$/u;

/**
 * A label followed by a reduced relative clause: a past participle ("Results achieved", "Challenges faced",
 * "Lessons learnt") or a short clause with the speaker as subject ("Actions I took", "Lessons we learned", "Results
 * that we saw"). The clause only says whose the part is; the head names it.
 */
function reducedClause(s: string): PartName | undefined {
  const m = REDUCED.exec(s);
  if (!m || m[1].split(' ').length > 3) return undefined;
  const verb = m[3];
  if (!m[2] && NOT_PARTICIPLES.has(verb)) return undefined;
  const past = /[^e]ed$/u.test(verb) && verb.length > 3;
  const ok = m[2] ? past || IRREGULAR_PAST.has(verb) || SAME_PAST_VERBS.has(verb) || PARTICIPLES.has(verb) : past || PARTICIPLES.has(verb);
  if (!ok) return undefined;
  return lookupWords(m[1], false, false) ?? undefined;
}

/** A compound label written apart or hyphenated: "take away", "back-story", "pay off", "out come". */
function joined(s: string): PartName | undefined {
  if (s.length > 30 || !/[ -]/u.test(s)) return undefined;
  const j = s.replace(/[ -]/gu, '');
  return /^\p{L}+$/u.test(j) ? WORD_LABELS.get(j) : undefined;
}

/**
 * Two labels joined by "&", "/", "+" or "and": "Situation & Task", "Situation / T" (the first part named), numbered
 * or not ("1. Situation & Task").
 */
function compoundLabel(s: string, allowLetter: boolean): PartName | undefined {
  const c = /^(.+?)\s*(?:&|\/|\+| and )\s*(.+)$/u.exec(s);
  if (!c) return undefined;
  const a = lookupWords(c[1]);
  const b = lookupWords(c[2]) ?? (allowLetter && c[2].length === 1 ? LETTERS[c[2]] : undefined);
  const a2 = a ?? (allowLetter && c[1].length === 1 ? LETTERS[c[1]] : undefined);
  if (a2 && b) return a2;
  return undefined;
}

/**
 * A sign that sets a label off from its text when written with a space on each side, read by its Unicode class rather
 * than from a list of the signs seen: a dash, a middle dot, a bar, a guillemet, a pilcrow, an arrow or another symbol
 * ("Situation · …", "Result | …", "Task › …", "Action ¦ …"). Not the signs that join two labels or two words ("/", "&",
 * "+"), nor sentence punctuation, quotes or emphasis.
 */
export function isSpacedSeparator(ch: string): boolean {
  return /^[\p{Pd}\p{Po}\p{Pi}\p{Pf}\p{Sm}\p{So}]$/u.test(ch) && !/^[/&+#%@*'"’‘“”,.;:!?¡¿\\<=]$/u.test(ch);
}

/** A task-list box ("[ ]", "[x]") or an Obsidian call-out's type ("[!info]", "[!question]+") before a label. */
const BOX_PREFIX = /^\s*(?:\[[ xX✓✔]\]|\[![\w-]{1,20}\][+-]?)\s*/u;

/**
 * An enumerator before a label: a letter, a number (Arabic, Roman, Chinese) or a circled number, with its separator
 * ("b)", "2.", "iv.", "三、", "1 ·", "1 /", "(c)", "②", "Step 3:", "Part 1 -"), then the label.
 */
const ENUMERATED =
  /^(?:(?:[a-z]|\d{1,2}|[ivx]{2,4}|[一二三四五六七八九十]{1,3})\s*[-–—:.)·•・、．]|\((?:[a-z]|\d{1,2}|[ivx]{2,4}|[一二三四五六七八九十]{1,3})\)|\d{1,2}\s*\/|[①-⑳]|(?:step|part) \d{1,2}\s*[-–—:.)·]?)\s*(.+)$/u;

export interface LabelMatch {
  part: PartName;
  /** True when the label is a single letter (S, T, A, R, L, C). */
  letter: boolean;
}

/**
 * Matches a whole label (already free of the surrounding Markdown). `allowLetter` admits the single letters.
 * Accepts "Situation", "What I did", "S - Situation", "1. Situation", "Part 2: Action", "Situation & Task" (first part).
 */
export function matchLabel(raw: string, allowLetter: boolean, modifiers = false, tails = modifiers): LabelMatch | undefined {
  if (raw.length > 200) return undefined;
  // "- [x] Situation:", "> [!info] Situation": a task-list box or a call-out's type before the label.
  if (raw.charCodeAt(raw.search(/\S/u)) === 91) raw = raw.replace(BOX_PREFIX, '');
  if (!mayBeLabel(raw, modifiers)) return glossedLabel(raw);
  const s = normalizeLabel(raw);
  if (s.length === 0 || s.length > 60) return undefined;
  // A lead in the speaker's words that asks ("Why Acme?") is a question put, not a part's lead.
  const w = lookupWords(s, modifiers, tails) ?? (modifiers && !/[?？]/u.test(raw) ? leadPart(s) : undefined);
  if (w) return { part: w, letter: false };
  if (s.length === 1) return allowLetter && LETTERS[s] ? { part: LETTERS[s], letter: true } : undefined;
  // "S - Situation", "S: Situation", "(S) Situation", "1. Situation", "Step 2 - Action", "Part 1: Situation".
  // The number may be Roman ("II. Task"), Chinese ("一、背景") or circled ("② Task"), and set off by a middle dot
  // ("1 · Situation") or an ideographic comma as well.
  const m = ENUMERATED.exec(s);
  if (m) {
    const rest = m[1].replace(/^[\s\-–—:.]+/u, '');
    const inner = lookupWords(rest) ?? compoundLabel(rest, false);
    if (inner) return { part: inner, letter: false };
  }
  const both = compoundLabel(s, allowLetter);
  if (both) return { part: both, letter: false };
  // "Action / Where I went wrong", "Task / what was expected": a word label and a short gloss after a slash (only
  // where a colon or dash follows, as for modifiers).
  const gloss = modifiers ? /^([^/]+?)\s*\/\s*([\p{L}'’ -]+)$/u.exec(s) : null;
  if (gloss && gloss[2].split(' ').length <= 5) {
    const a = lookupWords(gloss[1]);
    if (a) return { part: a, letter: false };
  }
  return glossedLabel(raw);
}

/**
 * "Werdegang (Action)", "起因（Situation）": one word glossed in brackets by a part's name (a second language, or the
 * STAR word itself) is that part's label.
 */
function glossedLabel(raw: string): LabelMatch | undefined {
  if (raw.length > 60 || !/[)）】\]]/u.test(raw)) return undefined;
  const g = /^[^\s()[\]（）【】]{1,30}?\s*[([（【]\s*([^()[\]（）【】]{1,30}?)\s*[)\]）】]\s*[:：.\-–—]?\s*$/u.exec(raw.replace(/[*_~`]/gu, '').trim());
  if (!g) return undefined;
  const inner = normalizeLabel(g[1]);
  const part = mayBeLabel(inner, false) ? lookupWords(inner) : undefined;
  return part ? { part, letter: false } : undefined;
}

/** Labels found only in the per-language tables (not in the base list nor the kinds' labels). */
const TRANSLATED_ONLY = new Set<string>();
for (const t of Object.values(PART_LABEL_TRANSLATIONS)) {
  for (const ls of Object.values(t)) for (const l of ls) if (!MODIFIABLE.has(l)) TRANSLATED_ONLY.add(l);
}
for (const [l] of KIND_TRANSLATED) if (!MODIFIABLE.has(l)) TRANSLATED_ONLY.add(l);

/**
 * True when the label is a word of the per-language tables only ("Результат", "Kết quả", "Cosa ho imparato"),
 * numbered or not. Those words are ordinary nouns in their languages, so the parser counts them as labels only when
 * the file marks two or more parts so, and never inside a line.
 */
export function isTranslatedLabel(raw: string): boolean {
  return inLabelSet(TRANSLATED_ONLY, raw);
}

/**
 * True when the label, numbered or not ("2. Результат"), is one of the set's. A word of the pitch's and plan's
 * per-language tables glossed by a part's own name ("Werdegang (Action)") is that part's label (glossedLabel), not
 * the table's word.
 */
function inLabelSet(set: ReadonlySet<string>, raw: string): boolean {
  if (raw.length > 80) return false;
  const s = normalizeLabel(raw);
  if (KIND_TRANSLATED_ONLY.has(s) && glossedLabel(raw)) return false;
  return set.has(s) || set.has(ENUMERATED.exec(s)?.[1]?.trim() ?? '');
}

/** Labels of the pitch's and plan's per-language tables only (KIND_PART_LABEL_TRANSLATIONS). */
const KIND_TRANSLATED_ONLY = new Set<string>();
for (const [l] of KIND_TRANSLATED) if (!MODIFIABLE.has(l) && !PART_LABELS_SET.has(l)) KIND_TRANSLATED_ONLY.add(l);

/**
 * True when the label is a word of the pitch's and plan's per-language tables only ("Aujourd'hui", 现状, 지원 동기,
 * "Why this role"), numbered or not. As a heading such a word is as often the title of an answer in a bank ("## 지원
 * 동기", "## Why this role?") as a part of one, so markdown.ts counts such headings only where three or more parts are
 * headed so; written inside a line's start (bold, a plain "Label:") the two-part test of isTranslatedLabel holds.
 */
export function isKindTranslatedLabel(raw: string): boolean {
  return inLabelSet(KIND_TRANSLATED_ONLY, raw);
}

/** The labels of the pitch's and plan's parts in kinds.ts, less the story's own words ("Now", "How I got here", "Steps"). */
const KIND_ONLY = new Set<string>();
for (const [l] of KIND_PART_LABELS) if (!PART_LABELS_SET.has(l)) KIND_ONLY.add(l);

/** True when the label is one of a pitch's or a plan's own (kinds.ts), not a story's word, numbered or not. */
export function isKindLabel(raw: string): boolean {
  if (raw.length > 80) return false;
  const s = normalizeLabel(raw);
  return KIND_ONLY.has(s) || KIND_ONLY.has(ENUMERATED.exec(s)?.[1]?.trim() ?? '');
}

/**
 * A question that asks for a part, as some write their part headings ("## What was going on?", "## What did I do?",
 * "## How did it turn out?", "## What would I do differently?"): the speaker may be "I", "you" or "we". Such a
 * question is also a story's title in a bank, so the parser counts it only where a file asks three or more parts so.
 */
const PART_QUESTIONS: readonly [RegExp, PartName][] = [
  [/^what was (?:going on|happening|the (?:situation|context|background|setting))$/u, 'setup'],
  [/^what (?:was|were) (?:i|you|we) (?:asked|supposed|expected|meant|trying) to do$|^what did (?:i|you|we) (?:have|need) to do$|^what was (?:the|my|your|our) (?:task|challenge|problem|goal|job)$/u, 'challenge'],
  [/^what did (?:i|you|we) do(?: about it| next)?$|^how did (?:i|you|we) (?:handle|approach|solve|tackle|fix) (?:it|this|that)$/u, 'approach'],
  [/^what happened(?: next| then| in the end| after that)?$|^how did it (?:turn out|end|go)$|^what was the (?:result|outcome|impact)$/u, 'outcome'],
  [/^what did (?:i|you|we) learn(?: from it)?$|^what would (?:i|you|we) do differently(?: next time)?$|^what (?:did|do) (?:i|you|we) take away$/u, 'learning'],
];

/** The part a question-form label asks for ("What did you do?"), or undefined; see PART_QUESTIONS. */
export function partQuestion(raw: string): PartName | undefined {
  if (raw.length > 80 || !/\?\s*[*_]*\s*$/u.test(raw)) return undefined;
  const s = normalizeLabel(raw);
  if (!s.startsWith('what ') && !s.startsWith('how ')) return undefined;
  for (const [re, part] of PART_QUESTIONS) if (re.test(s)) return part;
  return askedPart(s);
}

const SUBJECT = `(?:${LEAD_SUBJECTS.join('|')})`;
const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alternatives = (ws: readonly string[]): string => ws.map(escapeRe).join('|');
/** LEAD_PLACES as patterns: `S` a subject, ` BE` its present "be". */
const PLACE_PATTERNS: readonly [RegExp, PartName][] = LEAD_PLACES.map((p) => [
  new RegExp(`^${p.words.replace(/\bS\b/gu, SUBJECT).replace(/ BE\b/gu, "(?:'m| am|'re| are)")}$`, 'u'),
  p.part,
]);
/** "What I've built", "Something I changed", "What I'd keep", "What I'm doing about it": a clause with the speaker as subject. */
const SUBJECT_CLAUSE = new RegExp(`^(?:what|something|one thing|the (?:one )?things?) ${SUBJECT}('ve| have|'d| would|'m| am|'re| are)? (.+)$`, 'u');
const YEARS = new RegExp(`^(?:in |the next )?(?:${alternatives(YEARS_AHEAD)}) years?(?: from now| time| out| ahead)?$`, 'u');
const PROUD = new RegExp(`(?:^|\\s)${SUBJECT}(?:'m| am|'re| are| was| were| feel)? (?:most |really |particularly )?(?:${alternatives(PROUD_WORDS)}) of(?: most)?$`, 'u');
const SO_FAR = new RegExp(`^(.+?) (?:${alternatives(SO_FAR_TAILS)})$`, 'u');

/** True when `rest` is one of the verbs (or phrases), alone or with up to three words after it ("do about it"). */
function verbOf(rest: string, verbs: readonly string[]): boolean {
  return verbs.some((v) => rest === v || (rest.startsWith(`${v} `) && rest.slice(v.length + 1).split(' ').length <= 3));
}

/**
 * The part a lead names by what it says rather than by a part's name (knowledge/part-leads.ts): the speaker's own
 * clause read by its verb and tense ("What I've delivered" the result, "What I changed" the approach, "What I'd keep"
 * the learning), a wh-phrase of the pitch ("Where I am now", "How I got here", "Why this role", "In five years"),
 * pride ("A result I'm proud of"), a part's name with "so far" ("Impact so far"). `s` is normalised (normalizeLabel).
 * Only a lead set off by a colon or a dash is read so (matchLabel with modifiers): in a heading or a sentence such a
 * clause is a title or prose.
 */
export function leadPart(raw: string): PartName | undefined {
  const s = raw.replace(/[’‘]/gu, "'");
  const words = s.split(' ');
  // "Why this works for the panel": commentary on the answer, not a part of it.
  if (words.length > 8 || trailerWords(s, true)) return undefined;
  const noun = LEAD_NOUNS[s as keyof typeof LEAD_NOUNS];
  if (noun) return noun;
  for (const [re, part] of PLACE_PATTERNS) if (re.test(s)) return part;
  if (words[0] === 'why' && words.length >= 2 && words.length <= 6 && !WHY_NOT_LEAD.includes(words[1])) {
    return whyIsComment(words) ? undefined : whyLead(words);
  }
  if (YEARS.test(s)) return 'learning';
  if (PROUD.test(s)) return 'outcome';
  const far = SO_FAR.exec(s);
  if (far) return lookupWords(far[1], true);
  const c = SUBJECT_CLAUSE.exec(s);
  if (!c) return undefined;
  const aux = c[1]?.trim().replace(/^'/u, '');
  const rest = c[2];
  const tenses: (keyof typeof LEAD_VERBS)[] =
    aux === 've' || aux === 'have' ? ['perfect', 'learned'] :
      aux === 'd' || aux === 'would' ? ['hindsight'] :
        aux === undefined ? ['learned', 'past', 'present'] : ['present'];
  for (const t of tenses) {
    const verbs = aux === 'm' || aux === 'am' || aux === 're' || aux === 'are' ? LEAD_VERBS.present.filter((v) => /ing\b/u.test(v)) : LEAD_VERBS[t];
    if (verbOf(rest, verbs)) return LEAD_VERB_PARTS[t];
  }
  return undefined;
}

/**
 * "Why this/the/your/that ..." that comments rather than turns to the company: a comment on the answer chosen ("Why
 * this story", "Why this example"), a clause with its own verb ("Why this matters", "Why the plan worked", "Why this
 * interests me"), or more than four words.
 */
function whyIsComment(words: readonly string[]): boolean {
  if (words.length <= 2 || !/^(?:this|the|your|that)$/u.test(words[1])) return false;
  const ownVerb = (w: string): boolean => /(?:s|ed)$/u.test(w) && !/ss$/u.test(w);
  return words.length > 4 || ANSWER_NOUNS.includes(words[2]) || words.slice(2).some(ownVerb);
}

/** "Why this role", "Why now", "Why I'm leaving", "Why Northwind": the pitch's turn to this company, read as its learning. */
function whyLead(words: readonly string[]): PartName | undefined {
  const rest = words.slice(1).join(' ');
  return words.length === 2 || WHY_LEAD_STARTS.some((w) => rest === w || rest.startsWith(`${w} `)) ? 'learning' : undefined;
}

/**
 * A question read by its words when no listed form asks it: "What was the biggest challenge?" names a part as its
 * subject, "What did you learn?" by its verb (QUESTION_VERBS), "What would you do differently?" by hindsight.
 */
function askedPart(s: string): PartName | undefined {
  const named = /^(?:what|how) (?:was|were|is|are) (?:the |my |your |our )?(.+)$/u.exec(s);
  if (named) {
    const p = lookupWords(named[1], true) ?? leadPart(named[1]);
    if (p) return p;
  }
  const asked = /^(?:what|how) (?:did|do|have|would) (?:i|you|we) (.+)$/u.exec(s);
  if (!asked) return undefined;
  for (const [part, verbs] of Object.entries(QUESTION_VERBS) as [PartName, readonly string[]][]) if (verbOf(asked[1], verbs)) return part;
  return undefined;
}

/** The part a label names ("Situation", "**Result:**", "S", "What I did"), or undefined. */
export function partForLabel(label: string): PartName | undefined {
  return matchLabel(label, true)?.part;
}

/** True when the label names material around a story (questions, principles, summary, practice log). */
export function isTrailerLabel(raw: string): boolean {
  if (raw.length > 200 || !mayBeLabel(raw, false)) return false;
  return trailerWords(normalizeLabel(raw), true);
}

/** "Why this answer works", "Why it works": commentary on the answer, in any of its words. */
const WHY_IT_WORKS = /^why (?:this|it|that|the)(?: \p{L}+){0,2} works?$/u;

function trailerWords(s: string, tail: boolean): boolean {
  if (TRAILERS.has(s) || WHY_IT_WORKS.test(s)) return true;
  // "Question fit", "Principles impact": a label word after a noun of the material around the story (see AROUND_NOUNS).
  const words = s.split(' ');
  if (words.length >= 2 && words.length <= 3 && AROUND_NOUNS.has(words[0]) && WORD_LABELS.has(words[words.length - 1])) return true;
  const sp = s.indexOf(' ');
  if (sp > 0 && QUALIFIERS.has(s.slice(0, sp)) && TRAILERS.has(s.slice(sp + 1))) return true;
  // "Why this works for Meta", "Notes for next time", "Tips on delivery". Not questions: "Questions to ask them",
  // "Questions for the interviewer" are an answer of their own.
  const t = tail ? TRAILER_TAIL.exec(s) : null;
  return t !== null && !/^questions?$/u.test(t[1]) && !t[2].split(' ').some((w) => CLAUSE_WORDS.has(w)) && trailerWords(t[1], false);
}

/** True when the label is a header field written above a story (Question, Competency, Role, Company, Date...). */
export function isHeaderFieldLabel(raw: string): boolean {
  if (raw.length > 200 || !mayBeLabel(raw, false)) return false;
  return HEADER_FIELDS.has(normalizeLabel(raw));
}

/** True when a normalised single letter is a part letter (S, T, A, R, L, C). */
export function isPartLetter(s: string): boolean {
  return Object.prototype.hasOwnProperty.call(LETTERS, s);
}

/** True when the label introduces question ids ("Questions", "Q"). */
export function isQuestionsLabel(raw: string): boolean {
  if (raw.length > 200 || !mayBeLabel(raw, false)) return false;
  const s = normalizeLabel(raw);
  return s === 'questions' || s === 'question' || s === 'question ids' || s === 'qs' || s === 'answers';
}
