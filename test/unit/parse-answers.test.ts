// What counts as an answer: every answer row of a question/answer table, and no story where a unit holds only advice.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import type { ParsedFile } from '../../server/src/core/types';

function parse(text: string, path = 'stories/s.md'): ParsedFile {
  return parseFile(text, path, DEFAULT_CONFIG);
}

const titles = (f: ParsedFile): string[] => f.stories.map((s) => s.title);

const ROW_A = 'I moved our nightly import to a queue so that one bad file no longer stopped the rest, and failed imports fell from five a week to none.';
const ROW_B = 'I sat with the support lead for a week, listed the ten most common tickets and wrote a help page for each; tickets fell by a fifth.';
const ROW_C = 'I asked the two teams for one shared goal, wrote down what each needed, and we agreed on a release date both could meet.';

void describe('question/answer tables', () => {
  void it('gives one story per row of one-row tables under separate headings', () => {
    const text = [
      '# Answers', '', '## Reliability', '', '| Question | Answer |', '| --- | --- |', `| Tell me about a fix you are proud of. | ${ROW_A} |`, '',
      '## Support', '', '| Question | Answer |', '| --- | --- |', `| Tell me about helping a customer. | ${ROW_B} |`, '',
      '## Conflict', '', '| Question | Answer |', '| --- | --- |', `| Tell me about a disagreement. | ${ROW_C} |`, '',
    ].join('\n');
    const f = parse(text);
    assert.deepEqual(titles(f), ['Tell me about a fix you are proud of.', 'Tell me about helping a customer.', 'Tell me about a disagreement.']);
    for (const s of f.stories) assert.ok(s.wordCount >= 20 && s.wordCount <= 40, `${s.title}: ${s.wordCount} words`);
  });

  void it('reads a table whose header names neither column when each row asks and answers', () => {
    const text = [
      '# My answers', '', '| Asked | What I said |', '| --- | --- |',
      `| Tell me about a fix you are proud of. | ${ROW_A} |`,
      `| Tell me about helping a customer. | ${ROW_B} |`,
      `| How do you handle a disagreement? | ${ROW_C} |`, '',
    ].join('\n');
    const f = parse(text);
    assert.equal(f.stories.length, 3, titles(f).join(' | '));
    assert.equal(f.stories[2].title, 'How do you handle a disagreement?');
    assert.ok(!/Tell me/u.test(f.stories[1].prose.map((p) => p.text).join(' ')), 'the question cell is not speech');
  });

  void it('reads a key/value table whose keys name interview topics and whose values are told in the first person', () => {
    const text = [
      '# Answers', '', '| Key | Value |', '| --- | --- |', `| **Why this company** | ${ROW_A} |`, `| **Strengths** | ${ROW_B} |`, `| **Conflict** | ${ROW_C} |`, '',
    ].join('\n');
    assert.deepEqual(titles(parse(text)), ['Why this company', 'Strengths', 'Conflict']);
    // (A glossary, its definitions told by nobody, holds no answer.)
    const glossary = [
      '# Terms', '', '| Term | Meaning |', '| --- | --- |',
      '| **Idempotent** | An operation that gives the same result however many times it is applied to the same input. |',
      '| **Backoff** | A wait between retries that grows after each failure so that a busy service can recover. |',
      '| **Quorum** | The smallest number of replicas that must agree before a write counts as committed in the cluster. |', '',
    ].join('\n');
    assert.equal(parse(glossary).stories.length <= 1, true);
  });

  void it('leaves a table of short cells alone', () => {
    const text = ['# Story', '', 'I cut the build time in half by caching dependencies, which saved each of us ten minutes a day.', '',
      '| Asked | Notes |', '| --- | --- |', '| Why this team? | platform work |', '| Why now? | growth |', ''].join('\n');
    assert.equal(parse(text).stories.length, 1);
  });
});

