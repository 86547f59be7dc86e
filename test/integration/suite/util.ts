// Helpers for the integration tests: waiting on VS Code events (never on sleeps), finding the extension and the
// fixture bank, reading diagnostics' rule codes. Shared by every *.test.ts in this folder.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StoryBankApi } from '../../../client/src/api';

/** The extension's id: `publisher.name` from the root package.json. */
export const EXTENSION_ID = 'storybank.storybank';

/** How long a single wait may take before the test fails with a message saying what never happened. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Resolves with the first event that satisfies `predicate`; rejects after `timeoutMs` with a message naming
 * `what` and, when given, `describe()` of the last state seen. Subscribe before you cause the event.
 */
export function waitFor<T>(
  event: vscode.Event<T>,
  predicate: (e: T) => boolean | Promise<boolean>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  what = 'the expected event',
  describe?: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      subscription.dispose();
      fn();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${describe ? `; last seen: ${describe()}` : ''}`)));
    }, timeoutMs);
    const subscription = event((e) => {
      Promise.resolve(predicate(e)).then(
        (ok) => { if (ok) finish(() => resolve(e)); },
        (err: unknown) => finish(() => reject(err instanceof Error ? err : new Error(String(err)))),
      );
    });
  });
}

/** The rule id of a diagnostic (`code` is a string, or `{ value, target }` when the rule has a doc link). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

/** Rule codes of the diagnostics on `uri`, sorted and de-duplicated. */
export function codesOn(uri: vscode.Uri): string[] {
  const codes = vscode.languages.getDiagnostics(uri).map(codeOf).filter((c): c is string => c !== undefined);
  return [...new Set(codes)].sort();
}

function describeDiagnostics(uri: vscode.Uri): string {
  const list = vscode.languages.getDiagnostics(uri);
  if (list.length === 0) return `no diagnostics on ${vscode.workspace.asRelativePath(uri)}`;
  return list.map((d) => `${codeOf(d) ?? '?'}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ');
}

/**
 * Waits until the diagnostics on `uri` satisfy `predicate`: checks the current ones first, then every
 * languages.onDidChangeDiagnostics event that touches `uri`. Resolves with the diagnostics.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  what = `diagnostics on ${vscode.workspace.asRelativePath(uri)}`,
): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  // Subscribe first, then look at the current state, so that no change slips between the two.
  const changed = waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => e.uris.some((u) => u.toString() === key) && predicate(vscode.languages.getDiagnostics(uri)),
    timeoutMs,
    what,
    () => describeDiagnostics(uri),
  );
  if (predicate(vscode.languages.getDiagnostics(uri))) {
    changed.catch(() => undefined); // nobody waits on it any more
    return vscode.languages.getDiagnostics(uri);
  }
  await changed;
  return vscode.languages.getDiagnostics(uri);
}

/** Waits until the diagnostics on `uri` include every rule code in `codes`. */
export function waitForCodes(uri: vscode.Uri, codes: string[], timeoutMs = DEFAULT_TIMEOUT_MS): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    uri,
    (list) => codes.every((c) => list.some((d) => codeOf(d) === c)),
    timeoutMs,
    `rule codes ${codes.join(', ')} on ${vscode.workspace.asRelativePath(uri)}`,
  );
}

/** The Story Bank extension; fails the test when it is not installed. */
export function storyBankExtension(): vscode.Extension<StoryBankApi> {
  const ext = vscode.extensions.getExtension<StoryBankApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed; installed: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
  return ext;
}

/** Activates the extension (a no-op when it already is) and returns its API. */
export async function activateStoryBank(): Promise<StoryBankApi> {
  const api = await storyBankExtension().activate();
  assert.ok(api, 'activate() returned no API');
  return api;
}

/** The fixture bank's workspace folder (a temp copy made per run, so tests may write to it). */
export function bankFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open: the harness should open the fixture bank');
  return folder;
}

/** A URI under the fixture bank, from a path relative to its root. */
export function bankUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(bankFolder().uri, ...relativePath.split('/'));
}

