// The parser: part markers in every form, several stories per file, prose exclusions, exact ranges, front matter.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRUCTURES, isStoryFile, parseFile, partForLabel } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import type { Config, ParsedFile, Range, Story } from '../../server/src/core/types';

// The defaults, with drafts excluded.
const CONFIG: Config = { ...DEFAULT_CONFIG, exclude: ['**/drafts/**'] };

function parse(text: string, path = 'stories/s.md'): ParsedFile {
  return parseFile(text, path, CONFIG);
}

function slice(text: string, r: Range): string {
  return text.slice(r.start.offset, r.end.offset);
}

function only(f: ParsedFile): Story {
  assert.equal(f.stories.length, 1, `expected one story, got ${f.stories.map((s) => s.title).join(', ')}`);
  return f.stories[0];
}

function partNames(s: Story): string[] {
  return s.parts.map((p) => p.name);
}

function proseText(s: { prose: { text: string }[] }): string {
  return s.prose.map((p) => p.text).join(' ');
}

void describe('partForLabel and STRUCTURES', () => {
  void it('maps every alias of the design table, in any case and decoration', () => {
    const table: Record<string, string[]> = {
      setup: ['Setup', 'Situation', 'Context', 'Background', 'S', 'C'],
      challenge: ['Challenge', 'Task', 'Problem', 'Goal', 'Obstacle', 'T'],
      approach: ['Approach', 'Action', 'Actions', 'What I did', 'A'],
      outcome: ['Outcome', 'Result', 'Results', 'Impact', 'R'],
      learning: ['Learning', 'Learnings', 'Lesson', 'Lessons', 'Reflection', 'Takeaway', 'L'],
    };
    for (const [part, labels] of Object.entries(table)) {
      for (const l of labels) {
        assert.equal(partForLabel(l), part, l);
        assert.equal(partForLabel(`**${l.toUpperCase()}:**`), part, `bold upper ${l}`);
      }
    }
    assert.equal(partForLabel('✅ S - Situation'), 'setup');
    assert.equal(partForLabel('Situation (30 seconds)'), 'setup');
    assert.equal(partForLabel('Key Learnings'), 'learning');
    assert.equal(partForLabel('🎯 Situation (≈20s)'), 'setup');
    assert.equal(partForLabel('Action — 60 seconds'), 'approach');
    assert.equal(partForLabel('Result: 15-20 s'), 'outcome');
    assert.equal(partForLabel('Result: 15 things'), undefined);
    assert.equal(partForLabel('Context switching costs'), undefined);
    assert.equal(partForLabel('Actions speak louder'), undefined);
    assert.equal(partForLabel('Q'), undefined);
    assert.equal(partForLabel(''), undefined);
  });

  void it('has the three presets', () => {
    assert.deepEqual(STRUCTURES.scaol, ['setup', 'challenge', 'approach', 'outcome', 'learning']);
    assert.deepEqual(STRUCTURES.star, ['setup', 'challenge', 'approach', 'outcome']);
    assert.deepEqual(STRUCTURES.car, ['setup', 'approach', 'outcome']);
  });
});

