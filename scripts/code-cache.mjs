// Makes the V8 code cache of a Node bundle at build time (called by scripts/build.mjs, one fresh process per
// bundle): `node scripts/code-cache.mjs dist/cli.js [args...]` compiles the bundle the way bin/run-bundle.js loads
// it (Node's module wrapper, through vm.Script), and with args runs it once as the CLI with those arguments
// (output discarded), so that the functions a run compiles are in the cache too, not only the top level. The cache
// is written at exit to <bundle>.cache. The product never writes it: bin/run-bundle.js only reads it.
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';

const [bundle, ...args] = process.argv.slice(2);
const file = resolve(bundle);
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file });
if (args.length === 0) {
  writeFileSync(`${file}.cache`, script.createCachedData());
} else {
  process.on('exit', () => {
    // V8 accepts a cache only under the flags it was made with, and the CLI turns regexp tier-up off when it starts
    // (server/src/regexTier.ts): the flag is set back to its default so that the cache matches a fresh process,
    // which is where bin/run-bundle.js compiles the bundle. build.mjs checks that a fresh process accepts it.
    setFlagsFromString('--regexp-tier-up');
    writeFileSync(`${file}.cache`, script.createCachedData());
  });
  const mod = new Module(file, undefined);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  Module._cache[file] = mod;
  process.argv = [process.argv[0], file, ...args];
  process.stdout.write = () => true;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
}
