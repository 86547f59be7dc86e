// Runs an extension test suite in code-server: starts code-server and headless Chromium, opens the workbench with
// the `payload` query (extensionDevelopmentPath + extensionTestsPath), relays the extension host's console (mocha's
// reporter) to stdout, and resolves with the exit code the workbench reports through window.codeAutomationExit
// when the test run settles (0 passed, anything else failed). Never trust code-server's own log for that: it says
// the extension host exited 0 even when tests failed.
//
// While the run lasts, a small control server on 127.0.0.1 (its URL in STORYBANK_HARNESS_URL, visible to the
// extension host) takes screenshots on request: POST /screenshot?name=NAME[&waitFor=CSS]... saves
// <outputDir>/NAME.png once the selectors are on the page (each waited for up to 15 s; a missing one is reported,
// not fatal) and answers {"path": ...} or {"error": ...}; with below=CSS the picture starts under that element (the
// title bar of an extension development window, which says "[Extension Development Host]"). POST /keys?waitFor=CSS&type=TEXT&press=KEY... waits for the
// selector (a quick input, say), then types each `type` and presses each `press` (playwright key names such as
// Enter) in the order given, as a person would at the keyboard (`click=CSS` clicks an element), and answers
// {"ok": true} or {"error": ...}. POST /text?selector=CSS waits for the selector and answers {"texts": [...]}, the
// text each matching element shows. POST /count?selector=CSS answers {"count": n} at once, without waiting: how many
// elements match now (a test that no dialog or toast is on the page).
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { REPO_ROOT, ensureCodeServer, startCodeServer, launchChromium, freePort } = require('./codeServer');

const NOISE = /\[network\]|ENOTFOUND|^Resolv|^Creating a socket|Updating additional|Service Worker|^Started |^Loading |^Ignoring fetching|^\[Extension Host\] $/;

