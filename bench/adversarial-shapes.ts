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
