// The evaluation harness (scripts/eval/harness.ts) on a tiny synthetic corpus whose labels are partly wrong on
// purpose (test/fixtures/eval): it must count each true/false positive/negative, part miss and held-out miss.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compareTable, evaluate, formatReport, JUDGED_RULES, loadCorpus, matchStories, missedTargets, precision, recall, toJson, validateLabels } from '../../scripts/eval/harness';
import { DEFAULT_CONFIG, type Story } from '../../server/src/core';

const root = join(__dirname, '..', 'fixtures', 'eval');
const load = () => loadCorpus([{ labelsDir: join(root, 'corpus'), storiesDir: join(root, 'corpus'), displayRoot: root, requireSource: true }]);

void describe('eval harness: scoring a labelled corpus', () => {
  const { files, problems } = load();
  const r = evaluate(files);

  void it('loads every labels file of the fixture corpus without problems', () => {
    assert.deepEqual(problems, []);
    assert.equal(files.length, 5);
    assert.deepEqual(files.map((f) => `${f.origin}/${f.split}`).sort(), ['adversarial/dev', 'adversarial/dev', 'adversarial/dev', 'real/dev', 'real/test']);
  });

  void it('counts true positives, true negatives and a false negative per story in the dev split', () => {
    const dev = r.groups.dev;
    assert.deepEqual(dev.rules['missing-section'], { tp: 1, fp: 0, fn: 0, tn: 1 });
    assert.deepEqual(dev.rules.placeholder, { tp: 0, fp: 0, fn: 1, tn: 1 });
    assert.deepEqual(dev.rules['too-short'], { tp: 2, fp: 0, fn: 0, tn: 0 });
    assert.equal(dev.storiesLabelled, 2);
    assert.equal(dev.storiesFound, 2);
    assert.equal(dev.extraStories, 0);
    assert.equal(dev.partsTotal, 10);
    assert.equal(dev.partsCorrect, 9, 'the learning part is labelled one line off');
  });

  void it('scores the test split and adversarial stories separately, and sums them in all', () => {
    assert.deepEqual(r.groups.test.rules['missing-section'], { tp: 0, fp: 1, fn: 0, tn: 0 });
    assert.deepEqual(r.groups.adversarial.rules.placeholder, { tp: 1, fp: 0, fn: 2, tn: 0 });
    assert.equal(r.groups.adversarial.rules['too-short'], undefined, 'unlisted rules are not scored for adversarial stories');
    assert.deepEqual(r.groups.all.rules['missing-section'], { tp: 1, fp: 1, fn: 0, tn: 2 });
    assert.deepEqual(r.groups.all.rules.placeholder, { tp: 1, fp: 0, fn: 3, tn: 2 });
    assert.equal(precision(r.groups.all.rules['missing-section']), 0.5);
    assert.equal(recall(r.groups.all.rules.placeholder), 1 / 4);
    assert.equal(r.groups.all.partsTotal, 15);
    assert.equal(r.groups.all.partsCorrect, 14);
  });

  void it('sums every split: test file, and only those, in the held-out group', () => {
    // The fixture's only test-split file is a real one, so held-out equals test here and holds no adversarial file.
    assert.equal(r.groups['held-out'].files, 1);
    assert.deepEqual(r.groups['held-out'].rules['missing-section'], r.groups.test.rules['missing-section']);
    assert.equal(r.groups['held-out'].rules.placeholder?.tp ?? 0, 0, 'the adversarial dev positive is not held out');
  });

  void it('reports a labelled story the parser did not find, and the story it found instead', () => {
    assert.equal(r.groups.adversarial.storiesLabelled, 3);
    assert.equal(r.groups.adversarial.storiesFound, 2);
    assert.equal(r.groups.adversarial.extraStories, 1);
    const nf = r.storyMisses.filter((m) => m.file.endsWith('not-found.md'));
    assert.deepEqual(nf.map((m) => [m.kind, m.line]), [['missing', 4], ['extra', 1]]);
    const m = r.misses.find((x) => x.file.endsWith('not-found.md'));
    assert.match(m?.detail ?? '', /the story was not found/);
    const text = formatReport(r, { rules: [...JUDGED_RULES], skipped: [], problems: [] });
    assert.match(text, /not-found\.md:4 {2}labelled story not found: A story that is not in the file/);
  });

  void it('requires a finding on each labelled line (±1), not just anywhere in the story', () => {
    const m = r.misses.find((x) => x.file.endsWith('wrong-line.md'));
    assert.ok(m);
    assert.equal(m.kind, 'FN');
    assert.equal(m.line, 12);
    assert.match(m.detail, /fired on line 4 but not on line 12/);
  });

  void it('lists dev misses with file:line and rule, and only counts test-split misses', () => {
    const text = formatReport(r, { rules: [...JUDGED_RULES], skipped: [], problems: [] });
    assert.match(text, /corpus\/public\/two-stories\.md:1 {2}placeholder {2}FN/);
    assert.match(text, /1 in test-split stories are not listed/);
    assert.doesNotMatch(text, /held-out\.md/);
    assert.match(text, /two-stories\.md:30 {2}learning {2}expected on line 30, found on line 29/);
    const json = toJson(r, { rules: [...JUDGED_RULES], skipped: [], problems: [] }) as { misses: { file: string }[]; heldOut: { misses: number } };
    assert.equal(json.heldOut.misses, 1);
    assert.ok(json.misses.every((m) => !m.file.includes('held-out')));
  });

  void it('compares an earlier --json report with the current result, rule by rule', () => {
    const before: unknown = JSON.parse(JSON.stringify(toJson(evaluate(files, { rule: 'missing-section' }), { rules: ['missing-section'], skipped: [], problems: [] })));
    const table = compareTable(before, r, ['missing-section', 'placeholder']);
    assert.match(table, /\| missing-section \| 50\.0% \| 50\.0% \| 100\.0% \| 100\.0% \|/);
    assert.match(table, /\| placeholder \| — \| 100\.0% \| — \| 25\.0% \|/, 'a rule the earlier report did not score shows a dash');
    assert.match(table, /\| parts recognised \| 93\.3% \(14\/15\) \| 93\.3% \(14\/15\)/);
    assert.throws(() => compareTable({}, r, ['placeholder']), /npm run eval -- --json/);
  });

  void it('names each missed target, and scores one rule alone with --rule', () => {
    const missed = missedTargets(r, JUDGED_RULES);
    assert.ok(missed.some((m) => m.startsWith('missing-section: precision 50.0%')));
    assert.ok(missed.some((m) => m.startsWith('placeholder: recall 25.0%')));
    assert.ok(missed.some((m) => m.startsWith('parts recognised 93.3%')));
    const only = evaluate(files, { rule: 'placeholder' });
    assert.deepEqual(Object.keys(only.groups.all.rules), ['placeholder']);
    assert.ok(only.misses.every((m) => m.rule === 'placeholder'));
  });
});

