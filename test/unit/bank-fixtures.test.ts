// Walks the bank-rule fixtures: test/fixtures/bank/<rule-id>/<scenario>/ is one small bank (its .md files, and
// an optional .storybank.yml that applies to them). Each line the rule must flag carries `<!-- expect: rule-id -->`:
// a story's title line (or its front matter line), or, for a finding about the whole bank, a comment line of the
// .storybank.yml (such findings land on line 1 of the config file). `clean*` scenarios expect nothing. Every bank
// rule has a firing and a clean scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../../server/src/core/analyze';
import { BankIndex } from '../../server/src/core/bank';
import { ConfigResolver } from '../../server/src/configFiles';
import { BANK_RULES } from '../../server/src/core/rules/index';

const ROOT = resolve(__dirname, '..', 'fixtures', 'bank');
const EXPECT = /<!--\s*expect:\s*([^>]*?)\s*-->/g;

function dirs(p: string): string[] {
  return readdirSync(p)
    .filter((n) => statSync(join(p, n)).isDirectory())
    .sort();
}

/** "file:line:rule" for every expectation written in the scenario's files. */
function expected(dir: string, files: string[], ruleId: string): string[] {
  const out: string[] = [];
  for (const name of files) {
    readFileSync(join(dir, name), 'utf8')
      .split(/\r\n|\r|\n/)
      .forEach((line, i) => {
        for (const m of line.matchAll(EXPECT)) for (const id of m[1].split(',').map((s) => s.trim())) if (id === ruleId) out.push(`${name}:${i + 1}:${id}`);
      });
  }
  return out.sort();
}

void test('every bank rule has a firing and a clean fixture scenario', () => {
  for (const rule of BANK_RULES) {
    const dir = join(ROOT, rule.meta.id);
    assert.ok(existsSync(dir), `missing test/fixtures/bank/${rule.meta.id}`);
    const scenarios = dirs(dir);
    assert.ok(scenarios.some((s) => s.startsWith('fires')), `${rule.meta.id}: no fires* scenario`);
    assert.ok(scenarios.some((s) => s.startsWith('clean')), `${rule.meta.id}: no clean* scenario`);
  }
  for (const d of dirs(ROOT)) assert.ok(BANK_RULES.some((r) => r.meta.id === d), `fixture folder ${d} names no bank rule`);
});

for (const ruleId of existsSync(ROOT) ? dirs(ROOT) : []) {
  for (const scenario of dirs(join(ROOT, ruleId))) {
    void test(`bank fixture ${ruleId}/${scenario}`, () => {
      const dir = join(ROOT, ruleId, scenario);
      const files = readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .sort();
      const configFiles = readdirSync(dir).filter((n) => n === '.storybank.yml');
      const resolver = new ConfigResolver({ stopAt: dir });
      const bank = new BankIndex();
      for (const name of files) {
        const path = join(dir, name);
        const { config, findings, path: configPath } = resolver.forFile(path);
        assert.deepEqual(findings, [], `config of ${ruleId}/${scenario} has problems`);
        bank.update(path, analyzeFile(readFileSync(path, 'utf8'), path, config), config, configPath);
      }
      const got = bank.bankFindings().filter((f) => f.ruleId === ruleId);
      // Findings about the bank land on line 1 of the config file; its expectation is written on a comment line.
      const actual = [...new Set(got.map((f) => `${f.path.slice(dir.length + 1)}:${f.path.endsWith('.storybank.yml') ? 1 : f.range.start.line}:${f.ruleId}`))].sort();
      const want = [...new Set(expected(dir, [...files, ...configFiles], ruleId).map((e) => (e.startsWith('.storybank.yml:') ? e.replace(/:\d+:/, ':1:') : e)))].sort();
      if (scenario.startsWith('clean')) assert.deepEqual(want, [], `${ruleId}/${scenario} is clean but expects findings`);
      else assert.ok(want.length > 0, `${ruleId}/${scenario} expects no finding`);
      assert.deepEqual(actual, want, got.map((f) => `  ${f.path}:${f.range.start.line}: ${f.message}`).join('\n'));
      // A firing scenario's findings also reach each file through findingsFor.
      for (const f of got) if (!f.path.endsWith('.storybank.yml')) assert.ok(bank.findingsFor(f.path).includes(f));
    });
  }
}
