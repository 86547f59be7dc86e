// A small LSP client for the protocol tests and the server benchmark: spawns the real built server
// (`node dist/server.js --stdio`), answers the server's requests, and lets tests wait on notifications
// (never on sleeps: every wait has a timeout that fails the test).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  type Diagnostic,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { BankIndexChangedNotification, type StoryBankSettings } from '../../server/src/protocol';

export const ROOT = resolve(__dirname, '../..');
/** The built server; STORYBANK_SERVER points the tests and the benchmark at another build. */
export const SERVER = process.env.STORYBANK_SERVER ?? join(ROOT, 'dist', 'server.js');

export function fileUri(path: string): string {
  return URI.file(path).toString();
}

/** A temp copy of a fixture folder (realpath'd so URIs match what the server computes). */
export function tempCopy(fixture: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'storybank-lsp-')));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

interface Waiter<T> {
  test: (v: T) => boolean;
  resolve: (v: T) => void;
}

export class TestClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: MessageConnection;
  /** Every publication per URI, oldest first. */
  readonly published = new Map<string, Diagnostic[][]>();
  /** When (performance.now()) the first publication for each URI arrived. */
  readonly firstPublishedAt = new Map<string, number>();
  readonly bankVersions: number[] = [];
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  settings: StoryBankSettings;
  private readonly diagWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly bankWaiters: Waiter<number>[] = [];
  readonly exited: Promise<number | null>;
  /** While set, answers to workspace/configuration wait for it (see holdConfiguration). */
  private configGate?: Promise<void>;
  private readonly configWaiters: (() => void)[] = [];

  constructor(opts: { settings?: StoryBankSettings; cwd?: string; env?: Record<string, string> } = {}) {
    this.settings = opts.settings ?? { debounceMs: 0 };
    // STORYBANK_SERVER_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    const nodeArgs = (process.env.STORYBANK_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
    this.proc = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { cwd: opts.cwd ?? ROOT, stdio: 'pipe', env: { ...process.env, ...opts.env } });
    this.exited = new Promise((res) => this.proc.on('exit', (code) => res(code)));
    this.proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    // No partial-message timer: vscode-jsonrpc's reader arms a 10 s timer whenever a message has arrived only in
    // part, re-arms it forever while no more of it comes, and does not clear it on dispose. A server killed in the
    // middle of a message (kill() below) then kept the test file's process alive after its tests had passed.
    const reader = new StreamMessageReader(this.proc.stdout);
    reader.partialMessageTimeout = 0;
    this.conn = createMessageConnection(reader, new StreamMessageWriter(this.proc.stdin));
    this.conn.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
      for (const w of this.configWaiters.splice(0)) w();
      await this.configGate;
      return params.items.map(() => this.settings);
    });
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('client/unregisterCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p.diagnostics);
      this.published.set(p.uri, list);
      if (!this.firstPublishedAt.has(p.uri)) this.firstPublishedAt.set(p.uri, performance.now());
      for (const w of [...this.diagWaiters]) {
        if (w.test(p)) {
          this.diagWaiters.splice(this.diagWaiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.conn.onNotification(BankIndexChangedNotification.type, (p) => {
      this.bankVersions.push(p.version);
      for (const w of [...this.bankWaiters]) {
        if (w.test(p.version)) {
          this.bankWaiters.splice(this.bankWaiters.indexOf(w), 1);
          w.resolve(p.version);
        }
      }
    });
    this.conn.listen();
  }

  async initialize(folders: string[], initializationOptions: unknown = {}, processId: number = process.pid): Promise<InitializeResult> {
    const result = await this.conn.sendRequest(InitializeRequest.type, {
      processId,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: f })),
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await this.conn.sendNotification(InitializedNotification.type, {});
    return result;
  }

  private withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const t = new Promise<never>((_, rej) => {
      timer = setTimeout(() => rej(new Error(`Timed out after ${ms} ms waiting for ${what}. Server stderr: ${this.stderr.join('').slice(-2000)}`)), ms);
    });
    return Promise.race([p, t]).finally(() => clearTimeout(timer));
  }

  /** The next publication for `uri` that satisfies `test` (a past one counts when `includeLast` and it satisfies). */
  waitForDiagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true, opts: { includeLast?: boolean; timeout?: number } = {}): Promise<Diagnostic[]> {
    const last = this.published.get(uri)?.at(-1);
    if (opts.includeLast && last && test(last)) return Promise.resolve(last);
    const p = new Promise<PublishDiagnosticsParams>((resolve) => this.diagWaiters.push({ test: (x) => x.uri === uri && test(x.diagnostics), resolve }));
    return this.withTimeout(
      p.then((x) => x.diagnostics),
      opts.timeout ?? 10_000,
      `diagnostics for ${uri}`,
    );
  }

  /** Resolves when a bankIndexChanged notification with a version above `after` arrives (or already has). */
  waitForBankChange(after = -1, timeout = 15_000): Promise<number> {
    const seen = this.bankVersions.find((v) => v > after);
    if (seen !== undefined) return Promise.resolve(seen);
    return this.withTimeout(new Promise<number>((resolve) => this.bankWaiters.push({ test: (v) => v > after, resolve })), timeout, 'storybank/bankIndexChanged');
  }

  /**
   * Holds every answer to workspace/configuration until the returned function is called: the server's first index
   * asks for the settings as it starts, so a test can act while that index is under way.
   */
  holdConfiguration(): () => void {
    let release = (): void => undefined;
    this.configGate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.configGate = undefined;
      release();
    };
  }

  /** Resolves when the server next asks for the settings (workspace/configuration). */
  nextConfigurationRequest(timeout = 10_000): Promise<void> {
    return this.withTimeout(new Promise<void>((resolve) => this.configWaiters.push(resolve)), timeout, 'workspace/configuration');
  }

  lastDiagnostics(uri: string): Diagnostic[] | undefined {
    return this.published.get(uri)?.at(-1);
  }

  /** Resolves with the exit code when the server process exits, or fails after `timeout`. */
  waitForExit(timeout = 10_000): Promise<number | null> {
    return this.withTimeout(this.exited, timeout, 'the server to exit');
  }

  async shutdown(): Promise<number | null> {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    return this.withTimeout(this.exited, 5000, 'the server to exit');
  }

  /**
   * Stops the server at once (no shutdown) and lets go of everything that ties this process to it: the connection,
   * the three pipes and the child handle. A pipe left open (a server slow to die under SIGTERM, or output not read
   * to its end) kept a test file's process alive for minutes after its tests had passed.
   */
  kill(): void {
    this.conn.dispose();
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
    this.proc.stdin.destroy();
    this.proc.stdout.destroy();
    this.proc.stderr.destroy();
    this.proc.unref();
  }
}
