// The web extension entry (package.json `browser`, dist/web/client.js; VS Code for the Web): starts the language
// server's web build (dist/web/server.js) in a web worker and answers its file requests with the editor's file
// system (`vscode.workspace.fs`), so the server checks the whole bank with no Node and no disk of its own.
import * as vscode from 'vscode';
import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { decodeStoryBytes } from '../../server/src/core/encoding';
import { ListFilesRequest, ReadFileRequest, type ListFilesResult, type ReadFileResult } from '../../server/src/protocol';
import type { StoryBankApi } from './api';
import { activateWith } from './start';

export { deactivate } from './start';

/** The browser's Worker and Blob (the project compiles without the DOM lib). */
interface WebWorker {
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => WebWorker;
declare const Blob: new (parts: string[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

/** The most files one listing hands the server (the Node server's walk stops at 50,000 too). */
const MAX_FILES = 50_000;
/** Files larger than this are not read (the core does not analyse them either). */
const MAX_READ_BYTES = 16 * 1024 * 1024;
const isBankFile = (name: string): boolean => /\.(md|markdown)$/i.test(name) || name === '.storybank.yml' || name === '.storybank.yaml';
/** Folders never walked (as on the Node server). */
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * The bank's files under the folders, by walking them with `vscode.workspace.fs` (as the Node server walks the
 * disk). Not `findFiles`: in the browser's extension host a folder served by a remote has no search provider, and
 * `findFiles` waits for one forever. Eight folders are read at a time.
 */
async function listFiles(folders: string[]): Promise<ListFilesResult> {
  const uris: string[] = [];
  let queue = folders.map((f) => vscode.Uri.parse(f));
  while (queue.length > 0) {
    const next: vscode.Uri[] = [];
    for (let i = 0; i < queue.length; i += 8) {
      const listed = await Promise.all(
        queue.slice(i, i + 8).map(async (dir) => ({ dir, entries: await Promise.resolve(vscode.workspace.fs.readDirectory(dir)).catch(() => [] as [string, vscode.FileType][]) })),
      );
      for (const { dir, entries } of listed) {
        for (const [name, type] of entries) {
          const uri = vscode.Uri.joinPath(dir, name);
          if (type & vscode.FileType.Directory) {
            if (!SKIPPED.has(name) && !(type & vscode.FileType.SymbolicLink)) next.push(uri);
          } else if (type & vscode.FileType.File && isBankFile(name)) {
            if (uris.length >= MAX_FILES) return { uris, truncated: true };
            uris.push(uri.toString());
          }
        }
      }
    }
    queue = next;
  }
  return { uris };
}

/**
 * The address a worker can start the server from. A worker starts from an http(s) address; the extension's own
 * files may have another scheme (`vscode-remote:` when code-server or a remote serves the extension to the
 * browser's extension host, which refuses such workers), so then the script is fetched (the extension host
 * resolves the address) and started from a blob.
 */
async function workerUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme === 'http' || script.scheme === 'https') return script.toString(true);
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`could not load the server script ${script.toString(true)}: HTTP ${response.status}`);
  return URL.createObjectURL(new Blob([await response.text()], { type: 'application/javascript' }));
}

/**
 * The web language client: each start gets a new worker, and a stop ends it (the browser server cannot exit on
 * its own), so Restart Server and a restart after a crash begin from a fresh server.
 */
class WorkerLanguageClient extends BaseLanguageClient {
  private worker: WebWorker | undefined;

  constructor(id: string, name: string, options: LanguageClientOptions, private readonly url: string) {
    super(id, name, options);
  }

  protected override createMessageTransports(): Promise<MessageTransports> {
    this.worker?.terminate();
    const worker = new Worker(this.url, { name: 'Story Bank server' });
    this.worker = worker;
    return Promise.resolve({ reader: new BrowserMessageReader(worker as never), writer: new BrowserMessageWriter(worker as never) });
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.worker?.terminate();
      this.worker = undefined;
    }
  }
}

async function readFile(uri: string, maxBytes = MAX_READ_BYTES): Promise<ReadFileResult> {
  try {
    const u = vscode.Uri.parse(uri);
    const stat = await vscode.workspace.fs.stat(u);
    // Measured before it is read: the server asks for config files with a smaller limit (256 KB).
    const limit = Math.min(maxBytes, MAX_READ_BYTES);
    if (stat.size > limit) return { error: `the file is ${Math.round(stat.size / 1024)} KB; it is not read past ${Math.round(limit / 1024)} KB`, size: stat.size };
    // Decoded as the Node server decodes a file on disk: UTF-8, or UTF-16 with a byte order mark or sniffed.
    return { text: decodeStoryBytes(await vscode.workspace.fs.readFile(u)).text };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<StoryBankApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const url = await workerUrl(serverMain);
  return activateWith(
    context,
    (id, name, options) => new WorkerLanguageClient(id, name, options, url),
    {
      // Folders the browser gets from elsewhere: a remote or code-server (vscode-remote), an in-memory or test file
      // system (memfs, vscode-test-web), GitHub (vscode-vfs is shared with the Node entry).
      schemes: ['vscode-remote', 'memfs', 'vscode-test-web', 'github'],
      initializationOptions: { ruleDocsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() },
      beforeStart: (client: BaseLanguageClient) => [
        client.onRequest(ListFilesRequest.type, (params) => listFiles(params.folders)),
        client.onRequest(ReadFileRequest.type, (params) => readFile(params.uri, typeof params.maxBytes === 'number' ? params.maxBytes : undefined)),
      ],
    },
  );
}
