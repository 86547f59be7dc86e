// The bank's question catalog follows .storybank.yml, even when a story that comes first by path was deleted on
// disk while the editor still has it open: that story is analysed again with the new config instead of keeping
// the one it was analysed with (which, as the story the bank's catalog was read from, kept a custom question
// after the config lost it, and hid one the config gained).
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { BankIndexRequest, type BankIndex } from '../../server/src/protocol';
import { TestClient, fileUri, removeDir, tempCopy } from './lsp';

const C1 = 1001; // custom question c1 inside the product

void describe('the bank catalog follows the config file', () => {
  let dir = '';
  let client: TestClient;

  before(async () => {
    dir = tempCopy(join(__dirname, 'fixture-bank'));
    client = new TestClient();
    await client.initialize([dir]);
    await client.waitForBankChange();
  });
  after(() => {
    client.kill();
    removeDir(dir);
  });

  async function indexWhere(test: (i: BankIndex) => boolean, what: string): Promise<BankIndex> {
    let version = -1;
    for (let i = 0; i < 12; i++) {
      const index = await client.conn.sendRequest(BankIndexRequest.type);
      if (!index.indexing && test(index)) return index;
      version = await client.waitForBankChange(Math.max(version, index.version), 2_500).catch(() => version);
    }
    throw new Error(`the bank index never showed ${what}`);
  }

  void it('adds and drops a custom question while a story deleted on disk is still open', async () => {
    const configPath = join(dir, '.storybank.yml');
    const original = readFileSync(configPath, 'utf8');
    const config = (text: string) => {
      writeFileSync(configPath, text);
      return client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(configPath), type: FileChangeType.Changed }] });
    };
    // A story first by path, open in the editor, then deleted on disk (the editor keeps its text).
    const story = join(dir, 'stories', 'aaa-open.md');
    const text = '---\ntitle: Earning trust\nquestions: [13]\n---\n# Earning trust\n\n## Setup\n\nA new team did not trust our numbers.\n';
    writeFileSync(story, text);
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: fileUri(story), languageId: 'markdown', version: 1, text } });
    await indexWhere((i) => i.stories.some((s) => s.title === 'Earning trust'), 'the open story');
    rmSync(story);
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(story), type: FileChangeType.Deleted }] });

    await config(`${original}\ncustomQuestions:\n  - id: c1\n    theme: collaboration\n    text: Tell me about a time you earned the trust of a skeptical team.\n`);
    const withC1 = await indexWhere((i) => i.questions.some((q) => q.id === C1), 'c1 after it was added');
    assert.equal(withC1.questions.find((q) => q.id === C1)?.theme, 'collaboration');

    await config(original);
    const without = await indexWhere((i) => !i.questions.some((q) => q.id === C1), 'no c1 after the config was put back');
    assert.equal(without.questions.length, 35);
  });
});
