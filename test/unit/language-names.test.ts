// Names of languages (knowledge/language-names.ts, generated from Intl) and the headings that name the language of a
// telling of an answer (parse/markdown.ts namesLanguage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { LANGUAGE_NAMES } from '../../server/src/core/knowledge/language-names';
import { intlLanguageNames } from '../../server/src/core/knowledge/language-names-source';
import { namesLanguage } from '../../server/src/core/parse/markdown';

void test('language names: the data file is what Intl gives', () => {
  assert.deepEqual([...LANGUAGE_NAMES], intlLanguageNames());
  for (const n of ['english', '中文', 'español', 'deutsch', '한국어', '日本語', 'русский', 'chinesisch', '英文']) assert.ok(LANGUAGE_NAMES.includes(n), n);
  execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'scripts', 'language-names.ts'), '--check']);
});

void test('namesLanguage: a heading that only names the language of a telling', () => {
  for (const t of ['English', '中文', 'English version', 'Versión en español', '中文版', '한국어 버전', '日本語訳', 'In English', 'Chinese (Simplified)', 'Auf Deutsch']) {
    assert.ok(namesLanguage(t), t);
  }
  // a language named among other words, or inside a word, or no language at all
  for (const t of ['English skills', '中文自我介绍', 'Englishman', 'Polish your answer', 'Short version', 'STAR 版本', 'Why Germany?']) {
    assert.ok(!namesLanguage(t), t);
  }
});
