// The bank segmenter (server/src/core/parse/segment.ts): which repeating line opens each answer, in layouts the
// parser has no special case for, and no units in ordinary documents.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { asksAboutConcept, asksCandidate, bodyOf, coachesReader, delimiterOf, guidanceOnly, instructsReader, noteToReader, partsDefined, segmentUnits } from '../../server/src/core/parse/segment';
import { parseFile } from '../../server/src/core/parse';
import { namesLength } from '../../server/src/core/parse/segment';
import { TEST_CONFIG } from './helpers/parse-check';
import { eachHolds, eachFails } from './helpers/cases';

const ANSWER_A = 'I owned the rollout of our new billing page and my team of three shipped it in two weeks, after I split the work into small releases we could test every day.';
const ANSWER_B = 'We had a flaky test suite, so I paired with the QA lead, found the shared fixture that leaked state, and our build went from red half the time to green all week.';
const ANSWER_C = 'My manager asked me to cut the cloud bill, so I measured which jobs ran idle, we turned off four of them, and I wrote a note so the next person knew why.';

const titles = (text: string): string[] => segmentUnits(text).map((u) => u.text);

void describe('segment: delimiters', () => {
  void it('sorts lines into dresses', () => {
    assert.equal(delimiterOf('### 2. Ownership', 0, true)?.dress, 'h3');
    assert.equal(delimiterOf('**Question 4:** Tell me about a slip.', 0, true)?.dress, 'field:b:questionN');
    assert.equal(delimiterOf('Q: Why this team?', 0, true)?.dress, 'field:p:q');
    assert.equal(delimiterOf('3. A time you changed your mind', 0, true)?.dress, 'num:p');
    assert.equal(delimiterOf('<summary><b>Tell me about a failure.</b></summary>', 0, false)?.dress, 'summary');
    assert.equal(delimiterOf('**What would you do with a late vendor?**', 0, true)?.dress, 'bold-q');
    assert.equal(delimiterOf('## Situation', 0, true), undefined, 'a part label opens no unit');
    assert.equal(delimiterOf('3. I rewrote the importer and tested it against last month of data.', 0, true), undefined, 'a step is no prompt');
    assert.equal(delimiterOf('Q: Why this team?', 0, false), undefined, 'only at the start of a block');
  });
});

void describe('segment: units', () => {
  void it('numbered prompt lines, each followed by a plain answer', () => {
    const text = `1. A time you moved fast\n\n${ANSWER_A}\n\n2. A time you fixed a process\n\n${ANSWER_B}\n\n3. A time you saved money\n\n${ANSWER_C}\n`;
    assert.deepEqual(titles(text), ['1. A time you moved fast', '2. A time you fixed a process', '3. A time you saved money']);
  });

  void it('a tight list of questions, each over its own nested notes, with no blank line between items', () => {
    const text = [
      '- Why are you leaving your job?', ' + I want to own a product end to end, and my team is being merged.',
      '- Tell me about a hard deadline', ' + We had a week to ship; I cut the scope with the product lead and I paired on the riskiest part.', '   We shipped on time.',
      '- What do you do when you disagree with your manager?', ' * I ask for the goal behind the request and I bring data to our next one-on-one.',
    ].join('\n');
    assert.deepEqual(titles(text), ['Why are you leaving your job?', 'Tell me about a hard deadline', 'What do you do when you disagree with your manager?']);
    // (Items of a list of notes, one under another, open nothing: only an item after the nested lines of the one before.)
    assert.deepEqual(titles('- Bring water\n- Arrive early\n- Smile\n'), []);
  });

  void it('a question item right under another question item of a tight list opens its own answer', () => {
    const text = [
      '- Why are you leaving your job?', '  - I want to own a product end to end, and my team is being merged into another one.', '',
      '- What was your hardest bug?', '- Tell me about a hard deadline', '  - We had a week to ship; I cut the scope with the product lead and I paired on the riskiest part.', '',
      '- What do you do when you disagree with your manager?', '  - I ask for the goal behind the request and I bring data to our next one-on-one with numbers.',
    ].join('\n');
    assert.ok(titles(text).includes('Tell me about a hard deadline'), titles(text).join(' | '));
    // (An item of notes right under a question item opens nothing: only an item that asks.)
    assert.ok(!titles(text.replace('- Tell me about a hard deadline', '- notes for the deadline story')).includes('notes for the deadline story'));
  });

  void it('plain question lines each right over its answer, with no blank line under the answer before', () => {
    const text = ['Some notes on the role.', 'Why this company?', ANSWER_A, 'What was your hardest bug?', ANSWER_B, 'Why are you leaving?', ANSWER_C].join('\n');
    assert.deepEqual(titles(text), ['Why this company?', 'What was your hardest bug?', 'Why are you leaving?']);
  });

  void it('a question put to the candidate in another dress inside an answer of a bank of headings is the next answer', () => {
    const text = ['### Why are you leaving your job?', '', ANSWER_A, '', '### What was your hardest bug?', '', ANSWER_B, '', 'Are you open to working in shifts?', '', 'Yes, I worked night shifts for a year on the support rota and I liked the quiet.', '', '### Why should we hire you?', '', ANSWER_C].join('\n');
    assert.deepEqual(titles(text), ['Why are you leaving your job?', 'What was your hardest bug?', 'Are you open to working in shifts?', 'Why should we hire you?']);
    // (Not a line of several questions inside an answer: a list of them.)
    const listed = text.replace('Are you open to working in shifts?', 'Are you open to shifts? Do you travel?');
    assert.deepEqual(titles(listed), ['Why are you leaving your job?', 'What was your hardest bug?', 'Why should we hire you?']);
  });

  void it('question fields over framework notes and a sample answer, separated by rules', () => {
    const unit = (n: number, q: string, a: string): string => `**Question ${n}:** ${q}\n**Framework:** Say what you did and what changed.\n**Sample Answer:** ${a}\n`;
    const text = `## Practice\n\n${unit(1, 'Tell me about speed.', ANSWER_A)}\n---\n\n${unit(2, 'Describe a fix.', ANSWER_B)}\n---\n\n${unit(3, 'Give an example of saving money.', ANSWER_C)}`;
    assert.deepEqual(titles(text), ['Question 1: Tell me about speed.', 'Question 2: Describe a fix.', 'Question 3: Give an example of saving money.']);
  });

  void it('topic headings with a question field: the heading opens the unit, the field is its metadata', () => {
    const unit = (n: number, topic: string, a: string): string => `### ${n}. ${topic}\n\n**Question:** "Tell me about ${topic.toLowerCase()}."\n\n**Answer:**\n> "${a}"\n\n---\n\n`;
    const text = unit(1, 'SPEED', ANSWER_A) + unit(2, 'PROCESS', ANSWER_B) + unit(3, 'COST', ANSWER_C);
    assert.deepEqual(titles(text), ['1. SPEED', '2. PROCESS', '3. COST']);
  });

  void it('details blocks whose summary asks the question', () => {
    const unit = (q: string, a: string): string => `<details>\n<summary><b>${q}</b></summary>\n${a}\n</details>\n`;
    const text = `## Questions\n${unit('Tell me about a fast launch.', ANSWER_A)}${unit('Tell me about a broken build.', ANSWER_B)}`;
    assert.deepEqual(titles(text), ['Tell me about a fast launch.', 'Tell me about a broken build.']);
  });

  void it('no units in a README: sections repeat, but nothing is told in the first person', () => {
    const text = '# Tool\n\n## Install\n\nRun the installer and pick a folder; the tool writes its settings file there and you can edit it later by hand.\n\n## Usage\n\nOpen a file and press the key shown in the menu; the checker lists each problem with the line it is on and a fix.\n\n## License\n\nMIT.\n';
    assert.deepEqual(segmentUnits(text), []);
  });

  void it('no units in an FAQ: questions answered in the second person', () => {
    const text = '## How do I install it?\n\nYou download the package for your system and run it; it asks you for a folder and then you are done with the setup.\n\n## Where are settings kept?\n\nYou will find them in your home folder, in a file you can open with any editor and change as you like.\n';
    assert.deepEqual(segmentUnits(text), []);
  });

  void it('one answer is not a bank', () => {
    assert.deepEqual(segmentUnits(`## Tell me about a fast launch\n\n${ANSWER_A}\n`), []);
  });
});

