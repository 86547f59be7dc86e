// The extension host loads this module and calls run() (the contract of @vscode/test-electron). It runs every
// *.test.js compiled beside it with mocha's TDD interface (suite/test/suiteSetup), so a new test file needs no
// edit here. The same index runs the screenshots "suite" (test/integration/screenshots, `npm run screenshots`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

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
