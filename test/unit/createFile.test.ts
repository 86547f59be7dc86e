// createFileAtomic: files the product creates (the starter bank, a new story) are never half-written and never
// replace a file, also when several writers race for one name or a writer is killed mid-write.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { createFileAtomic } from '../../server/src/createFile';

const ROOT = resolve(__dirname, '..', '..');
const dirs: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'storybank-create-'));
  dirs.push(d);
  return d;
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Runs createFileAtomic in a separate Node process; resolves with its result line and exit signal. */
function childCreate(path: string, size: number, fill: string, killAfterMs?: number): Promise<{ out: string; signal: NodeJS.Signals | null }> {
  const script = `const { createFileAtomic } = require(${JSON.stringify(join(ROOT, 'server', 'src', 'createFile.ts'))}); process.stdout.write(createFileAtomic(${JSON.stringify(path)}, ${JSON.stringify(fill)}.repeat(${size})));`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((res) => child.on('exit', (_code, signal) => res({ out, signal })));
}

void describe('createFileAtomic', () => {
  void it('creates the file, its folder, and leaves no temporary file', () => {
    const d = temp();
    const p = join(d, 'a', 'b', '.storybank.yml');
    assert.equal(createFileAtomic(p, 'structure: scaol\n'), 'created');
    assert.equal(readFileSync(p, 'utf8'), 'structure: scaol\n');
    assert.deepEqual(readdirSync(join(d, 'a', 'b')), ['.storybank.yml']);
  });

  void it('never replaces an existing file', () => {
    const d = temp();
    const p = join(d, 'story.md');
    writeFileSync(p, 'mine');
    assert.equal(createFileAtomic(p, 'template'), 'exists');
    assert.equal(readFileSync(p, 'utf8'), 'mine');
    assert.deepEqual(readdirSync(d), ['story.md']);
  });

  void it('lets exactly one of several racing writers create the file, whole', async () => {
    const d = temp();
    const p = join(d, 'race.md');
    const fills = ['a', 'b', 'c', 'd'];
    const results = await Promise.all(fills.map((f) => childCreate(p, 200_000, f)));
    assert.deepEqual(results.map((r) => r.out).sort(), ['created', 'exists', 'exists', 'exists']);
    const text = readFileSync(p, 'utf8');
    assert.equal(text.length, 200_000);
    assert.ok(fills.some((f) => text === f.repeat(200_000)), 'the content of one writer, not a mix');
    assert.deepEqual(readdirSync(d), ['race.md']);
  });

  void it('leaves the target absent or whole when the writer is killed, and a rerun completes it', async () => {
    const d = temp();
    const p = join(d, 'big.md');
    const size = 40_000_000;
    await childCreate(p, size, 'x', 350);
    if (existsSync(p)) assert.equal(readFileSync(p).length, size, 'never a truncated file');
    const again = createFileAtomic(p, 'y');
    if (again === 'created') assert.equal(readFileSync(p, 'utf8'), 'y');
    else assert.equal(readFileSync(p).length, size);
  });

  void it('writes nothing through a folder link that leads out of the folder it is told to stay in', () => {
    const d = temp();
    const bank = join(d, 'bank');
    const elsewhere = join(d, 'elsewhere');
    mkdirSync(bank);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(bank, 'stories'));
    assert.throws(() => createFileAtomic(join(bank, 'stories', 'first.md'), 'x', bank), /leads out of/);
    assert.deepEqual(readdirSync(elsewhere), []);
    // Inside, through no link or a link that stays in: written.
    assert.equal(createFileAtomic(join(bank, 'notes', 'a.md'), 'x', bank), 'created');
    symlinkSync(join(bank, 'notes'), join(bank, 'more'));
    assert.equal(createFileAtomic(join(bank, 'more', 'b.md'), 'y', bank), 'created');
    assert.equal(readFileSync(join(bank, 'notes', 'b.md'), 'utf8'), 'y');
  });
});
