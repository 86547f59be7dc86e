// Finds and reads the rule pages that ship beside the bundles (docs/rules/<id>.md in the npm package, the VSIX
// and a checkout), so that the CLI's `explain` and SARIF, and the server's links, work with no network.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ruleMeta } from './core/rules';

/** The docs/rules folder: beside dist/ in a package or checkout (bundle), two levels up from server/src (tsx). */
export function ruleDocsDir(from: string = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'docs', 'rules');
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** The path of a known rule's bundled page, if it is there. Unknown ids get none (no path is built from them). */
export function ruleDocPath(id: string, dir: string | undefined = ruleDocsDir()): string | undefined {
  if (dir === undefined || ruleMeta(id) === undefined) return undefined;
  const path = join(dir, `${id}.md`);
  return existsSync(path) ? path : undefined;
}

/** The Markdown of a known rule's bundled page, or undefined when it is not installed. */
export function readRuleDoc(id: string, dir?: string): string | undefined {
  const path = ruleDocPath(id, dir ?? ruleDocsDir());
  if (path === undefined) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