void describe('units that hold only advice are no answers', () => {
  void it('finds no story in a guide of imperative advice under question headings', () => {
    const text = ['# Preparing', '', '## Tell me about yourself', '', 'Keep it under two minutes. Start with the role you hold now and end with why this job.', '',
      '## What is your weakness?', '', 'Pick a real weakness. Explain what you do about it and avoid anything the job depends on.', '',
      '## A conflict', '', 'You should choose a disagreement about the work, not a person.', ''].join('\n');
    assert.deepEqual(titles(parse(text)), []);
  });

  void it('finds no story in notes of infinitive instructions (Russian, Spanish)', () => {
    const ru = ['# Интервью', '', '## Расскажите о себе', '', 'Начать с текущей роли. Не пересказывать резюме целиком.', '',
      '## Почему вы уходите?', '', 'Говорить о том, чего хочется дальше. Не ругать прежнего руководителя.', ''].join('\n');
    assert.deepEqual(titles(parse(ru)), []);
    const es = ['# Método', '', '## Situación', '', 'Describir el contexto del equipo en dos frases.', '', '## Acción', '', 'Contar los pasos uno por uno y usar la primera persona.', ''].join('\n');
    assert.deepEqual(titles(parse(es)), []);
  });

  void it('keeps the one answer among questions that hold advice', () => {
    const text = ['# Notes', '', '## Why this job?', '', 'Research the company first. Mention one product and say why it matters to you.', '',
      '## Your greatest strength?', '', 'I stay calm when things break. Last year our login service failed during a sale; I split the work between three engineers and we had it back in forty minutes.', '',
      '## Questions for them', '', 'Prepare two. Don\'t ask about salary in the first round.', ''].join('\n');
    assert.deepEqual(titles(parse(text)), ['Your greatest strength?']);
  });

  void it('keeps a skeleton whose prompts address the writer, and advice with a sample answer in quotes', () => {
    const skeleton = ['# The outage', '', '## Setup', '', '[Describe where you worked and what was at stake]', '', '## Approach', '', '[Say what you did, step by step]', ''].join('\n');
    assert.equal(parse(skeleton).stories.length, 1);
    const sample = ['# Tell me about yourself', '', 'Keep it short and end with why you want the job.', '',
      '"I am a backend engineer with five years on payment systems; I led the move to a new ledger and I want to work closer to customers now."', ''].join('\n');
    assert.equal(parse(sample).stories.length, 1);
  });

  void it('finds no story in recruiter notes that speak of the candidate in the third person', () => {
    const text = ['# Preguntas', '', '## ¿Por qué esta empresa?', '', 'Esta pregunta identifica a los candidatos que investigaron la empresa. Los candidatos preparados dan respuestas personalizadas.', '',
      '## ¿Cuáles son tus debilidades?', '', 'Muchos candidatos dan respuestas cliché. Busca a los candidatos que conocen sus límites.', ''].join('\n');
    assert.deepEqual(titles(parse(text)), []);
  });
});

// A lone unit in doubt (no front matter naming its questions, no part marker): an answer is someone telling what they
// did or would do, in the first person or as notes told in the past (segment.ts nobodySpeaks).
void describe('parse: a lone unit where no one speaks holds no answer', () => {
  void it('finds no answer in a method described in plain statements, or in advice to the reader', () => {
    const method = [
      '# How a loop is scored',
      '',
      'Each interviewer writes notes during the conversation and turns them into a score afterwards. The notes carry more weight than the score.',
      '',
      'A debrief compares the notes across the panel. Strong signals repeat across interviewers; a single strong note rarely carries a decision.',
      '',
      'Hiring managers read the written feedback before the debrief starts, so the wording of each note matters.',
    ].join('\n');
    assert.deepEqual(titles(parse(method)), []);
    const advice = [
      '# Preparing the week before',
      '',
      '- Reread the job post and underline the three skills it repeats.',
      '- Pick one example for each of those skills and time yourself saying it.',
      '- Keep each example under two minutes; you will be interrupted anyway.',
      '- Sleep properly the night before, and bring water.',
    ].join('\n');
    assert.deepEqual(titles(parse(advice)), []);
  });

  void it('reads a to-do that names the questions for the interviewer as one more instruction, not as the list', () => {
    const todo = [
      '# Before the onsite',
      '',
      '- [ ] Charge the laptop and the headphones the evening before',
      '- [ ] Check the train times to the office and leave twenty minutes early',
      '- [ ] Print the job description and mark the skills it repeats',
      '- [ ] Prepare three questions for the interviewer about the roadmap',
      '- [ ] A spare copy of the CV in the bag',
      '- [ ] Send a short thank-you email the same evening',
    ].join('\n');
    assert.deepEqual(titles(parse(todo)), []);
    // (a line that names the list keeps the questions under it an answer: questions-to-ask)
    const list = [
      '# Before the onsite',
      '',
      'Questions for the interviewer:',
      '',
      '- How does the team decide what to build next quarter?',
      '- What does a good first month look like in this role?',
      '- How are incidents reviewed, and who takes part in the review?',
      '- What would the person in this role own after six months?',
    ].join('\n');
    assert.deepEqual(titles(parse(list)), ['Before the onsite']);
  });

  void it('keeps an answer written as terse notes in the past, in the first person, or as plan steps', () => {
    const notes = [
      '# Cutting the build time',
      '',
      '- Builds took 40 minutes; the team merged twice a day at most',
      '- Profiled the pipeline, found the test stage rebuilt every container from scratch',
      '- Moved to cached layers and split the tests into four shards',
      '- Build dropped to 9 minutes within a sprint',
    ].join('\n');
    assert.deepEqual(titles(parse(notes)), ['Cutting the build time']);
    const steps = [
      '## The payments queue backs up every Friday evening. What do you do?',
      '',
      '- Look at the queue depth and the consumer lag for the last four Fridays.',
      '- Check which producer grew; compare with the release calendar.',
      '- Add consumers for the window and page the owning team.',
      '- Write down the cause and set an alert on the lag.',
    ].join('\n');
    assert.deepEqual(titles(parse(steps)), ['The payments queue backs up every Friday evening. What do you do?']);
    const mine = [
      '# If the release train stalled in my first week',
      '',
      '- Sit with each release captain before changing the process.',
      '- List what blocked the last three trains and who owns each blocker.',
      '- Remove the blocker that recurs most, then review after two trains.',
    ].join('\n');
    assert.deepEqual(titles(parse(mine)), ['If the release train stalled in my first week']);
  });

  void it('leaves text in another language, short text and a bank to the other readers', () => {
    const spanish = [
      '# Cómo se evalúa una entrevista',
      '',
      'Cada entrevistador escribe notas durante la conversación y después las convierte en una puntuación para el comité.',
      '',
      'El comité compara las notas de todo el panel y busca señales que se repiten entre los entrevistadores.',
    ].join('\n');
    assert.equal(titles(parse(spanish)).length, 1);
    assert.equal(titles(parse('# Notes\n\nPanels compare notes. Scores follow notes. Debriefs are short.')).length, 1);
  });
});