void describe('part markers', () => {
  void it('finds heading markers at any level, with bold, emoji, letter prefixes and trailing comments', () => {
    const text = [
      '# Cutting the build time',
      '',
      '## Situation',
      'Our build took forty minutes.',
      '',
      '### **Challenge**',
      'Halve it without new hardware.',
      '',
      '### ✅ A - Action',
      'I profiled the slowest steps.',
      '',
      '#### Outcome <!-- expect: missing-metric -->',
      'It dropped to 12 minutes.',
      '',
      '## 📚 Learning:',
      'Measure before changing anything.',
    ].join('\n');
    const s = only(parse(text));
    assert.equal(s.title, 'Cutting the build time');
    assert.deepEqual(partNames(s), ['setup', 'challenge', 'approach', 'outcome', 'learning']);
    assert.ok(s.parts.every((p) => p.kind === 'heading'));
    assert.deepEqual(s.parts.map((p) => p.depth), [2, 3, 3, 4, 2]);
    assert.equal(slice(text, s.parts[0].marker), '## Situation');
    assert.equal(slice(text, s.parts[3].marker), '#### Outcome <!-- expect: missing-metric -->');
    assert.equal(slice(text, s.parts[0].range), '## Situation\nOur build took forty minutes.');
    assert.equal(s.parts[2].label, 'A - Action');
    assert.equal(proseText(s.parts[3]), 'It dropped to 12 minutes.');
  });

  void it('finds a paragraph that begins with a bold label, with colon, timing hint or dash', () => {
    const text = [
      '## A migration',
      '',
      '**Situation:** The billing service ran on a retired database.',
      '',
      '**TASK** (15 seconds)',
      'Move it without downtime.',
      '',
      '**Action** — I set up dual writes and compared results daily.',
      '',
      '**Result**',
      'No customer noticed the switch.',
      '',
      '*Lesson:* Rehearse the rollback first.',
    ].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup', 'challenge', 'approach', 'outcome', 'learning']);
    assert.deepEqual(s.parts.map((p) => p.kind), ['bold', 'bold', 'bold', 'bold', 'bold']);
    assert.equal(slice(text, s.parts[0].marker), '**Situation:** ');
    assert.equal(proseText(s.parts[0]), 'The billing service ran on a retired database.');
    assert.equal(slice(text, s.parts[1].marker), '**TASK** (15 seconds)');
    assert.equal(proseText(s.parts[1]), 'Move it without downtime.');
    assert.equal(proseText(s.parts[2]), 'I set up dual writes and compared results daily.');
    assert.equal(s.parts[4].label, 'Lesson');
  });

  void it('finds plain label lines, also at the start of a line inside a paragraph', () => {
    const text = [
      'Situation:',
      'A partner feed arrived late every Monday.',
      '',
      'Task: Make the reports on time anyway.',
      'Action: I moved the import to a queue.',
      'Result: we shipped the reports by 9am for 8 weeks in a row.',
      '',
      'Actions speak louder than plans, as my lead said.',
    ].join('\n');
    const s = only(parse(text, 'stories/feed.md'));
    assert.equal(s.title, 'feed');
    assert.deepEqual(partNames(s), ['setup', 'challenge', 'approach', 'outcome']);
    assert.ok(s.parts.every((p) => p.kind === 'label'));
    assert.equal(slice(text, s.parts[1].marker), 'Task: ');
    assert.equal(proseText(s.parts[1]), 'Make the reports on time anyway.');
    assert.equal(proseText(s.parts[2]), 'I moved the import to a queue.');
    assert.match(proseText(s.parts[3]), /^we shipped the reports by 9am for 8 weeks in a row\. Actions speak louder/);
  });

  void it('accepts a hyphen after a word label but not after a single letter', () => {
    const text = ['Situation - The nightly job kept timing out: twice a week.', '', 'A - B testing was not possible.', '', 'Result - it finished in 20 minutes.'].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup', 'outcome']);
    assert.equal(proseText(s.parts[0]), 'The nightly job kept timing out: twice a week. A - B testing was not possible.');
  });

  void it('accepts numbered, lettered and combined labels', () => {
    for (const [heading, part] of [
      ['## 1. Situation', 'setup'],
      ['## (T) Task', 'challenge'],
      ['## Step 3: What we did', 'approach'],
      ['## Results & Impact', 'outcome'],
      ["## What I'd do differently", 'learning'],
      ['## S — Situation', 'setup'],
    ]) {
      const s = only(parse(`# Title\n\n${heading}\nText.\n`));
      assert.deepEqual(partNames(s), [part], heading);
    }
  });

  void it('finds list items that begin with a label, including single letters', () => {
    const text = [
      '# Reducing pager noise',
      '',
      '- **Situation**: Alerts woke the on-call engineer four times a night.',
      '- T: Cut the noise without missing real incidents.',
      '- **A** — I grouped alerts by cause and deleted the ones nobody acted on.',
      '  - Reviewed each alert with its owner.',
      '- Result: pages fell by 70%.',
      '- **L**: Every alert needs an owner.',
    ].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup', 'challenge', 'approach', 'outcome', 'learning']);
    assert.ok(s.parts.every((p) => p.kind === 'list'));
    assert.equal(slice(text, s.parts[1].marker), 'T: ');
    assert.equal(slice(text, s.parts[2].marker), '**A** — ');
    assert.match(proseText(s.parts[2]), /grouped alerts.*Reviewed each alert with its owner\./s);
    assert.equal(proseText(s.parts[3]), 'pages fell by 70%.');
  });

  void it('accepts an HTML comment after a bold, plain or lone label', () => {
    const text = ['# Title', '', '**Situation:** <!-- expect: empty-section -->', '', 'Task: <!-- note -->', '', '⭐ Result <!-- expect: missing-metric -->', 'Done.'].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup', 'challenge', 'outcome']);
    assert.deepEqual(s.parts[0].prose, []);
    assert.equal(proseText(s.parts[2]), 'Done.');
  });

  void it('does not take a first heading that is a part label for the title', () => {
    const text = ['# Situation', 'We had one server.', '', '# Action', 'I added a second.'].join('\n');
    const s = only(parse(text, 'stories/two-servers.md'));
    assert.equal(s.title, 'two-servers');
    assert.deepEqual(partNames(s), ['setup', 'approach']);
  });

  void it('treats a line that is only a decorated label as a marker', () => {
    const text = ['⭐ Situation', '', 'We had two payment providers.', '', '⭐ Immediate Action', '', 'I routed traffic to the healthy one.'].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup', 'approach']);
    assert.equal(s.parts[1].label, 'Immediate Action');
  });

  void it('does not take ordinary sentences, headings or letters for markers', () => {
    const text = [
      '# Choosing a queue',
      '',
      '## Context switching costs',
      'Actions speak louder than words.',
      '',
      'A team of five owned it. Results were mixed at first.',
      '',
      'S',
      '',
      'In the end the impact: hard to say.',
      '',
      '**Important:** we kept the old queue for a month.',
      '',
      '- Actionable alerts only',
      '- Resulting graphs were clear',
    ].join('\n');
    const s = only(parse(text));
    assert.deepEqual(s.parts, []);
    // No marker: the whole body is the answer.
    assert.match(proseText(s), /Actions speak louder/);
    assert.doesNotMatch(proseText(s), /Choosing a queue/);
  });

  void it('ends a heading part at a heading of the same or a higher level, not at a deeper one', () => {
    const text = ['# Title', '', '## Approach', 'First step.', '', '### Details', 'More detail.', '', '## Appendix', 'Not speech.'].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['approach']);
    assert.equal(slice(text, s.parts[0].range), '## Approach\nFirst step.\n\n### Details\nMore detail.');
    assert.equal(proseText(s), 'First step. More detail.');
  });

  void it('keeps material around the story out of the parts (questions, principles, checklists, summaries)', () => {
    const text = [
      '## Story 7: Faster invoices',
      '',
      '**Questions:** Q6, Q10',
      '',
      '**Situation:** Invoices took a week.',
      '',
      '**Result:** They take a day now, 80% faster.',
      '',
      '**Maps to:** Ownership, Deliver results',
      '',
      '**Rehearsed:**',
      '- [ ] Date: ____',
    ].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup', 'outcome']);
    assert.equal(proseText(s.parts[1]), 'They take a day now, 80% faster.');
    assert.doesNotMatch(proseText(s), /Ownership|Date|Q6/);
    assert.deepEqual(s.questions.map((q) => q.id), [6, 10]);
    assert.equal(slice(text, s.questions[0].range!), 'Q6');
    assert.equal(slice(text, s.questions[1].range!), 'Q10');
  });

  void it('lets a heading-marked story use a bold label only for a part its headings lack', () => {
    const text = ['# Title', '', '## Result', '- Impact: latency fell 40%.', '', '**Learning:** Ask early.'].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['outcome', 'learning']);
  });
});

