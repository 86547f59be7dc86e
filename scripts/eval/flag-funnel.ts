// Where a red flag's misses are dropped: for each story a rule (blame, badmouthing) should have flagged and did not,
// the furthest of the reading's gates that the story's sentences pass, counted per gate. The gates, in order:
//   other language       no sentence is English in the speaker's own voice (left to the other-language readers)
//   no party             no English sentence names another party in the speaker's own voice, unquoted, undenied
//                        (nlp/features.ts speaksOfParty, the learned readers' guard)
//   no judgment word     a party is named, but no word said there is one the lexicon rates bad (polarity -0.4 or
//                        less) or a known put-down (lexicon DISPARAGING), unnegated: the judgment is in irony, a
//                        simile, a comparison or conduct told plainly
//   judgment word        a party and such a word in one sentence, yet no reader linked them
// Beside the gate, the best score the learned reader (knowledge/flag-models.ts) gives a party sentence, against its
// threshold. Only studied files are read (the gate's studied half and the older adversarial cases), and only in the
// folds named: name no held-out round.
//
// With --other, the stories of the 'other language' gate are split again (otherGateOf): language unread, no grammar
// for it, no party of its grammar named, a party but no sentiment table for the language, a party but no word its
// table rates -2 or worse in that sentence, or both (totals per gate and language: fine on unstudied rounds too). An
// unread language is named by its script ("? Greek", "? Thai"), and one in Latin letters by letters only some languages
// use ("? Latin:cs", "? Latin:vi"; a hint, not a reading). Rounds 42 and 43 so read: their unread misses are spread
// over a dozen languages (Scandinavian, Czech, Romanian, Hungarian, Greek, Hebrew, Thai, Arabic, Vietnamese), one each.
//
//   node --import tsx scripts/eval/flag-funnel.ts badmouthing --folds adv-r20,adv-r21 [--list] [--other]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeFile } from '../../server/src/core/analyze';
import { FLAG_MODELS } from '../../server/src/core/knowledge/flag-models';
import { polarity, understand, type Sentence } from '../../server/src/core/nlp';
import { scoreSentence, speaksOfParty, speaksOwnEnglish } from '../../server/src/core/nlp/features';
import { DISPARAGING, OTHER_GRAMMARS } from '../../server/src/core/nlp/lexicon';
import { languageOf, otherLanguage, ratedWordScore, scriptLanguage } from '../../server/src/core/nlp/other-language';
import { evaluate, type LabelFile } from './harness';
import { studyFiles } from './study';

export const GATES = ['other language', 'no party', 'no judgment word', 'judgment word'] as const;
export type Gate = (typeof GATES)[number];

/** A word said in the speaker's own voice, unnegated, that judges badly by the lexicon. */
function judgmentWord(s: Sentence, i: number): boolean {
  const x = s.tokens[i];
  if (x.negated || x.quoted || !/^(ADJ|NOUN|VERB)$/.test(x.pos)) return false;
  return DISPARAGING.has(x.lower) || polarity(x.lower) <= -0.4;
}

/** The furthest gate the sentences of a missed story pass. */
export function gateOf(sentences: readonly Sentence[]): Gate {
  if (!sentences.some(speaksOwnEnglish)) return 'other language';
  const party = sentences.filter(speaksOfParty);
  if (party.length === 0) return 'no party';
  return party.some((s) => s.spoken.some((i) => judgmentWord(s, i))) ? 'judgment word' : 'no judgment word';
}

