// Bundles the extension client, the language server and the CLI with esbuild (remark/unified are ESM-only;
// the bundles are CommonJS so VS Code and plain Node can load them). Type-checking is `npm run typecheck`.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
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
