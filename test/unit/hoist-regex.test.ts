// The build's regex hoisting (scripts/hoist-regex.mjs): a regex literal without `g` or `y` inside a function becomes
// a module constant made once; `g`/`y` literals and literals outside functions stay; no line moves; and every file
// of the server's source still parses after it, with nothing left to hoist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { hoistRegexLiterals } from '../../scripts/hoist-regex.mjs';

const sample = [
  "const TOP = /^top$/i;",
  'export function f(w: string): boolean {',
  "  return /^(it|that)$/.test(w) || /x\\/y/u.test(w);",
  '}',
  'export const g = (w: string) => /^(it|that)$/.test(w) && w.replace(/a/g, "b") !== w;',
  'export class C {',
  '  m(s: string): number { return s.search(/z/y) + s.search(/[.!?]/); }',
  '}',
  '',
].join('\n');

void test('hoists only non-global, non-sticky literals inside functions; identical ones share a constant', () => {
  const out = hoistRegexLiterals(sample, 'sample.ts');
  assert.equal(out.split('\n').length, sample.split('\n').length, 'no line added or removed');
  const first = out.split('\n')[0];
  assert.match(first, /^const __re0 = \/\^\(it\|that\)\$\/, __re1 = \/x\\\/y\/u, __re2 = \/\[\.!\?\]\/; const TOP = \/\^top\$\/i;$/);
  assert.ok(out.includes('return __re0.test(w) || __re1.test(w);'));
  assert.ok(out.includes('=> __re0.test(w) && w.replace(/a/g, "b")'), 'a g literal stays where it is');
  assert.ok(out.includes('s.search(/z/y) + s.search(__re2)'), 'a y literal stays where it is');
  assert.equal(hoistRegexLiterals(out, 'sample.ts'), out, 'a second pass changes nothing');
});

void test('a file without such literals is returned as it was; a name in use is not reused', () => {
  assert.equal(hoistRegexLiterals('const A = /a/;\nexport const b = 1;\n', 'a.ts'), 'const A = /a/;\nexport const b = 1;\n');
  const out = hoistRegexLiterals('const __re0 = 1;\nexport function f(s: string) { return /q/.test(s) && __re0 > 0; }\n', 'b.ts');
  assert.ok(out.startsWith('const __re_0 = /q/; const __re0 = 1;'), out);
});

void test('the same semantics: the hoisted sample runs as the original does', () => {
  const run = (src: string) => {
    const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    const m: { exports: Record<string, unknown> } = { exports: {} };
    new Function('module', 'exports', js)(m, m.exports);
    const f = m.exports.f as (w: string) => boolean;
    const g = m.exports.g as (w: string) => boolean;
    const C = m.exports.C as new () => { m(s: string): number };
    return ['it', 'that', 'x/y', 'a', 'za.', 'none'].map((w) => [f(w), f(w), g(w), new C().m(w), new C().m(w)]);
  };
  assert.deepEqual(run(hoistRegexLiterals(sample, 'sample.ts')), run(sample));
});

void test('every file of server/src still parses after hoisting, with its lines in place (a second pass is checked on the sample)', () => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts')) files.push(p);
    }
  };
  walk(join(import.meta.dirname, '../../server/src'));
  assert.ok(files.length > 50);
  let changed = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const out = hoistRegexLiterals(text, f);
    if (out === text) continue;
    changed++;
    assert.equal(out.split('\n').length, text.split('\n').length, f);
    // (parseDiagnostics: the syntax errors the parser met, which createSourceFile keeps without a program)
    const sf = ts.createSourceFile(f, out, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS) as ts.SourceFile & { parseDiagnostics: ts.Diagnostic[] };
    assert.deepEqual(sf.parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), [], f);
  }
  assert.ok(changed > 20, `${changed} files changed`);
});
