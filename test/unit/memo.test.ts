// The shared memo of readings by text (core/memo.ts): one reading per distinct text, a bounded table, and values that
// are the function's, undefined included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoByText } from '../../server/src/core/memo';
import { proseLanguage } from '../../server/src/core/nlp/other-language';

void test('memoByText reads each text once and keeps what the function returned, undefined too', () => {
  const calls: string[] = [];
  const read = memoByText((t: string) => {
    calls.push(t);
    return t.startsWith('x') ? undefined : t.length;
  }, 10);
  assert.equal(read('abc'), 3);
  assert.equal(read('abc'), 3);
  assert.equal(read('xyz'), undefined);
  assert.equal(read('xyz'), undefined);
  assert.deepEqual(calls, ['abc', 'xyz']);
});

void test('memoByText keeps at most its bound and reads again a text it let go', () => {
  let calls = 0;
  const read = memoByText((t: string) => {
    calls++;
    return t.toUpperCase();
  }, 3);
  for (const t of ['a', 'b', 'c']) read(t);
  assert.equal(calls, 3);
  read('d'); // full: the table is emptied, then holds "d"
  assert.equal(calls, 4);
  assert.equal(read('a'), 'A');
  assert.equal(calls, 5);
  assert.equal(read('d'), 'D');
  assert.equal(calls, 5);
});

void test('proseLanguage reads the language of an answer once, the same as for its prose joined', () => {
  const prose = [{ text: 'Analicé los registros y reescribí la consulta.' }, { text: 'Después añadí un índice para los pedidos y el equipo lo revisó.' }];
  assert.equal(proseLanguage(prose), 'es');
  assert.equal(proseLanguage(prose), 'es');
  assert.equal(proseLanguage([{ text: 'I rewrote the query and added an index.' }]), undefined);
});
