// The web extension entry (package.json `browser`, dist/web/client.js; VS Code for the Web): starts the language
// server's web build (dist/web/server.js) in a web worker and answers its file requests with the editor's file
// system (`vscode.workspace.fs`), so the server checks the whole bank with no Node and no disk of its own.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ListFilesRequest, ReadFileRequest, type ListFilesResult, type ReadFileResult } from '../../server/src/protocol';
import type { StoryBankApi } from './api';
import { activateWith } from './start';

export { deactivate } from './start';

/** The web worker constructor of the browser-side extension host (the project compiles without the DOM lib). */
declare const Worker: new (url: string) => never;

/** The most files one listing hands the server (the Node server's walk stops at 50,000 too). */
const MAX_FILES = 50_000;
/** Files larger than this are not read (the core does not analyse them either). */
const MAX_READ_BYTES = 16 * 1024 * 1024;

async function listFiles(folders: string[]): Promise<ListFilesResult> {
  const wanted = new Set(folders.map((f) => f.replace(/\/+$/, '')));
  const found = await vscode.workspace.findFiles('**/{*.md,*.markdown,.storybank.yml,.storybank.yaml}', '**/node_modules/**', MAX_FILES + 1);
  const uris = found
    .map((u) => u.toString())
    .filter((u) => [...wanted].some((f) => u.startsWith(f + '/')));
  return found.length > MAX_FILES ? { uris: uris.slice(0, MAX_FILES), truncated: true } : { uris };
}

async function readFile(uri: string): Promise<ReadFileResult> {
  try {
    const u = vscode.Uri.parse(uri);
    const stat = await vscode.workspace.fs.stat(u);
    if (stat.size > MAX_READ_BYTES) return { error: `the file is ${Math.round(stat.size / 1024 / 1024)} MB; files over 16 MB are not read` };
    return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(u)) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export function activate(context: vscode.ExtensionContext): Promise<StoryBankApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateWith(
    context,
    (id, name, options) => new LanguageClient(id, name, options, new Worker(serverMain.toString(true))),
    {
      initializationOptions: { ruleDocsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() },
      beforeStart: (client: BaseLanguageClient) => [
        client.onRequest(ListFilesRequest.type, (params) => listFiles(params.folders)),
        client.onRequest(ReadFileRequest.type, (params) => readFile(params.uri)),
      ],
    },
  );
}
