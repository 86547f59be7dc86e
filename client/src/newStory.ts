// New Story: pick the question (grouped by theme, questions without a story first), name the story, and get a
// file named from the title with its front matter filled and the template of the question's answer kind, open
// in a normal tab with the first slot selected. The "+" beside a question in the Coverage view starts at the title.
import * as vscode from 'vscode';
import { questionLabel } from '../../server/src/core/knowledge/index';
import { storyTemplate } from '../../server/src/core/templates';
import { CAN_CREATE_ON_DISK, createFileAtomic } from '../../server/src/createFile';
import type { BankModel } from './bankModel';
import { bankFolder, storyFileBase, uniqueFileName } from './files';
import { fileNameForTitle, firstSlot, newStoryGroups } from './newStoryPlan';
import { catalogOfIndex, knowledgeOf } from './views';

export interface NewStoryArgs {
  /** Question id (1..35, or a custom question's); asked with a quick pick when absent. Pass 0 for no particular question. */
  question?: number;
  /** The story's title; asked with an input box when absent. An empty string leaves the title to fill in. */
  title?: string;
  /** Folder (URI string) to create the story in; defaults to the folder holding most stories. */
  folder?: string;
  /** Exact file name; the command refuses when it exists. Without it the name comes from the title. */
  fileName?: string;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates a file the product writes, never replacing one: on disk atomically (a temporary file linked into place,
 * see createFile.ts), and never through a folder link that leads out of the workspace folder the file is in (it
 * throws, writing nothing); elsewhere (a virtual workspace, or any folder in VS Code for the Web) through the
 * editor's file system without overwrite.
 */
export async function createNewFile(uri: vscode.Uri, content: string): Promise<'created' | 'exists'> {
  if (uri.scheme === 'file' && CAN_CREATE_ON_DISK) return createFileAtomic(uri.fsPath, content, vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: true, contents: new TextEncoder().encode(content) });
  if (await exists(uri)) return 'exists';
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`the editor refused to create ${vscode.workspace.asRelativePath(uri)}`);
  return 'created';
}

function folderUri(model: BankModel, args: NewStoryArgs): vscode.Uri | undefined {
  if (args.folder) return args.folder.includes('://') ? vscode.Uri.parse(args.folder) : vscode.Uri.file(args.folder);
  const fileStories = model.index.stories.filter((s) => s.uri.startsWith('file:'));
  const folder = bankFolder(fileStories.map((s) => s.uri));
  if (folder) return vscode.Uri.parse(folder);
  const ws = vscode.window.activeTextEditor ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri) : undefined;
  const root = ws ?? vscode.workspace.workspaceFolders?.[0];
  return root ? vscode.Uri.joinPath(root.uri, 'stories') : undefined;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Step 1: which question the story answers, by theme, questions without a story on top. */
async function pickQuestion(model: BankModel): Promise<number | undefined> {
  type Item = vscode.QuickPickItem & { id?: number };
  const k = knowledgeOf(model.index);
  const items: Item[] = [];
  for (const g of newStoryGroups(model.index, k.questions, k.themes)) {
    items.push({ label: `${g.theme.name} · ${g.covered} of ${g.questions.length} covered`, kind: vscode.QuickPickItemKind.Separator });
    for (const s of g.questions) {
      items.push({
        label: `${questionLabel(s.question.id)} ${s.question.short}`,
        description: s.stories.length === 0 ? 'no story yet' : plural(s.stories.length, 'story', 'stories'),
        detail: s.question.text,
        id: s.question.id,
      });
    }
  }
  items.push({ label: 'Other', kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: 'No particular question', description: 'choose the questions later in the front matter', id: 0 });
  const choice = await vscode.window.showQuickPick(items, {
    title: 'New Story (1/2): the question',
    placeHolder: 'Which question will this story answer? Type a number or words to filter.',
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return choice?.id;
}

/** Step 2: the title, which also names the file. */
async function askTitle(label: string, folder: vscode.Uri | undefined): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: `New Story (2/2): a title for your ${label} story`,
    prompt: 'A few words on what you did, as you would say it. The file is named after it.',
    placeHolder: 'e.g. Delaying a launch over a refund bug',
    ignoreFocusOut: true,
    validateInput: (value) => {
      const name = fileNameForTitle(value);
      if (!name) return value.trim() === '' ? undefined : { message: 'Use at least one letter or digit.', severity: vscode.InputBoxValidationSeverity.Error };
      return folder ? { message: `Saved as ${vscode.workspace.asRelativePath(vscode.Uri.joinPath(folder, name))} (or -2, -3… if taken)`, severity: vscode.InputBoxValidationSeverity.Info } : undefined;
    },
  }).then((v) => (v === undefined ? undefined : v.trim()), () => undefined);
}

