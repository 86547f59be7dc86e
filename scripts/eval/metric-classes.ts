// The size and length rules' errors on the studied half, by class: missing-metric, vague-impact, too-short and
// too-long false positives and misses, each put in one class of form (the script of the answer, the kind of number
// its result holds or lacks, how far its length is from the limit), so the biggest classes can be worked on first.
// Reads the studied files only (scripts/learn/gate-groups.ts); never the held-back half, the proxy or test files.
//
//   node --import tsx scripts/eval/metric-classes.ts [--rule missing-metric] [--show CLASS] [--max N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, type Story } from '../../server/src/core';
import { findSharedCorpus, loadCorpus, matchStories, repoSources } from './harness';
import { gateGrouper } from '../learn/gate-groups';
import { fileLanguage } from './languages';
import { resultProse } from '../../server/src/core/rules/kind';
import { findQuantities } from '../../server/src/core/rules/quantity';
import { spokenWordCount } from '../../server/src/core/rules/util';

const RULES = ['missing-metric', 'vague-impact', 'too-short', 'too-long'];

/** The script most of a text is written in. */
export function scriptOf(text: string): string {
  const n = (re: RegExp): number => text.match(re)?.length ?? 0;
  const counts: [string, number][] = [
    ['han-kana', n(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)],
    ['hangul', n(/\p{Script=Hangul}/gu) * 2],
    ['thai-lao-km', n(/[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu)],
    ['cyrillic', n(/\p{Script=Cyrillic}/gu) / 5],
    ['arabic-hebrew', n(/[\p{Script=Arabic}\p{Script=Hebrew}]/gu) / 5],
    ['devanagari', n(/\p{Script=Devanagari}/gu) / 4],
    ['latin', n(/\p{Script=Latin}/gu) / 5],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : 'none';
}

/** The kind of number a result holds, by form (the first that applies). */
function numberForm(text: string): string {
  if (/[\p{Nd}](?<![0-9])/u.test(text)) return 'non-ascii-digits';
  if (/[0-9]\s*(?:%|％|percent|por ciento|pour cent|prozent)/iu.test(text)) return 'percent';
  if (/[$€£¥₹₩]\s*[0-9]|[0-9]\s*(?:[$€£¥₹₩]|円|元|원|만|万|億|亿)/u.test(text)) return 'currency/cjk-unit';
  if (/[一二三四五六七八九十百千万億亿两半][^\s]{0,2}?(?:倍|割|成|件|个|個|人|名|分|秒|时|時|日|天|周|週|月|年|%)/u.test(text)) return 'cjk-numeral+unit';
  if (/[0-9]/u.test(text)) {
    if (/\b(?:19|20)\d\d\b/u.test(text) && !/[0-9](?!\d)(?![0-9]*\s*(?:19|20)\d\d)/u.test(text.replace(/\b(?:19|20)\d\d\b/gu, ''))) return 'year-only';
    if (/\bv?\d+\.\d+(?:\.\d+)?\b/u.test(text) && !/\d\s*[%a-z]/iu.test(text)) return 'version-like';
    return 'ascii-digits';
  }
  if (/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|half|double|triple|twice|dozen)s?\b/iu.test(text)) return 'en-number-word';
  if (/\b(?:dos|tres|cuatro|cinco|diez|veinte|cien|mil|deux|trois|quatre|cinq|dix|vingt|zwei|drei|vier|fünf|zehn|zwanzig|hundert|tausend|due|tre|dieci|два|три|пять|десять|сто|тысяч)\b/iu.test(text)) return 'other-number-word';
  return 'no-number';
}

interface Row {
  rule: string;
  kind: 'FP' | 'FN';
  cls: string;
  file: string;
  line: number;
  sample: string;
}

function classify(rule: string, kind: 'FP' | 'FN', story: Story | undefined, fileText: string, config: { wordsPerMinute: number; minSeconds: number; maxSeconds: number }): { cls: string; sample: string } {
  if (!story) return { cls: kind === 'FP' ? 'extra-story' : 'story-not-found', sample: '' };
  const all = story.prose.map((s) => s.text).join(' ');
  const script = scriptOf(all);
  if (rule === 'too-short' || rule === 'too-long') {
    const words = spokenWordCount(story);
    const secs = (words / config.wordsPerMinute) * 60;
    const limit = rule === 'too-short' ? config.minSeconds : config.maxSeconds;
    const ratio = secs / limit;
    const band = ratio < 0.5 ? '<0.5' : ratio < 0.8 ? '0.5-0.8' : ratio < 1.25 ? '0.8-1.25' : ratio < 2 ? '1.25-2' : '>2';
    return { cls: `${script} ratio ${band}`, sample: `${Math.round(secs)}s ${words}w` };
  }
  const result = resultProse(story, fileText).map((s) => s.text).join(' ');
  const form = numberForm(result);
  const qs = findQuantities(result).map((q) => result.slice(q.start, q.end));
  const marked = story.parts.some((p) => p.name === 'outcome') ? 'marked' : story.parts.length > 0 ? 'no-outcome-label' : 'unmarked';
  if (rule === 'missing-metric') {
    // FP: a quantity the labels see that the rule missed (by its form); FN: what the rule took for a quantity.
    const cls = kind === 'FP' ? `${script} ${marked} ${form}` : `${script} ${marked} read:${qs.length > 0 ? numberForm(qs.join(' ')) : 'none(elsewhere)'}`;
    return { cls, sample: (kind === 'FN' && qs.length > 0 ? `[${qs.slice(0, 3).join(' | ')}] ` : '') + result.replace(/\s+/gu, ' ').slice(0, 160) };
  }
  return { cls: `${script} ${marked}${kind === 'FN' ? ` ${form}` : ''}`, sample: result.replace(/\s+/gu, ' ').slice(0, 160) };
}

function main(args: readonly string[]): void {
  const root = join(__dirname, '..', '..');
  const grouper = gateGrouper(root);
  const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
  const max = args.includes('--max') ? Number(args[args.indexOf('--max') + 1]) : 5;
  const rows: Row[] = [];
  for (const file of loadCorpus(repoSources(root, findSharedCorpus(root))).files) {
    if (grouper(file.storyPath, file.split) !== 'studied') continue;
    const text = readFileSync(file.storyPath, 'utf8');
    const analysis = analyzeFile(text, file.storyPath, file.config);
    const detected = analysis.file.stories;
    const match = matchStories(file.stories, detected);
    // (a finding's story as the eval reads it: its storyIndex, else the story whose range holds its line)
    const storyIndex = (f: { storyIndex?: number; range: { start: { line: number } } }): number =>
      f.storyIndex ?? detected.findIndex((s) => s.range.start.line <= f.range.start.line && f.range.start.line <= s.range.end.line);
    const firedOn = (s: Story, rule: string): boolean => analysis.findings.some((f) => f.ruleId === rule && detected[storyIndex(f)] === s);
    file.stories.forEach((label, i) => {
      const story = match[i] >= 0 ? detected[match[i]] : undefined;
      for (const [rule, want] of Object.entries(label.expect)) {
        if (!RULES.includes(rule) || (only && rule !== only)) continue;
        const fired = story ? firedOn(story, rule) : false;
        const expected = want !== false;
        if (fired === expected) continue;
        const kind = fired ? 'FP' : 'FN';
        rows.push({ rule, kind, ...classify(rule, kind, story, text, file.config), file: `${file.display} [${fileLanguage(file.storyPath)}]`, line: label.line ?? 0 });
      }
    });
  }
  const byClass = new Map<string, Row[]>();
  for (const r of rows) {
    const k = `${r.rule} ${r.kind} ${r.cls}`;
    if (!byClass.has(k)) byClass.set(k, []);
    byClass.get(k)!.push(r);
  }
  const out: string[] = [];
  for (const [k, list] of [...byClass].sort((a, b) => b[1].length - a[1].length)) {
    if (show && !k.includes(show)) continue;
    out.push(`${String(list.length).padStart(4)}  ${k}`);
    if (show) for (const r of list.slice(0, max)) out.push(`        ${r.file}:${r.line}  ${r.sample}`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

main(process.argv.slice(2));
