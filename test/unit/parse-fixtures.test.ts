// Part-marker fixtures: each test/fixtures/parse/<slug>.md is a story written in one way people mark parts, and
// <slug>.labels.yml (the eval schema: stories -> title, parts -> 1-based marker line or null) says where each part
// starts. Every labelled part must be found at its line, and every part labelled null must be absent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseFile } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { PART_ORDER, type PartName } from '../../server/src/core/types';

const DIR = resolve(__dirname, '..', 'fixtures', 'parse');

interface Labels {
  stories: { title: string; parts: Partial<Record<PartName, number | null>> }[];
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();

void describe('part-marker fixtures', () => {
  void it('has a fixture with labels for every class of marker', () => {
    for (const slug of [
      'glued-letters', 'bold-letter-dash', 'symbol-labels', 'paren-dot-labels', 'first-letter-bold', 'table-cells', 'br-cell',
      'inline-lesson', 'inline-result-bullet', 'header-fields', 'blockquote-body', 'prose-not-markers', 'heading-levels-timing',
      'lettered-list', 'word-glued', 'question-headings-bank', 'nested-bank', 'principle-bank', 'modifiers-keycaps',
      'question-header-bank', 'list-title-bank', 'bold-title-bank', 'emphasis-inside-story', 'column-table-bank',
      'theme-group-of-one', 'question-line-paragraph', 'labels-by-position', 'labels-other-languages', 'label-synonyms',
      'trailer-named-bank', 'par-letters', 'question-prose-bank', 'followup-questions-stay', 'details-summary-bank',
      'break-separated-bank', 'qa-table-bank', 'method-explainer', 'plain-title-lines', 'html-headings', 'group-headings-prose-bank',
      'symbols-inside-emphasis', 'bracketed-initials', 'label-tails', 'compound-labels', 'lowercase-alone-labels', 'mixed-separators',
      'groups-marked-and-unmarked', 'late-trailer-heading', 'subpoints-not-parts', 'trailer-material', 'trait-list-not-parts',
      'answer-lead-in', 'principle-note-groups', 'answer-headings', 'short-answer-between', 'bold-label-topic', 'html-bank',
      'quoted-answers-under-questions', 'numbered-html-bold-titles', 'trailing-letter-tags',
      'code-span-question-bank', 'quoted-question-titles', 'collection-heading-question-bank', 'table-row-stories',
      'arrow-and-html-labels', 'inner-bracket-letters', 'letter-alone-bullets', 'cjk-qualified-labels',
      'reduced-clause-labels', 'labels-traditional-chinese', 'verb-phrase-subpoints',
      'question-line-star-letters', 'question-field-headings', 'headings-over-question-lines', 'group-tip-over-one-story', 'nested-star-table-unread',
      'known-labels-new-dress', 'unanchored-pitch-labels', 'question-heading-level-up', 'group-heading-advice-over-answers',
      'told-past-korean', 'told-past-japanese', 'talk-sections-korean', 'talk-sections-japanese', 'talk-sections-english',
      'tell-forms-clitic-portuguese', 'topic-headings-russian',
      'sections-by-place', 'pitch-list-by-place', 'points-list-not-parts', 'question-list-groups',
      'part-headings-over-step-lists', 'inline-bracketed-labels', 'lone-lead-over-letter-run', 'recurring-lead-ins-by-place',
      'recurring-lead-ins-japanese', 'recurring-lead-ins-spanish',
      'group-over-project-answers', 'group-over-project-answers-korean', 'group-over-project-answers-japanese', 'groups-of-told-answers',
      'hinted-question-list', 'hinted-question-list-german', 'language-versions', 'language-versions-cjk', 'coaching-guide-anecdotes', 'coaching-guide-anecdotes-french',
      'colon-named-items-restart', 'colon-named-items-restart-german', 'colon-named-item-one-telling', 'framed-title-lines', 'framed-title-lines-korean',
      'asking-heading-over-line', 'asking-heading-over-line-spanish', 'points-under-question', 'points-under-question-korean', 'points-under-question-chinese', 'points-under-question-spanish', 'legend-over-grouped-stories', 'enclosed-headlines', 'enclosed-headlines-korean', 'enclosed-headlines-japanese',
      'outline-before-answers', 'field-headings-one-answer',
    ]) {
      assert.ok(files.includes(`${slug}.md`), slug);
    }
  });

  for (const f of files) {
    void it(f, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const labels = parseYaml(readFileSync(join(DIR, f.replace(/\.md$/, '.labels.yml')), 'utf8')) as Labels;
      const parsed = parseFile(text, `stories/${f}`, { ...DEFAULT_CONFIG, include: ['**/*.md'] });
      assert.equal(parsed.stories.length, labels.stories.length, 'stories found');
      labels.stories.forEach((want, i) => {
        const story = parsed.stories[i];
        assert.equal(story.title, want.title);
        const got: Record<string, number | null> = {};
        const expected: Record<string, number | null> = {};
        for (const p of PART_ORDER) {
          got[p] = story.parts.find((x) => x.name === p)?.marker.start.line ?? null;
          expected[p] = want.parts[p] ?? null;
        }
        assert.deepEqual(got, expected);
        // A part that is found has words (each fixture's parts all have a body).
        for (const part of story.parts) assert.ok(part.wordCount > 0, `${part.name} has no words`);
        if (story.parts.length === 0) assert.ok(story.wordCount > 0, 'an unmarked story still has its words');
      });
    });
  }
});