void describe('segment: in the parser', () => {
  void it('numbered prompts become stories, titled by the prompt', () => {
    const text = `1. A time you moved fast\n\n${ANSWER_A}\n\n2. Why did you fix the build?\n\n${ANSWER_B}\n`;
    const f = parseFile(text, 'bank.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.title), ['1. A time you moved fast', '2. Why did you fix the build?']);
    assert.ok(f.stories.every((s) => s.wordCount >= 25));
  });

  void it('a single story with part headings stays one story', () => {
    const text = `# Billing launch\n\n## Situation\n\n${ANSWER_A}\n\n## Action\n\n${ANSWER_B}\n\n## Result\n\n${ANSWER_C}\n`;
    assert.equal(parseFile(text, 'one.md', TEST_CONFIG).stories.length, 1);
  });

  void it('a heading over only its question, then a sibling heading that names the answer, is one answer', () => {
    const pair = (n: number, q: string, a: string): string => `## Question - ${n}\n\n> ${q}\n\n## Answer - ${n}\n\n${a}\n\n`;
    const text = pair(1, 'Tell me about a time you moved fast.', ANSWER_A) + pair(2, 'How did you fix a flaky build?', ANSWER_B) + pair(3, 'Tell me about a time you saved money.', ANSWER_C);
    const f = parseFile(text, 'pairs.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.titleRange.start.line), [1, 9, 17], f.stories.map((s) => s.title).join(' | '));
    assert.ok(f.stories.every((s) => s.wordCount >= 25));
  });
});

void describe('segment: what is no answer', () => {
  void it('advice to the reader is no answer; a sample answer after it is', async () => {
    const { notAnAnswer } = await import('../../server/src/core/parse/segment');
    assert.equal(notAnAnswer('Keep your tone calm here. Begin your response by saying what you learned, and tell them how you would act next time you are asked.', 'Tell me about a mistake'), true);
    assert.equal(notAnAnswer(ANSWER_A, 'Tell me about a fast launch'), false);
    assert.equal(notAnAnswer('Notes by the author.', 'Credits'), true, 'a stray note under a title that asks nothing');
    assert.equal(notAnAnswer('', '7. A time you apologised'), false, 'an unanswered prompt of the bank stays');
  });

  void it('an outline of labels before the units does not hide them', () => {
    const text = `Shape:\n\n1. Present (now)\n2. Past (before)\n3. Future (next)\n\n### Sample answer\n\n${ANSWER_A}\n\n### Shorter version\n\n${ANSWER_B}\n`;
    const f = parseFile(text, 'pitch.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.title), ['Sample answer', 'Shorter version']);
  });

  void it('an HTML answer folded under a summary: its text is speech and its bold labels mark parts', () => {
    const unit = (q: string): string => `<details>\n<summary><b>${q}</b></summary>\n<ul>\n  <li>\n    <b>Situation: </b>${ANSWER_A}\n  </li>\n  <li>\n    <b>Result: </b>${ANSWER_C}\n  </li>\n</ul>\n</details>\n`;
    const f = parseFile(`## Questions\n${unit('Tell me about a fast launch.')}${unit('Tell me about a cost cut.')}`, 'html.md', TEST_CONFIG);
    assert.equal(f.stories.length, 2);
    assert.deepEqual(f.stories[1].parts.map((p) => p.name), ['setup', 'outcome']);
    assert.ok(f.stories[1].wordCount >= 50);
  });
});

void describe('segment: more layouts', () => {
  void it('a question in a table header row, the answer in its rows', () => {
    const unit = (q: string, a: string): string => `| ${q} |\n| --- |\n| ${a} |\n\n`;
    const f = parseFile(`# Answers\n\n${unit('Tell me about a fast launch', ANSWER_A)}${unit('Tell me about a broken build', ANSWER_B)}`, 't.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.title), ['Tell me about a fast launch', 'Tell me about a broken build']);
    assert.ok(f.stories.every((s) => s.wordCount >= 25));
  });

  void it('a question heading under each topic heading titles its story', () => {
    const unit = (topic: string, q: string, a: string): string => `### ${topic}\n\n#### ${q}\n\n${a}\n\n`;
    const f = parseFile(`# Prep\n\n${unit('Speed', 'Tell me about a fast launch.', ANSWER_A)}${unit('Quality', 'Describe a broken build.', ANSWER_B)}`, 't.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.title), ['Tell me about a fast launch.', 'Describe a broken build.']);
  });

  void it('numbered steps inside one marked story do not split it', () => {
    const text = `## The outage\n\n**Situation:** ${ANSWER_A}\n\n**Action:**\n\n1. **First hour**\n   - ${ANSWER_B}\n\n2. **Next day**\n   - ${ANSWER_C}\n\n**Result:** ${ANSWER_C}\n`;
    assert.equal(parseFile(text, 'one.md', TEST_CONFIG).stories.length, 1);
  });
});

void describe('segment: lists and other languages', () => {
  void it('question headings with nothing under any of them are one document', () => {
    const text = '# Questions I will ask\n\n## What does a normal week look like?\n\n## How is work reviewed?\n\n## What would success look like in three months?\n';
    assert.equal(parseFile(text, 'ask.md', TEST_CONFIG).stories.length, 1);
  });

  void it('short headings in Chinese over answers told by 我 are a bank', () => {
    const a = '我在上一家公司负责支付系统，我和团队一起把接口的错误率降低了一半，我们每周复盘一次，最后按时上线，客户投诉明显减少，我也学会了如何和产品经理沟通需求。';
    const text = `# 面试准备\n\n### 项目经历\n\n${a}\n\n### 团队合作\n\n${a}\n\n### 失败经历\n\n${a}\n`;
    assert.deepEqual(titles(text), ['项目经历', '团队合作', '失败经历']);
  });

  void it('answers that drop the pronoun count when a field says they are the answer', () => {
    const a = '新しい機能の公開が遅れたとき、必須の作業と後回しにできる作業を分けて関係者と合意し、毎日短い確認会を開いて、期限の前日に公開を終えました。';
    const unit = (n: number, q: string): string => `### ${n}. ${q}\n面接でよく聞かれます。\n\n- **回答例**：\n  「${a}」\n\n`;
    const text = unit(1, '期限を守った経験は？') + unit(2, '工夫したことは？') + unit(3, '学んだことは？');
    assert.deepEqual(titles(text), ['1. 期限を守った経験は？', '2. 工夫したことは？', '3. 学んだことは？']);
    // Without the field, the same text under headings that ask nothing is no bank (no speaker, no answer field).
    const bare = (t: string): string => `### ${t}\n\n${a}\n\n`;
    assert.deepEqual(titles(bare('概要') + bare('背景') + bare('方針')), []);
  });
});

void describe('segment: unfilled skeletons', () => {
  void it('headings each over one slot that asks for a story are the slots of a bank', () => {
    const text = '# Stories\n\n## Conflict\n[Add a STAR story about a disagreement]\n\n## Failure\n[Add a STAR story about a miss]\n\n## Ownership\n<write an example where I took something on>\n';
    assert.deepEqual(titles(text), ['Conflict', 'Failure', 'Ownership']);
    const f = parseFile(text, 'skeleton.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.title), ['Conflict', 'Failure', 'Ownership']);
  });

  void it('a README whose sections are TODO notes is no bank: the slots ask for no story', () => {
    const text = '# Tool\n\n## Install\n[TODO: write the install steps]\n\n## Usage\n[TODO: add usage]\n\n## License\n[TODO: pick one]\n';
    assert.deepEqual(titles(text), []);
  });
});

void describe('segment: questions the teller asks', () => {
  void it('sub-headings the teller asks themself are the prompts of one story', () => {
    const text = `# The slow build\n\n## What was the problem?\n\n${ANSWER_B}\n\n## What did I do?\n\n${ANSWER_A}\n\n## What changed?\n\n${ANSWER_C}\n`;
    assert.equal(parseFile(text, 'one.md', TEST_CONFIG).stories.length, 1);
    assert.deepEqual(titles(text), []);
  });

  void it('questions put to "you" are still a bank', () => {
    const text = `# Prep\n\n## What did you ship fast?\n\n${ANSWER_A}\n\n## How did you fix a process?\n\n${ANSWER_B}\n\n## What did you save?\n\n${ANSWER_C}\n`;
    assert.equal(parseFile(text, 'bank.md', TEST_CONFIG).stories.length, 3);
  });
});


void describe('segment: questions in list items', () => {
  const run = (): string => `S: ${ANSWER_A}\n\nT: We had a week.\n\nA: ${ANSWER_B}\n\nR: ${ANSWER_C}\n`;
  void it('a question alone in its list item titles the run of labels after it, under a theme heading', () => {
    const group = (name: string, q1: string, q2: string): string => `## ${name}\n\n1. ${q1}\n\n${run()}\n2. ${q2}\n\n${run()}\n`;
    const text = group('Ownership', 'Tell me about a time you fixed a leak.', 'Describe a time you went past your role.') + group('Delivery', 'Tell me about a late launch.', 'Who was your hardest customer?');
    const f = parseFile(text, 'lp.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.title), ['Tell me about a time you fixed a leak.', 'Describe a time you went past your role.', 'Tell me about a late launch.', 'Who was your hardest customer?']);
    assert.deepEqual(f.stories[0].parts.map((p) => p.name), ['setup', 'challenge', 'approach', 'outcome']);
  });

  void it('one question of a list of questions is not a title of its own', () => {
    const story = (n: number): string => `## ${n}. Ownership\n\n**Questions:**\n- Tell me about a time you fixed a leak.\n- Describe a time you went past your role.\n\n${run()}\n`;
    const f = parseFile(story(1) + story(2), 'two.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.title), ['1. Ownership', '2. Ownership']);
  });
});

void describe('segment: plain question lines', () => {
  void it('question lines with the reply under each, the pronoun dropped (Russian)', () => {
    const text = '## Вопросы\n\nПочему уходите с текущего места?\nПроект закончился, новых задач почти не осталось, хочется расти дальше и работать над продуктом.\n\nКак справляетесь с дедлайнами?\nРазбиваю задачу на части и каждый день сверяюсь с планом, а если не успеваю, сразу говорю тимлиду.\n';
    assert.deepEqual(titles(text), ['Почему уходите с текущего места?', 'Как справляетесь с дедлайнами?']);
  });

  void it('a number without its dot before a question opens a unit', () => {
    const text = `1 Tell me about a fast launch.\n- ${ANSWER_A}\n\n2 Why did the build break?\n- ${ANSWER_B}\n`;
    assert.deepEqual(titles(text), ['1 Tell me about a fast launch.', '2 Why did the build break?']);
  });

  void it('an FAQ whose answers talk to "you" is no bank, nor is speech with tag questions', () => {
    const faq = 'How do I install it?\nYou run the installer and then you restart your editor so your settings load.\n\nWhere are the logs?\nYou find them in your home folder; you can open them from your terminal.\n';
    assert.deepEqual(titles(faq), []);
    const talk = `So first you make sure the work gets done, right?\n${ANSWER_A}\n\nThen you keep people happy too, right?\n${ANSWER_B}\n`;
    assert.deepEqual(titles(talk), []);
  });
});

void describe('parse: one line read as a title twice', () => {
  void it('a question item heading its own sub-list gives one story, not two', () => {
    const item = (q: string, a: string): string => `- ${q}\n\n  - ${a}\n  - ${ANSWER_C}\n\n`;
    const f = parseFile(`## Prep\n\n${item('How do you deal with failure?', ANSWER_A)}${item('Handled a hard customer?', ANSWER_B)}`, 'items.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.title), ['How do you deal with failure?', 'Handled a hard customer?']);
  });
});

void describe('parse: questions answered in nested list items', () => {
  void it('a list of questions, each answered in a sub-item, some in a few words: one answer each', () => {
    const text = `# Notes\n\n## Questions\n\n1. What is your biggest weakness?\n   - ${ANSWER_A}\n2. Why do you want to join us?\n   - TODO\n3. Tell me about a time you fixed a build.\n   - ${ANSWER_B}\n`;
    const f = parseFile(text, 'notes.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.title), ['What is your biggest weakness?', 'Why do you want to join us?', 'Tell me about a time you fixed a build.']);
  });

  void it('beside sections with labelled stories, a group of answered question items gives its stories too', () => {
    const text = `# STAR\n\n**Situation:** ${ANSWER_A}\n\n**Result:** ${ANSWER_B}\n\n# Questions asked\n\n- What is your biggest weakness?\n  - ${ANSWER_C}\n- Tell me about a time you fixed a build.\n  - ${ANSWER_B}\n\n# One more\n\n**Situation:** ${ANSWER_A}\n\n**Result:** ${ANSWER_C}\n`;
    const f = parseFile(text, 'mixed.md', TEST_CONFIG);
    assert.deepEqual(f.stories.map((s) => s.title), ['STAR', 'What is your biggest weakness?', 'Tell me about a time you fixed a build.', 'One more']);
  });

  void it('one answered item and a short report beside it are no bank of short answers', () => {
    const text = `## Questions asked\n\n- **Describe your internship:**\n  I talked for a while about it.\n\n- **What are your weaknesses?**\n  ${ANSWER_A}\n`;
    assert.equal(parseFile(text, 'journal.md', TEST_CONFIG).stories.length, 1);
  });
});

void describe('segment: HTML bold title lines', () => {
  void it('numbered titles in HTML bold, one ending like a sentence, each over its answer', () => {
    const text = `## About me\n<b>1.“Good morning! Please introduce yourself.”</b>\n\n${ANSWER_A}\n\n<b>2.Why should we hire you?</b>\n${ANSWER_B}\n\n<b>3.your strengths</b>\n\n${ANSWER_C}\n`;
    assert.deepEqual(titles(text), ['1.“Good morning! Please introduce yourself.”', '2.Why should we hire you?', '3.your strengths']);
  });
});

void describe('segment: headings in languages that drop "I"', () => {
  void it('reads Chinese question headings under a group heading as a bank, though the answers name no speaker', () => {
    const text = [
      '# 面试准备',
      '',
      '## 最大的缺点',
      '',
      '目前为止不够专注，虽然各方面都不差，但是和同学比较，就会显得不够专业和深入。',
      '',
      '## 什么时候可以入职',
      '',
      '最早下个月中可以入职，按照往年的情况，可以一直工作到十月份。',
      '',
      '## 为什么应聘这个岗位',
      '',
      '面向后端开发，并且这个团队的效率很高，也是一个国际化的平台，系统做得非常细致。',
      '',
    ].join('\n');
    assert.deepEqual(titles(text), ['最大的缺点', '什么时候可以入职', '为什么应聘这个岗位']);
  });

  void it('still finds no bank where the lines under Chinese headings talk to the reader (advice)', () => {
    const text = [
      '# 面试技巧',
      '',
      '## 自我介绍',
      '',
      '你可以先说你的学校和专业，然后说你做过的项目，你要突出你的优势。',
      '',
      '## 反问',
      '',
      '你可以问面试官团队的情况，你也可以问你入职以后做什么。',
      '',
    ].join('\n');
    assert.deepEqual(titles(text), []);
  });
});

void describe('segment: answers in Spanish, Portuguese and Italian told with the pronoun dropped', () => {
  void it('reads a past verb of the first person as the teller speaking, so topics answered that way make a bank', () => {
    const text = [
      '# Preparación de entrevistas',
      '',
      '## Un proyecto difícil',
      '',
      'El año pasado migramos la facturación a otro proveedor. Revisé los contratos, preparé un plan por fases y lo presenté al equipo antes del cierre.',
      '',
      '## Mi mayor logro',
      '',
      '## Trabajo con otras áreas',
      '',
      'Con el área de ventas acordamos un tablero común. Organicé una reunión semanal y en dos meses bajaron los pedidos con errores.',
      '',
      '## Dónde me veo en cinco años',
      '',
    ].join('\n');
    assert.deepEqual(titles(text), ['Un proyecto difícil', 'Mi mayor logro', 'Trabajo con otras áreas', 'Dónde me veo en cinco años']);
    // (Italian: "ho bloccato", "ho proposto", the auxiliary of the first person before a participle)
    const it = [
      '# Colloquio',
      '',
      '## Un rilascio andato male',
      '',
      'Io ero di turno quando il rilascio è fallito. Ho bloccato il traffico, ho ripristinato la versione precedente e il giorno dopo abbiamo scritto la revisione.',
      '',
      '## Il mio punto debole',
      '',
      '## Un collega difficile',
      '',
      'Il collega non rispondeva alle revisioni. Gli ho chiesto un incontro, ho proposto due finestre fisse a settimana e da allora le revisioni arrivano in giornata.',
      '',
      '## Perché questa azienda',
      '',
    ].join('\n');
    assert.deepEqual(titles(it), ['Un rilascio andato male', 'Il mio punto debole', 'Un collega difficile', 'Perché questa azienda']);
  });

  void it('does not read the endings of a language that keeps its pronouns (French) as the teller', () => {
    const text = [
      '# Conseils',
      '',
      '## Préparer la journée',
      '',
      'Le dossier est préparé la veille et le trajet est vérifié deux fois, car un retard est mal perçu par les recruteurs.',
      '',
      '## Les questions difficiles',
      '',
      'Une réponse honnête est toujours appréciée, mais un exemple chiffré est mieux retenu que les qualités annoncées.',
      '',
    ].join('\n');
    assert.deepEqual(titles(text), []);
  });

  void it('reads the elided French "I" ("J\'ai", "j’organise") on a line not told to the reader as the teller speaking', () => {
    const text = [
      '# Entretien',
      '',
      '## Un déploiement raté',
      '',
      "J'étais d'astreinte le soir où la mise en production a échoué. J'ai coupé le trafic vers la nouvelle version, j'ai restauré la précédente en dix minutes et j'ai rédigé le compte rendu le lendemain avec l'équipe, puis nous avons ajouté un test de charge avant chaque livraison.",
      '',
      '## Un désaccord avec un collègue',
      '',
      "Un collègue refusait les revues de code. J’ai proposé deux créneaux fixes par semaine, j’organise depuis une courte réunion le lundi et j’ai vu les revues arriver dans la journée au lieu de trois jours, ce qui a aussi réduit les retours tardifs.",
      '',
    ].join('\n');
    assert.deepEqual(titles(text), ['Un déploiement raté', 'Un désaccord avec un collègue']);
    // The same topics told without the teller are no answers: a word that starts "J'" is no other word's elision.
    assert.deepEqual(titles(text.replace(/[Jj]['’](?:ai|étais|organise)/gu, 'Le chef a')), []);
    // A guide's line that talks to the reader ("J'ai vu… vous devez…") is the writer advising: its "J'" is not counted.
    const teller = (line: string) => bodyOf([{ text: line, start: 0 }], 0, 1).firstPerson;
    assert.equal(teller("J'ai coupé le trafic et j’ai restauré la version précédente."), 2);
    assert.equal(teller("J'ai vu des candidats en retard, alors vous devez préparer le trajet."), 0);
    assert.equal(teller("Jusqu'à la fin, l'équipe a tenu le délai."), 0);
  });
});

void describe('segment: prompts numbered in other ways', () => {
  void it('reads keycap, bracketed and lettered prompt lines as the delimiters of a bank, each way its own dress', () => {
    assert.deepEqual(titles(`1️⃣ Tell me about yourself\n\n${ANSWER_A}\n\n2️⃣ Why this company?\n\n${ANSWER_B}\n`), ['1️⃣ Tell me about yourself', '2️⃣ Why this company?']);
    assert.deepEqual(titles(`**[Q1] Introduce yourself:**\n\n${ANSWER_A}\n\n**[Q2] A conflict you resolved:**\n\n${ANSWER_B}\n`), ['[Q1] Introduce yourself:', '[Q2] A conflict you resolved:']);
    assert.deepEqual(titles(`a. How did you handle a missed deadline?\n${ANSWER_A}\n\nb. Why did you leave your last job?\n${ANSWER_B}\n`), ['a. How did you handle a missed deadline?', 'b. Why did you leave your last job?']);
  });

  void it('"Why <Name>" and "Why leave…" headings ask, like "Why do you…"', () => {
    assert.deepEqual(titles(`# Prep\n\n## Why leave current firm\n\n${ANSWER_A}\n\n## Why Initech\n\n${ANSWER_B}\n\n## Tell me about a conflict\n\n${ANSWER_C}\n`), ['Why leave current firm', 'Why Initech', 'Tell me about a conflict']);
  });

  void it('a lettered list of options that asks nothing is no bank', () => {
    assert.deepEqual(titles(`a. Use the cache\n${ANSWER_A}\n\nb. Rewrite the job\n${ANSWER_B}\n`), []);
  });
});

void describe('segment: lines that only ask, and lists of the interview questions', () => {
  void it('a bold or block-quoted question is answered by the short reply under it, though the reply never says "I"', () => {
    const bold = '**"Why move now?"**\n\nThe team was merged into support and the build work stopped.\n\n**"Why us?"**\n\nYour scheduling product is the one tool in this field worth using daily.\n\n**"When can you start?"**\n\nFour weeks after an offer, because of the notice clause.\n';
    assert.deepEqual(titles(bold), ['"Why move now?"', '"Why us?"', '"When can you start?"']);
    const quoted = '> "Why move now?"\n\nThe team was merged into support and the build work stopped.\n\n> "Why us?"\n\nYour scheduling product is the one tool in this field worth using daily.\n';
    assert.deepEqual(titles(quoted), ['Why move now?', 'Why us?']);
  });

  void it('a bold question over advice to the reader is still no answer', () => {
    const advice = '**"Why move now?"**\n\nKeep your reasons positive and talk about what you want next, not what you dislike.\n\n**"Why us?"**\n\nResearch the product first and name one thing you would use every day.\n';
    assert.deepEqual(titles(advice), []);
  });

  void it('headings over lists of interview questions ("Tell me about a time…") are no answers: their "me" is the interviewer', () => {
    const text = '# Prompts\n\n### Ownership\n\n* Tell me about a project you led.\n* Tell me about a time you fixed what was not yours.\n* Describe your worst week.\n\n### Conflict\n\n* Tell me about a clash with a peer.\n* Tell me about feedback you disliked.\n* Give me an example of a hard call.\n';
    assert.deepEqual(titles(text), []);
  });

  void it('a file that only lists the questions an interviewer asks holds no story; a list of questions for the interviewer is one', () => {
    const bank = '# From my last loop\n\n- Tell me about a time you missed a deadline.\n- Describe a disagreement with your manager.\n- What is your biggest weakness?\n- Why do you want to leave?\n';
    assert.equal(parseFile(bank, 'bank.md', TEST_CONFIG).stories.length, 0);
    const toAsk = '# End of the onsite\n\n- What does the first month look like for a new engineer?\n- How is on-call shared?\n- Which part of the roadmap worries the team most?\n';
    assert.equal(parseFile(toAsk, 'ask.md', TEST_CONFIG).stories.length, 1);
    const answered = '# Tell me about a time you missed a deadline.\n\nI promised the export by Friday and I found on Thursday that my estimate ignored the review queue, so I told my lead, we cut one report, and I shipped the rest on time.\n\n- What would you do differently?\n- Describe what you learned.\n- Tell me about the follow-up.\n';
    assert.equal(parseFile(answered, 'one.md', TEST_CONFIG).stories.length, 1, 'an answer followed by follow-up questions is still an answer');
  });
});

void describe('segment: topic headings, link lists, method prompts, indented answers', () => {
  void it('headings that name an interview topic ("Strengths", "Five years") are answered by the short reply under them', () => {
    const text = '# Screen\n\n## About me\n\nBackend developer for six years, now leading a team of four.\n\n## Strengths\n\nPatience with legacy code, and writing things down for the next person.\n\n## Five years\n\nRunning a platform group and still reviewing code every week.\n';
    assert.deepEqual(titles(text), ['About me', 'Strengths', 'Five years']);
    const advice = '# Guide\n\n## Strengths\n\nPick one you can prove with an example from your last job.\n\n## Weaknesses\n\nName a real one and say what you are doing about it now.\n';
    assert.deepEqual(titles(advice), [], 'advice to the reader under topic headings is no answer');
  });

  void it('a section that only lists links is no story', () => {
    const story = (q: string): string => `## ${q}\n\nI measured the load for two weeks, found the cluster idle all afternoon, and my team scaled it down outside the batch window, so the bill fell by a third.\n\n`;
    const text = `# Bank\n\n${story('Tell me about a time you cut costs.')}${story('Tell me about a time you saved time.')}## Further reading\n\n- [The cost story](./cost.md) - the numbers\n- [The importer](./importer.md)\n`;
    assert.deepEqual(parseFile(text, 'b.md', TEST_CONFIG).stories.map((s) => s.title), ['Tell me about a time you cut costs.', 'Tell me about a time you saved time.']);
    const one = `# Bank\n\n${story('Tell me about a time you cut costs.')}## What is your proudest accomplishment?\n\nhttps://example.com/talk\n`;
    assert.equal(parseFile(one, 'c.md', TEST_CONFIG).stories.length, 2, 'one link alone may be the answer');
  });

  void it('part labels followed only by questions, however long, explain the method; they tell no story', () => {
    const story = (q: string): string => `## ${q}\n\nI promised the export for Friday, saw on Wednesday that my estimate ignored the review queue, told my lead, and we dropped one report so I shipped the rest on time.\n\n`;
    const text = `# Practice\n\n${story('A time you missed a deadline')}${story('A time you changed a plan')}## The method\n\n- **Situation:** What was going on around you? Where were you working, and what was your role at the time?\n- **Task:** What needed to be done, and why did it fall to you?\n- **Action:** What exactly did you do yourself? Which steps came first, and why those?\n- **Result:** What changed in the end? How did you know it worked?\n`;
    assert.deepEqual(parseFile(text, 'p.md', TEST_CONFIG).stories.map((s) => s.title), ['A time you missed a deadline', 'A time you changed a plan']);
  });

  void it('sentences indented by four spaces under a question are its answer; indented code is not speech', () => {
    const text = '### Why a smaller company?\n\n    Because the people who build a feature there also hear from the customers who use it, and I miss that.\n\n### What is your biggest weakness?\n\n    Estimating work that depends on other teams; I now ask them for their estimate before I commit.\n';
    const stories = parseFile(text, 'i.md', TEST_CONFIG).stories;
    assert.equal(stories.length, 2);
    assert.ok(stories[0].wordCount >= 15, `the indented answer counts (${stories[0].wordCount} words)`);
    const code = '# Notes\n\nI wrote this helper for the import job and it saved my team an hour every morning.\n\n    const rows = load(file);\n    for (const r of rows) save(r);\n';
    assert.equal(parseFile(code, 'k.md', TEST_CONFIG).stories[0].prose.some((p) => p.text.includes('const rows')), false);
  });
});

void describe('segment: question marks of any kind, unanswered questions, items after items (round 9)', () => {
  void it('"Q>", "Question =>" and "Q →" set a question off as a colon does; a lone "Q" with such a mark only before words that ask', () => {
    assert.equal(delimiterOf('Q> Describe a release you rolled back.', 0, true)?.dress, 'field:p:q');
    assert.equal(delimiterOf('Question => Tell me about a hard call.', 0, true)?.dress, 'field:p:question');
    assert.equal(delimiterOf('Q → Walk me through a launch.', 0, true)?.dress, 'field:p:q');
    assert.equal(delimiterOf('Q> the queue depth, again', 0, true), undefined, 'a lone Q and an arrow before words that do not ask');
    const text = `Q> Tell me about a time you fixed a process.\n${ANSWER_A}\n\nQ> Describe a time you worked with QA.\n${ANSWER_B}\n\nQ> Give an example of saving money.\n${ANSWER_C}\n`;
    assert.deepEqual(parseFile(text, 'q.md', TEST_CONFIG).stories.map((s) => s.title), ['Q> Tell me about a time you fixed a process.', 'Q> Describe a time you worked with QA.', 'Q> Give an example of saving money.']);
  });

  void it('a second wording of the question under the first belongs to the title, not to the answer', () => {
    const one = (q: string, q2: string): string => `${q}\n${q2}\nSituation:\nThe nightly import failed twice a week.\nAction:\nI rewrote its retry logic and added an alert.\nResult:\nIt has not failed for three months.\n\n`;
    const text = one('Q> Tell me about a time you improved reliability?', 'Q> Describe a project you owned.') + one('Q> Tell me about a hard bug.', 'Q> Describe a time you dug deep.') + one('Q> What was your biggest win?', 'Q> Tell me about an achievement.');
    const stories = parseFile(text, 'w.md', TEST_CONFIG).stories;
    assert.deepEqual(stories.map((s) => s.title), ['Q> Tell me about a time you improved reliability?', 'Q> Tell me about a hard bug.', 'Q> What was your biggest win?']);
  });

  void it('numbered questions with nothing under them, beside answered ones, are answers not written yet', () => {
    const text = `## Prep\n\n1. Tell me about a time you fixed a process.\n\n${ANSWER_A}\n\n2. Describe a time you worked with QA.\n\n${ANSWER_B}\n\n3. Why do you want this role?\n\n4. Tell me about a failure.\n`;
    assert.deepEqual(titles(text), ['1. Tell me about a time you fixed a process.', '2. Describe a time you worked with QA.', '3. Why do you want this role?', '4. Tell me about a failure.']);
    const none = '## Prep\n\n1. Tell me about a time you fixed a process.\n\n2. Describe a time you worked with QA.\n\n3. Why do you want this role?\n\n4. Tell me about a failure.\n';
    assert.deepEqual(titles(none), [], 'a list of questions with no answer at all is no bank');
    const onlyQuestions = '## Prep\n\n1. Tell me about a time you fixed a process.\n2. Describe a time you worked with QA and what you learned from the review.\n\n1. Why do you want this role?\n2. Tell me about a failure and what you changed after it.\n';
    assert.deepEqual(titles(onlyQuestions), [], 'the next items of a list of questions are no reply to the first');
  });

  void it('an empty bullet left under each numbered question is a blank for its answer', () => {
    const text = 'To prepare:\n\n1. Tell me about a time you took a risk.\n- \n2. Describe a time you changed your mind.\n- \n3. What is your proudest project?\n- \n';
    assert.deepEqual(parseFile(text, 'e.md', TEST_CONFIG).stories.map((s) => s.title), ['1. Tell me about a time you took a risk.', '2. Describe a time you changed your mind.', '3. What is your proudest project?']);
    const bare = 'To prepare:\n\n1. Tell me about a time you took a risk.\n2. Describe a time you changed your mind.\n3. What is your proudest project?\n';
    assert.ok(parseFile(bare, 'f.md', TEST_CONFIG).stories.length <= 1, 'the same questions with no blank left for answers are one list');
  });

  void it('a numbered question unit ends at the next heading of the document', () => {
    const text = `# Questions for them\n\n## About the team\n\n1. What do you like most about working here?\n2. How is the roadmap set?\n\n## About the work\n\n1. Which system gives the team the most trouble?\n2. How are incidents reviewed?\n`;
    assert.deepEqual(titles(text), [], 'questions to ask, grouped under headings, are no bank of numbered answers');
  });
});

void describe('segment: banks at two heading levels, stories under headings that only name them (round 9)', () => {
  const told = (what: string): string => `When ${what} came up, I looked at the logs for a week, I showed my lead what I found, and we changed the schedule together. My change held for the rest of the quarter and I wrote it down for the team.`;

  void it('answers under h2 beside a group heading over answered h3 principles are one bank, the group heading none', () => {
    const text = `## Tell me about yourself\n\n${ANSWER_A}\n\n## Why this team\n\n${ANSWER_B}\n\n## Leadership principles\n\n### Ownership\n\n${told('the export')}\n\n### Earn trust\n\n${told('the review queue')}\n\n### Dive deep\n\n${told('the cache')}\n`;
    assert.deepEqual(parseFile(text, 'n.md', TEST_CONFIG).stories.map((s) => s.title), ['Tell me about yourself', 'Why this team', 'Ownership', 'Earn trust', 'Dive deep']);
  });

  void it('sub-headings that repeat one title under each paragraph are fields of a form, not answers', () => {
    const text = `### Sample answer\n\n${ANSWER_A}\n\n#### Key words\n\n${ANSWER_B}\n\n#### Key words\n\n${ANSWER_C}\n\n#### Key words\n\n${ANSWER_A}\n`;
    assert.ok(!titles(text).includes('Key words'), titles(text).join(' | '));
  });

  void it('headings that only name a story, each over a story told in the first person, are a bank', () => {
    const text = `## The warehouse outage\n\n${told('the scanner outage')}\n\n## Onboarding two analysts\n\n${told('the analysts\u2019 first month')}\n\n## The cloud bill\n\n${told('the budget review')}\n`;
    assert.deepEqual(titles(text), ['The warehouse outage', 'Onboarding two analysts', 'The cloud bill']);
    const quoted = `## Pattern one\n\nUse it for a summary of your career.\n\n- "I've worked on payments for eight years and I've led two teams of mine through a migration, and I enjoyed it."\n- "I built our billing service and I ran it for three years."\n\n## Pattern two\n\nUse it for a finished project.\n\n- "I led a team of four on my first migration, and I shipped it in a month with my lead."\n- "I designed our pipeline and I tuned it until it held the load."\n`;
    assert.deepEqual(titles(quoted), [], 'sample sentences in quotes under headings are no stories told');
  });
});

void describe('segment: numbering that goes on in another dress (round 9)', () => {
  void it('"## 1.", "## 2." then "3.", "4." as plain numbered lines are one bank of four', () => {
    const text = `## 1. Tell me about yourself\n\n${ANSWER_A}\n\n## 2. Why this team?\n\n${ANSWER_B}\n\n3. Why are you leaving?\n\n${ANSWER_C}\n\n4. What do you want next?\n\nA team that ships every week and a service I own end to end.\n`;
    assert.deepEqual(parseFile(text, 'g.md', TEST_CONFIG).stories.map((s) => s.title), ['1. Tell me about yourself', '2. Why this team?', '3. Why are you leaving?', '4. What do you want next?']);
    const steps = `## 1. Tell me about yourself\n\n${ANSWER_A}\n\n## 2. Why this team?\n\n${ANSWER_B}\n\n1. Read the logs\n2. Wrote the fix\n`;
    assert.equal(parseFile(steps, 'h.md', TEST_CONFIG).stories.length, 2, 'a list that starts again at 1 goes on with nothing');
  });
});

void describe('segment: group headings over answers in another dress (round 10)', () => {
  void it('h2 groups over "Q:" lines are groups: the questions title the answers, a "Result:" in one and a lesson in the next do not join them', () => {
    const text = `# Prep\n\n## Work\n\n**Q: Tell me about a slow report you fixed.**\n\n${ANSWER_C}\n\nResult: the report runs in four minutes.\n\n**Q: Describe a time you learned a tool fast.**\n\n${ANSWER_A} The lesson: read the code first.\n\n## Career\n\n**Q: Why are you leaving?**\n\n${ANSWER_B}\n\n**Q: What are your strengths?**\n\n${ANSWER_A}\n`;
    assert.deepEqual(parseFile(text, 'g.md', TEST_CONFIG).stories.map((s) => s.title), ['Q: Tell me about a slow report you fixed.', 'Q: Describe a time you learned a tool fast.', 'Q: Why are you leaving?', 'Q: What are your strengths?']);
  });

  void it('a guide section, then a group of numbered questions each ending in an empty answer field: answers still to write', () => {
    const guide = 'Keep each answer short. Start with the context, say what you did, and end with a number when you have one. Practise it out loud twice.';
    const q = (n: number, ask: string): string => `**${n}. ${ask}**\n\nWhat they look for: you own it, you tell people early, you say what changed.\n\n- How you found out\n- What you did first\n\n*Your answer:*\n\n---\n\n`;
    const text = `# Behavioral\n\n## How to answer\n\n${guide}\n\n## The questions\n\nWrite yours below.\n\n${q(1, 'Tell me about a release you delayed.')}${q(2, 'Describe a time you cut scope.')}${q(3, 'Tell me about a hard conversation.')}`;
    const titles = parseFile(text, 'w.md', TEST_CONFIG).stories.map((s) => s.title);
    for (const t of ['1. Tell me about a release you delayed.', '2. Describe a time you cut scope.', '3. Tell me about a hard conversation.']) assert.ok(titles.includes(t), titles.join(' | '));
    assert.ok(!titles.includes('The questions'), 'the group heading is no answer');
  });

  void it('a heading with an answer of its own above question lines stays that answer', () => {
    const text = `## Tell me about yourself\n\n### Outline\n\nSituation: where I work.\n\nTask: what I own.\n\nAction: what I built.\n\n### Generic answer\n\n${ANSWER_A} ${ANSWER_B} ${ANSWER_C}\n\nWhat is your biggest strength?\n\n${ANSWER_B}\n\nWhat is your weakness?\n\n${ANSWER_C}\n\nWhy are you leaving?\n\n${ANSWER_A}\n`;
    assert.ok(parseFile(text, 'o.md', TEST_CONFIG).stories.some((s) => s.title === 'Generic answer'));
  });
});

void describe('segment: headings of a list of principles (round 10)', () => {
  void it('principle names over short notes without a pronoun are answers, the names our list lacks too', () => {
    const text = `# Principles\n\n## Ownership\nНочной экспорт падал месяц, взял на себя, нашёл таймаут.\n\n## Dive Deep\nОшибки только на одной модели телефона, прочитал дампы.\n\n## Think Big\nПредложил общий сервис уведомлений для трёх команд сразу.\n\n## Earn Trust\nСорвал срок, в тот же день сказал клиенту и прислал план.\n`;
    assert.deepEqual(parseFile(text, 'p.md', TEST_CONFIG).stories.map((s) => s.title), ['Ownership', 'Dive Deep', 'Think Big', 'Earn Trust']);
  });

  void it('theme headings over slots still to fill stay answers beside one that names a principle', () => {
    const text = `# My bank\n\n### Conflict\n<Write a story about a disagreement>\n\n### Failure\n<Write a story about a project that went wrong>\n\n### Ownership\n<Write a story about something you took on>\n`;
    assert.deepEqual(parseFile(text, 's.md', TEST_CONFIG).stories.map((s) => s.title), ['Conflict', 'Failure', 'Ownership']);
  });
});

void describe('segment: items a numbered bank goes through (round 10)', () => {
  void it('a numbered item that fills a gap in the numbering is an answer, a sentence and not a question', () => {
    const text = `1. A project I am proud of.\n\n${ANSWER_A}\n\n2. Why do you want to leave?\n\n${ANSWER_B}\n\n3. Something I would do differently.\n\n${ANSWER_C}\n\n4. What motivates you?\n\n${ANSWER_A}\n`;
    assert.deepEqual(titles(text), ['1. A project I am proud of.', '2. Why do you want to leave?', '3. Something I would do differently.', '4. What motivates you?']);
    const steps = `2. Why do you want to leave?\n\n${ANSWER_B}\n\n4. What motivates you?\n\n${ANSWER_A}\n\n7. I rewrote the importer.\n\n${ANSWER_C}\n`;
    assert.ok(!titles(steps).includes('7. I rewrote the importer.'), 'a number out of the sequence fills no gap');
  });
});

void describe('segment: what repeats in a file is the answer unit (round 11)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('topic headings left empty among answered ones are answers still to write; the file title and a README are not', () => {
    const text = `## Introduce yourself\n\n${ANSWER_A}\n\n## Biggest failure\n\n## Leading a migration\n\n${ANSWER_B}\n\n## Conflict with a peer\n\n# Notes on the company\n\n\`\`\`\n- two rounds\n\`\`\`\n\n## Why this company\n\n## Where in five years\n`;
    assert.deepEqual(stories(text), ['Introduce yourself', 'Biggest failure', 'Leading a migration', 'Conflict with a peer', 'Why this company', 'Where in five years']);
    const readme = `# Ledger sync\n\nCopies ledger entries into the warehouse every night.\n\n## Install\n\nRun the installer and point it at the export folder. Settings live in a file beside the binary.\n\n## Usage\n\nThe sync runs at two in the morning. Rejected entries go to a file with the reason.\n\n## Roadmap\n\n## License\n`;
    assert.ok(!stories(readme).includes('Roadmap'), stories(readme).join(' | '));
  });

  void it('a numbered list of questions and topics over terse notes is one bank, items written with no blank line between them too', () => {
    const text = `# Manager round\n1. How would you handle a teammate who misses standups?\ntalk one to one first, agree a way to share status async\n2. Splitting a large epic\nslice by user value, first slice end to end in a week\n3. What do you do when two stakeholders disagree?\nget both in one room, write down each goal, let the owner decide\n4. Estimating new work\nspike for two days then a range\n`;
    const found = stories(text);
    assert.equal(found.length, 4, found.join(' | '));
    for (const t of ['2. Splitting a large epic', '4. Estimating new work']) assert.ok(found.includes(t), found.join(' | '));
  });

  void it('questions in Chinese without a question mark, as <summary> titles, are answered by the lines under them', () => {
    const d = (q: string, a: string): string => `<details>\n<summary>${q}</summary>\n${a}\n</details>\n\n`;
    const text = d('请做一下自我介绍', '我是一名后端开发，工作四年，主要负责订单系统，最近一年我带两个同事拆分了支付模块。') + d('你为什么想离开现在的公司', '我在现在的公司做了四年同一个系统，想去一个用户更多的团队继续成长。') + d('你的缺点', '我以前不太会拒绝别人，现在我会先看自己的排期再决定接不接新任务。');
    assert.deepEqual(stories(text), ['请做一下自我介绍', '你为什么想离开现在的公司', '你的缺点']);
  });

  void it('a group heading over one answer, beside groups over several, is a group too', () => {
    const text = `# Answers\n\n## About me\n\n### Tell me about yourself.\n\n${ANSWER_A}\n\n### Why do you want to work here?\n\n${ANSWER_B}\n\n## Hard moments\n\n### Tell me about a missed deadline.\n\n${ANSWER_C}\n\n### Describe a disagreement with your manager.\n\n${ANSWER_A}\n\n## Money\n\n### What are your salary expectations?\n\n${ANSWER_B}\n`;
    assert.deepEqual(stories(text), ['Tell me about yourself.', 'Why do you want to work here?', 'Tell me about a missed deadline.', 'Describe a disagreement with your manager.', 'What are your salary expectations?']);
  });
});

void describe('segment: a bank of questions with terse replies (round 12)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('titles that ask the candidate, each over a line of notes, are a bank: topics among them and one-line replies too', () => {
    const text = `# Final round\n\n### 1. Why do you want to move to a smaller company?\n\n- own more of the product\n- shorter release cycle\n\n### 2. Biggest failure\n\n- shipped a schema change without a rollback\n\n### 3. How do you handle a disagreement with your lead?\n\nAsk for the goal first, then bring data.\n\n### 4. What are your salary expectations?\n\nMarket rate for the level.\n`;
    assert.deepEqual(stories(text), ['1. Why do you want to move to a smaller company?', '2. Biggest failure', '3. How do you handle a disagreement with your lead?', '4. What are your salary expectations?']);
  });

  void it('Chinese titles that ask or name an interview topic, over one short line each, are a bank', () => {
    const text = `# 二面\n\n## 你为什么想换工作？\n\n想做用户更多的产品\n\n## 最难的项目\n\n订单系统拆分，三个月\n\n## 期望薪资\n\n按市场水平\n\n## 你有什么问题想问我们？\n\n- 团队规模是怎样的？\n- 试用期如何考核？\n`;
    assert.deepEqual(stories(text), ['你为什么想换工作？', '最难的项目', '期望薪资', '你有什么问题想问我们？']);
  });

  void it('a README whose headings ask about the tool, and a guide of tips under interview questions, are no bank of answers', () => {
    const readme = `# tidyqueue\n\nA job queue.\n\n## Why another queue?\n\nExisting ones needed Redis; this one runs on Postgres alone.\n\n## How do I install it?\n\nRun the package manager's install command, then the migration.\n\n## Does it retry?\n\nYes, three times.\n\n## License\n\nMIT\n`;
    assert.ok(stories(readme).length <= 1, stories(readme).join(' | '));
    const guide = `# Answering HR questions\n\n## Why do you want this job?\n\nMention the product and the team. Keep it under a minute.\n\n## What is your weakness?\n\nPick a real one and say what you do about it.\n\n## Salary expectations\n\nGive a range after researching the market.\n`;
    assert.ok(stories(guide).length <= 1, stories(guide).join(' | '));
  });
});

void describe('segment: the title of a file\'s one answer (round 12)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('a file name with nothing of its own over one interview question and its answer: the question titles it', () => {
    assert.deepEqual(stories(`# Prep\n\n## Tell me about your current role\n\n${ANSWER_A}\n`), ['Tell me about your current role']);
    assert.deepEqual(stories(`# Notes\n\n## Common questions\n\n### Why do you want to work here?\n\n${ANSWER_B}\n`), ['Why do you want to work here?']);
  });

  void it('a story named by its H1, told under a sub-heading that asks nothing of the candidate, keeps its H1', () => {
    assert.deepEqual(stories(`# The week the export broke\n\n## How it went\n\n${ANSWER_C}\n`), ['The week the export broke']);
    assert.deepEqual(stories(`# Prep\n\nA line of my own.\n\n## Tell me about your current role\n\n${ANSWER_A}\n`).length, 1);
  });
});

void describe('segment: a bank in a dress nobody listed, read from what repeats (round 13)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  const bank = (title: (t: string, k: number) => string): string => `# My answers\n\n${['Owning a slip', 'A hard conversation', 'Learning fast'].map((t, k) => `${title(t, k)}\n\n${[ANSWER_A, ANSWER_B, ANSWER_C][k]}`).join('\n\n')}\n`;
  void it('titles dressed alike by marks the parser has no name for open the answers', () => {
    const want = ['Owning a slip', 'A hard conversation', 'Learning fast'];
    assert.deepEqual(stories(bank((t) => `>> ${t}`)), want);
    assert.deepEqual(stories(bank((t) => `🔸 ${t}`)), want);
    assert.deepEqual(stories(bank((t) => `- **${t}**`)), want);
    assert.deepEqual(stories(bank((t) => t.toUpperCase())), want.map((t) => t.toUpperCase()));
    assert.deepEqual(stories(bank((t, k) => `(${k + 1}) ${t}`)), want);
  });

  void it('a term of a definition list and a title ending with a colon, each over its answer, open the answers', () => {
    assert.deepEqual(stories(`# Kept ready\n\nConflict\n: ${ANSWER_A}\n\nOwnership\n: ${ANSWER_B}\n\nFailure\n: ${ANSWER_C}\n`), ['Conflict', 'Ownership', 'Failure']);
    assert.deepEqual(stories(`# Kept ready\n\nConflict:\n${ANSWER_A}\n\nOwnership:\n${ANSWER_B}\n\nFailure:\n${ANSWER_C}\n`), ['Conflict:', 'Ownership:', 'Failure:']);
  });

  void it('the same dresses over text told to the reader or about a thing are no bank', () => {
    const guide = `# Preparing\n\n🔸 Pick stories\n\nYou will want six stories; write each down and keep your answers short so you finish in time.\n\n🔸 Practise\n\nSay them out loud so you notice where you ramble, and time yourself when you can.\n\n🔸 Questions\n\nHave two ready for your interviewer about the team and how they measure your success.\n`;
    assert.ok(stories(guide).length <= 1, stories(guide).join(' | '));
    const readme = `# notetool\n\n- **Fast search**\n\n  The index is rebuilt in the background, so a search over thousands of notes takes under a second with the usual syntax.\n\n- **Plain files**\n\n  Every note is a Markdown file in a folder of its own, readable by any other tool and easy to keep in version control.\n\n- **Links**\n\n  Notes link to each other, and the tool lists the links back to each note and the notes that share a tag.\n`;
    assert.ok(stories(readme).length <= 1, stories(readme).join(' | '));
  });

  void it('labels of notes inside answers to questions of another dress are not the answers', () => {
    const text = `# Prep\n\n**1) What are your strengths?**\n\n**Technical:**\n\n${ANSWER_A}\n\n**People:**\n\n${ANSWER_B}\n\n---\n**2) Tell me about a failure.**\n\n${ANSWER_C}\n\n**3) Where do you see yourself in five years?**\n\n**Short term:**\n\n${ANSWER_A}\n\n**Long term:**\n\n${ANSWER_B}\n`;
    const got = segmentUnits(text).map((u) => u.text);
    assert.ok(!got.includes('Technical:') && !got.includes('People:'), got.join(' | '));
  });
});

void describe('segment: questions for the interviewer written as headings (round 13)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('are the items of one list, after a heading that names it or in a run, not answers of their own', () => {
    const listed = `# Final round\n\n## Tell me about your current role\n\n${ANSWER_A}\n\n## Questions to ask them\n\n## What would I own in my first month?\n\n## How does the team plan its quarter?\n\nAsk the manager, not the recruiter.\n\n## How will my work be reviewed?\n`;
    assert.equal(stories(listed)[0], 'Tell me about your current role');
    assert.deepEqual(stories(listed).filter((t) => /own in my first|plan its quarter|my work be reviewed/u.test(t)), [], stories(listed).join(' | '));
    const run = `### Why do you want to work here?\n\n${ANSWER_B}\n\n### Will I have a mentor when I start?\n\n### How is the team split between features and maintenance?\n`;
    assert.deepEqual(stories(run), ['Why do you want to work here?']);
  });

  void it('a question that names the team, answered by its writer or put to the candidate, stays an answer', () => {
    const bank = `## How does the team handle incidents at night?\n\nI set up the rota on my last team and we cut pages by half after I removed two noisy alerts with their owners.\n\n## How do you help new hires?\n\n- a buddy for the first week\n- a starter ticket that ships\n\n## How do you keep the team aligned?\n\n- weekly demo\n- one page of decisions\n`;
    assert.equal(stories(bank).length, 3, stories(bank).join(' | '));
  });
});

void describe('segment: a run of sibling headings that ask (round 15)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('is a bank when one of them at least is answered, whatever the ask\'s language or dress', () => {
    const zh = `# 面试准备\n\n## 说说你自己\n\n## 为什么想换工作\n\n## 讲一下你最有成就感的项目\n\n我负责把订单服务拆成三个服务，三个月迁完，没有停机。\n\n## 期望薪资\n\n## 谈谈你的职业规划\n`;
    assert.deepEqual(stories(zh), ['说说你自己', '为什么想换工作', '讲一下你最有成就感的项目', '期望薪资', '谈谈你的职业规划']);
  });

  void it('holds no answer when nothing but questions is under them', () => {
    const asked = `# HR 面试题\n\n## 讲一下你最近负责的项目\n\n## 为什么想换工作\n\n## 谈谈你的职业规划\n\n> 追问：如果需要连续加班一周，你会怎么安排？\n`;
    assert.ok(stories(asked).length <= 1, stories(asked).join(' | '));
  });
});

