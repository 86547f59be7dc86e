// The language server's web build (dist/web/server.js, the script VS Code for the Web starts in a web worker),
// run in a JavaScript context that has only what a web worker has: no require, no process, no Buffer, no file
// system. It speaks LSP over postMessage and reads the bank only by asking the client (storybank/listFiles,
// storybank/readFile), which this test answers from an in-memory copy of the integration fixture bank. Its
// findings must be the Node server's on the same bank: the analysis core is the same code. (The web build in the real
// workbench's web worker extension host: test/integration/web, `npm run test:web`.)
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it, before, after } from 'node:test';
import vm from 'node:vm';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { BankIndexRequest, type BankIndex } from '../../server/src/protocol';
import { ROOT, TestClient, fileUri, removeDir, tempCopy } from './lsp';

const BUNDLE = join(ROOT, 'dist', 'web', 'server.js');
const FIXTURE = join(ROOT, 'test', 'integration', 'fixture-bank');
const FOLDER = 'memfs:/bank';

type Message = { jsonrpc: '2.0'; id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(`${FOLDER}/${relative(dir, p).split('\\').join('/')}`, readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** The web server in a worker-like context, and a small LSP client over its postMessage. */
class WebServer {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly logs: string[] = [];
  readonly requested: string[] = [];
  /** The params of each storybank/readFile request. */
  readonly reads: { uri: string; maxBytes?: number }[] = [];
  private onmessage: ((e: { data: Message }) => void) | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly waiters: (() => void)[] = [];
  readonly globals: Record<string, unknown>;

  constructor(private readonly files: Map<string, string>) {
    const receive = (m: Message): void => this.receive(m);
    const setListener = (f: (e: { data: Message }) => void): void => {
      this.onmessage = f;
    };
    const logError = (line: string): void => void this.logs.push(line);
    const timers = { setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask };
    // What a dedicated worker's global scope offers that the bundle may use; nothing of Node's.
    this.globals = {
      ...timers,
      console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: (...a: unknown[]) => logError(a.join(' ')), debug: () => undefined },
      TextEncoder,
      TextDecoder,
      atob,
      btoa,
      URL,
      performance: { now: () => performance.now() },
      // Copied out of the context, as postMessage would (its arrays and objects are of another realm).
      postMessage: (m: Message) => {
        const copy = JSON.parse(JSON.stringify(m)) as Message;
        setImmediate(() => receive(copy));
      },
      addEventListener: () => undefined,
    };
    Object.defineProperty(this.globals, 'onmessage', { set: setListener });
    const context = vm.createContext(this.globals);
    vm.runInContext('globalThis.self = globalThis;', context);
    vm.runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: BUNDLE });
  }

  private send(m: Message): void {
    assert.ok(this.onmessage, 'the server listens for messages');
    this.onmessage({ data: JSON.parse(JSON.stringify(m)) as Message });
  }

  private receive(m: Message): void {
    if (m.method !== undefined && m.id !== undefined) {
      this.requested.push(m.method);
      this.send({ jsonrpc: '2.0', id: m.id, result: this.answer(m.method, m.params) });
    } else if (m.id !== undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    } else if (m.method === 'textDocument/publishDiagnostics') {
      const p = m.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(p.uri, p.diagnostics);
    } else if (m.method === 'window/logMessage') {
      this.logs.push((m.params as { message: string }).message);
    }
    for (const w of this.waiters.splice(0)) w();
  }

  private answer(method: string, params: unknown): unknown {
    if (method === 'storybank/listFiles') {
      const folders = (params as { folders: string[] }).folders;
      return { uris: [...this.files.keys()].filter((u) => folders.some((f) => u.startsWith(`${f}/`))) };
    }
    if (method === 'storybank/readFile') {
      // As the client does (client/src/browser.ts): a file over `maxBytes` is not read, its size is answered.
      const p = params as { uri: string; maxBytes?: number };
      this.reads.push(p);
      const text = this.files.get(p.uri);
      if (text !== undefined && p.maxBytes !== undefined && text.length > p.maxBytes) return { error: 'too large', size: text.length };
      return text === undefined ? { error: 'no such file' } : { text };
    }
    if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => ({ debounceMs: 0 }));
    return null;
  }

  request<R>(method: string, params?: unknown): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result as R)));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves once `predicate` holds, re-checked after each message; fails after `ms`. */
  async until(predicate: () => boolean, what: string, ms = 30_000): Promise<void> {
    const end = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; server log: ${this.logs.join(' | ')}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }
}

const codes = (list: Diagnostic[] | undefined): string[] => [...new Set((list ?? []).map((d) => String(d.code)))].sort();

