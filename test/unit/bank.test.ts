import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BankIndex, MIN_BANK_STORIES, STALE_DAYS, type BankHealthItem, type BankHealthKind } from '../../server/src/core/bank';
import { DEFAULT_CONFIG, mergeConfig } from '../../server/src/core/config';
import { QUESTIONS, THEMES } from '../../server/src/core/knowledge/index';
import type { BankHealthKind as WireBankHealthKind } from '../../server/src/protocol';
import { BANK_RULES } from '../../server/src/core/rules/index';
import { duplicateTitle } from '../../server/src/core/rules/duplicate-title';
import type { BankRule } from '../../server/src/core/rules/rule';
import { sameProject } from '../../server/src/core/rules/same-project';
import type { Config, FileAnalysis, Finding, Range, Story, Suppression, ThemeId } from '../../server/src/core/types';

// The core's health kinds and the wire protocol's must be the same union.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<BankHealthKind, WireBankHealthKind> = true;

const NOW = new Date('2026-11-30T12:00:00Z');

function range(line: number, startCol: number, endCol: number, lineOffset = (line - 1) * 100): Range {
  return {
    start: { line, column: startCol, offset: lineOffset + startCol - 1 },
    end: { line, column: endCol, offset: lineOffset + endCol - 1 },
  };
}

interface StorySpec {
  title: string;
  project?: string;
  questions?: number[];
  themes?: ThemeId[];
  lastPracticed?: string;
  seconds?: number;
}

function story(spec: StorySpec, index = 0): Story {
  const line = 1 + index * 20;
  const questions = spec.questions ?? [];
  const derived = [...new Set(questions.map((q) => QUESTIONS.find((x) => x.id === q)!.theme))];
  const seconds = spec.seconds ?? 120;
  return {
    index,
    title: spec.title,
    titleRange: range(line, 3, 3 + spec.title.length),
    range: { start: range(line, 1, 1).start, end: range(line + 19, 1, 1).start },
    questions: questions.map((id) => ({ id })),
    themes: spec.themes ?? derived,
    companies: [],
    project: spec.project,
    lastPracticed: spec.lastPracticed,
    parts: [],
    prose: [],
    wordCount: Math.round((seconds * 150) / 60),
    spokenSeconds: seconds,
  };
}

function analysis(path: string, specs: StorySpec[], extra: { findings?: Finding[]; suppressions?: Suppression[] } = {}): FileAnalysis {
  return {
    file: { path, text: '', stories: specs.map((s, i) => story(s, i)), suppressions: extra.suppressions ?? [] },
    findings: extra.findings ?? [],
  };
}

/** A bank of files with one story each, all with the default config (or the one given). */
function bankOf(files: Record<string, StorySpec>, config: Config = DEFAULT_CONFIG, rules: readonly BankRule[] = BANK_RULES): BankIndex {
  const bank = new BankIndex({ rules });
  for (const [path, spec] of Object.entries(files)) bank.update(path, analysis(path, [spec]), config);
  return bank;
}

/** Only the rules over pairs and groups of stories, for tests about them. */
const PAIR: readonly BankRule[] = [sameProject, duplicateTitle];

const kinds = (items: BankHealthItem[]) => items.map((i) => i.kind);
const refs = (list: { path: string; index: number }[]) => list.map((r) => `${r.path}#${r.index}`);

/** Eight stories that together answer all 35 questions, practiced recently, within the time budget. */
function completeBank(): Record<string, StorySpec> {
  const files: Record<string, StorySpec> = {};
  const ids = QUESTIONS.map((q) => q.id);
  for (let i = 0; i < 8; i++) {
    files[`/bank/stories/s${i}.md`] = {
      title: `Story number ${i}`,
      project: `project-${i}`,
      questions: ids.filter((q) => q % 8 === i),
      lastPracticed: '2026-11-20',
    };
  }
  return files;
}

void test('the core health kinds are the wire protocol kinds', () => {
  assert.equal(kindsMatch, true);
});

