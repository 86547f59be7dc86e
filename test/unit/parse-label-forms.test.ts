// Part labels in forms people write that the parser must read from the line's shape: a block quote the candidate
// introduces as their own words, labels in full-width brackets, letters glued to the text, letters in table cells.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import type { Story } from '../../server/src/core/types';

function stories(text: string): Story[] {
  return parseFile(text, 'stories/s.md', DEFAULT_CONFIG).stories;
}

/** Each part with the 1-based line of its marker: "setup@3". */
function marked(s: Story): string[] {
  return s.parts.map((p) => `${p.name}@${p.marker.start.line}`);
}

void describe('a block quote introduced as the candidate’s own words', () => {
  const told = (intro: string): string =>
    `# Rebuilding the release checklist\n\n${intro}\n\n> **Situation:** Releases slipped twice a month because steps were skipped.\n>\n` +
    '> **Task:** I had to make the checklist impossible to skip.\n>\n> **Action:** I wired each step into the deploy pipeline as a gate.\n>\n' +
    '> **Result:** Skipped steps fell from nine a quarter to none.\n';
  for (const intro of ["Here is how I'd say it:", 'What I would actually say:', "How I'll tell it:", "The version we'd tell:"]) {
    void it(`reads the labelled parts under "${intro}"`, () => {
      const [s] = stories(told(intro));
      assert.deepEqual(marked(s), ['setup@5', 'challenge@7', 'approach@9', 'outcome@11']);
      assert.ok(s.wordCount > 30, `the quoted parts are speech (${s.wordCount} words)`);
    });
  }
  void it('keeps a quote another person said out of the candidate’s parts', () => {
    const [s] = stories(told('My manager wrote to me:'));
    assert.deepEqual(marked(s), []);
  });
});

void describe('labels in full-width brackets, run on into the text', () => {
  void it('reads Japanese 【】 labels with no space after them', () => {
    const text = '# 障害対応\n\n【状況】夜間のバッチが毎週止まっていました。\n【課題】原因を一週間で見つける必要がありました。\n【行動】ログを集めて再現環境を作りました。\n【結果】停止は月四回から零回になりました。\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@4', 'approach@5', 'outcome@6']);
    assert.equal(s.parts[0].label, '状況');
  });
  void it('reads Chinese （）, 〔〕 and ［］ labels the same way', () => {
    const text = '# 一次迁移\n\n（情境）旧系统每天宕机两次。\n〔任务〕我要在一个月内迁走。\n［行动］我和同事分三批迁移了服务。\n（结果）宕机从每天两次降到零。\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@4', 'approach@5', 'outcome@6']);
  });
  void it('still reads "(S)ituation" as one word, not a label and its text', () => {
    const text = '# Speeding up builds\n\n(S)ituation: builds took forty minutes.\n(T)ask: I had to halve that.\n';
    const [s] = stories(text);
    assert.deepEqual(s.parts.map((p) => `${p.name}:${p.label}`), ['setup:(S)ituation', 'challenge:(T)ask']);
  });
});

void describe('a part letter glued by a hyphen to the text', () => {
  void it('reads a run of three or more glued letters as labels', () => {
    const text = '# Cutting flaky tests\n\nS-our suite failed one run in five.\nT-get it under one in fifty.\nA-I quarantined the flaky tests and fixed the top ten.\nR-failures fell to one run in sixty.\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@4', 'approach@5', 'outcome@6']);
  });
  void it('reads no label in words like "C-suite" and "T-shirt" at a line’s start', () => {
    const text = '# Launch week\n\nC-suite leaders wanted a demo on Friday.\nT-shirts for the launch arrived late.\nWe shipped anyway.\n';
    for (const s of stories(text)) assert.deepEqual(marked(s), []);
  });
});

