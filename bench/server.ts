// Language-server benchmark: the real built server (`node dist/server.js --stdio`) on a generated bank of 1,000
// stories. Measures the initial index time, the server's resident memory after indexing, didChange →
// publishDiagnostics latency on a 1,000-word story with debounceMs 0 (p50/p95 over 200 edits), and how many
// stories are analysed again after one edit.
//
//   npm run build && node --import tsx bench/server.ts [--stories 1000] [--edits 200] [--write]
//
// --write replaces the "Language server" section of docs/benchmarks.md with the figures.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { StatsRequest, BankIndexRequest } from '../server/src/protocol';
import { fileUri, ROOT, TestClient } from '../test/protocol/lsp';
import { rng } from './rng';

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}
const N = arg('--stories', 1000);
const EDITS = arg('--edits', 200);
/** Extra fresh servers that index the bank again: with the default thread count, then with a worker forced. */
const RUNS = arg('--index-runs', 3);
/** Fresh servers that index the bank from the analyses a previous one kept (after one that writes them). */
const CACHE_RUNS = arg('--cache-runs', 3);


const WORDS =
  'team service release customer latency budget review pipeline rollout metric incident owner design schedule feature migration test alert queue cache index partner support outage deadline estimate dashboard backlog handover plan risk cost query report audit change version region traffic'.split(' ');
const VERBS = 'measured split proposed rewrote asked reviewed shipped tested agreed moved added checked planned cut replaced paired'.split(' ');

