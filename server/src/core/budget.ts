// The time budget for checking one file, and the finding a file gets when it ran out of it. Shared by every
// surface: the language server and the CLI analyse a large file in a worker thread that is stopped at the budget
// (server/src/guardedAnalysis.ts); the core itself only says how long and what to tell the user.
import type { FileAnalysis, Finding } from './types';

/** Files at least this long (characters) are checked under a time budget where a worker thread is available. */
export const BUDGETED_CHARS = 20_000;

/** The time budget for a file of `chars` characters: 2 s, plus 4 s per million characters (1 MB: 6 s). */
export function analysisBudgetMs(chars: number): number {
  return 2000 + Math.round((chars / 1_000_000) * 4000);
}

/**
 * The analysis of a file that ran out of time: one `file-skipped` finding at the start. `more` says how to give
 * it more time where that is possible (the CLI).
 */
export function tooComplex(path: string, text: string, budgetMs: number, more?: string): FileAnalysis {
  const finding: Finding = {
    ruleId: 'file-skipped',
    severity: 'info',
    message:
      `This file took longer than ${(budgetMs / 1000).toFixed(1)} s to check, so it was not checked. ` +
      'Its Markdown is unusually complex (very long runs of `*`, `_`, brackets, HTML or nesting) or it is very large. ' +
      `Split it into one file per story, or remove the long runs of markup.${more ? ` ${more}` : ''}`,
    path,
    range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  };
  return { file: { path, text, stories: [], suppressions: [], skipped: 'too-complex' }, findings: [finding] };
}
