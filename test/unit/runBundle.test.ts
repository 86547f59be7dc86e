// bin/run-bundle.js (how the binaries load their bundle) and scripts/code-cache.mjs (the build's V8 code cache):
// a bundle loaded with an accepted cache, with no cache, with a cache V8 rejects and under --enable-source-maps
// behaves as when Node's own `require` loads it (the same module values, stacks on the bundle's lines, the same
// exit), and loading it writes no file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const RUN_BUNDLE = join(ROOT, 'bin', 'run-bundle.js');
const dir = mkdtempSync(join(tmpdir(), 'storybank-run-bundle-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// A small CommonJS "bundle": it reports what a module sees, reads a Node module and a file beside itself through
// its `require` and its arguments (`node -e` has no script in argv), and with --fail throws from line 9.
const BUNDLE = [
  "'use strict';",
  "const path = require('node:path');",
  'const seen = { file: path.basename(__filename), dir: __dirname === path.dirname(__filename), main: module.exports === exports,',
  "  self: require.cache[__filename] === module, sibling: require('./sibling.json').x, args: process.argv.slice(1) };",
  'module.exports.seen = seen;',
  "process.stdout.write(JSON.stringify(seen) + '\\n');",
  'function fail() {',
  "  if (process.argv.includes('--fail'))",
  "    throw new Error('failed on purpose');",
  '}',
  'fail();',
  'process.exitCode = 3;',
  '',
].join('\n');

function setUp(name: string): string {
  const d = join(dir, name);
  spawnSync('mkdir', ['-p', d]);
  writeFileSync(join(d, 'bundle.js'), BUNDLE);
  writeFileSync(join(d, 'sibling.json'), '{"x": 7}');
  return join(d, 'bundle.js');
}

function run(file: string, how: 'require' | 'runBundle', args: string[] = [], nodeArgs: string[] = []) {
  const code = how === 'require' ? `require(${JSON.stringify(file)})` : `require(${JSON.stringify(RUN_BUNDLE)})(${JSON.stringify(file)})`;
  return spawnSync(process.execPath, [...nodeArgs, '-e', code, '--', ...args], { encoding: 'utf8' });
}

function makeCache(file: string): void {
  const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'code-cache.mjs'), file], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
}

function cacheAccepted(file: string): boolean | undefined {
  const probe = `const vm=require('node:vm'),fs=require('node:fs'),M=require('node:module');const f=${JSON.stringify(file)};` +
    "process.stdout.write(String(new vm.Script(M.wrap(fs.readFileSync(f,'utf8')),{filename:f,cachedData:fs.readFileSync(f+'.cache')}).cachedDataRejected))";
  const out = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout;
  return out === 'false' ? true : out === 'true' ? false : undefined;
}

/** The line of the bundle the error was thrown on, as its stack says. */
function thrownAt(stderr: string, file: string): string | undefined {
  return new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:(\\d+):\\d+`).exec(stderr)?.[1];
}

void describe('run-bundle', () => {
  void it('makes a cache a fresh process accepts, and runs the bundle with it as require does, writing nothing', () => {
    const file = setUp('accepted');
    makeCache(file);
    assert.equal(cacheAccepted(file), true, 'V8 accepts the cache the build made');
    const before = readdirSync(join(dir, 'accepted')).sort();
    const expected = run(file, 'require', ['a', 'b']);
    const got = run(file, 'runBundle', ['a', 'b']);
    assert.equal(expected.status, 3);
    assert.equal(got.status, expected.status, got.stderr);
    assert.equal(got.stdout, expected.stdout);
    assert.deepEqual(JSON.parse(got.stdout), { file: 'bundle.js', dir: true, main: true, self: true, sibling: 7, args: ['a', 'b'] });
    assert.deepEqual(readdirSync(join(dir, 'accepted')).sort(), before, 'no file written beside the bundle');
  });

  void it('throws from the bundle with the same file and line in the stack', () => {
    const file = setUp('throws');
    makeCache(file);
    const expected = run(file, 'require', ['--fail']);
    const got = run(file, 'runBundle', ['--fail']);
    assert.equal(thrownAt(expected.stderr, file), '9');
    assert.equal(thrownAt(got.stderr, file), '9', got.stderr);
    assert.notEqual(got.status, 0);
    assert.match(got.stderr, /failed on purpose/);
  });

  void it('loads as before with no cache, with a cache V8 rejects and under --enable-source-maps', () => {
    const none = setUp('none');
    const expected = run(none, 'require');
    assert.equal(run(none, 'runBundle').stdout, expected.stdout);

    const rejected = setUp('rejected');
    writeFileSync(`${rejected}.cache`, Buffer.alloc(4096, 7));
    assert.equal(cacheAccepted(rejected), false, 'V8 rejects a cache of other bytes');
    const got = run(rejected, 'runBundle');
    assert.equal(got.status, 3, got.stderr);
    assert.equal(got.stdout, expected.stdout);

    const otherFlags = setUp('flags');
    makeCache(otherFlags);
    const withFlag = run(otherFlags, 'runBundle', [], ['--stack-trace-limit=20']);
    assert.equal(withFlag.status, 3, withFlag.stderr);
    assert.equal(withFlag.stdout, expected.stdout);

    const maps = run(otherFlags, 'runBundle', ['--fail'], ['--enable-source-maps']);
    assert.equal(thrownAt(maps.stderr, otherFlags), '9', maps.stderr);
  });
});
