import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CONFIG_FILE_NAME,
  DEFAULT_CONFIG,
  configFromSettings,
  mergeConfig,
  parseConfigText,
  resolveStructure,
} from '../../server/src/core/config';
import { ConfigResolver } from '../../server/src/configFiles';
import type { ConfigResult, Finding } from '../../server/src/core/types';

const CFG = '/ws/.storybank.yml';

/** The text a finding's range covers. */
function covered(text: string, f: Finding): string {
  return text.slice(f.range.start.offset, f.range.end.offset);
}

/** A fake file system: path → text; records reads. */
function fakeFs(files: Record<string, string>) {
  const reads: string[] = [];
  return {
    files,
    reads,
    readFile: (p: string) => {
      reads.push(p);
      return Object.prototype.hasOwnProperty.call(files, p) ? files[p] : undefined;
    },
  };
}

void test('the defaults are the documented ones', () => {
  assert.equal(CONFIG_FILE_NAME, '.storybank.yml');
  assert.deepEqual(DEFAULT_CONFIG.structure, ['setup', 'challenge', 'approach', 'outcome', 'learning']);
  assert.deepEqual(DEFAULT_CONFIG.include, ['**/stories/**/*.md', '**/*.story.md']);
  assert.equal(DEFAULT_CONFIG.wordsPerMinute, 150);
  assert.equal(DEFAULT_CONFIG.minSeconds, 45);
  assert.equal(DEFAULT_CONFIG.maxSeconds, 180);
  assert.equal(DEFAULT_CONFIG.maxStoriesPerProject, 3);
  assert.deepEqual(DEFAULT_CONFIG.rules, {});
  assert.deepEqual(DEFAULT_CONFIG.phrases, {});
});

void test('a valid config applies every key and yields no findings', () => {
  const text = [
    'structure: star',
    'include: ["stories/**/*.md"]',
    'exclude: ["stories/drafts/**"]',
    'wordsPerMinute: 140',
    'minSeconds: 30',
    'maxSeconds: 150',
    'maxStoriesPerProject: 2',
    'rules:',
    '  filler-phrase: off',
    '  missing-metric: error',
    'phrases:',
    '  blame: ["the vendor messed up"]',
    '  filler-phrase: ["at the end of the day"]',
    'questionSet: data',
    'customQuestions:',
    '  - { id: c1, theme: collaboration, text: "Tell me about a time you earned trust." }',
    'dropQuestions: [35]',
    '',
  ].join('\n');
  const r = parseConfigText(text, CFG);
  assert.deepEqual(r.findings, []);
  assert.equal(r.path, CFG);
  assert.deepEqual(r.config, {
    structure: ['setup', 'challenge', 'approach', 'outcome'],
    include: ['stories/**/*.md'],
    exclude: ['stories/drafts/**'],
    wordsPerMinute: 140,
    minSeconds: 30,
    maxSeconds: 150,
    maxStoriesPerProject: 2,
    rules: { 'filler-phrase': 'off', 'missing-metric': 'error' },
    phrases: { blame: ['the vendor messed up'], 'filler-phrase': ['at the end of the day'] },
    questionSet: 'data',
    customQuestions: [{ id: 'c1', theme: 'collaboration', text: 'Tell me about a time you earned trust.' }],
    dropQuestions: [35],
  });
});

void test('an empty file or a file of comments means all defaults, silently', () => {
  for (const text of ['', '\n', '# nothing here yet\n']) {
    const r = parseConfigText(text, CFG);
    assert.deepEqual(r.findings, [], JSON.stringify(text));
    assert.deepEqual(r.config, DEFAULT_CONFIG);
  }
});

