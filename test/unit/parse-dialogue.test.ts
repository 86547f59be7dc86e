// A mock interview written as a dialogue: two speakers' turns alternate, one asks and the other tells. Each asker's
// turn that the teller answers at length opens an answer; small talk opens none; alternating fields that nobody asks
// in ("Tip:" / "Sample:") are no dialogue. Own text, several languages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const titles = (text: string): string[] => parseFile(text, 'stories/s.md', DEFAULT_CONFIG).stories.map((s) => s.title);

const REPLY_EN_1 = 'Sure. I have built mobile apps for four years, mostly in Kotlin, and last year I led the rewrite of our booking app, which cut crashes by half and moved us to weekly releases.';
const REPLY_EN_2 = 'Last spring our payment provider changed its API a week before launch. I wrote an adapter over a weekend, tested it against their sandbox with our support team, and we launched on the planned day.';

// Bold names with the colon inside, each turn on its line, no blank line between turns.
const TIGHT_EN = [
  '# Mock interview', '',
  '**Recruiter:** Hi, thanks for coming in. How are you today?',
  '**Me:** Very well, thank you for having me.',
  '**Recruiter:** Great! Can you walk me through your background?',
  `**Me:** ${REPLY_EN_1}`,
  '**Recruiter:** Nice. Tell me about a time you worked under pressure?',
  `**Me:** ${REPLY_EN_2}`,
  '**Recruiter:** Thanks, we will be in touch.',
  '**Me:** Thank you!', '',
].join('\n');

// Names alone on their line over the turn's words, in German; the asker does not always ask with a question mark.
const LOOSE_DE = [
  '## Probeinterview', '',
  '**Personalerin:**',
  'Willkommen! Wie geht es Ihnen?', '',
  '**Bewerber:**',
  'Gut, danke der Nachfrage.', '',
  '**Personalerin:**',
  'Schön. Erzählen Sie mir von Ihrem letzten Projekt.', '',
  '**Bewerber:**',
  'Ich habe im letzten Jahr ein Lagerprogramm für einen Händler gebaut. Ich habe die Schnittstellen entworfen, mit dem Team die Tests geschrieben und die Fehlerquote im Versand um ein Drittel gesenkt.', '',
  '**Personalerin:**',
  'Was war dabei Ihre größte Schwierigkeit?', '',
  '**Bewerber:**',
  'Die alten Daten waren voller Lücken. Ich habe zwei Wochen lang mit dem Lager jede Tabelle geprüft, bis wir eine saubere Grundlage hatten, und danach lief die Umstellung ohne Ausfall.', '',
].join('\n');

// Fields that alternate but where nobody asks: a suggested answer and a tip under each numbered question.
const FIELDS = [
  '1. **Why this company?**',
  '   - **Suggested:** "I like how your team ships small changes every day and I want to learn that way of working from people who do it well."',
  '   - **Tip:** Mention something specific from their blog.', '',
  '2. **What is your biggest weakness?**',
  '   - **Suggested:** "I used to take on too much myself; now I split the work early and ask for reviews before I am stuck for long."',
  '   - **Tip:** Show what you changed.', '',
].join('\n');

void describe('dialogue turns', () => {
  void it('opens an answer at each asker turn answered at length, not at small talk', () => {
    assert.deepEqual(titles(TIGHT_EN), ['Great! Can you walk me through your background?', 'Nice. Tell me about a time you worked under pressure?']);
  });

  void it('reads the turns of names alone on their lines, in another language, the asker being who asks most', () => {
    assert.deepEqual(titles(LOOSE_DE), ['Schön. Erzählen Sie mir von Ihrem letzten Projekt.', 'Was war dabei Ihre größte Schwierigkeit?']);
  });

  void it('does not read alternating fields nobody asks in as a dialogue', () => {
    const t = titles(FIELDS);
    assert.ok(!t.some((x) => /Mention something|Show what you changed/u.test(x)), t.join(' | '));
  });

  void it('does not read the keys of a program\'s objects as speakers', () => {
    const src = ['const items = [', '  {', '    title: "Why do you want this job?",', `    text: "${REPLY_EN_1}",`, '  },', '  {', '    title: "What is your biggest strength?",', `    text: "${REPLY_EN_2}",`, '  },', '];', ''].join('\n');
    assert.ok(!titles(src).some((t) => t.startsWith('Why do you want this job?')), titles(src).join(' | '));
  });
});
