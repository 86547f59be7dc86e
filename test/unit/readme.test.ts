// The README's rule table must be the one generated from the rule metadata (scripts/rules-table.ts).
// To update it: node --import tsx scripts/readme-rules.ts --write
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULES_META } from '../../server/src/core/rules';
import { rulesTable, tableInReadme } from '../../scripts/rules-table';

const README = readFileSync(join(resolve(__dirname, '..', '..'), 'README.md'), 'utf8');

void describe('README', () => {
  void it('has the rule table generated from the rule metadata', () => {
    const table = tableInReadme(README);
    assert.ok(table !== undefined, 'README.md needs <!-- rules:start --> and <!-- rules:end --> markers');
    assert.equal(table, rulesTable(), 'README rule table is stale: run `node --import tsx scripts/readme-rules.ts --write`');
  });

  void it('lists every rule id with its default severity', () => {
    const table = tableInReadme(README) ?? '';
    for (const m of ALL_RULES_META) {
      assert.match(table, new RegExp(`\\| \\[\`${m.id}\`\\]\\(docs/rules/${m.id}\\.md\\) \\| ${m.defaultSeverity} \\|`), m.id);
    }
  });

  void it('shows real output of npm start, not a placeholder', () => {
    const start = README.indexOf('<!-- start-output:begin -->');
    const end = README.indexOf('<!-- start-output:end -->');
    assert.ok(start >= 0 && end > start, 'README.md needs the start-output markers');
    const block = README.slice(start, end);
    assert.match(block, /\d+ problems? \(\d+ errors?, \d+ warnings?, \d+ infos?\) in \d+ stor(y|ies)/);
    assert.match(block, /\d+ of 35 questions, \d+ of 9 themes/);
  });
});