/** Opens a new story as a normal tab (not a preview) with its first slot selected, so typing replaces the prompt. */
async function openAtFirstSlot(doc: vscode.TextDocument): Promise<void> {
  const slot = firstSlot(doc.getText());
  const selection = slot ? new vscode.Range(doc.positionAt(slot.start), doc.positionAt(slot.end)) : new vscode.Range(0, 0, 0, 0);
  const editor = await vscode.window.showTextDocument(doc, { preview: false, selection });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function newStory(model: BankModel, args: NewStoryArgs = {}): Promise<vscode.Uri | undefined> {
  const qid = args.question ?? (await pickQuestion(model));
  if (qid === undefined) return undefined;
  const catalog = catalogOfIndex(model.index);
  const question = qid === 0 ? undefined : catalog.byId(qid);
  if (qid !== 0 && !question) {
    void vscode.window.showErrorMessage(`This bank has no question ${questionLabel(qid)}. The Coverage view lists its questions.`);
    return undefined;
  }
  const folder = folderUri(model, args);
  const title = args.title ?? (await askTitle(question ? questionLabel(question.id) : 'new', folder));
  if (title === undefined) return undefined;
  const content = storyTemplate({ questions: question ? [question.id] : [], catalog, title });
  if (!folder) {
    // No folder open: an untitled story the person can save anywhere.
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await openAtFirstSlot(doc);
    return doc.uri;
  }
  let uri: vscode.Uri | undefined;
  if (args.fileName) {
    uri = vscode.Uri.joinPath(folder, args.fileName);
    const made = await create(uri, content);
    if (made === 'failed') return undefined;
    if (made === 'exists') {
      void vscode.window.showErrorMessage(`${args.fileName} already exists in ${vscode.workspace.asRelativePath(folder)}. Story Bank never overwrites a file; pick another name.`);
      return undefined;
    }
  } else {
    const base = fileNameForTitle(title) ?? storyFileBase(question);
    const taken = new Set<string>();
    // A folder that does not exist yet has every name free (it is made with the file).
    if (await exists(folder)) for (const [n] of await vscode.workspace.fs.readDirectory(folder)) taken.add(n);
    // Another program may take a name between the listing and the creation: the creation refuses, try the next.
    for (let attempt = 0; attempt < 20 && !uri; attempt++) {
      const candidate = vscode.Uri.joinPath(folder, uniqueFileName(base, (n) => taken.has(n)));
      const made = await create(candidate, content);
      if (made === 'failed') return undefined;
      if (made === 'created') uri = candidate;
      else taken.add(candidate.path.slice(candidate.path.lastIndexOf('/') + 1));
    }
    if (!uri) {
      void vscode.window.showErrorMessage(`Every name like ${base} is taken in ${vscode.workspace.asRelativePath(folder)}. Give the story another title.`);
      return undefined;
    }
  }
  await openAtFirstSlot(await vscode.workspace.openTextDocument(uri));
  return uri;
}

async function create(uri: vscode.Uri, content: string): Promise<'created' | 'exists' | 'failed'> {
  try {
    return await createNewFile(uri, content);
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not create ${vscode.workspace.asRelativePath(uri)}: ${e instanceof Error ? e.message : String(e)}. Nothing was written.`);
    return 'failed';
  }
}
