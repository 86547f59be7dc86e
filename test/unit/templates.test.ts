import { test } from 'node:test';
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { STARTER_BANK, TEMPLATE_PROMPTS, storyTemplate } from '../../server/src/core/templates';
import { DEFAULT_CONFIG, parseConfigText } from '../../server/src/core/config';
import { analyzeFile } from '../../server/src/core/analyze';
import { QUESTIONS } from '../../server/src/core/knowledge/index';
import { chapterText, copyGuard } from './helpers/chapter';

const HEADINGS = ['## Setup', '## Challenge', '## Approach', '## Outcome', '## Learning'];

function split(file: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  assert.ok(m, 'the file starts with a front matter block');
  const data: unknown = parseYaml(m[1] ?? '');
  assert.ok(data !== null && typeof data === 'object' && !Array.isArray(data), 'front matter is a YAML mapping');
  return { data: data as Record<string, unknown>, body: m[2] ?? '' };
}

/** Lines of the body that are prose a person would replace: not headings, quotes, comments or blank. */
function promptLines(body: string): string[] {
  const withoutComments = body.replace(/<!--[\s\S]*?-->/g, '');
  return withoutComments
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('>'));
}

void test('a template for questions has front matter with those questions, their themes and all five headings in order', () => {
  const file = storyTemplate({ questions: [17, 'Q6', 99, 17], title: 'Search relaunch: what went wrong', project: 'search' });
  const { data, body } = split(file);
  assert.equal(data.title, 'Search relaunch: what went wrong');
  assert.equal(data.project, 'search');
  assert.deepEqual(data.questions, [17, 6], 'unknown ids and repeats are dropped');
  assert.deepEqual(data.themes, ['technical-decision', 'execution']);
  assert.deepEqual(data.companies, []);
  assert.equal('last-practiced' in data, false);
  assert.ok(body.startsWith('# Search relaunch: what went wrong\n'));
  let at = -1;
  for (const h of HEADINGS) {
    const i = body.indexOf(`\n${h}\n`);
    assert.ok(i > at, `${h} is present and after the previous heading`);
    at = i;
  }
  assert.match(body, /^> Q17\. Tell me about a project that failed\.$/m, 'the question is quoted');
  assert.match(body, /^> Q6\. /m);
});

void test('every prompt is a one-line [...] placeholder listed in TEMPLATE_PROMPTS', () => {
  // One prompt per part of the answer kind: five for a story, the pitch's parts, a plan's, three questions to ask.
  const cases: [{ questions?: number[] }, number][] = [[{}, 5], [{ questions: [1] }, 4], [{ questions: [23] }, 5], [{ questions: [35] }, 3], [{ questions: [28] }, 3], [{ questions: [2] }, 3], [{ questions: [31] }, 2], [{ questions: [31, 17] }, 5]];
  for (const [opts, n] of cases) {
    const { body } = split(storyTemplate(opts));
    const lines = promptLines(body).map((l) => l.replace(/^- /, ''));
    assert.equal(lines.length, n, `${JSON.stringify(opts)}: one prompt per part`);
    for (const l of lines) {
      assert.match(l, /^\[[^\]\n]+\]$/, `"${l}" is a bracketed placeholder`);
      assert.ok(TEMPLATE_PROMPTS.includes(l), `"${l}" is listed in TEMPLATE_PROMPTS`);
    }
  }
});

void test('prompts follow the theme of the first question', () => {
  const generic = promptLines(split(storyTemplate()).body);
  const problem = promptLines(split(storyTemplate({ questions: [23] })).body);
  const ethics = promptLines(split(storyTemplate({ questions: [26] })).body);
  assert.notDeepEqual(problem, generic);
  assert.notDeepEqual(ethics, problem);
  assert.match(problem.join('\n'), /hypothes/);
});

void test('without options the template still has a title placeholder and an empty question list', () => {
  const { data, body } = split(storyTemplate());
  assert.match(String(data.title), /^\[.+\]$/);
  assert.deepEqual(data.questions, []);
  assert.deepEqual(data.themes, []);
  assert.equal('project' in data, false, 'no empty project value is written');
  for (const h of HEADINGS) assert.ok(body.includes(`\n${h}\n`), h);
});

void test('a title that needs quoting survives YAML', () => {
  const title = 'Q&A: "fast" #1 [draft]';
  const { data } = split(storyTemplate({ title, project: 'a: b' }));
  assert.equal(data.title, title);
  assert.equal(data.project, 'a: b');
});

