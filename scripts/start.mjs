// `npm start` (after the build): a short look at the example bank (examples/stories). Runs the built CLI's check
// with --summary (one line per rule) and one line of coverage, wrapped at the terminal's width, and ends with
// what to do next: open the bank in VS Code, run the tests, see every finding.
//
//   node scripts/start.mjs [--width N] [--no-color]   (README.md's sample: --width 100 --no-color)
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'storybank.js');
const bank = 'examples/stories';
const args = process.argv.slice(2);
const widthArg = args.includes('--width') ? Number(args[args.indexOf('--width') + 1]) : undefined;
const width = widthArg ?? (process.stdout.isTTY && process.stdout.columns >= 40 ? process.stdout.columns : 80);
const noColor = args.includes('--no-color') ? ['--no-color'] : [];

/** Words of `text` in lines of at most `width` characters; `first` starts the first line, `indent` the others. */
function wrap(text, indent = '', first = '') {
  const lines = [];
  let line = first;
  let words = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (words > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = words > 0 ? `${line} ${word}` : line + word;
    words++;
  }
  lines.push(line);
  return lines.join('\n');
}

function storybank(...cliArgs) {
  const r = spawnSync(process.execPath, [cli, ...cliArgs], { cwd: root, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status === 2) {
    process.stderr.write(r.stderr);
    console.error(`storybank ${cliArgs.join(' ')} could not run (exit 2); see above.`);
    process.exit(2);
  }
  return r.stdout;
}

console.log(wrap(`Story Bank checked the example bank in ${bank}. Its stories have some problems on purpose, so you see what findings look like:`));
console.log('');
// The check's own closing "Next:" lines are left out: the next steps below include them.
const check = storybank('check', bank, '--summary', '--width', String(width), ...noColor).split('\n');
const next = check.findIndex((l) => l.startsWith('Next:'));
console.log((next < 0 ? check : check.slice(0, next)).join('\n').trimEnd());
const coverage = JSON.parse(storybank('coverage', bank, '--format', 'json'));
console.log('');
console.log(
  wrap(
    `Coverage: ${coverage.questionsCovered} of ${coverage.questionsTotal} questions, ${coverage.themesCovered} of ${coverage.themesTotal} themes ` +
      `answered by ${coverage.stories} stories ("node bin/storybank.js coverage ${bank}" lists them by theme).`,
  ),
);
console.log('');
console.log('Next steps:');
const steps = [
  ['npm run try', 'Open the example bank in VS Code (in your browser), with a story open and the Story Bank view.'],
  ['npm test', 'Build, lint and run every test, VS Code integration tests included.'],
  [`node bin/storybank.js check ${bank}`, 'Every finding at its line.'],
  ['node bin/storybank.js explain RULE', 'What a rule looks for and how to fix what it finds.'],
];
const col = 15;
for (const [command, what] of steps) {
  const pad = ' '.repeat(col);
  if (2 + command.length + 2 <= col) console.log(wrap(what, pad, `  ${command.padEnd(col - 2)}`));
  else console.log(`  ${command}\n${wrap(what, pad, pad)}`);
}
