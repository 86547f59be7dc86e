// The one discovery (server/src/discovery.ts): the walk, its link policy, and which walked files are stories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { reachedWithoutLinks, storyDecision, walkFolder } from '../../server/src/discovery';

function temp(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'storybank-discovery-')));
}

void test('the walk finds .md and .markdown files and config files, never follows a link, and says what it left out', () => {
  const dir = temp();
  try {
    mkdirSync(join(dir, 'stories', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    mkdirSync(join(dir, '.hidden'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'stories', 'a.md'), '# A\n');
    writeFileSync(join(dir, 'stories', 'sub', 'b.MARKDOWN'), '# B\n');
    writeFileSync(join(dir, 'dist', 'c.md'), '# C\n');
    writeFileSync(join(dir, 'node_modules', 'x', 'd.md'), '# D\n');
    writeFileSync(join(dir, '.hidden', 'e.md'), '# E\n');
    writeFileSync(join(dir, '.storybank.yml'), 'maxSeconds: 100\n');
    writeFileSync(join(dir, 'notes.txt'), 'not markdown\n');
    symlinkSync('..', join(dir, 'stories', 'loop'));
    symlinkSync(join(dir, 'stories', 'a.md'), join(dir, 'again.md'));
    symlinkSync(join(dir, 'missing.md'), join(dir, 'dangling.md'));
    const w = walkFolder(dir);
    assert.deepEqual(w.markdown, [join(dir, 'dist', 'c.md'), join(dir, 'stories', 'a.md'), join(dir, 'stories', 'sub', 'b.MARKDOWN')]);
    assert.deepEqual(w.configs, [join(dir, '.storybank.yml')]);
    const left = new Map(w.leftOut.map((l) => [l.path, l.reason]));
    for (const p of ['stories/loop', 'again.md', 'dangling.md']) assert.match(left.get(join(dir, p)) ?? '', /symbolic link/, p);
    assert.match(left.get(join(dir, 'node_modules')) ?? '', /not searched/);
    assert.match(left.get(join(dir, '.hidden')) ?? '', /hidden folder/);
    assert.equal(reachedWithoutLinks(join(dir, 'stories', 'a.md'), dir), true);
    assert.equal(reachedWithoutLinks(join(dir, 'stories', 'loop', 'stories', 'a.md'), dir), false);
    assert.equal(reachedWithoutLinks(join(dir, 'again.md'), dir), false);
    assert.equal(reachedWithoutLinks('/elsewhere/a.md', dir), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('which walked files are stories: named, a named folder, the editor; broken front matter stays a story', () => {
  const none = { config: DEFAULT_CONFIG, findings: [] };
  const plain = '# Notes\n\nNo front matter.\n';
  const broken = '---\nquestions: [6, 10\n---\n# Broken\n';
  // A folder named on the command line with no config of its own: every Markdown file but node_modules.
  assert.deepEqual(storyDecision('/b/notes/x.md', plain, none, 'cli-folder', '/b'), { story: true });
  const nm = storyDecision('/b/node_modules/p/x.md', plain, none, 'cli-folder', '/b');
  assert.equal(nm.story, false);
  // The editor (and a config that sets include): the include globs, or front matter that names questions.
  assert.equal(storyDecision('/b/notes/x.md', plain, none, 'editor', '/b').story, false);
  assert.equal(storyDecision('/b/stories/x.md', plain, none, 'editor', '/b').story, true);
  assert.equal(storyDecision('/b/notes/x.md', broken, none, 'editor', '/b').story, true, 'broken front matter with a questions line is a story');
  const scoped = { config: { ...DEFAULT_CONFIG, include: ['bank/**'], exclude: ['bank/drafts/**'] }, path: '/b/.storybank.yml', fileSets: ['include', 'exclude'], findings: [] };
  assert.equal(storyDecision('/b/bank/x.md', plain, scoped, 'cli-folder', '/b').story, true);
  const out = storyDecision('/b/other/x.md', plain, scoped, 'cli-folder', '/b');
  assert.ok(!out.story && /outside `include`/.test(out.reason));
  const ex = storyDecision('/b/bank/drafts/x.md', plain, scoped, 'cli-folder', '/b');
  assert.ok(!ex.story && /matches `exclude`/.test(ex.reason));
  // A named file is always checked.
  assert.deepEqual(storyDecision('/b/other/x.md', plain, scoped, 'named', '/b'), { story: true });
});
