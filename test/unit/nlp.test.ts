// The language layer: sentences with file offsets, who acts in each clause, negation scope, quoted and reported
// speech. Sentences here are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forgetLanguage, readBlocks, readProse, readText, sentencesIn, understand } from '../../server/src/core/nlp/analyze';
import * as lexicon from '../../server/src/core/nlp/lexicon';
import { actsAsParty, endorsedReport, hasEnglishFunctionWord, negativeSubject, readsAsEnglish, repeatedIn } from '../../server/src/core/nlp/query';
import type { Actor, Sentence } from '../../server/src/core/nlp/types';
import type { ProseSegment } from '../../server/src/core/types';

function read(text: string): Sentence[] {
  return understand(text, [{ text, start: 0 }]).sentences;
}

/** "subject:clause words" for each clause, to compare whole sentences at once. */
function subjects(text: string): Actor[][] {
  return read(text).map((s) => s.clauses.map((c) => c.subject));
}

void test('sentences carry file offsets that point back at their words', () => {
  const file = '# T\n\n- The vendor **sat** on it.\n- Broke the data down by type\n';
  const segs: ProseSegment[] = [
    { text: 'The vendor ', start: 7 },
    { text: 'sat', start: 20 },
    { text: ' on it.', start: 25 },
    { text: 'Broke the data down by type', start: 35 },
  ];
  for (const s of segs) assert.equal(file.slice(s.start, s.start + s.text.length), s.text);
  const lang = understand(file, segs);
  assert.equal(lang.sentences.length, 2, 'a new list item starts a new sentence');
  for (const s of lang.sentences) for (const t of s.tokens) assert.equal(file.slice(t.start, t.end), t.text);
  assert.equal(sentencesIn(lang, segs.slice(3)).length, 1);
  assert.equal(understand(file, segs), lang, 'cached per segments array');
});

void test('who acts: the speaker, we, another person, another group, a thing, nobody', () => {
  assert.deepEqual(subjects('I rewrote the parser.'), [['I']]);
  assert.deepEqual(subjects('My team and I rebuilt the pipeline.'), [['we']]);
  assert.deepEqual(subjects('Priya wrote the rollback plan.'), [['person']]);
  assert.deepEqual(subjects('My manager kept changing the scope.'), [['person']]);
  assert.deepEqual(subjects('The ops org was slow to answer.'), [['group']]);
  assert.deepEqual(subjects('They missed the deadline.'), [['group']]);
  assert.deepEqual(subjects('The pipeline failed twice.'), [['thing']]);
  assert.deepEqual(subjects('Broke the data down by type.'), [['none']]);
  // a phrase naming nobody is not a person acting
  assert.deepEqual(subjects('With a median latency of 40 ms, the job finished.'), [['thing']]);
  // "the rest of the team" is the team
  assert.equal(subjects('The rest of the team was busy.')[0][0], 'group');
  // coordinated verbs share the subject; a relative clause takes its antecedent
  assert.deepEqual(subjects('I paused the release and dived into the data.'), [['I', 'I']]);
  // a nominative pronoun after a particle is the subject, not a prepositional object
  assert.deepEqual(subjects('Two years in I was promoted to consultant.'), [['I']]);
  assert.deepEqual(subjects('It was run by a VP who had no idea.')[0].slice(-1), ['person']);
  // a relative "who" set off by a comma stands for the phrase before it: the subject is the group, not a thing
  assert.equal(subjects('The platform group, who had not built anything in years, owned every library.')[0][0], 'group');
  assert.equal(subjects('The release, which had slipped twice, shipped in May.')[0][0], 'thing');
});

void test('negation scope', () => {
  const [s] = read('I never thought it was on them.');
  const them = s.tokens.find((t) => t.lower === 'them')!;
  assert.equal(them.negated, true);
  assert.equal(s.clauses[0].negated, true);
  const [plain] = read('It was on them.');
  assert.equal(plain.tokens.some((t) => t.negated), false);
});

