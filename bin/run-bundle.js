// Loads a bundle of dist/ (the CLI or the language server) as Node's `require` would, but through a V8 code cache
// made at build time (scripts/build.mjs writes dist/<name>.js.cache beside the bundle): V8 then reads the compiled
// code instead of compiling the 7-8 MB bundle at every start. Nothing is written at run time. Without the cache file,
// or when V8 rejects it (another Node or V8 version, other V8 flags, a rebuilt bundle), the bundle is compiled from
// its source exactly as before: it is the same module, with the same `require`, `__filename`, `__dirname`, stacks
// and source map.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/** Runs the bundle at `file` (an absolute path) as the main work of this process; returns its module. */
module.exports = function runBundle(file) {
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // no cache beside the bundle (a build without one, or a copy of the bundle alone): load it as always
  }
  // Node maps stacks through source maps (--enable-source-maps) only for modules its own loader compiled: then the
  // bundle is loaded by it, as before.
  if (!cachedData || process.sourceMapsEnabled === true || typeof Module.wrap !== 'function') return require(file);
  const source = readFileSync(file, 'utf8');
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  Module._cache[file] = mod;
  // The wrapper is Node's own (`Module.wrap`), the one the cache was made with: the bundle sees the same five
  // parameters, and as the wrapper adds nothing before the first line, line numbers in stacks are the bundle's.
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: undefined });
  const fn = script.runInThisContext({ displayErrors: true });
  const req = Module.createRequire(file);
  let threw = true;
  try {
    fn.call(mod.exports, mod.exports, req, mod, file, dirname(file));
    threw = false;
  } finally {
    if (threw) delete Module._cache[file];
  }
  mod.loaded = true;
  return mod;
};
