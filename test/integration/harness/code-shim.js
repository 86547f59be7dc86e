#!/usr/bin/env node
// A stand-in "VS Code executable" for runTests({ vscodeExecutablePath }) of @vscode/test-electron: it reads the
// Electron-style command line that runTests builds and runs the same tests in code-server with headless Chromium
// (runInCodeServer.js), exiting with the tests' code. Flags it understands: --extensionDevelopmentPath=,
// --extensionTestsPath=, --extensionDevelopmentKind= (web: the browser's web worker extension host),
// --user-data-dir=, --extensions-dir=, and the first bare argument as the folder to open.
// The rest (--no-sandbox, --disable-updates, ...) only mean something to desktop VS Code and are ignored.
'use strict';
const path = require('node:path');
const { runInCodeServer } = require('./runInCodeServer');

const argv = process.argv.slice(2);
const values = (name) => {
  const out = [];
  argv.forEach((a, i) => {
    if (a.startsWith(`--${name}=`)) out.push(a.slice(name.length + 3));
    else if (a === `--${name}` && argv[i + 1] !== undefined) out.push(argv[i + 1]);
  });
  return out;
};
const takesValue = new Set(['--extensionDevelopmentPath', '--extensionTestsPath', '--extensionDevelopmentKind', '--user-data-dir', '--extensions-dir']);
const folder = argv.find((a, i) => !a.startsWith('-') && !takesValue.has(argv[i - 1]));
const extensionTestsPath = values('extensionTestsPath')[0];
if (!extensionTestsPath) {
  console.error('[code-shim] no --extensionTestsPath given: this shim only runs extension tests');
  process.exit(2);
}
const userDataDir = values('user-data-dir')[0];
const extensionsDir = values('extensions-dir')[0];

runInCodeServer({
  extensionDevelopmentPath: values('extensionDevelopmentPath').map((p) => path.resolve(p)),
  extensionTestsPath: path.resolve(extensionTestsPath),
  extensionDevelopmentKind: values('extensionDevelopmentKind')[0],
  folder: folder && path.resolve(folder),
  userDataDir: userDataDir && path.resolve(userDataDir),
  extensionsDir: extensionsDir && path.resolve(extensionsDir),
}).then(
  (code) => process.exit(code),
  (err) => { console.error('[code-shim] failed:', err); process.exit(2); },
);
