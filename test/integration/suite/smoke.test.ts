// The harness itself: a Node extension host, the fixture bank open as the workspace, the extension installed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bankFolder, bankUri, storyBankExtension } from './util';

suite('Harness', () => {
  test('runs in a Node extension host with the fixture bank open', async () => {
    assert.equal(typeof process.versions.node, 'string');
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'exactly one workspace folder');
    const expected = process.env.STORYBANK_FIXTURE;
    if (expected) assert.equal(bankFolder().uri.fsPath, expected);
    const stat = await vscode.workspace.fs.stat(bankUri('.storybank.yml'));
    assert.equal(stat.type, vscode.FileType.File);
  });

  test('the Story Bank extension is installed', () => {
    const ext = storyBankExtension();
    assert.equal((ext.packageJSON as { name?: string }).name, 'storybank');
  });
});