// A list of the interview's questions holds no answer, whatever names stand over its groups and however its topics
// are put (segment.ts interviewQuestionsOnly); a list of questions for the interviewer stays an answer.
void describe('parse: a list of the interview questions, with labels and topics put to "you"', () => {
  void it('finds no answer when names of groups stand between the questions', () => {
    const grouped = [
      '# Round two',
      '',
      'Delivery',
      '- Tell me about a deadline you missed.',
      '',
      'Teamwork',
      '- Describe a disagreement with a peer.',
      '',
      'Judgement',
      '- What did you cut to ship on time?',
      '',
      'Craft',
      '- Walk me through a decision you reversed.',
      '',
      'Growth',
      '- How did the last retro go for you?',
    ].join('\n');
    assert.deepEqual(titles(parse(grouped)), []);
  });

  void it('finds no answer when the topics are put to "you" without a question mark', () => {
    const topics = [
      '# Screening call',
      '',
      '- What were you responsible for at your last job?',
      '- Which part of the stack do you know best?',
      '- Why do you want to move now?',
      '- The codebase you know best, and how it is built.',
      '- A tool you stopped using, and what replaced it.',
      '- The review comment you disagreed with most recently.',
    ].join('\n');
    assert.deepEqual(titles(parse(topics)), []);
  });

  void it('keeps questions for the interviewer under names of groups', () => {
    const mine = [
      '# Closing questions',
      '',
      'Team',
      '',
      '- How does the team plan its work each quarter?',
      '- What will I work on in my first month?',
      '',
      'Growth',
      '',
      '- How are engineers here reviewed?',
      '- What does the next step in this role look like?',
    ].join('\n');
    assert.equal(titles(parse(mine)).length, 1);
  });
});

// A section of a bank under a title that asks nothing, talking to the reader about answering, in which no one speaks
// outside its quoted samples ("Weak: "I talked to some customers.""), is no answer (segment.ts sectionAboutAnswering).
void describe('parse: a section of tips with quoted samples among answers holds no answer', () => {
  const answer = (n: number): string[] => [
    `## ${n}. Tell me about a time you missed a deadline.`,
    '',
    'I promised a report for the Monday review and found on Friday that the export was broken. I told my manager that day, shipped a partial report with the gap marked, and finished it on Tuesday. Since then I test the export a week ahead.',
    '',
  ];
  const tips = [
    '# Behavioral round',
    '',
    '## Delivering well',
    '',
    'Do not recite facts in order. Let the interviewer hear what you thought in the moment, then say what you did about it.',
    '',
    'Weak: *"I disagreed with my manager so I did more research."*',
    'Strong: *"Honestly, I was gutted, but I knew I had the data to make the case again."*',
    '',
    'Be specific: numbers and names make an answer stick, and vague answers blend together in the debrief.',
    '',
  ];
  void it('drops the tips and keeps the answers', () => {
    assert.deepEqual(titles(parse([...tips, ...answer(1), ...answer(2)].join('\n'))), ['1. Tell me about a time you missed a deadline.', '2. Tell me about a time you missed a deadline.']);
  });
  void it('keeps a section whose quoted sample is a whole answer', () => {
    const sample = [...tips.slice(0, 6), `Example: "${'I rebuilt the nightly export so that it checked its own totals, and I told the finance team before the close. '.repeat(3).trim()}"`, ''];
    assert.equal(titles(parse([...sample, ...answer(1), ...answer(2)].join('\n'))).length, 3);
  });
});

