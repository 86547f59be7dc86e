// Story files that are not UTF-8, through the real server: a UTF-16 story (with a byte order mark) on disk is
// decoded and checked; a Latin-1 one is published with a `file-encoding` finding on its first lost character,
// next to its other findings.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient, fileUri, removeDir, tempCopy } from './lsp';

const STORY = `---
title: Moving the cafe exports
questions: [6]
---
# Moving the café exports

## Setup

I paired with José on the export job, which basically took six hours every night.

## Outcome

Exports now take 5 minutes instead of 6 hours.
`;

void describe('story files that are not UTF-8', () => {
  let dir = '';
  let client: TestClient | undefined;
  before(() => {
    dir = tempCopy(join(__dirname, 'fixture-bank'));
    writeFileSync(join(dir, 'stories', 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]));
    writeFileSync(join(dir, 'stories', 'latin1.md'), Buffer.from(STORY, 'latin1'));
  });
  after(() => {
    client?.kill();
    removeDir(dir);
  });

  void it('checks UTF-16 and says what is wrong with Latin-1', async () => {
    client = new TestClient({ settings: { debounceMs: 0 } });
    const utf16 = client.waitForDiagnostics(fileUri(join(dir, 'stories', 'utf16.md')), (d) => d.length > 0, { timeout: 20_000 });
    const latin1 = client.waitForDiagnostics(fileUri(join(dir, 'stories', 'latin1.md')), (d) => d.length > 0, { timeout: 20_000 });
    await client.initialize([dir]);
    const u = await utf16;
    assert.ok(u.some((d) => d.code === 'filler-phrase'), JSON.stringify(u));
    assert.ok(!u.some((d) => d.code === 'file-encoding'));
    const l = await latin1;
    const enc = l.find((d) => d.code === 'file-encoding');
    assert.ok(enc, JSON.stringify(l));
    assert.equal(enc.range.start.line, 4); // "# Moving the caf�" (0-based line 4)
    assert.match(enc.message, /UTF-8/);
    assert.ok(l.some((d) => d.code === 'filler-phrase'), 'the rest of the story is still checked');
  });
});