void test('coverage: questions and themes count the stories that answer or name them', () => {
  const bank = bankOf({
    '/b/a.md': { title: 'A', questions: [6, 10] },
    '/b/b.md': { title: 'B', questions: [11], themes: ['collaboration', 'ethics'] },
    '/b/c.md': { title: 'C', questions: [6] },
  });
  const cov = bank.coverage();
  assert.equal(cov.themes.length, 9);
  assert.equal(cov.questions.length, 35);
  const q = (id: number) => cov.questions.find((x) => x.id === id)!;
  const t = (id: ThemeId) => cov.themes.find((x) => x.id === id)!;
  assert.deepEqual(refs(q(6).stories), ['/b/a.md#0', '/b/c.md#0']);
  assert.deepEqual(refs(q(10).stories), ['/b/a.md#0']);
  assert.deepEqual(q(7).stories, []);
  assert.equal(q(6).theme, 'technical-decision');
  assert.equal(t('technical-decision').coveredQuestions, 2);
  assert.deepEqual(t('technical-decision').questions, [6, 7, 8, 9, 10]);
  assert.deepEqual(refs(t('technical-decision').stories), ['/b/a.md#0', '/b/c.md#0']);
  assert.equal(t('collaboration').coveredQuestions, 1);
  // A theme named in front matter counts the story for the theme, but covers none of its questions.
  assert.deepEqual(refs(t('ethics').stories), ['/b/b.md#0']);
  assert.equal(t('ethics').coveredQuestions, 0);
  assert.deepEqual(t('growth').stories, []);
  assert.equal(cov.themes.reduce((n, x) => n + x.coveredQuestions, 0), 3);
  assert.deepEqual(
    cov.themes.map((x) => x.id),
    THEMES.map((x) => x.id),
  );
});

void test('coverage: several stories in one file are counted separately', () => {
  const bank = new BankIndex();
  bank.update('/b/all.md', analysis('/b/all.md', [{ title: 'One', questions: [1] }, { title: 'Two', questions: [1, 2] }]), DEFAULT_CONFIG);
  const cov = bank.coverage();
  assert.deepEqual(refs(cov.questions[0].stories), ['/b/all.md#0', '/b/all.md#1']);
  assert.deepEqual(refs(cov.questions[1].stories), ['/b/all.md#1']);
  assert.equal(bank.stories().length, 2);
});

void test('same-project: over the limit, every story of the project gets a short info finding, with the others as related places', () => {
  const bank = bankOf({
    '/b/one.md': { title: 'One', project: 'Fraud Platform' },
    '/b/two.md': { title: 'Two', project: 'fraud-platform' },
    '/b/three.md': { title: 'Three', project: '  FRAUD platform ' },
    '/b/four.md': { title: 'Four', project: 'fraud_platform' },
    '/b/other.md': { title: 'Other', project: 'search' },
    '/b/none.md': { title: 'None' },
  });
  const f = bank.bankFindings().filter((x) => x.ruleId === 'same-project');
  assert.deepEqual(f.map((x) => x.path).sort(), ['/b/four.md', '/b/one.md', '/b/three.md', '/b/two.md']);
  for (const x of f) {
    assert.equal(x.severity, 'info');
    assert.equal(x.storyIndex, 0);
    assert.match(x.message, /^4 stories use the project "[^"]+" \(limit 3\)\. Move one to another project/);
    assert.ok(x.message.length <= 140, `the message is short (${x.message.length} characters): ${x.message}`);
  }
  const one = f.find((x) => x.path === '/b/one.md')!;
  assert.equal(one.message, '4 stories use the project "Fraud Platform" (limit 3). Move one to another project, or merge two that show the same strength.');
  // The others are the related places, each on its title; a story is not listed among its own others.
  assert.deepEqual(new Set(one.related?.map((r) => r.path)), new Set(['/b/two.md', '/b/three.md', '/b/four.md']));
  const two = one.related?.find((r) => r.path === '/b/two.md');
  assert.equal(two?.message, '"Two" (two.md) also uses "Fraud Platform"');
  assert.deepEqual(two?.range, range(1, 3, 6));
  // The finding sits on the story's title.
  assert.deepEqual(one.range, range(1, 3, 6));
});