void describe('a section of questions for the interviewer', () => {
  void it('is an answer of its own after a list of the interview questions read as no answer', () => {
    const text = [
      '# Behavioral questions', '', '## Teamwork', '', '- Tell me about a time you worked with a difficult colleague.', '- Describe a time you helped a teammate.', '- Tell me about a time you disagreed with your lead.', '',
      '## Questions for the interviewer', '', '- How does the team decide what to build next?', '- What does the first month look like for someone in this role?', '',
    ].join('\n');
    assert.deepEqual(titles(parse(text)), ['Questions for the interviewer']);
  });

  void it('ends the answer above it', () => {
    const story = ['## Fixing the flaky release', '', `**Situation:** ${ROW_A}`, '', `**Action:** ${ROW_B}`, '', '**Result:** Failed releases fell from four a month to one.', ''];
    const f = parse(['# Prep', '', ...story, '### Questions to ask them', '', '- What will I work on first?', '- How is success measured in this team?', ''].join('\n'));
    assert.equal(f.stories.length, 2, titles(f).join(' | '));
    assert.equal(f.stories[1].title, 'Questions to ask them');
    assert.ok(!/What will I work on/u.test(f.stories[0].prose.map((p) => p.text).join(' ')), 'the questions are not the story\'s speech');
  });

  void it('gives one answer a group when sub-headings group the questions by whom they are for', () => {
    const text = ['# Behavioral', '', '## Questions to Ask', '', '### Recruiters', '', '- What does the process look like?', '', '### Managers', '', '- How do you grow your engineers?', '- What is your management style?', ''].join('\n');
    assert.deepEqual(titles(parse(text)), ['Recruiters', 'Managers']);
    // (the file's own title over its groups is one answer)
    const one = parse(['# Questions to ask interviewers', '', '## The role', '', '- What will I work on first?', '', '## The company', '', '- How do teams plan their work?', ''].join('\n'));
    assert.equal(one.stories.length, 1, titles(one).join(' | '));
  });
});

// A lone list of the interview's questions in another language than English, put to "you" ("¿Cómo priorizas tu
// trabajo?", "你的优势是什么？"), holds no answer (segment.ts interviewQuestionsOnly); one under a title that names it
// as the questions to ask the interviewer is an answer.
void describe('parse: a list of questions put to "you" in another language holds no answer', () => {
  void it('finds no answer in a Spanish or a Chinese list of interview questions', () => {
    const es = [
      '# Preguntas frecuentes',
      '- Cuéntame sobre ti.',
      '- ¿Por qué quieres trabajar aquí?',
      '- ¿Cuáles son tus fortalezas y debilidades?',
      '- ¿Cómo priorizas tu trabajo?',
      '- ¿Qué no te gustó de tu último trabajo?',
      '- ¿Dónde te ves en cinco años?',
      '- ¿Por qué quieres dejar tu trabajo?',
    ].join('\n');
    assert.deepEqual(titles(parse(es)), []);
    const zh = ['# 面试题', '1. 你的优势是什么？', '2. 你觉得项目里最难的点是什么？', '3. 如果碰到工作习惯不同的人，你会怎么做？', '4. 你为什么离开上一家公司？'].join('\n');
    assert.deepEqual(titles(parse(zh)), []);
  });
  void it('keeps a list named as the questions to ask the interviewer', () => {
    const ask = ['# 问面试官的问题', '', '1. 你们团队现在最大的挑战是什么？', '2. 这个岗位前三个月最重要的是什么？', '3. 团队怎么评价新人的表现？'].join('\n');
    assert.equal(titles(parse(ask)).length, 1);
  });
});

// A file's title heading with no words of its own over one answer's heading: the answer's heading titles it
// (markdown.ts loneAnswerTitle), when it names an interview topic, a question, or the list of questions to ask.
void describe('parse: one answer under the file name, titled by its own heading', () => {
  void it('takes a heading that names the questions for the interviewer, in English or another language', () => {
    const de = ['# Vorstellungsgespräch Logistik', '', '## Fragen an den Arbeitgeber', '', '- Wie sieht die Einarbeitung in den ersten Wochen aus?', '- Wie groß ist das Team, in dem ich arbeiten würde?', '- Welche Projekte stehen im nächsten Jahr an?'].join('\n');
    assert.deepEqual(titles(parse(de)), ['Fragen an den Arbeitgeber']);
    const en = ['# Onsite at Tessel', '', '## Questions for the panel', '', '- How does the team pick what to build next?', '- What does the first month look like for a new engineer?', '- How are incidents reviewed here?'].join('\n');
    assert.deepEqual(titles(parse(en)), ['Questions for the panel']);
  });

  void it('reads a Japanese topic with a Latin word set off by spaces as the words run together', () => {
    const ja = ['# 面接メモ', '', '## 自己 PR', '', '私の強みは、仕様の曖昧な点を早い段階で洗い出し、関係者と合意してから進められることです。前職では受注システムの改修を担当し、手戻りを半分に減らしました。'].join('\n');
    assert.deepEqual(titles(parse(ja)), ['自己 PR']);
  });
});

