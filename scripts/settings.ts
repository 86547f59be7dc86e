// Writes the files generated from the settings table (package.json settings, the .storybank.yml schema,
// docs/configuration.md's key reference), or without --write lists the stale ones (exit 1 when any is).
// Run: node --import tsx scripts/settings.ts [--write]
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ROOT, generatedFiles } from './settings-gen';

const write = process.argv.includes('--write');
let stale = 0;
for (const f of generatedFiles()) {
  if (f.current === f.expected) continue;
  stale++;
  if (write) writeFileSync(f.path, f.expected);
  console.log(`${relative(ROOT, f.path)}: ${write ? 'updated' : 'stale'}`);
}
if (stale === 0) console.log('Generated settings files are up to date.');
else if (!write) process.exitCode = 1;