void test('structure: presets in any case, explicit lists in answer order, aliases; bad values rejected', () => {
  assert.deepEqual(resolveStructure('scaol'), ['setup', 'challenge', 'approach', 'outcome', 'learning']);
  assert.deepEqual(resolveStructure('STAR'), ['setup', 'challenge', 'approach', 'outcome']);
  assert.deepEqual(resolveStructure(' car '), ['setup', 'approach', 'outcome']);
  assert.deepEqual(resolveStructure(['outcome', 'setup', 'approach']), ['setup', 'approach', 'outcome']);
  assert.deepEqual(resolveStructure(['Situation', 'Action', 'Result', 'result']), ['setup', 'approach', 'outcome']);
  assert.equal(resolveStructure('stra'), undefined);
  assert.equal(resolveStructure([]), undefined);
  assert.equal(resolveStructure(['setup', 'intro']), undefined);
  assert.equal(resolveStructure(5), undefined);
  const r = parseConfigText('structure: [setup, approach, outcome]\n', CFG);
  assert.deepEqual(r.config.structure, ['setup', 'approach', 'outcome']);
  assert.deepEqual(r.findings, []);
});

// Each bad value: the config text, the text the finding must cover, what the message must say, and a check that
// the default (or the rest of the config) is used.
const BAD: { name: string; text: string; covers: string; says: RegExp; check: (r: ConfigResult) => void }[] = [
  {
    name: 'unknown key',
    text: 'structure: star\ncolour: red\n',
    covers: 'colour',
    says: /Unknown key "colour".*Known keys: structure/,
    check: (r) => assert.deepEqual(r.config.structure, ['setup', 'challenge', 'approach', 'outcome']),
  },
  {
    name: 'misspelt key gets a suggestion',
    text: 'maxSecond: 100\n',
    covers: 'maxSecond',
    says: /did you mean "maxSeconds"/,
    check: (r) => assert.equal(r.config.maxSeconds, 180),
  },
  {
    name: 'unknown structure preset',
    text: 'structure: stra\nmaxSeconds: 200\n',
    covers: 'stra',
    says: /`scaol`, `star`, `car`.*default `scaol`/,
    check: (r) => {
      assert.deepEqual(r.config.structure, DEFAULT_CONFIG.structure);
      assert.equal(r.config.maxSeconds, 200, 'the rest of the config still applies');
    },
  },
  {
    name: 'structure list with an unknown part',
    text: 'structure: [setup, intro]\n',
    covers: '[setup, intro]',
    says: /non-empty list of parts/,
    check: (r) => assert.deepEqual(r.config.structure, DEFAULT_CONFIG.structure),
  },
  {
    name: 'number of the wrong type',
    text: 'wordsPerMinute: fast\n',
    covers: 'fast',
    says: /"fast"; expected a number from 60 to 400\. The default 150 is used/,
    check: (r) => assert.equal(r.config.wordsPerMinute, 150),
  },
  {
    name: 'number out of range',
    text: 'minSeconds: -5\n',
    covers: '-5',
    says: /-5, outside the allowed range 0–1200\. The default 45/,
    check: (r) => assert.equal(r.config.minSeconds, 45),
  },
  {
    name: 'fractional story count',
    text: 'maxStoriesPerProject: 2.5\n',
    covers: '2.5',
    says: /whole number/,
    check: (r) => assert.equal(r.config.maxStoriesPerProject, 3),
  },
  {
    name: 'minSeconds not below maxSeconds',
    text: 'minSeconds: 200\nmaxSeconds: 100\n',
    covers: '200',
    says: /must be less than `maxSeconds`/,
    check: (r) => {
      assert.equal(r.config.minSeconds, 45);
      assert.equal(r.config.maxSeconds, 180);
    },
  },
  {
    name: 'include that is not a list',
    text: 'include: {a: 1}\n',
    covers: '{a: 1}',
    says: /list of glob patterns/,
    check: (r) => assert.deepEqual(r.config.include, DEFAULT_CONFIG.include),
  },
  {
    name: 'exclude item that is not text',
    text: 'exclude: ["drafts/**", 7]\n',
    covers: '7',
    says: /glob pattern written as text/,
    check: (r) => assert.deepEqual(r.config.exclude, ['drafts/**']),
  },
  {
    name: 'unknown rule id under rules',
    text: 'rules:\n  filer-phrase: off\n  blame: error\n',
    covers: 'filer-phrase',
    says: /Unknown rule id "filer-phrase".*did you mean "filler-phrase"/,
    check: (r) => assert.deepEqual(r.config.rules, { blame: 'error' }),
  },
  {
    name: 'bad severity',
    text: 'rules:\n  blame: loud\n  placeholder: warn\n',
    covers: 'loud',
    says: /"loud"; expected error, warning, info or off/,
    check: (r) => assert.deepEqual(r.config.rules, { placeholder: 'warning' }),
  },
  {
    name: 'rules that is not a mapping',
    text: 'rules: [blame]\n',
    covers: '[blame]',
    says: /mapping of rule id to severity/,
    check: (r) => assert.deepEqual(r.config.rules, {}),
  },
  {
    name: 'phrase that is not text',
    text: 'phrases:\n  blame: ["the vendor", 42]\n',
    covers: '42',
    says: /phrase for "blame" is number 42; each phrase must be text/,
    check: (r) => assert.deepEqual(r.config.phrases, { blame: ['the vendor'] }),
  },
  {
    name: 'phrases for an unknown rule',
    text: 'phrases:\n  nope: [x]\n',
    covers: 'nope',
    says: /Unknown rule id "nope" under `phrases`/,
    check: (r) => assert.deepEqual(r.config.phrases, {}),
  },
  {
    name: 'phrase list that is a mapping',
    text: 'phrases:\n  blame: {a: b}\n',
    covers: '{a: b}',
    says: /list of phrases written as text/,
    check: (r) => assert.deepEqual(r.config.phrases, {}),
  },
  {
    name: 'top level that is not a mapping',
    text: '- structure: star\n',
    covers: '- structure: star\n',
    says: /must be a mapping of keys/,
    check: (r) => assert.deepEqual(r.config, DEFAULT_CONFIG),
  },
];

