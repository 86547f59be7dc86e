// missing-section: a part the configured structure requires has no marker.
import { PART_ORDER, type ParsedFile, type Part, type PartName, type Story, type TextEdit } from '../types';
import type { StoryRule, StoryRuleContext } from './rule';
import { PART_TITLE, STAR_TITLE } from './util';
import { answerOf } from './kind';
import { addressesListener, requiredParts } from '../knowledge/kinds';
import { isHeaderFieldLabel, isQuestionsLabel, isTrailerLabel, normalizeLabel, partForLabel } from '../parse/labels';
import { QA_ANSWER } from '../parse/markdown';
import { FENCE_LINE } from '../text';

const PROMPT: Record<PartName, string> = {
  setup: '[Where and when: the team, the system, what was at stake, in one or two sentences]',
  challenge: '[What made it hard, and what you were responsible for]',
  approach: '[What you did, step by step, with "I" for your part and who you worked with]',
  outcome: '[What changed, with a number: from what to what, in how long]',
  learning: '[What you took from it and what you do differently now]',
};

const STAR_LABELS = /^(situation|task|action|actions|result|results|s|t|a|r)$/i;

/** Whether the story marks its parts with the STAR labels ("Situation", "Task", "Action", "Result", or their letters). */
function usesStar(story: Story): boolean {
  return story.parts.some((p) => STAR_LABELS.test(p.label.trim()));
}

function titleFor(story: Story, name: PartName): string {
  return usesStar(story) ? STAR_TITLE[name] : PART_TITLE[name];
}

/** The end of the last line of a part's content, as an offset. */
function endOfContent(text: string, part: Part): number {
  let e: number;
  if (part.kind === 'heading') {
    // Everything up to the next marker belongs to the part (tables and code blocks too).
    e = Math.min(part.range.end.offset, text.length);
    while (e > part.range.start.offset && /\s/.test(text[e - 1])) e--;
  } else {
    // A label's part can end in the middle of a list or paragraph: go by its last words.
    e = part.marker.end.offset;
    for (const seg of part.prose) e = Math.max(e, seg.start + seg.text.length);
  }
  const nl = text.slice(e).search(/\r?\n|\r/);
  return nl < 0 ? text.length : e + nl;
}

function lineStart(text: string, offset: number): number {
  let s = offset;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  return s;
}

function markerText(style: Part | undefined, title: string, name: PartName, story: Story, promptText?: string): string {
  const prompt = (n: PartName): string => promptText ?? PROMPT[n];
  switch (style?.kind) {
    case 'bold':
      return `**${title}:** ${prompt(name)}`;
    case 'label':
      return `${title}: ${prompt(name)}`;
    case 'list':
      return `- **${title}**: ${prompt(name)}`;
    default: {
      const depth = style?.kind === 'heading' && style.depth ? style.depth : Math.min(6, (headingDepthOfTitle(story) ?? 1) + 1);
      return `${'#'.repeat(depth)} ${title}\n\n${prompt(name)}`;
    }
  }
}

function headingDepthOfTitle(story: Story): number | undefined {
  const h = story.parts.find((p) => p.kind === 'heading');
  return h?.depth ? h.depth - 1 : undefined;
}

/**
 * The line ending a file's inserted text uses: CRLF when the file has one anywhere. Found once per file, not once
 * per fix (a bank of thousands of answers read the whole text again for every missing part of every answer).
 */
const LINE_ENDING = new WeakMap<ParsedFile, string>();
function lineEnding(file: ParsedFile): string {
  let nl = LINE_ENDING.get(file);
  if (nl === undefined) {
    nl = file.text.includes('\r\n') ? '\r\n' : '\n';
    LINE_ENDING.set(file, nl);
  }
  return nl;
}

/** A block written with "\n" in the file's line ending. */
function withLineEnding(block: string, nl: string): string {
  return nl === '\n' ? block : block.replace(/\n/g, nl);
}

