// The learned red-flag readers (knowledge/flag-models.ts, trained by scripts/train-flags.ts): their data is
// well formed, they read invented sentences (written for this test) the right way, and the product's scorer
// (scoreSentence) gives the score of the features the models were trained on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../server/src/core/nlp/analyze';
import { scoreFeatures, scoreSentence, sentenceFeatures, speaksOfParty, speaksOwnEnglish, stem } from '../../server/src/core/nlp/features';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { FLAG_MODELS } from '../../server/src/core/knowledge/flag-models';
import type { PartName } from '../../server/src/core/types';

const PREFIXES = /^(?:w|b|k|K|ask|asK|apk|apK|subj|qsubj|sv|tense|part|pol|polother|has|all|modal-have|both|only|ends|opens|m|q):/u;

function flagged(rule: string, text: string, part: PartName = 'outcome'): boolean {
  const s = understand(text, [{ text, start: 0 }]).sentences[0];
  const model = FLAG_MODELS[rule];
  return speaksOfParty(s) && scoreFeatures(model, sentenceFeatures(s, part)) >= model.threshold;
}

void test('each learned model has a bias, a threshold and hundreds of named, finite weights', () => {
  assert.ok(Object.keys(FLAG_MODELS).includes('blame'));
  for (const [id, m] of Object.entries(FLAG_MODELS)) {
    assert.equal(m.flag, id);
    assert.ok(Number.isFinite(m.bias) && Number.isFinite(m.threshold), id);
    const names = Object.keys(m.weights);
    assert.ok(names.length > 500 && names.length < 20_000, `${id}: ${names.length} features`);
    for (const f of names) {
      assert.match(f, PREFIXES, `${id}: ${f}`);
      assert.ok(Number.isFinite(m.weights[f]) && m.weights[f] !== 0, `${id}: ${f}`);
    }
  }
});

void test('the features of a sentence: the speaker\'s own words, who acts, negation and quotes', () => {
  const read = (text: string): string[] => sentenceFeatures(understand(text, [{ text, start: 0 }]).sentences[0], 'approach');
  const f = read('The vendor ignored our tickets.');
  assert.ok(f.includes('part:approach'));
  assert.ok(f.includes('w:ignor') && f.includes('w:ticket'), f.join(' '));
  assert.ok(f.some((x) => x.startsWith('subj:group')), f.join(' '));
  assert.ok(f.includes('tense:group:past'), f.join(' '));
  const q = read('"They ignored every ticket," my manager said.');
  assert.ok(q.includes('has:quoted') && !q.includes('w:ignor'), q.join(' '));
  assert.ok(read('It was never their fault.').some((x) => x.startsWith('w:n:')));
  assert.equal(stem('delayed'), stem('delays'));
  assert.equal(stem('stopped'), 'stop');
});

void test('blame: another party made the cause of a failure is flagged; denied, quoted or owned is not', () => {
  // (round 26's reader, trained with the meaning features m:, no longer scores "Our vendor kept shipping broken builds,
  // so we missed the release" or "Management changed the requirements twice, and nobody told us until the week before
  // launch" over its threshold; the hand reader flags the first)
  assert.ok(flagged('blame', 'The platform team sat on our request for six weeks, and the launch slipped because of them.'));
  // The first of them is still flagged by the rule as a whole (its hand reader), in a story's result.
  const story = '# Shipping the release\n\n## Situation\nWe were two weeks from a release.\n\n## Action\nI set up a nightly check of each build.\n\n## Result\nOur vendor kept shipping broken builds, so we missed the release.\n';
  const blamed = analyzeFile(story, 'a.md', { ...DEFAULT_CONFIG, rules: {}, phrases: {} }).findings.filter((f) => f.ruleId === 'blame');
  assert.deepEqual(blamed.map((f) => story.slice(f.range.start.offset, f.range.end.offset)), ['Our vendor kept shipping broken builds']);
  assert.ok(flagged('blame', 'Legal sat on the contract for six weeks and we lost the customer.'));
  assert.ok(flagged('blame', 'The other team broke staging twice and we lost the whole sprint.'));
  assert.ok(!flagged('blame', 'I should have chased the vendor sooner; we lost a month.'));
  assert.ok(!flagged('blame', 'If the vendor had been late, we would have lost the launch.'));
  assert.ok(!flagged('blame', 'Operations saved the launch when our import broke.'));
  assert.ok(!flagged('blame', 'I never thought the delay was on the vendor.'));
  assert.ok(!flagged('blame', '"The vendor sat on it," she said.'));
  assert.ok(!flagged('blame', 'I should have escalated to the vendor sooner; the slip was my fault.'));
  assert.ok(!flagged('blame', 'The vendor helped us fix the outage in two days.'));
});

