// Walks every rule fixture: `fires*.md` must produce exactly the findings written inside it as
// `<!-- expect: rule-id -->` (or `# expect: rule-id` on a front matter line) for the folder's rule, and
// `clean*.md` must produce none of that rule. Every story rule has both kinds of fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG, parseConfigText } from '../../server/src/core/config';
import { ALL_RULES_META, BANK_RULES, SYSTEM_RULES_META } from '../../server/src/core/rules';
import type { Config } from '../../server/src/core/types';

const ROOT = resolve(__dirname, '..', 'fixtures', 'rules');
const HTML_EXPECT = /<!--\s*expect:\s*([^>]*?)\s*-->/g;
const YAML_EXPECT = /#\s*expect:\s*(.+?)\s*$/;
const FIXTURE_CONFIG = /<!--\s*fixture-config:\s*(\{[\s\S]*?\})\s*-->/;

/** The expected (line, rule) pairs written in a fixture, as "line:rule" strings. */
export function expectations(text: string): string[] {
  const out: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let inFrontMatter = lines[0] === '---';
  lines.forEach((line, i) => {
    if (i > 0 && inFrontMatter && line === '---') inFrontMatter = false;
    const ids: string[] = [];
    for (const m of line.matchAll(HTML_EXPECT)) ids.push(...m[1].split(','));
    if (inFrontMatter && i > 0) {
      const y = YAML_EXPECT.exec(line);
      if (y) ids.push(...y[1].split(','));
    }
    for (const id of ids.map((s) => s.trim()).filter(Boolean)) out.push(`${i + 1}:${id}`);
  });
  return out;
}

function fixtureConfig(text: string, file: string): Config {
  const m = FIXTURE_CONFIG.exec(text);
  if (!m) return { ...DEFAULT_CONFIG, rules: {}, phrases: {} };
  const result = parseConfigText(m[1], `${file}#fixture-config`);
  assert.deepEqual(result.findings.map((f) => f.message), [], `fixture-config in ${file} is not valid`);
  return result.config;
}

const exempt = new Set([...BANK_RULES.map((r) => r.meta.id), ...SYSTEM_RULES_META.map((m) => m.id)]);
const storyRuleIds = ALL_RULES_META.map((m) => m.id).filter((id) => !exempt.has(id));

void test('every story rule has a clean and a firing fixture', () => {
  for (const id of storyRuleIds) {
    const dir = join(ROOT, id);
    assert.ok(existsSync(dir), `missing fixture folder test/fixtures/rules/${id}`);
    const names = readdirSync(dir);
    assert.ok(names.some((n) => /^clean.*\.md$/.test(n)), `${id}: no clean*.md fixture`);
    assert.ok(names.some((n) => /^fires.*\.md$/.test(n)), `${id}: no fires*.md fixture`);
  }
  for (const dir of readdirSync(ROOT)) assert.ok(storyRuleIds.includes(dir), `fixture folder ${dir} names no story rule`);
});

for (const id of existsSync(ROOT) ? readdirSync(ROOT).sort() : []) {
  for (const name of readdirSync(join(ROOT, id)).filter((n) => n.endsWith('.md')).sort()) {
    void test(`fixture ${id}/${name}`, () => {
      const path = join(ROOT, id, name);
      const text = readFileSync(path, 'utf8');
      const { findings } = analyzeFile(text, path, fixtureConfig(text, path));
      const actual = [...new Set(findings.filter((f) => f.ruleId === id).map((f) => `${f.range.start.line}:${f.ruleId}`))].sort();
      const expected = [...new Set(expectations(text).filter((e) => e.endsWith(`:${id}`)))].sort();
      if (name.startsWith('clean')) {
        assert.deepEqual(actual, [], `${id}/${name} should be clean but got:\n${findings.filter((f) => f.ruleId === id).map((f) => `  ${f.range.start.line}: ${f.message}`).join('\n')}`);
        assert.deepEqual(expected, [], `${id}/${name} is a clean fixture but expects findings`);
      } else {
        assert.ok(expected.length > 0, `${id}/${name} expects no finding of ${id}`);
        assert.deepEqual(actual, expected, `${id}/${name}: findings (left) differ from expectations (right):\n${findings.filter((f) => f.ruleId === id).map((f) => `  ${f.range.start.line}: ${f.message}`).join('\n')}`);
      }
      for (const f of findings) {
        assert.ok(f.range.start.offset <= f.range.end.offset && f.range.end.offset <= text.length, `${f.ruleId} range outside the text`);
        assert.equal(f.path, path);
      }
    });
  }
}
