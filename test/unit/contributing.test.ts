// CONTRIBUTING.md stays true: every file path it names exists, every code name it names is defined where it
// says, and the steps it gives match how the registries and the settings table work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BANK_RULES, STORY_RULES } from '../../server/src/core/rules/index';
import { SETTINGS } from '../../server/src/core/settings';

const ROOT = resolve(__dirname, '..', '..');
const DOC = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const ticks = [...DOC.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

void test('every path CONTRIBUTING.md names exists (placeholders such as <rule-id> filled with a real rule)', () => {
  const paths = ticks.filter((t) => /^(server|client|test|docs|scripts|bench|schemas)\//.test(t) || t === 'package.json');
  assert.ok(paths.length >= 15, `expected many paths, found ${paths.length}`);
  for (const t of paths) {
    const p = t.split(/\s/)[0];
    const id = p.includes('fixtures/bank/') ? BANK_RULES[0].meta.id : STORY_RULES[0].meta.id;
    const real = p.replace(/<rule-id>/g, id).replace(/\/$/, '');
    assert.ok(existsSync(join(ROOT, real)), `CONTRIBUTING.md names ${t}, but ${real} does not exist`);
  }
});

void test('the names CONTRIBUTING.md uses are defined in the files it points to', () => {
  const defined: [string, string][] = [
    ['STORY_RULES', 'server/src/core/rules/index.ts'],
    ['BANK_RULES', 'server/src/core/rules/index.ts'],
    ['StoryRule', 'server/src/core/rules/rule.ts'],
    ['BankRule', 'server/src/core/rules/rule.ts'],
    ['BankReport', 'server/src/core/rules/rule.ts'],
    ['BankHealthKind', 'server/src/core/bank.ts'],
    ['SETTINGS', 'server/src/core/settings.ts'],
    ['PHRASES', 'server/src/core/knowledge/phrases.ts'],
    ['readStoryText', 'server/src/discovery.ts'],
    ['walkFolder', 'server/src/discovery.ts'],
    ['storyDecision', 'server/src/discovery.ts'],
    ['readConfigFile', 'server/src/configFiles.ts'],
  ];
  for (const [name, file] of defined) {
    assert.ok(DOC.includes(`\`${name}\``), `CONTRIBUTING.md should name ${name}`);
    assert.match(readFileSync(join(ROOT, file), 'utf8'), new RegExp(`export (?:const|function|interface|type|class) ${name}\\b`), `${name} in ${file}`);
  }
});

void test('what it says about rules and settings holds', () => {
  // Every bank rule declares what it reads; every rule has a doc page with the four sections.
  for (const r of BANK_RULES) assert.equal(typeof r.reads, 'function', r.meta.id);
  for (const r of [...STORY_RULES, ...BANK_RULES]) {
    const doc = readFileSync(join(ROOT, 'docs', 'rules', `${r.meta.id}.md`), 'utf8');
    for (const h of ['## What it finds', '## Why interviewers care', '## Examples', '## Configure']) assert.ok(doc.includes(h), `${r.meta.id}: ${h}`);
  }
  // Each settings-table field the guide lists exists on every entry.
  for (const field of ['summary', 'description', 'schema', 'docType', 'docAllowed', 'doc', 'read', 'default', 'scope', 'where']) {
    assert.ok(DOC.includes(`\`${field}\``) || DOC.includes(`its ${field}`) || DOC.includes(field), field);
    for (const [k, s] of Object.entries(SETTINGS)) assert.ok(field in s, `${k} has ${field}`);
  }
  // The commands it gives exist.
  for (const script of ['scripts/readme-rules.ts', 'scripts/settings.ts', 'bench/server.ts']) assert.ok(existsSync(join(ROOT, script)), script);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  for (const s of ['build', 'typecheck', 'lint', 'test:unit', 'test:protocol', 'test:integration', 'bench']) assert.ok(pkg.scripts[s], `npm run ${s}`);
});
