// Files that are not UTF-8: UTF-16 (with a byte order mark, or sniffed) is decoded and checked like UTF-8;
// Latin-1 bytes get one `file-encoding` finding on the first lost character, from the core, the CLI and the
// workspace reader alike, and the rest of the story is still checked.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { decodeStoryBytes } from '../../server/src/core/encoding';
import { readStoryText } from '../../server/src/discovery';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { JsonFinding } from '../../server/src/cli';

const BIN = join(resolve(__dirname, '..', '..'), 'bin', 'storybank.js');

const STORY = `---
title: Moving the café exports
questions: [6]
---
# Moving the café exports

## Setup

I paired with José on the “export” job, which basically took six hours every night.

## Outcome

Exports now take 5 minutes instead of 6 hours.
`;

function utf16le(text: string, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** Latin-1 bytes of a text whose characters are all below U+0100 (curly quotes become straight ones). */
function latin1(text: string): Buffer {
  return Buffer.from(text.replace(/[“”]/g, '"'), 'latin1');
}

const ids = (text: string): string[] => analyzeFile(text, 'story.md', DEFAULT_CONFIG).findings.map((f) => f.ruleId);

void describe('decoding story files', () => {
  void it('reads UTF-16 LE and BE with a byte order mark, and LE without one, as the same text as UTF-8', () => {
    assert.deepEqual(decodeStoryBytes(utf16le(STORY, true)), { text: STORY, encoding: 'utf-16le' });
    assert.deepEqual(decodeStoryBytes(utf16be(STORY)), { text: STORY, encoding: 'utf-16be' });
    assert.deepEqual(decodeStoryBytes(utf16le(STORY, false)), { text: STORY, encoding: 'utf-16le' });
    assert.deepEqual(decodeStoryBytes(Buffer.from(STORY, 'utf8')), { text: STORY, encoding: 'utf-8' });
    // A UTF-8 byte order mark stays as U+FEFF, as before.
    assert.equal(decodeStoryBytes(Buffer.from(`\uFEFF${STORY}`, 'utf8')).text, `\uFEFF${STORY}`);
  });

  void it('gives a UTF-16 story the same findings as the UTF-8 one, and no encoding finding', () => {
    const want = ids(STORY);
    assert.ok(want.includes('filler-phrase'));
    assert.ok(!want.includes('file-encoding'));
    assert.deepEqual(ids(decodeStoryBytes(utf16le(STORY, true)).text), want);
    assert.deepEqual(ids(decodeStoryBytes(utf16be(STORY)).text), want);
  });

  void it('reports Latin-1 once, on the first lost character, and still checks the rest', () => {
    const text = decodeStoryBytes(latin1(STORY)).text;
    const a = analyzeFile(text, 'story.md', DEFAULT_CONFIG);
    const enc = a.findings.filter((f) => f.ruleId === 'file-encoding');
    assert.equal(enc.length, 1);
    assert.equal(enc[0]?.severity, 'warning');
    assert.equal(enc[0]?.range.start.offset, text.indexOf('\uFFFD'));
    assert.equal(enc[0]?.range.start.line, 2);
    assert.match(enc[0]?.message ?? '', /3 characters.*not be read as UTF-8.*Latin-1.*save it as UTF-8/s);
    assert.ok(a.findings.some((f) => f.ruleId === 'filler-phrase'), 'the other rules still run');
    assert.equal(a.file.skipped, undefined);
  });

  void it('can be turned off and suppressed like any finding', () => {
    const text = decodeStoryBytes(latin1(STORY)).text;
    const off = analyzeFile(text, 'story.md', { ...DEFAULT_CONFIG, rules: { 'file-encoding': 'off' } });
    assert.ok(!off.findings.some((f) => f.ruleId === 'file-encoding'));
    const disabled = analyzeFile(`<!-- storybank-disable-file file-encoding -->\n${text}`, 'story.md', DEFAULT_CONFIG);
    assert.ok(!disabled.findings.some((f) => f.ruleId === 'file-encoding'));
  });

  void it('reads files from disk through readStoryText and reports them in the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storybank-encoding-'));
    try {
      writeFileSync(join(dir, 'utf16.md'), utf16le(STORY, true));
      writeFileSync(join(dir, 'latin1.md'), latin1(STORY));
      const read = readStoryText(join(dir, 'utf16.md'));
      assert.equal(read.text, STORY);
      // The built CLI (npm run build), as a user runs it.
      const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', dir], { cwd: dir, encoding: 'utf8' });
      const findings = JSON.parse(r.stdout) as JsonFinding[];
      const byFile = (name: string): string[] => findings.filter((f) => f.file.endsWith(name)).map((f) => f.rule);
      assert.ok(byFile('latin1.md').includes('file-encoding'), r.stdout);
      assert.ok(byFile('utf16.md').includes('filler-phrase'), r.stdout);
      assert.ok(!byFile('utf16.md').includes('file-encoding'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
