// analyzeFile: config severities, `off`, the four suppression comments, the 1 MB limit, literal user phrases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile, MAX_FILE_BYTES } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG, mergeConfig } from '../../server/src/core/config';
import { STORY_RULES, type StoryRule } from '../../server/src/core/rules';
import type { Config, Finding } from '../../server/src/core/types';

function config(partial: Partial<Config> = {}): Config {
  return mergeConfig(DEFAULT_CONFIG, partial);
}

/** A complete story whose only problems are the fillers written into it. */
function story(extraApproach = ''): string {
  return [
    '---',
    'title: Splitting the reporting database',
    'questions: [6]',
    '---',
    '# Splitting the reporting database',
    '',
    '## Setup',
    '',
    'Our analysts ran heavy reports on the same database that served checkout, at a retailer with 40 stores.',
    '',
    '## Challenge',
    '',
    'Checkout slowed down every Monday morning, and I had to fix it without stopping the reports.',
    '',
    '## Approach',
    '',
    'I measured which queries ran on Mondays with the analytics lead, and we agreed to move reports to a replica.',
    'I set up the replica, the on-call engineer reviewed the failover plan, and we moved one report a day.',
    'We kept the old path for a week in case a report broke, and I wrote the steps down for the next team.',
    extraApproach,
    '',
    '## Outcome',
    '',
    'Checkout p95 on Mondays went from 2.4 s to 300 ms, and no report was lost.',
    '',
    '## Learning',
    '',
    'I now look at who shares a database before I tune any single query on it.',
    '',
  ].join('\n');
}

