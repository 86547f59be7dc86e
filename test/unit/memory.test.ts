// The server collects the garbage of a whole-bank index (server/src/memory.ts): the collector must be reachable
// without `--expose-gc` and must really collect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';
import { collectGarbage } from '../../server/src/memory';

void test('collectGarbage runs a full collection: an object nothing holds is gone afterwards', async () => {
  let big: number[] | undefined = new Array<number>(100_000).fill(7);
  const ref = new WeakRef(big);
  assert.equal(ref.deref()?.length, 100_000);
  big = undefined;
  await tick(); // a WeakRef keeps its target until the end of the job that read it
  assert.equal(collectGarbage(), true);
  assert.equal(ref.deref(), undefined);
  assert.equal(big, undefined);
});
