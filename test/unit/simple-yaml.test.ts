// Front matter read without the YAML parser (server/src/core/parse/simpleYaml.ts) gives the parser's values and
// offsets wherever it answers: on every front matter of the fixtures, examples, docs and eval corpus, and on
// generated front matter of simple and nearly simple lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { findFrontMatter } from '../../server/src/core/parse/frontmatter';
import { readSimpleYaml } from '../../server/src/core/parse/simpleYaml';
import { rng } from '../../bench/rng';
import { markdownFiles, ROOT } from './helpers/parse-check';

/** The parser's reading of `content` in the fast path's terms, or undefined when it has errors or is not a map. */
function reference(content: string): unknown {
  const doc = parseDocument(content, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const range = (n: YamlNode | null): [number, number] => [n?.range?.[0] ?? -1, n?.range?.[1] ?? -1];
  return {
    data: doc.toJS({ maxAliasCount: 100 }) as unknown,
    pairs: doc.contents.items.map((p) => {
      const k = p.key as YamlNode | null;
      const v = p.value as YamlNode | null;
      return {
        key: isScalar(k) ? String(k.value) : String(k?.toJSON()),
        keyRange: range(k),
        valueRange: range(v),
        items: isSeq(v) ? v.items.map((i) => ({ value: (i as YamlNode).toJS(doc) as unknown, range: range(i as YamlNode) })) : undefined,
      };
    }),
  };
}

/** The fast path's reading in the same terms, or undefined when it leaves the content to the parser. */
function fast(content: string): unknown {
  const r = readSimpleYaml(content);
  if (!r) return undefined;
  return {
    data: r.data,
    pairs: r.pairs.map((p) => ({
      key: p.key,
      keyRange: [p.keyStart, p.keyEnd],
      valueRange: [p.valueStart, p.valueEnd],
      items: p.items?.map((i) => ({ value: i.value, range: [i.start, i.end] })),
    })),
  };
}

/** Checks one content; returns whether the fast path answered. */
function check(content: string, what: string): boolean {
  const mine = fast(content);
  if (mine === undefined) return false;
  assert.deepEqual(mine, reference(content), `${what}: ${JSON.stringify(content)}`);
  return true;
}

void describe('readSimpleYaml', () => {
  void it("gives the YAML parser's values and ranges on every front matter of the fixtures, examples, docs and eval corpus", () => {
    const files = ['test/fixtures', 'examples', 'docs', 'eval/corpus'].flatMap((d) => markdownFiles(join(ROOT, d)));
    let withFrontMatter = 0;
    let answered = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const b = findFrontMatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
      if (!b) continue;
      withFrontMatter++;
      if (check(text.slice(b.contentStart, b.contentEnd), f)) answered++;
    }
    assert.ok(withFrontMatter > 100, `${withFrontMatter} front matters`);
    // The fast path is taken for most of them (the rest have comments, block lists, quoting it leaves alone...).
    assert.ok(answered > 0.6 * withFrontMatter, `${answered} of ${withFrontMatter} read without the parser`);
  });

  void it('answers the usual shapes and leaves the rest to the parser', () => {
    assert.ok(readSimpleYaml('title: Cutting the build time\nquestions: [6, 10]\nthemes: [ownership, data]\n'));
    assert.ok(readSimpleYaml('title: "Ops: a rescue"\nproject: \'Atlas\'\nlast-practiced: 2026-05-03\n'));
    assert.ok(readSimpleYaml('questions:\n'));
    for (const c of ['', '\n', '# note\ntitle: a\n', 'themes:\n  - a\n', 'a: b\na: c\n', 'a: 1.5\n', 'a: true\n', 'a: b # c\n', 'a: [b, [c]]\n',
      'a: "b\\"c"\n', 'a:\tb\n', 'a: b\r\n', 'a: |\n  b\n', 'a: b: c\n', 'a: &x b\n', 'a: [b: c]\n', 'a: [b,]\n', 'null: a\n']) {
      assert.equal(readSimpleYaml(c), undefined, JSON.stringify(c));
    }
  });

  // Lines made of keys, separators and values that are simple, nearly simple or YAML of another kind, in random
  // order: wherever the fast path answers, its answer is the parser's.
  void it("gives the parser's answer on 20,000 generated front matters", () => {
    const random = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    /** Mostly the usual, sometimes the unusual. */
    const mostly = <T>(usual: readonly T[], unusual: readonly T[]): T => (random() < 0.8 ? pick(usual) : pick(unusual));
    const KEYS = ['title', 'questions', 'themes', 'last-practiced', 'a', 'B_c', 'x-y', 'k1'];
    const ODD_KEYS = ['true', 'null', 'on', 'Yes', '1', '-a', 'a b', '"a"', '_a'];
    const SCALARS = ['Fixing the build', 'a', 'C#', 'a# b', 'x:y', 'http://x.y/z', '2026-05-03', '2026', '0', '12', '"quoted"', '"a: b"', '"a # b"', '""',
      "'single'", "''", 'Café', '😀 smile', 'a\u00a0b', '(a) b', 'a [b]', 'a {b}', 'a, b', 'a,b', 'a "b" c', "a 'b' c", 'a...', 'a~', '1_000'];
    const ODD_SCALARS = ['a #b', 'x: y', 'a:', '007', '-1', '+1', '1.5', '.5', '1e3', '0x1F', '0o17', '.inf', '.nan', '~', 'null', 'Null', 'true', 'False',
      'yes', 'no', 'on', 'off', 'y', 'n', '12345678901234567890', '"a\\"b"', '"a\'b"', "'it''s'", "'a\"b'", 'a\u2028b', 'a\u0085b', '\ufeffa', '@a',
      '`a`', '%a', '!a', '&a', '*a', '|', '>', '-', '- a', '?a', '? a', ':a', 'a\tb', '[', ']', '{', '}', '#', '%', '.', '..', '...', '---', '~a', '"a', "'a"];
    const ITEMS = ['6', '10', '0', 'ownership', 'a b', 'a  b', '"x, y"', '"x"', "'y'", 'é', 'x y z', '2026-01-02'];
    const ODD_ITEMS = ['07', 'a: b', 'a:b', 'a#b', 'a #b', '', ' ', '-1', '1.5', 'true', 'null', '[a]', '{a}', 'a\tb', '"a', "'it''s'"];
    const TAILS = ['', '', ' ', '  '];
    const ODD_TAILS = ['\t', ' # c', 'x', ' x'];
    let answered = 0;
    for (let n = 0; n < 20_000; n++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(random() * 5);
      for (let i = 0; i < count; i++) {
        const r = random();
        const key = `${mostly(KEYS, ODD_KEYS)}${random() < 0.7 ? i : ''}`;
        const sep = mostly([': ', ': ', ':  '], [':', ': \t', ' : ', ':\u00a0', ':\t']);
        if (r < 0.05) lines.push('');
        else if (r < 0.07) lines.push(pick(['# c', '  - a', '- a', ' a: b', '  more words', '...', 'a', ' ', '\t']));
        else if (r < 0.1) lines.push(`${key}:`);
        else if (r < 0.4) {
          const items = Array.from({ length: Math.floor(random() * 4) }, () => mostly(ITEMS, ODD_ITEMS));
          const sp = pick(['', ' ', '  ']);
          lines.push(`${key}${sep}[${sp}${items.join(mostly([', ', ',', ' , '], [',  ', ' ,', ',,']))}${sp}]${mostly(TAILS, ODD_TAILS)}`);
        } else lines.push(`${key}${sep}${mostly(SCALARS, ODD_SCALARS)}${mostly(TAILS, ODD_TAILS)}`);
      }
      const content = lines.join('\n') + pick(['\n', '\n', '', '\n\n']);
      if (check(content, `generated ${n}`)) answered++;
    }
    assert.ok(answered > 2000, `${answered} of 20000 answered`);
  });
});