for (const c of BAD) {
  void test(`bad config value: ${c.name} → one config-invalid finding on the value, default used`, () => {
    const r = parseConfigText(c.text, CFG);
    assert.equal(r.findings.length, 1, r.findings.map((f) => f.message).join('\n'));
    const f = r.findings[0];
    assert.equal(f.ruleId, 'config-invalid');
    assert.equal(f.path, CFG);
    assert.equal(covered(c.text, f), c.covers);
    assert.match(f.message, c.says);
    assert.ok(['warning', 'error'].includes(f.severity));
    c.check(r);
  });
}

void test('several bad values give one finding each, with correct 1-based lines and columns', () => {
  const text = 'structure: stra\nwordsPerMinute: 1000\nrules:\n  blame: loud\n';
  const r = parseConfigText(text, CFG);
  assert.deepEqual(
    r.findings.map((f) => [f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column, f.severity]),
    [
      [1, 12, 1, 16, 'warning'],
      [2, 17, 2, 21, 'warning'],
      [4, 10, 4, 14, 'warning'],
    ],
  );
});

void test('invalid YAML: an error at the syntax error, and the whole file falls back to the defaults', () => {
  const text = 'maxSeconds: 100\nrules: [blame,\nstructure: star\n';
  const r = parseConfigText(text, CFG);
  assert.ok(r.findings.length >= 1);
  for (const f of r.findings) {
    assert.equal(f.ruleId, 'config-invalid');
    assert.equal(f.severity, 'error');
    assert.match(f.message, /not valid YAML/);
    assert.ok(f.range.start.line >= 2, 'the error is placed where YAML broke, not at the top');
    assert.ok(f.range.end.offset <= text.length);
  }
  assert.deepEqual(r.config, DEFAULT_CONFIG);
});

void test('duplicate keys are a YAML error on the second key', () => {
  const text = 'maxSeconds: 100\nmaxSeconds: 120\n';
  const r = parseConfigText(text, CFG);
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0].range.start.line, 2);
  assert.match(r.findings[0].message, /unique/);
});

void test('a byte-order mark does not shift ranges', () => {
  const text = '\ufeffcolour: red\n';
  const r = parseConfigText(text, CFG);
  assert.equal(r.findings.length, 1);
  assert.equal(covered(text, r.findings[0]), 'colour');
});

