// The coverage matrix panel: one webview, re-rendered when the bank changes; Export opens the matrix as an
// untitled Markdown document.
import * as vscode from 'vscode';
import type { BankModel } from './bankModel';
import { buildMatrix, coverageToMarkdown } from './matrix';
import { makeNonce, matrixHtml } from './matrixHtml';
import { knowledgeOf } from './views';

export const MATRIX_VIEW_TYPE = 'storybank.coverageMatrix';

type By = 'theme' | 'question';

interface MatrixMessage {
  type: 'export' | 'by' | 'open' | 'ready';
  by?: By;
  uri?: string;
}

export class MatrixPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private by: By = 'theme';
  private readonly sub: vscode.Disposable;
  private readyWaiters: (() => void)[] = [];
  private ready = false;

  constructor(private readonly model: BankModel) {
    this.sub = model.onDidChange(() => this.render());
  }

  get visible(): boolean {
    return this.panel !== undefined;
  }

  get currentBy(): By {
    return this.by;
  }

  /** Opens (or reveals) the panel; resolves true when the webview's script has run (false after 20 s without). */
  async show(by?: By): Promise<boolean> {
    if (by) this.by = by;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(MATRIX_VIEW_TYPE, 'Story Bank Coverage', vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
      });
      this.panel.webview.onDidReceiveMessage((m: MatrixMessage) => void this.onMessage(m));
    } else {
      this.panel.reveal();
    }
    this.render();
    return this.whenReady(20_000);
  }

  private whenReady(timeoutMs: number): Promise<boolean> {
    if (this.ready) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.readyWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private render(): void {
    if (!this.panel) return;
    this.ready = false;
    const matrix = buildMatrix(this.model.index, this.by, knowledgeOf(this.model.index));
    this.panel.webview.html = matrixHtml(matrix, makeNonce(), this.panel.webview.cspSource);
  }

  private async onMessage(m: MatrixMessage): Promise<void> {
    if (m.type === 'ready') {
      this.ready = true;
      const waiters = this.readyWaiters;
      this.readyWaiters = [];
      for (const w of waiters) w();
    } else if (m.type === 'export') {
      await this.export(m.by ?? this.by);
    } else if (m.type === 'by' && (m.by === 'theme' || m.by === 'question')) {
      this.by = m.by;
      this.render();
    } else if (m.type === 'open' && typeof m.uri === 'string') {
      const story = this.model.index.stories.find((s) => s.uri === m.uri);
      const range = story?.titleRange;
      await vscode.commands.executeCommand(
        'vscode.open',
        vscode.Uri.parse(m.uri),
        { viewColumn: vscode.ViewColumn.Beside, ...(range ? { selection: new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) } : {}) },
      );
    }
  }

  /**
   * Opens the coverage as Markdown in a new untitled editor and returns that document: the same readable list
   * (by theme, then the stories) whichever way the matrix is shown.
   */
  async export(_by?: By): Promise<vscode.TextDocument> {
    const markdown = coverageToMarkdown(this.model.index, knowledgeOf(this.model.index), new Date().toISOString().slice(0, 10));
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    return doc;
  }

  dispose(): void {
    this.sub.dispose();
    this.panel?.dispose();
  }
}
