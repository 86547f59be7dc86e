// `npm start` after the build (scripts/start.mjs): a short look at the example bank that fits the terminal and
// ends with the next steps. Runs the BUILT command line: `npm run build` first.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const ROOT = resolve(__dirname, '..', '..');

function start(width: number): string[] {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--width', String(width), '--no-color'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trimEnd().split('\n');
}

void test('npm start is short, fits the width, summarises the check and the coverage, and ends with the next steps', () => {
  for (const width of [60, 80, 100]) {
    const lines = start(width);
    assert.ok(lines.length <= 40, `at most 40 lines at ${width} columns; got ${lines.length}`);
    const long = lines.filter((l) => l.length > width);
    assert.deepEqual(long, [], `every line fits in ${width} columns`);
    assert.ok(lines.some((l) => /^\d+ problems? \(\d+ errors?, \d+ warnings?, \d+ infos?\) in \d+ stories$/.test(l)), 'the check summary line');
    assert.ok(lines.some((l) => /^warning +missing-section +1 /.test(l)), 'one row per rule');
    assert.ok(lines.some((l) => /^Coverage: \d+ of 35 questions, \d+ of 9 themes/.test(l)), 'coverage in one line');
    const next = lines.indexOf('Next steps:');
    assert.ok(next > 0, 'a "Next steps:" section');
    const after = lines.slice(next).join('\n');
    assert.match(after, /npm run try +Open the example bank in VS Code/);
    assert.match(after, /npm test +Build, lint and run every test/);
    assert.equal(lines.filter((l) => l.startsWith('Next')).length, 1, 'one next-steps section, at the end');
  }
});
