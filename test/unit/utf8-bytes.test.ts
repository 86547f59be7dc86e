// The core counts a file's UTF-8 size itself (it also runs in a web worker, where Node's Buffer is absent); the
// count must be Buffer's for any text, including astral characters and lone surrogates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_FILE_BYTES, utf8Bytes } from '../../server/src/core/analyze';

void test('utf8Bytes agrees with Buffer.byteLength', () => {
  for (const s of ['', 'a', 'é', '€', '😀', 'a😀b', '\ud800', '\udc00x', '\ud800\ud800\udc00', 'naïve café — 2 × 3 ≠ 5']) {
    assert.equal(utf8Bytes(s), Buffer.byteLength(s, 'utf8'), JSON.stringify(s));
  }
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
      assert.equal(utf8Bytes(a), Buffer.byteLength(a, 'utf8'));
      assert.equal(utf8Bytes(b), Buffer.byteLength(b, 'utf8'));
    }),
    { numRuns: 500 },
  );
});

void test('a text over the size limit is over it without being counted', () => {
  const big = 'x'.repeat(MAX_FILE_BYTES + 1);
  assert.ok(utf8Bytes(big) > MAX_FILE_BYTES);
});
