// The extension host loads this module and calls run() (the contract of @vscode/test-electron). It runs every
// *.test.js compiled beside it with mocha's TDD interface (suite/test/suiteSetup), so a new test file needs no
// edit here. When the harness asks for it (STORYBANK_SCREENSHOT), it first lays out the workbench (a story, the
// Story Bank views, the Problems panel) and has the harness take a screenshot: before the tests, so the picture
// shows the fixture bank as written, not the files tests add to it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { takeWorkbenchScreenshot } from './screenshot';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: 60_000,
    grep: process.env.STORYBANK_TEST_GREP,
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files in ${__dirname}: was the suite built?`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const screenshot = process.env.STORYBANK_SCREENSHOT;
  if (screenshot) {
    mocha.rootHooks({
      async beforeAll(this: Mocha.Context) {
        this.timeout(60_000);
        try {
          await takeWorkbenchScreenshot(screenshot);
        } catch (err) {
          // The screenshot is documentation, not a test: say why it is missing and let the results stand.
          console.log(`[screenshot] not taken: ${err instanceof Error ? err.message : String(err)}`);
        }
      },
    });
  }

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      // A plain closing line that CI logs can be read by.
      console.log(`integration: ${passes} passed, ${failures} failed, ${pending} skipped`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else if (passes === 0) reject(new Error('no integration test ran.'));
      else resolve();
    });
  });
}
