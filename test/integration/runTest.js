// Integration tests in a real VS Code: `npm run test:integration` (from source) or `npm run test:vsix` (from a
// packaged VSIX). Calls runTests of @vscode/test-electron with the fixture bank copied to a temp folder and a
// fresh user-data folder.
//
// Where VS Code runs:
//   STORYBANK_VSCODE_EXECUTABLE=/path/to/code  a desktop VS Code (Electron) on this machine;
//   otherwise                                  code-server 4.96.4 (VS Code 1.96.4), built once into .cache/code-server
//                                              by harness/setup-code-server.sh, driven through harness/code-shim.js.
// Modes:
//   --vsix FILE or STORYBANK_VSIX=FILE         install FILE into a fresh extensions folder and run the VSIX smoke
//                                              suite (test/integration/vsix) against it instead of the source folder.
//   --web                                      the web build (package.json `browser`) in the browser's web worker
//                                              extension host (--extensionDevelopmentKind=web): the web suite
//                                              (test/integration/web), bundled for the browser with mocha's browser
//                                              build (`npm run test:web`).
//   --screenshots [PREFIX]                     not a test: opens a copy of the example bank (examples/), lays out the
//                                              views at the default width and saves the pictures the README uses to
//                                              docs/images/PREFIX*.png (`npm run screenshots`; PREFIX defaults to
//                                              nothing). A test run never writes a tracked file.
// Other settings: STORYBANK_TEST_TIMEOUT_MS (whole run; default 600000), STORYBANK_TEST_GREP (mocha grep),
// STORYBANK_KEEP_LOGS=1 (keep the temp folder), STORYBANK_DUMP_CONSOLE=1 (all of the workbench's console).
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { runTests } = require('@vscode/test-electron');
const esbuild = require('esbuild');
const { ensureCodeServer, installExtension } = require('./harness/codeServer');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'out', 'integration');
const FIXTURE = path.join(__dirname, 'fixture-bank');
const OUTPUT = path.join(ROOT, 'test-output');
const EXAMPLES = path.join(ROOT, 'examples');
const DOC_IMAGES = path.join(ROOT, 'docs', 'images');
const SHIM = path.join(__dirname, 'harness', 'code-shim.js');
const TIMEOUT_MS = Number(process.env.STORYBANK_TEST_TIMEOUT_MS) || 10 * 60_000;

function log(message) {
  console.log(`[integration] ${message}`);
}

function fail(message) {
  console.error(`[integration] FAILED: ${message}`);
  process.exit(1);
}

function parseArgs() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--vsix');
  const vsix = i >= 0 ? args[i + 1] : process.env.STORYBANK_VSIX;
  if (i >= 0 && !vsix) fail('--vsix needs the path of a .vsix file');
  const s = args.indexOf('--screenshots');
  const screenshots = s >= 0 ? { prefix: args[s + 1] && !args[s + 1].startsWith('--') ? args[s + 1] : '' } : undefined;
  if (screenshots && vsix) fail('--screenshots and --vsix do not go together');
  const web = args.includes('--web');
  if (web && (vsix || screenshots)) fail('--web goes with neither --vsix nor --screenshots');
  return { vsix: vsix ? path.resolve(vsix) : undefined, screenshots, web };
}

/** Bundles each suite's index and *.test.ts to out/integration/<suite>/ (vscode and mocha stay external). */
async function buildSuite(name) {
  const src = path.join(__dirname, name);
  const outdir = path.join(OUT, name);
  fs.rmSync(outdir, { recursive: true, force: true });
  // Named outputs, so that files from two folders (the suite's index and vsix/*.test.ts) land side by side.
  const entryPoints = fs.readdirSync(src).filter((f) => f.endsWith('.test.ts'))
    .map((f) => ({ in: path.join(src, f), out: f.replace(/\.ts$/, '') }));
  if (entryPoints.length === 0) fail(`no *.test.ts files in ${path.relative(ROOT, src)}`);
  entryPoints.push({ in: path.join(__dirname, 'suite', 'index.ts'), out: 'index' });
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(outdir, 'index.js');
}

/**
 * Bundles the web suite (test/integration/web: index.ts imports its tests) into one browser script,
 * out/integration/web/index.js: the web worker extension host loads a single file and gives it only `vscode`.
 * It lies inside the extension's folder, so VS Code runs it in the host the extension runs in.
 */
async function buildWebSuite() {
  const outdir = path.join(OUT, 'web');
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'web', 'index.ts')],
    outfile: path.join(outdir, 'index.js'),
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    sourcemap: 'inline',
    external: ['vscode'],
    // The shared helpers use node:assert; the browser gets a small assert of the same shape.
    alias: { 'node:assert/strict': path.join(__dirname, 'web', 'assert.ts') },
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  });
  return path.join(outdir, 'index.js');
}

/** Builds the extension's bundles (dist/) unless told the caller just did. */
function buildExtension() {
  if (process.env.STORYBANK_SKIP_BUILD) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail('building the extension (node scripts/build.mjs) failed; see above');
}

/** A minimal extension to stand as the "development" extension when the real one comes from a VSIX. */
function makeHostExtension(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'storybank-vsix-test-host', publisher: 'storybank-test', version: '0.0.0', engines: { vscode: '^1.96.0' },
  }, null, 2));
  return dir;
}

/** Copies this run's screenshots (test-output/shot-*.png) to docs/images/<prefix><name>.png. */
function copyScreenshots(since, prefix) {
  const shots = fs.existsSync(OUTPUT) ? fs.readdirSync(OUTPUT).filter((f) => /^shot-.*\.png$/.test(f))
    .filter((f) => fs.statSync(path.join(OUTPUT, f)).mtimeMs >= since) : [];
  if (shots.length === 0) fail('no screenshot was taken (see the [screenshot] lines above)');
  fs.mkdirSync(DOC_IMAGES, { recursive: true });
  for (const f of shots) {
    const target = path.join(DOC_IMAGES, `${prefix}${f.slice('shot-'.length)}`);
    fs.copyFileSync(path.join(OUTPUT, f), target);
    log(`saved ${path.relative(ROOT, target)}`);
  }
}

