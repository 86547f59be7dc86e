// Starting and stopping code-server (VS Code 1.96.4's server and web workbench) and a headless Chromium for it.
// Used by the integration tests (through code-shim.js) and by `npm run try`.
//
//   const cs = require('./test/integration/harness/codeServer.js');
//   const { codeServerDir } = await cs.ensureCodeServer();          // builds .cache/code-server once
//   const server = await cs.startCodeServer({ folder, extensionsDir }); // free port on 127.0.0.1
//   server.workbenchUrl({ extensionDevelopmentPath: repoRoot });       // open this in a browser
//   await server.stop();                                               // kills its process group by PID
//
// Every process started here is also killed by PID when this Node process exits, however it exits.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const CODE_SERVER_VERSION = '4.96.4';
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const DEFAULT_PREFIX = path.join(REPO_ROOT, '.cache', 'code-server');
const SETUP_SCRIPT = path.join(__dirname, 'setup-code-server.sh');

/** Processes started by this module that are still running: pid → label. */
const live = new Map();

function killGroup(pid, signal) {
  // Children were spawned detached, so each leads its own process group: kill the group, then the leader.
  try { process.kill(-pid, signal); } catch { /* group gone */ }
  try { process.kill(pid, signal); } catch { /* process gone */ }
}

process.on('exit', () => {
  for (const pid of live.keys()) killGroup(pid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    for (const [pid, label] of live) {
      console.error(`[harness] ${signal}: stopping ${label} (pid ${pid})`);
      killGroup(pid, 'SIGKILL');
    }
    process.exit(128 + (os.constants.signals[signal] || 1));
  });
}

/** Starts a detached child, tracked so it is killed when this process exits. */
function startTracked(label, command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid) {
    live.set(child.pid, label);
    child.once('exit', () => live.delete(child.pid));
  }
  return child;
}

