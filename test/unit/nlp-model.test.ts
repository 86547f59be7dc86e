// The tagger's model read by core/nlp/model.ts (without the package's deep copy of its core JSON) must be the
// package's own core model, field by field: the same typed arrays, hashes, sets and lists.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { coreModel, readWinkModel } from '../../server/src/core/nlp/model';

const require = createRequire(import.meta.url);

void test('coreModel gives the same object as the model package core()', () => {
  const pkg = require('wink-eng-lite-web-model') as { core: () => unknown };
  const original = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as Parameters<typeof coreModel>[0];
  const before = JSON.stringify(original);
  const ours = coreModel(original);
  assert.deepStrictEqual(ours, pkg.core());
  // the original JSON is left as it was, so a second engine (the sentiment one) reads it again
  assert.equal(JSON.stringify(original), before);
  // each call gets its own lexeme list: an engine's appends stay its own
  const a = coreModel(original) as { features: { lexeme: { list: string[] } } };
  const b = coreModel(original) as { features: { lexeme: { list: string[] } } };
  a.features.lexeme.list.push('zzz-new-word');
  assert.notEqual(a.features.lexeme.list.length, b.features.lexeme.list.length);
});

void test('readWinkModel keeps every other function of the package', () => {
  const pkg = require('wink-eng-lite-web-model') as Record<string, unknown>;
  const ours = readWinkModel();
  assert.deepStrictEqual(Object.keys(ours).sort(), Object.keys(pkg).sort());
  for (const key of Object.keys(pkg)) if (key !== 'core') assert.equal(ours[key], pkg[key]);
  assert.notEqual(ours.core, pkg.core);
});
