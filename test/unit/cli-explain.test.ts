// `storybank explain`: the rule page that ships beside the bundle, the list of rules, and a clear message for an id
// that is not a rule. Runs the BUILT command line (npm run build first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { ALL_RULES_META } from '../../server/src/core/rules';

const ROOT = resolve(__dirname, '..', '..');

function explain(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'storybank.js'), 'explain', ...args], { cwd: tmpdir(), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

void test('explain <rule> prints the bundled page, whatever the working folder', () => {
  for (const id of ['missing-metric', 'blame', 'config-invalid']) {
    const r = explain(id);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8'));
  }
});

void test('explain with no rule lists every rule with its default severity', () => {
  const r = explain();
  assert.equal(r.code, 0);
  for (const m of ALL_RULES_META) assert.match(r.stdout, new RegExp(`^  ${m.id} +${m.defaultSeverity} `, 'm'), m.id);
});

void test('an unknown id exits 2 and suggests the rule that was probably meant', () => {
  const r = explain('metric');
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /there is no rule "metric"\. Did you mean "missing-metric"\?/);
  const far = explain('../../etc/passwd');
  assert.equal(far.code, 2);
  assert.match(far.stderr, /there is no rule/);
  assert.equal(explain('blame', 'placeholder').code, 2, 'one rule at a time');
});
