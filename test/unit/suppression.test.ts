// unsuppressed() makes the same decision as isSuppressed() for every finding, in one pass (linear time).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSuppressed, unsuppressed } from '../../server/src/core/analyze';
import type { Finding, Suppression } from '../../server/src/core/types';

const RULES = ['blame', 'filler-phrase', 'placeholder'];
const at = (line: number, offset: number) => ({ line, column: 1, offset });

function finding(ruleId: string, line: number): Finding {
  return { ruleId, severity: 'warning', message: 'm', path: 'x.md', range: { start: at(line, line * 10 + 3), end: at(line, line * 10 + 5) } };
}

function suppression(kind: Suppression['kind'], rules: string[], line: number): Suppression {
  return { kind, rules, range: { start: at(line, line * 10), end: at(line, line * 10 + 2) } };
}

void describe('unsuppressed', () => {
  void it('agrees with isSuppressed on random comments and findings', () => {
    const kind = fc.constantFrom<Suppression['kind']>('disable', 'enable', 'disable-next-line', 'disable-file');
    const rules = fc.subarray(RULES, { maxLength: 2 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(kind, rules, fc.nat(30)), { maxLength: 12 }),
        fc.array(fc.tuple(fc.constantFrom(...RULES), fc.nat(30)), { maxLength: 20 }),
        (ss, fs) => {
          const sups = ss.map(([k, r, l]) => suppression(k, r, l)).sort((a, b) => a.range.start.offset - b.range.start.offset);
          const finds = fs.map(([r, l]) => finding(r, l));
          assert.deepEqual(unsuppressed(finds, sups), finds.filter((f) => !isSuppressed(f, sups)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  void it('handles 20,000 comments and 20,000 findings in well under a second', () => {
    const sups = Array.from({ length: 20_000 }, (_, i) => suppression(i % 2 === 0 ? 'disable' : 'enable', ['blame'], i * 2));
    const finds = Array.from({ length: 20_000 }, (_, i) => finding(i % 3 === 0 ? 'blame' : 'placeholder', i * 2 + 1));
    const t = performance.now();
    const kept = unsuppressed(finds, sups);
    const ms = performance.now() - t;
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
    // A blame finding follows comment i: silenced after a disable (even i), kept after an enable (odd i).
    const expected = finds.filter((f, i) => f.ruleId !== 'blame' || i % 2 === 1);
    assert.deepEqual(kept, expected);
  });
});
