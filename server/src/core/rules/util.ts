// Helpers the rules share: phrase matching with a compile cache, part lookups, and wording.
import { PHRASES } from '../knowledge/phrases';
import { questionById } from '../knowledge';
import { CJK_CHARS, compilePhrases, countWords, findPhrases, type PhraseMatch, type PhraseMatcher } from '../text';
import { sentencesIn, understand, type ProseLanguage, type Sentence } from '../nlp';
import { firstPersonPattern } from '../nlp/lexicon';
import { scoreSentence, speaksOfParty, type SentenceModel } from '../nlp/features';
import { answerOf } from './kind';
import type { Config, Part, PartName, ProseSegment, Story } from '../types';

const builtinCache = new Map<string, PhraseMatcher | undefined>();
const userCache = new WeakMap<readonly string[], Map<string, PhraseMatcher | undefined>>();

/** Every match of a phrase matcher in the prose (on word boundaries, never overlapping); positions are file offsets. */
export function findMatches(segments: readonly ProseSegment[], matcher: PhraseMatcher): PhraseMatch[] {
  return findPhrases(segments, matcher);
}

/**
 * The compiled matcher for a rule's phrase list (use it with `findMatches`): the built-in phrases plus the user's literal phrases from
 * `config.phrases[ruleId]`. Compiled once per list (cached by the identity of the user's array).
 */
export function phraseMatcher(ruleId: string, config: Config): PhraseMatcher | undefined {
  const builtin = PHRASES[ruleId] ?? [];
  const user = config.phrases?.[ruleId];
  const extra = Array.isArray(user) ? user.filter((p): p is string => typeof p === 'string') : [];
  if (!Array.isArray(user) || extra.length === 0) {
    if (!builtinCache.has(ruleId)) builtinCache.set(ruleId, compilePhrases(builtin));
    return builtinCache.get(ruleId);
  }
  let byRule = userCache.get(user);
  if (!byRule) {
    byRule = new Map();
    userCache.set(user, byRule);
  }
  if (!byRule.has(ruleId)) byRule.set(ruleId, compilePhrases([...builtin, ...extra]));
  return byRule.get(ruleId);
}

/** Every phrase of the rule's list (built-in and user) found in the given prose. */
export function matchRulePhrases(ruleId: string, config: Config, segments: readonly ProseSegment[]): PhraseMatch[] {
  const matcher = phraseMatcher(ruleId, config);
  return matcher ? findMatches(segments, matcher) : [];
}

export function partsNamed(story: Story, name: PartName): Part[] {
  return story.parts.filter((p) => p.name === name);
}

export function hasPart(story: Story, name: PartName): boolean {
  return story.parts.some((p) => p.name === name);
}

/** Prose of every part with this name, in document order. */
export function proseOf(story: Story, name: PartName): ProseSegment[] {
  return partsNamed(story, name).flatMap((p) => p.prose);
}

/** Prose the red-flag rules for results scan: the outcome when the story has one, else the whole story. */
export function outcomeOrWhole(story: Story): ProseSegment[] {
  return story.parts.length > 0 ? proseOf(story, 'outcome') : story.prose;
}

export const PART_TITLE: Record<PartName, string> = {
  setup: 'Setup',
  challenge: 'Challenge',
  approach: 'Approach',
  outcome: 'Outcome',
  learning: 'Learning',
};

/** The STAR vocabulary, used when a story already labels its parts that way. */
export const STAR_TITLE: Record<PartName, string> = {
  setup: 'Situation',
  challenge: 'Task',
  approach: 'Action',
  outcome: 'Result',
  learning: 'Learning',
};

/** "2 min 05 s" style durations for messages. */
/** Spoken seconds of a word count at a rate, unrounded (the story's `spokenSeconds` is rounded for display). */
export function exactSpokenSeconds(words: number, wordsPerMinute: number): number {
  const wpm = wordsPerMinute > 0 ? wordsPerMinute : 150;
  return (words / wpm) * 60;
}

const HAN_KANA = new RegExp(CJK_CHARS, 'gu');
const HAS_HAN_KANA = new RegExp(CJK_CHARS, 'u');

/**
 * The words of the answer as it would be said. An answer written twice, once in Chinese or Japanese and once in a
 * language with spaces (a draft and its English rendering, "I mean to give it in English"; or line by line, each
 * sentence over its rendering), is said once: when the lines of each script hold comparable amounts (neither under half the other), the longer version counts, not
 * their sum. Otherwise the story's own word count.
 */
