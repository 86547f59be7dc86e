// The practice drill's choice, New Story's order, file naming and the last-practiced front-matter edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { QUESTIONS } from '../../server/src/core/knowledge/index';
import type { BankIndex, BankStoryInfo } from '../../server/src/protocol';
import { chooseAny, choosePracticeQuestion, chooseUnpracticed, cleanLog, dateWords, drillView, isoDate, practicedOn, rankForPractice, standings, standingWords, storyToRecord, type DrillView } from '../../client/src/practice';
import { drillHtml } from '../../client/src/drillHtml';
import { fileNameForTitle, firstSlot, newStoryGroups } from '../../client/src/newStoryPlan';
import { THEMES } from '../../server/src/core/knowledge/index';
import { storyTemplate } from '../../server/src/core/templates';
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

void test('New Story groups the questions by theme: themes with a gap first, questions without a story first', () => {
  // Self-awareness (Q1-Q5) fully covered, Q6 (technical decision) covered, everything else open
  const groups = newStoryGroups(bank([story(1, [1, 2, 3, 4, 5]), story(2, [6])]), QUESTIONS, THEMES);
  assert.equal(groups.length, THEMES.length);
  assert.equal(groups.flatMap((g) => g.questions).length, QUESTIONS.length);
  const self = groups.findIndex((g) => g.theme.id === 'self-awareness');
  assert.equal(self, groups.length - 1, 'the fully covered theme goes last');
  assert.equal(groups[self]?.covered, 5);
  const tech = groups.find((g) => g.theme.id === 'technical-decision');
  assert.ok(tech && tech.questions.length > 1);
  assert.equal(tech.covered, 1);
  assert.equal(tech.questions[tech.questions.length - 1]?.question.id, 6, 'the answered question goes after the open ones');
  assert.ok(tech.questions.slice(0, -1).every((s) => s.stories.length === 0));
  // the other themes keep the catalog's order
  const open = groups.slice(0, -1).map((g) => g.theme.id);
  assert.deepEqual(open, THEMES.map((t) => t.id).filter((t) => t !== 'self-awareness'));
});

