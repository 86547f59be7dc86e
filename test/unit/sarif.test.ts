// The CLI's SARIF against the SARIF 2.1.0 JSON schema (vendored: test/fixtures/sarif/README.md), validated with
// Ajv, plus what code scanning shows from it: readable rule names, a full description and the rule page as help.
// Runs the BUILT command line (npm run build first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import Ajv04 from 'ajv-draft-04';
import { ALL_RULES_META } from '../../server/src/core/rules';

const ROOT = resolve(__dirname, '..', '..');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string; markdown?: string };
  helpUri: string;
}
interface Log {
  runs: { tool: { driver: { rules: Rule[] } }; results: { ruleId: string; ruleIndex: number }[] }[];
}

function validator(): (data: unknown) => string[] {
  // unicodeRegExp off: one pattern in the schema (language tags) is not a valid regular expression with the u flag.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  const isUri = (s: string): boolean => {
    try {
      new URL(s);
      return true;
    } catch {
      return false;
    }
  };
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', (s: string) => isUri(s) || isUri(new URL(s, 'file:///base/').href));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(SCHEMA);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

let dir = '';
let log: Log;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'storybank-sarif-'));
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  // A broken config value and a story with errors, so that config and error findings are in the log too.
  writeFileSync(join(dir, '.storybank.yml'), 'maxSeconds: -5\n');
  writeFileSync(join(dir, 'stories', 'broken.md'), '---\ntitle: A story with a bad question\nquestions: [99]\n---\n# A story with a bad question\n\nSome words.\n');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'storybank.js'), 'check', '--format', 'sarif'], { cwd: dir, encoding: 'utf8' });
  assert.ok(r.stdout.length > 0, `no SARIF written (exit ${r.status}): ${r.stderr}`);
  log = JSON.parse(r.stdout) as Log;
});

after(() => rmSync(dir, { recursive: true, force: true }));

void test('the SARIF output is valid against the SARIF 2.1.0 schema', () => {
  assert.deepEqual(validator()(log), []);
  assert.ok(log.runs[0]!.results.some((x) => x.ruleId === 'config-invalid'), 'the config finding is in the log');
  assert.ok(log.runs[0]!.results.some((x) => x.ruleId === 'unknown-question'), 'the error finding is in the log');
});

void test('the validator rejects what the schema forbids (so the test above can fail)', () => {
  const validate = validator();
  const copy = JSON.parse(JSON.stringify(log)) as Log & { runs: { results: Record<string, unknown>[] }[] };
  (copy.runs[0]!.results[0] as Record<string, unknown>).level = 'fatal';
  assert.ok(validate(copy).length > 0, 'an unknown level is rejected');
  const noVersion = JSON.parse(JSON.stringify(log)) as Record<string, unknown>;
  delete noVersion.version;
  assert.ok(validate(noVersion).length > 0, 'a log without a version is rejected');
});

void test('every rule has a readable name, a full description and its page as help in text and Markdown', () => {
  const rules = log.runs[0]!.tool.driver.rules;
  assert.deepEqual(rules.map((r) => r.id).sort(), ALL_RULES_META.map((m) => m.id).sort());
  for (const rule of rules) {
    assert.notEqual(rule.name, rule.id, `${rule.id} has a name other than its id`);
    assert.match(rule.name, /^[A-Z][A-Za-z0-9]+$/, `${rule.id}: name ${rule.name}`);
    assert.ok(rule.fullDescription.text.length > rule.shortDescription.text.length / 2, `${rule.id} has a full description`);
    assert.doesNotMatch(rule.fullDescription.text, /`|\*\*/, `${rule.id}: the full description is text, not Markdown`);
    const page = readFileSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
    assert.equal(rule.help?.markdown, page, `${rule.id}: help.markdown is the rule page`);
    assert.ok(rule.help !== undefined && !rule.help.text.includes('```') && !/^#/m.test(rule.help.text), `${rule.id}: help.text has no Markdown marks`);
    assert.ok(rule.help.text.includes('Why interviewers care'), `${rule.id}: help.text carries the whole page`);
  }
  assert.equal(rules.find((r) => r.id === 'missing-metric')?.name, 'MissingMetric');
});
