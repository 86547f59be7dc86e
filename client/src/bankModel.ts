// The client's copy of the server's bank index: fetched once, then replaced on every change notification.
// Views, the status item and the commands read it from here.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { BankIndex } from '../../server/src/protocol';
import type { StoryBankApi } from './api';

export const EMPTY_INDEX: BankIndex = { version: -1, indexing: true, stories: [], themes: [], questions: [], health: [], updated: '' };

export class BankModel implements vscode.Disposable {
  private current: BankIndex = EMPTY_INDEX;
  private readonly changed = new vscode.EventEmitter<BankIndex>();
  private readonly subscription: vscode.Disposable;
  private readonly stateSubscription: vscode.Disposable;
  /** Set when the server (re)starts: its versions count from the start again, so its next index is taken. */
  private restarted = false;
  /** Fires after `index` changed. */
  readonly onDidChange = this.changed.event;
  /** Set when the last fetch failed, with the reason. */
  error: string | undefined;

  constructor(private readonly api: StoryBankApi) {
    this.subscription = api.onDidChangeBankIndex((index) => this.set(index));
    this.stateSubscription = api.client.onDidChangeState((e) => {
      if (e.newState === State.Starting) this.restarted = true;
    });
  }

  get index(): BankIndex {
    return this.current;
  }

  /** Asks the server for the index now (at start, and after Check Whole Bank). */
  async refresh(): Promise<BankIndex> {
    try {
      const index = await this.api.getBankIndex();
      this.error = undefined;
      this.set(index);
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
      this.api.output.appendLine(`[client] could not fetch the bank index: ${this.error}`);
      this.changed.fire(this.current);
    }
    return this.current;
  }

  private set(index: BankIndex): void {
    // A refresh and a notification can cross: keep the newer index. A restarted server counts its versions from
    // the start again: its first index is taken whatever its version (Restart Server left the views stale).
    if (!this.restarted && this.current !== EMPTY_INDEX && !index.indexing && index.version < this.current.version) return;
    this.restarted = false;
    this.current = index;
    void vscode.commands.executeCommand('setContext', 'storybank.bankEmpty', index.stories.length === 0);
    this.changed.fire(index);
  }

  dispose(): void {
    this.subscription.dispose();
    this.stateSubscription.dispose();
    this.changed.dispose();
  }
}