void describe('segment: answers folded in <details> (round 15)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('each <summary> titles its answer, its HTML part headings and sub-titles inside the fold, its closing tag on the next line or not', () => {
    const fold = (q: string, close: string): string => `<details>\n  <summary><b>${q}${close}</summary>\n  <h3>Situation</h3>\n<p>${ANSWER_A}</p>\n\n<h3>Action</h3>\n<p>${ANSWER_B}</p>\n\n<h3>Result</h3>\n<p>${ANSWER_C}</p>\n\n<h3>Conclusion</h3>\n<p>I learned to ask early.</p>\n</details>\n\n`;
    const text = `## My answers\n${fold('1. Tell me about a time you learned something fast.', '</b>')}${fold('2. How do you handle criticism?   ', '\n</b>')}${fold('3. Describe a disagreement with a teammate.', '</b>')}`;
    const got = stories(text);
    assert.equal(got.length, 3, got.join(' | '));
    assert.ok(got.every((t) => /^\d\. /u.test(t)), got.join(' | '));
  });
});

void describe('segment: titles that ask without a question mark (round 15)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('asksCandidate: a question, a prompt, a polite prompt, a question word put to "you"; not a topic\'s name', () => {
    eachHolds(asksCandidate, ['Why this team?', 'Describe a time you failed', 'Please tell us about your front-end experience.', "What's got you interested in working here", 'Q3. When is the last time you learned a tool fast']);
    eachFails(asksCandidate, ['Strengths', 'Weaknesses', 'What I learned', 'How to install it', 'Our onboarding']);
  });

  void it('bold asks, one wrapped over lines, over answers in paragraphs are a bank', () => {
    const text = `**What's got you interested in working here**\n\n${ANSWER_A}\n\n**What kind of team do you need to do your best\nwork**\n\n${ANSWER_B}\n\n**Can you tell us about the system you work on now? What is its purpose, who are its users,\nhow complex is it, and what is your role in building it? Are you\nclient-facing? How large is the team around you and how do you plan work?**\n\n${ANSWER_C}\n`;
    assert.equal(stories(text).length, 3, stories(text).join(' | '));
  });
});

