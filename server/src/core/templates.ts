// Story templates and the starter bank that `storybank init` writes.
// Prompts are the project's own words. Every prompt is a `[...]` placeholder on a line of its own, so the
// `placeholder` rule keeps pointing at it until the author replaces it (see TEMPLATE_PROMPTS).
import { QUESTIONS, STANDARD_CATALOG, THEME_IDS, questionIdAsWritten, questionLabel, themesForQuestions, type QuestionCatalog } from './knowledge/index';
import { ANSWER_KINDS, ANSWER_SHAPES, kindForQuestions, requiredParts } from './knowledge/kinds';
import type { ShapePart } from './knowledge/types';
import type { PartName, ThemeId } from './types';
import { PART_ORDER } from './types';

/** The heading each part gets in a new story. */
export const PART_HEADINGS: Readonly<Record<PartName, string>> = {
  setup: 'Setup',
  challenge: 'Challenge',
  approach: 'Approach',
  outcome: 'Outcome',
  learning: 'Learning',
};

type Prompts = Record<PartName, string>;

/** Prompts for a story not tied to a theme. */
const GENERIC_PROMPTS: Prompts = {
  setup: 'Where and when: your role, the team, the product, and what was at stake — about 15 seconds',
  challenge: 'Why it was hard: the conflict, the constraint or the unknown you faced — about 15 seconds',
  approach:
    'What you did and why, step by step; say "I" for your own part and name the people who helped — about 60 seconds',
  outcome: 'The result in numbers: a percentage, time or money saved, users reached, errors avoided — about 15 seconds',
  learning: 'What this taught you: the habit you kept, or the step you would change next time — about 15 seconds',
};

/** Prompts tailored to what interviewers of each theme listen for. */
const THEME_PROMPTS: Readonly<Record<ThemeId, Prompts>> = {
  'self-awareness': {
    setup: 'The moment that shows this side of you: your role, the team and what depended on you — about 15 seconds',
    challenge: 'Where the strength, weakness or motivation showed itself and what it put at risk — about 15 seconds',
    approach: 'What you noticed about yourself and the concrete steps you took because of it — about 60 seconds',
    outcome: 'What changed, measured: a deadline met, a result, feedback you received — about 15 seconds',
    learning: 'How you work differently now, and how that points to the role you want next — about 15 seconds',
  },
  'technical-decision': {
    setup: 'The system, the team and the decision that was on the table — about 15 seconds',
    challenge: 'The options, what each would cost, and what you did not know yet — about 15 seconds',
    approach:
      'How you compared the options, the evidence you gathered, who disagreed and how the call was made — about 60 seconds',
    outcome: 'What the decision changed, in numbers: latency, cost, accuracy, time to ship — about 15 seconds',
    learning: 'What you would weigh differently the next time you face a call like this — about 15 seconds',
  },
  collaboration: {
    setup: 'Who was involved, what their role was, and how you worked together — about 15 seconds',
    challenge: 'Where you and they disagreed or misunderstood each other, and what each side wanted — about 15 seconds',
    approach:
      'How you listened, what evidence you brought, and how you reached agreement without pulling rank — about 60 seconds',
    outcome: 'What was decided and what it achieved, in numbers, and how the relationship stands now — about 15 seconds',
    learning: 'What you now do earlier or differently when people disagree — about 15 seconds',
  },
  execution: {
    setup: 'The project, the team, the deadline and what was riding on it — about 15 seconds',
    challenge: 'What threatened delivery: scope, time, moving goals or competing work — about 15 seconds',
    approach: 'How you planned, what you cut or kept and why, and how you kept people informed — about 60 seconds',
    outcome: 'What shipped and when, with numbers; for a failure, what it cost and what was saved — about 15 seconds',
    learning: 'What you have changed in how you run projects since — about 15 seconds',
  },
  'problem-solving': {
    setup: 'The system and the symptom: what was going wrong, and for whom — about 15 seconds',
    challenge: 'Why the cause was not obvious and what made it hard to pin down — about 15 seconds',
    approach:
      'How you broke the problem down, the hypotheses you tested in order, and what ruled each one out — about 60 seconds',
    outcome: 'The cause you found and the measured effect of the fix — about 15 seconds',
    learning: 'The check or habit you now use so a problem like this is caught sooner — about 15 seconds',
  },
  growth: {
    setup: 'What you had to learn, and why it mattered to the team at that moment — about 15 seconds',
    challenge: 'How far you were from competent, and how little time you had — about 15 seconds',
    approach:
      'How you chose what to learn first, the material and people you used, and how you practised — about 60 seconds',
    outcome: 'What you delivered with the new skill, and how quickly, in numbers — about 15 seconds',
    learning: 'How this changed the way you learn, or what you are learning next — about 15 seconds',
  },
  ethics: {
    setup: 'The situation, and who could have been affected by it — about 15 seconds',
    challenge: 'The risk or harm you saw, and what speaking up could cost you — about 15 seconds',
    approach: 'Who you raised it with, the evidence you brought and the alternative you proposed — about 60 seconds',
    outcome: 'What was decided and what it prevented or changed, with numbers where you have them — about 15 seconds',
    learning: 'Where you draw the line now, and how you raise concerns earlier — about 15 seconds',
  },
  'company-fit': {
    setup: 'Where you are now and what you have achieved there — about 15 seconds',
    challenge:
      'What you want next that your current role cannot offer, said without criticising anyone — about 15 seconds',
    approach:
      'What you found out about this company and team, and how it matches the work you want to do — about 60 seconds',
    outcome: 'One concrete result from your current role that shows what you would bring, with a number — about 15 seconds',
    learning: 'What you have learned about the kind of work and team you do best in — about 15 seconds',
  },
  situational: {
    setup: 'A real situation close to this scenario: the system, the team and the stakes — about 15 seconds',
    challenge: 'What made it urgent or delicate — about 15 seconds',
    approach: 'Your first steps in order, who you brought in and why — about 60 seconds',
    outcome: 'How it ended, in numbers: time to recover, harm avoided, work saved — about 15 seconds',
    learning: 'What you would repeat in the scenario you were asked about, and what you would change — about 15 seconds',
  },
};