void describe('part letters in the first cell of a table row', () => {
  const table = (rows: [string, string][]): string =>
    `# Double charges\n\n| | |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n`;
  void it('reads "| S | text |" rows as the parts', () => {
    const [s] = stories(table([['S', 'Billing charged some customers twice.'], ['T', 'I had to stop it before the next run.'], ['A', 'I added an idempotency key.'], ['R', 'Double charges fell to zero.']]));
    assert.deepEqual(marked(s), ['setup@5', 'challenge@6', 'approach@7', 'outcome@8']);
  });
  void it('reads a lettered list of rows (A, B, C) as no parts', () => {
    for (const s of stories(table([['A', 'Apples are cheap.'], ['B', 'Bananas ship well.'], ['C', 'Cherries cost more.']]))) assert.deepEqual(marked(s), []);
  });
});

void describe('a Context field beside the header fields', () => {
  const story = (context: string): string =>
    `# Quieting the pager\n\n**Question:** Tell me about a time you reduced noise.\n**Context:** ${context}\n\n` +
    '**Action:** I deleted half the alerts and merged the rest by service.\n\n**Result:** Pages fell from forty a night to three.\n';
  for (const fact of ['payments team, 2024', 'Asked in the final round', 'Series B startup, on-call rotation', 'Acme - Bias for Action']) {
    void it(`is a header field, not the setup, when it notes a fact: "${fact}"`, () => {
      const [s] = stories(story(fact));
      assert.deepEqual(marked(s), ['approach@6', 'outcome@8']);
      assert.ok(!s.prose.some((p) => p.text.includes(fact)), 'the fact is not speech');
    });
  }
  for (const told of ['Our pager rang forty times a night.', 'We had no owner for the alerts.', 'The on-call engineers were burning out.']) {
    void it(`is the setup when it tells what was the case: "${told}"`, () => {
      const [s] = stories(story(told));
      assert.deepEqual(marked(s), ['setup@4', 'approach@6', 'outcome@8']);
    });
  }
});

void describe('parts named in HTML <summary> folds', () => {
  void it('reads each <summary> that names a part as that part’s marker', () => {
    const fold = (label: string, body: string): string => `<details>\n<summary>${label}</summary>\n\n${body}\n\n</details>\n`;
    const text = `# Retiring the old queue\n\n${fold('Situation', 'Our queue lost messages under load.')}\n${fold('Action', 'I moved producers to the new broker one by one.')}\n${fold('Result', 'Lost messages fell to zero in a month.')}`;
    const [s] = stories(text);
    assert.deepEqual(s.parts.map((p) => p.name), ['setup', 'approach', 'outcome']);
    assert.equal(s.parts[0].label, 'Situation');
    assert.ok(s.parts[1].wordCount >= 8, `the fold's text is the part's speech (${s.parts[1].wordCount} words)`);
  });
  void it('keeps a <summary> that names no part as a title, not a part', () => {
    const text = '<details>\n<summary>Tell me about a migration you led</summary>\n\nI moved our jobs to a scheduler over a quarter, and nothing was missed.\n\n</details>\n';
    for (const s of stories(text)) assert.deepEqual(s.parts.map((p) => p.name), []);
  });
});

void describe('parts written side by side on one line', () => {
  void it('starts a part at a label after a bar or a bullet on the line', () => {
    const text = '# Fixing deploys\n\nSituation: deploys failed weekly. | Task: I had to stop that.\nAction: I added canary releases • Result: failures fell to one a quarter.\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@3', 'approach@4', 'outcome@4']);
  });
  void it('reads bold letters after a bar when the line opens with a letter label', () => {
    const text = '# Fixing deploys\n\n**S**: deploys failed every week. | **T**: I had to stop that.\n**A**: I added canary releases. | **R**: failures fell to one a quarter.\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@3', 'approach@4', 'outcome@4']);
  });
  void it('reads no letter after a bar in a line that opens with no letter label', () => {
    const text = '# Fixing deploys\n\nSituation: deploys failed weekly, so plan **A** | **B** was argued for a week.\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3']);
  });
});