void describe('parse: a legend of the parts before any heading (round 15)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('"**Situation → Approach → Result**" over question headings marks no part: each heading is an answer', () => {
    const q = (n: number, ask: string, answer: string): string => `# ${n}. ${ask}\n\n### Answer\n\n${answer}\n\n### Implementation\n\n* one repo\n* one pipeline\n\n### Benefits\n\n* faster rollbacks\n* less drift\n\n`;
    const text = `\n**Situation → Approach → Tools → Result**\n\n---\n\n${q(1, 'How did you split the deploy pipeline?', ANSWER_A)}${q(2, 'How do you keep Terraform state safe?', ANSWER_B)}${q(3, 'How do you roll back a failed release?', ANSWER_C)}`;
    assert.equal(stories(text).filter((t) => /^\d\. /u.test(t)).length, 3, stories(text).join(' | '));
  });
});

void describe('parse: list items that ask in a word or two (round 15)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('"- What ????", "- Why ????", "- Impact ????" are the prompts of one answer\'s parts, not a bank', () => {
    const text = `### Tell me about your current project\n\n#### Opportunity Module\n- What ????\n\t- a platform that shows merchants what to fix first\n- Why ????\n\t- merchants pulled the data by hand every week\n- Your Role ????\n\t- I led the backend and worked with two designers\n- Impact ????\n\t- time spent on reports fell from a day to an hour\n\n#### Self Service Platform\n- What ????\n\t- a portal where teams onboard their own data\n- Why ????\n\t- onboarding waited on our team for weeks\n`;
    const got = stories(text);
    assert.ok(!got.some((t) => /\?/u.test(t) && t.length < 20), got.join(' | '));
  });
});