void describe('false markers in mixed forms', () => {
  void it('does not read "A:" in a question-and-answer exchange as the Action part', () => {
    const text = ['# Title', '', '**Situation:** Our deploys failed weekly.', '', 'Q: Why not roll back?', 'A: The schema had changed.'].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup']);
  });

  void it('ignores letter labels that answer a Q: line, and markers under a follow-up heading', () => {
    const text = [
      '## The cache story',
      '',
      '**S:** Prices were stale on some servers.',
      '',
      '**R:** Fixed within a day.',
      '',
      '**Q:** Why not restart everything?',
      '',
      '**A:** It would have dropped live orders.',
      '',
      '### Follow-up questions',
      '',
      '**Result:** what if the fix had failed? I had a rollback ready.',
    ].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup', 'outcome']);
    assert.equal(proseText(s.parts[1]), 'Fixed within a day.');
  });

  void it('lets plain label lines inside a bold-labelled story add only missing parts', () => {
    const text = [
      '# Title',
      '',
      '**Situation:** A slow report.',
      '',
      '**Result:** It runs in 2 minutes.',
      'Impact: finance closes the month a day earlier.',
      '',
      'Lesson: ask the users first.',
    ].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup', 'outcome', 'learning']);
    assert.match(proseText(s.parts[1]), /Impact: finance closes/);
  });
});