void describe('a block quote that tells the answer in parts', () => {
  void it('is the candidate’s answer when its lines open with part labels, after an opening line of its own', () => {
    const text = '# Why this team?\n\n- A note on what this shows.\n\n  > Sure, here is how I would tell it.\n  >\n  > **Situation:** I had run our billing migration for a year.\n  >\n  > **Action:** I studied how your team ships and talked to two of your engineers.\n  >\n  > **Result:** I found the way you work fits what I do best.\n';
    const [s] = stories(text);
    assert.deepEqual(s.parts.map((p) => p.name), ['setup', 'approach', 'outcome']);
  });
  void it('is no answer when it is a legend of the parts', () => {
    const text = '# Method\n\n> **Method:**\n> - **S**ituation — set the context\n> - **T**ask — your responsibility\n> - **A**ction — what you did\n';
    for (const s of stories(text)) assert.deepEqual(s.parts.map((p) => p.name), []);
  });
});

void describe('Chinese label words and labels glossed in brackets', () => {
  void it('reads the difficulty met and the process as parts', () => {
    const text = '# 一个项目\n\n- 背景：我们的报表每天要跑六个小时。\n- 难点：数据量大，而且没有索引。\n- 过程：我加了索引，并把任务拆成三段并行。\n- 结果：报表从六小时缩短到四十分钟。\n';
    const [s] = stories(text);
    assert.deepEqual(s.parts.map((p) => p.name), ['setup', 'challenge', 'approach', 'outcome']);
  });
  void it('reads "遇到的问题：" as the challenge', () => {
    const text = '# 一次上线\n\n当时我负责支付模块。\n遇到的问题：高峰期接口超时。\n解决方案：我加了缓存和限流。\n';
    const [s] = stories(text);
    assert.deepEqual(s.parts.map((p) => p.name), ['challenge', 'approach']);
  });
  void it('reads a word glossed by a part label in brackets as that part', () => {
    const text = '# 一次重构\n\n- **起因（Situation）**：旧组件没人敢改。\n- **任务（Task）**：我要在两周内重写它。\n- **Werdegang (Action)**: Ich habe es in drei Schritten ersetzt.\n';
    const [s] = stories(text);
    assert.deepEqual(s.parts.map((p) => p.name), ['setup', 'challenge', 'approach']);
  });
});

void describe('a chain of steps joined by arrows', () => {
  void it('is a structure to follow, not a label and its text', () => {
    const text = '# Tell me about yourself\n\n**Structure:** Brief background → one highlight → why this role.\n\nI build payment systems, and I led the move to a new ledger last year.\n';
    const [s] = stories(text);
    assert.deepEqual(s.parts.map((p) => p.name), []);
  });
  void it('still reads one arrow after a label as its separator', () => {
    const text = '# Faster builds\n\nSituation → builds took forty minutes.\nAction → I cached the dependencies.\nResult → builds take nine minutes.\n';
    const [s] = stories(text);
    assert.deepEqual(s.parts.map((p) => p.name), ['setup', 'approach', 'outcome']);
  });
});

void describe('bold labels inside italics that dress the whole answer', () => {
  const body =
    '**Situation:** Our nightly import failed twice a week. **Task:** I had to make it reliable before the audit. ' +
    '**Action:** I split the import into batches and added a retry with a dead-letter table. ' +
    '**Result:** Failures fell from eight a month to one.';
  for (const [name, para] of [
    ['asterisks and quotation marks, in a block quote', `> *"${body}"*`],
    ['underscores', `_${body}_`],
    ['asterisks', `*${body}*`],
  ] as const) {
    void it(`reads each inline label where it starts (${name})`, () => {
      const [s] = stories(`## Tell me about a time you fixed something fragile\n\n**My answer:**\n${para}\n`);
      assert.deepEqual(marked(s), ['setup@4', 'challenge@4', 'approach@4', 'outcome@4']);
    });
  }
  void it('leaves italics with bold words that are no labels as they are', () => {
    const [s] = stories('## Tell me about a time you fixed something fragile\n\n*It was **very** late and I was **really** tired.*\n');
    assert.deepEqual(marked(s), []);
  });
});

