// How spoken words are counted (too-short, too-long, the code lens): text without spaces between words counts by
// characters, and the question an unmarked answer opens with is its title, not speech.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countSegmentWords, countWords, CJK_CHAR_WORDS, KHMER_MYANMAR_CHAR_WORDS, THAI_LAO_CHAR_WORDS, wordRuns } from '../../server/src/core/text';
import { rng } from '../../bench/rng';
import { markdownFiles, ROOT } from './helpers/parse-check';
import { openingQuestion } from '../../server/src/core/parse/opening';
import { analyzeFile } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

void test('Chinese and Japanese count by characters; Korean and English by words', () => {
  const zh = '我们把部署时间从四十分钟缩短到十二分钟';
  assert.equal(countWords(zh), Math.round([...zh].length * CJK_CHAR_WORDS));
  assert.equal(countWords('デプロイを半分にした'), Math.round(10 * CJK_CHAR_WORDS));
  assert.equal(countWords('배포 시간을 절반으로 줄였습니다'), 4);
  assert.equal(countWords('we cut deploys from 40 to 12 minutes'), 8);
  // mixed: the English words count as words, the characters by characters
  assert.equal(countWords('我们用 Kafka 替换了旧队列'), 1 + Math.round(9 * CJK_CHAR_WORDS));
});

void test('Thai, Lao, Khmer and Myanmar count by code points, not by the runs their vowel and tone marks would split', () => {
  // "At my old company the payment system went down often during the holidays" (about 14 English words)
  const th = 'ตอนที่ผมทำงานที่บริษัทเก่า ระบบชำระเงินล่มบ่อยมากในช่วงเทศกาล';
  const thaiPoints = [...th].filter((c) => c !== ' ').length;
  assert.equal(countWords(th), Math.round(thaiPoints * THAI_LAO_CHAR_WORDS));
  assert.ok(countWords(th) >= 11 && countWords(th) <= 17, String(countWords(th)));
  // "At my previous job the payment system often failed" (about 9 English words), Khmer and Myanmar
  for (const s of ['ក្នុងការងារមុនរបស់ខ្ញុំ ប្រព័ន្ធបង់ប្រាក់បានគាំងញឹកញាប់', 'ကျွန်တော် အရင်အလုပ်မှာ ငွေပေးချေမှုစနစ် မကြာခဏ ပျက်ခဲ့တယ်']) {
    assert.equal(countWords(s), Math.round([...s].filter((c) => c !== ' ').length * KHMER_MYANMAR_CHAR_WORDS));
    assert.ok(countWords(s) >= 7 && countWords(s) <= 12, s);
  }
  // mixed with English: the English words count as words
  assert.equal(countWords('I used React ที่บริษัท'), 3 + Math.round(9 * THAI_LAO_CHAR_WORDS));
});

void test('words are counted as the word pattern matches them, on every Markdown file we have and on random text', () => {
  const byRegex = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu)?.length ?? 0;
  const files = ['test/fixtures', 'examples', 'docs', 'eval/corpus'].flatMap((d) => markdownFiles(join(ROOT, d)));
  assert.ok(files.length > 300);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    assert.equal(wordRuns(text), byRegex(text), f);
  }
  // letters and digits of several scripts, the characters that continue a word, others, surrogate pairs and lone halves
  const CHARS = ['a', 'Z', '0', '9', "'", '’', '-', '.', ' ', '\n', ',', '_', 'é', 'ß', 'Я', '我', 'ｶ', '٣', '²', '\u00a0', '\u0301', '𝐀', '😀', '\ud835', '\udc00', '‘', '–'];
  const random = rng(11);
  for (let n = 0; n < 5000; n++) {
    let text = '';
    const len = Math.floor(random() * 40);
    for (let i = 0; i < len; i++) text += CHARS[Math.floor(random() * CHARS.length)];
    assert.equal(wordRuns(text), byRegex(text), JSON.stringify(text));
  }
});

void test('a web address written out in the prose is read, not said', () => {
  const seg = (text: string) => [{ text, start: 0 }];
  assert.equal(countSegmentWords(seg('The runbook is at https://example.com/runbooks/payments/retries now.')), 5);
  assert.equal(countSegmentWords(seg('See www.example.com/teams/payments for the rota.')), 4);
  assert.equal(countSegmentWords(seg('We kept the http client and cut 40 ms.')), 9);
});

void test('an opening question line is the title of an unmarked answer', () => {
  const seg = (text: string, start = 0) => ({ text, start });
  const q = openingQuestion([seg('// Tell me about yourself\nI build payment systems and lead a team of four.')]);
  assert.equal(q?.title, 'Tell me about yourself');
  assert.equal(q?.rest[0].text, 'I build payment systems and lead a team of four.');
  const p = openingQuestion([seg('How would you handle a teammate who misses a deadline?'), seg('I would talk to them first.', 60)]);
  assert.equal(p?.title, 'How would you handle a teammate who misses a deadline?');
  assert.equal(p?.rest.length, 1);
  const zh = openingQuestion([seg('b. 组员的任务赶不上截止日期，\n你该怎么做。'), seg('I would first talk to him.', 40)]);
  assert.equal(zh?.title, 'b. 组员的任务赶不上截止日期，你该怎么做。');
  // The answer itself: not a question, or nothing would be left.
  assert.equal(openingQuestion([seg('We moved the exports to an event queue.\nIt took two weeks.')]), undefined);
  assert.equal(openingQuestion([seg('Why did we pick Kafka?')]), undefined);
});

void test('the opening question does not count toward spoken time', () => {
  const answer = Array.from({ length: 110 }, (_, i) => (i % 10 === 9 ? 'word.' : 'word')).join(' ');
  const file = `What would you do if two senior engineers disagreed about the design of a service you own?\n${answer}\n`;
  const story = analyzeFile(file, '/bank/stories/a.md', DEFAULT_CONFIG).file.stories[0];
  assert.equal(story.title, 'What would you do if two senior engineers disagreed about the design of a service you own?');
  assert.equal(story.wordCount, 110);
});

void test('an answer written once per language under language labels is said once: the longer version counts', async () => {
  const { spokenWordCount } = await import('../../server/src/core/rules/util');
  const fr = 'Je veux apprendre à concevoir des systèmes plus grands et travailler avec une équipe qui livre souvent, parce que c’est là que je progresse le plus vite.';
  const en = 'I want to learn to design larger systems and work with a team that ships often, because that is where I grow fastest.';
  const file = `## Why this role?\n\n**Answer:**\n\n- **FR:** ${fr}\n- **EN:** ${en}\n`;
  const story = analyzeFile(file, '/bank/stories/why.md', DEFAULT_CONFIG).file.stories[0];
  // Both versions are prose; said aloud, the answer is the French one (the longer), plus the label before them.
  assert.ok(story.wordCount >= countWords(`${fr} ${en}`));
  assert.equal(spokenWordCount(story), countWords(`Answer ${fr}`));
  // A label that is not a language ("Note:", or "It:" in lower case), or a second version far shorter, is counted whole.
  const note = analyzeFile(`## Why this role?\n\n- **FR:** ${fr}\n- **EN:** Grow.\n`, '/bank/stories/why.md', DEFAULT_CONFIG).file.stories[0];
  assert.equal(spokenWordCount(note), note.wordCount);
  const plain = analyzeFile(`## Why this role?\n\n- **It:** ${en}\n- **Note:** ${en}\n`, '/bank/stories/why.md', DEFAULT_CONFIG).file.stories[0];
  assert.equal(spokenWordCount(plain), plain.wordCount);
});
