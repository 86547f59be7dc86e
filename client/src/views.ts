// The three tree views of the "Story Bank" container (Coverage, Stories, Bank Health) and the lens switch.
// The shapes come from trees.ts; this file only turns them into TreeItems and keeps them live.
import * as vscode from 'vscode';
import { COMPANIES, QUESTIONS, THEMES, catalogOf, type Question, type QuestionCatalog } from '../../server/src/core/knowledge/index';
import type { BankIndex } from '../../server/src/protocol';
import type { BankHealthInfo, WireRange } from '../../server/src/protocol';
import type { BankModel } from './bankModel';
import {
  buildCoverageTree,
  buildHealthTree,
  buildStoriesTree,
  isLensId,
  LENSES,
  type CoverageNode,
  type GroupNode,
  type HealthNode,
  type Knowledge,
  type LensId,
  type ProjectNode,
  type StoryRef,
} from './trees';

export const KNOWLEDGE: Knowledge = { themes: THEMES, questions: QUESTIONS, companies: COMPANIES };

/**
 * The bank's catalog as the views show it: the questions the server's index lists (the bank's question set,
 * custom questions, less dropped ones), with the standard data where the index gives no wording.
 */
export function knowledgeOf(index: BankIndex): Knowledge {
  if (index.questions.length === 0) return KNOWLEDGE;
  const questions: Question[] = index.questions.map((q) => {
    const std = QUESTIONS.find((x) => x.id === q.id);
    const base: Question = std ?? { id: q.id, text: q.text ?? '', short: q.short ?? '', theme: q.theme, evaluates: q.evaluates ?? '', followUps: [], kind: 'story' };
    return { ...base, theme: q.theme, text: q.text ?? base.text, short: q.short ?? base.short, evaluates: q.evaluates ?? base.evaluates, followUps: q.followUps ?? base.followUps };
  });
  const themes = THEMES.map((t) => ({ ...t, questions: questions.filter((q) => q.theme === t.id).map((q) => q.id) }));
  return { themes, questions, companies: COMPANIES };
}

/** The bank's catalog from its index (for New Story and the drill). */
export function catalogOfIndex(index: BankIndex): QuestionCatalog {
  const k = knowledgeOf(index);
  return catalogOf(k.questions, k.themes);
}

export const VIEW_IDS = { coverage: 'storybank.coverage', stories: 'storybank.stories', health: 'storybank.health' } as const;
const LENS_KEY = 'storybank.lens';