void describe('parse: plain title lines that number their story (round 15)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('"story 6:" with nothing after the colon, and a long "story 8: (tags…)", title the labelled parts under them', () => {
    const one = (n: number, tags: string): string => `story ${n}: ${tags}\nsituation: the nightly build failed twice a week and nobody owned it.\naction: I traced it to a shared cache, split it per job and wrote the fix up for the team.\nresult: no failed nightly build in the next two months.\n\n`;
    const text = `## stories\n\n${one(5, '(emotional control)')}${one(6, '')}${one(7, '(leadership)')}${one(8, '(initiative, go beyond, insist on the highest standard, ownership, thinking of the long term interest)')}`;
    const got = stories(text);
    assert.ok(got.some((t) => /^story 6/u.test(t)) && got.some((t) => /^story 8/u.test(t)), got.join(' | '));
  });
});

void describe('parse: terse replies in a bank of questions (round 17)', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  void it('a topic heading over one line of notes among questions replied as tersely is an answer of the bank', () => {
    const text = `# Loop notes\n\n## Why do you want to leave?\n\n- my team was merged into another org\n- want to own a service again\n\n## Tell me about an outage you handled.\n\n- queue filled up, 30 min down\n- added a limit + alert\n\n## Worst mistake\n\n- ran a migration with no way back\n\n## What would your manager say about you?\n\n- steady, sometimes quiet in planning\n`;
    assert.deepEqual(stories(text), ['Why do you want to leave?', 'Tell me about an outage you handled.', 'Worst mistake', 'What would your manager say about you?']);
  });
  void it('numbered Japanese headings that ask without a question mark, each over a note of a line, are four answers', () => {
    const text = `# 面接メモ\n\n### 1. なぜ弊社を志望しましたか\n\n- 決済の仕組みを作りたい\n\n### 2. 学生時代に力を入れたこと\n\nゼミの発表会の運営。二か月で準備した。\n\n### 3. 一番難しかったことは何ですか\n\n締め切り前の調整\n\n### 4. チームでの役割\n\nまとめ役。\n`;
    assert.equal(stories(text).length, 4, stories(text).join(' | '));
  });
  void it('a code block of slots under a heading among terse answers is no answer', () => {
    const text = `# Prep\n\n## Why this team?\n\n- infra work I can see the users of\n\n## Biggest failure\n\n- shipped on a Friday, rolled back Saturday\n\n## Template\n\n\`\`\`\nSituation: [where]\nResult: [what changed]\n\`\`\`\n\n## Where do you see yourself in three years?\n\n- leading the platform group\n`;
    assert.ok(!stories(text).includes('Template'), stories(text).join(' | '));
  });
  void it('an FAQ about interviewing, questions put to no candidate over one-line explanations, holds no answer', () => {
    const text = `# Interviews, briefly\n\n## What is a behavioral interview?\n\nA conversation about how the candidate acted before.\n\n## What does STAR stand for?\n\nSituation, task, action, result.\n\n## How long should one answer take?\n\nAbout two minutes.\n\n## What happens after the loop?\n\nThe panel compares notes within a week.\n`;
    assert.deepEqual(stories(text), []);
  });
});

