// Runs the BUILT command line (node bin/storybank.js → dist/cli.js) on temporary folders of invented stories:
// output formats, positions, exit codes, `init` and `coverage`/`questions`. Build first: `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STARTER_BANK } from '../../server/src/core/templates';
import type { JsonFinding } from '../../server/src/cli';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'storybank.js');
const BUNDLE = join(ROOT, 'dist', 'cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cwd: string, ...args: string[]): Run {
  return runWith({}, cwd, ...args);
}

function runWith(extraEnv: Record<string, string>, cwd: string, ...args: string[]): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...extraEnv };
  delete env.FORCE_COLOR;
  if (extraEnv.NO_COLOR === undefined) delete env.NO_COLOR;
  if (extraEnv.STORYBANK_JOBS === undefined) delete env.STORYBANK_JOBS;
  if (extraEnv.STORYBANK_ANALYSIS_BUDGET_MS === undefined) delete env.STORYBANK_ANALYSIS_BUDGET_MS;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}


function json(r: Run): JsonFinding[] {
  try {
    return JSON.parse(r.stdout) as JsonFinding[];
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

// A story that follows every rule: five parts in order, a measured outcome, credit shared, about 1.5 minutes.
const CLEAN = `---
title: Cutting the nightly import from six hours to forty minutes
project: import-service
questions: [6]
---
# Cutting the nightly import from six hours to forty minutes

## Setup

Our clinic scheduling product imported partner calendars every night. I owned the import service,
and three other engineers on my team depended on its data for their morning reports.

## Challenge

The import had grown to six hours and sometimes ran into office hours, which locked appointment
tables while receptionists were booking patients. We had two weeks before a large partner joined.

## Approach

I profiled one full run and found that most of the time went into one lookup per appointment.
I proposed batching the lookups and caching partner metadata, and I wrote down the trade-offs for
the team: more memory on the worker, and a cache that could serve data up to an hour old.
Maria from the data team reviewed the plan and pointed out that two partners changed metadata
hourly, so we excluded them from the cache. I built the change behind a flag, ran it next to the old
path for three nights, and compared the outputs row by row before switching over.

## Outcome

The import dropped from six hours to forty minutes, an 89% reduction, and the new partner's
12,000 appointments loaded on the first night without locking any tables.

## Learning

I learned to measure a slow job before choosing a fix, and to ask the people who know the data
about its edge cases before I rely on a cache.
`;

// The same shape without a Learning part (a missing-section warning, no errors).
const NO_LEARNING = CLEAN.replace(/## Learning[\s\S]*$/, '').replace('import-service', 'import-service-2').replace(/Cutting the nightly import/g, 'Shrinking the nightly import');

// An error (unknown question 99) and a phrase at a known place.
const HERO_LINE = 'I rebuilt the deployment scripts single-handedly over one weekend and cut release time by 40%.';
const WITH_ERRORS = `---
title: Rebuilding the release scripts
questions: [99]
---
# Rebuilding the release scripts

## Setup

Our releases took a whole afternoon because every step was manual and nobody had written them down.

## Challenge

We needed weekly releases for a new customer, which the manual process could not support.

## Approach

${HERO_LINE}

## Outcome

Releases went from four hours to twenty-five minutes, and we shipped every week after that.

## Learning

Writing the process down first made the automation much easier to review.
`;

function write(dir: string, rel: string, text: string): string {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

const temps: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'storybank-cli-'));
  temps.push(d);
  return d;
}

before(() => {
  if (!existsSync(BUNDLE)) {
    throw new Error(`dist/cli.js is missing: the CLI tests run the built binary. Run \`npm run build\` first (npm test does).`);
  }
});

after(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

void describe('storybank check', () => {
  void it('exits 0 on a clean story and reports no errors or warnings', () => {
    const dir = temp();
    write(dir, 'stories/import.md', CLEAN);
    const r = run(dir, 'check', 'stories/import.md', '--format', 'json');
    const findings = json(r);
    assert.deepEqual(findings.filter((f) => f.severity !== 'info'), [], r.stdout);
    assert.equal(r.code, 0, r.stderr);
  });

  void it('runs the bank checks on a folder, and on named files only with --bank', () => {
    const dir = temp();
    write(dir, 'stories/import.md', CLEAN);
    const bankRules = (r: Run) => json(r).filter((f) => ['too-few-stories', 'theme-gap', 'no-failure-story', 'question-gap', 'stale', 'over-time'].includes(f.rule));
    assert.deepEqual(bankRules(run(dir, 'check', 'stories/import.md', '--format', 'json')), [], 'one named file: no advice about the bank');
    const folder = bankRules(run(dir, 'check', 'stories', '--format', 'json'));
    assert.ok(folder.some((f) => f.rule === 'too-few-stories' && f.file === 'stories/import.md' && /1 story; aim for at least 8/.test(f.message)), JSON.stringify(folder));
    assert.ok(folder.some((f) => f.rule === 'theme-gap'));
    const asked = bankRules(run(dir, 'check', 'stories/import.md', '--bank', '--format', 'json'));
    assert.deepEqual(asked.map((f) => f.rule).sort(), folder.map((f) => f.rule).sort());
    // With a config file, findings about the bank land on it, and `rules:` turns them off.
    write(dir, '.storybank.yml', 'rules:\n  theme-gap: off\n');
    const withConfig = bankRules(run(dir, 'check', 'stories', '--format', 'json'));
    assert.ok(withConfig.some((f) => f.rule === 'too-few-stories' && f.file === '.storybank.yml' && f.line === 1));
    assert.ok(!withConfig.some((f) => f.rule === 'theme-gap'));
    const sarif = JSON.parse(run(dir, 'check', 'stories', '--format', 'sarif').stdout) as { runs: { results: { ruleId: string }[] }[] };
    assert.ok(sarif.runs[0].results.some((x) => x.ruleId === 'too-few-stories'), 'bank findings reach SARIF');
  });

  void it('prints text as file:line:col  severity  message  rule-id, a summary, and no colours when piped', () => {
    const dir = temp();
    write(dir, 'stories/release.md', WITH_ERRORS);
    const r = run(dir, 'check');
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^stories\/release\.md:3:\d+ +error +.+ +unknown-question$/m);
    assert.match(r.stdout, /^\d+ problems? \(\d+ errors?, \d+ warnings?, \d+ infos?\) in 1 story$/m);
    assert.ok(!r.stdout.includes('\u001b['), 'no ANSI colour codes when stdout is not a terminal');
  });

  void it('wraps text at --width: the place, severity and rule on one line, the message below; every line fits; it ends with the next step', () => {
    const dir = temp();
    write(dir, 'stories/release.md', WITH_ERRORS);
    const r = run(dir, 'check', '--width', '60');
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const long = lines.filter((l) => l.length > 60 && !/^\S+:\d+:\d+ {2}/.test(l));
    assert.deepEqual(long, [], 'no line but a file:line:col heading runs past 60 columns');
    assert.match(r.stdout, /^stories\/release\.md:3:\d+ {2}error {2}unknown-question$/m);
    const at = lines.findIndex((l) => /unknown-question$/.test(l));
    assert.match(lines[at + 1], /^ {4}\S/, 'the message follows, indented');
    assert.match(lines[lines.length - 1 - (lines.slice().reverse().findIndex((l) => l.startsWith('Next:')))], /^Next: fix the errors first/);
    assert.match(r.stdout, /storybank explain RULE/);
    assert.equal(run(dir, 'check', '--width', '12').code, 2, 'a width under 40 is a usage error');
  });

  void it('--summary gives one line per rule, most severe first, with the count and the files', () => {
    const dir = temp();
    write(dir, 'stories/release.md', WITH_ERRORS);
    const full = json(run(dir, 'check', '--format', 'json'));
    const r = run(dir, 'check', '--summary');
    const rows = r.stdout.split('\n').filter((l) => /^(error|warning|info) +[a-z-]+ +\d+ {2}/.test(l));
    const rules = [...new Set(full.map((f) => f.rule))];
    assert.equal(rows.length, rules.length, r.stdout);
    for (const id of rules) {
      const row = rows.find((l) => new RegExp(`^\\w+ +${id} +`).test(l));
      assert.ok(row, `a row for ${id}`);
      assert.equal(Number(/ (\d+) {2}/.exec(row)?.[1]), full.filter((f) => f.rule === id).length, `the count of ${id}`);
    }
    assert.match(rows[0], /^error /, 'errors come first');
    assert.match(r.stdout, /^Next: run the same check without --summary/m);
  });

  void it('a clean bank ends with the next step: coverage', () => {
    const dir = temp();
    const r = run(dir, 'check');
    assert.match(r.stdout.trimEnd().split('\n').pop() ?? '', /^Next: "storybank coverage"/);
  });

  void it('reports 1-based positions in JSON: the unknown question id and the phrase exactly where they are', () => {
    const dir = temp();
    write(dir, 'stories/release.md', WITH_ERRORS);
    const r = run(dir, 'check', '--format', 'json');
    assert.equal(r.code, 1);
    const findings = json(r);
    for (const f of findings) {
      assert.equal(f.file, 'stories/release.md');
      assert.ok(f.line >= 1 && f.column >= 1 && f.endLine >= f.line, JSON.stringify(f));
      assert.deepEqual(Object.keys(f).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
    }
    const lines = WITH_ERRORS.split('\n');
    const q = findings.find((f) => f.rule === 'unknown-question');
    assert.ok(q, JSON.stringify(findings));
    assert.equal(q.severity, 'error');
    assert.equal(q.line, 3);
    assert.equal(q.column, lines[2].indexOf('99') + 1);
    assert.equal(q.endColumn, lines[2].indexOf('99') + 3);

    const hero = findings.find((f) => f.rule === 'solo-heroics');
    assert.ok(hero, JSON.stringify(findings));
    const heroLine = lines.indexOf(HERO_LINE) + 1;
    const col = HERO_LINE.indexOf('single-handedly') + 1;
    assert.deepEqual([hero.line, hero.column, hero.endLine, hero.endColumn], [heroLine, col, heroLine, col + 'single-handedly'.length]);
  });

  void it('writes SARIF 2.1.0 with rule metadata, help URIs and located results', () => {
    const dir = temp();
    write(dir, 'stories/release.md', WITH_ERRORS);
    const r = run(dir, 'check', '--format', 'sarif');
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout) as {
      $schema: string;
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[] }[];
      }[];
    };
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'storybank');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.ok(driver.rules.length >= 22, `rules: ${driver.rules.length}`);
    for (const rule of driver.rules) {
      assert.match(rule.helpUri, /^https?:\/\/.+/, rule.id);
      assert.ok(rule.shortDescription.text.length > 0, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    }
    assert.ok(driver.rules.some((x) => x.id === 'missing-metric'));
    const results = log.runs[0].results;
    assert.ok(results.length > 0);
    for (const res of results) {
      assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(res.level));
      assert.ok(res.message.text.length > 0);
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, 'stories/release.md');
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
    }
    const q = results.find((x) => x.ruleId === 'unknown-question');
    assert.equal(q?.level, 'error');
    assert.equal(q?.locations[0].physicalLocation.region.startLine, 3);
  });

  void it('exits 1 with --max-warnings 0 when there are warnings, and 0 without the limit', () => {
    const dir = temp();
    write(dir, 'stories/no-learning.md', NO_LEARNING);
    const withLimit = run(dir, 'check', 'stories', '--max-warnings', '0', '--format', 'json');
    const findings = json(withLimit);
    assert.ok(findings.some((f) => f.rule === 'missing-section' && f.severity === 'warning'), withLimit.stdout);
    assert.equal(findings.filter((f) => f.severity === 'error').length, 0, withLimit.stdout);
    assert.equal(withLimit.code, 1);
    assert.equal(run(dir, 'check', 'stories').code, 0);
    assert.equal(run(dir, 'check', 'stories', '--max-warnings', '100').code, 0);
  });

  void it('exits 2 on a usage error and says why on stderr', () => {
    const dir = temp();
    const badFormat = run(dir, 'check', '--format', 'xml');
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /xml/);
    const badCommand = run(dir, 'frobnicate');
    assert.equal(badCommand.code, 2);
    assert.match(badCommand.stderr, /frobnicate/);
    const badOption = run(dir, 'check', '--bogus');
    assert.equal(badOption.code, 2);
    assert.match(badOption.stderr, /bogus/);
    const badNumber = run(dir, 'check', '--max-warnings', 'many');
    assert.equal(badNumber.code, 2);
  });

  void it('names a path that does not exist, still checks the rest, and exits 2', () => {
    const dir = temp();
    write(dir, 'stories/release.md', WITH_ERRORS);
    const r = run(dir, 'check', 'stories', 'missing-folder', '--format', 'json');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing-folder/);
    assert.ok(json(r).some((f) => f.rule === 'unknown-question' && f.file === 'stories/release.md'), 'the existing folder was still checked');
  });

  void it('checks a file named twice (or named and inside a named folder) once, names a file too large to read, and exits 2', () => {
    const dir = temp();
    write(dir, 'stories/release.md', WITH_ERRORS);
    const big = write(dir, 'big.md', '# Big\n');
    truncateSync(big, 17 * 1024 * 1024); // sparse: over the 16 MB read limit without writing 17 MB
    const r = run(dir, 'check', 'stories/release.md', 'stories/release.md', 'stories', 'big.md', '--format', 'json');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /cannot read big\.md: over 16 MB, not read/);
    const unknown = json(r).filter((f) => f.rule === 'unknown-question' && f.file === 'stories/release.md');
    assert.equal(unknown.length, 1, r.stdout);
  });

  void it('reports invalid config YAML on the config file and exits 2; a file named explicitly is checked even outside include', () => {
    const dir = temp();
    write(dir, '.storybank.yml', 'structure: [setup, approach\nmaxSeconds: 200\n');
    write(dir, 'notes/release.md', WITH_ERRORS.replace('questions: [99]\n', ''));
    const r = run(dir, 'check', 'notes/release.md', '--format', 'json');
    assert.equal(r.code, 2, r.stdout + r.stderr);
    const findings = json(r);
    const config = findings.filter((f) => f.rule === 'config-invalid');
    assert.ok(config.some((f) => f.severity === 'error'), r.stdout);
    assert.ok(config.every((f) => f.file === '.storybank.yml' && f.line >= 1));
    assert.ok(findings.some((f) => f.file === 'notes/release.md'), 'the named story was checked with the defaults');

    const text = run(dir, 'check', 'notes/release.md', '--no-color');
    assert.equal(text.code, 2);
    assert.match(text.stdout, /^\.storybank\.yml:\d+:\d+ +error .*config-invalid$/m);
  });

  void it('prints a config value it cannot use as a warning on the config file, without failing the run', () => {
    const dir = temp();
    write(dir, '.storybank.yml', 'structure: sideways\n');
    write(dir, 'stories/import.md', CLEAN);
    const r = run(dir, 'check', '--format', 'json');
    const config = json(r).filter((f) => f.rule === 'config-invalid');
    assert.equal(config.length, 1, r.stdout);
    assert.deepEqual([config[0].file, config[0].line, config[0].severity], ['.storybank.yml', 1, 'warning']);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(run(dir, 'check', '--max-warnings', '0').code, 1, 'the config warning counts toward --max-warnings');
  });

  void it('gives the same findings when the files are split over worker threads', () => {
    const dir = temp();
    for (let i = 0; i < 6; i++) {
      write(dir, `stories/s${i}.md`, [CLEAN, NO_LEARNING, WITH_ERRORS][i % 3].replace(/^title: .*$/m, `title: Story number ${i}`));
    }
    const one = runWith({ STORYBANK_JOBS: '1' }, dir, 'check', '--format', 'json');
    const three = runWith({ STORYBANK_JOBS: '3' }, dir, 'check', '--format', 'json');
    assert.equal(three.code, one.code);
    assert.equal(three.stderr, '');
    assert.ok(json(one).length > 6, one.stdout);
    assert.deepEqual(json(three), json(one));
    const coverOne = runWith({ STORYBANK_JOBS: '1' }, dir, 'coverage', '--format', 'json');
    const coverThree = runWith({ STORYBANK_JOBS: '3' }, dir, 'coverage', '--format', 'json');
    assert.equal(coverThree.stdout, coverOne.stdout);
  });

  void it('uses the file given with --config; its include decides which Markdown files of a named folder are stories', () => {
    const dir = temp();
    write(dir, 'stories/no-learning.md', NO_LEARNING);
    write(dir, 'README.md', '# Not a story\n\nJust notes, kind of basically nothing.\n');
    write(dir, 'ci/star.yml', 'structure: star\ninclude: ["stories/**"]\nrules: { too-few-stories: off, theme-gap: off, no-failure-story: off, question-gap: off }\n');
    const r = run(dir, 'check', '--config', 'ci/star.yml', '--format', 'json', '--max-warnings', '0', '--verbose');
    const findings = json(r);
    assert.ok(!findings.some((f) => f.rule === 'missing-section'), 'star does not require a learning part');
    assert.ok(!findings.some((f) => f.file === 'README.md'), 'README.md is outside the include');
    assert.match(r.stderr, /README\.md: not a story: outside `include`/);
    assert.equal(r.code, 0, r.stdout);
    // Without an include of its own, every Markdown file of a named folder is checked.
    write(dir, 'ci/plain.yml', 'structure: star\n');
    const all = json(run(dir, 'check', '--config', 'ci/plain.yml', '--format', 'json'));
    assert.ok(all.some((f) => f.file === 'README.md'), 'README.md is checked when no include says otherwise');
    const missing = run(dir, 'check', '--config', 'nope.yml');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.yml/);
  });
});