void test('same-project: at the limit nothing fires; the limit and the severity come from each story\'s config', () => {
  const three = bankOf({ '/b/1.md': { title: '1', project: 'p' }, '/b/2.md': { title: '2', project: 'p' }, '/b/3.md': { title: '3', project: 'p' } }, DEFAULT_CONFIG, PAIR);
  assert.deepEqual(three.bankFindings(), []);

  const bank = new BankIndex({ rules: PAIR });
  const loose = mergeConfig(DEFAULT_CONFIG, { maxStoriesPerProject: 4 });
  const strict = mergeConfig(DEFAULT_CONFIG, { rules: { 'same-project': 'error' } });
  const off = mergeConfig(DEFAULT_CONFIG, { rules: { 'same-project': 'off' } });
  bank.update('/b/1.md', analysis('/b/1.md', [{ title: '1', project: 'p' }]), loose);
  bank.update('/b/2.md', analysis('/b/2.md', [{ title: '2', project: 'p' }]), strict);
  bank.update('/b/3.md', analysis('/b/3.md', [{ title: '3', project: 'p' }]), off);
  bank.update('/b/4.md', analysis('/b/4.md', [{ title: '4', project: 'p' }]), DEFAULT_CONFIG);
  const f = bank.bankFindings();
  assert.deepEqual(
    f.map((x) => [x.path, x.severity]),
    [
      ['/b/2.md', 'error'],
      ['/b/4.md', 'info'],
    ],
  );
});

void test('duplicate-title: a warning on each story with the same normalised title, naming the other', () => {
  const bank = bankOf({
    '/b/x.md': { title: 'Cutting build time' },
    '/b/y.md': { title: '**Cutting** build  time!' },
    '/b/z.md': { title: 'Cutting build time in half' },
  }, DEFAULT_CONFIG, PAIR);
  const f = bank.bankFindings();
  assert.deepEqual(
    f.map((x) => [x.ruleId, x.path, x.severity]),
    [
      ['duplicate-title', '/b/x.md', 'warning'],
      ['duplicate-title', '/b/y.md', 'warning'],
    ],
  );
  assert.match(f[0].message, /Another story has the same title: "\*\*Cutting\*\* build {2}time!" \(y\.md\)/);
  assert.match(f[1].message, /\(x\.md\)/);
  assert.deepEqual(f[0].range, range(1, 3, 3 + 'Cutting build time'.length));
});

void test('duplicate-title within one file names the story number', () => {
  const bank = new BankIndex({ rules: PAIR });
  bank.update('/b/all.md', analysis('/b/all.md', [{ title: 'Same' }, { title: 'same' }]), DEFAULT_CONFIG);
  const f = bank.bankFindings();
  assert.equal(f.length, 2);
  assert.deepEqual(
    f.map((x) => x.storyIndex),
    [0, 1],
  );
  assert.match(f[0].message, /all\.md, story 2/);
});

void test('a suppression comment in a story file silences the bank finding on that file only', () => {
  const disableFile: Suppression = { kind: 'disable-file', rules: ['duplicate-title'], range: range(30, 1, 40) };
  const bank = new BankIndex({ rules: PAIR });
  bank.update('/b/x.md', analysis('/b/x.md', [{ title: 'Same' }], { suppressions: [disableFile] }), DEFAULT_CONFIG);
  bank.update('/b/y.md', analysis('/b/y.md', [{ title: 'Same' }]), DEFAULT_CONFIG);
  assert.deepEqual(
    bank.bankFindings().map((f) => f.path),
    ['/b/y.md'],
  );
});

void test('health: a complete, practiced bank within the time budget has no items', () => {
  const bank = bankOf(completeBank());
  assert.equal(bank.stories().length, 8);
  assert.deepEqual(bank.health(NOW), []);
});

