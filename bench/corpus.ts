// Runs the checker over the real stories in ../shared/corpus/public-stories (default config, every file
// treated as a story) and prints each finding with the text it points at, then counts per rule and severity.
// Usage: node --import tsx bench/corpus.ts [folder] [--rule id] [--quiet]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../server/src/core/config';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const ruleIdx = args.indexOf('--rule');
const only = ruleIdx >= 0 ? args[ruleIdx + 1] : undefined;
const folder = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rule') ?? '/work/shared/corpus/public-stories');

const config = { ...DEFAULT_CONFIG, rules: {}, phrases: {} };
const counts = new Map<string, number>();
const severities = new Map<string, number>();
let files = 0;
let stories = 0;
for (const name of readdirSync(folder).filter((n) => n.endsWith('.md')).sort()) {
  const path = join(folder, name);
  const text = readFileSync(path, 'utf8');
  const started = process.hrtime.bigint();
  const { file, findings } = analyzeFile(text, path, config);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  files++;
  stories += file.stories.length;
  const shown = findings.filter((f) => !only || f.ruleId === only);
  if (!quiet) {
    console.log(`\n== ${name}: ${file.stories.length} stor${file.stories.length === 1 ? 'y' : 'ies'}, ${shown.length} findings, ${ms.toFixed(1)} ms`);
    for (const s of file.stories) {
      console.log(`   story ${s.index}: "${s.title.slice(0, 60)}" ${s.wordCount} words, ${s.spokenSeconds} s, parts: ${s.parts.map((p) => `${p.name}(${p.label}:${p.wordCount})`).join(' ')}`);
    }
    for (const f of shown) {
      const snippet = text.slice(f.range.start.offset, Math.min(f.range.end.offset, f.range.start.offset + 60)).replace(/\s+/g, ' ');
      console.log(`   ${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.ruleId} [${snippet}] ${f.message}`);
    }
  }
  for (const f of findings) {
    counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    severities.set(f.severity, (severities.get(f.severity) ?? 0) + 1);
  }
}
console.log(`\n${files} files, ${stories} stories`);
console.log('per severity:', Object.fromEntries([...severities].sort()));
console.log('per rule:');
for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(22)} ${n}`);