export function spokenWordCount(story: Story): number {
  // too-long and too-short both ask, once per story per analysis; the quoted-sample scan joins all the prose.
  let n = SPOKEN.get(story);
  if (n === undefined) SPOKEN.set(story, (n = countSpokenWords(story)));
  return n;
}

const SPOKEN = new WeakMap<Story, number>();

function countSpokenWords(story: Story): number {
  const quoted = quotedSampleWords(story);
  if (quoted !== undefined) return quoted;
  const tagged = languageTaggedWords(story);
  if (tagged !== undefined) return tagged;
  // Without a Chinese or Japanese character every paragraph is in words with spaces: the story's own count.
  if (!story.prose.some((seg) => HAS_HAN_KANA.test(seg.text))) return story.wordCount;
  return twiceWritten(story.prose.map((seg) => [seg.text]), story.wordCount, false) ?? twiceWritten(story.prose.map((seg) => seg.text.split('\n')), story.wordCount, true) ?? story.wordCount;
}

/**
 * The longer version's words when the answer is written twice, in blocks of each script (paragraphs, or lines when
 * `interleaved`), or undefined. By paragraphs: the two scripts hold comparable amounts (neither under half the
 * other). By lines, each sentence over its rendering ("My favourite hobby is reading." then "我的业余爱好是阅读"):
 * also at least two lines of each, as many of one as of the other (one apart at most), taking turns line by line —
 * a Chinese outline with an English line or two in it is one answer, counted whole.
 */
function twiceWritten(blocks: readonly string[][], total: number, interleaved: boolean): number | undefined {
  let cjk = 0;
  let other = 0;
  let n = 0;
  const scripts: boolean[] = [];
  for (const block of blocks) {
    for (const line of block) {
      const words = countWords(line);
      if (words === 0) continue;
      n++;
      const han = line.match(HAN_KANA)?.length ?? 0;
      // mostly in Chinese or Japanese characters, or mostly in words with spaces
      scripts.push(han >= words);
      if (han >= words) cjk += words;
      else other += words;
    }
  }
  // (each line's characters are rounded to words on their own: the sum may differ from the story's by a word a line)
  if (cjk === 0 || other === 0 || Math.min(cjk, other) < 0.5 * Math.max(cjk, other) || Math.abs(cjk + other - total) > n) return undefined;
  if (interleaved) {
    const c = scripts.filter(Boolean).length;
    const o = scripts.length - c;
    const turns = scripts.filter((x, i) => i > 0 && x !== scripts[i - 1]).length;
    if (Math.min(c, o) < 2 || Math.abs(c - o) > 1 || turns < scripts.length - 2) return undefined;
  }
  return Math.max(cjk, other);
}

/**
 * A label naming the language of what follows: "FR:", "EN:", "**DE:**", "English:", "Français :", "中文：" — an answer
 * given in each of two languages, one version under each label ("- **FR:** Je souhaite évoluer…" then "- **EN:** I
 * want to grow…").
 */
const LANGUAGE_CODE = /^[\s*_>([-]*(EN|ENG|FR|FRA|DE|GER|DEU|ES|ESP|SPA|PT|IT|ITA|NL|PL|RU|RUS|UA|TR|VI|ID|ZH|CN|JA|JP|KO|KR|AR|HI)[\s*_)\]]*[:：]/u;
const LANGUAGE_NAME =
  /^[\s*_>([-]*(english|fran[cç]ais|french|deutsch|german|espa[nñ]ol|spanish|portugu[eê]s|portuguese|italiano|italian|nederlands|dutch|polski|polish|русский|russian|українська|ukrainian|t[uü]rk[cç]e|turkish|ti[eế]ng vi[eệ]t|vietnamese|bahasa(?: indonesia)?|indonesian|chinese|japanese|korean|中文|汉语|漢語|日本語|한국어)[\s*_)\]]*[:：]/iu;
/** (codes in capitals only: "It:" or "Id:" opening a line is no language) */
const languageTag = (text: string): RegExpExecArray | null => LANGUAGE_CODE.exec(text) ?? LANGUAGE_NAME.exec(text);

/**
 * The longer version's words when the answer is written once per language under language labels, or undefined: at
 * least two languages, each with words of its own, the shorter at least half the longer (a rendering, not a note).
 * Words before the first label are said too; each label's words run to the next label.
 */
