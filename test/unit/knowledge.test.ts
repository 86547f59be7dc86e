import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  COMPANIES,
  COMPANY_IDS,
  FAILURE_QUESTION_IDS,
  QUESTIONS,
  THEMES,
  THEME_IDS,
  companyById,
  parseQuestionId,
  questionById,
  themeById,
  themesForQuestions,
} from '../../server/src/core/knowledge/index';
import { chapterText, copyGuard } from './helpers/chapter';
import { CJK_CHANGE_OF_STATE, CJK_CHANGE_VERBS, CJK_NOT_A_RESULT_BEFORE, CJK_SIZE_ADVERBS, EMPTY_WORDS, NOT_A_RESULT_BEFORE, SOFT_OUTCOMES, UNSIZED_CHANGE_FORMS } from '../../server/src/core/knowledge/change-words';
import { OTHER_CHANGE } from '../../server/src/core/rules/vague';

const EXPECTED_THEMES: [string, number, number][] = [
  ['self-awareness', 1, 5],
  ['technical-decision', 6, 10],
  ['collaboration', 11, 15],
  ['execution', 16, 20],
  ['problem-solving', 21, 23],
  ['growth', 24, 25],
  ['ethics', 26, 27],
  ['company-fit', 28, 29],
  ['situational', 30, 35],
];

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

void test('there are nine themes, in the order and with the ids of DESIGN §1', () => {
  assert.equal(THEMES.length, 9);
  assert.deepEqual(
    THEMES.map((t) => t.id),
    EXPECTED_THEMES.map(([id]) => id),
  );
  assert.deepEqual([...THEME_IDS], EXPECTED_THEMES.map(([id]) => id));
  for (const t of THEMES) {
    assert.ok(t.name.length > 0, `${t.id} has a name`);
    assert.ok(t.summary.length > 20, `${t.id} has a summary`);
  }
});

void test('there are 35 questions with unique ids 1..35', () => {
  assert.equal(QUESTIONS.length, 35);
  assert.deepEqual(
    QUESTIONS.map((q) => q.id),
    range(1, 35),
  );
  assert.equal(new Set(QUESTIONS.map((q) => q.id)).size, 35);
  assert.equal(new Set(QUESTIONS.map((q) => q.text)).size, 35, 'question texts are distinct');
  assert.equal(new Set(QUESTIONS.map((q) => q.short)).size, 35, 'short labels are distinct');
});

void test('each theme holds the questions of DESIGN §1 and agrees with each question', () => {
  for (const [id, from, to] of EXPECTED_THEMES) {
    const theme = themeById(id);
    assert.ok(theme, id);
    assert.deepEqual(theme.questions, range(from, to), `${id} holds ${from}–${to}`);
    for (const q of theme.questions) assert.equal(questionById(q)?.theme, id);
  }
  for (const q of QUESTIONS) {
    const holders = THEMES.filter((t) => t.questions.includes(q.id));
    assert.equal(holders.length, 1, `Q${q.id} is in exactly one theme`);
    assert.equal(holders[0]?.id, q.theme);
  }
});

void test('every question has a short label, what it evaluates and 2–4 follow-ups', () => {
  for (const q of QUESTIONS) {
    assert.ok(q.text.trim().length > 10, `Q${q.id} text`);
    assert.ok(q.short.trim().length > 0, `Q${q.id} short`);
    assert.ok(q.short.split(/\s+/).length <= 4, `Q${q.id} short label "${q.short}" is at most four words`);
    assert.ok(q.evaluates.trim().length > 20, `Q${q.id} evaluates`);
    assert.ok(q.followUps.length >= 2 && q.followUps.length <= 4, `Q${q.id} has 2–4 follow-ups`);
    for (const f of q.followUps) assert.ok(f.trim().length > 10, `Q${q.id} follow-up is not empty`);
  }
});

void test('questions 8 and 17, and only those, need a failure story', () => {
  assert.deepEqual([...FAILURE_QUESTION_IDS], [8, 17]);
  assert.deepEqual(
    QUESTIONS.filter((q) => q.failure === true).map((q) => q.id),
    [8, 17],
  );
});

