// The bank service (server/src/core/bankService.ts): after each change it says which files' findings changed —
// the file itself, the other stories a bank finding moves on or off, and the config file bank findings land on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { BankService } from '../../server/src/core/bankService';

function story(title: string, questions: string, approach = 'I split the batch job by region and paired with each owner.'): string {
  return ['---', `title: ${title}`, `questions: [${questions}]`, 'last-practiced: 2099-01-01', '---', `# ${title}`, '', '## Setup', 'Invoices went out late.', '## Challenge', 'Month end took 30 hours.', '## Approach', approach, '## Outcome', 'Invoices now go out within 2 hours.', '## Learning', 'Measure first.', ''].join('\n');
}

const CFG = '/bank/.storybank.yml';

void test('update and remove answer which files changed, and bank findings land on the config file', () => {
  const s = new BankService({ now: () => new Date('2026-11-30T00:00:00Z') });
  const first = s.update('/bank/a.md', story('Invoices on time', '16'), DEFAULT_CONFIG, CFG);
  assert.deepEqual([...first].sort(), ['/bank/.storybank.yml', '/bank/a.md']);
  assert.ok(s.bankFindings(CFG).some((f) => f.ruleId === 'too-few-stories' && /1 story/.test(f.message)));
  // A second story with the same title: both files change (duplicate-title), and the config file (2 stories now).
  const second = s.update('/bank/b.md', story('Invoices on time', '17'), DEFAULT_CONFIG, CFG);
  assert.deepEqual([...second].sort(), ['/bank/.storybank.yml', '/bank/a.md', '/bank/b.md']);
  assert.ok(s.findings('/bank/a.md').some((f) => f.ruleId === 'duplicate-title'));
  // Typing inside a part: only that file's findings can change, the bank is not recomputed.
  const typed = s.update('/bank/b.md', story('Invoices on time', '17', 'I basically split the batch job by region.'), DEFAULT_CONFIG, CFG);
  assert.deepEqual([...typed], ['/bank/b.md']);
  assert.ok(s.fileFindings('/bank/b.md').some((f) => f.ruleId === 'filler-phrase'));
  // Renaming the copy clears duplicate-title on the other file.
  const renamed = s.update('/bank/b.md', story('Invoices after the close', '17'), DEFAULT_CONFIG, CFG);
  assert.ok(renamed.has('/bank/a.md'));
  assert.ok(!s.findings('/bank/a.md').some((f) => f.ruleId === 'duplicate-title'));
  // Removing a story changes it and the config file (the count in too-few-stories).
  const removed = s.remove('/bank/b.md');
  assert.deepEqual([...removed].sort(), ['/bank/.storybank.yml', '/bank/b.md']);
  assert.deepEqual(s.findings('/bank/b.md'), []);
  assert.deepEqual([...s.remove('/bank/nothing.md')], []);
});
