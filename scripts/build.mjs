// Bundles the extension client, the language server and the CLI with esbuild (remark/unified are ESM-only;
// the bundles are CommonJS so VS Code and plain Node can load them). Type-checking is `npm run typecheck`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { hoistRegexPlugin } from './hoist-regex.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // regex literals of the server's functions made once per process, not once per use (see hoist-regex.mjs)
  plugins: [hoistRegexPlugin],
};

// The web build (VS Code for the Web, package.json `browser`): the client and the server's web entry, for the
// browser-side extension host and a web worker. No Node built-ins: the client's Node-only modules are swapped for
// their browser forms, and a build that reaches `node:*` fails here rather than in the editor.
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  format: 'cjs',
  mainFields: ['browser', 'module', 'main'],
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  alias: { 'vscode-languageclient/node': 'vscode-languageclient/browser' },
  plugins: [
    hoistRegexPlugin,
    {
      name: 'storybank-browser-modules',
      setup(build) {
        build.onResolve({ filter: /\/createFile$/ }, (args) => ({ path: new URL('../server/src/createFile.browser.ts', import.meta.url).pathname.replace(/^\/([A-Za-z]:)/, '$1') }));
      },
    },
  ],
};

await Promise.all([
  esbuild.build({ ...web, entryPoints: ['client/src/browser.ts'], outfile: 'dist/web/client.js', external: ['vscode'] }),
  // The server runs in a web worker: packages' `worker` exports first (the `browser` build of
  // decode-named-character-reference, under micromark, needs a DOM `document`, which a worker does not have).
  esbuild.build({ ...web, format: 'iife', conditions: ['worker'], entryPoints: ['server/src/browserMain.ts'], outfile: 'dist/web/server.js' }),
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
]);

/**
 * Writes every character above U+00FF in a bundle as a `\uXXXX` escape. esbuild escapes strings but leaves
 * regular expression literals and comments as written, and one such character (a curly quote in a regex) makes
 * V8 hold the whole source as a two-byte string: the server's 5.5 MB bundle took 11 MB of heap in every process
 * and worker. The escape means the same character in a regex (with or without the `u` flag; a surrogate pair
 * written as two escapes is one code point under `u`), a string or a comment; an identity escape (`\–`) loses its
 * backslash first, as `\–` and `–` are the same pattern. The source map's columns on those few lines shift.
 */
function latin1Only(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\u0000-\u00ff]/.test(text)) return;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) continue;
    let piece = text.slice(from, i);
    let slashes = 0;
    while (slashes < piece.length && piece[piece.length - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) piece = piece.slice(0, -1);
    out += piece + `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    from = i + 1;
  }
  writeFileSync(file, out + text.slice(from));
}

for (const f of ['dist/web/client.js', 'dist/web/server.js', 'dist/client.js', 'dist/server.js', 'dist/cli.js']) latin1Only(f);

// V8 code caches of the two Node bundles, made here and shipped beside them (dist/cli.js.cache,
// dist/server.js.cache): bin/run-bundle.js hands one to V8, which then reads the compiled code instead of
// compiling the whole bundle at each start of the CLI or of the language server from bin/ (docs/benchmarks.md,
// round 51). The CLI's cache is made after one check of an example story, so it holds the functions a check
// compiles; the server's holds what compiling it makes (starting a server here would need a client). A cache a
// fresh process would reject (the flags it was made under differ) is not shipped: the bundle then loads as
// before. Each cache is made and checked in its own fresh process, as V8's flags are per process.
const here = new URL('..', import.meta.url).pathname;
for (const [bundle, args] of [
  ['dist/cli.js', ['check', 'examples/stories/eta-campaign-launch.md']],
  ['dist/server.js', []],
]) {
  rmSync(`${bundle}.cache`, { force: true });
  const made = spawnSync(process.execPath, ['scripts/code-cache.mjs', bundle, ...args], {
    cwd: here,
    env: { ...process.env, STORYBANK_JOBS: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const probe = `const vm=require('node:vm'),fs=require('node:fs'),M=require('node:module');` +
    `const s=new vm.Script(M.wrap(fs.readFileSync(${JSON.stringify(bundle)},'utf8')),{filename:'probe',cachedData:fs.readFileSync(${JSON.stringify(`${bundle}.cache`)})});` +
    `process.exit(s.cachedDataRejected===false?0:3)`;
  const accepted = existsSync(`${bundle}.cache`) && spawnSync(process.execPath, ['-e', probe], { cwd: here, stdio: 'ignore' }).status === 0;
  if (!accepted) {
    rmSync(`${bundle}.cache`, { force: true });
    console.warn(`build: no code cache for ${bundle} (${made.status !== 0 ? `making it exited with ${made.status}` : 'a fresh process rejects it'}); it will load by compiling as before`);
  }
}