export const OTHER_GATES = ['language unread', 'no grammar', 'no party', 'party, no table', 'party, no rated word', 'party and rated word'] as const;
export type OtherGate = (typeof OTHER_GATES)[number];
/** The script most of a text's letters beyond ASCII are written in (Latin for accented letters), for an unread language. */
function scriptOf(text: string): string {
  const scripts = ['Devanagari', 'Arabic', 'Hebrew', 'Thai', 'Bengali', 'Tamil', 'Greek', 'Armenian', 'Georgian', 'Latin'];
  let best = '';
  let most = 0;
  for (const sc of scripts) {
    const n = (text.match(new RegExp(sc === 'Latin' ? '[\\u00c0-\\u024f\\u1e00-\\u1eff]' : `\\p{Script=${sc}}`, 'gu')) ?? []).length;
    if (n > most) [best, most] = [sc, n];
  }
  if (best !== 'Latin') return best ? ` ${best}` : ' ASCII';
  // (letters of one language among those written in Latin letters: a hint, not a reading)
  const hints: [string, RegExp][] = [['vi', /[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu], ['tr', /[ığş]/giu], ['cs', /[ěřůň]/giu], ['ro', /[țșă]/giu], ['hu', /[őű]/giu], ['sv/no/da', /[åøæ]/giu], ['pl', /[łąęśźż]/giu]];
  let hint = '';
  let top = 0;
  for (const [l, re] of hints) {
    const n = (text.match(re) ?? []).length;
    if (n > top) [hint, top] = [l, n];
  }
  return ` Latin${hint ? `:${hint}` : ''}`;
}

/** The languages judgment-table.ts rates words of. */
const RATED_LANGUAGES = new Set(['es', 'pt', 'fr', 'de', 'it', 'ru']);

/**
 * Where a missed story in another language is dropped (with --other): its language (by script, else by function
 * words), whether that language has a grammar (lexicon OTHER_GRAMMARS), whether a sentence names one of its parties,
 * and whether such a sentence holds a word its sentiment lexicon (judgment-table.ts) rates -2 or worse.
 */
export function otherGateOf(text: string): { lang: string; gate: OtherGate } {
  const lang = scriptLanguage(text) ?? languageOf(text);
  if (!lang) return { lang: `?${scriptOf(text)}`, gate: 'language unread' };
  if (!OTHER_GRAMMARS.some((g) => g.lang === lang)) return { lang, gate: 'no grammar' };
  const read = otherLanguage(lang);
  const withParty = [...read.sentences(text)].map((r) => text.slice(r.start, r.end)).filter((x) => read.parties.test(x));
  if (withParty.length === 0) return { lang, gate: 'no party' };
  if (!RATED_LANGUAGES.has(lang)) return { lang, gate: 'party, no table' };
  const rated = withParty.some((x) => (x.match(/\p{L}[\p{L}'’-]*/gu) ?? []).some((w) => (ratedWordScore(lang, w) ?? 0) <= -2));
  return { lang, gate: rated ? 'party and rated word' : 'party, no rated word' };
}

/** The learned reader's best score over the sentences that name a party (-Infinity with none). */
export function bestScore(rule: string, sentences: readonly Sentence[]): number {
  const model = FLAG_MODELS[rule];
  if (!model) return -Infinity;
  return sentences.filter(speaksOfParty).reduce((a, s) => Math.max(a, scoreSentence(model, s, undefined)), -Infinity);
}

function main(argv: string[]): void {
  const foldsAt = argv.indexOf('--folds');
  if (foldsAt < 0) throw new Error('name the folds to read (--folds adv-r20,...): never a held-out round');
  const only = new Set(argv[foldsAt + 1].split(','));
  const rules = argv.filter((a, i) => !a.startsWith('--') && i !== foldsAt + 1);
  const list = argv.includes('--list');
  const other = argv.includes('--other');
  const root = join(__dirname, '..', '..');
  const files = studyFiles(root, only);
  const byDisplay = new Map<string, LabelFile>(files.map((f) => [f.display, f]));
  const { misses } = evaluate(files);
  for (const rule of rules) {
    const counts = new Map<Gate, number>(GATES.map((g) => [g, 0]));
    let near = 0;
    const others = new Map<string, number>();
    const threshold = FLAG_MODELS[rule]?.threshold ?? Infinity;
    const seen = new Set<string>();
    for (const m of misses) {
      if (m.rule !== rule || m.kind !== 'FN' || seen.has(`${m.file}#${m.story}`)) continue;
      seen.add(`${m.file}#${m.story}`);
      const file = byDisplay.get(m.file);
      if (!file) continue;
      const text = readFileSync(file.storyPath, 'utf8');
      const { file: parsed } = analyzeFile(text, file.storyPath, file.config);
      const story = parsed.stories.find((s) => s.title === m.story) ?? parsed.stories[0];
      if (!story) continue;
      const sentences = understand(text, story.prose).sentences;
      const gate = gateOf(sentences);
      const best = bestScore(rule, sentences);
      counts.set(gate, counts.get(gate)! + 1);
      let sub = '';
      if (other && gate === 'other language') {
        const o = otherGateOf(story.prose.map((p) => p.text).join('\n'));
        const key = `${o.gate} (${o.lang})`;
        others.set(key, (others.get(key) ?? 0) + 1);
        sub = ` ${key}`;
      }
      if (best >= threshold - 2) near++;
      if (list) console.log(`  ${gate.padEnd(17)} ${Number.isFinite(best) ? best.toFixed(1).padStart(5) : '    -'} ${m.file}${sub}`);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(`${rule}: ${total} missed stories | ${GATES.map((g) => `${g} ${counts.get(g)}`).join(' | ')} | learned reader within 2 of its threshold (${threshold}) ${near}`);
    if (other) console.log(`  other language by gate (language): ${[...others].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(' | ')}`);
  }
}

if (basename(process.argv[1] ?? '') === 'flag-funnel.ts') main(process.argv.slice(2));