void describe('a list of questions for the interviewer is one answer, whatever its items look like', () => {
  void it('keeps numbered bold questions with notes on why to ask them under the heading that names the list', () => {
    const text = [
      '# Onsite notes', '', '## Tell me about yourself', '', 'I am a backend engineer with five years on payments; I led the move to a queue that cut failed payouts to zero last spring.', '',
      '## Why do you want to join us?', '', 'I use your product every week, and I want to work on the ledger team because I spent two years on one.', '',
      '## Questions for the interviewer', '',
      '1) **How does the team decide what to build next?**', 'I ask this first because I want to know whether engineers have a say in the roadmap or only take tickets.',
      '2) **What does the first month look like for someone in this role?**', 'This tells me whether they have thought about onboarding at all; I would rather know it before I sign.',
      '3) **How are incidents reviewed here?**', 'If the answer is a blame hunt, I will think twice about the offer.', '',
    ].join('\n');
    assert.deepEqual(titles(parse(text)), ['Tell me about yourself', 'Why do you want to join us?', 'Questions for the interviewer']);
  });
  void it('keeps plain numbered questions in another language under a heading that names the list', () => {
    const text = [
      '# Notes', '', '## Questions I\'ll ask them', '', '1. Чем ваша компания отличается от конкурентов?', '2. Есть ли онбординг, какой и сколько он длится?', '3. Как вы поймете, что я хорошо работаю?',
      '4. Какой испытательный срок?', '5. Расскажите о команде.', '',
    ].join('\n');
    assert.deepEqual(titles(parse(text)), ["Questions I'll ask them"]);
  });
  void it('reads questions from HR as the interview\'s, not the candidate\'s list', async () => {
    const { namesQuestionsToAsk } = await import('../../server/src/core/parse/segment');
    assert.ok(namesQuestionsToAsk('Вопросы от кандидата') && namesQuestionsToAsk('Вопросы к работодателю'));
    assert.ok(!namesQuestionsToAsk('Вопросы от HR') && !namesQuestionsToAsk('Вопросы для кандидата'));
  });
});

void describe('the heading under a file title with a note of its own titles the one answer', () => {
  const story = ['- **Situation:** Our payments API failed for a fifth of customers on a Friday.', '- **Task:** I was the incident lead.', '- **Action:** I opened a bridge, split the diagnosis between two engineers and posted updates every ten minutes.', '- **Result:** Service was back in 25 minutes.', ''];
  void it('takes the heading under a note about the file', () => {
    const text = ['# Leadership stories', '', 'Real scenarios to reuse in interviews; add more as projects finish.', '', '## Example: Running the payments incident bridge', ...story].join('\n');
    assert.deepEqual(titles(parse(text)), ['Example: Running the payments incident bridge']);
  });
  void it('keeps the title when the words under it are the teller\'s, or when the heading under it names a telling', () => {
    const told = ['# Running the payments incident bridge', '', 'I still think about this one when I plan on-call.', '', '## What happened', ...story].join('\n');
    assert.deepEqual(titles(parse(told)), ['Running the payments incident bridge']);
    const telling = ['# Running the payments incident bridge', '', 'Asked at two onsites this spring.', '', '## Short version', ...story].join('\n');
    assert.deepEqual(titles(parse(telling)), ['Running the payments incident bridge']);
    const section = ['# Running the payments incident bridge', '', 'Asked at two onsites this spring.', '', '## How it went', ...story].join('\n');
    assert.deepEqual(titles(parse(section)), ['Running the payments incident bridge'], 'a section of the story, not the title of one answer');
    const ja = ['## プロフィール', '', 'エンジニア6年目 / Python Django / 社内SE', '', '### 自己紹介', '', '改めまして、山田と申します。社内SEとして六年間、人事システムの開発と運用を担当してきました。', ''].join('\n');
    assert.deepEqual(titles(parse(ja)), ['自己紹介']);
  });
});

void describe('parse: one answer under a group heading of its own, beside a group of stories', () => {
  void it('takes the asked sub-heading of the lone group as an answer of the bank', () => {
    const story = (t: string): string => [`### ${t}`, '', '**Situation:** Our nightly import failed twice a week.', '', '**Action:** I moved it to a queue and I added retries.', '', '**Result:** Failures fell to none in a month.', ''].join('\n');
    const text = [
      '# Interview bank', '', '## 1. Introduction', '', '### Tell me about yourself', '',
      'I am a backend engineer with five years on payment systems. I led the move of our billing to a queue, and I mentor two juniors. I like owning a service end to end, and I am looking for a team where I can do that at a larger scale.', '',
      '## 2. Stories', '', story('The import queue'), story('The flaky build'),
    ].join('\n');
    assert.deepEqual(titles(parse(text)), ['Tell me about yourself', 'The import queue', 'The flaky build']);
  });
});

