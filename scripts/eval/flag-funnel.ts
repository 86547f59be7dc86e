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
//   node --import tsx scripts/eval/flag-funnel.ts badmouthing --folds adv-r20,adv-r21 [--list]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeFile } from '../../server/src/core/analyze';
import { FLAG_MODELS } from '../../server/src/core/knowledge/flag-models';
import { polarity, understand, type Sentence } from '../../server/src/core/nlp';
import { scoreSentence, speaksOfParty, speaksOwnEnglish } from '../../server/src/core/nlp/features';
import { DISPARAGING } from '../../server/src/core/nlp/lexicon';
import { evaluate, findSharedCorpus, loadCorpus, repoSources, type LabelFile } from './harness';
import { gateGrouper, roundFold } from '../learn/gate-groups';

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
  const root = join(__dirname, '..', '..');
  const group = gateGrouper(root);
  const files = loadCorpus(repoSources(root, findSharedCorpus(root))).files.filter(
    (f) => f.split !== 'test' && ['studied', 'adv'].includes(group(f.storyPath, f.split)) && only.has(roundFold(f.storyPath, f.labelsPath, f.origin === 'adversarial')),
  );
  const byDisplay = new Map<string, LabelFile>(files.map((f) => [f.display, f]));
  const { misses } = evaluate(files);
  for (const rule of rules) {
    const counts = new Map<Gate, number>(GATES.map((g) => [g, 0]));
    let near = 0;
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
      if (best >= threshold - 2) near++;
      if (list) console.log(`  ${gate.padEnd(17)} ${Number.isFinite(best) ? best.toFixed(1).padStart(5) : '    -'} ${m.file}`);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(`${rule}: ${total} missed stories | ${GATES.map((g) => `${g} ${counts.get(g)}`).join(' | ')} | learned reader within 2 of its threshold (${threshold}) ${near}`);
  }
}

if (basename(process.argv[1] ?? '') === 'flag-funnel.ts') main(process.argv.slice(2));