void test('quoted and reported speech of others is marked; the speaker’s own is not', () => {
  const quoted = (text: string) => read(text).flatMap((s) => s.tokens.filter((t) => t.quoted).map((t) => t.lower));
  assert.ok(quoted('She said it was our fault.').includes('fault'));
  assert.ok(quoted('My manager told me the release was late because of QA.').includes('late'));
  assert.ok(quoted('"It is basically done," he said.').includes('basically'));
  assert.ok(quoted('According to the client, the delay was our fault.').includes('fault'));
  assert.deepEqual(quoted('I said it was my call.'), []);
  assert.deepEqual(quoted('I told them "we own this".'), []);
  assert.deepEqual(quoted('Priya wrote the rollback plan and tested it.'), []);
  // the speaker takes the word back
  const [s] = read('He said the vendor was late, but I checked the logs.');
  assert.equal(s.tokens.find((t) => t.lower === 'checked')!.quoted, false);
  // words reported inside a subordinate clause end with it: the main clause after its comma is the speaker's
  const [c] = read("If the data team had told anyone they were renaming the fields, we'd have been live on day one.");
  assert.equal(c.tokens.find((t) => t.lower === 'renaming')!.quoted, true);
  assert.equal(c.tokens.find((t) => t.lower === 'live')!.quoted, false);
  assert.ok(quoted('She said the vendor was late, and the director agreed.').includes('agreed'), 'a main clause of speech runs on');
  // a belief another party holds or reaches, and a view owned by another party, are theirs too (round 27)
  assert.ok(quoted('Everyone assumed the printer was to blame.').includes('printer'));
  assert.ok(quoted('Finance concluded the supplier had overcharged us.').includes('supplier'));
  assert.ok(quoted("The director's view was that the supplier let us down; I disagreed.").includes('supplier'));
  assert.equal(quoted("The director's view was that the supplier let us down; I disagreed.").includes('disagreed'), false, 'the speaker takes the word back');
  assert.deepEqual(quoted('I assumed the data team knew the date and never wrote it down.'), [], 'the speaker’s own belief');
});

void test('a comment set off by commas between a subject and its verb is an aside', () => {
  const [s] = read('Procurement, true to form, took their sweet time.');
  assert.equal(s.clauses.length, 1);
  assert.equal(s.tokens[s.clauses[0].verb!].lower, 'took');
  assert.deepEqual(s.tokens.filter((t) => t.aside).map((t) => t.text), [',', 'true', 'to', 'form', ',']);
  assert.equal(subjects('The vendor, as usual, missed the date.')[0][0], 'group');
  // a name set off so is read as before, and so is a phrase that opens the sentence before a subject of its own
  assert.equal(subjects('My lead, Dana, reviewed the plan.')[0][0], 'person');
  assert.equal(read('Last week, as usual, the vendor missed the date.')[0].tokens.filter((t) => t.aside).length, 0);
});

void test('"they" does not stand for a span of time', () => {
  const [s] = read('Three weeks before the switch the integrator walked away, and they left us holding the bag.');
  assert.equal(s.clauses[s.clauses.length - 1].subject, 'group');
  assert.equal(subjects('I rewrote the tests, and they passed on the first run.')[0][1], 'thing');
});

void test('word classes are typed data of a bounded size', () => {
  const classes = Object.entries(lexicon).filter(([, v]) => v instanceof Set) as [string, ReadonlySet<string>][];
  assert.ok(classes.length >= 10, 'the classes are exported');
  for (const [name, set] of classes) {
    assert.ok(set.size > 0 && set.size < 200, `${name} has ${set.size} entries`);
    for (const w of set) assert.equal(w, w.toLowerCase(), `${name}: ${w} is lower case`);
  }
});

void test("the speaker's words are one list, read as word sets and as a pattern", () => {
  const all = lexicon.firstPersonPattern(['subject', 'object', 'owner'], { flags: 'gu' });
  const found = (re: RegExp, s: string): string[] => [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))].map((m) => m[0]);
  assert.deepEqual(found(all, "I'm sure we’ll ship it, as my lead and I said to us."), ["I'm", 'we’ll', 'my', 'I', 'us']);
  // whole words only: no word inside another, no contraction left running on, "i.e." is not the speaker
  assert.deepEqual(found(all, 'Myself aside, the US team said: mine, ours, i.e. nothing; usual; o’my'), ['Myself', 'mine', 'ours']);
  assert.deepEqual(found(lexicon.firstPersonPattern(['subject'], { lowerI: true }), "i think i'd go; we did"), ['i', "i'd", 'we']);
  // as the interviewer asks ("Tell me about"), "me" is an object, not a subject or owner
  assert.equal(lexicon.firstPersonPattern(['subject', 'owner']).test('Tell me about a time you failed.'), false);
  // the token sets are the same words
  for (const w of lexicon.FIRST_PERSON_WORDS.owner) assert.ok(lexicon.FIRST_POSSESSIVE.has(w), w);
  for (const w of ['i', 'me', 'myself']) assert.ok(lexicon.FIRST_SINGULAR.has(w), w);
  for (const w of ['we', 'us', 'ourselves']) assert.ok(lexicon.FIRST_PLURAL.has(w), w);
});

