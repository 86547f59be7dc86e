// resume-recital's readers of other languages (rules/resume-recital.ts otherSteps): a role at a place in one dated
// clause of the speaker's is a stint; and in any language, sentences dated by years running one way (yearSteps). Sentences here are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherSteps, yearSteps } from '../../server/src/core/rules/resume-recital';

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

void test('years in three sentences running one way are a walk in any language, a history in one sentence is not', () => {
  const years = (text: string) => yearSteps([{ text, start: 0 }]).length;
  assert.equal(years("2012'de mezun oldum. 2016'da bir oyun şirketine geçtim. 2020'den beri buradayım."), 3);
  assert.equal(years('Sinds 2021 werk ik hier. In 2018 ging ik naar Eindhoven. In 2013 begon ik bij een bank.'), 3);
  // (one sentence, however it is wrapped; years out of order; two years only; figures that are not years)
  assert.equal(years('Founded in 2010, it was bought in 2015\nand spun out again in 2020.'), 0);
  assert.equal(years('In 2019 we launched. In 2015 I joined. In 2021 I left.'), 0);
  assert.equal(years('In 2015 I joined. In 2015 I moved. In 2019 I left.'), 0);
  assert.equal(years('We shipped 2,500 orders. Then 2019% more. Then 12019 in a day.'), 0);
  // (a list item starts a sentence of its own)
  assert.equal(years('- 2014: analyst at a bank\n- 2017: engineer at a shop\n- 2021: lead at a clinic'), 3);
});
