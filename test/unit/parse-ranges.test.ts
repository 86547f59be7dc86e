// The segmenter's invariant: the answers of a file are in document order and apart (each ends at or before the next
// one's start), on every kind of layout the corpus holds. Later steps (questions-to-ask sections spliced in, answers
// dropped) rely on it to search the ranges by halving.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

function mdFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) mdFiles(p, out);
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

void describe('answer ranges', () => {
  void it('are in order and apart in every file of the corpus (every twelfth file)', () => {
    const files = mdFiles('eval/corpus').filter((_, i) => i % 12 === 0);
    assert.ok(files.length > 300, `${files.length} files`);
    let banks = 0;
    for (const f of files) {
      const parsed = parseFile(readFileSync(f, 'utf8'), f, DEFAULT_CONFIG);
      const s = parsed.stories;
      if (s.length >= 2) banks++;
      for (let i = 1; i < s.length; i++) {
        const a = s[i - 1].range;
        const b = s[i].range;
        assert.ok(a.start.offset <= b.start.offset && a.end.offset <= b.start.offset, `${f}: "${s[i - 1].title}" [${a.start.offset}, ${a.end.offset}) then "${s[i].title}" at ${b.start.offset}`);
      }
    }
    assert.ok(banks > 30, `${banks} files of several answers`);
  });

  void it('stay in order when a questions-to-ask section sits inside an answer and after a bank', () => {
    const text = [
      '# Prep', '',
      '## Tell me about a failure', '', 'I shipped a migration without a rollback plan and checkout was down for forty minutes; I wrote the checklist we still use.', '',
      '### Questions to ask them', '', '- What does the first month look like?', '- How do you review designs?', '',
      '## Why this company?', '', 'I want to build payments tools for small shops, which is exactly what your team ships, and I have done it for three years.', '',
    ].join('\n');
    const s = parseFile(text, 'stories/s.md', DEFAULT_CONFIG).stories;
    for (let i = 1; i < s.length; i++) assert.ok(s[i - 1].range.end.offset <= s[i].range.start.offset, s.map((x) => x.title).join(' | '));
    assert.ok(s.some((x) => /Questions to ask/u.test(x.title)), s.map((x) => x.title).join(' | '));
  });
});