void test('the language of a prose run is read once, and read again after forgetLanguage', () => {
  const text = 'We shipped it on Friday. Then I wrote the notes.';
  const segs: ProseSegment[] = [{ text, start: 0 }];
  const first = understand(text, segs);
  assert.equal(understand(text, segs), first, 'cached for the rules of one analysis');
  forgetLanguage(segs);
  const again = understand(text, segs);
  assert.notEqual(again, first, 'read again once forgotten');
  assert.deepEqual(again, first);
});

void test('a run of more than 48 characters without a space is one placeholder word; shorter words stay whole', () => {
  const long = `(${'a'.repeat(60)})`;
  const ok = 'b'.repeat(48);
  const text = `I pasted ${long} and ${ok} into the ticket, then ${long}.`;
  const tokens = read(text).flatMap((s) => s.tokens);
  const at = tokens.filter((t) => t.text === 'x').map((t) => t.start);
  assert.deepEqual(at, [text.indexOf(long), text.lastIndexOf(long)]);
  const whole = tokens.find((t) => t.text === ok);
  assert.ok(whole, 'a 48-character word is read as it is');
  assert.equal(text.slice(whole.start, whole.end), ok);
});

void test('the tagger read block by block (each block cached) says what it says of the whole text', () => {
  const runaway = 'Then ' + Array.from({ length: 60 }, (_, i) => `the queue ${i}`).join(' and ') + ' moved to the new cluster.';
  const texts = [
    'We did it.\n\nThen we left. Fine\n\nOk.',
    `Our team ran the service.\n\n${runaway}\n\nIt worked.`,
    'The plan had three steps:\n\nI wrote the proposal.\n\n"The vendor sat on it," she said.\n\nWe did not blame them.',
    'I did not agree - he thought it was fine.\n\n\n\nTwo blank lines before this one.',
    'One block only, no blank line at all',
    '',
  ];
  for (const t of texts) {
    const whole = readText(t);
    assert.deepEqual(readBlocks(t), whole, JSON.stringify(t.slice(0, 40)));
    assert.deepEqual(readBlocks(t), whole, `${JSON.stringify(t.slice(0, 40))}, read again from the cache`);
  }
  // A changed block is read anew; the reading of the text stays the whole reading.
  const edited = 'We did it.\n\nThen we left early. Fine\n\nOk.';
  assert.deepEqual(readBlocks(edited), readText(edited));
  // readProse: a text read first (whole), then edits of it (block by block): always the whole reading.
  const story = 'I led the team.\n\nThe vendor was late, she said.\n\nWe shipped in May.';
  let text = story;
  for (const word of ['first', 'second', 'third']) {
    assert.deepEqual(readProse(text), readText(text), JSON.stringify(text));
    text = text.replace('We shipped', `We shipped the ${word} part`);
  }
  assert.ok(readText(`Our team ran the service.\n\n${runaway}`).words.length > 150, 'the runaway sentence is longer than a cut');
});

void test('a relative clause inside the subject keeps its own verb: the clause is read by the verb after it', () => {
  const verbOf = (text: string): string[] => read(text).flatMap((s) => s.clauses.map((c) => (c.verb === undefined ? '' : `${c.subject}:${s.tokens[c.verb].lower}`)));
  assert.deepEqual(verbOf('The engineer who reviewed my change missed the bug.'), ['person:missed']);
  assert.deepEqual(verbOf('The vendor that we hired ignored our tickets.'), ['group:ignored']);
  assert.deepEqual(verbOf('The contractors who built it were lazy.'), ['person:were']);
  // (split off after "because": the relative and the predicate of the phrase before it)
  assert.deepEqual(verbOf('It slipped because the partner who owned the API changed it.').slice(-1), ['person:changed']);
  // (a relative on an object stays the relative's)
  assert.deepEqual(verbOf('I hired a contractor who fixed the bug.'), ['I:hired', 'person:fixed']);
});

void test('"who" stands for people: a thing-word before it names a body of people', () => {
  const s = read("The delay was down to the provider's support desk, who sat on every ticket.")[0];
  assert.deepEqual(s.clauses.map((c) => c.subject).slice(-1), ['group']);
  assert.deepEqual(subjects('We moved the data to a new table, which was faster.').flat().slice(-1), ['thing']);
});