export function toRange(r: WireRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The command that opens a file at a range (the story's title, a finding). */
export function openCommand(uri: string, range?: WireRange, title = 'Open'): vscode.Command {
  const options: vscode.TextDocumentShowOptions = range ? { selection: toRange(range) } : {};
  return { command: 'vscode.open', title, arguments: [vscode.Uri.parse(uri), options] };
}

function storyItem(s: StoryRef, problems?: 'error' | 'warning'): vscode.TreeItem {
  const item = new vscode.TreeItem(s.title, vscode.TreeItemCollapsibleState.None);
  item.id = s.id;
  item.description = s.description;
  item.tooltip = s.tooltip;
  item.resourceUri = vscode.Uri.parse(s.uri);
  item.iconPath =
    problems === 'error'
      ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'))
      : problems === 'warning'
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
        : new vscode.ThemeIcon('book');
  item.contextValue = 'story';
  item.command = openCommand(s.uri, s.titleRange, 'Open Story');
  return item;
}

abstract class Provider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  protected readonly emitter = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: vscode.Disposable;
  constructor(protected readonly model: BankModel) {
    this.sub = model.onDidChange(() => this.emitter.fire(undefined));
  }
  abstract getTreeItem(element: T): vscode.TreeItem;
  abstract getChildren(element?: T): T[];
  refresh(): void {
    this.emitter.fire(undefined);
  }
  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

export class CoverageProvider extends Provider<CoverageNode> {
  private parents = new Map<string, CoverageNode | undefined>();
  private roots: GroupNode[] = [];

  constructor(
    model: BankModel,
    public lens: LensId,
  ) {
    super(model);
  }

  setLens(lens: LensId): void {
    this.lens = lens;
    this.refresh();
  }

  getChildren(element?: CoverageNode): CoverageNode[] {
    if (!element) {
      this.roots = buildCoverageTree(this.model.index, this.lens, knowledgeOf(this.model.index));
      this.parents = new Map();
      for (const g of this.roots) {
        this.parents.set(g.id, undefined);
        for (const q of g.children) {
          this.parents.set(q.id, g);
          for (const s of q.children) this.parents.set(s.id, q);
        }
      }
      return this.roots;
    }
    return element.kind === 'story' ? [] : element.children;
  }

  getParent(element: CoverageNode): CoverageNode | undefined {
    return this.parents.get(element.id);
  }

  /** The node for a question (first occurrence in the current lens), for reveal. */
  findQuestion(id: number): CoverageNode | undefined {
    if (this.roots.length === 0) this.getChildren();
    for (const g of this.roots) for (const q of g.children) if (q.question === id) return q;
    return undefined;
  }

  findTheme(id: string): CoverageNode | undefined {
    if (this.roots.length === 0) this.getChildren();
    return this.roots.find((g) => g.theme === id);
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    if (node.kind === 'story') return storyItem(node);
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = node.description;
      item.tooltip = new vscode.MarkdownString().appendText(node.tooltip);
      item.iconPath =
        node.covered === node.total
          ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
          : node.covered === 0
            ? new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground'))
            : new vscode.ThemeIcon('pie-chart'); // partly covered: neither the empty circle of a gap nor the check of a full theme
      item.contextValue = 'group';
      return item;
    }
    const item = new vscode.TreeItem(node.label, node.children.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = new vscode.MarkdownString().appendText(node.tooltip);
    item.iconPath = node.covered
      ? new vscode.ThemeIcon('check', new vscode.ThemeColor('testing.iconPassed'))
      : new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    item.contextValue = node.covered ? 'question' : 'question-gap';
    return item;
  }
}

type StoriesNode = ProjectNode | StoryRef;

export class StoriesProvider extends Provider<StoriesNode> {
  getChildren(element?: StoriesNode): StoriesNode[] {
    if (!element) return buildStoriesTree(this.model.index);
    return element.kind === 'project' ? element.children : [];
  }
  getTreeItem(node: StoriesNode): vscode.TreeItem {
    if (node.kind === 'project') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon('folder-library');
      item.contextValue = 'project';
      return item;
    }
    const s = this.model.index.stories.find((x) => x.key === node.key);
    return storyItem(node, s && s.problems.errors > 0 ? 'error' : s && s.problems.warnings > 0 ? 'warning' : undefined);
  }
}

export class HealthProvider extends Provider<HealthNode> {
  getChildren(element?: HealthNode): HealthNode[] {
    return element ? [] : buildHealthTree(this.model.index, knowledgeOf(this.model.index));
  }
  getTreeItem(node: HealthNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.tooltip = node.tooltip;
    item.iconPath =
      node.severity === 'error'
        ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'))
        : node.severity === 'warning'
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
          : new vscode.ThemeIcon('info');
    item.contextValue = `health-${node.info.kind}`;
    item.command = { command: 'storybank.openHealthItem', title: 'Show', arguments: [node.info] };
    return item;
  }
}

/** A plain snapshot of a tree (what the person would see), for the integration tests. */
export interface TreeSnapshot {
  label: string;
  description?: string;
  contextValue?: string;
  children: TreeSnapshot[];
}

async function snapshot<T>(p: vscode.TreeDataProvider<T>, element?: T): Promise<TreeSnapshot[]> {
  const children = (await p.getChildren(element)) ?? [];
  const out: TreeSnapshot[] = [];
  for (const c of children) {
    const item = await p.getTreeItem(c);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    out.push({
      label,
      description: typeof item.description === 'string' ? item.description : undefined,
      contextValue: item.contextValue,
      children: await snapshot(p, c),
    });
  }
  return out;
}

export interface Views {
  coverage: CoverageProvider;
  stories: StoriesProvider;
  health: HealthProvider;
  coverageView: vscode.TreeView<CoverageNode>;
  setLens(lens: LensId): Promise<void>;
  snapshot(view: keyof typeof VIEW_IDS): Promise<TreeSnapshot[]>;
}

export function registerViews(context: vscode.ExtensionContext, model: BankModel): Views {
  const saved = context.workspaceState.get<string>(LENS_KEY);
  const coverage = new CoverageProvider(model, isLensId(saved) ? saved : 'theme');
  const stories = new StoriesProvider(model);
  const health = new HealthProvider(model);
  const coverageView = vscode.window.createTreeView(VIEW_IDS.coverage, { treeDataProvider: coverage, showCollapseAll: true });
  const storiesView = vscode.window.createTreeView(VIEW_IDS.stories, { treeDataProvider: stories, showCollapseAll: true });
  const healthView = vscode.window.createTreeView(VIEW_IDS.health, { treeDataProvider: health });
  context.subscriptions.push(coverage, stories, health, coverageView, storiesView, healthView);

  const describe = (): void => {
    const lens = LENSES.find((l) => l.id === coverage.lens);
    const index = model.index;
    const covered = index.questions.filter((q) => q.stories.length > 0).length;
    // Counts go in the view descriptions, not in badges: a bank always has gaps, and a badge that never
    // clears is noise.
    const counts = `${covered}/${index.questions.length || QUESTIONS.length}`;
    coverageView.description = coverage.lens === 'theme' ? counts : `${lens?.label.replace(/^Coverage for /, '') ?? coverage.lens} · ${counts}`;
    coverageView.message = index.indexing && index.stories.length === 0 ? 'Indexing the story bank…' : undefined;
    storiesView.description = index.stories.length > 0 ? `${index.stories.length}` : undefined;
    healthView.description = index.health.length > 0 ? `${index.health.length}` : undefined;
  };
  context.subscriptions.push(model.onDidChange(describe));
  describe();

  const setLens = async (lens: LensId): Promise<void> => {
    coverage.setLens(lens);
    await context.workspaceState.update(LENS_KEY, lens);
    await vscode.commands.executeCommand('setContext', LENS_KEY, lens);
    describe();
  };
  void vscode.commands.executeCommand('setContext', LENS_KEY, coverage.lens);

  const openHealth = async (info: BankHealthInfo): Promise<void> => {
    if (info.uri) {
      await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(info.uri), info.range ? { selection: toRange(info.range) } : {});
      return;
    }
    if (info.question === undefined && !info.theme) return;
    // Gaps are named by theme and question: show them in the theme lens.
    if (coverage.lens !== 'theme') await setLens('theme');
    coverage.getChildren();
    const node = info.question !== undefined ? coverage.findQuestion(info.question) : info.theme ? coverage.findTheme(info.theme) : undefined;
    if (node) await coverageView.reveal(node, { select: true, focus: true, expand: true });
  };

  context.subscriptions.push(vscode.commands.registerCommand('storybank.openHealthItem', openHealth));

  return {
    coverage,
    stories,
    health,
    coverageView,
    setLens,
    snapshot: (view) => snapshot<unknown>((view === 'coverage' ? coverage : view === 'stories' ? stories : health) as vscode.TreeDataProvider<unknown>),
  };
}
