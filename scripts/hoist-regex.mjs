// Regular expression literals written inside functions, made once per process in the bundles (scripts/build.mjs).
//
// A regex literal is a new RegExp object each time the expression runs: `/^(it|that|this)$/.test(w)` in a loop over
// the tokens of every sentence allocates one object per token. The rules are written that way on purpose (the
// pattern next to the test that reads it), and there are about a thousand such literals in server/src; on the
// 1,000-story bench bank they were a good part of the garbage the checker made. A literal without the `g` or `y`
// flag keeps no state between uses (`lastIndex` is neither read nor written by test, exec, match, replace, split or
// search on it), so one object made when the module loads behaves the same as a new one per use. This rewrites each
// such literal of a function body into a module constant; `g` and `y` literals, whose `lastIndex` carries a search
// from one call to the next, stay where they are.
//
// The constants go at the start of the file's first line, so every other line (and the source map's lines) stays
// where it was. The source itself is unchanged: tests, eval and tsx run it as written.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const FUNCTION_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

/**
 * The source with every regex literal that stands inside a function and has neither the `g` nor the `y` flag
 * replaced by a module constant declared at the start of the first line (identical literals share one). Returns the
 * text unchanged when there is none.
 */
export function hoistRegexLiterals(text, fileName = 'file.ts') {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const sites = [];
  const visit = (node, inFunction) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(sf);
      const flags = raw.slice(raw.lastIndexOf('/') + 1);
      if (inFunction && !/[gy]/.test(flags)) sites.push({ start: node.getStart(sf), end: node.getEnd(), raw });
      return;
    }
    const inside = inFunction || FUNCTION_KINDS.has(node.kind);
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(sf, false);
  if (sites.length === 0) return text;
  let prefix = '__re';
  while (text.includes(prefix)) prefix += '_';
  const names = new Map();
  for (const s of sites) if (!names.has(s.raw)) names.set(s.raw, `${prefix}${names.size}`);
  let out = '';
  let from = 0;
  for (const s of sites) {
    out += text.slice(from, s.start) + names.get(s.raw);
    from = s.end;
  }
  out += text.slice(from);
  const decls = `const ${[...names].map(([raw, name]) => `${name} = ${raw}`).join(', ')}; `;
  return decls + out;
}

/** The esbuild plugin: the server's TypeScript (server/src, the core included) goes through hoistRegexLiterals. */
export const hoistRegexPlugin = {
  name: 'storybank-hoist-regex',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: hoistRegexLiterals(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