void describe('a label word after a noun of the material around the story', () => {
  const story = (note: string): string =>
    '## Cutting the release checklist\n\n**Situation:** Releases slipped twice a month.\n\n**Action:** I wired each step into the pipeline.\n\n' +
    `**Result:** Skipped steps fell from nine a quarter to none.\n\n- ${note}:\n  - Tell me about a time you improved a process.\n`;
  for (const note of ['Question fit', 'Principles impact', 'Themes learning']) {
    void it(`"${note}" is a note on the story, no part of it`, () => {
      const [s] = stories(story(note));
      assert.deepEqual(marked(s), ['setup@3', 'approach@5', 'outcome@7']);
    });
  }
  void it('a qualifier that is no such noun still makes a label ("Key learning")', () => {
    const [s] = stories(story('Key learning'));
    assert.deepEqual(marked(s), ['setup@3', 'approach@5', 'outcome@7', 'learning@9']);
  });
});

void describe('a part label among the points of a checklist of what to say', () => {
  const bank = (points: string): string =>
    '## 1. Tell me about a time you disagreed with your lead.\n\nPoints to cover:\n' + points + '\n*Your answer:*\n\n' +
    '## 2. Tell me about a time you missed a deadline.\n\n**Situation:** Our launch slipped a week.\n\n**Action:** I cut two features with the PM.\n\n**Result:** We shipped four days late, not seven.\n';
  void it('marks no part where the other points say what to tell', () => {
    const [first, second] = stories(bank('- What the disagreement was about\n- How you raised it with them\n- Outcome — whether you changed their mind\n'));
    assert.equal(first.title, '1. Tell me about a time you disagreed with your lead.');
    assert.deepEqual(marked(first), []);
    assert.deepEqual(marked(second), ['setup@12', 'approach@14', 'outcome@16']);
  });
  void it('keeps the label where the other points tell what happened', () => {
    const [first] = stories(bank('- We disagreed about the schema\n- I raised it in the design review\n- Outcome — we kept both tables for a quarter\n'));
    assert.deepEqual(marked(first), ['outcome@6']);
  });
});

void describe('a label with a noun of presentation after it, in any script', () => {
  void it('reads a label with a noun of presentation after it ("背景介绍", "反思总结", "Problem statement")', () => {
    const zh = '## 讲一次你推动改进的经历\n\n**背景介绍**：发布流程要三天。\n\n**行动**：我把检查项放进流水线。\n\n**结果**：发布缩短到半天。\n\n**反思总结**：流程要能自动执行才会被遵守。\n';
    assert.deepEqual(marked(stories(zh)[0]), ['setup@3', 'approach@5', 'outcome@7', 'learning@9']);
    const en = '## Cutting release time\n\n**Problem statement:** Releases took three days.\n\n**Action:** I moved the checks into the pipeline.\n\n**Impact summary:** Releases now take half a day.\n';
    assert.deepEqual(marked(stories(en)[0]), ['challenge@3', 'approach@5', 'outcome@7']);
  });
  void it('leaves a Chinese topic that ends in a label word as it is ("机器学习" machine learning, "职业目标" a career goal)', () => {
    const text = '## 讲一次你推动改进的经历\n\n**背景**：发布流程要三天。\n\n**行动**：我把检查项放进流水线。\n\n**机器学习**：我也学了一些模型。\n\n**职业目标**：成为架构师。\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'approach@5']);
  });
});