void test('New Story names the file from the title and finds the first slot of every answer kind', () => {
  assert.equal(fileNameForTitle('Delaying a launch over a refund bug!'), 'delaying-a-launch-over-a-refund-bug.md');
  assert.equal(fileNameForTitle('Équipe de données'), 'equipe-de-donnees.md');
  assert.equal(fileNameForTitle('   '), undefined);
  assert.equal(fileNameForTitle('!!!'), undefined);
  // a story: the Setup prompt; a pitch (Q1): its first part; a plan (Q30); questions to ask (Q29): the first item
  for (const [q, heading] of [[16, '## Setup'], [1, '## '], [30, '## '], [29, '']] as const) {
    const text = storyTemplate({ questions: [q], title: 'Refund bug' });
    const slot = firstSlot(text);
    assert.ok(slot, `Q${q}: a slot`);
    const chosen = text.slice(slot.start, slot.end);
    assert.match(chosen, /^\[[^\]]+\]$/, `Q${q}: ${chosen}`);
    const before = text.slice(0, slot.start).trimEnd().split('\n');
    if (heading) assert.ok(before.some((l) => l.startsWith(heading)), `Q${q}: the slot is under a part`);
    else assert.match(text.slice(text.lastIndexOf('\n', slot.start) + 1, slot.start), /^- $/, `Q${q}: the slot is a list item`);
    assert.ok(!before.some((l) => /^\s*[-*]?\s*\[/.test(l) && !l.startsWith('>')), `Q${q}: no earlier slot`);
  }
  // without a title the title is the first slot
  const untitled = storyTemplate({ questions: [16] });
  const t = firstSlot(untitled);
  assert.ok(t);
  assert.equal(untitled.slice(untitled.lastIndexOf('\n', t.start) + 1, t.start), '# ');
  assert.equal(firstSlot('---\ntitle: x\n---\n# x\n\nWritten.\n'), undefined);
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

void test('"not practiced yet" skips the practised questions and the one on screen, weakest first', () => {
  // Q1 and Q2 answered; everything else has no story, so the weakest are Q3, Q4, Q5... until they are practised.
  const index = bank([story(1, [1]), story(2, [2])]);
  const log = { '3': '2026-11-01', '4': '2026-11-02' };
  assert.equal(chooseUnpracticed(index, QUESTIONS, log, 0)?.standing.question.id, 5);
  assert.equal(chooseUnpracticed(index, QUESTIONS, log, 0, 5)?.standing.question.id, 6, 'the question on screen is not picked again');
  for (const r of [0, 0.4, 0.9999]) {
    const c = chooseUnpracticed(index, QUESTIONS, log, r);
    assert.ok(c && !c.allPracticed && ![3, 4].includes(c.standing.question.id) && [5, 6, 7].includes(c.standing.question.id));
  }
  // Every question practised: the one practised longest ago, and the drill says so.
  const all = Object.fromEntries(QUESTIONS.map((q) => [String(q.id), q.id === 9 ? '2026-01-01' : '2026-11-20']));
  const oldest = chooseUnpracticed(index, QUESTIONS, all, 0.5);
  assert.equal(oldest?.standing.question.id, 9);
  assert.equal(oldest?.allPracticed, true);
  assert.notEqual(chooseUnpracticed(index, QUESTIONS, all, 0.5, 9)?.standing.question.id, 9);
});

void test('"not practiced yet" never returns a practised question while one is left', () => {
  fc.assert(
    fc.property(fc.subarray(QUESTIONS.map((q) => q.id), { maxLength: QUESTIONS.length - 1 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (done, r) => {
      const log = Object.fromEntries(done.map((id) => [String(id), '2026-11-30']));
      const c = chooseUnpracticed(bank([story(1, [6])]), QUESTIONS, log, r);
      return c !== undefined && !c.allPracticed && !done.includes(c.standing.question.id);
    }),
  );
});

void test('"any question" can give every question but the one on screen', () => {
  const index = bank([]);
  const seen = new Set<number>();
  for (let i = 0; i < QUESTIONS.length - 1; i++) seen.add(chooseAny(index, QUESTIONS, (i + 0.5) / (QUESTIONS.length - 1), 6)?.question.id ?? -1);
  assert.equal(seen.size, QUESTIONS.length - 1);
  assert.ok(!seen.has(6));
});

void test('the practice log read back from storage keeps only dates per question id', () => {
  assert.deepEqual(cleanLog({ '6': '2026-11-30', '7': 'yesterday', x: '2026-11-30', '8': 5, '1001': '2026-01-02' }), { '6': '2026-11-30', '1001': '2026-01-02' });
  assert.deepEqual(cleanLog(undefined), {});
  assert.deepEqual(cleanLog(['2026-11-30']), {});
  assert.equal(practicedOn({ '6': '2026-11-30' }, 6), '2026-11-30');
  assert.equal(practicedOn({ '6': 'soon' }, 6), undefined);
});

void test('the quick pick says whether a question has a story and when it was practised', () => {
  const [q6] = rankForPractice(bank([story(1, [6]), story(2, [6])]), QUESTIONS).filter((s) => s.question.id === 6);
  assert.ok(q6);
  assert.equal(standingWords(q6, {}, '2026-11-30'), '2 stories · not practiced yet');
  assert.equal(standingWords(q6, { '6': '2026-11-30' }, '2026-11-30'), '2 stories · practiced today');
  assert.equal(standingWords(q6, { '6': '2026-11-29' }, '2026-11-30'), '2 stories · practiced yesterday');
  assert.equal(standingWords(q6, { '6': '2026-10-02' }, '2026-11-30'), '2 stories · practiced 2026-10-02');
  const [q7] = rankForPractice(bank([]), QUESTIONS).filter((s) => s.question.id === 7);
  assert.ok(q7);
  assert.equal(standingWords(q7, {}, '2026-11-30'), 'no story yet · not practiced yet');
  assert.equal(dateWords('2026-03-01', '2026-03-02'), 'yesterday', 'across a month end');
});

void test('the drill view gives the answer shape of the question’s kind, its stories, follow-ups and a timer aim', () => {
  const index = bank([story(1, [6], '2026-11-02')]);
  const all = standings(index, QUESTIONS);
  const view = (id: number, log = {}): DrillView => {
    const s = all.find((x) => x.question.id === id);
    assert.ok(s);
    return drillView(s, THEMES, QUESTIONS, log, '2026-11-30');
  };
  const q6 = view(6, { '6': '2026-11-30', '7': '2026-11-29' });
  assert.equal(q6.label, 'Q6');
  assert.equal(q6.theme, 'Technical Decision-Making');
  assert.equal(q6.shape.name, 'Story');
  assert.deepEqual(q6.shape.parts.map((p) => p.title), ['Setup', 'Challenge', 'Approach', 'Outcome', 'Learning']);
  assert.ok(q6.shape.parts.every((p) => p.hint.length > 0 && !p.hint.startsWith('[')));
  assert.equal(q6.targetSeconds, 120);
  assert.deepEqual(q6.stories.map((s) => [s.title, s.lastPracticed]), [['Story 1', '2026-11-02']]);
  assert.equal(q6.recordStory?.title, 'Story 1');
  assert.deepEqual(q6.followUps, QUESTIONS.find((q) => q.id === 6)?.followUps);
  assert.ok(q6.followUps.length > 0);
  assert.equal(q6.practiced, 'today');
  assert.deepEqual(q6.progress, { practiced: 2, total: QUESTIONS.length });
  // A pitch question shows only the parts it needs; a plan, its steps; questions to ask, a count and no parts.
  assert.equal(view(2).shape.name, 'Pitch');
  assert.deepEqual(view(2).shape.parts.map((p) => p.title), ['Why here']);
  assert.equal(view(2).targetSeconds, 60);
  assert.deepEqual(view(1).shape.parts.map((p) => p.title), ['Now', 'Arc', 'Impact', 'Why here']);
  assert.equal(view(30).shape.name, 'Plan');
  assert.ok(view(30).shape.parts.some((p) => p.title === 'Steps'));
  assert.equal(view(29).shape.name, 'Questions to ask');
  assert.deepEqual(view(29).shape.parts, []);
  assert.deepEqual(view(29).shape.count, { min: 3, max: 5 });
  assert.equal(view(7).recordStory, undefined, 'no story to write a date into');
  assert.equal(view(7).practiced, undefined);
});

void test('the drill page has a nonce-only script, the follow-ups hidden until asked, and the drill’s actions', () => {
  const s = standings(bank([story(1, [6])]), QUESTIONS).find((x) => x.question.id === 6);
  assert.ok(s);
  const v = drillView(s, THEMES, QUESTIONS, {}, '2026-11-30');
  const html = drillHtml(v, 'NONCE123', 'vscode-webview://x');
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; [^"]*script-src 'nonce-NONCE123'/);
  assert.equal((html.match(/<script nonce="NONCE123">/g) ?? []).length, 1);
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.doesNotMatch(html, /https?:\/\//, 'nothing remote');
  assert.equal((html.match(/<li data-i="\d+" hidden>/g) ?? []).length, v.followUps.length, 'every follow-up starts hidden');
  for (const id of ['toggle', 'reset', 'reveal', 'next', 'practiced', 'choose', 'end', 'record']) assert.match(html, new RegExp(`<button id="${id}"`), id);
  assert.match(html, /<h1 id="question">Tell me about a technical decision/);
  assert.match(html, /data-target="120"/);
  assert.doesNotMatch(html, /var\(--vscode-[a-zA-Z-]+\)[^;]*#[0-9a-f]{3,6}\b/i, 'theme colours, no fixed ones');
  // No story: the drill offers to write one instead of a link.
  const q7 = standings(bank([]), QUESTIONS).find((x) => x.question.id === 7);
  assert.ok(q7);
  const none = drillHtml(drillView(q7, THEMES, QUESTIONS, {}, '2026-11-30'), 'N', 's');
  assert.match(none, /<button id="newStory"/);
  assert.doesNotMatch(none, /id="record"/);
});
