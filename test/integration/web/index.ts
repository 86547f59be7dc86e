// The web suite's entry (runTest.js --web bundles it into one script): the web worker extension host loads it and
// calls run(), the contract of @vscode/test-electron and @vscode/test-web. The host gives a web extension nothing
// but `vscode`, so every test file is imported here, after mocha is set up.
import './setup';
import './web.test';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`web integration: ${passes} passed, ${failures} failed, ${pending} skipped`);
      if (failures > 0) reject(new Error(`${failures} web integration test(s) failed.`));
      else if (passes === 0) reject(new Error('no web integration test ran.'));
      else resolve();
    });
  });
}
