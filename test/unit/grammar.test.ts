// The Markdown injection grammar, checked with vscode-tmgrammar-test against VS Code's own Markdown grammar
// (test/grammar/base/). The scope assertions live in test/grammar/*.test.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const base = ['test/grammar/base/markdown.tmLanguage.json', 'test/grammar/base/yaml-stub.tmLanguage.json'];

function runTmGrammarTest(pattern: string): { status: number | null; out: string } {
  // package.json (the default --config) contributes the injection grammar with injectTo text.html.markdown.
  const r = spawnSync('npx', ['--no-install', 'vscode-tmgrammar-test', ...base.flatMap((g) => ['-g', g]), pattern], { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}`.split('\n').filter((l) => !l.startsWith('grammar not found')).join('\n') };
}

void test('the injection grammar is contributed for Markdown', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string; path: string; injectTo?: string[] }[] } };
  const g = pkg.contributes.grammars.find((x) => x.scopeName === 'storybank.markdown.injection');
  assert.ok(g);
  assert.deepEqual(g.injectTo, ['text.html.markdown']);
  const grammar = JSON.parse(readFileSync(join(root, g.path), 'utf8')) as { scopeName: string; injectionSelector: string };
  assert.equal(grammar.scopeName, g.scopeName);
  assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
});

void test('every scope assertion in test/grammar passes', () => {
  const files = readdirSync(join(root, 'test/grammar')).filter((f) => f.endsWith('.test.md'));
  assert.ok(files.length >= 4);
  const { status, out } = runTmGrammarTest('test/grammar/*.test.md');
  assert.equal(status, 0, out);
  for (const f of files) assert.ok(out.includes(`test/grammar/${f} run successfuly`), `${f}:\n${out}`);
});

void test('a wrong assertion fails (the check is real)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storybank-grammar-'));
  const file = join(dir, 'wrong.test.md');
  writeFileSync(file, '<!-- SYNTAX TEST "text.html.markdown" "must fail"\n## Situation\n<!-- <~~~--------- keyword.other.part.outcome.storybank\n');
  const { status, out } = runTmGrammarTest(file);
  assert.notEqual(status, 0, out);
  assert.match(out, /missing required scopes: keyword\.other\.part\.outcome\.storybank/);
});
