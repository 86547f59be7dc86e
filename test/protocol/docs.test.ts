// Rule documentation with no network, in any LSP client: diagnostics link to the page that ships beside the
// server, the "open the documentation" action runs the server's own command (executeCommandProvider) unless the
// client says it has one, and that command asks the client to show the page (window/showDocument) or, when the
// client cannot, says where it is. Also: a story opened from a virtual workspace (vscode-vfs) is checked.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CodeActionRequest, DidOpenTextDocumentNotification, ExecuteCommandRequest, InitializeRequest, InitializedNotification, type CodeAction, type Diagnostic, type InitializeResult } from 'vscode-languageserver-protocol';
import { OPEN_RULE_DOC_COMMAND, SHOW_RULE_DOC_COMMAND } from '../../server/src/protocol';
import { ROOT, TestClient, fileUri, removeDir, tempCopy } from './lsp';

const FIXTURE = join(__dirname, 'fixture-bank');
const STORY = 'stories/search-outage.md';

async function start(dir: string, opts: { showDocument: boolean; initializationOptions?: object }): Promise<{ client: TestClient; init: InitializeResult; shown: { uri: string; external?: boolean }[]; messages: string[] }> {
  const client = new TestClient({ settings: { debounceMs: 0 } });
  const shown: { uri: string; external?: boolean }[] = [];
  const messages: string[] = [];
  client.conn.onRequest('window/showDocument', (p: { uri: string; external?: boolean }) => {
    shown.push(p);
    return { success: true };
  });
  client.conn.onNotification('window/showMessage', (p: { message: string }) => messages.push(p.message));
  const init = await client.conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: fileUri(dir),
    workspaceFolders: [{ uri: fileUri(dir), name: 'bank' }],
    initializationOptions: opts.initializationOptions ?? {},
    capabilities: {
      workspace: { configuration: true },
      window: opts.showDocument ? { showDocument: { support: true } } : {},
      textDocument: {
        publishDiagnostics: { codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    },
  });
  await client.conn.sendNotification(InitializedNotification.type, {});
  return { client, init, shown, messages };
}

async function docAction(client: TestClient, dir: string): Promise<{ diagnostic: Diagnostic; action: CodeAction }> {
  const uri = fileUri(join(dir, STORY));
  const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'filler-phrase'), { includeLast: true });
  await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(dir, STORY), 'utf8') } });
  const diagnostic = diagnostics.find((x) => x.code === 'filler-phrase')!;
  const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
  const action = actions.find((a) => a.title === 'Open the documentation for filler-phrase');
  assert.ok(action?.command, `an "open the documentation" action: ${actions.map((a) => a.title).join(', ')}`);
  return { diagnostic, action };
}

void describe('rule documentation, offline, in any client', () => {
  let dir = '';
  const clients: TestClient[] = [];

  before(() => {
    dir = tempCopy(FIXTURE);
  });
  after(() => {
    for (const c of clients) c.kill();
    removeDir(dir);
  });

  void it('links each finding to the bundled page and opens it through the server command with window/showDocument', async () => {
    const { client, init, shown } = await start(dir, { showDocument: true });
    clients.push(client);
    assert.deepEqual(init.capabilities.executeCommandProvider?.commands, [SHOW_RULE_DOC_COMMAND]);
    const { diagnostic, action } = await docAction(client, dir);
    const href = diagnostic.codeDescription?.href ?? '';
    assert.match(href, /^file:/, `the link is the bundled page: ${href}`);
    const page = fileURLToPath(href);
    assert.equal(page, join(ROOT, 'docs', 'rules', 'filler-phrase.md'));
    assert.ok(existsSync(page));

    assert.equal(action.command?.command, SHOW_RULE_DOC_COMMAND);
    await client.conn.sendRequest(ExecuteCommandRequest.type, { command: action.command!.command, arguments: action.command!.arguments });
    assert.deepEqual(shown, [{ uri: href, external: false, takeFocus: true }]);

    await assert.rejects(
      client.conn.sendRequest(ExecuteCommandRequest.type, { command: SHOW_RULE_DOC_COMMAND, arguments: ['../../etc/passwd'] }),
      /is not a Story Bank rule/,
    );
  });

  void it('tells a client that cannot show documents where the page is', async () => {
    const { client, messages } = await start(dir, { showDocument: false });
    clients.push(client);
    const { action } = await docAction(client, dir);
    await client.conn.sendRequest(ExecuteCommandRequest.type, { command: action.command!.command, arguments: action.command!.arguments });
    assert.equal(messages.length, 1);
    assert.ok(messages[0]!.includes(join(ROOT, 'docs', 'rules', 'filler-phrase.md')), messages[0]);
    assert.match(messages[0]!, /storybank explain filler-phrase/);
  });

  void it("uses the VS Code client's own command when the client says it has it", async () => {
    const { client } = await start(dir, { showDocument: true, initializationOptions: { openRuleDocCommand: true, clientWatchesFiles: true } });
    clients.push(client);
    const { diagnostic, action } = await docAction(client, dir);
    assert.equal(action.command?.command, OPEN_RULE_DOC_COMMAND);
    assert.deepEqual(action.command?.arguments, [diagnostic.codeDescription?.href]);
  });
});

void describe('a story from a virtual workspace', () => {
  void it('is checked from its open text (the client sends vscode-vfs documents)', async () => {
    const dir = tempCopy(FIXTURE);
    const { client } = await start(dir, { showDocument: false });
    try {
      const uri = 'vscode-vfs://github/someone/stories/stories/search-outage.md';
      const published = client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'filler-phrase'));
      await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(dir, STORY), 'utf8') } });
      const diagnostics = await published;
      assert.ok(diagnostics.some((x) => x.code === 'missing-section'), 'the story rules run on the virtual document');
    } finally {
      client.kill();
      removeDir(dir);
    }
  });
});
