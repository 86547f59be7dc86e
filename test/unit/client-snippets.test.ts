// The Markdown snippets: valid, unique prefixes, and every story snippet expands (with its defaults) to a
// story the core accepts as complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { THEME_IDS } from '../../server/src/core/knowledge/index';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const snippets = JSON.parse(readFileSync(new URL('../../snippets/storybank.code-snippets', import.meta.url), 'utf8')) as Record<string, Snippet>;

/** Expands a snippet body the way the editor would if every placeholder kept its default. */
export function expandDefaults(body: string): string {
  let out = '';
  let i = 0;
  const readUntilClose = (): string => {
    // reads a placeholder default up to its matching `}`, expanding nested placeholders
    let text = '';
    while (i < body.length && body[i] !== '}') {
      if (body[i] === '\\' && i + 1 < body.length) {
        text += body[i + 1];
        i += 2;
      } else if (body[i] === '$') {
        text += expandAt();
      } else {
        text += body[i++];
      }
    }
    i++; // the `}`
    return text;
  };
  const expandAt = (): string => {
    // body[i] === '$'
    const rest = body.slice(i);
    let m = /^\$(\d+)/.exec(rest);
    if (m) {
      i += m[0].length;
      return '';
    }
    m = /^\$\{(\d+)\|([^|]*)\|\}/.exec(rest);
    if (m) {
      i += m[0].length;
      return (m[2] ?? '').split(',')[0] ?? '';
    }
    m = /^\$\{(\d+):/.exec(rest);
    if (m) {
      i += m[0].length;
      return readUntilClose();
    }
    m = /^\$\{(\d+)\}/.exec(rest);
    if (m) {
      i += m[0].length;
      return '';
    }
    throw new Error(`unsupported snippet syntax at: ${rest.slice(0, 20)}`);
  };
  while (i < body.length) {
    if (body[i] === '\\' && i + 1 < body.length) {
      out += body[i + 1];
      i += 2;
    } else if (body[i] === '$') {
      out += expandAt();
    } else {
      out += body[i++];
    }
  }
  return out;
}

const bodyOf = (s: Snippet): string => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const isStory = (s: Snippet): boolean => bodyOf(s).startsWith('---');

void test('the expander handles defaults, choices, nesting and escapes', () => {
  assert.equal(expandDefaults('a ${1:x ${2:y}} $0 ${3|p,q|} \\$5'), 'a x y  p $5');
});

void test('prefixes are unique and every snippet has a description', () => {
  const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
  assert.equal(new Set(prefixes).size, prefixes.length);
  for (const [name, s] of Object.entries(snippets)) assert.ok(s.description && s.description.length > 10, name);
});

void test('there is a whole story, a skeleton, one story per theme and the four suppression comments', () => {
  const prefixes = Object.values(snippets).map((s) => s.prefix);
  assert.ok(prefixes.includes('story'));
  assert.ok(prefixes.includes('story-parts'));
  for (const t of THEME_IDS) assert.ok(prefixes.includes(`story-${t}`), t);
  for (const k of ['disable', 'enable', 'disable-next-line', 'disable-file']) {
    const s = Object.values(snippets).find((x) => x.prefix === `storybank-${k}`);
    assert.ok(s, k);
    assert.match(expandDefaults(bodyOf(s)), new RegExp(`^<!-- storybank-${k} [a-z-]+ -->$`));
  }
});

void test('every answer snippet expands to an answer of its kind with its parts and valid front matter', () => {
  const stories = Object.entries(snippets).filter(([, s]) => isStory(s));
  // the whole story, one per theme, the pitch and the questions to ask
  assert.equal(stories.length, 1 + THEME_IDS.length + 2);
  for (const [name, s] of stories) {
    const text = expandDefaults(bodyOf(s));
    const analysis = analyzeFile(text, 'stories/snippet.md', DEFAULT_CONFIG);
    assert.equal(analysis.file.stories.length, 1, name);
    const rules = analysis.findings.map((f) => f.ruleId);
    for (const bad of ['missing-section', 'empty-section', 'frontmatter-invalid', 'unknown-question', 'unknown-theme', 'unknown-company', 'duplicate-section', 'section-order', 'question-count']) {
      assert.ok(!rules.includes(bad), `${name}: ${bad} in ${JSON.stringify(analysis.findings.filter((f) => f.ruleId === bad).map((f) => f.message))}`);
    }
    // the prompts are placeholders, so the placeholder rule keeps pointing at them until they are replaced
    assert.ok(rules.includes('placeholder'), `${name}: prompts should be caught by the placeholder rule`);
    // so is every front matter slot such as project: "[project-id]"
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (!/^[a-z-]+: "\[[^\]]*\]"$/.test(line)) continue;
      assert.ok(
        analysis.findings.some((f) => f.ruleId === 'placeholder' && f.range.start.line === i + 1),
        `${name}: the slot on line ${i + 1} (${line}) is not flagged`,
      );
    }
    const theme = /themes: \[([a-z-]+)\]/.exec(text)?.[1];
    if (theme) assert.deepEqual(analysis.file.stories[0]?.themes, [theme], name);
  }
});

void test('the kind snippets follow their kind: a pitch for Q1 and Q28, a plan for Q30, a list for Q29', () => {
  const partsOf = (name: string): string[] => {
    const s = snippets[name];
    assert.ok(s, name);
    return analyzeFile(expandDefaults(bodyOf(s)), 'stories/s.md', DEFAULT_CONFIG).file.stories[0].parts.map((p) => p.label);
  };
  assert.deepEqual(partsOf('Story Bank: tell me about yourself (pitch)'), ['Now', 'Arc', 'Impact', 'Why here']);
  assert.deepEqual(partsOf('Story Bank: Company and Role Fit story'), ['Now', 'Impact', 'Why here']);
  assert.deepEqual(partsOf('Story Bank: Situational and Hypothetical story'), ['Steps', 'Real case', 'Principle']);
  assert.deepEqual(partsOf('Story Bank: questions to ask the interviewer'), []);
});

void test('the skeleton under a title has all five parts', () => {
  const s = snippets['Story Bank: five-part skeleton'];
  assert.ok(s);
  const text = `---\nquestions: [6]\n---\n# A story\n\n${expandDefaults(bodyOf(s))}`;
  const rules = analyzeFile(text, 'stories/skeleton.md', DEFAULT_CONFIG).findings.map((f) => f.ruleId);
  assert.ok(!rules.includes('missing-section'));
});
