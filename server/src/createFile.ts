// Creating a file the product writes (the starter bank, a new story) so that it is never half-written and never
// replaces a file: the content goes to a temporary file in the same folder, is flushed to disk, and is then
// hard-linked to its name. Linking fails when the name exists, so a file that appeared since anyone looked is left
// alone, and an interruption leaves at most the temporary file (removed on any error we see), never a truncated
// target. Where the file system has no hard links, the temporary file is renamed after an exclusive create of the
// target proved the name free. Node only; used by the CLI and the extension.
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

export type CreateResult = 'created' | 'exists';

/** This build writes files itself (false in the web build, createFile.browser.ts). */
export const CAN_CREATE_ON_DISK = true;

function writeAll(path: string, data: Buffer, flags: string): void {
  const fd = openSync(path, flags, 0o666);
  try {
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Creates `path` with `content` atomically; 'exists' (and nothing written) when `path` already exists. With
 * `inside`, throws (writing nothing) when the file's folder, links resolved, is not inside that folder: a
 * repository's `stories -> /somewhere/else` link does not carry the write out of it.
 */
export function createFileAtomic(path: string, content: string | Uint8Array, inside?: string): CreateResult {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  if (inside !== undefined) {
    const rel = relative(realpathSync(inside), realpathSync(dir));
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`its folder is a link that leads out of ${inside}, so nothing is written through it (remove the link, or choose another folder)`);
  }
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  writeAll(temp, data, 'wx');
  try {
    try {
      linkSync(temp, path);
      return 'created';
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return 'exists';
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
    }
    // No hard links here: claim the name with an exclusive create, then replace that empty claim by the content.
    try {
      closeSync(openSync(path, 'wx'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
      throw e;
    }
    renameSync(temp, path);
    return 'created';
  } finally {
    tryUnlink(temp);
  }
}