void describe('the web build of the server (dist/web/server.js) in a worker-like context without Node', () => {
  let server: WebServer;
  const files = readTree(FIXTURE);
  const uri = (rel: string): string => `${FOLDER}/${rel}`;

  before(async () => {
    server = new WebServer(files);
    const init = await server.request<{ serverInfo?: { name: string }; capabilities: { hoverProvider?: boolean } }>('initialize', {
      processId: null,
      rootUri: FOLDER,
      workspaceFolders: [{ uri: FOLDER, name: 'bank' }],
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { ruleDocsBase: 'memfs:/extension/docs/rules' },
    });
    assert.equal(init.serverInfo?.name, 'storybank-language-server (web)');
    assert.equal(init.capabilities.hoverProvider, true);
    server.notify('initialized', {});
    await server.until(() => server.logs.some((l) => /^Indexed \d+ stories/.test(l)), 'the bank to be indexed');
  });

  after(() => {
    server?.notify('exit');
  });

  void it('has none of Node in its global scope', () => {
    for (const name of ['require', 'process', 'Buffer', 'module', '__dirname', 'setImmediate']) {
      assert.equal(vm.runInContext(`typeof ${name}`, vm.createContext(server.globals)), 'undefined', `${name} is not there`);
    }
  });

  void it('reads the bank only through the client', () => {
    assert.ok(server.requested.includes('storybank/listFiles'), 'asks the client for the files');
    const reads = server.requested.filter((m) => m === 'storybank/readFile').length;
    assert.equal(reads, [...files.keys()].filter((u) => /\.(md|yml)$/.test(u)).length, 'reads each Markdown and config file once');
  });

  void it('finds on unopened stories what the Node server finds on the same bank', async () => {
    const dir = tempCopy(FIXTURE);
    const node = new TestClient({ settings: { debounceMs: 0 } });
    try {
      await node.initialize([dir]);
      let index = await node.conn.sendRequest(BankIndexRequest.type);
      for (let i = 0; i < 100 && (index.indexing || index.stories.length < 3); i++) {
        await node.waitForBankChange(index.version);
        index = await node.conn.sendRequest(BankIndexRequest.type);
      }
      const root = fileUri(dir);
      const nodeFindings = [...node.published.keys()].flatMap((u) => (node.lastDiagnostics(u) ?? []).map((d) => `${u.slice(root.length + 1)} ${String(d.code)} ${d.range.start.line + 1}:${d.range.start.character + 1}`)).sort();
      const web = [...server.diagnostics].flatMap(([u, list]) => list.map((d) => `${u.slice(FOLDER.length + 1)} ${String(d.code)} ${d.range.start.line + 1}:${d.range.start.character + 1}`)).sort();
      assert.ok(nodeFindings.length > 10, `the Node server finds things in the fixture bank (${nodeFindings.length})`);
      assert.deepEqual(web, nodeFindings);
    } finally {
      await node.shutdown().catch(() => node.kill());
      removeDir(dir);
    }
  });

  void it('applies the bank config and links findings to the bundled rule pages', () => {
    const list = server.diagnostics.get(uri('stories/vendor-outage.md'));
    assert.ok(codes(list).includes('unknown-question') && codes(list).includes('blame'), `got ${codes(list).join(', ')}`);
    assert.ok(!codes(list).includes('too-short'), 'too-short is off in .storybank.yml');
    const blame = list?.find((d) => d.code === 'blame');
    assert.equal(blame?.codeDescription?.href, 'memfs:/extension/docs/rules/blame.md');
  });

  void it('asks for config files with the config size limit, and says when one is over it', async () => {
    // A config of 300 KB beside the fixture bank's: asked for with a 256 KB limit, so the client never reads it
    // whole (as the Node server measures a config before reading it); the config gets a finding that says why.
    const big = `${FOLDER}/big/.storybank.yml`;
    const other = new WebServer(new Map([...files, [big, `# ${'x'.repeat(300 * 1024)}\n`]]));
    try {
      await other.request('initialize', { processId: null, rootUri: FOLDER, workspaceFolders: [{ uri: FOLDER, name: 'bank' }], capabilities: { workspace: { configuration: true } } });
      other.notify('initialized', {});
      await other.until(() => other.logs.some((l) => /^Indexed \d+ stories/.test(l)), 'the bank to be indexed');
      const configReads = other.reads.filter((r) => r.uri.endsWith('.storybank.yml'));
      assert.ok(configReads.length >= 2, `${configReads.length} config reads`);
      for (const r of configReads) assert.equal(r.maxBytes, 256 * 1024, r.uri);
      assert.ok(other.reads.filter((r) => r.uri.endsWith('.md')).every((r) => r.maxBytes === undefined), 'stories are read with the client\'s own limit');
      await other.until(() => (other.diagnostics.get(big) ?? []).length > 0, 'a finding on the large config');
      assert.match(other.diagnostics.get(big)?.[0]?.message ?? '', /it is 300 KB; config files over 256 KB are not read/);
    } finally {
      other.notify('exit');
    }
  });

  void it('answers the bank index, and checks and hovers an opened story from its text', async () => {
    const index = await server.request<BankIndex>('storybank/bankIndex');
    assert.deepEqual(index.stories.map((s) => s.title).sort(), ['Helping a new hire find her feet', 'Making checkout retries safe', 'Riding out a storage vendor outage']);
    const story = uri('stories/checkout-retries.md');
    const saved = files.get(story)!;
    assert.ok(codes(server.diagnostics.get(story)).includes('filler-phrase'), 'the saved story has a filler word');
    // The editor's text, not the saved file, is what an open story is checked from.
    const text = saved.replace('I basically proposed', 'I proposed');
    assert.notEqual(text, saved);
    server.notify('textDocument/didOpen', { textDocument: { uri: story, languageId: 'markdown', version: 1, text } });
    await server.until(() => !codes(server.diagnostics.get(story)).includes('filler-phrase'), 'the filler finding to go with the opened text');
    const line = text.split('\n').findIndex((l) => l.startsWith('questions: ['));
    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: story }, position: { line, character: 'questions: ['.length } });
    assert.match(JSON.stringify(hover?.contents ?? ''), /Q6|question 6/i);
  });
});