void test('health: too-few-stories below eight, with the count', () => {
  const files = completeBank();
  delete files['/bank/stories/s7.md'];
  const items = bankOf(files).health(NOW);
  const few = items.filter((i) => i.kind === 'too-few-stories');
  assert.equal(few.length, 1);
  assert.equal(few[0].severity, 'warning');
  assert.match(few[0].message, /7 stories; aim for at least 8/);
  assert.equal(MIN_BANK_STORIES, 8);
  // one story: the count is said, and the gaps
  const one = bankOf({ '/bank/stories/s0.md': completeBank()['/bank/stories/s0.md']! }).health(NOW);
  assert.match(one.find((i) => i.kind === 'too-few-stories')!.message, /1 story; aim for at least 8/);
  assert.ok(one.some((i) => i.kind === 'theme-gap'), 'and the themes it leaves open');
});

void test('an empty bank has no findings: the rules wait for the first story', () => {
  const empty = new BankIndex();
  assert.deepEqual(empty.health(NOW), []);
  assert.equal(empty.stories().length, 0);
});

void test('health: theme-gap, question-gap and no-failure-story on a partial bank', () => {
  const files = completeBank();
  // Nothing answers the ethics questions (26, 27) nor the failure questions (8, 17).
  for (const spec of Object.values(files)) spec.questions = spec.questions!.filter((q) => ![26, 27, 8, 17, 30].includes(q));
  const items = bankOf(files).health(NOW);
  assert.deepEqual(
    items.filter((i) => i.kind === 'theme-gap').map((i) => i.theme),
    ['ethics'],
  );
  // 8, 17 and 30 are question gaps; 26 and 27 are covered by the theme gap.
  assert.deepEqual(
    items.filter((i) => i.kind === 'question-gap').map((i) => i.question),
    [8, 17, 30],
  );
  const gap30 = items.find((i) => i.question === 30 && i.kind === 'question-gap')!;
  assert.equal(gap30.severity, 'info');
  assert.equal(gap30.theme, 'situational');
  assert.match(gap30.message, /No answer is prepared for Q30: ".*the steps you would take/, 'Q30 is answered with a plan');
  const failure = items.filter((i) => i.kind === 'no-failure-story');
  assert.equal(failure.length, 1);
  assert.match(failure[0].message, /Q8 .* and Q17 /);
  // A question answered with a list of questions to ask is never said to need a story.
  for (const spec of Object.values(files)) spec.questions = spec.questions!.filter((q) => q !== 29);
  const gap29 = bankOf(files).health(NOW).find((i) => i.question === 29 && i.kind === 'question-gap')!;
  assert.equal(QUESTIONS.find((q) => q.id === 29)?.kind, 'questions-to-ask');
  assert.match(gap29.message, /No file answers Q29: ".*list of questions to ask the interviewer/);
  assert.doesNotMatch(gap29.message, /story/);
  // One failure story is enough.
  files['/bank/stories/s0.md'].questions!.push(17);
  assert.ok(!kinds(bankOf(files).health(NOW)).includes('no-failure-story'));
});

void test('health: over-time counts the stories over their own maxSeconds in one item', () => {
  const files = completeBank();
  files['/bank/stories/s3.md'].seconds = 200;
  files['/bank/stories/s4.md'].seconds = 180; // exactly at the limit: fine
  const bank = bankOf(files);
  const over = bank.health(NOW).filter((i) => i.kind === 'over-time');
  assert.equal(over.length, 1);
  assert.equal(over[0].path, undefined, 'about the bank, not one story (each story has its own too-long)');
  assert.equal(over[0].severity, 'info');
  assert.match(over[0].message, /^1 story runs over the time budget \(`maxSeconds`\): "Story number 3" \(s3\.md\)/);
  // The finding itself lands on the first story file (there is no config file here).
  const f = bank.bankFindings().find((x) => x.ruleId === 'over-time')!;
  assert.equal(f.path, '/bank/stories/s0.md');
  // With a longer budget in that story's config, it is not over time.
  const bank2 = bankOf(files, mergeConfig(DEFAULT_CONFIG, { maxSeconds: 240 }));
  assert.ok(!kinds(bank2.health(NOW)).includes('over-time'));
});

void test('health: stale for a story practiced more than 30 days ago; one summary item for stories never practiced', () => {
  const files = completeBank();
  files['/bank/stories/s1.md'].lastPracticed = '2026-10-01'; // 60 days before NOW
  files['/bank/stories/s2.md'].lastPracticed = '2026-10-31'; // exactly 30 days: not stale yet
  files['/bank/stories/s3.md'].lastPracticed = '2027-01-01'; // in the future: not stale
  files['/bank/stories/s4.md'].lastPracticed = 'last spring'; // not a date: not judged
  files['/bank/stories/s5.md'].lastPracticed = undefined;
  files['/bank/stories/s6.md'].lastPracticed = undefined;
  const stale = bankOf(files)
    .health(NOW)
    .filter((i) => i.kind === 'stale');
  assert.equal(stale.length, 2, stale.map((i) => i.message).join('\n'));
  assert.equal(stale[0].path, '/bank/stories/s1.md');
  assert.match(stale[0].message, /last practiced 60 days ago \(2026-10-01\)/);
  assert.equal(stale[0].severity, 'info');
  assert.equal(stale[1].path, undefined);
  assert.match(stale[1].message, /^2 of 8 stories have no `last-practiced` date/);
  assert.equal(STALE_DAYS, 30);
});

void test('health: stale points at the last-practiced value in the front matter when the file has one story', () => {
  const bank = new BankIndex();
  const a = analysis('/b/a.md', [{ title: 'A', lastPracticed: '2026-01-01' }]);
  const valueRange = range(3, 17, 27);
  a.file.frontMatter = {
    range: range(1, 1, 4),
    contentRange: range(2, 1, 4),
    data: { 'last-practiced': '2026-01-01' },
    entries: [{ key: 'last-practiced', keyRange: range(3, 1, 15), value: '2026-01-01', valueRange }],
    errors: [],
  };
  bank.update('/b/a.md', a, DEFAULT_CONFIG);
  const stale = bank.health(NOW).find((i) => i.kind === 'stale')!;
  assert.deepEqual(stale.range, valueRange);
});

void test('health: same-project and duplicate-title give one item per group, and none when the rule is off', () => {
  const files = completeBank();
  for (const k of ['s0', 's1', 's2', 's3']) files[`/bank/stories/${k}.md`].project = 'Payments';
  files['/bank/stories/s5.md'].title = 'Story number 4';
  const items = bankOf(files).health(NOW);
  const same = items.filter((i) => i.kind === 'same-project');
  assert.equal(same.length, 1);
  assert.equal(same[0].severity, 'info');
  assert.match(same[0].message, /^4 stories use the project "Payments" \(limit 3\)\. Move one to another project, or merge two that show the same strength\. The stories: /);
  assert.equal(same[0].path, '/bank/stories/s0.md');
  const dup = items.filter((i) => i.kind === 'duplicate-title');
  assert.equal(dup.length, 1);
  assert.equal(dup[0].severity, 'warning');
  assert.match(dup[0].message, /2 stories share the title "Story number 4"/);

  const off = bankOf(files, mergeConfig(DEFAULT_CONFIG, { rules: { 'same-project': 'off', 'duplicate-title': 'off' } })).health(NOW);
  assert.ok(!kinds(off).includes('same-project'));
  assert.ok(!kinds(off).includes('duplicate-title'));
});

void test('update and remove change only that file\'s entries and bump the version', () => {
  const bank = bankOf({ '/b/a.md': { title: 'A', questions: [1] }, '/b/b.md': { title: 'B', questions: [2] } });
  const v0 = bank.version;
  const bStory = bank.stories().find((s) => s.path === '/b/b.md')!.story;

  bank.update('/b/a.md', analysis('/b/a.md', [{ title: 'A2', questions: [3] }]), DEFAULT_CONFIG);
  assert.equal(bank.version, v0 + 1);
  const stories = bank.stories();
  assert.deepEqual(
    stories.map((s) => s.story.title),
    ['A2', 'B'],
  );
  assert.equal(stories.find((s) => s.path === '/b/b.md')!.story, bStory, 'the other file keeps its entry');
  const cov = bank.coverage();
  assert.deepEqual(cov.questions[0].stories, [], 'the old entry of a.md is gone from the aggregates');
  assert.deepEqual(refs(cov.questions[2].stories), ['/b/a.md#0']);

  assert.equal(bank.remove('/b/a.md'), true);
  assert.equal(bank.version, v0 + 2);
  assert.equal(bank.has('/b/a.md'), false);
  assert.deepEqual(bank.files(), ['/b/b.md']);
  assert.deepEqual(bank.coverage().questions[2].stories, []);
  assert.equal(bank.remove('/b/a.md'), false);
  assert.equal(bank.version, v0 + 2, 'removing an unknown file changes nothing');
});

void test('aggregates are cached until the next change', () => {
  const bank = bankOf({ '/b/a.md': { title: 'A', questions: [1] } });
  assert.equal(bank.coverage(), bank.coverage());
  assert.equal(bank.bankFindings(), bank.bankFindings());
  const before = bank.coverage();
  bank.update('/b/c.md', analysis('/b/c.md', [{ title: 'C' }]), DEFAULT_CONFIG);
  assert.notEqual(bank.coverage(), before);
});

void test('a file with no stories is held but adds no story', () => {
  const bank = new BankIndex();
  bank.update('/b/readme.md', analysis('/b/readme.md', []), DEFAULT_CONFIG);
  assert.equal(bank.has('/b/readme.md'), true);
  assert.deepEqual(bank.stories(), []);
});

void test('findingsFor: the file\'s own findings plus the bank findings that land on it, in order', () => {
  const own: Finding = { ruleId: 'missing-metric', severity: 'warning', message: 'm', path: '/b/x.md', range: range(15, 1, 5), storyIndex: 0 };
  const bank = new BankIndex({ rules: PAIR });
  bank.update('/b/x.md', analysis('/b/x.md', [{ title: 'Same' }], { findings: [own] }), DEFAULT_CONFIG);
  bank.update('/b/y.md', analysis('/b/y.md', [{ title: 'Same' }]), DEFAULT_CONFIG);
  const fx = bank.findingsFor('/b/x.md');
  assert.deepEqual(
    fx.map((f) => [f.ruleId, f.path]),
    [
      ['duplicate-title', '/b/x.md'],
      ['missing-metric', '/b/x.md'],
    ],
  );
  assert.deepEqual(
    bank.findingsFor('/b/y.md').map((f) => f.ruleId),
    ['duplicate-title'],
  );
  assert.deepEqual(bank.findingsFor('/b/unknown.md'), []);
});

void test('stories carry problem counts from their own findings and the bank findings on them', () => {
  const f = (ruleId: string, severity: Finding['severity'], line: number, storyIndex?: number): Finding => ({
    ruleId,
    severity,
    message: ruleId,
    path: '/b/x.md',
    range: range(line, 1, 2),
    ...(storyIndex !== undefined ? { storyIndex } : {}),
  });
  const bank = new BankIndex({ rules: PAIR });
  bank.update(
    '/b/x.md',
    analysis('/b/x.md', [{ title: 'First' }, { title: 'Second' }], {
      findings: [f('frontmatter-invalid', 'error', 1), f('blame', 'warning', 5, 0), f('filler-phrase', 'info', 25, 1), f('too-long', 'warning', 26, 1)],
    }),
    DEFAULT_CONFIG,
  );
  bank.update('/b/y.md', analysis('/b/y.md', [{ title: 'Second' }]), DEFAULT_CONFIG);
  const x = bank.stories().filter((s) => s.path === '/b/x.md');
  // Story 0: the file-level error inside its range, its own warning. Story 1: two own + duplicate-title.
  assert.deepEqual(x[0].problems, { errors: 1, warnings: 1, infos: 0 });
  assert.deepEqual(x[1].problems, { errors: 0, warnings: 2, infos: 1 });
  assert.equal(x[1].index, 1);
  assert.equal(x[1].config, DEFAULT_CONFIG);
});

void test('incremental: a story moving to another project leaves its old group and joins the new one', () => {
  const files: Record<string, StorySpec> = {};
  for (let i = 0; i < 4; i++) files[`/b/a${i}.md`] = { title: `A${i}`, project: 'alpha' };
  for (let i = 0; i < 3; i++) files[`/b/b${i}.md`] = { title: `B${i}`, project: 'beta' };
  files['/b/c0.md'] = { title: 'C0', project: 'gamma' };
  const bank = bankOf(files, DEFAULT_CONFIG, PAIR);
  const before = bank.bankFindings();
  assert.equal(before.length, 4, 'alpha is over the limit, beta is at it');
  // An unrelated change keeps the cached findings of untouched groups (the same objects).
  bank.update('/b/c0.md', analysis('/b/c0.md', [{ title: 'C0 renamed', project: 'gamma' }]), DEFAULT_CONFIG);
  const after = bank.bankFindings();
  assert.notEqual(after, before);
  assert.deepEqual(after, before);
  after.forEach((f, i) => assert.equal(f, before[i]));
  // a3 moves from alpha to beta: alpha is back at the limit, beta goes over.
  bank.update('/b/a3.md', analysis('/b/a3.md', [{ title: 'A3', project: 'Beta' }]), DEFAULT_CONFIG);
  assert.deepEqual(
    bank.bankFindings().map((f) => f.path),
    ['/b/a3.md', '/b/b0.md', '/b/b1.md', '/b/b2.md'],
  );
  bank.remove('/b/b0.md');
  assert.deepEqual(bank.bankFindings(), []);
});

void test('incremental: after any sequence of updates and removes the index equals one built from scratch', () => {
  // A small deterministic pseudo-random walk over 12 paths with few projects and titles, so groups form and break.
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
  const strict = mergeConfig(DEFAULT_CONFIG, { maxStoriesPerProject: 2, rules: { 'duplicate-title': 'error' } });
  const bank = new BankIndex({ rules: PAIR });
  const state = new Map<string, { a: FileAnalysis; c: Config }>();
  const seen = new Set<string>();
  for (let step = 0; step < 300; step++) {
    const path = `/b/f${rnd(12)}.md`;
    if (rnd(5) === 0) {
      bank.remove(path);
      state.delete(path);
    } else {
      const specs: StorySpec[] = Array.from({ length: 1 + rnd(2) }, () => ({
        title: ['Alpha', 'alpha!', 'Beta', 'Gamma', 'Delta'][rnd(5)],
        project: [undefined, 'p1', 'P1', 'p2'][rnd(4)],
        questions: [1 + rnd(35)],
      }));
      const a = analysis(path, specs);
      const c = rnd(3) === 0 ? strict : DEFAULT_CONFIG;
      bank.update(path, a, c);
      state.set(path, { a, c });
    }
    if (step % 10 === 0) bank.health(NOW); // read in between, so caches are exercised
    if (step % 25 === 0 || step === 299) {
      const fresh = new BankIndex({ rules: PAIR });
      for (const [p, { a, c }] of state) fresh.update(p, a, c);
      assert.deepEqual(bank.bankFindings(), fresh.bankFindings(), `bank findings differ at step ${step}`);
      for (const f of bank.bankFindings()) seen.add(`${f.ruleId}:${f.severity}`);
      assert.deepEqual(bank.stories(), fresh.stories(), `stories differ at step ${step}`);
      assert.deepEqual(bank.coverage(), fresh.coverage(), `coverage differs at step ${step}`);
      assert.deepEqual(bank.health(NOW), fresh.health(NOW), `health differs at step ${step}`);
    }
  }
  // The walk did form groups that fire, with both severities of each rule.
  assert.deepEqual([...seen].sort(), ['duplicate-title:error', 'duplicate-title:warning', 'same-project:info']);
});
