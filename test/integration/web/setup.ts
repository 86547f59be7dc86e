// mocha's browser build for the web suite, set up before any test file is evaluated (index.ts imports this first):
// the TDD interface (suite/test/suiteSetup) and the spec reporter, whose console lines the harness relays.
import 'mocha/mocha.js';

mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60_000, color: false });
