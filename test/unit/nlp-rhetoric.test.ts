// The rhetorical frames of nlp/rhetoric.ts: the listener left to infer what happened. Sentences here are written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../server/src/core/nlp/analyze';
import { leftToGuess } from '../../server/src/core/nlp/rhetoric';

function frame(text: string): string | undefined {
  const [s] = understand(text, [{ text, start: 0 }]).sentences;
  return leftToGuess(s)?.asks;
}

void test('a guess said to the listener, with what is to be inferred, is read with what it asks', () => {
  assert.equal(frame('You can imagine how the opening went.'), 'outcome');
  assert.equal(frame("I'll let you guess how the deadline went."), 'outcome');
  assert.equal(frame('Guess who spent the weekend on the phone with angry customers.'), 'who');
  assert.equal(frame('Two guesses why the first run was late.'), 'why');
  assert.equal(frame('The rest you can imagine: we opened a week late.'), 'rest');
  assert.equal(frame('You can guess how happy the visitors were.'), 'other');
});

void test('a hedge, a guess in general and a frame with nothing to infer are no frame', () => {
  assert.equal(frame('I guess the lesson is to ask the children first.'), undefined);
  assert.equal(frame('Measure the file sizes before you guess at the download time.'), undefined);
  assert.equal(frame('My first guess was wrong.'), undefined);
  assert.equal(frame('You can guess.'), undefined);
  assert.equal(frame('She said: "guess how it went".'), undefined);
});
