// Adversarial Markdown: the input shapes that made the checker slow (found by an attack on the built product) and
// a seeded generator of more. Each shape is a function of the size in characters. Used by bench/adversarial.ts
// (the figures) and test/unit/adversarial.test.ts (time bounds in CI).

import { rng } from './rng';

export { rng };

/** Repeats `unit` to `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A story around `body`, so that every rule runs on it. */
export function asStory(body: string): string {
  return `---\ntitle: Adversarial\nquestions: [6]\n---\n# Adversarial\n\n## Setup\n\n${body}\n`;
}

export interface Shape {
  name: string;
  make: (size: number) => string;
  /** `make` gives a whole document (its own front matter): not wrapped in asStory. */
  whole?: boolean;
}

/** The document a shape makes at `size` characters: wrapped in a story unless it is a whole document. */
export function shapeText(shape: Shape, size: number): string {
  return shape.whole ? shape.make(size) : asStory(shape.make(size));
}

/** Lines made by `line(i)` for i = 0, 1, 2... until `size` characters. */
function lines(size: number, line: (i: number) => string): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const l = line(i);
    out.push(l);
    n += l.length;
  }
  return out.join('').slice(0, size);
}

export const SHAPES: Shape[] = [
  { name: '*_ repeated', make: (n) => fill('*_', n) },
  { name: '[ x n/2 then ] x n/2', make: (n) => '['.repeat(Math.floor(n / 2)) + ']'.repeat(Math.ceil(n / 2)) },
  { name: 'a_b* repeated', make: (n) => fill('a_b*', n) },
  { name: ']( repeated', make: (n) => fill('](', n) },
  { name: '[a]( repeated', make: (n) => fill('[a](', n) },
  { name: '![ repeated', make: (n) => fill('![', n) },
  { name: '[a] repeated', make: (n) => fill('[a]', n) },
  { name: '**a repeated', make: (n) => fill('**a ', n) },
  { name: '_a_ b repeated', make: (n) => fill('_a_ b', n) },
  { name: '` runs growing', make: (n) => { let s = ''; for (let k = 1; s.length < n; k++) s += `${'`'.repeat(k % 40 + 1)}x `; return s.slice(0, n); } },
  { name: '<a  repeated', make: (n) => fill('<a ', n) },
  { name: '&#x repeated', make: (n) => fill('&#x', n) },
  { name: '[a]: b lines', make: (n) => fill('[a]: b\n', n) },
  { name: '> nesting ladder', make: (n) => { let s = ''; for (let d = 0; s.length < n; d = (d + 1) % 200) s += `${'> '.repeat(d)}a\n`; return s.slice(0, n); } },
  { name: '- nesting ladder', make: (n) => { let s = ''; for (let d = 0; s.length < n; d = (d + 1) % 200) s += `${'  '.repeat(d)}- a\n`; return s.slice(0, n); } },
  { name: 'suppression comments', make: (n) => fill('<!-- storybank-disable blame -->\nThey dropped the ball.\n<!-- storybank-enable blame -->\n', n) },
  { name: 'disable-next-line comments', make: (n) => fill('<!-- storybank-disable-next-line filler-phrase -->\nIt was kind of basically fine.\n', n) },
  { name: 'part headings', make: (n) => fill('## Approach\n\nI did it.\n\n', n) },
  { name: 'one-word paragraphs', make: (n) => fill('a\n\n', n) }, // the parser's cost per block (about 0.1 ms)
  { name: 'one long word', make: (n) => fill('a', n) },
  { name: 'prose', make: (n) => fill('We kind of basically shipped the thing and they dropped the ball, so I single-handedly fixed it by 40%. ', n) },
  { name: '<!-- unclosed comment', make: (n) => fill('<!-- a ', n) },
  { name: '*a* nested emphasis', make: (n) => fill('*a _b **c __d', n) },
  // Found by the generator (round 3), each quadratic in our own code rather than in the parser:
  { name: '< repeated', make: (n) => fill('<', n) }, // the placeholder rule's autolink mask rescanned every `<`
  { name: 'markers between inline HTML', make: (n) => fill('**</a>', n) }, // one tagger word of the whole text
  { name: 'a <!-- unclosed, inline', make: (n) => fill('a <!-- b\n', n) }, // the comment mask scanned to the end
  { name: '<b x> tags on one line', make: (n) => fill('<b x> ', n) }, // each tag lowercased the file, read its line
  { name: '<http: repeated', make: (n) => fill('<http:', n) },
  // The parser merges its text pieces with one splice over the paragraph per piece: quadratic in a paragraph cut
  // into thousands of pieces by failed references, escapes, code spans or tags.
  { name: '&x &amp; repeated', make: (n) => fill('&x &amp; ', n) },
  { name: '`a` <b repeated', make: (n) => fill('`a` <b ', n) },
  { name: '\\! <x repeated', make: (n) => fill('\\! <x ', n) },
  { name: 'sentences of notes', make: (n) => fill('Done.' + ' '.repeat(200) + 'Add x. ', n) }, // note lookbehind
  // Round 7: the block shapes of issue 10's list (each a plain shape of real Markdown, repeated).
  { name: 'one sentence, no punctuation', make: (n) => fill('and then we kept going with the team ', n) }, // the tagger
  { name: 'long lines of words', make: (n) => fill(`${'we shipped the thing '.repeat(500)}\n`, n) },
  { name: 'headings without blank lines', make: (n) => lines(n, (i) => `${'#'.repeat((i % 6) + 1)} Result ${i}\n`) },
  { name: 'setext headings', make: (n) => fill('Action\n------\n', n) },
  { name: 'emphasis runs', make: (n) => fill('**We** *did* __it__ _well_ ', n) },
  { name: 'HTML blocks', make: (n) => fill('<div class="x">\n<p>We did it.</p>\n</div>\n\n', n) },
  { name: '<details> blocks', make: (n) => fill('<details><summary>Result</summary>\n\nI led it.\n\n</details>\n', n) },
  { name: 'table rows', make: (n) => `| Part | Text |\n| --- | --- |\n${fill('| Action | I led the migration of the service. |\n', n)}` },
  { name: 'table of Q&A rows', make: (n) => `| Question | Answer |\n| --- | --- |\n${lines(n, (i) => `| Tell me about a time ${i}? | I led it and we cut costs by ${i}%. |\n`)}` },
  {
    name: 'front matter keys',
    whole: true,
    make: (n) => `---\ntitle: Adversarial\n${lines(n, (i) => `key${i}: value ${i}\n`)}\n---\n# Adversarial\n\n## Setup\n\nI did it.\n`,
  },
  { name: 'list items', make: (n) => fill('- Situation: we had an outage\n', n) },
  { name: 'numbered items', make: (n) => lines(n, (i) => `${i + 1}. I fixed it\n`) },
  { name: 'fenced code blocks', make: (n) => fill('```\n- a\n## b\n```\n', n) },
  { name: 'unclosed fence', make: (n) => `\`\`\`\n${fill('## Approach\n\nI did it.\n\n', n)}` },
  { name: 'CRLF part headings', make: (n) => fill('## Approach\r\n\r\nI did it.\r\n\r\n', n) },
  { name: 'CR-only part headings', make: (n) => fill('## Approach\r\rI did it.\r\r', n) },
  { name: 'CRLF one-word paragraphs', make: (n) => fill('a\r\n\r\n', n) },
  { name: 'labels on every line', make: (n) => fill('Situation: a\nTask: b\nAction: c\nResult: d\n', n) },
  { name: 'questions as headings', make: (n) => lines(n, (i) => `## Tell me about a time you failed ${i}?\n\nI did it.\n\n`) },
  // Round 8: found quadratic in our own parse past 100 KB (each answer letter was tested against every marker).
  { name: 'answer letters', make: (n) => fill('A: x\n\n', n) },
  // Round 9: lists the parser spends about half a millisecond on per item (one list per line, or one loose list).
  { name: 'mixed bullets', make: (n) => fill('- a\n* b\n+ c\n', n) },
  { name: 'loose list items', make: (n) => fill('- I fixed the build\n\n', n) },
  // Round 10: nested lists, which the parser spent about 0.4 ms on per nested list (5 s per 100 KB).
  { name: 'nested list pairs', make: (n) => fill('- a\n  - b\n', n) },
  { name: 'nested numbered steps', make: (n) => lines(n, (i) => { const pad = ' '.repeat(String(i + 1).length + 2); return `${i + 1}. Step\n${pad}1. I did it\n${pad}2. We shipped it\n${pad}   - in ${i} days\n`; }) },
  // Round 13: a `Context:` line beside a header field (`**Role:**`) was compared with every later marker (5 s at 100 KB).
  { name: 'context lines beside header fields', make: (n) => fill('**Role:** x\nContext: we had a problem\n\n', n) },
  // Round 14: shapes of real question banks, repeated (1.2-2.4 s at 100 KB at the start of the round).
  { name: 'question headings over part headings', make: (n) => lines(n, (i) => `# Q${i + 1}\n## Situation\n`) },
  { name: 'numbered bold labels', make: (n) => lines(n, (i) => `${i + 1}. **Situation:**\n`) },
  { name: 'questions lists', make: (n) => fill('Questions:\n- Why?\n', n) },
  { name: 'labels beside header fields', make: (n) => fill('**Role:** x\nSituation: we had a problem\n\n', n) },
  // Round 17: a heading that names the questions to ask over a list of one, repeated (issue 10: about 2.4 s at 100 KB
  // at the end of round 16; the list went to the parser with everything after it).
  { name: 'questions-to-ask headings over lists', make: (n) => fill('## Questions to ask\n- Why?\n', n) },
];


const TOKENS = ['*', '_', '**', '__', '[', ']', '(', ')', '](', '![', '`', '``', '<', '>', '<!--', '-->', '&', '#', '\\', '|', ' ', ' ', 'a', 'word ', '\n', '\n\n', '- ', '> ', '1. ', '~', ':', '"', "'", 'http://', '<a ', '</a>'];

/** A generated shape: a few tokens (chosen by the seed) repeated in a seeded order to `size` characters. */
export function generated(seed: number, size: number): string {
  const r = rng(seed);
  const alphabet = Array.from({ length: 2 + Math.floor(r() * 4) }, () => TOKENS[Math.floor(r() * TOKENS.length)] ?? 'a');
  const unit = Array.from({ length: 1 + Math.floor(r() * 6) }, () => alphabet[Math.floor(r() * alphabet.length)] ?? 'a').join('');
  // Mostly one repeated unit (the shapes that hurt are regular), sometimes random tokens.
  if (r() < 0.7) return fill(unit, size);
  let s = '';
  while (s.length < size) s += alphabet[Math.floor(r() * alphabet.length)] ?? 'a';
  return s.slice(0, size);
}

/**
 * A phrase list that made the old regex alternation super-linear: 500 phrases of 19 words that share long
 * prefixes with the text, and a text of near-misses (each phrase's first 18 words, then a different last word).
 */
export function phraseListAttack(size: number): { phrases: string[]; text: string } {
  const words = Array.from({ length: 18 }, (_, i) => `word${i % 3}`);
  const phrases = Array.from({ length: 500 }, (_, i) => [...words, `end${i}`].join(' '));
  const text = fill(`${words.join(' ')} miss. ${words.join(' ')} end7. `, size);
  return { phrases, text };
}