void test('mergeConfig: scalars and lists replace, rules and phrases merge per rule id', () => {
  const base = mergeConfig(DEFAULT_CONFIG, { rules: { blame: 'error', 'filler-phrase': 'off' }, phrases: { blame: ['a'], 'filler-phrase': ['b'] } });
  const merged = mergeConfig(base, { maxSeconds: 120, include: ['x/**'], rules: { blame: 'info' }, phrases: { blame: ['c'] } });
  assert.equal(merged.maxSeconds, 120);
  assert.deepEqual(merged.include, ['x/**']);
  assert.deepEqual(merged.rules, { blame: 'info', 'filler-phrase': 'off' });
  assert.deepEqual(merged.phrases, { blame: ['c'], 'filler-phrase': ['b'] });
  // Inputs are not changed.
  assert.deepEqual(base.rules, { blame: 'error', 'filler-phrase': 'off' });
  assert.deepEqual(DEFAULT_CONFIG.rules, {});
});

void test('resolver: the nearest config file walking up wins', () => {
  const fs = fakeFs({
    '/ws/.storybank.yml': 'maxSeconds: 200\n',
    '/ws/stories/team/.storybank.yml': 'maxSeconds: 150\n',
  });
  const r = new ConfigResolver({ readFile: fs.readFile });
  assert.equal(r.forFile('/ws/stories/team/deep/a.md').config.maxSeconds, 150);
  assert.equal(r.forFile('/ws/stories/team/deep/a.md').path, '/ws/stories/team/.storybank.yml');
  assert.equal(r.forFile('/ws/stories/solo/b.md').config.maxSeconds, 200);
  assert.equal(r.forFile('/ws/stories/solo/b.md').path, '/ws/.storybank.yml');
  const none = r.forFile('/elsewhere/c.md');
  assert.equal(none.path, undefined);
  assert.deepEqual(none.config, DEFAULT_CONFIG);
});

void test('resolver: .storybank.yaml is accepted too', () => {
  const fs = fakeFs({ '/ws/.storybank.yaml': 'structure: car\n' });
  const r = new ConfigResolver({ readFile: fs.readFile });
  assert.deepEqual(r.forFile('/ws/a.md').config.structure, ['setup', 'approach', 'outcome']);
});

void test('resolver: multi-root — two folders, two configs, each story gets its own', () => {
  const fs = fakeFs({ '/one/.storybank.yml': 'structure: star\n', '/two/.storybank.yml': 'structure: car\nmaxStoriesPerProject: 5\n' });
  const r = new ConfigResolver({ readFile: fs.readFile });
  const a = r.forFile('/one/stories/a.md');
  const b = r.forFile('/two/stories/b.md');
  assert.deepEqual(a.config.structure, ['setup', 'challenge', 'approach', 'outcome']);
  assert.equal(a.config.maxStoriesPerProject, 3);
  assert.deepEqual(b.config.structure, ['setup', 'approach', 'outcome']);
  assert.equal(b.config.maxStoriesPerProject, 5);
});

void test('resolver: defaults < overrides (settings) < config file', () => {
  const fs = fakeFs({ '/ws/.storybank.yml': 'maxSeconds: 150\nrules:\n  blame: error\n' });
  const r = new ConfigResolver({ readFile: fs.readFile, overrides: { maxSeconds: 200, minSeconds: 30, rules: { blame: 'off', 'filler-phrase': 'off' } } });
  const c = r.forFile('/ws/a.md').config;
  assert.equal(c.maxSeconds, 150, 'the file wins over settings');
  assert.equal(c.minSeconds, 30, 'settings win over defaults');
  assert.equal(c.wordsPerMinute, 150, 'defaults fill the rest');
  assert.deepEqual(c.rules, { blame: 'error', 'filler-phrase': 'off' });
  // Without a config file, settings apply.
  assert.equal(r.forFile('/other/a.md').config.maxSeconds, 200);
  // New settings take effect at once.
  r.setOverrides({ minSeconds: 20 });
  assert.equal(r.forFile('/ws/a.md').config.minSeconds, 20);
  assert.equal(r.forFile('/other/a.md').config.maxSeconds, 180);
});

