// The piecewise parse of large texts (server/src/core/parse/chunks.ts) gives the tree a whole parse gives,
// positions included: on every Markdown file of the repository's fixtures, examples and eval corpus cut into the
// smallest pieces the scan allows, on the adversarial shapes, and on generated texts of block-level lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { chunkStarts, FORCED_CHUNK_CHARS, parseInChunks } from '../../server/src/core/parse/chunks';
import { sanitizeForParse } from '../../server/src/core/parse/sanitize';
import { asStory, generated, rng, shapeText, SHAPES } from '../../bench/adversarial-shapes';
import { markdownFiles, referenceParse, ROOT } from './helpers/parse-check';

const parse = referenceParse;
/**
 * Whether the piecewise parse (pieces of at least `size` characters, for any length) equals the whole parse. Runs
 * longer than `forced` without a boundary are cut (and then differ: see the test of FORCED_CHUNK_CHARS below).
 */
function same(text: string, size: number, forced = FORCED_CHUNK_CHARS): boolean {
  return JSON.stringify(parseInChunks(text, parse, size, 0, forced)) === JSON.stringify(parse(text));
}

void describe('parseInChunks', () => {
  void it('gives the whole parse on every Markdown file of the fixtures, examples and eval corpus', () => {
    const files = ['test/fixtures', 'examples', 'eval/corpus'].flatMap((d) => markdownFiles(join(ROOT, d)));
    assert.ok(files.length > 300, `${files.length} files`);
    let pieces = 0;
    for (const f of files) {
      const text = sanitizeForParse(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
      pieces += chunkStarts(text, 1).length;
      // Every place the scan allows, without the forced cuts of long runs (a few files have a run of more than
      // FORCED_CHUNK_CHARS without a blank line, all of them too short to be parsed in pieces at all).
      assert.ok(same(text, 1, Infinity), f);
      // As the checker parses it: whole up to CHUNKED_FROM, else in pieces with the forced cuts.
      assert.ok(JSON.stringify(parseInChunks(text, parse)) === JSON.stringify(parse(text)), f);
    }
    assert.ok(pieces > 3 * files.length, `${pieces} pieces in ${files.length} files`);
  });

  void it('gives the whole parse on the adversarial shapes and generated texts', () => {
    for (const shape of SHAPES) assert.ok(same(sanitizeForParse(shapeText(shape, 3000)), 16), shape.name);
    for (let seed = 1; seed <= 200; seed++) assert.ok(same(sanitizeForParse(asStory(generated(seed, 3000))), 16), `seed ${seed}`);
  });

  // Lines that open, continue or close blocks, in random order. A few arrangements are left out: the parser
  // decides whether a `+` or `*` item may interrupt a paragraph from state left over from earlier blocks, which no
  // piece can see (about 1 in 1,000 of these texts).
  void it('gives the whole parse on 1,500 texts of block-level lines', () => {
    const LINES = ['', '', '', 'a', 'b c', '# h', '## Approach', '- a', '1. b', '  - c', '    code', '```', '~~~', '```js', '> q', '>', '<!--', '-->', '<!-- x -->', '<div>', '</div>', '<pre>', '</pre>', '<?x', '?>', '[a]: /u', '[a]', '[b][a]', '[A ]', '[b]: /v "t"', 'see [b] and [a][]', '---', '***', '===', '\t- t', '  ```', '<!DOCTYPE x', '<![CDATA[', ']]>', '* a', '+ b', '2) x', 'x  ', '\\[a]'];
    const r = rng(5);
    let differ = 0;
    let split = 0;
    for (let i = 0; i < 1500; i++) {
      const n = 5 + Math.floor(r() * 60);
      const text = Array.from({ length: n }, () => LINES[Math.floor(r() * LINES.length)] ?? '').join(r() < 0.2 ? '\r\n' : '\n');
      if (chunkStarts(text, 1).length > 1) split++;
      if (!same(text, 1)) differ++;
    }
    assert.ok(split > 300, `${split} texts cut into pieces`);
    assert.ok(differ <= 5, `${differ} of 1,500 differ`);
  });

  void it('resolves link references to definitions in other pieces, both ways', () => {
    const text = `See [the doc] and [x][later].\n\n${'Filler paragraph.\n\n'.repeat(50)}[later]: https://b.example\n\nThen [the doc] again.\n\n[The  Doc]: https://a.example\n`;
    assert.ok(chunkStarts(text, 64).length > 5);
    const tree = parseInChunks(text, parse, 64, 0);
    assert.equal(JSON.stringify(tree), JSON.stringify(parse(text)));
    assert.equal(JSON.stringify(tree).match(/"linkReference"/g)?.length, 3);
  });

  void it('keeps fenced code, HTML blocks and front matter with blank lines in one piece', () => {
    const body = 'Intro.\n\n```\na\n\nb\n\nc\n```\n\n<!--\nnote\n\nmore\n-->\n\n<pre>\nx\n\ny\n</pre>\n\nEnd.\n';
    const text = `---\ntitle: T\n\nquestions: [1]\n---\n\n${body.repeat(20)}`;
    const starts = chunkStarts(text, 1);
    assert.ok(starts.length > 40);
    for (const s of starts.slice(1)) assert.ok(/^(?:Intro|End|```|<!--|<pre>)/.test(text.slice(s)), JSON.stringify(text.slice(s, s + 20)));
    assert.ok(same(text, 1));
  });

  void it('makes the rest one piece where a block the scan took for closed runs on', () => {
    // A fence inside an HTML block is HTML text, so the second fence line opens a code block the scan takes for closed.
    const text = `<div>\n\`\`\`\n</div>\n\n${'Text.\n\n'.repeat(20)}\`\`\`\n\n${'Code.\n\n'.repeat(20)}`;
    assert.ok(same(text, 1));
  });

  // A paragraph, list or quote too long for one piece is cut at a line that can start a block: the tree has two
  // blocks there where a whole parse has one, with the same text at the same offsets.
  void it('cuts runs without a blank line past FORCED_CHUNK_CHARS, keeping every line at its offset', () => {
    const paragraph = 'They dropped the ball and I fixed it.\n'.repeat(2000);
    const list = '- an item\n  - a nested item\n'.repeat(2000);
    const quote = '> a quoted line\n'.repeat(3000);
    for (const text of [paragraph, list, quote, sanitizeForParse('[a]: b\n'.repeat(12_000))]) {
      const starts = chunkStarts(text);
      assert.ok(starts.length >= Math.floor(text.length / FORCED_CHUNK_CHARS), `${starts.length} pieces`);
      for (let k = 1; k < starts.length; k++) assert.ok((starts[k] ?? 0) - (starts[k - 1] ?? 0) <= FORCED_CHUNK_CHARS + 100);
      const tree = parseInChunks(text, parse);
      const whole = parse(text);
      /** The lines of every text node; each node's first line is in the text at its start offset. */
      const texts = (t: ReturnType<typeof parse>): string[] => {
        const out: string[] = [];
        const walk = (n: { type: string; value?: string; position?: { start: { offset?: number } }; children?: unknown[] }): void => {
          if (n.type === 'text') {
            const lines = (n.value ?? '').split('\n');
            assert.ok(text.startsWith(lines[0] ?? '', n.position?.start.offset), JSON.stringify(lines[0]));
            out.push(...lines.map((l) => l.trim()));
          }
          for (const c of n.children ?? []) walk(c as typeof n);
        };
        walk(t);
        return out;
      };
      assert.deepEqual(texts(tree), texts(whole));
    }
  });

  void it('parses short texts whole', () => {
    let calls = 0;
    const counting = (t: string): ReturnType<typeof parse> => {
      calls++;
      return parse(t);
    };
    parseInChunks('a\n\nb\n\n'.repeat(1000), counting);
    assert.equal(calls, 1);
    parseInChunks('a\n\nb\n\n'.repeat(10_000), counting);
    assert.ok(calls > 10);
  });
});
