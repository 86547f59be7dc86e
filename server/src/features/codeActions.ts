// Quick fixes: the fixes each rule computed (carried in the diagnostic's data, never linted again), plus for
// every Story Bank diagnostic: disable the rule for this line, disable it for this file, open the rule's doc.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
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
 * @param docCommand the command the "open the documentation" action runs: the VS Code client's own (it shows the
 * page in a Markdown preview), or by default the server's (executeCommandProvider: window/showDocument), which any
 * LSP client can run.
 */
export function codeActionsFor(uri: string, text: string, diagnostics: readonly Diagnostic[], only?: string[], docCommand: string = SHOW_RULE_DOC_COMMAND): CodeAction[] {
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
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: i === 0,
        edit: { changes: { [uri]: fix.edits as TextEdit[] } },
      });
    }

    // A suppression comment cannot go inside the front matter (it would break the YAML).
    const line = d.range.start.line;
    if (!fm || line > fm.end) {
      const indent = /^[ \t]*/.exec(lines[line] ?? '')?.[0] ?? '';
      actions.push({
        title: `Disable ${id} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- storybank-disable-next-line ${id} -->${eol}` }] } },
      });
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
