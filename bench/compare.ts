// Compares the core's speed at two commits in one process, so that a change's cost can be told from the machine's
// noise (`npm run bench` measures one checkout at a time; two of its runs minutes apart differ by 20% or more on a
// shared machine).
//
//   npm run bench:compare -- BASE [TARGET] [--n 400] [--passes 6] [--cpu]
//
// BASE and TARGET are git revisions (TARGET defaults to this working tree, uncommitted edits included). Each revision
// other than the working tree is checked out into a temporary worktree (removed at the end; node_modules is linked from
// this checkout), and its core is bundled as the product bundles it (bench/bundle.ts). Over the seeded bank of
// bench/bank.ts, after a warm-up, every pass runs each story through both cores back to back (which goes first flips
// from story to story and pass to pass, so load from elsewhere falls on both alike) and keeps each story's fastest time
// per core. Printed: p50, p95 and total of those fastest times per core; the median and the middle half of the
// per-story ratios TARGET/BASE; and the same ratio of BASE against itself (its even passes against its odd ones), which
// is the noise floor: a change whose ratio lies within it is not measurably faster or slower.
// With --cpu, each call is timed by the process's CPU time (process.cpuUsage, user + system) instead of the wall clock:
// on a machine whose cores are shared with other work, the time a call waits for a core is not counted (what the
// machine's other work adds to a call's own time, through the caches, still is).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeBank } from './bank';
import { bundleCore, type BundledCore } from './bundle';
import { timed } from './clock';

const ROOT = resolve(process.cwd());

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    n: { type: 'string', default: '400' },
    passes: { type: 'string', default: '6' },
    cpu: { type: 'boolean', default: false },
  },
});
if (positionals.length < 1 || positionals.length > 2) {
  console.error('usage: npm run bench:compare -- BASE [TARGET] [--n 400] [--passes 6] [--cpu]   (git revisions; TARGET defaults to the working tree)');
  process.exit(2);
}
const N = Math.max(10, Number(values.n));
const PASSES = Math.max(2, Number(values.passes));
const CPU = values.cpu === true;

const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/** A checkout of `rev` in a temporary worktree, or this working tree when `rev` is undefined. */
function checkout(rev: string | undefined, scratch: string, name: string): { root: string; label: string; cleanup: () => void } {
  if (rev === undefined) return { root: ROOT, label: 'working tree', cleanup: () => undefined };
  let sha: string;
  try {
    sha = git('rev-parse', '--verify', `${rev}^{commit}`);
  } catch {
    console.error(`"${rev}" is not a commit of this repository: give a branch, a tag or a sha (see git log).`);
    process.exit(2);
  }
  const dir = join(scratch, name);
  git('worktree', 'add', '--detach', '--quiet', dir, sha);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { root: dir, label: sha.startsWith(rev) ? sha.slice(0, 8) : `${rev} (${sha.slice(0, 8)})`, cleanup: () => git('worktree', 'remove', '--force', dir) };
}

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function time(core: BundledCore, text: string, path: string): number {
  const t = timed(() => core.analyzeFile(text, path, core.DEFAULT_CONFIG));
  return CPU ? t.cpu : t.wall;
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'node_modules'))) throw new Error('node_modules is missing: run `npm ci` first.');
  const scratch = mkdtempSync(join(tmpdir(), 'storybank-compare-'));
  const sides = [checkout(positionals[0], scratch, 'base'), checkout(positionals[1], scratch, 'target')];
  try {
    const cores = [await bundleCore(sides[0].root, join(scratch, 'base.cjs')), await bundleCore(sides[1].root, join(scratch, 'target.cjs'))];
    const bank = makeBank(N).map((text, i) => ({ text, path: join(scratch, `story-${String(i + 1).padStart(4, '0')}.md`) }));
    const findings = cores.map((c) => sum(bank.map((s) => c.analyzeFile(s.text, s.path, c.DEFAULT_CONFIG).findings.length)));
    const load0 = loadavg()[0];
    // best[core][half][story]: the fastest time of the story on that core in the even (0) or odd (1) passes
    const best = cores.map(() => [bank.map(() => Infinity), bank.map(() => Infinity)]);
    for (let pass = 0; pass < PASSES; pass++) {
      bank.forEach((s, i) => {
        for (let j = 0; j < 2; j++) {
          const k = (i + pass + j) % 2;
          const half = best[k][pass % 2];
          half[i] = Math.min(half[i], time(cores[k], s.text, s.path));
        }
      });
    }
    const fastest = best.map(([even, odd]) => even.map((t, i) => Math.min(t, odd[i])));
    const ratios = (a: readonly number[], b: readonly number[]) => a.map((t, i) => t / b[i]);
    const change = ratios(fastest[1], fastest[0]);
    const noise = ratios(best[0][1], best[0][0]);
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    const pct = (r: number) => `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)}%`;
    console.log(`Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}; load average ${load0.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`);
    console.log(`Bank: ${N} seeded stories (bench/bank.ts); ${PASSES} passes, each story on both cores back to back; fastest ${CPU ? 'CPU time (process.cpuUsage)' : 'wall time'} per story and core`);
    sides.forEach((side, k) => {
      const f = fastest[k];
      console.log(`  ${(k === 0 ? 'base  ' : 'target')} ${side.label.padEnd(28)} p50 ${ms(quantile(f, 0.5))}  p95 ${ms(quantile(f, 0.95))}  total ${(sum(f) / 1000).toFixed(2)} s  (${findings[k]} findings)`);
    });
    console.log(`Per story, target / base: median ${pct(quantile(change, 0.5))}, middle half ${pct(quantile(change, 0.25))} to ${pct(quantile(change, 0.75))}; totals ${pct(sum(fastest[1]) / sum(fastest[0]))}`);
    console.log(`Noise floor, base against itself (odd passes / even passes): median ${pct(quantile(noise, 0.5))}, middle half ${pct(quantile(noise, 0.25))} to ${pct(quantile(noise, 0.75))}`);
    if (findings[0] !== findings[1]) console.log(`(The two cores report different findings on the bank, ${findings[0]} and ${findings[1]}: they do different work, so part of a difference in time is a difference in what is checked.)`);
  } finally {
    for (const side of sides) side.cleanup();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
