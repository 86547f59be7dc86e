// Smoke test of the packaged extension: installed from storybank.vsix into a fresh extensions folder (not loaded
// from the source tree), it activates on a story and its bundled server publishes diagnostics.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeOf, openInEditor, storyBankExtension, waitForCodes } from '../suite/util';

suite('Story Bank from its VSIX', () => {
  test('is installed from the VSIX, not from the source folder', () => {
    const ext = storyBankExtension();
    const repo = process.env.STORYBANK_REPO_ROOT;
    assert.ok(repo, 'the harness sets STORYBANK_REPO_ROOT');
    assert.notEqual(path.resolve(ext.extensionPath), path.resolve(repo), 'the extension does not come from the source folder');
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', 'client.js')), 'the package carries dist/client.js');
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', 'server.js')), 'the package carries dist/server.js');
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'node_modules')), 'the package needs no node_modules (bundled)');
  });

  test('leaves out the V8 code caches that the npm package ships for bin/', () => {
    // The build made them (npm run package builds first), so their absence here is the packaging's doing:
    // VS Code runs dist/server.js in its extension host, never through bin/run-bundle.js, the one reader of them.
    const repo = process.env.STORYBANK_REPO_ROOT ?? '';
    const made = ['cli.js.cache', 'server.js.cache'].filter((f) => fs.existsSync(path.join(repo, 'dist', f)));
    assert.ok(made.length > 0, 'the build beside the VSIX made code caches (otherwise this test proves nothing)');
    const dist = path.join(storyBankExtension().extensionPath, 'dist');
    const shipped = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cache'));
    assert.deepEqual(shipped, [], 'no code cache in the installed extension');
    assert.ok(fs.existsSync(path.join(dist, 'cli.js')), 'the bundles themselves are there');
  });

  test('activates on a story and publishes diagnostics', async () => {
    const editor = await openInEditor('stories/checkout-retries.md');
    const list = await waitForCodes(editor.document.uri, ['missing-section', 'filler-phrase'], 30_000);
    assert.ok(list.every((d) => codeOf(d) !== undefined), 'every diagnostic carries its rule id');
    // The rule pages ship in the VSIX, and a finding links to the installed page (no network needed).
    const filler = list.find((d) => codeOf(d) === 'filler-phrase');
    const target = typeof filler?.code === 'object' ? filler.code.target : undefined;
    assert.equal(target?.fsPath, path.join(storyBankExtension().extensionPath, 'docs', 'rules', 'filler-phrase.md'));
    assert.ok(fs.existsSync(target.fsPath), 'the page is in the installed extension');
    assert.equal(storyBankExtension().isActive, true);
    const api = storyBankExtension().exports;
    const index = await api.getBankIndex();
    assert.ok(index.stories.length >= 3, `the bank index lists the fixture stories (${index.stories.length})`);
  });
});
