// Runs every *.test.ts under the given folders with Node's test runner (TypeScript through tsx).
// --force-exit: Node's --test-force-exit, so a test file whose tests are done exits even if a handle is left open.
// Used by nothing now. A protocol test file's process used to stay alive for good after its tests had passed, now
// and then: vscode-jsonrpc's stream reader re-arms a 10 s timer for as long as a message has arrived only in part and
// never clears it on dispose, so a server killed in the middle of a message held the test process (reproduced and
// kept fixed by test/protocol/client-exit.test.ts; TestClient turns that timer off). Exiting at once can cut the end
// of a file's report (a failure still fails the run through the exit code).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function walk(dir, out) {
  if (!statSync(dir).isDirectory()) {
    out.push(dir);
    return out;
  }
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const forceExit = process.argv.includes('--force-exit');
const dirs = process.argv.slice(2).filter((a) => a !== '--force-exit');
const files = dirs.flatMap((d) => walk(d, []));
if (files.length === 0) {
  console.error(`No test files found under ${dirs.join(', ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...(forceExit ? ['--test-force-exit'] : []), '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
