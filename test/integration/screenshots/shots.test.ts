// Not a test of behaviour: `npm run screenshots` runs this in the real workbench on a copy of examples/ to take
// the README's pictures (runTest.js copies test-output/shot-*.png to docs/images/). Each "test" fails when its
// picture could not be taken, so a broken layout is noticed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { pressKeys, inWebview, openInEditor, activateStoryBank, waitFor } from '../suite/util';
import { shoot, takeWorkbenchScreenshot } from './layout';

suite('README screenshots (example bank)', () => {
  test('the workbench: a story, the Story Bank views, Problems', async function () {
    this.timeout(90_000);
    const file = await takeWorkbenchScreenshot('shot-workbench', 'stories/eta-campaign-launch.md');
    assert.ok(fs.statSync(file).size > 10_000, `${file} is too small to be a picture of the workbench`);
  });

  test('the coverage matrix', async function () {
    this.timeout(60_000);
    const shown = (await vscode.commands.executeCommand('storybank.showCoverageMatrix', 'theme')) as { ready?: boolean } | undefined;
    assert.ok(shown?.ready, 'the coverage matrix did not say it was ready');
    const file = await shoot('shot-coverage-matrix', ['iframe.webview']);
    assert.ok(fs.statSync(file).size > 10_000, `${file} is too small to be a picture of the matrix`);
  });

  test('the coverage matrix by question', async function () {
    this.timeout(60_000);
    const shown = (await vscode.commands.executeCommand('storybank.showCoverageMatrix', 'question')) as { ready?: boolean; by?: string } | undefined;
    assert.ok(shown?.ready && shown.by === 'question', 'the matrix by question did not say it was ready');
    const file = await shoot('shot-coverage-matrix-by-question', ['iframe.webview']);
    assert.ok(fs.statSync(file).size > 10_000, `${file} is too small to be a picture of the matrix`);
  });

  test('the practice drill', async function () {
    this.timeout(90_000);
    const api = await activateStoryBank();
    const indexed = waitFor(api.onDidChangeBankIndex, (index) => !index.indexing, 30_000, 'the bank to be indexed');
    if (!(await api.getBankIndex()).indexing) indexed.catch(() => undefined);
    else await indexed;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.view.extension.storybank');
    await openInEditor('stories/eta-campaign-launch.md');
    await vscode.commands.executeCommand('storybank.internal.practiceLog', { '18': '2026-11-28', '19': '2026-11-28', '1': '2026-11-29' });
    const shown = (await vscode.commands.executeCommand('storybank.practice', { question: 6 })) as { ready?: boolean } | undefined;
    assert.ok(shown?.ready, 'the drill did not say it was ready');
    // Two follow-ups shown, the timer started.
    await pressKeys(inWebview('#reveal'), [{ click: inWebview('#reveal') }, { click: inWebview('#reveal') }, { click: inWebview('#toggle') }]);
    await vscode.commands.executeCommand('notifications.clearAll');
    const file = await shoot('shot-practice-drill', ['iframe.webview']);
    assert.ok(fs.statSync(file).size > 10_000, `${file} is too small to be a picture of the drill`);
    await vscode.commands.executeCommand('storybank.endPractice');
    await vscode.commands.executeCommand('storybank.internal.practiceLog', {});
  });
});
