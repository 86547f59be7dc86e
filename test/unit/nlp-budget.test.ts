// The language layer reads at most MAX_LANGUAGE_CHARS of a story's prose and at most MAX_LANGUAGE_SEGMENTS of its
// segments (server/src/core/nlp/analyze.ts), so that the wording checks stay within seconds on a megabyte story and
// on one of tens of thousands of tiny blocks; ordinary stories are read whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_LANGUAGE_CHARS, MAX_LANGUAGE_SEGMENTS, readableSegments, understand } from '../../server/src/core/nlp/analyze';
import type { ProseSegment } from '../../server/src/core/types';

void test('an ordinary story is read whole', () => {
  const segs: ProseSegment[] = [
    { text: 'I led the migration.', start: 10 },
    { text: 'We cut costs by 30%.', start: 40 },
  ];
  assert.equal(readableSegments(segs), segs);
});

void test('a story past the budget is read up to it, cut at a space', () => {
  const sentence = 'They dropped the ball again and I fixed it. ';
  const text = sentence.repeat(Math.ceil((3 * MAX_LANGUAGE_CHARS) / sentence.length));
  const segs: ProseSegment[] = [{ text, start: 0 }];
  const read = readableSegments(segs);
  assert.equal(read.length, 1);
  const cut = read[0]?.text ?? '';
  assert.ok(cut.length <= MAX_LANGUAGE_CHARS && cut.length > MAX_LANGUAGE_CHARS - 200, `${cut.length}`);
  assert.ok(text.startsWith(cut) && /\s$/.test(text.slice(0, cut.length + 1)));
  const lang = understand(text, segs);
  assert.ok(lang.sentences.length > 1000);
  assert.ok(lang.sentences.every((s) => s.end <= MAX_LANGUAGE_CHARS));
});

void test('segments past the budget are left out, the one across it is cut', () => {
  const block = 'word '.repeat(2000); // 10,000 characters
  const segs: ProseSegment[] = Array.from({ length: 8 }, (_, k) => ({ text: block, start: k * 10_002 }));
  const read = readableSegments(segs, 25_000);
  assert.equal(read.length, 3);
  assert.equal(read[0], segs[0]);
  assert.equal(read[1], segs[1]);
  assert.ok((read[2]?.text.length ?? 0) <= 5000 && (read[2]?.text.length ?? 0) > 4800);
  assert.equal(read[2]?.start, segs[2]?.start);
});

void test('a story of more segments than the cap is read up to it, however short they are', () => {
  // One-word paragraphs: far under the character budget, far over the segment cap.
  const segs: ProseSegment[] = Array.from({ length: 3 * MAX_LANGUAGE_SEGMENTS }, (_, k) => ({ text: 'Done', start: k * 6 }));
  const text = segs.map((s) => s.text).join('\n\n');
  const read = readableSegments(segs);
  assert.equal(read.length, MAX_LANGUAGE_SEGMENTS);
  assert.equal(read[0], segs[0]);
  assert.equal(read[read.length - 1], segs[MAX_LANGUAGE_SEGMENTS - 1]);
  const lang = understand(text, segs);
  const lastRead = segs[MAX_LANGUAGE_SEGMENTS - 1];
  assert.ok(lang.sentences.length > 0 && lastRead !== undefined);
  assert.ok(lang.sentences.every((s) => s.end <= lastRead.start + lastRead.text.length));
  // A story at the cap is read whole.
  const atCap = segs.slice(0, MAX_LANGUAGE_SEGMENTS);
  assert.equal(readableSegments(atCap), atCap);
});
