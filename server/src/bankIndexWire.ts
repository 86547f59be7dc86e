// The bank index on the wire (storybank/bankIndex) from the core's bank: the same for the Node server
// (workspace.ts) and the web worker server (browserWorkspace.ts). `uriOf` turns a bank path into the URI clients see.
import type { BankIndex as CoreBank } from './core/bank';
import { toWireRange } from './convert';
import type { BankHealthInfo, BankIndex, BankStoryInfo } from './protocol';

export function bankIndexOf(bank: CoreBank, uriOf: (path: string) => string, state: { version: number; indexing: boolean; updated: string }): BankIndex {
  const keyOfRef = (r: { path: string; index: number }) => `${uriOf(r.path)}#${r.index}`;
  const stories: BankStoryInfo[] = bank.stories().map((b) => {
    const s = b.story;
    const info: BankStoryInfo = {
      key: keyOfRef({ path: b.path, index: b.index }),
      uri: uriOf(b.path),
      index: b.index,
      title: s.title,
      titleRange: toWireRange(s.titleRange),
      questions: s.questions.map((q) => q.id),
      themes: s.themes,
      companies: s.companies,
      wordCount: s.wordCount,
      spokenSeconds: s.spokenSeconds,
      problems: { ...b.problems },
    };
    if (s.project !== undefined) info.project = s.project;
    if (s.lastPracticed !== undefined) info.lastPracticed = s.lastPracticed;
    return info;
  });
  const coverage = bank.coverage();
  const themes = coverage.themes.map((t) => ({ id: t.id, questions: [...t.questions], coveredQuestions: t.coveredQuestions, stories: t.stories.map(keyOfRef) }));
  const catalog = bank.catalog();
  const questions = coverage.questions.map((q) => {
    const c = catalog.byId(q.id);
    return { id: q.id, theme: q.theme, stories: q.stories.map(keyOfRef), ...(c ? { text: c.text, short: c.short, evaluates: c.evaluates, followUps: [...c.followUps] } : {}) };
  });
  const health: BankHealthInfo[] = bank.health().map((h) => {
    const item: BankHealthInfo = { kind: h.kind, severity: h.severity, message: h.message };
    if (h.path !== undefined) item.uri = uriOf(h.path);
    if (h.range !== undefined) item.range = toWireRange(h.range);
    if (h.theme !== undefined) item.theme = h.theme;
    if (h.question !== undefined) item.question = h.question;
    return item;
  });
  return { version: state.version, indexing: state.indexing, stories, themes, questions, health, updated: state.updated };
}