function ids(findings: Finding[], rule?: string): string[] {
  return findings.filter((f) => !rule || f.ruleId === rule).map((f) => `${f.range.start.line}:${f.ruleId}:${f.severity}`);
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

void test('a finding carries path, story index and the default severity', () => {
  const text = story('Basically, the replica was the easy part.');
  const { findings } = analyzeFile(text, 'stories/db.md', config());
  const filler = findings.filter((f) => f.ruleId === 'filler-phrase');
  assert.equal(filler.length, 1);
  assert.equal(filler[0].severity, 'info');
  assert.equal(filler[0].path, 'stories/db.md');
  assert.equal(filler[0].storyIndex, 0);
  assert.equal(filler[0].range.start.line, lineOf(text, 'Basically'));
});

void test('config severities override defaults, and off drops the rule', () => {
  const text = story('Basically, the replica was the easy part.');
  assert.deepEqual(ids(analyzeFile(text, 'a.md', config({ rules: { 'filler-phrase': 'error' } })).findings, 'filler-phrase'), [
    `${lineOf(text, 'Basically')}:filler-phrase:error`,
  ]);
  assert.deepEqual(ids(analyzeFile(text, 'a.md', config({ rules: { 'filler-phrase': 'off' } })).findings, 'filler-phrase'), []);
});

void test('too-long is an error past 300 s unless config sets its severity', () => {
  const long = story(Array.from({ length: 80 }, () => 'I checked every report with the analysts and we moved it.').join(' '));
  const def = analyzeFile(long, 'a.md', config()).findings.filter((f) => f.ruleId === 'too-long');
  assert.equal(def.length, 1);
  assert.equal(def[0].severity, 'error');
  const set = analyzeFile(long, 'a.md', config({ rules: { 'too-long': 'info' } })).findings.filter((f) => f.ruleId === 'too-long');
  assert.equal(set[0].severity, 'info');
  const medium = story(Array.from({ length: 35 }, () => 'I checked every report with the analysts and we moved it.').join(' '));
  const warn = analyzeFile(medium, 'a.md', config()).findings.filter((f) => f.ruleId === 'too-long');
  assert.deepEqual(warn.map((f) => f.severity), ['warning']);
});

void test('storybank-disable-next-line silences the named rule on the next line only', () => {
  const text = story('<!-- storybank-disable-next-line filler-phrase -->\nBasically, the replica was easy.\nHonestly, it was.');
  const got = ids(analyzeFile(text, 'a.md', config()).findings, 'filler-phrase');
  assert.deepEqual(got, [`${lineOf(text, 'Honestly')}:filler-phrase:info`]);
});

void test('storybank-disable / enable silence a range, by rule or for all rules', () => {
  const text = story(
    '<!-- storybank-disable filler-phrase -->\n\nBasically, the replica was easy.\n\n<!-- storybank-enable filler-phrase -->\n\nHonestly, it was.',
  );
  assert.deepEqual(ids(analyzeFile(text, 'a.md', config()).findings, 'filler-phrase'), [`${lineOf(text, 'Honestly')}:filler-phrase:info`]);
  const other = story('<!-- storybank-disable blame -->\n\nBasically, the replica was easy.');
  assert.equal(ids(analyzeFile(other, 'a.md', config()).findings, 'filler-phrase').length, 1, 'disabling another rule leaves this one');
  const all = story('<!-- storybank-disable -->\n\nBasically, the replica was easy, and they dropped the ball.');
  const f = analyzeFile(all, 'a.md', config()).findings;
  assert.deepEqual(ids(f, 'filler-phrase'), []);
  assert.deepEqual(ids(f, 'blame'), []);
});

void test('storybank-disable-file silences a rule everywhere in the file, even before the comment', () => {
  const text = story('Basically, the replica was easy.\n\n<!-- storybank-disable-file filler-phrase -->');
  const f = analyzeFile(text, 'a.md', config()).findings;
  assert.deepEqual(ids(f, 'filler-phrase'), []);
  const blame = story('They dropped the ball.\n\n<!-- storybank-disable-file filler-phrase -->');
  assert.equal(ids(analyzeFile(blame, 'a.md', config()).findings, 'blame').length, 1);
});

void test('a file over 1 MB gets one file-skipped finding at 1:1 and is not parsed', () => {
  const big = story() + 'word '.repeat(Math.ceil(MAX_FILE_BYTES / 5) + 10);
  const started = Date.now();
  const a = analyzeFile(big, 'big.md', config());
  assert.ok(Date.now() - started < 1000);
  assert.equal(a.findings.length, 1);
  assert.equal(a.findings[0].ruleId, 'file-skipped');
  assert.equal(a.findings[0].severity, 'info');
  assert.deepEqual([a.findings[0].range.start.line, a.findings[0].range.start.column], [1, 1]);
  assert.match(a.findings[0].message, /MB/);
  assert.equal(a.file.stories.length, 0);
  assert.ok(a.file.skipped);
  // Multi-byte text is measured in UTF-8 bytes: 400k three-byte characters are 1.2 MB.
  const wide = '€'.repeat(400_000);
  assert.equal(analyzeFile(wide, 'wide.md', config()).findings[0]?.ruleId, 'file-skipped');
  // Just under the limit is analysed.
  const under = story() + 'x'.repeat(MAX_FILE_BYTES - story().length - 10);
  assert.ok(!analyzeFile(under, 'under.md', config()).findings.some((f) => f.ruleId === 'file-skipped'));
});

void test('user phrases are literal: regex syntax matches only itself, quickly, and the range is the phrase', () => {
  const evil = '(a+)+$';
  const text = story(`The log said ${evil} and then ${'a'.repeat(40)}! and the vendor messed up.`);
  analyzeFile(text, 'a.md', config()); // the language model loads on first use; time the phrases, not the load
  const started = Date.now();
  const { findings } = analyzeFile(text, 'a.md', config({ phrases: { blame: [evil, 'the vendor messed up'] } }));
  assert.ok(Date.now() - started < 1000, 'a user phrase must not be able to hang the checker');
  const blame = findings.filter((f) => f.ruleId === 'blame');
  assert.deepEqual(
    blame.map((f) => text.slice(f.range.start.offset, f.range.end.offset)),
    [evil, 'the vendor messed up'],
  );
  const noMatch = analyzeFile(story(`It printed ${'a'.repeat(40)}.`), 'a.md', config({ phrases: { blame: [evil] } })).findings;
  assert.equal(noMatch.filter((f) => f.ruleId === 'blame').length, 0);
});

void test('a rule that throws becomes one info finding naming it; the other rules still run', () => {
  const broken: StoryRule = {
    meta: { id: 'placeholder', description: 'broken for the test', defaultSeverity: 'warning', tags: ['test'], scope: 'story' },
    check() {
      throw new Error('boom');
    },
  };
  const list = STORY_RULES as StoryRule[];
  const i = list.findIndex((r) => r.meta.id === 'placeholder');
  const original = list[i];
  list[i] = broken;
  try {
    const { findings } = analyzeFile(story('Basically, fine.'), 'a.md', config());
    const internal = findings.filter((f) => f.ruleId === 'placeholder');
    assert.equal(internal.length, 1);
    assert.equal(internal[0].severity, 'info');
    assert.match(internal[0].message, /placeholder/);
    assert.match(internal[0].message, /boom/);
    assert.equal(findings.filter((f) => f.ruleId === 'filler-phrase').length, 1);
  } finally {
    list[i] = original;
  }
});

void test('bad input never throws and keeps ranges inside the text', () => {
  const inputs = [
    '',
    '---\ntitle: x\n---\n',
    'no headings at all, just words',
    '\uFEFF# BOM story\r\n\r\n## Setup\r\nWe had a problem.\r\n',
    'a\u0000b',
    '\uFFFD\uFFFD broken bytes',
    '- '.repeat(5000) + 'deep',
    '> '.repeat(5000) + 'deep',
    '---\ntitle: [unclosed\n---\n# T\n## Outcome\n',
  ];
  for (const text of inputs) {
    const { findings } = analyzeFile(text, 'x.md', config());
    for (const f of findings) {
      assert.ok(f.range.start.offset >= 0 && f.range.start.offset <= f.range.end.offset && f.range.end.offset <= text.length, `${f.ruleId} in ${JSON.stringify(text.slice(0, 20))}`);
    }
  }
});

void test('a possessive mark with no word before it crashes no rule (found by the property test: a weakness answer "\'0")', () => {
  for (const eol of ['\n', '\r\n']) {
    const { findings } = analyzeFile(`# What is your greatest weakness?${eol}'0${eol}`, 'stories/w.md', config());
    assert.deepEqual(findings.filter((f: Finding) => /could not run/.test(f.message)).map((f: Finding) => f.ruleId), []);
    assert.ok(findings.length > 0, 'the answer is still checked (it is far too short)');
  }
});
