// The landing gate: compares two `npm run eval -- --json` reports of the same corpus and counts the errors (rule
// misses, part misses, stories not found or invented, wrong kinds) of each of the gate's groups
// (scripts/learn/gate-groups.ts): the studied half of the dev files, the held-back half, last round's held-out files
// kept unstudied as the proxy for unseen writing, and the older adversarial cases. Exits 1 when any of those four
// groups has more errors at the end than at the start, so a change that trades unseen writing for studied files is
// refused.
//
//   node --import tsx scripts/eval/gate.ts START.json END.json [--files]
//
// --files lists, per group that rose, the files whose error count rose most. Run it from the checkout whose eval/
// labels both reports scored (the groups are read from the labels there).
import { readFileSync } from 'node:fs';
import { gateGrouper, type GateGroup } from '../learn/gate-groups';

interface Report {
  misses: { file: string; split: string }[];
  partMisses: { file: string; split: string }[];
  storyMisses: { file: string; split: string }[];
  kindMisses: { file: string; split: string }[];
}

const GATED: GateGroup[] = ['studied', 'heldback', 'proxy', 'adv'];

function count(report: Report, group: (file: string, split: string) => GateGroup) {
  const perGroup = new Map<GateGroup, number>();
  const perFile = new Map<string, number>();
  for (const list of [report.misses, report.partMisses, report.storyMisses, report.kindMisses]) {
    for (const e of list) {
      const g = group(e.file, e.split);
      perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
      perFile.set(e.file, (perFile.get(e.file) ?? 0) + 1);
    }
  }
  return { perGroup, perFile };
}

function main(): number {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 2) {
    process.stderr.write('usage: node --import tsx scripts/eval/gate.ts START.json END.json [--files]\n');
    return 2;
  }
  const [start, end] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Report);
  const group = gateGrouper(process.cwd());
  const a = count(start, group);
  const b = count(end, group);
  let rose = false;
  const lines = ['group       start    end   change'];
  for (const g of [...GATED, 'test' as GateGroup]) {
    const s = a.perGroup.get(g) ?? 0;
    const e = b.perGroup.get(g) ?? 0;
    if (GATED.includes(g) && e > s) rose = true;
    lines.push(`${g.padEnd(10)} ${String(s).padStart(6)} ${String(e).padStart(6)} ${(e - s > 0 ? '+' : '') + String(e - s)}`);
  }
  const total = (m: Map<GateGroup, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  lines.push(`${'all'.padEnd(10)} ${String(total(a.perGroup)).padStart(6)} ${String(total(b.perGroup)).padStart(6)}`);
  if (args.includes('--files')) {
    const changed = [...new Set([...a.perFile.keys(), ...b.perFile.keys()])]
      .map((f) => ({ f, d: (b.perFile.get(f) ?? 0) - (a.perFile.get(f) ?? 0) }))
      .filter((x) => x.d !== 0)
      .sort((x, y) => y.d - x.d);
    lines.push('', 'files whose errors changed (most risen first):');
    for (const x of changed.slice(0, 40)) lines.push(`${x.d > 0 ? '+' : ''}${x.d}  ${x.f}`);
  }
  lines.push('', rose ? 'gate: REFUSED (a gated group has more errors)' : 'gate: passed');
  process.stdout.write(lines.join('\n') + '\n');
  return rose ? 1 : 0;
}

process.exitCode = main();
