// The npm package as a user gets it: `npm pack` (which builds through `prepack`), installed with
// `npm install -g --prefix <temp>` from the tarball alone, then both binaries run from that prefix with a PATH
// that holds only Node and the prefix, in a folder outside the repository (so nothing resolves from the
// checkout's node_modules). Slow (a production build and an install): `npm run test:package`, run by .ci/run.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import pkg from '../../package.json';

const ROOT = resolve(__dirname, '../..');
const version = (pkg as { version: string }).version;
let tmp = '';
let prefix = '';
let packed: { filename: string; files: { path: string }[] } | undefined;

/** PATH with only the prefix's bin folder and the folder of the node running this test. */
function onlyNodeEnv(): NodeJS.ProcessEnv {
  return { PATH: [join(prefix, 'bin'), dirname(process.execPath)].join(':'), HOME: tmp, NO_COLOR: '1' };
}

before(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'storybank-pkg-')));
  prefix = join(tmp, 'prefix');
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(pack.status, 0, `npm pack failed:\n${pack.stderr}`);
  // prepack's build may print to stdout before npm's JSON; the JSON is the last thing written.
  packed = (JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[\n'))) as { filename: string; files: { path: string }[] }[])[0];
  assert.ok(packed, 'npm pack reported the tarball');
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(tmp, packed.filename)], {
    cwd: tmp,
    encoding: 'utf8',
  });
  assert.equal(install.status, 0, `npm install -g of the tarball failed:\n${install.stderr}`);
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

void test('the tarball holds the bundles, the binaries and the rule pages, and nothing from sources, tests or tooling', () => {
  assert.ok(packed);
  const paths = packed.files.map((f) => f.path).sort();
  for (const need of ['bin/storybank.js', 'bin/storybank-language-server.js', 'bin/run-bundle.js', 'dist/cli.js', 'dist/cli.js.cache', 'dist/server.js', 'dist/server.js.cache', 'LICENSE', 'README.md', 'package.json']) {
    assert.ok(paths.includes(need), `${need} is packed`);
  }
  const rulePages = readdirSync(join(ROOT, 'docs/rules')).filter((f) => f.endsWith('.md'));
  assert.ok(rulePages.length > 0);
  for (const page of rulePages) assert.ok(paths.includes(`docs/rules/${page}`), `docs/rules/${page} is packed`);
  const unwanted = paths.filter((p) => /^(server|client|test|eval|bench|scripts|examples|node_modules|\.ci)\/|\.map$|\.ts$/.test(p));
  assert.deepEqual(unwanted, [], 'no sources, tests, benchmarks or source maps');
});

void test('the installed package has no dependencies to fetch', () => {
  const installed = join(prefix, 'lib', 'node_modules', 'storybank');
  assert.ok(existsSync(join(installed, 'dist', 'cli.js')));
  assert.ok(!existsSync(join(installed, 'node_modules')), 'nothing installed under the package');
});

void test('storybank --version, explain and check run from the prefix on a copy of the example bank', () => {
  const bank = join(tmp, 'bank');
  cpSync(join(ROOT, 'examples'), bank, { recursive: true });
  const v = spawnSync('storybank', ['--version'], { cwd: bank, env: onlyNodeEnv(), encoding: 'utf8' });
  assert.equal(v.status, 0, v.stderr);
  assert.match(v.stdout, new RegExp(version.replace(/\./g, '\\.')));

  const explain = spawnSync('storybank', ['explain', 'missing-metric'], { cwd: bank, env: onlyNodeEnv(), encoding: 'utf8' });
  assert.equal(explain.status, 0, explain.stderr);
  assert.equal(explain.stdout, readFileSync(join(ROOT, 'docs', 'rules', 'missing-metric.md'), 'utf8'), 'the rule page ships in the package');

  const check = spawnSync('storybank', ['check', 'stories', '--format', 'json'], { cwd: bank, env: onlyNodeEnv(), encoding: 'utf8' });
  assert.equal(check.status, 0, `exit code (no errors in the example bank): ${check.stderr}`);
  const findings = JSON.parse(check.stdout) as { file: string; rule: string }[];
  assert.ok(findings.length > 0, 'the example bank has findings to show');
  assert.ok(findings.every((f) => f.file.startsWith('stories/')), 'paths are relative to the folder it runs in');
  assert.ok(findings.some((f) => f.rule === 'missing-metric'));
});

void test('storybank-language-server answers initialize over stdio and exits cleanly', async () => {
  const proc = spawn('storybank-language-server', ['--stdio'], { cwd: tmp, env: onlyNodeEnv(), stdio: 'pipe' });
  const exited = new Promise<number | null>((res) => proc.on('exit', (code) => res(code)));
  const stderr: string[] = [];
  proc.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  try {
    const result = await Promise.race([
      conn.sendRequest<{ capabilities: { hoverProvider?: unknown; codeActionProvider?: unknown }; serverInfo?: { name: string; version?: string } }>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
        workspaceFolders: null,
      }),
      new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`no initialize answer in 20 s; stderr: ${stderr.join('')}`)), 20_000)),
    ]);
    assert.equal(result.serverInfo?.name, 'storybank-language-server');
    assert.equal(result.serverInfo?.version, version);
    assert.ok(result.capabilities.hoverProvider, 'hover is offered');
    assert.ok(result.capabilities.codeActionProvider, 'code actions are offered');
    await conn.sendNotification('initialized', {});
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    assert.equal(await exited, 0, 'exit after shutdown is a clean exit');
  } finally {
    conn.dispose();
    proc.kill();
  }
});

/** The single-line `run:` steps of the README's GitHub Actions recipe, in order. */
function recipeSteps(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### In GitHub Actions'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return [...yaml.matchAll(/^\s*- run: (.+)$/gm)].map((m) => m[1] ?? '');
}

void test("the README's GitHub Actions recipe installs the tarball alone and its steps pass on the example bank", () => {
  assert.ok(packed);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### In GitHub Actions'), readme.indexOf('## Rules'));
  assert.doesNotMatch(section, /npm ci|repository: /, 'no clone of Story Bank and no install of its dev dependencies');
  assert.match(section, /github\/codeql-action\/upload-sarif@v4\b/, 'the current upload-sarif major');
  const steps = recipeSteps();
  assert.equal(steps.length, 3, `install, SARIF and the gate: ${steps.join(' | ')}`);

  const repo = join(tmp, 'recipe');
  cpSync(join(ROOT, 'examples'), repo, { recursive: true });
  const recipePrefix = join(tmp, 'recipe-prefix');
  const env = {
    PATH: [join(recipePrefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
    HOME: tmp,
    NO_COLOR: '1',
    npm_config_prefix: recipePrefix,
    npm_config_offline: 'true',
    STORYBANK_PACKAGE: join(tmp, packed.filename),
  };
  for (const step of steps) {
    const r = spawnSync('bash', ['-eo', 'pipefail', '-c', step], { cwd: repo, env, encoding: 'utf8' });
    assert.equal(r.status, 0, `step "${step}" failed (${r.status}):\n${r.stderr}`);
  }
  const sarif = JSON.parse(readFileSync(join(repo, 'storybank.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
  assert.equal(sarif.version, '2.1.0');
  assert.ok((sarif.runs[0]?.results.length ?? 0) > 0, 'the SARIF carries the findings');
});