void describe('parse: headings with no words are spacers', () => {
  void it('reads the answer under a question heading set between two lone "#" lines', () => {
    const unit = (q: string, a: string): string => ['#', `#### ${q}`, '#', a, ''].join('\n');
    const text = [unit('Why do you want to join us?', ROW_A), unit('Tell me about a time you helped a customer.', ROW_B), unit('Tell me about a disagreement.', ROW_C)].join('\n');
    const f = parse(text);
    assert.deepEqual(titles(f), ['Why do you want to join us?', 'Tell me about a time you helped a customer.', 'Tell me about a disagreement.']);
    assert.ok(f.stories.every((s) => s.wordCount >= 20), 'each answer holds its text');
  });
});

void describe('a numbered list of questions answered in sub-lists', () => {
  const list = (ask: string): string[] => [
    '## Practice questions', '',
    '1. What is your biggest weakness?',
    '   - I take on too much at once and used to miss small deadlines.',
    '   - Now I agree the scope with my lead before I start.',
    `1. ${ask}`,
    '   - The billing rewrite: two teams, a legacy schema and a hard cut-over date.',
    '   - I split the migration into weekly steps we could roll back.',
    '1. How do you deal with a difficult coworker?',
    '   - I ask what they need from the work first, then agree one goal we both own.',
    '', '## Notes', '', 'Rehearse each answer once more before Friday.', '',
  ];

  void it('reads an interviewer\'s ask without a question mark as one more question of the list', () => {
    const f = parse(list('Explain to me your toughest project and its architecture.').join('\n'));
    assert.deepEqual(titles(f), ['What is your biggest weakness?', 'Explain to me your toughest project and its architecture.', 'How do you deal with a difficult coworker?']);
    assert.ok(f.stories[1].prose.some((p) => /billing rewrite/u.test(p.text)), 'the sub-list under the ask is its answer');
    assert.ok(!f.stories[0].prose.some((p) => /billing rewrite/u.test(p.text)), 'the answer above no longer swallows it');
  });

  void it('keeps an item that is the answer\'s own step, not an ask, inside the answer above', () => {
    const f = parse(list('Split the migration into weekly steps.').join('\n'));
    assert.ok(!titles(f).includes('Split the migration into weekly steps.'), titles(f).join(' | '));
  });
});

void describe('a list of questions written as headings and read as one unit', () => {
  void it('holds no answer when nothing is said under its headings', () => {
    const text = ['## 1.为什么做后端', '## 2.三年内的规划', '## 3.介绍一下你自己', '## 4.怎么学习新技术'].join('\n');
    assert.deepEqual(titles(parse(text)), []);
  });

  void it('keeps one answer told under such headings', () => {
    const text = [
      '### 1. Strengths and weaknesses', '',
      'I finish what I start: last spring I took over a stalled billing migration and shipped it in six weeks, and I am',
      'learning to hand work off sooner, so I now agree an owner for each task on day one.', '',
      '### 2. Why should we hire you', '', '### 3. Books you read lately', '',
    ].join('\n');
    assert.ok(parse(text).stories.length >= 1);
  });
});

void describe('replies kept inside a fenced block', () => {
  const bank = (third: string[]): string =>
    [
      '# Stories I keep word for word', '',
      '## 1. Incidents', '', '**What this shows:** calm under pressure.', '',
      '### Sample question: *"Tell me about an outage you handled."*', '', '```',
      'S: Our booking service started failing on a Sunday night; a third of checkouts broke.',
      'T: I was on call and had half an hour before refunds kicked in automatically.',
      'A: I rolled back the config change I found in the deploy log and paged the database team.',
      'R: Checkouts recovered in twenty minutes and I wrote the alert we were missing.', '```', '',
      '## 2. Ownership', '',
      '### Pregunta de ejemplo: "Cuéntame de una vez que fuiste más allá de tu rol."', '', '```text',
      'Vi que nuestras pruebas tardaban cuarenta minutos y nadie lo tenía en su lista. Yo separé',
      'las pruebas lentas en un trabajo nocturno y mi equipo recuperó media hora por cambio.', '```', '',
      '## 3. Design', '', ...third, '',
    ].join('\n');

  void it('finds a question after a field label ("Sample question:", "Pregunta de ejemplo:") replied to in a fence', () => {
    const f = parse(bank(['### Example question: "How would you cache the search results?"', '', '```python', 'def cached(q):', '    return cache.get(q) or backend.search(q)', '```']));
    assert.deepEqual(titles(f).slice(0, 2), ['Sample question: "Tell me about an outage you handled."', 'Pregunta de ejemplo: "Cuéntame de una vez que fuiste más allá de tu rol."']);
    // The fence keeps its text out of the prose: no part is read in it.
    assert.equal(f.stories[0].parts.length, 0);
    assert.ok(!f.stories[0].prose.some((p) => /booking/u.test(p.text)), 'fenced text is not prose');
  });

  void it('holds no answer where every fence under the questions is code', () => {
    const code = (q: string): string[] => [`### ${q}`, '', '```js', 'const hit = cache.get(key);', 'if (!hit) { load(key); }', '```', ''];
    const text = ['# Snippets', '', ...code('Example question: "How would you cache results?"'), ...code('Example question: "How would you retry a call?"'), ...code('Example question: "How would you page a list?"')].join('\n');
    assert.deepEqual(titles(parse(text)), []);
  });
});

