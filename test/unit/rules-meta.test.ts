// The rule metadata: ids as in DESIGN §2, unique, kebab-case, documented, with valid severities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ALL_RULES_META,
  BANK_RULES,
  DOCS_BASE_URL,
  STORY_RULES,
  SYSTEM_RULES_META,
  ruleDocUrl,
  ruleMeta,
} from '../../server/src/core/rules';
import { QUESTION_ID, QUESTIONS, questionById } from '../../server/src/core/knowledge/index';
import { PHRASES } from '../../server/src/core/knowledge/phrases';

const ROOT = resolve(__dirname, '..', '..');

/** DESIGN §2's rule table, in order. */
const DESIGN_IDS = [
  'frontmatter-invalid',
  'unknown-question',
  'unknown-theme',
  'unknown-company',
  'missing-section',
  'empty-section',
  'duplicate-section',
  'section-order',
  'section-balance',
  'missing-metric',
  'vague-impact',
  'too-long',
  'too-short',
  'solo-heroics',
  'blame',
  'fake-weakness',
  'badmouthing',
  'resume-recital',
  'filler-phrase',
  'placeholder',
  'question-count',
  'website-question',
  'same-project',
  'duplicate-title',
  // DESIGN §2's bank-level checks ("Bank-level checks are rules too").
  'too-few-stories',
  'no-failure-story',
  'theme-gap',
  'question-gap',
  'over-time',
  'stale',
];
const DESIGN_SEVERITY: Record<string, string> = {
  'frontmatter-invalid': 'error', 'unknown-question': 'error', 'unknown-theme': 'error', 'unknown-company': 'warning',
  'missing-section': 'warning', 'empty-section': 'warning', 'duplicate-section': 'warning', 'section-order': 'info',
  'section-balance': 'info', 'missing-metric': 'warning', 'vague-impact': 'info', 'too-long': 'warning', 'too-short': 'info',
  'solo-heroics': 'warning', blame: 'warning', 'fake-weakness': 'warning', badmouthing: 'warning', 'resume-recital': 'info',
  'filler-phrase': 'info', placeholder: 'warning', 'question-count': 'warning', 'website-question': 'warning', 'same-project': 'info', 'duplicate-title': 'warning',
};

void test('rule ids are exactly those of DESIGN §2, plus the system ids', () => {
  const ruleIds = [...STORY_RULES, ...BANK_RULES].map((r) => r.meta.id);
  assert.deepEqual(ruleIds, DESIGN_IDS);
  assert.deepEqual(SYSTEM_RULES_META.map((m) => m.id), ['file-skipped', 'file-encoding', 'config-invalid']);
  assert.equal(ALL_RULES_META.length, DESIGN_IDS.length + 3);
});

void test('ids are unique and kebab-case', () => {
  const ids = ALL_RULES_META.map((m) => m.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
});

void test('default severities are valid and match DESIGN §2', () => {
  for (const m of ALL_RULES_META) {
    assert.ok(['error', 'warning', 'info'].includes(m.defaultSeverity), m.id);
    if (DESIGN_SEVERITY[m.id]) assert.equal(m.defaultSeverity, DESIGN_SEVERITY[m.id], m.id);
    assert.ok(m.description.length > 10, `${m.id} needs a description`);
    assert.ok(m.tags.length > 0, `${m.id} needs tags`);
  }
  for (const r of STORY_RULES) assert.ok(r.meta.scope === 'story' || r.meta.scope === 'file', r.meta.id);
  for (const r of BANK_RULES) assert.equal(r.meta.scope, 'bank');
});

void test('every rule has a doc page with the sections a reader needs', () => {
  for (const m of ALL_RULES_META) {
    const p = join(ROOT, 'docs', 'rules', `${m.id}.md`);
    assert.ok(existsSync(p), `docs/rules/${m.id}.md is missing`);
    const doc = readFileSync(p, 'utf8');
    assert.ok(doc.includes(m.id), `docs/rules/${m.id}.md does not name its rule`);
  }
  for (const r of [...STORY_RULES, ...BANK_RULES]) {
    const doc = readFileSync(join(ROOT, 'docs', 'rules', `${r.meta.id}.md`), 'utf8');
    for (const h of ['## What it finds', '## Why interviewers care', '## Examples', '## Configure']) assert.ok(doc.includes(h), `${r.meta.id}: no "${h}"`);
    const suppression = r.meta.scope === 'bank' ? `${r.meta.id}: off` : `storybank-disable-next-line ${r.meta.id}`;
    assert.ok(doc.includes(suppression), `${r.meta.id}: doc does not show how to turn it off (${suppression})`);
  }
});

void test('ruleMeta and ruleDocUrl', () => {
  assert.equal(ruleMeta('blame')?.defaultSeverity, 'warning');
  assert.equal(ruleMeta('no-such-rule'), undefined);
  assert.equal(ruleDocUrl('blame'), `${DOCS_BASE_URL}blame.md`);
  // The repository is named in one place, package.json's `repository`; the links derive from it.
  const repo = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { repository: { url: string } }).repository.url;
  assert.equal(`${DOCS_BASE_URL}`, `${repo.replace(/\.git$/, '')}/blob/main/docs/rules/`);
});

void test('question-specific rules point at the right questions', () => {
  // Each name in QUESTION_ID must point at the question it says; a renumbering fails here.
  const meant: Record<keyof typeof QUESTION_ID, RegExp> = {
    tellMeAboutYourself: /about yourself/i,
    greatestWeakness: /weakness/i,
    fiveYears: /five years/i,
    whyLeaving: /leaving/i,
  };
  for (const [name, id] of Object.entries(QUESTION_ID)) assert.match(questionById(id)?.text ?? '', meant[name as keyof typeof QUESTION_ID], name);
  // No other standard question answers to any of the patterns, so each name picks out one question.
  assert.equal(QUESTIONS.filter((q) => Object.values(meant).some((re) => re.test(q.text))).length, Object.keys(meant).length);
});

void test('phrase lists are keyed by real rule ids and hold literal lowercase phrases', () => {
  for (const [id, list] of Object.entries(PHRASES)) {
    assert.ok(ruleMeta(id), `PHRASES has a list for unknown rule ${id}`);
    // Rules that judge by meaning (vague-impact by the shape of a claim, the red flags through ../nlp) keep an
    // empty list only for the user setting `phrases.<id>`; the tag 'language' or 'shape' says so.
    const byMeaning = id === 'vague-impact' || (ruleMeta(id)?.tags.includes('language') ?? false);
    assert.ok(list.length > 0 || byMeaning, `${id} has an empty phrase list`);
    assert.equal(new Set(list).size, list.length, `${id} has duplicate phrases`);
    for (const p of list) assert.equal(p, p.trim().toLowerCase(), `${id}: "${p}" should be trimmed lowercase`);
  }
});
