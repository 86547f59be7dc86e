// JSON-RPC framing: the real server process (over stdio) must treat a malformed message as an error it reports
// and then keep answering, never as a hang. Each malformed message is written as raw bytes between well-framed
// requests, and the test waits (with a timeout) for the well-framed requests' answers.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FrameGuard } from '../../server/src/framing';
import { removeDir, ROOT, tempCopy, TestClient } from './lsp';

const FIXTURE = join(ROOT, 'test', 'protocol', 'fixture-bank');

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** `p`, or a failure naming `what` after `ms`. */
async function within<T>(p: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, rej) => {
    timer = setTimeout(() => rej(new Error(what())), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

const request = (id: number, method: string, params: unknown = null) => JSON.stringify({ jsonrpc: '2.0', id, method, params });

/** Malformed inputs, each followed in the stream by well-framed messages. */
const BROKEN: Record<string, string> = {
  'a header without Content-Length': `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${request(900, 'shutdown')}`,
  'a Content-Length that is not a number': `Content-Length: twelve\r\n\r\n${request(901, 'shutdown')}`,
  'a header line without a colon': `Content-Length 40\r\n\r\n${request(902, 'shutdown')}`,
  'bytes before the header': `}}garbage${frame(JSON.stringify({ jsonrpc: '2.0', method: '$/noSuchNotification' }))}`,
  'a header block that never ends': `X-Filler: ${'x'.repeat(20_000)}`,
  'a body that is not JSON': frame('{"jsonrpc": "2.0", "id": 904, "method": '),
  'a Content-Length far too large': `Content-Length: 99999999999\r\n\r\n{}`,
};

void describe('JSON-RPC framing over stdio', () => {
  void it('reports each malformed message and answers the requests that follow it', async () => {
    const dir = tempCopy(FIXTURE);
    const client = new TestClient();
    try {
      // Before initialize: a header without Content-Length used to stop the server answering for good.
      client.proc.stdin.write(BROKEN['a header without Content-Length']);
      const init = await within(client.initialize([dir]), 10_000, () => `no answer to initialize after a bad header; stderr: ${client.stderr.join('')}`);
      assert.ok(init.capabilities.hoverProvider);
      for (const [name, bytes] of Object.entries(BROKEN)) {
        const before = client.stderr.join('').split('cannot read').length;
        client.proc.stdin.write(bytes);
        const answer = await within(client.conn.sendRequest('storybank/stats'), 10_000, () => `no answer after ${name}; stderr: ${client.stderr.join('').slice(-1000)}`);
        assert.ok(answer && typeof answer === 'object', `an answer after ${name}`);
        if (name !== 'a body that is not JSON') {
          // The guard says what was wrong (the JSON error is the JSON-RPC library's to report).
          assert.ok(client.stderr.join('').split('cannot read').length > before, `an error reported for ${name}`);
        }
      }
      // Nothing of the skipped bytes is quoted back.
      assert.ok(!client.stderr.join('').includes('xxxxxxxxxx'));
      assert.ok(client.logs.some((m) => m.includes('no Content-Length header')), 'the client is told too (window/logMessage)');
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
      removeDir(dir);
    }
  });
});

void describe('FrameGuard', () => {
  function run(chunks: (string | Buffer)[]): { out: string; errors: string[] } {
    const errors: string[] = [];
    const g = new FrameGuard((m) => errors.push(m));
    const out: Buffer[] = [];
    g.on('data', (d: Buffer) => out.push(d));
    for (const c of chunks) g.write(typeof c === 'string' ? Buffer.from(c) : c);
    g.end();
    return { out: Buffer.concat(out).toString(), errors };
  }

  void it('passes well-framed messages through, split anywhere', () => {
    const stream = frame('{"a":1}') + frame('{"b":"é"}');
    const bytes = Buffer.from(stream);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const r = run([bytes.subarray(0, cut), bytes.subarray(cut)]);
      assert.equal(r.out, stream);
      assert.deepEqual(r.errors, []);
    }
  });

  void it('skips a malformed message and keeps the next one, byte by byte too', () => {
    const good = frame('{"ok":true}');
    const stream = `Content-Type: x\r\n\r\n{"lost":1}${good}`;
    const whole = run([stream]);
    assert.equal(whole.out, good);
    assert.equal(whole.errors.length, 1);
    const bytewise = run([...Buffer.from(stream)].map((b) => Buffer.from([b])));
    assert.equal(bytewise.out, good);
    assert.equal(bytewise.errors.length, 1);
  });
});
