// The one list of how an interviewer asks (server/src/core/knowledge/asks.ts), counted, and read the same way by the
// parser's headings that ask, its lists of the interview's questions, its topic headings and the opening question
// of an unmarked answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ASK_FORMS, askSource, type AskRole } from '../../server/src/core/knowledge/asks';
import { asksForStory, interviewAsk, interviewQuestionsOnly, isQuestion, namesTopic } from '../../server/src/core/parse/segment';
import { openingQuestion } from '../../server/src/core/parse/opening';
import { eachHolds } from './helpers/cases';

void test('asks: every form compiles, and each role and place has its forms', () => {
  for (const f of ASK_FORMS) assert.doesNotThrow(() => new RegExp(f.form, 'iu'), f.form);
  const count = (role: AskRole): number => ASK_FORMS.filter((f) => f.role === role).length;
  assert.equal(ASK_FORMS.length, 37);
  assert.deepEqual([count('tell'), count('episode'), count('question'), count('candidate'), count('topic')], [14, 2, 3, 4, 14]);
  assert.deepEqual([...new Set(ASK_FORMS.map((f) => f.lang))].sort(), ['de', 'en', 'es', 'fr', 'it', 'pt', 'ru', 'zh']);
  assert.equal(askSource('whole', ['tell']), '', 'no instruction is a whole line');
});

void test('asks: an instruction to tell is read alike by headings, opening lines and question lists', () => {
  const prompts = ['Explain how you kept the launch on time', 'Расскажите о самом трудном проекте', 'Cuéntame de un conflicto con tu jefe', 'Walk us through your last migration'];
  for (const p of prompts) {
    assert.ok(isQuestion(p), `a heading that asks: ${p}`);
    const q = openingQuestion([{ text: `${p}\nI led the work and we shipped it in March.`, start: 0 }]);
    assert.equal(q?.title, p, `an opening question: ${p}`);
  }
  assert.ok(interviewQuestionsOnly(prompts), 'four prompts put to the candidate are a list of the interview questions');
  assert.ok(!isQuestion('Shared the plan with my team'), 'a line in the past tense that starts with "shared" does not ask');
  assert.ok(!isQuestion('Описание проекта'), 'a Russian noun is no instruction');
  // (French, German, Italian: the verbs of telling in the imperative ask; an imperative of another verb advises)
  for (const p of ['Racontez-moi un échec dont vous avez appris', 'Décrivez une décision prise sans toutes les données', 'Erzählen Sie von Ihrem schwierigsten Kunden', 'Schildern Sie einen Konflikt im Team', 'Raccontami un progetto che hai guidato']) assert.ok(isQuestion(p), `asks: ${p}`);
  for (const p of ['Préparez cinq histoires avant l’entretien', 'Nehmen Sie sich Zeit für jede Antwort', 'Prepara le tue storie in anticipo']) assert.ok(!isQuestion(p), `advises: ${p}`);
});

void test('asks: topics are whole headings, and a candidate\'s questions for the interviewer are not prompts', () => {
  assert.ok(namesTopic('Greatest strengths'));
  assert.ok(namesTopic('Salary expectations:'));
  assert.ok(!namesTopic('Strengths of the new design and its cost'));
  // The same topics in the other languages of the banks: a heading that names what the interviewer asks about.
  for (const t of ['Über mich', 'Stärken & Schwächen', 'Gehaltsvorstellung', 'Présentez-vous', 'Qualités/défauts', 'Prétentions salariales', 'Preséntate', 'Expectativas salariales', 'Mis mayores fortalezas', 'Motivación para el puesto', 'Pontos fortes e fracos', 'Pretensão salarial', 'Punti di forza', 'Aspettative economiche']) {
    assert.ok(namesTopic(t), `a topic: ${t}`);
  }
  for (const t of ['Über mich und meine erste Stelle bei der Bahn', 'Salario mínimo en España', 'Qualités du code', 'Sobre el proyecto']) assert.ok(!namesTopic(t), `no topic: ${t}`);
  assert.ok(!interviewQuestionsOnly(['What does the team ship each quarter?', 'How is on-call shared?', 'What would success look like in six months?']));
});

void test('asks: a question the candidate puts to the interviewer is read by who is named in which role', async () => {
  const { asksTheCompany, namesQuestionsToAsk } = await import('../../server/src/core/parse/segment');
  // The asker as the one who would join, the workplace, the team named in the third person.
  for (const q of ['What would I own in my first three months?', '### How will my work be reviewed?', 'How does the team decide what to build next?', '2. What does a normal week look like for someone in this role?', '“What is the work-life balance like here?”'])
    assert.ok(asksTheCompany(q), `asks the interviewer: ${q}`);
  // Put to the candidate: the company as "we"/"our", the candidate's past, qualities, fit, habits, a situation; a
  // reason asked; an instruction to tell; a title in the first person about the writer's own answer.
  for (const q of ['What do you know about our company?', 'Why this company?', 'How do you help new hires?', 'How do you handle conflict in the team?', 'What interests you about this role?', 'Tell me about a time the team missed a deadline?', 'What would you do if the team disagreed with you?', 'What is my biggest strength?', 'How do you keep the team aligned?', 'What does success look like to you?', 'What will I work on'])
    assert.ok(!asksTheCompany(q), `put to the candidate: ${q}`);
  assert.ok(namesQuestionsToAsk('Questions for the hiring manager'));
  assert.ok(namesQuestionsToAsk('## My questions to ask them'));
  assert.ok(namesQuestionsToAsk('Questions about the team and role'));
  assert.ok(namesQuestionsToAsk('对面试官的问题'));
  assert.ok(namesQuestionsToAsk('询问 HR 的问题？'));
  assert.ok(!namesQuestionsToAsk('Behavioral questions'));
  assert.ok(!namesQuestionsToAsk('面试官问的问题'), 'questions the interviewer asked are not the list to ask');
  // The closing turn's own name, alone as a heading: Chinese, Japanese, Korean; in a sentence "反问" is a rhetorical question.
  eachHolds(namesQuestionsToAsk, ['## 反问', '反问环节', '反問：', '逆質問', '역질문']);
  assert.ok(!namesQuestionsToAsk('他用反问的方式回答了我'));
});

void test('asks: the interview topics of Japanese and Korean headings are read as asking (strengths, setbacks, aspirations, a career gap)', () => {
  // (headings written for this test)
  for (const t of ['私の強み', '弱みと向き合い方', '一番の挫折経験', 'ガクチカ', '입사 후 포부', '공백기 동안 한 일', '성격의 장단점']) {
    assert.ok(asksForStory(t), `asks: ${t}`);
    assert.ok(interviewAsk(t), `an interview topic: ${t}`);
  }
  for (const t of ['배포 자동화 프로젝트', 'テスト環境の整備']) assert.ok(!interviewAsk(t), `no topic: ${t}`);
});

void test('asks: the words that name a telling by its length compile and read each language group', async () => {
  const { TOLD_AT_LENGTH } = await import('../../server/src/core/knowledge/asks');
  const length = new RegExp(TOLD_AT_LENGTH, 'iu');
  assert.equal(TOLD_AT_LENGTH.split('|').length > 40, true, 'the alternatives are counted');
  eachHolds((t: string) => length.test(t), ['Short version', 'TL;DR', 'versión corta', 'version longue', 'Kurzfassung', 'краткая версия', '简短版', '短いバージョン', '짧은 버전']);
  for (const t of ['Shortcut keys', 'Longitude', 'Brieftasche', 'Version 2']) assert.ok(!length.test(t), t);
});
