// "问题" names both the question and a problem: right after the situation, with no question in it, it is a STAR note's
// challenge; as the field a Q&A file opens its answers with, it stays the question (parse/markdown.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/core/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const parts = (text: string): string[] => parseFile(text, 'stories/s.md', DEFAULT_CONFIG).stories.flatMap((s) => s.parts.map((p) => p.name));

void test('问题 after the situation is the challenge, bold or in a list', () => {
  assert.deepEqual(parts('# 迁移日志系统\n\n**背景：** 我负责公司的日志平台。\n\n**问题：** 旧系统每天丢失大约一成的日志。\n\n**行动：** 我设计了新的采集流程。\n\n**结果：** 日志丢失降到了零。\n'), ['setup', 'challenge', 'approach', 'outcome']);
  assert.deepEqual(parts('# 迁移日志系统\n\n- 背景：我负责公司的日志平台。\n- 问题：旧系统每天丢失大约一成的日志。\n- 行动：我设计了新的采集流程。\n- 结果：日志丢失降到了零。\n'), ['setup', 'challenge', 'approach', 'outcome']);
});

void test('问题 that asks something, or that no situation comes before, is not a part', () => {
  // a question asked after the situation
  assert.ok(!parts('# 迁移日志系统\n\n**背景：** 我负责公司的日志平台。\n\n**问题：** 你会怎么处理日志丢失？\n\n**行动：** 我设计了新的采集流程。\n').includes('challenge'));
  // the question field under a heading, opening the answer
  assert.ok(!parts('## 我本专业怎么样\n\n问题：What do you think of your major\n\nI chose it because I like building systems.\n').includes('challenge'));
  // a situation in another story, above a heading
  assert.ok(!parts('# 第一个\n\n**背景：** 我负责日志平台。\n\n# 第二个\n\n**问题：** 介绍一下你自己\n\n我叫小明。\n').includes('challenge'));
});
