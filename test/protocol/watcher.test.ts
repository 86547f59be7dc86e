// The server's own watcher: a client that cannot register file watchers (Neovim on Linux) still sees stories
// created, changed and deleted on disk outside the editor; a client that watches gets no second watcher.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InitializeRequest, InitializedNotification } from 'vscode-languageserver-protocol';
import { TestClient, fileUri, removeDir, tempCopy } from './lsp';

const FIXTURE = join(__dirname, 'fixture-bank');
const WATCHING = /the server watches .* itself/;

async function start(dir: string, dynamicWatchers: boolean): Promise<TestClient> {
  const client = new TestClient({ settings: { debounceMs: 0 } });
  await client.conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: fileUri(dir),
    workspaceFolders: [{ uri: fileUri(dir), name: 'bank' }],
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: dynamicWatchers } } },
  });
  await client.conn.sendNotification(InitializedNotification.type, {});
  await client.waitForBankChange();
  return client;
}

const STORY = (extra: string): string => `---
title: Moving the billing cron to a queue
project: billing-queue
questions: [6]
---
# Moving the billing cron to a queue

## Setup
Our billing job ran as one nightly cron on a single machine and three teams read its output.

## Challenge
It took five hours and a failure at 4 am meant invoices went out a day late.

## Approach
I split the run into per-customer jobs on a queue with my teammate Ana, and we added retries.

## Outcome
The run went from five hours to forty minutes and late invoices dropped from six a month to zero.${extra}

## Learning
Splitting work by customer made failures small and retries cheap.
`;

void describe('the server watches the bank when the client cannot', () => {
  let dir = '';
  let client: TestClient | undefined;

  before(() => {
    dir = tempCopy(FIXTURE);
  });
  after(() => {
    client?.kill();
    removeDir(dir);
  });

  void it('picks up a story created, changed and deleted on disk, and one in a new folder', async () => {
    client = await start(dir, false);
    assert.ok(client.logs.some((l) => WATCHING.test(l)), `the server says it watches: ${client.logs.join(' | ')}`);
    const path = join(dir, 'stories', 'billing-queue.md');
    const uri = fileUri(path);

    const created = client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'filler-phrase'), { timeout: 10_000 });
    writeFileSync(path, STORY(''));
    await created;

    const changed = client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'filler-phrase'), { timeout: 10_000 });
    writeFileSync(path, STORY(' Basically it was much calmer.'));
    await changed;

    const deleted = client.waitForDiagnostics(uri, (d) => d.length === 0, { timeout: 10_000 });
    rmSync(path);
    await deleted;

    // A folder made with its story in it (unzipped, checked out): the new folder is walked.
    const nested = join(dir, 'stories', 'new-team', 'queue.md');
    const inNewFolder = client.waitForDiagnostics(fileUri(nested), (d) => d.some((x) => x.code === 'filler-phrase'), { timeout: 10_000 });
    mkdirSync(join(dir, 'stories', 'new-team'));
    writeFileSync(nested, STORY(' Basically it was much calmer.'));
    await inNewFolder;
    assert.ok(readFileSync(nested, 'utf8').length > 0);
  });

  void it('does not watch when the client registers file watchers', async () => {
    const otherDir = tempCopy(FIXTURE);
    const other = await start(otherDir, true);
    try {
      assert.ok(!other.logs.some((l) => WATCHING.test(l)), `no server-side watcher: ${other.logs.join(' | ')}`);
    } finally {
      other.kill();
      removeDir(otherDir);
    }
  });
});
