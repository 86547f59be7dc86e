// Rule helpers: what counts as a metric (missing-metric, vague-impact), filler removal, phrase boundaries, I/we counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities, hasQuantity } from '../../server/src/core/rules/quantity';
import { removalEdit } from '../../server/src/core/rules/filler-phrase';
import { findPhrases, LineIndex } from '../../server/src/core/text';
import { findMatches, phraseMatcher } from '../../server/src/core/rules/util';
import { voices } from '../../server/src/core/rules/solo-heroics';
import { understand } from '../../server/src/core/nlp';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { eachHolds, eachFails } from './helpers/cases';

void test('numbers with units, percentages, money, multipliers, durations and counts are metrics', () => {
  eachHolds(hasQuantity, [
    'p95 latency fell to 250 ms',
    'errors dropped 40%',
    'errors dropped 12 percent',
    'we saved $40k a year',
    'revenue grew by €2M',
    'queries ran 3x faster',
    'throughput rose 10×',
    'the migration took 2 weeks',
    'we onboarded 12 customers',
    'tickets went from 30 to 4',
    'a 1,000-row sample',
  ]);
});

void test('spelled quantities a listener hears as numbers count; "one" and vague words do not', () => {
  eachHolds(hasQuantity, ['the share of on-time releases doubled', 'costs were halved', 'three teams adopted it', 'hundreds of tickets', 'zero incidents since', 'it cut review time in half', 'the release slipped by less than one day', 'costs fell by a third']);
  eachFails(hasQuantity, ['one of the teams adopted it', 'no one complained', 'a lot faster', 'many more users', 'several teams']);
});

void test('years, versions, dates, ordinals, times, labels and names with digits are not metrics', () => {
  for (const s of [
    'it shipped in 2023',
    'we released v2.1',
    'upgraded to 3.4.1',
    'moved to Python 3',
    'on 2024-05-01',
    'on 5/6/2024',
    'on March 3',
    'by 3 March',
    'the 2nd attempt',
    'at 10:30',
    'by 3pm',
    'in phase 2',
    'during Q3',
    'fixed issue #123',
    'stored in S3 behind EC2 and HL7 feeds',
    'GPT-4 and covid-19',
  ]) {
    assert.deepEqual(findQuantities(s).map((q) => q.text), [], s);
  }
});

void test('a bare count is read in the language of its text, as English reads "twelve tasks"', () => {
  const counted: [string, string[]][] = [
    ['Durante el trimestre encontramos once facturas duplicadas y el proveedor las anuló todas.', ['once']],
    ['Il nuovo controllo ha fermato nove etichette sbagliate prima della spedizione.', ['nove']],
    ['Ο νέος συνάδελφος έκλεισε μόνος του δώδεκα εργασίες τον πρώτο μήνα.', ['δώδεκα']],
  ];
  for (const [s, want] of counted) assert.deepEqual(findQuantities(s).map((q) => q.text), want, s);
  for (const s of [
    // (English prose: "once", "due" and "sex" are number words of other languages only there)
    'I only did it once and the report was due on Friday.',
    // a time span, a period, the things already named, the people the work was done with, a list announced
    'Después de tres semanas todo funcionaba y el cliente estaba contento con el trabajo.',
    'Trabajé allí durante dos años y el cliente estaba contento con el trabajo.',
    'Los tres equipos quedaron contentos con el resultado y lo dijeron en la reunión.',
    'Lo terminé con dos compañeros y el cliente quedó contento con el resultado.',
    'Tres estrategias complementarias: hablar con el cliente y revisar el plan con el equipo.',
  ]) {
    assert.deepEqual(findQuantities(s).map((q) => q.text), [], s);
  }
});

void test('a point counted into something, a group sized by a compound and time taken or wished for are not results', () => {
  for (const s of [
    'We shipped it on time, and two weeks into the quarter the sales team asked for more.',
    'We were a six person group and the client liked the demo.',
    'Our 4-member squad handed the report in before the review.',
    'It took me three months from scratch and the team uses it daily.',
    '这个工具从零开始到上线花了我大概两个月，现在组里都在用。',
    '我希望在入职的一年时间里尽快熟悉业务，向前辈学习。',
  ]) {
    assert.deepEqual(findQuantities(s).map((q) => q.text), [], s);
  }
  // A change still sizes: a time that changed, a group that grew, time taken in a clause that tells a change.
  const sized: [string, string[]][] = [
    ['Two weeks into the pilot, returns fell by 30%.', ['30']],
    ['The build took 6 minutes instead of 25.', ['6', '25']],
    ['花了两个月，把服务器成本降低了一半。', ['两个月', '一半']],
    ['我们把上线时间缩短了三天。', ['三天']],
  ];
  for (const [s, want] of sized) assert.deepEqual(findQuantities(s).map((q) => q.text), want, s);
});

