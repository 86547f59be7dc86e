// The landing gate's groups of the eval corpus's files, for the training scripts: they train on the studied half of
// the dev files and the older adversarial cases only, never on the held-back half (a hash half of the other dev
// files), the proxy for unseen writing (the files whose labels' split comment names last round's held-out files) nor
// split: test files. The proxy's tag and the hash's salt change each round, with the gate's.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** The split comment of the proxy's labels. */
export const PROXY_TAG = 'round 56 held-out';
/** The salt of the hash that halves the other dev files. */
export const SALT = 'round57:';

export type GateGroup = 'studied' | 'heldback' | 'proxy' | 'adv' | 'test';

/** The gate's group of a story file (its path and its labels' split), read from the labels under `root`/eval. */
export function gateGrouper(root: string): (storyPath: string, split: string) => GateGroup {
  const out = execFileSync('grep', ['-rl', PROXY_TAG, 'eval'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const proxy = new Set(out.map((p) => basename(p).replace('.labels.yml', '')));
  return (storyPath, split) => {
    const b = basename(storyPath);
    const base = b.endsWith('.md') ? b.slice(0, -3) : b;
    if (split === 'test') return 'test';
    if (storyPath.includes('adversarial')) return proxy.has(base) ? 'proxy' : 'adv';
    if (proxy.has(base)) return 'proxy';
    return createHash('sha1').update(SALT + b).digest()[0] % 2 === 1 ? 'heldback' : 'studied';
  };
}

/**
 * The leave-one-round-out fold of a labelled file: adversarial cases by their `rN` prefix, real files by their
 * labels' "round N held-out" comment; the others of each origin make one fold.
 */
export function roundFold(storyPath: string, labelsPath: string, adversarial: boolean): string {
  if (adversarial) {
    const pre = /^r(\d+)/u.exec(basename(storyPath))?.[1];
    return pre ? `adv-r${pre}` : 'adv-early';
  }
  const round = /round (\d+) held-out/u.exec(readFileSync(labelsPath, 'utf8'))?.[1];
  return round ? `real-r${round}` : 'real-other';
}

/** The order of fold names, their rounds by number (adv-r9 before adv-r10). */
export const byFold = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** The round of a fold of roundFold ("adv-r42", "real-r43": 42, 43); undefined for the untagged folds ("real-other", "adv-early"). */
export function foldRound(fold: string): number | undefined {
  const n = /-r(\d+)$/u.exec(fold)?.[1];
  return n === undefined ? undefined : Number(n);
}
