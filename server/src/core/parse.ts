// The parser's public face: parse a story file once, decide which Markdown files are stories, part labels.
import type { Config } from './types';
import { findFrontMatter, yamlDocument } from './parse/frontmatter';
import { readSimpleYaml } from './parse/simpleYaml';
import { globMatcher } from './glob';
import { memoByText } from './memo';

export { parseFile, MAX_PARSE_CHARS } from './parse/markdown';
export { STRUCTURES, partForLabel, normalizeLabel } from './parse/labels';

/** The matcher of each list of globs met lately, by the list written as JSON. */
const matchers = memoByText((key): ((p: string) => boolean) => {
  const globs = JSON.parse(key) as string[];
  return globs.length === 0 ? () => false : globMatcher(globs);
}, 101);

function matcher(globs: readonly string[]): (p: string) => boolean {
  return matchers(JSON.stringify(globs));
}

/** `path` relative to `root` with forward slashes; without a root, the path without its drive or leading slash. */
function relativePath(path: string, root?: string): string {
  const p = path.replace(/\\/g, '/');
  if (root !== undefined && root !== '') {
    const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
    if (p === r) return '';
    if (p.startsWith(r + '/')) return p.slice(r.length + 1);
  }
  return p.replace(/^[A-Za-z]:/, '').replace(/^\/+/, '');
}

/**
 * True when front matter has `questions` or `themes`. Reads only the front matter block. Front matter that
 * does not parse but has a `questions:` or `themes:` line still marks a story: the story then carries its
 * `frontmatter-invalid` error instead of vanishing.
 */
function frontMatterMarksStory(text: string): boolean {
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const bounds = findFrontMatter(text, base);
  if (!bounds) return false;
  const content = text.slice(bounds.contentStart, bounds.contentEnd);
  if (!/^(?:questions|themes)[ \t]*:/m.test(content)) return false;
  const simple = readSimpleYaml(content); // the usual few `key: value` lines, without the YAML parser
  if (simple) return 'questions' in simple.data || 'themes' in simple.data;
  try {
    const doc = yamlDocument(content); // the same parse the analysis then reuses
    if (doc.errors.length > 0) return true;
    const js: unknown = doc.toJS({ maxAliasCount: 100 });
    return !!js && typeof js === 'object' && ('questions' in js || 'themes' in js);
  } catch {
    return true;
  }
}

/**
 * Whether a Markdown file is a story: its front matter has `questions` or `themes`, or its path (relative to
 * `root`, forward slashes) matches `config.include` and not `config.exclude`.
 */
export function isStoryFile(path: string, text: string, config: Config, root?: string): boolean {
  const rel = relativePath(path, root);
  if (rel !== '' && matcher(config.exclude)(rel)) return false;
  // The glob test is cheap; read the front matter only for files the globs do not already take.
  if (rel !== '' && matcher(config.include)(rel)) return true;
  return frontMatterMarksStory(text);
}
