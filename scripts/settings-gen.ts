// Everything generated from the settings table (server/src/core/settings.ts): the VS Code settings in
// package.json, schemas/storybank.schema.json and the key reference in docs/configuration.md.
// Written by scripts/settings.ts --write; test/unit/settings.test.ts fails when a written file differs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PHRASES } from '../server/src/core/knowledge/phrases';
import { ALL_RULES_META, REPOSITORY_URL } from '../server/src/core/rules/index';
import { settingEntries, type JsonSchema, type SchemaContext, type SettingSpec } from '../server/src/core/settings';

export const ROOT = join(new URL('..', import.meta.url).pathname);
export const PACKAGE_JSON = join(ROOT, 'package.json');
export const SCHEMA_FILE = join(ROOT, 'schemas', 'storybank.schema.json');
export const CONFIG_DOC = join(ROOT, 'docs', 'configuration.md');
export const DOC_START = '<!-- settings:start (generated from server/src/core/settings.ts: node --import tsx scripts/settings.ts --write) -->';
export const DOC_END = '<!-- settings:end -->';

function schemaContext(): SchemaContext {
  return { ruleIds: ALL_RULES_META.map((m) => m.id), phraseRuleIds: Object.keys(PHRASES) };
}

function writtenDefault(s: SettingSpec<unknown>): unknown {
  return s.defaultAsWritten ?? s.default;
}

/** Plain text of a Markdown one-liner (for the schema's `description`). */
function plain(md: string): string {
  return md.replace(/\*\*|`/g, '');
}

/** package.json `contributes.configuration`. */
export function vscodeConfiguration(): JsonSchema {
  const ctx = schemaContext();
  const properties: Record<string, JsonSchema> = {};
  for (const [key, s] of settingEntries()) {
    properties[`storybank.${key}`] = { scope: s.scope, ...s.schema(ctx), default: writtenDefault(s), markdownDescription: s.description };
  }
  return { title: 'Story Bank', properties };
}

/** The JSON schema of `.storybank.yml`. */
export function configSchema(): JsonSchema {
  const ctx = schemaContext();
  const properties: Record<string, JsonSchema> = {};
  for (const [key, s] of settingEntries(['file'])) {
    properties[key] = { description: plain(s.description), markdownDescription: s.description, ...s.schema(ctx), default: writtenDefault(s) };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${REPOSITORY_URL}/schemas/storybank.schema.json`,
    title: 'Story Bank configuration (.storybank.yml)',
    description: 'Settings for the story files in this folder and below. The nearest .storybank.yml wins over editor settings.',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

/** A default as shown in the docs: text bare, lists and mappings as JSON. */
function shown(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v).replace(/","/g, '", "');
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** docs/configuration.md between the markers: the key table, one section per key, the editor-only settings. */
export function configDocSection(): string {
  const file = settingEntries(['file']);
  const editorOnly = settingEntries(['server', 'client']);
  const out = [
    '## Keys',
    '',
    '| key | type | default | allowed |',
    '| --- | --- | --- | --- |',
    ...file.map(([k, s]) => `| \`${k}\` | ${cell(s.docType)} | \`${shown(writtenDefault(s))}\` | ${cell(s.docAllowed)} |`),
    '',
  ];
  for (const [k, s] of file) out.push(`### \`${k}\``, '', s.doc, '');
  out.push(
    '## Settings only in the editor',
    '',
    'These are editor settings (`storybank.<key>`) with no `.storybank.yml` key.',
    '',
    '| setting | type | default | allowed | what it does |',
    '| --- | --- | --- | --- | --- |',
    ...editorOnly.map(([k, s]) => `| \`storybank.${k}\` | ${cell(s.docType)} | \`${shown(writtenDefault(s))}\` | ${cell(s.docAllowed)} | ${cell(s.doc)} |`),
  );
  return out.join('\n');
}

export function json(v: unknown): string {
  return JSON.stringify(v, null, 2) + '\n';
}

/** Each generated file: its path, its current text and the text it should have. */
export function generatedFiles(): { path: string; current: string; expected: string }[] {
  const pkgText = readFileSync(PACKAGE_JSON, 'utf8');
  const pkg = JSON.parse(pkgText) as { contributes: Record<string, unknown> };
  pkg.contributes.configuration = vscodeConfiguration();
  const docText = readFileSync(CONFIG_DOC, 'utf8');
  const a = docText.indexOf(DOC_START);
  const b = docText.indexOf(DOC_END);
  if (a < 0 || b < a) throw new Error(`docs/configuration.md has no ${DOC_START} … ${DOC_END} markers`);
  const doc = `${docText.slice(0, a + DOC_START.length)}\n\n${configDocSection()}\n\n${docText.slice(b)}`;
  let schemaText = '';
  try {
    schemaText = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    schemaText = '';
  }
  return [
    { path: PACKAGE_JSON, current: pkgText, expected: json(pkg) },
    { path: SCHEMA_FILE, current: schemaText, expected: json(configSchema()) },
    { path: CONFIG_DOC, current: docText, expected: doc },
  ];
}
