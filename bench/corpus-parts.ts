// Parses every story in the public corpus and prints what the parser found: stories, titles, parts, words.
// Run: node --import tsx bench/corpus-parts.ts   (corpus folder from STORYBANK_CORPUS, else ../shared/corpus)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFile } from '../server/src/core/parse';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import type { Config } from '../server/src/core/types';

// Every Markdown file counts; otherwise the defaults.
const CONFIG: Config = { ...DEFAULT_CONFIG, include: ['**/*.md'], exclude: [] };

const candidates = [
  process.env.STORYBANK_CORPUS,
  resolve(__dirname, '../../shared/corpus/public-stories'),
  resolve(__dirname, '../../shared/corpus'),
].filter((p): p is string => !!p);
const dir = candidates.map((p) => (existsSync(join(p, 'public-stories')) ? join(p, 'public-stories') : p)).find((p) => existsSync(p));
if (!dir) {
  console.log('Corpus not found (set STORYBANK_CORPUS); nothing to do.');
  process.exit(0);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
let stories = 0;
let parts = 0;
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  const parsed = parseFile(text, f, CONFIG);
  stories += parsed.stories.length;
  console.log(`${f}: ${parsed.stories.length} stor${parsed.stories.length === 1 ? 'y' : 'ies'}`);
  for (const s of parsed.stories) {
    parts += s.parts.length;
    const list = s.parts.map((p) => `${p.name}(${p.label}@${p.marker.start.line},${p.kind},${p.wordCount}w)`).join(' ');
    console.log(`  "${s.title}" — ${s.parts.length} parts, ${s.wordCount} words, ${s.spokenSeconds}s: ${list}`);
  }
}
console.log(`\n${files.length} files, ${stories} stories, ${parts} parts recognised`);
