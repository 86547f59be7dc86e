// Is a file's reading independent of what was read before it in the same process? Two child processes check every
// labelled file of the corpus, one in order and one in the reverse order, and this compares what each found per file
// (findings, answers and their kinds and part lines). Any difference is a bug: the product would report different
// findings on the same story depending on which stories the server or the CLI met first (round 42 found one in the
// NLP library's word cache). Held-out (test) files take part but are only counted, never named.
//
//   node --import tsx scripts/eval/order.ts            # exit 1 and the files named when any reading differs
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, type Config } from '../../server/src/core';
import { findSharedCorpus, loadCorpus, repoSources, type LabelFile } from './harness';

/** What a file's analysis says, as one short digest: findings (rule, place, message) and answers (kind, lines). */
export function readingDigest(text: string, path: string, config: Config): string {
  const a = analyzeFile(text, path, config);
  const findings = a.findings.map((f) => [f.ruleId, f.range.start.offset, f.range.end.offset, f.message]);
  const answers = a.file.stories.map((s) => JSON.stringify(s, (k, v: unknown) => (k === 'text' || k === 'source' ? undefined : v)));
  return createHash('sha1').update(JSON.stringify([findings, answers])).digest('hex').slice(0, 16);
}

function corpusFiles(root: string): LabelFile[] {
  return loadCorpus(repoSources(root, findSharedCorpus(root))).files;
}

/** Child: one line per file, "display<TAB>split<TAB>digest", in the order asked for. */
function emit(root: string, reverse: boolean): void {
  const files = corpusFiles(root);
  if (reverse) files.reverse();
  const lines = files.map((f) => `${f.display}\t${f.split}\t${readingDigest(readFileSync(f.storyPath, 'utf8'), f.storyPath, f.config)}`);
  process.stdout.write(lines.join('\n') + '\n');
}

function table(out: string): Map<string, { split: string; digest: string }> {
  const m = new Map<string, { split: string; digest: string }>();
  for (const line of out.split('\n').filter(Boolean)) {
    const [display, split, digest] = line.split('\t');
    m.set(display, { split, digest });
  }
  return m;
}

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  // the two orders run side by side, each in a process of its own
  const run = async (order: string): Promise<string> =>
    (await promisify(execFile)(process.execPath, ['--import', 'tsx', __filename, '--emit', order], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;
  const [forward, reverse] = (await Promise.all([run('forward'), run('reverse')])).map(table);
  const differ = [...forward].filter(([d, f]) => reverse.get(d)?.digest !== f.digest);
  const named = differ.filter(([, f]) => f.split !== 'test').map(([d]) => d);
  console.log(`${forward.size} files read in both orders; ${differ.length} read differently (${differ.length - named.length} of them held-out, not named)`);
  for (const d of named) console.log(`  ${d}`);
  if (differ.length > 0) process.exitCode = 1;
}

if (require.main === module) {
  const i = process.argv.indexOf('--emit');
  if (i >= 0) emit(join(__dirname, '..', '..'), process.argv[i + 1] === 'reverse');
  else void main();
}
