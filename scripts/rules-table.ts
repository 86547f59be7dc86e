// The README's rule table, generated from the rule metadata (ALL_RULES_META). Used by scripts/readme-rules.ts
// (which writes it into README.md) and by test/unit/readme.test.ts (which checks the README matches it).
import { ALL_RULES_META } from '../server/src/core/rules';

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** The Markdown table of every rule: id (linked to its doc page), default severity, scope and description. */
export function rulesTable(): string {
  const rows = ALL_RULES_META.map((m) => `| [\`${m.id}\`](docs/rules/${m.id}.md) | ${m.defaultSeverity} | ${m.scope} | ${cell(m.description)} |`);
  return ['| Rule | Default | Scope | What it finds |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README text between the markers (trimmed), or undefined when the markers are missing. */
export function tableInReadme(readme: string): string | undefined {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + RULES_START.length, end).trim();
}

/** The README with the generated table between the markers. */
export function withTable(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${RULES_START} … ${RULES_END} markers`);
  return `${readme.slice(0, start + RULES_START.length)}\n${rulesTable()}\n${readme.slice(end)}`;
}
