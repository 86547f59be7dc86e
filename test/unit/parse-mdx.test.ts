// MDX and Docusaurus dress around answers: JSX components (<Tabs>, <TabItem label="...">), <details> folds and
// `:::type Title` directives. The answer's text inside them is read, and a component's or directive's title that names
// a part marks that part. (Lines are 1-based.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { unfoldAdmonitions } from '../../server/src/core/parse/admonition';
import { blankMdx } from '../../server/src/core/parse/mdx';

const parse = (text: string) => parseFile(text, 'stories/s.mdx', DEFAULT_CONFIG);
const spoken = (text: string, k = 0): string => parse(text).stories[k].prose.map((p) => p.text).join(' ');
const partLines = (text: string, k = 0): string => parse(text).stories[k].parts.map((p) => `${p.name}@${p.marker.start.line}`).join(',');

// Tabs with no blank line inside: Markdown reads each tab's text as part of an HTML block.
const TABS_TIGHT = [
  '## Tell me about a time you handled a conflict', '',
  '<Tabs>',
  '  <TabItem value="s" label="Situation">',
  '    Two engineers on my team disagreed about the release plan for the billing service.',
  '  </TabItem>',
  '  <TabItem value="a" label="Action">',
  '    I met each of them, wrote both plans down and tried each on staging.',
  '  </TabItem>',
  '  <TabItem value="r" label="Result">',
  '    We shipped on time and the error rate fell by 30%.',
  '  </TabItem>',
  '</Tabs>', '',
].join('\n');

// The same with blank lines: each tag is an HTML block of its own and the text is Markdown.
const TABS_LOOSE = [
  "import TabItem from '@theme/TabItem';", '',
  '## ¿Cuéntame de un conflicto con un compañero?', '',
  '<Tabs>',
  "<TabItem value='s' label='Situación'>", '',
  'Dos compañeros no estaban de acuerdo con el plan de lanzamiento.', '',
  '</TabItem>',
  "<TabItem value='a' label={'Acción'}>", '',
  'Hablé con cada uno y probé los dos planes en staging.', '',
  '</TabItem>',
  '<TabItem value="r" label="Resultado">', '',
  'Lanzamos a tiempo y los errores bajaron un 30%.', '',
  '</TabItem>',
  '</Tabs>', '',
].join('\n');

const FOLDS = [
  '## Erzählen Sie von einem Fehler', '',
  '<details>',
  '<summary>Situation</summary>',
  'Unser nächtlicher Export schlug eine Woche lang fehl, ohne dass es jemand merkte.',
  '</details>',
  '<details>',
  '<summary>Ergebnis</summary>',
  'Den nächsten Ausfall haben wir nach zehn Minuten bemerkt.',
  '</details>', '',
].join('\n');

const DIRECTIVES = [
  '## Tell me about a failure', '',
  ':::note Situation',
  'Our nightly job failed for a week before anyone noticed.',
  ':::', '',
  ':::tip[Action]',
  'I added an alert and a dashboard, and I wrote a runbook.',
  ':::', '',
  ':::info{title="Result"}',
  'We caught the next failure in ten minutes.',
  ':::', '',
  ':::warning Pro tip',
  'Keep the answer under two minutes.',
  ':::', '',
].join('\n');

void describe('MDX dress', () => {
  void it('reads the text of tabs written without blank lines as the answer, its tab labels as its parts', () => {
    const text = spoken(TABS_TIGHT);
    assert.match(text, /Two engineers on my team disagreed/u);
    assert.match(text, /error rate fell by 30%/u);
    assert.doesNotMatch(text, /TabItem|label=/u);
    assert.equal(partLines(TABS_TIGHT), 'setup@4,approach@7,outcome@10');
  });

  void it('reads a tab label in quotes of either kind or in braces, in another language', () => {
    assert.equal(partLines(TABS_LOOSE), 'setup@6,approach@11,outcome@16');
    assert.match(spoken(TABS_LOOSE), /Lanzamos a tiempo/u);
  });

  void it('does not read a tab labelled with something other than a part as a part', () => {
    const text = ['## Tell me about yourself', '', '<Tabs>', '<TabItem value="py" label="Python">', 'I build data tools for a small team of analysts.', '</TabItem>', '</Tabs>', ''].join('\n');
    assert.equal(parse(text).stories[0].parts.length, 0);
    assert.match(spoken(text), /I build data tools/u);
  });

  void it('reads a fold written without blank lines: the summary names the part and is not spoken', () => {
    assert.equal(partLines(FOLDS), 'setup@4,outcome@8');
    const text = spoken(FOLDS);
    assert.match(text, /Unser nächtlicher Export/u);
    assert.doesNotMatch(text, /Ergebnis/u);
  });

  void it('reads a directive whose title names a part as that part, and blanks the other directive lines', () => {
    assert.equal(partLines(DIRECTIVES), 'setup@3,approach@7,outcome@11');
    const text = spoken(DIRECTIVES);
    assert.doesNotMatch(text, /:::|note|Pro tip/u);
    assert.match(text, /I added an alert/u);
    const a = unfoldAdmonitions(DIRECTIVES);
    assert.ok(a);
    const before = DIRECTIVES.split('\n');
    const after = a.text.split('\n');
    for (let i = 0; i < before.length; i++) assert.equal(after[i].length, before[i].length, `line ${i + 1}`);
    assert.equal(after[2].trimEnd(), '### Situation');
    assert.equal(after[4].trim(), '');
  });

  void it('does not read MDX statements and comments as the answer, and keeps every offset', () => {
    const text = [
      '---', 'title: The flaky export', '---', '',
      "import Tabs from '@theme/Tabs';",
      "import { Highlight, Note } from '../components';",
      'export const meta = {', "  tags: ['ownership'],", '  year: 2024,', '};', '',
      '{/* draft: cut before Friday */}', '',
      'Notre export nocturne échouait deux fois par semaine. J’ai trouvé la requête fautive et ajouté une relance.', '',
      '```js', "import x from 'y';", '```', '',
    ].join('\n');
    const said = spoken(text);
    assert.match(said, /Notre export nocturne/u);
    assert.doesNotMatch(said, /import |export const|meta|ownership|draft|Highlight/u);
    const b = blankMdx(text);
    assert.equal(b.length, text.length);
    assert.equal(b.split('\n').length, text.split('\n').length);
    // (code in a fence is left as written)
    assert.ok(b.includes("import x from 'y';"));
    assert.equal(blankMdx('I import parts from Taiwan.'), 'I import parts from Taiwan.');
    // (a program's source saved as Markdown, with no heading or front matter, is read as written: its exports hold its text)
    const source = ["import React from 'react';", 'export const answers = [', "  'I led the move to the new billing system.',", '];', ''].join('\n');
    assert.equal(blankMdx(source), source);
  });
});
