// Story Bank's palette commands: New Story (newStory.ts), Practice a Question, Show Coverage Matrix, Check Whole Bank,
// and the lens switch. Each command takes optional arguments so tests (and keybindings) can skip the prompts,
// and returns what it did.
import * as vscode from 'vscode';
import { knowledgeOf } from './views';
import { STARTER_BANK } from '../../server/src/core/templates';
import { CheckBankRequest } from '../../server/src/protocol';
import type { StoryBankApi } from './api';
import type { BankModel } from './bankModel';
import { applyOffsetEdit, frontMatterSetEdit } from './files';
import { createNewFile, newStory, type NewStoryArgs } from './newStory';
import { choosePracticeQuestion, isoDate, standings, storyToRecord, type QuestionStanding } from './practice';
import { formatDuration, isLensId, LENSES, type LensId, type QuestionNode } from './trees';
import type { Views } from './views';
import type { MatrixPanel } from './webview';

export interface PracticeArgs {
  /** Question id to practise; chosen by the drill when absent. */
  question?: number;
  /** Timer length in seconds (default 120; 0 skips the timer). */
  seconds?: number;
  /** Answer to "record the practice date?" given in advance; asked when absent. */
  record?: boolean;
  /** Story (BankStoryInfo.key) to record on; defaults to the one practised longest ago. */
  storyKey?: string;
  /** Date to record (YYYY-MM-DD); defaults to today. */
  date?: string;
}

export interface PracticeResult {
  question: number;
  /** False when the timer was stopped early with Cancel. */
  completed: boolean;
  recorded: boolean;
  /** The story file the date was written to (unsaved edit). */
  uri?: string;
}

const PRACTICE_SECONDS = 120;

/** A running practice timer in the status bar; resolves true when the time ran out, false when stopped. */
class PracticeTimer implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('storybank.practice', vscode.StatusBarAlignment.Left, 1000);
  private handle: ReturnType<typeof setInterval> | undefined;
  private resolveDone: ((completed: boolean) => void) | undefined;
  readonly done: Promise<boolean>;

  constructor(label: string, seconds: number) {
    this.item.name = 'Story Bank practice timer';
    this.item.command = { command: 'storybank.stopPractice', title: 'Stop the practice timer' };
    this.item.tooltip = `Answer ${label} out loud. Click to stop early.`;
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
    const end = Date.now() + seconds * 1000;
    const tick = (): void => {
      const left = Math.max(0, Math.round((end - Date.now()) / 1000));
      this.item.text = `$(watch) ${formatDuration(left)} ${label}`;
      this.item.backgroundColor = left <= 15 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      if (left <= 0) this.finish(true);
    };
    tick();
    this.item.show();
    this.handle = setInterval(tick, 250);
  }

  finish(completed: boolean): void {
    if (this.handle) clearInterval(this.handle);
    this.handle = undefined;
    this.item.hide();
    this.resolveDone?.(completed);
    this.resolveDone = undefined;
  }

  dispose(): void {
    this.finish(false);
    this.item.dispose();
  }
}

let running: PracticeTimer | undefined;

async function recordPractice(model: BankModel, standing: QuestionStanding, args: PracticeArgs): Promise<string | undefined> {
  const story = args.storyKey ? model.index.stories.find((s) => s.key === args.storyKey) : storyToRecord(standing);
  if (!story) return undefined;
  const uri = vscode.Uri.parse(story.uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  const text = doc.getText();
  const e = frontMatterSetEdit(text, 'last-practiced', args.date ?? isoDate(new Date()));
  const range = new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, range, e.newText, { label: 'Record the practice date', needsConfirmation: false });
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  // Show the changed line, unsaved, so the person sees exactly what was written.
  const after = applyOffsetEdit(text, e);
  const end = doc.positionAt(Math.min(after.length, e.start + e.newText.length));
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(doc.positionAt(e.start), end), preview: false });
  return story.uri;
}

