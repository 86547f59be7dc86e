// The practice drill: a quick pick of the questions (or "one I have not practiced yet"), then one webview panel
// beside the editor, reused from question to question, with the question, what it evaluates, the answer shape, the
// bank's stories for it, a timer and the follow-ups one by one. Which questions were practiced is kept per
// workspace (workspaceState). Nothing here is modal: the drill ends when the person closes it.
import * as vscode from 'vscode';
import { questionLabel } from '../../server/src/core/knowledge/catalog';
import type { BankModel } from './bankModel';
import { drillHtml, drillTitle, type DrillMessage, type DrillPageState } from './drillHtml';
import { applyOffsetEdit, frontMatterSetEdit } from './files';
import { makeNonce } from './matrixHtml';
import { chooseAny, chooseUnpracticed, cleanLog, drillView, isoDate, practicedOn, standings, standingWords, type PracticeLog } from './practice';
import { knowledgeOf } from './views';

export const DRILL_VIEW_TYPE = 'storybank.practiceDrill';
/** workspaceState key of the practice log (question id → date last marked practiced). */
export const PRACTICE_LOG_KEY = 'storybank.practiceLog';

export interface PracticeArgs {
  /** Question id to drill (a custom question's internal id too); the quick pick is skipped. */
  question?: number;
  /** Skip the quick pick and let the drill choose: a question not practiced yet, or any question. */
  pick?: 'unpracticed' | 'any';
}

export interface DrillResult {
  /** The question the panel shows. */
  question: number;
  /** True once the panel's page has drawn that question. */
  ready: boolean;
  /** True when "not practiced yet" was asked for but every question had been practiced. */
  allPracticed: boolean;
}

type Mode = 'unpracticed' | 'any';