void test('a comment set off by commas after the verb is an aside; a relative clause in the present describes', () => {
  const [s] = read('The vendor was, to put it kindly, hopeless.');
  assert.deepEqual(s.tokens.filter((t) => t.aside).map((t) => t.text), [',', 'to', 'put', 'it', 'kindly', ',']);
  const [f] = read('The vendor was, frankly, hopeless.');
  assert.deepEqual(f.tokens.filter((t) => t.aside).map((t) => t.text), [',', 'frankly', ',']);
  const [d] = read('I added a test to our build that fails when their schema changes.');
  assert.equal(d.clauses.some((c) => c.describes), true);
  const [e] = read('We shipped a build that broke checkout.');
  assert.equal(e.clauses.some((c) => c.describes), false);
});

void test('a verb of writing reports words only before "that"', () => {
  const [s] = read('The client wrote to our CEO that our support team was useless.');
  assert.equal(s.clauses[s.clauses.length - 1].quoted, true);
  const [t] = read('The contractors wrote sloppy code for the importer.');
  assert.equal(t.tokens.some((x) => x.quoted), false);
  // "that" pointing at the thing written reports nothing: the writers themselves are judged.
  const [u] = read('The developers who wrote that first version were clueless about tax rules.');
  assert.equal(u.tokens.some((x) => x.quoted), false);
  // a speaker the lexicon has no word for people for ("reseller") still reports what it wrote or said
  const [v] = read('In a long email the reseller wrote that our claims desk was hopeless.');
  assert.equal(v.clauses[v.clauses.length - 1].quoted, true);
  const [w] = read('The reseller wrote vague contracts for every region.');
  assert.equal(w.tokens.some((x) => x.quoted), false);
});

void test('a subject no list knows is a party by what its clause does; a thing doing what things do stays a thing', () => {
  const party = (text: string): boolean => {
    const s = read(text)[0];
    return actsAsParty(s, s.clauses[0]);
  };
  assert.equal(party('The payment processor never answered our tickets.'), true);
  assert.equal(party('The integrator sat on our change request for a month.'), true);
  assert.equal(party('The broker refused to sign the revised terms.'), true);
  assert.equal(party('The integrator missed their delivery date twice.'), true);
  assert.equal(party('The server never answered our health checks.'), false);
  assert.equal(party('The scheduler missed its window twice.'), false);
  assert.equal(party('The box sat on the shelf for a month.'), false);
  assert.equal(party('It refused to sign.'), false);
  // (a verb coordinated with no subject of its own has the one before it)
  const s = read('The processor promised a key by Friday and then went quiet.')[0];
  assert.equal(actsAsParty(s, s.clauses[s.clauses.length - 1]), true);
});

void test('a party that left what the speaker sent unanswered is a party; a thing left idle is not', () => {
  const party = (text: string): boolean => {
    const s = read(text)[0];
    return actsAsParty(s, s.clauses[0]);
  };
  assert.equal(party('The reseller left our licence order unanswered for nine days.'), true);
  assert.equal(party('The carrier let our renewal ticket sit untouched for two weeks.'), true);
  assert.equal(party('The cron job left the temp files untouched.'), false);
});

void test('the subject is read past a leading phrase of time, and a past form between a noun and its object is the verb', () => {
  assert.deepEqual(subjects('In the end the previous team left us with an untested module.')[0], ['group']);
  assert.deepEqual(subjects('On the first call their operations head told us the console was slow.')[0][0], 'person');
  const [s] = read('I did everything right, but the offshore contractor botched the data load.');
  const c = s.clauses[s.clauses.length - 1];
  assert.equal(c.subject, 'person');
  assert.equal(s.tokens[c.verb ?? 0].lower, 'botched');
  // (a past form after a comma still opens the next coordinated action of the list's subject)
  const [l] = read('Over two weeks, I:\n- compared the exports\n- rewrote the retry logic in the merge job');
  assert.notEqual(l.clauses[1].subject, 'none');
});

void test('an answer that came at a time reports no words; what follows is the speaker\'s narration', () => {
  const [s] = read('The carrier let our ticket sit for two weeks, and by the time anyone replied the certificate had lapsed.');
  assert.equal(s.tokens.find((x) => x.lower === 'lapsed')?.quoted, false);
  const [t] = read('When the director said the vendor was at fault, I checked the logs.');
  assert.equal(t.tokens.find((x) => x.lower === 'fault')?.quoted, true);
});

void test('a repetition is read in words no adverb list holds', () => {
  const rep = (text: string): boolean => {
    const s = read(text)[0];
    return repeatedIn(s, 0, s.tokens.length);
  };
  assert.equal(rep('The product owner rewrote the criteria four times in two sprints.'), true);
  assert.equal(rep('The agency moved the goalposts round after round.'), true);
  assert.equal(rep('Their screens turn up late every single time.'), true);
  assert.equal(rep('The product owner rewrote four screens in two sprints.'), false);
  assert.equal(rep('The agency moved the goalposts once.'), false);
});

