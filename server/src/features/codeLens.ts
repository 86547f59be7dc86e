// Code lens on each story's title: spoken time, word count, questions, themes.
import type { CodeLens } from 'vscode-languageserver';
import type { FileAnalysis } from '../core/types';
import { toLspRange } from '../convert';

export function formatSpoken(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

export function codeLenses(analysis: FileAnalysis): CodeLens[] {
  if (analysis.file.skipped) return [];
  const fm = analysis.file.frontMatter?.range;
  return analysis.file.stories.map((s) => {
    // A title taken from the front matter would put the lens between YAML lines: show it above the block.
    const at = fm && s.titleRange.start.offset >= fm.start.offset && s.titleRange.start.offset < fm.end.offset ? { start: fm.start, end: fm.start } : s.titleRange;
    const parts = [`${formatSpoken(s.spokenSeconds)} spoken`, `${s.wordCount} words`];
    parts.push(s.questions.length > 0 ? s.questions.map((q) => `Q${q.id}`).join(', ') : 'no questions');
    if (s.themes.length > 0) parts.push(s.themes.join(', '));
    // An empty command id: the lens is a label, not a button.
    return { range: toLspRange(at), command: { title: parts.join(' · '), command: '' } };
  });
}
