// Plain paragraphs and headings built without the Markdown parser (server/src/core/parse/plain.ts) give the tree
// the parser gives, positions included: on every Markdown file of the fixtures, examples, docs and eval corpus, on
// the adversarial shapes, and on generated texts of lines that are plain or nearly so.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseInChunks } from '../../server/src/core/parse/chunks';
import { parseWithPlainBlocks } from '../../server/src/core/parse/plain';
import { sanitizeForParse } from '../../server/src/core/parse/sanitize';
import { asStory, generated, rng, shapeText, SHAPES } from '../../bench/adversarial-shapes';
import { markdownFiles, referenceParse, ROOT } from './helpers/parse-check';

const parse = referenceParse;
/** Parser calls and characters given to the parser, over the texts checked. */
const used = { calls: 0, chars: 0, total: 0 };
function counting(text: string): ReturnType<typeof parse> {
  used.calls++;
  used.chars += text.length;
  return parse(text);
}

function same(text: string): boolean {
  used.total += text.length;
  return JSON.stringify(parseWithPlainBlocks(text, counting)) === JSON.stringify(parse(text));
}

void describe('parseWithPlainBlocks', () => {
  void it('gives the parser\'s tree on every Markdown file of the fixtures, examples, docs and eval corpus', () => {
    const files = ['test/fixtures', 'examples', 'docs', 'eval/corpus'].flatMap((d) => markdownFiles(join(ROOT, d)));
    assert.ok(files.length > 300, `${files.length} files`);
    used.chars = used.total = 0;
    for (const f of files) {
      const text = sanitizeForParse(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
      assert.ok(same(text), f);
    }
    // The same files saved with Windows line endings (`\r\n`) take the shortcut as well.
    const parsed = used.chars;
    const total = used.total;
    for (const f of files) {
      const text = sanitizeForParse(readFileSync(f, 'utf8').replace(/^\uFEFF/, '').replace(/\r?\n/g, '\r\n'));
      assert.ok(same(text), `${f} with \\r\\n`);
    }
    assert.ok(used.chars - parsed < 0.6 * (used.total - total), `${used.chars - parsed} of ${used.total - total} characters parsed (\\r\\n)`);
    // The shortcut is taken: most characters of these files never reach the parser.
    assert.ok(used.chars < 0.6 * used.total, `${used.chars} of ${used.total} characters parsed`);
  });

  void it('gives the parser\'s tree on the adversarial shapes and generated texts, whole and in pieces', () => {
    const pieces = (t: string): string => JSON.stringify(parseInChunks(t, (p) => parseWithPlainBlocks(p, parse), 16, 0));
    for (const shape of SHAPES) {
      const text = sanitizeForParse(shapeText(shape, 3000));
      assert.ok(same(text), shape.name);
      assert.equal(pieces(text), JSON.stringify(parse(text)), shape.name);
    }
    for (let seed = 1; seed <= 200; seed++) assert.ok(same(sanitizeForParse(asStory(generated(seed, 3000)))), `seed ${seed}`);
  });

  // Plain lines, lines that are nearly plain (one character of markup, a tab, a trailing space, an indent), and lines
  // that open, continue or close blocks, in random order.
  void it('gives the parser\'s tree on 3,000 texts of plain and nearly plain lines', () => {
    const LINES = [
      '', '', '', '', '  ', 'a', 'We did it.', 'Café au lait, 40% off', 'It was 2024: a year.', ' a', '  b c', '   d', '    code', 'x  ', 'x ',
      'a\tb', '\ta', 'a *b*', 'a _b_', 'a `b`', 'a [b]', 'a <b>', 'a &amp; b', 'a \\ b', 'a!', '2024 was long', '1. item', '2) item',
      '10. item', '1 a', '# h', '## Approach', '### Result ###', '#a', '##', '#  spaced  title', '###### six', '####### seven', '# h #', '  # h',
      '- a', '* a', '+ a', '  - c', '> q', '>', '===', '---', '***', '___', '- - -', '```', '~~~', '```js', '<!--', '-->', '<div>', '</div>',
      '<pre>', '</pre>', '<!-- a -->', '<!-- storybank-disable blame -->', '<!-->', '<!--->', '<!-- a --> b', '<!-- a -->  ', ' <!-- a -->',
      '<!-- a\tb -->', '<!-- a -- b', '<!--a-->', 'see [a]', 'Ωmega point', '😀 smile', 'a 😀', 'an\u00a0', '\u00a0a', 'a\u2028b', 'é', 'a | b | c', '|---|---|',
      // Setext underlines and lines that look like them.
      '---', '---', '===', '===', '-', '=', '  --  ', '   ==', '    ---', '--- -', '= =', '----\t', '=-', '-=', '==a', '\t---',
      // List items: plain ones (built without the parser when a list of them stands alone) and near-misses.
      '- We did it.', '1. We did it.', '3) It was 2024: a year.', '* Item', '+ Item', '-  two spaces', '- trailing ', '-a', '1.a',
      '1234567890. ten digits', '0. zero', '- 1. nested', '- # h', '- *b*', '  - indented', '   1. three in', '    - four in',
    ];
    const PLAIN = ['a', 'We did it.', 'It was 2024: a year.', '## Approach', '# Title', ' indented', 'Éclair (x) 40% — "quoted"', '3 people'];
    const FRONT = [
      ['---', 'title: T', '---'], ['---', '---'], ['---', 'a: 1', '', 'b: [2, 3]', '---'], ['---', 'a: ----', '---'], ['---', 'a: 1', '---  '], ['---', 'a: \u0000', '---'],
      ['---', 'a: 1', ' ---'], ['---  ', 'a: 1', '---'], ['---', 'a: 1', '----', '---'], ['---', 'a: 1', '...'], ['---', 'a: 1'], ['---', '', '---'],
    ];
    const r = rng(11);
    let taken = 0;
    for (let i = 0; i < 3000; i++) {
      const n = 3 + Math.floor(r() * 40);
      const lines = Array.from({ length: n }, () => {
        const x = r();
        return x < 0.3 ? '' : x < 0.6 ? (PLAIN[Math.floor(r() * PLAIN.length)] ?? '') : (LINES[Math.floor(r() * LINES.length)] ?? '');
      });
      if (r() < 0.3) lines.unshift(...(FRONT[Math.floor(r() * FRONT.length)] ?? []));
      // Mostly `\n`; a fifth of the texts end their lines with `\r\n`, `\r` or a mix of the three.
      const x = r();
      const eol = (): string => (x < 0.8 ? '\n' : x < 0.87 ? '\r\n' : x < 0.93 ? '\r' : (['\n', '\r\n', '\r'][Math.floor(r() * 3)] ?? '\n'));
      let text = lines[0] ?? '';
      for (let q = 1; q < lines.length; q++) text += eol() + (lines[q] ?? '');
      if (r() < 0.5) text += eol();
      const before = used.chars;
      assert.ok(same(text), JSON.stringify(text));
      if (used.chars - before < text.length) taken++;
    }
    assert.ok(taken > 1000, `${taken} texts took the shortcut`);
  });

  // Lists of one-line items, with the lines that end, continue, nest or interrupt them, in random order.
  void it('gives the parser\'s tree on 2,000 texts of list items and the lines around them', () => {
    const ITEMS = ['- We did it.', '- a', '* Item', '+ Item', '1. We did it.', '2. a', '10. ten', '0. zero', '7) x', '8) y', '123456789. nine digits'];
    const NEAR = [
      '', '', '', '', '', ' ', 'We did it.', 'We did it.', '## Approach', '## Approach', '  more', '    code', '- *b*', '-  two', '- trailing ', '-a', '1234567890. x', '- 1. nested',
      '  - nested', '   - three in', '> - quoted', '> q', '---', '***', '- - -', '```', '<!--', '-->', '- ', '-', '1.', 'x *y*', '* * *', '-\ta',
    ];
    const r = rng(12);
    let taken = 0;
    for (let i = 0; i < 2000; i++) {
      const n = 2 + Math.floor(r() * 12);
      // Two kinds of item per text (mostly the same kind follows), so that lists of several items form.
      const kinds = [ITEMS[Math.floor(r() * ITEMS.length)] ?? '- a', ITEMS[Math.floor(r() * ITEMS.length)] ?? '- a'];
      const lines = Array.from({ length: n }, () => (r() < 0.75 ? (kinds[r() < 0.8 ? 0 : 1] ?? '') : (NEAR[Math.floor(r() * NEAR.length)] ?? '')));
      const eol = r() < 0.8 ? '\n' : '\r\n';
      const text = lines.join(eol) + (r() < 0.5 ? eol : '');
      const before = used.chars;
      assert.ok(same(text), JSON.stringify(text));
      if (used.chars - before < text.length) taken++;
    }
    assert.ok(taken > 200, `${taken} texts took the shortcut`); // 296 at seed 12
  });

  // Nested lists as people write them (an item at the text column of the one above, a sibling, back out to an outer
  // list), with now and then a line that is off: a wrong indent, a blank line, a lazy line, an item with markup.
  void it('gives the parser\'s tree on 1,000 texts of nested list items, whole and in pieces', () => {
    const MARKS = ['-', '*', '+', '1.', '1)', '2.', '9)', '10.'];
    const NEAR = ['', 'lazy', '  lazy', '- *b*', '---', '```', '    code', '- ', ' - a', '\t- a', '## H'];
    const r = rng(10);
    let taken = 0;
    for (let i = 0; i < 1000; i++) {
      const open: { col: number; mark: string }[] = [];
      const lines: string[] = [];
      const n = 2 + Math.floor(r() * 20);
      for (let j = 0; j < n; j++) {
        if (j > 0 && r() < 0.07) {
          lines.push(NEAR[Math.floor(r() * NEAR.length)] ?? '');
          continue;
        }
        const x = r();
        const top = open[open.length - 1];
        let col = !top ? 0 : x < 0.35 ? top.col + top.mark.length + 1 : x < 0.75 ? top.col : (open[Math.floor(r() * open.length)]?.col ?? 0);
        if (r() < 0.04) col = Math.max(0, col + (r() < 0.5 ? 1 : -1));
        while ((open[open.length - 1]?.col ?? -1) > col) open.pop();
        const same = open[open.length - 1]?.col === col ? open[open.length - 1] : undefined;
        const mark = same && r() < 0.8 ? same.mark : (MARKS[Math.floor(r() * MARKS.length)] ?? '-');
        if (same) same.mark = mark;
        else open.push({ col, mark });
        lines.push(`${' '.repeat(col)}${mark} ${r() < 0.9 ? `We did it ${j}` : '*x*'}`);
      }
      const eol = r() < 0.8 ? '\n' : '\r\n';
      const text = (r() < 0.3 ? 'Intro\n\n' : '') + lines.join(eol) + (r() < 0.5 ? eol : '') + (r() < 0.3 ? `${eol}After.${eol}` : '');
      const before = used.chars;
      assert.ok(same(text), JSON.stringify(text));
      if (used.chars - before < text.length) taken++;
      assert.equal(JSON.stringify(parseInChunks(text, (p) => parseWithPlainBlocks(p, parse), 16, 0)), JSON.stringify(parse(text)), JSON.stringify(text));
    }
    assert.ok(taken > 250, `${taken} texts took the shortcut`);
  });

  // Paragraphs ended by list items, items continued by lazy lines (`Questions:` / `- Why?`), and the lines that end,
  // nest or interrupt them.
  void it('gives the parser\'s tree on 1,500 texts of lazy lines and paragraphs ended by lists, whole and in pieces', () => {
    const LINES = [
      'Questions:', 'Questions:', 'We did it.', 'lazy', '- Why?', '- Why?', '- How?', '* Item', '1. First', '1) First', '2. Second', '8) y',
      '', '', '  - nested', '   1. nested', '  more', '    code', '\tcode', '## Approach', '# Q1', '---', '===', '- *b*', '> q', '```', 'a | b',
      '- ', '1.', 'x *y*', '<!--', '-->', '<!-- storybank-disable-next-line blame -->', '<!-- a --> b', '2.   Situation:  ', '-     five', '- a ', '1. **Situation:**', '- **Task:** we had to', '- **A**b', '2. **B** ', '  - **C:** c', '**D:** d',
    ];
    const r = rng(13);
    let taken = 0;
    for (let i = 0; i < 1500; i++) {
      const n = 2 + Math.floor(r() * 16);
      const lines = Array.from({ length: n }, () => LINES[Math.floor(r() * LINES.length)] ?? '');
      const eol = r() < 0.8 ? '\n' : '\r\n';
      const text = lines.join(eol) + (r() < 0.5 ? eol : '');
      const before = used.chars;
      assert.ok(same(text), JSON.stringify(text));
      if (used.chars - before < text.length) taken++;
      // (A text that opens with `---` never closed is known to differ in pieces: the parser then starts no list
      // anywhere in the whole text, a quirk of the front matter extension that a piece after the first does not see.)
      if (!text.startsWith('---')) assert.equal(JSON.stringify(parseInChunks(text, (p) => parseWithPlainBlocks(p, parse), 16, 0)), JSON.stringify(parse(text)), JSON.stringify(text));
    }
    assert.ok(taken > 120, `${taken} texts took the shortcut`); // 179 at seed 13
  });

  void it('builds lists of plain one-line items without the parser, and leaves lists that may go on to it', () => {
    const built = [
      '# Title\n\n## Action\n\n- I split the tests.\n- I cached the build.\n\nIt took 4 minutes.\n',
      '1. First\n2. Second\n3. Third',
      '5) Five\r\n6) Six\r\n\r\n## Result\r\n',
      '* a\n* b\n\n\n## c\n\nWe did it.\n',
      // Another kind of item starts another list; blank lines between items make a loose list.
      '- a\n* b\n+ c\n1. d\n1) e\n',
      '- a\n\n- b\n\n\n- c\n\nWe did it.\n',
      // Nested items: at the text column of the item above, or back at an open list's marker column.
      '- a\n  - b\n    * c\n  - d\n- e\n',
      '1. Step\n   1. I did it\n   - another kind\n2. Step\n   1. again\n\n## Result\n',
      // A plain line right under an item continues it lazily; a paragraph ended by a list of plain items.
      '- a\nlazy\n', '- a\nlazy\nmore\n- b\n\n- c\nlazy\n\nWe did it.\n', 'Questions:\n- Why?\nQuestions:\n- How?\n',
      '# Q1\nWe did it.\n1. First\nthen\n2. Second\n\n## Result\n', 'a\n- b\n  - c\n- d\n',
      // A list right under a heading, and a heading or a fence right under a list (which it ends), without blank lines.
      '## Questions to ask\n- Why?\n## Questions to ask\n- Why?\n', '# Q1\n## Situation\n3. a\n   - b\n## Task\n```\nx\n```\n- c\nlazy\n# Q2\n',
      'Questions:\n- Why?\n## Next\nWe did it.\n- a\n',
      // Items that start with a bold label.
      '1. **Situation:**\n2. **Task:**\n', '- **Situation:** we had  a problem\n- **Task:** x\nlazy\n- **Result**\n', 'Parts:\n* **Á 1.** é\n',
      // Up to four spaces after the marker, spaces at the end (as the sanitizer leaves a long list of bold labels).
      '2.   Situation:  \n3.   Situation:  \n', '-    **A:**  \n- b \n',
    ];
    for (const text of built) {
      const before = used.calls;
      assert.ok(same(text), JSON.stringify(text));
      assert.equal(used.calls, before, JSON.stringify(text));
    }
    // A list item indented below it or after a blank line, an item the shortcut does not
    // take after blank lines, and a list after one the parser read (the item would join it): all to the parser.
    // Nested: an indent that is neither an open list's nor the text column above, a nested list that starts past 1
    // (it would continue the item's paragraph), blank lines after nested items.
    // After an indented code block the parser reads an ordered list that does not start at 1 as a paragraph; a
    // paragraph followed by such an item goes on (the item cannot interrupt it); a lazy line under a nested item.
    // Bold labels the parser may read otherwise (no flanking, markup, a trailing space), or with a lazy line after them.
    for (const text of ['- **A**b\n', '- **A:**b\n', '- **A **\n', '- ** A**\n', '- **A** *b*\n', '- **A_b**\n', '- **A**\nlazy\n', '- **A** **B**\n', '1.     a\n', '- a \nlazy\n', '- a  \nlazy\n']) {
      const before = used.calls;
      assert.ok(same(text), JSON.stringify(text));
      assert.notEqual(used.calls, before, JSON.stringify(text));
    }
    for (const text of ['    code\n\n8) y\n9) z\n', '\tcode\n\n2. y\nlazy\n', 'a\n2. b\n', 'a\n- b *c*\n', '- a\n  - b\nlazy\n', '- a\nlazy\n---\n', '- a\n - b\n', '- a\n   - b\n', '- a\n  2. b\n', '- a\n  - b\n\n- c\n', '- a\n\n  b\n', '- a\n\n- b *c*\n', '- a *b*\n\n- c\n', 'x\n- a *b*\n\n- c\n']) {
      const before = used.calls;
      assert.ok(same(text), JSON.stringify(text));
      assert.notEqual(used.calls, before, JSON.stringify(text));
    }
  });

  void it('gives a short plain block between two runs to the parser with them, in one call', () => {
    // Each parser call costs about what a short block does: thousands of `<details>` blocks, each around one plain
    // line, were thousands of calls.
    const text = '<details><summary>Result</summary>\n\nI led it.\n\n</details>\n'.repeat(50);
    let before = used.calls;
    assert.ok(same(text));
    assert.equal(used.calls - before, 1);
    // A longer plain block, or plain blocks with no run on one side, are still built here.
    for (const t of ['<div>a</div>\n\nWe cut the build from 40 minutes to 4, and nobody had to wait for it again.\n\n<div>b</div>\n', '# Title\n\n<div>a</div>\n\nShort.\n']) {
      before = used.calls;
      const chars = used.chars;
      assert.ok(same(t), JSON.stringify(t));
      assert.ok(used.chars - chars < t.length, JSON.stringify(t));
    }
  });

  void it('leaves texts with link definitions to the parser', () => {
    for (const text of ['A para.\n\n[a]: /u\n\nSee [a].\n', 'A para.\r\n\r\n[a]: /u\r\n\r\nSee [a].\r\n']) {
      const before = used.calls;
      assert.ok(same(text));
      assert.equal(used.calls - before, 1);
    }
  });

  void it('builds paragraphs and headings with `\\r\\n` or `\\r` line endings without the parser', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = ['# Title', '', '## Situation', '', 'We had a slow build.', 'It took 40 minutes.', '  And it got worse.', '', 'Another.', ''].join(eol);
      const before = used.calls;
      assert.ok(same(text), JSON.stringify(eol));
      assert.equal(used.calls, before, JSON.stringify(eol));
    }
  });

  void it('builds setext headings and headings without blank lines between them without the parser', () => {
    for (const text of ['Situation\n=========\nWe had a slow build.\nAction\n------  \n## Result\nIt took 4 minutes.\n', '# A\n## B\n### C\nText\n  more text\n---\n']) {
      const before = used.calls;
      assert.ok(same(text), JSON.stringify(text));
      assert.equal(used.calls, before, JSON.stringify(text));
    }
  });

  void it('gives the parser only what follows a heading when a line after it is not plain', () => {
    // A list with markup right under a part heading (the heading is built here, the list parsed); `---` under a
    // heading stays with it (alone at the start of a text, it could open front matter).
    const cases: [string, number][] = [
      ['# Title\n## Situation\n- we had an *outage*\n- it lasted a day\n', '- we had an *outage*\n- it lasted a day\n'.length],
      ['# Title\n## Situation\n- we had an outage\n- it lasted a day\n', 0],
      ['Situation\n---------\n> a quote\n', '> a quote\n'.length],
      ['# h\n---\na: 1\n---\n', '# h\n---\na: 1\n---\n'.length],
      ['A line\n## h\nsee *this*\n', 'see *this*\n'.length],
      ['A line\nsee *this*\n', 'A line\nsee *this*\n'.length],
    ];
    for (const [text, parsed] of cases) {
      const before = used.chars;
      assert.ok(same(text), JSON.stringify(text));
      assert.equal(used.chars - before, parsed, JSON.stringify(text));
    }
  });

  // Fenced code blocks among plain blocks: fences of both characters and lengths, with and without a language, closers
  // that are indented, longer, shorter, followed by spaces or of the other character, content lines that look like
  // blocks, and the plain lines around them, in random order (only a fence in the first column, with nothing after its
  // language and a closer in the first column with nothing after it, is built here).
  void it('gives the parser\'s tree on 2,000 texts of fenced code blocks and the lines around them', () => {
    const FENCES = ['```', '```', '~~~', '````', '```js', '~~~py', '```c++', '``` js', '```js x', '```a`b', '~~~ a~b', '```&amp;', '``', '  ```', '\t```', '```  '];
    const LINES = [
      '', '', '', 'We did it.', '## Approach', 'a', '- a', '## b', '> q', '    code', '\tx', '<div>', '[a]', '*b*', ' ```', '   ```', '    ```', '```  ', '`````',
      '~~~~', '``', '```js', 'a\u0000b', 'Situation', '---', '===', '1. one',
    ];
    const r = rng(13);
    let taken = 0;
    for (let i = 0; i < 2000; i++) {
      const n = 2 + Math.floor(r() * 16);
      const lines = Array.from({ length: n }, () => {
        const x = r();
        return x < 0.35 ? (FENCES[Math.floor(r() * FENCES.length)] ?? '```') : (LINES[Math.floor(r() * LINES.length)] ?? '');
      });
      const x = r();
      const eol = x < 0.8 ? '\n' : x < 0.9 ? '\r\n' : '\r';
      const text = lines.join(eol) + (r() < 0.5 ? eol : '');
      const before = used.chars;
      assert.ok(same(text), JSON.stringify(text));
      if (used.chars - before < text.length) taken++;
    }
    assert.ok(taken > 200, `${taken} texts took the shortcut`); // 290 at seed 13
  });

  void it('builds fenced code blocks without the parser', () => {
    const cases = [
      '```\n- a\n## b\n```\n```\n- a\n## b\n```\n',
      '## Approach\n\nI wrote:\n```js\nconst x = 1;\n\n\tx++;\n```\nThen it worked.\n',
      '~~~~\n\n\n~~~~~\npara\r\n',
      '```\n```',
    ];
    for (const text of cases) {
      const before = used.calls;
      assert.ok(same(text), JSON.stringify(text));
      assert.equal(used.calls, before, JSON.stringify(text));
    }
  });

  void it('builds one-line HTML comments (suppression comments) without the parser', () => {
    const cases = [
      '## Action\n\n<!-- storybank-disable blame -->\nThey missed the date.\n<!-- storybank-enable blame -->\n',
      '<!-- storybank-disable-next-line filler-phrase -->\nIt went basically fine.\n\n## Result\n<!-->\n',
      'We shipped it.\n<!-- a note --> after it  \r\nThen we stopped.\r\n',
    ];
    for (const text of cases) {
      const before = used.calls;
      assert.ok(same(text), JSON.stringify(text));
      assert.equal(used.calls, before, JSON.stringify(text));
    }
    // A comment that goes on to another line, or one indented, is the parser's.
    for (const text of ['<!-- a\nb -->\n', '  <!-- a -->\n']) {
      const before = used.calls;
      assert.ok(same(text), JSON.stringify(text));
      assert.ok(used.calls > before, JSON.stringify(text));
    }
  });

  void it('builds a story of headings and paragraphs without the parser', () => {
    const text = '# Title\n\n## Situation\n\nWe had a slow build.\nIt took 40 minutes.\n\n## Action\nI split the tests.\n';
    const before = used.calls;
    assert.ok(same(text));
    assert.equal(used.calls, before);
  });
});