export async function practice(model: BankModel, args: PracticeArgs = {}): Promise<PracticeResult | undefined> {
  if (running) {
    void vscode.window.showInformationMessage('A practice is already running. Click the timer in the status bar to stop it.');
    return undefined;
  }
  const questions = knowledgeOf(model.index).questions;
  const all = standings(model.index, questions);
  const standing = args.question !== undefined ? all.find((s) => s.question.id === args.question) : choosePracticeQuestion(model.index, questions, Math.random());
  if (!standing) {
    void vscode.window.showErrorMessage(args.question !== undefined ? `There is no question ${args.question}.` : 'No question to practise.');
    return undefined;
  }
  const q = standing.question;
  const label = `Q${q.id}`;
  const seconds = args.seconds ?? PRACTICE_SECONDS;
  const storyNote =
    standing.stories.length === 0
      ? 'No story answers it yet: improvise, then write one with New Story.'
      : `Your ${standing.stories.length === 1 ? 'story' : 'stories'}: ${standing.stories.map((s) => `“${s.title}”`).join(', ')}.`;
  let completed = true;
  if (seconds > 0) {
    const timer = new PracticeTimer(label, seconds);
    running = timer;
    void vscode.commands.executeCommand('setContext', 'storybank.practicing', true);
    // A progress notification: it stays while the timer runs, goes away by itself at the end, and its Cancel
    // button stops the practice early.
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Practice ${label}`, cancellable: true },
      (progress, token) => {
        progress.report({ message: `“${q.text}” They are looking for: ${q.evaluates} ${storyNote} Answer out loud in ${formatDuration(seconds)}.` });
        token.onCancellationRequested(() => timer.finish(false));
        return timer.done;
      },
    );
    try {
      completed = await timer.done;
    } finally {
      timer.dispose();
      running = undefined;
      void vscode.commands.executeCommand('setContext', 'storybank.practicing', false);
    }
  }
  const story = args.storyKey ? model.index.stories.find((s) => s.key === args.storyKey) : storyToRecord(standing);
  let record = args.record;
  if (record === undefined) {
    const followUps = q.followUps.map((f) => `• ${f}`).join('\n');
    const detail = `Follow-ups to prepare:\n${followUps}${story ? `\n\nRecord today as the last practice of “${story.title}”? You will see the change in its front matter before you save.` : ''}`;
    const button = story ? 'Record Practice Date' : undefined;
    const choice = await vscode.window.showInformationMessage(
      completed ? `Time is up for ${label}: ${q.short}.` : `Practice of ${label} stopped.`,
      { modal: true, detail },
      ...(button ? [button] : []),
    );
    record = button !== undefined && choice === button;
  }
  const uri = record && story ? await recordPractice(model, standing, args) : undefined;
  return { question: q.id, completed, recorded: uri !== undefined, uri };
}

export interface InitBankResult {
  folder: string;
  created: string[];
  skipped: string[];
}

/** Writes the starter bank into a workspace folder; files that exist are left alone. */
export async function initBank(folderArg?: string): Promise<InitBankResult | undefined> {
  let folder: vscode.Uri | undefined;
  if (folderArg) folder = folderArg.includes('://') ? vscode.Uri.parse(folderArg) : vscode.Uri.file(folderArg);
  else {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showErrorMessage('Open a folder first: the story bank is written into it.');
      return undefined;
    }
    folder = folders.length === 1 ? folders[0]?.uri : (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Where should the story bank go?' }))?.uri;
  }
  if (!folder) return undefined;
  const created: string[] = [];
  const skipped: string[] = [];
  for (const f of STARTER_BANK) {
    const uri = vscode.Uri.joinPath(folder, ...f.path.split('/'));
    let made: 'created' | 'exists';
    try {
      made = await createNewFile(uri, f.content);
    } catch (e) {
      void vscode.window.showErrorMessage(
        `Could not write ${f.path}: ${e instanceof Error ? e.message : String(e)}.${created.length > 0 ? ` Already written: ${created.join(', ')}.` : ''} Nothing else was changed.`,
      );
      return { folder: folder.toString(), created, skipped };
    }
    (made === 'created' ? created : skipped).push(f.path);
  }
  const story = STARTER_BANK.find((f) => f.path.endsWith('.md') && f.path.includes('stories/'));
  if (story) await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, ...story.path.split('/')));
  void vscode.window.showInformationMessage(
    created.length > 0
      ? `Story bank set up: ${created.join(', ')}.${skipped.length > 0 ? ` Kept your existing ${skipped.join(', ')}.` : ''}`
      : 'This folder already has a story bank; nothing was changed.',
  );
  return { folder: folder.toString(), created, skipped };
}

export function registerCommands(context: vscode.ExtensionContext, api: StoryBankApi, model: BankModel, views: Views, matrix: MatrixPanel): void {
  const reg = (id: string, fn: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, fn as (...args: unknown[]) => unknown));
  };
  reg('storybank.newStory', (args?: NewStoryArgs) => newStory(model, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {}));
  reg('storybank.newStoryForQuestion', (node?: QuestionNode | number) =>
    newStory(model, { question: typeof node === 'number' ? node : node?.question }),
  );
  reg('storybank.initBank', (folder?: string) => initBank(typeof folder === 'string' ? folder : undefined));
  reg('storybank.practice', (args?: PracticeArgs) => practice(model, args ?? {}));
  reg('storybank.stopPractice', () => running?.finish(false));
  reg('storybank.showCoverageMatrix', async (by?: 'theme' | 'question') => {
    const ready = await matrix.show(by === 'question' || by === 'theme' ? by : undefined);
    return { visible: matrix.visible, ready, by: matrix.currentBy, stories: model.index.stories.length };
  });
  reg('storybank.exportCoverageMatrix', async (by?: 'theme' | 'question') => (await matrix.export(by === 'question' || by === 'theme' ? by : undefined)).uri);
  reg('storybank.checkBank', () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Story Bank: checking every story', cancellable: false },
      async () => {
        try {
          const result = await api.client.sendRequest(CheckBankRequest.type);
          await model.refresh();
          void vscode.window.showInformationMessage(
            `Checked ${result.stories} ${result.stories === 1 ? 'story' : 'stories'}: ${result.findings === 0 ? 'no problems' : `${result.findings} ${result.findings === 1 ? 'problem' : 'problems'}`}. See the Problems panel and the Bank Health view.`,
          );
          return result;
        } catch (err) {
          void vscode.window.showErrorMessage(`Story Bank could not check the bank: ${err instanceof Error ? err.message : String(err)}. See the "Story Bank" output.`);
          return undefined;
        }
      },
    ),
  );
  reg('storybank.switchLens', async (lens?: LensId) => {
    let chosen: LensId | undefined = isLensId(lens) ? lens : undefined;
    if (!chosen) {
      const pick = await vscode.window.showQuickPick(
        LENSES.map((l) => ({ label: l.label, id: l.id, description: l.id === views.coverage.lens ? 'current' : undefined })),
        { title: 'Coverage lens', placeHolder: 'Group the questions by theme or by what a company looks for' },
      );
      chosen = pick?.id;
    }
    if (chosen) await views.setLens(chosen);
    return views.coverage.lens;
  });
  for (const l of LENSES) reg(`storybank.lens.${l.id}`, () => views.setLens(l.id));
  reg('storybank.refreshViews', () => model.refresh());
  // For tests and automation: what a tree view shows right now.
  reg('storybank.internal.viewSnapshot', (view: 'coverage' | 'stories' | 'health') => views.snapshot(view));
}
