// The language status item (the `{}` in the status bar for Markdown): the server's state, the bank's size and
// the time of the last check.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { StoryBankApi } from './api';
import type { BankModel } from './bankModel';
import { plural } from './trees';

export function statusText(state: State, stories: number, indexing: boolean): string {
  if (state === State.Starting) return 'Story Bank: starting';
  if (state === State.Stopped) return 'Story Bank: stopped';
  if (indexing) return 'Story Bank: indexing';
  return `Story Bank: ${plural(stories, 'story', 'stories')}`;
}

export function registerStatus(context: vscode.ExtensionContext, api: StoryBankApi, model: BankModel): vscode.LanguageStatusItem {
  const item = vscode.languages.createLanguageStatusItem('storybank.status', [{ language: 'markdown' }]);
  item.name = 'Story Bank';
  item.command = { command: 'storybank.showOutput', title: 'Show Output' };
  const update = (): void => {
    const state = api.client.state;
    const index = model.index;
    item.text = statusText(state, index.stories.length, index.indexing);
    item.busy = state === State.Starting || index.indexing;
    item.severity = state === State.Stopped || model.error ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    const when = index.updated ? new Date(index.updated).toLocaleTimeString() : undefined;
    item.detail = model.error ? `Could not read the bank: ${model.error}` : when ? `last checked ${when}` : 'not checked yet';
  };
  context.subscriptions.push(item, model.onDidChange(update), api.client.onDidChangeState(update));
  update();
  return item;
}
