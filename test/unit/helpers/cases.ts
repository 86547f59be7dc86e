// Table checks shared by the unit tests: one predicate asked about many cases, each failing case named in the message.
import assert from 'node:assert/strict';

/** Asserts that `predicate` holds for every case. */
export function eachHolds<T>(predicate: (c: T) => unknown, cases: readonly T[]): void {
  for (const c of cases) assert.ok(predicate(c), `${predicate.name || 'the predicate'} should hold for ${JSON.stringify(c)}`);
}

/** Asserts that `predicate` holds for none of the cases. */
export function eachFails<T>(predicate: (c: T) => unknown, cases: readonly T[]): void {
  for (const c of cases) assert.ok(!predicate(c), `${predicate.name || 'the predicate'} should not hold for ${JSON.stringify(c)}`);
}
