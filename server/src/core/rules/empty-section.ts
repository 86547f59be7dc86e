// empty-section: a part's marker with no prose after it, or with only a stand-in for prose.
import type { Part } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';
import { answerOf, partTitleIn } from './kind';
import { onlyPromptInCode } from './util';
import { inlineRuns } from '../text';
import { countWords } from '../text';
import { NOT_WRITTEN_NOTES } from '../nlp/lexicon';
import { escape } from '../nlp/other-language';

/**
 * A body that stands in for the part without saying anything: "TBD", "TODO: write this", "N/A", "...", "-",
 * "(quantify!)", "<fill in>". Template prompts in brackets ("[Your lesson here]") are not counted here: a fresh
 * template is not empty, and the `placeholder` rule asks for each prompt to be filled.
 */
const STAND_IN =
  /^(?:(?:tbd|tba|tbc|todo|to-?do|fixme|wip|n\/?a|none(?: yet)?|nothing(?: yet)?|coming soon|fill(?: this)? in(?: later)?|placeholder|xx+|\?+)\b(?:\s*[:\-–—]\s*[^\n]{0,60})?|[.…\-–—_?*]+|\([^()\n]{0,60}\)|<[^<>\n]{0,60}>)$/iu;

/**
 * A note in any language that the part is not written, has nothing, or is told elsewhere (lexicon NOT_WRITTEN_NOTES),
 * as the line's whole content: with dashes, brackets, quotes or end punctuation around it at most ("TBD.", "— kommt
 * noch —", "Pendiente.", "（未記入）", "略"); and the shrug, "¯\\_(ツ)_/¯", which says the same without words.
 */
const NOT_WRITTEN = new RegExp(
  `^[\\s\\p{Pd}([（【「"'“‘«]*(?:${[...new Set(Object.values(NOT_WRITTEN_NOTES).flatMap((n) => [...n.later, ...n.none]))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/\s+/g, '\\s*'))
    .join('|')})[\\s\\p{Pd})）】」"'”’».!?。！？…]*$|^¯[\\\\_\\s]*[(（]ツ[)）][_/\\s]*¯$`,
  'iu',
);

/** A label with nothing after it: "**What went wrong**:" of a template whose fields were never filled in. */
const EMPTY_LABEL = /^[^.!?:：\n]{1,40}?[*_\s]*[:：]$/u;

/** Why a part with words is still empty, or undefined when it says something. */
function standIn(part: Part, fileText: string): string | undefined {
  // A note to self in code (`[?] which project was it?`) is a prompt still to fill: the placeholder rule's.
  if (part.wordCount === 0) return onlyPromptInCode(part, fileText) ? undefined : '';
  // (read line by line, so a bold label and its colon are one line)
  const lines = inlineRuns(fileText, part.prose)
    .flatMap((s) => s.text.split(/\r?\n/))
    .map((l) => l.replace(/^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)*/u, '').replace(/^[*_~\s]+|[*_~\s]+$/gu, '').trim())
    .filter((l) => l !== '');
  if (lines.length === 0 || lines.length > 3) return undefined;
  return lines.every((l) => STAND_IN.test(l) || NOT_WRITTEN.test(l) || EMPTY_LABEL.test(l)) ? lines.join(' ').replace(/\s+/gu, ' ') : undefined;
}

/**
 * Whether words were written on the marker's own line though none were read as the part's prose: in the label
 * itself, in parentheses ("**Why now** (two years in, ready for more scope)"), or beside the marker on its line — a
 * row of labels ("| Situation | Task | Action | Result |") or a table row whose other cell holds the answer. The
 * reader did not take those words for the part, so its bounds are a guess there: the part is not called empty.
 */
const BR_TAG = /<br\s*\/?>/iu;

function wordsOnMarkerLine(part: Part, fileText: string): boolean {
  const inParens = /[(（]([^()（）]*)[)）]/u.exec(part.label)?.[1] ?? '';
  if (countWords(inParens) >= 2) return true;
  const lineStart = fileText.lastIndexOf('\n', part.marker.start.offset - 1) + 1;
  const nl = fileText.indexOf('\n', part.marker.end.offset);
  const lineEnd = nl < 0 ? fileText.length : nl;
  // A `<br>` inside a cell ends a line as a newline does ("**Task:** ...<br>**Action:** ..."): the words of the
  // earlier parts' lines before it are not this marker's, nor those after the part's end (the next part's line). Words
  // after a `<br>` within the part ("**Situation**<br>We had...") are still this part's.
  const before = fileText.slice(lineStart, part.marker.start.offset).split(BR_TAG).pop()!;
  const tail = fileText.slice(part.marker.end.offset, lineEnd);
  const after = BR_TAG.test(tail) && part.range.end.offset > part.marker.end.offset ? fileText.slice(part.marker.end.offset, Math.min(lineEnd, part.range.end.offset)) : tail;
  const rest = before + ' ' + after;
  // (markup, list bullets, emphasis and a colon are not words)
  return countWords(rest.replace(/<[^<>\n]*>/gu, ' ').replace(/[|*_:：#>\-–—+`~]/gu, ' ')) >= 1;
}

export const emptySection: StoryRule = {
  meta: {
    id: 'empty-section',
    description: "A part's marker with no prose after it",
    defaultSeverity: 'warning',
    tags: ['structure'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const { kind } = answerOf(ctx.story);
    for (const part of ctx.story.parts) {
      const only = standIn(part, ctx.file.text);
      if (only === undefined || (only === '' && wordsOnMarkerLine(part, ctx.file.text))) continue;
      const what = partTitleIn(kind, part.name).toLowerCase();
      ctx.report({
        message: only
          ? `"${part.label}" holds only "${only.length > 40 ? `${only.slice(0, 40)}…` : only}", which says nothing yet. Write the ${what} in a few spoken sentences, or remove the marker if the story does not need it.`
          : `"${part.label}" has nothing under it. Write the ${what} in a few spoken sentences, or remove the marker if the story does not need it.`,
        range: part.marker,
      });
    }
  },
};