void test('quantity positions point at the number', () => {
  const s = 'latency fell from 900 ms to 250 ms';
  assert.deepEqual(findQuantities(s).map((q) => s.slice(q.start, q.end)), ['900', '250']);
});

void test('removing a filler leaves clean text', () => {
  const cases: [string, string, string][] = [
    ['Basically, we rewrote it.', 'basically', 'We rewrote it.'],
    ['We basically rewrote it.', 'basically', 'We rewrote it.'],
    ['It was, basically, fine.', 'basically', 'It was fine.'],
    ['It was fine, basically.', 'basically', 'It was fine.'],
    ['It was kind of slow.', 'kind of', 'It was slow.'],
    ['To be honest, nobody wanted it.', 'to be honest', 'Nobody wanted it.'],
  ];
  for (const [text, phrase, want] of cases) {
    const m = findPhrases([{ text, start: 0 }], [phrase])[0];
    const lines = new LineIndex(text);
    const e = removalEdit(text, m, (s, x) => lines.range(s, x));
    assert.equal(text.slice(0, e.range.start.offset) + e.newText + text.slice(e.range.end.offset), want);
  }
});

void test('phrase matching keeps word boundaries on both sides, including non-ASCII letters', () => {
  const re = phraseMatcher('filler-phrase', { ...DEFAULT_CONFIG, rules: {}, phrases: { 'filler-phrase': ['basically', 'kind of'] } });
  assert.ok(re);
  const text = 'Basically fine. xbasically no. ébasically no. “basically” yes. basicallyé no. kind  of yes.';
  const got = findMatches([{ text, start: 10 }], re).map((m) => [m.start - 10, m.text]);
  assert.deepEqual(got, [
    [0, 'Basically'],
    [text.indexOf('“basically') + 1, 'basically'],
    [text.indexOf('kind'), 'kind  of'],
  ]);
});

void test('voices counts who acts; subject-less bullets count as neither; naming nobody credits nobody', () => {
  const v = (text: string) => voices(understand(text, [{ text, start: 0 }]).sentences);
  // "I’m proud" is a state, not an action; "we shipped" and "with the SRE team" are others acting
  assert.deepEqual(v('I built it, I’m proud, we shipped it with the SRE team.'), { i: 1, habitual: 0, others: 2, joint: 1 });
  assert.deepEqual(v('I wanted to fix it. I needed help. I designed it, built it and shipped it.'), { i: 3, habitual: 0, others: 0, joint: 0 });
  assert.deepEqual(v('Built a script. Wrote the runbook. Fixed the alerts.'), { i: 0, habitual: 0, others: 0, joint: 0 });
  assert.deepEqual(v('I tuned it with a median latency of 40 ms. The rest of the team was busy.'), { i: 1, habitual: 0, others: 0, joint: 0 });
  // a habit in the present tense is counted apart from the narrated actions; "would" is a plan, not an action
  assert.deepEqual(v('I listen first. I ask for an example. I always follow up. I would escalate.'), { i: 3, habitual: 3, others: 0, joint: 0 });
  // "I was the sole developer": a bare "we" is the speaker; "she had it ready" is someone else acting
  const sole = v('I was the sole developer. We moved the cache and we rewrote the sync.');
  assert.deepEqual([sole.i, sole.others, sole.solo !== undefined], [2, 0, true]);
  assert.equal(v('I asked our QA lead for a suite, and she had it ready in two days.').others, 1);
  // a past-tense verb the tagger reads as a noun in a run of coordinated actions is still the speaker's action
  assert.equal(v('I profiled the build, rewrote the caching layer, moved the slow tests and tuned the runners.').i, 4);
  assert.equal(v('I rewrote it single-handedly.').solo !== undefined, true);
  assert.equal(v('I did not do it alone.').solo, undefined);
  // what the speaker found out about the old code is not someone else acting
  assert.equal(v('I noticed that we were merging carts by device.').others, 0);
  assert.equal(v('I found that large files timed out, and then we split the work.').others, 1);
  // a thing the speaker made, inside the clause, is one more action; a state and a means are not
  assert.equal(v('I traced the pages with a profiler I set up.').i, 2);
  assert.equal(v('I got stuck on the tokens. I solved it by reading the source and writing a test.').i, 1);
  assert.equal(v('I wrote the importer solo.').solo !== undefined, true);
  // joint: people brought into the speaker's own work by a phrase, not another subject's clause
  assert.equal(v('The team shipped it.').joint, 0);
  assert.equal(v('I checked each change with the two senior accountants.').joint, 1);
});