void test('company lenses: amazon, google, meta, startup; every group non-empty and every id real', () => {
  assert.deepEqual([...COMPANY_IDS], ['amazon', 'google', 'meta', 'startup']);
  for (const c of COMPANIES) {
    assert.ok(c.summary.length > 20, `${c.id} summary`);
    assert.ok(c.groups.length > 0, `${c.id} has groups`);
    for (const g of c.groups) {
      assert.ok(g.name.length > 0);
      assert.ok(g.description.length > 20, `${c.id}/${g.name} description`);
      assert.ok(g.questions.length > 0, `${c.id}/${g.name} is not empty`);
      for (const id of g.questions) assert.ok(questionById(id), `${c.id}/${g.name}: Q${id} exists`);
      assert.equal(new Set(g.questions).size, g.questions.length, `${c.id}/${g.name} has no repeats`);
    }
  }
  const amazon = companyById('amazon');
  assert.equal(amazon?.groups.length, 11, 'the chapter maps eleven leadership principles');
  assert.deepEqual(amazon?.groups.find((g) => g.name === 'Ownership')?.questions, [17, 26, 34]);
  assert.deepEqual(companyById('google')?.groups.flatMap((g) => g.questions), [4, 8, 11, 14, 22, 26, 27]);
  assert.deepEqual(companyById('meta')?.groups.flatMap((g) => g.questions), [6, 16, 18, 19, 20]);
  assert.deepEqual(companyById('startup')?.groups.flatMap((g) => g.questions), [10, 18, 19, 22, 24]);
});

void test('lookups by id', () => {
  assert.equal(questionById(17)?.short, 'Failed project');
  assert.equal(questionById('Q4')?.theme, 'self-awareness');
  assert.equal(questionById(36), undefined);
  assert.equal(themeById('growth')?.name, 'Growth Mindset and Learning');
  assert.equal(themeById(' Ethics '), themeById('ethics'));
  assert.equal(themeById('leadership'), undefined);
  assert.equal(themeById(3), undefined);
  assert.equal(companyById('Meta')?.id, 'meta');
  assert.equal(companyById('netflix'), undefined);
  assert.deepEqual(themesForQuestions([10, 'Q6', 17, 99, 'x']), ['technical-decision', 'execution']);
});

void test('parseQuestionId accepts numbers, digit strings and a Q prefix; rejects everything else', () => {
  const accepted: [unknown, number][] = [
    [6, 6],
    [1, 1],
    [35, 35],
    ['6', 6],
    ['06', 6],
    ['Q6', 6],
    ['q6', 6],
    ['q06', 6],
    ['Q35', 35],
    [' Q 6 ', 6],
    ['  12\t', 12],
  ];
  for (const [raw, want] of accepted) assert.equal(parseQuestionId(raw), want, `${JSON.stringify(raw)} → ${want}`);
  const rejected: unknown[] = [
    0, 36, -1, 6.5, Number.NaN, Infinity, '0', '36', 'Q0', 'Q36', 'abc', '6.5', 'Q6a', '6 7', '+6', '-6', '', '  ',
    'Q', null, undefined, true, [6], { id: 6 },
  ];
  for (const raw of rejected) assert.equal(parseQuestionId(raw), undefined, `${String(raw)} is rejected`);
});

void test('no run of eight words from the chapter is copied into the knowledge base (question wording exempt)', (t) => {
  const chapter = chapterText();
  if (chapter === undefined) {
    t.skip('reference chapter not found beside the working tree');
    return;
  }
  const ownTexts: [string, string][] = [
    ...THEMES.map((th): [string, string] => [`theme ${th.id}`, th.summary]),
    ...QUESTIONS.flatMap((q): [string, string][] => [
      [`Q${q.id} evaluates`, q.evaluates],
      ...q.followUps.map((f, i): [string, string] => [`Q${q.id} follow-up ${i + 1}`, f]),
    ]),
    ...COMPANIES.flatMap((c): [string, string][] => [
      [`${c.id} summary`, c.summary],
      ...c.groups.map((g): [string, string] => [`${c.id}/${g.name}`, g.description]),
    ]),
  ];
  const copiedRuns = copyGuard(
    chapter,
    QUESTIONS.map((q) => q.text),
  );
  const copied = ownTexts.flatMap(([where, text]) => copiedRuns(text).map((run) => `${where}: "${run}"`));
  assert.deepEqual(copied, []);
  // The guard itself must be able to fail: a sentence lifted from the chapter is caught.
  const lifted = chapter.split('\n').find((l) => l.startsWith('These questions evaluate')) ?? '';
  assert.ok(copiedRuns(lifted).length > 0, 'the guard detects a copied sentence');
});

void test('every theme has a short name for the side bar: its name when that fits, at most 30 characters', () => {
  for (const t of THEMES) {
    assert.ok(t.short.length > 0 && t.short.length <= 30, `${t.id}: "${t.short}" (${t.short.length})`);
    if (t.name.length <= 30) assert.equal(t.short, t.name, `${t.id} keeps its name, which fits`);
    else assert.ok(t.name.startsWith(t.short), `${t.id}: the short name is the start of the name`);
  }
});