void describe('storybank init', () => {
  void it('writes the starter bank, then refuses to overwrite and leaves content unchanged', () => {
    const dir = temp();
    const first = run(dir, 'init', 'bank');
    assert.equal(first.code, 0, first.stderr);
    assert.ok(STARTER_BANK.length > 0);
    for (const f of STARTER_BANK) {
      const p = join(dir, 'bank', f.path);
      assert.equal(readFileSync(p, 'utf8'), f.content, f.path);
      assert.ok(first.stdout.includes(`bank/${f.path}`), `says it created ${f.path}`);
      assert.deepEqual(readdirSync(dirname(p)).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
    }
    const target = join(dir, 'bank', STARTER_BANK[0].path);
    writeFileSync(target, 'my own words\n');
    const second = run(dir, 'init', 'bank');
    assert.equal(second.code, 0);
    assert.equal(readFileSync(target, 'utf8'), 'my own words\n');
    assert.match(second.stdout, /skipped/);
    assert.ok(second.stdout.includes(`bank/${STARTER_BANK[0].path}`));
  });

  void it('gives a starter bank that the checker accepts without errors', () => {
    const dir = temp();
    assert.equal(run(dir, 'init').code, 0);
    const r = run(dir, 'check', '--format', 'json');
    assert.notEqual(r.code, 2, r.stderr);
    assert.ok(json(r).every((f) => f.severity !== 'error'), r.stdout);
  });
});

void describe('storybank coverage and questions', () => {
  void it('shows coverage as text, Markdown and JSON', () => {
    const dir = temp();
    write(dir, 'stories/import.md', CLEAN);
    const text = run(dir, 'coverage');
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /1 of 35 questions, 1 of 9 themes/);
    assert.match(text.stdout, /✗ Q8 +.+ — no story/);
    assert.match(text.stdout, /✓ Q6 /);

    const md = run(dir, 'coverage', '--format', 'markdown');
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^\| Theme \| Question \| Stories \| Count \|$/m);
    assert.equal(md.stdout.split('\n').filter((l) => /^\| .+ \| Q\d+ /.test(l)).length, 35);

    const data = JSON.parse(run(dir, 'coverage', '--format', 'json').stdout) as { questionsTotal: number; questionsCovered: number; themes: { questions: { id: number; stories: unknown[] }[] }[] };
    assert.equal(data.questionsTotal, 35);
    assert.equal(data.questionsCovered, 1);
    assert.equal(data.themes.length, 9);
    const q6 = data.themes.flatMap((t) => t.questions).find((q) => q.id === 6);
    assert.equal(q6?.stories.length, 1);
  });

  void it('lists the 35 questions grouped by theme', () => {
    const dir = temp();
    const text = run(dir, 'questions');
    assert.equal(text.code, 0);
    assert.equal(text.stdout.split('\n').filter((l) => /^ {2}Q\d+ /.test(l)).length, 35);
    const data = JSON.parse(run(dir, 'questions', '--format', 'json').stdout) as { questions: unknown[] }[];
    assert.equal(data.length, 9);
    assert.equal(data.reduce((n, t) => n + t.questions.length, 0), 35);
  });

  void it('prints help and the version', () => {
    const dir = temp();
    const help = run(dir, '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /storybank check/);
    const version = run(dir, '--version');
    assert.equal(version.code, 0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), pkg.version);
  });
});