/** Prompts of a list of questions to ask the interviewer (kind questions-to-ask), one list item each. */
export const ASK_PROMPTS: readonly string[] = [
  'A question about the work: the problem the team is stuck on right now, and what has been tried',
  'A question about the role: what would make the hire a success after six months',
  'A question about how the team works: how it decides what to build, fix or stop',
];

/** The parts a template of a non-story kind gets: what the questions need; a pitch always starts from now and gives one result. */
function templateParts(kind: 'pitch' | 'plan', ids: readonly number[]): ShapePart[] {
  const shape = ANSWER_SHAPES[kind];
  const wanted = new Set(requiredParts(kind, ids, PART_ORDER).map((p) => p.id));
  if (kind === 'pitch') {
    wanted.add('now');
    wanted.add('impact'); // every pitch is checked for one sized result
  }
  if (kind === 'plan') wanted.add('case'); // a real case is encouraged
  return shape.parts.filter((p) => wanted.has(p.id));
}

/** Placeholder for the title when none is given. */
export const TITLE_PROMPT = 'Name the story in a few words: what you did, not the question';

const bracket = (s: string): string => `[${s}]`;

/**
 * Every placeholder the templates can write, with its brackets, e.g. `[Where and when: …]`. The `placeholder`
 * rule may use this to recognise template text that was never replaced.
 */
export const TEMPLATE_PROMPTS: readonly string[] = [
  ...new Set([
    bracket(TITLE_PROMPT),
    ...PART_ORDER.map((p) => bracket(GENERIC_PROMPTS[p])),
    ...THEME_IDS.flatMap((t) => PART_ORDER.map((p) => bracket(THEME_PROMPTS[t][p]))),
    ...ANSWER_KINDS.filter((k) => k !== 'story').flatMap((k) => ANSWER_SHAPES[k].parts.map((p) => p.prompt)),
    ...ASK_PROMPTS.map(bracket),
  ]),
];

/** A YAML scalar: plain when safe, double-quoted (JSON escaping is valid YAML) otherwise. */
function yamlScalar(s: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9 _.,()&/'’-]*$/.test(s) && !/\s$/.test(s) ? s : JSON.stringify(s);
}

/** One line of text: newlines and surrounding spaces removed. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export interface StoryTemplateOptions {
  /** Question ids the story answers (anything `parseQuestionId` accepts). Ids not in the catalog are dropped. */
  questions?: readonly (number | string)[];
  /** The bank's question catalog (its wording, custom questions); the standard one when absent. */
  catalog?: QuestionCatalog;
  title?: string;
  project?: string;
}

/**
 * A whole story file: front matter (title, project, questions, the themes they belong to, an empty
 * companies list) and the title heading followed by the parts the questions' answer kind calls for, each with
 * a one-line `[...]` prompt: the five parts of a story; Now, Arc, Impact, Why here (or those the question needs)
 * for a pitch; Steps and a Real case for a plan; a list of questions for questions to ask. The prompts follow the theme of the first question when one is given. The questions being answered
 * are quoted under the title and the follow-ups to prepare are kept in an HTML comment; neither counts as
 * spoken prose.
 */