/** Stops a tracked child: SIGTERM to its group, SIGKILL after `graceMs`. Resolves when it has exited. */
async function stopTracked(child, graceMs = 5000) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // Whatever the leader left behind in its group goes too; wait (up to 5 s) until the group is empty.
  killGroup(child.pid, 'SIGKILL');
  live.delete(child.pid);
  for (let i = 0; i < 50 && groupAlive(child.pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function isComplete(prefix) {
  try {
    return fs.readFileSync(path.join(prefix, '.storybank-complete'), 'utf8').trim() === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}

/**
 * Makes sure a built code-server is in `prefix` (default `<repo>/.cache/code-server`), building it with
 * setup-code-server.sh when it is missing or incomplete. Concurrent callers wait on one lock (flock).
 * Throws with the reason when the build fails. Returns `{ prefix, codeServerDir, entry }`.
 */
async function ensureCodeServer({ prefix = process.env.STORYBANK_CODE_SERVER_PREFIX || DEFAULT_PREFIX, log = console.error } = {}) {
  const result = {
    prefix,
    codeServerDir: path.join(prefix, 'node_modules', 'code-server'),
    entry: path.join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
  if (isComplete(prefix)) return result;
  fs.mkdirSync(path.dirname(prefix), { recursive: true });
  const lock = `${prefix}.lock`;
  log(`[harness] building code-server ${CODE_SERVER_VERSION} into ${prefix}`);
  const started = Date.now();
  const child = startTracked('code-server build', 'flock', [lock, 'bash', SETUP_SCRIPT, prefix], { stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise((resolve) => {
    child.once('error', (err) => resolve(`could not start: ${err.message}`));
    child.once('exit', (c, s) => resolve(c ?? s));
  });
  if (code !== 0 || !isComplete(prefix)) {
    throw new Error(`building code-server failed (${code}); see the [setup-code-server] lines above. ` +
      `Run it by hand: bash ${path.relative(process.cwd(), SETUP_SCRIPT)} ${prefix}`);
  }
  log(`[harness] code-server built in ${Math.round((Date.now() - started) / 1000)} s`);
  return result;
}

/** Environment that keeps code-server and Chromium inside `dir` and off the network. */
function sandboxEnv(dir, extra) {
  return {
    ...process.env,
    XDG_DATA_HOME: path.join(dir, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
    XDG_RUNTIME_DIR: path.join(dir, 'xdg-runtime'),
    EXTENSIONS_GALLERY: '{}', // no marketplace: nothing to reach offline
    ...extra,
  };
}

/** Settings for a fresh user-data folder: quiet, offline, and stable for screenshots. */
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.cursorBlinking': 'solid',
  'window.commandCenter': false,
};

/**
 * Installs a VSIX into `extensionsDir` with code-server's `--install-extension`. Throws when it fails.
 */
async function installExtension({ vsix, extensionsDir, prefix, log = console.error }) {
  const { entry } = await ensureCodeServer({ prefix, log });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storybank-install-'));
  try {
    fs.mkdirSync(extensionsDir, { recursive: true });
    const r = spawnSync(process.execPath, [entry, '--user-data-dir', path.join(dir, 'ud'), '--extensions-dir', extensionsDir,
      '--install-extension', path.resolve(vsix)], { env: sandboxEnv(dir), encoding: 'utf8', timeout: 120_000 });
    const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
    if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${r.status ?? r.signal ?? r.error}):\n${out}`);
    log(`[harness] ${out.split('\n').filter((l) => /successfully installed/i.test(l)).join(' ') || `installed ${vsix}`}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts code-server on 127.0.0.1 with no auth, a fresh user-data folder and XDG folders under `dir`.
 *
 * options: folder (the folder the workbench opens by default), extensionsDir, userDataDir, port (free one when
 * omitted), dir (temp folder for logs and state; made when omitted), env (extra environment for the server and
 * its extension host), settings (user settings merged over DEFAULT_SETTINGS), prefix, log, startTimeoutMs.
 *
 * Returns { pid, port, url, dir, logFile, userDataDir, extensionsDir, process, workbenchUrl(opts), stop() }.
 * workbenchUrl({ folder, extensionDevelopmentPath, extensionTestsPath, extensionDevelopmentKind }) gives the URL
 * that opens the workbench on `folder`, loading the extension(s) under development (in the web worker extension
 * host when extensionDevelopmentKind is 'web') and running tests when extensionTestsPath is set.
 */
async function startCodeServer(options = {}) {
  const log = options.log || console.error;
  const { entry } = await ensureCodeServer({ prefix: options.prefix, log });
  const dir = options.dir || fs.mkdtempSync(path.join(os.tmpdir(), 'storybank-code-server-'));
  fs.mkdirSync(dir, { recursive: true });
  const port = options.port || (await freePort());
  const userDataDir = options.userDataDir || path.join(dir, 'user-data');
  const extensionsDir = options.extensionsDir || path.join(dir, 'extensions');
  // code-server's IPC socket races the creation of the user-data folder: make it first.
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }, null, 2));
  }
  const configFile = path.join(dir, 'code-server.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [entry, '--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--disable-file-downloads', '--ignore-last-opened'];
  if (options.folder) args.push(path.resolve(options.folder));
  const logFile = path.join(dir, 'code-server.log');
  const logStream = fs.createWriteStream(logFile);
  const child = startTracked('code-server', process.execPath, args, {
    env: sandboxEnv(dir, options.env), stdio: ['ignore', 'pipe', 'pipe'], cwd: dir,
  });
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  // The last lines of its output, for the message when it does not start (the log file may not be flushed yet).
  let recent = '';
  const keep = (d) => { recent = (recent + d).slice(-4000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const tail = () => recent.split('\n').slice(-20).join('\n');
  const startTimeoutMs = options.startTimeoutMs || 60_000;
  await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      reject(new Error(`code-server did not start listening on 127.0.0.1:${port} within ${startTimeoutMs / 1000} s; log ${logFile}:\n${tail()}`));
    }, startTimeoutMs);
    const onData = (d) => {
      buffered += d;
      if (/HTTP server listening/.test(buffered)) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stdout.off('data', keep);
        child.stderr.off('data', keep);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.once('error', (err) => { clearTimeout(timer); reject(new Error(`code-server could not be started: ${err.message}`)); });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // 'exit' can come before the last output: wait for the pipes to close.
      child.once('close', () => reject(new Error(`code-server exited (${code ?? signal}) before listening; log ${logFile}:\n${tail()}`)));
    });
  }).catch(async (err) => {
    await stopTracked(child, 1000);
    throw err;
  });
  const url = `http://127.0.0.1:${port}/`;
  const authority = `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
  return {
    pid: child.pid,
    port,
    url,
    dir,
    logFile,
    userDataDir,
    extensionsDir,
    process: child,
    workbenchUrl({ folder = options.folder, extensionDevelopmentPath, extensionTestsPath, extensionDevelopmentKind } = {}) {
      const payload = [];
      for (const p of [].concat(extensionDevelopmentPath || [])) payload.push(['extensionDevelopmentPath', remote(p)]);
      // 'web' runs the extension under development in the browser's web worker extension host (its `browser`
      // entry), like desktop VS Code's --extensionDevelopmentKind=web; the tests then run there too.
      if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      const query = [];
      if (folder) query.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
      if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return url + (query.length ? `?${query.join('&')}` : '');
    },
    stop: () => stopTracked(child),
  };
}

function findChromium() {
  const candidates = [process.env.STORYBANK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((c) => c && fs.existsSync(c));
  if (!found) throw new Error('no Chromium found (looked for /usr/bin/chromium): install it with `apt-get install -y chromium` or set STORYBANK_CHROMIUM');
  return found;
}

/**
 * Starts headless Chromium (Debian's) with its own profile under `dir`, and connects playwright-core to it over
 * the DevTools protocol, so the browser's PID is ours to kill. Returns { pid, browser, context, page, stop() }.
 */
async function launchChromium({ dir, width = 1440, height = 900, log = console.error } = {}) {
  const { chromium } = require('playwright-core');
  dir = dir || fs.mkdtempSync(path.join(os.tmpdir(), 'storybank-chromium-'));
  const executable = findChromium();
  const profile = path.join(dir, 'chromium-profile');
  fs.mkdirSync(profile, { recursive: true });
  const args = ['--headless=new', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0',
    `--user-data-dir=${profile}`, `--window-size=${width},${height}`, '--no-sandbox', '--disable-gpu',
    '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
    '--disable-features=Translate,MediaRouter,OptimizationHints', '--password-store=basic', '--use-mock-keychain',
    '--hide-scrollbars', '--mute-audio', 'about:blank'];
  const child = startTracked('chromium', executable, args, { env: sandboxEnv(dir), stdio: ['ignore', 'ignore', 'pipe'] });
  const logStream = fs.createWriteStream(path.join(dir, 'chromium.log'));
  const wsEndpoint = await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`Chromium (${executable}) did not open its DevTools port within 30 s:\n${buffered.slice(-2000)}`)), 30_000);
    child.stderr.on('data', (d) => {
      logStream.write(d);
      if (buffered === null) return;
      buffered += d;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buffered);
      if (m) { clearTimeout(timer); buffered = null; resolve(m[1]); }
    });
    child.once('error', (err) => { clearTimeout(timer); reject(new Error(`Chromium (${executable}) could not be started: ${err.message}`)); });
    child.once('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`Chromium exited (${code ?? signal}) before it was ready:\n${(buffered || '').slice(-2000)}`)); });
  }).catch(async (err) => {
    await stopTracked(child, 1000);
    throw err;
  });
  let browser;
  try {
    browser = await chromium.connectOverCDP(wsEndpoint);
  } catch (err) {
    await stopTracked(child, 1000);
    throw new Error(`playwright-core could not connect to Chromium: ${err.message}`);
  }
  const context = browser.contexts()[0] || (await browser.newContext());
  const page = context.pages()[0] || (await context.newPage());
  await page.setViewportSize({ width, height });
  return {
    pid: child.pid,
    browser,
    context,
    page,
    process: child,
    async stop() {
      try { await browser.close(); } catch { /* already gone */ }
      await stopTracked(child, 3000);
    },
  };
}

module.exports = {
  CODE_SERVER_VERSION,
  REPO_ROOT,
  DEFAULT_PREFIX,
  DEFAULT_SETTINGS,
  ensureCodeServer,
  startCodeServer,
  installExtension,
  launchChromium,
  freePort,
};
