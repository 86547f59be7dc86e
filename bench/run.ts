// Benchmark for the core and the CLI (`npm run bench`; options: --n N, --runs R, --no-write).
// Generates a deterministic bank of N stories of about 400 words (seeded PRNG) in a temporary folder, then
// measures side by side in one run:
//   1. the core: analyzeFile per story, in process, p50/p95 after a warm-up, through a bundle made with the
//      product's esbuild options (what users run) and through the sources with tsx, story by story alternately;
//   2. `storybank check` (the built CLI, a fresh node process) over the whole bank, wall time;
//   3. `markdownlint-cli2` (its bin run with node, default config) over the same files, wall time;
//   4. a bare remark parse (unified + remark-parse + remark-frontmatter) of the same files, both in process
//      and as a node one-liner process (read every file and parse it), wall time.
// Prints the ratios against the targets and writes the section "Core and CLI" of docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyzeFile } from '../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { countWords } from '../server/src/core/text';
import { makeBank } from './bank';
import { bundleCore, type Analyze } from './bundle';

// npm runs scripts from the package root.
const ROOT = resolve(process.cwd());
const CLI = join(ROOT, 'bin', 'storybank.js');
const MDL = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    'no-write': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const N = Math.max(1, Number(values.n));
const RUNS = Math.max(1, Number(values.runs));

// ---------------------------------------------------------------------------------------------------------
// Measuring

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function median(xs: number[]): number {
  return quantile([...xs].sort((a, b) => a - b), 0.5);
}

interface Proc {
  label: string;
  cmd: string;
  args: string[];
  cwd: string;
  okCodes: number[];
  env?: Record<string, string>;
  runs: number[];
  /** CPU time (user + system) of each timed run, from the kernel's child accounting; empty where unavailable. */
  cpu: number[];
}

/** CPU time used by waited-for child processes so far, in ms (Linux /proc; undefined elsewhere). */
function childCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]); // cutime + cstime, in clock ticks (100 per second)
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

function once(p: Proc): { ms: number; cpu?: number } {
  const c0 = childCpuMs();
  const t0 = performance.now();
  const r = spawnSync(p.cmd, p.args, { cwd: p.cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...p.env } });
  const ms = performance.now() - t0;
  const c1 = childCpuMs();
  if (r.error || !p.okCodes.includes(r.status ?? -1)) {
    throw new Error(`${p.label} failed (exit ${r.status}): ${r.error?.message ?? ''}\n${(r.stderr ?? '').slice(0, 2000)}`);
  }
  return { ms, cpu: c0 !== undefined && c1 !== undefined ? c1 - c0 : undefined };
}

/**
 * Runs each process once to warm the file cache, then RUNS rounds in which every process runs once (the order
 * rotates each round, so load from elsewhere on the machine falls on all of them alike). Median wall times.
 */
function wallTimes(procs: Proc[]): void {
  for (const p of procs) once(p);
  for (let round = 0; round < RUNS; round++) {
    for (let k = 0; k < procs.length; k++) {
      const p = procs[(round + k) % procs.length];
      const t = once(p);
      p.runs.push(t.ms);
      if (t.cpu !== undefined) p.cpu.push(t.cpu);
    }
  }
}

