// `storybank-language-server --help` and `--version` answer and exit 0 instead of starting a server (editors and
// people try them first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import pkg from '../../package.json';
import { SERVER } from './lsp';

void test('--help describes the transports and exits 0', () => {
  const r = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /--stdio/);
  assert.match(r.stdout, /--node-ipc/);
  assert.match(r.stdout, /storybank check|`storybank`/);
});

void test('--version prints the package version and exits 0', () => {
  const r = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), (pkg as { version: string }).version);
});
