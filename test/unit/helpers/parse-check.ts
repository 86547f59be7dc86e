// Checks shared by the parser tests: every position of a parsed file lies inside its text and agrees with itself.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import type { Config, ParsedFile, Point, Range } from '../../../server/src/core/types';

/** The repository's root folder. */
export const ROOT = join(__dirname, '..', '..', '..');

/** A plain remark parse (with front matter), the reference the piecewise and plain-block parses must equal. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
export const referenceParse = (text: string): ReturnType<typeof processor.parse> => processor.parse(text);

/** Every `.md` file below a folder. */
export function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

/** The defaults, with every Markdown file counted as a story. */
export const TEST_CONFIG: Config = { ...DEFAULT_CONFIG, include: ['**/*.md'], exclude: [] };

/** 1-based line and column of an offset, counted independently of LineIndex (\n, \r\n and lone \r end lines). */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    // In a \r\n pair the \n ends the line; an offset between the two stays on the \r's line.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Asserts that every range, point and prose segment of `f` lies inside `f.text` and is consistent. */
export function assertInside(f: ParsedFile): void {
  const text = f.text;
  const point = (p: Point, what: string): void => {
    assert.ok(Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= text.length, `${what}: offset ${p.offset} outside 0..${text.length}`);
    const expected = pointAt(text, p.offset);
    assert.deepEqual({ line: p.line, column: p.column }, expected, `${what}: line/column disagree with offset ${p.offset}`);
  };
  const range = (r: Range | undefined, what: string): void => {
    if (!r) return;
    point(r.start, `${what} start`);
    point(r.end, `${what} end`);
    assert.ok(r.start.offset <= r.end.offset, `${what}: start after end`);
  };
  const segments = (segs: { text: string; start: number }[], what: string): void => {
    for (const seg of segs) {
      assert.ok(seg.start >= 0 && seg.start + seg.text.length <= text.length, `${what}: segment outside the text`);
      assert.equal(text.slice(seg.start, seg.start + seg.text.length), seg.text, `${what}: segment differs from its source`);
    }
  };
  if (f.frontMatter) {
    range(f.frontMatter.range, 'front matter');
    range(f.frontMatter.contentRange, 'front matter content');
    for (const e of f.frontMatter.errors) range(e.range, 'yaml error');
    for (const e of f.frontMatter.entries) {
      range(e.keyRange, 'key');
      range(e.valueRange, 'value');
      for (const i of e.items ?? []) range(i.range, 'item');
    }
  }
  for (const s of f.suppressions) range(s.range, 'suppression');
  for (const s of f.stories) {
    range(s.range, 'story');
    range(s.titleRange, 'title');
    for (const q of s.questions) range(q.range, 'question');
    for (const p of s.parts) {
      range(p.marker, 'marker');
      range(p.range, 'part');
      assert.ok(p.marker.start.offset >= p.range.start.offset && p.marker.end.offset <= p.range.end.offset, 'marker inside its part');
      segments(p.prose, 'part prose');
      for (const seg of p.prose) {
        assert.ok(seg.start >= p.marker.end.offset && seg.start + seg.text.length <= p.range.end.offset, 'part prose inside the part, after the marker');
      }
    }
    segments(s.prose, 'story prose');
    assert.ok(s.wordCount >= 0 && s.spokenSeconds >= 0);
  }
}
