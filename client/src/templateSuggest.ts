// Templates where the person types. VS Code keeps quick suggestions off in Markdown, so typing a snippet prefix
// such as `story` shows nothing until Ctrl+Space. In story files only (never in other Markdown, and without
// changing any setting), this opens the suggestion list when the start of an empty line becomes the beginning
// of one of Story Bank's snippet prefixes; the list then holds the snippets (and the server's completion).
import * as vscode from 'vscode';
import type { BankModel } from './bankModel';

/** Where the suggestion list was opened, for the integration tests. */
export interface TemplateOffer {
  uri: string;
  line: number;
  typed: string;
}

/**
 * The `prefix` of every snippet in the extension's snippets/*.code-snippets, read through `vscode.workspace.fs`
 * (the extension's folder may be a web location in VS Code for the Web).
 */
export async function snippetPrefixes(extensionUri: vscode.Uri): Promise<string[]> {
  const dir = vscode.Uri.joinPath(extensionUri, 'snippets');
  const out = new Set<string>();
  let files: string[] = [];
  try {
    files = (await vscode.workspace.fs.readDirectory(dir)).map(([name]) => name).filter((f) => f.endsWith('.code-snippets'));
  } catch {
    return [];
  }
  for (const f of files) {
    try {
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, f)));
      const json = JSON.parse(text) as Record<string, { prefix?: string | string[] }>;
      for (const s of Object.values(json)) for (const p of [s.prefix ?? []].flat()) out.add(p);
    } catch {
      // A snippets file that does not parse offers nothing; VS Code reports it itself.
    }
  }
  return [...out];
}

/** True for the files Story Bank treats as stories: in the bank index, or named like one (stories/, *.story.md). */
function looksLikeStory(doc: vscode.TextDocument, model: BankModel): boolean {
  if (doc.languageId !== 'markdown') return false;
  const uri = doc.uri.toString();
  if (model.index.stories.some((s) => s.uri === uri)) return true;
  return /(^|\/)stories\/.*\.md$/i.test(doc.uri.path) || /\.story\.md$/i.test(doc.uri.path);
}

/** The word typed at the start of the line, when the line holds nothing else (3+ letters), else undefined. */
export function typedPrefix(lineText: string, character: number): string | undefined {
  const before = lineText.slice(0, character);
  if (lineText.slice(character).trim() !== '') return undefined;
  return /^[a-z][a-z-]{2,}$/i.test(before) ? before.toLowerCase() : undefined;
}

export function registerTemplateSuggestions(context: vscode.ExtensionContext, model: BankModel): void {
  let prefixes: string[] = [];
  void snippetPrefixes(context.extensionUri).then((p) => (prefixes = p));
  const offered = new vscode.EventEmitter<TemplateOffer>();
  context.subscriptions.push(offered);
  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document !== e.document || e.contentChanges.length !== 1) return;
      const change = e.contentChanges[0];
      // One character typed (not a paste, not an undo of a block).
      if (change.text.length !== 1 || change.rangeLength !== 0 || !/[a-z-]/i.test(change.text)) return;
      if (!looksLikeStory(e.document, model)) return;
      const pos = change.range.start.translate(0, 1);
      const typed = typedPrefix(e.document.lineAt(pos.line).text, pos.character);
      if (!typed || !prefixes.some((p) => p.startsWith(typed))) return;
      void vscode.commands.executeCommand('editor.action.triggerSuggest').then(() => offered.fire({ uri: e.document.uri.toString(), line: pos.line, typed }));
    }),
    // For the integration tests: resolves with the next offer.
    vscode.commands.registerCommand('storybank.internal.nextTemplateOffer', () => new Promise<TemplateOffer>((resolve) => {
      const sub = offered.event((o) => {
        sub.dispose();
        resolve(o);
      });
    })),
  );
}