export function storyTemplate(opts: StoryTemplateOptions = {}): string {
  const catalog = opts.catalog ?? STANDARD_CATALOG;
  const ids: number[] = [];
  for (const raw of opts.questions ?? []) {
    const id = catalog.byId(raw)?.id;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  const themes = themesForQuestions(ids, catalog);
  const first = ids.length > 0 ? catalog.byId(ids[0]) : undefined;
  const prompts = first ? THEME_PROMPTS[first.theme] : GENERIC_PROMPTS;
  const title = oneLine(opts.title ?? '') || bracket(TITLE_PROMPT);
  const project = oneLine(opts.project ?? '');

  const lines: string[] = ['---', `title: ${yamlScalar(title)}`];
  if (project) lines.push(`project: ${yamlScalar(project)}`);
  else lines.push('# project: checkout-redesign   # a short id for the project this story comes from');
  lines.push(`questions: [${ids.map(questionIdAsWritten).join(', ')}]`);
  lines.push(`themes: [${themes.join(', ')}]`);
  lines.push('companies: []               # optional: amazon, google, meta, startup');
  lines.push('# last-practiced: YYYY-MM-DD  # add the date each time you say it aloud');
  lines.push('---', `# ${title}`, '');

  if (ids.length > 0) {
    for (const id of ids) {
      const q = catalog.byId(id);
      if (q) lines.push(`> ${questionLabel(q.id)}. ${q.text}`);
    }
    lines.push('');
  }

  // The body follows the kind of answer the questions call for (knowledge/kinds.ts).
  const kind = kindForQuestions(ids);
  if (kind === 'pitch' || kind === 'plan') {
    for (const part of templateParts(kind, ids)) lines.push(`## ${part.title}`, '', part.prompt, '');
  } else if (kind === 'questions-to-ask') {
    for (const prompt of ASK_PROMPTS) lines.push(`- ${bracket(prompt)}`);
    lines.push('');
  } else {
    for (const part of PART_ORDER) {
      lines.push(`## ${PART_HEADINGS[part]}`, '', bracket(prompts[part]), '');
    }
  }

  const followUps = ids.flatMap((id) => catalog.byId(id)?.followUps ?? []);
  if (followUps.length > 0) {
    lines.push('<!--', 'Follow-ups to prepare:');
    for (const f of followUps) lines.push(`- ${f}`);
    lines.push('-->', '');
  }
  return lines.join('\n');
}

const CONFIG_TEXT = `# Story Bank settings. Every value below is the default; change what you need.
# Full reference: the Configuration section of the Story Bank README.

# Which parts every story must have: scaol (setup, challenge, approach, outcome, learning),
# star (no learning), car (setup, approach, outcome), or a list such as [setup, approach, outcome].
structure: scaol

# Which Markdown files are stories (besides any file whose front matter has questions or themes).
# include: ["**/stories/**/*.md", "**/*.story.md"]
# exclude: ["stories/drafts/**"]

# Speaking pace used to turn words into seconds.
wordsPerMinute: 150

# A story shorter or longer than this (in spoken seconds) gets a finding.
minSeconds: 45
maxSeconds: 180

# More stories than this from one project gets a bank-level note.
maxStoriesPerProject: 3

# Change a rule's severity (error, warning, info) or turn it off:
# rules:
#   filler-phrase: off
#   missing-metric: error

# Add your own literal phrases to a rule's list (plain words, not regular expressions):
# phrases:
#   blame: ["the vendor messed up"]
#   filler-phrase: ["at the end of the day"]
`;

const HOWTO_TEXT = `# Your story bank

Each file under \`stories/\` is one behavioral-interview story, written so you can say it aloud in
about two minutes. Story Bank checks every story as you write it and shows which of the
${THEME_IDS.length} themes and ${QUESTIONS.length} standard questions your bank already covers.

## Writing a story

1. Copy \`stories/my-first-story.md\`, or run **Story Bank: New Story** in VS Code.
2. In the front matter, list the questions the story answers by number, e.g. \`questions: [6, 10]\`.
   Run \`storybank questions\` to see all ${QUESTIONS.length}.
3. Replace every \`[...]\` prompt with your own words. Keep the five parts:
   Setup, Challenge, Approach, Outcome, Learning. The approach is the longest part.
4. Put a number in the outcome: a percentage, a time, an amount, a count.
5. Say it aloud with a timer, then set \`last-practiced:\` to today's date.

Some questions want another shape, and the checks follow it: "Tell me about yourself" and the other
fit questions (1, 2, 5, 28) are a pitch (Now, Arc, Impact, Why here); the hypothetical ones (30–34) are a
plan (Steps, and a Real case if you have one); 29 and 35 are a list of 3–5 questions to ask the interviewer.
New Story writes the right shape for the question you pick.

## Checking the bank

\`\`\`sh
storybank check stories      # problems in each story
storybank coverage stories   # which themes and questions still need a story
\`\`\`

Aim for at least eight stories, one for every theme, and at least one real failure
(questions 8 and 17). Settings live in \`.storybank.yml\`.

This file is not a story: it sits outside \`stories/\` and has no \`questions\` in front matter,
so it is never checked.
`;

/** The files `storybank init` writes, relative to the chosen folder. Existing files are never overwritten. */
export const STARTER_BANK: readonly { path: string; content: string }[] = [
  { path: '.storybank.yml', content: CONFIG_TEXT },
  { path: 'STORYBANK.md', content: HOWTO_TEXT },
  { path: 'stories/my-first-story.md', content: storyTemplate({ questions: [16] }) },
];