function languageTaggedWords(story: Story): number | undefined {
  if (story.prose.length < 2 || !story.prose.some((seg) => languageTag(seg.text) !== null)) return undefined;
  const byTag = new Map<string, number>();
  let lead = 0;
  let tag: string | undefined;
  for (const seg of story.prose) {
    const m = languageTag(seg.text);
    let text = seg.text;
    if (m) {
      tag = m[1].toLowerCase();
      text = seg.text.slice(m[0].length);
    }
    const words = countWords(text);
    if (tag === undefined) lead += words;
    else byTag.set(tag, (byTag.get(tag) ?? 0) + words);
  }
  const counts = [...byTag.values()].filter((n) => n > 0).sort((a, b) => b - a);
  if (counts.length < 2 || counts[1] < 0.5 * counts[0]) return undefined;
  return lead + counts[0];
}

/** The speaker's own voice: "I", "my", "we", "our" (lower case "i" too, as some write it). */
const FIRST_PERSON = firstPersonPattern(['subject', 'object', 'owner'], { flags: 'iu' });
/** Quoted passages: curly quotes, or straight ones paired in order (a passage may run over several paragraphs). */
const QUOTED = /“([^”]*)”|"([^"]*)"/gu;

/**
 * An answer given as a quoted sample among notes to the reader — coaching around it ("Don't recite your resume.
 * Sample answer: “I'm a final-year student …”"), a label over it ("Answer:") or a note under it ("→ Missions
 * touched: 1, 2") — is said as the quote: when one quoted passage of at least 30 words speaks in the first person,
 * and the words outside the quotes are fewer than those inside and never the speaker's ("I", "we"), only the quoted
 * words are spoken. (A story told in the second person, or a list of short quoted example sentences, is counted
 * whole; so is a story that quotes someone inside its own telling, "My manager said “…”".) Undefined when the
 * answer is not of that shape.
 */
function quotedSampleWords(story: Story): number | undefined {
  const text = story.prose.map((s) => s.text).join('\n\n');
  if (!text.includes('"') && !text.includes('“')) return undefined;
  let inside = 0;
  let outside = '';
  let voiced = false;
  let last = 0;
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(text))) {
    const q = m[1] ?? m[2] ?? '';
    outside += text.slice(last, m.index) + ' ';
    last = m.index + m[0].length;
    const words = countWords(q);
    inside += words;
    if (words >= 30 && FIRST_PERSON.test(q)) voiced = true;
  }
  outside += text.slice(last);
  if (!voiced || FIRST_PERSON.test(outside) || countWords(outside) > inside) return undefined;
  return inside;
}

export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const r = s % 60;
  return r === 0 ? `${m} min` : `${m} min ${String(r).padStart(2, '0')} s`;
}

/** The text of the sentence around a file offset, taken from the prose segment holding it. */
export function sentenceAt(segments: readonly ProseSegment[], offset: number): string {
  const seg = segments.find((s) => offset >= s.start && offset <= s.start + s.text.length);
  if (!seg) return '';
  const i = offset - seg.start;
  const before = seg.text.slice(0, i);
  const after = seg.text.slice(i);
  const b = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
  const m = /[.!?](\s|$)|\n/.exec(after);
  return seg.text.slice(b < 0 ? 0 : b + 1, m ? i + m.index + 1 : seg.text.length);
}

/** Quotes a phrase for a message, shortened when long. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/** The story's language (sentences, clauses, who acts, negation, quotes), shared by every rule of one analysis. */
export function storyLanguage(ctx: { file: { text: string }; story: Story }): ProseLanguage {
  return understand(ctx.file.text, ctx.story.prose);
}

/**
 * The sentences of the story a learned red-flag reader flags (see nlp/features.ts and scripts/train-flags.ts): the
 * ones that speak of another party in the speaker's own voice (not negated, not quoted, in English) and whose
 * features score at least the model's threshold.
 */
export function learnedFlags(ctx: { file: { text: string }; story: Story }, model: SentenceModel, guard: (s: Sentence) => boolean = speaksOfParty): Sentence[] {
  const { sentences } = storyLanguage(ctx);
  const partAt = (off: number): PartName | undefined =>
    ctx.story.parts.find((p) => p.prose.some((seg) => off >= seg.start && off < seg.start + seg.text.length))?.name;
  // (the question the answer replies to weighs every sentence alike: why-leave answers are where running down a
  // former employer lives, weakness answers where a weakness is dressed up)
  let ask = 0;
  for (const f of askFeatures(ctx.story)) ask += model.weights[f] ?? 0;
  return sentences.filter((s) => guard(s) && scoreSentence(model, s, partAt(s.start)) + ask >= model.threshold);
}

