// Escaping in every export: a story title from someone else's repository must show as exactly its text in the
// coverage Markdown (CLI and VS Code export), in the matrix webview and on a terminal — never as HTML, a link,
// an image, a second table cell or a new row. Markdown is rendered with markdown-it, the parser of VS Code's
// Markdown preview, with raw HTML switched on (the worst case). The CLI's export runs the built CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildMatrix, coverageToMarkdown } from '../../client/src/matrix';
import { matrixHtml } from '../../client/src/matrixHtml';
import { drillHtml } from '../../client/src/drillHtml';
import { drillView, standings } from '../../client/src/practice';
import type { Knowledge } from '../../client/src/trees';
import { escapeHtml, markdownInline, markdownTableCell, printable } from '../../server/src/core/escape';
import { COMPANIES, QUESTIONS, THEMES } from '../../server/src/core/knowledge/index';
import type { BankIndex, BankStoryInfo } from '../../server/src/protocol';

interface MarkdownIt {
  render(src: string): string;
}
const markdownIt = createRequire(__filename)('markdown-it') as (opts: { html: boolean; linkify: boolean }) => MarkdownIt;
const md = markdownIt({ html: true, linkify: false });

const ROOT = resolve(__dirname, '..', '..');
const K: Knowledge = { themes: THEMES, questions: QUESTIONS, companies: COMPANIES };

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script> launch',
  'a\\|b',
  'a|b|c',
  'a \\',
  'lone\rreturn',
  'crlf\r\nline',
  '![pixel](https://example.invalid/p.png)',
  '[click](javascript:alert(1))',
  '**bold** _it_ `code` ~~gone~~',
  '&amp; &lt;b&gt; &#60;',
  '# heading',
  '1. first',
  '- item',
  '> quote',
  '<!-- comment -->',
  '\\\\|',
];

/** The text of an HTML fragment, entities decoded (the few markdown-it writes). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The cells of each body row of the first table in rendered HTML. */
function bodyCells(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]));
}

/** What a title must look like once shown: its text on one line. */
function shown(title: string): string {
  return title.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ').trim();
}

const NO_MARKUP = /<(?!\/?(?:p|table|thead|tbody|tr|th|td)\b)[a-z!]/i;

function assertCellIsLiteral(title: string): void {
  const html = md.render(`| Story | n |\n| --- | --- |\n| ${markdownTableCell(title)} | 1 |\n`);
  const rows = bodyCells(html);
  assert.equal(rows.length, 1, `one row for ${JSON.stringify(title)}: ${html}`);
  assert.equal(rows[0].length, 2, `two cells for ${JSON.stringify(title)}: ${html}`);
  assert.doesNotMatch(rows[0][0], NO_MARKUP, `no markup from ${JSON.stringify(title)}`);
  assert.equal(textOf(rows[0][0]), shown(title));
}

void describe('Markdown escaping', () => {
  void it('keeps each hostile title one literal table cell', () => {
    for (const t of HOSTILE) assertCellIsLiteral(t);
  });

  void it('keeps any string over the special characters one literal table cell', () => {
    const ch = fc.constantFrom(...'\\|`*_[]()!<>&#~-+=.:1 a\r\n\t"\''.split(''), 'https://', '<img ', '&amp;', '```');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 30 }).map((a) => a.join('')), (t) => assertCellIsLiteral(t)),
      { numRuns: 2000 },
    );
  });

  void it('keeps inline text one literal paragraph', () => {
    for (const t of HOSTILE) {
      const html = md.render(`No story yet for: ${markdownInline(t)}.`);
      assert.match(html, /^<p>[^]*<\/p>\n$/);
      assert.doesNotMatch(html.slice(3, -5), NO_MARKUP, t);
      assert.equal(textOf(html).trim(), `No story yet for: ${shown(t)}.`.trim());
    }
  });

  void it('writes HTML as text', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  void it('shows terminal control codes instead of running them', () => {
    assert.equal(printable('a\u001b[2Jb\rc\u0007\u202Ed\te\nf'), 'a\\x1B[2Jb\\x0Dc\\x07\\u{202E}d\te\nf');
  });
});

