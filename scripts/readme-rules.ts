// Prints the README's rule table, or with --write puts it into README.md between the rules markers.
// Run: node --import tsx scripts/readme-rules.ts [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesTable, withTable } from './rules-table';

const readmePath = join(process.cwd(), 'README.md');
if (process.argv.includes('--write')) {
  const before = readFileSync(readmePath, 'utf8');
  const after = withTable(before);
  if (after !== before) writeFileSync(readmePath, after);
  console.log(after !== before ? 'README.md: rule table updated' : 'README.md: rule table already up to date');
} else {
  console.log(rulesTable());
}
