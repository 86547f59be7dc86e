// `npm run eval`: scores the checker on the labelled corpus (eval/README.md). Prints per-rule TP/FP/FN,
// precision and recall for dev / test / adversarial / all, part recognition and stories found, and lists the
// misses of dev stories (test-split misses are only counted, so tuning a rule on them stays honest).
//   npm run eval                      the report
//   npm run eval -- --json            the same figures as JSON
//   npm run eval -- --rule blame      one rule only
//   npm run eval -- --check           exit 1 when a target is missed (precision/recall ≥ 95%, parts ≥ 98%)
//   npm run eval -- --compare old.json   also print before → now per rule, from an earlier --json report
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownRuleIds } from '../server/src/core';
import { compareTable, evaluate, findSharedCorpus, GROUPS, formatReport, JUDGED_RULES, loadCorpus, missedTargets, repoSources, toJson } from './eval/harness';

const USAGE = 'Usage: npm run eval -- [--json] [--rule <id>] [--check] [--compare <earlier.json>]';

function main(argv: string[]): number {
  let json = false;
  let check = false;
  let rule: string | undefined;
  let compare: unknown;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--check') check = true;
    else if (a === '--rule' || a.startsWith('--rule=')) {
      rule = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!rule) {
        process.stderr.write(`--rule needs a rule id.\n${USAGE}\n`);
        return 2;
      }
      if (!knownRuleIds().has(rule)) {
        process.stderr.write(`There is no rule \`${rule}\`. Judged rules: ${JUDGED_RULES.join(', ')}.\n`);
        return 2;
      }
    } else if (a === '--compare') {
      const file = argv[++i];
      try {
        compare = JSON.parse(readFileSync(file ?? '', 'utf8'));
      } catch (e) {
        process.stderr.write(`--compare needs the file an earlier \`npm run eval -- --json\` wrote; ${file ?? '(none given)'} could not be read: ${e instanceof Error ? e.message : String(e)}\n`);
        return 2;
      }
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else {
      process.stderr.write(`Unknown argument \`${a}\`.\n${USAGE}\n`);
      return 2;
    }
  }
  const repoRoot = join(__dirname, '..');
  const shared = findSharedCorpus(repoRoot);
  const skipped: string[] = [];
  if (!shared) skipped.push('the shared real stories (shared/corpus/public-stories beside the repository, or STORYBANK_SHARED_CORPUS) are not here; eval/labels/shared was skipped.');
  const { files, problems } = loadCorpus(repoSources(repoRoot, shared));
  const result = evaluate(files, { rule });
  const rules = rule ? [rule] : [...JUDGED_RULES];
  const opts = { rules, skipped, problems };
  process.stdout.write(json ? `${JSON.stringify(toJson(result, opts), null, 2)}\n` : formatReport(result, opts));
  if (compare !== undefined && !json) {
    for (const g of GROUPS) process.stdout.write(`\n## Before → now: ${g}\n\n${compareTable(compare, result, rules, g)}\n`);
  }
  if (!check) return 0;
  const missed = missedTargets(result, rules);
  if (problems.length > 0) process.stderr.write(`${problems.length} labels files have problems (listed above); they were not scored.\n`);
  return missed.length > 0 || problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