void test('scoreSentence gives the score of the sentence features, to the last bit, without building their names', () => {
  const sentences = [];
  for (const rule of ['blame', 'badmouthing', 'solo-heroics']) {
    const dir = join(__dirname, '../fixtures/rules', rule);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      sentences.push(...understand(text, [{ text, start: 0 }]).sentences);
    }
  }
  assert.ok(sentences.length > 200, `${sentences.length} sentences`);
  // the shipped models, and an invented one that weighs every third feature met (words and pairs among them)
  const names = [...new Set(sentences.flatMap((s) => sentenceFeatures(s, 'approach')))];
  const invented = { flag: 'invented', bias: 0.1, threshold: 1, weights: Object.fromEntries(names.filter((_, i) => i % 3 === 0).map((f, i) => [f, ((i * 7919) % 200) / 100 - 1 || 0.5])) };
  assert.ok(Object.keys(invented.weights).some((f) => f.startsWith('b:')) && Object.keys(invented.weights).some((f) => f.startsWith('w:n:')));
  let differ = 0;
  for (const model of [...Object.values(FLAG_MODELS), invented]) {
    for (const s of sentences) {
      for (const part of ['approach', 'outcome', undefined] as const) {
        const a = scoreSentence(model, s, part);
        const b = scoreFeatures(model, sentenceFeatures(s, part));
        if (!Object.is(a, b)) differ++;
      }
    }
  }
  assert.equal(differ, 0);
  // (and it is not the bias alone: the invented model scores sentences apart)
  assert.ok(new Set(sentences.map((s) => scoreSentence(invented, s, 'approach'))).size > 20);
});

void test('badmouthing: a disparaging judgment of people worked with is flagged; praise, a plain state, a denial are not', () => {
  assert.ok(flagged('badmouthing', 'The ops org was a shambles run by a VP who was utterly clueless.', 'setup'));
  assert.ok(flagged('badmouthing', 'My old manager was a petty tyrant who hoarded every decision.', 'setup'));
  // (a list of listed put-downs, "sloppy, lazy and dishonest", is the hand readers' to find: the reader retrained in
  // round 44 scores it under its threshold)
  assert.ok(flagged('badmouthing', 'The contractors were hopeless.', 'setup'));
  assert.ok(!flagged('badmouthing', 'My manager was patient and gave me room to learn.', 'setup'));
  assert.ok(!flagged('badmouthing', 'The QA team was understaffed that quarter.', 'setup'));
  assert.ok(!flagged('badmouthing', 'I never thought my manager was clueless.', 'setup'));
  assert.ok(!flagged('badmouthing', 'Our tester could not have found the bug if Priya had not written the replay tool.', 'approach'));
});

void test('the features hold each content word\'s class by meaning, with who it is said of', () => {
  const read = (text: string): string[] => sentenceFeatures(understand(text, [{ text, start: 0 }]).sentences[0], 'approach');
  const a = read('The vendor delayed our launch.');
  const b = read('The vendor postponed our launch.');
  const own = (f: string[]): string[] => f.filter((x) => /^apk:other:\d+$/u.test(x));
  assert.ok(own(a).length > 0, a.join(' '));
  // "delayed" and "postponed" are different words of one class: the same class feature, said of the other party
  assert.deepEqual(own(a), own(b));
  assert.ok(read('We delayed our launch.').some((x) => /^apk:self:\d+$/u.test(x)));
});

