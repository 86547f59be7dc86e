// Bad input never makes the parser throw, stall, or report a position outside the document.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_PARSE_CHARS, parseFile } from '../../server/src/core/parse';
import { MAX_PARTS, parseFlat } from '../../server/src/core/parse/markdown';
import type { ParsedFile } from '../../server/src/core/types';
import { TEST_CONFIG, assertInside } from './helpers/parse-check';

const CONFIG = TEST_CONFIG;
const LIMIT_MS = 5000;

/** Parses within LIMIT_MS of CPU time (process.cpuUsage: a machine shared with other jobs inflates wall time). */
function timed(text: string, path = 'stories/bad.md'): ParsedFile {
  const t0 = process.cpuUsage();
  const f = parseFile(text, path, CONFIG);
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < LIMIT_MS, `took ${Math.round(ms)} ms`);
  assertInside(f);
  return f;
}

void describe('bad input', () => {
  void it('invalid YAML front matter: errors recorded, body still parsed', () => {
    const f = timed('---\nquestions: [6\ntitle: "open\n---\n# Still here\n\n## Situation\nWords.\n');
    assert.ok(f.frontMatter && f.frontMatter.errors.length > 0);
    assert.deepEqual(f.frontMatter.data, {});
    assert.equal(f.stories[0].title, 'Still here');
    assert.equal(f.stories[0].parts.length, 1);
  });

  void it('front matter that is not a mapping is an error, not data', () => {
    const f = timed('---\n- 1\n- 2\n---\n# Title\n');
    assert.ok(f.frontMatter && f.frontMatter.errors.length === 1);
    assert.deepEqual(f.frontMatter.data, {});
  });

  void it('empty file', () => {
    const f = timed('');
    assert.equal(f.stories.length, 1);
    assert.equal(f.stories[0].wordCount, 0);
    assert.equal(f.stories[0].title, 'bad');
  });

  void it('front matter only', () => {
    const f = timed('---\nquestions: [1]\n---\n');
    assert.deepEqual(f.frontMatter?.data, { questions: [1] });
    assert.equal(f.stories[0].wordCount, 0);
    assert.deepEqual(f.stories[0].questions.map((q) => q.id), [1]);
  });

  void it('empty front matter', () => {
    const f = timed('---\n---\nText.\n');
    assert.deepEqual(f.frontMatter?.data, {});
    assert.deepEqual(f.frontMatter?.errors, []);
  });

  void it('unclosed front matter fence is body text', () => {
    const f = timed('---\ntitle: x\n\nSome words.\n');
    assert.ok(f.stories[0].wordCount > 0);
  });

  void it('no headings', () => {
    const f = timed('Just a paragraph with no heading at all.\n\nAnd another.');
    assert.equal(f.stories[0].wordCount, 10);
  });

  void it('CRLF and lone CR line endings', () => {
    const f = timed('# Title\r\n\r\n## Situation\r\nOne.\r\r## Result\rTwo.\r');
    assert.deepEqual(f.stories[0].parts.map((p) => p.name), ['setup', 'outcome']);
    assert.equal(f.stories[0].parts[1].marker.start.line, 6);
  });

  void it('byte order mark', () => {
    const f = timed('\uFEFF# Title\n\n**Situation:** words');
    assert.equal(f.stories[0].title, 'Title');
    assert.equal(f.stories[0].parts[0].marker.start.offset, 10);
  });

  void it('NUL bytes', () => {
    const f = timed('# Title\u0000x\n\n## Situation\nbad\u0000byte here\n\u0000');
    assert.equal(f.stories[0].parts.length, 1);
  });

  void it('invalid UTF-8 decoded as U+FFFD', () => {
    const text = Buffer.from([0x23, 0x20, 0x54, 0x0a, 0xff, 0xfe, 0xc3, 0x28, 0x0a, 0x41, 0x80, 0x42]).toString('utf8');
    assert.ok(text.includes('\uFFFD'));
    timed(text);
  });

  void it('lone surrogates and odd characters', () => {
    timed('# \uD800 T\n\n## Situation\n\uDC00 \u200B \u2028 \u0085 text\n');
  });

  void it('a 5 MB file is skipped quickly without throwing', () => {
    const text = 'A sentence of prose for the large file test.\n\n'.repeat(Math.ceil((5 * 1024 * 1024) / 46));
    const f = timed(text);
    assert.ok(f.skipped);
    assert.deepEqual(f.stories, []);
  });

  void it('a large file under the limit is parsed, not skipped', () => {
    // The Markdown parser itself needs about 2 s per MB on a slow machine, so this uses a quarter of the limit
    // and a looser bound than the other cases.
    const para = '## Situation\nSome **bold** words and `code` in a line.\n\n';
    const text = para.repeat(Math.floor(MAX_PARSE_CHARS / 4 / para.length));
    const t0 = process.cpuUsage();
    const f = parseFile(text, 'big.md', CONFIG);
    const used = process.cpuUsage(t0);
    assert.ok((used.user + used.system) / 1000 < 6 * LIMIT_MS);
    assert.equal(f.skipped, undefined);
    // Thousands of part headings: the story keeps MAX_PARTS parts, the last one running to its end.
    assert.equal(f.stories[0].parts.length, MAX_PARTS);
    assert.ok(f.stories[0].wordCount > 20_000, `${f.stories[0].wordCount} words`);
    assertInside(f);
  });

  void it('10,000 nested list items', () => {
    timed('- '.repeat(10000) + 'deep');
    timed('* '.repeat(10000) + 'deep\n' + '1. '.repeat(10000));
  });

  void it('10,000 nested list items on separate lines', () => {
    const lines: string[] = [];
    for (let i = 0; i < 10000; i++) lines.push(' '.repeat(Math.min(i * 2, 400)) + '- item');
    timed(lines.join('\n'));
  });

  void it('10,000 nested block quotes', () => {
    timed('> '.repeat(10000) + 'deep');
    timed('>'.repeat(10000) + 'deep');
    timed(Array.from({ length: 10000 }, (_, i) => '>'.repeat(Math.min(i + 1, 200)) + ' q').join('\n'));
  });

  void it('deeply nested emphasis and links', () => {
    timed('*'.repeat(2000) + 'x' + '*'.repeat(2000));
    timed('*'.repeat(50000) + 'x' + '*'.repeat(50000));
    timed('_'.repeat(50000) + 'x' + '_'.repeat(50000));
    timed('['.repeat(2000) + 'x' + ']'.repeat(2000));
    timed('**Situation:** ' + '_a '.repeat(5000));
  });

  void it('huge front matter and YAML aliases', () => {
    timed('---\n' + 'k: v\n'.repeat(20000) + '---\n# Title\n');
    const f = timed('---\na: &a [1, 2]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n# Title\n');
    assert.ok(f.frontMatter);
  });

  void it('the fallback used when the Markdown parser throws keeps front matter and the body as prose', () => {
    const text = '\uFEFF---\r\nquestions: [6]\r\n---\r\n# Title\r\n\r\nSome words here.\r\n';
    const f = parseFlat(text, 'stories/x.md', CONFIG);
    assertInside(f);
    assert.deepEqual(f.frontMatter?.data, { questions: [6] });
    assert.equal(f.stories.length, 1);
    assert.deepEqual(f.stories[0].questions.map((q) => q.id), [6]);
    assert.deepEqual(f.stories[0].prose.map((p) => p.text), ['# Title', 'Some words here.']);
    assertInside(parseFlat('', 'e.md', CONFIG));
    assertInside(parseFlat('---\nbad: [\n---\n', 'e.md', CONFIG));
  });

  void it('long runs that could make a pattern backtrack', () => {
    timed('Questions: 1' + ' '.repeat(20000) + 'x\n');
    timed('<div>\n' + '<!-- storybank-disable '.repeat(20000) + '\n');
    timed('# ' + '('.repeat(50000) + 'Situation\n');
    timed('**' + 'Situation '.repeat(5000) + '**: x\n');
    timed('| ' + '-'.repeat(50000) + ' x\n| a |\n');
    timed('Situation' + ' '.repeat(50000) + ':' + '\n');
  });

  void it('HTML blocks, unterminated comments and fences', () => {
    timed('<details>\n<summary>x</summary>\n\n- **Situation**: a\n\n</details>\n<!-- never closed\n```\nunterminated fence');
  });
});
