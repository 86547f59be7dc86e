// Packages the extension as storybank.vsix (`npm run package`, after a production build).
//
// The VSIX holds package.json's `files` (the npm package's list, so the two cannot drift) less the V8 code caches
// (dist/*.js.cache, 8-9 MB): bin/run-bundle.js reads them for the CLI and the server started from bin/, while VS Code
// runs dist/server.js in its own extension host, which never reads them. vsce takes its list from `files` or from an
// ignore file, never both, and a `files` entry that matches nothing is an error; so the VSIX is made from a staging
// folder that holds the kept files and a package.json whose `files` lists them.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createVSIX, listFiles } from '@vscode/vsce';

/** Whether an entry of package.json's `files` stays out of the VSIX. */
const notInVsix = (entry) => entry.endsWith('.js.cache');

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const files = manifest.files.filter((entry) => !notInVsix(entry));
const stage = mkdtempSync(join(tmpdir(), 'storybank-vsix-'));
try {
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ ...manifest, files }, null, 2) + '\n');
  // vsce's own reading of the kept `files` (it adds package.json and the README), copied file by file
  const kept = await listFiles({ cwd: root, ignoreFile: writeIgnore(stage, files), dependencies: false });
  for (const file of kept) {
    if (file === 'package.json') continue;
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(join(root, file), join(stage, file));
  }
  await createVSIX({ cwd: stage, dependencies: false, packagePath: join(root, 'storybank.vsix') });
} finally {
  rmSync(stage, { recursive: true, force: true });
}

/** An ignore file that keeps exactly `files`, as vsce reads `files` when there is no ignore file; returns its path. */
function writeIgnore(dir, entries) {
  const path = join(dir, '.keep-files');
  writeFileSync(path, ['**', ...entries.map((entry) => `!${entry}`)].join('\n') + '\n');
  return path;
}