/** Starts the control server; `getPage()` gives the page once the browser is up. */
async function startControlServer({ getPage, outputDir, log }) {
  const port = await freePort();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    const reply = (status, body) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (req.method === 'POST' && url.pathname === '/keys') {
      const page = getPage();
      if (!page) return reply(503, { error: 'no browser page yet' });
      (async () => {
        for (const selector of url.searchParams.getAll('waitFor')) await page.waitForSelector(selector, { state: 'visible', timeout: 15_000 });
        for (const [k, v] of url.searchParams) {
          if (k === 'click') await page.click(v, { timeout: 15_000 });
          else if (k === 'type') await page.keyboard.type(v, { delay: 20 });
          else if (k === 'press') await page.keyboard.press(v);
        }
        reply(200, { ok: true });
      })().catch((err) => reply(500, { error: String(err && err.message || err) }));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/text') {
      const page = getPage();
      if (!page) return reply(503, { error: 'no browser page yet' });
      const selector = url.searchParams.get('selector') || 'body';
      (async () => {
        await page.waitForSelector(selector, { state: 'visible', timeout: 15_000 });
        reply(200, { texts: await page.locator(selector).allInnerTexts() });
      })().catch((err) => reply(500, { error: String(err && err.message || err) }));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/count') {
      const page = getPage();
      if (!page) return reply(503, { error: 'no browser page yet' });
      const selector = url.searchParams.get('selector') || 'body';
      page.locator(selector).count().then((count) => reply(200, { count }), (err) => reply(500, { error: String(err && err.message || err) }));
      return;
    }
    if (req.method !== 'POST' || url.pathname !== '/screenshot') return reply(404, { error: 'only POST /screenshot, /keys, /text or /count' });
    const name = (url.searchParams.get('name') || 'screenshot').replace(/\.png$/i, '').replace(/[^\w.-]/g, '_');
    const page = getPage();
    if (!page) return reply(503, { error: 'no browser page yet' });
    (async () => {
      const missing = [];
      for (const selector of url.searchParams.getAll('waitFor')) {
        try {
          await page.waitForSelector(selector, { state: 'visible', timeout: 15_000 });
        } catch {
          missing.push(selector);
        }
      }
      // Let the workbench finish the frame it is laying out (layout runs on animation frames).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      fs.mkdirSync(outputDir, { recursive: true });
      const file = path.join(outputDir, `${name}.png`);
      const below = url.searchParams.get('below');
      const box = below ? await page.locator(below).first().boundingBox().catch(() => null) : null;
      const size = page.viewportSize();
      if (box && size) {
        const top = Math.ceil(box.y + box.height);
        await page.screenshot({ path: file, clip: { x: 0, y: top, width: size.width, height: size.height - top } });
      } else {
        await page.screenshot({ path: file });
      }
      log(`[harness] screenshot ${path.relative(process.cwd(), file)}${missing.length ? ` (not found on the page: ${missing.join(', ')})` : ''}`);
      reply(200, { path: file, missing });
    })().catch((err) => reply(500, { error: String(err && err.message || err) }));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/**
 * User settings that put the extensions under development where `kind` says ('web': the browser's web worker
 * extension host). The workbench takes the `extensionDevelopmentKind` payload entry too, but VS Code 1.96's web
 * workbench never applies it (its running-location tracker reads a property the browser environment names
 * differently), so `remote.extensionKind`, which it does apply, is set for each extension's id.
 */
function kindSettings(extensionDevelopmentPath, kind) {
  if (!kind) return undefined;
  const ids = {};
  for (const p of [].concat(extensionDevelopmentPath || [])) {
    const manifest = JSON.parse(fs.readFileSync(path.join(p, 'package.json'), 'utf8'));
    ids[`${manifest.publisher}.${manifest.name}`] = [kind];
  }
  return { 'remote.extensionKind': ids };
}

/**
 * options: extensionDevelopmentPath (string or array), extensionTestsPath, extensionDevelopmentKind ('web' runs
 * the extension and its tests in the browser's web worker extension host), folder, userDataDir, extensionsDir,
 * env (extra environment for the extension host), timeoutMs (whole run, default STORYBANK_TEST_TIMEOUT_MS or
 * 10 minutes), outputDir (screenshots; default <repo>/test-output), log.
 * Resolves with the exit code: 0 passed, 1 tests failed or timed out, 2 the harness could not run.
 */
async function runInCodeServer(options) {
  const t0 = Date.now();
  const log = options.log || ((first, ...rest) => console.log(typeof first === 'string' && first.startsWith('[harness]')
    ? `[harness +${((Date.now() - t0) / 1000).toFixed(1)}s]${first.slice(9)}` : first, ...rest));
  const timeoutMs = options.timeoutMs || Number(process.env.STORYBANK_TEST_TIMEOUT_MS) || 10 * 60_000;
  const outputDir = options.outputDir || process.env.STORYBANK_TEST_OUTPUT || path.join(REPO_ROOT, 'test-output');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storybank-run-'));
  let server;
  let chrome;
  let control;
  let page;
  let passed = false;
  try {
    await ensureCodeServer({ log });
    control = await startControlServer({ getPage: () => page, outputDir, log });
    server = await startCodeServer({
      dir,
      folder: options.folder,
      userDataDir: options.userDataDir,
      extensionsDir: options.extensionsDir,
      env: { ...options.env, STORYBANK_HARNESS_URL: control.url, STORYBANK_TEST_OUTPUT: outputDir },
      settings: kindSettings(options.extensionDevelopmentPath, options.extensionDevelopmentKind),
      log,
    });
    chrome = await launchChromium({ dir, log });
    page = chrome.page;
    fs.writeFileSync(process.env.STORYBANK_PIDS_FILE || path.join(dir, 'pids.json'), JSON.stringify({ harness: process.pid, codeServer: server.pid, chromium: chrome.pid }));
    log(`[harness] code-server pid ${server.pid} on 127.0.0.1:${server.port}, chromium pid ${chrome.pid}, logs in ${dir}`);

    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    // The workbench calls window.codeAutomationExit(code, logs) when the extension host's test runner settles.
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      for (const l of logs || []) {
        const f = path.join(dir, 'logs', l.relativePath);
        fs.mkdirSync(path.dirname(f), { recursive: true });
        fs.writeFileSync(f, l.contents);
      }
      settle({ code });
    });
    page.on('console', (m) => {
      // The extension host's console comes through as console.log('%c LEVEL', 'color: ...', fmt, ...args).
      void (async () => {
        let args;
        try { args = await Promise.all(m.args().map((a) => a.jsonValue())); } catch { args = [m.text()]; }
        if (typeof args[0] === 'string' && args[0].startsWith('%c')) {
          const level = args[0].slice(2).trim();
          const line = util.format(...args.slice(2));
          if (process.env.STORYBANK_DUMP_CONSOLE || !NOISE.test(line)) log(level === 'INFO' ? line : `[${level}] ${line}`);
        } else if (process.env.STORYBANK_DUMP_CONSOLE) {
          log('[page]', m.type(), m.text().slice(0, 500));
        }
      })();
    });
    page.on('pageerror', (err) => { if (process.env.STORYBANK_DUMP_CONSOLE) log('[page error]', err.message); });
    server.process.once('exit', (code, signal) => settle({ error: `code-server exited (${code ?? signal}) during the run; log ${server.logFile}` }));
    chrome.process.once('exit', (code, signal) => settle({ error: `Chromium exited (${code ?? signal}) during the run` }));
    const timer = setTimeout(() => settle({ error: `the test run did not finish within ${Math.round(timeoutMs / 1000)} s (set STORYBANK_TEST_TIMEOUT_MS to change); logs in ${dir}` }), timeoutMs);

    const url = server.workbenchUrl({
      folder: options.folder,
      extensionDevelopmentPath: options.extensionDevelopmentPath,
      extensionTestsPath: options.extensionTestsPath,
      extensionDevelopmentKind: options.extensionDevelopmentKind,
    });
    log(`[harness] opening ${url}`);
    await page.goto(url);
    const outcome = await exited;
    clearTimeout(timer);
    if (outcome.error) {
      log(`[harness] FAILED: ${outcome.error}`);
      try { await page.screenshot({ path: path.join(outputDir, 'failure.png') }); log(`[harness] screenshot of the failure in ${path.join(outputDir, 'failure.png')}`); } catch { /* page gone */ }
      return 1;
    }
    log(`[harness] the workbench reported exit code ${outcome.code}`);
    passed = outcome.code === 0;
    return passed ? 0 : 1;
  } catch (err) {
    log(`[harness] cannot run the integration tests: ${err && err.message || err}`);
    return 2;
  } finally {
    if (chrome) await chrome.stop();
    if (server) await server.stop();
    if (control) await control.close();
    // Keep the logs of a failed run for whoever reads the failure.
    if (passed && !process.env.STORYBANK_KEEP_LOGS) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    else log(`[harness] logs kept in ${dir}`);
  }
}

module.exports = { runInCodeServer };
