// `npm run metamorphic`: a metamorphic test of how parts are marked. It takes the dev files of the study half (eval/README
// "The held-back half"; `split: test` files, round 20's files and the held-back half are skipped) that the checker
// already reads right (every labelled answer found, every labelled part on its line), applies each layout transform of
// scripts/metamorphic/transforms.ts to each one by one — a change of dress, never of meaning — and compares the
// checker's reading before and after: answers found, their kind, which parts are present, which rules fire.
//   npm run metamorphic                          the table: per transform, files tried, reading kept, what changed
//   npm run metamorphic -- --transform crlf      one transform only (or several, joined by commas)
//   npm run metamorphic -- --examples 8          how many changed file:line examples to list per transform (default 4)
//   npm run metamorphic -- --show FILE --transform NAME    print the transformed text of one file (to study a change)
//   npm run metamorphic -- --sample 400         400 files spread evenly over the study half (faster)
//   npm run metamorphic -- --json                the figures as JSON
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../server/src/core';
import type { Config, Story } from '../server/src/core';
import { findSharedCorpus, loadCorpus, matchStories, repoSources } from './eval/harness';
import type { LabelFile } from './eval/harness';
import { storiesAt, TRANSFORMS } from './metamorphic/transforms';

/** The held-back half of round 21 (the same rule as the lead's heldback.py): a stable hash of the path. */
export function heldBack(display: string): boolean {
  const f = display.replace(/\\/g, '/');
  if (f.includes('shared/corpus')) return false;
  return (createHash('sha1').update(`round21:${f}`).digest()[0] & 1) === 1;
}

function roundTwentyHeldOut(file: LabelFile): boolean {
  const split = readFileSync(file.labelsPath, 'utf8').split(/\r?\n/).find((l) => l.startsWith('split:')) ?? '';
  return split.includes('round 20 held-out');
}

/** What the checker reads of one answer: its kind, the parts present (in order) and the rules that fire. */
interface Reading {
  kind: string;
  parts: string;
  rules: string;
  line: number;
}

function read(text: string, path: string, config: Config): { stories: Story[]; readings: Reading[] } {
  const a = analyzeFile(text, path, config);
  const stories = a.file.stories;
  const rules = stories.map(() => new Set<string>());
  for (const f of a.findings) {
    const k = f.storyIndex ?? stories.findIndex((s) => s.range.start.line <= f.range.start.line && f.range.start.line <= s.range.end.line);
    if (k >= 0) rules[k].add(f.ruleId);
  }
  return {
    stories,
    readings: stories.map((s, i) => ({
      kind: s.kind ?? 'story',
      parts: [...new Set(s.parts.map((p) => p.name))].join(','),
      rules: [...rules[i]].sort().join(','),
      line: s.titleRange.start.line,
    })),
  };
}

/** Whether the checker reads the file as labelled: every answer found, every listed part on its line. */
function readRight(file: LabelFile, stories: readonly Story[]): boolean {
  if (file.stories.length === 0) return false;
  const match = matchStories(file.stories, stories);
  if (match.some((j) => j < 0)) return false;
  return file.stories.every((label, i) => {
    const s = stories[match[i]];
    return Object.entries(label.parts).every(([part, want]) => {
      const found = s.parts.filter((p) => p.name === part).map((p) => p.marker.start.line);
      return want === null ? found.length === 0 : found[0] === want;
    });
  });
}

type Change = 'answers' | 'kind' | 'parts' | 'rules';

function compare(before: readonly Reading[], after: readonly Reading[]): { change?: Change; line: number; detail: string } {
  if (before.length !== after.length) return { change: 'answers', line: before[0]?.line ?? 1, detail: `${before.length} answers → ${after.length}` };
  for (const key of ['parts', 'kind', 'rules'] as const) {
    const i = before.findIndex((b, k) => b[key] !== after[k][key]);
    if (i >= 0) return { change: key, line: before[i].line, detail: `${key} ${before[i][key] || '(none)'} → ${after[i][key] || '(none)'}` };
  }
  return { line: 0, detail: '' };
}

interface Row {
  transform: string;
  cls: string;
  tried: number;
  kept: number;
  changed: Record<Change, number>;
  examples: string[];
}

function main(argv: string[]): number {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = arg('--transform');
  const show = arg('--show');
  const examples = Number(arg('--examples') ?? 4);
  const json = argv.includes('--json');
  const transforms = TRANSFORMS.filter((t) => !only || only.split(',').includes(t.name));
  if (transforms.length === 0) {
    process.stderr.write(`There is no transform \`${only}\`. Transforms: ${TRANSFORMS.map((t) => t.name).join(', ')}.\n`);
    return 2;
  }
  const repoRoot = join(__dirname, '..');
  const { files } = loadCorpus(repoSources(repoRoot, findSharedCorpus(repoRoot)));
  const study = files.filter((f) => f.split === 'dev' && !heldBack(f.display) && !roundTwentyHeldOut(f) && (!show || f.display === show));
  // --sample N: N files spread evenly over the study half (the whole run reads every file once per transform).
  const n = Number(arg('--sample') ?? 0);
  const pool = n > 0 && n < study.length ? study.filter((_, i) => Math.floor((i * n) / study.length) !== Math.floor(((i - 1) * n) / study.length)) : study;
  const rows: Row[] = transforms.map((t) => ({ transform: t.name, cls: t.cls, tried: 0, kept: 0, changed: { answers: 0, kind: 0, parts: 0, rules: 0 }, examples: [] }));
  let right = 0;
  for (const file of pool) {
    const text = readFileSync(file.storyPath, 'utf8');
    const base = read(text, file.storyPath, file.config);
    if (!readRight(file, base.stories)) continue;
    right++;
    const at = storiesAt(text, base.stories);
    transforms.forEach((t, k) => {
      const next = t.apply(text, at);
      if (next === undefined) return;
      if (show) process.stdout.write(`--- ${t.name}\n${next}\n`);
      const row = rows[k];
      row.tried++;
      const c = compare(base.readings, read(next, file.storyPath, file.config).readings);
      if (!c.change) row.kept++;
      else {
        row.changed[c.change]++;
        if (row.examples.length < examples) row.examples.push(`${file.display}:${c.line}  ${c.detail}`);
      }
    });
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ files: pool.length, studyHalf: study.length, readRight: right, transforms: rows }, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [`Study-half dev files: ${pool.length} of ${study.length}; read right (answers found, parts on their lines): ${right}`, ''];
  out.push('| transform | class | tried | kept | answers | kind | parts | rules |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  let tried = 0;
  let kept = 0;
  for (const r of rows) {
    tried += r.tried;
    kept += r.kept;
    const pct = r.tried ? ` (${Math.round((100 * r.kept) / r.tried)}%)` : '';
    out.push(`| ${r.transform} | ${r.cls} | ${r.tried} | ${r.kept}${pct} | ${r.changed.answers} | ${r.changed.kind} | ${r.changed.parts} | ${r.changed.rules} |`);
  }
  out.push(`| all | | ${tried} | ${kept}${tried ? ` (${Math.round((100 * kept) / tried)}%)` : ''} | | | | |`, '');
  for (const r of rows) {
    if (r.examples.length === 0) continue;
    out.push(`${r.transform}:`, ...r.examples.map((e) => `  ${e}`));
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