void test('resolver: a bad value in the file falls back to the settings value, not past it', () => {
  const fs = fakeFs({ '/ws/.storybank.yml': 'maxSeconds: lots\n' });
  const r = new ConfigResolver({ readFile: fs.readFile, overrides: { maxSeconds: 200 } });
  const res = r.forFile('/ws/a.md');
  assert.equal(res.config.maxSeconds, 200);
  assert.equal(res.findings.length, 1);
  assert.equal(res.findings[0].path, '/ws/.storybank.yml');
});

void test('resolver: an unreadable config file gives a finding on it and the defaults', () => {
  const r = new ConfigResolver({
    readFile: (p) => {
      if (p === '/ws/.storybank.yml') throw new Error('EACCES: permission denied');
      return undefined;
    },
  });
  const res = r.forFile('/ws/stories/a.md');
  assert.equal(res.path, '/ws/.storybank.yml');
  assert.deepEqual(res.config, DEFAULT_CONFIG);
  assert.equal(res.findings.length, 1);
  assert.equal(res.findings[0].ruleId, 'config-invalid');
  assert.equal(res.findings[0].severity, 'error');
  assert.match(res.findings[0].message, /could not be read \(EACCES: permission denied\)/);
});

void test('resolver on the real file system: nearest file, and a folder named .storybank.yml is unreadable', () => {
  const root = mkdtempSync(join(tmpdir(), 'storybank-config-'));
  try {
    mkdirSync(join(root, 'a', 'stories'), { recursive: true });
    mkdirSync(join(root, 'b', '.storybank.yml'), { recursive: true });
    writeFileSync(join(root, 'a', '.storybank.yml'), 'maxSeconds: 111\n');
    const r = new ConfigResolver({ stopAt: root });
    const a = r.forFile(join(root, 'a', 'stories', 'x.md'));
    assert.equal(a.config.maxSeconds, 111);
    assert.deepEqual(a.findings, []);
    const b = r.forFile(join(root, 'b', 'y.md'));
    assert.equal(b.findings.length, 1);
    assert.match(b.findings[0].message, /could not be read/);
    assert.deepEqual(b.config, DEFAULT_CONFIG);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

void test('resolver: stopAt ends the walk', () => {
  const fs = fakeFs({ '/ws/.storybank.yml': 'maxSeconds: 100\n' });
  const r = new ConfigResolver({ readFile: fs.readFile, stopAt: '/ws/project' });
  assert.equal(r.forFile('/ws/project/stories/a.md').path, undefined);
  assert.ok(!fs.reads.includes('/ws/.storybank.yml'), 'nothing above stopAt is read');
  assert.ok(fs.reads.includes('/ws/project/.storybank.yml'), 'stopAt itself is searched');
});

void test('resolver: configFile (the CLI --config) is used for every story; a missing one is a finding', () => {
  const fs = fakeFs({ '/cfg/custom.yml': 'maxSeconds: 99\n', '/ws/.storybank.yml': 'maxSeconds: 150\n' });
  const r = new ConfigResolver({ readFile: fs.readFile, configFile: '/cfg/custom.yml' });
  assert.equal(r.forFile('/ws/a.md').config.maxSeconds, 99);
  const missing = new ConfigResolver({ readFile: fs.readFile, configFile: '/cfg/nope.yml' }).forFile('/ws/a.md');
  assert.equal(missing.findings.length, 1);
  assert.match(missing.findings[0].message, /does not exist/);
});

void test('resolver: lookups and parses are cached per folder and per file until invalidated', () => {
  const fs = fakeFs({ '/ws/.storybank.yml': 'maxSeconds: 100\n' });
  const r = new ConfigResolver({ readFile: fs.readFile });
  assert.equal(r.forFile('/ws/stories/a.md').config.maxSeconds, 100);
  const readsAfterFirst = fs.reads.length;
  assert.equal(r.forFile('/ws/stories/b.md').config.maxSeconds, 100);
  assert.equal(r.forFile('/ws/stories/sub/c.md').config.maxSeconds, 100);
  // c.md's folder is new: it costs one look in /ws/stories/sub, but /ws/stories and /ws are cached.
  assert.equal(fs.reads.length, readsAfterFirst + 2, fs.reads.join(', '));

  // A change to the file is seen only after invalidate(path).
  fs.files['/ws/.storybank.yml'] = 'maxSeconds: 120\n';
  assert.equal(r.forFile('/ws/stories/a.md').config.maxSeconds, 100);
  r.invalidate('/ws/.storybank.yml');
  assert.equal(r.forFile('/ws/stories/a.md').config.maxSeconds, 120);

  // A new, nearer config file takes over once announced.
  fs.files['/ws/stories/.storybank.yml'] = 'maxSeconds: 90\n';
  r.invalidate('/ws/stories/.storybank.yml');
  assert.equal(r.forFile('/ws/stories/a.md').config.maxSeconds, 90);
  assert.equal(r.forFile('/ws/other/d.md').config.maxSeconds, 120);

  // Deleting it, then invalidating everything.
  delete fs.files['/ws/stories/.storybank.yml'];
  r.invalidate();
  assert.equal(r.forFile('/ws/stories/a.md').config.maxSeconds, 120);
});

void test('configFromSettings validates editor settings into overrides and ignores server-only keys', () => {
  const { partial, problems } = configFromSettings({ structure: 'star', maxSeconds: 5000, debounceMs: 300, rules: { blame: 'off', nope: 'error' } });
  assert.deepEqual(partial.structure, ['setup', 'challenge', 'approach', 'outcome']);
  assert.equal(partial.maxSeconds, undefined);
  assert.deepEqual(partial.rules, { blame: 'off' });
  assert.equal(problems.length, 2);
  assert.ok(problems.some((p) => /maxSeconds/.test(p)));
  assert.ok(problems.some((p) => /"nope"/.test(p)));
  assert.deepEqual(configFromSettings(undefined), { partial: {}, problems: [] });
});

void test('a config file that is a link out of its folder, or not a regular file, is refused without quoting it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storybank-cfglink-'));
  try {
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'API_TOKEN=abcdefghijklmnopqrstuvwxyz0123456789\n');
    const bank = join(dir, 'bank');
    mkdirSync(join(bank, 'stories'), { recursive: true });
    symlinkSync(secret, join(bank, '.storybank.yml'));
    const r = new ConfigResolver({ stopAt: bank }).forFile(join(bank, 'stories', 'a.md'));
    const text = JSON.stringify(r.findings);
    assert.ok(r.findings.length > 0, 'the link is reported');
    assert.match(text, /outside the folder/);
    assert.doesNotMatch(text, /API_TOKEN|abcdef/);
    // A value that is not a short word is measured, not quoted.
    writeFileSync(secret, 'unused');
    rmSync(join(bank, '.storybank.yml'));
    writeFileSync(join(bank, '.storybank.yml'), 'API_TOKEN=abcdefghijklmnopqrstuvwxyz0123456789\n');
    const r2 = new ConfigResolver({ stopAt: bank }).forFile(join(bank, 'stories', 'a.md'));
    assert.doesNotMatch(JSON.stringify(r2.findings), /API_TOKEN|abcdef/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('a config file over the size limit is refused from its size, without being read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storybank-cfgbig-'));
  try {
    // A sparse file of 3 GB: reading it took minutes and then failed with the runtime's own error.
    const path = join(dir, '.storybank.yml');
    writeFileSync(path, '');
    truncateSync(path, 3 * 1024 ** 3);
    const t = performance.now();
    const r = new ConfigResolver({ stopAt: dir }).forFile(join(dir, 'a.md'));
    assert.ok(performance.now() - t < 2000, `${performance.now() - t} ms`);
    const text = JSON.stringify(r.findings);
    assert.match(text, /over 256 KB/);
    assert.doesNotMatch(text, /0x1fffffe8|string longer/);
    assert.equal(r.config.maxSeconds, DEFAULT_CONFIG.maxSeconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