function insertion(ctx: StoryRuleContext, missing: PartName, kindTitle?: string, kindPrompt?: string): TextEdit {
  const { story, file } = ctx;
  const text = file.text;
  const idx = PART_ORDER.indexOf(missing);
  const title = kindTitle ?? titleFor(story, missing);
  let before: Part | undefined;
  for (let i = story.parts.length - 1; i >= 0 && !before; i--) if (PART_ORDER.indexOf(story.parts[i].name) < idx) before = story.parts[i];
  const after = story.parts.find((p) => PART_ORDER.indexOf(p.name) > idx);
  const nl = lineEnding(file);
  if (before) {
    let at = endOfContent(text, before);
    // Never past the line of the part that follows it (a decoration before that part's label, such as "⭐", is the
    // last of this part's prose): the new part would take the next one's marker line and leave it empty.
    const next = story.parts.find((p) => p.marker.start.offset > before.marker.start.offset);
    if (next) {
      const nextLine = lineStart(text, next.marker.start.offset);
      if (nextLine > before.marker.end.offset && at > nextLine) {
        at = nextLine;
        while (at > before.marker.end.offset && /\s/.test(text[at - 1])) at--;
      }
    }
    const sep = before.kind === 'list' ? nl : nl + nl;
    const block = withLineEnding(markerText(before, title, missing, story, kindPrompt), nl);
    return { range: ctx.range(at, at), newText: sep + block };
  }
  if (after) {
    const at = lineStart(text, after.marker.start.offset);
    const sep = after.kind === 'list' ? nl : nl + nl;
    const block = withLineEnding(markerText(after, title, missing, story, kindPrompt), nl);
    return { range: ctx.range(at, at), newText: block + sep };
  }
  // No part at all: append at the end of the story.
  let at = Math.min(story.range.end.offset, text.length);
  while (at > story.range.start.offset && /\s/.test(text[at - 1])) at--;
  const block = withLineEnding(markerText(undefined, title, missing, story, kindPrompt), nl);
  return { range: ctx.range(at, at), newText: nl + nl + block + (at === text.length ? nl : '') };
}

const WHY: Record<PartName, string> = {
  setup: 'the listener needs a sentence of context before the problem makes sense',
  challenge: 'without it the listener cannot tell what was hard or what you owned',
  approach: 'this is where you show what you did, the part interviewers weigh most',
  outcome: 'the interviewer needs to hear how it ended, ideally with a number',
  learning: 'saying what you took from it shows you grow from experience',
};

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** When the story follows a shorter structure than the configured one (its parts are `present`), say how to configure it. */
function structureHint(present: ReadonlySet<PartName>, name: PartName): string {
  if (name === 'learning' && ['setup', 'challenge', 'approach', 'outcome'].every((n) => present.has(n as PartName))) {
    return ' If you tell your stories as STAR, without a lesson, set `structure: star` in .storybank.yml.';
  }
  if (name === 'challenge' && ['setup', 'approach', 'outcome'].every((n) => present.has(n as PartName))) {
    return ' If you tell your stories as Context-Action-Result, set `structure: car` in .storybank.yml.';
  }
  return '';
}

/**
 * The message for a missing part, made once per part, dress and hint (there are 5 × 2 × 3 of them) rather than once
 * per finding: a bank of thousands of one-line answers reported four parts missing in each, and every message was
 * built, flattened and hashed again before the analysis interned it.
 */
const PART_MESSAGES = new Map<string, string>();
function partMessage(name: PartName, star: boolean, hint: string): string {
  const key = `${name}|${star ? 's' : 'p'}|${hint}`;
  let message = PART_MESSAGES.get(key);
  if (message === undefined) {
    const title = star ? STAR_TITLE[name] : PART_TITLE[name];
    message = `The story has no ${title} part: ${WHY[name]}. Add a section headed "${title}".` + hint;
    PART_MESSAGES.set(key, message);
  }
  return message;
}

/** "Add a Task section", made once per part title. */
const FIX_TITLES = new Map<string, string>();
function fixTitle(title: string): string {
  let t = FIX_TITLES.get(title);
  if (t === undefined) {
    t = `Add a ${title} section`;
    FIX_TITLES.set(title, t);
  }
  return t;
}

