// The public API of the Story Bank core: the data model, text helpers, parsing and analysis, configuration, the
// bank index, the rule registry, the knowledge base and the templates. Adapters (the language server, the CLI,
// tests) may import from here or from the modules directly; nothing here touches an editor.
export * from './types';
export * from './text';
export { isStoryFile, MAX_PARSE_CHARS, normalizeLabel, parseFile, partForLabel, STRUCTURES } from './parse';
export { analyzeFile, isSuppressed, MAX_FILE_BYTES } from './analyze';
export * from './config';
export * from './bank';
export * from './bankService';
export * from './rules/index';
export type { BankReport, BankStoryEntry, Report, StoryRuleContext } from './rules/rule';
export { projectKey } from './rules/same-project';
export { titleKey } from './rules/duplicate-title';
export * from './knowledge/index';
export { PHRASES } from './knowledge/phrases';
export * from './templates';
