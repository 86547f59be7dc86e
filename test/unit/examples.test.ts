// The example bank (examples/stories/) is what `npm start` and the README show. These tests keep its promises:
// every theme covered, a failure story, one project over the limit, dates old and new, and the README's
// list of deliberate problems in step with the files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FAILURE_QUESTION_IDS, QUESTIONS, THEME_IDS, parseQuestionId, questionById } from '../../server/src/core/knowledge/index';
import { countWords } from '../../server/src/core/text';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { chapterText, copyGuard } from './helpers/chapter';

const ROOT = resolve(__dirname, '../../examples');
const STORIES = join(ROOT, 'stories');
const TODAY = Date.parse('2026-11-30');
const DAY = 24 * 60 * 60 * 1000;

interface Example {
  file: string;
  text: string;
  data: Record<string, unknown>;
  body: string;
}

function load(): Example[] {
  return readdirSync(STORIES)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(STORIES, file), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      assert.ok(m, `${file} has front matter`);
      const data = parseYaml(m[1] ?? '', { schema: 'core' }) as Record<string, unknown>;
      return { file, text, data, body: m[2] ?? '' };
    });
}

const examples = load();
const questionsOf = (e: Example): number[] =>
  (Array.isArray(e.data.questions) ? e.data.questions : []).map((q) => parseQuestionId(q) ?? -1);

void test('the example bank has at least eight stories with valid question ids and titles', () => {
  assert.ok(examples.length >= 8, `${examples.length} stories`);
  for (const e of examples) {
    const ids = questionsOf(e);
    assert.ok(ids.length > 0, `${e.file} answers a question`);
    for (const id of ids) assert.ok(questionById(id), `${e.file}: question ${id} exists`);
    assert.equal(typeof e.data.title, 'string', `${e.file} has a title`);
    assert.ok(e.body.includes(`# ${String(e.data.title)}\n`), `${e.file}: the heading matches the title`);
  }
  const titles = examples.map((e) => e.data.title);
  assert.equal(new Set(titles).size, titles.length, 'titles are distinct');
});

void test('every theme is covered and there is a failure story', () => {
  const themes = new Set(examples.flatMap((e) => questionsOf(e).map((id) => questionById(id)?.theme)));
  for (const t of THEME_IDS) assert.ok(themes.has(t), `theme ${t} is covered`);
  assert.ok(
    examples.some((e) => questionsOf(e).some((id) => FAILURE_QUESTION_IDS.includes(id))),
    'a story answers question 8 or 17',
  );
});

void test('exactly one project is shared by four stories; companies and practice dates vary', () => {
  const byProject = new Map<string, number>();
  for (const e of examples) if (typeof e.data.project === 'string') byProject.set(e.data.project, (byProject.get(e.data.project) ?? 0) + 1);
  assert.ok(byProject.size >= 5, 'several projects');
  assert.deepEqual(
    [...byProject].filter(([, n]) => n > 3),
    [['delivery-eta', 4]],
  );
  assert.ok(examples.some((e) => Array.isArray(e.data.companies) && e.data.companies.length > 0), 'some stories name a company lens');
  const ages = examples
    .map((e) => e.data['last-practiced'])
    .filter((d): d is string => typeof d === 'string')
    .map((d) => (TODAY - Date.parse(d)) / DAY);
  assert.ok(ages.some((a) => a > 30), 'some stories were practiced more than 30 days ago');
  assert.ok(ages.some((a) => a >= 0 && a <= 30), 'some stories were practiced recently');
  assert.ok(ages.length < examples.length, 'some stories have never been practiced');
});

void test('the deliberate problems the README lists are in the files', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const get = (f: string): Example => {
    const e = examples.find((x) => x.file === f);
    assert.ok(e, `${f} exists`);
    assert.ok(readme.includes(`\`${f}\``), `the README names ${f}`);
    return e;
  };
  const outcome = (e: Example): string => /## Outcome\n([\s\S]*?)\n## /.exec(e.body)?.[1] ?? '';
  const launch = get('eta-campaign-launch.md');
  assert.doesNotMatch(outcome(launch), /\d/, 'the campaign outcome has no number');
  assert.match(launch.body, /Basically|kind of|sort of/);
  const overrides = get('eta-dispatcher-overrides.md');
  assert.match(overrides.body, /their fault/);
  assert.doesNotMatch(overrides.body, /Learning|Lesson|Reflection|Takeaway/i, 'no learning part');
  assert.match(get('location-data-retention.md').body, /\[Company\]/);
  const long = get('onboarding-new-engineers.md');
  assert.ok((countWords(long.body) / 150) * 60 > 180, 'the long story is over 180 seconds at 150 wpm');
  for (const e of examples) {
    if (e === long) continue;
    const seconds = (countWords(e.body) / 150) * 60;
    assert.ok(seconds >= 60 && seconds <= 150, `${e.file}: about two minutes (${Math.round(seconds)} s)`);
  }
});

void test('no run of eight words from the chapter is copied into the example bank', (t) => {
  const chapter = chapterText();
  if (chapter === undefined) {
    t.skip('reference chapter not found beside the working tree');
    return;
  }
  const copied = copyGuard(
    chapter,
    QUESTIONS.map((q) => q.text),
  );
  assert.deepEqual(
    examples.flatMap((e) => copied(e.text).map((run) => `${e.file}: "${run}"`)),
    [],
  );
});

/** The rule ids examples/README.md promises for each story; every other story must be clean. */
const EXPECTED_RULES: Record<string, string[]> = {
  'eta-campaign-launch.md': ['filler-phrase', 'missing-metric', 'vague-impact'],
  'eta-dispatcher-overrides.md': ['blame', 'missing-section'],
  'location-data-retention.md': ['placeholder'],
  'onboarding-new-engineers.md': ['too-long'],
};

void test('the checker finds exactly the deliberate problems, and nothing in the clean stories', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const e of examples) {
    const analysis = analyzeFile(e.text, join(STORIES, e.file), DEFAULT_CONFIG);
    assert.equal(analysis.file.stories.length, 1, `${e.file} is one story`);
    const rules = [...new Set(analysis.findings.map((f) => f.ruleId))].sort();
    assert.deepEqual(rules, EXPECTED_RULES[e.file] ?? [], `${e.file}: ${analysis.findings.map((f) => f.message).join(' | ')}`);
    for (const rule of EXPECTED_RULES[e.file] ?? []) assert.ok(readme.includes(`\`${rule}\``), `the README names ${rule}`);
  }
});