const fmt = (ms: number, digits = 0) => `${ms.toFixed(digits)} ms`;

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first (`npm run bench` does).');

  const dir = mkdtempSync(join(tmpdir(), 'storybank-bench-'));
  const storiesDir = join(dir, 'stories');
  mkdirSync(storiesDir);
  const bank = makeBank(N);
  const texts: { path: string; text: string }[] = [];
  for (let i = 0; i < N; i++) {
    const path = join(storiesDir, `story-${String(i + 1).padStart(4, '0')}.md`);
    const text = bank[i];
    writeFileSync(path, text);
    texts.push({ path, text });
  }
  const words = texts.map((t) => countWords(t.text));
  const meanWords = words.reduce((a, b) => a + b, 0) / words.length;
  console.log(`Generated ${N} stories (mean ${meanWords.toFixed(0)} words each, ${(texts.reduce((n, t) => n + t.text.length, 0) / 1024).toFixed(0)} KiB) in ${storiesDir}`);

  // 1. Core, in process: the sources through tsx, and a bundle of the same core made with the product's esbuild
  // options (scripts/build.mjs: one CommonJS file, regex literals hoisted), which is what the CLI and the server
  // run. tsx keeps every function's name (`__name` calls) and makes a regex literal's object at each use, so its
  // figures overstate what a user's machine spends. The two run story by story alternately (the order flips each
  // story), so load from elsewhere falls on both alike.
  const config = DEFAULT_CONFIG;
  const bundled = await bundleCore(ROOT, join(dir, 'core-bundle.cjs'));
  const analyzers: Analyze[] = [analyzeFile, bundled.analyzeFile];
  const configs = [config, bundled.DEFAULT_CONFIG];
  for (let i = 0; i < Math.min(N, 200); i++) for (let k = 0; k < 2; k++) analyzers[k](texts[i].text, texts[i].path, configs[k]);
  const times: number[][] = [[], []];
  const cpuTimes: number[][] = [[], []];
  let findings = 0;
  texts.forEach((t, i) => {
    for (let j = 0; j < 2; j++) {
      const k = (i + j) % 2;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const a = analyzers[k](t.text, t.path, configs[k]);
      times[k].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpuTimes[k].push((c.user + c.system) / 1000);
      if (k === 0) findings += a.findings.length;
    }
  });
  // Two more passes: the fastest of three per story separates what a story costs from what the machine adds
  // (a collection, another process taking the core) to whichever call it lands on.
  const best = [texts.map(() => Infinity), texts.map(() => Infinity)];
  for (let pass = 0; pass < 3; pass++) {
    texts.forEach((t, i) => {
      for (let j = 0; j < 2; j++) {
        const k = (i + j + pass) % 2;
        const t0 = performance.now();
        analyzers[k](t.text, t.path, configs[k]);
        best[k][i] = Math.min(best[k][i], performance.now() - t0);
      }
    });
  }
  const cores = [0, 1].map((k) => coreFigures(times[k], cpuTimes[k], best[k]));

  // 4a. Bare remark parse, in process.
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  for (let i = 0; i < Math.min(N, 200); i++) processor.parse(texts[i].text);
  const rt0 = performance.now();
  for (const t of texts) processor.parse(t.text);
  const remarkInProcess = performance.now() - rt0;

  // 2. The CLI, 3. markdownlint-cli2, 4b. remark as a process.
  const node = process.execPath;
  const remarkScript = [
    "import {readdirSync, readFileSync} from 'node:fs';",
    "import {join} from 'node:path';",
    "import {unified} from 'unified';",
    "import remarkParse from 'remark-parse';",
    "import remarkFrontmatter from 'remark-frontmatter';",
    "const p = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);",
    'const d = process.argv[1];',
    "for (const f of readdirSync(d)) if (f.endsWith('.md')) p.parse(readFileSync(join(d, f), 'utf8'));",
  ].join(' ');
  const cliProc: Proc = { label: 'storybank check', cmd: node, args: [CLI, 'check', 'stories', '--format', 'json'], cwd: dir, okCodes: [0, 1], runs: [], cpu: [] };
  const cli1Proc: Proc = { ...cliProc, label: 'storybank check, one thread', env: { STORYBANK_JOBS: '1' }, runs: [], cpu: [] };
  const mdlProc: Proc = { label: 'markdownlint-cli2', cmd: node, args: [MDL, 'stories/**/*.md'], cwd: dir, okCodes: [0, 1], runs: [], cpu: [] };
  const remarkP: Proc = { label: 'remark one-liner', cmd: node, args: ['--input-type=module', '-e', remarkScript, storiesDir], cwd: ROOT, okCodes: [0], runs: [], cpu: [] };
  const load0 = loadavg()[0];
  wallTimes([cliProc, cli1Proc, mdlProc, remarkP]);
  const load1 = loadavg()[0];
  const load = `load average ${load0.toFixed(1)} before, ${load1.toFixed(1)} after the process timings`;
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const procs = [cliProc, cli1Proc, mdlProc, remarkP].map((p) => ({ label: p.label, ms: median(p.runs), cpu: p.cpu.length > 0 ? median(p.cpu) : NaN }));
  const [cli, cli1, mdl, remarkProc] = procs;
  const f: Figures = {
    load,
    cpu,
    tsx: cores[0],
    bundle: cores[1],
    remarkInProcess,
    procs,
    ratioMdl: cli.ms / mdl.ms,
    ratioMdl1: cli1.ms / mdl.ms,
    ratioMdlCpu: cli1.cpu / mdl.cpu,
    ratioRemark: cli.ms / remarkProc.ms,
  };
  const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
  const lines = [
    `Stories: ${N} generated (seeded), mean ${meanWords.toFixed(0)} words; ${findings} findings from the core`,
    `Machine: ${cpu}, ${cpus().length} cores, Node ${process.version}; ${load}`,
    '',
    ...(['bundle', 'tsx'] as const).flatMap((how) => {
      const c = f[how];
      const what = how === 'bundle' ? 'the built bundle' : 'the sources through tsx';
      return [
        `Core (analyzeFile, in process, ${what}, per story after warm-up): p50 ${fmt(c.p50, 3)}, p95 ${fmt(c.p95, 3)}, mean ${fmt(c.mean, 3)}  (target p95 ≤ 2 ms: ${c.p95 <= 2 ? 'met' : 'NOT met'})`,
        `  CPU time per story (process.cpuUsage around each call): p50 ${fmt(c.cpuP50, 3)}, p95 ${fmt(c.cpuP95, 3)}`,
        `  fastest of 3 passes: p50 ${fmt(c.bestP50, 3)}, p95 ${fmt(c.bestP95, 3)}  (target p95 ≤ 2 ms: ${c.bestP95 <= 2 ? 'met' : 'NOT met'})`,
      ];
    }),
    `Bare remark parse, in process, all ${N} files: ${fmt(remarkInProcess)} (${fmt(remarkInProcess / N, 3)} per file)`,
    '',
    `Over ${N} files, each a fresh node process (median of ${RUNS} interleaved runs after one warm-up):   wall      CPU`,
    ...procs.map((p) => `  ${p.label.padEnd(40)} ${ms(p.ms).padStart(9)} ${ms(p.cpu).padStart(9)}`),
    '',
    `Ratios (wall): storybank / markdownlint-cli2 = ${f.ratioMdl.toFixed(2)}  (target ≤ 0.5: ${f.ratioMdl <= 0.5 ? 'met' : 'NOT met'})`,
    `               storybank one thread / markdownlint-cli2 = ${f.ratioMdl1.toFixed(2)}`,
    `               storybank / bare remark parse process = ${f.ratioRemark.toFixed(2)}`,
    `Ratio (CPU):   storybank one thread / markdownlint-cli2 = ${Number.isFinite(f.ratioMdlCpu) ? f.ratioMdlCpu.toFixed(2) : 'n/a'}`,
  ];
  console.log('');
  console.log(lines.join('\n'));

  if (!values['no-write']) {
    writeSection(f);
    console.log('\nWrote the section "Core and CLI" of docs/benchmarks.md');
  }
  if (values.keep) console.log(`Kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}


interface CoreFigures {
  p50: number;
  p95: number;
  mean: number;
  cpuP50: number;
  cpuP95: number;
  bestP50: number;
  bestP95: number;
}

function coreFigures(times: number[], cpuTimes: number[], best: number[]): CoreFigures {
  const t = [...times].sort((a, b) => a - b);
  const c = [...cpuTimes].sort((a, b) => a - b);
  const b = [...best].sort((x, y) => x - y);
  return {
    p50: quantile(t, 0.5),
    p95: quantile(t, 0.95),
    mean: t.reduce((x, y) => x + y, 0) / t.length,
    cpuP50: quantile(c, 0.5),
    cpuP95: quantile(c, 0.95),
    bestP50: quantile(b, 0.5),
    bestP95: quantile(b, 0.95),
  };
}

interface Figures {
  load: string;
  cpu: string;
  tsx: CoreFigures;
  bundle: CoreFigures;
  remarkInProcess: number;
  procs: { label: string; ms: number; cpu: number }[];
  ratioMdl: number;
  ratioMdl1: number;
  ratioMdlCpu: number;
  ratioRemark: number;
}

function writeSection(f: Figures): void {
  const file = join(ROOT, 'docs', 'benchmarks.md');
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
  const section = [
    '## Core and CLI',
    '',
    '```sh',
    `npm run bench            # = npm run build && node --import tsx bench/run.ts   (this run: --n ${N} --runs ${RUNS})`,
    '```',
    '',
    'Options: `--n N` stories (default 1000), `--runs R` timed runs per process (default 5), `--no-write` to leave this',
    'file alone, `--keep` to keep the generated bank. The script generates a deterministic bank of N stories of',
    'about 400 words each (seeded PRNG; front matter, five parts, some bullets, some deliberate problems) in a',
    'temporary folder and measures, in one run:',
    '',
    '- the core: `analyzeFile` per story in process, after a warm-up of 200 stories: wall time of each call, CPU time',
    '  of each call (`process.cpuUsage`), and the fastest of three further passes for each story; once through a',
    "  bundle made with the product's esbuild options (what the CLI and the server run: regex literals hoisted, no",
    '  `__name` wrappers) and once through the sources with tsx, story by story alternately in the same process.',
    '  The slowest calls of one pass are not the same stories in the next (of the 50 slowest, about one recurs):',
    '  the tail of a single pass is what the machine adds (collections, other processes), not what a story costs;',
    '- `storybank check stories --format json`, the built CLI as a fresh node process: once as it ships (a large bank',
    '  is split over worker threads, one per idle CPU up to 4, so on a busy machine it runs on one), once with',
    '  `STORYBANK_JOBS=1` (always one thread);',
    '- `markdownlint-cli2 "stories/**/*.md"` (0.22.1, its bin run with node, default config) over the same files;',
    '- a bare remark parse (unified + remark-parse + remark-frontmatter) of the same files, in process and as a',
    '  `node --input-type=module -e` one-liner process that reads and parses every file.',
    '',
    'Process timings are medians of interleaved runs (each process once per round, order rotating, so load from',
    'elsewhere falls on all alike) after one warm-up run of each. CPU is user + system time of the process from the',
    "kernel's child accounting: less sensitive to a busy machine than wall time.",
    '',
    `Last run: ${new Date().toISOString().slice(0, 10)}, ${f.cpu}, ${cpus().length} cores, Node ${process.version}, ${N} stories, ${f.load}.`,
    '',
    '| Measure | Result | Target |',
    '| --- | ---: | --- |',
    ...(['bundle', 'tsx'] as const).flatMap((how) => {
      const c = f[how];
      const what = how === 'bundle' ? 'bundle' : 'tsx';
      return [
        `| Core per story (${what}), p50 | ${c.p50.toFixed(3)} ms | |`,
        `| Core per story (${what}), p95 | ${c.p95.toFixed(3)} ms | ≤ 2 ms — ${met(c.p95 <= 2)} |`,
        `| Core per story (${what}), mean | ${c.mean.toFixed(3)} ms | |`,
        `| Core CPU time per story (${what}), p50 / p95 | ${c.cpuP50.toFixed(3)} / ${c.cpuP95.toFixed(3)} ms | |`,
        `| Core per story (${what}), fastest of 3 passes, p50 | ${c.bestP50.toFixed(3)} ms | |`,
        `| Core per story (${what}), fastest of 3 passes, p95 | ${c.bestP95.toFixed(3)} ms | ≤ 2 ms — ${met(c.bestP95 <= 2)} |`,
      ];
    }),
    `| Bare remark parse in process, per file | ${(f.remarkInProcess / N).toFixed(3)} ms | |`,
    ...f.procs.map((p) => `| ${p.label}: wall (CPU) | ${ms(p.ms)} (${ms(p.cpu)}) | |`),
    `| storybank / markdownlint-cli2, wall | ${f.ratioMdl.toFixed(2)} | ≤ 0.5 — ${met(f.ratioMdl <= 0.5)} |`,
    `| storybank one thread / markdownlint-cli2, wall | ${f.ratioMdl1.toFixed(2)} | |`,
    `| storybank one thread / markdownlint-cli2, CPU | ${Number.isFinite(f.ratioMdlCpu) ? f.ratioMdlCpu.toFixed(2) : 'n/a'} | |`,
    `| storybank / bare remark parse process, wall | ${f.ratioRemark.toFixed(2)} | |`,
    '',
    'Where the time goes (a `node --cpu-prof` profile of `storybank check` over this bank, 2026-11-30): the Markdown',
    'parse (`mdast-util-from-markdown` and micromark) about 42% of CPU, of which about 10% is building the parser',
    "configuration again for every file; YAML front matter about 17%, half of it in `isStoryFile` parsing the front",
    'matter a second time (it could try the include globs first and parse only when they do not match); garbage',
    `collection 12%; the rules 8%. In this run the one-thread CLI took ${(f.procs[1].ms / f.procs[3].ms).toFixed(1)}× the wall time of a bare remark parse of`,
    'the same files, so the 0.5× target against markdownlint-cli2 (which parses with micromark too) is out of reach',
    'on one core. Worker threads help only when a core is free (a back-to-back pair on this machine: 4.4 s on one',
    'thread, 3.0 s on two); sharing a busy core they cost more than they save, so the CLI counts idle CPUs first.',
    '',
  ].join('\n');
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const start = doc.indexOf('## Core and CLI');
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + 3);
    doc = doc.slice(0, start) + section + (next >= 0 ? '\n' + doc.slice(next + 1) : '');
  } else {
    doc = doc.replace(/\s*$/, '\n\n') + section;
  }
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(file, doc.replace(/\n{3,}/g, '\n\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