void test('the meaning features: another party as the agent of a setback that hit us, and a share taken or not', () => {
  const read = (text: string): string[] => sentenceFeatures(understand(text, [{ text, start: 0 }]).sentences[0], 'outcome');
  const blamed = read('The vendor sat on our ticket for five weeks and we lost the pilot slot.');
  assert.ok(blamed.includes('m:agent+harm') && blamed.includes('m:agent+harm+us') && blamed.includes('m:agent+harm+span'), blamed.join(' '));
  assert.ok(blamed.includes('m:agent+harm-noshare'), blamed.join(' '));
  const passive = read('We were left with a broken build by the platform group.');
  assert.ok(passive.includes('m:by-party') && passive.includes('m:agent+harm'), passive.join(' '));
  const owned = read('The bank took a month and the run slipped; I should have asked for their review time sooner.');
  assert.ok(owned.includes('m:share') && !owned.includes('m:agent+harm-noshare'), owned.join(' '));
  const denied = read('The vendor never failed us.');
  assert.ok(!denied.includes('m:harm@other'), denied.join(' '));
  assert.ok(!read('The vendor helped us ship on time.').includes('m:agent+harm'));
});

void test('fake-weakness: a strength posed as a weakness is flagged on a weakness answer; a real one, or a denial, is not', () => {
  const fw = (text: string): boolean => {
    const s = understand(text, [{ text, start: 0 }]).sentences[0];
    const model = FLAG_MODELS['fake-weakness'];
    return speaksOwnEnglish(s) && scoreFeatures(model, sentenceFeatures(s, 'setup')) >= model.threshold;
  };
  assert.ok(fw('Honestly, I just care too much about the quality of what we ship.'));
  assert.ok(!fw('I struggle with public speaking, and I froze in a demo last spring.'));
  assert.ok(!fw('I am not a perfectionist.'));
  assert.ok(!fw('I used to avoid conflict, which let a bad design ship.'));
  assert.ok(!fw('My spreadsheet formulas are often wrong.'));
});

void test('askFeatures: the question an answer replies to, the same for each of its sentences', async () => {
  const { askFeatures } = await import('../../server/src/core/rules/util');
  const stories = (text: string) => analyzeFile(text, 'a.md', { ...DEFAULT_CONFIG, rules: {}, phrases: {} }).file.stories;
  const leave = askFeatures(stories('---\nquestions: [28]\n---\n# Why I am leaving\n\nMy team moved to another office.\n')[0]);
  assert.ok(leave.includes('q:theme:company-fit'), leave.join(' '));
  const weak = askFeatures(stories('---\nquestions: [4]\n---\n# My weakness\n\nI put off writing documents.\n')[0]);
  assert.ok(weak.includes('q:theme:self-awareness') && !weak.includes('q:none'), weak.join(' '));
  assert.ok(weak.some((f) => f.startsWith('q:kind:')), weak.join(' '));
  const none = askFeatures(stories('# Notes\n\nSome words about the office move.\n')[0]);
  assert.ok(none.includes('q:none'), none.join(' '));
  // the fake-weakness model weighs the question (trained with these features)
  assert.ok(Object.keys(FLAG_MODELS['fake-weakness'].weights).some((f) => f.startsWith('q:')), 'fake-weakness has q: weights');
});

void test('each learned model records the settings it was trained with, and its threshold is the one they give (no hand edit)', () => {
  // scripts/train-flags.ts --check trains again with the recorded settings and compares the file byte for byte (it
  // takes minutes); this is the quick part of it: a threshold set by FLAGS_T is the one written, unless the trainer
  // says it raised it above a clean fixture sentence.
  const text = readFileSync(join(__dirname, '../../server/src/core/knowledge/flag-models.ts'), 'utf8');
  for (const id of Object.keys(FLAG_MODELS)) {
    const block = text.slice(text.indexOf(`// BEGIN ${id}\n`), text.indexOf(`// END ${id}\n`));
    assert.ok(block.length > 0, id);
    const settings = /\/\/ trained with (.*)\n/u.exec(block)?.[1];
    assert.ok(settings, `${id}: no "// trained with" line`);
    const t = /(?:^| )FLAGS_T=(\S+)/u.exec(settings)?.[1];
    const raised = /\/\/ \(raised from (\S+) above a sentence of the rule's clean fixtures\)/u.exec(block)?.[1];
    if (t !== undefined) assert.equal(Number(raised ?? FLAG_MODELS[id].threshold), Number(t), `${id}: threshold ${FLAG_MODELS[id].threshold} against FLAGS_T=${t}`);
  }
});
