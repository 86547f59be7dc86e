// YAML front matter: the block between the `---` fences, parsed with positions for every key, value and item.
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { FrontMatter, FrontMatterEntry, FrontMatterItem, Range } from '../types';
import type { LineIndex } from '../text';
import { readSimpleYaml } from './simpleYaml';

/** Offsets of a fenced block: `start`..`end` is the whole block, `contentStart`..`contentEnd` the YAML inside. */
export interface FenceBounds {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

/** Splits a front matter block (as found by remark, from `start` to `end` in `text`) into fences and content. */
export function fenceBounds(text: string, start: number, end: number): FenceBounds {
  const firstNl = text.indexOf('\n', start);
  const contentStart = firstNl < 0 || firstNl >= end ? end : firstNl + 1;
  // The closing fence is the last line of the block.
  let lastLineStart = end;
  while (lastLineStart > contentStart && text.charCodeAt(lastLineStart - 1) !== 10 && text.charCodeAt(lastLineStart - 1) !== 13) {
    lastLineStart--;
  }
  const contentEnd = Math.max(contentStart, lastLineStart);
  return { start, end, contentStart, contentEnd };
}

/**
 * Finds a front matter block without Markdown parsing (used by isStoryFile and by the fallback parse):
 * a first line `---`, then a line `---` or `...`. `base` skips a byte order mark.
 */
export function findFrontMatter(text: string, base = 0): FenceBounds | undefined {
  const open = /---[ \t]*(?:\r\n|\r|\n)/y;
  open.lastIndex = base;
  if (!open.exec(text)) return undefined;
  // The closing fence: a line `---` or `...` (any line ending: \n, \r\n or \r).
  const close = /(?:---|\.\.\.)[ \t]*(?=\r|\n|$)/y;
  const eol = /\r\n|\r|\n/g;
  let lineStart = open.lastIndex;
  while (lineStart <= text.length) {
    close.lastIndex = lineStart;
    const m = close.exec(text);
    if (m) return { start: base, end: lineStart + m[0].length, contentStart: open.lastIndex, contentEnd: lineStart };
    eol.lastIndex = lineStart;
    const e = eol.exec(text);
    if (!e) break;
    lineStart = e.index + e[0].length;
  }
  return undefined;
}

/** Front matter longer than this is not parsed (the YAML parser is slow on huge documents); an error says so. */
export const MAX_FRONT_MATTER_CHARS = 16 * 1024;

function nodeRange(lines: LineIndex, base: number, node: YamlNode | null | undefined, fallback: Range): Range {
  const r = node?.range;
  if (!r) return fallback;
  return lines.range(base + r[0], base + r[1]);
}

/**
 * The YAML document of a front matter's content, parsed once per distinct content: while a story is typed its
 * front matter rarely changes, and deciding whether a file is a story reads the same front matter again. The
 * document is only read (never changed), so sharing it is safe. Bounded: the oldest entries go first.
 */
const yamlDocuments = new Map<string, ReturnType<typeof parseDocument>>();
const MAX_YAML_DOCUMENTS = 32;

export function yamlDocument(content: string): ReturnType<typeof parseDocument> {
  let doc = yamlDocuments.get(content);
  if (doc) {
    yamlDocuments.delete(content); // most recently used last
  } else {
    doc = parseDocument(content, { prettyErrors: false, uniqueKeys: true });
    if (yamlDocuments.size >= MAX_YAML_DOCUMENTS) yamlDocuments.delete(yamlDocuments.keys().next().value as string);
  }
  yamlDocuments.set(content, doc);
  return doc;
}

/** Parses the YAML between the fences into data, entries with ranges, and errors with positions. Never throws. */
export function parseFrontMatter(text: string, bounds: FenceBounds, lines: LineIndex): FrontMatter {
  const content = text.slice(bounds.contentStart, bounds.contentEnd);
  const base = bounds.contentStart;
  const fm: FrontMatter = {
    range: lines.range(bounds.start, bounds.end),
    contentRange: lines.range(bounds.contentStart, bounds.contentEnd),
    data: {},
    entries: [],
    errors: [],
  };
  /** An error's range inside the content, never empty: at the end of the content it covers the last character. */
  const clampErr = (s: number, e: number): Range => {
    let a = Math.max(0, Math.min(s, content.length));
    let b = Math.max(a, Math.min(e, content.length));
    if (b === a) {
      if (a < content.length && !/[\r\n]/.test(content[a])) b = a + 1;
      else {
        let k = Math.min(a, content.length);
        while (k > 0 && /\s/.test(content[k - 1])) k--;
        if (k > 0) {
          a = k - 1;
          b = k;
        }
      }
    }
    return lines.range(base + a, base + b);
  };
  if (content.length > MAX_FRONT_MATTER_CHARS) {
    fm.errors.push({
      message: `Front matter is ${content.length} characters long; keep it under ${MAX_FRONT_MATTER_CHARS} (a few keys such as title, questions and themes).`,
      range: lines.range(bounds.contentStart, bounds.contentStart + Math.min(content.length, 3)),
    });
    return fm;
  }
  // The usual few `key: value` lines, read without the YAML parser (same values and ranges; see simpleYaml.ts).
  const simple = readSimpleYaml(content);
  if (simple) {
    for (const p of simple.pairs) {
      const keyRange = lines.range(base + p.keyStart, base + p.keyEnd);
      const valueRange = lines.range(base + p.valueStart, base + p.valueEnd);
      const entry: FrontMatterEntry = { key: p.key, keyRange, value: simple.data[p.key], valueRange };
      if (p.items) entry.items = p.items.map((i) => ({ value: i.value, range: lines.range(base + i.start, base + i.end) }));
      fm.entries.push(entry);
    }
    fm.data = simple.data;
    return fm;
  }
  try {
    const doc = yamlDocument(content);
    for (const err of doc.errors) {
      const [s, e] = err.pos;
      fm.errors.push({ message: err.message.split('\n')[0], range: clampErr(s, Math.max(e, s + 1)) });
    }
    if (fm.errors.length > 0) return fm;
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return fm;
    if (!isMap(contents)) {
      fm.errors.push({
        message: 'Front matter should be a list of `key: value` lines, like `questions: [6, 10]`.',
        range: nodeRange(lines, base, contents, fm.contentRange),
      });
      return fm;
    }
    const js: unknown = doc.toJS({ maxAliasCount: 100 });
    const data = js && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : {};
    for (const pair of contents.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode.toJSON()) : '';
      const keyRange = nodeRange(lines, base, keyNode, fm.contentRange);
      const valueNode = pair.value as YamlNode | null;
      const valueRange = valueNode?.range ? nodeRange(lines, base, valueNode, keyRange) : { start: keyRange.end, end: keyRange.end };
      const entry: FrontMatterEntry = { key, keyRange, value: data[key], valueRange };
      if (isSeq(valueNode)) {
        const items: FrontMatterItem[] = [];
        for (const item of valueNode.items) {
          const n = item as YamlNode | null;
          items.push({ value: n && typeof n.toJS === 'function' ? n.toJS(doc) : null, range: nodeRange(lines, base, n, valueRange) });
        }
        entry.items = items;
      }
      fm.entries.push(entry);
    }
    fm.data = data;
  } catch (e) {
    fm.data = {};
    fm.entries = [];
    fm.errors.push({ message: `Front matter could not be read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, range: fm.contentRange });
  }
  return fm;
}
