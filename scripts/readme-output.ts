// Puts the real output of `npm start` (check + coverage on examples/stories, built CLI, no colours) into
// README.md between the start-output markers. Run after `npm run build`:
//   node --import tsx scripts/readme-output.ts --write
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const BEGIN = '<!-- start-output:begin -->';
const END = '<!-- start-output:end -->';

function run(args: string[]): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'storybank.js'), ...args, '--no-color'], { cwd: ROOT, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status === 2) throw new Error(`storybank ${args.join(' ')} exited 2:\n${r.stderr}`);
  return `$ storybank ${args.join(' ')}\n${r.stdout.trimEnd()}`;
}

const output = [run(['check', 'examples/stories', '--max-warnings', '1000']), run(['coverage', 'examples/stories'])].join('\n\n');
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