export class DrillPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private current: { id: number; note?: string } | undefined;
  private page: DrillPageState | undefined;
  private waiters: { test: (s: DrillPageState) => boolean; resolve: (s: DrillPageState) => void }[] = [];
  private shown = '';
  private readonly subs: vscode.Disposable[] = [];

  constructor(
    private readonly model: BankModel,
    private readonly memento: vscode.Memento,
  ) {
    this.subs.push(model.onDidChange(() => this.render(false)));
  }

  get log(): PracticeLog {
    return cleanLog(this.memento.get(PRACTICE_LOG_KEY));
  }

  async setLog(log: PracticeLog): Promise<void> {
    await this.memento.update(PRACTICE_LOG_KEY, cleanLog(log));
    this.render(false);
  }

  get question(): number | undefined {
    return this.panel ? this.current?.id : undefined;
  }

  /** Starts (or moves) the drill: the question given, the drill's own choice, or the person's pick. */
  async start(args: PracticeArgs = {}): Promise<DrillResult | undefined> {
    if (args.question !== undefined) {
      const known = knowledgeOf(this.model.index).questions.some((q) => q.id === args.question);
      if (!known) {
        void vscode.window.showErrorMessage(`This bank has no question ${questionLabel(args.question)}. Run "Story Bank: Practice a Question" to pick one.`);
        return undefined;
      }
      return this.show(args.question);
    }
    if (args.pick === 'unpracticed' || args.pick === 'any') return this.showChoice(args.pick);
    const picked = await this.pick();
    if (picked === undefined) return undefined;
    return typeof picked === 'number' ? this.show(picked) : this.showChoice(picked);
  }

  /** The quick pick: the drill's two choices on top, then every question by theme with its stories and practice. */
  private async pick(): Promise<number | Mode | undefined> {
    type Item = vscode.QuickPickItem & { choice?: number | Mode };
    const k = knowledgeOf(this.model.index);
    const log = this.log;
    const today = isoDate(new Date());
    const all = standings(this.model.index, k.questions);
    const open = all.filter((s) => practicedOn(log, s.question.id) === undefined).length;
    const items: Item[] = [
      {
        label: '$(debug-start) A question I have not practiced yet',
        description: open > 0 ? `${open} of ${all.length} left; weakly covered ones first` : 'you have practiced them all: the one practiced longest ago',
        choice: 'unpracticed',
      },
      { label: '$(question) Any question', description: 'picked at random', choice: 'any' },
    ];
    for (const theme of k.themes) {
      const mine = all.filter((s) => s.question.theme === theme.id);
      if (mine.length === 0) continue;
      const done = mine.filter((s) => practicedOn(log, s.question.id) !== undefined).length;
      items.push({ label: `${theme.name} · ${done} of ${mine.length} practiced`, kind: vscode.QuickPickItemKind.Separator });
      for (const s of mine) {
        const practiced = practicedOn(log, s.question.id) !== undefined;
        items.push({
          label: `${practiced ? '$(check)' : '$(circle-large-outline)'} ${questionLabel(s.question.id)} ${s.question.short}`,
          description: standingWords(s, log, today),
          detail: s.question.text,
          choice: s.question.id,
        });
      }
    }
    const chosen = await vscode.window.showQuickPick(items, {
      title: 'Practice a Question',
      placeHolder: 'Which question will you answer out loud? Type a number or words to filter.',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return chosen?.choice;
  }

  private async showChoice(mode: Mode): Promise<DrillResult | undefined> {
    const k = knowledgeOf(this.model.index);
    const exclude = this.question;
    if (mode === 'any') {
      const s = chooseAny(this.model.index, k.questions, Math.random(), exclude);
      return s ? this.show(s.question.id) : this.nothingToPractice();
    }
    const choice = chooseUnpracticed(this.model.index, k.questions, this.log, Math.random(), exclude);
    if (!choice) return this.nothingToPractice();
    const note = choice.allPracticed ? 'You have practiced every question: this is the one practiced longest ago.' : undefined;
    const result = await this.show(choice.standing.question.id, note);
    return { ...result, allPracticed: choice.allPracticed };
  }

  private nothingToPractice(): undefined {
    void vscode.window.showInformationMessage('This bank has no other question to practice.');
    return undefined;
  }

  /** Shows question `id` in the panel (opened beside the editor the first time, then reused). */
  async show(id: number, note?: string): Promise<DrillResult> {
    this.current = { id, ...(note ? { note } : {}) };
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        DRILL_VIEW_TYPE,
        'Practice',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
        { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: false },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.page = undefined;
        this.shown = '';
        void vscode.commands.executeCommand('setContext', 'storybank.drillOpen', false);
        void vscode.commands.executeCommand('setContext', 'storybank.practicing', false);
      });
      this.panel.webview.onDidReceiveMessage((m: DrillMessage) => void this.onMessage(m));
      void vscode.commands.executeCommand('setContext', 'storybank.drillOpen', true);
    } else {
      this.panel.reveal(undefined, false);
    }
    const drawn = this.stateWhere((s) => s.question === id, 20_000);
    this.render(true);
    const state = await drawn;
    return { question: id, ready: state !== undefined, allPracticed: false };
  }

  /** Draws the current question; unless `force`, only when what the panel would show has changed. */
  private render(force: boolean): void {
    if (!this.panel || !this.current) return;
    const k = knowledgeOf(this.model.index);
    const standing = standings(this.model.index, k.questions).find((s) => s.question.id === this.current?.id);
    if (!standing) return;
    const view = drillView(standing, k.themes, k.questions, this.log, isoDate(new Date()), this.current.note);
    const signature = JSON.stringify(view);
    if (!force && signature === this.shown) return;
    this.shown = signature;
    this.panel.title = drillTitle(view);
    this.panel.webview.html = drillHtml(view, makeNonce(), this.panel.webview.cspSource);
  }

  private async onMessage(m: DrillMessage): Promise<void> {
    switch (m.type) {
      case 'state':
        this.page = m.state;
        void vscode.commands.executeCommand('setContext', 'storybank.practicing', m.state.timer.running);
        for (const w of this.waiters.filter((x) => x.test(m.state))) w.resolve(m.state);
        this.waiters = this.waiters.filter((x) => !x.test(m.state));
        break;
      case 'next':
        await this.next();
        break;
      case 'practiced':
        await this.markPracticed();
        break;
      case 'choose':
        await this.start();
        break;
      case 'end':
        this.end();
        break;
      case 'newStory':
        if (this.current) await vscode.commands.executeCommand('storybank.newStoryForQuestion', this.current.id);
        break;
      case 'record':
        if (typeof m.key === 'string') await this.record(m.key);
        break;
      case 'open':
        if (typeof m.uri === 'string') await this.open(m.uri);
        break;
    }
  }

  /** Another question not practiced yet (not the one on screen). */
  next(): Promise<DrillResult | undefined> {
    return this.showChoice('unpracticed');
  }

  /** Marks the question on screen practiced today; the panel says so, and the next pick skips it. */
  async markPracticed(date = isoDate(new Date())): Promise<number | undefined> {
    const id = this.question;
    if (id === undefined) return undefined;
    await this.memento.update(PRACTICE_LOG_KEY, { ...this.log, [String(id)]: date });
    this.render(false);
    return id;
  }

  end(): void {
    this.panel?.dispose();
  }

  /** Starts, stops or toggles the panel's timer. */
  timer(action: 'start' | 'stop' | 'toggle'): void {
    void this.panel?.webview.postMessage({ type: 'timer', action });
  }

  /**
   * The page's state as it last posted it; with `afterSeq`, the first state posted after that one (undefined when
   * none comes within `timeoutMs`). Tests read what the page shows through this.
   */
  async pageState(afterSeq?: number, timeoutMs = 10_000): Promise<DrillPageState | undefined> {
    if (afterSeq === undefined) return this.page;
    return this.stateWhere((s) => s.seq > afterSeq, timeoutMs);
  }

  private stateWhere(test: (s: DrillPageState) => boolean, timeoutMs: number): Promise<DrillPageState | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(undefined);
      }, timeoutMs);
      const waiter = {
        test,
        resolve: (s: DrillPageState): void => {
          clearTimeout(timer);
          resolve(s);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** The first editor column that is not the panel's. */
  private editorColumn(): vscode.ViewColumn {
    return this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
  }

  private async open(uri: string): Promise<void> {
    const story = this.model.index.stories.find((s) => s.uri === uri);
    if (!story) return;
    const r = story.titleRange;
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), {
      viewColumn: this.editorColumn(),
      preview: false,
      selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
    });
  }

  /**
   * Writes today's date into a story's `last-practiced` (an unsaved edit, shown in the editor) and marks the
   * question practiced. Returns the story's URI, or undefined when nothing was written.
   */
  async record(key: string, date = isoDate(new Date())): Promise<string | undefined> {
    const story = this.model.index.stories.find((s) => s.key === key);
    if (!story) return undefined;
    const uri = vscode.Uri.parse(story.uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = doc.getText();
    const e = frontMatterSetEdit(text, 'last-practiced', date);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText, { label: 'Record the practice date', needsConfirmation: false });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(`Could not write the date into ${vscode.workspace.asRelativePath(uri)}: the editor refused the edit. Nothing was changed.`);
      return undefined;
    }
    await this.markPracticed(date);
    // Show the changed line, unsaved, so the person sees exactly what was written.
    const after = applyOffsetEdit(text, e);
    const end = doc.positionAt(Math.min(after.length, e.start + e.newText.length));
    await vscode.window.showTextDocument(doc, { viewColumn: this.editorColumn(), selection: new vscode.Range(doc.positionAt(e.start), end), preview: false });
    return story.uri;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.panel?.dispose();
  }
}
