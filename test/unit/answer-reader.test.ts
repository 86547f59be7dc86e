// The learned answer reader (parse/answer-reader.ts, weights in knowledge/answer-reader-model.ts, trained by
// scripts/train-answer-reader.ts): its data is well formed, its features are counted as written, and it reads invented
// files (written for this test) the right way: notes read whole as one answer are dropped, answers are kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/core/parse/markdown';
import { answerFeatures, answerScore, dressOf, inDoubt, keepAnswers, mayDrop, readerSwitch, type AnswerModel } from '../../server/src/core/parse/answer-reader';
import { instructs, voiceOf } from '../../server/src/core/parse/segment';
import { ANSWER_READER } from '../../server/src/core/knowledge/answer-reader-model';
import { ANSWER_SHAPE } from '../../server/src/core/knowledge/answer-shape-model';
import { ANSWER_FORM } from '../../server/src/core/knowledge/answer-form-model';
import { ANSWER_PARTS } from '../../server/src/core/knowledge/answer-parts-model';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const PREFIXES = /^(?:dress|n|only|first|last|siblings-same|siblings-ask|t|tw|section|parts|words|declares-questions|v|only-true|only-false|asks-true|asks-false|h|sib|b)(?::|$)/u;

function found(text: string, on = true): number {
  readerSwitch.on = on;
  try {
    return parseFile(text, 'notes.md', DEFAULT_CONFIG).stories.length;
  } finally {
    readerSwitch.on = true;
  }
}

const PT_NOTES = `# Entrevista técnica — anotações

Perguntas que costumam cair:

- "Arquitetura do sistema atual."
- "Por que Kotlin e não outra linguagem?"
- "Como você testa o seu código?"

Lembrar:

- Falar devagar
- Levar exemplos
- Reler a vaga
- Chegar cedo
- Mandar agradecimento depois
`;

const DE_NOTES = `# Vorstellungsgespräch - Checkliste

## Vorbereitung

- Firma recherchieren
- Lebenslauf drucken
- Rückfragen notieren

## Am Termin

- Pünktlich sein
- Ruhig bleiben
- Nachfragen stellen
`;

const TOLD_IN_NOTES = `# Behavioral

- At a logistics firm I took over the billing export nobody owned.
- I found retries were doubling the load, so I added backoff and a dead-letter queue.
- Failed invoices went from 300 a week to 12.
- I learned to measure before I optimise.
`;

const TO_ASK = `# Interview prep

- What does a typical week look like for the team?
- How does the team measure success in the first six months?
- What is the biggest challenge the team faces this year?
- How do you support the growth of engineers on the team?
`;

void test('the model has a bias, a threshold below zero and hundreds of named, finite weights', () => {
  assert.ok(Number.isFinite(ANSWER_READER.bias));
  assert.ok(Number.isFinite(ANSWER_READER.threshold) && ANSWER_READER.threshold < 0);
  const names = Object.keys(ANSWER_READER.weights);
  assert.ok(names.length > 200 && names.length < 5_000, `${names.length} features`);
  for (const f of names) {
    assert.match(f, PREFIXES, f);
    assert.ok(Number.isFinite(ANSWER_READER.weights[f]) && ANSWER_READER.weights[f] !== 0, f);
  }
});

void test('the features of an answer: its dress, its place, its title and who speaks under it', () => {
  readerSwitch.on = false;
  const p = parseFile(TOLD_IN_NOTES, 'notes.md', DEFAULT_CONFIG);
  readerSwitch.on = true;
  assert.equal(p.stories.length, 1);
  const f = answerFeatures(p.stories[0], p.stories, TOLD_IN_NOTES);
  for (const x of ['dress:h1', 'only', 'n:<2', 'parts:<1', 'v:items:high', 'v:teller:high', 'only:items:high', 'only-true:teller:high', 't:collection', 'tw:behavioral']) {
    assert.ok(f.includes(x), `${x} in ${f.join(' ')}`);
  }
  // one feature of each family, none twice
  assert.equal(new Set(f).size, f.length);
  assert.equal(f.filter((x) => x.startsWith('words:')).length, 1);
  assert.equal(f.filter((x) => x.startsWith('v:teller:')).length, 1);
});

