// Completion in front matter: keys, question ids (the question as detail), themes and companies. Works on the
// raw text, so it keeps working while the YAML is half-typed and does not parse.
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { COMPANIES, STANDARD_CATALOG, questionIdAsWritten, themeById, type QuestionCatalog } from '../core/knowledge';

const KEYS: { key: string; doc: string }[] = [
  { key: 'title', doc: 'The story\'s title (the first heading is used when absent).' },
  { key: 'project', doc: 'The project the story is about; more than a few stories on one project is flagged.' },
  { key: 'questions', doc: 'Question ids this story answers, e.g. `[6, 10]` (1..35, and the bank\'s own such as `c1`).' },
  { key: 'themes', doc: 'Theme ids; derived from the questions when absent.' },
  { key: 'companies', doc: 'Company lenses: amazon, google, meta, startup.' },
  { key: 'role', doc: 'The role you held, e.g. MLE.' },
  { key: 'last-practiced', doc: 'When you last said this story out loud (ISO date, e.g. 2026-11-02).' },
];

/** The front matter's line span [first content line, closing fence line), or undefined. */
export function frontMatterLines(lines: readonly string[]): { start: number; end: number } | undefined {
  if (lines.length === 0 || lines[0].replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i].trimEnd();
    if (l === '---' || l === '...') return { start: 1, end: i };
  }
  return undefined;
}

function presentKeys(lines: readonly string[], span: { start: number; end: number }): Set<string> {
  const keys = new Set<string>();
  for (let i = span.start; i < span.end; i++) {
    const m = /^([A-Za-z][\w-]*)\s*:/.exec(lines[i]);
    if (m) keys.add(m[1].toLowerCase());
  }
  return keys;
}

function keyItems(present: Set<string>): CompletionItem[] {
  return KEYS.filter((k) => !present.has(k.key)).map((k, i) => ({
    label: k.key,
    kind: CompletionItemKind.Property,
    insertText: `${k.key}: `,
    documentation: { kind: MarkupKind.Markdown, value: k.doc },
    sortText: String(i).padStart(2, '0'),
  }));
}

function valueItems(key: string, written: string, catalog: QuestionCatalog): CompletionItem[] | null {
  const used = new Set(written.split(/[\s,[\]]+/).map((s) => s.replace(/^q0*/i, '').toLowerCase()).filter(Boolean));
  switch (key) {
    case 'questions':
    case 'question':
      return catalog.questions.filter((q) => !used.has(questionIdAsWritten(q.id))).map((q, i) => ({
        label: questionIdAsWritten(q.id),
        kind: CompletionItemKind.Value,
        labelDetails: { description: q.short },
        detail: q.text,
        documentation: { kind: MarkupKind.Markdown, value: `${themeById(q.theme)?.name ?? q.theme}\n\n${q.evaluates}` },
        sortText: String(i).padStart(4, '0'),
        filterText: questionIdAsWritten(q.id),
      }));
    case 'themes':
    case 'theme':
      return catalog.themes.filter((t) => !used.has(t.id)).map((t) => ({
        label: t.id,
        kind: CompletionItemKind.EnumMember,
        detail: t.name,
        documentation: { kind: MarkupKind.Markdown, value: `${t.summary}\n\nQuestions ${t.questions.map(questionIdAsWritten).join(', ')}` },
      }));
    case 'companies':
    case 'company':
      return COMPANIES.filter((c) => !used.has(c.id)).map((c) => ({
        label: c.id,
        kind: CompletionItemKind.EnumMember,
        detail: c.name,
        documentation: { kind: MarkupKind.Markdown, value: c.summary },
      }));
    default:
      return null;
  }
}

/** True when a non-story file's front matter uses only story keys (so it is probably a story being written). */
export function frontMatterCouldBeStory(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/, 200);
  const span = frontMatterLines(lines);
  if (!span) return false;
  const known = new Set(KEYS.map((k) => k.key));
  for (const k of presentKeys(lines, span)) if (!known.has(k)) return false;
  return true;
}

export function completionsAt(text: string, pos: Position, catalog: QuestionCatalog = STANDARD_CATALOG): CompletionItem[] | null {
  if (!/^\uFEFF?---/.test(text)) return null;
  const lines = text.split(/\r\n|\r|\n/);
  const span = frontMatterLines(lines);
  if (!span || pos.line < span.start || pos.line >= span.end) return null;
  const line = lines[pos.line] ?? '';
  const before = line.slice(0, pos.character);
  const keyed = /^([A-Za-z][\w-]*)\s*:(.*)$/.exec(before);
  // Values already written on the line (before or after the cursor) are not offered again.
  // The word being typed is not "already written".
  if (keyed) {
    let a = pos.character;
    let b = pos.character;
    while (a > 0 && /[\w-]/.test(line[a - 1])) a--;
    if (a < pos.character) while (b < line.length && /[\w-]/.test(line[b])) b++;
    const rest = line.slice(0, a) + line.slice(b);
    return valueItems(keyed[1].toLowerCase(), rest.slice(rest.indexOf(':') + 1), catalog);
  }
  const item = /^\s*-\s*(.*)$/.exec(before);
  if (item) {
    // A block list item: the key is the nearest unindented `key:` line above.
    const written: string[] = [];
    for (let i = pos.line - 1; i >= span.start; i--) {
      const m = /^([A-Za-z][\w-]*)\s*:/.exec(lines[i]);
      if (m) return valueItems(m[1].toLowerCase(), written.join(' '), catalog);
      const other = /^\s*-\s*(.*)$/.exec(lines[i]);
      if (other) written.push(other[1]);
      else if (!/^\s*$/.test(lines[i])) return null;
    }
    return null;
  }
  if (/^[A-Za-z\w-]*$/.test(before)) return keyItems(presentKeys(lines, span));
  return null;
}
