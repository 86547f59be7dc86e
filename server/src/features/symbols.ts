// Document symbols (each story with its parts as the outline) and folding ranges per part.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { FileAnalysis, Range } from '../core/types';
import { toLspRange } from '../convert';

const PART_TITLES = { setup: 'Setup', challenge: 'Challenge', approach: 'Approach', outcome: 'Outcome', learning: 'Learning' } as const;

/** The selection range must lie inside the full range; clamp it when the core's ranges disagree. */
function inside(sel: Range, full: Range): Range {
  if (sel.start.offset >= full.start.offset && sel.end.offset <= full.end.offset) return sel;
  return { start: full.start, end: full.start };
}

function union(a: Range, b: Range): Range {
  return { start: a.start.offset <= b.start.offset ? a.start : b.start, end: a.end.offset >= b.end.offset ? a.end : b.end };
}

export function documentSymbols(analysis: FileAnalysis): DocumentSymbol[] {
  if (analysis.file.skipped) return [];
  return analysis.file.stories.map((s) => {
    const full = union(s.range, s.titleRange);
    return {
      name: s.title || 'Untitled story',
      detail: `${s.wordCount} words · ${s.spokenSeconds} s`,
      kind: SymbolKind.Module,
      range: toLspRange(full),
      selectionRange: toLspRange(inside(s.titleRange, full)),
      children: s.parts.map((p) => ({
        name: PART_TITLES[p.name],
        detail: `${p.label !== PART_TITLES[p.name] ? `“${p.label}” · ` : ''}${p.wordCount} words · ${p.spokenSeconds} s`,
        kind: SymbolKind.Field,
        range: toLspRange(p.range),
        selectionRange: toLspRange(inside(p.marker, p.range)),
      })),
    };
  });
}

function lastLine(r: Range): number {
  // A range that ends at the very start of a line does not include that line.
  return r.end.column === 1 && r.end.line > r.start.line ? r.end.line - 2 : r.end.line - 1;
}

export function foldingRanges(analysis: FileAnalysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const file = analysis.file;
  if (file.skipped) return out;
  if (file.frontMatter) {
    const r = file.frontMatter.range;
    if (lastLine(r) > r.start.line - 1) out.push({ startLine: r.start.line - 1, endLine: lastLine(r), kind: FoldingRangeKind.Region });
  }
  for (const s of file.stories) {
    for (const p of s.parts) {
      const start = p.range.start.line - 1;
      const end = lastLine(p.range);
      if (end > start) out.push({ startLine: start, endLine: end });
    }
  }
  return out;
}