void describe('fragments under an instruction (segment.ts instructedFragments)', () => {
  const guide = (q: string, lines: string[]): string[] => [`### ${q}`, '', ...lines, ''];
  void it('finds no answer in a guide whose units are keywords under what to focus on or avoid', () => {
    const text = [
      '# Interview guide',
      '',
      ...guide('Q: Tell me about a time you missed a deadline.', ['- Focus on: planning, honesty, follow-up', '- Avoid: excuses, blaming the client']),
      ...guide('Q: Describe a disagreement with a peer.', ['- Focus on: listening, common goals', '- Avoid: making it personal']),
      ...guide('Q: Why this role?', ['- Focus on: fit, growth', '- Avoid: salary talk']),
    ].join('\n');
    assert.deepEqual(titles(parse(text)), []);
  });
  void it('reads the same guide in Spanish and German by words to the reader', async () => {
    const { instructedFragments } = await import('../../server/src/core/parse/segment');
    assert.equal(instructedFragments('Elige lo que mejor describe tu trabajo:\n\n- planificación\n- honestidad\n'), true);
    assert.equal(instructedFragments('Nenne zwei Stärken, die zu dir passen:\n\n- Teamarbeit\n- Geduld\n'), true);
    assert.equal(instructedFragments('- planificación\n- honestidad\n'), false);
  });
  void it('keeps a bank where the writer speaks, and fragments with names, numbers or past forms', async () => {
    const { instructedFragments } = await import('../../server/src/core/parse/segment');
    assert.equal(instructedFragments('- Highlight: scalable APIs on AWS\n- Mention: the billing rewrite\n'), false);
    assert.equal(instructedFragments('- Focus on: cut deploys to 10 minutes\n- Avoid: jargon\n'), false);
    assert.equal(instructedFragments('- Focus on: led the migration\n- Avoid: jargon\n'), false);
    const text = [
      '# My answers',
      '',
      ...guide('Q: Tell me about a time you missed a deadline.', ['- Focus on: planning, honesty', '- Avoid: excuses']),
      ...guide('Q: Describe a disagreement with a peer.', ['- Focus on: listening, common goals', '- Avoid: making it personal']),
      ...guide('Q: What is your biggest achievement?', [ROW_A]),
    ].join('\n');
    assert.ok(titles(parse(text)).length >= 1);
  });
});

void describe('a list of questions, each over its reply, inside an answer under a heading', () => {
  const LEAVE = 'I have used your planning tool in two jobs, and I want to work on the calendar sync that I already rebuilt once, where I cut sync errors by half in a quarter.';
  const WEAK = 'I said yes to every request from other teams. Now I keep a list of what I promised and go through it with my lead each Friday, and I turn down about a third.';
  const ABOUT = 'I am a backend engineer with six years in logistics software, and last year I led the move of our billing jobs to a queue.';

  void it('opens an answer at each item that asks, its reply quoted under it, and keeps the heading’s own answer', () => {
    const text = ['# Screening call', '', '## About me', '', ABOUT, '', '## Common questions', '', '- Why do you want to leave your job?', `> ${LEAVE}`, '', '- What is your biggest weakness?', `> ${WEAK}`, ''].join('\n');
    const f = parse(text);
    assert.deepEqual(titles(f), ['About me', 'Why do you want to leave your job?', 'What is your biggest weakness?']);
    assert.ok(!/biggest weakness/u.test(f.stories[1].prose.map((p) => p.text).join(' ')), 'the next question is not speech of the one before');
  });

  void it('leaves questions after a story’s marked parts to that story (its follow-ups)', () => {
    const text = ['# The billing queue', '', '**Situation:** Our nightly billing import failed five times a week.', '', '**Task:** I had to make it survive a bad file.', '', '**Action:** I moved each file to its own message and added a dead-letter queue.', '', '**Result:** Failed runs fell from five a week to none.', '', '- How did you convince your manager?', `> I showed her the last twenty failures and what each one cost the support team, and I offered to stop after the first step if it did not help.`, '', '- What would you do differently?', `> I would talk to finance earlier; I learned after the launch that they wanted a daily summary and I lost a week adding it.`, ''].join('\n');
    const f = parse(text);
    assert.equal(f.stories.length, 1, titles(f).join(' | '));
  });

  void it('leaves a list of questions with no replies, or replies told to the reader, as it was', () => {
    const text = ['# Screening call', '', '## About me', '', ABOUT, '', '## Common questions', '', '- Why do you want to leave your job?', '  You should answer this one briefly and stay positive about your employer.', '- What is your biggest weakness?', '  You should pick a real one and say what you do about it.', ''].join('\n');
    const f = parse(text);
    assert.equal(f.stories.length, 1, titles(f).join(' | '));
    assert.ok(!titles(f).some((t) => /\?$/u.test(t)), 'no question of the list opens an answer');
  });
});

