// The extension manifest (package.json) and its assets: settings match the server's settings and the config
// defaults, the schema knows every rule, every command and menu entry is consistent, every file it names exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { ALL_RULES_META } from '../../server/src/core/rules/index';
import { settingEntries } from '../../server/src/core/settings';

const root = new URL('../..', import.meta.url).pathname;
interface Command { command: string; title: string; category?: string }
interface Setting { scope?: string; markdownDescription?: string; default?: unknown; minimum?: number; maximum?: number; properties?: Record<string, unknown> }
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string; icon: string; activationEvents: string[]; engines: { vscode: string };
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] } };
  contributes: {
    commands: Command[];
    menus: Record<string, { command: string; when?: string }[]>;
    configuration: { properties: Record<string, Setting> };
    views: Record<string, { id: string; icon?: string }[]>;
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    viewsWelcome: { view: string; contents: string }[];
    snippets: { path: string }[];
    grammars: { path: string }[];
    yamlValidation: { url: string; fileMatch: string[] }[];
    walkthroughs: { steps: { media: { markdown?: string } }[] }[];
  };
};
const c = pkg.contributes;


void test('every server setting is contributed with a markdownDescription and resource scope', () => {
  const props = c.configuration.properties;
  for (const key of settingEntries().filter(([, s]) => s.scope === 'resource').map(([k]) => k)) {
    const s = props[`storybank.${key}`];
    assert.ok(s, `storybank.${key} is missing`);
    assert.ok((s.markdownDescription ?? '').length > 20, `storybank.${key} needs a markdownDescription`);
    assert.equal(s.scope, 'resource', key);
  }
  assert.ok(props['storybank.trace.server']);
  for (const [k, s] of Object.entries(props)) assert.ok(s.markdownDescription, `${k} has a markdownDescription`);
});

void test('setting defaults agree with the core defaults', () => {
  const props = c.configuration.properties;
  assert.equal(props['storybank.structure']?.default, 'scaol');
  assert.deepEqual(DEFAULT_CONFIG.structure, ['setup', 'challenge', 'approach', 'outcome', 'learning']);
  for (const key of ['include', 'exclude', 'wordsPerMinute', 'minSeconds', 'maxSeconds', 'maxStoriesPerProject'] as const) {
    assert.deepEqual(props[`storybank.${key}`]?.default, DEFAULT_CONFIG[key], key);
  }
});

void test('the .storybank.yml schema knows every config key and every rule id', () => {
  const v = c.yamlValidation[0];
  assert.ok(v);
  assert.deepEqual(v.fileMatch.sort(), ['.storybank.yaml', '.storybank.yml']);
  const schema = JSON.parse(readFileSync(join(root, v.url), 'utf8')) as { properties: Record<string, { default?: unknown; properties?: Record<string, unknown> }> };
  assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(DEFAULT_CONFIG).sort());
  assert.deepEqual(Object.keys(schema.properties.rules?.properties ?? {}).sort(), ALL_RULES_META.map((r) => r.id).sort());
  for (const key of ['wordsPerMinute', 'minSeconds', 'maxSeconds', 'maxStoriesPerProject'] as const) {
    assert.equal(schema.properties[key]?.default, DEFAULT_CONFIG[key], key);
  }
});

void test('commands are in the Story Bank category and menus only name contributed commands', () => {
  const ids = new Set(c.commands.map((x) => x.command));
  for (const x of c.commands) {
    assert.equal(x.category, 'Story Bank', x.command);
    assert.ok(x.command.startsWith('storybank.'), x.command);
  }
  for (const need of ['newStory', 'practice', 'showCoverageMatrix', 'checkBank', 'restartServer', 'showOutput']) assert.ok(ids.has(`storybank.${need}`), need);
  for (const [menu, items] of Object.entries(c.menus)) for (const i of items) assert.ok(ids.has(i.command), `${menu}: ${i.command}`);
  for (const w of c.viewsWelcome) for (const m of w.contents.matchAll(/\(command:([\w.]+)\)/g)) {
    const id = m[1] ?? '';
    assert.ok(ids.has(id) || !id.startsWith('storybank.'), id);
  }
});

void test('activation, trust, engine and the files the manifest names', () => {
  assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
  assert.ok(pkg.activationEvents.includes('workspaceContains:**/.storybank.yml'));
  // A folder of stories without a config (examples/, opened by `npm run try`) activates the extension too, so its
  // first run brings the Story Bank view and a story into sight: one event per default include glob.
  for (const glob of DEFAULT_CONFIG.include) assert.ok(pkg.activationEvents.includes(`workspaceContains:${glob}`), `workspaceContains:${glob}`);
  // Not every hardening item holds yet (linear phrase matching, bounded globs, config links): limited, saying what is off.
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.ok((pkg.capabilities.untrustedWorkspaces.description ?? '').length > 40);
  const settings = Object.keys((pkg.contributes as unknown as { configuration: { properties: Record<string, unknown> } }).configuration.properties);
  for (const key of pkg.capabilities.untrustedWorkspaces.restrictedConfigurations ?? []) assert.ok(settings.includes(key), key);
  assert.equal(pkg.engines.vscode, '^1.96.0');
  const files = [
    pkg.icon,
    ...c.viewsContainers.activitybar.map((a) => a.icon),
    ...c.snippets.map((s) => s.path),
    ...c.grammars.map((g) => g.path),
    ...c.yamlValidation.map((y) => y.url),
    ...c.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown ?? '')),
  ];
  for (const f of files) assert.ok(f && existsSync(join(root, f)), `${f} exists`);
  const png = readFileSync(join(root, pkg.icon));
  assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
  assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128, 'the icon is at least 128×128');
  assert.deepEqual(Object.values(c.views).flat().map((v) => v.id).sort(), ['storybank.coverage', 'storybank.health', 'storybank.stories']);
});

void test('one `files` list gives the npm package and the VSIX only bundles and assets', () => {
  // vsce packs the `files` list when there is no .vscodeignore (it refuses both), so one list serves both.
  assert.ok(!existsSync(join(root, '.vscodeignore')), 'no .vscodeignore beside `files`');
  const files = (pkg as unknown as { files: string[] }).files;
  for (const need of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'bin/storybank.js', 'bin/storybank-language-server.js', 'bin/run-bundle.js', 'docs/rules/*.md', 'LICENSE', 'README.md']) {
    assert.ok(files.includes(need), `${need} is listed`);
  }
  assert.ok(!files.some((f) => /src|test|eval|bench|node_modules|\.map$|^dist\/?$|^dist\/\*/.test(f)), `nothing from sources, tests or maps: ${files.join(', ')}`);
  assert.equal((pkg as unknown as { scripts: Record<string, string> }).scripts.prepack, 'node scripts/build.mjs --production', 'npm pack builds first');
});