void describe('several stories in one file', () => {
  void it('splits on each heading followed by its own part markers, with its own questions', () => {
    const text = [
      '# My bank',
      '',
      'Intro that is not a story.',
      '',
      '## Story A: the outage',
      '',
      'Questions: 8, 17',
      '',
      '### Situation',
      'The site went down.',
      '### Result',
      'Back in 20 minutes.',
      '',
      '## Story B: the mentor',
      '',
      '**Questions:** Q24',
      '',
      '**Situation:** A new hire struggled.',
      '',
      '**Outcome:** She led a project within 6 months.',
      '',
      '## Story C: no markers here',
      'Just notes.',
    ].join('\n');
    const f = parse(text);
    assert.equal(f.stories.length, 2);
    const [a, b] = f.stories;
    assert.equal(a.title, 'Story A: the outage');
    assert.equal(a.index, 0);
    assert.equal(b.index, 1);
    assert.equal(slice(text, a.titleRange), '## Story A: the outage');
    assert.deepEqual(partNames(a), ['setup', 'outcome']);
    assert.deepEqual(a.questions.map((q) => q.id), [8, 17]);
    assert.equal(slice(text, a.questions[1].range!), '17');
    assert.equal(b.title, 'Story B: the mentor');
    assert.deepEqual(partNames(b), ['setup', 'outcome']);
    assert.deepEqual(b.questions.map((q) => q.id), [24]);
    assert.ok(a.range.end.offset <= b.range.start.offset);
    assert.ok(slice(text, a.range).startsWith('## Story A'));
    assert.doesNotMatch(proseText(a), /Intro/);
  });

  void it('gives the title to the one story under a heading that names a group, among stories told under their headings', () => {
    const text = [
      '## Side projects',
      '### The festival campaign',
      '**Situation:** A one-week deadline.',
      '**Result:** Shipped on day six.',
      '## Hiring a lead',
      '**Situation:** Nobody owned the roadmap.',
      '**Result:** The new lead owns it.',
    ].join('\n');
    assert.deepEqual(parse(text).stories.map((s) => s.title), ['The festival campaign', 'Hiring a lead']);
  });

  void it('finds stories whose parts sit under a sub-heading, and list-labelled stories', () => {
    const text = [
      '# Interview prep',
      '## Story 1: the migration',
      '### Questions',
      '- Tell me about a hard deadline.',
      '### STAR',
      '#### Situation',
      'Old database.',
      '#### Result',
      'Moved in 3 weeks.',
      '## Story 2: the hire',
      '### STAR',
      '#### Situation',
      'Team of two.',
      '#### Action',
      'I wrote the job ad.',
      '## Story 3: the outage',
      '- **Situation**: Payments failed.',
      '- **Result**: Fixed in 40 minutes.',
    ].join('\n');
    const f = parse(text);
    assert.deepEqual(f.stories.map((s) => s.title), ['Story 1: the migration', 'Story 2: the hire', 'Story 3: the outage']);
    assert.deepEqual(f.stories.map(partNames), [['setup', 'outcome'], ['setup', 'approach'], ['setup', 'outcome']]);
    assert.equal(proseText(f.stories[0].parts[1]), 'Moved in 3 weeks.');
    assert.equal(proseText(f.stories[1].parts[1]), 'I wrote the job ad.');
    assert.equal(f.stories[2].parts[1].kind, 'list');
    for (const s of f.stories) for (const p of s.parts) assert.ok(p.range.end.offset <= s.range.end.offset);
  });

  void it('keeps one story when only one heading has part markers, and uses front matter questions', () => {
    const text = ['---', 'questions: [6]', '---', '# Title', '## Notes', 'x', '## STAR', '### Situation', 'a', '### Result', 'b'].join('\n');
    const s = only(parse(text));
    assert.equal(s.title, 'Title');
    assert.deepEqual(s.questions.map((q) => q.id), [6]);
  });
});

