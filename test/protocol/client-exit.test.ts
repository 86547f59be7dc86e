// The test client lets its process exit once it has killed a server, even a server killed in the middle of a
// message. vscode-jsonrpc's stream reader arms a 10 s timer while a message has arrived only in part, re-arms it
// for as long as no more of it comes and does not clear it when the connection is disposed: a server killed
// mid-message kept a protocol test file's process alive for good after all its tests had passed (issue 10; seen
// in a fresh-clone CI run, deadline.test.ts alive 7+ minutes). Here a stand-in server writes half a message and
// waits; a child process builds a TestClient on it, kills it once the half has arrived, and must then exit by
// itself, well before the reader's 10 s timer would fire.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { removeDir, ROOT } from './lsp';

const dir = mkdtempSync(join(tmpdir(), 'storybank-client-exit-'));
after(() => removeDir(dir));

void it('exits by itself after killing a server that was cut off in the middle of a message', async () => {
  const server = join(dir, 'half-message-server.js');
  writeFileSync(server, "process.stdout.write('Content-Length: 100\\r\\n\\r\\n{\"jsonrpc\":\"2.0\"');\nsetInterval(() => undefined, 1000);\n");
  const script = join(dir, 'client.ts');
  writeFileSync(
    script,
    [
      `import { TestClient } from ${JSON.stringify(join(ROOT, 'test', 'protocol', 'lsp.ts'))};`,
      'const client = new TestClient();',
      "client.proc.stdout.once('data', () => setTimeout(() => { client.kill(); console.log('killed'); }, 200));",
      '',
    ].join('\n'),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, STORYBANK_SERVER: server }, stdio: 'pipe' });
  let out = '';
  let killedAt = 0;
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (!killedAt && out.includes('killed')) killedAt = performance.now();
  });
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    new Promise<number | null>((res) => child.on('exit', (c) => res(c))),
    new Promise<'alive'>((res) => (timer = setTimeout(() => res('alive'), 30_000))),
  ]);
  clearTimeout(timer);
  if (code === 'alive') child.kill('SIGKILL');
  assert.match(out, /killed/, `the client never received the half message: ${out}`);
  assert.equal(code, 0, `the client's process was still alive 30 s after it was started: ${out}`);
  // The reader's timer fires after 10 s and re-arms itself; exiting well before that shows nothing holds the process.
  const elapsed = performance.now() - killedAt;
  assert.ok(elapsed < 8_000, `the client's process took ${elapsed.toFixed(0)} ms to exit after the kill`);
});