void describe('segment: a legend of the parts is no answer', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  const ANSWER = (title: string): string => `## ${title}\n\n**Situation:** Our release took two days by hand.\n**Task:** My lead asked me to get it under half a day.\n**Action:** I scripted signing and upload with Priya from QA.\n**Result:** Releases take three hours now.\n\n`;
  void it('part labels that define the parts, under a title that asks nothing, are a legend; answers beside it stay', () => {
    const text = `# Prep\n\n## The format\n\n- Situation: the context, in two sentences\n- Task: what you were responsible for\n- Action: the steps you took\n- Result: what changed, with a number\n\n${ANSWER('Fixing the release')}${ANSWER('Fixing it again')}`;
    assert.deepEqual(stories(text), ['Fixing the release', 'Fixing it again']);
    const spanish = `## El método STAR\n\n- **Situación:** el contexto, en una o dos frases.\n- **Tarea:** qué tenías que conseguir tú.\n- **Acción:** qué hiciste paso a paso.\n- **Resultado:** qué cambió, con cifras.\n\n${ANSWER('Fixing the release')}${ANSWER('Fixing it again')}`;
    assert.deepEqual(stories(spanish), ['Fixing the release', 'Fixing it again']);
  });
  void it('the same definitions under a question are that answer left to write; a slot or a sample told under each makes an answer', () => {
    const glosses = [' the context, in two sentences\n', ' what you were responsible for\n', ' the steps you took\n', ' what changed\n'];
    assert.equal(partsDefined(glosses, 'The format'), true);
    assert.equal(partsDefined(glosses, 'Tell me about a missed deadline.'), false);
    assert.equal(partsDefined([' [the context]\n', ...glosses.slice(1)], 'The format'), false);
    assert.equal(partsDefined([' the context.\n\n  Mon équipe devait migrer la base en trois semaines.\n', ...glosses.slice(1)], 'The format'), false);
  });
  void it('terse glosses that tell what happened are an answer, not a legend', () => {
    const glosses = [' checkout API timed out under peak load\n', ' restore checkout before the evening\n', ' raised the pool cap, added a circuit breaker\n', ' failures under 0.5% in 40 minutes\n'];
    assert.equal(partsDefined(glosses, 'Payments outage'), false);
    const text = `# Payments outage\n\n- Situation: checkout API timed out under peak load\n- Task: restore checkout before the evening\n- Action: raised the pool cap, added a circuit breaker\n- Result: failures under 0.5% in 40 minutes\n`;
    assert.equal(parseFile(text, 'outage.md', TEST_CONFIG).stories.length, 1);
  });
});

void describe('segment: bold lines that name a version of the answer', () => {
  const stories = (text: string): string[] => parseFile(text, 'r.md', TEST_CONFIG).stories.map((s) => s.title);
  const run = (what: string): string => `- Situation: our search cluster fell over ${what}.\n- Task: I had to move it.\n- Action: I ran both clusters with Lena.\n- Result: pages fell from 9 to 1 a month.\n`;
  void it('"**Short version**" / "**Long version**" under a heading are two answers, each said as it stands (round 55)', () => {
    const text = `# Drafts\n\n## Moving search\n\n**Short version**\n${run('twice a month')}\n**Long version**\n${run('every other week')}\n## Pushing back on a date\n\n**Short version**\n${run('again')}\n**Long version**\n${run('once more')}`;
    assert.deepEqual(stories(text), ['Short version', 'Long version', 'Short version', 'Long version']);
    const timed = `# Drafts\n\n## Moving search\n\n**2-minute version**\n${run('twice a month')}\n**4-minute version**\n${run('every other week')}`;
    assert.deepEqual(stories(timed), ['2-minute version', '4-minute version']);
  });
  void it('versions at two lengths under sub-headings are two answers, in any language; other tellings stay one answer', () => {
    const say = (what: string): string => `I moved our search cluster ${what} with Lena, and pages fell from nine a month to one.\n`;
    const two = (a: string, b: string): string => `# Answers\n\n## Tell me about a migration\n\n### ${a}\n\n${say('in a week')}\n### ${b}\n\n${say('in a week, running both clusters side by side until the numbers matched')}`;
    assert.deepEqual(stories(two('Short version', 'Longer version')), ['Short version', 'Longer version']);
    assert.deepEqual(stories(two('Versión corta', 'Versión larga')), ['Versión corta', 'Versión larga']);
    assert.deepEqual(stories(two('简短版', '详细版')), ['简短版', '详细版']);
    assert.equal(stories(two('English', '中文')).length, 1, 'one answer written in two languages');
    assert.equal(stories(two('Weak answer', 'Strong answer')).length, 1, 'a weak and a strong telling under a question');
  });
  void it('reads a name of a telling by its length, and not a title that only holds a length word', () => {
    eachHolds(namesLength, ['Short version', 'Longer version', 'Extended answer', '2-minute version', '30 seconds', 'TL;DR', 'Versión corta', 'Version longue', '简短版', '짧은 버전', '短いバージョン']);
    eachFails(namesLength, ['Why do you want a short commute?', 'Long-running migration', 'English version', 'Strong answer', 'The full story of the outage we had last spring']);
  });
  void it('bold titles that only hold an answer word among their topic words stay titles', () => {
    const text = `# Bank\n\n**Response time incident**\n${run('on Friday')}\n**Answering an escalation**\n${run('on Monday')}`;
    assert.deepEqual(stories(text), ['Response time incident', 'Answering an escalation']);
  });
});

void describe('segment: questions of knowledge are no answers', () => {
  void it('reads what a thing is, how it works and how two differ, in several languages, and not a question put to the candidate', () => {
    eachHolds(asksAboutConcept, ['Q2: What is the difference between `==` and `.equals()`?', 'What is DHCP', '什么是闭包？', 'require와 import의 차이점', 'REST APIとは？', '¿Qué es un índice?', "Qu'est-ce que le DNS ?", 'Was ist ein Container?']);
    eachFails(asksAboutConcept, ['What is your greatest weakness?', 'What is the hardest bug you have fixed?', 'What is success?', '지원 동기는 무엇인가요?', '未来的职业规划是什么', '¿Qué es lo más importante de lo que aún no hemos hablado?', 'Tell me about a time you failed.']);
  });
  void it('drops the explanations of a technical section of a bank and keeps its behavioral answers', () => {
    const text = [
      '# Prep',
      '',
      '## Behavioral',
      '',
      '### Tell me about a time you owned a rollout.',
      '',
      ANSWER_A,
      '',
      '## Java',
      '',
      '### What is the difference between a list and a set?',
      '',
      'A list keeps order and duplicates; a set keeps each element once and may not keep order.',
      '',
      '### How does a HashMap work?',
      '',
      'It hashes the key to pick a bucket and chains entries that share one, resizing when it is three quarters full.',
      '',
      '### Can you explain how you secured your endpoints?',
      '',
      'I used JWT tokens that expire after fifteen minutes, checked by a filter on every request.',
      '',
    ].join('\n');
    const titlesFound = parseFile(text, 'prep.md', TEST_CONFIG).stories.map((s) => s.title);
    assert.deepEqual(titlesFound, ['Tell me about a time you owned a rollout.']);
  });
});