void test('shapes that need no words: how the siblings are filled, a body of table rows or code, a title that directs', () => {
  const text = `# Interview answers

## Tell me about a time you made something more reliable.

I moved the nightly export onto a queue, and failed runs went from eight a month to none that quarter.

## What did the numbers show?

| Metric | Before | After |
| --- | --- | --- |
| Failed runs | 8 | 0 |

## How will you rehearse?

\`\`\`
npm run mock -- --minutes 3
\`\`\`
`;
  readerSwitch.on = false;
  const p = parseFile(text, 'notes.md', DEFAULT_CONFIG);
  readerSwitch.on = true;
  const by = (t: string) => p.stories.find((s) => s.title.startsWith(t));
  const told = by('Tell me');
  const table = by('What did');
  const code = by('How will');
  assert.ok(told && table && code, p.stories.map((s) => s.title).join(' | '));
  const ft = answerFeatures(table, p.stories, text);
  assert.ok(ft.includes('b:table:high') && ft.includes('b:code:0'), ft.join(' '));
  // one sibling of two (a half: high) tells something, 20 words or more; none marks a part
  assert.ok(ft.includes('sib:told:high') && ft.includes('sib:parts:0'), ft.join(' '));
  const fc = answerFeatures(code, p.stories, text);
  assert.ok(fc.includes('b:code:high') && fc.includes('b:table:0'), fc.join(' '));
  const f0 = answerFeatures(told, p.stories, text);
  assert.ok(f0.includes('b:table:0') && f0.includes('b:code:0') && f0.includes('sib:longer:0'), f0.join(' '));
  // a lone answer has no siblings to compare
  assert.ok(!answerFeatures(told, [told], text).some((x) => x.startsWith('sib:')));
  // a title that directs the reader, not one that asks or tells
  assert.equal(instructs('Practise the answer out loud'), 1);
  assert.equal(instructs('The billing export'), 0);
});

void test('the voice of a body: lines, items, questions, the teller, the past, instructions', () => {
  const v = voiceOf('- I rebuilt the export.\n- We shipped it in May.\n- Keep it short.\n- What would you change?\n');
  assert.equal(v.lines, 4);
  assert.equal(v.items, 4);
  assert.equal(v.asks, 1);
  assert.equal(v.said, 3);
  assert.equal(v.teller, 2);
  assert.equal(v.past, 2);
  assert.equal(v.imperative, 1);
  assert.deepEqual(voiceOf(''), { lines: 0, asks: 0, said: 0, teller: 0, past: 0, addressed: 0, imperative: 0, items: 0, headings: 0, latin: 0 });
});

void test('the dress of a title line', () => {
  assert.equal(dressOf('## Why us?'), 'h2');
  assert.equal(dressOf('**Q3: Why us?**'), 'q-field');
  assert.equal(dressOf('3. Why us?'), 'numbered');
  assert.equal(dressOf('- Why us?'), 'item');
  assert.equal(dressOf('**Why us?**'), 'bold');
  assert.equal(dressOf('> Why us?'), 'quote');
  assert.equal(dressOf('Why us?'), 'plain');
});

void test('notes in another language read whole as one answer are dropped: a checklist, likely questions and reminders', () => {
  for (const text of [PT_NOTES, DE_NOTES]) {
    assert.equal(found(text, false), 1, 'the hand reader finds one answer');
    assert.equal(found(text), 0, text.split('\n')[0]);
  }
});

