// The practice drill's choice, New Story's order, file naming and the last-practiced front-matter edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { QUESTIONS } from '../../server/src/core/knowledge/index';
import type { BankIndex, BankStoryInfo } from '../../server/src/protocol';
import { choosePracticeQuestion, isoDate, questionsForNewStory, rankForPractice, storyToRecord } from '../../client/src/practice';
import { applyOffsetEdit, bankFolder, frontMatterSetEdit, slugify, storyFileBase, uniqueFileName } from '../../client/src/files';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
function story(n: number, questions: number[], lastPracticed?: string): BankStoryInfo {
  const uri = `file:///bank/stories/s${n}.md`;
  return { key: `${uri}#0`, uri, index: 0, title: `Story ${n}`, titleRange: range, questions, themes: [], companies: [], lastPracticed, wordCount: 1, spokenSeconds: 1, problems: { errors: 0, warnings: 0, infos: 0 } };
}
/** A bank index as the server sends it: the stories and, per question, the keys of the stories answering it. */
function bank(stories: BankStoryInfo[]): BankIndex {
  const questions = QUESTIONS.map((q) => ({ id: q.id, theme: q.theme, stories: stories.filter((s) => s.questions.includes(q.id)).map((s) => s.key) }));
  return { version: 1, indexing: false, stories, themes: [], questions, health: [], updated: '' };
}

void test('the drill ranks unanswered questions first, then the least recently practised', () => {
  const all = QUESTIONS.map((q) => q.id);
  // every question answered once, Q3 practised longest ago, Q4 never
  const stories = all.map((id) => story(id, [id], id === 4 ? undefined : id === 3 ? '2026-01-01' : '2026-11-01'));
  const ranked = rankForPractice(bank(stories), QUESTIONS).map((s) => s.question.id);
  assert.deepEqual(ranked.slice(0, 2), [4, 3]);
  const partial = bank([story(1, [1]), story(2, [2])]);
  assert.equal(rankForPractice(partial, QUESTIONS)[0]?.question.id, 3);
  assert.equal(choosePracticeQuestion(bank(stories), QUESTIONS, 0)?.question.id, 4);
  assert.equal(choosePracticeQuestion(bank(stories), QUESTIONS, 0.5, 2)?.question.id, 3);
  assert.equal(choosePracticeQuestion(bank(stories), QUESTIONS, 0.9999, 1)?.question.id, 4);
});

void test('the drill picks within the best few for any random number', () => {
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (r) => {
      const pick = choosePracticeQuestion(bank([story(1, [1])]), QUESTIONS, r);
      return pick !== undefined && [2, 3, 4].includes(pick.question.id);
    }),
  );
});

void test('the practice date goes to the story practised longest ago', () => {
  const s = rankForPractice(bank([story(1, [6], '2026-10-01'), story(2, [6]), story(3, [6], '2026-01-01')]), QUESTIONS).find((x) => x.question.id === 6);
  assert.ok(s);
  assert.equal(storyToRecord(s)?.title, 'Story 2');
});

void test('New Story lists questions without a story first', () => {
  const order = questionsForNewStory(bank([story(1, [1, 2])]), QUESTIONS).map((s) => s.question.id);
  assert.equal(order.length, 35);
  assert.deepEqual(order.slice(-2), [1, 2]);
  assert.equal(order[0], 3);
});

void test('file names are slugged and never collide', () => {
  assert.equal(slugify('Biggest failure — and what I learned!'), 'biggest-failure-and-what-i-learned');
  assert.equal(slugify('***'), 'story');
  assert.equal(storyFileBase({ id: 8, short: 'Biggest failure' }), 'q08-biggest-failure.md');
  const taken = new Set(['a.md', 'a-2.md']);
  assert.equal(uniqueFileName('a.md', (n) => taken.has(n)), 'a-3.md');
  assert.equal(uniqueFileName('b.md', (n) => taken.has(n)), 'b.md');
  fc.assert(
    fc.property(fc.uniqueArray(fc.constantFrom('x.md', 'x-2.md', 'x-3.md', 'x-4.md', 'x-5.md')), (names) => {
      const t = new Set<string>(names);
      return !t.has(uniqueFileName('x.md', (n) => t.has(n)));
    }),
  );
});

void test('the bank folder is where most stories are', () => {
  assert.equal(bankFolder(['file:///b/stories/a.md', 'file:///b/stories/b.md', 'file:///b/notes/c.md']), 'file:///b/stories');
  assert.equal(bankFolder([]), undefined);
});

void test('last-practiced is replaced, added, or given a front matter', () => {
  const withKey = '---\ntitle: X\nlast-practiced: 2026-01-01   # old\nquestions: [6]\n---\n# X\n';
  assert.equal(applyOffsetEdit(withKey, frontMatterSetEdit(withKey, 'last-practiced', '2026-11-30')), '---\ntitle: X\nlast-practiced: 2026-11-30   # old\nquestions: [6]\n---\n# X\n');
  const without = '---\ntitle: X\n---\n# X\n';
  assert.equal(applyOffsetEdit(without, frontMatterSetEdit(without, 'last-practiced', '2026-11-30')), '---\ntitle: X\nlast-practiced: 2026-11-30\n---\n# X\n');
  const crlf = '---\r\ntitle: X\r\n---\r\n# X\r\n';
  assert.equal(applyOffsetEdit(crlf, frontMatterSetEdit(crlf, 'last-practiced', '2026-11-30')), '---\r\ntitle: X\r\nlast-practiced: 2026-11-30\r\n---\r\n# X\r\n');
  const none = '# X\n\n## Setup\n';
  assert.equal(applyOffsetEdit(none, frontMatterSetEdit(none, 'last-practiced', '2026-11-30')), '---\nlast-practiced: 2026-11-30\n---\n# X\n\n## Setup\n');
  const unclosed = '---\ntitle: X\n# X\n';
  assert.ok(applyOffsetEdit(unclosed, frontMatterSetEdit(unclosed, 'last-practiced', 'D')).startsWith('---\nlast-practiced: D\n---\n---\ntitle'));
  const lookalike = '---\nlast-practiced-note: hi\n---\n';
  assert.equal(applyOffsetEdit(lookalike, frontMatterSetEdit(lookalike, 'last-practiced', 'D')), '---\nlast-practiced-note: hi\nlast-practiced: D\n---\n');
  assert.equal(isoDate(new Date(2026, 0, 5)), '2026-01-05');
});