/** Kills what the harness started if runTests itself hangs past the overall timeout. */
function armBackstop(pidsFile) {
  const timer = setTimeout(() => {
    console.error(`[integration] FAILED: the run did not end within ${Math.round((TIMEOUT_MS + 60_000) / 1000)} s; stopping it`);
    try {
      const pids = JSON.parse(fs.readFileSync(pidsFile, 'utf8'));
      for (const pid of [pids.chromium, pids.codeServer, pids.harness]) {
        if (!pid) continue;
        try { process.kill(-pid, 'SIGKILL'); } catch { /* no group */ }
        try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
      }
    } catch { /* the harness never wrote its PIDs */ }
    process.exit(1);
  }, TIMEOUT_MS + 60_000);
  timer.unref();
}

async function main() {
  const started = Date.now();
  const { vsix, screenshots, web } = parseArgs();
  const desktop = process.env.STORYBANK_VSCODE_EXECUTABLE;
  if (vsix && !fs.existsSync(vsix)) fail(`no VSIX at ${vsix}: build it with \`npm run package\``);

  if (!vsix) buildExtension();
  const testsPath = web ? await buildWebSuite() : await buildSuite(vsix ? 'vsix' : screenshots ? 'screenshots' : 'suite');
  // The first run in an empty folder: its own workspace (and user data), after the main suite.
  const grep = process.env.STORYBANK_TEST_GREP;
  const firstRunPath = vsix || screenshots || web || (grep && !new RegExp(grep).test('First run')) ? undefined : await buildSuite('firstrun');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'storybank-it-'));
  const workspace = path.join(tmp, 'bank');
  fs.cpSync(screenshots ? EXAMPLES : FIXTURE, workspace, { recursive: true });
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const pidsFile = path.join(tmp, 'pids.json');

  let vscodeExecutablePath = desktop;
  if (desktop) {
    if (!fs.existsSync(desktop)) fail(`STORYBANK_VSCODE_EXECUTABLE=${desktop} does not exist`);
    log(`running in desktop VS Code ${desktop}`);
  } else {
    try {
      await ensureCodeServer({ log });
    } catch (err) {
      fail(`cannot set up code-server to run the tests in: ${err.message}`);
    }
    vscodeExecutablePath = SHIM;
    log(`running in code-server (VS Code 1.96.4) with headless Chromium${web ? ', the extension in the browser\'s web worker extension host' : ''}`);
  }

  let extensionDevelopmentPath = ROOT;
  if (vsix) {
    log(`installing ${path.relative(process.cwd(), vsix)} into a fresh extensions folder`);
    try {
      if (desktop) {
        const { resolveCliArgsFromVSCodeExecutablePath } = require('@vscode/test-electron');
        const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(desktop);
        const r = spawnSync(cli, [...cliArgs, `--extensions-dir=${extensionsDir}`, '--install-extension', vsix], { encoding: 'utf8', stdio: 'inherit' });
        if (r.status !== 0) throw new Error(`${cli} --install-extension exited ${r.status}`);
      } else {
        await installExtension({ vsix, extensionsDir, log });
      }
    } catch (err) {
      fail(`cannot install the VSIX: ${err.message}`);
    }
    extensionDevelopmentPath = makeHostExtension(path.join(tmp, 'host-extension'));
  }

  armBackstop(pidsFile);
  const since = Date.now();
  let code;
  try {
    code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath: testsPath,
      launchArgs: [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`, ...(web ? ['--extensionDevelopmentKind=web'] : [])],
      extensionTestsEnv: {
        STORYBANK_TEST_MODE: vsix ? 'vsix' : web ? 'web' : 'source',
        STORYBANK_REPO_ROOT: ROOT,
        STORYBANK_FIXTURE: workspace,
        STORYBANK_PIDS_FILE: pidsFile,
        STORYBANK_TEST_TIMEOUT_MS: String(TIMEOUT_MS),
      },
    });
  } catch (err) {
    code = err && typeof err.code === 'number' ? err.code : 1;
  }
  if (code === 0 && firstRunPath) {
    log('first run: an empty folder');
    const empty = path.join(tmp, 'empty-folder');
    const freshUserData = path.join(tmp, 'user-data-first-run');
    fs.mkdirSync(empty, { recursive: true });
    fs.mkdirSync(freshUserData, { recursive: true });
    try {
      code = await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath,
        extensionTestsPath: firstRunPath,
        launchArgs: [empty, `--user-data-dir=${freshUserData}`, `--extensions-dir=${extensionsDir}`],
        extensionTestsEnv: { STORYBANK_TEST_MODE: 'source', STORYBANK_REPO_ROOT: ROOT, STORYBANK_FIXTURE: empty, STORYBANK_PIDS_FILE: pidsFile, STORYBANK_TEST_TIMEOUT_MS: String(TIMEOUT_MS) },
      });
    } catch (err) {
      code = err && typeof err.code === 'number' ? err.code : 1;
    }
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  if (code === 0 && screenshots) copyScreenshots(since, screenshots.prefix);
  if (code === 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    log(`passed in ${seconds} s`);
  } else {
    console.error(`[integration] FAILED (exit code ${code}) after ${seconds} s; the workspace copy is in ${tmp}`);
  }
  process.exit(code === 0 ? 0 : 1);
}

main().catch((err) => fail(err && err.stack || String(err)));
