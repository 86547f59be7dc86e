// The language server in a real Neovim (Debian's 0.7.2 in CI; any later one works too), headless: diagnostics,
// hover, a code action applied, the documentation command, and a story written on disk (Neovim registers no file
// watchers on Linux, so the server's own watcher is what makes that work). The Lua side is neovim.lua.
// Needs `nvim` on PATH (.ci/run installs Debian's neovim); without it the test is skipped, except in CI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
