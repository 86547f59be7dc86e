// Quick fixes: the fixes each rule computed (carried in the diagnostic's data, never linted again), plus for
// every Story Bank diagnostic: disable the rule for this line, disable it for this file, open the rule's doc.
import { CodeActionKind, type CodeAction, type Diagnostic, type Position, type Range, type TextEdit } from 'vscode-languageserver';
import { ruleDocUrl } from '../core/rules';
import { OPEN_RULE_DOC_COMMAND, SHOW_RULE_DOC_COMMAND, type DiagnosticData } from '../protocol';
import { frontMatterLines } from './completion';

function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as DiagnosticData | undefined;
  if (data && typeof data === 'object' && typeof data.ruleId === 'string') return data;
  return typeof d.code === 'string' ? { ruleId: d.code } : undefined;
}

function isRuleId(id: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(id);
}

/**
 * Whether `line` continues the paragraph or list item that `prev` is in (a lazy or indented continuation line),
 * so that a block-level comment between them would split it. Not when `line` starts a block of its own.
 */
function continuesBlock(prev: string, line: string): boolean {
  if (prev.trim() === '' || line.trim() === '') return false;
  if (/^\s{0,3}(?:#{1,6}(?:\s|$)|```|~~~|<!--|<\/?[A-Za-z]|[-*_](?:\s*[-*_]){2,}\s*$)/.test(prev)) return false; // prev ends its own block
  if (/^\s*(?:[-*+]\s|\d{1,9}[.)]\s|>|#{1,6}(?:\s|$)|```|~~~|\|)/.test(line)) return false; // line starts a block
  if (/^\s*(?:=+|-+)\s*$/.test(line)) return false; // a setext underline belongs to the heading
  return true;
}

/**
 * The lines of the plain paragraph holding `line` (no list item, quote, heading, table or HTML in it), or
 * undefined. `first`: the first line that may belong to the body (after the front matter).
 */
function paragraphAround(lines: readonly string[], line: number, first: number): { start: number; end: number } | undefined {
  let start = line;
  while (start > first && (lines[start - 1] ?? '').trim() !== '') start--;
  let end = line;
  while (end + 1 < lines.length && (lines[end + 1] ?? '').trim() !== '') end++;
  for (let i = start; i <= end; i++) {
    if (/^\s*(?:[-*+]\s|\d{1,9}[.)]\s|>|#{1,6}(?:\s|$)|```|~~~|\||<)/.test(lines[i] ?? '') || /^ {4}|^\t/.test(lines[i] ?? '')) return undefined;
  }
  return { start, end };
}

/** A slot the writer fills in: `[What changed, with a number ...]`. */
const SLOT = /\[[^\]\r\n]+\]/;

/** The position `text` ends at when it is inserted at `start`. */
function endOf(start: Position, text: string): Position {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length === 1) return { line: start.line, character: start.character + text.length };
  return { line: start.line + lines.length - 1, character: lines[lines.length - 1].length };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * Where the text a fix inserts ends up once all its edits are applied, for the editor to show it: the first slot
 * to fill in (`[...]`) in the inserted text, selected so that typing replaces it. Undefined when the fix inserts no
 * slot (a removal, a replacement word): such a fix changes the text where the finding is, already in sight.
 */
export function slotAfterEdits(edits: readonly TextEdit[]): Range | undefined {
  const sorted = [...edits].sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  const target = sorted.find((e) => SLOT.test(e.newText));
  if (!target) return undefined;
  // Shift the target's start by the edits before it (edits never overlap).
  let line = target.range.start.line;
  let character = target.range.start.character;
  for (const e of sorted) {
    if (e === target) break;
    const end = endOf(e.range.start, e.newText);
    const lineDelta = end.line - e.range.end.line;
    if (e.range.end.line === target.range.start.line) character = end.character + (character - e.range.end.character);
    line += lineDelta;
  }
  const m = SLOT.exec(target.newText);
  if (!m) return undefined;
  const start = endOf({ line, character }, target.newText.slice(0, m.index));
  return { start, end: { line: start.line, character: start.character + m[0].length } };
}

export interface CodeActionOptions {
  /**
   * The command the "open the documentation" action runs: the VS Code client's own (it shows the page in a Markdown
   * preview), or by default the server's (executeCommandProvider: window/showDocument), which any LSP client can run.
   */
  docCommand?: string;
  /** The client's REVEAL_RANGE_COMMAND, when it has one: fixes that insert a slot run it to show and select it. */
  revealCommand?: string;
}

/**
 * @param options.docCommand the command the "open the documentation" action runs: the VS Code client's own (it shows the
 * page in a Markdown preview), or by default the server's (executeCommandProvider: window/showDocument), which any
 * LSP client can run.
 */
export function codeActionsFor(uri: string, text: string, diagnostics: readonly Diagnostic[], only?: string[], options: CodeActionOptions = {}): CodeAction[] {
  const docCommand = options.docCommand ?? SHOW_RULE_DOC_COMMAND;
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === '')) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const eol = /\r\n/.test(text) ? '\r\n' : /\r/.test(text) ? '\r' : '\n';
  const fm = frontMatterLines(lines);
  const actions: CodeAction[] = [];
  const disabledFile = new Set<string>();
  for (const d of diagnostics) {
    if (d.source !== 'storybank') continue;
    const data = dataOf(d);
    if (!data || !isRuleId(data.ruleId)) continue;
    const id = data.ruleId;

    for (const [i, fix] of (data.fixes ?? []).entries()) {
      // A part or a metric slot is inserted where it belongs, often far from the cursor: the editor then shows it
      // and selects the slot. Suppression comments below do not move the cursor (the writer stays where they were).
      const slot = options.revealCommand ? slotAfterEdits(fix.edits as TextEdit[]) : undefined;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: i === 0,
        edit: { changes: { [uri]: fix.edits as TextEdit[] } },
        ...(slot && options.revealCommand ? { command: { title: 'Show the inserted text', command: options.revealCommand, arguments: [uri, slot] } } : {}),
      });
    }

    // A suppression comment cannot go inside the front matter (it would break the YAML).
    const line = d.range.start.line;
    if (!fm || line > fm.end) {
      const prev = line > 0 && (!fm || line - 1 > fm.end) ? lines[line - 1] : undefined;
      if (prev === undefined || !continuesBlock(prev, lines[line] ?? '')) {
        const indent = /^[ \t]*/.exec(lines[line] ?? '')?.[0] ?? '';
        actions.push({
          title: `Disable ${id} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- storybank-disable-next-line ${id} -->${eol}` }] } },
        });
      } else {
        // A comment on a line of its own here would end the paragraph this line continues (and an inline one
        // would cut its sentence in two): around a plain paragraph, disable the rule before it and enable it
        // after; inside a list item or a quote, offer only the file-wide action.
        const para = paragraphAround(lines, line, fm ? fm.end + 1 : 0);
        if (para) {
          const after = para.end + 1;
          const enable = `<!-- storybank-enable ${id} -->`;
          actions.push({
            title: `Disable ${id} for this paragraph`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: {
              changes: {
                [uri]: [
                  { range: { start: { line: para.start, character: 0 }, end: { line: para.start, character: 0 } }, newText: `<!-- storybank-disable ${id} -->${eol}` },
                  after < lines.length
                    ? { range: { start: { line: after, character: 0 }, end: { line: after, character: 0 } }, newText: `${enable}${eol}` }
                    : { range: { start: { line: para.end, character: (lines[para.end] ?? '').length }, end: { line: para.end, character: (lines[para.end] ?? '').length } }, newText: `${eol}${enable}` },
                ],
              },
            },
          });
        }
      }
    }

    if (!disabledFile.has(id)) {
      disabledFile.add(id);
      const at = fm ? fm.end + 1 : 0;
      const atEnd = at >= lines.length;
      const pos = atEnd ? { line: lines.length - 1, character: lines[lines.length - 1].length } : { line: at, character: 0 };
      actions.push({
        title: `Disable ${id} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [uri]: [{ range: { start: pos, end: pos }, newText: atEnd ? `${eol}<!-- storybank-disable-file ${id} -->${eol}` : `<!-- storybank-disable-file ${id} -->${eol}` }] } },
      });
      const url = d.codeDescription?.href ?? ruleDocUrl(id);
      if (url) {
        actions.push({
          title: `Open the documentation for ${id}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: `Open the documentation for ${id}`, command: docCommand, arguments: docCommand === OPEN_RULE_DOC_COMMAND ? [url] : [id, url] },
        });
      }
    }
  }
  return actions;
}
