// Sizes of what users download: the production bundles (raw and gzipped), the npm tarball (`npm pack`, which
// builds through prepack; dist/web/ is the VS Code for the Web build) and, with --vsix, the VSIX (`npm run package`). Run: node bench/sizes.mjs [--vsix]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

const tmp = mkdtempSync(join(tmpdir(), 'storybank-sizes-'));
try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp]).replace(/^[^[]*/, ''))[0];
  console.log('production bundles (built by npm pack):');
  for (const f of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/web/client.js', 'dist/web/server.js']) {
    const bytes = readFileSync(join(ROOT, f));
    console.log(`  ${f.padEnd(20)} ${kb(bytes.length).padStart(8)}  (gzip ${kb(gzipSync(bytes).length)})`);
  }
  console.log(`npm tarball ${packed.filename}: ${kb(packed.size)} (${kb(packed.unpackedSize)} unpacked, ${packed.entryCount} files)`);
  if (process.argv.includes('--vsix')) {
    run('npm', ['run', 'package']);
    console.log(`VSIX storybank.vsix: ${kb(statSync(join(ROOT, 'storybank.vsix')).size)}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
