// Which files are stories: the one discovery the CLI and the server share (DESIGN §1).
// - The walk: every `.md` / `.markdown` file and config file under a folder, in name order. Version-control
//   folders, `node_modules` and hidden folders are not entered. Symbolic links are never followed (a link can
//   lead out of the folder, or back into it and show a file twice); each is counted as left out, with the reason.
// - The glob root: the folder of the nearest config file, else the fallback (the workspace folder, or the
//   folder named on the command line).
// - Which walked files are stories: a path the user names is always checked. In the editor, and in a folder
//   the user names whose config sets `include` or `exclude`: the files `include` matches (and `exclude` does
//   not) plus the files whose front matter names questions or themes (even when that front matter is broken:
//   the story then carries its error). In a folder the user names with no `include`/`exclude` in its config:
//   every Markdown file the default `exclude` leaves in.
// Every Markdown file left out is returned with the reason (`storybank check --verbose` lists them).
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { isConfigFileName } from './core/config';
import { isStoryFile } from './core/parse';
import type { ConfigResult } from './core/types';
import { decodeStoryBytes } from './core/encoding';

/** Folders the walk never enters (besides hidden ones, whose names start with a dot). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules']);
/** The walk stops after this many Markdown files. */
export const MAX_WALK_FILES = 50_000;
/** Files bigger than this are not read at all (the core skips files over 1 MB with a `file-skipped` finding). */
export const MAX_READ_BYTES = 16 * 1024 * 1024;

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/** A Markdown file (or folder) that is not checked, and why, in words for a person. */
export interface LeftOut {
  path: string;
  reason: string;
}

export interface WalkResult {
  /** Markdown files, absolute, in walk order. */
  markdown: string[];
  /** Config files found. */
  configs: string[];
  /** Links, skipped folders and unreadable folders. */
  leftOut: LeftOut[];
}

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return e instanceof Error ? e.message : String(e);
}

/** Walks a folder for Markdown and config files. Never follows a symbolic link. */
export function walkFolder(root: string, opts: { maxFiles?: number } = {}): WalkResult {
  const max = opts.maxFiles ?? MAX_WALK_FILES;
  const out: WalkResult = { markdown: [], configs: [], leftOut: [] };
  const visit = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.leftOut.push({ path: dir, reason: `the folder could not be read (${why(e)})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of entries) {
      if (out.markdown.length >= max) {
        out.leftOut.push({ path: dir, reason: `the walk stops after ${max} Markdown files` });
        return;
      }
      const p = join(dir, d.name);
      if (d.isSymbolicLink()) {
        if (isMarkdownPath(p) || isLinkToFolder(p)) out.leftOut.push({ path: p, reason: 'a symbolic link: links are not followed, so a check never leaves the folder or sees a file twice' });
      } else if (d.isDirectory()) {
        if (SKIPPED_FOLDERS.has(d.name) || d.name.startsWith('.')) {
          if (d.name !== '.git' && d.name !== '.hg' && d.name !== '.svn') out.leftOut.push({ path: p, reason: d.name.startsWith('.') ? 'a hidden folder (not searched)' : `${d.name} is not searched` });
          continue;
        }
        visit(p);
      } else if (d.isFile()) {
        if (isConfigFileName(p)) out.configs.push(p);
        else if (isMarkdownPath(p)) out.markdown.push(p);
      }
    }
  };
  visit(root);
  return out;
}

function isLinkToFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * True when `path` is reached from `root` without going through a symbolic link (the walk's policy, applied
 * to paths the editor reports as created or changed). False for paths outside `root`.
 */
export function reachedWithoutLinks(path: string, root: string): boolean {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || rel.includes(`..${sep}`)) return rel === '';
  let cur = root;
  for (const part of rel.split(sep)) {
    cur = join(cur, part);
    try {
      if (lstatSync(cur).isSymbolicLink()) return false;
    } catch {
      return true; // gone already: nothing to follow
    }
  }
  return true;
}

/** The real path, or the path itself when it cannot be resolved. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Reads a Markdown file's text (UTF-8, or UTF-16 when it has a byte order mark or looks like it; see
 * core/encoding.ts); `undefined` with the reason when it is missing, too large or unreadable.
 */
export function readStoryText(path: string): { text: string } | { text?: undefined; reason: string } {
  try {
    const st = statSync(path);
    if (!st.isFile()) return { reason: 'not a file' };
    if (st.size > MAX_READ_BYTES) return { reason: `over ${MAX_READ_BYTES / (1024 * 1024)} MB, not read` };
    return { text: decodeStoryBytes(readFileSync(path)).text };
  } catch (e) {
    return { reason: why(e) };
  }
}

/** The folder `include`/`exclude` are relative to: the config file's folder, else `fallback`. */
export function globRoot(config: ConfigResult, fallback: string): string {
  return config.path !== undefined ? dirname(config.path) : fallback;
}

/** How a file was found: named by the user, in a folder the user named (CLI), or in a workspace folder (editor). */
export type Found = 'named' | 'cli-folder' | 'editor';

/**
 * Whether a found Markdown file is a story, and if not, why. `root`: the glob root (see `globRoot`).
 * Pure: the text is given.
 */
export function storyDecision(path: string, text: string, config: ConfigResult, found: Found, root: string): { story: true } | { story: false; reason: string } {
  if (found === 'named') return { story: true };
  const scoped = found === 'editor' || config.fileSets?.includes('include') === true || config.fileSets?.includes('exclude') === true;
  if (!scoped) {
    // A folder named on the command line with no include/exclude of its own: every Markdown file, less the
    // default exclude (node_modules).
    const excluded = !isStoryFile(path, '', { ...config.config, include: ['**'] }, root);
    return excluded ? { story: false, reason: `matches the default \`exclude\` ${JSON.stringify(config.config.exclude)}` } : { story: true };
  }
  if (isStoryFile(path, text, config.config, root)) return { story: true };
  const where = config.path !== undefined ? relative(root, config.path) || config.path : 'the settings';
  if (!isStoryFile(path, '', { ...config.config, include: ['**'] }, root)) return { story: false, reason: `matches \`exclude\` in ${where}` };
  return { story: false, reason: `not a story: outside \`include\` ${JSON.stringify(config.config.include)} (relative to ${root}) and its front matter names no questions or themes` };
}
