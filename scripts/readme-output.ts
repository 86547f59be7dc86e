// Puts the real output of `npm start` (scripts/start.mjs on examples/stories: the check's summary, coverage in one
// line, the next steps; wrapped at 100 columns, no colours) into README.md between the start-output markers. Run
// after `npm run build`:
//   node --import tsx scripts/readme-output.ts --write
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const BEGIN = '<!-- start-output:begin -->';
const END = '<!-- start-output:end -->';

function start(): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--width', '100', '--no-color'], { cwd: ROOT, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`scripts/start.mjs exited ${r.status}:\n${r.stderr}`);
  return `$ npm start\n${r.stdout.trimEnd()}`;
}

const output = start();
const block = `${BEGIN}\n\`\`\`text\n${output}\n\`\`\`\n${END}`;
if (process.argv.includes('--write')) {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md has no start-output markers');
  writeFileSync(join(ROOT, 'README.md'), readme.slice(0, start) + block + readme.slice(end + END.length));
  console.log('README.md: npm start output updated');
} else {
  console.log(block);
}