/**
 * Features of the question a story answers, the same for each of its sentences (q:kind:story, q:theme:company-fit,
 * q:none when no question is known): what a learned reader weighs beside a sentence's own features.
 */
export function askFeatures(story: Story): string[] {
  const { kind, questionIds } = answerOf(story);
  const out = [`q:kind:${kind}`];
  for (const id of questionIds) {
    const f = `q:theme:${questionById(id)?.theme ?? 'other'}`;
    if (!out.includes(f)) out.push(f);
  }
  if (questionIds.length === 0) out.push('q:none');
  return out;
}

/** The sentences of the story that lie in its parts with this name (the whole story when it has no parts). */
export function sentencesOfPart(ctx: { file: { text: string }; story: Story }, name: PartName): Sentence[] {
  const lang = storyLanguage(ctx);
  if (ctx.story.parts.length === 0) return lang.sentences;
  return sentencesIn(lang, proseOf(ctx.story, name));
}

/**
 * Whether the story answers a question, by its declared ids or, when it declares none, by its title or the
 * first line of its prose (an answer pasted under a plain "// Tell me about yourself" line has no heading).
 */
export function answersQuestion(story: Story, id: number, titlePattern: RegExp): boolean {
  if (story.questions.length > 0) return story.questions.some((q) => q.id === id);
  if (titlePattern.test(story.title)) return true;
  const first = story.prose[0]?.text.split('\n', 1)[0] ?? '';
  // (or the question the answer-kind layer reads from the title in other words or languages: "Give me a rundown of
  // your background", "Erzählen Sie mir etwas über sich", "My weak point")
  return (first.length <= 120 && titlePattern.test(first)) || answerOf(story).questionIds.includes(id);
}

/**
 * An answer that opens by introducing the speaker ("Hello, my name is ...", "Good morning, I am Dana ..."): a
 * tell-me-about-yourself answer, whatever its title.
 */
export function introducesSelf(story: { prose: readonly { text: string }[] }): boolean {
  const opening = (story.prose[0]?.text ?? '').slice(0, 160);
  return /\bmy name is\b/i.test(opening) || /^\W*(?:hi|hello|hey|good (?:morning|afternoon|evening))\b[^.!?]{0,30}[.!,]?\s*\bI(?:'|’)?m\s+\p{Lu}|^\W*(?:hi|hello|hey|good (?:morning|afternoon|evening))\b[^.!?]{0,30}[.!,]?\s*\bI am\s+\p{Lu}/iu.test(opening);
}

/**
 * A part with no words whose body is a note to self in code (`[?] how many users before and after?`): a prompt still
 * to fill, which the placeholder rule reports (missing-metric and empty-section leave it to it).
 */
export function onlyPromptInCode(part: Part, fileText: string): boolean {
  return part.wordCount === 0 && /(`+)[^`\n]*\[[^\]\n]*\][^`\n]*\1/u.test(fileText.slice(part.marker.end.offset, part.range.end.offset));
}

/**
 * One pattern matching any of `words` (forms written without spaces, read inside a clause: the CJK classes of
 * nlp/lexicon.ts). The words are literal text with no pattern characters.
 */
export function formsPattern(words: readonly string[], flags = 'u'): RegExp {
  return new RegExp(words.join('|'), flags);
}

/** Han, kana or hangul: text in Chinese, Japanese or Korean (the rules that read such text by forms ask this first). */
export const CJK_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
/** Most characters of a story a rule reads by forms when its text is written without spaces (the language layer's own bound). */
export const MAX_CJK_CHARS = 50_000;

/**
 * A story's prose segments as a rule that reads by forms walks them: cut so that together they hold at most
 * MAX_CJK_CHARS characters, which keeps such a reader linear however long the answer is.
 */
export function* budgetedProse(prose: readonly { text: string; start: number }[]): Generator<{ text: string; start: number }> {
  let budget = MAX_CJK_CHARS;
  for (const seg of prose) {
    if (budget <= 0) return;
    const text = seg.text.slice(0, budget);
    budget -= text.length;
    yield { text, start: seg.start };
  }
}