void describe('enumerated labels and labels of the per-language tables (round 26)', () => {
  void it('reads Chinese-numbered headings ("一、背景")', () => {
    const text = '# 缩短发布时间\n\n## 一、背景\n发布每次要三个小时。\n\n## 二、任务\n我要把它缩短一半。\n\n## 三、行动\n我把测试分成了四组并行。\n\n## 四、结果\n发布时间降到了四十分钟。\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'challenge@6', 'approach@9', 'outcome@12']);
  });
  void it('reads a number and a middle dot, Roman numerals and circled numbers before a label', () => {
    for (const [a, b] of [['1 · Situation', '2 · Result'], ['I. Situation', 'II. Result'], ['① Situation', '② Result']]) {
      const text = `# Fixing the nightly export\n\n### ${a}\nThe export failed twice a week.\n\n### ${b}\nIt has not failed in three months.\n`;
      assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'outcome@6'], a);
    }
  });
  void it('reads a lettered list whose items start with a part word and a dash', () => {
    const text = '# Fixing the nightly export\n\na) Situation — the export failed twice a week.\n\nb) Task — I had to make it reliable.\n\nc) Result — it has not failed since.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'challenge@5', 'outcome@7']);
  });
  void it('reads Russian labels when the file marks two or more parts so', () => {
    const text = '# Ускорение тестов\n\n**Ситуация:** Тесты шли час.\n\n**Задача:** Сократить время вдвое.\n\n**Действия:** Я распараллелил прогон.\n\n**Результат:** Тесты идут двадцать минут.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'challenge@5', 'approach@7', 'outcome@9']);
  });
  void it('keeps a lone word of the tables, and one inside a line, out of the parts', () => {
    const lone = '# Заметки\n\nЗадача: прочитать книгу до пятницы.\n\nПотом обсудить её с командой.\n';
    assert.deepEqual(marked(stories(lone)[0] ?? ({ parts: [] } as unknown as Story)), []);
    const inline = '# Fixing the export\n\n**Situation:** The export failed weekly.\n\n**Result:** It stopped failing. Bài học: đo trước khi sửa.\n';
    assert.deepEqual(marked(stories(inline)[0]), ['setup@3', 'outcome@5']);
  });
  void it('reads an Italian "what I learned" beside labels of the base list', () => {
    const text = '# Consegne più rapide\n\n**Situazione:** Le consegne tardavano.\n\n**Risultato:** Ora arrivano in due giorni.\n\n**Cosa ho imparato:** Misurare prima di cambiare.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'outcome@5', 'learning@7']);
  });
});

void describe('labels after a ticked box, in a call-out title, and letters before an arrow (round 26)', () => {
  void it('reads "- [x] Situation: …" as a part, and keeps a to-do box out', () => {
    const text = '# Fixing the build\n\n- [x] Situation: Our build took an hour.\n- [x] Task: I had to halve it.\n- [x] Result: It takes twenty minutes.\n\n- [ ] Rehearse it twice\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@4', 'outcome@5']);
    assert.ok(!s.prose.some((p) => /Rehearse|\[x\]/u.test(p.text)), 'neither the boxes nor the to-do are speech');
  });
  void it('reads an Obsidian call-out titled with a part, and keeps a note call-out out', () => {
    const text = '# Fixing the build\n\n> [!info] Situation\n> Our build took an hour.\n\n> [!example] Action\n> I split the tests into four groups.\n\n> [!note]\n> Say this slowly.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'approach@6']);
  });
  void it('reads three or more part letters before an arrow, not one', () => {
    const run = '# Fixing the build\n\nS ▸ Our build took an hour.\n\nT ▸ I had to halve it.\n\nR ▸ It takes twenty minutes.\n';
    assert.deepEqual(marked(stories(run)[0]), ['setup@3', 'challenge@5', 'outcome@7']);
    const one = '# Fixing the build\n\nOur build took an hour, so I split the tests.\n\nA → B was the order we merged them in.\n';
    assert.deepEqual(marked(stories(one)[0]), []);
  });
});

void describe('a story marked only by labels inside its lines (round 26)', () => {
  void it('reads three or more parts named inside one paragraph', () => {
    const text = '# Fixing the build\n\nI looked after our build at work. Situation: it took an hour and nobody owned it. Task: halve it in a month. Action: I split the tests into four groups. Result: it takes twenty minutes.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'challenge@3', 'approach@3', 'outcome@3']);
  });
  void it('leaves two such labels in prose alone', () => {
    const text = '# Fixing the build\n\nI looked after our build. Situation: it took an hour.\nI split the tests. Result: it takes twenty minutes.\n';
    assert.deepEqual(marked(stories(text)[0]), []);
  });
});