void describe('prose', () => {
  void it('excludes code, inline code, URLs, HTML comments and block quotes, and keeps link and emphasis text', () => {
    const text = [
      '# Title',
      '## Action',
      'I wrote a `retry()` helper and read [the runbook](https://example.com/runbook) with **great** care. <!-- a note -->',
      '',
      '```',
      'const secret = 1;',
      '```',
      '',
      '> A quote from my manager.',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      'See <https://example.com/x> too.',
    ].join('\n');
    const s = only(parse(text));
    const all = proseText(s);
    for (const gone of ['retry', 'https', 'a note', 'secret', 'quote', '| 1 |']) assert.ok(!all.includes(gone), gone);
    for (const kept of ['I wrote a', 'the runbook', 'great', 'care.', 'See']) assert.ok(all.includes(kept), kept);
    for (const seg of s.prose) assert.equal(text.slice(seg.start, seg.start + seg.text.length), seg.text);
    assert.equal(s.wordCount, s.parts[0].wordCount);
  });

  void it('counts words and spoken seconds with the configured pace', () => {
    const words = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const f = parseFile(`# Title\n\n## Approach\n${words}\n`, 's.md', { ...CONFIG, wordsPerMinute: 100 });
    const s = only(f);
    assert.equal(s.parts[0].wordCount, 300);
    assert.equal(s.parts[0].spokenSeconds, 180);
    assert.equal(s.spokenSeconds, 180);
  });

  void it('leaves checklist items out of the prose', () => {
    const text = ['# Title', '', '## Result', 'Sign-ups rose 12%.', '', '- [ ] practise aloud', '- [x] add a number', '* plain bullet'].join('\n');
    const s = only(parse(text));
    assert.equal(proseText(s), 'Sign-ups rose 12%. plain bullet');
  });

  void it('uses the whole body (minus title and front matter) when there is no marker', () => {
    const text = '---\ntitle: Plain\n---\n# Plain\n\nOne paragraph of speech.\n\nAnother one.\n';
    const s = only(parse(text));
    assert.equal(s.title, 'Plain');
    assert.deepEqual(s.prose.map((p) => p.text), ['One paragraph of speech.', 'Another one.']);
    assert.equal(s.wordCount, 6);
  });

  void it('leaves a section under a trailer heading (keywords, notes) out of an unmarked answer', () => {
    const text = ['# Why this team', '', 'I want to work on payments because I spent three years on ledgers.', '', '## Keywords', '', '- payments', '- ledgers', '', '## Notes', '', 'Practise it twice.'].join('\n');
    const s = only(parse(text));
    assert.deepEqual(s.prose.map((p) => p.text), ['I want to work on payments because I spent three years on ledgers.']);
    assert.equal(s.wordCount, 13);
  });

  void it('keeps a trailer-named section that is all an unmarked answer has', () => {
    const text = ['# Summary', '', 'I moved our builds to a shared cache and cut them from 20 to 6 minutes.'].join('\n');
    const s = only(parse(text));
    assert.equal(s.wordCount, 16);
  });
});

void describe('front matter', () => {
  void it('gives entries with key/value ranges and item ranges for flow and block sequences', () => {
    const text = [
      '---',
      'title: Real-time fraud features',
      'project: fraud-platform',
      'questions: [6, "Q10", 99]',
      'themes:',
      '  - technical-decision',
      '  - bogus-theme',
      'companies: [amazon]',
      'role: MLE',
      'last-practiced: 2026-11-02',
      '---',
      '# Real-time fraud features',
    ].join('\n');
    const f = parse(text);
    const fm = f.frontMatter!;
    assert.ok(fm);
    assert.equal(slice(text, fm.range), text.slice(0, text.indexOf('\n# ')));
    assert.deepEqual(fm.errors, []);
    const q = fm.entries.find((e) => e.key === 'questions')!;
    assert.equal(slice(text, q.keyRange), 'questions');
    assert.equal(slice(text, q.valueRange), '[6, "Q10", 99]');
    assert.deepEqual(q.items!.map((i) => slice(text, i.range)), ['6', '"Q10"', '99']);
    assert.deepEqual(q.items!.map((i) => i.value), [6, 'Q10', 99]);
    const t = fm.entries.find((e) => e.key === 'themes')!;
    assert.deepEqual(t.items!.map((i) => slice(text, i.range)), ['technical-decision', 'bogus-theme']);
    assert.equal(t.items![0].range.start.line, 6);
    assert.equal(t.items![0].range.start.column, 5);
    const s = only(f);
    assert.deepEqual(s.questions.map((x) => x.id), [6, 10]);
    assert.equal(slice(text, s.questions[1].range!), '"Q10"');
    assert.deepEqual(s.themes, ['technical-decision']);
    assert.deepEqual(s.companies, ['amazon']);
    assert.equal(s.project, 'fraud-platform');
    assert.equal(s.role, 'MLE');
    assert.equal(s.lastPracticed, '2026-11-02');
    assert.equal(s.title, 'Real-time fraud features');
    assert.equal(slice(text, s.titleRange), 'Real-time fraud features');
  });

  void it('derives themes from questions when themes are absent, in theme order', () => {
    const s = only(parse('---\nquestions: [11, 6, 7]\n---\n# Title\n'));
    assert.deepEqual(s.themes, ['technical-decision', 'collaboration']);
  });

  void it('accepts a single question id written as a scalar', () => {
    const text = '---\nquestions: Q12\n---\n# Title\n';
    const s = only(parse(text));
    assert.deepEqual(s.questions.map((q) => q.id), [12]);
    assert.equal(slice(text, s.questions[0].range!), 'Q12');
  });

  void it('puts an error at the end of the YAML visibly when the document ends too early', () => {
    const text = '---\nquestions: [6\n---\n# Title\n';
    const f = parse(text);
    const e = f.frontMatter!.errors[0].range;
    assert.equal(slice(text, e), '6');
  });

  void it('records YAML errors at their position and still parses the body', () => {
    const text = '---\ntitle: [unclosed\nquestions: 6\n---\n# Body title\n\n## Situation\nStill parsed.\n';
    const f = parse(text);
    assert.ok(f.frontMatter);
    assert.ok(f.frontMatter.errors.length > 0);
    assert.deepEqual(f.frontMatter.data, {});
    for (const err of f.frontMatter.errors) {
      const e = err.range;
      assert.ok(e.start.offset >= f.frontMatter.contentRange.start.offset && e.end.offset <= f.frontMatter.contentRange.end.offset);
      assert.ok(e.end.offset > e.start.offset, `empty error range for ${err.message}`);
    }
    const s = only(f);
    assert.equal(s.title, 'Body title');
    assert.deepEqual(partNames(s), ['setup']);
  });

  void it('normalises a YAML date to YYYY-MM-DD', () => {
    const s = only(parse('---\nlast-practiced: !!timestamp 2026-10-05\n---\n# Title\n'));
    assert.equal(s.lastPracticed, '2026-10-05');
  });
});

