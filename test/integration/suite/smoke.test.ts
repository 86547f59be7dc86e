// The harness itself: a Node extension host, the fixture bank open as the workspace, the extension installed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { bankFolder, bankUri, storyBankExtension, waitFor, writeBankFile } from './util';

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

  test('file watchers see files created and deleted on disk', async () => {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    try {
      const uri = bankUri('notes/watched-scratch.md');
      const created = waitFor(watcher.onDidCreate, (u) => u.toString() === uri.toString(), 20_000, 'a create event');
      await writeBankFile('notes/watched-scratch.md', '# scratch\n');
      await created;
      const deleted = waitFor(watcher.onDidDelete, (u) => u.toString() === uri.toString(), 20_000, 'a delete event');
      await vscode.workspace.fs.delete(uri, { useTrash: false });
      await deleted;
      // Behind VS Code's back too (the native file watcher of the server).
      const outside = bankUri('notes/outside-scratch.md');
      const createdOutside = waitFor(watcher.onDidCreate, (u) => u.toString() === outside.toString(), 20_000, 'a create event for a file written with node:fs');
      fs.writeFileSync(outside.fsPath, '# scratch\n');
      await createdOutside;
      const deletedOutside = waitFor(watcher.onDidDelete, (u) => u.toString() === outside.toString(), 20_000, 'a delete event for a file removed with node:fs');
      fs.unlinkSync(outside.fsPath);
      await deletedOutside;
    } finally {
      watcher.dispose();
    }
  });
});