void describe('outlines and field headings (round 56)', () => {
  const SKELETON = ['- Situation:', '- Task:', '- Action:', '- Result:', "- What you'd change next time:"];
  void it('keeps the parts of a skeleton left to fill, whose fields end in a colon', () => {
    const text = ['# Stories', '', '## Owning a failure', '', ...SKELETON, '', '## Learning fast', '', ...SKELETON, ''].join('\n');
    const f = parse(text);
    assert.deepEqual(titles(f), ['Owning a failure', 'Learning fast']);
    for (const s of f.stories) assert.deepEqual(s.parts.map((p) => p.name), ['setup', 'challenge', 'approach', 'outcome']);
  });

  void it('reads no part from an outline of bare names beside what to tell, and no answer from its section', () => {
    const text = [
      '# Prep', '', '## Shape', '', 'Order:', '1. brief background', '2. what broke', '3. result', '4. key learning', '5. what you would repeat', '',
      '## Answers', '', '### Tell me about a fix you are proud of', '', ROW_A, '', '### Tell me about helping a customer', '', ROW_B, '',
    ].join('\n');
    const f = parse(text);
    assert.deepEqual(titles(f), ['Tell me about a fix you are proud of', 'Tell me about helping a customer']);
    for (const s of f.stories) assert.equal(s.parts.length, 0, s.title);
  });

  void it('does not merge two sections that each hold two answers named as answers', () => {
    const text = ['# Bank', '', '## Conflict', '', '### Answer one:', '', ROW_A, '', '### Answer two:', '', ROW_C, ''].join('\n');
    const f = parse(text);
    assert.notDeepEqual(titles(f), ['Conflict']);
  });
});

void describe('parse: bold asked lines in a later section, apart from the stories titled by headings', () => {
  const topic = (t: string, said: string): string[] => [`## ${t}`, '', '### What the role asks for:', '', '> Runs services in production.', '', '### My answer:', '', `"${said}"`, ''];
  const asked = [
    '## Questions I may get', '',
    '**Q: "Have you run a message queue in production?"**', '',
    '"Yes: I moved our nightly import onto a queue and I added retries, and the failures stopped within a month."', '',
    '**Q: "How do you handle a flaky test suite?"**', '',
    '"I tag the flaky tests, I run them apart from the rest, and I fix the worst one each week until the build is green."', '',
  ];
  const topics = [
    ...topic('Reliability', 'I set up health checks and alerts for our billing service, and I cut the pages we got at night by half within a quarter.'),
    ...topic('Deployment', 'I wrote the release pipeline for our team, and I brought a deploy down from an hour of manual steps to ten minutes.'),
  ];

  void it('reads each asked line as an answer of its own beside the titled sections', () => {
    const got = titles(parse([...topics, ...asked].join('\n')));
    assert.ok(got.includes('Q: "Have you run a message queue in production?"'), got.join(' | '));
    assert.ok(got.includes('Q: "How do you handle a flaky test suite?"'), got.join(' | '));
  });

  void it('leaves the sections that only group the stories found as groups, not answers', () => {
    const story = (t: string): string[] => [`### ${t}`, '', '**Situation:** The nightly import failed twice a week.', '', '**Action:** I put it on a queue with retries.', '', '**Result:** No failures for a month.', ''];
    const text = ['## 1. Warm-up', '', '### Why this team?', '', 'I want to own a service from design to on-call, and this team runs the billing core I have worked beside for three years.', '', '## 2. Stories', '', ...story('The import queue'), ...story('The flaky suite')].join('\n');
    const got = titles(parse(text));
    assert.ok(!got.includes('1. Warm-up') && !got.includes('2. Stories'), got.join(' | '));
  });
});