void describe('positions', () => {
  void it('keeps exact offsets and lines with CRLF line endings', () => {
    const text = '---\r\nquestions: [6, 10]\r\n---\r\n# Title\r\n\r\n## Situation\r\nLine one.\r\n\r\n**Result:** Done in 3 days.\r\n';
    const f = parse(text);
    const s = only(f);
    assert.deepEqual(partNames(s), ['setup', 'outcome']);
    assert.equal(slice(text, s.parts[0].marker), '## Situation');
    assert.equal(s.parts[0].marker.start.line, 6);
    assert.equal(s.parts[0].marker.start.column, 1);
    assert.equal(s.parts[1].marker.start.line, 9);
    assert.equal(proseText(s.parts[1]), 'Done in 3 days.');
    const items = f.frontMatter!.entries[0].items!;
    assert.deepEqual(items.map((i) => [slice(text, i.range), i.range.start.line, i.range.start.column]), [['6', 2, 13], ['10', 2, 16]]);
  });

  void it('keeps offsets into the original text after a byte order mark', () => {
    const text = '\uFEFF---\ntitle: X\n---\n## Situation\nHello there.\n';
    const f = parse(text);
    assert.equal(slice(text, f.frontMatter!.entries[0].valueRange), 'X');
    const s = only(f);
    assert.equal(slice(text, s.parts[0].marker), '## Situation');
  });
});

void describe('suppression comments', () => {
  void it('reads disable, enable, next-line and file comments with their rules', () => {
    const text = [
      '<!-- storybank-disable-file filler-phrase -->',
      '# Title',
      '<!-- storybank-disable blame solo-heroics -->',
      'text',
      '<!-- storybank-enable -->',
      '',
      'Words <!-- storybank-disable-next-line vague-impact --> inline.',
      '',
      '```',
      '<!-- storybank-disable-file everything -->',
      '```',
    ].join('\n');
    const f = parse(text);
    assert.deepEqual(
      f.suppressions.map((s) => [s.kind, s.rules]),
      [
        ['disable-file', ['filler-phrase']],
        ['disable', ['blame', 'solo-heroics']],
        ['enable', []],
        ['disable-next-line', ['vague-impact']],
      ],
    );
    assert.equal(slice(text, f.suppressions[1].range), '<!-- storybank-disable blame solo-heroics -->');
    assert.equal(f.suppressions[3].range.start.line, 7);
  });
});

void describe('isStoryFile', () => {
  void it('accepts front matter with questions or themes, or an included path that is not excluded', () => {
    assert.equal(isStoryFile('/w/notes/a.md', '---\nquestions: [1]\n---\n', CONFIG, '/w'), true);
    assert.equal(isStoryFile('/w/notes/a.md', '---\nthemes: [growth]\n---\n', CONFIG, '/w'), true);
    assert.equal(isStoryFile('/w/notes/a.md', '\uFEFF---\r\nquestions: [1]\r\n---\r\n# x', CONFIG, '/w'), true);
    assert.equal(isStoryFile('/w/notes/a.md', '---\rthemes: [growth]\r---\r', CONFIG, '/w'), true);
    assert.equal(isStoryFile('/w/notes/a.md', '---\nquestions: [1]\n', CONFIG, '/w'), false);
    assert.equal(isStoryFile('/w/notes/a.md', '---\ntitle: x\n---\n# x', CONFIG, '/w'), false);
    assert.equal(isStoryFile('/w/notes/a.md', '# just notes', CONFIG, '/w'), false);
    assert.equal(isStoryFile('/w/stories/a.md', '', CONFIG, '/w'), true);
    assert.equal(isStoryFile('/w/x/deep/stories/b/c.md', '', CONFIG, '/w'), true);
    assert.equal(isStoryFile('/w/notes/one.story.md', '', CONFIG, '/w'), true);
    assert.equal(isStoryFile('/w/.hidden/stories/a.md', '', CONFIG, '/w'), true);
    assert.equal(isStoryFile('C:\\w\\stories\\a.md', '', CONFIG, 'C:\\w'), true);
    assert.equal(isStoryFile('/w/stories/drafts/a.md', '', CONFIG, '/w'), false);
    assert.equal(isStoryFile('/w/stories/a.md', '', CONFIG), true);
  });
});