void test('a sentence reads as English by function words no nearby language shares', () => {
  const [pt] = read('Assim, a combinação de solucionar um problema prático e a capacidade de simplificar processos foram os fatores que me atraíram.');
  assert.equal(readsAsEnglish(pt, pt.tokens.findIndex((t) => t.lower === 'um')), false, '"a", "me" are Portuguese words too');
  assert.equal(hasEnglishFunctionWord(pt), false);
  const [de] = read('Ich habe die Protokolle in einer Tabelle gesammelt, um die Ursache so schnell wie möglich zu finden.');
  assert.equal(readsAsEnglish(de), false, '"in", "so" are German words too');
  const [en] = read('So I looked at the logs and um it was a timeout in the export job.');
  assert.equal(readsAsEnglish(en, en.tokens.findIndex((t) => t.lower === 'um')), true);
  assert.equal(hasEnglishFunctionWord(read('I was on call.')[0]), true, 'the pronoun "I" is English');
});

void test('a subject that opens with a negative quantifier denies its clause of everyone it names', () => {
  const opens = (text: string): boolean => {
    const s = read(text)[0];
    const c = s.clauses[0];
    return c.subjectFrom !== undefined && negativeSubject(s.tokens, c.subjectFrom);
  };
  assert.equal(opens('Nobody in that support group was lazy.'), true);
  assert.equal(opens('No one on the vendor side was at fault.'), true);
  assert.equal(opens('None of the contractors were careless.'), true);
  assert.equal(opens('The support group was lazy.'), false);
  assert.equal(opens('Everyone on the vendor side was at fault.'), false);
});

void test('asides of fondness: token sequences of two or three lower-case words, none of them an irony frame', () => {
  assert.equal(lexicon.FOND_ASIDES.length, 12);
  for (const a of lexicon.FOND_ASIDES) {
    assert.match(a, /^[a-z]+( [a-z]+){1,2}$/, a);
    assert.ok(!lexicon.IRONY_FRAMES.includes(a), `${a} is also an irony frame`);
  }
  // (the irony frames hold the asides that are never sincere: "bless his heart", "I say this with love")
  for (const f of ['bless his heart', 'say this with love']) assert.ok(lexicon.IRONY_FRAMES.includes(f), f);
});

void test('treating as less: the word classes are disjoint where they must be', () => {
  assert.deepEqual([lexicon.LIGHTENED_NOUNS.size, lexicon.TREATED_DUTIES.size, lexicon.RESPECTED_AS.size, lexicon.LESSER_PEOPLE.size], [23, 38, 39, 26]);
  assert.deepEqual([lexicon.CREDIT_TAKING_VERBS.size, lexicon.BLAME_PASSING_VERBS.size], [28, 31]);
  for (const w of lexicon.CREDIT_TAKING_VERBS) assert.ok(!lexicon.BLAME_PASSING_VERBS.has(w), `${w} both takes credit and passes blame`);
  for (const w of lexicon.LESSER_PEOPLE) assert.ok(!lexicon.RESPECTED_AS.has(w), `${w} is both lesser and respected`);
  for (const w of lexicon.LIGHTENED_NOUNS) assert.ok(!lexicon.TREATED_DUTIES.has(w), `${w} is both a duty and what it is waved away as`);
});

void test('words reported and endorsed by the speaker are read back as the speaker\'s own', () => {
  const own = (text: string): string[] | undefined => {
    const [s, next] = read(text);
    const e = endorsedReport(s, next);
    return e && e.spoken.map((k) => e.tokens[k].lower);
  };
  // the assent in the sentence or opening the next: the reported words become spoken, and no longer quoted
  for (const text of ['Ana said the vendor was slow, and she was right.', 'Ana said the vendor was slow, which was true.', 'Ana said the vendor was slow, and I agreed.', 'Ana said the vendor was slow, and she was not wrong.', 'Ana said the vendor was slow. She was right.']) {
    const words = own(text);
    assert.ok(words?.includes('vendor') && words.includes('slow'), text);
    const [s, next] = read(text);
    const e = endorsedReport(s, next)!;
    assert.ok(!e.tokens.some((x) => x.lower === 'slow' && x.quoted), text);
  }
  // rejected, doubted, or no assent at all: nothing is given back
  for (const text of ['Ana said the vendor was slow, but that was not true.', 'Ana said the vendor was slow, and I did not agree.', 'Ana said the vendor was slow. She was wrong.', 'Ana said the vendor was slow.', 'The vendor was slow, and she was right.']) {
    assert.equal(own(text), undefined, text);
  }
});
