// resume-recital's readers of other languages (rules/resume-recital.ts otherSteps): a role at a place in one dated
// clause of the speaker's is a stint. Sentences here are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherSteps } from '../../server/src/core/rules/resume-recital';

const steps = (text: string) => otherSteps([{ text, start: 0 }]);

void test('a role at a place, dated and the speaker\'s, is a step whatever its verb (German, Spanish, French)', () => {
  assert.equal(steps('2015 habe ich als Testerin bei einem Versandhändler begonnen.').length, 1);
  assert.equal(steps('En 2018 yo empecé como analista en una aseguradora.').length, 1);
  assert.equal(steps('Depuis 2020, je suis chez Thales comme cheffe de projet.').length, 1);
  // a German compound closing in a place word is a place
  assert.equal(steps('Seit 2021 bin ich in einem Logistikunternehmen.').length, 1);
});

void test('no dated step: undated, another party\'s, or a role with no place', () => {
  assert.equal(steps('Ich habe als Testerin bei einem Versandhändler begonnen.').filter((s) => s.dated).length, 0);
  assert.equal(steps('2019 hat mein Team als Pilotprojekt bei einem Kunden angefangen.').length, 0);
  assert.equal(steps('En 2018 lo vi como una oportunidad.').length, 0);
});
