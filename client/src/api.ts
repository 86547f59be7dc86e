// What activate() returns: integration tests and the client's own views drive the extension through this.
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { BankIndex } from '../../server/src/protocol';

export interface StoryBankApi {
  /** The running language client (restarted in place by the Restart Server command). */
  readonly client: BaseLanguageClient;
  /** Asks the server for the current bank index. */
  getBankIndex(): Promise<BankIndex>;
  /** Fires with the new index whenever the server says the bank changed. */
  readonly onDidChangeBankIndex: vscode.Event<BankIndex>;
  /** The output channel the server and client log to. */
  readonly output: vscode.OutputChannel;
  /** The output channel's last lines (up to 500), as a person would read them there. */
  recentOutput(): string[];
}