void test('a title in front matter is no reason to skip the readers: a page of notes under one is dropped, questions named keep it', () => {
  // (round 42: blog and wiki pages carry a title in front matter; only the questions a file names declare it an answer)
  for (const text of [PT_NOTES, ES_GUIDE]) {
    const title = text.split('\n')[0].replace(/^#+ /u, '');
    const page = `---\ntitle: ${title}\n---\n\n${text}`;
    assert.equal(found(page, false), 1, 'the hand reader finds one answer');
    assert.equal(found(page), 0, title);
    assert.equal(found(`---\ntitle: ${title}\nquestions: [28]\n---\n\n${text}`), 1, 'questions named in front matter keep it');
  }
});

void test('the shape reader judges beside the first: an answer either reads as no answer is dropped, none when both keep it or the shape reader is off (null)', () => {
  for (const m of [ANSWER_READER, ANSWER_SHAPE, ANSWER_FORM, ANSWER_PARTS]) {
    assert.ok(Number.isFinite(m.bias) && m.threshold < 0);
    for (const f of Object.keys(m.weights)) assert.match(f, PREFIXES, f);
  }
  assert.ok(Object.keys(ANSWER_SHAPE.weights).some((f) => f.startsWith('sib:voiced:')), 'the shape reader reads the siblings');
  assert.ok(Object.keys(ANSWER_FORM.weights).some((f) => f.startsWith('b:links:')), 'the form reader reads what a body is made of');
  readerSwitch.on = false;
  const p = parseFile(PT_NOTES, 'notes.md', DEFAULT_CONFIG);
  readerSwitch.on = true;
  const keepAll: AnswerModel = { bias: 10, threshold: -1, weights: {} };
  const dropAll: AnswerModel = { bias: -10, threshold: -1, weights: { 'dress:h1': 0 } };
  const fresh = () => parseFile(PT_NOTES, 'notes.md', DEFAULT_CONFIG).stories;
  readerSwitch.on = false;
  const stories = fresh();
  readerSwitch.on = true;
  assert.equal(p.stories.length, 1);
  assert.equal(keepAnswers([...stories], PT_NOTES, { ...keepAll, weights: { x: 1 } }, keepAll, keepAll).length, 1);
  assert.equal(keepAnswers([...stories], PT_NOTES, { ...keepAll, weights: { x: 1 } }, dropAll, keepAll).length, 0);
  assert.equal(keepAnswers([...stories], PT_NOTES, dropAll, keepAll, keepAll).length, 0);
  assert.equal(keepAnswers([...stories], PT_NOTES, { ...keepAll, weights: { x: 1 } }, null, null).length, 1);
  // the form reader (round 32) judges beside both: it alone may drop an answer, and null turns it off
  assert.equal(keepAnswers([...stories], PT_NOTES, { ...keepAll, weights: { x: 1 } }, keepAll, dropAll).length, 0);
  assert.equal(keepAnswers([...stories], PT_NOTES, { ...keepAll, weights: { x: 1 } }, keepAll, null).length, 1);
});

void test('answers are kept: notes told in the first person, a list of questions for the interviewer', () => {
  assert.equal(found(TOLD_IN_NOTES), 1);
  assert.equal(found(TO_ASK), 1);
  readerSwitch.on = false;
  const p = parseFile(TO_ASK, 'notes.md', DEFAULT_CONFIG);
  readerSwitch.on = true;
  // questions for the interviewer are an answer of their own kind: not in doubt, whatever the model says
  assert.equal(inDoubt(p.stories[0], TO_ASK), false);
  const told = parseFile(TOLD_IN_NOTES, 'notes.md', DEFAULT_CONFIG).stories[0];
  assert.ok(answerScore(ANSWER_READER, answerFeatures(told, [told], TOLD_IN_NOTES)) >= ANSWER_READER.threshold);
});

void test('with the reader off, or in a file with parts marked, every answer the hand reader finds stays', () => {
  const marked = '# Billing export\n\n**Situation:** Nobody owned the export.\n\n**Action:** Checklist: research, print, note.\n\n**Result:** Done.\n';
  assert.equal(found(marked), found(marked, false));
});

void test('a bank of told answers the hand reader reads whole is kept: the teller speaks in it', () => {
  const bank = `# Answers, first draft

## 1. The export

I moved the nightly export onto a queue, and failed runs went from eight a month to none.

## 2. Why I want to move

I want to build things more people use, with a team that ships every week.

- Checklist: reread the posting, print the resume
`;
  readerSwitch.on = false;
  const p = parseFile(bank, 'notes.md', DEFAULT_CONFIG);
  readerSwitch.on = true;
  for (const s of p.stories) assert.equal(mayDrop(answerFeatures(s, p.stories, bank)), false, s.title);
  assert.equal(found(bank), found(bank, false));
  assert.ok(found(bank) >= 1);
});

void test('what a body is made of, in any language: links, told sentences of some length, letters a line; a title that opens a list or has no words', () => {
  const index = `# Recursos para a entrevista:

- [Guia de entrevistas](https://example.org/guia)
- [Perguntas comuns](https://example.org/perguntas)
- [[Notas da semana]]
`;
  const year = `# 2024

Naquele ano eu reescrevi o serviço de faturas inteiro, e os erros caíram de trinta por semana para dois no fim do trimestre.

Depois eu passei o serviço para outra equipe e escrevi o guia que eles usam até hoje para os plantões da noite.
`;
  const featuresOf = (text: string): string[] => {
    readerSwitch.on = false;
    const p = parseFile(text, 'notes.md', DEFAULT_CONFIG);
    readerSwitch.on = true;
    assert.equal(p.stories.length, 1, text);
    return answerFeatures(p.stories[0], p.stories, text);
  };
  const fl = featuresOf(index);
  assert.ok(fl.includes('b:links:high') && fl.includes('b:prose:0') && fl.includes('t:colon') && fl.includes('b:line:20-50'), fl.join(' '));
  assert.ok(!fl.includes('t:no-words'), fl.join(' '));
  const fy = featuresOf(year);
  assert.ok(fy.includes('b:links:0') && fy.includes('b:prose:high') && fy.includes('t:no-words') && fy.includes('b:line:50-100'), fy.join(' '));
  assert.ok(!fy.includes('t:colon'), fy.join(' '));
});

const ES_GUIDE = `# Guía para preparar la entrevista

## 1. Antes del día

- Revisa la descripción del puesto
- Lee el blog técnico de la empresa: [blog](https://example.com/blog)
- Prepara dos o tres ejemplos de proyectos

## 2. Durante la entrevista

- Escucha la pregunta completa
- Responde con ejemplos concretos
- Pregunta si algo no queda claro

## 3. Recursos:

- [Preguntas frecuentes](https://example.com/faq)
- [Plantilla STAR](https://example.com/star)
`;

const EN_TOPICS = `# Interview prep

## Databases

- Indexes, B-trees, when a scan beats an index
- Isolation levels
- See [the notes](https://example.com/db)

## Caching

- Write-through vs write-back
- Eviction policies: LRU, LFU

## Links

- [System design primer](https://example.com/sd)
- [Mock interviews](https://example.com/mock)
`;

const FR_STORY = `# Un conflit avec un collègue

L'an dernier, mon collègue et moi n'étions pas d'accord sur le découpage d'un service de paiement.

J'ai proposé qu'on écrive chacun une page sur les deux options, puis qu'on les montre à l'équipe.

Nous avons choisi sa version, avec une idée de la mienne, et la migration s'est faite en trois semaines sans incident.
`;

const ZH_STORY = `## 说一次你解决难题的经历

去年我们的订单服务每到晚上就超时。我先把慢查询一条条找出来，然后加了索引，又把报表任务挪到了凌晨。两周以后，超时从每天两百次降到了不到五次。
`;

void test('a guide read whole is no answer, in any language: numbered advice sections, study topics over links; answers told stay', () => {
  assert.equal(found(ES_GUIDE, false), 1, 'the hand reader finds one answer');
  assert.equal(found(ES_GUIDE), 0, ES_GUIDE.split('\n')[0]);
  for (const text of [FR_STORY, ZH_STORY]) assert.equal(found(text), 1, text.split('\n')[0]);
  // the form reader reads a body of links over topic headings lower than a story told, in either language
  readerSwitch.on = false;
  const scoreOf = (text: string): number => {
    const p = parseFile(text, 'notes.md', DEFAULT_CONFIG);
    return answerScore(ANSWER_FORM, answerFeatures(p.stories[0], p.stories, text));
  };
  const topics = scoreOf(EN_TOPICS);
  const guide = scoreOf(ES_GUIDE);
  readerSwitch.on = true;
  assert.ok(topics < 0 && guide < 0, `${topics} ${guide}`);
  for (const text of [FR_STORY, ZH_STORY]) {
    readerSwitch.on = false;
    const told = scoreOf(text);
    readerSwitch.on = true;
    assert.ok(told > ANSWER_FORM.threshold && told > Math.max(topics, guide) + 3, `${told}`);
  }
});

const ES_STAR_GUIDE = `# Guía de entrevistas conductuales

Usa el método STAR en cada respuesta.

- **Situación:** describe el contexto en una o dos frases.
- **Tarea:** explica de qué eras responsable.
- **Acción:** cuenta los pasos que diste tú.
- **Resultado:** da el resultado, con una cifra si puedes.

Ensaya cada respuesta en voz alta.
`;

const STAR_STORY = `# Cutting failed invoices

**Situation:** Our billing export failed a few hundred times a week and nobody owned it.

**Task:** I took it on as the new owner of the service.

**Action:** I traced the failures to retries that doubled the load, added backoff and a dead-letter queue.

**Result:** Failed invoices fell from 300 a week to 12 within a month.
`;

void test('the parts reader judges answers with a part marked: only it, only when the teller says little, and it reads a story told under its parts above a guide that explains them', () => {
  readerSwitch.on = false;
  const guide = parseFile(ES_STAR_GUIDE, 'notes.md', DEFAULT_CONFIG).stories;
  const story = parseFile(STAR_STORY, 'notes.md', DEFAULT_CONFIG).stories;
  readerSwitch.on = true;
  assert.equal(guide.length, 1);
  assert.ok(guide[0].parts.length > 0, 'the hand reader marks the guide\'s parts');
  assert.equal(inDoubt(guide[0], ES_STAR_GUIDE), false);
  assert.equal(inDoubt(guide[0], ES_STAR_GUIDE, true), true);
  const keepAll: AnswerModel = { bias: 10, threshold: -1, weights: { x: 1 } };
  const dropAll: AnswerModel = { bias: -10, threshold: -1, weights: { x: 1 } };
  // the other readers never judge it; the parts reader may drop it, null turns it off
  assert.equal(keepAnswers([...guide], ES_STAR_GUIDE, dropAll, dropAll, dropAll, keepAll).length, 1);
  assert.equal(keepAnswers([...guide], ES_STAR_GUIDE, keepAll, keepAll, keepAll, dropAll).length, 0);
  assert.equal(keepAnswers([...guide], ES_STAR_GUIDE, keepAll, keepAll, keepAll, null).length, 1);
  // a story told in the first person under its parts is never judged, whatever the model
  assert.equal(keepAnswers([...story], STAR_STORY, keepAll, keepAll, keepAll, dropAll).length, 1);
  const g = answerScore(ANSWER_PARTS, answerFeatures(guide[0], guide, ES_STAR_GUIDE));
  const t = answerScore(ANSWER_PARTS, answerFeatures(story[0], story, STAR_STORY));
  assert.ok(t > ANSWER_PARTS.threshold && t > g + 3, `${t} ${g}`);
});

// (round 48) a page of the four parts, each only a link out, kept untitled: the parts reader's threshold (-3.5) is a
// margin below the lowest score of a real answer it judges on the rounds after its training; this page scores between
// that threshold and the older one (-4)
const LINKED_PARTS = `Q: What is the STAR method?

- Situation: the context, see [the guide](https://example.org/star)
- Task: the goal, see [the task page](https://example.org/task)
- Action: the steps, see [the action page](https://example.org/action)
- Result: the outcome, see [the result page](https://example.org/result)
`;

void test('a page that only links out from each part is dropped by the parts reader, a story under its parts is kept', () => {
  readerSwitch.on = false;
  const page = parseFile(LINKED_PARTS, 'guide.md', DEFAULT_CONFIG).stories;
  readerSwitch.on = true;
  assert.equal(page.length, 1);
  assert.ok(page[0].parts.length >= 3, 'the hand reader marks its parts');
  const f = answerFeatures(page[0], page, LINKED_PARTS);
  assert.ok(mayDrop(f), 'nobody tells anything in it');
  const s = answerScore(ANSWER_PARTS, f);
  assert.ok(s < ANSWER_PARTS.threshold, `${s}`);
  assert.equal(parseFile(LINKED_PARTS, 'guide.md', DEFAULT_CONFIG).stories.length, 0);
  assert.equal(parseFile(STAR_STORY, 'guide.md', DEFAULT_CONFIG).stories.length, 1);
});