/** A bold lead-in ("**What shaped me:**", "- __Turns__ —"), with or without a list mark. */
const BOLD_LEAD = /^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+)?(\*\*|__)([^*_\n]{2,60}?)(?:[:：.。][ \t]*\1|\1[ \t]*[:：—–])/u;
/** A plain label at a line start: a capital (or a script without case), a few words and a colon ("Turning points: …"). */
const PLAIN_LEAD = /^[ \t]*(?:[-*+][ \t]+)?([\p{Lu}\p{Lo}][\p{L}\p{M}'’ -]{1,50}?)[ \t]*[:：][ \t]+\S/u;
const HEADING_LEAD = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/u;

/**
 * How many lines between two offsets are dressed as a part label the way the answer's own markers are (a bold lead-in
 * beside bold lead-ins, a heading of the same level beside headings, a plain "Label:" beside plain labels), each a short
 * name (up to six words, no question): labels of no listed word that stand where a part goes.
 */
function labelLinesBetween(text: string, from: number, to: number, dress: readonly Part[]): LeadIn[] {
  return dressedLines(text, from, to, new Set(dress.map((p) => p.kind)), new Set(dress.filter((p) => p.kind === 'heading').map((p) => p.depth)));
}

/** A line dressed as a part label: where it starts and its label. */
interface LeadIn {
  at: number;
  name: string;
}

/** The lines between two offsets dressed as a part label of the kinds given (headings only of the depths given). */
function dressedLines(text: string, from: number, to: number, kinds: ReadonlySet<string>, depths: ReadonlySet<number | undefined>, runIn = false): LeadIn[] {
  const found: LeadIn[] = [];
  let inFence = false;
  let at = from;
  for (const raw of text.slice(from, to).split(/(?<=\r\n|\n|\r(?!\n))/u)) {
    const start = at;
    at += raw.length;
    const line = raw.replace(/\r?\n$|\r$/u, '');
    if (FENCE_LINE.test(line)) inFence = !inFence;
    if (inFence) continue;
    let name: string | undefined;
    const h = HEADING_LEAD.exec(line);
    if (h && kinds.has('heading') && depths.has(h[1].length)) name = h[2];
    else if (!h) {
      const b = BOLD_LEAD.exec(line);
      if (b && (kinds.has('bold') || kinds.has('list')) && (!runIn || /\p{L}/u.test(line.slice(b[0].length)))) name = b[2];
      else if (!b && kinds.has('label')) name = PLAIN_LEAD.exec(line)?.[1];
    }
    if (name === undefined) continue;
    const bare = name.replace(/[*_`]/gu, '').trim();
    if (bare.length === 0 || /[?？]$/u.test(bare) || bare.split(/\s+/u).length > 6 || !/\p{L}/u.test(bare)) continue;
    // (material around the answer is no part: "**Follow-up:**", "**Keywords:**", "**Question:**")
    // (nor is a label naming the answer itself, "**Response:**", "**My answer:**": it wraps the parts, it is none)
    if (isTrailerLabel(bare) || isHeaderFieldLabel(bare) || isQuestionsLabel(bare) || QA_ANSWER.test(normalizeLabel(bare))) continue;
    found.push({ at: start, name: bare });
  }
  return found;
}

/** The dresses a run-in lead-in may wear: bold (also as a list item) or a plain "Label:". */
const LEAD_IN_KINDS: ReadonlySet<string> = new Set(['bold', 'list', 'label']);

/** Lines of an unmarked answer led by a bold lead-in or a plain "Label:" with the part's words after it on the line. */
function runInLeadIns(ctx: StoryRuleContext): LeadIn[] {
  const { story } = ctx;
  return dressedLines(ctx.file.text, story.titleRange.end.offset, story.range.end.offset, LEAD_IN_KINDS, new Set(), true);
}

/** The paragraph that starts at an offset (to the next blank line or `to`). */
function paragraphAt(text: string, at: number, to: number): string {
  const rest = text.slice(at, to);
  const blank = rest.search(/\r?\n[ \t>]*\r?\n/u);
  return blank < 0 ? rest : rest.slice(0, blank);
}

/**
 * A part of a pitch or a plan whose label is no word the knowledge base lists ("**What shaped me:**" between "**Now:**"
 * and "**Impact:**", "**Why this role:**" after the impact) is still marked: the places of the answer's shape left
 * open between the nearest marked parts around it (or the answer's edge) are exactly as many as the lines dressed
 * like the answer's markers that stand there. (Only for these kinds: their labels vary most; in a story a lead-in between the situation and the
 * action is as often a point of the part before it.)
 */
function markedByPlace(ctx: StoryRuleContext, slot: PartName, slots: readonly PartName[]): boolean {
  const { story } = ctx;
  const order = (p: PartName): number => PART_ORDER.indexOf(p);
  const parts = [...story.parts].sort((a, b) => a.marker.start.offset - b.marker.start.offset);
  let prev: Part | undefined;
  let next: Part | undefined;
  for (const p of parts) if (order(p.name) < order(slot)) prev = p;
  for (const p of parts) if (order(p.name) > order(slot)) { next = p; break; }
  if (prev && next && prev.marker.start.offset > next.marker.start.offset) return false;
  // (Not before the first marked part: between a title and its first part stand a question, a note, a field; and
  // after the last one only a lead-in, not a heading: a heading there is a section of notes as often as a part.)
  if (!prev) return false;
  if (!next && prev.kind === 'heading') return false;
  const lo = prev ? order(prev.name) : -1;
  const hi = next ? order(next.name) : PART_ORDER.length;
  const present = new Set(story.parts.map((p) => p.name));
  const open = slots.filter((r) => order(r) > lo && order(r) < hi && !present.has(r));
  if (open.length === 0) return false;
  const from = prev.marker.end.offset;
  const to = next ? next.marker.start.offset : story.range.end.offset;
  if (to <= from) return false;
  const dress = [prev, next].filter((p): p is Part => p !== undefined);
  const lines = labelLinesBetween(ctx.file.text, from, to, dress);
  if (lines.length === open.length) return true;
  // After the last marked part, fewer lead-ins than open places: a pitch closes on why here, so a last lead-in that
  // speaks to the listener ("your team", "vous", "贵公司") is that place; the places before it are left open.
  if (next || lines.length === 0 || lines.length >= open.length || slot !== open[open.length - 1] || ctx.story.kind !== 'pitch') return false;
  return addressesListener(paragraphAt(ctx.file.text, lines[lines.length - 1].at, to));
}

export const missingSection: StoryRule = {
  meta: {
    id: 'missing-section',
    description: 'A part required by `structure` has no marker',
    defaultSeverity: 'warning',
    tags: ['structure'],
    scope: 'story',
  },
  check(ctx: StoryRuleContext) {
    const present = new Set(ctx.story.parts.map((p) => p.name));
    const answer = answerOf(ctx.story);
    if (answer.kind !== 'story') {
      // A list of questions to ask has no parts; a pitch or a plan names the parts its question needs.
      const required = requiredParts(answer.kind, answer.questionIds, ctx.config.structure);
      const shape = answer.shape.name.toLowerCase();
      if (ctx.story.parts.length === 0 && required.length > 0) {
        // An answer led paragraph by paragraph by lead-ins the parser did not take ("**Oggi.** Sono…", "**Il risultato
        // di cui vado fiera.** …", "**Perché cambio.** …": one word of the tables alone is not enough for it) is marked
        // when they are as many as the parts it needs, or more, and no more than its shape has, and the first of them
        // names the shape's first place in some table ("Oggi", "Hoje", 現在: the now of a pitch): that shows the
        // lead-ins are the answer's parts, not a list of its points ("**Vision:**", "**Technology:**") or a dialogue
        // ("**Me:**"). Two at least, each with the part's words after it on its line.
        const leadIns = runInLeadIns(ctx);
        if (leadIns.length >= Math.max(2, required.length) && leadIns.length <= answer.shape.parts.length && partForLabel(leadIns[0].name) === answer.shape.parts[0].slot) return;
        const titles = required.map((p) => p.title);
        ctx.report({
          message: `The ${shape} has no marked parts, so ${listed(titles.map((t) => `"${t}"`))} ${titles.length === 1 ? 'is missing. Mark it with a heading or label' : 'are missing. Mark them with headings or labels'} such as "## ${titles[0]}"; ${required[0].why}`,
          range: ctx.story.titleRange,
        });
        return;
      }
      for (const part of required) {
        if (present.has(part.slot)) continue;
        if (markedByPlace(ctx, part.slot, answer.shape.parts.map((p) => p.slot))) continue;
        ctx.report({
          message: `The ${answer.shape.name.toLowerCase()} has no "${part.title}" part: ${part.why} Add a part headed "${part.title}".`,
          range: ctx.story.titleRange,
          fixes: [{ title: `Add a ${part.title} part`, edits: [insertion(ctx, part.slot, part.title, part.prompt)] }],
        });
      }
      return;
    }
    const required = PART_ORDER.filter((name) => ctx.config.structure.includes(name));
    if (ctx.story.parts.length === 0 && required.length > 0) {
      // One finding, not one per part: the whole answer is unmarked, and the fix is one act of splitting it. No quick
      // fix: one inserted heading would take over prose that belongs to other parts (and their red flags would then
      // be read as the wrong part), so only the writer can split it.
      const titles = required.map((name) => PART_TITLE[name]);
      ctx.report({
        message: `The story has no marked parts, so ${listed(titles)} cannot be told apart. Split it under headings such as "## ${titles[0]}" and "## ${titles[Math.min(2, titles.length - 1)]}"; interviewers listen for each of them, and each can then be checked.`,
        range: ctx.story.titleRange,
      });
      return;
    }
    const star = usesStar(ctx.story);
    for (const name of required) {
      if (present.has(name)) continue;
      const title = star ? STAR_TITLE[name] : PART_TITLE[name];
      const hint = structureHint(present, name);
      ctx.report({
        message: partMessage(name, star, hint),
        range: ctx.story.titleRange,
        fixes: [{ title: fixTitle(title), edits: [insertion(ctx, name, title)] }],
      });
    }
  },
};
