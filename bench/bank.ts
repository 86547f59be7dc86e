// The deterministic bank the benchmarks measure: N stories of about 400 words each (front matter, five parts, some
// bullets, some deliberate problems), from a seeded PRNG, so that every run and every checkout gets the same text.
// Used by bench/run.ts (`npm run bench`) and bench/compare.ts (`npm run bench:compare`).
import { countWords } from '../server/src/core/text';
import { rng } from './rng';

/** The first `n` stories of the bank, in order (the same text for the same n on every run). */
export function makeBank(n: number): string[] {
  const rand = rng(20261130);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  const SYSTEMS = ['billing service', 'search index', 'checkout flow', 'data pipeline', 'mobile release train', 'alerting stack', 'feature store', 'auth gateway', 'reporting job', 'recommendation model'];
  const TEAMS = ['platform team', 'payments group', 'data science team', 'support leads', 'mobile squad', 'security reviewers', 'product manager', 'two new hires'];
  const PROJECTS = ['ledger', 'atlas', 'harbor', 'quartz', 'nimbus', 'relay', 'sprout', 'vector', 'lumen', 'orbit', 'tundra', 'cobalt'];
  const SETUP = [
    'I worked on the {sys} at a mid-sized company that sold software to clinics.',
    'Our {sys} handled every order placed on the site and had grown without much care for three years.',
    'I had joined the {team} six months earlier and owned most of the {sys}.',
    'The {sys} ran nightly and fed the dashboards that the sales leadership read every morning.',
    'We were a group of five engineers, and I was the one on call for the {sys} that quarter.',
  ];
  const CHALLENGE = [
    'Latency on the {sys} had doubled in a month and customers had started to notice it.',
    'We had {n} weeks to ship before a contract deadline, and the plan we had would not fit.',
    'Two teams wanted opposite changes to the {sys}, and neither would move without data.',
    'Nobody knew why the {sys} failed about once a week, and each failure cost a day of cleanup.',
    'The {team} asked for a feature that would have forked the {sys} into two versions.',
  ];
  const APPROACH = [
    'I started by reading the logs from the last {n} incidents and grouping them by cause.',
    'I wrote a short proposal comparing three options with their cost and their risk.',
    'I paired with the {team} for a week so that I understood what they actually needed.',
    'I added tracing to the slowest requests and found that one query ran {n} times per page.',
    'We agreed to ship the change behind a flag and to roll it out to ten percent of traffic first.',
    'I set up a weekly review with the {team} so that decisions were written down and visible.',
    'I rewrote the retry logic, added tests for the failure cases, and asked a colleague to review it line by line.',
    'When the first rollout showed an error spike, I rolled it back within minutes and we fixed the cause together.',
    'I moved the expensive step out of the request path into a queue that a worker drains in the background.',
    'I documented the new process and ran a session for the {team} so they could own it after me.',
    'Then I measured again, compared the numbers with the baseline, and shared them in the team channel.',
    'I also kind of pushed back on scope, and we basically dropped two reports that nobody opened.',
  ];
  const OUTCOME = [
    'Median latency fell from {a} ms to {b} ms and the error rate dropped by {p}%.',
    'We shipped {n} days before the deadline and the customer renewed for another year.',
    'Failures went from weekly to zero in the following quarter, saving about {n} hours of cleanup a month.',
    'The {sys} now costs ${k}k less per month and the {team} adopted the same pattern.',
    'It improved things significantly and the team was a lot happier.',
  ];
  const LEARNING = [
    'I learned to measure before I change anything, because my first guess was wrong.',
    'I now write the trade-offs down early, since it makes the disagreement about facts instead of people.',
    'Next time I would involve the {team} from the first day rather than after the first draft.',
    'Small, reversible steps let us move faster than one big careful change would have.',
  ];

  function fill(s: string): string {
    return s
      .replace(/\{sys\}/g, () => pick(SYSTEMS))
      .replace(/\{team\}/g, () => pick(TEAMS))
      .replace(/\{n\}/g, () => String(int(2, 12)))
      .replace(/\{a\}/g, () => String(int(300, 900)))
      .replace(/\{b\}/g, () => String(int(40, 250)))
      .replace(/\{p\}/g, () => String(int(10, 80)))
      .replace(/\{k\}/g, () => String(int(3, 40)));
  }

  function paragraph(pool: readonly string[], words: number): string {
    const out: string[] = [];
    let n = 0;
    while (n < words) {
      const s = fill(pick(pool));
      out.push(s);
      n += countWords(s);
    }
    return out.join(' ');
  }

  function story(i: number): string {
    const qs = [int(1, 35), int(1, 35)].filter((q, k, a) => a.indexOf(q) === k);
    const title = `${pick(['Fixing', 'Rebuilding', 'Untangling', 'Speeding up', 'Rescuing', 'Simplifying'])} the ${pick(SYSTEMS)} (${i + 1})`;
    const approach = [paragraph(APPROACH, 80), paragraph(APPROACH, 80)];
    return [
      '---',
      `title: ${title}`,
      `project: ${pick(PROJECTS)}`,
      `questions: [${qs.join(', ')}]`,
      `last-practiced: 2026-${String(int(1, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      '---',
      `# ${title}`,
      '',
      '## Setup',
      '',
      paragraph(SETUP, 45),
      '',
      '## Challenge',
      '',
      paragraph(CHALLENGE, 45),
      '',
      '## Approach',
      '',
      approach[0],
      '',
      ...(rand() < 0.5 ? [approach[1]] : approach[1].split('. ').map((s) => `- ${s.replace(/\.$/, '')}.`)),
      '',
      '## Outcome',
      '',
      paragraph(OUTCOME, 50),
      '',
      '## Learning',
      '',
      paragraph(LEARNING, 40),
      '',
    ].join('\n');
  }

  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(story(i));
  return out;
}
