// Every labels file of the evaluation corpus (eval/) is valid: it parses, names only existing rules, judges
// every judged rule for real stories, keeps its lines inside the story file, and labels a file that exists.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { findSharedCorpus, loadCorpus, repoSources } from '../../scripts/eval/harness';

const repo = join(__dirname, '..', '..');

function walk(dir: string, out: string[]): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

void describe('eval corpus labels', () => {
  void it('every labels file validates against the schema (eval/README.md)', () => {
    const shared = findSharedCorpus(repo);
    const { files, problems } = loadCorpus(repoSources(repo, shared));
    assert.deepEqual(problems.map((p) => `${p.path}: ${p.message}`), []);
    const labels = walk(join(repo, 'eval'), []).filter((p) => p.endsWith('.labels.yml'));
    const expected = shared ? labels.length : labels.filter((p) => !p.includes(join('eval', 'labels', 'shared'))).length;
    assert.equal(files.length, expected, 'every labels file was loaded');
  });

  void it('every story file in eval/corpus has its labels, and every labels file its story', () => {
    const all = walk(join(repo, 'eval', 'corpus'), []);
    const stories = all.filter((p) => p.endsWith('.md') && !p.endsWith('README.md'));
    const labels = new Set(all.filter((p) => p.endsWith('.labels.yml')));
    for (const s of stories) assert.ok(labels.has(s.replace(/\.md$/, '.labels.yml')), `${relative(repo, s)} has no .labels.yml`);
    for (const l of labels) assert.ok(existsSync(l.replace(/\.labels\.yml$/, '.md')), `${relative(repo, l)} labels a missing story`);
  });

  void it('eval/ is kept out of the VSIX and the npm package', () => {
    // Both are packed from package.json's `files` allowlist (there is no .vscodeignore).
    const files = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { files: string[] }).files;
    assert.ok(Array.isArray(files) && files.length > 0, 'package.json has a `files` allowlist');
    assert.ok(!files.some((f) => f.includes('eval') || f === '**' || f === '*'), `nothing under eval/ is packed: ${files.join(', ')}`);
  });
});
