// Digits of other scripts and month names of other languages (nlp/calendar.ts), and what the quantity reader makes of
// them: a fullwidth or Devanagari number is a number; a day beside a month's name, in any language Intl names months
// for, is a date, not a result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DATE_LOCALES, foldDigits, intlMonthNames, isForeignDate } from '../../server/src/core/nlp/calendar';
import { MONTH_NAMES, SHORT_MONTH_NAMES } from '../../server/src/core/knowledge/month-names';
import { findQuantities, hasQuantity } from '../../server/src/core/rules/quantity';

const q = (s: string): string[] => findQuantities(s).map((x) => x.text);

void test('foldDigits: digits of any script become ASCII, offsets kept', () => {
  assert.equal(foldDigits('３０％'), '30％');
  assert.equal(foldDigits('४०'), '40');
  assert.equal(foldDigits('٣٤'), '34');
  assert.equal(foldDigits('১২'), '12');
  assert.equal(foldDigits('plain 12'), 'plain 12');
  const s = 'ज़्यादा से ७५ तक';
  assert.equal(foldDigits(s).length, s.length);
});

void test('month names: the data file is what Intl gives', () => {
  assert.deepEqual([...MONTH_NAMES], intlMonthNames(DATE_LOCALES));
  assert.deepEqual([...SHORT_MONTH_NAMES], intlMonthNames(DATE_LOCALES, true));
  // genitive forms are there, as dates use them
  for (const n of ['czerwca', 'июня', 'kesäkuuta', 'junio', 'août', 'märz']) assert.ok(MONTH_NAMES.includes(n), n);
  // and no short word that doubles as another ("mai" is "more" in Romanian)
  assert.ok(MONTH_NAMES.every((n) => n.length > 3));
  execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'scripts', 'month-names.ts'), '--check']);
});

void test('isForeignDate: a number beside a month name, in either order', () => {
  assert.ok(isForeignDate('el ', ' de julio de 2023'));
  assert.ok(isForeignDate('le ', ' novembre'));
  assert.ok(isForeignDate('am ', '. Oktober'));
  assert.ok(isForeignDate('', ' października'));
  assert.ok(isForeignDate('március ', '-án'));
  for (const after of [' meses', ' minutos', ' Tage', ' procent', ' usuarios', ' marcas']) assert.ok(!isForeignDate('', after), after);
});

void test('quantities: digits of other scripts are read', () => {
  assert.ok(hasQuantity('ビルド時間が４５分から１２分になりました'));
  assert.ok(hasQuantity('शिकायतें ३० % कम हो गईं'));
  assert.deepEqual(q('errors fell by ４０%'), ['40']);
});

void test('quantities: dates and versions in other languages are not results', () => {
  for (const s of [
    'El nuevo portal salió el 14 de febrero y el equipo lo usa a diario.',
    "La release est sortie le 9 octobre, à la date prévue.",
    'Seit dem 2. Mai läuft die neue Suche.',
    'Nowa wersja działa od 12 marca.',
    'Релиз вышел 5 апреля.',
    'Сервис запустили 12 мая.',
    'Uusi versio julkaistiin 4. syyskuuta.',
    'A versão 3.1 entrou em produção em 20 de agosto.',
    'La versione 2.4 è uscita a settembre.',
  ]) assert.deepEqual(q(s), [], s);
});

void test('quantities: a date beside a sized change leaves the change read (traps)', () => {
  assert.deepEqual(q('Desde el 3 de mayo las devoluciones bajaron un 25 %.'), ['25']);
  assert.deepEqual(q('Bis Juni 40 % weniger Tickets.'), ['40']);
  assert.deepEqual(q('Am 15. März nutzten 1200 Kunden die neue App.'), ['1200']);
  // "marcas" (brands) is not "marca" (March in Polish): a count still
  assert.deepEqual(q('Lanzamos 3 marcas nuevas.'), ['3']);
  // a short name without the day's point is not read in the Latin script: Romanian "mai" is "more"
  assert.deepEqual(q('Am rezolvat 12 mai multe tichete.'), ['12']);
});

void test('quantities: a change told in Japanese with kanji numerals, and the counter 件', () => {
  assert.ok(hasQuantity('エラーの報告は月に二十件から三件に減りました。'));
  assert.ok(hasQuantity('待ち時間は約九十分から十五分になりました。'));
  assert.ok(hasQuantity('重複した請求はゼロになりました。'));
  assert.ok(hasQuantity('退会は一年で120件減りました。'));
  // not a date, a clock time or an ordinal before から, nor "from scratch", nor "two things" (the answer's items)
  for (const s of ['六月から新しい部署に移りました。', '八時から打ち合わせをしました。', '三回目から私が司会をしました。', '一から作り直しました。', 'ゼロから学びました。', '我学到了两件事。', '这件事让我明白了很多。']) {
    assert.deepEqual(q(s), [], s);
  }
});
