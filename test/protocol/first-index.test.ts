// Stories opened while the server's first whole index is under way get their diagnostics: a story created and
// opened during the index (the walk never saw it), and a walked story opened with unsaved text. The test holds
// the client's answer to the settings request the index starts with, so both are opened while it runs.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { StatsRequest } from '../../server/src/protocol';
import { TestClient, fileUri, removeDir, tempCopy } from './lsp';

const FIXTURE = join(__dirname, 'fixture-bank');

/** A complete story; `n` varies its title and project, `extra` is added to its outcome. */
const STORY = (n: number, extra = ''): string => `---
title: Splitting the nightly export, part ${n}
project: export-${n}
questions: [6]
---
# Splitting the nightly export, part ${n}

## Setup
Our nightly export ran as one job on a single machine, and four teams read its files every morning.

## Challenge
It took six hours, so a failure after midnight meant the teams started the day with stale data.

## Approach
I split the export into one job per region on a queue with my teammate Lee, and we added retries per job.

## Outcome
The export went from six hours to fifty minutes and stale mornings dropped from five a month to none.${extra}

## Learning
Small jobs made failures cheap to retry and easy to see.
`;

void describe('stories opened during the first index', () => {
  let dir = '';
  let client: TestClient | undefined;

  before(() => {
    dir = tempCopy(FIXTURE);
    // Enough stories that the index takes several slices, so the opened documents are analysed while it runs.
    mkdirSync(join(dir, 'stories', 'more'));
    for (let n = 0; n < 80; n++) writeFileSync(join(dir, 'stories', 'more', `export-${n}.md`), STORY(n));
  });
  after(() => {
    client?.kill();
    removeDir(dir);
  });

  void it('publishes a story created and opened, and one opened with unsaved text, while the index runs', async () => {
    client = new TestClient({ settings: { debounceMs: 0 } });
    const release = client.holdConfiguration();
    const asked = client.nextConfigurationRequest();
    await client.initialize([dir]);
    await asked; // the first index has started: it walked the folder and waits for the settings

    const created = join(dir, 'stories', 'created-now.md');
    const createdText = STORY(1000, ' Basically we kind of fixed it.');
    writeFileSync(created, createdText);
    const walked = join(dir, 'stories', 'more', 'export-7.md');
    const unsaved = STORY(7, ' To be honest it was basically luck.');
    assert.notEqual(readFileSync(walked, 'utf8'), unsaved);

    const createdDiags = client.waitForDiagnostics(fileUri(created), (d) => d.some((x) => x.code === 'filler-phrase'), { timeout: 60_000 });
    const walkedDiags = client.waitForDiagnostics(fileUri(walked), (d) => d.some((x) => x.code === 'filler-phrase'), { timeout: 60_000 });
    for (const [path, text] of [[created, createdText], [walked, unsaved]] as const) {
      await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: fileUri(path), languageId: 'markdown', version: 1, text } });
    }
    const stats = await client.conn.sendRequest(StatsRequest.type);
    assert.equal(stats.indexing, true, 'the documents were opened while the first index ran');
    release();

    await client.waitForBankChange(-1, 60_000);
    const [a, b] = await Promise.all([createdDiags, walkedDiags]);
    assert.ok(a.some((x) => x.code === 'filler-phrase'), JSON.stringify(a));
    assert.ok(b.some((x) => x.code === 'filler-phrase'), JSON.stringify(b));
  });
});