/** Opens a file of the fixture bank in an editor. */
export async function openInEditor(relativePath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(bankUri(relativePath));
  return vscode.window.showTextDocument(doc, { preview: false });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/**
 * Writes a file into the fixture bank and returns its URI. A missing folder is created first, and the file is
 * written only once watchers have been told about the folder: VS Code drops the events of files created in the
 * same moment as their folder (it reports the folder alone), and a test must not depend on that race.
 */
export async function writeBankFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = bankUri(relativePath);
  const root = bankFolder().uri.toString();
  let top: vscode.Uri | undefined;
  for (let dir = vscode.Uri.joinPath(uri, '..'); dir.toString().length > root.length && !(await exists(dir)); dir = vscode.Uri.joinPath(dir, '..')) {
    top = dir;
  }
  if (top) {
    const folder = top;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(bankFolder(), '**'));
    try {
      const created = waitFor(watcher.onDidCreate, (u) => u.toString() === folder.toString(), DEFAULT_TIMEOUT_MS, `a create event for ${vscode.workspace.asRelativePath(folder)}`);
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await created;
    } finally {
      watcher.dispose();
    }
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** The position of the `occurrence`-th (0-based) match of `needle` in `doc`, plus `offset` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) not found in ${vscode.workspace.asRelativePath(doc.uri)}`);
  }
  return doc.positionAt(at + offset);
}

/** The plain text of hover contents, whatever their shape. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** The label of a completion item as a string. */
export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The extension's package.json `contributes` section. */
export function contributes(): Record<string, unknown> {
  const json = storyBankExtension().packageJSON as { contributes?: Record<string, unknown> };
  return json.contributes ?? {};
}

/** True when the code-server harness can drive the keyboard (not in a desktop VS Code run). */
export function canUseKeyboard(): boolean {
  return Boolean(process.env.STORYBANK_HARNESS_URL);
}

/**
 * Types and presses keys in the workbench as a person would, through the harness's browser: waits until `waitFor`
 * (a CSS selector, e.g. a quick input with a given title) is visible, then each step in order.
 */
export async function pressKeys(waitFor: string, steps: ({ type: string } | { press: string } | { click: string })[]): Promise<void> {
  const harness = process.env.STORYBANK_HARNESS_URL;
  if (!harness) throw new Error('STORYBANK_HARNESS_URL is not set (only the code-server harness drives the keyboard)');
  const query = new URLSearchParams({ waitFor });
  for (const s of steps) {
    if ('type' in s) query.append('type', s.type);
    else if ('click' in s) query.append('click', s.click);
    else query.append('press', s.press);
  }
  const res = await fetch(`${harness}/keys?${query.toString()}`, { method: 'POST' });
  const body = (await res.json()) as { ok?: boolean; error?: string };
  if (!res.ok || !body.ok) throw new Error(`the harness could not press the keys: ${body.error ?? res.status}`);
}

/** A quick input (pick or input box) whose title contains `title`, for pressKeys. */
export function quickInputTitled(title: string): string {
  return `.quick-input-widget .quick-input-title:has-text(${JSON.stringify(title)})`;
}

/** The text each element matching `selector` shows in the workbench (waits for the first to be visible). */
export async function textsOnPage(selector: string): Promise<string[]> {
  const harness = process.env.STORYBANK_HARNESS_URL;
  if (!harness) throw new Error('STORYBANK_HARNESS_URL is not set (only the code-server harness reads the page)');
  const res = await fetch(`${harness}/text?${new URLSearchParams({ selector }).toString()}`, { method: 'POST' });
  const body = (await res.json()) as { texts?: string[]; error?: string };
  if (!res.ok || !body.texts) throw new Error(`the harness could not read the page: ${body.error ?? res.status}`);
  return body.texts;
}

/** How many elements match `selector` in the workbench right now (no waiting), through the harness's browser. */
export async function countOnPage(selector: string): Promise<number> {
  const harness = process.env.STORYBANK_HARNESS_URL;
  if (!harness) throw new Error('STORYBANK_HARNESS_URL is not set (only the code-server harness reads the page)');
  const res = await fetch(`${harness}/count?${new URLSearchParams({ selector }).toString()}`, { method: 'POST' });
  const body = (await res.json()) as { count?: number; error?: string };
  if (!res.ok || typeof body.count !== 'number') throw new Error(`the harness could not read the page: ${body.error ?? res.status}`);
  return body.count;
}

/**
 * A selector for an element inside the (one visible) webview's page, for pressKeys' `click` and textsOnPage: VS Code
 * puts each webview in an iframe whose own iframe (#active-frame) holds the extension's page.
 */
export function inWebview(selector: string): string {
  return `iframe.webview.ready >> internal:control=enter-frame >> iframe#active-frame >> internal:control=enter-frame >> ${selector}`;
}

/** Resolves with the first bank index (the current one, or a later one) that satisfies `predicate`. */
export async function bankIndexWhere(
  api: StoryBankApi,
  predicate: (i: Awaited<ReturnType<StoryBankApi['getBankIndex']>>) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<Awaited<ReturnType<StoryBankApi['getBankIndex']>>> {
  let last: Awaited<ReturnType<StoryBankApi['getBankIndex']>> | undefined;
  const describe = (): string =>
    last ? `version ${last.version}, indexing ${last.indexing}, stories ${last.stories.map((s) => `${s.title} <${s.uri}>`).join('; ')}` : 'no index';
  const pending = waitFor(api.onDidChangeBankIndex, (i) => ((last = i), predicate(i)), timeoutMs, what, describe);
  const now = await api.getBankIndex();
  last ??= now;
  if (predicate(now)) {
    pending.catch(() => undefined);
    return now;
  }
  return pending;
}