void describe('storybank check: a time budget per large file', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'storybank-cli-budget-'));
    mkdirSync(join(dir, 'stories'));
    // About 400 KB of part headings: seconds of work even on a fast idle machine, far over a 300 ms budget.
    writeFileSync(join(dir, 'stories', 'huge.md'), `---\ntitle: Huge\nquestions: [6]\n---\n# Huge\n\n${'## Approach\n\nI did it.\n\n'.repeat(18_000)}`);
    writeFileSync(join(dir, 'stories', 'small.md'), '---\ntitle: Small\nquestions: [6]\n---\n# Small\n\n## Situation\n\nWe basically shipped it.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  void it('gives a file over its budget one file-skipped finding that says how to allow more time, and checks the rest', () => {
    const t0 = performance.now();
    const r = runWith({ STORYBANK_ANALYSIS_BUDGET_MS: '300' }, dir, 'check', '--format', 'json');
    const ms = performance.now() - t0;
    const findings = json(r);
    const huge = findings.filter((f) => f.file.endsWith('huge.md'));
    assert.deepEqual(huge.map((f) => f.rule), ['file-skipped'], JSON.stringify(huge));
    assert.match(huge[0]?.message ?? '', /took longer than 0\.3 s to check.*STORYBANK_ANALYSIS_BUDGET_MS=0/s);
    assert.ok(findings.some((f) => f.file.endsWith('small.md') && f.rule === 'filler-phrase'), JSON.stringify(findings.map((f) => f.rule)));
    assert.ok(ms < 30_000, `took ${ms.toFixed(0)} ms`);
  });

  void it('checks a large ordinary file in the budgeted worker and reports its findings (no budget: STORYBANK_ANALYSIS_BUDGET_MS=0)', () => {
    // Over 20,000 characters, so it goes through the worker; ordinary prose, so its findings are few.
    const long = `---\ntitle: Long\nquestions: [6]\n---\n# Long\n\n## Situation\n\n${'We basically moved the billing jobs to a queue and measured the wait times every week. '.repeat(300)}\n`;
    writeFileSync(join(dir, 'stories', 'huge.md'), long);
    for (const budget of ['0', '60000']) {
      const r = runWith({ STORYBANK_ANALYSIS_BUDGET_MS: budget }, dir, 'check', '--format', 'json');
      const huge = json(r).filter((f) => f.file.endsWith('huge.md'));
      assert.ok(!huge.some((f) => f.rule === 'file-skipped'), JSON.stringify(huge.slice(0, 3)));
      assert.ok(huge.some((f) => f.rule === 'filler-phrase'), `budget ${budget}: ${JSON.stringify(huge.map((f) => f.rule))}`);
    }
  });
});