void describe('segment: a bank that answers none of its questions', () => {
  void it('holds no answer when every kept title is empty, and keeps the empty ones of a bank that answers one', () => {
    const none = ['# Questions', '', '## Tell me about yourself.', '', '## Why do you want to leave?', '', '> Check that they know the products.', '', '## Describe a conflict with a teammate.', ''].join('\n');
    assert.equal(parseFile(none, 'q.md', TEST_CONFIG).stories.length, 0);
    const one = ['# Answers', '', '## Tell me about yourself.', '', ANSWER_A, '', '## Why do you want to leave?', '', '## Describe a conflict with a teammate.', ''].join('\n');
    assert.equal(parseFile(one, 'a.md', TEST_CONFIG).stories.length, 3);
  });
  void it('reads coaching to the reader in another language as no answer', () => {
    const text = [
      '# Perguntas',
      '',
      '### Tell me about a time you failed.',
      '',
      ANSWER_B,
      '',
      '### Where do you see yourself in five years?',
      '',
      'Essa pergunta é muito pessoal. Você pode falar sobre seus planos e sua vontade de crescer, mas seja honesto com você mesmo e com a sua equipe.',
      '',
    ].join('\n');
    assert.deepEqual(parseFile(text, 'p.md', TEST_CONFIG).stories.map((s) => s.title), ['Tell me about a time you failed.']);
  });
});

void describe('segment: a list of questions is no bank of answers', () => {
  void it('lines under each numbered question that only ask more questions answer none of them', () => {
    const text = ['<일반면접>', '~~1. 1분 자기소개 부탁드립니다. (O)~~', '~~2. 왜 이 직무에 지원했나요? (O)~~', '3. ~~강점이 무엇인가요?~~', '4. 실패한 경험을 설명해보세요.', '~~5. 동료와의 갈등을 해결한 경험이 있나요?~~', '6. ~~입사 후 포부를 알려주세요.~~', '7. 우리 회사에 어떤 도움을 줄 수 있나요?', '~~8. 야근을 지시한다면 어떻게 할 것인가? (O)~~', '9. ~~최근 관심 있는 기술은 무엇인가요?~~', ''].join('\n');
    assert.equal(parseFile(text, 'k.md', TEST_CONFIG).stories.length, 0);
  });
  void it('keeps a list of questions for the interviewer', () => {
    const text = ['# Notes', '', '## Tell me about yourself.', '', ANSWER_C, '', '## Questions to ask', '', '- What does a typical day look like?', '- How does the team plan its work?', '- What will I work on first?', ''].join('\n');
    assert.equal(parseFile(text, 'n.md', TEST_CONFIG).stories.length, 2);
  });
});

void describe('segment: layouts read from the file itself (round 20)', () => {
  void it('takes the question field word of other languages, and not a word that also names a problem', () => {
    assert.equal(delimiterOf('问：请介绍一下你自己。', 0, true)?.dress, 'field:p:问');
    assert.equal(delimiterOf('Frage: Warum wollen Sie wechseln?', 0, true)?.dress, 'field:p:frage');
    assert.equal(delimiterOf('**Вопрос 2:** Расскажите о конфликте.', 0, true)?.dress, 'field:b:вопросN');
    assert.notEqual(delimiterOf('问题：数据库每天凌晨都会超时', 0, true)?.dress.startsWith('field:'), true);
  });
  void it('reads a quotation over several paragraphs as one answer: a line of it that asks titles nothing', () => {
    const text = [
      'My spoken answers',
      '1️⃣ A release breaks login for some users',
      '',
      '“First I would check how many users are affected and since when.',
      '',
      'Is it every browser, or only one?',
      '',
      'Then I would roll back if the fix is not obvious within fifteen minutes.”',
      '',
      '2️⃣ A teammate misses a deadline that blocks you',
      '',
      '“I would ask him privately what got in the way.',
      '',
      'What can I take off his plate this week?',
      '',
      'If it keeps happening, I would raise it with our lead, with dates.”',
      '',
    ].join('\n');
    assert.deepEqual(titles(text), ['1️⃣ A release breaks login for some users', '2️⃣ A teammate misses a deadline that blocks you']);
  });
  void it('reads sibling headings that qualify one answer word as tellings of the question over them', () => {
    const text = ['# Prep', '', '## ¿Cuál es tu mayor debilidad?', '', '### ❌ Respuesta Mala', '"Soy perfeccionista."', '', '### ✅ Respuesta Buena', ANSWER_A, '', '## ¿Por qué quieres cambiar?', '', '### ❌ Respuesta Mala', 'Por el dinero.', '', '### ✅ Respuesta Buena', ANSWER_B, ''].join('\n');
    assert.deepEqual(parseFile(text, 'es.md', TEST_CONFIG).stories.map((s) => s.title), ['¿Cuál es tu mayor debilidad?', '¿Por qué quieres cambiar?']);
    // Under a document's title that asks nothing, two sample answers are two answers.
    const two = ['# Sample answers from the workshop', '', '## Answer A (structured)', '', ANSWER_A, '', '## Answer B (rambling)', '', ANSWER_B, ''].join('\n');
    assert.equal(parseFile(two, 'two.md', TEST_CONFIG).stories.length, 2);
  });
  void it('reads bold titles of one series as answers however few of their labels name a part', () => {
    const text = [
      '## Handling scope pressure',
      '',
      '**Example 1: Search relaunch**',
      '- **Situation**: The launch date was fixed and two features were unbuilt.',
      '- **Action**: I cut saved searches and shipped the filters first.',
      '- **Result**: We launched on the date; saved searches followed three weeks later.',
      '',
      '**Example 2: Billing rewrite**',
      '- **Situation**: The billing rewrite was three months late.',
      '- **Dilemma**: Keep going, or patch the old system for a year.',
      '- **Call**: I split the rewrite so invoices moved first.',
      '',
    ].join('\n');
    assert.deepEqual(parseFile(text, 'ex.md', TEST_CONFIG).stories.map((s) => s.title), ['Example 1: Search relaunch', 'Example 2: Billing rewrite']);
  });
});

void describe('segment: instructions to the reader are no answer (instructsReader)', () => {
  void it('reads guidance in the imperative, to "you" or about answering, as no answer', () => {
    assert.equal(instructsReader('Be honest but show ambition. Link it to the role.\n', 'The five-year question'), true, 'a manner, then a bare verb the tagger calls a noun');
    assert.equal(instructsReader('**Guidelines:**\n- Pick a real technical difficulty\n- Focus on what you learned, not the frustration\n- Use STAR: Situation → Task → Action → Result\n', 'Prep notes'), true);
    assert.equal(instructsReader('- Keep each answer under two minutes\n- Pause before answering\n- Practise out loud the night before\n', 'Delivery'), true);
  });
  void it('keeps answers: first person, notes told in the past, plans, a way of working, notes on the work', () => {
    assert.equal(instructsReader('Be honest. I told my lead the release would slip and we cut scope.\n', 'A hard call'), false, 'the speaker tells');
    assert.equal(instructsReader('- Action: Migrated the read path to DynamoDB\n- Result: Latency dropped to 200 ms\n', 'Performance'), false, 'labels taken off: told in the past');
    assert.equal(instructsReader('Meet every engineer. Read the incident reviews. Be visible in standups.\n', 'What would you do in your first week here?'), false, 'a plan is steps');
    assert.equal(instructsReader('Cut scope first, not quality. Tell the stakeholders on day one what will slip.\n', 'How do you handle tight deadlines?'), false, 'bare steps about the work, not about answering');
    assert.equal(instructsReader('- use blue green deployment\n- identify the root cause\n- fix gaps in the review process\n', 'Rolling back a bad deployment'), false);
    assert.equal(instructsReader('- Ask how the team plans its work?\n- Ask what a good first quarter looks like?\n', 'Questions for the employer'), false, 'a list of questions');
    assert.equal(instructsReader('Sé honesto. Relaciona tu respuesta con el puesto.\n', 'Consejos'), false, 'English only (the tagger\'s language)');
    assert.equal(instructsReader('Mention your strengths relevant to the job. Be confident and keep it short.\n', 'What are your strengths?'), false, 'under a question put to the candidate: their reply, whatever its mood');
  });
});

void describe('segment: a body the writer files under guidance is no answer (guidanceOnly)', () => {
  void it('reads a title or an opening label of guidance, in any language, with nobody speaking', () => {
    assert.equal(guidanceOnly('**回答提示：** 一般人回答这个问题过于平常，只说姓名、年龄、工作经验，这些在简历上都有。\n', '请做一下自我介绍'), true);
    assert.equal(guidanceOnly('- Tip: name the metric and the size of the change.\n- Avoid: vanity metrics such as page views.\n', 'Tell me about a time you used data to change a mind.'), true);
    assert.equal(guidanceOnly('- **Cultural Fit** - Will you work well with the team?\n- **Motivation** - Why do you want this job?\n', '🎯 What HR Looks For'), true);
    assert.equal(guidanceOnly('1. **Jeda sebentar** sebelum menjawab\n2. **Minta klarifikasi** jika pertanyaan kurang jelas\n', 'Tips Umum Menjawab Pertanyaan Sulit'), true);
  });
  void it('keeps what a speaker says, and bodies with no label of guidance', () => {
    assert.equal(guidanceOnly('I always ask for the scope first.\n', 'Tips I learned'), false, 'the speaker tells');
    assert.equal(guidanceOnly('Tip: I learned to say it early. Last year I missed a deadline because I did not ask for help.\n', 'Tell me about a failure'), false);
    assert.equal(guidanceOnly('提示：我去年负责支付系统，把对账时间从一天缩短到两小时。\n', '讲一个你做成的项目'), false, 'the speaker in Chinese');
    assert.equal(guidanceOnly('Migrated the billing job to a queue; cut the run from six hours to forty minutes.\n', 'Biggest win'), false);
    assert.equal(guidanceOnly('', 'Tips'), false, 'nothing under it');
  });
});

void describe('segment: a label headed by a guidance noun files guidance, whatever qualifies it', () => {
  void it('reads "Answer hint:", "Interview tips:", "Quick pointers:" as guidance when nobody speaks', () => {
    assert.equal(guidanceOnly('  - *Answer Hint:* Use STAR. Cover the data volume and how the design scaled.\n', 'Tell me about a pipeline you built.'), true);
    assert.equal(guidanceOnly('**Interview tips:** keep it under two minutes and end on the result.\n', 'Why this company?'), true);
    assert.equal(guidanceOnly('Quick pointers: name the team size, then the deadline.\n', 'Describe a tight deadline.'), true);
  });
  void it('keeps an answer field and a speaker', () => {
    assert.equal(guidanceOnly('**Answer:** Use of queues cut our nightly run from six hours to one.\n', 'Tell me about a pipeline you built.'), false, 'an answer field, not a hint');
    assert.equal(guidanceOnly('*Answer hint:* I led the rebuild of the export and we halved its run time.\n', 'Tell me about a pipeline you built.'), false, 'the speaker tells');
  });
});

void describe('segment: in a guide whose units mostly coach, a unit in which nobody speaks coaches too', () => {
  const unit = (q: string, note: string): string => `### ${q}\n\n${note}\n\n`;
  void it('drops the quieter notes of a coaching list along with the plain advice', () => {
    const guide =
      '# Practice questions\n\n' +
      unit('1. Tell me about yourself.', 'Give a short overview of your background and say why you fit the role.') +
      unit('2. What are your strengths?', 'Pick two strengths and back each with an example from your work.') +
      unit('3. Why did you leave your last job?', 'Stay positive and focus on what you want to grow into next.') +
      unit('4. What would colleagues say about you?', 'Reliability, calm under pressure, good relationships with the team.');
    assert.deepEqual(parseFile(guide, 'guide.md', TEST_CONFIG).stories.map((s) => s.title), []);
  });
  void it('keeps a unit in which the teller speaks, and a bank of answers', () => {
    const mixed =
      '# Practice questions\n\n' +
      unit('1. Tell me about yourself.', 'Give a short overview of your background and say why you fit the role.') +
      unit('2. What are your strengths?', 'Pick two strengths and back each with an example from your work.') +
      unit('3. Why did you leave your last job?', 'I moved cities and wanted a team that ships weekly; my old one shipped twice a year.');
    assert.deepEqual(parseFile(mixed, 'mixed.md', TEST_CONFIG).stories.map((s) => s.title), ['3. Why did you leave your last job?']);
    const bank =
      '# My answers\n\n' +
      unit('Strengths', 'Calm under pressure; good at turning vague asks into a plan.') +
      unit('Weakness', 'Said yes to too much; now I check my week before I agree to anything.') +
      unit('Why this company', 'Its billing product is the one I used at my last two jobs.');
    assert.equal(parseFile(bank, 'bank.md', TEST_CONFIG).stories.length, 3);
  });
});