void describe('part recognition that generalizes', () => {
  void it('counts a block quote under a part label as the answer, and leaves out a quote attributed to someone else', () => {
    const text = [
      '# Speeding up the build',
      '',
      '**Situation**',
      '> Our build took forty minutes on every pull request.',
      '',
      '**Action**',
      '> I cached the dependencies and split the test suite across four runners.',
      '',
      "My manager's feedback was:",
      '',
      '> This saved the whole team an hour a day.',
      '',
      '**Result**',
      '> Builds took nine minutes.',
      '> — and stayed there for the quarter.',
    ].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup', 'approach', 'outcome']);
    assert.equal(proseText(s.parts[0]), 'Our build took forty minutes on every pull request.');
    assert.match(proseText(s.parts[1]), /^I cached the dependencies/);
    assert.ok(!proseText(s).includes('saved the whole team'), 'the manager\'s words are not the candidate\'s');
    assert.match(proseText(s.parts[2]), /Builds took nine minutes/);
  });

  void it('keeps a quote signed by someone else and a call-out out of the prose', () => {
    const text = ['# Title', '', '**Action:** I wrote the runbook.', '', '> Best runbook we have.', '> — Dana, on-call lead', '', '> [!NOTE]', '> Rehearse this one.'].join('\n');
    const s = only(parse(text));
    assert.equal(proseText(s), 'I wrote the runbook.');
  });

  void it('does not count a block quote as speech in a story with no parts', () => {
    const text = ['# Title', '', '> Tell me about a time you failed.', '', 'I missed a deadline once and told my lead early.'].join('\n');
    const s = only(parse(text));
    assert.equal(s.parts.length, 0);
    assert.equal(proseText(s), 'I missed a deadline once and told my lead early.');
  });

  void it('reads a quote introduced by one short colon line at the top of its section as the whole answer, unless the line names who said it', () => {
    const sample = ['## A weak answer', '', '**What it sounds like:**', '> "We slipped because the vendor sat on our ticket."'].join('\n');
    assert.match(proseText(only(parse(sample))), /We slipped because the vendor sat on our ticket/);
    for (const intro of ['**From my lead:**', '**Customer email:**', 'My manager wrote:']) {
      const quoted = ['## A weak answer', '', intro, '> "We slipped because the vendor sat on our ticket."', '', 'I rewrote the plan.'].join('\n');
      assert.ok(!proseText(only(parse(quoted))).includes('vendor sat'), intro);
    }
    // (in the middle of a section, a quote after a colon line is still a quotation)
    const middle = ['## A weak answer', '', 'I rewrote the plan with the team.', '', 'Example:', '> "We slipped because the vendor sat on our ticket."'].join('\n');
    assert.ok(!proseText(only(parse(middle))).includes('vendor sat'));
  });

  void it('reads Context beside Question as a header field when the setup has its own marker, and as the setup otherwise', () => {
    const withSetup = ['# Title', '', '- **Question:** A conflict?', '- **Context:** Payments team, 2023', '', '**Situation:** Two designs competed.', '', '**Action:** I ran a spike with both engineers.'].join('\n');
    const a = only(parse(withSetup));
    assert.deepEqual(partNames(a), ['setup', 'approach']);
    assert.equal(a.parts[0].marker.start.line, 6);
    assert.ok(!proseText(a).includes('Payments team'));
    const alone = ['# Title', '', '**Question:** A conflict?', '', '**Context:** Two designs competed.', '', '**Action:** I ran a spike with both engineers.'].join('\n');
    const b = only(parse(alone));
    assert.deepEqual(partNames(b), ['setup', 'approach']);
    assert.equal(proseText(b.parts[0]), 'Two designs competed.');
    assert.ok(!proseText(b).includes('A conflict'));
  });

  void it('keeps header fields (role, company, date, competency) out of the parts', () => {
    const text = ['# Title', '', '**Situation:** We had one server.', '**Company:** Acme', '**Role:** SRE', '**Date:** 2024-03', '', '**Action:** I added a second one with my team.'].join('\n');
    const s = only(parse(text));
    assert.equal(proseText(s.parts[0]), 'We had one server.');
  });

  void it('starts a part at a label inside a line only when the story lacks that part and marks others at line starts', () => {
    const text = ['# Title', '', '**Situation:** Slow pages.', '', '**Result:** Pages were 40% faster. Lesson: measure first. Result: none.'].join('\n');
    const s = only(parse(text));
    assert.deepEqual(partNames(s), ['setup', 'outcome', 'learning']);
    assert.equal(proseText(s.parts[1]), 'Pages were 40% faster.');
    assert.equal(s.parts[2].label, 'Lesson');
    assert.equal(proseText(s.parts[2]), 'measure first. Result: none.');
    const unmarked = only(parse('# Title\n\nWe shipped late. Result: the client left. Lesson: say it early.\n'));
    assert.equal(unmarked.parts.length, 0);
    const midSentence = only(parse('# Title\n\n**Situation:** x.\n\n**Action:** I listed the key result: a faster page.\n'));
    assert.deepEqual(partNames(midSentence), ['setup', 'approach']);
  });

  void it('reads single letters only in label form, and not a lettered list or a hyphenated word', () => {
    const ok = only(parse('# Title\n\nS-We had one server.\nA-I added a second.\nR-Uptime rose to 99.9%.\n'));
    assert.deepEqual(partNames(ok), ['setup', 'approach', 'outcome']);
    assert.equal(proseText(ok.parts[1]), 'I added a second.');
    const words = only(parse('# Title\n\n## Situation\nA-B tests ran.\nT-shirt sizes were used.\nC-suite approval came.\n'));
    assert.deepEqual(partNames(words), ['setup']);
    const list = only(parse('# Title\n\n## Situation\nOptions:\nA. Replicas.\nB. A warehouse.\nC. A cache.\n'));
    assert.deepEqual(partNames(list), ['setup']);
  });

  void it('needs a form that prose also takes (word then period, bold run into text) on two parts before counting it', () => {
    const one = only(parse('# Title\n\n## Situation\nWe had a plan.\nResults. That is what mattered.\n'));
    assert.deepEqual(partNames(one), ['setup']);
    const two = only(parse('# Title\n\n**Situation** We had a plan.\n\n**Action** I wrote it down.\n'));
    assert.deepEqual(partNames(two), ['setup', 'approach']);
    const lone = only(parse('# Title\n\n## Situation\nx.\n\n**Action** items were assigned to three owners.\n'));
    assert.deepEqual(partNames(lone), ['setup']);
  });

  void it('reads a heading that carries a label and a few words when other headings do the same', () => {
    const text = ['# Moving billing', '', '## Situation: an old database', 'It was slow.', '', '## Action — dual writes', 'I wrote to both.', '', '## Result: no downtime', 'Zero incidents in 3 weeks.'].join('\n');
    const s = only(parse(text));
    assert.equal(s.title, 'Moving billing');
    assert.deepEqual(partNames(s), ['setup', 'approach', 'outcome']);
    assert.equal(s.parts[0].label, 'Situation');
    const single = only(parse('# Problem: flaky CI\n\nWe fixed it.\n'));
    assert.equal(single.title, 'Problem: flaky CI');
    assert.equal(single.parts.length, 0);
  });
});

void describe('the section a story sits under', () => {
  // The heading above a story's title heading, at a higher level and neither a part label nor a trailer, names the
  // group of answers it belongs to (kind.ts reads it). Found in one sweep over the headings (round 14: a search from
  // the first heading for every story was quadratic in a bank of thousands of titled answers).
  void it('is the nearest heading above the title at a higher level', () => {
    const story = (title: string): string => `### ${title}\n\n**Situation:** We had a slow build.\n\n**Action:** I cached the steps.\n\n**Result:** It took 4 minutes instead of 20.\n\n`;
    const text = `# My stories\n\n## Leadership\n\n${story('Leading a migration')}${story('Mentoring a new hire')}## Conflict\n\n${story('Disagreeing with my manager')}# Failures\n\n${story('A missed deadline')}`;
    const f = parse(text);
    assert.deepEqual(f.stories.map((s) => [s.title, s.section]), [
      ['Leading a migration', 'Leadership'],
      ['Mentoring a new hire', 'Leadership'],
      ['Disagreeing with my manager', 'Conflict'],
      ['A missed deadline', 'Failures'],
    ]);
  });
});
