// The settings table is the one place a setting is spelled: the config type, defaults and validation come from
// it, and the files generated from it (package.json settings, the .storybank.yml schema, docs/configuration.md)
// must match what the generator writes now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { CONFIG_KEYS, DEFAULT_CONFIG, NUMBER_LIMITS, configFromSettings, parseConfigText } from '../../server/src/core/config';
import { CONFIG_KEY_LIST, SETTINGS, SERVER_SETTING_KEYS, settingEntries } from '../../server/src/core/settings';
import { ROOT, configSchema, generatedFiles, vscodeConfiguration } from '../../scripts/settings-gen';

void test('the generated settings files are up to date (else run: node --import tsx scripts/settings.ts --write)', () => {
  for (const f of generatedFiles()) assert.ok(f.current === f.expected, `${relative(ROOT, f.path)} is stale: run \`node --import tsx scripts/settings.ts --write\``);
});

void test('every table entry reaches the defaults, the key list, the schema and the editor settings', () => {
  const file = settingEntries(['file']).map(([k]) => k);
  assert.deepEqual(Object.keys(DEFAULT_CONFIG), file);
  assert.deepEqual(Object.keys(CONFIG_KEYS), file);
  assert.deepEqual(CONFIG_KEY_LIST, file);
  assert.deepEqual(Object.keys((configSchema().properties as object)), file);
  const vs = Object.keys((vscodeConfiguration().properties as object));
  assert.deepEqual(vs, settingEntries().map(([k]) => `storybank.${k}`));
  assert.ok(SERVER_SETTING_KEYS.includes('debounceMs'));
  assert.ok(!(SERVER_SETTING_KEYS as readonly string[]).includes('trace.server'));
  for (const [k, s] of settingEntries()) {
    assert.ok(s.description.length > 20, `${k}: description`);
    assert.ok(s.doc.length > 20, `${k}: doc`);
    if (s.limits) assert.ok(s.limits.min <= (s.default as number) && (s.default as number) <= s.limits.max, `${k}: default within limits`);
  }
  assert.deepEqual(NUMBER_LIMITS.maxStoriesPerProject, SETTINGS.maxStoriesPerProject.limits);
});

void test('each entry validates its own key, in the file and in editor settings', () => {
  // A valid value of each file key is accepted and an invalid one is refused with a message naming the key.
  const valid: Record<string, string> = { structure: 'car', include: '["a/**/*.md"]', exclude: '["b/**"]', wordsPerMinute: '140', minSeconds: '30', maxSeconds: '150', maxStoriesPerProject: '2', rules: '{blame: off}', phrases: '{blame: ["the vendor did it"]}', questionSet: 'software', customQuestions: '[{id: c1, theme: growth, text: "What did you learn last?"}]', dropQuestions: '[9, Q23]' };
  const invalid: Record<string, string> = { structure: 'stra', include: '{a: 1}', exclude: '5', wordsPerMinute: '9999', minSeconds: 'fast', maxSeconds: '-1', maxStoriesPerProject: '1.5', rules: '[x]', phrases: '7', questionSet: 'backend', customQuestions: '{id: c1}', dropQuestions: '{a: 1}' };
  for (const k of CONFIG_KEY_LIST) {
    assert.ok(valid[k] && invalid[k], `a test value for ${k}`);
    const ok = parseConfigText(`${k}: ${valid[k]}\n`, '/ws/.storybank.yml');
    assert.deepEqual(ok.findings, [], k);
    assert.notDeepEqual(ok.config[k], DEFAULT_CONFIG[k], `${k} changes the config`);
    const bad = parseConfigText(`${k}: ${invalid[k]}\n`, '/ws/.storybank.yml');
    assert.equal(bad.findings.length, 1, k);
    assert.match(bad.findings[0]?.message ?? '', new RegExp(k), k);
    assert.deepEqual(bad.config[k], DEFAULT_CONFIG[k], `${k} falls back to the default`);
  }
  // Editor settings: the server's own key is not a config key and not an error.
  assert.deepEqual(configFromSettings({ debounceMs: 50, trace: { server: 'off' }, maxSeconds: 200 }), { partial: { maxSeconds: 200 }, problems: [] });
  assert.match(configFromSettings({ maxSecondz: 1 }).problems[0] ?? '', /Unknown key "maxSecondz".*did you mean "maxSeconds"/);
});