function sentence(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(i % 5 === 1 ? VERBS[Math.floor(r() * VERBS.length)] : WORDS[Math.floor(r() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

function paragraph(r: () => number, words: number): string {
  const out: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 8 + Math.floor(r() * 10));
    out.push(sentence(r, n));
    left -= n;
  }
  return out.join(' ');
}

function story(i: number, words: number): string {
  const r = rng(i + 1);
  const q = 1 + (i % 35);
  const q2 = 1 + ((i * 7 + 3) % 35);
  const share = [0.12, 0.12, 0.5, 0.13, 0.13];
  const [setup, challenge, approach, outcome, learning] = share.map((s) => paragraph(r, Math.max(8, Math.round(words * s))));
  const filler = i % 4 === 0 ? 'Basically, ' : '';
  return `---
title: Story ${i} about the ${WORDS[i % WORDS.length]} work
project: ${i % 200 === 0 ? 'platform' : `project-${Math.floor(i / 2)}`}
questions: [${q}, ${q2}]
---
# Story ${i} about the ${WORDS[i % WORDS.length]} work

## Setup

${filler}${setup}

## Challenge

${challenge}

## Approach

${approach}

## Outcome

${outcome} It cut the time by ${10 + (i % 80)}%.

## Learning

${learning}
`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * CPU time (user + system) the process has used, in ms, from /proc (clock ticks of 10 ms), with that of its child
 * processes that have ended (the server indexes a bank in child processes that end with the index).
 */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 10;
}

/** Waits (at most 10 s) until the server has no child process left, so that their CPU time is counted. */
async function childrenEnded(pid: number): Promise<void> {
  const list = `/proc/${pid}/task/${pid}/children`;
  for (let i = 0; i < 200; i++) {
    let children = '';
    try {
      children = readFileSync(list, 'utf8').trim();
    } catch {
      return; // no such file on this kernel
    }
    if (children === '') return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  return m ? Number(m[1]) / 1024 : NaN;
}

/** When the first diagnostics of a story file arrived (performance.now()). */
function firstStoryPublication(client: TestClient): number {
  return Math.min(...[...client.firstPublishedAt].filter(([uri]) => uri.endsWith('.md')).map(([, t]) => t));
}

/** Indexes `dir` in a fresh server with STORYBANK_JOBS=jobs (undefined: the server's own choice): wall time (initialize → bank index) and server CPU. */
async function indexWithJobs(dir: string, jobs: number | undefined, cacheDir?: string): Promise<{ wallMs: number; firstMs: number; cpuMs: number; threads: number; rssMb: number }> {
  const saved = process.env.STORYBANK_JOBS;
  if (jobs === undefined) delete process.env.STORYBANK_JOBS;
  else process.env.STORYBANK_JOBS = String(jobs);
  const client = new TestClient({ settings: { debounceMs: 0 } });
  if (saved === undefined) delete process.env.STORYBANK_JOBS;
  else process.env.STORYBANK_JOBS = saved;
  try {
    const pid = client.proc.pid ?? 0;
    // Let the server load its bundle first, as in the main run (where the bank is written meanwhile).
    await new Promise((r) => setTimeout(r, 500));
    const t0 = performance.now();
    await client.initialize([dir], cacheDir === undefined ? {} : { cacheDir });
    const cpu0 = cpuMs(pid);
    await client.waitForBankChange(-1, 60_000);
    const wallMs = performance.now() - t0;
    const firstMs = firstStoryPublication(client) - t0;
    await childrenEnded(pid);
    const cpu = cpuMs(pid) - cpu0;
    await client.conn.sendRequest(BankIndexRequest.type);
    const rss = rssMb(pid);
    const line = client.logs.find((l) => /^Analysed \d+ files on \d+ threads?/.test(l));
    // A run with a cache writes it after its index: give it the time to (the next run reads it).
    if (cacheDir !== undefined) await new Promise((r) => setTimeout(r, 1500));
    await client.shutdown();
    return { wallMs, firstMs, cpuMs: cpu, threads: line ? Number(/on (\d+) thread/.exec(line)?.[1]) : NaN, rssMb: rss };
  } finally {
    client.kill();
  }
}

async function main(): Promise<void> {
  const load = loadavg()[0];
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'storybank-bench-')));
  const client = new TestClient({ settings: { debounceMs: 0 } });
  try {
    mkdirSync(join(dir, 'stories'), { recursive: true });
    for (let i = 0; i < N; i++) writeFileSync(join(dir, 'stories', `story-${String(i).padStart(4, '0')}.md`), story(i, 160 + (i % 5) * 60));
    const bigPath = join(dir, 'stories', 'story-0000.md');
    const bigText = story(0, 1000);
    writeFileSync(bigPath, bigText);

    const pid = client.proc.pid ?? 0;
    const t0 = performance.now();
    await client.initialize([dir]);
    const initMs = performance.now() - t0;
    const cpuAtInit = cpuMs(pid);
    await client.waitForBankChange(-1, 60_000);
    const indexMs = performance.now() - t0;
    // No document is open yet: the first publication is the first diagnostics of an unopened story.
    const firstMs = firstStoryPublication(client) - t0;
    await childrenEnded(pid);
    const indexCpuMs = cpuMs(pid) - cpuAtInit;
    const index = await client.conn.sendRequest(BankIndexRequest.type);
    // The server logs its own figure: from the first settings request to the last publication.
    const ownLine = client.logs.find((l) => /^Indexed \d+ stories in \d+ ms/.test(l));
    const ownMs = ownLine ? Number(/in (\d+) ms/.exec(ownLine)?.[1]) : NaN;
    const threadsLine = client.logs.find((l) => /^Analysed \d+ files on \d+ threads?/.test(l));
    const threads = threadsLine ? Number(/on (\d+) thread/.exec(threadsLine)?.[1]) : NaN;
    if (index.indexing) throw new Error('the bank index still says indexing after the change notification');
    const published = [...client.published.keys()].length;
    const afterIndex = await client.conn.sendRequest(StatsRequest.type);
    const rss = client.proc.pid !== undefined ? rssMb(client.proc.pid) : NaN;

    // Edits on the 1,000-word story, debounce 0: time from sending didChange to its publishDiagnostics.
    const uri = fileUri(bigPath);
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: bigText } });
    await client.waitForDiagnostics(uri, undefined, { includeLast: true });
    const lines = bigText.split('\n');
    const approachLine = lines.findIndex((l) => l === '## Approach') + 2;
    const statsBefore = await client.conn.sendRequest(StatsRequest.type);
    const cpuBeforeEdits = cpuMs(pid);
    let oneEditAnalyses = -1;
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const version = i + 2;
      const insert = i % 2 === 0 ? ' team' : ' plan';
      const done = client.waitForDiagnostics(uri);
      const t = performance.now();
      await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: approachLine, character: 0 }, end: { line: approachLine, character: 0 } }, text: insert }],
      });
      await done;
      times.push(performance.now() - t);
      if (i === 0) {
        const s = await client.conn.sendRequest(StatsRequest.type);
        oneEditAnalyses = s.analyses - statsBefore.analyses;
      }
    }
    const cpuPerEdit = (cpuMs(pid) - cpuBeforeEdits) / EDITS;
    const statsAfter = await client.conn.sendRequest(StatsRequest.type);
    const corePerEdit = (statsAfter.analysisMs - statsBefore.analysisMs) / EDITS;
    // The first edits run on code the server's main thread has not optimised yet (the bank was indexed in other
    // processes): the second half of the edits shows the steady state beside the whole run.
    const lateP95 = percentile(times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b), 95);
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    const p95 = percentile(times, 95);
    const words = bigText.split(/\s+/).filter(Boolean).length;

    const fmt = (x: number) => x.toFixed(x < 10 ? 2 : 0);
    // The same index in fresh servers, RUNS times each: the server's own thread count, then one worker forced.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const again: { wallMs: number; firstMs: number; cpuMs: number; threads: number }[] = [];
    const forcedRuns: { wallMs: number; firstMs: number; cpuMs: number; threads: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      again.push(await indexWithJobs(dir, undefined));
      forcedRuns.push(await indexWithJobs(dir, 2));
    }
    // With the analyses kept between runs (initializationOptions.cacheDir): a first server writes them, the next
    // ones start from them, as when the editor is opened again on the same bank.
    const cacheDir = mkdtempSync(join(tmpdir(), 'storybank-bench-cache-'));
    const cached: { wallMs: number; firstMs: number; cpuMs: number; threads: number; rssMb: number }[] = [];
    try {
      if (CACHE_RUNS > 0) await indexWithJobs(dir, undefined, cacheDir);
      for (let i = 0; i < CACHE_RUNS; i++) cached.push(await indexWithJobs(dir, undefined, cacheDir));
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
    const spread = (xs: number[]) => (xs.length === 0 ? 'not run' : `median ${fmt(median(xs))} ms (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`);
    const forced = { wallMs: median(forcedRuns.map((r) => r.wallMs)), cpuMs: median(forcedRuns.map((r) => r.cpuMs)), threads: forcedRuns[0]?.threads ?? NaN };
    const forcedText = `With two analysis processes forced (\`STORYBANK_JOBS=2\`, ${forced.threads} threads), ${RUNS} fresh servers took\n${spread(forcedRuns.map((r) => r.wallMs))} wall and a median ${forced.cpuMs} ms of server CPU for the same index.`;
    const rows = [
      ['First diagnostics of an unopened story (initialize → its publication)', `${fmt(firstMs)} ms`, '≤ 1,000 ms (issue 8)'],
      [`… the same in ${RUNS} more fresh servers`, spread(again.map((r) => r.firstMs)), ''],
      ['Initial index of the bank (initialize → every diagnostic published, bank findings included)', `${fmt(indexMs)} ms`, ''],
      ['… of which the initialize request (includes loading the server bundle)', `${fmt(initMs)} ms`, ''],
      ['… of which the server\'s own indexing (settings → last publication, from its log)', `${fmt(ownMs)} ms`, ''],
      ['… server CPU time from the initialize answer to the last publication (user + system, its index processes included)', `${indexCpuMs} ms`, ''],
      [`… time in the core (isStoryFile + analyzeFile, ${afterIndex.analyses} files, summed over ${threads} threads)`, `${afterIndex.analysisMs} ms`, ''],
      [`… the same in ${RUNS} more fresh servers (${again[0]?.threads ?? NaN} ${again[0]?.threads === 1 ? 'thread' : 'threads'})`, spread(again.map((r) => r.wallMs)), ''],
      [`Initial index with the analyses kept from the last run (${CACHE_RUNS} fresh servers after one that wrote them)`, spread(cached.map((r) => r.wallMs)), '≤ 1,000 ms (issue 8)'],
      ['… its first diagnostics of an unopened story', spread(cached.map((r) => r.firstMs)), ''],
      ['… its server CPU time (median)', cached.length === 0 ? 'not run' : `${median(cached.map((r) => r.cpuMs))} ms`, ''],
      ['… its resident memory after indexing (median)', cached.length === 0 ? 'not run' : `${median(cached.map((r) => r.rssMb)).toFixed(0)} MB`, ''],
      ['Server resident memory after indexing (VmRSS)', `${rss.toFixed(0)} MB`, '≤ 120 MB (issue 8)'],
      ['… of which JavaScript heap in use', `${afterIndex.heapUsedMb} MB`, ''],
      [`didChange → publishDiagnostics, ${words}-word story, debounce 0, p50`, `${fmt(p50)} ms`, ''],
      [`didChange → publishDiagnostics, p95 over ${EDITS} edits`, `${fmt(p95)} ms`, '≤ 5 ms (issue 8)'],
      [`… p95 over the last ${EDITS - Math.floor(EDITS / 2)} edits`, `${fmt(lateP95)} ms`, ''],
      ['… server CPU time per edit (mean, user + system)', `${fmt(cpuPerEdit)} ms`, ''],
      ['… time in the core per edit (mean)', `${fmt(corePerEdit)} ms`, ''],
      ['Stories analysed again after one edit', String(oneEditAnalyses), '1'],
    ];
    const table = ['| measure | result | target |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    const section = `## Language server

Command: \`npm run build && node --import tsx bench/server.ts --write\` (the real \`dist/server.js\` over stdio,
driven by the protocol tests' client; a generated bank of ${N} stories of 160–400 words, ${index.stories.length} stories
indexed, ${published} files published; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version};
load average ${load.toFixed(1)} when the run started).

${table}

How to read it: wall times include waiting for the CPU, so on a shared, busy machine (see the load average)
they stretch well beyond the server's own work; the CPU rows are the server process's user + system time from
/proc (all its threads, including V8's background compiler and garbage collector), with that of the processes
it indexed in once they have ended. Nearly all of the index is the core analysing files (remark parse, front
matter, the language layer, the rules; see "Core and CLI" for the per-story figures); the server reads every
file, analyses them all, then publishes each file once, with its bank findings, and reports progress at most
every 250 ms. A bank of 20 files or more is analysed in a separate Node process (one per two CPUs beyond the
first two, at most four; \`server/src/analysisPool.ts\`) that ends with the index, so the server never holds the
language model or the index's garbage until a story is opened; with \`initializationOptions.cacheDir\` the analyses
are kept for the next run and only changed stories are analysed again (the rows "with the analyses kept").
${forcedText}

Only the edited story is analysed again after an edit, and the bank findings are recomputed only when a story's
title, project, questions, themes, dates, suppression comments or config change, not while typing inside a part.
Targets met in this run: ${[median([firstMs, ...again.map((r) => r.firstMs)]) <= 1000 ? 'first diagnostics of an unopened story (median of all runs)' : '', rss <= 120 ? 'memory' : '', p95 <= 5 ? 'p95 latency' : '', oneEditAnalyses === 1 ? 'one re-analysis per edit' : ''].filter(Boolean).join(', ') || 'none'}.
`;
    await client.shutdown();
    console.log(section);
    if (process.argv.includes('--write')) {
      const file = join(ROOT, 'docs', 'benchmarks.md');
      let doc = '';
      try {
        doc = readFileSync(file, 'utf8');
      } catch {
        doc = '# Benchmarks\n';
      }
      const start = doc.indexOf('## Language server');
      if (start >= 0) {
        const next = doc.indexOf('\n## ', start + 1);
        doc = doc.slice(0, start) + section + (next >= 0 ? doc.slice(next) : '');
      } else doc = `${doc.trimEnd()}\n\n${section}`;
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      writeFileSync(file, doc);
      console.log(`Wrote the "Language server" section of ${file}`);
    }
  } finally {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
