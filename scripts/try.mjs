// `npm run try`: VS Code in your browser with the packaged Story Bank extension and the example bank open.
// Builds storybank.vsix (unless --no-package and it exists), installs it into a fresh extensions folder of the
// integration harness's code-server, serves it on 127.0.0.1 and prints the URL. Ctrl-C stops everything.
//
//   npm run try                      # package, install, serve examples/ on a free port
//   npm run try -- --port 8080       # a fixed port
//   npm run try -- --no-package      # reuse an existing storybank.vsix
//   npm run try -- --folder my-bank  # open another folder
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const harness = require(join(root, 'test/integration/harness/codeServer.js'));

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run try [-- --port N] [--folder DIR] [--no-package]');
  process.exit(0);
}
const port = option('--port') ? Number(option('--port')) : process.env.PORT ? Number(process.env.PORT) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`--port must be a port number, got ${option('--port') ?? process.env.PORT}`);
  process.exit(2);
}
const folder = resolve(root, option('--folder') ?? 'examples');
if (!existsSync(folder)) {
  console.error(`The folder to open does not exist: ${folder}`);
  process.exit(2);
}
const vsix = join(root, 'storybank.vsix');

if (!args.includes('--no-package') || !existsSync(vsix)) {
  console.log('[try] packaging the extension (npm run package)…');
  const r = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('[try] packaging failed; see the output above.');
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'storybank-try-'));
// The harness kills code-server by PID on exit and on Ctrl-C; this removes the temp folder afterwards.
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const extensionsDir = join(dir, 'extensions');
console.log('[try] preparing code-server (built once into .cache/code-server)…');
await harness.ensureCodeServer();
await harness.installExtension({ vsix, extensionsDir });
const server = await harness.startCodeServer({ folder, extensionsDir, port, dir: join(dir, 'server') });

let stopping = false;
// The harness stops code-server by PID on Ctrl-C (SIGINT) and SIGTERM, then exits; this only says so first.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.prependListener(signal, () => {
    stopping = true;
    console.log(`\n[try] ${signal}: stopping code-server (pid ${server.pid})…`);
  });
}
server.process.once('exit', (code, signal) => {
  if (stopping) return;
  console.error(`[try] code-server exited (${code ?? signal}); its log: ${server.logFile}`);
  process.exit(1);
});

console.log('');
console.log(`  Story Bank is running in VS Code at  ${server.workbenchUrl({ folder })}`);
console.log(`  (bound to 127.0.0.1 only; ${folder} is open; code-server pid ${server.pid})`);
console.log('  Press Ctrl-C to stop.');
console.log('');