void describe('eval harness: matching and validation', () => {
  const story = (title: string, line: number): Story => {
    const p = { line, column: 1, offset: 0 };
    return { index: 0, title, titleRange: { start: p, end: p }, range: { start: p, end: p }, questions: [], themes: [], companies: [], parts: [], prose: [], wordCount: 0, spokenSeconds: 0 };
  };
  const labelled = (title: string, line?: number) => ({ title, kind: 'story' as const, parts: {}, expect: {}, ...(line ? { line } : {}) });

  void it('matches labelled stories by title line (±1), then by title, and leaves the rest unmatched', () => {
    const found = [story('Intro', 1), story('Cutting costs', 10), story('Leading a migration', 40)];
    assert.deepEqual(matchStories([labelled('Cutting costs', 11), labelled('Leading a Migration!', 60), labelled('Not there', 80)], found), [1, 2, -1]);
  });

  void it('reports every schema problem as a sentence', () => {
    const text = 'line\n'.repeat(9);
    const { problems } = validateLabels(
      {
        split: 'train',
        config: { structure: 'staar' },
        stories: [
          { title: 'A', line: 3, parts: { setup: 40, result: 5 }, expect: { 'no-such-rule': true, blame: 'yes' } },
          { title: 'B', expect: {} },
        ],
      },
      text,
      { origin: 'real' },
    );
    const all = problems.join('\n');
    assert.match(all, /`split` is "train"/);
    assert.match(all, /config: .*structure/);
    assert.match(all, /stories\[0\]\.parts\.setup is 40; it must be a line number from 1 to 10/);
    assert.match(all, /stories\[0\]\.parts\.result: unknown part/);
    assert.match(all, /`no-such-rule`, which is not a rule/);
    assert.match(all, /stories\[0\]\.expect\.blame is "yes"/);
    assert.match(all, /stories\[1\]\.line is needed/);
    assert.match(all, /stories\[1\]\.expect must judge every rule for a real story; missing: missing-section/);
  });

  void it('accepts `stories: []` for a file that holds no answer, and counts what fires there as false positives', () => {
    const { problems, label } = validateLabels({ source: { repo: 'a/b', path: 'n.md' }, split: 'dev', stories: [] }, 'notes\n', { origin: 'real', requireSource: true });
    assert.deepEqual(problems, []);
    assert.deepEqual(label?.stories, []);
    assert.match(validateLabels({ split: 'dev', stories: 'none' }, 'x\n', { origin: 'real' }).problems.join('\n'), /`stories` must be a list/);
    const dir = mkdtempSync(join(tmpdir(), 'storybank-eval-'));
    try {
      const storyPath = join(dir, 'notes.md');
      writeFileSync(storyPath, '# Tips for the loop\n\n## Situation\nBe brief.\n\n## Result\nSay a number.\n');
      const notes = { labelsPath: join(dir, 'notes.labels.yml'), storyPath, display: 'notes.md', origin: 'real' as const, split: 'dev' as const, config: DEFAULT_CONFIG, stories: [] };
      const res = evaluate([notes]);
      assert.equal(res.groups.dev.storiesLabelled, 0);
      assert.ok(res.groups.dev.extraStories >= 1, 'the heading over parts is found as a story, which the labels say is not there');
      assert.ok((res.groups.dev.rules['too-short']?.fp ?? 0) >= 1, 'a judged rule firing on it is a false positive');
      assert.equal(res.groups.dev.rules['too-short']?.tp ?? 0, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  void it('lets adversarial stories state only the rules they target', () => {
    const { problems, label } = validateLabels({ split: 'test', stories: [{ title: 'A', expect: { blame: [2] } }] }, 'a\nb\n', { origin: 'adversarial' });
    assert.deepEqual(problems, []);
    assert.equal(label?.split, 'test');
    assert.deepEqual(label?.stories[0].expect, { blame: [2] });
  });
});