void test('the starter bank: distinct paths, a valid config, a how-to that is not a story, one story', () => {
  const paths = STARTER_BANK.map((f) => f.path);
  assert.equal(new Set(paths).size, paths.length, 'no two starter paths are equal');
  assert.deepEqual([...paths].sort(), ['.storybank.yml', 'STORYBANK.md', 'stories/my-first-story.md']);

  const config = STARTER_BANK.find((f) => f.path === '.storybank.yml');
  assert.ok(config);
  const parsed = parseConfigText(config.content, '/bank/.storybank.yml');
  assert.deepEqual(parsed.findings, [], 'the starter config has no problems');
  assert.deepEqual(parsed.config.structure, DEFAULT_CONFIG.structure);
  assert.equal(parsed.config.wordsPerMinute, 150);
  assert.equal(parsed.config.minSeconds, 45);
  assert.equal(parsed.config.maxSeconds, 180);
  assert.equal(parsed.config.maxStoriesPerProject, 3);
  assert.match(config.content, /^# rules:$/m, 'the rules example is commented out');
  assert.match(config.content, /^# phrases:$/m, 'the phrases example is commented out');

  const isIncluded = picomatch(DEFAULT_CONFIG.include, { dot: true });
  const howto = STARTER_BANK.find((f) => f.path === 'STORYBANK.md');
  assert.ok(howto);
  assert.equal(isIncluded(howto.path), false, 'the how-to is outside the default include globs');
  assert.equal(howto.content.startsWith('---'), false, 'the how-to has no front matter');

  const story = STARTER_BANK.find((f) => f.path === 'stories/my-first-story.md');
  assert.ok(story);
  assert.equal(isIncluded(story.path), true, 'the starter story is picked up by the default include globs');
  const { data } = split(story.content);
  assert.ok(Array.isArray(data.questions) && data.questions.length > 0);
});

void test('no run of eight words from the chapter is copied into the templates', (t) => {
  const chapter = chapterText();
  if (chapter === undefined) {
    t.skip('reference chapter not found beside the working tree');
    return;
  }
  const copied = copyGuard(
    chapter,
    QUESTIONS.map((q) => q.text),
  );
  const texts = [...TEMPLATE_PROMPTS, ...STARTER_BANK.map((f) => f.content)];
  assert.deepEqual(texts.flatMap(copied), []);
});

void test('the checker reads a template as one story with all five parts, and flags only the unfilled prompts', () => {
  for (const file of [storyTemplate({ questions: [17], title: 'Search relaunch', project: 'search' }), ...STARTER_BANK.filter((f) => f.path.startsWith('stories/')).map((f) => f.content)]) {
    const analysis = analyzeFile(file, '/bank/stories/new.md', DEFAULT_CONFIG);
    assert.equal(analysis.file.stories.length, 1);
    const story = analysis.file.stories[0];
    assert.ok(story);
    assert.deepEqual(
      story.parts.map((p) => p.name),
      ['setup', 'challenge', 'approach', 'outcome', 'learning'],
    );
    assert.ok(story.questions.length > 0);
    const rules = new Set(analysis.findings.map((f) => f.ruleId));
    assert.ok(rules.has('placeholder'), 'the prompts are reported as placeholders until replaced');
    for (const bad of ['frontmatter-invalid', 'unknown-question', 'unknown-theme', 'unknown-company', 'missing-section', 'empty-section', 'section-order']) {
      assert.equal(rules.has(bad), false, `no ${bad} on a fresh template`);
    }
  }
});

void test('a template follows the answer kind and the checker reads it back without structural findings', () => {
  const cases: [number[], string[], string[]][] = [
    [[1], ['setup', 'approach', 'outcome', 'learning'], ['## Now', '## Arc', '## Impact', '## Why here']],
    [[2], ['setup', 'outcome', 'learning'], ['## Now', '## Impact', '## Why here']],
    [[30], ['approach', 'outcome'], ['## Steps', '## Real case']],
    [[29], [], []],
  ];
  for (const [questions, slots, headings] of cases) {
    const file = storyTemplate({ questions, title: 'Draft' });
    for (const h of headings) assert.match(file, new RegExp(`^${h}$`, 'm'), `${questions}: ${h}`);
    const analysis = analyzeFile(file, '/bank/stories/new.md', DEFAULT_CONFIG);
    const story = analysis.file.stories[0];
    assert.deepEqual(story.parts.map((p) => p.name), slots, `${questions}: parts`);
    const rules = new Set(analysis.findings.map((f) => f.ruleId));
    assert.ok(rules.has('placeholder'), `${questions}: prompts are placeholders until replaced`);
    const none = ['missing-section', 'empty-section', 'section-order', 'question-count', 'missing-metric', 'vague-impact'];
    // A list of questions is short by nature: too-short never applies to it.
    if (questions[0] === 29) none.push('too-short');
    for (const bad of none) assert.equal(rules.has(bad), false, `${questions}: no ${bad} on a fresh template`);
  }
});