void describe('exports of a bank with hostile titles', () => {
  const stories: BankStoryInfo[] = HOSTILE.map((title, i) => {
    const uri = `file:///bank/stories/s${i}.md`;
    return {
      key: `${uri}#0`, uri, index: 0, title, titleRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      questions: [6], themes: ['technical-decision'], companies: [], wordCount: 100, spokenSeconds: 40, problems: { errors: 0, warnings: 0, infos: 0 },
    };
  });
  const index: BankIndex = {
    version: 1, indexing: false, stories, updated: '2026-11-30T00:00:00Z', health: [],
    themes: THEMES.map((t) => ({ id: t.id, questions: t.questions, coveredQuestions: t.id === 'technical-decision' ? 1 : 0, stories: t.id === 'technical-decision' ? stories.map((s) => s.key) : [] })),
    questions: QUESTIONS.map((q) => ({ id: q.id, theme: q.theme, stories: q.id === 6 ? stories.map((s) => s.key) : [] })),
  };

  void it('the VS Code Markdown export lists each story with its title as text', () => {
    const text = coverageToMarkdown(index, K, '2026-01-01');
    const html = md.render(text);
    assert.doesNotMatch(html.replace(/<\/?(p|h1|h2|ul|li|strong|em)( [^>]*)?>/g, ''), /<[a-z!]/i, 'no markup but the export\'s own headings, lists and emphasis');
    // The last list is the stories: one item per story, its title as text, then its question.
    const lists = [...html.matchAll(/<ul>([\s\S]*?)<\/ul>/g)].map((m) => m[1]);
    const items = [...(lists[lists.length - 1] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]));
    assert.equal(items.length, HOSTILE.length, 'an item per story');
    assert.deepEqual(items.map((i) => i.replace(/: Q6$/, '')).sort(), HOSTILE.map(shown).sort());
    // Q6 lists them all, each as text.
    const q6 = [...html.matchAll(/<li><strong>Q6<\/strong>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]));
    assert.equal(q6.length, 1);
    for (const t of HOSTILE) assert.ok(q6[0].includes(shown(t)), `Q6 names ${JSON.stringify(t)}`);
  });

  void it('the matrix webview shows each title as text', () => {
    const html = matrixHtml(buildMatrix(index, 'theme', K), 'N', 'vscode-webview://x');
    assert.doesNotMatch(html, /<img|<script>alert/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    for (const t of HOSTILE) assert.ok(html.includes(`>${escapeHtml(t)}</a></th>`), t);
  });

  void it('the practice drill webview shows each title as text, in its links and its record button', () => {
    const q6 = standings(index, QUESTIONS).find((s) => s.question.id === 6);
    assert.ok(q6);
    const html = drillHtml(drillView(q6, THEMES, QUESTIONS, {}, '2026-11-30'), 'N', 'vscode-webview://x');
    assert.doesNotMatch(html, /<img|<script>alert|<!-- comment/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    for (const t of HOSTILE) assert.ok(html.includes(`>${escapeHtml(t)}</a>`), t);
    assert.match(html, /<button id="record" [^>]*>Write the date into “[^<]*”<\/button>/);
  });

  void it('storybank coverage --format markdown escapes titles from front matter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storybank-escape-'));
    try {
      const titles = ['<img src=x onerror=alert(1)>', 'a\\|b', 'lone\rreturn'];
      mkdirSync(join(dir, 'stories'));
      titles.forEach((t, i) => {
        writeFileSync(join(dir, 'stories', `s${i}.md`), `---\ntitle: ${JSON.stringify(t)}\nquestions: [6]\n---\n## Setup\n\nWe shipped it.\n`);
      });
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'storybank.js'), 'coverage', '--format', 'markdown'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const html = md.render(r.stdout);
      assert.doesNotMatch(html, /<img|<script/);
      const rows = bodyCells(html);
      assert.equal(rows.length, QUESTIONS.length);
      for (const row of rows) assert.equal(row.length, 4);
      const q6 = rows.find((row) => textOf(row[1]).startsWith('Q6 '));
      assert.ok(q6);
      const shownTitles = q6[2].split('<br>').map(textOf);
      assert.deepEqual(shownTitles.sort(), titles.map(shown).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
