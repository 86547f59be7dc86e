// Story Bank's palette commands: New Story (newStory.ts), Practice a Question (drill.ts), Show Coverage Matrix, Check Whole Bank,
// and the lens switch. Each command takes optional arguments so tests (and keybindings) can skip the prompts,
// and returns what it did.
import * as vscode from 'vscode';
import { STARTER_BANK } from '../../server/src/core/templates';
import { CheckBankRequest } from '../../server/src/protocol';
import type { StoryBankApi } from './api';
import type { BankModel } from './bankModel';
import type { DrillPanel, PracticeArgs } from './drill';
import { createNewFile, newStory, type NewStoryArgs } from './newStory';
import { cleanLog } from './practice';
import { isLensId, LENSES, type LensId, type QuestionNode } from './trees';
import type { Views } from './views';
import type { MatrixPanel } from './webview';

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

export function registerCommands(context: vscode.ExtensionContext, api: StoryBankApi, model: BankModel, views: Views, matrix: MatrixPanel, drill: DrillPanel): void {
  const reg = (id: string, fn: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, fn as (...args: unknown[]) => unknown));
  };
  reg('storybank.newStory', (args?: NewStoryArgs) => newStory(model, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {}));
  reg('storybank.newStoryForQuestion', (node?: QuestionNode | number) =>
    newStory(model, { question: typeof node === 'number' ? node : node?.question }),
  );
  reg('storybank.initBank', (folder?: string) => initBank(typeof folder === 'string' ? folder : undefined));
  reg('storybank.practice', (args?: PracticeArgs) => drill.start(args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {}));
  reg('storybank.practiceQuestion', (node?: QuestionNode | number) => {
    const question = typeof node === 'number' ? node : node?.question;
    return drill.start(question === undefined ? {} : { question });
  });
  reg('storybank.nextPracticeQuestion', () => drill.next());
  reg('storybank.markPracticed', () => drill.markPracticed());
  reg('storybank.endPractice', () => drill.end());
  reg('storybank.stopPractice', () => drill.timer('stop'));
  reg('storybank.togglePracticeTimer', () => drill.timer('toggle'));
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
  // For tests: what the drill's page shows (the first state after `afterSeq`), and the practice log.
  reg('storybank.internal.drillState', (afterSeq?: number, timeoutMs?: number) => drill.pageState(afterSeq, timeoutMs));
  reg('storybank.internal.practiceLog', async (set?: Record<string, string>) => {
    if (set !== undefined) await drill.setLog(cleanLog(set));
    return drill.log;
  });
}