void describe('a title that opens with a gerund (round 26)', () => {
  void it('does not read "Learning to …" as the learning label, and still reads "Key lesson to emphasize"', async () => {
    const { matchLabel } = await import('../../server/src/core/parse/labels');
    const text = '# Learning to review code properly\n\n## Situation\nMy reviews missed bugs.\n\n## Learning\nChecklists help.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'learning@6']);
    assert.equal(matchLabel('Key lesson to emphasize', true, false, true)?.part, 'learning');
    assert.equal(matchLabel('Learning to review code properly', true, false, true), undefined);
  });
});

void describe('part headings asked as questions, a bracketed note after a label, more label words (round 26)', () => {
  void it('reads three or more questions that ask for parts as the part headings', () => {
    const text = '# Fixing the build\n\n## What was going on?\nThe build took an hour.\n\n## What did I do?\nI split the tests.\n\n## How did it turn out?\nIt takes twenty minutes.\n\n## What would I do differently?\nMeasure first.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'approach@6', 'outcome@9', 'learning@12']);
  });
  void it('keeps a lone question heading a title', async () => {
    const { partQuestion } = await import('../../server/src/core/parse/labels');
    assert.equal(partQuestion('What did you learn?'), 'learning');
    assert.equal(partQuestion('What did you learn from your biggest failure?'), undefined);
    const text = '# What did you learn?\n\n**Situation:** The build took an hour.\n\n**Learning:** Measure first.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'learning@5']);
  });
  void it('reads a bold label with a note in brackets over its text on the next line', () => {
    const text = '# Fixing the build\n\n**Situation:** The build took an hour.\n\n**Learning** (the one I repeat to every new engineer on the team)\nMeasure before you optimise.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'learning@5']);
  });
  void it('reads "Fazit" and "What stuck with me" as the learning', () => {
    const de = '# Schnellere Builds\n\n## Situation\nDer Build dauerte eine Stunde.\n\n## Ergebnis\nJetzt zwanzig Minuten.\n\n## Fazit\nErst messen.\n';
    assert.deepEqual(marked(stories(de)[0]), ['setup@3', 'outcome@6', 'learning@9']);
    const en = '# Fixing the build\n\n## Situation\nThe build took an hour.\n\n## What stuck with me\nMeasure first.\n';
    assert.deepEqual(marked(stories(en)[0]), ['setup@3', 'learning@6']);
  });
});

void describe('a heading around the part headings (round 26)', () => {
  void it('does not read "## Reflection (STAR)" over "### Situation", "### Task", "### Result" as the learning', () => {
    const text = '# Mock interview\n\n## Reflection (STAR)\n### Situation\nI recorded answers.\n\n### Task\nShow the techniques.\n\n### Result\nI found my pacing issues.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@4', 'challenge@7', 'outcome@10']);
  });
  void it('keeps a part heading with its own text over deeper part headings', () => {
    const text = '# Fixing the build\n\n## Situation\nThe build took an hour.\n\n### Task\nHalve it.\n\n#### Result\nTwenty minutes.\n';
    assert.deepEqual(marked(stories(text)[0]), ['setup@3', 'challenge@6', 'outcome@9']);
  });
});

