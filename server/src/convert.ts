// THE one place where core positions (1-based line and column, unist style) become LSP positions (0-based line
// and character) and back. Everything else in the server goes through these functions.
import { URI } from 'vscode-uri';
import { DiagnosticSeverity, type Diagnostic, type Position, type Range as LspRange, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Finding, Point, Range, Severity, TextEdit } from './core/types';
import type { DiagnosticData, WireRange } from './protocol';

export function toLspPosition(p: Point): Position {
  return { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
}

export function toLspRange(r: Range): LspRange {
  return { start: toLspPosition(r.start), end: toLspPosition(r.end) };
}

export function toWireRange(r: Range): WireRange {
  return toLspRange(r);
}

export function toLspEdit(e: TextEdit): LspTextEdit {
  return { range: toLspRange(e.range), newText: e.newText };
}

/** Line starts of a text (handles \n, \r\n and a lone \r), for turning LSP positions into offsets. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** An LSP position as a core point (1-based), with its offset into `text`; clamped inside the text. */
export function fromLspPosition(pos: Position, text: string, starts: number[] = lineStarts(text)): Point {
  const lineIdx = Math.max(0, Math.min(pos.line, starts.length - 1));
  const lineStart = starts[lineIdx];
  const lineEnd = lineIdx + 1 < starts.length ? starts[lineIdx + 1] : text.length;
  const offset = Math.max(lineStart, Math.min(lineStart + Math.max(0, pos.character), lineEnd));
  return { line: lineIdx + 1, column: offset - lineStart + 1, offset };
}

/** True when the core range contains the core point (end inclusive, so a cursor right after a word counts). */
export function rangeContains(r: Range, p: Point): boolean {
  return p.offset >= r.start.offset && p.offset <= r.end.offset;
}

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    default:
      return DiagnosticSeverity.Information;
  }
}

/** The URI of a file as findings name it: an absolute path becomes a file: URI; anything else already is a URI. */
export function uriOfFindingPath(path: string): string {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\') ? URI.file(path).toString() : path;
}

/** A core finding as an LSP diagnostic: code = rule id, codeDescription = the rule's doc, fixes in `data`. */
export function toDiagnostic(f: Finding, docUrl: string | undefined): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId };
  if (f.fixes && f.fixes.length > 0) {
    data.fixes = f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map(toLspEdit) }));
  }
  const d: Diagnostic = {
    range: toLspRange(f.range),
    severity: toLspSeverity(f.severity),
    code: f.ruleId,
    source: 'storybank',
    message: f.message,
    data,
  };
  if (docUrl) d.codeDescription = { href: docUrl };
  if (f.related && f.related.length > 0) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri: uriOfFindingPath(r.path), range: toLspRange(r.range) }, message: r.message }));
  }
  return d;
}