void test('part labels of the per-language tables: every part in every language, normalised, no label to two parts', async () => {
    const { PART_LABEL_TRANSLATIONS } = await import('../../server/src/core/knowledge/part-label-translations');
    const { PART_LABELS, partForLabel } = await import('../../server/src/core/parse/labels');
    assert.ok(Object.keys(PART_LABEL_TRANSLATIONS).length >= 15);
    const seen = new Map<string, string>();
    for (const [lang, table] of Object.entries(PART_LABEL_TRANSLATIONS)) {
      for (const [part, labels] of Object.entries(table)) {
        assert.ok(labels.length > 0, `${lang} ${part}`);
        for (const l of labels) {
          assert.equal(l, l.toLowerCase().replace(/\s+/gu, ' ').trim(), `${lang}: "${l}" is not normalised`);
          assert.ok(!seen.has(l) || seen.get(l) === part, `"${l}" names ${seen.get(l)} and ${part}`);
          seen.set(l, part);
          assert.ok((PART_LABELS as Record<string, readonly string[]>)[part].includes(l), `${l} reaches PART_LABELS`);
          assert.equal(partForLabel(l), part, `${lang}: "${l}" reads as ${part}`);
        }
      }
    }
  });

void test('the adverbs of size and the forms of a change of state in Chinese, Japanese and Korean are typed data, counted', () => {
  assert.equal(CJK_SIZE_ADVERBS.length, 21);
  assert.equal(CJK_CHANGE_OF_STATE.length, 5);
  for (const [lang, form] of [...CJK_SIZE_ADVERBS, ...CJK_CHANGE_OF_STATE]) {
    assert.ok(['ja', 'zh', 'ko'].includes(lang), form);
    assert.equal(new RegExp(`^(?:${form})$`, 'u').test(''), false, `${lang}: ${form}`);
  }
});

void test('the Chinese, Japanese and Korean verbs of change and what makes one no result are typed data, counted', () => {
  assert.equal(CJK_CHANGE_VERBS.length, 60);
  assert.equal(CJK_NOT_A_RESULT_BEFORE.length, 39);
  for (const w of [...CJK_CHANGE_VERBS, ...CJK_NOT_A_RESULT_BEFORE]) {
    // each entry is a literal word of those scripts: a pattern character would change what the readers match
    assert.match(w, /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u, w);
  }
  assert.equal(new Set(CJK_CHANGE_VERBS).size, CJK_CHANGE_VERBS.length);
});

void test('the forms of an unsized change in other languages are typed data: counted per language, each a whole-word form', () => {
  const perLanguage = new Map<string, number>();
  for (const [lang, form] of UNSIZED_CHANGE_FORMS) {
    perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + 1);
    // each form compiles on its own and matches no empty text (an empty form would make every word a change)
    const re = new RegExp(`^(?:${form})$`, 'iu');
    assert.equal(re.test(''), false, `${lang}: ${form}`);
  }
  assert.equal(UNSIZED_CHANGE_FORMS.length, 116);
  assert.deepEqual([...perLanguage.keys()].sort(), ['de', 'es', 'fr', 'he', 'hi', 'id', 'it', 'nl', 'pl', 'pt', 'romance', 'ru', 'several', 'sv', 'tr', 'uk', 'vi']);
  // the reader rules/vague.ts builds from the table finds a form of each kind, as a whole word only
  for (const said of ['las ventas mejoraron', 'die Kosten deutlich gesenkt', 'значительно быстрее', 'prácticamente desaparecieron']) {
    OTHER_CHANGE.lastIndex = 0;
    assert.ok(OTHER_CHANGE.test(said), said);
  }
  OTHER_CHANGE.lastIndex = 0;
  assert.equal(OTHER_CHANGE.test('mejoramiento'), false);
});

void test('the words read around an unsized change in other languages are typed data: counted, each compiling and matching no empty text', () => {
  assert.equal(NOT_A_RESULT_BEFORE.length, 91);
  assert.equal(SOFT_OUTCOMES.length, 46);
  assert.equal(EMPTY_WORDS.length, 131);
  for (const form of [...NOT_A_RESULT_BEFORE, ...SOFT_OUTCOMES, ...EMPTY_WORDS]) assert.equal(new RegExp(`^(?:${form})$`, 'iu').test(''), false, form);
  // an aim before a change ("para mejorar") is read as no result; a soft outcome ("la confianza") as unsized by nature
  assert.ok(new RegExp(`^(?:${NOT_A_RESULT_BEFORE.join('|')})$`, 'iu').test('para'));
  assert.ok(new RegExp(`^(?:${SOFT_OUTCOMES.join('|')})$`, 'iu').test('confianza'));
  assert.ok(new RegExp(`^(?:${EMPTY_WORDS.join('|')})$`, 'iu').test('muy'));
});