void describe('segment: topic headings of a bank in another language', () => {
  void it('reads each topic named in Spanish, German or French as an answer, answered or left to write', () => {
    const es = '# Entrevista de trabajo\n\n### Preséntate\n\nSoy diseñadora desde hace seis años y ahora llevo el equipo de producto de una tienda en línea.\n\n### Mis fortalezas\n\n### Expectativas salariales\n\nCuarenta mil al año, según lo que ofrezcan en formación.\n';
    assert.deepEqual(parseFile(es, 'es.md', TEST_CONFIG).stories.map((s) => s.title), ['Preséntate', 'Mis fortalezas', 'Expectativas salariales']);
    const de = '# Vorstellungsgespräch\n\n## Über mich\n\nIch bin Elektriker und arbeite seit vier Jahren in einem kleinen Betrieb in Köln.\n\n## Stärken & Schwächen\n\nIch bin geduldig, aber ich sage zu selten nein, wenn jemand Hilfe braucht.\n\n## Gehaltsvorstellung\n';
    assert.deepEqual(parseFile(de, 'de.md', TEST_CONFIG).stories.map((s) => s.title), ['Über mich', 'Stärken & Schwächen', 'Gehaltsvorstellung']);
  });
  void it('leaves a document whose sections are not such topics alone', () => {
    const doc = '# Projektbericht\n\n## Ziel des Projekts\n\nDie Anwendung soll Rechnungen automatisch prüfen.\n\n## Architektur\n\nEin Dienst liest die Dateien, ein zweiter prüft sie.\n\n## Ergebnisse\n\nDie Prüfung dauert jetzt zwei Minuten.\n';
    assert.ok(parseFile(doc, 'doc.md', TEST_CONFIG).stories.length <= 1);
  });
});

void describe('parse: part labels come as a set, so a lone top heading that reads as one is a section', () => {
  void it('reads "# Motivation" among "# About me", "# Work", "# Closing" as a section, not a part of one story', () => {
    const doc =
      '# About me\n\n## Where I come from\n\nI grew up near the coast and studied engineering there.\n\n## What I do now\n\nI teach maths online to adults in the evenings.\n\n' +
      '# Motivation\n\n## Why nursing\n\nI cared for my grandmother for two years and found I was good at it.\n\n## Why this city\n\nMy sister lives here and the hospital trains people well.\n\n' +
      '# Work\n\n## Shifts\n\nI can work nights and weekends.\n\n# Closing\n\n## Questions for you\n\nHow are new staff paired with mentors?\n';
    const stories = parseFile(doc, 'sections.md', TEST_CONFIG).stories;
    assert.ok(stories.every((s) => s.parts.every((p) => p.label !== 'Motivation')), 'no part marked by the section heading');
    assert.ok(stories.every((s) => !(s.range.start.line === 1 && s.range.end.line >= 31)), 'no one story swallows every section');
  });
  void it('keeps top headings that are a story\'s parts when two or more of them are labels', () => {
    const doc = '# Cutting the deploy time\n\n# Situation\n\nOur deploys took forty minutes.\n\n# Action\n\nI split the test suite across four runners.\n\n# Result\n\nDeploys now take nine minutes.\n\n# Notes\n\nAsked twice at onsite loops.\n';
    const stories = parseFile(doc, 'parts.md', TEST_CONFIG).stories;
    assert.equal(stories.length, 1);
    assert.deepEqual(stories[0].parts.map((p) => p.name), ['setup', 'approach', 'outcome']);
  });
});

void describe('parse: choosing between one answer and the answers under its sub-headings', () => {
  const answer = (what: string): string => `I ${what}, and my team of four shipped it in a month after I split the work into small weekly releases we could test and roll back.`;
  void it('reads the sub-headings as answers when the title over them has one stray part label of its own', () => {
    const doc =
      '# Prep notes for the analytics role\n\n## Goal\n\nLand an analyst job this spring.\n\n' +
      `### Question 1: "Walk me through your project"\n\n${answer('rebuilt the sales dashboard')}\n\n**Result:** support tickets fell by a third.\n\n` +
      `### Question 2: "How did you handle missing data?"\n\n${answer('wrote the cleaning rules for the order feed')}\n\n` +
      `### Question 3: "What was your biggest challenge?"\n\n${answer('moved the reports off the old warehouse')}\n\n**Lesson:** test the slow queries first.\n`;
    const stories = parseFile(doc, 'prep.md', TEST_CONFIG).stories;
    assert.deepEqual(stories.map((s) => s.title), ['Question 1: "Walk me through your project"', 'Question 2: "How did you handle missing data?"', 'Question 3: "What was your biggest challenge?"']);
    assert.deepEqual(stories.map((s) => s.parts.map((p) => p.name)), [['outcome'], [], ['learning']]);
  });
  void it('keeps one answer when the title over the sub-headings asks the question they answer', () => {
    const doc =
      '# Why do you want to work here?\n\n## Why this company\n\nI have used your app for two years and I trust it.\n\n' +
      '## Why this role\n\nThe role is on the invoicing team, the part of the product I know best.\n\n## Why now\n\nI want my work to reach users within weeks.\n';
    assert.equal(parseFile(doc, 'why.md', TEST_CONFIG).stories.length, 1);
  });
});

void describe('parse: sibling headings numbered in a run are the writer\'s units', () => {
  const body = (what: string): string => `I ${what} for our booking site, and my team of three shipped it in two weeks after I split the work into small releases we could test every day.`;
  void it('reads each numbered heading over a spoken-length body as an answer, with parts or without', () => {
    const doc =
      '# Career notes\n\n## Acme — Senior Engineer (2021 – now)\n\n' +
      `### 1. Referral program\n\n${body('rebuilt the referral pages')}\n\n### 2. Legacy screens\n\n**Problem:** ${body('found the old screens broke on phones')}\n\n` +
      `### 3. Cloud bill\n\n${body('cut the cloud bill')}\n\n### 4. Checkout\n\n${body('redid the checkout')}\n\n**Result:** conversion rose by a fifth.\n\n` +
      `### 5. Search\n\n${body('added search filters')}\n\n## Earlier — Engineer (2018 – 2021)\n\nSmaller work on the booking pages.\n`;
    const titles = parseFile(doc, 'cv.md', TEST_CONFIG).stories.map((s) => s.title);
    assert.deepEqual(titles, ['1. Referral program', '2. Legacy screens', '3. Cloud bill', '4. Checkout', '5. Search']);
  });
  void it('keeps the numbered title over a sub-heading that names the answer ("### Model answer")', () => {
    const model = (n: number, q: string, what: string): string => `## ${n}. "${q}"\n\n### Model answer\n\n${body(what)}\n\n`;
    const doc = model(1, 'Tell me about a time you cut costs.', 'cut the cloud bill') + model(2, 'Tell me about a time you fixed a process.', 'fixed the release process') + model(3, 'Tell me about a mistake you made.', 'broke the booking page and fixed it');
    const titles = parseFile(doc, 'model.md', TEST_CONFIG).stories.map((s) => s.title);
    assert.deepEqual(titles, ['1. "Tell me about a time you cut costs."', '2. "Tell me about a time you fixed a process."', '3. "Tell me about a mistake you made."']);
  });
  void it('does not read numbered headings with a few words each as answers', () => {
    const doc = '# Checklist\n\n## 1. Research\n\nRead the site.\n\n## 2. Stories\n\nPick three.\n\n## 3. Logistics\n\nCheck the room.\n';
    assert.ok(parseFile(doc, 'list.md', TEST_CONFIG).stories.length <= 1);
  });
});

void describe('parse: a dialogue\'s interviewer lines open answers', () => {
  void it('reads "**Interviewer**: …" over "**Candidate**: …" pairs as one answer each', () => {
    const pair = (q: string, a: string): string => `**Interviewer**: ${q}\n\n**Candidate**: ${a}\n\n`;
    const doc = '# Mock interview\n\n' + pair('Why do you want this job?', ANSWER_A) + pair('Tell me about a time you fixed a process.', ANSWER_B) + pair('How do you handle a tight budget?', ANSWER_C);
    const stories = parseFile(doc, 'dialogue.md', TEST_CONFIG).stories;
    assert.equal(stories.length, 3);
    assert.match(stories[1].title, /fixed a process/u);
  });
});

void describe('parse: a list of questions left to answer, one with a note to the reader', () => {
  void it('reads a note that instructs the reader and tells nothing as a note, not an answer', () => {
    assert.equal(noteToReader('Feel free to name the team size and the tools.\nBe honest.'), true);
    assert.equal(noteToReader('Hier können Sie die Arbeitszeiten nennen.'), true, 'the reader addressed in German');
    assert.equal(noteToReader('I want a small team that ships every week.'), false, 'the teller speaks');
    assert.equal(noteToReader('We shipped the importer in two weeks and cut the errors by half.'), false, 'told in the past');
    assert.equal(noteToReader('Small team, weekly releases, remote.'), false, 'terse notes instruct no one');
  });
  const questions = (under2: string): string =>
    ['# Practice', '', '## 1. Walk me through your background', '', '## 2. What kind of team do you want?', '', under2, '', '## 3. Describe a time you disagreed with someone', '', '## 4. What is the hardest bug you have fixed?', '', '## 5. Where do you see yourself in three years?', ''].join('\n');
  void it('finds no answer when the only words under the questions are a note to the reader', () => {
    assert.equal(parseFile(questions('Mention the size of the team or the hours you prefer.\nBe _honest_.'), 'q.md', TEST_CONFIG).stories.length, 0);
  });
  void it('keeps the questions as answers when one is answered in the first person', () => {
    assert.equal(parseFile(questions('I want a small team that ships every week and reviews its code together.'), 'q.md', TEST_CONFIG).stories.length, 5);
  });
});

void describe('parse: a lone text that coaches the reader throughout', () => {
  const advice = [
    'Before the interview, you should plan your week.', 'First, read the job post again so you know the skills.', 'On the day you will meet four people.',
    'Each of them writes feedback on you.', 'If needed, you can ask for a moment to think.', 'If you ramble, you lose them.',
    'Keep your stories short.', 'For each result, you should give a number.', 'Tell them what you did, not the team.',
    'If it helps, you can bring notes.', 'When I interviewed at a bank, I forgot mine.', 'At the end, your questions matter.',
    'Afterwards you should send a thank-you note.', 'If you do not hear back, you can write to your recruiter.', 'With practice you will get better.',
    'Practise out loud.', 'Each time, you should time yourself.', 'Ideally your answers fit in two minutes.', 'At home you can record yourself.',
    'Then you will hear what is too long.', 'Whatever happens, you learn something.', 'Above all, you should rest the night before.',
  ].join(' ');
  void it('reads a guide with one aside of the writer as coaching', () => {
    assert.equal(coachesReader(advice, 'How to get through the loop'), true);
  });
  void it('does not read an answer that speaks to the interviewer as coaching', () => {
    const pitch = Array.from({ length: 12 }, (_, i) => `I built the billing service number ${i + 1} and I would bring that to your team, which you told me needs it.`).join(' ');
    assert.equal(coachesReader(pitch, 'Why us?'), false);
  });
  void it('does not judge a short text or a worksheet', () => {
    assert.equal(coachesReader('You should keep it short. You will be asked twice.', 'Tips'), false);
    assert.equal(coachesReader(`${advice}\n\nYour answer: ________\n`, 'Practice'), false);
  });
});
