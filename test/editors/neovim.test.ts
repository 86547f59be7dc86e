// The language server in a real Neovim (Debian's 0.7.2 in CI; any later one works too), headless: diagnostics,
// hover, a code action applied, the documentation command, and a story written on disk (Neovim registers no file
// watchers on Linux, so the server's own watcher is what makes that work). The Lua side is neovim.lua.
// Needs `nvim` on PATH (.ci/run installs Debian's neovim); without it the test is skipped, except in CI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { test } from 'node:test';
import { ROOT, SERVER, removeDir, tempCopy } from '../protocol/lsp';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const haveNvim = nvim.status === 0;
if (!haveNvim && process.env.CI === 'true') throw new Error('nvim is not installed: .ci/run installs it (apt-get install neovim)');

void test('Neovim: diagnostics, hover, a code action, the docs command and a story changed on disk', { skip: haveNvim ? false : 'nvim is not on PATH' }, () => {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: npm run build first`);
  const bank = tempCopy(join(ROOT, 'test', 'protocol', 'fixture-bank'));
  const resultFile = join(bank, '.nvim-result.json');
  try {
    const r = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${join(__dirname, 'neovim.lua')}`], {
      cwd: bank,
      env: { ...process.env, SB_SERVER: SERVER, SB_BANK: bank, SB_RESULT: resultFile },
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.ok(existsSync(resultFile), `Neovim wrote no result (exit ${r.status}, signal ${r.signal}): ${r.stderr}${r.stdout}`);
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { ok: boolean; message: string; steps: string[]; nvim: string };
    assert.equal(result.ok, true, `Neovim ${result.nvim} failed at: ${result.message} (passed: ${result.steps.join(', ')})`);
    assert.deepEqual(result.steps, [
      'start the server',
      'open a story and get its diagnostics',
      'hover on the front matter questions',
      'ask for code actions on the filler word',
      'apply "Disable filler-phrase for this line" and see the finding go',
      'run "Open the documentation" through the server command',
      'write a story on disk and see its diagnostics',
      'shut the server down',
    ]);
    assert.equal(r.status, 0);
  } finally {
    removeDir(bank);
  }
});

void test('Neovim: the 0.7 recipe in docs/editors.md, as written, attaches to a story and shows its diagnostics', { skip: haveNvim ? false : 'nvim is not on PATH' }, () => {
  const doc = readFileSync(join(ROOT, 'docs', 'editors.md'), 'utf8');
  const recipe = /<!-- recipe:neovim-0\.7 -->\s*```lua\n([\s\S]*?)```/.exec(doc)?.[1];
  assert.ok(recipe, 'docs/editors.md has the marked Neovim 0.7 recipe');
  assert.match(recipe, /cmd = \{ 'storybank-language-server', '--stdio' \}/, 'the recipe runs the installed binary');
  const bank = tempCopy(join(ROOT, 'test', 'protocol', 'fixture-bank'));
  try {
    // `storybank-language-server` on PATH, as an install puts it: a shim that runs the built server.
    const bin = join(bank, '.bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'storybank-language-server'), `#!/bin/sh\nexec "${process.execPath}" "${SERVER}" "$@"\n`);
    chmodSync(join(bin, 'storybank-language-server'), 0o755);
    writeFileSync(join(bank, '.init.lua'), recipe);
    const result = join(bank, '.recipe-result.txt');
    const check = [
      `edit ${join(bank, 'stories', 'search-outage.md')}`,
      `lua local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50); local f = io.open('${result}', 'w'); f:write(ok and tostring(#vim.diagnostic.get(0)) or 'none'); f:close(); vim.cmd('qall!')`,
    ];
    const r = spawnSync('nvim', ['--headless', '--clean', '-u', join(bank, '.init.lua'), ...check.flatMap((c) => ['-c', c])], {
      cwd: bank,
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.ok(existsSync(result), `no result (exit ${r.status}): ${r.stderr}`);
    const count = readFileSync(result, 'utf8');
    assert.match(count, /^\d+$/, `diagnostics in the buffer through the recipe: ${count} ${r.stderr}`);
    assert.ok(Number(count) > 0);
  } finally {
    removeDir(bank);
  }
});