void describe('labels of no known part in a story told in another language, read by their places', () => {
  void it('reads five bold labels in a script without case, each leading its own sentences, as the five parts', () => {
    const text =
      '# बिलिंग की गलतियाँ\n\n' +
      '**पृष्ठभूमि:** मैं एक छोटी बीमा कंपनी में बिलिंग सिस्टम संभालता था और हर महीने कई ग्राहकों को गलत बिल जाते थे।\n\n' +
      '**मुश्किल:** मुझे दो महीने के अंदर गलत बिलों की संख्या घटानी थी, बिना नए लोगों को रखे हुए और बिना सिस्टम बदले।\n\n' +
      '**मेरा कदम:** मैंने हर गलत बिल की वजह लिखी, और हमारी टीम की सीमा के साथ मिलकर दरों की जाँच का एक नियम बनाया।\n\n' +
      '**नतीजा:** दो महीने में गलत बिल हर महीने चालीस से घटकर पाँच रह गए, और शिकायतें भी लगभग आधी हो गईं।\n\n' +
      '**समझ:** किसी गलती को ठीक करने से पहले उसकी असली वजह गिन लेना सबसे ज़रूरी काम है, यह मैंने यहीं सीखा।\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@5', 'approach@7', 'outcome@9', 'learning@11']);
  });

  void it('fills the one place the known labels leave: the last label after the outcome is the learning', () => {
    const text =
      '# Het magazijn zonder papier\n\n**Situatie:** Ons magazijn werkte nog met papieren paklijsten.\n\n**Taak:** Ik moest de lijsten digitaal maken.\n\n' +
      '**Aanpak:** Samen met twee collega’s bouwde ik een scanner-app.\n\n**Resultaat:** Fouten bij het inpakken daalden van 30 naar 4 per week.\n\n' +
      '**Wat bleef hangen:** Eerst meekijken op de vloer, dan pas bouwen.\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@5', 'approach@7', 'outcome@9', 'learning@11']);
  });

  void it('reads a label of no known part before an arrow between known ones', () => {
    const text =
      '# Faturaları hızlandırmak\n\nDurum ➜ Muhasebe ekibinde faturalar elle giriliyordu.\n\nGörev ➜ Giriş süresini yarıya indirmem istendi.\n\n' +
      'Neler yaptım ➜ Ekipten Ayşe ile birlikte bir şablon hazırladık.\n\nSonuç ➜ Bir fatura artık on dakika yerine üç dakikada giriliyor.\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@5', 'approach@7', 'outcome@9']);
  });

  void it('reads labels numbered with a slash', () => {
    const text =
      '# Cutting the queue\n\n**1 / Background**\nOur clinic booked every visit by phone.\n\n**2 / Obstacle**\nCallers waited twenty minutes.\n\n' +
      '**3 / What I did**\nI set up online booking with our receptionist.\n\n**4 / Impact**\nWaits fell to four minutes.\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@6', 'approach@9', 'outcome@12']);
  });

  void it('does not make a learning of a note after English labels', () => {
    const text =
      '# Moving the queue\n\n**Situation:** Our jobs ran on one box.\n\n**Task:** I had to move them to the cluster.\n\n' +
      '**Action:** I ported the scheduler with Dana.\n\n**Result:** Failures fell from 12 to 1 a month.\n\n**Kennzahlen für die Stelle:** 12 → 1, drei Wochen.\n';
    const [s] = stories(text);
    assert.deepEqual(marked(s), ['setup@3', 'challenge@5', 'approach@7', 'outcome@9']);
  });

  void it('takes no parts from turns of a dialogue or from fields with short values', () => {
    const dialogue =
      '# Phỏng vấn thử\n\n**Candidate:** Dạ, em muốn trở thành lập trình viên và học thêm về hệ thống phân tán trong hai năm tới.\n\n' +
      '**Candidate:** Dạ, em đã làm hai dự án nhỏ ở trường với các bạn trong nhóm và học được rất nhiều điều.\n\n' +
      '**Candidate:** Dạ, em nghĩ học liên tục là rất quan trọng vì công nghệ thay đổi rất nhanh mỗi năm.\n\n' +
      '**Candidate:** Dạ, em đang luyện kỹ năng giao tiếp bằng cách thuyết trình trước lớp mỗi tuần một lần.\n\n' +
      '**Candidate:** Dạ, em lên kế hoạch mỗi tuần để cân bằng giữa việc học, làm thêm và nghỉ ngơi hợp lý.\n';
    assert.deepEqual(stories(dialogue).flatMap(marked), []);
    const fields =
      '# Карточка истории\n\n**Название:** Спор об архитектуре\n\n**Категория:** Конфликт\n\n**Уровень:** Старший\n\n**Команда:** Платформа\n\n**Длительность:** Два месяца\n';
    assert.deepEqual(stories(fields).flatMap(marked), []);
  });
});
